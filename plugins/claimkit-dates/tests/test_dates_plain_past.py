"""A past verb right before a month or day that would lie just ahead of publication sets it a year back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# publication date: Wednesday 2024-03-13 (see conftest.py)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The vote was held in April, the clerk said.", "April", "2023-04"),
        ("The mayor resigned in April after the audit.", "April", "2023-04"),
        ("The mayor announced her bid in May.", "May", "2023-05"),
        ("The election was held on May 3.", "May 3", "2023-05-03"),
        ("The firm sold the mill in April.", "April", "2023-04"),
        ("The repairs, which started in May, took a year.", "May", "2023-05"),
    ],
)
def test_a_plain_past_verb_before_the_date(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"was held in April", read in March, is last April: a past verb governs the date."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a verb of saying, an infinitive or a plan between the past verb and the date: the date may lie ahead
        ("The mayor said the fair in May would be big.", "May", "2024-05"),
        ("Workers vowed to picket the fair in May.", "May", "2024-05"),
        ("The work had been scheduled to begin in April.", "April", "2024-04"),
        # a past form before a noun is an adjective
        ("The firm will redeem the preferred shares on April 30.", "April 30", "2024-04-30"),
    ],
)
def test_no_plain_past_keeps_the_margin(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """Near publication, only a plain past verb before the date turns it back; the rest keep this year's."""
    assert reading(text, surface).value == value
