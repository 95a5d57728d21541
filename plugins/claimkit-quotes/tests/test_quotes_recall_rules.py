"""Rules added to find more attributions and fewer false ones. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _cues(text: str) -> list[str | None]:
    return [m.cue.text if m.cue else None for m in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Most farmers support the new dam.", "the new dam", "Most farmers"),
        ("They support a later opening hour.", "a later opening hour", "They"),
        ("Residents who support the ferry plan met on Friday.", "the ferry plan", "who"),
    ],
)
def test_support_after_a_subject_is_a_verb(text: str, content: str, source: str, cue_and_source) -> None:
    assert cue_and_source(text, content) == ("support", source)


@pytest.mark.parametrize(
    "text",
    [
        "The plan drew broad support from the valley.",
        "The mayor won 40 percent support in the harbor district.",
        "Rural support for the tunnel has faded.",
    ],
)
def test_support_as_a_noun_is_no_verb_cue(text: str) -> None:
    assert "support" not in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you support the new dam?",
        "Would they say the bridge is safe?",
    ],
)
def test_yes_no_question_reports_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        ("Anna Berg called the fee unfair, blaming the council for the delay.", "the fee unfair",
         "the council for the delay", "blaming"),
        ("Tom Reed praised the new pier, urging the town to build another.", "the new pier",
         "the town to build another", "urging"),
    ],
)
def test_second_participle_ends_the_first_content(text: str, first: str, second: str, cue: str) -> None:
    quotes = {m.text: m for m in extract_quotes(text)}
    assert first in quotes
    assert second in quotes
    assert quotes[second].cue is not None and quotes[second].cue.text == cue


@pytest.mark.parametrize(
    ("text", "first", "second", "source"),
    [
        ("Anna Berg said the ferry plan works, but critics say it costs too much.", "the ferry plan works",
         "it costs too much", "critics"),
        ("Tom Reed argued the pier was safe; the engineers believe it is not.", "the pier was safe", "it is not",
         "the engineers"),
        ("The mayor said the bridge would reopen, and Anna Berg told reporters the work was done.",
         "the bridge would reopen", "the work was done", "Anna Berg"),
    ],
)
def test_new_subject_after_clause_boundary_starts_its_own_attribution(text: str, first: str, second: str,
                                                                      source: str) -> None:
    quotes = {m.text: m for m in extract_quotes(text)}
    assert first in quotes
    assert second in quotes
    assert quotes[second].source is not None and quotes[second].source.text == source


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        ("The mayor conceded the fee was high but implied that the council was to blame.", "the fee was high",
         "that the council was to blame", "implied"),
        ("Anna Berg praised the new pier but then criticized its cost.", "the new pier", "its cost", "then criticized"),
    ],
)
def test_verb_after_but_is_a_second_attribution_of_the_subject(text: str, first: str, second: str,
                                                                cue: str) -> None:
    quotes = {m.text: m for m in extract_quotes(text)}
    assert first in quotes
    assert second in quotes
    assert quotes[second].cue is not None and quotes[second].cue.text == cue
    assert quotes[second].source is not None and quotes[second].source.text == quotes[first].source.text


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("“Big fees do not work,” Tom Reed of the Harbor Institute wrote.", "Big fees do not work",
         "Tom Reed of the Harbor Institute"),
        ("\"The bridge is unsafe,\" the harbor master and council candidate said in a statement.",
         "The bridge is unsafe", "the harbor master and council candidate"),
        ("\"The bridge is unsafe,\" the mayor and her deputy said.", "The bridge is unsafe",
         "the mayor and her deputy"),
    ],
)
def test_words_between_a_closing_quote_and_its_cue_are_the_source(text: str, content: str, source: str,
                                                                   find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("After the meeting, officials in both towns said the bridge was safe.", "the bridge was safe",
         "officials in both towns"),
        ("On Monday, voters in the valley said the dam was needed.", "the dam was needed", "voters in the valley"),
    ],
)
def test_lowercase_subject_after_a_fronted_phrase(text: str, content: str, source: str, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Anna Berg shot back that the fee was fair.", "that the fee was fair", "shot back"),
        ("“That is false,” Anna Berg fired back.", "That is false", "fired back"),
        # "against" names the target and joins the cue, as the corpus marks "pushed back against"
        ("The union pushed back against the new rota.", "the new rota", "pushed back against"),
        ("Tom Reed Slams Harbor Fees.", "Harbor Fees", "Slams"),
    ],
)
def test_answering_verbs_and_headline_slams(text: str, content: str, cue: str, find) -> None:
    m = find(text, content)
    assert m.cue is not None and m.cue.text == cue


@pytest.mark.parametrize(
    ("text", "content", "cue", "cue_class"),
    [
        ("“The pier is too short,” Tom Reed muttered.", "The pier is too short", "muttered", "neutral"),
        ("Anna Berg opined that the ferry was late again.", "that the ferry was late again", "opined", "neutral"),
        ("The mayor lauded the harbor crews.", "the harbor crews", "lauded", "neutral"),
        ("Tom Reed pondered whether the bridge would hold.", "whether the bridge would hold", "pondered",
         "hedging"),
        ("The council retracted its claim that the dam leaked.", "its claim that the dam leaked", "retracted",
         "denial"),
        ("Anna Berg swore that the fee would fall.", "that the fee would fall", "swore", "prediction"),
        ("Tom Reed confessed that he had missed the vote.", "that he had missed the vote", "confessed",
         "confirmation"),
    ],
)
def test_more_verbs_of_communication_and_belief(text: str, content: str, cue: str, cue_class: str, find) -> None:
    m = find(text, content)
    assert (m.cue.text if m.cue else None, m.cue_class) == (cue, cue_class)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was an utter failure.",
        "The mayor was sworn in on Monday.",
        "The hall had an elaborate ceiling.",
    ],
)
def test_adjective_forms_of_new_verbs_are_no_cues(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The ferry plan is widely seen as a gamble.", "The ferry plan is widely seen as a gamble",
         "is widely seen as"),
        ("Tom Reed is believed to have left the town.", "Tom Reed is believed to have left the town", "is believed"),
        ("The mayor was said to be furious about the fee.", "The mayor was said to be furious about the fee",
         "was said"),
        ("The pier, which is known as the Long Arm, was closed.", "which is known as the Long Arm", "is known as"),
    ],
)
def test_passive_belief_without_a_believer(text: str, content: str, cue: str) -> None:
    quotes = extract_quotes(text)
    assert [(m.text, m.cue.text if m.cue else None, m.source) for m in quotes] == [(content, cue, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The contests known as the spring round ended.",
        "The harbor was considered by the board.",
    ],
)
def test_belief_participle_without_be_and_as_or_to_reports_nothing(text: str) -> None:
    assert extract_quotes(text) == []


def test_reportedly_attributes_its_clause_to_no_one() -> None:
    quotes = extract_quotes("The ferry firm is reportedly seeking a buyer.")
    assert [(m.text, m.cue.text if m.cue else None, m.source, m.parts) for m in quotes] == [
        ("The ferry firm is reportedly seeking a buyer", "reportedly", None, ((0, 17), (29, 44)))]


def test_reportedly_before_a_verb_joins_its_cue(find) -> None:
    m = find("Tom Reed reportedly said the pier was unsafe.", "the pier was unsafe")
    assert m.cue is not None and m.cue.text == "reportedly said"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("But 58 percent of harbor workers overall said they were less likely to vote.",
         "they were less likely to vote", "58 percent of harbor workers overall"),
        ("And valley farm advocates say they already have promises from the council.",
         "they already have promises from the council", "valley farm advocates"),
        ("Indeed, supporters of lower ferry fares here say there is a link to the fees.",
         "there is a link to the fees", "supporters of lower ferry fares here"),
    ],
)
def test_subject_after_a_linking_word(text: str, content: str, source: str, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("“The pier is safe,” the mayor’s senior adviser Tom Reed said.", "The pier is safe",
         "the mayor’s senior adviser Tom Reed"),
        ("Acme Corp's chief Anna Berg said the deal was done.", "the deal was done", "Acme Corp's chief Anna Berg"),
    ],
)
def test_source_keeps_its_possessor(text: str, content: str, source: str, find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The lead grew thanks to a big win in the north.",
        "The town grew, thanks in part to the new ferry.",
        "Sales rose 12 percent compared with last year.",
        "Her last name is on the ballot.",
    ],
)
def test_causes_comparisons_and_names_are_no_cues(text: str) -> None:
    assert extract_quotes(text) == []


def test_words_between_a_closing_quote_and_a_titled_name_join_the_source(find) -> None:
    m = find("“But that was the first time,” Harbor Morning News co-anchor Tom Reed said.", "the first time")
    assert m.source is not None and m.source.text == "Harbor Morning News co-anchor Tom Reed"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The crews seem to agree with the plan.", "seem"),
        ("Voters appear poised to reject the fee.", "appear"),
    ],
)
def test_base_seem_and_appear_before_to_report_a_belief(text: str, cue: str) -> None:
    quotes = extract_quotes(text)
    assert [(m.cue.text if m.cue else None, m.source) for m in quotes] == [(cue, None)]


def test_appear_on_stage_reports_nothing() -> None:
    assert extract_quotes("The mayor will appear on stage tonight.") == []


def test_coordinated_reporting_verb_ends_a_weaker_verbs_content() -> None:
    quotes = {m.text: m for m in extract_quotes("Anna Berg denounced the fee and said the pier must reopen.")}
    assert "the fee" in quotes
    assert quotes["the pier must reopen"].cue is not None and quotes["the pier must reopen"].cue.text == "said"


def test_participle_after_but_ends_the_first_content() -> None:
    quotes = {m.text: m for m in extract_quotes("Reed pressed on, saying the fee is high but suggesting that a "
                                                "cut might not be enough.")}
    assert "the fee is high" in quotes
    assert "that a cut might not be enough" in quotes


def test_appearing_on_air_is_no_cue() -> None:
    assert all(m.cue is None or m.cue.text != "appearing"
               for m in extract_quotes("Tom Reed, appearing on the radio, praised the crews."))


def test_name_ending_in_ed_before_a_participle_is_its_source(find) -> None:
    m = find("Critics were irritated, with Tom Reed calling it a waste.", "it a waste")
    assert m.source is not None and m.source.text == "Tom Reed"


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("On the day the ferry deal was announced, the mayor left.", "the ferry deal", "was announced", None),
        ("The new pier, which was first reported by the Harbor Herald, opened.", "which", "was first reported",
         "the Harbor Herald"),
        ("The plan was widely criticized by farmers.", "The plan", "was widely criticized", "farmers"),
    ],
)
def test_passive_subject_is_what_was_said(text: str, content: str, cue: str, source: str | None) -> None:
    quotes = extract_quotes(text)
    assert [(m.text, m.cue.text if m.cue else None, m.source.text if m.source else None) for m in quotes] == [
        (content, cue, source)]


def test_passive_of_telling_keeps_its_addressee_out() -> None:
    assert extract_quotes("Tom Reed was told to leave.") == []


def test_as_reported_by_opens_a_sentence() -> None:
    # "As" subordinates the reporting clause and is no part of its verb group: the cue is the verb alone.
    quotes = extract_quotes("As reported by the Harbor Herald, there are 15 ferries at stake.")
    assert [(m.text, m.cue.text if m.cue else None, m.source.text if m.source else None) for m in quotes] == [
        ("there are 15 ferries at stake", "reported", "the Harbor Herald")]


def test_is_accused_of_is_a_belief_without_a_believer() -> None:
    quotes = extract_quotes("Tom Reed is accused of stealing the ferry.")
    assert [(m.cue.text if m.cue else None, m.source, m.parts) for m in quotes] == [
        ("is accused of", None, ((0, 8), (23, 41)))]  # "of" joins the cue, as the corpus marks it


def test_appositive_attribution_ends_before_the_main_verb() -> None:
    quotes = {m.text: m for m in extract_quotes("Tom Reed, who says his costs were high, described the fee as "
                                                "unfair.")}
    assert "his costs were high" in quotes
    assert quotes["the fee as unfair"].cue is not None and quotes["the fee as unfair"].cue.text == "described"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Reed, who said the tunnel was unsafe, walked out of the meeting.", "the tunnel was unsafe"),
        ("Anna Berg, who said the fee was high, has left the board.", "the fee was high"),
        # a relative clause inside the content keeps its own commas
        ("The vote was delayed by Anna Berg, who said the rules, which are old, were unclear.",
         "the rules, which are old, were unclear"),
    ],
)
def test_content_of_a_relative_clause_ends_before_the_main_verb(text: str, content: str) -> None:
    assert [m.text for m in extract_quotes(text)] == [content]


def test_all_told_is_no_cue() -> None:
    assert extract_quotes("All told, up to 40 ferries were lost.") == []


def test_all_before_told_can_still_float_after_the_subject(find) -> None:
    m = find("The crews all told reporters the pier was unsafe.", "the pier was unsafe")
    assert m.source is not None and m.source.text == "The crews"


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("A clerk at the depot, who asked not to be named, dismissed the rumor as gossip.", "the rumor as gossip",
         "dismissed", "A clerk"),
        ("One engineer, who requested anonymity, said the pumps had failed twice.", "the pumps had failed twice",
         "said", "One engineer"),
    ],
)
def test_a_request_to_stay_unnamed_reports_nothing(text: str, content: str, cue: str, source: str, find) -> None:
    m = find(text, content)
    assert m.cue is not None and m.cue.text == cue
    assert m.source is not None and m.source.text.startswith(source)
    assert "asked" not in _cues(text) and "requested" not in _cues(text)


def test_a_closing_attribution_is_no_new_subject_inside_a_content() -> None:
    """"Rangers reported 40 elk on Friday, up from 31, park director Lea Moss said": the closing attribution does not
    cut the report before it into a content of its own (it is an attribution of its own, as the corpus marks a
    report that closes its clause inside another)."""
    text = "Rangers reported 40 elk on Friday, up from 31 last year, park director Lea Moss said."
    quotes = extract_quotes(text)
    # Two attributions, exactly: the report keeps its whole clause (the closing attribution inside it included), and
    # the closing "park director Lea Moss said" reports the same clause up to its comma as an attribution of its own
    # (the rule for a core report that closes its clause inside another). Neither may go missing.
    assert [(m.source.text if m.source else None, m.text) for m in quotes] == [
        ("Rangers", "40 elk on Friday, up from 31 last year, park director Lea Moss said"),
        ("park director Lea Moss", "40 elk on Friday, up from 31 last year"),
    ]
