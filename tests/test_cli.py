"""The command line end to end, through a subprocess, on the bundled examples and on bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = dict(env or os.environ)
    environment.pop("CLAIMKIT_STRICT", None)
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([sys.executable, "-m", "claimkit", *args], input=data, capture_output=True, env=environment,
                          timeout=120)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "g1", "text": "“We will finish by Friday,” Mayor Ida Lune said on Monday.", "published": "2026-02-04"}
GOOD2 = {"id": "g2", "text": "About 300 workers joined the strike, the union said.", "published": "2026-02-05"}


def _docs() -> dict[str, str]:
    from claimkit.readers import read_inputs

    return {d.id: d for d in read_inputs([str(EXAMPLES)])}


def test_analyze_on_the_examples_writes_the_contract_json():
    proc = run("analyze", str(EXAMPLES), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    output = json.loads(proc.stdout)
    assert {"claims", "conflicts", "timeline"} <= set(output)
    assert output["claims"]
    docs = _docs()
    for claim in output["claims"]:
        doc = docs[claim["doc"]]
        text = doc.title if claim.get("field") == "title" else doc.text
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["modality"] in {"asserted", "hedged", "expected", "denied", "other"}
    ids = {c["id"] for c in output["claims"]}
    for conflict in output["conflicts"]:
        assert set(conflict["claims"]) <= ids and conflict["explanation"]


def test_extract_writes_one_line_per_document_with_all_three_kinds():
    proc = run("extract", str(EXAMPLES), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    docs = _docs()
    assert [r["id"] for r in rows] == list(docs)  # input order
    kinds = set()
    for row in rows:
        for m in row["mentions"]:
            text = docs[row["id"]].title if m.get("field") == "title" else docs[row["id"]].text
            assert text[m["start"] : m["end"]] == m["text"]
            kinds.add(m["kind"])
    assert {"time", "quote", "count"} <= kinds


def test_machine_readable_output_is_the_default_off_a_terminal():
    proc = run("extract", str(EXAMPLES))
    assert json.loads(proc.stdout.splitlines()[0])["mentions"] is not None


@pytest.mark.parametrize("command", ["extract", "analyze"])
def test_text_and_csv_formats(command):
    text = run(command, str(EXAMPLES), "--format", "text")
    assert text.returncode == 0 and text.stdout.strip()
    table = run(command, str(EXAMPLES), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert rows and "doc" in rows[0]


def test_analyze_text_shows_claims_by_source():
    proc = run("analyze", str(EXAMPLES), "--format", "text")
    assert "CLAIMS BY SOURCE" in proc.stdout


def test_output_file_option(tmp_path):
    out = tmp_path / "out.json"
    proc = run("analyze", str(EXAMPLES), "--format", "json", "--output", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["claims"]


def test_standard_input():
    proc = run("extract", "-", "--format", "jsonl", stdin=json.dumps(GOOD) + "\n")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["id"] == "g1"


def test_a_malformed_line_is_reported_with_file_and_line_and_skipped(tmp_path):
    path = write_jsonl(tmp_path / "docs.jsonl", [GOOD, '{"id": "broken", "text": ', GOOD2])
    proc = run("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 0
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ["g1", "g2"]
    assert f"{path}:2: not valid JSON" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "x"}, "missing 'text'"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_bad_documents_get_one_clear_message(tmp_path, row, message):
    path = write_jsonl(tmp_path / "docs.jsonl", [row, GOOD])
    proc = run("analyze", str(path), "--format", "json")
    assert proc.returncode == 0
    assert f"{path}:1:" in proc.stderr and message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_document_with_an_unreadable_date_is_read_without_it_and_the_date_reported(tmp_path):
    row = {"id": "x", "text": "About 40 volunteers came, the club said on Monday.", "published": "2026-13-01"}
    path = write_jsonl(tmp_path / "docs.jsonl", [row, GOOD])
    proc = run("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 0
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ["x", "g1"]
    assert f"{path}:1: published '2026-13-01' is not a valid date: no such day; read without a publication date" in (
        proc.stderr)
    assert "(skipped)" not in proc.stderr


def test_strict_mode_stops_at_an_unreadable_date(tmp_path):
    path = write_jsonl(tmp_path / "docs.jsonl", [{"id": "x", "text": "t", "published": "June 10"}, GOOD])
    proc = run("extract", "--strict", str(path), "--format", "jsonl")
    assert proc.returncode == 1
    assert "June 10" in proc.stderr


def test_non_utf8_input_is_reported(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + b'{"id": "x", "text": "caf\xe9"}\n')
    proc = run("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 0
    assert f"{path}:2: not UTF-8" in proc.stderr


def test_exit_status_is_non_zero_only_when_nothing_could_be_processed(tmp_path):
    path = write_jsonl(tmp_path / "docs.jsonl", ["not json", "{}"])
    proc = run("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 1
    assert "nothing could be processed" in proc.stderr


def test_strict_makes_a_bad_line_fatal(tmp_path):
    path = write_jsonl(tmp_path / "docs.jsonl", [GOOD, "not json", GOOD2])
    proc = run("extract", str(path), "--format", "jsonl", "--strict")
    assert proc.returncode != 0


def test_a_missing_file_is_one_message_without_traceback(tmp_path):
    proc = run("analyze", str(tmp_path / "nope.jsonl"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"claimkit: {tmp_path / 'nope.jsonl'}: no such file or directory"


def test_an_unknown_format_is_refused():
    proc = run("extract", str(EXAMPLES), "--format", "yaml")
    assert proc.returncode != 0 and "unknown format 'yaml'" in proc.stderr


def test_a_format_that_writes_only_extractions_is_refused_by_analyze():
    # "tml" tags each document's text; an analysis has none, so the command line says so before any work
    proc = run("analyze", str(EXAMPLES), "--format", "tml")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "claimkit extract" in proc.stderr


def test_articles_with_front_matter(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Rain\npublished: 2026-03-02\npublisher: Post\n---\nRain fell.\n",
                                   encoding="utf-8")
    (tmp_path / "b.txt").write_text("No front matter here.\n", encoding="utf-8")
    proc = run("analyze", str(tmp_path), "--format", "json")
    assert json.loads(proc.stdout)["documents"] == ["a", "b"]


def test_version():
    proc = run("--version")
    assert proc.stdout.startswith("claimkit ")


def test_plugins_lists_the_three_extractors():
    proc = run("plugins")
    for name in ("dates", "quotes", "counts"):
        assert any(line.startswith(name + " ") for line in proc.stdout.splitlines()), proc.stdout


CRASHER = '''
import claimkit

@claimkit.hookimpl
def claimkit_extract(document):
    raise RuntimeError("this plugin always fails")
'''


def test_a_crashing_installed_plugin_is_reported_per_document_and_the_run_completes(tmp_path, install_plugin):
    env = install_plugin(tmp_path / "site", "crasher", "claimkit_crasher_test", CRASHER)
    path = write_jsonl(tmp_path / "docs.jsonl", [GOOD, GOOD2])
    proc = run("extract", str(path), "--format", "jsonl", env=env)
    assert proc.returncode == 0
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["g1", "g2"]
    for row in rows:
        assert row["errors"][0]["plugin"] == "crasher"
        assert row["mentions"]  # the other plugins still ran
    assert proc.stderr.count("plugin 'crasher' failed") == 2
    strict = run("extract", str(path), "--format", "jsonl", "--strict", env=env)
    assert strict.returncode == 1 and "this plugin always fails" in strict.stderr


def test_the_same_input_gives_byte_identical_output():
    first = run("analyze", str(EXAMPLES), "--format", "json")
    second = run("analyze", str(EXAMPLES), "--format", "json")
    assert first.stdout == second.stdout


def test_extract_kinds_keeps_only_the_named_kinds(tmp_path: Path) -> None:
    proc = run("extract", str(write_jsonl(tmp_path / "in.jsonl", [GOOD, GOOD2])), "--kinds", "count, quote", "-f",
               "jsonl")
    assert proc.returncode == 0, proc.stderr
    kinds = {m["kind"] for line in proc.stdout.splitlines() for m in json.loads(line)["mentions"]}
    assert kinds == {"count", "quote"}
    assert proc.stderr == ""


@pytest.mark.parametrize(("option", "warning"), [
    ("dates", "'dates' is not a mention kind claimkit knows (count, quote, time); did you mean 'time'?"),
    ("quotes", "did you mean 'quote'?"),
    ("time,bogus", "'bogus' is not a mention kind claimkit knows (count, quote, time)."),
])
def test_extract_kinds_names_an_unknown_kind_and_runs_on(tmp_path: Path, option: str, warning: str) -> None:
    proc = run("extract", str(write_jsonl(tmp_path / "in.jsonl", [GOOD])), "--kinds", option, "-f", "jsonl")
    assert proc.returncode == 0
    assert warning in proc.stderr
    assert json.loads(proc.stdout)["id"] == "g1"


@pytest.mark.parametrize("content", ["", "  \n\n", "---\npublished: 2026-01-02\n---\n"])
def test_an_empty_article_is_kept_and_named_on_stderr(tmp_path: Path, content: str) -> None:
    (tmp_path / "blank.txt").write_text(content, encoding="utf-8")
    (tmp_path / "full.txt").write_text("About 300 workers joined the strike.", encoding="utf-8")
    proc = run("extract", str(tmp_path), "-f", "jsonl")
    assert proc.returncode == 0
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ["blank", "full"]
    assert "document 'blank' is empty: no text and no title" in proc.stderr
    assert "'full'" not in proc.stderr
