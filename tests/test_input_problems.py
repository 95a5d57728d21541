"""Broken input: every bad line or file is one clear message with its place, and the rest is still read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimkit import Document
from claimkit.readers import InputProblem, read_inputs

GOOD = {"id": "p1", "text": "About 60 volunteers planted trees, the park office said.", "published": "2026-04-02"}
GOOD2 = {"id": "p2", "text": "The library reopened on Monday.", "published": "2026-04-03"}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _ids_and_problems(*inputs: Path) -> tuple[list[str], list[str]]:
    items = list(read_inputs([str(p) for p in inputs]))
    return ([i.id for i in items if isinstance(i, Document)], [str(i) for i in items if isinstance(i, InputProblem)])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"id": "x", "text": "cut off', "not valid JSON: Invalid control character (column"),
        ('{"id": "x", "title": "no body"}', "document is missing 'text'"),
        ('{"id": {"n": 1}, "text": "t"}', "document id must be a string or an integer, got dict"),
        ('{"id": "", "text": "t"}', "document id is empty"),
        ('{"id": "x", "text": "t", "author": ["A", "B"]}', "document author must be a string or null, got list"),
        ('{"id": "x", "text": "t", "language": 3}', "document language must be a string or null, got int"),
        ('{"id": "x", "text": "a \\ud800 b"}', "text holds an unpaired surrogate escape \\ud800 at character 2"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON: nested too deeply"),
    ],
)
def test_a_bad_line_in_the_middle_is_named_and_the_others_are_read(tmp_path, bad, message):
    path = _write(tmp_path / "docs.jsonl", [json.dumps(GOOD), bad, json.dumps(GOOD2)])
    ids, problems = _ids_and_problems(path)
    assert ids == ["p1", "p2"]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: {message}")


def test_a_byte_order_mark_does_not_cost_the_first_document(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD2) + "\n", encoding="utf-8-sig")
    assert _ids_and_problems(path) == (["p1", "p2"], [])


@pytest.mark.parametrize("content", ["", "\n  \n"])
def test_an_empty_file_is_reported(tmp_path, content):
    empty = tmp_path / "empty.jsonl"
    empty.write_text(content, encoding="utf-8")
    full = _write(tmp_path / "full.jsonl", [json.dumps(GOOD)])
    assert _ids_and_problems(empty, full) == (["p1"], [f"{empty}: no documents (empty input)"])


def test_a_bad_front_matter_date_points_at_its_line_and_the_article_is_read_without_it(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Trees\npublished: 2026-02-31\n---\nText.\n", encoding="utf-8")
    (problem,) = read_inputs([str(path)])
    assert str(problem).startswith(f"{path}:3: front matter: published")
    assert not problem.skipped
    assert (problem.document.title, problem.document.published, problem.document.text) == ("Trees", None, "Text.\n")


@pytest.mark.parametrize("published", ["2026-04-31", "04/02/2026", "next Tuesday", "2026-04-02 12 comments"])
def test_a_line_with_an_unreadable_date_is_read_without_it(tmp_path, published):
    bad = json.dumps({"id": "x", "text": "t", "published": published})
    path = _write(tmp_path / "docs.jsonl", [json.dumps(GOOD), bad, json.dumps(GOOD2)])
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "InputProblem", "Document"]
    problem = items[1]
    assert str(problem).startswith(f"{path}:2: published ") and str(problem).endswith("read without a publication date")
    assert problem.document is not None and (problem.document.id, problem.document.published) == ("x", None)


def test_an_integer_date_is_read_without_it_and_named_as_the_wrong_type(tmp_path):
    path = _write(tmp_path / "docs.jsonl", [json.dumps({"id": "x", "text": "t", "published": 20260402})])
    (problem,) = read_inputs([str(path)])
    assert "published must be a YYYY-MM-DD string, got int" in str(problem) and problem.document is not None


def test_a_duplicate_id_after_an_unreadable_date_is_still_a_duplicate(tmp_path):
    rows = [json.dumps({"id": "p1", "text": "t", "published": "June 10"}), json.dumps(GOOD)]
    ids, problems = _ids_and_problems(_write(tmp_path / "docs.jsonl", rows))
    assert ids == [] and problems[1].endswith("duplicate document id 'p1'")


def test_a_binary_file_in_a_folder_is_reported_and_the_articles_are_read(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: 2026-04-02\n---\nThe pool opened.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    (tmp_path / "c.txt").write_text("The market moved to the square.\n", encoding="utf-8")
    ids, problems = _ids_and_problems(tmp_path)
    assert ids == ["a", "c"]
    assert len(problems) == 1 and problems[0].startswith(f"{tmp_path / 'b.txt'}:") and "not UTF-8" in problems[0]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_and_folder_are_reported(tmp_path):
    (tmp_path / "ok.md").write_text("The pool opened.\n", encoding="utf-8")
    locked = tmp_path / "locked.md"
    locked.write_text("Hidden.\n", encoding="utf-8")
    locked.chmod(0)
    folder = tmp_path / "inner"
    folder.mkdir()
    (folder / "x.md").write_text("Inside.\n", encoding="utf-8")
    folder.chmod(0)
    try:
        ids, problems = _ids_and_problems(tmp_path)
    finally:
        folder.chmod(0o755)
        locked.chmod(0o644)
    assert ids == ["ok"]
    assert sorted(problems) == [f"{folder}: cannot read folder: Permission denied",
                                f"{locked}: cannot read: Permission denied"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("CLAIMKIT_STRICT", None)
    return subprocess.run([sys.executable, "-m", "claimkit", *args], capture_output=True, text=True, env=env,
                          encoding="utf-8", timeout=120)


@pytest.mark.parametrize("fmt", ["jsonl", "text", "csv"])
def test_a_document_with_a_lone_surrogate_does_not_stop_the_output(tmp_path, fmt):
    path = _write(tmp_path / "docs.jsonl", ['{"id": "s", "text": "Ten \\udc80 boats sailed, the club said."}',
                                            json.dumps(GOOD)])
    proc = _cli("extract", str(path), "--format", fmt)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "p1" in proc.stdout
    assert f"{path}:1: text holds an unpaired surrogate escape" in proc.stderr


def test_an_empty_input_alone_means_nothing_could_be_processed(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    proc = _cli("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"claimkit: {path}: no documents (empty input) (skipped)",
                                        "claimkit: nothing could be processed"]


def test_a_document_id_read_in_an_earlier_input_is_a_duplicate(tmp_path):
    first = _write(tmp_path / "one.jsonl", [json.dumps(GOOD)])
    second = _write(tmp_path / "two.jsonl", [json.dumps({**GOOD2, "id": "p1"}), json.dumps(GOOD2)])
    article = tmp_path / "p2.md"
    article.write_text("The pool opened.\n", encoding="utf-8")
    ids, problems = _ids_and_problems(first, second, article)
    assert ids == ["p1", "p2"]
    assert problems == [f"{second}:1: duplicate document id 'p1'", f"{article}: duplicate document id 'p2'"]
