"""A sweep over ordinary news English: every mention of each sentence, with the TIMEX3 type and value TimeML gives.

Each row is a fictional sentence of our own and the complete list of time mentions it should yield, so that a
missed expression, a spurious one, a wrong extent and a wrong value all fail the row. A value of None accepts any
value (the extent and type are checked). Publication date: Wednesday 2024-03-13 unless the row says otherwise.
"""

from __future__ import annotations

import pytest
from claimkit_dates import find_times

from claimkit import Document

WED = "2024-03-13"  # a Wednesday
MON = "2024-03-18"  # a Monday

Expected = list[tuple[str, str, str | None]]

JAN = "2024-01-05"  # a Friday early in the year

SWEEP: list[tuple[str, str, Expected]] = [
    # -- dates in every common form --------------------------------------------------------------------------------
    (WED, "The bridge reopened on June 14, 2023.", [("June 14, 2023", "DATE", "2023-06-14")]),
    (WED, "The council met on Jun. 14, 2023, to vote.", [("Jun. 14, 2023", "DATE", "2023-06-14")]),
    (WED, "The festival opened on 14 June 2022.", [("14 June 2022", "DATE", "2022-06-14")]),
    (WED, "The form is dated 6/14/2023.", [("6/14/2023", "DATE", "2023-06-14")]),
    (WED, "The mill closed in 2004.", [("2004", "DATE", "2004")]),
    (WED, "Rents soared in the 1990s.", [("the 1990s", "DATE", "199")]),
    (WED, "The bakery was founded in spring 2023.", [("spring 2023", "DATE", "2023-SP")]),
    (WED, "Revenue grew 4% in Q3, the firm said.", [("Q3", "DATE", "2023-Q3")]),
    (WED, "The museum will reopen on March 20.", [("March 20", "DATE", "2024-03-20")]),
    (WED, "The museum reopened on March 2.", [("March 2", "DATE", "2024-03-02")]),
    (WED, "The strike began on Feb. 3 and ended on Feb. 10.",
     [("Feb. 3", "DATE", "2024-02-03"), ("Feb. 10", "DATE", "2024-02-10")]),
    (WED, "The lawsuit was filed on December 12.", [("December 12", "DATE", "2023-12-12")]),
    (WED, "The vote will be held on January 9.", [("January 9", "DATE", "2025-01-09")]),
    (WED, "The ceremony took place on Sept. 5, 2021.", [("Sept. 5, 2021", "DATE", "2021-09-05")]),
    (WED, "The reform took effect on Jan. 1.", [("Jan. 1", "DATE", "2024-01-01")]),
    (WED, "The vote is set for Nov. 5.", [("Nov. 5", "DATE", "2024-11-05")]),
    (WED, "The factory has been idle since 2019.", [("2019", "DATE", "2019")]),
    (WED, "The law was passed in the summer of 2019.", [("the summer of 2019", "DATE", "2019-SU")]),
    # -- times -----------------------------------------------------------------------------------------------------
    (WED, "The polls close at 8 p.m.", [("8 p.m.", "TIME", "2024-03-13T20:00")]),
    (WED, "The fire started on Tuesday morning.", [("Tuesday morning", "TIME", "2024-03-12TMO")]),
    (WED, "The storm hit at noon yesterday.", [("noon yesterday", "TIME", "2024-03-12T12:00")]),
    (WED, "The board meets tomorrow morning.", [("tomorrow morning", "TIME", "2024-03-14TMO")]),
    (WED, "The minister arrived Tuesday night.", [("Tuesday night", "TIME", "2024-03-12TNI")]),
    (WED, "The plane landed at 6:45 p.m. Friday.", [("6:45 p.m. Friday", "TIME", "2024-03-08T18:45")]),
    (WED, "The polls close at 8PM.", [("8PM", "TIME", "2024-03-13T20:00")]),
    (WED, "The train left at 10:30pm on Tuesday.", [("10:30pm on Tuesday", "TIME", "2024-03-12T22:30")]),
    (WED, "The last train leaves at 21:45.", [("21:45", "TIME", "2024-03-13T21:45")]),
    (WED, "The home side won 21:14 on Sunday.", [("Sunday", "DATE", "2024-03-10")]),
    # a time on a line of its own stamps an entry of a live report: the day of publication
    (WED, "The rally ended on Friday.\n\n6:20 p.m.\n\nThe candidate thanked voters.",
     [("Friday", "DATE", "2024-03-08"), ("6:20 p.m.", "TIME", "2024-03-13T18:20")]),
    (WED, "The rally ended on Friday. The candidate left at 6:20 p.m.",
     [("Friday", "DATE", "2024-03-08"), ("6:20 p.m.", "TIME", "2024-03-08T18:20")]),
    # -- durations -------------------------------------------------------------------------------------------------
    (WED, "The strike lasted two weeks.", [("two weeks", "DURATION", "P2W")]),
    # TimeBank writes "the past year" as the year gone by, a date
    (WED, "Prices have risen sharply over the past year.", [("the past year", "DATE", "2023")]),
    (WED, "The project took 18 months.", [("18 months", "DURATION", "P18M")]),
    (WED, "The bridge was closed for 48 hours.", [("48 hours", "DURATION", "PT48H")]),
    (WED, "The talks dragged on for several months.", [("several months", "DURATION", "PXM")]),
    (WED, "The hearing lasted 90 minutes.", [("90 minutes", "DURATION", "PT90M")]),
    (WED, "The union signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
    (WED, "Inflation hit a 40-year high.", [("40-year", "DURATION", "P40Y")]),
    (WED, "The plant has been idle for half a year.", [("half a year", "DURATION", "P6M")]),
    (WED, "The talk ran more than half an hour.", [("more than half an hour", "DURATION", "PT30M")]),
    (WED, "The feud lasted nearly half a century.", [("nearly half a century", "DURATION", "P50Y")]),
    (WED, "The plant has been idle for 2\u00bd years.", [("2\u00bd years", "DURATION", "P2Y6M")]),
    (WED, "The plant has been idle for a year and a half.", [("a year and a half", "DURATION", "P1Y6M")]),
    (WED, "The plant has been idle for more than 100 days.", [("more than 100 days", "DURATION", "P100D")]),
    # -- sets, as adverbs ------------------------------------------------------------------------------------------
    (WED, "The plan will be reviewed quarterly.", [("quarterly", "SET", "P1Q")]),
    (WED, "The office is closed on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
    (WED, "The ferry runs hourly.", [("hourly", "SET", "PT1H")]),
    (WED, "The paper is printed daily.", [("daily", "SET", "P1D")]),
    (WED, "The newsletter goes out weekly.", [("weekly", "SET", "P1W")]),
    (WED, "The club meets fortnightly.", [("fortnightly", "SET", "P2W")]),
    (WED, "Rent is paid monthly.", [("monthly", "SET", "P1M")]),
    (WED, "The fee rises annually.", [("annually", "SET", "P1Y")]),
    (WED, "The census is taken yearly.", [("yearly", "SET", "P1Y")]),
    (WED, "The bins are emptied every other week.", [("every other week", "SET", "P2W")]),
    (WED, "The board meets twice a month.", [("twice a month", "SET", "P1M")]),
    (WED, "The geese return each spring.", [("each spring", "SET", "XXXX-SP")]),
    (WED, "The market is held on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
    (WED, "The inspection is carried out once a year.", [("once a year", "SET", "P1Y")]),
    (WED, "The town floods every few years.", [("every few years", "SET", "PXY")]),
    (WED, "The club meets several times a year.", [("several times a year", "SET", "P1Y")]),
    (WED, "The club meets four times a year.", [("four times a year", "SET", "P1Y")]),
    (WED, "Buses run every 15 minutes.", [("every 15 minutes", "SET", "PT15M")]),
    (WED, "The ferry sails every Friday.", [("every Friday", "SET", "XXXX-WXX-5")]),
    (WED, "The choir rehearses on Tuesday evenings.", [("Tuesday evenings", "SET", "XXXX-WXX-2TEV")]),
    (WED, "Traffic is heavy on weekday mornings.", [("weekday mornings", "SET", "XXXX-WXX-XTMO")]),
    (WED, "The magazine appears twice weekly.", [("twice weekly", "SET", "P1W")]),
    (WED, "The park closes each weekend.", [("each weekend", "SET", "XXXX-WXX-WE")]),
    (WED, "The shop opens on weekdays.", [("weekdays", "SET", "XXXX-WXX-X")]),
    (WED, "The clinic opens at 9 a.m. every weekday.",
     [("9 a.m.", "TIME", "2024-03-13T09:00"), ("every weekday", "SET", "XXXX-WXX-X")]),
    (WED, "Staff are paid fortnightly in cash.", [("fortnightly", "SET", "P2W")]),
    # -- sets as adjectives: "weekly" before a noun is tagged, "quarterly" before a noun is not ----------------------
    (WED, "The team publishes a weekly bulletin.", [("weekly", "SET", "P1W")]),
    (WED, "The firm raised its quarterly dividend.", []),
    (WED, "Quarterly profit rose at the mill.", []),
    # -- vague references ------------------------------------------------------------------------------------------
    (WED, "Prices are now falling.", [("now", "DATE", "PRESENT_REF")]),
    (WED, "The mayor recently visited the plant.", [("recently", "DATE", "PAST_REF")]),
    (WED, "Such floods were rare in the past.", [("the past", "DATE", "PAST_REF")]),
    (WED, "The city will need more buses in the future.", [("the future", "DATE", "FUTURE_REF")]),
    (WED, "The bridge is currently closed.", [("currently", "DATE", "PRESENT_REF")]),
    (WED, "The vote will take place at a later date.", [("a later date", "DATE", "FUTURE_REF")]),
    (WED, "The date of the vote is unknown.", []),
    # -- relative to the publication date --------------------------------------------------------------------------
    (WED, "The mayor resigned yesterday.", [("yesterday", "DATE", "2024-03-12")]),
    (WED, "The mayor will speak on Monday.", [("Monday", "DATE", "2024-03-18")]),
    (WED, "The mayor spoke on Monday.", [("Monday", "DATE", "2024-03-11")]),
    (WED, "Sales fell last week.", [("last week", "DATE", "2024-W10")]),
    (WED, "Sales rose this year.", [("this year", "DATE", "2024")]),
    (WED, "The plant will open next month.", [("next month", "DATE", "2024-04")]),
    (WED, "The plan was announced three years ago.", [("three years ago", "DATE", "2021")]),
    (WED, "The bill passed last month.", [("last month", "DATE", "2024-02")]),
    (WED, "Demand should recover next year.", [("next year", "DATE", "2025")]),
    (WED, "The lake froze this week.", [("this week", "DATE", "2024-W11")]),
    (WED, "Sales rose 5% last quarter.", [("last quarter", "DATE", "2023-Q4")]),
    (WED, "The company was founded 25 years ago.", [("25 years ago", "DATE", "1999")]),
    (WED, "The ruling came earlier this month.", [("earlier this month", "DATE", "2024-03")]),
    (WED, "Output will rise later this year.", [("later this year", "DATE", "2024")]),
    (WED, "The shop will be closed over the weekend.", [("the weekend", "DATE", "2024-W11-WE")]),
    (WED, "The ban was lifted at the weekend.", [("the weekend", "DATE", "2024-W10-WE")]),
    (WED, "The results will be released on Thursday.", [("Thursday", "DATE", "2024-03-14")]),
    (WED, "Voters went to the polls on Sunday.", [("Sunday", "DATE", "2024-03-10")]),
    # -- the story's own time --------------------------------------------------------------------------------------
    (WED, "The dam failed on May 3, 2022. Two weeks later, the town was evacuated.",
     [("May 3, 2022", "DATE", "2022-05-03"), ("Two weeks later", "DATE", "2022-05-17")]),
    (WED, "The talks opened on Oct. 5, 2021. The following day, the envoy left.",
     [("Oct. 5, 2021", "DATE", "2021-10-05"), ("The following day", "DATE", "2021-10-06")]),
    (WED, "The firm was founded on April 2, 2019. Earlier that month, its owner had quit his job.",
     [("April 2, 2019", "DATE", "2019-04-02"), ("Earlier that month", "DATE", "2019-04")]),
    (WED, "The treaty was signed on June 1, 2020. A month later, it was ratified.",
     [("June 1, 2020", "DATE", "2020-06-01"), ("A month later", "DATE", "2020-07")]),
    (WED, "The plant opened in 2015. Two years later it closed.",
     [("2015", "DATE", "2015"), ("Two years later", "DATE", "2017")]),
    (WED, "The bank collapsed on March 3, 2008. The next week, regulators stepped in.",
     [("March 3, 2008", "DATE", "2008-03-03"), ("The next week", "DATE", "2008-W11")]),
    (WED, "The ship sank on Aug. 9, 2018. Three days later, divers found the wreck.",
     [("Aug. 9, 2018", "DATE", "2018-08-09"), ("Three days later", "DATE", "2018-08-12")]),
    (WED, "The mayor was elected in 2010. The previous year, she had run for council.",
     [("2010", "DATE", "2010"), ("The previous year", "DATE", "2009")]),
    (WED, "The accord was signed on Jan. 12, 2021. That day, markets rose.",
     [("Jan. 12, 2021", "DATE", "2021-01-12"), ("That day", "DATE", "2021-01-12")]),
    (WED, "The plant reopened on Feb. 2, 2016. Three months later, it shut again.",
     [("Feb. 2, 2016", "DATE", "2016-02-02"), ("Three months later", "DATE", "2016-05")]),
    # a weekday said again in a narrative is the day already named
    (WED, "The storm struck early Sunday. By Sunday evening, crews had restored most lines.",
     [("early Sunday", "DATE", "2024-03-10"), ("Sunday evening", "TIME", "2024-03-10TEV")]),
    (MON, "The storm struck early Sunday. By Sunday evening, crews had restored most lines.",
     [("early Sunday", "DATE", "2024-03-17"), ("Sunday evening", "TIME", "2024-03-17TEV")]),
    (WED, "The fire broke out on Monday. Crews fought it until Monday night.",
     [("Monday", "DATE", "2024-03-11"), ("Monday night", "TIME", "2024-03-11TNI")]),
    (WED, "The referendum will take place on Sunday. Polls open on Sunday morning across the country.",
     [("Sunday", "DATE", "2024-03-17"), ("Sunday morning", "TIME", "2024-03-17TMO")]),
    # a weekday without tense after a day of the story in the coming days is the one nearest that day
    (MON, "The mayor will resign on Friday. On Saturday, her deputy takes over.",
     [("Friday", "DATE", "2024-03-22"), ("Saturday", "DATE", "2024-03-23")]),
    (MON, "The mayor resigned on Friday. On Saturday, her deputy took over.",
     [("Friday", "DATE", "2024-03-15"), ("Saturday", "DATE", "2024-03-16")]),
    (WED, "The court met on Monday. It will meet again on Monday.",
     [("Monday", "DATE", "2024-03-11"), ("Monday", "DATE", "2024-03-18")]),
    (WED, "The ferry sank on Feb. 2, 2019. By the end of the month, divers had reached the hull.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("the end of the month", "DATE", "2019-02")]),
    (WED, "The ferry sank on Feb. 2, 2019. Later that day, divers reached the hull.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("Later that day", "DATE", "2019-02-02")]),
    (WED, "The ferry sank on Feb. 2, 2019. The next morning, divers reached the hull.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("The next morning", "TIME", "2019-02-03TMO")]),
    (WED, "The ferry sank on Feb. 2, 2019. The following Monday, divers reached the hull.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("The following Monday", "DATE", "2019-02-04")]),
    (WED, "The agency will publish the data in January 2025 and hopes the work wraps up by the end of the month.",
     [("January 2025", "DATE", "2025-01"), ("the end of the month", "DATE", "2025-01")]),
    # the second end of a range of days comes after the first
    (WED, "The bridge will be closed from Monday to Friday next week.",
     [("Monday", "DATE", "2024-03-18"), ("Friday", "DATE", "2024-03-22"), ("next week", "DATE", "2024-W12")]),
    (WED, "The talks ran from Thursday to Sunday.",
     [("Thursday", "DATE", "2024-03-07"), ("Sunday", "DATE", "2024-03-10")]),
    # "the morning of" a date: the date is tagged and carries the value
    (WED, "The river peaked on the morning of March 4.", [("March 4", "DATE", "2024-03-04")]),
    # a weekday written with a date picks the year in which they agree
    (WED, "The bakery closed on Friday, May 5.", [("Friday, May 5", "DATE", "2023-05-05")]),
    (WED, "The bakery will close on Friday, Jan. 10.", [("Friday, Jan. 10", "DATE", "2025-01-10")]),
    # "the day before", "the night before", "the year after": the unit next to the story's time
    (WED, "The ferry sank on Feb. 2, 2019. The day before, the crew had complained.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("The day before", "DATE", "2019-02-01")]),
    (WED, "The ferry sank on Feb. 2, 2019. The night before, the crew had complained.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("The night before", "TIME", "2019-02-01TNI")]),
    (WED, "The ferry sank on Feb. 2, 2019. The week before, the crew had complained.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("The week before", "DATE", "2019-W04")]),
    (WED, "The ferry sank in 2019. The year after, the firm folded.",
     [("2019", "DATE", "2019"), ("The year after", "DATE", "2020")]),
    # a day of the month alone, after "on": the story's month, else the publication's moved by the tense
    (WED, "The ferry sank on Feb. 2, 2019. On the 5th, divers reached the hull.",
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("the 5th", "DATE", "2019-02-05")]),
    (WED, "The council will vote on the 21st.", [("the 21st", "DATE", "2024-03-21")]),
    (WED, "The council voted on the 21st.", [("the 21st", "DATE", "2024-02-21")]),
    (WED, "The office is on the 10th floor.", []),
    # weeks and weekdays counted within a month
    (WED, "The talks will resume in the first week of May.", [("the first week of May", "DATE", "2024-W18")]),
    (WED, "The talks collapsed in the last week of February.", [("the last week of February", "DATE", "2024-W09")]),
    (WED, "The firm will report on the first Monday of April.", [("the first Monday of April", "DATE", "2024-04-01")]),
    (WED, "Sales rose in the 1st quarter of 2023.", [("the 1st quarter of 2023", "DATE", "2023-Q1")]),
    # -- tense-aware year and weekday choice -----------------------------------------------------------------------
    (WED, "In February, the firm will close two plants.", [("February", "DATE", "2025-02")]),
    (WED, "In February, the firm closed two plants.", [("February", "DATE", "2024-02")]),
    (WED, "The museum will reopen in May.", [("May", "DATE", "2024-05")]),
    (WED, "The museum closed in July.", [("July", "DATE", "2023-07")]),
    (WED, "The school shut in November.", [("November", "DATE", "2023-11")]),
    (WED, "The party will hold its convention on Friday.", [("Friday", "DATE", "2024-03-15")]),
    (WED, "The exhibition runs until Sunday.", [("Sunday", "DATE", "2024-03-17")]),
    (WED, "The deadline is midnight on Friday.", [("midnight on Friday", "TIME", "2024-03-15T24:00")]),
    (WED, "The vote is on Tuesday.", [("Tuesday", "DATE", "2024-03-19")]),
    # ranges of dates: both ends
    (WED, "The tournament runs June 14-July 14.",
     [("June 14", "DATE", "2024-06-14"), ("July 14", "DATE", "2024-07-14")]),
    (WED, "The tournament runs June 14-20.", [("June 14", "DATE", "2024-06-14"), ("20", "DATE", "2024-06-20")]),
    (WED, "The exhibition ran until Sunday.", [("Sunday", "DATE", "2024-03-10")]),
    (JAN, "The shop closed on Dec. 28.", [("Dec. 28", "DATE", "2023-12-28")]),
    (JAN, "The festival will return in December.", [("December", "DATE", "2024-12")]),
    # the results of a quarter are reported after it ends
    (JAN, "The firm will report fourth-quarter results on Jan. 25.",
     [("fourth-quarter", "DATE", "2023-Q4"), ("Jan. 25", "DATE", "2024-01-25")]),
    (JAN, "The firm will report first-quarter results in April.",
     [("first-quarter", "DATE", "2024-Q1"), ("April", "DATE", "2024-04")]),
    (JAN, "The plant will open in the fourth quarter.", [("the fourth quarter", "DATE", "2024-Q4")]),
    (JAN, "The park will reopen in the spring.", [("the spring", "DATE", "2024-SP")]),
    ("2023-12-04", "The park will reopen in the spring.", [("the spring", "DATE", "2024-SP")]),
    ("2023-12-04", "The aide quit in the spring.", [("the spring", "DATE", "2023-SP")]),
    ("2023-12-04", "By late summer, the mayor looked vulnerable.", [("late summer", "DATE", "2023-SU")]),
    ("2023-12-04", "By March, officials said, the bridge will be finished.", [("March", "DATE", "2024-03")]),
    # irregular past forms tell the tense too
    (WED, "Crews fought the blaze until Sunday.", [("Sunday", "DATE", "2024-03-10")]),
    (WED, "The council may get stuck with the bill if the November election goes badly.",
     [("November", "DATE", "2024-11")]),
    # -- parts and mods --------------------------------------------------------------------------------------------
    (WED, "The work will be finished by mid-April.", [("mid-April", "DATE", "2024-04")]),
    (WED, "The snow came in late February.", [("late February", "DATE", "2024-02")]),
    (WED, "The firm expects to list its shares in early 2025.", [("early 2025", "DATE", "2025")]),
    (WED, "The deal was struck at the end of last year.", [("the end of last year", "DATE", "2023")]),
    (WED, "Sales slowed in the second half of 2023.", [("the second half of 2023", "DATE", "2023-H2")]),
    (WED, "The new line opens in the summer.", [("the summer", "DATE", "2024-SU")]),
    (WED, "The tower will be finished by the end of the year.", [("the end of the year", "DATE", "2024")]),
    (WED, "The fair runs from May 5 to May 9.", [("May 5", "DATE", "2024-05-05"), ("May 9", "DATE", "2024-05-09")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), SWEEP)
def test_sweep(published: str, text: str, expected: Expected) -> None:
    """Every mention of the sentence, with its extent, type and value."""
    found = find_times(Document(id="s", text=text, published=published))
    got = [(m.text, m.type, m.value if value is not None else None)
           for m, (_, _, value) in zip(found, expected + [("", "", "")] * len(found), strict=False)]
    assert got == expected, [(m.text, m.type, m.value) for m in found]
