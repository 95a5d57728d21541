"""Conflicts found (or rightly left out) in multi-source stories written for probing: crowd and on-board figures,
increments, ranges, tolls dated by their disaster, milder forms of an event, and the layouts that carry them
(all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.attribution import find_frames, name_source
from claimkit.segment import clauses
from claimkit.subjects import place_after
from claimkit.types import Analysis


def _story(*bodies: str, titles: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> Analysis:
    return story(*bodies, titles=titles, dates=dates, first="2030-05-10", title="Marsh town news")


def _kinds(analysis: Analysis) -> list[str]:
    return conflict_kinds(analysis)


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # rival crowd figures for one march
        ("Thousands marched through central Varn on Saturday. Organisers said more than 80,000 people had taken "
         "part. Police put the crowd at about 15,000.", ["numeric"]),
        ("Organisers said 40,000 people turned out in Varn on Sunday. Police said about 9,000 people attended.",
         ["numeric"]),
        # the same march, figures that can both be right
        ("Organisers said more than 20,000 people had taken part in Varn. Police put the crowd at about 25,000.",
         []),
        # rival counts of the people on board
        ("A ferry sank off Varn on Monday with about 200 people on board, the coast guard said. The operator said "
         "310 passengers had been aboard.", ["numeric"]),
    ],
)
def test_crowd_and_on_board_figures(body: str, kinds: list[str]) -> None:
    """"took part", "turned out", "the crowd", "attended" count one turnout; "on board" and "aboard" one load."""
    assert _kinds(_story(body)) == kinds


def test_rally_in_another_city_is_another_crowd() -> None:
    """"a smaller rally in the port city of Hallin" is not the march through central Varn."""
    body = ("Tens of thousands of people marched through central Varn on Saturday, police said. A smaller rally in "
            "the port city of Hallin drew about 2,000 people, local police said.")
    assert _kinds(_story(body)) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A rally in the port city of Hallin drew 2,000 people.", "Hallin"),
        ("Crowds marched through central Varn.", "Varn"),
        ("A storm swept into the small coastal town of Pell.", "Pell"),
        ("Crowds marched through the night.", None),
    ],
)
def test_place_after_descriptions(text: str, place: str | None) -> None:
    """A place introduced as "the port city of X" or "central X" is still the place."""
    assert place_after(text, 0, len(text)) == place


@pytest.mark.parametrize(
    "second",
    [
        "Divers recovered six more bodies on Tuesday, bringing the death toll to 17, the coast guard said.",
        "Another 40 homes were found damaged on Tuesday, bringing the total to 180, officials said.",
    ],
)
def test_increment_is_not_a_total(second: str) -> None:
    """"six more bodies", "another 40 homes" add to a total: never set against the total of the day before."""
    first = "A ferry sank off Varn on Monday. Eleven bodies were recovered and 140 homes were damaged, officials said."
    assert _kinds(_story(first, second)) == []


def test_range_is_one_clause() -> None:
    """"between 35,000 and 40,000 people" is one figure, not two clauses."""
    text = "The institute put the crowd at between 35,000 and 40,000 people and 12 were hurt."
    parts = [text[a:b] for a, b in clauses(text, 0, len(text))]
    assert parts[0].endswith("between 35,000 and 40,000 people")


def test_figure_before_a_second_report_is_kept() -> None:
    """"X put the number of dead at 44, and said the agency had ..." gives X's figure a claim of its own, which
    meets the agency's rival figure for the same day."""
    body = ("The toll from Monday's landslide in Varn reached 58, the relief agency said on Thursday. But the "
            "regional council put the number of dead at 44 on Thursday, and said the agency had counted some "
            "victims twice.")
    analysis = _story(body)
    assert any("44" in c.text and c.counts for c in analysis.claims)
    assert _kinds(analysis) == ["numeric"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Western officials, speaking on condition of anonymity, estimated the force at 9,000 troops.",
         "Western officials"),
        ("An independent count by the Varn Data Institute, which analysed drone footage, put the crowd at 30,000.",
         "An independent count by the Varn Data Institute"),
    ],
)
def test_source_before_a_parenthetical(text: str, source: str) -> None:
    """A participle or relative clause between the source and its verb is skipped to find the source."""
    frames = find_frames(text, 0, len(text))
    assert frames and frames[0].source == source


