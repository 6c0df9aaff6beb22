"""Work spread over forked processes, for the stages that take seconds at tens of thousands of articles."""
from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Callable, Iterable

PARALLEL_MINIMUM = 64  # fewer items than this are not worth starting processes for
ITEMS_BETWEEN_COLLECTIONS = 500  # a worker collects cyclic garbage itself, this often

_WORK: Callable | None = None
_done = 0


def _start_worker() -> None:
    # Rendering makes reference cycles at every page (templates' contexts), and the collector,
    # run whenever enough objects were made, takes about a tenth of a renderer's time; collected
    # every few hundred items instead, garbage stays at tens of megabytes.
    gc.disable()


def _call_work(item):
    global _done
    _done += 1
    if _done % ITEMS_BETWEEN_COLLECTIONS == 0:
        gc.collect()
    return _WORK(item)


def parallel_map(function: Callable, items: list, jobs: int | None = None,
                 meanwhile: Callable[[], None] | None = None) -> Iterable:
    """`map` over forked processes, results in the order of `items` as they come; in-process when small.

    The function and everything it reaches are inherited by fork (copy-on-write), so nothing
    but the items and the results crosses between processes. `meanwhile` is called once the
    workers exist, so that it may start a thread (no thread may run while a process forks).
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(items) < PARALLEL_MINIMUM:
        if meanwhile:
            meanwhile()
        yield from map(function, items)
        return
    global _WORK
    _WORK = function
    gc.freeze()  # keeps the collector from touching (and so copying) the parent's objects in children
    try:
        with multiprocessing.get_context("fork").Pool(jobs, initializer=_start_worker) as pool:
            if meanwhile:
                meanwhile()
            yield from pool.imap(_call_work, items, chunksize=max(1, min(64, len(items) // (jobs * 8))))
    finally:
        _WORK = None
        gc.unfreeze()
