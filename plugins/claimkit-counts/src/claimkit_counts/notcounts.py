"""Numbers that are not counts: years, dates, times, ages, ordinals, phone numbers, identifiers, list numbering,
page and section numbers.

Each test looks only at a few characters around the number, so they are cheap enough to run on every candidate.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import LABEL_WORDS, MONTHS, PERCENT_WORDS, PERSON_NOUNS
from .nouns import known_noun

__all__ = [
    "YEAR_CONTEXT_WORDS", "attached_junk", "counted_after", "int_value", "is_age", "is_label", "is_list_number",
    "is_markup_number", "is_year_context", "month_after", "month_before", "next_to_month", "skip_shape",
]

# Shapes that swallow the whole token run: dates, times, versions/IP addresses, phone numbers.
_DATE: Final = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)|\d{4}-\d{2}(?!\d)(?!,\d)")
_VERSION: Final = re.compile(r"\d{1,4}\.\d{1,4}\.\d{1,4}")
_CLOCK: Final = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]?(?i:a\.m\.|p\.m\.|am\b|pm\b|h\b|hrs\b|GMT|UTC)|\d{1,2}:\d{2}"
)
_HOUR: Final = re.compile(
    r"\d{1,2}(?:\.\d{2})?[ \t]?(?:a\.m\.|p\.m\.|(?i:am|pm)\b|o'clock|o’clock"
    r"|in[ \t]the[ \t](?:morning|afternoon|evening))"
)
# A street address: "469 Elm St.", "12 Harbour Road".
_ADDRESS: Final = re.compile(
    r"\d{1,5}[ \t](?:[A-Z][a-z]{1,15}[ \t]){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|"
    r"Way|Place|Pl|Square|Sq|Court|Ct|Terrace|Highway|Hwy)\b"
)
_PHONE: Final = re.compile(
    r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}[ .-]\d{3,4}(?:[ .-]\d{2,4})?(?!\d)"
)
_AGE: Final = re.compile(r"[-\s](?:year|yr|month|week|day)s?[-\s]old\b|[ \t]years?[ \t]of[ \t]age\b", re.IGNORECASE)
_ORDINAL: Final = re.compile(r"(?:st|nd|rd|th|s)(?![A-Za-z])|'s(?![A-Za-z])", re.IGNORECASE)
_WORD_BEFORE: Final = re.compile(r"(#|[A-Za-z][A-Za-z.]{0,14})[ \t]{0,2}$")
_AGED: Final = re.compile(r"(?i:\b(?:aged|age|ages))[ \t,:]{1,3}$")
# "children under ten", "people over 65": a bound on the age of the people named right before it
_AGE_BOUND: Final = re.compile(
    r"(?i:\b(?:children|kids|people|persons|adults|boys|girls|pupils|students|patients|infants|babies|toddlers|"
    r"youngsters|teenagers|teens|men|women|those|anyone|everyone|residents|workers|drivers|voters))"
    r"[ \t]{1,3}(?:under|over|below|above)[ \t]{1,3}$")
_GROUP_SPLIT: Final = re.compile(r"[ .-]")
_LIST_MARK: Final = re.compile(r"[.)][ \t]")
_MONTH_BEFORE: Final = re.compile(r"([A-Za-z]{3,9}\.?)[ \t]{1,2}$")
_MONTH_AFTER: Final = re.compile(r"[ \t]{1,2}(?:of[ \t]{1,2})?([A-Za-z]{3,9}\.?)")
_PHONE_WORDS: Final = re.compile(r"(?i:call|phone|tel\.?|fax|dial|hotline|number|text|whatsapp)[ \t:]{1,3}$")

# The shapes above in one pattern: an alternation tries its branches in order, so the first shape that matches
# wins, as when they are tried one by one, in one call instead of five.
_SHAPES: Final = re.compile("|".join(f"(?:{p.pattern})" for p in (_DATE, _VERSION, _CLOCK, _HOUR, _ADDRESS)))


def skip_shape(text: str, start: int) -> int:
    """The end of a date, clock time, version, phone number or age starting at ``start``, or -1."""
    m = _SHAPES.match(text, start)
    if m:
        return m.end()
    at = start - 1 if start > 0 and text[start - 1] in "(+" else start
    m = _PHONE.match(text, at)
    if m and _is_phone(text, at, m.group()):
        return m.end()
    return -1


def _is_phone(text: str, start: int, shape: str) -> bool:
    if "(" in shape or shape.startswith("+") or _PHONE_WORDS.search(text, max(0, start - 12), start):
        return True
    groups = _GROUP_SPLIT.split(shape)
    if len(groups) >= 3:
        return True
    if len(groups) == 2 and len(groups[0]) == 3 and len(groups[1]) == 4:
        # 555-0134: a leading zero or a smaller second half cannot be a range
        return groups[1].startswith("0") or int(groups[1]) < int(groups[0])
    return False


# "Dana Ortiz, 52,": a name; "the driver, 52,": a person noun (group 1), checked against the lexicon
_APPOSITION: Final = re.compile(r"(?:[A-Z][a-z]{1,20}|\b([a-z]{2,20})),[ \t]$")
# "aged 19, 22 and 31", "aged 5 to 11", "aged between 20 and 60": the numbers of a list or range of ages
# (``_may_end_age_list`` restates its possible last words by their last letters: a new word here must go there too)
_AGE_LIST: Final = re.compile(r"(?i:\bage[ds]?)[ \t]{1,2}(?:between[ \t]{1,2})?"
                              r"(?:\d{1,3}(?:,[ \t]{1,2}\d{1,3}){0,10},?[ \t]{1,2}(?:(?:and|or|to)[ \t]{1,2})?)?$")
# (a string: the empty slice at the end of the text is in it too, and the pattern then decides)
_AGE_UNIT_FIRST: Final = "ymwdYMWD"


def is_age_bound(text: str, start: int, end: int) -> bool:
    """A number after "under"/"over" that bounds the age of the people named before it ("children under ten",
    "people over 65"), unless a counted noun follows it ("children under 300 grams" is no age)."""
    return _AGE_BOUND.search(text, max(0, start - 24), start) is not None and not counted_after(text, end)


def is_age(text: str, end: int, start: int) -> bool:
    """A number that gives an age ("a 45-year-old", "aged 30", "Dana Ortiz, 52, said", "the driver, 52, said",
    "aged 19, 22 and 31", "aged between 20 and 60")."""
    # every unit of ``_AGE`` opens with "y", "m", "w" or "d" one character after the number (none of them has
    # another character that matches it ignoring case): one character tells, before the pattern is tried
    if text[end + 1:end + 2] in _AGE_UNIT_FIRST and _AGE.match(text, end):
        return True
    if end - start <= 3:
        if text[end:end + 1] in ",)":
            m = _APPOSITION.search(text, max(0, start - 24), start)
            if m and (m[1] is None or m[1] in PERSON_NOUNS):
                return True
        # one character before the number (past its space) tells whether it can continue a list; "aged 30 and 40
        # percent" goes on with a share, not an age
        # ("aged 70 and 250 staff": a count of staff; "aged 18, 21 and 300": no age)
        if start >= 2 and text[start - 2] in ",drno" and _may_end_age_list(text, start) and _AGE_LIST.search(
                text, max(0, start - 80), start) and not (
                text.startswith(("%", " per cent"), end) or counted_after(text, end)
                or int_value(text, start, end) > 120):
            return True
    # "age", "aged", "ages" and one to three of " \t,:" must end right before the number (or before a line break
    # there, where "$" also matches): two letters tell, before the search over the window
    k = start - 1 if start > 0 and text[start - 1] == "\n" else start
    j = k
    while j > k - 3 and j > 0 and text[j - 1] in " \t,:":
        j -= 1
    if j == k or j < 3 or text[j - 1] not in "eEdDsSſ" or text[j - 2] not in "gGeE":
        return False
    return bool(_AGED.search(text, max(0, start - 8), start))


def _may_end_age_list(text: str, start: int) -> bool:
    """Whether ``_AGE_LIST`` may end before ``start`` when one space and one of ",drno" stand before it: a cheap
    necessary condition. Every reading of the pattern ends with spaces, which the end-anchored search puts right
    before ``start`` (one here), and before them the last word, told by its last character: a list's comma,
    "between", "or", "to", "and" or "aged" (only "age" ignores case, and only ASCII letters match it)."""
    c = text[start - 2]
    if c == "n":
        return text.endswith("between", 0, start - 1)
    if c == "r":
        return text.endswith("or", 0, start - 1)
    if c == "o":
        return text.endswith("to", 0, start - 1)
    if c == "d":
        return text.endswith("and", 0, start - 1) or text[start - 5:start - 2].lower() == "age"
    return True


def int_value(text: str, start: int, end: int) -> int:
    """The value of the digits ``text[start:end]``, or -1 when they are not plain digits."""
    digits = text[start:end]
    return int(digits) if digits.isdigit() and digits.isascii() else -1


def attached_junk(text: str, start: int, end: int) -> bool:
    """Letters glued to the digits that make them an ordinal, a decade or an identifier ("18th", "1960s",
    "J1149", "COVID-19")."""
    before = text[start - 1:start] if start > 0 else ""
    if before.isalpha() or before in ("_", "^"):
        return True
    if before and before in "-‐−+/" and start >= 2 and text[start - 2].isalnum():
        return True
    return bool(_ORDINAL.match(text, end))


_RANKS: Final = frozenset({"#", "no", "no.", "nos.", "number", "num."})
_NEXT_WORD: Final = re.compile(r"[ \t]{1,2}([a-z]{2,20})\b")
_ARTICLE_BEFORE: Final = re.compile(r"(?i:\b(?:a|an|each|every|per))[ \t]{1,2}$")
def counted_after(text: str, end: int) -> bool:
    """A noun for people, a measure, a currency or "percent" right after the number ("200 workers", "30 miles"):
    the number counts it."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m[1] in PERCENT_WORDS or known_noun(m[1]))


