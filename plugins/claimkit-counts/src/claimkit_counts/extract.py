"""Finding counts in a document: one cheap scan for candidates, then local parsing around each.

For every digit or number word the scan meets, :func:`extract_counts` reads the number (:mod:`.numbers`), throws
away what is not a count (:mod:`.notcounts`), reads operators and ranges around it, the unit or counted noun
after it (:mod:`.units`, :mod:`.nouns`) and its context flags (:mod:`.context`). A last pass joins two-sided
bounds ("more than 12 and fewer than 30") and gives bare numbers the unit they elide ("others said 400").
"""

from __future__ import annotations

import re
from typing import Any, Final

import regex

from claimkit import CountMention

from . import construct, notcounts
from .context import Context
from .lexicon import (
    CAPITALISED_FUNCTION_WORDS,
    CURRENCY_PREFIXES,
    FRACTIONS,
    HEADLINE_VERBS,
    INCLUSIVE,
    INCREASE_VERBS,
    LABEL_WORDS,
    MONTHS,
    ONES,
    PEOPLE_OBJECT_VERBS,
    PREFIX_OPERATORS,
    SCALES,
    STOPWORDS,
    SUFFIX_OPERATORS,
    TENS,
    TIME_ADVERBS,
    TIME_DEICTICS,
    TIME_UNITS,
    VAGUE_AMOUNTS,
    VAGUE_MULTIPLES,
    VULGAR_FRACTIONS,
)
from .nouns import NounPhrase, category_of, people_verb_follows, read_noun_phrase, singular, title_case_at
from .numbers import DIGIT_EXTENDING_WORDS, Number, _new_number, read_number
from .units import currency_before, rate_after, sign_after

__all__ = ["extract_counts"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in sorted(words, key=len, reverse=True))


_NUMBER_WORDS: Final = sorted(
    set(ONES) | set(TENS) | {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                             "billions", "trillion", "trillions", "dozen", "dozens", "lakh", "crore", "half",
                             "quarter", "several", "few", "handful", "couple", "scores", "tens", "minus",
                             "negative"} | {f for f in FRACTIONS if f not in ("half", "halves", "quarter", "quarters")},
    key=len, reverse=True,
)


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, factored by prefix so the engine never backtracks far."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)


# The scan over the text is two scans, both C-speed: digit runs in the text, and number words in a copy of it
# reduced to bytes where every letter is lower-case ASCII and every other character a space.
# ``regex`` scans one plain ASCII range about ten times faster than ``re``, and several times faster than a class
# that also holds the vulgar fractions; those are rare, so a document holding one (found by a few ``str``
# searches) is scanned with the full class, which keeps "2½" one candidate.
_DIGIT_SCAN: Final = regex.compile(r"[0-9]+")
_DIGIT_VULGAR_SCAN: Final = regex.compile(r"[0-9\u00bc-\u00be\u2150-\u215e]+")
_VULGAR_CHARS: Final = tuple(VULGAR_FRACTIONS)
# A number word stands between two non-letters. In the reduced copy (one byte per character: ``str.encode`` with
# "replace" writes one "?" for each non-ASCII character, and ``bytes.translate`` maps the rest by a table) those are
# all spaces, so the pattern starts with a literal space, which ``re`` finds by a fast search instead of testing a
# class at every position; a space put before the copy lets a word at the start of the text match too.
_LETTERS_ONLY: Final = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
# At a space the engine tries the word's first letter against each branch of the trie in turn, and half the spaces
# (another space, "a", "i", "w", "p" ...) open no number word at all: a class of the first letters, tested once,
# turns those away. What follows it is the trie of the words' remainders, whatever their first letter ("new" reads
# as "n" and the "ew" of "few"), so a match is kept only when the whole word is a number word.
# (no capturing group: the engine then keeps no marks at each space it tries)
_NUMBER_WORD_BYTES: Final = frozenset(w.encode() for w in _NUMBER_WORDS)
_WORD_SCAN: Final = re.compile(b" [" + "".join(sorted({w[0] for w in _NUMBER_WORDS})).encode() + b"](?:"
                               + _trie(sorted({w[1:] for w in _NUMBER_WORDS}, key=len, reverse=True)).encode()
                               + b")(?![a-z])")
# The only characters outside A-Z and a-z whose lower case holds an ASCII letter: "İ" lowers to two characters, so a
# text holding one is lowered for the scan only in its ASCII range (see ``extract_counts``), where "İ" stays what it
# is; the Kelvin sign lowers to "k", and a text holding one is scanned in its ``str.lower`` copy.
_KELVIN: Final = "\u212a"
_WORD_SCAN_LOWER: Final = re.compile(r"[^a-z](?=[" + "".join(sorted({w[0] for w in _NUMBER_WORDS})) + r"])("
                                     + _trie(_NUMBER_WORDS) + r")(?![a-z])")
_WORD_AT_START: Final = re.compile(_trie(_NUMBER_WORDS) + r"(?![a-z])")
_ASCII_LOWER: Final = {c: c + 32 for c in range(65, 91)}
_LEAD_WORD: Final = re.compile(r"(?i:\b(?:a|an|minus|negative))[ \t]{1,3}$")
_OP_LAST_WORDS: Final = frozenset(p.split()[-1] for p in PREFIX_OPERATORS if p[0].isalpha()) | frozenset(
    "(" + p.split()[-1] for p in PREFIX_OPERATORS if p[0].isalpha())
_SYMBOL_OPS: Final = sorted((p.replace(" ", "") for p in PREFIX_OPERATORS if not p[0].isalpha()), key=len, reverse=True)
# Another number close ahead: then "or less", "and more" introduce a second bound, not a suffix operator.
_NUMBER_AHEAD: Final = re.compile(
    r"(?:[ \t]{1,3}(?i:than|to|equal|or|and|it)){0,5}[ \t]{1,3}(?:[-−$€£]?\d|(?i:" + "|".join(
        sorted(set(ONES) | set(TENS) | {"a", "an", "half"}, key=len, reverse=True)) + r")\b)"
)
_PERCENT_OF: Final = re.compile(r"(?i:\bper[ -]?cents?|\bpercents?)[ \t]{1,3}of[ \t]{1,3}$")
# Anything after a number that could extend it into a range, a tolerance or a bound; without it those are skipped.
_AFTER_GATE: Final = re.compile(r"[ \t]{0,3}(?:[-–—~+±&]|(?i:to|through|thru|and|or|plus)\b)")
_SHAPE_NEXT: Final = "-/.:apAP"
# (after a space a shape goes on with a digit, "am"/"pm"/"o'clock"/"in the morning" or a capitalised street name)
_SHAPE_AFTER_SPACE: Final = "0123456789apoiABCDEFGHIJKLMNOPQRSTUVWXYZ("
_GLUED_SUFFIX: Final = re.compile(r"-(plus|odd)\b", re.IGNORECASE)
_TOLERANCE: Final = re.compile(r"[ \t]{0,2}(?:\+/-|±|\+-)[ \t]{0,2}")
_SUFFIX_OP: Final = re.compile(r"[ \t]{1,3}(?i:" + _alternation(list(SUFFIX_OPERATORS)) + r")(?![\w])(?![ \t]{0,3}\d)")
_PLUS: Final = re.compile(r"\+(?![\d\w])")
_OR_EQUAL: Final = re.compile(
    r"[ \t]{1,3}(?i:or[ \t]{1,3}equal(?:[ \t]{1,3}to)?)(?![ \t]{0,3}(?:\d|[a-z]+[ \t]{0,3}\d))"
)
_RANGE: Final = re.compile(
    r"(?P<dash>[ \t]{0,2}[-–—~][ \t]{0,2})(?![ \t]{0,2}(?i:to|through)\b)"
    r"|[ \t]{0,2}-?[ \t]{1,3}(?P<word>(?i:to|through|thru))[ \t]{1,3}"
    r"|[ \t]{1,3}(?P<and>(?i:and|&))[ \t]{1,3}"
)
_VAGUE: Final = re.compile(
    r"(?i:(?P<mult>" + _alternation(list(VAGUE_MULTIPLES)) + r")[ \t]{1,3}(?P<scale>hundred|thousand|million|"
    r"billion|dozen)(?!\w)|(?P<vague>" + _alternation([v for v in VAGUE_AMOUNTS if v not in ("several", "a few",
                                                                                            "a couple", "handful",
                                                                                            "scores")])
    + r"|scores(?=[ \t]{1,3}of\b))(?!\w))"
)
# The first two characters, lower case, of every phrase ``_VAGUE`` reads ("a " and "a\t" for "a few", "a couple").
_VAGUE_OPENINGS: Final = frozenset(
    w[:2].replace(" ", sep) for w in (*VAGUE_MULTIPLES, *VAGUE_AMOUNTS, "scores") for sep in " \t"
)
_OF: Final = re.compile(r"[ \t]{1,3}(?i:of)(?:[ \t]{1,3}(?i:the|these|those|their|its|our|his|her|them))?(?=[ \t])")
# Searched over whole sentences: the first letter, as a plain class (every character the case-insensitive letter
# matches), lets the engine skip ahead to it, where "\b" and "(?i:" in front would make it try every position.
_NUMBER_OF: Final = re.compile(
    r"[NnTtCcFfEe](?<!\w.)(?i:(?<=n)umbers?|(?<=t)(?:otal|ally)|(?<=c)ount|(?<=f)igure|(?<=e)stimates?)"
    r"[ \t]{1,3}(?i:of)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?"
)
#: How far back (characters, counts) a bare number may look for the unit it elides.
BORROW_REACH: Final = 400
BORROW_STEPS: Final = 12
_SIGN: Final = "-−"
_POINT_OR_SIGN: Final = "." + _SIGN
_SIGN_BEFORE: Final = " \t\n(<>=$€£¥"
_PRONOUN_ONE_BEFORE: Final = re.compile(
    r"(?i:\b(?:the|this|that|which|each|every|any|no|another|last|only|some|someone|anyone|no-one|little|big|"
    r"right|wrong|other|such|a|same|next|first|one|every)[ \t]{1,3})$"
)
_PRONOUN_ONE_AFTER: Final = re.compile(r"[ \t]{1,3}(?i:of|another|day|way|thing|time|point|side|hand|another's)\b|[-‐]")
_INCH: Final = re.compile(r"[ \t]in(?=[ \t]*(?:[.,;:)]|$|thick|long|wide|tall|deep|high))")
_JOIN_FORWARD: Final = re.compile(r"[ \t]{0,2}(?:,|,?[ \t]{1,3}(?:and|or|to|&))[ \t]{1,3}$|[ \t]{0,2}[-–][ \t]{0,2}$")
_JOIN_BOUNDS: Final = re.compile(r"[ \t]{0,3},?[ \t]{0,3}(?:and[ \t]{1,3})?$")
_TWO_DIGITS: Final = re.compile(r"\d{2}(?!\d)")
_CURRENCY_SIGN: Final = re.compile(r"(?:US|[A-Z]{1,2})?[$€£¥₹][ \t]?")
_LETTERS: Final = re.compile(r"[A-Za-z]{1,20}")
_ALNUM_RUN: Final = re.compile(r"[\w.\-/]{0,40}")
# What may follow a number whose noun is elided: the end of a clause, or a verb, adverb or preposition
# ("the union said 400.", "38 injured", "others at 9,000,", "and 45 in the north"), or a time adjunct ("up from 5,000
# last year", "700 the previous week", "400 yesterday").
_TIME_ADJUNCT: Final = (r"(?:the[ \t]{1,3})?(?:" + "|".join(sorted(TIME_DEICTICS)) + r")[ \t]{1,3}(?:"
                        + "|".join(sorted(TIME_UNITS)) + r")|" + "|".join(sorted(TIME_ADVERBS)))
