"""Word tables for reading counts: number words, scales, operators, vague amounts, units, currencies, people nouns.

Everything here is ordinary English (or a standard abbreviation); nothing is keyed to a particular text. Tables are
plain dicts and frozensets so they read like a dictionary and can be extended without touching the parser.
"""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------------------------------

#: Cardinal words below twenty.
ONES: Final[dict[str, int]] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

#: Multiples of ten.
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}

#: Words that multiply what precedes them ("three hundred", "1.5 million", "13 lakh").
SCALES: Final[dict[str, int]] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lac": 100_000, "crore": 10_000_000,
    "dozen": 12, "dz": 12, "doz": 12, "score": 20,
}

#: Letter multipliers written straight after digits ("12k", "€2bn", "10M"); case matters for "M"/"m".
SUFFIX_MULTIPLIERS: Final[dict[str, int]] = {
    "k": 1_000, "K": 1_000, "M": 1_000_000, "MM": 1_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "mil": 1_000_000, "B": 1_000_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
    "G": 1_000_000_000, "T": 1_000_000_000_000, "tn": 1_000_000_000_000, "tln": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}

#: Multipliers that may also stand after a space ("2.33 k", "10 bln"); the rest are read only when attached.
SPACED_MULTIPLIERS: Final = frozenset({"k", "K", "M", "MM", "mn", "mln", "mil", "bn", "bln", "G", "tn", "tln", "trn"})

#: Multipliers that mean "million" only next to a currency ("$10m"), else metres ("a 100m race").
MONEY_ONLY_MULTIPLIERS: Final = frozenset({"m"})

#: Denominator words of spelled fractions (singular and plural forms).
FRACTIONS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "sixteenth": 16,
    "sixteenths": 16, "twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30, "hundredth": 100,
    "hundredths": 100, "thousandth": 1_000, "thousandths": 1_000, "millionth": 1_000_000,
    "millionths": 1_000_000, "billionth": 1_000_000_000, "billionths": 1_000_000_000,
    "trillionth": 1_000_000_000_000, "trillionths": 1_000_000_000_000,
}

#: Unicode vulgar fractions.
VULGAR_FRACTIONS: Final[dict[str, float]] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10,
}

#: Words that make the following number negative.
NEGATIVE_WORDS: Final = frozenset({"minus", "negative"})

# ---------------------------------------------------------------------------------------------------------------
# Operators and vague amounts
# ---------------------------------------------------------------------------------------------------------------

