"""Reading one number expression at a given offset: digits, words, or both.

``read_number(text, pos)`` tokenises a short window after ``pos`` and parses the longest number expression that
starts there: "2,400", "1.5 million", "12k", "€2bn" (the sign is the caller's business), "two hundred and fifty",
"a dozen", "half a million", "three quarters", "2 1/2", "9.83e-3", "twenty-one trillion and three hundred".
It never raises and never looks further than a bounded window, so the cost per candidate is constant.
"""

from __future__ import annotations

import math
import re
from functools import partial
from typing import Final, NamedTuple

from .lexicon import (
    FRACTIONS,
    MONEY_ONLY_MULTIPLIERS,
    NEGATIVE_WORDS,
    ONES,
    PERSON_NOUNS,
    SCALES,
    SPACED_MULTIPLIERS,
    SUFFIX_MULTIPLIERS,
    TENS,
    VULGAR_FRACTIONS,
)
from .nouns import singular

__all__ = ["DIGIT_EXTENDING_WORDS", "Number", "Token", "read_number", "tokens"]

#: How far after the start a number expression may reach, in characters and in tokens.
WINDOW: Final = 160
MAX_TOKENS: Final = 24

_VULGAR: Final = "".join(VULGAR_FRACTIONS)

# One token at a time, after inline spaces: a number written in digits (grouped by commas, Indian commas, thin spaces or
# European dots), a word, or any other single character. Every repeat is bounded.
_TOKEN: Final = re.compile(
    r"""
    [ \t\u00a0\u202f]{0,6}
    (?:
    (?P<num>
        (?:\d{1,3}(?:,\d{3}){1,6}
          |\d{1,2}(?:,\d{2}){1,4},\d{3}
          |\d{1,3}(?:[\u00a0\u202f\ ]\d{3}){1,5}(?![\d/,])
          |\d{1,3}(?:\.\d{3}){1,5},\d{1,2}(?!\d|[,.]\d)
          |\d{1,3},\d{1,2}(?!\d|[,.]\d)
          |\d{1,30}
        )(?:\.\d{1,30})?
      | \.\d{1,30}
    )
  | (?P<word>[A-Za-z]{1,20})
  | (?P<vulgar>[""" + _VULGAR + r"""])
  | (?P<sym>.)
    )
    """,
    re.VERBOSE | re.DOTALL,
)

# The tail of a number in digits: an exponent ("e-3", "×10−5", "x10^6"), a power ("^23") or a product of a power
# ("x2^10").
_TAIL: Final = re.compile(
    r"""
    [eE](?P<e>[-+−]?\d{1,3})(?![A-Za-z\d])
  | \ ?[x×]\ ?10\ ?\^?\ ?(?P<ten>[-+−]?\d{1,3})(?!\d)
  | [x×](?P<base>\d{1,3})\^(?P<bexp>[-+−]?\d{1,3})
  | \^(?P<pow>[-+−]{0,2}\d{1,3})(?!\d)
    """,
    re.VERBOSE,
)

#: Words that may continue a number expression ("and", "point", "over", scales, fractions, number words).
NUMBER_VOCABULARY: Final = frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | frozenset(FRACTIONS) | frozenset(
    f"{w}s" for w in SCALES) | {"a", "an", "and", "point", "over", "of", "minus", "negative", "half", "quarter"}
_JOINERS: Final = frozenset({"-", ",", "&", "/", "."})

# "20m people": before people or things counted in millions a glued "m" means million, not metres ("100m race").
_PLURAL_AFTER: Final = re.compile(r"[ \t]{1,2}(?:[A-Z][\w.-]{0,20}[ \t]{1,2}){0,2}([a-z]{2,20})\b")
_COUNTED_IN_MILLIONS: Final = frozenset({"tonne", "ton", "barrel", "vote", "job", "home", "household", "copy", "share",
                                         "dose", "vaccine", "case", "ballot", "sale", "view", "download", "acre",
                                         "hectare"})


def _millions_of(text: str, pos: int) -> bool:
    m = _PLURAL_AFTER.match(text, pos)
    if m is None:
        return False
    word = m[1]
    if word == "people":
        return True
    unit = singular(word)
    return unit != word and (unit in PERSON_NOUNS or unit in _COUNTED_IN_MILLIONS)

_SLASH: Final = re.compile(r"(\d{1,4})/(\d{1,4})(?![\d/])")


