"""Work done in a helper thread, waited for in short slices (so signals still reach the caller)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def call_in_thread(work: Callable[[], T], timeout_s: float | None = None, name: str = "") -> T:
    """Return `work()`, done in a daemon thread; raise what it raised.

    With `timeout_s`, raise TimeoutError when it takes longer (a thread cannot be stopped: it
    goes on in the background until it ends). The caller waits in half-second slices, so a
    Ctrl-C reaches the main thread as a plain KeyboardInterrupt even while the work blocks.
    """
    outcome: list[tuple[bool, object]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # noqa: BLE001 - handed to the caller
            outcome.append((False, error))

    worker = threading.Thread(target=target, name=name or "newsbeam-work", daemon=True)
    worker.start()
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while worker.is_alive():
        wait = 0.5 if deadline is None else min(0.5, deadline - time.monotonic())
        if wait <= 0:
            raise TimeoutError(f"timeout: took more than {timeout_s:g} s")
        worker.join(wait)
    ok, value = outcome[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]
