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
