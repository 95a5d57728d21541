"""``headline``: a headline asserts what its own article's body only reports as expected, hedged or denied.

A headline that states an event flatly (no attribution, no hedge, no question) is compared with the body claims
of the same article under the same key. When no body claim asserts it and some body claim expects, hedges or
denies it, the headline says more than the body supports. A headline figure that no body figure for the same
quantity allows is flagged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..grouping import matches, parse_key
from ..hookspecs import hookimpl
from ..lexicon import CONTRARIES, EVENT_CLASSES
from ..subjects import (
    announced_predicates,
    contrary,
    expected_at,
    head_after,
    headline_verbs,
    negated_at,
    uses,
)
from ..types import Claim, Conflict
from .explain import evidence, subject, who
from .numeric import _interval

_WEAK = {"expected": "only expects it", "hedged": "only hedges it", "denied": "denies it"}


def _against_headline(title: Claim, body: Sequence[Claim],
                      found: dict[str, tuple[int, int]] | None = None) -> list[tuple[Claim, str]]:
    """Body claims that do not let the headline's predicate (``found``, else the verbs it states) stand, with how:
    they state its opposite ("stay closed" against "reopens"), negate it ("will not reopen"), or only expect,
    hedge or deny it. Empty when some body claim asserts the predicate flatly."""
    found = headline_verbs(title.text) if found is None else found
    against: list[tuple[Claim, str]] = []
    for claim in body:
        if claim.modality == "other":
            continue
        for lemma in found:
            at = uses(claim.text, lemma)
            if at is not None and lemma not in CONTRARIES and not _same_object(title.text, found[lemma][1],
                                                                               claim.text, at):
                at = None  # a verb without a table row must act on the same thing ("recalls the cars")
            if at is not None:
                negated = negated_at(claim.text, at)
                if not negated and not expected_at(claim.text, at) and claim.modality in {"asserted", "hedged"}:
                    return []  # the body does report it (or reports it as likely: weaker, not against)
                if negated:
                    against.append((claim, f"{who(claim)} negates it"))
                    break
                if claim.modality == "expected" and expected_at(claim.text, at):
                    against.append((claim, f"{who(claim)} {_WEAK[claim.modality]}"))
                    break
            phrase = contrary(claim.text, lemma) if lemma in CONTRARIES else None
            if phrase:
                against.append((claim, f"{who(claim)} says the opposite ({phrase!r}, {claim.modality})"))
                break
    return against


def _same_object(title: str, title_end: int, text: str, at: int) -> bool:
    """The headline's verb and the body's use of it take the same object (head noun)."""
    wanted = head_after(title, title_end, len(title))
    if wanted is None:
        return False
    end = at + len(text[at:].split(None, 1)[0]) if text[at:].strip() else at
    got = head_after(text, end, len(text))
    return got is not None and got.cls == wanted.cls


#: What makes a contrary state temporary: "will stay open until March" does not deny that it closes later.
_FOR_NOW = regex.compile(r"(?i)\b(?:until|till|through|for\s{1,3}now|for\s{1,3}the\s{1,3}time\s{1,3}being|"
                         r"for\s{1,3}(?:another|a\s{1,3}further|the\s{1,3}next|a\s{1,3}few|several|some)|while|"
                         r"before|at\s{1,3}least\s{1,3}until|pending|in\s{1,3}the\s{1,3}meantime|meanwhile|"
                         r"temporarily|initially|at\s{1,3}first|for\s{1,3}\d)\b")


def _against_plan(title: Claim, body: Sequence[Claim]) -> list[tuple[Claim, str]]:
    """For a headline that announces an event ("Firm to close Dunmore plant"): body claims that say it will not
    happen, by its opposite with no time limit ("the plant will stay open") or by negating it ("will not close");
    a body that only expects it too agrees with the headline."""
    announced = announced_predicates(title.text)
    if not announced:
        return []
    against = _against_headline(title, body, announced)
    if any(how.endswith(_WEAK["expected"]) for _, how in against):
        return []  # the body expects what the headline announces: what it rules out is another thing or time
    return [(c, how) for c, how in against if _FOR_NOW.search(c.text) is None and not _limited(c)]


#: A period the statement is limited to: "will not close this year", "stays open next winter".
_THIS_PERIOD = regex.compile(r"(?i)\b(?:this|next|the\s{1,3}coming)\s{1,3}(?:year|month|week|season|spring|summer|"
                             r"autumn|fall|winter|quarter|term|decade)\b")


def _limited(claim: Claim) -> bool:
    """The claim rules the event out for a time it names only ("will not close this year", "not before 2030"),
    which leaves the headline's event possible later."""
    inside = [t for t in claim.times if t.field == claim.field and 0 <= t.start - claim.start <= len(claim.text)]
    return bool(inside) or _THIS_PERIOD.search(claim.text) is not None



def _planned(claim: Claim) -> bool:
    return (claim.field == "title" and claim.modality == "expected" and claim.polarity == "positive"
            and (claim.source is None or claim.source.kind == "publication"))


