"""Patterns written for speed find exactly what their plain forms find, and the vague-amount gate only skips
candidates that no vague amount can start at.

The plain forms are the reference; each test compares on sentences written for these tests or on generated text.
"""

from __future__ import annotations

import re

import pytest
from claimkit_counts import extract
from hypothesis import given, settings
from hypothesis import strategies as st

# The plain forms of the two sentence-wide searches: "\b" and case-insensitive words.
_PLAIN_PEOPLE_TALLY = re.compile(r"(?i:\b(?:death|casualty|injury|fatality)[ \t]toll\b|\bdeaths?\b|\bdead\b)")
_PLAIN_NUMBER_OF = re.compile(
    r"(?i:\b(?:number|total|tally|count|figure|estimates?|numbers)[ \t]{1,3}of[ \t]{1,3}(?:the[ \t]{1,3})?)"
)

_PIECES = st.sampled_from([
    "death", "Death", "DEATHS", "dead", "toll", "casualty", "Casualty", "injury", "İnjury", "ınjury", "fatality",
    "caſualty", "number", "Numbers", "total", "tally", "count", "figure", "estimate", "estimates", "of", "OF", "the",
    "The", " ", "  ", "\t", "\n", "x", "_", "é", "1", ",", ".", "-", "s",
])
_TEXT = st.lists(_PIECES, max_size=25).map("".join)


def _spans(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 8), st.integers(0, 8))
def test_people_tally_search_matches_its_plain_form(text: str, cut_start: int, cut_end: int) -> None:
    pos, endpos = min(cut_start, len(text)), max(0, len(text) - cut_end)
    assert _spans(extract._PEOPLE_TALLY, text, pos, endpos) == _spans(_PLAIN_PEOPLE_TALLY, text, pos, endpos)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 8), st.integers(0, 8))
def test_number_of_search_matches_its_plain_form(text: str, cut_start: int, cut_end: int) -> None:
    pos, endpos = min(cut_start, len(text)), max(0, len(text) - cut_end)
    assert _spans(extract._NUMBER_OF, text, pos, endpos) == _spans(_PLAIN_NUMBER_OF, text, pos, endpos)


@pytest.mark.parametrize(
    "text",
    [
        "İnjury toll rose.", "the ınjury toll", "their deaths", "a dead end", "Xdead", "the caſualty toll",
        "the number of boats", "Numbers of  the crews", "estimates\tof ferries", "subtotal of", "the total of the",
    ],
)
def test_fast_searches_match_plain_forms_on_written_cases(text: str) -> None:
    assert _spans(extract._PEOPLE_TALLY, text, 0, len(text)) == _spans(_PLAIN_PEOPLE_TALLY, text, 0, len(text))
    assert _spans(extract._NUMBER_OF, text, 0, len(text)) == _spans(_PLAIN_NUMBER_OF, text, 0, len(text))


_VAGUE_PIECES = st.sampled_from([
    "a", "A", "an", "few", "couple", "handful", "of", "several", "some", "many", "dozens", "Dozens", "scores",
    "hundreds", "thousands", "tens", "millions", "billions", "hundred", "thousand", "million", "dozen", "two",
    "ſeveral", "bİllions", "mıllions", " ", " ", "\t", "  ", "-", ",",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_VAGUE_PIECES, max_size=8).map("".join))
def test_vague_gate_skips_only_what_the_pattern_cannot_read(text: str) -> None:
    for start in range(len(text)):
        opening = text[start:start + 2]
        if opening.isascii() and opening.lower() not in extract._VAGUE_OPENINGS:  # the gate in ``_vague``
            assert extract._VAGUE.match(text, start) is None, (text, start)
