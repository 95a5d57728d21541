"""Rules that read the words around an expression: its extent, whether it is a time at all, and its value.

Every sentence is our own; publication date Wednesday 2024-03-13 unless the row says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Workers ended the two-week strike at the mill.", "two-week", "P2W"),
        ("The 30-day deadline passed without a word.", "30-day", "P30D"),
        ("Analysts studied the third-quarter results in detail.", "third-quarter", "2023-Q3"),
    ],
)
def test_article_before_a_compound_adjective_stays_outside(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """In "the two-week strike" the article goes with "strike": the extent is the compound alone."""
    mention = reading(text, surface)
    assert mention.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The baker, who was in his 30s at the time, opened a second shop.",
        "Both sisters were in their early 20s when they left the island.",
    ],
)
def test_a_decade_after_a_possessive_is_an_age(text: str, times: Callable[..., Any]) -> None:
    """"in his 30s" tells an age, not a decade of the calendar."""
    assert not [m for m in times(text) if m.value and len(m.value) == 3]


def test_a_decade_without_a_possessive_stays(reading: Callable[..., Any]) -> None:
    """"in the 30s" with an article is still the decade."""
    assert reading("The town grew fast in the 1930s, records show.", "the 1930s").value == "193"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's approval rating rose to the low 50s in the spring.",
        "Night temperatures stayed in the upper-30s all week.",
        "Rents for tenants in their 30s, 40s and 50s rose faster.",
    ],
)
def test_a_level_or_an_age_list_is_no_decade(text: str, times: Callable[..., Any]) -> None:
    """Two digits and an "s" after a level word ("the low 50s") or in a list of ages are numbers, not decades."""
    assert not [m for m in times(text) if m.value and len(m.value) == 3]


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        ("The ballroom opened in the '20s and closed in the '60s.", "2016-06-01", "the '20s", "192"),
        ("The ballroom opened in the '20s and closed in the '60s.", "2016-06-01", "the '60s", "196"),
        ("Rents have doubled since the early '20s, the survey found.", "2031-06-01", "the early '20s", "202"),
        ("Cars of the '10s were lighter, the curator said.", "2016-06-01", "the '10s", "201"),
        ("Cars of the '50s were heavier, the curator said.", None, "the '50s", "195"),
    ],
)
def test_two_digit_decade_is_the_last_one_begun(text: str, published: str | None, surface: str, value: str,
                                                reading: Callable[..., Any]) -> None:
    """A decade written with two digits is the last one begun by publication: "the '20s" is the 1920s in 2016."""
    assert reading(text, surface, published).value == value


def test_then_current_is_a_past_reference(reading: Callable[..., Any]) -> None:
    """"the then-current price" is current at a past time."""
    mention = reading("Holders could buy shares at half the then current price, the filing said.", "then current")
    assert (mention.type, mention.value) == ("DATE", "PAST_REF")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The day before last Tuesday's vote, the mayor met the board.", "The day before last Tuesday", "2024-03-11"),
        ("Crews returned the day after Christmas, the utility said.", "the day after Christmas", "2023-12-26"),
        ("The clinic opened the day after March 4, 2021, staff said.", "the day after March 4, 2021", "2021-03-05"),
    ],
)
def test_the_day_before_or_after_a_named_day(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"The day before/after" a named day is one day off it, and belongs to the extent."""
    assert reading(text, surface).value == value


def test_overnight_is_the_night_before_the_story_day(reading: Callable[..., Any]) -> None:
    """"Overnight" is the night that led into the day the story is telling about."""
    text = "Shares fell on Friday, March 8, after overnight losses in Tokyo."
    mention = reading(text, "overnight")
    assert (mention.value, mention.anchor) == ("2024-03-07TNI", "narrative")


