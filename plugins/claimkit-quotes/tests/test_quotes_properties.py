"""Invariants on any input: no crash, offsets slice the text, output deterministic."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = st.sampled_from([
    "“", "”", "\"", "'", "’", "‘", "«", "»", "„", "''", ",", ".", ":", ";", " — ", "\n", "\n\n", " ", "said",
    "told", "according to", "Anna Berg", "he", "she", "who", "the ministry", "Mr.", "U.S.", "that", "saying",
    "seemed", "Asked", "(", ")", "reports", "the bridge will open", "We will stay", "?", "!",
    "Anna Berg said:", "“We stay.”", "he told reporters", "when asked", "was asked", "In a new poll,",
    "Berg slammed the plan", "his claim that", "a source familiar with the talks", ", 39,", "said in a statement",
    "on Saturday", "Tuesday",
])
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=60).map(" ".join),
                  st.lists(_PIECES, max_size=60).map("".join))


def _check(text: str) -> None:
    for m in extract_quotes(text):
        assert text[m.start:m.end] == m.text
        for span in (m.cue, m.source):
            if span is not None:
                assert text[span.start:span.end] == span.text
        for s, e in m.parts:
            assert m.start <= s < e <= m.end


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_any_text_yields_valid_offsets(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_output_is_deterministic(text: str) -> None:
    assert extract_quotes(text) == extract_quotes(text)


@pytest.mark.parametrize("text", [
    "Later, Hale said on Saturday",  # the day closes the text right after the cue
    "Earlier, the mayor said Tuesday",
    "see her record, Hale said on Saturday\nthat the weather had",
])
def test_a_day_closing_the_sentence_after_its_cue(text: str) -> None:
    _check(text)