class Token:
    """One token of the window: ``kind`` is num, word, vulgar or sym; ``low`` is the lower-cased text."""

    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int) -> None:
        """A token of ``kind`` spanning ``text[start:end]``."""
        self.kind = kind
        self.text = text
        self.low = text.lower()
        self.start = start
        self.end = end


class Number(NamedTuple):
    """A parsed number expression.

    Attributes:
        start, end: its span.
        value: the number.
        digits: written (at least partly) in digits.
        plain: a bare integer in digits without grouping, decimals or scale ("2004"): the shape of years,
            identifiers and phone numbers.
        scaled: a scale word or letter multiplied it ("1.5 million", "12k").
        scale: the last scale applied (1 when none), so "2-3 million" can scale its first end.
        fraction: a spelled or written fraction ("two thirds", "1/4").
    """

    start: int
    end: int
    value: float
    digits: bool
    plain: bool
    scaled: bool
    scale: float = 1
    fraction: bool = False


# ``tuple.__new__`` bound to ``Number``: the shortcuts of :func:`read_number` build their result from a tuple of all
# its fields without the Python-level ``__new__`` of a named tuple.
_new_number: Final = partial(tuple.__new__, Number)


def tokens(text: str, pos: int, limit: int = WINDOW) -> list[Token]:
    """The non-space tokens of a number expression starting at ``pos``: tokenising stops after the first word
    that cannot belong to one (it is kept, so callers can see what follows), at a line break, or after ``limit``
    characters."""
    out: list[Token] = []
    # ``_TOKEN`` matches at every position (a lone character is a "sym"), so the matches of one search over the
    # window follow each other with nothing between them: the tokens that matching at each end in turn would give
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + limit)):
        kind = m.lastgroup or "sym"
        t = m.group(kind)
        if t == "\n" or t == "\r":
            break
        tok = Token(kind, t, m.start(kind), m.end())
        out.append(tok)
        if kind == "word" and tok.low not in NUMBER_VOCABULARY and t not in SUFFIX_MULTIPLIERS:
            break
        if kind == "sym" and t not in _JOINERS:
            break
        if len(out) >= MAX_TOKENS:
            break
    return out


def _digits_value(t: str) -> tuple[float, bool]:
    """The value of a digit token and whether it is a plain integer."""
    if t.isdecimal():  # the common case first: no sign, separator or point
        return float(int(t)), True
    try:
        return _digits_value_unchecked(t)
    except ValueError:  # an odd mix of separators: keep the leading digits
        lead = re.match(r"\d{1,30}", t)
        return (float(lead.group()) if lead else 0.0), False


