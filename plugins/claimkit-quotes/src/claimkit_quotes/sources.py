"""Source noun phrases: finding them beside a cue, and reading a name, role and kind out of them.

The scans walk tokens outwards from the cue and stop at clause boundaries (conjunctions, auxiliaries, most
prepositions, punctuation); a determiner opens the phrase. Appositives ("Hugh Hill, a doctor, said") join the name
before them. ``describe`` splits a source into its canonical name, its role (titles and job words before the name,
or the appositive) and its kind.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import (
    ANONYMITY_MARKERS,
    ANONYMOUS_HEADS,
    COMPLEMENT_PREPOSITIONS,
    CONTRACTION_STEMS,
    DETERMINERS,
    FOCUS_ADVERBS,
    NOT_NAMES,
    NOT_SOURCE_WORDS,
    NP_BREAKERS,
    NP_PREPOSITIONS,
    ORGANIZATION_HEADS,
    PARTICIPLE_STOPS,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    PUBLICATION_HEADS,
    RELATIVE_PRONOUNS,
    SOURCE_TO_ADJECTIVES,
    TITLE_WORDS,
    WEEKDAYS,
)
from .sentences import END, LOW, START, TEXT, Token, is_capital, is_word

_MAX_NP: Final = 14
_CLOSING_MARKS = frozenset({"”", "\"", "''", "»", "’", "'"})
_APPOSITIVE_OPENERS = DETERMINERS | RELATIVE_PRONOUNS | frozenset({"whose"})
_QUANTIFIERS = frozenset({"none", "each", "either", "neither", "any", "most", "many", "some", "all", "both",
                          "several", "few", "majority", "minority", "number", "handful", "dozens", "hundreds",
                          "thousands", "millions", "group", "coalition"})
_COUNT_HEADS = frozenset({"surveyed", "polled", "questioned", "interviewed", "one", "two", "three", "four", "five",
                          "six", "seven", "eight", "nine", "ten", "half", "third", "quarter", "majority", "minority",
                          "plurality", "few", "several", "many", "most", "some", "others", "both", "all"})
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians", "ist", "ian", "eer", "eers", "er", "or")
_NOT_AGENTS = frozenset({"others", "orders", "numbers", "matters", "letters", "papers", "waters", "borders",
                         "powers", "centers", "corners", "doors", "floors", "colors", "errors", "factors", "sectors",
                         "mirrors", "honors", "motors", "tractors", "meters", "layers", "towers", "rivers",
                         "offers", "answers", "years", "career", "careers", "christian", "list", "exist", "assist",
                         "insist", "resist", "persist", "twist", "wrist", "mist", "fist", "gist", "desist",
                         "never", "ever", "however", "after", "under", "over", "other", "rather", "either",
                         "neither", "together", "whether", "later", "earlier", "former", "latter", "longer",
                         "further", "order", "number", "matter", "paper", "water", "power", "border", "letter",
                         "center", "corner", "summer", "winter", "october", "november", "december", "september",
                         "major", "minor", "error", "floor", "door", "color", "colour", "honor", "labor", "favor",
                         "factor", "sector", "motor", "mirror", "meter", "layer", "tower", "river", "offer",
                         "answer", "per", "her", "for", "or", "nor", "sooner", "better", "bigger", "greater",
                         "lower", "higher", "larger", "smaller", "fewer", "faster", "stronger", "harder", "easier",
                         "closer", "cheaper", "wider", "deeper", "younger", "older", "newer", "bitter", "proper",
                         "super", "consumer", "shelter", "chapter", "character", "computer", "server", "disaster",
                         "manner", "dinner", "corridor", "mayor's", "behavior", "behaviour", "interior", "exterior",
                         "superior", "inferior", "prior", "junior", "senior", "tremor", "rumor", "rumour", "humor",
                         "vigor", "terror", "horror", "anchor", "sponsor", "doctor", "ancestor", "debtor"})
_REPORTING_FORMS = frozenset({"said", "says", "added", "adds", "told", "tells", "noted", "wrote", "writes", "argued",
                              "explained", "warned", "insisted", "stressed"})
_CONTRACTED_PRONOUNS: Final = frozenset(p + a + e for p in ("he", "she", "they", "we", "i") for a in ("'", "’")
                                        for e in ("s", "ve", "d", "ll"))
_POSTMODIFIERS: Final = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable", "privy", "opposed",
                                   "loyal", "sympathetic", "friendly", "allied", "affiliated", "connected", "linked"})
_ASIDES: Final = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "nonetheless", "nevertheless",
                            "still", "moreover", "separately", "similarly", "likewise", "indeed"})
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "speaking", "asked", "when", "while",
                                   "like", "unlike", "for", "from", "with", "without"})
_CLAUSE_VERBS = frozenset({"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "should",
                           "can", "may", "might", "must", "did", "does", "do", "that", "it", "he", "she", "they",
                           "we", "i", "there", "to"})
_POSSESSIVE_AS_SUBJECT = {"his": "he", "her": "she", "their": "they", "its": "they", "my": "i", "our": "we"}
_TIME_ADJUNCTS = frozenset({"during", "before", "after", "while", "when", "last", "yesterday", "today", "tonight",
                            "earlier", "later", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday"})
_FLOATING_AUXILIARIES = frozenset({"have", "has", "had", "are", "were", "will", "would", "did", "do", "can", "could"})
_APPOSITIVE_STOPS: Final = frozenset({";", ":", ".", "“", "”", "\"", "''", "—", "–", "?", "!"})


# Auxiliaries that are also first names ("said Will Doyle", "May Lee said"): capitalised before another capitalised
# word, they open a name rather than a clause.
_NAME_AUXILIARIES = frozenset({"will", "may"})


def _first_name(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether token ``k`` is an auxiliary spelled as a first name right before a capitalised word."""
    t = tokens[k]
    return t[LOW] in _NAME_AUXILIARIES and t[TEXT][0].isupper() and k + 1 < hi and is_word(tokens[k + 1]) \
        and tokens[k + 1][TEXT][0].isupper()


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_contraction(low: str, pronouns: bool = False) -> bool:
    """Whether a lower-cased word is a clause opener with a contracted verb ("that’s", "there's"), not a name; with
    ``pronouns``, also a personal pronoun with one ("it’s", "they're")."""
    if "'" not in low and "’" not in low:
        return False  # most words: no apostrophe to split on
    for mark in ("'", "’"):
        stem, sep, tail = low.rpartition(mark)
        if not sep or tail not in ("s", "re", "ll", "ve", "m", "d"):
            continue
        if stem in CONTRACTION_STEMS or (pronouns and (stem in PERSONAL_PRONOUNS or stem == "it")):
            return True
    return False