_ELLIPSIS_END: Final = re.compile(
    r"[ \t]{0,2}(?:[.,;:)!?\"”’]|$|\n|[ \t]{0,2}(?:and|or|but|in|on|at|of|from|for|by|with|among|had|have|has|were|"
    r"was|are|is|more|each|apiece|others?|so|to|who|which|that|according|" + _TIME_ADJUNCT + r"|"
    r"[a-z]{3,20}(?:ed|ly))\b)"
)
# Tallies of people named before a bare number in its sentence.
# (as ``_NUMBER_OF``: "İ" and "ı" are the other characters a case-insensitive "i" matches)
_PEOPLE_TALLY: Final = re.compile(
    r"[DdCcIi\u0130\u0131Ff](?<!\w.)(?i:(?<=d)(?:eath[ \t]toll\b|eaths?\b|ead\b)|(?<=c)asualty[ \t]toll\b"
    r"|(?<=i)njury[ \t]toll\b|(?<=f)atality[ \t]toll\b)"
)
# A year in words: "nineteen ninety-one", "twenty twenty-two".
_WORD_YEAR: Final = re.compile(
    r"(?i:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ \t]"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh[ \t]\w+)(?:-\w+)?)"
)
_WORD_BEFORE: Final = re.compile(r"([A-Z][A-Za-z]{1,20})[ \t]{1,2}$")


class _Found:
    """A count under construction (mutable until the last pass). Built with positional arguments, in field order.

    A plain class with slots (not attrs): compiled with mypyc it is a native class, whose construction and field
    reads are C struct accesses, where an attrs class stays a Python class with a Python ``__init__``."""

    __slots__ = ("bare", "bound", "category", "end", "high", "low", "may_borrow", "modifiers", "op", "people_verb",
                 "start", "unit", "unit_span", "value")

    def __init__(self, start: int, end: int, value: float | None, low: float | None, high: float | None, op: str,
                 unit: str | None = None, category: str = "other", unit_span: tuple[int, int] | None = None,
                 modifiers: tuple[str, ...] = (), bare: bool = False, people_verb: bool = False,
                 may_borrow: bool = True, bound: str | None = None) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.op = op
        self.unit = unit
        self.category = category
        self.unit_span = unit_span
        self.modifiers = modifiers
        self.bare = bare  # no unit of its own: may borrow one
        self.people_verb = people_verb
        self.may_borrow = may_borrow  # a bare number that ends a clause or precedes a verb may elide a noun
        self.bound = bound  # ">" / "<" family for joining two-sided bounds


def _interval(value: float, op: str) -> tuple[float | None, float | None]:
    if op == "=":
        return value, value
    if op in (">", ">="):
        return value, None
    if op in ("<", "<="):
        return None, value
    return None, None


def _number_start(text: str, p: int) -> tuple[int, bool]:
    """Where a number found at ``p`` starts (a sign, a leading decimal point, "a", "minus"), and whether the
    candidate is a word."""
    ch = text[p]
    if ch.isdigit() or ch in VULGAR_FRACTIONS:
        start = p
        if p > 0 and text[p - 1] == "." and (p < 2 or not text[p - 2].isalnum()):
            start = p - 1
        if start > 0 and text[start - 1] in _SIGN and (start < 2 or text[start - 2] in _SIGN_BEFORE):
            start -= 1
        elif start == 2 and text[0] in _SIGN and text[1] == " ":
            start = 0
        return start, False
    if not _spaced_after_ending(text, p, " \t", _LEAD_ENDINGS):
        return p, True  # no "a", "an", "minus" or "negative" right before: the search cannot match
    m = _LEAD_WORD.search(text, max(0, p - 12), p)
    return (m.start() if m else p), True


# Last letters of "a", "an", "minus", "negative", as the case-insensitive pattern matches them ("ſ" folds to "s").
_LEAD_ENDINGS: Final = frozenset("aAnNsSeEſ")


# A number after one lower-case word and one space (" killed 20", " than 2,000") is the common case in news. The
# look-backs of the general path (currency codes, operators, "between"/"from", labels, months, ages, "id=" markup,
# year words, capitalised names) can then each match only when that word is in one of their tables, so the word,
# looked up once, lets them be skipped.
_BEFORE_WORD_REACH: Final = 12
_LABEL_WORDS: Final = frozenset(w for w in LABEL_WORDS if w.isalpha())
# A plain word before a number that is one of these makes ``notcounts.is_year_context`` true (its look-back finds the
# word between the space before it and the space after it), so the look-back is searched only when no plain word
# stands there.
_YEAR_WORDS: Final = frozenset(notcounts.YEAR_CONTEXT_WORDS)
_OPERATOR_WORDS: Final = _OP_LAST_WORDS | {"between", "from"}
_CURRENCY_WORDS: Final = frozenset(w for w in CURRENCY_PREFIXES if w.isalpha())
_AGE_WORDS: Final = frozenset({"age", "aged", "ages", "id"})  # "aged 30"; "id 7202" is markup
_AGE_BOUND_WORDS: Final = frozenset({"under", "over", "below", "above"})  # "children under ten"
_AGE_LIST_WORDS: Final = frozenset({"and", "or", "to", "between"})  # "aged 19, 22 and 31", "aged between 20 and 60"
# First letters (as the case-insensitive patterns match them) of an ordinal ending ("th", "'s") and of an age unit
# ("-year-old"): without one right after the number, those patterns cannot match.
_ORDINAL_FIRST: Final = frozenset("snrtSNRTſ'")
# The characters other than letters before digits that ``notcounts.attached_junk`` may read as glue.
_JUNK_BEFORE: Final = frozenset("_^-‐−+/")
# (``notcounts.month_after`` needs one of these or a capital after the number's space)
_MONTH_AFTER_FIRST: Final = ("o", " ", "\t")
_AGE_UNIT_FIRST: Final = frozenset("ymwdYMWD")


