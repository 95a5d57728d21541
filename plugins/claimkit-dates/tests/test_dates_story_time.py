"""The story's time when it has moved ahead of publication: which earlier time a clause counts from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # a clause in the past counts from the last day gone by, not from the vigil still ahead
        ("The pier collapsed on Monday. Neighbours will hold a vigil on Saturday. Two days earlier, divers had "
         "reported cracks.", "2025-06-18", "Two days earlier", "2025-06-14"),
        ("The rally opened on Tuesday ahead of next Tuesday's primary. A day earlier, four marchers were detained.",
         "2016-03-30", "A day earlier", "2016-03-28"),
        # a count of years may start from a year gone by
        ("A 2013 staging of the play will be filmed on Sept. 9. The troupe revived it three years later, she said.",
         "2016-08-05", "three years later", "2016"),
        # a clause ahead still counts from the time ahead
        ("Neighbours will hold a vigil on Saturday. Two days later, the inquiry will open.",
         "2025-06-18", "Two days later", "2025-06-23"),
        # and a story told in the past from its last date, as before
        ("The bridge closed on May 2, 2021. Two weeks later, it reopened.", "2024-03-13", "Two weeks later",
         "2021-05-16"),
    ],
)
def test_past_clause_counts_from_a_time_gone_by(text: str, published: str, surface: str, value: str,
                                                 reading: Callable[..., Any]) -> None:
    """"N days earlier/later" in a past clause skips reference times that still lie ahead of publication."""
    assert reading(text, surface, published).value == value


def test_past_clause_names_the_time_it_counts_from(reading: Callable[..., Any]) -> None:
    """The anchor span is the earlier time actually counted from, not the story's last one."""
    text = "The pier collapsed on Monday. Neighbours will hold a vigil on Saturday. Two days earlier, divers had left."
    mention = reading(text, "Two days earlier", "2025-06-18")
    assert mention.anchor == "narrative"
    assert mention.anchor_span is not None and mention.anchor_span.text == "Monday"
    assert mention.anchor_value == "2025-06-16"


