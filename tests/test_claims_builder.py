"""The claim builder on hand-built documents and mentions (no extractor involved)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.claims import build_claims
from claimkit.types import Claim, CountMention, Document, Mention, QuoteMention, Span, TimeMention


def _doc(text: str, title: str | None = None) -> Document:
    return Document(id="n1", text=text, title=title, published=dt.date(2030, 5, 8), publisher="Harbour Gazette")


def _count(text: str, phrase: str, value: float, unit: str | None, op: str = "=") -> CountMention:
    start = text.index(phrase)
    return CountMention(start=start, end=start + len(phrase), text=phrase, value=value, op=op, unit=unit,
                        plugin="test")


def _claim_at(claims: list[Claim], phrase: str) -> Claim:
    found = [c for c in claims if phrase in c.text]
    assert found, [c.text for c in claims]
    return found[0]


def test_unattributed_count_is_the_publications() -> None:
    """A sentence with a figure and no source is a claim of the publication."""
    text = "The port employs roughly 900 workers."
    claims = build_claims(_doc(text), [_count(text, "roughly 900", 900, "worker", "~")])
    claim = _claim_at(claims, "900")
    assert claim.source is not None and (claim.source.name, claim.source.kind) == ("Harbour Gazette", "publication")


def test_source_last_frame_names_the_source() -> None:
    """"..., the coast guard said on Monday" makes the coast guard the source, said on that Monday."""
    text = "At least 12 people were rescued from the ferry, the coast guard said on Monday."
    claims = build_claims(_doc(text), [_count(text, "At least 12", 12, "people", ">=")])
    claim = _claim_at(claims, "12 people")
    assert claim.source is not None and claim.source.name == "coast guard"
    assert claim.said_on == "2030-05-06"


def test_sentence_initial_date_dates_the_speech() -> None:
    """"On April 29, the agency said" dates the claim April 29."""
    text = "On April 29, the port agency said the ferry had sunk near the pier."
    claims = build_claims(_doc(text), [])
    assert _claim_at(claims, "ferry").said_on == "2030-04-29"


def test_quote_speaker_pronoun_resolves_to_last_person() -> None:
    """A quote by "she" belongs to the person named before."""
    text = "Harbour Minister Lina Morr said the pier was safe. “We saw the levee burst,” she said."
    start = text.index("“We")
    end = text.index("”") + 1
    quote = QuoteMention(start=start, end=end, text=text[start:end], speaker="she", direct=True,
                         source=Span.of(text, text.index("she"), text.index("she") + 3),
                         cue=Span.of(text, text.rindex("said"), text.rindex("said") + 4), cue_class="neutral")
    claims = build_claims(_doc(text), [quote])
    claim = _claim_at(claims, "levee")
    assert claim.source is not None and claim.source.name == "Lina Morr"


def _quote(text: str, content: str, source: str, speaker: str, kind: str) -> QuoteMention:
    start = text.index(content)
    at = text.index(source)
    cue = text.index(" said", at) + 1
    return QuoteMention(start=start, end=start + len(content), text=content, speaker=speaker, direct=False,
                        source=Span.of(text, at, at + len(source)), cue=Span.of(text, cue, cue + 4),
                        cue_class="neutral", source_kind=kind)


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        # the extractor resolved "the agency" to the description named before: that says more
        ("state roads agency", "state roads agency"),
        # a speaker that is not a longer form of the words stays out
        ("harbour police", "agency"),
    ],
)
def test_organisation_source_takes_the_longer_resolved_description(speaker: str, name: str) -> None:
    text = "Crews from the state roads agency arrived. The agency said the pass was shut."
    quote = _quote(text, "the pass was shut", "The agency", speaker, "organization")
    claim = _claim_at(build_claims(_doc(text), [quote]), "pass was shut")
    assert claim.source is not None and (claim.source.name, claim.source.kind) == (name, "organization")


def test_clause_with_figure_is_its_own_claim() -> None:
    """Two figures joined by "and" are two claims, so a conflict about one leaves the other out."""
    text = "Officials said 12 people were hurt and 38 people were evacuated."
    counts = [_count(text, "12", 12, "people"), _count(text, "38", 38, "people")]
    claims = build_claims(_doc(text), counts)
    assert _claim_at(claims, "12").end <= text.index("38")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("About 2,000 Norvian troops crossed the river, the ministry said.", "count:deploy|soldier|norv"),
        ("The levee at Stavo burst overnight, residents said.", "event:breach|dam"),
        ("About 300 workers walked off the job, the union said.", "count:strike|worker"),
    ],
)
def test_claims_are_keyed_by_what_they_are_about(text: str, key: str) -> None:
    """Counted noun, modifiers and event (with synonyms) make the key."""
    claims = build_claims(_doc(text), [])
    assert any(key in c.subjects for c in claims), [c.subjects for c in claims]


def test_denial_of_existence_is_negative() -> None:
    """"There are no Norvian soldiers here" denies the soldiers' presence."""
    text = "“There are no Norvian soldiers in Stavo,” the ministry said."
    claims = build_claims(_doc(text), [])
    claim = _claim_at(claims, "Norvian")
    assert (claim.modality, claim.polarity) == ("denied", "negative")
    assert "event:deploy|soldier|norv" in claim.subjects


