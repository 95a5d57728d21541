"""extract and analyze: the stages of claimkit over any iterable of documents.

Extraction streams: one document in, one :class:`Extraction` out, nothing about earlier documents kept.
Analysis keeps only the claims (small, evidence text included) to group them across documents.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .canonical import unify_people
from .parallel import per_document, resolve_jobs
from .parallel import to_document as _document
from .plugins import PluginManager, describe_exception, flatten, get_plugin_manager
from .timeline import build_timeline, claim_order
from .types import Analysis, Claim, Conflict, Document, Extraction, Mention, PluginError

__all__ = ["analyze", "claims_for", "extract", "extract_all", "find_conflicts"]


#: :meth:`Mention.sort_key` after its first part, for mentions whose plugin is set (as ``extract`` makes sure): a C
#: getter instead of a Python method call per mention, the title-first part done by a stable split after sorting.
_ORDER_IN_FIELD = operator.attrgetter("start", "end", "kind", "plugin")


def extract(document: Document | Mapping[str, Any], *, plugins: PluginManager | None = None) -> Extraction:
    """Run every extractor on one document.

    Args:
        document: a :class:`Document` or its plain data (``{"id", "text", ...}``).
        plugins: the plugin manager to use (default: every installed plugin).

    Returns:
        The mentions in document order, with the errors of plugins that failed on this document.
    """
    doc = _document(document)
    pm = plugins or get_plugin_manager()
    errors: list[PluginError] = []
    mentions: list[Mention] = []
    body = doc.text
    title = doc.field_text("title")
    titled = False
    # the loops of ``flatten`` written out, and the slice check inline: this runs once per mention of every plugin
    for name, result in pm.call_each("claimkit_extract", errors, doc=doc.id, stage="extract", document=doc):
        if result is None:
            continue
        for mention in result:
            if not isinstance(mention, Mention):
                pm.record(PluginError(plugin=name, doc=doc.id,
                                      message=f"returned {type(mention).__name__}, not a Mention"), errors)
                continue
            if mention.field == "title":
                text = title
                titled = True
            else:
                text = body
            if mention.end > len(text) or text[mention.start : mention.end] != mention.text:
                pm.record(PluginError(plugin=name, doc=doc.id,
                                      message=f"{mention.kind} mention [{mention.start}, {mention.end}) does not slice "
                                              f"to {mention.text!r}"), errors)
                continue
            mentions.append(mention if mention.plugin == name else attrs.evolve(mention, plugin=name))
    # the order of ``Mention.sort_key``: sorting is stable, so sorting within a field and then moving the title's
    # mentions ahead gives the same list
    mentions.sort(key=_ORDER_IN_FIELD)
    if titled:
        mentions = [m for m in mentions if m.field == "title"] + [m for m in mentions if m.field != "title"]
    return Extraction(doc=doc.id, mentions=mentions, errors=errors)


def extract_all(
    documents: Iterable[Document | Mapping[str, Any]], *, plugins: PluginManager | None = None, jobs: int = 1
) -> Iterator[Extraction]:
    """Extract from each document in turn, lazily: the corpus is never held in memory.

    Args:
        documents: any iterable of documents (or their plain data); read once, lazily.
        plugins: the plugin manager (default: every installed plugin).
        jobs: worker processes to spread the documents over (1: this process; 0: one per CPU). The extractions
            come in input order either way, and are the same.
    """
    pm = plugins or get_plugin_manager()
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for document in documents:
            yield extract(document, plugins=pm)
        return
    for _, (extraction, _claims, _errors) in per_document(documents, pm, jobs, claims=False):
        yield extraction


def claims_for(
    document: Document | Mapping[str, Any],
    extraction: Extraction | None = None,
    *,
    plugins: PluginManager | None = None,
    errors: list[PluginError] | None = None,
) -> list[Claim]:
    """Build, enrich, number and key the claims of one document.

    Args:
        document: the article.
        extraction: its mentions (extracted here when not given).
        plugins: the plugin manager.
        errors: where contained failures go (a new list when not given).
    """
    doc = _document(document)
    pm = plugins or get_plugin_manager()
    errors = [] if errors is None else errors
    if extraction is None:
        extraction = extract(doc, plugins=pm)
        errors.extend(extraction.errors)
    mentions = extraction.mentions
    claims: list[Claim] = []
    for name, claim in flatten(pm.call_each("claimkit_claims", errors, doc=doc.id, stage="claims",
                                            document=doc, mentions=mentions)):
        if isinstance(claim, Claim):
            claims.append(claim)
        else:
            pm.record(PluginError(plugin=name, doc=doc.id, stage="claims",
                                  message=f"returned {type(claim).__name__}, not a Claim"), errors)
    for impl in pm.implementations("claimkit_enrich_claims"):
        kwargs = {"document": doc, "mentions": mentions, "claims": list(claims)}
        args = {k: kwargs[k] for k in impl.argnames if k in kwargs}
        try:
            result = impl.function(**args)
        except Exception as exc:
            pm.record(PluginError(plugin=impl.plugin_name, doc=doc.id, stage="enrich",
                                  message=describe_exception(exc)), errors)
            continue
        if result is not None:
            claims = list(result)
    claims.sort(key=lambda c: (0 if c.field == "title" else 1, c.start, c.end, c.text))
    numbered = []
    for number, claim in enumerate(claims, 1):
        subjects = set(claim.subjects)
        for _, keys in pm.call_each("claimkit_group_key", errors, doc=doc.id, stage="group", claim=claim):
            if keys:
                subjects.update(str(k) for k in keys)
        numbered.append(attrs.evolve(claim, id=f"{doc.id}:c{number}", doc=doc.id, subjects=tuple(sorted(subjects))))
    return numbered


#: A story name ("about:" key) used by more articles than this many, or this share of a corpus, marks a beat
#: (a party, a country, a president in a year of campaign news), not one story.
STORY_NAME_DOCS = 8
STORY_NAME_SHARE = 0.05


def _without_beat_names(claims: list[Claim]) -> list[Claim]:
    """Drop the story marks (``about:``, ``named:``, ``main:``) of names that many articles of the corpus use: two
    articles that both name a president are not thereby on one story. Linear in the claims."""
    docs: dict[str, set[str]] = defaultdict(set)
    all_docs: set[str] = set()
    for claim in claims:
        all_docs.add(claim.doc)
        for key in claim.subjects:
            if key.startswith(("about:", "named:", "main:")):
                docs[key.split(":", 1)[1]].add(claim.doc)
    limit = max(STORY_NAME_DOCS, int(STORY_NAME_SHARE * len(all_docs)))
    common = {f"{prefix}:{stem}" for stem, where in docs.items() if len(where) > limit
              for prefix in ("about", "named", "main")}
    if not common:
        return claims
    return [attrs.evolve(c, subjects=tuple(k for k in c.subjects if k not in common))
            if any(k in common for k in c.subjects) else c for c in claims]


def find_conflicts(
    claims: Iterable[Claim], *, plugins: PluginManager | None = None, errors: list[PluginError] | None = None
) -> list[Conflict]:
    """Group claims by their keys and run every conflict detector on each group.

    Cost grows with the size of the groups, not with the square of the number of claims.
    """
    pm = plugins or get_plugin_manager()
    errors = [] if errors is None else errors
    claims = _without_beat_names(list(claims))
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        for key in claim.subjects:
            groups[key].append(claim)
    found: dict[tuple[str, tuple[str, ...]], Conflict] = {}
    for key in sorted(groups):
        members = sorted(groups[key], key=claim_order)
        if len(members) < 2 and not key.startswith("doc:"):
            continue
        for name, conflict in flatten(pm.call_each("claimkit_conflicts", errors, stage="conflicts",
                                                   key=key, claims=members)):
            if not isinstance(conflict, Conflict):
                continue
            ident = (conflict.kind, tuple(sorted(conflict.claims)))
            if ident not in found:
                found[ident] = conflict if conflict.detector else attrs.evolve(conflict, detector=name)
    return sorted(found.values(), key=lambda c: (c.kind, c.claims, c.explanation))


def analyze(
    documents: Iterable[Document | Mapping[str, Any]],
    *,
    plugins: PluginManager | None = None,
    keep_mentions: bool = False,
    jobs: int = 1,
) -> Analysis:
    """Extract, build claims, find conflicts and order the timeline over a corpus.

    Args:
        documents: any iterable of documents (or their plain data); read once, lazily.
        plugins: the plugin manager (default: every installed plugin).
        keep_mentions: also keep every document's mentions in ``Analysis.extractions``.
        jobs: worker processes for the per-document work, extraction and claims (1: this process; 0: one per CPU);
            grouping, conflicts and the timeline run here. The analysis is the same either way.

    Returns:
        The analysis: claims, conflicts, timeline and every contained error.
    """
    pm = plugins or get_plugin_manager()
    errors: list[PluginError] = list(pm.load_errors)
    claims: list[Claim] = []
    doc_ids: list[str] = []
    extractions: list[Extraction] = []
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for document in documents:
            doc = _document(document)
            extraction = extract(doc, plugins=pm)
            errors.extend(extraction.errors)
            claims.extend(claims_for(doc, extraction, plugins=pm, errors=errors))
            doc_ids.append(doc.id)
            if keep_mentions:
                extractions.append(extraction)
    else:
        for doc, (extraction, found, claim_errors) in per_document(documents, pm, jobs, claims=True):
            errors.extend(extraction.errors)
            errors.extend(claim_errors)
            claims.extend(found)
            doc_ids.append(doc.id)
            if keep_mentions:
                extractions.append(extraction)
    claims = unify_people(claims)
    conflicts = find_conflicts(claims, plugins=pm, errors=errors)
    timeline = build_timeline(claims, conflicts)
    return Analysis(
        claims=claims, conflicts=conflicts, timeline=timeline, errors=errors, documents=doc_ids,
        extractions=extractions,
    )
