"""TimeML conventions beyond the core rule families: what is no time at all, and how values are written.

Each row is a sentence of our own. Publication date: Wednesday 2024-03-13 unless the row says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # ages are no durations
        ("Ms. Holt, 47 years old, runs the bakery.", "years"),
        ("The fund is open to staff 55 years old or older.", "years"),
        ("The calf, six months old, was sold at the fair.", "months"),
        # fractions are no quarters of a year
        ("The island imports about three-quarters of its grain.", "quarters"),
        ("The firm holds more than a quarter of the market.", "quarter"),
        ("Nearly a quarter of all voters stayed home.", "quarter"),
        # the ordinal "a second" is no second of time
        ("The club plans a second bridge over the river.", "second"),
        ("A second group of riders set off at dawn.", "second"),
    ],
)
def test_not_an_amount_of_time(text: str, word: str, times: Callable[..., Any]) -> None:
    """Ages, fractions and ordinals that look like amounts of time are left untagged."""
    assert [m.text for m in times(text) if word in m.text.lower()] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The mill reported several quarters of losses.", "several quarters", "PXQ"),
        ("The mill lost money in the first three-quarters of the year.", "the first three-quarters", "P3Q"),
        ("Sales rose during the first quarter of the year.", "the first quarter of the year", "2024-Q1"),
        ("The lamp flickered for a second and went dark.", "a second", "PT1S"),
        ("The lamp came back a second later.", "a second", None),
        ("The sapling grew for six months in the shed.", "six months", "P6M"),
    ],
)
def test_amounts_of_time_stay_tagged(text: str, surface: str, value: str | None, typed: Callable[..., Any]) -> None:
    """The same words as durations keep their reading (None: any value, the extent alone is checked)."""
    _, found = typed(text, surface)
    if value is not None:
        assert found == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a range is its first figure, never the sum of both ends
        ("The repairs will take two to three weeks.", "two to three weeks", "P2W"),
        ("The loan runs 12 to 18 months.", "12 to 18 months", "P12M"),
        ("The hearing may run for weeks or months.", "weeks or months", "PXW"),
        ("The ferry stops for two or three days.", "two or three days", "P2D"),
        ("The hike takes up to two hours.", "up to two hours", "PT2H"),
        # decades are counted in years
        ("The feud lasted two decades.", "two decades", "P20Y"),
        ("The town has shrunk for decades.", "decades", "PXY"),
        ("The port ended a four-decade ban on trawlers.", "four-decade", "P40Y"),
        ("It was a decades-long dispute over water.", "decades-long", "PXY"),
        ("It was a years-long dispute over water.", "years-long", "PXY"),
        ("It was a two-year dispute over water.", "two-year", "P2Y"),
    ],
)
def test_duration_values(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """Ranges, decades and plural unit adjectives in duration values."""
    assert typed(text, surface) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The mayor spoke on the radio show "This Week," aides said.', "Week"),
        ("The singer told the program ''48 Hours'' about the tour.", "Hours"),
        ("The club screened the film ``High Noon'' on the lawn.", "Noon"),
        ("You are listening to Valley Radio Tonight.", "Tonight"),
    ],
)
def test_capitalised_time_words_inside_a_sentence_are_titles(text: str, word: str, times: Callable[..., Any]) -> None:
    """A time word that running text writes in lower case, capitalised mid-sentence, names a show or a film."""
    assert [m.text for m in times(text) if word in m.text] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The gates shut at dusk. Tonight the square is empty.", "Tonight"),
        ("The crew waited.\nMinutes later the rain stopped.", "Minutes"),
        ('"Now we can rebuild," the mayor said.', "Now"),
        ("The parade was held on Thanksgiving Day in the town.", "Thanksgiving Day"),
        ("RIVERTON (AP) \u2014 Months after the flood, the mill reopened.", "Months"),
        ("The club honoured the best riders of the 20th Century.", "the 20th Century"),
    ],
)
def test_capitalised_time_words_opening_a_sentence_stay(text: str, surface: str, times: Callable[..., Any]) -> None:
    """At the start of a sentence, a paragraph or a quotation the capital says nothing; holidays are capitalised."""
    assert surface in [m.text for m in times(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "mod"),
    [
        ("The bakery should reopen by year end, the owner said.", "year end", "2024", "END"),
        ("The bridge should be repaired by year's end.", "year's end", "2024", "END"),
        ("The bridge will be repaired by year-end.", "year-end", "2024-12-31", None),
        ("Rents have risen 4% since year-end, the agency said.", "year-end", "2023-12-31", None),
    ],
)
def test_year_end(text: str, surface: str, value: str, mod: str | None, times: Callable[..., Any]) -> None:
    """"year end" is the end of the year (mod END), "year-end" its last day; "since year-end" looks back."""
    found = [m for m in times(text) if m.text == surface]
    assert [(m.value, m.mod) for m in found] == [(value, mod)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a deadline set "until" a day looks ahead, whatever the tense of the verb that set it
        ("The board postponed the vote until Friday.", "Friday", "2024-03-15"),
        ("The city gave the tenants until 9 a.m. Monday to leave.", "9 a.m. Monday", "2024-03-18T09:00"),
        ("The agency extended its deadline until noon Thursday.", "noon Thursday", "2024-03-14T12:00"),
        # "until" without a deadline keeps the tense of its clause
        ("The road stayed closed until Monday.", "Monday", "2024-03-11"),
        ("Up until Monday, the shop was open.", "Monday", "2024-03-11"),
    ],
)
def test_deadline_until_a_weekday(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"postponed until Friday" is the next Friday; "closed until Monday" the last one."""
    assert typed(text, surface)[1] == value


