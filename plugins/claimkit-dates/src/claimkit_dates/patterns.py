"""Regular expressions for temporal expressions, built once from the tables in ``lexicon.py``.

Two kinds of pattern live here:

- the *trigger vocabulary*: every word that any temporal expression must contain (a month, a weekday, a unit, a
  deictic word, a year...). ``extract.py`` finds these with one regular expression, a trie of the words, and only
  then tries the grammar near each trigger;
- the *grammar*: one anchored pattern per rule family ("mdy", "weekday", "duration", ...), tried in order at a
  position, the first that matches winning. ``normalize.py`` reads the matched text of the winning family.

Every repeat is bounded and no quantified group repeats over the same characters as its neighbour, so matching
time is linear in the window it is tried on. ``REQUIREMENTS`` reads from the parsed grammar what each family's
matches must contain, so that ``extract.py`` can skip a family where that is not in reach.
"""

from __future__ import annotations

import re
from typing import Any

import regex

try:  # the parser of ``re``, to read what each family's matches must contain (see ``REQUIREMENTS``)
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    try:
        import sre_compile as _sre_compile
        import sre_constants as _sre
        import sre_parse as _sre_parse
    except ImportError:  # a Python without either: every family is simply tried
        _sre = _sre_parse = _sre_compile = None

from . import lexicon as lx


def trie(items: list[str], space: str = r"\ ") -> str:
    """A regular expression matching exactly ``items`` (literal strings), factored as a trie: "sep(?:tember|t)?".

    An alternation of a thousand words is tried word by word at every position; a trie tries each letter once. At
    any position the items that match are prefixes of one another, and the trie tries a longer one before a shorter
    (a node's children before the end of a word), so its first match is the one a longest-first alternation finds.

    Args:
        items: the strings.
        space: what a space of an item matches (by default a space).
    """
    root: dict[str, Any] = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return emit(root)


def _alt(words: object) -> str:
    """Literal words ("a b" with up to three spaces between words) as a trie, which prefers "sept" to "sep".

    The words are lower case, matched with IGNORECASE (or upper case and capitalised forms, matched without it):
    two of them never match the same text, so the trie finds what a longest-first alternation finds. ``re`` tries
    an alternation word by word, each a jump of its matching loop when case is ignored; the trie tries each letter
    once, which makes a failed match of a family several times cheaper.
    """
    return "(?:" + trie(sorted({str(w) for w in words}), space=r"\s{1,3}") + ")"  # type: ignore[attr-defined]


def _cap_alt(words: object) -> str:
    """Case-sensitive alternation of capitalised and upper-case forms (month names that are also words)."""
    forms: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        forms.update((str(w).capitalize(), str(w).upper()))
    return "(?-i:" + _alt(forms)[3:]


_FULL = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_SHORT = [m for m in lx.MONTHS if m not in _FULL]
#: A month name; words that are also ordinary words ("May", "March", "Jan") only capitalised; abbreviations may
#: carry a period (which belongs to the expression, while a full name's sentence-final period does not).
_FULL_MONTH = (_alt([m for m in _FULL if m not in lx.AMBIGUOUS_MONTHS]) + "|"
               + _cap_alt([m for m in _FULL if m in lx.AMBIGUOUS_MONTHS]))
_SHORT_MONTH = (_alt([m for m in _SHORT if m not in lx.AMBIGUOUS_MONTHS]) + "|"
                + _cap_alt([m for m in _SHORT if m in lx.AMBIGUOUS_MONTHS]))
MONTH = rf"(?:{_FULL_MONTH}|(?:{_SHORT_MONTH})(?:\.(?!\w))?)(?![\w'])"
#: A month named on its own: an abbreviation needs its period ("Jan" alone is a name, "Jan." a month); a full name
#: that is no other word may take a possessive ("December's figures"), which stays outside the extent.
MONTH_ALONE = (rf"(?:(?:{_FULL_MONTH}|(?:{_SHORT_MONTH})\.(?!\w))(?![\w'])"
               rf"|{_alt([m for m in _FULL if m not in lx.AMBIGUOUS_MONTHS])}(?='s\b))")
