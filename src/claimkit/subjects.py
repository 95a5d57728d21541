"""What a claim is about: counted nouns with their modifiers, event predicates with their participants, places.

Everything here reads a short stretch of text around a count or a predicate with word tables from
:mod:`claimkit.lexicon`; no parsing model. Names are compared by a crude stem so that "Veloria" and "Veloran",
"Ukraine" and "Ukrainian" meet, while different names stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .lexicon import (
    ANONYMOUS_HEADS,
    CONTRARIES,
    EVENT_CLASSES,
    NOUN_CLASSES,
    NOUN_DEFAULT_EVENT,
    NUMBER_WORDS,
    ORGANIZATION_WORDS,
    PLACE_LINKS,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    STATE_CONTRARIES,
    TIME_NAMES,
)

__all__ = [
    "PARTIAL",
    "RESTORED",
    "STILL_GOING",
    "STILL_WITHOUT",
    "UTILITIES",
    "WORD",
    "Entity",
    "EventHit",
    "announced_predicates",
    "contrary",
    "contrary_state",
    "counted_entity",
    "entity_after",
    "entity_before",
    "expected_at",
    "find_events",
    "generic_predicate",
    "head_after",
    "headline_verbs",
    "name_stem",
    "negated_at",
    "noun_class",
    "owner_before",
    "place_after",
    "predicates",
    "proper_words",
    "singular_noun",
    "stated_predicates",
    "story_names",
    "title_names",
    "topic_words",
    "uses",
    "utility_keys",
    "verb_lemma",
    "verb_stem",
]

WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]{0,40}|\d[\d,.]{0,20}")
_NOUN_FORMS: dict[str, str] = {form: cls for cls, forms in NOUN_CLASSES.items() for form in forms}
_EVENT_FORMS: dict[str, str] = {
    " ".join(form.lower().split()): cls for cls, forms in EVENT_CLASSES.items() for form in forms
}
_EVENT_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]{0,30}")
# first word of each event form -> the forms starting with it, as word tuples, longest first
_EVENT_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _form in sorted(_EVENT_FORMS, key=lambda f: -len(f.split())):
    _EVENT_FIRST.setdefault(_form.split()[0], []).append(tuple(_form.split()))
_DEMONYM_SUFFIXES = ("ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "ia", "i", "a", "e", "n", "s")
# Words that stop a noun phrase when reading past a number ("700 sailors overseas", "40 workers were").
_NP_STOP = frozenset({"were", "was", "are", "is", "had", "have", "has", "in", "at", "on", "to", "from", "into", "and",
                      "or", "that", "who", "which", "by", "with", "for", "after", "before", "along", "near", "since",
                      "during", "as", "but", "of", "the", "a", "an", "been", "be", "being", "abroad", "there"})
_FUNCTION_CAPITALS = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
                                "we", "i", "in", "on", "at", "by", "for", "of", "and", "but", "or", "as", "after",
                                "before", "about", "some", "two", "three", "four", "five", "when", "while", "if",
                                "there", "how", "what", "who", "why", "our", "their", "his", "her", "more", "fewer",
                                "less", "at least", "up", "over", "around", "nearly", "almost", "according"})
_PLACE = regex.compile(
    r"\b(?:" + "|".join((*PLACE_PREPOSITIONS, *(p.capitalize() for p in PLACE_PREPOSITIONS)))
    + r")\s{1,3}(?:the\s{1,3}(?:[a-z\-]{2,20}\s{1,3}){0,2}?(?:town|city|"
    r"village|region|province|port|district|area|state|country)\s{1,3}of\s{1,3}|(?:central|northern|southern|"
    r"eastern|western|downtown|greater|outer|inner|rural|coastal)\s{1,3})?((?:\p{Lu}[\p{L}\-]{1,30}\s{0,2}){1,3})"
)
_NUMBER_OF = regex.compile(
    r"\b(?:number|total|count|toll|figure|tally)\s{1,3}(?:of|for)\s{1,3}((?:[\p{L}\-]{1,30}\s{1,3}){0,3}?)([\p{L}]{2,30})\b",
    regex.IGNORECASE,
)
_INNER_CAPITAL = regex.compile(r"(?<=[\p{L},;:’”\"')]\s{1,3})\p{Lu}[\p{L}\-]{1,30}")
_PUNCTUATION = regex.compile(r"[,.;:!?()]")
# "the death toll rose to 52", "quake toll climbs to 52"
_DEATH_TOLL = regex.compile(r"\b(?:death\s{1,3})?toll\b", regex.IGNORECASE)


class Entity:
    """A participant or a counted thing: noun class, the word used, and its proper-name modifiers.

    Attributes:
        cls: the noun class ("soldier" for troops, personnel, forces...).
        noun: the noun as written.
        modifiers: proper modifiers as written ("Veloran"), owners included ("Marvia" in "Marvia keeps...").
        start, end: where the noun stands.
    """

    __slots__ = ("cls", "end", "modifiers", "noun", "start")

    def __init__(self, cls: str, noun: str, modifiers: Iterable[str], start: int, end: int) -> None:
        self.cls = cls
        self.noun = noun
        self.modifiers = tuple(dict.fromkeys(modifiers))
        self.start = start
        self.end = end

    def stems(self) -> tuple[str, ...]:
        """The modifiers as sorted, de-duplicated name stems: what grouping compares."""
        return tuple(sorted({name_stem(m) for m in self.modifiers if name_stem(m)}))

    def label(self) -> str:
        """``cls`` followed by its modifier stems, joined by ``|``."""
        return "|".join((self.cls, *self.stems()))

    def __repr__(self) -> str:
        return f"Entity({self.cls!r}, {self.noun!r}, {self.modifiers!r})"


class EventHit:
    """An event predicate found in the text: its class and where it stands."""

    __slots__ = ("cls", "end", "start", "text")

    def __init__(self, cls: str, start: int, end: int, text: str) -> None:
        self.cls = cls
        self.start = start
        self.end = end
        self.text = text

    def __repr__(self) -> str:
        return f"EventHit({self.cls!r}, {self.text!r})"


def name_stem(word: str) -> str:
    """A crude stem that lets a country and its demonym meet ("Veloria", "Veloran" -> "velor")."""
    word = word.lower().strip(".'’-")
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    for suffix in _DEMONYM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def noun_class(word: str) -> str | None:
    """The noun class of a word or two-word phrase ("troops" -> "soldier"), or None."""
    return _NOUN_FORMS.get(word.lower())


def find_events(text: str, start: int, end: int) -> list[EventHit]:
    """Every event predicate in ``text[start:end]``, in order (the longest form at each position)."""
    hits: list[EventHit] = []
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _EVENT_WORD.finditer(text, start, end)]
    i = 0
    while i < len(words):
        forms = _EVENT_FIRST.get(words[i][0])
        if forms and words[i][0] in TIME_NAMES and text[words[i][1]].isupper():
            forms = None  # "in March" is a month
        matched = 0
        if forms:
            for form in forms:  # longest first
                n = len(form)
                if tuple(w for w, _, _ in words[i:i + n]) == form:
                    s, e = words[i][1], words[i + n - 1][2]
                    hits.append(EventHit(_EVENT_FORMS[" ".join(form)], s, e, text[s:e]))
                    matched = n
                    break
        i += matched or 1
    return hits


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


_OPENING_CAPITAL = regex.compile(r"(?:^|(?<=[.!?]\s{1,3})|(?<=\n))[“\"]?\K\p{Lu}[\p{L}\-]{2,30}(?=\s)")
_COMMON_OPENERS = frozenset(w.rstrip(".") for w in (*ANONYMOUS_HEADS, *ROLE_WORDS, *ORGANIZATION_WORDS)) | {
    "some", "many", "most", "several", "both", "each", "every", "all", "one", "while", "although", "though",
    "because", "since", "until", "once", "during", "despite", "still", "also", "meanwhile", "however", "earlier",
    "later", "yesterday", "today", "tomorrow", "last", "next", "asked", "speaking", "according", "critics",
    "nobody", "everyone", "everybody", "someone", "somebody", "nothing", "everything", "anyone", "none",
}

#: How many of its body's names mark an article's story.
STORY_NAMES = 8


def story_names(text: str, limit: int = STORY_NAMES) -> list[str]:
    """Stems of the names a body uses inside its sentences, most used first (then first used): what ties an
    article to others on its story when its headline names nothing ("Water deal may be signed in May"). Months,
    days and function words are no names; a capitalised common noun inside a sentence is part of one ("the Mill
    Street bridge")."""
    counts: dict[str, float] = {}
    for m in _INNER_CAPITAL.finditer(text):
        word = m.group(0)
        low = word.lower()
        if low in _FUNCTION_CAPITALS or low in TIME_NAMES or len(low) < 3:
            continue
        stem = name_stem(word)
        counts[stem] = counts.get(stem, 0) + 1
    for m in _OPENING_CAPITAL.finditer(text):
        # a word that opens a sentence is a name when the text never writes it in lower case and it is no common
        # opener ("Officials", "Police", "Residents"): "Tamsk officials denied ..."
        word = m.group(0)
        low = word.lower()
        if low in _FUNCTION_CAPITALS or low in TIME_NAMES or low in _TOPIC_STOP or low in _COMMON_OPENERS or \
                noun_class(low) or len(low) < 4 or _lower_in(text, low):
            continue
        stem = name_stem(word)
        counts[stem] = counts.get(stem, 0) + 0.5
    ranked = sorted(counts, key=lambda k: -counts[k])  # sorted is stable: ties keep their first-use order
    return ranked[:limit]


def _lower_in(text: str, low: str) -> bool:
    at = text.find(low)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(low)] if at + len(low) < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        at = text.find(low, at + 1)
    return False


