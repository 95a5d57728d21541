"""Reading documents: front matter, article folders, JSON Lines problems reported with their line."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit.readers import InputError, InputProblem, parse_front_matter, read_inputs, read_jsonl


def test_front_matter_is_split_from_the_body():
    meta, body, lines = parse_front_matter("---\ntitle: Rain: a report\npublished: 2026-01-02\n---\n\nBody.\n")
    assert meta == {"title": "Rain: a report", "published": "2026-01-02"}
    assert body == "Body.\n"
    assert lines == 4


@pytest.mark.parametrize("text", ["No front matter.", "---\nunclosed: yes\nBody", "--- not a marker\nBody"])
def test_text_without_closed_front_matter_is_all_body(text):
    meta, body, _ = parse_front_matter(text)
    assert meta == {} and body == text


def test_null_values_in_front_matter_are_absent():
    meta, _, _ = parse_front_matter("---\nauthor: null\npublisher: ~\nurl:\n---\nx")
    assert meta == {}


def test_articles_get_their_relative_path_as_id(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.md").write_text("---\npublished: 2026-03-02\n---\nText.", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.id for d in docs] == ["desk/story"]
    assert docs[0].published == dt.date(2026, 3, 2)


def test_an_invalid_front_matter_date_is_a_problem_with_its_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2026-02-30\n---\nText.", encoding="utf-8")
    (problem,) = read_inputs([str(path)])
    assert isinstance(problem, InputProblem)
    assert str(problem).startswith(f"{path}:2: front matter:")  # the line of the bad date
    assert problem.document is not None and problem.document.text == "Text."


def test_a_front_matter_date_written_out_is_read(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ndate: Tue, 03 Mar 2026 09:15:00 GMT\n---\nText.", encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert doc.published == dt.date(2026, 3, 3)


def test_crlf_articles_are_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n")
    (doc,) = read_inputs([str(path)])
    assert doc.title == "T" and doc.text == "Line one.\nLine two.\n"


def test_duplicate_ids_are_reported():
    lines = [(1, '{"id": "a", "text": "x"}', None), (2, '{"id": "a", "text": "y"}', None), (3, "", None)]
    items = list(read_jsonl(lines, "f.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "InputProblem"]
    assert "duplicate document id 'a'" in str(items[1])


def test_unknown_inputs_fail_before_reading(tmp_path):
    (tmp_path / "data.csv").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a \.jsonl file"):
        list(read_inputs([str(tmp_path / "data.csv")]))
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([str(tmp_path / "missing.jsonl")]))