def test_sentence_conjunction_is_no_part_of_the_source() -> None:
    """"But the regional council put ..." names the regional council."""
    assert name_source("But the regional council").name == "regional council"


def test_headline_names_what_its_body_hedges() -> None:
    """"Storm destroys Varn school" against "the storm may have damaged the old school in Varn": the headline says
    more than its body."""
    analysis = _story("A storm on Tuesday may have damaged the old school in Varn, local radio reported.",
                      titles=("Storm destroys Varn school",))
    assert _kinds(analysis) == ["headline"]


def test_denial_of_destruction_does_not_deny_damage() -> None:
    """"The school was not destroyed" leaves "40 homes were damaged" standing: a milder form is no contradiction;
    "the school was destroyed" against it is one."""
    calm = _story("About 40 homes in Varn had been damaged by the storm, officials said on Monday.",
                  "The school in Varn was not destroyed, the mayor said on Tuesday. “It is cracked but standing.”")
    assert _kinds(calm) == []
    clash = _story("The school in Varn was destroyed by the storm, officials said on Monday.",
                   "The school in Varn was not destroyed, the mayor said on Tuesday.")
    assert _kinds(clash) == ["status"]


def test_trapped_miners_and_men_are_one_count() -> None:
    """"14 miners were trapped" and "18 men had been trapped" count the same people."""
    analysis = _story("Fourteen miners were trapped underground at the Varn mine on Sunday, the operator said.",
                      "The union said on Monday that 18 men had been trapped at the Varn mine.")
    assert _kinds(analysis) == ["numeric"]


def test_toll_dated_by_its_disaster_is_the_toll_of_the_day_said() -> None:
    """"the toll from Monday's quake rose to 58" said on Thursday meets another Thursday figure of 44."""
    body = ("Rescuers in Varn recovered more bodies, bringing the death toll from Monday's quake to 58, the relief "
            "agency said on Thursday. The regional council said on Thursday that 44 people had been killed.")
    assert _kinds(_story(body)) == ["numeric"]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # one day, two measures of the burned land
        ("A satellite survey found the fire near Varn had burned more than 30,000 hectares. The fire service said "
         "the fire had burned 14,500 hectares.", ["numeric"]),
        # acres and hectares are one measure: 30,000 acres is about 12,100 hectares
        ("The fire near Varn has scorched about 30,000 acres, the fire service said. Rangers said the fire had "
         "burned 12,000 hectares.", []),
        # homes lost are homes destroyed
        ("The fire near Varn has destroyed 140 homes, a university survey found. The fire service said 96 homes "
         "had been lost.", ["numeric"]),
        # a separate fire is another quantity
        ("The fire near Varn has burned about 12,000 hectares, the fire service said. A separate fire near the "
         "town of Pell has burned 400 hectares.", []),
    ],
)
def test_burned_area_and_lost_homes(body: str, kinds: list[str]) -> None:
    """Areas (hectares, acres) of burned land are compared in one measure; "homes had been lost" is destruction;
    "a separate fire" is another event."""
    assert _kinds(_story(body)) == kinds


def test_burned_area_that_grows_is_a_revision() -> None:
    """12,000 hectares on one day and 15,200 two days later: the fire grew."""
    analysis = _story("The fire near Varn has burned about 12,000 hectares, the fire service said on Thursday.",
                      "The fire near Varn was contained on Saturday after burning 15,200 hectares, the fire "
                      "service said.")
    assert _kinds(analysis) == []


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("Turnout at the second march in Varn was smaller. Police estimated it at 9,000; organisers said 50,000 "
         "took part.", ["numeric"]),
        ("Organisers said 50,000 turned out in Varn on Sunday. Police said the crowd was about 9,000 people.",
         ["numeric"]),
        # "it" after a sentence on no event of people names nothing countable
        ("The new bridge in Varn was finished on time. Engineers estimated it at 9,000 tonnes; the builder said "
         "50,000 visitors came.", []),
    ],
)
def test_bare_figures_of_a_crowd(body: str, kinds: list[str]) -> None:
    """A bare figure as the subject of "took part" / "turned out", or one a source puts "it" at after a sentence on
    a turnout, counts people of that turnout."""
    assert _kinds(_story(body)) == kinds
