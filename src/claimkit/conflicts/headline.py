"""``headline``: a headline asserts what its own article's body only reports as expected, hedged or denied.

A headline that states an event flatly (no attribution, no hedge, no question) is compared with the body claims
of the same article under the same key. When no body claim asserts it and some body claim expects, hedges or
denies it, the headline says more than the body supports. A headline figure that no body figure for the same
quantity allows is flagged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..grouping import count_base, parse_key
from ..hookspecs import hookimpl
from ..types import Claim, Conflict
from .explain import evidence, subject, who
from .numeric import _interval

_WEAK = {"expected": "only expects it", "hedged": "only hedges it", "denied": "denies it"}


def _flat(claim: Claim) -> bool:
    return (claim.field == "title" and claim.modality == "asserted" and claim.polarity == "positive"
            and (claim.source is None or claim.source.kind == "publication"))


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """Per article: a flat headline against a body that only expects, hedges or denies (or gives other figures)."""
    family, _event, cls, stems = parse_key(key)
    if family not in {"event", "count"}:
        return []
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
            if any(c.modality == "asserted" and c.polarity == "positive" for c in body):
                continue
            weak = [c for c in body if c.modality in _WEAK]
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
        heads = [c for c in title.counts if count_base(c) == base]
        figures = [(c, f) for c in body if c.modality in {"asserted", "hedged"} for f in c.counts
                   if count_base(f) == base]
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
