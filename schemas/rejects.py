"""The `rejects` table: one row per input record that did not become an article."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pyarrow as pa


class RejectRecord(NamedTuple):
    """One row of `rejects`; field order and names match `rejects_schema`."""

    source: str
    url: str | None
    stage: str
    error: str
    ingested_at: dt.datetime


rejects_schema = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error", pa.string(), nullable=False),
        pa.field("ingested_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)
