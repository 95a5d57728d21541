"""Comparisons that look like shifts, decades with a curly apostrophe, clocks with a spaced "am": our own sentences.

"a week earlier than usual" compares two dates and names neither: the amount is a duration, not a date a week
before the anchor. A decade keeps its article and its apostrophe, straight or curly ("the ’90s").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimkit import TimeMention


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Farmers expect the harvest to begin about a week earlier than usual.", "a week", "P1W"),
    ("The plant opened two months later than planned.", "two months", "P2M"),
    ("The vote came a day earlier than expected.", "a day", "P1D"),
])
def test_comparative_shift_is_a_duration(reading: Callable[..., TimeMention], text: str, surface: str,
                                         value: str) -> None:
    mention = reading(text, surface)
    assert (mention.type, mention.value) == ("DURATION", value)


def test_plain_shift_is_still_a_date(reading: Callable[..., TimeMention]) -> None:
    mention = reading("The plant opened two months later.", "two months later")
    assert (mention.type, mention.value) == ("DATE", "2024-05")


@pytest.mark.parametrize(("text", "surface", "value", "mod"), [
    ("Prices were lower in the ’90s.", "the ’90s", "199", None),
    ("In the early ’80s the mill closed.", "the early ’80s", "198", "START"),
    ("In the ‘70s the mill opened.", "the ‘70s", "197", None),
    ("Prices were lower in the '90s.", "the '90s", "199", None),
])
def test_decade_with_its_apostrophe_keeps_the(reading: Callable[..., TimeMention], text: str, surface: str,
                                              value: str, mod: str | None) -> None:
    mention = reading(text, surface)
    assert (mention.value, mention.mod) == (value, mod)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The meeting starts at 10.30 am on Friday.", "10.30 am on Friday", "2024-03-15T10:30"),
    ("The meeting starts at 10 am on Friday.", "10 am on Friday", "2024-03-15T10:00"),
    ("The ferry leaves at 9 pm.", "9 pm", "2024-03-13T21:00"),
])
def test_clock_with_a_spaced_am_or_pm(reading: Callable[..., TimeMention], text: str, surface: str,
                                      value: str) -> None:
    assert reading(text, surface).value == value


def test_the_verb_am_is_no_clock(times: Callable[..., list[TimeMention]]) -> None:
    assert times("I am sure the PM will come.") == []
