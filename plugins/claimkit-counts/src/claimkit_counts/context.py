"""What surrounds a count: its sentence, negation, hypothetical frames, quotation marks, a time in the sentence.

A :class:`Context` wraps one document: the sentence ends at ".", "!" and "?" are indexed in one pass on first use
(then found by bisection) and the line breaks, which also end sentences, are searched around each count;
quotation marks are counted back to the paragraph start, and the words of a count's clause are split once for all
its flags.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from .lexicon import (
    HYPOTHETICAL_CUES,
    HYPOTHETICAL_NOUNS,
    MONTH_MAY_BEFORE,
    MONTHS,
    NEGATION_CUES,
    REPORTED_FUTURE_VERBS,
    STOPWORDS,
)

__all__ = ["Context"]

# A sentence ends at . ! ? (maybe closed by a quote or bracket) before a space and an upper-case letter, digit or
# opening quote, or at a line break.
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’)\]]{0,2}[ \t]{1,4}(?=[\"“‘(\[]?[A-Z0-9]))")
# The same ends found one stop character at a time: a pattern that begins with one literal character is scanned
# for it by a tight loop in C, several times faster than testing a character class at every position. The matches
# cannot overlap (after its first character a match holds only quotes, brackets and spaces), so the union of the
# scans (``str.find`` for the rarer stops), sorted, is exactly what ``_SENTENCE_END`` finds; a line break
# always ends a sentence.
_STOP_TAIL: Final = r"[\"”’)\]]{0,2}[ \t]{1,4}(?=[\"“‘(\[]?[A-Z0-9])"
_FULL_STOP: Final = re.compile(r"\." + _STOP_TAIL)
_OTHER_STOPS: Final = tuple((ch, re.compile(re.escape(ch) + _STOP_TAIL)) for ch in "!?")


def sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` end (the ends of ``_SENTENCE_END`` matches), in order."""
    return _ends_and_breaks(text)[0]


def _ends_and_breaks(text: str) -> tuple[list[int], list[int]]:
    """The sentence ends of ``text`` and, among them, the ends of its line breaks (each one past a "\\n")."""
    ends = _stop_ends(text)
    breaks = []
    if "\n" in text:
        # the positions after each line break, found by ``str.find`` (a C search per line, no match objects)
        find = text.find
        at = find("\n")
        while at >= 0:
            at += 1
            breaks.append(at)
            at = find("\n", at)
    ends += breaks
    ends.sort()
    return ends, breaks


def _stop_ends(text: str) -> list[int]:
    """The sentence ends of ``text`` at ".", "!" and "?" (not at line breaks), in order."""
    ends = [m.end() for m in _FULL_STOP.finditer(text)]
    find = text.find
    for ch, pattern in _OTHER_STOPS:
        # "!" and "?" are rare: each is found by ``str.find`` (memchr) and the pattern tried there, which finds what
        # a scan finds, since no match holds a second stop character
        at = find(ch)
        while at >= 0:
            m = pattern.match(text, at)
            if m is not None:
                ends.append(m.end())
            at = find(ch, at + 1)
    if len(ends) > 1:
        ends.sort()
    return ends
_PUNCT_CHARS: Final = ",.;:!?\"“”‘’()[]"
# The words of a lower-cased window with that punctuation dropped: the maximal runs of characters that are neither
# white space (``\s`` is ``str.split``'s white space) nor punctuation. One C call; ``str.translate`` with a table
# falls off its fast path on any non-ASCII window (curly quotes) and is several times slower there.
_WORDS: Final = re.compile(r"[^\s" + re.escape(_PUNCT_CHARS) + r"]+")
# The bytes of an ASCII window with the punctuation of ``_PUNCT_CHARS`` made a space (see :func:`_words`).
_ASCII_PUNCT_TO_SPACE: Final = bytes(32 if chr(c) in _PUNCT_CHARS else c for c in range(256))
# The punctuation of ``_PUNCT_CHARS`` outside ASCII (curly quotes).
_CURLY_PUNCT: Final = tuple(c for c in _PUNCT_CHARS if not c.isascii())
# A cheap test that the windows of a count hold no cue. In a byte copy (every character outside ASCII one "?",
# upper case lowered, the punctuation of ``_PUNCT_CHARS`` and every ASCII white space made a space) a word that
# ``_WORDS`` reads and that equals a cue once lower-cased is a word of ``bytes.split`` too: a cue is ASCII letters,
# and the only characters outside ASCII whose lower case is an ASCII letter ("K", the Kelvin sign; the "i" of "İ",
# which comes with a combining dot) turn into "?" where no cue can hold them. The copy only adds word breaks, so a
# window whose copy has no cue among its words has none among its own.
# "May" as a word, and a day or a year after it ("May 3", "May 2030"): see ``Context._month_may``.
_MAY: Final = re.compile(r"\b[Mm][Aa][Yy]\b")
_DAY_OR_YEAR: Final = re.compile(r"[ \t]{1,3}\d")
_CUE_BYTES: Final = frozenset(c.encode() for c in NEGATION_CUES | HYPOTHETICAL_CUES)
_CUE_TABLE: Final = bytes(
    c + 32 if 65 <= c <= 90 else 32 if chr(c).isspace() or chr(c) in _PUNCT_CHARS else c for c in range(128)
) + bytes(range(128, 256))


