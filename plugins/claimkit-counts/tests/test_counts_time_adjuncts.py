"""A time adjunct after a count is not what it counts ("up from 5,000 last year"), and the month "May" puts no count
in a hypothetical frame ("since May"), while the verb "may" does in any case ("Firm May Hire 300 Workers")."""

from __future__ import annotations

import pytest
from claimkit_counts import extract_counts


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("Some 8,000 troops were deployed, up from 5,000 last year.", "5,000", "troop"),
    ("The ferry carried 900 passengers, against 700 the previous week.", "700", "passenger"),
    ("About 300 nurses joined the strike on Monday, and 450 yesterday, the union said.", "450", "nurse"),
    ("The clinic saw 80 patients in March, up from 60 this month a year ago.", "60", "patient"),
])
def test_a_time_adjunct_is_no_unit(text: str, number: str, unit: str | None) -> None:
    found = {m.text: m for m in extract_counts(text)}
    assert found[number].unit == unit


@pytest.mark.parametrize(("text", "unit"), [
    # a plural time unit is counted ("the three following years"), a singular one after "last"/"next" is not
    ("Prices doubled over the three following years.", "year"),
    ("The plant closed twice in the two previous decades.", "decade"),
    ("Talks will run for the 3 coming weeks.", "week"),
    # a deictic word before a noun that names no time keeps the noun
    ("The clinic has treated 500 past patients of the old hospital.", "patient"),
    ("The firm hired 40 coming graduates.", "graduate"),
])
def test_a_counted_time_or_noun_keeps_its_unit(text: str, unit: str) -> None:
    assert extract_counts(text)[0].unit == unit


@pytest.mark.parametrize(("text", "hypothetical"), [
    ("Tens of thousands of refugees have crossed the border since May.", False),
    ("Since May, 3,000 refugees have crossed the border.", False),
    ("About 3,000 refugees crossed the border in early May.", False),
    ("About 3,000 refugees crossed the border on May 3.", False),
    ("Up to 3,000 troops arrived in May and may stay.", True),
    ("The army may send 3,000 troops.", True),
    ("May 3,000 troops be sent?", True),
    # a headline in title case, a quoted question
    ("Firm May Hire 300 Workers", True),
    ("He asked: “May 300 workers stay?”", True),
])
def test_the_month_may_is_no_modal(text: str, hypothetical: bool) -> None:
    assert extract_counts(text)[0].hypothetical is hypothetical
