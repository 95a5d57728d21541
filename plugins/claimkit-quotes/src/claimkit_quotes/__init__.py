"""claimkit-quotes: direct, indirect and mixed quotes with their cue, source and resolved speaker.

The work is done in ``extract.py`` (attribution layouts) on top of ``marks.py`` (quotation-mark pairing),
``sentences.py`` (sentences and tokens), ``cues.py`` and ``lexicon.py`` (reporting verbs and word tables),
``sources.py`` (source phrases) and ``speakers.py`` (speaker resolution).
"""

from __future__ import annotations

from claimkit import Document, QuoteMention, hookimpl

from .extract import extract_quotes

__all__ = ["claimkit_extract", "extract_quotes"]


@hookimpl
def claimkit_extract(document: Document) -> list[QuoteMention]:
    """The quotes of the document body, with cue, source and resolved speaker."""
    return extract_quotes(document.text)
