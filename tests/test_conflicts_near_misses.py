"""Near misses of the rules for unseen stories: a denial of "anyone else", a figure that says it is a revision, a
plan called off next to one still planned, "no fewer than", and a denial placed at another site (all sentences
fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.modality import read_modality
from claimkit.predicates import find_predications


@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        # the body denies the headline's event of anyone: flagged
        ("Police arrest Ostrel mill owner",
         "Police questioned the owner of the Ostrel mill on Tuesday and have not arrested anyone, an officer said.",
         ["headline"]),
        # "anyone else": someone was
        ("Police arrest Ostrel mill owner",
         "Police detained the owner of the Ostrel mill on Tuesday. They have not arrested anyone else, an officer "
         "said.", []),
        # up to a moment only
        ("Police arrest Ostrel mill owner",
         "Police detained the owner of the Ostrel mill on Tuesday. Until then, they had not arrested anyone, an "
         "officer said.", []),
        # of some site only
        ("Police arrest Ostrel mill owner",
         "The owner of the Ostrel mill was taken into custody on Tuesday. Police did not arrest anyone at his "
         "house, an officer said.", []),
    ],
)
def test_headline_denied_of_anyone_not_of_some(title: str, body: str, kinds: list[str]) -> None:
    """A denial "of anyone" holds against the headline only when nothing narrows it."""
    assert [k for k in conflict_kinds(story(body, titles=(title,))) if k == "headline"] == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The gale did damage worth 15 million euros to the Korva docks, the harbour master said.",
         "Loss adjusters put the damage to the Korva docks at 40 million euros.", ["numeric"]),
        # the later article says its figure revises the earlier one
        ("The gale did damage worth 15 million euros to the Korva docks, the harbour master said.",
         "The harbour master revised the estimate of the damage to 40 million euros on Wednesday.", []),
        ("The gale did damage worth 15 million euros to the Korva docks, the harbour master said.",
         "The damage to the Korva docks has now risen to 40 million euros, the harbour master said.", []),
        ("Adjusters put the damage to the Korva docks at 15 million euros in a first look.",
         "Adjusters raised their estimate of the damage to the Korva docks to 40 million euros.", []),
    ],
)
def test_revised_amount(first: str, second: str, kinds: list[str]) -> None:
    """A later figure that says it revises the earlier one is no contradiction."""
    titles = ("Gale batters Korva docks", "Korva docks damage assessed")
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The board scrapped the proposed levy and will hold a ballot in May", "expected"),
        ("The drivers refused to cancel the planned stoppage", "expected"),
        ("The drivers threatened to call off the planned stoppage", "expected"),
        ("The drivers called off the planned stoppage", "asserted"),
        ("The board postponed the planned ballot", "asserted"),
    ],
)
def test_plan_called_off_or_still_planned(text: str, modality: str) -> None:
    """Only a calling off that is done makes its plan asserted; another expectation in the clause still counts."""
    assert read_modality(text).modality == modality


@pytest.mark.parametrize(
    ("text", "lemma", "thing"),
    [
        ("officers arrested no fewer than 30 fans", "detain", "fan"),
        ("burglars stole no fewer than four statues", "steal", "statue"),
        ("the council signed no more than two contracts", "sign", "contract"),
    ],
)
def test_no_before_a_comparative_is_a_bound(text: str, lemma: str, thing: str) -> None:
    """"no fewer than" bounds the object's number: the verb is not negated, the object is its noun."""
    found = [(p.lemma, p.thing.cls, p.negated) for p in find_predications(text, 0, len(text))]
    assert (lemma, thing, False) in found
    assert not any(negated for _, _, negated in found)


@pytest.mark.parametrize(
    ("denial", "kinds"),
    [
        ("The Solva Porters' Union denied it had called off the stoppage, its leader Mira Tann said.", ["status"]),
        # the denial is of a stoppage at another site
        ("The Solva Porters' Union denied it had called off the stoppage at the Brenn depot, its leader Mira Tann "
         "said.", []),
    ],
)
def test_denial_placed_elsewhere(denial: str, kinds: list[str]) -> None:
    """A denial meets an assertion placed where its article is about, unless it names another site itself."""
    rest = (" Tann said the Solva Porters' Union would hold firm. Tann will meet the mayor, and Tann has called a "
            "rally.")
    analysis = story("The depot operator said that the stoppage at Solva had ended on Thursday morning.",
                     denial + rest, titles=("Stoppage over, operator says", "Porters vow to stay out"))
    assert conflict_kinds(analysis) == kinds


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The cost overrun on the Tessel viaduct came to 45 million euros.", None),
        ("Fans face a price rise of 12 euros next season.", None),
        ("The new Tessel viaduct cost 200 million euros.", "count:cost|money-euro"),
        ("The price rises to 60 euros next season.", "count:price|money-euro"),
    ],
)
def test_change_of_a_measure_is_not_the_measure(text: str, key: str | None) -> None:
    """"the cost overrun", "a price rise": the amount is a change of the measure, not keyed as the measure."""
    from claimkit_counts.extract import extract_counts

    from claimkit.grouping import money_key

    amounts = [c for c in extract_counts(text) if c.category == "money"]
    assert amounts
    assert money_key(text, amounts[0], 0, len(text)) == key


def test_cost_and_cost_overrun() -> None:
    """A cost and its overrun in two articles on one viaduct are two amounts."""
    analysis = story("The new Tessel viaduct cost 200 million euros, the city said on Monday.",
                     "The cost overrun on the Tessel viaduct came to 45 million euros, auditors said.",
                     titles=("Tessel viaduct opens", "Tessel viaduct over budget"))
    assert conflict_kinds(analysis) == []
