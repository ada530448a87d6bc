"""What flows between stages: input documents, and rejects that say where and why a record stopped."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

# The output tag every stage gives its rejects.
REJECTED = "rejected"


@dataclass(frozen=True)
class Document:
    """One input record before extraction.

    `key` names the record independently of where the run happens (a path relative to the input
    root plus a line number, or a URL); it and the content decide the article id.
    """

    key: str
    source: str
    url: str | None
    format: str  # "html" or "text"
    content: bytes
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reject:
    """An input record that did not become an article: which stage stopped it, and why."""

    source: str
    url: str | None
    stage: str
    error: str


def article_id(doc: Document) -> str:
    """Return the deterministic id of the article made from `doc` (same input, same id)."""
    digest = hashlib.sha256()
    digest.update(doc.key.encode("utf-8"))
    digest.update(b"\0")
    digest.update(hashlib.sha256(doc.content).digest())
    return digest.hexdigest()[:32]


def describe_error(error: BaseException) -> str:
    """One line naming an unexpected error, for a reject row."""
    message = " ".join(str(error).split())[:300]
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
