"""claimkit-dates: temporal expressions (TimeML TIMEX3) anchored on the publication date and the story's chronology.

Modules: ``lexicon`` (word tables), ``patterns`` (the grammar), ``normalize`` (values, anchors, tense choice),
``extract`` (trigger scan and reading order), ``timeml`` (the ``tml`` output format and ``claimkit timeml``).
"""

from __future__ import annotations

from claimkit import Document, TimeMention, hookimpl

from .extract import find_times
from .timeml import claimkit_register_formats, to_timeml

__all__ = ["claimkit_extract", "claimkit_register_formats", "find_times", "to_timeml"]


@hookimpl
def claimkit_extract(document: Document) -> list[TimeMention]:
    """Temporal expressions of the document body with TIMEX3 type, value, mod and anchor."""
    return find_times(document)
