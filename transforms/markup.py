"""Plain lines from text written with light markup: Markdown's headings, emphasis, links,
quotes and rules, the tags and entities of HTML left in exported text, and the odd spaces and
invisible characters pasted text carries.

Articles come as Markdown from CMS exports and note apps; the cleaner reads bylines, dates
and boilerplate cues in plain words ("**By Ann Lee** | March 4, 2025" is "By Ann Lee | March
4, 2025"). Only marks go, never a word: a link keeps its address in brackets after its text,
underscores stay (they are part of words), and an image's line is kept as it is, for the
cleaner to name (`IMAGE_LINE`).
"""

from __future__ import annotations

import html
import re
import unicodedata

# Characters that carry no text: a line of them alone is a blank line.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))
# Spaces that are spaces to a reader: no-break (French "10 h", "By\u00a0Ann"), thin, figure.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u2009\u202f\u3000"), " ")

# HTML left in text a CMS or a feed exported ("<p>The council ...</p>", "libraries &amp;
# pools"): the tags of text and layout go, the entities are read. Only known tags go, so "x < y"
# and "<Acme>" stay.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|u|s|font|h[1-6]|li|ul|ol|blockquote|figure|figcaption|"
    r"section|article|small|sup|sub|center|hr|img|abbr|cite|q|mark|time|header|footer)"
    r"(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_OPENING_MARKS = frozenset("#>-*!")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?=\S)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$")
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A line's opening span in italics ("*Share this article*", "*By Ann Lee* · March 3").
_ITALIC_LINE = re.compile(r"^\*(?=\S)([^*]+?)(?<=\S)\*(?=\s|$)")
# A link's words in brackets, its address and maybe its title in parentheses after them.
# The address: a web address, a path, a page's anchor, a mail or phone link.
_ADDRESS = r"(?:https?://|/|www\.|#|mailto:|tel:|\.\.?/)[^)\s]*"
_LINKED = rf"\[([^\]\n]+)\]\(({_ADDRESS})(?:\s+\"[^\"]*\")?\)"
_LINK = re.compile(rf"(?<!!){_LINKED}")
# An image alone on its line, in Markdown ("![The council chamber](https://.../a.jpg)"), maybe
# a link's ("[![Logo](https://.../logo.png)](https://...)").
_IMAGE = r"!\[[^\]\n]*\]\([^)\s]+(?:\s+\"[^\"]*\")?\)"
IMAGE_LINE = re.compile(rf"^(?:{_IMAGE}|\[{_IMAGE}\]\([^)\s]+\))$")
# An image among other words, a button's or a logo's ("![Share on X](...) [Share on Facebook](...)"):
# its words are read like a link's.
_INLINE_IMAGE = re.compile(rf"!{_LINKED}")


def plain_line(line: str) -> str:
    """`line` without Markdown's marks and with plain spaces; the words stay as written."""
    if "<" in line:
        tagless = _HTML_TAG.sub(" ", line)
        if tagless != line:  # HTML's spaces: a run is one space ("a <b>second</b> round")
            line = " ".join(tagless.split())
    if "&" in line:
        line = _HTML_ENTITY.sub(lambda entity: html.unescape(entity.group()), line)
    line = line.translate(_ZERO_WIDTH).translate(_SPACES)
    opening = line.lstrip()[:1]
    if opening not in _OPENING_MARKS and "**" not in line and "](" not in line:
        return line  # most lines hold no markup at all
    if _RULE.match(line):
        return ""
    line = _QUOTE.sub("", line)
    heading = _HEADING.match(line)
    if heading:
        line = _CLOSING_HASHES.sub("", line[heading.end() :])
    line = _ITALIC_LINE.sub(r"\1", _EMPHASIS.sub(r"\1", line))
    if IMAGE_LINE.match(line.strip()):
        return line
    return _LINK.sub(r"\1 (\2)", _INLINE_IMAGE.sub(r"\1 (\2)", line))


