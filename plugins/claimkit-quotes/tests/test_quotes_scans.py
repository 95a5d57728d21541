"""The fast scans find exactly what their plain pattern forms find.

Quotation marks and sentence ends are located with ``str.find``, cues with a pattern that reads the character before
each cue, and tokens with one split of the window; each must give the same matches as the plain pattern scan.
"""

from __future__ import annotations

import re

import pytest
from claimkit_quotes.candidates import STOP_WORDS, clause_stop
from claimkit_quotes.cues import (
    _CUE_HASHES,
    FORMS,
    _basic_plane,
    _pattern_cues,
    _scan_cues,
    _trie_pattern,
    _word_hash,
    find_cues,
)
from claimkit_quotes.marks import _MARK, _marks
from claimkit_quotes.sentences import (
    _END,
    _TOKEN,
    END,
    START,
    TEXT,
    _end_spans,
    _scan_tokens,
    _split_tokens,
    tokenize,
    tokenize_with_starts,
)
from hypothesis import given, settings
from hypothesis import strategies as st

# Pieces that make the scans' edge cases likely: doubled apostrophes, marks next to words, ends of sentences,
# newlines, cue words inside and at the edges of other words.
_PIECES = ["'", "''", "’", "‘", '"', "“", "”", "«", "»", "„", " ", "  ", "\n", "\t", ".", "...", "?", "!", "…", ")",
           "said", "Said", "says", "according to", "went on to say", "claim", "x", "A", "Berg", "-", "_", "é", "7",
           ",", ";", "but", "and", "adding", "saying", "sayings", ',"', ",”", "hoping", "challenging", "to", "that",
           # characters beyond the Basic Multilingual Plane: a word character (a mathematical letter) and a symbol
           "\U0001d400", "\U0001f600"]
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.text(max_size=40))

# The clause-stop pattern in its plain form: an alternation tried at every offset. A stop after a comma and a closing
# double mark starts after the mark. The participles are the plugin's own group (some with a lookahead).
_PLAIN_STOPS = STOP_WORDS
_PLAIN_CLAUSE_STOP = re.compile(r";|(?:,|\sbut|\sand)\s{1,3}" + _PLAIN_STOPS + r"|(?<=,)[”\"]\s{1,3}" + _PLAIN_STOPS)