def _plain_word_before(text: str, start: int) -> str | None:
    """The word before ``start`` when it is lower-case ASCII letters between a space and the single space before
    ``start`` (at most ``_BEFORE_WORD_REACH`` letters), else None."""
    if start < 3 or text[start - 1] != " ":
        return None
    space = text.rfind(" ", start - _BEFORE_WORD_REACH - 2 if start > _BEFORE_WORD_REACH + 2 else 0, start - 1)
    if space < 0:
        return None
    word = text[space + 1:start - 1]
    return word if word.isascii() and word.isalpha() and word.islower() else None


def _spaced_after_ending(text: str, end: int, spaces: str, endings: frozenset[str]) -> bool:
    """Whether one to three of ``spaces`` stand before ``end`` (or before a line break there, where a final
    ``$`` also matches) and right before them a character of ``endings``: a cheap necessary condition for the
    end-anchored look-backs "<word>[spaces]{1,3}$"."""
    k = end - 1 if end > 0 and text[end - 1] == "\n" else end
    j = k
    while j > k - 3 and j > 0 and text[j - 1] in spaces:
        j -= 1
    return j < k and j > 0 and text[j - 1] in endings


def _read_signed(text: str, start: int, money: bool) -> Number | None:
    """A number at ``start`` that may begin with a minus sign."""
    if text[start] in _SIGN:
        k = start + 1
        while k < len(text) and text[k] == " " and k - start < 3:
            k += 1
        num = read_number(text, k, money)
        if num is None:
            return None
        return num._replace(start=start, value=-num.value, plain=False)
    return read_number(text, start, money)


# What may open the first word of an operator phrase and is not part of it: "(about 30", "“more than 40".
_OPERATOR_OPENERS: Final = "(\"“'‘["


def _operator_lengths() -> dict[tuple[str, str], tuple[int, ...]]:
    """The lengths (in words, longest first) of the operator phrases of three words or more, by their last two
    words: ``_prefix_op`` tries only these lengths before a number."""
    lengths: dict[tuple[str, str], set[int]] = {}
    for phrase in PREFIX_OPERATORS:
        words = phrase.split()
        if phrase[0].isalpha() and len(words) >= 3:
            lengths.setdefault((words[-2], words[-1]), set()).add(len(words))
    return {tail: tuple(sorted(found, reverse=True)) for tail, found in lengths.items()}


_OP_LENGTHS: Final = _operator_lengths()
# The words of the longest operator phrase: the look-back before a number keeps no more than these.
_OP_MAX_WORDS: Final = max(len(phrase.split()) for phrase in PREFIX_OPERATORS)


def _words_before(text: str, start: int) -> list[tuple[str, int]]:
    """The last few words before ``start``, lower case, with their offsets (the window may cut the first)."""
    lo = start - 45 if start > 45 else 0
    window = text[lo:start]
    tail = window.rsplit(None, 1)
    if not tail:
        return []
    last = tail[-1].lower()
    if last not in _OP_LAST_WORDS and last not in ("between", "from"):
        return [(last, -1)]  # no operator can end here: offsets are not needed, nor the other words
    window = window.lower()
    words = window.split()[-_OP_MAX_WORDS:]
    if not words or (words[-1] not in _OP_LAST_WORDS and words[-1] not in ("between", "from")):
        return [(w, -1) for w in words[-1:]]  # no operator can end here: offsets are not needed
    out = []
    at = len(window)
    for w in reversed(words):
        at = window.rfind(w, 0, at)
        out.append((w, lo + at))
    out.reverse()
    return out


def _prefix_op(words: list[tuple[str, int]], text: str, start: int) -> tuple[str, int] | None:
    """The operator phrase that ends right before ``start``: (op, where it starts), or None."""
    tail = text[max(0, start - 6):start].rstrip(" \t")
    if tail and tail[-1] in "<>=≤≥":
        for sym in _SYMBOL_OPS:
            if tail.replace(" ", "").endswith(sym):
                # "x>10": the symbol may be glued to a variable; ">=" must not read as "="
                at = max(0, start - 6) + len(tail) - 1
                while at > 0 and text[at - 1] in "<>=≤≥ " and text[at - 1] != "\n":
                    at -= 1
                at = at if text[at] in "<>=≤≥" else at + 1
                return PREFIX_OPERATORS[sym], at
    if not words or words[-1][1] < 0 or text[words[-1][1] + len(words[-1][0]):start].strip(" \t"):
        return None  # the last word must touch the number
    if words[-1][0] not in _OP_LAST_WORDS:
        return None
    # The longest phrase of the last words that is an operator wins. A phrase of three words or more keeps its last
    # two words as they are (only its first loses an opening bracket or quote), so only the lengths that
    # ``_OP_LENGTHS`` gives for those two words can match; two words and one word are tried after them.
    last = words[-1][0]
    count = len(words)
    if count >= 3:
        for n in _OP_LENGTHS.get((words[-2][0], last), ()):
            if n <= count:
                phrase = " ".join([w for w, _ in words[-n:]]).lstrip(_OPERATOR_OPENERS)
                op = PREFIX_OPERATORS.get(phrase)
                if op is not None and phrase[0].isalpha():
                    return op, words[-n][1] + len(words[-n][0]) - len(words[-n][0].lstrip(_OPERATOR_OPENERS))
    for n in (2, 1):
        if n <= count:
            first = words[-n][0]
            phrase = (first + " " + last if n == 2 else last).lstrip(_OPERATOR_OPENERS)
            op = PREFIX_OPERATORS.get(phrase)
            if op is not None and phrase[0].isalpha():
                return op, words[-n][1] + len(first) - len(first.lstrip(_OPERATOR_OPENERS))
    return None


def _noun_or_sign(text: str, pos: int, value: float | None, currency: str | None) -> tuple[
        str | None, str, tuple[int, int] | None, tuple[str, ...], int, bool]:
    """The unit after a number: (unit, category, unit span, modifiers, end of sign, is a sign)."""
    if currency is not None:
        unit = currency
        end = pos
        rate = rate_after(text, pos)
        if rate:
            unit, end = f"{currency} per {rate[0]}", rate[1]
        return unit, "money", None, (), end, True
    sign = sign_after(text, pos)
    if sign is not None:
        unit = sign.unit
        end = sign.end
        if sign.category != "percent":
            rate = rate_after(text, end)
            if rate:
                unit, end = f"{unit} per {rate[0]}", rate[1]
        return unit, sign.category, (sign.start, sign.end), (), end, True
    inch = _INCH.match(text, pos) if text[pos + 1:pos + 3] == "in" else None
    if inch:
        return "inch", "other", (inch.start() + 1, inch.end()), (), inch.end(), True
    at = pos + 1 if text[pos:pos + 1] == "-" and text[pos + 1:pos + 2].isalpha() else pos
    if at != pos:
        glued = _glued_unit(text, pos, at, value)
        if glued is not None:
            return glued
    phrase = read_noun_phrase(text, at, value)
    if phrase is None:
        return None, "other", None, (), pos, False
    unit = phrase.unit
    rate = rate_after(text, phrase.end)
    if rate and rate[0] != unit:
        unit = f"{unit} per {rate[0]}"
    category = "people" if phrase.demonym else category_of(phrase.unit)
    return unit, category, (phrase.start, phrase.end), phrase.modifiers, pos, False


# A lower-case word glued to a number by a hyphen, and ending there ("500-bed hospital", "5,000-strong").
_GLUED_WORD: Final = re.compile(r"[a-z]{2,20}(?![\w'’-])")
# A lower-case word after a space, whole.
_SPACED_WORD: Final = re.compile(r"[ \t]{1,2}([a-z]{2,20})(?![\w'’-])")
# Glued words that name no unit ("a three-fold rise", "a 20-odd crowd"), and endings of adjectives, which name none
# either ("a six-pointed star", "a three-dimensional view").
_NOT_GLUED_UNITS: Final = frozenset({"fold", "odd", "plus", "ish", "something", "somethings"})
_ADJECTIVE_ENDINGS: Final = ("al", "ing", "ic", "ous", "ful", "less")