def test_overnight_without_a_story_day_is_the_night_before_publication(reading: Callable[..., Any]) -> None:
    """With no day stated before it, "overnight" is the night before the publication date."""
    assert reading("Storms swept the coast overnight, officials said.", "overnight").value == "2024-03-12TNI"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a deadline met in the pluperfect lies behind
        ("By then, 40 towns had filed their reports by Tuesday, the agency said.", "Tuesday", "2024-03-12"),
        # a bare deadline lies ahead
        ("The towns must file their reports by Tuesday, the agency said.", "Tuesday", "2024-03-19"),
    ],
)
def test_a_deadline_in_the_pluperfect_is_past(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"by Tuesday" looks ahead unless the clause says the deed was already done by then."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "published", "value"),
    [
        # a past clause about a month three months after publication is about last year's
        ("The firm switched to a calendar year in January, it said.", "January", "2024-10-14", "2024-01"),
        # within two months of publication the month stays: a plan told in the past tense may still lie ahead
        ("Rebels threatened to disrupt the summit in December.", "December", "2024-10-14", "2024-12"),
        # a past form after "if" is a condition, not a past event
        ("The mayor said that if she won the vote in December, she would stay.", "December", "2024-10-14",
         "2024-12"),
    ],
)
def test_month_year_by_tense_margin(
    text: str, surface: str, published: str, value: str, reading: Callable[..., Any],
) -> None:
    """A month named without a year moves a year back in a past clause only when clearly ahead of publication."""
    assert reading(text, surface, published).value == value


