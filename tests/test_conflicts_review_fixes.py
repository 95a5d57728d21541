"""Pairs that must not conflict (or must) after review: agreements keyed by what they are on, amounts by what they
are for, verdicts of two courts, rounder figures, refusals and conditions (all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.types import Analysis


def _story(*bodies: str, titles: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> Analysis:
    return story(*bodies, titles=titles, dates=dates, first="2031-03-10", title="Korva business news")


def _kinds(analysis: Analysis) -> list[str]:
    return conflict_kinds(analysis)


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # two agreements on two things are two events
        ("Brin Motors agreed to sell its truck unit to Osk, the company said.",
         "Brin Motors has failed to reach a deal with its pilots' union, the union said.", []),
        ("The two states reached a deal on fishing rights, officials said.",
         "There is no agreement on the border tariffs, the minister said.", []),
        # one agreement, asserted and denied
        ("The two states reached a deal on fishing rights, officials said.",
         "There is no agreement on fishing rights, the minister said.", ["status"]),
        # an amount is compared only with an amount for the same thing
        ("Talvo Mills agreed to buy Korva Paper for $2 billion, two bankers said.",
         "Talvo Mills agreed to buy Brin Packaging for $300 million, the company said.", []),
        ("The Korva budget for roads is 40 million euros, the council said.",
         "The Korva budget for schools is 90 million euros, the council said.", []),
        ("Korva spent 4 million euros on roads last year, the council said.",
         "Korva spent 9 million euros on schools last year, the mayor said.", []),
        ("Korva spent 4 million euros on roads last year, the council said.",
         "Korva spent 9 million euros on roads last year, the mayor said.", ["numeric"]),
        # pounds of a substance are a weight, not money
        ("The Korva warehouse fire caused losses of 20,000 pounds of beef, the owner said.",
         "The Korva warehouse fire caused losses of 3,000 pounds of beef, the insurer said.", []),
        # two exact figures: a rounder one is allowed its 2% too
        ("Officials in Tarvo said 1,230 ballots had been counted by Sunday night.",
         "The count chief in Tarvo said 1,250 ballots had been counted by Sunday night.", []),
        ("Officials in Tarvo said 1,230 ballots had been counted by Sunday night.",
         "The count chief in Tarvo said 1,400 ballots had been counted by Sunday night.", ["numeric"]),
    ],
)
def test_review_pairs(first: str, second: str, kinds: list[str]) -> None:
    """Agreements meet only on one thing; amounts only for one thing; weights are no money; exact figures keep
    their rounding slack however round they are."""
    assert _kinds(_story(first, second)) == kinds


@pytest.mark.parametrize(
    ("first", "second", "dates", "kinds"),
    [
        # a higher court reversing a lower one the next day: no contradiction
        ("The district court upheld the Ferrand ferry levy, lawyers said.",
         "The supreme court struck down the Ferrand ferry levy, a ferry company said.",
         ("2031-03-10", "2031-03-11"), []),
        # one court, two verdicts on two days: a later ruling, not a contradiction
        ("The district court upheld the Ferrand ferry levy, lawyers said.",
         "The district court struck down the Ferrand ferry levy, a ferry company said.",
         ("2031-03-10", "2031-03-11"), []),
        # one court, the same day: both cannot be right
        ("The district court upheld the Ferrand ferry levy, lawyers said.",
         "The district court struck down the Ferrand ferry levy, a ferry company said.",
         ("2031-03-10", "2031-03-10"), ["status"]),
    ],
)
def test_verdicts_of_one_body_at_one_time(first: str, second: str, dates: tuple[str, str], kinds: list[str]) -> None:
    """Opposite verdicts conflict only when one body gives them at one time."""
    titles = ("Ferrand ferry levy", "Ferrand ferry levy")
    assert [k for k in _kinds(_story(first, second, titles=titles, dates=dates)) if k == "status"] == kinds


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The union refused to reach a deal with the owners.", [("agreement-owner", True)]),
        ("The guild declined to reach a deal with the port.", [("agreement-port", True)]),
        ("If talks fail to reach a deal, the port will close.", []),
        ("Unless the sides agree on a price, the sale is off.", []),
        ("Brin Motors agreed to sell its truck unit to Osk.", [("agreement-unit", False)]),
        ("The sides reached a deal on Friday.", [("agreement", False)]),
    ],
)
def test_agreement_thing_refusals_and_conditions(text: str, found: list[tuple[str, bool]]) -> None:
    """A refusal negates the agreement, a condition reports none; an agreement is keyed by what it is on."""
    from claimkit.predicates import agreements

    assert [(p.thing.cls, p.negated) for p in agreements(text, 0, len(text))] == found