def head_ok(token: Token) -> bool:
    """Whether a token can be the head (last word) of a source phrase: never a preposition, a sentence adverb or a
    contraction such as "It’s"."""
    low = token[LOW]
    if low == "%":
        return True
    if low in NOT_SOURCE_WORDS or is_contraction(low):
        return False
    # ``is_word`` and ``is_capital`` read off the first character once (this runs for most tokens left of a cue).
    first = token[TEXT][0]
    if not first.isalnum() or (low in NOT_NAMES and low not in ("many", "some", "most", "all")):
        return False
    if first.isupper() or first.isdigit():
        return True
    if low in _COUNT_HEADS:
        return True  # "one in five say", "those surveyed said", "half said"
    if low.endswith(_AGENT_SUFFIXES) and low not in _NOT_AGENTS:
        return True  # "the engineers", "a pharmacist", "economists"
    return (low in PEOPLE_NOUNS or _singular(low) in PEOPLE_NOUNS or low in ANONYMOUS_HEADS
            or low in ORGANIZATION_HEADS or low in PUBLICATION_HEADS or _singular(low) in PUBLICATION_HEADS)


def scan_left(tokens: list[Token], j: int, lo: int) -> int | None:
    """Start index of the noun phrase ending at token ``j`` (inclusive), scanning no further left than ``lo``."""
    if j < lo or not head_ok(tokens[j]):
        return None
    start = j
    k = j - 1
    # A lowercase word that is not noun-like may be an adjective ("registered voters") or a verb ("hope voters"):
    # it stays in the phrase only when a determiner opens the phrase a few words further left.
    cut = -1
    doubtful = -1  # the leftmost doubtful word
    too_long = False
    while k >= lo and j - k < _MAX_NP:
        t = tokens[k]
        low = t[LOW]
        if cut >= 0 and cut - k > 4:
            too_long = True
            break
        initial = t[TEXT][0]  # the first character tells a word (``is_word``) and a capital (``is_capital``)
        if initial.isalnum():
            if low in DETERMINERS:
                # "Two senior officials", "the top aides", "all the senators": determiners stack
                while k - 1 >= lo and j - k < _MAX_NP and is_word(tokens[k - 1]) and tokens[k - 1][LOW] in DETERMINERS:
                    k -= 1
                start = k
                cut = -1
                # "most of the senators", "a spokesman for the ministry": the phrase goes on left of "of"/"for".
                if k - 2 >= lo and tokens[k - 1][LOW] in ("of", "for", "at", "from") and is_word(tokens[k - 2]) \
                        and (tokens[k - 2][LOW] in DETERMINERS or tokens[k - 2][LOW] in _COUNT_HEADS
                             or tokens[k - 2][LOW] in PEOPLE_NOUNS or tokens[k - 2][LOW] in _QUANTIFIERS):
                    k -= 2
                    start = k
                    if tokens[k][LOW] in DETERMINERS or tokens[k][LOW] in _QUANTIFIERS:
                        break
                    continue
                break
            if (low in NP_BREAKERS and not _first_name(tokens, k, j + 1)) or low in PERSONAL_PRONOUNS:
                if low == "this" and k == j - 1 and (tokens[j][LOW] in PEOPLE_NOUNS
                                                     or tokens[j][LOW] in ANONYMOUS_HEADS):
                    return k  # "this source told ...": a demonstrative before a lone head of people opens the phrase
                break
            if low in NP_PREPOSITIONS:
                if k - 1 < lo or not (is_word(tokens[k - 1]) or tokens[k - 1][TEXT] == "."):
                    break
                k -= 1
                continue
            if not (initial.isupper() or initial.isdigit()) and low not in TITLE_WORDS and low not in PEOPLE_NOUNS \
                    and low not in ORGANIZATION_HEADS \
                    and low not in _COUNT_HEADS and low != "percent" \
                    and not low.endswith(("s", "er", "or", "ist", "ian", "al")):
                if cut < 0:
                    cut = start
                doubtful = k
            start = k
            k -= 1
            continue
        if t[TEXT] == "." and k - 1 >= lo and is_word(tokens[k - 1]) and len(tokens[k - 1][TEXT]) <= 4 \
                and is_capital(tokens[k - 1]):
            k -= 1  # "Mr." "Sen." "U.S."
            continue
        if t[TEXT] in ("-", "&"):
            k -= 1
            continue
        if t[TEXT] in ("’", "'") and k - 1 >= lo and is_word(tokens[k - 1]) and tokens[k - 1][LOW].endswith("s") \
                and tokens[k - 1][END] == t[START]:
            k -= 1  # "Harris’ campaign manager": the possessive apostrophe of a word in "-s"
            continue
        break
    # Doubtful words stay when they open the phrase at a boundary ("immigration officials said"), not when a name
    # stands before them ("Democrats hope voters say").
    if cut >= 0 and (too_long or start != doubtful):
        start = cut
    # Leading prepositions and sentence-adverbs are not part of the phrase.
    while start < j and (tokens[start][LOW] in NP_PREPOSITIONS or tokens[start][TEXT] == "."
                         or (tokens[start][LOW] in NOT_NAMES and tokens[start][LOW] not in DETERMINERS)):
        start += 1
    return start


