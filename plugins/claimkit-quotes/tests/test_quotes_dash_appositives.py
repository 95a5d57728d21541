"""Appositives set off by dashes or by a home town between a source and its cue, and sentence ends with no space
after them. The source span holds the whole appositive up to and including its closing dash or comma; the speaker is
the canonical name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes

from claimkit import QuoteMention


@pytest.mark.parametrize(
    ("text", "content", "source", "speaker"),
    [
        # a dashed appositive after the name: spaced hyphen, doubled hyphen, em and en dashes, spaced or not
        ("Ana Lind - the mayor's sister - said the levy was fair.", "the levy was fair",
         "Ana Lind - the mayor's sister -", "Ana Lind"),
        ("Tomas Rehn -- a retired teacher -- says the plan would cost too much.", "the plan would cost too much",
         "Tomas Rehn -- a retired teacher --", "Tomas Rehn"),
        ("Petra Volk—who chairs the water board—argued that the bridge needed repairs.",
         "the bridge needed repairs", "Petra Volk—who chairs the water board—", "Petra Volk"),
        ("Owen Dace — one of three candidates — warned the council had acted too slowly.",
         "the council had acted too slowly", "Owen Dace — one of three candidates —", "Owen Dace"),
        ("Mira Kell – herself a former councillor – insisted she would vote no.", "she would vote no",
         "Mira Kell – herself a former councillor –", "Mira Kell"),
        ("Ilse Marr--an engineer at the plant-- said the pumps were old.", "the pumps were old",
         "Ilse Marr--an engineer at the plant--", "Ilse Marr"),
        # a description first, the name inside the dashes
        ("A former mayor -- Ana Lind, who lost the 2008 race -- said the levy was unfair.", "the levy was unfair",
         "A former mayor -- Ana Lind, who lost the 2008 race --", "Ana Lind"),
        ("The board's treasurer -- Hugo Fenn -- told reporters the audit was late.", "the audit was late",
         "The board's treasurer -- Hugo Fenn --", "Hugo Fenn"),
        ("One longtime critic — Bram Ostler, 61 — argued the ferry should stay.", "the ferry should stay",
         "One longtime critic — Bram Ostler, 61 —", "Bram Ostler"),
        # after a closing quotation
        ("“The levy is fair,” Hugo Fenn — a retired teacher — said on Monday.", "The levy is fair",
         "Hugo Fenn — a retired teacher —", "Hugo Fenn"),
        # after a fronted adjunct
        ("In an interview at her hotel, Ana Lind - the mayor's sister - told the Gazette that the levy was fair.",
         "the levy was fair", "Ana Lind - the mayor's sister -", "Ana Lind"),
        # an organisation: the dashed relative clause is no part of its name
        ("The union -- which represents 400 nurses -- said the wards were short of staff.",
         "the wards were short of staff", "The union -- which represents 400 nurses --", "union"),
    ],
)
def test_dashed_appositive_stays_in_the_source(text: str, content: str, source: str, speaker: str) -> None:
    q = _one(text, content)
    assert q.source is not None and q.source.text == source
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "source", "speaker"),
    [
        ("Ana Lind, 44, of Harlow, who had answered the survey, told the Gazette later that the levy was fair.",
         "the levy was fair", "Ana Lind, 44, of Harlow, who had answered the survey,", "Ana Lind"),
        ("Tomas Rehn, 67, from Pell, says the plan would cost too much.", "the plan would cost too much",
         "Tomas Rehn, 67, from Pell,", "Tomas Rehn"),
        ("Mira Kell, 31, of Kestrel Bay, warned she would vote against the budget.",
         "she would vote against the budget", "Mira Kell, 31, of Kestrel Bay,", "Mira Kell"),
    ],
)
def test_age_and_home_town_stay_in_the_source(text: str, content: str, source: str, speaker: str) -> None:
    q = _one(text, content)
    assert q.source is not None and q.source.text == source
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the pronoun and the surname of the next sentence resolve to the name inside the appositive layout
        ("A former mayor -- Petra Volk, who lost the 2008 race -- said the bridge needed repairs. “We will see,” "
         "she said.", ["Petra Volk", "Petra Volk"]),
        ("Owen Dace - the mayor's brother - said the plan was costly. Dace said the vote should wait.",
         ["Owen Dace", "Owen Dace"]),
    ],
)
def test_later_sources_resolve_to_the_dashed_name(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # a lone dash is a dateline's: the name after it is the speaker
        ("HARLOW - Mayor Ana Lind said on Monday the levy was fair.", None, "Ana Lind"),
        # a hyphen glued between marks is no dash
        ("The levy was fair, according to the U.A.W.-C.L.C.", "the U.A.W.-C.L.C", None),
        # "according to": the source ends at a spaced hyphen
        ("Most owners - 60 percent, according to the Pell Boat Club - back the levy.", "the Pell Boat Club", None),
    ],
)
def test_lone_and_glued_dashes(text: str, source: str | None, speaker: str | None) -> None:
    q = extract_quotes(text)[0]
    if source is not None:
        assert q.source is not None and q.source.text == source
    if speaker is not None:
        assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The levy was fair, Ana Lind said.Berg said the plan was costly.", ["Ana Lind", "Berg"]),
        ("Tomas Rehn said the plan would cost too much.Mira Kell said the bridge needed repairs.",
         ["Tomas Rehn", "Mira Kell"]),
        ("“Nobody asked us,” Petra Volk said.“We disagree,” Hugo Fenn said.", ["Petra Volk", "Hugo Fenn"]),
        ("Owen Dace said the council had acted too slowly.She added that she would vote no.", ["Owen Dace", "She"]),
    ],
)
def test_sentence_end_without_a_space(text: str, sources: list[str]) -> None:
    assert [q.source.text if q.source else None for q in extract_quotes(text)] == sources


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an abbreviation or a title glued to a name ends no sentence: the content runs across it
        ("The clerk said Gov.Berg and Dr.Lind were absent.", "Gov.Berg and Dr.Lind were absent"),
        ("The clerk said the count rose 3.5 percent.", "the count rose 3.5 percent"),
    ],
)
def test_glued_marks_that_end_no_sentence(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)] == [content]


def _one(text: str, content: str) -> QuoteMention:
    matches = [q for q in extract_quotes(text) if content in q.text]
    assert matches, [q.text for q in extract_quotes(text)]
    return matches[0]



@pytest.mark.parametrize(
    ("text", "source", "speaker", "role"),
    [
        ("Harbor Master Hugo Fenn said the levy was fair.", "Harbor Master Hugo Fenn", "Hugo Fenn", "Harbor Master"),
        ("“The levy is fair,” said Public Defender Owen Dace.", "Public Defender Owen Dace", "Owen Dace",
         "Public Defender"),
        ("Coroner Mira Kell said the tests were late.", "Coroner Mira Kell", "Mira Kell", "Coroner"),
        ("Pastor Ana Lind said the hall would stay open.", "Pastor Ana Lind", "Ana Lind", "Pastor"),
    ],
)
def test_office_titles_go_to_the_role(text: str, source: str, speaker: str, role: str) -> None:
    q = extract_quotes(text)[0]
    assert q.source is not None and q.source.text == source
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a bracket after the name stays in a source after the cue, and so does an appositive after it
        ("“We will win,” said Sen. Ana Lind (D-Harlow).", "Sen. Ana Lind (D-Harlow)"),
        ("“We will win,” said Sen. Ana Lind (D-Harlow), who chairs the panel.",
         "Sen. Ana Lind (D-Harlow), who chairs the panel"),
        # an adjunct after the bracket does not
        ("“We will win,” said Sen. Ana Lind (D-Harlow) in an interview.", "Sen. Ana Lind (D-Harlow)"),
        # a home town after an age
        ("“We will win,” said Tomas Rehn, 44, of Harlow.", "Tomas Rehn, 44, of Harlow"),
        # a spaced hyphen ends the source, as a dash does
        ("“We will win,” said Tomas Rehn - a nurse in Harlow - on Monday.", "Tomas Rehn"),
    ],
)
def test_source_after_the_cue(text: str, source: str) -> None:
    q = extract_quotes(text)[0]
    assert q.source is not None and q.source.text == source


def test_who_after_an_appositive_stands_for_the_name() -> None:
    assert _one("Ana Lind, a nurse, who said the levy was fair, left early.", "the levy was fair").speaker == "Ana Lind"


def test_which_after_an_appositive_never_stands_for_the_person() -> None:
    # (a guard: "which" stands for a thing, so the name before the appositive is never its speaker)
    q = _one("Tomas Rehn, the head of the Pell Boat Club, which backed the levy, spoke first.", "the levy")
    assert q.speaker != "Tomas Rehn"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adjunct between dashes is no part of the source, as between commas
        ("Lind — in an interview — said the levy was unfair.", "Lind"),
        ("Lind, in an interview, said the levy was unfair.", "Lind"),
        # a dashed phrase of numbers names no speaker
        ("The vote - 12 to 3 - showed the council was split.", "The vote - 12 to 3 -"),
    ],
)
def test_adjuncts_and_numbers_between_dashes(text: str, source: str) -> None:
    q = extract_quotes(text)[0]
    assert q.source is not None and q.source.text == source
    assert q.speaker is None or not q.speaker[0].isdigit()


@pytest.mark.parametrize(
    "text",
    [
        "The bridge -- said to be the oldest in Pell -- will close.",
        "The reform - said to be popular - failed.",
        "The plan, thought to have cost millions, failed.",
    ],
)
def test_reduced_passive_reports_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an adjunct set off by commas between the cue and the content
        ("Owen Dace said Tuesday, in a letter to shareholders, that profits had fallen.", "that profits had fallen"),
        ("Owen Dace said, in a letter to shareholders, that profits had fallen.", "that profits had fallen"),
        ("Owen Dace said on Tuesday, in a letter, the firm was sound.", "the firm was sound"),
        # a participle describing the statement
        ("Petra Volk said in a statement released by her office late on Monday that she would resign.",
         "that she would resign"),
    ],
)
def test_adjuncts_between_cue_and_content(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a list of names, each with its bracket
        ("Ilse Marr (R-Pell) and Hugo Fenn (D-Harlow) said the bill was flawed.",
         "Ilse Marr (R-Pell) and Hugo Fenn (D-Harlow)"),
        ("Sens. Ilse Marr (R-Pell), Bram Ostler (I-Ashby) and Hugo Fenn (D-Harlow) said the bill was flawed.",
         "Sens. Ilse Marr (R-Pell), Bram Ostler (I-Ashby) and Hugo Fenn (D-Harlow)"),
        # a plural title ends no sentence
        ("Sens. Ilse Marr and Hugo Fenn said the bill was flawed.", "Sens. Ilse Marr and Hugo Fenn"),
        ("Reed, Berg and Holt said the bill was flawed.", "Reed, Berg and Holt"),
    ],
)
def test_lists_of_names_with_brackets(text: str, source: str) -> None:
    q = extract_quotes(text)[0]
    assert q.source is not None and q.source.text == source