def _glued_unit(text: str, pos: int, at: int, value: float | None) -> tuple[
        str | None, str, tuple[int, int] | None, tuple[str, ...], int, bool] | None:
    """The unit of a number glued by a hyphen to the word at ``at`` (as :func:`_noun_or_sign` returns it), or None
    when a noun phrase starts there, which the caller reads."""
    glued = _GLUED_WORD.match(text, at)
    word = glued[0] if glued is not None else ""
    if word == "strong":
        return _members(text, at + 6, value, pos)
    if read_noun_phrase(text, at, value) is not None:
        return None
    if word and word not in STOPWORDS and word not in _NOT_GLUED_UNITS and not (
            word.endswith(_ADJECTIVE_ENDINGS) or (len(word) > 4 and word.endswith("ed"))):
        # "the 500-bed hospital", "a 3,000-seat arena": the word glued to the number is what it counts
        unit = singular(word)
        return unit, category_of(unit), (at, at + len(word)), (), pos, False
    return None, "other", None, (), pos, False


def _members(text: str, at: int, value: float | None, pos: int) -> tuple[
        str | None, str, tuple[int, int] | None, tuple[str, ...], int, bool]:
    """The unit of "a 5,000-strong force": the noun after "-strong" (ending at ``at``) counts its members, people."""
    phrase = read_noun_phrase(text, at, value)
    if phrase is not None:
        return phrase.unit, "people", (phrase.start, phrase.end), phrase.modifiers, pos, False
    noun = _SPACED_WORD.match(text, at)  # "the 3,000-strong workforce": a singular group noun
    if noun is not None and noun[1] not in STOPWORDS:
        return noun[1], "people", noun.span(1), (), pos, False
    return None, "people", None, (), pos, False


def _one_is_pronoun(text: str, start: int, end: int) -> bool:
    # (the word after first: one match at one place, where the look-back searches every place of its window)
    return bool(_PRONOUN_ONE_AFTER.match(text, end) or _PRONOUN_ONE_BEFORE.search(text, max(0, start - 12), start))


def _capitalised_label(text: str, start: int) -> bool:
    """A plain number right after a capitalised name inside a sentence ("Voyager 2", "Boeing 737")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if not m:
        return False
    word = m[1]
    low = word.lower()
    if low in CAPITALISED_FUNCTION_WORDS or low in MONTHS or (word.isupper() and len(word) <= 3):
        return False
    if low in HEADLINE_VERBS or (low[-1] == "s" and title_case_at(text, start)):
        return False  # a headline's verb: "Quake Kills 40", "Police Arrest 17"
    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t“\"'(")
    return bool(before) and before[-1] not in ".!?:\n"


def _vague(text: str, start: int) -> tuple[float, float, int, float | None] | None:
    """A vague amount at ``start``: (low, high, end, value for "a couple of hundred")."""
    opening = text[start:start + 2]
    if opening.isascii() and opening.lower() not in _VAGUE_OPENINGS:
        # most number words open no vague amount: two letters tell, before the pattern is tried (outside ASCII,
        # "ſ" and "İ" match "s" and "i" in the case-insensitive pattern, so the pattern decides)
        return None
    m = _VAGUE.match(text, start)
    if not m:
        return None
    if m["vague"]:
        key = " ".join(m["vague"].lower().split())
        low, high = VAGUE_AMOUNTS[key]
        return low, high, m.end(), None
    mult = " ".join(m["mult"].lower().split())
    lo, hi = VAGUE_MULTIPLES[mult]
    scale = SCALES[m["scale"].lower()]
    if lo == hi:
        return lo * scale, hi * scale, m.end(), lo * scale
    return lo * scale, (hi + 1) * scale - 1, m.end(), None


def _range_end(text: str, num: Number, pos: int, between: bool, money: bool) -> tuple[Number, int] | None:
    """The second number of a range starting at ``pos`` ("-8,500", " to 2,500", " and 30" after "between")."""
    m = _RANGE.match(text, pos)
    if not m or (m["and"] and not between):
        return None
    if m["dash"] and num.plain and 1000 <= num.value <= 2100 and _TWO_DIGITS.match(text, m.end()):
        return None  # 2013-14
    p2 = m.end()
    if money:
        sign = _CURRENCY_SIGN.match(text, p2)
        if sign:
            p2 = sign.end()
    if p2 >= len(text):
        return None
    if not (text[p2].isdigit() or text[p2].isalpha() or text[p2] in _SIGN + "."):
        return None
    num2 = _read_signed(text, p2, money) if text[p2] in _SIGN else read_number(text, p2, money)
    if num2 is None or num2.digits != num.digits:
        return None
    return num2, m.start("dash") if m["dash"] else m.start()


def _increase_before(words: list[tuple[str, int]]) -> bool:
    """Whether a verb of growth stands before the "from" that ends ``words`` ("rose from", "grew sharply from"):
    then "from X to Y" gives the old and the new figure, two counts, not a range."""
    if len(words) < 2:
        return False
    verb = words[-2][0]
    if verb.endswith("ly") and len(words) >= 3:
        verb = words[-3][0]
    return verb in INCREASE_VERBS


def _join_bounds(found: list[_Found], text: str) -> list[_Found]:
    """Join "more than 12 and fewer than 30" (either order) into one range."""
    out: list[_Found] = []
    for f in found:
        if out:
            a = out[-1]
            if (a.bound and f.bound and a.bound != f.bound and a.value is not None and f.value is not None
                    and _JOIN_BOUNDS.match(text[a.end:f.start]) and (a.unit == f.unit or a.unit is None)):
                low, high = (a.value, f.value) if a.bound == ">" else (f.value, a.value)
                if low < high:
                    out[-1] = _Found(a.start, f.end, None, low, high, "=", f.unit, f.category, f.unit_span, f.modifiers,
                                     f.bare, f.people_verb, a.may_borrow, None)
                    continue
        out.append(f)
    return out


def _borrow_units(found: list[_Found], text: str, ctx: Context) -> None:
    """Give bare numbers the unit they elide: forward in a coordination ("45 and 50 mg"), else backward from the
    nearest count with a unit in the sentence or the one before ("40 workers ...; the union said 400"), or from a
    "number of <noun>" phrase earlier in the sentence."""
    for i, f in enumerate(found):
        if not f.bare or not f.may_borrow:
            continue
        if i + 1 < len(found):
            g = found[i + 1]
            if g.unit and not g.bare and ((_JOIN_FORWARD.match(text[f.end:g.start]) and g.start - f.end < 12) or (
                    text[f.end:f.end + 4] == " of " and _PARTITIVE_BEFORE_COUNT.match(text[f.end:g.start]))):
                f.unit, f.category, f.modifiers = g.unit, g.category, g.modifiers
                f.bare = False
                continue
        # every look back is bounded, so a document without sentence breaks stays linear
        s = max(ctx.sentence(f.start)[0], f.start - BORROW_REACH)
        phrase = _number_of(text, s, f.start)
        if phrase is not None:
            f.unit, f.category, f.modifiers = phrase.unit, category_of(phrase.unit), phrase.modifiers
            f.unit_span = (phrase.start, phrase.end)
            continue
        prev_s = max(ctx.sentence(s - 1)[0] if s > 0 else 0, f.start - BORROW_REACH)
        if text.rfind("\n\n", prev_s, f.start) >= s:
            prev_s = s  # not across a paragraph break
        j = i - 1
        while j >= 0 and i - j <= BORROW_STEPS and found[j].start >= prev_s:
            g = found[j]
            j -= 1
            own_unit = g.unit and not g.bare and g.category != "percent"
            if f.people_verb and g.category != "people":
                continue  # "seized 3 towns, killing 14": a count of people borrows only a noun for people
            # a percentage lends its unit only inside its own sentence, and not to scaled amounts ("20% to 722m")
            if own_unit or (g.unit and g.category == "percent" and g.start >= s and f.value is not None
                            and abs(f.value) <= 1000):
                if g.category == "other" and g.unit in TIME_UNITS:
                    continue
                f.unit, f.category, f.modifiers = g.unit, g.category, g.modifiers
                break
        if f.unit is None and (f.people_verb or _tally_before(text, s, f.start)):
            f.category = "people"  # "the death toll rose to 14"


# Pieces of the words of ``_NUMBER_OF`` and ``_PEOPLE_TALLY`` that hold no letter a case-insensitive pattern also
# matches outside ASCII ("i", "s", "k"): a stretch whose lower-case copy holds none of a pattern's pieces holds no
# match of it, and the pattern is not searched there.
_NUMBER_OF_PIECES: Final = ("umber", "otal", "ally", "ount", "gure", "mate")
_TALLY_PIECES: Final = ("dea", "toll")


def _may_hold_number_of(text: str, start: int, end: int) -> bool:
    """Whether ``_NUMBER_OF`` may match in ``text[start:end]`` (a cheap necessary condition)."""
    low = text[start:end].lower()
    return "of" in low and any(piece in low for piece in _NUMBER_OF_PIECES)


# "The toll" alone tallies people too ("the toll rose to 23"), where "took a heavy toll" is the idiom. (Searched apart
# from ``_PEOPLE_TALLY``: a "t" among that pattern's first letters would stop its scan at every "t" of a sentence.)
_THE_TOLL: Final = re.compile(r"(?i:\bthe toll\b)")


def _tally_before(text: str, start: int, end: int) -> bool:
    """Whether a tally of people ("death toll", "dead", "the toll") stands in ``text[start:end]``."""
    low = text[start:end].lower()
    if "dea" not in low and "toll" not in low:
        return False  # (a cheap necessary condition of both patterns)
    return _PEOPLE_TALLY.search(text, start, end) is not None or (
        "the toll" in low and _THE_TOLL.search(text, start, end) is not None)


def _number_of(text: str, sentence_start: int, start: int) -> NounPhrase | None:
    """The noun of "the number of Veloran soldiers ..." before ``start`` in its sentence."""
    if not _may_hold_number_of(text, sentence_start, start):
        return None
    last = None
    for m in _NUMBER_OF.finditer(text, sentence_start, start):
        last = m
    if last is None:
        return None
    return read_noun_phrase(text, last.end())


def extract_counts(text: str, field: str = "text", plugin: str | None = None) -> list[CountMention]:
    """Every count in ``text``.

    Args:
        text: the document text (or title).
        field: "text" or "title", copied onto the mentions.
        plugin: the plugin name to set on the mentions (the hook sets its own, which spares the pipeline a copy
            of every mention).

    Returns:
        Count mentions in document order; offsets slice ``text`` exactly.
    """
    if not text:
        return []
    found: list[_Found] = []
    digit_scan = _DIGIT_SCAN
    if not text.isascii() and any(ch in text for ch in _VULGAR_CHARS):
        digit_scan = _DIGIT_VULGAR_SCAN
    # (``concurrent=False``: the scan keeps the interpreter lock, which it would otherwise give up and take back at
    # every match)
    candidates = [m.span() for m in digit_scan.finditer(text, concurrent=False)]
    digits = candidates
    reduced: bytes | None = None
    if _KELVIN in text:
        words = [m.span(1) for m in _WORD_SCAN_LOWER.finditer(_lower(text))]
        first = _WORD_AT_START.match(_lower(text))
        if first is not None:
            words.insert(0, first.span())
    else:
        # offsets in the copy are one more than in the text (the space put before it): a match starts at the space
        # before its word, which is where the word starts in the text
        reduced = b" " + text.encode("ascii", "replace").translate(_LETTERS_ONLY)
        # (each match's span asked for once: a method call on a match costs more than unpacking a pair)
        words = [(s, e - 1) for s, e in [m.span() for m in _WORD_SCAN.finditer(reduced)]
                 if reduced[s + 1:e] in _NUMBER_WORD_BYTES]
    if words:
        candidates = sorted(candidates + words)
    consumed = 0
    for p, cand_end in candidates:
        if p < consumed:
            continue
        try:
            f, consumed = _count_at(text, p, cand_end)
        except Exception:
            # a backstop: one unreadable candidate must not cost the document its other counts
            consumed = cand_end
            continue
        if f is not None:
            found.append(f)
    if not found:
        return []
    ctx = Context(text, digit_runs=[p for p, _ in digits], letters=reduced)
    found = _join_bounds(found, text)
    _borrow_units(found, text, ctx)
    return _mentions(text, found, ctx, field, plugin)


def _lower(text: str) -> str:
    """``text`` lower-cased, offsets kept: a few characters change length when lower-cased, and then only the ASCII
    letters are."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def _mentions(text: str, found: list[_Found], ctx: Context, field: str, plugin: str | None) -> list[CountMention]:
    """The mentions of ``found``, in order."""
    new_span = construct.new_span
    new_count_mention = construct.new_count_mention
    out = []
    for f in found:
        unit_span = None
        if f.unit_span is not None:
            us, ue = f.unit_span
            unit_span = new_span(us, ue, text[us:ue], field)
        category = f.category
        if f.unit is None and f.people_verb:
            category = "people"
        start = f.start
        end = f.end
        # (called on ``ctx``, not through a bound method kept in a local: compiled, that is a direct native call)
        negated, hypothetical, quoted, time = ctx.flags(start, end)
        value, low, high = f.value, f.low, f.high
        # Values as the mention stores them (see :func:`_number`). A whole float in the range of a 64-bit integer,
        # the common case, becomes an ``int`` inline; an exact count holds one float object as value, low and high,
        # which is converted once.
        stored_value = value
        if value is not None and type(value) is not int:
            stored_value = int(value) if value.is_integer() and _INT_LOW < value < _INT_HIGH else _number(value)
        if low is value:
            low = stored_value
        elif low is not None and type(low) is not int:
            low = int(low) if low.is_integer() and _INT_LOW < low < _INT_HIGH else _number(low)
        if high is value:
            high = stored_value
        elif high is not None and type(high) is not int:
            high = int(high) if high.is_integer() and _INT_LOW < high < _INT_HIGH else _number(high)
        # (by position, in the order of ``construct.COUNT_FIELDS``)
        out.append(new_count_mention(
            start, end, text[start:end], field, plugin, stored_value, low, high,
            f.op, f.unit, unit_span, f.modifiers, category, negated, hypothetical, quoted, time,
        ))
    return out