# A character after which no word goes on: a count that ends before one (or at the end of the text, where the slice
# there is empty) does not end inside a word.
_WORD_BREAKS: Final = frozenset({"", " ", ",", ".", "\n"})


def _words(window: str) -> list[str]:
    """The words of ``window`` as ``_WORDS.findall`` reads them.

    The pattern tests its class at every character, which costs several times more than a few C passes: in an
    ASCII window (the common case, also once its curly quotes, which part words as a space does, are spaces) the
    punctuation of ``_PUNCT_CHARS`` becomes a space in a byte copy (a table look-up per byte; ``str.translate``
    would look each character up in a dict) and ``str.split`` splits the text back at white space, which is the
    ``\\s`` of the pattern (``str.isspace``)."""
    if not window.isascii():
        # (curly quotes are the usual characters outside ASCII in a window)
        for ch in _CURLY_PUNCT:
            if ch in window:
                window = window.replace(ch, " ")
        if not window.isascii():
            return _WORDS.findall(window)
    return window.encode("ascii").translate(_ASCII_PUNCT_TO_SPACE).decode("ascii").split()


def _inside_word(text: str, at: int) -> bool:
    """Whether ``at`` falls between two characters of one word (as ``_WORDS`` reads words)."""
    if at <= 0 or at >= len(text):
        return False
    a = text[at - 1]
    b = text[at]
    return not (a.isspace() or a in _PUNCT_CHARS or b.isspace() or b in _PUNCT_CHARS)


_MONTH_NAMES: Final = "|".join(sorted((re.escape(m) for m in MONTHS if not m.endswith(".")), key=len, reverse=True))
# (a comma after the year is refused only before a digit: "In 2025, 3,100 people applied" is dated)
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d(?!\d|,\d|s\b)")
_MONTH_DAY_BEFORE: Final = re.compile(
    r"(?i:\b(" + _MONTH_NAMES + r")\.?[ \t]{1,3}(?:(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3})?)$"
)
_MONTH_NUMBER: Final = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}

# The cues that frame a count from after it (see ``HYPOTHETICAL_NOUNS``).
_HYPOTHETICAL_AFTER: Final = HYPOTHETICAL_CUES - HYPOTHETICAL_NOUNS
# A list of counts around a comma: a count (and its noun) before it, and after it at most one more item and "and",
# "or" or "nor" before the count (the window is lower case).
_LIST_ITEM_BEFORE: Final = re.compile(r"\d(?:[ \t]{1,3}[a-z]{1,20})?[ \t]{0,3}$")
_LIST_ITEM_AFTER: Final = re.compile(
    r"[ \t]{0,3}(?:[\d.,]{1,20}(?:[ \t]{1,3}[a-z]{1,20})?[ \t]{1,3})?(?:(?:and|or|nor)[ \t]{1,3})?$"
)

#: How far before a count a negation or condition may stand, and after it a condition.
BEFORE: Final = 90
AFTER: Final = 60
#: How far back a paragraph's quotation marks are counted.
QUOTE_REACH: Final = 2000


