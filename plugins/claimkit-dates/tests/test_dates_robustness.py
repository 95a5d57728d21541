"""Edge cases: pathological input finishes, any string is safe, offsets always slice."""

from __future__ import annotations

import itertools
import string

from claimkit_dates import claimkit_extract, find_times
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import Document


def test_megabyte_of_pathological_text_finishes() -> None:
    """Endless digits, repeated month names and units: extraction finishes with sane mentions."""
    text = ("9" * 500_000 + " " + "May June July " * 5_000 + "1999 " * 10_000 + "the past two years " * 5_000
            + "-/-:" * 50_000 + "12/12/" * 5_000 + "10:30 " * 5_000 + "Jan.Feb.Mar." * 5_000)
    document = Document(id="big", text=text, published="2024-03-13")
    mentions = find_times(document)
    assert len(text) > 1_000_000
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert all(m.value is None or len(m.value) < 40 for m in mentions)


def test_empty_document() -> None:
    """An empty text has no temporal expression."""
    assert find_times(Document(id="e", text="")) == []


_ALPHABET = string.ascii_letters + string.digits + " .,-/:'\n" + "éü“”’"
_WORDS = st.sampled_from(["May", "march", "2024", "last", "the", "past", "two", "years", "ago", "Monday", "p.m.",
                          "10:30", "mid-", "quarter", "third", "a", "day", "later", "6/14/2023", "Q3", "now"])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300), st.sampled_from([None, "2024-03-13", "2000-02-29"]))
def test_any_string_is_safe(text: str, published: str | None) -> None:
    """No crash on any string; every mention slices the text."""
    for mention in claimkit_extract(Document(id="h", text=text, published=published)):
        assert text[mention.start:mention.end] == mention.text


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_word_salad_is_safe_and_ordered(text: str) -> None:
    """Temporal words in any order: mentions come in document order without overlaps."""
    mentions = find_times(Document(id="w", text=text, published="2024-03-13"))
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start
