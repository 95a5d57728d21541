"""When a source spoke: the ``said_on`` of a claim.

Order of evidence: a time expression in the attribution ("said on Monday", "On May 2, the agency said") gives
the day; otherwise the story's current reference time (the last date a speech was placed at); otherwise the
publication date. Speech is reported after it happens, so a bare weekday is the latest such day on or before
publication; "two days later" counts from the last day the story mentioned.
"""

from __future__ import annotations

import datetime as dt

import regex

from .lexicon import NUMBER_WORDS
from .spans import SpanIndex
from .types import TimeMention

__all__ = ["Moment", "StoryClock", "parse_moment"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMBERS = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))

_WEEKDAY = regex.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", regex.IGNORECASE)
_MONTH_DAY = regex.compile(rf"\b({_MONTH_NAMES})\.?\s{{1,3}}(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s{{1,3}}(\d{{4}}))?",
                           regex.IGNORECASE)
_PART_MONTH = regex.compile(rf"\b(early|mid|late|end\s{{1,3}}of|beginning\s{{1,3}}of)[\s\-]{{1,3}}({_MONTH_NAMES})\b"
                            rf"(?:\s{{1,3}}(\d{{4}}))?", regex.IGNORECASE)
_OFFSET = regex.compile(
    rf"\b(a|an|one|\d{{1,3}}|{_NUMBERS})\s{{1,3}}(day|week|month)s?\s{{1,3}}(later|earlier|after|before|afterwards|ago)\b",
    regex.IGNORECASE,
)
_NEXT_DAY = regex.compile(r"\bthe\s{1,3}(next|following|previous)\s{1,3}day\b", regex.IGNORECASE)
_TODAY = regex.compile(r"\b(today|yesterday)\b", regex.IGNORECASE)
_DAY_VALUE = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_VALUE = regex.compile(r"^\d{4}-\d{2}$")
#: How far back an event may lie for an undated statement about it to be placed on its day.
_NEWS_CYCLE_DAYS = 1
_MOD = {"early": "START", "beginning of": "START", "mid": "MID", "late": "END", "end of": "END"}


class Moment:
    """A resolved time: a TIMEX3 value, its mod, and the day it pins down (None for a month or vaguer)."""

    __slots__ = ("day", "mod", "value")

    def __init__(self, value: str, mod: str | None = None, day: dt.date | None = None) -> None:
        self.value = value
        self.mod = mod
        self.day = day

    def __repr__(self) -> str:
        return f"Moment({self.value!r}, {self.mod!r})"


def _day(value: str | None) -> dt.date | None:
    if value and (m := _DAY_VALUE.match(value)):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _count(word: str) -> int:
    word = word.lower()
    if word in {"a", "an", "one"}:
        return 1
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, 1)


def _year_for(month: int, published: dt.date | None, anchor: dt.date | None) -> int:
    base = anchor or published or dt.date.today()
    # news reports the past: a month later than the reference month belongs to the year before
    return base.year - 1 if published is not None and month > published.month + 1 else base.year


def parse_moment(text: str, published: dt.date | None, anchor: dt.date | None) -> Moment | None:
    """Resolve a time expression with claimkit's own small rules (used when no extractor value fits).

    Args:
        text: the expression ("on Monday", "November 3", "two days later", "mid-November").
        published: the publication date.
        anchor: the last day the story mentioned (for "two days later"), or None.
    """
    if m := _OFFSET.search(text):
        base = anchor or published
        if base is None:
            return None
        amount = _count(m[1]) * {"day": 1, "week": 7, "month": 30}[m[2].lower()]
        sign = 1 if m[3].lower() in {"later", "after", "afterwards"} else -1
        if m[3].lower() == "ago":
            base = published or base
        day = base + dt.timedelta(days=sign * amount)
        return Moment(day.isoformat(), None, day)
    if m := _NEXT_DAY.search(text):
        base = anchor or published
        if base is None:
            return None
        day = base + dt.timedelta(days=-1 if m[1].lower() == "previous" else 1)
        return Moment(day.isoformat(), None, day)
    if m := _MONTH_DAY.search(text):
        month, number = _MONTHS[m[1].lower()], int(m[2])
        year = int(m[3]) if m[3] else _year_for(month, published, None)
        try:
            day = dt.date(year, month, number)
        except ValueError:
            return None
        return Moment(day.isoformat(), None, day)
    if m := _PART_MONTH.search(text):
        month = _MONTHS[m[2].lower()]
        year = int(m[3]) if m[3] else _year_for(month, published, None)
        return Moment(f"{year:04d}-{month:02d}", _MOD[" ".join(m[1].lower().split())])
    if m := _WEEKDAY.search(text):
        if published is None:
            return None
        back = (published.weekday() - _WEEKDAYS.index(m[1].lower())) % 7
        day = published - dt.timedelta(days=back)
        return Moment(day.isoformat(), None, day)
    if m := _TODAY.search(text):
        if published is None:
            return None
        day = published - dt.timedelta(days=1 if m[1].lower() == "yesterday" else 0)
        return Moment(day.isoformat(), None, day)
    return None