class Context:
    """Sentence bounds and quotation state of one document, computed around each position on demand."""

    def __init__(self, text: str, lower: str | None = None, digit_runs: list[int] | None = None,
                 letters: bytes | None = None) -> None:
        """Wrap ``text`` (and its lower-cased copy of equal length, when the caller has one; without it, the few
        characters around each count are lower-cased when asked about, which is cheaper than the whole text).

        ``digit_runs``, when given, are the starts, in order, of the runs of ASCII digits in ``text`` (the scan for
        counts found them; runs that also hold vulgar fractions are fine): a year is then looked for only where one
        begins, instead of at every character of the sentence (see :meth:`_time`).

        ``letters``, when given, is the scan's letters-only copy of ``text`` (one byte per character, ASCII letters
        lower-cased, every other character a space) with one space put before it, so ``letters[i + 1]`` stands for
        ``text[i]``: the cue test reads its words instead of encoding each count's windows."""
        self.text = text
        self._letters = letters if letters is not None and len(letters) == len(text) + 1 else None
        self.lower = lower if lower is not None and len(lower) == len(text) else None
        self._digit_runs = digit_runs
        self._times: dict[int, str | None] = {}
        # the sentence ends at ".", "!" and "?", indexed on the first question; the ends at line breaks are found
        # around each position asked about (a search back and one ahead), which costs less than listing every line
        # break of a document that holds a few counts
        self._ends: list[int] | None = None
        # the sentence last asked about: a sentence is the stretch between two consecutive ends, so every position
        # inside it has that same answer (counts come in order, several to a sentence)
        self._last_start = 0
        self._last_end = -1
        # the quotation marks of the paragraph of the last count that :meth:`flags` read: its start, how far they
        # were read, the parity of the straight double quotes and the last opening and closing curly ones (-1: none)
        self._quote_para = -1
        self._quote_at = 0
        self._quote_odd = 0
        self._quote_open = -1
        self._quote_close = -1

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``pos``: the last sentence end at or before it and the first
        after it (as a bisection of all the ends of :func:`sentence_ends` finds them)."""
        if self._last_start <= pos < self._last_end:
            return self._last_start, self._last_end
        ends = self._ends
        if ends is None:
            ends = self._ends = _stop_ends(self.text)
        text = self.text
        i = bisect.bisect_right(ends, pos)
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(text)
        # a line break at ``b`` ends a sentence at ``b + 1``: the last one at or before ``pos`` and the first after it
        b = text.rfind("\n", start, pos)
        if b >= 0:
            start = b + 1
        b = text.find("\n", pos, end)
        if b >= 0:
            end = b + 1
        self._last_start = start
        self._last_end = end
        return start, end

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks of its paragraph, read afresh: the reference for the reading
        that :meth:`flags` carries on from one count to the next (the tests hold the two together)."""
        text = self.text
        para = max(text.rfind("\n", max(0, pos - QUOTE_REACH), pos) + 1, pos - QUOTE_REACH, 0)
        if text.count('"', para, pos) % 2 == 1:
            return True
        return text.rfind("“", para, pos) > text.rfind("”", para, pos)

    def flags(self, start: int, end: int) -> tuple[bool, bool, bool, str | None]:
        """(negated, hypothetical, quoted, time) for the count at ``start``-``end``.

        Negated: a negation in the clause before the count ("has never deployed over 500 sailors").
        Hypothetical: a modal or conditional in that clause or after the count up to a comma ("could send up to
        5,000", "up to 5,000 reservists might be called up"). The clause starts after ";", "but", "while", "however" or
        "whereas", at most ``BEFORE`` characters back.
        """
        # runs once per count: the word splits stay in C
        text = self.text
        # (the sentence of the count before, when it holds this one too: :meth:`sentence`'s first test, inline)
        s = self._last_start
        e = self._last_end
        if not s <= start < e:
            s, e = self.sentence(start)
        ws = s if s > start - BEFORE else start - BEFORE
        we = e if e < end + AFTER else end + AFTER
        # most counts have no cue near them: a cheap test over both windows at once (see ``_CUE_TABLE``) spares them
        # the reading of their words; a word the count's own edges cut sends a count to that reading
        letters = self._letters
        if letters is not None and text.find("'", ws, we) < 0:
            # without an apostrophe ("n't") the words of the letters-only copy serve: every word of the byte copy
            # that equals a cue (ASCII letters) stands between non-letters, so it is a word of this copy too (which
            # may only find more: "no-one" holds "no"; those counts get the full reading, which decides)
            no_cue = _CUE_BYTES.isdisjoint(letters[ws + 1:we + 1].split())
        else:
            # (``bytes.find``, not ``in``: ``in`` first tries its operand as an integer, raising and clearing an error)
            chunk = text[ws:we].encode("ascii", "replace").translate(_CUE_TABLE)
            no_cue = chunk.find(b"n't") < 0 and _CUE_BYTES.isdisjoint(chunk.split())
        if no_cue and (
                # (``_inside_word`` of both edges, inline; a count mostly starts after a space and ends before one)
                start <= 0 or text[start - 1] == " " or not _inside_word(text, start)) and (
                text[end:end + 1] in _WORD_BREAKS or not _inside_word(text, end)):
            negated = hypothetical = False
        else:
            negated, hypothetical = self._cues(ws, start, end, we)
        times = self._times
        time = times[s] if s in times else self._time(s, e, start, end)
        # quoted, as in :meth:`quoted` (inline: this runs once per count)
        reach = start - QUOTE_REACH if start > QUOTE_REACH else 0
        # the paragraph starts after the last line break before the count, at most ``QUOTE_REACH`` back
        para = text.rfind("\n", reach, start) + 1
        if para < reach:
            para = reach
        # The marks of ``para``-``start``: the parity of its straight double quotes and its last opening and closing
        # curly ones. Counts come in order, so a count in the paragraph of the one before only reads the marks
        # between the two and adds them to those it had (the last mark of a stretch is that of its later part when
        # there is one there).
        at = self._quote_at
        if para == self._quote_para and at <= start:
            # (``str.count`` tests every character, where ``str.find`` runs to the first mark by ``memchr``: most
            # stretches hold no straight quote, and when one does the count starts at it)
            first = text.find('"', at, start)
            odd = self._quote_odd if first < 0 else self._quote_odd ^ (text.count('"', first, start) & 1)
            opening = text.rfind("“", at, start)
            if opening < 0:
                opening = self._quote_open
            closing = text.rfind("”", at, start)
            if closing < 0:
                closing = self._quote_close
        else:
            first = text.find('"', para, start)
            odd = 0 if first < 0 else text.count('"', first, start) & 1
            opening = text.rfind("“", para, start)
            closing = text.rfind("”", para, start)
        self._quote_para = para
        self._quote_at = start
        self._quote_odd = odd
        self._quote_open = opening
        self._quote_close = closing
        return negated, hypothetical, odd == 1 or opening > closing, time

    def _cues(self, ws: int, start: int, end: int, we: int) -> tuple[bool, bool]:
        """(negated, hypothetical) read from the words of the windows ``ws``-``start`` and ``end``-``we``."""
        lower = self.lower
        window = lower[ws:start] if lower is not None else self.text[ws:start].lower()
        cut = max(window.rfind(";"), window.rfind(" but "), window.rfind(" while "), window.rfind(" however"),
                  window.rfind(" whereas "))
        if cut >= 0:
            window = window[cut + 1:]
        before = _words(window)
        negated = "n't" in window or not NEGATION_CUES.isdisjoint(before)
        if negated:
            # a negation in a clause closed by a comma before the count does not reach it ("Although no one was
            # hurt, 30 homes were damaged"; "The firm, which did not comment, laid off 120 workers")
            comma = window.rfind(",")
            if comma >= 0:
                clause = window[comma + 1:]
                # (not in a list of counts: "will not take 3,000, 5,000 or 9,000 migrants", "has not sent
                # 300 troops, 200 tanks or 40 jets")
                if not (_LIST_ITEM_AFTER.match(clause) and _LIST_ITEM_BEFORE.search(window, 0, comma)):
                    negated = "n't" in clause or not NEGATION_CUES.isdisjoint(_words(clause))
        hypothetical = not HYPOTHETICAL_CUES.isdisjoint(before) and not _reported_future(before) \
            and not self._month_may(before, start - len(window), start)
        if not hypothetical:
            after = lower[end:we] if lower is not None else self.text[end:we].lower()
            stop = after.find(",")
            semi = after.find(";")
            if stop < 0 or 0 <= semi < stop:
                stop = semi
            if stop >= 0:
                after = after[:stop]
            words = _words(after)
            hypothetical = (not _HYPOTHETICAL_AFTER.isdisjoint(words) and not self._month_may(
                words, end, end + len(after))) or _frames_from_after(words)
        return negated, hypothetical

    def _month_may(self, words: list[str], lo: int, hi: int) -> bool:
        """Whether the only hypothetical cue among ``words`` (the lower-cased words of ``text[lo:hi]``) is the month
        "May": every "may" of the window follows a preposition or a word of time ("have crossed since May", "in
        early May") or comes before a day or a year ("May 3"); any other is the verb ("Firm May Hire 300")."""
        if "may" not in words or not HYPOTHETICAL_CUES.isdisjoint(w for w in words if w != "may"):
            return False
        text = self.text
        for m in _MAY.finditer(text, lo, hi):
            before = text[max(lo, m.start() - 12):m.start()].split()
            if not ((before and before[-1].lower() in MONTH_MAY_BEFORE) or _DAY_OR_YEAR.match(text, m.end(), hi)):
                return False
        return True

    def time(self, start: int, skip: tuple[int, int]) -> str | None:
        """The value of a year (with month and day when given) written in the count's sentence, or None."""
        s, e = self.sentence(start)
        if s in self._times:
            return self._times[s]
        return self._time(s, e, skip[0], skip[1])

    def _time(self, s: int, e: int, skip_start: int, skip_end: int) -> str | None:
        """The year of sentence ``s``-``e`` (skipping the count's own digits), remembered for the sentence.

        The first match of ``_YEAR`` in the sentence that :meth:`_is_sentence_year` accepts. Without digit runs,
        every match is tried. With them, only the matches at the start of a run: a match after a letter or digit is
        refused, and every match elsewhere is one (it starts with an ASCII digit, so the character before it is a
        digit of the run or a non-ASCII digit or vulgar fraction, all of them alphanumeric); and no match that
        ``finditer`` skips hides one at a run start (such a match would end before a digit, which ``_YEAR``
        refuses)."""
        value: str | None = None
        text = self.text
        runs = self._digit_runs
        if runs is None:
            for m in _YEAR.finditer(text, s, e):
                if self._is_sentence_year(m, skip_start, skip_end):
                    value = self._year_value(m, s)
                    break
        else:
            # (a loop, not a generator: resuming one per match costs more than its body)
            match = _YEAR.match
            for i in range(bisect.bisect_left(runs, s), len(runs)):
                r = runs[i]
                if r >= e:
                    break
                if text[r] in "12":
                    at_run = match(text, r, e)
                    if at_run is not None and self._is_sentence_year(at_run, skip_start, skip_end):
                        value = self._year_value(at_run, s)
                        break
        self._times[s] = value
        return value

    def _is_sentence_year(self, m: re.Match[str], skip_start: int, skip_end: int) -> bool:
        """Whether the year ``m`` may date its sentence: not the count's own digits, nor glued to a word, a number
        or a sign ("$2019", "12019")."""
        at = m.start()
        return not (skip_start <= at < skip_end or (at > 0 and (self.text[at - 1].isalnum() or
                                                                self.text[at - 1] in ",.$€£")))

    def _year_value(self, m: re.Match[str], s: int) -> str:
        """The year ``m`` with the month and day written before it in sentence ``s``, as "YYYY[-MM[-DD]]"."""
        value = m.group()
        md = _MONTH_DAY_BEFORE.search(self.text, max(s, m.start() - 20), m.start())
        if md:
            month = _MONTH_NUMBER.get(md[1].lower()[:3]) or _MONTH_NUMBER.get(md[1].lower())
            if month:
                value += f"-{month:02d}"
                if md[2] and 1 <= int(md[2]) <= 31:
                    value += f"-{int(md[2]):02d}"
        return value


def _frames_from_after(words: list[str]) -> bool:
    """Whether a noun of ``HYPOTHETICAL_NOUNS`` ends the count's own noun phrase after it ("a $275 billion
    infrastructure proposal", "a five-year plan"), not as the counted noun itself ("two options") nor after a verb or a
    function word ("60 percent oppose the plan")."""
    for i, word in enumerate(words[:4]):
        if word in HYPOTHETICAL_NOUNS:
            return i > 0
        if word in STOPWORDS or (len(word) > 4 and word.endswith("ed")):
            return False
    return False


def _reported_future(words: list[str]) -> bool:
    """Whether the only hypothetical cue in ``words`` is a "would" after a reporting verb in the past: the reported
    "will" ("officials said the plan would cost $5 million"), which states an expected count, not a supposed one."""
    if "would" not in words:
        return False  # (the loop below would find no "would": one C search instead)
    seen_report = False
    would = False
    for word in words:
        if word in REPORTED_FUTURE_VERBS:
            seen_report = True
        elif word == "would":
            if not seen_report:
                return False
            would = True
        elif word in HYPOTHETICAL_CUES:
            return False
    return would