#: Phrases before a number and the operator they give it (longest phrases win where they overlap).
PREFIX_OPERATORS: Final[dict[str, str]] = {
    # approximate
    "about": "~", "around": "~", "approximately": "~", "approx.": "~", "approx": "~", "roughly": "~",
    "some": "~", "an estimated": "~", "estimated": "~", "est.": "~", "circa": "~", "c.": "~", "close to": "~",
    "in the region of": "~", "on the order of": "~", "in the order of": "~", "somewhere around": "~",
    "an approximate": "~", "a rough": "~", "some estimated": "~", "perhaps": "~", "about some": "~",
    "estimated at": "~", "put at": "~", "closer to": "~", "nearer to": "~",
    # lower bounds, exclusive
    "more than": ">", "over": ">", "above": ">", "greater than": ">", "larger than": ">", "bigger than": ">",
    "higher than": ">", "exceeding": ">", "exceed": ">", "exceeds": ">", "exceeded": ">", "surpass": ">",
    "surpassing": ">", "surpasses": ">", "surpassed": ">", "in excess of": ">", "upwards of": ">",
    "upward of": ">", "well over": ">", "just over": ">", "well above": ">", "just above": ">",
    "more then": ">", "north of": ">", "topping": ">", ">": ">",
    # lower bounds, inclusive
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "not fewer than": ">=", "not less than": ">=",
    "a minimum of": ">=", "minimum of": ">=", "as few as": ">=", "at the very least": ">=", ">=": ">=",
    "> =": ">=", "≥": ">=", "greater than or equal to": ">=", "more than or equal to": ">=",
    "higher than or equal to": ">=", "bigger than or equal to": ">=", "larger than or equal to": ">=",
    "greater or equal than": ">=", "greater or equal to": ">=", "bigger or equal than": ">=",
    "bigger or equal to": ">=", "higher or equal than": ">=", "higher or equal to": ">=",
    "larger or equal than": ">=", "larger or equal to": ">=", "more or equal than": ">=", "equal to or more than": ">=",
    "equal to or greater than": ">=", "equal or greater than": ">=", "equal or more than": ">=",
    "at least or equal to": ">=",
    # upper bounds, exclusive
    "fewer than": "<", "less than": "<", "under": "<", "below": "<", "nearly": "<", "almost": "<",
    "smaller than": "<", "lower than": "<", "just under": "<", "just below": "<", "well under": "<",
    "well below": "<", "short of": "<", "just short of": "<", "not quite": "<", "<": "<",
    # upper bounds, inclusive
    "up to": "<=", "as many as": "<=", "as much as": "<=", "at most": "<=", "no more than": "<=",
    "not more than": "<=", "a maximum of": "<=", "maximum of": "<=", "at the most": "<=", "no greater than": "<=",
    "not exceeding": "<=", "<=": "<=", "< =": "<=", "≤": "<=", "less than or equal to": "<=",
    "fewer than or equal to": "<=", "smaller than or equal to": "<=", "lower than or equal to": "<=",
    "less or equal than": "<=", "less or equal to": "<=", "smaller or equal than": "<=", "smaller or equal to": "<=",
    "lower or equal than": "<=", "lower or equal to": "<=", "equal to or less than": "<=",
    "equal to or fewer than": "<=", "equal or less than": "<=", "no higher than": "<=",
    # exact
    "equal to": "=", "equals": "=", "equals to": "=", "equaling": "=", "equaling to": "=", "equalling": "=",
    "equalling to": "=", "exactly": "=", "precisely": "=", "a total of": "=", "=": "=",
}

#: Phrases after a number that turn it into a bound ("500 or more", "200 or greater than").
SUFFIX_OPERATORS: Final[dict[str, str]] = {
    "or more": ">=", "and more": ">=", "or greater": ">=", "or greater than": ">=", "or higher": ">=",
    "or above": ">=", "or over": ">=", "and above": ">=", "and over": ">=", "and up": ">=", "plus": ">=",
    "or more than": ">=", "or equal": "=", "or less": "<=", "or fewer": "<=", "and less": "<=", "and fewer": "<=",
    "or lower": "<=", "or below": "<=", "or under": "<=", "and below": "<=", "and under": "<=",
    "or less than": "<=", "or smaller": "<=", "or so": "~", "odd": "~", "or thereabouts": "~",
}

#: A bound followed by "or equal (to)" becomes inclusive.
INCLUSIVE: Final = {">": ">=", "<": "<=", "=": "=", ">=": ">=", "<=": "<=", "~": "~"}

#: Connectors between the two ends of a range; "and" only after "between".
RANGE_CONNECTORS: Final = frozenset({"-", "–", "—", "~", "to", "through", "thru"})

#: Vague amounts without a number: (low, high) of the conventional interval.
VAGUE_AMOUNTS: Final[dict[str, tuple[int, int]]] = {
    "a handful": (2, 9), "handful": (2, 9), "a couple": (2, 3), "a few": (2, 9), "several": (2, 9),
    "dozens": (12, 99), "scores": (20, 99), "hundreds": (100, 999), "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999), "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, 9_999_999), "tens of millions": (10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 999_999_999), "billions": (1_000_000_000, 9_999_999_999),
    "tens of billions": (10_000_000_000, 99_999_999_999),
    "hundreds of billions": (100_000_000_000, 999_999_999_999),
}

