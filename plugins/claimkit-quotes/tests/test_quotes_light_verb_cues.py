"""Light-verb stance phrases ("took aim at", "laid out", "made the case"), votes, and the verb forms "read", "view"
and "respond" read as cues. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("The mayor took aim at the harbor board.", "the harbor board", "took aim at", "The mayor"),
        ("The union took issue with the new rota.", "the new rota", "took issue with", "The union"),
        ("Anna Berg went after the ferry company.", "the ferry company", "went after", "Anna Berg"),
        ("The minister laid out a plan for the dunes.", "a plan for the dunes", "laid out", "The minister"),
        ("Tom Reed made no mention of the tunnel.", "the tunnel", "made no mention of", "Tom Reed"),
        ("The council voted in favor of the new bridge.", "the new bridge", "voted in favor of", "The council"),
        ("The governor distanced himself from the toll plan.", "the toll plan", "distanced himself from",
         "The governor"),
        ("Most farmers view the levy as unfair.", "the levy as unfair", "view", "Most farmers"),
        ("The ferry company did not respond to repeated requests for comment.", "repeated requests for comment",
         "did not respond to", "The ferry company"),
    ],
)
def test_light_verb_and_restored_cues(text: str, content: str, cue: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


def test_a_sign_reads_its_quotation(find) -> None:
    m = find("Near the pier, a sign read: “No swimming after dark.”", "No swimming")
    assert (m.cue.text if m.cue else None, m.direct) == ("read:", True)  # a colon after the verb joins its cue


@pytest.mark.parametrize(
    ("text", "cue_class"),
    [
        ("The union took issue with the new rota.", "denial"),
        ("The mayor took aim at the harbor board.", "neutral"),
    ],
)
def test_light_verb_classes(text: str, cue_class: str) -> None:
    assert extract_quotes(text)[0].cue_class == cue_class



@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The growers expressed concern about the new levy.", "expressed concern"),
        ("Several nurses voiced support for the strike.", "voiced support for"),
    ],
)
def test_a_stance_noun_joins_its_verb(text: str, cue: str) -> None:
    assert [m.cue.text for m in extract_quotes(text) if m.cue] == [cue]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbor board is seeking a new lease for the pier.", "a new lease for the pier", "is seeking"),
        ("The ferry company is planning a second route.", "a second route", "is planning"),
        ("Most growers would like a vote on the levy.", "a vote on the levy", "would like"),
        ("The council is looking for a new site.", "a new site", "is looking for"),
        ("The clerk pleaded guilty to two counts of fraud.", "to two counts of fraud", "pleaded guilty"),
    ],
)
def test_progressive_and_modal_phrases(text: str, content: str, cue: str, find) -> None:
    m = find(text, content)
    assert m.cue is not None and m.cue.text == cue


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("His harsh attacks on the council drew anger.", "harsh attacks on", "His"),
        ("Their strongly worded criticism of the levy angered Berg.", "strongly worded criticism of", "Their"),
    ],
)
def test_modifiers_after_a_possessor_join_a_nominal_cue(text: str, cue: str, source: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)


def test_a_noun_modifier_is_no_part_of_a_nominal_cue() -> None:
    # "disclosure" is a noun: "his disclosure statements" has no adjective to join the cue.
    assert all(m.cue is None or m.cue.text != "disclosure statements"
               for m in extract_quotes("We read his disclosure statements that the farm was sold."))
