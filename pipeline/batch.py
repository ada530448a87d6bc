"""The batch graph: files and feeds in, articles and rejects out, through one sink."""

from __future__ import annotations

import apache_beam as beam

from pipeline.options import RunSettings
from schemas import RejectRecord
from transforms.dedupe import MarkDuplicates
from transforms.entities import TagEntities
from transforms.extract import ExtractArticles
from transforms.feeds import ReadFeeds
from transforms.fetch import FetchPages
from transforms.language import DetectLanguage
from transforms.records import REJECTED, Reject
from transforms.sink import WriteTables
from transforms.sources import ReadDocuments
from transforms.topics import TagTopics


def reject_row(reject: Reject, settings: RunSettings) -> RejectRecord:
    """Stamp a stage's reject with the run's ingestion time, as a `rejects` row."""
    return RejectRecord(
        source=reject.source,
        url=reject.url,
        stage=reject.stage,
        error=reject.error,
        ingested_at=settings.extract.ingested_at,
    )


class ProcessDocuments(beam.PTransform):
    """Documents to article rows and rejects: extraction, then the taggers and dedupe."""

    def __init__(self, settings: RunSettings):
        super().__init__()
        self._settings = settings

    def expand(self, docs: beam.PCollection) -> dict[str, beam.PCollection]:
        extracted = docs | "ExtractArticles" >> ExtractArticles(self._settings.extract)
        articles = (
            extracted["ok"]
            | "DetectLanguage" >> DetectLanguage(self._settings.language)
            | "TagTopics" >> TagTopics(self._settings.topics)
            | "TagEntities" >> TagEntities(self._settings.entities)
            | "MarkDuplicates" >> MarkDuplicates(self._settings.dedupe)
        )
        return {"ok": articles, REJECTED: extracted[REJECTED]}


def read_sources(p: beam.Pipeline, settings: RunSettings) -> tuple[list, list]:
    """Add the sources the run asks for; return their document and reject PCollections."""
    documents, rejects = [], []
    if settings.inputs:
        files = p | "ReadDocuments" >> ReadDocuments(settings.inputs, settings.read)
        documents.append(files["ok"])
        rejects.append(files[REJECTED])
    if settings.feeds:
        entries = p | "ReadFeeds" >> ReadFeeds(settings.feeds, settings.fetch)
        pages = entries["ok"] | "FetchPages" >> FetchPages(settings.fetch)
        documents.append(pages["ok"])
        rejects += [entries[REJECTED], pages[REJECTED]]
    return documents, rejects


def build_batch(p: beam.Pipeline, settings: RunSettings) -> beam.PCollection:
    """Add the batch graph to `p`; return the PCollection of files written."""
    documents, rejects = read_sources(p, settings)
    processed = (
        documents
        | "AllDocuments" >> beam.Flatten()
        | "ProcessDocuments" >> ProcessDocuments(settings)
    )
    reject_rows = (
        [*rejects, processed[REJECTED]]
        | "AllRejects" >> beam.Flatten()
        | "RejectRows" >> beam.Map(reject_row, settings)
    )
    return {"articles": processed["ok"], "rejects": reject_rows} | "WriteTables" >> WriteTables(
        settings.sink
    )
