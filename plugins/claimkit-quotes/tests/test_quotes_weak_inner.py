"""A weak attribution read wholly inside the content of a verb's attribution is no second attribution; one inside a
preposition's or a colon's attribution is. Sentences written for these tests."""

from __future__ import annotations

from claimkit_quotes import extract_quotes


def test_a_participle_inside_a_verbs_content_is_dropped() -> None:
    cues = [m.cue.text for m in extract_quotes("Reed described the posts praising Berg as harmful.") if m.cue]
    assert cues == ["described"]


def test_an_attribution_inside_a_document_opener_stays() -> None:
    cues = [m.cue.text for m in extract_quotes("In the report, Berg has portrayed herself as a builder.") if m.cue]
    assert "has portrayed" in cues


def test_a_second_speech_act_after_the_content_stays() -> None:
    text = "Berg said the crews were ready, adding that the pier was safe."
    assert [m.cue.text for m in extract_quotes(text) if m.cue] == ["said", "adding"]