def is_label(text: str, start: int, end: int | None = None) -> bool:
    """A number that names rather than counts: "page 12", "Section 3", "No. 5", "#4"; not after "a row", "a seat"
    (an article makes the word a noun of its own: "the third year in a row 200 workers lost their jobs") nor before
    a counted noun ("the zone 30 miles wide")."""
    if not _ends_before(text, start, 0, _LABEL_LAST):
        return False  # no letter, "." or "#" before the spaces: the search cannot match
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if not m:
        return False
    word = m[1].lower()
    if not (word == "#" or word in LABEL_WORDS or word.rstrip(".") in LABEL_WORDS):
        return False
    if word in _RANKS:
        return True  # "No. 1 force", "#2 seed": a rank, whatever follows
    if _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False
    return end is None or not counted_after(text, end)


def is_list_number(text: str, start: int, end: int) -> bool:
    """List numbering: a number alone at the start of a line followed by "." or ")"."""
    if not text.startswith((".", ")"), end):
        return False  # no list mark: the line need not be looked at
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t(") != "":
        return False
    return bool(_LIST_MARK.match(text, end))


# (a colon and a space before a number open a tally in news, "Ferry fire: 3 missing", not markup)
_MARKUP_BEFORE: Final = re.compile(r"=[ \t]?[\"']?$|:[\"']?$|(?i:\bid|code)[\"']?[ \t:=]{0,3}$")
_LIST_PAREN: Final = re.compile(r"\)[ \t]")


def is_markup_number(text: str, start: int, end: int, plain: bool) -> bool:
    """A number inside markup or a mid-line list: an attribute value (tweet-id="7202..."), a long bare digit run,
    or an item marker "1) ..." not opened by a bracket."""
    if plain:
        window = text[max(0, start - 7):start]
        # both branches of the look-back need "=" or ":" or the "d" of "id" or "code" in the window
        if (("=" in window or ":" in window or "d" in window or "D" in window)
                and _MARKUP_BEFORE.search(text, max(0, start - 7), start)) or text[end:end + 1] in ("\"", "'"):
            return True
    if text.startswith(")", end) and _LIST_PAREN.match(text, end) and text[start - 1:start] != "(" and end - start <= 2:
        return True
    return False


# The last characters of what ``_WORD_BEFORE`` and ``_MONTH_BEFORE`` read before the spaces (ASCII: neither
# pattern ignores case).
_MONTH_LAST: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_LABEL_LAST: Final = _MONTH_LAST | {"#"}


def _ends_before(text: str, start: int, least: int, last: frozenset[str]) -> bool:
    """Whether ``least`` to two spaces or tabs stand before ``start`` (or before a line break there, where a final
    ``$`` also matches) with a character of ``last`` right before them: a cheap necessary condition for the
    look-backs "<word>[ \\t]{least,2}$"."""
    k = start - 1 if start > 0 and text[start - 1] == "\n" else start
    j = k
    while j > k - 2 and j > 0 and text[j - 1] in " \t":
        j -= 1
    return k - j >= least and j > 0 and text[j - 1] in last


def next_to_month(text: str, start: int, end: int) -> bool:
    """A day or year written beside a month name ("24 February", "March 3", "October 2023")."""
    return month_before(text, start) or month_after(text, end)


def month_before(text: str, start: int) -> bool:
    """A month name right before a number ("March 3")."""
    if not _ends_before(text, start, 1, _MONTH_LAST):
        return False  # no letter or "." before one or two spaces: the search cannot match
    m = _MONTH_BEFORE.search(text, max(0, start - 12), start)
    return bool(m and _is_month(m[1]))


def month_after(text: str, end: int) -> bool:
    """A month name right after a number ("24 February", "24 of March")."""
    # the month is capitalised and one or two spaces (maybe "of") stand before it: one character tells
    nxt = text[end + 1:end + 2]
    if not (nxt.isupper() or nxt in ("o", " ", "\t")):
        return False
    m = _MONTH_AFTER.match(text, end)
    return bool(m and _is_month(m[1]))


def _is_month(word: str) -> bool:
    # capitalised only: "may" is a verb far more often than a month
    return word[0].isupper() and (word.lower() in MONTHS or word.lower().rstrip(".") in MONTHS)


#: Words right before a four-digit number that make it a year ("in 2004", "the 2024 elections").
YEAR_CONTEXT_WORDS: Final = (
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid", "the",
    "this", "that", "its", "their", "his", "her", "our", "year", "fiscal", "fy", "spring", "summer", "autumn", "fall",
    "winter", "through", "between", "and", "to", "circa", "around", "c.",
)
_YEAR_BEFORE: Final = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in YEAR_CONTEXT_WORDS) + r"))[ \t-]{1,2}$|'s[ \t]$"
)


def is_year_context(text: str, start: int) -> bool:
    """Words before a four-digit number that make it a year ("in 2004", "the 2024 elections")."""
    return bool(_YEAR_BEFORE.search(text, max(0, start - 12), start))
