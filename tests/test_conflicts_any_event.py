"""Status and numeric conflicts for events and measures claimkit has no table row for, and the story marks that
decide which articles may be set against each other."""

from __future__ import annotations

from typing import Any

import pytest

from claimkit import analyze
from claimkit.pipeline import STORY_NAME_DOCS, find_conflicts
from claimkit.subjects import story_names
from claimkit.types import Analysis, Claim


def _doc(ident: str, published: str, title: str, text: str) -> dict[str, Any]:
    return {"id": ident, "publisher": f"Paper {ident}", "published": published, "title": title, "text": text}


def _kinds(analysis: Analysis) -> list[str]:
    return sorted(c.kind for c in analysis.conflicts)


# the headlines name nothing: the articles meet on the names their bodies share
SIGNED = _doc("a1", "2031-03-10", "Fishing accord signed",
              "Officials from Orlo and Tamsk signed a fishing accord on Monday, the harbor office in Orlo said.\n")
DENIED = _doc("a2", "2031-03-11", "Accord in doubt",
              "Tamsk officials on Tuesday denied that any accord had been signed with Orlo.\n")
EXPECTED = _doc("a3", "2031-03-12", "Talks go on",
                "Orlo and Tamsk are expected to sign the accord in June, diplomats said on Wednesday.\n")
AGAIN = _doc("a3", "2031-03-12", "Talks go on",
             "Orlo and Tamsk are expected to sign another accord in June, diplomats said on Wednesday.\n")
NEXT_WEEK = _doc("a3", "2031-03-12", "Talks go on",
                 "Orlo and Tamsk are expected to sign the new accord next week, diplomats said on Wednesday.\n")
A_NEW_ONE = _doc("a3", "2031-03-12", "Talks go on",
                 "Orlo and Tamsk are expected to sign a new accord next week, diplomats said on Wednesday.\n")
ELSEWHERE = _doc("a4", "2031-03-11", "Accord in doubt",
                 "Officials in Brisk on Tuesday denied that any accord had been signed with Varn.\n")


@pytest.mark.parametrize(("docs", "kinds"), [
    ([SIGNED, DENIED], ["status"]),
    ([SIGNED, EXPECTED], ["status"]),
    ([SIGNED, AGAIN], []),
    ([SIGNED, NEXT_WEEK], ["status"]),
    ([SIGNED, A_NEW_ONE], []),
    ([SIGNED, ELSEWHERE], []),
])
def test_status_of_a_predicate_without_an_event_class(docs: list[dict[str, Any]], kinds: list[str]) -> None:
    """Signed vs denied, signed vs still expected ("next week" dates it, "the new accord" names it); not a repeat
    ("another accord", "a new accord"), not another story."""
    assert _kinds(analyze(docs)) == kinds


def test_a_denial_must_bear_on_the_predicate() -> None:
    """A sentence with some other "not" in it does not deny the signing."""
    other = _doc("a2", "2031-03-11", "Accord in doubt",
                 "Tamsk officials, who were not at the harbor, said on Tuesday that the accord was signed with Orlo.\n")
    assert _kinds(analyze([SIGNED, other])) == []


def test_an_intransitive_event_meets_on_its_subject() -> None:
    """"three bakeries had run out of flour" and "no bakery had run out" are one event, asserted and denied."""
    doc = _doc("b1", "2031-07-02", "Flour shortage in Tamsk",
               "Residents said on Tuesday that three bakeries in Tamsk had run out of flour. The town office denied "
               "that any bakery had run out.\n")
    assert _kinds(analyze([doc])) == ["status"]


@pytest.mark.parametrize(("second", "kinds"), [
    ("The union put the number of vaccinated lambs at 120.", ["numeric"]),
    ("The figure for vaccinated lambs was 120, the union said.", ["numeric"]),
    ("The union said 350 lambs had been vaccinated.", []),
])
def test_figures_given_in_other_words(second: str, kinds: list[str]) -> None:
    """"put the number of X at N" and "the figure for X was N" give a figure for X; bounds are respected."""
    first = _doc("c1", "2031-09-01", "Lamb vaccination in Orlo valley",
                 "At least 300 lambs have been vaccinated in the Orlo valley, farm inspector Ada Lund said.\n")
    other = _doc("c2", "2031-09-02", "Orlo valley farms", f"Farmers in the Orlo valley are worried. {second}\n")
    assert _kinds(analyze([first, other])) == kinds


def test_a_strike_counts_every_group_as_strikers() -> None:
    """"1,200 dockers walked out" and "1,800 members stopped work" are two figures for the strikers."""
    first = _doc("d1", "2031-10-05", "Orlo dock strike", "Some 1,200 dockers in Orlo walked out on Monday.\n")
    second = _doc("d2", "2031-10-06", "Orlo dock strike spreads",
                  "Union leader Ivo Sand said 1,800 members in Orlo had stopped work.\n")
    assert _kinds(analyze([first, second])) == ["numeric"]