def _head_before_complement(tokens: list[Token], j: int, lo: int) -> int | None:
    """Start of a noun phrase of people whose complement ends at token ``j`` ("a spokeswoman for the airline", "an
    aide to the mayor"), or None: the complement is a few plain words after one preposition."""
    for m in range(j - 1, max(lo, j - 6), -1):
        t = tokens[m]
        if not is_word(t):
            return None
        if t[LOW] in COMPLEMENT_PREPOSITIONS:
            head = tokens[m - 1] if m - 1 >= lo else None
            if head is None or not (head[LOW] in PEOPLE_NOUNS or _singular(head[LOW]) in PEOPLE_NOUNS):
                return None
            start = scan_left(tokens, m - 1, lo)
            # The description opens its clause with a determiner ("A spokeswoman for ...", "the head of ..."), so
            # that a fronted phrase ("As secretary of state, Berg ...") is not read as one.
            if start is None or tokens[start][LOW] not in DETERMINERS or not (
                    start == lo or tokens[start - 1][TEXT] in _CLAUSE_OPENING_MARKS):
                return None
            return start
    return None


#: What may stand right before a description that opens its clause: quotation marks, a dash or a bracket.
_CLAUSE_OPENING_MARKS = frozenset({"“", "\"", "‘", "—", "–", "(", "-", "''", "``"})
def _chunk_start(tokens: list[Token], right: int, lo: int) -> int | None:
    """Index of the comma opening the comma-bounded chunk that ends before ``right``, or None."""
    k = right - 1
    while k >= lo and right - k < 30:
        t = tokens[k]
        if t[TEXT] == ",":
            return k
        if t[TEXT] in _APPOSITIVE_STOPS and not (t[TEXT] == "." and k > lo and is_capital(tokens[k - 1])
                                                 and len(tokens[k - 1][TEXT]) <= 4):
            return None
        k -= 1
    return None


def _at_boundary(tokens: list[Token], start: int, lo: int) -> bool:
    """Whether a phrase starting at ``start`` opens its clause (sentence start, comma, conjunction, quote)."""
    if start <= lo:
        return True
    before = tokens[start - 1]
    if before[LOW] in FOCUS_ADVERBS and (is_capital(tokens[start]) or tokens[start][LOW] in DETERMINERS):
        # "Even Anna Berg, an ally of the mayor, said", "Only the ministry ...": a focusing adverb before a name or
        # a determiner keeps the boundary
        return _at_boundary(tokens, start - 1, lo)
    return before[TEXT] in (",", ";", ":", "—", "–", "(") or before[TEXT] in _CLOSING_MARKS \
        or before[LOW] in ("but", "and", "so", "yet", "while", "as", "then")


def _appositive_name(tokens: list[Token], comma: int, lo: int) -> int | None:
    """Start of "Name, appositive(, appositive)," ending with the comma at ``comma``, or None.

    Handles "Hugh Hill, a doctor,", "Anna Berg (D-Ohio), chair of the panel,", "the director of the agency,
    Anna Berg," and "Ann Lee of Houston, Texas,".
    """
    right = comma
    for step in range(5):
        k = _chunk_start(tokens, right, lo)
        if step and (k is None or k == right - 1):
            # The last comma was the name's own: "Jimmy Ghazal, 39, a visitor, said".
            name = scan_left(tokens, right - 1, lo)
            return name if name is not None and is_capital(tokens[name]) and _at_boundary(tokens, name, lo) else None
        if k is None or k == right - 1:
            return None
        chunk = tokens[k + 1]
        inner = scan_left(tokens, right - 1, k + 1)
        role_word = chunk[LOW].rsplit("-", 1)[-1]
        if not (chunk[LOW] in _APPOSITIVE_OPENERS or role_word in TITLE_WORDS or chunk[TEXT].isdigit()
                or role_word in PEOPLE_NOUNS or (is_capital(chunk) and inner == k + 1)
                or (not is_capital(chunk) and head_ok(chunk)) or _hometown(tokens, k + 1, right)):
            return None
        if k - 1 >= lo and tokens[k - 1][TEXT].isdigit() and k - 2 >= lo and tokens[k - 2][TEXT] == ",":
            right = k - 2  # "Jimmy Ghazal, 39, a visitor,": the age is one more appositive
            continue
        if k - 1 >= lo and is_word(tokens[k - 1]) and (is_capital(tokens[k - 1]) or head_ok(tokens[k - 1])):
            name = scan_left(tokens, k - 1, lo)
            if name is not None and _at_boundary(tokens, name, lo):
                # "Dean Lee, a salesman from Sumter, South Carolina,": a description may stand for yet another name.
                if (tokens[name][LOW] in _APPOSITIVE_OPENERS or not is_capital(tokens[name])) and name - 2 >= lo \
                        and tokens[name - 1][TEXT] == "," and is_capital(tokens[name - 2]):
                    right = name - 1
                    continue
                return name
        if k - 1 >= lo and is_word(tokens[k - 1]) and not is_capital(tokens[k - 1]) and is_capital(chunk):
            # "A spokeswoman for the airline, Mara Quist,": a description whose last word is no head of its own.
            name = _head_before_complement(tokens, k - 1, lo)
            # (not when the appositive names an organisation: "A spokesman for the city, Ashby Council," renames
            # the city)
            last = tokens[right - 1][LOW]
            if name is not None and _at_boundary(tokens, name, lo) and last not in ORGANIZATION_HEADS \
                    and last not in PUBLICATION_HEADS:
                return name
        if k - 1 >= lo and tokens[k - 1][TEXT] == ")":
            paren = k - 1
            while paren > lo and tokens[paren][TEXT] != "(" and k - paren < 12:
                paren -= 1
            if tokens[paren][TEXT] == "(" and paren - 1 >= lo:
                name = scan_left(tokens, paren - 1, lo)
                if name is not None and _at_boundary(tokens, name, lo):
                    return name
        right = k
    return None


