"""``csv``: one row per mention (extract) or per claim (analyze), for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ..hookspecs import hookimpl
from ..types import Analysis, CountMention, Document, Extraction, QuoteMention, TimeMention

MENTION_COLUMNS = ["doc", "kind", "field", "start", "end", "text", "type", "value", "mod", "low", "high", "op", "unit",
                   "category", "speaker", "source", "cue", "direct", "plugin"]
CLAIM_COLUMNS = ["id", "doc", "field", "start", "end", "source", "modality", "said_on", "subjects", "conflicts", "text"]


def _cell(value: Any) -> Any:
    return "" if value is None else value


class CSVFormat:
    """Comma-separated values with a header row."""

    name = "csv"
    description = "CSV: a row per mention (extract) or per claim (analyze)"

    def write_extractions(self, results: Iterable[tuple[Document, Extraction]], out: TextIO) -> None:
        """A row per mention."""
        writer = csv.DictWriter(out, MENTION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for _, extraction in results:
            for m in extraction.mentions:
                row: dict[str, Any] = {"doc": extraction.doc, "kind": m.kind, "field": m.field, "start": m.start,
                                       "end": m.end, "text": m.text, "plugin": m.plugin}
                if isinstance(m, TimeMention):
                    row.update(type=m.type, value=m.value, mod=m.mod)
                elif isinstance(m, CountMention):
                    row.update(value=m.value, low=m.low, high=m.high, op=m.op, unit=m.unit, category=m.category)
                elif isinstance(m, QuoteMention):
                    row.update(speaker=m.speaker, source=m.source.text if m.source else None,
                               cue=m.cue.text if m.cue else None, direct=m.direct)
                writer.writerow({k: _cell(v) for k, v in row.items()})

    def write_analysis(self, analysis: Analysis, out: TextIO) -> None:
        """A row per claim, with the numbers of the conflicts it takes part in."""
        involved: dict[str, list[str]] = {}
        for number, conflict in enumerate(analysis.conflicts, 1):
            for claim_id in conflict.claims:
                involved.setdefault(claim_id, []).append(f"{number}:{conflict.kind}")
        writer = csv.DictWriter(out, CLAIM_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for c in analysis.claims:
            writer.writerow({
                "id": c.id, "doc": c.doc, "field": c.field, "start": c.start, "end": c.end,
                "source": _cell(c.source.name if c.source else None), "modality": c.modality,
                "said_on": _cell(c.said_on), "subjects": " ".join(c.subjects),
                "conflicts": " ".join(involved.get(c.id, [])), "text": c.text,
            })


@hookimpl
def claimkit_register_formats(register: Callable[[Any], None]) -> None:
    """Register ``csv``."""
    register(CSVFormat())
