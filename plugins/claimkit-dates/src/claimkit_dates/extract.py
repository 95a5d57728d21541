"""Finding temporal expressions in a document: cheap trigger scan, anchored grammar, normalisation in reading order.

Speed comes from never running the grammar over the whole text. Every temporal expression contains a *trigger*
word (a month, a weekday, a unit, "yesterday", a year...). The document's words are intersected with the trigger
vocabulary (a C-speed set operation); only the triggers present are located, and at each one the grammar is tried
at the few word starts just before it (the words that can open an expression: "the", "last", "early", numbers...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
from claimkit import Document, Span, TimeMention

from . import lexicon as lx
from . import patterns as pt
from .normalize import Reading, Resolver

# ---------------------------------------------------------------------------------------------------------------
# Trigger vocabulary
# ---------------------------------------------------------------------------------------------------------------

_TRIGGER_WORDS: frozenset[str] = frozenset(
    list(lx.MONTHS) + list(lx.WEEKDAYS) + [w + "s" for w in lx.WEEKDAYS] + list(lx.UNITS) + list(lx.SEASONS)
    + list(lx.PARTS_OF_DAY) + [w + "s" for w in lx.PARTS_OF_DAY] + list(lx.CLOCK_WORDS) + list(lx.DAY_WORDS)
    + [w for w in lx.VAGUE_WORDS if " " not in w] + [w.split()[-1] for w in lx.VAGUE_WORDS if " " in w]
    + list(lx.SET_ADVERBS) + [h.split()[0] for h in lx.HOLIDAYS] + ["q1", "q2", "q3", "q4", "a.m", "p.m", "o'clock"]
    + [str(y) for y in range(1000, 2100)] + [f"{y}s" for y in range(1000, 2100, 10)]
    + [f"'{d}0s" for d in range(10)] + [f"{d}0s" for d in range(1, 10)]
)
_PREFIXES = ("", '"', "(", "“", "‘", "'", "`", "``", "[")
_SUFFIXES = ("", ",", ".", ";", ":", '"', "'s", ")", "''", "?", "!", "'", "”", "’", ".)", '."', ',"', ".''", ",''",
             "s", "’s", "s'", ").", "),")


def _variants() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in _TRIGGER_WORDS:
        for prefix in _PREFIXES:
            for suffix in _SUFFIXES:
                table.setdefault(prefix + word + suffix, word)
    # "a.m." and "p.m." are split as "a.m." tokens; their base without the final period is the trigger
    for word in ("a.m.", "p.m."):
        for suffix in _SUFFIXES:
            table[word + suffix] = word[:-1]
    return table


#: Token as split from the lower-cased text (punctuation attached) -> trigger word.
TRIGGER_TOKENS: dict[str, str] = _variants()
_TRIGGER_KEYS = frozenset(TRIGGER_TOKENS)

#: Words that may open an expression before its trigger ("the past two", "early", "more than").
_OPENERS: frozenset[str] = frozenset(
    "the a an this that last next past previous prior coming following early late mid earlier later end beginning "
    "start middle close dawn part latter of about around approximately roughly some nearly almost more less than "
    "over under at least up to no just only first second third fourth final latest current same recent fiscal "
    "calendar entire whole full each every per other several few many couple dozen dozens number numerous half and "
    "or so shortly before after remaining initial succeeding year's 1st 2nd 3rd 4th once twice times day year month "
    "week quarter rest all calendar this-year's".split()
) | frozenset(lx.NUMBER_WORDS) | frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | frozenset(lx.TENS)
_LEFT_WORD = re.compile(r"[\w'’.,-]+")
_WORD_CHAR = re.compile(r"\w")
_SLASH_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])")
_ISO_DATE = re.compile(r"(?<![\d-])\d{4}-[01]\d-[0-3]\d(?![\d-])")
_CLOCK_24 = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?=\s(?:[ECMP][SD]T|GMT|UTC))")

#: Families whose reading depends on the tense of the sentence.
_TENSED = frozenset({"mdy", "dmy", "month", "season", "weekday", "quarter", "half", "holiday", "clock"})
#: Vague single words that are ordinary adverbs too often to tag alone at a sentence's start or mid-clause.
_WEAK_VAGUE = frozenset({"once", "earlier", "previously", "recent", "soon", "shortly", "eventually", "formerly"})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _trigger_positions(text: str) -> list[int]:
    """Start offsets of trigger words, in order."""
    low = text.lower()
    present = _TRIGGER_KEYS.intersection(low.replace("-", " ").replace("/", " ").split())
    words = {TRIGGER_TOKENS[token] for token in present}
    positions: set[int] = set()
    size = len(low)
    for word in words:
        n = len(word)
        i = low.find(word)
        while i >= 0:
            before = low[i - 1] if i else " "
            after = low[i + n] if i + n < size else " "
            if not _is_word_char(before) and not (_is_word_char(after) and not (word[-1] == "." or after == "s"
                                                                                  and word in lx.UNITS)):
                positions.add(i)
            i = low.find(word, i + n)
    if "/" in text:
        positions.update(m.start() for m in _SLASH_DATE.finditer(text))
    if ":" in text:
        positions.update(m.start() for m in _CLOCK_24.finditer(text))
    return sorted(positions)


def _openers(text: str, trigger: int, floor: int) -> list[int]:
    """Word starts from which an expression ending at or after ``trigger`` may begin, leftmost first."""
    window_start = max(floor, trigger - 48)
    words = [(m.start(), m.group()) for m in _LEFT_WORD.finditer(text, window_start, trigger)]
    starts = [trigger]
    # the first word of the window may be cut; it never opens
    for start, word in reversed(words[1:] if window_start > floor and words and words[0][0] == window_start
                                else words):
        bare = word.lower().strip(",.'’")
        if bare in _OPENERS or bare.isdigit() or bare.replace(",", "").isdigit() or "-" in bare and all(
                part in _OPENERS or part.isdigit() for part in bare.split("-") if part):
            starts.append(start)
            if word.endswith(",") and bare not in lx.WEEKDAYS:
                break
        else:
            break
    starts.reverse()
    return starts


# ---------------------------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------------------------


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"past" or "future" from the nearest tense marker in the sentence around ``text[start:end]``, else None."""
    left_from = max(0, start - 90)
    left = text[left_from:start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    if cut >= 0:
        left_from += cut + 2
    right_to = min(len(text), end + 70)
    right = text[end:right_to]
    cut = min((i for i in (right.find(". "), right.find("\n")) if i >= 0), default=-1)
    if cut >= 0:
        right_to = end + cut
    best: tuple[int, str] | None = None
    for pattern, name in ((pt.FUTURE, "future"), (pt.PAST, "past")):
        for m in pattern.finditer(text, left_from, start):
            distance = start - m.end()
            if best is None or distance < best[0]:
                best = (distance, name)
        for m in pattern.finditer(text, end, right_to):
            distance = m.start() - end + 8  # a marker after the expression counts a little less
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


# ---------------------------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------------------------


@attrs.frozen
class Found:
    """A match before it becomes a mention: offsets, rule family and reading."""

    start: int
    end: int
    family: str
    reading: Reading
    anchor: tuple[int, int, str, str] | None


def _matches(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, family) of grammar matches, in document order, without overlaps."""
    last_end = 0
    for trigger in _trigger_positions(text):
        if trigger < last_end:
            continue
        for start in _openers(text, trigger, last_end):
            m = pt.TIMEX.match(text, start)
            if m is None or m.end() <= trigger:
                continue
            end = m.end()
            # a match never ends inside a word
            if end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
                continue
            family = m.lastgroup or ""
            yield start, end, family
            last_end = end
            break


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing punctuation and spaces the grammar may have taken ("Aug." keeps its period)."""
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def find_times(document: Document) -> list[TimeMention]:
    """Every temporal expression of ``document.text``, normalised, in document order."""
    text = document.text
    resolver = Resolver(document.published)
    mentions: list[TimeMention] = []
    for start, end, family in _matches(text):
        start, end = _trim(text, start, end)
        if end <= start:
            continue
        surface = text[start:end]
        if family == "vague" and surface.lower() in _WEAK_VAGUE:
            continue
        tense = clause_tense(text, start, end) if family in _TENSED else None
        reference = resolver.reference
        try:
            reading = resolver.read(family, surface, tense)
        except (ValueError, OverflowError, KeyError, IndexError):
            # a calendar computation that falls off the calendar ("year 0") is no date
            reading = None
        if reading is None:
            continue
        anchor_span = anchor_value = None
        if reading.uses_reference and reference is not None:
            anchor_span = Span(reference.start, reference.end, reference.text)
            anchor_value = reference.value
        elif reading.anchor == "published" and document.published is not None:
            anchor_value = document.published.isoformat()
        mentions.append(TimeMention(start=start, end=end, text=surface, type=reading.type, value=reading.value,
                                    mod=reading.mod, anchor=reading.anchor if reading.value else None,
                                    anchor_span=anchor_span, anchor_value=anchor_value))
        resolver.note(reading, start, end, surface)
    return mentions


def reference_day(document: Document) -> dt.date | None:
    """The publication date the document's relative expressions count from."""
    return document.published
