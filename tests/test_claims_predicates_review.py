"""Review fixes in event predicates: nouns that name no event, double negation, "no" outside the subject."""

from __future__ import annotations

import pytest

from claimkit.predicates import event_stem, find_predications


def _all(text: str) -> list[tuple[str, str, bool]]:
    return [(p.lemma, p.thing.noun, p.negated) for p in find_predications(text, 0, len(text))]


@pytest.mark.parametrize(("text", "denied"), [
    ("There was no sign of the lost trawlerman.", None),
    ("There is no end in sight to the dry spell.", None),
    ("There has been no change in ferry fares.", None),
    ("There has been no evacuation of the valley.", "evacuation"),
    ("There was no recount.", "recount"),
    ("There has been no evening curfew.", "curfew"),
])
def test_there_is_no_denies_only_event_nouns(text: str, denied: str | None) -> None:
    nouns = [noun for _, noun, negated in _all(text) if negated]
    assert nouns == ([denied] if denied else [])


@pytest.mark.parametrize(("text", "event", "absent"), [
    ("The council imposed an evening curfew.", "curfew", "evening"),
    ("The port launched a shipping service.", None, "shipping"),
    ("The board launched a vaccination campaign.", "vaccination", None),
])
def test_support_verb_modifier_must_name_an_event(text: str, event: str | None, absent: str | None) -> None:
    nouns = [noun for _, noun, _ in _all(text)]
    if event:
        assert event in nouns
    if absent:
        assert absent not in nouns


@pytest.mark.parametrize(("text", "noun", "denied"), [
    ("The airline cancelled 300 flights because of the walkout.", "flights", False),
    ("The council cancelled the parade.", "parade", True),
])
def test_calling_off_denies_only_event_nouns(text: str, noun: str, denied: bool) -> None:
    assert any(n == noun and neg for lemma, n, neg in _all(text) if lemma != "cancel") is denied


@pytest.mark.parametrize(("text", "lemma", "negated"), [
    ("The tenants did not refuse to sign the lease.", "sign", False),
    ("Orlan never failed to pay the rent.", "pay", False),
    ("Orlan refused to pay the rent.", "pay", True),
    ("In no time the sailors were rescued.", "rescue", False),
    ("With no warning the town was shelled.", "shell", False),
    ("No sailors were rescued.", "rescue", True),
])
def test_negation_of_the_event(text: str, lemma: str, negated: bool) -> None:
    found = [neg for lem, _, neg in _all(text) if lem == lemma]
    assert found and all(neg is negated for neg in found)


def test_declined_before_a_number_is_no_refusal() -> None:
    assert _all("Sales of kettles declined to 300 units.")
    assert all(neg for lem, _, neg in _all("The firm declined to sign the offer.") if lem == "sign")


@pytest.mark.parametrize(("one", "other", "meet"), [
    ("signal", "signed", False), ("final", "fined", False), ("trial", "tried", False),
    ("general", "generated", False), ("pressure", "pressed", False), ("moral", "more", False),
    ("natural", "nature", False),
    ("voting", "voted", True), ("ruling", "ruled", True), ("sued", "suing", True), ("measure", "measured", True),
    ("approval", "approved", True), ("closure", "closed", True), ("refusal", "refused", True),
    ("vaccination", "vaccinating", True), ("stopped", "stop", True),
])
def test_event_stems_meet_only_for_one_verb(one: str, other: str, meet: bool) -> None:
    assert (event_stem(one) == event_stem(other)) is meet
