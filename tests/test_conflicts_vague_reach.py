"""A vague amount in words ("thousands") is read loosely above its conventional range, never below it."""

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
