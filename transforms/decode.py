"""Turn raw bytes into text: honour a BOM or declared charset, detect otherwise, refuse binary."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell (binary data, or garbage)."""


def looks_binary(data: bytes) -> bool:
    """Tell binary data by its control bytes (NUL, and other C0 codes besides tab and newlines)."""
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\0" in sample or controls / len(sample) > 0.02


# The legacy code pages news has been published in, by region; detection chooses among these
# only (a page in an exotic one is better read as one of these than as a Baltic or Mac code
# page that fits a short Western text by chance).
NEWS_CODEPAGES = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "iso8859_8", "cp1256",
    "iso8859_6", "cp874", "tis_620", "cp1258", "shift_jis", "cp932", "euc_jp", "iso2022_jp",
    "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "euc_kr", "cp949",
]  # fmt: skip
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (meta charset or http-equiv)."""
    match = _CHARSET.search(html[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def mostly_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 when it is UTF-8 with a few bad bytes (replaced), else None.

    Legacy code pages almost never form valid multi-byte UTF-8 sequences by chance, so a text
    with more valid non-ASCII UTF-8 characters than invalid bytes is UTF-8 with damage.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return text if good > bad else None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` by BOM, then the declared charset, then UTF-8, then detection.

    Raises:
        NotText: when the bytes are binary or decode to nothing readable.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if looks_binary(data):
        raise NotText("binary content")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = mostly_utf8(data)
    if damaged is not None:
        return damaged
    matches = list(from_bytes(data, cp_isolation=NEWS_CODEPAGES))
    if not matches:
        raise NotText("undecodable bytes")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    # Short texts often fit several code pages equally; windows-1252 is by far the most
    # common legacy encoding on the web (HTML5 reads latin-1 as it), so it wins a tie.
    preferred = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(preferred)
