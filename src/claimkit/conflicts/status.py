"""``status``: sources disagree on whether an event happened.

Two patterns, within one ``event:`` key:

* happened vs still expected: one source asserts the event happened (or is happening) while a source speaking
  later says it is still to come;
* denied vs asserted: one source denies what another asserts (unless the assertion dates the event after the
  denial was made).

Generic subjects ("the dam", no names) are only compared within one story or when the claims share a place or a
name, so that unrelated stories about dams do not collide.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence

import regex

from .. import lexicon
from ..grouping import parse_key
from ..hookspecs import hookimpl
from ..lexicon import CONTINUATIONS, DENIALS, EVENT_CLASSES, MILDER_FORMS, REPETITIONS, SPEECH_VERBS, TIME_NAMES
from ..predicates import MAY_NAME_BY_NOUN, Predication, event_stem, find_predications
from ..subjects import (
    PARTIAL,
    RESTORED,
    STILL_GOING,
    STILL_WITHOUT,
    expected_at,
    generic_predicate,
    name_stem,
    verb_stem,
)
from ..timeline import interval
from ..types import Claim, Conflict, TimeMention
from .explain import (
    components,
    days_apart,
    evidence,
    places_differ,
    said_interval,
    same_main_name,
    same_place,
    same_source,
    same_story,
    same_words,
    subject,
    when,
    who,
    window_pairs,
)
from .numeric import same_day

_CONTINUATIONS = frozenset(CONTINUATIONS)

#: Claims further apart than this speak of different moments.
MAX_DAYS = 31
#: Generic subjects of one story are compared when said at most this many days apart.
FEW_DAYS = 4


def _happened(claim: Claim) -> bool:
    return claim.modality == "asserted" and claim.polarity == "positive"


def _expected(claim: Claim) -> bool:
    # "will keep fighting" expects more of what may already be happening: no contradiction
    words = {w.strip(".,;:“”\"'’").lower() for w in claim.text.split()}
    return claim.modality == "expected" and claim.polarity == "positive" and not words & _CONTINUATIONS


def _denied(claim: Claim) -> bool:
    # the denial must bear on the event itself ("has not been breached"), not on any "not" in the claim; a state
    # that rules the event out ("the school is standing") asserts its negative
    return claim.modality in {"denied", "asserted"} and claim.polarity == "negative"


_DENIAL_WORD = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in DENIALS) + r")\b", regex.IGNORECASE)


def _denies(claim: Claim, stem: str) -> bool:
    """For a predicate without an event class, the denial bears on the predicate itself: it is negated ("had not
    signed"), or the claim is what a denial verb introduces ("denied that any agreement had been signed") or calls
    false ("..., calling them rumors"), not a sentence with some other "not" in it."""
    found = [p for p in _predications(claim) if _uses(p, stem)]
    if any(p.negated for p in found):
        return True
    if not found:
        return False
    # a denial verb that introduces the claim ("denied that ..."), not one found elsewhere in the sentence
    cue = claim.cue
    if cue is not None and SPEECH_VERBS.get(cue.text.lower()) == "denial" and cue.end <= claim.start and \
            claim.start - cue.end <= 60:
        return True
    return _DENIAL_WORD.search(claim.text) is not None


def _explicit(claim: Claim, event: str) -> bool:
    """The claim names the event with a predicate ("fought", "battle"), not only a noun that implies it."""
    return claim.event == event or (event not in EVENT_CLASSES and any(_uses(p, event) for p in _predications(claim)))


def _supports(claim: Claim, event: str) -> bool:
    """An assertion a denial can contradict: it names the event or gives a figure for it. A predicate without an
    event class must be stated, not wished or planned ("should release", "to implement")."""
    if event not in EVENT_CLASSES and not _stated(claim, event):
        return False
    return _happened(claim) and (_explicit(claim, event) or any(c.value or c.low for c in claim.counts))


def _stated(claim: Claim, stem: str) -> bool:
    """The claim uses the predicate ``stem`` without a modal or "to" before it."""
    found = generic_predicate(claim.text, 0, len(claim.text))
    if found is not None and found[0] == stem and not expected_at(claim.text, found[1]):
        return True
    return any(_uses(p, stem) and not p.modal and not p.negated for p in _predications(claim))


def _negates(claim: Claim, stem: str) -> bool:
    """The claim states that the predicate ``stem`` is not so ("had not signed"; "the strike is continuing" says it
    has not ended), whatever else the claim says."""
    return claim.modality in {"asserted", "denied"} and any(
        _uses(p, stem) and p.negated and not p.modal for p in _predications(claim))


def _reads(claim: Claim, stem: str) -> bool:
    """The claim states the predicate ``stem`` as done (read by :mod:`claimkit.predicates`); "is seeking" says it
    is going on, which a later "will seek" does not contradict."""
    return any(_uses(p, stem) and not p.modal and not p.negated and not p.progressive for p in _predications(claim))


def _predications(claim: Claim) -> tuple[Predication, ...]:
    return _read(claim.text, claim.field == "title")


@functools.lru_cache(maxsize=4096)
def _read(text: str, title: bool) -> tuple[Predication, ...]:
    # detectors look at a claim once per pair: read it once
    return tuple(find_predications(text, 0, len(text), title=title))


def _uses(found: Predication, stem: str) -> bool:
    """The predication is of ``stem``, a lemma ("approve") or a key's stem ("approv")."""
    return found.lemma == stem or verb_stem(found.lemma) == stem


#: "next" and "new" that date or name the one event rather than announce another: "next week", "the new budget".
_NOT_REPEATING = regex.compile(
    r"(?i)\bnext(?=\s{1,3}(?:week|weekend|month|year|day|days|few|spring|summer|autumn|fall|winter|session|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)|\b(?<=the\s{1,3})new\b")


def _expects(claim: Claim, stem: str) -> bool:
    """The claim expects the predicate ``stem`` for the first time: under a modal or "to" ("is expected to sign
    the agreement"), with no word saying it repeats or goes on ("another", "again", "continue"; not the "next" of
    "next week" nor the "new" of "the new budget", which date and name the one event)."""
    words = {w.strip(".,;:“”\"'’").lower() for w in _NOT_REPEATING.sub(" ", claim.text).split()}
    if words & REPETITIONS or words & _CONTINUATIONS:
        return False
    return any(_uses(p, stem) and p.modal and not p.negated for p in _predications(claim))


def _generic_happened_before_expected(a: Claim, b: Claim, stem: str) -> bool:
    """For a predicate without an event class: one claim states it ("signed the agreement"), the other, said later
    or the same day, still expects it ("is expected to sign the agreement")."""
    for happened, expected in ((a, b), (b, a)):
        if not (_happened(happened) and expected.modality == "expected" and expected.polarity == "positive"):
            continue
        if not (_reads(happened, stem) and _expects(expected, stem)):
            continue
        said_h, said_e = said_interval(happened), said_interval(expected)
        if said_h is not None and said_e is not None and said_e[1] >= said_h[0]:
            return True
    return False


_LETTERS = regex.compile(r"\p{L}+")


def _milder_only(asserted: Claim, denial: Claim, event: str) -> bool:
    """The assertion names only a milder form of the event than the one denied: "about 900 homes were damaged"
    against "the hospital was not destroyed" is no contradiction."""
    milder = MILDER_FORMS.get(event)
    if not milder:
        return False
    stronger = [w for w in EVENT_CLASSES.get(event, ()) if w not in milder]

    def has(text: str, forms: Sequence[str]) -> bool:
        words = " " + " ".join(_LETTERS.findall(text.lower())) + " "
        return any(f" {form} " in words for form in forms)

    return has(asserted.text, milder) and not has(asserted.text, stronger) and has(denial.text, stronger) and \
        not has(denial.text, milder)


def _event_times(claim: Claim, stem: str) -> list[TimeMention]:
    """The claim's times that date the event ``stem``: when the claim names several ("began on Monday, aiming to
    finish by December"), the one nearest to the event's own predicate."""
    times = [t for t in claim.times if t.field == claim.field]
    if len(times) <= 1:
        return list(claim.times)
    at = [p.start for p in _predications(claim) if _uses(p, stem)]
    if not at:
        return list(claim.times)
    return [min(times, key=lambda t: min(abs(t.start - claim.start - a) for a in at))]


def _event_after(asserted: Claim, denial: Claim, stem: str = "") -> bool:
    """The assertion dates the event after the denial was made: no contradiction."""
    said = said_interval(denial)
    if said is None:
        return False
    for time in _event_times(asserted, stem) if stem else asserted.times:
        span = interval(time.value, time.mod)
        if span is not None and span[0] > said[1]:
            return True
    return False


#: "since" right before a time: "has not been serviced since March" denies the event for the whole stretch.
_SINCE_BEFORE = regex.compile(r"(?i)\bsince\s{1,3}(?:(?:early|late|mid|the\s{1,3}(?:start|end)\s{1,3}of)"
                              r"[\s\-]{1,3})?$")


def _not_since(denial: Claim, stem: str) -> tuple[dt.date, dt.date] | None:
    """The stretch of days a negated perfect denies the predicate ``stem`` over ("had not been serviced since
    March": from March to the day the source spoke), or None when the claim says no such thing."""
    said = said_interval(denial)
    if said is None or not any(_uses(p, stem) and p.negated and not p.modal for p in _predications(denial)):
        return None
    for t in denial.times:
        at = t.start - denial.start
        if t.field != denial.field or at < 0 or _SINCE_BEFORE.search(denial.text, max(0, at - 30), at) is None:
            continue
        days = interval(t.value, t.mod)
        if days is not None and days[1] < said[0]:
            return days[1], said[0]
    return None


#: A subject opening the claim: "The spillway gates of the dam were ...", "The pumps had not been ...".
_SUBJECT = regex.compile(r"(?i)^\s{0,3}the\s{1,3}(?:[\p{L}\-']{2,25}\s{1,3}){0,3}?(\p{Ll}{3,25})\s{1,3}"
                         r"(?:at|of|in|on|near|inside|from|has|have|had|was|were|is|are)\b")


def _subject_head(text: str) -> str | None:
    """The head noun of the subject a claim opens with, in the singular, or None."""
    m = _SUBJECT.match(text)
    if m is None:
        return None
    word = m.group(1).lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: A passive's auxiliary and the optional adverb after it: "were ", "had not been ", "was only ".
_PASSIVE_AUX = regex.compile(r"(?i)\b(?:was|were|been|is|are)\s{1,3}")
_ADVERB = regex.compile(r"(?i)\p{L}{2,20}ly\s{1,3}")


def _passive(text: str, stem: str) -> bool:
    """The claim states ``stem`` in the passive ("were inspected", "had not been serviced"): its subject is the
    thing the event was done to, not who did it."""
    stem = stem.lower()
    for m in _PASSIVE_AUX.finditer(text):
        at = m.end()
        if text[at:at + len(stem)].lower() == stem:
            return True
        adverb = _ADVERB.match(text, at)
        if adverb is not None and text[adverb.end():adverb.end() + len(stem)].lower() == stem:
            return True
    return False


def _inside_denied_stretch(denial: Claim, asserted: Claim, stem: str) -> bool:
    """One source dates the event ``stem`` ("was inspected last week") inside the stretch another, speaking later
    or the same day, says it has not happened in ("has not been serviced since March")."""
    if denial.polarity != "negative" or not _happened(asserted) or not _reads(asserted, stem):
        return False
    stretch = _not_since(denial, stem)
    if stretch is None:
        return False
    heads = _subject_head(denial.text), _subject_head(asserted.text)
    if heads[0] and heads[1] and heads[0] != heads[1] and _passive(denial.text, stem) and \
            _passive(asserted.text, stem):
        return False  # "the pumps at the dam" and "the gates of the dam": two parts of one site
    dated = [d for t in _event_times(asserted, stem) if t.field == asserted.field
             and (d := interval(t.value, t.mod)) is not None]
    return bool(dated) and all(stretch[0] < d[0] and d[1] <= stretch[1] for d in dated)


#: A denial of a figure rather than of its event: "a figure of 300 deaths ... was false", "reports of 40 dead".
_FIGURE_DENIED = regex.compile(r"(?i)\b(?:figures?|numbers?|estimates?|counts?|toll|tally|reports?|claims?|rumou?rs?)"
                               r"\s{1,3}(?:of|that)\s{1,3}(?:(?:about|some|around|nearly|more\s{1,3}than|over)"
                               r"\s{1,3})?\d")


#: Words that make a process another one than the one stopped: "a second valve is still leaking".
_ANOTHER = regex.compile(r"(?i)\b(?:another|second|third|other|separate|different|new)\b")


#: The head noun of a "from/in/at/of the ..." phrase: where a process is ("from the tanker", "in the pipeline").
_SITE_NOUN = regex.compile(r"\b(?:from|in|at|of|inside)\s{1,3}the\s{1,3}(?:[\p{L}\-]{2,25}\s{1,3}){0,2}?"
                           r"(\p{Ll}{3,25})\b")


def _sites(text: str) -> set[str]:
    """The head nouns of the claim's "from/in/at/of the ..." phrases, time words left out."""
    return {m.group(1) for m in _SITE_NOUN.finditer(text) if m.group(1) not in TIME_NAMES}


def _still_going(claim: Claim, thing: str) -> bool:
    """The claim says the process ``thing`` (a stem: "leak") is still going on ("is still leaking")."""
    return any(event_stem(m.group(1)) == thing for m in STILL_GOING.finditer(claim.text))


def _goes_on(claim: Claim, event: str, thing: str, stopped: Claim) -> bool:
    """The claim says the process ``thing`` is still going on ("the valve is still leaking") on a day the other
    claim's stopping ("crews stopped the spill on Friday") had already happened: said the same day or later than the
    stopping, which is not dated after the day the claim was said."""
    if event != "stop" or claim.modality != "asserted" or claim.polarity != "positive":
        return False
    if not _still_going(claim, thing) or _ANOTHER.search(claim.text) is not None:
        return False  # "a second valve is still leaking": another process
    where, there = _sites(claim.text), _sites(stopped.text)
    if where and there and not where & there:
        return False  # "stopped in the pipeline", "still leaking from the tanker": two sources of it
    said, other = said_interval(claim), said_interval(stopped)
    if said is None or other is None or said[1] < other[0]:
        return False
    # "when crews arrived on Saturday, the tank was still leaking": going on on its own day, before the stopping
    return not _dated_before(claim, stopped, "stop")


def _dated_before(claim: Claim, other: Claim, stem: str) -> bool:
    """The claim dates what it says (a time of its own words) before the day ``other`` dates its event ``stem`` (or,
    undated, the day it was said)."""
    own = [d for t in claim.times if t.field == claim.field and 0 <= t.start - claim.start <= len(claim.text)
           and (d := interval(t.value, t.mod)) is not None]
    theirs = [d for t in _event_times(other, stem) if t.field == other.field
              and (d := interval(t.value, t.mod)) is not None]
    if not theirs and (said := said_interval(other)) is not None:
        theirs = [said]
    return bool(own) and bool(theirs) and all(d[1] < min(x[0] for x in theirs) for d in own)


def _happened_before_expected(a: Claim, b: Claim) -> bool:
    """One claim says it happened and the other, said later (or the same day), that it is still to come."""
    for happened, expected in ((a, b), (b, a)):
        if not (_happened(happened) and _expected(expected)):
            continue
        said_h, said_e = said_interval(happened), said_interval(expected)
        if said_h is None or said_e is None or said_e[1] >= said_h[0]:
            return True
    return False


def _rules_out(claim: Claim, stem: str) -> bool:
    """The claim says the predicate ``stem`` will not happen: negated under a modal ("will not reopen", "is not
    expected to sign"), as a statement, not a question or a wish."""
    return claim.modality in {"asserted", "denied", "expected"} and any(
        _uses(p, stem) and p.modal and p.negated for p in _predications(claim))


#: Words that restrict a denial to a time or a condition: "will not reopen until May" does not rule out May.
_RESTRICTING = regex.compile(r"(?i)\b(?:until|till|before|only|unless|except|so\s{1,3}long\s{1,3}as)\b")
_CLAUSE_END = regex.compile(r"[,;:.!?()“”\"]")
_COMPLEMENT = regex.compile(r"(?i)\b(?:to|on|in|at|for|with|by|from|into|after|this|next)\s{1,3}"
                            r"(?P<words>(?:[\p{L}\d][\p{L}\d\-']{0,25}\s{0,3}){1,4})")
_COMPLEMENT_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "any"})