def proper_words(text: str) -> frozenset[str]:
    """Stems of words written with a capital inside sentences of ``text``: the names an article uses."""
    found = set()
    for m in _INNER_CAPITAL.finditer(text):
        found.add(name_stem(m.group(0)))
    return frozenset(found)


_IRREGULAR_LEMMAS = {"won": "win", "wins": "win", "winning": "win", "signed": "sign", "ended": "end",
                     "lifted": "lift", "agreed": "agree", "agrees": "agree", "passed": "pass", "passes": "pass",
                     "closes": "close", "closed": "close", "closing": "close", "released": "release",
                     "releases": "release", "resumes": "resume", "resumed": "resume", "resuming": "resume",
                     "approves": "approve", "approved": "approve", "cancels": "cancel", "cancelled": "cancel",
                     "canceled": "cancel", "completes": "complete", "completed": "complete", "contained": "contain",
                     "resigned": "resign", "restored": "restore", "restores": "restore", "launched": "launch",
                     "launches": "launch", "recovered": "recover", "reopened": "reopen", "opened": "open"}


def verb_lemma(word: str) -> str:
    """A crude lemma of an English verb form ("reopens" -> "reopen", "signed" -> "sign", "carried" -> "carry")."""
    w = word.lower().strip(".,;:!?“”\"'’")
    if w in _IRREGULAR_LEMMAS:
        return _IRREGULAR_LEMMAS[w]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        return w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" else w
    if len(w) > 4 and w.endswith("ied"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
        return w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" else w
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_LEMMA_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]{0,40}")
# "did not", "will never", "won't", "no longer": a negation at most two words before a predicate
_NEGATION_NEAR = regex.compile(
    r"(?:\b(?:not|never|no\s{1,3}longer|yet\s{1,3}to)|n[’']t)(?:\s{1,3}[\p{L}]{1,20}){0,2}\s{1,3}$", regex.IGNORECASE)


