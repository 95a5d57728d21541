"""The cheap test for negation and hypothetical cues near a count gives the flags the full reading of the words gives.

``Context.flags`` skips reading the words of a count's windows when a byte copy of them holds no cue; the reference
is ``Context._cues``, which always reads them. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from claimkit_counts.context import AFTER, BEFORE, Context
from claimkit_counts.extract import extract_counts
from hypothesis import given, settings
from hypothesis import strategies as st


def _pairs(text: str) -> list[tuple[tuple[bool, bool], tuple[bool, bool]]]:
    """For every count of ``text``: (negated, hypothetical) as ``flags`` gives them and as the full reading does."""
    ctx = Context(text)
    out = []
    for m in extract_counts(text):
        s, e = ctx.sentence(m.start)
        full = ctx._cues(max(s, m.start - BEFORE), m.start, m.end, min(e, m.end + AFTER))
        out.append((ctx.flags(m.start, m.end)[:2], full))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 40 passengers and 3 cars.",  # no cue at all
        "The council did not approve 12 new buses.",  # a negation before
        "The council DID NOT approve 12 new buses.",  # upper case
        "The council didn't approve 12 buses; it hired 30 drivers.",  # "n't", and a clause break
        "The town could hire 25 guards, officials said.",  # a modal before
        "Up to 25 guards could be hired, the mayor said.",  # a modal after
        "Up to 25 guards, the mayor said, could be hired.",  # after a comma: not read
        "The plan (if approved) adds 8 lanes.",  # a cue inside brackets
        "The board said “no” to 14 projects.",  # a cue inside curly quotes
        "The board said no,14 projects were cut.",  # a cue glued to the number by a comma
        "The board said no$14 million was cut.",  # a word glued to the amount
        "It cut 14%not 20%.",  # a word glued after the amount
        "Reviewers noted 9 errors; nobody fixed 4 of them.",  # cue-like prefixes ("noted") are no cues
        "A very long opening clause about the harbour, its ferries, its quays and its wardens, never once, recorded"
        " 60 sailings.",  # a cue near the far edge of the window
        "Wardens at the \u212aelvin lab could not count 7 probes.",  # the Kelvin sign
        "The İzmir office may add 5 desks.",  # a letter that lower-cases to two characters
        "Ferries\u00a0never\u00a0carried 90 cars.",  # no-break spaces
    ],
)
def test_cue_test_matches_full_reading(text: str) -> None:
    pairs = _pairs(text)
    assert pairs
    for fast, full in pairs:
        assert fast == full


_PIECES = st.sampled_from([
    "12", "400", "2,000", " ", " ", " ", "\n", ",", ".", ";", "(", ")", "“", "”", "’", "'", "\u00a0", "\u212a",
    "İ", "not", "NOT", "Never", "n't", "no", "none", "if", "could", "would", "may", "plan", "without", "noted",
    "notably", "ifs", "troops", "people", "said", "but", "while", "however", "the", "sent", "é", "-",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_cue_test_matches_full_reading_on_generated_text(text: str) -> None:
    for fast, full in _pairs(text):
        assert fast == full


# ``flags`` reads a paragraph's quotation marks on from the count before it in the same paragraph; the reference is
# ``Context.quoted``, which reads the paragraph up to the count afresh every time.
_QUOTE_PIECES = st.sampled_from([
    "12", "400", "2,000", "7 boats", " ", " ", " ", "\n", '"', "“", "”", ",", ".", "said", "the", "ferries",
])


def _quoted_pairs(text: str, order: list[int] | None = None) -> list[tuple[bool, bool]]:
    ctx = Context(text)
    mentions = extract_counts(text)
    picked = [mentions[i] for i in order] if order is not None else mentions
    return [(ctx.flags(m.start, m.end)[2], ctx.quoted(m.start)) for m in picked]


@pytest.mark.parametrize(
    "text",
    [
        "“We sent 12 boats,” she said, “and 40 more.” Then 7 boats returned.",
        'He said "300 came" and 20 left, "50 stayed".\n"Only 9" was the answer.',
        "“Nine of 40 boats\n\nsank,” he said of 3 ports.",
    ],
)
def test_quoted_read_on_matches_reading_afresh(text: str) -> None:
    pairs = _quoted_pairs(text)
    assert len(pairs) >= 3
    for fast, full in pairs:
        assert fast == full


def test_quoted_read_on_matches_reading_afresh_out_of_order() -> None:
    """A count before the one read last (in the same paragraph) is read afresh."""
    pairs = _quoted_pairs("“We sent 12 boats,” she said, “and 40 more.” Then 7 boats returned.", order=[2, 0, 1])
    assert [fast for fast, _ in pairs] == [full for _, full in pairs]


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=40).map("".join))
def test_quoted_read_on_matches_reading_afresh_on_generated_text(text: str) -> None:
    for fast, full in _quoted_pairs(text):
        assert fast == full
