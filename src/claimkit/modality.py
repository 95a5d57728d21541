"""How sure a source is of what it says: asserted, hedged, expected, denied or other.

Factuality is per source: the content of "X said the troops have fought" is asserted *by X*; the cue that
introduces it ("claimed", "denied", "predicted") and the words inside it ("may", "expected to", "baseless") decide
its modality. Negation that bounds a number ("never more than 500") is part of the number, not a denial.
"""

from __future__ import annotations

import regex

from .lexicon import (
    BOUND_AFTER_NEGATION,
    CONDITIONALS,
    DENIALS,
    EXPECTATIONS,
    HEDGES,
    NEGATIONS,
    NONCOMMITTAL,
    NUMBER_WORDS,
    QUESTION_WORDS,
)
from .subjects import headline_verbs

__all__ = ["CUE_MODALITY", "Reading", "read_modality"]

#: What a quote's cue class says about its content's modality.
CUE_MODALITY: dict[str, str] = {"hedging": "hedged", "denial": "denied", "prediction": "expected"}


def _alternation(words: tuple[str, ...]) -> str:
    # longest first so "may have" wins over "may"; spaces match any short run of whitespace
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)


# "May 2" is a date, not a hedge; so is a capitalised "May" inside a sentence ("expected to sign in May")
_HEDGE = regex.compile(rf"(?<![\w'’])(?!(?<=[\p{{L}}\d,;:]\s{{1,3}})(?-i:May\b))(?:{_alternation(HEDGES)})"
                       rf"(?![\w'’])(?!\s{{0,3}}\d)", regex.IGNORECASE)
_EXPECT = regex.compile(rf"(?<![\w'’])(?:{_alternation(EXPECTATIONS)})(?![\w'’])", regex.IGNORECASE)
_DENIAL = regex.compile(rf"(?<![\w'’])(?:{_alternation(DENIALS)})(?![\w'’])", regex.IGNORECASE)
_NONCOMMITTAL = regex.compile(rf"(?<![\w'’])(?:{_alternation(NONCOMMITTAL)})(?![\w'’])", regex.IGNORECASE)
_NEGATION_WORDS = _alternation(tuple(n for n in NEGATIONS if n != "n't"))
_NEGATION = regex.compile(
    rf"(?:(?<![\w'’])(?:{_NEGATION_WORDS})(?![\w'’])|n[’']t\b)"
    rf"(?!\s{{1,3}}(?:(?:\w{{1,15}}\s{{1,3}}){{0,2}})(?:{_alternation(BOUND_AFTER_NEGATION)})\b)"
    r"(?!\s{1,3}(?:only|just|longer|doubt)\b)",
    regex.IGNORECASE,
)
_CONDITION = regex.compile(rf"^\W{{0,3}}(?:{_alternation(CONDITIONALS)})\b", regex.IGNORECASE)
_QUESTION_START = regex.compile(rf"^\W{{0,3}}(?:{_alternation(QUESTION_WORDS)})\b", regex.IGNORECASE)
# A bare "may"/"might"/"could" in a past report ("could not", "may be") is still a hedge; "will" after "if" is not.
_PAST_PERFECT = regex.compile(r"\b(?:had|has|have)\s{1,3}(?:already\s{1,3})?\w{2,20}(?:ed|en|ght|wn|ne)\b",
                              regex.IGNORECASE)


#: Markers that a completed action in the claim outweighs: "would" in reported past, and the attributive adjectives
#: that only describe a thing the claim speaks of.
_PAST_SAFE = frozenset({"would", "planned", "proposed", "upcoming", "pending"})
# "lies" and "lie" as a verb of place ("the well lies upstream of the mill") deny nothing
_LIE_VERB = regex.compile(r"\s{1,3}(?:in|on|at|upstream|downstream|ahead|behind|beneath|under|below|above|near|"
                          r"between|within|outside|inside|along|across|north|south|east|west|just|some|somewhere|"
                          r"only|dormant|idle|empty|low|flat|beyond|off|next|close|far|among|beside|to)\b",
                          regex.IGNORECASE)


# a count that is the subject of the negated verb: "at least 300 votes were | never counted"
_COUNTED_SUBJECT = regex.compile(
    r"(?<![\w,.])(?<!\b(?:in|on|at|by|since|until|from|of|to|between|and)\s{1,3})(?!(?:19|20)\d\d\b)"
    rf"(?:\d[\d,.]*|{_alternation(tuple(w for w in NUMBER_WORDS if ' ' not in w))})"
    r"(?:\s{1,3}(?!(?:and|or|but|that|which|who|does|did|do|then)\b)[\p{L}\-’']{1,25}){1,4}?\s{1,3}"
    r"(?:(?:were|was|are|is|have|has|had|remain|remained|remains|stayed|still)\s{1,3}){0,2}$",
    regex.IGNORECASE)
