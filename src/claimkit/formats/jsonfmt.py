"""``json`` and ``jsonl``: the evaluation contract's machine-readable output."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ..hookspecs import hookimpl
from ..types import Analysis, Document, Extraction


def _dump(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


class JSONLinesFormat:
    """One JSON object per document (extract) or per claim and conflict (analyze)."""

    name = "jsonl"
    description = ("JSON Lines: one object per document (extract); one per claim, conflict, timeline entry and error "
                   "(analyze)")

    def write_extractions(self, results: Iterable[tuple[Document, Extraction]], out: TextIO) -> None:
        """``{"id", "mentions", "errors"?}`` per document, in input order, flushed as it goes."""
        for _, extraction in results:
            out.write(_dump(extraction.to_data()) + "\n")
            out.flush()

    def write_analysis(self, analysis: Analysis, out: TextIO) -> None:
        """Records tagged with ``"record": "claim" | "conflict" | "timeline" | "error"``."""
        data = analysis.to_data()
        for record, key in (("claim", "claims"), ("conflict", "conflicts"), ("timeline", "timeline"),
                            ("error", "errors")):
            for item in data[key]:
                out.write(_dump({"record": record, **item}) + "\n")


class JSONFormat:
    """One JSON document for the whole output."""

    name = "json"
    description = "JSON: one object with claims, conflicts and timeline (analyze); an array of documents (extract)"

    def write_extractions(self, results: Iterable[tuple[Document, Extraction]], out: TextIO) -> None:
        """A JSON array of per-document objects, streamed element by element."""
        out.write("[")
        for number, (_, extraction) in enumerate(results):
            out.write(("," if number else "") + "\n" + _dump(extraction.to_data()))
        out.write("\n]\n")

    def write_analysis(self, analysis: Analysis, out: TextIO) -> None:
        """The analysis as one JSON object, one claim, conflict or timeline entry per line.

        Written piece by piece, so a large analysis never exists twice in memory as one string.
        """
        sections: list[tuple[str, Iterable[Any]]] = [
            ("documents", analysis.documents),
            ("claims", (c.to_data() for c in analysis.claims)),
            ("conflicts", (c.to_data() for c in analysis.conflicts)),
            ("timeline", (e.to_data() for e in analysis.timeline)),
            ("errors", (e.to_data() for e in analysis.errors)),
        ]
        if analysis.extractions:
            sections.append(("extractions", (e.to_data() for e in analysis.extractions)))
        out.write("{")
        for number, (key, items) in enumerate(sections):
            out.write(("," if number else "") + f"\n{_dump(key)}: [")
            for index, item in enumerate(items):
                out.write(("," if index else "") + "\n  " + _dump(item))
            out.write("\n]")
        out.write("\n}\n")


@hookimpl
def claimkit_register_formats(register: Callable[[Any], None]) -> None:
    """Register ``json`` and ``jsonl``."""
    register(JSONFormat())
    register(JSONLinesFormat())
