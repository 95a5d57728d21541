"""Per-document work in worker processes, results in input order.

Extraction and the claims of one document depend on that document alone, so a corpus can be spread over several
processes (``jobs``): documents go out in chunks of about :data:`CHUNK_CHARS` characters, a few chunks per worker
ahead of the one being written, and come back in the order they were read. Memory stays bounded by that window, as
in the one-process stream; only the cross-document stages of an analysis (grouping, conflicts, timeline) run in the
calling process.

Workers use the caller's plugin manager: where processes start by forking (Linux and the other POSIX systems but
macOS) they inherit it, plugins registered in code included; elsewhere each worker loads the installed plugins
afresh, so a manager with plugins registered in code is refused there. Forking a program that runs threads of its
own (a server calling ``analyze(docs, jobs=4)`` from a request thread) can deadlock a worker on a lock another thread
held: such a program should call claimkit with ``jobs=1`` or from a process of its own.

A corpus of one chunk (under :data:`CHUNK_CHARS` characters) is read in the calling process: workers would only
add their start-up.
"""

from __future__ import annotations

import itertools
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


def to_document(document: Document | Mapping[str, Any]) -> Document:
    """``document`` itself, or the document its JSON object describes (what every entry point accepts)."""
    return document if isinstance(document, Document) else Document.from_data(document)


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
        Whatever reading ``documents`` raises, after the documents read before it are yielded (as in one process).
    """
    global _WORKER_PM
    context = _context()
    if context.get_start_method() != "fork" and _names(plugins) != _names(PluginManager(strict=plugins.strict)):
        raise ValueError("jobs > 1 on this platform starts fresh worker processes, which load the installed plugins: "
                         "plugins registered in code cannot go with them (use jobs=1)")
    chunks = _chunks(documents)
    first = list(itertools.islice(chunks, jobs))
    _WORKER_PM = plugins  # inherited by forked workers
    try:
        if len(first) <= 1 or first[0].failure is not None:
            # one chunk (or an input that fails within its first): workers would only add their start-up
            for chunk in first[:1]:
                yield from zip(chunk.documents, _work(chunk.documents, claims))
                chunk.raise_failure()
            return
        pool = ProcessPoolExecutor(max_workers=len(first), mp_context=context, initializer=_start_worker,
                                   initargs=(plugins.strict,))
        pending: deque[tuple[_Chunk, Future[list[Result]]]] = deque()
        try:
            for chunk in itertools.chain(first, chunks):
                pending.append((chunk, pool.submit(_work, chunk.documents, claims)))
                if chunk.failure is not None:
                    break  # the input failed after this chunk: what came before is yielded, then the error
                if len(pending) >= _AHEAD * len(first):
                    yield from _collect(*pending.popleft())
            while pending:
                yield from _collect(*pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _WORKER_PM = None


class _Chunk:
    """Documents read in a row, and the error that reading the input raised right after them (if it did)."""

    __slots__ = ("documents", "failure")

    def __init__(self, documents: list[Document], failure: BaseException | None = None) -> None:
        self.documents = documents
        self.failure = failure

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure


def _collect(chunk: _Chunk, future: Future[list[Result]]) -> Iterator[tuple[Document, Result]]:
    try:
        results = future.result()
    except BrokenProcessPool as exc:
        first = chunk.documents[0].id if chunk.documents else "?"
        raise WorkerCrash(f"a worker process died (out of memory or killed?); the output stops before document "
                          f"{first!r}") from exc
    yield from zip(chunk.documents, results)
    chunk.raise_failure()


def _chunks(documents: Iterable[Document | Mapping[str, Any]]) -> Iterator[_Chunk]:
    chunk: list[Document] = []
    size = 0
    iterator = iter(documents)
    while True:
        try:
            document = next(iterator)
            doc = to_document(document)
        except StopIteration:
            break
        except (Exception, SystemExit) as exc:  # a bad document, or --strict stopping at a bad input line
            yield _Chunk(chunk, exc)
            return
        chunk.append(doc)
        size += len(doc.text)
        if size >= CHUNK_CHARS or len(chunk) >= _CHUNK_DOCS:
            yield _Chunk(chunk)
            chunk, size = [], 0
    if chunk:
        yield _Chunk(chunk)


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