def _hometown(tokens: list[Token], k: int, right: int) -> bool:
    """Whether the chunk ``tokens[k:right]`` is a home town after a name and an age ("Ana Lind, 44, of Harlow,"):
    "of" or "from" and one to three capitalised words, with the age right before it."""
    return tokens[k][LOW] in ("of", "from") and 1 < right - k <= 4 and k >= 3 and tokens[k - 2][TEXT].isdigit() \
        and tokens[k - 3][TEXT] == "," and all(is_word(t) and is_capital(t) for t in tokens[k + 1:right])


def _chunk_end(tokens: list[Token], k: int, hi: int) -> int:
    """The index of the first comma or sentence mark at or after ``k`` (``hi`` without one within six tokens)."""
    for m in range(k, min(hi, k + 6)):
        if tokens[m][TEXT] in (",", ".", "!", "?", ";"):
            return m
    return hi


def appositive_start(tokens: list[Token], comma: int, lo: int) -> int | None:
    """Start of a name and its appositives ending with the comma at ``comma`` ("Ann Lee, 24, of Dover," before a
    relative pronoun), or None."""
    return _appositive_name(tokens, comma, lo)


def relative_antecedent(token: Token) -> bool:
    """Whether a word can be what a following relative "that" stands for ("a poll that", "bottles that")."""
    if not is_word(token) or token[LOW] in NP_BREAKERS or token[LOW] in PERSONAL_PRONOUNS:
        return False
    return head_ok(token) or token[LOW].endswith("s")


def source_before(tokens: list[Token], cue: int, lo: int = 0) -> tuple[int, int] | None:
    """The source phrase just left of token ``cue`` as a token range ``[a, b)``, or None; coordinated names count
    as one source ("Reed and Berg said", "Reed, Berg and Holt said")."""
    span = _single_source_before(tokens, cue, lo)
    if span is None or span[1] - span[0] > 9 or not is_capital(tokens[span[0]]):
        return span
    a, b = span
    if b - a > 6 and tokens[b - 1][TEXT] != ")":
        return span
    if a - 2 >= lo and tokens[a - 1][LOW] == "and":
        first = _conjunct_start(tokens, a - 2, lo)
        if first is not None:
            a = first
            # "Reed, Berg and Holt": earlier names of the list, each after a comma.
            while a - 2 >= lo and tokens[a - 1][TEXT] == ",":
                nxt = _conjunct_start(tokens, a - 2, lo)
                if nxt is None:
                    break
                a = nxt
    return a, b


def _conjunct_start(tokens: list[Token], end: int, lo: int) -> int | None:
    """Start of a name of a list of sources ending at token ``end`` ("Reed", "Sen. Ann Lee (D-Ohio)"), or None."""
    if tokens[end][TEXT] == ")":
        # "Sens. Ann Lee (D-Ohio) and Tom Reed (R-Iowa) said": a bracket after each name
        paren = next((k for k in range(end - 1, max(lo, end - 8) - 1, -1) if tokens[k][TEXT] == "("), None)
        if paren is None or paren - 1 < lo:
            return None
        end = paren - 1
    t = tokens[end]
    if not (is_word(t) and is_capital(t)) or t[LOW] in NOT_NAMES:
        return None
    first = scan_left(tokens, end, lo)
    return first if first is not None and is_capital(tokens[first]) and end - first < 6 else None


def _single_source_before(tokens: list[Token], cue: int, lo: int = 0) -> tuple[int, int] | None:
    """The source phrase just left of token ``cue`` as a token range ``[a, b)``, or None.

    Handles pronouns ("he said"), relative pronouns ("who said"), names with titles, descriptions ("a spokesman
    for the ministry") and appositives ("Hugh Hill, a doctor, said").
    """
    j = cue - 1
    # "Berg on Tuesday said": a time phrase between subject and verb is skipped.
    if j >= lo and tokens[j][LOW] in WEEKDAYS:
        j -= 1
        if j >= lo and tokens[j][LOW] in ("on", "late", "early", "later", "earlier", "last", "this"):
            j -= 1
    # "who in 2010 said": a year phrase between subject and verb is skipped too.
    elif j - 1 >= lo and tokens[j][TEXT].isdigit() and len(tokens[j][TEXT]) == 4 and tokens[j - 1][LOW] == "in":
        j -= 2
    # "Cruz himself said", "Carter however said": a reflexive or an aside is skipped.
    if j >= lo and (tokens[j][LOW] in ("himself", "herself", "themselves", "itself") or tokens[j][LOW] in _ASIDES):
        j -= 1
    # "Reed and Berg (have) both said", "the unions all said": a floating quantifier follows its subject.
    if j - 1 >= lo and tokens[j][LOW] in ("both", "all", "each") and is_word(tokens[j - 1]):
        j -= 1
        if j - 1 >= lo and tokens[j][LOW] in _FLOATING_AUXILIARIES:
            j -= 1
    if j < lo:
        return None
    t = tokens[j]
    if t[LOW] in PERSONAL_PRONOUNS or t[LOW] in RELATIVE_PRONOUNS or t[LOW] == "it" or t[LOW] in _CONTRACTED_PRONOUNS:
        return j, j + 1
    if t[LOW] == "that" and j - 1 >= lo and relative_antecedent(tokens[j - 1]):
        return j, j + 1  # "a poll that showed ...": the relative pronoun stands for the poll
    if t[TEXT] == ")":
        # "Sen. Ann Lee (D-Ohio) said": the parenthesis stays in the source.
        paren = j - 1
        while paren > lo and j - paren < 10 and tokens[paren][TEXT] != "(":
            paren -= 1
        if tokens[paren][TEXT] == "(":
            start = scan_left(tokens, paren - 1, lo)
            return None if start is None else (start, j + 1)
        return None
    if t[TEXT] in _DASHES and is_dash(tokens, j):
        # "Ana Lind — the mayor's sister — said": the dashed phrase stays in the source, closing dash included.
        return _dash_appositive(tokens, j, lo)
    if t[TEXT] == "," and j - 2 >= lo and tokens[j - 1][LOW] in _ASIDES and tokens[j - 2][TEXT] == ",":
        # "Officials, however, said": the aside is no part of the source.
        start = scan_left(tokens, j - 3, lo)
        return None if start is None else (start, j - 2)
    if t[TEXT] == ",":
        adjunct = _chunk_start(tokens, j, lo)
        if adjunct is not None and adjunct + 1 < j and tokens[adjunct + 1][LOW] in _ADJUNCT_PREPOSITIONS \
                and not _hometown(tokens, adjunct + 1, j):
            # "Ms. Quill, in a short call on Friday, said": the adjunct is skipped.
            start = scan_left(tokens, adjunct - 1, lo)
            if start is not None and _at_boundary(tokens, start, lo):
                return start, adjunct
        name = _appositive_name(tokens, j, lo)
        return None if name is None else (name, j + 1)
    # "a source familiar with the talks said", "people close to the campaign said".
    k = j
    while k > lo and j - k < 12 and tokens[k][TEXT] not in _APPOSITIVE_STOPS and tokens[k][TEXT] != ",":
        if tokens[k][LOW] in _POSTMODIFIERS and k + 1 <= j \
                and tokens[k + 1][LOW] in ("with", "to", "on", "in", "about"):
            start = scan_left(tokens, k - 1, lo)
            if start is not None:
                return start, j + 1
        k -= 1
    # "Guards who spoke on condition of anonymity said": the subject is the phrase before the relative clause.
    k = j
    while k > lo and j - k < 15 and tokens[k][TEXT] not in _APPOSITIVE_STOPS and tokens[k][TEXT] != ",":
        if tokens[k][LOW] == "who" and head_ok(tokens[k - 1]):
            start = scan_left(tokens, k - 1, lo)
            if start is not None:
                return start, j + 1
        k -= 1
    start = scan_left(tokens, j, lo)
    if start is None:
        return None
    return start, j + 1


