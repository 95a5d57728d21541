"""A time adjunct after a count is not what it counts ("up from 5,000 last year"), and the month "May" puts no count
in a hypothetical frame ("since May")."""

from __future__ import annotations

import pytest
from claimkit_counts import extract_counts


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("Some 8,000 troops were deployed, up from 5,000 last year.", "5,000", "troop"),
    ("The ferry carried 900 passengers, against 700 the previous week.", "700", None),
    ("About 300 nurses joined the strike, and 450 next month, the union said.", "450", "nurse"),
])
def test_a_time_adjunct_is_no_unit(text: str, number: str, unit: str | None) -> None:
    found = {m.text: m for m in extract_counts(text)}
    assert found[number].unit == unit


@pytest.mark.parametrize("text", [
    "The clinic has treated 500 past patients of the old hospital.",
    "The firm hired 40 coming graduates.",
])
def test_a_deictic_word_before_a_plain_noun_keeps_the_noun(text: str) -> None:
    assert extract_counts(text)[0].unit in ("patient", "graduate")


@pytest.mark.parametrize(("text", "hypothetical"), [
    ("Tens of thousands of refugees have crossed the border since May.", False),
    ("Since May, 3,000 refugees have crossed the border.", False),
    ("Up to 3,000 troops arrived in May and may stay.", True),
    ("The army may send 3,000 troops.", True),
    ("May 3,000 troops be sent?", True),
])
def test_the_month_may_is_no_modal(text: str, hypothetical: bool) -> None:
    assert extract_counts(text)[0].hypothetical is hypothetical
