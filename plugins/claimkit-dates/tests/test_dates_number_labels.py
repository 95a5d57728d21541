"""Four-digit numbers that are no years: labels, counts and street numbers (sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The meeting was held in room 1998.", "1998"),
        ("Flight 1030 landed safely in the rain.", "1030"),
        ("Route 2026 will be widened next year.", "2026"),
        ("Lot 1984 was sold at the auction.", "1984"),
        ("Postcode 2017 covers the old town.", "2017"),
        ("The court heard case 2019/44 on appeal.", "2019"),
        ("Section 1001 of the code covers false statements.", "1001"),
        ("The senate passed House Bill 1523 on a close vote.", "1523"),
        ("The number 2040 bus runs along the river.", "2040"),
    ],
)
def test_a_number_after_a_label_noun_is_no_year(text: str, digits: str, times: Callable[..., Any]) -> None:
    """"room 1998", "Flight 1030": a noun that labels things with numbers makes the number a label."""
    assert [m.text for m in times(text) if digits in m.text] == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("A crowd of 1999 people attended the rally.", "1999"),
        ("She scored 2010 points in her career.", "2010"),
        ("The hotel has 1850 rooms and a pool.", "1850"),
        ("The plant can make 2025 tonnes of steel.", "2025"),
        ("The army sent 2000 troops to the valley.", "2000"),
    ],
)
def test_a_number_before_a_counted_noun_is_a_count(text: str, digits: str, times: Callable[..., Any]) -> None:
    """"1999 people" with no determiner or preposition of time before it counts people."""
    assert [m.text for m in times(text) if digits in m.text] == []


def test_a_street_number_is_no_year(times: Callable[..., Any]) -> None:
    """"1600 Elm Avenue" is an address."""
    assert times("The mayor lives at 1600 Elm Avenue in the old town.") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In 2008 troops were sent to the border.", "2008"),
        ("The 2020 votes were counted twice.", "2020"),
        ("The firm's 2019 results were weak.", "2019"),
        ("About a third of 2016 graduates stayed in the valley.", "2016"),
        ("The hall, built in 1921, seats 400 people.", "1921"),
        ("The record of 1988 still stands.", "1988"),
    ],
)
def test_years_before_nouns_stay_years(text: str, surface: str, typed: Callable[..., Any]) -> None:
    """A determiner, a possessive or a preposition before the number keeps it a year that modifies the noun; a
    noun of a cohort ("voters") takes a year after "of"."""
    assert typed(text, surface) == ("DATE", surface)
