"""Taking part in a named event counts that event's participants ("took part in the walkout")."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import Document


def _counts(text: str) -> list[str]:
    analysis = claimkit.analyze([Document(id="a", text=text, published="2026-03-10")])
    return [s for c in analysis.claims for s in c.subjects if s.startswith("count:")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Fewer than 1,500 workers took part in Monday's walkout at Harwick, the port authority said.",
         "count:strike|worker"),
        ("About 9,000 people took part in the march through Harwick, organisers said.", "count:protest|people"),
        ("About 2,000 people took part in the vigil at Harwick, organisers said.", "count:attend|people"),
        ("About 2,000 people took part, organisers said, in a vigil for the crew.", "count:attend|people"),
    ],
)
def test_taking_part_in_an_event_is_that_events_figure(text: str, key: str) -> None:
    assert key in _counts(text)


def test_strikers_and_those_who_took_part_in_the_walkout_are_one_quantity() -> None:
    docs = [
        Document(id="a", published="2026-03-09", text="The ferry crews' guild said on Monday that its "
                 "strike at Harwick had drawn some 4,000 workers."),
        Document(id="b", published="2026-03-10", text="Fewer than 1,500 workers took part in Monday's walkout at "
                 "Harwick, the port authority said on Tuesday."),
    ]
    kinds = [c.kind for c in claimkit.analyze(docs).conflicts]
    assert kinds == ["numeric"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The bridge near the old mill was destroyed", "bridge"),  # a phrase of place does not take the subject
        ("The dam above the old mill was breached", "dam"),
        ("Three of the soldiers were", "soldiers"),  # "of" counts its second noun
        ("About 300 workers at the plant were", "workers"),
    ],
)
def test_the_subject_before_a_phrase_of_place_is_the_head(text: str, noun: str) -> None:
    from claimkit.subjects import entity_before

    entity = entity_before(text, 0, len(text))
    assert entity is not None and entity.noun == noun


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The road to the harbour had reopened on Tuesday, the mayor said.", "event:reopen|road"),
        ("The only road into Velm remained closed on Wednesday, police said.", "event:reopen|road"),
    ],
)
def test_a_verb_or_a_state_is_said_of_the_head_before_a_phrase_of_place(text: str, key: str) -> None:
    analysis = claimkit.analyze([Document(id="a", text=text, published="2026-02-18")])
    assert key in {s for c in analysis.claims for s in c.subjects}
