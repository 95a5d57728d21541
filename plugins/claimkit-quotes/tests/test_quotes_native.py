"""What compiling the plugin with mypyc relies on: plain classes, the switch to the character scans, and the
sentence splitter's shortcut for long words before a period.

Run them against a compiled copy too (``PYTHONPATH`` with the built package first): the scans are the compiled
module's way, the patterns the interpreted one's.
"""

from __future__ import annotations

import importlib.machinery

import pytest
from claimkit_quotes import candidates, cues, sentences
from claimkit_quotes.candidates import Candidate, SentenceView
from claimkit_quotes.sentences import Sentence, _is_abbreviation, tokenize_with_starts
from claimkit_quotes.speakers import SpeakerResolver


def test_compiled_flag_follows_the_module() -> None:
    """The scans run exactly when the module is an extension module (a mypyc build), and every module that uses the
    flag sees the same one."""
    origin = sentences.__spec__.origin if sentences.__spec__ is not None else None
    compiled = origin is not None and origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    assert sentences.COMPILED is compiled
    assert cues.COMPILED is sentences.COMPILED


def test_candidate_defaults_are_fresh_lists() -> None:
    """Each candidate gets its own token lists (a shared default list would leak tokens between attributions)."""
    first = Candidate([(0, 4)], (5, 9), "neutral", None)
    second = Candidate([(10, 14)], (15, 19), "neutral", None)
    first.source_tokens.append((0, 3, "Ann", "ann"))
    assert second.source_tokens == []
    assert first.antecedent is not second.antecedent
    assert (first.paragraph, first.strong, first.nominal, first.series) == (0, False, False, False)


def test_resolver_defaults_are_fresh_lists() -> None:
    first, second = SpeakerResolver("a"), SpeakerResolver("b")
    first.people.append((0, "Ann Lund", None))
    assert second.people == []
    assert first.organizations is not second.organizations


@pytest.mark.parametrize(("text", "end_char", "content_end"), [
    ("Ann Lund said it rains.", 22, 5),  # the final period is no content
    ("(Ann Lund said it rains.)", 23, 6),  # nor is a bracket around the whole sentence, with its period
    ("Ann Lund said it rains?! ", 22, 5),
])
def test_sentence_view_reads_its_content_end(text: str, end_char: int, content_end: int) -> None:
    toks, starts = tokenize_with_starts(text, 0, len(text))
    view = SentenceView(text, Sentence(0, len(text.rstrip()), 0), toks, [], [], starts=starts)
    assert view.end_char == end_char
    assert view.content_end() == content_end
    assert view.quote_ends == frozenset()


@pytest.mark.parametrize(("text", "expected"), [
    ("He met Dr. Lund.", True),
    ("He met J. Lund.", True),
    ("He met G.K. Lund.", True),
    ("It was No. 4 on the list.", True),
    ("She said no. Then she left.", False),
    ("It rained.", False),
    ("Mr. Lund left.", True),  # at the text start, with no space before the word
    ("(((((((((((((Mr. Lund left.", True),  # the brackets before it are stripped, however many
    ("Abcdefghijklmnopqrstuvwxyz. Then it rained.", False),  # a long word from the text start
    ("x" * 40 + "Mr. Lund left.", False),  # no space within reach: the word runs from the text start
])
def test_abbreviations(text: str, expected: bool) -> None:
    assert _is_abbreviation(text, text.index(".")) is expected


def test_candidate_repr_names_its_offsets() -> None:
    text = repr(Candidate([(0, 4)], (5, 9), "neutral", (10, 12)))
    assert text.startswith("Candidate(parts=[(0, 4)], cue=(5, 9), cue_class='neutral', source=(10, 12)")
    assert candidates.Candidate is Candidate