EARNINGS_PUBLISHED = "2023-11-02"  # a Thursday, early in the fourth quarter


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the quarter reported, a year back: one expression, read from the story's quarter
        ("The mill earned $4 million in the third quarter, up from $3 million in the corresponding period last "
         "year.", "the corresponding period last year", "2022-Q3"),
        ("The mill earned $4 million in the third quarter. For the quarter a year ago, it earned $3 million.",
         "the quarter a year ago", "2022-Q3"),
        ("The mill earned $4 million in the third quarter, against a loss in the same period a year earlier.",
         "the same period a year earlier", "2022-Q3"),
        # "last" in "last year's quarter" goes with the year
        ("The mill earned $4 million in the third quarter. Sales for last year's quarter were $9 million.",
         "last year's quarter", "2022-Q3"),
        ("The mill earned $4 million in the third quarter. Sales in this year's quarter rose.",
         "this year's quarter", "2023-Q3"),
    ],
)
def test_the_quarter_a_year_back(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """Earnings stories compare the quarter reported with the same quarter a year before."""
    assert typed(text, surface, EARNINGS_PUBLISHED)[1] == value


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("the 2022 period", "2022"),
        ("year-ago", "2022"),
        ("a year ago", "2022-Q3"),
    ],
)
def test_a_stretch_of_months_stays_the_period(surface: str, value: str, typed: Callable[..., Any]) -> None:
    """After "the first nine months", the expressions that count back from it name a year, not a quarter, until a
    quarter is named again."""
    text = ("The mill earned $4 million in the third quarter. In the first nine months, it earned $9 million, against "
            "$7 million in the 2022 period. The year-ago figures held a charge. In the third quarter a year ago "
            "it lost money.")
    assert typed(text, surface, EARNINGS_PUBLISHED)[1] == value