def _phrases_pattern(phrases: Iterable[str]) -> regex.Pattern[str]:
    """One case-blind pattern for a set of whole-word phrases, longest first, spaces matching 1-3 blanks."""
    alternatives = (regex.escape(p).replace(r"\ ", r"\s{1,3}") for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(r"\b(?:" + "|".join(alternatives) + r")\b", regex.IGNORECASE)


_CONTRARY_PATTERNS: dict[str, regex.Pattern[str]] = {lemma: _phrases_pattern(p) for lemma, p in CONTRARIES.items()}
#: Words of a headline that say nothing about what it is about.
_TOPIC_STOP = frozenset({"after", "before", "over", "under", "into", "from", "with", "without", "amid", "says",
                         "said", "say", "new", "more", "than", "again", "still", "will", "would", "could", "may",
                         "its", "their", "his", "her", "not", "no", "for", "the", "and", "but", "are", "was",
                         "were", "has", "have", "had", "been", "being", "this", "that", "these", "those", "what",
                         "who", "how", "why", "when", "where", "week", "day", "today", "now", "first", "last"})


def predicates(text: str) -> dict[str, tuple[int, int]]:
    """The predicates of :data:`claimkit.lexicon.CONTRARIES` that ``text`` uses, by lemma, with where they stand."""
    found: dict[str, tuple[int, int]] = {}
    for m in _LEMMA_WORD.finditer(text):
        lemma = verb_lemma(m.group(0))
        for candidate in (lemma, f"{lemma}e"):
            if candidate in CONTRARIES and candidate not in found:
                found[candidate] = (m.start(), m.end())
    return found


_MODAL_BEFORE = regex.compile(
    r"\b(?:will|would|shall|could|may|might|must|should|can|to|be|been|being)(?:\s{1,3}[\p{L}]{1,20}){0,1}\s{1,3}$",
    regex.IGNORECASE)


def stated_predicates(title: str) -> dict[str, tuple[int, int]]:
    """The predicates a headline states as fact: inflected verbs ("reopens", "released"), not nouns or bare forms
    ("a big win", "a pass") and not under a modal ("must be released", "pledges to expand")."""
    found = {}
    for lemma, (s, e) in predicates(title).items():
        word = title[s:e].lower()
        if not (word.endswith(("ed", "es")) or (word.endswith("s") and not word.endswith("ss"))):
            continue
        if _MODAL_BEFORE.search(title, max(0, s - 30), s):
            continue
        found[lemma] = (s, e)
    return found


#: A process said to go on: "is still leaking", "were still burning" (a form of "be" right before "still"); it says
#: the process has not been stopped.
STILL_GOING = regex.compile(r"(?i)\b(?:is|are|was|were|been)\s{1,3}still\s{1,3}(\p{Ll}{3,20}ing)\b")


#: Supplies a home has or lacks, by the word for them: "power" and "electricity" are one.
UTILITIES: dict[str, str] = {"power": "power", "electricity": "power", "heating": "heating", "water": "water",
                             "gas": "gas", "internet": "internet"}
_UTILITY = r"(?P<utility>" + "|".join(UTILITIES) + r")"
#: A supply said to be back, with nothing that makes it partial: "power was fully restored".
RESTORED = regex.compile(
    r"(?i)\b" + _UTILITY + r"\b(?:\s{1,3}(?:supplies|supply|service|services))?\s{1,3}(?:was|were|is|are|had|has|have)"
    r"(?:\s{1,3}been)?\s{1,3}(?:fully\s{1,3}|completely\s{1,3})?restored\b|\brestored\s{1,3}(?:full\s{1,3})?"
    + _UTILITY + r"\b")
#: A supply said to be still lacking: "were still without power", "still have no electricity".
STILL_WITHOUT = regex.compile(
    r"(?i)\bstill\s{1,3}(?:(?:had|have|has|were|was|are|is|been|left)\s{1,3})?(?:no|without)\s{1,3}" + _UTILITY
    + r"\b|\b(?:had|have|has|were|was|are|is)\s{1,3}still\s{1,3}(?:no|without)\s{1,3}" + _UTILITY + r"\b")
#: Words that make a restoration partial: "partly restored", "restored to most homes".
PARTIAL = regex.compile(r"(?i)\b(?:partly|partially|largely|mostly|most|some|half|many|parts|much|gradually|"
                        r"being|beginning|begun|began|starting)\b")


def utility_keys(text: str, start: int, end: int) -> list[str]:
    """``event:restore|utility-<supply>`` for a claim that says a supply is back in full ("power was restored") or
    still lacking ("were still without electricity"); empty for a partial restoration."""
    found = []
    for pattern in (RESTORED, STILL_WITHOUT):
        m = pattern.search(text, start, end)
        if m is None or (pattern is RESTORED and PARTIAL.search(text, start, end)):
            continue
        key = f"event:restore|utility-{UTILITIES[m.group('utility').lower()]}"
        if key not in found:
            found.append(key)
    return found


#: The infinitive of a headline's announcement: "Firm to close plant", "Line to be shut".
_TO_BEFORE = regex.compile(r"(?i)\bto\s{1,3}(?:be\s{1,3})?$")


def announced_predicates(title: str) -> dict[str, tuple[int, int]]:
    """The predicates of :data:`claimkit.lexicon.CONTRARIES` a headline announces in the infinitive ("Firm to close
    plant"), by lemma, with where they stand."""
    return {lemma: at for lemma, at in predicates(title).items()
            if _TO_BEFORE.search(title, max(0, at[0] - 10), at[0]) is not None}


def headline_verbs(title: str) -> dict[str, tuple[int, int]]:
    """What a headline states as fact: the predicates of :data:`claimkit.lexicon.CONTRARIES` it states, and any
    other inflected word after its first that reads as a verb ("recalls", "approved"), by stem."""
    found = stated_predicates(title)
    words = list(_LEMMA_WORD.finditer(title))
    capitals = sum(1 for m in words if m.group(0)[:1].isupper())
    title_case = len(words) >= 3 and capitals >= 0.7 * len(words)
    taken = {verb_stem(lemma) for lemma in found}
    for m in words[1:]:
        word = m.group(0)
        low = word.lower()
        if len(low) < 4 or low in _TOPIC_STOP or low in _FUNCTION_CAPITALS or low in TIME_NAMES or noun_class(low):
            continue
        if word[:1].isupper() and not title_case:
            continue  # a name
        if not (low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))):
            continue
        if _MODAL_BEFORE.search(title, max(0, m.start() - 30), m.start()):
            continue
        stem = verb_stem(low)
        if stem in _NOT_EVENTS or stem in taken or len(stem) < 3:
            continue
        found[stem] = (m.start(), m.end())
        taken.add(stem)
    return found


