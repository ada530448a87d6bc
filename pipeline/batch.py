"""The batch graph: files, WARC archives, feeds and sitemaps in; articles and rejects out,
through one sink.
"""

from __future__ import annotations

import apache_beam as beam

from pipeline.commit import spill_folder
from pipeline.options import RunSettings
from pipeline.process import ProcessDocuments, RejectRows
from pipeline.runners import recomputes_side_inputs
from transforms.dedupe import MarkDuplicates
from transforms.feeds import ReadFeeds
from transforms.fetch import FetchPages
from transforms.records import REJECTED
from transforms.scope import KeepEntriesInScope
from transforms.sink import WriteTables
from transforms.sitemaps import ReadSitemaps
from transforms.sources import ReadDocuments


def read_sources(p: beam.Pipeline, settings: RunSettings) -> tuple[list, list]:
    """Add the sources the run asks for; return their document and reject PCollections."""
    documents, rejects, entries = [], [], []
    if settings.inputs:
        files = p | "ReadDocuments" >> ReadDocuments(settings.inputs, settings.read)
        documents.append(files["ok"])
        rejects.append(files[REJECTED])
    if settings.feeds:
        feeds = p | "ReadFeeds" >> ReadFeeds(settings.feeds, settings.fetch)
        entries.append(feeds["ok"])
        rejects.append(feeds[REJECTED])
    if settings.sitemaps:
        sitemaps = p | "ReadSitemaps" >> ReadSitemaps(
            settings.sitemaps, settings.fetch, settings.scope
        )
        entries.append(sitemaps["ok"])
        rejects.append(sitemaps[REJECTED])
    if entries:
        pages = (
            entries
            | "AllEntries" >> beam.Flatten()
            | "EntriesInScope" >> KeepEntriesInScope(settings.scope)
            | "FetchPages" >> FetchPages(settings.fetch)
        )
        documents.append(pages["ok"])
        rejects.append(pages[REJECTED])
    return documents, rejects


def build_batch(p: beam.Pipeline, settings: RunSettings) -> beam.PCollection:
    """Add the batch graph to `p`; return the PCollection of files written."""
    documents, rejects = read_sources(p, settings)
    processed = (
        documents
        | "AllDocuments" >> beam.Flatten()
        | "ProcessDocuments" >> ProcessDocuments(settings)
    )
    # Articles are spilled to files for dedupe, so no runner holds them between stages.
    spill_to = None if recomputes_side_inputs(p.runner) else spill_folder(settings.sink.output)
    marked = processed["ok"] | "MarkDuplicates" >> MarkDuplicates(
        settings.dedupe, settings.known_ids, spill_to
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
