"""Patterns written for speed find exactly what their plain forms find, and the cheap gates in front of patterns
(vague amounts, shapes) only skip what the pattern cannot match.

The plain forms are the reference; each test compares on sentences written for these tests or on generated text.
"""

from __future__ import annotations

import re

import pytest
from claimkit_counts import extract, notcounts, numbers
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


# The plain form of the simple-number pattern: the words that extend a number, case-insensitive.
_PLAIN_SIMPLE = re.compile(
    r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,30})(?:\.\d{1,30})?"
    r"(?![0-9A-Za-z/^×½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒]|[,.]\d|[ \t\u00a0\u202f]{1,6}(?:[0-9½⅓⅔¼¾]|(?i:(?:hundred|thousand|million"
    r"|billion|trillion|dozen|lakh|lac|crore|score|dz|doz)s?|k|mn|mln|mil|bn|bln|tn|tln|trn|and|point|over)\b|(?:G|M|MM|B)\b))"
)
_NUMBER_PIECES = st.sampled_from([
    "0", "7", "12", "2004", "1,500", "2.5", ",", ".", " ", "  ", "\t", "\u00a0", "hundred", "Hundreds", "thousand",
    "million", "ſcore", "scores", "k", "K", "\u212a", "mn", "MLN", "mil", "bn", "tn", "trn", "and", "AND", "point",
    "over", "G", "M", "MM", "B", "people", "soldiers", "dozen", "doz", "dz", "lakh", "lac", "crore", "ſ", "s", "x",
    "½", "/", "-", "am", "pm", "a.m.", "p.m.", "o'clock", "o’clock", "in the morning", "in", "of", "(", "+", "555",
    "Main St", ":", "30",
])
_NUMBER_TEXT = st.lists(_NUMBER_PIECES, max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NUMBER_TEXT)
def test_simple_number_pattern_matches_its_plain_form(text: str) -> None:
    for pos in range(len(text)):
        fast = numbers._SIMPLE.match(text, pos)
        plain = _PLAIN_SIMPLE.match(text, pos)
        assert (fast and fast.span()) == (plain and plain.span()), (text, pos)


def _loose_shape_gate(text: str, p: int, cand_end: int) -> bool:
    """The gate before it told hours by their first letter only: any of "apoi" after a space and two digits."""
    c1 = text[cand_end:cand_end + 1]
    if c1 and c1 in "-/.:apAP":
        return True
    c2 = text[cand_end + 1:cand_end + 2]
    return c1 in " \t\u00a0" and c2 in "0123456789apoiABCDEFGHIJKLMNOPQRSTUVWXYZ(" and (
        cand_end - p <= 2 or c2 not in "apoi")


@settings(max_examples=500, deadline=None)
@given(_NUMBER_TEXT)
def test_shape_gate_lets_through_every_shape_the_loose_gate_let_through(text: str) -> None:
    """Where a date, time, version, phone number or address starts at a run of digits that the loose gate sent to
    ``skip_shape``, the tighter gate sends it there too."""
    for run in re.finditer(r"[0-9]+", text):
        p, cand_end = run.span()
        if _loose_shape_gate(text, p, cand_end) and notcounts.skip_shape(text, p) > 0:
            assert extract._may_be_shape(text, p, cand_end), (text, p)


# Pieces around the shortcuts of ``read_number`` that spare the general reader: digits before "and", a number word
# before a hyphen, digits with letters glued to them, and an article or "half" before a word.
_SHORTCUT_PIECES = st.sampled_from([
    "12", "2010", "1,500", "2.5", "7", "0", " ", "  ", "\t", "\u00a0", "\n", "and", "And", "AND", "andes", "&", "a",
    "A", "an", "one", "two", "three", "ten", "twenty", "thirty", "nine", "-", "year", "term", "thirds", "half", "Half",
    "quarter", "first", "second", "fifth", "twentieth", "million", "millions", "hundred", "dozen", "score", "point",
    "over", "of", "few", "people", "Ada", "s", "th", "px", "AM", "k", "K", "bn", "e", "E5", "x", "x10", "^", "/", ",",
    ".", "½",
])
_NEVER = re.compile(r"(?!)")


def _general_read(text: str, pos: int, money: bool) -> numbers.Number | None:
    """``read_number`` with the shortcuts under test turned off: the general reader's answer."""
    saved = numbers._DIGITS_AND, numbers._HYPHEN_WORD, numbers._DIGITS_GLUED, numbers._ARTICLES_AND_HALVES
    numbers._DIGITS_AND = numbers._HYPHEN_WORD = numbers._DIGITS_GLUED = _NEVER
    numbers._ARTICLES_AND_HALVES = frozenset()
    try:
        return numbers.read_number(text, pos, money)
    finally:
        numbers._DIGITS_AND, numbers._HYPHEN_WORD, numbers._DIGITS_GLUED, numbers._ARTICLES_AND_HALVES = saved


@settings(max_examples=800, deadline=None)
@given(st.lists(_SHORTCUT_PIECES, max_size=10).map("".join), st.booleans())
def test_number_shortcuts_read_what_the_general_reader_reads(text: str, money: bool) -> None:
    for m in re.finditer(r"(?<![0-9A-Za-z.,])[0-9A-Za-z]", text):
        assert numbers.read_number(text, m.start(), money) == _general_read(text, m.start(), money), (text, m.start())


@pytest.mark.parametrize(
    "text",
    ["46 and Ada 30", "2010 and 2012", "2 and a half", "3 AND one third", "1,500 and\nnine", "two-year deal",
     "twenty-one boats", "twenty-year plan", "two-thirds of them", "twenty-first year", "three-hundred", "1990s",
     "9th Street", "600px", "12k", "9e5", "2x10^3", "5million", "a few boats", "a dozen boats", "a third", "half said",
     "half a million", "half of them", "a quarter of a million", "A hundred"],
)
def test_number_shortcuts_read_what_the_general_reader_reads_on_written_cases(text: str) -> None:
    assert numbers.read_number(text, 0) == _general_read(text, 0, False)