class StoryClock:
    """The time a story is at, read sentence by sentence.

    Attributes:
        published: the publication date.
        reference: the story's current reference time for speech (None until a speech date is read).
        anchor: the last day the story mentioned, for "two days later".
    """

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.reference: Moment | None = None
        self.anchor: dt.date | None = None

    def resolve(self, text: str, mention: TimeMention | None = None, *, speech: bool = False) -> Moment | None:
        """Resolve one time expression; an extractor's value is kept when it is consistent with the rules.

        Args:
            text: the expression as written.
            mention: the extractor's time mention for it, or None.
            speech: the expression dates a speech act (past: a weekday is on or before publication).
        """
        mine = parse_moment(text, self.published, self.anchor)
        relative = bool(_OFFSET.search(text) or _NEXT_DAY.search(text))
        if mention is not None and mention.value and mention.type in {"DATE", "TIME"} and not relative:
            value = mention.value[:10] if _day(mention.value[:10]) else mention.value
            day = _day(value)
            if day is not None:
                weekday_ok = not (speech and _WEEKDAY.search(text) and self.published is not None
                                  and not 0 <= (self.published - day).days <= 6)
                if weekday_ok:
                    return Moment(value, mention.mod, day)
            elif _MONTH_VALUE.match(value) or (value[:4].isdigit() and mine is None):
                return Moment(value, mention.mod, None)
        return mine

    def saw(self, moment: Moment | None, *, speech: bool = False) -> None:
        """Move the story's clock: every day read becomes the anchor; a speech date becomes the reference."""
        if moment is None:
            return
        if moment.day is not None:
            self.anchor = moment.day
        if speech:
            self.reference = moment

    def default(self, event: Moment | None = None) -> Moment | None:
        """The said-on of a claim with no time of its own: the reference time, else the publication date.

        Args:
            event: the day the claim's own content places its event at, or None. Before any speech of the story
                was dated, a statement about an event of the news cycle (the day before publication) was made that
                day: "The ferry sank on Sunday, the operator said" in Monday's paper reports what the operator
                said on Sunday.
        """
        if self.reference is not None:
            return self.reference
        if event is not None and event.day is not None and self.published is not None \
                and 0 < (self.published - event.day).days <= _NEWS_CYCLE_DAYS:
            return Moment(event.day.isoformat(), None, event.day)
        if self.published is not None:
            return Moment(self.published.isoformat(), None, self.published)
        return None

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Where claimkit's own rules see time expressions in ``text[start:end]`` (for text no extractor dated)."""
        spans: list[tuple[int, int]] = []
        for pattern in (_OFFSET, _NEXT_DAY, _MONTH_DAY, _PART_MONTH, _WEEKDAY, _TODAY):
            # A match never starts inside an earlier match of its own pattern, so only the earlier patterns'
            # spans can take it: one index of those per pattern keeps a long article linear.
            taken = SpanIndex(spans)
            for m in pattern.finditer(text, start, end):
                if not taken.overlaps(m.start(), m.start() + 1):
                    spans.append((m.start(), m.end()))
        return sorted(spans)
