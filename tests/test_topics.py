"""IPTC topic tagging: the packaged model, its re-implemented features, several languages."""

import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from tests.conftest import SAMPLES, shared_path
from transforms.clean import clean_text
from transforms.topics import (
    ENGLISH_MODEL,
    MEDIA_TOPICS,
    MULTILINGUAL_MODEL,
    NGRAMS,
    TopicConfig,
    TopicModel,
    char_ngrams,
    tag_topics,
)

MODEL = TopicModel.load()
PACKAGED = (ENGLISH_MODEL, MULTILINGUAL_MODEL)


@pytest.mark.parametrize("name", PACKAGED)
def test_models_cover_the_17_top_level_codes(name):
    model = TopicModel.load(name=name)
    assert sorted(model.classes) == sorted(MEDIA_TOPICS) and len(MEDIA_TOPICS) == 17


def test_english_articles_get_the_english_model_and_others_the_multilingual_one():
    assert TopicModel.for_language("en") is TopicModel.load(name=ENGLISH_MODEL)
    for language in ("de", "pt", "ja", None):
        assert TopicModel.for_language(language) is TopicModel.load(name=MULTILINGUAL_MODEL)


def test_features_match_scikit_learn():
    texts = ["The Army's 3rd brigade shelled  the city.", "Überschwemmung in Köln: a b", "x"]
    reference = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=NGRAMS)
    reference.vocabulary_ = MODEL.vocabulary
    reference.idf_ = MODEL.idf
    for text in texts:
        expected = reference.transform([text]).toarray()[0]
        assert np.allclose(MODEL.features(text), expected, atol=1e-6), text
    assert char_ngrams("ab") == [" ab", "ab ", " ab "]
    assert char_ngrams("x") == [" x "]  # a word shorter than the smallest n counts once, whole


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        (
            "en",
            "The army launched air strikes on rebel positions and the ceasefire collapsed.",
            "16000000",
        ),
        (
            "de",
            "Die Armee bombardierte die Stellungen der Rebellen, der Waffenstillstand ist gebrochen.",
            "16000000",
        ),
        ("fr", "Les syndicats de cheminots appellent à la grève pour les salaires.", "09000000"),
        (
            "es",
            "El Real Madrid ganó el partido con dos goles en la segunda parte del campeonato.",
            "15000000",
        ),
        ("de", "Der Wetterdienst warnt vor Sturm, Starkregen und Gewittern am Wochenende.", "17000000"),
        ("en", "The central bank raised interest rates as inflation and prices kept rising.",
         "04000000"),
    ],
)  # fmt: skip
def test_best_topic_in_four_languages(language, text, code):
    topics = tag_topics(text, TopicModel.for_language(language))
    assert topics and topics[0].id == code
    assert topics[0].label == MEDIA_TOPICS[code]


def test_topics_are_ranked_capped_and_thresholded():
    text = (SAMPLES / "text" / "en_harbour_bridge.txt").read_text()
    topics = tag_topics(text, MODEL, TopicConfig(max_topics=3, min_score=0.0))
    assert len(topics) == 3
    assert [t.score for t in topics] == sorted((t.score for t in topics), reverse=True)
    assert all(0.0 <= t.score <= 1.0 for t in topics)
    assert tag_topics(text, MODEL, TopicConfig(min_score=0.99)) == []
    assert tag_topics("1234 !!!", MODEL) == []


@pytest.mark.parametrize("name", PACKAGED)
def test_packaged_models_are_plain_arrays(name):
    # No pickle: a model loads with allow_pickle=False, and its vocabulary is JSON.
    with np.load(f"{__import__('transforms').__path__[0]}/data/{name}", allow_pickle=False) as data:
        assert len(json.loads(str(data["vocabulary"]))) == len(data["idf"])


def test_every_seed_is_conflict_first():
    for path in sorted(shared_path("seeds").glob("*.txt")):
        topics = tag_topics(clean_text(path.read_text()).text, MODEL)
        assert topics[0].id == "16000000", path.name
