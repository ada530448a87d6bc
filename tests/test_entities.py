"""Entity tagging: label mapping, normalisation, alias merging, languages with and without a model."""

import subprocess
import sys

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas import ArticleRecord, Entity
from tests.conftest import INGESTED_AT, ROOT
from transforms.entities import (
    MODELS,
    SHIPPED_MODELS,
    EntityConfig,
    Mention,
    TagEntities,
    aggregate,
    harmonise,
    load_ner,
    mentions_from_doc,
    normalise_mention,
)


@pytest.mark.parametrize(
    ("label", "kind"),
    [("PERSON", "PERSON"), ("PER", "PERSON"), ("ORG", "ORG"), ("GPE", "LOC"), ("LOC", "LOC"),
     ("FAC", "LOC"), ("NORP", "MISC"), ("EVENT", "MISC"), ("MISC", "MISC"), ("LAW", "MISC")],
)  # fmt: skip
def test_label_mapping(label, kind):
    assert normalise_mention("Paris", 0, label) == [Mention("Paris", kind, 0, 5)]


@pytest.mark.parametrize(
    "label", ["DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"]
)
def test_numbers_dates_and_money_are_dropped(label):
    assert normalise_mention("June 2017", 0, label) == []


def test_normalisation():
    assert normalise_mention("the Pentagon", 10, "ORG") == [Mention("Pentagon", "ORG", 14, 22)]
    assert normalise_mention("Assad’s", 0, "PERSON") == [Mention("Assad", "PERSON", 0, 5)]
    assert normalise_mention("Ms Okafor", 0, "PERSON") == [Mention("Okafor", "PERSON", 3, 9)]
    assert normalise_mention("U.S.", 0, "GPE") == [Mention("U.S.", "LOC", 0, 4)]
    assert normalise_mention("Acme, Globex", 0, "ORG") == [
        Mention("Acme", "ORG", 0, 4),
        Mention("Globex", "ORG", 6, 12),
    ]
    assert normalise_mention("haircut", 0, "PERSON") == []


def test_aliases_merge_and_count():
    mentions = [Mention(t, k, 0, 0) for t, k in [
        ("U.S.", "LOC"), ("US", "LOC"), ("United States", "LOC"), ("ISIS", "ORG"), ("Daesh", "ORG"),
        ("Islamic State", "ORG"), ("Bashar al-Assad", "PERSON"), ("Assad", "PERSON"), ("Assad", "ORG"),
    ]]  # fmt: skip
    assert aggregate(mentions) == [
        Entity("Bashar al-Assad", "PERSON", 3),
        Entity("Islamic State", "ORG", 3),
        Entity("United States", "LOC", 3),
    ]


def test_sentence_starts_are_not_names():
    # WikiNER-trained models (Spanish, French) tag capitalised sentence starts as MISC.
    assert normalise_mention("El alcalde saliente", 0, "MISC") == []
    assert normalise_mention("La oposición reconoció", 0, "MISC") == []
    assert normalise_mention("Banco de España", 0, "ORG") == [
        Mention("Banco de España", "ORG", 0, 15)
    ]
    assert normalise_mention("Copa del Rey", 0, "MISC") == [Mention("Copa del Rey", "MISC", 0, 12)]


def test_a_full_name_called_misc_is_the_person_its_surname_names():
    mentions = [Mention("Andrés Molina", "MISC", 0, 13), Mention("Molina", "PERSON", 40, 46)]
    assert aggregate(mentions) == [Entity("Andrés Molina", "PERSON", 2)]
    # Without a surname tagged as a person, a MISC name stays what the model said.
    assert aggregate(mentions[:1]) == [Entity("Andrés Molina", "MISC", 1)]


def test_surname_takes_the_full_names_type():
    mentions = [Mention("Donald Trump", "PERSON", 0, 12), Mention("Trump", "ORG", 20, 25)]
    assert [m.type for m in harmonise(mentions)] == ["PERSON", "PERSON"]


