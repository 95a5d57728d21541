"""Conflicts on wording that earlier rules missed in stories they were not written on: bounds read as written,
figures rounded to their last digit, amounts of money for one measure (all sentences fictional)."""

from __future__ import annotations

import pytest

from claimkit import analyze
from claimkit.types import Analysis


def _story(*bodies: str, titles: tuple[str, ...] = ()) -> Analysis:
    docs = []
    for i, body in enumerate(bodies):
        docs.append({"id": f"d{i + 1}", "publisher": f"Paper {i + 1}", "published": f"2031-03-{10 + i:02d}",
                     "title": titles[i] if i < len(titles) else "Quarry town news", "text": body + "\n"})
    return analyze(docs)


def _kinds(analysis: Analysis) -> list[str]:
    return sorted(c.kind for c in analysis.conflicts)


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a bound is read as written: "more than 300" excludes 250, admits 350
        ("More than 300 miners walked out at the Pello quarry on Monday, the union said.",
         "Only 250 miners joined the strike at the Pello quarry, the owners said.", ["numeric"]),
        ("More than 300 miners walked out at the Pello quarry on Monday, the union said.",
         "About 350 miners joined the strike at the Pello quarry, the owners said.", []),
        ("At least 40 miners walked out at the Pello quarry on Monday, the union said.",
         "The owners said 38 miners had joined the strike at the Pello quarry.", ["numeric"]),
        ("At least 40 miners walked out at the Pello quarry on Monday, the union said.",
         "The owners said about 38 miners had joined the strike at the Pello quarry.", []),
        # "61,000" is rounded to the thousand at most: below "fewer than 60,000"
        ("Officials in Tarvo said 61,000 ballots had been counted by Sunday night.",
         "The count chief in Tarvo said fewer than 60,000 ballots had been counted.", ["numeric"]),
        ("Officials in Tarvo said about 61,000 ballots had been counted by Sunday night.",
         "The count chief in Tarvo said fewer than 60,000 ballots had been counted.", []),
    ],
)
def test_bounds_and_rounding(first: str, second: str, kinds: list[str]) -> None:
    """Bounds keep their edge; an exact figure moves by at most half a unit of its last written digit."""
    assert _kinds(_story(first, second)) == kinds
