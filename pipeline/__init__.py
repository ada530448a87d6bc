"""Composition of newsbeam: options, the pipeline graphs, runners and the CLI."""

import logging


class _DropImportNoise(logging.Filter):
    """Beam warns on import about optional GCP client libraries users of newsbeam do not need."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_DropImportNoise())
# trafilatura warns for every page it finds no text in ("discarding data"); newsbeam records
# each of those as a reject with its reason, so the warning is noise on the console.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
