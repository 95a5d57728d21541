"""Word tables for temporal expressions: months, weekdays, numbers, units, seasons, parts of day, vague words.

Everything here is plain data of ordinary English words; ``patterns.py`` turns the tables into regular expressions
and ``normalize.py`` looks words up in them. Keys are lower case.
"""

from __future__ import annotations

#: Month names and their usual news abbreviations (with or without the period) -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: Month words that are also ordinary English words ("may", "march"): only a capitalised form counts as a month.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "dec", "jun", "jul", "sep"})

#: Weekday names -> ISO weekday, Monday = 1.
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

#: Cardinal number words -> value.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "a": 1, "an": 1, "single": 1,
}

#: Tens that combine with a unit word ("twenty-four").
TENS: tuple[str, ...] = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

#: Words for an unknown amount: the duration's number becomes ``X`` ("several years" -> PXY).
VAGUE_AMOUNTS: tuple[str, ...] = (
    "several", "a few", "few", "many", "some", "a couple of", "a couple", "couple of", "a number of", "dozens of",
    "hundreds of", "thousands of", "the last few", "numerous",
)

#: Ordinal words and suffixed numbers -> value (for "the third quarter", "the 20th century", "the first half").
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

#: Unit words (singular, plural and adjectival forms) -> TIMEX3 duration unit.
#: ``D``/``W``/``M``/``Y``/``Q``/``E`` (decade)/``C`` (century) are date units, ``H``/``MIN``/``S`` time units.
UNITS: dict[str, str] = {
    "second": "S", "seconds": "S",
    "minute": "MIN", "minutes": "MIN",
    "hour": "H", "hours": "H",
    "day": "D", "days": "D",
    "night": "D", "nights": "D",
    "week": "W", "weeks": "W",
    "weekend": "WE", "weekends": "WE",
    "fortnight": "2W", "fortnights": "2W",
    "month": "M", "months": "M",
    "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y",
    "decade": "E", "decades": "E",
    "century": "C", "centuries": "C",
    "millennium": "L", "millennia": "L",
}

#: Units as adjectives in "two-year", "10-day" (singular only): the same codes as ``UNITS``.
ADJECTIVE_UNITS: tuple[str, ...] = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
                                    "century")

#: Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

#: Parts of the day -> TIMEX3 code.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

#: Clock words -> hour of the day (TIMEX3 writes midnight as 24).
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24"}

#: Deictic day words -> offset in days from the anchor, and the part of day they imply.
DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "today": (0, None),
    "yesterday": (-1, None),
    "tomorrow": (1, None),
    "tonight": (0, "NI"),
}

#: Vague references -> TIMEX3 value (all of type DATE).
VAGUE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "once": "PAST_REF",
    "earlier": "PAST_REF",
    "in the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "a future date": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "eventually": "FUTURE_REF",
    "someday": "FUTURE_REF",
}

#: Set adverbs -> (TIMEX3 value, quantifier).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M",
    "semiannually": "P6M",
}

#: Set words that news also writes as adjectives and nouns ("its quarterly dividend", "the initial quarterly"):
#: TimeBank tags them only as adverbs ("reviewed quarterly"), so they count only where no noun follows.
ADVERB_ONLY_SETS: frozenset[str] = frozenset({"quarterly", "fortnightly"})

#: Plural words for the days of a week taken together -> the SET value of one of them.
WEEK_PART_SETS: dict[str, str] = {"weekends": "XXXX-WXX-WE", "weekdays": "XXXX-WXX-X"}

#: Modifiers written before an expression -> TIMEX3 mod.
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "the first part of": "START", "the dawn of": "START",
    "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "later": "END", "the end of": "END", "the close of": "END", "the late": "END",
    "the latter part of": "END", "the last part of": "END", "the early": "START",
}

#: Approximation and comparison words before a quantity -> TIMEX3 mod.
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "just": None, "only": None,  # type: ignore[dict-item]
}

#: Quantity modifiers that TimeML annotators keep inside the extent; "about", "over", "just" stay outside.
EXTENT_MODS: frozenset[str] = frozenset({"more than", "less than", "at least", "up to", "no more than", "nearly",
                                         "almost"})

#: Relative determiners before a unit or a named time -> direction (-1 last, 0 this, +1 next).
RELATIVE_WORDS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "this past": -1,
    "this": 0, "current": 0, "the current": 0, "this coming": 1,
    "next": 1, "coming": 1, "the coming": 1, "following": 1, "upcoming": 1, "the next": 1, "the following": 1,
}