# nobody acted on the speaker: "Nobody told us", "No one ever told me"
_GRIEVANCE = regex.compile(r"(?:nobody|no\s{1,3}one|no-one)\s{1,3}(?:[\p{L}’']{1,20}\s{1,3}){0,3}?(?:us|me)\b",
                           regex.IGNORECASE)


_SUBORDINATE = regex.compile(
    r"\b(?:that|who|whom|which|whose|if|whether|because|unless|although|though|when|while|until|why|how|than)"
    r"(?:\s{1,3}[\p{L}’'\-]{1,20}){0,4}\s{1,3}$",
    regex.IGNORECASE,
)
# a relative clause ("the rules, which will cost millions"): hedges and expectations there are not the claim's
_RELATIVE = regex.compile(r"\b(?:who|whom|which|whose)(?:\s{1,3}[\p{L}’'\-]{1,20}){0,4}\s{1,3}$", regex.IGNORECASE)
# (after a connective adverb the attribution left in: "said, however, that the dam ...")
_COMPLEMENTIZER = regex.compile(r"\W{0,3}(?:(?:however|though|moreover|meanwhile|instead|nevertheless|also|too)"
                                r"\W{1,3})?that\s{1,3}", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?][”\"’]?\s{1,5}[“\"‘]?\p{Lu}")
# a headline's future: "Bridge to be demolished", "Tram line to cost $480 million", "Workers to strike on Monday"
# (the infinitive stands where the verb would; after a verb that reports a decision it is that verb's object)
_HEADLINE_FUTURE = regex.compile(
    r"(?<![\w'’])(?!(?:refuses|refused|fails|failed|declines|declined|votes|voted|decides|decided|agrees|agreed)\s)"
    r"[\p{L}'’\-]{2,30}\s{1,3}to\s{1,3}(?:be\s{1,3})?(?-i:[a-z]{3,20})\b", regex.IGNORECASE)


#: A verb of calling off right before an attributive "planned", "proposed", "upcoming" or "pending" (checked
#: before the marker): "cancelled the planned march", "has called off her planned meeting"; not an infinitive
#: ("refused to cancel the planned march": the march is still planned).
_CALLED_OFF_BEFORE = regex.compile(
    r"(?i)(?<!\bto\s{1,3})\b(?:cancel(?:l?ed|s)?|call(?:ed|s)?\s{1,3}off|scrap(?:ped|s)?|postpone(?:d|s)?|put(?:s)?\s{1,3}off|"
    r"shelve(?:d|s)?|suspend(?:ed|s)?|abandon(?:ed|s)?|halt(?:ed|s)?|axe(?:d|s)?|drop(?:ped|s)?)\s{1,3}"
    r"(?:the|a|an|its|her|his|their|our|this|next\s{1,3}week's)\s{1,3}$")


#: An attributive marker in a prepositional phrase: "queueing for planned operations", "a list of proposed sites" - the
#: plan is of the noun it describes, not of what the claim reports.
_ATTRIBUTIVE = frozenset({"planned", "proposed", "upcoming", "pending"})
_IN_PHRASE_BEFORE = regex.compile(
    r"(?i)\b(?:for|of|about|against|over|from|with|into|on|at)\s{1,3}(?:(?:the|a|an|its|her|his|their|our)\s{1,3})?$")


#: "pending" as a preposition: "suspended pending an inquiry", "held pending trial" (until, not a plan).
_PENDING_PREPOSITION = regex.compile(r"(?i)\s{1,3}(?:a|an|the|his|her|its|their|further|trial|review|appeal)\b")


def _in_phrase(content: str, m: regex.Match[str]) -> bool:
    """The marker is an attributive adjective inside a prepositional phrase ("people queueing for planned
    operations"), or "pending" is itself a preposition ("suspended pending an inquiry")."""
    word = m.group(0).lower()
    if word == "pending" and _PENDING_PREPOSITION.match(content, m.end()) is not None:
        return True
    return word in _ATTRIBUTIVE and _IN_PHRASE_BEFORE.search(content, max(0, m.start() - 30), m.start()) is not None


def _main(pattern: regex.Pattern[str], content: str, inside: regex.Pattern[str] = _SUBORDINATE,
          after: regex.Pattern[str] | None = None, phrases: bool = False) -> regex.Match[str] | None:
    """The first match of ``pattern`` in the claim's first sentence that is not inside a subordinate clause ("the
    dam has not been breached" negates the claim; "someone that no one trusts" does not), nor right after a match
    of ``after``."""
    # a content that opens with its complementizer ("that the dam ...") is the main clause itself
    skip = _COMPLEMENTIZER.match(content)
    begin = skip.end() if skip else 0
    first = _SENTENCE_END.search(content, begin)
    limit = first.start() + 1 if first else len(content)
    for m in pattern.finditer(content, begin, limit):
        if inside.search(content, max(begin, m.start() - 80), m.start()) is None and (
                after is None or after.search(content, max(0, m.start() - 40), m.start()) is None) and \
                not (phrases and _in_phrase(content, m)):
            return m
    return None


