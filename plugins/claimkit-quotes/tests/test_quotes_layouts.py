"""Attribution layouts: sentences written for these tests, one layout per case."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # direct quotes, attribution after, before, inverted, split
        ("“The bridge will reopen in May,” Anna Berg said.", "“The bridge will reopen in May,”", "said",
         "Anna Berg"),
        ("“The bridge will reopen in May,” said Anna Berg.", "“The bridge will reopen in May,”", "said",
         "Anna Berg"),
        # a colon right after the verb belongs to the cue, as the corpus marks it
        ("Anna Berg said: “The bridge will reopen in May.”", "“The bridge will reopen in May.”", "said:",
         "Anna Berg"),
        ("“The bridge will reopen in May,” the mayor told reporters.", "“The bridge will reopen in May,”", "told",
         "the mayor"),
        # indirect speech
        ("Anna Berg said that the bridge would reopen in May.", "that the bridge would reopen in May", "said",
         "Anna Berg"),
        ("Anna Berg said the bridge would reopen in May.", "the bridge would reopen in May", "said", "Anna Berg"),
        ("The mayor told reporters the bridge would reopen in May.", "the bridge would reopen in May", "told",
         "The mayor"),
        ("The bridge will reopen in May, the mayor said.", "The bridge will reopen in May", "said", "the mayor"),
        ("The bridge will reopen in May, said the mayor.", "The bridge will reopen in May", "said", "the mayor"),
        # according to
        ("According to the port authority, the bridge will reopen in May.", "the bridge will reopen in May",
         "According to", "the port authority"),
        ("The bridge will reopen in May, according to the port authority.", "The bridge will reopen in May",
         "according to", "the port authority"),
        # partial quote inside indirect speech (mixed)
        ("Anna Berg said the rebels were “preparing a new offensive.”", "the rebels were “preparing", "said",
         "Anna Berg"),
        # cues other than "said"
        ("The ministry denied that troops had crossed the border.", "that troops had crossed the border", "denied",
         "The ministry"),
        ("Anna Berg warned that prices would rise.", "that prices would rise", "warned", "Anna Berg"),
        ("The council has confirmed the plan will go ahead.", "the plan will go ahead", "has confirmed",
         "The council"),
        ("Tom Reed claimed the vote was rigged.", "the vote was rigged", "claimed", "Tom Reed"),
        ("Tom Reed insisted the vote was fair.", "the vote was fair", "insisted", "Tom Reed"),
        ("The company said in a statement that sales fell.", "that sales fell", "said in a statement",
         "The company"),
    ],
)
def test_layouts(text: str, content: str, cue: str, source: str, find) -> None:
    m = find(text, content)
    assert text[m.start:m.end] == m.text
    assert m.cue is not None and m.cue.text == cue
    assert m.source is not None and m.source.text == source


def test_quote_split_by_its_attribution_has_two_parts(find) -> None:
    text = "“We expect,” he said, “to stay.”"
    m = find(text, "We expect")
    assert [text[s:e] for s, e in m.parts] == ["“We expect,”", "“to stay.”"]
    assert m.cue is not None and m.cue.text == "said"


def test_indirect_content_split_by_its_attribution(find) -> None:
    text = "The new bridge, the engineers said, could carry twice the traffic."
    m = find(text, "The new bridge")
    assert [text[s:e] for s, e in m.parts] == ["The new bridge", "could carry twice the traffic"]


def test_quoted_sentences_after_the_attribution_continue_the_quote(find) -> None:
    text = "“The bridge is safe,” Anna Berg said. “We checked every cable.” Traffic resumed."
    m = find(text, "The bridge is safe")
    assert [text[s:e] for s, e in m.parts] == ["“The bridge is safe,”", "“We checked every cable.”"]


def test_colon_introduction_with_statement_cue(find) -> None:
    text = "In a statement, the Harbor Board said: “No ship will be turned away.”"
    m = find(text, "No ship")
    assert m.source is not None and m.source.text == "the Harbor Board"
    assert m.direct


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # FIELD.md: appositive speakers
        ("“The water is safe,” Hugh Hill, a doctor, said.", "Hugh Hill, a doctor,", "Hugh Hill"),
        ("Hugh Hill, a doctor at the city clinic, said the water was safe.", "Hugh Hill, a doctor at the city clinic,",
         "Hugh Hill"),
        # FIELD.md: speaker after a dash
        ("“The water is safe.” — Hugh Hill, a doctor.", "Hugh Hill, a doctor", "Hugh Hill"),
    ],
)
def test_appositive_and_dash_speakers(text: str, source: str, speaker: str) -> None:
    m = extract_quotes(text)[0]
    assert m.source is not None and m.source.text == source
    assert m.speaker == speaker


def test_speaker_in_the_previous_sentence(find) -> None:
    text = "Hugh Hill spoke to reporters outside the clinic. “The water is safe to drink again.”"
    m = find(text, "The water is safe")
    assert m.speaker == "Hugh Hill"


def test_participle_cue_takes_the_sentence_subject(find) -> None:
    text = "Anna Berg criticised the budget, saying it would hurt farmers."
    m = find(text, "it would hurt farmers")
    assert m.speaker == "Anna Berg"
    assert m.cue is not None and m.cue.text == "saying"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor attacked the “woke” agenda of the council.",
        "She starred in “The Long Harbor” last year.",
        "Critics called the plan a “disaster” without offering one of their own.",
    ],
)
def test_scare_quotes_and_titles_are_not_direct_quotes(text: str) -> None:
    assert not any(m.direct and m.cue is None for m in extract_quotes(text))
    assert not any(m.text.strip("“”") in ("woke", "The Long Harbor") for m in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "cue_class"),
    [
        ("Anna Berg said the port was open.", "neutral"),
        ("Anna Berg told reporters the port was open.", "neutral"),
        ("Anna Berg claimed the port was open.", "hedging"),
        ("Anna Berg alleged the port was closed.", "hedging"),
        ("Anna Berg denied the port was closed.", "denial"),
        ("Anna Berg rejected claims that the port was closed.", "denial"),
        ("Anna Berg predicted the port would reopen.", "prediction"),
        ("Anna Berg warned the port would close.", "prediction"),
        ("Anna Berg confirmed the port was open.", "confirmation"),
        ("Anna Berg acknowledged the port was closed.", "confirmation"),
    ],
)
def test_cue_classes(text: str, cue_class: str) -> None:
    assert extract_quotes(text)[0].cue_class == cue_class


def test_direct_flag_follows_double_marks(find) -> None:
    direct = find("“We will stay,” Anna Berg said.", "We will stay")
    indirect = find("Anna Berg said they would stay.", "they would stay")
    assert direct.direct and not indirect.direct


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # colon introductions and sentence openers
        ("Harbor Board: Ships Will Keep Sailing All Winter", "Ships Will Keep Sailing All Winter", ":",
         "Harbor Board"),
        ("In a new survey, most residents backed the plan.", "most residents backed the plan", "In",
         "a new survey"),
        # questions put to the speaker have no source
        ("Asked about the delay, the mayor said the cables were being replaced.", "the delay", "Asked about",
         None),
        ("The mayor smiled when asked whether the bridge would open.", "whether the bridge would open", "asked",
         None),
        # phrasal and participle cues
        ("The council called for an inquiry into the delay.", "an inquiry into the delay", "called for",
         "The council"),
        ("The mayor is touring the port this week saying the ships will stay.", "the ships will stay", "saying",
         "The mayor"),
        # quantified and collective sources
        ("Most of the dock workers said they would strike.", "they would strike", "said",
         "Most of the dock workers"),
        ("A spokesman for the harbor police said the road was closed.", "the road was closed", "said",
         "A spokesman for the harbor police"),
        ("One in five said the fares were too high.", "the fares were too high", "said", "One in five"),
        # a second-hand report of the same words
        ("“The cables are safe,” the engineer said, according to the local paper.", "The cables are safe",
         "according to", "the local paper"),
    ],
)
def test_more_layouts(text: str, content: str, cue: str, source: str | None) -> None:
    matches = [m for m in extract_quotes(text) if content in m.text and m.cue is not None and m.cue.text == cue]
    assert matches, [(m.text, m.cue and m.cue.text) for m in extract_quotes(text)]
    m = matches[0]
    assert (m.source.text if m.source else None) == source


def test_quote_closing_the_previous_sentence_is_attributed(find) -> None:
    text = "The crowd cheered. “Is the bridge safe?” asked the reporter. Nobody answered."
    m = find(text, "Is the bridge safe?")
    assert m.source is not None and m.source.text == "the reporter"


def test_outer_content_stops_before_an_attributed_quote() -> None:
    text = "Anna Berg set out her plan: “We will rebuild the harbor,” she said."
    quotes = extract_quotes(text)
    assert any(m.text == "“We will rebuild the harbor,”" and m.source is not None and m.source.text == "she"
               for m in quotes)


def test_stance_of_a_named_subject(find) -> None:
    m = find("Anna Berg slammed the new budget plan.", "the new budget plan")
    assert m.cue is not None and m.cue.text == "slammed"
    assert m.speaker == "Anna Berg"


def test_colon_at_paragraph_end_introduces_the_next_quotation(find) -> None:
    text = "The minister spoke after the vote. Anna Berg said:\n\n“We will keep the port open.”\n\nThe vote passed."
    m = find(text, "We will keep the port open")
    assert m.source is not None and m.source.text == "Anna Berg"


def test_quote_only_paragraph_continues_the_speaker(find) -> None:
    text = "“The port stays open,” Anna Berg said.\n\n“Nobody will lose a job.”\n\nThe vote passed."
    m = find(text, "The port stays open")
    assert [text[s:e] for s, e in m.parts] == ["“The port stays open,”", "“Nobody will lose a job.”"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("The hall was loud. She went on: “We will keep the ferry running all winter.”",
         "“We will keep the ferry running all winter.”", "went on:", "She"),
        ("Tom Reed boomed:\n\n“Nobody closes this harbor on my watch.”",
         "“Nobody closes this harbor on my watch.”", "boomed:", "Tom Reed"),
        ("The council had one message: “Keep the port open for everyone.”",
         "“Keep the port open for everyone.”", "had one message:", "The council"),
    ],
)
def test_colon_after_an_unlisted_verb_opens_a_quotation(text: str, content: str, cue: str, source: str,
                                                       find) -> None:
    m = find(text, content)
    assert m.text == content
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)


def test_name_and_colon_before_a_cued_clause_still_speaks(find) -> None:
    m = find("Tom Reed: I would consider a run for mayor.\n\nThe vote is in May.", "I would consider a run")
    assert m.cue is not None and m.cue.text == ":"
    assert m.source is not None and m.source.text == "Tom Reed"


def test_according_to_reports_a_clause_with_its_own_attribution() -> None:
    quotes = extract_quotes("The council voted for the plan, according to two people in the room.")
    according = [m for m in quotes if m.cue is not None and m.cue.text == "according to"]
    assert [m.text for m in according] == ["The council voted for the plan"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("“First and foremost,” she told the host, “I would never wish that on anyone.”",
         ["“First and foremost,”", "“I would never wish that on anyone.”"]),
        ("“Word is,” Reed said last month on the radio, “that the ferry will stop.”",
         ["“Word is,”", "“that the ferry will stop.”"]),
        ("“It is fine,” Berg said of the new pier, “and the crews like it.”",
         ["“It is fine,”", "“and the crews like it.”"]),
        ("“We are worried,” the captains wrote in a letter to the mayor, that the port “may close in May.”",
         ["“We are worried,”", "that the port “may close in May.”"]),
    ],
)
def test_split_quotation_resumes_after_an_adjunct(text: str, parts: list[str]) -> None:
    m = extract_quotes(text)[0]
    assert [text[s:e] for s, e in m.parts] == parts


def test_place_closing_a_fronted_phrase_is_no_participle_subject(find) -> None:
    m = find("At a rally in Dover, Kent, Tom Reed went after the council, calling it “a total mess.”", "a total mess")
    assert m.source is not None and m.source.text == "Tom Reed"


def test_according_to_with_a_colon(find) -> None:
    m = find("The vote is near. According to the Harbor Star: “The mayor has a mixed record on fares.”", "mixed record")
    assert m.cue is not None and m.cue.text == "According to"
    assert m.source is not None and m.source.text == "the Harbor Star"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Reed has gained ground, with 30 percent of anglers saying they like him.", "they like him",
         "30 percent of anglers"),
        ("Anna Berg held up a sign saying “Ferries for All.”", "Ferries for All", "a sign"),
        # the participle's subject is the sentence's after a comma, a preposition or a statement noun
        ("Reed criticized the plan, saying it was costly.", "it was costly", "Reed"),
        ("Anna Berg released a statement saying the pier was safe.", "the pier was safe", "Anna Berg"),
    ],
)
def test_noun_phrase_before_a_bare_participle_speaks(text: str, content: str, source: str, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The port was quiet. Q: Have you talked to the harbor master about the fees?",
        "BOOM: Ferry Fares Drop Again Before The Vote.",
    ],
)
def test_question_and_teaser_labels_are_no_speakers(text: str) -> None:
    assert all(m.source is None or m.source.text not in ("Q", "BOOM") for m in extract_quotes(text))
