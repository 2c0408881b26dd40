"""Answer a long list on every core: workers are forked after the index is loaded, so they share it."""

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Answer = TypeVar("Answer")

# Below this many rows, starting processes costs more than it saves.
WORTH_FORKING = 2_000
# Small enough that both workers finish within a few milliseconds of each other, large enough that the messages
# cost nothing (a chunk is two numbers out and its answers back).
_CHUNK = 200
_job: Callable[[Any], Any] | None = None
_items: Sequence[Any] = ()


# A search allocates thousands of small objects that die with it: at the collector's default pace (every
# 700 allocations) a worker spent about 7 % of its time collecting; every 10,000, under 2 % (measured at 1M).
_WORKER_GC_THRESHOLDS = (10_000, 10, 10)


def _start_worker() -> None:
    gc.set_threshold(*_WORKER_GC_THRESHOLDS)


def default_workers(rows: int) -> int:
    return min(os.cpu_count() or 1, 4) if rows >= WORTH_FORKING else 1


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    """A worker reads its items from the list it inherited: only their bounds travel, never the items."""
    assert _job is not None
    start, end = bounds
    return [_job(item) for item in _items[start:end]]


def map_in_processes(job: Callable[[Item], Answer], items: Sequence[Item], workers: int) -> Iterator[Answer]:
    """The answers in the order of the items."""
    global _job, _items
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(job, items)
        return
    _job, _items = job, items
    chunks = [(start, min(start + _CHUNK, len(items))) for start in range(0, len(items), _CHUNK)]
    # A worker's garbage collector would otherwise walk every object inherited from the parent (the
    # matcher's caches hold hundreds of thousands), writing to their pages and so copying them. The
    # index itself is a few numpy arrays and distinct strings, which the collector never walks.
    ours = gc.get_freeze_count() == 0  # a caller's own freeze is left alone
    if ours:
        gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
            for answers in pool.imap(_run_chunk, chunks):
                yield from answers
    finally:
        if ours:
            gc.unfreeze()
        _job, _items = None, ()
