"""Definite descriptions of organisations ("the company", "the operator") resolved to the name the article gave."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit.attribution import SourceBook, find_frames, name_source, named_organizations
from claimkit.claims import build_claims
from claimkit.types import Claim, Document


def _doc(text: str, title: str | None = None) -> Document:
    return Document(id="d1", text=text, title=title, published=dt.date(2030, 5, 8), publisher="Fenwick Post")


def _claim_at(claims: list[Claim], phrase: str) -> Claim:
    found = [c for c in claims if phrase in c.text]
    assert found, [c.text for c in claims]
    return found[0]


def _resolved(text: str, phrase: str, title: str | None = None) -> str:
    """The name ``phrase`` (its last occurrence in ``text``) resolves to."""
    book = SourceBook(text, title)
    return book.resolve(name_source(phrase), text.rindex(phrase)).name


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        # the name's own last word says what it is
        ("A Dunhallow Rail train hit a barrier near Pessel, the operator said.", "the operator", "Dunhallow Rail"),
        ("Solvent leaked from the Ostrig Chemicals depot, the company said.", "the company", "Ostrig Chemicals"),
        ("Two Skerry Air flights were cancelled, the carrier said.", "the carrier", "Skerry Air"),
        ("The Fenwick Transport Board met on Friday. Fares will rise, the board said.", "the board",
         "Fenwick Transport Board"),
        ("The Ministry of Rivers closed the weir. The ministry said it was unsafe.", "The ministry",
         "Ministry of Rivers"),
        # or its introduction does
        ("Toymaker Plessig will shut its Arnau site, the company said.", "the company", "Plessig"),
        ("Bus operator Corran said fares would rise. The firm said demand fell.", "The firm", "Corran"),
        ("Marwick Holdings, the firm that owns the quarry, said little. The company said more.", "The company",
         "Marwick Holdings"),
        ("The utility, Fenmore Grid, cut supplies. The utility said the fault was fixed.", "The utility",
         "Fenmore Grid"),
        ("Rail operator Dunhallow Rail apologised. The rail operator said trains would run.", "The rail operator",
         "Dunhallow Rail"),
        # two companies: the nearest one that fits
        ("Ostrig Chemicals sold the depot to Varro Logistics. The firm said it paid cash.", "The firm",
         "Varro Logistics"),
        ("Varro Logistics bought a depot from Ostrig Chemicals, the company said.", "the company",
         "Ostrig Chemicals"),
        # a company is no board and no union: the nearest that fits, not the nearest
        ("The Fenwick Transport Board fined Dunhallow Rail. The board said it had warned it.", "The board",
         "Fenwick Transport Board"),
        # what the article says a company does outweighs its name: a leasing company runs no ships
        ("Ferry operator Brask Lines ran the Tolla, which is owned by Vennor Shipping, a leasing company. "
         "The operator said all passengers were safe.", "The operator", "Brask Lines"),
        ("Ferry operator Brask Lines runs the Tolla. It is owned by Vennor Shipping, a leasing company based in "
         "Arnau. Vennor Shipping, which owns the Tolla, said nothing. The operator said all passengers were safe.",
         "The operator", "Brask Lines"),
        # a residents' group is no company
        ("Pellan Metals runs the smelter. The Dorne Residents' Group wants it closed. The company said it would "
         "fit filters.", "The company", "Pellan Metals"),
        # a paper spoken to is no operator
        ("Coriander Trains ran the late service, a spokesman confirmed to the Lisk Metro. The operator said the "
         "driver was rested.", "The operator", "Coriander Trains"),
    ],
)
def test_description_resolves_to_the_named_organisation(text: str, phrase: str, name: str) -> None:
    """A definite description is the last organisation named before it whose words or introduction fit it."""
    assert _resolved(text, phrase) == name


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # nothing of that kind named: the description stays
        ("Workers walked out at the Arnau site, the union said.", "the union"),
        ("Dunhallow Rail cut fares. The union said jobs were at risk.", "The union"),
        ("Ana Pessel, who runs a bakery, said the company had not paid her.", "the company"),
        # a name named only after the description does not count
        ("The company said it would appeal. Ostrig Chemicals was fined on Monday.", "The company"),
        # a modifier the name does not carry: another ministry
        ("The Ministry of Rivers closed the weir. The defence ministry said nothing.", "The defence ministry"),
        # a weekday before a source-last frame is no organisation in apposition
        ("Flights resumed on Tuesday, the aviation agency said.", "the aviation agency"),
        # a name after "a spokeswoman for the agency," is the spokeswoman's
        ("A spokeswoman for the port agency, Ana Corran, said it was shut. The agency said more.", "The agency"),
        # a sentence ends between the description and the name
        ("Jobs were cut, said the union. Dunhallow Rail declined to comment. The union said more.", "The union"),
        # a person's name is never an organisation
        ("Ostrig chief executive Lene Varro spoke first. The company said it was sorry.", "The company"),
    ],
)
def test_description_without_a_fitting_name_stays(text: str, phrase: str) -> None:
    """When nothing compatible was named before, the description is the source's name."""
    assert _resolved(text, phrase) == name_source(phrase).name


