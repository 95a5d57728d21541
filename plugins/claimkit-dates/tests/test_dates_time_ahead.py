"""A count after "in" in a clause about the future is a time that far ahead of publication ("the Harlow bridge will
reopen to traffic in five years"), as TimeML writes it; elsewhere the count stays a stretch of time. A day counted in
an event still running, said with "is" ("it's the fifth day of bargaining"), is the day of publication. Publication
date: Wednesday 2024-03-13."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("text", "surface", "type_", "value"), [
    # a time ahead, at the count's unit
    ("Trams will run on the Tamsworth line again in five years.", "five years", "DATE", "2029"),
    ("The ferry would be back in service in three months, the operator said.", "three months", "DATE", "2024-06"),
    ("Ms. Orlek is expected to return in six weeks.", "six weeks", "DATE", "2024-W17"),
    ("The jury will reach a verdict in two days.", "two days", "DATE", "2024-03-15"),
    # one or two weeks ahead are counted to the day, as "two weeks from now" is
    ("The mayor will decide in two weeks.", "two weeks", "DATE", "2024-03-27"),
    # at the start of a sentence too
    ("In 10 years, the Brelmoor mine will be empty.", "10 years", "DATE", "2034"),
    # a vague or a ranged count is some time ahead
    ("The mill might, in a month or two, reopen.", "a month or two", "DATE", "FUTURE_REF"),
    ("The canal will reopen in a few months.", "a few months", "DATE", "FUTURE_REF"),
    # words that end in -est and are no superlatives
    ("The Quillan protest will resume in two days.", "two days", "DATE", "2024-03-15"),
    ("Growers will harvest the barley in three months.", "three months", "DATE", "2024-06"),
    ("Savers will earn interest again in two years.", "two years", "DATE", "2026"),
    ("Villagers will protest again in two days.", "two days", "DATE", "2024-03-15"),
    # a first or a perfect before the clause's modal belongs to another verb
    ("The tallest tower in Orvik will be built in ten years.", "ten years", "DATE", "2034"),
    ("The Sarn co-op has said it will pay back the loan in six years.", "six years", "DATE", "2030"),
])
def test_time_ahead(typed: Callable[..., tuple[str, str | None]], text: str, surface: str, type_: str,
                    value: str) -> None:
    assert typed(text, surface) == (type_, value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a clause in the past: how long something took
    ("The crew finished the Harlow tunnel in two years.", "two years", "P2Y"),
    ("Her second letter to the board in two weeks was made public on Monday.", "two weeks", "P2W"),
    # no tense to look ahead with
    ("Prices in five years rose by a third.", "five years", "P5Y"),
    # other prepositions keep the stretch, and so does "in" before a determiner
    ("The plant will close within two years.", "two years", "P2Y"),
    ("The firm will invest heavily in the next three years.", "the next three years", "P3Y"),
    ("The council will meet often in the weeks ahead.", "the weeks", "PXW"),
    # a unit shorter than a day is no point ahead here
    ("The results will be known in two hours.", "two hours", "PT2H"),
    # a word ending in "in" is no "in"
    ("Villagers will begin five years of rebuilding.", "five years", "P5Y"),
    # a time ahead off the calendar keeps its length
    ("The Velm glacier will be gone in 7,980 years.", "7,980 years", "P7980Y"),
])
def test_stretch_kept(typed: Callable[..., tuple[str, str | None]], text: str, surface: str, value: str) -> None:
    assert typed(text, surface) == ("DURATION", value)


@pytest.mark.parametrize(("text", "surface"), [
    # the day of publication, said as a day of an event still running
    ("For crane drivers at the Pellin docks today is the seventh day of their stoppage.", "the seventh day"),
    ("With no deal in sight, it's the fifth day of bargaining for the Varn nurses.", "the fifth day"),
    ("Food runs short in Drummel: it is the tenth day of the blockade.", "the tenth day"),
    ("Crews rest in shifts, and this is the sixth day of the blaze in Kettle Gorge.", "the sixth day"),
])
def test_day_of_an_event_today(typed: Callable[..., tuple[str, str | None]], text: str, surface: str) -> None:
    assert typed(text, surface) == ("DATE", "2024-03-13")


@pytest.mark.parametrize("text", [
    # a day of an event the story does not date: no mention
    "The jury met on the third day of the trial.",
    "A gale hit Penmore on the sixth day of the regatta.",
    "What is the third day of the fair like?",
    "Tuesday was the fifth day of the strike.",
    # a day of the calendar, not of an event: the month, week or year says when
    "This is the second day of March.",
    "It's the third day of the week.",
    "Today is the fifth day of the new year.",
    "It is the first day of spring in Orvik.",
])
def test_day_of_an_event_undated(times: Callable[..., list], text: str) -> None:
    assert [m.text for m in times(text) if m.text.lower().endswith(" day")] == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a perfect, even after a future earlier in the sentence
    ("Ulla will coach a side she hasn't faced in eight months.", "eight months", "P8M"),
    ("The Orrin river will flood, though it has not rained in three weeks.", "three weeks", "P3W"),
    # a superlative or a first: the span it is measured over
    ("Rents will reach their highest level in five years.", "five years", "P5Y"),
    # ... however far back in the clause
    ("Brannock will meet a rival he has not beaten on clay or on grass in eight months.", "eight months", "P8M"),
    ("Rents will hit their highest level for young families in the Kessel valley in five years.", "five years",
     "P5Y"),
    ("Exports will post the region's sharpest rise in four years.", "four years", "P4Y"),
    ("Sunday will mark the Tolvik ferry's first sailing in two years.", "two years", "P2Y"),
    ("The bill would be the first such law in Darrow in 30 years.", "30 years", "P30Y"),
    # a count with a mod, or one followed by what it is a length of
    ("The offence could bring up to six years in jail.", "up to six years", "P6Y"),
    ("Ms. Vell will be back in about two weeks.", "two weeks", "P2W"),
    ("The minister will step down in two years of turmoil.", "two years", "P2Y"),
    # "a" with one unit: a rate as often as a time ahead
    ("The shelter can house 400 families in a year.", "a year", "P1Y"),
])
def test_stretch_kept_after_a_future(typed: Callable[..., tuple[str, str | None]], text: str, surface: str,
                                     value: str) -> None:
    assert typed(text, surface) == ("DURATION", value)