WEEKDAY = _alt(lx.WEEKDAYS)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:/.,]\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%])"
SHORT_YEAR = r"'\d\d(?!\w)"
SEASON = _alt(lx.SEASONS)
PART_OF_DAY = _alt(lx.PARTS_OF_DAY)
UNIT = _alt(lx.UNITS)
UNIT_ADJ = _alt(lx.ADJECTIVE_UNITS)
_SMALL = [w for w, v in lx.NUMBER_WORDS.items() if 0 < v < 10 and w not in ("a", "an", "single")]
NUMBER_WORD = rf"(?:{_alt(lx.TENS)}(?:[-\s]{_alt(_SMALL)})?|{_alt(w for w in lx.NUMBER_WORDS if len(w) > 2)})"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?(?:\s\d/\d|\u00bd)?|{NUMBER_WORD}(?:\s(?:hundred|thousand))?"
          rf"(?:\s(?:and\s)?a\shalf)?|a\s(?:hundred|thousand|dozen)|a\s(?:half|quarter)|half\san?(?=\s)"
          rf"|an?(?:\sand\sa\shalf)?"
          rf"|{_alt(lx.VAGUE_AMOUNTS)})")
#: Quantity modifiers kept inside a duration's extent (TimeML keeps "more than", drops "about" and "just").
DURATION_MOD = _alt(k for k in lx.QUANTITY_MODS if k in lx.EXTENT_MODS)
ORDINAL = _alt(lx.ORDINALS)
POSITION = _alt(lx.POSITION_MODS)
QUANTITY_MOD = _alt(k for k in lx.QUANTITY_MODS)
RELATIVE = _alt(lx.RELATIVE_WORDS)
SHIFT = _alt(lx.SHIFT_WORDS)
DAY_WORD = _alt(lx.DAY_WORDS)
VAGUE = _alt(lx.VAGUE_WORDS)
SET_ADVERB = _alt(lx.SET_ADVERBS)
WEEK_PART_SET = _alt(lx.WEEK_PART_SETS)
CLOCK_WORD = _alt(lx.CLOCK_WORDS)
_HOLIDAY_NAMES = list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS) + list(lx.EASTER_HOLIDAYS)
#: A holiday name, its possessive written with a straight or a curly apostrophe ("New Year\u2019s Eve").
HOLIDAY = _alt(_HOLIDAY_NAMES + [name.replace("'", "\u2019") for name in _HOLIDAY_NAMES if "'" in name])
DATE_UNIT = _alt(u for u, code in lx.UNITS.items() if code not in ("H", "MIN", "S"))
SMALL_NUMBER = _alt(w for w, v in lx.NUMBER_WORDS.items() if 0 < v < 10 and len(w) > 2 and w != "single")
TEEN_OR_TENS = (rf"(?:{_alt(lx.TENS)}(?:[-\s]{SMALL_NUMBER})?"
                rf"|{_alt(w for w, v in lx.NUMBER_WORDS.items() if 10 <= v < 20)})")
DECADE_WORD = _alt(lx.DECADE_WORDS)
AMPM = r"(?:[ap]\.\s?m\.?|[ap]m\b)"
ZONE = r"(?:\s(?-i:[ECMP][SD]T|GMT|UTC))?"
#: The prepositions that make a bare "21:45" or "10:30" a time of day ("at 21:45", "until 18:00"), unlike a ratio.
CLOCK_AFTER = r"(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=from\s)|(?<=before\s)|(?<=after\s))"
DAY_REF = rf"(?:{WEEKDAY}|{DAY_WORD}|{MONTH}\s{{1,2}}{DAY})"
QUARTER_WORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past|previous|next|same|" \
               r"year-ago|year-earlier|comparable|recent|fiscal|June|September|December|March)"