def _digits_value_unchecked(t: str) -> tuple[float, bool]:
    if t.isdecimal():  # the common case first: no sign, separator or point
        return float(int(t)), True
    if t.startswith("."):
        return float(t), False
    if "," in t and "." in t and t.index(".") < t.index(","):
        return float(t.replace(".", "").replace(",", ".")), False  # European 1.111,11
    if "," in t:
        head, _, tail = t.rpartition(",")
        if t.count(",") == 1 and len(tail.split(".")[0]) <= 2:
            return float(f"{head}.{tail}"), False  # decimal comma 5,00
        return float(t.replace(",", "")), False
    if " " in t or "\u00a0" in t or "\u202f" in t:
        return float(t.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")), False
    if "." in t:
        return float(t), False
    return float(int(t)), True


def _signed(s: str) -> int:
    s = s.replace("−", "-")
    negative = s.count("-") % 2 == 1
    return -int(s.lstrip("+-")) if negative else int(s.lstrip("+-"))


def _tail(text: str, value: float, end: int) -> tuple[float, int, bool]:
    """Apply an exponent or power written after a number; (value, new end, changed)."""
    m = _TAIL.match(text, end)
    if not m:
        return value, end, False
    try:
        if m["e"] is not None:
            return value * 10.0 ** _signed(m["e"]), m.end(), True
        if m["ten"] is not None:
            return value * 10.0 ** _signed(m["ten"]), m.end(), True
        if m["base"] is not None:
            return value * float(int(m["base"])) ** _signed(m["bexp"]), m.end(), True
        if m["pow"] is not None:
            exponent = m["pow"].replace("−", "-")
            if exponent.startswith("--"):  # a doubled sign reads as none
                exponent = exponent[2:]
            result = value ** _signed(exponent)
            if isinstance(result, complex) or math.isinf(result):
                return value, end, False
            return float(result), m.end(), True
    except (OverflowError, ZeroDivisionError, ValueError):
        return value, end, False
    return value, end, False


def _is_ones(tok: Token) -> bool:
    return tok.kind == "word" and tok.low in ONES


def _fraction_denominator(toks: list[Token], i: int) -> int | None:
    """The denominator of a fraction word at ``i`` (with "-" joins), or None."""
    if i < len(toks) and toks[i].kind == "word":
        return FRACTIONS.get(toks[i].low)
    return None


class _Cardinal:
    """The result of reading a cardinal: value, index after it, last big scale, kinds seen."""

    __slots__ = ("digits", "end", "fraction", "last_big", "next", "plain", "scale", "scaled", "value")

    def __init__(self) -> None:
        self.value = 0.0
        self.next = 0
        self.last_big = 0.0
        self.digits = False
        self.plain = False
        self.scaled = False
        self.scale = 1.0
        self.end = 0
        self.fraction = False


#: Words that make number words after "<digits> <scale>," part of the number ("5 million, two hundred").
_COMMA_SCALES: Final = frozenset({"hundred", "thousand", "million", "billion"})


def _cardinal(text: str, toks: list[Token], i: int, money: bool) -> _Cardinal | None:
    """Read a cardinal starting at token ``i`` (digits, words, scales, "and" joins)."""
    n = len(toks)
    total = 0.0
    cur: float | None = None
    last_big: float | None = None
    last = ""  # kind of the last consumed piece
    res = _Cardinal()
    good = -1  # index of the last token that belongs to the number
    pieces = 0
    j = i
    while j < n:
        t = toks[j]
        if t.kind == "num":
            if last == "and_h" and cur is not None:
                value, plain = _digits_value(t.text)
                if not plain or not 0 < value < 100 or (j + 1 < n and toks[j + 1].low in ("hundred", "hundreds")):
                    break
                cur += value
                good = j
                res.end = t.end
                last = "ones"
                j += 1
                continue
            if cur is not None or last not in ("", "big", "and", "comma"):
                break
            if last in ("and", "comma") and t.low == "0":
                break
            value, plain = _digits_value(t.text)
            end = t.end
            value, end2, changed = _tail(text, value, end)
            if changed:
                plain = False
                # the tail may run over following tokens: skip them
                while j + 1 < n and toks[j + 1].start < end2:
                    j += 1
                end = end2
            if last in ("and", "comma") and value >= 1000:
                break
            # a written fraction: "1/4", or mixed "2 1/2"
            m = _SLASH.match(text, t.start)
            if m and m.end() > t.end and text[t.start - 1:t.start] != "/" and not changed:
                den = int(m[2])
                num = int(m[1])
                if den == 0 or num >= den or (num > 1 and den >= 10):
                    return None  # 24/7, 9/11: not fractions
                cur = num / den
                res.digits = True
                res.fraction = True
                while j + 1 < n and toks[j + 1].start < m.end():
                    j += 1
                good = j
                pieces += 1
                last = "frac"
                j += 1
                res.end = m.end()
                break
            cur = value
            res.digits = True
            res.plain = plain and pieces == 0
            res.end = end
            good = j
            pieces += 1
            last = "digits"
            # mixed number "2 1/2" or "2½"
            if j + 1 < n:
                nxt = toks[j + 1]
                m2 = _SLASH.match(text, nxt.start) if nxt.kind == "num" else None
                if m2 and plain and nxt.start > t.end and text[m2.end():m2.end() + 1] != "/":
                    num, den = int(m2[1]), int(m2[2])
                    if 0 < num < den:
                        cur = value + num / den
                        res.plain = False
                        res.fraction = True
                        while j + 1 < n and toks[j + 1].start < m2.end():
                            j += 1
                        good = j
                        res.end = m2.end()
                elif nxt.kind == "vulgar" and nxt.start == t.end and plain:
                    cur = value + VULGAR_FRACTIONS[nxt.text]
                    res.plain = False
                    res.fraction = True
                    j += 1
                    good = j
                    res.end = nxt.end
            # letter multipliers: "12k", "€2bn", "2.33 k"
            if j + 1 < n and toks[j + 1].kind == "word":
                letter = toks[j + 1]
                mult = SUFFIX_MULTIPLIERS.get(letter.text)
                attached = letter.start == toks[j].end
                if mult and (attached or letter.text in SPACED_MULTIPLIERS) and (
                        money or letter.text not in MONEY_ONLY_MULTIPLIERS
                        or (attached and _millions_of(text, letter.end))):
                    cur = cur * mult
                    res.scaled = True
                    res.plain = False
                    res.scale = float(mult)
                    j += 1
                    good = j
                    res.end = letter.end
                    last = "big"
                    total += cur
                    cur = None
                    last_big = mult
            j += 1
            continue
        if t.kind == "vulgar":
            if cur is not None or last not in ("", "and"):
                break
            cur = VULGAR_FRACTIONS[t.text]
            res.fraction = True
            good = j
            res.end = t.end
            pieces += 1
            last = "frac"
            j += 1
            break
        if t.kind == "sym":
            nxt_is_digit_word = j + 1 < n and _is_ones(toks[j + 1]) and 0 < ONES[toks[j + 1].low] < 10
            if t.text == "-" and last == "tens" and nxt_is_digit_word:
                j += 1
                continue
            if t.text == "," and last == "big" and j + 1 < n and toks[j + 1].kind == "word" and (
                    toks[j + 1].low in ONES or toks[j + 1].low in TENS) and (
                    not res.digits or (j + 2 < n and toks[j + 2].low in _COMMA_SCALES)):
                # "two million, three hundred" and "5 million, two hundred" go on; "$2 billion, two bankers said"
                # ends at its comma
                last = "comma"
                j += 1
                continue
            if t.text == "&" and last in ("hundred", "big"):
                last = "and_h" if last == "hundred" else "and"
                j += 1
                continue
            break
        w = t.low
        if w in ONES:
            v = ONES[w]
            if cur is None and last in ("", "big", "and", "comma", "a"):
                cur = float(v)
            elif last == "tens" and 0 < v < 10:
                cur = (cur or 0) + v
            elif last in ("hundred", "and_h") and v > 0:
                cur = (cur or 0) + v
            else:
                break
            last = "ones"
        elif w in TENS:
            v = TENS[w]
            if cur is None and last in ("", "big", "and", "comma"):
                cur = float(v)
            elif last in ("hundred", "and_h"):
                cur = (cur or 0) + v
            else:
                break
            last = "tens"
        elif w in ("hundred", "hundreds") and (w == "hundred" or cur is not None):
            if cur is None:
                if last not in ("", "a", "big", "and"):
                    break
                cur = 1.0
            elif last == "hundred" or (cur >= 100 and last != "digits") or cur >= 1000:
                break
            cur *= 100
            res.scaled = True
            res.scale = 100.0
            last = "hundred"
        elif w in SCALES or (w.endswith("s") and w[:-1] in SCALES and cur is not None):
            scale = float(SCALES.get(w) or SCALES[w[:-1]])
            if scale == 20:  # "score" as a number only after a number word
                if cur is None:
                    break
            if cur is None:
                if last == "big" and last_big is not None and scale > last_big:
                    total *= scale  # "three lakh crore"
                    last_big = scale
                    good = j
                    res.end = t.end
                    j += 1
                    continue
                if last not in ("", "a"):
                    break
                cur = 1.0
            if scale < 100:  # dozen, score: multiply the current group
                cur *= scale
                res.scaled = True
                res.scale = scale
                last = "hundred" if cur < 100 else "big"
                good = j
                res.end = t.end
                j += 1
                continue
            if last_big is None or scale < last_big:
                total += cur * scale
            else:
                total = (total + cur) * scale
            last_big = scale
            res.scaled = True
            res.scale = scale
            cur = None
            last = "big"
        elif w in ("a", "an") and j == i:
            if j + 1 < n and toks[j + 1].kind == "word" and (toks[j + 1].low in SCALES):
                last = "a"
                j += 1
                continue
            break
        elif w in ("and",) and last in ("hundred", "big"):
            if j + 1 >= n:
                break
            nxt = toks[j + 1]
            if nxt.kind == "num":
                if nxt.low == "0":
                    break
            elif nxt.low in ONES:
                # "one hundred and three quarters": the fraction is the caller's
                if j + 2 < n and _fraction_denominator(toks, j + 2) and ONES[nxt.low] < 10:
                    break
                if ONES[nxt.low] == 0:
                    break
            elif nxt.low not in TENS:
                break
            last = "and_h" if last == "hundred" else "and"
            j += 1
            continue
        else:
            break
        good = j
        res.end = t.end
        pieces += 1
        j += 1
    if good < 0 or (cur is None and total == 0 and last not in ("big", "hundred", "digits", "ones")):
        if good < 0:
            return None
    res.value = total + (cur or 0.0)
    res.next = good + 1
    res.last_big = last_big or 0.0
    if pieces > 1 or res.scaled:
        res.plain = False
    if last == "frac":
        res.plain = False
    return res


def _point(toks: list[Token], j: int) -> tuple[float, int, int] | None:
    """Spelled decimals after "point": (fractional part, next index, end offset)."""
    if j >= len(toks) or toks[j].low != "point":
        return None
    k = j + 1
    digits = ""
    end = 0
    while k < len(toks) and _is_ones(toks[k]) and ONES[toks[k].low] < 10:
        digits += str(ONES[toks[k].low])
        end = toks[k].end
        k += 1
    if digits and not (k < len(toks) and toks[k].low in TENS):
        return float("0." + digits), k, end
    if k == j + 1 and k < len(toks) and (toks[k].low in TENS or toks[k].low in ONES):
        v = 0
        if toks[k].low in TENS:
            v = TENS[toks[k].low]
            end = toks[k].end
            k += 1
            if k + 1 < len(toks) and toks[k].text == "-" and _is_ones(toks[k + 1]):
                v += ONES[toks[k + 1].low]
                end = toks[k + 1].end
                k += 2
            elif k < len(toks) and _is_ones(toks[k]) and ONES[toks[k].low] < 10:
                v += ONES[toks[k].low]
                end = toks[k].end
                k += 1
        else:
            v = ONES[toks[k].low]
            end = toks[k].end
            k += 1
        return float("0." + str(v)), k, end
    return None


def _scale_after(toks: list[Token], j: int) -> tuple[float, int, int] | None:
    """A scale word after a fraction: "half a million", "two thirds of a million", "quarter million"."""
    k = j
    if k < len(toks) and toks[k].low == "of":
        k += 1
    if k < len(toks) and toks[k].low in ("a", "an"):
        k += 1
    if k < len(toks) and toks[k].kind == "word" and toks[k].low in SCALES and toks[k].low != "score":
        return float(SCALES[toks[k].low]), k + 1, toks[k].end
    return None


# The common case in news, a plain or comma-grouped number with nothing after it that could extend it (no scale
# word, multiplier, exponent, fraction, further digit group or decimal comma): read without tokenising.
# Every character that a case-insensitive ASCII letter matches besides its two cases ("ſ" is an "s", "K" the
# Kelvin sign a "k", "İ" and "ı" are "i").
_CASE_FOLDS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _case_branches(words: list[str]) -> str:
    """Case-insensitive ``words`` as an alternation whose branches open with a plain class of their first letter:
    the engine skips a branch on its first character without trying it (it cannot with a case-insensitive one)."""
    branches = []
    for word in words:
        first = word[0]
        letters = first.lower() + first.upper() + _CASE_FOLDS.get(first.lower(), "")
        branches.append(f"[{letters}]" + (f"(?i:{word[1:]})" if len(word) > 1 else ""))
    return "|".join(branches)


#: Words after digits that extend the number: scales (maybe plural), letter multipliers, "and", "point", "over".
_EXTENDING_SCALES: Final = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "lac", "crore",
                            "score", "dz", "doz"]
