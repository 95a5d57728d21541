"""SpanIndex answers overlap and containment queries as a scan of every interval would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimkit.spans import SpanIndex

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=25), _SPAN)
def test_overlaps_agrees_with_a_scan(spans, query):
    start, end = query
    assert SpanIndex(spans).overlaps(start, end) == any(s < end and e > start for s, e in spans)


def test_a_long_interval_before_short_ones_still_counts():
    assert SpanIndex([(0, 50), (10, 12)]).overlaps(30, 31)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=30),
       st.integers(0, 90), st.integers(0, 90))
def test_reaching_yields_every_interval_that_holds_the_range(spans, start, end):
    found = list(SpanIndex(spans).reaching(start, end))
    assert len(found) == len(set(found))
    holding = {k for k, (s, e) in enumerate(spans) if s <= start and e >= end}
    assert holding <= set(found)
    assert all(spans[k][0] <= start for k in found)


def test_reaching_gives_positions_in_the_order_given_latest_start_first():
    # (10, 20) comes too: an interval before it reaches far enough, so the walk goes on past it
    spans = [(40, 90), (0, 100), (10, 20)]
    assert list(SpanIndex(spans).reaching(50, 60)) == [0, 2, 1]
