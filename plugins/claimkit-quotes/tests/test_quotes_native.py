"""What compiling the plugin with mypyc relies on (plain classes, the switch to the character scans) and the
shortcuts taken for it (the sentence splitter's for long words before a period, the resolver's look for an
organisation's head word before its pattern is built).

Run them against a compiled copy too (``PYTHONPATH`` with the built package first): the scans are the compiled
module's way, the patterns the interpreted one's.
"""

from __future__ import annotations

import importlib.machinery
from types import ModuleType

import pytest
from claimkit_quotes import candidates, cues, sentences
from claimkit_quotes.candidates import Candidate, SentenceView
from claimkit_quotes.lexicon import NOT_NAMES
from claimkit_quotes.sentences import Sentence, _is_abbreviation, tokenize_with_starts
from claimkit_quotes.speakers import _NOT_DESCRIBING, _WINDOW, SpeakerResolver, _described


@pytest.mark.parametrize("module", [sentences, cues])
def test_compiled_flag_follows_the_module(module: ModuleType) -> None:
    """A module scans the characters exactly when it is an extension module (a mypyc build)."""
    origin = module.__spec__.origin if module.__spec__ is not None else None
    compiled = origin is not None and origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    assert module.COMPILED is compiled


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


def _plain_described(text: str, head: str, pos: int) -> str | None:
    """``_described_organization`` read by the pattern alone, without the look for the head first."""
    found = None
    for m in _described(head).finditer(text, max(0, pos - 4 * _WINDOW), pos):
        words = m.group(1).split()
        if not any(w in _NOT_DESCRIBING or w in NOT_NAMES for w in words):
            found = " ".join([*words, head])
    return found


@pytest.mark.parametrize(("text", "head"), [
    ("The regional harbor safety agency closed the pier. The agency said it would reopen.", "agency"),
    ("The same agency closed the pier. The agency said so.", "agency"),  # says no more than the head
    ("Agency staff closed the pier. The agency said so.", "agency"),  # the head only at the text start
    ("The regional board closed the pier. The agency said so.", "agency"),  # no such head before
    ("the coastal water ministry's plan. Later the ministry said no.", "ministry"),
    ("x" * 2500 + " the regional harbor agency met. The agency said so.", "agency"),
])
def test_described_organization_is_the_pattern_reading(text: str, head: str) -> None:
    pos = text.rindex("The " + head) if "The " + head in text else text.rindex("the " + head)
    assert SpeakerResolver(text)._described_organization(head, pos) == _plain_described(text, head, pos)
