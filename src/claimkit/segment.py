"""Sentences and clauses of a text, as ``(start, end)`` character ranges (end exclusive).

Claims are made per clause: "12,000 residents were evacuated and 38 people were injured" holds two claims about
two different quantities, and keeping them apart keeps a conflict about one from dragging in the other.
"""

from __future__ import annotations

import regex

from .lexicon import ABBREVIATIONS

__all__ = ["clauses", "sentences", "trim"]

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace and a capital,
# a digit or an opening quote; or at a blank line.
_BOUNDARY = regex.compile(r"[.!?][\"'”’)\]]{0,3}(?=\s{1,20}[\"'“‘(\[]?[\p{Lu}\d])|\n\s{0,20}\n|\n")
_WORD_BEFORE = regex.compile(r"([\p{L}.]{1,12})\.$")
# Where a sentence splits into clauses that can carry different claims.
_CLAUSE_BREAK = regex.compile(
    r";\s{0,5}|,[”’\"]?\s{0,3}(?:and\s{1,3}that|while|whereas|but|others|other\s{1,3}\w{1,20}\s{1,3}(?:said|put))\b"
    r"|(?<!\bbetween\s{1,3}\p{Sc}?[\d.,]{1,15}(?:\s{1,3}(?:million|billion|thousand|hundred))?)"
    r"\s(?:and|while|but|whereas)\s(?=(?:some\s{1,3}|about\s{1,3}|more\s{1,3}than\s{1,3}|at\s{1,3}least\s{1,3})?"
    r"\d)"
)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` past surrounding whitespace and punctuation that belongs to no claim."""
    strip = " \t\r\n,;:"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    # single capitals ("J. Dorn", "D. Osei") are initials, not sentence ends
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as trimmed ``(start, end)`` ranges, in order."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        end = match.end()
        a, b = trim(text, start, end)
        if b > a:
            found.append((a, b))
        start = end
    a, b = trim(text, start, len(text))
    if b > a:
        found.append((a, b))
    return found


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` where it coordinates separate statements; at least one range comes back."""
    parts: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        a, b = trim(text, cursor, match.start())
        if b > a:
            parts.append((a, b))
        # keep "others" with the clause it opens: it names that clause's source
        opener = match.group(0).lstrip(",;”’\" ")
        cursor = match.end() - len(opener) if opener.startswith("other") else match.end()
    a, b = trim(text, cursor, end)
    if b > a:
        parts.append((a, b))
    return parts or [(start, end)]
