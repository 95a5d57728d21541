"""Rules of the thirteenth session for unseen stories, each with the near misses it must not fire on: power cuts
said in other words, measures of one substance, people carried and people on board, a level reached since a
starting time, an event dated inside a stretch another source says it has not happened in, and the day a source
spoke when its words name another month (all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit import Document, analyze
from claimkit.modality import read_modality

_GRID = ("Storm cuts power across Varnholm", "Varnholm blackout: figures disputed")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # one outage in two wordings, two incompatible figures
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "Some 230,000 homes were left without power after the Varnholm storm, the regional ministry said.",
         ["numeric"]),
        # what is left a day later is another quantity than what the storm cut
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "Some 8,000 homes in Varnholm were still without power on Sunday, the regional ministry said.", []),
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "About 12,000 homes remain without power in the Varnholm area, the regional ministry said.", []),
        # homes and businesses are two things
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "Some 230,000 customers were left without power after the Varnholm storm, the regional ministry "
         "said.", []),
        # a part of the area only: at most the whole, no contradiction while below it
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "In the old town alone, some 30,000 homes lost power in the Varnholm storm, the regional ministry said.",
         []),
        # the most at one moment against all that lost it at some point
        ("About 90,000 homes in Varnholm lost power at the peak of the storm on Friday night, the grid company "
         "Pellan Energy said.",
         "In total, some 230,000 homes in Varnholm lost power at some point during the storm, the regional ministry "
         "said.", []),
        # the whole region against one town
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "Across the region, some 230,000 homes lost power in the storm, the regional ministry said.", []),
        # another town (named first in its sentence)
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "In Kelby, some 230,000 homes lost power in the storm, the regional ministry said.", []),
        # a figure quoted only to be rejected
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "The ministry said reports that 230,000 homes in Varnholm lost power were wrong.", []),
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "The ministry dismissed claims of 230,000 homes without power in Varnholm.", []),
        # a revision
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "Pellan Energy raised its estimate on Saturday: some 230,000 homes in Varnholm lost power in the storm.",
         []),
        # people are not homes
        ("About 90,000 homes in Varnholm lost power on Friday night, the grid company Pellan Energy said.",
         "Some 230,000 people in Varnholm were left without power after the storm, the regional ministry said.",
         []),
    ],
)
def test_outage_in_other_words(first: str, second: str, kinds: list[str]) -> None:
    """"lost power" and "left without electricity" count one outage; what remains or a part does not."""
    assert conflict_kinds(story(first, second, titles=_GRID)) == kinds


_SPILL = ("Diesel leak at Dorrel depot", "Dorrel depot leak larger than reported")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("About 4,000 litres of diesel leaked from a tank at the Dorrel depot on Monday, the operator Kestin Fuels "
         "said.",
         "Roughly 31,000 litres of diesel escaped from the Dorrel depot, the river authority said on Tuesday.",
         ["numeric"]),
        # another substance in the same measure
        ("About 4,000 litres of diesel leaked from a tank at the Dorrel depot on Monday, the operator Kestin Fuels "
         "said.",
         "Roughly 31,000 litres of water were used to flush the drains at the Dorrel depot, the river authority "
         "said on Tuesday.", []),
        # what the tank held is no amount spilled
        ("About 4,000 litres of diesel leaked from a tank at the Dorrel depot on Monday, the operator Kestin Fuels "
         "said.",
         "The tank at the Dorrel depot held roughly 31,000 litres of diesel, the river authority said on "
         "Tuesday.", []),
        # a daily rate against a total
        ("About 4,000 litres of diesel leaked each day from the Dorrel depot, the operator Kestin Fuels said.",
         "Roughly 31,000 litres of diesel escaped from the Dorrel depot in total, the river authority said on "
         "Tuesday.", []),
        # no substance named: not known to be the same measure
        ("About 4,000 litres of diesel leaked from a tank at the Dorrel depot on Monday, the operator Kestin Fuels "
         "said.",
         "Roughly 31,000 litres escaped from the Dorrel depot, the river authority said on Tuesday.", []),
    ],
)
def test_measure_of_one_substance(first: str, second: str, kinds: list[str]) -> None:
    """Litres are compared only as litres of one substance spilled."""
    assert conflict_kinds(story(first, second, titles=_SPILL)) == kinds


_FERRY = ("Coach overturns near Lissow", "Lissow coach crash: police give figures")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("A Tarvo Lines coach carrying 31 passengers overturned near Lissow on Monday, the operator said.",
         "There were about 55 people on board the Tarvo Lines coach that overturned near Lissow, police said on "
         "Tuesday.", ["numeric"]),
        # the crew makes the difference
        ("A Tarvo Lines coach carrying 31 passengers and two crew overturned near Lissow on Monday, the operator "
         "said.",
         "There were 33 people on board the Tarvo Lines coach that overturned near Lissow, police said on "
         "Tuesday.", []),
        ("A Tarvo Lines ferry carrying 2,100 passengers ran aground near Lissow on Monday, the operator said.",
         "About 2,900 people, including the crew, were on board the Tarvo Lines ferry, police said on Tuesday.", []),
    ],
)
def test_carried_and_on_board(first: str, second: str, kinds: list[str]) -> None:
    """People carried are people on board, unless the crew may be the difference."""
    assert conflict_kinds(story(first, second, titles=_FERRY)) == kinds


_LIST = ("Brenna clinic waiting list shrinks", "Union disputes Brenna clinic figures")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # the level reached now, not in January
        ("The count of patients waiting for treatment at the Brenna clinic has fallen by 5 percent since "
         "January, to 12,000, health minister Ola Ferrin said on Monday.",
         "More than 16,000 patients wait for treatment at the Brenna clinic, the nurses' union said on "
         "Tuesday.", ["numeric"]),
        # the figure of January itself, against one of today
        ("In January, 16,500 patients were waiting for treatment at the Brenna clinic, health minister Ola Ferrin "
         "said on Monday.",
         "More than 12,000 patients wait for treatment at the Brenna clinic, the nurses' union said on "
         "Tuesday.", []),
    ],
)
def test_level_reached_since(first: str, second: str, kinds: list[str]) -> None:
    """"since January, to 12,000": the figure is of the day it is given."""
    assert conflict_kinds(story(first, second, titles=_LIST)) == kinds


@pytest.mark.parametrize(
    ("content", "modality"),
    [
        ("the list of people waiting for planned operations has shrunk to 9,000", "asserted"),
        ("a list of proposed sites was published", "asserted"),
        ("the planned strike will go ahead", "expected"),
        ("the union called a planned walkout for Friday", "expected"),
    ],
)
def test_attributive_plan_in_a_phrase(content: str, modality: str) -> None:
    """"planned" inside a prepositional phrase describes its noun, not the claim."""
    assert read_modality(content, "said on Monday", "say").modality == modality


_BRIDGE = ("Torsa bridge closed after crack found", "Torsa bridge checks questioned")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The Torsa bridge had been inspected last month, the roads agency said on Monday.",
         "The Torsa bridge has not been inspected since 2029, the engineers' association said on Tuesday.",
         ["status"]),
        # the inspection is dated before the stretch begins
        ("The Torsa bridge was inspected in 2028, the roads agency said on Monday.",
         "The Torsa bridge has not been inspected since 2029, the engineers' association said on Tuesday.", []),
        # no date: not known to fall inside the stretch
        ("The Torsa bridge has been inspected, the roads agency said on Monday.",
         "The Torsa bridge has not been inspected since 2029, the engineers' association said on Tuesday.", []),
        # "since" with no negation: no stretch denied
        ("The Torsa bridge had been inspected last month, the roads agency said on Monday.",
         "The Torsa bridge has been inspected twice since 2029, the engineers' association said on Tuesday.", []),
    ],
)
def test_dated_inside_a_denied_stretch(first: str, second: str, kinds: list[str]) -> None:
    """An event dated inside "has not happened since" contradicts it."""
    assert [k for k in conflict_kinds(story(first, second, titles=_BRIDGE)) if k == "status"] == kinds


def test_a_month_in_what_was_said_is_no_day_of_speaking() -> None:
    """"said on Friday the mill had passed a check in March and showed ...": the second part is said on Friday."""
    analysis = story("Orvel Mills chief Tam Rusk said on Friday the mill had passed a fire check in March and "
                     "showed no sign of damage. The fire service said, however, that the mill had not been "
                     "checked since 2027.", first="2031-06-14")
    said = {c.text: c.said_on for c in analysis.claims}
    assert all(value is None or not value.startswith("2031-03") for value in said.values()), said



def test_the_day_right_after_the_verb_of_saying_dates_it() -> None:
    """"..., inspector Lene Brask said on Monday": Monday dates the saying even when a quotation misread around the
    sentence ("until inspectors have approved ...") holds it."""
    doc = Document(id="a", published="2030-05-08", publisher="Fenwick Post",
                   text="The Oskar arena will not be opened until inspectors have approved its fire doors, city "
                        "inspector Lene Brask said on Monday.\n\nLast week's concert was a test event, Brask said.")
    said = {c.text: c.said_on for c in analyze([doc]).claims}
    assert said["The Oskar arena will not be opened until inspectors have approved its fire doors"] == "2030-05-06"

@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        # the headline announces a closure the body rules out
        ("Harl Foods to close Vessby bakery",
         "Harl Foods will cut 120 jobs at its Vessby bakery, the firm said on Monday. The bakery will stay open "
         "and keep making bread, a spokesman said.", ["headline"]),
        ("Harl Foods to close Vessby bakery",
         "Harl Foods said on Monday it would not close its Vessby bakery but would cut 120 jobs there.",
         ["headline"]),
        # open for a while only: the closure may still come
        ("Harl Foods to close Vessby bakery",
         "Harl Foods will close its Vessby bakery next year. The bakery will stay open until the end of March, a "
         "spokesman said on Monday.", []),
        # the body expects what the headline announces
        ("Harl Foods to close Vessby bakery",
         "Harl Foods will close its Vessby bakery by next summer, the firm said on Monday.", []),
        # the headline states a plan, the body another site's fate
        ("Harl Foods to close Vessby bakery",
         "Harl Foods will shut its Vessby bakery next year, the firm said. Its Dorna bakery will stay open "
         "until 2033, a spokesman said.", []),
    ],
)
def test_announced_in_the_headline_ruled_out_in_the_body(title: str, body: str, kinds: list[str]) -> None:
    """"X to close" over a body that says it will stay open, or will not close."""
    assert [k for k in conflict_kinds(story(body, titles=(title,))) if k == "headline"] == kinds


_PIPE = ("Water main leak at Selby", "Selby leak goes on")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("Crews stopped the leak on Monday morning, Selby Water said on Monday.",
         "The main is still leaking into the cellars of Selby, firefighters said on Tuesday.", ["status"]),
        # said before the stopping: no contradiction
        ("The main is still leaking into the cellars of Selby, firefighters said on Monday.",
         "Crews stopped the leak on Tuesday afternoon, Selby Water said on Tuesday.", []),
        # another source of it goes on
        ("The leak in the Selby main was stopped on Monday morning, Selby Water said on Monday.",
         "Water is still leaking from the reservoir near Selby, firefighters said on Tuesday.", []),
        # another process goes on
        ("Crews stopped the leak on Monday morning, Selby Water said on Monday.",
         "A second main is still leaking into the cellars of Selby, firefighters said on Tuesday.", []),
        # something else goes on
        ("Crews stopped the leak on Monday morning, Selby Water said on Monday.",
         "Pumps were still working in the cellars of Selby, firefighters said on Tuesday.", []),
    ],
)
def test_stopped_and_still_going(first: str, second: str, kinds: list[str]) -> None:
    """"stopped on Monday" against "is still leaking" said later."""
    analysis = story(first, second, titles=_PIPE, first="2031-03-10")
    assert [k for k in conflict_kinds(analysis) if k == "status"] == kinds


_STORM = ("Gale hits Varnholm", "Varnholm outage drags on")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("Electricity was fully restored across the town by Sunday night, Pellan Energy spokesman Ivo Marsk said on "
         "Sunday.",
         "Hundreds of homes in Varnholm were still without power on Monday, the mayor said on Monday.", ["status"]),
        ("Pellan Energy said on Sunday it had restored power across Varnholm.",
         "Many families in Varnholm were still without electricity on Monday, the mayor said on Monday.",
         ["status"]),
        # partly back: some may still lack it
        ("Electricity was partly restored across the town by Sunday night, Pellan Energy spokesman Ivo Marsk said "
         "on Sunday.",
         "Hundreds of homes in Varnholm were still without power on Monday, the mayor said on Monday.", []),
        ("Power was restored to 40,000 homes by Sunday evening, Pellan Energy spokesman Ivo Marsk said on Sunday.",
         "Hundreds of homes in Varnholm were still without power on Monday, the mayor said on Monday.", []),
        # the lack was reported before the restoration
        ("Hundreds of homes in Varnholm were still without power on Sunday, the mayor said on Sunday.",
         "Electricity was fully restored across the town by Monday night, Pellan Energy spokesman Ivo Marsk said "
         "on Monday.", []),
        # another supply
        ("Electricity was fully restored across the town by Sunday night, Pellan Energy spokesman Ivo Marsk said on "
         "Sunday.",
         "Hundreds of homes in Varnholm were still without running water on Monday, the mayor said on Monday.", []),
    ],
)
def test_restored_and_still_lacking(first: str, second: str, kinds: list[str]) -> None:
    """A supply "fully restored" against "still had no power" said the same day or later."""
    analysis = story(first, second, titles=_STORM, first="2031-03-09")
    assert [k for k in conflict_kinds(analysis) if k == "status"] == kinds


_HEAT = ("Heat deaths rise in Dorvik", "Dorvik heat toll climbs")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # the whole country against one region
        ("Nine people died of heat in Dorvik on Monday, the regional health office said on Tuesday.",
         "Across the country, 140 heat deaths have been recorded this month, the statistics bureau said on "
         "Tuesday.", []),
        # a running total against a day's figure
        ("Nine people died of heat in Dorvik on Monday, the regional health office said on Tuesday.",
         "Heat has killed 51 people in Dorvik since the heatwave began, the regional health office said on "
         "Tuesday.", []),
        # a part of those counted, named by what else befell them
        ("Police detained 30 people at the Dorvik rally on Monday, a police spokesman said on Monday.",
         "Eight people detained at the Dorvik rally have been charged, prosecutors said on Tuesday.", []),
        ("Police detained 30 people at the Dorvik rally on Monday, and 12 of them were released on Monday night, a "
         "police spokesman said on Monday.",
         "A police spokeswoman put the number detained at the Dorvik rally at 31 on Tuesday.", []),
        # a part of a whole named just before it in its sentence
        ("Police detained 30 people at the Dorvik rally on Monday, a police spokesman said on Monday.",
         "Of the 30 people detained at the Dorvik rally on Monday, 12 have been charged, prosecutors said on "
         "Tuesday.", []),
        ("Police detained 30 people at the Dorvik rally on Monday, a police spokesman said on Monday.",
         "Among those detained at the Dorvik rally, 12 have been charged, prosecutors said on Tuesday.", []),
        # while a second count of the same detentions still disagrees
        ("Police detained 30 people at the Dorvik rally on Monday, a police spokesman said on Monday.",
         "Police detained 85 people at the Dorvik rally on Monday, a rights group said on Monday.", ["numeric"]),
    ],
)
def test_scopes_and_subsets(first: str, second: str, kinds: list[str]) -> None:
    """Other scopes (the country, a running total) and subsets (those charged, "of them") are other quantities."""
    assert [k for k in conflict_kinds(story(first, second, titles=_HEAT, first="2031-03-11"))
            if k == "numeric"] == kinds


def test_a_rejected_figure_denies_no_event() -> None:
    """"a figure of 300 deaths was false" rejects a figure; it does not deny the deaths."""
    analysis = story("Nine people died of heat in Dorvik on Monday, the regional health office said on Tuesday.",
                     "A figure of 300 deaths shared online was false, a health office spokesman said on "
                     "Wednesday.", titles=_HEAT, first="2031-03-11")
    assert conflict_kinds(analysis) == []


@pytest.mark.parametrize(
    ("content", "modality"),
    [
        ("the board suspended the coach on Monday pending an inquiry", "asserted"),
        ("the driver was held pending trial", "asserted"),
        ("the merger is pending", "expected"),
    ],
)
def test_pending_as_a_preposition(content: str, modality: str) -> None:
    """"pending an inquiry" means until: no expectation of the claim."""
    assert read_modality(content, "said on Monday", "say").modality == modality


@pytest.mark.parametrize(
    ("content", "modality"),
    [
        ("the governor wants to resettle up to 9,000 migrants", "expected"),
        ("the council hopes to reopen the bridge in May", "expected"),
        ("the company aims to hire 300 workers", "expected"),
        ("the governor took in 9,000 migrants", "asserted"),
    ],
)
def test_a_wish_or_an_aim_is_no_event_yet(content: str, modality: str) -> None:
    """"wants to", "hopes to", "aims to": the subject's aim, which has not happened yet, like "plans to"."""
    assert read_modality(content, "said on Monday", "say").modality == modality


