"""claimkit-dates: temporal expressions normalised to TimeML values (first level: ISO dates and weekdays)."""

from __future__ import annotations

import datetime as dt

import regex
from claimkit import Document, TimeMention, hookimpl

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PATTERN = regex.compile(r"\b(?:(\d{4})-(\d{2})-(\d{2})|(" + "|".join(_WEEKDAYS) + r"))\b", regex.IGNORECASE)


@hookimpl
def claimkit_extract(document: Document) -> list[TimeMention]:
    """ISO dates, and weekdays resolved to the most recent such day before publication."""
    found = []
    for m in _PATTERN.finditer(document.text):
        if m[1]:
            value = m[0]
        elif document.published:
            back = (document.published.weekday() - _WEEKDAYS.index(m[4].lower())) % 7 or 7
            value = (document.published - dt.timedelta(days=back)).isoformat()
        else:
            value = "XXXX-XX-XX"
        found.append(TimeMention(start=m.start(), end=m.end(), text=m[0], type="DATE", value=value,
                                 anchor="absolute" if m[1] else "published"))
    return found