#: "several thousand", "a few hundred": the vague word times a scale.
VAGUE_MULTIPLES: Final[dict[str, tuple[int, int]]] = {
    "several": (2, 9), "a few": (2, 9), "a couple of": (2, 2), "a couple": (2, 2), "some": (2, 9),
    "many": (2, 9), "a handful of": (2, 9),
}

# ---------------------------------------------------------------------------------------------------------------
# Units: currencies, percent, measures
# ---------------------------------------------------------------------------------------------------------------

#: Currency signs and codes written before the number.
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "$": "dollar", "US$": "dollar", "dlrs": "dollar", "dlr": "dollar", "U.S.$": "dollar", "USD": "dollar",
    "A$": "dollar", "AU$": "dollar",
    "C$": "dollar", "CA$": "dollar", "NZ$": "dollar", "HK$": "dollar", "S$": "dollar", "€": "euro", "EUR": "euro",
    "£": "pound", "GBP": "pound", "¥": "yen", "JPY": "yen", "CNY": "yuan", "RMB": "yuan", "₹": "rupee",
    "INR": "rupee", "Rs": "rupee", "Rs.": "rupee", "₽": "ruble", "RUB": "ruble", "₩": "won", "KRW": "won",
    "CHF": "franc", "SEK": "krona", "NOK": "krone", "DKK": "krone", "₺": "lira", "TRY": "lira", "₪": "shekel",
    "ILS": "shekel", "R$": "real", "BRL": "real", "₦": "naira", "ZAR": "rand", "₱": "peso", "MXN": "peso",
    "Sh": "shilling", "KSh": "shilling", "Ksh": "shilling", "KES": "shilling", "UGX": "shilling", "TZS": "shilling",
    "NGN": "naira", "PKR": "rupee",
}

#: Currency signs and codes written after the number ("15€", "2mil SEK").
CURRENCY_SUFFIXES: Final[dict[str, str]] = {
    "€": "euro", "$": "dollar", "£": "pound", "¥": "yen", "USD": "dollar", "EUR": "euro", "GBP": "pound",
    "JPY": "yen", "CNY": "yuan", "RMB": "yuan", "INR": "rupee", "CHF": "franc", "SEK": "krona", "NOK": "krone",
    "DKK": "krone", "RUB": "ruble", "ZAR": "rand", "BRL": "real", "MXN": "peso",
}

#: Currency nouns (singular) after the number ("10 000 dollars", "3 dimes").
CURRENCY_NOUNS: Final = frozenset({
    "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "cent", "penny", "pence", "dime", "nickel",
    "quarter-dollar", "franc", "mark", "ruble", "rouble", "peso", "real", "rand", "naira", "shilling", "dinar",
    "dirham", "riyal", "rial", "shekel", "lira", "krona", "krone", "kronor", "kroner", "ringgit", "baht", "rupiah",
    "hryvnia", "zloty", "forint", "lei", "leu", "taka", "kwacha", "cedi", "birr", "bitcoin", "sterling", "buck",
})

#: Percent signs and words; value: the unit written out.
PERCENT_WORDS: Final[dict[str, str]] = {
    "%": "percent", "percent": "percent", "percents": "percent", "per cent": "percent", "per-cent": "percent",
    "percentage": "percent", "pct": "percent", "percentage point": "percentage point",
    "percentage points": "percentage point", "basis point": "basis point", "basis points": "basis point",
}

