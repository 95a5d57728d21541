""""estimated at" and "put at" before a number make it approximate, as "an estimated" does."""

from __future__ import annotations

import pytest
from claimkit_counts import extract_counts


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("A crowd estimated at 20,000 gathered in the square.", "estimated at 20,000", 20000),
    ("The damage was put at $3 million by the insurers.", "put at $3 million", 3_000_000),
])
def test_estimates_are_approximate(text: str, mention: str, value: float) -> None:
    found = extract_counts(text)
    assert [(m.text, m.op, m.value) for m in found] == [(mention, "~", value)]


def test_put_at_least_keeps_the_longer_operator() -> None:
    assert extract_counts("The firm put at least 300 jobs at risk.")[0].op == ">="