_EXTENDING_OTHERS: Final = ["k", "mn", "mln", "mil", "bn", "bln", "tn", "tln", "trn", "and", "point", "over"]
#: Those words in lower case (the scales also with a plural "s"): a digit run followed by one space and a lower-case
#: word outside this set, ending before a character that is no letter, digit or "_", is read by ``_SIMPLE`` alone.
DIGIT_EXTENDING_WORDS: Final = frozenset(_EXTENDING_SCALES) | frozenset(f"{w}s" for w in _EXTENDING_SCALES) | frozenset(
    _EXTENDING_OTHERS)
_SIMPLE: Final = re.compile(
    r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,30})(?:\.\d{1,30})?"
    r"(?![0-9A-Za-z/^×½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒]|[,.]\d|[ \t\u00a0\u202f]{1,6}(?:[0-9½⅓⅔¼¾]|(?:(?:"
    + _case_branches(_EXTENDING_SCALES) + r")(?i:s?)|" + _case_branches(_EXTENDING_OTHERS) + r")\b|(?:G|M|MM|B)\b))"
)


# The common case of a number word: one word from "zero" to "ninety" followed by a word or sign that cannot
# extend it ("two soldiers", "three."). The tokens are the ones ``tokens`` would make; what follows may extend the
# number only when it is a digit, a vulgar fraction, a decimal point before a digit, "-", "&" (group 3), or a word
# of number vocabulary, a letter multiplier or an ordinal (checked on group 2). Anything else reads as the word's
# value alone, exactly as the general path would.
_WORD_SIMPLE: Final = re.compile(
    r"([A-Za-z]{1,20})[ \t\u00a0\u202f]{0,6}(?:([A-Za-z]{1,20})|([-&0-9" + _VULGAR + r"]|\.\d))?"
)
_SMALL_WORDS: Final = {w: float(v) for w, v in (*ONES.items(), *TENS.items())}
# The next most common case, digits and a big scale ("1.5 million", "$40 billion,"), when nothing after the scale
# can extend the number: no digit, vulgar fraction, decimal point, "-" or "&" (group 6), no word of number
# vocabulary (group 3), and no number word after a comma (groups 4, 5: "5 million, two hundred"). The digits are
# those ``tokens`` reads (no other digit form can stand before a space and a letter); the value is the one the
# general reader computes.
_DIGITS_SCALE: Final = re.compile(
    r"((?:\d{1,3}(?:,\d{3}){1,6}|\d{1,30})(?:\.\d{1,30})?)[ \t\u00a0\u202f]{1,6}([A-Za-z]{1,20})"
    r"[ \t\u00a0\u202f]{0,6}(?:([A-Za-z]{1,20})|(,)[ \t\u00a0\u202f]{0,6}([A-Za-z]{1,20})?|([-&0-9" + _VULGAR
    + r"]|\.\d))?"
)
# Words that the general reader reads as a number only before a scale or one of ``_AFTER_ARTICLE_OR_HALF`` (they
# mirror the reader's own word tables: a word added there must be added here, or its shortcut test fails).
# (these four are not ``Final``, unlike the module's other tables: the tests swap them for ones that never match
# to reach the general reader, which a compiled module must then look up too)
_ARTICLES_AND_HALVES = frozenset({"a", "an", "half", "quarter"})
_AFTER_ARTICLE_OR_HALF: Final = frozenset(FRACTIONS) | {"of", "a", "an"}
_BIG_SCALES: Final = {
    w + s: float(SCALES[w]) for w in ("thousand", "million", "billion", "trillion") for s in ("", "s")}
