"""The stages both graphs share: documents to articles and rejects, and rejects to rows."""

from __future__ import annotations

import datetime as dt
import logging

import apache_beam as beam

from pipeline.options import RunSettings
from schemas import RejectRecord
from transforms.entities import TagEntities
from transforms.extract import ExtractArticles
from transforms.language import DetectLanguage
from transforms.records import REJECTED, Reject
from transforms.topics import TagTopics

_log = logging.getLogger("newsbeam.rejects")


def reject_row(reject: Reject, ingested_at: dt.datetime | None) -> RejectRecord:
    """A stage's reject as a `rejects` row, stamped with the run's time (now, in a stream)."""
    _log.debug("reject: %s: %s: %s", reject.stage, reject.url or reject.source, reject.error)
    return RejectRecord(
        source=reject.source,
        url=reject.url,
        stage=reject.stage,
        error=reject.error,
        ingested_at=ingested_at or dt.datetime.now(dt.UTC),
    )


class ProcessDocuments(beam.PTransform):
    """Documents to tagged article rows and rejects: extraction, language, topics, entities.

    Marking duplicates follows in each graph: batch sees all articles at once, a stream
    remembers what it has seen.
    """

    def __init__(self, settings: RunSettings):
        super().__init__()
        self._settings = settings

    def expand(self, docs: beam.PCollection) -> dict[str, beam.PCollection]:
        extracted = docs | "ExtractArticles" >> ExtractArticles(self._settings.extract)
        languages = extracted["ok"] | "DetectLanguage" >> DetectLanguage(self._settings.language)
        topics = languages["ok"] | "TagTopics" >> TagTopics(self._settings.topics)
        entities = topics["ok"] | "TagEntities" >> TagEntities(self._settings.entities)
        rejects = [stage[REJECTED] for stage in (extracted, languages, topics, entities)]
        return {"ok": entities["ok"], REJECTED: rejects | "StageRejects" >> beam.Flatten()}


class RejectRows(beam.PTransform):
    """Rejects in; `rejects` rows out."""

    def __init__(self, ingested_at: dt.datetime | None):
        super().__init__()
        self._ingested_at = ingested_at

    def expand(self, rejects: beam.PCollection) -> beam.PCollection:
        return rejects | "ToRows" >> beam.Map(reject_row, self._ingested_at)
