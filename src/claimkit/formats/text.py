"""``text``: what a person reads on a terminal (the default there)."""

from __future__ import annotations

import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ..conflicts.explain import subject as describe_subject
from ..grouping import is_broad_key, is_story_mark, parse_key
from ..hookspecs import hookimpl
from ..subjects import verb_stem
from ..timeline import claim_order
from ..types import Analysis, Claim, CountMention, Document, Extraction, QuoteMention, TimeMention

_QUOTE_MARKS = "\"“”„«»‘’'"


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _merge_stems(subjects: dict[str, list[Claim]], conflicted: set[str]) -> dict[str, list[Claim]]:
    """One timeline group per predicate: a claim is keyed by its verb's lemma ("event:approve|budget") and, when no
    event class covers the verb, by its stem too ("event:approv|budget"); the two are shown as one subject, under
    the key a conflict names, else the key with the most claims."""
    variants: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in subjects:
        family, event, _cls, _stems = parse_key(key)
        rest = key.partition("|")[2]
        variants[(verb_stem(event) if family == "event" else key, rest)].append(key)
    merged: dict[str, list[Claim]] = {}
    for keys in variants.values():
        shown = min(keys, key=lambda k: (k not in conflicted, -len(subjects[k]), k))
        unique = {c.id: c for k in keys for c in subjects[k]}  # the timeline's order within each key
        merged[shown] = sorted(unique.values(), key=claim_order) if len(keys) > 1 else subjects[shown]
    return merged


