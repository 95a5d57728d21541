"""The opener walk's table reads a plain word (letters only) as ``_opener_kind`` reads any word."""

from __future__ import annotations

import pytest
from claimkit_dates import extract as ex
from hypothesis import given, settings
from hypothesis import strategies as st


def _entry_of_any_word(word: str) -> tuple[int, int, str]:
    """The entry as it is read for a word with marks: cut before a line break or an opening bracket or quote."""
    cut = max(word.rfind("\n"), word.rfind("("), word.rfind('"'), word.rfind("\u201c")) + 1
    return (cut, *ex._opener_kind(word[cut:]))


@pytest.mark.parametrize("word", ["the", "The", "EARLY", "of", "Than", "thirty", "Monday", "elections", "quickly",
                                  "İstanbul", "straße", "ǅemal"])
def test_plain_words(word: str) -> None:
    """Openers, inner words, numbers, weekdays and ordinary words, some with letters whose lower case differs."""
    assert ex._opener_entry(word) == _entry_of_any_word(word)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("aehlostyADEILMNTYİßǅ1,.'’-\n(\"\u201c"), min_size=0, max_size=10)
       | st.sampled_from(sorted(ex.OPENERS)))
def test_any_word(word: str) -> None:
    """Words of letters only take the short way; the others the reading with the cut."""
    assert ex._opener_entry(word) == _entry_of_any_word(word)
