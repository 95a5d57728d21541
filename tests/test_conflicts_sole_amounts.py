"""Conflicts on wording of unseen stories: one amount per article under one measure word, "damage worth",
payments, thefts and sealed borders, and a plan that was called off (all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

from claimkit.modality import read_modality
from claimkit.predicates import find_predications


@pytest.mark.parametrize(
    ("first", "second", "titles", "dates", "kinds"),
    [
        # one amount of one measure word in each of two articles on one subject: the story's amount
        ("The launch cost roughly 65 million dollars, the operator said.",
         "An analyst put the mission's cost at 120 million dollars.",
         ("Pelkin rocket lifts off", "Pelkin mission costs questioned"), (), ["numeric"]),
        ("The blaze did damage worth 20 million euros to the mill, its owner said on Monday.",
         "Loss adjusters put the damage at over 70 million euros.",
         ("Fire guts Ardova mill", "Ardova mill will not reopen"), (), ["numeric"]),
        # a fee is not a measure of its own: whose fee it is (the transfer's, an agent's, a loan's) is rarely said,
        # and "the agent's fee was 2 million" against a transfer fee would be a false alarm
        ("The club signed the striker for a fee of 30 million euros, its director said.",
         "The fee agreed was 18 million euros, the selling club said.",
         ("Bravik sign striker", "Bravik deal questioned"), (), []),
        ("The club signed the striker for a fee of 30 million euros, its director said.",
         "The striker's agent was paid a fee of 2 million euros, a source said.",
         ("Bravik sign striker", "Bravik striker's agent paid"), (), []),
        # not the same measure word: "cost" and "bill" may be two amounts
        ("The launch cost roughly 65 million dollars, the operator said.",
         "The repair bill came to 110 million dollars, an analyst said.",
         ("Pelkin rocket lifts off", "Pelkin mission costs questioned"), (), []),
        # what costs is named, and differs: the new pier and the harbour repairs are two costs
        ("The new pier cost 40 million dollars, the operator said.",
         "The harbour repairs cost 90 million dollars, an analyst said.",
         ("Pelkin harbour reopens", "Pelkin harbour costs questioned"), (), []),
        # an article with two amounts of the measure: which one would the other article's be?
        ("The launch cost roughly 65 million dollars, the operator said. The first launch cost 40 million dollars.",
         "An analyst put the mission's cost at 120 million dollars.",
         ("Pelkin rocket lifts off", "Pelkin mission costs questioned"), (), []),
        # weeks apart: the amount may have been revised
        ("The launch cost roughly 65 million dollars, the operator said.",
         "An analyst put the mission's cost at 120 million dollars.",
         ("Pelkin rocket lifts off", "Pelkin mission costs questioned"), ("2031-03-10", "2031-03-24"), []),
        # two articles on two subjects
        ("The launch cost roughly 65 million dollars, the operator said.",
         "An analyst put the mission's cost at 120 million dollars.",
         ("Pelkin rocket lifts off", "Dorrel probe reaches orbit"), (), []),
    ],
)
def test_one_amount_per_article(first: str, second: str, titles: tuple[str, ...], dates: tuple[str, ...],
                                kinds: list[str]) -> None:
    """Two articles on one subject, a few days apart, each giving one amount under the same measure word."""
    assert conflict_kinds(story(first, second, titles=titles, dates=dates)) == kinds


@pytest.mark.parametrize(
    ("first", "second", "titles", "kinds"),
    [
        # a payment of a ransom, denied and asserted
        ("The insurer paid no ransom to the gang, its chief executive Ola Brenn said.",
         "The insurer paid a ransom of 2 million dollars to the gang, the regulator said.",
         ("Kestova insurer hacked", "Kestova insurer paid hackers"), ["status"]),
        # a theft, denied and asserted
        ("Hackers stole the records of the Kestova insurer's clients, a researcher said.",
         "No client records were stolen, the Kestova insurer said.",
         ("Kestova insurer hacked", "Kestova insurer denies theft"), ["status"]),
        # a sealed frontier is a closed border
        ("Morvia closed its border with Dalen on Sunday, the Dalen ministry said.",
         "The Morvian ministry denied that the frontier had been sealed.",
         ("Morvia shuts border", "Morvia denies closing border"), ["status"]),
        # near misses: "paid tribute" is no payment, a sealed deal is no closed border
        ("The insurer paid tribute to its staff, its chief executive Ola Brenn said.",
         "The insurer has not paid any tribute to its staff, the union said.",
         ("Kestova insurer thanks staff", "Kestova union angry"), []),
        ("Morvia closed its border with Dalen on Sunday, the Dalen ministry said.",
         "Morvia sealed a trade deal with Dalen on Monday, the Morvian ministry said.",
         ("Morvia shuts border", "Morvia and Dalen trade deal"), []),
    ],
)
def test_payments_thefts_and_sealed_borders(first: str, second: str, titles: tuple[str, ...],
                                            kinds: list[str]) -> None:
    """Status conflicts on verbs the predicate reader now knows."""
    assert conflict_kinds(story(first, second, titles=titles)) == kinds


@pytest.mark.parametrize(
    ("text", "lemma", "thing", "negated"),
    [
        ("the bank had paid no ransom to the gang", "pay", "ransom", True),
        ("no fee was paid", "pay", "fee", True),
        ("the bank paid a ransom", "pay", "ransom", False),
        ("no customer data was stolen", "steal", "data", True),
        ("the frontier had been sealed", "close", "border", False),
        ("they sealed the deal", "sign", "agreement", False),
    ],
)
def test_predications(text: str, lemma: str, thing: str, negated: bool) -> None:
    """The predicate reader's new verbs, and an object with "no" that negates its verb."""
    found = [(p.lemma, p.thing.cls, p.negated) for p in find_predications(text, 0, len(text))]
    assert (lemma, thing, negated) in found