#: Direction words after a quantity of units ("two weeks ago", "a year later") -> (direction, anchor).
#: The anchor is "published" (counted back from the publication date) or "narrative" (from the story's time).
SHIFT_WORDS: dict[str, tuple[int, str]] = {
    "ago": (-1, "published"),
    "earlier": (-1, "narrative"),
    "before": (-1, "narrative"),
    "previously": (-1, "narrative"),
    "later": (1, "narrative"),
    "after": (1, "narrative"),
    "afterward": (1, "narrative"),
    "afterwards": (1, "narrative"),
    "from now": (1, "published"),
    "hence": (1, "published"),
}

#: Holidays with a fixed month and day.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
    "christmas eve": (12, 24), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26),
}

#: Holidays on the n-th weekday of a month: name -> (month, ISO weekday, n); n = -1 is the month's last such day.
#: Election Day (the Tuesday after the first Monday of November) is the first Tuesday from November 2; Super Tuesday,
#: the day of the most primaries, the first Tuesday of March.
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
    "election day": (11, 2, 0), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "columbus day": (10, 1, 2), "super tuesday": (3, 2, 1),
}

#: Holidays counted from Easter Sunday: name -> days after it. "easter week" is the week that ends on Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "easter week": 0,
}

#: Decades as words -> first year of the decade within a century.
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}

#: The present of a verb of intent or expectation looks ahead to what it governs ("wants to open the plant in
#: January", "officials expect the bridge to reopen in April"), but not to a noun phrase with a time of its own
#: ("wants to understand Thursday's debate"). The past forms do not count: a plan told in the past ("had hoped to
#: finish in April", "planned to open in May") is as often over. ("plans to", "hopes to", "aims to", "intends to" and
#: "expects to" are among the ``FUTURE_MARKERS`` already, whatever follows.)
INTENT_MARKERS: tuple[str, ...] = (
    "want to", "wants to", "hope to", "aim to", "intend to", "seek to", "seeks to", "vow to", "vows to", "pledge to",
    "pledges to", "promise to", "promises to", "threaten to", "threatens to", "prepare to", "prepares to", "expect",
    "expects",
)

#: Nouns of prospect look ahead to what they govern ("her chances of a medal in June", "the prospect of
#: repairs in September"), from before the date only ("After Monday, her chance of a medal ..." tells
#: nothing of Monday); a past verb nearer the date still wins ("his chances faded in March").
PROSPECT_NOUNS: tuple[str, ...] = ("chance", "chances", "prospect", "prospects", "odds", "likelihood", "possibility")

#: Words that mark future reference in a clause (weekday and year choice).
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "won't", "shall", "'ll", "going to", "plans to", "plan to", "expects to", "expected to", "is to", "are to",
    "scheduled", "intends to", "to be held", "set to", "set for", "upcoming", "next", "hopes to", "aims to", "tomorrow",
    "expected", "planned", "slated", "due", "payable", "proposed", "would", "by", "effective", "soon as",
    "early as", "planning", "needs to", "need to", "let's", "let us", "is forecast", "are forecast", "is predicted",
    "are predicted", "is projected", "are projected",
    *INTENT_MARKERS, "likely to",
    *PROSPECT_NOUNS,
    # "beginning" and "starting" are left out: a span begins in the past as often ("a campaign beginning in April",
    # "the repairs were carried out starting on Sunday"); after "is"/"are" they count (see ``ARRANGEMENT_ING``).
    # The present of a scheduled event points ahead in news ("the strike begins Monday", "the museum reopens Friday",
    # "the council meets on Tuesday"); a report in the present ("says") does not, nor forms that are mostly nouns
    # ("votes", "visits") or tell of a state ("holds", "faces").
    "begins", "starts", "opens", "reopens", "closes", "ends", "resumes", "meets", "convenes", "expires",
    "takes effect", "take effect", "kicks off", "kick off", "goes to", "arrives", "departs", "leaves for",
    "heads to", "launches", "debuts", "premieres",
)

#: The present forms of a scheduled event among ``FUTURE_MARKERS`` ("the museum reopens Friday").
SCHEDULED_PRESENT: frozenset[str] = frozenset(FUTURE_MARKERS[FUTURE_MARKERS.index("begins"):]) - {
    w for w in FUTURE_MARKERS if " " in w}