#: Abbreviated units of measure (case-sensitive) and their full singular names.
MEASURE_ABBREVIATIONS: Final[dict[str, str]] = {
    "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre", "nm": "nanometre", "µm": "micrometre",
    "mi": "mile", "ft": "foot", "yd": "yard", "kg": "kilogram", "g": "gram", "mg": "milligram", "µg": "microgram",
    "lb": "pound-mass", "lbs": "pound-mass", "oz": "ounce", "t": "tonne", "kt": "kilotonne", "Mt": "megatonne",
    "l": "litre", "L": "litre", "tbsp": "tablespoon", "tsp": "teaspoon", "ml": "millilitre", "mL": "millilitre",
    "cl": "centilitre", "dl": "decilitre",
    "gal": "gallon", "bbl": "barrel", "sec": "second", "min": "minute", "mins": "minute", "h": "hour",
    "hr": "hour", "hrs": "hour", "yr": "year", "yrs": "year", "ms": "millisecond", "°C": "degree celsius",
    "°F": "degree fahrenheit", "° C": "degree celsius", "° F": "degree fahrenheit", "ºC": "degree celsius",
    "ºF": "degree fahrenheit", "°": "degree", "eV": "electronvolt", "keV": "kiloelectronvolt",
    "MeV": "megaelectronvolt", "GeV": "gigaelectronvolt", "TeV": "teraelectronvolt", "W": "watt", "kW": "kilowatt",
    "MW": "megawatt", "GW": "gigawatt", "Wh": "watt hour", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "GWh": "gigawatt hour", "TWh": "terawatt hour", "J": "joule", "kJ": "kilojoule", "MJ": "megajoule",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz", "V": "volt", "kV": "kilovolt",
    "A": "ampere", "mA": "milliampere", "KB": "kilobyte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte",
    "TB": "terabyte", "PB": "petabyte", "EB": "exabyte", "Mbps": "megabit per second",
    "Gbps": "gigabit per second", "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "m/s": "metre per second", "ha": "hectare", "km2": "square kilometre", "km²": "square kilometre",
    "m2": "square metre", "m²": "square metre", "km^2": "square kilometre", "km^3": "cubic kilometre",
    "m^2": "square metre", "m^3": "cubic metre", "m3": "cubic metre", "m³": "cubic metre", "cc": "cubic centimetre",
    "sq mi": "square mile", "sq km": "square kilometre", "sq ft": "square foot", "sq m": "square metre",
    "kcal": "kilocalorie", "cal": "calorie", "Pa": "pascal", "kPa": "kilopascal", "hPa": "hectopascal",
    "psi": "pound per square inch", "dB": "decibel", "mGy": "milligray", "Gy": "gray", "mSv": "millisievert",
    "Sv": "sievert", "Bq": "becquerel", "kn": "knot", "Ma": "megayear", "Ga": "gigayear", "bpd": "barrel per day",
}

#: Full unit-of-measure words whose spelling is normalised ("meters" -> "metre").
SPELLING: Final[dict[str, str]] = {
    "meter": "metre", "kilometer": "kilometre", "centimeter": "centimetre", "millimeter": "millimetre",
    "nanometer": "nanometre", "micrometer": "micrometre", "liter": "litre", "milliliter": "millilitre",
    "centiliter": "centilitre", "deciliter": "decilitre", "kilo": "kilogram", "metres": "metre",
}

#: Singular units of measure and time (lets a singular noun after a number count as its unit).
MEASURE_NOUNS: Final = frozenset({
    "metre", "kilometre", "centimetre", "millimetre", "nanometre", "micrometre", "mile", "foot", "inch", "yard",
    "gram", "kilogram", "milligram", "tonne", "ton", "ounce", "litre", "millilitre", "gallon", "barrel", "cup",
    "tablespoon", "teaspoon", "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
    "century", "millennium", "acre", "hectare", "degree", "kelvin", "watt", "kilowatt", "megawatt", "gigawatt",
    "volt", "joule", "hertz", "byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "exabyte", "bit", "knot",
    "calorie", "kilocalorie", "pint", "quart", "carat", "mph", "point", "time", "storey", "story", "lap", "km",
    "kibibyte", "bushel", "cubit", "league", "furlong", "fathom", "nautical mile",
})