# Whole floats strictly inside (-2**63, 2**63) are stored as ``int`` (as :func:`construct.number` does).
_INT_HIGH: Final = 2.0**63
_INT_LOW: Final = -_INT_HIGH


def _number(x: float) -> int | float | None:
    """A float value as the mention stores it: rounded by :func:`_clean` unless whole, then whole values as int."""
    return construct.number(x if x.is_integer() else _clean(x))


def _clean(x: float | None) -> float | None:
    if x is None or isinstance(x, int) or x.is_integer():
        return x
    # 0.1 + 0.2 noise from fractions and scales: keep 12 significant digits
    return float(f"{x:.12g}")


def _not_a_count(text: str, p: int, start: int, end: int, cand_end: int, num: Number, before: str | None,
                 code_before: bool = False) -> int:
    """Where to resume when the digits at ``p`` are a date, time, phone number, identifier, ordinal, list or page
    number, age or year; -1 when they may be a count. ``before`` is the plain word before, if any
    (:func:`_plain_word_before`): the look-backs it rules out are skipped. ``code_before``: a currency sign or code
    stands before the digits, so letters glued to them are that code ("Sh2.3 billion"), not part of an identifier."""
    if _may_be_shape(text, p, cand_end) or (p > 0 and text[p - 1] in "(+"):
        shape_end = notcounts.skip_shape(text, p)
        if shape_end > 0:
            return shape_end
    nxt = text[end:end + 1]
    # after a plain word and a space, only an ordinal ending can make the digits junk
    # (``attached_junk`` needs an ordinal ending after the digits, or before them a letter, "_", "^", or a joining
    # mark: with a plain word before, only the ending)
    if (nxt in _ORDINAL_FIRST or (before is None and p > 0 and not code_before and (
            text[p - 1].isalpha() or text[p - 1] in _JUNK_BEFORE))) and notcounts.attached_junk(text, p, end):
        return _skip_alnum(text, end)
    if nxt.isalpha() and _letters_glued(text, end):
        return _skip_alnum(text, end)
    if nxt in (".", ")") and notcounts.is_list_number(text, start, end):
        return end
    # (every test from here on gives the same answer, ``end``: the cheap and the likely ones first; the year before the
    # month, as after a plain word the year's test is one look-up, then the markup, age and label look-backs)
    if num.plain and 1000 <= num.value <= 2100 and end - start == 4 and (
            before in _YEAR_WORDS if before is not None else notcounts.is_year_context(text, start)):
        return end  # "in 2012", "the 2016 race": decided here, before any further reading
    if num.plain and (num.value <= 31 or 1000 <= num.value <= 2100) and (
            (before is None and notcounts.month_before(text, start)) or (
                # (a capital, "of" or a space after the number's space: ``month_after``'s own first test, inline)
                (text[end + 1:end + 2].isupper() or text[end + 1:end + 2] in _MONTH_AFTER_FIRST)
                and notcounts.month_after(text, end))):
        return end
    if (before is None or before in _AGE_WORDS or nxt in ("\"", "'", ")")) and notcounts.is_markup_number(
            text, start, end, num.plain):
        return end
    if (before is None or before in _AGE_WORDS or before in _AGE_LIST_WORDS
            or text[end + 1:end + 2] in _AGE_UNIT_FIRST) and notcounts.is_age(text, end, start):
        return end
    if before in _AGE_BOUND_WORDS and notcounts.is_age_bound(text, start, end):
        return end
    if (num.plain or (num.digits and not num.scaled)) and (before is None or before in _LABEL_WORDS) and (
            notcounts.is_label(text, start, end)):
        # "page 12", "No. 5", and with a decimal too: "Version 2.4", "section 4.1"; the numbers listed after a label
        # are labels too ("Articles 5 and 6", "sections 12 through 14"), unless a counted noun follows them
        listed = _LABEL_LIST.match(text, end)
        if listed is not None and not notcounts.counted_after(text, listed.end()):
            return listed.end()
        return end
    return -1


