"""Classes of attribution constructions (not single words): coordinated and fronted subjects, ...
Sentences written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _by_cue(text: str) -> dict[str, tuple[str, str | None]]:
    """cue text -> (content, source text) for every quote of ``text``."""
    return {m.cue.text: (m.text, m.source.text if m.source else None) for m in extract_quotes(text) if m.cue}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor and her deputy said the ban kept the ferries in port.", "The mayor and her deputy"),
        ("Harbor and ferry spokesmen said the ban kept the ferries in port.", "Harbor and ferry spokesmen"),
        ("The ferry crews and the harbor board said the ban kept the ferries in port.",
         "The ferry crews and the harbor board"),
    ],
)
def test_coordinated_subject_is_one_source(text: str, source: str) -> None:
    assert _by_cue(text)["said"] == ("the ban kept the ferries in port", source)


@pytest.mark.parametrize(
    "text",
    [
        "The vote passed and officials said the ban would stay.",
        "The plan failed and the crews said the ban would stay.",
    ],
)
def test_two_clauses_joined_by_and_are_no_coordinated_subject(text: str) -> None:
    source = _by_cue(text)["said"][1]
    assert source is not None and not source.startswith("The")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In interviews, farmers in both valleys described sharp changes in the grain market.",
         "farmers in both valleys"),
        ("After the meeting, tenants in the east wing said the heating had failed again.", "tenants in the east wing"),
    ],
)
def test_lowercase_subject_after_a_fronted_phrase(text: str, source: str) -> None:
    sources = {src for _, src in _by_cue(text).values()}
    assert source in sources


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("While the leaders of both parties say the town needs a new pier, they differ on the cost.", "say",
         "the town needs a new pier", "the leaders of both parties"),
        ("Although the mayor insists the ferry is safe, the crews have stopped work.", "insists",
         "the ferry is safe", "the mayor"),
        ("Because the council rejected the fee, the ferry will run at a loss.", "rejected", "the fee", "the council"),
        ("When local farmers asked for a public canal, the governor pressured them to stop.", "asked for",
         "a public canal", "local farmers"),
        ("Even as nurses in the district called for a new clinic, the council stayed silent.", "called for",
         "a new clinic", "nurses in the district"),
    ],
)
def test_report_in_an_opening_subordinate_clause_ends_at_its_comma(text: str, cue: str, content: str,
                                                                    source: str) -> None:
    assert _by_cue(text)[cue] == (content, source)


def test_main_clause_after_a_subordinate_report_keeps_its_own_content() -> None:
    text = "When local farmers asked for a public canal, the governor pressured them to stop."
    assert _by_cue(text)["pressured"] == ("them to stop", "the governor")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("As the mayor noted, the ferry will cost more than planned.", "the ferry will cost more than planned"),
        ("Since Berg said the pier was safe, nobody has complained.", "the pier was safe"),
    ],
)
def test_subordinate_clause_rule_leaves_other_layouts(text: str, content: str) -> None:
    assert content in [c for c, _ in _by_cue(text).values()]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The ferry will run again in May, as the harbor board has promised.", "has promised",
         "The ferry will run again in May", "the harbor board"),
        ("The new toll would drain the town budget, as the Herald has noted before.", "has noted",
         "The new toll would drain the town budget", "the Herald"),
        ("The pier had been closed for a week, as the Tribune reported on Tuesday.", "reported",
         "The pier had been closed for a week", "the Tribune"),
    ],
)
def test_closing_as_clause_reports_the_clause_before_it(text: str, cue: str, content: str, source: str) -> None:
    assert _by_cue(text)[cue] == (content, source)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The bishop spoke to the farmers, as he called for fairer grain prices.", "called for", "fairer grain prices"),
        ("However, as the Herald has reported, the pier will stay shut.", "has reported", "the pier will stay shut"),
    ],
)
def test_as_clause_with_its_own_content_keeps_it(text: str, cue: str, content: str) -> None:
    assert _by_cue(text)[cue][0] == content


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("As one farmer put it, the canal is our last hope.", "the canal is our last hope", "one farmer"),
        ("The canal is our last hope, as one farmer put it.", "The canal is our last hope", "one farmer"),
        ("As the Herald's editor puts it: \"The pier was built for another century.\"",
         "\"The pier was built for another century.\"", "the Herald's editor"),
    ],
)
def test_as_x_put_it_attributes_the_clause(text: str, content: str, source: str) -> None:
    assert [(m.text, m.source.text if m.source else None) for m in extract_quotes(text)] == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "She put it on the shelf beside the ferry timetable.",
        "The crew puts it back in the shed every night.",
    ],
)
def test_put_it_without_as_reports_nothing(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("In Ortiz's view, the new toll would empty the harbor.", "view", "the new toll would empty the harbor",
         "Ortiz's"),
        ("The new toll would empty the harbor, in Ortiz's view.", "view", "The new toll would empty the harbor",
         "Ortiz's"),
        ("In their view, the pier cannot be saved.", "view", "the pier cannot be saved", "their"),
        ("In the opinion of the engineers, the pier cannot be saved.", "In the opinion of",
         "the pier cannot be saved", "the engineers"),
        ("In the words of one engineer, the pier cannot be saved.", "In the words of", "the pier cannot be saved",
         "one engineer"),
        ("Ortiz was, in the words of one aide, the calmest person in the room.", "in the words of",
         "the calmest person in the room", "one aide"),
        ("Ortiz dislikes surprises, in the words of one aide.", "in the words of", "Ortiz dislikes surprises",
         "one aide"),
    ],
)
def test_in_x_view_attributes_the_sentence(text: str, cue: str, content: str, source: str) -> None:
    assert _by_cue(text)[cue] == (content, source)


def test_in_her_assessment_of_an_object_is_no_view_of_the_sentence() -> None:
    contents = [content for content, _ in _by_cue("Berg is right in her assessment of the harbor's needs.").values()]
    assert not any(content.startswith("Berg") for content in contents)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("Her fear is that the pier will close before the summer.", "fear is",
         "that the pier will close before the summer", "Her"),
        ("Ortiz's view is that the pier is safe.", "view is", "that the pier is safe", "Ortiz's"),
        # a modifier after the possessor joins the cue ("main argument was"), as the corpus marks it
        ("The mayor's main argument was that the ferry loses money.", "main argument was", "that the ferry loses money",
         "The mayor's"),
    ],
)
def test_possessed_view_noun_is_that_clause(text: str, cue: str, content: str, source: str) -> None:
    assert _by_cue(text)[cue] == (content, source)


def test_possessed_view_noun_without_that_clause_reports_nothing() -> None:
    assert extract_quotes("Her fear is real, and the crews share it.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("\"We will not pay.\" The landlord refused to fix the boiler.", "refused", "to fix the boiler"),
        ("\"We will not pay.\" Their lawyer warned the council about the delay.", "warned",
         "the council about the delay"),
        ("\"The pier is safe.\" They asked the mayor to reopen it.", "asked", "the mayor to reopen it"),
    ],
)
def test_sentence_opening_with_its_source_reports_what_follows_the_cue(text: str, cue: str, content: str) -> None:
    assert _by_cue(text)[cue][0] == content


@pytest.mark.parametrize(
    "text",
    [
        "However, the harbor board said Thursday on its website, \"We never planned to close the pier.\"",
        "In fact, the harbor board said on Monday, \"We never planned to close the pier.\"",
    ],
)
def test_linking_word_before_the_source_is_no_content(text: str) -> None:
    content = _by_cue(text)["said"][0]
    assert content.endswith("\"We never planned to close the pier.\"")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The tenants want to leave the block, the lawyer said.", "The tenants want to leave the block",
         "the lawyer"),
        ("One farmer offered to shelter the crew at his barn, the captain said.",
         "One farmer offered to shelter the crew at his barn", "the captain"),
        ("Ms. Berg hopes to sign the lease before the winter, two aides said.",
         "Ms. Berg hopes to sign the lease before the winter", "two aides"),
    ],
)
def test_trailing_attribution_reports_the_whole_clause_of_a_weaker_cue(text: str, content: str, source: str) -> None:
    assert _by_cue(text)["said"] == (content, source)


def test_sentence_closing_trailer_of_any_cue_takes_back_its_clause() -> None:
    text = "Mrs. Ortiz has support from most farmers, while Mr. Hale has little backing, the survey found."
    assert _by_cue(text)["found"] == ("Mrs. Ortiz has support from most farmers, while Mr. Hale has little backing",
                                      "the survey")


def test_weaker_cue_inside_a_trailing_attribution_is_its_content() -> None:
    text = "Ms. Berg hopes to sign the lease before the winter, two aides said."
    assert list(_by_cue(text)) == ["said"]


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("In an interview, Tom Reed said Anna Berg had told the crews that she would not sign the lease.",
         "Anna Berg had told the crews that she would not sign the lease"),
        ("Lena Ortiz noted that the board had tweeted that the ferry was late.",
         "that the board had tweeted that the ferry was late"),
    ],
)
def test_outer_report_keeps_its_whole_content_around_an_inner_one(text: str, outer: str) -> None:
    assert outer in [content for content, _ in _by_cue(text).values()]


def test_negation_in_an_earlier_clause_is_no_part_of_the_subject() -> None:
    text = "Berg ultimately didn't run, and Reed said she was never heard from again."
    assert _by_cue(text)["said"] == ("she was never heard from again", "Reed")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The crowd cheers, and then the pastor continues: \"The harvest will be good this year.\"", "continues:",
         "the pastor"),
        ("And Mr. Hale gloated: \"I told you the pier would not be ready.\"", "gloated:", "Mr. Hale"),
        ("Late on Friday, the pastor went further: \"The pier stays shut until spring.\"", "went further:",
         "the pastor"),
    ],
)
def test_colon_quotation_after_the_last_clause_subject(text: str, cue: str, source: str) -> None:
    [m] = extract_quotes(text)
    assert (m.cue.text if m.cue else None, m.source.text if m.source else None) == (cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("Insisting that the pier was safe, the mayor reopened it on Monday.", "Insisting", "that the pier was safe",
         "the mayor"),
        ("By insisting that the pier was safe, the mayor angered the crews.", "insisting", "that the pier was safe",
         "the mayor"),
        ("Promising that the next report would study the flood, Berg said the town must prepare.", "Promising",
         "that the next report would study the flood", "Berg"),
    ],
)
def test_opening_participle_clause_is_the_main_subjects_content(text: str, cue: str, content: str,
                                                                 source: str) -> None:
    assert _by_cue(text)[cue] == (content, source)


def test_opening_participle_without_a_subject_after_its_comma_reports_nothing() -> None:
    assert "Speaking" not in _by_cue("Speaking of the pier, it was built in a hurry.")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Late on Friday, the harbor master went further: \"The pier stays shut until spring.\"", "the harbor master"),
        ("Citing the storm, the ferry company cancelled all crossings.", "the ferry company"),
        ("The new mayor slammed the plan to close the pier.", "The new mayor"),
    ],
)
def test_opening_subject_with_a_modifier_before_its_head(text: str, source: str) -> None:
    assert [m.source.text if m.source else None for m in extract_quotes(text)] == [source]


def test_opening_phrase_without_a_head_of_people_is_no_subject() -> None:
    assert extract_quotes("The harbor reopened on Monday after the storm passed through the valley.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("After arguing that the vote was over, her team changed its plan.", "her team"),
        ("The panel said the pier could not be saved.", "The panel"),
        ("His staff insisted that the ferry would run on time.", "His staff"),
    ],
)
def test_bodies_of_people_are_sources(text: str, source: str) -> None:
    assert source in [m.source.text for m in extract_quotes(text) if m.source]
