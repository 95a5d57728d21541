"""Cue extents and words that look like cues but report nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _cues(text: str) -> list[str]:
    return [m.cue.text for m in extract_quotes(text) if m.cue is not None]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # spoken settings stay out of the cue; written statements join it
        ("Anna Berg said in an interview that the ferry would run again.", "said"),
        ("Tom Reed said in a speech that the port would close.", "said"),
        ("The mayor wrote in an email that the road was closed.", "wrote"),
        ("The harbor office said in a statement that the talks had failed.", "said in a statement"),
        # "speak" reports with its particle, an adverb allowed before it
        ("The minister spoke highly of the harbor crews.", "spoke highly of"),
        ("Anna Berg spoke of a long winter ahead.", "spoke of"),
    ],
)
def test_cue_extent(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor spoke to reporters outside the town hall.", "spoke"),
        ("Tom Reed, who spoke on condition of anonymity, left early.", "spoke"),
        ("Anna Berg hosts a radio show on Sundays.", "show"),
        ("She joined a think tank in the capital.", "think"),
        ("The mayor found himself alone on the pier.", "found"),
        ("The council saw itself as the guardian of the harbor.", "saw"),
        ("Residents started a group called Harbor Watch last spring.", "called"),
        ("The ferry crew staged a play called “Low Tide” for the town.", "called"),
    ],
)
def test_word_in_a_non_reporting_use_is_no_cue(text: str, word: str) -> None:
    assert not any(word in cue.split() for cue in _cues(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor called Anna Berg a fine harbor master.", "called"),
        ("The report showed the port was losing money.", "showed"),
        ("Tom Reed thinks the bridge will hold.", "thinks"),
    ],
)
def test_reporting_use_is_kept(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Tom Reed called the plan costly and accused the council of haste.", ("called", "the plan costly"),
         ("accused", "the council of haste")),
        ("The mayor praised the ferry crews and urged residents to stay calm.", ("praised", "the ferry crews"),
         ("urged", "residents to stay calm")),
    ],
)
def test_coordinated_verbs_of_one_subject_split_the_content(
        text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    got = {(m.cue.text, m.text) for m in extract_quotes(text) if m.cue is not None}
    assert first in got and second in got


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # a stance verb after an appositive takes the sentence's subject, never a phrase after it
        ("Anna Berg, a farmer from the valley, questioned the new water rules.", "the new water rules",
         "questioned", "Anna Berg"),
        ("The harbor master, a former sailor, has criticized the new fees.", "the new fees", "has criticized",
         "The harbor master"),
    ],
)
def test_stance_verb_after_an_appositive(text: str, content: str, cue: str, source: str, find) -> None:
    m = find(text, content)
    assert m.cue is not None and m.cue.text == cue
    assert m.source is not None and m.source.text.startswith(source)
    assert content not in m.source.text


def test_saying_verb_after_a_comma_still_takes_its_source_after() -> None:
    m = extract_quotes("The ferry will run again, said Anna Berg.")[0]
    assert m.source is not None and m.source.text == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor quickly dismissed the report as a rumor.", "quickly dismissed", "The mayor"),
        ("Anna Berg passionately defended the harbor budget.", "passionately defended", "Anna Berg"),
        ("Tom Reed has repeatedly said the bridge is safe.", "has repeatedly said", "Tom Reed"),
        # a noun in -ly is no adverb
        ("The rally said little about the harbor.", "said", "The rally"),
    ],
)
def test_adverb_before_the_verb_joins_the_cue(text: str, cue: str, source: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“We will see,” the mayor said sarcastically.", "said sarcastically"),
        ("Tom Reed has said repeatedly that the bridge is safe.", "has said repeatedly"),
        ("Asked about the ferry fares, the mayor said nothing.", "Asked about"),
        ("The mayor was asked about the ferry fares.", "was asked about"),
        ("“No,” she said when asked about the fares.", "asked about"),
    ],
)
def test_closing_adverb_and_question_topic_join_the_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Tom Reed, 52, of Dover, said the ferry had never been late.", "the ferry had never been late", "Tom Reed"),
        ("Anna Berg, who runs the harbor cafe, said business was slow.", "business was slow", "Anna Berg"),
        ("Tom Reed — the harbor master for many years — said the ferry was safe.", "the ferry was safe", "Tom Reed"),
    ],
)
def test_saying_verb_after_an_appositive_takes_the_sentence_subject(text: str, content: str, source: str,
                                                                    find) -> None:
    m = find(text, content)
    assert m.source is not None and m.source.text.startswith(source)
    assert m.speaker == source


def test_participle_inside_a_content_leaves_it_whole() -> None:
    text = "Anna Berg said she was annoyed by the council declaring the ferry finished before the vote."
    quotes = extract_quotes(text)
    assert [m.text for m in quotes] == ["she was annoyed by the council declaring the ferry finished before the vote"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a verb carrying the infinitive joins the cue
        ("Tom Reed continued to insist that the bridge was safe.", "continued to insist", "Tom Reed"),
        ("The mayor has tried to show that the fares are fair.", "has tried to show", "The mayor"),
        # a reporting verb before "to" is the cue; the infinitive is its content
        ("Anna Berg refused to say whether the port would close.", "refused", "Anna Berg"),
    ],
)
def test_infinitive_chains(text: str, cue: str, source: str) -> None:
    quotes = extract_quotes(text)
    assert [(m.cue.text if m.cue else None, m.source.text if m.source else None) for m in quotes] == [(cue, source)]


def test_continue_with_an_infinitive_is_no_cue_of_its_own() -> None:
    assert _cues("The ferry company will continue to raise its fares.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has won 40 pledged delegates so far.",
        "The mayor has backing from a third of the harbor workers.",
        "The town holds its nominating contest in May.",
    ],
)
def test_noun_and_adjective_uses_are_no_cues(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The sound of the ferry horn carried across the bay.",
        "The list of harbor fees grew longer.",
    ],
)
def test_nouns_spelled_like_new_verbs_are_no_cues(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tom Reed has railed against the new harbor fees.", "has railed against"),
        ("The mayor hinted at a second ferry line.", "hinted at"),
        ("Anna Berg boasted of her record at the port.", "boasted of"),
        ("The union weighed in on the fare increase.", "weighed in on"),
        ("The captain lashed out at the harbor board.", "lashed out at"),
    ],
)
def test_prepositions_of_phrasal_verbs_join_the_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Anna Berg issued a statement saying the pier was safe.", "issued a statement saying"),
        ("The council sent out a press release saying fares would fall.", "sent out a press release saying"),
    ],
)
def test_statement_verb_joins_a_participle_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Reed and Berg have both said the port is safe.", "have both said", "Reed and Berg"),
        ("They both said the port is safe.", "both said", "They"),
        ("All said the port is safe.", "said", "All"),
    ],
)
def test_floating_quantifier_joins_the_cue(text: str, cue: str, source: str) -> None:
    m = extract_quotes(text)[0]
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)
