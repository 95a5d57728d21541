"""claimkit-counts: counts of people, troops, money and things, with value, interval, operator and counted noun.

The hook reads the body and the headline; the work happens in :mod:`claimkit_counts.extract`.
"""

from __future__ import annotations

from claimkit import CountMention, Document, hookimpl

from .extract import extract_counts

__all__ = ["claimkit_extract", "extract_counts"]


#: The name this plugin is registered under (its entry point); mentions carry it from the start.
PLUGIN_NAME = "counts"


@hookimpl
def claimkit_extract(document: Document) -> list[CountMention]:
    """Every count in the document's text and title."""
    found = extract_counts(document.text, plugin=PLUGIN_NAME)
    if document.title:
        found.extend(extract_counts(document.title, field="title", plugin=PLUGIN_NAME))
    return found