@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        # the rule's own case: ruled out with no limit
        ("Harl Foods to close Vessby bakery",
         "Harl Foods said on Monday it would not close its Vessby bakery but would cut 120 jobs there.",
         ["headline"]),
        # ruled out for a named period only: the closure may come after it
        ("Harl Foods to close Vessby bakery",
         "The Vessby bakery will not close this winter, manager Ola Brenn said on Monday, as orders keep coming in.",
         []),
        ("Harl Foods to close Vessby bakery",
         "The Vessby bakery will not close in 2032, manager Ola Brenn said on Monday.", []),
        # the body expects the announced closures; what it rules out is a third site
        ("Harl Foods to close two bakeries",
         "Harl Foods will close its Vessby and Tolm bakeries next spring, the firm said on Monday. Its Dorna "
         "bakery, which was also reviewed, will not close, a spokesman said.", []),
    ],
)
def test_a_headline_plan_against_a_limited_or_other_denial(title: str, body: str, kinds: list[str]) -> None:
    """"X to close" is not ruled out by "will not close this winter" nor by another site that stays open."""
    assert [k for k in conflict_kinds(story(body, titles=(title,))) if k == "headline"] == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("Crews stopped the leak on Monday morning, Selby Water said on Monday.",
         "The main is still leaking into the cellars of Selby, firefighters said on Tuesday.", ["status"]),
        # the paragraph says it began again: a new leak goes on
        ("Crews stopped the leak on Monday morning, Selby Water said on Monday.",
         "The main began leaking again on Monday night after a joint gave way, firefighters said. The main is "
         "still leaking into the cellars of Selby, a fire officer said on Tuesday.", []),
        # said later, of a moment before the stopping
        ("Crews stopped the leak on Monday morning, Selby Water said on Monday.",
         "On Sunday evening the main was still leaking into the cellars of Selby, firefighters said on Tuesday.",
         []),
    ],
)
def test_stopped_and_still_going_near_misses(first: str, second: str, kinds: list[str]) -> None:
    """A leak that began again, or one going on before the day it was stopped, is no denial of the stopping."""
    analysis = story(first, second, titles=_PIPE, first="2031-03-10")
    assert [k for k in conflict_kinds(analysis) if k == "status"] == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("Electricity was fully restored across the town by Sunday night, Pellan Energy spokesman Ivo Marsk said on "
         "Sunday.",
         "Hundreds of homes in Varnholm were still without power on Monday, the mayor said on Monday.", ["status"]),
        # back at one building only
        ("Power was restored to the Varnholm fire station on Sunday, Pellan Energy spokesman Ivo Marsk said on "
         "Sunday.",
         "Hundreds of homes in Varnholm were still without power on Monday, the mayor said on Monday.", []),
        # a new cut after the restoration
        ("Electricity was fully restored across the town by Sunday night, Pellan Energy spokesman Ivo Marsk said on "
         "Sunday.",
         "Another gale cut the lines on Sunday night, and hundreds of homes in Varnholm were still without power on "
         "Monday, the mayor said on Monday.", []),
        # said later, of a moment before the restoration
        ("Electricity was fully restored across the town by Sunday night, Pellan Energy spokesman Ivo Marsk said on "
         "Sunday.",
         "On Saturday morning, hundreds of homes in Varnholm were still without power, the mayor said on Monday.",
         []),
        # one part of the town back, another part still lacking it
        ("Electricity was fully restored in the harbour district by Sunday night, Pellan Energy spokesman Ivo Marsk "
         "said on Sunday.",
         "Farms in the valley west of Varnholm were still without power on Monday, the mayor said on Monday.", []),
        # the same part back and lacking
        ("Electricity was fully restored in the harbour district by Sunday night, Pellan Energy spokesman Ivo Marsk "
         "said on Sunday.",
         "Hundreds of homes in the harbour district were still without power on Monday, the mayor said on Monday.",
         ["status"]),
    ],
)
def test_restored_and_still_lacking_near_misses(first: str, second: str, kinds: list[str]) -> None:
    """A supply back at one building or part, cut again, or lacking before it came back: no contradiction."""
    analysis = story(first, second, titles=_STORM, first="2031-03-09")
    assert [k for k in conflict_kinds(analysis) if k == "status"] == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The cables of the Torsa bridge were inspected last month, the roads agency said on Monday.",
         "The cables of the Torsa bridge have not been inspected since 2029, the engineers' association said on "
         "Tuesday.", ["status"]),
        # who did it opens the active sentence: no part named
        ("The roads agency had inspected the Torsa bridge last month, its director said on Monday.",
         "The Torsa bridge has not been inspected since 2029, the engineers' association said on Tuesday.",
         ["status"]),
        # another part of the same bridge
        ("The deck of the Torsa bridge was inspected last month, the roads agency said on Monday.",
         "The cables of the Torsa bridge have not been inspected since 2029, the engineers' association said on "
         "Tuesday.", []),
    ],
)
def test_a_denied_stretch_of_another_part(first: str, second: str, kinds: list[str]) -> None:
    """"The cables have not been inspected since" says nothing of the deck."""
    assert [k for k in conflict_kinds(story(first, second, titles=_BRIDGE)) if k == "status"] == kinds


def test_a_headline_figure_against_a_body_figure_of_another_event() -> None:
    """"Four inmates escape" is not contradicted by "the prison holds about 620 inmates": with no event class in
    common, a body figure speaks to the headline's only when it counts the headline's own event."""
    doc = Document(id="p1", published="2031-02-03", publisher="Vell Herald",
                   title="Four inmates escape from Rask prison",
                   text="Four inmates escaped from Rask prison on Sunday night, the justice ministry said. The prison "
                        "holds about 620 inmates and has 210 guards.")
    assert [c.kind for c in analyze([doc]).conflicts] == []