#: Time units: a count of these reads as a duration ("three days").
TIME_UNITS: Final = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                               "century"})
#: Words that make a time unit in the singular right after a count a time adjunct, not what is counted ("up from 5,000
#: last year", "450 next month", "700 the previous week"): the count's noun is elided and borrowed from an earlier one.
TIME_DEICTICS: Final = frozenset({"last", "next", "past", "coming", "previous", "following", "this", "same"})
#: Adverbs of time that may follow a count whose noun is elided ("the union said 400 yesterday").
TIME_ADVERBS: Final = frozenset({"yesterday", "today", "tonight", "tomorrow"})
#: Words before "May" that make it the month ("since May", "in early May"); after anything else, and before no day
#: number or year, it is the verb ("Firm May Hire 300", "May 300 workers stay?").
MONTH_MAY_BEFORE: Final = frozenset({
    "in", "since", "by", "until", "till", "from", "through", "of", "early", "mid", "late", "last", "next", "this",
    "during", "before", "after", "to", "between",
})

#: Units that may follow "per" or "/" to make a rate ("$15/hour", "4,500 barrels per day").
RATE_DENOMINATORS: Final[dict[str, str]] = {
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "week": "week", "month": "month", "year": "year",
    "annum": "year", "minute": "minute", "min": "minute", "second": "second", "s": "second", "sec": "second",
    "kg": "kilogram", "kilogram": "kilogram", "kilo": "kilogram", "ton": "ton", "tonne": "tonne", "pound": "pound",
    "lb": "pound", "litre": "litre", "liter": "litre", "l": "litre", "gallon": "gallon", "barrel": "barrel",
    "km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "mile": "mile", "m": "metre",
    "metre": "metre", "meter": "metre", "share": "share", "person": "person", "head": "head", "capita": "capita",
    "ounce": "ounce", "oz": "ounce", "unit": "unit", "night": "night", "visit": "visit", "vote": "vote",
    "square metre": "square metre", "square foot": "square foot", "sq ft": "square foot", "kwh": "kilowatt hour",
}

# ---------------------------------------------------------------------------------------------------------------
# Counted nouns
# ---------------------------------------------------------------------------------------------------------------

#: Nouns for people (singular); a count of these is category "people".
PERSON_NOUNS: Final = frozenset("""
people person individual resident inhabitant civilian citizen villager townspeople refugee migrant immigrant
emigrant evacuee returnee asylum-seeker seeker displaced homeless child kid adult woman man boy girl baby infant
toddler teenager teen youth student pupil teacher professor lecturer worker employee staff staffer member soldier
troop fighter militant rebel insurgent guerrilla jihadist combatant gunman gunmen officer police policeman
policewoman cop personnel marine sailor airman airmen servicemember serviceman servicewoman reservist conscript
recruit trainee trainer instructor adviser advisor mercenary contractor peacekeeper guard guardsman commando
paratrooper sniper veteran general colonel protester protestor demonstrator rioter activist striker marcher victim
casualty fatality patient passenger voter fan player athlete customer client user tourist visitor traveller
traveler prisoner detainee hostage inmate captive convict suspect defendant survivor farmer fisherman fishermen miner
pensioner retiree doctor physician surgeon nurse medic paramedic volunteer supporter follower journalist reporter
correspondent photographer diplomat ambassador envoy official lawmaker legislator senator representative deputy
minister delegate observer inspector monitor investigator expert scientist researcher engineer technician
mechanic pilot crew crewmember driver firefighter rescuer responder aid-worker humanitarian employee laborer
labourer shopkeeper trader merchant vendor owner landlord tenant homeowner householder parent mother father son
daughter sister brother family-member relative orphan widow pilgrim worshipper believer churchgoer spectator
attendee participant competitor runner candidate nominee applicant graduate intern apprentice resident-doctor
american european african asian briton frenchman englishman national foreigner expatriate expat settler colonist
native tribesman tribesmen villager nomad herder shepherd hunter poacher smuggler trafficker migrant-worker
militiaman militiamen warrior separatist loyalist extremist terrorist attacker assailant kidnapper abductor
looter thief robber criminal gangster gang-member defector deserter captain sergeant lieutenant corporal private
commander chief leader head manager director executive ceo founder shareholder investor taxpayer consumer
subscriber viewer listener reader author writer artist musician actor singer dancer performer
guest force democrat republican conservative liberal progressive moderate independent socialist superdelegate elector
caucusgoer donor contributor backer mayor governor congressman congresswoman councillor councilor judge justice
juror lawyer attorney prosecutor agent spy analyst economist pollster respondent interviewee householder
homeowner borrower debtor creditor retailer entrepreneur banker broker nominee appointee aide staffer assistant
spokesman spokeswoman spokesperson protestor marine airman guardsman trooper ranger pupil schoolchild
schoolchildren newborn infant elderly pensioner mourner fan supporter
catholic protestant muslim jew kurd hindu buddhist sikh christian evangelical mormon arab turk serb croat pole
swede dane finn scot brit yazidi rohingya uighur uyghur druze bedouin latino latina hispanic asian african
european indigenous aboriginal family household
commuter colleague co-worker coworker classmate teammate neighbour neighbor friend rider cyclist pedestrian motorist
shopper diner holidaymaker camper hiker climber swimmer skier recipient beneficiary claimant renter occupant
bystander onlooker witness eyewitness plaintiff litigant entrant contestant finalist organiser organizer steward
clinician dentist pharmacist therapist caseworker carer caregiver chef cook waiter cleaner porter courier builder
conductor crewman deckhand seafarer janitor lifeguard fireman detective constable gendarme infantryman rifleman
gunner warden jailer midwife caretaker dockworker steelworker
electrician plumber clerk cashier coach referee umpire scholar grandparent grandchild sibling spouse husband wife
""".split())

