"""The subject of a main clause speaks through a participle cue after its comma ("X went to court, saying ..."),
whatever its shape: a two-word name, or capitalised modifiers before a noun of people. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


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


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Two senior officials familiar with the talks said a deal was close.", "a deal was close",
         "Two senior officials familiar with the talks"),
        ("All the senators said a deal was close.", "a deal was close", "All the senators"),
        ("The two top aides said a deal was close.", "a deal was close", "The two top aides"),
    ],
)
def test_stacked_determiners_stay_in_the_source(text: str, content: str, source: str, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The minister was quoted as saying that the border would remain closed.",
        "Berg was cited as saying the border would stay shut.",
    ],
)
def test_quoted_as_saying_has_no_passive_content(text: str) -> None:
    # The speaker of "was quoted as saying" is the subject; the participle's clause is the only content.
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].source is not None and quotes[0].source.text in ("The minister", "Berg")
