"""``status``: one source says an event happened, another that it is still expected, or denies it."""

from __future__ import annotations

from collections.abc import Sequence

from ..hookspecs import hookimpl
from ..types import Claim, Conflict


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """Claims about one event where one asserts it and a later one expects or denies it."""
    if not key.startswith("event:"):
        return []
    found = []
    for i, first in enumerate(claims):
        for second in claims[i + 1 :]:
            pair = {first.modality, second.modality}
            if "asserted" in pair and pair & {"expected", "denied"} and first.polarity == second.polarity:
                found.append(Conflict(
                    kind="status",
                    claims=(first.id, second.id),
                    key=key,
                    explanation=f"{first.text!r} ({first.modality}) against {second.text!r} ({second.modality}).",
                ))
    return found