def _clause(claim: Claim, stem: str, ruled_out: bool) -> tuple[int, int] | None:
    """Where the rest of the clause of the claim's predicate ``stem`` lies in its text (after the verb, up to the
    next punctuation), or None."""
    for p in _predications(claim):
        if _uses(p, stem) and (not ruled_out or (p.modal and p.negated)):
            stop = _CLAUSE_END.search(claim.text, p.end)
            return p.end, stop.start() if stop else len(claim.text)
    return None


def _clause_dates(claim: Claim, span: tuple[int, int]) -> list[tuple[dt.date, dt.date]]:
    """The days of the times written in the stretch ``span`` of the claim's text."""
    found = []
    for t in claim.times:
        if t.field == claim.field and span[0] <= t.start - claim.start < span[1]:
            days = interval(t.value, t.mod)
            if days is not None:
                found.append(days)
    return found


def _restricted(expects: Claim, rules_out: Claim, stem: str) -> bool:
    """The denial is of something narrower or other than what is expected: "will not reopen until May" (a
    restriction), "will not strike on Monday" against "will strike on Friday" (a complement the plan lacks), "will
    not sell the mill to a rival" against "will sell the mill", or the two clauses date the event differently."""
    r, x = _clause(rules_out, stem, True), _clause(expects, stem, False)
    if r is None:
        return False
    rest = rules_out.text[r[0]:r[1]]
    if _RESTRICTING.search(rest) or _RESTRICTING.search(rules_out.text[max(0, r[0] - 40):r[0]].split(",")[-1]):
        return True
    plan = {w.lower() for w in _LETTERS.findall(expects.text)}
    for m in _COMPLEMENT.finditer(rest):
        if any(w.lower() not in plan for w in _LETTERS.findall(m.group("words"))
               if w.lower() not in _COMPLEMENT_STOP):
            return True
    if x is not None:
        dates_r, dates_x = _clause_dates(rules_out, r), _clause_dates(expects, x)
        if dates_r and dates_x and all(dr[1] < dx[0] or dx[1] < dr[0]
                                       for dr in dates_r for dx in dates_x):
            return True
    return False


