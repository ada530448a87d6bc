"""Train the spaCy entity models newsbeam ships for languages with no usable spaCy package.

    python -m training.train_ner [--shared ../shared] [--language de pt]

- **de**: GermEval 2014 (Wikipedia and news sentences; CC BY 4.0; the files are committed in
  `training/ner/germeval2014/`): its test file trains, its dev file chooses; plus Universal NER
  German PUD's dev documents (../shared; CC BY-SA 3.0).
- **pt**: Universal NER Portuguese-Bosque (newspaper text; CC BY-SA 4.0; ../shared): train and
  dev; plus Portuguese PUD's dev documents (committed in `training/ner/uner-pt-pud/`). Bosque
  and PUD print contractions split ("de o Brasil"); a second copy of each training sentence
  with them joined ("do Brasil") teaches the model the text articles really contain.
- PUD's dev documents (`benchmarks/splits/uner-pud.tsv`): every third chooses, the rest train.
  Its test documents, like Bosque test, are scored only by `benchmarks.tagging`.

Each model is fitted on its train set; spaCy's best checkpoint on the dev set is written to
`transforms/data/ner/<language>/`, where `transforms.entities` loads it. Config:
`training/ner/config.cfg`. Provenance and licences: `training/ner/README.md`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from training.ner_data import (
    PT_PUD,
    Sentence,
    TaggedTokens,
    as_sentences,
    pud_split,
    read_germeval,
    tagged_spans,
    uner_tokens,
)
from transforms.entities import LABELS, SHIPPED_MODELS

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "training" / "ner" / "config.cfg"
GERMEVAL = ROOT / "training" / "ner" / "germeval2014"
# PUD's dev documents are the one data annotated as the scored sets are (Universal NER's
# guidelines, today's news and Wikipedia): they train, counted this many times over.
PUD_WEIGHT = 2
TYPES = ("PERSON", "ORG", "LOC")

# Portuguese preposition + article contractions, as news prints them.
CONTRACTIONS = {
    ("de", "o"): "do", ("de", "a"): "da", ("de", "os"): "dos", ("de", "as"): "das",
    ("em", "o"): "no", ("em", "a"): "na", ("em", "os"): "nos", ("em", "as"): "nas",
    ("por", "o"): "pelo", ("por", "a"): "pela", ("por", "os"): "pelos", ("por", "as"): "pelas",
    ("a", "o"): "ao", ("a", "os"): "aos", ("a", "a"): "à", ("a", "as"): "às",
    ("de", "ele"): "dele", ("de", "ela"): "dela", ("em", "um"): "num", ("em", "uma"): "numa",
    ("de", "este"): "deste", ("de", "esta"): "desta", ("de", "esse"): "desse",
    ("de", "essa"): "dessa", ("em", "este"): "neste", ("em", "esta"): "nesta",
}  # fmt: skip


# Written beside each shipped model: the weights are derived from their training data.
LICENCES = {
    "de": "newsbeam German entity model, trained on GermEval 2014 (Benikova, Biemann, Reznicek,\n"
          "LREC 2014; CC BY 4.0) and Universal NER German PUD (Mayhew et al., NAACL 2024;\n"
          "CC BY-SA 3.0). These weights are shared under CC BY-SA 4.0 with that attribution\n"
          "(https://creativecommons.org/licenses/by-sa/4.0/).\n",
    "pt": "newsbeam Portuguese entity model, trained on Universal NER Portuguese-Bosque (CC BY-SA\n"
          "4.0) and Portuguese PUD (CC BY-SA 3.0; Mayhew et al., NAACL 2024). These weights are\n"
          "shared under CC BY-SA 4.0 with that attribution (https://creativecommons.org/licenses/by-sa/4.0/).\n",
}  # fmt: skip


def contract(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join split Portuguese contractions ("de" "o" -> "do") where both parts share a tag."""
    joined: list[tuple[str, str]] = []
    for token, tag in tokens:
        if joined:
            previous, previous_tag = joined[-1]
            word = CONTRACTIONS.get((previous.lower(), token.lower()))
            same_tag = tag == "O" == previous_tag or (tag.startswith("I-") and previous_tag[2:] == tag[2:])  # fmt: skip
            if word and same_tag:
                word = word.capitalize() if previous[:1].isupper() else word
                joined[-1] = (word, previous_tag)
                continue
        joined.append((token, tag))
    return joined


