"""A pronoun's contracted auxiliary opens the cue ("’s comparing", "'re endorsing"); the pronoun alone is the source.
A possessive noun keeps its "'s". Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He’s comparing the levy to a toll.", "’s comparing", "He"),
        ("They're endorsing Berg for mayor.", "'re endorsing", "They"),
        ("She's said the pier is safe.", "'s said", "She"),
    ],
)
def test_a_pronouns_clitic_joins_the_cue(text: str, cue: str, source: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)


def test_a_possessive_noun_keeps_its_clitic_in_the_source() -> None:
    m = extract_quotes("Berg's claim that the pier was closed drew anger.")[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == ("claim", "Berg's")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union accused the board of hiding the accounts.", "accused"),
        ("The mayor balked at the new fees.", "balked at"),
        ("Berg alluded to a second pier.", "alluded to"),
    ],
)
def test_particles_join_their_verbs(text: str, cue: str) -> None:
    assert next(m.cue.text for m in extract_quotes(text) if m.cue) == cue


def test_a_reporters_byline_is_no_report() -> None:
    assert extract_quotes("Jane Hale reported from Dover and the harbor towns nearby.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The late storm added to the confusion at the harbor.",  # an increase
        "The ferry line maintained a lead over the bus company.",  # a keeping
    ],
)
def test_increases_and_keepings_are_no_reports(text: str) -> None:
    assert extract_quotes(text) == []


def test_added_to_an_addressee_still_reports(find) -> None:
    m = find("The pier reopened. “It is safe now,” Berg added to Harbor Radio.", "safe now")
    assert m.cue is not None and m.cue.text == "added"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg earned the support of the dock workers last spring.",  # winning, not a stance
        "Tom Reed captured a third of the vote in the valley.",
        "Anna Berg trounced the two other candidates in the harbor ward.",
        "The harbor board conducted a review of the ferry timetable.",
        "The ferry company hired forty new deckhands for the summer.",
        "The union launched a drive for new members in the valley.",
        "The council met on Monday regarding the new levy on the harbor.",  # a preposition
    ],
)
def test_winning_and_regarding_report_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg called into the morning radio show from the harbor.",  # a telephone call
        "Too many calls into the ferry hotline still go unanswered.",
        "The paper ran snap polls after the harbor debate.",  # an adjective
    ],
)
def test_phoning_in_and_snap_polls_report_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor backed down on the harbor fees this spring.",  # yielding
        "Anna Berg celebrated in Dover with the dock workers on Tuesday.",  # a party
        "The roll call itself took most of the evening at the hall.",  # a noun
    ],
)
def test_yielding_parties_and_roll_calls_report_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed at noon.\n\nTwitter: @harborwatch.",  # a social handle line
        "The pier is old.\n\nRemember: the storm season starts in May.",  # a connector, no speaker
    ],
)
def test_handle_lines_and_connectors_are_no_speakers(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Polling stations open at dawn when voters in the valley head to the polls.",  # voting, no survey
        "Reed raised two million dollars in the week after polls closed across the valley.",
    ],
)
def test_going_to_the_polls_names_no_survey(text: str) -> None:
    assert extract_quotes(text) == []


def test_a_survey_named_after_a_clause_still_speaks(find) -> None:
    m = find("Berg led Reed by nine points in a new county poll.", "Berg led Reed")
    assert m.source is not None and m.source.text == "a new county poll"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was announced on Monday that the pier would close.", "was announced"),
        ("It’s been reported that the harbor board will resign.", "’s been reported"),
    ],
)
def test_an_empty_it_leaves_the_that_clause_as_content(text: str, cue: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.text.startswith("that "), m.cue.text if m.cue else None, m.source) == (True, cue, None)