#: The grammar, one named group per rule family. Longer readings come first: the first alternative that matches at
#: a position wins.
#: The grammar, one entry per rule family, in order of preference: where several match at a position the first
#: wins, so longer readings come first.
#: What follows "is the fifth day of" when the day is one of the calendar ("the second day of March", "the third day of
#: the week"), not of an event running on the day of publication.
_CALENDAR_AFTER_OF = (rf"(?:(?:the|this|that|next|last|each|every|a|its)\s)?(?:new\s)?(?:\d|(?:{_alt(lx.MONTHS)}|"
                      rf"{WEEKDAY}|{SEASON}|week|weekend|month|year|season|quarter|decade|century)(?![\w']))")
FAMILIES: dict[str, str] = {
    "iso": r"""(?P<iso>\d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d)?)?)""",
    "slash": r"""(?P<slash>(?:3[01]|[12]\d|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:\d{4}|\d\d)(?![\d/]))""",
    "clock": rf"""(?P<clock>(?:(?:{QUANTITY_MOD}|shortly\s(?:before|after)|just\s(?:before|after))\s)?
    (?:(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?\s?{AMPM}|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s(?-i:[ECMP][SD]T|GMT|UTC))
       |{CLOCK_AFTER}(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])
       |{CLOCK_WORD}|(?:1[0-2]|0?\d|{NUMBER_WORD})\so'clock)
    {ZONE}(?:,?\s{{1,2}}(?:(?:on\s)?{DAY_REF}(?:,?\s{YEAR})?|(?:this|that|tomorrow|yesterday)\s{PART_OF_DAY}))?)""",
    "mdy": rf"""(?P<mdy>(?:{POSITION}[-\s]{{1,2}})?(?:(?:last|next)\s)?(?:{WEEKDAY},?\s{{1,2}})?{MONTH}\s{{1,2}}{DAY}
    (?:,?\s{{1,2}}{YEAR})?)""",
    "dmy": rf"""(?P<dmy>(?:the\s)?{DAY}\s{{1,2}}(?:of\s)?{MONTH}(?:,?\s{{1,2}}{YEAR})?)""",
    "holiday": rf"""(?P<holiday>(?:(?:last|this|next)\s)?(?:{HOLIDAY})(?:\s{YEAR})?(?![\w-]))""",
    "monthweek": rf"""(?P<monthweek>(?:the\s)?(?:first|second|third|fourth|last|final)\s(?:week|{WEEKDAY})\s(?:of|in)\s
      {MONTH}(?:,?\s{{1,2}}{YEAR})?)""",
    "ordday": r"""(?P<ordday>the\s(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)
      (?=[.,;:)]|\s(?:at|when|in|and|or|but|as|to|after|before|of\sthis\smonth)\b|$))""",
    "month": rf"""(?P<month>(?:{POSITION}[-\s]{{1,2}})?(?:(?:last|this|next|this\spast|the\spast|
      that)\s)?{MONTH_ALONE}
    (?:,?\s{{1,2}}(?:of\s)?{YEAR}|\s(?:last|this|next)\syear|\s{SHORT_YEAR})?)""",
    "season": rf"""(?P<season>(?:{POSITION}[-\s]{{1,2}})?(?:
      (?:last|this|next|this\spast|the\spast|the\scoming|that|the\s(?:following|next|previous|preceding))\s
        (?:{YEAR}\s)?{SEASON}(?:(?:\sof)?\s{YEAR}
        |\s(?:last|this|next)\syear)?
      |(?:the\s)?(?:{YEAR}\s)?{SEASON}(?:(?:\sof)?\s{YEAR}|(?:\sof)?\s(?:last|this|next)\syear
        |(?!\s(?:of|in)\b(?!\s(?:nineteen|two\sthousand)\b))))
    (?![-\w]))""",
    "yearago": r"""(?P<yearago>the\s(?:same\s|comparable\s|corresponding\s)?(?:quarter|period)\s(?:last\syear|
      a\syear\s(?:ago|earlier|before)|the\s(?:previous|prior)\syear)
    |the\s(?:comparable\s|corresponding\s)?(?:year|month|week)[-\s](?:ago|
      earlier)\s(?:quarter|period|month|week)
    |(?:year|month|week|quarter)[-\s](?:ago|earlier))""",
    "quarter": rf"""(?P<quarter>(?:{POSITION}[-\s]{{1,2}})?(?:the\s)?(?:{YEAR}\s|this\syear's\s|last\syear's\s|
      next\syear's\s)?
    (?:(?:{QUARTER_WORD})[-\s]{{1,2}}){{0,2}}(?:fiscal\s)?quarter(?!s)
    (?:(?:\sof|,)?\s(?:fiscal\s)?(?:{YEAR}|(?:this|last|next)\syear|the\s(?:year|fiscal\syear)))?
    |(?-i:Q[1-4])(?:\s{YEAR})?)""",
    "half": rf"""(?P<half>(?:the\s)?(?:first|second|latter|last|1st|2nd)[-\s]half(?:\sof\s(?:the\syear|this\syear|
      last\syear|next\syear|{YEAR}|
    fiscal\s{YEAR}))?(?!-)
    |the\s(?:first|last)\stwo\squarters\sof\s(?:the\syear|this\syear|last\syear|next\syear|{YEAR}|fiscal\s{YEAR}))""",
    "decade": rf"""(?P<decade>(?:the\s)?(?:{POSITION}[-\s]{{1,2}})?(?:1\d\d0|20\d0|['\u2018\u2019]?[1-9]0)'?s(?!\w))""",
    "century": rf"""(?P<century>(?:the\s)?(?:{POSITION}[-\s]{{1,2}})?(?:\d\d?(?:st|nd|rd|th)|
      {ORDINAL})[-\s]century)""",
    "year": rf"""(?P<year>(?:{POSITION}[-\s]{{1,2}})?(?:fiscal\s(?:year\s)?|the\syear\s|calendar\s(?:year\s)?|
      the\s(?=\d{{4}}\s(?:period|season)))?
    {YEAR}(?:\s(?:period|season)|\sor\s(?:later|earlier|before|after)|\sand\s(?:beyond|later|after))?(?!,\d|\.\d))""",
    "shift": rf"""(?P<shift>(?:{QUANTITY_MOD}\s)?(?:(?:{NUMBER}\s(?:or|to)\s)?(?:{NUMBER}|the\sfew|the)[-\s])?
    (?:more\s)?{DATE_UNIT}(?:\sor\sso)?
    \s(?:ago|earlier|later|from\snow|hence|before(?=[,.;)])|after(?=[,.;)])|afterwards?)(?!\sthan(?!\w)))""",
    "yearend": rf"""(?P<yearend>(?:{QUANTITY_MOD}\s)?year(?:['\u2019]s)?[-\s]end(?![\w-]))""",
    "spelled": rf"""(?P<spelled>(?:the\s(?:year\s)?)?(?:{POSITION}[-\s])?(?:nineteen[-\s](?:{TEEN_OR_TENS}|hundred)
    |two\sthousand(?:\s(?:and\s)?(?:{TEEN_OR_TENS}|{SMALL_NUMBER}))?)(?![\w-])(?!\s(?:more\s)?{UNIT}))""",
    "decadeword": rf"""(?P<decadeword>(?:the\s)?(?:{POSITION}[-\s])?(?:nineteen[-\s])?{DECADE_WORD}(?![\w-]))""",
    "dayword": rf"""(?P<dayword>(?:the\sday\s(?:before|after)\s(?:yesterday|tomorrow))
    |(?:(?:early|late|earlier|later)\s)?{DAY_WORD}(?:\s{PART_OF_DAY})?
    |(?:last|tomorrow|this|that|yesterday)\s{PART_OF_DAY}|overnight
    |mid-?\s?(?:morning|afternoon|evening)(?:\s(?:yesterday|today|tomorrow|{WEEKDAY}))?)""",
    "weekday": rf"""(?P<weekday>(?:(?:early|late|earlier|later)\s)?
    (?:(?:last|this|next|this\scoming|this\spast|the\sfollowing|the\sprevious|that|each|every)\s)?
    {WEEKDAY}s?(?:,?\s{PART_OF_DAY}s?)?(?![-\w]))""",
    "relunit": rf"""(?P<relunit>(?:(?:{POSITION}|earlier|later)[-\s]{{1,2}})?
    (?:the\s(?:past|last|next|coming|previous|current|same|following|latest)|this\spast|this|last|next|that|
       the(?!\s(?:day|night)\b)|
       the\sprevious|the\sprior|a\sfew|all|the\srest\sof\sthe|(?:(?<=is\s)|(?<=['’]s\s))the\s{ORDINAL}(?=\sday\sof\s(?!{_CALENDAR_AFTER_OF})))
    \s(?:fiscal\s|calendar\s|full\s|whole\s|entire\s)?(?:year|month|week|weekend|decade|century|day|morning|afternoon|
       evening|night|quarter|season|period)(?:\sor\sso)?(?![-\w]))""",
    "duration": rf"""(?P<duration>(?:(?:the|this|that)\s)?(?:(?:past|last|next|previous|coming|first|final|latest|
      remaining|same|entire|
    whole|full|following|recent|prior|initial|succeeding)\s)?(?:{DURATION_MOD}\s)?
    (?:{NUMBER}\s(?:to|or)\s{NUMBER}[-\s]{UNIT}
      |{NUMBER}[-\s](?:more\s|additional\s|other\s|straight\s|consecutive\s|trading\s|business\s|working\s)?{UNIT}(?:\sand\sa\shalf)?(?:\sor\s(?:so|
      more|{NUMBER}\s{UNIT}|{NUMBER}))?(?![-\w])
      |(?:years|months|weeks|days|hours|minutes|decades|centuries|quarters)(?:\sor\s(?:years|months|weeks|days|
      decades))?(?![-\w])))""",
    "adjective": rf"""(?P<adjective>(?:{NUMBER}-)?{UNIT}-long|\d{{1,3}}-{UNIT_ADJ}|{NUMBER_WORD}-{UNIT_ADJ}|(?:half|
      a|one)-{UNIT_ADJ})""",
    "set": rf"""(?P<set>(?:every|each|per)\s(?:other\s)?(?:{NUMBER}\s)?(?:weekday|{UNIT}|{WEEKDAY}|{PART_OF_DAY}|
      {SEASON}|{MONTH})
    |(?:(?:once|twice|three\stimes)\s)?{SET_ADVERB}|(?:once|twice|(?:{NUMBER_WORD}|several|many|a\sfew|\d{{1,2}})\stimes)\s(?:a|an|per|each)
      \s(?:{UNIT})
    |weekday\s{PART_OF_DAY}s|{WEEK_PART_SET}(?![\w'-])
    )""",
    "vague": rf"""(?P<vague>{VAGUE})""",
}

