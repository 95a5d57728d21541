"""Cue words that are also nouns or verbs of doing: they report only in the frame that makes them reporting verbs.

Fictional sentences written for this table.
"""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


def _cues(text: str) -> list[str]:
    return [m.cue.text for m in extract_quotes(text) if m.cue is not None]


@pytest.mark.parametrize(("text", "cue"), [
    # "rail" reports only with its particle ("rail against"); alone it is the noun
    ("Bus drivers rail against the new rota.", "rail against"),
    # "doubt" and "question" report right after their subject; after an article or "little" they are nouns
    ("Some residents doubt the ferry will sail in winter.", "doubt"),
    # "add" reports a statement, not a counted object
    ("“It works,” she added.", "added"),
])
def test_homograph_read_as_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(("text", "not_cue"), [
    ("The national rail operator announced on Monday that fares would rise.", "rail"),
    ("There is little doubt the ferry will be late.", "doubt"),
    ("The firm added 300 jobs last year, the report said.", "added"),
    ("He told reporters the depot had added two buses a day.", "had added"),
    # after "for" a cue word is a noun ("for fear of", "for comment"): no verb but a gerund follows "for"
    ("Some residents stayed indoors for fear of the storm.", "fear"),
    ("The porter of many years, a shy man who spoke softly for fear of the owners, said the lift was broken.",
     "fear"),
    ("The ferry captain, a careful woman who never sails at night for fear of the rocks, said the route was closed.",
     "fear"),
])
def test_homograph_not_a_cue(text: str, not_cue: str) -> None:
    assert not_cue not in _cues(text)


def test_counted_object_stays_inside_the_content() -> None:
    (quote,) = extract_quotes("He told reporters the depot had added two buses a day for the district.")
    assert quote.text == "the depot had added two buses a day for the district"
    assert quote.cue is not None and quote.cue.text == "told"


@pytest.mark.parametrize("text", [
    # "worry" reports before "that", after a subject of any number
    "Residents of the valley worry that their wells could run dry.",
    "Growers worry that a late frost could ruin the crop.",
])
def test_worry_before_its_clause(text: str) -> None:
    assert "worry" in _cues(text)


@pytest.mark.parametrize("text", [
    "The main worry is the cost of the bridge.",
    "Farmers have a worry for every season.",
])
def test_worry_as_a_noun_is_no_cue(text: str) -> None:
    assert _cues(text) == []


def test_closing_appositive_name_before_a_participle_cue_names_the_speaker() -> None:
    first, second = extract_quotes("“It has been a long wait,” said the head keeper, Ines Holm, adding that the "
                                   "mother had been moved.")
    assert first.speaker == second.speaker == "Ines Holm"
    assert first.source is not None and first.source.text.startswith("the head keeper, Ines Holm")
