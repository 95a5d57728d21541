"""When a source spoke: weekday, calendar and narrative dates for said_on."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit.types import TimeMention
from claimkit.when import StoryClock, parse_moment

PUBLISHED = dt.date(2030, 5, 8)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("on Monday", "2030-05-06", None),
        ("on Wednesday", "2030-05-08", None),
        ("on Thursday", "2030-05-02", None),
        ("On April 29", "2030-04-29", None),
        ("By mid-April", "2030-04", "MID"),
        ("late March", "2030-03", "END"),
        ("yesterday", "2030-05-07", None),
    ],
)
def test_parse_moment(text: str, value: str, mod: str | None) -> None:
    """Speech is in the past: a weekday is the latest such day on or before publication."""
    moment = parse_moment(text, PUBLISHED, None)
    assert moment is not None
    assert (moment.value, moment.mod) == (value, mod)


def test_relative_offset_counts_from_the_story_anchor() -> None:
    """"Two days later" counts from the last day the story named."""
    moment = parse_moment("Two days later", PUBLISHED, dt.date(2030, 4, 20))
    assert moment is not None and moment.value == "2030-04-22"


def test_clock_keeps_extractor_value_when_consistent() -> None:
    """An extractor's day for a weekday is kept when it lies in the week before publication."""
    mention = TimeMention(start=0, end=6, text="Monday", type="DATE", value="2030-05-06")
    moment = StoryClock(PUBLISHED).resolve("Monday", mention, speech=True)
    assert moment is not None and moment.value == "2030-05-06"


def test_clock_corrects_a_weekday_outside_the_week() -> None:
    """A speech weekday a week too early is read again against publication."""
    mention = TimeMention(start=0, end=9, text="Wednesday", type="DATE", value="2030-05-01")
    moment = StoryClock(PUBLISHED).resolve("Wednesday", mention, speech=True)
    assert moment is not None and moment.value == "2030-05-08"


def test_clock_default_is_reference_then_publication() -> None:
    """Without a time of its own a claim takes the story's reference time, else the publication date."""
    clock = StoryClock(PUBLISHED)
    first = clock.default()
    assert first is not None and first.value == "2030-05-08"
    clock.saw(parse_moment("On April 29", PUBLISHED, None), speech=True)
    second = clock.default()
    assert second is not None and second.value == "2030-04-29"
