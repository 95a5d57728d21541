"""Finding temporal expressions in a document: cheap trigger scan, anchored grammar, normalisation in reading order.

Speed comes from never running the grammar over the whole text. Every temporal expression contains a *trigger*
word (a month, a weekday, a unit, "yesterday", a year...). One pass of ``re`` over the document's lower-cased ASCII
bytes, with the trigger vocabulary compiled as a trie, locates them all; at each one the rule families that can
contain it are tried, at the trigger and at the few word starts just before it (the words that can open an
expression: "the", "last", "early", numbers...). A family is skipped where none of the strings its matches must
contain (read from the grammar: "ago", "later"... for "two weeks ago") is within its reach. Matches are then read in
document order, so that the story's reference time (``normalize.Resolver``) follows the dates as the text states
them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from functools import partial

import attrs

from claimkit import Document, Span, TimeMention
from claimkit.lexicon import ABBREVIATIONS
from claimkit.types import unchecked_constructor

from . import lexicon as lx
from . import patterns as pt
from .normalize import Resolver, Tense
from .speech import reanchor_quotations
from .starts import FAMILIES_AT_OPENER, FAMILIES_AT_TRIGGER

# ---------------------------------------------------------------------------------------------------------------
# Trigger vocabulary
# ---------------------------------------------------------------------------------------------------------------

#: Vague single words that are ordinary adverbs too often to tag alone.
_WEAK_VAGUE = frozenset({"once", "earlier", "previously", "recent", "soon", "shortly", "eventually", "formerly"})
_UNIT_FAMILIES = ("yearago", "yearend", "spelled", "vague", "quarter", "half", "century", "shift", "dayword",
                  "relunit", "duration", "adjective",
                  "set", "clock")
_VAGUE_FAMILIES = ("quarter", "half", "relunit", "duration", "shift", "vague", "month", "season")
_YEAR_FAMILIES = ("iso", "season", "quarter", "half", "year", "month", "holiday")


#: The suffix of an ordinal day by its last digit ("21st", "22nd", "23rd"; the teens and the rest take "th").
_SUFFIXES_OF_DAYS = {1: "st", 2: "nd", 3: "rd"}


#: Clock times written with a period and glued to "am"/"pm" ("10.30am"): the period glues them into one token, so
#: they are trigger words of their own. They share the row of their sample in ``starts.FAMILIES_AT_TRIGGER``.
_DOTTED_CLOCKS = frozenset(f"{hour}.{minute:02d}{half}" for hour in range(1, 13) for minute in range(60)
                           for half in ("am", "pm"))
DOTTED_CLOCK_SAMPLE = "10.30am"


def _families_by_word() -> dict[str, tuple[str, ...]]:
    """Trigger word -> the rule families that can contain it."""
    table: dict[str, set[str]] = {}

    def add(words: object, families: tuple[str, ...]) -> None:
        for word in words:  # type: ignore[attr-defined]
            table.setdefault(str(word), set()).update(families)

    add(lx.MONTHS, ("mdy", "dmy", "month", "quarter", "set"))
    add(lx.WEEKDAYS, ("mdy", "weekday", "set", "monthweek"))
    add(("week",), ("monthweek",))
    add((f"{day}{_SUFFIXES_OF_DAYS.get(day % 10 if day // 10 != 1 else 0, 'th')}" for day in range(1, 32)),
        ("ordday",))  # "on the 21st"
    add((w + "s" for w in lx.WEEKDAYS), ("weekday", "set"))
    add(lx.UNITS, _UNIT_FAMILIES)
    add(lx.SEASONS, ("season", "set"))
    add(lx.PARTS_OF_DAY, ("dayword", "relunit", "set", "duration", "weekday"))
    add((w + "s" for w in lx.PARTS_OF_DAY), ("set", "weekday"))
    add(lx.CLOCK_WORDS, ("clock",))
    add(("a.m", "p.m", "o'clock", ":"), ("clock",))
    add((f"{hour}{half}" for hour in range(1, 13) for half in ("am", "pm")), ("clock",))  # "9pm"
    add(_DOTTED_CLOCKS, ("clock",))  # "10.30am"
    add(("am", "pm"), ("clock",))  # "10 am", "10.30 pm": the grammar wants the hour before them
    add(lx.DAY_WORDS, ("dayword",))
    add([w for w in lx.VAGUE_WORDS if " " not in w and w not in _WEAK_VAGUE]
        + [w.split()[-1] for w in lx.VAGUE_WORDS if " " in w], _VAGUE_FAMILIES)
    add(lx.SET_ADVERBS, ("set",))
    add([*lx.WEEK_PART_SETS, "weekday"], ("set",))
    # a possessive's word without its apostrophe too: a curly one splits "valentine’s" into "valentine" and "s"
    add((h.split()[0].split("'")[0] for h in list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS)
         + list(lx.EASTER_HOLIDAYS) if not h.startswith("new ")),
        ("holiday",))
    add(("year",), ("holiday",))  # "New Year's Eve": "new" is too common a word to be a trigger, "year" is one
    add(("nineteen", "thousand"), ("spelled", "decadeword", "duration"))
    add(("period",), ("relunit", "yearago"))
    add(lx.DECADE_WORDS, ("decadeword",))
    add(("q1", "q2", "q3", "q4"), ("quarter",))
    add((str(y) for y in range(1000, 2100)), _YEAR_FAMILIES)
    add([f"{y}s" for y in range(1000, 2100, 10)] + [f"'{d}0s" for d in range(10)] + [f"{d}0s" for d in range(1, 10)],
        ("decade",))
    add(("/",), ("slash",))
    return {word: tuple(sorted(families)) for word, families in table.items()}


# Triggers are looked up in the ASCII bytes of the lower-cased text: ``encode("ascii", "replace")`` keeps one byte per
# character, so byte offsets are string offsets, and bytes split and hash about twice as fast as str (curly quotes and
# dashes become "?"). Most punctuation becomes a space before the text is split into words; what is left around a
# word is a period, a possessive or a quote, and the table lists those variants of every trigger.
_SEPARATORS = bytes.maketrans(b'-/",;:()!?[]`{}\n\t\r', b" " * 18)
# translating is faster than ``bytes.lower``: the lower-cased texts are translations too
_UPPER = bytes(range(65, 91))
_LOWER = bytes.maketrans(_UPPER, _UPPER.lower())
_SEPARATORS_LOWER = bytes(_SEPARATORS).translate(_LOWER)

#: Trigger word -> rule families to try around it.
FAMILIES_BY_WORD: dict[str, tuple[str, ...]] = _families_by_word()
#: (family, its pattern, a prefilter or None, how far its matches reach) in grammar order.
_Tries = tuple[tuple[str, re.Pattern[str], re.Pattern[bytes] | None, int], ...]
#: The families whose prefilter spares more than it costs, measured over news text (the instructions of the searches
#: against those of the failed matches they spare): their required words are rare where they are tried ("quarter"
#: near a year, "century" near an ordinal), while the other families' words ("later", "spring", "morning") are
#: either near or cost a search about as dear as the failed match of a grammar whose alternatives are quickly
#: skipped (see ``patterns.compile_ignoring_case``).
_PREFILTERED = frozenset({"quarter", "century", "yearend", "yearago"})
#: Family -> a search for the strings of which each of its matches contains one (``patterns.REQUIREMENTS``), for
#: the families of ``_PREFILTERED``.
#: The search runs over ``Scan.spaced_low``, where punctuation is a space: a required "-year" is looked for as
#: " year", which "two-year" still has (and "two years" too: the search is a necessary condition, a little less
#: selective there).
_PREFILTERS: dict[str, re.Pattern[bytes]] = {
    name: re.compile(b"|".join(re.escape(w.encode("ascii").translate(_SEPARATORS_LOWER))
                               for w in sorted(need, key=lambda w: (-len(w), w))))
    for name, (need, _) in pt.REQUIREMENTS.items()
    if name in _PREFILTERED}


#: What ``pt.REQUIREMENTS`` holds for a family with no required strings.
_NO_REQUIREMENT: tuple[frozenset[str], int] = (frozenset(), 0)


def _tries(families: tuple[str, ...], word: str) -> _Tries:
    """The families to try, in grammar order, with their prefilters where the trigger ``word`` does not already meet
    them ("years" meets the duration's need of a unit; the shift's need of "ago" or "later" it does not)."""
    # the word only decides which of the few prefilters it makes needless: the ~2,900 trigger words share a few
    # dozen distinct rows (every year has the same one), each built once
    met = tuple(name for name in families if name in _PREFILTERS and _meets(name, word))
    return _tries_of(families, met)


def _meets(name: str, word: str) -> bool:
    """True when ``word`` holds one of the strings that every match of the family ``name`` contains (or the family
    needs none): its prefilter would spare nothing."""
    need = pt.REQUIREMENTS.get(name, _NO_REQUIREMENT)[0]
    return not need or any(w in word for w in need)


@functools.cache  # import time only: cleared once the tables below are built
def _tries_of(families: tuple[str, ...], met: tuple[str, ...]) -> _Tries:
    """The families to try, in grammar order, with the prefilters of ``_PREFILTERS`` but for the families in
    ``met``. The result is cached while the tables are built, so that the words sharing a row share one tuple:
    ``_tries_by_opener`` tells the rows apart by identity."""
    tries = []
    for name in pt.FAMILIES:
        if name in families:
            prefilter = None if name in met else _PREFILTERS.get(name)
            tries.append((name, pt.FAMILY_PATTERNS[name], prefilter, pt.REQUIREMENTS.get(name, _NO_REQUIREMENT)[1]))
    return tuple(tries)


#: Trigger word -> the families to try at a word before it; and at the trigger itself (a "/" or ":" trigger already
#: sits at its match's first digit, a year uses the table's "<year>" row).
_BEFORE: dict[str, _Tries] = {word: _tries(families, word) for word, families in FAMILIES_BY_WORD.items()}
_AT: dict[str, _Tries] = {
    word: _BEFORE[word] if word in ("/", ":") else
    _tries(FAMILIES_AT_TRIGGER.get(
        "<year>" if word.isdigit() else DOTTED_CLOCK_SAMPLE if word in _DOTTED_CLOCKS else word, ()), word)
    for word in FAMILIES_BY_WORD}


def _tries_by_opener() -> dict[str, dict[str, _Tries]]:
    """Trigger word -> opener key -> the families to try at that opener before the trigger: those that contain the
    trigger and can begin with the opener (all of them under "*", the key of an opener the table has no row for).

    Built once at import: the trigger words share a few dozen distinct rows of ``_BEFORE`` (every year has the same
    one), so the table holds one dict per distinct row, shared by its words. ``_tries`` hands the words of a row one
    and the same tuple, so a row is told by its identity: hashing the tuples themselves would hash every compiled
    pattern in them, which costs more at import than the table saves in a pass (and ``_BEFORE`` keeps every tuple
    alive, so no identity is reused).
    """
    rows: dict[int, dict[str, _Tries]] = {}
    table: dict[str, dict[str, _Tries]] = {}
    for word, tries in _BEFORE.items():
        key = id(tries)
        row = rows.get(key)
        if row is None:
            row = {opener: tuple(t for t in tries if t[0] in allowed) for opener, allowed in FAMILIES_AT_OPENER.items()}
            row["*"] = tries
            rows[key] = row
        table[word] = row
    return table


#: Trigger word -> opener key (``_opener_kind``) -> the families to try at that opener.
_BEFORE_OPENER: dict[str, dict[str, _Tries]] = _tries_by_opener()
_tries_of.cache_clear()  # the rows live on in the tables

_PREFIXES = ("", "'", "''")
_YEAR_SUFFIXES = ("", ".", "..", "...", "'s", "'", "''", ".'", ".''")
_SUFFIXES = tuple(dict.fromkeys(
    possessive + period + quote
    for possessive in ("", "'s", "s", "s'", "'")
    for period in ("", ".", "..", "...")
    for quote in ("", "'", "''")
))

_PREFIX_BYTES = tuple(prefix.encode() for prefix in _PREFIXES)
_YEAR_SUFFIX_BYTES = tuple(suffix.encode() for suffix in _YEAR_SUFFIXES)
_SUFFIX_BYTES = tuple(suffix.encode() for suffix in _SUFFIXES)


def _variants() -> dict[bytes, str]:
    # exact words first, so that "days" stays the trigger "days" and is not read as "day" + "s"
    words = [word for word in FAMILIES_BY_WORD if word[0].isalnum() or word[0] == "'"]
    table: dict[bytes, str] = {word.encode(): word for word in words}
    # longer words first: "years." belongs to "years", not to "year" + "s."; a year takes a period, a quote or a
    # possessive only (1,100 years times every variant would bloat the table)
    for word in sorted(words, key=len, reverse=True):
        if word in _DOTTED_CLOCKS:  # 2,880 of them: the bare form and one closing a sentence only
            table.setdefault((word + ".").encode(), word)
            continue
        # (bytes joined: encoding each of the ~100,000 variants on its own costs a tenth of the import)
        encoded = word.encode()
        suffixes = _YEAR_SUFFIX_BYTES if word.isdigit() else _SUFFIX_BYTES
        for head in _PREFIX_BYTES:
            for tail in suffixes:
                table.setdefault(head + encoded + tail, word)
    # "a.m." and "p.m." split as "a.m." tokens: their trigger is the form without the final period
    for word in ("a.m.", "p.m."):
        for suffix in _SUFFIXES:
            table[(word + suffix).encode()] = word[:-1]
    return table


#: Token as split from the lower-cased ASCII text (punctuation attached) -> trigger word.
TRIGGER_TOKENS: dict[bytes, str] = _variants()
#: The trigger words that tokens stand for (all but "/" and ":", which ``_around`` finds).
_TRIGGER_WORDS: frozenset[str] = frozenset(TRIGGER_TOKENS.values())

#: Words that may open an expression before its trigger ("the past two", "early", "more than").
OPENERS: frozenset[str] = frozenset(
    "the a an this that last next past previous prior coming following early late mid earlier later end beginning "
    "start middle close dawn part latter of about around approximately roughly some nearly almost more less than "
    "over under at least up to no just only first second third fourth final latest current same recent fiscal "
    "calendar entire whole full each every per other several few many couple dozen dozens number numerous half and "
    "or so shortly before after remaining initial succeeding year's 1st 2nd 3rd 4th once twice times day year month "
    "week quarter rest all this-year's last-year's next-year's right these comparable corresponding near short long "
    "future additional trading business working new fifth sixth seventh eighth ninth tenth".split()
) | frozenset(lx.NUMBER_WORDS) | frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | frozenset(lx.TENS)
#: Of those, the words that only continue an expression and never begin one ("of" in "the end of", "than").
_INNER_ONLY: frozenset[str] = frozenset(
    "of than least to so and or times before after rest part end beginning start middle close dawn latter number "
    "numerous year's day year month week quarter additional trading business working fifth sixth seventh eighth ninth "
    "tenth".split())
_SLASH_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?![\d/])")
_CLOCK_24 = re.compile(r"\d{1,2}:\d\d(?:(?=\s(?:[ECMP][SD]T|GMT|UTC))|(?=\s?[aApP]\.?[mM]\b))"
                       r"|(?:(?<=at )|(?<=by )|(?<=until )|(?<=from )|(?<=before )|(?<=after ))\d{1,2}:\d\d(?![\d:])")

#: The entry-point name the pipeline knows this plugin by; setting it here spares the pipeline a copy per mention.
PLUGIN_NAME = "dates"
#: Constructors that skip the field checks, which cost as much as the rest of building a mention: ``find_times``
#: slices every surface from the text it reports offsets into, and every reading has a TIMEX3 type.
#: Every field is taken by position: binding eleven keywords cost more than setting the slots, at every mention.
_new_mention = unchecked_constructor(TimeMention, positional=(
    "start", "end", "text", "field", "plugin", "type", "value", "mod", "anchor", "anchor_span", "anchor_value"))
_new_span = unchecked_constructor(Span, positional=("start", "end", "text"))

#: Approximation words left outside an extent whose mod they still set.
_OUTSIDE_MODS = frozenset({"about", "around", "approximately", "roughly", "some"})

#: Families whose reading depends on the tense of the sentence.
_TENSED = frozenset({"mdy", "dmy", "month", "season", "weekday", "quarter", "half", "holiday", "clock", "yearend",
                     "weekof", "relunit", "monthweek", "ordday", "shift"})
_NO_TENSE = Tense()
#: Families whose reading depends on nothing but the words matched (no publication date, tense or story time). A
#: decade is not one of them: "the '20s" and "the twenties" are read by the publication year.
_CONSTANT = frozenset({"vague", "duration", "adjective", "set", "iso", "slash", "spelled", "century", "year"})
#: (family, words) -> (type, value, mod, anchor) for those families, shared across documents.
_CONSTANT_READINGS: dict[tuple[str, str], tuple[str, str | None, str | None, str | None]] = {}


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _around(text: str, char: str, pattern: re.Pattern[str], back: int) -> list[int]:
    """Starts of ``pattern`` matches that contain ``char`` (found with str.find, so the scan costs nothing).

    Both patterns consume their "/" or ":" only between two digits ("6/14/2023", "10:30"), so a ``char`` without a
    digit on each side ("said: ", "and/or") is passed over before any pattern is tried (``isdigit`` accepts every
    character that ``\\d`` does, and more: a necessary condition).
    """
    found = []
    find = text.find
    i = find(char)
    while i >= 0:
        if not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            i = find(char, i + 1)
            continue
        start = max(0, i - back)
        while start < i and not text[start].isdigit():
            start += 1
        if start > 0 and text[start - 1].isdigit():
            start = i - 1 if i and text[i - 1].isdigit() else i
        m = pattern.match(text, max(0, start))
        if m is not None and m.end() > i:
            found.append(m.start())
            i = find(char, m.end())
        else:
            i = find(char, i + 1)
    return found


def _scan_pattern(words: Iterable[str]) -> str:
    """The trigger scan's pattern: a space, a trie of ``words``, no letter, digit or "_" after.

    ``re`` tries the branches of an alternation one by one, and the scan tries the trie at every word of the text:
    each branch that a word's first character passes over costs it. The words that begin with a digit (years,
    "21st", "10am") share one branch, a digit and the trie of what follows it, which matches some numbers that are
    no trigger ("3000", "45th"; the scan drops them) and never passes over a trigger for such a number: a number
    can only run past the end of a trigger with a period ("2004.5"), and what follows a digit in a trigger never
    begins with a period but in a clock ("1.30am"), whose hour is no trigger on its own.
    """
    # one flat alternation of first characters: a nested one would cost every word a jump into it
    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault("[0-9]" if word[0].isdigit() else re.escape(word[0]), set()).add(word[1:])
    branches = [first + pt.trie(sorted(rest)) for first, rest in sorted(rests.items())]
    return " (?:" + "|".join(branches) + ")(?![a-z0-9_])"


#: Every trigger word after a space and before no letter, digit or "_" (what would glue it to a longer word), in the
#: lower-cased ASCII text: one pass of ``re`` over a trie of the words finds them all (and a few numbers that are no
#: trigger, see ``_scan_pattern``). No trigger is a trigger plus a period or a quote ("a.m" is, "a" is not), so at
#: most one word can start at a position.
_TRIGGER_SCAN: re.Pattern[bytes] = re.compile(_scan_pattern(_TRIGGER_WORDS).encode("ascii"))
#: The scan's tables, keyed by b" word" as the scan finds it: ``TRIGGER_TOKENS`` (token -> b" word"), the trigger
#: words (b" word" -> word) and the ambiguous months.
_WORD_NAMES: dict[bytes, str] = {b" " + word.encode("ascii"): word for word in _TRIGGER_WORDS}
_SPACED_WORDS: dict[str, bytes] = {word: spaced for spaced, word in _WORD_NAMES.items()}
_TOKEN_WORDS: dict[bytes, bytes] = {token: _SPACED_WORDS[word] for token, word in TRIGGER_TOKENS.items()}
_AMBIGUOUS = frozenset(b" " + word.encode("ascii") for word in lx.AMBIGUOUS_MONTHS)
#: Bytes that ``bytes.split()`` splits on and the scan does not ("\t\n\r" are spaces by then).
_RARE_SPACES = (b"\x0b", b"\x0c")


def _present(clean: bytes) -> set[str]:
    """The trigger words of which the text has a token in a form listed in ``TRIGGER_TOKENS``."""
    tokens = TRIGGER_TOKENS
    return {tokens[token] for token in clean.split() if token in tokens}


def _triggers(scan: Scan) -> list[tuple[int, str]]:
    """(offset, trigger word) of every trigger in the text, in order.

    A trigger is a word of the table after a space and before no letter or digit; it counts when the text has it at
    least once as a token in a listed form (the word with a period, a possessive, quotes...). The token of each
    trigger found usually shows that; only when some does not are all the tokens of the text looked up.
    """
    text = scan.text
    # a space before every word: the scan only tries words, not the many places where a trigger hides inside one
    clean = b" " + scan.spaced_low
    names = _WORD_NAMES
    ambiguous = _AMBIGUOUS
    tokens = _TOKEN_WORDS
    # one token of each word in a listed form is enough to show it
    confirmed: set[bytes] = set()
    # words whose token did not show them (confirmed later by another token, or by none)
    doubtful: set[bytes] = set()
    find = clean.find
    size = len(clean)
    # (offset of the word in ``text``, trigger word): a match starts at the space, one byte before the word in
    # ``clean``. One loop reads each match's token and keeps it: when every word found is shown by a token (the
    # usual case), the list is the answer as it stands, with no second pass to filter it.
    found: list[tuple[int, str]] = []
    for m in _TRIGGER_SCAN.finditer(clean):
        word = m[0]
        if word not in names:
            continue  # a number that is no trigger ("3000"; see ``_scan_pattern``)
        i = m.start()
        if word not in confirmed:
            token_end = find(b" ", i + 1)
            known = tokens.get(clean[i + 1:token_end if token_end >= 0 else size])
            if known is not None:
                confirmed.add(known)
            if known != word:
                doubtful.add(word)
        if word in ambiguous and text[i].islower():
            continue  # "may", "march" in lower case are words, not months (their tokens still show other words)
        found.append((i, names[word]))
    if not doubtful <= confirmed or any(c in clean for c in _RARE_SPACES):
        # some word is shown by no token of its own: keep the words that some token of the text shows
        present = _present(clean)
        found = [(i, word) for i, word in found if word in present]
    slashes = _around(text, "/", _SLASH_DATE, 2) if b"/" in scan.raw else []
    colons = _around(text, ":", _CLOCK_24, 2) if b":" in scan.raw else []
    if not slashes and not colons:
        return found
    positions = dict(found)
    for start in slashes:
        positions.setdefault(start, "/")
    for start in colons:
        positions.setdefault(start, ":")
    if len(positions) == len(found):
        return found
    return sorted(positions.items())


_SUFFIX_ORDINAL = frozenset({"st", "nd", "rd", "th"})


def _opener_kind(word: str) -> tuple[int, str]:
    """What a word before a trigger can be: (0, "") no part of an expression; (1, "") only a continuation ("of");
    (2, key) a possible beginning ("the", "early", "two"), with the key of ``starts.FAMILIES_AT_OPENER`` ("*" when
    the table has no row for it)."""
    bare = word.lower().strip(",.'’")
    if bare in _INNER_ONLY:
        return 1, ""
    if bare in OPENERS:
        return 2, bare if bare in FAMILIES_AT_OPENER else "*"
    digits = bare.replace(",", "").rstrip("\u00bd")  # "2\u00bd years"
    if digits.isdigit():
        # "2,000 years" is a count: only four digits written without a comma may be a year
        return 2, "<year>" if len(bare) == 4 and len(digits) == 4 else "<number>"
    if bare[:-2].isdigit() and bare[-2:] in _SUFFIX_ORDINAL:
        return 2, "<ordinal>"
    if "/" in bare and bare.replace("/", "").isdigit():
        return 2, "<fraction>"  # "2 1/2 years"
    if (":" in bare and bare.replace(":", "").isdigit()) or (
            len(bare) < 6 and bare[-3:-2] == "." and bare.replace(".", "").isdigit()):  # "10.30 a.m."
        return 2, "<clock>"  # "10:35 a.m."
    if "-" in bare and all(part in OPENERS or part.isdigit() for part in bare.split("-") if part):
        return 2, "*"
    return 0, ""


#: Word as found before a trigger -> (characters to skip: a line break, a parenthesis or a quote before the word,
#: ``_opener_kind`` of the rest).
_OPENER_KINDS: dict[str, tuple[int, int, str]] = {}


def _opener_entry(word: str) -> tuple[int, int, str]:
    """``_OPENER_KINDS`` of a word not seen yet (cached)."""
    if word.isalpha():
        # most words: nothing to cut before them, and no digit, period or other mark for ``_opener_kind`` to read
        # (its stripping leaves them as they are, and only its two table lookups can hold)
        bare = word.lower()
        if bare in _INNER_ONLY:
            entry = (0, 1, "")
        elif bare in OPENERS:
            entry = (0, 2, bare if bare in FAMILIES_AT_OPENER else "*")
        else:
            entry = (0, 0, "")
    else:
        cut = max(word.rfind("\n"), word.rfind("("), word.rfind('"'), word.rfind("\u201c")) + 1
        entry = (cut, *_opener_kind(word[cut:]))
    if len(_OPENER_KINDS) < 50_000:
        _OPENER_KINDS[word] = entry
    return entry


#: Curly single quotes, which the ASCII scan reads as separators; one can open a decade ("the ’90s").
_CURLY_QUOTES = "\u2018\u2019"
#: What may stand between an opener and its trigger: a space, a hyphen, a comma, or a decade's curly apostrophe.
_GLUE = " -," + _CURLY_QUOTES


def _openers(text: str, trigger: int, floor: int) -> list[tuple[int, str | None]]:
    """Word starts from which an expression containing ``trigger`` may begin, leftmost first.

    Walks back over at most six words that can open an expression ("the past two", "early", "more than"),
    never past ``floor`` (the end of the previous match) nor across other punctuation than a weekday's comma.
    """
    starts: list[tuple[int, str | None]] = [(trigger, None)]
    # ``glue`` is the offset of the character before the word walked back to (positions are ints the walk computes
    # once each: every sum of two large ints is a new object)
    glue = trigger - 1
    if glue > floor and text[glue] in _CURLY_QUOTES and text[glue - 1] == " ":
        glue -= 1  # "the ’90s": a decade's curly apostrophe belongs to it (the scan reads it as a separator)
    if glue < floor or text[glue] not in " -,":
        return starts
    kinds = _OPENER_KINDS
    for _ in range(6):
        if glue < floor:
            break
        char = text[glue]
        word_end = glue
        if char == " ":
            last = text[glue - 1] if glue else ""
            if last == "," and glue > floor:
                word_end -= 1
                if text[word_end - 1] not in "yY":
                    break
            elif last == "-":
                break
        elif char != "-" and (char != "," or glue <= floor or text[glue - 1] not in "yY"):
            break  # only "Friday, Aug. 7" crosses a comma
        # a word is at most 24 characters: bounding the look-back keeps every trigger's cost constant
        lowest = word_end - 24
        if lowest < floor:
            lowest = floor
        word_start = text.rfind(" ", lowest, word_end) + 1 or lowest
        if word_start == lowest and lowest > floor and _is_word_char(text[lowest - 1]):
            break  # a word too long to be an opener
        cut, kind, key = kinds.get(word := text[word_start:word_end]) or _opener_entry(word)
        if not kind:
            break
        word_start += cut
        if kind == 2:
            starts.append((word_start, key))
        glue = word_start - 1
    starts.reverse()
    return starts


# ---------------------------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------------------------


#: Single marker words -> tense; "ed" endings count as past too. Two-word markers are checked pairwise. Tense is read
#: from the ASCII bytes of the text (see ``Scan``): bytes split and compare faster than str.
_TENSE_WORDS: dict[bytes, str] = {**{w.encode(): "past" for w in lx.PAST_MARKERS},
                                  **{w.encode(): "future" for w in lx.FUTURE_MARKERS if " " not in w}}
# ("let s": "Let’s", which the curly apostrophe splits in two words, as it splits "I’ll")
_FUTURE_PAIRS = frozenset(w.encode() for w in lx.FUTURE_MARKERS if " " in w) | {b"let s"}
_SCHEDULED_PRESENT = frozenset(w.encode() for w in lx.SCHEDULED_PRESENT)
_HABITUAL = frozenset(w.encode() for w in lx.HABITUAL_ADVERBS)
#: Words before an -ed form that make it a passive, an infinitive or an adjective rather than a past tense (a present
#: passive too: "it is assumed", "they are expected").
#: Verbs of state before a participle, which make it an adjective ("will stay closed through Friday", "remains shut
#: until Monday"): the participle tells no past, the verb before it does ("stayed closed" is past by "stayed").
_STATE_VERBS = frozenset(w.encode() for w in ("stay", "stays", "staying", "remain", "remains", "remaining"))
_NOT_A_VERB_BEFORE = _STATE_VERBS | frozenset(w.encode() for w in (
    "be", "to", "a", "an", "the", "still", "very", "his", "her", "its", "their", "our", "newly", "so", "more", "most",
    "long", "well", "yet", "is", "are", "am"))
#: Words before a past-tense marker that make it a participle or an infinitive ("will be paid", "to set"; "stay shut").
_MODAL_BEFORE = _STATE_VERBS | frozenset(w.encode() for w in (
    "be", "being", "to", "will", "would", "can", "could", "may", "might", "should", "must", "shall", "get", "gets",
    "getting"))
_MODALS = frozenset(w.encode() for w in lx.MODAL_MARKERS)
#: What may follow a modal of ability and leave the date's direction open (see ``lexicon.ABILITY_MODALS``).
_ABILITY = frozenset(w.encode() for w in lx.ABILITY_MODALS)
#: The words after a modal of ability that negate it ("could not", and "can’t" split at its curly apostrophe).
_NOT_AFTER_MODAL = frozenset((b"not", b"t"))
#: Words of a perfect after "have" that are no "-ed"/"-en" form ("could have won", "should have gone").
_PARTICIPLES = frozenset(w.encode() for w in lx.PAST_MARKERS) | frozenset(w.encode() for w in lx.PAST_PARTICIPLES)
#: Words that negate a clause before its modal, making "could" the past "could not" ("nobody could be reached").
_NEGATIONS = frozenset((b"neither", b"nor", b"nobody", b"never", b"none"))
#: Words that open a new clause: a negation before them belongs to another verb than the "could" after them
#: ("nobody knows yet but the court could rule Friday").
_CLAUSE_OPENERS = frozenset((b"but", b"if", b"when", b"while", b"whether", b"because", b"unless", b"although",
                             b"though"))
_NOT_PAST_ED = frozenset(w.encode() for w in lx.NOT_PAST_ED)
#: Present forms of "be" that, right before a date, set it ahead ("the deadline is Friday").
_COPULAS = frozenset((b"is", b"are"))
#: Words that make a past form right after them a condition ("if he won", "unless they agreed").
_CONDITIONAL = frozenset((b"if", b"unless"))
_DEADLINE_STEMS = tuple(w.encode() for w in lx.DEADLINE_STEMS)
#: Present verbs of lasting right before "until" or "through", which run up to a time ahead whatever the verbs
#: around them ("the fair, which runs until Sunday, drew crowds").
_RUNNING_VERBS = frozenset((b"runs", b"lasts", b"continues", b"remains", b"stays", b"extends", b"goes"))
#: The words that end a span up to a deadline ("until", "through").
_DEADLINE_ENDS = frozenset((b"until", b"till", b"through", b"thru"))
_PAIR_FIRSTS = frozenset(pair.split()[0] for pair in _FUTURE_PAIRS)
#: The verbs of intent and expectation among the markers (see ``lexicon.INTENT_MARKERS``).
_INTENT_FIRSTS = frozenset(w.split()[0].encode() for w in lx.INTENT_MARKERS)
#: The verbs of intent and plan, which a "did not" before them sets in the past.
_PLAN_FIRSTS = _INTENT_FIRSTS | {b"plan", b"plans", b"going"}
#: Base forms of scheduled events -> the word that must follow (b"" for any), and what makes a word before one a
#: plural subject (see ``lexicon.PLURAL_SCHEDULED_VERBS``).
_PLURAL_SCHEDULED: dict[bytes, bytes] = {w.encode(): (n or "").encode() for w, n in lx.PLURAL_SCHEDULED_VERBS.items()}
_PLURAL_SUBJECTS = frozenset(w.encode() for w in lx.PLURAL_SUBJECTS)
#: Prepositions that open a phrase after a plural subject ("voters in Rell", "residents of the valley").
_SUBJECT_PHRASE_OPENERS = frozenset((b"in", b"of", b"from", b"at", b"across", b"throughout"))
#: Words right before a scheduled verb that make it a noun ("at the end of each month", "to meet").
_DETERMINERS = frozenset(w.encode() for w in (
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "its", "their", "his", "her", "our", "my",
    "your", "to", "be"))
_NOT_PLURAL_S = frozenset(w.encode() for w in lx.NOT_PLURAL_S)
_SINGULAR_ENDINGS = (b"ss", b"us", b"is", b"'s")
#: -ing forms of arrangements, which point ahead after a present form of "be" (see ``lexicon.ARRANGEMENT_ING``).
_ARRANGEMENT_ING = frozenset(w.encode() for w in lx.ARRANGEMENT_ING)
_PRESENT_BE = frozenset((b"is", b"are", b"am", b"re"))
#: What is left of "'ll" and "won't" written with a curly apostrophe, which the scan reads as a space.
_CURLY_FUTURE = frozenset((b"ll", b"won"))
#: The verbs of scheduled events in one table, looked up once per word: word -> (the word that must follow a plural
#: scheduled verb, None for those; for a verb of holding, whether only its plural form is listed).
_EVENT_VERBS: dict[bytes, tuple[bytes, bool | None]] = {
    **{w: (follow, None) for w, follow in _PLURAL_SCHEDULED.items()},
    **{w.encode(): (b"", plural) for w, plural in lx.HOLDING_VERBS.items()}}
_SCHEDULED = frozenset(w.encode() for w in lx.SCHEDULED_NOUNS)
#: Every word that ``_tense_of_words`` looks up; any other word counts only by its ending.
_MARKERS = frozenset(_TENSE_WORDS) | _PAIR_FIRSTS | _MODALS | _ARRANGEMENT_ING | {b"ahead"} | frozenset(_EVENT_VERBS)
#: The last two letters of the forms that mark a tense by their ending ("-ed", "'ll"; "still" passes too, harmlessly):
#: a slice and a set lookup cost less than ``bytes.endswith``, which parses its arguments slowly.
_ENDINGS = frozenset({b"ed", b"ll"})


@attrs.frozen
class Scan:
    """A document's text as ASCII bytes, one byte per character so that offsets agree with the text.

    Attributes:
        text: the text itself.
        raw: ``text`` as ASCII bytes, other characters as "?".
        spaced_low: ``raw`` with punctuation turned into spaces, in lower case (the case-keeping form, which only
            the tense reads, is made for the few words it reads: see :meth:`spaced`). The trigger scan and the
            families' prefilters look there.
        folds: True when the text has a character that IGNORECASE matches to an ASCII letter: the ASCII prefilters
            would miss it, so they are off.
    """

    text: str
    raw: bytes
    spaced_low: bytes
    folds: bool = False

    @classmethod
    def of(cls, text: str) -> Scan:
        """The scan of ``text``."""
        raw = text.encode("ascii", "replace")
        folds = not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII)
        return cls(text, raw, raw.translate(_SEPARATORS_LOWER), folds)

    def spaced(self, start: int, end: int) -> bytes:
        """``raw[start:end]`` with punctuation turned into spaces (what ``spaced_low`` is, keeping the case)."""
        return self.raw[start:end].translate(_SEPARATORS)


#: The non-ASCII letters that ``re.IGNORECASE`` matches to ASCII ones (Kelvin sign, long s, dotted and dotless I).
_FOLDS_TO_ASCII = "\u212a\u017f\u0130\u0131"


def _first_marked(lows: list[bytes], order: range) -> int:
    """The first index of ``order`` whose word may mark a tense (a marker word, an "-ed" or "'ll" form), or -1: where
    :func:`_tense_of_words` starts its visit. The nearest marker mostly decides, so the visit seldom goes far, and
    the words after it are not tested in advance."""
    for k in order:
        if lows[k] in _MARKERS or lows[k][-2:] in _ENDINGS:
            return k
    return -1


def _negated_could(lows: list[bytes], k: int, first: int) -> bool:
    """True when a negation stands in the subject of the "could" at ``k`` ("neither he nor his aides could be
    reached"): within the 8 words before it, after ``first`` (the first word past the last comma) and after the last
    word that opens a clause ("if none of them agrees, the talks could resume" has its negation in another clause).
    A comma right before "could" closes an inserted phrase, not a clause ("neither of them, it seems, could")."""
    lo = k - 8 if k - 8 > first or first >= k else first  # a subject of up to eight words
    if lo < 0:
        lo = 0  # "could" among the first words of the clause ("; could Monday ...")
    for j in range(k - 1, lo - 1, -1):
        word = lows[j]
        if word in _NEGATIONS:
            return True
        if word in _CLAUSE_OPENERS:
            return False
    return False


def _words_after_comma(scan: Scan, lo: int, start: int, count: int) -> int:
    """The index of the first of the ``count`` words in ``scan.spaced_low[lo:start]`` that follow its last comma
    (0 when there is none; a word glued to the expression at ``start`` is not counted)."""
    comma = scan.raw.rfind(b",", lo, start)
    if comma < 0:
        return 0
    after = len(scan.spaced_low[comma:start].split()) - scan.raw[start - 1:start].isalnum()
    return count - after if count > after else 0


def _tense_of_words(words: list[bytes], lows: list[bytes], order: Iterable[int], sentence_start: bool,
                    adjacent: int = -1, first: int = 0, tail: bytes = b"") -> str | None:
    """The tense of the first marker met visiting ``order`` (indices into the words of a clause), or None when there
    is none or when a modal or verb of intent shows the expression to be a noun phrase with its own time (the search
    stops there: a past marker farther back is not read).

    ``adjacent`` is the index of the word right before the expression, the only place where "by" marks a deadline
    ("by March" is ahead, "cited by police in March" is not). ``first`` is the index of the first word after the
    last comma before the expression, where the subject of a "could" begins at the earliest. ``tail`` holds the two
    bytes after the expression: "'s" makes it a noun phrase of its own ("Friday's agreement"), which no modal or verb
    of intent governs (a curly apostrophe is a "?" among the ASCII bytes).
    """
    n = len(lows)
    for k in order:
        word = lows[k]
        if word not in _MARKERS and word[-2:] not in _ENDINGS:
            continue  # no rule below reads a word that marks no tense (see ``_MARKERS``)
        if word in _PAIR_FIRSTS and k + 1 < n and word + b" " + lows[k + 1] in _FUTURE_PAIRS:
            if word in _PLAN_FIRSTS and not _DONE_BEFORE.isdisjoint(lows[k - 2 if k > 2 else 0:k]):
                # "did not want to talk", "did not plan to leave": a plan told in the past ("did not need to pay
                # until June" still sets a time ahead of then)
                continue
            if word in _INTENT_FIRSTS:
                if tail in _POSSESSIVE_TAILS:
                    continue  # "wants to understand Thursday's debate": a noun phrase with a time of its own
                if _own_phrase(lows, k, adjacent):
                    return None  # "vows to rebuild after the fire on Monday": the fire's day
            return "future"
        if word in _MODALS and (words[k][:1].islower() or (k == 0 and word != b"may")):
            # only before the date, where it governs it; "could have"/"could not" (and "can’t", split at its
            # curly apostrophe) say nothing about the date ("May" is a month; a capital counts only where it opens
            # a question, "Can he win in June?", not in a name such as "Emre Can")
            if adjacent < 0 or (k + 1 < n and ((word in _ABILITY and lows[k + 1] in _NOT_AFTER_MODAL) or (
                    lows[k + 1] == b"have" and _perfect(lows, k + 2)))):
                continue
            if k == 0 and not words[0][:1].islower() and _question_of_the_past(lows, adjacent):
                continue  # "Could the firm have known in January?", "Could it be that the vote on Monday was rigged?"
            if word == b"could" and _negated_could(lows, k, first):
                continue  # "neither he nor his aides could be reached Wednesday": "could not" in other words
            if k + 1 < n and lows[k + 1] in _MEMORY_VERBS:
                continue  # "must remember the snow in January": no act ahead
            if tail in _POSSESSIVE_TAILS or _attributive(lows, k, adjacent) or _own_phrase(lows, k, adjacent):
                # "must file their February reports", "should get a lift from the win Monday": the noun phrase
                # names its own time, which the clause's verbs do not tell (a scheduled event after it, "could
                # push it past the June referendum", is read ahead by the resolver)
                return None
            if not _RELATIVES.isdisjoint(lows[k + 1:adjacent + 1]):
                continue  # "should hear from the residents who on Monday protested": a clause with a tense of its own
            return "future"
        if word == b"ahead" and k + 1 < n and lows[k + 1] == b"of" and (k + 2 >= n or words[k + 2][:1].islower()):
            # "ahead of the caucuses on Monday", "ahead of Tuesday's primary": an event still to come ("finished
            # ahead of Ortiz on Monday" compares names, and a capital after "of" says so)
            return "future"
        if word in _CURLY_FUTURE and k and (word == b"ll" or (k + 1 < n and lows[k + 1] == b"t")):
            return "future"  # "I’ll", "won’t": a curly apostrophe splits the contraction in two words
        if word in _ARRANGEMENT_ING:
            if k and lows[k - 1] in _PRESENT_BE:
                return "future"  # "the senator is holding a rally on Thursday": an arrangement ahead
            continue
        event = _EVENT_VERBS.get(word)
        if event is not None:
            follow, plural_only = event
            if plural_only is not None:
                if not _holds_event(lows, k) or not _HABITUAL.isdisjoint(lows) or \
                        not words[k][:1].islower():
                    continue  # "holds a lead", "usually hosts the summit in June"
                if plural_only and not (k and _plural_subject(lows[k - 1])):
                    continue  # "to hold a vote", "did not hold hearings": no present
                return "future"  # "the county holds its runoff on Friday", "two towns hold votes Sunday"
            if not _HABITUAL.isdisjoint(lows):
                continue  # "the shops usually close at 6 p.m.": a habit, no day ahead
            # a plural subject, or names joined ("Ortiz and the envoy Ana Lind meet Monday")
            if k and words[k][:1].islower() and (not follow or (k + 1 < n and lows[k + 1] == follow)) and (
                    _plural_subject(lows[k - 1])
                    or (words[k - 1][:1].isupper() and b"and" in lows[max(0, k - 6):k - 1])
                    or _plural_subject_with_phrase(lows, k)):
                return "future"  # "the leaders meet Monday", "voters go to the polls on Sunday"
            continue
        tense = _TENSE_WORDS.get(word)
        if tense is not None:
            if word in _LOOKING_AHEAD:
                looking = _looking_ahead(word, lows, k, adjacent, tail)
                if looking != "future":
                    if looking == "none":
                        return None
                    continue
            if word == b"by" and k != adjacent:
                continue
            if word == b"by" and b"had" in lows[max(0, k - 6):k]:
                return "past"  # a deadline met in the pluperfect is behind ("had filed reports by Wednesday")
            # a participle after a modal or "be" is no past tense ("will be paid", "would cut", "to be held"), nor a
            # noun after an article ("a shot at the title in May", "the cut in March")
            if tense == "past" and k > 0 and (lows[k - 1] in _NOT_PAST_AFTER or (
                    k + 1 < n and lows[k + 1] == b"at" and lows[k - 1] in _SHOT_ADJECTIVES)):
                continue
            # a plan in the pluperfect is over ("had been due to lapse Monday", "had been scheduled for May")
            if tense == "future" and k > 1 and lows[k - 1] == b"been" and lows[k - 2] == b"had":
                return "past"
            if word == b"next" and k + 1 < n and lows[k + 1] == b"to":
                continue  # "next to the embassy": a place
            if word in _SCHEDULED_PRESENT and not _HABITUAL.isdisjoint(lows):
                continue  # "the branch usually closes at 6 p.m.", "currently opens at 9": a habit, no day ahead
            if tense == "past" and _CONDITIONAL.intersection(lows[max(0, k - 3):k]):
                continue  # "if he won the election in November": a condition, not a past event
            if tense == "future" and k < adjacent and _caused_by_unplanned(lows, k, adjacent):
                return "past"  # "will march because of the crash on the bypass on Monday": the crash's day
            return tense
        if word.endswith(b"'ll"):
            return "future"
        # a lower-case word in -ed is most often a past verb ("United" and "Ahmed" are not), unless a passive, an
        # infinitive or an adjective ("will be paid", "a still unspecified date"); a capitalised one only opens a
        # sentence
        if word.endswith(b"ed") and len(word) > 4 and (words[k][:1].islower() or (k == 0 and sentence_start)):
            if (k > 0 and lows[k - 1] in _NOT_A_VERB_BEFORE) or word in _NOT_PAST_ED or \
                    _CONDITIONAL.intersection(lows[max(0, k - 3):k]):
                continue
            return "past"
    return None


#: Words before an expression that make it part of a noun phrase ("must file their February reports"; see
#: ``_attributive``).
_ATTRIBUTIVE_BEFORE = _DETERMINERS - {b"to", b"be"}
_OUTCOMES = frozenset(w.encode() for w in lx.ATTRIBUTIVE_OUTCOMES)
_NOT_PAST_AFTER = _MODAL_BEFORE | {b"a", b"an", b"the", b"his", b"her", b"its", b"their", b"our", b"my", b"your"}
#: Adjectives that make "shot" before "at" a noun ("his best shot at a title").
_SHOT_ADJECTIVES = frozenset((b"best", b"last", b"first", b"final", b"big", b"good", b"real", b"fair", b"only"))
#: Verbs of memory after a modal, which look back to what they govern ("must remember the snow in January").
_MEMORY_VERBS = frozenset((b"remember", b"forget", b"recall", b"regret", b"mourn"))
_PROSPECTS = frozenset(w.encode() for w in lx.PROSPECT_NOUNS)
#: The single marker words of intent ("expects"), which govern no possessive after them ("expects Friday's vote to
#: pass"); the nouns of prospect govern no date before them, but do govern a possessive ("her chances in Friday's
#: vote").
_INTENT_WORDS = frozenset(w.encode() for w in lx.INTENT_MARKERS if " " not in w)
_LOOKING_AHEAD = _INTENT_WORDS | _PROSPECTS
_UNPLANNED = frozenset(w.encode() for w in lx.UNPLANNED_OUTCOMES)
#: Words before a past form or "do" that tell a plan in the past ("did not want to", "never planned to").
_DONE_BEFORE = frozenset((b"did", b"didn't", b"didn", b"never", b"nobody"))
#: Words after a noun of prospect that open what it looks ahead to ("chances of winning", "hopes for a deal").
_PROSPECT_OBJECTS = frozenset((b"of", b"for", b"that", b"in"))
#: Words before a noun of prospect that make it another sense ("by chance", "at odds").
_NOT_PROSPECT_AFTER = frozenset((b"by", b"at", b"against"))
#: Words that open a phrase of its own after a modal or verb of intent ("to rebuild after the fire on Monday").
_PHRASE_OPENERS = frozenset((b"after", b"since", b"over", b"from", b"of", b"following"))
#: Words before a participle that make it part of the verb, not of a noun phrase ("to have it fixed").
_NOT_A_NOUN = frozenset((b"it", b"them", b"him", b"her", b"us", b"me", b"have", b"has", b"had", b"is", b"are",
                         b"was", b"were", b"been", b"not", b"also", b"just"))
#: Determiners of a definite outcome ("the crash", "its collapse"; "a crash" may be hypothetical).
_DEFINITE = frozenset((b"the", b"this", b"that", b"its", b"his", b"her", b"their", b"our"))
#: Outcomes nobody sets ahead, which a date after them dates ("its loss on Sunday", "the blast in June").
_GONE_BY = _UNPLANNED | frozenset((b"loss", b"defeat", b"victory", b"upset", b"win"))
#: The words before "of" that give a cause ("because of", "in the wake of").
_CAUSE_BEFORE_OF = frozenset((b"because", b"wake"))
#: Prepositions of a deadline, after which a date stays ahead ("will clear the wreckage before Friday").
_DEADLINE_WORDS = frozenset((b"before", b"by", b"until", b"till", b"through", b"after"))
#: Relative pronouns: a clause of its own between a modal and the expression ("should hear from the residents who
#: on Monday protested") is told in its own tense.
_RELATIVES = frozenset((b"who", b"which", b"whom", b"whose"))


def _looking_ahead(word: bytes, lows: list[bytes], k: int, adjacent: int, tail: bytes) -> str:
    """How the intent word ("expects") or the noun of prospect ``word`` at ``k`` reads the expression: "future" when
    it governs it, "skip" when it says nothing of it (the search goes on), "none" when the expression belongs to a
    phrase whose tense comes from elsewhere (the search stops)."""
    if word in _INTENT_WORDS:
        if tail in _POSSESSIVE_TAILS:
            return "skip"  # "expects Friday's vote to pass": the vote's own time
        if b"to" not in lows[k + 1:k + 5] or not _DONE_BEFORE.isdisjoint(lows[k - 2 if k > 2 else 0:k]):
            return "skip"  # "expect" looks ahead only with "to" and a verb ("expect the tunnel to reopen")
        return "none" if _own_phrase(lows, k, adjacent) else "future"
    if adjacent < 0:
        return "skip"  # "After Monday, her chance of a medal ...": a prospect from then on
    if k + 1 >= len(lows) or lows[k + 1] not in _PROSPECT_OBJECTS or (k and lows[k - 1] in _NOT_PROSPECT_AFTER) or (
            k > 1 and lows[k - 2] == b"against"):
        return "skip"  # "by chance", "at odds with", "against the odds": no prospect
    if tail not in _POSSESSIVE_TAILS and all(w in _ATTRIBUTIVE_BEFORE or w[-2:] == b"'s" for w in lows[:k]):
        # the prospect heads the subject ("The prospect of rain on Saturday kept crowds away"): the verb after the
        # date tells the tense ("The odds of a deal before Friday's deadline are slim" is still the deadline ahead)
        return "none"
    return "future"


def _own_phrase(lows: list[bytes], k: int, adjacent: int) -> bool:
    """True when the expression after ``lows[adjacent]`` dates a noun phrase inside the object of the modal or verb
    of intent at ``k``, not the act it governs: after "of" ("to forget the flood of February"), after a phrase
    opened by "after"/"since"/"from"... ("to rebuild after the fire on Monday"), or after a noun and a participle
    ("to count the ballots cast on Monday", "to question a man seen near the bank on Monday")."""
    if adjacent <= k + 1:
        return False
    last = lows[adjacent]
    if last == b"of":
        return True
    noun = adjacent - 1 if last in (b"in", b"on") else adjacent
    if noun - 2 > k and lows[noun - 2] in _PHRASE_OPENERS and lows[noun - 1] in _ATTRIBUTIVE_BEFORE:
        return True
    if noun != adjacent and lows[noun] in _GONE_BY and lows[noun - 1] in _DEFINITE:
        return True  # "to avenge its loss on Sunday": an outcome gone by, dated
    # a participle at most four words before the expression, right after a noun (not after "be", "have", a
    # pronoun...: "to have it fixed by May" is the act itself)
    for i in range(max(k + 3, adjacent - 4), adjacent + 1):
        word = lows[i]
        if (word in _PARTICIPLES or (word[-2:] == b"ed" and len(word) > 4 and word not in _NOT_PAST_ED)) and \
                lows[i - 1] not in _NOT_A_NOUN and lows[i - 1] not in _MODAL_BEFORE and \
                lows[i - 1] not in _ATTRIBUTIVE_BEFORE:
            return True
    return False


def _caused_by_unplanned(lows: list[bytes], k: int, adjacent: int) -> bool:
    """True when an unplanned outcome, given as a cause, stands between the future marker at ``k`` and the expression
    ("will march because of the crash on the bypass on Monday", "in the wake of the blast on Monday"): the date tells
    when it happened. A drill, a test or a report on one ("will simulate a crash on Friday", "will report on the
    blast in June"), a hypothetical one ("a collapse") and a deadline ("before Friday") are still ahead."""
    if lows[adjacent] in _DEADLINE_WORDS:
        return False
    for j in range(k + 3, adjacent + 1):
        if lows[j] in _UNPLANNED and lows[j - 1] in _DEFINITE and lows[j - 2] == b"of" and \
                lows[j - 3] in _CAUSE_BEFORE_OF and b"of" not in lows[j + 1:adjacent + 1]:
            return True
    return False


def _attributive(lows: list[bytes], k: int, adjacent: int) -> bool:
    """True when the expression right after ``lows[adjacent]`` sits in a noun phrase after the modal at ``k``: right
    after a determiner ("their February reports"), or after an outcome noun that follows one ("the win Monday")."""
    last = lows[adjacent]
    return last in _ATTRIBUTIVE_BEFORE or (
        last in _OUTCOMES and adjacent > k + 1 and lows[adjacent - 1] in _ATTRIBUTIVE_BEFORE)


def _question_of_the_past(lows: list[bytes], adjacent: int) -> bool:
    """True when a question opened by a modal asks about the past: a perfect before the expression ("Could the firm
    have known in January?") or a "that" clause with a tense of its own ("Could it be that the vote on Monday was
    rigged?")."""
    for j in range(1, adjacent + 1):
        if lows[j] == b"that":
            return True
        if lows[j] == b"have" and _perfect(lows, j + 1):
            return True
    return False


def _perfect(lows: list[bytes], k: int) -> bool:
    """True when a participle follows "have" within two words from ``k`` ("could have won", "should have already
    left"): a modal perfect tells of a past possibility. Without one, "have" is the verb itself ("could have a
    new coach in June") and the modal looks ahead. "have" right before the expression counts as a perfect."""
    for word in lows[k:k + 2]:
        if word in _PARTICIPLES or (word[-2:] == b"ed" and word not in _NOT_PAST_ED):
            return True
    return k >= len(lows)


def _plural_subject_with_phrase(lows: list[bytes], k: int) -> bool:
    """True when a plural subject and a short phrase it governs come before the verb at ``k`` ("voters in the north
    go", "residents of the old valley meet"): the phrase opens with a preposition at most four words back. A
    determiner right before makes the word a noun ("payouts at the end of each month")."""
    if lows[k - 1] in _DETERMINERS:
        return False
    for j in range(k - 2, max(0, k - 5), -1):
        if lows[j] in _SUBJECT_PHRASE_OPENERS:
            return _plural_subject(lows[j - 1])
    return False


def _plural_subject(word: bytes) -> bool:
    """True when ``word`` (lower case) can be the plural subject of a present verb right after it ("leaders",
    "dockers'", "they"), not a singular in "-s" ("crisis", "its", "the company's")."""
    if word in _PLURAL_SUBJECTS:
        return True
    if word.endswith(b"s'"):
        return True
    return len(word) > 3 and word[-1:] == b"s" and word[-2:] not in _SINGULAR_ENDINGS and word not in _NOT_PLURAL_S


#: Capitalised words whose period ends no sentence ("Acme Corp. said", "a Dover, Del., bank"), lower-cased.
_ABBREVIATIONS = frozenset(w.encode() for w in ABBREVIATIONS | lx.PLACE_ABBREVIATIONS)


def _abbreviation_at(raw: bytes, dot: int) -> bool:
    """True when the period at ``dot`` closes a capitalised abbreviation or an initial, not a sentence."""
    space = raw.rfind(b" ", dot - 8 if dot > 8 else 0, dot)
    if space < 0 and dot > 8:
        return False
    word = raw[space + 1:dot].lstrip(b"(\"'")
    return word[:1].isupper() and (len(word) == 1 or word.lower() in _ABBREVIATIONS)


def _stop_before(raw: bytes, lo: int, start: int) -> int:
    """The last full stop in ``raw[lo:start]`` that ends a sentence, or -1."""
    dot = raw.rfind(b". ", lo, start)
    while dot >= 0 and _abbreviation_at(raw, dot):
        dot = raw.rfind(b". ", lo, dot)
    return dot


def _stop_after(raw: bytes, end: int, hi: int) -> int:
    """The first full stop in ``raw[end:hi]`` that ends a sentence, or -1."""
    dot = raw.find(b". ", end, hi)
    while dot >= 0 and _abbreviation_at(raw, dot):
        dot = raw.find(b". ", dot + 2, hi)
    return dot


def scan_tense(scan: Scan, start: int, end: int) -> str | None:
    """"past" or "future" from the nearest tense marker in the clause around ``text[start:end]``, else None.

    The verb that governs an expression mostly comes before it ("will meet on Monday", "said Friday"); the words
    after it count when the clause before has no marker ("Monday, the court ruled"). A clause ends at a sentence
    break or a semicolon ("the court ruled; in January, the appeal will be heard").
    """
    raw = scan.raw
    # conditionals and loops instead of ``max``/``min``, which parse their arguments slowly (this runs at every
    # expression whose reading asks for the tense)
    lo = start - 80 if start > 80 else 0
    cut = _stop_before(raw, lo, start)
    for found in (raw.rfind(b"\n", lo, start), raw.rfind(b"? ", lo, start), raw.rfind(b"! ", lo, start),
                  raw.rfind(b"; ", lo, start)):
        if found > cut:
            cut = found
    opens = cut >= 0 or start <= 80
    if cut >= 0:
        # past the break: a line break is one character, ". ", "? ", "! " and "; " two (the first word of a line
        # keeps its first letter: "Currently, ..." after a line break is no "urrently")
        lo = cut + 1 if raw[cut] == 10 else cut + 2
    lows = scan.spaced_low[lo:start].split()
    if lows:
        glued = raw[start - 1:start].isalnum()
        if glued:
            lows.pop()  # the word glued to the expression is part of it
        if len(lows) > 1 and lows[-1] in _DEADLINE_ENDS and lows[-2] in _RUNNING_VERBS:
            return "future"  # "the fair, which runs until Sunday, drew crowds": a present that runs up to a day ahead
        if lows and lows[-1] in _DEADLINE_ENDS and any(w.startswith(_DEADLINE_STEMS) for w in lows[:-1]):
            # "postponed until Tuesday", "gave them until noon Friday", "extended the loans through January": a
            # deadline ahead
            return "future"
        if lows and (lows[-1] in _COPULAS or (len(lows) > 1 and lows[-1] in (b"on", b"at") and lows[-2] in _COPULAS)):
            return "future"  # "the deadline is Friday", "the vote is on Tuesday": a time set ahead
        if lows and lows[-1] == b"by":
            after_lows, cut_after = _clause_after(scan, end)
            if b"had" in after_lows[:6] or (len(lows) == 1 and after_lows and _tense_of_words(
                    scan.spaced(end, cut_after).split()[:6], after_lows[:6], range(min(6, len(after_lows))),
                    False) == "past" and not any(
                    _TENSE_WORDS.get(w) == "future" or w.endswith(b"'ll") for w in after_lows)):
                # "By Sunday evening, crews had restored power", "By late autumn, the crew seemed tired": a time
                # reached in a story told in the past
                return "past"
            if len(lows) == 1 and not any(_TENSE_WORDS.get(w) == "future" or w.endswith(b"'ll") for w in after_lows):
                return None  # "By Monday morning, the familiar ritual ...": an opening "by" with no verb ahead says
                # nothing of which way the day lies
        # only the words that may mark a tense are looked at, and only those need their case: the case-keeping
        # words are split when there is one
        nearest = _first_marked(lows, range(len(lows) - 1, -1, -1))
        if nearest >= 0:
            before = scan.spaced(lo, start).split()
            if glued:
                before.pop()
            first = _words_after_comma(scan, lo, start, len(lows)) if b"could" in lows else 0
            tense = _tense_of_words(before, lows, range(nearest, -1, -1), opens, len(lows) - 1, first,
                                    _tail(scan, end))
            if tense:
                return tense
    after_lows, cut_after = _clause_after(scan, end)
    nearest = _first_marked(after_lows, range(len(after_lows)))
    tense = _tense_of_words(scan.spaced(end, cut_after).split(), after_lows, range(nearest, len(after_lows)),
                            False) if nearest >= 0 else None
    if tense is None and lows:
        last = lows[-1]
        if last in _DEADLINE_ENDS:
            # "the exhibition runs until Sunday", "the fair runs through Sunday": a clause with no tense runs up to a
            # time ahead
            return "future"
        if last in _TOWARD and (_tail(scan, end) not in _POSSESSIVE_TAILS or not _SCHEDULED.isdisjoint(
                scan.spaced_low[end + 2:end + 40].split()[:2])):
            # (a possessive is the noun's own time, "toward January's reforms", unless an event set ahead: "toward
            # Monday's summit")
            return "future"  # "drifting toward June": a way to a time ahead
        if last in _PAIR_ENDS and len(lows) > 1 and lows[-2] + b" " + last in _WAYS_AHEAD:
            return "future"  # "moving into Friday", "between now and June"
        if lows[-3:] == _WAY_BACK:
            return "past"  # "way back in June" ("the players are back in June" is a return ahead)
        if not _CONDITIONAL.isdisjoint(lows) and last not in _ATTRIBUTIVE_BEFORE and not _if_subject(lows) and \
                _tail(scan, end) not in _POSSESSIVE_TAILS:
            # "if he is the nominee in November": a condition with no past form looks ahead (not a noun phrase with
            # its own time: "if he builds on his Tuesday wins", "if you want to grasp Monday's vote")
            return "future"
        if (last == b"on" or last[-1:] == b"s") and _present_time_clause(lows) and _HABITUAL.isdisjoint(lows) and \
                _HABITUAL.isdisjoint(after_lows):
            # "a statement is expected when he speaks on Monday": a time clause of what is ahead ("when he speaks
            # on Monday, he often names a deputy" is a habit)
            return "future"
    return tense


#: The two bytes after a possessive expression ("Friday's"; a curly apostrophe is a "?" among the ASCII bytes, which
#: ``_tail`` confirms).
_POSSESSIVE_TAILS = frozenset((b"'s", b"?s"))


def _tail(scan: Scan, end: int) -> bytes:
    """The two bytes after an expression ending at ``end``, as ``_POSSESSIVE_TAILS`` reads them: a "?" before "s"
    stands for any other character, so it is kept only when it is a curly apostrophe ("Friday\u2019s", not
    "Friday\u2014so" or a no-break space)."""
    tail = scan.raw[end:end + 2]
    if tail == b"?s" and scan.text[end] != "\u2019":
        return b""
    return tail


#: Prepositions of a way to a time, which lies ahead in a clause with no tense ("toward November").
_TOWARD = frozenset((b"toward", b"towards"))
#: The last two words before an expression in a clause with no tense that make a way to a time ahead ("going into
#: June", "between now and June").
_WAYS_AHEAD = frozenset({*(w + b" into" for w in (b"going", b"heading", b"head", b"heads", b"moving", b"move")),
                         b"now and"})
_PAIR_ENDS = frozenset(pair.split()[1] for pair in _WAYS_AHEAD)
#: The last three words before an expression in a clause with no tense that look back ("way back in June").
_WAY_BACK = [b"way", b"back", b"in"]
#: Conjunctions that open a time clause, whose present tense tells of what is ahead ("when he speaks on Monday").
_TIME_CONJUNCTIONS = frozenset((b"when", b"once"))
#: Words before a form in -s that make it a noun ("when the talks on Monday", "once its shares Monday").
_NOUN_BEFORE_S = _DETERMINERS | frozenset((b"of", b"in", b"and", b"or", b"for", b"with", b"new"))


def _present_time_clause(lows: list[bytes]) -> bool:
    """True when the words before an expression end in a time clause in the present ("when he speaks on", "once the
    minister testifies"): "when" or "once", at most three words of a subject, a verb in -s, and "on" or nothing
    before the expression. A present in a time clause stands for the future, the way "will" does in the main one."""
    k = len(lows) - 1
    if lows[k] == b"on":
        k -= 1
    if k < 2:
        return False
    verb = lows[k]
    if verb[-1:] != b"s" or len(verb) < 4 or verb.endswith(_SINGULAR_ENDINGS) or verb in _NOT_PLURAL_S or \
            verb in _TENSE_WORDS or lows[k - 1] in _NOUN_BEFORE_S or lows[k - 1].endswith(b"'s"):
        return False
    return not _TIME_CONJUNCTIONS.isdisjoint(lows[k - 4 if k > 4 else 0:k - 1])


def _holds_event(lows: list[bytes], k: int) -> bool:
    """True when a scheduled event heads the object of the verb of holding at ``k``: right after it or after one
    determiner, possessive or number ("holds its runoff on", "hold caucuses"), and not followed by another noun
    ("hold the vote count from Sunday") other than a second event word ("its primary election")."""
    n = len(lows)
    j = k + 1
    if j < n and (lows[j] in _ATTRIBUTIVE_BEFORE or lows[j][-2:] == b"'s" or lows[j].isdigit()):
        j += 1
    if j + 1 < n and lows[j] not in _SCHEDULED and lows[j + 1] in _SCHEDULED:
        j += 1  # one modifier: "its annual meeting"
    if j >= n or lows[j] not in _SCHEDULED:
        return False
    if j + 1 < n and lows[j + 1] in _SCHEDULED:
        j += 1
    return j + 1 >= n or lows[j + 1] in _AFTER_HELD_EVENT


#: Words after a held event that leave it the head of the object ("holds its runoff on Friday").
_AFTER_HELD_EVENT = frozenset((b"on", b"in", b"at", b"this", b"next", b"early", b"late", b"until"))


def _if_subject(lows: list[bytes]) -> bool:
    """True when the expression dates the subject of an "if" clause before its verb ("if the outage in January is
    fixed"): "if", a determiner and a noun that is no scheduled event, then "in" or "on"."""
    return len(lows) > 3 and lows[-1] in (b"in", b"on") and lows[-3] in _ATTRIBUTIVE_BEFORE and \
        lows[-4] in _CONDITIONAL and lows[-2] not in _SCHEDULED  # "if the vote on Monday is close" is still ahead


def _but_clause(raw: bytes, end: int, hi: int) -> int:
    """Where ", but" opens a clause of its own after ``end`` (-1 when it does not): not when another comma follows
    within five words, which makes it an inserted phrase ("On Monday, but only briefly, the shops will close")."""
    found = raw.find(b", but ", end, hi)
    if found < 0:
        return -1
    comma = raw.find(b",", found + 6, found + 60)
    if comma >= 0 and len(raw[found + 6:comma].split()) <= 5:
        return -1
    return found


def _clause_after(scan: Scan, end: int) -> tuple[list[bytes], int]:
    """The lower-cased words of the clause after an expression ending at ``end``, and where that clause ends (the
    case-keeping words are ``scan.spaced(end, that end).split()``)."""
    raw = scan.raw
    hi = end + 60
    if hi > len(raw):
        hi = len(raw)
    # a quotation ends its clause: the attribution after it ("...on Friday," she added) tells nothing of the date
    cut = hi
    # so does ", but": what follows is a clause of its own ("after the meeting in June, but the board has been")
    for found in (_stop_after(raw, end, hi), raw.find(b"\n", end, hi), raw.find(b"; ", end, hi),
                  raw.find(b'"', end, hi), raw.find(b"''", end, hi), scan.text.find("\u201d", end, hi),
                  _but_clause(raw, end, hi)):
        if 0 <= found < cut:
            cut = found
    return scan.spaced_low[end:cut].split(), cut


def clause_tense(text: str, start: int, end: int) -> str | None:
    """The tense of the clause around ``text[start:end]`` (see :func:`scan_tense`)."""
    return scan_tense(Scan.of(text), start, end)


# ---------------------------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------------------------


def _matches(scan: Scan) -> list[tuple[int, int, str]]:
    """(start, end, family) of grammar matches, in document order, without overlaps; two matches that
    :func:`_joined` reads as one expression ("January nineteen ninety-seven") are one."""
    found: list[tuple[int, int, str]] = []
    text = scan.text
    # where the prefilters look; None turns them off
    low = None if scan.folds else scan.spaced_low
    size = len(text)
    at_trigger = _AT
    at_opener = _BEFORE_OPENER
    last_end = 0
    joined = None  # the last pair read as one expression
    for trigger, word in _triggers(scan):
        if trigger < last_end:
            continue
        # an opener is glued to its trigger by a space, a hyphen or a comma; the walk back looks for none elsewhere
        starts = _openers(text, trigger, last_end) if text[trigger - 1:trigger] in _GLUE else ((trigger, None),)
        for start, key in starts:
            tries = at_trigger[word] if key is None else at_opener[word][key]
            # the first family that matches here wins, as in one alternation of all of them
            for name, pattern, prefilter, reach in tries:
                if prefilter is not None and low is not None and prefilter.search(low, start, start + reach) is None:
                    continue
                m = pattern.match(text, start)
                if m is not None:
                    family = name
                    break
            else:
                continue
            end = m.end()
            if end <= trigger:
                continue
            # a match never ends inside a word, nor before a hyphen that glues on a word ("year-earlier")
            if end < size:
                after = text[end]
                if after == "-":
                    # "year-earlier" is one word; "June 14-July 14" is a range of two dates
                    if text[end + 1:end + 2].isalpha() and not (text[end - 1].isdigit() and text[end + 1].isupper()):
                        continue
                elif (after.isalnum() or after == "_") and _is_word_char(text[end - 1]):
                    continue
            if family in _JOIN_SECONDS and found and found[-1][2] in _JOIN_FIRSTS and found[-1] is not joined:
                # the match right before and this one may be one expression (see ``_joined``); a pair joined so
                # takes no third part
                family_of_both = _joined(text, found[-1], (start, end, family))
                if family_of_both is not None:
                    joined = found[-1] = (found[-1][0], end, family_of_both)
                    last_end = end
                    break
            found.append((start, end, family))
            last_end = end
            break
    return found


#: What may stand between a month or season and a spelled-out year it takes ("January nineteen ninety-seven",
#: "the spring of nineteen eighty-one").
_SPELLED_YEAR_GLUE = frozenset({" ", ", ", " of "})


def _joined(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> str | None:
    """The family of ``first`` and ``second`` read as one expression, or None when they stay apart.

    A month or season takes the spelled-out year right after it ("January nineteen ninety-seven"); "the week of"
    takes the day it names ("the week of March 6"); "the year" the year it names ("the year 2000").
    """
    glue = text[first[1]:second[0]]
    if first[2] in ("month", "season") and second[2] == "spelled" and glue in _SPELLED_YEAR_GLUE:
        return first[2]
    if first[2] == "relunit" and second[2] in ("mdy", "dmy") and glue == " of " and \
            text[first[0]:first[1]].lower() == "the week":
        return "weekof"
    if second[2] == "year" and first[2] == "relunit" and glue == " " and text[first[0]:first[1]].lower() == "the year":
        return "year"  # "the year 2000": one year, which the grammar's "the year" met first
    return None


#: The families of a first part that ``_joined`` may join to the match after it, and those of a second part.
_JOIN_FIRSTS = frozenset({"month", "season", "relunit"})
_JOIN_SECONDS = frozenset({"spelled", "mdy", "dmy", "year"})


#: Families whose bare forms are also ordinary words; ``_plausible`` looks at the word before them.
_NEEDS_CONTEXT = frozenset({"season", "duration", "month"})
#: A rate's unit follows an amount ("$5 a year", "700 seats a week"): no duration.
_RATE_BEFORE = frozenset({"million", "billion", "trillion", "percent", "cents", "dollars", "seats", "units", "flights",
                          "times", "once", "twice", "people", "barrels", "tons", "miles"})
#: An age after an amount of time ("52 years old").
_AGE_AFTER = re.compile(r"[ -]old\b")
#: "of" and a determiner after a quarter, which make it a fraction ("a quarter of the market"); a bare noun keeps it
#: a stretch of time ("several quarters of losses"), and so does a year ("the first quarter of the year").
_FRACTION_AFTER = re.compile(r" of (?:(?:the|its|his|her|their|our|all|these|those|a|an) "
                             r"(?!(?:fiscal |calendar )?year\b)|\d+(?:\.\d+)? ?(?:%|percent|million|billion))")
#: A lower-case word after "a second" that makes it an ordinal ("a second attempt"), not one of the words that
#: continue an amount of time ("a second later", "a second or two").
_ORDINAL_AFTER = re.compile(r" (?!(?:later|earlier|ago|or|and|of|to|in|per|before|after|longer|more|each|every"
                            r"|at|for|from|too|is|was|the|a|an)\b)[a-z]")
#: A second day of the same month after a date ("April 24 and 25,"): a bare day number closing the phrase.
_SECOND_DAY = re.compile(r"(?: (?:and|or|to|through) |-|\u2013)(\d{1,2})(?=[,.;:)]|$|\s(?:in|at|to|when|with|for|as|but"
                         r"|and)\b)")
#: Capitalised words that may follow a holiday in a date ("Christmas Day, Monday", "Easter Sunday, April 20").
_CALENDAR_WORDS = frozenset(list(lx.WEEKDAYS) + list(lx.MONTHS))
#: The first half of a compound adjective glued before an expression ("quarter-to-", "year-over-").
_COMPOUND_BEFORE = re.compile(r"\b(?:year|quarter|month|week|day|night|hour|minute|second)-(?:to|over|on|by|after)-$",
                              re.IGNORECASE)
#: A lower-case noun phrase after "this fall" that makes "fall" a noun ("this fall in prices").
_NOUN_SEASON_AFTER = re.compile(r" (?:in|of) [a-z]")
#: A capitalised word after a holiday that makes it part of a name ("Easter Seals", "Christmas Carol").
_NAME_AFTER = re.compile(r" (?-i:[A-Z][a-z]+)\b")
#: A count after "the past" ("the past five seasons", "the past few rounds"), which makes it an adjective.
_COUNT_AFTER = re.compile(r" (?:\d|(?:" + "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True))
                          + r"|few|several|many|couple|half|dozen)(?![a-z]))", re.IGNORECASE)
#: Plural time words that a count after "the past" may measure ("the past two winters", "the past 4-plus months").
_TIME_PLURALS = frozenset([u for u in lx.UNITS if u.endswith("s")] + [s + "s" for s in lx.SEASONS])


def _counts_time(text: str, end: int) -> bool:
    """True when one of the two words after ``text[:end]`` + a count is a plural time word."""
    return any(w.strip(".,;:").lower() in _TIME_PLURALS for w in text[end:end + 40].split()[1:3])


#: What follows "minutes" that are the record of a meeting ("the minutes of the March meeting", "minutes released").
_RECORD_AFTER = re.compile(r" (?:(?:of|from) (?:the |its |their |a |an |last |this |that )?"
                           r"(?:[\w'\u2019-]{1,30} ){0,3}?"
                           r"(?:meeting|session|board|committee|council|commission|hearing|conference|panel)s?\b"
                           r"|(?:show|showed|shows|released|revealed|reveal|indicate|indicated|noted)\b)")
#: Words before a bare "minutes" that make it a record ("agenda minutes", "the Fed's minutes").
_RECORD_BEFORE = frozenset({"agenda", "meeting", "meeting's", "board's", "fed's", "committee's", "council's",
                            "released", "release", "published", "publish"})
#: "quarters" that are a place or a group ("living quarters", "in some quarters", "from all quarters").
_PLACE_QUARTERS = frozenset({"quarters", "the quarters", "some quarters", "many quarters", "all quarters",
                             "other quarters", "various quarters"})
#: "the early hours", "the small hours", "the wee hours": the hours after midnight, no amount of time.
_SMALL_HOURS_BEFORE = re.compile(r"\b(?:early|small|wee)\s$", re.IGNORECASE)
#: The lower-case word right after an expression.
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
#: Words after "the March", "a May" that make the month a noun of its own ("the March of the mothers").
_NOT_A_NOUN_AFTER = frozenset({"of", "for", "to", "and", "or", "in", "on", "at", "with", "from", "by", "is", "was",
                               "will", "has", "had"})
#: Any word right after an expression, as written.
_ANY_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")
#: Words before a bare month that make it the month ("in May", "since May", "early May").
_MONTH_OPENERS = frozenset({"in", "since", "until", "till", "by", "through", "of", "from", "to", "early", "late",
                            "mid", "mid-", "last", "next", "this", "that", "before", "after", "during", "on", "between",
                            "and", "or", "around", "about", "each", "every"})
#: Words before a capitalised month name that make it a noun ("the March for Life").
_NOUN_BEFORE = frozenset({"the", "a", "an", "annual", "this year's", "their", "his", "her"})


def _plausible(text: str, start: int, end: int, family: str, surface: str) -> bool:
    """False for bare words that are no time here: "fall"/"spring" as verbs, rates, "the March", ages ("52 years
    old"), fractions ("three-quarters of its food") and the ordinal "a second" ("a second attempt")."""
    low = surface.lower()
    if family == "season":
        # "this fall in prices" is a drop, "this spring in his step" a bounce; "last fall in Ohio" is a season
        return low not in ("fall", "spring") and not (low in ("this fall", "this spring") and
                                                      _NOUN_SEASON_AFTER.match(text, end))
    if family == "duration":
        if not _plausible_duration(low, text[end:end + 24]):
            return False
        if low == "hours" and _SMALL_HOURS_BEFORE.search(text, max(0, start - 12), start):
            return False  # "the early hours of Sunday": a time of night, its day tagged alone (as TimeBank does)
        if low in ("minutes", "the minutes") and (_RECORD_AFTER.match(text, end) or (
                low == "minutes" and _word_before(text, start) in _RECORD_BEFORE)):
            return False  # "the minutes of the board meeting", "agenda minutes": a record, not a stretch of time
        if low.startswith(("a ", "an ", "one ", "per ")) and " " not in low[low.index(" ") + 1:]:
            previous = _word_before(text, start)
            return not (previous[-1:].isdigit() or previous.endswith("%") or previous in _RATE_BEFORE)
        return True
    if surface == "May" and (_modal_may(text, start, end) or _may_before_a_name(text, start, end)):
        return False
    if " " not in low and _word_before(text, start) in _NOUN_BEFORE:
        # "the March for Peace" is a name, "the October vote" or "a June agreement" a month modifying a noun
        after = _WORD_AFTER.match(text, end)
        return after is not None and after[1] not in _NOT_A_NOUN_AFTER
    return True


def _modal_may(text: str, start: int, end: int) -> bool:
    """True when a capitalised "May" is the modal of a headline or a wish ("Voters May Have Tipped It", "May the best
    team win"): no preposition before it, and an adverb, a base verb or (opening a sentence) a subject after it."""
    after = _ANY_WORD_AFTER.match(text, end)
    if after is None:
        return False
    following = after[1].lower()
    before = _word_before(text, start)
    if following in lx.AFTER_MODAL_MAY and before not in _MONTH_OPENERS:
        return True
    return following in lx.AFTER_WISHING_MAY and (not before or before[-1] in _SENTENCE_ENDS or
                                                   "\n" in text[max(0, start - 2):start])


def _may_before_a_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised "May" is followed by a capitalised word and no preposition or word of time comes
    before it: a first name ("May Allen said") or the modal of a headline ("Board May Approve Fees"), not the month
    ("in May Allen resigned" keeps it; so does "May Day")."""
    after = _NAME_AFTER.match(text, end)
    if after is None or _word_before(text, start) in _MONTH_OPENERS:
        return False
    return after[0][1:].lower() not in _CALENDAR_WORDS and after[0] != " Day"


def _word_before(text: str, start: int) -> str:
    """The word before ``text[start:]`` in lower case, with the punctuation attached to it ("" when there is none)."""
    before = text[start - 24 if start > 24 else 0:start].split()
    return before[-1].lower() if before else ""


def _plausible_duration(low: str, after: str) -> bool:
    """False for an amount of time that is an age, a fraction or an ordinal, judged by the words after it.

    Args:
        low: the matched expression in lower case.
        after: a few characters of text right after it.
    """
    if _AGE_AFTER.match(after):
        return False  # "52 years old": an age, which TimeML annotators leave untagged
    if low.startswith(("the first ", "the last ", "the past ", "the next ", "the final ")):
        return True  # "the first three-quarters of the year"
    if low.endswith("-quarters") or (low.endswith(("quarter", "quarters")) and _FRACTION_AFTER.match(after)):
        return False  # "three-quarters of its food", "more than a quarter of the market"
    if low in _PLACE_QUARTERS:
        return False  # "living quarters", "in some quarters": a place or a group, unless counted ("recent quarters")
    if low in ("a second", "one second") and _ORDINAL_AFTER.match(after):
        return False  # "a second attempt": the ordinal, not one second
    return True


#: Time words written in lower case in running text: capitalised inside a sentence they belong to a title.
_LOWER_CASE_TIME_WORDS = frozenset(
    [w.capitalize() for w in lx.UNITS] + [w.capitalize() for w in lx.PARTS_OF_DAY] + [
        w.capitalize() for w in list(lx.DAY_WORDS) + list(lx.CLOCK_WORDS) + list(lx.SET_ADVERBS)] + ["Now"])
#: A modal verb right before "one day" ("may one day return"), which makes it "some day" ahead.
_MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|shall|hopes?|hoped|hoping)\s$",
                              re.IGNORECASE)
#: What the word before a sentence's first word ends with: a stop, a colon, a dash or an opening quote.
_SENTENCE_ENDS = frozenset(".?!:-`'\"\u201c\u2018\u2013\u2014")


def _in_a_title(text: str, start: int, surface: str) -> bool:
    """True when a time word that running text writes in lower case is capitalised inside a sentence: the name of a
    show, a film or a paper ("ABC's "This Week"", "'60 Minutes'", "the film 'High Noon'", "the Daily Ledger"), not a
    time."""
    if surface.islower() or surface.isdigit():
        return False  # no capital letter: no capitalised word
    words = surface.split()
    first = words[0]
    if len(first) > 1 and first.isupper() and first.isalpha() and first.capitalize() in _LOWER_CASE_TIME_WORDS:
        # a time word in capitals after a capitalised word ends a name ("HARBOR TODAY", "the ACME TODAY show"); after
        # a lower-case word it is emphasis ("we need it NOW"), and opening a sentence a headline's word
        before = text[max(0, start - 40):start].split()
        return bool(before) and before[-1][:1].isupper() and before[-1][-1:] not in _SENTENCE_ENDS and \
            "\n" not in text[max(0, start - 2):start]
    if first in _LOWER_CASE_TIME_WORDS:
        # the first word is capitalised: fine at the start of a sentence, a paragraph or a quotation
        gap = text[max(0, start - 8):start]
        before = text[max(0, start - 40):start].split()
        if not before or "\n" in gap[len(gap.rstrip()):] or before[-1][-1:] in _SENTENCE_ENDS:
            return any(w in _LOWER_CASE_TIME_WORDS for w in words[1:])
        return True
    return any(w in _LOWER_CASE_TIME_WORDS for w in words[1:])


def find_times(document: Document) -> list[TimeMention]:
    """Every temporal expression of ``document.text``, normalised, in document order."""
    text = document.text
    resolver = Resolver(document.published)
    published = document.published.isoformat() if document.published else None
    mentions: list[TimeMention] = []
    scan = Scan.of(text)
    covered = 0  # the end of an expression widened over the matches after it ("the last day of the month")
    for start, end, family in _matches(scan):
        if start < covered:
            continue
        while end > start and text[end - 1] in " ,;:":
            end -= 1  # the grammar may take a trailing separator ("Aug." keeps its period)
        if end <= start:
            continue
        if text[start] in "tT" and text[start:start + 4].lower() == "the " and _ADJECTIVE_TAIL.search(text, start, end):
            start += 4  # "the two-week strike": the article goes with the noun the compound modifies
        if family == "duration" and text[start - 3:start] == "of " and \
                text[start - 13:start].lower() == "a quarter of ":
            start -= 13  # "a quarter of a century": the fraction is part of the stretch, and so is "more than"
            kept = _EXTENT_MOD_BEFORE.search(text, max(0, start - 24), start)
            if kept is not None:
                start = kept.start()
        surface = text[start:end]
        if family in _NEEDS_CONTEXT and not _plausible(text, start, end, family, surface):
            continue
        if family == "decade" and _AGE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "in her 30s": an age, not a decade
        if family == "decade" and not surface[-4:-3].isdigit() and "'" not in surface and "\u2019" not in surface \
                and _NUMBERS_BEFORE.search(text, max(0, start - 40), start):
            # "rose to the low 50s", "workers in their 30s, 40s and 50s": a range of numbers or ages, not a decade
            continue
        if family == "year" and end - start == 4 and _not_a_year(text, start, end):
            continue  # "room 1998", "a crowd of 1999 people": a label or a count
        if family == "set" and _not_a_set(text, start, surface):
            continue
        if family == "ordday" and text[start - 3:start].lower() != "on ":
            continue  # "the 10th" is a day only after "on" ("on the 10th"), not in "the 10th in a row"
        if family == "relunit" and _DATE_OF_AFTER.match(text, end) and surface.lower().endswith(_PARTS):
            continue  # "the morning of March 4": TimeBank tags the date that follows, which carries the value
        if family == "holiday" and surface[:6] == "super ":
            # "another super Tuesday for us": the adjective and a weekday, not the day of the most primaries
            start += 6
            surface = text[start:end]
            family = "weekday"
        if family == "holiday" and _NAME_AFTER.match(text, end) and not surface[-1:].isdigit() and \
                text[end + 1:end + 12].split()[0].lower().rstrip(".,") not in _CALENDAR_WORDS:
            continue  # "Easter Seals", "Thanksgiving Coffee": a name
        if start > 1 and text[start - 1] == "-" and _COMPOUND_BEFORE.search(text, max(0, start - 16), start):
            continue  # "a quarter-to-quarter comparison", "year-over-year growth": a compound adjective
        if family not in ("holiday", "mdy", "dmy", "weekday", "month", "century") and _in_a_title(text, start, surface):
            continue
        reference = resolver.reference
        key = (family, surface)
        # a stretch followed by "of" reads differently ("the last few minutes of the lunch"): no shared reading
        # "in five years" reads by the clause's tense ("the loan is to be paid back in six years" is a time ahead)
        ahead = family == "duration" and start > 2 and text[start - 3:start].lower() == "in " and (
            start == 3 or not text[start - 4].isalnum()) and surface[:4].lower() not in ("the ", "this", "that")
        constant = family in _CONSTANT and not (family == "year" and "period" in surface) and not (
            family == "duration" and (ahead or text.startswith(" of ", end)))
        known = _CONSTANT_READINGS.get(key) if constant else None
        reading_reference = None
        if known is not None:
            type_, value, mod, anchor = known
            uses_reference = False
        else:
            tense = Tense(partial(scan_tense, scan, start, end)) if family in _TENSED or ahead else _NO_TENSE
            resolver.after = text[end:end + 24].lower()
            resolver.before = text[start - 32 if start > 32 else 0:start].lower()
            resolver.clause_before = text[start - 150 if start > 150 else 0:start].lower() if ahead else ""
            resolver.at = start
            resolver.tense = tense
            try:
                reading = resolver.read(family, surface, tense)
            except (ValueError, OverflowError, KeyError, IndexError):
                # a calendar computation that falls off the calendar ("year 0") is no date
                reading = None
            if reading is None:
                continue
            type_, value, mod, anchor = reading.type, reading.value, reading.mod, reading.anchor
            uses_reference = reading.uses_reference
            reading_reference = reading.reference
            if constant and not uses_reference:
                if len(_CONSTANT_READINGS) > 20000:
                    _CONSTANT_READINGS.clear()
                _CONSTANT_READINGS[key] = (type_, value, mod, anchor)
        if family == "vague" and end - start == 8 and _COUNT_AFTER.match(text, end) and surface.lower() == "the past" \
                and not _counts_time(text, end):
            continue  # "four of the past five seasons", "the past two winners": a count of things, not the past
        if family == "vague" and start > 4 and text[start - 5:start].lower() in ("then ", "then-") and \
                surface.lower() == "current":
            # "the then-current price": current at a time gone by
            start -= 5
            surface = text[start:end]
            type_, value, mod, anchor, uses_reference = "DATE", "PAST_REF", None, None, False
        if family == "relunit" and anchor == "published" and value and value[10:] in _EVENT_PARTS and \
                _EVENT_OF_AFTER.match(text, end):
            # "the morning of the attack" with no date told yet: the day of an event the story has not dated
            value, anchor = "XXXX-XX-XX" + value[10:], None
        if family in ("relunit", "season") and type_ == "DATE" and value and value[0].isdigit() and \
                surface[:4].lower() == "the " and not value.endswith("WE") and (
                _EVENT_NEXT_TO.match(text, end) or (surface[-4:].lower() == " day" and _EVENT_OF_AFTER.match(text, end)
                                                    and not _UNIT_OF_AFTER.match(text, end)
                                                    and surface.split()[1].lower() not in lx.ORDINALS)):
            # "the week after his proposal", "the summer after the loss", "the last day of the convention": a time
            # next to an event the story has not dated, not the week or summer of publication ("over the weekend
            # after a debate" and "the morning after" keep their readings: the story's weekend and day)
            value, anchor, uses_reference = _unknown_like(value), None, False
        if family == "relunit" and end - start in (12, 13) and text[end:end + 4] == " of " and \
                surface.lower() in _EDGE_DAYS:
            edge = _edge_day(text, end, surface, resolver, tense if known is None else _NO_TENSE)
            if edge is not None:
                # "the last day of the month", "the first day of March": that day, not yesterday or tomorrow
                end, value, from_story = edge
                covered = end
                surface = text[start:end]
                type_, mod, uses_reference = "DATE", None, from_story
                anchor = "narrative" if from_story else "published"
        if family == "relunit" and value and value[10:] in _CLOCK_PARTS and text[start - 1:start] == " ":
            clock = _hour_before(text, start, value)
            if clock is not None and (not mentions or clock[0] >= mentions[-1].end):
                # "at 4 in the morning": an hour of that part of the day
                start, value = clock
                surface = text[start:end]
        if value and len(value) == 10 and family in _DAY_FAMILIES and text[start - 6:start] in _DAY_NEXT_TO_TAILS:
            shifted = _day_next_to(text, start, value)
            if shifted is not None and (not mentions or shifted[0] >= mentions[-1].end):
                # "the day before Tuesday's hearing": one day off the day named
                start, value = shifted
                surface = text[start:end]
        if family == "weekday" and mentions and value and len(value) >= 10 and value[4:5] == "-":
            ended = _range_end(text, mentions[-1], start, value)
            if ended is not None:
                # "from Monday to Friday": the Friday after that Monday, whatever the tense said
                value = ended
        if family == "duration" and surface.lower() == "one day" and \
                _MODAL_BEFORE_RE.search(text, max(0, start - 12), start):
            # "will one day be": an adverb for some time ahead, not a day long
            type_, value, mod, anchor, uses_reference = "DATE", "FUTURE_REF", None, None, False
        if mod is None and (
                (family in ("duration", "clock", "mdy", "shift") and surface[:1].isdigit())
                or (family == "duration" and surface[:2].lower() in ("a ", "an", "on", "tw", "th", "fo", "fi", "si",
                                                                      "se") and surface[:4].lower() != "the ")):
            # "about two weeks": TimeML leaves "about" outside the extent, but the mod still says it ("talked about
            # the decades" is the preposition)
            before = text[start - 16 if start > 16 else 0:start].split()
            if before and before[-1].lower() in _OUTSIDE_MODS:
                mod = lx.QUANTITY_MODS.get(before[-1].lower())
        anchor_span = anchor_value = None
        if uses_reference:
            if reading_reference is not None:
                reference = reading_reference
            elif resolver.quarter_reference is not None and value and "Q" in value:
                reference = resolver.quarter_reference
            if reference is not None:
                anchor_span = _new_span(reference.start, reference.end, reference.text)
                anchor_value = reference.value
        elif anchor == "published":
            anchor_value = published
        # a stretch of months ("the first nine months") stays the story's period while expressions count back from it
        # ("the 1996 period", "the year-ago results"), each only a year
        resolver.after_months = value is not None and (
            (type_ == "DURATION" and value[-1:] == "M") or (resolver.after_months and uses_reference and
                                                           len(value) == 4))
        mentions.append(_new_mention(start, end, surface, "text", PLUGIN_NAME, type_, value, mod,
                                     anchor if value else None, anchor_span, anchor_value))
        if not uses_reference and value and value[0].isdigit():
            # the story's time moves with dates it states, not with those it counts from its own time
            resolver.note(type_, value, mod, start, end, surface)
        if family == "mdy" and value and len(value) == 10 and surface[-1:].isdigit():
            second = _second_day(text, end, value)
            if second is not None:
                mentions.append(attrs.evolve(mentions[-1], start=second[0], end=second[1],
                                             text=text[second[0]:second[1]], value=second[2]))
    return reanchor_quotations(text, mentions, document.published)


#: Words before a year that modifies a noun ("the 2020 votes", "in 2008 troops were sent"): no count there.
_YEAR_BEFORE_NOUN = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                               "in", "since", "by", "until", "till", "from", "during", "before", "after", "for",
                               "through", "between", "and", "or", "early", "late", "mid", "to", "around"})
_NUMBER_LABELS = lx.NUMBER_LABELS
_COUNTED_NOUNS = lx.COUNTED_NOUNS
#: A street after a number ("1600 Elm Avenue"): an address, no year.
_STREET_AFTER = re.compile(r" (?:[A-Z][a-z]{1,20} ){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
                           r"Lane|Way|Place|Court|Terrace|Highway)(?!\w)")


def _not_a_year(text: str, start: int, end: int) -> bool:
    """True when the four digits at ``text[start:end]`` label a thing ("room 1998", "Route 2026"), count things
    ("2025 tonnes a day" after no determiner) or number a street address ("1600 Elm Avenue")."""
    before = _word_before(text, start)
    if before in _NUMBER_LABELS or before.rstrip(".") in _NUMBER_LABELS:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is not None and after[1] in _COUNTED_NOUNS and before not in _YEAR_BEFORE_NOUN and \
            not before.endswith(("'s", "\u2019s")):
        return True
    return text[end:end + 1] == " " and _STREET_AFTER.match(text, end) is not None


#: The days at the edge of a month or a year ("the last day of the month"), and which edge.
_EDGE_DAYS = {"the last day": -1, "the final day": -1, "the first day": 1}
#: What a day at an edge belongs to: the month or the year of the story, or a month named.
_EDGE_OF = re.compile(r" of (?:(the (?:month|year))|(" + "|".join(sorted(lx.MONTHS, key=len, reverse=True)) +
                      r"))(?![\w-])(?!\.? \d)", re.IGNORECASE)


def _edge_day(text: str, end: int, surface: str, resolver: Resolver, tense: Tense) -> tuple[int, str, bool] | None:
    """The end and value of "the last day of the month", "the first day of March" whose first words end at ``end``,
    and whether the story's time gave it: the month or year of the story's time (the publication date without one),
    or the month named, in the year its tense gives. None when no such words follow, or with no date to count from."""
    m = _EDGE_OF.match(text, end)
    if m is None:
        return None
    last = _EDGE_DAYS[surface.lower()] < 0
    ref = resolver.reference
    from_story = ref is not None and len(ref.value) in (7, 10) and ref.value[:4].isdigit()
    if m[1] is not None:
        base = ref.value if ref is not None and from_story else (
            resolver.published.isoformat() if resolver.published else None)
        if base is None:
            return None
        year = int(base[:4])
        if m[1].lower().endswith("year"):
            return m.end(), f"{year:04d}-12-31" if last else f"{year:04d}-01-01", from_story
        month = int(base[5:7])
    else:
        from_story = False
        month = lx.MONTHS[m[2].lower()]
        found = resolver._year_for(month, None, tense)[0]
        if found is None:
            return None
        year = found
    day = calendar.monthrange(year, month)[1] if last else 1
    return m.end(), f"{year:04d}-{month:02d}-{day:02d}", from_story


#: Parts of a day, and what after "the morning" names an event rather than a date ("of the attack", "of his arrest").
_EVENT_PARTS = frozenset({"TMO", "TAF", "TEV", "TNI"})
_EVENT_OF_AFTER = re.compile(r" of (?:the|a|an|his|her|their|its|this|that) (?!(?:same|following|previous|next|"
                             r"very|day|night|morning)\b)[A-Za-z]")


#: A noun phrase after "after", "before" or "following" ("the week after his proposal", "the week following last
#: month's crash"); "the week before last" and a date after them are left alone.
_EVENT_NEXT_TO = re.compile(r" (?:after|before|following|preceding) (?:(?:the|a|an|his|her|its|their|our|my|your|this|"
                            r"that)\s(?!(?:same|next|previous|following)\b)|last [a-z]{2,12}(?:'s|\u2019s)\s|"
                            r"[a-z]{2,12}(?:'s|\u2019s)\s)", re.IGNORECASE)
#: A unit of time after "the last day of" ("the last day of the month"): a date the story can count, no event.
_UNIT_OF_AFTER = re.compile(r" of (?:the|a|an|this|that) (?:[a-z]{1,20} )?(?:" + "|".join(
    ("week", "weekend", "month", "quarter", "year", "season", "term", "decade", "century")) + r")\b", re.IGNORECASE)


def _unknown_like(value: str) -> str:
    """The value of the same granularity as ``value`` with what the text does not tell left unknown: a week, a month
    or a day keeps the story's year, its best guess, as TimeBank's annotators do ("2016-W03" -> "2016-WXX"); a
    season or a year after an event may lie years away ("the spring after the 2009 flood"): "XXXX-SU", "XXXX"."""
    date, _, clock = value.partition("T")
    if "-W" in date:
        unknown = date[:4] + "-WXX" + date[8:]  # keeps "-WE"
    elif len(date) == 7 and date[5:].isalpha():
        unknown = "XXXX-" + date[5:]  # a season
    elif len(date) > 4:
        unknown = date[:4] + "".join("-" + "X" * len(part) for part in date[5:].split("-"))
    else:
        unknown = "X" * len(date)
    return unknown + ("T" + clock if clock else "")


#: A hyphenated compound ending an extent in a unit ("two-week", "third-quarter"): an adjective before its noun.
_ADJECTIVE_TAIL = re.compile(r"\w-(?:" + "|".join(lx.ADJECTIVE_UNITS) + r")$", re.IGNORECASE)
#: What makes a decade written with two digits and no apostrophe a range of numbers: a level word ("the low 50s",
#: "the upper-30s") or a list that began with an age ("in their 30s, 40s and 50s").
_NUMBERS_BEFORE = re.compile(r"(?:\b(?:low|high|upper|lower)[-\s]"
                             r"|\b(?:his|her|their|my|your|our|its)\s(?:early\s|late\s|mid-)?\d0s"
                             r"(?:,\s\d0s){0,6},?\s(?:and\s|or\s|to\s)?)$", re.IGNORECASE)
#: A quantity modifier that TimeML keeps in a duration's extent, right before it ("more than a quarter of a century").
_EXTENT_MOD_BEFORE = re.compile(rf"\b(?:{pt.DURATION_MOD})\s$", re.IGNORECASE)
#: A possessive before a decade, which makes it an age ("in his 30s", "in their early 20s").
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its) $", re.IGNORECASE)
#: A rate of measure: "per" and a unit shorter than a day after a noun ("miles per hour", "instructions per
#: second"), unlike a count of times ("three times per hour").
_MEASURE_RATE = re.compile(r"per\s(?:second|minute|hour)$", re.IGNORECASE)


#: Words after an adverb-only set word that leave it an adverb ("reviewed quarterly and", "paid quarterly in"); any
#: other lower-case word makes it an adjective ("quarterly dividend") or a noun ("a quarterly of five cents").
_AFTER_ADVERB = frozenset({"and", "or", "but", "in", "on", "at", "by", "for", "from", "to", "until", "since",
                           "through", "with", "as", "after", "before", "over", "instead", "rather", "thereafter",
                           "if", "when", "so", "because", "unless", "while", "starting", "beginning"})
#: A determiner, possessive or adjective before a set word, which makes it an adjective or a noun ("its quarterly").
_DETERMINER_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                                "first", "initial", "regular", "latest", "new", "last", "next"})


def _not_a_set(text: str, start: int, surface: str) -> bool:
    """True for "per second/minute/hour" after a noun: a rate of measure ("90 miles per hour"), no recurring time;
    and for a set word that is an adverb only, written as an adjective or a noun ("its quarterly dividend")."""
    low = surface.lower()
    if low in _WHOLE_OF and text.startswith(" of ", start + len(surface)):
        return True  # "she recalls every minute of it", "to log every hour of a shift": all of it
    if low in lx.ADVERB_ONLY_SETS:
        before = text[max(0, start - 16):start].split()
        if before and before[-1].lower() in _DETERMINER_BEFORE:
            return True
        after = _WORD_AFTER.match(text, start + len(surface))
        return after is not None and after[1] not in _AFTER_ADVERB
    if _MEASURE_RATE.match(surface) is None:
        return False
    before = text[max(0, start - 12):start].split()
    return not before or before[-1].lower() not in ("times", "once", "twice")


#: "every" and a short unit that, before "of", mean all of something ("every minute of the trip"), not a recurrence.
_WHOLE_OF = frozenset({"every second", "every minute", "every hour", "every moment"})
#: "of" and a date after "the morning" ("the night of Oct. 3", "the evening of Friday, May 2").
_DATE_OF_AFTER = re.compile(r" of (?:(?-i:[A-Z][a-z]{2})|\d)")
_PARTS = tuple(" " + part for part in lx.PARTS_OF_DAY)
#: What joins the two ends of a range of days ("Monday to Friday", "Tuesday through Thursday", "Monday-Friday").
_RANGE_GLUE = frozenset({" to ", " through ", " thru ", " until ", " till ", "-", "\u2013", " - ", " \u2013 "})


def _range_end(text: str, first: TimeMention, start: int, value: str) -> str | None:
    """The value of a weekday that closes a range opened by the day ``first`` ("from Monday to Friday" is the first
    Friday after that Monday), or None when the two are no range of days.

    Args:
        text: the document text.
        first: the mention just before the weekday.
        start: where the weekday begins.
        value: the weekday's value as read on its own (YYYY-MM-DD, maybe with a time part).
    """
    if start - first.end > 9 or text[first.end:start].lower() not in _RANGE_GLUE or first.value is None or \
            len(first.value) != 10 or not first.value[:4].isdigit() or not any(
            name in first.text.lower() for name in lx.WEEKDAYS):
        return None
    try:
        opening = dt.date.fromisoformat(first.value)
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    delta = (day.isoweekday() - opening.isoweekday()) % 7 or 7
    return (opening + dt.timedelta(days=delta)).isoformat() + value[10:]


#: Families whose value may be a single day that "the day before"/"the day after" can move.
_DAY_FAMILIES = frozenset({"weekday", "mdy", "dmy", "holiday"})
#: The last six characters before a day that "the day before/after" can end with (a cheap test before the regex).
_DAY_NEXT_TO_TAILS = frozenset({"efore ", "EFORE ", "after ", "AFTER ", "After "})
#: "the day before" or "the day after" right before a day ("the day after Christmas").
_DAY_NEXT_TO = re.compile(r"\b(?:the\s)?day\s(before|after)\s$", re.IGNORECASE)


def _day_next_to(text: str, start: int, value: str) -> tuple[int, str] | None:
    """(new start, value) when "the day before/after" precedes a day named at ``start`` ("the day before last
    Tuesday" is the Monday), else None.

    Args:
        text: the document text.
        start: where the day's expression begins.
        value: its value (YYYY-MM-DD).
    """
    m = _DAY_NEXT_TO.search(text, max(0, start - 16), start)
    if m is None:
        return None
    try:
        day = dt.date.fromisoformat(value) + dt.timedelta(days=-1 if m[1].lower() == "before" else 1)
    except ValueError:
        return None
    return m.start(), day.isoformat()


#: The parts of the day an hour can be told in ("4 in the morning"): value suffix -> hours added to the count.
_CLOCK_PARTS = {"TMO": 0, "TAF": 12, "TEV": 12}
#: An hour count and "in" right before "the morning" ("4 in the morning", "ten in the evening").
_HOUR_BEFORE = re.compile(r"\b(1[0-2]|[1-9]|" + "|".join(w for w, n in lx.NUMBER_WORDS.items() if 1 <= n <= 12
                                                            and len(w) > 2 and w != "dozen")
                          + r")\sin\s$", re.IGNORECASE)


def _hour_before(text: str, start: int, value: str) -> tuple[int, str] | None:
    """(new start, TIME value) when an hour count precedes "the morning/afternoon/evening" at ``start``, else None.

    Args:
        text: the document text.
        start: where "the morning" begins.
        value: its value (YYYY-MM-DDTMO and the like).
    """
    m = _HOUR_BEFORE.search(text, max(0, start - 12), start)
    if m is None or not value[:4].isdigit():
        return None
    count = m[1].lower()
    hour = int(count) if count.isdigit() else lx.NUMBER_WORDS[count]
    hour = hour % 12 + _CLOCK_PARTS[value[10:]]
    return m.start(), f"{value[:10]}T{hour:02d}:00"


def _second_day(text: str, end: int, value: str) -> tuple[int, int, str] | None:
    """The day after "and"/"or" that shares the month of the date before it ("April 24 and 25"): (start, end, value).

    Args:
        text: the document text.
        end: where the first date ends.
        value: the first date's value (YYYY-MM-DD).
    """
    m = _SECOND_DAY.match(text, end)
    if m is None:
        return None
    day = int(m[1])
    second = f"{value[:8]}{day:02d}"
    try:
        dt.date.fromisoformat(second)
    except ValueError:
        return None
    return (m.start(1), m.end(1), second) if day > int(value[8:]) else None
