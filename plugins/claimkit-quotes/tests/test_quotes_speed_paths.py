"""The shortcuts taken for speed give what the plain readings give."""

from __future__ import annotations

import re
import time
from importlib import metadata

import pytest
from claimkit_quotes import PLUGIN_NAME, claimkit_extract, extract_quotes
from claimkit_quotes.candidates import SentenceView, clause_stop
from claimkit_quotes.cues import find_cues
from claimkit_quotes.extract import cues_outside
from claimkit_quotes.marks import find_quotes
from claimkit_quotes.sentences import Sentence, tokenize, tokenize_with_starts
from claimkit_quotes.speakers import SpeakerResolver, last_org_name
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import Document

# Pieces that make token edges likely: words, marks, apostrophes, hyphens and periods inside words, and spaces.
_PIECES = ["'", "''", "’", '"', "“", "”", " ", "  ", "\n", ".", "-", "_", "said", "Berg", "U.S.", "7", "é", ",", "("]
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.text(max_size=40))


def test_plugin_name_is_the_entry_point_name() -> None:
    """Mentions carry the name the pipeline would give them, so it need not copy them."""
    names = {ep.name for ep in metadata.entry_points(group="claimkit") if ep.value == "claimkit_quotes"}
    assert names == {PLUGIN_NAME}


def test_hook_mentions_differ_from_plain_ones_only_in_plugin_name() -> None:
    text = "“We will rebuild the bridge by spring,” Mayor Anna Berg said on Tuesday. She added that work starts soon."
    plain = extract_quotes(text)
    hooked = claimkit_extract(Document(id="d", text=text))
    assert plain and [m.to_data() | {"plugin": PLUGIN_NAME} for m in plain] == [m.to_data() for m in hooked]


@settings(max_examples=400, deadline=None)
@given(_TEXTS.filter(bool), st.integers(0, 30), st.integers(0, 60), st.booleans())
def test_sentence_head_is_the_tokenised_span(text: str, cut: int, window: int, truncated: bool) -> None:
    """A sentence view's head tokens are what tokenising the span gives, whether read from the window or afresh."""
    sentence = Sentence(0, len(text), 0)
    toks, starts = tokenize_with_starts(text, 1 if truncated else 0, window)
    ctx = SentenceView(text, sentence, toks, [], [], truncated=truncated, starts=starts)
    assert ctx.head(cut) == tokenize(text, 0, cut)


_QUOTED = st.lists(st.sampled_from(["“", "”", '"', "''", "'", "«", "»", "„", " ", "  ", "\n", "said", "Said", "says",
                                    "according to", "claim", "Berg", ".", ",", "-", "x"]), max_size=18).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_QUOTED, st.text(max_size=40)))
def test_cues_outside_quotations_are_the_whole_scan_without_those_inside(text: str) -> None:
    """Scanning only between the quotations finds what scanning everything and dropping the cues inside them does."""
    doubles = [q for q in find_quotes(text) if not q.single]
    expected = [hit for hit in find_cues(text) if not any(q.start < hit.start < q.end for q in doubles)]
    assert list(cues_outside(text, doubles)) == expected


_NAMES = st.sampled_from(["Anna Berg", "Tom Berg", "Berg", "Anna  Berg", "Tom Reed", "Reed", "Ann Lee-Reed",
                          "Dr. Ann Lee", "Lee", "", " ", "Ånne Berg", "anna berg"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES, max_size=8), st.lists(_NAMES, max_size=8), _NAMES)
def test_surname_lookup_is_the_latest_full_name(given_people: list[str], added: list[str], word: str) -> None:
    """A surname resolves to the latest remembered name with a space whose last word it is, as a scan back finds."""
    resolver = SpeakerResolver("", people=[(0, name, None) for name in given_people])
    for pos, name in enumerate(added):
        resolver._add_person((pos, name, None))
    scan = next((name for _, name, _ in reversed(resolver.people)
                 if (name.split()[-1].lower() if name.split() else "") == word.lower() and " " in name), None)
    assert resolver._person_by_surname(word) == scan


# Pieces of organisation names: capitalised words of every length up to past the limit of 21 characters, the head
# word glued to other characters, apostrophes, hyphens and spaces of several kinds.
_ORG_PIECES = st.sampled_from(["Harbor", "Board", "The", "A", "x", "Boards", "Board’s", "Anti-Fraud", "B’c", "Q'r",
                               "X" * 21, "X" * 22, "B", "É", "_", "1", "Board-backed", "“The", "(Harbor", " ", " ",
                               "  ", "\n", ", ", "-", "’", "'", ". "])