# Symbols set before a line as decoration, never read: emoji, arrows, pointers ("👉 Lesen Sie
# auch: ...", "▶️ Jetzt ansehen", "» Mehr zum Thema"). A guillemet opens a quote unless a space
# follows it ("»Das ist gut«, sagte sie").
_DECORATION_CATEGORIES = frozenset(("So", "Sm", "Sk"))
_DECORATION_JOINERS = frozenset("\ufe0e\ufe0f\u20e3")  # emoji presentation, keycap
_SPACED_POINTERS = frozenset("»›")
# Symbols that are read: a rights sign, a sign before a figure, a link back ("© 2024 ...",
# "+1.2%", "← Older post").
_READ_SYMBOLS = frozenset("©®℗™+−±=<~|°№←")


# A link's address after its text, as `plain_line` writes a Markdown link ("Facebook
# (https://...)").
_LINK_ADDRESS = re.compile(rf"(?<=\S) \({_ADDRESS}\)")


def without_link_addresses(line: str) -> str:
    """`line` without the addresses its links keep in brackets, for the cues to read the words
    ("Share: Facebook Twitter"); the text keeps them as written."""
    return _LINK_ADDRESS.sub("", line) if " (" in line else line


# The names of an icon font's glyphs, which a page's text holds where the font would draw them
# ("filter_none WEITERE BEITRÄGE", "keyboard_arrow_right Mehr lesen"): Material Icons' common
# ones of two words or more (one-word names, "close" or "search", are words too).
_ICON_NAME = (
    r"(?:keyboard_)?arrow_(?:back|forward|upward|downward|left|right|drop_down|drop_up|right_alt)"
    r"(?:_ios)?|keyboard_arrow_(?:up|down|left|right)|chevron_(?:left|right)|expand_(?:more|less)|"
    r"navigate_(?:next|before)|(?:first|last)_page|more_(?:vert|horiz)|open_in_new|filter_none|"
    r"play_arrow|(?:play|pause)_circle(?:_outline|_filled)?|access_time|date_range|"
    r"bookmark_border|turned_in(?:_not)?|chat_bubble(?:_outline)?|mode_comment|insert_comment|"
    r"thumb_(?:up|down)(?:_alt)?|account_circle|lock_(?:open|outline)|library_books|local_offer|"
    r"photo_(?:camera|library)|volume_(?:up|off)|text_fields|format_size|mail_outline|shopping_cart|"
    r"phone_iphone|insert_chart|business_center|account_balance|flight_takeoff|view_(?:list|module)|"
    r"fiber_manual_record|check_circle|(?:info|help)_outline|remove_red_eye|visibility_off|"
    r"trending_up|star_(?:border|half)|location_on|headset_mic|live_tv|ondemand_video|picture_as_pdf|"
    r"cloud_download|file_download|get_app|content_copy"
)
ICON_NAMES = re.compile(rf"^\s*(?:(?:{_ICON_NAME})(?:\s+|$))+")


def without_decoration(line: str) -> str:
    """`line` without the symbols or icon names before its first word, for the cues to read;
    the text keeps them as written."""
    start = len(line) - len(line.lstrip())
    first = line[start : start + 1]
    if "_" in line[:40] and (icons := ICON_NAMES.match(line)) and icons.end() < len(line):
        return line[icons.end() :]
    if not first or first.isalnum() or first in "\"'“”„‘’«(":
        return line  # most lines open with a word or a quote
    position = start
    while position < len(line):
        char = line[position]
        if char.isspace() or char in _DECORATION_JOINERS:
            position += 1
        elif (
            unicodedata.category(char) in _DECORATION_CATEGORIES and char not in _READ_SYMBOLS
        ) or (char in _SPACED_POINTERS and line[position + 1 : position + 2].isspace()):
            position += 1
        else:
            break
    return line[position:] if position > start and position < len(line) else line
