"""An index of intervals for the overlap and containment questions extraction asks of every mention.

A scan of every interval for every query costs the square of a document's length; a long article (a transcript, a
whole report on one line) has thousands of mentions.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator

__all__ = ["SpanIndex"]


class SpanIndex:
    """Intervals ``(start, end)``, sorted by start with the furthest end reached so far, queried by bisection.

    Attributes:
        starts: the interval starts, in ascending order.
        max_end: ``max_end[k]`` is the furthest end among the first ``k + 1`` intervals in that order.
        order: ``order[k]`` is the position, in the iterable given, of the ``k``-th interval in that order.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ranked = sorted(enumerate(spans), key=lambda item: item[1])
        self.order = [k for k, _ in ranked]
        self.starts = [s for _, (s, _) in ranked]
        self.max_end = list(itertools.accumulate((e for _, (_, e) in ranked), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some interval ``(s, e)`` has ``s < end`` and ``e > start``."""
        below = bisect.bisect_left(self.starts, end)
        return below > 0 and self.max_end[below - 1] > start

    def reaching(self, start: int, end: int) -> Iterator[int]:
        """The positions (in the iterable given) of the intervals that begin at or before ``start`` and may reach
        ``end``, latest start first: every interval with ``s <= start`` and ``e >= end`` is among them."""
        k = bisect.bisect_right(self.starts, start) - 1
        while k >= 0 and self.max_end[k] >= end:
            yield self.order[k]
            k -= 1
