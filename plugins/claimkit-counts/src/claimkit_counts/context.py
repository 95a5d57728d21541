"""What surrounds a count: its sentence, negation, hypothetical frames, quotation marks, a time in the sentence.

A :class:`Context` is built once per document (one pass for sentence ends, one for quotation marks) and answers
per position with bisection, so flags cost almost nothing per count.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import HYPOTHETICAL_CUES, MONTHS, NEGATION_CUES

__all__ = ["Context"]

# A sentence ends at . ! ? (maybe closed by a quote or bracket) before a space and an upper-case letter, digit or
# opening quote, or at a line break.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’)\]]{0,2}[ \t]{1,4}(?=[\"“‘(\[]?[A-Z0-9]))")
_PUNCT = str.maketrans({ch: " " for ch in ",.;:!?\"“”‘’()[]"})


def _words(window: str) -> list[str]:
    """The words of a lower-cased window, punctuation dropped (split and translate run in C)."""
    return window.translate(_PUNCT).split()
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in MONTHS if not m.endswith(".")), key=len, reverse=True))
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?![\d,]|s\b)")
_MONTH_DAY_BEFORE = re.compile(
    r"(?i:\b(" + _MONTH_NAMES + r")\.?[ \t]{1,3}(?:(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3})?)$"
)
_MONTH_NUMBER = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}

#: How far before a count a negation or condition may stand, and after it a condition.
BEFORE = 90
AFTER = 60
#: How far back a paragraph's quotation marks are counted.
QUOTE_REACH = 2000


class Context:
    """Sentence bounds and quotation state of one document, computed around each position on demand."""

    def __init__(self, text: str, lower: str | None = None) -> None:
        """Wrap ``text`` (and its lower-cased copy of equal length, when the caller has one)."""
        self.text = text
        self.lower = lower if lower is not None and len(lower) == len(text) else text.lower()
        if len(self.lower) != len(text):
            self.lower = text
        self._times: dict[int, str | None] = {}
        self._ends: list[int] | None = None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``pos``."""
        if self._ends is None:
            # one pass over the document, on the first question only
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        ends = self._ends
        i = bisect.bisect_right(ends, pos)
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(self.text)
        return start, end

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks of its paragraph."""
        text = self.text
        para = max(text.rfind("\n", max(0, pos - QUOTE_REACH), pos) + 1, pos - QUOTE_REACH, 0)
        if text.count('"', para, pos) % 2 == 1:
            return True
        return text.rfind("“", para, pos) > text.rfind("”", para, pos)

    def clause_start(self, start: int) -> int:
        """Where the clause holding ``start`` begins, looking back at most ``BEFORE`` characters."""
        s, _ = self.sentence(start)
        lo = max(s, start - BEFORE)
        window = self.lower[lo:start]
        cut = max(window.rfind(";"), window.rfind(" but "), window.rfind(" while "), window.rfind(" however"),
                  window.rfind(" whereas "))
        return lo + cut + 1 if cut >= 0 else lo

    def negated(self, clause: int, start: int) -> bool:
        """A negation between the clause start and the count ("has never sent more than 500 soldiers")."""
        window = self.lower[clause:start]
        return "n't" in window or not NEGATION_CUES.isdisjoint(_words(window))

    def hypothetical(self, clause: int, start: int, end: int) -> bool:
        """A modal or conditional around the count in its sentence ("could send up to 5,000")."""
        _, e = self.sentence(start)
        after = self.lower[end:min(e, end + AFTER)]
        cut = min((i for i in (after.find(","), after.find(";")) if i >= 0), default=len(after))
        return not (HYPOTHETICAL_CUES.isdisjoint(_words(self.lower[clause:start]))
                    and HYPOTHETICAL_CUES.isdisjoint(_words(after[:cut])))

    def flags(self, start: int, end: int) -> tuple[bool, bool, bool, str | None]:
        """(negated, hypothetical, quoted, time) for the count at ``start``-``end``, sharing one look at its
        sentence and clause (the same answers as the separate methods)."""
        s, e = self.sentence(start)
        lower = self.lower
        lo = max(s, start - BEFORE)
        window = lower[lo:start]
        cut = max(window.rfind(";"), window.rfind(" but "), window.rfind(" while "), window.rfind(" however"),
                  window.rfind(" whereas "))
        if cut >= 0:
            window = window[cut + 1:]
        before = _words(window)
        negated = "n't" in window or not NEGATION_CUES.isdisjoint(before)
        hypothetical = not HYPOTHETICAL_CUES.isdisjoint(before)
        if not hypothetical:
            after = lower[end:min(e, end + AFTER)]
            stop = min((i for i in (after.find(","), after.find(";")) if i >= 0), default=len(after))
            hypothetical = not HYPOTHETICAL_CUES.isdisjoint(_words(after[:stop]))
        return negated, hypothetical, self.quoted(start), self.time(start, (start, end))

    def time(self, start: int, skip: tuple[int, int]) -> str | None:
        """The value of a year (with month and day when given) written in the count's sentence, or None."""
        s, e = self.sentence(start)
        if s in self._times:
            return self._times[s]
        value: str | None = None
        text = self.text
        for m in _YEAR.finditer(text, s, e):
            if skip[0] <= m.start() < skip[1] or (m.start() > 0 and (text[m.start() - 1].isalnum() or
                                                                       text[m.start() - 1] in ",.$€£")):
                continue
            value = m.group()
            md = _MONTH_DAY_BEFORE.search(self.text, max(s, m.start() - 20), m.start())
            if md:
                month = _MONTH_NUMBER.get(md[1].lower()[:3]) or _MONTH_NUMBER.get(md[1].lower())
                if month:
                    value += f"-{month:02d}"
                    if md[2] and 1 <= int(md[2]) <= 31:
                        value += f"-{int(md[2]):02d}"
            break
        self._times[s] = value
        return value
