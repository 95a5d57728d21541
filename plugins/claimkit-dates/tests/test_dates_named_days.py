"""Extents that name one day or year in several words: "the year 2000", "the second Tuesday in April"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# publication date: Wednesday 2024-03-13 (see conftest.py)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The crop failed in the year 2000.", "the year 2000", "2000"),
        ("By the year 2030, the town will have doubled.", "the year 2030", "2030"),
        ("The year 1998 was dry in the valley.", "The year 1998", "1998"),
    ],
)
def test_the_year_and_its_number_are_one(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"the year 2000" is one expression, not "the year" (this year) and "2000"."""
    assert typed(text, surface) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The session starts on the second Tuesday in April.", "the second Tuesday in April", "2024-04-09"),
        ("Labor Day falls on the first Monday in September.", "the first Monday in September", "2024-09-02"),
        ("The board met on the last Friday in January.", "the last Friday in January", "2024-01-26"),
        ("The second week in April was wet.", "The second week in April", "2024-W15"),
    ],
)
def test_an_nth_weekday_in_a_month(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"in" joins a weekday or week to its month as "of" does."""
    assert typed(text, surface) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "anchor"),
    [
        ("The firm will report results on the last day of the month.", "the last day of the month", "2024-03-31",
         "published"),
        ("The deal was struck on the last day of February.", "the last day of February", "2024-02-29",
         "published"),
        ("The strike began on Jan. 5, 2022, and ended on the last day of the month.", "the last day of the month",
         "2022-01-31", "narrative"),
    ],
)
def test_the_last_day_of_a_month(text: str, surface: str, value: str, anchor: str,
                                 reading: Callable[..., Any]) -> None:
    """"the last day of the month" is that month's last day (the story's month), not the day before publication."""
    found = reading(text, surface)
    assert (found.value, found.anchor) == (value, anchor)


def test_the_last_day_alone_keeps_its_reading(typed: Callable[..., Any]) -> None:
    """Without "of" and a month or year after it, "the last day" keeps its reading."""
    assert typed("In the last day, 40 cases were reported.", "the last day") == ("DATE", "2024-03-12")