def uses(text: str, lemma: str) -> int | None:
    """Where ``text`` first uses the predicate ``lemma`` (a lemma of the table or a stem), or None."""
    if lemma in CONTRARIES:
        return predicates(text).get(lemma, (None, None))[0]
    for m in _LEMMA_WORD.finditer(text):
        if verb_stem(m.group(0)) == lemma:
            return m.start()
    return None


def expected_at(text: str, start: int) -> bool:
    """An expectation marker stands just before ``start`` ("will reopen", "is expected to resume")."""
    return _MODAL_BEFORE.search(text, max(0, start - 30), start) is not None


def negated_at(text: str, start: int) -> bool:
    """A negation stands just before ``start`` ("will not reopen", "hasn't signed")."""
    return _NEGATION_NEAR.search(text, max(0, start - 30), start) is not None


def contrary(text: str, lemma: str) -> str | None:
    """The first phrase of ``text`` that says the opposite of the predicate ``lemma`` ("stay closed" for
    "reopen"), or None."""
    pattern = _CONTRARY_PATTERNS.get(lemma)
    m = pattern.search(text) if pattern is not None else None
    return m.group(0) if m else None


def topic_words(text: str, skip: Iterable[str] = ()) -> frozenset[str]:
    """The content words of a short text, lower case and singular, without function words and ``skip`` lemmas:
    what a headline and a sentence of its body must share to speak of the same thing."""
    skipped = set(skip)
    found = set()
    for m in _LEMMA_WORD.finditer(text):
        word = m.group(0).lower().strip("'’-")
        if len(word) < 3 or word in _TOPIC_STOP or word in _FUNCTION_CAPITALS or word in TIME_NAMES:
            continue
        lemma = verb_lemma(word)
        if lemma in skipped or f"{lemma}e" in skipped:
            continue
        found.add(word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word)
    return frozenset(found)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "that",
                          "some", "any", "two", "three", "several", "many", "all"})
