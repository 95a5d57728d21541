"""The counted noun after a number: "2,000 Veloran troops" -> unit "troop", modifiers ("Veloran",).

No tagger: a short noun phrase is read word by word. The head is the first word that looks like a count noun (a
person noun, a unit, an invariant plural such as "personnel", or a plural form), extended over a following plural
("police officers"); the words before it are its modifiers. Function words, verbs and punctuation end the phrase.
"""

from __future__ import annotations

import functools
import re
from functools import partial
from typing import Final, NamedTuple

from .lexicon import (
    ADJECTIVAL_PERSON_NOUNS,
    AUXILIARIES,
    CURRENCY_NOUNS,
    HEADLINE_VERBS,
    INVARIANT_PLURALS,
    IRREGULAR_PLURALS,
    MEASURE_NOUNS,
    NON_RESTRICTIVE,
    ONES,
    PEOPLE_VERBS,
    PERSON_NOUNS,
    SPELLING,
    STOPWORDS,
    TENS,
    TIME_DEICTICS,
    TIME_UNITS,
)

__all__ = ["NounPhrase", "category_of", "people_verb_follows", "read_noun_phrase", "singular", "title_case_at"]

# A word of a noun phrase: an acronym with dots ("U.S."), or letters with inner hyphens/apostrophes. A closing
# quotation mark may stand before it (“fewer than 500” Veloran personnel).
_WORD: Final = re.compile(
    r"""[ \t\u00a0]{0,3}(?:["”’'][ \t]{0,2})?"""
    r"""(?P<w>(?:[A-Z]\.){2,4}(?:-[A-Za-z]{1,20}){0,2}|[A-Za-z][A-Za-z'’]{0,30}(?:-[A-Za-z]{1,20}){0,3})"""
    r"""(?![\w$€£])""",
)

_TEMPERATURE_SCALES: Final = frozenset({"celsius", "fahrenheit", "centigrade", "kelvin"})

# Endings of demonyms ("Cuban", "Sudanese", "Israeli", "Kenyan"): a capitalised plural with one counts people.
_DEMONYM: Final = re.compile(r"(?:an|ese|i|ite|ish|ch|er)$")
_NUMBER_WORDS: Final = frozenset(ONES) | frozenset(TENS) | {"hundred", "thousand", "million", "billion", "trillion"}

# Words that may stand between a number and its noun without narrowing it ("2,000 more troops").
_SKIPPABLE: Final = frozenset({"more", "other", "additional", "extra", "further", "fewer", "less", "new"})

# The function words that end the reading of a phrase (the skippable ones do not: "2,000 more troops").
_PHRASE_ENDERS: Final = STOPWORDS - _SKIPPABLE

#: How many words a noun phrase may have before its head.
MAX_WORDS: Final = 5


class NounPhrase(NamedTuple):
    """A counted noun: singular lower-case ``unit``, its span, the words before it that narrow it, and whether it
    is a capitalised demonym ("Cubans"), which counts people."""

    unit: str
    start: int
    end: int
    modifiers: tuple[str, ...]
    demonym: bool = False


# ``tuple.__new__`` bound to ``NounPhrase``: a phrase built from a tuple of all its fields, without the Python-level
# ``__new__`` of a named tuple (one per count with a noun).
_new_phrase: Final = partial(tuple.__new__, NounPhrase)


