"""What the attribution layouts share: quotation-mark classes, clause patterns, candidates and the sentence view."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from .lexicon import ADJECTIVE_PARTICIPLES, INFINITIVE_PARTICIPLES, PARTICIPLE_OBJECT_OPENERS, PARTICIPLE_STOPS
from .marks import QuoteSpan
from .sentences import END, START, TEXT, Sentence, Token, tokenize

OPENING_MARKS: Final = frozenset({"“", "„", "«", "\"", "''", "‘"})
CLOSING_MARKS: Final = frozenset({"”", "»", "\"", "''", "’", "'"})
# What makes a content direct, as the corpus convention has it: a double quotation mark (not doubled apostrophes).
QUOTE_MARK_CHARS = "\"“”«»„"
QUOTE_MARK = re.compile("[" + QUOTE_MARK_CHARS + "]")
# A class first (then the second apostrophe of '') so that searches skip straight to the marks.
ANY_MARK = re.compile("[\"“”«»„'](?:(?<!')|')")
FINAL_PUNCT = frozenset({".", "!", "?", "…", ";"})
# A later clause with its own cue ends the content: "; ...", ", adding that ...", ", according to ...", "... but
# saying ...". The punctuation and the "but" are looked for by two patterns (see ``clause_stop``): one that opens with
# a class of the two marks, which lets the engine skip straight to them, and one that opens with the literal word;
# a single pattern would have to be tried at every space.
# A participle that is as often an adjective ("long and challenging") stops only before a content or an object (and
# one of ``INFINITIVE_PARTICIPLES`` before an infinitive too).
_OBJECT_AHEAD = r"(?=\s{1,3}(?:(?:" + "|".join(sorted(PARTICIPLE_OBJECT_OPENERS)) + r")\b|[“‘\"A-Z]))"
_INFINITIVE_AHEAD = r"(?=\s{1,3}(?:to\b|(?:" + "|".join(sorted(PARTICIPLE_OBJECT_OPENERS)) + r")\b|[“‘\"A-Z]))"
#: The participles that end a content, as one group: ``(?:adding|saying|...)\b`` with lookaheads for the gated ones.
STOP_WORDS = ("(?:(?:" + "|".join(sorted(PARTICIPLE_STOPS - ADJECTIVE_PARTICIPLES)) + r")\b"
              + "|(?:" + "|".join(sorted(ADJECTIVE_PARTICIPLES - INFINITIVE_PARTICIPLES)) + r")\b" + _OBJECT_AHEAD
              + "|(?:" + "|".join(sorted(ADJECTIVE_PARTICIPLES & INFINITIVE_PARTICIPLES)) + r")\b" + _INFINITIVE_AHEAD
              + ")")
_STOPS = STOP_WORDS
# A comma inside a closing double mark ('... the plan,” adding that ...') stops the clause after the mark.
_PUNCT_STOP: Final = re.compile(r"[;,”\"](?:(?<=;)|(?<=,)\s{1,3}" + _STOPS + r"|(?<=,[”\"])\s{1,3}" + _STOPS + ")")
# "... but saying ...", "... and questioning ...": a participle of speech joined by "but" or "and" reports anew. Each
# pattern opens with its literal word, which the engine finds far faster than a class of first letters.
_BUT_STOP: Final = re.compile(r"but(?<=\sbut)\s{1,3}" + _STOPS)
_AND_STOP: Final = re.compile(r"and(?<=\sand)\s{1,3}" + _STOPS)
POSSESSIVE_ENDINGS: Final = ("’s", "'s")
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "“", "”", "\"", "''"})
SOURCE_ENDS = frozenset({",", ";", ":", "(", ")", "“", "”", "\"", "''", "—", "–", "?", "!"})
TRIM = re.compile(r"[\s,:;—–-]")


def clause_stop(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first clause stop in ``text[start:end]``, or None.

    A clause stop is a semicolon, a comma (or a comma and a closing double mark) before a participle cue
    (", adding", ",” adding"), or a space, "but" or "and" and such a cue (" but saying", " and questioning"): the
    first match of ``;|(?:,[”"]?|\\sbut|\\sand)\\s{1,3}(?:adding|saying|...)\\b`` in the span (after the mark).
    """
    punct = _PUNCT_STOP.search(text, start, end)
    # A "but" or "and" stop lies wholly before a comma or semicolon found after its start (it holds neither), so the
    # searches for it may stop there; its space comes first, at ``start`` at the earliest. Each search starts at the
    # first occurrence of its word (``str.find``, cheaper than a pattern search that finds nothing), and is not run
    # without one: a match opens with the word, and its lookbehind sees the text before the search's start.
    if start + 1 < end:
        limit = end if punct is None else punct.start()
        at = text.find("but", start + 1, limit)
        but = _BUT_STOP.search(text, at, limit) if at >= 0 else None
        limit = limit if but is None else but.start()
        at = text.find("and", start + 1, limit)
        conj = _AND_STOP.search(text, at, limit) if at >= 0 else None
        if conj is not None:
            return conj.start() - 1, conj.end()
        if but is not None:
            return but.start() - 1, but.end()
    if punct is None:
        return None
    # A stop found at a closing mark keeps the mark in the clause before it.
    return (punct.start() + 1, punct.end()) if text[punct.start()] in "”\"" else punct.span()


