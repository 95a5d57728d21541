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
from claimkit_quotes.speakers import _NOT_DESCRIBING, _WINDOW, SpeakerResolver, _described, may_describe


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
    ("The agency closed the pier. Later the agency said so.", "agency"),  # only "the" before the head
    ("The well-run agency closed the pier. The agency said so.", "agency"),  # a hyphenated word before the head
    ("The Valdor agency closed the pier. The agency said so.", "agency"),  # a capitalised word before the head
    ("The 3rd agency closed the pier. The agency said so.", "agency"),
    ("The -x agency closed the pier. The agency said so.", "agency"),  # a word opening with a hyphen
])
def test_described_organization_is_the_pattern_reading(text: str, head: str) -> None:
    pos = text.rindex("The " + head) if "The " + head in text else text.rindex("the " + head)
    assert SpeakerResolver(text)._described_organization(head, pos) == _plain_described(text, head, pos)


@pytest.mark.parametrize(("text", "head", "lo", "expected"), [
    ("The regional harbor agency met.", "agency", 0, True),
    ("The agency met. Then the agency spoke.", "agency", 0, False),  # "the" alone before the head
    ("They met the agency.", "agency", 0, False),
    ("the new agency", "agency", 0, True),  # the word itself rules nothing out: the pattern's reading does
    ("the well-run agency", "agency", 0, True),
    ("the run- agency", "agency", 0, True),  # a word may end with a hyphen
    ("the -run agency", "agency", 0, False),  # but not open with one
    ("the Valdor agency", "agency", 0, False),
    ("the x agency", "agency", 0, False),  # one letter is no word of the pattern
    ("new agency", "agency", 0, False),  # the word must follow a space (after "the")
    ("the new agency", "agency", 4, False),  # nor may the word start where the search does
    ("the new agency", "agency", 3, True),
    ("The agency and the port agency met.", "agency", 0, True),  # a later occurrence qualifies
    ("the port agencyX", "agency", 0, True),  # the head's end is left to the pattern
])
def test_may_describe(text: str, head: str, lo: int, expected: bool) -> None:
    assert may_describe(text, head, lo, len(text)) is expected


@pytest.mark.parametrize("text", [
    "The regional harbor agency met; the agency said so.",
    "Then the agency and the the agency met, and the new port agency's staff.",
    "the big red agency office, the run- agency, the -x agency, The Valdor agency, a the agency.",
    "The oldest and largest agency-run port agency stayed.",
])
@pytest.mark.parametrize("head", ["agency", "port agency", "office"])
def test_may_describe_holds_wherever_the_pattern_matches(text: str, head: str) -> None:
    """Wherever the pattern finds a description the look finds it possible, at every start and end of the search."""
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 3):
            if _described(head).search(text, lo, hi) is not None:
                assert may_describe(text, head, lo, hi), (lo, hi)
