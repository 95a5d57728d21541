"""A reporting verb in the infinitive ("used her speech to call for ...", "prompted the council to demand ..."): "to"
joins the cue, the controller of the infinitive is the source. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # the sentence's subject speaks; a short predicate before "to" joins the cue
        ("Anna Berg used her speech to call for a new bridge.", "a new bridge", "used her speech to call for",
         "Anna Berg"),
        ("Tom Reed went on to criticize the harbor plan.", "the harbor plan", "went on to criticize", "Tom Reed"),
        ("The mayor was quick to praise the volunteers.", "the volunteers", "was quick to praise", "The mayor"),
        # lowercase nouns after the capitalised words of the subject stay in it
        ("Harbour inspectors have no evidence to suggest a leak.", "a leak", "have no evidence to suggest",
         "Harbour inspectors"),
        # the object of a verb of prompting is the subject of the infinitive
        ("The storm prompted the council to demand new levees.", "new levees", "to demand", "the council"),
    ],
)
def test_infinitive_cues(text: str, content: str, cue: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


@pytest.mark.parametrize(
    "text",
    [
        "It is hard to say what comes next.",  # no speaker: "it" is no subject that reports
        "The crew traveled north to see the new harbor.",  # "to see" reports nothing
        "The lab was built to demonstrate the new pumps.",  # a purpose, not a report
    ],
)
def test_infinitives_that_report_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("In the valley, most Republicans support the new levy.", "the new levy", "most Republicans"),
        ("A third of the growers surveyed support a second dam.", "a second dam", "A third of the growers surveyed"),
    ],
)
def test_support_after_a_plural_or_polled_subject(text: str, content: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == ("support", source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The council voted to endorse Tom Reed.", "voted to endorse", "The council"),
        ("Berg, a farmer, rushed to defend the new levy.", "rushed to defend", "Berg, a farmer,"),
        ("Critics tend to blame the harbor board.", "tend to blame", "Critics"),
    ],
)
def test_verbs_that_carry_an_infinitive_cue_join_it(text: str, cue: str, source: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)
