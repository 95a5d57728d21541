"""Grouping beyond the synonym tables: nouns without a class, headlines against their own body."""

from __future__ import annotations

import pytest

from claimkit import analyze
from claimkit.subjects import contrary, negated_at, predicates, title_names, topic_words, verb_lemma
from claimkit.types import Analysis


def _kinds(analysis: Analysis) -> list[str]:
    return sorted(c.kind for c in analysis.conflicts)


@pytest.mark.parametrize(("word", "lemma"), [
    ("reopens", "reopen"), ("signed", "sign"), ("carried", "carry"), ("stopping", "stop"), ("resumed", "resume"),
    ("ends", "end"),
])
def test_verb_lemma(word: str, lemma: str) -> None:
    """Inflected verbs meet their lemma."""
    assert verb_lemma(word) == lemma


def test_headline_predicate_and_topic() -> None:
    """"Harbor ferry resumes service" states "resume" about a ferry."""
    found = predicates("Harbor ferry resumes service")
    assert set(found) == {"resume"}
    assert topic_words("Harbor ferry resumes service", found) == {"harbor", "ferry", "service"}


@pytest.mark.parametrize(("text", "lemma", "phrase"), [
    ("the library will stay closed until spring", "reopen", "stay closed"),
    ("the treaty remains unsigned", "sign", "unsigned"),
    ("the curfew will remain in place", "lift", "remain in place"),
])
def test_contrary_phrases(text: str, lemma: str, phrase: str) -> None:
    """A small table says what contradicts a predicate."""
    assert contrary(text, lemma) == phrase


def test_negation_before_a_predicate() -> None:
    """"has not yet signed" negates "signed"."""
    text = "The mayor has not yet signed the order"
    assert negated_at(text, text.index("signed"))


def test_title_names_skip_a_common_opening_word() -> None:
    """"Library" opens the headline but the body writes "library": it is no name; "Brenmoor" is."""
    assert title_names("Library in Brenmoor closes", "The town library shut its doors.") == {"brenmoor"}


def test_headline_against_body_that_says_the_opposite() -> None:
    """A headline saying the pool reopens over a body saying it stays closed is a headline conflict."""
    analysis = analyze([{
        "id": "h1", "publisher": "Hill Times", "published": "2031-03-04", "title": "Farrow swimming pool reopens",
        "text": "The swimming pool in Farrow will stay closed until April while the roof is repaired, the council "
                "said on Tuesday.\n",
    }])
    assert _kinds(analysis) == ["headline"]


def test_headline_with_a_body_that_confirms_it() -> None:
    """When the body says the pool reopened, the headline stands."""
    analysis = analyze([{
        "id": "h2", "publisher": "Hill Times", "published": "2031-03-04", "title": "Farrow swimming pool reopens",
        "text": "The swimming pool in Farrow reopened on Monday after the roof was repaired, the council said.\n",
    }])
    assert not analysis.conflicts


def test_headline_against_a_negated_predicate() -> None:
    """"The council has not signed the lease" under "Council signs lease" is a headline conflict."""
    analysis = analyze([{
        "id": "h3", "publisher": "Hill Times", "published": "2031-03-04", "title": "Farrow council signs market lease",
        "text": "The Farrow council has not signed the market lease, a spokesman said on Wednesday.\n",
    }])
    assert _kinds(analysis) == ["headline"]


STORY = [
    {"id": "n1", "publisher": "Lake Post", "published": "2031-07-02", "title": "Ferry runs aground near Osterby",
     "text": "About 40 volunteers searched the shore near Osterby on Tuesday, the coast guard said.\n"},
    {"id": "n2", "publisher": "North Daily", "published": "2031-07-03", "title": "Osterby ferry towed free",
     "text": "More than 200 volunteers had joined the search, the harbor master said on Wednesday.\n"},
]


def test_unknown_noun_counts_of_one_story_conflict() -> None:
    """Volunteers have no synonym class: about 40 against more than 200 in one story a day apart conflict."""
    analysis = analyze(STORY)
    assert _kinds(analysis) == ["numeric"]


def test_unknown_noun_counts_of_other_stories_do_not() -> None:
    """The same figures in stories without a shared name or place are not compared."""
    other = [dict(STORY[0]), dict(STORY[1], title="Harbor festival opens", text=STORY[1]["text"].replace(
        "the search", "the festival"))]
    other[0]["title"] = "Ferry runs aground"
    other[0]["text"] = other[0]["text"].replace(" near Osterby", "")
    assert not analyze(other).conflicts


def test_unknown_noun_counts_weeks_apart_do_not() -> None:
    """Figures of one story said weeks apart describe different moments."""
    later = [STORY[0], dict(STORY[1], published="2031-07-20", text=STORY[1]["text"].replace("on Wednesday", ""))]
    assert not analyze(later).conflicts