def _expected_but_ruled_out(a: Claim, b: Claim, stem: str) -> bool:
    """One source expects the event ("will reopen in April"), another, speaking the same day or later, says it will
    not happen ("will not reopen")."""
    for expects, rules_out in ((a, b), (b, a)):
        if not (expects.polarity == "positive" and expects.modality == "expected" and _expects(expects, stem)
                and _rules_out(rules_out, stem)) or _restricted(expects, rules_out, stem):
            continue
        said_x, said_r = said_interval(expects), said_interval(rules_out)
        if said_x is not None and said_r is not None and said_r[1] >= said_x[0]:
            return True
    return False


#: The words naming who decided, right before a verdict ("the district court upheld", "a panel of judges has").
_BODY_BEFORE = regex.compile(r"(?P<body>(?:[\p{L}\-]{1,25}\s{1,3}){0,2}[\p{L}\-]{1,25})\s{1,3}"
                             r"(?:(?:has|had|have|also|then|later|now|on\s{1,3}\p{L}{3,12})\s{1,3})*$")
_BODY_STOP = frozenset({"the", "a", "an", "that", "said", "says", "and", "but", "when", "which", "who"})


def _body(claim: Claim, found: Predication) -> str | None:
    """Who gave a verdict: the words before its verb ("the district court upheld" -> "district court"), or None."""
    if found.thing.start < found.start:
        return None  # "the levy was upheld", "Dunvar levy upheld": the words before the verb are the thing
    m = _BODY_BEFORE.search(claim.text, max(0, found.start - 50), found.start)
    if m is None:
        return None
    words = [w for w in m.group("body").lower().split() if w not in _BODY_STOP]
    return " ".join(words) or None


