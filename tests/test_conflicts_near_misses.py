"""Near misses of the rules for unseen stories: a denial of "anyone else", a figure that says it is a revision, a
plan called off next to one still planned, "no fewer than", and a denial placed at another site (all sentences
fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.modality import read_modality
from claimkit.predicates import find_predications


@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        # the body denies the headline's event of anyone: flagged
        ("Police arrest Ostrel mill owner",
         "Police questioned the owner of the Ostrel mill on Tuesday and have not arrested anyone, an officer said.",
         ["headline"]),
        # "anyone else": someone was
        ("Police arrest Ostrel mill owner",
         "Police detained the owner of the Ostrel mill on Tuesday. They have not arrested anyone else, an officer "
         "said.", []),
        # up to a moment only
        ("Police arrest Ostrel mill owner",
         "Police detained the owner of the Ostrel mill on Tuesday. Until then, they had not arrested anyone, an "
         "officer said.", []),
        # of some site only
        ("Police arrest Ostrel mill owner",
         "The owner of the Ostrel mill was taken into custody on Tuesday. Police did not arrest anyone at his "
         "house, an officer said.", []),
    ],
)
def test_headline_denied_of_anyone_not_of_some(title: str, body: str, kinds: list[str]) -> None:
    """A denial "of anyone" holds against the headline only when nothing narrows it."""
    assert [k for k in conflict_kinds(story(body, titles=(title,))) if k == "headline"] == kinds