def _org_by_pattern(text: str, word: str, lo: int, hi: int) -> str | None:
    """The last organisation name by the plain pattern, compiled for the head word."""
    pattern = re.compile(r"[A-Z](?<![\w’'][A-Z])[\w’'-]{0,20} (?:[A-Z][\w’'-]{0,20} ){0,3}" + re.escape(word)
                         + r"(?![\w’'])")
    best = None
    for m in pattern.finditer(text, lo, hi):
        best = m.group().strip()
    return best


@settings(max_examples=400, deadline=None)
@given(st.lists(_ORG_PIECES, max_size=40).map("".join), st.sampled_from(["Board", "B", "Harbor", "Xy"]),
       st.integers(0, 400), st.integers(0, 400))
def test_organisation_name_scan_is_the_pattern_scan(text: str, word: str, lo: int, hi: int) -> None:
    """The name scan that tries only the capitals near the head word finds the last match of the whole pattern."""
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert last_org_name(text, word, lo, hi) == _org_by_pattern(text, word, lo, hi)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbor Pilots Board met. Later the board said", "The Harbor Pilots Board"),
    ("A Foreign Board and the Water Board met; the board said", "Water Board"),
    ("The Anti-Fraud Board-backed fund asked whether the board said", "The Anti-Fraud Board"),
    ("the board said", None),
    # Four words of the longest length the pattern reads, the farthest a name's start can lie from its head word.
    (" ".join(["Abcdefghijklmnopqrstu"] * 4) + " Board and the board said", " ".join(["Abcdefghijklmnopqrstu"] * 4)
     + " Board"),
])
def test_organisation_name_scan_finds_the_last_name(text: str, expected: str | None) -> None:
    assert last_org_name(text, "Board", 0, text.index("board said")) == expected


# Pieces of clauses with and without the stops that end a content (", adding", "; ", " but saying", ",” adding").
_STOP_PIECES = [" ", "  ", ",", ";", "”", '"', " and", " but", " adding", " saying", " questioning", " to", " Berg",
                " the plan", "that", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STOP_PIECES), min_size=1, max_size=24).map("".join),
       st.lists(st.integers(0, 80), max_size=8),
       st.integers(0, 80))
def test_remembered_clause_stop_is_the_fresh_search(text: str, starts: list[int], cut: int) -> None:
    """A sentence view that reuses its last clause-stop search finds what a fresh search finds, in any order of
    starts (a long series reads its members' contents left to right, other rules in any order)."""
    ctx = SentenceView(text, Sentence(0, len(text), 0), [], [], [])
    end = min(cut, len(text))
    for start in starts:
        start = min(start, end)
        assert ctx._clause_stop(start, end) == clause_stop(text, start, end)


class _CountingPattern:
    """A compiled pattern that counts its scans (a structural check that a scan runs once, not once a member)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def search(self, *args: object) -> object:
        self.scans += 1
        return self.pattern.search(*args)  # type: ignore[arg-type]

    def finditer(self, *args: object) -> object:
        self.scans += 1
        return self.pattern.finditer(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize("head", [
    # the members continue the reporting verb (the series rule takes each of them) ...
    "Berg praised the plan",
    # ... or follow a content that is a clause of its own (the rule turns each of them down)
    "Berg said the plan was sound",
])
def test_a_long_comma_series_is_read_in_linear_time(head: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence of thousands of verb phrases in a comma series closed by "and": the series close and each clause
    stop are scanned a bounded number of times, not once a member (which took 47 s at 100,000 characters)."""
    import claimkit_quotes.candidates as candidates
    import claimkit_quotes.layouts as layouts

    closes = _CountingPattern(layouts._SERIES_CLOSE)
    monkeypatch.setattr(layouts, "_SERIES_CLOSE", closes)
    stops: list[int] = []
    plain_stop = candidates.clause_stop

    def counting_stop(text: str, start: int, end: int) -> tuple[int, int] | None:
        stops.append(start)
        return plain_stop(text, start, end)

    monkeypatch.setattr(candidates, "clause_stop", counting_stop)
    members = 5_000
    text = head + ", praised the crews" * members + ", and warned of delays."
    started = time.perf_counter()
    quotes = extract_quotes(text)
    elapsed = time.perf_counter() - started
    assert len(text) > 95_000
    assert closes.scans <= 2 and len(stops) <= 10
    assert elapsed < 20  # generous: about half a second on one core, minutes when quadratic
    assert quotes and all(m.source is not None and m.source.text == "Berg" for m in quotes)
