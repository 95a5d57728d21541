"""Paragraphs, sentences and tokens by cheap scans.

Sentence ends are found by one bounded pattern over the text; a candidate end is rejected after an abbreviation
("Mr.", "U.S."), before a lowercase word, or inside a quotation (a quoted passage of several sentences stays in the
sentence that attributes it). Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import accumulate
from types import FunctionType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from .lexicon import ABBREVIATIONS
from .marks import QuoteSpan, char_positions

if TYPE_CHECKING:
    # A native 64-bit int when compiled (arithmetic and comparisons without the checks of an arbitrary-size int); a
    # plain int when interpreted, where the name is never looked up (annotations are not evaluated).
    from mypy_extensions import i64

# A lowercase word after the mark is no sentence start: the pattern leaves those out at once. It opens with one
# character class (a newline or a mark), which lets the engine skip straight to the candidates instead of trying
# two alternatives at every offset; a lookbehind then tells which of the two was read.
# A third alternative reads an end with no space after it ("... was fair.Berg said", "... she said.“We ..."): a mark
# after a lowercase word, then a capitalised word, maybe behind an opening quotation mark.
_END = re.compile(r"[\n.!?…](?:(?<=\n)|(?<=[.!?…])[.!?…]{0,3}[\"”’'»)\]]{0,3}(?=[ \t\u00a0]{1,4}[^a-z \t\u00a0]|\s*$)"
                  r"|(?<=[a-z]{2}[.!?])[\"”’'»)\]]{0,2}(?=[“\"‘]?[A-Z][a-z]))")
_END_CHARS = "\n.!?…"
# A question or exclamation closing a quotation, followed by its attribution ("“Why me?” Anna Berg said."): the
# attribution belongs to the quotation's sentence.
_ASKED_QUOTE = re.compile(r"[?!][\"”’'»]")
_NAME_SAID = re.compile(r"(?:[A-Z][\w.’'\-]{0,30}[ \t\u00a0]{1,3}){1,5}(?:said|says|asked|asks|added|adds|told|"
                        r"tells|wrote|writes|replied|replies|continued|shouted|yelled|explained|recalled|insisted)\b")
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_TOKEN = re.compile(r"\w+(?:['’.\-]\w+){0,6}|''|[^\w\s]")
# Every character that is not a space starts a token, so the gaps between tokens are spaces only. For splitting,
# ``_TOKEN`` is written with that first character read by one class (``\S``), which lets the engine skip straight to
# it; lookbehinds then tell a word (which goes on as ``_TOKEN``'s word does) from a doubled apostrophe and from a
# lone mark. The word's quantifiers are possessive (nothing follows them in the pattern, so giving characters back
# could never help a match): the engine then keeps no backtracking state for them, a tenth fewer instructions.
_TOKEN_SPLIT = re.compile(r"(\S(?:(?<=\w)\w*+(?:['’.\-]\w++){0,6}+|(?<=')'|))")


class Sentence(NamedTuple):
    """A sentence: ``[start, end)`` without surrounding spaces, and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


#: A word or punctuation mark: ``(start, end, text, low)``, its offsets ``[start, end)``, its text and its lower-cased
#: text. A plain tuple, read by the index names below (``token[LOW]``): ``zip`` builds the tuples of a window in C
#: with no constructor call per token, and an index is read without the attribute look-up a named tuple's field
#: costs (the rules read token fields a few hundred thousand times a corpus pass).
Token = tuple[int, int, str, str]
START: Final = 0
END: Final = 1
TEXT: Final = 2
LOW: Final = 3


def is_word(token: Token) -> bool:
    """Whether the token is a word (not punctuation)."""
    return token[TEXT][0].isalnum()


def is_capital(token: Token) -> bool:
    """Whether the token starts with a capital letter or a digit."""
    first = token[TEXT][0]
    return first.isupper() or first.isdigit()


def _inside_quote(pos: int, quotes: Sequence[QuoteSpan], starts: Sequence[int]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].start < pos < quotes[i].end - 1


# What may open an abbreviation's word before it is read ("(Mr.", "“Dr."), and the longest word that may be an
# abbreviation or initials ("a.b.c.d").
_ABBREVIATION_LEAD: Final = "(\"“‘'"
_LONGEST_ABBREVIATION: Final = max(7, *map(len, ABBREVIATIONS))