# Numbers listed after a label: ", 7", " and 6", " through 14", "-9".
_LABEL_LIST: Final = re.compile(
    r"(?:(?:,|,?[ \t]{1,3}(?:and|or|to|through|&)|[ \t]{0,2}[-–][ \t]{0,2})[ \t]{0,3}\d{1,4}[A-Za-z]?(?![\d,.]\d)){1,6}"
)


def _may_be_shape(text: str, p: int, cand_end: int) -> bool:
    """Whether the digits at ``p``-``cand_end`` may open a date, clock time, version, phone number or address: they
    go on with a separator, or with a space and a digit, a capital, "am"/"pm"/"o'clock"/"in the morning" (after
    at most two digits: an hour)."""
    c1 = text[cand_end:cand_end + 1]
    if c1 and c1 in _SHAPE_NEXT:
        return True
    c2 = text[cand_end + 1:cand_end + 2]
    return c1 in " \t\u00a0" and c2 in _SHAPE_AFTER_SPACE and (
        c2 not in _HOUR_WORD_FIRST or (cand_end - p <= 2 and text[cand_end + 1:cand_end + 3] in _HOUR_WORD_OPENINGS))


# The first letters of the words after an hour ("10 am", "9 pm", "7 o'clock", "6 in the morning"), and their first
# two characters: after a space and a lower-case letter, only an hour can make a shape ("20 people" makes none).
_HOUR_WORD_FIRST: Final = "apoi"
_HOUR_WORD_OPENINGS: Final = frozenset({"am", "aM", "a.", "pm", "pM", "p.", "o'", "o\u2019", "in"})


def _count_at(text: str, p: int, cand_end: int) -> tuple[_Found | None, int]:
    """The count found at candidate ``p`` (or None) and where the scan may resume."""
    # A digit run that goes on with ":" or "-" ("8:20 p.m.", "2016-09-01") is mostly a clock time or a date. Every
    # reading below reads a number there (digits before ":" or "-" always make one) and then tries the shapes first
    # (``_not_a_count``), so when one matches, its end is their answer: tried here, before anything else is read.
    # (Only where the number starts at ``p``: no decimal point or sign before it, as ``_number_start`` decides.)
    nxt = text[cand_end:cand_end + 1]
    if (nxt == ":" or nxt == "-") and p > 2 and cand_end - p <= 4 and text[p - 1] not in _POINT_OR_SIGN and (
            text[p:cand_end].isdigit()):
        shape_end = notcounts.skip_shape(text, p)
        if shape_end > 0:
            return None, shape_end
    # the plain word before, as :func:`_plain_word_before` reads it (inline: this runs once per candidate)
    before: str | None = None
    if p >= 3 and text[p - 1] == " ":
        space = text.rfind(" ", p - _BEFORE_WORD_REACH - 2 if p > _BEFORE_WORD_REACH + 2 else 0, p - 1)
        if space >= 0:
            word = text[space + 1:p - 1]
            if word.isascii() and word.isalpha() and word.islower():
                before = word
    if before is not None and before not in _SPECIAL_BEFORE:
        quick = _count_after_plain_word(text, p, cand_end, before)
        if quick is not None:
            return quick
    elif before is None and p >= 3 and text[p - 1] in _SIGN_PREFIXES and text[p - 2] == " " and text[p].isdecimal():
        sign_word = _plain_word_before(text, p - 1)
        if sign_word is not None and sign_word not in _SPECIAL_BEFORE:
            quick = _count_after_currency_sign(text, p, cand_end)
            if quick is not None:
                return quick
    # (here and below, a slice compared with a literal instead of ``str.startswith``/``endswith`` with offsets: those
    # parse their arguments through the slow generic parser, which costs more than the slice; a slice past either end
    # of the text is empty or wraps exactly as their offsets do, so the answers are the same)
    elif before is None and p >= 2 and text[p - 2:p] == ", ":
        # after a comma and a space every look-back of the general reading fails too, but an apposition's age
        # ("Dana Ortiz, 52, said"): the quick reading tests that one (it is told of no word before)
        quick = _count_after_plain_word(text, p, cand_end, None)
        if quick is not None:
            return quick
    if before == "per":
        # "12 per 100,000 people": the base of a rate, not a count
        rate_base = read_number(text, p)
        return None, rate_base.end if rate_base is not None else cand_end
    if p > 2 and text[p - 1] not in _POINT_OR_SIGN and text[p].isdigit():
        # (``_number_start``'s common answer inline: digits after no point or sign start where they are)
        start, is_word = p, False
    else:
        start, is_word = _number_start(text, p)
    # vague amounts: "hundreds of", "tens of thousands", "several thousand", "a handful"
    if is_word:
        vague = _vague(text, start)
        if vague is not None:
            return _vague_count(text, start, *vague)
    if start != p:
        before = _plain_word_before(text, start)
    money_at = currency_before(text, start) if before is None or before in _CURRENCY_WORDS else None
    if money_at is not None:
        before = None
    currency = money_at[0] if money_at else None
    num = read_number(text, start, currency is not None) if text[start] not in _SIGN else _read_signed(
        text, start, currency is not None)
    if num is None and start != p and is_word:
        start = p
        num = read_number(text, start)
    if num is None:
        return None, cand_end
    end = num.end
    if not is_word:
        # (a currency code glued to the digits, "Sh2.3 billion", "Rs500", is no identifier)
        resume = _not_a_count(text, p, start, end, cand_end, num, before, money_at is not None)
        if resume >= 0:
            return None, resume
    elif num.value == 1 and not num.scaled and not num.fraction and _one_is_pronoun(text, start, end):
        return None, end
    elif before in _AGE_BOUND_WORDS and notcounts.is_age_bound(text, start, end):
        return None, end  # "children under ten"
    first = start if money_at is None else money_at[1]
    # operators before: "more than", "about", "between", "from"
    op = "="
    op_start = first
    if before is not None and before not in _OPERATOR_WORDS:
        words: list[tuple[str, int]] = []  # no operator, "between" or "from" ends right before the number
        pre = None
        last_word = ""
    else:
        words = _words_before(text, first)
        pre = _prefix_op(words, text, first)
        last_word = words[-1][0] if words and words[-1][1] >= 0 and text[
            words[-1][1] + len(words[-1][0]):first].strip() == "" else ""
    between = last_word == "between"
    from_ = last_word == "from"
    if pre:
        op, op_start = pre
    elif between:
        op_start = words[-1][1]
    # "1,000-plus volunteers", "2,000-odd troops": a glued suffix makes a bound or an approximation
    glued = None
    if text[end:end + 1] == "-":
        if num.fraction and text[end + 1:end + 2].isalpha():
            return None, end  # "a third-place finish", "an eighth-grader": an ordinal, not a share
        glued = _GLUED_SUFFIX.match(text, end)
    if glued:
        op = ">=" if glued[1].lower() == "plus" else "~"
        end = glued.end()
    # the unit sign right after the first number may sit inside a range: "44 mg to 50 mg", "$350 per kg to $680"
    unit, category, uspan, modifiers, sign_end, is_sign = _noun_or_sign(text, end, num.value, currency)
    if not is_sign and text[max(0, first - 3):first] == "of ":
        pct = _PERCENT_OF.search(text, max(0, first - 16), first)
        if pct:
            unit, category, uspan, modifiers, is_sign, sign_end = "percent", "percent", None, (), True, end
            op_start = pct.start()
    value: float | None = num.value
    low: float | None
    high: float | None
    after_gate = _AFTER_GATE.match(text, sign_end if is_sign else end) is not None
    tol = _TOLERANCE.match(text, end) if after_gate else None
    if tol:
        # "40 ± 5": an approximate value with its stated interval (not an exact one)
        num_t = read_number(text, tol.end())
        if num_t is not None and num_t.value > 0:
            unit, category, uspan, modifiers, sign_end, is_sign = _noun_or_sign(text, num_t.end, num.value, currency)
            return _finish(text, op_start, sign_end if is_sign else num_t.end, num.value, num.value - num_t.value,
                           num.value + num_t.value, "~", unit, category, uspan, modifiers, num_t.end, num, bound=None)
    rng = _range_end(text, num, sign_end if is_sign else end, between, currency is not None) if after_gate else None
    span_end = sign_end if is_sign else end
    if rng is not None:
        num2, _ = rng
        low_v, high_v = num.value, num2.value
        if num2.scaled and not num.scaled and low_v * num2.scale <= high_v:
            low_v *= num2.scale  # "$2-3 million": the scale of the second end applies to the first
        dash = text[end:num2.start].strip(" \t") in ("-", "–", "—", "~") or (
            is_sign and text[sign_end:num2.start].strip(" \t") in ("-", "–", "—", "~"))
        if num.plain and num2.plain and 1800 <= low_v <= 2100 and 1800 <= high_v <= 2100:
            return None, num2.end  # 2019-2020, from 2009 to 2014: years
        if low_v > high_v and not dash and high_v < 0:
            low_v, high_v = high_v, low_v  # "-18 °C to -34 °C"; "516 to 39" is a tally, not a range
        if low_v < high_v and not (from_ and _increase_before(words)):
            unit2, category2, uspan2, modifiers2, sign_end2, is_sign2 = _noun_or_sign(
                text, num2.end, num2.value, currency)
            if not is_sign or (unit2 == unit):
                if not is_sign:
                    unit, category, uspan, modifiers = unit2, category2, uspan2, modifiers2
                    is_sign = is_sign2
                value, low, high = None, low_v, high_v
                span_end = sign_end2 if is_sign2 else num2.end
                end = num2.end
                if op not in ("~",):
                    op = "="
                if from_ and not pre and not between:
                    op_start = words[-1][1]
                return _finish(text, op_start, span_end, value, low, high, op, unit, category, uspan, modifiers,
                               num2.end, num, bound=None)
        elif dash and num.plain and num2.plain:
            return None, num2.end  # 3-1: a score or an identifier
    # operators after: "500 or more", "200 or greater", "50+"
    post_at = span_end
    # post_at is where the after-gate above looked: the range reading returns whenever it moves the span end
    suffix = _SUFFIX_OP.match(text, post_at) if after_gate else None
    if suffix and _NUMBER_AHEAD.match(text, suffix.end()):
        suffix = None
    if suffix:
        phrase = " ".join(suffix.group().lower().split())
        sop = SUFFIX_OPERATORS[phrase]
        if sop == "=" and pre:
            op = INCLUSIVE[op]
        else:
            op = sop
        span_end = suffix.end()
        if unit is None:  # "500 or more soldiers": the noun follows the operator
            unit, category, uspan, modifiers, _, _ = _noun_or_sign(text, span_end, num.value, currency)
    elif text[post_at:post_at + 1] == "+" and _PLUS.match(text, post_at):
        op = ">="
        span_end = post_at + 1
    elif pre and op in (">", "<"):
        oe = _OR_EQUAL.match(text, post_at)
        if oe and not _NUMBER_AHEAD.match(text, oe.end()):
            op = INCLUSIVE[op]
            span_end = oe.end()
    # years: a bare four-digit integer is a count only when a noun follows and no "in"/"the" precedes it
    if num.plain and 1000 <= num.value <= 2100 and len(text[start:end].strip()) == 4 and op == "=":
        year_context = before in _YEAR_WORDS if before is not None else notcounts.is_year_context(text, start)
        if unit is None or year_context or (category == "other" and unit in TIME_UNITS):
            return None, end
    if (num.plain and unit is None and op == "=" and not is_word and num.value < 10000 and before is None
            and _capitalised_label(text, start)):
        return None, end
    if is_word and unit is None and op == "=" and num.value == 1 and not num.scaled:
        return None, end  # a bare "one" is a pronoun ("an officially sanctioned one")
    # (a year in words opens with "eleven" to "twenty", which the number reader reads alone: 11 to 20)
    word_year = _WORD_YEAR.match(text, start) if is_word and not num.scaled and 11 <= num.value <= 20 else None
    if word_year:
        return None, word_year.end()
    low, high = _interval(num.value, op)
    bound = ">" if op in (">", ">=") else "<" if op in ("<", "<=") else None
    return _finish(text, op_start, span_end, value, low, high, op, unit, category, uspan, modifiers, end, num,
                   bound=bound)


