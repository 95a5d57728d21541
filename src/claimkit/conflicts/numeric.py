"""``numeric``: sources give incompatible numbers for the same quantity."""

from __future__ import annotations

from collections.abc import Sequence

from ..hookspecs import hookimpl
from ..types import Claim, Conflict, CountMention


def _bounds(count: CountMention) -> tuple[float, float]:
    low = count.low if count.low is not None else (count.value if count.value is not None else float("-inf"))
    high = count.high if count.high is not None else (count.value if count.value is not None else float("inf"))
    if count.op == "~" and count.value is not None:
        low, high = count.value * 0.9, count.value * 1.1
    return float(low), float(high)


def _describe(claim: Claim, count: CountMention) -> str:
    who = claim.source.name if claim.source else (claim.publisher or "the publication")
    when = f" on {claim.said_on}" if claim.said_on else ""
    return f"{who}{when} ({claim.doc}) gives {count.text!r}"


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """Pairs of counts under one key whose intervals do not overlap."""
    if not key.startswith("count:"):
        return []
    unit = key[len("count:"):]
    found = []
    for i, first in enumerate(claims):
        for second in claims[i + 1 :]:
            if first.doc == second.doc and first.source == second.source:
                continue
            for a in first.counts:
                for b in second.counts:
                    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
                    if ahi < blo or bhi < alo:
                        found.append(Conflict(
                            kind="numeric",
                            claims=(first.id, second.id),
                            key=key,
                            explanation=f"Incompatible numbers for {unit}: {_describe(first, a)}, while "
                                        f"{_describe(second, b)}.",
                        ))
    return found
