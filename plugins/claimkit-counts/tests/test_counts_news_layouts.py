"""News layouts of counts: partitives ("300 of the workers"), bare objects of verbs that only people undergo
("killed 14"), elided "others", "the toll", old and new figures after a verb of growth ("rose from 20% to 25%"), the
base of a rate ("per 100,000 people"), possessives, adjectives that are also person nouns ("national security"), and
a year before a comma dating its sentence ("In 2025, 3,100 people applied")."""

from __future__ import annotations

import pytest
from claimkit_counts import extract_counts


def _by_text(text: str) -> dict[str, tuple[str | None, str]]:
    return {m.text: (m.unit, m.category) for m in extract_counts(text)}


@pytest.mark.parametrize(("text", "number", "unit", "category"), [
    ("Managers laid off 300 of the workers at the Kelso mill.", "300", "worker", "people"),
    ("Roughly 40 of our staff were detained at the border.", "Roughly 40", "staff", "people"),
    ("Rebels freed twelve of the hostages on Sunday.", "twelve", "hostage", "people"),
    ("The board approved 9 of those projects.", "9", "project", "other"),
    # a possessive after the determiner belongs to it
    ("The mayor won 66 of the county's delegates.", "66", "delegate", "people"),
    ("Dozens of the town’s nurses walked out.", "Dozens", "nurse", "people"),
    # a count right after the determiner lends its noun
    ("Nine of the 14 victims were children.", "Nine", "victim", "people"),
    ("Ada Moor won at least 17 of the 23 delegates on offer.", "at least 17", "delegate", "people"),
    ("The party lost three of the previous four contests.", "three", "contest", "other"),
])
def test_a_partitive_names_what_is_counted(text: str, number: str, unit: str, category: str) -> None:
    assert _by_text(text)[number] == (unit, category)


@pytest.mark.parametrize(("text", "number"), [
    ("Two-thirds of the 900 residents left before the storm.", "Two-thirds"),  # a fraction is a share
    ("Seven in 10 of their votes came from the cities.", "10"),  # a proportion
])
def test_a_share_takes_no_partitive_noun(text: str, number: str) -> None:
    assert _by_text(text)[number][0] is None


@pytest.mark.parametrize(("text", "number"), [
    ("The attack killed 14 and injured 38.", "14"),
    ("The attack killed 14 and injured 38.", "38"),
    ("A truck bomb in Pell kills at least 80.", "at least 80"),
    ("Gunmen opened fire on the market, killing 15.", "15"),
    ("Police arrested 40 after the match.", "40"),
    ("The firm hired 40 last year.", "40"),
    ("The army was accused of deporting thousands.", "thousands"),
])
def test_a_bare_object_of_a_casualty_verb_counts_people(text: str, number: str) -> None:
    assert _by_text(text)[number] == (None, "people")


@pytest.mark.parametrize(("text", "number", "unit"), [
    # a count of people borrows only a noun for people
    ("Rebels seized 3 towns, killing 14.", "14", None),
    ("Police towed 12 trucks; 6,000 had fled by then.", "6,000", None),
    ("Rebels seized 3 towns and 40 soldiers, killing 14.", "14", "soldier"),
])
def test_a_count_of_people_borrows_a_person_noun(text: str, number: str, unit: str | None) -> None:
    assert _by_text(text)[number] == (unit, "people")


@pytest.mark.parametrize(("text", "number", "unit", "category"), [
    ("Gunmen killed 14 people and injured 38 others.", "38", "people", "people"),
    ("Police detained 12 protesters and questioned 30 others.", "30", "protester", "people"),
    ("A bomb went off in a market. More than a dozen others were shot.", "More than a dozen", None, "people"),
])
def test_others_elides_the_noun(text: str, number: str, unit: str | None, category: str) -> None:
    assert _by_text(text)[number] == (unit, category)


@pytest.mark.parametrize(("text", "category"), [
    ("The toll from the collapse has risen to 41.", "people"),
    ("The toll rose to 23 on Tuesday.", "people"),
    # the idiom is no tally
    ("The strikes have taken their toll on 40 firms and 12 more.", "other"),
])
def test_the_toll_is_a_tally_of_people(text: str, category: str) -> None:
    assert extract_counts(text)[-1].category == category


