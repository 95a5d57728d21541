"""The conflict detectors on hand-built claims."""

from __future__ import annotations

import pytest

from claimkit.conflicts import headline, numeric, status
from claimkit.types import Claim, CountMention, Source, TimeMention


def _claim(ident: str, doc: str, text: str, source: str, said_on: str, *, modality: str = "asserted",
           polarity: str = "positive", counts: tuple[CountMention, ...] = (), subjects: tuple[str, ...] = (),
           event: str | None = None, field: str = "text", kind: str = "person",
           times: tuple[TimeMention, ...] = ()) -> Claim:
    return Claim(id=ident, doc=doc, start=0, end=len(text), text=text, field=field, source=Source(source, kind=kind),
                 modality=modality, polarity=polarity, said_on=said_on, counts=counts, subjects=subjects,
                 event=event, publisher="Gazette", times=times)


def _count(value: float, op: str = "=", unit: str = "soldier", mods: tuple[str, ...] = ("Norvian",),
           low: float | None = None, high: float | None = None) -> CountMention:
    text = f"{value:g}"
    return CountMention(start=0, end=len(text), text=text, value=value, op=op, unit=unit, modifiers=mods, low=low,
                        high=high)


KEY = "count:deploy|soldier|norv"


def test_incompatible_figures_conflict() -> None:
    """6,000 and fewer than 500 cannot both be right."""
    claims = [_claim("a:c1", "a", "6,000 Norvian soldiers", "Officials", "2030-05-01", counts=(_count(6000),)),
              _claim("b:c1", "b", "fewer than 500 Norvian soldiers", "Morr", "2030-05-03",
                     counts=(_count(500, "<"),))]
    found = numeric.claimkit_conflicts(KEY, claims)
    assert [c.claims for c in found] == [("a:c1", "b:c1")]


def test_bounds_and_approximations_agree() -> None:
    """"at least 14" and 23 agree; "about 40" and 38 agree."""
    pairs = [(_count(14, ">="), _count(23)), (_count(40, "~"), _count(38))]
    for first, second in pairs:
        claims = [_claim("a:c1", "a", "x", "A", "2030-05-01", counts=(first,)),
                  _claim("b:c1", "b", "y", "B", "2030-05-01", counts=(second,))]
        assert numeric.claimkit_conflicts(KEY, claims) == []


def test_rising_cumulative_figure_is_a_revision() -> None:
    """A death toll of 14 on one day and 23 the next is an update, not a contradiction."""
    key = "count:die|people"
    claims = [_claim("a:c1", "a", "14 people died at Stavo", "A", "2030-05-01", counts=(_count(14, unit="people",
                                                                                              mods=()),),
                     subjects=(key, "place:stavo")),
              _claim("b:c1", "b", "23 people died at Stavo", "B", "2030-05-02", counts=(_count(23, unit="people",
                                                                                              mods=()),),
                     subjects=(key, "place:stavo"))]
    assert numeric.claimkit_conflicts(key, claims) == []


def test_same_source_in_one_article_is_not_compared() -> None:
    """A source does not contradict itself within one article."""
    claims = [_claim("a:c1", "a", "x", "Morr", "2030-05-01", counts=(_count(6000),)),
              _claim("a:c2", "a", "y", "Morr", "2030-05-01", counts=(_count(100),))]
    assert numeric.claimkit_conflicts(KEY, claims) == []


def test_figures_for_different_times_are_not_compared() -> None:
    """Figures dated to different months describe different moments."""
    march = TimeMention(start=0, end=5, text="March", type="DATE", value="2030-03")
    may = TimeMention(start=0, end=3, text="May", type="DATE", value="2030-05")
    claims = [_claim("a:c1", "a", "x", "A", "2030-05-01", counts=(_count(6000),), times=(march,)),
              _claim("b:c1", "b", "y", "B", "2030-05-02", counts=(_count(100),), times=(may,))]
    assert numeric.claimkit_conflicts(KEY, claims) == []


def test_happened_then_expected_is_a_status_conflict() -> None:
    """Fought on the 1st, still expected to fight on the 9th."""
    key = "event:fight|soldier|norv"
    claims = [_claim("a:c1", "a", "Norvian soldiers have fought", "Morr", "2030-05-01", event="fight"),
              _claim("b:c1", "b", "Norvian troops are expected to join combat", "Rand", "2030-05-09",
                     modality="expected", event="fight")]
    found = status.claimkit_conflicts(key, claims)
    assert [c.kind for c in found] == ["status"]


def test_expected_then_happened_is_progress() -> None:
    """Expected first, then it happened: no contradiction."""
    key = "event:fight|soldier|norv"
    claims = [_claim("a:c1", "a", "troops are expected to fight", "Rand", "2030-05-01", modality="expected",
                     event="fight"),
              _claim("b:c1", "b", "troops have fought", "Morr", "2030-05-09", event="fight")]
    assert status.claimkit_conflicts(key, claims) == []


def test_denial_against_assertion_is_a_status_conflict() -> None:
    """"The levee at Stavo has not burst" against "the levee at Stavo burst"."""
    key = "event:breach|dam"
    claims = [_claim("a:c1", "a", "The levee at Stavo has not burst", "Morr", "2030-05-02", modality="denied",
                     polarity="negative", event="breach"),
              _claim("b:c1", "b", "The levee at Stavo burst on Monday", "Rand", "2030-05-03", event="breach")]
    found = status.claimkit_conflicts(key, claims)
    assert [c.kind for c in found] == ["status"] and "Morr" in found[0].explanation