def _other_verdict(denial: Claim, asserted: Claim, stem: str) -> bool:
    """The denial is the opposite verdict ("upheld" against "struck down"), given by another body ("the supreme
    court" after "the district court") or at another time: a later ruling reverses an earlier one, it does not
    contradict it. Verdicts are compared only when given by one body (or unnamed on both sides) on one day."""
    antonym = lexicon.ANTONYM_PREDICATES.get(stem)
    if antonym is None:
        return False
    verdicts = [p for p in _predications(denial) if p.lemma == antonym and not p.negated]
    stated = [p for p in _predications(asserted) if _uses(p, stem) and not p.negated]
    if not verdicts or not stated:
        return False
    if _body(denial, verdicts[0]) != _body(asserted, stated[0]):
        return True
    return days_apart(denial, asserted) != 0 and not same_day(denial, asserted)


def _related(a: Claim, b: Claim, named: bool, group: Sequence[Claim], denial: bool = False) -> bool:
    # a source is not set against itself within an article, nor against a copy of the same day's statement; a
    # denial in another article may repeat the very words it denies ("denied reports that ...")
    if same_source(a, b) and (a.doc == b.doc or a.said_on == b.said_on):
        return False
    if same_words(a, b) and not (denial and a.doc != b.doc):
        return False
    apart = days_apart(a, b)
    if apart is not None and apart > MAX_DAYS:
        return False
    if places_differ(a, b):
        return False
    # a generic subject ("the dam", "the school") only meets itself at a named place, or in articles on one story
    # (sharing a headline name or the place they open with) a few days apart
    # a denial and an assertion also meet in two articles on one story a few days apart
    return named or same_place(a, b) or (denial and apart is not None and apart <= FEW_DAYS
                                         and (same_story(a, b, group) or _placed_in_story(a, b)))


