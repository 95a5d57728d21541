"""What surrounds a count: its sentence, negation, hypothetical frames, quotation marks, a time in the sentence.

A :class:`Context` is built once per document (one pass for sentence ends, one for quotation marks) and answers
per position with bisection, so flags cost almost nothing per count.
"""

from __future__ import annotations

import bisect

import regex

from .lexicon import HYPOTHETICAL_CUES, MONTHS, NEGATION_CUES

__all__ = ["Context"]

# A sentence ends at . ! ? (maybe closed by a quote or bracket) before a space and an upper-case letter, digit or
# opening quote, or at a line break.
_SENTENCE_END = regex.compile(r"[.!?][\"”’)\]]{0,2}[ \t]{1,4}(?=[\"“‘(\[]?[A-Z0-9])|\n")
_QUOTE = regex.compile(r"[\"“”]")
_WORDS = regex.compile(r"[A-Za-z']{1,20}|n't")
_CLAUSE_BREAK = regex.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b")
_MONTH_NAMES = "|".join(sorted((regex.escape(m) for m in MONTHS if not m.endswith(".")), key=len, reverse=True))
_TIME = regex.compile(
    r"(?i:\b(?P<month>" + _MONTH_NAMES + r")\.?[ \t]{1,3}(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3})?)?"
    r"(?<![\d,.$€£])\b(?P<year>1[89]\d\d|20\d\d)\b(?![\d,]|s\b)"
)
_MONTH_NUMBER = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}

#: How far before a count a negation or condition may stand, and after it a condition.
BEFORE = 90
AFTER = 60


class Context:
    """Sentence bounds and quotation state of one document."""

    def __init__(self, text: str) -> None:
        """Index ``text`` once: sentence ends and quotation marks."""
        self.text = text
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._marks: list[int] = []
        self._opens: list[bool] = []
        self._times: dict[int, str | None] = {}
        straight_open = False
        last_para = 0
        for m in _QUOTE.finditer(text):
            ch = m.group()
            para = text.rfind("\n", last_para, m.start())
            if para >= 0:
                straight_open = False
                last_para = para
            if ch == '"':
                straight_open = not straight_open
                self._opens.append(straight_open)
            else:
                self._opens.append(ch == "“")
            self._marks.append(m.start())

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``pos``."""
        i = bisect.bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return start, end

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks of its paragraph."""
        i = bisect.bisect_right(self._marks, pos)
        if i == 0:
            return False
        last = self._marks[i - 1]
        if "\n" in self.text[last:pos]:
            return False
        return self._opens[i - 1]

    def _clause_before(self, start: int) -> str:
        s, _ = self.sentence(start)
        before = self.text[max(s, start - BEFORE):start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        return before[breaks[-1].end():] if breaks else before

    def negated(self, start: int) -> bool:
        """A negation in the clause before the count ("has never sent more than 500 soldiers")."""
        words = _WORDS.findall(self._clause_before(start).lower())
        return any(w in NEGATION_CUES or w.endswith("n't") for w in words)

    def hypothetical(self, start: int, end: int) -> bool:
        """A modal or conditional around the count in its sentence ("could send up to 5,000")."""
        s, e = self.sentence(start)
        before = self._clause_before(start).lower()
        after = self.text[end:min(e, end + AFTER)].lower()
        return any(w in HYPOTHETICAL_CUES for w in _WORDS.findall(before)) or any(
            w in HYPOTHETICAL_CUES for w in _WORDS.findall(after))

    def time(self, start: int, skip: tuple[int, int]) -> str | None:
        """The value of a year (with month and day when given) written in the count's sentence, or None."""
        s, e = self.sentence(start)
        if s in self._times:
            return self._times[s]
        value: str | None = None
        for m in _TIME.finditer(self.text, s, e):
            if skip[0] <= m.start("year") < skip[1]:
                continue
            value = m["year"]
            if m["month"]:
                month = _MONTH_NUMBER.get(m["month"].lower().rstrip(".")[:3] if len(m["month"]) > 3
                                          else m["month"].lower())
                if month is None:
                    month = _MONTH_NUMBER.get(m["month"].lower())
                if month:
                    value += f"-{month:02d}"
                    if m["day"] and 1 <= int(m["day"]) <= 31:
                        value += f"-{int(m['day']):02d}"
            break
        self._times[s] = value
        return value