#: Person nouns that are mostly adjectives in the singular ("national security", "general elections", "private
#: companies"): one of these heads a phrase only in the plural or as its last word ("300 nationals", "a general").
ADJECTIVAL_PERSON_NOUNS: Final = frozenset("""
national native independent liberal conservative moderate progressive elderly indigenous private general chief head
american european african asian republican socialist representative deputy relative
""".split())

#: Collective nouns that count people without a plural "-s" ("300 personnel", "500 staff").
INVARIANT_PLURALS: Final = frozenset({
    "people", "personnel", "staff", "police", "crew", "militia", "infantry", "cavalry", "clergy", "livestock",
    "cattle", "sheep", "deer", "fish", "aircraft", "spacecraft", "series", "species", "offspring", "swine",
    "headquarters", "means",
})

#: Irregular plurals and their singulars.
IRREGULAR_PLURALS: Final[dict[str, str]] = {
    "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "halves": "half", "knives": "knife", "thieves": "thief",
    "leaves": "leaf", "wolves": "wolf", "shelves": "shelf", "loaves": "loaf", "calves": "calf", "selves": "self",
    "people": "people", "persons": "people", "person": "people", "indices": "index", "criteria": "criterion",
    "phenomena": "phenomenon", "data": "data", "media": "media", "bacteria": "bacterium", "crises": "crisis",
    "analyses": "analysis", "theses": "thesis", "gunmen": "gunman", "policemen": "policeman", "cacti": "cactus",
    "alumni": "alumnus", "fungi": "fungus", "nuclei": "nucleus", "radii": "radius", "stimuli": "stimulus",
    "oxen": "ox", "dice": "die", "buses": "bus", "gases": "gas", "viruses": "virus", "statuses": "status",
    "censuses": "census", "campuses": "campus", "bonuses": "bonus", "focuses": "focus", "lenses": "lens",
    "species": "species", "series": "series", "news": "news", "physics": "physics", "economics": "economics",
    "politics": "politics", "means": "means", "headquarters": "headquarters", "barracks": "barracks",
    "dollars": "dollar", "euros": "euro", "pesos": "peso", "pence": "pence", "pennies": "penny",
    "metres": "metre", "litres": "litre", "centuries": "century", "taxes": "tax", "boxes": "box",
    "kronor": "krona", "kroner": "krone", "inches": "inch", "hertz": "hertz", "lux": "lux",
}

