"""The prefilters read from the grammar are necessary conditions: they never turn a match away."""

from __future__ import annotations

import attrs
import pytest
from claimkit_dates import extract as ex
from claimkit_dates import find_times
from claimkit_dates.patterns import FAMILY_PATTERNS, REQUIREMENTS

from claimkit import Document

_EXAMPLES = [
    ("iso", "2021-07-04"), ("slash", "7/4/2021"), ("clock", "about 10:30 a.m."), ("clock", "midnight"),
    ("mdy", "Tuesday, Nov. 3, 2020"), ("mdy", "May 5"), ("dmy", "the 4th of July"), ("holiday", "Labor Day"),
    ("month", "last March"), ("season", "the summer of 1999"), ("yearago", "the year-ago quarter"),
    ("quarter", "the third quarter"), ("quarter", "Q3 2021"), ("half", "the second half of 2020"),
    ("decade", "the 1990s"), ("century", "the 19th century"), ("year", "fiscal 2021"),
    ("shift", "two weeks ago"), ("shift", "a year later"), ("yearend", "year-end"),
    ("spelled", "nineteen ninety-seven"), ("decadeword", "the sixties"), ("dayword", "yesterday morning"),
    ("weekday", "last Friday"), ("relunit", "the past year"), ("duration", "more than three months"),
    ("adjective", "two-year"), ("set", "every Tuesday"), ("vague", "the near future"),
    ("monthweek", "the first week of May"), ("ordday", "the 21st"),
]


@pytest.mark.parametrize(("family", "expression"), _EXAMPLES)
def test_a_match_contains_a_string_its_family_requires(family: str, expression: str) -> None:
    """Each example is a whole match of its family and holds one of the family's required strings."""
    assert FAMILY_PATTERNS[family].fullmatch(expression)
    need, reach = REQUIREMENTS[family]
    assert any(word in expression.lower() for word in need)
    assert len(expression) <= reach


def test_every_family_with_a_requirement_has_an_example() -> None:
    """The table above covers each family that has a prefilter."""
    assert set(REQUIREMENTS) <= {family for family, _ in _EXAMPLES}


@pytest.mark.parametrize("letter", ["\u212a", "\u017f", "\u0130", "\u0131"])
def test_a_letter_that_folds_to_ascii_turns_prefilters_off(letter: str) -> None:
    """IGNORECASE matches these letters to ASCII ones, which the ASCII prefilters cannot see."""
    assert ex.Scan.of(f"a {letter} b").folds


def test_a_dotless_i_still_reads_as_an_i() -> None:
    """'earl\u0131er' (dotless i) matches the grammar's 'earlier' as before: the shift is not cut to 'two days'."""
    mentions = find_times(Document(id="d", text="It closed two days earl\u0131er.", published="2024-03-13"))
    assert [(m.text, m.value) for m in mentions] == [("two days earl\u0131er", "2024-03-11")]


def test_prefilters_change_no_match() -> None:
    """The same matches with and without prefilters on a text that has every family."""
    text = ". ".join(expression for _, expression in _EXAMPLES) + "."
    scan = ex.Scan.of(text)
    assert list(ex._matches(scan)) == list(ex._matches(attrs.evolve(scan, folds=True)))
