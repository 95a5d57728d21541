"""The story's time when it has moved ahead of publication: which earlier time a clause counts from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # a clause in the past counts from the last day gone by, not from the vigil still ahead
        ("The pier collapsed on Monday. Neighbours will hold a vigil on Saturday. Two days earlier, divers had "
         "reported cracks.", "2025-06-18", "Two days earlier", "2025-06-14"),
        ("The rally opened on Tuesday ahead of next Tuesday's primary. A day earlier, four marchers were detained.",
         "2016-03-30", "A day earlier", "2016-03-28"),
        # a count of years may start from a year gone by
        ("A 2013 staging of the play will be filmed on Sept. 9. The troupe revived it three years later, she said.",
         "2016-08-05", "three years later", "2016"),
        # a clause ahead still counts from the time ahead
        ("Neighbours will hold a vigil on Saturday. Two days later, the inquiry will open.",
         "2025-06-18", "Two days later", "2025-06-23"),
        # and a story told in the past from its last date, as before
        ("The bridge closed on May 2, 2021. Two weeks later, it reopened.", "2024-03-13", "Two weeks later",
         "2021-05-16"),
    ],
)
def test_past_clause_counts_from_a_time_gone_by(text: str, published: str, surface: str, value: str,
                                                 reading: Callable[..., Any]) -> None:
    """"N days earlier/later" in a past clause skips reference times that still lie ahead of publication."""
    assert reading(text, surface, published).value == value


def test_past_clause_names_the_time_it_counts_from(reading: Callable[..., Any]) -> None:
    """The anchor span is the earlier time actually counted from, not the story's last one."""
    text = "The pier collapsed on Monday. Neighbours will hold a vigil on Saturday. Two days earlier, divers had left."
    mention = reading(text, "Two days earlier", "2025-06-18")
    assert mention.anchor == "narrative"
    assert mention.anchor_span is not None and mention.anchor_span.text == "Monday"
    assert mention.anchor_value == "2025-06-16"


def test_past_clause_without_a_past_time_counts_from_publication(reading: Callable[..., Any]) -> None:
    """With no time gone by in the story, a past "two days earlier" counts back from publication."""
    text = "Neighbours will hold a vigil on Saturday. Two days earlier, divers had reported cracks."
    assert reading(text, "Two days earlier", "2025-06-18").value == "2025-06-16"
