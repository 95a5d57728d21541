"""Subjects the attribution reads across: descriptive phrases between a subject and its verb, and a named subject
resuming the content after a mid-sentence "..., X said,". Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a participle or adjective phrase between the subject and the cue
        ("Ward delegate Lena Moss, dressed in a green scarf with small bells, said the fair could be a success.",
         "the fair could be a success", "Ward delegate Lena Moss"),
        ("The harbour pilots, tired after a long night on the water, said the channel was too shallow.",
         "the channel was too shallow", "The harbour pilots"),
        ("Local officials familiar with the budget, speaking on condition of anonymity because the talks are "
         "private, said the library would close.", "the library would close",
         "Local officials familiar with the budget"),
    ],
)
def test_subject_read_across_a_descriptive_phrase(text: str, content: str, source: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.text == content]
    assert quotes, [q.text for q in extract_quotes(text)]
    assert quotes[0].source is not None and quotes[0].source.text == source


@pytest.mark.parametrize(
    "text",
    [
        # a subordinate clause before the first comma is not the subject
        "When the ferry arrived late, tired and wet, said nothing at all.",
    ],
)
def test_clause_before_comma_is_no_subject(text: str) -> None:
    assert all(q.source is None or q.source.text != "When the ferry arrived late" for q in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("At the time, she said, Morgan was trying to persuade the council to build a school.",
         "At the time, she said, Morgan was trying to persuade the council to build a school"),
        ("In short, Lowe wrote, Hart can win the county on roads alone.",
         "In short, Lowe wrote, Hart can win the county on roads alone"),
    ],
)
def test_named_subject_resumes_content_after_mid_attribution(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a weekday after the comma is the time of the statement, not more content
        ("The bridge will reopen soon, the mayor said, Tuesday evening.", "The bridge will reopen soon"),
    ],
)
def test_date_after_mid_attribution_is_no_content(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Reed hit back, saying that Hale was not ready for the job.", "that Hale was not ready for the job", "Reed"),
        ("The union pushed back, saying the plan would cost jobs.", "the plan would cost jobs", "The union"),
    ],
)
def test_clause_before_participle_comma_names_the_speaker(text: str, content: str, source: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.text == content]
    assert quotes, [q.text for q in extract_quotes(text)]
    assert quotes[0].source is not None and quotes[0].source.text == source


def test_fronted_time_phrase_before_participle_is_no_speaker() -> None:
    quotes = extract_quotes("Hours later, saying the road was closed, the police left.")
    assert all(q.source is None or q.source.text != "Hours" for q in quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a fronted phrase before "X said (adjunct) that ..." is not the content
        ("Aware of how voters see her record, Hale said on Saturday that the town should not pay.",
         "that the town should not pay"),
        ("Since the storm, Moss said in an interview that the pier would be rebuilt.",
         "that the pier would be rebuilt"),
        # a participle's adjunct before "that" is no part of the content either
        ("Reed hit back, saying at a town meeting that Hale was not ready.", "that Hale was not ready"),
    ],
)
def test_content_follows_adjunct_and_that(text: str, content: str) -> None:
    assert content in [q.text for q in extract_quotes(text)]


def test_quotation_before_attribution_stays_content() -> None:
    text = "“We will finish the road,” she said on Monday that the crews were ready."
    assert "“We will finish the road,”" in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an object relative clause inside the content does not cut the outer attribution short
        ("The ferry could reach the island by noon, which he is expected to do, Lowe said.",
         "The ferry could reach the island by noon, which he is expected to do"),
        ("The bridge was closed, which she had predicted, Moss said.",
         "The bridge was closed, which she had predicted"),
    ],
)
def test_object_relative_clause_stays_inside_outer_content(text: str, content: str) -> None:
    assert content in [q.text for q in extract_quotes(text)]


def test_object_relative_pronoun_is_the_content() -> None:
    quotes = extract_quotes("The town has a new library fee, which she favors but says will not pass.")
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes][:1] == [("which", "favors")]


def test_subject_relative_clause_keeps_its_content() -> None:
    quotes = extract_quotes("The boxes were empty, which he said were stored in the barn.")
    assert "which" not in [q.text for q in quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a lone fronted phrase before "X verb ..." is not the content; what follows the cue is
        ("On its website, the club vows to defend the old mill against developers.",
         "to defend the old mill against developers"),
        ("In a later interview with the paper, she joked about moving to the coast.", "moving to the coast"),
        ("In the harbour district, local traders also say business is slow.", "business is slow"),
        ("Two years later, when the mill reopened, the council agreed to print the history.",
         "to print the history"),
        # a statement before the attribution is still the content
        ("In Dover, the bridge will reopen soon, Berg said.", "In Dover, the bridge will reopen soon"),
        ("After the vote the council collapsed, Berg said.", "After the vote the council collapsed"),
    ],
)
def test_fronted_phrase_is_no_content(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)][:1] == [content]


def test_parenthesis_after_that_stays_inside_content() -> None:
    text = "The paper reported that, according to its own count, 40 of the meetings were private."
    assert [q.text for q in extract_quotes(text)] == [
        "that, according to its own count, 40 of the meetings were private"]


def test_object_after_cue_beats_previous_quotation() -> None:
    quotes = extract_quotes('Hale called the grants "a waste." Reed has strongly supported the grants.')
    assert [(q.text, q.source.text if q.source else None) for q in quotes][-1] == ("the grants", "Reed")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a relative clause, then an adjunct set off by commas
        ("Some parents who have watched the mayor over the years, at home or at small meetings, said she had "
         "less energy than before.", "she had less energy than before",
         "Some parents who have watched the mayor over the years, at home or at small meetings,"),
        # an appositive whose own relative clause runs to the comma before the verb
        ("The old clerk, a quiet man who kept the town's ledgers for a decade and now runs a shop, said "
         "the ledgers were burned.", "the ledgers were burned",
         "The old clerk, a quiet man who kept the town's ledgers for a decade and now runs a shop,"),
        # a phrase set off by spaced hyphens, a quotation inside it
        ('A spokesman for the Fenby rowing club - a small group with the motto "row as one" - noted '
         "that the club offers free lessons.", "that the club offers free lessons",
         'A spokesman for the Fenby rowing club - a small group with the motto "row as one" -'),
        # doubled hyphens
        ("Pilots in the two northern towns -- Fenby and Holt -- said the port must reopen.",
         "the port must reopen", "Pilots in the two northern towns -- Fenby and Holt --"),
    ],
)
def test_long_subject_speaks_across_its_modifiers(text: str, content: str, source: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.text == content]
    assert quotes, [(q.text, q.source and q.source.text) for q in extract_quotes(text)]
    assert quotes[0].source is not None and quotes[0].source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The judges who struck down the Fenby rules, for instance, said the fault lay with the budget.",
         "The judges who struck down the Fenby rules"),
        ("Ada Penn, who chairs the harbour board, however, says the budget is fine.",
         "Ada Penn, who chairs the harbour board"),
    ],
)
def test_closing_aside_is_no_part_of_a_long_subject(text: str, source: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.cue is not None and q.cue.text in ("said", "says")]
    assert quotes and quotes[0].source is not None and quotes[0].source.text == source


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the phrase before the verb is a clause of its own: the verb is not the opening subject's
        ("The pilot who steers the ferry, several dockers in Holt told the paper, has already been chosen.",
         "The pilot"),
        ("Mr. Penn, recalling his roots, answered by first saying kind things about the mayor.", "Mr. Penn"),
    ],
)
def test_clause_before_the_verb_is_no_long_subject(text: str, wrong: str) -> None:
    quotes = extract_quotes(text)
    assert all(q.source is None or not q.source.text.startswith(wrong) or q.cue is None
               or q.cue.text not in ("told", "first saying") for q in quotes), \
        [(q.text, q.cue and q.cue.text, q.source and q.source.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "inner", "outer", "source"),
    [
        # a report inside the subject's relative clause ends where the subject's own verb begins
        ("The members of the board who voted against the plan last week said they would appeal.",
         "the plan last week", "they would appeal", "The members of the board who voted against the plan last week"),
        ("A farmer who has accused the mayor of fraud said on Sunday that the ledgers were burned.",
         "the mayor of fraud", "that the ledgers were burned", "A farmer who has accused the mayor of fraud"),
    ],
)
def test_relative_clause_report_ends_before_the_subjects_verb(text: str, inner: str, outer: str,
                                                              source: str) -> None:
    quotes = extract_quotes(text)
    assert [(q.text, q.source.text if q.source else None) for q in quotes] == [(inner, "who"), (outer, source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a speaker of its own between the opening phrase and the verb: no long subject is read across it
        ("The plan, officials said, will fail.", "officials"),
        ("The plan, the mayor said, will fail.", "the mayor"),
        ("The ferry, which the mayor said was safe, sank in May.", "the mayor"),
        ("The mayor visited the port, and the harbour master said the quay was safe.", "the harbour master"),
    ],
)
def test_inner_speaker_is_no_long_subject(text: str, source: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.cue is not None and q.cue.text == "said"]
    assert quotes and quotes[0].source is not None and quotes[0].source.text == source