def _placed_in_story(a: Claim, b: Claim) -> bool:
    """One claim places the event where the other's article is about or mostly speaks of ("the strike at Veltra
    had ended" against an article naming Veltra throughout): one story, though told without a shared headline."""
    def marks(claim: Claim, prefixes: tuple[str, ...]) -> set[str]:
        return {k.split(":", 1)[1] for k in claim.subjects if k.startswith(prefixes)}

    story = ("about:", "named:", "main:")
    if a.doc == b.doc:
        return False
    for placed, other in ((a, b), (b, a)):
        places = marks(placed, ("place:",)) & marks(other, story)
        if places and not _sited_elsewhere(other, places):
            return True
    return False


#: A site named after a preposition, with or without "the": "at the Kelm plant", "in Kelm".
_SITE = regex.compile(r"\b(?:at|in|near|outside|inside)\s{1,3}(?:the\s{1,3})?(\p{Lu}[\p{L}'’\-]{1,30})")


def _sited_elsewhere(claim: Claim, places: set[str]) -> bool:
    """The claim places its own event at a site other than ``places`` ("denied it had called off the walkout at
    the Kelm plant", in an article that names Veltra throughout)."""
    for m in _SITE.finditer(claim.text):
        word = m.group(1)
        if word.lower() not in TIME_NAMES and name_stem(word) not in places:
            return True
    return False


