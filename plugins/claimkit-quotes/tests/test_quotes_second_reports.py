"""A second speech act after a trailing attribution, and other layouts added for accuracy. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _contents(text: str) -> list[str]:
    return [m.text for m in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("“The bridge is old,” said Tom Reed, a farmer from Dover, who said the span should be rebuilt in stone.",
         "the span should be rebuilt in stone", "said", "who"),
        ("“The pier is safe,” said one engineer familiar with the survey, who added that the tide was low.",
         "that the tide was low", "added", "who"),
        ("“The bridge is old,” Tom Reed said, but added that the council had ignored him.",
         "that the council had ignored him", "added", "Tom Reed"),
        ("“The ferry is late,” said Anna Berg, though she added that she expected the fare to fall.",
         "that she expected the fare to fall", "added", "she"),
    ],
)
def test_a_second_report_after_a_trailer_is_its_own_attribution(text: str, content: str, cue: str, source: str,
                                                                  cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“The bridge is old,” said Tom Reed, a farmer from Dover, who said she would never back the toll.",
         "“The bridge is old,”"),
        ("“The bridge is old,” Tom Reed said, but added that the council had ignored him.", "“The bridge is old,”"),
        ("“The road is closed,” said Tom Reed, 52, of Dover, who added that the council had ignored him.",
         "“The road is closed,”"),
    ],
)
def test_the_quotation_before_the_trailer_stays_alone(text: str, quote: str) -> None:
    assert quote in _contents(text)


def test_a_lowercase_continuation_still_resumes_the_content(find) -> None:
    m = find("The vote, she said, was never in doubt.", "The vote")
    assert m.text == "The vote, she said, was never in doubt"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Local farmers, angry at the delay, went to court, saying the dam would flood their fields.",
         "the dam would flood their fields", "Local farmers"),
        ("Anna Berg was blunt about the toll, the highest in the region, saying it hurt small shops.",
         "it hurt small shops", "Anna Berg"),
        ("The nurses, who work nights, went on strike, saying the new rota was unsafe.",
         "the new rota was unsafe", "The nurses"),
    ],
)
def test_a_participle_after_a_main_clause_with_commas_has_its_subject(text: str, content: str, source: str,
                                                                      cue_and_source) -> None:
    assert cue_and_source(text, content) == ("saying", source)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Pressed again about the talks, Reed just started talking about fishing.", "fishing", "Reed"),
        ("On Friday, the council voted, saying the fee was fair.", "the fee was fair", "the council"),
    ],
)
def test_a_fronted_phrase_is_still_no_subject(text: str, content: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content)[1] == source


@pytest.mark.parametrize(
    ("text", "first", "content", "cue"),
    [
        ("The mayor praised the plan, applauding the council for its work.", "the plan", "the council for its work",
         "applauding"),
        ("Two residents had challenged the plan with the board, contending that the fee was illegal.",
         "the plan with the board", "that the fee was illegal", "contending"),
        ("The mayor continued her push on the radio, referencing a report that the pier was unsafe.",
         "her push on the radio", "a report that the pier was unsafe", "referencing"),
        ("Reed warned that the dam could fail, remarking that the repairs were late.", "that the dam could fail",
         "that the repairs were late", "remarking"),
        # after a comma inside a closing mark too
        ('Reed stressed that "the way forward is to talk," suggesting that the council might agree.',
         'that "the way forward is to talk,"', "that the council might agree", "suggesting"),
        ("Reed said the ferry was “a waste of money,” adding that the fare would rise.",
         "the ferry was “a waste of money,”", "that the fare would rise", "adding"),
    ],
)
def test_a_participle_of_speech_ends_the_content_and_reports_anew(text: str, first: str, content: str, cue: str,
                                                                   find) -> None:
    assert first in _contents(text)
    assert find(text, content).cue.text == cue


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("She raised her voice on Tuesday, telling the radio that the plan is a sham and questioning how it passed.",
         "how it passed", "questioning", "She"),
        ("Reed has hinted he would cut the fee, vowing to open the books, and suggesting he would fire the clerk.",
         "he would fire the clerk", "suggesting", "Reed"),
    ],
)
def test_a_participle_of_speech_after_and_reports_anew(text: str, content: str, cue: str, source: str,
                                                        cue_and_source) -> None:
    assert cue_and_source(text, content) == (cue, source)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Reed said the year had been long and challenging for the small crews.",
         "the year had been long and challenging for the small crews"),
        ("Reed said the mayor had been calm and reassuring for the town.",
         "the mayor had been calm and reassuring for the town"),
        ("Reed said the plan was bold and promising for the valley.", "the plan was bold and promising for the valley"),
        ("Reed said the season was tough, challenging and long.", "the season was tough, challenging and long"),
    ],
)
def test_a_participle_used_as_an_adjective_does_not_end_the_content(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The mayor said the fee was fair, challenging the board to find a better plan.",
         "the board to find a better plan", "challenging"),
        ("Reed said the lake was cold, fearing that the fish had gone.", "that the fish had gone", "fearing"),
        ("Reed said the talks were over, hoping to calm the crews.", "to calm the crews", "hoping"),
    ],
)
def test_a_participle_used_as_an_adjective_reports_before_an_object(text: str, content: str, cue: str,
                                                                    find) -> None:
    assert find(text, content).cue.text == cue


def test_a_participle_goes_on_with_the_verb_source_not_a_noun_possessor(cue_and_source) -> None:
    text = "The board backed Reed's plans to widen the road, and calling for a new bridge as well."
    assert cue_and_source(text, "a new bridge as well") == ("calling for", "The board")


@pytest.mark.parametrize(
    ("text", "first", "content", "cue", "source"),
    [
        ("Berg said that she lost the vote and warned that the fee would rise.", "that she lost the vote",
         "that the fee would rise", "warned", "Berg"),
        ("Reed told the board that the pier was unsafe and added that the repairs were late.",
         "that the pier was unsafe", "that the repairs were late", "added", "Reed"),
    ],
)
def test_a_core_verb_after_and_goes_on_with_the_outer_speaker(text: str, first: str, content: str, cue: str,
                                                              source: str, cue_and_source) -> None:
    assert first in _contents(text)
    assert cue_and_source(text, content) == (cue, source)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Council member Anna Berg (D-Dover) last week said the mayor was not the author of the memo.",
         "the mayor was not the author of the memo", "Council member Anna Berg"),
        ("Then, in 2019, Berg said that 500 homes would be built.", "that 500 homes would be built", "Berg"),
        ("DOVER (Wire) — Anna Berg (D-Dover) last week said the mayor used a private phone.",
         "the mayor used a private phone", "Anna Berg"),
    ],
)
def test_a_core_verb_falls_back_on_the_opening_subject(text: str, content: str, source: str,
                                                       cue_and_source) -> None:
    assert cue_and_source(text, content) == ("said", source)


@pytest.mark.parametrize(
    "text",
    [
        "One of the ferries is named in local reports as the Blue Heron.",
        "The toll was blocked because of measures added by the council on other issues.",
    ],
)
def test_the_fallback_reads_no_noun_and_no_passive(text: str) -> None:
    assert not any(m.cue is not None and m.cue.text in ("reports", "added") for m in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "first", "content", "source"),
    [
        ("The mayor, citing a new survey, said most residents back the plan.", "a new survey",
         "most residents back the plan", "The mayor"),
        ("Tom Reed, noting the cost, said the bridge should wait.", "the cost", "the bridge should wait", "Tom Reed"),
    ],
)
def test_a_participle_set_off_after_the_subject_leaves_the_verb_to_the_subject(text: str, first: str, content: str,
                                                                              source: str, cue_and_source) -> None:
    assert first in _contents(text)
    assert cue_and_source(text, content) == ("said", source)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Neither the mayor nor the council said the bridge would close.", "the bridge would close",
         "Neither the mayor nor the council"),
        ("Either Reed or Berg will say the plan is dead.", "the plan is dead", "Either Reed or Berg"),
    ],
)
def test_neither_nor_makes_one_source(text: str, content: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content)[1] == source


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Berg hit back, saying the plan was fair.", "the plan was fair", "saying"),
        ("Berg hit back, calling the plan fair.", "the plan fair", "calling"),
        ("Reed responded, arguing that the fee was too high.", "that the fee was too high", "arguing"),
    ],
)
def test_a_verb_followed_only_by_a_participle_of_speech_leaves_it_the_report(text: str, content: str, cue: str,
                                                                             cue_and_source) -> None:
    assert len(extract_quotes(text)) == 1
    assert cue_and_source(text, content)[0] == cue


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ('Then he turned on Reed, calling him a "fraud."', 'him a "fraud."', "he"),
        ("But the mayor hit back, calling the report unfair.", "the report unfair", "the mayor"),
    ],
)
def test_a_linking_word_before_a_participle_clause_is_no_subject(text: str, content: str, source: str,
                                                                 cue_and_source) -> None:
    assert cue_and_source(text, content) == ("calling", source)


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        ("The mayor is known for her blunt speeches.", "is known for", ["The mayor", "her blunt speeches"]),
        ("The plan is considered a long shot.", "is considered", ["The plan", "a long shot"]),
        ("The harbor is considered safe.", "is considered", ["The harbor", "safe"]),
        ("Any rower who finishes gets a chance to be considered a club legend if he rows again.", "to be considered",
         ["a club legend if he rows again"]),
    ],
)
def test_passives_of_naming_take_their_subject_and_predicate(text: str, cue: str, parts: list[str]) -> None:
    m = next(m for m in extract_quotes(text) if m.cue is not None and m.cue.text == cue)
    assert [text[s:e] for s, e in (m.parts or ((m.start, m.end),))][-len(parts):] == parts


def test_a_passive_of_naming_with_its_agent_is_not_read_as_a_predicate() -> None:
    assert not any(m.cue is not None and m.cue.text == "is considered"
                   for m in extract_quotes("The plan is considered by the board on Monday."))


@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("The lighthouse board, which has kept its fees flat for years, is expected to vote in the spring.",
         "is expected", "The lighthouse board"),
        ("The ferry, which is old, was seen as a risk.", "was seen as", "The ferry"),
    ],
)
def test_a_passive_belief_takes_the_subject_before_a_relative_clause(text: str, cue: str, subject: str) -> None:
    m = next(m for m in extract_quotes(text) if m.cue is not None and m.cue.text == cue)
    assert text[m.parts[0][0]:m.parts[0][1]] == subject


def test_an_infinitive_cue_takes_a_quotation_after_its_comma(cue_and_source) -> None:
    assert cue_and_source('Reed was prompted to say, "The plan is dead."', "The plan is dead") == (
        "was prompted to say", "Reed")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared on a radio show to defend the fee.",
        "Reed appeared with the governor in Dover.",
        "Berg appeared Sunday in the harbor town.",
        "She appeared as a guest on the late show.",
        "He appeared, drawing crowds in every town.",
    ],
)
def test_appearing_somewhere_is_no_impression(text: str) -> None:
    assert not any(m.cue is not None and m.cue.text.endswith("appeared") for m in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It appears as though the talks have failed.", "It appears as though the talks have failed"),
        ("It appears as if the vote will fail.", "It appears as if the vote will fail"),
        ("It appears, however, that the vote failed.", "It appears, however, that the vote failed"),
        ("It appeared, at first, that the deal was off.", "It appeared, at first, that the deal was off"),
    ],
)
def test_appearing_as_if_or_before_a_parenthesis_and_that_reports(text: str, content: str, find) -> None:
    assert find(text, content).cue.text.startswith("appear")


def test_appearing_to_do_still_reports(find) -> None:
    assert find("Reed appeared to accept the offer.", "accept the offer").cue.text == "appeared"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Reed, who said the toll was unfair to farmers, left early.", "the toll was unfair to farmers"),
        ("The farmers, who said the dam was unsafe, took the board to court.", "the dam was unsafe"),
    ],
)
def test_a_relative_clause_content_ends_before_an_irregular_main_verb(text: str, content: str,
                                                                      cue_and_source) -> None:
    assert content in _contents(text)
    assert cue_and_source(text, content) == ("said", "who")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Reed hired a new aide, with polls showing his lead had vanished.", "his lead had vanished", "polls"),
        ("After a new poll showing Berg ahead by ten points, the mayor told reporters that he would fight on.",
         "Berg ahead by ten points", "a new poll"),
    ],
)
def test_a_record_showing_something_reports_it(text: str, content: str, source: str, cue_and_source) -> None:
    assert content in _contents(text)
    assert cue_and_source(text, content) == ("showing", source)


def test_showing_oneself_reports_nothing() -> None:
    text = "The goalkeeper warmed up on Friday, showing off a new pair of bright gloves."
    assert not any(m.cue is not None and m.cue.text == "showing" for m in extract_quotes(text))


def test_a_quantified_subject_after_a_fronted_clause_speaks(cue_and_source) -> None:
    text = "And until the vote, most of them said they had liked the plan."
    assert cue_and_source(text, "they had liked the plan") == ("said", "most of them")


@pytest.mark.parametrize(
    "text",
    [
        "The council has the final say on the pier.",
        "The towns want their say before the vote.",
    ],
)
def test_a_say_in_something_is_a_noun(text: str) -> None:
    assert not any(m.cue is not None and m.cue.text == "say" for m in extract_quotes(text))


def test_voters_say_still_reports(cue_and_source) -> None:
    assert cue_and_source("The voters say the fee is fair.", "the fee is fair") == ("say", "The voters")


@pytest.mark.parametrize(
    "text",
    [
        "An early tweet quoted the mayor as saying the plan was dead.",
        "His first tweet about the vote was deleted within an hour.",
    ],
)
def test_a_tweet_after_a_modifier_is_a_message(text: str) -> None:
    assert not any(m.cue is not None and m.cue.text.endswith("tweet") for m in extract_quotes(text))


def test_first_tweeted_is_still_a_verb(find) -> None:
    assert find("She first tweeted a note of thanks to the crews.", "a note of thanks").cue.text == "first tweeted"


@pytest.mark.parametrize(
    ("text", "content", "first", "second"),
    [
        # a second report closing the sentence reports the same content; it is no more of the first one's content
        ("The boats will be late, the captain said, the Herald reported.", "The boats will be late",
         "the captain", "the Herald"),
        ("“The bridge is safe,” Berg told reporters, the Fenby Gazette reported on Monday.", "“The bridge is safe,”",
         "Berg", "the Fenby Gazette"),
    ],
)
def test_closing_second_report_shares_the_content(text: str, content: str, first: str, second: str) -> None:
    quotes = extract_quotes(text)
    assert [(q.text, q.source.text if q.source else None) for q in quotes] == [(content, first), (content, second)]


@pytest.mark.parametrize(
    "text",
    [
        # a verb of agreeing, or a clause with an auxiliary, goes on with the content
        "The bridge is safe, Berg said, the council agreed.",
        "The bridge is safe, Berg said, the council has agreed.",
    ],
)
def test_clause_after_mid_attribution_stays_content(text: str) -> None:
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [text[:-1]]