def singular(word: str) -> str:
    """The singular of a lower-case noun ("troops" -> "troop", "casualties" -> "casualty", "men" -> "man")."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        return f"{head}-{singular(last)}"
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in INVARIANT_PLURALS:
        return word
    if len(word) > 5 and word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("children"):
        return word[:-3]  # "schoolchildren", "grandchildren"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=8192)
def _normal(word: str) -> str:
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]  # a possessive counts its owner ("1.5 billion people's posts")
    unit = singular(low.rstrip("'"))
    return SPELLING.get(unit, unit)


@functools.lru_cache(maxsize=8192)
def _plural_looking(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS or low in INVARIANT_PLURALS or (len(low) > 5 and low.endswith("men")):
        return True
    return len(low) > 3 and low.endswith(("s", "s'", "s’")) and not low.endswith(("ss", "us", "is", "ous"))


@functools.lru_cache(maxsize=8192)
def known_noun(low: str) -> bool:
    """Whether the lower-case word (singular or plural) is a noun for people, a measure or a currency."""
    unit = _normal(low)
    return unit in PERSON_NOUNS or unit in MEASURE_NOUNS or unit in CURRENCY_NOUNS or low in INVARIANT_PLURALS


@functools.lru_cache(maxsize=8192)
def _verbish(low: str) -> bool:
    if low in PEOPLE_VERBS or low in AUXILIARIES:
        return True
    return len(low) > 4 and low.endswith("ed") and not known_noun(low)


def _acronym(word: str) -> bool:
    return word.isupper() and len(word.replace(".", "")) <= 5


def read_noun_phrase(text: str, pos: int, value: float | None = None) -> NounPhrase | None:
    """The counted noun phrase starting at ``pos`` (spaces allowed first), or None.

    Args:
        text: the document text.
        pos: just after the number (and its currency or percent sign).
        value: the count's value; after "one" a singular noun is also a head ("one soldier").

    Returns:
        The head as a singular lower-case unit with its span and modifiers, or None when no noun follows.
    """
    words: list[str] = []
    # (the matches are kept, and only the two spans the phrase needs are asked for)
    matches: list[re.Match[str]] = []
    at = pos
    match = _WORD.match
    for _ in range(MAX_WORDS):
        m = match(text, at)
        if not m:
            break
        word = m[1]  # (the group "w", by number: no look-up of its name)
        words.append(word)
        matches.append(m)
        at = m.end()
        if word.lower() in _PHRASE_ENDERS and not word.isupper():
            break  # a function word ends the phrase: no need to read further
    if not words:
        return None
    # the reading depends on the words alone, and the same few phrases recur through a corpus: it is cached
    found = _analyse(tuple(words), value == 1)
    if found is None:
        # in a headline in title case capitals mark no names: "Storm Cuts Power to 80,000 Homes" (not after a year,
        # "2016 Dems React", nor after "one", which is then a word like any other: "One Huge Step")
        # (the first word tells: in a title-case headline the noun right after the number is capitalised)
        first = words[0]
        if not first[0].isupper() or first.isupper() or value == 1 or (
                value is not None and 1800 <= value <= 2100) or not title_case_at(text, pos):
            return None
        lowered = []
        for w in words:
            low = w.lower()
            if low in HEADLINE_VERBS:
                break  # "Windows 11 Adds 3 New Features": the headline's verb ends the phrase
            lowered.append(w if w.isupper() else low)
        found = _analyse(tuple(lowered), value == 1) if lowered else None
        if found is None:
            return None
    head, last, unit, modifiers, demonym = found
    return _new_phrase((unit, matches[head].start(1), matches[last].end(1), modifiers, demonym))


# Words of four letters or more, which a headline in title case capitalises.
_CONTENT_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’]{3,30}")
#: How far around a position :func:`title_case_at` reads its line.
TITLE_REACH: Final = 160


def title_case_at(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case: three words of four letters or more at least,
    all capitalised ("Quake Kills 40 in Northern Kestria")."""
    lo = text.rfind("\n", max(0, pos - TITLE_REACH), pos) + 1
    if lo == 0 and pos > TITLE_REACH:
        lo = pos - TITLE_REACH
    hi = text.find("\n", pos, pos + TITLE_REACH)
    if hi < 0:
        hi = min(len(text), pos + TITLE_REACH)
    words = _CONTENT_WORD.findall(text, lo, hi)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


