"""Forms read by the generalisation pass: plural scheduled presents, New Year's, dotted clock times, "the early
hours of", "the morning of <an event>". Every sentence is our own; publication date Wednesday 2024-03-13 unless the
row says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a plural subject before a base form of a scheduled event: the next such day
        ("Voters go to the polls on Sunday.", "Sunday", "2024-03-17"),
        ("The two leaders meet Monday in the capital.", "Monday", "2024-03-18"),
        ("The talks resume Thursday after a pause.", "Thursday", "2024-03-14"),
        ("Negotiators return to the table on Friday.", "Friday", "2024-03-15"),
        ("On Sunday, fans head to the stadium for the final.", "Sunday", "2024-03-17"),
        ("They meet again on Friday.", "Friday", "2024-03-15"),
        ("Ortiz and the envoy Ana Lind meet separately Monday.", "Monday", "2024-03-18"),
        ("Officials said the two sides meet in June.", "June", "2024-06"),
        # a base form that is no verb of a plural subject leaves the day in the past
        ("The leaders met on Monday in the capital.", "Monday", "2024-03-11"),
        ("Shares rose at the close on Friday.", "Friday", "2024-03-08"),
        ("The crisis ended on Friday.", "Friday", "2024-03-08"),
        ("The talks on Monday went well.", "Monday", "2024-03-11"),
        ("The clubs held a vote on Tuesday.", "Tuesday", "2024-03-12"),
        ("The players go home on Friday.", "Friday", "2024-03-08"),
    ],
)
def test_plural_present_of_a_scheduled_event(text: str, surface: str, value: str, reading: Callable[..., Any]) -> None:
    """"The leaders meet Monday" looks ahead as "the council meets Monday" does."""
    assert reading(text, surface).value == value