#: Words before the head noun that do not narrow what is counted ("2,000 more troops" counts troops).
NON_RESTRICTIVE: Final = frozenset({
    "more", "other", "additional", "extra", "further", "new", "total", "estimated", "approximately", "about",
    "roughly", "some", "of", "the", "such", "odd", "or", "so", "plus", "fewer", "less", "different", "separate",
    "individual", "million", "billion", "thousand", "hundred", "own",
})

#: Function words, auxiliaries and pronouns (and their contractions with "is"): none of them is a counted noun, and
#: they end the noun phrase.
STOPWORDS: Final = frozenset("""
a an the this that these those it its it's they them their there here he she him her his hers we us our you your
i me my mine is are was were be been being am has have had having do does did doing done will would shall should
can could may might must ought not no nor never and or but if then than so as of in on at by for with without
from to into onto upon over under about above below between among amongst across through during before after
since until till while whereas although though because unless whether who whom whose which what when where why how
each every either neither any all both few many much most some such own same other another only just also too very
again already still yet ever even now then once twice later earlier ago per via versus vs against toward towards
around along behind beyond near inside outside within out off up down here apiece altogether respectively
including include includes included say says said told tells according reportedly allegedly approximately
roughly nearly almost more less fewer least most plus minus times percent percentage cent
that's there's what's who's he's she's here's where's that’s there’s what’s who’s he’s she’s here’s where’s it’s
""".split())

#: Verbs (and participles) that, right after a number with no noun, say it counts people ("6,000 had fled").
PEOPLE_VERBS: Final = frozenset("""
died die dead killed injured wounded hurt fled flee displaced evacuated arrested detained captured kidnapped
abducted missing rescued drowned perished starved executed murdered slain shot stabbed trapped stranded sheltered
sheltering homeless hospitalised hospitalized treated infected vaccinated voted protested marched rallied
attended gathered enrolled employed hired laid fired resigned deported repatriated resettled relocated surrendered
defected deserted returned escaped survived
""".split())

#: Verbs whose object, when it is a bare number, counts people ("the blast killed 14", "killing at least nine",
#: "police arrested 40"): only people are killed, wounded, arrested or evacuated in news counts.
PEOPLE_OBJECT_VERBS: Final = frozenset("""
kill kills killed killing injure injures injured injuring wound wounds wounded wounding hurt hurting arrest arrests
arrested arresting detain detains detained detaining abduct abducts abducted abducting kidnap kidnaps kidnapped
kidnapping evacuate evacuates evacuated evacuating rescue rescues rescued rescuing execute executes executed
executing hospitalised hospitalized deport deports deported deporting displace displaces displaced displacing
sicken sickens sickened sickening hire hires hired hiring employ employs employed employing
""".split())

#: Verbs of growth before "from X to Y": the two numbers are the old and the new figure, not a range ("turnout rose
#: from 40 to 55 percent"). Only growth: after a verb of decline the figures fall, which no range reads anyway.
INCREASE_VERBS: Final = frozenset("""
rise rises rose risen rising increase increases increased increasing grow grows grew grown growing climb climbs
climbed climbing jump jumps jumped jumping soar soars soared soaring surge surges surged surging double doubles
doubled doubling triple triples tripled tripling raise raises raised raising boost boosts boosted boosting
expand expands expanded expanding swell swells swelled swollen swelling hike hikes hiked hiking lift lifts lifted
lifting revise revises revised revising upgrade upgrades upgraded upgrading
""".split())

