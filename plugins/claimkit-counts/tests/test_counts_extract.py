"""Counts found in sentences: operators, ranges, vague amounts, units, counted nouns, context, and not-counts.

All sentences are written for these tests (fictional places and people).
"""

from __future__ import annotations

import pytest
from claimkit_counts import claimkit_extract, extract_counts

from claimkit import CountMention, Document


def only(text: str) -> CountMention:
    """The single count of ``text``."""
    found = extract_counts(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# ---------------------------------------------------------------------------------------------------------------
# Operators and intervals
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "op", "low", "high"),
    [
        ("The ferry carried 412 passengers.", "=", 412, 412),
        ("About 300 volunteers cleaned the beach.", "~", None, None),
        ("Roughly 90 nurses joined the strike.", "~", None, None),
        ("An estimated 1,400 residents lost power.", "~", None, None),
        ("More than 60 farmers attended.", ">", 60, None),
        ("Over 75 teachers signed the letter.", ">", 75, None),
        ("At least 19 miners were trapped.", ">=", 19, None),
        ("No fewer than 30 boats joined the regatta.", ">=", 30, None),
        ("Fewer than 200 tickets remain.", "<", None, 200),
        ("Nearly 900 students enrolled.", "<", None, 900),
        ("Almost 40 stalls stayed closed.", "<", None, 40),
        ("Up to 350 guests can attend.", "<=", None, 350),
        ("As many as 85 pilgrims were stranded.", "<=", None, 85),
        ("At most 12 speakers will appear.", "<=", None, 12),
        ("The hall seats 500 or more spectators.", ">=", 500, None),
        ("Groups of 8 or fewer campers may stay.", "<=", None, 8),
    ],
)
def test_operators(text: str, op: str, low: float | None, high: float | None) -> None:
    """Approximations and bounds set the operator and open the interval on one side."""
    m = only(text)
    assert (m.op, m.low, m.high) == (op, low, high)


@pytest.mark.parametrize(
    ("text", "low", "high", "op"),
    [
        ("Between 300 and 450 hikers were rescued.", 300, 450, "="),
        ("Officials counted 1,200-1,500 marchers.", 1200, 1500, "="),
        ("The club expects 40 to 60 members.", 40, 60, "="),
        ("Some 20-25 vessels were seen.", 20, 25, "~"),
        ("The project needs $2-3 million.", 2_000_000, 3_000_000, "="),
        ("Prices ranged from 15 to 18 euros.", 15, 18, "="),
    ],
)
def test_ranges(text: str, low: float, high: float, op: str) -> None:
    """Two numbers joined by a dash, "to" or "between ... and" make one range with no single value."""
    m = only(text)
    assert (m.value, m.low, m.high, m.op) == (None, low, high, op)


@pytest.mark.parametrize(
    ("text", "op", "unit"),
    [
        ("The hall seats 500 or more spectators.", ">=", "spectator"),
        ("Some 1,000-plus volunteers helped.", ">=", "volunteer"),
        ("About 2,000-odd sheep grazed there.", "~", "sheep"),
        ("He counted 40 or so boats.", "~", "boat"),
    ],
)
def test_operator_after_the_number_keeps_the_noun(text: str, op: str, unit: str) -> None:
    """An operator between the number and its noun does not hide the noun."""
    m = only(text)
    assert (m.op, m.unit) == (op, unit)


def test_tally_is_not_a_range() -> None:
    """"X to Y" with X larger is a tally: two counts, no range."""
    found = extract_counts("The council voted 31 to 12 in favour.")
    assert [(m.value, m.low, m.high) for m in found] == [(31, 31, 31), (12, 12, 12)]


def test_plus_or_minus_is_a_margin() -> None:
    """"plus or minus 3" is a positive margin."""
    assert only("The survey's margin is plus or minus 3 percentage points.").value == 3


def test_two_bounds_join_into_a_range() -> None:
    """"more than X and less than Y" is one range."""
    m = only("The group must have more than 12 and fewer than 30 members.")
    assert (m.value, m.low, m.high) == (None, 12, 30)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens of cyclists gathered.", 12, 99),
        ("Hundreds of fans waited outside.", 100, 999),
        ("Thousands of runners took part.", 1_000, 9_999),
        ("Tens of thousands of visitors came.", 10_000, 99_999),
        ("Several hundred lanterns were lit.", 200, 999),
        ("A few thousand birds nest there.", 2_000, 9_999),
        ("A handful of reporters stayed.", 2, 9),
    ],
)
def test_vague_amounts(text: str, low: float, high: float) -> None:
    """Vague amounts get a conventional interval, no value, and "~"."""
    m = only(text)
    assert (m.value, m.low, m.high, m.op) == (None, low, high, "~")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A small number of guides and 12 porters stayed behind.", [12]),
        ("An undisclosed number of engineers left the plant.", []),
        ("A large number of gulls circled the pier.", []),
    ],
)
def test_an_amount_with_no_number_gives_no_count(text: str, figures: list[float]) -> None:
    """"a small number of guides" states no figure: no count is made up for it (news count benchmarks leave such
    phrases untagged), and the figures beside it are still read."""
    assert [m.value for m in extract_counts(text)] == figures