def _headline_body(claims: Sequence[Claim]) -> list[Conflict]:
    """A flat headline predicate ("X reopens") against its own body ("X will stay closed for a month"); a
    headline's announced event ("X to close") against a body that says it will not happen."""
    found = []
    for title in claims:
        if not _flat(title) and not _planned(title):
            continue
        body = [c for c in claims if c.field == "text" and c.doc == title.doc]
        against = _against_headline(title, body) if _flat(title) else _against_plan(title, body)
        if not against:
            continue
        parts = "; ".join(f"{how}: {evidence(c)}" for c, how in against)
        found.append(Conflict(
            kind="headline",
            claims=(title.id, *dict.fromkeys(c.id for c, _ in against)),
            key=f"headline:{title.doc}",
            explanation=(f"The headline of {title.doc} ({title.publisher or 'the publication'}) states "
                         f"{evidence(title)} as fact, but its body does not: {parts}."),
        ))
    return found


#: Words that make a negation total: "have not arrested anyone", "no one was hurt", "nothing was taken".
_ANYONE = regex.compile(r"(?i)\b(?:anyone|anybody|anything|no\s{1,3}one|nobody|nothing)\b")


#: What narrows "anyone" to some of them, right after it or after its verb: "anyone else", "nobody other than",
#: "anyone at his home", "anything with the rival firm", "nobody was arrested at the rally".
_NARROWED = regex.compile(
    r"(?i)\s{1,3}(?:(?:was|were|has|have|had|been|be)\s{1,3}){0,2}(?:\p{Ll}{3,20}ed\s{1,3}|[a-z]{3,12}en\s{1,3})?"
    r"(?:else|other|besides|but|except|apart|beyond|at|with|inside|outside|near|among|from|"
    r"in(?!\s{1,3}(?:connection|relation|the\s{1,3}case)\b))\b")
#: A bound in time that makes "not ... anyone" true of a past moment only: "until then", "at first", "before the
#: raid".
_BOUNDED = regex.compile(r"(?i)\b(?:until|till|before|at\s{1,3}first|initially|by\s{1,3}then|at\s{1,3}that\s{1,3}"
                         r"(?:time|point)|at\s{1,3}the\s{1,3}time)\b")


def _of_anyone(claim: Claim) -> bool:
    """The claim negates its event of anyone or anything ("police have not arrested anyone"), not of some of them
    ("anyone else", "nobody at the rally") nor up to some moment only ("until then they had not arrested anyone")."""
    if claim.polarity != "negative" or claim.modality not in {"denied", "asserted"}:
        return False
    m = _ANYONE.search(claim.text)
    return m is not None and _NARROWED.match(claim.text, m.end()) is None and _BOUNDED.search(claim.text) is None


def _flat(claim: Claim) -> bool:
    return (claim.field == "title" and claim.modality == "asserted" and claim.polarity == "positive"
            and (claim.source is None or claim.source.kind == "publication"))


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """Per article: a flat headline against a body that only expects, hedges or denies (or gives other figures)."""
    family, _event, cls, stems = parse_key(key)
    if family == "headline":
        return _headline_body(claims)
    if family not in {"event", "count"}:
        return []
    loose = family == "event" and cls == _event and not stems
    # the event itself, with no thing ("hire", "block"): too loose to hold a headline to its body, unless the body
    # denies it of anyone ("Police arrest manager" over "police have not arrested anyone")
    found = []
    bodies: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.field == "text":
            bodies.setdefault(claim.doc, []).append(claim)
    for title in claims:
        if not _flat(title):
            continue
        body = bodies.get(title.doc, [])
        if not body:
            continue
        if family == "event":
            if _event not in EVENT_CLASSES and not cls:
                continue  # a predicate without a class or a thing ("pledges to expand") is read by the headline key
            if any(c.modality == "asserted" and c.polarity == "positive" for c in body):
                continue
            weak = [c for c in body if c.modality in _WEAK and (not loose or _of_anyone(c))]
            if not weak:
                continue
            parts = "; ".join(f"{who(c)} {_WEAK[c.modality]}: {evidence(c)}" for c in weak)
            found.append(Conflict(
                kind="headline",
                claims=(title.id, *(c.id for c in weak)),
                key=key,
                explanation=(f"The headline of {title.doc} ({title.publisher or 'the publication'}) states "
                             f"{evidence(title)} as fact, but on {subject(key, claims)} its body never asserts it: "
                             f"{parts}."),
            ))
            continue
        base = "|".join((cls, *stems))
        heads = [c for c in title.counts if matches(c, base)]
        figures = [(c, f) for c in body if c.modality in {"asserted", "hedged"} for f in c.counts
                   if matches(f, base)]
        if _event in {"", "?"}:
            # a thing counted with no event of its kind ("inmates"): only a body figure of the headline's own event
            # speaks to it ("Four inmates escape" is not "the prison holds about 850 inmates")
            figures = [(c, f) for c, f in figures if title.event is not None and c.event == title.event]
        if not heads or not figures:
            continue
        lo, hi = _interval(heads[0])
        if any(_interval(f)[0] <= hi and lo <= _interval(f)[1] for _, f in figures):
            continue
        parts = "; ".join(f"{who(c)}: {evidence(c)}" for c, _ in figures)
        found.append(Conflict(
            kind="headline",
            claims=(title.id, *dict.fromkeys(c.id for c, _ in figures)),
            key=key,
            explanation=(f"The headline of {title.doc} gives {heads[0].text!r} for {subject(key, claims)}, a figure "
                         f"its body does not support: {parts}."),
        ))
    return found
