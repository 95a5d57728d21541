"""Mentions built without checks equal the ones the attrs constructor builds; a sentence's year found from the
starts of its digit runs is the one a search of the whole sentence finds; sentence ends found one stop character at a
time are the ones one scan finds; the cue test over the scan's letters-only copy gives the flags the byte copy gives.

All sentences are written for these tests.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import pytest
from claimkit_counts import construct
from claimkit_counts.context import _SENTENCE_END, Context, sentence_ends
from claimkit_counts.extract import _LETTERS_ONLY, extract_counts
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import CountMention, Span


@pytest.mark.parametrize(
    ("value", "low", "high", "unit_span", "flags"),
    [
        (40, 40, 40, None, (False, False, False, None)),
        (None, 2000, 2500, Span(10, 16, "troops"), (True, False, True, "2014")),
        (None, None, None, None, (False, True, False, "2014-03")),
        (2.5, 2.5, None, Span(0, 1, "x", "title"), (False, False, False, None)),
    ],
)
def test_count_mention_equals_the_attrs_built_one(
    value: float | None, low: float | None, high: float | None, unit_span: Span | None,
    flags: tuple[bool, bool, bool, str | None],
) -> None:
    fields = {"start": 3, "end": 8, "text": "about", "field": "text", "plugin": "counts", "value": value, "low": low,
              "high": high, "op": "~", "unit": "troop", "unit_span": unit_span, "modifiers": ("infantry",),
              "category": "people", "negated": flags[0], "hypothetical": flags[1], "quoted": flags[2], "time": flags[3]}
    built = construct.count_mention(**fields)
    reference = CountMention(**fields)
    assert type(built) is CountMention
    assert built == reference
    assert hash(built) == hash(reference)
    assert built.plugin == reference.plugin
    assert built.to_data() == reference.to_data()


# the positional constructors, and the slot setters that serve as them when the module is compiled (in pure Python
# they are plain functions, tested all the same)
_COUNT_BUILDERS = [construct.new_count_mention, construct._set_count_mention]
_SPAN_BUILDERS = [construct.new_span, construct._set_span]


@pytest.mark.parametrize("build", _COUNT_BUILDERS)
@pytest.mark.parametrize(
    ("value", "unit_span", "flags"),
    [
        (40, None, (False, False, False, None)),
        (None, Span(10, 16, "troops"), (True, True, True, "2014-03")),
        (2.5, Span(0, 1, "x", "title"), (False, True, False, "2014")),
    ],
)
def test_positional_count_mention_equals_the_attrs_built_one(
    build: Callable[..., CountMention], value: float | None, unit_span: Span | None,
    flags: tuple[bool, bool, bool, str | None],
) -> None:
    fields = {"start": 3, "end": 8, "text": "about", "field": "title", "plugin": "counts", "value": value,
              "low": 2000, "high": None, "op": ">=", "unit": "troop", "unit_span": unit_span, "modifiers": ("naval",),
              "category": "people", "negated": flags[0], "hypothetical": flags[1], "quoted": flags[2], "time": flags[3]}
    built = build(*(fields[name] for name in construct.COUNT_FIELDS))
    reference = CountMention(**fields)
    assert type(built) is CountMention
    assert built == reference
    assert hash(built) == hash(reference)
    assert built.to_data() == reference.to_data()


@pytest.mark.parametrize("build", _SPAN_BUILDERS)
def test_positional_span_equals_the_attrs_built_one(build: Callable[..., Span]) -> None:
    built = build(4, 9, "ferry", "title")
    assert type(built) is Span
    assert built == Span(4, 9, "ferry", "title")
    assert hash(built) == hash(Span(4, 9, "ferry", "title"))


def test_compiled_setters_serve_only_when_compiled() -> None:
    # the slot setters take the constructors' place only in the compiled module (interpreted, they cost more)
    assert (construct.new_count_mention is construct._set_count_mention) == construct.COMPILED
    assert (construct.new_span is construct._set_span) == construct.COMPILED


def test_span_equals_the_attrs_built_one() -> None:
    built = construct.span(start=4, end=9, text="ferry", field="title")
    assert type(built) is Span
    assert built == Span(4, 9, "ferry", "title")


@pytest.mark.parametrize("x", [None, 0, 7, -3, 12.0, -4.0, 2.5, 1e20, 2.0**63, float("inf"), float("nan")])
def test_number_converts_as_the_core_converter(x: float | None) -> None:
    built = construct.number(x)
    reference = CountMention(start=0, end=1, text="1", value=x).value
    assert type(built) is type(reference)
    assert built == reference or (built != built and reference != reference)  # nan equals nothing


def _years(text: str, with_runs: bool) -> list[str | None]:
    """The year of each count's sentence, found with or without the digit runs of ``text``."""
    runs = [m.start() for m in re.finditer(r"[0-9]+", text)] if with_runs else None
    ctx = Context(text, digit_runs=runs)
    return [ctx.flags(m.start, m.end)[3] for m in extract_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2014, 40 boats sailed.",
        "The 40 boats sailed on 3 May 2014.",
        "Code 12019 and 40 boats, then 2019.",
        "Fares rose by $2019 for 40 riders in 1999.",
        "40 boats sailed. In 2016 another 30 did.",
        "40 boats sailed in the 1990s and 12 in 2001,5.",
    ],
)
def test_year_from_digit_runs_equals_sentence_search(text: str) -> None:
    assert _years(text, True) == _years(text, False)


