"""The weekday of the publication day is that day without a look at the clause's tense."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit_dates.normalize import Resolver, Tense

_PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _unasked() -> str | None:
    raise AssertionError("the tense was worked out")


@pytest.mark.parametrize("told", ["past", "future", None])
def test_publication_weekday_any_tense(told: str | None) -> None:
    """Wednesday in a Wednesday paper is that day in a past, future or tenseless clause alike."""
    assert Resolver(_PUBLISHED)._weekday_day(3, Tense(value=told)) == _PUBLISHED


def test_publication_weekday_tense_not_worked_out() -> None:
    """The tense is not computed for it, and a later tenseless mention of the day reads the same day."""
    resolver = Resolver(_PUBLISHED)
    assert resolver._weekday_day(3, Tense(_unasked)) == _PUBLISHED
    assert resolver._weekday_day(3, Tense(value=None)) == _PUBLISHED


def test_other_weekday_asks_the_tense() -> None:
    """Friday in a Wednesday paper: ahead in a future clause, behind in a past one."""
    assert Resolver(_PUBLISHED)._weekday_day(5, Tense(value="future")) == dt.date(2031, 5, 16)
    assert Resolver(_PUBLISHED)._weekday_day(5, Tense(value="past")) == dt.date(2031, 5, 9)
