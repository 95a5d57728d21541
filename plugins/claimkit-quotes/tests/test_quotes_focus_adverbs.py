"""A focusing adverb before a subject with an appositive ("Even Anna Berg, an ally of the mayor, said") keeps the
name as the source; before a verb or an adjective it opens no source."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(("text", "content", "source", "speaker"), [
    ("Even Anna Berg, a longtime ally of the mayor, said the plan was doomed.", "the plan was doomed",
     "Anna Berg, a longtime ally of the mayor,", "Anna Berg"),
    ("Only Berg, an ally of the mayor, said the plan was doomed.", "the plan was doomed",
     "Berg, an ally of the mayor,", "Berg"),
    ("But even Tomas Reed, the union's own treasurer, conceded that the fund was empty.", "the fund was empty",
     "Tomas Reed, the union's own treasurer,", "Tomas Reed"),
    ("Especially the ferry company, a small firm with two boats, warned that fares would rise.", "fares would rise",
     "the ferry company, a small firm with two boats,", None),
])
def test_focus_adverb_before_a_named_subject(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]],
        text: str, content: str, source: str, speaker: str | None) -> None:
    assert cue_and_source(text, content)[1] == source
    if speaker is not None:
        assert [m.speaker for m in extract_quotes(text) if content in m.text] == [speaker]


@pytest.mark.parametrize(("text", "content"), [
    ("Reed, the harbour master, also attacked Governor Anna Berg, with whom he clashed at the meeting over the fee, "
     "calling her a liar.", "her a liar"),
    ("Reed, the harbour master, only thanked Mayor Tomas Holt, with whom she toured the pier on Friday, "
     "calling him brave.", "him brave"),
])
def test_focus_adverb_before_a_verb_opens_no_source(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]], text: str, content: str) -> None:
    assert cue_and_source(text, content)[1] == "Reed, the harbour master,"