#: ASCII letter -> the characters that IGNORECASE matches to it: its two cases, and the Kelvin sign for "k", the long
#: s for "s", the dotted and the dotless I for "i".
_CASE_FOLDS: dict[str, tuple[str, ...]] = {
    letter: tuple(ch for ch in (letter, letter.upper(), "\u0130", "\u0131", "\u212a", "\u017f")
                  if re.fullmatch(letter, ch, re.IGNORECASE))
    for letter in "abcdefghijklmnopqrstuvwxyz"}


def _split_by_case(items: Any, ignorecase: bool) -> None:
    """Splits, in a parsed pattern, each alternative that begins with a letter matched ignoring case into one copy
    per character that IGNORECASE matches to it ("tuesday" into "(?-i:T)uesday" and "(?-i:t)uesday"): the same
    pattern, matched faster.

    ``re`` skips an alternative whose first character cannot match with a quick look at its first item, but only
    when that item is a plain character or a plain class; a letter that ignores case has to be entered, tried and
    left, which makes a failed match of a family of many alternatives several times dearer. The copies begin with
    different characters, so at most one of them can match where the alternative could, and they keep its place.
    An optional part becomes an alternation too (see :func:`_optional_as_alternatives`).
    """
    for op, av in items:
        if op is _sre.BRANCH:
            for branch in av[1]:
                _split_by_case(branch, ignorecase)
            av[1][:] = _split_alternatives(av[1], ignorecase)
        elif op is _sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            _split_by_case(inner, (ignorecase or bool(add_flags & _sre.SRE_FLAG_IGNORECASE))
                          and not del_flags & _sre.SRE_FLAG_IGNORECASE)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            _split_by_case(av[2], ignorecase)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _split_by_case(av[1], ignorecase)
    for index, (op, av) in enumerate(items.data):
        if op is _sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            items.data[index] = (_sre.BRANCH, (None, _optional_as_alternatives(av[2])))


