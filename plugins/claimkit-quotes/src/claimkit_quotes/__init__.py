"""claimkit-quotes: direct quotes with "X said" / "said X" speakers (first level)."""

from __future__ import annotations

import regex
from claimkit import Document, QuoteMention, Span, hookimpl

_QUOTE = regex.compile(r"[\"“]([^\"“”\n]{1,2000})[\"”],?\s+(?:(said|told)\s+((?:[A-Z][\w.-]*\s?){1,4})|"
                       r"((?:[A-Z][\w.-]*\s?){1,4}|he|she|they)\s+(said|told))")


@hookimpl
def claimkit_extract(document: Document) -> list[QuoteMention]:
    """Direct quotes followed by their attribution."""
    text = document.text
    found = []
    for m in _QUOTE.finditer(text):
        if m[2]:
            cue, src = (m.start(2), m.end(2)), (m.start(3), m.start(3) + len(m[3].rstrip()))
        else:
            cue, src = (m.start(5), m.end(5)), (m.start(4), m.start(4) + len(m[4].rstrip()))
        source = Span.of(text, *src)
        found.append(QuoteMention(start=m.start(1), end=m.end(1), text=m[1], cue=Span.of(text, *cue), source=source,
                                  speaker=source.text, direct=True, cue_class="neutral"))
    return found
