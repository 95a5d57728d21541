"""Anchoring decisions: publication date versus the story's own time, tense-aware year and weekday choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "2024-03-13"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The mayor resigned on Monday, aides said.", "Monday", "2024-03-11"),
        ("The mayor will resign on Monday, aides said.", "Monday", "2024-03-18"),
        ("The mayor resigned on Wednesday, aides said.", "Wednesday", "2024-03-13"),
        ("The mayor resigned last Friday, aides said.", "last Friday", "2024-03-08"),
        ("The mayor resigns next Friday, aides said.", "next Friday", "2024-03-15"),
    ],
)
def test_weekday_by_tense(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """A bare weekday is the most recent one in a past clause, the next one in a future clause."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "published", "value"),
    [
        ("The dam was finished in February, the engineer said.", "February", "2024-03-13", "2024-02"),
        ("The dam will be finished in January, the engineer said.", "January", "2024-03-13", "2025-01"),
        ("The dam was finished in November, the engineer said.", "November", "2024-03-13", "2023-11"),
        ("The dam will open on Jan. 4, the engineer said.", "Jan. 4", "2023-12-20", "2024-01-04"),
        ("The dam opened on Dec. 28, the engineer said.", "Dec. 28", "2024-01-05", "2023-12-28"),
        ("The court ruled in February; in January, the appeal will be heard.", "January", "2024-03-13", "2025-01"),
        # the attribution after a quotation does not set the tense of what was quoted
        ('"We feel good about our chances in May," the mayor said.', "May", "2024-03-13", "2024-05"),
        # "May" the month is no modal: the count went from 10 in May to 12 in June, both past
        ("Staff grew from 10 in May to 12 in June, the filing showed.", "June", "2024-08-23", "2024-06"),
        # "last"/"next" before a month and day pick the occurrence before/after publication
        ("The barn burned down last Oct. 23, neighbours said.", "last Oct. 23", "2024-03-13", "2023-10-23"),
        ("The fair reopens next March 3, organisers said.", "next March 3", "2024-03-13", "2025-03-03"),
        # a participle after a modal or "be" is no past tense: the modal decides
        ("The bonus would be paid on a date in January, the firm said.", "January", "2023-10-26", "2024-01"),
        # "by" marks a deadline only right before the date, not as the agent of a passive
        ("The driver was stopped by police in December for speeding.", "December", "2024-04-18", "2023-12"),
    ],
)
def test_year_by_tense(text: str, surface: str, published: str, value: str, reading: Callable[..., Any]) -> None:
    """A month (and day) without a year takes the publication year, moved by the clause's tense."""
    assert reading(text, surface, published).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Crowds gathered as soon as Friday, police said.", "Friday", "2024-03-15"),
        ("The ferry sank on Sunday, and divers searched Monday.", "Sunday", "2024-03-10"),
        # a possessive weekday follows the clause too: "ahead of Tuesday's primary" is ahead
        ("Candidates will campaign hard ahead of Tuesday's primary.", "Tuesday", "2024-03-19"),
        # a modal before the date points ahead, unless it looks back ("could have") or is negated
        ("The senator could win the state on Tuesday, aides said.", "Tuesday", "2024-03-19"),
        ("The senator could have won the state on Tuesday, aides said.", "Tuesday", "2024-03-12"),
        ("The senator could not be reached on Tuesday, aides said.", "Tuesday", "2024-03-12"),
        # a plan stated in the pluperfect is over
        ("The permit had been due to lapse Friday evening.", "Friday evening", "2024-03-08TEV"),
        ("Fans were planning to march through the old town on Saturday.", "Saturday", "2024-03-16"),
        # the words after the date decide when the clause before it has no marker
        ("Rain fell.  On Friday, the orchard growers plan to meet.", "Friday", "2024-03-15"),
    ],
)
def test_weekday_cues(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"As soon as" points to the next such day; a plain past report to the last one."""
    assert reading(text, surface).value == value


def test_published_anchor_is_exposed(reading: Callable[..., Any]) -> None:
    """A deictic expression says it counts from the publication date."""
    mention = reading("The bridge closed yesterday.", "yesterday")
    assert (mention.anchor, mention.anchor_value, mention.anchor_span) == ("published", PUBLISHED, None)


def test_absolute_anchor_for_a_full_date(reading: Callable[..., Any]) -> None:
    """A fully written date needs no anchor."""
    assert reading("The bridge closed on May 2, 2021.", "May 2, 2021").anchor == "absolute"


def test_narrative_anchor_counts_from_the_story(reading: Callable[..., Any]) -> None:
    """"Two weeks later" counts from the date the story last stated, and says which one."""
    text = "The bridge closed on May 2, 2021. Two weeks later, it reopened."
    mention = reading(text, "Two weeks later")
    assert mention.value == "2021-05-16"
    assert mention.anchor == "narrative"
    assert mention.anchor_span is not None and mention.anchor_span.text == "May 2, 2021"
    assert mention.anchor_value == "2021-05-02"


def test_previous_weekday_counts_back_from_story_day(reading: Callable[..., Any]) -> None:
    """"The previous Friday" is the Friday before the story's day, not the latest one."""
    text = "The index closed at 50 on March 8, down from 55 the previous Friday."
    mention = reading(text, "the previous Friday")
    assert (mention.value, mention.anchor) == ("2024-03-01", "narrative")


def test_following_day_is_narrative(reading: Callable[..., Any]) -> None:
    """"The following day" is the day after the story's date, not after publication."""
    text = "The storm hit on Aug. 3, 2022. The following day, roads were closed."
    assert reading(text, "The following day").value == "2022-08-04"


def test_year_earlier_keeps_the_quarter(reading: Callable[..., Any]) -> None:
    """In an earnings story, "a year earlier" is the same quarter of the previous year."""
    text = "Profit rose in the third quarter to $5 million from $4 million a year earlier."
    mention = reading(text, "a year earlier", "2023-10-26")
    assert (mention.value, mention.anchor) == ("2022-Q3", "narrative")


@pytest.mark.parametrize("surface", ["the year-ago quarter", "the year-earlier quarter"])
def test_year_ago_quarter_counts_back_a_year(surface: str, reading: Callable[..., Any]) -> None:
    """"The year-ago quarter" is the story's quarter one year back, not the quarter before it."""
    text = f"Profit rose in the third quarter, up from {surface}."
    assert reading(text, surface, "2023-10-26").value == "2022-Q3"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The flood peaked on March 3. The next morning, crews arrived.", "The next morning", "2024-03-04TMO"),
        ("The flood peaked on March 3. The previous night was calm.", "The previous night", "2024-03-02TNI"),
        ("The flood peaked on March 3. That evening the river fell.", "That evening", "2024-03-03TEV"),
    ],
)
def test_part_of_day_steps_from_story_day(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"The next morning" is the morning after the story's day, "the previous night" the one before."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a story time of year granularity cannot anchor a weekend: the publication date does (the weekend gone
        # by, since the clause is past)
        ("The fair has run since 1994. Over the weekend it drew crowds.", "2024-03-13", "2024-W10-WE"),
        # read on a Monday, "the weekend" is the one just gone
        ("Over the weekend the fair drew crowds.", "2024-03-11", "2024-W10-WE"),
    ],
)
def test_the_weekend(text: str, published: str, value: str, reading: Callable[..., Any]) -> None:
    """"The weekend" counts from the story's day only when the story named a day or week."""
    assert reading(text, "the weekend", published).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value", "anchor"),
    [
        ("Profit rose in the third quarter. It earned less in the 2022 quarter.", "the 2022 quarter", "2022-Q3",
         "narrative"),
        ("Profit rose in the third quarter ended Sept. 30. It earned less in the 2022 period.", "the 2022 period",
         "2022-Q3", "narrative"),
        ("Profit rose in the third quarter. Sales in the current quarter began well.", "the current quarter",
         "2023-Q4", "published"),
    ],
)
def test_quarter_named_by_year_or_current(
    text: str, surface: str, value: str, anchor: str, reading: Callable[..., Any],
) -> None:
    """"The 2022 quarter" is the story's quarter in that year; "the current quarter" is the one under way."""
    mention = reading(text, surface, "2023-10-26")
    assert (mention.value, mention.anchor) == (value, anchor)