#: Dashes that set off a phrase inside a sentence: a spaced hyphen (alone or doubled, "--"), an em and an en dash.
_DASHES: Final = frozenset({"-", "—", "–"})
#: The most tokens between a closing dash and the dash that opens its phrase.
_MAX_DASHED = 30


def is_dash(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a dash: an em or an en dash, or a hyphen standing alone (spaced, "Lind - a nurse", or
    doubled, "Lind--a nurse"), not one glued between marks ("U.A.W.-C.L.C.")."""
    word = tokens[k][TEXT]
    if word != "-":
        return word in _DASHES
    start, end = tokens[k][START], tokens[k][END]
    return (k == 0 or tokens[k - 1][END] < start or tokens[k - 1][TEXT] == "-") \
        or (k + 1 == len(tokens) or tokens[k + 1][START] > end or tokens[k + 1][TEXT] == "-")


def _dash_appositive(tokens: list[Token], j: int, lo: int) -> tuple[int, int] | None:
    """The source whose phrase set off by dashes ends with the dash at token ``j``, as a token range, or None.

    Handles "Ana Lind — the mayor's sister — said", "Ana Lind -- who chairs the board -- said" and "A former mayor
    - Ana Lind, who lost the 2008 race - said": the phrase before the opening dash must be a source of its own (a
    name, a description of people, a pronoun), and the dashes must be of one kind. A doubled hyphen reads as one
    dash. An adjunct between the dashes is no part of the source, as between commas ("Lind — in an interview —
    said").
    """
    dash = tokens[j][TEXT]
    double = dash == "-" and j - 1 >= lo and tokens[j - 1][TEXT] == "-" and tokens[j - 1][END] == tokens[j][START]
    inner_end = j - 1 if double else j
    k = inner_end - 1
    while k > lo and j - k < _MAX_DASHED:
        word = tokens[k][TEXT]
        if word == dash and is_dash(tokens, k):
            pair = dash == "-" and tokens[k - 1][TEXT] == "-" and tokens[k - 1][END] == tokens[k][START]
            opening = k - 1 if pair else k
            if pair != double or k + 1 >= inner_end or not is_word(tokens[k + 1]) or opening <= lo:
                return None
            span = _single_source_before(tokens, opening, lo)
            if span is None or span[1] != opening:
                return None
            return span if tokens[k + 1][LOW] in _ADJUNCT_PREPOSITIONS else (span[0], j + 1)
        if (word in _DASHES and is_dash(tokens, k)) or word in _APPOSITIVE_STOPS or word in _CLOSING_MARKS \
                or word in "“„«(":
            return None
        k -= 1
    return None


def _premodifier(tokens: list[Token], first: int, hi: int) -> bool:
    """"said former adviser Tom Reed", "said undecided voter Anna Berg": lowercase modifiers open a source phrase
    when a name follows within a few words, every one of them a plain lowercase word."""
    for k in range(first, min(hi, first + 4)):
        t = tokens[k]
        if not is_word(t) or t[LOW] in NOT_NAMES or t[LOW] in _CLAUSE_VERBS or t[LOW] in NP_BREAKERS:
            return False
        if is_capital(t):
            return k > first
        if t[LOW].endswith("ly"):
            return False
    return False


def source_after(tokens: list[Token], first: int, hi: int) -> tuple[int, int] | None:
    """The source phrase starting at token ``first`` ("said Anna Berg, the interior minister"), or None."""
    if first >= hi:
        return None
    t = tokens[first]
    if t[LOW] in PERSONAL_PRONOUNS:
        # "..., said he." is a source; "..., said they believed ..." is a clause.
        return (first, first + 1) if first + 1 >= hi or not is_word(tokens[first + 1]) else None
    if not is_word(t) or (t[LOW] in NP_BREAKERS and t[LOW] not in DETERMINERS and not _first_name(tokens, first, hi)):
        return None
    if not (is_capital(t) or t[LOW] in DETERMINERS or head_ok(t) or _premodifier(tokens, first, hi)):
        return None
    k = first
    last_head = -1
    appositive = False
    while k < hi and k - first < _MAX_NP * 2:
        tk = tokens[k]
        if tk[LOW] in ("who", "whose", "which") and k > first:
            appositive = True  # "said a data expert who has worked for ...": a relative clause may follow
        if not appositive and tk[LOW] in _CLAUSE_VERBS and not _first_name(tokens, k, hi) \
                and not (tk[LOW] == "to" and k > first and (head_ok(tokens[k - 1])  # "an adviser to ..."
                                                            or tokens[k - 1][LOW] in SOURCE_TO_ADJECTIVES)):
            return None  # "said the vote was close": a clause, not a source
        if tk[TEXT] == "(" and k > first and is_capital(tokens[k - 1]):
            close = next((m for m in range(k + 1, min(hi, k + 8)) if tokens[m][TEXT] == ")"), None)
            if close is None:
                break
            k = close + 1  # "said Sen. Ann Lee (D-Ohio)"
            if k < hi and tokens[k][TEXT] != "," and not (is_word(tokens[k]) and not is_capital(tokens[k])
                                                          and head_ok(tokens[k])):
                # "said Ann Lee (D-Ohio) in an interview": an adjunct follows, no appositive (but "said the Harbor
                # Notes (Letters to the Editor) page": the phrase's head follows the bracket)
                break
            continue
        if tk[TEXT] in (".", "?", "!", ";", ":", "—", "–", "(", ")") or tk[TEXT] in _CLOSING_MARKS \
                or tk[TEXT] in "“„«" or (tk[TEXT] == "-" and is_dash(tokens, k)):
            if tk[TEXT] == "." and k > first and is_capital(tokens[k - 1]) and len(tokens[k - 1][TEXT]) <= 4 \
                    and k + 1 < hi:
                k += 1  # "Mr." "U.S."
                continue
            break
        if k > first and not appositive and tk[LOW] in _TIME_ADJUNCTS:
            # "said Ann Lee during the debate", "said Ann Lee on Monday": the time is no part of the source (a
            # relative clause keeps its own: "Ann Lee, who spoke on Monday").
            if k - 1 > first and tokens[k - 1][LOW] in ("on", "in", "at"):
                k -= 1
            break
        if tk[LOW] in _REPORTING_FORMS and k > first:
            # "said Ann Lee, who added that ...": the relative clause is an attribution of its own.
            k = max(first, k - 1)
            while k > first and tokens[k][TEXT] != ",":
                k -= 1
            break
        if tk[TEXT] == ",":
            nxt = tokens[k + 1] if k + 1 < hi else None
            if nxt is None or not is_word(nxt) or not (nxt[LOW] in _APPOSITIVE_OPENERS or nxt[LOW] in TITLE_WORDS
                                                   or nxt[TEXT].isdigit() or _closing_name(tokens, k + 1, hi)
                                                   or _hometown(tokens, k + 1, _chunk_end(tokens, k + 1, hi))):
                break
            appositive = True
        elif is_word(tk) and k > first and tk[LOW] in ("adding", "saying", "noting", "according", "but", "and") \
                and tokens[k - 1][TEXT] == ",":
            break
        if is_word(tk) and head_ok(tk):
            last_head = k
        k += 1
    end = k
    while end > first and tokens[end - 1][TEXT] in (",", "-"):
        end -= 1
    if last_head < first and end > first and tokens[first][LOW] in ("the", "a", "an") and 2 <= end - first <= 3 \
            and (end >= hi or tokens[end][TEXT] in (".", ",")) \
            and all(is_word(t) and not is_capital(t) and t[LOW] not in NOT_NAMES for t in tokens[first + 1:end]):
        return first, end  # "..., said the admiral.": a lowercase head missing from the tables, closing the sentence
    if end <= first or last_head < first:
        return None
    if end - 2 > first and tokens[end - 1][LOW] in ("who", "which") and tokens[end - 2][TEXT] == ",":
        return first, end - 2  # "said an adviser, who, like many, ...": the relative clause was cut off
    if appositive and end < hi and tokens[end][TEXT] == "," and any(t[TEXT] == "," for t in tokens[first:end]):
        end += 1  # "said Ann Lee, a doctor, adding ...": an appositive source keeps its closing comma
    return first, end


def _closing_name(tokens: list[Token], first: int, hi: int) -> bool:
    """Whether a name of one to four capitalised words starts at ``first`` and ends the sentence ("..., said the
    chief engineer, Paul Dunn.") or the source before a participle cue ("..., said the head keeper, Ines Holm,
    adding that ..."): a description's appositive naming the speaker."""
    k = first
    while k < hi and k - first < 4 and is_word(tokens[k]) and is_capital(tokens[k]) \
            and tokens[k][LOW] not in NOT_NAMES \
            and tokens[k][LOW] not in WEEKDAYS:
        k += 1
    if k == first:
        return False
    return k >= hi or tokens[k][TEXT] in (".", "!", "?") or (
        tokens[k][TEXT] == "," and k + 1 < hi and tokens[k + 1][LOW] in _NAME_CLOSERS)


#: Words after a closing appositive name and its comma that end the source phrase there: a participle cue of the
#: same speaker (the ones that end a content, see ``PARTICIPLE_STOPS``) or a relative clause.
_NAME_CLOSERS = PARTICIPLE_STOPS | {"who"}


class SourceInfo:
    """What a source phrase says about its speaker.

    A plain slotted class with its own ``__init__`` (not an attrs class, whose ``__init__`` runs interpreted even in
    a compiled build); its fields are final: one description is shared by every phrase read alike.

    Attributes:
        kind: person, organization, publication, anonymous or unknown.
        name: the canonical name when the phrase holds one ("Anna Berg", "Foreign Ministry"), else None.
        role: titles and job words ("Interior Minister"), or None.
        pronoun: the lower-cased pronoun when the phrase is one ("she", "who"), else None.
        head: the lower-cased last word of a description without a name ("ministry", "spokesman").
    """

    __slots__ = ("head", "kind", "name", "pronoun", "role")

    def __init__(self, kind: str, name: str | None = None, role: str | None = None, pronoun: str | None = None,
                 head: str | None = None) -> None:
        self.kind: Final = kind
        self.name: Final = name
        self.role: Final = role
        self.pronoun: Final = pronoun
        self.head: Final = head

    def _fields(self) -> tuple[str, str | None, str | None, str | None, str | None]:
        return self.kind, self.name, self.role, self.pronoun, self.head

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceInfo):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"SourceInfo(kind={self.kind!r}, name={self.name!r}, role={self.role!r}, pronoun={self.pronoun!r}, "
                f"head={self.head!r})")


