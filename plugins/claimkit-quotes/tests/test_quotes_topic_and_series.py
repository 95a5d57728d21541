"""Topic prepositions of any reporting verb, and verb phrases in a comma series. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _cues(text: str) -> list[str]:
    return [m.cue.text for m in extract_quotes(text) if m.cue is not None]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "about" and "against" join the cue of any reporting verb, listed particle or not
        ("The harbor master cautioned about the winter storms.", "cautioned about"),
        ("Anna Berg testified against the new toll.", "testified against"),
        ("Pavel Horn has complained loudly about the parking fees.", "has complained loudly about"),
        ("The council members argued about the ferry schedule.", "argued about"),
    ],
)
def test_topic_preposition_joins_the_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "about" before a number is an approximation inside the content
        ("Anna Berg said about 40 boats were damaged.", "said"),
        ("The harbor office reported about 300 boats lost in the storm.", "reported"),
        # ... and so is "about" before a number word, a fraction or an article and a count
        ("Mara Lind said about a dozen boats sank.", "said"),
        ("Clinic staff in Vostra reported about twenty beds free.", "reported"),
        ("The ranger said about a few hundred elk crossed the ridge.", "said"),
        ("Ines Varga said about half the cranes stood idle.", "said"),
        ("The auditor reported about one-third of the invoices missing.", "reported"),
        ("Pavel Horn said about twenty-five crews had quit.", "said"),
    ],
)
def test_about_before_a_number_stays_out(text: str, cue: str) -> None:
    assert cue in _cues(text)
    assert not any(c.endswith("about") for c in _cues(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the approximation stays with the count it qualifies
        ("Clinic staff in Vostra said about twenty beds were free.", "about twenty beds were free"),
        ("Mara Lind said about a dozen boats sank.", "about a dozen boats sank"),
    ],
)
def test_about_before_a_number_word_stays_in_the_content(text: str, content: str) -> None:
    assert content in [m.text for m in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an ordinal after "the", or a word that only starts like a number, is a topic
        ("The ferry clerk cautioned about the third crossing.", "cautioned about"),
        ("Mara Lind cautioned about one-sided rules.", "cautioned about"),
        # "against" before a count is no approximation: the count is what the verb opposes
        ("The harbor master cautioned against two new piers.", "cautioned against"),
    ],
)
def test_about_before_no_count_joins_the_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg urged the council to act, proposed that fares be cut, and warned of delays.",
         [("urged", "the council to act"), ("proposed", "that fares be cut"), ("warned of", "delays")]),
        ("Tom Reed has promised to cut fares, opposed the new toll and criticized the board.",
         [("has promised", "to cut fares"), ("opposed", "the new toll"), ("criticized", "the board")]),
        ("The mayor praised the crews, said the pier was safe, and thanked the volunteers.",
         [("praised", "the crews"), ("said", "the pier was safe"), ("thanked", "the volunteers")]),
    ],
)
def test_verb_phrases_in_a_series_share_the_subject(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract_quotes(text)
    assert [(m.cue.text if m.cue else None, m.text) for m in quotes] == expected
    assert len({m.source.text if m.source else None for m in quotes}) == 1


@pytest.mark.parametrize(
    ("text", "content", "inner"),
    [
        # after a content that is a clause of its own, a comma series goes on with that clause's subject: the crew
        # refused any help, not the coast guard
        ("The coast guard said the crew left the harbor, refused any help, and urged calm.",
         "the crew left the harbor, refused any help", "refused"),
        ("Harbor police said the driver abandoned the van, rejected any blame, and demanded a hearing.",
         "the driver abandoned the van, rejected any blame", "rejected"),
        ("Ines Varga told us her brother had sold the boat, regretted it, and wanted it back.",
         "her brother had sold the boat, regretted it", "regretted"),
    ],
)
def test_series_after_a_clause_continues_the_clause(text: str, content: str, inner: str) -> None:
    quotes = extract_quotes(text)
    assert content in [m.text for m in quotes]
    assert inner not in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series that started at the reporting verb's level goes on there, clause or not
        ("Mara Lind thanked the crews, said the quay was safe, and praised the volunteers.",
         [("thanked", "the crews"), ("said", "the quay was safe"), ("praised", "the volunteers")]),
        # a past form after an article is no verb of a clause of its own
        ("Mara Lind welcomed the revised plan, praised the crews, and warned of delays.",
         [("welcomed", "the revised plan"), ("praised", "the crews"), ("warned of", "delays")]),
    ],
)
def test_series_at_the_reporting_verb_level(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract_quotes(text)
    assert [(m.cue.text if m.cue else None, m.text) for m in quotes] == expected
    assert {m.source.text if m.source else None for m in quotes} == {"Mara Lind"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a passive participle between commas belongs to the content
        ("Tom Reed said the plan, approved by the council, was sound and praised the board.",
         "the plan, approved by the council, was sound"),
        # no "and" closing a series: the comma phrase stays inside the content
        ("Anna Berg praised the crews, proud of their work.", "the crews, proud of their work"),
    ],
)
def test_no_series_keeps_the_content_whole(text: str, content: str) -> None:
    assert content in [m.text for m in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        # a report that closes its clause inside another report is an attribution of its own
        ("Asked about the fares, Reed said: “They will not rise,” the Dover Herald reported.",
         ("reported", "the Dover Herald")),
        ("Pavel Horn posted a single line, “Talks are over,” the Kellby Courier reported.",
         ("reported", "the Kellby Courier")),
        ("Reed argued that the toll was fair — no higher, he said, than in other ports.", ("said", "he")),
    ],
)
def test_a_closing_report_inside_another_report_stays(text: str, inner: tuple[str, str]) -> None:
    got = [(m.cue.text if m.cue else None, m.source.text if m.source else None) for m in extract_quotes(text)]
    assert inner in got
    assert len(got) >= 2


def test_a_view_inside_a_report_stays_nested() -> None:
    # "in his view" closes with a comma but is no report of its own inside the content
    got = [m.cue.text for m in extract_quotes("Reed said that, in his view, the toll was unfair.") if m.cue]
    assert got == ["said"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any verb after a participle appositive is the subject's, not only a verb that inverts with its source
        ("Pavel Horn, remembering three winters on the ferry, portrayed himself as a patient man.",
         [("remembering", "three winters on the ferry"), ("portrayed", "himself as a patient man")]),
        ("Anna Berg, citing a new survey, praised the harbor crews.",
         [("citing", "a new survey"), ("praised", "the harbor crews")]),
    ],
)
def test_verb_after_a_participle_appositive(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract_quotes(text)
    assert [(m.cue.text if m.cue else None, m.text) for m in quotes] == expected
    assert {m.source.text if m.source else None for m in quotes} == {text.split(",")[0]}
