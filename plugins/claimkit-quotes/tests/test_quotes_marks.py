"""Quotation-mark pairing: curly, straight, guillemets, low-high marks, apostrophes, odd marks."""

from __future__ import annotations

import pytest
from claimkit_quotes.marks import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said “we will stay” today.", ["“we will stay”"]),
        ('She said "we will stay" today.', ['"we will stay"']),
        ("Il a dit «nous restons» hier.", ["«nous restons»"]),
        ("Er sagte „wir bleiben“ gestern.", ["„wir bleiben“"]),
        ("He said ''we will stay'' today.", ["''we will stay''"]),
        ("“We expect,” he said, “to stay.”", ["“We expect,”", "“to stay.”"]),
    ],
)
def test_double_marks_pair(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The city’s port reopened in the ’90s.",
        "The city's port reopened in the '90s.",
        "Rock 'n' roll came to town.",
        "It isn’t the mayor’s plan.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_nested_single_quotes_stay_inside_the_double_quote() -> None:
    text = "“He told me ‘never again’ and left,” she said."
    assert quoted(text) == ["“He told me ‘never again’ and left,”"]


def test_single_quotes_pair_at_word_edges() -> None:
    text = "‘We will win,’ she said."
    assert quoted(text) == ["‘We will win,’"]


def test_paragraph_reopening_a_quote_continues_it() -> None:
    text = "“The port will stay open.\n\n“The workers keep their jobs,” the mayor said."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 2
    assert text[quotes[0].start:quotes[0].end].endswith("jobs,”")


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "She said “we will stay\n\nThe council met later."
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["“we will stay"]
    assert quotes[0].closed is False


@pytest.mark.parametrize("text", ["”", "“", "\"", "''", "” stray “", "a ” b “ c ” d", "‘", "’’’", "«»", "„"])
def test_odd_marks_never_crash(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
