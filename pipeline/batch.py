"""The batch graph: files and feeds in, articles and rejects out, through one sink."""

from __future__ import annotations

import apache_beam as beam

from pipeline.options import RunSettings
from pipeline.process import ProcessDocuments, RejectRows
from transforms.dedupe import MarkDuplicates
from transforms.feeds import ReadFeeds
from transforms.fetch import FetchPages
from transforms.records import REJECTED
from transforms.sink import WriteTables
from transforms.sources import ReadDocuments


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
    marked = processed["ok"] | "MarkDuplicates" >> MarkDuplicates(
        settings.dedupe, settings.known_ids
    )
    articles = marked["ok"]
    reject_rows = (
        [*rejects, processed[REJECTED], marked[REJECTED]]
        | "AllRejects" >> beam.Flatten()
        | "RejectRows" >> RejectRows(settings.extract.ingested_at)
    )
    return {"articles": articles, "rejects": reject_rows} | "WriteTables" >> WriteTables(
        settings.sink
    )