# One space and a lower-case word (group 1) ending before a space, a punctuation mark or the end: after digits, the
# word is whole (no letter, digit, "_" or apostrophe goes on with it), so the case-insensitive words with "\b" of
# ``_AFTER_GATE`` and of the number's own look-ahead match it only when they are it.
_DIGITS_THEN_WORD: Final = re.compile(r" ([a-z]{1,20})(?=[ ,.;:!?)\n]|\Z)")
# The words of ``_AFTER_GATE``, lower case.
_AFTER_GATE_WORDS: Final = frozenset({"to", "through", "thru", "and", "or", "plus"})

# Words before a number that the quick reading below leaves to the general one: operators and "between"/"from",
# currency codes, "aged" and "id", labels, the lead words of a number ("a dozen", "minus 3") and "of" (after
# "percent of").
_SPECIAL_BEFORE: Final = _OPERATOR_WORDS | _CURRENCY_WORDS | _AGE_WORDS | _LABEL_WORDS | {
    "a", "an", "minus", "negative", "of", "per"}


def _count_after_plain_word(text: str, p: int, cand_end: int, before: str | None) -> tuple[_Found | None, int] | None:
    """The common case, "<plain word> <number> <unit>": the reading of :func:`_count_at` with every step that the
    plain word ``before`` (outside ``_SPECIAL_BEFORE``; None after a comma and a space) rules out left out, or None
    when the number needs more than that (an operator, range or tolerance after it, a glued suffix, "percent of").

    It returns exactly what :func:`_count_at` returns whenever it returns at all (the general reading is the
    reference; the tests compare the two on generated text)."""
    # the number starts at ``p``: the plain word and space before it leave no sign, decimal point or lead word
    digit_word: str | None = None
    ch = text[p]
    is_word = ch.isalpha()
    if not (is_word or ch.isdecimal()) or ch in VULGAR_FRACTIONS:
        return None
    if is_word:
        vague = _vague(text, p)
        if vague is not None:
            return _vague_count(text, p, *vague)
        num = read_number(text, p)
        if num is None:
            # "several", "few", "half" with nothing after: after a plain word the general reading starts the number
            # at ``p`` too (no sign, point or lead word), finds the same vague amount (none) and the same number
            # (none), and gives up there; after a comma it also looks for a currency sign, so it decides
            return (None, cand_end) if before is not None else None
        end = num.end
        if num.value == 1 and not num.scaled and not num.fraction and _one_is_pronoun(text, p, end):
            return None, end
    else:
        # "20 people", "400 said.": digits, a space and a lower-case word that cannot extend the number (no scale,
        # multiplier, "and", "point" or "over") are the number ``read_number`` reads, the digits alone; the word is
        # kept for the operator test below
        num = None
        if text[cand_end:cand_end + 1] == " " and cand_end - p <= 30:
            wm = _DIGITS_THEN_WORD.match(text, cand_end)
            if wm is not None and wm[1] not in DIGIT_EXTENDING_WORDS:
                run = text[p:cand_end]
                if run.isdigit():  # (ASCII digits: the scan's runs hold nothing else that ``isdigit`` accepts)
                    digit_word = wm[1]
                    num = _new_number((p, cand_end, float(int(run)), True, True, False, 1, False))
        if num is None:
            num = read_number(text, p)
            if num is None:
                return None
        end = num.end
        nxt2 = text[end + 1:end + 2]
        if not (text[end:end + 1] == " " and "a" <= nxt2 <= "z"):
            resume = _not_a_count(text, p, p, end, cand_end, num, before)
            if resume >= 0:
                return None, resume
        else:
            # the not-counts still possible with a plain word before and a lower-case word after (as in
            # ``_not_a_count``, whose other tests cannot match here)
            # (``_may_be_shape``'s common answers inline: digits that end the number before a space and a lower-case
            # letter that opens no hour word ("20 people"), or a digit run that goes on with a comma ("3,000"), open
            # no shape)
            if (nxt2 in _HOUR_WORD_FIRST if cand_end == end else text[cand_end:cand_end + 1] != ",") and (
                    _may_be_shape(text, p, cand_end)):
                shape_end = notcounts.skip_shape(text, p)
                if shape_end > 0:
                    return None, shape_end
            # (the year first: the tests from here on all give the same answer, and this one is a look-up)
            if num.plain and 1000 <= num.value <= 2100 and end - p == 4 and before in _YEAR_WORDS:
                return None, end
            # (after a comma, "Age, 52" and "Dana Ortiz, 52," may still give an age)
            if (before is None or before in _AGE_LIST_WORDS or nxt2 in _AGE_UNIT_FIRST) and notcounts.is_age(
                    text, end, p):
                return None, end
            if num.plain and (num.value <= 31 or 1000 <= num.value <= 2100) and nxt2 == "o" and (
                    notcounts.month_after(text, end)):
                return None, end
    if text[end:end + 1] == "-":
        return None  # maybe a glued "-plus" or "-odd"
    unit, category, uspan, modifiers, sign_end, is_sign = _noun_or_sign(text, end, num.value, None)
    if not is_sign and text[p - 3:p] == "of ":
        return None  # maybe "percent of"
    span_end = sign_end if is_sign else end
    if digit_word is not None and not is_sign:
        # (what ``_AFTER_GATE`` finds at the space before the word: the word itself, whole)
        if digit_word in _AFTER_GATE_WORDS:
            return None
    elif _AFTER_GATE.match(text, span_end) is not None or text[span_end:span_end + 1] == "+":
        return None  # a range, tolerance or operator after the number
    if num.plain and 1000 <= num.value <= 2100 and len(text[p:end].strip()) == 4:
        if unit is None or before in _YEAR_WORDS or (
                category == "other" and unit in TIME_UNITS):
            return None, end
    if is_word and unit is None and num.value == 1 and not num.scaled:
        return None, end  # "two halves" alone
    if is_word and not num.scaled and 11 <= num.value <= 20:  # (see ``_count_at``)
        word_year = _WORD_YEAR.match(text, p)
        if word_year:
            return None, word_year.end()
    value = num.value
    return _finish(text, p, span_end, value, value, value, "=", unit, category, uspan, modifiers, end, num, None,
                   before, True)


