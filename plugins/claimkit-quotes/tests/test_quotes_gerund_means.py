"""A reporting gerund after "by", "after" or "before" inside the content of a verb ("Reed replied by saying ...",
"Berg drew boos after telling ...") reports with that verb's subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _by_cue(text: str) -> dict[str, tuple[str | None, str]]:
    """Each quote's cue text mapped to its source text and content."""
    return {m.cue.text: (m.source.text if m.source else None, m.text) for m in extract_quotes(text) if m.cue}


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("Brandt distanced himself from the harbour lobby by saying he would never take its money.", "saying",
         "Brandt", "he would never take its money"),
        ("The mayor explained the closure by saying: “The crews were sent home early.”", "saying:", "The mayor",
         "“The crews were sent home early.”"),
        ("Varga tried offering a truce by telling Brandt she had been a capable minister.", "telling", "Varga",
         "she had been a capable minister"),
        ("Ilse Varga praised the ferry crews before claiming that the new harbour would pay for itself.",
         "claiming", "Ilse Varga", "that the new harbour would pay for itself"),
        ("Tom Brandt scolded the harbour board after telling farmers that the subsidy would end.", "telling",
         "Tom Brandt", "that the subsidy would end"),
    ],
)
def test_the_gerund_speaks_for_the_verb_subject(text: str, cue: str, source: str, content: str) -> None:
    found = _by_cue(text)
    assert cue in found, found
    assert found[cue] == (source, content)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # the verb right before "by" and the gerund make one cue
        ("A ministry spokesman responded by saying Norland should stay out of the dispute.", "responded by saying",
         "A ministry spokesman", "Norland should stay out of the dispute"),
        ("Varga continued by saying, “The board will fight the ruling.”", "continued by saying", "Varga",
         "“The board will fight the ruling.”"),
    ],
)
def test_a_verb_whose_content_is_only_the_gerund_joins_its_cue(text: str, cue: str, source: str,
                                                               content: str) -> None:
    found = _by_cue(text)
    assert set(found) == {cue}, found
    assert found[cue] == (source, content)


def test_the_verb_content_ends_before_the_preposition() -> None:
    found = _by_cue("The mayor explained the closure by saying the crews had gone home.")
    assert found["explained"] == ("The mayor", "the closure")
    assert found["saying"] == ("The mayor", "the crews had gone home")


@pytest.mark.parametrize(
    "text",
    [
        # a gerund of a stance or an action after "by" reports nothing of its own
        "Varga defended the levy by attacking the harbour lobby and its donors.",
        # a gerund inside a reported clause stays in the content
        "Reed said she was upset by the press calling the race for her rival.",
    ],
)
def test_no_gerund_attribution(text: str) -> None:
    found = _by_cue(text)
    assert not any(cue.endswith(("attacking", "calling")) for cue in found), found
