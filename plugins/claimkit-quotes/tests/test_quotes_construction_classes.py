"""Classes of attribution constructions (not single words): coordinated and fronted subjects, ...
Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _by_cue(text: str) -> dict[str, tuple[str, str | None]]:
    """cue text -> (content, source text) for every quote of ``text``."""
    return {m.cue.text: (m.text, m.source.text if m.source else None) for m in extract_quotes(text) if m.cue}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor and her deputy said the ban kept the ferries in port.", "The mayor and her deputy"),
        ("Harbor and ferry spokesmen said the ban kept the ferries in port.", "Harbor and ferry spokesmen"),
        ("The ferry crews and the harbor board said the ban kept the ferries in port.",
         "The ferry crews and the harbor board"),
    ],
)
def test_coordinated_subject_is_one_source(text: str, source: str) -> None:
    assert _by_cue(text)["said"] == ("the ban kept the ferries in port", source)


@pytest.mark.parametrize(
    "text",
    [
        "The vote passed and officials said the ban would stay.",
        "The plan failed and the crews said the ban would stay.",
    ],
)
def test_two_clauses_joined_by_and_are_no_coordinated_subject(text: str) -> None:
    source = _by_cue(text)["said"][1]
    assert source is not None and not source.startswith("The")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In interviews, farmers in both valleys described sharp changes in the grain market.",
         "farmers in both valleys"),
        ("After the meeting, tenants in the east wing said the heating had failed again.", "tenants in the east wing"),
    ],
)
def test_lowercase_subject_after_a_fronted_phrase(text: str, source: str) -> None:
    sources = {src for _, src in _by_cue(text).values()}
    assert source in sources
