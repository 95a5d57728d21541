"""The unit of a date value: a plain day is read without the pattern, and reads as the pattern reads it."""

from __future__ import annotations

import pytest
from claimkit_dates import normalize as nz
from hypothesis import given, settings
from hypothesis import strategies as st


def _by_pattern(value: str) -> str | None:
    """The unit as ``_DATE_VALUE`` alone reads it."""
    m = nz._DATE_VALUE.match(value)
    if not m:
        return None
    units = {3: "D", 2: "M", 4: "Q", 5: "W", 6: "H", 7: "S"}
    return next((unit for group, unit in units.items() if m[group]), "Y")


@pytest.mark.parametrize(("value", "unit"), [
    ("2031-05-14", "D"), ("2031-05", "M"), ("2031", "Y"), ("2031-Q2", "Q"), ("2031-W20", "W"), ("2031-H1", "H"),
    ("2031-SU", "S"), ("XXXX-05-14", None), ("2031-05-1\u0663", "D"), ("2031-05-1\u00b2", None), ("2031-05-14\n", "D"),
    ("2031-05-14T10:00", None), ("PRESENT_REF", None),
])
def test_units(value: str, unit: str | None) -> None:
    """Every shape; an Arabic-Indic digit (a decimal one), a superscript two (none), a final line break."""
    assert nz.granularity.__wrapped__(value) == unit == _by_pattern(value)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("0123456789-QWHSPUFAX\u0663\u00b2\n"), max_size=12))
def test_any_value(value: str) -> None:
    """Any string of the characters values are made of reads as the pattern reads it."""
    assert nz.granularity.__wrapped__(value) == _by_pattern(value)
