"""Single curly quotation marks as a text's own quotation marks (the British house style). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes

_BRITISH = ("‘We will not give up,’ the mayor said. ‘The council has let the town down.’\n\n"
            "She added: ‘The bridge must reopen this year.’\n\nReed called the plan ‘a waste’.")


@pytest.mark.parametrize(
    ("content", "direct"),
    [
        ("‘We will not give up,’", True),
        ("‘The bridge must reopen this year.’", True),
        ("the plan ‘a waste’", False),
    ],
)
def test_single_quotations_of_a_british_text_are_direct(content: str, direct: bool, find) -> None:
    assert find(_BRITISH, content).direct is direct


def test_a_british_quotation_after_its_attribution_continues_it(find) -> None:
    assert "‘The council has let the town down.’" in find(_BRITISH, "We will not give up").text


@pytest.mark.parametrize(
    "text",
    [
        # a lone single quotation: a quotation inside the speaker's words
        "Reed said people told him ‘we have to leave this town now’ after the flood.",
        # double marks elsewhere: single marks are nested quotations
        "“They said ‘we have to leave this town now’ and ‘we will not come back here’,” Reed said.",
    ],
)
def test_single_marks_stay_single_outside_the_house_style(text: str) -> None:
    assert all(m.text.startswith("“") or not m.direct for m in extract_quotes(text))