def test_ambiguous_surname_is_not_merged():
    mentions = [Mention(t, "PERSON", 0, 0) for t in ["Hillary Clinton", "Bill Clinton", "Clinton"]]
    assert {e.text for e in aggregate(mentions)} == {"Hillary Clinton", "Bill Clinton", "Clinton"}


def test_english_model_tags_an_article():
    nlp = load_ner(MODELS["en"])
    assert nlp.pipe_names == ["ner"]
    text = "Angela Merkel met Emmanuel Macron in Berlin on Monday. Merkel said the European Union must act."
    entities = {(e.text, e.type): e.count for e in aggregate(mentions_from_doc(nlp(text)))}
    assert entities[("Angela Merkel", "PERSON")] == 2
    assert ("Berlin", "LOC") in entities and ("European Union", "ORG") in entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Bürgermeisterin Katrin Vogel eröffnete am Montag in Leipzig das neue Rathaus. "
               "Vogel dankte der Stadtverwaltung Leipzig und der Deutschen Bahn.",
         {("Katrin Vogel", "PERSON"), ("Leipzig", "LOC")}),
        ("pt", "O ministro Paulo Rocha visitou a fábrica da Embraer em São José dos Campos na "
               "segunda-feira. Rocha falou com os trabalhadores.",
         {("São José dos Campos", "LOC")}),
        ("es", "La alcaldesa de Valencia, Marta Ruiz, se reunió con el presidente de Iberdrola en "
               "Madrid.",
         {("Marta Ruiz", "PERSON"), ("Valencia", "LOC"), ("Madrid", "LOC")}),
    ],
)  # fmt: skip
def test_german_portuguese_and_spanish_models_tag_an_article(language, text, expected):
    # German and Portuguese are newsbeam's own models (transforms/data/ner), Spanish a package.
    nlp = load_ner(MODELS[language])
    assert nlp is not None and nlp.pipe_names == ["ner"]
    found = {(e.text, e.type) for e in aggregate(mentions_from_doc(nlp(text)))}
    assert expected <= found, found
    assert "PERSON" in {kind for _, kind in found}, found


def test_shipped_models_are_small_and_say_where_they_come_from():
    for language in ("de", "pt"):
        directory = SHIPPED_MODELS / language
        size = sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())
        assert size <= 20_000_000, (language, size)
        assert (directory / "LICENSE").read_text(encoding="utf-8").strip()


def article(id_, language, text):
    return ArticleRecord(
        id=id_, url=None, source="t", title=None, authors=[], published_at=None, language=language,
        language_score=1.0, text=text, word_count=10, topics=[], entities=[], duplicate_of=None,
        removed=[], ingested_at=INGESTED_AT, pipeline_version="t",
    )  # fmt: skip


def test_transform_tags_french_and_german_and_skips_languages_without_a_model(local_pipeline):
    articles = [
        article(
            "fr",
            "fr",
            "Emmanuel Macron a reçu Olaf Scholz à Paris pour parler de l'Union européenne.",
        ),
        article("de", "de", "Bundeskanzler Olaf Scholz traf am Montag Emmanuel Macron in Berlin."),
        article("it", "it", "Olaf Scholz ha incontrato Emmanuel Macron a Berlino."),
        article("xx", None, "Olaf Scholz"),
    ]
    with local_pipeline as p:
        tagged = (p | beam.Create(articles) | TagEntities(EntityConfig()))["ok"]
        found = tagged | beam.Map(
            lambda a: (
                a.id,
                None if a.entities is None else sorted((e.text, e.type) for e in a.entities),
            )
        )
        assert_that(
            found,
            equal_to([
                ("de", [("Berlin", "LOC"), ("Emmanuel Macron", "PERSON"), ("Olaf Scholz", "PERSON")]),
                ("fr", [("Emmanuel Macron", "PERSON"), ("Olaf Scholz", "PERSON"), ("Paris", "LOC"),
                        ("Union européenne", "ORG")]),
                ("it", None),  # no Italian model: not tagged, which is not "none found"
                ("xx", None),
            ]),
        )  # fmt: skip
    counters = p.result.metrics().query()["counters"]
    assert {
        c.key.metric.name: c.committed for c in counters if "entities" in c.key.metric.namespace
    } == {
        "tagged": 2,
        "no_model": 2,
        "no_model.it": 1,
        "no_model.unknown": 1,
    }


