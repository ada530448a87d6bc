"""One per-process cache for what a stage computes from an article's text alone.

Language, topics and entities depend on the text and the stage's settings only, so a text seen
again (a wire story printed word for word, a page fetched twice, an AMP copy) is tagged once per
worker. Each cached function must be deterministic (langdetect is seeded) and return immutable
values, since every caller shares what it returns.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

# A few days of one outlet's wire copies; at news lengths (a few thousand characters) tens of MB.
TEXTS_PER_STAGE = 2048

F = TypeVar("F", bound=Callable)


def per_text(function: F) -> F:
    """Cache `function`'s results by its (hashable) arguments, `TEXTS_PER_STAGE` of them."""
    return functools.lru_cache(maxsize=TEXTS_PER_STAGE)(function)  # type: ignore[return-value]