#: Adverbs that make a present tense a habit rather than a schedule ("the branch usually closes at 6 p.m.",
#: "currently opens at 9 a.m."): the clock time or weekday is no day ahead.
HABITUAL_ADVERBS: frozenset[str] = frozenset({
    "usually", "normally", "typically", "generally", "always", "often", "currently", "regularly", "routinely",
    "sometimes", "rarely", "seldom", "ordinarily", "customarily",
})

#: The plural present of a scheduled event points ahead as the singular does ("the leaders meet Monday", "voters go
#: to the polls on Sunday"): base form -> the word that must follow it (None: any). A base form is also an
#: infinitive, an imperative or a noun ("to meet", "the close"), so it counts only after a plural subject (see
#: ``PLURAL_SUBJECTS``).
PLURAL_SCHEDULED_VERBS: dict[str, str | None] = {
    "begin": None, "start": None, "open": None, "reopen": None, "close": None, "end": None, "resume": None,
    "meet": None, "convene": None, "expire": None, "arrive": None, "depart": None, "return": None, "gather": None,
    "vote": None, "launch": None, "go": "to", "head": "to", "leave": "for",
}

#: Adverbs of the moment of writing: a clock time right after one, in a clause not in the past ("it is currently
#: 4 p.m."), is a time of the day of publication, not of the day the story last told.
NOW_ADVERBS: frozenset[str] = frozenset({"now", "currently", "presently"})

#: The present progressive of an arrangement points ahead ("the senator is holding a rally on Thursday", "the leaders
#: are meeting Monday"): -ing forms of verbs that news uses for plans, counted only right after "is", "are" or "am".
#: Verbs of an ongoing state or inquiry ("facing", "investigating") are left out: "police are investigating a
#: shooting on Monday" tells of a day gone by.
ARRANGEMENT_ING: tuple[str, ...] = (
    "holding", "hosting", "meeting", "visiting", "traveling", "travelling", "flying", "heading", "leaving",
    "returning", "arriving", "departing", "launching", "unveiling", "releasing", "opening", "reopening", "closing",
    "starting", "beginning", "resuming", "voting", "testifying", "debating", "campaigning", "appearing", "attending",
    "speaking", "headlining", "marrying", "retiring", "stepping",
)


#: Subjects that take a plural verb without ending in "-s".
PLURAL_SUBJECTS: frozenset[str] = frozenset({
    "they", "we", "people", "police", "men", "women", "children", "both", "all", "staff", "crew", "crews",
})

#: Words in "-s" that are no plural subject ("this", "its", "crisis", "news"); words in "-ss", "-us", "-is" and
#: "'s" are left out by their ending.
NOT_PLURAL_S: frozenset[str] = frozenset({
    "was", "has", "does", "goes", "as", "whereas", "perhaps", "always", "sometimes", "besides", "towards",
    "afterwards", "unless", "news", "series", "species", "means", "hers", "ours", "yours", "theirs", "politics",
    "economics", "athletics", "lens", "gas", "bias", "chaos", "alas", "overseas", "nevertheless", "regardless",
})


#: Modal verbs that point ahead when they govern a date from before it ("could win on Tuesday", "must approve the
#: budget in March", "should meet in April"), unless followed by "have" and a participle (a past possibility: "could
#: have won Tuesday"; "could have a new coach in June" still looks ahead) or, for those of ability, by "not"
#: ("could not be reached Saturday"; see ``ABILITY_MODALS``).
MODAL_MARKERS: tuple[str, ...] = ("could", "might", "may", "can", "must", "should")

#: Modals after which "not" leaves the date's direction open ("could not be reached Saturday", "can't be reached",
#: "may not have known"); "must not" and "should not" still look ahead ("the law must not take effect in March").
ABILITY_MODALS: tuple[str, ...] = ("could", "can", "might", "may")

#: Words that follow the modal "May" in a headline or a wish ("Voters May Have Tipped It", "Rates May Not Fall",
#: "May the best team win"), never the month: an adverb or a verb's base form.
AFTER_MODAL_MAY: frozenset[str] = frozenset({
    "be", "have", "not", "never", "also", "well", "still", "soon", "just", "even", "yet", "already", "now", "only",
    "help", "need", "want", "get", "lose", "win", "seem", "become", "prove", "look", "face", "end", "take", "make",
    "come", "go", "see", "find", "hold", "hurt", "change", "decide", "surprise", "matter", "mean", "cost", "lead",
    "finally", "actually", "really",
})
#: Words after a sentence-opening "May" that make it a wish ("May the odds be with you", "May God bless").
AFTER_WISHING_MAY: frozenset[str] = frozenset({"the", "you", "god", "he", "she", "they", "we", "it", "his", "her",
                                               "their", "your", "our", "all", "this"})

