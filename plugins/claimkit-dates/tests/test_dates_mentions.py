"""Mentions built without attrs' validators are the same values as those the class builds."""

from __future__ import annotations

import pytest
from claimkit_dates import extract as ex

from claimkit import Span, TimeMention

_CASES = [
    (4, 10, "Monday", "DATE", "2024-03-11", None, "published", None, "2024-03-13"),
    (0, 15, "two weeks later", "DATE", "2024-03-25", None, "narrative", Span(4, 10, "Monday"), "2024-03-11"),
    (3, 12, "two years", "DURATION", "P2Y", "APPROX", None, None, None),
]


@pytest.mark.parametrize("fields", _CASES)
def test_mention_equals_the_class_built_one(fields: tuple[object, ...]) -> None:
    """Same fields, same equality, hash and data as ``TimeMention(...)``."""
    start, end, text, type_, value, mod, anchor, anchor_span, anchor_value = fields
    built = TimeMention(start=start, end=end, text=text, type=type_, value=value, mod=mod, anchor=anchor,
                        anchor_span=anchor_span, anchor_value=anchor_value, plugin=ex.PLUGIN_NAME)
    fast = ex._time_mention(*fields)  # type: ignore[arg-type]
    assert fast == built
    assert hash(fast) == hash(built)
    assert fast.to_data() == built.to_data()


def test_the_fast_path_knows_every_field() -> None:
    """The fast path sets every field of ``TimeMention`` (when the class gains one, mentions go through the class
    and this fails until ``extract._time_mention`` sets it too)."""
    assert ex._FAST_MENTIONS
