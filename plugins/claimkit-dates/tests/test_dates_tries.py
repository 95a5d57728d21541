"""The grammar's word lists, written as tries, match what plain longest-first alternations of the same words match."""

from __future__ import annotations

import re

import pytest
from claimkit_dates import lexicon as lx
from claimkit_dates import patterns as pt
from hypothesis import given, settings
from hypothesis import strategies as st


def _flat(words: object) -> str:
    """The alternation the trie stands for: every word in turn, longest first, spaces as up to three spaces."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in items) + ")"


_TABLES = {
    "months": list(lx.MONTHS), "weekdays": list(lx.WEEKDAYS), "units": list(lx.UNITS),
    "number words": list(lx.NUMBER_WORDS), "vague words": list(lx.VAGUE_WORDS), "holidays": list(lx.HOLIDAYS),
    "quantity mods": list(lx.QUANTITY_MODS), "position mods": list(lx.POSITION_MODS),
    "relative words": list(lx.RELATIVE_WORDS), "shift words": list(lx.SHIFT_WORDS),
}
#: What the pattern is followed by in a test: nothing, a word boundary, or backtracking into a shorter word.
_AFTER = ["", r"\b", r"(?:s|\.)", r"\s{1,3}[a-z]{1,4}\b"]


def _probes(words: list[str]) -> list[str]:
    """Each word, its prefixes and extensions, in other cases, with extra spaces and with text after it."""
    probes = []
    for word in words:
        for form in (word, word.upper(), word.capitalize(), word.replace(" ", "  "), word.replace(" ", "\t ")):
            probes += [form, form[:-1], form + "s", form + ".", form + " next", form + "s day", form + "-long"]
    return probes


@pytest.mark.parametrize("table", sorted(_TABLES))
@pytest.mark.parametrize("after", _AFTER)
def test_a_trie_matches_like_the_alternation(table: str, after: str) -> None:
    """Same match, or the same absence of one, for every word of a table, its prefixes, extensions and case forms."""
    words = _TABLES[table]
    trie = re.compile(pt._alt(words) + after, re.IGNORECASE)
    flat = re.compile(_flat(words) + after, re.IGNORECASE)
    for probe in _probes(words):
        got, expected = trie.match(probe), flat.match(probe)
        assert (got and got.group()) == (expected and expected.group()), probe


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["sep", "sept", "september", "a", "an", "and", "a b", "ab", "the past", "the"]),
                min_size=1, max_size=6),
       st.text(alphabet="abceinprstp .\t", max_size=14))
def test_a_trie_of_any_words_matches_like_the_alternation(words: list[str], text: str) -> None:
    """On generated word lists (with shared prefixes and spaces) and generated text."""
    for after in _AFTER:
        trie = re.compile(pt._alt(words) + after, re.IGNORECASE)
        flat = re.compile(_flat(words) + after, re.IGNORECASE)
        for start in range(len(text) + 1):
            got, expected = trie.match(text, start), flat.match(text, start)
            assert (got and got.group()) == (expected and expected.group())


def test_capitalised_forms_stay_case_sensitive() -> None:
    """'May' and 'MAY' are months; 'may' is not."""
    pattern = re.compile(pt._cap_alt(["may"]), re.IGNORECASE)
    assert [bool(pattern.fullmatch(w)) for w in ("May", "MAY", "may")] == [True, True, False]


@pytest.mark.parametrize(("source", "strings"), [
    ("sep(?:tember|t)?", {"sep", "sept", "september"}),
    ("(?:a|b)-(?:x|y)", {"a-x", "a-y", "b-x", "b-y"}),
    ("q[1-4]", {"q1", "q2", "q3", "q4"}),
    (r"a\s", None),
    ("a+", None),
])
def test_the_strings_of_a_literal_group(source: str, strings: set[str] | None) -> None:
    """A group of literal words is read as its words; anything else is not a literal group."""
    if pt._sre_parse is None:
        pytest.skip("no re parser")
    assert pt._literals(pt._sre_parse.parse(source)) == strings