@pytest.mark.parametrize(("text", "counts"), [
    ("The tax rises from 20% to 25% next year.", [(20, "percent"), (25, "percent")]),
    ("Turnout rose sharply from 48 to 61 percent.", [(48, "percent"), (61, "percent")]),
    ("The garrison grew from 200 to 350 troops.", [(200, "troop"), (350, "troop")]),
    ("Fares were raised from $2 to $3.", [(2, "dollar"), (3, "dollar")]),
])
def test_a_verb_of_growth_gives_old_and_new_figures(text: str, counts: list[tuple[int, str]]) -> None:
    assert [(m.value, m.unit) for m in extract_counts(text)] == counts


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Estimates range from 200 to 350 troops.", 200, 350),
    ("Wages at the depot range from $12 to $19 an hour.", 12, 19),
    # after a verb of decline, "from 44 to 50" can only be a range
    ("The ration was changed from 30 mg to 45 mg.", 30, 45),
])
def test_other_from_to_stays_a_range(text: str, low: int, high: int) -> None:
    (m,) = extract_counts(text)
    assert (m.value, m.low, m.high) == (None, low, high)


@pytest.mark.parametrize(("text", "values"), [
    ("The crime rate is 12 per 100,000 people.", [12]),
    ("The mortality rate was 4 deaths per 1,000 patients.", [4]),
    ("Gas traded at $3.41 per thousand cubic feet.", [3.41]),
])
def test_the_base_of_a_rate_is_no_count(text: str, values: list[float]) -> None:
    assert [m.value for m in extract_counts(text)] == values


@pytest.mark.parametrize(("text", "unit", "category"), [
    ("Do you want a firm reading 1.5 billion people's posts?", "people", "people"),
    ("The paper told of one man’s lonely death.", "man", "people"),
    ("A panel of 32 national security experts met.", "expert", "people"),
    ("The region gained 2 million new factory jobs.", "job", "other"),
    ("Three rural farming groups paid for billboard ads.", "group", "other"),
    ("The embassy evacuated 300 nationals.", "national", "people"),
])
def test_possessives_and_adjectival_person_nouns(text: str, unit: str, category: str) -> None:
    (m,) = extract_counts(text)
    assert (m.unit, m.category) == (unit, category)


@pytest.mark.parametrize(("text", "time"), [
    ("In 2025, 3,100 people applied.", "2025"),
    ("By 2030, the town will need 400 more teachers.", "2030"),
    ("Some 40 people were hurt.", None),
])
def test_a_year_before_a_comma_dates_the_sentence(text: str, time: str | None) -> None:
    assert extract_counts(text)[-1].time == time


@pytest.mark.parametrize(("text", "unit", "category"), [
    ("The 500-bed hospital was evacuated.", "bed", "other"),
    ("Voters filled the 3,000-seat arena.", "seat", "other"),
    ("She wrote a 104-page report.", "page", "other"),
    ("A 5,000-strong force was sent to the border.", "force", "people"),
    ("The 3,000-strong workforce will shrink.", "workforce", "people"),
    # adjectives glued to a number name no unit
    ("The flag shows a six-pointed star.", None, "other"),
    ("The film gives a three-dimensional view.", None, "other"),
])
def test_a_word_glued_by_a_hyphen_is_the_unit(text: str, unit: str | None, category: str) -> None:
    (m,) = extract_counts(text)
    assert (m.unit, m.category) == (unit, category)


@pytest.mark.parametrize("text", [
    "She hoped for a third-place result in the relay.",
    "She backed a third-party candidate.",
    "The teacher of an eighth-grader spoke.",
])
def test_an_ordinal_glued_to_a_word_is_no_share(text: str) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The budget rose to Sh2.3 billion.", "shilling", 2_300_000_000),
    ("The scheme cost Rs500 crore.", "rupee", 5_000_000_000),
    ("It cost KSh 400 million.", "shilling", 400_000_000),
])
def test_a_currency_code_glued_to_the_digits(text: str, unit: str, value: int) -> None:
    (m,) = extract_counts(text)
    assert (m.unit, m.category, m.value) == (unit, "money", value)


@pytest.mark.parametrize(("text", "unit"), [
    ("Some 300 displaced Kestrian families returned home.", "family"),
    ("Police said 2,000 registered voters were turned away.", "voter"),
    ("At least four classified Pell files were leaked.", "file"),
])
def test_a_participle_modifies_a_later_plural(text: str, unit: str) -> None:
    assert extract_counts(text)[0].unit == unit


