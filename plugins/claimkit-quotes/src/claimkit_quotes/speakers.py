"""Speaker resolution: from a source mention to a canonical name, in document order.

The resolver remembers the people and organisations named so far. A pronoun takes the most recent compatible
person (a speaker, or a full name mentioned in the text since the last speaker); a surname takes the full name that
ends with it; a description ("the minister", "the ministry") takes the most recent name with that role or head word.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .lexicon import NOT_NAMES, ORGANIZATION_HEADS, PUBLICATION_HEADS, TITLE_WORDS
from .sources import SourceInfo

# Two or three capitalised words: a candidate full name in running text.
# The capital comes first and the lookbehind after it, so that the engine skips to capitals instead of testing the
# lookbehind at every offset.
_FULL_NAME = re.compile(r"[A-Z](?<![\w.’'][A-Z])[\w’'-]{1,20}(?:[ \u00a0][A-Z](?:\.|[\w’'-]{1,20}))?"
                        r"(?:[ \u00a0][A-Z][\w’'-]{1,20}){1,2}(?![\w’'])")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "of", "on", "near", "across", "into", "for", "by", "the"})
_WINDOW = 600
# How far before an "it" the organisation it speaks for may have been the source (about two short paragraphs), and
# at most one sentence before: "The ministry said ... A new report came out. It said ..." is the report's "it".
_IT_REACH = 400
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
# One or two capitalised words right before a surname, and up to three after a title.
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]{0,20}[ \u00a0](?:[A-Z][\w’'.-]{0,20}[ \u00a0]){0,2}$")
_NAME_AFTER = re.compile(r"[ \u00a0]([A-Z][\w’'-]{1,20}(?:[ \u00a0][A-Z][\w’'-]{1,20}){1,2})")
# Words that make such a description no more specific than the bare head ("the same agency", "the new ministry").
_NOT_DESCRIBING = frozenset({
    "same", "other", "new", "old", "former", "latter", "whole", "entire", "first", "second", "last", "next", "main",
    "very", "only", "said", "two", "three", "both", "each", "various", "such", "relevant", "appropriate",
})


@functools.lru_cache(maxsize=256)
def _described(head: str) -> re.Pattern[str]:
    """"the" and one to four lower-case words (no second "the") before the organisation head word ``head``: a
    described organisation, "the regional civil protection agency", that a later "the agency" stands for."""
    return re.compile(r"\b[Tt]he((?: (?![Tt]he )[a-z][a-z-]{1,20}){1,4}) " + re.escape(head) + r"\b(?![’'-])")


def may_describe(text: str, head: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may hold a description of ``head`` (see :func:`_described`): a space and the head
    after a word of at least two letters, hyphens or letters, that opens with a letter after a space and is not
    "the". Every match of the pattern ends so (its last lower-case word, then the head), so where this fails the
    pattern finds nothing; it saves compiling the pattern for heads never described."""
    needle = " " + head
    at = text.find(needle, lo, hi)
    while at >= 0:
        k = at
        while k > lo and ("a" <= text[k - 1] <= "z" or text[k - 1] == "-"):
            k -= 1
        if at - k >= 2 and text[k] != "-" and k > lo and text[k - 1] == " " and text[k:at] != "the":
            return True
        at = text.find(needle, at + 1, hi)
    return False


def _last_word(name: str) -> str:
    words = name.rsplit(None, 1)
    return words[-1].lower() if words else ""


def _clean_name(words: list[str]) -> tuple[str, str] | None:
    """(name, title): titles and sentence words stripped from a capitalised run; None unless two name words remain."""
    title: list[str] = []
    while words and (words[0].lower().rstrip(".") in TITLE_WORDS or words[0].lower() in NOT_NAMES):
        if words[0].lower().rstrip(".") in TITLE_WORDS:
            title.append(words[0])
        words = words[1:]
    if words and words[-1].endswith(("’s", "'s")):
        words = [*words[:-1], words[-1][:-2]]
    if len(words) < 2 or any(w.lower() in NOT_NAMES or w.lower() in ORGANIZATION_HEADS
                             or w.lower() in PUBLICATION_HEADS or w.lower().rstrip(".") in TITLE_WORDS
                             for w in words):
        return None
    return " ".join(words), " ".join(title)