def _many(n: int, noun: str) -> str:
    """``1 document``, ``3 documents``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _number(value: float | int | None) -> str:
    if value is None:
        return "?"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def _count_value(m: CountMention) -> str:
    if m.value is not None:
        shown = _number(m.value)
    else:
        shown = f"{_number(m.low)}–{_number(m.high)}"
    return ("" if m.op == "=" else m.op + " ") + shown


class TextFormat:
    """Quotes with speakers, counts and dates per document; claims, timeline and conflicts for an analysis."""

    name = "text"
    description = "human-readable summary (default on a terminal)"

    def write_extractions(self, results: Iterable[tuple[Document, Extraction]], out: TextIO) -> None:
        """Per document: a heading, then its quotes, counts and dates."""
        for doc, extraction in results:
            heading = f"== {doc.id}" + (f" — {doc.title}" if doc.title else "")
            meta = ", ".join(x for x in (doc.publisher, doc.published.isoformat() if doc.published else None) if x)
            out.write(heading + (f" ({meta})" if meta else "") + "\n")
            quotes = [m for m in extraction.mentions if isinstance(m, QuoteMention)]
            counts = [m for m in extraction.mentions if isinstance(m, CountMention)]
            times = [m for m in extraction.mentions if isinstance(m, TimeMention)]
            if quotes:
                out.write(f"  quotes ({len(quotes)})\n")
                for q in quotes:
                    who = q.speaker or (q.source.text if q.source else "(unattributed)")
                    cue = f" [{q.cue.text}]" if q.cue else ""
                    content = _short(q.text)
                    if q.direct and content[:1] not in _QUOTE_MARKS:
                        content = f"“{content}”"  # a direct quote drawn without its marks gets them back
                    out.write(f"    {who}{cue}: {content}\n")
            if counts:
                out.write(f"  counts ({len(counts)})\n")
                for c in counts:
                    unit = " ".join([*c.modifiers, c.unit or ""]).strip()
                    out.write(f"    {_count_value(c):>18} {unit or '-'} ({c.category})   “{_short(c.text, 60)}”\n")
            if times:
                out.write(f"  dates ({len(times)})\n")
                for t in times:
                    mod = f" {t.mod}" if t.mod else ""
                    out.write(f"    {t.value or '?':>18}{mod} {t.type:<8} “{_short(t.text, 60)}”\n")
            # Kinds from third-party plugins: shown by their text, so that a new extractor is visible here too.
            others: dict[str, list[str]] = defaultdict(list)
            for m in extraction.mentions:
                if not isinstance(m, (QuoteMention, CountMention, TimeMention)):
                    others[m.kind].append(m.text)
            for kind, texts in sorted(others.items()):
                out.write(f"  {kind} ({len(texts)})\n")
                for text in texts:
                    out.write(f"    “{_short(text, 100)}”\n")
            for e in extraction.errors:
                out.write(f"  ! {e.plugin}: {e.message}\n")
            out.write("\n")

    def write_analysis(self, analysis: Analysis, out: TextIO) -> None:
        """Claims by source, the timeline grouped by subject with conflicts marked, then the conflicts."""
        by_id = {c.id: c for c in analysis.claims}
        in_conflict: dict[str, list[int]] = defaultdict(list)
        for number, conflict in enumerate(analysis.conflicts, 1):
            for claim_id in conflict.claims:
                in_conflict[claim_id].append(number)
        entries = {e.claim: e for e in analysis.timeline}

        def when(c: Claim) -> str:
            entry = entries.get(c.id)
            if not c.said_on:
                return "undated"
            if entry is not None and entry.earliest and entry.latest and entry.earliest != entry.latest:
                # an uncertain date is shown as the interval it allows ("mid-November" = Nov 11-20)
                return f"{entry.earliest.isoformat()}..{entry.latest.isoformat()[5:]}"
            return c.said_on

        def line(c: Claim, with_source: bool = False) -> str:
            marks = "".join(f" [!{n}]" for n in in_conflict.get(c.id, ()))
            where = f"{c.doc} headline" if c.field == "title" else c.doc
            who = ""
            if with_source:
                who = " — " + (c.source.name if c.source else (c.publisher or "?"))
            return f"{when(c):>16}  {c.modality:<8} {_short(c.text, 76)}  ({where}){marks}{who}"

        sources: dict[str, list[Claim]] = defaultdict(list)
        kinds: dict[str, str] = {}
        for c in analysis.claims:
            name = c.source.name if c.source else (c.publisher or "(unattributed)")
            sources[name].append(c)
            kinds[name] = c.source.kind if c.source else "unknown"
        out.write(f"{_many(len(analysis.documents), 'document')}, {_many(len(analysis.claims), 'claim')} from "
                  f"{_many(len(sources), 'source')}, {_many(len(analysis.conflicts), 'conflict')}\n\n")
        out.write("CLAIMS BY SOURCE\n")
        for name in sorted(sources, key=lambda n: (-len(sources[n]), n)):
            kind = kinds.get(name, "unknown")
            out.write(f"  {name}" + (f" ({kind})" if kind != "unknown" else "") + "\n")
            for c in sorted(sources[name], key=lambda c: (c.said_on or "9999", c.doc, c.start)):
                out.write(f"    {line(c)}\n")
        subjects: dict[str, list[Claim]] = defaultdict(list)
        for entry in analysis.timeline:
            claim = by_id.get(entry.claim)
            if claim is not None:
                for subject in claim.subjects:
                    subjects[subject].append(claim)
        conflicted = {c.key for c in analysis.conflicts if c.key}
        subjects = _merge_stems(subjects, conflicted)
        shown = [s for s in subjects if not is_story_mark(s) and (s in conflicted or (
            not is_broad_key(s) and len({c.source.name if c.source else c.doc for c in subjects[s]}) >= 2))]
        if shown:
            out.write("\nTIMELINE BY SUBJECT\n")
            for subject in sorted(shown, key=lambda s: (s not in conflicted, s)):
                mark = "  [conflict]" if subject in conflicted else ""
                out.write(f"  {describe_subject(subject, subjects[subject])}  ({subject}){mark}\n")
                for c in subjects[subject]:
                    out.write(f"    {line(c, with_source=True)}\n")
        if analysis.conflicts:
            out.write("\nCONFLICTS\n")
            for number, conflict in enumerate(analysis.conflicts, 1):
                members = [by_id[i] for i in conflict.claims if i in by_id]
                about = f" — {describe_subject(conflict.key, members)} (key {conflict.key})" if conflict.key else ""
                out.write(f"  [!{number}] {conflict.kind}{about}\n")
                out.write(f"      claims: {', '.join(conflict.claims)}\n")
                out.write(textwrap.fill(conflict.explanation, width=110, initial_indent="      ",
                                        subsequent_indent="      ") + "\n")
        if analysis.errors:
            out.write("\nERRORS\n")
            for e in analysis.errors:
                out.write(f"  {e.plugin} ({e.stage}{', ' + e.doc if e.doc else ''}): {e.message}\n")


@hookimpl
def claimkit_register_formats(register: Callable[[Any], None]) -> None:
    """Register ``text``."""
    register(TextFormat())
