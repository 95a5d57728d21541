"""Deictic words inside a quotation count from the time the quotation was said, when its attribution dates it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# publication date: Wednesday 2024-03-13 (see conftest.py)


@pytest.mark.parametrize(
    ("text", "surface", "value", "speech"),
    [
        ('"The plant will close next year," the chairman said in 2019.', "next year", "2020", "2019"),
        ('In a 2015 interview, the mayor said: "Next year the bridge opens."', "Next year", "2016", "2015"),
        ('"Last month was the wettest on record," she said in June 2021.', "Last month", "2021-05", "2021-06"),
        ('In his 2010 memoir, the mayor wrote: "This year I lost everything."', "This year", "2010", "2010"),
        ('"We closed it yesterday," Lind told reporters on March 3, 2021.', "yesterday", "2021-03-02",
         "2021-03-03"),
        ("\u201cWe reopen next week,\u201d the owner said on Jan. 5, 2022.", "next week", "2022-W02", "2022-01-05"),
        ('"The ferry sails again this week," a clerk wrote to the council in a May 11, 2017 note.',
         "this week", "2017-W19", "2017-05-11"),
    ],
)
def test_a_dated_quotation_moves_its_deictic_words(text: str, surface: str, value: str, speech: str,
                                                   reading: Callable[..., Any]) -> None:
    """"next year" said in 2019 is 2020, anchored on the date of speech."""
    found = reading(text, surface)
    assert (found.value, found.anchor, found.anchor_value) == (value, "narrative", speech)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the date after the quotation dates something else, or lies in the next sentence
        ('"We closed it yesterday," Lind said of the mill built in 1998.', "yesterday", "2024-03-12"),
        ('"The plant will close next year," the chairman said. In 2019, it closed.', "next year", "2025"),
        # a year alone cannot place a month or a day
        ('"The plant will close next month," the chairman said in 2019.', "next month", "2024-04"),
        # no quotation
        ("The plant will close next year, the chairman said in 2019.", "next year", "2025"),
    ],
)
def test_what_the_time_of_speech_leaves_alone(text: str, surface: str, value: str,
                                              reading: Callable[..., Any]) -> None:
    """Only a date right after the verb of saying (or before a noun of speech) is the time of speech, and only
    expressions no finer than it move."""
    found = reading(text, surface)
    assert (found.value, found.anchor) == (value, "published")
