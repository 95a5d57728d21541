"""Grouping beyond the synonym tables: nouns without a class, headlines against their own body."""

from __future__ import annotations

import pytest

from claimkit import analyze
from claimkit.subjects import (
    contrary,
    generic_predicate,
    head_after,
    negated_at,
    predicates,
    title_names,
    topic_words,
    verb_lemma,
)
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


@pytest.mark.parametrize(("text", "stem", "head"), [
    ("The council approved the budget on Monday", "approv", "budget"),
    ("The mayor denied approving the budget", "approv", "budget"),
    ("Officials will sign the treaty in May", "sign", "treaty"),
])
def test_generic_predicate_and_object(text: str, stem: str, head: str) -> None:
    """A predicate without an event class is its stem, with the head noun of its object."""
    found = generic_predicate(text, 0, len(text))
    assert found is not None and found[0] == stem
    thing = head_after(text, found[2], len(text))
    assert thing is not None and thing.cls == head


def test_reporting_verbs_are_no_events() -> None:
    """"said the report" names no event."""
    text = "The minister said the report was late"
    assert generic_predicate(text, 0, len(text)) is None


def test_object_head_of_any_noun() -> None:
    """"flooded the old town library" is about the library, a noun without a class."""
    text = "the river flooded the old town library on Sunday"
    thing = head_after(text, text.index("flooded") + 7, len(text))
    assert thing is not None and thing.cls == "library"


STATUS_STORY = [
    {"id": "d1", "publisher": "Delta Post", "published": "2031-04-02", "title": "Storm hits Varnholm coast",
     "text": "Mayor Ilse Kron said on Tuesday that the storm had flattened the old lighthouse.\n"},
    {"id": "d2", "publisher": "Shore News", "published": "2031-04-03", "title": "Varnholm counts storm damage",
     "text": "The harbor authority denied on Wednesday that the storm had flattened the old lighthouse.\n"},
    {"id": "d3", "publisher": "Shore News", "published": "2031-04-03", "title": "Varnholm council meets",
     "text": "Chairman Olaf Brun said on Wednesday that the council had approved the harbor budget.\n"},
    {"id": "d4", "publisher": "Delta Post", "published": "2031-04-04", "title": "Varnholm budget dispute",
     "text": "The finance office denied that the council approved the harbor budget.\n"},
]


def test_denial_of_an_event_of_any_noun() -> None:
    """"flattened the old lighthouse", asserted by one source and denied by another, is a status conflict."""
    analysis = analyze(STATUS_STORY[:2])
    assert _kinds(analysis) == ["status"]


def test_denial_of_a_predicate_without_an_event_class() -> None:
    """"approved the harbor budget" has no event class; assertion and denial still meet on stem and object."""
    analysis = analyze(STATUS_STORY[2:])
    assert _kinds(analysis) == ["status"]


def test_denial_in_an_unrelated_story_is_not_compared() -> None:
    """Without a shared name or place the same words in two stories are not set against each other."""
    first = dict(STATUS_STORY[2], title="Council meets")
    second = dict(STATUS_STORY[3], title="Budget dispute")
    assert not analyze([first, second]).conflicts


def test_specific_people_noun_without_an_event() -> None:
    """"passengers" without an event keeps its own noun; "people" without one gives no key."""
    from claimkit.grouping import count_key
    from claimkit.types import CountMention

    assert count_key(CountMention(start=0, end=1, text="5", value=5, unit="passengers"), None) == "count:?|passenger"
    assert count_key(CountMention(start=0, end=1, text="5", value=5, unit="people"), None) is None


def test_sentence_opening_word_is_no_name_modifier() -> None:
    """"Rescue boats pulled 40 swimmers": "Rescue" opens the sentence, it names nobody."""
    analysis = analyze([{"id": "m1", "publisher": "Lake Post", "published": "2031-08-11", "title": "",
                         "text": "Rescue boats pulled 40 swimmers from the lake, the coast guard said.\n"}])
    keys = {k for c in analysis.claims for k in c.subjects if k.startswith("count:")}
    assert keys and all(len(k.split("|")) == 2 for k in keys)  # no name stems


def test_passenger_figures_of_one_story_conflict() -> None:
    """About 120 passengers against more than 200 passengers on board, in one story on one day."""
    docs = [
        {"id": "v1", "publisher": "Lake Post", "published": "2031-08-12", "title": "Ferry sinks near Kolby",
         "text": "The ferry was carrying about 120 passengers, the port authority said on Tuesday.\n"},
        {"id": "v2", "publisher": "Coast Daily", "published": "2031-08-12", "title": "Kolby ferry survivors speak",
         "text": "The ferry had more than 200 passengers on board, a survivor said on Tuesday.\n"},
    ]
    assert _kinds(analyze(docs)) == ["numeric"]


@pytest.mark.parametrize(("title", "lemmas"), [
    ("Harbor bridge reopens", {"reopen"}),
    ("Files released by court", {"release"}),
    ("Records must be released, judge rules", set()),
    ("Council pledges to sign the lease", set()),
    ("Deal is a big win for the mayor", set()),
])
def test_headline_states_only_inflected_unmodalised_verbs(title: str, lemmas: set[str]) -> None:
    """"must be released", "to sign" and the noun "win" state nothing as fact."""
    from claimkit.subjects import stated_predicates

    assert set(stated_predicates(title)) == lemmas


def test_headline_with_a_body_that_only_expects_it() -> None:
    """"reopens" over "will reopen next month": the body only expects what the headline states."""
    analysis = analyze([{
        "id": "h4", "publisher": "Hill Times", "published": "2031-03-04", "title": "Farrow ice rink reopens",
        "text": "The ice rink in Farrow will reopen next month, the council said on Tuesday.\n",
    }])
    assert _kinds(analysis) == ["headline"]


