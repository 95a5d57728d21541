"""The shapes that make the extractor compile well with mypyc read the same as before.

A plain class for a count under construction and for a sign (joined bounds keep every field), a look-back for a
people verb that no longer lower-cases a stretch longer than every verb. The tests run on the pure-Python package
and on a compiled copy alike. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from claimkit_counts import extract
from claimkit_counts.extract import _Found, _join_bounds, _people_object, extract_counts
from claimkit_counts.lexicon import PEOPLE_OBJECT_VERBS
from claimkit_counts.units import Sign, sign_after


def _people_object_reference(text: str, start: int) -> bool:
    """The look-back as it was written before: the word before ``start``, lower-cased whatever its length."""
    if start < 3 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 14), start - 1)
    return text[space + 1:start - 1].lower() in PEOPLE_OBJECT_VERBS


@pytest.mark.parametrize(
    "text",
    [
        "Raiders killed 14",
        "killed 14",
        "Quake Kills 40",
        "The storm damaged 40",
        "x" * 40 + "\nkilled 14",
        "intercontinentalflights 30",
        "A\tkilled 12",
        "KILLED 9",
        "wounded 3",
        "\u0130killed 5",
        " 7",
    ],
)
def test_people_object_reads_as_before(text: str) -> None:
    start = len(text) - len(text.rsplit(" ", 1)[-1])
    assert _people_object(text, start) == _people_object_reference(text, start)


def test_longest_verb_bound_covers_every_verb() -> None:
    assert max(len(v) for v in PEOPLE_OBJECT_VERBS) == extract._LONGEST_PEOPLE_OBJECT_VERB


def test_joined_bounds_keep_the_first_start_and_the_second_unit() -> None:
    text = "more than 12 and fewer than 30 ferries"
    low = _Found(0, 12, 12.0, 12.0, None, ">", None, "other", None, (), True, False, True, ">")
    high = _Found(17, 38, 30.0, None, 30.0, "<", "ferry", "other", (31, 38), ("blue",), False, True, False, "<")
    (joined,) = _join_bounds([low, high], text)
    assert (joined.start, joined.end, joined.value, joined.low, joined.high, joined.op) == (0, 38, None, 12.0, 30.0,
                                                                                          "=")
    assert (joined.unit, joined.category, joined.unit_span, joined.modifiers) == ("ferry", "other", (31, 38),
                                                                                  ("blue",))
    assert (joined.bare, joined.people_verb, joined.may_borrow, joined.bound) == (False, True, True, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club has more than 12 and fewer than 30 rowers.", (None, 12, 30, "rower")),
        ("Between 40 and 55 percent of the pilots agreed.", (None, 40, 55, "percent")),
        ("The lake holds 3 kg of salt.", (3, 3, 3, "kilogram")),
    ],
)
def test_counts_read_through_the_plain_classes(text: str, expected: tuple[object, ...]) -> None:
    (count,) = extract_counts(text)
    assert (count.value, count.low, count.high, count.unit) == expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("40% of", 2, ("percent", "percent", 2, 3)),
        ("12 kg of", 2, ("kilogram", "other", 3, 5)),
        ("30 ferries", 2, None),
    ],
)
def test_sign_after_builds_plain_signs(text: str, pos: int, expected: tuple[str, str, int, int] | None) -> None:
    sign = sign_after(text, pos)
    if expected is None:
        assert sign is None
        return
    assert isinstance(sign, Sign)
    assert (sign.unit, sign.category, sign.start, sign.end) == expected
    assert repr(sign) == f"Sign{expected!r}"