def test_past_clause_without_a_past_time_counts_from_publication(reading: Callable[..., Any]) -> None:
    """With no time gone by in the story, a past "two days earlier" counts back from publication."""
    text = "Neighbours will hold a vigil on Saturday. Two days earlier, divers had reported cracks."
    assert reading(text, "Two days earlier", "2025-06-18").value == "2025-06-16"


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # the day ahead carries a clock time of a future clause, past a coarser date told in between
        ("Islanders go to the polls on Sunday. The last vote, held in July, was void. Polls will close at 8 p.m.",
         "2027-01-14", "8 p.m.", "2027-01-17T20:00"),
        # the day gone by carries one of a past clause
        ("The pier fell on Monday. It had been rebuilt in 2019. Divers arrived at 9 a.m., the harbour master said.",
         "2025-06-18", "9 a.m.", "2025-06-16T09:00"),
        # a clause that looks the other way stays on the day of publication
        ("The pier fell on Monday. It had been rebuilt in 2019. Divers will return at 9 a.m.",
         "2025-06-18", "9 a.m.", "2025-06-18T09:00"),
        # and a clause with no tense too
        ("The pier fell on Monday. It had been rebuilt in 2019. Divers at 9 a.m., cranes at noon.",
         "2025-06-18", "9 a.m.", "2025-06-18T09:00"),
        # "currently", "now": the moment of writing, whatever day the story told last
        ("The pier fell on Monday. It is currently 4 p.m. and the divers are still out.",
         "2025-06-18", "4 p.m.", "2025-06-18T16:00"),
        ("The pier fell on Monday. Right now, at 9 a.m., the harbour is quiet.",
         "2025-06-18", "9 a.m.", "2025-06-18T09:00"),
        # a past clause with "now" in it still tells of the story's day
        ("The pier fell on Monday. Divers, now home, had arrived at 9 a.m. that day.",
         "2025-06-18", "9 a.m.", "2025-06-16T09:00"),
    ],
)
def test_clock_time_falls_on_the_story_day_its_clause_looks_to(text: str, published: str, surface: str, value: str,
                                                               reading: Callable[..., Any]) -> None:
    """A bare clock time takes the story's last day when its clause's tense looks the same way."""
    assert reading(text, surface, published).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Voters in the north go to the polls on Sunday.", "Sunday", "2024-03-17"),
        ("Residents of the old valley meet on Friday.", "Friday", "2024-03-15"),
        ("Workers at both plants return on Monday.", "Monday", "2024-03-18"),
        # a determiner makes the verb a noun: "the end" of a month is no plan
        ("Payments to farmers at the end of each month began in June.", "June", "2023-06"),
        ("Shares in the firm rose on Monday.", "Monday", "2024-03-11"),
    ],
)
def test_plural_subject_with_a_phrase_schedules(text: str, surface: str, value: str,
                                                reading: Callable[..., Any]) -> None:
    """A plural subject followed by a short phrase ("voters in the north") makes a scheduled present point ahead."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rents doubled over the past decade.", ("DURATION", "P10Y")),
        ("Rents doubled this past decade.", ("DURATION", "P10Y")),
        ("It was the storm of the past century.", ("DURATION", "P1C")),
        # "the last decade" stays the decade before this one, as TimeBank reads it
        ("Rents doubled in the last decade.", ("DATE", "201")),
    ],
)
def test_the_past_decade_is_a_stretch_up_to_now(text: str, value: tuple[str, str], only: Callable[..., Any]) -> None:
    """"The past decade" is the ten years up to publication, not the previous calendar decade."""
    mention = only(text)
    assert (mention.type, mention.value) == value


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("An editor at the Daily Ledger said so on Monday.", ["Monday"]),
        ("She told the Weekly Courier about the plan.", []),
        ("He hosts The Nightly Hour on a local channel.", []),
        # at the start of a sentence the capital says nothing: the adverb stays a set
        ("Daily, the ferry crosses the strait twice.", ["Daily"]),
        ("The board meets monthly.", ["monthly"]),
    ],
)
def test_capitalised_set_adverb_inside_a_sentence_is_a_name(text: str, surfaces: list[str],
                                                            times: Callable[..., Any]) -> None:
    """"Daily", "Weekly" capitalised inside a sentence name a paper or a show, not a recurring time."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Voters May Have Tipped It to the Mayor", []),
        ("Rates May Not Fall, Bankers Warn", []),
        ("May the best team win.", []),
        # after a preposition, or followed by a verb in the past, it is the month
        ("In May the court ruled.", ["May"]),
        ("She said May was the wettest month.", ["May"]),
        ("The budget passed in May not long after the vote.", ["May"]),
    ],
)
def test_modal_may_is_no_month(text: str, surfaces: list[str], times: Callable[..., Any]) -> None:
    """A capitalised "May" before a base verb or an adverb is the modal of a headline or a wish."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The file arrived five or six weeks ago.", "five or six weeks ago", "2024-W06"),
        ("The plant closed two to three years ago.", "two to three years ago", "2022"),
        ("Standings may shift two or three months from now.", "two or three months from now", "2024-05"),
        ("The plant closed a year or so ago.", "a year or so ago", "2023"),
    ],
)
def test_a_range_counted_back_or_ahead_is_one_date(text: str, surface: str, value: str,
                                                   reading: Callable[..., Any]) -> None:
    """"Five or six weeks ago" is one date, counted with its first figure, not a stretch followed by "ago"."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # the story's day lies ahead, the clause is in the past: the clock time is not on that day
        ("The runoff is set for May 10. On Tuesday, the last ballots were tallied by 9:30 p.m.", "2016-04-27",
         "9:30 p.m.", "2016-04-26T21:30"),
        # a clause ahead on a day ahead keeps it
        ("The runoff is set for May 10. The last ballots will be tallied by 9:30 p.m.", "2016-04-27", "9:30 p.m.",
         "2016-05-10T21:30"),
    ],
)
def test_past_clock_time_is_not_on_a_day_ahead(text: str, published: str, surface: str, value: str,
                                               reading: Callable[..., Any]) -> None:
    """A clock time told in the past falls on the story's last day gone by, not on a day still ahead."""
    assert reading(text, surface, published).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the future tense looks ahead of publication, past the story's old year
        ("Only 200 settlers came in 1939, and 900 are expected over the next year.", "the next year", "2025"),
        # the past tense counts from the story's time
        ("Only 200 settlers came in 1939, and 900 followed the next year.", "the next year", "1940"),
        ("The summit opens on Monday. The next day, leaders will sign a deal.", "The next day", "2024-03-19"),
    ],
)
def test_the_next_year_ahead_of_publication(text: str, surface: str, value: str,
                                            reading: Callable[..., Any]) -> None:
    """"The next year" in a future clause after a past story time counts from publication."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The painter, who died Sunday at 94, will be buried in May.", "Sunday", "2024-03-10"),
        ("The island census, taken Thursday, will be published in May.", "Thursday",
         "2024-03-07"),
        # after "be" a participle is a passive, which may lie ahead
        ("The survey will be taken Thursday.", "Thursday", "2024-03-14"),
    ],
)
def test_short_and_irregular_past_forms_mark_the_past(text: str, surface: str, value: str,
                                                      reading: Callable[..., Any]) -> None:
    """"died" (too short for the "-ed" rule) and participles in "-en" after a noun tell of a day gone by."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The mayor trailed in polls ahead of the runoff on Sunday.", "Sunday", "2024-03-17"),
        ("Her rivals campaigned hard ahead of Tuesday's referendum.", "Tuesday", "2024-03-19"),
        ("Crews worked through the night ahead of voting Friday.", "Friday", "2024-03-15"),
        # a name after "ahead of" compares rivals: the past tense decides
        ("The mayor finished ahead of Ortiz on Sunday.", "Sunday", "2024-03-10"),
    ],
)
def test_ahead_of_an_event_looks_ahead(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"Ahead of" an event names a day still to come, whatever the clause's tense."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The minutes of the board meeting showed a split.", []),
        ("Agenda minutes for the council list the vote.", []),
        ("The minutes showed a split.", []),
        # a stretch of minutes stays one
        ("Within minutes of the blast, crews arrived.", ["minutes"]),
        ("In the minutes after the blast, crowds fled.", ["the minutes"]),
    ],
)
def test_minutes_of_a_meeting_are_a_record(text: str, surfaces: list[str], times: Callable[..., Any]) -> None:
    """"The minutes of the meeting" are a record, not an amount of time."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("The crew talked about the decades they spent at sea.", None),
        ("The crew spent about two decades at sea.", "APPROX"),
    ],
)
def test_about_before_the_is_a_preposition(text: str, mod: str | None, only: Callable[..., Any]) -> None:
    """"About" sets an approximate mod before an amount, not before "the"."""
    assert only(text).mod == mod


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("A NATION TODAY poll found a tie.", []),
        ("He told THE WEEKLY Courier so.", []),
        # capitals after a lower-case word are emphasis, and opening a sentence a headline's word
        ("We need it NOW!", ["NOW"]),
        ("TODAY we vote.", ["TODAY"]),
        ("The polls open at 9AM EST.", ["9AM EST"]),
    ],
)
def test_time_word_in_capitals_after_a_name_ends_the_name(text: str, surfaces: list[str],
                                                          times: Callable[..., Any]) -> None:
    """A time word in capitals right after a capitalised word is the end of a name, not a time."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("She wrote, \u201cNext summer, the twins start school.\u201d", "Next summer", "2024-SU"),
        ("He said, \u201cEight years ago, we had nothing.\u201d", "Eight years ago", "2016"),
        ("He said, \u201cLast night was calm.\u201d", "Last night", "2024-03-12TNI"),
    ],
)
def test_curly_quote_opens_no_word(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """An opening curly quotation mark glued to the first word leaves that word inside the expression."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The club won four of the past five derbies.", []),
        ("The past two winners were women.", []),
        ("In the past few election cycles, turnout fell.", []),
        # a count of time keeps its time, and "the past" alone is the past
        ("Floods came for the past two winters.", ["the past"]),
        ("In the past, the mayor voted no.", ["the past"]),
    ],
)
def test_the_past_before_a_count_of_things_is_no_time(text: str, surfaces: list[str],
                                                      times: Callable[..., Any]) -> None:
    """"The past" before a count of things ("the past five derbies") is an adjective, not the past."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # a dated event keeps its nearest occurrence though the clause is in the past
        ("The mayor running in the Oct. 3 vote later said she had misspoken.", "2016-07-31", "Oct. 3", "2016-10-03"),
        ("Ads ran as Election Day neared, aides said.", "2016-08-17", "Election Day", "2016-11-08"),
        # unless it lies more than half a year away
        ("By Labor Day, the campaign had hired staff.", "2016-01-31", "Labor Day", "2015-09-07"),
        # a plain date still follows the tense past two months
        ("The mayor spoke on Oct. 3, aides said.", "2016-07-31", "Oct. 3", "2015-10-03"),
    ],
)
def test_dated_event_keeps_its_nearest_occurrence(text: str, published: str, surface: str, value: str,
                                                  reading: Callable[..., Any]) -> None:
    """A holiday or a day naming a scheduled event takes a half-year margin against the clause's tense."""
    assert reading(text, surface, published).value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Lawmakers passed a year-end budget deal.", "2015-12-28", "2015-12-31"),
        ("Lawmakers passed a year-end budget deal.", "2016-03-10", "2015-12-31"),
        ("Profit has doubled since year-end.", "2015-12-28", "2014-12-31"),
    ],
)
def test_year_end_in_december_is_at_hand(text: str, published: str, value: str, only: Callable[..., Any]) -> None:
    """In December a past clause about "year-end" tells of the year's end at hand."""
    assert only(text, published).value == value


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Margins have thinned in recent quarters.", ["recent quarters"]),
        ("The outlook for coming quarters is weak.", ["coming quarters"]),
        ("Losses lasted several quarters.", ["several quarters"]),
        # quarters that are a place or a group
        ("The crew's living quarters were cramped.", []),
        ("In some quarters, doubts grew.", []),
    ],
)
def test_quarters_counted_as_time(text: str, surfaces: list[str], times: Callable[..., Any]) -> None:
    """"Recent quarters", "coming quarters" are stretches of time; "living quarters", "some quarters" are not."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a Sunday paper's weeks begin on Sunday: "last week" is the week just ending
        ("The senator lost the primary last week.", "last week", "2016-W15"),
        ("The senator said this week that she would run.", "this week", "2016-W15"),
        ("Earlier this week, the senator quit.", "Earlier this week", "2016-W15"),
        # "this week" ahead is the week beginning
        ("The panel will vote at this week's convention.", "this week", "2016-W16"),
        ("Later this week, the panel votes.", "Later this week", "2016-W16"),
        ("The panel meets next week.", "next week", "2016-W16"),
    ],
)
def test_weeks_of_a_sunday_paper(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """Published on a Sunday, "last week" is the week just ending, "this week" ahead the one beginning."""
    assert reading(text, surface, "2016-04-17").value == value


def test_weeks_of_a_weekday_paper(reading: Callable[..., Any]) -> None:
    """On any other day "last week" is the calendar week before the one of publication."""
    assert reading("The senator lost the primary last week.", "last week", "2016-04-14").value == "2016-W14"


@pytest.mark.parametrize(
    ("published", "text", "surface", "value"),
    [
        # the seven days up to a Friday, Saturday or Sunday lie mostly in the week of publication
        ("2016-03-05", "Odds shot up in the past week.", "the past week", "2016-W09"),
        ("2016-03-04", "Odds shot up this past week.", "this past week", "2016-W09"),
        ("2016-03-06", "He stayed in the capital for the last week.", "the last week", "2016-W09"),
        # early in the week they lie mostly in the week before
        ("2016-03-02", "Odds shot up in the past week.", "the past week", "2016-W08"),
        # and "last week" stays the calendar week before
        ("2016-03-05", "Odds shot up last week.", "last week", "2016-W08"),
    ],
)
def test_the_past_week_is_the_seven_days_up_to_publication(published: str, text: str, surface: str, value: str,
                                                           reading: Callable[..., Any]) -> None:
    """"The past week" is the week holding most of the seven days before publication."""
    assert reading(text, surface, published).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her speech came close to midnight in an empty hall.", "2024-03-12T24:00"),
        ("The offer expires at midnight.", "2024-03-13T24:00"),
        ("The polls will close at midnight.", "2024-03-13T24:00"),
    ],
)
def test_past_midnight_is_the_one_gone_by(text: str, value: str, only: Callable[..., Any]) -> None:
    """Midnight told in the past is the one that opened the day of publication, not the one closing it."""
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        ("Both camps look ahead to Super Tuesday.", "2016-02-20", "Super Tuesday", "2016-03-01"),
        ("Since Super Tuesday, the front-runner has led.", "2016-07-20", "Super Tuesday", "2016-03-01"),
        ("Voters in 12 states go to the polls on Super Tuesday.", "2024-02-10", "Super Tuesday", "2024-03-05"),
        # in lower case "super" is an adjective before a weekday
        ("She called it another super Tuesday for her camp.", "2016-03-15", "Tuesday", "2016-03-15"),
    ],
)
def test_super_tuesday_is_the_first_tuesday_of_march(text: str, published: str, surface: str, value: str,
                                                     reading: Callable[..., Any]) -> None:
    """Super Tuesday, the day of the most primaries, is the first Tuesday of March nearest publication."""
    assert reading(text, surface, published).value == value


def test_the_last_few_units_of_something_is_a_stretch(times: Callable[..., Any]) -> None:
    """"The last few months" is a vague past, "the last few months of a lease" a stretch, in either order."""
    text = "Rents rose over the last few months. She left in the last few months of a lease. Rents rose over the " \
           "last few months."
    assert [(m.type, m.value) for m in times(text)] == [("DATE", "PAST_REF"), ("DURATION", "PXM"),
                                                         ("DATE", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("She recalls every minute of it.", []),
        ("Staff must account for every hour of their shifts.", []),
        ("The bell rings every hour.", ["every hour"]),
    ],
)
def test_every_minute_of_something_is_all_of_it(text: str, surfaces: list[str], times: Callable[..., Any]) -> None:
    """"Every minute of it" is all of it, not a time that recurs each second."""
    assert [m.text for m in times(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a day of the week of publication says nothing of which weekend: the paper's weekend just gone
        ("The senator won on Tuesday. She spoke to donors over the weekend.", "2024-03-14", "2024-W10-WE"),
        ("The senator won on Monday. She spoke to donors over the weekend.", "2024-03-12", "2024-W10-WE"),
        # a story's day long gone still carries its own weekend
        ("The mill burned on Wednesday, March 3, 2010. Over the weekend, crews returned.", "2024-03-14",
         "2010-W09-WE"),
    ],
)
def test_the_weekend_near_publication_is_the_papers(text: str, published: str, value: str,
                                                   reading: Callable[..., Any]) -> None:
    """"over the weekend" after a day of the week of publication is the weekend just gone, not the one after it."""
    assert reading(text, "the weekend", published).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks will resume over the weekend, the envoy said.", "2024-W11-WE"),
        ("Talks resumed over the weekend, the envoy said.", "2024-W10-WE"),
    ],
)
def test_the_weekend_early_in_the_week_follows_the_tense(text: str, value: str, reading: Callable[..., Any]) -> None:
    """In a Monday paper "over the weekend" is the weekend just gone, unless the clause looks ahead."""
    assert reading(text, "the weekend", "2024-03-11").value == value
