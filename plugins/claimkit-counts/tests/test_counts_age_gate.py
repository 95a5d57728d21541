"""The cheap gate before the age-list pattern never turns away a text the pattern would accept."""

from __future__ import annotations

import pytest
from claimkit_counts.notcounts import _AGE_LIST, _may_end_age_list, is_age
from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = ["aged", "Aged", "AGED", "ages", "age", "between", "and", "or", "to", "from", "band", "motor", "photo",
           "18", "21", "7", "300", ",", " ", "  ", "\t", "x"]


def _gate_ok(text: str) -> bool:
    start = len(text)
    if start < 2 or text[start - 1] != " " or text[start - 2] not in ",drno":
        return True  # the gate is only asked in this shape
    if not _AGE_LIST.search(text, max(0, start - 80), start):
        return True
    return _may_end_age_list(text, start)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_gate_is_a_necessary_condition(pieces: list[str]) -> None:
    text = " ".join(pieces) + " "
    assert _gate_ok(text)


@pytest.mark.parametrize("before", [
    "aged 19, 22 and ", "aged 5 to ", "aged between ", "aged 30 or ", "Aged ", "aged 18, ",
])
def test_list_endings_pass_the_gate(before: str) -> None:
    text = before + "40 were hurt"
    start = len(before)
    assert _AGE_LIST.search(text, 0, start)
    assert _may_end_age_list(text, start)
    assert is_age(text, start + 2, start)


@pytest.mark.parametrize("before", ["the bird ", "the lion ", "the car ", "the zoo ", "the bed "])
def test_other_words_stop_at_the_gate(before: str) -> None:
    text = before + "40 were hurt"
    start = len(before)
    assert text[start - 2] in ",drno"  # the shape in which the gate is asked
    assert not _may_end_age_list(text, start)
