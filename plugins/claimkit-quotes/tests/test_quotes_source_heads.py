"""Source phrases are headed by a noun, a name or a pronoun: never a preposition, a participle or a contraction."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def sources(text: str) -> list[str | None]:
    return [q.source.text if q.source else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Despite doubting the survey, Holt said the pier was safe.", "Holt"),
        ("Having promised a new school, the mayor opened the gates, saying the work was done.", "the mayor"),
        ("Well, the council met, arguing the road must wait.", "the council"),
    ],
)
def test_fronted_word_is_not_the_source(text: str, source: str) -> None:
    assert sources(text) == [source]


def test_fronted_preposition_with_a_participle_is_no_attribution() -> None:
    assert sources("Despite pre-season warnings urging calm, the crowd cheered.") == []


def test_contracted_clause_opener_is_no_source() -> None:
    assert sources("That’s different from saying the bridge is closed.") == []


def test_contracted_pronoun_before_its_cue_is_the_source() -> None:
    # the pronoun alone is the source; its contracted auxiliary opens the cue ("’s claiming"), as the corpus marks it
    assert sources("He’s claiming that the bridge was never closed.") == ["He"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials made the claim that the river was clean.", "Officials"),
        ("Mr. Reed forecast that the economy would rebound.", "Mr. Reed"),
        ("The notion that the port was unsafe was dismissed.", None),
    ],
)
def test_nominal_cue_object_takes_the_sentence_subject(text: str, source: str | None) -> None:
    assert sources(text)[-1] == source


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ends at noon.\n\nContributing: Mira Holt in Lisbon.",
        "The meeting ends at noon.\n\nAdditional reporting: Tom Reed.",
    ],
)
def test_credit_lines_are_not_colon_attributions(text: str) -> None:
    assert sources(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Holt was asked by a local reporter whether the pier was safe.", "a local reporter"),
        ("Holt was asked whether the pier was safe.", None),
    ],
)
def test_passive_question_takes_its_asker_as_source(text: str, source: str | None) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The spring gave a lift to her,” said former city adviser Tom Reed.", "former city adviser Tom Reed"),
        ("\"We will stay,\" said undecided voter Anna Berg.", "undecided voter Anna Berg"),
    ],
)
def test_lowercase_modifiers_open_a_source_after_the_cue(text: str, source: str) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("\"We will stay,\" said Anna Berg on Tuesday.", "Anna Berg"),
        ("\"Watch the ships,\" said port chief Anna Berg during the debate.", "port chief Anna Berg"),
    ],
)
def test_time_adjunct_after_the_source_is_left_out(text: str, source: str) -> None:
    assert sources(text) == [source]


def test_question_quote_keeps_its_following_attribution_and_continuation() -> None:
    quotes = extract_quotes('It ended. "Did we want this?" Holt said. "Now we are stuck."')
    assert [(q.text, q.source.text if q.source else None) for q in quotes] == [
        ('"Did we want this?" Holt said. "Now we are stuck."', "Holt")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Commentators were surprised that Holt is leading in the polls.", None),
        ("Holt led by nine points in a new state poll.", "a new state poll"),
    ],
)
def test_standing_in_the_polls_is_no_survey_source(text: str, source: str | None) -> None:
    assert (sources(text) or [None])[-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Reed, Berg and Holt have all attacked the plan as a waste.", "Reed, Berg and Holt"),
        ("Tom Reed and Anna Berg have both argued that the port should stay open.", "Tom Reed and Anna Berg"),
    ],
)
def test_floating_quantifier_is_not_the_source(text: str, source: str) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Tom Reed and Anna Berg said the port should stay open.", "Tom Reed and Anna Berg"),
        ("In Lisbon and Porto, Anna Berg said the port should stay open.", "Anna Berg"),
    ],
)
def test_coordinated_names_are_one_source(text: str, source: str) -> None:
    assert sources(text) == [source]


def test_possessor_keeps_its_title_with_a_period() -> None:
    assert sources("He held up Mr. Reed's claim that the port was safe as typical.") == ["Mr. Reed's"]


@pytest.mark.parametrize("text", [
    "“We will win the county by a wide margin,” Ada Vell, Harris’ campaign manager, said in a statement.",
    "“We will win the county by a wide margin,” Ada Vell, the Harris' campaign manager, said in a statement.",
])
def test_possessive_apostrophe_after_s_stays_in_the_appositive(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ada Vell"
    assert quote.source is not None and quote.source.text.startswith("Ada Vell, ")
