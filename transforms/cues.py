"""Multilingual cue patterns of news boilerplate: bylines, captions, promos, share prompts,
trailers, comment threads and bios (English, German, French, Spanish, Italian, Portuguese, and
the commonest Dutch ones).

The cleaner uses the structural ones as rules (a byline gives the authors) and the line
classifier uses all of them as features, never as verdicts on their own. Every entry is a
general phrase of its kind, none is quoted from an evaluation item.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

_ESCAPE = re.compile(r"\\.")


class Folded:
    """A case-insensitive pattern tried case-sensitively on lower-cased text.

    Python's re tries an IGNORECASE alternation of words three to four times slower than the
    same alternation on text lower-cased once, and cues are tried on every line. The pattern
    spells its letters in lower case (checked here); text whose lower case changes its length
    (a dotted capital I) is tried case-insensitively, so match positions hold in the text.

    A cue made to `remember` keeps its answers for the lines it was last tried on: the
    cleaner's rules try the commonest cues on every line of an article, and its line model then
    tries the same cues on the same lines as features.
    """

    def __init__(self, pattern: str, remember: bool = False):
        if _ESCAPE.sub("", pattern) != _ESCAPE.sub("", pattern).lower():
            raise ValueError(f"a folded cue spells its letters in lower case: {pattern[:60]!r}")
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self.matches = Answers() if remember else None
        self.searches = Answers() if remember else None

    @functools.cached_property
    def fallback(self) -> re.Pattern[str]:
        # Compiled when first needed: few texts ever need it, and compiling every cue twice
        # is a tenth of a second of each run's start-up.
        return re.compile(self.pattern, re.IGNORECASE)

    def match(self, text: str) -> re.Match[str] | None:
        return self._match(text) if self.matches is None else self.matches.of(self._match, text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._search(text) if self.searches is None else self.searches.of(self._search, text)

    def findall(self, text: str) -> list[str]:
        lower = _lowered(text)
        return self.regex.findall(lower) if lower is not None else self.fallback.findall(text)

    def _match(self, text: str) -> re.Match[str] | None:
        lower = _lowered(text)
        return self.regex.match(lower) if lower is not None else self.fallback.match(text)

    def _search(self, text: str) -> re.Match[str] | None:
        lower = _lowered(text)
        return self.regex.search(lower) if lower is not None else self.fallback.search(text)


_UNSEEN = object()


class Answers:
    """A cue's answers on the lines it was last tried on, by line: a look-up the second time,
    not a search of a long alternation of words. Bounded: past LIMIT lines (an article's lines
    several times over) it starts over."""

    LIMIT = 1024

    def __init__(self) -> None:
        self._by_line: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._by_line)

    def of(self, test: Callable[[str], re.Match[str] | None], text: str) -> re.Match[str] | None:
        """`test(text)`, from memory where it was asked before."""
        answer = self._by_line.get(text, _UNSEEN)
        if answer is _UNSEEN:
            if len(self._by_line) >= self.LIMIT:
                self._by_line.clear()
            answer = self._by_line[text] = test(text)
        return answer  # type: ignore[return-value]


# The last line lower-cased, with its lower case: the cleaner tries a score of cues on each
# line in turn, and lower-casing it once is a sixth of their cost. One tuple, swapped whole,
# so threads sharing it never see one line's text with another's lower case.
_last_lowered: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """`text` lower-cased, or None where lower-casing changes its length."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    lower: str | None = text.lower()
    if len(lower) != len(text):
        lower = None
    _last_lowered = (text, lower)
    return lower


# News agencies, as credit lines name them.
_AGENCY = (
    r"(?:afp|ap|dpa|dpa-afx|reuters|efe|ansa|lusa|europa press|kna|epd|apa|sda|keystone-sda|belga|anp|"
    r"tt|ntb|pap|ctk|xinhua|pa media|agência brasil|estadão conteúdo|folhapress|agência estado|"
    r"agências|agencies|agences|agencias|agenturen|"
    r"agenzie|wires|nachrichtenagenturen|pti|ians|ani|aap|kyodo|yonhap|bernama|antara)"
)
# Who reported a story or held an interview, as its credit line says ("Report by", "Das
# Gespräch führte", "Propos recueillis par"): a byline, wherever it stands.
_REPORTED_BY = (
    r"(?:(?:report|reported|reporting|story|words|interview) by|das (?:gespräch|interview) führten?|"
    # a fact check's author ("Fact-checked by", "Vérifié par")
    r"fact[- ]?check(?:ed)? by|faktencheck(?: von)?|geprüft von|vérifié par|verificado por|"
    r"verificato da|"
    r"propos recueillis par|entrevista (?:de|por)|intervista (?:di|a cura di))"
)
# The newspaper's own correspondent before the name ("Par notre correspondant à Bruxelles,",
# "Von unserem Korrespondenten").
# A reporter sent to a place ("Enviado especial a Kiev", "Special correspondent in Gaza").
_SENT_TO = (
    r"(?i:envoyée? spéciale?|enviad[oa] especial|inviat[oa](?: speciale)?|special correspondent|"
    r"sonderkorrespondent(?:in)?|correspondente especial|corresponsal especial)\s+(?:à|au|aux|a|en|"
    r"in|em|nach|no|na)\s+[A-ZÀ-Þ][^,.!?]{1,40}?"
)
_OUR_CORRESPONDENT = (
    r"(?:by|from|von|par|de|por|dal|di|do|door|van)\s+(?:our|unse(?:rem|rer)|notre|nuestr[oa]|nostr[oa]|"
    r"noss[oa]|onze)\s+(?:[\w-]+\s+)?[\w-]*?(?:correspondent|korrespondent(?:en|in)?|correspondante?|"
    r"verslaggever|redacteur|"
    r"envoyée? spéciale?|corresponsal|corrispondente|inviat[oa]|correspondente|enviad[oa] especial|"
    r"reporter(?:in)?)(?:\s+(?:in|à|au|en|a|em|aus|at|for)\s+[^,]{2,40}?)?\s*,?|"
    # the role and the place without "our" ("Envoyé spécial à Kiev, Paul Roux")
    rf"{_SENT_TO}\s*,|"
    # an agency's correspondent ("Von dpa-Korrespondent Jonas Keller", "By AFP correspondent")
    rf"(?:by|von|par|de|por|di|door)\s+(?:(?:the|der|l['’]|el|il|o)\s*)?{_AGENCY}[- ]"
    r"(?:correspondent|korrespondent(?:en|in)?|correspondante?|corresponsal|corrispondente|"
    r"correspondente|reporter(?:in)?)\s*,?|"
    # a paper's own, its name joined to the role ("Von SPIEGEL-Redakteur Lukas Meier")
    r"von\s+[\w.]+-(?:korrespondent(?:en|in)?|(?:chef)?redakteur(?:in)?|reporter(?:in)?|autor(?:in)?)"
)
# The paper's own correspondent, unnamed ("By our correspondent", "Door onze verslaggever").
OUR_CORRESPONDENT_LINE = re.compile(rf"^(?:{_OUR_CORRESPONDENT})\s*$", re.IGNORECASE)
# "Author" in the languages bylines and author lines label the name with, singular and plural.
_AUTHOR_WORD = (
    r"(?:author|authors|autor(?:/in|\*in|:in)|autor|autora|autoras|autorin|autorinnen|autoren|"
    r"autor\*innen|autores|auteure?s?|auteurs|autrices?|autore|autori|verfasser(?:in)?)"
)
BYLINE = re.compile(
    rf"^(?:{_OUR_CORRESPONDENT}|"
    # words and pictures by one hand, before "text" alone is tried
    r"(?:text und fotos?|textes? et photos?|texto y fotos?|testo e foto|texto e fotos?|"
    r"(?:text|words) and (?:photos?|pictures))(?=\s*:)|testo e foto di|interview(?=\s*:)|testo di|texto de|text von|"
    r"texte de|by|von|par|por|di|door|av|texto|text|"
    r"(?:words|textes?|textos|texts|testo|testi|tekst|reportagem|reportage|bericht|recherche|gastautor(?:in)?|"
    r"guest (?:author|writer|contributor))(?=\s*:)|a cura di|"
    r"written by|posted by|escrito por|publicado por|compiled by|zusammengestellt von|compilé par|"
    r"verfasst von|autor\(in\)(?=\s*:)|autora? do texto(?=\s*:)|"
    r"recopilado por|compilado por|"
    r"(?:article |texte )?rédigé par|écrit par|scritto da|geschrieben von|"
    r"submitted by|gespeichert von|eingereicht von|soumis par|publié par|pubblicato da|postato da|"
    r"veröffentlicht von|"
    r"(?:redaktion|rédaction|redacción|redazione|redação|redactie)(?=\s*:)|"
    # the kind of piece and its author ("Ein Kommentar von", "Une analyse de", "Analysis by")
    r"(?:(?:ein|eine|un|une|una|uma|um|an?)\s+|un['’])?(?:guest\s+)?(?:artikel|beitrag|kommentar|gastbeitrag|analyse|kolumne|"
    r"commentaire|tribune|chronique|análisis|columna|commento|analisi|análise|coluna|analysis|"
    r"tribuna|article|artículo|artigo|articolo|servizio|"
    r"commentary|opinion|column|post|bericht|reportage|essay|porträt|enquête|reportaje|crónica|"
    r"inchiesta|intervista|reportagem|crônica|entrevista|rezension|kritik|glosse|review|"
    r"critique|reseña|crítica|recensione|resenha)\s+(?:von|de|di|by)|"
    rf"{_AUTHOR_WORD}|reporter|redakteur|{_REPORTED_BY})"
    r"\s*:?\s+(?P<names>[^|•·]+?)"
    # the date after a separator, or after "on" ("By Jo Hart on March 5, 2025", "el 5 de marzo")
    r"(?:\s*(?:[|•·]|,\s*(?=\d|\w+\s+\d)|\s[–-]\s|\s—\s(?=(?:\w+\.?,?\s+){0,2}\d)|\s(?:on|el|le|am|il|em|op)\s+"
    r"(?=(?:\w+,?\s+){0,2}\d)|\s(?=(?:updated|published|actualizado|publicado|atualizado|"
    r"aggiornato|pubblicato|aktualisiert|veröffentlicht|publié|mis à jour)\b)|"
    r"\s(?=(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})|"
    # or a date in figures right after the name ("Por Carlos Ruiz 03/03/2025 09:00")
    r"\s(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b)|"
    # or the time it was posted ("Posted by Jane Doe at 10:15 AM", "... um 10:15 Uhr")
    r"\s(?:at|um|à|a las|alle|às)\s+(?=\d{1,2}[:.h]\d\d\b))"
    r"\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# What follows a name in a byline and is not part of it: the outlet it writes for ("Jane Doe
# For Example Daily") or the agency it works at ("JOHN DOE Associated Press").
BYLINE_OUTLET = re.compile(
    # not the agency a byline names as its author ("Por Agencia EFE", "Par l'Agence ...")
    r"(?<!(?i:agencia))(?<!(?i:agência))(?<!(?i:agenzia))(?<!(?i:agence))\s+(?:(?:[Ff]or|FOR|für|pour|para|per|voor)\s+\S.*|(?i:(?:the\s+)?(?:associated press|"
    rf"bloomberg(?: news)?|agence france-presse|press association|pa media|cnn|bbc news|{_AGENCY})))$",
)
# A date and then a byline on one line ("Posted on March 5, 2025 by Jane Doe").
DATED_BYLINE = re.compile(
    r"^(?P<date>.+?\d.*?)\s+(?P<byline>(?:by|von|par|por|di|da|door)\s+[^\d]+)$", re.IGNORECASE
)
# A wire's editors' initials on a line of their own ("burs-lb/jj", "lb/jj/ach", "tll-mb/pc",
# "/ab/DP/jha").
WIRE_INITIALS = re.compile(
    r"^(?:/[a-z]{2,4}(?:/(?:[a-z]{2,4}|[A-Z]{2,3})){1,4}|"
    r"[a-z]{2,4}(?:[-/][a-z]{2,4}){1,4}/[a-z]{2,4}|"
    # Lusa's editors in capitals, between double slashes ("ABC // JMR")
    r"[A-Z]{2,4}(?:\s*//\s*[A-Z]{2,4})+|"
    # two editors' initials ("aha/jw"), not a pair of words ("und/oder")
    r"(?!(?:und/oder|and/or|et/ou|en/of)$)[a-z]{2,4}/[a-z]{2,4}|"
    # the authors' initials in French ("J.D. avec M.L.")
    r"(?:[A-Z]\.){1,3}(?:\s+(?:avec|et|with|and|mit|und|con|y|e|com)\s+(?:[A-Z]\.){1,3})+|"
    r"burs-[a-z]{2,4}(?:/[a-z]{2,4}){0,4}|"
    # the author's or newsroom's initials in brackets ("(red)", "(jw)")
    r"\([a-zäöü]{2,4}(?:/[a-zäöü]{2,4})*\)\.?)$"
)
# A wire's credit of its reporters, maybe in brackets ("(Reporting by Ann Lee; Editing by Bo
# Chan)"); "Additional reporting by" names helpers, not the authors.
REPORTERS_CREDIT = re.compile(r"^\(?(?i:reporting|reported|writing|written) by\s+[A-ZÀ-Þ]")
# A credit line naming the author anywhere in the article ("Author: Jane Doe", "Texto: Ana Souza").
AUTHOR_LABEL = re.compile(
    r"^(?:written by|geschrieben von|écrit par|escrito por|scritto da|"
    # a blog post's own credit, under it ("Posted by Jane Doe at 10:15 AM")
    r"posted by|gepostet von|publié par|publicado por|postato da|testo e foto di|verfasst von|"
    r"un article de)\s+[A-ZÀ-Þ]|"
    r"^(?:autor\(in\)|autora? do texto)\s*:|"
    rf"^(?:{_AUTHOR_WORD}|texte?|texto|testo|reportagem|reportage|bericht|recherche|"
    r"written by|reporter|redakteur|redaktion|redactie|tekst)\s*:|"
    rf"^{_REPORTED_BY}\s+[A-ZÀ-Þ]",
    re.IGNORECASE,
)
NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|&)\s*")
# The words that join two names ("Ana Ruiz y Juan Pérez"), where a comma may be inside a name
# ("Doe, Jane").
NAME_JOINER = re.compile(r"\s+(?:and|und|et|y|e|&)\s+")
# An e-mail address ("jane.doe@news.example"); a handle ("@jdoe") is none.
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Lower-case words inside a name ("Ludwig van Beethoven", "Ana de la Cruz", "Jean d'Arc").
NAME_PARTICLES = frozenset(
    "de la le van von da del della di du dos das do al el bin ibn y e und zu ten ter".split()
)
# What metadata puts in an author's place: a form's label, a login, a placeholder.
AUTHOR_PLACEHOLDER = Folded(
    r"^(?:(?:your )?name|admin(?:istrator)?|(?:wordpress|wp|site) ?admin|webmaster|follow|"
    r"no author|(?:unknown|anonymous)(?: author)?|author|autor|auteur|text|guest|n/?a|none|null)$"
)
# An interview's credit, naming both people ("Jane Doe im Gespräch mit Tom Roe").
INTERVIEW_CREDIT = re.compile(
    r"\s+(?:im gespräch mit|in conversation with|en conversation avec|en conversación con|"
    r"in conversazione con|em conversa com|interviewed by|interviewt von)\s+",
    re.IGNORECASE,
)
NAME = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|de|la|van|von|(?<=v[ao]n )de[nr]|da|das|do|dos|"
    r"del|al|el|bin|d['’][A-ZÀ-Þ][\w.'’-]*|(?:al|el)-[A-ZÀ-Þ][\w.'’-]*))*$"
)
EDITOR_NOTE = Folded(
    r"^\[?\s*(?:editor[’']?s?[’']?\s+note|ed\.\s*note|note from the editor|anm(?:erkung)?\.?\s+d(?:er)?\.?"
    r"\s*red(?:aktion)?\.?|note de la rédaction|nda|nota del editor|nota de la redacción|"
    r"nota della redazione|n\.\s*d\.\s*r\.|nota da redação|nota do editor|nota dos editores|"
    r"noot van de redactie|n\.v\.d\.r\.|(?:redaktioneller )?hinweis der redaktion|"
    r"redaktioneller hinweis|editorial note|note de l['’]éditeur|nota editorial|nota redazionale|"
    r"opmerking van de redactie)\s*[:.-]|"
    # a note on the article itself ("Hinweis: Dieser Artikel erschien zuerst ...")
    r"^(?:hinweis|note|nota|remarque)\s*:\s*(?:dieser|diese|this|este|esta|cet|cette|questo|"
    r"questa|dit|deze)\s+(?:artikel|beitrag|text|article|story|artículo|noticia|articolo|"
    r"artigo|notícia|bericht)\b|"
    # how an interview was edited ("This interview has been edited for length and clarity.")
    r"^(?:this|the) (?:interview|conversation|q&a|transcript) (?:has been|was|is) (?:lightly )?"
    r"(?:edited|condensed)\b.{0,60}$|^(?:das|dieses) (?:interview|gespräch) wurde "
    r"(?:redaktionell )?(?:gekürzt|bearbeitet)\b.{0,60}$|"
    r"^(?:cet|l['’]) ?(?:entretien|interview) a été (?:édité|raccourci|condensé)\b.{0,60}$|"
    r"^(?:esta|la) entrevista (?:ha sido|fue) (?:editada|condensada)\b.{0,60}$|"
    r"^(?:questa|l['’]) ?intervista è stata (?:editata|ridotta|condensata)\b.{0,60}$|"
    r"^(?:esta|a) entrevista foi (?:editada|condensada)\b.{0,60}$",
)


class Prefiltered:
    """A pattern searched only in text that holds one of the words every match needs.

    Most lines hold none of them, and a failed substring test costs a fraction of a failed
    search of an alternation of words (each tried at every position).
    """

    def __init__(self, regex: re.Pattern[str], needs: tuple[str, ...], remember: bool = False):
        self.regex = regex
        self.needs = needs  # case-folded; every alternative of `regex` contains one
        self.searches = Answers() if remember else None

    @property
    def pattern(self) -> str:
        """The source of the pattern, as `re.Pattern.pattern`."""
        return self.regex.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self._search(text) if self.searches is None else self.searches.of(self._search, text)

    def _search(self, text: str) -> re.Match[str] | None:
        folded = text.casefold()
        return self.regex.search(text) if any(map(folded.__contains__, self.needs)) else None


# A caption's label, read out from the page ("Bildunterschrift:", "Pie de foto,"); the longer
# ones may take a comma, as screen readers' hidden labels do.
_CAPTION_LABEL_COMMA = (
    r"(?:pie de foto|(?:image|photo) caption|legenda da foto|bildunterschrift|didascalia)"
)
_CAPTION_LABEL = rf"(?:{_CAPTION_LABEL_COMMA}|légende|legenda|caption)"
# The label alone, its caption on the next line.
CAPTION_LABEL = Folded(rf"^{_CAPTION_LABEL}\s*[:,]?$")
_CAPTION = Folded(
    r"(?:^(?:crédits? photos?|photo credits?|fotos?|bild(?:er)?|bildquelle|bildnachweis|fotoquelle|"
    r"image|titelbild|aufmacherbild|symbolbild|archivbild|archivfoto|symbolfoto|pressefoto|"
    r"archiefoto|lead image|top image|"
    r"fotografía|fotografia|fotografie|photographie|photography|ilustración|illustration|"
    r"header image|featured image|imagem|imagen|immagine|crédits?|credits?|créditos?|crediti|beeld|"
    r"artwork|foto['’]s|grafik|infografik|graphique|infographie|gráfico|infografía|grafico|"
    r"infografica|infográfico|graphic)"
    r"\s*:\s*\S.{0,80}$|"
    # a source's name, not a sentence about where the figures come from
    r"^(?:quellen?|sources?|fuentes?|fonti|fontes?|bron(?:nen)?)\s*:\s*(?!(?:\S+\s+){8})\S.{0,80}$|"
    r"^photos?\s*:\s*\S.{0,200}$|^\(c\)\s*[^\W\d][^.]{2,80}$|"
    # an archive picture's label, maybe with its agency ("Foto d'archivio (Ansa)")
    r"^(?:foto d['’]archivio|foto di archivio|archive (?:photo|picture|image)|photo d['’]archives|"
    r"foto de archivo|foto de arquivo|imagen de archivo|imagem de arquivo)\b[^.!?]{0,60}$|"
    # the photo's credit after the caption's sentence ("... zu tun. Foto: Ana Roux | CC BY 2.0"),
    # not after the writer's ("Texto: Juan Boda. Fotos: Rita Mas.")
    r"^(?!(?:texte?|texto|testo|words|by|von|por|par|di|door)\b)[^\n]{3,250}?[.!?]\s+"
    r"(?:fotos?|photos?|bild|pictures?|photograph)\s*:\s*[^!?]{2,80}$|"
    # a credit glued to its caption ("... a large rodentCredit: Jane Doe", "Credit...Ann Lee/Times")
    r"[a-z.!?”\"’)](?:credit|photo|bild|foto|fotos|quelle)(?:\.\.\.|:)\s*\S[^!?]{2,80}$|"
    # a stock photo's credit in brackets after the caption ("... gut getarnt. (mlharing /
    # iStock.com)"), not a news agency's, which may close a sentence of the story
    r"[.!?]\s+\([^()]{0,60}\b(?:istock(?:photo)?|shutterstock|getty images|adobe ?stock|unsplash|"
    r"pixabay|pexels|imago(?: images)?|picture alliance|alamy)(?:\.com)?\)$|"
    # a source's credit in brackets after the caption ("... im März. (Quelle: Hume/DJV)")
    r"[.!?]\s+\((?:quelle|source|fuente|fonte|fonti)\s*:\s*[^()]{2,80}\)$|"
    # a photographer's rights after the caption ("... l'université / (C) Ana Roux")
    r"\s[/|]\s*(?:\(c\)|©)\s*[^\W\d][\w .'’-]{2,40}$|"
    # the credit in brackets ("(crédito: Ana Lima/Agência)", "(Foto: dpa)")
    r"^\((?:crédito|credito|credit|crédit|créditos?|foto|fotos|photo|bild|imagen|imagem|immagine|"
    r"quelle|source|fuente|fonte)\s*"
    r":\s*[^()]{2,80}\)$|"
    # the caption under its label ("Bildunterschrift: ...", "Légende : ...")
    rf"^(?:{_CAPTION_LABEL}\s*:|{_CAPTION_LABEL_COMMA}\s*,)\s*\S.{{0,250}}$|"
    # an image that shows no scene of the story ("Image d'illustration", "Foto de archivo")
    r"^(?:image|photo) d['’](?:illustration|archives?)(?:\s*[/,(-]?\s*[\w©][\w .©/-]{1,40}\)?)?$|^(?:imagen|foto) de archivo$|"
    r"^(?:immagine|foto) d['’]archivio$|^(?:imagem|foto) de arquivo$|"
    r"^(?:archive|file|stock) (?:image|photo)$|^(?:symbolbild|symbolfoto|archivbild|archivfoto|"
    r"illustrationsbild|beispielbild)$|^(?:immagine|foto) di repertorio$|"
    r"^(?:imagem|foto) ilustrativa$|^\(?supplied\)?(?:\s*:\s*[\w .'’-]{2,40})?$|"
    # where the photo's subject stands ("Pictured: ...", "Above: ...")
    r"^(?:(?:pictured|above|below|(?:top|bottom) (?:left|right)|left|right|from left|v\.l\.n\.r\.):|"
    r"(?:de gauche à droite|de izquierda a derecha)\s*:)\s*\S.{0,200}$|"
    # a gallery's teaser ("Fotostrecke: Die Flut in Bildern", "Bildergalerie ansehen (12 Bilder)")
    r"^(?:fotostrecke|bildergalerie|galerie|gallery|galería|galleria|galeria)\s*:\s*\S.{0,80}$|"
    # the caption behind the picture's zoom button ("Vergrößern Der neue Sensor ..."), not the
    # verb a sentence fronts ("Vergrößern will der Verein vor allem ...")
    r"^(?:bild )?vergrößern (?!(?:sie|will|wollen|soll|sollen|muss|müssen|kann|können|lässt|lassen|"
    r"möchte|möchten|wird|werden|darf|dürfen|konnte|wollte|sollte|musste|mussten|konnten)\b)\S.{0,250}$|"
    r"^enlarge (?:this )?(?:image|photo)\s+\S.{0,250}$|"
    r"^(?:bildergalerie|fotostrecke|galerie) ansehen(?: \(\d+ (?:bilder|fotos)\))?$|"
    # a photo given by whoever is in the story ("Fotografía cedida por el Ayuntamiento")
    r"^(?:fotografía|foto|imagen|imagem|fotografia) (?:cedida|facilitada|concessa|gentilmente "
    r"concessa|divulgada)(?: (?:por|da|pel[oa]|del|dal(?:la)?)\s+\S.{0,60})?$|"
    r"^(?:photo|image|picture) (?:courtesy|supplied|provided)(?: (?:of|by)\s+\S.{0,60})?$|"
    # "Image caption, ...", "Photo by Jane Doe / Agency", "Foto di Marco Rossi / Ansa"
    r"^(?:image|photo|picture|video|media) (?:caption|source|credit)s?\s*[,:]\s*\S|"
    # a photo agency's name alone ("Getty Images", "AFP via Getty Images")
    r"^(?:[\w .'’-]{1,40}(?:,|/| via)\s*)?(?:getty images|shutterstock|istock(?:photo)?|imago(?: images)?|"
    r"alamy|picture alliance|keystone|epa-efe)(?:\s*/\s*[\w .'’-]{1,40})?$|"
    # a photo's giver ("Courtesy of Andrew Vaughan")
    r"^courtesy(?: of)? [\w .'’/&-]{2,60}$|"
    r"^(?:photo|foto|picture|image|bild|photograph|photography|(?:photo )?illustration)s? (?:by|di|de|von|par)\s+"
    r"[^.]{2,80}$|"
    # ... a name's few words and a stop, maybe after the illustration's credit ("Photo
    # illustration by Slate. Photo by Jane Doe.")
    r"^(?:(?:photo )?illustration (?:by|von|par|de|di) [\w.&'’-]+(?: [\w.&'’-]+){0,3}\.\s+)?"
    r"(?:photo|foto|picture|image|bild|photograph|(?:photo )?illustration)s? (?:by|di|de|von|par)\s+"
    r"[\w&'’-]+(?: [\w&'’-]+){0,3}\.$|"
    r"^credit(?:\.\.\.|…)\s*\S[^.]{1,80}$|\((?:photo|picture|image|foto|bild|bildquelle|fotoquelle|"
    r"crédit(?: photo)?|credit|ap photo|reuters|afp|getty)"
    r"\b[^)]{0,160}\)\.?\s*$|\b(?:photo|photograph|illustration|ilustración|illustrazione|ilustração|"
    r"foto|bild|crédit photo|credit|image)\s*:"
    # the credit may name a site ("Bild: Jane Doe/example.com"), not end a sentence
    r"\s*(?:[^.]|\.(?=\w)){2,80}\.?$|©\s*(?:[^.]|\.(?=\w)){2,80}$)",
)
# A photo's agency credit closing its caption ("A flooded street in Valencia. EFE/Ana Ruiz",
# "... Soria. Juan Pérez/EFE").
AGENCY_CREDIT = Folded(
    rf"\s(?:{_AGENCY})\s*/\s*[^\W\d_][\w.'’-]*(?: [\w.'’-]+){{0,3}}$|"
    rf"\s[^\W\d_][\w.'’-]*(?: [\w.'’-]+){{0,3}}\s*/\s*(?:{_AGENCY})$"
)
# An agency alone on its line, as an aggregator prints its provider over the headline.
AGENCY_NAME = Folded(rf"^(?:{_AGENCY}|associated press|agence france-presse)$")
# An agency alone closing a caption ("Penguins in Antarctica on 11 February. EFE").
CAPTION_AGENCY = Folded(rf"[.!?]\s+\(?{_AGENCY}\)?$")
# A photographer's credit alone on its line, with the outlet ("Jane Doe/NPR").
# Picture agencies and stock libraries, as credits name them.
_PHOTO_AGENCY = (
    r"lapresse|imago|getty images|epa|keystone|shutterstock|imagoeconomica|agf|fotogramma|alamy|"
    r"istock(?:photo)?|picture alliance|adobe stock|depositphotos|cuartoscuro|télam|telam|"
    r"sipa|abaca|hans lucas|divulgação|reprodução"
)
STANDALONE_CREDIT = re.compile(
    # in brackets, maybe with the agency that moved it ("(Jane Doe/The Courier via AP)")
    r"^\((?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+\s*/\s*[A-ZÀ-Þ][^()/]{1,60}\)$|"
    r"^(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+(?:\s*/\s*"
    r"[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3}){1,3}$|"
    # a reader's or a family's photo ("Jane Doe Submitted photo", "Courtesy of the Doe family")
    r"^(?:[A-ZÀ-Þ][\w.'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+\s+(?i:submitted photo|contributed photo|courtesy photo)$|"
    # a photographer and the agency, after a bar ("Ana Ruiz | Agencia Uno")
    r"^(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+\s*\|\s*(?i:agencia|agence|agentur|agenzia|agência)"
    r"(?:\s+[\w.&'’-]+){1,3}$|"
    # a photo's agency with no colon ("Foto Ansa", "Photo AFP", "Foto LaPresse")
    rf"^(?i:foto|photo|bild|imagen|imagem)\s+(?i:{_AGENCY}|{_PHOTO_AGENCY})$|"
    # the agency, then its photographer ("EFE/Juan Pérez")
    rf"^(?i:{_AGENCY})\s*/\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){{0,3}}$"
)
# A photographer named after the caption's sentence with no colon, as French papers print it
# ("... mardi. Photo Ann Lee"): the capitals tell a name from a sentence ("Photo albums ...").
PHOTO_BY_NAME = re.compile(
    r"[.!?]\s+(?:Photos?|PHOTOS?|Foto|FOTO)\s+[A-ZÀ-Þ][\w.'’-]*(?:[ /-]+[A-ZÀ-Þ][\w.'’-]*){0,3}$"
)
# A photographer's credit closing a caption, with the outlet ("... on Sunday. (John Doe/The
# Example Times)", "... the plant. John Doe / Example Daily"): capitals tell it from prose.
PERSON_CREDIT = re.compile(
    r"(?:\(|[.!?]\s+)(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+\s*/\s*"
    r"[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,4}\)?$"
)
CAPTION = Prefiltered(
    _CAPTION,
    ("photo", "foto", "bild", "image", "quelle", "source", "fuente", "fonte", "fonti", "crédit",
     "credit", "picture", "bron", "artwork",
     "reuters", "afp", "getty", "©", "imagen", "immagine", "imagem", "bildunterschrift",
     "légende", "didascalia", "legenda", "pie de foto", "caption", "illustra", "ilustra", "(c)",
     "stock", "unsplash", "pixabay", "pexels", "imago", "alamy", "courtesy", "crédito", "beeld",
     "supplied", "above:", "below:", "left:", "right:", "v.l.n.r.:", "gauche à droite",
     "izquierda a derecha", "galer", "galler", "grafi", "grafí", "graphi", "gráfi", "vergr",
     "enlarge"),
    remember=True,
)  # fmt: skip
# A promo heading that says its items are other stories ("Lesen Sie auch", "Veja também").
RELATED_HEADING = Folded(
    r"\b(?:also|auch|aussi|également|también|anche|também|related|verwandte|relacionad[ao]s|"
    r"correlat[ie]|interess\w*|interesar|zum thema|on this story|sur le même sujet|sobre el mismo tema|"
    r"sullo stesso (?:tema|argomento)|sobre o mesmo (?:tema|assunto))\b"
)
# The label of an opinion piece ("Opinion", "Kommentar", "Tribune").
_OPINION_LABEL = (
    r"opinion|op-ed|editorial|column|meinung|kommentar|gastbeitrag|leitartikel|tribune|"
    r"chronique|éditorial|opinión|tribuna|opinião|commento|editoriale|opinie|"
    # readers' letters, a page of their own
    r"letters|leserbriefe|courrier des lecteurs|cartas al director|lettere al direttore|"
    r"cartas dos leitores"
)
# The link to the article before or after this one ("Next article", "Articolo precedente").
_NEIGHBOUR = (
    r"(?:(?:previous|next|prev\.?) (?:article|story|post)|(?:articolo|post) (?:precedente|successivo)|"
    r"(?:vorheriger|nächster) (?:artikel|beitrag)|article (?:précédent|suivant)|"
    r"(?:artículo|noticia) (?:anterior|siguiente)|(?:siguiente|anterior) (?:artículo|noticia)|"
    r"(?:próxima|anterior) (?:notícia|matéria)|próximo artigo|(?:artigo|notícia|matéria) "
    r"(?:anterior|seguinte)|(?:vorige|volgende) (?:artikel|bericht))"
)
PROMO = Folded(
    r"^(?:more news|more from|more (?:stories|articles) (?:from|about|on) [\w ]{1,40}|"
    r"mehr (?:artikel|beiträge|nachrichten|news) (?:aus|zu|zum|von) [\w ]{1,40}|read more(?: (?:on|about))?|read also|also read|related(?: articles?| stor(?:y|ies)| news| posts?| coverage| content| links?| reading| videos?)?|listen(?=\s*:)|"
    r"see also|recommended(?: for you| stories| articles| reading| videos)?|most read|most popular|"
    r"most (?:shared|viewed|emailed|commented)|next up(?: in [\w&' ]{1,30}(?=\s*$))?|"
    # the link to the article before or after, with its headline ("Next post: Bridge reopens")
    rf"{_NEIGHBOUR}(?=\s*:\s*\S)|"
    r"don[’']t miss|watch|"
    r"more on this(?: story| topic)?|mehr nachrichten(?: aus [\w ]{1,30})?|"
    r"(?:ti )?potrebbe(?:ro)? interessar(?:ti|e)(?: anche)?|"
    r"lesen sie (?:dazu )?auch|lesen sie dazu|lesen sie mehr|mehr zum thema|mehr zu (?:diesem|dem) thema|mehr dazu|"
    r"lees (?:ook|meer)|meer nieuws|ook interessant|bekijk ook|meest gelezen|"
    r"gerelateerde? (?:artikelen|berichten|verhalen)|gerelateerd|auch interessant(?: für (?:dich|sie))?|"
    r"das könnte sie auch interessieren|"
    r"weitere (?:aktuelle |interessante |spannende )?(?:artikel|themen|beiträge|nachrichten|meldungen|"
    r"pressemitteilungen|videos)"
    r"(?: (?:aus|zu|zum|von|über|dieses|dieser|des|der) [\w ]{1,40})?|siehe auch|véase también|ver também|zie ook|"
    r"zum weiterlesen|explore further|"
    # the newest pieces ("Neueste Artikel", "Latest posts")
    r"(?:neueste|aktuelle|letzte) (?:artikel|beiträge|nachrichten|news|meldungen)|latest (?:articles|posts|stories)|"
    r"derniers articles|últimos (?:artículos|artigos|posts)|ultimi articoli|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|sur le même sujet|"
    # the newsroom's or the paper's picks, a heading alone ("Le Petit Quotidien vous recommande";
    # "The panel recommends:" heads the article's own list)
    r"la rédaction vous (?:conseille|recommande)|"
    r"[\w'’ .&-]{2,40} (?:vous (?:conseille|recommande)|recommends|empfiehlt|(?:te|le) recomienda|"
    r"(?:ti|vi) consiglia|recomenda)(?=\s*$)|"
    # the web's and partners' teasers, the latest news, more of a place's news
    r"ailleurs sur le web|(?:from )?around the web|elsewhere on the web|aus dem (?:netz|web)|"
    r"(?:en|de) la web|dal web|da web|"
    r"(?:promoted|sponsored) (?:links|stories|content)(?: by \w+)?|(?:more )?from our partners|"
    r"empfohlen von \w+|gesponserte links|partner-?inhalte|nos partenaires|"
    r"recomendad[oa]s? para (?:você|ti|usted)|dit vind je misschien ook interessant|"
    r"(?:für (?:sie|dich) empfohlen|empfohlen für (?:sie|dich)|recommandée?s? pour (?:vous|toi)|"
    r"consigliat[io] per te|aanbevolen voor jou)|"
    r"net binnen|uitgelicht|meer over dit onderwerp|"
    r"latest from [\w&' ]{1,30}|explore more|keep reading|featured(?: stories| articles| posts)?|"
    r"more from (?:our )?partners|nos dernières actualités|dernières actualités|últimas noticias|"
    r"ultime notizie|últimas notícias|neueste nachrichten|latest news|"
    # the same of a place or a section ("Últimas noticias de Aragón", "Latest news from Leeds")
    r"(?:últimas noticias|ultime notizie|últimas notícias|dernières (?:actualités|infos)|latest news|"
    r"neueste nachrichten|laatste nieuws) (?:de|del|da|do|di|from|in|aus|uit|en|sur)\s[\w'’ -]{1,30}|"
    r"(?:toute )?l['’]actualité (?:de|d['’]|du|des) ?[\w'’ -]{1,30}|toute l['’]actu(?:alité)?|toda la actualidad de [\w ]{1,30}|"
    r"tutte le notizie (?:di|da|su) [\w ]{1,30}|todas as notícias de [\w ]{1,30}|"
    r"(?:related )?(?:internet|external|web) links|externe links|liens externes|enlaces externos|"
    # more of the site's pieces ("Entdecke weitere Homestorys", "Discover more recipes")
    r"(?:entdecke|entdecken sie|discover|découvrez|descubre|descubra|scopri|ontdek) (?:weitere|mehr|"
    r"more|plus d['’]|d['’]autres|más|otros|otras|altri|altre|mais|outros|outras|meer) ?[\w -]{2,40}|"
    # a theme's two tabs run together ("RELATED ARTICLESMORE FROM AUTHOR")
    r"(?:related articles|verwandte artikel|artículos relacionados|articles (?:connexes|liés)|"
    r"articoli correlati|artigos relacionados)\s*(?:more from (?:the )?author|mehr vom autor|más del "
    r"autor|plus (?:de l['’]|du )auteur|altro dall['’]autore|mais do autor)|"
    r"link esterni|links externos|"
    r"à voir (?:également|aussi)|pour aller plus loin|para saber más|per approfondire|"
    r"para saber mais|"
    r"lee también|lea también|leer más|lea más|(?:le|te) (?:puede|podría) interesar(?: también)?|(?:quizás?|tal vez) (?:le|te) interese|más información|"
    # the same, as a link's heading in other languages ("Plus d'infos", "Mehr Infos")
    r"plus d['’]infos?|plus d['’]informations|mehr infos|more info|mais informações|"
    r"maggiori (?:info|informazioni)|meer info(?:rmatie)?|"
    r"más sobre|relacionad[oa]s?|noticias? relacionadas?|notícia relacionada|"
    r"(?:artículo|artigo) relacionado|articolo correlato|leggi anche|veja também|leia também|leia mais|"
    r"czytaj (?:też|także|więcej)|zobacz (?:też|także)|polecamy|dowiedz się więcej|auch lesen|lesen sie hier|"
    r"empfohlene (?:beiträge|artikel)|you (?:may|might) (?:also )?like(?: these(?: posts| stories)?)?|more stories|top stories|"
    r"trending (?:now|stories|news|articles)|(?:latest|top) headlines|editors?[’']?s? picks|à lire également|à découvrir aussi|te recomendamos|"
    r"popular (?:posts|stories|articles)|beliebte (?:artikel|beiträge)(?: zum thema)?|articles populaires|"
    r"entradas populares|post popolari|postagens populares|more on|"
    r"(?:posts|artigos|matérias) (?:populares|mais lid[oa]s)|populaire (?:berichten|artikelen|posts)|"
    r"(?:articoli|notizie) più (?:lett[ie]|popolari)|(?:artículos|noticias) más (?:leídos|leídas|populares)|"
    # a link to the whole section ("See all Transport stories", "Alle Verkehr-Artikel lesen",
    # "Ver todas las noticias de Movilidad")
    r"(?:see|view|browse|read|show|voir|lire|ver|leer|veja|ler|leggi|vedi|bekijk|lees|zeige) (?:all|"
    r"tous|toutes|todas|todos|tutte|tutti|alle)(?: (?:the|les|las|los|as|os|le|gli|i|de))? "
    r"(?:[\w-]+ )?(?:articles?|stories|news|posts|artículos|noticias|artigos|notícias|articoli|"
    r"notizie|actualités|nouvelles|artikelen|berichten|nieuws|artikel|beiträge|meldungen|nachrichten)"
    r"(?: (?:on|about|in|from|de|du|des|sur|über|zu|zum|zur|aus|di|su|del|da|em|sobre|over|van|uit) "
    r"[\w'’ -]{1,40})?|"
    r"alle (?:[\w]+[- ])?(?:artikel|beiträge|meldungen|nachrichten|news)(?: (?:aus|zu|zum|zur|über|von) "
    r"[\w ]{1,30})? (?:lesen|entdecken)|"
    r"empfehlungen der redaktion|unsere empfehlungen|la sélection de la rédaction|"
    r"le choix de la rédaction|(?:la )?selección del editor|selección de la redacción|"
    r"scelti per te|scelti dalla redazione|escolhas do editor|keuze van de redactie|"
    r"nuestras recomendaciones|i consigli della redazione|"
    r"ver también|más noticias|(?:lea|lee|leé|vea) también|(?:leia|veja) também|"
    # a label before a headline, not a speaker's sentence: "Lea: <headline>", and an opinion
    # piece's teaser ("Kommentar: Mehr Mut beim Nahverkehr")
    rf"(?:lea|lee|vea|mira|mire|leia|veja|read|watch|videos?|vídeos?|vidéos?|{_OPINION_LABEL})"
    r"(?=\s*[:|]\s*[^.!?]+$)|"
    # a video's label before a dash ("Vidéo - Les premiers mots du nouvel attaquant")
    r"(?:videos?|vídeos?|vidéos?|watch)(?=\s+[-–—]\s+[^.!?]+$)|"
    r"alle (?:nachrichten|news|artikel|meldungen) (?:aus|zu|zum|zur|über) [\w ]{1,30}|"
    # a heading over the site's opinion pieces ("Opinion", "Meinung")
    rf"(?:{_OPINION_LABEL}|opinions|columns|meinungen|opiniones|opiniões|opinioni)(?=\s*$)|"
    r"(?:les )?(?:chroniques|tribunes|éditos)(?=\s*$)|(?:mehr|weitere) meinung(?:en)?|"
    r"plus d['’]opinions?|más opinión|altre opinioni|mais opiniões|"
    r"related content|more like this|read (?:this )?next|up next|what to read next|you may be interested in|"
    r"elsewhere on [\w .-]{1,30}|top posts|(?:aktuelle |weitere )?berichte aus dieser kategorie|"
    r"ähnliche (?:artikel|beiträge|themen|nachrichten)|verwandte (?:artikel|themen|beiträge)|"
    r"weitere beiträge zum thema|passend zum thema|das könnte dich auch interessieren|"
    r"(?:das|dieses) thema (?:könnte|dürfte) (?:dich|sie) auch interessieren|"
    r"(?:die )?meistgelesenen? (?:artikel|beiträge|nachrichten)(?: (?:bei|auf|von) [\w./ -]{1,30})?|"
    r"(?:(?:seit|in den letzten) \d+ (?:tagen|stunden) |heute |diese woche )?am meisten (?:gelesen|geteilt|"
    r"kommentiert)|meistgeteilt|meistkommentiert|"
    r"weiterführende (?:links|artikel|informationen)|artikel zum thema|"
    r"(?:der )?nächste(?:r)? (?:beitrag|artikel)|top[- ]themen(?: der redaktion)?|"
    r"auch auf [\w-]+\.[a-z]{2,}|"
    r"(?:dich|sie) interessier(?:t|en) (?:vielleicht|möglicherweise) auch|vous aimerez (?:aussi|peut-être)|"
    r"también te (?:puede|podría) gustar|ti potrebbe(?:ro)? (?:anche )?piacere|"
    r"meist(?:gelesen|geklickt|gesehen|kommentiert)(?:e artikel)?|"
    r"meist (?:gelesen|gesucht|geklickt|gesehen)(?:e (?:artikel|beiträge))?|das neueste|"
    r"mehr themen|(?:die )?neuesten? meldungen|letzte meldungen|viel gelesen(?: in [\w ]{1,30})?|"
    r"aktuelle dossiers|noch mehr infos(?: für (?:dich|sie))?|"
    r"lesen sie hier (?:einen |noch )?weitere[n]? [\w ]{0,30}(?:beitrag|artikel)|"
    r"dans la même rubrique|sur le même thème|articles? (?:similaires|liés|correspondants)|"
    r"[àa] découvrir(?: (?:aussi|également|sur [\w.'’ -]{2,30}))?|les plus (?:lus|partagés|commentés|vus)|à lire|à voir|zum thema|"
    r"otras noticias|mirá también|mira también|también te puede interesar|"
    r"artículos relacionados|noticias similares|lo más (?:leído|visto|compartido|comentado)|más leíd[oa]s|"
    r"(?:las|los) más (?:vistas?|vistos|leídas|leídos)|más sobre [\w ]{1,30}|"
    r"articoli correlati|ti potrebbe interessare|potrebbe interessarti|altre notizie|i più letti|"
    r"(?:ti|vi) consigliamo|i più (?:visti|cliccati|condivisi|commentati)|"
    r"per saperne di più|ler (?:mais|também)|saiba mais|ver mais|notícias relacionadas|artigos relacionados|mais (?:lidas|compartilhadas|partilhadas|comentadas|vistas)|mais notícias|"
    r"você (?:pode|também pode) gostar|see more|more|related post|also on [\w-]+\.[\w.]+|"
    r"most (?:discussed|commented)|meist ?(?:-\s?)?(?:diskutiert|kommentiert)(?:e artikel)?|"
    r"contenidos? relacionados?|conteúdos? relacionados?|contenuti correlati|contenus? associés|"
    r"(?:related articles|artículos relacionados|articles liés|articoli correlati|verwandte artikel)"
    r"(?: (?:on|en|sur|su|auf|bei|de|del|el) [\w .-]{2,40})?|"
    r"mehr zum thema (?:auf|bei|unter) [\w.-]{2,40}|more on (?:this|the) topic (?:on|at) [\w.-]{2,40}|"
    r"most (?:read|popular|viewed|shared) in [\w ]{1,30}|"
    # more of a section ("More Opinion", "Weitere Kommentare", "Más en Opinión")
    rf"more (?:{_OPINION_LABEL}|opinions|columns|explainers|features|interviews|reviews|analysis|"
    r"sports?|business|politics|videos|podcasts|culture|"
    r"world news|local news|science|health|technology|tech|travel|lifestyle|entertainment)|"
    r"weitere (?:kommentare|kolumnen|leitartikel|gastbeiträge)|más en [\w ]{1,30}|mais em [\w ]{1,30}|"
    # more of a topic's news ("More football news", "Mehr Fußball-News")
    r"more (?:[\w-]+ ){1,2}(?:news|stories|headlines)|(?:mehr|weitere) [\w-]+-(?:news|nachrichten|meldungen)|"
    r"most watched(?: [\w ]{1,30})?|(?:vídeos|videos) mais (?:assistidos|vistos)|"
    r"meistgesehene videos|(?:les )?vidéos les plus vues|(?:los )?(?:vídeos|videos) más vistos|"
    r"(?:i )?video più visti|assista(?: também| ao vídeo| mais)?|veja o vídeo|mira el vídeo|"
    r"lesen sie mehr (?:aus|über|zu|zum) [\w ]{1,30}|"
    r"more (?:from|in) [\w ]{1,30}|mehr aus [\w ]{1,30}|"
    # the site's other news from a place ("More news from Example", "Más noticias de ...")
    r"more news (?:from|in|about) [\w ]{1,30}|más noticias (?:de|sobre|en) [\w ]{1,30}|"
    r"altre notizie (?:da|di|su) [\w ]{1,30}|mais notícias (?:de|do|da|sobre) [\w ]{1,30}|"
    r"plus d['’]actualités (?:de|sur|à) [\w' ]{1,30}|"
    r"plus d['’]actualités|plus d['’]articles|more articles|mehr artikel|más artículos|"
    r"altri articoli|mais artigos|altro da [\w ]{1,30}|vedi anche|guarda anche|mais d[oa] [\w ]{1,30}|"
    r"notas relacionadas|(?:tags|etiquetas) relacionad[oa]s|lo último|noticias destacadas|"
    # other recipes, videos, galleries ("Recetas relacionadas", "Ähnliche Rezepte", "More recipes")
    r"(?:recetas|receitas|vídeos|videos|galerías|galerias|entrevistas) relacionad[oa]s|"
    r"(?:ricette|video|gallerie) correlat[ei]|(?:recettes|vidéos) (?:similaires|associées|liées)|"
    r"(?:ähnliche|passende|weitere) (?:rezepte|videos)|(?:related|similar|more) (?:recipes|galleries)|"
    r"más recetas|mais receitas|altre ricette|plus de recettes|gerelateerde recepten|"
    # in Chinese, Japanese and Korean ("相关新闻", "関連記事", "관련기사")
    r"相关(?:新闻|阅读|文章|报道|推荐)|相關(?:新聞|閱讀|文章|報導)|推荐阅读|延伸阅读|热门推荐|热点新闻|"
    r"関連(?:記事|ニュース)|おすすめ記事|合わせて読みたい|あわせて読みたい|人気記事|"
    r"관련 ?기사|많이 본 (?:기사|뉴스)|추천 기사|인기 기사|"
    r"[\w .'’-]{2,40}['’]s (?:latest|recent|most recent|other) (?:stories|articles|posts|columns)|"
    r"(?:i |le )?più lett[ie]|(?:le notizie|gli articoli) più lett[ie]|da non perdere|le notizie di oggi|"
    r"ver más noticias|fil (?:info|d['’]actu(?:alité)?s?)|"
    r"veja (?:os|as) (?:vídeos|notícias|fotos) mais (?:assistid[oa]s|lid[oa]s|vist[oa]s)(?: d[oa] [\w ]{1,30})?)"
    r"\b\s*(?:[:»>|–!…-]|\.\.\.|$)|"
    # another story of the site, after its name ("Also on example.com Minister resigns")
    r"^also (?:on|from) [\w-]+\.[a-z]{2,}\s+\S|"
    # the way to the outlet's other stories on the topic ("Find our full coverage of ... at")
    r"^(?:also:\s*)?(?:find|see|read|follow) [\w'’ ]{0,20}?(?:full |complete |latest |more )?coverage (?:of|at|on)\b|"
    # the way to more of the site's news, as a closing sentence ("Read more news from the
    # region on example.com.")
    r"^(?:(?:read|see|find|get) more (?:local )?(?:news|stories|articles|coverage)|"
    r"lesen sie (?:mehr|weitere) (?:nachrichten|news|artikel|meldungen)|lisez (?:plus d['’]|toute l['’])(?:actualités?|info)|"
    r"retrouvez toute l['’]actualité|lee más (?:noticias|sobre)|leia mais (?:notícias|sobre)|"
    r"leggi (?:altre|tutte le) notizie|lees meer (?:nieuws|over)|"
    # ... and as a pointer "here" ("Mehr Nachrichten aus dem Landkreis finden Sie hier.")
    r"(?:(?:more|mehr|weitere|más|altre|mais) |plus d['’])(?:news|stories|articles|nachrichten|artikel|"
    r"meldungen|infos|informationen|noticias|notizie|notícias|actualités|informations)"
    r"(?=[^.!?]{0,60}\b(?:here|hier|ici|aquí|qui|aqui)\s*[.!]?$))"
    r"\b(?:[^.!?]|\.(?=\w)){0,80}[.!]?$|"
    # a teaser's question alone ("Lust auf mehr?", "Want more?")
    r"^(?:lust auf mehr|want more|hungry for more|envie d['’]en (?:savoir|lire) plus|"
    r"¿?quieres (?:saber |leer )?más|vuoi saperne di più|quer (?:saber|ler) mais|zin in meer)\s?\?$",
    remember=True,
)
# A heading over more on a topic ("More on the budget", "Mehr zur Wahl"): over a list of
# teasers after the article, a subheading inside it ("Mehr zur Finanzierung").
MORE_ON_TOPIC = Folded(
    r"^(?:more (?:on|about)|mehr (?:zu[mr]?|über)(?! autor)|altro su(?:l|lla|i|gli|lle)?) [\w' -]{1,30}:?$"
)
# A linked headline tagged in capitals, as tabloids set them in a body ("... [VIDEO]").
TAGGED_HEADLINE = re.compile(r"^.{10,160}[^.!?\s]\s\[[A-Z]{3,}(?: [A-Z]{3,})?\]$")
# A WordPress shortcode left as text ("[button link=...]Send us your review[/button]").
SHORTCODE = re.compile(r"^\[(\w+)(?:\s+[\w-]+=[^\]]*)?\].*\[/\1\]$|^\[\w+(?:\s+[\w-]+=[^\]]*)+\]$")
# What a thread's count names ("12 comments", "Kommentare (4)").
_COMMENT_WORDS = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties)"
)
# A heading that names the comments ("Kommentare", "Leave a comment"), not only calls to talk.
NAMES_COMMENTS = Folded(rf"\b{_COMMENT_WORDS}\b")
# The count of a teaser's comments after its headline ("... in overtime (145)", "14 comments").
COMMENT_COUNT_AFTER = re.compile(
    rf"\s+(?:\(\d{{1,5}}\)|\d{{1,5}}\s+{_COMMENT_WORDS})$", re.IGNORECASE
)
# A comment count or link after a dateline's separator ("March 5, 2025 | Comments (12)").
COMMENTS_TAIL = re.compile(
    rf"\s*[|•·]\s*(?:(?:\d{{1,5}}\s+)?{_COMMENT_WORDS}(?:\s*\(\d{{1,5}}\))?|(?:leave|add|post) an? "
    r"comment|no comments(?: yet)?)\s*$",
    re.IGNORECASE,
)
# A reading time ("5 min read", "Lesezeit: 4 Min.", a reader view's "4-5 minutes"), as a widget
# or after a dateline.
_READING_TIME_LABEL = (
    r"(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"tempo de leitura|leestijd)"
)
_READING_TIME = (
    r"(?:\d+\s*(?:min(?:ute)?s?\.?|minuten|minuti|minutos|['’′])\s*(?:read|lesezeit|de lecture|de lectura|di lettura|"
    rf"de leitura)|{_READING_TIME_LABEL}\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min\w*\.?)?|"
    r"\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:minutes|minuten|minutos|minuti))"
)
READING_TIME = re.compile(rf"^{_READING_TIME}$", re.IGNORECASE)
# The same after a name, as blog platforms print the byline ("Jane Doe · 5 min read").
READING_TIME_AFTER = re.compile(rf"\s*[·|•,–-]?\s*{_READING_TIME}$", re.IGNORECASE)
# The link to an author's page ("View all posts by", "Alle Beiträge von"), before the name.
_AUTHOR_PAGE = (
    r"(?:(?:view|see|zeige|voir|ver|vedi) )?(?:all (?:articles|stories|posts) by|"
    r"more (?:articles|stories|posts) by|more by|(?:alle|weitere|mehr) (?:artikel|beiträge|texte) "
    r"von|plus d['’]articles de|tous les articles de|todos los artículos de|todas las entradas de|tutti gli articoli di|"
    r"todos os artigos de|(?:leia )?mais (?:colunas|artigos|textos) de|más (?:columnas|artículos) de|"
    r"more (?:columns|articles|stories) (?:by|from)|(?:autres|toutes les) chroniques de|"
    r"weitere kolumnen von|altri (?:articoli|editoriali) di|read more (?:by|from)|"
    r"meer (?:artikelen )?van|lees meer van)"
)
AUTHOR_PAGE = Folded(rf"^{_AUTHOR_PAGE}\s+")
# An author's box run into one line, the link to the author's page after the bio ("Life is not
# digital. Zeige alle Beiträge von Jan Roth").
AUTHOR_BOX = Folded(rf"[.!?…]\s+{_AUTHOR_PAGE}\s+[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s*[→»›]?$")
# A date's or reading time's label run into a name by metadata ("Jane Doe Stand").
NAME_TAIL_LABEL = re.compile(
    rf"\s+(?:stand|updated|aktualisiert|actualizado|atualizado|aggiornato|{_READING_TIME_LABEL})$",
    re.IGNORECASE,
)
# Interface words left in a page's text: buttons and toggles, not prose.
INTERFACE = Folded(
    r"^(?:(?:bild anzeigen|bild vergrößern|mehr anzeigen|weiterlesen|mehr lesen|show more|load more(?: stories| articles| news| posts)?|"
    r"continue reading|lire la suite(?: de l['’]article)?|afficher plus|ver más|mostrar más|leer más|"
    # the links to a newsroom's standards and its corrections ("Why you can trust us", "Unsere
    # Grundsätze", "Submit a correction")
    r"(?:read |see )?our (?:editorial )?(?:guidelines|standards|principles|ethics policy|"
    r"corrections policy)|why you can trust (?:us|[\w.&' -]{2,30})|how we (?:report|write|cover) "
    r"(?:on )?[\w ]{2,30}|learn more about how we use (?:ai|artificial intelligence)(?: in our newsroom)?|"
    r"(?:unsere (?:redaktionellen )?|redaktionelle )(?:grundsätze|leitlinien|richtlinien)|"
    r"(?:nos engagements|notre charte)(?: éditoriaux| éditoriale| de déontologie)?|"
    r"(?:nuestros )?principios editoriales|(?:i nostri )?principi editoriali|"
    r"(?:nossos )?princípios editoriais|"
    r"(?:submit|report|suggest) a correction|korrektur melden|sugerir una corrección|"
    r"segnala una correzione|sugerir (?:uma )?correção|"
    # the way on to the whole text ("Show full article", "Read more about this topic")
    r"(?:show|view|see|read) (?:the )?full (?:article|story|text)|read more about this (?:topic|story|subject)|"
    r"zum artikel|inloggen|registreren|uitloggen|reageer(?: op dit artikel)?|"
    r"zur (?:[\w.]+-)?startseite|back to top|nach oben(?: scrollen)?|weiter|"
    # back to the top, the print version ("Zum Seitenanfang", "Druckversion")
    r"(?:zum )?seitenanfang|(?:back to )?top of (?:the )?page|(?:retour )?en haut de (?:la )?page|"
    r"haut de page|volver arriba|ir arriba|torna (?:su|all['’]inizio)|voltar ao topo|(?:terug )?naar boven|"
    r"druckversion|druckansicht|print(?:er-friendly)? version|version imprimable|versión (?:para )?imprimir|"
    r"versione stampabile|versão para impressão|"
    # a rating's stars ("5 von 5 Sternen", "4.5 out of 5 stars")
    r"\d(?:[.,]\d)? (?:von|of|out of|sur|de|su|van) 5(?: (?:sternen|stars|étoiles|estrellas|stelle|"
    r"estrelas|sterren))?|"
    # a player's, a font's, a reading list's and an alert's buttons ("Ouvir o texto", "Aumentar
    # fonte", "Salvar artigos", "Receber alertas")
    r"ouvir (?:o texto|(?:a |esta )?(?:notícia|matéria|reportagem))|"
    r"escuchar (?:(?:la |esta )?noticia|(?:el |este )?artículo)|"
    r"écouter (?:cet|l['’]) ?article|(?:diesen )?artikel (?:an)?hören|"
    r"listen to (?:this |the )?(?:article|story)(?:[.:]\s+(?:enjoy|hear|get|find) more (?:audio|"
    r"podcasts|stories)\b.{0,60})?|"
    r"(?:diminuir|aumentar|reduzir) (?:a )?fonte|(?:aumentar|disminuir|reducir) (?:el )?tamaño "
    r"(?:de (?:la )?letra|del texto)|(?:agrandir|réduire|augmenter|diminuer) (?:la taille du |le )?"
    r"texte|(?:increase|decrease) (?:the )?(?:font|text) size|"
    r"salvar(?: artigos?| notícias?| matéria)?|guardar(?: (?:la |esta )?noticia| (?:el |este )?"
    r"artículo)?|sauvegarder(?: l['’]article)?|"
    r"(?:receber|recibir|activar|activer|get|turn on|ricevi|attiva) (?:les |as |las |le |the )?"
    r"(?:alertas|alertes|alerts|avvisi|notifiche|notificaciones|notificações|notifications)|"
    # a paid tier's pitch and gate ("Lee sin límites", "Assine ou faça login")
    r"(?:lee|lire|read|leggi|leia) (?:sin límites?|sans limites?|without limits?|senza limiti|"
    r"sem limites?)|"
    r"(?:recurso|función|funcionalidad|fonctionnalité|funktion|feature|funzione|funcionalidade) "
    r"(?:exclusiv[oa]|réservée|nur|reserved|riservata)\b.{0,20}\b(?:assinantes|suscriptores|"
    r"abonnés|abonnenten|subscribers|abbonati)|"
    r"(?:assine|suscríbete|abonnez-vous|subscribe|abonnieren sie|abbonati|abonneer) (?:ou|o|or|"
    r"oder|of) (?:faça (?:o )?login|entre|inicia sesión|connectez-vous|log ?in|sign in|"
    r"melden sie sich an|accedi|log in)|"
    r"je m['’]inscris|me suscribo|me inscrevo|mi iscrivo|ich melde mich an|sign me up|"
    r"bekijk (?:de )?reacties|bewaar (?:dit )?artikel|kopieer (?:de )?link|"
    r"schrijf je in (?:voor|op) (?:de|onze) nieuwsbrief|"
    r"fout gezien\?\s*(?:mail|meld het aan|laat het weten aan) (?:de|onze) redactie|"
    r"do not sell (?:or share )?my personal information|manage (?:consent|cookies|(?:cookie |privacy )?"
    r"preferences)|adchoices|your privacy choices|"
    r"create (?:a |your )?(?:free )?account|(?:log|sign) in or (?:register|create (?:a |an )?(?:free )?"
    r"account|subscribe)(?: to (?:continue|keep reading))?|"
    # the Río de la Plata's buttons ("Suscribite", "Ingresá", "Compartí esta nota")
    r"suscribite|ingresá|registrate|sumate(?: a [\w ]{1,30})?|escuchá (?:la nota|el audio|la noticia)|"
    r"compartí (?:esta|la) (?:nota|noticia)|mirá el video|encontrá más|"
    r"(?:gostaria de|would you like to|do you want to|möchten sie|voulez-vous|souhaitez-vous|"
    r"¿?quieres|¿?desea|vuoi|desidera) (?:receber|receive|get|erhalten|recevoir|recibir|ricevere)"
    r"\b[^?.!]{0,40}\b(?:alert|alerta|alerte|benachrichtigung|notifica|avvis)\w*\b[^?.!]{0,80}|"
    # the next article loading under this one ("Cargando siguiente contenido")
    r"(?:cargando|chargement de|loading|carregando|caricamento)(?: (?:el|la|l['’]|the|o|a))? ?"
    r"(?:siguiente|suivant|next|próxim[oa]|successivo)? ?(?:contenido|article|artículo|story|"
    r"conteúdo|artigo|articolo|notícia|noticia)(?: (?:siguiente|suivant|next|seguinte|successivo))?|"
    r"weniger anzeigen|show less|afficher moins|ver menos|mostra meno|mostrar menos|"
    r"jetzt lesen|read now|lire maintenant|leer ahora|leggi ora|ler agora|"
    r"hier geht(?:['’]s| es) zur (?:anmeldung|registrierung|newsletter-anmeldung)|abo kündigen|"
    r"digital-?abo(?: abschließen)?|print|drucken|imprimer|imprimir|stampa|afdrukken|printen|hören|anhören|"
    r"partager l['’]article|tweet this|a\+\s*a-|a-\s*a\+|"
    # an audio player's speed ("1x", "1.5x")
    r"[0-2](?:[.,]\d{1,2})?\s?[x×]|playback speed|wiedergabegeschwindigkeit|vitesse de lecture|"
    r"velocidad de reproducción|velocità di riproduzione|velocidade de reprodução|"
    # the article's forum, a recommend button ("Forum zum Thema: Wissenschaft", "Weiterempfehlen")
    r"(?:zum|ins) forum|diskussion im forum|forum zum (?:thema|artikel)(?:\s*:\s*[\w ,&-]{1,60})?|"
    r"weiterempfehlen|(?:artikel |seite )?empfehlen|drucken etc|"
    # a copy-link button's answer ("Link copied", "Copied!")
    r"(?:link |url )?copied(?: to clipboard)?|(?:link )?kopiert|lien copié|enlace copiado|"
    r"link copiato|link copiado|"
    r"send to a friend|an einen freund senden|envoyer à un ami|enviar a un amigo|invia a un amico|"
    r"enviar para um amigo|"
    # the article's other languages ("Read this article in Español, Français", "Lies diesen
    # Beitrag auf English, Italiano")
    r"(?:read|lesen sie|lies|lire|lisez|lee|lea|leggi|leia|lees) (?:this|diesen|dieses|cet|este|esta|"
    r"questo|questa|dit|deze) (?:article|story|post|page|artikel|beitrag|text|artículo|nota|articolo|"
    r"artigo|bericht) (?:in|auf|en|em|op)\s+[\w]+(?:\s*[,/|]\s*[\w]+)+|"
    r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search)|aller au contenu(?: principal)?|"
    # where the page stands, its breadcrumbs maybe after it ("You are here: Home > News")
    r"(?:you are here|sie sind hier|du bist hier|vous êtes ici|usted está aquí|estás aquí|sei qui|"
    r"ti trovi qui|você está aqui|u bent hier|je bent hier)\s*:(?:\s*[\w&'’ -]{1,40}(?:\s*[»›>/|]\s*"
    r"[\w&'’ -]{1,40})*)?|direkt zu|(?:jetzt )?kontakt aufnehmen|"
    r"(?:share|sharen|teilen|partager|compartir|condividi|partilhar|compartilhar|delen) (?:mit|with|"
    r"avec|con|com|met)|"
    # an events box with nothing in it ("Es gibt derzeit keine bevorstehenden Veranstaltungen.")
    r"(?:es gibt )?(?:derzeit |aktuell |momentan )?keine (?:bevorstehenden |anstehenden |kommenden )?"
    r"(?:veranstaltungen|termine|events)|(?:there are )?no upcoming events|aucun événement à venir|"
    r"no hay (?:próximos )?eventos|nessun evento (?:in programma|imminente)|geen (?:aankomende )?"
    r"evenementen|não há eventos(?: próximos)?|"
    # a blog's sign-up box ("Notify me of new posts by email.")
    r"notify me of (?:new|follow-up) (?:posts|comments)(?: (?:by|via) e-?mail)?|send me (?:an )?"
    r"e-?mail (?:for )?(?:every|each) new post|"
    # the author's box, with the count of the pieces ("About Jane Doe 57 Articles")
    r"(?:about|über|à propos de|sobre|su) [\w .'’-]{2,40}\s+\d+ (?:articles?|artikel|beiträge|posts|"
    r"artículos|artigos|articoli)|"
    # a link's tools ("Get short URL"), a player's last card ("Thanks for watching!")
    r"(?:get|copy) (?:the )?short (?:url|link)|thanks for watching\s*!?|"
    # the heading of the links to the posts before and after, for screen readers
    r"post navigation|beitrags-?navigation|navigation des articles|navegación de entradas|"
    r"navigazione articoli|navegação de posts|berichtnavigatie|nawigacja wpisu|navigasi pos|"
    # a platform's count and button run together ("299FollowersFollow", "1.2K Fans Like")
    r"\d[\d.,]*\s?[km]?\s?(?:followers|fans|subscribers|likes|abonnenten|abonnés|seguidores)\s?"
    r"(?:follow|subscribe|like|folgen|abonnieren|suivre|seguir)?|"
    # a box's toggle ("Quellen ausblenden", "Show transcript", "Masquer le sommaire")
    r"(?:quellen|kommentare|inhaltsverzeichnis|transkript|details) (?:ausblenden|einblenden|verbergen)|"
    r"(?:show|hide) (?:the )?(?:sources|comments|transcript|table of contents|details)|"
    r"(?:afficher|masquer) (?:les sources|le sommaire|la transcription|les commentaires)|"
    r"(?:mostrar|ocultar) (?:las fuentes|el índice|la transcripción|los comentarios)|"
    # a menu's or a search box's toggle ("Navigation öffnen/schließen", "Abrir menú", "Menu openen")
    r"(?:haupt)?(?:menü|menu|menú|navigation|navigatie|navegación|navegação|navigazione|suche|search|"
    r"recherche|búsqueda|busca|ricerca|zoeken) (?:öffnen|schlie(?:ß|ss)en|anzeigen|ausblenden|open(?:en)?|"
    r"close|toggle|sluiten|ouvrir|fermer|abrir|cerrar|fechar|aprire|chiudere)"
    r"(?:\s*/\s*(?:schlie(?:ß|ss)en|close|sluiten|fermer|cerrar|fechar|chiudere))?|"
    r"(?:open|close|toggle|show|hide|öffne|schlie(?:ß|ss)e|ouvrir|fermer|abrir|cerrar|fechar|aprire|chiudere|"
    r"apri|chiudi) (?:the |el |o |il |le |la )?(?:main |mobile )?(?:menü|menu|menú|navigation|"
    r"navegación|navegação|navigazione|search|la recherche|búsqueda|busca|ricerca)|"
    # a gallery's counter ("1 of 12", "Bild 1 von 8", "2 / 10") and its links
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem)\s+)?\d{1,3}\s*"
    r"(?:of|von|sur|de|di|/)(?:\s*/)?\s*\d{1,3}|(?:ver|voir|vedi|view|see) (?:la |a )?(?:galería|galerie|galleria|"
    r"gallery|galeria)(?: completa| complète)?|more photos|weitere bilder|plus de photos|más fotos|"
    r"altre foto|mais fotos|"
    # a blog's stock buttons ("Share this:", "Like this:", "Like Loading...")
    r"(?:compartir esto|condividi questo|partager cette page|partilhe isto|compartilhe isso)|"
    r"(?:like this|vind ik leuk|me gusta esto|j['’]aime ça|curtir isso|mi piace questo|gefällt mir|"
    r"mi piace|gostar disto|gosto disto)|(?:like|me gusta|j['’]aime|curtir|mi piace|gefällt mir|gosto) "
    r"(?:loading|cargando|chargement|carregando|caricamento|wird geladen)|"
    # a story's tickers, a platform's counters and buttons
    r"this (?:story|article) has been shared [\d,.]+ times\b.{0,20}|"
    r"in this (?:article|story)|story continues|\+?\s*follow|suivre|seguir|segui|like|blogthis!?|\d+(?:[.,]\d+)?[km]? (?:followers|abonnenten|abonnés|"
    r"seguidores)|(?:discussion about this post|restacks?|ready for more\?|start writing|get the app)|"
    # a live blog's links
    r"suivez notre direct|follow (?:our|the) live (?:blog|coverage)|tous les directs|voir plus|"
    r"ir al contenido(?: principal)?|vai al contenuto(?: principale)?|ir para o conteúdo|"
    r"zum inhalt springen|view comments|show comments|add a comment|post a comment|"
    r"kommentar schreiben|laisser un commentaire|dej[aá] (?:un|tu|su) comentario|deixe (?:seu|o seu|um|o teu) comentário|geef een reactie|"
    r"laat een reactie achter|"
    r"back|zurück|zurück nach oben|retour|retour en haut|volver|voltar|indietro|torna su|top|"
    r"log ?in|sign in|register(?: now| today| for free)?|sign up(?: here| now| today| for free)?|einloggen|"
    r"(?:jetzt |hier |kostenlos )*(?:anmelden|registrieren|abonnieren)|se connecter|connexion|"
    r"iniciar sesión|accedi|entrar|"
    r"show all|view all|see all|alle (?:news|artikel|beiträge|nachrichten|meldungen) anzeigen|"
    r"voir tout|tout voir|ver todo|ver todas|vedi tutti|ver tudo|"
    # ... with the list's name ("See all Local News", "Alle Videos", "Voir toutes les vidéos")
    r"(?:show|view|see|browse) all (?:[\w&'’-]+ ?){1,5}|alle [\w&-]+(?: (?:anzeigen|ansehen|a-z))?|"
    r"voir (?:tous|toutes) les (?:[\w&'’-]+ ?){1,4}|ver (?:todos|todas) (?:los|las|os|as) (?:[\w&-]+ ?){1,4}|"
    r"vedi (?:tutti|tutte) (?:gli|i|le) (?:[\w&'’-]+ ?){1,4}|bekijk alle (?:[\w&-]+ ?){1,4}|"
    r"dark mode|night mode|nachtmodus(?: ein ?/ ?aus)?|"
    # the text's size ("Grosse Storyschrift ein / aus", "Text size")
    r"(?:gro(?:ss|ß)e |kleine )(?:story)?schrift(?: ein ?/ ?aus)?|schriftgröße(?: ändern)?|"
    r"schrift (?:vergrößern|verkleinern)|"
    r"(?:text|font) size|taille (?:du texte|de police)|tamaño (?:de letra|del texto)|"
    r"dimensione (?:del )?testo|tamanho (?:da letra|do texto)|"
    # a live blog's label and controls
    r"live|en direct|en directo|en vivo|(?:in )?diretta|ao vivo|(?:live|news)-?ticker|"
    r"(?:(?:live|news)-?ticker|seite|page|blog|direct|directo|diretta) (?:aktualisieren|neu laden|"
    r"refresh|actualiser|actualizar|aggiorna|atualizar)|"
    r"(?:refresh|aktualisieren|actualiser|actualizar|aggiorna|atualizar) (?:the |le |el |la |a )?"
    r"(?:live ?blog|live|direct|directo|diretta|ticker)|"
    r"key events|(?:show|jump to) key events(?: only)?|pinned (?:post|update)|"
    # "Recarga la página para ver las últimas actualizaciones", "Refresh the page to see ..."
    r"(?:recarga|actualiza|refresh|reload|rechargez|actualisez|ricarica|aggiorna|atualize|"
    r"recarregue|laden sie|aktualisieren sie) (?:la |the |this |le |a |die )?(?:página|page|pagina|"
    r"seite)(?: neu)?,? (?:para|to|pour|per|um) [^.!?]{1,60}|"
    r"(?:les )?essentiels? du direct|minuto a minuto|"
    r"copy (?:link|url)|url zum kopieren|link kopieren|copier le lien|copiar (?:enlace|link)|"
    r"copia (?:il )?link|link kopi[eë]ren|"
    r"(?:artikel|beitrag) kommentieren|(?:podcast|video|folge|episode|bildergalerie|galerie) "
    r"(?:anhören|ansehen|abspielen|starten)|(?:jetzt )?weiterlesen mit (?:abo|[\w+-]{2,20})|"
    r"continue reading with (?:a )?subscription|word (?:nu )?abonnee|neem een abonnement|"
    r"abonneer (?:nu|je)|nieuwsbrief|ontvang (?:onze|de) nieuwsbrief|download de (?:[\w-]+ )?app|bekijk (?:de|deze) (?:video|foto['’]s)|"
    r"(?:vedi|mostra) (?:i )?commenti|ver (?:los )?comentarios|ver comentários|"
    r"(?:alle )?kommentare (?:anzeigen|ansehen|öffnen|lesen|einblenden)|"
    # German sites' read-aloud, article, podcast, paywall and letters buttons
    r"(?:artikel )?vorlesen(?: lassen)?|weiter zum (?:artikel|beitrag)|"
    r"(?:hören sie )?hier (?:den|unseren) podcast(?: hören)?|hören sie (?:den|unseren) podcast|"
    r"mit [\w+ -]{2,20} weiterlesen|(?:jetzt )?abonnieren und weiterlesen|"
    r"zur newsletter-anmeldung|(?:jetzt )?(?:\d+ (?:wochen|tage|monate?) )?(?:kostenlos|gratis) testen|"
    r"leserbrief schreiben|(?:ihre|deine) meinung ist gefragt|"
    r"escucha(?:r)? (?:la|esta) (?:nota|noticia)|escuchar audio|continúa leyendo|continuar leyendo|"
    r"inicia(?:r)? sesión|menú|buscar|nos offres|mon compte|mi cuenta|mein konto|minha conta|"
    r"my account|rubriques|secciones|rubriken|article content|"
    r"ajouter [\w.'’ -]{1,30} à (?:vos|mes) (?:favoris|sources préférées)(?: google)?|"
    r"condividi (?:l['’]articolo|la notizia|questo articolo)|ouça este conteúdo|"
    r"ouvir (?:matéria|notícia|reportagem|este conteúdo)|veja mais|últimas|"
    r"(?:watch|see|view) (?:the |our )?(?:full |entire )?(?:video|interview|clip|report|segment) "
    r"(?:above|below)|(?:sehen|schauen) sie (?:das|im) (?:ganze |komplette )?(?:video|interview) "
    r"(?:oben|unten)|"
    r"regardez la vidéo ci-(?:dessus|dessous)|mira el (?:vídeo|video) (?:de arriba|a continuación)|"
    r"guarda il video (?:qui )?(?:sopra|sotto)|assista ao vídeo (?:acima|abaixo)|"
    r"get directions|route (?:berechnen|planen)|calculer l['’]itinéraire|cómo llegar|come arrivare|"
    r"como chegar|"
    r"add [\w.'’ -]{1,30} as a preferred source(?: on google)?|"
    r"(?:vous avez aimé cet article|did you (?:like|enjoy) this (?:article|story)|"
    r"¿?te (?:ha gustado|gustó) (?:este artículo|esta noticia|esta nota)|"
    r"(?:wie )?hat ihnen (?:dieser|der) artikel gefallen|ti è piaciuto questo articolo|"
    r"gefällt (?:ihnen|dir|euch) (?:dieser|dieses|diese|der|das|unser|unsere) (?:artikel|beitrag|"
    r"text|magazin|newsletter|podcast|blog)|(?:enjoyed|liked) (?:this|the) (?:article|story|post)|"
    r"gostou (?:deste artigo|desta matéria|desta notícia))\s?\?|"
    r"ahora puedes recibir notificaciones de [\w.'’ -]{1,30}|"
    # the same buttons on French, Spanish, Italian and Portuguese sites
    r"lecture audio|ouvrir le lecteur|(?:vidéo|video|vídeo) (?:suivante|siguiente|successivo|seguinte)|"
    r"(?:siguiente|próximo|prossimo|volgende) (?:vídeo|video)|now playing|"
    r"next video|nächstes video|haut de page|retour en haut de (?:la )?page|volver arriba|"
    r"ir a la portada|voltar ao topo|signaler (?:un )?abus|abbonati|assine|"
    r"profitez de (?:l['’]|cette |notre )offre|découvrir (?:les|nos) offres|see (?:our )?offers|"
    r"angebote entdecken|descubre (?:las |nuestras )?ofertas|scopri (?:le )?offerte|"
    r"conheça (?:as )?(?:nossas )?ofertas|ya soy (?:suscriptor|socio)|já sou assinante|"
    r"je suis déjà abonnée?|ich bin bereits abonnent(?:in)?|sono già abbonat[oa]|"
    r"i(?:['’]m| am) already a subscriber|"
    # a video's or an episode's length ("Dauer 02:14 Min.")
    r"(?:dauer|länge|duration|durée|duración|durata|duração)\s*:?\s*\d{1,2}:\d\d(?::\d\d)?"
    r"(?:\s*min\.?)?|"
    r"commenta (?:la notizia|l['’]articolo)|comenta (?:la noticia|esta noticia)|"
    r"comente (?:esta notícia|a notícia)|commentez (?:cet article|l['’]article)|"
    r"kommentieren sie (?:diesen|den) (?:artikel|beitrag)|"
    r"salvar para ler depois|guardar para leer (?:después|más tarde)|salva per leggere (?:dopo|più tardi)|"
    r"enregistrer pour (?:lire )?plus tard|später lesen|read later|"
    r"link copied!?|send any friend a story|ad feedback|see full web article|facebook comments plugin|"
    r"email this (?:article|story)|corrections policy|a a a|"
    # an app's and a paywall's buttons ("Open in app", "Unlock this article"), a paid post's
    # label, a sign-up box's field
    r"(?:[∙·•]\s*)?(?:paid|premium)|sign up for more like this|caption|"
    # a player's clock, a list's pager ("Current Time 0:00", "1 - 5 of 36")
    r"(?:current time|duration|remaining time)\s+-?\d{1,2}:\d\d|\d+\s*[-–]\s*\d+ (?:of|von|sur|de|di) \d+|"
    r"0?0:00\s*/\s*\d{1,2}:\d\d(?::\d\d)?|"  # at its start, over the length ("00:00 / 03:21")
    # the page's own actions ("Seite drucken", "Diese Seite:")
    r"seite (?:drucken|teilen|empfehlen|merken|versenden)|diese seite:?|share this page|"
    r"(?:imprimer|partager) (?:la|cette) page|(?:imprimir|compartir) (?:esta )?página|"
    r"(?:stampa|condividi) (?:la|questa) pagina|"
    # the way back to the list the article stands in
    r"zu allen (?:beiträgen|artikeln|news|meldungen|nachrichten)|zurück zur (?:übersicht|listenansicht|"
    r"liste|startseite|übersichtsseite|suche)|zurück zum (?:lexikon|glossar|archiv|blog)|back to (?:the )?(?:overview|list)|retour à la liste|volver al listado|"
    r"back to (?:all )?(?:news|stories|articles|blog|home(?:page)?)|retour aux (?:actualités|articles)|"
    r"volver a (?:noticias|la portada)|torna alle notizie|voltar para (?:notícias|a página inicial)|"
    r"torna all['’]elenco|voltar à lista|"
    # how long a broadcaster's video stays online ("Video verfügbar bis 28.02.2025")
    # a paid tier's gift and a reader's list ("Regala este artículo", "Guardar en mis noticias")
    r"regalar?(?: (?:este |el )?artículo)?|(?:gift|give) (?:this )?(?:article|story)|(?:(?:artikel|beitrag) )?"
    r"(?:ver)?schenken|offrir(?: (?:cet |l['’])article)?|regala(?: (?:questo |l['’]) ?articolo)?|"
    r"ofere(?:cer|ça) (?:este )?artigo|presentear(?: (?:este |o )?artigo)?|"
    r"guardar en (?:mis noticias|favoritos|mi lista)|save (?:for later|to (?:my )?list|(?:this )?article)|"
    r"(?:zur|auf die) merkliste|merkliste|"
    # a share button's confirmation ("Link kopiert", "Lien copié")
    r"link (?:kopiert|copied|copiato|copiado)|lien copié|enlace copiado|"
    r"ajouter à (?:mes|vos) (?:favoris|sélections|articles)|"
    r"salva (?:per dopo|nei preferiti)|guardar (?:para depois|nos favoritos)|"
    r"(?:(?:la|the|die|le|el|il|a|o|de) newsletter (?:de |del |di |da |do |der |des |zu )?|newsletter "
    r"(?:de|del|di|da|do|der|des|zu) )[«\"“„]?[\w'’ ]{2,30}[»\"”“]?|"
    r"(?:video|audio|sendung|beitrag|vidéo|vídeo) (?:verfügbar|abrufbar|disponible|disponibile|"
    r"disponível|available) (?:bis|jusqu['’]au|hasta el|fino al|até|until) [\w .,:/-]{4,30}|"
    # a newsletter's links ("View this email in your browser", "Forward this email to a friend")
    r"forward this (?:e-?mail|newsletter)(?: to a friend)?|(?:diese )?e-?mail weiterleiten|"
    r"transférer (?:cet e-?mail|cette newsletter)|reenviar (?:este correo|esta newsletter)|"
    r"inoltra (?:questa e-?mail|questa newsletter)|encaminhe (?:este e-?mail|esta newsletter)|"
    # the way to the broadcast a transcript or report comes from
    r"(?:listen|watch) to the full (?:interview|episode|programme|program|show|conversation)"
    r"(?: (?:on|in) (?:our|the) (?:app|website|site|podcast))?|enter your e-?mail(?: address)?|"
    r"e-mail-adresse eingeben|(?:saisissez|entrez) votre (?:adresse )?e-?mail|"
    # a sign-up form's field alone ("Votre adresse e-mail", "Ihre E-Mail-Adresse")
    r"(?:votre|your|ihre|deine|tu|su|il tuo|la tua|o seu|seu|je|uw) (?:adresse |indirizzo )?"
    r"(?:e-?mail(?:-adresse| address)?|correo(?: electrónico)?|e-?mailadres)|"
    r"introduce tu (?:correo|e-?mail)|inserisci (?:la tua|il tuo indirizzo) e-?mail|digite seu e-?mail|"
    r"open in (?:the )?app|(?:get|enjoy) unlimited (?:digital )?access(?: for [^.!?]{1,20})?|"
    r"unlock (?:this|the) (?:article|story)|"
    r"to (?:continue|keep) reading,? (?:please )?(?:log in|sign in|subscribe|register)|"
    r"(?:artikel|beitrag) freischalten|débloquer (?:cet|l['’]) ?article|"
    # an image's controls ("Enlarge this image", "toggle caption")
    r"enlarge (?:this )?image|(?:click|tap) to (?:enlarge|expand)|toggle caption|(?:show|hide) caption|"
    r"expand(?: (?:this )?(?:image|photo|gallery))?|collapse|view (?:full[- ]size )?(?:image|gallery)|menu|search|"
    r"report (?:an|this) ad|"
    r"suche|recherche|buscar|búsqueda|cerca|pesquisar|pesquisa|zoeken|"
    # an obituary's guest book ("Share your condolences", "Send flowers")
    r"share (?:your )?(?:condolences|memories|a memory)|(?:sign|view) (?:the )?guest ?book|send flowers|"
    # a gallery's or a programme's link ("Bilder", "Tous les mardis à 12h")
    r"bilder|fotos|photos|videos|vídeos|vidéos|"
    r"(?:tous les|chaque|every|jeden|todos los|ogni) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)s? (?:à|at|um|a las|alle) "
    r"\d{1,2}(?:[h:.]\d\d)?\s*(?:h|uhr|am|pm)?|"
    r"(?:offer|leave|express) (?:your )?condolences|light a candle|kerze anzünden|kondolieren|"
    r"(?:ins )?kondolenzbuch(?: eintragen| schreiben)?|laisser (?:un message de )?condoléances|"
    r"envoyer des fleurs|(?:dejar|enviar) (?:un mensaje de )?condolencias|enviar flores|"
    r"lascia(?:re)? (?:un messaggio di )?(?:condoglianze|cordoglio)|invia(?:re)? fiori|"
    r"deixar (?:uma mensagem de )?condolências|condoleance (?:schrijven|plaatsen)|"
    r"bloemen (?:sturen|versturen)|"
    # a weather page's links ("Live radar", "Hourly forecast"), a donation box's buttons
    r"live radar|hourly forecast|\d{1,2}[- ]day forecast|regenradar|wetterradar|buienradar|weerradar|"
    r"previsão do tempo|weersverwachting|doneer(?: nu)?|"
    r"stündliche vorhersage|prévisions heure par heure|previsión por horas|previsioni orarie|"
    r"contribute|remind me (?:later|next month|in [a-z]+)|jetzt unterstützen|später erinnern|"
    r"enable ads on [\w.]+|chat with us (?:on|in|via) (?:facebook )?(?:messenger|whatsapp)\b[^?]{0,80}|"
    r"je (?:soutiens|fais un don)|me le rappeler plus tard|quiero (?:apoyar|colaborar)|"
    r"recuérdamelo (?:más tarde|luego)|recordármelo más tarde|sostieni(?: ora)?|ricordamelo più tardi|"
    r"quero apoiar|lembrar(?:-me)? mais tarde|"
    # a list's "show all" link, the way home
    r"alle anzeigen|show all|view all|voir tout|ver todo|vedi tutti|ver tudo|"
    r"startseite|home|homepage|accueil|inicio|portada|"
    # the way to the author's page or address
    r"author(?:['’]s)? profile|autorenprofil|profil de l['’](?:auteur|autrice)|perfil del? autora?|"
    r"(?:kontakt zu(?:r autorin|m autor)|contact the author|contacter l['’](?:auteur|autrice))|"
    r"mehr von [\w.'’ -]{2,40}|"
    # a call to the site's push notifications, a player's button
    r"(?:aktivieren sie )?(?:die |unsere )?(?:push-?)?benachrichtigungen(?: aktivieren)?|"
    r"(?:turn on|enable|allow) (?:push )?notifications(?: (?:to|for) [^.!?]{1,50})?|activer les notifications|"
    r"activa(?:r)? las notificaciones|attiva(?:re)? le notifiche|ativ(?:e|ar) as notificações|"
    r"jetzt (?:ansehen|anschauen|anhören)|watch now|listen now|regarder (?:la vidéo|maintenant)|"
    r"ver ahora|guarda ora|assista agora|"
    # a player's autoplay switch
    r"autoplay|auto-play|lecture automatique|reproducción automática|riproduzione automatica|"
    r"reprodução automática|automatisch abspielen|"
    # an embed's buttons ("Watch on YouTube", "Tweet laden", "Click to load")
    r"(?:watch|view) on youtube|auf youtube (?:ansehen|anschauen)|regarder sur youtube|"
    r"ver en youtube|guarda su youtube|assista no youtube|(?:load|show) (?:the )?(?:tweet|post|embed)|"
    r"(?:tweet|post|inhalt|video) laden|click to load(?: (?:the )?(?:content|video|tweet))?|"
    r"(?:klicken,? um|cliquez pour|haz clic para|clicca per) (?:den inhalt zu laden|charger|cargar|caricare)|"
    r"folgen|"
    r"swipe for more|agrandir (?:l['’])?image|ampliar(?: (?:la )?(?:imagen|foto))?|ingrandisci(?: (?:l['’])?immagine| la foto)?|"
    # the way to the thread ("Diskutieren Sie mit", "Ir a los comentarios")
    r"diskutieren sie mit|zu den kommentaren|zum kommentarbereich|(?:jump|skip|go) to (?:the )?comments|"
    r"aller aux commentaires|ir a los comentarios|"
    r"vai ai commenti|ir para os comentários|mehr lesen über|"
    r"close|schließen|fermer|cerrar|chiudi|fechar|bild schließen|"
    r"(?:télécharger|download|herunterladen)(?: (?:au format|as|als))? (?:pdf|epub)|"
    r"rate this (?:article|story|post)|(?:diesen )?artikel bewerten|"
    r"bewerten sie (?:diesen|dieses|diese) (?:artikel|beitrag|produkt|seite)|"
    r"(?:notez|noter|évaluez|évaluer) cet article|valora esta (?:noticia|nota)|"
    r"v(?:ot|alut)a questo articolo|"
    # a rating's score and votes ("4.5/5 (120 votes)")
    r"\d(?:[.,]\d)?\s*/\s*(?:5|10)(?:\s*\(\d[\d.,]*\s*(?:votes?|stimmen|bewertungen|votos|voti|avis)\))?|"
    # a player's and a gallery's buttons ("Lire la vidéo", "Galerie öffnen")
    r"(?:lire|regarder) la vidéo|reproducir (?:el )?v[ií]deo|riproduci (?:il )?video|"
    r"reproduzir (?:o )?vídeo|video afspelen|play (?:the )?video|"
    r"read aloud|(?:artikel |text )?vorlesen(?: lassen)?|lire à voix haute|leer en voz alta|"
    r"leggi ad alta voce|ler em voz alta|voorlezen|"
    r"avalie (?:esta notícia|este artigo)|"
    r"write a comment|schreibe(?:n sie)? einen kommentar|écrire un commentaire|"
    r"escribe un comentario|lascia un commento|deixe (?:um|seu) comentário|"
    # a blog's reply form, its heading and its button ("Deja una respuesta", "Post Comment")
    r"deja (?:una respuesta|un comentario)|laisser une réponse|lascia una risposta|"
    r"deixe uma resposta|hinterlasse (?:eine antwort|einen kommentar)|laat een reactie achter|"
    r"(?:post|submit) (?:a )?comment|kommentar (?:abschicken|absenden)|publier (?:le |un )?commentaire|"
    r"publicar (?:el |o )?(?:comentario|comentário)|invia (?:il )?commento|"
    r"reply|replydelete|delete|older posts?|newer posts?|"
    r"cancel reply|antwort abbrechen|annuler (?:la )?réponse|cancelar (?:respuesta|resposta)|"
    r"annulla (?:la )?risposta|reactie annuleren|"
    # how a comment thread is sorted and rated
    r"newest(?: first)?|oldest(?: first)?|(?:best|worst|highest|lowest) rated|most recent|"
    r"top(?: rated)? comments|sort by:?(?: \w+)?|click to rate|neueste zuerst|älteste zuerst|flattr this:?|"
    r"plus récents|plus anciens|más recientes|más antiguos|più recenti|mais recentes|"
    rf"{_NEIGHBOUR}|back to gallery|learn more|"
    r"trending|video|sharing is caring|"
    # a platform's counters ("14 Likes", "3 Restacks", "1.2K views")
    r"\d+(?:[.,]\d+)?[km]?\s*(?:shares?|likes?|restacks?|reposts?|retweets?|claps?|reactions?|views?)|"
    r"rating:\s*\d+\s*votes?|"
    # a thread's counter ("Comentarios (12)", "4 Kommentare")
    rf"(?:{_COMMENT_WORDS}|reactions?)\s*\(\d+\)|\d+\s*{_COMMENT_WORDS}|"
    r"(?:updated\s+)?\d+\s*(?:m|min|mins|h|hrs?|hours?|d|days?)\s+ago|"
    # read aloud, react ("Listen to this article", "Réagir à cet article")
    r"(?:listen to (?:this )?(?:article|story)|(?:artikel|beitrag) (?:anhören|vorlesen)(?: lassen)?|"
    r"(?:écouter|écoutez) (?:cet )?article|escuchar (?:esta )?(?:noticia|artículo)|"
    r"ascolta (?:l[’']|questo )?articolo|ouvir (?:esta )?(?:notícia|artigo)|luister naar (?:dit|het) artikel)"
    r"(?: ora| now| ahora| agora| jetzt| maintenant)?(?:\s*[•·|,-]?\s*\d+(?::\d\d)?\s*min\w*\.?)?|"
    r"(?:listen|anhören|écouter|escuchar|ascolta|ouvir)\s*\(\d+(?::\d\d)?\s*min\w*\.?\)|"
    r"(?:réagir|réagissez)(?: à cet article)?|comment on this (?:article|story)|comentar esta noticia|"
    # reading times ("5 min read", "Lesezeit: 4 Min.", "weiterlesen 5 Minuten")
    rf"{_READING_TIME}|weiterlesen\s+\d+\s+minuten?|"
    # the way to the full story, back to a list, the next or previous article
    r"continue reading(?: the (?:main )?(?:story|article|post))?(?: on [\w-]+(?:\.[\w-]+)*)?|"
    r"(?:to )?read the full (?:story|article)(?: (?:on|at) (?:our (?:web ?site|site|app)|"
    r"[\w-]+(?:\.[\w-]+)+))?|(?:den )?(?:ganzen|vollständigen) artikel lesen|"
    r"lire l['’]article (?:complet|en entier)|(?:leer|lee|lea) (?:la nota|el artículo|la noticia) "
    r"complet[ao]|guarda(?:r)? (?:esta|la) (?:nota|noticia)|"
    r"leggi l['’]articolo completo|leia (?:a matéria|o artigo) complet[ao]|lees het (?:volledige|hele) artikel|"
    # a call to stay informed, alone ("Resta aggiornato", "Bleiben Sie informiert")
    r"resta aggiornato|rimani aggiornato|stay (?:up to date|updated|informed)|"
    r"bleiben sie (?:auf dem laufenden|informiert)|restez informée?s?|mantente informado|"
    r"fique (?:por dentro|atualizado)|blijf op de hoogte|"
    r"zurück zur (?:übersicht|liste|vorherigen seite)|"
    r"back to (?:overview|home(?:page)?|(?:the )?list)|retour (?:à l['’]accueil|à la liste)|"
    r"volver (?:al inicio|a la portada)|torna alla home|voltar (?:ao início|para o início)|"
    r"(?:vorheriger|nächster) (?:artikel|beitrag)|article (?:précédent|suivant)|"
    r"(?:artículo|nota) (?:anterior|siguiente)|articolo (?:precedente|successivo)|"
    r"(?:artigo|post) (?:anterior|seguinte)|próximo artigo|"
    # writing a comment, saving the page (a bare heading such as "Gallery" or "Support us"
    # may head a part of the article, so none is here)
    r"kommentar (?:verfassen|hinzufügen)|schreib einen kommentar|"
    r"hinterlasse (?:jetzt )?(?:einen kommentar|eine antwort)|commentez cet article|"
    r"comentar (?:este artículo|esta noticia|esta nota)|commenta l['’]articolo|"
    r"deixe um comentário|(?:diesen )?artikel merken|save for later|save|speichern|merken|enregistrer|guardar|"
    r"salva|salvar|reuse this content|get in touch|live updates|live blog|liveblog|live-ticker|"
    r"print (?:this )?(?:recipe|article|story|page)|imprimer (?:la recette|l['’]article|cet article)|"
    r"(?:artikel|rezept) drucken|imprimir (?:(?:la )?receta|el artículo|o artigo|(?:a )?receita)|"
    r"stampa (?:(?:la )?ricetta|l['’]articolo)|imprimer (?:la )?recette|"
    # a recipe card's buttons ("Jump to Recipe", "Zum Rezept springen", "Naar het recept")
    r"(?:jump|skip) to (?:the )?recipe|(?:pin|rate|save) (?:this )?recipe|zum rezept(?: springen)?|"
    r"rezept (?:bewerten|speichern)|aller à la recette|ir a la receta|vai alla ricetta|"
    r"ir para a receita|naar het recept|recept (?:afdrukken|printen|bewaren)|"
    r"did you (?:make|try) this recipe\?(?:\s+(?:tag us|let us know|leave a (?:comment|review|"
    r"rating)|rate it|share a (?:photo|picture))\b[^.!?]{0,60}[.!]?)?|"
    r"lees verder|alle cookies (?:accepteren|toestaan|akzeptieren|zulassen)|"
    # a related post's category under its headline, as blog engines print it ('In "News"')
    r"(?:in|dans|en|em)\s*[\"“„«]\s*[^\"“”„«»]{1,40}?\s*[\"”“»]|"
    # an obituary's guest book
    r"sign (?:the|our) guest ?book|send flowers|share a (?:memory|condolence)|"
    r"(?:leave|offer|send) (?:a |your )?condolences?|kondolenz(?:buch)? (?:eintragen|schreiben)|"
    r"(?:eine )?kerze anzünden|(?:laisser|déposer) (?:un message de |vos )?condoléances|"
    r"(?:deja|dejar|envía|enviar) (?:tus |sus |un mensaje de )?condolencias|enviar flores|"
    r"(?:lascia|lasciare) (?:un messaggio di )?(?:cordoglio|condoglianze)|inviare fiori|"
    r"(?:deixe|deixar|envie) (?:suas |uma mensagem de )?condolências|"
    r"rate this recipe|(?:notez|évaluez) cette recette|"
    r"rezept bewerten|valora esta receta|vota questa ricetta|avalie esta receita|ajouter à (?:vos|mes) sélections|"
    r"lire plus tard|leer (?:más )?(?:tarde|después)|"
    r"leggi (?:più tardi|dopo)|ler (?:mais tarde|depois)|réutiliser ce contenu|contribuer|"
    r"zur merkliste hinzufügen|add to (?:my )?(?:list|saved)|"
    r"(?:read|view|show|see) (?:all )?(?:\d+ )?comments|leggi i commenti|lire les commentaires|"
    r"leer (?:los )?comentarios|ler (?:os )?comentários|kommentare (?:lesen|anzeigen)|"
    r"reacties (?:lezen|bekijken)|(?:lecture|lectura|lettura|leitura)\s*:?\s*\d+\s*min\w*\.?|"
    r"loading comments|(?:afficher|voir) les commentaires|(?:ver|mostrar) (?:los )?comentarios|"
    r"(?:ver|mostrar) (?:os )?comentários|jetzt kommentieren|kommentare laden|"
    # a gallery's counter, the text size, saving the article ("Image 1 of 12", "Schriftgröße")
    r"(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem)\s+\d+\s+(?:of|von|sur|de|di|/)\s+\d+|"
    r"text size|font size|schriftgröße|taille du texte|tamaño (?:del )?(?:texto|letra)|"
    r"dimensione (?:del )?testo|tamanho (?:do )?texto|"
    r"save (?:this )?(?:article|story)|sauvegarder(?: l['’]article)?|bookmark|"
    r"add to (?:my )?favou?rites|ajouter (?:à mes|aux) favoris|(?:zu den )?favoriten hinzufügen|"
    r"añadir a (?:mis )?favoritos|aggiungi ai preferiti|adicionar aos favoritos|"
    # a recipe's buttons ("Rate this recipe", "Ajouter à mon carnet")
    r"(?:rate|save|print) (?:this )?recipe|noter (?:cette|la) recette|imprimer (?:cette|la) recette|"
    r"rezept (?:bewerten|speichern|drucken)|(?:valorar|guardar|imprimir) (?:esta |la )?receta|"
    r"(?:vota|salva|stampa) (?:questa |la )?ricetta|(?:avaliar|salvar|imprimir) (?:esta |a )?receita|"
    r"add to (?:my )?(?:cookbook|recipe box|shopping list)|ajouter à (?:mon|mes) carnets?(?: de recettes)?|"
    r"ins kochbuch|auf die einkaufsliste|"
    # an e-mailed newsletter's frame
    r"view (?:this (?:e-?mail|newsletter) )?(?:in (?:your |a )?browser|online)|forward to a friend|"
    r"unsubscribe|update (?:your )?(?:e-?mail )?preferences|manage (?:your )?(?:subscriptions?|preferences)|"
    r"im browser (?:ansehen|öffnen|anzeigen)|newsletter abbestellen|abmelden|"
    r"voir (?:la version )?en ligne|se désinscrire|se désabonner|ver en (?:el )?navegador|darse de baja|"
    r"visualizza nel browser|annulla (?:l['’])?iscrizione|ver no navegador|cancelar (?:a )?inscrição|"
    r"(?:artikel|beitrag) speichern|guardar (?:artículo|noticia)|salva (?:l['’])?articolo|"
    r"salvar (?:artigo|matéria|notícia)|give a gift(?: subscription)?|"
    # the author's and the thread's buttons ("Email the author", "Show 12 more replies")
    r"(?:e-?mail|contact|message) (?:the )?(?:author|reporter|writer)|send (?:us )?a correction|"
    r"(?:show|hide|view|load|see) (?:all )?(?:\d+ )?(?:more )?(?:comments|replies)|"
    # a recommendation widget's credit, a gallery's count ("Photo gallery (12 photos)")
    r"(?:recommended|promoted|sponsored|powered) by (?:outbrain|taboola|revcontent|mgid|plista|ligatus)|"
    r"(?:photo |bilder|foto)?gal(?:lery|erie|ería|leria)\s*\(\d+\s*(?:photos|images|pictures|bilder|"
    r"fotos|foto|imágenes|immagini)\)|"
    # the story in another language, an error to report
    r"read (?:this (?:story|article) )?in (?:english|spanish|french|german|italian|portuguese)|"
    r"lire (?:cet article|la version) en (?:anglais|espagnol|allemand|italien|portugais)|"
    r"lee (?:esta (?:historia|noticia)|este artículo) en (?:inglés|francés|alemán|portugués)|"
    r"report an? (?:error|typo|correction)(?: or (?:an? )?(?:typo|error|correction))?|"
    # a site's own calls: newsletters, video ("We have more newsletters", "Watch live")
    r"we have more newsletters|(?:see|browse) (?:all )?(?:our )?newsletters|"
    r"invalid e-?mail(?: address)?|please enter a valid e-?mail(?: address)?|"
    r"ungültige e-mail-adresse|adresse e-mail invalide|correo (?:electrónico )?no válido|"
    r"(?:indirizzo )?e-?mail non valid[oa]|(?:endereço de )?e-?mail inválido|"
    r"bitte (?:geben sie|gib) (?:eine )?gültige e-mail-adresse ein|"
    r"this field is required|dieses feld ist (?:ein )?pflicht(?:feld)?|ce champ est obligatoire|"
    r"este campo es obligatorio|questo campo è obbligatorio|este campo é obrigatório|"
    r"watch (?:live|more|now|again)|fehler (?:gefunden|melden)\??(?: jetzt melden)?|"
    r"signaler une erreur|notificar un error|comunicar (?:un )?error|segnala(?:re)? un errore|"
    r"(?:reportar|comunicar) (?:um |un )?error?|"
    # asked ("Spotted an error? Let us know", "Vous avez repéré une erreur ? Signalez-la")
    r"(?:(?:have you |you )?(?:spotted|found|seen|noticed) an? (?:error|mistake|typo)"
    r"(?: in (?:this|the) (?:article|story))?|"
    r"(?:vous avez|tu as) (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute)|"
    r"(?:hast du|haben sie) (?:einen )?fehler (?:gefunden|entdeckt)|"
    r"¿?(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error|"
    r"hai (?:trovato|notato|visto) un errore|(?:você )?(?:encontrou|viu) (?:um|algum) erro)"
    r"\s?\?(?: (?:then |dann |alors )?(?:let us know|tell us|report it|contact us|signalez-la|"
    r"signalez-le(?:-nous)?|dites-le-nous|merci de nous l[ae] signaler|écrivez-nous|melden sie ihn|"
    r"jetzt melden|schreiben sie uns|schreib uns|avísanos|escríbenos|segnalacelo|scrivici|avise-nos|"
    r"contact the newsroom|email us|write to us)[.!]?)?|"
    # a login prompt and a cookie banner's buttons
    r"already (?:a )?(?:subscriber|member|registered)\?(?: (?:log|sign) in)?|"
    r"(?:sie sind |du bist )?bereits (?:abonnent(?:in)?|registriert)\?(?: (?:hier |jetzt )?"
    r"(?:anmelden|einloggen))?|"
    r"déjà abonnée?\s?\?(?: (?:connectez-vous|se connecter|identifiez-vous))?|"
    r"¿?ya eres (?:suscriptor|socio|usuario)\?(?: inicia sesión| entra)?|"
    # a call for the reader's view or for the site's alerts ("Votre avis nous intéresse",
    # "Recibe nuestras alertas")
    r"votre avis nous intéresse|donnez(?:-nous)? votre avis|(?:danos|dinos|déjanos) tu opinión|"
    r"la tua opinione (?:conta|ci interessa)|dê (?:a )?sua opinião|ihre meinung (?:ist uns wichtig|"
    r"interessiert uns)|your (?:opinion|feedback) matters|"
    r"(?:recevez|activez) nos alertes|recibe nuestras alertas|ricevi (?:le nostre )?(?:notifiche|allerte)|"
    r"receba (?:nossos|nossas|os nossos) alertas|get (?:our )?(?:news |breaking news )?alerts|"
    r"(?:erhalten sie|aktivieren sie) (?:unsere )?(?:eilmeldungen|push-mitteilungen)|"
    r"(?:sei )?già abbonat[oa]\?(?: accedi)?|(?:você )?já é assinante\?(?: entre| faça login)?|"
    r"al abonnee\?(?: log in| inloggen)?|"
    # a paid tier's offer ("Abo abschließen", "Jetzt 4 Wochen gratis testen", "Essai gratuit")
    r"(?:jetzt )?abo(?:nnement)? abschließen|(?:jetzt )?(?:\d+|einen|zwei|drei|vier) (?:wochen|monate?|"
    r"tage) (?:gratis|kostenlos|für \d+ ?(?:€|euro)) (?:testen|lesen)|"
    r"(?:commencer (?:l['’]|votre ))?essai gratuit(?: (?:pendant|de) \d+ (?:jours|mois))?|"
    r"(?:start (?:your |a )?)?free trial|try (?:it )?(?:free|for free)(?: for \d+ (?:days|weeks))?|"
    r"(?:prueba|prova|teste|experimente) gr[aá]t(?:is|uita|uitamente)(?: (?:durante|per|por) \d+ "
    r"(?:días|giorni|dias))?|"
    r"accept (?:all )?cookies|accept all|reject all|alle akzeptieren|alle ablehnen|"
    r"tout accepter|tout refuser|aceptar(?: todas)?(?: las cookies)?|rechazar todas|"
    r"accetta tutti|rifiuta tutti|aceitar todos|rejeitar todos|manage (?:cookies|preferences)|"
    r"accept|reject|akzeptieren|ablehnen|accepter|refuser|paramétrer|rechazar|configurar|"
    r"accepter et fermer|continuer sans accepter|accept and close|continue without accepting|"
    r"akzeptieren und schließen|ohne (?:zu )?akzeptieren (?:fortfahren|weiter)|aceptar y cerrar|"
    r"continuar sin aceptar|accetta e chiudi|continua senza accettare|aceitar e fechar|"
    r"continuar sem aceitar|"
    # only the cookies a site needs, and the settings' buttons and headings
    r"(?:nur )?(?:essenzielle|notwendige|erforderliche) cookies (?:akzeptieren|zulassen|erlauben)|"
    r"accept (?:only )?(?:necessary|essential|required) cookies|"
    r"n['’]accepter que les cookies (?:nécessaires|essentiels)|"
    r"aceptar (?:solo|sólo) (?:las )?cookies (?:necesarias|esenciales)|"
    r"accetta solo (?:i )?cookie (?:necessari|tecnici)|aceitar apenas (?:os )?cookies necessários|"
    r"(?:individuelle )?(?:datenschutz|cookie|privatsphäre)-?einstellungen(?: (?:anpassen|verwalten|"
    r"ändern))?|(?:privacy|cookie) (?:settings|preferences)|"
    r"paramètres (?:de confidentialité|des cookies)|configuración de (?:privacidad|cookies)|"
    r"impostazioni (?:della )?privacy|configurações de (?:privacidade|cookies)|"
    r"signaler (?:un )?(?:contenu|commentaire) (?:abusif|inapproprié)|report (?:abuse|this comment)|"
    r"(?:kommentar|beitrag|inhalt) melden|denunciar (?:comentario|abuso)|segnala (?:abuso|commento)|"
    r"reportar abuso|"
    r"(?:écouter|listen to|escuchar|ascolta|ouvir|anhören|hören sie) (?:le|the|el|il|o|den|diesen) podcast|"
    r"voir l['’]exemple|see (?:an )?example|beispiel ansehen|ver (?:un )?ejemplo|vedi (?:un )?esempio|"
    r"ver (?:um )?exemplo|(?:la|the|die|le|el|il|a|o|de) newsletter [«\"“„]?[\w'’ ]{2,30}[»\"”“]?|"
    r"accetta|rifiuta|aceitar|rejeitar|personnaliser|personalizar|personalizza|"
    r"seguir leyendo|seguí leyendo|continuar leyendo|continua a leggere|continuar lendo|sigue leyendo|continue lendo|"
    r"bild(?:beschreibung|unterschrift|text)? (?:einblenden|ausblenden|anzeigen)|feedback|"
    # a sign-up box's button, and the rules of the comment section
    r"je m['’](?:inscris|abonne)|s['’]inscrire|apúntate|sign me up|jetzt registrieren|"
    r"normas de participación|community (?:guidelines|standards)|house rules|netiquette|"
    r"règles de (?:modération|participation)|regole (?:della community|di partecipazione)|"
    r"regras de (?:participação|utilização)|"
    r"sie haben bereits ein (?:[\w-]+-)?abo(?:nnement)?\?(?: (?:hier|jetzt) (?:anmelden|einloggen))?|"
    r"(?:already have an account|sie haben bereits ein (?:konto|benutzerkonto)|"
    r"(?:vous )?avez-vous déjà un compte|vous avez déjà un compte|¿ya tienes (?:una )?cuenta|"
    r"hai già un account|já tem (?:uma )?conta)\s?\??(?: (?:log in|sign in|anmelden|einloggen|"
    r"connectez-vous|se connecter|inicia sesión|accedi|entre|faça login))?|"
    # a gallery, an embed code, a player, the news feed, a sponsor's label
    r"(?:bilder)?galerie (?:öffnen|anzeigen|ansehen)|(?:open|view) (?:the )?gallery|"
    r"(?:ouvrir|voir) la galerie|ver (?:la )?galería|apri (?:la )?(?:gallery|galleria)|"
    r"abrir (?:a )?galeria|(?:get|copy) (?:the )?embed code|ottieni il codice embed|"
    r"(?:copier le )?code d['’]intégration|(?:obtener|copiar) (?:el )?código (?:para insertar|embed)|"
    r"listen|anhören|écouter|écoutez|escuchar|ascolta|ouvir|ouça|"
    r"comentar|kommentieren|commenter|commenta|suggerisci|"
    r"saber más|mehr erfahren|erfahre mehr|erfahren sie mehr|scopri di più|"
    r"voir (?:le fil d['’]actualités?|toute l['’]actualité)|ver todas las noticias|"
    r"(?:after|skip past) newsletter promotion|"
    r"supported by|sponsored by|presented by|präsentiert von|unterstützt von|gesponsert|"
    # a label whose sponsor was a logo ("Match report powered by", "Wetter präsentiert von")
    r"(?:[\w'’-]+ ){1,4}(?:powered|sponsored|presented|supported|brought to you) by|"
    r"(?:[\w'’-]+ ){1,4}(?:präsentiert|unterstützt|gesponsert) von|"
    r"mit (?:freundlicher )?unterstützung (?:von|der|des) [\w.&'’-]+(?: [\w.&'’-]+){0,3}|"
    r"gesponserter (?:beitrag|inhalt)|"
    # the sponsor named ("Presented by Acme Bank"); a science site's "Provided by" names the
    # institute whose release it is, which both benchmarks' golds keep
    r"(?:sponsored|presented|supported|brought to you) by [\w .&'’-]{1,40}|"
    # paid content's partner over its headline ("In partnership with Example Bank")
    r"(?:in (?:partnership|association) with|in zusammenarbeit mit|en (?:partenariat|collaboration) "
    r"avec|en colaboración con|in collaborazione con|em parceria com) [\w .&'’-]{1,40}|"
    r"scroll (?:down )?to continue(?: with content| reading)?|"
    # the page's players, galleries, alerts and apps
    r"tap to unmute|unmute|audio version|"
    r"(?:listen to|ascolta|écouter|escuchar|ouvir) (?:the |la |a )?(?:audio version|versione audio|"
    r"version audio|versión (?:en )?audio|versão (?:em )?áudio)(?: (?:of the article|dell['’]articolo|"
    r"de l['’]article|del artículo|do artigo))?|"
    r"loading|caricamento(?: in corso)?|chargement(?: en cours)?|cargando|carregando|wird geladen|"
    r"fotogallery|photogallery|fotogalerie|galería de fotos|galeria de fotos|"
    r"hören sie diesen artikel|artikel (?:anhören|vorlesen(?: lassen)?)|"
    r"écouter (?:l['’]article|cet article)|escuchar (?:el )?(?:artículo|noticia)|"
    r"ascolta (?:l['’]articolo|la notizia)|ouvir (?:o |este )?artigo|ouça (?:esta notícia|este artigo)|"
    r"(?:this )?video (?:can ?not|cannot|could not) be (?:played|loaded)|video unavailable|"
    r"mit freunden teilen|share with (?:your )?friends|partager avec (?:vos|tes) amis|"
    r"compart(?:ir|e) con (?:tus )?amigos|condividi con (?:i tuoi )?amici|compartilhe com (?:seus )?amigos|"
    r"play (?:video|audio)|watch (?:now|the video|video)|(?:video|audio) abspielen|voir la vidéo|ver (?:el )?vídeo|"
    r"guarda il video|ass(?:ista|istir) (?:ao )?vídeo|"
    r"(?:click to )?(?:open|view|see) (?:the )?(?:gallery|photos|slideshow)|photo gallery(?::\s*\d+ (?:images|photos))?|"
    r"(?:zur )?bildergalerie(?: ansehen)?|voir (?:la galerie|les photos|le diaporama)|ver (?:galería|galeria|fotos)|"
    r"veja as fotos|(?:guarda|sfoglia) la (?:gallery|galleria)|"
    r"(?:enable|turn on|allow|get) (?:push )?(?:notifications|alerts)|"
    r"follow (?:this )?(?:topic|author|story)|benachrichtigungen (?:aktivieren|einschalten)|"
    r"(?:thema|autor|autorin) folgen|activer les notifications|suivre (?:ce sujet|cet auteur|ce thème)|"
    r"activar (?:las )?notificaciones|seguir (?:este tema|a este autor|al autor)|"
    r"attiva (?:le )?notifiche|segui (?:questo argomento|l['’]autore)|ativar (?:as )?notificações|"
    r"seguir (?:o autor|este assunto)|"
    r"(?:download|get|install) (?:the|our) (?:[\w-]+ )?app(?: (?:to|for) [^.!?]{3,60})?|(?:jetzt )?(?:unsere |die )?"
    r"(?:[\w-]+-)?app (?:herunterladen|installieren)|"
    r"(?:laden sie|lade dir|holen sie sich|hol dir) (?:jetzt )?(?:unsere|die) (?:[\w-]+ )?app\b[^.!?]{0,30}|"
    r"téléchargez (?:notre|l['’]) ?(?:application|appli|app)\b[^.!?]{0,30}|"
    r"scarica (?:la nostra |l['’])(?:app|applicazione)\b[^.!?]{0,30}|"
    r"baix[ea] (?:o nosso |a nossa |o |a )?(?:aplicativo|app|aplicação)\b[^.!?]{0,30}|"
    # the article read aloud ("This story is available in audio.")
    r"(?:this (?:story|article) is (?:also )?available (?:in|as) audio|(?:dieser|der) (?:artikel|beitrag) "
    r"ist (?:auch )?als audio verfügbar|cet article est (?:aussi |également )?disponible en "
    r"(?:version )?audio|este artículo (?:también )?está disponible en (?:versión )?audio|"
    r"questo articolo è (?:anche )?disponibile in (?:versione )?audio|este artigo (?:também )?está "
    r"disponível em (?:versão )?áudio)[.!]?|"
    # a podcast's platforms ("Listen on Apple Podcasts | Spotify | RSS")
    r"(?:listen|subscribe|follow|hören|abonnieren|écouter|écoutez|s['’]abonner|escuchar|escucha|"
    r"suscríbete|ascolta|ouça|ouvir|luister(?: naar)?)(?: sie)?(?: (?:to )?(?:the |this |our |den |"
    r"unseren |le |notre |el |nuestro |il |il nostro |o |o nosso |onze |de )?(?:podcast|pódcast|"
    r"episode|show|folge|épisode|episodio|episódio)(?:\s*[«\"“„][^»\"”“]{1,40}[»\"”“])?)? "
    r"(?:(?:on|via|in|auf|bei|sur|en|su|no|na|op)\s+(?:apple podcasts|spotify|"
    r"google podcasts|amazon music|deezer|youtube|pocket casts|overcast|audible|itunes|castbox)\b.{0,80}|"
    # or wherever there are podcasts ("... überall, wo es Podcasts gibt")
    r"(?:überall,? wo es podcasts gibt|wherever you get your podcasts|partout où vous écoutez vos "
    r"podcasts|sur toutes les plateformes|on all (?:major )?platforms|auf allen (?:gängigen )?"
    r"plattformen|en todas las plataformas|su tutte le piattaforme|em todas as plataformas|"
    r"op alle platforms)[.!]?)|"
    r"(?:lire|ouvrir|continuer) dans l['’]app(?:lication)?|in der app (?:lesen|öffnen)|in app öffnen|"
    r"(?:leer|abrir|ver) en la app(?:licación)?|(?:abrir|ler) no app|(?:leggi|apri) nell['’]app|"
    r"read in (?:the )?app|"
    r"(?:foto|bilder)strecke(?: ansehen| öffnen)?|(?:feedback|rückmeldung) (?:senden|geben)|"
    r"send (?:us )?(?:your )?feedback|give feedback|découvrir|(?:jetzt )?entdecken(?: sie)?(?: jetzt)?|discover|descubrir|scopri|descubra|"
    r"become a member|(?:jetzt )?mitglied werden|devenir membre|hazte socio|diventa socio|torne-se sócio|word lid|"
    r"newsletter\s*[«\"“„][^»\"”“]{1,40}[»\"”“]|"
    r"télécharger l['’]application|descarga (?:la|nuestra) app|scarica (?:la |l['’])app|"
    r"baixe (?:o|nosso) app(?:licativo)?|"
    r"cookie (?:settings|preferences)|cookie-einstellungen|paramètres des cookies|"
    r"impostazioni (?:dei )?cookie|"
    r"configuración de (?:las )?cookies|"
    # paid content's label ("Sponsored by Example Bank")
    r"sponsored(?: content| post)?(?: by [\w .&'’-]{1,40})?|paid (?:partner |post )?content|"
    r"promoted(?: content| stories)?|partner content|"
    # the author's other pieces
    r"mehr zu[mr] (?:autor|autorin)|alle (?:artikel|beiträge) (?:des autors|der autorin)|"
    r"more (?:from|by) (?:this|the) author|tous les articles de l['’]auteur|"
    # the link to the author's page ("Alle Artikel von Jonas Richter", "All stories by ...")
    rf"{_AUTHOR_PAGE}\s+[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}|"
    r"más (?:artículos )?del autor|altri articoli dell['’]autore|mais (?:artigos )?d[oa] autora?|"
    # how a reader rates the page
    r"(?:wie )?bewerten sie (?:diesen|dieses|diese) (?:artikel|beitrag)|(?:artikel |beitrag |jetzt )?bewerten|"
    # a quiz's button ("Teste dein Wissen!")
    r"(?:teste dein|testen sie ihr) wissen|test your knowledge|testez vos connaissances|"
    r"pon(?:ga)? a prueba tus conocimientos|testa le tue conoscenze|teste (?:seus|os seus) conhecimentos|"
    r"war (?:der artikel|dieser artikel|dieser beitrag|diese seite) (?:hilfreich|nützlich)|"
    r"(?:is|was) this (?:page|article|information) (?:useful|helpful)\??|"
    r"cette page (?:vous )?a-t-elle été utile\s*\??|¿?(?:te|le) ha (?:resultado|sido) útil esta página\??|"
    r"questa pagina (?:ti )?è stata utile\??|esta página (?:foi|é) útil\??|"
    r"(?:hier )?ist ihre meinung gefragt|(?:[\w-]+ ){0,3}als pdf herunterladen|"
    r"(?:bei|auf|on) pinterest (?:speichern|merken|pinnen)|save (?:to|on) pinterest|pin it|"
    r"schon (?:registriert|abonnent(?:in)?)\?(?: hier (?:einloggen|anmelden))?|"
    r"möchten sie (?:den|diesen) artikel teilen|(?:ausgabe|heft|e-paper) kaufen|buy (?:the|this) issue|"
    # a label whose value the page left out ("Publish date:", "Author:"), a word count
    r"(?:publish(?:ed)? date|author|date|autor|datum|auteur|fecha|data|by|von|par|por|door)\s*:|"
    r"(?:word ?count|wortanzahl|nombre de mots)\s*:\s*\d+|@\w{2,30}|"
    r"was this (?:article|page|story|post) (?:helpful|useful)|"
    r"how (?:useful|helpful) was this (?:article|page|story|post)|"
    r"(?:cet article vous a-t-il|cette page vous a-t-elle) (?:été utile|plu)|"
    r"¿?(?:te|le) (?:ha )?(?:resultado|parecido) útil(?: (?:esta|la|este) (?:noticia|información|artículo))?|"
    r"(?:questo articolo ti è stato|questa pagina ti è stata) utile|(?:este artigo|esta página) foi útil|"
    # a call for readers' views, and reprints
    r"(?:tell|let) us (?:know )?what you think|sagen sie uns(?: ihre meinung|, was sie denken)|"
    r"(?:have|got) (?:feedback|a question|questions|thoughts) (?:on|about) this (?:story|article)\?"
    r"(?: (?:let us know|tell us|contact us|get in touch))?|"
    r"we(?:['’]d| would)? (?:want|like|love) to hear (?:what you think|from you)"
    r"(?: about this (?:article|story))?|"
    r"dites-nous ce que vous en pensez|dinos (?:qué|lo que) piensas|diteci cosa ne pensate|"
    r"diga-nos o que pensa|order reprints?|reprints?(?: (?:&|and) permissions)?|"
    r"purchase licensing rights)"
    # a count after the button ("Ver comentarios (3)")
    r"(?:\s*\(\d+\))?[\s.:!?*»«>›‹…|•·/]*)+$",
    remember=True,
)
SHARE = Folded(
    r"^(?:(?:kindly |please )?share(?: this| full)?(?: article| story| post| page| update| entry| video| gallery| obituary| recipe| podcast| episode| photo| link)?(?: (?:on|via|to) \w+)?|"
    r"share this (?:article|story|post) (?:in|on|with) your [\w ]{1,30}|click to share|tweet|"
    # in Chinese, Japanese and Korean ("分享到微信", "この記事をシェアする", "공유하기")
    r"分享(?:到\w{1,6})?|转发|この記事を(?:シェア|共有)する|シェア(?:する)?|ツイート|공유(?:하기)?|"
    r"(?:addthis )?sharing buttons|"
    r"(?:auf|bei|per|via) \w+ teilen|(?:diese )?seite teilen|"
    r"share or comment on this (?:article|story|post)|deel (?:dit|het) (?:artikel|bericht)(?: (?:via|op) \w+)?|(?:deel|delen)(?: (?:op|via) \w+)?|"
    r"email this|(?:(?:diesen |den )?(?:artikel|beitrag|link|video) )?teilen(?: (?:auf|bei|per|via) \w+)?|"
    # a blog's share links, read out ("Click to email this to a friend (Opens in new window)")
    r"(?:click to|klicken,? um|cliquez pour|cliquer pour|haz clic para|fai clic per|clique para) "
    r"(?:\w+ ){0,3}?(?:email|share|print|tweet|teilen|drucken|partager|imprimer|compartir|imprimir|"
    r"condividere|stampare|partilhar|compartilhar|enviar)\b[^()]{0,60}(?:\((?:opens|öffnet|s['’]ouvre|se abre|si apre|"
    r"abre)[^()]{0,40}\))?|"
    r"partager(?: (?:cet article|sur \w+))?|"
    r"compart(?:ir|e|a)(?: (?:esta noticia|este artículo|en \w+))?|"
    r"compartilh(?:e|ar)(?: (?:(?:esta|essa) (?:notícia|matéria)|este artigo|no \w+))?|"
    r"partilh(?:ar|e)(?: (?:esta|essa) notícia| notícia| este artigo)?|"
    r"condividi(?: (?:questo articolo|la notizia|su \w+))?|teilen sie dies mit|teilen mit|"
    r"(?:inhalt|seite) teilen|"
    r"teilen sie (?:diesen|den|dieses) (?:artikel|beitrag|video)|"
    r"diese geschichte teilen|den artikel (?:mit anderen )?teilen(?:/diskutieren)?|"
    r"compart(?:ir|e|a) (?:nota|esta nota|noticia)|partagez cet article|deel artikel\s*:|"
    r"empfiehl (?:dies|diesen artikel)(?: deinen freunden)?|(?:diesen )?artikel empfehlen|"
    r"recommander cet article|"
    # "Liked this article? Share it!"
    r"(?:[^?]{3,60}\?\s*)?¡?(?:vergiss nicht zu teilen|jetzt teilen|"
    r"teile (?:diesen|den) (?:beitrag|artikel)(?: auf social media| mit deinen freunden)?|"
    r"partagez-le|share it(?: with (?:a |your )?\w+)?|teilen sie (?:ihn|es)|compártel[oa]|"
    r"condividilo|partilhe-o|compartilhe)|"
    # "Send by email", "Enviar por WhatsApp", "Per E-Mail versenden"
    r"(?:send|enviar|envoyer|inviare|invia|senden|versenden|partilhar)(?: this)? (?:by|via|per|por|par) "
    r"(?:e-?mail|mail|whatsapp|correo|courriel|sms)|"
    r"(?:per|via) (?:e-?mail|whatsapp) (?:versenden|teilen|senden))\s*[:!.]?$",
    remember=True,
)
# A row of share buttons left as text ("Facebook Twitter WhatsApp Email").
SHARE_BUTTONS = Folded(
    # Behind a share label too ("Artikel teilen: Facebook | WhatsApp | E-Mail").
    r"^(?:(?:share(?: this(?: article| story)?)?(?: on| via)?|(?:artikel )?teilen(?: auf| per)?|"
    r"partager(?: sur| par)?|compartir(?: en| por)?|compartilhar(?: no| por)?|condividi(?: su)?)"
    r"\s*[:|]\s*(?=\S))?"
    # each button maybe with its own label ("Share on Facebook Share on X Share via Email")
    r"(?:(?:(?:share (?:on|via|by|to)|teilen (?:auf|per|via)|partager (?:sur|par)|compartir (?:en|por)|"
    r"compartilhar (?:no|por)|condividi (?:su|via)|delen (?:op|via))\s+)?"
    r"(?:facebook|twitter|x|x\.com|whatsapp|e-?mail|mail|linkedin|pinterest|reddit|telegram|"
    r"messenger|xing|flipboard|threads|bluesky|mastodon|tumblr|google\+|instagram|youtube|tiktok|"
    r"snapchat|rss|print|drucken|imprimer|imprimir|"
    r"stampa|copy link|link kopieren|copier le lien|copiar enlace|copiar link|pin it|pint|baixar|"
    r"download|herunterladen|télécharger|descargar|scarica|guardar|salvar|save)\s*[|,•·/]?\s*){2,}$",
)
_RESERVED = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
    r"alle rechten voorbehouden|版权所有|版權所有|无断转载|無断転載を禁じます|無断転載禁止|"
    r"무단 ?전재 ?및 ?재배포 ?금지|무단전재"
)
# Words of a shop, newsletter or copyright line: a trailer only where the line is not prose
# ("The bakery's shop will reopen on Monday." stays).
_TRAILER = Folded(
    r"(?:\b(?:store|shop|newsletter|subscribe|sign up|follow us|copyright|abonnieren|"
    rf"abonnez-vous|s[’']abonner|suscríbete|suscribirse|{_RESERVED})\b|©)",
)
TRAILER = Prefiltered(
    _TRAILER,
    ("store", "shop", "newsletter", "subscri", "sign up", "follow us", "rights reserved",
     "copyright", "abonn", "suscr", "rechte vorbehalten", "droits réservés",
     "derechos reservados", "diritti riservati", "direitos reservados", "rechten voorbehouden", "©"),
)  # fmt: skip
# A trailer whatever its punctuation: rights notices and calls to subscribe or follow.
TRAILER_STRONG = Folded(
    rf"(?:©|\bcopyright\s*(?:©|\(c\)|\d{{4}})|\b(?:{_RESERVED})\b|"
    # the English call, not a noun it makes ("Sign up deadlines have been extended ...")
    r"^(?:subscribe|sign up)(?=\s*$|\s*[.!:,|—–-]|\s+(?:for|to|now|here|today|below|and|or|at|"
    r"with|free|on|via|in|using|online|by)\b)|^(?:"
    r"follow us|abonnieren sie|abonnez-vous|inscrivez-vous|suscríbete|regístrate|iscriviti|"
    r"assine|inscreva-se|subscrever|subscreva|abbonati|abonneer)\b|"
    # the outlet's own shop ("Shop our store for prints", "Disponible dans notre boutique")
    r"^(?:shop|visit|browse) our (?:\w+ )?(?:store|shop)\b|\b(?:in|at|from) our (?:\w+ )?(?:store|shop)\b|"
    r"\b(?:dans|sur) notre boutique\b|^(?:jetzt )?im [\w-]*shop (?:bestellen|kaufen|erhältlich)|"
    r"\bin unserem (?:[\w-]+-)?shop\b|\b(?:na|em) nossa loja\b|\ben nuestra tienda\b|"
    r"\bnel nostro (?:shop|negozio)\b|"
    # a pitch's call to sign up as its last sentence ("Every morning, the news. Sign up")
    r"[.!?]\s+(?:sign up|subscribe|inscrivez-vous|abonnez-vous|jetzt anmelden|jetzt abonnieren|"
    r"suscríbete|iscriviti|inscreva-se|subscreva)(?: now| here| today| ici)?\s*[!.]?$)",
)
# A link closing the page, read only in the run of lines ending the text: a sports page's
# widgets ("Tabelle", "Spielplan", "Full table"), its video and live-blog links, more about a
# club or a name ("Mehr zum SC Freiburg").
TAIL_LINK = Folded(
    r"^(?:(?:full |complete |[\w .-]{2,30} )?(?:table|standings|league table|fixtures(?: (?:and|&) "
    r"results)?|results(?: (?:and|&) fixtures)?)|(?:die )?tabelle|spielplan|ergebnisse|"
    r"(?:der )?(?:live-?ticker|live-?blog)(?: zum (?:nachlesen|spiel))?|"
    r"(?:alle )?(?:tore|highlights|szenen|bilder)\b.{0,30}\bim video|"
    r"clasificación|resultados(?: de la jornada)?|calendario|classement|calendrier|résultats|"
    r"classifica|risultati|classificação|uitslagen|programma|"
    r"(?:mehr|more|plus|más|altro|mais|meer) (?:zum|zur|zu|über|von|on|about|from|sur|de|sobre|"
    r"su|da|over|van)\s+[\w .&'’-]{2,30})\s*$"
)
# A row of a league table: a rank, a name, its figures ("2. Arsenal 31 69", "Bayern 24 58").
TABLE_ROW = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?[A-ZÀ-Þ][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}?(?:\s+[+-]?\d{1,3}(?::\d{1,3})?){2,8}$"
)
# The link to the next or previous article, its headline glued on ("Nächster ArtikelFDP ...").
GLUED_NEXT = re.compile(
    r"^(?:(?:Previous|Next) (?:article|post|story)|(?:Vorheriger|Nächster) (?:Artikel|Beitrag))"
    r"(?=[A-ZÄÖÜ0-9„\"'])"
)
# An outlet's page on a platform, as a link ("MZ Dessau-Roßlau bei Facebook"): capitalised
# words, so "He posted the video on Facebook" is no link.
CHANNEL_LINK = re.compile(
    r"^[A-ZÀ-Þ][\w.&'’-]*(?: [A-ZÀ-Þ0-9][\w.&'’-]*){0,4} (?:bei|auf|on|en|su|no) "
    r"(?:Facebook|Instagram|Twitter|X|YouTube|TikTok|WhatsApp|Threads|Bluesky)$"
)
# A link to the article before or after this one, its headline under it ("Articolo
# precedente" / "Roma, incendio in un deposito").
NEIGHBOUR_LINK = Folded(rf"^{_NEIGHBOUR}\s*[:»›>]?$")
# More from a section, named in capitals ("Más de Economía", "Mehr aus Politik"); "Más de 200
# personas" and "plus de temps" are sentences.
MORE_FROM_SECTION = re.compile(
    r"^(?:Más de|Plus de|Mais de|Mehr aus|Mehr von|Altro da|Altro di|More from|Meer uit)\s+"
    r"(?:l['’]|la |el |le |o |a |der |dem |the )?[A-ZÀ-Þ][\w'’-]*(?: [\w'’&-]+){0,2}$"
)
# A button to follow an author ("Follow Jane Doe", "Jane Doe folgen"): a name, no sentence.
AUTHOR_FOLLOW = re.compile(
    r"^(?:Follow|Suivre|Seguir a|Segui|Siga|Volg) [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,3}$|"
    r"^[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,3} (?:folgen|volgen)$"
)
# A call to subscribe, wherever it stands: never a story's sentence ("Subscribe to WIRED and
# stay smart"; "Subscribers will pay more" is no call).
SUBSCRIBE_CALL = Folded(
    # "Subscribe" as a call, not a noun's first word ("Subscribe numbers rose ...")
    r"^(?:subscribe(?=\s*(?:$|[:!.,|/—–-]|(?:to|now|today|for|and|here|free|our|us|at|on|via|with|"
    r"in|from|by|or|this|login|log|sign|register)\b))|abonnieren sie|abonnez-vous|suscr[ií]bete|suscr[ií]base|iscriviti|assine já|"
    r"inscreva-se|cadastre-se|inscrivez-vous|regístrate|"
    r"holen sie sich (?:meinen|unseren|den) (?:kostenlosen )?newsletter|"
    # a newsletter named by its kind ("Sign up for the morning briefing", "Melden Sie sich für
    # unser Morgen-Briefing an")
    r"sign up (?:for|to) (?:the |our |a )?(?:[\w-]+ ){0,3}(?:newsletters?|briefing|bulletin|digest)$|"
    r"melden sie sich (?:jetzt )?(?:für|zu) (?:unser(?:en)?|den|das) (?:[\w-]+ ){0,2}"
    r"[\w-]*(?:newsletter|briefing) an[.!]?$|"
    # "Keine Neuigkeiten mehr verpassen: ...", "Never miss a story: ..."
    r"(?:nichts|keine [\w-]+(?: [\w-]+){0,5}) mehr verpassen|never miss (?:a|an|another) [\w ]{2,30}[:!]|"
    r"ne (?:manquez|ratez) plus (?:rien|aucun)|no te pierdas (?:nada|ninguna)|non perdere (?:più )?nessun)\b|"
    # a newsletter box's heading alone, or with the newsletter's topic ("Newsletter Politik")
    r"^(?:(?:nos|our|unsere|nuestr[oa]s|le nostre|nossas) )?newsletters?(?: [\w-]{3,20})?$"
)
# A press release's or wire story's end mark alone on its line.
END_MARK = re.compile(r"^(?:-+\s*)?(?:ENDS?|[Ee]nds|-30-|#{3})(?:\s*-+)?$")
# A rights notice ("Copyright © 2010 Example. All rights reserved."), boilerplate wherever it
# stands: a line that opens with the notice, holds "© <year>", or ends with the reservation.
# A line that opens with a rights notice ("Copyright 2025 Example News. All rights ..."):
# never the story's own sentence, however long.
RIGHTS_OPENING = Folded(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b|^copyright\s*©|"
    r"^©\s*(?:[^\W\d][\w.&'’-]*\s+){1,3}\d{4}\b"  # the holder before the year ("© EFE 2025")
)
RIGHTS = Folded(
    rf"^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{{4}}|^copyright\s*©|©\s*\d{{4}}|"
    rf"\b(?:{_RESERVED})\W*$"
)
# Social-media follow prompts, advertisement markers and tag lines.
_GOOGLE_NEWS = r"google (?:news|discover|notícias|noticias|notizie|actualités)"
FOLLOW = Folded(
    r"^(?:follow (?:us|@\w+|\w+ on (?:twitter|x|facebook|instagram))|folgen sie uns|folge uns|folgt uns|"
    # a blogger's own ("Folge mir auf Instagram", "Suivez-moi sur ...")
    r"(?:(?:folge|folgt) mir|follow me|suivez-moi|sígueme|seguimi|siga-me|segue-me|volg mij)"
    r"(?:\s+(?:auf|on|sur|en|su|no|na|op|bei)\s+[\w ,&+-]{2,60})?\s*[:!.]?$|"
    r"suivez-nous|s[ií]guenos|seguici|siga-nos|segue-nos|like us on facebook|"
    r"suivez (?:toute )?l['’]actualité\b|segui (?:tutte le notizie|l['’]attualità)\b|"
    r"sigue (?:toda )?la actualidad\b|acompanhe (?:todas as notícias|a atualidade)\b|"
    r"join us on|find us on|tweets by @\w+|nos siga|"
    # a topic's follow button, the topic in quotes ("„Wandern“ abonnieren", "« Climat » suivre")
    r"[„\"“«‘]\s?[^\"”»“’]{2,40}\s?[\"”»“’]\s+(?:abonnieren|folgen|follow|suivre|seguir|segui|"
    r"volgen)\s*$|"
    r"(?:(?:folge|folgt) mir\s+|follow me\s+)?"
    r"(?:siga|sigue|segui|suivez|follow|folgen sie|folge|folgt|volg)\s+(?:(?:o|a|el|la|il|le|de|der|die|das)\s+)?"
    r"[\w.'’ -]{1,50}\s+(?:no|na|en|su|on|auf|sur|op) (?:instagram|facebook|twitter|x|tiktok|youtube|"
    rf"linkedin|threads|bluesky|whatsapp|telegram|{_GOOGLE_NEWS})|"
    r"add us on google news|"
    # the platform alone after the verb ("Siga no Google Notícias", "Sigue en Instagram")
    r"(?:siga|sigue|segui|suivez|follow) (?:no|na|en|su|on|sur) (?:instagram|facebook|tiktok|youtube|"
    rf"whatsapp|telegram|{_GOOGLE_NEWS})|"
    # the prompt left without its buttons ("Follow Example News on", "Folgen Sie uns auf")
    # the German order, the platform before the verb ("Max Muster auf X folgen", "Unserem
    # WhatsApp-Kanal folgen")
    r"(?:unserem|unserer|unseren) [\w-]*(?:kanal|seite|profil|account) folgen|"
    r"[\w.&'’ -]{1,50} (?:auf|bei) (?:x|twitter|instagram|facebook|linkedin|threads|bluesky|mastodon|"
    r"tiktok|youtube|whatsapp) folgen|"
    r"(?:follow [\w.&'’ -]{1,30} on|folgen sie [\w.&'’ -]{1,30} auf|suivez [\w.&'’ -]{1,30} sur|"
    r"sigue a [\w.&'’ -]{1,30} en)\s*:?$|"
    r"(?:receba|recibe|ricevi|get|receive|erhalten sie) (?:as |las |le |our |the latest |unsere )?"
    r"(?:notícias|noticias|notizie|news|nachrichten|updates)\b.{0,50}\b(?:whatsapp|telegram))\b",
    remember=True,
)
ADVERTISEMENT = Folded(
    r"^[»›•·*>–-]*\s*(?:(?:skip |end of )?(?:advertisement|advertising|sponsored(?: content)?|anzeige|"
    r"werbung|publicité|publicidad|pubblicità|publicidade|reklama|reklame|ad|advert|advertentie|"
    r"gesponsord|annonce|sponsorisée?|pub)|"
    # paid content's label ("Contenido patrocinado", "Gesponserter Inhalt")
    r"(?:sponsored|partner|paid) (?:content|post|story)|gesponserte[r]? inhalte?|contenus? sponsorisés?|"
    # a sponsor's label with its programme ("Example Bank BrandVoice | Paid Program")
    r"[^|]{2,60}\|\s*paid (?:program|programme|partnership|content)$|"
    r"contenidos? patrocinados?|contenut[oi] sponsorizzat[oi]|conteúdos? patrocinados?|"
    r"content from our partners|inhalte (?:von|unserer) partnern?|contenu (?:partenaire|de nos partenaires)|"
    r"contenido de (?:nuestros )?socios|contenuti dei partner|conteúdo de parceiros|"
    # where an ad breaks the article ("Story continues below advertisement")
    r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"continue reading (?:below|after (?:the )?(?:advertisement|ad))|"
    r"(?:der )?artikel (?:wird |geht )?(?:unterhalb(?: der (?:werbung|anzeige))?|(?:unter|nach) der "
    r"(?:werbung|anzeige)) "
    r"(?:fortgesetzt|weiter)|"
    r"weiter(?:lesen)? nach der (?:werbung|anzeige)|lesen sie nach der (?:werbung|anzeige) weiter|la suite (?:après|sous) (?:la |cette )?publicité|"
    r"(?:sigue|continúa) leyendo (?:después de|tras) la publicidad|continua a leggere dopo la pubblicità|"
    r"continua (?:após a|depois da) publicidade|continue a ler (?:após a|depois da) publicidade|"
    r"lees verder (?:na|onder) de advertentie|"
    r"l['’]article continue (?:ci-dessous|après (?:la |cette )?publicité)|"
    r"(?:el artículo|la noticia) continúa (?:debajo|(?:después|tras) (?:del|el) anuncio)|"
    r"(?:l['’]articolo|la notizia) continua (?:sotto|dopo la pubblicità)|"
    r"(?:o artigo|a matéria|a reportagem) continua (?:abaixo|após (?:a )?publicidade)|"
    # an ad's text after its label ("ANZEIGE - Heute schon bestellt?")
    r"(?:anzeige|advertisement|publicité|pubblicità|publicidade)\s*[-–—:|]\s*\S.{0,150}|"
    # the marker with its prompt ("ADVERTISEMENT - SCROLL TO CONTINUE")
    r"(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade)\s*[-–—:]\s*"
    r"(?:scroll (?:down )?to continue(?: reading)?|continue reading below|weiterlesen|"
    r"la suite (?:ci-)?dessous|sigue leyendo|continua a leggere|continue lendo))\s*:?\s*[–-]*$",
    remember=True,
)
# Headings of a story's topic list, with the topics after them or under them.
_TOPICS_HEADING = (
    r"archivado en|abgelegt unter|classé dans|archiviato in|arquivado em|filed under|"
    r"leia tudo sobre o tema(?: e siga)?|"
    r"(?:topics|themen|sujets|temas|argomenti|onderwerpen) (?:mentioned|covered|discussed) in this "
    r"(?:article|story)|(?:themen|schlagworte) (?:in|zu) diesem (?:artikel|beitrag)|"
    r"(?:themen|schlagworte) im (?:artikel|beitrag)|"
    r"(?:sujets|thèmes) (?:abordés )?dans cet article|temas (?:tratados )?en (?:este artículo|esta noticia)|"
    r"argomenti (?:trattati )?in questo articolo|temas (?:abordados )?neste artigo|"
    r"sujets associés|thèmes associés|temas relacionados|argomenti correlati|"
    r"assuntos relacionados|tópicos relacionados|verwandte themen|related topics|temi correlati|"
    r"themen dieses (?:artikels|beitrags)|mots[- ]clés associés|more about|tudo sobre|"
    r"(?:tags|temas|etiquetas) de (?:la|esta) nota|"
    r"(?:explore )?more on these topics|"
    # who and what the story names ("Personen in diesem Artikel", "In this article")
    r"(?:(?:personen|unternehmen|orte|themen|people|companies) )?in (?:diesem|dem) (?:artikel|beitrag)|"
    r"(?:(?:people|companies|topics) )?in this (?:article|story)|dans cet article|"
    r"en (?:este artículo|esta noticia)|in questo articolo|neste artigo"
)
TAGS = Folded(
    r"^(?:(?:tags?|topics?|keywords|filed under|tagged(?: with)?|schlagwörter|schlagworte(?: zum thema)?|"
    r"themen|trends?|"
    r"categor(?:y|ies|ía|ías|ia|ie)|catégories?|kategorien?|rubrik|rubrique|"
    r"stichwörter|getaggt mit|mots[- ]clés|étiquettes|etiquetas|temas|argomenti|tag|tópicos|temi|assuntos|"
    r"meer over|mehr über|"
    r"labels?|libellés|etichette|marcadores|trefwoorden|onderwerpen|parole chiave|sujets|"
    rf"palavras-chave|{_TOPICS_HEADING})\s*:\s*\S|(?:tags|keywords|schlagwörter|schlagworte|stichwörter|"
    r"mots[- ]clés|étiquettes|etiquetas|argomenti|palavras-chave|(?:suggested|related|more) topics|"
    r"categories|kategorien|catégories|categorías|categorie|categorias|rubriken|"
    r"trefwoorden|onderwerpen|parole chiave|"
    r"topics|themen|sujets|temas|temi|tópicos|tag|tagged(?: with)?|getaggt(?: mit)?|"
    r"(?:explore )?more on (?:these|this) topics?|mehr über|weitere themen|meer over|markiert mit|"
    r"(?:blog\s*[-–|:]\s*)?tag ?cloud|schlagwortwolke|nuage de (?:tags|mots[- ]clés)|nube de etiquetas|"
    r"verschlagwortet (?:mit|unter)|"
    # a list of topics to follow ("Themen folgen", "Follow topics")
    r"themen folgen|follow (?:these |this |related )?topics?|suivre (?:ces |les )?sujets|"
    r"seguir (?:los |estos |os |estes )?temas|segui (?:gli |i |questi )?(?:argomenti|temi)|volg (?:deze )?onderwerpen|"
    rf"{_TOPICS_HEADING})\s*:?\s*$|"
    # a blog post's sections, maybe before its tags ("Publicado en: Ciudad | Etiquetas: ...")
    r"(?:posted|filed|published|veröffentlicht|abgelegt|publié|posté|classé|publicado|archivado|"
    r"postado|arquivado|pubblicato|archiviato|geplaatst) (?:in|under|unter|dans|en|em)\s*:?\s+"
    r"[^|.]{1,60}\||"
    r"(?:posted|filed|publié|posté|classé|publicado|archivado|postado|arquivado|pubblicato|"
    r"archiviato|geplaatst) (?:in|under|dans|en|em)\s*:?\s+[\w&-]+(?:[ ,]+[\w&-]+){0,4}$|"
    r"(?:veröffentlicht|abgelegt) (?:in|unter):?\s+[\w&-]+(?:[ ,]+[\w&-]+){0,2}$|"
    # the note of a post closed to comments, with its title ("Comments Off on ...",
    # "Kommentare deaktiviert für ...")
    r"(?:[^|]{4,80}\s)?(?:comments (?:off|closed|disabled)|kommentare (?:deaktiviert|geschlossen)|commentaires (?:fermés|"
    r"désactivés)|comentarios (?:desactivados|cerrados)|commenti (?:disabilitati|chiusi)|"
    r"comentários (?:desativados|fechados)|reacties (?:uitgeschakeld|gesloten)) "
    r"(?:on|for|für|zu|sur|pour|en|para|su|per|em|voor|op)\s+\S.{0,200}$|"
    # a label before hashtags ("tags #Local Markets #Nifty")
    r"(?:tags?|topics|themen|schlagworte)\s+#\w.{0,200}$|"
    # a post's sections, then its tags ("In Living, Homestory Tags Homestory, Interior design")
    r"in [\w ,&'’-]{2,60} tags [\w ,&'’-]{2,200}$|"
    # a theme's meta line: date, comment count, section, author ("March 3, 2024/0 Comments/in News
    # /by admin")
    r"[^/]{4,40}/\s*\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|"
    r"reacties)\s*/\s*(?:in|en|dans|em|nel|op) [^/]{1,60}(?:/\s*(?:by|von|par|por|di|door) .{1,40})?$|"
    # WordPress's sentence under a post ("This entry was posted in News and tagged ...")
    r"(?:der|dieser) (?:beitrag|eintrag) wurde am .{5,60} veröffentlicht und (?:wurde )?unter .{2,400}"
    r"\b(?:abgelegt|gespeichert)\b|"
    # a German theme's line under a post ("Erstellt am 6. Mai 2014 und abgelegt unter ...")
    r"(?:erstellt|geschrieben|veröffentlicht) am .{5,60} (?:und )?(?:abgelegt|gespeichert) (?:unter|in) "
    r"\S.{0,400}$|"
    r"(?:this entry was posted|dieser (?:eintrag|beitrag) wurde (?:am .{4,30} )?veröffentlicht|cet "
    r"article a été publié) .{0,80}\b(?:tagged|verschlagwortet|marqué|gekennzeichnet|getaggt|markiert)\b|"
    # the same sentence that ends in its call to bookmark the permalink, in other languages
    r"(?:this entry was posted|dieser (?:eintrag|beitrag) wurde|cet article a été publié|"
    r"esta entrada (?:fue|foi) publicada|questa voce è stata pubblicata|dit (?:bericht|item) werd "
    r"geplaatst) .{0,240}\b(?:permalink|permalien|enlace permanente|link permanente)\b)",
    remember=True,
)
# The notices of a comment form (WordPress's stock sentences in its main languages, a section's
# house rules) and of a paywall's article counter: sentences, so the line model alone would keep
# them.
COMMENT_FORM = Folded(
    r"^(?:(?:your|deine|ihre) e-?mail(?:-adresse| address)? (?:will not|wird nicht)|"
    # a form's note that the address is not shown ("E-Mail (wird nicht veröffentlicht)")
    r"(?:e-?mail(?:-adresse| address)?\s*\(?)?(?:wird nicht veröffentlicht|will not be published|"
    r"ne sera pas publiée?|no será publicad[oa]|non sarà pubblicat[oa]|não será publicad[oa])\)?\s*\*?$|"
    # the call to fill it in ("Wenn Sie diesen Beitrag kommentieren möchten, füllen Sie bitte ...")
    r"wenn sie (?:diesen|den) (?:beitrag|blogeintrag|artikel|eintrag) kommentieren (?:möchten|wollen), "
    r"füllen sie\b.{0,80}$|"
    r"(?:to|if you (?:would like|want) to) (?:comment on|leave a comment on) this (?:post|article|entry), "
    r"(?:please )?fill (?:in|out)\b.{0,80}$|"
    # a call for readers' views with its question ("Have your say: What do you think ...?")
    # a call to comment after a question ("¿Qué opinas? Déjanos tu comentario")
    r"(?:[^?]{2,40}\?\s*)?(?:déjanos|deja|leave us|laissez(?:-nous)?|hinterlassen sie|hinterlass|"
    r"lasciaci|lascia|deixe|deixa|schreiben sie|schreib|write|écrivez|escribe|scrivi|escreva) "
    r"(?:tu |un |a |your |uns |seu |o seu |il tuo |votre |ihren |deinen |einen |um )?"
    r"(?:comentario|comment|commentaire|"
    r"kommentar|commento|comentário)\s*[.!]?$|"
    # a question whether the reader has a view of the article, then the call to give it ("Du hast
    # eine Frage oder Meinung zum Artikel? Teile sie mit uns!")
    r"(?:du hast|hast du|haben sie|sie haben|(?:do )?you have|have you got|vous avez|tu as|tienes|"
    r"tiene|hai|tem|heb je|hebt u) (?:eine? |a |an |une? |alguna |uma? |een )?(?:frage|meinung|"
    r"question|opinion|view|pregunta|opinión|domanda|opinione|pergunta|opinião|vraag|mening)"
    r"(?: (?:oder|or|ou|o|of) (?:eine? |a |an )?(?:frage|meinung|question|opinion|view|pregunta|"
    r"opinión|domanda|opinione|pergunta|opinião|vraag|mening))? (?:zum|zu diesem|about this|on this|"
    r"sur cet|sobre este|su questo|over dit) (?:artikel|beitrag|thema|article|story|topic|sujet|"
    r"artículo|tema|articolo|artigo)\s?\?.{0,80}$|"
    # who may comment ("Os comentários são exclusivos para assinantes")
    r"(?:the |os |les |los |i |die )?(?:comments|comentários|commentaires|comentarios|commenti|"
    r"kommentare) (?:are|são|sont|son|sono|sind) (?:only |nur |exclusiv[oa]s |réservés |riservati )?"
    r"(?:available |disponibles |disponíveis )?(?:for|to|para|aux|agli|für) (?:our )?(?:subscribers|"
    r"registered users|members|assinantes|cadastrados|abonnés|suscriptores|registrados|abbonati|"
    r"registrati|abonnenten|registrierte nutzer)\b.{0,60}$|"
    r"have your say\s*[:!.–-]|join (?:our|the) (?:commenting|comments?|discussion) (?:forum|section|"
    r"community)\b.{0,40}$|send us your (?:[\w-]+ )?(?:views|thoughts|comments|stories|photos|"
    r"pictures|videos)\b|"
    r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|"
    # a form's prompt for the commenter's name ("Rellena tu nombre y apellido para comentar")
    r"(?:rellena|introduce|escribe) tu nombre (?:y apellidos?|completo)? ?para comentar|"
    r"(?:enter|add) your (?:full )?name to (?:post a )?comment|"
    r"(?:renseignez|indiquez) vos nom et prénom pour commenter|"
    r"tu (?:dirección de )?correo electrónico no será publicad[oa]|"
    r"il tuo indirizzo email non sarà pubblicato|o seu endereço de e-?mail não será publicado|"
    r"you must be (?:logged in|registered) to (?:post a )?comment|"
    r"(?:du musst|sie müssen) (?:angemeldet|eingeloggt) sein,? um (?:einen kommentar|kommentare)|"
    # the same, the purpose first ("Um kommentieren zu können, müssen Sie sich anmelden",
    # "Para comentar, você precisa estar logado")
    r"(?:to (?:post a )?comment|um (?:zu )?kommentieren(?: zu können)?|pour (?:pouvoir )?commenter|"
    r"para (?:poder )?comentar|per (?:poter )?commentare),? [^.!?]{0,50}\b(?:anmelden|angemeldet|"
    r"einloggen|eingeloggt|registrieren|registriert|log(?:ged)? in|sign(?:ed)? in|register(?:ed)?|"
    r"subscriber|connectée?|identifiée?|inscrite?|abonnée?|iniciar sesión|registrad[oa]|suscriptor|"
    r"logad[oa]|cadastrad[oa]|assinante|registrat[oa]|loggat[oa]|abbonat[oa]|connesso|accedere)\b|"
    r"vous devez (?:être connecté|vous connecter) pour (?:publier|laisser|poster) un commentaire|"
    r"debes (?:estar registrado|iniciar sesión|estar conectado) para (?:publicar|escribir|dejar) un "
    r"comentario|devi (?:essere connesso|effettuare il login|essere registrato) per (?:inviare|pubblicare|"
    r"lasciare) un commento|(?:você precisa|é necessário) (?:fazer login|estar logado|estar conectado) "
    r"para (?:publicar|deixar|enviar) (?:um )?comentário|"
    # the comment system's credit and a thread's house rules ("comments powered by Disqus", "We
    # ask that comments are civil ...")
    r"(?:comments )?powered by disqus|"
    # the consent its button gives ("Mit dem Absenden deines Kommentars akzeptierst du ...")
    r"(?:mit (?:dem )?(?:absenden|abschicken)(?: (?:deines|ihres|des))? kommentars?|"
    r"mit de[mr] von (?:dir|ihnen) abgeschickten kommentar|"
    r"en (?:soumettant|envoyant|publiant) (?:ce|votre|ton) commentaire|"
    r"al (?:enviar|publicar) (?:tu|su|este|el) comentario|inviando (?:il|questo|un) commento|"
    r"ao (?:enviar|publicar) (?:o )?(?:seu |teu |este )?comentário|"
    r"by (?:submitting|posting) (?:your|this|a) comment)\b|"
    r"(?:we ask that|please (?:ensure|make sure)(?: that)?) (?:all |your )?comments (?:are|be|remain|stay) "
    r"(?:civil|respectful|on[- ]topic)|(?:as|when) you comment,? please be (?:respectful|civil|courteous)|"
    # the form's log-in line ("Please log in using one of these methods to post your comment:")
    r"(?:please )?log in using one of these methods to post your comment|"
    r"(?:bitte )?melde dich mit einer dieser methoden an, um deinen kommentar|"
    r"connectez-vous à l['’]aide de l['’]une de ces méthodes pour publier votre commentaire|"
    r"introduce tus datos o haz clic en un icono para iniciar sesión|"
    r"inserisci i tuoi dati qui sotto o clicca su un['’]icona per effettuare l['’]accesso|"
    r"preencha os seus dados abaixo ou clique em um ícone para (?:log in|iniciar sessão)|"
    r"fill in your details below or click an icon to log in|trage deine daten unten ein oder klicke "
    r"ein icon um dich einzuloggen|renseignez vos coordonnées ci-dessous ou cliquez sur une icône "
    r"pour vous connecter|vul je gegevens in of klik op een icoon om in te loggen|"
    # the form in Indonesian ("Ketikkan komentar di sini...", "Beritahu saya pos-pos baru ...")
    r"ketikkan komentar di sini|isikan data di bawah atau klik salah satu ikon untuk log in|"
    r"beritahu saya (?:pos-pos baru|komentar lanjutan) (?:lewat|melalui) surat elektronik|"
    r"(?:nama|surat elektronik|email) \(wajib\)|tinggalkan (?:balasan|komentar)|"
    r"(?:sukai|suka) (?:ini|memuat)\s*(?::|…|\.\.\.)|bagikan ini\s*:|"
    # the same form's follow boxes and the likes under the post ("%d bloggers like this:")
    r"(?:benachrichtigung|benachrichtige mich) (?:bei|über) (?:weiteren|neuen) (?:kommentaren|"
    r"beiträgen) per e-?mail(?: senden)?|informiere mich über (?:neue|weitere) (?:beiträge|kommentare) "
    r"per e-?mail|(?:avertissez|prévenez)-moi (?:par e-?mail )?(?:de tous les|des) nouveaux "
    r"(?:commentaires|articles)(?: par e-?mail)?|(?:recibir|avísame de|notificarme) (?:los )?nuevos "
    r"(?:comentarios|entradas) por (?:e-?mail|correo(?: electrónico)?)|(?:recibir|avísame de) nuevas "
    r"entradas por (?:e-?mail|correo(?: electrónico)?)|notificami (?:via e-?mail )?(?:di|dei|alla "
    r"pubblicazione di) nuovi (?:commenti|articoli)(?: via e-?mail)?|notifique-me (?:de|sobre) novos "
    r"(?:comentários|artigos|posts) por e-?mail|"
    r"%d (?:bloggers like this|bloggern gefällt das|blogueurs aiment cette page|blogueros les gusta "
    r"esto|blogger hanno fatto clic su mi piace|bloggers gostam disto|bloggers vinden dit leuk)|"
    r"(?:liken|j['’]aime|me gusta|mi piace|curtir|vind ik leuk) (?:lade|chargement|cargando|"
    r"caricamento|carregando|laden)\s*(?:…|\.\.\.)|(?:verbinde mit|connexion à|conectando a|"
    r"connessione a|a ligar a|verbinden met|connecting to) %s|"
    r"je moet (?:ingelogd|aangemeld) zijn om (?:te reageren|een reactie te plaatsen)|"
    r"(?:nur )?(?:angemeldete|registrierte) (?:benutzer|nutzer|leser)(?:innen)? können kommentieren|"
    r"vous devez être connecté pour (?:publier|poster) un commentaire|"
    r"(?:para comentar )?debes (?:estar registrado|registrarte|iniciar sesión)|"
    r"para comentar,? (?:tem de|precisa(?: de)?|é preciso) (?:ser assinante|estar regist(?:ad|r)o|fazer login|entrar)|"
    r"(?:to comment|to join the conversation),? (?:you must|please) (?:be a subscriber|subscribe|log in|sign in)|"
    r"pour (?:commenter|réagir),? (?:vous devez|il faut) être (?:abonnée?|connectée?)|"
    r"vous devez être (?:connectée?|abonnée?|inscrite?) pour (?:commenter|réagir)|"
    r"um (?:zu )?kommentieren,? (?:müssen sie|melden sie sich)|"
    r"per commentare (?:devi|è necessario) (?:essere abbonato|registrarti|effettuare il login)|"
    r"devi (?:essere connesso|effettuare il login) per (?:inviare|pubblicare) un commento|"
    # and the section's house rules ("Comments are moderated", "ATENÇÃO: Comentários com ...")
    r"(?:(?:atenção|attention|achtung|hinweis|note|nota|aviso|avviso|importante?)\s*:\s*)?"
    r"(?:(?:all|alle|les|los|os|i|tous les|todos los|your|ihre|vos|sus|seus|i vostri)\s+)?"
    r"(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|comentários?)"
    r"\b.{0,120}\b(?:modera\w*|approv\w*|genehmig\w*|freigeschaltet|freigegeben|modér\w*|"
    r"aprobad\w*|approvat\w*|aprovad\w*|publiés? après|geprüft|"
    # whose views they are ("Os comentários são de responsabilidade exclusiva de seus autores")
    r"responsab\w*|responsibility|verantwort\w*)|"
    # the spam filter's stock notice under a WordPress comment form
    r"(?:this site|diese website|ce site|este sitio|questo sito|este site) (?:uses|verwendet|"
    r"utilise|usa|utiliza|utilizza)(?: o)? akismet\b|"
    # the form's box for keeping the commenter's name ("Save my name, email, and website ...")
    r"(?:save my name|salva il mio nome|guardar mi nombre|enregistrer mon nom|salvar (?:meus dados|"
    r"meu nome)|meinen namen, (?:meine )?e-mail)\b.{0,160}$|"
    # trackbacks, and the form's line for the account one comments with
    r"(?:pingback|trackback)\b.{0,200}$|comment by [^—–]{2,40}\s[—–-]\s.{4,40}$|you are commenting using your [\w.]+ account\b.{0,40}$|"
    # a call to say it in the comments ("Tell us in the comments", "Verraten Sie es uns in den
    # Kommentaren")
    r"(?:[^.!?]{0,60}[.!?:]\s+)?(?:(?:verraten|schreiben|sagen) sie (?:es )?(?:uns )?(?:gerne )?"
    r"(?:in den|in die) kommentare[n]?|(?:tell|let) us (?:know )?in the comments|"
    r"dites-(?:le-)?nous (?:tout )?en commentaires?|déjanos (?:tu opinión )?en (?:los )?comentarios|"
    r"(?:diccelo|fatecelo sapere|scrivetelo) nei commenti|conte(?:-nos)? nos comentários)\b.{0,80}$|"
    # the form's notes on formatting ("Lines and paragraphs break automatically.")
    r"(?:lines and paragraphs break automatically|zeilenumbrüche und absätze werden automatisch "
    r"erzeugt|les lignes et les paragraphes vont à la ligne automatiquement|allowed html tags|"
    r"erlaubte html-tags)\b.{0,120}$|"
    # the question that asks the reader to log in before commenting ("Vous souhaitez réagir ?
    # Connectez-vous ...", "Want to join the conversation? Subscribe ...")
    r"(?:vous souhaitez (?:réagir|commenter)|envie de réagir|want to (?:comment|join the (?:conversation|"
    r"discussion))|(?:sie möchten|möchten sie) (?:kommentieren|mitdiskutieren)|¿?quieres comentar|"
    r"vuoi commentare|quer comentar)\s*\?\s*.{0,100}$|"
    # a closed or empty section, a call to log in first, the form's fields
    r"(?:(?:the )?comments are closed|(?:die )?kommentare (?:sind )?geschlossen|comentarios cerrados|"
    r"commenti chiusi|"
    r"(?:die )?kommentarfunktion (?:ist )?(?:geschlossen|deaktiviert)|"
    r"leider sind keine kommentare (?:möglich|vorhanden)|les commentaires sont fermés|"
    r"los comentarios están cerrados|i commenti sono chiusi|"
    r"(?:os )?comentários (?:estão )?(?:encerrados|fechados)|no comments(?: yet)?|"
    r"(?:noch )?keine kommentare|aucun commentaire|sin comentarios|nessun commento|"
    r"(?:ainda )?sem comentários|be the first to comment|no responses? (?:yet|so far)|"
    rf"0 {_COMMENT_WORDS})"
    r"(?:\s*\([^()]{1,100}\))?[\s.!»:]*$|"
    r"(?:bitte (?:loggen sie sich|melden sie sich)(?: vor dem kommentieren)? (?:ein|an)|"
    r"bitte registrieren sie sich|"
    r"(?:please )?(?:log ?in|sign in|register) to (?:comment|leave a comment|reply|join the discussion)|"
    r"connectez-vous pour commenter|inicia sesión para comentar|accedi per commentare|"
    r"faça login para comentar)\b[^.!?]{0,60}[.!?»]*\s*\S{0,10}$|"
    # the box that keeps the commenter's details ("Save my name, email, and website in this
    # browser for the next time I comment.")
    r"save my name,? e-?mail,? and website in this browser|"
    r"meinen namen, meine e-mail-adresse und meine website in diesem browser|"
    r"enregistrer mon nom, mon e-?mail et mon site (?:web )?dans le navigateur|"
    r"guarda mi nombre, correo electrónico y web en este navegador|"
    r"salva il mio nome, email e sito web in questo browser|"
    r"guardar (?:o )?meu nome, e-?mail e site neste navegador|"
    r"(?:captcha(?: code)?|(?:name|e-?mail|website|webseite|nom|nombre|nome|site web|sitio web|"
    r"comment|kommentar|commentaire|comentario|commento|comentário|correo electrónico|sito web|"
    r"site|web)\s*"
    r"(?:\*|\((?:required|erforderlich|pflichtfeld|obligatoire|obligatorio|obbligatorio|"
    r"obrigatório)\)))\s*\*?\s*$)",
)
# Whose views a column holds ("The views expressed in this article are the author's own"). A
# note of where the article first appeared stays: both benchmarks' dev golds hold it as text.
DISCLAIMER = Folded(
    r"^(?:(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece|blog)|here(?:in)?|"
    r"(?:are|belong))|die (?:hier )?(?:geäußerten|vertretenen) (?:meinungen|ansichten)|"
    r"les opinions exprimées|(?:las|los) (?:opiniones|puntos de vista) expresad[oa]s|"
    r"le opinioni espresse|as opiniões expressas|our standards(?=\s*:)|"
    # an external links' note ("The BBC is not responsible for the content of external sites")
    r"(?:[\w.’' -]{2,40} (?:is|are) not responsible for the content of external (?:web)?sites|"
    r"für (?:den inhalt|die inhalte) externer (?:seiten|links|websites|internetseiten) (?:ist|sind) .{2,40} "
    r"nicht verantwortlich|.{2,40} n['’]est pas responsable du contenu des sites (?:externes|tiers))|"
    # an opinion page's note that its pieces speak for their authors
    r"(?:les|ces|cette) (?:tribunes?|chroniques?|opinions?)\b.{0,40}\bengage(?:nt)?\b.{0,20}"
    r"\b(?:auteur(?:e|s|es)?|autrice)|"
    r".{0,60}\b(?:gibt|geben) nicht (?:unbedingt |zwingend |notwendigerweise )?die meinung der redaktion wieder|"
    r"(?:gastbeiträge|gastkommentare|kolumnen|kommentare|meinungsbeiträge|dieser (?:gastbeitrag|"
    r"kommentar|beitrag)) (?:gibt|geben) (?:ausschließlich |allein |nur )?die (?:persönliche )?"
    r"meinung de[rs] (?:autor(?:in|s)?|verfasser(?:in|s)?)|"
    # a market story's note that it gives no investment advice, in its main languages
    r"(?:(?:hinweis|disclaimer|avertissement|aviso(?: legal)?|avvertenza|nota)\s*:\s*)?(?:"
    r"(?:this|the) (?:content|article|information|material|post|page|commentary)\b.{0,60}\b"
    r"(?:for (?:general )?information(?:al)? purposes only|(?:does not|do not|is not intended to) "
    r"constitute (?:investment|financial|legal|tax) advice|(?:is|are) not (?:intended as )?"
    r"(?:investment|financial) advice)|(?:this is )?not (?:investment|financial) advice|"
    r"nothing (?:in|on) this (?:article|page|site)\b.{0,40}\bconstitutes? (?:investment|financial) advice|"
    r"(?:(?:der|dieser) (?:artikel|beitrag|inhalt|text)|die (?:hier )?(?:dargestellten |veröffentlichten )?"
    r"informationen)\b.{0,60}\b(?:stell(?:t|en) keine (?:anlageberatung|anlageempfehlung|"
    r"kaufempfehlung|aufforderung)|(?:ist|sind) keine (?:anlageberatung|anlageempfehlung))|"
    r"keine anlageberatung|"
    r"(?:cet article|ce contenu|ces informations|les informations)\b.{0,80}\bne (?:constitue(?:nt)? "
    r"(?:pas|en aucun cas)|saurai(?:en)?t constituer) (?:un |une |des )?(?:conseils? |recommandations? |"
    r"incitation)|"
    r"(?:este (?:contenido|artículo)|esta información|la información)\b.{0,80}\bno constituye "
    r"(?:una |un |ninguna )?(?:recomendación|asesoramiento|consejo|oferta)|"
    r"(?:le informazioni|questo (?:articolo|contenuto))\b.{0,80}\bnon costituisc(?:e|ono) "
    r"(?:una |un )?(?:consulenza|sollecitazione|raccomandazione|consiglio)|"
    r"(?:este (?:conteúdo|artigo|texto)|as informações)\b.{0,80}\bnão constitui (?:uma )?"
    r"(?:recomendação|oferta|consultoria|aconselhamento))|"
    # a note under its label ("Disclaimer: ...", "Haftungsausschluss: ...")
    r"(?:disclaimer|haftungsausschluss|avertissement|descargo de responsabilidad|"
    r"esclusione di responsabilità|isenção de responsabilidade)\s*(?:\([^()]{0,60}\))?\s*:\s*|"
    # a listed company's warning that it speaks of the future, its heading and its paragraph
    r"(?:cautionary (?:note|statement)s? (?:regarding|concerning|about|on) )?forward[- ]looking "
    r"(?:statements?|information)\s*:?$|safe harbou?r statement\s*:?$|"
    r"zukunftsgerichtete aussagen\s*:?$|(?:déclarations|énoncés|informations) prospecti(?:ves|fs)\s*:?$|"
    r"(?:declaraciones|información) (?:prospectivas?|a futuro|sobre el futuro)\s*:?$|"
    r"dichiarazioni (?:previsionali|prospettiche)\s*:?$|declarações (?:prospetivas|prospectivas|"
    r"sobre o futuro)\s*:?$|toekomstgerichte verklaringen\s*:?$|"
    r"(?:(?:this|the) (?:press |news )?(?:release|announcement|communication|document)|certain "
    r"statements|statements (?:made )?in this)\b.{0,80}\bforward[- ]looking (?:statements|information)|"
    r"(?:diese|die) (?:presse)?(?:mitteilung|meldung|veröffentlichung)\b.{0,60}\bzukunftsgerichtete aussagen|"
    r"(?:ce|le) communiqué\b.{0,60}\b(?:déclarations|énoncés|informations) prospecti(?:ves|fs)|"
    r"(?:este|el) comunicado\b.{0,60}\b(?:declaraciones|información) (?:prospectivas?|a futuro|sobre el futuro)|"
    r"(?:questo|il) comunicato\b.{0,60}\bdichiarazioni (?:previsionali|prospettiche)|"
    r"(?:este|o) comunicado\b.{0,60}\bdeclarações (?:prospetivas|prospectivas|sobre o futuro)|"
    # figures given without warranty ("Alle Angaben ohne Gewähr")
    r"\(?(?:alle|sämtliche) angaben ohne gewähr|(?:toutes les )?informations (?:données )?sans garantie|"
    r"(?:todos los datos|toda la información) sin garantía|(?:tutti i dati|tutte le informazioni) "
    r"senza garanzia|(?:all )?information (?:is )?(?:provided )?without (?:any )?(?:warranty|guarantee)|"
    # the group that publishes the site ("Example Science is part of Example Media, an
    # international media group ...")
    r"[\w .&'’-]{2,40} is (?:a )?part of [\w .&'’-]{2,60}, (?:an?|the) (?:international |global |"
    r"leading |digital )*(?:media|publishing|digital) (?:group|company|publisher)|"
    # who funds the desk ("... The Example Agency is solely responsible for all content.")
    r".{0,200}\bis solely responsible for (?:all|this) content)\b",
)
# An opinion page's note, anywhere in its line, that the piece speaks for its author, not the
# paper ("... n'engage pas la rédaction", "... não traduzem a opinião do jornal"). Searched
# only in lines that hold its verbs: an unanchored alternation tried at every position of every
# line is what makes a cue slow.
VIEWS_NOTE = Prefiltered(
    Folded(
        r"\bn['’]engage(?:nt)? (?:pas la rédaction|que (?:leurs?|son|ses) auteur)|"
        r"\bnão (?:traduz(?:em)?|reflete(?:m)?|representa(?:m)?) (?:necessariamente )?"
        r"(?:a opinião|o ponto de vista|a posição|a linha editorial) d[oa] (?:jornal|site|portal|"
        r"revista|redação)|"
        r"\bno (?:refleja(?:n)?|representa(?:n)?) (?:necesariamente )?(?:la opinión|el punto de vista|"
        r"la (?:posición|línea editorial)) del? (?:este |esta )?(?:periódico|diario|medio|"
        r"la redacción|publicación)|"
        r"\bnon (?:riflett(?:e|ono)|rappresenta(?:no)?) (?:necessariamente )?(?:l['’]opinione|"
        r"il punto di vista|la (?:posizione|linea editoriale)) del(?:la)? (?:giornale|testata|redazione)|"
        r"\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views|opinions?|position) of "
        r"(?:this|the) (?:publication|newspaper|website|site|editors|editorial board)"
    ),
    ("engage", "traduz", "reflet", "represent", "reflej", "riflett", "rappresent", "necessarily"),
)
# A plea to switch off an ad blocker, anywhere in its line.
ADBLOCK_PLEA = Prefiltered(
    Folded(
        r"\b(?:disable|turn off|whitelist us in) your ad ?-?blocker\b|"
        r"\bwerbeblocker (?:deaktivieren|ausschalten)\b|\bdésactive[rz] votre bloqueur de publicité\b"
    ),
    ("blocker", "bloqueur"),
)
# A health page's note that it is no doctor's advice.
HEALTH_NOTE = Prefiltered(
    Folded(
        r"\b(?:does not|do not|is not intended to) (?:replace|constitute|substitute for) "
        r"(?:a |professional |medical )*(?:medical )?advice\b|"
        r"\bersetzt (?:keine|nicht die) (?:ärztliche|medizinische) (?:beratung|behandlung)\b"
    ),
    ("advice", "ärztliche", "medizinische"),
)
# A page's footer links left as one line ("Privacy policy | Terms of use | Contact"): a run of
# two or more; one alone may be a heading of the article.
# A page's breadcrumbs from its home page down ("Start|Magazin|Wohnen", "Accueil > Société"),
# wherever the text put them.
HOME_TRAIL = Folded(
    r"^(?:home|home ?page|start|startseite|accueil|inicio|início|pagina iniziale|homepagina|"
    r"strona główna)\s*(?:[>›»|/]\s*[^>›»|/]{1,40}?\s*){1,6}(?:[>›»|/]\s*)?$"
)
_FOOTER_LINK = (
    r"privacy policy|privacy notice|terms of (?:service|use)|terms (?:&|and) conditions|"
    r"cookie (?:policy|settings|preferences)|datenschutzerklärung|datenschutzhinweise|"
    r"nutzungsbedingungen|mentions légales|politique de confidentialité|"
    r"conditions générales(?: d['’]utilisation)?|gestion des cookies|aviso legal|"
    r"política de (?:privacidad|cookies|privacidade)|términos y condiciones|condiciones de uso|"
    r"informativa (?:sulla )?privacy|note legali|termini e condizioni|termos de uso|"
    r"termos e condições|about us|contact us|über uns|qui sommes-nous|nous contacter|"
    r"quiénes somos|contáctanos|chi siamo|quem somos|fale conosco|advertise with us|"
    r"plan du site|mapa del sitio|mappa del sito|mapa do site|anuncie(?: aqui)?|expediente|"
    r"mapa web|charte (?:de déontologie|éditoriale)|work with us|trabaja con nosotros|"
    r"lavora con noi|trabalhe conosco|configuración de cookies|impostazioni (?:dei )?cookie|"
    r"preferenze (?:dei )?cookie|preferências de cookies"
)
_FOOTER_WORD = (
    r"privacy|terms|cookies|imprint|impressum|datenschutz|agb|kontakt|contact|contacto|contatti|"
    r"contato|sitemap|accessibility|barrierefreiheit|rss|advertise|werben|mediadaten|careers|"
    r"jobs|karriere|faq|help|hilfe|aide|ayuda|aiuto|ajuda|newsletter"
)
FOOTER_LINKS = Folded(
    rf"^(?:(?:{_FOOTER_LINK}|{_FOOTER_WORD})\s*[|•·/,]?\s*){{2,}}$",
)
# One of them anywhere, for a footer's links run together without separators.
FOOTER_TERM = Folded(rf"\b(?:{_FOOTER_LINK}|{_FOOTER_WORD})\b")
# One of them alone on its line, as a page's footer lists them.
FOOTER_LINK = Folded(rf"^(?:{_FOOTER_LINK}|{_FOOTER_WORD})$")
# The publisher's legal identity in a page's footer, as the law asks of it: a company's tax or
# register number, its register court, the publication's legally responsible director.
_IMPRINT = Folded(
    r"\b(?:p\.?\s?iva|partita iva|cif|nif|cnpj|siret|siren|ust-?id(?:nr)?\.?|tva intracommunautaire|"
    r"vat (?:no\.?|number|reg(?:istration)?(?: no\.?)?)|kvk(?:-nummer)?|btw(?:-nummer)?)"
    r"\s*[.:n°º]*\s*[a-z]{0,2}\s?\d[\d ./-]{5,}|"
    r"\bregistrazione (?:al|presso il) tribunale di\b|\bregistro mercantil de\b|"
    r"\b(?:amtsgericht|registergericht)\s+[\w-]+.{0,20}\bhrb?\s*\d|\brcs\s+[a-zà-ÿ-]+\s+[a-z]?\s?\d|"
    r"\bregistered in (?:england|scotland|ireland)(?: (?:and|&) wales)?\b.{0,30}\b(?:no\.?|number)\s*\d|"
    r"\bcompany (?:no\.?|number|registration number)\s*:?\s*\d|"
    r"^(?:directeur|directrice) de (?:la )?publication\s*:|^direttore responsabile\b|"
    r"^diretora? (?:de redação|responsável)\s*:|^verantwortlich (?:im sinne|i\.\s?s\.\s?d\.)|"
    r"^v\.\s?i\.\s?s\.\s?d\.\s?p\.|"
    r"\best (?:édité|éditée|publié|publiée) par (?:la société|le groupe|la sa|la sas)\b|"
    # the company's labelled particulars ("Geschäftsführer: ...", "Siège social : ...")
    r"^(?:umsatzsteuer-identifikationsnummer|geschäftsführer(?:in)?|geschäftsführung|"
    r"siège social|sede legale|sede sociale|domicilio social|sede social|"
    r"registered office)\s*:\s*\S[^.!?]{0,150}$"
)
IMPRINT = Prefiltered(
    _IMPRINT,
    ("iva", "cif", "nif", "cnpj", "siret", "siren", "ust", "tva", "vat", "kvk", "btw",
     "registrazione", "registro mercantil", "gericht", "rcs", "registered", "company",
     "direct", "diret", "verantwortlich", "v.", "édité", "publié", "geschäftsführ", "siège",
     "sede", "domicilio", "umsatzsteuer"),
)  # fmt: skip
# The notice an embedded post or video leaves where it waits for consent: external content
# named beside a word of loading or agreeing, in either order.
_EXTERNAL = (
    r"\b(?:externe[rn]? inhalte?|external content|third-party content|contenus? externes?|"
    r"contenidos? externos?|contenuti esterni|conteúdos? externos?)\b"
)
_CONSENT = (
    r"\b(?:einverstanden|laden|akzeptier\w*|zustimm\w*|consent\w*|accept\w*|load\w*|privacy|"
    r"datenschutz\w*|accepte\w*|acepta\w*|accett\w*|aceit\w*)\b"
)
_EMBED_CONSENT = Folded(
    r"^(?:empfohlener redaktioneller inhalt|externer inhalt|external content|contenu externe|"
    r"contenido externo|contenuto esterno|conteúdo externo)\s*:?$|"
    rf"{_EXTERNAL}.{{0,120}}{_CONSENT}|{_CONSENT}.{{0,120}}{_EXTERNAL}|"
    # a button's note that it loads another site's content ("Klicken Sie auf den unteren
    # Button, um den Inhalt von www.komoot.de zu laden.")
    r"\bum den inhalt von \S+ zu laden\b|\bto load (?:the )?content from\b|"
    # the promise before the consent ("Wir respektieren deine Privatsphäre und laden ...")
    r"^(?:wir respektieren (?:deine|ihre|eure) privatsphäre|we respect your privacy|"
    r"nous respectons (?:votre|ta) vie privée|respetamos (?:tu|su) privacidad|"
    r"rispettiamo la (?:tua|sua) privacy|respeitamos a (?:sua|tua) privacidade)\b|"
    r"\bpour charger le contenu de\b|\bpara cargar el contenido de\b|"
    r"\bper caricare il contenuto di\b|\bpara carregar o conteúdo de\b|"
    r"\bthis content is (?:not available|blocked) due to your (?:privacy|cookie) "
    r"(?:preferences|settings)\b|\bto view this content,? (?:please )?(?:enable|accept) cookies\b|"
    r"\bce contenu n['’]est pas (?:visible|disponible) en raison de vos (?:préférences|choix)\b|"
    r"\bce contenu est bloqué car vous n['’]avez pas accepté les cookies\b|"
    # an embedded post's frame ("View this post on Instagram", "A post shared by ...")
    r"^(?:view this (?:post|profile) on|diesen beitrag auf|voir cette publication sur|"
    r"ver esta publicación en|visualizza questo post su|ver esta publicação no) "
    r"(?:instagram|facebook|tiktok|x|twitter)(?: (?:ansehen|anzeigen))?$|"
    r"^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida (?:por|de)|un post condiviso da|uma publicação compartilhada por) "
    r".{1,80}$|"
    r"^ver (?:essa|esta) (?:foto|publicação|postagem) no (?:instagram|facebook)$|"
    # the place an embed waits in, and its buttons ("Inhalt laden", "Externen Inhalt anzeigen")
    r"^an dieser stelle finden sie (?:einen )?externen inhalt\b|"
    r"^(?:externen? )?inhalte? (?:laden|anzeigen)$|"
    r"^(?:inhalte?|beiträge|medien) (?:von|aus) drittanbietern? (?:laden|anzeigen|erlauben|zulassen)$|"
    r"^(?:show|load|allow) (?:third-party|external) content$|"
    r"^(?:this|dieser|ce|este|questo) (?:content|inhalt|contenu|contenido|conteúdo|contenuto) "
    r"(?:is not available|ist nicht verfügbar|n['’]est pas (?:accessible|disponible)|"
    r"no está disponible|não está disponível|non è disponibile)\.?$",
)
EMBED_CONSENT = Prefiltered(
    _EMBED_CONSENT,
    ("extern", "inhalt", "conte", "third-party", "view this", "post shared", "instagram",
     "geteilt von", "partagée par", "compartida", "condiviso da", "compartilhada por",
     "facebook", "respekt", "respect", "respet", "rispett", "respeit"),
)  # fmt: skip
PAYWALL = Folded(
    r"^(?:you have (?:read|\d+) .{0,20}free (?:articles?|stories)|"
    r"(?:create|register for) (?:a |your )?(?:free )?account to (?:keep|continue) reading\b.{0,40}$|"
    # a question whether the article helped, then a call ("... utile ? Suivez-nous ...")
    r"(?:cet article vous a(?:-t-il)? été utile|was this (?:article|story) (?:helpful|useful)|"
    r"war dieser artikel hilfreich|¿te ha resultado útil (?:esta noticia|este artículo)|"
    r"questo articolo ti è stato utile|este artigo foi útil)\s*\?\s+\S|"
    # a subscription's pitch ("Sua assinatura pode valer ainda mais", "The benefits of
    # subscribing")
    r"(?:sua|a sua|your|ihr|dein|votre|ton|tu|su|il tuo|o seu) (?:assinatura|subscription|"
    r"abo(?:nnement)?|suscripción|abbonamento)\b[^.!?]{0,60}$|"
    r"(?:[^.!?]{0,60}\b)?(?:(?:as )?vantagens de ser assinante|benefits of (?:being a )?subscri(?:ber|bing|ption)|"
    r"vorteile (?:als|für) abonnent|avantages (?:de l['’]abonnement|abonnés)|ventajas de ser suscriptor|"
    r"vantaggi (?:per gli abbonati|dell['’]abbonamento))\b[^.!]{0,60}$|"
    # a donation box's pitch ("Jede kleine Spende hilft ...")
    r"(?:jede (?:kleine )?spende (?:hilft|zählt)|every (?:little )?(?:donation|contribution|gift) "
    r"(?:helps|counts|matters)|chaque don (?:compte|aide)|cada (?:donación|donativo|doação) (?:cuenta|"
    r"ayuda|conta|ajuda)|ogni donazione (?:conta|aiuta))\b|"
    # a subscription's price or the paper to subscribe to ("Abbonati a partire da 1 euro",
    # "Assine o jornal"), or who may read on ("Assinantes podem ler")
    r"(?:abbonati|abonnez-vous|suscríbete|hazte suscriptor|assine|subscribe|abonnieren sie|"
    r"jetzt abonnieren|abonneer)\b[^.!?]{0,40}\b(?:a partire da|à partir de|desde|a partir de|from|"
    r"for|ab|für|por|per|vanaf)\s+(?:only |just |nur |seulement |solo |apenas )?[$€£]?\s?\d|"
    r"(?:assine|abbonati a|abonnez-vous à|suscríbete a|subscribe to|abonnieren sie) (?:o|il|le|el|the|"
    r"die|den|das) (?:jornal|giornale|journal|diario|periódico|paper|zeitung|newspaper)\b[^.!?]{0,40}$|"
    r"(?:only )?subscribers can read|solo gli abbonati possono leggere|(?:só )?assinantes podem ler|"
    r"seuls les abonnés peuvent lire|nur abonnenten können (?:weiterlesen|lesen)|"
    # a gift article's note ("Cet article vous a été offert par un abonné.")
    r"(?:cet article vous (?:a été|est) offert|this (?:article|story) (?:was|has been|is) (?:gifted|"
    r"shared|sent) (?:to you|with you)|(?:der|dieser) artikel wurde (?:ihnen|dir) (?:von [\w ]{2,30})?"
    r"(?:geschenkt|geschickt)|[\w .'’-]{1,40} (?:has )?(?:sent|gifted|shared) you this (?:article|story)|"
    r"este artículo (?:te|le) (?:ha sido|fue) regalado|questo articolo ti è stato regalato|"
    r"este artigo (?:foi-lhe|lhe foi) oferecido)\b|"
    # a metered article's note and offer ("Vous lisez un article gratuit", "Pour lire tous nos
    # articles, abonnez-vous ...")
    r"(?:vous lisez|you(?:['’]re| are) reading|sie lesen|estás leyendo|está leyendo|stai leggendo|"
    r"você está lendo|u leest) (?:un|an?|einen|uno?|uma|een) (?:(?:free|kostenlosen|gratis) "
    r"(?:article|artikel|story)|(?:article|artículo|articolo|artigo|artikel) (?:gratuit|gratuito|"
    r"gratis))\b[^.!?]{0,40}[.!]?$|"
    r"(?:pour lire|to read|um \w+ zu lesen|para (?:leer|ler)|per leggere)\b[^.!?]{0,60}\b(?:abonnez-vous|"
    r"subscribe|abonnieren sie|suscríbete|assine|abbonati)\b|"
    # a meter's count ("Te quedan 2 notas gratis", "Il vous reste 3 articles gratuits")
    r"(?:tenés|tienes|te quedan|le quedan|quedan|il te reste|il vous reste|sie haben noch|du hast noch|"
    r"ti restano|ti rimangono|você tem|restam|you have|you['’]ve got) \d+ (?:free |kostenlose |gratis )?"
    r"(?:notas?|artículos?|articles?|artikel|articoli|reportagens|matérias|stories)(?: (?:gratis|"
    r"gratuit[oa]?s?|gratuites|kostenlos|free))?\b[^.!?]{0,40}[.!]?$|"
    # the question alone ("Did you find this article useful?")
    r"(?:did you find|was|war) (?:this|dieser) (?:article|story|page|artikel|beitrag) (?:useful|helpful|"
    r"interesting|hilfreich|nützlich)\s*\?$|(?:ti è stato utile|ti è piaciuto) questo articolo\s*\?$|"
    # and appeals for money ("Support independent journalism. Donate today.")
    r"(?:please )?(?:support|fund|donate to) (?:our|independent|quality|local) (?:journalism|reporting)|"
    r"(?:thank(?:s| you) for reading[.!,]?\s*)?(?:please )?consider supporting us\s*[.!]?$|"
    r"(?:unterstütze|unterstützen sie|support) [\w.&'’ -]{2,40} (?:schon|bereits|ab|from|with as little as|"
    r"for as little as) (?:mit )?(?:€|\$|£)?\s?\d+(?:[.,]\d\d)?\s?(?:€|euro|dollars?|pounds?)?\s*[!.]?$|"
    r"unterstütze(?:n sie)? (?:das projekt|uns|unsere arbeit)(?: mit (?:einer|ihrer|deiner) spende)?"
    r"\s*[:!.]?$|(?:soutenez|apoya|apoye|sostieni|sostenete|apoie) (?:notre|nuestro|il nostro|o nosso|"
    r"nosso) (?:travail|trabajo|lavoro|trabalho)(?: (?:avec|par|con|com) (?:un|una|um) (?:don|donativo|"
    r"donación|donazione|doação))?\s*[:!.]?$|support our work(?: with a donation)?\s*[:!.]?$|"
    r"soutenez (?:une information|le journalisme|un journalisme|notre journalisme|notre rédaction) "
    r"(?:indépendante?|de qualité|locale?)|"
    r"(?:independent|quality|local|good) journalism needs your support|(?:unabhängiger|guter|lokaler) "
    r"journalismus braucht (?:ihre|deine) unterstützung|le journalisme (?:indépendant|local) a besoin "
    r"de (?:vous|votre soutien)|el periodismo (?:independiente|local) necesita (?:tu|su) apoyo|"
    r"il giornalismo (?:indipendente|locale) ha bisogno (?:di te|del tuo sostegno)|"
    r"o jornalismo (?:independente|local) precisa (?:de você|do seu apoio)|"
    r"we (?:rely|depend) on (?:the )?(?:support|generosity) of (?:our )?readers|we (?:rely|depend) on your "
    r"(?:support|donations|generosity)|wir sind auf (?:ihre|deine) unterstützung angewiesen|"
    r"nous (?:comptons|dépendons) sur (?:votre|le) soutien|dependemos de (?:tu|su|vosso|seu) apoio|"
    r"contiamo sul (?:tuo|vostro) sostegno|"
    r"support [\w.]+ so (?:that )?we (?:can )?continue\b|support (?:[\w.]+ ){1,3}and make a difference\b|"
    # a plea for money in sentences ("Our reporting is funded by readers like you. If you value
    # what we do, please consider ...")
    r"(?:our|this) (?:journalism|reporting|work|newsroom)\b.{0,30}\b(?:(?:is )?(?:funded|"
    r"supported|made possible|paid for) by|(?:relies|depends|counts) on) (?:readers|you|our readers|"
    r"members|your support)\b|"
    r"unser(?:e)? (?:berichterstattung|journalismus|arbeit|redaktion)\b.{0,20}\b(?:von|durch) "
    r"(?:unseren |den )?(?:leser|ihnen|abonnent|unterstützer)[^.]{0,40}\b(?:finanziert|getragen|"
    r"ermöglicht)\b|"
    r"notre (?:journalisme|travail|rédaction)\b.{0,20}\b(?:financée?|soutenue?) par (?:nos|ses|les) "
    r"lect|nuestro periodismo\b.{0,20}\b(?:financian|sostienen|pagan|financiado por|sostenido por) "
    r"(?:nuestros |los |sus )?lectores|"
    r"il nostro (?:giornalismo|lavoro)\b.{0,20}\b(?:finanziato|sostenuto) dai (?:nostri )?lettori|"
    r"o nosso (?:jornalismo|trabalho)\b.{0,20}\b(?:financiado|mantido) (?:pelos|por) (?:nossos )?leitores|"
    r"if you (?:value|like|enjoy|appreciate) (?:what we do|our (?:journalism|work|reporting))|"
    r"wenn ihnen unsere arbeit (?:gefällt|wichtig ist)|si vous appréciez notre (?:travail|journalisme)|"
    r"si (?:te gusta|valoras) nuestro (?:trabajo|periodismo)|se apprezzi il nostro (?:lavoro|giornalismo)|"
    r"se você (?:gosta|valoriza) d?o nosso (?:trabalho|jornalismo)|"
    r"please consider (?:making a |a )?(?:contribution|donation|donating|supporting us)\b|"
    r"(?:[^?]{3,60}\?\s*)?(?:support us|soutenez-nous|unterstützen sie uns|apóyanos|sostienici|"
    r"apoie-nos)(?: today| now| aujourd['’]hui| jetzt)?\s*[.!]?$|"
    # the same call after a question about the article ("Vous avez aimé cet article ? Soutenez ...")
    r"[^?]{3,60}\?\s*(?:soutenez|support|unterstützen sie|apoya|sostieni|apoie) (?:notre|nos|our|"
    r"unsere[nr]?|nuestro|nuestra|il nostro|la nostra|o nosso|a nossa)\b[^.!?]{1,40}[.!]?$|"
    # a question whether readers like the paper, then the call for money ("Gefällt dir unser
    # Magazin? ... Unterstütze uns mit einer Spende.", "Enjoy our reporting? ... a donation.")
    r"(?:gefällt (?:dir|ihnen)|magst du|(?:do you )?(?:enjoy|like|love|value|appreciate)|vous aimez|tu aimes|"
    r"¿?te gusta|¿?le gusta|ti piace|vi piace|(?:você )?gosta|vind je) (?:unser|our|notre|nuestro|"
    r"nuestra|il nostro|la nostra|o nosso|a nossa|d[oa] noss[oa]|ons|onze)\w*\s+(?:[\w-]+\s+)?[\w-]*"
    r"(?:journalism|reporting|work|magazin|magazine|site|website|newsletter|content|articles|blog|"
    r"podcast|arbeit|journalismus|berichterstattung|artikel|inhalte|seite|travail|journalisme|contenu|"
    r"trabajo|periodismo|contenido|revista|lavoro|giornalismo|rivista|trabalho|jornalismo|conteúdo|"
    r"werk|journalistiek)\b[^?]{0,40}\?.{0,200}?"
    r"\b(?:spende|donat|donación|donativo|doação|donazione|donatie|don\b|contribution|beitrag|"
    r"membership|mitglied|bezahlschranke|paywall|mur payant|muro de pago)|"
    # a call to share after a question whether the reader liked it ("Dir hat der Artikel
    # gefallen? Jetzt teilen ...")
    r"(?:(?:dir|ihnen) hat (?:der|dieser) (?:artikel|beitrag) gefallen|(?:did you )?(?:like|enjoy)(?:d)? "
    r"this (?:article|story|post)|vous avez aimé cet article|¿?te (?:ha )?gustado (?:este|el) "
    r"artículo|ti è piaciuto (?:questo|l['’]) ?articolo|gostou (?:deste|do) artigo)\s?\?\s*(?:dann |"
    r"jetzt |then |alors |entonces |allora |então )?(?:teile|teilen|share|partagez|partage|comparte|"
    r"compártelo|condividi|compartilhe|partilhe)\b.{0,60}$|"
    # a survey of the site ("Wie gefällt Ihnen unsere Website? Teilen Sie es uns mit!")
    r"(?:wie gefällt (?:ihnen|dir) unsere? (?:neue )?(?:website|webseite|seite|app|angebot)|how do you "
    r"like our (?:new )?(?:website|site|app)|que pensez-vous de notre (?:nouveau )?site|¿?qué te "
    r"parece nuestra (?:nueva )?(?:web|página))\b[^?]{0,60}\?.{0,80}$|"
    # a question whether the reader would back the paper ("Möchtest du uns unterstützen, ...?")
    r"(?:möchtest du|möchten sie|willst du|wollen sie|would you like to|do you want to|voulez-vous|"
    r"¿?quieres|¿?desea|vuoi|volete|quer|gostaria de|wil je) (?:uns|us|nous|nos|ci|ons)\b.{0,40}?"
    r"\b(?:unterstützen|support|back|soutenir|apoyar|sostenere|apoiar|steunen)\b[^.!]{0,80}\?$|"
    # a donation button ("Je fais un don", "Jetzt spenden")
    r"(?:donate(?: now| today)?|(?:jetzt )?spenden|je fais un don|faire un don|dona ahora|"
    r"haz una donación|fai una donazione|doe agora|faça uma doação)(?: (?:à|a|an) [\w .'’-]{1,30})?\s*[.!]?$|"
    # a question to readers and a call to sign up ("Want more stories like this? Sign up ...")
    r"[^?!]{3,80}[?!]\s*(?:sign up|subscribe|abonnieren sie|abonnez-vous|inscrivez-vous|"
    r"suscríbete|iscriviti|inscreva-se|assine)\b.{0,80}$|"
    # ... and with the newsletter's promise between them ("Lust auf mehr? Lass dir die besten
    # Storys jede Woche liefern. Melde dich hier für unseren Newsletter an!")
    r"[^?!]{3,80}[?!]\s[^.!?]{0,160}[.!]\s+(?:sign up|subscribe|melde dich|meld dich|trag dich|"
    r"abonniere|abonnieren sie|abonnez-vous|inscrivez-vous|suscríbete|iscriviti|inscreva-se)\b"
    r"[^.!?]{0,60}\bnewsletter\b[^.!?]{0,30}[.!]?$|"
    r"unterstützen sie (?:unseren |unabhängigen |guten |den )*[\w-]*journalismus|"
    r"soutenez (?:notre|le|un|une|la) (?:journalisme|rédaction|journal|travail|média)|"
    r"apoya (?:nuestro|el) periodismo|"
    r"steun (?:onafhankelijke|onze|de) journalistiek|"
    r"sostieni (?:il nostro|il) giornalismo|apoie (?:o nosso|o) jornalismo|"
    r"vous avez lu \d+ des? \d+ articles|sie haben \d+ von \d+ .{0,20}artikeln|"
    # a metered paywall's counter ("You have read 3 articles this month")
    r"(?:you(?:['’]ve| have) read|vous avez lu|sie haben|has leído|hai letto|você (?:já )?leu) "
    r"\d+ (?:free |kostenlose |gratuitos |gratuiti )?(?:articles?|artikel|artículos|articoli|"
    r"artigos|matérias|notícias|noticias|stories)\b|"
    r"you(?:['’]ve| have) reached your (?:free |monthly )?(?:article|story) limit|"
    r"has leído \d+ de \d+ (?:artículos|noticias)|"
    # an article kept for subscribers ("Cet article est réservé aux abonnés.")
    r"(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available to|"
    r"reserved for|exclusive to) (?:paying )?(?:subscribers|members)|"
    r"(?:subscribe|abbonati|assine|abonnez-vous|suscríbete) (?:to (?:continue|keep) reading|"
    r"per continuare a leggere|para continuar (?:lendo|leyendo)|pour (?:lire la suite|continuer à "
    r"lire))|"
    r"(?:sie lesen|du liest) gerne? [\w.-]+\?|"
    # a free account's wall ("Kostenlos registrieren und weiterlesen")
    r"(?:register|sign up)(?: for free)? (?:to|and) (?:continue|keep) reading|"
    r"(?:jetzt )?(?:kostenlos )?registrieren und weiterlesen|"
    r"inscrivez-vous(?: gratuitement)? pour (?:lire la suite|continuer)|"
    r"regístrate(?: gratis)? (?:para|y) (?:seguir|continuar) leyendo|"
    r"registrati(?: gratis)? per continuare a leggere|cadastre-se(?: grátis)? (?:para|e) continuar lendo|"
    r"hazte (?:miembro|socio|suscriptor)|jetzt \d+ ausgaben gratis|wählen sie ihren zugang|"
    r"to (?:view|read|continue reading|access) the (?:full|rest of the|entire|whole) (?:story|article),? "
    r"(?:please )?(?:subscribe|log in|sign in|register)|"
    r"subscribe (?:now |today )?to .{1,50} (?:for|to read) the (?:full|rest of the|whole) (?:story|article)|"
    r"(?:if )?you(?:['’]re| are) (?:seeing this message but you(?:['’]re| are) )?already a subscriber|"
    r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:unsere )?"
    r"(?:abonnenten|abonnentinnen|abonnierende)|"
    r"(?:nur |exklusiv )?für (?:unsere )?(?:abonnenten|abonnentinnen|abonnierende)\.?$|"
    # a trial's price ("1 Monat für 1 €", "3 months for $1")
    r"\d+ (?:monate?|wochen|tage|months?|weeks?|mois|semaines|mes(?:es)?|settimane|meses) "
    r"(?:für|for|pour|por|per|a) (?:nur |only |seulement |solo )?(?:€|\$|£)? ?\d+(?:[.,]\d\d)? ?(?:€|euros?)?$|"
    r"(?:cet article|la suite de cet article|ce contenu) est réservée? aux abonnés|"
    r"vous lisez un article réservé aux abonnés|"
    r"(?:diesen )?artikel weiterlesen mit [\w+ -]{1,30}$|"
    r"(?:dieser|der) (?:artikel|beitrag) gehört zum angebot von [\w+ -]{1,30}|"
    # the label alone ("Article réservé aux abonnés", "Nur für Abonnenten")
    r"(?:article |contenu )?réservé (?:aux|à nos) abonnés\.?$|(?:artikel )?nur für abonnenten\.?$|"
    r"(?:contenido )?exclusivo para (?:nuestros )?(?:suscriptores|abonados)\.?$|"
    r"vous ne pouvez plus lire (?:cet article|d['’]articles)|"
    r"(?:s['’]abonner|abonnez-vous|subscribe|abonnieren|abbonati|assine|suscríbete) (?:pour|for|für|"
    r"per|por) (?:seulement |only |nur |solo |apenas )?(?:€|\$|£)? ?\d+(?:[.,]\d\d)? ?(?:€|euros?)?"
    r"(?: [^.!?]{1,40})?$|"
    r"(?:articolo |contenuto )?riservato (?:agli|ai nostri) abbonati\.?$|"
    r"(?:conteúdo )?exclusivo para (?:nossos )?assinantes\.?$|"
    r"subscribers? only\.?$|(?:abonnés|abonnenten|suscriptores|assinantes|abbonati|abonnees|"
    r"premium|subscriber exclusive)$|"
    r"you(?:['’]re| are) reading (?:a|an) (?:subscriber|premium|member)s?[- ](?:only |exclusive )?"
    r"(?:article|story)|"
    r"il vous reste \d+\s*% (?:de (?:cet |l['’])article )?à (?:lire|découvrir)|"
    r"(?:este|esta) (?:artículo|contenido|noticia) es exclusiv[oa] para (?:suscriptores|abonados)|"
    r"questo (?:articolo|contenuto) è riservato agli abbonati|"
    r"(?:este|esta) (?:conteúdo|matéria|artigo) é exclusiv[oa] para assinantes|"
    r"dit (?:artikel|bericht) is (?:alleen )?voor abonnees|"
    # reading on with the subscription ("Lesen Sie jetzt mit Ihrem Abo weiter", "Continúa
    # leyendo con tu suscripción")
    r"(?:lesen sie (?:jetzt )?|jetzt )?(?:mit (?:ihrem|deinem) abo(?:nnement)? weiter(?:lesen)?|"
    r"weiterlesen mit (?:ihrem|deinem) abo)|continuez (?:à lire|votre lecture) avec (?:votre )?"
    r"abonnement|(?:continúa|sigue) leyendo con (?:tu|su) suscripción|continua a leggere con "
    r"(?:il tuo )?abbonamento|continue lendo com (?:a )?(?:sua )?assinatura|lees verder met (?:een|je|"
    r"uw) abonnement|keep reading with (?:a|your) subscription|"
    # the limit of free articles reached
    r"you(?:['’]ve| have) reached (?:your|the) (?:limit|maximum) of free (?:articles|stories)|"
    r"vous avez atteint (?:la|votre) limite d['’]articles gratuits|sie haben (?:ihr|das) (?:limit|"
    r"kontingent) (?:an )?(?:kostenlosen|freien|gratis-?)\s?artikeln? erreicht|has alcanzado el "
    r"límite de (?:artículos|noticias) gratuit[oa]s|hai raggiunto il limite di articoli gratuiti|"
    r"você atingiu o limite de (?:matérias|artigos|reportagens|notícias) gratuit[oa]s|"
    # a trial and a first month's price ("Testen Sie 30 Tage kostenlos", "1 € le premier mois")
    r"testen sie (?:\d+|einen|zwei|drei|vier) (?:tage|wochen|monate?) (?:kostenlos|gratis)|"
    r"try (?:it )?(?:free|for free) for \d+ days|essai gratuit (?:de |pendant )?\d+ jours|"
    r"prueba (?:gratis|gratuita) (?:durante )?\d+ días|experimente (?:grátis )?(?:por )?\d+ dias|"
    r"[^.!?]{0,60}(?:(?:[$€£]|r\$) ?\d+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)? ?(?:€|euros?|\$|£)) "
    r"(?:im ersten monat|le premier mois|"
    r"el primer mes|il primo mese|no primeiro mês|(?:for )?the first month)$|"
    # a call to subscribe to read ("Abbonati per leggere l'articolo completo")
    r"(?:abbonati|abonnez-vous|suscríbete|assine|subscribe|abonnieren sie) (?:per|pour|para|to|um) "
    r"(?:leggere|lire|leer|ler|read|continue|continuar|continuare|weiterzulesen)\b[^.!?]{0,60}$|"
    # an account to sign in with ("¿Ya tienes cuenta? Inicia sesión")
    r"¿?ya tienes (?:una )?cuenta\?(?: inicia sesión| entra| accede)?|already have an account\?"
    r"(?: (?:log|sign) in)?|vous avez déjà un compte\s?\?(?: connectez-vous| se connecter)?|"
    r"hai già un account\?(?: accedi)?|já tem (?:uma )?conta\?(?: entre| faça login)?|"
    r"(?:sie haben )?(?:schon|bereits) ein (?:konto|abo)\?(?: (?:hier )?(?:anmelden|einloggen))?)",
)
CREDIT = Folded(
    r"^(?:\(?(?:additional )?reporting by|editing by|edited by|writing by|compiled by|mitarbeit|"
    # an editor's credit in Chinese, Japanese, Korean ("责任编辑：张伟", "編集：", "편집:")
    r"(?:【纠错】\s*)?[（(【\[]?(?:责任编辑|責任編輯|编辑|編輯|校对|編集|편집|데스크)\s*[:：]\s*|"
    # a helper's credit ("Con la colaboración de Pedro Gómez")
    r"(?:con la|avec la|com a) (?:colaboración|collaboration|colaboração|collaborazione) d[eia]"
    r"(?=\s+\w)|"
    r"redigiert von|redaktionell bearbeitet von|"
    # who edited it, under a label ("Editor: Tom Hart", "Bearbeitet von: ...")
    r"(?:editor|editors|bearbeitet von|édité par|editado por|editing)\s*:\s*(?=\w)|"
    # ... with words that have other uses, a name's few words only ("Edição: João Alves")
    r"(?:edição|edición|edizione|édition|revisão|revisión|revisione|révision)\s*:\s*"
    r"[\w'’.-]+(?:\s+[\w'’.-]+){1,3}$|"
    r"(?:medically |expert )?reviewed by|fact[- ]checked by|(?:last )?(?:medically )?reviewed on|"
    # how to cite the page, as science news sites print it ("Citation: <headline> (2025, March
    # 5) retrieved 6 March 2025 from https://...")
    r"citation\s*:.{10,300}\bretrieved\b.{0,40}\bfrom\s+https?://|"
    r"avec l[’']afp|con información de|(?:esta noticia|este artículo|esta información) "
    r"(?:ha sido|fue) elaborad[ao] con información de|(?:[\w.,’' -]{2,200}) contributed to this (?:report|story)|"
    # "Jane Doe contributed reporting from Boston."
    r"(?:[\w.,’' -]{2,120}) contributed (?:reporting|research)(?: (?:from|in) [\w .,’'-]{2,60}?)?(?=\.?$))\b|"
    # the agencies a story draws on, alone on its closing line ("Mit Material von dpa"), maybe
    # marked as a footnote ("*Com informações da Agência Brasil")
    r"^(?:[*—–]\s*)?\(?(?:mit material (?:von|der)|mit informationen (?:von|der)|mit|avec|avec l[’']|com|"
    r"com informações d[aeo]s?|con|con información de|con datos de|con informazioni d[ia]|with|"
    r"with inputs from|"
    r"with (?:additional )?reporting (?:from|by)|"
    r"(?:this (?:report|story|article) )?(?:contains|includes) (?:material|reporting) from|"
    r"(?:quelle|source|fuente|fonte|bron)\s*:)\s*(?:the\s+)?"
    rf"(?:{_AGENCY}|associated press)(?:/[a-z]{{2,4}})?"
    rf"(?:\s*(?:,|/|und|and|et|y|e)\s*{_AGENCY}(?:/[a-z]{{2,4}})?)*\)?\.?$|"
    # where and when a broadcaster aired the story ("Über dieses Thema berichtete ... am ...")
    r"^(?:über dieses thema berichtete|dieses thema im programm|this story (?:was )?(?:aired|broadcast) on)\b|"
    # an agency alone on its line ("Reuters", "(AFP)")
    rf"^\(?(?:(?:von|by|par|por|di|da)\s+)?(?:{_AGENCY}|associated press|agence france-presse)\)?\.?$|"
    # agencies and the editor's initials in brackets ("(dpa/afp/jw)")
    rf"^\((?:{_AGENCY})(?:\s*/\s*(?:{_AGENCY}|[a-z]{{1,4}}))*\)\.?$",
    remember=True,
)
COMMENTS_HEADER = Folded(
    r"^(?:\d+\s+)?(?:comments?|reader comments|readers[’']? comments|leave a (?:comment|reply)|"
    r"(?:bisherige )?kommentare(?: zu[mr]? (?:artikel|beitrag|nachricht|text))?|"
    r"(?:previous |earlier )?comments on this (?:article|story|post)|"
    r"join the (?:discussion|conversation)|discussion|responses?|kommentare?|leserkommentare|commentaires?|"
    r"participa en la conversación|únete a la conversación|rejoignez la (?:conversation|discussion)|"
    r"participez à la discussion|partecipa alla discussione|participe da conversa|leseranmerkungen|"
    r"praat mee|"
    r"réactions|comentarios?|comentários?|commenti|reacties|"
    # what readers wrote, under a heading of its own ("What readers say", "Leserstimmen")
    r"what (?:readers|you) (?:say|said|think)|have your say|readers respond|leserstimmen|"
    r"vos réactions|réactions des lecteurs|(?:lo que dicen|opiniones de) (?:los|nuestros) lectores|"
    r"la parola ai lettori|opinião dos leitores)\s*(?:\(\d+\))?\s*:?\s*\d*$|"
    # a blog's count of comments on the post, with its title ("3 réflexions sur « ... »",
    # "One thought on “...”", "2 Gedanken zu „...“")
    r"^(?:\d+|one|une?|eine?|uno?|una|uma?|één|een)\s+(?:thoughts? on|responses? to|repl(?:y|ies) to|"
    r"comments? on|réflexions? sur|commentaires? sur|réponses? à|gedanken? zu|kommentare? zu|"
    r"antworten? (?:auf|zu)|comentarios? (?:en|sobre|a)|respuestas? a|pensamientos? sobre|"
    r"comment[oi] (?:su|a)|pensier[oi] su|rispost[ae] a|comentários? (?:em|sobre|para)|"
    r"respostas? (?:para|a)|pensamentos? sobre|gedachten? over|reacties? op)\s+\S.{0,200}$",
)
# What sits between comments in a thread: reply and vote buttons, relative times.
# How long ago, in a comment's stamp or a relative dateline ("2 hours ago", "vor 3 Stunden").
_AGO = (
    r"(?:\d+\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?)\s+ago|"
    r"vor\s+\d+\s+(?:minuten|stunden|tagen|wochen)|il y a\s+\d+\s+(?:minutes?|heures?|jours?)|"
    r"hace\s+\d+\s+(?:minutos?|horas?|días?)|há\s+\d+\s+(?:minutos?|horas?|dias?)|"
    r"\d+\s+(?:minuti|ore|giorni|settimane)\s+fa|\d+\s+(?:minuten|uur|dagen|weken)\s+geleden)"
)
# A comment's signature: who, from where, how long ago ("Sarah, Leeds, 2 hours ago", "Ana G ·
# hace 2 horas" with the initial's stop taken out, "@harbourgirl · 2h").
_SIGNATURE = rf"[^.!?]{{1,60}}(?:,|\s[·|•–-])\s*(?:{_AGO}|\d+\s?(?:h|min|d|w))"
COMMENT_MARKER = Folded(
    r"^(?:reply|antworten|répondre|responder|rispondi|responda|report|melden|signaler|"
    r"like|gefällt mir|j[’']aime|me gusta|mi piace|\d+\s+(?:likes?|replies|antworten|réponses|"
    rf"respuestas|risposte)|{_AGO}|click to rate|comment #?\d+(?: by .{{1,40}})?$|"
    rf"{_SIGNATURE}$)\b",
)
COMMENT_SIGNATURE = Folded(rf"^{_SIGNATURE}$")
# A live blog's key event: how long ago, then the post's headline ("1h ago Rail services halted");
# not when or by whom ("2 days ago at 07:52", "vor 18 Tagen von Jan Roth": a dateline, a byline).
KEY_EVENT = Folded(
    rf"^{_AGO}\s+(?!(?:at|um|à|a las|às|alle|om|by|von|par|por|di|da|door)\b)[^\W\d][^.!?]{{2,120}}$"
)
# A numbered comment's stamp: its number, who, when ("#1 — jdoe — March 5, 2025 at 3:10 pm").
NUMBERED_COMMENT_STAMP = re.compile(
    r"^#\d{1,4}\s*[—–-]\s*[^—–]{1,40}?\s*[—–-]\s*(?P<when>.{6,40})$"
)
COMMENT_AUTHOR = Folded(
    # The colon matters: "He said, she said" is a subheading, "John Smith says:" a comment.
    r"^[^.!?]{1,60}\s(?:says|said|wrote|schreibt|schrieb|sagt|dit|a écrit|dice|escribió|scrive|"
    r"ha scritto|disse|escreveu|diz|schreef|zegt)\s*:$",
)
# A list item's bullet or number, before its text.
LIST_MARK = re.compile(r"^\s*(?:[-*•▪►▸·]|\d{1,3}[.)])\s+")
NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+\S")
# What a journalist is called, as the last part of a word: German and Dutch compound it
# ("Wirtschaftsredakteur", "Korrespondentin"), the Romance languages do not.
ROLE = (
    r"(?i:journalist|reporter|correspondent|writer|editor|author|photographer|columnist|"
    r"contributor|analyst|blogger|redakteur|korrespondent|autor|redacteur|verslaggever|"
    r"journaliste|rédact(?:eur|rice)|correspondante?|auteure?|periodista|corresponsal|"
    r"redactora?|autora?|giornalista|corrispondente|correspondente|redattrice|redattore|"
    r"jornalista|repórter)"
    r"(?:in|innen|es|s)?"
)
# The articles a noun phrase opens with where a name would stand ("The Government covers ...").
DETERMINERS = frozenset(
    "The A An Der Die Das Le La Les El Los Las Il Lo O Os As De Het".split()
)  # fmt: skip
# The words a bio may open with under its heading: a pronoun ("Sie leitet das Ressort ..."),
# the writer's own or a greeting ("Hallo, ich bin Jan ...").
BIO_OPENERS = frozenset(
    """he she er sie il elle ele ela él ella lui lei hij zij i i'm i’m ich je soy sono sou ik
    hi hello hey hallo moin bonjour salut hola ciao olá oi hej""".split()
)
BIO = re.compile(
    # a name, not a noun phrase ("The Government covers ... for Ukraine")
    rf"^(?!(?:{'|'.join(sorted(DETERMINERS))})\s)"
    r"(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3})"
    # maybe with an aside ("Max Muster, Jahrgang 1975, ist ...", "Anna Weber (38) ist ..."), and
    # what they studied first ("... studierte Politik in Berlin und arbeitet als ...")
    r"(?:,\s*[^,.]{1,40},|\s*\([^()]{1,40}\))?\s+"
    r"(?:(?:studied|studierte|a étudié|estudió|ha studiato|estudou)\s[^.]{1,80}?\s(?:and|und|et|y|e)\s+)?"
    r"(?:(?:is|was|ist|war|est|était|es|"
    r"era|é|è|fue|foi)\s+(?:(?:a|an|the|ein|eine|un|une|una|el|la|il|lo|um|uma|een|de)\s+)?"
    r".{0,200}?" + ROLE + r"\b|"
    # works as one ("... arbeitet seit 2015 als Reporter für ...")
    r"(?:works|arbeitet|travaille|trabaja|lavora|trabalha)(?: (?:since|seit|depuis|desde|dal|"
    r"da) \d{4})? (?:as|als|comme|como|come) (?:an? |un[ae]? |uma? )?(?:[\w-]+ )?\w*"
    + ROLE
    + r"\b|"
    # writes or lives as one ("... schreibt als freie Autorin für ...", "... lebt als Journalistin")
    r"(?:writes|lives|schreibt|lebt|écrit|vit|escribe|vive|scrive|escreve) (?:as|als|comme|como|come) "
    r"(?:an? |un[ae]? |uma? )?(?:[\w-]+ )?\w*" + ROLE + r"\b|"
    r"(?:writes|schreibt|écrit|escribe|scrive|escreve)(?: (?:since|seit|depuis|desde|dal|da) \d{4})? "
    r"(?:about [^.]{1,60}? )?(?:for|für|pour|para|per)\b|"
    # what they cover for their outlet ("... covers city hall for The Example Courier")
    r"(?:covers|reports on|berichtet über|couvre|cubre|cobre)\b.{0,80}?\b(?:for|für|pour|para|per) "
    r"(?:(?:the |die |den |le |la |el |il |o |a )?[A-ZÀ-Þ]|(?:our|notre|nuestro|nuestra|il nostro|"
    r"o nosso|unsere|unser) ))",
)
# A job title where a byline gives a name ("By Jane Doe, Transport Correspondent").
JOB_TITLE = re.compile(r"^(?:[\w’'-]+\s+){0,3}\w*" + ROLE + r"$", re.IGNORECASE)
# A journalist's role named anywhere in a line ("Andrea Conti, giornalista, ...").
ROLE_WORD = re.compile(r"\b\w*" + ROLE + r"\b", re.IGNORECASE)
# A site's cookie banner, in its own voice ("We use cookies to ...", "Questo sito utilizza
# cookie ..."); a story about cookies quotes no such sentence.
COOKIE_BANNER = Folded(
    # a sign-up form's consent ("By registering you become a member of ... and agree to the
    # Terms of Use")
    r"^by (?:registering|signing up|subscribing|creating an account|creating your account),? you "
    r"(?:agree|consent|become|acknowledge|accept|confirm)\b|"
    r"^(?:mit (?:der|ihrer|deiner) (?:registrierung|anmeldung)|en vous inscrivant|al registrarte|"
    r"registrandoti|ao se registrar|ao registar-se),? (?:akzeptieren sie|akzeptierst du|stimmen sie|"
    r"stimmst du|vous acceptez|aceptas|accetti|você aceita|aceita)\b|"
    r"^by (?:choosing|clicking|selecting|tapping) [\"“'‘]?(?:i accept|accept(?: all)?|agree|ok)[\"”'’]?,? "
    r"you (?:consent|agree) to (?:our|the) use of cookies|"
    r"\bif you continue (?:to use|using|browsing)\b.{0,40}\b(?:site|website)\b|"
    r"^(?:by (?:using|continuing to use) (?:this|our) (?:web)?site|durch die (?:weitere )?nutzung "
    r"(?:der|dieser|unserer) (?:webseite|seite|website)|en (?:utilisant|poursuivant votre navigation sur) ce site|"
    r"al (?:utilizar|usar|navegar por) este sitio|continuando (?:a navigare|la navigazione))\b|"
    # the site and its partners ("We and our partners store ...", "Wir und unsere Partner ...")
    r"^(?:we and our (?:\d+ )?(?:partners|vendors)|wir und unsere (?:\d+ )?partner|"
    r"nous et nos (?:\d+ )?partenaires|nosotros y nuestros (?:\d+ )?socios|"
    r"noi e (?:i )?nostri (?:\d+ )?partner|nós e os nossos (?:\d+ )?parceiros|"
    r"wij en onze (?:\d+ )?partners)\b.{0,80}\b(?:cookies?|tracker|technologies)\b|"
    # a consent box's note after a refusal ("Vous avez choisi de refuser les cookies")
    r"^(?:vous avez (?:choisi de )?refus(?:er|é) les cookies|you have (?:chosen to )?(?:declined|rejected|"
    r"refused) (?:the )?cookies|sie haben (?:die )?cookies abgelehnt|has rechazado las cookies|"
    r"hai rifiutato i cookie|você recusou os cookies)\b|"
    # a consent box's heading ("We value your privacy")
    r"^(?:we (?:value|care about|respect) your privacy|your privacy(?: choices| matters)?|"
    r"wir respektieren ihre privatsphäre|ihre privatsphäre ist uns wichtig|"
    r"nous respectons votre vie privée|(?:valoramos|respetamos) tu privacidad|"
    r"rispettiamo la tua privacy|(?:valorizamos|respeitamos) a sua privacidade|"
    r"wij respecteren uw privacy)\s*$|"
    r"^(?:we use|this (?:web)?site uses|our (?:web)?site uses|nous utilisons|ce site utilise|"
    r"wir (?:verwenden|nutzen)|diese (?:web)?(?:seite|site) (?:verwendet|nutzt)|"
    r"(?:utilizamos|usamos)|este (?:sitio|site)(?: web)? (?:utiliza|usa)|"
    r"questo sito(?: web)? (?:utilizza|usa)|utilizziamo|usiamo|wij gebruiken|"
    r"deze (?:web)?site (?:gebruikt|maakt gebruik van))\b.{0,80}\bcookies?\b|"
    # a consent box's categories ("Necessary cookies are absolutely essential ...")
    r"^(?:(?:necessary|functional|performance|analytics|advertisement|marketing) cookies are "
    r"(?:absolutely )?(?:essential|necessary|required|used to)|(?:notwendige|funktionale) cookies "
    r"sind (?:für|unbedingt|erforderlich)|les cookies nécessaires sont|las cookies necesarias son|"
    r"i cookie necessari sono|(?:any )?cookies that (?:may not be|are not) (?:particularly |strictly )?"
    r"necessary)\b.{0,200}$|"
    # the terms one accepts by using the site
    r"^(?:(?:your )?use of|registration on or use of) this site constitutes acceptance of\b"
)
# Whose call a sentence quotes, after its comma ("Abonnez-vous, nous disent les éditeurs.",
# "Iscriviti alla newsletter, chiede il direttore ..."): the story's, not the site's.
ATTRIBUTED = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,3}(?:says?|said|asks?|asked|urges?|urged|recommends?|advises?|"
    r"begs?|begged|pleads?|pleaded|shouts?|shouted|chants?|chanted|"
    r"sagt|sagte|fordert|forderte|rät|riet|bittet|bat|ruft|rief|riefen|"
    r"dit|disent|demande|demandait|a demandé|conseille|recommande|crient|criaient|"
    r"dice|dicen|pide|pidió|pedía|recomienda|aconseja|gritan|gritaban|gritaron|"
    r"chiede|chiese|ha chiesto|consiglia|raccomanda|gridano|gridavano|"
    r"diz|dizem|pede|pediu|pedia|recomenda|aconselha|gritam|gritavam|gritaram|"
    # who reminds, warns, stresses, explains or adds, in the present or past
    r"reminds?|reminded|warns?|warned|insists?|insisted|explains?|explained|adds?|added|notes?|"
    r"noted|tells?|told|mahnt|mahnte|betont|betonte|erinnert|erinnerte|warnt|warnte|erklärt|"
    r"erklärte|appelliert|appellierte|rappelle|rappellent|rappelait|précise|"
    r"souligne|insiste|prévient|explique|ajoute|martèle|exhorte|demandent|conseillent|recuerda|"
    r"advierte|explica|añade|señala|subraya|piden|ruega|ricorda|avverte|spiega|aggiunge|"
    r"sottolinea|chiedono|lembra|alerta|acrescenta|ressalta|pedem|recomendam)\b",
    re.IGNORECASE,
)
# A sentence ending in whose words it reports (", the owner said proudly.", ", sagte er.",
# "a déclaré le maire."): the story's own, whatever cue its first words match.
REPORTED_SPEECH = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}(?:said|says|told \w+|added|explained|warned|sagte|sagt|erklärte|"
    r"betonte|dit|a déclaré|a dit|a expliqué|dijo|afirmó|explicó|aseguró|ha detto|ha spiegato|"
    r"disse|afirmou|explicou)(?:\s+[\w'’.-]+){0,4}[.!]['’\"”»]?$",
    re.IGNORECASE,
)
# A name signed under an article: after a dash, before a place or role in brackets or after
# a comma.
SIGNATURE = re.compile(
    r"^(?:[–—-]{1,2}\s*|\((?=[^()]+\)$))?(?P<name>[^\W\d_][^(),:;!?\d]{3,50}?)\s*"
    r"(?:\([^()]{2,60}\)|,\s*[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,2}|"
    rf"\s*[,/]\s*(?i:{_AGENCY})|\))?$"
)
# An agency and the place it filed from ("EFE Oviedo", "dpa Berlin"), or its regional desk
# ("dpa/lno").
AGENCY_AND_PLACE = re.compile(
    rf"^(?i:{_AGENCY})(?:(?:\s*[/|,-])?\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?|\s*/\s*[a-z]{{2,4}})$"
)
# Where a reporter filed from, under the byline ("Reporting from Millbrook, Ga.").
REPORTING_FROM = re.compile(
    r"^(?:(?i:reporting|reported|writing) from\s+[A-ZÀ-Þ][^.!?]{1,60}|"
    rf"(?i:from our correspondent in)\s+[A-ZÀ-Þ][^,.!?]{{1,40}}|{_SENT_TO}|"
    # a contribution for the paper, with the place filed from ("Colaboração para a Folha, de
    # Brasília", "Special to The Post")
    r"(?i:colaboração para|especial para|special to|speciale per)\s+(?:(?:a|o|the|el|la|il)\s+)?"
    r"[A-ZÀ-Þ][^,.!?]{1,40}(?:,\s*(?i:de|do|da|em|from|in|desde|da)\s+[A-ZÀ-Þ][^,.!?]{1,40})?)\.?$"
)
# A byline naming the newsroom, a press office or an agency, not a person ("Redação", "Von
# der Redaktion", "Ufficio stampa").
NEWSROOM = Folded(
    r"^(?:(?:by|von|par|por|di|compiled by|zusammengestellt von|compilé par|recopilado por|"
    r"compilado por)\s+)?(?:(?:der|die|la|the|a|da|el|le|il|lo|o|de)\s+)?(?:(?:redação|"
    r"redacción|redaktion|"
    r"rédaction|redazione|redactie)(?:\s+[\w.'’-]+){0,3}|newsroom|news desk|staff|staff reporter|"
    # the paper's board or editors, writing as one ("By The Editorial Board")
    r"editorial board|editors|editorial staff|comité de rédaction|consejo editorial|"
    r"comitato editoriale|conselho editorial|"
    # reports put together by the desk ("From staff reports", "From wire reports")
    r"(?:from )?(?:staff|wire|news service) reports|from (?:wire|news) services|"
    r"compiled from (?:staff and )?(?:wire|news service) reports|"
    # a desk's team ("Weather team", "Sports desk")
    r"(?:weather|sports?|news|politics|business|digital|online|web|data|graphics|video|"
    r"investigations?) (?:team|desk|staff)|[\w]+-?redaktion|"
    r"web desk|press office|ufficio stampa|pressestelle|service de presse|gabinete de prensa|"
    # a Brazilian outlet and the city it files from ("Do UOL, em São Paulo"), a contributor's
    # outlet ("Colaboração para o Jornal do Vale", "Special to The Example Times")
    r"d[oa]s?\s+[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2},?\s+(?:em|no|na)\s+[\w .'’-]{2,30}|"
    r"(?:colaboração|colaboración|especial|special)\s+(?:para|to|for)\s+[\w .&'’-]{2,40}|"
    r"associated press|canadian press|press association|pa media|agence france-presse|"
    rf"oficina de prensa|assessoria de imprensa|{_AGENCY})"
    rf"(?:\s*[/|,-]?\s*(?:(?:with|mit|avec|con|com)\s+)?{_AGENCY})?\.?$",
)
# A wire story's lead: the place, shouted, and the agency before a dash ("HAYWARD, Calif.
# (AP) — ...").
WIRE_LEAD = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30},?(?:\s+[A-ZÀ-Þ][\w.]{1,15},?)?\s*"
    r"\((?:AP|AFP|Reuters|dpa|EFE|ANSA|Xinhua|UPI|Lusa|Belga|APA|SDA|KNA|epd)\)\s*[—–-]"
)
# A press release's place alone on its line, shouted ("BAAR, SWITZERLAND").
SHOUTED_PLACE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}(?:,\s*[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}){1,2}$")
# A wire's dateline on its own line, the year left out ("Madrid, 6 mar (EFE)", "PARIS (AFP)").
WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,3}(?:,\s*\d{1,2}\.?\s*(?:de\s+)?[^\W\d_]{3,10}\.?)?\s*"
    rf"\((?i:{_AGENCY})\)\s*[.:–—-]*$"
)
# The place a story was filed from, before its date ("Sevilla | ", "NEW YORK, ", "Monterrey / ",
# "GENOVA — "; a word before an em dash is a section or a name as often, unless shouted).
DATELINE_PLACE = re.compile(
    r"^\s*(?:[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,2}\s*[,|/–·-]|"
    r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:\s+[A-ZÀ-Þ.'’-]+){0,2}\s*—)\s*$"
)
# What a newsletter box promises under its sign-up line.
# The reader's inbox, where a newsletter goes ("in your inbox", "dans votre boîte mail").
_INBOX = (
    r"in your inbox|(?:in )?(?:ihr|dein|ihrem|deinem) (?:e-mail-)?postfach|in (?:deinen|ihren) posteingang|"
    r"dans votre boîte (?:mail|e-mail|de réception|aux lettres)|en tu (?:bandeja de entrada|correo)|"
    r"nella tua (?:casella(?: di posta)?|email)|no seu (?:e-?mail|correio)|na sua caixa de entrada"
)
# A newsletter's promise to come to the reader's inbox, a pitch whatever its punctuation ("Get
# the day's top stories delivered to your inbox.", "The day's top stories, delivered to your
# inbox every weekday morning."). No verb of a sentence stands in it ("Scam emails are sent to
# your inbox" is the story's), and after a comma it ends the line ("The newsletter, delivered
# to your inbox every Friday, will cover ..." is an aside).
_DELIVERED_TO_INBOX = (
    r"(?:\b(?:delivered|sent|straight|direct(?:ly)?|right)\b[^.!?]{0,40}\b(?:to|in|into) your "
    r"(?:e-?mail )?inbox|\bdirekt in (?:ihr|dein)(?:en)? (?:e-mail-)?(?:postfach|posteingang)|"
    r"\bdirectement dans votre boîte (?:mail|e-mail|de réception)|"
    r"\bdirectamente en tu (?:bandeja de entrada|correo)|"
    r"\bdirettamente nella tua (?:casella(?: di posta)?|email)|"
    r"\bdiretamente (?:no seu (?:e-?mail|correio)|na sua caixa de entrada))\b"
)
INBOX_DELIVERY = Prefiltered(
    Folded(
        r"^(?!.*\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|ist|sind|wird|"
        r"werden|wurde|est|sont|sera|es|son|será|è|sono|sarà|é|são)\b)"
        rf"(?:[^,]*{_DELIVERED_TO_INBOX}|.*{_DELIVERED_TO_INBOX}[^,;.!?]{{0,40}}[.!]?$)"
    ),
    ("inbox", "postfach", "posteingang", "boîte", "bandeja", "correo", "casella", "email",
     "e-mail", "correio", "caixa"),
)  # fmt: skip
NEWSLETTER_PITCH = Folded(
    rf"\b(?:(?:to|on|check) your inbox|{_INBOX})\b|"
    r"^get (?:our|the) free\b[^.!?]{0,50}\b(?:e-?mail|newsletter|briefing|bulletin)s?$|"
    r"^ontvang (?:(?:dagelijks|wekelijks|elke (?:ochtend|dag|week)) )?(?:het |de )?(?:belangrijkste |"
    r"laatste )?(?:nieuws|nieuwsbrief)\b|"
    r"^(?:get|receive|erhalten sie|recevez|recibe|ricevi|receba|ontvang)\s+"
    r"(?:(?:every|each) (?:morning|day|week)\s+|chaque (?:matin|jour|soir|semaine)\s+|"
    r"jeden (?:morgen|tag|abend)\s+|cada (?:mañana|día|semana|manhã|dia)\s+|ogni (?:mattina|giorno)\s+)?"
    r"(?:the |die |les |las |le |as |l['’])?"
    r"(?:day['’]s |wichtigsten |principales |più importanti |essentiel de l['’])?(?:top |most important )?"
    r"(?:news|stories|headlines|nachrichten|actualités?|informations|noticias|notizie|notícias|"
    r"(?:our |nuestra |notre |unseren |la nostra |a nossa |nossa )?newsletter)\b|"
    # the rhythm and what comes ("Chaque matin, l'essentiel de l'actualité")
    r"^(?:(?:every|each|chaque|tous les|toutes les|jeden|jede|cada|todos los|todas las|ogni|todas as|"
    r"todos os|elke) (?:morning|evening|day|week|weekday|matin|soir|jour|semaine|morgen|abend|tag|"
    r"woche|mañana|noche|día|semana|mattina|sera|giorno|settimana|manhã|noite|dia|ochtend|avond|dag|"
    r"week)s?|du lundi au (?:vendredi|samedi|dimanche)|de lunes a (?:viernes|sábado|domingo)|"
    r"(?:von )?montag bis (?:freitag|samstag)|monday (?:to|through) (?:friday|saturday)|"
    r"dal lunedì al (?:venerdì|sabato)|de segunda a (?:sexta|sábado)),? (?:(?:get|receive|recevez|retrouvez|découvrez|discover|erhalten sie|entdecken sie|"
    r"recibe|descubre|ricevi|scopri|receba|descubra|ontvang) )?"
    r"(?:the |l['’]|die |das |lo |las |le |il |as |o |de |het )?(?:essential|essentiel|"
    r"best|meilleur|top|wichtigste|más importante|meglio|principais|belangrijkste|latest|"
    r"dernières|principales|principali|actualité|actualidad|attualità|atualidade|news|"
    r"nachrichten|notizie|notícias|nieuws)\b|"
    # the offer of stories by e-mail ("Get the biggest daily stories by email")
    r"^(?:get|receive|erhalten sie|recevez|recibe|ricevi|receba)\b.{0,60}\b(?:by|per|par|por|via) "
    r"(?:e-?mail|correo(?: electrónico)?)\s*$|"
    # what comes, and how ("Tipps und Angebote für Ihren Garten per E-Mail")
    r"^[^.!?]{3,80}\b(?:by|per|par|por|via) (?:e-?mail|newsletter|correo(?: electrónico)?)\s*$",
)
# What follows a name in a line about that person ("... is a professor", "... writes about").
BIO_VERB = re.compile(
    r"\s+(?:is|was|has|writes|covers|teaches|leads|ist|war|hat|schreibt|leitet|est|était|a|écrit|"
    r"es|era|fue|escribe|è|ha|scrive|é|foi|tem|escreve|"
    # where they live, work and studied ("Anna Weber, Jahrgang 1985, studierte ...")
    r"lives|works|studied|lebt|arbeitet|studierte|berichtet|vit|travaille|couvre|vive|trabaja|"
    r"estudió|cubre|lavora|studia|trabalha|estudou|cobre)\s"
)
# An author box's heading naming its author ("Über Anna Weber:", "About Jane Doe:").
NAMED_BIO_HEADING = re.compile(
    r"^(?i:über|about|à propos de|sobre|su)\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2})"
    r"\s*:\s+(?=\S)"
)
# The heading of an author box after the article ("About the author", "Über die Autorin").
BIO_HEADING = Folded(
    r"^(?:about the (?:authors?|writer|reporter)|über (?:den autor|die autorin)|zur person|"
    r"zu(?:r autorin|m autor)|[àa] propos de l['’](?:auteure?|autrice)|sobre (?:el|la|o|a) autora?|sobre la firma|"
    r"sull['’]autore|"
    r"over de (?:auteur|schrijver)|the author|der autor|die autorin|l['’]auteur(?:e)?|l['’]autrice|"
    r"el autor|la autora|l['’]autore|o autor|a autora)(?:\s*:?$|\s*:\s+(?=\S))",
)
# A section's name before the headline on its line ("Opinion | Why libraries matter").
TITLE_KICKER = Folded(
    rf"^(?:{_OPINION_LABEL}|analysis|commentary|review|explainer|exclusive|live|watch|video|"
    r"podcast|interview|analyse|análisis|análise|crónica|analisi)\s*\|\s*(?=\S)|"
    # a saved text's header label ("Title: ...", "Titel: ...")
    r"^(?:title|headline|titel|überschrift|titre|título|titolo|titular|kop)\s*:\s*(?=\S)|"
    # an urgent story's label ("BREAKING: ...", "Eilmeldung: ...")
    r"^(?:breaking(?: news)?|exclusive|updated?|eilmeldung|exklusiv|exclusif|urgent|última hora|"
    r"exclusiva|urgente|esclusiva|esclusivo|live|en direct|en directo|en vivo|ao vivo|liveticker|"
    r"live-ticker|diretta|in diretta)\s*:\s*(?=\S)|"
    # a media label ("WATCH: ...", "EN VIDÉO - ...", not "Video-Überwachung ...")
    r"^(?:watch|video|videos|photos|listen|vidéo|en vidéo|en images|vídeo|fotos|ascolta)"
    r"(?:\s*:|\s+[|–-])\s*(?=\S)|"
    # a wire's version label ("UPDATE 2-...", "REFILE-...")
    r"^(?:update \d+|corrected|refile|rpt|exclusive)-(?=\S)"
)
# A column of short news over its own headline ("News in brief", "Kurz notiert", "En bref").
BRIEFS_LABEL = Folded(
    r"^(?:(?:(?:news|sport|business|world|local news) )?in brief|briefs|news briefs|kurz notiert|"
    r"kurz (?:und knapp|gemeldet)|(?:meldungen|nachrichten) in kürze|in kürze|en bref|"
    r"l['’]essentiel|en breve|breves|in breve|brevi|em resumo|in het kort|kort nieuws)$"
)
# A media tag after the headline ("... (VIDEO)", "... [FOTOS]").
TITLE_MEDIA_TAG = Folded(
    r"\s*[(\[](?:video|videos|photos?|fotos?|gallery|galerie|audio|podcast|vídeo|vidéo|watch)[)\]]$"
)
# A company profile's heading at the end of a press release ("About Acme Robotics", "À propos
# d'Acme").
ABOUT_HEADING = re.compile(
    r"^(?:(?i:about|über|à propos de|acerca de|sobre|a proposito di|over)\s+|"
    r"(?i:à propos d['’]|a proposito dell['’]))"
    r"(?i:(?:the|die|der|das|den|la|le|l['’]|el|los|las|il|lo|a|o|os|as|het|de)\s*)?"
    # a company named with its kind ("À propos de la société Exemple")
    r"(?i:(?:société|entreprise|groupe|company|firma|empresa|grupo|azienda|società)\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*){0,4})$"
)
BIO_FOLLOW = Folded(
    r"^(?:follow (?:him|her|them)|(?:he|she|they) (?:can be reached|lives)|(?:his|her|their) "
    r"(?:latest book|new book)|email (?:him|her))",
)
# A bio that names its author by the role ("Die Autorin lehrt ...", "The author is ...").
AUTHOR_BIO = Folded(
    r"^(?:the author|der autor|die autorin|l['’]auteur(?:e)?|l['’]autrice|el autor|la autora|"
    r"l['’]autore|o autor|a autora)\s+(?:is|was|has|teaches|writes|lives|ist|lehrt|schreibt|arbeitet|lebt|"
    r"vit|vive|"
    r"est|enseigne|écrit|es|enseña|escribe|è|insegna|scrive|é|ensina|escreve)\b"
)
# A bio of the paper's own writer, named after the role ("Unser Autor Max Muster lebt in
# Leipzig ...", "Our correspondent Jo Hart has covered ...").
NAMED_AUTHOR_BIO = re.compile(
    r"^(?i:unser(?:e)? (?:autor(?:in)?|korrespondent(?:in)?|reporter(?:in)?)|our (?:author|writer|"
    r"correspondent|reporter|columnist)|not(?:re|e) (?:auteure?|autrice|correspondante?|chroniqueur)|"
    r"nuestr[oa] (?:autora?|corresponsal|columnista)|(?:il )?nostr[oa] (?:autore|autrice|"
    r"corrispondente)|(?:o )?noss[oa] (?:autora?|correspondente|colunista)|onze (?:auteur|"
    r"correspondent|verslaggever)),? [A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){0,3},? (?=\w)"
)
# How the lines after a bio go on about the same person ("She has covered ...").
BIO_PRONOUN = re.compile(
    r"^(?:he|she|they|his|her|their|er|sie|elle|ella|él|lei|lui|ela|ele)\b", re.I
)
DATE_PREFIX = re.compile(
    r"^(?:(?:first |originally |live )?published|(?:live )?updated|posted|last updated|"
    r"(?:last )?modified|zuletzt geändert|geändert|modifié|modificado|modificato|"
    r"(?:fecha|datum|date|data|veröffentlichung)(?=\s*:)|veröffentlicht|aktualisiert|"
    r"erschienen|stand|zuletzt aktualisiert|letzte aktualisierung|ultimo aggiornamento|"
    r"última actualización|última atualização|dernière mise à jour|"
    r"publié|mise? à jour|(?:mis )?en ligne|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|geplaatst|"
    r"erstellt|geschrieben|publiziert|letzte änderung|ultima modifica|última modificación|"
    r"(?:artikel|beitrag|meldung) vom|"
    r"última modificação|dernière modification|"
    r"(?:laatst )?bijgewerkt|aangepast|laatste (?:update|wijziging)|"
    # when and where a transcript's programme went out ("Broadcast on Radio Example, March 4")
    r"(?:first )?(?:broadcast|aired)(?: on [^,\d]{2,40},)?|(?:gesendet|ausgestrahlt)(?: (?:im|in|auf) "
    r"[^,\d]{2,40},)?|diffusée?(?: sur [^,\d]{2,40},)?|emitido(?: en [^,\d]{2,40},)?|"
    r"trasmesso(?: su [^,\d]{2,40},)?|"
    # Chinese, Japanese and Korean labels ("发布时间：", "更新日：", "입력")
    r"(?:发布|發布|发表|發表|更新|公開|掲載|配信|投稿)(?:时间|時間|日期|日時|日)?|时间|時間|日期|"
    r"입력|수정|등록|기사입력|최종수정|업데이트)"
    r"\s*(?:on|am|le|el|em|il(?! y a\b)|op|:|：)?\s*",  # not French "il y a" ("ago")
    re.IGNORECASE,
)
# A reading time after a dateline ("12 March 2024 • 4 min read").
# A dateline's time before its date ("alle 14:22 del 5 marzo 2025", "a las 14:22 h. - 5 de
# marzo de 2025"), and the agency after it ("Madrid, 5 Mar. 2025 (Europa Press)").
TIME_FIRST = re.compile(
    r"^(?:(?:alle|a las|às|à|at|um)\s+)?(?P<time>\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?(?!\w))?)"
    r"\s*(?:h\.?|uhr|hrs?\.?)?(?:\s*[-–—,|]\s*|\s+(?:del|de|du|of|on|el|le|do)\s+)(?P<date>\S.*)$",
    re.IGNORECASE,
)
AGENCY_NAME = re.compile(rf"^{_AGENCY}$", re.IGNORECASE)  # "EFE", "dpa"
AGENCY_TAIL = re.compile(rf"\s*\((?i:{_AGENCY}|associated press)\)\s*$")
# The agencies a byline's author wrote with ("Par Léa Roux avec AFP", "By Ann Lee with agencies").
_WITH_AGENCY = rf"\s(?:avec|with|mit|con|com|met|and|und|et|y|e|en)\s+(?:l['’]|der\s+)?{_AGENCY}"
WITH_AGENCY_TAIL = re.compile(
    rf"{_WITH_AGENCY}(?:\s*(?:,|and|und|et|y|e)\s*{_AGENCY})*$", re.IGNORECASE
)
# A Chinese, Japanese or Korean byline: the reporter's word and the names, either way round
# ("本报记者 王芳 李明", "（记者 王芳）", "文：山田太郎", "홍길동 기자", "[서울] 기자 홍길동"), maybe a date
# or an address after them. Editors' credits ("责任编辑：...") name no author.
_HAN_NAMES = r"[\u4e00-\u9fff·]{2,5}(?:[\s、，,和与及]+[\u4e00-\u9fff·]{2,5}){0,4}"
_KANA_NAMES = r"[\u3040-\u30ff\u4e00-\u9fff]{2,8}(?:[\s、・][\u3040-\u30ff\u4e00-\u9fff]{2,8}){0,3}"
_HANGUL_NAMES = r"[가-힣]{2,4}(?:[\s,·][가-힣]{2,4}){0,3}"
EAST_ASIAN_BYLINE = re.compile(
    r"^[（(【\[]?\s*(?:\[[^\]]{1,20}\]\s*)?(?:"
    rf"(?:記者|執筆|文|筆者|取材・文)\s*[:：/／]\s*(?P<kana>{_KANA_NAMES})(?=\s*$|[）)】\]])|"
    rf"(?:本报|本台|本刊|特约)?(?:记者|記者|撰稿|撰文|作者|文|责任编辑|責任編輯|编辑|編輯)\s*[:：/／|｜]?\s*"
    rf"(?P<names>{_HAN_NAMES})"
    rf"(?=\s|[）)】\]]|$)|"
    rf"(?P<hangul>{_HANGUL_NAMES})\s*(?:기자|특파원|통신원)(?=\s|$|[=)])|(?:기자|글)\s*[:：]?\s*(?P<hangul2>{_HANGUL_NAMES})(?=\s|$))"
)
# What parts a name from what a byline adds after it: a comma, a bar, a slash or a dash.
AFTER_NAME = r"\s*(?:,|\||/|\s[–—-])\s*"
# The agency a writer works at, after the name ("Jane Doe, The Associated Press").
AT_AGENCY_TAIL = re.compile(
    rf"{AFTER_NAME}(?:the\s+)?(?:{_AGENCY}|associated press|agence france-presse|press association)$",
    re.IGNORECASE,
)
# A day and month without the year, maybe after its article ("Le 16/07 à 14h30", "am 16.07."):
# with a slash, or with the German stops ("16.07."), as a bare "7.9" is a rating.
DAY_AND_MONTH = re.compile(
    r"^(?:le |am |el |il |em |op |on )?(?:0?[1-9]|[12]\d|3[01])(?:/(?:0?[1-9]|1[0-2])\b|"
    r"\.(?:0?[1-9]|1[0-2])\.)(?!\d|[./]\d)",
    re.IGNORECASE,
)
READING_TIME_TAIL = re.compile(rf"\s*[•·|,–—-]\s*{_READING_TIME}\s*$", re.IGNORECASE)
# The day a dateline names without its date ("today", "2 hours ago"); the label before it and
# the time and update stamp after it are read as any dateline's.
RELATIVE_DAY = Folded(
    r"^(?:today|yesterday|aujourd['’]hui|hier|heute|gestern|hoy|ayer|oggi|ieri|hoje|ontem|"
    rf"vandaag|gisteren|{_AGO})\b"
)
# Who a government notice or a press release comes from, over its text ("From:" / "Home
# Office", "Herausgeber: Ministerium ...").
ISSUED_BY = Folded(
    r"^(?:from|issued by|herausgeber(?:in)?|herausgegeben von|émis par|diffusé par|emitido por|"
    r"emesso da|emitido por|uitgegeven door|afzender)\s*:(?:\s*\S.{0,80})?$"
)
# What a press release prints around its text ("FOR IMMEDIATE RELEASE", "SOURCE Acme", "###").
_PRESS_RELEASE_LABEL = (
    r"(?:pressemitteilung|press release|news release|medienmitteilung|presseinformation|"
    r"medieninformation|communiqué de presse|comunicado de prensa|nota de prensa|comunicato stampa|"
    r"nota stampa|comunicado (?:de|à) imprensa|nota à imprensa|persbericht)"
)
PRESS_RELEASE = re.compile(
    rf"^(?:(?i:for immediate release|embargoed (?:until|for) .{{0,40}}|{_PRESS_RELEASE_LABEL})|"
    r"SOURCE [A-Z][\w&.,'’ -]{1,60}|#{3}|-\s?30\s?-)$"
)
# The label with its number and date ("Pressemitteilung Nr. 45/2025 vom 12.03.2025").
PRESS_RELEASE_DATED = Folded(
    rf"^{_PRESS_RELEASE_LABEL}(?:\s+(?:nr|no|n[º°o]|núm|num|number)\.?\s*[\w/.-]{{1,15}})?"
    r"\s*(?:vom|from|du|del|de|of|dated|[-–|,:])\s*([^\s].{5,40})$"
)
# An outlet credited with an agency in place of a byline ("Le Monde avec AFP").
# Four words at the most: a sentence may end with one ("By Tuesday the council had spoken with AP.")
OUTLET_WITH_AGENCY = Folded(rf"^(?=.{{2,40}}\s)[\w.'’-]+(?: [\w.'’-]+){{0,3}}{_WITH_AGENCY}$")
# A wire's dateline at the start of its first paragraph: the place before the date, and the
# wire's name or a dash after it ("DAYTON, Ohio, March 5, 2025 /PRNewswire/ -- ").
DATELINE_LEAD_PLACE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}|[A-ZÀ-Þ][\w.'’-]{1,30}(?: [A-ZÀ-Þ][\w.'’-]+){0,2}),"
    r"(?:\s+[A-ZÀ-Þ][\w.]{1,15},?)?\s*$"
)
# What ends it: a wire's name between slashes or in brackets, then a dash ("/PRNewswire/ --",
# "(AFP) -", "(EFE).-").
DATELINE_LEAD_END = re.compile(r"\s*(?:/[^/]{2,40}/|\([^()]{2,30}\))?\s*\.?(?:--|—|–|-)(?:\s|$)")
# An update stamp after the publication date ("| Updated 11:40 GMT", ", mis à jour à 10h02").
UPDATE_CLAUSE = re.compile(
    r"\s*[|,;·•–(-]?\s*(?:last |ultima |última |dernière |letzte |zuletzt |laatste |laatst )?"
    r"(?:updated|update|mis à jour|"
    r"màj|aktualisiert|actualizado|"
    r"actualización|atualizado|aggiornato|modificato|modifica|modifiée?|geändert|modificado|"
    r"bijgewerkt|aangepast|gewijzigd)\b.*$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…:;,。！？：；，]['’\"”»)」』）]*$")
# What a page's widgets say about themselves: errors, thanks, script warnings.
STATUS_MESSAGE = Folded(
    r"^¡?(?:sorry[,!.]?\s*)?(?:an error (?:has )?occurred|there was an error|something went wrong|"
    r"(?:da ist )?etwas (?:ist )?schief ?gelaufen|algo (?:salió|ha salido) mal|"
    r"(?:inténtalo|vuelve a intentarlo|intenta) de nuevo(?: más tarde)?|you(?:['’]re| are) all set|"
    r"check your (?:inbox|e-?mail) to confirm|"
    r"there was a problem (?:with|subscribing|signing|submitting)|"
    r"please try again(?: later)?|thanks? (?:you )?for (?:signing up|subscribing|registering|"
    r"your vote)|you(?:['’]re| are| have) (?:now |successfully |succesfully )?subscribed|"
    # a shop's empty cart ("Ihr Warenkorb ist leer")
    r"(?:your|ihr|dein) (?:shopping )?(?:cart|basket|warenkorb) is(?:t)? (?:empty|leer)|"
    r"votre panier est vide|tu carrito está vacío|il (?:tuo )?carrello è vuoto|"
    r"(?:o )?seu carrinho está vazio|(?:please )?(?:enable|turn on|activate) (?:javascript|cookies)|"
    r"javascript (?:is )?(?:disabled|required)|javascript (?:must|needs to) be (?:enabled|turned on)|"
    r"(?:bitte )?(?:aktivieren sie|aktiviere) (?:bitte )?javascript|javascript (?:ist )?deaktiviert|"
    r"activez (?:le )?javascript|activa (?:el )?javascript|attiva(?:re)? javascript|ative o javascript|ein fehler ist aufgetreten|"
    r"bitte versuchen sie es (?:später )?(?:noch einmal|erneut)|"
    r"vielen dank für (?:ihre|deine) (?:anmeldung|registrierung|bewertung)|"
    r"une erreur (?:s['’]est produite|est survenue)|merci (?:pour votre|de votre) "
    r"(?:inscription|vote)|(?:se ha producido|ha ocurrido|ocurrió) un error|"
    r"gracias por (?:suscribirte|registrarte|tu voto)|si è verificato un errore|"
    r"grazie per (?:esserti iscritto|la registrazione|il tuo voto)|ocorreu um erro|"
    r"obrigad[oa] por (?:se inscrever|assinar|se cadastrar)|"
    r"you have (?:successfully )?(?:subscribed|signed up)|"
    r"you(?:['’]ve| have) been (?:successfully )?(?:subscribed|signed up)|"
    r"(?:we(?:['’]ve| have) detected (?:that )?you(?:['’]re| are) (?:on|using)|you(?:['’]re| are) using) "
    r"(?:an? )?(?:outdated|old|unsupported|internet explorer)|"
    r"you(?:['’]re| are) (?:currently )?not (?:logged|signed) in|"
    r"sie sind (?:aktuell |derzeit |zurzeit )?nicht (?:eingeloggt|angemeldet)|"
    r"vous n['’]êtes pas connectée?|no has iniciado sesión|non sei collegato|"
    # a video player's stock notices and settings for screen readers ("Beginning of dialog
    # window. Escape will cancel and close the window.", "captions off, selected")
    r"this is a modal window|(?:beginning|end) of dialog window|close modal dialog|"
    r"stream type live|seek to live|(?:captions|subtitles|captions and subtitles|descriptions|"
    r"chapters) (?:off|settings)(?:, (?:selected|opens captions settings dialog))?|"
    r"text ?colou?r ?(?:white|transparency)|reset restore all settings|"
    r"no compatible source was found for this media|"
    # a newsletter form's confirmation ("An email with an activation link has been sent ...")
    r"an e-?mail with (?:an activation|a confirmation|a verification) link has (?:just )?been sent|"
    r"please (?:confirm|activate|verify) your (?:subscription|e-?mail address)|"
    # a player's notice that its video is gone ("Dieses Video ist leider nicht mehr verfügbar.")
    r"(?:this|the) (?:video|content|audio) is (?:no longer|not|currently not) available|"
    r"(?:dieses|das) (?:video|audio) ist (?:leider )?(?:nicht mehr|nicht|derzeit nicht) verfügbar|"
    r"cette vidéo n['’]est (?:plus|pas) disponible|este v[ií]deo (?:ya )?no está disponible|"
    r"questo video non è (?:più )?disponibile|este vídeo não está (?:mais )?disponível|"
    r"sie haben sich erfolgreich (?:angemeldet|registriert)|vous êtes (?:bien )?inscrit|"
    r"\d+\s+(?:users?|visitors?|besucher|benutzer|visiteurs|usuarios|utenti|usuários)\s+"
    r"(?:are |sind )?(?:online|on-line|en ligne|en línea|in linea))\b.{0,80}$",
)
# A multi-page article's pager: the page counter, the page numbers, the next page's teaser
# ("Seite 1 von 2", "1 2 Next »", "Page suivante : comment ...").
# A carousel's or a pager's arrow, its word maybe between pointers ("« Previous", "Weiter ›").
_ARROW_WORD = (
    r"(?:[«‹<]\s*)?(?:previous|prev|next|vorherige[rs]?|nächste[rs]?|zurück|weiter|précédent|"
    r"suivant|anterior|siguiente|próximo|precedente|successivo|vorige|volgende)(?:\s*[»›>])?"
)
PAGER = Folded(
    r"^(?:"
    # a list's count of what it shows ("Showing 1–10 of 19 results", "Es werden die Weine 1 bis
    # 10 von insgesamt 19 angezeigt!")
    r"showing \d+\s*[-–]\s*\d+ of \d+(?: [\w-]+)?|es werden (?:die )?(?:[\w-]+ )?\d+ bis \d+ von "
    r"(?:insgesamt )?\d+(?: [\w-]+)? angezeigt\s*!?|affichage (?:de )?\d+\s*(?:[-–]|à)\s*\d+ sur \d+"
    r"(?: [\w-]+)?|mostrando \d+\s*[-–]\s*\d+ de \d+(?: [\w-]+)?|"
    # a carousel's two arrows ("Previous Next", "« Vorherige Nächste »")
    rf"{_ARROW_WORD}(?:\s+{_ARROW_WORD})+|"
    r"(?:page|seite|página|pagina|pág\.)\s*\d{1,2}\s*(?:of|von|de|di|/|sur|van)\s*\d{1,2}|"
    r"(?:[«‹<]\s*)?(?:\d{1,2}\s+){1,9}(?:\d{1,2}|(?:next|weiter|suivant|siguiente|successiv[ao]|"
    r"próxima|volgende)(?:\s*[»›>])?|[»›>])|"
    r"(?:next page|nächste seite|(?:lesen sie )?auf (?:der )?(?:nächsten|folgenden) seite|"
    r"page suivante|à la page suivante|página siguiente|pagina (?:successiva|seguente)|"
    r"próxima página|volgende pagina)\s*(?:[:»›>-].{0,100})?)$"
)
# A browser's print margins, left in text taken from a printed page: the page's address and
# its page counter ("https://news.example/story 1/3"), the time it was printed and the page's
# title with its site's name ("12/6/26, 3:45 PM Bypass approved - The Herald").
PRINT_MARGIN = re.compile(
    r"^(?:(?:https?://|www\.)\S+\s+"
    r"(?:\d{1,3}\s*/\s*\d{1,3}|\d{1,3} (?:of|von|de|sur|di|van) \d{1,3})(?:\s+\S.{0,40})?|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+"
    r"(?![|•·/–—-])(?!uhr\b|h\b)\S.{0,160}\s[-|–—]\s.{1,60}[^.!?:;,\s])$"
)
# A forwarded e-mail's mark over the message it forwards, in the mail programs' languages.
FORWARDED_MARK = Folded(
    r"^(?:-{2,}\s*)?(?:forwarded message|original message|begin forwarded message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d['’]origine|"
    r"mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|"
    r"mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht)"
    r"(?:\s*-{2,})?\s*:?$"
)
# One of an e-mail's header lines ("From: ...", "Betreff: ...", "Objet : ..."): read as such only
# in a run of them or under a forwarded mark.
MAIL_HEADER = Folded(
    r"^(?:from|to|cc|date|sent|subject|von|an|gesendet|betreff|datum|de|à|envoyé|objet|"
    r"enviado|para|asunto|fecha|da|a|inviato|oggetto|data|enviada em|assunto|van|aan|"
    r"verzonden|onderwerp)\s?:\s*\S.{0,150}$"
)
MAIL_SUBJECT = Folded(r"^(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp)\s?:")
# What a phone, a mail program or a reading app signs a shared text with ("Sent from my
# iPhone", "Shared from Apple News", "Saved from https://...").
SENT_WITH = Folded(
    r"^(?:sent from my|gesendet von meinem|envoyé de mon|enviado desde mi|inviato da(?:l mio)?|"
    r"enviado do meu|verzonden (?:vanaf|met) mijn) [\w -]{2,30}$|^von meinem [\w -]{2,30} gesendet$|"
    r"^get outlook for \w+$|^shared (?:from|via) [\w ]{2,30}$|^saved (?:from|to) \S+$|"
    r"^read (?:it )?(?:on|in) (?:pocket|instapaper)$|"
    r"^article partagé depuis l['’]application .{1,40}$"
)
# How long a video or recording runs, on a line of its own ("Video: 02:31 Min.").
MEDIA_LENGTH = Folded(
    r"^(?:(?:video|vídeo|vidéo|audio|áudio|podcast)\s*[:|-]?\s*\d{1,2}:\d\d(?::\d\d)?"
    r"(?:\s*(?:min\.?|minuten|minutes|minutos|minuti))?|"
    # or a time alone: a teaser's video length or the hour a list's item went out ("02:41")
    r"\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]m)?)$"
)
# A link's call to action ("Click here to get the app").
CLICK_HERE = Folded(
    # maybe after a question ("Like our reporting? Click here to support it.")
    r"^(?:[^.!?]{3,80}\?\s+)?(?:(?:click|tap) here|hier klicken|klicken sie hier|cliquez ici|(?:haz|haga) clic aquí|"
    r"pulse aquí|clicca qui|clique aqui|"
    # a link's German pointer ("Hier geht es zum Anmeldeformular.")
    r"hier geht(?:['’]s| es) (?:direkt )?(?:zum|zur) [\w-]+(?: [\w-]+){0,3}(?=\s*[.!]?$)|"
    # the way to a picture's story ("Click on the image above and see ...")
    r"(?:click|tap) on the (?:image|photo|picture)|klicken sie auf das bild|"
    r"cliquez sur (?:l['’]image|la photo)|(?:haz|haga) clic en la (?:imagen|foto)|"
    r"clicca sull['’]immagine|clique n[ao] (?:imagem|foto))\b",
)
# A press contact or a "write to" line ("Kontakt:", "Phone: +49 ...", "Write to J. Doe at
# jdoe@example.com").
_CONTACT_HEADING = (
    r"(?:kontakt|pressekontakt|press contact|media contacts?|contacto|contatto|contato|kontaktdaten|"
    r"(?:ihr(?:e)? )?ansprechpartner(?:in)?(?: für (?:presse|medien)(?:fragen|anfragen)?)?|"
    r"fale conosco|contáct(?:enos|anos)|contattaci|contactez-nous|kontaktieren sie uns|contact us|"
    r"contacts? presse|contacto de prensa|contacto para medios|contatto stampa|ufficio stampa|"
    r"gabinete de (?:prensa|comunicación)|assessoria de imprensa|für rückfragen|"
    r"para más información|pour (?:plus d['’]|toute )informations?|per (?:ulteriori )?informazioni|"
    r"para mais informações|for (?:more|further) information|voor meer informatie|"
    # a press release's closing notes ("Notes to editors", "Noot voor de redactie")
    r"notes? (?:to|for) editors|noot voor de redactie|hinweise? für (?:die )?redaktion(?:en)?|"
    r"notes? aux rédactions|notas? para (?:los )?editores|nota per le redazioni|notas? aos editores)"
)
CONTACT = Folded(
    rf"^(?:(?:{_CONTACT_HEADING}|contact|telefon|telephone|phone|tel\.?|fax|e-?mail|mail|toll[- ]free|"
    r"ansprechpartner(?:in)?)\s*:\s*.{0,60}$|"
    # the heading alone, a box's ("Kontakt", "Press contact")
    rf"{_CONTACT_HEADING}\s*:?$|"
    # maybe after a question to readers ("Got a question? Email us at desk@example.com")
    # how to reach the author or the newsroom ("Ann Lee can be reached at ...", "Send tips to")
    r"[^.?@]{2,40} (?:can|may) be (?:reached|contacted) (?:at|by|via|on)\b.{0,80}$|"
    r"(?:send|email) (?:us )?(?:your )?(?:news )?tips? to\b.{0,60}$|hinweise an die redaktion\b.{0,60}$|"
    # an address for tips under its label ("Hinweise an: redaktion@example.de")
    r"(?:hinweise|tipps?|(?:news )?tips?|leserbriefe|zuschriften|pistas|segnalazioni|dicas)"
    r"(?: an| to| à| a)?\s*:\s*\S+@\S+\.\w{2,}$|"
    r"have a (?:story idea|news tip|tip)\?.{0,60}$|"
    r"(?:do you )?(?:have|know of) a story (?:we should|you want us to) (?:cover|know about|hear about)\?"
    r".{0,60}$|(?:submit|send us) a (?:news )?tip\s*[.!]?$|"
    r"contact (?:the|our) (?:newsroom|editors?|news desk)\s*[.!]?$|kontakt zur redaktion\s*$|"
    # a press office's sentence with its number or address ("For more information, please
    # contact ... on 020 7946 0000.")
    rf"{_CONTACT_HEADING}\b[^.!?]{{0,120}}(?:\d{{3}}[\d ]{{4,}}|\S+@\S+\.\w{{2,}})[^.!?]{{0,40}}\.?$|"
    # after a wish to hear from readers ("We want to hear from you. Email us at ...")
    r"(?:(?:we want to hear from you|we(?:['’]d| would) (?:like|love) to hear from you|"
    r"wir wollen von ihnen hören|nous voulons vous entendre|queremos saber de ti|queremos ouvir você)"
    r"[.!]\s+)?"
    r"(?:[^?@]{3,80}[?:!]\s+){0,2}(?:write to|contact|email|e-mail|reach|schreiben sie|écrivez|"
    r"contacter|contactez|kontaktieren sie|contacta|contatta|contate|scrivi|envie|envia|mande|"
    r"submit|send|envoyez|envía|envíe|envíanos|invia|inviate|"
    r"(?:puede |puedes )?escribirnos|(?:vous pouvez )?nous écrire|"
    r"escríbenos|scriveteci|escreva)\b.{0,60}\b\S+@\S+\.\w{2,}"
    r"(?:\s+(?:or|and|oder|ou|o) .{0,120})?\s*\.?$|"
    # a call for tips ("Have a news tip? Contact our newsroom.")
    r"(?:do you |got |have )?(?:have |got )?a (?:news )?(?:tip|story(?: to share| for us)?)\?|haben sie (?:einen hinweis|informationen)\b.{0,40}\?|"
    r"une info à nous (?:communiquer|signaler)|¿(?:tienes|tiene) (?:una pista|información)\b|"
    r"(?:você )?tem (?:uma )?(?:denúncia|dica|sugestão de pauta)(?:\s+para\s+[\w ]{1,30})?\s*\?|"
    r"hai una segnalazione(?: da fare| per noi)?\s*\?|"
    r"vous avez une information(?: à nous (?:transmettre|communiquer))?\s*\?|"
    r"heb je (?:een tip|nieuws)\b.{0,60}$|tip (?:de|onze) redactie\s*[.!]?$|"
    r"envie (?:a sua|uma) (?:sugestão|dica|denúncia) (?:para|à) (?:a )?redação\s*[.!]?$|"
    # a call for readers' letters ("Want to respond? Submit a letter to the editor.")
    r"(?:[^?@]{3,80}[?:!]\s+){0,2}(?:submit|send|write|schreiben sie|envoyez|écrivez|envía|"
    r"envíe|escriba|escribe|invia|scrivi|envie|escreva)(?: us| uns| nous| nos| ci)? (?:a |your |"
    r"einen |une |votre |una |su |tu |la tua |uma |sua )?(?:letter to the editor|letter|leserbrief|"
    r"lettre|courrier|carta al director|carta|lettera al direttore|lettera)\b.{0,80}$)",
)
# An image's address on a line of its own: page metadata, never text (a bare link to a page
# may be the article's reference, so it stays).
# A file's link with its type and size ("Informationsschreiben PDF | 38 KB").
FILE_LINK = Prefiltered(
    # the type maybe glued to the link's words ("Hinweise zu SteuerzeichenPDF | 151 KB")
    Folded(
        r"(?:\b|(?<=[a-zäöüß0-9]))(?:pdf|docx?|xlsx?|pptx?|zip)\s*[|,(]\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\b"
    ),
    ("kb", "mb", "gb"),
)
# A newspaper's name over the headline ("The Northmoor Post", "Le Journal de Valleverde",
# "northmoorpost.com", "Northmoor Post | Local News"): a word newspapers name themselves by,
# two words around it at the most.
_PAPER_WORD = (
    r"post|herald|times|journal|gazette|tribune|courier|chronicle|news|zeitung|rundschau|kurier|"
    r"anzeiger|tagblatt|nachrichten|express|observer|telegraph|independent|mirror|standard|record|"
    r"register|daily|weekly|press|presse|quotidien|diario|periódico|heraldo|correo|corriere|giornale|"
    r"gazzetta|messaggero|jornal|folha|correio|notícias|noticias|notizie|courrier|dépêche|examiner|"
    r"sentinel|dispatch|bulletin|globe|echo|argus|advertiser|inquirer|enquirer|online|magazin|magazine"
)
MASTHEAD = Folded(
    rf"^(?:[\w'’.&-]+ ){{0,2}}(?:[\w'’.&]+-)?(?:{_PAPER_WORD})(?: [\w'’.&-]+){{0,2}}(?:\s*[|–-]\s*[\w ]{{1,30}})?$|"
    r"^(?:www\.)?[\w-]+\.(?:com|net|org|news|de|at|ch|fr|be|es|it|pt|nl|co\.uk|com\.br|com\.ar|com\.mx)$"
)
# A heading over the author's name and role in the head ("Author", "Autorin", "Les auteurs").
AUTHOR_HEADING = Folded(
    r"^(?:(?:the|die|les?|la|los|las|gli|os|as) )?(?:authors?|autor(?:in|en|innen)?|auteure?s?|"
    r"autore|autrice|autori|autora|autores|autoras)\s*:?$|"
    # a byline's word alone, its name on the next line ("Von:" / "Moritz Roth")
    r"^(?:by|von|par|por|door|di|written by|geschrieben von|verfasst von|écrit par|escrito por)\s*:$"
)
# A market widget: the heading of the stocks a story names, the delay of its quotes ("Stocks
# in this story", "Market data delayed by 15 minutes").
_QUOTES = (
    r"(?:market )?data|quotes|prices|stock quotes|kurse|kursdaten|cotations|cours|cotizaciones|"
    r"quotazioni|cotações"
)
_DELAYED = (
    r"delayed|verzögert|verzögerung|différé(?:e|s|es)?|retrasad[oa]s|retraso|differita|atraso"
)
_MINUTES = r"\d+\s*(?:minutes?|mins?|minuten|minutos|minuti)\b"
MARKET_WIDGET = Folded(
    r"^(?:(?:most )?(?:stock )?quote data (?:is )?provided by\b.{0,200}$|"
    r"(?:stocks|companies|tickers|shares|securities) (?:in|mentioned in|from) this "
    r"(?:story|article)|related (?:stocks|tickers|quotes)|(?:in )?diesem artikel erwähnte (?:aktien|werte)|"
    # the heading over the tickers a story names ("Erwähnte Werte", "Valeurs citées dans l'article")
    r"(?:erwähnte|genannte) (?:werte|aktien|unternehmen)(?: in diesem artikel)?|"
    r"valeurs (?:citées|mentionnées)(?: dans (?:l['’]|cet )article)?|"
    r"(?:valores|empresas) (?:mencionad[oa]s|citad[oa]s)(?: en (?:este|el) artículo)?|"
    r"(?:titoli|società) (?:citat[ie]|menzionat[ie])(?: (?:in questo|nell['’]) articolo)?|"
    r"ativos (?:citados|mencionados)(?: (?:nesta|na) reportagem| neste artigo)?)\s*:?$|"
    # how late the quotes are ("Kurse mit 15 Minuten Verzögerung", "Data is delayed at least 15
    # minutes"), maybe after the widget's first sentence; a clause after a comma is a sentence's
    rf"^(?:[^.]{{0,60}}\.\s+)?\*?(?:{_QUOTES})\b[^.,]{{0,30}}?(?:\b(?:{_DELAYED})\b[^.,]{{0,20}}?"
    rf"{_MINUTES}|{_MINUTES}[^.,]{{0,20}}?\b(?:{_DELAYED})\b)[^.,]{{0,30}}\.?$"
)
# A weather widget's day and temperature alone on a line ("Today 12°C", "Morgen 9 / 3 °C").
FORECAST = Folded(
    r"^(?:today|tonight|tomorrow|heute|morgen|aujourd['’]hui|demain|hoy|mañana|oggi|domani|hoje|vandaag|"
    r"amanhã|(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]*\.?)\s*:?\s*"
    r"-?\d{1,2}(?:\s?°\s?[cf]?)?(?:\s*[/|-]\s*-?\d{1,2})?\s?°\s?[cf]?$"
)
# A ticker or a company's name and its day's move alone on a line ("HG=F +1.81%", "DAX −0.4 %",
# "Nordwerk +11,2 %").
TICKER_MOVE = re.compile(
    r"^(?:[A-Z][A-Z0-9.=^:]{1,11}|[A-Z][\w&.'-]{1,30}(?: [A-Z0-9][\w&.'-]{0,20}){0,3})"
    r"\s+[+\-−]\d{1,3}(?:[.,]\d{1,2})?\s?%$"
)
# A video's teaser with its length ("Why don't people smile in old photographs? (1:12)").
VIDEO_TEASER = re.compile(r"^.{10,200}\S\s\((?:\d{1,2}:)?\d{1,2}:\d\d\)$")
# A platform's count alone, in thousands or millions ("4.9K", "1,2 M").
SHARE_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d)?\s?[KkMm]$")
# A teaser's headline with the count of its comments ("Mayor signs new housing law 19 comments").
TEASER_COMMENT_COUNT = re.compile(
    rf"^[^.!?]{{10,200}}[^\W\d]['’\"”»)]?\s+\d{{1,5}} {_COMMENT_WORDS}$", re.IGNORECASE
)
# A page's name for a block, written for its stylesheet and left in its text
# ("narrow-browser-and-phone").
CLASS_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,}$")
# A link to the previous or next post, an arrow before or after it ("← Older post", "Weiter →").
NAV_ARROW = re.compile(r"^(?:←|<)\s+\S.{0,120}$|^\S.{0,120}\s(?:→|>)$")
# A news agency's code for the story, on the line of its rights ("© dpa-infocom, dpa:250304-...").
WIRE_CODE = re.compile(r"^(?:©\s*)?dpa-infocom\b|\bdpa:\d{6}-\d{2}-\d{3,}")
# A heading over a page's downloads ("Attachments", "Allegati").
ATTACHMENTS = Folded(
    r"^(?:attachments?|downloads?|anhänge?|dateien|pièces? jointes?|documents? à télécharger|"
    r"adjuntos?|descargas|archivos adjuntos|allegati|anexos?|arquivos)\s*:?$"
)
IMAGE_URL = Folded(r"^(?:https?://|www\.)\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]\S*)?$")
# A saved text's address under its label ("URL: https://...", "Link: ..."): metadata, where a
# bare link may be the article's reference.
LABELLED_URL = Folded(
    r"^(?:(?:source |original )?url|link|permalink|enlace|lien|quelle-url|"
    r"view original content(?: to download multimedia)?)\s*:\s*https?://\S+$"
)
# Notices that are boilerplate by what they say, whatever their punctuation (prose to the line
# model): a magazine's or an app's offer, rights and reprint notices.
_NOTICE = Folded(
    # a magazine's or a paid tier's offer ("... delivered through your letterbox every month")
    r"\bdelivered (?:to|through) your (?:door(?:step)?|letter ?box|mailbox)\b|"
    # a blog's sign-up box, as WordPress words it ("Enter your email address to subscribe to
    # this blog and receive notifications of new posts by email.")
    r"\b(?:to subscribe to this blog|um diesen blog zu abonnieren|pour (?:vous )?abonner à ce blog|"
    r"para suscribirte a este blog|per iscriverti a questo blog|para (?:acompanhar|assinar) (?:esse|este) "
    r"blog)\b|"
    r"\bwe(?:['’]d| would)? (?:like|love|want) to hear what you think about this "
    r"(?:or any of our )?(?:articles?|stor(?:y|ies))\b|"
    # the outlet's app and channels ("download the Example apps for iOS and Android")
    r"\bdownload (?:the|our) .{0,40}\bapps?\b.{0,30}\b(?:ios|android|iphone|app store|google play)\b|"
    r"\b(?:unsere|die|our|the|notre|nuestra|la nostra|o nosso) app\b.{0,40}\b(?:im|in the|sur l['’]|"
    r"en (?:el|la)|su|na|no) (?:app ?store|play ?store|google play)\b|"
    r"\b(?:our|nuestro|notre|unseren?|nostro|nosso|al|nel|ao|au|zum|do|no|(?:we|wir) (?:have|haben) "
    r"(?:a|einen)|"
    r"tenemos(?: un)?|abbiamo(?: un)?|temos(?: um)?|nous avons(?: une)?) (?:canal|canale|channel|kanal|"
    r"chaîne) (?:de |on |auf |su |no |do |sur |en )?(?:telegram|whatsapp|youtube)\b|"
    r"\b(?:our|unseren?|unserem|the) (?:telegram|whatsapp|youtube)[- ](?:channel|kanal)\b|"
    # a subscription offer's promise ("Cancel anytime", "Jederzeit kündbar")
    r"\bcancel (?:at )?any ?time\b|\bjederzeit kündbar\b|\brésiliable à tout moment\b|"
    r"\bcancela cuando quieras\b|\bsin permanencia\b|\bcancele quando quiser\b|"
    r"\bdisdici quando vuoi\b|"
    r"\b(?:get|try|subscribe to) .{0,100}\bfor (?:as little as|only|just) .{1,20}\b(?:a|per|for (?:the )?first) "
    r"(?:month|year|week)\b|"
    r"^(?:sign up|subscribe) (?:for|to) [^.!?]{1,60}\bnewsletters?\b|^privacy notice\s*:|"
    r"\b(?:sign(?:ing)? up|subscribe|register) (?:for|to) (?:our|the|my|a) (?:free |daily |weekly )?"
    r"(?:[\w'’&-]+ ){0,4}(?:newsletters?|e-?mails?|bulletin|digest)\b|"
    r"^(?:unser|our|notre|nuestro|la nostra|a nossa) (?:kostenloser |free |gratuite? )?newsletter\b|"
    r"\b(?:recevez|receive|get|erhalten sie|recibe|ricevi|receba)(?: gratuitement| for free| kostenlos|"
    r" gratis)? (?:notre|our|the|unseren|nuestra|nuestro|la nostra|a nossa|la|le|el|il|a|o) (?:free |gratuite? |"
    r"kostenlosen )?newsletter\b|"
    # the terms a sign-up button accepts ("En cliquant sur « Je m'inscris », j'accepte ...")
    r"^(?:en cliquant sur|by clicking|mit (?:dem )?klick auf|al hacer clic en|cliccando su|ao clicar em)"
    r"\b.{0,120}\b(?:j['’]accepte|you agree|you accept|akzeptiere|stimme|acepto|aceptas|accetto|"
    r"accetti|aceito|concordo)\b|"
    r"^(?:s['’]inscrire|inscrivez-vous) à (?:la|notre) newsletter|^(?:zum|für den) newsletter anmelden|"
    r"^(?:suscríbete|suscribirse) (?:al|a nuestro) (?:boletín|newsletter)|"
    r"^iscriviti alla (?:nostra )?newsletter|^(?:assine|inscreva-se n)a (?:nossa )?newsletter|"
    r"\bsubscribe to (?:our|the) [\w'’ -]{0,40}channel\b|"
    r"\bnever miss (?:the latest|a story|an update|our [\w ]{0,20}stories|out)\b|"
    r"^i agree (?:that|to)\b.{0,120}\bnewsletters?\b|\bsubscription (?:will )?auto(?:matically)?[- ]?renews?\b|"
    r"\byou(?:['’]re| are) (?:running|using) an? ad[- ]?blocker\b|\bad[- ]?blocker (?:detected|erkannt)\b|"
    r"^you(?:['’]re| are) receiving this (?:e-?mail|newsletter|message)\b|"
    # a newsletter's frame round the story ("You're reading the Morning Wire newsletter.",
    # "Have feedback? Just reply to this email.")
    r"^you(?:['’]re| are) reading (?:the )?.{1,40}\bnewsletter\b|"
    r"^(?:[^?]{3,40}\?\s+)?(?:just )?(?:reply|respond) to this e-?mail\b|"
    # an offer that ends in the reader's inbox ("Recibe ... en tu correo")
    r"^(?:[^?]{3,40}\?\s+)?(?:recibe|receba|recevez|ricevi|erhalten sie|get|lass dir|lassen sie sich|"
    r"l['’]essentiel|lo mejor|il meglio|o melhor|"
    rf"das wichtigste)\b.{{0,100}}\b(?:{_INBOX})(?:\s+[\w-]+){{0,2}}\s*[.!]?$|"
    # a blog's follow-by-email box ("Enter your email address to follow this blog ...")
    r"\benter your e-?mail address to (?:follow|subscribe to) this (?:blog|site)\b|"
    r"\bgib deine e-mail-adresse ein, um (?:diesem blog zu folgen|über neue beiträge)|"
    r"\bgeben sie ihre e-mail-adresse (?:an|ein), um (?:diesen blog zu abonnieren|diesem blog zu folgen)\b|"
    r"\b(?:besuchen sie|visit) (?:unseren|our) [\w-]*(?:shop|store)\b|"
    r"^mit (?:der|meiner) anmeldung (?:stimme|akzeptiere|willige) ich\b|"
    r"^mit (?:dem )?absenden\b.{0,80}\bwillige ich\b|"
    r"\bmit unserem [\w -]{0,20}newsletter\b|\bnewsletter\.? jetzt anmelden\b|"
    r"\bsaisissez votre adresse (?:e-?mail|de messagerie) pour suivre ce blog\b|"
    r"\b(?:zum|für den|für unseren|unseren|den) [\w -]{0,30}newsletter (?:an)?melden\b|"
    r"\b(?:an)?melden sie sich\b.{0,40}\bnewsletter\b|"
    r"\bnewsletter (?:abonnieren|bestellen)\b|^abonnieren sie (?:jetzt )?unseren [\w-]*newsletter\b|"
    r"\b(?:inscrivez-vous|abonnez-vous) à (?:notre|la) (?:newsletter|lettre d['’]information)\b|"
    r"\bsuscr[ií]bete a (?:nuestr[oa]|el|la) (?:newsletter|bolet[ií]n)\b|"
    r"\biscriviti alla (?:nostra )?newsletter\b|"
    r"\b(?:assine|inscreva-se (?:em|na)) (?:a |a nossa |nossa )?newsletter\b|"
    # a newsletter's pitch that ends in the way it comes ("Die wichtigsten Nachrichten des
    # Tages - jeden Morgen kostenlos per E-Mail.")
    r"^(?:die wichtigsten|das wichtigste|the (?:day['’]s |week['’]s )?(?:top|biggest|most important)|"
    r"l['’]essentiel|lo (?:más )?importante|le notizie più importanti|as principais)\b.{0,80}\b"
    r"(?:per|by|par|por|via) (?:e-?mail|newsletter|correo)\b.{0,20}[.!]?$|"
    # a sign-up box's fine print ("We will use your email address only for sending you ...")
    r"^(?:we(?: will|['’]ll)?|wir werden|nous utiliserons|utilizaremos|utilizzeremo|usaremos) "
    r"(?:only )?(?:use |verwenden |nutzen )?(?:your|ihre|deine|votre|tu|su|il tuo|la tua|o seu|a sua) "
    r"(?:e-?mail|e-mail-adresse|adresse e-?mail|correo(?: electrónico)?|indirizzo e-?mail|"
    r"endereço de e-?mail)(?: address)?\b|"
    # rights and reprint notices
    r"\b(?:republished|reprinted|reproduced) (?:here )?(?:from|with (?:the )?permission (?:of|from))\b|"
    r"\bunder a creative commons\b|\bunter (?:einer |der |den bedingungen der )?creative[- ]commons\b|"
    r"\bcreative-commons-lizenz\b|\b(?:lizenz|license|licence|licencia|licenza|licença|unter|under) "
    r"cc[ -]by\b|"
    r"\bfor (?:your )?personal,? non-?commercial use\b|\breproducci[oó]n (?:total o parcial )?"
    r"prohibida\b|\bprohibida su reproducci[oó]n\b|\briproduzione riservata\b|"
    r"\breproduction interdite\b|\bnachdruck (?:nur mit genehmigung|verboten)\b|"
    r"\bé proibida a reprodução\b|^reprodução proibida\b|\briproduzione vietata\b|"
    r"\b(?:this )?(?:material|article|content) may not be (?:re)?(?:published|produced|printed|distributed)\b",
)
NOTICE = Prefiltered(
    _NOTICE,
    ("inbox", "newsletter", "mail", "bulletin", "digest", "channel", "never miss", "lettre",
     "may not be",
     "bolet", "non-commercial", "noncommercial", "reprodu", "riproduzione",
     "nachdruck", "blog", "delivered", "for as little", "for only", "for just", "download",
     "canal", "kanal", "chaîne", "hear what", "republish", "reprint", "creative commons", "cc by",
     "cliquant", "clicking", "klick", "clic", "clicar",
     "creative-commons",
     "blocker",
     "cc-by",
     "boîte", "correo", "casella", "caixa", "postfach", "posteingang", "receiving", "besuchen sie",
     "visit our",
     "anmeldung", "absenden", "renew", "cancel", "kündbar", "résiliable", "permanencia",
     "disdici", "store", "google play"),
)  # fmt: skip
# More of a site's notices, apart from NOTICE so that its many lines holding "mail" or "blog"
# are not searched for these too: a syndicated story's note, a copyright notice, a call to the
# site's other news or its newsletter, an Australian site's acknowledgement of the land's first
# peoples.
SITE_NOTICE = Prefiltered(
    Folded(
        r"\b(?:has not|hasn['’]t) been edited by\b.{0,60}\b(?:staff|team|desk)\b|"
        r"\bfrom a syndicated feed\b|\b(?:this|the) (?:document|article|content|material) is "
        r"subject to copyright\b|\bprohibida la (?:redistribución|redifusión|reproducción)\b|"
        r"^catch (?:all )?the (?:latest )?[\w ]{0,40}\bnews\b|\bapúntate a (?:la|nuestra) "
        r"newsletter\b|\bapuntarte aquí para recibir\b|\b(?:abonneer|meld) (?:je|u) (?:aan voor|op) "
        r"(?:onze|de) nieuwsbrief\b|^acknowledge?ment of country\b|^we acknowledge (?:the )?"
        r"(?:aboriginal|traditional (?:owners|custodians)|first (?:nations|peoples))\b|"
        # a sign-up form's promises ("No spam, we promise. You can unsubscribe at any time")
        r"^no spam\b|\bunsubscribe (?:at )?any ?time\b|\bjederzeit (?:wieder )?abbestell|"
        r"\bkein spam\b|\bdésinscri(?:re|vez-vous|ption) (?:possible )?à tout moment\b|"
        r"\bdarte de baja (?:en cualquier momento|cuando quieras)\b|"
        r"\bdisiscriver(?:ti|si) in qualsiasi momento\b|\bcancelar (?:a )?inscrição a qualquer momento\b|"
        # how the outlet uses the reader's data, a paid tier's one-device rule
        r"\butilise (?:vos|tes) données (?:personnelles )?pour\b|\buses your (?:personal )?data to\b|"
        r"\bverwendet ihre (?:personenbezogenen )?daten\b|\butiliza (?:tus|sus) datos (?:personales )?para\b|"
        r"\butilizza i tuoi dati\b|\butiliza os seus dados\b|"
        r"\bsur un seul appareil à la fois\b|\bon (?:only )?one device at a time\b|"
        r"\ben un solo dispositivo a la vez\b|\bsu un solo dispositivo alla volta\b|"
        r"\bauf (?:nur )?einem gerät gleichzeitig\b|"
        # a pointer to the outlet's policies ("... Read our corrections policy.")
        r"\bour (?:corrections?|complaints?|editorial|ethics) polic(?:y|ies)\b|"
        # a newsletter's promise ("Wir informieren Sie täglich über die Topthemen des Tages.")
    r"^wir (?:informieren|halten) (?:sie|dich|euch) (?:täglich|wöchentlich|regelmäßig|auf dem laufenden)\b|"
    # a call for readers' notes on the article ("... können Sie die Redaktion per E-Mail
    # informieren.", "If you have feedback on this article, ...")
    r"\b(?:können sie|kannst du) (?:die redaktion|uns) per e-?mail\b|"
    r"^if you have (?:any )?(?:comments|feedback|questions|corrections) (?:on|about|regarding) this "
    r"(?:article|story)\b|^bei fragen(?: und anregungen| oder anmerkungen| oder hinweisen)? zu "
    r"(?:diesem|dem) (?:artikel|beitrag|text)\b|^pour toute question (?:sur|concernant) cet article\b|"
    r"^si tienes (?:alguna )?(?:dudas?|preguntas?|comentarios?) sobre (?:este artículo|esta noticia)\b|"
    r"^per (?:domande|segnalazioni) (?:su|riguardo a) questo articolo\b|"
    r"^em caso de dúvidas? sobre (?:este artigo|esta notícia)\b|"
    # a pointer to the outlet's privacy policy ("Bitte beachte auch die Datenschutzerklärung ...")
    r"^(?:bitte )?beachten? (?:sie )?(?:auch )?(?:die|unsere|meine) datenschutz|"
    r"\b(?:see|read) our privacy (?:policy|notice|statement)\b|"
    r"\b(?:treated to|receive) special offers(?:, promotions)? and (?:adverts|ads|advertising)\b|\b(?:in )?unserer datenschutzerklärung\b|"
    r"\bnotre politique de confidentialité\b|\bnuestra política de privacidad\b|"
    r"\bla nostra (?:informativa sulla )?privacy\b|\bnossa política de privacidade\b|"
    # a blog's sign-up box ("... Dann geben Sie hier einfach Ihre E-Mail-Adresse ein")
    r"\b(?:geben sie|gib) (?:hier )?(?:einfach )?(?:ihre|deine) e-mail-adresse ein\b|"
    # a review site's note on its testing ("... Find out more about how we test.")
        r"\b(?:how we (?:test|review|rate)|wie wir testen|so testen wir|comment nous testons|"
        r"cómo (?:probamos|analizamos)|come testiamo|como testamos)\b|"
        # the trademarks a store's page names ("... are registered trademarks of Apple Inc.")
        r"\b(?:is a|are) (?:registered )?trademarks? of \w[\w .,&'’-]{1,40}\.?$|"
        # a crisis line's number under a story on suicide or distress ("If you or someone you
        # know ...", "Wenn Sie sich in einer Krise befinden, ...")
        r"^(?:hinweis der redaktion:\s*)?(?:if you or someone you know\b.{0,80}\b(?:struggl|crisis|suicid|distress|mental health|self-harm)|(?:wenn|falls) (?:sie|du) "
        r"(?:sich |dich )?(?:in einer (?:krise|notlage)|suizidgedanken)|si usted o alguien que "
        r"conoce\b|si (?:vous|tu) (?:avez|as) des (?:idées|pensées) suicidaires|se (?:tu|lei) o "
        r"qualcuno che conosc|se você ou alguém que (?:você )?conhece\b)|"
        # a note of who paid for the study or the outlet ("Transparenzhinweis: ...", "Leeds
        # University provides funding as a member of The Conversation UK.")
        r"^transparenzhinweis\s*:|\bprovides? funding as (?:a )?(?:founding )?(?:partner|member) of\b|"
        # a call to get the outlet's app ("Descarga la nueva versión de nuestra app y ...",
        # "Download The Example News App to ...")
        r"^(?:descarga|download|baixe|scarica|lade|laden sie|téléchargez)\s+(?:the|our|la|nuestra|a|"
        r"nossa|la nostra|unsere|die|notre|l['’])\b.{0,40}\bapp\b|"
        # a sign-up form's terms ("By providing an email address, I agree to ...") and a
        # thread's house rules ("... is committed to maintaining a lively but civil forum for
        # discussion")
        r"^by (?:providing|entering|submitting|signing up with) (?:your |an )?e-?mail(?: address)?\b|"
        # ... and its consent, in the form's words ("Al suscribirte, aceptas nuestra política de
        # privacidad.", "Mit der Anmeldung stimme ich ... zu")
        r"^by (?:subscribing|signing up|registering|clicking\b[^,]{0,30}),? (?:you|i)\b.{0,40}\b"
        r"(?:agree|accept|consent|acknowledge)|^al (?:suscribirte|registrarte)\b|"
        r"^(?:al (?:suscribirse|registrarse)|en vous (?:inscrivant|abonnant)|iscrivendo(?:ti|si)|"
        r"ao (?:se )?(?:inscrever|subscrever|assinar|cadastrar)|mit (?:der|ihrer|deiner) anmeldung)\b"
        r".{0,200}?\b(?:privacy|privacidad|privacidade|confidentialité|datenschutz|términos|termos|"
        r"conditions (?:générales|d['’]utilisation)|acceptez|accetti|(?:você|voce) (?:concorda|aceita)|"
        r"einverstanden|akzeptier)|"
        r"\bcommitted to (?:maintaining|providing|fostering) a [\w ,]{0,40}\bforum for "
        r"(?:discussion|debate|conversation)\b|"
        # where an obituary ran ("Published by The Gazette from Mar. 18 to Mar. 20, 2025.")
        r"^published (?:by|in) [\w .&'’-]{2,60} from \w{3,9}\.? \d{1,2}(?:,? \d{4})? to "
        r"\w{3,9}\.? \d{1,2},? \d{4}\.?$|"
        # where to send tips ("Per segnalazioni e suggerimenti scrivete a ...")
        r"^per segnalazioni(?: e suggerimenti)?,? scriv(?:ete|i)(?:ci)?\b|"
        # a station's pointer to its site ("For the latest news, weather, sports, and
        # streaming video, head to WXYZ.")
        r"^for (?:the |all the )?(?:latest|more)(?: [\w,]+){0,6},? (?:head|go) to\b|"
        r"^for (?:the |all the )?(?:latest|more) (?:[\w-]+ )?(?:news|updates|coverage)\b.{0,80}\b"
        r"(?:visit|download|follow us)\b|"
        # a reminder of the app's alerts ("Y recuerda que puedes recibir notificaciones en
        # nuestra app.")
        r"^(?:(?:and|y|e|et|und) )?(?:(?:remember|recuerda|lembre-se de|ricorda|n['’]oubliez pas|"
        r"denken sie daran),? (?:that |que |che |qu['’]|dass )?)?(?:you can|puedes|podés|você pode|"
        r"pode|puoi|vous pouvez|sie können|du kannst) (?:now |also |también |ahora |agora |anche |"
        r"aussi |jetzt |auch )?(?:receive|get|recibir|receber|ricevere|recevoir|erhalten) [^.!?]{0,40}"
        r"\b(?:notifications?|notificaciones|notificações|notifiche|benachrichtigungen|alerts?|alertas)"
        r"\b[^.!?]{0,40}\b(?:app|aplicación|aplicativo|applicazione|application|appli)\b|"
        # the news on the phone with the outlet's app ("Get the latest news straight to your
        # phone with the Example News app.")
        r"^(?:get|stay|keep)\b[^.!?]{0,60}\b(?:to|on) your (?:phone|smartphone|device|mobile)\b"
        r"[^.!?]{0,20}\bwith (?:the|our) [\w .&'’-]{1,40} app\.?$|"
        # a newsletter form's last step ("Please review our terms of service to complete your
        # newsletter subscription.")
        r"\bto complete your (?:newsletter )?(?:subscription|sign-?up|registration)\.?$|"
        # a machine transcript's caveat ("This transcript was automatically generated and may
        # contain errors.")
        r"^(?:this|the) transcript (?:was|has been|is) (?:automatically|machine|computer|ai)[- ]"
        r"(?:generated|created|produced)\b|^transcripts? (?:may|might|can) contain errors\b|"
        r"^(?:dieses|das) transkript wurde (?:automatisch|maschinell) erstellt\b|"
        r"^cette transcription a été (?:générée|réalisée) automatiquement\b|"
        r"^esta transcripción (?:fue|ha sido) generada automáticamente\b|"
        r"^questa trascrizione è stata generata automaticamente\b|"
        r"^esta transcrição foi gerada automaticamente\b"
    ),
    ("been edited", "syndicated", "subject to copyright", "prohibida", "catch", "apúntate",
     "apuntarte", "nieuwsbrief", "acknowledg", "spam", "subscri", "abbestell", "désinscri",
     "darte de baja", "disiscriver", "inscrição", "trademark", "how we", "wie wir testen",
     "our correction", "our complaint", "our editorial polic", "our ethics polic",
     "wir informieren", "wir halten", "per e-mail", "per email", "if you have", "e-mail-adresse",
     "so testen wir", "comment nous testons", "cómo probamos", "cómo analizamos", "come testiamo",
     "vos données", "tes données", "your data", "your personal data", "ihre daten",
     "ihre personenbezogenen", "tus datos", "sus datos", "i tuoi dati", "os seus dados",
     "seul appareil", "one device", "solo dispositivo", "einem gerät",
     "como testamos", "someone you know", "krise", "notlage", "suizid", "alguien que conoce",
     "suicidaires", "qualcuno che conosc", "alguém que", "transparenzhinweis", "funding as",
     "per segnalazioni", " app", "by providing", "by entering", "by submitting", "by signing",
     "forum for", "published by", "published in", "bei fragen", "pour toute question",
     "si tienes", "per domande", "em caso de", "beachte", "datenschutzerklärung",
     "confidentialité", "privacidad", "privacy", "special offers", "al suscrib", "al registr",
     "en vous inscr", "en vous abonn", "iscrivend", "ao se ", "ao inscr", "ao subscr", "ao assin", "ao cadastr",
     "anmeldung", "by subscrib", "by signing", "by registering", "by clicking", "transkript",
     "transcrip", "trascrizione", "notific", "benachrichtigung", "alert", "head to",
     "go to", "visit", "follow us"),
)  # fmt: skip
# An institution an author writes from, after the name ("Emma Wright, University of Leeds").
_INSTITUTION = (
    r"university|universität|université|universidad|università|universidade|universiteit|"
    r"institute|institut|instituto|istituto|college|hochschule|school|école|escuela|scuola|"
    r"foundation|stiftung|fondation|fundación|fondazione|fundação|academy|akademie"
)
AFFILIATION = Folded(rf"\b(?:{_INSTITUTION})\b")
_SPECIAL_TO = r"(?:special (?:to|for)|exclusive (?:to|for)|especial para|speciale per)"
# A contributor's note after the name ("Jane Doe, Special to The Post", "especial para El Sol").
SPECIAL_TO = Folded(rf"^{_SPECIAL_TO}\s+\S")
# ... after the names on their line ("Jane Doe | Special to the Herald").
SPECIAL_TO_TAIL = re.compile(rf"{AFTER_NAME}{_SPECIAL_TO}\s+\S.{{0,60}}$", re.IGNORECASE)
# An organisation credited in place of a person ("by European Space Agency", "Von Ministerium
# für Umwelt").
ORGANISATION = Folded(
    rf"\b(?:{_INSTITUTION}|agency|agentur|agence|agencia|agenzia|agência|ministry|ministerium|"
    r"ministère|ministerio|ministero|ministério|department|council|society|association|museum|"
    r"hospital|laboratory|observatory|centre|center|zentrum|verband|verein)\b"
)
# A reader's answer button ("Was this helpful?" Yes / No).
# What a machine did to a text, and the machine ("generated", "with the help of AI").
_MADE = (
    r"(?:generated|created|written|produced|translated|summari[sz]ed|generiert|erstellt|"
    r"geschrieben|übersetzt|zusammengefasst|généré|rédigé|traduit|résumé|generado|creado|"
    r"redactado|traducido|resumido|elaborado|producido|generato|creato|scritto|tradotto|riassunto|"
    r"prodotto|gerado|criado|escrito|traduzido|produzido|redigido|produit|produziert|gegenereerd|"
    r"gemaakt|geschreven|vertaald|samengevat)"
)
_BY_AI = (
    r"(?:ai|ki|ia|artificial intelligence|künstliche[rn]? intelligenz|intelligence artificielle|"
    r"inteligencia artificial|intelligenza artificiale|inteligência artificial|"
    r"kunstmatige intelligentie)"
    # the machine itself, not a thing named after it ("the AI Act")
    rf"(?=\s*(?:[.,;:!)]|$)|\s+(?:and|und|et|y|e|en|ed|and|tools?|models?|{_MADE})\b)"
)
# A blog engine's feed footer, the post's title and the site's name inside, both capitalised
# ("The post Ferry timetable cut appeared first on Harbour Weekly.", "Der Beitrag ... erschien
# zuerst auf ..."; not "The post office appeared first on a list of ...").
FEED_FOOTER = re.compile(
    r"^(?:the post|der beitrag|l['’]article|l['’]articolo|la entrada|el artículo|o post|"
    r"a postagem|het bericht|het artikel) (?-i:[A-ZÀ-Þ0-9\"“«„])[^\n]{0,200}? (?:appeared first on|"
    r"erschien zuerst auf|est apparu en premier sur|proviene da|sembra essere il primo su|"
    r"se publicó primero en|apareció primero en|aparece primero en|apareceu primeiro em|"
    r"verscheen eerst op) (?:(?-i:[A-ZÀ-Þ0-9])|[\w-]+\.\w{2,})[^\n]{0,80}$",
    re.IGNORECASE,
)
# A name or two, no sentence ("Anna Berg und Tom Kurz"), after the credit for a site's design.
_MAKERS = r"(?:[\w'’-]+ ?){1,3}(?:(?:und|and|&|et|y|e|,) (?:[\w'’-]+ ?){1,3})?"
# A note about the piece rather than of it, each on a line of its own: that a machine wrote or
# summed it up, the series or partnership it belongs to, a call for readers' tips.
PIECE_NOTE = Folded(
    # a note that a machine wrote or summed up the text ("This summary was generated with
    # the help of AI and checked by our editors")
    rf"^(?:this|dieser|diese|dieses|cet|ce|cette|este|esta|questo|questa|dit|deze)\s+"
    r"(?:summary|article|text|story|translation|zusammenfassung|artikel|text|beitrag|"
    r"übersetzung|résumé|article|texte|traduction|resumen|artículo|texto|traducción|"
    r"riassunto|articolo|testo|traduzione|resumo|artigo|tradução|samenvatting|artikel|"
    rf"tekst|vertaling)\b(?:.{{0,60}}\b{_MADE}\b.{{0,40}}\b{_BY_AI}|.{{0,60}}\b{_BY_AI}\b.{{0,40}}"
    rf"\b{_MADE})\b.{{0,80}}$|"
    # an audio version read by a machine ("Listen to this article, read by an AI voice")
    r"^(?:listen to (?:this |the )?(?:article|story)[,:]?\s+)?(?:this |the )?(?:audio(?: version)?|"
    r"narration|read|narrated|voiced)\b[^.!?]{0,40}\b(?:ai|artificial intelligence|a synthetic "
    r"voice|a computer-generated voice)\b[^.!?]{0,20}[.!]?$|"
    # the badge of a newsroom standard ("Conforme a los criterios de The Trust Project")
    r"^(?=.{0,90}$)[^.!?]{0,60}\b(?:the )?trust project\b[^.!?]{0,30}[.!]?$|"
    r"^conforme a los criterios de\s*:?$|"  # the badge's words, its name on the next line
    # a Portuguese author's spelling ("A autora escreve segundo o novo acordo ortográfico")
    r"^(?:por (?:opção|decisão|vontade) d[oa] autora?,? )?(?:o|a|este|esta) (?:autora?|texto|"
    r"artigo|crónica|crônica) (?:escreve|foi escrit[oa]|está escrit[oa]|(?:não )?segue|"
    r"(?:não )?respeita|obedece)\b[^.!?]{0,40}\bacordo ortográfico\b[^.!?]{0,40}[.!]?$|"
    # a note of the series or partnership the piece belongs to
    r"^(?:this (?:article|story|piece|report|fact[- ]check) is part of|dieser (?:artikel|"
    r"beitrag|text) ist teil|cet article (?:fait partie|s['’]inscrit dans le cadre)|"
    r"este (?:artículo|reportaje) forma parte|questo articolo fa parte|"
    r"este (?:artigo|texto) faz parte|dit artikel (?:is onderdeel|maakt deel uit)) "
    r"[^.!?]{3,160}[.!]?$|"
    # who made the piece possible ("This story was produced in partnership with ...")
    r"^(?:this (?:story|article|report|piece|coverage|project|series)|dieser (?:beitrag|artikel|text)|"
    r"diese (?:recherche|reportage)|cet article|ce reportage|cette enquête|este (?:reportaje|artículo)|"
    r"esta (?:investigación|información)|questo (?:articolo|reportage)|questa inchiesta|"
    r"esta reportagem|este artigo|dit artikel|deze reportage) (?:was|is|has been|wurde|ist|entstand|"
    r"a été|est|fue|ha sido|se ha|è stat[oa]|foi|werd|is)\b.{0,40}\b(?:in partnership|with (?:the )?"
    r"(?:support|funding)|funded by|supported by|in collaboration|in zusammenarbeit|mit unterstützung|"
    r"gefördert|en partenariat|avec (?:le )?soutien|en colaboración|con (?:el )?apoyo|con la financiación|"
    r"in collaborazione|con il sostegno|em parceria|com (?:o )?apoio|in samenwerking|met steun|"
    r"with (?:the )?financial (?:support|help|assistance)|avec l['’]aide (?:financière )?|"
    r"grâce au soutien|con la ayuda|con l['’]aiuto|com a ajuda|mit (?:finanzieller )?hilfe)\b"
    r"[^.!?]{0,100}[.!]?$|"
    # who made the site ("Site desenvolvido por ...", "Proudly powered by WordPress")
    r"^(?:(?:web)?site|sitio(?: web)?|webseite|portal|blog) (?:desenvolvido|developed|designed|built|"
    r"made|diseñado|desarrollado|realizzato|réalisé|conçu|erstellt|gestaltet|entwickelt) (?:por|by|"
    r"von|par|da|with) \S.{0,40}$|^(?:proudly )?powered by \S.{0,40}$|^theme:? [\w .-]{2,40} by \S.{0,40}$|"
    # or its design, a name or two after it ("Design von Anna Berg und Tom Kurz. Icons von ...")
    rf"^(?:(?:web ?)?design|theme|template|layout) (?:by|von|par|por|di|door):? {_MAKERS}"
    rf"(?:\.\s+[\w -]{{2,30}} (?:by|von|par|por|di|door) {_MAKERS})?\.?$|"
    # a call for the readers' tips ("Seen something we should check? Get in touch.")
    r"^[^.!?]{5,120}\?\s*(?:get in touch|contact us|email us|e-mail us|write to us|let us "
    r"know|tell us|schreiben sie uns|kontaktieren sie uns|melden sie sich(?: bei uns)?|"
    r"écrivez-nous|contactez-nous|escríbenos|contáctanos|escribinos|scriveteci|scrivici|"
    r"contattaci|escreva-nos|fale conosco|contacte-nos|mail ons|laat het ons weten|"
    r"wir freuen uns (?:über|auf) (?:ihr|dein|euer) feedback|we welcome your feedback|"
    r"we(?:['’]d| would) love to hear from you|donnez-nous votre avis|dites-le-nous|cuéntanos|"
    r"fateci sapere|diga-nos|(?:give|send) us (?:your )?feedback)\b"
    r"[^.!?]{0,80}[.!]?$"
)
YES_NO = Folded(r"^(?:yes|no|ja|nein|oui|non|sí|si|sì|não|sim)$")
# The heading of an article's table of contents ("Contents", "In diesem Artikel", "Sommaire").
CONTENTS_HEADING = Folded(
    r"^(?:(?:table of )?contents|in this (?:article|story|guide)|on this page|"
    r"jump to(?: section)?|inhalt(?:sverzeichnis)?|in diesem (?:artikel|beitrag)|"
    r"(?:au )?sommaire|dans cet article|índice|contenidos?|en este artículo|indice|sommario|"
    r"in questo articolo|conteúdos?|neste artigo|nesta página|inhoud(?:sopgave)?|in dit artikel)"
    r"\s*:?$"
)
# A poll's heading, alone or before its question ("Poll", "Umfrage: ...").
POLL_HEADING = Folded(
    r"^(?:(?:quick |reader )?poll|umfrage|leserumfrage|abstimmung|sondage|encuesta|sondeo|"
    r"sondaggio|enquete|pesquisa|peiling)\s*(?::\s*\S.*)?$"
)
# Its buttons and count ("Vote", "View results", "1,234 votes").
POLL_CONTROL = Folded(
    r"^(?:vote|abstimmen|voter|votar|vota|stemmen|(?:view|see|show) (?:the )?results|"
    r"ergebnis(?:se)? (?:anzeigen|ansehen)|voir les résultats|ver (?:los |os )?resultados|"
    r"vedi (?:i )?risultati|bekijk (?:de )?resultaten|\d[\d,.]*\s*(?:votes|stimmen|votos|voti|voix|"
    r"stemmen))\s*[.!]?$"
)
# The heading of an author's disclosure of interests, the statement on the line below it.
DISCLOSURE_HEADING = Folded(
    r"^(?:disclosure(?: statement)?|conflicts? of interest|interessenkonflikte?|"
    r"déclaration d['’]intérêts|declaración de (?:conflicto de )?intereses)\s*:?$"
)
# Affiliate-link disclosures ("We may earn a commission ..."): they run longer than a notice.
_AFFILIATE = Folded(
    r"\b(?:affiliate[- ]?links?|(?:enlaces|links)\b.{0,40}\bson afiliados|"
    r"(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?"
    r"(?:commission|compensation)|as an amazon associate,? (?:i|we) earn\b|contains references to products|"
    r"(?:erhalten wir|wir erhalten) (?:ggf\. |gegebenenfalls |möglicherweise )?eine (?:kleine )?"
    r"provision|provisionslinks?|"
    # the site by name ("Für Links auf dieser Seite erhält Example ggf. eine Provision")
    r"links auf dieser seite erhält\b.{1,40}\beine (?:kleine )?provision|"
    r"als amazon-partner|liens? (?:d['’]affiliation|affiliés)|enlaces? de afiliad\w+|"
    r"link (?:di )?affiliazione|links? de afiliad\w+|may earn an? (?:affiliate )?commission|"
    r"(?:podemos|podríamos) (?:recibir|obtener|ganar|cobrar) una (?:pequeña )?comisión|"
    r"nous (?:pouvons |pourrions )?(?:percevons|percevoir|touchons|toucher|recevons|recevoir) une "
    r"(?:petite )?commission|(?:potremmo|possiamo) (?:ricevere|guadagnare|percepire) una (?:piccola )?"
    r"commissione|(?:podemos |poderemos )?(?:receber|ganhar) (?:uma )?(?:pequena )?comissão|"
    r"(?:ontvangen|krijgen) (?:wij|we) (?:mogelijk |soms )?een (?:kleine )?(?:commissie|vergoeding)|"
    # who paid for paid content, and that the newsroom did not write it
    r"^this (?:content|article|story|piece) (?:was|is) (?:paid for|sponsored|funded|commissioned) by\b|"
    r"^(?:this|the following) (?:content|article|story) (?:was|is) (?:produced|created|written) "
    r"(?:by|for|with|in partnership with) (?:our |the |an? )?(?:partners?|sponsors?|advertisers?)\b|"
    r"^(?:dieser|der folgende) (?:inhalt|beitrag|artikel|text) (?:wurde|ist) (?:von (?:unserem|einem) "
    r"(?:partner|werbepartner|sponsor)|im auftrag)|^ce contenu (?:a été|est) (?:réalisé|produit|proposé|"
    r"financé) (?:par|pour|avec) (?:notre|un|le) (?:partenaire|annonceur)|^este contenido (?:ha sido|"
    r"fue|es) (?:elaborado|producido|realizado|ofrecido|patrocinado) (?:por|para|con) (?:nuestro|un|el) "
    r"(?:socio|patrocinador|anunciante)|^questo contenuto (?:è stato|è) (?:realizzato|prodotto|offerto) "
    r"(?:da|per|con|in collaborazione con) (?:un|il|il nostro) (?:partner|inserzionista|sponsor)|"
    r"^este conteúdo (?:foi|é) (?:produzido|realizado|oferecido|patrocinado) (?:por|para|com|em "
    r"parceria com) (?:um|o|nosso) (?:parceiro|anunciante|patrocinador)|"
    r"\b(?:the|our) (?:newsroom|editorial (?:staff|team|department)|journalists) (?:was|were) not "
    r"involved\b|\bla rédaction (?:du \w+ )?n['’]a pas participé\b|\bdie redaktion (?:war|ist) (?:daran )?"
    r"nicht beteiligt\b|\bla redacción no (?:ha )?particip|\bla redazione non ha partecipato\b|"
    r"\ba redação não (?:participou|teve participação)\b)",
)
AFFILIATE = Prefiltered(
    _AFFILIATE,
    ("affili", "afiliad", "commission", "compensation", "references to products", "provision",
     "comisi", "comiss", "commissie", "vergoeding", "paid for", "sponsor", "funded", "partner",
     "advertiser", "im auftrag", "partenaire", "annonceur", "socio", "patrocinador", "anunciante",
     "inserzionista", "parceiro", "not involved", "particip", "nicht beteiligt", "partecipato",
     "amazon associate"),
)  # fmt: skip
# A shop's price button ("$499 at Amazon", "29,99 € bei Otto", "View at Best Buy").
SHOP_BUTTON = Folded(
    r"^(?:(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euros?|\$|£))\s+(?:at|bei|chez|en|su|na|no|em)\s+"
    r"[\w.&' -]{2,30}|(?:view|buy|shop|see it|check price) (?:now )?at [\w.&' -]{2,30}|"
    # a shop's button in the other languages ("Bei Amazon ansehen", "Ver oferta en Amazon")
    r"(?:bei|auf) [\w.&' -]{2,30} (?:ansehen|kaufen|bestellen)|(?:jetzt )?zum (?:angebot|shop|deal)|"
    r"preis (?:prüfen|vergleichen)|(?:voir|découvrir) l['’]offre(?: (?:chez|sur) [\w.&' -]{2,30})?|"
    r"acheter (?:chez|sur) [\w.&' -]{2,30}|ver (?:la )?oferta(?: en [\w.&' -]{2,30})?|"
    r"comprar (?:en|na|no) [\w.&' -]{2,30}|(?:vedi|scopri) (?:l['’])?offerta(?: su [\w.&' -]{2,30})?|"
    r"acquista (?:su|da) [\w.&' -]{2,30}|ver (?:oferta|preço)(?: na| no| em)?(?: [\w.&' -]{2,30})?|"
    r"check (?:the )?(?:price|deal)s?|(?:see|view) (?:the )?deal|today['’]s best [\w.&' -]{2,40} deals?)$"
)


# Capitalised words before a date that name a place or a page's label, not a person ("New
# York, March 12", "Breaking News | March 12"), or an outlet after a writer's name ("Par Léa
# Roux, La Presse"): a first word as names do not open. Written for newsbeam, from general
# knowledge.
_PLACE_FIRST_WORDS = frozenset(
    """new los las san santa são saint sankt st. st bad buenos hong rio el la le den kuala tel
    abu sri costa porto puerto nueva nuevo ciudad cape port fort mount north south east west
    great little upper lower frankfurt halle mexico salt addis panama dar phnom ho des rue avenue
    a o as os il lo les los gli het do da dos das
    calle via viale rua avenida piazza plaza praça place platz monte mont
    à au aux en in im am the der die das zur zum vom beim""".split()
)
_PLACE_LAST_WORDS = frozenset(
    "city town beach island islands springs falls valley bay park heights harbor harbour dc d.c.".split()
)
_LABEL_WORDS = frozenset(
    """news breaking updated update published posted staff report reports local latest live home
    world sports sport opinion business politics editorial desk team online today daily weekly
    nachrichten aktuell lokales redaktion politik wirtschaft actualité actualités infos newsroom
    redacción rédaction redazione redação
    noticias actualidad notizie cronaca notícias últimas actualizado aktualisiert atualizado
    aggiornato publicado veröffentlicht publié pubblicato modifié privacy dashboard terms policy
    cookies settings contact menu search subscribe newsletter impressum datenschutz
    direct directo diretta liveticker liveblog sign login logout anmelden abmelden connexion
    register account konto compte cuenta e-edition epaper e-paper
    video videos vídeo vidéo player audio podcast podcasts photos gallery galerie galería galleria
    weather wetter météo tiempo alert alerts schedule traffic verkehr tv radio games events
    calendar""".split()
)


def is_label_word(word: str) -> bool:
    """Whether a word is a page's label or a newsroom's ("News", "Staff", "Redaktion")."""
    return word.lower() in _LABEL_WORDS


def could_be_a_name(text: str) -> bool:
    """Whether capitalised words may be a person's name: not a place or a page's label."""
    words = text.lower().split()
    return bool(words) and not (
        words[0] in _PLACE_FIRST_WORDS
        or words[-1] in _PLACE_LAST_WORDS
        or any(word in _LABEL_WORDS for word in words)
    )
