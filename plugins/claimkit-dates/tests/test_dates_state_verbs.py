"""A participle after a verb of state is an adjective, and a clause with no tense runs "through" a time ahead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# publication date: Wednesday 2024-03-13 (see conftest.py)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the participle after "stay"/"remain" is no past tense: the verb before it sets the time
        ("Schools will stay closed through Friday, the district said.", "Friday", "2024-03-15"),
        ("The bridge is expected to remain shut until Monday.", "Monday", "2024-03-18"),
        ("The road remains closed until Sunday.", "Sunday", "2024-03-17"),
        # a past verb of state is still a past
        ("The road stayed closed until Monday.", "Monday", "2024-03-11"),
        ("The schools remained closed on Friday.", "Friday", "2024-03-08"),
    ],
)
def test_participle_after_a_verb_of_state(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"will stay closed through Friday" looks ahead; "stayed closed until Monday" back."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The fair runs through Sunday.", "Sunday", "2024-03-17"),
        ("The show runs thru Saturday at the old mill.", "Saturday", "2024-03-16"),
        ("The fair ran through Sunday.", "Sunday", "2024-03-10"),
    ],
)
def test_through_a_day_in_a_clause_with_no_tense(text: str, surface: str, value: str,
                                                 reading: Callable[..., Any]) -> None:
    """"runs through Sunday", like "runs until Sunday", is up to a day ahead; "ran through" keeps its past."""
    assert reading(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The festival, which runs until Sunday, drew 5,000 people on its first day.", "Sunday", "2024-03-17"),
        ("The ban, which lasts through Friday, angered farmers.", "Friday", "2024-03-15"),
        ("The show, which ran until Sunday, drew crowds.", "Sunday", "2024-03-10"),
    ],
)
def test_a_present_of_lasting_before_until(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"which runs until Sunday" reaches a day ahead even when the main clause after it is past."""
    assert reading(text, surface).value == value
