"""A vague amount in words is read loosely above its range; a continuing state ("still burning") denies an event."""

from __future__ import annotations

import claimkit
from claimkit import Document


def _kinds(title: str, text: str, other: str) -> list[str]:
    docs = [Document(id="a", published="2026-04-06", title=title, text=text),
            Document(id="b", published="2026-04-06", text=other)]
    return sorted(c.kind for c in claimkit.analyze(docs).conflicts)


def test_thousands_in_a_headline_over_a_story_of_tens_of_thousands_is_no_conflict() -> None:
    assert _kinds("Thousands march for nurses in Velm",
                  "Some 26,000 people marched through Velm on Sunday, the nurses' union said.",
                  "The nurses' march in Velm on Sunday drew about 24,000 people, city officials said.") == []


def test_a_vague_amount_still_conflicts_with_a_figure_far_above_its_reach() -> None:
    assert "numeric" in _kinds("Storm in Velm",
                               "Dozens of people were injured in Velm on Sunday, the mayor said.",
                               "About 4,000 people were injured in Velm on Sunday, doctors said.")


def test_a_fire_still_burning_contradicts_a_fire_put_out() -> None:
    docs = [Document(id="a", published="2026-04-24", text="Firefighters extinguished a fire at the Kessel paper mill "
                     "in Varn on Thursday, the fire brigade said."),
            Document(id="b", published="2026-04-25", text="The fire at the Kessel mill in Varn was still burning on "
                     "Friday morning, neighbours said.")]
    assert [c.kind for c in claimkit.analyze(docs).conflicts] == ["status"]


def test_still_burning_is_not_read_as_a_denial_that_it_burned() -> None:
    from claimkit.subjects import contrary_state

    text = "The fire at the Kessel mill in Varn was still burning on Friday"
    found = contrary_state(text, 0, len(text))
    assert found is not None and (found[0], found[1].noun) == ("extinguish", "fire")
    (claim,) = claimkit.analyze([Document(id="a", published="2026-04-25", text=text + ", neighbours said.")]).claims
    assert (claim.event, claim.polarity) == ("extinguish", "negative")