#: Words in -ed that are no past tense ("will succeed him", "two hundred", "indeed").
NOT_PAST_ED: tuple[str, ...] = (
    "hundred", "succeed", "exceed", "proceed", "indeed", "speed", "bleed", "breed", "greed", "naked", "sacred",
    "wicked", "rugged", "kindred", "embed", "shred", "sled", "steed", "tweed", "crooked", "beloved", "wretched",
)

#: Place abbreviations written with a period inside a sentence ("a Dover, Del., bank"), lower case; those that are
#: also words ("Ill", "Mass") count only capitalised, which the tense scan checks.
PLACE_ABBREVIATIONS: frozenset[str] = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
    "wis", "wyo", "n.y", "n.j", "n.h", "n.m", "n.c", "n.d", "s.c", "s.d", "r.i", "w.va", "d.c", "ave", "blvd", "mt",
})

#: Stems of words that set a deadline: "until" after one of them in the clause looks ahead ("postponed until
#: Tuesday", "extended its deadline until noon Friday", "gave them until Monday"), whatever the verb's tense.
DEADLINE_STEMS: tuple[str, ...] = ("postpone", "extend", "delay", "deadline", "adjourn", "defer", "gave", "give",
                                   "grant")

#: Nouns for the outcome of an act: a weekday's possessive before one of them ("Wednesday's ruling", "Monday's
#: deadly attack") names a day gone by, where a scheduled event ("Tuesday's primary") may still lie ahead.
OUTCOME_NOUNS: tuple[str, ...] = (
    "ruling", "rulings", "decision", "decisions", "verdict", "verdicts", "attack", "attacks", "bombing", "bombings",
    "shooting", "shootings", "killing", "killings", "slaying", "crash", "explosion", "blast", "announcement",
    "arrest", "arrests", "raid", "raids", "resignation", "death", "deaths", "collapse", "defeat", "victory", "loss",
    "upset", "disclosure", "indictment", "acquittal", "conviction",
)

#: Outcome nouns that also follow a determiner right before a date in a noun phrase after a modal ("should get a
#: lift from the win Monday"); "win" is not in ``OUTCOME_NOUNS``, where it would make "in June to win the cup" and
#: "a June win would" past.
ATTRIBUTIVE_OUTCOMES: tuple[str, ...] = (*OUTCOME_NOUNS, "win")

#: Verbs whose present, with a scheduled event as object, sets it ahead ("the county holds its runoff on Friday",
#: "two towns hold votes Sunday"); the plural form only after a plural subject.
HOLDING_VERBS: dict[str, bool] = {"holds": False, "hold": True, "stages": False, "stage": True, "hosts": False,
                                  "host": True}

#: The outcomes among ``OUTCOME_NOUNS`` that nobody schedules: between a future marker and a date, the date tells
#: when one happened ("will march because of the crash on the bypass on Monday"), where a planned outcome may
#: still lie ahead ("will announce a decision on Friday").
UNPLANNED_OUTCOMES: tuple[str, ...] = (
    "attack", "attacks", "bombing", "bombings", "shooting", "shootings", "killing", "killings", "slaying", "crash",
    "explosion", "blast", "death", "deaths", "collapse",
)

#: Nouns for events set in advance: a month modifying one of them ("the November election") is its next occurrence
#: unless the clause is in the past tense.
SCHEDULED_NOUNS: tuple[str, ...] = (
    "election", "elections", "ballot", "vote", "primary", "primaries", "caucus", "caucuses", "referendum", "runoff",
    "summit", "convention", "conference", "hearing", "trial", "deadline", "launch", "opening", "meeting",
)

#: Past participles that are no "-ed" form and no past marker already ("could have gone", "should have been
#: withdrawn"): what makes "have" after a modal a perfect.
PAST_PARTICIPLES: tuple[str, ...] = (
    "been", "gone", "done", "seen", "come", "known", "begun", "become", "cast", "gotten", "forgotten", "eaten",
    "broken", "beaten", "thrown", "grown", "drawn", "withdrawn", "hidden", "ridden", "bitten", "woken", "frozen",
    "proven", "sworn", "torn", "worn", "blown", "flown", "overtaken", "mistaken", "undertaken", "forbidden", "forgiven",
    "arisen", "sunk", "sung", "won", "lost", "shaken",
)