def _dated(asserted: Sequence[Claim], denials: Sequence[Claim]) -> str:
    """A sentence placing the asserted event before the denial, when the assertions date it."""
    said = [i for d in denials if (i := said_interval(d)) is not None]
    if not said:
        return ""
    latest_denial = max(i[1] for i in said)
    for claim in asserted:
        for time in claim.times:
            span = interval(time.value, time.mod)
            if span is not None and span[1] <= latest_denial:
                name = who(claim)
                return (f" {name[:1].upper()}{name[1:]} dates the event {time.text!r} ({time.value}), before the "
                        "denial was made, so both cannot be right.")
    return ""


def _describe(claims: Sequence[Claim], label: str) -> str:
    return "; ".join(f"{who(c)} {when(c)} ({label if label else c.modality}): {evidence(c)}" for c in claims)


def _nominal(claim: Claim, stem: str) -> bool:
    """The claim names the event ``stem`` by its noun under a support verb ("imposed rationing", "the vaccination
    campaign was postponed")."""
    return MAY_NAME_BY_NOUN.search(claim.text) is not None and any(
        p.nominal and _uses(p, stem) for p in _predications(claim))


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """Happened-vs-expected and denied-vs-asserted conflicts under an ``event:`` key."""
    family, _event, _cls, stems = parse_key(key)
    if family != "event":
        return []
    if _event == "agree" and _cls == "agreement":
        return []  # "reached a deal", "struck an accord": nothing says what on, so two are not known to be one
    if _event == "restore" and _cls.startswith("utility-"):
        return _supply_conflicts(key, claims)
    named = bool(stems)
    itself = _cls == _event and not named
    # dated inside a stretch another source says it has not happened in: compared whatever names the thing, since
    # both the date and the stretch must fit
    stretched = _stretch_conflicts(key, claims, _event, named)
    if itself:
        # the event itself, with no thing ("a recall", "rationing"): only where one of the two claims names the
        # event by its noun ("ordered a recall") - two verbs alone ("hired", "will hire") say too little of what
        # was done to be one event (the pairs must still be on one story, see _related)
        if not any(_nominal(c, _event) for c in claims):
            return stretched
    # "will assert his right again" after "asserted his right": for a predicate without an event class, whether
    # an expectation repeats or contradicts a report is beyond these rules; denials are not
    known = _event in EVENT_CLASSES
    found: list[Conflict] = []
    edges = []
    for i, j in window_pairs(claims):
        a, b = claims[i], claims[j]
        if itself and not (_nominal(a, _event) or _nominal(b, _event)):
            continue
        if known and _explicit(a, _event) and _explicit(b, _event) and _happened_before_expected(a, b) \
                and _related(a, b, named, claims, True):
            edges.append((i, j))
        elif not known and _generic_happened_before_expected(a, b, _event) and _related(a, b, named, claims, True):
            # a one-off act of one story ("ordered a recount", "signed the agreement") reported as done and, by
            # another source on the story, as still to come
            edges.append((i, j))
    def happened_then_expected(members: list[Claim]) -> str:
        happened = [c for c in members if _happened(c)]
        expected = [c for c in members if _expected(c) or c.modality == "expected"]
        return (f"Did it already happen? On {subject(key, claims)}, " + _describe(happened, "happened") + "; but later "
                + _describe(expected, "still expected") + ". A later source treating the event as still to come "
                "contradicts the earlier report that it had taken place.")

    found.extend(_status_conflicts(key, claims, edges, happened_then_expected))
    edges = []
    for i, j in window_pairs(claims):
        a, b = claims[i], claims[j]
        if itself and not (_nominal(a, _event) or _nominal(b, _event)):
            continue
        for d, h in ((a, b), (b, a)):
            going = _goes_on(d, _event, _cls, h)
            if (going or ((_denied(d) or (not known and _negates(d, _event))) and (known or _denies(d, _event)))) and \
                    _supports(h, _event) and _not_since(d, _event) is None and \
                    _related(d, h, named, claims, True) and not _event_after(h, d, _event) and \
                    not _milder_only(h, d, _event) and not _other_verdict(d, h, _event) and \
                    _FIGURE_DENIED.search(d.text) is None:
                # (not "a figure of 300 deaths was false": a figure rejected, not the event denied)
                edges.append((i, j))
                break
    ruled_out = []
    for i, j in window_pairs(claims):
        a, b = claims[i], claims[j]
        if itself and not (_nominal(a, _event) or _nominal(b, _event)):
            continue
        apart = days_apart(a, b)
        # what a source says will or will not happen is its plan or its forecast: two of them meet only on one
        # subject, dated and within the month
        if not same_source(a, b) and apart is not None and apart <= MAX_DAYS and same_main_name(a, b) and \
                _expected_but_ruled_out(a, b, _event) and _related(a, b, named, claims, True):
            ruled_out.append((i, j))
    def expected_and_ruled_out(members: list[Claim]) -> str:
        expecting = [c for c in members if not _rules_out(c, _event)]
        against = [c for c in members if _rules_out(c, _event)]
        return (f"Will it happen? On {subject(key, claims)}, " + _describe(expecting, "expects it") + "; but "
                + _describe(against, "says it will not happen") + ". Both cannot be right.")

    def denied_and_asserted(members: list[Claim]) -> str:
        denials = [c for c in members if _denied(c) or (not known and _negates(c, _event))
                   or (_event == "stop" and _still_going(c, _cls))]
        asserted = [c for c in members if _supports(c, _event) and c not in denials]
        return (f"Denied and asserted: on {subject(key, claims)}, " + _describe(denials, "denies") + "; while "
                + _describe(asserted, "asserts") + "." + _dated(asserted, denials))

    found.extend(_status_conflicts(key, claims, ruled_out, expected_and_ruled_out))
    covered = {i for c in stretched for i in c.claims}
    found.extend(c for c in _status_conflicts(key, claims, edges, denied_and_asserted)
                 if not set(c.claims) <= covered)
    return found + stretched


