"""What a new user reads: the text report names every mention kind and counts in good English."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from claimkit import Analysis, Document, Extraction, analyze
from claimkit.formats.text import TextFormat
from claimkit.types import OtherMention

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_a_third_party_mention_kind_is_listed_in_the_text_report():
    doc = Document(id="h1", text="Crowds met at #RiverDay today")
    tag = OtherMention(start=14, end=23, text="#RiverDay", other_kind="hashtag", data={"tag": "riverday"})
    out = io.StringIO()
    TextFormat().write_extractions([(doc, Extraction(doc="h1", mentions=[tag]))], out)
    assert out.getvalue().splitlines()[1:3] == ["  hashtag (1)", "    “#RiverDay”"]


def test_the_analysis_summary_says_one_document_not_one_documents():
    out = io.StringIO()
    TextFormat().write_analysis(Analysis(documents=["only"]), out)
    assert out.getvalue().splitlines()[0] == "1 document, 0 claims from 0 sources, 0 conflicts"


def test_an_unknown_format_is_a_command_line_error():
    env = {k: v for k, v in os.environ.items() if k != "CLAIMKIT_STRICT"}
    proc = subprocess.run([sys.executable, "-m", "claimkit", "extract", str(EXAMPLES), "--format", "yaml"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("claimkit: unknown format 'yaml'; choose from ")


def test_a_predicate_keyed_by_lemma_and_stem_is_one_timeline_subject():
    docs = [
        {"id": "a", "title": "Lenmark council approves budget", "published": "2026-03-04",
         "text": "The Lenmark city council approved the new budget on Monday, officials said."},
        {"id": "b", "title": "Lenmark budget vote next week", "published": "2026-03-05",
         "text": "The Lenmark city council is expected to approve the new budget next week, a spokesman said."},
    ]
    analysis = analyze(docs)
    keyed = [k for c in analysis.claims for k in c.subjects if k.startswith("event:approv")]
    assert {"event:approve|budget", "event:approv|budget"} <= set(keyed)  # (the case under test: both keys) ...
    out = io.StringIO()
    TextFormat().write_analysis(analysis, out)
    timeline = out.getvalue().split("TIMELINE BY SUBJECT\n")[1].split("\n\n")[0]
    headers = [line for line in timeline.splitlines() if not line.startswith("    ")]
    assert headers == ["  budgets: “approve…”  (event:approve|budget)  [conflict]"]  # ... and shown as one
    assert timeline.count("approved the new budget on Monday") == 1
