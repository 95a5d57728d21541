"""One name per person across a corpus.

Articles name a source in full once ("regional governor Elsa Varga") and by surname after that, and a later
article may only ever say "Governor Varga". Within one article the claim builder resolves short forms; this
module does the same across articles, so that claims by sources (a timeline, a conflict explanation, a count of
claims per source) do not split one person in two. A surname is replaced only when exactly one full name in the
corpus ends with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import attrs

from .types import Claim, Source

__all__ = ["unify_people"]


def _tokens(name: str) -> list[str]:
    return name.replace("’s", "").replace("'s", "").split()


def unify_people(claims: Sequence[Claim]) -> list[Claim]:
    """Replace one-word person names by the only full name in ``claims`` that ends with that word.

    Args:
        claims: the claims of a whole analysis.

    Returns:
        The claims, with such sources renamed (the short form kept as an alias, the role kept or filled in).
    """
    full: dict[str, dict[str, Source]] = defaultdict(dict)
    for claim in claims:
        source = claim.source
        if source is not None and source.kind == "person":
            words = _tokens(source.name)
            if len(words) >= 2 and words[-1][:1].isupper():
                full[words[-1].lower()].setdefault(source.name, source)
    out = []
    for claim in claims:
        source = claim.source
        if source is not None and source.kind == "person" and len(_tokens(source.name)) == 1:
            candidates = full.get(source.name.lower().strip(), {})
            if len(candidates) == 1:
                (name, known), = candidates.items()
                aliases = tuple(dict.fromkeys((*source.aliases, source.name)))
                renamed = attrs.evolve(source, name=name, role=source.role or known.role,
                                       affiliation=source.affiliation or known.affiliation, aliases=aliases)
                claim = attrs.evolve(claim, source=renamed)
        out.append(claim)
    return out