# ---------------------------------------------------------------------------------------------------------------
# Units, money, percent, counted nouns
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "category"),
    [
        ("The grant is worth $45 million.", 45_000_000, "dollar", "money"),
        ("The city borrowed €1.2bn last spring.", 1_200_000_000, "euro", "money"),
        ("The fine was £900.", 900, "pound", "money"),
        ("They raised 3,000 dollars for the library.", 3000, "dollar", "money"),
        ("Support rose to 37 percent.", 37, "percent", "percent"),
        ("Support rose to 37%.", 37, "percent", "percent"),
        ("The trail is 14 km long.", 14, "kilometre", "other"),
        ("The parcel weighs 3kg.", 3, "kilogram", "other"),
        ("The lake is 40 metres deep.", 40, "metre", "other"),
        ("She won the 100m sprint.", 100, "metre", "other"),
        ("Some 20m people watched the final.", 20_000_000, "people", "people"),
    ],
)
def test_units(text: str, value: float, unit: str, category: str) -> None:
    """Currency signs and words, percent, and units of measure give unit and category."""
    m = only(text)
    assert (m.value, m.unit, m.category) == (value, unit, category)


@pytest.mark.parametrize(
    ("text", "unit", "modifiers", "category"),
    [
        ("The port hired 70 dock workers.", "worker", ("dock",), "people"),
        ("Nearly 3,000 Veloran soldiers crossed the river.", "soldier", ("Veloran",), "people"),
        ("Some 500 U.N. peacekeepers arrived.", "peacekeeper", ("U.N.",), "people"),
        ("The army moved 40 infantry troops north.", "troop", ("infantry",), "people"),
        ("The storm destroyed 120 houses.", "house", (), "other"),
        ("About 60 children were vaccinated.", "child", (), "people"),
        ("The unit had 300 personnel.", "personnel", (), "people"),
        ("The town lost 45 police officers.", "officer", ("police",), "people"),
        ("Fifteen hundred volunteers registered.", "volunteer", (), "people"),
        ("About 900 U.N.-led peacekeeping forces stayed.", "force", ("U.N.-led", "peacekeeping"), "people"),
        ("The island has 2,000 more residents than last year.", "resident", (), "people"),
        ("Hundreds of commuters waited on the platform.", "commuter", (), "people"),
        ("She thanked her four colleagues.", "colleague", (), "people"),
        ("The crash left nine cyclists injured.", "cyclist", (), "people"),
    ],
)
def test_counted_nouns(text: str, unit: str, modifiers: tuple[str, ...], category: str) -> None:
    """The counted noun is singular lower case; the words before it narrow it."""
    m = only(text)
    assert (m.unit, m.modifiers, m.category) == (unit, modifiers, category)
    assert m.unit_span is not None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 4,000 Veloranians crossed the border.", "veloranian"),
        ("Some 300 Sudanese were evacuated.", "sudanese"),
    ],
)
def test_capitalised_demonyms_count_people(text: str, unit: str) -> None:
    """A capitalised demonym as the counted noun counts people."""
    m = only(text)
    assert (m.unit, m.category) == (unit, "people")


def test_name_ending_in_s_is_not_a_plural() -> None:
    """A capitalised name ending in "s" is no counted noun."""
    m = only("The 3 Jones brothers opened a bakery.")
    assert m.unit == "brother"


@pytest.mark.parametrize(
    ("text", "index", "unit"),
    [
        ("The mayor counted 30 protesters; organisers said 300.", 1, "protester"),
        ("At least 9 climbers were hurt and 4 missing.", 1, "climber"),
        ("Early reports put the figure at 80 ships, later ones at 95.", 1, "ship"),
        ("Officials put the number of Veloran sailors in port at 650.", 0, "sailor"),
        ("Between 12 and 15 tents were raised.", 0, "tent"),
    ],
)
def test_elliptical_units(text: str, index: int, unit: str) -> None:
    """A bare number borrows the unit it elides from the sentence."""
    assert extract_counts(text)[index].unit == unit


@pytest.mark.parametrize(
    "text",
    ["Rescuers said 800 had fled the valley.", "Of the 90 who stayed, most were farmers.", "About 60 were injured."],
)
def test_people_verb_gives_category(text: str) -> None:
    """A bare number followed by a verb only people do (or "who") counts people even without a noun."""
    m = extract_counts(text)[0]
    assert (m.unit, m.category) == (None, "people")


# ---------------------------------------------------------------------------------------------------------------
# Context flags
# ---------------------------------------------------------------------------------------------------------------


def test_negated() -> None:
    """A negation before the count in its clause."""
    assert only("The navy has never deployed more than 40 ships abroad.").negated


def test_not_negated() -> None:
    """No negation: no flag."""
    assert not only("The navy deployed 40 ships abroad.").negated


def test_hypothetical() -> None:
    """A modal around the count."""
    assert only("The ministry could send up to 900 engineers.").hypothetical


