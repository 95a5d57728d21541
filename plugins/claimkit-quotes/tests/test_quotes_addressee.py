"""The addressee of "tell"-type cues and inverted sources: "..., he told the court in a filing." reports the clause
before the source; "told the council the plan was sound" reports what follows the addressee; "“...,” added another
official" and "said a person close to the mayor" are inverted sources; "this source told ..." keeps its
demonstrative."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claimkit_quotes import extract_quotes

from claimkit import QuoteMention


@pytest.mark.parametrize(("text", "content"), [
    ("The plan for the new bridge is sound, the mayor told the council on Monday.",
     "The plan for the new bridge is sound"),
    ("The plan for the new bridge is sound, he told the court in a written filing.",
     "The plan for the new bridge is sound"),
    ("The plan for the new bridge is sound, the mayor told a local radio station.",
     "The plan for the new bridge is sound"),
    ("The ferry will run again by the spring, she told her closest advisers last week.",
     "The ferry will run again by the spring"),
    ("The plan for the new bridge is sound, the mayor told the Harbor Gazette, adding that work starts soon.",
     "The plan for the new bridge is sound"),
])
def test_addressee_closing_the_sentence_leaves_the_clause_before(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    mention = find(text, content)
    assert mention.text == content
    assert mention.cue is not None and mention.cue.text == "told"


@pytest.mark.parametrize(("text", "content"), [
    # the object is what was promised, not someone promised to
    ("Listing the new roads and schools, the governor promised a valley of new opportunities.",
     "a valley of new opportunities"),
    # a clause follows the addressee
    ("After the long vote, the mayor told the council the plan for the bridge was sound.",
     "the plan for the bridge was sound"),
])
def test_what_follows_the_addressee_is_the_content(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content).text == content


def test_a_lowercase_object_that_is_no_addressee_is_not_skipped() -> None:
    # "the story of ..." is what was told: no content starts inside it
    text = "He told the story of an old farmer in the valley who lost his barn in the flood."
    assert [m.text for m in extract_quotes(text)] == ["the story of an old farmer in the valley who lost his barn in "
                                                      "the flood"]


@pytest.mark.parametrize(("text", "source"), [
    ("“The ferry is late again,” added another local official.", "another local official"),
    ("“The ferry is late again,” added one harbour official.", "one harbour official"),
    ("“The ferry is late again,” added another Dover Republican.", "another Dover Republican"),
    ("“The ferry is late again,” said a person close to the governor.", "a person close to the governor"),
    ("“The ferry is late again,” said an aide loyal to the mayor.", "an aide loyal to the mayor"),
    ("“The ferry is late again,” this source told the paper.", "this source"),
])
def test_inverted_and_demonstrative_sources(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]], text: str, source: str) -> None:
    assert cue_and_source(text, "The ferry is late again")[1] == source


@pytest.mark.parametrize("text", [
    "The shipyard added another 200 jobs this year.",
    "The shipyard, meanwhile, added two new workers to the night shift.",
    "“We are hiring,” the manager said, adding two new welders to the crew.",
])
def test_a_counted_object_after_add_is_no_speaker(text: str) -> None:
    assert not [m for m in extract_quotes(text) if m.cue is not None and m.cue.text.lower().startswith("add")]


@pytest.mark.parametrize(("text", "source"), [
    ("“We will rebuild the school,” vowed the mayor, standing in front of the ruins.", "the mayor"),
    ("“We will rebuild the school,” pledged Governor Anna Berg.", "Governor Anna Berg"),
    ("“We will rebuild the school,” protested the head teacher.", "the head teacher"),
])
def test_inverted_promise_and_protest_verbs(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]], text: str, source: str) -> None:
    assert cue_and_source(text, "We will rebuild the school")[1] == source


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("A spokeswoman for the airline, Mara Quist, said flights would resume on Sunday.",
     "A spokeswoman for the airline, Mara Quist,", "Mara Quist"),
    ("An aide to the mayor, Tom Reed, said flights would resume on Sunday.", "An aide to the mayor, Tom Reed,",
     "Tom Reed"),
])
def test_description_with_a_complement_before_the_name(
        find: Callable[[str, str], QuoteMention], text: str, source: str, speaker: str) -> None:
    mention = find(text, "flights would resume")
    assert mention.source is not None and mention.source.text == source
    assert mention.speaker == speaker


def test_a_fronted_role_is_no_description() -> None:
    # "As head of the port, ..." is a fronted phrase: the clause after the name is no source
    text = "As head of the port, Ines Holm ran the night shifts for a decade, often pushing for more pay."
    assert all(m.source is None or "head of the port" not in m.source.text for m in extract_quotes(text))


@pytest.mark.parametrize("text", [
    "The storm, the weather service said on Tuesday, is expected to weaken before landfall.",
    "The storm, officials said late Tuesday, is expected to weaken before landfall.",
    "The storm, the weather service said in a bulletin late Tuesday, is expected to weaken before landfall.",
])
def test_parenthetical_attribution_with_an_adjunct(find: Callable[[str, str], QuoteMention], text: str) -> None:
    mention = find(text, "expected to weaken")
    assert mention.text.startswith("The storm") and mention.text.endswith("before landfall")


@pytest.mark.parametrize("text", [
    "Reed told The Harbor Gazette on Sunday: “I have no regrets about the vote.”",
    "Reed told him on Sunday: “I have no regrets about the vote.”",
])
def test_quotation_after_addressee_and_adjunct(find: Callable[[str, str], QuoteMention], text: str) -> None:
    assert find(text, "no regrets").text == "“I have no regrets about the vote.”"


@pytest.mark.parametrize(("text", "cue"), [
    ("Berg said on Tuesday, adding that the storm would weaken.", "adding"),
    ("Berg hit back on Tuesday, saying that the storm would weaken.", "saying"),
])
def test_participle_after_an_adjunct_reports_for_the_verb(text: str, cue: str) -> None:
    mentions = extract_quotes(text)
    assert [(m.text, m.cue.text if m.cue else None) for m in mentions] == [("that the storm would weaken", cue)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The mayor's office said 300 homes were flooded. It said crews were working through the night.", "mayor's office"),
    ("The Harbor Board said 300 homes were flooded. It said crews were working through the night.", "Harbor Board"),
    ("The union said 300 homes were flooded. They said crews were working through the night.", "union"),
])
def test_it_and_they_resolve_to_the_last_organisation(
        find: Callable[[str, str], QuoteMention], text: str, speaker: str) -> None:
    assert find(text, "crews were working").speaker == speaker


def test_it_with_no_organisation_before_has_no_speaker(find: Callable[[str, str], QuoteMention]) -> None:
    assert find("It said crews were working through the night.", "crews were working").speaker is None


@pytest.mark.parametrize(("text", "content"), [
    ("Reed said only: “It's complicated and slow.”", "“It's complicated and slow.”"),
    ("Reed said simply that the fund was empty.", "that the fund was empty"),
])
def test_restricting_adverb_is_no_part_of_the_content(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content.strip("“”")[:10]).text == content


def test_a_topic_after_asked_about_is_no_speaker() -> None:
    text = "Reed, asked about the fund, said: “It's complicated and slow.”"
    assert all(m.source is None or m.source.text != "the fund" for m in extract_quotes(text))


@pytest.mark.parametrize(("text", "content"), [
    ("The plan, which critics say will cost billions, was approved on Monday.", "will cost billions"),
    ("The plan, which Reed said was flawed, passed easily.", "was flawed"),
    ("The decision, which Berg called “reckless,” will be reviewed.", "“reckless,”"),
])
def test_attribution_in_a_relative_clause_ends_with_the_clause(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content.strip("“”,")).text == content
