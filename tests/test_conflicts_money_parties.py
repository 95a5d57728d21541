"""Amounts of one measure that are not one amount: damage done to two things, a cost borne by two parties, a sum
asked for and a sum paid, a price paid for a player and money paid in bonuses (all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.grouping import money_key


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # damage to two things
        ("The gale did damage to the Tessel brewery of 20 million euros, its owner said.",
         "The gale did damage to nearby farms of 3 million euros, the mayor said.", []),
        ("The gale did damage worth 20 million euros to the Tessel brewery, officials said.",
         "The gale did damage worth 3 million euros to the Tessel farms, the mayor said.", []),
        ("The gale caused 20 million euros of damage to the Tessel brewery, officials said.",
         "Loss adjusters put the damage to the Tessel farms at 3 million euros.", []),
        # damage to one thing: flagged
        ("The gale did damage to the Tessel brewery of 20 million euros, its owner said.",
         "Loss adjusters put the damage to the Tessel brewery at 3 million euros.", ["numeric"]),
        ("The gale did damage worth 20 million euros to the Tessel brewery, officials said.",
         "The gale did damage worth 3 million euros to the Tessel brewery, its owner said.", ["numeric"]),
    ],
)
def test_damage_to_two_things(first: str, second: str, kinds: list[str]) -> None:
    """Damage to the brewery and damage to the farms are two amounts; two figures for the brewery conflict."""
    titles = ("Gale hits Tessel", "Tessel counts gale damage")
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The Orlen dock strike cost the harbour 12 million euros, the harbour board said.",
         "The Orlen dock strike cost the dockers 3 million euros in lost wages, their union said.", []),
        ("The Orlen dock strike cost the harbour 12 million euros, the harbour board said.",
         "The Orlen dock strike cost shippers 3 million euros, a trade group said.", []),
        # one party, two figures: flagged
        ("The Orlen dock strike cost the harbour 12 million euros, the harbour board said.",
         "The Orlen dock strike cost the harbour 3 million euros, the dockers' union said.", ["numeric"]),
        ("The Orlen dock strike cost the harbour 12 million euros, the harbour board said.",
         "The Orlen dock strike cost about 3 million euros, the dockers' union said.", ["numeric"]),
    ],
)
def test_cost_to_two_parties(first: str, second: str, kinds: list[str]) -> None:
    """"cost the harbour" and "cost the dockers": the cost of one strike to two parties is two amounts."""
    titles = ("Orlen dock strike", "Orlen dock strike ends")
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The Hollin insurer paid 1 million dollars to the extortionists, police said.",
         "The extortionists had asked the Hollin insurer to pay 5 million dollars, police said.", []),
        ("The Hollin insurer paid 1 million dollars to the extortionists, police said.",
         "The Hollin insurer paid the extortionists after a ransom demand of 5 million dollars, police said.", []),
        ("The Hollin insurer paid 1 million dollars to the extortionists, police said.",
         "The extortionists demanded that the Hollin insurer pay 5 million dollars, police said.", []),
        # two figures paid: flagged
        ("The Hollin insurer paid 1 million dollars to the extortionists, police said.",
         "The Hollin insurer paid 5 million dollars to the extortionists, its chief said.", ["numeric"]),
        # two figures asked for: flagged as well
        ("The extortionists asked the Hollin insurer to pay 1 million dollars, police said.",
         "The extortionists had asked the Hollin insurer to pay 5 million dollars, its chief said.", ["numeric"]),
    ],
)
def test_asked_for_is_not_paid(first: str, second: str, kinds: list[str]) -> None:
    """A sum asked for is not a sum paid; two sums asked for still conflict."""
    titles = ("Hollin insurer hacked", "Hollin insurer paid extortionists")
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The gang asked the insurer to pay 5 million dollars.", "count:demand|money-dollar"),
        ("The gang wants to be paid 5 million dollars.", "count:demand|money-dollar"),
        ("The firm seeks damages of 5 million dollars.", "count:demand|money-dollar"),
        ("The asking price is 5 million dollars.", "count:demand|money-dollar"),
        ("The insurer paid after a ransom demand of 5 million dollars.", "count:demand|money-dollar"),
        # not asked for: the request is over, or it is a noun of its own
        ("The gang asked for money, and the insurer paid 5 million dollars.", "count:price|money-dollar"),
        ("The gang who demanded money were paid 5 million dollars.", "count:price|money-dollar"),
        ("Falling demand cost the firm 5 million dollars.", "count:cost|money-dollar"),
        ("The insurer agreed to pay 5 million dollars.", "count:price|money-dollar"),
    ],
)
def test_money_key_of_a_request(text: str, key: str) -> None:
    """An amount a request word governs is keyed as a demand."""
    from claimkit_counts.extract import extract_counts

    amounts = [c for c in extract_counts(text) if c.category == "money"]
    assert amounts
    assert money_key(text, amounts[0], 0, len(text)) == key


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("Rovel paid 30 million euros for the striker, the club said.",
         "Rovel paid the striker's old club 2 million euros in bonuses, a source said.", []),
        ("Rovel paid 30 million euros for the striker, the club said.",
         "Rovel paid the striker 2 million euros in bonuses, a source said.", []),
        ("Rovel paid the striker 6 million euros in wages, the club said.",
         "Rovel paid the striker 2 million euros in bonuses, a source said.", []),
        # one price, two figures: flagged
        ("Rovel paid 30 million euros for the striker, the club said.",
         "Rovel paid 20 million euros for the striker, a source said.", ["numeric"]),
        ("Rovel paid the striker 6 million euros in wages, the club said.",
         "Rovel paid the striker 2 million euros in wages, a source said.", ["numeric"]),
    ],
)
def test_paid_for_and_paid_in(first: str, second: str, kinds: list[str]) -> None:
    """"paid 30 million for the striker" is his price; "paid him 2 million in bonuses" is another amount."""
    titles = ("Rovel sign striker", "Rovel striker deal")
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The Tessel viaduct was budgeted to cost 150 million euros, the city said.",
         "The Tessel viaduct finally cost 200 million euros, the city said.", []),
        # two budgets, or two costs: flagged
        ("The Tessel viaduct was budgeted to cost 150 million euros, the city said.",
         "The Tessel viaduct was budgeted to cost 90 million euros, auditors said.", ["numeric"]),
        ("The Tessel viaduct cost 150 million euros, the city said.",
         "The Tessel viaduct finally cost 200 million euros, auditors said.", ["numeric"]),
    ],
)
def test_budgeted_to_cost_is_a_budget(first: str, second: str, kinds: list[str]) -> None:
    """"was budgeted to cost 150 million" is the plan, not the cost."""
    titles = ("Tessel viaduct opens", "Tessel viaduct over budget")
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("President Bill Okafor has requested 50 million dollars in emergency relief.", None),
        ("The Price family paid 5 million dollars for the mill.", "count:price|money-dollar"),
        ("The storm passed. Damage was put at 5 million dollars.", "count:cost|money-dollar"),
        ("OKAFOR TO BUY THE MILL FOR 5 MILLION DOLLARS, the firm said.", "count:price|money-dollar"),
    ],
)
def test_capitalised_measure_word_inside_a_sentence_is_a_name(text: str, key: str | None) -> None:
    """"Bill" in "President Bill Okafor" is a name, not a bill; a sentence may still open with "Damage"."""
    from claimkit_counts.extract import extract_counts

    amounts = [c for c in extract_counts(text) if c.category == "money"]
    assert amounts
    assert money_key(text, amounts[0], 0, len(text)) == key
