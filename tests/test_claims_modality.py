"""Modality of a claim from its words, its frame and its cue class."""

from __future__ import annotations

import pytest

from claimkit.modality import read_modality


@pytest.mark.parametrize(
    ("content", "frame", "cue_class", "expected"),
    [
        ("the convoy reached the border", "", None, "asserted"),
        ("the convoy will reach the border soon", "", None, "expected"),
        ("the convoy is expected to reach the border", "", None, "expected"),
        ("talks may resume on Friday", "", None, "hedged"),
        ("the convoy reportedly reached the border", "", None, "hedged"),
        ("it is very likely that the convoy turned back", "", None, "hedged"),
        ("the bridge has not been damaged", "", None, "denied"),
        ("these are baseless rumors", "", None, "denied"),
        ("the convoy reached the border", "", "denial", "denied"),
        ("the convoy reached the border", "", "hedging", "hedged"),
        ("the convoy reached the border", "", "prediction", "expected"),
        ("the strike goes on", "the guild said the walkout would go on", None, "expected"),
        ("How many trucks crossed?", "", None, "other"),
        ("when the trucks had left", "He did not say", None, "other"),
    ],
)
def test_modality_reading(content: str, frame: str, cue_class: str | None, expected: str) -> None:
    """Each marker family decides the modality it stands for."""
    assert read_modality(content, frame, cue_class).modality == expected


def test_negated_bound_is_not_a_denial() -> None:
    """"never more than 300" bounds a number; it does not deny anything."""
    assert read_modality("the club has never sold more than 300 tickets").modality == "asserted"


def test_month_may_is_not_a_hedge() -> None:
    """"May 4" is a date."""
    assert read_modality("the fair opened on May 4").modality == "asserted"


def test_denial_wins_over_hedge() -> None:
    """A denial that also hedges is still a denial."""
    assert read_modality("the report is probably false").modality == "denied"


def test_negation_in_a_subordinate_clause_is_not_a_denial() -> None:
    """"a mayor that no one trusts" asserts; only a negated main clause denies."""
    assert read_modality("she is a mayor that no one trusts").modality == "asserted"


def test_future_in_a_relative_clause_does_not_make_the_claim_expected() -> None:
    """"the rules, which will cost millions, were adopted" reports the adoption."""
    assert read_modality("the rules, which will cost millions, were adopted").modality == "asserted"
