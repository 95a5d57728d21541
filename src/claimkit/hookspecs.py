"""Every hook claimkit calls: the architecture in one file.

Plugins implement hooks with ``@claimkit.hookimpl`` and register through the ``claimkit`` entry-point group.
An implementation may accept any subset of a hook's arguments, so hooks can gain arguments later without breaking
plugins; a hook is never renamed or removed.

claimkit calls each implementation on its own, in order of plugin name, and contains its failures: an exception is
recorded as a :class:`claimkit.types.PluginError` (plugin, document, message) and the run goes on, unless strict
mode is on (``--strict`` or ``CLAIMKIT_STRICT=1``). Results are merged and sorted by a stable key, so output never
depends on the order in which plugins were loaded.

Data flows one way::

    Document --claimkit_extract--> mentions --claimkit_claims / claimkit_enrich_claims--> claims
        --claimkit_group_key--> groups --claimkit_conflicts--> conflicts
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pluggy

from .types import Claim, Conflict, Document, Mention

PROJECT = "claimkit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

# ---------------------------------------------------------------------------------------------------------------
# Extraction: one document at a time
# ---------------------------------------------------------------------------------------------------------------


@hookspec
def claimkit_extract(document: Document) -> Iterable[Mention] | None:
    """Find mentions (time, quote, count, or a kind of your own) in one document.

    Args:
        document: the article; offsets of returned mentions count into ``document.text`` (or ``document.title``
            for mentions with ``field="title"``).

    Returns:
        The mentions found, in any order, or None. A mention whose text does not match its offsets is dropped and
        reported as an error of the plugin.
    """


# ---------------------------------------------------------------------------------------------------------------
# Claims: one document at a time, from its mentions
# ---------------------------------------------------------------------------------------------------------------


@hookspec
def claimkit_claims(document: Document, mentions: Sequence[Mention]) -> Iterable[Claim] | None:
    """Build claims from one document's mentions.

    Args:
        document: the article.
        mentions: every mention all extractors found in it, in document order.

    Returns:
        Claims; their ``id`` is replaced by the pipeline with a stable ``<doc>:c<n>`` numbering.
    """


@hookspec
def claimkit_enrich_claims(
    document: Document, mentions: Sequence[Mention], claims: Sequence[Claim]
) -> Sequence[Claim] | None:
    """Refine the claims built for one document (add a modality, a date, counts, subjects...).

    Implementations run one after another in order of plugin name, each seeing the previous one's output.

    Args:
        document: the article.
        mentions: its mentions.
        claims: the claims so far.

    Returns:
        The new list of claims, or None to leave them unchanged.
    """


# ---------------------------------------------------------------------------------------------------------------
# Across documents: grouping and conflicts
# ---------------------------------------------------------------------------------------------------------------


@hookspec
def claimkit_group_key(claim: Claim) -> Iterable[str] | None:
    """Say what a claim is about, as grouping keys.

    Claims sharing a key are compared by the conflict detectors; grouping by key keeps the cost near-linear and
    lets a distributed engine shuffle by key.

    Args:
        claim: one claim.

    Returns:
        Keys such as ``"count:soldier|aldorian"`` or ``"event:fight|aldorian"``, or None.
    """


@hookspec
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> Iterable[Conflict] | None:
    """Find conflicts among claims that share a grouping key.

    Args:
        key: the shared key.
        claims: the claims with that key, in timeline order (by ``said_on``, then document and offset).

    Returns:
        Conflicts; the same conflict found under several keys is reported once.
    """


# ---------------------------------------------------------------------------------------------------------------
# Registries: output formats and commands
# ---------------------------------------------------------------------------------------------------------------


@hookspec
def claimkit_register_formats(register: Callable[..., Any]) -> None:
    """Register output formats.

    Args:
        register: call ``register(format)`` with an object that has ``name``, ``description`` and the methods
            ``write_extractions(results, out)`` and ``write_analysis(analysis, out)`` (see
            :class:`claimkit.formats.OutputFormat`).
    """


@hookspec
def claimkit_register_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add subcommands to the ``claimkit`` command line.

    Args:
        subparsers: the argparse sub-parser collection; add a parser and ``set_defaults(func=callable)``, where
            ``callable(args) -> int`` runs the command and returns its exit status.
    """