def contracted_copies(sentences: list[TaggedTokens]) -> list[Sentence]:
    """The Portuguese sentences that contain a contraction, with it joined."""
    copies = []
    for sentence in sentences:
        joined = contract(sentence.tokens)
        if len(joined) < len(sentence.tokens):
            text = " ".join(token for token, _ in joined)
            copies.append(Sentence(sentence.document, text, tagged_spans(text, joined)))
    return copies


def pud_dev(path: Path) -> tuple[list[TaggedTokens], list[TaggedTokens]]:
    """A PUD file's dev documents as (train, choose): every third dev document chooses.

    Its test documents are never read here; `benchmarks.tagging` scores them.
    """
    split = pud_split()
    dev = sorted(d for d, part in split.items() if part == "dev")
    choosing = set(dev[2::3])
    sentences = [s for s in uner_tokens(path) if split[s.document] == "dev"]
    return (
        [s for s in sentences if s.document not in choosing],
        [s for s in sentences if s.document in choosing],
    )


def corpora(language: str, shared: Path) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) sentences of one language."""
    ner = shared / "corpora" / "ner"
    if language == "de":
        pud_train, pud_choose = pud_dev(ner / "uner-de-pud" / "de_pud-ud-test.iob2")
        return (
            read_germeval(GERMEVAL / "NER-de-test.tsv.gz") + as_sentences(pud_train) * PUD_WEIGHT,
            read_germeval(GERMEVAL / "NER-de-dev.tsv.gz") + as_sentences(pud_choose),
        )
    pud_train, pud_choose = pud_dev(PT_PUD)
    bosque = (
        uner_tokens(ner / "uner-pt-bosque" / "pt_bosque-ud-train.iob2") + pud_train * PUD_WEIGHT
    )
    return (
        as_sentences(bosque) + contracted_copies(bosque),
        as_sentences(uner_tokens(ner / "uner-pt-bosque" / "pt_bosque-ud-dev.iob2") + pud_choose),
    )


def to_docbin(language: str, sentences: list[Sentence], path: Path) -> int:
    """Write sentences as spaCy training docs; returns the spans that fit no token boundary."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(language)
    docs, misaligned = DocBin(), 0
    for sentence in sentences:
        doc = nlp.make_doc(sentence.text)
        spans = []
        for start, end, kind in sorted(sentence.spans):
            span = doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is None or any(s.end > span.start for s in spans[-1:]):
                misaligned += 1
                continue
            spans.append(span)
        doc.ents = spans
        docs.add(doc)
    docs.to_disk(path)
    return misaligned


def dev_f1(model: Path, sentences: list[Sentence]) -> float:
    """Exact-span F1 over people, organisations and places: the types newsbeam is scored on."""
    import spacy

    nlp = spacy.load(model)
    tp = fp = fn = 0
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
        found = {(e.start_char, e.end_char, LABELS.get(e.label_)) for e in doc.ents}
        found = {span for span in found if span[2] in TYPES}
        gold = {span for span in sentence.spans if span[2] in TYPES}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    return 2 * tp / (2 * tp + fp + fn or 1)


def train(language: str, shared: Path) -> Path:
    """Fit one language on its train set; ship spaCy's best checkpoint on its dev set."""
    from spacy.cli.train import train as spacy_train

    train_sentences, dev_sentences = corpora(language, shared)
    target = SHIPPED_MODELS / language
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, sentences in (("train", train_sentences), ("dev", dev_sentences)):
            lost = to_docbin(language, sentences, work / f"{name}.spacy")
            print(f"{language} {name}: {len(sentences)} sentences, {lost} spans off tokens")
        overrides = {
            "nlp.lang": language,
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
        }
        spacy_train(CONFIG, work / "out", overrides=overrides)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(work / "out" / "model-best", target)
    print(f"{language} dev F1 (PERSON, ORG, LOC): {dev_f1(target, dev_sentences):.3f}")
    describe(target, language)
    return target


def describe(target: Path, language: str) -> None:
    """Write the model's licence and name beside it (its weights derive from its data)."""
    (target / "LICENSE").write_text(LICENCES[language], encoding="utf-8")
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    meta.update(
        name=f"newsbeam_ner_{language}",
        license=LICENCES[language].split("shared under ")[1].split(" with")[0],
        description="newsbeam entity model; data and provenance in training/ner/README.md",
    )
    (target / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"{language}: {target.relative_to(ROOT)} ({size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--language", nargs="+", default=["de", "pt"], choices=["de", "pt"])
    args = parser.parse_args()
    for language in args.language:
        train(language, args.shared)


if __name__ == "__main__":
    main()
