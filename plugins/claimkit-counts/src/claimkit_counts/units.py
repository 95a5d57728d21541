"""Signs and abbreviations around a number: currency before or after, percent, units of measure, rates.

``currency_before`` looks back from a number for "$", "US$", "€", "GBP "...; ``sign_after`` reads what stands
right after it ("%", " percent", "€", " USD", "km", " kg", "°C", "/hour", " per kg"). Counted nouns in words are
the business of :mod:`claimkit_counts.nouns`.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    MEASURE_ABBREVIATIONS,
    PERCENT_WORDS,
    RATE_DENOMINATORS,
)

__all__ = ["Sign", "currency_before", "rate_after", "sign_after"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CURRENCY_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?:" + _alternation([w for w in CURRENCY_PREFIXES if w[-1].isalpha() or w[-1] == "."])
    + r")[ \t\u00a0]{0,2}|(?:" + _alternation([w for w in CURRENCY_PREFIXES if not (w[-1].isalpha() or w[-1] == ".")])
    + r")[ \t\u00a0]?)$"
)

_PERCENT: Final = re.compile(
    r"[ \t\u00a0]{0,2}(?:%|(?i:percentage[ \t]points?|basis[ \t]points?|per[ -]?cents?|percentages?|pct)(?![A-Za-z]))"
)
_CURRENCY_SIGNS: Final = "€$£¥"
_CURRENCY_AFTER: Final = re.compile(
    r"[ \t\u00a0]?(?:[" + _CURRENCY_SIGNS + r"](?![\d])|(?:"
    + _alternation([w for w in CURRENCY_SUFFIXES if w.isalpha()]) + r")(?![A-Za-z]))"
)
_ABBREVIATION: Final = re.compile(
    r"(?P<sp>[ \t\u00a0]?)(?P<u>" + _alternation(list(MEASURE_ABBREVIATIONS))
    + r")(?P<inv>[−-]1)?(?![A-Za-z\d])(?!\.\d)"
)
_RATE: Final = re.compile(
    r"[ \t]{0,2}(?:/[ \t]?|per[ \t]{1,2}(?:an?[ \t]{1,2})?)(?P<d>(?i:" + _alternation(list(RATE_DENOMINATORS))
    + r"))(?:s|es)?(?![A-Za-z])"
)

#: Single letters that are units only when attached to the number or followed by punctuation ("5m", "278,000 t.").
_LONE_LETTERS: Final = frozenset({"m", "g", "t", "l", "L", "h", "W", "J", "V", "A", "s", "K"})


# A lone letter after a space is a unit only before punctuation, "/", "of" or the end ("3 to 4 L of wine").
_LONE_OK: Final = re.compile(r"[ \t]{0,2}(?:[.,;:)\]/]|of\b|$)")


# A cheap first look at what follows the number: most counts are followed by a plain noun and need none of the
# patterns below.
_GATE: Final = re.compile(r"[ \t\u00a0]{0,2}([^\sA-Za-zµ]|[A-Za-zµ]{1,12})")
_SIGN_WORDS: Final = frozenset(MEASURE_ABBREVIATIONS) | frozenset(CURRENCY_SUFFIXES) | frozenset(
    w.split()[0] for w in MEASURE_ABBREVIATIONS) | {"percent", "percents", "percentage", "percentages", "per",
                                                    "pct", "basis"}


# The first three letters, lower case, of every sign word of three or more letters: a word of three or more letters
# after the number's space that opens otherwise is none of them (neither as written nor lower-cased), so the gate's
# answer is known without running it.
_SIGN_OPENINGS: Final = frozenset(w[:3].lower() for w in _SIGN_WORDS if len(w) >= 3)
# The characters other than letters that a sign may open with ("%", a currency sign, "°C"): after the spaces, any
# other such character ("20,", "20.", "20)") opens none of the patterns below.
_NON_LETTER_OPENINGS: Final = frozenset("%" + _CURRENCY_SIGNS) | frozenset(
    w[0] for w in MEASURE_ABBREVIATIONS if not w[0].isalpha())


class Sign:
    """A unit read from signs or abbreviations: ``unit``, ``category`` and where it ends.

    A plain class with slots (not attrs), which mypyc compiles to a native class; its fields are not changed after
    it is built."""

    __slots__ = ("category", "end", "start", "unit")

    def __init__(self, unit: str, category: str, start: int, end: int) -> None:
        """A sign read as ``unit`` of ``category`` at ``start``-``end``."""
        self.unit = unit
        self.category = category
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        """As a call of the constructor."""
        return f"Sign({self.unit!r}, {self.category!r}, {self.start!r}, {self.end!r})"


_SPACES: Final = " \t\u00a0"
_PREFIX_LAST_CHARS: Final = frozenset(w[-1] for w in CURRENCY_PREFIXES)


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """A currency sign or code just before ``start``: (unit, where the sign starts), or None."""
    # most numbers follow a plain word: the character before the (at most two) spaces must end a currency sign.
    # (The pattern's "$" also matches before a newline that ends the searched stretch, so a sign may stand there.)
    k = start
    if k and text[k - 1] == "\n":
        k -= 1
    if k and text[k - 1] in _SPACES:
        k -= 1
        if k and text[k - 1] in _SPACES:
            k -= 1
    if not k or text[k - 1] not in _PREFIX_LAST_CHARS:
        return None
    m = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if not m:
        return None
    sign = m.group().strip(" \t\u00a0")
    unit = CURRENCY_PREFIXES.get(sign)
    if unit is None:
        return None
    return unit, m.start()


def rate_after(text: str, pos: int) -> tuple[str, int] | None:
    """A rate denominator after a unit ("/hour", " per kg"): (denominator, end), or None."""
    near = text[pos:pos + 3]
    if "/" not in near and "p" not in near:
        return None  # the pattern needs "/" or "per" after at most two spaces
    m = _RATE.match(text, pos)
    if not m:
        return None
    return RATE_DENOMINATORS.get(m["d"].lower(), RATE_DENOMINATORS.get(m["d"], m["d"].lower())), m.end()


def sign_after(text: str, pos: int) -> Sign | None:
    """A percent sign or word, a currency sign or code, or a unit abbreviation right after a number."""
    if text[pos:pos + 1] == " ":
        # the common case, a space and a word of three or more ASCII letters ("20 people"): the gate below reads
        # that word (its first twelve letters), which is a sign word only if it opens as one
        three = text[pos + 1:pos + 4]
        if len(three) == 3 and three.isalpha() and three.isascii() and three.lower() not in _SIGN_OPENINGS:
            return None
    gate = _GATE.match(text, pos)
    if gate is None:
        return None
    first = gate.group(1)
    if first.isalpha():
        if first not in _SIGN_WORDS and first.lower() not in _SIGN_WORDS:
            return None
    elif first not in _NON_LETTER_OPENINGS:
        return None
    m = _PERCENT.match(text, pos)
    if m:
        word = m.group().strip().lower().replace("-", " ")
        unit = PERCENT_WORDS.get(word, "percent")
        if word.startswith("basis"):
            unit = "basis point"
        elif word.startswith("percentage ") and "point" in word:
            unit = "percentage point"
        return Sign(unit, "percent", m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
    m = _CURRENCY_AFTER.match(text, pos)
    if m:
        sign = m.group().strip()
        return Sign(CURRENCY_SUFFIXES.get(sign, "dollar"), "money", m.end() - len(sign), m.end())
    m = _ABBREVIATION.match(text, pos)
    if m:
        abbr = m["u"]
        if m["sp"] and abbr in _LONE_LETTERS and not _LONE_OK.match(text, m.end()):
            return None
        if abbr == "in":
            return None
        unit = MEASURE_ABBREVIATIONS[abbr]
        if m["inv"]:
            unit = "inverse " + unit
        return Sign(unit, "other", m.start("u"), m.end())
    return None