def _name_run(words: list[Token]) -> tuple[int, int]:
    """The last run of capitalised non-title words: where the personal name sits."""
    # A capitalised word: ``is_word`` and ``is_capital``, from one read of its first character.
    capitalised = [(first := t[TEXT][0]).isalnum() and (first.isupper() or first.isdigit()) for t in words]
    end = len(words)
    while end > 0 and not capitalised[end - 1]:
        end -= 1
    start = end
    while start > 0 and capitalised[start - 1] \
            and words[start - 1][LOW] not in TITLE_WORDS and words[start - 1][LOW] not in NOT_NAMES:
        start -= 1
    return start, end


# Any of the anonymity markers anywhere in a lower-cased phrase: one scan for all of them.
_ANONYMITY = re.compile("|".join(map(re.escape, ANONYMITY_MARKERS)))


#: Marks kept among the words of a source phrase when it holds a pair of dashes.
_JOINTS = frozenset({",", "-", "&", "—", "–", "(", ")"})


def _outside_brackets(words: list[Token]) -> list[Token]:
    """The words outside brackets ("(D-Ohio)"), the brackets themselves left out."""
    out: list[Token] = []
    depth = 0
    for t in words:
        if t[TEXT] == "(":
            depth += 1
        elif t[TEXT] == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def _dash_groups(tokens: list[Token]) -> int:
    """How many dashes stand among ``tokens`` (a doubled hyphen, two touching tokens, counts once)."""
    groups = 0
    prev_end = -1
    for k, t in enumerate(tokens):
        if t[TEXT] in _DASHES and is_dash(tokens, k):  # (a set look per token: cheaper than a scan of the text)
            if t[START] != prev_end or t[TEXT] != "-":
                groups += 1
            prev_end = t[END]
    return groups


