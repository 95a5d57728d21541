"""The trigger scan (one regex over a trie of the trigger words) finds what a word-by-word search finds."""

from __future__ import annotations

import pytest
from claimkit_dates import extract as ex
from claimkit_dates import lexicon as lx
from hypothesis import given, settings
from hypothesis import strategies as st


def _by_words(text: str) -> list[tuple[int, str]]:
    """The triggers by the definition: each listed token's word, found after a space and before no letter."""
    scan = ex.Scan.of(text)
    clean = b" " + scan.spaced_low
    present = {ex.TRIGGER_TOKENS[token] for token in clean.split() if token in ex.TRIGGER_TOKENS}
    found = []
    for word in present:
        needle = b" " + word.encode()
        i = clean.find(needle)
        while i >= 0:
            j = i + len(needle) - 1
            if (j >= len(scan.spaced_low) or not (chr(scan.spaced_low[j]).isalnum() or scan.spaced_low[j] == 95)) \
                    and not (word in lx.AMBIGUOUS_MONTHS and text[i].islower()):
                found.append((i, word))
            i = clean.find(needle, i + len(needle))
    return sorted(found)


_TEXTS = [
    "The vote came on Tuesday, two weeks after the 2019 census.",
    "In mid-March the ferry ran twice a week; by May it ran daily.",
    "She may march in the parade, she said last year.",
    "The talks resumed at 10 a.m. and ended by midnight, three hours later.",
    "It is done now*, she said.",
    "It is done now*, she said, and now it ends.",
    "Years\u2014decades, even\u2014passed before the '90s revival.",
    "The fair's days-long run\x0bnow ends.",
    "Mondays and Fridays the office opens at noon; yearly fees apply.",
    "The 45th lap of 3000 metres began at 20.30am, not 10.30am, in 2004.5 or the 2150s (see 1.30pm and 2099.).",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_scan_agrees_with_a_word_search(text: str) -> None:
    """Same offsets and words as searching each listed word of the text on its own."""
    triggers = [(i, word) for i, word in ex._triggers(ex.Scan.of(text)) if word not in ("/", ":")]
    assert triggers == _by_words(text)


def test_a_word_only_in_an_unlisted_form_is_no_trigger() -> None:
    """'now*' is not a listed token: no trigger, unless the text has 'now' in a listed form too."""
    assert [w for _, w in ex._triggers(ex.Scan.of("It is done now*, she said."))] == []
    assert [w for _, w in ex._triggers(ex.Scan.of("It is done now*, and now."))] == ["now", "now"]


_WORDS = st.sampled_from(["May", "may", "march", "2024", "the", "past", "years", "years.", "year's", "'90s", "now",
                          "now*", "p.m.", "Monday", "mid-", "quarter", "week-long", "\x0b", "days", "x", "3000",
                          "45th", "2004.5", "20.30am", "10.30am", "1990s"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_scan_agrees_on_word_salad(text: str) -> None:
    """Any mix of trigger words in their forms: the scan and the word search agree."""
    triggers = [(i, word) for i, word in ex._triggers(ex.Scan.of(text)) if word not in ("/", ":")]
    assert triggers == _by_words(text)