def test_headline_is_a_claim_of_the_publication() -> None:
    """The title is a claim with field "title", asserted by the publication unless it names a source."""
    claims = build_claims(_doc("The ferry sank.", title="Norvian Troops Battle Near Stavo"), [])
    title = [c for c in claims if c.field == "title"]
    assert title and title[0].source is not None and title[0].source.kind == "publication"


def test_attributed_headline_names_its_source() -> None:
    """"Morr says ..." in a headline is Morr's claim."""
    claims = build_claims(_doc("The ferry sank.", title="Morr says the ferry sank"), [])
    title = next(c for c in claims if c.field == "title")
    assert title.source is not None and title.source.name == "Morr"


def test_extractor_time_mention_is_used() -> None:
    """A time mention from the extractor dates the speech it attributes."""
    text = "The ferry sank, the port agency said on Tuesday."
    start = text.index("Tuesday")
    time = TimeMention(start=start, end=start + 7, text="Tuesday", type="DATE", value="2030-05-07")
    claims = build_claims(_doc(text), [time])
    assert _claim_at(claims, "ferry").said_on == "2030-05-07"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
       st.one_of(st.none(), st.text(max_size=60)))
def test_any_text_gives_claims_that_slice(text: str, title: str | None) -> None:
    """No input crashes the builder, and every claim's span slices to its text."""
    document = Document(id="h", text=text, title=title, published=dt.date(2030, 5, 8))
    for claim in build_claims(document, []):
        assert document.field_text(claim.field)[claim.start:claim.end] == claim.text


def test_possible_figure_is_hypothetical() -> None:
    """"could reach 400" is a possibility: the count is marked hypothetical and gets no grouping key."""
    text = "The number of evacuated residents could reach 400, the mayor said."
    claims = build_claims(_doc(text), [_count(text, "400", 400, "people")])
    claim = _claim_at(claims, "400")
    assert claim.counts and claim.counts[0].hypothetical
    assert not any(k.startswith("count:") for k in claim.subjects)


@pytest.mark.parametrize(("text", "direct", "hypothetical"), [
    # the reported "will" of an indirect quote: an expected figure, compared with others
    ("The school board said the merger would affect 410 pupils.", False, False),
    # "would" inside the speaker's own words stays a supposition
    ("“The merger would affect 410 pupils,” the school board said.", True, True),
])
def test_would_in_indirect_speech_is_the_reported_will(text: str, direct: bool, hypothetical: bool) -> None:
    """"said the merger would affect 410 pupils" reports an expected count; a quoted "would" is a supposition."""
    if direct:
        start, end = text.index("“"), text.index("”") + 1
    else:
        start, end = text.index("the merger"), text.index(".")
    cue = text.index("said")
    quote = QuoteMention(start=start, end=end, text=text[start:end], speaker="school board", direct=direct,
                         source=Span.of(text, text.index("he school board") - 1, text.index("school board") + 12),
                         cue=Span.of(text, cue, cue + 4), cue_class="neutral")
    claims = build_claims(_doc(text), [quote, _count(text, "410", 410, "pupil")])
    claim = _claim_at(claims, "410")
    assert claim.counts and claim.counts[0].hypothetical is hypothetical


