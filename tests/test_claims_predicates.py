"""Any event predicate, read by rule: verb lemma (synonyms merged) and the thing it is said of."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.predicates import canonical_verb, find_predications, predicate_of, thing_class


def _read(text: str, title: bool = False) -> list[tuple[str, str, bool, bool]]:
    # the verb and its thing (the event itself, read besides, is tested in test_conflicts_events_by_stem.py)
    return [(p.lemma, p.thing.cls, p.negated, p.modal) for p in find_predications(text, 0, len(text), title=title)
            if not p.itself]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayors of both towns signed a fishing accord in Orlo on Monday", [("sign", "agreement", False, False)]),
    ("that any accord had been signed", [("sign", "agreement", False, False)]),
    ("The two towns are expected to sign the accord next week", [("sign", "agreement", False, True)]),
    ("that three bakeries in Tamsk had run out of flour", [("run out", "bakery", False, False)]),
    ("that no bakery had run out", [("run out", "bakery", True, False)]),
    ("The mill shut down the packing line on Friday", [("close", "line", False, False)]),
    ("The mill will close the packing line in July", [("close", "line", False, True)]),
    ("The committee had not approved the harbor plan", [("approve", "plan", True, False)]),
    ("The plan was approved by the council on Friday", [("approve", "plan", False, False)]),
    ("The storm destroyed 40 sheds near the coast", [("destroy", "shed", False, False)]),
    ("that Tamsk had been evacuated", [("displace", "tamsk", False, False)]),
    ("Police evacuated the village of Tamsk on Monday", [("displace", "tamsk", False, False)]),
    ("Police evacuated Tamsk on Monday", [("displace", "tamsk", False, False)]),
])
def test_predicates_of_body_sentences(text: str, expected: list[tuple[str, str, bool, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Two towns sign fishing accord", [("sign", "agreement", False, False)]),
    ("Orlo recount ordered", [("order", "recount", False, False)]),
    ("Tamsk accord not yet signed", [("sign", "agreement", True, False)]),
    ("Mill to close packing line", [("close", "line", False, True)]),
])
def test_predicates_of_headlines(title: str, expected: list[tuple[str, str, bool, bool]]) -> None:
    assert _read(title, title=True) == expected


@pytest.mark.parametrize("text", [
    "He was happy with the result.",
    "The road was closed to traffic.",
    "The mayor said the weather was fine.",
    "about 4 in 10 registered voters",
    "the signed accord",
])
def test_no_event_where_there_is_none(text: str) -> None:
    """Adjectives after "be", "to" before a noun, reporting verbs and attributive participles are no events
    (the closed road is one: "was closed" is passive)."""
    assert [p for p in _read(text) if p[0] not in {"close"}] == []


@pytest.mark.parametrize(("word", "lemma"), [
    ("closed", "close"), ("closes", "close"), ("ordered", "order"), ("vaccinated", "vaccinat"),
    ("vaccinating", "vaccinat"), ("approved", "approve"),
])
def test_every_form_of_a_verb_meets(word: str, lemma: str) -> None:
    assert canonical_verb(word) == lemma


@pytest.mark.parametrize(("words", "cls"), [
    (["assembly", "line"], "line"), (["deal"], "agreement"), (["treaty"], "agreement"), (["sheds"], "shed"),
])
def test_things_meet_through_synonyms(words: list[str], cls: str) -> None:
    assert thing_class(words) == cls


@pytest.mark.parametrize(("text", "noun", "lemma"), [
    ("At least 300 lambs have been vaccinated since May", "lambs", "vaccinat"),
    ("the office put the number of vaccinated lambs at 120", "lambs", "vaccinat"),
    ("Some 20 nurses were hired on Monday", "nurses", "hire"),
    ("Some 20 nurses met the minister", "nurses", None),
])
def test_the_verb_said_of_a_counted_noun(text: str, noun: str, lemma: str | None) -> None:
    """The verb that says something of the counted noun (passive, participle), not one its subject did to
    something else."""
    start = text.index(noun)
    assert predicate_of(text, start, start + len(noun), 0, len(text)) == lemma


@pytest.mark.parametrize("text", ["", "   ", "ed ed ed", "“”", "to to to", "was was been", "Ran out.", "12 34 56"])
def test_never_crashes_on_odd_text(text: str) -> None:
    for title in (False, True):
        for found in find_predications(text, 0, len(text), title=title):
            assert text[found.start:found.end]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdehlnorstuwy ,.“”'ABT0123-\n")), max_size=120), st.booleans())
def test_predications_slice_their_text(text: str, title: bool) -> None:
    """Any string: no crash, every verb span lies inside the text, every thing span too."""
    for found in find_predications(text, 0, len(text), title=title):
        assert 0 <= found.start < found.end <= len(text)
        assert 0 <= found.thing.start < found.thing.end <= len(text)
