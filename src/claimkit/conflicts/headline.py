"""``headline``: a headline asserts what its own body only reports as expected, hedged or denied."""

from __future__ import annotations

from collections.abc import Sequence

from ..hookspecs import hookimpl
from ..types import Claim, Conflict


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """A title claim asserted while every body claim on the same event is weaker."""
    if not key.startswith("event:"):
        return []
    found = []
    for title in claims:
        if title.field != "title" or title.modality != "asserted":
            continue
        body = [c for c in claims if c.doc == title.doc and c.field == "text"]
        if body and all(c.modality in {"expected", "hedged", "denied"} for c in body):
            found.append(Conflict(
                kind="headline",
                claims=(title.id, body[0].id),
                key=key,
                explanation=f"The headline states {title.text!r} but the article body only says {body[0].text!r} "
                            f"({body[0].modality}).",
            ))
    return found
