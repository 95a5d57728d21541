"""claimkit-quotes: direct, indirect and mixed quotes with their cue, source and resolved speaker.

``extract.py`` runs the steps: ``marks.py`` pairs quotation marks, ``sentences.py`` splits sentences and tokens,
``cues.py`` finds reporting verbs and phrases from the word tables in ``lexicon.py``, ``layouts.py`` reads the
attribution around each cue and ``uncued.py`` the attributions without one, ``sources.py`` reads source phrases
and ``speakers.py`` resolves them to canonical speakers.
"""

from __future__ import annotations

from claimkit import Document, QuoteMention, hookimpl

from .extract import extract_quotes

__all__ = ["claimkit_extract", "extract_quotes"]


#: The name this plugin is registered under (its entry point); mentions carry it from the start, so the pipeline
#: need not copy each one to fill it in.
PLUGIN_NAME = "quotes"


@hookimpl
def claimkit_extract(document: Document) -> list[QuoteMention]:
    """The quotes of the document body, with cue, source and resolved speaker."""
    return extract_quotes(document.text, plugin=PLUGIN_NAME)