def test_headline_speaker_names_the_company() -> None:
    """"Plessig says ..." over a body that names Plessig alone and then says "the company said"."""
    text = "Talks between Plessig and the toy workers' union go on, the company said."
    assert _resolved(text, "the company", "Plessig says talks go on") == "Plessig"
    # not when the body names the headline's word as a person's surname
    text = "Talks between Ada Plessig and the union go on, the company said."
    assert _resolved(text, "the company", "Plessig says talks go on") == "company"


def test_named_organisations_carry_their_kinds() -> None:
    """Kinds come from name endings, inner organisation words and introductions; people and places give none."""
    text = ("Carrier Skerry Air and Dunhallow Rail met the Fenwick Transport Board in Pessel on Monday. "
            "Mayor Ana Pessel attended.")
    found = {o.name: o.kinds for o in named_organizations(text)}
    assert found == {"Skerry Air": {"company", "carrier", "operator"}, "Dunhallow Rail": {"company", "operator"},
                     "Fenwick Transport Board": {"board"}}


def test_claim_source_is_the_named_company_and_keeps_its_span() -> None:
    """End to end: the claim's source is the company's name; the frame still points at "the company"."""
    text = "Toymaker Plessig will close its Arnau site, the company said on Tuesday. It employs 300 people."
    claims = build_claims(_doc(text), [])
    claim = _claim_at(claims, "Arnau site")
    assert claim.source is not None and (claim.source.name, claim.source.kind) == ("Plessig", "organization")
    frame = find_frames(text, 0, text.index(". It"))[0]
    assert text[frame.source_start:frame.source_end] == "the company"


def test_possessive_description_is_not_resolved() -> None:
    """"its defence ministry" is the ministry of whatever "its" is, not the ministry named before."""
    text = "The Ministry of Rivers spoke first. Corran has 300 boats, according to its river ministry."
    claims = build_claims(_doc(text), [])
    claim = _claim_at(claims, "300 boats")
    assert claim.source is not None and claim.source.name == "river ministry"


def test_organisation_stating_its_own_aim_is_the_source() -> None:
    """"The X board began ..., aiming to ...": only the board can have told its aim."""
    text = "The Pessel water board began metering homes on Monday, aiming to cut use by a fifth."
    claims = build_claims(_doc(text), [])
    claim = _claim_at(claims, "metering homes")
    assert claim.source is not None and claim.source.name == "Pessel water board"
    # people doing something with an aim are no organisation speaking
    text = "Farmers blocked the Pessel road on Monday, hoping to win aid."
    assert find_frames(text, 0, len(text)) == []
