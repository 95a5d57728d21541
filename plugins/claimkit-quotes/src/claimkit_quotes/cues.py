"""Cue lookup: every inflection of the reporting verbs in ``lexicon.py``, found by one trie-shaped pattern.

The pattern is built once at import from the word tables; a trie of alternatives keeps the scan close to linear
(no backtracking between alternatives that share a prefix).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from types import FunctionType
from typing import TYPE_CHECKING, Final, NamedTuple

from .lexicon import (
    ADJECTIVE_CUES,
    ADVERB_CUES,
    EXCLUDED_FORMS,
    IRREGULAR,
    MULTIWORD_CUES,
    NOMINAL_CUES,
    REPORTING_VERBS,
)

if TYPE_CHECKING:
    # A native 64-bit int when compiled (arithmetic without the checks of an arbitrary-size int); a plain int when
    # interpreted, where the name is never looked up (annotations are not evaluated).
    from mypy_extensions import i64

# Verbs that double their last consonant ("admitted", "rebutting").
_DOUBLING = frozenset({"admit", "rebut", "quip", "plan", "brag", "regret", "commit", "refer", "abet", "slam", "snap",
                       "spar", "jab", "rap", "slap", "chat", "nod", "ban", "bar", "scrap", "prod", "stab", "pan",
                       "prefer", "infer", "submit", "omit", "permit", "confer", "deter", "compel"})


def inflections(base: str) -> tuple[str, ...]:
    """The base form and its -s, -ed and -ing forms (irregular verbs from ``IRREGULAR``)."""
    if base in IRREGULAR:
        return (base, *IRREGULAR[base])
    if base in _DOUBLING:
        last = base[-1]
        return base, base + "s", base + last + "ed", base + last + "ing"
    if base.endswith("ee"):
        return base, base + "s", base + "d", base + "ing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


# Forms found only as nouns: they open the nominal layout alone.
NOUN_ONLY: Final[set[str]] = set()


def _forms() -> dict[str, tuple[str, str]]:
    """form -> (lemma, cue class); a later class overrides an earlier one for a verb listed twice."""
    table: dict[str, tuple[str, str]] = {}
    for cue_class, verbs in REPORTING_VERBS.items():
        for base in verbs:
            for form in inflections(base):
                if form not in EXCLUDED_FORMS:
                    table[form] = (base, cue_class)
                    # Title-case headlines ("Mayor Says Bridge Will Reopen") and fronted verbs ("Said Berg, ...");
                    # a capitalised base form is more often part of a name ("The Morning Show").
                    if form != base:
                        table[form.capitalize()] = (base, cue_class)
    # Nouns: only where no verb form is spelled the same; the lemma of a noun-only form is the form itself.
    for cue_class, nouns in NOMINAL_CUES.items():
        for noun in nouns:
            if noun not in table:
                table[noun] = (noun, cue_class)
                NOUN_ONLY.add(noun)
    # Adjectives of stance ("concerned", "confident"): the word is its own lemma.
    for cue_class, adjectives in ADJECTIVE_CUES.items():
        for adjective in adjectives:
            table.setdefault(adjective, (adjective, cue_class))
    for adverb, cue_class in ADVERB_CUES.items():
        table[adverb] = (adverb, cue_class)
        table[adverb.capitalize()] = (adverb, cue_class)
    # A sentence opening "Asked about ..., she said" has its own layout.
    table["Asked"] = table["asked"]
    for phrase, cue_class in MULTIWORD_CUES.items():
        # A phrase's first word gives its lemma ("pointed to" -> "point"), except for "according to".
        lemma = phrase if phrase == "according to" else table.get(phrase.split()[0], (phrase.split()[0], ""))[0]
        table[phrase] = (lemma, cue_class)
        table[phrase[0].upper() + phrase[1:]] = (lemma, cue_class)
    return table


FORMS: Final[dict[str, tuple[str, str]]] = _forms()


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, shaped as a prefix trie."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# The standard ``re`` engine scans a large literal trie several times faster than ``regex``.
# A cue is read together with the character before it (no word character, apostrophe or hyphen): a pattern that opens
# with a character class lets the engine skip ahead to the spaces and marks that can precede a cue instead of trying
# the trie at every offset. A cue never starts inside the previous one (the character after a cue cannot start a word),
# so consuming that character loses no match. A cue at the very start of the search is read on a copy of its first
# characters behind a space.
_TRIE = _trie_pattern(FORMS)
_AFTER_CUE = r"(?![\w'’-])"


def _basic_plane() -> str:
    """Every character of the Basic Multilingual Plane, in order (U+0000 to U+FFFF).

    Decoded from their UTF-32 (little-endian) bytes, laid out by slice assignment: one character at a time, the
    string would cost several times the milliseconds at import.
    """
    data = bytearray(4 * 0x10000)
    data[0::4] = bytes(range(256)) * 256  # the low byte of each code point
    data[1::4] = b"".join(bytes((high,)) * 256 for high in range(256))  # the high byte
    return data.decode("utf-32-le", "surrogatepass")


def _cue_openers() -> str:
    """The characters that may stand before a cue, as the body of a character class: those of the Basic Multilingual
    Plane that are neither a word character (as the pattern engine reads ``\\w``) nor an apostrophe or a hyphen, as
    ranges of escaped code points, and every character beyond the plane.

    The engine itself finds them, in one scan of a string of every character of the plane with the class
    ``[^\\w'’-]``, so within the plane the ranges hold exactly the characters that class matches.
    """
    plane = _basic_plane()
    ranges = "".join(f"\\u{ord(m.group()[0]):04x}-\\u{ord(m.group()[-1]):04x}"
                     for m in re.finditer(r"[^\w'’-]+", plane))
    return ranges + "\\U00010000-\\U0010ffff"


# The search for a cue tests the character class that opens the pattern at every offset. Written with ``\w``, the
# test asks the Unicode database for each character (several function calls); written as explicit ranges, the engine
# compiles the class to a bitmap of the plane and tests each character by a table look-up, which makes the scan of a
# document about a third cheaper. Beyond the plane the class takes every character (a class with those planes' word
# characters would be tested range by range), so ``_CUE`` reads a word character there as a non-word one. Its matches
# are the exact pattern's (written with ``\w``) up to the first one that opens on such a character, which
# ``find_cues`` leaves to the exact pattern, from there on; texts with such characters are rare, and the exact pattern
# is compiled on first need.
_CUE = re.compile("[" + _cue_openers() + "](" + _TRIE + ")" + _AFTER_CUE)
_EXACT_CUE: re.Pattern[str] | None = None


def _exact_cue() -> re.Pattern[str]:
    r"""The cue pattern written with ``\w``: exact on every plane (compiled on first use)."""
    global _EXACT_CUE
    if _EXACT_CUE is None:
        _EXACT_CUE = re.compile(r"[^\w'’-](" + _TRIE + ")" + _AFTER_CUE)
    return _EXACT_CUE


_WORDISH = re.compile(r"[\w'’-]")
_LONGEST = max(map(len, FORMS))
# The characters a cue can start with: a search that starts on any other character has no cue at its very start.
_FIRST_CHARS = frozenset(form[0] for form in FORMS)


class CueHit(NamedTuple):
    """A reporting word or phrase found in the text.

    Attributes:
        start: offset of the cue.
        end: offset after it.
        lemma: the base form ("say") or the phrase ("according to").
        cue_class: neutral, hedging, denial, prediction or confirmation.
    """

    start: int
    end: int
    lemma: str
    cue_class: str


def find_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[CueHit]:
    """Every cue word or phrase in ``text[start:end]``, in order."""
    return iter(_scan_cues(text, start, end)) if COMPILED else _pattern_cues(text, start, end)


def _pattern_cues(text: str, start: int, end: int | None) -> Iterator[CueHit]:
    """``find_cues`` by the search of ``_CUE``: the interpreted module's way."""
    start = max(0, start)
    stop = len(text) if end is None else end
    if start < stop and text[start:start + 1] in _FIRST_CHARS \
            and (start == 0 or _WORDISH.match(text, start - 1) is None):
        # One character past the longest cue keeps the check for a word going on after the cue.
        first = _CUE.match(" " + text[start:min(stop, start + _LONGEST + 1)])
        if first is not None:
            lemma, cue_class = FORMS[first.group(1)]
            yield CueHit(start + first.start(1) - 1, start + first.end(1) - 1, lemma, cue_class)
            start += first.end(1) - 1
    cue = _CUE
    for m in cue.finditer(text, start, stop):
        span = m.span(1)
        if text[span[0] - 1] > "\uffff":
            # A character beyond the Basic Multilingual Plane opens the match, which ``_CUE`` reads as a non-word
            # one: the exact pattern decides from here on (see ``_CUE``).
            for m in _exact_cue().finditer(text, span[0] - 1, stop):
                yield _tuple_new(CueHit, m.span(1) + FORMS[m.group(1)])
            return
        # (start, end) + (lemma, cue class), made a hit without the named tuple's Python-level constructor.
        yield _tuple_new(CueHit, span + FORMS[m.group(1)])


_tuple_new: Final = tuple.__new__

# The cues of more than one word, by their first word, longest first (the pattern prefers the longest cue that ends
# at a word end).
_PHRASES: Final[dict[str, list[str]]] = {}
for _form in sorted(FORMS, key=len, reverse=True):
    if " " in _form:
        _PHRASES.setdefault(_form.split(" ", 1)[0], []).append(_form)

# A cheap first test of a word, before it is cut out of the text and looked up: one byte per (first character, second
# character, length) of the words that are a cue or open one, for the first two characters in ASCII (lengths from 15
# on share a byte; a word of one character has 0 for its second). A word whose byte is 0 is no cue; a word with
# another first or second character is looked up.
_KEY_LENGTHS: Final = 16


def _word_keys() -> bytes:
    table = bytearray(128 * 128 * _KEY_LENGTHS)
    for word in [*FORMS, *_PHRASES]:
        first = word.split(" ", 1)[0]
        second = ord(first[1]) if len(first) > 1 else 0  # a word of one character has 0 for its second
        if ord(first[0]) < 128 and second < 128:
            table[(ord(first[0]) * 128 + second) * _KEY_LENGTHS + min(len(first), _KEY_LENGTHS - 1)] = 1
    return bytes(table)


_CUE_KEYS: Final = _word_keys()

# A second test, for a word that passes the first: one byte per value of a hash of all its characters (``_word_hash``)
# that a cue or a phrase's first word has. Most words that share a cue's first two letters and length ("plan" and
# "play", "candidate") differ from every cue in this hash, and are passed over without being cut out of the text and
# looked up.
_HASH_MASK: Final = 0xFFFF


def _word_hash(word: str) -> int:
    """The hash ``_CUE_HASHES`` is indexed by: ``h * 31 + code point`` over the characters, kept to 16 bits."""
    h = 0
    for ch in word:
        h = (h * 31 + ord(ch)) & _HASH_MASK
    return h


def _word_hashes() -> bytes:
    table = bytearray(_HASH_MASK + 1)
    for word in [*FORMS, *_PHRASES]:
        table[_word_hash(word.split(" ", 1)[0])] = 1
    return bytes(table)


_CUE_HASHES: Final = _word_hashes()


def _wordish(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character (as the pattern engine reads ``\\w``), an apostrophe or a hyphen: a
    character no cue may follow or be preceded by."""
    c = ord(text[i])
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 39 or c == 45
    return c == 0x2019 or text[i].isalnum()


def _scan_cues(text: str, start: int, end: int | None) -> list[CueHit]:
    """``find_cues`` by a scan of the characters: the matches of the exact cue pattern (``_exact_cue``), with a cue
    at ``start`` itself when no word character, apostrophe or hyphen stands before it.

    A cue starts after a character that is not ``_wordish`` and ends before one (or at the end of the span); its
    words hold only word characters, so a one-word cue is a whole run of ``_wordish`` characters and a longer one
    starts with such a run and a space. Each run that passes ``_CUE_KEYS`` is looked up in ``FORMS`` (after the
    phrases it opens, longest first, as the pattern prefers the longest cue). Compiled (mypyc) this runs in C, several
    times faster than the pattern's scan; interpreted it is slower, so only the compiled module uses it (see
    ``COMPILED``). The test of ``_wordish`` is written out in the loop: a call per character costs a tenth of the scan.
    """
    n: i64 = len(text)
    stop: i64 = n if end is None else max(0, min(end, n))
    i: i64 = max(0, start)
    c: i64
    e: i64
    second: i64
    found: i64
    last: i64
    hits: list[CueHit] = []
    if i >= stop:
        return hits
    can_start = i == 0 or not _wordish(text, i - 1)
    forms = FORMS
    phrases = _PHRASES
    keys = _CUE_KEYS
    hashes = _CUE_HASHES
    while i < stop:
        c = ord(text[i])
        if c < 128:
            if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 39 or c == 45):
                can_start = True
                i += 1
                continue
        elif c != 0x2019 and not text[i].isalnum():
            can_start = True
            i += 1
            continue
        e = i + 1
        while e < stop:
            c = ord(text[e])
            if c < 128:
                if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 39 or c == 45):
                    break
            elif c != 0x2019 and not text[e].isalnum():
                break
            e += 1
        if can_start:
            c = ord(text[i])
            second = ord(text[i + 1]) if e > i + 1 else 0
            if c >= 128 or second >= 128 \
                    or keys[(c * 128 + second) * _KEY_LENGTHS + min(e - i, _KEY_LENGTHS - 1)]:
                h: i64 = 0
                k: i64 = i
                while k < e:  # ``_word_hash(text[i:e])`` without cutting the word out
                    h = (h * 31 + ord(text[k])) & _HASH_MASK
                    k += 1
                if not hashes[h]:
                    can_start = False
                    i = e
                    continue
                word = text[i:e]
                found = -1
                if e + 1 < stop and ord(text[e]) == 32 and word in phrases:
                    for phrase in phrases[word]:
                        last = i + len(phrase)
                        # the first letter of the phrase's second word, before the whole phrase is compared
                        if last <= stop and text[e + 1] == phrase[e + 1 - i] and text.startswith(phrase, i) \
                                and (last == stop or not _wordish(text, last)):
                            found = last
                            word = phrase
                            break
                if found < 0 and word in forms:
                    found = e
                if found >= 0:
                    hits.append(_tuple_new(CueHit, (i, found) + forms[word]))
                    e = found
        can_start = False
        i = e
    return hits


#: Whether this module runs compiled (mypyc makes its functions built-in functions): the compiled module finds cues by
#: ``_scan_cues``, the interpreted one by the pattern; both find the same.
COMPILED: Final = not isinstance(_wordish, FunctionType)