@pytest.mark.parametrize(
    ("text", "surface", "type_", "value"),
    [
        # a season after "last"/"this"/"next" stays a season before "in" or "of"
        ("The dam burst last fall in the hills.", "last fall", "DATE", "2023-FA"),
        ("The crop will ripen this summer in the valley.", "this summer", "DATE", "2024-SU"),
        ("Rents were last this low during the spring of nineteen eighty-one.", "the spring of nineteen eighty-one",
         "DATE", "1981-SP"),
        # the middle of a part of the day
        ("By mid-afternoon, the ferry had left.", "mid-afternoon", "TIME", "2024-03-13TAF"),
        ("By mid afternoon, the ferry had left.", "mid afternoon", "TIME", "2024-03-13TAF"),
        ("The ferry left at mid-morning yesterday.", "mid-morning yesterday", "TIME", "2024-03-12TMO"),
        ("The ferry left at mid-afternoon Monday.", "mid-afternoon Monday", "TIME", "2024-03-11TAF"),
    ],
)
def test_seasons_and_parts_of_day(text: str, surface: str, type_: str, value: str, typed: Callable[..., Any]) -> None:
    """"last fall in the hills" is a season; "mid-afternoon" the middle of the afternoon (mod MID)."""
    assert typed(text, surface) == (type_, value)


@pytest.mark.parametrize("text", ["The fall in prices worried the mill.", "Rome saw the fall of its walls.",
                                  "After this fall in prices, the mill shut."])
def test_fall_as_a_noun_is_no_season(text: str, times: Callable[..., Any]) -> None:
    """A bare "fall" before "in" or "of" is a drop or a collapse."""
    assert times(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the outcome of an act is over, even in a clause that looks ahead
        ("The growers said they would appeal Monday's ruling.", "Monday", "2024-03-11"),
        ("The mayor will visit the site of Saturday's deadly blast.", "Saturday", "2024-03-09"),
        # a scheduled event may still lie ahead
        ("The senator will do well in Tuesday's primary, aides said.", "Tuesday", "2024-03-19"),
        ("The club will review the footage on Saturday.", "Saturday", "2024-03-16"),
    ],
)
def test_weekday_possessive_of_an_outcome(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"Monday's ruling" is the last Monday's; "Tuesday's primary" in a future clause the next one's."""
    assert typed(text, surface)[1] == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The lease may run for an additional year.", "an additional year", "P1Y"),
        ("The lease may run for two additional months.", "two additional months", "P2M"),
        ("The bank has five business days to reply.", "five business days", "P5D"),
        ("Prices fell for eight trading days in a row.", "eight trading days", "P8D"),
    ],
)
def test_additional_units(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"an additional year", "five business days": a word between the number and the unit stays inside."""
    assert typed(text, surface) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("The village hopes it will one day host the games.", "DATE", "FUTURE_REF"),
        ("The twins may one day run the farm.", "DATE", "FUTURE_REF"),
        ("The twins hope one day to run the farm.", "DATE", "FUTURE_REF"),
        ("The strike lasted one day.", "DURATION", "P1D"),
    ],
)
def test_one_day_after_a_modal_is_some_day_ahead(text: str, type_: str, value: str, typed: Callable[..., Any]) -> None:
    """"will one day host" is a vague future; "lasted one day" a day long."""
    assert typed(text, "one day") == (type_, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Sales should slow through the first two quarters of 2025.", "the first two quarters of 2025", "2025-H1"),
        ("Sales should grow in the last two quarters of the year.", "the last two quarters of the year", "2024-H2"),
        ("Sales grew in the second half of last year.", "the second half of last year", "2023-H2"),
        ("Sales should grow in the first half of next year.", "the first half of next year", "2025-H1"),
        ("Over the last two quarters, sales fell.", "the last two quarters", "P2Q"),
    ],
)
def test_halves_of_a_year(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"the first two quarters of 2025" is its first half; "the last two quarters" alone a stretch of time."""
    assert typed(text, surface)[1] == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Police found new clues in the January robbery of the bank.", "January", "2024-01"),
        ("The two towns signed a February agreement on water.", "February", "2024-02"),
    ],
)
def test_month_modifying_a_noun(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """"the January robbery": a month before a noun is a date even after "the" or "a"."""
    assert typed(text, surface)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turnout matters for the November election, the clerk said.", "2024-11"),
        ("Both towns prepare for a February referendum on the bridge.", "2025-02"),
        ("Turnout fell in the February referendum on the bridge.", "2024-02"),
    ],
)
def test_month_of_a_scheduled_event(text: str, value: str, times: Callable[..., Any]) -> None:
    """"the November election" is the next one, unless the clause is past."""
    assert [m.value for m in times(text) if m.type == "DATE"] == [value]