#: Words that cannot end or stand inside the noun phrase after a predicate.
_HEAD_STOP = _NP_STOP | _DETERMINERS | {"not", "never", "will", "would", "could", "should", "can", "may", "might",
                                        "did", "does", "do", "than", "so", "if", "because", "while", "until",
                                        "also", "still", "yet", "just", "only", "even", "very", "more", "most",
                                        "over", "about", "up", "down", "out", "off", "he", "she", "it", "they",
                                        "we", "you", "him", "them", "us", "me", "i", "what", "whether", "when",
                                        "where", "how", "why", "whose", "whom", "is", "am", "said", "says",
                                        "next", "last", "early", "late", "later", "earlier", "ago", "today",
                                        "tomorrow", "yesterday", "tonight"}
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "does", "do",
                          "to", "not", "never", "could", "should", "can", "may", "might", "be", "been"})
#: Verbs that report, judge or link rather than say what happened: no event of their own.
_NOT_EVENTS = frozenset({"say", "said", "tell", "told", "report", "claim", "deny", "denied", "confirm", "state",
                         "announce", "add", "note", "insist", "argue", "believe", "think", "know", "expect",
                         "hope", "want", "need", "see", "seen", "get", "got", "make", "made", "take", "taken",
                         "give", "given", "put", "use", "used", "keep", "kept", "call", "called", "ask", "asked",
                         "include", "involv", "receiv", "mention", "describ", "accus", "criticiz", "criticis",
                         "prais", "blam", "reject", "dismiss", "question", "answer", "suggest", "show", "shown",
                         "mean", "meant", "seem", "seemed", "appear", "like", "lik", "lov", "hat", "follow",
                         "reach", "face", "remain", "stay", "become", "becom", "let", "help", "try", "tri",
                         "start", "continu", "begin", "began", "begun", "plan", "decid", "agre"})
_GENERIC_VERB = regex.compile(r"\b([\p{Ll}][\p{Ll}\-]{2,24})\s{1,3}(?:the|a|an|its|their|his|her|our|this)\s{1,3}")


def verb_stem(word: str) -> str:
    """A lemma without its final "e", so that "approved", "approves" and "approving" all give "approv"."""
    lemma = verb_lemma(word)
    return lemma[:-1] if lemma.endswith("e") and len(lemma) > 3 else lemma


