"""The tense reading visits only the words that can mark a tense, and reads what a visit of every word reads."""

from __future__ import annotations

from unittest import mock

import pytest
from claimkit_dates import extract as ex
from claimkit_dates import lexicon as lx
from hypothesis import given, settings
from hypothesis import strategies as st

_MARKER_WORDS = sorted({*lx.PAST_MARKERS, *lx.MODAL_MARKERS, *(w for w in lx.FUTURE_MARKERS if " " not in w)})
_PAIR_WORDS = sorted({part for pair in lx.FUTURE_MARKERS if " " in pair for part in pair.split()})
_WORDS = st.sampled_from(
    _MARKER_WORDS + _PAIR_WORDS
    + ["the", "board", "if", "had", "been", "be", "to", "next", "by", "not", "have", "get", "is", "on", "until"]
    + ["walked", "United", "opened", "bed", "they'll", "reed", "Said", "WILL", "May", "Planned", "a", "still"])


def _clause(words: list[str]) -> tuple[list[bytes], list[bytes]]:
    cased = [w.encode() for w in words]
    return cased, [w.lower() for w in cased]


def _reading(cased: list[bytes], lows: list[bytes], order: range, sentence_start: bool, *adjacent: int) -> object:
    """What ``_tense_of_words`` gives, or the type of what it raises (a "could" first in a clause reads past its
    start: the same either way)."""
    try:
        return ex._tense_of_words(cased, lows, order, sentence_start, *adjacent)
    except IndexError as error:
        return type(error)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=12), st.booleans())
def test_visiting_marked_words_reads_like_visiting_all(words: list[str], sentence_start: bool) -> None:
    """Backwards (the clause before a date) and forwards (the clause after it), with and without a word adjacent:
    the visit from the first marked word, skipping unmarked ones, reads what a visit of every word reads (every
    word made a marker)."""
    cased, lows = _clause(words)
    backwards = range(len(lows) - 1, -1, -1)
    forwards = range(len(lows))
    nearest = ex._first_marked(lows, backwards)
    first = ex._first_marked(lows, forwards)
    marked_backwards = _reading(cased, lows, range(nearest, -1, -1), sentence_start, len(lows) - 1) \
        if nearest >= 0 else None
    marked_forwards = _reading(cased, lows, range(first, len(lows)), False) if first >= 0 else None
    with mock.patch.object(ex, "_MARKERS", ex._MARKERS | set(lows)):
        assert marked_backwards == _reading(cased, lows, backwards, sentence_start, len(lows) - 1)
        assert marked_forwards == _reading(cased, lows, forwards, False)


@pytest.mark.parametrize(("words", "first", "nearest"), [
    (["the", "board", "walked", "out"], 2, 2),
    (["they", "will", "have", "finished"], 1, 3),
    (["the", "board", "chair"], -1, -1),
])
def test_first_marked_word(words: list[str], first: int, nearest: int) -> None:
    """Only a marker word ("will") or an -ed or -'ll form ("finished") can mark a tense; "the board chair" has none."""
    _, lows = _clause(words)
    assert ex._first_marked(lows, range(len(lows))) == first
    assert ex._first_marked(lows, range(len(lows) - 1, -1, -1)) == nearest