def test_year_earlier_after_a_stretch_of_months_keeps_the_year(reading: Callable[..., Any]) -> None:
    """After "the first nine months", "a year earlier" is that stretch a year back: no quarter names it."""
    text = "Profit rose in the third quarter. In the first nine months, sales rose from $4 million a year earlier."
    mention = reading(text, "a year earlier", "2023-10-26")
    assert (mention.value, mention.anchor) == ("2022", "narrative")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a quarter still under way at publication, looked at ahead, leaves the story's quarter alone
        ("Profit rose in the third quarter. The storm will cause a fourth-quarter charge. Sales were flat from "
         "a year ago.", "2022-Q3"),
        # the same quarter reported in the past tense is a fiscal quarter already over
        ("The firm reported lower fourth-quarter earnings. Sales were flat from a year ago.", "2022-Q4"),
    ],
)
def test_unfinished_quarter_is_no_story_quarter(text: str, value: str, reading: Callable[..., Any]) -> None:
    """Only a quarter that is over (or reported as over) anchors "a year ago" in an earnings story."""
    assert reading(text, "a year ago", "2023-10-26").value == value


def test_ago_counts_from_publication(reading: Callable[..., Any]) -> None:
    """"Ago" counts back from the publication date even after another date was mentioned."""
    text = "The bridge closed on May 2, 2021. The ferry stopped three days ago."
    assert reading(text, "three days ago").value == "2024-03-10"


