"""Addressees, inverted sources and clause ends: "..., Lind told the tribunal by video link." reports the clause
before the source; "told the board the levy was fair" reports what follows the addressee; "“...,” added one
warden" and "said a clerk close to the governor" are inverted sources; a relative clause ("which wardens say ...,")
and a parenthetical with an adjunct ("..., wardens said on Friday, is ...") bound what was said; "it" speaks for the
organisation that spoke last."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claimkit_quotes import extract_quotes

from claimkit import QuoteMention

_LEVY = "The harbour levy for small boats is fair"


@pytest.mark.parametrize("text", [
    f"{_LEVY}, Ida Lind told the tribunal on Thursday.",
    f"{_LEVY}, Ida Lind told the tribunal by video link.",
    f"{_LEVY}, the warden told a regional television channel.",
    f"{_LEVY}, she told her fellow wardens at the quay yesterday.",
    f"{_LEVY}, the warden told the Coastal Courier, adding that fees would not rise.",
])
def test_addressee_closing_the_sentence_leaves_the_clause_before(
        find: Callable[[str, str], QuoteMention], text: str) -> None:
    mention = find(text, _LEVY)
    assert mention.text == _LEVY
    assert mention.cue is not None and mention.cue.text == "told"


def test_a_short_clause_before_a_closing_addressee_is_the_content(find: Callable[[str, str], QuoteMention]) -> None:
    assert find("The levy is fair, Lind told the Courier.", "levy").text == "The levy is fair"


@pytest.mark.parametrize("text", [
    "Because the levy was unpaid in June, Lind told the tribunal on Thursday.",
    "Once the quay reopens next spring, Lind told the harbour board.",
    "Whatever the tribunal may decide, Lind told the harbour board on Friday.",
    # a fronted adverb or participle phrase is no content either
    "Later, Lind told the harbour board.",
    "Speaking in Pell, Lind told the harbour board on Friday.",
])
def test_a_fronted_subordinate_clause_is_no_content(text: str) -> None:
    assert [m.text for m in extract_quotes(text) if m.cue is not None and m.cue.text == "told"] == []


@pytest.mark.parametrize(("text", "content"), [
    # the object is what was promised, not someone promised to
    ("The warden promised a quieter season for the quay.", "a quieter season for the quay"),
    # a clause follows the addressee, after a determiner or after a pronoun and an auxiliary
    ("At the hearing, the warden told the board the levy was fair.", "the levy was fair"),
    ("At the hearing, the warden told the board it was fair to small boats.", "it was fair to small boats"),
])
def test_what_follows_the_addressee_is_the_content(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content).text == content


@pytest.mark.parametrize(("text", "content"), [
    # what was told or asked is a noun phrase, or a reduced relative clause goes with the addressee
    ("On the ferry, Lind told a long tale about pirates and lost gold.", "a long tale about pirates and lost gold"),
    ("Lind asked the panel she chaired to look at the levy again.", "the panel she chaired to look at the levy again"),
])
def test_no_clause_is_cut_out_of_a_lowercase_object(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content[-12:]).text == content


@pytest.mark.parametrize(("text", "source"), [
    ("“The quay floods every winter,” added one warden.", "one warden"),
    ("“The quay floods every winter,” added two more wardens, who asked not to be named.",
     "two more wardens, who asked not to be named"),
    ("“The quay floods every winter,” said a clerk close to the governor.", "a clerk close to the governor"),
    ("“The quay floods every winter,” said an aide loyal to the mayor.", "an aide loyal to the mayor"),
    ("“The quay floods every winter,” this source told the Courier.", "this source"),
])
def test_inverted_and_demonstrative_sources(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]], text: str, source: str) -> None:
    assert cue_and_source(text, "The quay floods every winter")[1] == source


def test_inverted_source_after_a_quoted_question(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]]) -> None:
    text = "“Why does the quay flood every winter?” added another skipper."
    assert cue_and_source(text, "Why does the quay") == ("added", "another skipper")


@pytest.mark.parametrize("text", [
    "The boatyard added another 40 jobs this spring.",
    "The boatyard, meanwhile, added two new welders to the night shift.",
    "“We are hiring,” the foreman said, adding two new welders to the crew.",
    # a quotation inside the subject is no statement that the verb could report
    "The scheme, known as “Safe Harbour,” added three new wardens at the quay.",
])
def test_a_counted_object_after_add_is_no_speaker(text: str) -> None:
    assert not [m for m in extract_quotes(text) if m.cue is not None and m.cue.text.lower().startswith("add")]


@pytest.mark.parametrize(("text", "source"), [
    ("“We will rebuild the quay,” vowed the mayor, standing in front of the ruins.", "the mayor"),
    ("“We will rebuild the quay,” pledged Governor Ida Lind.", "Governor Ida Lind"),
    ("“We will rebuild the quay,” protested the head warden.", "the head warden"),
])
def test_inverted_promise_and_protest_verbs(
        cue_and_source: Callable[[str, str], tuple[str | None, str | None]], text: str, source: str) -> None:
    assert cue_and_source(text, "We will rebuild the quay")[1] == source


def test_a_transitive_protest_takes_no_inverted_source() -> None:
    text = "Skippers from the “north quay” protested the closure of two slipways."
    assert all(m.source is None or "closure" not in m.source.text for m in extract_quotes(text))


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("A spokeswoman for the ferry line, Ada Kerr, said sailings would resume on Sunday.",
     "A spokeswoman for the ferry line, Ada Kerr,", "Ada Kerr"),
    ("An aide to the mayor, Otto Fenn, said sailings would resume on Sunday.", "An aide to the mayor, Otto Fenn,",
     "Otto Fenn"),
])
def test_description_with_a_complement_before_the_name(
        find: Callable[[str, str], QuoteMention], text: str, source: str, speaker: str) -> None:
    mention = find(text, "sailings would resume")
    assert mention.source is not None and mention.source.text == source
    assert mention.speaker == speaker


def test_an_organisation_appositive_renames_the_complement(find: Callable[[str, str], QuoteMention]) -> None:
    mention = find("A spokesman for the town, Pell Council, said sailings would resume on Sunday.", "sailings")
    assert mention.speaker != "Pell Council"


def test_a_fronted_role_is_no_description() -> None:
    # "As head of the port, ..." is a fronted phrase: the clause after the name is no source
    text = "As head of the port, Ada Kerr ran the night shifts for a decade, often pushing for more pay."
    assert all(m.source is None or "head of the port" not in m.source.text for m in extract_quotes(text))


@pytest.mark.parametrize("text", [
    "The levy, the wardens said on Friday, is expected to fall next year.",
    "The levy, wardens said late Friday, is expected to fall next year.",
    "The levy, the wardens said in a notice late Friday, is expected to fall next year.",
])
def test_parenthetical_attribution_with_an_adjunct(find: Callable[[str, str], QuoteMention], text: str) -> None:
    mention = find(text, "expected to fall")
    assert mention.text.startswith("The levy") and mention.text.endswith("next year")


@pytest.mark.parametrize("text", [
    "Kerr told the Coastal Courier on Sunday: “I have no regrets about the levy.”",
    "Kerr told him on Sunday: “I have no regrets about the levy.”",
])
def test_quotation_after_addressee_and_adjunct(find: Callable[[str, str], QuoteMention], text: str) -> None:
    assert find(text, "no regrets").text == "“I have no regrets about the levy.”"


@pytest.mark.parametrize(("text", "cue"), [
    ("Kerr said on Tuesday, adding that the levy would fall.", "adding"),
    ("Kerr hit back on Tuesday, saying that the levy would fall.", "saying"),
    ("Kerr said in a notice on Tuesday, adding that the levy would fall.", "adding"),
    ("Kerr said last week, noting that the levy would fall.", "noting"),
])
def test_participle_after_an_adjunct_reports_for_the_verb(text: str, cue: str) -> None:
    mentions = extract_quotes(text)
    assert [(m.text, m.cue.text if m.cue else None) for m in mentions] == [("that the levy would fall", cue)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The port authority said 300 berths were empty. It said crews were working through the night.",
     "port authority"),
    ("The Harbour Board said 300 berths were empty. It said crews were working through the night.", "Harbour Board"),
])
def test_it_speaks_for_the_organisation_that_spoke_last(
        find: Callable[[str, str], QuoteMention], text: str, speaker: str) -> None:
    assert find(text, "crews were working").speaker == speaker


@pytest.mark.parametrize("text", [
    # no organisation before
    "It said crews were working through the night.",
    # "it" as a record: no core reporting cue
    "The Harbour Board said 300 berths were empty. A film of the quay was posted. It shows crews working through "
    "the night.",
])
def test_it_without_an_organisation_speaking_has_no_speaker(text: str) -> None:
    assert [m.speaker for m in extract_quotes(text) if m.source is not None and m.source.text == "It"] == [None]


def test_it_does_not_reach_back_past_another_sentence(find: Callable[[str, str], QuoteMention]) -> None:
    text = "The Harbour Board said 300 berths were empty. A new audit came out. It said crews were working."
    assert find(text, "crews were working").speaker is None


def test_they_does_not_reach_back_past_other_people() -> None:
    text = "The boatyard said profits rose. Skippers were less sure. They said costs would rise."
    assert [m.speaker for m in extract_quotes(text) if "costs" in m.text] == [None]


@pytest.mark.parametrize(("text", "content"), [
    ("Kerr said only: “It is complicated and slow.”", "“It is complicated and slow.”"),
    ("Kerr said only that.", "only that"),
])
def test_restricting_adverb_before_the_content(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content.strip("“”")[-8:]).text == content


def test_a_topic_after_asked_about_is_no_report() -> None:
    text = "Kerr, asked about the levy, said: “It is complicated and slow.”"
    assert [(m.text, m.cue.text if m.cue else None, m.speaker) for m in extract_quotes(text)] == [
        ("“It is complicated and slow.”", "said:", "Kerr")]


@pytest.mark.parametrize(("text", "content"), [
    ("The levy, which wardens say will cost skippers dearly, was approved on Monday.", "will cost skippers dearly"),
    ("The levy, which Kerr said was unfair, passed easily.", "was unfair"),
    ("The ruling, which Kerr called “reckless,” will be appealed.", "“reckless,”"),
    # commas inside a list do not close the relative clause
    ("The quay, which wardens said was unsafe, old and costly, was closed.", "was unsafe, old and costly"),
])
def test_attribution_in_a_relative_clause_ends_with_the_clause(
        find: Callable[[str, str], QuoteMention], text: str, content: str) -> None:
    assert find(text, content.strip("“”,")).text == content


def test_a_clause_before_a_parenthetical_and_a_participle_is_the_verbs(
        find: Callable[[str, str], QuoteMention]) -> None:
    text = "The levy failed, Kerr said on Monday, adding that it would return."
    assert find(text, "levy failed").text == "The levy failed"
    participle = find(text, "would return")
    assert participle.cue is not None and participle.cue.text == "adding"
