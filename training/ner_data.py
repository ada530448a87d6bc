"""Entity-annotated sentences from the IOB files newsbeam trains and scores on.

Two formats: Universal NER (`# sent_id`, `# text`, then token and tag columns) and GermEval 2014
(tab-separated tokens with an outer and an inner tag, no text line). Both come out as
`Sentence`: a text and character spans with our types, which is what spaCy training and the
benchmarks' exact-span scoring both take.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

# Tags of both corpora to our entity types. GermEval's "deriv" and "part" tags (the adjective
# "deutschen", the compound "EU-Kommission") are not names in Universal NER's guidelines: dropped.
TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC", "MISC": "MISC"}

Span = tuple[int, int, str]

# Universal NER's PUD sets ship no split: one by document, the same in every language (the
# documents are translations of each other), so no language trains on a document another scores.
_ROOT = Path(__file__).resolve().parents[1]
PUD_SPLIT = _ROOT / "benchmarks" / "splits" / "uner-pud.tsv"
# Portuguese PUD is not in ../shared: committed with its licence (training/ner/README.md).
PT_PUD = _ROOT / "training" / "ner" / "uner-pt-pud" / "pt_pud-ud-test.iob2.gz"


class Sentence(NamedTuple):
    document: str  # the corpus's document id, or the sentence id where it has none
    text: str
    spans: frozenset[Span]


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        yield from (line.rstrip("\n") for line in f)


def tagged_spans(text: str, tokens: Iterable[tuple[str, str]]) -> frozenset[Span]:
    """Character spans of BIO-tagged tokens found in order in `text`; unknown types dropped."""
    spans: list[list] = []
    position, current = 0, None
    for token, tag in tokens:
        start = text.find(token, position)
        start = position if start < 0 else start
        position = start + len(token)
        kind = TYPES.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if tag.startswith("I-") and current and kind == current[2]:
            current[1] = position
            continue
        current = [start, position, kind] if kind else None
        if current:
            spans.append(current)
    return frozenset((s, e, k) for s, e, k in spans)


def _sentences(path: Path) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
    """Each sentence's comment lines and (token, tag) pairs; a blank line ends a sentence.

    Both formats keep the token in column 2 and the (outer) tag in column 3.
    """
    comments: list[str] = []
    tokens: list[tuple[str, str]] = []
    for line in [*_open(path), ""]:
        if line.startswith("#"):
            comments.append(line)
        elif line.strip():
            columns = line.split("\t")
            tokens.append((columns[1], columns[2]))
        elif tokens:
            yield comments, tokens
            comments, tokens = [], []


class TaggedTokens(NamedTuple):
    document: str
    text: str
    tokens: list[tuple[str, str]]


def uner_tokens(path: Path) -> list[TaggedTokens]:
    """Sentences of a Universal NER `.iob2` file as tagged tokens, with their document ids."""
    sentences: list[TaggedTokens] = []
    document = None
    for comments, tokens in _sentences(path):
        meta = dict(c[2:].split(" = ", 1) for c in comments if " = " in c)
        document = meta.get("newdoc id", document)
        # PUD ids are "n01001-0001" (document n01001); Bosque's come with newdoc lines.
        sentences.append(
            TaggedTokens(document or meta["sent_id"].split("-")[0], meta["text"], tokens)
        )
    return sentences


def as_sentences(sentences: list[TaggedTokens]) -> list[Sentence]:
    """Tagged tokens as texts with character spans."""
    return [Sentence(d, text, tagged_spans(text, tokens)) for d, text, tokens in sentences]


def read_uner(path: Path) -> list[Sentence]:
    """Sentences of a Universal NER `.iob2` file, with their document ids."""
    return as_sentences(uner_tokens(path))


def read_germeval(path: Path) -> list[Sentence]:
    """Sentences of a GermEval 2014 file (outer tags); tokens joined by single spaces."""
    sentences: list[Sentence] = []
    source = ""
    for comments, tokens in _sentences(path):
        source = comments[-1].split("\t")[1] if comments else source
        text = " ".join(token for token, _ in tokens)
        sentences.append(Sentence(source, text, tagged_spans(text, tokens)))
    return sentences


def pud_split() -> dict[str, str]:
    """The committed dev/test assignment of every PUD document (`n01001` -> "dev")."""
    rows = PUD_SPLIT.read_text(encoding="utf-8").splitlines()
    return dict(row.split("\t") for row in rows if row and not row.startswith("#"))
