"""Numbers a claim carries that the count extractor left out or read too narrowly.

The counts plugin is the main source of :class:`~claimkit.types.CountMention`; the claim builder only needs a
safety net for what conflicts hinge on: a bound word the extractor kept outside its span ("“fewer than 300”
Veloran personnel"), a vague amount ("several thousand soldiers"), and an elliptical figure ("others said 400").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .lexicon import COUNT_OPERATORS, NUMBER_WORDS, SCALES, VAGUE_QUANTITIES
from .spans import SpanIndex
from .types import CountMention

__all__ = ["bounds", "find_numbers", "with_operator"]

_OPS = "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(COUNT_OPERATORS, key=len, reverse=True))
_VAGUE = "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(VAGUE_QUANTITIES, key=len, reverse=True))
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_SCALE = "|".join(SCALES)
_NUMBER = regex.compile(
    rf"(?<![\w$€£.,])(?:(?P<op>{_OPS})\s{{1,3}}[“\"‘]?)?"
    rf"(?:(?P<vague>{_VAGUE})(?:\s{{1,3}}(?P<vscale>{_SCALE}))?"
    rf"|(?P<num>\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,9}}(?:\.\d{{1,3}})?|(?i:{_WORDS}))"
    rf"(?:\s{{1,3}}(?P<scale>{_SCALE}))?)(?![\w%$€£]|-\p{{L}})",
    regex.IGNORECASE,
)
_NEGATED_BEFORE = regex.compile(r"\b(?:never|not|no)\b(?:\s{1,3}[\p{L}]{1,20}){0,2}\s{1,3}$", regex.IGNORECASE)
_OP_BEFORE = regex.compile(rf"(?:{_OPS})\s{{1,3}}[“\"‘]?\s{{0,2}}$", regex.IGNORECASE)


def _value(num: str) -> float | None:
    text = num.lower().replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def bounds(op: str, value: float | None, low: float | None, high: float | None) -> tuple[float, float]:
    """The interval a count allows, ``(low, high)``; open ends are infinite."""
    inf = float("inf")
    if value is None:
        return (low if low is not None else 0.0, high if high is not None else inf)
    if op == ">":
        return (value + 1e-9, inf)
    if op == ">=":
        return (value, inf)
    if op == "<":
        return (0.0, value - 1e-9)
    if op == "<=":
        return (0.0, value)
    return (low if low is not None else value, high if high is not None else value)


def with_operator(text: str, count: CountMention) -> CountMention:
    """The count with a bound or approximation word just before its span taken into account."""
    negated_bound = count.op in {">", ">=", "<", "<="} and _NEGATED_BEFORE.search(
        text, max(0, count.start - 30), count.start) is not None
    if (count.negated or negated_bound) and count.op in {">", ">=", "<", "<="} and count.value is not None:
        # "never more than 500" is at most 500, an upper bound rather than a denial
        flipped = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}[count.op]
        return attrs.evolve(count, op=flipped, negated=False, low=None, high=None)
    if count.op != "=" or count.value is None:
        return count
    m = _OP_BEFORE.search(text, max(0, count.start - 24), count.start)
    if m is None:
        return count
    word = " ".join(m.group(0).lower().strip(" “\"‘").split())
    op = COUNT_OPERATORS.get(word)
    if op is None:
        return count
    if op == "~":
        return attrs.evolve(count, op=op)
    return attrs.evolve(count, op=op, low=None, high=None)


def find_numbers(text: str, start: int, end: int, existing: Sequence[CountMention], field: str = "text"
                 ) -> list[CountMention]:
    """Counts in ``text[start:end]`` that no existing count mention overlaps (unit left for the caller)."""
    found = []
    taken = SpanIndex((c.start, c.end) for c in existing)
    for m in _NUMBER.finditer(text, start, end):
        if taken.overlaps(m.start(), m.end()):
            continue
        s, e = m.start(), m.end()
        op = COUNT_OPERATORS.get(" ".join(m.group("op").lower().split()), "=") if m.group("op") else "="
        value: float | None
        low: float | None = None
        high: float | None = None
        if m.group("vague"):
            lo, hi = VAGUE_QUANTITIES[" ".join(m.group("vague").lower().split())]
            scale = SCALES.get((m.group("vscale") or "").lower(), 1)
            value, low, high = None, float(lo * scale), float(hi * scale)
        else:
            value = _value(m.group("num"))
            if value is None:
                continue
            value *= SCALES.get((m.group("scale") or "").lower(), 1)
            number = m.group("num")
            # years and days of the month are dates, not counts
            if number.isdigit() and len(number) == 4 and 1800 <= value <= 2100 and not m.group("scale"):
                continue
        found.append(CountMention(start=s, end=e, text=text[s:e], field=field, value=value, low=low, high=high,
                                  op=op, category="other"))
    return found
