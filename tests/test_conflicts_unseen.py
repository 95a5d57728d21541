"""Conflicts on wording that earlier rules missed in stories they were not written on: bounds read as written,
figures rounded to their last digit, amounts of money for one measure (all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.types import Analysis


def _story(*bodies: str, titles: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> Analysis:
    return story(*bodies, titles=titles, dates=dates, first="2031-03-10", title="Quarry town news")


def _kinds(analysis: Analysis) -> list[str]:
    return conflict_kinds(analysis)


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
        ("Osk Holdings takes over the brewery under a deal that is valued at 640 million crowns.",
         "count:price|money-crown"),
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


@pytest.mark.parametrize(
    ("bodies", "titles", "kinds"),
    [
        # calling off a stoppage ends the strike; "stoppage", "walkout" and "strike" are one thing
        (("The harbour board said on Monday that the strike at Pellby had ended after talks.",
          "The Pellby carters' guild denied on Tuesday that it had called off the stoppage."),
         ("Pellby strike over, board says", "Guild in Pellby says the work stoppage goes on"), ["status"]),
        (("The harbour board said on Monday that the walkout at Pellby had ended after talks.",
          "The Pellby carters' guild denied on Tuesday that it had called off the stoppage."),
         ("Pellby strike over, board says", "Guild in Pellby says the work stoppage goes on"), ["status"]),
        # calling off a planned event does not end a strike
        (("The harbour board said on Monday that the strike at Pellby had ended after talks.",
          "The Pellby carters' guild denied on Tuesday that it had called off the parade."),
         ("Pellby strike over, board says", "Guild in Pellby keeps its parade"), []),
        # a court that upheld a rule did not strike it down (the same court, the same day)
        (("The high court in Dunvar struck down the ferry levy on Monday, lawyers said.",
          "The high court in Dunvar upheld the ferry levy on Monday, the court clerk said."),
         ("Dunvar levy struck down", "Dunvar levy upheld"), ["status"]),
        (("The high court in Dunvar upheld the ferry levy on Monday, lawyers said.",
          "The high court in Dunvar upheld the ferry levy, the clerk confirmed on Thursday."),
         ("Dunvar levy upheld", "Dunvar ferry levy stays"), []),
        # flights resuming at an airport is its reopening
        (("Flights resumed at Dunvar airport on Wednesday, the transport ministry said.",
          "Dunvar airport has not reopened, a spokesman for its operator said on Thursday."),
         ("Dunvar flights back", "Dunvar airport still shut"), ["status"]),
    ],
)
def test_one_event_in_other_words(bodies: tuple[str, ...], titles: tuple[str, ...], kinds: list[str]) -> None:
    """Verbs and nouns that name one event meet: call off (an ongoing thing) = end; stoppage = walkout = strike;
    upheld excludes struck down; resumed = reopened."""
    assert [k for k in _kinds(_story(*bodies, titles=titles)) if k == "status"] == kinds


@pytest.mark.parametrize(
    ("text", "lemma", "thing", "negated"),
    [
        ("the union had called off the stoppage", "end", "strike", False),
        ("organisers called off the parade", "cancel", "parade", False),
        ("the court upheld the levy", "overturn", "levy", True),
        ("the court quashed the levy", "uphold", "levy", True),
        ("flights resumed at the airport", "reopen", "flight", False),
        ("Talvo has acquired the mill", "buy", "plant", False),
    ],
)
def test_predications_in_other_words(text: str, lemma: str, thing: str, negated: bool) -> None:
    """The predicate read (with its antonym, negated) under the lemma its synonyms share."""
    from claimkit.predicates import find_predications

    found = [(p.lemma, p.thing.cls, p.negated) for p in find_predications(text, 0, len(text))]
    assert (lemma, thing, negated) in found


def test_money_of_two_subjects_is_not_compared() -> None:
    """Two articles that both mention a dock strike but are about two ferry lines give amounts of two companies; a
    price per share is no amount of the story."""
    bodies = ("The dock strike cost Pellworth Ferries 3 million euros, according to its chief executive.",
              "The dock strike cost Harrow Line 7 million euros, according to its finance director.")
    assert _kinds(_story(*bodies, titles=("Pellworth Ferries warns on profit", "Harrow Line warns on profit"))) == []
    bodies = ("Osk Holdings offered the owners of Brin Packaging a price of 11 euros a share, bankers said.",
              "Osk Holdings is paying a price of 14 euros a share for Brin Packaging, its finance chief said.")
    assert _kinds(_story(*bodies, titles=("Brin Packaging sold", "Brin Packaging sold"))) == []


@pytest.mark.parametrize(
    ("text", "negated", "modal"),
    [
        ("Talvo Mills has agreed to acquire Korva Paper.", False, False),
        ("Korva Paper said it had not agreed to any sale.", True, False),
        ("There is no agreement with Talvo, the chairman said.", True, False),
        ("The board expects to reach a deal with the guild by Friday.", False, True),
        ("The two sides struck an accord on Friday.", False, False),
        ("Talks in Pellby failed to reach an agreement.", True, False),
        ("The carters settled with the harbour board on Monday.", False, False),
    ],
)
def test_agreements_in_other_words(text: str, negated: bool, modal: bool) -> None:
    """"agreed to", "reached a deal", "struck an accord", "settled with", "no agreement" are one event, an
    agreement, negated or planned by the words before them."""
    from claimkit.predicates import find_predications

    found = [(p.negated, p.modal) for p in find_predications(text, 0, len(text)) if p.lemma == "agree"
             and p.thing.cls.startswith("agreement")]
    assert found == [(negated, modal)]


def test_agreement_denied_and_headline_beyond_its_body() -> None:
    """An agreement reported by one article and denied by the next; a headline that settles what its body only
    expects."""
    bodies = ("Talvo Mills has agreed to acquire Korva Paper, two bankers said on Sunday.",
              "Talvo Mills said on Monday that it had not agreed to acquire Korva Paper.")
    assert _kinds(_story(*bodies, titles=("Talvo to buy Korva Paper", "Korva Paper rejects sale reports"))) == \
        ["status"]
    body = "The harbour board expects to reach a deal with the carters by the end of the week, its chief said."
    assert _kinds(_story(body, titles=("Harbour board settles with striking carters",))) == ["headline"]


def test_a_verdict_is_a_ruling() -> None:
    """A court that struck a levy down has ruled on it: against "has not yet ruled on the levy" the day after; a
    verdict dated after a "not yet" is no contradiction."""
    titles = ("Court strikes down Dunvar ferry levy", "No ruling yet on Dunvar ferry levy")
    bodies = ("Lawyers for the ferry users said on Monday that the high court had struck down the Dunvar ferry levy.",
              "The high court has not yet ruled on the Dunvar ferry levy, a court spokeswoman said on Tuesday.")
    assert set(_kinds(_story(*bodies, titles=titles))) == {"status"}
    from claimkit.predicates import find_predications

    text = "the court has not ruled on the levy"
    assert [(p.lemma, p.thing.cls, p.negated) for p in find_predications(text, 0, len(text)) if not p.itself] == \
        [("rule", "levy", True)]
