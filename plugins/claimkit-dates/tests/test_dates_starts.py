"""The generated table of families that can begin at a trigger word agrees with the grammar."""

from __future__ import annotations

from claimkit_dates.starts import FAMILIES_AT_TRIGGER, compute_table


def test_families_at_trigger_table_matches_grammar() -> None:
    """Regenerate ``starts.py`` (see its docstring) whenever this fails after a grammar change."""
    assert compute_table() == FAMILIES_AT_TRIGGER
