"""Rule families: each row is a sentence of our own, the expression expected and its TIMEX3 reading.

Publication date for every row: Wednesday 2024-03-13 unless the row says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "surface", "type_", "value"),
    [
        # explicit dates
        ("The fair opened on June 14, 2023, in the valley.", "June 14, 2023", "DATE", "2023-06-14"),
        ("The fair opened Jun. 14, 2023.", "Jun. 14, 2023", "DATE", "2023-06-14"),
        ("The fair opened on 14 June 2023.", "14 June 2023", "DATE", "2023-06-14"),
        ("The form was dated 6/14/2023 by the clerk.", "6/14/2023", "DATE", "2023-06-14"),
        ("The form was dated 31/12/2001 by the clerk.", "31/12/2001", "DATE", "2001-12-31"),
        ("The parade was held on Thanksgiving Day in the town.", "Thanksgiving Day", "DATE", "2023-11-23"),
        ("The hall opened at year-end, the clerk said.", "year-end", "DATE", "2023-12-31"),
        ("The bridge was built in 2004 by a small firm.", "2004", "DATE", "2004"),
        # "the week of" a day is that day's ISO week
        ("The hearing is set for the week of March 18.", "the week of March 18", "DATE", "2024-W12"),
        ("The hearing was held the week of 6 March 2022.", "the week of 6 March 2022", "DATE", "2022-W09"),
        # a month with its year spelled out, as in broadcast transcripts
        ("The mill closed in January nineteen ninety-seven, he recalled.", "January nineteen ninety-seven", "DATE",
         "1997-01"),
        ("The mill closed in June of nineteen eighty-two.", "June of nineteen eighty-two", "DATE", "1982-06"),
        ("The mill closed in March two thousand three.", "March two thousand three", "DATE", "2003-03"),
        ("Records from 2019-11-08 were kept.", "2019-11-08", "DATE", "2019-11-08"),
        ("Music changed in the 1990s for good.", "the 1990s", "DATE", "199"),
        ("Stone walls date from the 11th century here.", "the 11th century", "DATE", "10"),
        ("The roof was fixed in spring 2023 after rain.", "spring 2023", "DATE", "2023-SP"),
        ("Sales fell in the third quarter of 2022.", "the third quarter of 2022", "DATE", "2022-Q3"),
        ("Sales fell in Q3 2022 across the region.", "Q3 2022", "DATE", "2022-Q3"),
        ("Output grew in the first half of 2021.", "the first half of 2021", "DATE", "2021-H1"),
        ("He moved there in nineteen ninety-one with his aunt.", "nineteen ninety-one", "DATE", "1991"),
        # relative to the publication date
        ("The council met yesterday to vote.", "yesterday", "DATE", "2024-03-12"),
        ("The council meets tomorrow to vote.", "tomorrow", "DATE", "2024-03-14"),
        ("The council met today to vote.", "today", "DATE", "2024-03-13"),
        ("The council voted last week on the plan.", "last week", "DATE", "2024-W10"),
        ("The council votes next month on the plan.", "next month", "DATE", "2024-04"),
        ("Prices rose sharply this year, the clerk said.", "this year", "DATE", "2024"),
        ("Prices rose two weeks ago, the clerk said.", "two weeks ago", "DATE", "2024-02-28"),
        ("The mill closed two years ago, the clerk said.", "two years ago", "DATE", "2022"),
        # times
        ("The train left at 10:30 a.m. sharp.", "10:30 a.m.", "TIME", "2024-03-13T10:30"),
        ("The bells ring at midnight in the square.", "midnight", "TIME", "2024-03-13T24:00"),
        ("The mayor spoke this morning at the hall.", "this morning", "TIME", "2024-03-13TMO"),
        ("The mayor spoke last night at the hall.", "last night", "TIME", "2024-03-12TNI"),
        # durations
        ("The trial lasted two weeks in all.", "two weeks", "DURATION", "P2W"),
        ("The loan runs for 18 months at most.", "18 months", "DURATION", "P18M"),
        ("Talks went on for several years in the end.", "several years", "DURATION", "PXY"),
        ("The talks took 2 1/2 years to finish.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The hike took a day and a half in fog.", "a day and a half", "DURATION", "P1DT12H"),
        ("They signed a two-year lease for the shop.", "two-year", "DURATION", "P2Y"),
        ("The storm lasted 5 1/2 hours over the coast.", "5 1/2 hours", "DURATION", "PT5H30M"),
        # a count written with a thousands comma is no year
        ("The two towns share 2,000 years of history.", "2,000 years", "DURATION", "P2000Y"),
        # a quarter of a unit, in the smaller unit it makes round
        ("The lighthouse keeper served for a quarter-century.", "a quarter-century", "DURATION", "P25Y"),
        ("The ferry waited a quarter of an hour at the pier.", "a quarter of an hour", "DURATION", "PT15M"),
        ("The mill ran for more than a quarter of a century.", "more than a quarter of a century", "DURATION",
         "P25Y"),
        # sets
        ("The ferry sails every week from the pier.", "every week", "SET", "P1W"),
        ("The paper is printed daily in the town.", "daily", "SET", "P1D"),
        ("Fees are reviewed annually by the board.", "annually", "SET", "P1Y"),
        ("The choir sings each Thursday at the hall.", "each Thursday", "SET", "XXXX-WXX-4"),
        # vague references
        ("The fund is now closed to new members.", "now", "DATE", "PRESENT_REF"),
        ("The fund was recently closed to members.", "recently", "DATE", "PAST_REF"),
        ("The fund may reopen in the future, she said.", "the future", "DATE", "FUTURE_REF"),
        ("The fund is currently closed to members.", "currently", "DATE", "PRESENT_REF"),
    ],
)
def test_rule_family_reading(text: str, surface: str, type_: str, value: str, only: Callable[..., Any]) -> None:
    """Each rule family finds its expression with the TimeML extent, type and value."""
    mention = only(text)
    assert (mention.text, mention.type, mention.value) == (surface, type_, value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "mod"),
    [
        ("Repairs start in mid-April, the city said.", "mid-April", "2024-04", "MID"),
        ("Repairs ended in late February, the city said.", "late February", "2024-02", "END"),
        ("Repairs ended in early 2023, the city said.", "early 2023", "2023", "START"),
        ("Repairs will end by the end of the year, the city said.", "the end of the year", "2024", "END"),
        ("Repairs began earlier this month, the city said.", "earlier this month", "2024-03", "START"),
        ("The town grew fast in the late 1970s.", "the late 1970s", "197", "END"),
        ("The trial lasted more than two weeks in all.", "more than two weeks", "P2W", "MORE_THAN"),
        ("The trial lasted about two weeks in all.", "two weeks", "P2W", "APPROX"),
    ],
)
def test_mods(text: str, surface: str, value: str, mod: str, only: Callable[..., Any]) -> None:
    """Position and quantity modifiers become TIMEX3 mods; "about" stays outside the extent."""
    mention = only(text)
    assert (mention.text, mention.value, mention.mod) == (surface, value, mod)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The vote was on Friday in the hall.", "Friday"),
        ("The vote is in June at the hall.", "June"),
        ("The vote was held during the summer of 2020.", "the summer of 2020"),
        ("Nothing changed since 2019 in the village.", "2019"),
    ],
)
def test_extent_leaves_out_leading_preposition(text: str, surface: str, only: Callable[..., Any]) -> None:
    """TimeML extents never include "on", "in", "during" or "since"."""
    assert only(text).text == surface


@pytest.mark.parametrize(
    "text",
    [
        "She may visit the museum with her sister.",
        "Prices could fall further, the trader warned.",
        "The fund pays $5 a year to each member.",
        "Thousands joined the March for Peace downtown.",
        "Crowds march through the square every spring.",
        "He paid $1,990 for the old boat.",
        "The band played the second song twice.",
        "Jan Novak painted the fence green.",
    ],
)
def test_ordinary_words_are_not_dates(text: str, times: Callable[..., Any]) -> None:
    """Month-like words in lower case, money and ordinals are no temporal expressions."""
    assert [m.text for m in times(text) if m.type == "DATE" and m.value and m.value[:1].isdigit()] == []


def test_spelled_number_after_a_month_is_no_year(times: Callable[..., Any]) -> None:
    """"In June, nineteen people" keeps the month alone: a spelled count is no year."""
    assert [m.text for m in times("In June, nineteen people left the village.")] == ["June"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ship sank on February 30 off the cape.", None),
        ("The ship sank on February 29, 2023 off the cape.", None),
        ("The ship sank on February 29, 2024 off the cape.", "2024-02-29"),
    ],
)
def test_never_an_impossible_date(text: str, value: str | None, times: Callable[..., Any]) -> None:
    """A day that does not exist in its month yields no calendar date."""
    dated = [m.value for m in times(text) if m.value and len(m.value) == 10]
    assert dated == ([value] if value else [])


def test_unknown_year_without_publication_date(only: Callable[..., Any]) -> None:
    """Without a publication date a day and month keep an unknown year."""
    assert only("The ship sank on June 14 off the cape.", published=None).value == "XXXX-06-14"


def test_offsets_slice_the_text(times: Callable[..., Any]) -> None:
    """Every mention's offsets slice the document text to the mention's text."""
    text = "On Friday, Jun. 14, the board said two weeks later that sales fell in the third quarter."
    for mention in times(text):
        assert text[mention.start:mention.end] == mention.text
