"""The value types: validation, and lossless conversion to and from plain data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.types import (
    Analysis,
    Claim,
    Conflict,
    CountMention,
    Document,
    Extraction,
    OtherMention,
    PluginError,
    QuoteMention,
    Source,
    Span,
    Timeline,
    TimelineEntry,
    TimeMention,
    mention_from_data,
    parse_date,
    unchecked_constructor,
)

TEXT = "“We will stay,” Interior Minister Anna Berg said on Monday, adding that some 8,000 troops remain."


def _span(sub: str, field: str = "text", text: str = TEXT) -> Span:
    start = text.index(sub)
    return Span(start, start + len(sub), sub, field)


def _roundtrip(value, cls):
    data = json.loads(json.dumps(value.to_data()))
    return cls.from_data(data)


def test_document_parses_published_date():
    doc = Document.from_data({"id": 7, "text": "x", "published": "2024-11-08"})
    assert doc.id == "7"
    assert doc.published == dt.date(2024, 11, 8)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-11-08", dt.date(2024, 11, 8)),
        ("2024-11-08T23:30:00-05:00", dt.date(2024, 11, 8)),  # the local day, as the article's "today" means it
        ("2024/11/8", dt.date(2024, 11, 8)),
        ("November 8, 2024", dt.date(2024, 11, 8)),
        ("Nov. 8, 2024", dt.date(2024, 11, 8)),
        ("Friday, November 8, 2024", dt.date(2024, 11, 8)),
        ("8 November 2024", dt.date(2024, 11, 8)),
        ("8th Nov 2024", dt.date(2024, 11, 8)),
        ("Fri, 08 Nov 2024 10:00:00 +0000", dt.date(2024, 11, 8)),  # RFC 2822, as RSS feeds write it
        ("Sept 3 2024 8:00 AM EDT", dt.date(2024, 9, 3)),
        ("20241108", dt.date(2024, 11, 8)),  # ISO 8601's basic form
        (dt.datetime(2024, 11, 8, 10, 30), dt.date(2024, 11, 8)),
        ("", None),
    ],
)
def test_published_dates_in_the_forms_feeds_write(value, day):
    assert parse_date(value) == day and type(parse_date(value)) is type(day)


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("2024-02-30", "no such day"),
        ("February 30, 2024", "no such day"),
        ("yesterday", "write it as YYYY-MM-DD"),
        ("June 10", "write it as YYYY-MM-DD"),  # no year
        ("Smarch 10, 2024", "write it as YYYY-MM-DD"),
        ("2024-06-10 and then some words", "write it as YYYY-MM-DD"),
        ("2024-06-10 12 comments", "write it as YYYY-MM-DD"),  # a number after the day is no clock time
        ("June 10, 2024 3 pages", "write it as YYYY-MM-DD"),
        ("25/12/2024", "has day and month in digits"),
        ("11/08/2024", "ambiguous"),
        ("8.11.24", "ambiguous"),
    ],
)
def test_document_rejects_invalid_dates_with_a_readable_message(bad, why):
    with pytest.raises(ValueError, match=why):
        Document.from_data({"id": "a", "text": "x", "published": bad})


@pytest.mark.parametrize(
    "data", [{"text": "x"}, {"id": "a"}, {"id": "a", "text": 3}, {"id": "a", "text": "x", "title": 1}]
)
def test_document_rejects_missing_or_mistyped_fields(data):
    with pytest.raises(ValueError):
        Document.from_data(data)


def test_document_round_trips():
    doc = Document(id="a", text=TEXT, title="Berg stays", published="2025-03-04", publisher="Ledger", author="R. S.",
                   url="https://example.org/a")
    assert Document.from_data(json.loads(json.dumps(doc.to_data()))) == doc


def test_span_must_fit_its_text():
    with pytest.raises(ValueError):
        Span(0, 3, "ab")
    with pytest.raises(ValueError):
        Span(0, 2, "ab", field="body")


def test_mention_kinds_round_trip():
    mentions = [
        TimeMention(start=TEXT.index("Monday"), end=TEXT.index("Monday") + 6, text="Monday", type="DATE",
                    value="2025-03-03", anchor="published", anchor_value="2025-03-04"),
        QuoteMention(start=1, end=13, text=TEXT[1:13], cue=_span("said"), source=_span("Interior Minister Anna Berg"),
                     speaker="Anna Berg", direct=True, cue_class="neutral", source_kind="person",
                     role="Interior Minister", parts=[(1, 13)]),
        CountMention(start=TEXT.index("some"), end=TEXT.index("some") + 17, text="some 8,000 troops", value=8000.0,
                     low=7200, high=8800, op="~", unit="troop", unit_span=_span("troops"), category="people",
                     modifiers=["U.S."], quoted=True),
        OtherMention(start=0, end=1, text="“", other_kind="mark", data={"style": "curly"}),
    ]
    for mention in mentions:
        assert mention_from_data(json.loads(json.dumps(mention.to_data()))) == mention


def test_count_values_stay_integers_in_json():
    count = CountMention(start=0, end=5, text="2,000", value=2000.0, low=2000.0, high=2000.0)
    assert json.dumps(count.to_data()["value"]) == "2000"


def test_title_mentions_say_so():
    mention = TimeMention(start=0, end=6, text="Monday", type="DATE", value="2025-03-03", field="title")
    assert mention.to_data()["field"] == "title"


def test_claim_conflict_timeline_analysis_round_trip():
    count = CountMention(start=70, end=87, text=TEXT[70:87], value=8000, op="~", unit="troop", category="people")
    claim = Claim(id="a:c1", doc="a", start=70, end=87, text=TEXT[70:87],
                  source=Source("Anna Berg", kind="person", role="Interior Minister", aliases=["Berg"]),
                  modality="hedged", said_on="2025-03-03", cue=_span("said"), direct=False, counts=[count],
                  subjects=["count:troop"], event="stay", polarity="negative", publisher="Ledger")
    conflict = Conflict(kind="numeric", claims=["a:c1", "b:c2"], explanation="8,000 against 500.", key="count:troop",
                        detector="claimkit.conflicts.numeric")
    timeline = Timeline([TimelineEntry(claim="a:c1", earliest="2025-03-03", latest="2025-03-03", said_on="2025-03-03",
                                       subject="count:troop", conflicts=[0])])
    analysis = Analysis(claims=[claim], conflicts=[conflict], timeline=timeline,
                        errors=[PluginError(plugin="p", doc="a", message="boom")], documents=["a"],
                        extractions=[Extraction(doc="a", mentions=[count])])
    assert _roundtrip(claim, Claim) == claim
    assert _roundtrip(conflict, Conflict) == conflict
    assert Analysis.from_data(json.loads(json.dumps(analysis.to_data()))) == analysis


def test_claim_json_has_the_contract_keys():
    claim = Claim(id="a:c1", doc="a", start=0, end=4, text="text", source=Source("Reuters", kind="publication"))
    data = claim.to_data()
    assert {"id", "doc", "start", "end", "source", "modality", "said_on"} <= set(data)
    assert data["source"] == "Reuters"


def test_invalid_modality_is_rejected():
    with pytest.raises(ValueError):
        Claim(id="x", doc="a", start=0, end=1, text="t", modality="certain")


@given(st.text(max_size=200), st.data())
def test_spans_slice_to_their_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span.of(text, start, end)
    assert text[span.start : span.end] == span.text
    assert Span.from_data(json.loads(json.dumps(span.to_data()))) == span


@given(
    st.text(min_size=1, max_size=80),
    st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False, width=32)),
    st.sampled_from(["=", "~", ">", ">=", "<", "<="]),
)
def test_count_mentions_round_trip_for_any_value(text, value, op):
    mention = CountMention(start=0, end=len(text), text=text, value=value, low=value, high=value, op=op)
    again = mention_from_data(json.loads(json.dumps(mention.to_data())))
    assert again == mention
    assert again.text == text[again.start : again.end]


def test_the_json_format_writes_exactly_the_analysis_data():
    import io

    from claimkit.formats.jsonfmt import JSONFormat

    count = CountMention(start=0, end=5, text="2,000", value=2000, unit="troop", category="people")
    analysis = Analysis(
        claims=[Claim(id="a:c1", doc="a", start=0, end=5, text="2,000", counts=[count])],
        conflicts=[Conflict(kind="numeric", claims=["a:c1"], explanation="x")],
        documents=["a"],
        extractions=[Extraction(doc="a", mentions=[count])],
    )
    out = io.StringIO()
    JSONFormat().write_analysis(analysis, out)
    assert json.loads(out.getvalue()) == analysis.to_data()


@pytest.mark.parametrize("cls, fields", [
    (TimeMention, {"start": 4, "end": 9, "text": "today", "type": "DATE", "value": "2024-03-01", "plugin": "dates"}),
    (Span, {"start": 0, "end": 3, "text": "Tue"}),
    (Source, {"name": "a clerk", "aliases": ["the clerk"]}),
])
def test_unchecked_constructor_builds_what_the_constructor_builds(cls, fields):
    built = unchecked_constructor(cls)(**fields)
    assert built == cls(**fields) and repr(built) == repr(cls(**fields))


def test_unchecked_constructor_skips_the_checks():
    build = unchecked_constructor(Span)
    assert build(start=5, end=2, text="x").end == 2  # the public constructor refuses this span
    with pytest.raises(ValueError):
        Span(5, 2, "x")


def test_unchecked_constructor_without_conversion_stores_what_it_is_given():
    """``convert=False`` trusts the caller: values already in stored form give the same value, others stay as given."""
    build = unchecked_constructor(Source, convert=False)
    assert build(name="a clerk", aliases=("the clerk",)) == Source(name="a clerk", aliases=["the clerk"])
    assert unchecked_constructor(Source)(name="a clerk", aliases=["the clerk"]).aliases == ("the clerk",)
    assert build(name="a clerk", aliases=["the clerk"]).aliases == ["the clerk"]


def test_unchecked_constructor_takes_leading_fields_by_position():
    build = unchecked_constructor(Span, positional=("start", "end", "text"))
    assert build(0, 3, "Ann") == Span(start=0, end=3, text="Ann")
    assert build(0, 3, "Ann", field="title") == Span(start=0, end=3, text="Ann", field="title")


def test_unchecked_constructor_refuses_positions_that_are_not_the_leading_fields():
    with pytest.raises(TypeError, match="do not start with"):
        unchecked_constructor(Span, positional=("end", "start"))