# Digits before "and" ("2010 and 2012", "46 and Rubio 30"), which ``_SIMPLE`` leaves to the general reader because
# "and" extends a number after a scale ("two million and five"). After bare digits it never does: the general reader
# stops there unless "and" opens a mixed number ("2 and a half", "3 and one third"), whose first word (group 2, the
# token after "and") is "a", "an" or a number word from ``ONES``. The digits (group 1) are those ``tokens`` reads
# before spaces (no other digit form can stand there).
_DIGITS_AND = re.compile(
    r"((?:\d{1,3}(?:,\d{3}){1,6}|\d{1,30})(?:\.\d{1,30})?)[ \t\u00a0\u202f]{1,6}[Aa][Nn][Dd](?![A-Za-z])"
    r"[ \t\u00a0\u202f]{0,6}([A-Za-z]{1,20})?"
)
# The words after "and" that may open a mixed number: the general reader decides (``ONES`` and the articles, as the
# reader's ``_TOKEN`` reads them).
_MIXED_OPENERS: Final = frozenset(ONES) | {"a", "an"}
# A number word glued by a hyphen to the word after it ("two-year", "six-term"), group 1: after a word from ``ONES``
# the general reader always stops at the hyphen, and after one from ``TENS`` unless a digit word follows
# ("twenty-one"); it reads more only when the word after is a fraction or an ordinal ("two-thirds", "twenty-first").
_HYPHEN_WORD = re.compile(r"-([A-Za-z]{1,20})")
# Digits with letters glued to them (group 2: "1990s", "9th", "600px", "9AM"). The general reader multiplies the
# digits by a letter multiplier ("12k"), reads an exponent or a power ("9e5", "2x10^3") or goes on over number
# vocabulary ("5million"); after any other word it reads the digits (group 1, as ``tokens`` reads them before a
# letter) alone.
_DIGITS_GLUED = re.compile(r"((?:\d{1,3}(?:,\d{3}){1,6}|\d{1,30})(?:\.\d{1,30})?)([A-Za-z]{1,20})")
# The first letters of the exponents and powers that ``_TAIL`` reads after digits.
_TAIL_LETTERS: Final = "eExX"
# The words a number expression may begin with; ``_cardinal`` and the cases before it read nothing from any other.
_START_WORDS: Final = frozenset(_SMALL_WORDS) | frozenset(SCALES) | NEGATIVE_WORDS | {
    "hundred", "a", "an", "half", "quarter"}


