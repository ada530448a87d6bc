"""The `articles` table: one row per ingested article."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pyarrow as pa

_UTC_MICROS = pa.timestamp("us", tz="UTC")


class Topic(NamedTuple):
    """An IPTC Media Topic (top level) with its score in [0, 1]."""

    id: str
    label: str
    score: float


class Entity(NamedTuple):
    """A named entity of one article, with its number of mentions."""

    text: str
    type: str
    count: int


class Removed(NamedTuple):
    """A piece of the input that cleaning took out of `text`, kept so nothing is lost."""

    kind: str
    text: str


class ArticleRecord(NamedTuple):
    """One row of `articles`; field order and names match `articles_schema`."""

    id: str
    url: str | None
    source: str
    title: str | None
    authors: list[str]
    published_at: dt.datetime | None
    language: str | None
    language_score: float | None
    text: str
    word_count: int
    topics: list[Topic]
    entities: list[Entity] | None  # None: no model for the language (not "none found")
    duplicate_of: str | None
    removed: list[Removed]
    ingested_at: dt.datetime
    pipeline_version: str


articles_schema = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("source", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("authors", pa.list_(pa.string()), nullable=False),
        pa.field("published_at", _UTC_MICROS),
        pa.field("language", pa.string()),
        pa.field("language_score", pa.float32()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field(
            "topics",
            pa.list_(
                pa.struct([("id", pa.string()), ("label", pa.string()), ("score", pa.float32())])
            ),
            nullable=False,
        ),
        # Null: no entity model for the article's language; an empty list: a model found none.
        pa.field(
            "entities",
            pa.list_(
                pa.struct([("text", pa.string()), ("type", pa.string()), ("count", pa.int32())])
            ),
        ),
        pa.field("duplicate_of", pa.string()),
        pa.field(
            "removed",
            pa.list_(pa.struct([("kind", pa.string()), ("text", pa.string())])),
            nullable=False,
        ),
        pa.field("ingested_at", _UTC_MICROS, nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
    ]
)
