"""Normalisation of one matched temporal expression to a TIMEX3 ``type``, ``value`` and ``mod``.

Values follow TimeML 1.2.1: ``1998-02-13``, ``1998-02``, ``1998``, ``1998-Q3``, ``1998-W07``, ``1998-W07-WE``,
``1998-SU``, ``199`` (a decade), ``19`` (a century), ``1998-02-13T10:30``, ``1998-02-13TNI``, durations ``P2W``,
``PT3H``, ``PXY``, sets ``P1D``/``XXXX-WXX-1`` and the vague ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.

Anchoring follows HeidelTime's two strategies and picks one per expression:

- *published*: deictic expressions ("yesterday", "last week", "two years ago", a bare weekday or month) count from
  the publication date, with the sentence's tense choosing between the previous and the next occurrence;
- *narrative*: anaphoric expressions ("a year earlier", "the following day", "that month", "the year-ago quarter")
  count from the story's reference time, the most recent specific date mentioned before them. A time of day or a
  weekend needs a story time at least as fine as a day or a week; otherwise the publication date anchors it.

Earnings stories keep a second reference, the quarter reported: "a year ago", "the year-ago quarter", "the 1988
period" count from it. A quarter still under way at publication joins it only when the text reports it as past or
says it ended ("the fourth quarter ended Sept. 30" is a fiscal quarter); after a stretch of months ("the first nine
months"), "a year earlier" keeps only the year, since no quarter names that stretch, and so do the expressions
that keep counting back from it ("the 1996 period", "the year-ago results"). A quarter named as background ("after a
flat second quarter") does not replace the quarter reported; "the quarter ended July 31", in a story that has not
named its quarter yet, is the calendar quarter holding most of its three months.

An impossible calendar date ("February 30") yields no value at all; an unknown year is written ``XXXX``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable

import attrs

from . import lexicon as lx
from . import patterns as pt


@attrs.define
class Reading:
    """What one expression means.

    Attributes:
        type: DATE, TIME, DURATION or SET.
        value: the TIMEX3 value, or None when it cannot be computed.
        mod: the TIMEX3 mod, or None.
        anchor: "published", "narrative", "absolute" or None.
        uses_reference: True when the value came from the story's reference time.
        reference: the reference time used, when not the story's last one.
    """

    type: str
    value: str | None
    mod: str | None = None
    anchor: str | None = None
    uses_reference: bool = False
    #: The reference time counted from, when it is not the story's last one (see :attr:`Resolver.past_reference`).
    reference: Reference | None = None


class Tense:
    """The tense of the clause around an expression, worked out on first use: most readings never ask.

    Args:
        compute: returns "past", "future" or None.
        value: a tense already known (used when ``compute`` is None).
    """

    __slots__ = ("_compute", "_value")

    def __init__(self, compute: Callable[[], str | None] | None = None, value: str | None = None) -> None:
        self._compute = compute
        self._value = value

    @property
    def value(self) -> str | None:
        """"past", "future" or None."""
        if self._compute is not None:
            self._value = self._compute()
            self._compute = None
        return self._value


@attrs.define
class Reference:
    """The story's reference time: the last specific date mentioned, and where."""

    value: str
    start: int
    end: int
    text: str


# ---------------------------------------------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------------------------------------------

_DATE_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|W(\d\d)|H([12])|(SP|SU|FA|WI)))?$")