def _supply_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """A supply said to be back in full ("power was fully restored on Friday") against a source that,
    speaking the same day or later, says it is still lacking ("some streets were still without power on Saturday"): two
    sources on one story (or one article), the restoration not dated after the day the lack is reported."""
    edges = []
    for i, j in window_pairs(claims):
        a, b = claims[i], claims[j]
        for back, lacking in ((a, b), (b, a)):
            if RESTORED.search(back.text) is None or PARTIAL.search(back.text) or back.counts or \
                    STILL_WITHOUT.search(lacking.text) is None or not _happened(back) or \
                    lacking.modality not in {"asserted", "denied"}:
                continue
            if same_source(back, lacking) or places_differ(back, lacking) or _event_after(back, lacking):
                continue
            if _restored_to_part(back) or _NEW_CUT.search(lacking.text) or _dated_before(lacking, back, "restor") \
                    or _other_part(back, lacking):
                continue
            said_back, said_lacking = said_interval(back), said_interval(lacking)
            if said_back is None or said_lacking is None or said_lacking[1] < said_back[0]:
                continue
            apart = days_apart(back, lacking)
            if back.doc == lacking.doc or (apart is not None and apart <= FEW_DAYS
                                           and same_story(back, lacking, claims)):
                edges.append((i, j))
                break

    def explain(members: list[Claim]) -> str:
        back = [c for c in members if RESTORED.search(c.text)]
        lacking = [c for c in members if c not in back]
        supply = key.rsplit("utility-", 1)[-1]
        return (f"Is the {supply} supply back? " + _describe(back, "says it is restored") + "; but "
                + _describe(lacking, "says it is still lacking") + ". Both cannot be right.")

    return _status_conflicts(key, claims, edges, explain)


