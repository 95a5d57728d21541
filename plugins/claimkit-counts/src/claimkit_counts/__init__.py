"""claimkit-counts: numbers with the noun they count (first level: digits)."""

from __future__ import annotations

import regex
from claimkit import CountMention, Document, hookimpl

_PEOPLE = {"troop", "soldier", "people", "person", "civilian", "refugee", "worker", "resident"}
_COUNT = regex.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+([A-Za-z]{2,20})\b")


@hookimpl
def claimkit_extract(document: Document) -> list[CountMention]:
    """A number in digits followed by a noun."""
    found = []
    for m in _COUNT.finditer(document.text):
        value = int(m[1].replace(",", ""))
        if 1900 <= value <= 2100 and "," not in m[1]:
            continue
        noun = m[2].lower()
        unit = noun[:-1] if noun.endswith("s") and noun != "people" else noun
        found.append(CountMention(start=m.start(), end=m.end(), text=m[0], value=value, low=value, high=value,
                                  unit=unit, category="people" if unit in _PEOPLE else "other"))
    return found
