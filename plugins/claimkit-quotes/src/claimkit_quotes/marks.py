"""Quotation-mark pairing: which stretches of a text are inside quotation marks.

Double marks (straight ``"``, doubled apostrophes ``''``, curly “ ”, „ “ and « ») open and close quotes; single
marks (‘ ’ and ``'``) quote only when they pair at word edges, so apostrophes ("the city’s", "the '90s", "rock 'n'")
are left alone. A paragraph that opens a quote while the previous paragraph's quote is still open continues it; any
other unclosed quote is closed at the end of its paragraph. Nothing here can fail on odd input: a stray mark is
ignored.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final, NamedTuple

# A doubled apostrophe is read as one mark (''), not two apostrophes. The pattern opens with one character class, which
# lets the engine skip straight to the marks instead of trying an alternation at every offset.
_MARK = re.compile(r"[\"“”„«»‘’'](?:(?<=')')?")
_MARK_CHARS = "\"“”„«»‘’'"
_OPENERS: Final = frozenset("“„«")
_CLOSERS = frozenset("”»")
# Characters after which a straight mark opens a quote.
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;,\u00a0")
# A quotation's start (its first field), read in C as a sort key.
_START = itemgetter(0)


class QuoteSpan(NamedTuple):
    """A stretch between paired quotation marks.

    Attributes:
        start: offset of the opening mark.
        end: offset just after the closing mark (or the paragraph end for an unclosed quote).
        closed: False when the quote ran to the end of its paragraph without a closing mark.
        single: True for a quote in single marks.
        paragraphs: how many paragraphs the quote runs over.
    """

    start: int
    end: int
    closed: bool = True
    single: bool = False
    paragraphs: int = 1


def _is_open(text: str, pos: int, width: int) -> bool:
    """Whether an ambiguous mark at ``pos`` opens a quote, judged by its neighbours."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if before in _OPEN_BEFORE:
        return not after.isspace()
    return False


def _closing_end(text: str, newline: int) -> int:
    """Where an unclosed quote stops: the paragraph end, trailing spaces left out."""
    while newline > 0 and text[newline - 1].isspace():
        newline -= 1
    return newline


def char_positions(text: str, chars: str) -> list[int]:
    """The offsets in ``text`` of every character in ``chars``, in order (``str.find`` runs in C, far faster than a
    pattern scan over every offset)."""
    found: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _marks(text: str) -> list[tuple[int, str]]:
    """The matches of ``_MARK`` in ``text`` as (offset, mark), read left to right without overlap.

    ``str.find`` locates each mark character in C, far faster than a pattern scan over every offset; the doubled
    apostrophe is then joined as the pattern would (its second apostrophe is not a mark of its own).
    """
    found = char_positions(text, _MARK_CHARS)
    out: list[tuple[int, str]] = []
    taken = -1  # the second apostrophe of a doubled one
    for pos in found:
        if pos == taken:
            continue
        if text.startswith("''", pos):
            out.append((pos, "''"))
            taken = pos + 1
        else:
            out.append((pos, text[pos]))
    return out


def find_quotes(text: str) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text``.

    Args:
        text: any string.

    Returns:
        Double-mark quotes and single-mark quotes outside them, in document order, never overlapping.
    """
    quotes: list[QuoteSpan] = []
    open_at = -1  # offset of the open double mark, or -1
    scan_from = 0  # where to look for a paragraph break that interrupts the open quote
    paragraphs = 1
    single_at = -1
    for pos, mark in _marks(text):
        width = len(mark)
        double = mark not in ("‘", "’", "'")
        if open_at >= 0:
            newline = text.find("\n", scan_from, pos)
            if newline >= 0:
                first = newline
                while first < pos and text[first].isspace():
                    first += 1
                if first == pos and double and (mark in _OPENERS or _is_open(text, pos, width)):
                    # The next paragraph reopens the quote: it continues (the reopening mark is consumed).
                    paragraphs += 1
                    scan_from = pos + width
                    continue
                quotes.append(QuoteSpan(open_at, _closing_end(text, newline), closed=False, paragraphs=paragraphs))
                open_at = -1
        if not double:
            if open_at >= 0:
                continue  # nested single quotes and apostrophes stay inside the double quote
            if single_at >= 0 and "\n" in text[single_at:pos]:
                single_at = -1
            if single_at < 0:
                if mark != "’" and _is_open(text, pos, 1):
                    single_at = pos
            elif mark != "‘":
                after = text[pos + 1] if pos + 1 < len(text) else " "
                if not after.isalnum() and not text[pos - 1].isspace() and pos - single_at > 3:
                    quotes.append(QuoteSpan(single_at, pos + 1, single=True))
                    single_at = -1
            continue
        single_at = -1
        if open_at < 0:
            if mark in _OPENERS or _is_open(text, pos, width):
                open_at, scan_from, paragraphs = pos, pos + width, 1
            continue  # otherwise a stray closing mark
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + width] if pos + width < len(text) else " "
        if mark in _OPENERS and before.isspace() and not after.isspace():
            # An opener after a space while a quote is open: the earlier mark was stray; restart here.
            open_at, scan_from, paragraphs = pos, pos + width, 1
            continue
        quotes.append(QuoteSpan(open_at, pos + width, paragraphs=paragraphs))
        open_at = -1
    if open_at >= 0:
        newline = text.find("\n", scan_from)
        end = _closing_end(text, len(text) if newline < 0 else newline)
        if end > open_at + 1:
            quotes.append(QuoteSpan(open_at, end, closed=False, paragraphs=paragraphs))
    quotes.sort(key=_START)
    out: list[QuoteSpan] = []
    for q in quotes:
        if q.end > q.start + 1 and not (out and q.start < out[-1].end):
            out.append(q)
    return out