def describe(tokens: list[Token], text: str) -> SourceInfo:
    """Read kind, canonical name and role out of a source phrase's tokens.

    Args:
        tokens: the tokens of the phrase.
        text: the document text (for slicing the role).
    """
    words: list[Token] = []
    depth = 0
    dashed = False
    for t in tokens:
        # A parenthesis ("(D-Ohio)") is left out of names and roles.
        word = t[TEXT]
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (word[0].isalnum() or word in (",", "-", "&")):  # a word (``is_word``) or a joint
            words.append(t)
            dashed = dashed or word == "-"
        elif depth == 0 and word in _DASHES:
            dashed = True
    if dashed and _dash_groups(tokens) >= 2:
        # A pair of dashes sets off an appositive, read as one set off by commas ("Ana Lind — the mayor's sister
        # —"); a lone dash is kept as a joint, as a hyphen is: it is most often a dateline's ("HARLOW - Mayor Ana
        # Lind"), whose name comes after it.
        words = [(t[START], t[END], ",", ",") if t[TEXT] in _DASHES and is_dash(tokens, k) else t
                 for k, t in enumerate(tokens) if t[TEXT][0].isalnum() or t[TEXT] in _JOINTS]
        words = _outside_brackets(words)
    if not words:
        return SourceInfo("unknown")
    low = [t[LOW].replace("’", "'").split("'")[0] if t[LOW] in _CONTRACTED_PRONOUNS else t[LOW] for t in words]
    if len(words) == 1 and low[0] in _POSSESSIVE_AS_SUBJECT:
        # "his claim that ...": the possessor speaks, resolved as its subject pronoun would be.
        low[0] = _POSSESSIVE_AS_SUBJECT[low[0]]
    if len(words) == 1 and (low[0] in PERSONAL_PRONOUNS or low[0] in RELATIVE_PRONOUNS or low[0] == "it"):
        # "It said": an organisation named before, resolved like "they"
        kind = "person" if low[0] in ("he", "she", "i", "who") else "unknown"
        return SourceInfo(kind, pronoun=low[0])
    phrase = text[tokens[0][START]:tokens[-1][END]]
    lowered = phrase.lower()
    # An appositive after a comma is a role; the name stands before it.
    comma = next((i for i, t in enumerate(words) if t[TEXT] == ","), len(words))
    main, rest = words[:comma], [t for t in words[comma + 1:] if t[TEXT] != ","]
    if _ANONYMITY.search(lowered):
        return SourceInfo("anonymous", head=main[-1][LOW] if main else None)
    # "the spokesman for the ministry", "Mr. Nevins of Showtime": the head stands before the first preposition,
    # except in the name of an organisation ("the Union of Metal Workers").
    cut = next((i for i, t in enumerate(main) if i > 0 and t[LOW] in NP_PREPOSITIONS), len(main))
    if cut < len(main) - 1 and is_capital(main[cut - 1]) and main[cut - 1][LOW] in ORGANIZATION_HEADS \
            and is_capital(main[cut + 1]):
        name = " ".join(t[TEXT] for t in main if is_word(t) and t[LOW] not in DETERMINERS)
        return SourceInfo("organization", name=name, head=main[cut - 1][LOW])
    main = main[:cut]
    # "a Terrin army spokesman, Colonel Paul Sark": the name stands in the appositive.
    described = None
    # Only the first appositive can name the speaker ("A former mayor -- Ana Lind, who lost the race --").
    if rest and main and not is_capital(main[-1]):
        opening = comma + 1
        while words[opening][TEXT] == ",":
            opening += 1  # a doubled hyphen ("--") is two joints (``rest`` holds a word after them)
        close = opening
        while close < len(words) and words[close][TEXT] != ",":
            close += 1
        first = words[opening:close]
        if first[-1][TEXT][0].isupper() and first[0][TEXT][0].isupper():
            described = " ".join(t[TEXT] for t in main if is_word(t) and t[LOW] not in DETERMINERS) or None
            main, rest = first, main
    if not main:
        return SourceInfo("unknown")
    head = main[-1]
    head_low = head[LOW][:-2] if head[LOW].endswith(("’s", "'s")) else head[LOW]
    a, b = _name_run(main)
    has_name = b > a
    if head_low in ORGANIZATION_HEADS or (has_name and b == len(main) and head_low in ORGANIZATION_HEADS):
        name_tokens = [t for t in main if t[LOW] not in DETERMINERS]
        org = " ".join(t[TEXT] for t in name_tokens if is_word(t)) if any(is_capital(t) for t in name_tokens) else None
        return SourceInfo("organization", name=org, head=head_low)
    if head_low in PUBLICATION_HEADS or _singular(head_low) in PUBLICATION_HEADS:
        name_tokens = [t for t in main if t[LOW] not in DETERMINERS]
        org = " ".join(t[TEXT] for t in name_tokens if is_word(t)) if any(is_capital(t) for t in name_tokens) else None
        return SourceInfo("publication", name=org, head=head_low)
    if not has_name or b != len(main):
        # A description without a name ("a senior official", "the spokesman for the ministry").
        plural = head_low.endswith("s") and not head_low.endswith("ss")
        if head_low in ANONYMOUS_HEADS and (plural or main[0][LOW] in ("a", "an", "one", "some", "several")):
            return SourceInfo("anonymous", head=head_low)
        kind = "person" if _singular(head_low) in PEOPLE_NOUNS else "unknown"
        role = " ".join(t[TEXT] for t in main if t[LOW] not in DETERMINERS and is_word(t)) or None
        return SourceInfo(kind, role=role, head=head_low)
    name = " ".join(t[TEXT] for t in main[a:b] if is_word(t))
    for suffix in ("’s", "'s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    role_words = [t[TEXT] for t in main[:a] if is_word(t) and t[LOW] not in DETERMINERS and t[LOW] not in NOT_NAMES]
    role = " ".join(role_words) or None
    if role is None and rest and not rest[0][TEXT].isdigit():
        # "Lena Ortiz, 54,": an age is no role.
        role = " ".join(t[TEXT] for t in rest if t[LOW] not in DETERMINERS and is_word(t)) or None
    if role and role.lower() in ("mr", "mrs", "ms", "dr", "miss"):
        role = None
    role = described or role
    return SourceInfo("person", name=name or None, role=role)


def _people_head(token: Token) -> bool:
    """Whether a lowercase word heads a phrase naming people or a body ("master", "crews", "board")."""
    low = token[LOW]
    return (low in PEOPLE_NOUNS or _singular(low) in PEOPLE_NOUNS or low in ORGANIZATION_HEADS
            or low in ANONYMOUS_HEADS or (low.endswith(_AGENT_SUFFIXES) and low not in _NOT_AGENTS))


def subject_at_start(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject phrase opening a sentence ("She went on ...", "Senator Anna Berg criticised ..."), or None."""
    if not tokens or not is_word(tokens[0]):
        return None
    first = tokens[0]
    if first[LOW] in PERSONAL_PRONOUNS:
        return 0, 1
    if first[LOW] in NOT_SOURCE_WORDS or is_contraction(first[LOW]) or first[LOW].endswith("ing"):
        return None  # "Despite ...", "That’s ...", "Having ...": a fronted phrase or a clause, not a subject
    if is_contraction(first[LOW], pronouns=True):
        # "He’s claiming ..." (the cue follows, or a participle does) names its speaker; "It’s easy to ..." does not.
        return (0, 1) if len(tokens) == 1 or tokens[1][LOW].endswith("ing") else None
    k = 1 if first[LOW] in DETERMINERS else 0
    start = k
    while k < len(tokens) and k - start < 8:
        t = tokens[k]
        initial = t[TEXT][0]  # the first character tells a word (``is_word``) and a capital (``is_capital``)
        if not initial.isalnum():
            # Of the readings below only an abbreviation's period goes on past punctuation.
            if t[TEXT] == "." and k > start and len(tokens[k - 1][TEXT]) <= 4 and is_capital(tokens[k - 1]):
                k += 1
                continue
            break
        # The token's facts, read once: each reading below asks about them again.
        low = t[LOW]
        capital = initial.isupper() or initial.isdigit()
        if (capital or (k > start and low in TITLE_WORDS)) and low not in NOT_NAMES:
            k += 1
        elif k > start and (low in TITLE_WORDS or low in PEOPLE_NOUNS) and k + 1 < len(tokens) \
                and is_capital(tokens[k + 1]):
            k += 1  # "Republican presidential candidate Ted Cruz"
        elif start == 1 and (low in PEOPLE_NOUNS or _singular(low) in PEOPLE_NOUNS
                             or low in ORGANIZATION_HEADS or low in ANONYMOUS_HEADS
                             or (k > start and not capital and _people_head(t))):
            k += 1
        elif start == 0 and k > 0 and not capital and is_capital(tokens[k - 1]) and (
                low in PEOPLE_NOUNS or _singular(low) in PEOPLE_NOUNS or low in ORGANIZATION_HEADS):
            k += 1  # "Opposition lawmakers", "Local farmers": capitalised modifiers before a head noun of people
            break
        elif start == 1 and k - start < 2 and k + 1 < len(tokens) and is_word(tokens[k + 1]) \
                and not is_capital(tokens[k + 1]) and _people_head(tokens[k + 1]) and not low.endswith(("ed", "ly")) \
                and low not in NOT_SOURCE_WORDS and low not in NOT_NAMES:
            k += 1  # "the harbor master", "the new mayor": a modifier before a head noun of people
        else:
            break
    if k == start or not head_ok(tokens[k - 1]):
        return None
    return 0 if start == 1 else start, k
