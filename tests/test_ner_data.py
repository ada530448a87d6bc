"""The entity training data readers: spans from IOB tags, GermEval's columns, Portuguese joins."""

import gzip

from training.ner_data import read_germeval, read_uner, tagged_spans
from training.train_ner import contract


def test_spans_follow_the_tags_and_drop_what_is_not_a_name():
    text = "Anna Weber flog von Köln nach Lissabon zur deutschen Botschaft ."
    tokens = [("Anna", "B-PER"), ("Weber", "I-PER"), ("flog", "O"), ("von", "O"),
              ("Köln", "B-LOC"), ("nach", "O"), ("Lissabon", "B-LOC"), ("zur", "O"),
              ("deutschen", "B-LOCderiv"), ("Botschaft", "O"), (".", "O")]  # fmt: skip
    assert tagged_spans(text, tokens) == {(0, 10, "PERSON"), (20, 24, "LOC"), (30, 38, "LOC")}


def test_an_inside_tag_of_another_type_starts_a_new_name():
    text = "Porto Alegre FC"
    spans = tagged_spans(text, [("Porto", "B-LOC"), ("Alegre", "I-LOC"), ("FC", "I-ORG")])
    assert spans == {(0, 12, "LOC"), (13, 15, "ORG")}


def test_germeval_columns_and_gzip(tmp_path):
    path = tmp_path / "sample.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(
            "#\thttp://example.org/a\t[2020-01-01]\n"
            "1\tDie\tO\tO\n2\tStadtwerke\tB-ORG\tO\n3\tMünster\tI-ORG\tB-LOC\n4\tsparen\tO\tO\n\n"
            "#\thttp://example.org/b\t[2020-01-02]\n"
            "1\tJulia\tB-PER\tO\n2\tschreibt\tO\tO\n\n"
        )
    first, second = read_germeval(path)
    assert first.text == "Die Stadtwerke Münster sparen"
    assert first.spans == {(4, 22, "ORG")}  # the outer tag only
    assert (second.document, second.spans) == ("http://example.org/b", {(0, 5, "PERSON")})


def test_uner_documents_and_texts(tmp_path):
    path = tmp_path / "x.iob2"
    path.write_text(
        "# newdoc id = d1\n# sent_id = d1-1\n# text = Maria visitou Braga.\n"
        "1\tMaria\tB-PER\t-\t-\n2\tvisitou\tO\t-\t-\n3\tBraga\tB-LOC\t-\t-\n4\t.\tO\t-\t-\n\n",
        encoding="utf-8",
    )
    [sentence] = read_uner(path)
    assert sentence.document == "d1"
    assert sentence.spans == {(0, 5, "PERSON"), (14, 19, "LOC")}


def test_portuguese_contractions_are_joined_only_outside_or_inside_one_name():
    tokens = [("Ele", "O"), ("chegou", "O"), ("a", "O"), ("o", "O"), ("Banco", "B-ORG"),
              ("de", "I-ORG"), ("o", "I-ORG"), ("Brasil", "I-ORG"), ("em", "O"), ("a", "O"),
              ("segunda", "O")]  # fmt: skip
    assert contract(tokens) == [
        ("Ele", "O"), ("chegou", "O"), ("ao", "O"), ("Banco", "B-ORG"), ("do", "I-ORG"),
        ("Brasil", "I-ORG"), ("na", "O"), ("segunda", "O"),
    ]  # fmt: skip
    # "de" before a name and "o" inside it are not one word.
    assert contract([("de", "O"), ("O", "B-ORG")]) == [("de", "O"), ("O", "B-ORG")]


def test_the_pud_split_is_the_hash_split_of_every_document_about_70_30():
    from benchmarks.dumps import hashed_split
    from training.ner_data import PT_PUD, pud_split, uner_tokens

    split = pud_split()
    documents = {s.document for s in uner_tokens(PT_PUD)}
    assert documents == split.keys()  # the PUD languages share their documents
    assert all(part == hashed_split(document) for document, part in split.items())
    assert 0.25 <= sum(part == "test" for part in split.values()) / len(split) <= 0.35


def test_entity_training_reads_no_pud_test_document():
    from training.ner_data import PT_PUD, pud_split
    from training.train_ner import pud_dev

    split = pud_split()
    train, choose = pud_dev(PT_PUD)
    trained, chosen = {s.document for s in train}, {s.document for s in choose}
    assert trained and chosen and not trained & chosen
    assert {split[d] for d in trained | chosen} == {"dev"}
    dev = {d for d, part in split.items() if part == "dev"}
    assert trained | chosen == dev