class Candidate:
    """An attribution before speaker resolution: content parts, cue and source offsets, and the source's tokens.

    ``antecedent`` holds the phrase a relative source ("who", "which") stands for.

    A plain class with its own ``__init__`` (not an attrs or data class): compiled with mypyc it is a native class
    whose fields are read and set without a dictionary look-up, and interpreted it costs what a slotted attrs class
    costs.
    """

    __slots__ = ("antecedent", "cue", "cue_class", "nominal", "paragraph", "parts", "series", "source", "source_tokens",
                 "strong")

    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    cue_class: str | None
    source: tuple[int, int] | None
    source_tokens: list[Token]
    antecedent: list[Token]
    paragraph: int
    strong: bool  # a core reporting cue ("said", "told", "according to")
    nominal: bool  # a noun cue ("her claim that ..."): nests freely inside other attributions
    series: bool  # a verb phrase in a comma series of the previous attribution's subject

    def __init__(self, parts: list[tuple[int, int]], cue: tuple[int, int] | None, cue_class: str | None,
                 source: tuple[int, int] | None, source_tokens: list[Token] | None = None,
                 antecedent: list[Token] | None = None, paragraph: int = 0, strong: bool = False,
                 nominal: bool = False, series: bool = False) -> None:
        self.parts = parts
        self.cue = cue
        self.cue_class = cue_class
        self.source = source
        self.source_tokens = [] if source_tokens is None else source_tokens
        self.antecedent = [] if antecedent is None else antecedent
        self.paragraph = paragraph
        self.strong = strong
        self.nominal = nominal
        self.series = series

    def __repr__(self) -> str:
        return (f"Candidate(parts={self.parts!r}, cue={self.cue!r}, cue_class={self.cue_class!r}, "
                f"source={self.source!r}, paragraph={self.paragraph!r}, strong={self.strong!r}, "
                f"nominal={self.nominal!r}, series={self.series!r})")


