"""Review fixes (fixA): exact small figures keep 2% only, a long clause of weights is read in linear time, counts
under any verb only for verbs of being held, sales over the month are not one quantity, money keyed by its own
subject and recipient (all sentences fictional)."""

from __future__ import annotations

import pytest
from stories import conflict_kinds, story

import claimkit.claims
from claimkit.types import Analysis


def _story(*bodies: str, titles: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> Analysis:
    return story(*bodies, titles=titles, dates=dates, first="2031-03-10", title="Varno news")


def _kinds(analysis: Analysis) -> list[str]:
    return conflict_kinds(analysis)


SAME_DAY = ("2031-03-10", "2031-03-10")
FERRY = ("Varno ferry sinks", "Varno ferry sinks")


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # "10" is not stretched by half a unit of its last digit to reach 15
        ("Ten people were killed when the Varno ferry sank near Oskel on Sunday, police said.",
         "Fifteen people were killed when the Varno ferry sank near Oskel on Sunday, the coast guard said.",
         ["numeric"]),
        ("Ten people were killed when the Varno ferry sank near Oskel on Sunday, police said.",
         "Ten people were killed when the Varno ferry sank near Oskel on Sunday, the coast guard said.", []),
    ],
)
def test_exact_figures_keep_two_percent(first: str, second: str, kinds: list[str]) -> None:
    """Two exact figures are compared with 2% slack each, however round they are."""
    assert _kinds(_story(first, second, dates=SAME_DAY, titles=FERRY)) == kinds


def test_weights_in_a_long_clause_are_read_in_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The predicate of each counted noun is looked for around it, not over the whole clause once per count."""
    spans: list[int] = []
    original = claimkit.claims.predicate_of

    def recording(text: str, noun_start: int, noun_end: int, start: int, end: int) -> str | None:
        spans.append(end - start)
        return original(text, noun_start, noun_end, start, end)

    monkeypatch.setattr(claimkit.claims, "predicate_of", recording)
    unit = "12 pounds of rye, "
    body = "The Orsk depot lost " + unit * 300 + "the keeper said."
    _story(body)
    assert spans
    assert max(spans) <= 2 * claimkit.claims._PREDICATE_REACH + 40


@pytest.mark.parametrize(
    ("second", "kinds"),
    [
        ("Fewer than 250 lorries were queued at the Tolm crossing on Sunday, the customs office said.", ["numeric"]),
        ("Fewer than 250 lorries were inspected at the Tolm crossing on Sunday, the customs office said.", []),
        ("Fewer than 250 lorries were refuelled at the Tolm crossing on Sunday, the customs office said.", []),
    ],
)
def test_any_verb_only_for_verbs_of_being_held(second: str, kinds: list[str]) -> None:
    """Stranded and queued lorries on one day are one set; inspected or refuelled lorries are another."""
    first = "About 1,900 lorries were stranded at the Tolm crossing on Sunday, a hauliers' group said."
    titles = ("Lorries stuck at Tolm crossing", "Tolm crossing traffic")
    assert _kinds(_story(first, second, dates=("2031-11-03", "2031-11-04"), titles=titles)) == kinds


KETTLES = ("Hallo Appliances kettles", "Hallo Appliances kettles")


@pytest.mark.parametrize(
    ("first", "second", "dates", "kinds"),
    [
        # sales and recalls under a verb go on: eighteen days apart they are two quantities
        ("Hallo Appliances sold 20,000 kettles in Varno, the company said on Monday.",
         "Hallo Appliances sold 5,000 kettles in Varno, the company said on Friday.", ("2031-03-02", "2031-03-20"), []),
        ("Hallo Appliances recalled 20,000 kettles in Varno, the company said on Monday.",
         "Hallo Appliances recalled 5,000 kettles in Varno, the company said on Friday.",
         ("2031-03-02", "2031-03-20"), []),
        # a day apart they are one
        ("Hallo Appliances sold 20,000 kettles in Varno, the company said on Monday.",
         "Hallo Appliances sold 5,000 kettles in Varno, the company said on Tuesday.",
         ("2031-03-02", "2031-03-03"), ["numeric"]),
        # "the recall" names one event: one quantity for the month
        ("Hallo Appliances is recalling 20,000 kettles, the company said on Monday.",
         "Hallo Appliances recalled 5,000 kettles, and the recall is its first, the company said on Friday.",
         ("2031-03-02", "2031-03-20"), ["numeric"]),
    ],
)
def test_month_window_only_for_one_off_events(first: str, second: str, dates: tuple[str, str],
                                              kinds: list[str]) -> None:
    """Things counted under a verb are one quantity for a few days; for the month only when named as one event."""
    assert _kinds(_story(first, second, dates=dates, titles=KETTLES)) == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a city owns many amounts: its park and its flood repairs are two costs
        ("The city's new park cost $2 million, officials said.",
         "The city's flood repairs cost $9 million, the mayor said.", []),
        ("The city's new park cost $2 million, officials said.",
         "The city's new park cost $9 million, the mayor said.", ["numeric"]),
        # paid for one thing, paid to someone: two payments
        ("The Varno council paid $2 million for the new library, officials said.",
         "The Varno council paid $9 million to the contractor, the mayor said.", []),
        ("The Varno council paid $2 million to the builder, officials said.",
         "The Varno council paid $9 million to the builder, the mayor said.", ["numeric"]),
    ],
)
def test_money_keyed_by_its_own_owner_and_recipient(first: str, second: str, kinds: list[str]) -> None:
    """A generic owner (city, council, company) does not make two amounts one; "to <recipient>" says what an
    amount is paid to."""
    assert _kinds(_story(first, second, titles=("Varno spending", "Varno spending"))) == kinds