def test_numbers_for_different_things_in_one_sentence_keep_their_own_nouns() -> None:
    """"destroyed 40 sheds and damaged 12 barns": two quantities, never grouped together."""
    analysis = analyze([_doc("e1", "2031-02-02", "", "The storm destroyed 40 sheds and damaged 12 barns.\n")])
    keys = {k for c in analysis.claims for k in c.subjects if k.startswith("count:") and not k.startswith("count:*")}
    assert keys == {"count:destroy|shed", "count:destroy|barn"}


def test_story_names_are_the_names_a_body_uses_most() -> None:
    text = "Officials in Orlo met Tamsk envoys. In March, Orlo and Tamsk talked. The Mill Street office in Orlo shut."
    assert story_names(text)[:2] == ["orlo", "tamsk"]
    assert "march" not in story_names(text)


def test_a_name_of_a_whole_beat_ties_no_story() -> None:
    """A name that many articles use (a country in a year of news) is dropped before grouping."""
    claims = [Claim(id=f"x{i}:c1", doc=f"x{i}", start=0, end=1, text="x", subjects=("about:orlo", "count:?|barn"))
              for i in range(STORY_NAME_DOCS + 2)]
    assert find_conflicts(claims) == []
    from claimkit.pipeline import _without_beat_names
    assert all("about:orlo" not in c.subjects for c in _without_beat_names(claims))


@pytest.mark.parametrize("text", [
    "The union said on Monday that the mill was running and denied that any deal had been reached.\n",
    "The union said on Monday that the mill was running, but added that talks were slow.\n",
])
def test_a_second_speech_verb_is_not_the_first_reports_content(text: str) -> None:
    """"said that X and denied that Y": X is asserted; the denial verb belongs to the next report."""
    analysis = analyze([_doc("g1", "2031-04-08", "", text)])
    first = next(c for c in analysis.claims if "mill was running" in c.text)
    assert first.text.endswith("the mill was running")
    assert first.modality == "asserted"


def test_the_name_a_body_uses_most_ties_articles() -> None:
    """A headline without names still meets an article whose headline names the place its body is mostly about."""
    first = _doc("h1", "2031-06-02", "Court halts Tamsk dam project",
                 "A regional court halted the dam project in Tamsk on Friday, lawyers said.\n")
    second = _doc("h2", "2031-06-03", "Board says project goes on",
                  "The Tamsk water board denied on Monday that the court had halted the dam project.\n")
    assert _kinds(analyze([first, second])) == ["status"]


def test_a_bare_figure_in_a_short_sentence_answers_the_one_before() -> None:
    """"The firm put the number of job cuts at 150. Others said 400.": 400 is another figure for the job cuts."""
    analysis = analyze([_doc("i1", "2031-05-05", "", "The firm put the number of job cuts at 150. Others said 400.\n")])
    bare = next(c for c in analysis.claims if c.text.strip(". ") == "400")
    assert "count:layoff|worker" in bare.subjects


@pytest.mark.parametrize(("second", "kinds"), [
    ("The union said on Tuesday that the walkout was continuing.", ["status"]),
    ("The union said on Tuesday that talks would continue next week.", []),
])
def test_going_on_says_it_has_not_ended(second: str, kinds: list[str]) -> None:
    """"the walkout was continuing" contradicts "ended the walkout"; talks that will continue do not."""
    first = _doc("j1", "2031-11-03", "Tamsk walkout over",
                 "Bus drivers in Tamsk ended the walkout on Sunday, the city office in Tamsk said.\n")
    other = _doc("j2", "2031-11-04", "Tamsk bus dispute", f"Bus drivers in Tamsk are angry. {second}\n")
    assert _kinds(analyze([first, other])) == kinds


def test_an_event_the_counted_cannot_take_part_in_is_not_the_counts() -> None:
    """"600 passengers were taken off after a fire broke out": the fire's event does not key the passengers, who
    are still compared with another figure for them."""
    first = _doc("d1", "2031-10-05", "Ferry fire on the Orlo line",
                 "About 600 passengers were taken off the ferry Vela after a fire broke out on Sunday, the port "
                 "authority said.\n")
    second = _doc("d2", "2031-10-06", "Vela fire: fewer passengers than reported",
                  "Only 350 passengers were on board the Vela when the fire started on Sunday, the operator said.\n")
    assert _kinds(analyze([first, second])) == ["numeric"]


@pytest.mark.parametrize(("first_text", "second_text"), [
    # the count's own verb ("were evacuated") stays its event, even though soldiers are not its participants; the
    # fighting after "after" is another clause's
    ("About 40 soldiers were evacuated from Pell on Monday after fighting broke out, the army said.\n",
     "Some 3,000 soldiers fought in Pell on Monday, officials said.\n"),
    ("About 500 soldiers were evacuated from Pell on Monday, the army said.\n",
     "Some 5,000 soldiers were deployed in Pell on Monday, officials said.\n"),
    # those who clashed are some of those who marched
    ("About 400 protesters clashed with police in Pell on Sunday, officials said.\n",
     "Some 12,000 protesters marched through Pell on Sunday, organisers said.\n"),
])
def test_no_figure_is_keyed_by_another_clause_or_a_default_event(first_text: str, second_text: str) -> None:
    first = _doc("d1", "2031-10-05", "Unrest in Pell", first_text)
    second = _doc("d2", "2031-10-05", "Pell unrest", second_text)
    assert _kinds(analyze([first, second])) == []