def head_after(text: str, start: int, end: int, names: frozenset[str] | None = None) -> Entity | None:
    """The head noun of the noun phrase that starts at ``start`` ("the village school" -> school): the object of a
    predicate, whatever the noun. Its class is its synonym class, else the noun itself, singular; capitalised words
    in the phrase are its name modifiers."""
    words = _words(text, start, min(end, start + 90))
    phrase: list[tuple[str, int, int]] = []
    previous = start
    for i, (word, s, e) in enumerate(words):
        if _PUNCTUATION.search(text, previous, s) or (i == 0 and s - start > 3):
            break
        low = word.lower()
        if i == 0 and low in _DETERMINERS:
            previous = e
            continue
        if low in _HEAD_STOP or not word[:1].isalpha() or low in TIME_NAMES or len(phrase) >= 4:
            break
        phrase.append((word, s, e))
        previous = e
    while phrase and (phrase[-1][0][:1].isupper() or phrase[-1][0].lower().endswith("ly")):
        phrase.pop()  # "the school Monday", a name or an adverb is no head
    if not phrase or len(phrase[-1][0]) < 3:
        return None
    word, s, e = phrase[-1]
    cls = noun_class(word) or singular_noun(word)
    mods = [w for w, _, _ in phrase[:-1] if w[:1].isupper() and (names is None or name_stem(w) in names)]
    return Entity(cls, word, mods, s, e)


def singular_noun(word: str) -> str:
    """A crude singular of a noun ("schools" -> "school", "families" -> "family")."""
    w = word.lower()
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    return w[:-1]


def generic_predicate(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The first predicate of ``text[start:end]`` that claimkit has no event class for, as (stem, start, end): a
    past form ("approved the budget") or a verb after an auxiliary or "to" ("will approve the budget", "denied
    approving the budget" takes "approving"), directly followed by a determiner and its object."""
    for m in _GENERIC_VERB.finditer(text, start, end):
        word = m.group(1)
        low = word.lower()
        before = text[max(start, m.start() - 14):m.start()].lower().split()
        verbal = low.endswith(("ed", "ing")) or (before and before[-1] in _AUXILIARIES)
        if not verbal or low in _AUXILIARIES or low in _HEAD_STOP:
            continue
        stem = verb_stem(low)
        if stem in _NOT_EVENTS or low in _NOT_EVENTS or len(stem) < 3:
            continue
        return stem, m.start(1), m.end(1)
    return None


_STATE_PATTERNS: dict[str, regex.Pattern[str]] = {
    event: _phrases_pattern(p) for event, p in STATE_CONTRARIES.items()
}
_LINKING = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "still", "stays", "stay",
                      "stayed", "has", "have", "had", "been", "appeared", "appears", "seemed", "seems", "and",
                      "both", "largely", "completely", "entirely", "fully", "mostly"})


def contrary_state(text: str, start: int, end: int) -> tuple[str, Entity] | None:
    """A state that denies an event of its subject ("The school is standing and undamaged" -> ("destroy",
    school)): the event class and the subject's head noun, or None."""
    found = contrary_state_at(text, start, end)
    return None if found is None else (found[0], found[1])


def contrary_state_at(text: str, start: int, end: int) -> tuple[str, Entity, int, int] | None:
    """:func:`contrary_state` with where the state's words stand: (event, subject, start, end)."""
    for event, pattern in _STATE_PATTERNS.items():
        m = pattern.search(text, start, end)
        if m is None:
            continue
        words = _words(text, start, m.start())
        while words and (words[-1][0].lower() in _LINKING or words[-1][0].lower() in _HEAD_STOP):
            words.pop()
        # "The fire at the Orvik plant in Dalen was still burning": the head before a phrase of place
        link = next((k for k, w in enumerate(words) if 0 < k <= 3 and w[0].lower() in PLACE_LINKS), None)
        if link is not None:
            words = words[:link]
        if not words or len(words) > 6:
            continue
        word, s, e = words[-1]
        if not word[:1].isalpha() or len(word) < 3 or (word[:1].isupper() and s > start):
            continue
        return event, Entity(noun_class(word) or singular_noun(word), word, (), s, e), m.start(), m.end()
    return None