#: "restored to" a building or a part ("restored to the hospital", "to Kelm's old town"), not to all of a place.
_RESTORED_TO = regex.compile(r"\b[Rr]estored\s{1,3}to\s{1,3}(?!(?i:all|every|each|the\s{1,3}(?:whole|entire))\b)"
                             r"(?!\p{Lu}[\p{L}\-]{1,30}(?:\s{1,3}\p{Lu}[\p{L}\-]{1,30})?\s{0,3}(?:[,.;]|$|\s"
                             r"(?!\s{0,2}['’]s)))")
_FULLY = regex.compile(r"(?i)\b(?:fully|completely|entirely)\b")
#: A cut that came after the restoration: "a second storm", "lines were brought down again".
_NEW_CUT = regex.compile(r"(?i)\b(?:second|another|new|fresh|renewed|again)\b")
#: The lower-case head of a part of a place: "in the town centre", "at the hill villages".
_PART = regex.compile(r"(?i)\b(?:in|at|across|throughout)\s{1,3}the\s{1,3}(?:[\p{L}\-]{2,25}\s{1,3}){0,2}?"
                      r"(centre|center|villages?|districts?|quarters?|suburbs?|estates?|outskirts|neighbou?rhoods?|"
                      r"wards?|parishes|parish|hamlets?|valley|hills?|coast|north|south|east|west|port|harbou?r)\b")


def _restored_to_part(claim: Claim) -> bool:
    """The supply is said back at one building or part ("restored to the main hospital"), not everywhere."""
    return _RESTORED_TO.search(claim.text) is not None and _FULLY.search(claim.text) is None


def _other_part(back: Claim, lacking: Claim) -> bool:
    """The restoration names a part of a place ("in the town centre") the lacking claim does not speak of ("in the
    hill villages", or the place as a whole)."""
    parts = {m.group(1).lower().rstrip("s") for m in _PART.finditer(back.text)}
    return bool(parts) and not parts & {m.group(1).lower().rstrip("s") for m in _PART.finditer(lacking.text)}


def _stretch_conflicts(key: str, claims: Sequence[Claim], event: str, named: bool) -> list[Conflict]:
    """Conflicts of an event dated by one source inside the stretch another says it has not happened in (see
    :func:`_inside_denied_stretch`): two sources on one story, or two sources of one article."""
    edges: list[tuple[int, int]] = []
    if not any(c.polarity == "negative" and "since" in c.text.lower() for c in claims):
        return []  # no claim denies a stretch: the common case, decided once
    for i, j in window_pairs(claims):
        a, b = claims[i], claims[j]
        for d, h in ((a, b), (b, a)):
            if d.polarity != "negative" or "since" not in d.text.lower() or not _inside_denied_stretch(d, h, event):
                continue
            if same_source(d, h) or same_words(d, h) or places_differ(d, h):
                continue
            apart = days_apart(d, h)
            if d.doc == h.doc or named or same_place(d, h) or (
                    apart is not None and apart <= FEW_DAYS and same_story(d, h, claims)):
                edges.append((i, j))
                break

    def explain(members: list[Claim]) -> str:
        denials = [c for c in members if c.polarity == "negative"]
        asserted = [c for c in members if c not in denials]
        return (f"Did it happen in that time? On {subject(key, claims)}, " + _describe(asserted, "dates it")
                + "; while " + _describe(denials, "says it has not happened since") + ". The date falls inside "
                "the stretch the denial covers, so both cannot be right.")

    return _status_conflicts(key, claims, edges, explain)


def _status_conflicts(key: str, claims: Sequence[Claim], pairs: list[tuple[int, int]],
                      explain: Callable[[list[Claim]], str]) -> list[Conflict]:
    """One status conflict per connected group of ``pairs`` (indices into ``claims``), explained by ``explain``."""
    found = []
    for group in components(len(claims), pairs):
        members = [claims[i] for i in group]
        found.append(Conflict(kind="status", claims=tuple(c.id for c in members), key=key,
                              explanation=explain(members)))
    return found