def test_a_wish_is_not_an_assertion_a_denial_contradicts() -> None:
    """"should approve the budget" against "did not approve the budget" is no status conflict."""
    docs = [
        {"id": "w1", "publisher": "Delta Post", "published": "2031-04-02", "title": "Varnholm budget row",
         "text": "Union leader Eva Sten said on Tuesday that the council should approve the harbor budget.\n"},
        {"id": "w2", "publisher": "Shore News", "published": "2031-04-03", "title": "Varnholm budget stalls",
         "text": "The finance office denied on Wednesday that the council approved the harbor budget.\n"},
    ]
    assert not [c for c in analyze(docs).conflicts if c.kind == "status"]


def test_a_rate_is_not_a_count() -> None:
    """"300 visitors a day" and "about 40 visitors" count different things."""
    docs = [
        {"id": "r1", "publisher": "Lake Post", "published": "2031-07-02", "title": "Osterby museum busy",
         "text": "The museum in Osterby receives 300 visitors a day, its director said on Tuesday.\n"},
        {"id": "r2", "publisher": "North Daily", "published": "2031-07-03", "title": "Osterby museum quiet",
         "text": "About 40 visitors came to the museum on Wednesday, a guide said on Wednesday.\n"},
    ]
    assert not analyze(docs).conflicts


def test_hyphenated_number_is_no_count() -> None:
    """"a 30-minute delay" holds no count of anything."""
    from claimkit.quantities import find_numbers

    text = "a 30-minute delay"
    assert find_numbers(text, 0, len(text), []) == []


def test_fewer_missing_later_is_a_revision() -> None:
    """30 missing on one day and 8 still missing the next: people were found, no contradiction."""
    docs = [
        {"id": "m1", "publisher": "Lake Post", "published": "2031-08-11", "title": "Ferry sinks off Kolby",
         "text": "Thirty passengers are missing after the ferry sank off Kolby, the coast guard said on Monday.\n"},
        {"id": "m2", "publisher": "Coast Daily", "published": "2031-08-12", "title": "Kolby search goes on",
         "text": "Eight passengers are still missing off Kolby, the coast guard said on Tuesday.\n"},
    ]
    assert not analyze(docs).conflicts


def test_source_phrase_that_swallowed_its_denial_verb() -> None:
    """"The agency denied" as a source keeps the denial and drops the verb from the name."""
    from claimkit.claims import _swallowed_denial

    assert _swallowed_denial("The agency denied")
    assert not _swallowed_denial("The agency")


def test_shares_of_the_same_thing_conflict() -> None:
    """About 70 percent of the town against 20 percent of the town, in one story a day apart."""
    docs = [
        {"id": "s1", "publisher": "Lake Post", "published": "2031-03-04", "title": "Flood hits Vestby",
         "text": "About 70 percent of the town was under water, the mayor said on Tuesday.\n"},
        {"id": "s2", "publisher": "North Daily", "published": "2031-03-05", "title": "Vestby cleans up",
         "text": "Only 20 percent of the town was flooded, engineers said on Wednesday.\n"},
    ]
    conflicts = analyze(docs).conflicts
    assert [c.key for c in conflicts] == ["count:?|percent-town"]


@pytest.mark.parametrize(("text", "keys"), [
    ("Turnout was 85 percent, the election board said on Tuesday.\n", ["count:?|percent-turnout"]),
    ("The board put turnout at 85 percent on Tuesday.\n", ["count:?|percent-turnout"]),
    ("The figure for turnout was 85 percent, the board said.\n", ["count:?|percent-turnout"]),
    ("It was 85 percent, the election board said on Tuesday.\n", []),
])
def test_a_percent_given_for_a_named_measure_is_keyed_by_it(text: str, keys: list[str]) -> None:
    """"turnout was 85 percent" is a figure for turnout; "it was 85 percent" names nothing: no key."""
    analysis = analyze([{"id": "s3", "publisher": "Lake Post", "published": "2031-03-04", "title": "", "text": text}])
    assert [k for c in analysis.claims for k in c.subjects if k.startswith("count:")] == keys


@pytest.mark.parametrize(("body", "kinds"), [
    ("A spokesman said on Tuesday that the firm will recall the faulty boats next month.", ["headline"]),
    ("A spokesman said on Tuesday that the firm had recalled the faulty boats.", []),
    ("A spokesman said on Tuesday that the firm will recall its old trucks next month.", []),
])
def test_headline_verb_without_a_table_row(body: str, kinds: list[str]) -> None:
    """Any stated headline verb meets the body's use of it on the same object: "recalls faulty boats" against
    "will recall the faulty boats" (only expected), not against "will recall its old trucks"."""
    analysis = analyze([{"id": "g1", "publisher": "Hill Times", "published": "2031-01-05",
                         "title": "Harbor firm recalls faulty boats", "text": body + "\n"}])
    assert _kinds(analysis) == kinds


def test_contrary_state_names_event_and_subject() -> None:
    """"The old barn is intact" rules out that the barn was destroyed."""
    from claimkit.subjects import contrary_state

    text = "The old barn is intact"
    found = contrary_state(text, 0, len(text))
    assert found is not None and found[0] == "destroy" and found[1].cls == "barn"


def test_contrary_state_against_a_report_of_destruction() -> None:
    """One source says the storm flattened the lighthouse; another, a day later, that it is still standing."""
    docs = [STATUS_STORY[0], {
        "id": "d5", "publisher": "Shore News", "published": "2031-04-03", "title": "Varnholm counts storm damage",
        "text": "The harbor master said on Wednesday that the old lighthouse was still standing.\n"}]
    assert _kinds(analyze(docs)) == ["status"]