def _split_alternatives(branches: list[Any], ignorecase: bool) -> list[Any]:
    """``branches`` (parsed alternatives) with each that begins with a letter matched ignoring case split into one
    copy per character that IGNORECASE matches to it (see :func:`_split_by_case`)."""
    split = []
    for branch in branches:
        first = branch.data[0] if branch.data else None
        if ignorecase and first is not None and first[0] is _sre.LITERAL and chr(first[1]).isascii() \
                and chr(first[1]).isalpha():
            for ch in _CASE_FOLDS[chr(first[1]).lower()]:
                cased = _sre_parse.SubPattern(branch.state, [(_sre.LITERAL, ord(ch))])
                split.append(_sre_parse.SubPattern(
                    branch.state, [(_sre.SUBPATTERN, (None, 0, _sre.SRE_FLAG_IGNORECASE, cased)), *branch.data[1:]]))
        else:
            split.append(branch)
    return split


#: Items that match one character and hold no group: what an optional part's alternatives may share as their tail.
_ONE_CHARACTER = (_sre.LITERAL, _sre.IN, _sre.NOT_LITERAL, _sre.ANY) if _sre is not None else ()


def _optional_as_alternatives(body: Any) -> list[Any]:
    """The alternatives that an optional part ``(?:...)?`` stands for, to be matched as an alternation: its
    alternatives each with the few characters after them ("(?:(?:early|late)\\s)?" as "early\\s|late\\s|"), or the
    part itself, then nothing.

    ``re`` enters an optional group through its repeat machinery, dearer than an alternation whose first items it
    can skip at a glance; the alternatives are tried in the same order, so the first match is the same.
    """
    data = body.data
    empty = _sre_parse.SubPattern(body.state, [])
    if data and data[0][0] is _sre.BRANCH and len(data) <= 4 and all(op in _ONE_CHARACTER for op, _ in data[1:]):
        return [_sre_parse.SubPattern(body.state, [*branch.data, *data[1:]]) for branch in data[0][1][1]] + [empty]
    return [body, empty]


