"""Speaker resolution: titles and roles, pronouns, surnames, organisations, anonymous sources."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes

from claimkit import QuoteMention


def last(text: str) -> QuoteMention:
    return extract_quotes(text)[-1]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Interior Minister Anna Berg said the border was calm.", "Anna Berg", "Interior Minister"),
        ("Dr. Hugh Hill said the water was safe.", "Hugh Hill", None),
        ("Hugh Hill, a doctor, said the water was safe.", "Hugh Hill", "doctor"),
        ("A ministry spokesman, Colonel Tom Reed, said the border was calm.", "Tom Reed", "ministry spokesman"),
    ],
)
def test_titles_and_roles_are_stripped(text: str, speaker: str, role: str | None) -> None:
    m = last(text)
    assert (m.speaker, m.role, m.source_kind) == (speaker, role, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Anna Berg visited the port. She said the ships would stay.",
        "Interior Minister Anna Berg visited the port. Berg said the ships would stay.",
        "Interior Minister Anna Berg visited the port. The minister said the ships would stay.",
        "Interior Minister Anna Berg said the port was open. Later she added that the ships would stay.",
    ],
)
def test_pronouns_surnames_and_roles_resolve_to_the_full_name(text: str) -> None:
    assert last(text).speaker == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Foreign Ministry said the talks would resume.", "Foreign Ministry"),
        ("The Foreign Ministry met on Monday. The ministry said the talks would resume.", "Foreign Ministry"),
        ("The talks will resume, according to the defense ministry.", "defense ministry"),
        ("The Union of Dock Workers said the strike would go on.", "Union of Dock Workers"),
    ],
)
def test_organisations(text: str, speaker: str) -> None:
    m = last(text)
    assert m.speaker == speaker
    assert m.source_kind == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Harbor staff who spoke on condition of anonymity said the talks had failed.",
        "Two officials said the talks had failed.",
        "Some reports said the talks had failed.",
    ],
)
def test_anonymous_and_collective_sources(text: str) -> None:
    assert last(text).source_kind in ("anonymous", "publication")


def test_relative_pronoun_source_speaks_for_its_antecedent() -> None:
    m = last("The vote was delayed by Anna Berg, who said the count was incomplete.")
    assert m.source is not None and m.source.text == "who"
    assert m.speaker == "Anna Berg"


def test_pronoun_skips_a_newspaper_named_in_between() -> None:
    text = "Interior Minister Anna Berg spoke. The Harbor Star reported the news. She said the port would stay open."
    assert last(text).speaker == "Anna Berg"


def test_contracted_pronoun_source() -> None:
    m = last("Interior Minister Anna Berg spoke. She’s said the port would stay open.")
    assert m.source is not None and m.source.text == "She"
    assert m.speaker == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Interior Minister Anna Berg visited the port. Her claim that the ships were safe drew doubt.", "Anna Berg"),
        ("The Foreign Ministry said it would wait. Its claim that talks would resume drew doubt.", "Foreign Ministry"),
    ],
)
def test_possessive_pronoun_source_resolves_like_its_subject_pronoun(text: str, speaker: str) -> None:
    assert last(text).speaker == speaker


def test_possessor_speaker_drops_the_possessive_ending() -> None:
    assert last("The board's claim that the port was safe drew doubt.").speaker == "board"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A lower-case description named earlier is what "the agency" stands for, the latest one with that head.
        ("A spokesman for the national weather agency, Ola Dunn, said rain would fall. "
         "The agency said floods were likely.", "national weather agency"),
        ("The agency and the regional water agency met. The agency said the dam was safe.", "regional water agency"),
        # Once resolved, the description is remembered for the next "the agency".
        ("Crews from the state roads agency arrived. The agency said the pass was shut. "
         "Hours later the agency said it had reopened.", "state roads agency"),
        # A capitalised name still wins.
        ("Officials at the Harlow Port Authority said ships waited. The authority said delays would end.",
         "Harlow Port Authority"),
        # Descriptions that say no more than the head, or run over another "the", are not taken.
        ("The same agency was blamed. The agency said it had acted fast.", "agency"),
        ("Bids went to the ministry and the agency. The agency said the bids were fair.", "agency"),
    ],
)
def test_the_organisation_resolves_to_its_earlier_description(text: str, speaker: str) -> None:
    m = last(text)
    assert (m.speaker, m.source_kind) == (speaker, "organization")