def test_said_on_date_for_claims(reading: Callable[..., Any]) -> None:
    """"On May 2, ... said" gives the claim builder a day value relative to publication."""
    mention = reading("On May 2, the minister said the road would open.", "May 2", "2024-05-10")
    assert (mention.type, mention.value, mention.mod) == ("DATE", "2024-05-02", None)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Reporters expect a statement when he speaks on Monday.", "Monday", "2024-03-18"),
        ("Lawmakers want answers once the minister testifies Monday.", "Monday", "2024-03-18"),
        # a past verb in the time clause keeps it in the past
        ("Reporters got a statement when he spoke on Monday.", "Monday", "2024-03-11"),
        # a noun in -s after the article is no verb: nothing points ahead
        ("Reporters left the hall when the talks on Monday stalled.", "Monday", "2024-03-11"),
        # a habit is no day ahead
        ("When he speaks on Monday, he often names a deputy.", "Monday", "2024-03-11"),
    ],
)
def test_present_in_a_time_clause_looks_ahead(text: str, surface: str, value: str,
                                              reading: Callable[..., Any]) -> None:
    """A present tense after "when" or "once" stands for the future, as in "when he speaks on Monday"."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The bakery reopened a few days ago, neighbours said.", "a few days ago", "PAST_REF"),
        ("The bakery reopened just a few weeks ago.", "just a few weeks ago", "PAST_REF"),
        ("The bakery reopened a few years ago.", "a few years ago", "PAST_REF"),
        ("The bakery will be gone a few years from now.", "a few years from now", "FUTURE_REF"),
        # a count stays a count
        ("The bakery reopened two weeks ago.", "two weeks ago", "2024-02-28"),
    ],
)
def test_a_few_units_back_is_no_count_of_one(text: str, surface: str, value: str,
                                             reading: Callable[..., Any]) -> None:
    """"a few days ago", "a few years ago" are some time back, not one day or one year."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a present passive is no past tense: the clause has no tense, and the nearest November is ahead
        ("The ruling can be reversed if a new judge is appointed in November.", "November", "2024-11"),
        ("The harvest festival in November is threatened by the floods.", "November", "2024-11"),
        # a past passive still is
        ("The judge was appointed in November, the clerk said.", "November", "2023-11"),
    ],
)
def test_present_passive_is_no_past(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"is appointed", "is threatened": a form in -ed after a present "be" is a passive of the present."""
    assert reading(text, surface, "2024-08-08").value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Neither the mayor nor her aides could be reached Monday for comment.", "Monday", "2024-03-11"),
        ("Nobody could find the ferry on Monday, the coast guard said.", "Monday", "2024-03-11"),
        # without a negation, "could" before the day still looks ahead
        ("The ferry could sail on Monday if the wind drops.", "Monday", "2024-03-18"),
        ("None of the players and coaches could be reached on Monday.", "Monday", "2024-03-11"),
        ("Neither the mayor nor her aides, however, could be reached on Monday.", "Monday", "2024-03-11"),
        # a negation in another clause does not negate "could"
        ("If none of the parties agrees, the talks could resume on Friday.", "Friday", "2024-03-15"),
        ("Nobody knows yet, but the court could rule on Friday.", "Friday", "2024-03-15"),
        ("Nobody knows yet but the court could rule on Friday.", "Friday", "2024-03-15"),
        ("None of it matters if the club could sign him on Friday.", "Friday", "2024-03-15"),
    ],
)
def test_negated_could_is_past(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"Neither ... nor ... could be reached Monday" says "could not": a day gone by, not one ahead."""
    assert reading(text, surface).value == value