# Currency signs of one character ("$", "€"): after a space, such a sign is the whole prefix.
_SIGN_PREFIXES: Final = frozenset(w for w in CURRENCY_PREFIXES if len(w) == 1 and not w.isalnum())


def _count_after_currency_sign(text: str, p: int, cand_end: int) -> tuple[_Found | None, int] | None:
    """The common case of money, "<plain word> $<digits>": the reading of :func:`_count_at` with the steps that the
    plain word before the sign rules out left out (as :func:`_count_after_plain_word` does for a bare number), or
    None when the number needs more (an operator, range or tolerance after it, a glued suffix)."""
    currency = CURRENCY_PREFIXES[text[p - 1]]
    num = read_number(text, p, True)
    if num is None:
        return None
    end = num.end
    resume = _not_a_count(text, p, p, end, cand_end, num, None)
    if resume >= 0:
        return None, resume
    if text[end:end + 1] == "-":
        return None  # maybe a glued "-plus" or "-odd"
    unit, category, uspan, modifiers, sign_end, _ = _noun_or_sign(text, end, num.value, currency)
    if _AFTER_GATE.match(text, sign_end) is not None or text[sign_end:sign_end + 1] == "+":
        return None  # a range, tolerance or operator after the amount
    if num.plain and 1000 <= num.value <= 2100 and len(text[p:end].strip()) == 4 and (
            notcounts.is_year_context(text, p)):
        return None, end
    value = num.value
    return _finish(text, p - 1, sign_end, value, value, value, "=", unit, category, uspan, modifiers, end, num,
                   bound=None)


_SPACE_OR_TAB: Final = (" ", "\t")
# "of" and a determiner after a bare number: a partitive ("300 of the workers", "at least 17 of the 23 delegates"),
# whose noun, or the count after it, names what is counted.
# A possessive after the determiner belongs to it ("66 of the state's delegates").
_DETERMINER: Final = r"(?:the|these|those|their|its|our|his|her|my|your|all[ \t]{1,3}the)[ \t]{1,3}"
_POSSESSIVE: Final = r"(?:[A-Za-z][A-Za-z.\-]{0,30}['’]s[ \t]{1,3})"
_PARTITIVE: Final = re.compile(r" of[ \t]{1,3}" + _DETERMINER + _POSSESSIVE + "?")
# The stretch between such a number and the count whose noun it shares ("17 of the 23 delegates", "three of the
# previous four contests").
_PARTITIVE_BEFORE_COUNT: Final = re.compile(r" of[ \t]{1,3}" + _DETERMINER + r"(?:[a-z]{2,20}[ \t]{1,3})?$")
_POSSESSIVE_AT: Final = re.compile(_POSSESSIVE)


def _partitive_noun(text: str, end: int) -> NounPhrase | None:
    """The noun of a partitive after a bare number ending at ``end`` (" of the workers"), or None."""
    m = _PARTITIVE.match(text, end)
    return read_noun_phrase(text, m.end()) if m is not None else None


def _people_object(text: str, start: int) -> bool:
    """Whether the count at ``start`` is the object of a verb that only people undergo ("killed 14", and in a
    headline "Quake Kills 40")."""
    if start < 3 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - _BEFORE_WORD_REACH - 2), start - 1)
    # (without a space in reach the word runs back to the start of the text: a stretch longer than every verb, whose
    # lower-cased copy, never shorter, is none of them, is not lower-cased)
    word = text[space + 1:start - 1]
    return len(word) <= _LONGEST_PEOPLE_OBJECT_VERB and word.lower() in PEOPLE_OBJECT_VERBS


_LONGEST_PEOPLE_OBJECT_VERB: Final = max(len(verb) for verb in PEOPLE_OBJECT_VERBS)


def _finish(text: str, start: int, end: int, value: float | None, low: float | None, high: float | None, op: str,
            unit: str | None, category: str, uspan: tuple[int, int] | None, modifiers: tuple[str, ...],
            number_end: int, num: Number, bound: str | None, before: str | None = None,
            before_known: bool = False) -> tuple[_Found | None, int]:
    """The count read at ``start``-``end``, with what its bare number may elide. ``before`` is the plain word before
    ``start`` when ``before_known`` (the quick readings know it), else it is looked up when needed."""
    bare = unit is None
    if bare and text[end:end + 4] == " of " and not num.fraction and _plain_word_before(text, start) != "in":
        # "300 of the workers": a partitive names what is counted after its determiner (not after "in": "7 in 10 of
        # their votes" is a proportion)
        phrase = _partitive_noun(text, end)
        if phrase is not None:
            unit, uspan, modifiers = phrase.unit, (phrase.start, phrase.end), phrase.modifiers
            category = "people" if phrase.demonym else category_of(unit)
            bare = False
    # (the verb is read after a space or tab: without one, none follows)
    people = bare and ((text[number_end:number_end + 1] in _SPACE_OR_TAB and people_verb_follows(text, number_end))
                       or (before in PEOPLE_OBJECT_VERBS if before_known else _people_object(text, start)))
    if bare and people:
        category = "people"
    may_borrow = bare and not num.fraction and not (num.value == 1 and not num.digits) and (
        people or bool(_ELLIPSIS_END.match(text, end)))
    # (positional: a class called with keywords gets them in a new dict, which costs more than the rest of this)
    f = _Found(start, end, value, low, high, op, unit, category, uspan, modifiers, bare, people, may_borrow, bound)
    return f, max(number_end, end)


def _vague_count(text: str, start: int, low: float, high: float, end: int,
                 value: float | None) -> tuple[_Found | None, int]:
    op_start = start
    pre = _prefix_op(_words_before(text, start), text, start)
    if pre and pre[0] == "~":
        op_start = pre[1]
    at = end
    of = _OF.match(text, end)
    if of:
        at = of.end()
        if of.end() > end + 3:  # (a determiner after "of": a possessive after it belongs to it)
            owner = _POSSESSIVE_AT.match(text, at + 1)
            if owner is not None:
                at = owner.end()
    phrase = read_noun_phrase(text, at)
    unit = phrase.unit if phrase else None
    category = category_of(unit)
    people = phrase is None and ((text[end:end + 1] in _SPACE_OR_TAB and people_verb_follows(text, end))
                                 or _people_object(text, op_start))
    if people:
        category = "people"
    f = _Found(op_start, end, value, None if value is not None else low, None if value is not None else high, "~",
               unit, category, (phrase.start, phrase.end) if phrase else None, phrase.modifiers if phrase else (),
               phrase is None, people)
    return f, end


def _letters_glued(text: str, end: int) -> bool:
    """Letters right after the digits that are no unit: an identifier ("06F6", "860BOX")."""
    if end >= len(text) or not text[end].isalpha():
        return False
    if sign_after(text, end) is not None:
        return False
    m = _LETTERS.match(text, end)
    if m is None:
        return False
    word = m.group().lower()
    return singular(word) not in _GLUED_OK and word not in _GLUED_OK


_GLUED_OK: Final = frozenset({"year", "yr", "day", "week", "month", "hour", "min", "minute", "second", "sec", "x",
                              "km", "kg", "mile", "metre", "meter", "ft", "inch", "lb", "mph", "kph", "pm", "am"})


def _skip_alnum(text: str, end: int) -> int:
    m = _ALNUM_RUN.match(text, end)
    return m.end() if m else end