def test_merges_follow_chains():
    names = ["Switch", "Nintendo Switch", "Nintendo Switch Lite"]
    mentions = [Mention(t, "PERSON", 0, 0) for t in names]
    assert aggregate(mentions) == [Entity("Nintendo Switch Lite", "PERSON", 3)]
    assert len(harmonise(mentions)) == 3


def test_lists_titles_and_generic_nouns():
    assert [m.text for m in normalise_mention("Acme, Globex and Initech", 0, "ORG")] == [
        "Acme",
        "Globex",
        "Initech",
    ]
    assert [m.text for m in normalise_mention("Austin, Texas", 0, "GPE")] == ["Austin, Texas"]
    assert [m.text for m in normalise_mention("Marks and Spencer", 0, "ORG")] == [
        "Marks and Spencer"
    ]
    assert normalise_mention("the Netherlands", 0, "GPE")[0].text == "the Netherlands"
    assert normalise_mention("Ms Okafor", 0, "GPE") == [Mention("Okafor", "PERSON", 3, 9)]
    assert normalise_mention("the Government", 0, "ORG") == []


def test_a_model_loads_on_the_first_article_in_its_language_and_a_text_is_tagged_once():
    # A fresh process: the models and the text cache are per process.
    script = """
from tests.test_entities import article
from transforms.entities import EntityConfig, _TagEntitiesFn, load_ner, tag_text
fn = _TagEntitiesFn(EntityConfig())
fn.setup()
print(load_ner.cache_info().currsize)
text = "Mayor Lena Okafor opened the new bridge in Lindenau on Monday."
for n in range(3):
    [tagged] = fn.process(article(f"en{n}", "en", text))
print(load_ner.cache_info().currsize, tag_text.cache_info().misses, tag_text.cache_info().hits)
print(sorted(e.text for e in tagged.entities))
[tagged] = fn.process(article("de", "de", "Bürgermeisterin Lena Okafor eröffnete in Lindenau die Brücke."))
print(load_ner.cache_info().currsize, sorted(e.text for e in tagged.entities))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    before, after, entities, german = done.stdout.splitlines()
    assert before == "0"  # nothing loaded by setup
    assert after == "1 1 2"  # English only; the text tagged once, then twice from the cache
    assert "Lena Okafor" in entities
    assert german.startswith("2 ") and "Lena Okafor" in german  # the German model, on demand


def test_models_load_only_their_recogniser_and_tag_as_the_whole_pipeline_does():
    import spacy

    from transforms.entities import _model_source

    text = "Mayor Lena Okafor met officials of the European Union in Brussels on Monday."
    for language in ("en", "de"):
        names = MODELS[language]
        nlp = load_ner(names)
        assert nlp.pipe_names == ["ner"]
        whole = spacy.load(next(s for n in names if (s := _model_source(n)) is not None))
        assert len(whole.pipe_names) > 1 or language == "de"
        found = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
        assert found and found == [(e.start_char, e.end_char, e.label_) for e in whole(text).ents]


def test_a_recogniser_that_reads_a_shared_embedding_layer_is_noticed():
    import spacy

    from transforms.entities import _listens_to_shared_layer

    listening = spacy.blank("en")
    listening.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96}
    listening.add_pipe("ner", config={"model": {"tok2vec": listener}})
    own = spacy.blank("en")
    own.add_pipe("ner")
    assert _listens_to_shared_layer(listening)
    assert not _listens_to_shared_layer(own)
