"""Cue families beyond "said": stance, belief and seeking verbs, and nominal cues. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # stances towards a person or a policy: the object is the content
        ("The union denounced the new shift rota.", "the new shift rota", "denounced", "The union"),
        ("Anna Berg decried the closure of the library.", "the closure of the library", "decried", "Anna Berg"),
        # seeking and choosing (irregular past "sought")
        ("The council sought to delay the vote.", "to delay the vote", "sought", "The council"),
        ("Most residents prefer the northern route.", "the northern route", "prefer", "Most residents"),
        # belief verbs with an object clause or a small clause
        ("Tom Reed considers the plan too costly.", "the plan too costly", "considers", "Tom Reed"),
        ("The mayor knew the bridge was unsafe.", "the bridge was unsafe", "knew", "The mayor"),
        ("Anna Berg understood that the talks had failed.", "that the talks had failed", "understood",
         "Anna Berg"),
        # discussing, thanking
        ("The board discussed the budget shortfall.", "the budget shortfall", "discussed", "The board"),
        # persuading, pressing and deciding
        ("The union encouraged members to vote early.", "members to vote early", "encouraged", "The union"),
        ("Tom Reed decided to run for the council.", "to run for the council", "decided", "Tom Reed"),
        ("The mayor assured residents the water was safe.", "the water was safe", "assured", "The mayor"),
        ("The council pushed for a new tunnel.", "a new tunnel", "pushed for", "The council"),
        # speaking, comparing
        ("The minister spoke about the flood defences.", "the flood defences", "spoke about", "The minister"),
        ("Anna Berg compared the tunnel to a maze.", "the tunnel to a maze", "compared", "Anna Berg"),
        # forms once left out as too often nouns, now read as verbs after a subject
        ("Many farmers feel the new rules are unfair.", "the new rules are unfair", "feel", "Many farmers"),
        ("The ferry company offered a refund to every passenger.", "a refund to every passenger", "offered",
         "The ferry company"),
        # doubled consonants ("slammed") and verbs of complaining and likening
        ("Anna Berg slammed the new harbor fees.", "the new harbor fees", "slammed", "Anna Berg"),
        ("The captain bemoaned the state of the pier.", "the state of the pier", "bemoaned", "The captain"),
        ("Tom Reed likened the council to a ship without a rudder.", "the council to a ship without a rudder",
         "likened", "Tom Reed"),
        ("Most residents preferred the northern route.", "the northern route", "preferred", "Most residents"),
        ("The union sided with the ferry crews.", "the ferry crews", "sided with", "The union"),
    ],
)
def test_new_verb_families(text: str, content: str, cue: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


@pytest.mark.parametrize(
    ("text", "cue_class"),
    [
        ("Tom Reed considers the plan too costly.", "hedging"),
        ("The union denounced the new shift rota.", "neutral"),
    ],
)
def test_new_verb_classes(text: str, cue_class: str) -> None:
    assert extract_quotes(text)[0].cue_class == cue_class


@pytest.mark.parametrize(
    "text",
    [
        "A bridge known as the Iron Span crosses the bay.",  # a naming "known as" without "be" reports nothing
        "In that regard, the plan changed.",
        "The team faced a new challenge in May.",
    ],
)
def test_noun_and_naming_uses_are_not_cues(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # a possessor is the source of a noun cue; the that-clause or infinitive is the content
        ("Anna Berg's claim that the port was closed drew anger.", "that the port was closed", "claim",
         "Anna Berg's"),
        ("His decision to leave the race surprised voters.", "to leave the race", "decision", "His"),
        ("The board’s refusal to publish the figures surprised no one.", "to publish the figures", "refusal",
         "The board’s"),
        # a preposition after the noun belongs to the cue
        ("Her criticism of the new rota was sharp.", "the new rota", "criticism of", "Her"),
        ("Tom Reed's opposition to the tunnel is well known.", "the tunnel", "opposition to", "Tom Reed's"),
        # no possessor: only a that-clause makes the noun a cue, and the content has no source
        ("The allegation that the vote was rigged spread quickly.", "that the vote was rigged", "allegation", None),
    ],
)
def test_nominal_cues(text: str, content: str, cue: str, source: str | None) -> None:
    matches = [m for m in extract_quotes(text) if m.cue is not None and m.cue.text == cue]
    assert matches, [(m.text, m.cue and m.cue.text) for m in extract_quotes(text)]
    m = matches[0]
    assert content in m.text
    assert (m.source.text if m.source else None) == source


@pytest.mark.parametrize(
    "text",
    [
        "The statement ran to four pages.",  # a noun cue without possessor or clause reports nothing
        "His criticism was brief.",
        "It's a decision that pleased the crowd.",
    ],
)
def test_bare_nominal_cues_are_not_quotes(text: str) -> None:
    assert [m for m in extract_quotes(text) if m.cue is not None] == []


def test_survey_named_after_the_clause_is_its_source(find) -> None:
    m = find("Reed led Berg by nine points in a new Harbor Gazette poll.", "Reed led Berg")
    assert (m.text, m.cue.text if m.cue else None, m.source.text if m.source else None) == (
        "Reed led Berg by nine points", "in", "a new Harbor Gazette poll")


def test_place_after_in_is_no_survey() -> None:
    assert extract_quotes("Turnout was low in the old town hall on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # title-case headlines and a fronted verb
        ("Harbor Mayor Says Bridge Will Reopen In May\n\nThe bridge has been shut since March.",
         "Bridge Will Reopen In May", "Says", "Harbor Mayor"),
        ("Said the mayor, “The bridge will reopen in May.”", "The bridge will reopen in May", "Said", "the mayor"),
    ],
)
def test_capitalised_cue_verbs(text: str, content: str, cue: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


def test_contracted_auxiliary_opens_the_cue(cue_and_source) -> None:
    assert cue_and_source("She’s said the port would close.", "the port would close") == ("’s said", "She")


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # a long sentence-opening subject headed by a document noun
        ("The report published Tuesday showed that the bridge was unsafe.", "that the bridge was unsafe", "showed",
         "The report published Tuesday"),
        # a quantified subject with a prepositional phrase
        ("One in four riders in the ferry survey said fares were too high.", "fares were too high", "said",
         "One in four riders in the ferry survey"),
        # ... also after a short fronted phrase
        ("On Tuesday, a study funded by the port showed that the dredging had worked.", "that the dredging had worked",
         "showed", "a study funded by the port"),
        # a capitalised month before the verb is no auxiliary
        ("A survey taken in May showed most residents back the plan.", "most residents back the plan", "showed",
         "A survey taken in May"),
    ],
)
def test_sentence_opening_subjects(text: str, content: str, cue: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


def test_capitalised_base_form_in_a_name_is_no_cue() -> None:
    assert [m for m in extract_quotes("Anna Berg went on The Harbor Morning Show to talk.") if m.cue
            and m.cue.text == "Show"] == []


def test_transcript_label_speaks_to_the_paragraph_end(find) -> None:
    text = "The interview went on.\n\nBERG: We will keep the ferry running. The winter timetable stays.\n\nIt ended."
    m = find(text, "We will keep the ferry running")
    assert (m.text, m.source.text if m.source else None) == (
        "We will keep the ferry running. The winter timetable stays", "BERG")


def test_run_together_initials_do_not_end_the_sentence(find) -> None:
    m = find("“The ferry stays,” said Rep. G.K. Berg of the harbor district.", "The ferry stays")
    assert m.source is not None and "Berg" in m.source.text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He didn’t say the bridge was safe.", "didn’t say", "He"),
        ("The mayor doesn't think the port will close.", "doesn't think", "The mayor"),
    ],
)
def test_negated_auxiliary_belongs_to_the_cue(text: str, cue: str, source: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)


def test_fronted_prepositional_phrase_is_no_subject() -> None:
    quotes = extract_quotes("With ferry crews increasingly worried about the storm season, the mayor spoke to them.")
    assert all(m.source is None or not m.source.text.startswith("With") for m in quotes)


def test_year_between_subject_and_verb_is_skipped(find) -> None:
    m = find("Anna Berg, who in 2010 said the port would close, stayed on.", "the port would close")
    assert m.source is not None and m.source.text == "who"


def test_clock_time_before_a_colon_is_no_speaker() -> None:
    assert extract_quotes("11: 06 a.m. The ferry left the harbor on time today.") == []


def test_unlisted_lowercase_head_after_an_article_speaks(cue_and_source) -> None:
    found = cue_and_source("The harbor is calm tonight, the admiral said.", "The harbor is calm tonight")
    assert found == ("said", "the admiral")


def test_unlisted_lowercase_head_after_an_inverted_verb_speaks(find) -> None:
    m = find("“The harbor is calm,” said the old admiral.", "The harbor is calm")
    assert m.source is not None and m.source.text == "the old admiral"


def test_bracketed_according_to_sentence(find) -> None:
    text = "Skaters often stay late. (According to the city police, it keeps no statistics on such fines.) It closes."
    m = find(text, "it keeps no statistics")
    assert (m.text, m.source.text if m.source else None) == ("it keeps no statistics on such fines", "the city police")


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("Some residents are concerned that the ferry will stop.", "that the ferry will stop", "are concerned",
         "Some residents"),
        ("Tom Reed was not hopeful about the vote.", "the vote", "was not hopeful about", "Tom Reed"),
        ("The union is opposed to the new fares.", "the new fares", "is opposed to", "The union"),
        ("The mayor is critical of the harbor plan.", "the harbor plan", "is critical of", "The mayor"),
    ],
)
def test_adjectives_of_stance_after_be(text: str, content: str, cue: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


@pytest.mark.parametrize(
    "text",
    [
        "The concerned residents met at the pier.",
        "Tom Reed is happy.",
        "The critical vote is on Monday.",
    ],
)
def test_adjective_without_be_and_complement_is_no_cue(text: str) -> None:
    assert extract_quotes(text) == []
