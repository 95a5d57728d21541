"""Seasons counted from the story's time, centuries written as hundreds, and "May" before a capitalised word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# publication date: Wednesday 2024-03-13 (see conftest.py)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The bridge opened in July 2020. That summer, traffic doubled.", "That summer", "2020-SU"),
        ("The pact was signed on May 1, 1995. The following spring, the border opened.", "The following spring",
         "1996-SP"),
        ("The port grew in 2015. The next summer it handled twice the cargo.", "The next summer", "2016-SU"),
        ("The mill burned in August 2019. The following summer it reopened.", "The following summer", "2020-SU"),
        ("The mill burned in August 2019. The following autumn it reopened.", "The following autumn", "2019-FA"),
        ("The mill burned in August 2019. The previous spring had been dry.", "The previous spring", "2019-SP"),
    ],
)
def test_a_season_of_the_story(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"That summer" is the story's summer; "the following spring" the first spring after the story's time."""
    found = reading(text, surface)
    assert (found.value, found.anchor) == (value, "narrative")


def test_a_following_season_without_a_story_time_counts_from_publication(typed: Callable[..., Any]) -> None:
    """With no date told before it, "the following spring" is the next one after publication."""
    assert typed("The following spring, the border opened.", "The following spring") == ("DATE", "2025-SP")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The town grew quickly in the 1800s.", "the 1800s", "18"),
        ("The chapel was rebuilt in the early 1900s.", "the early 1900s", "19"),
        ("The fleet was built in the early 2000s.", "the early 2000s", "200"),
        ("Rents climbed through the 1990s.", "the 1990s", "199"),
    ],
)
def test_hundreds_are_centuries(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"the 1800s" is the century (18); "the 2000s" stays the decade, as news mostly means it."""
    assert typed(text, surface) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "The Board May Approve New Fees",
        "You may see delays, May Allen said.",
        "The vote, May Ortiz said, was close.",
    ],
)
def test_may_before_a_capitalised_word_is_no_month(text: str, times: Callable[..., Any]) -> None:
    """A capitalised "May" before a capitalised word, with no preposition before it, is a name or a modal."""
    assert [m.text for m in times(text) if "May" in m.text] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In May Allen resigned from the board.", "May"),
        ("The vote was held in May, Lind said.", "May"),
        ("Since May Ortiz has run the mill.", "May"),
    ],
)
def test_may_after_a_preposition_stays_the_month(text: str, surface: str, times: Callable[..., Any]) -> None:
    """After "in" or "since", "May" is the month whatever follows."""
    assert surface in [m.text for m in times(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The site will reopen in the autumn of next year.", "the autumn of next year", "2025-FA"),
        ("The site closed in the spring of last year.", "the spring of last year", "2023-SP"),
    ],
)
def test_a_season_of_a_relative_year(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"the autumn of next year" is one expression, as "the autumn of 2025" is."""
    assert typed(text, surface) == ("DATE", value)