def test_asserted_claim_dated_after_it_was_said_is_expected() -> None:
    """"The march on June 20 is planned" said on May 8 has not happened yet."""
    text = "The union march takes place on June 20."
    start = text.index("June 20")
    time = TimeMention(start=start, end=start + 7, text="June 20", type="DATE", value="2030-06-20")
    claims = build_claims(_doc(text), [time])
    assert _claim_at(claims, "march").modality == "expected"


def test_event_time_in_the_content_does_not_date_the_speech() -> None:
    """"The levee burst on Monday, residents said" was said at publication, not on Monday."""
    text = "The levee at Stavo burst late on Monday, sending water into farms, residents said."
    claims = build_claims(_doc(text), [])
    assert _claim_at(claims, "levee").said_on == "2030-05-08"


def test_title_case_headline_attribution() -> None:
    """"Morr Says Levee Held" in title case is still Morr's claim."""
    claims = build_claims(_doc("The ferry sank.", title="Morr Says Levee Held"), [])
    title = next(c for c in claims if c.field == "title")
    assert title.source is not None and title.source.name == "Morr"


def test_figure_after_a_casualty_verb_counts_people() -> None:
    """"killed at least 40" counts people killed."""
    text = "The storm killed at least 40 in Stavo, officials said."
    claims = build_claims(_doc(text), [_count(text, "at least 40", 40, None, ">=")])
    assert "count:die|people" in _claim_at(claims, "40").subjects


def test_possessive_takes_the_organisations_name() -> None:
    """"its soldiers" in a statement of the Norvian army are Norvian soldiers."""
    text = "The Norvian army denied on Wednesday that its soldiers had entered Stavo."
    claims = build_claims(_doc(text), [])
    assert "event:deploy|soldier|norv" in _claim_at(claims, "soldiers").subjects


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ABC,.“”\"0123456789\n", min_size=1, max_size=200), st.data())
def test_any_mentions_give_claims_that_slice(text: str, data: st.DataObject) -> None:
    """Quotes, counts and times at arbitrary offsets never crash the builder."""
    mentions: list[Mention] = []
    for _ in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a, len(text)))
        kind = data.draw(st.sampled_from(["quote", "count", "time"]))
        if kind == "quote":
            c = data.draw(st.integers(0, len(text) - 1))
            cue = Span.of(text, c, min(len(text), c + 3))
            mentions.append(QuoteMention(start=a, end=b, text=text[a:b], cue=cue, speaker=data.draw(
                st.sampled_from([None, "she", "Lina Morr"])), cue_class=data.draw(st.sampled_from(
                    [None, "neutral", "denial", "hedging", "prediction"]))))
        elif kind == "count":
            value = data.draw(st.sampled_from([None, 3, 40]))
            mentions.append(CountMention(start=a, end=b, text=text[a:b], value=value,
                                         op=data.draw(st.sampled_from(["=", "~", "<", ">="])),
                                         unit=data.draw(st.sampled_from([None, "people", "troop"]))))
        else:
            mentions.append(TimeMention(start=a, end=b, text=text[a:b], type="DATE",
                                        value=data.draw(st.sampled_from([None, "2030-05-06", "2030-05", "XXXX-05"]))))
    document = Document(id="h", text=text, published=dt.date(2030, 5, 8))
    for claim in build_claims(document, mentions):
        assert document.field_text(claim.field)[claim.start:claim.end] == claim.text


def test_source_with_a_closing_appositive_name() -> None:
    """"..., according to its owner, Halden Mills." names Halden Mills."""
    from claimkit import analyze

    analysis = analyze([{"id": "a1", "publisher": "Town Post", "published": "2031-02-03", "title": "",
                         "text": "The mill employs 90 people, according to its owner, Halden Mills.\n"}])
    sources = {c.source.name for c in analysis.claims if c.source is not None and "employs" in c.text}
    assert sources == {"Halden Mills"}


def test_a_source_speaks_on_the_day_it_last_spoke() -> None:
    """A later undated "Berg said" keeps the day of "Berg said on Friday"."""
    from claimkit import analyze

    text = ("Ana Berg said on Friday that the ferry had been repaired.\n\n"
            "“The engine is running again,” Berg said.\n")
    analysis = analyze([{"id": "a2", "publisher": "Town Post", "published": "2031-02-10", "title": "", "text": text}])
    quoted = [c for c in analysis.claims if "engine" in c.text]
    assert quoted and quoted[0].said_on == "2031-02-07"