#: Words that mark past reference in a clause.
PAST_MARKERS: tuple[str, ...] = (
    "said", "was", "were", "had", "did", "ago", "last", "earlier", "told", "began", "came", "went", "took",
    "made", "met", "left", "won", "lost", "fell", "rose", "been", "brought", "bought", "sold", "gave", "got", "held",
    "kept", "paid", "thought", "found", "became", "began", "saw", "ran", "wrote", "spoke", "struck", "hit", "killed",
    "earlier", "ended", "fled", "led", "sent", "spent", "stood", "felt", "grew", "knew", "paid", "put", "set", "cut",
    # irregular past forms that are no other common word
    "fought", "broke", "drove", "threw", "caught", "sought", "built", "dealt", "rang", "sang", "drank", "swam", "wore",
    "tore", "swore", "stole", "chose", "froze", "woke", "rode", "hid", "forgot", "dug", "shook", "withdrew", "drew",
    "flew", "blew", "ate", "forgave", "sank", "sprang", "arose", "awoke", "crept", "knelt", "leapt", "slid", "spun",
    "strode", "swept", "swung", "heard", "taught", "meant", "slept", "lent", "undertook", "oversaw", "overthrew",
    "mistook", "sat", "laid", "bled", "forbade", "shrank", "died", "shot",
    # participles in -en that news uses after a noun as a past ("the poll, taken Thursday"; after "be" or a modal
    # they are passives and do not count)
    "taken", "given", "written", "chosen", "spoken", "shown", "fallen", "risen", "stolen", "driven",
    # negated past forms, and what is left of them when a curly apostrophe splits "didn’t" into "didn" and "t"
    "didn't", "wasn't", "weren't", "hadn't", "didn", "wasn", "weren", "hadn",
)

#: Nouns that label a thing with a number ("room 1998", "Flight 1030", "Route 2026"): a four-digit number after one
#: of them is a label, no year.
NUMBER_LABELS: frozenset[str] = frozenset({
    "room", "rooms", "flight", "flights", "route", "lot", "lots", "postcode", "zip", "bus", "number", "no.", "nos.",
    "page", "pages", "gate", "platform", "case", "highway", "interstate", "chapter", "section", "article", "exit",
    "unit", "apartment", "apt.", "suite", "seat", "box", "code", "model", "version", "item", "channel", "track",
    "bill", "resolution", "ordinance", "form", "pier", "berth", "cell", "ward", "block", "plot", "precinct",
    "district", "lane", "line", "train", "hall", "tab", "row", "file", "docket", "decree", "verse", "psalm",
})

#: Plural nouns of things counted ("1999 people", "2025 tonnes"): a four-digit number right before one of them is a
#: count, no year, unless a determiner or a preposition of time makes the number a year that modifies the noun ("the
#: 2020 votes", "in 2008 troops were sent"). Nouns of a cohort ("voters", "students", "members") are left out: "of 2012
#: voters" is a year's voters.
COUNTED_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "votes", "points", "rooms", "tonnes", "tons", "metres", "meters", "feet", "miles",
    "kilometres", "kilometers", "km", "kilograms", "kg", "pounds", "dollars", "euros", "yards", "acres", "hectares",
    "units", "troops", "soldiers", "workers", "jobs", "homes", "houses", "cars", "vehicles", "residents",
    "patients", "deaths", "beds", "seats", "employees", "visitors", "signatures", "barrels", "sheep",
    "cattle", "copies", "words", "calories", "passengers", "officers", "children", "families", "households", "runs",
    "goals", "shares", "animals", "birds", "trees", "teachers", "doctors", "nurses", "migrants",
    "refugees", "prisoners", "inmates", "fans", "spectators", "guests", "flights",
    "buses", "ships", "boats", "planes", "aircraft", "tanks", "rockets", "missiles", "weapons", "guns", "rifles",
    "bottles", "litres", "liters", "gallons", "bags", "boxes", "items", "samples", "tests", "arrests", "injuries",
    "complaints", "applications", "entries", "participants", "runners", "athletes", "stores", "shops", "branches",
    "sites", "schools", "villages", "towns", "islands", "men", "women",
})