#: Verbs that stand capitalised before a number in a headline ("Quake Kills 40", "Council Cuts 300 Jobs"): a count,
#: where a capitalised word before a number is otherwise a name ("Boeing 737", "Apollo 11").
HEADLINE_VERBS: Final = frozenset("""
cut cuts send sends leave leaves add adds lose loses hire hires fire fires shed sheds axe axes slash slashes win wins
get gets hit hits top tops pass passes reach reaches near nears exceed exceeds claim claims free frees deploy deploys
save saves need needs seek seeks offer offers pay pays owe owes fine fines jail jails ban bans sack sacks sue sues
buy buys sell sells spend spends pledge pledges give gives take takes draw draws expect expects warn warns kill kills
injure injures wound wounds arrest arrests detain detains evacuate evacuates rescue rescues strand strands displace
displaces recall recalls bar bars deport deports charge charges convict convicts sentence sentences
""".split())

#: Auxiliaries that may stand between such a number and its verb ("6,000 had fled", "12 were hurt").
AUXILIARIES: Final = frozenset({"had", "have", "has", "were", "was", "are", "is", "been", "be", "being", "got",
                                "have been", "had been", "were being", "reportedly", "also", "later", "since", "all"})

# ---------------------------------------------------------------------------------------------------------------
# Not counts
# ---------------------------------------------------------------------------------------------------------------

#: Words before a number that make it a label, not a count ("page 12", "Section 3", "No. 5", "Flight 370").
LABEL_WORDS: Final = frozenset("""
page pages p. pp. section sections sec. chapter chapters ch. article articles art. paragraph paragraphs para.
clause clauses no. nos. number num. # item items figure fig. table tab. vol. volume volumes verse verses line lines
room rooms flight flights route routes highway interstate platform gate gates level grade grades episode episodes
season part parts phase question questions rule rules resolution amendment exhibit appendix annex category
class division district ward precinct block lot building floor apartment apt. suite box pier terminal channel
channels bus track tracks lane road street st. avenue ave. model version v. ver. release issue issues edition
unit code codes ref. reference id batch serial step steps stage stages round heat game match week day act scene
psalm psalms proposition prop. bill bills hr h.r. s. docket term ext. junction exit berth bay zone sector row seat
aisle cell locker
""".split())

#: Month names and abbreviations: a number beside one is a day or a year.
MONTHS: Final = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
""".split())

#: Words that put a count in a hypothetical or conditional frame.
HYPOTHETICAL_CUES: Final = frozenset("""
could would might may if unless should whether hypothetically potentially possibly possible proposed proposal
plans plan planned planning consider considering considered envisage envisages envisaged contemplate
contemplating contemplated threatened threatens threaten option options scenario scenarios
""".split())

#: The nouns among those cues: before a count they may frame it ("the plan calls for 3,000 homes"), after it they are
#: mostly what the count's clause is about ("60 percent of residents oppose the plan"), so they frame only from before.
HYPOTHETICAL_NOUNS: Final = frozenset({"plan", "plans", "proposal", "option", "options", "scenario", "scenarios"})

#: Reporting verbs in the past before which "would" is the reported "will" ("the board said the merger would affect
#: 410 pupils"): a report of a future count, not a hypothetical one, unless "if" or "unless" sets a condition.
REPORTED_FUTURE_VERBS: Final = frozenset("""
said told announced estimated predicted expected forecast projected warned added stated reported claimed
believed thought insisted confirmed promised pledged argued noted wrote explained indicated acknowledged
""".split())

#: Words that deny what follows in their clause.
NEGATION_CUES: Final = frozenset({"not", "never", "no", "n't", "neither", "nor", "none", "denied", "denies", "deny",
                                  "denying", "without", "cannot", "nobody", "nothing", "rejected", "rejects",
                                  "dismissed"})

#: Sentence-initial words that are not names ("In 2004", "About 200"): never make a label out of a number.
CAPITALISED_FUNCTION_WORDS: Final = frozenset("""
in on at by for with from to of and or but the a an some about around nearly almost over under more fewer less
between up as at only just roughly approximately another all some estimated officials police it they we he she
""".split())
