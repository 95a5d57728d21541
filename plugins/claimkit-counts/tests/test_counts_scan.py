"""The candidate scan and the shortcuts taken around it: number words wherever they stand, and the look-backs that a
plain word before a number rules out.

All sentences are written for these tests (fictional places and people).
"""

from __future__ import annotations

import pytest
from claimkit_counts import extract_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven ferries sailed at dawn.", "Seven"),  # at the very start of the text
        ("The crew (twelve sailors) rested.", "twelve"),  # after a bracket
        ("They said:\nthree boats were lost.", "three"),  # after a line break
        ("The tally rose to “nine hundred” volunteers.", "nine hundred"),  # after a curly quote
        ("The café hired four cooks.", "four"),  # in a text holding non-ASCII letters
        ("The İzmir office hired five clerks.", "five"),  # a letter that lower-cases to two characters
        ("At 300 \u212a the probe sent six reports.", "six"),  # the Kelvin sign lower-cases to "k"
    ],
)
def test_number_words_are_found_wherever_they_stand(text: str, expected: str) -> None:
    assert expected in [m.text for m in extract_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The bus stops at gate 12 every hour.",  # a label word
        "The park opened in 1998 after a long delay.",  # a year word
        "The record id 72015 was archived.",  # markup
        "Visitors aged 30 or less paid nothing.",  # an age
    ],
)
def test_a_special_word_before_a_number_keeps_its_reading(text: str) -> None:
    assert [m.text for m in extract_counts(text) if m.text[:1].isdigit()] == []


@pytest.mark.parametrize(
    ("text", "mention", "op", "unit"),
    [
        ("The council hired 40 wardens.", "40", "=", "warden"),
        ("The council hired more than 40 wardens.", "more than 40", ">", "warden"),
        ("The council hired between 40 and 50 wardens.", "between 40 and 50", "=", "warden"),
        ("The ferry charged dlrs 2 per rider.", "dlrs 2", "=", "dollar"),
    ],
)
def test_a_plain_word_before_a_number_leaves_operators_and_currencies_alone(
        text: str, mention: str, op: str, unit: str) -> None:
    (m,) = extract_counts(text)
    assert (m.text, m.op, m.unit) == (mention, op, unit)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # "under"/"over" after people named: a bound on their age, no count
        ("Most of the sick are children under ten.", []),
        ("Children under 5 were seen first.", []),
        ("Residents over 65 can ride for free.", []),
        ("Some 40 children under ten were treated.", ["Some 40"]),
        # a counted noun after it, or no people before it: a count as before
        ("The firm sold under 300 cars.", ["under 300"]),
        ("Children under 300 grams of sugar a week stay healthy.", ["under 300"]),
    ],
)
def test_under_after_people_named_is_an_age(text: str, counts: list[str]) -> None:
    assert [m.text for m in extract_counts(text)] == counts