# The cue pattern in its plain form: a lookbehind at every offset.
_PLAIN_CUE = re.compile(r"(?<![\w'’-])(?:" + _trie_pattern(FORMS) + r")(?![\w'’-])")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_marks_are_the_pattern_matches(text: str) -> None:
    assert _marks(text) == [(m.start(), m.group()) for m in _MARK.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_sentence_ends_are_the_pattern_matches(text: str) -> None:
    assert list(_end_spans(text)) == [m.span() for m in _END.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_cues_are_the_plain_pattern_matches(text: str, a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    expected = [m.span() for m in _PLAIN_CUE.finditer(text, start, end)]
    assert [(hit.start, hit.end) for hit in find_cues(text, start, end)] == expected


def test_basic_plane_is_every_character_below_the_astral_planes() -> None:
    assert _basic_plane() == "".join(map(chr, range(0x10000)))


@pytest.mark.parametrize("text", [
    "Reed \U0001f600said it would rain.",  # a symbol beyond the plane before the cue: a cue
    "Reed \U0001d400said it would rain.",  # a letter beyond the plane before the cue: no cue
    "\U0001d400said it, then \U0001f600told them and said so.",  # the exact pattern reads on after the first
    "\U0001f600said, \U0001d400said, said.",
])
def test_cues_beyond_the_plane_are_the_plain_pattern_matches(text: str) -> None:
    expected = [m.span() for m in _PLAIN_CUE.finditer(text)]
    assert [(hit.start, hit.end) for hit in find_cues(text)] == expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(-5, 60), st.integers(-5, 60))
def test_tokens_are_the_pattern_matches(text: str, start: int, end: int) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    assert [(t[START], t[END], t[TEXT]) for t in tokenize(text, start, end)] == expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_clause_stop_is_the_plain_pattern_match(text: str, a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    expected = _PLAIN_CLAUSE_STOP.search(text, start, end)
    span = None
    if expected is not None:
        span = (expected.start() + 1, expected.end()) if expected.group()[0] in "”\"" else expected.span()
    assert clause_stop(text, start, end) == span


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("We will stay, adding more staff", 0, (12, 20)),
    ("We will stay but adding more staff", 0, (12, 23)),
    ("We will stay; and then", 0, (12, 13)),
    # A "but" at the very start of the span has its space outside it: no stop.
    ("We will stay but adding more staff", 13, None),
    ("We will stay, but adding more staff", 0, (13, 24)),
    ("We will stay and adding more staff", 0, (12, 23)),
    ('He said it was "fair," adding more', 0, (22, 29)),
    # words holding "but" or "and" before the stop: the search starts at the first of them and reads on
    ("The butter band and saying more", 0, (15, 26)),
    ("Abutment sand but saying more", 0, (13, 24)),
    ("and saying more", 0, None),  # the word at the text start has no space before it
    ("Fine and but saying more", 0, (8, 19)),  # a "but" stop before which an "and" is no stop
    ("Fine but and saying more", 0, (8, 19)),  # an "and" stop after a "but" that is none
    ("Fine band; and saying more", 0, (9, 10)),  # the semicolon first
])
def test_clause_stop_spans(text: str, start: int, expected: tuple[int, int] | None) -> None:
    assert clause_stop(text, start, len(text)) == expected


@pytest.mark.parametrize("text", ["We left.\n", "We left.\nThen we ate.", "We left.\n\n", "We left.\n \n",
                                  "Left?\n“No.”\n"])
def test_sentence_ends_before_newlines_are_the_pattern_matches(text: str) -> None:
    """A mark before a newline ends a sentence only when nothing but spaces follows it."""
    assert list(_end_spans(text)) == [m.span() for m in _END.finditer(text)]


# The compiled module tokenises and finds cues by scans of the characters (``_scan_tokens``, ``_scan_cues``), the
# interpreted one by patterns (``_split_tokens``, ``_pattern_cues``): both pairs must agree on every text and window,
# whichever of the two the module in use runs.
_SCAN_TEXTS = [
    "Anna Berg said the ferry would run on time.",
    "“We won’t stop,” said Tom Reed. ''Fine,'' he added.",
    "The co-op's e.g. U.S.-based rock'n'roll a-b-c-d-e-f-g-h plan",  # up to six joints, then a new token
    "x'' '' ' a'b z.-y ''' __init__ 3.5% -said said- 'said’",
    "Pointed out the error, according to them, and pointed to the according to",
    "According to Mayor Lund, officials went on to say made it clear.",
    "tab\there\x1cfile\x1dsep\u00a0no-break\u2028line\u3000wide",  # spaces str.isspace knows beyond " \t\n"
    "½ ٣ é ß Ünal naïve İstanbul",  # letters and digits beyond ASCII
    "Reed \U0001f600said it; \U0001d400said no, \U0001d400 said yes.",  # beyond the Basic Multilingual Plane
    "",
    "   ",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_token_scan_is_the_split_in_every_window(text: str) -> None:
    for start in range(-2, len(text) + 2):
        for end in range(-2, len(text) + 3):
            assert _scan_tokens(text, start, end) == _split_tokens(text, start, end), (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    ("Berg's co-op said", ["Berg's", "co-op", "said"]),
    ("a'b'c'd'e'f'g'h", ["a'b'c'd'e'f'g", "'", "h"]),
    ("x'' ''y", ["x", "''", "''", "y"]),
    ("U.S. rules.", ["U.S", ".", "rules", "."]),
    ("\u3000Reed\u2028said", ["Reed", "said"]),
])
def test_token_texts(text: str, expected: list[str]) -> None:
    toks, starts = tokenize_with_starts(text, 0, len(text))
    assert [t[TEXT] for t in toks] == expected
    assert starts == [t[START] for t in toks] + [len(text)]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_token_starts_are_the_tokens_own_ints(text: str) -> None:
    # Both tokenisers put one int object per token start in the token and in the starts (no second boxed copy). The
    # text starts past 256, beyond the ints the interpreter keeps one object each of.
    text = " " * 300 + text
    for tokenizer in (_scan_tokens, _split_tokens):
        toks, starts = tokenizer(text, 0, len(text))
        assert len(starts) == len(toks) + 1
        assert all(starts[k] is tok[START] for k, tok in enumerate(toks)), tokenizer


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(-5, 60), st.integers(-5, 60))
def test_token_scan_is_the_split(text: str, start: int, end: int) -> None:
    assert _scan_tokens(text, start, end) == _split_tokens(text, start, end)


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_cue_scan_is_the_pattern_search_in_every_window(text: str) -> None:
    for start in range(-2, len(text) + 2):
        for end in [None, *range(-2, len(text) + 3)]:
            assert _scan_cues(text, start, end) == list(_pattern_cues(text, start, end)), (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    ("Reed said so", ["said"]),
    ("-said 'said said’ said", ["said"]),  # no cue after or before a hyphen or an apostrophe
    ("according to them", ["according to"]),  # the longest cue
    ("according tox", []),
    ("they pointed to it and pointed out", ["pointed to", "pointed out"]),
])
def test_cue_scan_texts(text: str, expected: list[str]) -> None:
    assert [text[hit.start:hit.end] for hit in _scan_cues(text, 0, None)] == expected


def test_cue_scan_finds_every_form() -> None:
    # The scan passes over a word whose hash no cue has (``_CUE_HASHES``): every form, alone or opening a longer
    # sentence, is still found, as the pattern finds it.
    for form in FORMS:
        for text in (form, f"Reed {form} them."):
            hits = _scan_cues(text, 0, None)
            assert hits == list(_pattern_cues(text, 0, None)), form
            assert form in [text[hit.start:hit.end] for hit in hits], form


def test_cue_hash_table_holds_every_first_word() -> None:
    firsts = {form.split(" ", 1)[0] for form in FORMS}
    assert all(_CUE_HASHES[_word_hash(first)] for first in firsts)
    # and it tells most other words apart: far fewer hashes are taken than there are
    assert sum(_CUE_HASHES) < len(_CUE_HASHES) // 4


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(-5, 60), st.one_of(st.none(), st.integers(-5, 60)))
def test_cue_scan_is_the_pattern_search(text: str, start: int, end: int | None) -> None:
    assert _scan_cues(text, start, end) == list(_pattern_cues(text, start, end))