def compile_ignoring_case(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, re.IGNORECASE | flags)``, with the alternatives that begin with a letter split by its case
    and the optional parts written as alternations (see :func:`_split_by_case`); a plain compile where ``re``'s
    parser is not at hand."""
    # a plain int, as ``re.compile`` passes it on: the parser and compiler test the flags thousands of times, and
    # ``&`` on a ``RegexFlag`` goes through ``enum`` each time (most of the import time of this module)
    flags = int(flags | re.IGNORECASE)
    if _sre_compile is None:
        return re.compile(source, flags)
    try:
        parsed = _sre_parse.parse(source, flags)
        _split_by_case(parsed, True)
        compiled: re.Pattern[str] = _sre_compile.compile(parsed, flags)
    except (AttributeError, TypeError, ValueError, IndexError):
        return re.compile(source, flags)
    return compiled


#: Each family compiled on its own: a match tries the families one after another, the first that matches wins.
FAMILY_PATTERNS: dict[str, re.Pattern[str]] = {
    name: compile_ignoring_case(source, re.VERBOSE) for name, source in FAMILIES.items()}
_PARTIAL: dict[str, regex.Pattern[str]] = {}


def _required(items: Any) -> set[str] | None:
    """Strings (lower case) of which every match of the parsed pattern ``items`` contains one, or None.

    Runs of literal characters count (a class of a few characters spells each of them: "q[1-4]" is "q1" to "q4"),
    and so do a group, a repeat taken at least once, and an alternation whose every branch requires something;
    lookarounds do not (a lookahead may look past the match). Of the requirements of a sequence the most selective
    is kept: the one whose shortest string is longest.
    """
    found: list[set[str]] = []
    runs = {""}
    for op, arg in items:
        if op is _sre.LITERAL:
            runs = {run + chr(arg).lower() for run in runs}
            continue
        chars = _few_chars(arg) if op is _sre.IN else None
        if chars is not None and len(runs) * len(chars) <= 16:
            runs = {run + ch for run in runs for ch in chars}
            continue
        # a group of literal words (a trie of a word list: "d(?:ay|ecade)") requires one of its words, and so does
        # the run before it followed by one of them ("-day", "-decade")
        strings = _literals([(op, arg)]) if op in _GROUPS else None
        if strings is not None and "" not in strings:
            if runs != {""}:
                found.append({run + string for run in runs for string in strings})
                found.append(runs)
                runs = {""}
            found.append(strings)
            continue
        need: set[str] | None = None
        if op is _sre.BRANCH and runs != {""}:
            # the parser takes a common prefix out of an alternation ("M(?:arch|ay)"): put it back
            heads = {run + _leading(branch) for run in runs for branch in arg[1]}
            if all(heads):
                found.append(heads)
        if runs != {""}:
            found.append(runs)
            runs = {""}
        if op is _sre.SUBPATTERN:
            need = _required(arg[-1])
        elif op is _sre.BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                need = set().union(*branches)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            need = _required(arg[2])
        if need:
            found.append(need)
    if runs != {""}:
        found.append(runs)
    found = [need for need in found if all(w.isascii() for w in need)]
    return max(found, key=lambda need: (min(map(len, need)), -len(need))) if found else None


#: The parsed operators that :func:`_literals` can read.
_GROUPS = (_sre.BRANCH, _sre.SUBPATTERN, _sre.MAX_REPEAT, _sre.MIN_REPEAT) if _sre is not None else ()


def _literals(items: Any, limit: int = 64) -> set[str] | None:
    """The strings (lower case) that a parsed pattern of literals, alternations, groups and optional parts matches,
    when there are at most ``limit`` of them ("sep(?:tember|t)?" is "sep", "sept", "september"); else None."""
    strings = {""}
    for op, arg in items:
        options: set[str] | None = None
        if op is _sre.LITERAL:
            options = {chr(arg).lower()}
        elif op is _sre.IN:
            options = _few_chars(arg)
        elif op is _sre.BRANCH:
            options = set()
            for branch in arg[1]:
                sub = _literals(branch, limit)
                if sub is None:
                    return None
                options |= sub
        elif op is _sre.SUBPATTERN:
            options = _literals(arg[-1], limit)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1:
            options = _literals(arg[2], limit)
            if options is not None:
                options.add("")
        if options is None or len(strings) * len(options) > limit:
            return None
        strings = {string + option for string in strings for option in options}
    return strings


def _few_chars(items: Any) -> set[str] | None:
    """The characters (lower case) of a class of at most four literal characters ("[1-4]"), else None."""
    chars: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.add(chr(arg).lower())
        elif op is _sre.RANGE and arg[1] - arg[0] < 4:
            chars.update(chr(code).lower() for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars if 0 < len(chars) <= 4 else None


def _leading(items: Any) -> str:
    """The literal characters (lower case) a parsed pattern begins with."""
    head = []
    for op, arg in items:
        if op is not _sre.LITERAL:
            break
        head.append(chr(arg).lower())
    return "".join(head)


def _requirements() -> dict[str, tuple[frozenset[str], int]]:
    """Family -> (strings one of which each of its matches contains, the longest match), from the parsed grammar.

    ``re``'s parser is internal to the standard library: when it is not there, no family has a requirement and
    every family is simply tried.
    """
    table: dict[str, tuple[frozenset[str], int]] = {}
    if _sre_parse is None:
        return table
    try:
        for name, source in FAMILIES.items():
            parsed = _sre_parse.parse(source, re.IGNORECASE | re.VERBOSE)
            need = _required(parsed)
            if need:
                table[name] = (frozenset(need), parsed.getwidth()[1])
    except (AttributeError, TypeError, ValueError):
        return {}
    return table


#: Family -> (lower-case strings of which each of its matches contains one, its longest match). A family is not
#: worth trying at a position when none of them occurs within that length (``extract.py`` looks in the lower-cased
#: ASCII text, so a text with one of the four non-ASCII letters that IGNORECASE matches to ASCII ones skips this).
REQUIREMENTS: dict[str, tuple[frozenset[str], int]] = _requirements()


def can_begin_with(family: str, word: str) -> bool:
    """True when a match of ``family`` may begin with ``word`` (the ``regex`` module's partial matching decides)."""
    compiled = _PARTIAL.get(family)
    if compiled is None:
        compiled = _PARTIAL[family] = regex.compile(FAMILIES[family], regex.IGNORECASE | regex.VERBOSE)
    forms = (word, word[:1].upper() + word[1:])
    return any(compiled.match(form, partial=True) is not None for form in forms)

# ---------------------------------------------------------------------------------------------------------------
# Helpers for normalisation: small patterns run on one matched expression only
# ---------------------------------------------------------------------------------------------------------------

YEAR_IN = re.compile(r"(?<![\d$])(1\d\d\d|20\d\d)(?!\d)")
SHORT_YEAR_IN = re.compile(r"'(\d\d)(?!\w)")
MONTH_IN = compile_ignoring_case(rf"(?<![\w])({MONTH})")
DAY_AFTER_MONTH = compile_ignoring_case(rf"{MONTH}\s{{1,2}}(\d{{1,2}})")
DAY_BEFORE_MONTH = re.compile(r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?\s{1,2}(?:of\s)?[A-Za-z]")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)?", re.IGNORECASE)
#: A clock time; British news writes the minutes after a period ("10.30am").
CLOCK = compile_ignoring_case(rf"(\d{{1,2}})(?:[:.](\d\d))?\s?({AMPM})?")
POSITION_PREFIX = compile_ignoring_case(rf"^(?:the\s)?({POSITION})[-\s]")
QUANTITY_PREFIX = compile_ignoring_case(rf"^({QUANTITY_MOD})\s")

#: The day written after a clock time ("6 p.m. PST Oct. 2", "noon Thursday", "10 p.m. yesterday").
CLOCK_DAY = compile_ignoring_case(rf"(?P<mdy>{MONTH}\s{{1,2}}{DAY}(?:,?\s{{1,2}}{YEAR})?)|(?P<weekday>{WEEKDAY})"
                                 rf"|(?P<dayword>{DAY_WORD})")
