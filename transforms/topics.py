"""Tag IPTC Media Topics (top level) with linear TF-IDF models that ship in the package.

Two models, each plain arrays (vocabulary, idf, weights) trained by `training/train_topics.py`:
`topics.npz` for English, `topics-multi.npz` (24 languages) for every other article. Inference
is a few lines of numpy, so workers need neither scikit-learn nor a download, scores are the
same on every machine, and the multilingual model loads only when a non-English article comes.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics

from schemas import ArticleRecord, Topic
from transforms.cpu import one_math_thread
from transforms.records import GuardedFn, SplitRejects
from transforms.textcache import per_text

MEDIA_TOPICS = {
    "01000000": "arts, culture, entertainment and media",
    "02000000": "crime, law and justice",
    "03000000": "disaster, accident and emergency incident",
    "04000000": "economy, business and finance",
    "05000000": "education",
    "06000000": "environment",
    "07000000": "health",
    "08000000": "human interest",
    "09000000": "labour",
    "10000000": "lifestyle and leisure",
    "11000000": "politics and government",
    "12000000": "religion",
    "13000000": "science and technology",
    "14000000": "society",
    "15000000": "sport",
    "16000000": "conflict, war and peace",
    "17000000": "weather",
}
_WORD = re.compile(r"\w", re.UNICODE)
NGRAMS = (3, 6)  # character n-gram lengths within words, as the model was trained
ENGLISH_MODEL = "topics.npz"
# On the SIB-200 dev splits, the English-only model beats the multilingual one on English
# (0.758 against 0.703) and loses on every other language.
MULTILINGUAL_MODEL = "topics-multi.npz"


@dataclass(frozen=True)
class TopicConfig:
    """Settings of topic tagging."""

    max_topics: int = 3
    min_score: float = 0.15
    max_chars: int = 20_000


def char_ngrams(text: str, sizes: tuple[int, int] = NGRAMS) -> list[str]:
    """Character n-grams of each space-padded word: scikit-learn's `char_wb` analyzer."""
    grams = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(sizes[0], sizes[1] + 1):
            if len(padded) <= n:
                grams.append(padded)  # a short word counts once, whole
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


class TopicModel(NamedTuple):
    """A multinomial logistic regression over sublinear TF-IDF of character n-grams."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # classes x features
    bias: np.ndarray
    classes: list[str]

    @classmethod
    @functools.lru_cache(maxsize=4)  # once per process, however often setup() runs
    def load(cls, path: str | None = None, name: str = ENGLISH_MODEL) -> TopicModel:
        """Load a packaged model by `name` (or the one at `path`)."""
        source = path or resources.files("transforms") / "data" / name
        with resources.as_file(source) if path is None else open(path, "rb") as f:  # type: ignore[arg-type]
            data = np.load(f, allow_pickle=False)
            return cls(
                vocabulary={t: i for i, t in enumerate(json.loads(str(data["vocabulary"])))},
                idf=data["idf"],
                weights=data["weights"],
                bias=data["bias"],
                classes=[str(c) for c in data["classes"]],
            )

    @classmethod
    def for_language(cls, language: str | None) -> TopicModel:
        """The packaged model for an article in `language` (ISO 639-1; None: unknown)."""
        return cls.load(name=ENGLISH_MODEL if language == "en" else MULTILINGUAL_MODEL)

    def terms(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero entries of a text's L2-normalised sublinear TF-IDF vector: (indices,
        values), indices ascending."""
        found = [
            (index, count)
            for term, count in Counter(char_ngrams(text)).items()
            if (index := self.vocabulary.get(term)) is not None
        ]
        found.sort()
        indices = np.fromiter((i for i, _ in found), dtype=np.int64, count=len(found))
        counts = np.fromiter((c for _, c in found), dtype=np.float64, count=len(found))
        values = (1 + np.log(counts)) * self.idf[indices]
        norm = np.linalg.norm(values)
        return indices, values / norm if norm else values

    def features(self, text: str) -> np.ndarray:
        """The L2-normalised sublinear TF-IDF vector of a text (dense)."""
        indices, values = self.terms(text)
        vector = np.zeros(len(self.idf))
        vector[indices] = values
        return vector

    def probabilities(self, text: str) -> dict[str, float]:
        """Probability of each topic code for a text."""
        # Only the text's own terms' weight columns: a few thousand of the vocabulary's.
        indices, values = self.terms(text)
        scores = self.weights[:, indices] @ values + self.bias
        exp = np.exp(scores - scores.max())
        return dict(zip(self.classes, (exp / exp.sum()).tolist(), strict=True))


def tag_topics(text: str, model: TopicModel, cfg: TopicConfig = TopicConfig()) -> list[Topic]:
    """The best topics of a text, best first: at most `max_topics`, each above `min_score`."""
    if not _WORD.search(text):
        return []
    ranked = sorted(
        model.probabilities(text[: cfg.max_chars]).items(), key=lambda kv: (-kv[1], kv[0])
    )
    return [
        Topic(id=code, label=MEDIA_TOPICS[code], score=round(score, 4))
        for code, score in ranked[: cfg.max_topics]
        if score >= cfg.min_score
    ]


@per_text
def topics_of_text(text: str, language: str | None, cfg: TopicConfig) -> tuple[Topic, ...]:
    """`tag_topics` by the model for `language`, once per text in this worker."""
    return tuple(tag_topics(text, TopicModel.for_language(language), cfg))


class _TagTopicsFn(GuardedFn):
    stage = "topics"

    def __init__(self, cfg: TopicConfig):
        self._cfg = cfg
        self._tagged = Metrics.counter("newsbeam.topics", "tagged")
        self._untagged = Metrics.counter("newsbeam.topics", "untagged")

    def setup(self) -> None:
        one_math_thread()

    def process_record(self, article: ArticleRecord) -> Iterator[ArticleRecord]:
        topics = list(topics_of_text(article.text, article.language, self._cfg))
        (self._tagged if topics else self._untagged).inc()
        yield article._replace(topics=topics)


class TagTopics(beam.PTransform):
    """Fill `topics` of each article."""

    def __init__(self, cfg: TopicConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, articles: beam.PCollection) -> dict[str, beam.PCollection]:
        return (
            articles
            | "TagTopics" >> beam.ParDo(_TagTopicsFn(self._cfg))
            | "SplitRejects" >> SplitRejects()
        )
