"""Forms read by the generalisation pass: plural scheduled presents, New Year's, dotted clock times, "the early
hours of", "the morning of <an event>". Every sentence is our own; publication date Wednesday 2024-03-13 unless the
row says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a plural subject before a base form of a scheduled event: the next such day
        ("Voters go to the polls on Sunday.", "Sunday", "2024-03-17"),
        ("The two leaders meet Monday in the capital.", "Monday", "2024-03-18"),
        ("The talks resume Thursday after a pause.", "Thursday", "2024-03-14"),
        ("Negotiators return to the table on Friday.", "Friday", "2024-03-15"),
        ("On Sunday, fans head to the stadium for the final.", "Sunday", "2024-03-17"),
        ("They meet again on Friday.", "Friday", "2024-03-15"),
        ("Ortiz and the envoy Ana Lind meet separately Monday.", "Monday", "2024-03-18"),
        ("Officials said the two sides meet in June.", "June", "2024-06"),
        # a base form that is no verb of a plural subject leaves the day in the past
        ("The leaders met on Monday in the capital.", "Monday", "2024-03-11"),
        ("Shares rose at the close on Friday.", "Friday", "2024-03-08"),
        ("The crisis ended on Friday.", "Friday", "2024-03-08"),
        ("The talks on Monday went well.", "Monday", "2024-03-11"),
        ("The clubs held a vote on Tuesday.", "Tuesday", "2024-03-12"),
        ("The players go home on Friday.", "Friday", "2024-03-08"),
    ],
)
def test_plural_present_of_a_scheduled_event(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"The leaders meet Monday" looks ahead as "the council meets Monday" does."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The city will hold fireworks on New Year's Eve.", "New Year's Eve", "2024-12-31"),
        ("Crowds gathered on New Year's Eve in the square.", "New Year's Eve", "2023-12-31"),
        ("Crowds gathered on New Year\u2019s Eve in the square.", "New Year\u2019s Eve", "2023-12-31"),
        ("The ferry was idle on New Year's Day.", "New Year's Day", "2024-01-01"),
        ("The shops close early on new year's eve.", "new year's eve", "2024-12-31"),
        ("He spent last New Year's Eve at home.", "last New Year's Eve", "2023-12-31"),
        ("Florists were busy on Valentine\u2019s Day.", "Valentine\u2019s Day", "2024-02-14"),
        ("Sales will rise by year\u2019s end.", "year\u2019s end", "2024"),
    ],
)
def test_new_years_and_curly_possessive_holidays(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """New Year's Eve and Day are holidays, with a straight or a curly apostrophe."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    "text",
    ["The new year's budget was approved.", "The new year began quietly for the farm."],
)
def test_the_new_year_is_no_holiday(text: str, times: Callable[..., Any]) -> None:
    """"The new year's budget" names no holiday."""
    assert [m.text for m in times(text) if m.value and m.value.endswith("-01-01")] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The ferry left at 10.30am with forty cars.", "10.30am", "2024-03-13T10:30"),
        ("The ferry docked at 2.15pm.", "2.15pm", "2024-03-13T14:15"),
        ("The market opens at 8.45 a.m. each day.", "8.45 a.m.", "2024-03-13T08:45"),
        ("The vote closed at 9.05pm on Friday.", "9.05pm on Friday", "2024-03-08T21:05"),
    ],
)
def test_clock_times_written_with_a_period(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """British news writes the minutes after a period: "10.30am" is half past ten."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize("text", ["The fund paid 2.50 a share.", "The pass costs $1.50 a month."])
def test_a_decimal_before_a_rate_is_no_clock_time(text: str, times: Callable[..., Any]) -> None:
    """Prices with a period are no clock times."""
    assert [m.type for m in times(text) if m.type == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire broke out in the early hours of Sunday.", [("Sunday", "2024-03-10")]),
        ("The fire broke out in the early hours of Sunday morning.", [("Sunday morning", "2024-03-10TMO")]),
        ("Rescuers worked into the small hours.", []),
        ("The crew searched in the wee hours of Monday.", [("Monday", "2024-03-11")]),
        ("The talks ran for hours.", [("hours", "PTXH")]),
    ],
)
def test_the_early_hours_are_no_amount_of_time(
    text: str, expected: list[tuple[str, str]], times: Callable[..., Any],
) -> None:
    """"The early hours of Sunday" is the night of Sunday; the day is tagged alone, as TimeBank does."""
    assert [(m.text, m.value) for m in times(text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # no date told yet: the day of an undated event
        ("Police sealed the road on the morning of the attack.", "the morning", "XXXX-XX-XXTMO"),
        ("On the evening of the election, the mayor spoke.", "the evening", "XXXX-XX-XXTEV"),
        # a date told before: the story's day
        ("The bridge closed on March 3. A van was seen on the morning of the attack.", "the morning",
         "2024-03-03TMO"),
        # a day named by the words after it is no event
        ("The ferry sank on the morning of the same day.", "the morning", "2024-03-13TMO"),
    ],
)
def test_the_morning_of_an_event(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"The morning of the attack" is the event's day: the story's date when it gave one, else unknown."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("\u201cI\u2019ll back him in October,\u201d she said.", "October", "2024-10"),
        ("\u201cWe\u2019ll know more on Friday,\u201d the coach said.", "Friday", "2024-03-15"),
        ("The mayor won\u2019t sign the bill on Monday.", "Monday", "2024-03-18"),
        ("The mayor won the vote on Monday.", "Monday", "2024-03-11"),
        ("The board didn\u2019t meet on Monday.", "Monday", "2024-03-11"),
        ("The board didn't meet in June as planned.", "June", "2023-06"),
        ("The board can\u2019t meet on Friday.", "Friday", "2024-03-08"),
    ],
)
def test_contractions_with_a_curly_apostrophe(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"I\u2019ll" and "won\u2019t" look ahead, "didn\u2019t" back, as their straight forms do."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # an outcome named after a date is over, whatever the tense of the clause
        ("The city will mark the anniversary of the October crash.", "October", "2023-10"),
        ("Officials will review the Nov. 20 bombing of the depot.", "Nov. 20", "2023-11-20"),
        ("The memorial honors the victims of the Aug. 4 attacks.", "Aug. 4", "2023-08-04"),
        # a scheduled event stays ahead
        ("The Nov. 20 election will decide it.", "Nov. 20", "2024-11-20"),
    ],
)
def test_a_date_before_an_outcome_noun_is_past(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """"The October crash" happened: the last October, not the next."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The bank extended the credit line through January.", "January", "2025-01"),
        ("The lenders granted the firm a waiver through June.", "June", "2024-06"),
        ("Sales rose through January.", "January", "2024-01"),
    ],
)
def test_a_deadline_extended_through_a_month_is_ahead(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """"Extended the loans through January" sets a deadline ahead, as "until January" does."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "type_", "value"),
    [
        ("The work must start within the next month.", "the next month", "DURATION", "P1M"),
        ("A ruling is due within the coming week.", "the coming week", "DURATION", "P1W"),
        ("The club hired ten coaches within the past year.", "the past year", "DURATION", "P1Y"),
        # without "within" they stay dates
        ("The club hired ten coaches over the past year.", "the past year", "DATE", "2023"),
        ("The work will start next month.", "next month", "DATE", "2024-04"),
    ],
)
def test_within_the_next_unit_is_a_duration(
    text: str, surface: str, type_: str, value: str, reading: Callable[..., Any],
) -> None:
    """"Within the next month" is a stretch of a month, as "within a month" is."""
    mention = reading(text, surface)
    assert (mention.type, mention.value) == (type_, value)


def test_a_clock_time_opening_a_live_report_entry_is_the_publication_day(times: Callable[..., Any]) -> None:
    """"12:50 p.m.: The senator says..." stamps an entry of a live report, whatever day the last entry named."""
    text = "The Latest.\n\nThe vote is set for Thursday evening.\n\n12:50 p.m.:\n\nThe senator says she is ready."
    assert [(m.text, m.value) for m in times(text) if m.type == "TIME"][-1] == ("12:50 p.m.", "2024-03-13T12:50")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the present progressive of an arrangement looks ahead
        ("The senator is holding a rally on Thursday.", "Thursday", "2024-03-14"),
        ("The two leaders are meeting on Monday in the capital.", "Monday", "2024-03-18"),
        ("The council is voting Tuesday on the budget.", "Tuesday", "2024-03-19"),
        ("They\u2019re flying home on Friday.", "Friday", "2024-03-15"),
        # the past progressive, and verbs of an inquiry or a state, do not
        ("The senator was holding a rally on Monday.", "Monday", "2024-03-11"),
        ("Police are investigating a shooting on Monday.", "Monday", "2024-03-11"),
        # a span "beginning" a date runs from the past as often as into the future
        ("The campaign ran ads beginning in January.", "January", "2024-01"),
        ("The talks went on for hours beginning on Sunday.", "Sunday", "2024-03-10"),
    ],
)
def test_the_present_progressive_of_an_arrangement(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """"The senator is holding a rally on Thursday" is a plan: the next Thursday."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # in December the spring, summer and fall of the year are behind
        ("The museum will open next fall.", "2023-12-11", "2024-FA"),
        ("The baby is due next summer.", "2023-12-11", "2024-SU"),
        ("The drills took place last summer.", "2023-12-11", "2023-SU"),
        # earlier in the year "last" still reaches back a year
        ("The museum opened last fall.", "2023-10-11", "2022-FA"),
        ("The museum will open next spring.", "2023-10-11", "2024-SP"),
    ],
)
def test_next_and_last_season_in_december(text: str, published: str, value: str, times: Callable[..., Any]) -> None:
    """"Next fall" said in December is the coming year's fall, "last summer" the one just over."""
    assert [m.value for m in times(text, published)] == [value]
