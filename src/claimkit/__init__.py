"""claimkit: who said what, when, with what certainty, citing which numbers — and where the sources disagree.

>>> import claimkit
>>> doc = claimkit.Document(id="a1", text="“We will stay,” Anna Berg said on Monday.", published="2025-03-04")
>>> analysis = claimkit.analyze([doc])
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("claimkit")
except _metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

from .hookspecs import hookimpl
from .pipeline import analyze, extract, extract_all
from .plugins import PluginFailure, PluginManager, get_plugin_manager
from .types import (
    Analysis,
    Claim,
    Conflict,
    CountMention,
    Document,
    Extraction,
    Mention,
    PluginError,
    QuoteMention,
    Source,
    Span,
    Timeline,
    TimelineEntry,
    TimeMention,
)

__all__ = [
    "Analysis",
    "Claim",
    "Conflict",
    "CountMention",
    "Document",
    "Extraction",
    "Mention",
    "PluginError",
    "PluginFailure",
    "PluginManager",
    "QuoteMention",
    "Source",
    "Span",
    "TimeMention",
    "Timeline",
    "TimelineEntry",
    "__version__",
    "analyze",
    "extract",
    "extract_all",
    "get_plugin_manager",
    "hookimpl",
]
