"""The TimeML export: inline TIMEX3 tags, the ``tml`` output format."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from claimkit_dates import find_times, to_timeml
from claimkit_dates.timeml import TimeMLFormat

from claimkit import Document, Extraction, QuoteMention, TimeMention
from claimkit.cli import main


def _document() -> Document:
    return Document(id="d1", text="The dam opened on Monday & closed two weeks later.", published="2024-03-13")


def test_timeml_tags_every_time_inline() -> None:
    """The text comes back with a TIMEX3 element around each time mention, in order, with its attributes."""
    document = _document()
    root = ET.fromstring(to_timeml(document, find_times(document)))
    timexes = root.find("TEXT").findall("TIMEX3")  # type: ignore[union-attr]
    assert [(t.text, t.get("type"), t.get("value")) for t in timexes] == [
        ("Monday", "DATE", "2024-03-11"), ("two weeks later", "DATE", "2024-03-25")]
    assert "".join(root.find("TEXT").itertext()) == document.text  # type: ignore[union-attr]


def test_timeml_has_the_creation_time() -> None:
    """The publication date is the DCT, tid t0, and relative values point at it."""
    document = _document()
    root = ET.fromstring(to_timeml(document, find_times(document)))
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and (dct.get("tid"), dct.get("value")) == ("t0", "2024-03-13")
    first = root.find("TEXT/TIMEX3")
    assert first is not None and first.get("anchorTimeID") == "t0"


def test_timeml_skips_overlaps_and_other_kinds() -> None:
    """Inline tags cannot cross: an overlapping time mention and non-time mentions are left out."""
    document = Document(id="d2", text="Monday morning", published="2024-03-13")
    mentions = [TimeMention(start=0, end=14, text="Monday morning", type="TIME", value="2024-03-11TMO"),
                TimeMention(start=7, end=14, text="morning", type="TIME", value="2024-03-13TMO"),
                QuoteMention(start=0, end=6, text="Monday")]
    root = ET.fromstring(to_timeml(document, mentions))
    assert [t.text for t in root.iter("TIMEX3") if t.get("tid") != "t0"] == ["Monday morning"]


def test_tml_format_writes_each_document() -> None:
    """The ``tml`` output format writes one TimeML element per extracted document."""
    document = _document()
    out = io.StringIO()
    TimeMLFormat().write_extractions([(document, Extraction(doc="d1", mentions=find_times(document)))], out)
    assert out.getvalue().count("<TimeML") == 1 and "&amp;" in out.getvalue()


def test_timeml_command_writes_one_file_per_document(tmp_path: Path) -> None:
    """``claimkit timeml`` writes DOCID.tml for each input document."""
    source = tmp_path / "docs.jsonl"
    rows = [{"id": "a/1", "text": "The dam opened on Monday.", "published": "2024-03-13"},
            {"id": "b2", "text": "Nothing happened.", "published": "2024-03-13"}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "tml"
    assert main(["timeml", str(source), "--dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a_1.tml", "b2.tml"]
    root = ET.fromstring((out / "a_1.tml").read_text(encoding="utf-8"))
    assert [t.text for t in root.iter("TIMEX3") if t.get("tid") != "t0"] == ["Monday"]
