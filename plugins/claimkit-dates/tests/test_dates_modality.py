"""Modal verbs and verbs of intent point a bare month or weekday ahead; noun phrases and relative clauses keep their
own time. Publication date: Wednesday 2024-03-13, so a January or February is last year's or next year's by
direction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimkit import TimeMention


@pytest.mark.parametrize(("text", "surface", "value"), [
    # obligation and advice look ahead as possibility does
    ("The council must approve the budget in January.", "January", "2025-01"),
    ("The board should meet in February.", "February", "2025-02"),
    # "must not" still looks ahead; "could not" leaves the direction open
    ("The plant must not reopen in January.", "January", "2025-01"),
    ("The plant could not reopen in January.", "January", "2024-01"),
    # a question opens with its modal
    ("Can the club win the cup in January?", "January", "2025-01"),
    # a question about the past: a perfect, or a "that" clause with its own tense
    ("Could the firm have known in January?", "January", "2024-01"),
    ("Could it be that the vote on Monday was rigged?", "Monday", "2024-03-11"),
    # "have" as the verb itself, not a perfect
    ("The storm could have serious effects in January.", "January", "2025-01"),
    # a modal perfect is a past possibility
    ("The firm could have gone bust in January.", "January", "2024-01"),
    # a word in -en or -wn after "have" is no participle when it is a number, an adjective or a noun
    ("The city could have its own team in January.", "January", "2025-01"),
    ("The club could have seven new players in January.", "January", "2025-01"),
    # a modal among the first words of a clause after a semicolon
    ("The talks stalled; could Monday bring a deal?", "Monday", "2024-03-18"),
])
def test_modal_reading(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The mayor wants to open the library in February.", "February", "2025-02"),
    ("Engineers expect the tunnel to reopen in January.", "January", "2025-01"),
    ("The club vows to repaint the stadium in February.", "February", "2025-02"),
    ("The two towns hope to finish the ferry link in January.", "January", "2025-01"),
])
def test_intent_reading(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a month in a noun phrase after a determiner: the reports' own month, the nearest one
    ("The firms must file their January reports on Friday.", "January", "2024-01"),
    # a relative clause between the modal and the day is told in its own tense
    ("The panel should hear from the residents who on Monday protested outside.", "Monday", "2024-03-11"),
    # a day after an outcome noun names when it came about
    ("She should get a lift from the win Monday, her aides said.", "Monday", "2024-03-11"),
    # a possessive day is a noun phrase of its own
    ("Readers who want to understand Monday's vote should read on.", "Monday", "2024-03-11"),
])
def test_noun_phrases_keep_their_time(reading: Callable[..., TimeMention], text: str, surface: str,
                                      value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize("text", [
    "A long audit may not end before the Oct. 3 referendum.",
    "Turnout in the Oct. 3 referendum is the worry.",
])
def test_scheduled_day_without_tense_is_ahead(reading: Callable[..., TimeMention], text: str) -> None:
    """A day naming a scheduled event, in a clause with no tense, is its next occurrence (as a bare month is)."""
    assert reading(text, "Oct. 3").value == "2024-10-03"


@pytest.mark.parametrize(("text", "surface", "value"), [
    # holding a scheduled event in the present sets it ahead
    ("The province holds its referendum on Saturday.", "Saturday", "2024-03-16"),
    ("Both towns hold elections on Sunday, officials said.", "Sunday", "2024-03-17"),
    # a habit, or no present at all
    ("The club usually holds its meeting on Monday.", "Monday", "2024-03-11"),
    ("The council did not hold a hearing on Monday.", "Monday", "2024-03-11"),
    ("The mayor is likely to sign the bill on Friday.", "Friday", "2024-03-15"),
    # nouns of prospect look ahead from before the date only, and a past verb nearer the date wins
    ("Coaches rate her chances of a medal in January.", "January", "2025-01"),
    ("After Monday, his chance of a comeback is slim.", "Monday", "2024-03-11"),
    ("His chances faded in January.", "January", "2024-01"),
])
def test_scheduled_and_likely(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a way to a time, in a clause with no tense, leads ahead
    ("Heading into Monday, the index is flat.", "Monday", "2024-03-18"),
    ("The fund is drifting toward January with few donors.", "January", "2025-01"),
    ("The fund is short between now and January.", "January", "2025-01"),
    # a condition with no past form looks ahead
    ("A deal is unlikely if the minister is absent in January.", "January", "2025-01"),
    # unless the month sits in a noun phrase of its own
    ("If the ferry builds on its January gains, the fares stay low.", "January", "2024-01"),
])
def test_untensed_clause_direction(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "value"), [
    # an unplanned event between the future marker and the day: the day tells when it happened
    ("Residents will march because of the crash on the bypass on Monday.", "2024-03-11"),
    # a planned outcome may still lie ahead
    ("The mayor will announce a decision on Friday.", "2024-03-15"),
])
def test_unplanned_event_before_the_day(only: Callable[..., TimeMention], text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # ", but" opens a clause of its own, whose tense says nothing of the month before it
    ("Crews patch the road in June, but the mayor has been silent.", "June", "2024-06"),
    # "back in" looks back
    ("A fine run for the club, way back in June.", "June", "2023-06"),
    # "shot" is a past form, unless a noun after an article
    ("A gunman shot two guards at the depot in June.", "June", "2023-06"),
    ("The striker has a shot at the title in June.", "June", "2024-06"),
    # a scheduled event dated by the month after it is its next occurrence
    ("The union's conference in January is a fixture.", "January", "2025-01"),
])
def test_clause_edges(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # only a curly apostrophe before "s" makes a possessive; a dash or a no-break space does not
    ("The board could meet on Friday\u2014so the mayor hopes.", "Friday", "2024-03-15"),
    ("The board may decide on Friday\u00a0so sources say.", "Friday", "2024-03-15"),
    ("Engineers expect Friday\u2019s vote to pass.", "Friday", "2024-03-08"),
    # a noun of prospect governs the possessive day after it
    ("The odds of a deal before Friday's deadline are slim.", "Friday", "2024-03-15"),
    ("Her chances in Friday's vote look good.", "Friday", "2024-03-15"),
])
def test_possessive_tail(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # an unplanned outcome dates the day only when given as a cause ("because of the crash"); a drill, a report, a
    # hypothetical or a deadline stays ahead
    ("Drills will simulate a crash at the airport on Friday.", "Friday", "2024-03-15"),
    ("Crews will clear the wreckage of the crash before Friday.", "Friday", "2024-03-15"),
    ("The city will hold a vigil for the victims of the shooting until Sunday.", "Sunday", "2024-03-17"),
    ("The city will mark the death of its founder on Friday.", "Friday", "2024-03-15"),
    ("The bank will test the risk of a collapse in June.", "June", "2024-06"),
    ("Investigators will report on the blast in June.", "June", "2024-06"),
    ("A drill will simulate an attack on the port on Friday.", "Friday", "2024-03-15"),
    ("Residents will march because of the crash on the bypass on Monday.", "Monday", "2024-03-11"),
    # an intent word says nothing of a date in its object's own noun phrase, of a plan told in the past, or of
    # "expect" without "to"
    ("We did not expect the snow on Monday.", "Monday", "2024-03-11"),
    ("I did not want to talk about the vote on Monday.", "Monday", "2024-03-11"),
    ("Nobody could expect the flood in February.", "February", "2024-02"),
    ("Mayor vows to rebuild after the fire on Monday.", "Monday", "2024-03-11"),
    ("The court seeks to overturn the verdict of January.", "January", "2024-01"),
    ("The company expects revenue to fall after the strike in February.", "February", "2024-02"),
    ("She expects no repeat of the chaos of January.", "January", "2024-01"),
    ("The town wants to forget the flood of February.", "February", "2024-02"),
    ("Officials prepare to count the ballots cast on Tuesday.", "Tuesday", "2024-03-12"),
    ("Police want to question a man seen near the bank on Monday.", "Monday", "2024-03-11"),
    ("The club vows to avenge its loss on Sunday.", "Sunday", "2024-03-10"),
    # nouns of prospect in their other senses ("by chance", "at odds"), or heading a subject told in the past
    ("She met the mayor by chance in February.", "February", "2024-02"),
    ("They had a chance encounter on Monday.", "Monday", "2024-03-11"),
    ("He took his chance on Monday and scored twice.", "Monday", "2024-03-11"),
    ("The two men were at odds in February over the budget.", "February", "2024-02"),
    ("At odds with the board in February, the director quit.", "February", "2024-02"),
    ("Against the odds on Monday, the club held on.", "Monday", "2024-03-11"),
    ("The prospect of rain on Saturday kept crowds away.", "Saturday", "2024-03-09"),
    # "win" after a month is no outcome gone by ("in June to win", "a June win would")
    ("The club travels to Spain in June to win the cup.", "June", "2024-06"),
    ("The club hopes to sign a striker in June to win the league.", "June", "2024-06"),
    ("The team trains in June to win in July.", "June", "2024-06"),
    ("A June win would lift the club.", "June", "2024-06"),
    # "back in" without "way" is a return, not a look back
    ("The players are back in June for training.", "June", "2024-06"),
    ("The champion comes back in June.", "June", "2024-06"),
    # a capitalised modal counts only where it opens a clause ("Emre Can" is a name)
    ("Fans cheered Emre Can on Sunday.", "Sunday", "2024-03-10"),
    ("The coach praised Emre Can after the derby on Sunday.", "Sunday", "2024-03-10"),
])
def test_rules_do_not_misfire(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # memory verbs and an epistemic "must be" look at no act ahead; a noun phrase after "after" or an outcome keeps
    # its own time; an inserted ", but" phrase does not end the clause; an event after "after/since/citing" is
    # behind; a held event must head the object; a possessive after "toward", the subject of an "if", and "shot"
    # as a noun are no future or past
    ("You must remember the snow in January.", "January", "2024-01"),
    ("Voters must be tired after the debate on Monday.", "Monday", "2024-03-11"),
    ("It must be hard for the families after the flood in February.", "February", "2024-02"),
    ("The team must forget the defeat on Sunday.", "Sunday", "2024-03-10"),
    ("Voters should remember the scandal in January.", "January", "2024-01"),
    ("Why should voters trust him after the scandal in January?", "January", "2024-01"),
    ("The report must be filed in January.", "January", "2025-01"),
    ("On Monday, but only briefly, the shops will close.", "Monday", "2024-03-18"),
    ("On Friday, but only after noon, the shop will open.", "Friday", "2024-03-15"),
    ("On Monday, but not on Tuesday, trains will run late.", "Monday", "2024-03-18"),
    ("Before the debate on Monday, but after the rally, the candidates will meet.", "Monday", "2024-03-18"),
    ("Crews patch the road in June, but the mayor has been silent.", "June", "2024-06"),
    ("The mayor is weaker after the vote in February.", "February", "2024-02"),
    ("Since the election in November, the party has drifted.", "November", "2023-11"),
    ("The party holds a majority after the election in November.", "November", "2023-11"),
    ("The mayor, citing the vote in February, is firm.", "February", "2024-02"),
    ("Both sides hold the vote count from Sunday.", "Sunday", "2024-03-10"),
    ("The party holds the election results from Sunday.", "Sunday", "2024-03-10"),
    ("The archive holds records of the vote on Sunday.", "Sunday", "2024-03-10"),
    ("The province holds its referendum on Saturday.", "Saturday", "2024-03-16"),
    ("Hostility toward January's reforms remains high.", "January", "2024-01"),
    ("Even if the outage in January is fixed, the firm faces fines.", "January", "2024-01"),
    ("His best shot at a title comes in June.", "June", "2024-06"),
    # ... while the plain readings next to them stay
    ("The report should be on my desk on Friday.", "Friday", "2024-03-15"),
    ("The firm holds its annual meeting on Thursday.", "Thursday", "2024-03-14"),
    ("If the vote on Monday is close, a recount follows.", "Monday", "2024-03-18"),
    ("A step toward Monday's summit is a draft.", "Monday", "2024-03-18"),
])
def test_clause_edges_do_not_misfire(reading: Callable[..., TimeMention], text: str, surface: str,
                                    value: str) -> None:
    assert reading(text, surface).value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # "did not" before a verb of intent or plan tells the plan in the past; before "need to" a time ahead of then
    ("He did not plan to leave in February.", "February", "2024-02"),
    ("The mayor said the firm did not need to pay until January.", "January", "2025-01"),
])
def test_plans_told_in_the_past(reading: Callable[..., TimeMention], text: str, surface: str, value: str) -> None:
    assert reading(text, surface).value == value
