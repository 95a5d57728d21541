"""News layouts found by writing multi-source stories: attribution adjuncts, comment clauses, figures cut at their
thousands comma, and the future of a headline infinitive (sentences are fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit import analyze
from claimkit.attribution import find_frames
from claimkit.claims import build_claims
from claimkit.modality import read_modality
from claimkit.types import Claim, CountMention, Document, QuoteMention, Span


def _doc(text: str, title: str | None = None) -> Document:
    return Document(id="n1", text=text, title=title, published=dt.date(2030, 5, 8), publisher="Harbour Gazette")


def _claim_at(claims: list[Claim], phrase: str) -> Claim:
    found = [c for c in claims if phrase in c.text]
    assert found, [c.text for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A grass fire north of Pell could reach the outer farms by Friday, park officials warned on Thursday, as "
         "strong winds pushed the flames east.", "A grass fire north of Pell could reach the outer farms by Friday"),
        ("The new ring road will cost about $90 million, the roads office said on Monday, far more than the first "
         "estimate.", "The new ring road will cost about $90 million"),
        ("The harbour wall was repaired in two weeks, the port authority said last month, ahead of the storm "
         "season.", "The harbour wall was repaired in two weeks"),
    ],
)
def test_adjunct_after_a_closing_attribution_is_not_the_content(text: str, content: str) -> None:
    """"..., X said on Monday, as ..." : the statement is the one before the source, not the adjunct after it."""
    frames = find_frames(text, 0, len(text))
    assert frames and frames[0].kind == "last"
    assert text[frames[0].content_start:frames[0].content_end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ana Lind said on Monday, “The wall will hold.”", "The wall will hold"),
        ("The port authority said on Monday that the wall would hold, despite the storm.",
         "the wall would hold, despite the storm"),
    ],
)
def test_content_after_the_verb_stays_the_content(text: str, content: str) -> None:
    """A quote or a that-clause after "said on Monday," is still what the source said."""
    frames = find_frames(text, 0, len(text))
    assert frames and frames[0].kind == "first"
    assert text[frames[0].content_start:frames[0].content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        "About 40 fishing boats returned to the harbour of Pell on Sunday, as the port authority had announced a "
        "week earlier.",
        "The bridge reopened to 300 trucks on Friday, as engineers had predicted.",
    ],
)
def test_as_comment_clause_is_no_attribution(text: str) -> None:
    """"..., as the authority had announced": the writer states the main clause; nobody is its source."""
    claims = build_claims(_doc(text), [])
    claim = claims[0]
    assert claim.source is not None and claim.source.kind == "publication"
    assert claim.modality == "asserted"


def test_as_comment_does_not_move_the_speech_clock() -> None:
    """An announcement "a week earlier" in a comment clause does not date the next, undated report."""
    text = ("About 40 fishing boats returned to the harbour of Pell on Sunday, as the port authority had announced "
            "a week earlier. The harbour master said 35 boats had come back.")
    claims = build_claims(_doc(text), [])
    assert _claim_at(claims, "35 boats").said_on == "2030-05-08"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 12,000 soldiers, backed by tanks, were now inside the valley, army spokesman Emil Rand said.",
         "At least 12,000"),
        ("Outside the court, about 1,500 people protested against the ruling, police said.", "about 1,500"),
    ],
)
def test_quote_cut_at_a_thousands_comma_keeps_its_figure(text: str, figure: str) -> None:
    """An indirect quote whose content opens inside "12,|000" is read from its clause's start: the claim holds
    the whole figure."""
    cut = text.index(figure) + figure.index(",") + 1
    cue_at = text.rindex("said")
    end = text.rindex(",", 0, cue_at)
    quote = QuoteMention(start=cut, end=end, text=text[cut:end], speaker=None, direct=False,
                         cue=Span.of(text, cue_at, cue_at + 4), cue_class="neutral")
    start = text.index(figure)
    count = CountMention(start=start, end=start + len(figure), text=figure, value=float(figure.split()[-1].replace(
        ",", "")), op="=", unit="people", plugin="test")
    claims = build_claims(_doc(text), [quote, count])
    claim = _claim_at(claims, figure)
    assert [c.text for c in claim.counts] == [figure]


@pytest.mark.parametrize(
    ("title", "modality"),
    [
        ("Harbour bridge to be demolished", "expected"),
        ("Ring road to cost $90 million", "expected"),
        ("Dock workers to strike on Monday", "expected"),
        ("Harbour bridge reopens to traffic", "asserted"),
        ("Flood toll rises to 14", "asserted"),
        ("Council votes to close harbour school", "asserted"),
    ],
)
def test_headline_infinitive_is_a_future(title: str, modality: str) -> None:
    """A headline's "X to Y" (no verb before it) announces Y: expected, not asserted."""
    assert read_modality(title, title=True).modality == modality


def test_headline_infinitive_is_no_future_in_the_body() -> None:
    """In a body sentence "to cost" after a noun is not a headline's future."""
    assert read_modality("Crews to clear the road arrived on Monday.").modality == "asserted"


@pytest.mark.parametrize(
    ("title", "body", "flagged"),
    [
        ("Grass fire reaches Pell farms", "The grass fire could reach the farms near Pell by Friday, park officials "
         "warned on Thursday.", True),
        ("Harbour council passes port budget", "The harbour council is expected to pass the port budget next week, "
         "its chairman said on Monday.", True),
        ("Grass fire reaches Pell farms", "The grass fire reached the farms near Pell on Thursday, park officials "
         "said.", False),
    ],
)
def test_headline_predicate_without_a_class_against_a_weaker_body(title: str, body: str, flagged: bool) -> None:
    """A headline that states a predicate of a thing ("reaches ... farms") which its body only hedges or expects
    is flagged, also for verbs claimkit has no event class for; a body that reports it is no conflict."""
    analysis = analyze([{"id": "h1", "publisher": "Pell Post", "published": "2030-05-08", "title": title,
                         "text": body + "\n"}])
    assert any(c.kind == "headline" for c in analysis.conflicts) == flagged


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Work on the harbour wall began on Monday, the builder said in a statement, earlier than the town had "
         "planned.", "asserted"),
        ("Work on the harbour wall is expected to begin on Monday, the builder said in a statement.", "expected"),
    ],
)
def test_adjunct_after_a_closing_attribution_does_not_set_the_modality(text: str, modality: str) -> None:
    """"..., the builder said in a statement, earlier than planned": "planned" in the adjunct is no expectation of
    the builder's; the content's own words still are."""
    claims = build_claims(_doc(text), [])
    assert _claim_at(claims, "harbour wall").modality == modality