def _is_abbreviation(text: str, pos: int) -> bool:
    """Whether the period at ``pos`` closes an abbreviation or an initial."""
    space = max(text.rfind(" ", max(0, pos - 12), pos), text.rfind("\n", max(0, pos - 12), pos))
    if pos - space - 1 > _LONGEST_ABBREVIATION and text[space + 1] not in _ABBREVIATION_LEAD:
        # Too long for any of the cases below (lower-casing never shortens a word). Without a space in reach, the
        # word runs from the text start, and lower-casing all of that would cost time in proportion to the text.
        return False
    word = text[space + 1:pos].lstrip(_ABBREVIATION_LEAD).lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if "." in word and _INITIALS.fullmatch(word):
        return True  # run-together initials: "G.K. Berg", "J.R. Reed"
    if word == "no":
        return text[pos + 1:pos + 3].strip()[:1].isdigit()  # "No. 2", not "said no."
    return word in ABBREVIATIONS


def _end_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_END.finditer(text)``, tried only where a newline or a mark stands.

    ``str.find`` locates those characters in C, far faster than a pattern scan over every offset; a match can only
    start at one of them, so trying them in order (past the end of the previous match) gives the same matches. A
    newline (most candidates: every paragraph break) is a match of its own, read without the pattern. A mark right
    before a newline (the end of most paragraphs) is no match unless only spaces follow: the pattern wants a space, a
    tab or a no-break space after the mark, or the end of the text. A list rather than a generator: compiled, a
    generator is an object of its own, resumed at every span.
    """
    spans: list[tuple[int, int]] = []
    resume = 0
    match = _END.match
    last = len(text.rstrip())  # offset after the last character that is not a space
    for pos in char_positions(text, _END_CHARS):
        if pos >= resume:
            if text[pos] == "\n":
                resume = pos + 1
                spans.append((pos, resume))
                continue
            if pos + 1 < last and text[pos + 1] == "\n":
                continue
            m = match(text, pos)
            if m is not None:
                resume = m.end()
                spans.append((pos, resume))
    return spans


def split_sentences(text: str, quotes: Sequence[QuoteSpan]) -> list[Sentence]:
    """Split ``text`` into sentences.

    Args:
        text: the document text.
        quotes: its paired quotations (sentence ends inside them are ignored).

    Returns:
        Non-empty sentences in document order.
    """
    starts = [q.start for q in quotes]
    out: list[Sentence] = []
    append = out.append
    begin, paragraph, n = 0, 0, len(text)

    for pos, end in _end_spans(text):
        if text[pos] == "\n":
            # The sentence before the newline: ``emit`` written out, as this is the commonest end (every paragraph).
            chunk = text[begin:pos]
            body = chunk.strip()
            if body:
                s = begin + len(chunk) - len(chunk.lstrip())
                append(_tuple_new(Sentence, (s, s + len(body), paragraph)))
            begin = end
            # Blank lines between paragraphs count once.
            if text[begin:begin + 1] != "\n":
                paragraph += 1
            continue
        nxt = end
        while nxt < n and text[nxt] in " \t\u00a0":
            nxt += 1
        if nxt < n and (text[nxt].islower() or text[nxt] in "—–―"):
            continue  # "... and so on. the" is no sentence start; "“...” — Anna Berg" attributes the quote
        if text[pos] == "." and end == pos + 1 and _is_abbreviation(text, pos):
            continue
        if _inside_quote(end - 1, quotes, starts):
            continue
        if _ASKED_QUOTE.match(text, pos) and _NAME_SAID.match(text, nxt, min(n, nxt + 200)):
            continue
        _emit(out, text, begin, end, paragraph)
        begin = end
    _emit(out, text, begin, n, paragraph)
    return out


def _emit(out: list[Sentence], text: str, chunk_start: int, chunk_end: int, paragraph: int) -> None:
    """Add the sentence in ``text[chunk_start:chunk_end]`` without its surrounding spaces to ``out``, if any is left
    (``str.strip`` drops the same characters as ``str.isspace`` tests, in C). A function of its own, not a closure:
    compiled, a closure would keep the caller's variables in an object of their own."""
    chunk = text[chunk_start:chunk_end]
    body = chunk.strip()
    if body:
        s = chunk_start + len(chunk) - len(chunk.lstrip())
        out.append(_tuple_new(Sentence, (s, s + len(body), paragraph)))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` with document offsets."""
    return tokenize_with_starts(text, start, end)[0]


def tokenize_with_starts(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """The tokens of ``text[start:end]`` and their start offsets (for bisecting), both computed in one pass.

    The offsets end with one more: where the span ends (``start + len(text[start:end])``).
    """
    return _scan_tokens(text, start, end) if COMPILED else _split_tokens(text, start, end)


def _split_tokens(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """``tokenize_with_starts`` by a split on ``_TOKEN_SPLIT``: the interpreted module's way."""
    # Splitting on the captured token pattern gives the gaps and tokens in turn ([gap, token, gap, ..., gap]); the
    # running sum of their lengths gives every offset. All of it runs in C: no match object, no call per token.
    start, end = max(0, start), max(0, end)  # as ``finditer`` reads negative offsets
    pieces = _TOKEN_SPLIT.split(text[start:end]) if start or end < len(text) else _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces), initial=start))
    words = pieces[1::2]
    starts = offsets[1::2]
    return list(zip(starts, offsets[2::2], words, map(str.lower, words))), starts


def _is_word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character as the pattern engine reads ``\\w`` (a letter, a digit or ``_``)."""
    c = ord(text[i])
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95
    return text[i].isalnum()


def _scan_tokens(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """``tokenize_with_starts`` by a scan of the characters: the same tokens as ``_TOKEN_SPLIT`` reads.

    Compiled (mypyc), a loop over the characters' code points runs in C with no object per character and is a few
    times faster than the pattern engine's split, which builds every gap and offset as an object; interpreted it is
    far slower, so only the compiled module uses it (see ``COMPILED``). A token is a character that is not a space
    (as ``str.isspace`` reads it), which goes on as a word (letters, digits, ``_``, and up to six joints of an
    apostrophe, a period or a hyphen and more word characters) when it is a word character, and as a doubled
    apostrophe when it is an apostrophe and one follows. A token with no capital letter and nothing beyond ASCII is
    its own lower-cased text (most are: no second string is made). The test for a word character is written out in
    the loop over a word's characters (a call per character costs a tenth of the scan). A token's start is boxed once
    (held as an object) and the same int object goes into its tuple and into ``starts``: compiled, every int put in
    a list or a tuple is otherwise a new object, a quarter of what a token allocates and frees.
    """
    n: i64 = len(text)
    lo: i64 = start
    hi: i64 = end
    if lo < 0:
        lo = 0
    if hi > n:
        hi = n
    toks: list[Any] = []  # of ``Token``; ``Any`` lets a token's boxed start go in as is
    starts: list[Any] = []  # of ints
    i: i64 = lo
    c: i64
    s: i64
    joints: i64
    while i < hi:
        c = ord(text[i])
        if c < 128:
            if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:  # the ASCII spaces of ``str.isspace``
                i += 1
                continue
            word = 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95
            plain = not 65 <= c <= 90
        else:
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            word = ch.isalnum()
            plain = False
        s = i
        i += 1
        if word:
            joints = 0
            while True:
                while i < hi:
                    c = ord(text[i])
                    if c < 128:
                        if 97 <= c <= 122 or 48 <= c <= 57 or c == 95:
                            i += 1
                        elif 65 <= c <= 90:
                            plain = False
                            i += 1
                        else:
                            break
                    elif text[i].isalnum():
                        plain = False
                        i += 1
                    else:
                        break
                if joints == 6 or i + 1 >= hi:
                    break
                c = ord(text[i])
                if (c == 39 or c == 46 or c == 45 or c == 0x2019) and _is_word_char(text, i + 1):  # ' . - ’
                    if c == 0x2019:
                        plain = False
                    i += 1
                    joints += 1
                else:
                    break
        elif c == 39 and i < hi and ord(text[i]) == 39:  # ''
            i += 1
        word_text = text[s:i]
        boxed: object = s
        toks.append((boxed, i, word_text, word_text if plain else word_text.lower()))
        starts.append(boxed)
    starts.append(hi if hi > lo else lo)
    return toks, starts


#: Whether this module runs compiled (mypyc makes its functions built-in functions). The compiled module tokenises by
#: ``_scan_tokens``, the interpreted one by splitting on a pattern; both give the same tokens.
COMPILED: Final = not isinstance(is_word, FunctionType)


# ``tuple.__new__(Sentence, (start, end, paragraph))`` builds a sentence without the named tuple's Python-level
# constructor.
_tuple_new: Final = tuple.__new__
