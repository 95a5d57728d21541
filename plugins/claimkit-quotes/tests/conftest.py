"""Shared fixtures for the quotes plugin's tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claimkit_quotes import extract_quotes

from claimkit import QuoteMention


def _find(text: str, content: str) -> QuoteMention:
    """The mention whose text contains ``content``."""
    matches = [m for m in extract_quotes(text) if content in m.text]
    assert matches, f"no quote with {content!r} in {[m.text for m in extract_quotes(text)]}"
    return matches[0]


@pytest.fixture
def find() -> Callable[[str, str], QuoteMention]:
    """``find(text, content)``: the quote extracted from ``text`` whose content contains ``content``."""
    return _find


def _cue_and_source(text: str, content: str) -> tuple[str | None, str | None]:
    """The cue and source texts of the quote from ``text`` whose content contains ``content``."""
    m = _find(text, content)
    return (m.cue.text if m.cue else None, m.source.text if m.source else None)


@pytest.fixture
def cue_and_source() -> Callable[[str, str], tuple[str | None, str | None]]:
    """``cue_and_source(text, content)``: the cue and source texts of the quote ``find`` would return."""
    return _cue_and_source