def read_number(text: str, pos: int, money: bool = False) -> Number | None:
    """The number expression starting exactly at ``pos``, or None.

    Args:
        text: the document text.
        pos: where the expression starts (a digit, a number word, "a"/"an", "half", "minus"...).
        money: a currency sign precedes it, so "m"/"b" right after digits mean million/billion.

    Returns:
        The longest number read there, or None when there is none.
    """
    # the two digit shortcuts start with a digit (``\d``: a decimal digit in any script), the word one with a letter
    first_char = text[pos:pos + 1]
    simple = _SIMPLE.match(text, pos) if first_char.isdecimal() else None
    if simple is not None:
        t = simple.group()
        # (the common case of ``_digits_value`` inline: digits alone)
        value, plain = (float(int(t)), True) if t.isdecimal() else _digits_value(t)
        return _new_number((pos, simple.end(), value, True, plain, False, 1, False))
    big = _DIGITS_SCALE.match(text, pos) if first_char.isdecimal() else None
    if big is not None:
        scale = _BIG_SCALES.get(big[2].lower())
        nxt = big[3]
        if scale is not None and not big[6] and (nxt is None or nxt.lower() not in _EXTENDING_WORDS) and not (
                big[4] and big[5] and (big[5].lower() in ONES or big[5].lower() in TENS)):
            value, _ = _digits_value(big[1])
            return _new_number((pos, big.end(2), 0.0 + value * scale + 0.0, True, False, True, scale, False))
    if big is None and first_char.isdecimal():
        glued = _DIGITS_GLUED.match(text, pos)
        if glued is not None:
            letters = glued[2]
            low = letters.lower()
            if letters[0] not in _TAIL_LETTERS and letters not in SUFFIX_MULTIPLIERS and low not in NUMBER_VOCABULARY:
                value, plain = _digits_value(glued[1])
                return _new_number((pos, glued.end(1), value, True, plain, False, 1.0, False))
    if big is not None and big[2].lower() == "and":
        # (only when ``_DIGITS_SCALE`` read the word "and": then the digits stand before spaces and a word)
        digits_and = _DIGITS_AND.match(text, pos)
        if digits_and is not None and (digits_and[2] is None or digits_and[2].lower() not in _MIXED_OPENERS):
            value, plain = _digits_value(digits_and[1])
            return _new_number((pos, digits_and.end(1), value, True, plain, False, 1.0, False))
    word = _WORD_SIMPLE.match(text, pos) if first_char.isascii() and first_char.isalpha() else None
    if word is not None:
        low = word[1].lower()
        if low not in _START_WORDS:
            return None  # "few", "several", "third": the general reader would stop at once
        small = _SMALL_WORDS.get(low)
        if small is not None and not word[3]:
            nxt = word[2]
            if nxt is None or (nxt not in SUFFIX_MULTIPLIERS and nxt.lower() not in _EXTENDING_WORDS):
                return _new_number((pos, word.end(1), small, False, False, False, 1.0, False))
        elif low in _ARTICLES_AND_HALVES and not word[3] and (word[2] is None or (
                word[2].lower() not in SCALES and word[2].lower() not in _AFTER_ARTICLE_OR_HALF)):
            # "a few", "a group", "half said", "half of": an article reads as a number only before a scale or a
            # fraction ("a dozen", "a third"), "half" and "quarter" only before a scale, maybe after "of", "a" or "an"
            # ("half a million", "a quarter of a million": the general reader decides those)
            return None
        elif small is not None and word[3] == "-":
            hyphen = _HYPHEN_WORD.match(text, word.end(1))
            if hyphen is not None:
                after = hyphen[1].lower()
                if after not in FRACTIONS and after not in _ORDINAL_UNITS and (low in ONES or after not in ONES):
                    return _new_number((pos, word.end(1), small, False, False, False, 1.0, False))
    toks = tokens(text, pos)
    if not toks:
        return None
    i = 0
    sign = 1.0
    if toks[0].low in NEGATIVE_WORDS:
        # "plus or minus 3.4" is a margin, not a negative number
        sign = 1.0 if text[max(0, pos - 8):pos].lower().rstrip().endswith("or") else -1.0
        i = 1
        if i >= len(toks):
            return None
    first = toks[i]
    # "half a million", "half million", "quarter million", "half a dozen"
    if first.low in ("half", "quarter") and first.kind == "word":
        after = _scale_after(toks, i + 1)
        if after:
            scale, _, end = after
            value = (0.5 if first.low == "half" else 0.25) * scale
            return Number(toks[0].start, end, sign * value, False, False, True, scale, True)
        return None
    # "a quarter of a million", "a half million": the article belongs to the fraction of a scale
    # (not "a half a million", where the first "a" is a slip of speech before "half a million")
    if first.low == "a" and i + 2 < len(toks) and toks[i + 1].low in ("half", "quarter") and (
            toks[i + 1].kind == "word" and toks[i + 2].low not in ("a", "an")):
        after = _scale_after(toks, i + 2)
        if after:
            scale, _, end = after
            value = (0.5 if toks[i + 1].low == "half" else 0.25) * scale
            return Number(toks[0].start, end, sign * value, False, False, True, scale, True)
    # "a third", "a trillionth", "an eighth"
    if first.low in ("a", "an") and i + 1 < len(toks):
        den = _fraction_denominator(toks, i + 1)
        if den and toks[i + 1].low not in ("half", "quarter", "quarters", "halves"):
            value = 1 / den
            end = toks[i + 1].end
            after = _scale_after(toks, i + 2)
            if after:
                value *= after[0]
                end = after[2]
            return Number(toks[0].start, end, sign * value, False, False, False, 1, True)
    card = _cardinal(text, toks, i, money)
    if card is None:
        return None
    value = card.value
    j = card.next
    end = card.end
    fraction = card.fraction
    scaled = card.scaled
    scale = card.scale
    digits = card.digits
    plain = card.plain
    # an ordinal ("twenty-first", "twenty first") is not a cardinal
    if j < len(toks):
        k = j + 1 if toks[j].text == "-" and toks[j].start == end else j
        if k < len(toks) and toks[k].low in _ORDINAL_UNITS and not digits and (
                toks[k].low not in FRACTIONS or (k > j and toks[j - 1].low in TENS)):
            return None
    # spelled decimals: "two hundred point zero three"
    point = _point(toks, j)
    if point and not digits:
        value += point[0]
        j, end = point[1], point[2]
        plain = False
    # a spelled fraction: "two thirds", "one-half", "twenty-three fifths"
    k = j + 1 if j < len(toks) and toks[j].text == "-" else j
    den = _fraction_denominator(toks, k)
    if den and not digits and not (den == 4 and toks[k].low in ("quarter",) and value != 1):
        value = value / den
        end = toks[k].end
        j = k + 1
        fraction = True
        plain = False
        after = _scale_after(toks, j)
        if after:
            value *= after[0]
            j, end = after[1], after[2]
            scaled = True
            scale = after[0]
    # a mixed number: "twenty and three fifths", "3 million and a half", "five and a half million"
    elif j + 2 < len(toks) and toks[j].low in ("and", "&") and (toks[j + 1].low in ("a", "an", "one") or (
            _is_ones(toks[j + 1]) and 0 < ONES[toks[j + 1].low] < 10)):
        d = _fraction_denominator(toks, j + 2)
        if d:
            numerator = 1 if toks[j + 1].low in ("a", "an") else ONES[toks[j + 1].low]
            frac = numerator / d
            end = toks[j + 2].end
            j += 3
            after = _scale_after(toks, j)
            if card.last_big >= 1000 and after:
                value += frac * after[0]  # "one billion and a half million"
                j, end = after[1], after[2]
            elif card.last_big >= 1000:
                value += frac * card.last_big  # "3 million and a half"
            elif after:
                value = (value + frac) * after[0]  # "five and a half million"
                j, end = after[1], after[2]
                scaled = True
                scale = after[0]
            else:
                value += frac
            fraction = True
            plain = False
    # "one over three", "1 over 20": a ratio, only when nothing follows it
    if j + 1 < len(toks) and toks[j].low == "over" and not fraction:
        den_card = _cardinal(text, toks, j + 1, money)
        if den_card is not None and den_card.value and (den_card.next >= len(toks) or (toks[den_card.next].kind == "sym"
                                                        and toks[den_card.next].text in ".?!,;")):
            value = value / den_card.value
            end = den_card.end
            fraction = True
            plain = False
    return Number(toks[0].start, end, sign * value, digits, plain and sign > 0, scaled, scale, fraction)


_ORDINAL_UNITS: Final = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                   "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                                   "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
                                   "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
                                   "thousandth", "millionth", "billionth"})
# Words after a number word that the general reader must see: number vocabulary, fractions and ordinals. "of",
# "a", "an", "minus" and "negative" go on a number only at its start ("half of a million", "a dozen", "minus
# three"): after a lone number word the general reader stops at them too ("one of them", "one a day").
_EXTENDING_WORDS: Final = (NUMBER_VOCABULARY - {"of", "a", "an", "minus", "negative"}) | frozenset(FRACTIONS) | (
    _ORDINAL_UNITS)