class SentenceView:
    """A sentence being read: the tokens of a window around its cues and the quotations around it.

    ``before`` and ``after`` cut contents on the characters, so the window need not cover the whole sentence.
    A plain class with its own ``__init__``, as ``Candidate`` is.
    """

    __slots__ = ("_content_end", "_last_stop", "claimed", "end_char", "quote_ends", "quote_starts", "quotes",
                 "sentence", "series_closes", "starts", "text", "tokens", "truncated")

    text: str
    sentence: Sentence
    tokens: list[Token]
    quotes: Sequence[QuoteSpan]
    quote_starts: Sequence[int]
    claimed: int  # offset before which content is already taken by an earlier attribution
    truncated: bool  # the tokens start after the sentence start (only a window around the cues is read)
    end_char: int  # where the sentence's content ends: its end without final punctuation
    starts: list[int]  # the tokens' start offsets, when the tokeniser gave them
    quote_ends: frozenset[int] | None  # the quotations' ends (computed from ``quotes`` when not given)
    _content_end: int  # ``content_end()``, computed once: the tokens never change
    # The (start, end) offsets of the "..., and <verb>" closes of comma series in the sentence, scanned once by the
    # series rule (``layouts._series_member``) so that a long series stays linear.
    series_closes: list[tuple[int, int]] | None
    # The last clause stop looked for: (start, end, stop). A later search with the same end from a start up to the
    # stop's begins finds the same stop (see ``_clause_stop``), so a run of contents in a long series scans once.
    _last_stop: tuple[int, int, tuple[int, int] | None] | None

    def __init__(self, text: str, sentence: Sentence, tokens: list[Token], quotes: Sequence[QuoteSpan],
                 quote_starts: Sequence[int], claimed: int = 0, truncated: bool = False,
                 starts: list[int] | None = None, quote_ends: frozenset[int] | None = None) -> None:
        self.text = text
        self.sentence = sentence
        self.tokens = tokens
        self.quotes = quotes
        self.quote_starts = quote_starts
        self.claimed = claimed
        self.truncated = truncated
        self.starts = [] if starts is None else starts
        self.series_closes = None
        self._last_stop = None
        end = sentence.end
        if text[sentence.start] in "([" and text[end - 1] in ")]":
            end -= 1  # "(According to X, ...)": a bracketed sentence keeps its brackets out of the content
        while end > sentence.start and text[end - 1] in ".!?…; ":
            end -= 1
        self.end_char = end
        n = len(tokens)
        while n > 0 and tokens[n - 1][START] >= end:
            n -= 1
        self._content_end = n
        self.quote_ends = frozenset(q.end for q in quotes) if quote_ends is None else quote_ends

    def head(self, end: int) -> list[Token]:
        """The tokens of ``text[sentence.start:end]``, as ``tokenize`` gives them.

        They are the window's own when the window opens at the sentence start and ``end`` falls between two of its
        tokens; otherwise the span is tokenised afresh.
        """
        toks = self.tokens
        if not self.truncated:
            k = bisect.bisect_left(self.starts or [t[START] for t in toks], end)
            if k < len(toks) and (k == 0 or toks[k - 1][END] <= end):
                return toks[:k]
        return tokenize(self.text, self.sentence.start, end)

    def quote_ending_at(self, end: int) -> QuoteSpan | None:
        """The double or single quotation that ends at (or one character around) ``end``."""
        ends = self.quote_ends
        if ends is not None and end not in ends and end - 1 not in ends and end + 1 not in ends:
            return None  # most tokens end no quotation: three set look-ups spare the search
        i = bisect.bisect_right(self.quote_starts, end) - 1
        while i >= 0 and self.quotes[i].end >= end - 1:
            if self.quotes[i].end in (end, end + 1) or self.quotes[i].end == end - 1:
                return self.quotes[i]
            i -= 1
        return None

    def quote_starting_at(self, start: int) -> QuoteSpan | None:
        """The quotation that opens at ``start``."""
        i = bisect.bisect_left(self.quote_starts, start)
        if i < len(self.quotes) and self.quotes[i].start == start:
            return self.quotes[i]
        return None

    def previous_quote(self) -> QuoteSpan | None:
        """A quotation that closes the previous sentence right before this one ("“...?” she asked.")."""
        if self.truncated:
            return None
        start = self.sentence.start
        i = bisect.bisect_left(self.quote_starts, start) - 1
        if i < 0 or self.quotes[i].single:
            return None
        quote = self.quotes[i]
        gap = self.text[quote.end:start]
        return quote if quote.end <= start and not gap.strip() and "\n" not in gap else None

    def next_quote(self) -> QuoteSpan | None:
        """A quotation that opens right after this sentence ends with a colon ("X said:\n\n“...”")."""
        end = self.sentence.end
        if self.text[end - 1:end] != ":":
            return None
        i = bisect.bisect_left(self.quote_starts, end)
        if i >= len(self.quotes) or self.quotes[i].single:
            return None
        quote = self.quotes[i]
        return quote if not self.text[end:quote.start].strip() else None

    def content_end(self) -> int:
        """Token index after the last content token read (final punctuation left out)."""
        return self._content_end

    def before(self, idx: int) -> list[tuple[int, int]]:
        """The content left of token ``idx`` (a comma or closing mark before the attribution)."""
        toks = self.tokens
        end_tok = idx - 1
        if end_tok < 0:
            quote = self.previous_quote()
            return [(quote.start, quote.end)] if quote is not None else []
        if toks[end_tok][TEXT] in (",", "—", "–", "-") and end_tok > 0:
            end_tok -= 1
        end = toks[end_tok][END]
        start = max(self.sentence.start, self.claimed)
        if toks[end_tok][TEXT] in CLOSING_MARKS:
            quote = self.quote_ending_at(end)
            if quote is not None and not quote.single:
                lead = self.text[start:quote.start]
                # A colon ends what leads into the quotation ("X declared: “...,” she said").
                if quote.start < start or ":" in lead:
                    start = quote.start
            elif quote is not None and self.sentence.start <= quote.start < start:
                # "‘We expect,’ he said": a cue inside a single-marked quotation claims none of it.
                start = quote.start
        while start < end and self.text[start].isspace():
            start += 1
        return [(start, end)] if end > start else []

    def _clause_stop(self, start: int, end: int) -> tuple[int, int] | None:
        """``clause_stop(text, start, end)``, reusing the last search when it holds.

        Whether a stop pattern matches at a place does not depend on where the search starts (a lookbehind sees the
        text before the start), so a search from a later start finds a subset of the matches from an earlier one:
        none when there were none, and the same first stop when the new start is before it (each of its searches
        then meets the same first match). A long comma series, whose members each
        read their content to the sentence end, thus scans the sentence once instead of once a member."""
        last = self._last_stop
        if last is not None and last[1] == end and last[0] <= start \
                and (last[2] is None or start < last[2][0]):
            return last[2]
        stop = clause_stop(self.text, start, end)
        self._last_stop = (start, end, stop)
        return stop

    def after(self, idx: int) -> list[tuple[int, int]]:
        """The content from token ``idx`` to the clause end."""
        toks = self.tokens
        n = self.content_end()
        while idx < n and toks[idx][TEXT] in (":", ",", "—", "–"):
            idx += 1
        if idx >= n:
            return []
        start = toks[idx][START]
        quote = self.quote_starting_at(start)
        if quote is not None and not quote.single and quote.end >= self.end_char - 1:
            # "X said: “...”" — the quotation is the content when only punctuation follows it.
            return [(start, quote.end)]
        end = self.end_char
        stop = self._clause_stop(start, end)
        if stop is not None and self.text[start:stop[0]].lower() in ("that", "that,"):
            # "reported that, according to its count, ...": a parenthesis right after "that" does not end the clause.
            close = self.text.find(",", stop[1], end)
            if close != -1:
                stop = self._clause_stop(close + 1, end)
        if stop is not None:
            end = stop[0]
        while end > start and self.text[end - 1] in ", ":
            end -= 1
        return [(start, end)] if end > start else []
