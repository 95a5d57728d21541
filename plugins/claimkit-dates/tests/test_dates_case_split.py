"""The families compiled with their alternatives split by the case of their first letter match as IGNORECASE does."""

from __future__ import annotations

import re
import sys

import pytest
from claimkit_dates import patterns as pt
from hypothesis import given, settings
from hypothesis import strategies as st


def test_case_folds_are_what_ignorecase_matches() -> None:
    """Every character that IGNORECASE matches to an ASCII letter is in the letter's class, and nothing else is."""
    related = [chr(x) for x in range(sys.maxunicode + 1)
               if any(c.isascii() and c.isalpha() for c in chr(x).lower() + chr(x).upper() + chr(x).casefold())]
    for letter, folds in pt._CASE_FOLDS.items():
        assert {ch for ch in related if re.fullmatch(letter, ch, re.IGNORECASE)} == set(folds)


_SAMPLES = [
    "Tuesday, Nov. 3, 2020", "TUESDAY", "tuesday morning", "the past three YEARS", "Last Week", "MAY 5",
    "mid-April", "the third quarter of 2021", "two weeks ago", "a Year Later", "10:30 a.m. EST", "Noon Friday",
    "every Tuesday", "the near future", "Christmas Eve", "the \u212aelvin week", "\u017fpring 2020",
    "\u0130n the 1990s", "the F\u0131rst week of May", "nineteen ninety-seven", "the early hours", "FY 2020",
]


@pytest.mark.parametrize("family", list(pt.FAMILIES))
def test_a_family_matches_as_ignorecase_does(family: str) -> None:
    """At every position of every sample, the same match (or none) as the plain IGNORECASE compile."""
    plain = re.compile(pt.FAMILIES[family], re.IGNORECASE | re.VERBOSE)
    fast = pt.FAMILY_PATTERNS[family]
    for text in _SAMPLES:
        for i in range(len(text)):
            a, b = plain.match(text, i), fast.match(text, i)
            assert (a and a.span()) == (b and b.span()), (family, text, i)


_WORDS = st.sampled_from(["the", "The", "THE", "past", "Tuesday", "MONDAY", "week", "Weeks", "ago", "later", "May",
                          "2020", "two", "TWO", "\u212aelvin", "\u017fummer", "\u0130", "\u0131", "quarter", "Q3",
                          "first", "noon", "a.m.", "10:30", "early", "MID", "-", ",", "year's", "Day", "of"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=12).map(" ".join))
def test_families_agree_on_word_salad(text: str) -> None:
    """Any mix of time words in any case: every family finds the same match at every position."""
    for family, source in pt.FAMILIES.items():
        plain = re.compile(source, re.IGNORECASE | re.VERBOSE)
        fast = pt.FAMILY_PATTERNS[family]
        for i in range(len(text)):
            a, b = plain.match(text, i), fast.match(text, i)
            assert (a and a.span()) == (b and b.span()), (family, text, i)
