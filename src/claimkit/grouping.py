"""Built-in grouping keys: what a claim is about.

First level: a claim that carries a count is keyed by its counted noun and modifiers.
"""

from __future__ import annotations

from .hookspecs import hookimpl
from .types import Claim


@hookimpl
def claimkit_group_key(claim: Claim) -> list[str]:
    """``count:<unit>|<modifiers>`` for every count the claim carries."""
    keys = []
    for count in claim.counts:
        if count.unit:
            modifiers = "|".join(sorted(m.lower() for m in count.modifiers))
            keys.append(f"count:{count.unit}" + (f"|{modifiers}" if modifiers else ""))
    return keys