_YEAR_PIECES = st.sampled_from([
    "1", "2", "9", "0", "19", "20", "2014", "1999", "12019", "٣", "½", "s", ",", ".", "$", " ", ". ", "\n", "In ",
    "May ", "March 3, ", "boats", "40 boats", "the", "-",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_YEAR_PIECES, max_size=30).map("".join))
def test_year_from_digit_runs_equals_sentence_search_on_any_text(text: str) -> None:
    assert _years(text, True) == _years(text, False)


_STOP_PIECES = st.sampled_from(["!", "?", "?!", ".", '"', "”", "’", ")", "]", " ", "  ", "\t", "A", "a", "7", "(", "“",
                                "\n", "Yes", "no"])


@pytest.mark.parametrize("text", ["Go!! Now we wait.", "Why?! No.", "Stop!\nGo? “Yes!” (Maybe?) 7 left!", "a?b! c"])
def test_sentence_ends_found_stop_by_stop_equal_one_scan(text: str) -> None:
    assert sentence_ends(text) == [m.end() for m in _SENTENCE_END.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(_STOP_PIECES, max_size=40).map("".join))
def test_sentence_ends_found_stop_by_stop_equal_one_scan_on_any_text(text: str) -> None:
    assert sentence_ends(text) == [m.end() for m in _SENTENCE_END.finditer(text)]


def _flags(text: str, with_letters: bool) -> list[tuple[bool, bool, bool, str | None]]:
    """The flags of each count of ``text``, with or without the scan's letters-only copy."""
    letters = (b" " + text.encode("ascii", "replace").translate(_LETTERS_ONLY)) if with_letters else None
    ctx = Context(text, letters=letters)
    return [ctx.flags(m.start, m.end) for m in extract_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 40 passengers and 3 cars.",
        "No-one counted 12 boats; the crew did not count 30 more.",
        "The town couldn't hire 25 guards. It COULD hire 9 cooks.",
        "The town couldn’t hire 25 guards, the mayor’s office said.",
        "The plan (if approved) adds 8 lanes, noé 4 exits.",
        "Whether 40 or 50 boats sail is unknown; nobody knows.",
    ],
)
def test_flags_from_the_letters_copy_equal_the_byte_copy(text: str) -> None:
    assert _flags(text, True) == _flags(text, False)


_CUE_PIECES = st.sampled_from([
    "40 boats", "12", "not", "no", "no-one", "NOT", "n't", "couldn't", "couldn’t", "if", "If,", "would", "é", "K",
    "İ", "-", "'", ",", ";", " but ", " ", "  ", "\n", "said", "could", "never", "plans", ".", "“", "”",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=30).map(" ".join))
def test_flags_from_the_letters_copy_equal_the_byte_copy_on_any_text(text: str) -> None:
    assert _flags(text, True) == _flags(text, False)


def _sentence_by_bisection(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` as a bisection of all the sentence ends (line breaks included) finds it."""
    ends = sentence_ends(text)
    i = bisect.bisect_right(ends, pos)
    return (ends[i - 1] if i > 0 else 0), (ends[i] if i < len(ends) else len(text))


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("The ferry left.\nIt carried 40 boats. Then 3 more.", 28),
        ("Line one\n\nLine two has 12 cars", 22),
        ("No break here, 40 boats! Next 2 go? Yes", 31),
        ("12 cars\n", 0),
        ("\n\n", 1),
    ],
)
def test_sentence_around_a_position_equals_the_bisection_of_all_ends(text: str, pos: int) -> None:
    assert Context(text).sentence(pos) == _sentence_by_bisection(text, pos)


@settings(max_examples=500, deadline=None)
@given(st.lists(_STOP_PIECES, max_size=40).map("".join), st.integers(min_value=0, max_value=200))
def test_sentence_around_a_position_equals_the_bisection_of_all_ends_on_any_text(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert Context(text).sentence(pos) == _sentence_by_bisection(text, pos)
