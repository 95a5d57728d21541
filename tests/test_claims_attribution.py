"""Attribution frames, source names and their resolution within a document."""

from __future__ import annotations

import pytest

from claimkit.attribution import SourceBook, find_frames, name_source
from claimkit.types import Source


def _frame(text: str) -> tuple[str, str, str]:
    frames = find_frames(text, 0, len(text))
    assert frames, text
    f = frames[0]
    return f.source, f.kind, text[f.content_start:f.content_end]


@pytest.mark.parametrize(
    ("text", "source", "kind", "content"),
    [
        ("The ferry sank near the harbour, the coast guard said on Friday.", "the coast guard", "last",
         "The ferry sank near the harbour"),
        ("Port official Lina Morr said on Friday that the ferry sank.", "Port official Lina Morr", "first",
         "the ferry sank"),
        ("The ferry carried 40 cars, according to the operator.", "the operator", "according",
         "The ferry carried 40 cars"),
        ("Volunteers estimated that 300 people lined the shore.", "Volunteers", "first",
         "300 people lined the shore"),
        ("A spokesman, Captain Emil Rand, said the ferry sank.", "A spokesman, Captain Emil Rand", "first",
         "the ferry sank"),
    ],
)
def test_frames(text: str, source: str, kind: str, content: str) -> None:
    """Source-first, source-last and according-to frames give the source and what it says."""
    assert _frame(text) == (source, kind, content)


def test_noun_that_looks_like_a_verb_is_no_cue() -> None:
    """"claims" as a noun in a headline attributes nothing."""
    text = "Contradictory claims cloud the harbour inquiry"
    assert find_frames(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Harbour Minister Lina Morr", "Lina Morr", "person"),
        ("the regional ferry service", "regional ferry service", "organization"),
        ("the Union of Harbour Pilots", "Union of Harbour Pilots", "organization"),
        ("ministry spokesman Emil Rand", "Emil Rand", "person"),
        ("Two officials who asked not to be named", "Two officials", "anonymous"),
        ("a port spokesman, Captain Emil Rand,", "Emil Rand", "person"),
    ],
)
def test_name_source(phrase: str, name: str, kind: str) -> None:
    """Titles and determiners are stripped; organisations and anonymous sources keep their words."""
    source = name_source(phrase)
    assert (source.name, source.kind) == (name, kind)


def test_role_is_kept_apart_from_the_name() -> None:
    """"Harbour Minister" is the role of Lina Morr."""
    assert name_source("Harbour Minister Lina Morr").role == "Harbour Minister"


@pytest.mark.parametrize(("short", "full"), [("Morr", "Lina Morr"), ("she", "Lina Morr")])
def test_book_resolves_short_forms(short: str, full: str) -> None:
    """A surname or a pronoun points back to the last full name."""
    book = SourceBook()
    book.add(Source("Lina Morr", kind="person"))
    assert book.resolve(name_source(short)).name == full


def test_book_resolves_definite_organisation() -> None:
    """"the union" is the Union of Harbour Pilots named before."""
    book = SourceBook()
    book.add(Source("Union of Harbour Pilots", kind="organization"))
    assert book.resolve(Source("union", kind="organization")).name == "Union of Harbour Pilots"


def test_book_keeps_a_different_organisation_apart() -> None:
    """"defense ministry" is not the foreign ministry named before."""
    book = SourceBook()
    book.add(Source("Foreign Ministry", kind="organization"))
    assert book.resolve(Source("defense ministry", kind="organization")).name == "defense ministry"


def test_a_closing_attribution_owns_a_report_inside_it() -> None:
    """"Officials confirmed 14 cases, ..., director Ana Holm said": Holm is the source of the whole report."""
    from claimkit import analyze

    analysis = analyze([{"id": "q", "publisher": "P", "published": "2031-02-10", "title": "",
                         "text": "Officials in Brask confirmed 14 cases on Monday, up from nine last week, health "
                                 "director Ana Holm said.\n"}])
    claim = next(c for c in analysis.claims if "14 cases" in c.text)
    assert claim.source is not None and claim.source.name == "Ana Holm"


@pytest.mark.parametrize(
    ("phrase", "name", "kind", "role"),
    [
        ("Telka Mining", "Telka Mining", "organization", None),  # a company's name by its last word
        ("Westland Rail", "Westland Rail", "organization", None),
        ("Orsa Holdings Ltd.", "Orsa Holdings Ltd.", "organization", None),
        ("Tim Power", "Tim Power", "person", None),  # a surname that is also a word of industry stays a person
        ("Transport Minister Edda Rail", "Edda Rail", "person", "Transport Minister"),  # a title makes a person
        ("The construction firm, Dalmar Roads", "Dalmar Roads", "organization", "construction firm"),
        ("The shipping company, Orsa", "Orsa", "organization", "shipping company"),
        ("a spokeswoman for the port agency, Mara Quist", "Mara Quist", "person", "spokeswoman for the port agency"),
        ("the regional fire brigade", "regional fire brigade", "organization", None),
        ("the coast guard", "coast guard", "organization", None),
        ("a doctor at Dalen General Hospital", "doctor", "anonymous", None),  # one unnamed person, not the hospital
        ("a nurse at the clinic", "nurse", "anonymous", None),
        ("Families", "Families", "anonymous", None),  # a capitalised plural opening a sentence is no name
        ("Passengers", "Passengers", "anonymous", None),
        ("Doctor Ana Lind", "Ana Lind", "person", "Doctor"),
    ],
)
def test_organisations_and_unnamed_people_are_told_from_named_people(phrase, name, kind, role) -> None:
    source = name_source(phrase)
    assert (source.name, source.kind, source.role) == (name, kind, role)


def test_a_reporting_it_is_the_last_organisation() -> None:
    book = SourceBook()
    book.add(name_source("Mayor Ana Lind"))
    book.add(name_source("the regional fire brigade"))
    book.add(name_source("Jonas Pell"))
    assert book.resolve(name_source("it")).name == "regional fire brigade"


def test_a_reporting_it_with_no_organisation_before_stays_it() -> None:
    book = SourceBook()
    book.add(name_source("Jonas Pell"))
    assert book.resolve(name_source("it")).name == "it"
