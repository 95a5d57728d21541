"""Number expressions read by ``read_number``: digits, words, mixed forms, fractions, scales."""

from __future__ import annotations

import pytest
from claimkit_counts.numbers import read_number


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("3,250 apples", 3250, "3,250"),
        ("1,250,000 tonnes", 1_250_000, "1,250,000"),
        ("0.75 litres", 0.75, "0.75"),
        (".5 of it", 0.5, ".5"),
        ("4 300 000 visitors", 4_300_000, "4 300 000"),
        ("12,34,567 rupees", 1_234_567, "12,34,567"),
        ("2.5e3 cells", 2500, "2.5e3"),
        ("4.1x10^5 stars", 410_000, "4.1x10^5"),
    ],
)
def test_digits(text: str, value: float, surface: str) -> None:
    """Grouped, decimal, spaced, Indian and scientific digit forms."""
    num = read_number(text, 0)
    assert num is not None
    assert num.value == pytest.approx(value)
    assert text[num.start:num.end] == surface


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.7 million hectares", 2_700_000),
        ("40k signatures", 40_000),
        ("3bn litres", 3_000_000_000),
        ("15 thousand", 15_000),
        ("6 dozen", 72),
        ("7 hundred and 12", 712),
    ],
)
def test_digits_with_scales(text: str, value: float) -> None:
    """Scale words and letter multipliers multiply the digits before them."""
    num = read_number(text, 0)
    assert num is not None
    assert num.value == pytest.approx(value)
    assert num.scaled


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seventeen", 17),
        ("sixty-four", 64),
        ("three hundred and eight", 308),
        ("nine thousand four hundred", 9400),
        ("a hundred and ten", 110),
        ("a dozen", 12),
        ("fifteen hundred", 1500),
        ("half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("a half million", 500_000),
        ("eight million, three hundred", 8_000_300),
        ("four and a half million", 4_500_000),
        ("seven point two five", 7.25),
        ("minus twelve", -12),
    ],
)
def test_words(text: str, value: float) -> None:
    """Spelled cardinals with "and", hyphens, scales, "a", halves, decimals and signs."""
    num = read_number(text, 0)
    assert num is not None
    assert num.value == pytest.approx(value)
    assert num.end == len(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three eighths", 3 / 8),
        ("a fifth", 1 / 5),
        ("one-third", 1 / 3),
        ("six and three quarters", 6.75),
        ("5/8", 5 / 8),
        ("3 1/4", 3.25),
        ("¾", 0.75),
    ],
)
def test_fractions(text: str, value: float) -> None:
    """Spelled, written, mixed and vulgar fractions."""
    num = read_number(text, 0)
    assert num is not None
    assert num.value == pytest.approx(value)
    assert num.fraction


@pytest.mark.parametrize("text", ["twenty-first", "the", "24/7", "thirty second place"])
def test_not_numbers(text: str) -> None:
    """Ordinals, words and date-like slashes are not numbers."""
    assert read_number(text, 0) is None


def test_plain_marks_bare_integers() -> None:
    """A bare integer is "plain" (the shape of years and identifiers); a grouped one is not."""
    bare = read_number("1987 and 1,987", 0)
    grouped = read_number("1987 and 1,987", 9)
    assert bare is not None and bare.plain
    assert grouped is not None and not grouped.plain


def test_separate_digit_numbers_stay_separate() -> None:
    """Two numbers with a comma and space between them are read one at a time."""
    num = read_number("4, 5 and 6", 0)
    assert num is not None
    assert num.value == 4
    assert num.end == 1


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("two ferries", 2, "two"),
        ("Seven.", 7, "Seven"),
        ("forty, said the clerk", 40, "forty"),
        ("nine's", 9, "nine"),
        ("three\nhundred", 3, "three"),
        ("twenty-one ferries", 21, "twenty-one"),
        ("twenty one ferries", 21, "twenty one"),
        ("two-thirds of them", 2 / 3, "two-thirds"),
        ("five hundred pens", 500, "five hundred"),
        ("six and a half kilos", 6.5, "six and a half"),
        ("eight million", 8_000_000, "eight million"),
        ("ten k", 10, "ten"),
        ("one of them", 1, "one"),
        ("three a day", 3, "three"),
        ("five minus two", 5, "five"),
        ("two and a half days", 2.5, "two and a half"),
    ],
)
def test_lone_number_word_and_what_may_extend_it(text: str, value: float, surface: str) -> None:
    """A number word ends at a word or sign that cannot extend it; number vocabulary, "-" and "and" extend it."""
    num = read_number(text, 0)
    assert num is not None
    assert num.value == pytest.approx(value)
    assert text[num.start:num.end] == surface


@pytest.mark.parametrize("text", ["few of them", "several boats", "third in line", "one second later"])
def test_words_that_begin_no_number(text: str) -> None:
    """Vague words, ordinals and "one" before an ordinal unit read as no number."""
    assert read_number(text, 0) is None


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("1.5 million people", 1_500_000, "1.5 million"),
        ("40 billion, said the report", 40_000_000_000, "40 billion"),
        ("5 million, two hundred", 5_000_200, "5 million, two hundred"),
        ("2 billion, two bankers said", 2_000_000_000, "2 billion"),
        ("3 million, four of them said", 3_000_000, "3 million"),
        ("3 thousand and twelve", 3012, "3 thousand and twelve"),
        ("2 millions of", 2_000_000, "2 millions"),
        ("7 million-plus", 7_000_000, "7 million"),
        ("12,500 thousand", 12_500_000, "12,500 thousand"),
    ],
)
def test_digits_and_a_big_scale(text: str, value: float, surface: str) -> None:
    """Digits with "thousand", "million", "billion", "trillion"; number words after a comma or "and" go on."""
    num = read_number(text, 0)
    assert num is not None
    assert num.value == pytest.approx(value)
    assert text[num.start:num.end] == surface
