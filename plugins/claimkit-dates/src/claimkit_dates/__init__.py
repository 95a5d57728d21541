"""claimkit-dates: temporal expressions (TimeML TIMEX3) anchored on the publication date and the story's chronology.

Modules: ``lexicon`` (word tables), ``patterns`` (the grammar, one pattern per rule family), ``starts`` (which
families can begin at a trigger word, generated), ``normalize`` (values, mods, anchors, tense choice), ``extract``
(trigger scan, matching and reading order) and ``timeml`` (the ``tml`` output format and ``claimkit timeml``).

>>> from claimkit import Document
>>> doc = Document(id="d", text="The dam opened on Monday; two weeks later it closed.", published="2024-03-13")
>>> [(m.text, m.value, m.anchor) for m in find_times(doc)]
[('Monday', '2024-03-11', 'published'), ('two weeks later', '2024-03-25', 'narrative')]
"""

from __future__ import annotations

from claimkit import Document, TimeMention, hookimpl

from .extract import find_times
from .timeml import claimkit_register_commands, claimkit_register_formats, to_timeml

__all__ = ["claimkit_extract", "claimkit_register_commands", "claimkit_register_formats", "find_times", "to_timeml"]


@hookimpl
def claimkit_extract(document: Document) -> list[TimeMention]:
    """Temporal expressions of the document body with TIMEX3 type, value, mod and anchor."""
    return find_times(document)
