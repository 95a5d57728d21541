"""A present tense of habit is no schedule, and a line's first word is read whole. Sentences written for these
tests; publication Wednesday 2024-03-13."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a habit: the clock time is the day of publication, not the story's last day ahead
        ("The pool will stay open longer from March 20. It has lost staff since 2020. The pool usually closes at "
         "6 p.m.", "2024-03-13T18:00"),
        # the same after a line break: "Currently" is read whole
        ("The pool will stay open longer from March 20. It has lost staff since 2020.\nCurrently, the pool closes "
         "at 6 p.m.", "2024-03-13T18:00"),
        # a schedule without the adverb still looks ahead to the story's day
        ("The pool will reopen on March 20. It has been shut since 2020.\nThe pool closes at 6 p.m.",
         "2024-03-20T18:00"),
    ],
)
def test_a_habit_is_no_schedule(text: str, value: str, reading: Callable[..., Any]) -> None:
    assert reading(text, "6 p.m.").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an opening "by" with no verb ahead says nothing of which way the day lies: the nearest Monday
        ("The storm passed on Sunday.\nBy Monday morning, the familiar clean-up along the quay.", "2024-03-11"),
        # with a future verb after it, the day is ahead
        ("The storm passed on Sunday.\nBy Monday morning, crews will have cleared the quay.", "2024-03-18"),
    ],
)
def test_an_opening_by(text: str, value: str, reading: Callable[..., Any]) -> None:
    assert reading(text, "Monday morning").value.startswith(value)