def title_names(title: str, body: str, body_names: frozenset[str] | None = None) -> frozenset[str]:
    """Stems of the names a headline uses: what ties its story to other articles ("Dalby" in "Dalby warehouse
    reopens"). A capitalised headline word is a name unless it is a function word, a time word, or the body writes
    it in lower case ("Warehouse fire in ..." over a body about "the warehouse"); a headline in title case keeps only
    the words the body also capitalises."""
    words = [m.group(0) for m in WORD.finditer(title) if m.group(0)[:1].isalpha()]
    if not words:
        return frozenset()
    capitals = [w for w in words if w[:1].isupper()]
    title_case = len(capitals) >= 0.7 * len(words) and len(words) >= 3
    if title_case and body_names is None:
        body_names = proper_words(body)
    found = set()
    for word in capitals:
        low = word.lower()
        if low in _FUNCTION_CAPITALS or low in TIME_NAMES or len(low) < 3 or noun_class(low):
            continue
        stem = name_stem(word)
        if title_case:
            if body_names is not None and stem in body_names:
                found.add(stem)
            continue
        if regex.search(rf"(?<![\p{{L}}])(?-i:{regex.escape(low)})(?![\p{{L}}])", body) is not None:
            continue  # the body writes it in lower case: a common word that opened the headline
        found.add(stem)
    return frozenset(found)


def _modifiers_before(words: list[tuple[str, int, int]], index: int, names: frozenset[str] | None) -> list[str]:
    """Capitalised words right before ``words[index]`` (at most three): "Veloran" in "Veloran soldiers"."""
    mods: list[str] = []
    j = index - 1
    while j >= 0 and len(mods) < 3:
        word = words[j][0]
        if not _is_capital(word) or word.lower() in _FUNCTION_CAPITALS or word.lower() in NUMBER_WORDS or \
                noun_class(word):
            break
        if names is not None and name_stem(word) not in names:
            break
        mods.append(word)
        j -= 1
    return list(reversed(mods))


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in WORD.finditer(text, start, end)]


def _entity_at(words: list[tuple[str, int, int]], i: int, names: frozenset[str] | None,
               text: str = "") -> Entity | None:
    word, s, e = words[i]
    if noun_class(word) == "leader" or (i + 1 < len(words) and noun_class(f"{word} {words[i + 1][0]}") == "leader"):
        # "Defense Minister Ola Keller": a title, whatever its capital; its qualifiers are not names to group on
        pair = f"{word} {words[i + 1][0]}" if i + 1 < len(words) else ""
        if noun_class(pair) == "leader":
            return Entity("leader", pair, (), s, words[i + 1][2])
        return Entity("leader", word, (), s, e)
    if names is None and text and word[:1].isupper() and s > 0:
        # a capitalised noun inside a body sentence is a name ("the House", "the Mall"), not a counted thing
        before = text[max(0, s - 4):s].rstrip(" “\"‘(")
        if before and before[-1] not in ".!?:\n":
            return None
    if i + 1 < len(words):
        pair = f"{word} {words[i + 1][0]}".lower()
        if pair in _NOUN_FORMS:
            return Entity(_NOUN_FORMS[pair], f"{word} {words[i + 1][0]}", _modifiers_before(words, i, names), s,
                          words[i + 1][2])
    cls = noun_class(word)
    if cls is None:
        return None
    return Entity(cls, word, _modifiers_before(words, i, names), s, e)


def entity_before(text: str, start: int, end: int, names: frozenset[str] | None = None) -> Entity | None:
    """The last counted-noun entity in ``text[start:end]`` (the subject before a predicate); when a phrase of place
    or direction ties it to a noun just before ("the road to the town", "the bridge near the mill"), that noun is
    the subject's head."""
    words = _words(text, start, end)
    for i in range(len(words) - 1, -1, -1):
        entity = _entity_at(words, i, names, text)
        if entity is not None:
            head = _head_before_place(words, i, names, text)
            return head if head is not None else entity
    return None


def _head_before_place(words: list[tuple[str, int, int]], i: int, names: frozenset[str] | None,
                       text: str) -> Entity | None:
    """The entity whose phrase of place holds the entity at ``i`` ("road" for "town" in "the road to the town"), or
    None: a link word at most three words before ``i`` (the link, a determiner and a modifier) with an entity right
    before it."""
    for link in range(i - 1, max(0, i - 4), -1):
        if words[link][0].lower() in PLACE_LINKS:
            return _entity_at(words, link - 1, names, text) if link > 0 else None
    return None


def entity_after(text: str, start: int, end: int, names: frozenset[str] | None = None) -> Entity | None:
    """The first counted-noun entity in ``text[start:end]``."""
    words = _words(text, start, end)
    for i in range(len(words)):
        entity = _entity_at(words, i, names, text)
        if entity is not None:
            return entity
    return None


