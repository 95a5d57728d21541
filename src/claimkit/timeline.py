"""Placing claims in time: TIMEX3 values as date intervals, and the timeline of an analysis."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence

import regex

from .grouping import is_broad_key, is_story_mark
from .types import Claim, Conflict, Timeline, TimelineEntry

__all__ = ["build_timeline", "claim_order", "interval"]

_DAY = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = regex.compile(r"(\d{4})-(\d{2})")
_YEAR = regex.compile(r"(\d{4})")
_WEEK = regex.compile(r"(\d{4})-W(\d{2})")
_WEEKEND = regex.compile(r"(\d{4})-W(\d{2})-WE")
_QUARTER = regex.compile(r"(\d{4})-Q([1-4])")
_HALF = regex.compile(r"(\d{4})-H([12])")
_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _thirds(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Narrow an interval by a TIMEX3 mod: START / MID / END keep the first, middle or last third."""
    if mod not in {"START", "MID", "END"}:
        return start, end
    days = (end - start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "END":
        return end - dt.timedelta(days=third - 1), end
    return start + dt.timedelta(days=third), end - dt.timedelta(days=third)


def interval(value: str | None, mod: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3 date value can stand for, as ``(earliest, latest)``, or None when it is not a date.

    >>> interval("2024-04", "MID")
    (datetime.date(2024, 4, 11), datetime.date(2024, 4, 20))
    """
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if (m := _WEEKEND.fullmatch(value)):
            saturday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return saturday, saturday + dt.timedelta(days=1)
        if m := _WEEK.fullmatch(value):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return _thirds(start, start + dt.timedelta(days=6), mod)
        if m := _QUARTER.fullmatch(value):
            year, q = int(m[1]), int(m[2])
            return _thirds(dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), mod)
        if m := _HALF.fullmatch(value):
            year, h = int(m[1]), int(m[2])
            return _thirds(dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h), mod)
        if len(value) == 7 and value[4] == "-" and value[5:] in _SEASON:
            year = int(value[:4])
            first, last = _SEASON[value[5:]]
            end_year = year + 1 if last < first else year
            return _thirds(dt.date(year, first, 1), _month_end(end_year, last), mod)
        if m := _MONTH.fullmatch(value):
            year, month = int(m[1]), int(m[2])
            return _thirds(dt.date(year, month, 1), _month_end(year, month), mod)
        if m := _YEAR.fullmatch(value):
            year = int(m[1])
            return _thirds(dt.date(year, 1, 1), dt.date(year, 12, 31), mod)
    except ValueError:
        return None
    return None


def claim_order(claim: Claim) -> tuple[dt.date, dt.date, str, int, int, int]:
    """Sort key: earliest possible date, latest, then document, title before body, and offset."""
    span = interval(claim.said_on, claim.said_on_mod)
    earliest, latest = span if span else (dt.date.max, dt.date.max)
    return (earliest, latest, claim.doc, 0 if claim.field == "title" else 1, claim.start, claim.end)


def _subject(claim: Claim, conflict_keys: dict[str, list[str]], shared: dict[str, int]) -> str | None:
    """The key a claim is best filed under: one it is in conflict under, else the one most claims share."""
    keys = conflict_keys.get(claim.id)
    if keys:
        return keys[0]
    subjects = [k for k in claim.subjects if not is_story_mark(k) and not is_broad_key(k)]
    if not subjects:
        return None
    return max(subjects, key=lambda k: (shared.get(k, 0), k.startswith("count:"), k))


def build_timeline(claims: Sequence[Claim], conflicts: Iterable[Conflict] = ()) -> Timeline:
    """Order claims by when they were said; each entry bounds the date and lists the conflicts it is part of."""
    involved: dict[str, list[int]] = {}
    conflict_keys: dict[str, list[str]] = {}
    for number, conflict in enumerate(conflicts):
        for claim_id in conflict.claims:
            involved.setdefault(claim_id, []).append(number)
            if conflict.key:
                conflict_keys.setdefault(claim_id, []).append(conflict.key)
    shared: dict[str, int] = {}
    for claim in claims:
        for key in claim.subjects:
            shared[key] = shared.get(key, 0) + 1
    entries = []
    for claim in sorted(claims, key=claim_order):
        span = interval(claim.said_on, claim.said_on_mod)
        entries.append(
            TimelineEntry(
                claim=claim.id,
                earliest=span[0] if span else None,
                latest=span[1] if span else None,
                said_on=claim.said_on,
                subject=_subject(claim, conflict_keys, shared),
                conflicts=involved.get(claim.id, ()),
            )
        )
    return Timeline(entries)
