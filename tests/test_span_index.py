"""SpanIndex answers overlap queries exactly as a scan of every interval would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimkit.quantities import SpanIndex

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=25), _SPAN)
def test_overlaps_agrees_with_a_scan(spans, query):
    start, end = query
    assert SpanIndex(spans).overlaps(start, end) == any(s < end and e > start for s, e in spans)


def test_a_long_interval_before_short_ones_still_counts():
    assert SpanIndex([(0, 50), (10, 12)]).overlaps(30, 31)
