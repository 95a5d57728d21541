"""Impersonal passive reports ("It is widely expected that ..."): "it" is no source, the clause after the verb is the
content. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("It is widely expected that the harbour master will resign.", "that the harbour master will resign",
         "is widely expected"),
        ("It is expected that the ferry will run again in May.", "that the ferry will run again in May",
         "is expected"),
        ("But it was said that the mill would close before winter.", "that the mill would close before winter",
         "was said"),
        ("It is now assumed the council will keep the old bridge.", "the council will keep the old bridge",
         "is now assumed"),
    ],
)
def test_impersonal_passive_has_no_source(text: str, content: str, cue: str) -> None:
    quotes = extract_quotes(text)
    assert [(q.text, q.cue.text if q.cue else None, q.source) for q in quotes] == [(content, cue, None)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a raising verb keeps its subject in the content
        ("It is expected to rain over the valley all week.", "It is expected to rain over the valley all week"),
        ("The pier is widely expected to reopen in June.", "The pier is widely expected to reopen in June"),
    ],
)
def test_raising_passive_keeps_its_subject(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)] == [content]


def test_object_it_is_no_impersonal_report() -> None:
    quotes = extract_quotes("The clerk made it known that the ledgers were lost.")
    assert all(q.text != "that the ledgers were lost" or q.source is not None for q in quotes)