class Resolved(NamedTuple):
    """A resolved speaker: canonical name, kind and role (a named tuple: one is built per attribution)."""

    speaker: str | None
    kind: str
    role: str | None = None


class SpeakerResolver:
    """Resolves the sources of one document, in document order.

    Args:
        text: the document text (for names mentioned outside attributions).
        people: people known before the first source, as (offset, full name, role).
        organizations: organisations known before the first source, as (offset, name, head word).
    """

    __slots__ = ("_full_names", "_last_source", "organizations", "people", "text")

    text: str
    people: list[tuple[int, str, str | None]]  # (offset, full name, role)
    organizations: list[tuple[int, str, str]]  # (offset, name, head word)
    # The latest full name (with a space) per lower-cased last word: what a surname resolves to.
    _full_names: dict[str, str]
    # The last source resolved: (offset, kind, speaker), for "it".
    _last_source: tuple[int, str, str | None] | None

    def __init__(self, text: str, people: list[tuple[int, str, str | None]] | None = None,
                 organizations: list[tuple[int, str, str]] | None = None) -> None:
        self.text = text
        self.people = [] if people is None else people
        self.organizations = [] if organizations is None else organizations
        self._full_names = {}
        self._last_source = None
        for _, name, _ in self.people:
            if " " in name:
                self._full_names[_last_word(name)] = name

    def _add_person(self, entry: tuple[int, str, str | None]) -> None:
        """Remember a person (offset, name, role); every person goes through here."""
        self.people.append(entry)
        if " " in entry[1]:
            self._full_names[_last_word(entry[1])] = entry[1]

    def _person_by_surname(self, word: str) -> str | None:
        """The latest full name remembered whose last word is ``word``."""
        return self._full_names.get(word.lower())

    def _recent_text_name(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The last full person name written in ``text[lo:hi]`` (within a window before ``hi``)."""
        # The last name that qualifies is wanted: the candidates are read from the end, and the first one that
        # qualifies settles it.
        for m in reversed(list(_FULL_NAME.finditer(self.text, max(lo, hi - _WINDOW), hi))):
            # A name after "in", "at", "from", ... is a place or an institution more often than a person.
            before = self.text[max(0, m.start() - 6):m.start()].split()
            if before and before[-1].lower() in _PLACE_PREPOSITIONS:
                continue
            found = _clean_name(m.group().replace("\u00a0", " ").split())
            if found:
                return m.start(), found[0]
        return None

    def _titled_name(self, head: str, pos: int) -> tuple[int, str, str] | None:
        """The name after the last title ending with ``head`` before ``pos`` ("Minister Anna Berg" for "minister")."""
        title = head[:1].upper() + head[1:]
        idx = self.text.rfind(title + " ", max(0, pos - 4 * _WINDOW), pos)
        if idx < 0:
            return None
        m = _NAME_AFTER.match(self.text, idx + len(title))
        if m is None:
            return None
        found = _clean_name(m.group(1).split())
        return (idx, found[0], title) if found else None

    def _text_organization(self, head: str, pos: int) -> str | None:
        """The last capitalised name ending with ``head`` ("Foreign Ministry" for "the ministry") before ``pos``."""
        best = last_org_name(self.text, head[:1].upper() + head[1:], max(0, pos - 4 * _WINDOW), pos)
        if best is None:
            return None
        words = best.split()
        while words and words[0].lower() in NOT_NAMES:
            words = words[1:]
        return " ".join(words) if len(words) > 1 else None

    def _described_organization(self, head: str, pos: int) -> str | None:
        """The last lower-case description ending with ``head`` before ``pos`` ("regional civil protection agency"
        for "the agency"), or None when there is none or it says no more than the head ("the same agency")."""
        found = None
        lo = max(0, pos - 4 * _WINDOW)
        if not may_describe(self.text, head, lo, pos):
            return None  # the pattern (compiled once per head, at a cost) need not be built nor run
        for m in _described(head).finditer(self.text, lo, pos):
            words = m.group(1).split()
            if not any(w in _NOT_DESCRIBING or w in NOT_NAMES for w in words):
                found = " ".join([*words, head])
        return found

    def _remember_person(self, pos: int, name: str, role: str | None) -> str:
        if " " not in name:
            full = self._person_by_surname(name) or self._text_surname(name, pos)
            if full:
                name = full
        self._add_person((pos, name, role))
        return name

    def _text_surname(self, word: str, pos: int) -> str | None:
        """A full name ending with ``word`` earlier in the text ("Anna Berg" for "Berg")."""
        hi = pos
        for _ in range(6):
            idx = self.text.rfind(word, 0, hi)
            if idx < 0:
                return None
            hi = idx
            m = _NAME_BEFORE.search(self.text[max(0, idx - 60):idx])
            if m is None:
                continue
            found = _clean_name([*m.group().split(), word])
            if found:
                return found[0]
        return None

    def resolve(self, info: SourceInfo, pos: int, phrase: str, strong: bool = False) -> Resolved:
        """The speaker of a source at offset ``pos`` described by ``info`` (``phrase`` is its text; ``strong``: the
        cue is a core reporting verb, "said", "told", ...)."""
        resolved = self._resolve(info, pos, phrase, strong)
        self._last_source = (pos, resolved.kind, resolved.speaker)
        return resolved

    def _resolve(self, info: SourceInfo, pos: int, phrase: str, strong: bool) -> Resolved:
        if info.pronoun is not None:
            return self._resolve_pronoun(info, pos, strong)
        if info.kind == "person" and info.name:
            return Resolved(self._remember_person(pos, info.name, info.role), "person", info.role)
        if info.kind in ("organization", "publication"):
            if info.name:
                self.organizations.append((pos, info.name, info.head or _last_word(info.name)))
                return Resolved(info.name, info.kind)
            bare = _strip_determiner(phrase)
            definite = " " not in bare and phrase.lower().startswith("the ")
            for _, name, head in reversed(self.organizations):
                # "the ministry" is the last ministry named; "its defense ministry" only a defense ministry.
                if name.lower().endswith(bare.lower()) or (definite and head == info.head):
                    return Resolved(name, info.kind)
            if definite and info.head:
                named = self._text_organization(info.head, pos) or self._described_organization(info.head, pos)
                if named:
                    self.organizations.append((pos, named, info.head))
                    return Resolved(named, info.kind)
            return Resolved(bare, info.kind)
        if info.kind == "person" and info.head:
            # "the minister": the most recent person whose role ends with that word.
            for _, name, role in reversed(self.people):
                if role and _last_word(role) == info.head:
                    return Resolved(name, "person", role)
            titled = self._titled_name(info.head, pos)
            if titled is not None:
                self._add_person(titled)
                return Resolved(titled[1], "person", titled[2])
            return Resolved(_strip_determiner(phrase), "person", info.role)
        return Resolved(_strip_determiner(phrase), info.kind, info.role)

    def _resolve_pronoun(self, info: SourceInfo, pos: int, strong: bool) -> Resolved:
        pronoun = info.pronoun or ""
        if pronoun in ("he", "she", "i", "who"):
            last = self.people[-1] if self.people else None
            seen = self._recent_text_name(last[0] + 1 if last else 0, pos)
            if seen and (last is None or seen[0] > last[0]):
                name = self._person_by_surname(_last_word(seen[1])) or seen[1]
                self._add_person((seen[0], name, None))
                return Resolved(name, "person")
            if last:
                return Resolved(last[1], "person", last[2])
            return Resolved(None, "person")
        if pronoun == "it":
            # "The ministry said ... It said ...": "it" speaks for the organisation that was the last source, close
            # before and with a core reporting cue only ("It shows ..." is a record, "it" a poll or a report)
            last = self._last_source
            if strong and last is not None and last[1] in ("organization", "publication") and last[2] \
                    and pos - last[0] <= _IT_REACH and len(_SENTENCE_END.findall(self.text, last[0], pos)) <= 1:
                return Resolved(last[2], last[1])
            return Resolved(None, "unknown")
        if pronoun in ("they", "we") and self.organizations:
            return Resolved(self.organizations[-1][1], "organization")
        return Resolved(None, "unknown")


# An organisation's name in running text: one to four capitalised words, each followed by one space, before the
# head word ("Foreign Ministry", "Harbor Pilots Board"). The first word's capital opens the pattern (the lookbehind
# follows it: no word character or apostrophe before the name) so that the engine skips to capitals.
_ORG_FIRST = re.compile(r"[A-Z](?<![\w’'][A-Z])[\w’'-]{0,20} ")
_ORG_NEXT = re.compile(r"[A-Z][\w’'-]{0,20} ")
# The most characters a name can run before its head word: four words of up to 21 characters and their spaces.
_ORG_REACH = 4 * 22


def last_org_name(text: str, word: str, lo: int, hi: int) -> str | None:
    """The last name ending with the capitalised head ``word`` in ``text[lo:hi]``, or None.

    The names are the matches, read left to right without overlap, of the pattern ``_ORG_FIRST``, up to three
    ``_ORG_NEXT`` words (as many as fit), then ``word`` not followed by a word character or an apostrophe. They are
    found without compiling that pattern for each head word (the standard engine compiles in Python, and a class with
    a curly apostrophe costs milliseconds): a name can only start a few words before an occurrence of `` word``, so
    only the capitals within reach of one are tried, in order, as the pattern's scan would try them.
    """
    best = None
    p = lo
    while p < hi:
        q = text.find(" " + word, p, hi)
        if q < 0:
            break
        # No name starts further back: its head word would lie more than ``_ORG_REACH`` characters on.
        s = max(p, q + 1 - _ORG_REACH)
        end = -1
        while s <= q:
            first = _ORG_FIRST.search(text, s, hi)
            if first is None or first.start() > q:
                break
            end = _org_name_end(text, word, first.end(), hi)
            if end >= 0:
                best = text[first.start():end]
                break
            s = first.start() + 1
        p = end if end >= 0 else q + 1
    return best.strip() if best is not None else None


def _org_name_end(text: str, word: str, after_first: int, hi: int) -> int:
    """Where the name whose first word ends at ``after_first`` ends: the head ``word`` after as many of the next
    capitalised words (up to three) as the text allows, or -1 when no count of them is followed by the head."""
    ends = [after_first]
    for _ in range(3):
        nxt = _ORG_NEXT.match(text, ends[-1], hi)
        if nxt is None:
            break
        ends.append(nxt.end())
    width = len(word)
    for at in reversed(ends):
        stop = at + width
        if stop <= hi and text.startswith(word, at) and (stop == hi or not _goes_on(text[stop])):
            return stop
    return -1


def _goes_on(ch: str) -> bool:
    """Whether ``ch`` continues a word for the head test: a word character (as the pattern engine reads ``\\w``) or an
    apostrophe."""
    return ch.isalnum() or ch in "_’'"


# A dash in a source phrase: a spaced hyphen (or two), an em or an en dash.
_DASH = re.compile(r" -{1,2} ?|[—–]")


def _strip_determiner(phrase: str) -> str:
    # "the mayor, who took office in May,": an appositive or a relative clause after a comma describes the speaker,
    # it is no part of the speaker's name.
    # So does a phrase set off by a pair of dashes ("the union -- which represents 400 nurses --"); a lone dash is
    # kept, as ``describe`` keeps it.
    comma = phrase.find(", ")
    if " (" in phrase:
        # "the ministry (which runs the port)": a bracket describes as an appositive does
        paren = phrase.find(" (")
        comma = min(comma, paren) if comma >= 0 else paren
    if ("-" in phrase or "—" in phrase or "–" in phrase) and len(dashes := _DASH.findall(phrase)) >= 2:
        comma = min(comma, phrase.find(dashes[0])) if comma >= 0 else phrase.find(dashes[0])
    if comma > 0:
        phrase = phrase[:comma]
    words = phrase.strip(" ,").split()
    if words and words[0].lower() in ("the", "a", "an", "its", "their"):
        words = words[1:]
    # "the board's claim": the speaker is the board, without the possessive ending.
    if words and words[-1][-2:].lower() in ("'s", "’s") and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]
    return " ".join(words)