def test_generic_subjects_in_two_stories_need_a_shared_place() -> None:
    """"the levee" in two stories about different places is not the same levee."""
    key = "event:breach|dam"
    claims = [_claim("a:c1", "a", "The levee has not burst", "Morr", "2030-05-02", modality="denied",
                     polarity="negative", event="breach"),
              _claim("b:c1", "b", "The levee burst", "Rand", "2030-05-03", event="breach")]
    assert status.claimkit_conflicts(key, claims) == []


def test_headline_asserting_what_the_body_expects() -> None:
    """A flat headline over a body that only expects the event."""
    key = "event:fight|soldier|norv"
    claims = [_claim("a:c1", "a", "Norvian Troops Battle Near Stavo", "Gazette", "2030-05-02", field="title",
                     kind="publication", event="fight"),
              _claim("a:c2", "a", "Norvian troops are expected to join combat", "Rand", "2030-05-01",
                     modality="expected", event="fight")]
    found = headline.claimkit_conflicts(key, claims)
    assert [c.claims for c in found] == [("a:c1", "a:c2")]


def test_headline_supported_by_attributed_body_is_fine() -> None:
    """A body that asserts the event (even through a source) supports the headline."""
    key = "event:breach|dam"
    claims = [_claim("a:c1", "a", "Levee bursts", "Gazette", "2030-05-02", field="title", kind="publication"),
              _claim("a:c2", "a", "The levee burst", "residents", "2030-05-02")]
    assert headline.claimkit_conflicts(key, claims) == []


def test_expected_continuation_is_not_a_status_conflict() -> None:
    """"will keep fighting" after "have fought" expects more of the same."""
    key = "event:fight|soldier|norv"
    claims = [_claim("a:c1", "a", "Norvian soldiers have fought", "Morr", "2030-05-01", event="fight"),
              _claim("b:c1", "b", "Norvian troops will keep fighting", "Rand", "2030-05-09", modality="expected",
                     event="fight")]
    assert status.claimkit_conflicts(key, claims) == []


def test_dated_background_figure_is_not_compared_with_the_news() -> None:
    """"In March, 32 people were killed" is another event than today's "80 people were killed"."""
    key = "count:die|people"
    march = TimeMention(start=0, end=5, text="March", type="DATE", value="2030-03")
    claims = [_claim("a:c1", "a", "80 people were killed", "Morr", "2030-07-15",
                     counts=(_count(80, unit="people", mods=()),)),
              _claim("a:c2", "a", "In March, 32 people were killed", "Gazette", "2030-07-15",
                     counts=(_count(32, unit="people", mods=()),), times=(march,))]
    assert numeric.claimkit_conflicts(key, claims) == []


def test_casualty_figures_of_stories_set_in_one_place_are_compared() -> None:
    """Two stories set in Stavo giving 12 and 90 dead on the same day disagree."""
    key = "count:die|people"
    claims = [_claim("a:c1", "a", "12 people died", "Morr", "2030-07-15", counts=(_count(12, unit="people", mods=()),),
                     subjects=(key, "story:stavo")),
              _claim("b:c1", "b", "90 people died", "Rand", "2030-07-15", counts=(_count(90, unit="people", mods=()),),
                     subjects=(key, "story:stavo"))]
    assert len(numeric.claimkit_conflicts(key, claims)) == 1


def test_round_figure_is_approximate() -> None:
    """"5,000 injured" and "more than 5,500" are compatible: the round figure is approximate."""
    key = "count:injure|people"
    claims = [_claim("a:c1", "a", "more than 5,500 were injured at Stavo", "A", "2030-05-01",
                     counts=(_count(5500, ">", unit="people", mods=()),), subjects=(key, "place:stavo")),
              _claim("b:c1", "b", "5,000 people were injured at Stavo", "B", "2030-05-02",
                     counts=(_count(5000, unit="people", mods=()),), subjects=(key, "place:stavo"))]
    assert numeric.claimkit_conflicts(key, claims) == []


def test_figure_nearest_the_keyed_event_is_compared() -> None:
    """In "killed 257 people and injured 5,000", the injury figure is 5,000."""
    text = "killed 257 people and injured 5,000 people"
    killed = CountMention(start=7, end=10, text="257", value=257, unit="people")
    injured = CountMention(start=30, end=35, text="5,000", value=5000, unit="people")
    claim = _claim("a:c1", "a", text, "A", "2030-05-01", counts=(killed, injured))
    assert numeric._figure([claim], "people", 0, "injure") is injured


def test_reprinted_statement_is_not_a_conflict() -> None:
    """The same source on the same day in two copies of a story is one statement."""
    claims = [_claim("a:c1", "a", "x", "Gazette", "2030-05-01", counts=(_count(6000),)),
              _claim("b:c1", "b", "y", "Gazette", "2030-05-01", counts=(_count(100),))]
    assert numeric.claimkit_conflicts(KEY, claims) == []


@pytest.mark.parametrize(("key", "text", "shown", "hidden"), [
    ("event:chang|chang", "The city changed its bus routes on Monday.", "changed", "changs"),
    ("event:sign|sign", "The mayor signed the harbor agreement.", "signed", "sign…"),
    ("event:vaccin|vaccin", "The clinic began a vaccination drive.", "vaccination", "vaccins"),
])
def test_subject_of_a_stem_key_shows_a_written_word(key: str, text: str, shown: str, hidden: str) -> None:
    from claimkit.conflicts.explain import subject
    claim = Claim(id="d:c1", doc="d", start=0, end=len(text), text=text)
    words = subject(key, [claim])
    assert shown in words and hidden not in words
