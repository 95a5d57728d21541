"""TimeML export: each document with its TIMEX3 tags inline (``.tml``), for TempEval tooling.

``claimkit extract docs.jsonl --format tml`` writes one ``<TimeML>`` element per document: ``DOCID``, the
publication date as the creation time (``tid="t0"``), and the body with every time mention tagged in place.
``claimkit timeml docs.jsonl --dir out/`` writes one ``<DOCID>.tml`` file per document, as TempEval tools expect.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from claimkit import Analysis, Document, Extraction, Mention, TimeMention, hookimpl
from claimkit.readers import InputProblem, read_inputs


def _timex_attributes(mention: TimeMention, tid: str, anchors: dict[tuple[int, int], str]) -> str:
    attributes = [("tid", tid), ("type", mention.type)]
    if mention.value is not None:
        attributes.append(("value", mention.value))
    if mention.mod:
        attributes.append(("mod", mention.mod))
    if mention.anchor in ("published", "narrative"):
        attributes.append(("temporalFunction", "true"))
        if mention.anchor == "published":
            attributes.append(("anchorTimeID", "t0"))
        elif mention.anchor_span is not None and (mention.anchor_span.start, mention.anchor_span.end) in anchors:
            attributes.append(("anchorTimeID", anchors[(mention.anchor_span.start, mention.anchor_span.end)]))
    else:
        attributes.append(("temporalFunction", "false"))
    attributes.append(("functionInDocument", "NONE"))
    return " ".join(f"{name}={quoteattr(value)}" for name, value in attributes)


def to_timeml(document: Document, mentions: Sequence[Mention]) -> str:
    """The TimeML document: body text with inline ``<TIMEX3>`` tags for the time mentions of ``document.text``.

    Mentions that overlap an earlier one are left out, since inline tags cannot cross.

    Args:
        document: the article.
        mentions: its mentions (other kinds and title mentions are ignored).

    Returns:
        A string holding one ``<TimeML>`` element.
    """
    times = sorted((m for m in mentions if isinstance(m, TimeMention) and m.field == "text"),
                   key=lambda m: (m.start, -m.end))
    text = document.text
    kept: list[TimeMention] = []
    reach = 0
    for mention in times:
        if mention.start >= reach and text[mention.start:mention.end] == mention.text:
            kept.append(mention)
            reach = mention.end
    anchors = {(m.start, m.end): f"t{i}" for i, m in enumerate(kept, 1)}
    parts = ['<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n',
             f"<DOCID>{escape(document.id)}</DOCID>\n"]
    if document.published is not None:
        day = document.published.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n')
    if document.title:
        parts.append(f"<TITLE>{escape(document.title)}</TITLE>\n")
    parts.append("<TEXT>")
    position = 0
    for mention in kept:
        tid = anchors[(mention.start, mention.end)]
        parts.append(escape(text[position:mention.start]))
        parts.append(f"<TIMEX3 {_timex_attributes(mention, tid, anchors)}>{escape(mention.text)}</TIMEX3>")
        position = mention.end
    parts.append(escape(text[position:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


class TimeMLFormat:
    """``tml``: TimeML with inline TIMEX3 tags, one ``<TimeML>`` element per document."""

    name = "tml"
    description = "TimeML: each document's text with inline TIMEX3 tags (extract only)"
    #: An analysis has no document text to tag: the command line refuses ``analyze --format tml``.
    commands = ("extract",)

    def write_extractions(self, results: Iterable[tuple[Document, Extraction]], out: TextIO) -> None:
        """One TimeML element per document, in input order."""
        for document, extraction in results:
            out.write(to_timeml(document, extraction.mentions))
            out.flush()

    def write_analysis(self, analysis: Analysis, out: TextIO) -> None:
        """An analysis has no document text to tag: write a comment saying so."""
        out.write("<!-- the tml format tags documents: use `claimkit extract --format tml` -->\n")


@hookimpl
def claimkit_register_formats(register: Callable[[Any], None]) -> None:
    """Register the ``tml`` output format."""
    register(TimeMLFormat())


def _file_name(doc_id: str) -> str:
    """A file name for a document id: characters other than letters, digits, "." and "-" become "_"."""
    return re.sub(r"[^\w.-]", "_", doc_id)[:120].lstrip(".") or "document"


def cmd_timeml(args: argparse.Namespace) -> int:
    """``claimkit timeml``: one ``.tml`` file per input document in ``--dir``.

    Returns:
        0 when at least one document was written, 1 otherwise.
    """
    from .extract import find_times

    out_dir = Path(args.dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for item in read_inputs(args.inputs):
        if isinstance(item, InputProblem):
            sys.stderr.write(f"claimkit: {item} (skipped)\n")
            continue
        (out_dir / f"{_file_name(item.id)}.tml").write_text(to_timeml(item, find_times(item)), encoding="utf-8")
        written += 1
    sys.stderr.write(f"claimkit: wrote {written} TimeML file{'s' if written != 1 else ''} to {out_dir}\n")
    return 0 if written else 1


@hookimpl
def claimkit_register_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``claimkit timeml``."""
    parser = subparsers.add_parser("timeml", help="write one TimeML file per document, its times tagged inline")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSON Lines files, .txt/.md articles or folders of them; - for standard input")
    parser.add_argument("-d", "--dir", required=True, help="folder for the .tml files (created if missing)")
    parser.set_defaults(func=cmd_timeml)
