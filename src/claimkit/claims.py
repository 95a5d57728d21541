"""Built-in claim builder: mentions to claims.

First level: every quote is a claim by its resolved speaker, said on the publication date, with the counts and
time expressions that fall inside its content. Modality follows the quote's cue class.
"""

from __future__ import annotations

from collections.abc import Sequence

from .hookspecs import hookimpl
from .types import Claim, CountMention, Document, Mention, QuoteMention, Source, TimeMention

_CUE_MODALITY = {"hedging": "hedged", "denial": "denied", "prediction": "expected"}


def _inside(mention: Mention, start: int, end: int, field: str) -> bool:
    return mention.field == field and start <= mention.start and mention.end <= end


@hookimpl
def claimkit_claims(document: Document, mentions: Sequence[Mention]) -> list[Claim]:
    """One claim per quote."""
    published = document.published.isoformat() if document.published else None
    claims = []
    for quote in mentions:
        if not isinstance(quote, QuoteMention):
            continue
        source = None
        if quote.speaker:
            source = Source(quote.speaker, kind=quote.source_kind or "unknown", role=quote.role)
        elif quote.source is not None:
            source = Source(quote.source.text, kind=quote.source_kind or "unknown")
        claims.append(
            Claim(
                id="",
                doc=document.id,
                start=quote.start,
                end=quote.end,
                text=quote.text,
                field=quote.field,
                source=source,
                modality=_CUE_MODALITY.get(quote.cue_class or "", "asserted"),
                said_on=published,
                cue=quote.cue,
                direct=quote.direct,
                times=[m for m in mentions if isinstance(m, TimeMention) and _inside(m, quote.start, quote.end, quote.field)],
                counts=[m for m in mentions if isinstance(m, CountMention) and _inside(m, quote.start, quote.end, quote.field)],
                publisher=document.publisher,
            )
        )
    return claims
