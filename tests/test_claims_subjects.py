"""What claims are about: names, counted nouns, events, clauses and numbers."""

from __future__ import annotations

import pytest

from claimkit.grouping import count_key
from claimkit.quantities import find_numbers, with_operator
from claimkit.segment import clauses, sentences
from claimkit.subjects import counted_entity, find_events, name_stem
from claimkit.types import CountMention


@pytest.mark.parametrize(("a", "b"), [("Norvia", "Norvian"), ("Ukraine", "Ukrainian"), ("Israel", "Israeli")])
def test_country_and_demonym_share_a_stem(a: str, b: str) -> None:
    """A country and its people meet in one key."""
    assert name_stem(a) == name_stem(b)


def test_different_names_keep_different_stems() -> None:
    """Stems do not merge unrelated names."""
    assert name_stem("Norvian") != name_stem("Marvian")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("the rebels fought near the river", "fight"),
        ("units were engaged in fighting", "fight"),
        ("the levee burst overnight", "breach"),
        ("staff walked off the job", "strike"),
        ("hundreds were evacuated", "displace"),
    ],
)
def test_event_synonyms(text: str, event: str) -> None:
    """Predicates and phrases map to their event class."""
    assert [h.cls for h in find_events(text, 0, len(text))][:1] == [event]


def test_month_is_not_an_event() -> None:
    """"in March" is a date, not a march."""
    text = "the vote is held in March"
    assert find_events(text, 0, len(text)) == []


def test_counted_noun_with_proper_modifier() -> None:
    """"2,000 Norvian troops" counts soldiers, modified by Norvian."""
    text = "about 2,000 Norvian troops crossed the river"
    entity = counted_entity(text, 0, 11, 0, None)
    assert entity is not None and (entity.cls, entity.modifiers) == ("soldier", ("Norvian",))


def test_number_of_frame_names_the_noun() -> None:
    """"the number of Norvian soldiers ... at 6,000" counts Norvian soldiers."""
    text = "They put the number of Norvian soldiers in the region at 6,000."
    start = text.index("6,000")
    entity = counted_entity(text, start, start + 5, 0, None)
    assert entity is not None and entity.label() == "soldier|norv"


def test_noun_phrase_stops_at_punctuation() -> None:
    """"four villages, residents said" does not count residents."""
    text = "water reached four villages, residents said"
    start = text.index("four")
    assert counted_entity(text, start, start + 4, 0, None) is None


def test_synonyms_share_a_count_key() -> None:
    """Troops, soldiers and personnel are one noun class."""
    keys = {count_key(CountMention(start=0, end=1, text="5", value=5, unit=u, modifiers=("Norvian",)), "deploy")
            for u in ("troop", "soldiers", "personnel")}
    assert keys == {"count:deploy|soldier|norv"}


def test_event_must_fit_the_noun() -> None:
    """People die, dams do not: an event outside a known class's row gives no key."""
    count = CountMention(start=0, end=1, text="5", value=5, unit="dams")
    assert count_key(count, "die") is None


@pytest.mark.parametrize(("unit", "event", "key"), [
    ("firefighters", None, "count:?|firefighter"),
    ("firefighters", "deploy", "count:?|firefighter"),
    ("nurses", "fight", "count:?|nurse"),
    ("nurses", "injure", "count:injure|nurse"),
    ("libraries", None, "count:?|library"),
])
def test_unknown_noun_is_its_own_class(unit: str, event: str | None, key: str) -> None:
    """A noun without synonyms is compared as itself; taking part is no event of its own, an outcome is."""
    assert count_key(CountMention(start=0, end=1, text="5", value=5, unit=unit), event) == key


@pytest.mark.parametrize("unit", ["hours", "weeks", "percent", "euros"])
def test_measures_are_not_counted_things(unit: str) -> None:
    """Durations, shares and money are not headcounts."""
    assert count_key(CountMention(start=0, end=1, text="5", value=5, unit=unit), None) is None


def test_people_without_an_event_get_no_key() -> None:
    """"200 people" with no event is any crowd of any story."""
    assert count_key(CountMention(start=0, end=1, text="5", value=5, unit="people"), None) is None


def test_clause_split_keeps_figures_apart() -> None:
    """"12 were hurt and 38 people were evacuated" holds two statements."""
    text = "Officials said 12 people were hurt and 38 people were evacuated."
    parts = [text[a:b] for a, b in clauses(text, 0, len(text))]
    assert parts == ["Officials said 12 people were hurt", "38 people were evacuated."]


def test_sentences_skip_abbreviations_and_initials() -> None:
    """"Dr." and "J." end no sentence."""
    text = "Dr. Lina Morr met J. Rand. They talked."
    assert [text[a:b] for a, b in sentences(text)] == ["Dr. Lina Morr met J. Rand.", "They talked."]


def test_vague_and_bounded_numbers() -> None:
    """"several thousand" is 3,000-9,000; "fewer than 500" is below 500."""
    text = "several thousand soldiers and fewer than 500 guards"
    found = {c.text: (c.op, c.value, c.low, c.high) for c in find_numbers(text, 0, len(text), [])}
    assert found == {"several thousand": ("=", None, 3000, 9000), "fewer than 500": ("<", 500, None, None)}


def test_negated_bound_flips() -> None:
    """"has never sent more than 500" is at most 500."""
    text = "the club has never sent more than 500 fans"
    count = CountMention(start=24, end=37, text="more than 500", value=500, op=">")
    assert with_operator(text, count).op == "<="
