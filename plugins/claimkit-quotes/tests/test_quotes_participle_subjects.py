"""The subject of a main clause speaks through a participle cue after its comma ("X went to court, saying ..."),
whatever its shape: a two-word name, or capitalised modifiers before a noun of people. Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content", "source", "speaker"),
    [
        ("Anna Berg went to court, saying the river was polluted.", "the river was polluted", "Anna Berg",
         "Anna Berg"),
        ("Local farmers went to court, saying the river was polluted.", "the river was polluted", "Local farmers",
         None),
        ("Opposition lawmakers seized on the audit, saying it proved the fund was mismanaged.",
         "it proved the fund", "Opposition lawmakers", None),
        ("Harbour Board members voted the plan down, arguing it cost too much.", "it cost too much",
         "Harbour Board members", None),
        ("Berg hit back, saying the river was polluted.", "the river was polluted", "Berg", "Berg"),
    ],
)
def test_the_main_clause_subject_speaks(text: str, content: str, source: str, speaker: str | None, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source
    if speaker is not None:
        assert m.speaker == speaker


def test_a_fronted_phrase_is_no_subject(find) -> None:
    # "In the morning," is a phrase, not a clause: the participle's speaker is the subject after it.
    m = find("In the morning, Anna Berg went to court, saying the river was polluted.", "the river was polluted")
    assert m.source is not None and m.source.text == "Anna Berg"