@pytest.mark.parametrize("text", ["Crowds joined the March of the Bakers downtown.",
                                  "Thousands joined the March for Peace downtown."])
def test_month_name_as_a_noun(text: str, times: Callable[..., Any]) -> None:
    """"the March of the Bakers" names a march, not a month."""
    assert [m.text for m in times(text)] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The mill posted a gain in third-quarter profit. After a flat second quarter, it cited prices. In the 2023 "
         "period, taxes fell.", "the 2023 period", "2023-Q3"),
        ("The mill posted a gain in third-quarter profit. After a flat second quarter, it cited prices. Taxes were "
         "lower than a year ago.", "a year ago", "2022-Q3"),
    ],
)
def test_background_quarter_keeps_the_reported_one(
    text: str, surface: str, value: str, typed: Callable[..., Any],
) -> None:
    """A quarter named after "after"/"following" sets the scene; later comparisons keep the quarter reported."""
    assert typed(text, surface, EARNINGS_PUBLISHED)[1] == value


@pytest.mark.parametrize("text", ["The quarter-to-quarter comparison was weak.", "Year-over-year growth slowed."])
def test_compound_adjectives_are_no_times(text: str, times: Callable[..., Any]) -> None:
    """"quarter-to-quarter", "year-over-year" qualify a comparison; neither half is a time."""
    assert times(text) == []


def test_month_range_compound_keeps_its_months(times: Callable[..., Any]) -> None:
    """"the October-to-December quarter" names months, unlike "quarter-to-quarter"."""
    assert "December" in [m.text for m in times("Gifts rose in the October-to-December quarter.")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In the quarter ended July 31, the chain earned $2 million.", "2023-Q2"),
        ("In the quarter ended Sept. 30, the chain earned $2 million.", "2023-Q3"),
        ("In the quarter ended Dec. 31, the chain earned $2 million.", "2022-Q4"),
        # a story that named its fiscal quarter keeps that name for it
        ("The chain earned $2 million in its fiscal first quarter. In the quarter ended Sept. 30, sales rose.",
         "2023-Q1"),
    ],
)
def test_quarter_ended_a_day(text: str, value: str, times: Callable[..., Any]) -> None:
    """"the quarter ended July 31" covers May to July: mostly the second calendar quarter."""
    found = [m for m in times(text, EARNINGS_PUBLISHED) if m.text == "the quarter"]
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The market reopens after Easter, the baker said.", "Easter", "2024-03-31"),
        ("The ferry does not run on Easter Monday.", "Easter Monday", "2024-04-01"),
        ("The choir will sing during Easter week.", "Easter week", "2024-W13"),
        ("The fair was held at Easter 2019.", "Easter 2019", "2019-04-21"),
    ],
)
def test_easter(text: str, surface: str, value: str, typed: Callable[..., Any]) -> None:
    """Easter moves with the computus; "Easter week" is the ISO week that ends on Easter Sunday."""
    assert typed(text, surface)[1] == value


def test_holiday_in_a_name(times: Callable[..., Any]) -> None:
    """A capitalised word after a holiday makes a name ("Easter Blooms"), not a date."""
    assert times("The florist Easter Blooms mailed a card.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair will be held on June 14 and 15.", [("June 14", "2024-06-14"), ("15", "2024-06-15")]),
        ("The talks ran on March 3 and 4, in the old hall.", [("March 3", "2024-03-03"), ("4", "2024-03-04")]),
        # a number that is no day of the month stays untagged
        ("Sales rose on March 3 and 4 percent in April.", [("March 3", "2024-03-03"), ("April", "2024-04")]),
        ("The fair will be held on June 14 and 9 others.", [("June 14", "2024-06-14")]),
    ],
)
def test_second_day_of_the_same_month(text: str, expected: list[tuple[str, str]], times: Callable[..., Any]) -> None:
    """"June 14 and 15": the bare second day shares the month of the first."""
    assert [(m.text, m.value) for m in times(text)] == expected