def _main_negation(content: str) -> regex.Match[str] | None:
    return _main(_NEGATION, content)


def _negation_is_content(content: str, negation: regex.Match[str]) -> bool:
    """Whether a negation belongs to what the source asserts rather than saying that something is not so.

    A negated claim is a denial: the source says the event or state is not so ("the dam has not been breached",
    "none of the fuel reached the lake" from the owner of the tank, "no recount has been ordered"). Two negations
    are the content of an assertion instead: one that describes counted things ("at least 300 votes were never
    counted", "about 900 homes remain without heat": the claim is the count of such things), and one in which
    nobody acted on the speaker ("Nobody told us": the speaker states a grievance of their own, a fact they
    witnessed, not a rebuttal of someone's report).
    """
    at = negation.start()
    if _COUNTED_SUBJECT.search(content, max(0, at - 70), at) is not None:
        return True
    return _GRIEVANCE.match(content, at) is not None


class Reading:
    """The modality and polarity of one claim, with the words that decided them.

    Attributes:
        modality: asserted, hedged, expected, denied or other.
        polarity: positive or negative.
        evidence: the marker that decided the modality ("expected to", "baseless"), or None.
    """

    __slots__ = ("evidence", "modality", "polarity")

    def __init__(self, modality: str, polarity: str = "positive", evidence: str | None = None) -> None:
        self.modality = modality
        self.polarity = polarity
        self.evidence = evidence

    def __repr__(self) -> str:
        return f"Reading({self.modality!r}, {self.polarity!r}, {self.evidence!r})"


def read_modality(content: str, frame: str = "", cue_class: str | None = None, *, title: bool = False) -> Reading:
    """Decide the modality of a claim.

    Args:
        content: what the source says (the claim's clause or quote content).
        frame: the words around it that belong to the attribution ("said on Monday that", "It is very likely
            that"); searched for hedges and expectations, not for negation.
        cue_class: the quote cue's class (neutral, hedging, denial, prediction, confirmation), or None.
        title: the text is a headline (a trailing question mark makes it a question).

    Returns:
        The reading: modality, polarity and the deciding marker.
    """
    stripped = content.strip()
    if stripped.endswith("?") or (title and _QUESTION_START.match(stripped) and "?" in stripped):
        return Reading("other", evidence="?")
    if _CONDITION.match(stripped):
        return Reading("other", evidence="if")
    if m := _NONCOMMITTAL.search(content) or _NONCOMMITTAL.search(frame):
        return Reading("other", evidence=m.group(0))
    negation = _main_negation(content)
    if negation is not None and _negation_is_content(content, negation):
        negation = None
    polarity = "negative" if negation else "positive"
    if cue_class == "denial":
        return Reading("denied", "negative", "cue")
    if m := next((m for m in _DENIAL.finditer(content) if not (
            m.group(0).lower() in {"lie", "lies"} and _LIE_VERB.match(content, m.end()))), None):
        return Reading("denied", "negative", m.group(0))
    if negation:
        return Reading("denied", "negative", negation.group(0))
    if cue_class == "hedging":
        return Reading("hedged", polarity, "cue")
    for m in (_main(_HEDGE, content, _RELATIVE), _HEDGE.search(frame)):
        if m is not None:
            return Reading("hedged", polarity, m.group(0))
    if cue_class == "prediction":
        return Reading("expected", polarity, "cue")
    if title and (m := _HEADLINE_FUTURE.search(content)) and not any(
            at < m.end() - 3 for at, _ in headline_verbs(content).values()):
        # no verb stands before the infinitive ("Bridge reopens to traffic" states; "Bridge to reopen" expects)
        return Reading("expected", polarity, m.group(0))
    # "has called off her planned meeting": the calling off is done, the plan is its object (a later marker, as
    # in "dropped the proposed tax and will hold a vote", still counts)
    for text, m in ((content, _main(_EXPECT, content, _RELATIVE, _CALLED_OFF_BEFORE, True)),
                    (frame, next((m for m in _EXPECT.finditer(frame) if _CALLED_OFF_BEFORE.search(
                        frame, max(0, m.start() - 40), m.start()) is None), None))):
        if m is not None:
            # "would" after a completed action ("had fought ... would") still reports the past; keep it asserted
            if m.group(0).lower() in _PAST_SAFE and _PAST_PERFECT.search(text):
                # and an attributive "planned" names a thing ("the queue for planned repairs has shrunk")
                continue
            return Reading("expected", polarity, m.group(0))
    return Reading("asserted", polarity)