def valid_day(year: int, month: int, day: int) -> bool:
    """True for a real calendar day."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def iso_week(day: dt.date) -> str:
    """``YYYY-Www`` of a day (ISO weeks)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months later (negative: earlier)."""
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def quarter_of(day: dt.date) -> tuple[int, int]:
    """(year, quarter) of a day."""
    return day.year, (day.month - 1) // 3 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    """(year, quarter) ``n`` quarters later."""
    index = year * 4 + quarter - 1 + n
    return index // 4, index % 4 + 1


@functools.lru_cache(maxsize=4096)  # the story's reference is read again at each expression
def granularity(value: str) -> str | None:
    """The unit of a date value: "D", "M", "Y", "Q", "W", "H" or "S" (season); None when not a plain date."""
    if len(value) == 10 and value[4] == "-" and value[7] == "-" and value[:4].isdecimal() and \
            value[5:7].isdecimal() and value[8:].isdecimal():
        return "D"  # the common shape, read without the pattern (``\d`` is what ``isdecimal`` accepts)
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    if m[3]:
        return "D"
    if m[2]:
        return "M"
    for group, unit in ((4, "Q"), (5, "W"), (6, "H"), (7, "S")):
        if m[group]:
            return unit
    return "Y"


def shift_value(value: str, unit: str, n: int) -> str | None:
    """A date value moved by ``n`` units, keeping its own granularity ("1989-Q3" minus a year is "1988-Q3")."""
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    year = int(m[1])
    months = {"Y": 12, "Q": 3, "M": 1, "E": 120, "C": 1200}.get(unit)
    days = {"D": 1, "W": 7}.get(unit)
    if m[3]:
        day = dt.date(year, int(m[2]), int(m[3]))
        if days is not None:
            return (day + dt.timedelta(days=days * n)).isoformat()
        if months is not None:
            y, mo = add_months(day.year, day.month, months * n)
            return dt.date(y, mo, min(day.day, calendar.monthrange(y, mo)[1])).isoformat()
        return None
    if m[2]:
        if months is None:
            months = 1 if unit in ("W", "D") and n * (days or 0) >= 28 else 0
        y, mo = add_months(year, int(m[2]), months * n)
        return f"{y:04d}-{mo:02d}"
    if m[4]:
        if months is None:
            return value
        y, q = add_quarters(year, int(m[4]), (months // 3) * n if months >= 3 else 0)
        return f"{y:04d}-Q{q}"
    if m[5]:
        day = dt.date.fromisocalendar(year, int(m[5]), 1)
        return iso_week(day + dt.timedelta(days=7 * n * (days // 7 if days else 0) + 30 * n * (months or 0)))
    if months is not None and months >= 12:
        suffix = value[4:]
        return f"{year + n * months // 12:04d}{suffix}"
    return value


def date_value(day: dt.date, unit: str) -> str:
    """A day written at the granularity of ``unit``."""
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "W":
        return iso_week(day)
    if unit == "Q":
        y, q = quarter_of(day)
        return f"{y:04d}-Q{q}"
    if unit == "E":
        return f"{day.year // 10:03d}"
    if unit == "C":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def shift_day(day: dt.date, unit: str, n: int) -> dt.date:
    """A day moved by ``n`` units."""
    if unit in ("D", "W", "WE"):
        return day + dt.timedelta(days=n * (7 if unit != "D" else 1))
    months = {"M": 1, "Q": 3, "Y": 12, "E": 120, "C": 1200}.get(unit, 0) * n
    y, m = add_months(day.year, day.month, months)
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


# ---------------------------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------------------------


def number_of(words: list[str]) -> int | None:
    """The number written by ``words`` ("twenty-four", "18", "a"), or None when vague ("several")."""
    total = 0
    seen = False
    for word in words:
        for part in word.split("-"):
            part = part.replace(",", "")
            if part.isdigit():
                total, seen = total + int(part), True
            elif part in ("hundred", "thousand"):
                total, seen = max(total, 1) * lx.NUMBER_WORDS[part], True
            elif part in lx.NUMBER_WORDS:
                total, seen = total + lx.NUMBER_WORDS[part], True
    return total if seen else None


def words_of(text: str) -> list[str]:
    """Lower-case words and numbers of an expression."""
    return [w.lower() for w in pt.WORD.findall(text.replace("-", " - "))]


def unit_of(words: list[str]) -> str | None:
    """The last unit word of an expression, as a TIMEX3 unit code."""
    for word in reversed(words):
        if word in lx.UNITS:
            return lx.UNITS[word]
    return None


def month_of(text: str) -> int | None:
    """The month named in ``text``."""
    m = pt.MONTH_IN.search(text)
    if not m:
        return None
    return lx.MONTHS.get(m[1].rstrip(".").lower())


def year_of(text: str) -> int | None:
    """A four-digit year (or 'yy) written in ``text``."""
    m = pt.YEAR_IN.search(text)
    if m:
        return int(m[1])
    m = pt.SHORT_YEAR_IN.search(text)
    if m:
        short = int(m[1])
        return 1900 + short if short > 30 else 2000 + short
    return None


def spelled_year(words: list[str]) -> int | None:
    """A year spelled out in words ("nineteen ninety-seven", "two thousand three"), or None."""
    if "nineteen" in words:
        i = words.index("nineteen")
        number = number_of(words[i + 1:])
        return 1900 + number if number is not None and 10 <= number <= 99 else None
    if "thousand" in words and words.index("thousand") > 0 and words[words.index("thousand") - 1] == "two":
        return 2000 + (number_of(words[words.index("thousand") + 1:]) or 0)
    return None


def position_mod(text: str) -> str | None:
    """The mod of a leading "early"/"mid-"/"the end of"."""
    m = pt.POSITION_PREFIX.match(text)
    if not m:
        return None
    return lx.POSITION_MODS.get(" ".join(m[1].lower().split()))


def quantity_mod(text: str) -> str | None:
    """The mod of a leading "about"/"more than"/"nearly"."""
    m = pt.QUANTITY_PREFIX.match(text)
    if not m:
        return None
    return lx.QUANTITY_MODS.get(" ".join(m[1].lower().split()))


#: "today is", "it's", "this is" right before an expression: it names the day of publication.
_PRESENT_COPULA = re.compile(r"(?:^|[^\w'’])(?:today|it|this)(?:\sis|['’]s)\s$")


def _today_is_before(before: str) -> bool:
    """Whether ``before`` (lower-cased text before an expression) ends in "today is", "it's", "this is"."""
    return _PRESENT_COPULA.search(before) is not None


def relative_direction(words: list[str]) -> int | None:
    """-1 for last/past/previous, 0 for this/current, +1 for next/coming; None when there is no such word."""
    for i, word in enumerate(words):
        if word == "this" and i + 1 < len(words) and words[i + 1] in ("past", "coming"):
            return -1 if words[i + 1] == "past" else 1
        if word in lx.RELATIVE_WORDS and word != "the":
            return lx.RELATIVE_WORDS[word]
    return None


# ---------------------------------------------------------------------------------------------------------------
# The resolver
# ---------------------------------------------------------------------------------------------------------------


class Resolver:
    """Turns matches into readings for one document, keeping its reference time as it reads.

    Args:
        published: the publication date, or None (values then keep ``XXXX`` for what they cannot know).
    """

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self._published_text = published.isoformat() if published is not None else ""
        self.reference: Reference | None = None
        #: The last quarter the story named: earnings reports count "a year ago" from it, whatever came since.
        self.quarter_reference: Reference | None = None
        #: A few lower-case characters after the expression being read ("the year ended June 30").
        self.after = ""
        #: A few lower-case characters before the expression being read ("since year-end").
        self.before = ""
        #: Up to 150 lower-case characters before a count after "in" (empty for other expressions): the clause that
        #: tells a time ahead from a stretch ("a team she has not beaten at home or away in eight months").
        self.clause_before = ""
        #: The tense of the clause around the expression being read.
        self.tense = Tense()
        #: ISO weekday -> the day a weekday named earlier in the story was read as: a weekday said again in a clause
        #: whose tense tells nothing ("Polls open Sunday morning" after "the vote will take place on Sunday") is the
        #: same day, however far apart the two are.
        self.weekdays: dict[int, dt.date] = {}
        #: Where the expression being read begins.
        self.at = 0
        #: Whether the story's last expression was a stretch of months ("the first nine months"): "a year earlier"
        #: right after it is that stretch a year back, which no quarter names, so its value keeps the year only.
        self.after_months = False
        #: The last reference time not after publication: a clause in the past counts from it when the story's
        #: time has moved ahead ("Families will hold a vigil on Saturday. Two days earlier, workers had complained").
        self.past_reference: Reference | None = None
        #: The last of those of a day's precision, which a count of days or weeks needs.
        self.past_day_reference: Reference | None = None
        #: The last reference time of a day's precision: a bare clock time ("Polls close at 8 p.m.") falls on that
        #: day when a coarser date ("held in July") has come between.
        self.day_reference: Reference | None = None

    # -- anchors -----------------------------------------------------------------------------------------------

    def note(self, type_: str, value: str | None, mod: str | None, start: int, end: int, text: str) -> None:
        """Let a specific date become the story's reference time.

        Args:
            type_: the TIMEX3 type of the expression's reading.
            value: its value.
            mod: its mod.
            start: where the expression begins.
            end: where it ends.
            text: the expression itself.
        """
        # plain values, not a Reading: the reader's own object is seldom at hand, and building one per expression
        # only to unpack it here cost as much as the checks below
        if type_ not in ("DATE", "TIME") or not value or mod in ("START", "END", "MID"):
            return
        clock = value.find("T")
        if clock >= 0:
            value = value[:clock]  # the date of a time
        unit = granularity(value)
        if unit == "Q" and self._unfinished(value):
            # "a charge in the fourth quarter" read in October looks ahead: the story still reports the last quarter
            return
        if unit in ("D", "M", "Q", "Y", "W") and not value.startswith("X"):
            ref = self.reference = Reference(value, start, end, text)
            # "2024", "2024-03" and "2024-03-09" compare with the publication day as text ("" without one)
            if unit == "D":
                self.day_reference = ref
                if value <= self._published_text:
                    self.past_reference = self.past_day_reference = ref
            elif value <= self._published_text if unit != "W" and unit != "Q" else \
                    self._not_after_publication(value):
                self.past_reference = ref
            if unit == "Q" and not (self.quarter_reference is not None and _BACKGROUND_BEFORE.search(self.before)):
                # "after a flat second quarter, the company..." sets the scene: the quarter reported stays
                self.quarter_reference = self.reference

    def _not_after_publication(self, value: str) -> bool:
        """True when the date ``value`` begins on or before the publication day (False without one)."""
        pub = self.published
        if pub is None:
            return False
        if len(value) == 4 or value[5:6].isdigit():
            return value <= self._published_text  # "2024", "2024-03" and "2024-03-09" compare as text
        first = _first_day(value)  # a week or a quarter
        return first is not None and first <= pub

    def _told_from(self, day: str, tense: Tense) -> bool:
        """False when a clause in the past cannot be told from ``day``, a date after publication ("The primary is on
        May 10. ... The last ballots were tallied by 9:30 p.m.")."""
        return self.published is None or day <= self._published_text or tense.value != "past"

    def _on_the_day_told(self, day: str, tense: Tense) -> bool:
        """True when a clause in ``tense`` looks the way of ``day``: a date after publication in a future clause, one
        before it in a past clause."""
        if self.published is None:
            return False
        if day > self._published_text:
            return tense.value == "future"
        return tense.value == "past" and day != self._published_text

    def _unfinished(self, quarter: str) -> bool:
        """True for a quarter not over at publication, unless the text says it ended ("the quarter ended Sept. 30"
        names a fiscal quarter, whatever calendar quarter its number suggests) or reports it in the past tense."""
        pub = self.published
        if pub is None or self.after.startswith((" ended", " ending", " that ended", " which ended")):
            return False
        if self.tense.value == "past":
            return False  # "reported a decline in fourth-quarter earnings": a fiscal quarter already over
        return (int(quarter[:4]), int(quarter[-1])) >= quarter_of(pub)

    # -- dispatch ----------------------------------------------------------------------------------------------

    def read(self, family: str, text: str, tense: Tense | str | None = None) -> Reading | None:
        """The reading of ``text`` matched by rule ``family``; None to drop the match.

        Args:
            family: the grammar's rule family ("mdy", "weekday", ...).
            text: the matched expression.
            tense: the clause's tense ("past", "future", None), or a :class:`Tense` that computes it on demand.
        """
        method = getattr(self, "_" + family, None)
        if method is None:
            return None
        result: Reading | None = method(text, tense if isinstance(tense, Tense) else Tense(value=tense))
        return result

    # -- explicit dates ----------------------------------------------------------------------------------------

    def _iso(self, text: str, tense: Tense) -> Reading | None:
        try:
            dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
        return Reading("TIME" if "T" in text else "DATE", text, anchor="absolute")

    def _slash(self, text: str, tense: Tense) -> Reading | None:
        month, day, year = (int(p) for p in text.split("/"))
        if year < 100:
            year += 1900 if year > 30 else 2000
        if month > 12 >= day:
            month, day = day, month  # day first, as most of the world writes it ("31/12/2001")
        if not valid_day(year, month, day):
            return None
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", anchor="absolute")

    def _year_for(self, month: int, day: int | None, tense: Tense, margin: int = 60) -> tuple[int | None, str | None]:
        """The year of a month (and day) written without one.

        The occurrence nearest the publication date, unless the tense says otherwise by a clear margin: a past
        clause pushes a date more than two months (a month name more than two months) after publication back a
        year, a future clause pushes one before it forward. The margin absorbs the tense guesses that go wrong near
        the publication month (a plan reported in the past tense, "vowed to picket the fair in July").
        A day that names an event on the calendar (a holiday, "the Oct. 3 referendum") takes a wider ``margin``: the
        clause's tense tells of the people in it more than of the event ("the nominee for the Oct. 3 referendum said").
        """
        pub = self.published
        if pub is None:
            return None, None
        year = pub.year
        # the margin first: within it the tense, which takes a look at the clause, does not matter, unless a plain
        # past verb governs the date ("was held in April", "resigned on May 3"; the words before it are read only
        # within the margin, and before the tense)
        if day is not None:
            days = (dt.date(year, month, min(day, 28)) - pub).days
            if 0 < days <= margin and margin == 60 and _plain_past_before(self.before) and tense.value == "past":
                year -= 1
            elif (days > margin and tense.value == "past") or (days > 183 and tense.value is None):
                year -= 1
            elif (days < -margin and tense.value == "future") or (days < -183 and tense.value is None):
                year += 1
        else:
            months = month - pub.month
            if 0 < months <= 2 and margin == 60 and _plain_past_before(self.before) and tense.value == "past":
                year -= 1
            elif (months > 2 and tense.value == "past") or (months > 6 and tense.value is None):
                year -= 1
            elif (months < 0 and tense.value == "future") or (months < -9 and tense.value is None):
                year += 1
        return year, "published"

    def _month_day(self, text: str, tense: Tense, day: int | None) -> Reading | None:
        month = month_of(text)
        if month is None or day is None:
            return None
        year = year_of(text)
        anchor = "absolute"
        first = text[:5].lower()
        if year is None and first in ("last ", "next ") and self.published is not None and valid_day(
                self.published.year, month, day):
            # "last Oct. 23" is the latest one before publication, "next March 3" the first one after
            pub = self.published
            year = pub.year
            if first == "last " and dt.date(year, month, day) >= pub:
                year -= 1
            elif first == "next " and dt.date(year, month, day) <= pub:
                year += 1
            anchor = "published"
        if year is None:
            if _OUTCOME_NOUN_AFTER.match(self.after):
                tense = _PAST
            scheduled = _SCHEDULED_DAY_AFTER.match(self.after) is not None
            if scheduled and tense.value is None:
                tense = _FUTURE  # "the Oct. 3 referendum" in a clause with no tense: its next occurrence, as a month
            year, anchor_name = self._year_for(month, day, tense, _EVENT_MARGIN if scheduled else 60)
            anchor = anchor_name or "absolute"
            named = _WEEKDAY_IN.search(text)
            if year is not None and named is not None:
                # "Friday, May 5": of the years near the one chosen, the one where that day is a Friday
                weekday = lx.WEEKDAYS[named[0].lower()]
                year = next((y for y in (year, year - 1, year + 1)
                             if valid_day(y, month, day) and dt.date(y, month, day).isoweekday() == weekday), year)
        mod = position_mod(text)
        if year is None:
            if not valid_day(2000, month, day):
                return None
            return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", mod, None)
        if not valid_day(year, month, day):
            return None
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod, anchor)

    def _mdy(self, text: str, tense: Tense) -> Reading | None:
        m = pt.DAY_AFTER_MONTH.search(text)
        return self._month_day(text, tense, int(m[1]) if m else None)

    def _weekof(self, text: str, tense: Tense) -> Reading | None:
        # "the week of March 6": the ISO week of the day named
        day = text[text.lower().index(" of ") + 4:]
        reading = self._dmy(day, tense) if day[:1].isdigit() else self._mdy(day, tense)
        if reading is None:
            return None
        if reading.value is None or granularity(reading.value) != "D":
            return Reading("DATE", "XXXX-WXX", None)  # a day without a year: its week is unknown
        return Reading("DATE", iso_week(dt.date.fromisoformat(reading.value)), None, reading.anchor)

    def _dmy(self, text: str, tense: Tense) -> Reading | None:
        m = pt.DAY_BEFORE_MONTH.search(text)
        return self._month_day(text, tense, int(m[1]) if m else None)

    def _monthweek(self, text: str, tense: Tense) -> Reading | None:
        # "the first week of May" is the ISO week of May 1, "the last week of May" the week of May 31; "the first
        # Monday of April" is that day
        words = words_of(text)
        month = month_of(text)
        nth = next((lx.ORDINALS[w] for w in words if w in lx.ORDINALS), -1)
        if month is None:
            return None
        year = year_of(text)
        anchor = "absolute"
        if year is None:
            year, anchor_name = self._year_for(month, None, tense)
            anchor = anchor_name or "absolute"
        named = next((lx.WEEKDAYS[w] for w in words if w in lx.WEEKDAYS), None)
        if year is None:
            return Reading("DATE", f"XXXX-{month:02d}" if named is None else None)
        if named is not None:
            day = _nth_weekday(year, month, named, nth)
            if day.month != month:
                return None  # "the fifth Monday of February" in most years
            return Reading("DATE", day.isoformat(), None, anchor)
        last = calendar.monthrange(year, month)[1]
        day = dt.date(year, month, last if nth < 0 else min(1 + 7 * (nth - 1), last))
        return Reading("DATE", iso_week(day), None, anchor)

    def _ordday(self, text: str, tense: Tense) -> Reading | None:
        # "on the 21st": a day of the month the story is in, else of the month of publication, moved a month by the
        # tense ("the vote was on the 21st", read on the 13th, was last month's)
        day = int("".join(ch for ch in text if ch.isdigit()))
        ref = self.reference
        if ref is not None and granularity(ref.value) in ("D", "M"):
            year, month = int(ref.value[:4]), int(ref.value[5:7])
            if not valid_day(year, month, day):
                return None
            return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", None, "narrative", uses_reference=True)
        pub = self.published
        if pub is None:
            return Reading("DATE", f"XXXX-XX-{day:02d}")
        year, month = pub.year, pub.month
        if day > pub.day and tense.value == "past":
            year, month = add_months(year, month, -1)
        elif day < pub.day and tense.value == "future":
            year, month = add_months(year, month, 1)
        if not valid_day(year, month, day):
            return None
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", None, "published")

    def _holiday(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        direction = relative_direction(words[:1])
        key = " ".join(w for w in words if not w.isdigit() and w not in ("last", "this", "next"))
        key = key.replace(" ' s", "'s").replace(" s ", "'s ")
        year = year_of(text)
        anchor = "absolute"
        pub = self.published
        if year is None:
            before = _YEAR_BEFORE.search(self.before)
            if before is not None:
                year = int(before[1])

        def day_in(y: int) -> tuple[int, int] | None:
            if key in lx.HOLIDAYS:
                return lx.HOLIDAYS[key]
            if key in lx.EASTER_HOLIDAYS:
                easter = easter_sunday(y) + dt.timedelta(days=lx.EASTER_HOLIDAYS[key])
                return easter.month, easter.day
            if key in lx.FLOATING_HOLIDAYS:
                month, weekday, nth = lx.FLOATING_HOLIDAYS[key]
                return month, _nth_weekday(y, month, weekday, nth).day
            return None

        probe = day_in(year or (pub.year if pub else 2000))
        if probe is None:
            return None
        if year is None and pub is not None:
            anchor = "published"
            year = pub.year
            month, day = probe
            if direction is not None and direction != 0:
                here = dt.date(year, month, day)
                if direction < 0 and here >= pub:
                    year -= 1
                elif direction > 0 and here <= pub:
                    year += 1
            else:
                year = self._year_for(month, day, tense, _EVENT_MARGIN)[0] or year
        if year is None:
            return Reading("DATE", f"XXXX-{probe[0]:02d}-{probe[1]:02d}")
        found = day_in(year)
        if found is None:
            return None
        if key.endswith(" week"):
            return Reading("DATE", iso_week(dt.date(year, found[0], found[1])), anchor=anchor)
        return Reading("DATE", f"{year:04d}-{found[0]:02d}-{found[1]:02d}", anchor=anchor)

    def _yearend(self, text: str, tense: Tense) -> Reading | None:
        # "year-end" is the last day of the year; "year end" and "year's end" read as "the end of the year", the year
        # with mod END
        day = "-" in text
        mod = quantity_mod(text) or (None if day else "END")
        if self.published is None:
            return Reading("DATE", "XXXX-12-31" if day else "XXXX", mod)
        # "since year-end" counts from the last one before publication, like a past clause; in December the year's
        # end is at hand, and a past clause tells of it ("passed the year-end budget deal")
        past = tense.value == "past" and self.published.month < 12
        year = self.published.year - (1 if past or self.before.endswith("since ") else 0)
        return Reading("DATE", f"{year:04d}-12-31" if day else f"{year:04d}", mod, "published")

    def _spelled(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        if "nineteen" in words:
            rest = words[words.index("nineteen") + 1:]
            if rest == ["hundred"]:
                return Reading("DATE", "1900", position_mod(text), "absolute")
            number = number_of(rest)
            if number is None or not 10 <= number <= 99:
                return None
            return Reading("DATE", f"19{number:02d}", position_mod(text), "absolute")
        rest = words[words.index("thousand") + 1:] if "thousand" in words else []
        number = number_of(rest) or 0
        return Reading("DATE", f"{2000 + number:04d}", position_mod(text), "absolute")

    def _decadeword(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        decade = next((lx.DECADE_WORDS[w] for w in words if w in lx.DECADE_WORDS), None)
        if decade is None:
            return None
        century = 19
        if "nineteen" not in words and self.published is not None and self.published.year >= 2000 + decade + 10:
            century = 20
        return Reading("DATE", f"{century}{decade // 10}", position_mod(text), "absolute")

    def _month(self, text: str, tense: Tense) -> Reading | None:
        alone = lx.MONTHS.get(text.lower().rstrip("."))
        if alone is not None and self.published is not None:
            # a bare month name: the publication year, moved by the clause's tense; a month naming a scheduled event
            # ("the November election") is its next occurrence unless the clause is past
            if (_SCHEDULED_AFTER.match(self.after) or (self.before.endswith(" in ") and _SCHEDULED_BEFORE.search(
                    self.before) and not _SCHEDULED_BEHIND.search(self.before))) and tense.value != "past":
                ahead = self.published.year + (1 if alone < self.published.month else 0)
                return Reading("DATE", f"{ahead:04d}-{alone:02d}", None, "published")
            if _OUTCOME_NOUN_AFTER.match(self.after):
                tense = _PAST
            year, _ = self._year_for(alone, None, tense)
            return Reading("DATE", f"{year:04d}-{alone:02d}", None, "published")
        month = month_of(text)
        if month is None:
            return None
        words = words_of(text)
        mod = position_mod(text)
        year = year_of(text) or spelled_year(words)
        anchor = "absolute"
        pub = self.published
        if year is None and pub is not None and "year" in words:
            year = pub.year + (relative_direction(words[words.index("year") - 1:]) or 0)
            anchor = "published"
        elif (year is None and pub is not None and words[0] in ("last", "next", "this", "past")) or (
                len(words) > 1 and words[0] == "the" and words[1] == "past"):
            if pub is not None:
                direction = relative_direction(words) or 0
                year = pub.year
                if direction < 0 and month >= pub.month:
                    year -= 1
                elif direction > 0 and month <= pub.month:
                    year += 1
                anchor = "published"
        elif year is None and words[0] == "that" and self.reference is not None:
            year = int(self.reference.value[:4])
            anchor = "narrative"
        if year is None:
            year, anchor_name = self._year_for(month, None, tense)
            anchor = anchor_name or "absolute"
        if year is None:
            return Reading("DATE", f"XXXX-{month:02d}", mod)
        return Reading("DATE", f"{year:04d}-{month:02d}", mod, anchor, uses_reference=anchor == "narrative")

    def _season(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        season = next((lx.SEASONS[w] for w in words if w in lx.SEASONS), None)
        if season is None:
            return None
        mod = position_mod(text)
        year = year_of(text) or spelled_year(words)
        if year is not None:
            return Reading("DATE", f"{year:04d}-{season}", mod, "absolute")
        ref = self.reference
        order = ("WI", "SP", "SU", "FA")
        if ref is not None and (words[0] == "that" or (words[0] == "the" and words[1] in _STORY_SEASON_WORDS)):
            # "That summer", "the following spring": a season of the story's year, or the one after (before) the
            # story's time
            year = int(ref.value[:4])
            step = lx.RELATIVE_WORDS.get(words[1], 0) if words[0] == "the" else 0
            if step:
                # the season the story is in: a year alone stands for all its seasons
                here = order.index(ref.value[5:]) if ref.value[5:] in order else (
                    (int(ref.value[5:7]) % 12) // 3 if ref.value[5:7].isdigit() else None)
                index = order.index(season)
                if here is None or (step > 0 and index <= here) or (step < 0 and index >= here):
                    year += step
            return Reading("DATE", f"{year:04d}-{season}", mod, "narrative", uses_reference=True)
        pub = self.published
        if pub is None:
            return Reading("DATE", f"XXXX-{season}", mod)
        direction = relative_direction(words)
        if "year" in words:
            direction = relative_direction(words[words.index("year") - 1:])
            return Reading("DATE", f"{pub.year + (direction or 0):04d}-{season}", mod, "published")
        year = pub.year
        now = order[(pub.month % 12) // 3]
        # December's winter ends the year: the spring, summer and fall of that year lie behind it ("next fall" said
        # in December is the coming year's, "last fall" the one just over)
        now_index = 4 if pub.month == 12 else order.index(now)
        here = order.index(now) if season == "WI" else now_index
        if direction is not None and direction < 0 and order.index(season) >= here:
            year -= 1
        elif direction is not None and direction > 0 and order.index(season) <= here:
            year += 1
        if direction is None and order.index(season) > now_index and tense.value == "past":
            year -= 1
        elif direction is None and order.index(season) < now_index and tense.value == "future":
            year += 1
        return Reading("DATE", f"{year:04d}-{season}", mod, "published")

    def _year(self, text: str, tense: Tense) -> Reading | None:
        year = year_of(text)
        if year is None:
            return None
        low = text.lower()
        mod = position_mod(text)
        if " or " in low or " and " in low:
            mod = "ON_OR_AFTER" if low.endswith(("later", "after", "beyond")) else "ON_OR_BEFORE"
        # "the 1996 period" in an earnings story is the quarter reported, even after "Sept. 30" or a background
        # quarter was named
        ref = self.quarter_reference
        if low.endswith("period") and ref is not None and granularity(ref.value) == "Q":
            # after a stretch of months ("in the first nine months, ... in the 1996 period") no quarter is meant
            suffix = "" if self.after_months else ref.value[4:]
            return Reading("DATE", f"{year:04d}{suffix}", mod, "narrative", uses_reference=True)
        return Reading("DATE", f"{year:04d}", mod, "absolute")

    def _decade(self, text: str, tense: Tense) -> Reading | None:
        m = re.search(r"(\d{4}|\d\d)'?s", text)
        if not m:
            return None
        digits = m[1]
        if len(digits) == 2:
            # "the '90s", "the '20s": the last such decade begun by publication ("the '20s" is the 1920s in 2016 and
            # the 2020s in 2026); without a publication date, the 2000s up to the '20s
            pub = self.published
            begun = 2000 + int(digits) <= pub.year if pub is not None else int(digits) <= 20
            digits = ("20" if begun else "19") + digits
        elif digits.endswith("00") and digits < "2000":
            # "the 1800s", "the early 1900s": a century ("the 2000s" is mostly the decade, the years 2000 to 2009)
            return Reading("DATE", digits[:2], position_mod(text), "absolute")
        return Reading("DATE", digits[:3], position_mod(text), "absolute")

    def _century(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        number = None
        for w in words:
            if w in lx.ORDINALS:
                number = lx.ORDINALS[w]
        digits = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
        if digits:
            number = int(digits[1])
        if not number:
            return None
        return Reading("DATE", f"{number - 1:02d}", position_mod(text), "absolute")

    def _clock(self, text: str, tense: Tense) -> Reading | None:
        low = text.lower()
        mod = quantity_mod(text)
        if "noon" in low or "midday" in low:
            clock = "12:00"
        elif "midnight" in low:
            clock = "24:00"
        else:
            m = pt.CLOCK.search(text)
            if m is None:
                return None
            hour, minute = int(m[1]), int(m[2] or 0)
            meridian = (m[3] or "").lower()
            if "o'clock" in low and hour == 0:
                return None
            if meridian.startswith("p") and hour < 12:
                hour += 12
            elif meridian.startswith("a") and hour == 12:
                hour = 0
            if hour > 24 or minute > 59:
                return None
            clock = f"{hour:02d}:{minute:02d}"
        # the day the clock time falls on: a weekday, a day word or a date after it, else the publication day
        rest = pt.CLOCK_DAY.search(text)
        day: str | None = None
        anchor = "published"
        if rest is not None:
            family = rest.lastgroup or ""
            reading = self.read(family, rest.group(family), tense)
            if reading is not None and reading.value and granularity(reading.value.split("T")[0]) == "D":
                day = reading.value.split("T")[0]
                anchor = reading.anchor or anchor
        if day is None:
            ref = self.reference
            # a time on a line of its own, or opening one before a colon ("12:50 p.m.: The senator says..."), stamps
            # an entry of a live report: it is the day of publication
            stamp = self.before.endswith("\n") and (self.after.startswith(("\n", ":")) or not self.after)
            if not stamp and tense.value != "past" and \
                    not _NOW_ADVERBS.isdisjoint(self.before.replace(",", " ").split()):
                # "The plant closed on Friday. It is currently 4 p.m.": the moment of writing, not the story's day
                stamp = True
            if ref is not None and granularity(ref.value) == "D" and not stamp and self._told_from(ref.value, tense):
                return Reading("TIME", f"{ref.value}T{clock}", mod, "narrative", uses_reference=True)
            day_ref = self.day_reference
            if day_ref is not None and not self._told_from(day_ref.value, tense):
                day_ref = self.past_day_reference
            if day_ref is not None and not stamp and self._on_the_day_told(day_ref.value, tense):
                # "Voters go to the polls on Sunday. The last vote, held in July, ... Polls will close at 8 p.m.", "The
                # pier fell on Monday ... Divers arrived at 9 a.m.": a clock time in a clause that looks the same way
                # as the story's last day falls on that day
                return Reading("TIME", f"{day_ref.value}T{clock}", mod, "narrative", uses_reference=True,
                               reference=day_ref)
            if self.published is None:
                return Reading("TIME", f"XXXX-XX-XXT{clock}", mod)
            day = self.published.isoformat()
            if clock == "24:00" and tense.value == "past":
                # the midnight that closes the day of publication is still ahead: one told in the past is the one
                # that opened it ("the speech came close to midnight")
                day = (self.published - dt.timedelta(days=1)).isoformat()
        return Reading("TIME", f"{day}T{clock}", mod, anchor)

    # -- quarters and halves -----------------------------------------------------------------------------------

    def _quarter(self, text: str, tense: Tense) -> Reading | None:
        words = [w[:-2] if w.endswith("'s") else w for w in words_of(text)]  # "last year's quarter"
        mod = position_mod(text)
        low = text.lower()
        number: int | None = next((lx.ORDINALS[w] for w in words if w in lx.ORDINALS and lx.ORDINALS[w] <= 4), None)
        if low.startswith("q") and low[1:2].isdigit():
            number = int(low[1])
        suffixed = _SUFFIXED_ORDINAL.search(text) if number is None else None
        if suffixed is not None:
            number = int(suffixed[1])  # "the 1st quarter": the words split "1st" into "1" and "st"
        year = year_of(text)
        pub = self.published
        anchor = "absolute" if year is not None else "published"
        if number is None:
            for month_word, q in (("march", 1), ("june", 2), ("september", 3), ("december", 4)):
                if month_word in words:
                    number = q
        if year is None and "year" in words:
            i = words.index("year")
            year_shift = relative_direction(words[max(0, i - 1):i + 1]) or 0
            if pub is not None:
                year = pub.year + year_shift
        if number is not None and ("ago" in words or "earlier" in words) and pub is not None:
            base = int(self.quarter_reference.value[:4]) if self.quarter_reference else pub.year
            return Reading("DATE", f"{base - 1:04d}-Q{number}", mod, "narrative" if self.quarter_reference else
                           "published", uses_reference=self.quarter_reference is not None)
        if number is not None:
            if year is None and pub is not None:
                year = pub.year
                reported = _RESULTS_AFTER.match(self.after) is not None
                if (tense.value != "future" or reported) and number > quarter_of(pub)[1] and "next" not in words:
                    # a quarter yet to come this year is last year's in a past clause, and so is one whose results
                    # are reported ("will report fourth-quarter results" in January)
                    year -= 1
                if "next" in words and number <= quarter_of(pub)[1]:
                    year += 1
            if year is None:
                return Reading("DATE", f"XXXX-Q{number}", mod)
            return Reading("DATE", f"{year:04d}-Q{number}", mod, anchor)
        # "the quarter", "the latest quarter", "last quarter", "the year-ago quarter", "this quarter"; in "last year's
        # quarter" the "last" goes with the year, not the quarter
        year_words = range(words.index("year") - 1, words.index("year") + 1) if "year" in words else range(0)
        direction = relative_direction([w for i, w in enumerate(words) if w not in ("first",) and i not in year_words])
        if "year" in words and ("ago" in words or "earlier" in words):
            return self._yearago(text, tense)
        ended = _ENDED_ON.match(self.after)
        if ended and words[-1] == "quarter" and words[0] in ("the", "its", "their") and self.published is not None \
                and self.quarter_reference is None:
            # "the quarter ended July 31" is the three months up to that day: the calendar quarter of the middle one
            # (May to July is mostly the second quarter); the last such day at or before publication. A story that
            # already named its quarter ("the fiscal first quarter") keeps that name for it.
            pub = self.published
            month, day = lx.MONTHS[ended[1]], int(ended[2])
            end_year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
            y, m = add_months(end_year, month, -1)
            return Reading("DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}", mod, "published")
        ref = self.quarter_reference
        if year is not None and ref is not None and "year" not in words:
            # "the 1988 quarter": the story's quarter in the year named
            return Reading("DATE", f"{year:04d}{ref.value[4:]}", mod, "narrative", uses_reference=True)
        if "current" in words and pub is not None:
            # "the current quarter" is the one under way at publication, whatever quarter the story reports
            y, q = quarter_of(pub)
            return Reading("DATE", f"{y:04d}-Q{q}", mod, "published")
        if direction is None or direction == 0 or "latest" in words:
            if ref is not None:
                value = ref.value
                if "last" in words and "year" in words:
                    value = shift_value(value, "Y", -1) or value
                return Reading("DATE", value, mod, "narrative", uses_reference=True)
            if direction is None:
                direction = -1
        if pub is None:
            return Reading("DATE", "XXXX-QX", mod)
        if "latest" in words or ("the" in words and direction is None):
            direction = -1
        y, q = add_quarters(*quarter_of(pub), direction or 0)
        if year is not None:
            y = year
        return Reading("DATE", f"{y:04d}-Q{q}", mod, "published")

    def _half(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        half = 1 if ("first" in words or "1st" in words) else 2
        year = year_of(text)
        pub = self.published
        if year is None and pub is not None:
            year = pub.year
            pairs = set(itertools.pairwise(words))
            if ("last", "year") in pairs:
                year -= 1
            elif ("next", "year") in pairs:
                year += 1
            elif half == 2 and pub.month <= 6 and tense.value == "past":
                year -= 1
        if year is None:
            return Reading("DATE", f"XXXX-H{half}")
        return Reading("DATE", f"{year:04d}-H{half}", None, "published" if year_of(text) is None else "absolute")

    def _yearago(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        # the unit counted back is the one before "ago"/"earlier" ("the year-ago quarter" is a year back, not a quarter)
        back = next((i for i, w in enumerate(words) if w in ("ago", "earlier")), None)
        unit = (unit_of(words[:back]) if back else unit_of(words[:4])) or "Y"
        if unit not in ("Y", "M", "W", "Q"):
            unit = "Y"
        ref = self.quarter_reference if unit in ("Y", "Q") and self.quarter_reference else self.reference
        if ref is not None and granularity(ref.value) in ("Q", "M", "Y"):
            value = shift_value(ref.value, unit, -1)
            if value and unit == "Y" and granularity(ref.value) == "Q" and self.after_months:
                value = value[:4]
            if value and words[-1] == "quarter" and granularity(value) in ("M", "D"):
                # "the year-ago quarter" after a month or a day names the quarter that holds it a year back
                value = f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"
            if value:
                return Reading("DATE", value, None, "narrative", uses_reference=True)
        if self.published is None:
            return Reading("DATE", None)
        return Reading("DATE", date_value(shift_day(self.published, unit, -1), unit), None, "published")

    # -- deictic and anaphoric ---------------------------------------------------------------------------------

    def _dayword(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        pub = self.published
        if words == ["overnight"]:
            # the night that leads into the story's day: the one before the day last stated, else before publication
            ref = self.reference
            if ref is not None and granularity(ref.value) == "D":
                night = dt.date.fromisoformat(ref.value) - dt.timedelta(days=1)
                return Reading("TIME", f"{night.isoformat()}TNI", None, "narrative", uses_reference=True)
            part: str | None = "NI"
            offset = -1
        elif words[0] == "mid":
            # "mid-afternoon", "mid-morning yesterday": the middle of that part of the day
            part = next((lx.PARTS_OF_DAY[w] for w in words if w in lx.PARTS_OF_DAY), None)
            offset = next((lx.DAY_WORDS[w][0] for w in words if w in lx.DAY_WORDS), 0)
            named = next((w for w in words if w in lx.WEEKDAYS), None)
            on = self._weekday(named, tense) if named else None  # "mid-morning Thursday"
            if on is not None and on.value:
                return Reading("TIME", f"{on.value}T{part}", "MID", on.anchor)
            if pub is None:
                return Reading("TIME", f"XXXX-XX-XXT{part}", "MID")
            return Reading("TIME", f"{pub + dt.timedelta(days=offset)}T{part}", "MID", "published")
        elif "day" in words and ("before" in words or "after" in words):
            offset = -2 if "before" in words else 2
            part = None
        else:
            offset, part = 0, None
            for w in words:
                if w in lx.DAY_WORDS:
                    offset, part = lx.DAY_WORDS[w]
                elif w == "last":
                    offset = -1
            if words[-1] in lx.PARTS_OF_DAY:
                part = lx.PARTS_OF_DAY[words[-1]]
            if words[0] == "that":
                ref = self.reference
                if ref is not None and granularity(ref.value) == "D":
                    return Reading("TIME", f"{ref.value}T{part}", None, "narrative", uses_reference=True)
                return Reading("TIME", f"XXXX-XX-XXT{part}")
        mod = {"early": "START", "late": "END", "earlier": "START", "later": "END"}.get(words[0])
        if pub is None:
            return Reading("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), mod)
        day = (pub + dt.timedelta(days=offset)).isoformat()
        if (part and words[-1] in lx.PARTS_OF_DAY) or words == ["overnight"]:
            return Reading("TIME", f"{day}T{part}", mod, "published")
        return Reading("DATE", day, mod, "published")

    def _weekday(self, text: str, tense: Tense) -> Reading | None:
        pub = self.published
        weekday = lx.WEEKDAYS.get(text.lower())
        if weekday is not None and pub is not None:
            # the common case, a bare weekday: the most recent one, or the next one in a future clause
            today = pub.isoweekday()
            # "Wednesday's ruling": the outcome of an act names a weekday gone by, even in a clause that looks ahead
            # ("will appeal Wednesday's ruling"); a scheduled event may still come ("will win Tuesday's primary")
            return Reading("DATE", self._weekday_day(weekday, tense).isoformat(), None, "published")
        words = words_of(text)
        name = next((w for w in words if w.rstrip("s") in lx.WEEKDAYS or w in lx.WEEKDAYS), None)
        if name is None:
            return None
        weekday = lx.WEEKDAYS.get(name, lx.WEEKDAYS.get(name[:-1], 0))
        part = next((lx.PARTS_OF_DAY[w.rstrip("s")] for w in words if w.rstrip("s") in lx.PARTS_OF_DAY), None)
        plural = name not in lx.WEEKDAYS or words[0] in ("each", "every") or (words[-1].endswith("s") and part)
        if plural:
            return Reading("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
        mod = {"early": "START", "late": "END"}.get(words[0])
        suffix = f"T{part}" if part else ""
        kind = "TIME" if part else "DATE"
        if words[0] == "that" or (len(words) > 1 and words[1] in ("following", "previous", "prior")):
            ref = self.reference
            if ref is not None and granularity(ref.value) == "D":
                base = dt.date.fromisoformat(ref.value)
                delta = (weekday - base.isoweekday()) % 7 or 7
                if words[1:2] in (["previous"], ["prior"]):
                    # "the previous Friday": the one before the story's day
                    delta = -((base.isoweekday() - weekday) % 7 or 7)
                return Reading(kind, (base + dt.timedelta(days=delta)).isoformat() + suffix, mod, "narrative",
                               uses_reference=True)
        if pub is None:
            return Reading(kind, f"XXXX-WXX-{weekday}{suffix}", mod)
        direction = relative_direction(words)
        today = pub.isoweekday()
        if direction is None:
            day = self._weekday_day(weekday, tense)
            return Reading(kind, day.isoformat() + suffix, mod, "published")
        if direction < 0:
            delta = -((today - weekday) % 7 or 7)
        elif direction > 0:
            delta = (weekday - today) % 7 or 7
        else:
            delta = weekday - today
        return Reading(kind, (pub + dt.timedelta(days=delta)).isoformat() + suffix, mod, "published")

    def _weekday_day(self, weekday: int, tense: Tense) -> dt.date:
        """The day a weekday without "last"/"next" names: the most recent one, the next one in a future clause, or
        the day the story already gave the same weekday when the clause has no tense to tell.

        Args:
            weekday: ISO weekday, Monday = 1.
            tense: the clause's tense.
        """
        pub = self.published
        assert pub is not None
        today = pub.isoweekday()
        if weekday == today:
            # the publication day's own weekday is that day whatever the clause's tense, which is not worked out
            # (and so is any earlier reading of it, which this same line made)
            self.weekdays[weekday] = pub
            return pub
        told = tense.value
        if told is None and weekday in self.weekdays:
            return self.weekdays[weekday]
        # "Wednesday's ruling": the outcome of an act names a weekday gone by, even in a clause that looks ahead
        # ("will appeal Wednesday's ruling"); a scheduled event may still come ("will win Tuesday's primary")
        if told == "future" and not _OUTCOME_AFTER.match(self.after):
            delta = (weekday - today) % 7
        else:
            delta = -((today - weekday) % 7)
        day = pub + dt.timedelta(days=delta)
        ref = self.reference
        if told is None and delta < 0 and ref is not None and granularity(ref.value) == "D":
            # a clause without tense in a story about the coming days: the occurrence nearest the story's day ("The
            # mayor will resign on Friday. On Saturday, her deputy takes over.")
            story = dt.date.fromisoformat(ref.value)
            ahead = day + dt.timedelta(days=7)
            if abs((story - pub).days) <= 7 and abs((ahead - story).days) < abs((day - story).days):
                day = ahead
        self.weekdays[weekday] = day
        return day

    def _relunit(self, text: str, tense: Tense) -> Reading | None:
        if self.before.endswith("within "):
            # "within the next month" is a stretch of time, as "within a month" is
            span = _WITHIN_SPAN.match(text)
            if span is not None:
                return Reading("DURATION", _duration_value(1, lx.UNITS[span[1].lower()]))
        fast = _SIMPLE_RELATIVE.get(text.lower())
        if fast is not None and self.published is not None:
            # "last year", "this week", "next month": counted from publication, nothing else to weigh
            step, step_unit = fast
            if step_unit == "W" and self.published.isoweekday() == 7:
                step = self._sunday_step(step, tense)
            return Reading("DATE", date_value(shift_day(self.published, step_unit, step), step_unit), None, "published")
        words = [w for w in words_of(text) if w not in ("fiscal", "calendar", "full", "whole", "entire", "'s", "s")]
        if words[-2:] == ["or", "so"]:
            words = words[:-2]
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        noun = words[-1]
        if len(words) == 3 and words[1] in lx.ORDINALS:
            # "for the nurses it's the fifth day of bargaining", a day of an event still running: publication day; told
            # in any other way ("on the third day of the trial") the day is the event's, which the story does not date
            if _today_is_before(self.before) and self.published is not None:
                return Reading("DATE", self.published.isoformat(), None, "published")
            return None
        mod = position_mod(text)
        if words[0] in ("earlier", "later") and mod is None:
            mod = "START" if words[0] == "earlier" else "END"
        pub = self.published
        prefix = pt.POSITION_PREFIX.match(text) if mod else None
        # "the end of the month" is "the month" with a mod: the whole prefix goes, not only its first word
        core = words[len(words_of(prefix[0])):] if prefix else words[1:] if mod else words
        if core and core[0] == "the" and len(core) > 1 and core[1] in ("rest",):
            mod = "END"
        direction = relative_direction(core[:-1])
        if noun == "quarter":
            return self._quarter(text, tense)
        if noun in ("period", "season"):
            ref = self.reference
            if noun == "period" and ref is not None and granularity(ref.value) in ("Q", "M", "H", "Y"):
                return Reading("DATE", ref.value, mod, "narrative", uses_reference=True)
            if noun == "period" and pub is not None and ("latest" in core or "same" in core):
                y, q = add_quarters(*quarter_of(pub), -1)
                return Reading("DATE", f"{y:04d}-Q{q}", mod, "published")
            return None
        if noun in lx.PARTS_OF_DAY:
            part = lx.PARTS_OF_DAY[noun]
            if core[0] in ("that", "the") or direction is None:
                ref = self.reference
                if ref is not None and granularity(ref.value) == "D":
                    # "the next morning" is the morning after the story's day, "the previous night" the one before
                    step = _NARRATIVE_STEPS.get(core[1] if len(core) > 2 else "", 0)
                    day = dt.date.fromisoformat(ref.value) + dt.timedelta(days=step)
                    return Reading("TIME", f"{day.isoformat()}T{part}", mod, "narrative", uses_reference=True)
            if pub is None:
                return Reading("TIME", f"XXXX-XX-XXT{part}", mod)
            offset = -1 if direction == -1 else (1 if direction == 1 else 0)
            return Reading("TIME", f"{pub + dt.timedelta(days=offset)}T{part}", mod, "published")
        unit = {"year": "Y", "month": "M", "week": "W", "weekend": "WE", "decade": "E", "century": "C",
                "day": "D"}.get(noun)
        if unit is None:
            return None
        if unit in ("E", "C") and core[-2:-1] == ["past"]:
            # "over the past decade" is the ten years up to now, not the decade before this one ("the 2010s")
            return Reading("DURATION", f"P1{unit}" if unit == "C" else "P10Y", mod)
        if core[0] == "the" and self.after.startswith((" ended", " ending", " that ended", " through", " to ")):
            # "the year ended June 30" is a fiscal year: a stretch of time, not a calendar year
            return Reading("DURATION", f"P1{unit}", mod)
        anaphoric = core[0] in ("that", "the") and (direction is None or core[1:2] in (["same"], ["following"],
                                                                                         ["previous"], ["prior"]))
        if core[:2] in (["the", "following"], ["the", "next"], ["the", "previous"], ["the", "prior"]) and unit in (
                "D", "W", "M", "Y") and self.reference is not None:
            anaphoric = True
            if core[1] == "next" and tense.value == "future" and self._not_after_publication(self.reference.value):
                # "500 more are due over the next year" after a story's past: the year ahead of publication
                anaphoric = False
        ref_unit = granularity(self.reference.value) if self.reference is not None else None
        if anaphoric and prefix is not None and len(core) == 2 and self.reference is not None and \
                self.at - self.reference.end > _NEAR:
            # "by the end of the month" long after a month was named is the month of publication
            anaphoric = False
        if anaphoric and ((unit == "Y" and core == ["the", "year"]) or ref_unit not in _FINE_ENOUGH[unit]):
            # a story that last named a year says nothing about which week "the weekend" is
            anaphoric = False
        if anaphoric and unit == "WE" and core == ["the", "weekend"] and pub is not None and ref_unit == "D" and \
                self.reference is not None and 0 <= (pub - dt.date.fromisoformat(self.reference.value)).days <= 7:
            # "Sanders won on Tuesday ... he spoke over the weekend": a story's day of the week of publication says
            # nothing of which weekend; the paper's own weekend, read by tense below, does (counted from a Tuesday,
            # the week would put it ahead)
            anaphoric = False
        if anaphoric and self.reference is not None:
            ref = self.reference
            step = _NARRATIVE_STEPS.get(core[1] if len(core) > 1 else "", 0)
            base_unit = "W" if unit == "WE" else unit
            if ref.value[:4].isdigit():
                try:
                    base = _first_day(ref.value)
                except ValueError:
                    base = None
                if base is not None:
                    value = date_value(shift_day(base, base_unit, step), base_unit)
                    if unit == "WE":
                        value += "-WE"
                    return Reading("DATE", value, mod, "narrative", uses_reference=True)
        if pub is None:
            return Reading("DATE", None, mod)
        if direction is None:
            direction = 0
        if unit == "D":
            return Reading("DATE", (pub + dt.timedelta(days=direction)).isoformat(), mod, "published")
        if unit == "WE":
            # "last weekend" read on a Monday is the weekend just gone
            base = pub + dt.timedelta(days=7 * direction)
            if direction < 0 and pub.isoweekday() in (6, 7):
                base = pub - dt.timedelta(days=7)
            elif direction < 0 or (core == ["the", "weekend"] and tense.value != "future" and (
                    pub.isoweekday() <= 2 or (pub.isoweekday() <= 5 and tense.value == "past"))):
                # "over the weekend" in a Monday or Tuesday paper is the weekend just gone, unless the clause looks
                # ahead ("the talks will resume over the weekend"), and so is one told in the past tense later in the
                # week ("the ban was lifted at the weekend")
                base = pub - dt.timedelta(days=pub.isoweekday())
            return Reading("DATE", iso_week(base) + "-WE", mod, "published")
        if unit == "W" and pub.isoweekday() == 7 and core[-2:-1] in (["last"], ["this"]) and words[0] != "earlier":
            direction = self._sunday_step(direction, tense, words[0] == "later")
        elif unit == "W" and core[:-1] in (["the", "past"], ["this", "past"], ["the", "last"]) and \
                pub.isoweekday() >= 5 and not self.after.startswith((" of", " before", " after")):
            # "over the past week" is the seven days up to publication: from a Friday on, most of them lie in the
            # calendar week of publication
            direction = 0
        value = date_value(shift_day(pub, unit, direction), unit)
        return Reading("DATE", value, mod, "published")

    def _sunday_step(self, step: int, tense: Tense, later: bool = False) -> int:
        """The week a Sunday paper means by "last week" (-1) or "this week" (0): its weeks begin on Sunday, so the
        week just ending is "last week", and "this week" is the one just ending in a past clause, the one beginning
        in a future clause ("at this week's convention") or after "later"."""
        if step < 0:
            return 0
        if step == 0 and (later or tense.value == "future"):
            return 1
        return step

    # -- quantities --------------------------------------------------------------------------------------------

    def _shift(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        mod = quantity_mod(text)
        unit = unit_of(words)
        if unit is None:
            return None
        if unit in ("WE", "2W"):
            unit = "W"
        last = words[-1]
        key = "from now" if last == "now" else last
        direction, anchor = lx.SHIFT_WORDS.get(key, (-1, "published"))
        amount_words = words[1:] if mod else words
        if amount_words[0] == "the" and len(amount_words) == 3 and anchor == "narrative":
            return self._next_to(unit, direction, amount_words[1] == "night", mod)
        for joint in ("or", "to"):
            if joint in amount_words[:-2]:
                # "five or six weeks ago", "two to three years later": the first figure, as for a stretch of time
                amount_words = amount_words[:amount_words.index(joint)]
        n = number_of([w for w in amount_words if w not in lx.UNITS and w not in lx.SHIFT_WORDS])
        if "few" in amount_words and anchor == "published" and self.published is not None:
            n = None  # "a few days ago", "a few years ago" ("a" is no count there): some time back from publication
        if n is None:
            return Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", mod, "published")
        ref = self.reference
        if unit in ("Y", "Q") and self.quarter_reference is not None:
            ref = self.quarter_reference
        if anchor == "narrative" and ref is not None and self.published is not None and \
                not self._not_after_publication(ref.value) and tense.value == "past":
            # a clause in the past does not count from a time still ahead ("Families will hold a vigil on Saturday.
            # Two days earlier, workers had complained"): it counts from the story's last time gone by
            ref = self.past_day_reference if unit in ("D", "W") else self.past_reference
        use_ref = ref is not None and (anchor == "narrative" or (granularity(ref.value) == "Q" and unit in ("Y", "Q")))
        if use_ref and ref is not None:
            ref_unit = granularity(ref.value)
            # a count of days or weeks needs a day to count from; years count from a day, month or quarter alike
            if not (unit in ("D", "W") and ref_unit != "D") and not (unit == "Y" and ref_unit == "D" and
                                                                      anchor == "published"):
                value = shift_value(ref.value, unit, direction * n)
                if value and unit == "Y" and ref_unit == "Q" and self.after_months:
                    value = value[:4]
                if value and ref_unit == "D" and (unit == "M" or (unit == "W" and n > 2)):
                    # "a month later" is a month, "six weeks later" a week, as "five months ago" is: the count's unit
                    # sets the precision; only "a year earlier" keeps the day, as TimeBank writes it
                    value = value[:7] if unit == "M" else iso_week(dt.date.fromisoformat(value))
                if value:
                    return Reading("DATE", value, mod, "narrative", uses_reference=True, reference=ref)
        if self.published is None:
            return Reading("DATE", None, mod)
        day = shift_day(self.published, unit, direction * n)
        out_unit = "D" if unit == "W" and n <= 2 else unit
        return Reading("DATE", date_value(day, out_unit), mod, "published")

    def _next_to(self, unit: str, direction: int, night: bool, mod: str | None) -> Reading | None:
        """ "The day before", "the week after", "the night before": the unit next to the story's time, as a whole
        unit (a year, a week), or next to publication when the story has no time fine enough.

        Args:
            unit: the unit's code.
            direction: -1 before, +1 after.
            night: the unit is a night (a TIME of that day).
            mod: the quantity mod.
        """
        ref = self.reference
        base: dt.date | None = None
        anchor = "published"
        if ref is not None and granularity(ref.value) in _FINE_ENOUGH.get(unit, frozenset()):
            base, anchor = _first_day(ref.value), "narrative"
        elif self.published is not None:
            base = self.published
        if base is None:
            return Reading("DATE", None, mod)
        value = date_value(shift_day(base, unit, direction), unit)
        if night:
            return Reading("TIME", f"{value}TNI", mod, anchor, uses_reference=anchor == "narrative")
        return Reading("DATE", value, mod, anchor, uses_reference=anchor == "narrative")

    def _duration(self, text: str, tense: Tense) -> Reading | None:
        half = "half" in text or "1/2" in text or "\u00bd" in text  # "2\u00bd years"
        words = words_of(_FRACTION.sub("", text))
        unit = unit_of(words)
        if unit is None:
            return None
        if "and" in words and half:
            words = words[:words.index("and")] + [w for w in words if w in lx.UNITS][-1:]
        lead = words[1] if words[0] == "the" and len(words) > 1 else words[0]
        vague = any(w in _VAGUE_AMOUNT_WORDS for w in words) or not [w for w in words if w not in _DURATION_SKIP]
        if (lead == "recent" and vague) or (lead == "recent" and len(words) <= 2):
            # "recent years" reads as a vague past; "recent weeks" as an unspecified stretch
            if unit == "Y":
                return Reading("DATE", "PAST_REF", None)
            return Reading("DURATION", _duration_value(None, unit))
        if lead in ("coming", "next") and vague:
            return Reading("DURATION", _duration_value(None, unit))
        if lead in ("past", "last") and vague and any(w in _VAGUE_AMOUNT_WORDS for w in words) and \
                not self.after.startswith(" of "):
            # "the past few months" is a vague past; "the last few minutes of the lunch" a stretch of something
            return Reading("DATE", "PAST_REF", None)
        mod: str | None = quantity_mod(" ".join(w for w in words if w not in _DURATION_LEADS))
        joint = next((w for i, w in enumerate(words) if w == "or" or (
            w == "to" and i > 0 and number_of(words[i - 1:i]) is not None)), None)
        if joint is not None:
            # "a year or two", "two to three weeks", "weeks or months": the first figure, in its own unit when it
            # has one (a range is no sum: "two to three weeks" is not five)
            first = words[:words.index(joint)]
            if not any(w in lx.UNITS for w in first):
                first += [w for w in words[words.index(joint):] if w in lx.UNITS][-1:]
            words = first
            unit = unit_of(words) or unit
        amount = [w for w in words if w not in _DURATION_SKIP]
        if "couple" in amount:
            n: int | None = 2
        elif any(w in _VAGUE_AMOUNT_WORDS for w in amount) or not amount:
            n = None
        else:
            n = number_of(amount)
        if unit in _QUARTER_OF and "quarter" in words:
            i = words.index("quarter")
            if i and words[i - 1] == "a" and all(w in _MOD_WORDS for w in words[:i - 1]):
                # "a quarter-century", "more than a quarter of an hour": a fourth of the unit
                return Reading("DURATION", _QUARTER_OF[unit], mod)
        opening = next((w for w in words if w not in _MOD_WORDS), "")  # "more than half an hour": "half"
        if half and (opening == "half" or (n == 1 and opening == "a" and "and" not in text)):
            n = 0
        if self.before[-3:] == "in " and not self.before[-4:-3].isalnum() and words[0] not in _DURATION_LEADS and \
                unit in _POINT_UNITS and not half and self.published is not None and (
                    joint is not None or n != 1 or lead not in ("a", "an")) and mod is None and \
                not self.after.startswith((" in ", " of ")) and tense.value == "future" and \
                not _stretch_before_in(self.clause_before or self.before):
            # "the depot will move to Ardley in seven years", "the mill might, in a month or two, reopen": a time that
            # far ahead of publication, not a stretch of time ("finished the work in two years" keeps its length,
            # and so do "can house 400 families in a year", a rate, "has not rained in eight months", "the highest
            # in five years", "could bring up to six years in jail")
            if n is None or joint is not None:
                return Reading("DATE", "FUTURE_REF", mod, "published")
            try:
                day = shift_day(self.published, unit, n)
            except (ValueError, OverflowError):
                day = None  # "it will end in 7,980 years": off the calendar, the length is what the text gives
            if day is not None:
                return Reading("DATE", date_value(day, "D" if unit == "W" and n <= 2 else unit), mod, "published")
        return Reading("DURATION", _duration_value(n, unit, half=half), mod)

    def _adjective(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        unit = unit_of(words)
        if unit is None:
            return None
        if words[0] == "half":
            return Reading("DURATION", _duration_value(1, unit, half=True))
        n = number_of(words[:-1])
        if n is None and any(w in lx.UNITS and w.endswith(("s", "ia")) for w in words):
            return Reading("DURATION", _duration_value(None, unit))  # "decades-long": a vague count
        return Reading("DURATION", _duration_value(n or 1, unit))

    def _set(self, text: str, tense: Tense) -> Reading | None:
        words = words_of(text)
        key = words[-1] if words[-1] in lx.SET_ADVERBS else words[0]
        if key in lx.SET_ADVERBS:
            return Reading("SET", lx.SET_ADVERBS[key])  # "twice weekly" recurs each week
        if key in lx.WEEK_PART_SETS:
            return Reading("SET", lx.WEEK_PART_SETS[key])
        if "weekday" in words:
            # "weekday mornings", "every weekday": some day of each week
            part = next((lx.PARTS_OF_DAY[w.rstrip("s")] for w in words if w.rstrip("s") in lx.PARTS_OF_DAY), None)
            return Reading("SET", "XXXX-WXX-X" + (f"T{part}" if part else ""))
        if words[-1] == "weekend":
            return Reading("SET", "XXXX-WXX-WE")  # "each weekend"
        for w in words:
            if w in lx.WEEKDAYS:
                return Reading("SET", f"XXXX-WXX-{lx.WEEKDAYS[w]}")
            if w in lx.SEASONS:
                return Reading("SET", f"XXXX-{lx.SEASONS[w]}")
            if w in lx.MONTHS and month_of(text):
                return Reading("SET", f"XXXX-{lx.MONTHS[w]:02d}")
            if w in lx.PARTS_OF_DAY and w not in ("night",):
                return Reading("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[w]}")
        unit = unit_of(words)
        if unit is None:
            return None
        n = number_of([w for w in words[1:] if w not in lx.UNITS and w not in ("other", "a", "an", "per", "each")])
        if "other" in words:
            n = 2
        if words[0] in ("once", "twice", "three", "times") or "times" in words:
            n = 1
        elif any(w in _VAGUE_AMOUNT_WORDS for w in words):
            return Reading("SET", _duration_value(None, unit))  # "every few years"
        return Reading("SET", _duration_value(n or 1, unit))

    def _vague(self, text: str, tense: Tense) -> Reading | None:
        value = lx.VAGUE_WORDS.get(" ".join(text.lower().split()))
        if value is None:
            return None
        return Reading("DATE", value)


#: The commonest relative expressions and their (direction, unit), read without tokenising.
_SIMPLE_RELATIVE: dict[str, tuple[int, str]] = {
    f"{word} {noun}": (direction, unit)
    for word, direction in (("last", -1), ("this", 0), ("next", 1))
    for noun, unit in (("year", "Y"), ("month", "M"), ("week", "W"))
}


#: Days of a margin within which a dated event ("the Oct. 3 referendum", "New Year's Day") keeps its nearest
#: occurrence whatever the clause's tense (see :meth:`Resolver._year_for`).
_EVENT_MARGIN = 183
_NOW_ADVERBS = lx.NOW_ADVERBS
#: A year right before a named day, after a determiner ("the 2011 Columbus Day", "its 2019 Christmas sale"): the
#: year of that day. The determiner keeps counts out ("sold 2000 Christmas trees").
_YEAR_BEFORE = re.compile(
    r"(?:^|[\s(])(?:the|its|his|her|their|our|this|that|[a-z]{1,14}(?:'|\u2019)s)\s((?:1[6-9]|20)\d\d)\s$")
#: A noun for a scheduled event after a month that modifies it ("the November election", "a June referendum",
#: "November's general election").
_SCHEDULED_AFTER = re.compile(r"(?:'s)? (?:[a-z]+ )?(?:" + "|".join(lx.SCHEDULED_NOUNS) + r")\b")
#: A noun for a scheduled event before a month that dates it ("the union's conference in June", "a summit in May").
_SCHEDULED_BEFORE = re.compile(r"(?:^|[^a-z])(?:" + "|".join(lx.SCHEDULED_NOUNS) + r")\sin\s$")
#: The same after a word that sets the event behind the clause ("weaker after the vote in February", "since the
#: election in November", "citing the vote in February"): the last one, not the next.
_SCHEDULED_BEHIND = re.compile(r"\b(?:after|since|following|citing|despite)\s(?:[a-z']{1,20}\s){0,2}(?:"
                               + "|".join(lx.SCHEDULED_NOUNS) + r")\sin\s$")
#: The same after a month and day ("the Oct. 3 referendum", "the March 15 runoff", "the May 2 deadline").
_SCHEDULED_DAY_AFTER = _SCHEDULED_AFTER
#: The day a fiscal period ended, written after it (" ended july 31").
_ENDED_ON = re.compile(r" (?:that |which )?end(?:ed|ing) (" + "|".join(sorted(lx.MONTHS, key=len, reverse=True))
                       + r")\.?\s(\d{1,2})\b")
#: Words before a quarter that make it background to the one reported ("After a flat second quarter, ...").
_BACKGROUND_BEFORE = re.compile(r"\b(?:after|following|since)\s(?:(?:a|an|the|its|their)\s)?(?:[a-z]+\s)?$",
                                re.IGNORECASE)
#: A weekday's possessive naming the outcome of an act, which is over ("Wednesday's ruling", "Monday's attack").
_OUTCOME_AFTER = re.compile(r"(?:'|\u2019)s\s(?:[a-z]+\s)?(?:" + "|".join(lx.OUTCOME_NOUNS) + r")\b")
#: A period counted from now after "within" ("within the next week", "within the past year"): a duration.
_WITHIN_SPAN = re.compile(r"(?:the\s)?(?:next|coming|past|last|following)\s(day|week|month|quarter|year|decade)$",
                          re.IGNORECASE)
#: The outcome of an act after a date or a month that modifies it ("the Sept. 11 attacks", "the June bombing",
#: "May's crash"): an event gone by, whatever the clause's tense.
_OUTCOME_NOUN_AFTER = re.compile(r"(?:'s|\u2019s)? (?:(?!to )[a-z]+ )?(?:" + "|".join(lx.OUTCOME_NOUNS) + r")\b")
_PAST = Tense(value="past")
_FUTURE = Tense(value="future")
#: How far back (in characters: a sentence or two) an earlier expression still frames a later one.
_NEAR = 300
#: The results of a period, after a quarter that modifies them ("fourth-quarter earnings", "third-quarter net loss").
_RESULTS_AFTER = re.compile(r"(?:'s)? (?:[a-z]+ )?(?:results|earnings|profits?|loss|losses|revenues?|sales|figures"
                            r"|numbers|income)\b")
#: A quarter's number written with an ordinal suffix ("1st quarter").
_SUFFIXED_ORDINAL = re.compile(r"\b([1-4])(?:st|nd|rd|th)\b", re.IGNORECASE)
#: A weekday named in a date ("Friday, May 5").
_WEEKDAY_IN = re.compile(pt.WEEKDAY, re.IGNORECASE)
#: "the next/following/previous/prior ..." -> the step from the story's time.
_NARRATIVE_STEPS: dict[str, int] = {"following": 1, "next": 1, "previous": -1, "prior": -1}
#: Unit of an anaphoric expression -> granularities of a story time precise enough to anchor it.
_FINE_ENOUGH: dict[str, frozenset[str | None]] = {
    "D": frozenset({"D"}), "W": frozenset({"D", "W"}), "WE": frozenset({"D", "W"}),
    "M": frozenset({"D", "W", "M"}), "Y": frozenset({"D", "W", "M", "Q", "H", "S", "Y"}),
    "E": frozenset({"D", "W", "M", "Q", "H", "S", "Y"}), "C": frozenset({"D", "W", "M", "Q", "H", "S", "Y"}),
}


#: Past forms that tell of a past event right before its date, unlike the verbs of saying, whose clause may look
#: ahead ("said the fair in July"), and the words of time among the past markers ("last", "ago").
_PLAIN_PAST = frozenset(lx.PAST_MARKERS) - {"said", "told", "last", "ago", "earlier", "been", "had", "did", "set",
                                            "put", "cut", "hit", "thought", "knew", "felt", "meant", "was", "were"}
#: Words after a past verb that go on with its object or its preposition ("sold the mill in", "resigned on"); any
#: other word makes the past form an adjective before a noun ("the preferred shares on Oct. 31").
_AFTER_PLAIN_PAST = frozenset({
    "in", "on", "at", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "about", "from", "into",
    "with", "him", "them", "it", "us", "me", "up", "out", "off", "back", "down", "over", "this", "that", "these",
    "those", "office", "power", "home", "there", "here",
})
#: Words between a past verb and a date that give the date a clause of its own ("vowed to march in July", "said
#: that the vote in May", "planned for June").
_PLAIN_PAST_BREAKERS = frozenset({
    "to", "that", "which", "who", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "if",
    "when", "until", "for", "planned", "scheduled", "expected", "due", "set", "and", "or", "but", "usually", "often",
    "rarely", "always", "never", "before", "after", "by", "reserved", "booked", "slated",
})
#: Words of a condition before a past form, which then tells of no past event ("if she won the vote in May").
_CONDITIONS = frozenset({"if", "unless", "whether"})
_NOT_A_PAST_VERB_BEFORE = frozenset({"be", "to", "a", "an", "the", "is", "are", "am", "being", "get", "gets"})


def _plain_past_before(before: str) -> bool:
    """True when a past verb within the last words of ``before`` (the text right before a date, lower case) governs
    the date with nothing between that opens a clause or a plan of its own: "was held in", "resigned on", "announced
    his bid in". The verbs of saying do not count, nor do participles after "be" or an article, nor a past form
    before a noun ("preferred shares")."""
    words = before.replace(",", " , ").split()
    if len(before) >= 32 and words:
        words.pop(0)  # the first word may be cut
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in _PLAIN_PAST_BREAKERS or word == ",":
            return False
        if word in _PLAIN_PAST or (word.endswith("ed") and len(word) > 4 and word not in lx.NOT_PAST_ED):
            return (k == 0 or words[k - 1] not in _NOT_A_PAST_VERB_BEFORE) and (
                k + 1 == len(words) or words[k + 1] in _AFTER_PLAIN_PAST) and \
                _CONDITIONS.isdisjoint(words[k - 3 if k > 3 else 0:k])  # "if she won the vote in December"
    return False


#: The words after "the" that count a season from the story's time ("the following spring", "the previous winter").
_STORY_SEASON_WORDS = frozenset({"following", "next", "previous", "preceding"})


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` of a month (-1: the last; 0: the first on or after the 2nd, for Election Day)."""
    if nth == -1:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 2 if nth == 0 else 1)
    first += dt.timedelta(days=(weekday - first.isoweekday()) % 7)
    return first + dt.timedelta(days=7 * max(nth - 1, 0))


def _first_day(value: str) -> dt.date | None:
    """The first day of a date value (for counting from it)."""
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    year = int(m[1])
    if m[3]:
        return dt.date(year, int(m[2]), int(m[3]))
    if m[2]:
        return dt.date(year, int(m[2]), 1)
    if m[4]:
        return dt.date(year, 3 * int(m[4]) - 2, 1)
    if m[5]:
        return dt.date.fromisocalendar(year, int(m[5]), 1)
    return dt.date(year, 1, 1)


_FRACTION = re.compile(r"\s?\d/\d(?!\d)")
_VAGUE_AMOUNT_WORDS = frozenset({"several", "few", "many", "some", "number", "dozens", "hundreds", "thousands",
                                 "numerous"})
_DURATION_LEADS = frozenset({"the", "past", "last", "next", "first", "previous", "coming", "latest", "final",
                             "remaining", "entire", "whole", "full", "following", "recent", "prior", "initial",
                             "succeeding", "this", "that", "same"})
_DURATION_SKIP = (frozenset(lx.UNITS) | _DURATION_LEADS | frozenset(lx.QUANTITY_MODS)
                  | frozenset({"or", "so", "more", "and", "half", "of", "additional", "other", "straight",
                               "consecutive", "just", "only"}))
#: What makes "in" before a count a span rather than a time ahead, after the clause's last modal: a perfect ("has not
#: been seen in six months"), a superlative or a first ("the highest level in five years", "the first such race in two
#: years", "the first such law in the state in 20 years").
_PERFECT_WORDS = frozenset({"has", "have", "had", "hasn't", "haven't", "hadn't", "hasn’t", "haven’t", "hadn’t",
                            "never"})
_SPAN_WORDS = frozenset({"first", "time", "ever", "level", "high", "low", "most", "least", "record", "only"})
#: Modals that open the clause of the verb "in" goes with: what comes before them is another verb's ("the firm has
#: said it will repay the loan in six years", "the tallest tower in Orvik will be built in ten years").
_MODALS = frozenset({"will", "would", "shall", "might", "may", "could", "should", "must", "can", "won't", "won’t"})
#: Superlatives that carry no -est ending, or whose ending a common noun or verb shares.
_SUPERLATIVES = frozenset({"best", "worst"})
#: Words ending in -est that are no superlatives ("the protest will resume in two days").
_NOT_SUPERLATIVES = frozenset(
    "arrest attest behest bequest chest conquest contest crest detest digest earnest forest guest harvest honest "
    "infest ingest inquest interest invest jest lest manifest midwest modest nest northwest pest priest protest quest "
    "request rest southwest suggest test unrest vest west wrest zest".split())
#: Words that stand before a superlative ("the highest", "their worst", "the city's biggest").
_SUPERLATIVE_LEADS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "whose"})
_CLAUSE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CLAUSE_END = re.compile(r"[.;:!?,]")


def _stretch_before_in(before: str) -> bool:
    """Whether the clause before "in" (``before``, lower-cased, ending in "in ") makes the count after it a stretch.

    The words after the clause's last punctuation and last modal are looked up one by one: a perfect, a first, a
    record word, or a superlative after a determiner ("their highest", "the city's biggest"). A scan of the words
    keeps the check linear on any length of text.
    """
    ends = list(_CLAUSE_END.finditer(before))
    words = _CLAUSE_WORD.findall(before, ends[-1].end() if ends else 0)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _MODALS or words[i].endswith(("'ll", "’ll")):
            words = words[i + 1:]
            break
    for i, word in enumerate(words):
        if word in _PERFECT_WORDS or word in _SPAN_WORDS:
            return True
        if (word in _SUPERLATIVES or (len(word) > 4 and word.endswith("est") and word not in _NOT_SUPERLATIVES)) and \
                any(w in _SUPERLATIVE_LEADS or w.endswith(("'s", "’s")) for w in words[max(0, i - 2):i]):
            return True
    return False


#: Units of a count that "in" can turn into a time ahead ("in five years", "in two weeks").
_POINT_UNITS = frozenset({"D", "W", "M", "Y"})
#: The words of the quantity modifiers ("more", "than", "nearly"...).
_MOD_WORDS = frozenset(word for mod in lx.QUANTITY_MODS for word in mod.split())
#: A quarter of a unit, where it makes a round figure in a smaller one ("a quarter-century", "a quarter of an hour").
_QUARTER_OF = {"C": "P25Y", "Y": "P3M", "H": "PT15M"}
#: Half a unit in the next smaller one: (count of the smaller unit in a half, its code, whether it is a time unit).
_HALVES: dict[str, tuple[int, str, bool]] = {
    "Y": (6, "M", False), "M": (2, "W", False), "W": (84, "H", True), "D": (12, "H", True), "H": (30, "M", True),
    "MIN": (30, "S", True), "E": (5, "Y", False), "C": (50, "Y", False),
}


def _duration_value(n: int | None, unit: str, half: bool = False) -> str:
    """``P2W``, ``PT3H``, ``PXY``; "and a half" adds half a unit in the next smaller one (``P2Y6M``, ``PT5H30M``).

    Args:
        n: the number of units (0 with ``half`` for just half a unit), or None when vague.
        unit: a code of ``lexicon.UNITS``.
        half: add half a unit.
    """
    if unit == "2W":
        unit, n = "W", (n or 1) * 2
    time_unit = unit in ("H", "MIN", "S")
    code = "M" if unit == "MIN" else unit
    if half and n is not None and unit in _HALVES:
        count, smaller, smaller_is_time = _HALVES[unit]
        whole = f"{n}{code}" if n else ""
        if time_unit or (smaller_is_time and not whole):
            return f"PT{whole}{count}{smaller}" if time_unit else f"PT{count}{smaller}"
        if smaller_is_time:
            return f"P{whole}T{count}{smaller}"
        if not whole:
            return f"P{count}{smaller}"
        if unit == "E":
            return f"P{n * 10 + 5}Y"
        return f"P{whole}{count}{smaller}"
    if unit == "E":
        # decades are written in years, as TimeBank's annotators mostly do ("two decades" is P20Y)
        return "PXY" if n is None else f"P{n * 10}Y"
    amount = "X" if n is None else str(n)
    if time_unit:
        return f"PT{amount}{code}"
    return f"P{amount}{code}"
