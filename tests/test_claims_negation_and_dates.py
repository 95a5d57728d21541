"""Which negations deny, which markers expect, and when an undated statement was made."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit.claims import build_claims
from claimkit.modality import read_modality
from claimkit.types import Claim, Document
from claimkit.when import StoryClock, parse_moment

PUBLISHED = dt.date(2030, 5, 8)  # a Wednesday


@pytest.mark.parametrize(
    ("content", "cue_class", "expected"),
    [
        # a negated event or state: the source says it is not so
        ("none of the fuel had reached the lake", None, "denied"),
        ("the levee has not been breached", None, "denied"),
        ("No candidate won a clear majority", None, "denied"),
        ("Nobody has been arrested", None, "denied"),
        ("there is no evidence of sabotage", None, "denied"),
        ("however, that the weir had not been checked since 2021", None, "denied"),
        ("In 2021 the weir was not checked", None, "denied"),
        ("she named two or three reasons and does not accept the ruling", None, "denied"),
        ("the barge carried 40 tonnes, not 400", None, "denied"),
        # counted things described by the negation: the count is asserted
        ("at least 900 votes were never counted", None, "asserted"),
        ("About 1,400 homes remain without heating", None, "asserted"),
        ("some 300 flats were left without water after the storm", None, "asserted"),
        # nobody acted on the speaker: a grievance of their own
        ("Nobody told us. The river rose in minutes", None, "asserted"),
        ("No one ever told me the plant was closing", None, "asserted"),
        ("No one has claimed the attack on the depot", None, "denied"),
        # a denial cue or word still denies
        ("that the weir was unsafe", "denial", "denied"),
        ("These are lies", None, "denied"),
        ("It was all a lie", None, "denied"),
        # "lies" of place denies nothing
        ("the well water is safe because the well lies upstream of the mill", None, "asserted"),
        ("the village lies in a valley", None, "asserted"),
    ],
)
def test_which_negations_deny(content: str, cue_class: str | None, expected: str) -> None:
    """Negated claims deny unless the negation describes counted things or the speaker's own grievance."""
    assert read_modality(content, "", cue_class).modality == expected


def test_did_not_say_is_other() -> None:
    """A negated speech verb in the frame commits the source to nothing."""
    assert read_modality("when the weir would reopen", "She did not say").modality == "other"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("A verdict is expected within weeks", "expected"),
        ("New rules are expected within weeks", "expected"),
        ("The result was as expected", "asserted"),
        ("The number of people waiting for planned repairs has fallen by a tenth since June", "asserted"),
        ("The waiting list for planned repairs will shrink", "expected"),
        ("the planned march goes ahead on Sunday", "expected"),
        ("the talks with the owners collapsed", "asserted"),
    ],
)
def test_expectation_markers(content: str, expected: str) -> None:
    """A passive "is expected" looks ahead; an attributive "planned" before a perfect does not make it expected."""
    assert read_modality(content).modality == expected


def _doc(text: str) -> Document:
    return Document(id="d1", text=text, published=PUBLISHED, publisher="Fenwick Post")


def _claim_at(claims: list[Claim], phrase: str) -> Claim:
    found = [c for c in claims if phrase in c.text]
    assert found, [c.text for c in claims]
    return found[0]


def test_reported_statements_joined_by_and_that_are_claims_of_their_own() -> None:
    """"said the pump had failed and that none of the fuel reached the lake": one asserted, one denied."""
    text = ("Depot manager Ana Corran said the pump had failed on Monday and that none of the fuel had reached the "
            "lake.")
    claims = build_claims(_doc(text), [])
    stopped = _claim_at(claims, "pump had failed")
    reached = _claim_at(claims, "reached the lake")
    assert stopped is not reached
    assert (stopped.modality, reached.modality) == ("asserted", "denied")
    assert stopped.source is not None and reached.source is not None
    assert stopped.source.name == reached.source.name == "Ana Corran"


def test_demonstrative_that_does_not_split() -> None:
    """"and that hangar was sealed": "that" points at the hangar; the sentence stays one claim."""
    text = "Airport police said a parcel was found in a hangar on Monday and that hangar was sealed."
    claims = build_claims(_doc(text), [])
    assert len([c for c in claims if "parcel" in c.text or "sealed" in c.text]) == 1


def test_quoted_and_that_stays_one_claim() -> None:
    """Words in quotation marks stay together."""
    text = "Ana Corran said the leak “had stopped and that was that”."
    claims = build_claims(_doc(text), [])
    assert len([c for c in claims if "leak" in c.text or "stopped" in c.text]) == 1


@pytest.mark.parametrize(
    ("text", "phrase", "said_on"),
    [
        # undated speech about the day before publication: said that day
        ("The Pessel ferry ran aground on Tuesday, the operator said.", "ran aground", "2030-05-07"),
        # the speech's own time wins
        ("The Pessel ferry ran aground on Tuesday, the operator said on Wednesday.", "ran aground", "2030-05-08"),
        # an event further back: the statement is dated by publication
        ("The Pessel ferry ran aground on Sunday, the operator said.", "ran aground", "2030-05-08"),
        # an unattributed sentence is the publication's, on its day
        ("The Pessel ferry ran aground on Tuesday with 40 people on board.", "ran aground", "2030-05-08"),
    ],
)
def test_said_on_of_undated_speech(text: str, phrase: str, said_on: str) -> None:
    """An attribution with no time of its own takes its event's day when that is the day before publication."""
    assert _claim_at(build_claims(_doc(text), []), phrase).said_on == said_on


def test_dated_speech_reference_wins_over_event_day() -> None:
    """Once the story dated a speech, undated ones keep that reference time."""
    clock = StoryClock(PUBLISHED)
    tuesday = parse_moment("on Tuesday", PUBLISHED, None)
    first = clock.default(tuesday)
    assert first is not None and first.value == "2030-05-07"
    clock.saw(parse_moment("On April 29", PUBLISHED, None), speech=True)
    second = clock.default(tuesday)
    assert second is not None and second.value == "2030-04-29"
