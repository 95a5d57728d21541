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


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # one measure, two amounts
        ("The new Korva footbridge cost 40 million euros, the council said on Monday.",
         "The final cost of the Korva footbridge was 65 million euros, auditors said.", ["numeric"]),
        ("Insurers in Korva put the damage from the hailstorm at about $80 million.",
         "The hailstorm caused losses of more than $200 million in Korva, the farm union said.", ["numeric"]),
        ("Korva exporters are losing more than 5 million euros a day, their chamber said.",
         "Officials in Korva put the losses at under 1 million euros a day.", ["numeric"]),
        ("Talvo Mills agreed to buy Korva Paper for $2 billion, two bankers said.",
         "Talvo Mills paid $1.4 billion for Korva Paper, the company said.", ["numeric"]),
        # two measures, or two currencies, or a rate against a total: no quantity in common
        ("The new Korva footbridge cost 40 million euros, the council said on Monday.",
         "The original budget for the Korva footbridge was 25 million euros, the council said.", []),
        ("The Korva kettles sold for about 90 euros each, the shop said.",
         "Owners of the Korva kettles will get a refund of 60 euros, the maker said.", []),
        ("Talvo Mills agreed to buy Korva Paper in a deal valued at $2 billion, the companies said.",
         "Analysts value Korva Paper at around $1.3 billion, a broker said.", []),
        ("Korva exporters are losing more than 5 million euros a day, their chamber said.",
         "Officials in Korva put the losses so far at 9 million euros.", []),
        ("The new Korva footbridge cost 40 million euros, the council said on Monday.",
         "The new Korva footbridge cost 65 million dollars, a local paper said.", []),
    ],
)
def test_money_by_measure(first: str, second: str, kinds: list[str]) -> None:
    """Amounts of money meet under the measure a word before them names (cost, damage and losses; price; budget;
    refund; value; with their rate), in one currency."""
    titles = ("Korva business news", "Korva business news")
    assert _kinds(_story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The storm caused damage estimated at about $150 million.", "count:cost|money-dollar"),
        ("The toll raises about 20 million crowns a year.", "count:revenue-per-year|money-crown"),
        ("The firm was sold in a deal valued at $950 million.", "count:price|money-dollar"),
        ("The offer on the table was worth barely 7 million euros.", "count:price|money-euro"),
        ("Analysts value the dairy at around $900 million.", "count:value|money-dollar"),
        ("The arena, built at a cost of 410 million pounds, seats 42,000 fans.", "count:cost|money-pound"),
        ("The charity received 400,000 dollars.", None),
    ],
)
def test_money_keys(text: str, key: str | None) -> None:
    """An amount is keyed by the measure named nearest before it, with its rate; no measure, no key."""
    from claimkit_counts.extract import extract_counts

    from claimkit.grouping import money_key
    from claimkit.types import CountMention

    amounts = [c for c in extract_counts(text) if c.category == "money" or (c.unit or "") in {"crown", "pound"}]
    assert amounts
    count: CountMention = amounts[0]
    assert money_key(text, count, 0, len(text)) == key
