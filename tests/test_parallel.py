"""Worker processes (``jobs``): the same results, in the same order, failures contained or raised as in one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import claimkit
from claimkit import Document, PluginFailure, PluginManager, TimeMention, hookimpl, parallel
from claimkit.parallel import WorkerCrash, resolve_jobs

STORIES = [
    ("a", "2026-05-04", "About 1,200 residents were evacuated on Sunday, Governor Ilse Brandt said on Monday. "
     "“The river has not crested yet,” she told reporters."),
    ("b", "2026-05-05", "Only 400 residents were evacuated on Sunday, a spokeswoman for the civil protection agency "
     "said on Tuesday. She denied that the bridge at Velm had collapsed."),
    ("c", "2026-05-05", "The bridge at Velm collapsed late on Sunday, two fishermen said."),
    ("d", None, "Some 30 volunteers filled sandbags, the club said. Nothing else happened."),
    ("e", "2026-05-06", ""),
]


def _docs(copies: int = 1) -> list[Document]:
    return [Document(id=f"{doc_id}{n}", text=text, published=published, title=f"Story {doc_id}")
            for n in range(copies) for doc_id, published, text in STORIES]


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of a couple of documents, so that several go out and come back out of order."""
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 150)


def test_extractions_in_workers_are_those_of_one_process_in_input_order(small_chunks):
    docs = _docs(copies=4)
    one = [e.to_data() for e in claimkit.extract_all(docs)]
    two = [e.to_data() for e in claimkit.extract_all(docs, jobs=2)]
    assert two == one
    assert [e["id"] for e in two] == [d.id for d in docs]


def test_plain_data_documents_go_to_workers_too(small_chunks):
    rows = [{"id": d.id, "text": d.text} for d in _docs()]
    assert [e.doc for e in claimkit.extract_all(rows, jobs=2)] == [r["id"] for r in rows]


def test_an_analysis_in_workers_is_that_of_one_process(small_chunks):
    docs = _docs(copies=2)
    one = claimkit.analyze(docs, keep_mentions=True)
    two = claimkit.analyze(docs, keep_mentions=True, jobs=2)
    assert two.to_data() == one.to_data()
    assert one.conflicts  # (the stories disagree: the comparison covers the cross-document stage too)


class Crashing:
    """Raises on documents whose id starts with "b"."""

    @hookimpl
    def claimkit_extract(self, document):
        if document.id.startswith("b"):
            raise RuntimeError(f"cannot read {document.id}")
        return []


class Sunday:
    """Finds the word Sunday."""

    @hookimpl
    def claimkit_extract(self, document):
        start = document.text.find("Sunday")
        return [] if start < 0 else [TimeMention(start=start, end=start + 6, text="Sunday", type="DATE")]


@pytest.mark.skipif(parallel._context().get_start_method() != "fork", reason="plugins registered in code need fork")
def test_a_plugin_crashing_in_a_worker_is_reported_per_document_and_the_rest_goes_on(bare_pm, small_chunks):
    bare_pm.register(Crashing(), name="crashing")
    bare_pm.register(Sunday(), name="sunday")
    results = list(claimkit.extract_all(_docs(copies=2), plugins=bare_pm, jobs=2))
    failed = [r.doc for r in results if r.errors]
    assert failed == ["b0", "b1"]
    assert all(e.plugin == "crashing" and "cannot read" in e.message for r in results for e in r.errors)
    # the other plugin still reads the documents the crashing one fails on
    assert [r.doc for r in results if r.mentions] == ["a0", "b0", "c0", "a1", "b1", "c1"]


@pytest.mark.skipif(parallel._context().get_start_method() != "fork", reason="plugins registered in code need fork")
def test_strict_mode_raises_the_first_failure_of_a_worker(small_chunks):
    pm = PluginManager(load_entrypoints=False, strict=True)
    pm.register(Crashing(), name="crashing")
    with pytest.raises(PluginFailure, match="cannot read b0"):
        list(claimkit.extract_all(_docs(), plugins=pm, jobs=2))


class Dying:
    """Ends its process on the document with id "c0", as the out-of-memory killer would."""

    @hookimpl
    def claimkit_extract(self, document):
        if document.id == "c0":
            os._exit(9)
        return []


@pytest.mark.skipif(parallel._context().get_start_method() != "fork", reason="plugins registered in code need fork")
def test_a_worker_that_dies_is_named_not_hung_on(bare_pm, small_chunks):
    bare_pm.register(Dying(), name="dying")
    with pytest.raises(WorkerCrash, match="worker process died"):
        list(claimkit.extract_all(_docs(), plugins=bare_pm, jobs=2))


@pytest.mark.parametrize("asked", [1, 3])
def test_jobs_are_taken_as_asked(asked):
    assert resolve_jobs(asked) == asked


def test_jobs_zero_means_one_per_usable_cpu():
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert resolve_jobs(0) == usable


def test_negative_jobs_are_refused():
    with pytest.raises(ValueError, match="0 \\(one per CPU\\) or more"):
        resolve_jobs(-1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_documents_before_an_unreadable_one_come_out_before_its_error(small_chunks, jobs):
    rows = [{"id": d.id, "text": d.text} for d in _docs(copies=3)]
    rows.insert(9, {"id": "bad", "text": "t", "title": ["not", "a", "string"]})
    out: list[str] = []
    with pytest.raises(ValueError, match="title"):
        for extraction in claimkit.extract_all(rows, jobs=jobs):
            out.append(extraction.doc)
    assert out == [r["id"] for r in rows[:9]]


def test_a_corpus_of_one_chunk_is_read_without_workers(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for one chunk")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    docs = _docs()
    assert [e.doc for e in claimkit.extract_all(docs, jobs=8)] == [d.id for d in docs]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimkit", *args], capture_output=True, text=True, check=False)


def test_the_command_line_gives_the_same_output_with_jobs(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat() if d.published else None})
            for d in _docs(copies=3)]
    path.write_text("\n".join([*rows[:4], "{not json", *rows[4:]]) + "\n", encoding="utf-8")
    one = _cli("extract", str(path), "-f", "jsonl")
    two = _cli("extract", str(path), "-f", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert two.stdout == one.stdout and one.stdout.count("\n") == 15
    assert f"{path}:5: not valid JSON" in two.stderr
    analysis = _cli("analyze", str(path), "-f", "json", "-j", "2")
    assert analysis.returncode == 0 and analysis.stdout == _cli("analyze", str(path), "-f", "json").stdout


@pytest.mark.parametrize("value", ["-2", "two", "1.5"])
def test_a_bad_jobs_value_is_a_usage_error(tmp_path, value):
    proc = _cli("extract", str(tmp_path), "--jobs", value)
    assert proc.returncode == 2 and "--jobs: expected a whole number of processes" in proc.stderr
