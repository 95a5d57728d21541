"""Shared helpers for the dates plugin's tests, as fixtures: each returns a function over sentences of our own.

Publication date: Wednesday 2024-03-13 unless a test passes another.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claimkit_dates import find_times

from claimkit import Document, TimeMention

PUBLISHED = "2024-03-13"  # a Wednesday


def _times(text: str, published: str | None = PUBLISHED) -> list[TimeMention]:
    return find_times(Document(id="t", text=text, published=published))


def _reading(text: str, surface: str, published: str | None = PUBLISHED) -> TimeMention:
    for mention in _times(text, published):
        if mention.text == surface:
            return mention
    raise AssertionError(f"{surface!r} not found in {[(m.text, m.value) for m in _times(text, published)]}")


def _typed(text: str, surface: str, published: str | None = PUBLISHED) -> tuple[str, str | None]:
    found = [m for m in _times(text, published) if m.text == surface]
    assert len(found) == 1, [(m.text, m.value) for m in _times(text, published)]
    return found[0].type, found[0].value


def _only(text: str, published: str | None = PUBLISHED) -> TimeMention:
    found = _times(text, published)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.fixture
def times() -> Callable[..., list[TimeMention]]:
    """``times(text, published=PUBLISHED)``: every time mention of ``text``."""
    return _times


@pytest.fixture
def reading() -> Callable[..., TimeMention]:
    """``reading(text, surface, published=PUBLISHED)``: the first mention whose text is ``surface``."""
    return _reading


@pytest.fixture
def typed() -> Callable[..., tuple[str, str | None]]:
    """``typed(text, surface, published=PUBLISHED)``: (type, value) of the one mention whose text is ``surface``."""
    return _typed


@pytest.fixture
def only() -> Callable[..., TimeMention]:
    """``only(text, published=PUBLISHED)``: the one time mention of ``text``."""
    return _only