@pytest.mark.parametrize(("text", "negated"), [
    ("Although no one was hurt, 30 homes were damaged.", False),
    ("The firm, which did not comment, laid off 120 workers.", False),
    ("Police reported no arrests, although 55 people were fined.", False),
    ("Norland has never posted more than 700 sailors overseas.", True),
    ("Police did not arrest 40 people.", True),
    # a list of counts stays in the negated clause
    ("The town is not taking 100, 200 or 250 refugees.", True),
    ("The army has not sent 300 troops, 200 tanks or 40 jets.", True),
])
def test_a_negation_in_a_clause_closed_by_a_comma(text: str, negated: bool) -> None:
    assert extract_counts(text)[-1].negated is negated


@pytest.mark.parametrize(("text", "hypothetical"), [
    ("About 60 percent of residents oppose the plan.", False),
    ("About 40 rabbis said that they plan to attend.", False),
    ("Cross was left with only two options.", False),
    # the count's own noun phrase ends in the plan or proposal: a proposed figure
    ("The mayor unveiled a $275 million transit proposal.", True),
    ("The party backs a five-year spending plan.", True),
    ("The plan calls for 3,000 new homes.", True),
])
def test_a_plan_after_a_count_frames_only_its_own_phrase(text: str, hypothetical: bool) -> None:
    assert extract_counts(text)[0].hypothetical is hypothetical


@pytest.mark.parametrize(("text", "number"), [
    ("Ferry fire: 3 missing, 57 rescued", "3"),
    ("The verdict among young voters was clear: 42% say they are liberal.", "42%"),
    ("Poll: 3 battleground races are tight", "3"),
])
def test_a_colon_and_a_space_open_a_count(text: str, number: str) -> None:
    assert number in [m.text for m in extract_counts(text)]


@pytest.mark.parametrize("text", [
    'The tweet-id="7202" was removed.',
    "This video is restricted, error code: 17.",
    "The field was set to ratio:3 in the file.",
])
def test_markup_after_a_colon_or_a_code_is_no_count(text: str) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("Questions 3 and 4 were left unanswered.", []),
    ("Articles 5 and 6 of the treaty apply.", []),
    ("Sections 12 through 14 were repealed.", []),
    ("See pages 4, 7 and 9 of the report.", []),
    # a counted noun after the listed number makes it a count
    ("Room 101 and 40 people were searched.", ["40"]),
])
def test_numbers_listed_after_a_label_are_labels(text: str, numbers: list[str]) -> None:
    assert [m.text for m in extract_counts(text)] == numbers


def test_closer_to_is_approximate() -> None:
    (m,) = extract_counts("Rights groups said the number was closer to 140.")
    assert (m.text, m.op, m.value) == ("closer to 140", "~", 140)


@pytest.mark.parametrize(("text", "number", "unit", "category"), [
    ("Quake Kills 40 in Northern Kestria", "40", None, "people"),
    ("Police Arrest 17 After Night of Clashes", "17", None, "people"),
    ("Pell Council Cuts 300 Jobs", "300", "job", "other"),
    ("Storm Cuts Power to 80,000 Homes", "80,000", "home", "other"),
    ("Windows 11 Adds 3 New Features", "11", None, "other"),
    ("Bus Crash Injures 23 Schoolchildren", "23", "schoolchild", "people"),
    ("Veloria Pledges $2 Billion for Reconstruction", "$2 Billion", "dollar", "money"),
])
def test_a_headline_in_title_case(text: str, number: str, unit: str | None, category: str) -> None:
    assert _by_text(text)[number] == (unit, category)


@pytest.mark.parametrize(("text", "numbers"), [
    # a capitalised name before a number is still a label in a headline, unless it is a verb
    ("Airline Grounds Its Boeing 737 Fleet", []),
    ("The airline grounded its Boeing 737 fleet.", []),
    # capitalised words in a sentence are names, and a year is no count of them
    ("The 2016 Dems met in Pell.", []),
    ("Lind visited 3 Cuban towns.", ["3"]),
])
def test_names_before_and_after_numbers(text: str, numbers: list[str]) -> None:
    assert [m.text for m in extract_counts(text)] == numbers


@pytest.mark.parametrize(("text", "unit"), [
    ("Lind left nine grandchildren.", "grandchild"),
    ("Some 20 schoolchildren were hurt.", "schoolchild"),
])
def test_children_compounds_are_singular(text: str, unit: str) -> None:
    assert extract_counts(text)[0].unit == unit