@pytest.mark.parametrize("text", ["They paid tribute to the victims", "She paid a visit to the mill"])
def test_paid_as_light_verb(text: str) -> None:
    """Without money paid, "paid" stays a light verb."""
    assert not any(p.lemma == "pay" for p in find_predications(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The mayor has called off her planned meeting with the renters", "asserted"),
        ("The union cancelled the planned strike", "asserted"),
        ("The planned strike will begin on Monday", "expected"),
        ("The council will cancel the planned vote", "expected"),
        ("The proposed merger was announced last year", "expected"),
    ],
)
def test_called_off_plan(text: str, modality: str) -> None:
    """A plan that is called off is done: "planned" after a verb of calling off expects nothing."""
    assert read_modality(text).modality == modality


@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        # the body denies the headline's event of anyone
        ("Police arrest Ostrel mill owner",
         "Police questioned the owner of the Ostrel mill on Monday but have not arrested anyone, a spokesman said.",
         ["headline"]),
        # near misses: a negation of someone else, or an arrest the body reports too
        ("Police arrest Ostrel mill owner",
         "Police questioned the owner of the Ostrel mill on Monday, a spokesman said. His lawyer has not been "
         "arrested.", []),
        ("Police arrest Ostrel mill owner",
         "Police arrested the owner of the Ostrel mill on Monday, a spokesman said. They have not charged anyone.",
         []),
    ],
)
def test_headline_denied_of_anyone(title: str, body: str, kinds: list[str]) -> None:
    """A flat headline event against a body that says it happened to no one."""
    assert [k for k in conflict_kinds(story(body, titles=(title,))) if k == "headline"] == kinds


@pytest.mark.parametrize(
    ("first", "second", "titles", "dates", "kinds"),
    [
        # one article places the event at the place the other article names throughout
        ("The port authority said that the strike at Dravik had ended on Tuesday morning.",
         "The Dravik Dockers' Union denied it had called off the walkout, its leader Ansa Holm said. Holm "
         "said the Dravik Dockers' Union would hold firm. Holm will meet the mayor, and Holm has called a rally.",
         ("Strike over, harbour says", "Dockers vow to stay out"), (), ["status"]),
        # weeks apart: the strike may have ended since
        ("The port authority said that the strike at Dravik had ended on Tuesday morning.",
         "The Dravik Dockers' Union denied it had called off the walkout, its leader Ansa Holm said. Holm "
         "said the Dravik Dockers' Union would hold firm. Holm will meet the mayor, and Holm has called a rally.",
         ("Strike over, harbour says", "Dockers vow to stay out"), ("2031-03-10", "2031-03-20"), []),
        # another place: another strike
        ("The port authority said that the strike at Dravik had ended on Tuesday morning.",
         "The Kelm Dockers' Union denied it had called off the walkout, its leader Ansa Holm said. Holm "
         "said the Kelm Dockers' Union would hold firm. Holm will meet the mayor, and Holm has called a rally.",
         ("Strike over, harbour says", "Dockers vow to stay out"), (), []),
    ],
)
def test_denial_placed_in_story(first: str, second: str, titles: tuple[str, ...], dates: tuple[str, ...],
                                kinds: list[str]) -> None:
    """A denial and an assertion a few days apart meet when one places the event where the other's story is."""
    assert conflict_kinds(story(first, second, titles=titles, dates=dates)) == kinds