def test_year_ago_quarter_after_a_month_is_a_quarter(reading: Callable[..., Any]) -> None:
    """"The year-ago quarter" names a quarter even when the story's last date is a month."""
    text = "The firm moved to a calendar year in July 2023. In the comparable year-ago quarter, it lost money."
    assert reading(text, "the comparable year-ago quarter").value == "2022-Q3"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The ferry is due to sail at 4 in the morning, the captain said.", "4 in the morning", "2024-03-13T04:00"),
        ("The ferry left at ten in the evening on the first day.", "ten in the evening", "2024-03-13T22:00"),
    ],
)
def test_an_hour_told_in_a_part_of_the_day(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"4 in the morning" is a clock time: the hour, moved into the afternoon or evening by the part named."""
    mention = reading(text, surface)
    assert (mention.type, mention.value) == ("TIME", value)


def test_a_month_takes_a_possessive(reading: Callable[..., Any]) -> None:
    """"December's figures" names the month; the possessive stays outside the extent."""
    assert reading("Officials revised December's figures upward.", "December").value == "2023-12"


def test_an_ambiguous_month_with_a_possessive_is_a_name(times: Callable[..., Any]) -> None:
    """"May's" is most often a person's name: no month."""
    assert not times("The board rejected May's proposal after a long debate.")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # "Corp." and "Ill." end no sentence: the verb before them still governs the date
        ("Acme said Friday it would buy the Dayton, Ohio, unit of Vale Corp. on Monday.", "Monday", "2024-03-18"),
        ("The town sold its water plant to Acme Corp. in June.", "June", "2023-06"),
        # "next to" is a place, not the future
        ("Two people were hurt near the market next to the U.S. embassy on Friday.", "Friday", "2024-03-08"),
        # "succeed" is no past tense
        ("Ms. Reyes will succeed the founder Jan. 5, the board said.", "Jan. 5", "2025-01-05"),
    ],
)
def test_tense_cues_across_abbreviations_and_look_alikes(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """The clause's verb is found across abbreviations; words that only look like tense markers are skipped."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    "text", ["Gusts reached 90 miles per hour along the coast.", "The new chip handles a billion steps per second."])
def test_a_rate_of_measure_is_no_set(text: str, times: Callable[..., Any]) -> None:
    """"miles per hour" measures speed: no recurring time."""
    assert not times(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [("The bell rings three times per hour.", "three times per hour"),
     ("The bell rings several times per hour.", "several times per hour")],
)
def test_a_count_of_times_per_hour_stays_a_set(text: str, surface: str, reading: Callable[..., Any]) -> None:
    """A count of times per hour is a recurring time."""
    assert reading(text, surface).type == "SET"


def test_an_hour_count_inside_a_date_stays_with_the_date(times: Callable[..., Any]) -> None:
    """In "March 4 in the morning" the 4 is the day: the mentions never overlap."""
    found = times("The ferry sank on March 4 in the morning.")
    assert [(m.text, m.value) for m in found] == [("March 4", "2024-03-04"), ("the morning", "2024-03-04TMO")]


def test_a_month_with_a_possessive_before_a_scheduled_event_is_ahead(reading: Callable[..., Any]) -> None:
    """"November's general election" names the next November, like "the November election"."""
    text = "The race for November's general election is tight."
    assert reading(text, "November", "2016-04-10").value == "2016-11"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The dockers' strike begins on Monday.", "Monday", "2024-03-18"),
        ("The town museum reopens Friday after repairs.", "Friday", "2024-03-15"),
        ("The water board meets on Tuesday to set prices.", "Tuesday", "2024-03-19"),
        ("The new toll takes effect Monday.", "Monday", "2024-03-18"),
        ("The lease, which expires in January, covers two floors.", "January", "2025-01"),
        # a report in the present, a possession and a plural noun point nowhere: the most recent day
        ("She says the talks on Monday went well.", "Monday", "2024-03-11"),
        ("The firm, which holds a stake in the port, announced the sale Tuesday.", "Tuesday", "2024-03-12"),
    ],
)
def test_the_present_of_a_scheduled_event_points_ahead(
    text: str, surface: str, value: str, reading: Callable[..., Any],
) -> None:
    """News tells a scheduled event in the present ("the strike begins Monday"): the next such day, not the last."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("He still recalls the 2011 Columbus Day parade in the rain.", "Columbus Day", "2011-10-10"),
        ("The 2019 Christmas fair drew a crowd of thousands.", "Christmas", "2019-12-25"),
        ("Their 2021 Thanksgiving dinner was held outdoors.", "Thanksgiving", "2021-11-25"),
        ("The town's 2018 Christmas market ran for a month.", "Christmas", "2018-12-25"),
        ("The town\u2019s 2018 Christmas market ran for a month.", "Christmas", "2018-12-25"),
        # a count before the holiday is no year of it
        ("The market sold 2000 Christmas trees last winter.", "Christmas", "2023-12-25"),
    ],
)
def test_holiday_takes_the_year_named_before_it(text: str, surface: str, value: str,
                                                 reading: Callable[..., Any]) -> None:
    """A year right before a named day, after a determiner, is the year of that day."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Ticket sales doubled the week after the band's first concert.", "the week", "2024-WXX"),
        ("Outflows grew in the week following last month's flood.", "the week", "2024-WXX"),
        ("The club met in Lisbon the summer after its founding.", "the summer", "XXXX-SU"),
        ("The month after his appointment was spent in meetings.", "The month", "2024-XX"),
        ("On the last day of the festival, the mayor spoke.", "the last day", "2024-XX-XX"),
    ],
)
def test_a_time_next_to_an_undated_event_is_unknown(text: str, surface: str, value: str,
                                                     reading: Callable[..., Any]) -> None:
    """"the week after the concert": a time counted from an event the story has not dated, not the week of
    publication; a week, a month or a day keeps the story's year."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # no event after it: the year before the story's last year
        ("Sales reached $40 million in 2022, up from $30 million the year before.", "the year before", "2021"),
        # a unit of time after "the last day of" is a date the story can count: that month's last day
        ("The lease ends on the last day of the month.", "the last day of the month", "2024-03-31"),
    ],
)
def test_a_time_next_to_a_date_keeps_its_reading(text: str, surface: str, value: str,
                                                  reading: Callable[..., Any]) -> None:
    """Only a noun phrase naming an event makes the time unknown."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # 2024-03-13 is a Wednesday: the weekend ahead is week 11's, the one just gone week 10's
        ("Officials said more snow is forecast for the weekend.", "the weekend", "2024-W11-WE"),
        ("Prices are predicted to fall in May, the survey said.", "May", "2024-05"),
        ("Officials said growth is projected to slow in February.", "February", "2025-02"),
        ("Officials said more snow fell over the weekend.", "the weekend", "2024-W10-WE"),
    ],
)
def test_a_forecast_in_the_present_passive_looks_ahead(text: str, surface: str, value: str,
                                                      reading: Callable[..., Any]) -> None:
    """"is forecast", "are predicted", "is projected" point ahead, whatever verb of saying stands before them."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # published Wednesday 2024-03-13
        ("The club needs to win the cup in November.", "November", "2024-11"),
        ("We need to finish the bridge by June.", "June", "2024-06"),
        ("“Let’s beat them in October,” the coach said.", "October", "2024-10"),
        ("Let us meet again on Friday.", "Friday", "2024-03-15"),
        ("The club needed to win the cup in November.", "November", "2023-11"),
    ],
)
def test_a_need_or_a_proposal_looks_ahead(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"needs to", "need to", "let's" and "let us" speak of what is still to be done; "needed to" of the past."""
    assert reading(text, surface).value == value
