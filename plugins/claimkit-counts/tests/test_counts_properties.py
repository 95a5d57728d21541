"""Invariants on any input: no crash, offsets slice the text, values consistent with their intervals."""

from __future__ import annotations

from claimkit_counts import extract_counts
from claimkit_counts.context import _SENTENCE_END, sentence_ends
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimkit.types import COUNT_CATEGORIES, COUNT_OPS

# Text made of the pieces counts are built from, so the parser's paths are exercised, plus arbitrary characters.
_PIECES = st.sampled_from([
    "0", "7", "12", "1,500", "2.5", "3/4", "½", "-", "–", "$", "€", "%", " ", "  ", "\n", ",", ".", "(", ")", '"', "“",
    "”", "one", "two", "twenty", "hundred", "thousand", "million", "dozen", "dozens", "half", "a", "and", "of", "to",
    "between", "more than", "about", "up to", "at least", "or more", "several", "tens of", "troops", "people",
    "soldiers", "km", "percent", "year-old", "May", "in", "never", "could", "k", "bn", "e5", "^2", "x10", "point",
    "over", "minus", "thirds", "Veloran", "said",
])
_TEXT = st.one_of(st.text(max_size=120), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_never_crashes_and_offsets_slice(text: str) -> None:
    """Any string: a list of counts whose offsets slice the text exactly."""
    for m in extract_counts(text):
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
        if m.unit_span is not None:
            assert text[m.unit_span.start:m.unit_span.end] == m.unit_span.text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("0±1")  # a stated tolerance is an interval around an approximate value, not an exact one
def test_intervals_are_consistent(text: str) -> None:
    """Operators and categories come from the contract; an exact value equals both bounds; a range is ordered."""
    for m in extract_counts(text):
        assert m.op in COUNT_OPS
        assert m.category in COUNT_CATEGORIES
        if m.op == "=" and m.value is not None:
            assert m.low == m.high == m.value
        if m.low is not None and m.high is not None:
            assert m.low <= m.high


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_deterministic(text: str) -> None:
    """The same text gives the same counts."""
    assert extract_counts(text) == extract_counts(text)


_SENTENCE_PIECES = st.sampled_from([".", "!", "?", "\n", " ", "  ", "\t", '"', "”", "’", ")", "]", "“", "‘", "(", "[",
                                    "A", "b", "7", "Mr", "..."])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_SENTENCE_PIECES, max_size=40).map("".join)))
def test_sentence_ends_found_stop_by_stop_match_the_pattern(text: str) -> None:
    """The per-character scans for sentence ends find exactly the ends of the one sentence-end pattern."""
    assert sentence_ends(text) == [m.end() for m in _SENTENCE_END.finditer(text)]