def counted_entity(
    text: str, count_start: int, count_end: int, clause_start: int, unit: str | None,
    modifiers: Iterable[str] = (), names: frozenset[str] | None = None,
) -> Entity | None:
    """What a count counts: the noun after the number ("1,200 Veloran troops"), the noun a "number of ... at N"
    frame names, or the extractor's unit when it is a known noun.

    Args:
        text: the field text.
        count_start, count_end: the count mention's span.
        clause_start: where the count's clause starts (the look-back limit).
        unit: the extractor's counted noun, or None.
        modifiers: the extractor's modifiers.
        names: stems of the document's proper words (for headlines in title case), or None.
    """
    extra = [m for m in modifiers if _is_capital(m)]
    # the noun inside or right after the count's own span ("1,200 Veloran troops", "“fewer than 300” Veloran
    # personnel"): at most five words, stopping at a verb-like or function word
    words = _words(text, count_start, min(len(text), count_end + 80))
    plain = 0
    previous_end = count_end
    for i, (word, s, e) in enumerate(words[:7]):
        if s >= count_end and (word.lower() in _NP_STOP or _PUNCTUATION.search(text, previous_end, s)):
            break  # the noun phrase ends at a function word or a punctuation mark
        entity = _entity_at(words, i, names, text)
        if entity is not None:
            entity.modifiers = tuple(dict.fromkeys([*extra, *entity.modifiers]))
            return entity
        if s >= count_end:
            previous_end = e
            if not word[:1].isupper():
                plain += 1
                if plain >= 2:
                    break  # "four villages, residents": past the head noun
    if unit and noun_class(unit):
        return Entity(noun_class(unit) or unit, unit, extra, count_start, count_end)
    # "the number of Veloran soldiers in Terrin at 650", "the death toll rose to 14"
    window_start = max(clause_start, count_start - 160)
    for m in reversed(list(_NUMBER_OF.finditer(text, window_start, count_start))):
        entity = entity_after(text, m.start(1), min(count_start, m.start(1) + 60), names)
        if entity is None:
            entity = _phrase_head(text, m.start(1), min(count_start, m.start(1) + 60))
        if entity is not None:
            return entity
    if not unit and _DEATH_TOLL.search(text, window_start, count_start):
        # (a count with a noun of its own, "the toll raises 20 million crowns", "2,500 drivers", counts that noun)
        return Entity("people", "dead", extra, count_start, count_end)
    return None


def _phrase_head(text: str, start: int, end: int) -> Entity | None:
    """The head of the noun phrase at ``start`` for a noun without a class ("vaccinated lambs" in "the figure for
    vaccinated lambs was 120"): its last word before a function word, a verb of being or a punctuation mark."""
    phrase: list[tuple[str, int, int]] = []
    previous = start
    for word, s, e in _words(text, start, end):
        low = word.lower()
        if _PUNCTUATION.search(text, previous, s) or low in _NP_STOP or low in {"stood", "stands", "reached",
                                                                                 "came", "put", "rose", "fell"}:
            break
        if not word[:1].isalpha() or len(phrase) >= 4:
            return None
        phrase.append((word, s, e))
        previous = e
    if not phrase or len(phrase[-1][0]) < 3 or phrase[-1][0][:1].isupper():
        return None
    word, s, e = phrase[-1]
    return Entity(noun_class(word) or singular_noun(word), word, (), s, e)


def place_after(text: str, start: int, end: int) -> str | None:
    """A place named by "in/near/at <Name>" in ``text[start:end]``, or None."""
    for m in _PLACE.finditer(text, start, end):
        place = " ".join(m.group(1).split())
        if place.split()[0].lower() not in TIME_NAMES:
            return place
    return None


def owner_before(text: str, clause_start: int, count_start: int, names: frozenset[str]) -> str | None:
    """The proper-noun subject of the clause when the count is its object: "Marvia keeps some 12,000 troops"."""
    words = _words(text, clause_start, count_start)
    if not words or len(words) > 6:
        return None
    first = words[0][0]
    # a capitalised word that is not a name only splits groups further, which is the safe direction
    if not _is_capital(first) or first.lower() in _FUNCTION_CAPITALS or noun_class(first):
        return None
    # a speech verb or "that" between owner and count means the count belongs to the reported clause
    if any(w.lower() in {"said", "says", "told", "that", "estimated", "reported", "according"} for w, _, _ in words):
        return None
    return first


def event_for(entity: Entity | None, events: list[EventHit]) -> str | None:
    """The event a count or claim speaks of: the predicate found, else the noun's default event."""
    if events:
        return events[0].cls
    if entity is None:
        return None
    return NOUN_DEFAULT_EVENT.get(entity.noun.lower()) or NOUN_DEFAULT_EVENT.get(entity.cls)


