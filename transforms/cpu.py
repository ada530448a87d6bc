"""A worker's math thread pools: one thread per worker process, so workers do not fight.

numpy's BLAS (and OpenMP, where a library uses it) starts a thread per core in every process.
With one process that gains nothing measurable here (spaCy's small models and the topic model
do small matrix products), and with one process per core the threads of each contend with the
other workers for the same cores: two workers ran 36% faster with one thread each.
"""

from __future__ import annotations

import functools

from threadpoolctl import threadpool_limits


@functools.cache  # once per process, however many DoFns set up in it
def one_math_thread() -> None:
    """Limit BLAS and OpenMP pools of this process to one thread (idempotent)."""
    threadpool_limits(limits=1)