@functools.lru_cache(maxsize=8192)
def _analyse(words: tuple[str, ...], one: bool) -> tuple[int, int, str, tuple[str, ...], bool] | None:
    """Which of ``words`` heads the phrase: (head index, index of its last word, unit, modifiers, demonym)."""
    if len(words) > 1 and words[0].lower() in TIME_DEICTICS and words[1].lower() in TIME_UNITS:
        return None  # "up from 5,000 last year": a time adjunct, not what is counted
    if words[0] == "others":
        return None  # "injured 38 others": the noun is elided, and borrowed from the count before
    head = -1
    for i, w in enumerate(words):
        low = w.lower()
        if low in _SKIPPABLE:
            continue
        if (low in STOPWORDS and not (_acronym(w) and len(w) > 1)) or low in _NUMBER_WORDS:
            break
        verb = w[0].islower() and _verbish(low)  # "U.S.-led" is a modifier, not a verb
        if verb:
            if i + 1 < len(words) and (_plural_looking(words[i + 1]) or (
                    not one and words[i + 1][0].isupper() and i + 2 < len(words) and _plural_looking(words[i + 2]))):
                continue  # a participle before a plural, or a proper adjective and a plural: "300 displaced families"
            break
        if low in ADJECTIVAL_PERSON_NOUNS and i + 1 < len(words) and words[i + 1].lower() not in STOPWORDS:
            continue  # "19 national security files": an adjective before the head
        if known_noun(low) and not (w[0].isupper() and not _plural_looking(w) and low not in INVARIANT_PLURALS):
            head = i
            break
        if w[0].isupper() and low.endswith("ese") and len(low) > 5:
            head = i  # "300 Sudanese": demonyms in -ese have no plural ending
            break
        if _plural_looking(w) and not (_acronym(w) and len(w) <= 3):
            if w[0].isupper() and not _DEMONYM.search(_normal(w)) and low not in INVARIANT_PLURALS:
                continue  # "Charles", "Texas": a name, not a plural; "Americans", "Cubans" are heads
            head = i
            break
        if i == 0 and one and w.islower() and not low.endswith("ly") and not _verbish(low):
            # "one local woman", "one scathing newspaper editorial": the last word of the lower-case run
            head = i
            while (head + 1 < len(words) and head < 2 and words[head + 1].islower()
                   and words[head + 1] not in STOPWORDS and not _verbish(words[head + 1])):
                head += 1
            break
    if head < 0:
        return None
    # "police officers", "aid workers": a following plural is the real head
    while head + 1 < len(words):
        nxt = words[head + 1]
        low = nxt.lower()
        current = words[head]
        if low in STOPWORDS or _verbish(low) or not _plural_looking(nxt):
            break
        if _plural_looking(current) and current.lower() not in INVARIANT_PLURALS:
            break
        head += 1
    w = words[head]
    last = head
    unit = _normal(w)
    # "degrees Celsius": a scale name after its unit belongs to it
    if head + 1 < len(words) and unit == "degree" and words[head + 1].lower() in _TEMPERATURE_SCALES:
        unit = "degree " + words[head + 1].lower()
        last = head + 1
    # adverbs ("predominantly") and words like "more" or "estimated" do not narrow what is counted
    modifiers = tuple(
        m if (m[0].isupper()) else m.lower()
        for m in words[:head]
        if m.lower() not in NON_RESTRICTIVE and m.lower() not in _SKIPPABLE and not m.lower().endswith("ly")
    )
    return head, last, unit, modifiers, w[0].isupper() and bool(_DEMONYM.search(unit))


def category_of(unit: str | None) -> str:
    """people, money, percent or other for a unit."""
    if unit is None:
        return "other"
    last = unit.rpartition("-")[2] if "-" in unit else unit
    if unit in PERSON_NOUNS or last in PERSON_NOUNS:
        return "people"
    if unit in CURRENCY_NOUNS or unit.split(" per ")[0] in CURRENCY_NOUNS:
        return "money"
    if unit in ("percent", "percentage point"):
        return "percent"
    return "other"


_AFTER: Final = re.compile(r"[ \t]{1,3}([A-Za-z]{2,20})(?:[ \t]{1,3}([A-Za-z]{2,20}))?(?:[ \t]{1,3}([A-Za-z]{2,20}))?")


def people_verb_follows(text: str, pos: int) -> bool:
    """Whether a verb that only people do follows a bare number ("6,000 had fled", "38 injured"), or "who"."""
    m = _AFTER.match(text, pos)
    if not m:
        return False
    if m.group(1).lower() == "who":
        return True  # "the 300 who stayed": only people are "who"
    if m.group(1) == "others":
        m = _AFTER.match(text, m.end(1))  # "a dozen others were shot": the verb after the elided noun
        if not m:
            return False
    for word in m.groups():
        if word is None:
            return False
        low = word.lower()
        if low in PEOPLE_VERBS:
            return True
        if low not in AUXILIARIES:
            return False
    return False
