"""First names spelled like auxiliaries ("Will", "May") open a source phrase before a capitalised word. Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The vote passed. “It is a costly model,” said Will Doyle.", "costly model", "Will Doyle"),
        ("The vote passed. “It is a costly model,” Will Doyle said.", "costly model", "Will Doyle"),
        ("The vote passed. Will Doyle said the model was costly.", "the model was costly", "Will Doyle"),
        ("The vote passed. “It is a costly model,” said May Doyle.", "costly model", "May Doyle"),
    ],
)
def test_auxiliary_first_names(text: str, content: str, source: str, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


def test_a_lowercase_modal_still_ends_the_source(find) -> None:
    # "said the clerk will ..." is a clause: the modal is no name, so no source is read after the cue.
    m = find("“The pier is shut,” said Tom Reed. Berg said the clerk will reopen it in May.", "the clerk will")
    assert m.source is not None and m.source.text == "Berg"
