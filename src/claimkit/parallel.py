"""Per-document work in worker processes, results in input order.

Extraction and the claims of one document depend on that document alone, so a corpus can be spread over several
processes (``jobs``): documents go out in chunks of about :data:`CHUNK_CHARS` characters, a few chunks per worker
ahead of the one being written, and come back in the order they were read. Memory stays bounded by that window, as
in the one-process stream; only the cross-document stages of an analysis (grouping, conflicts, timeline) run in the
calling process.

Workers use the caller's plugin manager: where processes start by forking (Linux and the other POSIX systems but
macOS) they inherit it, plugins registered in code included; elsewhere each worker loads the installed plugins
afresh, so a manager with plugins registered in code is refused there.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .plugins import PluginManager
from .types import Claim, Document, Extraction, PluginError

__all__ = ["CHUNK_CHARS", "WorkerCrash", "per_document", "resolve_jobs"]

#: About this many characters of text go to a worker at a time: large enough that sending the documents and their
#: results costs little beside the work, small enough that every worker has some.
CHUNK_CHARS = 200_000
#: At most this many documents in one chunk (many tiny documents).
_CHUNK_DOCS = 256
#: Chunks in flight per worker: one being worked on, one waiting, one coming back.
_AHEAD = 3

# The plugin manager of a worker process (set before forking, or by the initializer of a spawned worker).
_WORKER_PM: PluginManager | None = None

Result = tuple[Extraction, list[Claim], list[PluginError]]


class WorkerCrash(RuntimeError):
    """A worker process died (killed, or out of memory) before returning its documents."""


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: 0 means one per CPU, a negative number is refused."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, got {jobs}")
    if jobs == 0:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return jobs


def per_document(
    documents: Iterable[Document | Mapping[str, Any]], plugins: PluginManager, jobs: int, *, claims: bool
) -> Iterator[tuple[Document, Result]]:
    """Extract (and with ``claims``, build the claims of) every document in ``jobs`` worker processes.

    Yields:
        ``(document, (extraction, claims, claim errors))`` in input order; ``claims`` is empty without ``claims``.

    Raises:
        ValueError: where workers cannot inherit ``plugins`` (no fork) and it holds plugins registered in code.
        WorkerCrash: when a worker process dies.
        PluginFailure: in strict mode, the first plugin failure of any worker.
    """
    global _WORKER_PM
    context = _context()
    if context.get_start_method() != "fork" and _names(plugins) != _names(PluginManager(strict=plugins.strict)):
        raise ValueError("jobs > 1 on this platform starts fresh worker processes, which load the installed plugins: "
                         "plugins registered in code cannot go with them (use jobs=1)")
    _WORKER_PM = plugins  # inherited by forked workers
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                               initargs=(plugins.strict,))
    pending: deque[tuple[list[Document], Future[list[Result]]]] = deque()
    try:
        for chunk in _chunks(documents):
            pending.append((chunk, pool.submit(_work, chunk, claims)))
            if len(pending) >= _AHEAD * jobs:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _WORKER_PM = None


def _collect(chunk: list[Document], future: Future[list[Result]]) -> Iterator[tuple[Document, Result]]:
    try:
        results = future.result()
    except BrokenProcessPool as exc:
        first = chunk[0].id if chunk else "?"
        raise WorkerCrash(f"a worker process died while reading documents {first!r} and after "
                          f"({len(chunk)} in its share): out of memory or killed?") from exc
    yield from zip(chunk, results)


def _chunks(documents: Iterable[Document | Mapping[str, Any]]) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    size = 0
    for document in documents:
        doc = document if isinstance(document, Document) else Document.from_data(document)
        chunk.append(doc)
        size += len(doc.text)
        if size >= CHUNK_CHARS or len(chunk) >= _CHUNK_DOCS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    # Forking shares the loaded plugins and costs nothing to start; macOS's system libraries are not safe to fork.
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _names(plugins: PluginManager) -> set[str]:
    return {name for name, _ in plugins.pm.list_name_plugin()}


def _start_worker(strict: bool) -> None:
    global _WORKER_PM
    if _WORKER_PM is None:  # a spawned worker: load the installed plugins as the caller's default manager did
        _WORKER_PM = PluginManager(strict=strict)


def _work(chunk: list[Document], claims: bool) -> list[Result]:
    from .pipeline import claims_for, extract  # (the pipeline imports this module)

    pm = _WORKER_PM
    assert pm is not None
    out: list[Result] = []
    for doc in chunk:
        extraction = extract(doc, plugins=pm)
        errors: list[PluginError] = []
        found = claims_for(doc, extraction, plugins=pm, errors=errors) if claims else []
        out.append((extraction, found, errors))
    return out
