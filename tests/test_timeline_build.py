"""The timeline: uncertain dates as intervals, ordering, subjects and conflict marks."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from claimkit.formats.text import TextFormat
from claimkit.timeline import build_timeline, interval
from claimkit.types import Analysis, Claim, Conflict, Source


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2030-04", "MID", (dt.date(2030, 4, 11), dt.date(2030, 4, 20))),
        ("2030-04", None, (dt.date(2030, 4, 1), dt.date(2030, 4, 30))),
        ("2030-04-02", None, (dt.date(2030, 4, 2), dt.date(2030, 4, 2))),
        ("2030-04", "START", (dt.date(2030, 4, 1), dt.date(2030, 4, 10))),
    ],
)
def test_interval(value: str, mod: str | None, expected: tuple[dt.date, dt.date]) -> None:
    """"mid-April" spans the middle third of April."""
    assert interval(value, mod) == expected


def _claim(ident: str, said_on: str | None, subjects: tuple[str, ...] = (), mod: str | None = None) -> Claim:
    return Claim(id=ident, doc=ident.split(":")[0], start=0, end=4, text="text", source=Source("Morr"),
                 said_on=said_on, said_on_mod=mod, subjects=subjects)


def test_claims_in_date_order_with_undated_last() -> None:
    """Earliest possible day first; claims without a date at the end."""
    claims = [_claim("a:c1", None), _claim("b:c1", "2030-04-20"), _claim("c:c1", "2030-04", "MID")]
    assert [e.claim for e in build_timeline(claims)] == ["c:c1", "b:c1", "a:c1"]


def test_entry_is_filed_under_its_conflict_key() -> None:
    """A claim in a conflict is shown under the key of that conflict."""
    claims = [_claim("a:c1", "2030-04-20", ("count:die|people", "event:die|people")),
              _claim("b:c1", "2030-04-21", ("count:die|people", "event:die|people"))]
    conflict = Conflict(kind="status", claims=("a:c1", "b:c1"), explanation="x", key="event:die|people")
    timeline = build_timeline(claims, [conflict])
    assert [e.subject for e in timeline] == ["event:die|people", "event:die|people"]
    assert all(e.conflicts == (0,) for e in timeline)


def test_text_report_marks_conflicts_and_intervals() -> None:
    """The text report lists the timeline by subject with conflict marks and uncertain dates as intervals."""
    claims = [_claim("a:c1", "2030-04", ("count:die|people",), mod="MID"),
              _claim("b:c1", "2030-04-21", ("count:die|people",))]
    conflict = Conflict(kind="numeric", claims=("a:c1", "b:c1"), explanation="They differ.", key="count:die|people")
    analysis = Analysis(claims=claims, conflicts=[conflict], timeline=build_timeline(claims, [conflict]),
                        documents=["a", "b"])
    out = io.StringIO()
    TextFormat().write_analysis(analysis, out)
    report = out.getvalue()
    assert "TIMELINE BY SUBJECT" in report and "[!1]" in report and "2030-04-11..04-20" in report


@pytest.mark.parametrize("mark", ["place:dover", "story:dover", "headline:dover", "about:dover", "named:dover",
                                  "main:dover"])
def test_text_report_lists_no_story_mark_as_a_subject(mark: str) -> None:
    """Keys that only tie claims to their story (places, headline and body names) are no subject in the report."""
    claims = [_claim("a:c1", "2030-04-20", ("count:die|people", mark)),
              Claim(id="b:c1", doc="b", start=0, end=4, text="text", source=Source("Quill"), said_on="2030-04-21",
                    subjects=("count:die|people", mark))]
    analysis = Analysis(claims=claims, conflicts=[], timeline=build_timeline(claims), documents=["a", "b"])
    out = io.StringIO()
    TextFormat().write_analysis(analysis, out)
    report = out.getvalue()
    assert "(count:die|people)" in report
    assert f"({mark})" not in report
