"""The tense reading visits only the words that can mark a tense, and reads what a visit of every word reads."""

from __future__ import annotations

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


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=12), st.booleans())
def test_visiting_marked_words_reads_like_visiting_all(words: list[str], sentence_start: bool) -> None:
    """Backwards (the clause before a date) and forwards (the clause after it), with and without a word adjacent."""
    cased, lows = _clause(words)
    backwards = range(len(lows) - 1, -1, -1)
    forwards = range(len(lows))
    assert ex._tense_of_words(cased, lows, ex._marked(lows, backwards), sentence_start, len(lows) - 1) == \
        ex._tense_of_words(cased, lows, backwards, sentence_start, len(lows) - 1)
    assert ex._tense_of_words(cased, lows, ex._marked(lows, forwards), False) == \
        ex._tense_of_words(cased, lows, forwards, False)


def test_ordinary_words_are_not_visited() -> None:
    """In 'the board walked out' only 'walked' (an -ed form) can mark a tense."""
    _, lows = _clause(["the", "board", "walked", "out"])
    assert ex._marked(lows, range(len(lows))) == [2]
