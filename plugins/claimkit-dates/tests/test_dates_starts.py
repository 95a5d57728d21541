"""The generated tables of families that can begin at a trigger word or at an opener agree with the grammar."""

from __future__ import annotations

from claimkit_dates.starts import FAMILIES_AT_OPENER, FAMILIES_AT_TRIGGER, compute_opener_table, compute_table


def test_families_at_trigger_table_matches_grammar() -> None:
    """Regenerate ``starts.py`` (see its docstring) whenever this fails after a grammar change."""
    assert compute_table() == FAMILIES_AT_TRIGGER


def test_families_at_opener_table_matches_grammar() -> None:
    """Regenerate ``starts.py`` (see its docstring) whenever this fails after a grammar or opener change."""
    assert compute_opener_table() == FAMILIES_AT_OPENER