@pytest.mark.parametrize(("text", "hypothetical"), [
    # after a reporting verb in the past, "would" is the reported "will": an expected count
    ("Officials said the new line would carry 9,000 passengers a day.", False),
    ("The ministry announced that the bridge would employ 300 workers.", False),
    # a condition, or a possibility of its own, keeps the count hypothetical
    ("Officials said the new line would carry 9,000 passengers a day if it opened on time.", True),
    ("Officials said the line could carry 9,000 passengers.", True),
    ("The new line would carry 9,000 passengers a day.", True),
])
def test_reported_would(text: str, hypothetical: bool) -> None:
    """"said ... would" reports a future count; a bare "would", "could" or a condition do not."""
    assert only(text).hypothetical is hypothetical


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The survey puts support at 41 ± 3 percent.", 38, 44),
    ("Crews counted 120 +/- 10 seals on the sandbank.", 110, 130),
])
def test_tolerance_is_an_approximate_interval(text: str, low: int, high: int) -> None:
    """"41 ± 3": the value with its stated interval, approximate."""
    m = only(text)
    assert (m.op, m.low, m.high) == ("~", low, high)


def test_quoted() -> None:
    """Inside quotation marks."""
    assert only('The captain said: "We saw 14 boats near the reef."').quoted


def test_time_of_the_sentence() -> None:
    """A year written in the count's sentence becomes its time."""
    assert only("In March 2021 the shelter housed 75 families.").time == "2021-03"


# ---------------------------------------------------------------------------------------------------------------
# Not counts
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bridge opened in 1998.",
        "She was born on 14 July.",
        "The vote is set for June 3.",
        "The meeting starts at 9:45 tomorrow.",
        "The bus left at 7 pm.",
        "A 38-year-old cyclist won the stage.",
        "The runner, aged 29, crossed first.",
        "It was the 21st edition of the fair.",
        "For details call (555) 123-4567 today.",
        "Read the rule on page 14 carefully.",
        "Section 7 covers the harbour.",
        "The model KX-500 was recalled.",
        "The 1990s were calm.",
        "Prices held from 2015 to 2019.",
        "1. Bring water.",
        "said Dana Ortiz, 52, a baker from the valley.",
        "The ferry captain, 61, stayed on the bridge.",
        "The suspects, aged 18, 21 and 24, were released.",
        "Pupils aged 11 to 14 took part.",
        "Residents aged between 30 and 50 were asked.",
        "Version 3.2 of the app is out.",
        "The lorry broke down near junction 14.",
        "The club is still the No. 1 team in the league.",
        'The post <item id="88123456"> was removed.',
        "The shop at 212 Alder Street reopened.",
        "The ferry leaves at 6 in the morning.",
        "In nineteen eighty-four the mill closed.",
        "The first offer was a generous one, too.",
    ],
)
def test_not_counts(text: str) -> None:
    """Years, dates, times, ages, ordinals, phone numbers, labels, identifiers, decades and list numbers."""
    assert extract_counts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "op"),
    [
        ("About a quarter of a million visitors came.", 250_000, "~"),
        ("Aged 30 and 40 percent of the rest stayed.", 40, "="),  # a share after an age, not an age
        ("The club, 120, is the oldest in town.", 120, "="),  # a club is no person: no age
        ("It was the third year in a row 200 workers lost their jobs.", 200, "="),  # "a row" is no label
        ("The closed zone 30 miles wide stays empty.", 30, "="),  # a measure after a label word
        ("The car stopped at exit 3.2 miles away.", 3.2, "="),
        ("Patients aged 70 and 250 staff were moved.", 250, "="),  # a count of staff after an age
        ("Guests aged 18, 21 and 300 more were seated.", 300, "="),  # no age above 120
    ],
)
def test_counts_next_to_ages_and_fractions(text: str, value: float, op: str) -> None:
    """An article before "a quarter of a million" goes with it (and so does the operator before the article); a
    number after an age or a noun that is not a person is still read."""
    found = [m for m in extract_counts(text) if m.value == value]
    assert [(m.value, m.op) for m in found] == [(value, op)]


def test_year_followed_by_a_noun_is_a_count() -> None:
    """A four-digit number followed by what it counts is a count, not a year."""
    m = only("The festival sold 1500 tickets.")
    assert (m.value, m.unit) == (1500, "ticket")


# ---------------------------------------------------------------------------------------------------------------
# The hook
# ---------------------------------------------------------------------------------------------------------------


def test_hook_reads_text_and_title() -> None:
    """The hook returns counts from the body and the headline, with the title's field set."""
    doc = Document(id="d1", text="The port hired 70 workers.", title="Port hires 70 workers")
    found = claimkit_extract(doc)
    assert [m.field for m in found] == ["text", "title"]
    for m in found:
        source = doc.field_text(m.field)
        assert source[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The council set aside $\n40 million for roads.", "dollar"),
        ("The council set aside US$ 40 million for roads.", "dollar"),
        ("The council set aside EUR  40 million for roads.", "euro"),
        ("The council set aside the 40 million for roads.", None),
    ],
)
def test_currency_sign_before_the_number(text: str, unit: str | None) -> None:
    """A currency sign or code stands before the number, after up to two spaces or a line break."""
    (m,) = extract_counts(text)
    assert m.value == 40_000_000
    assert m.unit == unit
