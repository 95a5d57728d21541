"""Word tables for claims, modality, grouping and conflicts: ordinary English, readable, edited here only.

Every table is plain data. Patterns built from them are compiled once in the modules that use them
(:mod:`claimkit.modality`, :mod:`claimkit.subjects`, :mod:`claimkit.attribution`).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------------
# Modality: how sure a source is
# ---------------------------------------------------------------------------------------------------------------

#: Words and phrases that make a statement hedged (possible, reported, alleged, not established).
HEDGES: tuple[str, ...] = (
    "likely", "unlikely", "probably", "possibly", "possible", "perhaps", "maybe", "reportedly", "allegedly",
    "alleged", "supposedly", "apparently", "seemingly", "purportedly", "ostensibly", "presumably", "may", "might",
    "could", "may have", "might have", "could have", "would have", "believed to", "thought to", "said to be",
    "suspected", "rumored", "rumoured", "unconfirmed", "unverified", "it is likely", "it appears", "appears to",
    "appear to", "seems to", "seem to", "it seems", "there are indications",
)

#: Future and expectation markers: the event has not happened yet.
EXPECTATIONS: tuple[str, ...] = (
    "will", "won't", "shall", "is expected to", "are expected to", "was expected to", "were expected to",
    "expected to", "expect", "expects", "expecting", "anticipate", "anticipates", "anticipated", "is set to",
    "are set to", "is due to", "are due to", "plans to", "plan to", "planned to", "intends to", "intend to",
    "is going to", "are going to", "was going to", "were going to", "is poised to", "are poised to", "soon",
    "shortly", "in the coming days", "in the coming weeks", "in the coming months", "in the days ahead",
    "next week", "next month", "next year", "later this week", "later this month", "later this year", "would",
    "is scheduled to", "are scheduled to", "is preparing to", "are preparing to", "upcoming", "pending",
    "planned", "proposed", "scheduled for", "set for",
    # a wish or an aim of the subject's own, not an event yet: "the mayor wants to house as many as 900 families"
    "wants to", "want to", "hopes to", "hope to", "aims to", "aim to", "seeks to", "seek to",
    # a passive of expectation without its infinitive: "A verdict is expected within weeks"
    "is expected", "are expected",
)

#: Modal verbs that make a figure a possibility rather than a report ("the toll could reach 100").
POSSIBILITY_MODALS: frozenset[str] = frozenset({"may", "might", "could", "would", "can"})

#: Words that make an expectation a continuation ("will keep fighting") rather than a first occurrence.
CONTINUATIONS: tuple[str, ...] = ("continue", "continues", "continued", "continuing", "keep", "keeps", "again",
                                  "further", "more", "still", "resume", "resumes", "another", "additional",
                                  "remain", "remains")

#: Negation that makes a statement say something is not so.
NEGATIONS: tuple[str, ...] = (
    "not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "no one", "without",
)

#: Words of denial: the source says the thing is false.
DENIALS: tuple[str, ...] = (
    "deny", "denies", "denied", "denying", "denial", "reject", "rejects", "rejected", "dismiss", "dismisses",
    "dismissed", "refute", "refutes", "refuted", "rebut", "rebuts", "rebutted", "baseless", "groundless",
    "unfounded", "false", "untrue", "fabrication", "fabrications", "fabricated", "hoax", "rumor", "rumors",
    "rumour", "rumours", "lie", "lies", "fake", "misinformation", "disinformation", "nonsense", "no truth",
)

#: Bound words after a negation: "never more than 500" is an upper bound, not a denial.
BOUND_AFTER_NEGATION: tuple[str, ...] = ("more than", "fewer than", "less than", "over", "under", "above", "below",
                                         "as many as", "as much as", "enough", "longer", "later than")

#: A negated speech verb commits the source to nothing ("did not say when").
NONCOMMITTAL: tuple[str, ...] = (
    "did not say", "didn't say", "would not say", "wouldn't say", "declined to say", "refused to say",
    "did not confirm", "would not confirm", "declined to confirm", "declined to comment", "did not comment",
    "would not comment", "did not specify", "declined to specify", "did not elaborate", "did not know",
)

#: Words that make a clause a question or a condition rather than a claim.
CONDITIONALS: tuple[str, ...] = ("if", "unless", "whether", "in case")

QUESTION_WORDS: tuple[str, ...] = ("how", "what", "who", "why", "when", "where", "which", "is", "are", "did", "does",
                                   "do", "will", "can", "could", "should", "was", "were", "has", "have")

# ---------------------------------------------------------------------------------------------------------------
# Attribution: who says so
# ---------------------------------------------------------------------------------------------------------------

#: Speech and report verbs, in the inflections news uses, with the modality class they lend their content.
SPEECH_VERBS: dict[str, str] = {
    **dict.fromkeys(
        ("said", "says", "say", "told", "tells", "stated", "added", "adds", "announced", "announces",
         "reported", "explained", "noted", "wrote", "writes", "declared", "insisted", "insists",
         "stressed", "argued", "argues", "acknowledged", "admitted", "revealed", "disclosed", "testified",
         "informed", "briefed", "recalled", "observed", "commented", "remarked", "replied", "responded",
         "put", "estimated"),
        "neutral",
    ),
    **dict.fromkeys(("confirmed", "confirms", "verified", "acknowledges"), "confirmation"),
    **dict.fromkeys(
        ("claimed", "alleged", "alleges", "suggested", "speculated", "believes",
         "believed", "suspects", "suspected", "thinks", "thought"),
        "hedging",
    ),
    **dict.fromkeys(
        ("denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "refuted",
         "refutes", "contested", "contests"),
        "denial",
    ),
    **dict.fromkeys(("predicted", "predicts", "forecast", "forecasts", "warned", "warns"), "prediction"),
}

#: Attribution phrases that introduce their source ("according to the ministry").
ACCORDING_TO: tuple[str, ...] = ("according to", "as reported by", "citing", "in the words of")

#: Pronouns that stand for a previously named source.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "him", "her", "them", "i", "we"})

#: Titles and roles that come before a name ("Interior Minister Anna Berg"); lower case.
ROLE_WORDS: frozenset[str] = frozenset({
    "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "governor", "mayor", "senator", "sen.", "rep.", "representative", "general", "gen.", "colonel", "col.",
    "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.", "commander",
    "chief", "director", "head", "chairman", "chairwoman", "chair", "ambassador", "envoy", "judge", "justice",
    "officer", "official", "analyst", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "sir", "lord", "king",
    "queen", "prince", "princess", "pope", "bishop", "leader", "deputy", "acting", "former", "foreign", "defense",
    "defence", "interior", "finance", "health", "state", "regional", "local", "national", "federal", "army",
    "police", "fire", "union", "company", "party", "opposition", "senior", "junior", "attorney", "counsel",
    "adviser", "advisor", "aide", "executive", "ceo", "manager", "teacher", "resident", "witness", "doctor",
    "coach", "candidate", "nominee", "lawmaker", "councillor", "councilor", "inspector", "superintendent",
    "commissioner", "chancellor", "premier", "sheriff", "economist", "researcher", "scientist", "expert",
})

#: Head words that make a source an organisation rather than a person.
ORGANIZATION_WORDS: frozenset[str] = frozenset({
    "ministry", "department", "office", "agency", "service", "union", "company", "corporation", "corp.", "inc.",
    "government", "army", "police", "council", "committee", "commission", "authority", "authorities", "bureau",
    "institute", "university", "party", "court", "parliament", "congress", "senate", "administration", "military",
    "navy", "force", "forces", "command", "group", "association", "federation", "organization", "organisation",
    "bank", "board", "center", "centre", "coalition", "campaign", "embassy", "cabinet", "kremlin", "white house",
    "pentagon", "hospital", "team", "firm", "operator", "utility", "network", "newspaper", "outlet", "outlets",
    "station", "channel", "broadcaster", "media", "press", "club", "foundation", "fund", "school", "church",
    "brigade", "guard", "directorate", "secretariat", "inspectorate", "tribunal", "regulator", "watchdog", "airline",
    "airport", "railway", "carrier", "contractor", "insurer", "lender", "retailer", "manufacturer", "charity",
    "consulate", "mission", "prosecutor's office",
})

#: The last word of a company's or body's proper name ("Telka Mining", "Westland Rail", "Orsa Holdings"): with a
#: capitalised word before it, the name is an organisation's, not a person's. (Words that are also common surnames,
#: "Power", "Steel", "Waters", "Trust", stay out: "Tim Power" is a person.)
ORGANIZATION_NAME_ENDINGS: frozenset[str] = frozenset({
    "mining", "minerals", "metals", "rail", "railways", "roads", "airlines", "airways", "aviation", "energy",
    "petroleum", "motors", "automotive", "holdings", "industries", "systems", "technologies", "telecom",
    "communications", "foods", "farms", "shipping", "logistics", "freight", "pharmaceuticals", "pharma", "partners",
    "securities", "insurance", "construction", "engineering", "chemicals", "resources", "ventures", "solutions",
    "enterprises", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh", "co.", "breweries",
    "textiles", "utilities", "transit",
})

#: Sources that cannot be named ("officials", "two sources", "others").
ANONYMOUS_HEADS: frozenset[str] = frozenset({
    "official", "officials", "source", "sources", "others", "other", "some", "reports", "report", "people",
    "person", "witnesses", "witness", "residents", "observers", "analysts", "experts", "diplomats", "insiders",
    "outlets", "media", "accounts", "estimates", "critics", "aides", "someone", "doctors", "nurses", "rescuers",
    "firefighters", "organizers", "organisers", "activists", "volunteers", "investigators", "engineers",
    "scientists", "researchers", "lawyers", "prosecutors", "medics", "paramedics", "workers", "employees",
    "teachers", "farmers", "villagers", "locals", "survivors", "relatives", "neighbors", "neighbours",
    # more people spoken of in the plural, unnamed ("Families said", "Passengers told reporters")
    "families", "parents", "students", "protesters", "demonstrators", "passengers", "miners", "fishermen", "victims",
    "citizens", "voters", "patients", "soldiers", "troops", "members", "supporters", "opponents", "campaigners",
    "strikers", "traders", "shopkeepers", "drivers", "pilots", "crew", "sailors", "officers", "detectives",
    "negotiators", "mediators", "delegates", "lawmakers", "legislators", "bankers", "economists", "investors",
    "executives", "managers", "owners", "tenants", "homeowners", "pupils", "staff", "guards", "hostages",
    # one unnamed person by what they do ("a doctor at the clinic", "a witness"): no name to resolve
    "doctor", "nurse", "medic", "paramedic", "resident", "worker", "employee", "teacher", "farmer", "passenger",
    "survivor", "relative", "neighbor", "neighbour", "firefighter", "rescuer", "engineer", "investigator", "diplomat",
    "student", "driver", "villager", "soldier",
})

# ---------------------------------------------------------------------------------------------------------------
# What claims are about: counted nouns and event predicates
# ---------------------------------------------------------------------------------------------------------------

#: Synonym classes of counted nouns: every form (singular and plural) maps to the class name.
NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "soldier": ("soldier", "soldiers", "troop", "troops", "personnel", "serviceman", "servicemen", "servicemembers",
                "service members", "fighter", "fighters", "combatant", "combatants", "unit", "units", "forces",
                "force", "military personnel", "contingent", "marines", "marine", "paratroopers", "mercenaries",
                "mercenary", "infantry", "reservists", "conscripts", "recruits"),
    "worker": ("worker", "workers", "employee", "employees", "staff", "staffers", "workforce", "laborers",
               "labourers", "miners", "strikers", "striker", "job cuts", "job losses", "layoffs",
               "redundancies"),
    "people": ("people", "persons", "person", "individuals", "civilians", "civilian", "residents", "resident",
               "inhabitants", "villagers", "citizens", "victims", "victim", "casualties", "casualty", "dead",
               "deaths", "death", "fatalities", "bodies", "injured", "wounded", "injuries", "evacuees", "refugees",
               "migrants", "protesters", "protestors", "demonstrators", "marchers", "passengers", "patients",
               "children", "adults", "men", "women", "students", "fishermen", "fisherman", "tourists", "hostages",
               "prisoners", "detainees", "voters", "members", "participants", "survivors", "families", "lives"),
    "dam": ("dam", "dams", "levee", "levees", "dike", "dikes", "dyke", "embankment", "reservoir wall", "barrage"),
    "pipeline": ("pipeline", "pipelines", "pipe", "pipes"),
    "plant": ("plant", "plants", "factory", "factories", "mill", "mills", "refinery", "refineries"),
    "bridge": ("bridge", "bridges"),
    "building": ("building", "buildings", "house", "houses", "apartment", "apartments", "home", "homes",
                 "households", "dwellings", "structures"),
    "case": ("case", "cases", "infection", "infections"),
    "vessel": ("ship", "ships", "boat", "boats", "vessel", "vessels", "ferry", "ferries"),
    "flight": ("flight", "flights"),
    "leader": ("minister", "president", "governor", "mayor", "chancellor", "premier", "ceo", "chief executive",
               "chairman", "chairwoman", "director", "leader", "commander", "coach", "manager"),
    "vehicle": ("vehicle", "vehicles", "tank", "tanks", "truck", "trucks", "car", "cars"),
    "aircraft": ("aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "drone", "drones"),
    "missile": ("missile", "missiles", "rocket", "rockets", "shell", "shells"),
    "length": ("meter", "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres",
               "km", "mile", "miles", "foot", "feet", "yard", "yards"),
}

#: Default event of a counted noun class or of a particular noun ("protesters" protest, "soldiers" are deployed).
NOUN_DEFAULT_EVENT: dict[str, str] = {
    "soldier": "deploy", "strikers": "strike", "striker": "strike", "protesters": "protest", "protestors": "protest",
    "demonstrators": "protest", "marchers": "protest", "evacuees": "displace", "refugees": "displace",
    "dead": "die", "deaths": "die", "death": "die", "fatalities": "die", "bodies": "die", "injured": "injure",
    "wounded": "injure", "injuries": "injure", "hostages": "detain", "detainees": "detain", "prisoners": "detain",
    "casualties": "casualty", "casualty": "casualty", "lives": "die", "case": "infect", "cases": "infect",
    "infections": "infect", "infection": "infect", "job cuts": "layoff", "job losses": "layoff",
    "layoffs": "layoff", "redundancies": "layoff",
}

#: Events that count every group of people taking part as one quantity: "1,200 dockers walked out" and "1,800
#: union members stopped work" are both the number of strikers.
#: Words that open a clause of its own after a count ("600 passengers were taken off after a fire broke out"): an
#: event past one of them is not the count's.
SUBORDINATE_OPENERS: frozenset[str] = frozenset({
    "after", "before", "when", "while", "as", "because", "since", "until", "following", "once", "whereas",
})

COUNTED_AS: dict[str, str] = {"strike": "worker", "trap": "people", "attend": "people", "aboard": "people"}

#: Event predicates with their synonyms and aspect phrases ("engaged in fighting" = "fought" = "battle").
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "fight": ("fight", "fights", "fighting", "fought", "battle", "battles", "battled", "battling", "combat",
              "clash", "clashes", "clashed", "clashing", "engaged in fighting", "front line", "front lines",
              "frontline", "frontlines", "firefight", "skirmish", "skirmishes", "attack", "attacked", "attacking",
              "offensive", "assault"),
    "deploy": ("deploy", "deploys", "deployed", "deploying", "deployment", "send", "sends", "sent", "sending",
               "dispatched", "dispatch", "moved to", "moved into", "been moved", "cross into", "crossed into",
               "crossing into", "crossed the border", "stationed", "station", "arrived", "arrive", "arriving",
               "entered", "massed", "amassed", "present in", "based in", "withdrawn", "withdrew",
               "pulled out"),
    "breach": ("breach", "breaches", "breached", "breaching", "break", "breaks", "broke", "broken", "burst",
               "bursts", "bursting", "collapse", "collapses", "collapsed", "gave way", "give way", "ruptured",
               "rupture", "overtopped"),
    "die": ("die", "dies", "died", "dying", "dead", "death", "deaths", "killed", "kill", "kills", "killing",
            "death toll", "fatalities", "lost their lives", "lost his life", "lost her life", "perished",
            "drowned", "bodies"),
    "injure": ("injured", "injure", "injuries", "injury", "wounded", "wounding", "hurt", "treated for injuries",
               "being treated", "hospitalized", "hospitalised"),
    "displace": ("evacuated", "evacuate", "evacuation", "evacuations", "displaced", "fled", "flee", "fleeing",
                 "moved to shelters", "taken to shelters", "moved to safety", "taken to safety", "in shelters",
                 "from their homes", "from homes", "forced from homes", "left their homes", "leave their homes",
                 "forced from their homes", "homeless", "relocated"),
    "strike": ("strike", "strikes", "striking", "went on strike", "walked off the job", "walk off the job",
               "walked off", "walked out", "walkout", "walk out", "failed to report", "fail to report",
               "did not report", "stayed away", "stay away", "stopped work", "downed tools", "absent"),
    "protest": ("protest", "protests", "protested", "protesting", "march", "marched", "marching", "rally",
                "rallied", "rallies", "demonstration", "demonstrations", "demonstrated"),
    "detain": ("arrested", "arrest", "arrests", "detained", "detain", "detention", "taken into custody",
               "held hostage", "abducted", "kidnapped", "captured", "jailed", "imprisoned", "taken hostage"),
    "employ": ("employs", "employ", "employed", "employing", "workforce of", "work at", "work for"),
    "missing": ("missing", "unaccounted for"),
    "explode": ("explosion", "explosions", "exploded", "blast", "blasts", "blew up", "detonated"),
    "destroy": ("destroyed", "destroy", "destroys", "been lost", "were lost", "damaged", "damage", "razed", "levelled",
                "leveled", "swept away", "gutted", "flattened", "wrecked"),
    "extinguish": ("extinguished", "extinguish", "put out", "doused", "brought under control"),
    "rescue": ("rescued", "rescue", "pulled from the rubble", "pulled alive", "saved", "airlifted"),
    "infect": ("infected", "tested positive", "confirmed cases", "new cases", "infections"),
    "cancel": ("cancelled", "canceled", "grounded", "called off"),
    "resign": ("resign", "resigns", "resigned", "resigning", "resignation", "step down", "steps down",
               "stepped down", "stepping down", "quit", "quits"),
    "close": ("closed", "closes", "will close", "to close", "may close", "close down", "closed down", "shut",
              "shuts", "shut down", "shuts down", "shutting down", "closure"),
    "burn": ("burned", "burnt", "burning", "scorched", "charred", "blackened"),
    "attend": ("took part", "taken part", "take part", "taking part", "takes part", "turned out", "turn out",
               "turnout", "crowd", "crowds", "attended", "attend", "attending", "attendance"),
    "aboard": ("on board", "aboard", "onboard", "carrying"),
    "outage": ("lost power", "lose power", "losing power", "loses power", "lost electricity", "lose electricity",
               "losing electricity", "left without power", "left without electricity", "were without power",
               "were without electricity", "plunged into darkness", "left in the dark", "cut off from power",
               "cut off from electricity", "power cut", "power cuts", "power outage", "power outages"),
    "spill": ("leaked", "leaking", "spilled", "spilt", "spilling", "escaped", "seeped", "discharged",
              "poured into", "gushed"),
    "layoff": ("laid off", "lay off", "lays off", "laying off", "layoff", "layoffs", "lost their jobs",
               "lose their jobs", "losing their jobs", "lost jobs", "job cuts", "job losses", "cut jobs",
               "cutting jobs", "cuts jobs", "redundancies", "made redundant", "shed jobs", "sheds jobs",
               "shedding jobs", "axed jobs"),
}

#: The noun classes an event can be said of: "sent" deploys soldiers, not e-mails; "broke" breaches a dam, not a
#: promise. A predicate whose participant is outside its row gives no grouping key.
EVENT_PARTICIPANTS: dict[str, frozenset[str]] = {
    "fight": frozenset({"soldier"}),
    "deploy": frozenset({"soldier", "vehicle", "aircraft", "missile", "vessel"}),
    "breach": frozenset({"dam", "pipeline", "bridge", "building"}),
    "die": frozenset({"people", "soldier", "worker"}),
    "injure": frozenset({"people", "soldier", "worker"}),
    "displace": frozenset({"people", "worker"}),
    "strike": frozenset({"worker"}),
    "protest": frozenset({"people", "worker"}),
    "detain": frozenset({"people", "soldier", "worker"}),
    "employ": frozenset({"worker", "people"}),
    "missing": frozenset({"people", "soldier", "worker"}),
    "casualty": frozenset({"people", "soldier"}),
    "explode": frozenset({"pipeline", "plant", "vehicle", "building", "missile", "aircraft"}),
    "destroy": frozenset({"building", "vehicle", "aircraft", "bridge", "pipeline", "plant", "length", "dam",
                          "vessel"}),
    "rescue": frozenset({"people", "worker", "soldier"}),
    "infect": frozenset({"case", "people", "worker", "soldier"}),
    "cancel": frozenset({"flight"}),
    "resign": frozenset({"leader"}),
    "close": frozenset({"plant", "building", "bridge", "pipeline"}),
    "layoff": frozenset({"worker"}),
    "burn": frozenset({"area", "building", "vehicle"}),
    "attend": frozenset({"people", "worker"}),
    "aboard": frozenset({"people", "worker", "soldier"}),
    "outage": frozenset({"building", "people"}),
}

#: How each event class reads in an explanation.
EVENT_LABELS: dict[str, str] = {
    "fight": "fighting", "deploy": "deployment or presence", "breach": "breach", "die": "deaths",
    "injure": "injuries", "displace": "evacuation or displacement", "strike": "strike", "protest": "protest",
    "detain": "arrests or detentions", "employ": "employment", "missing": "missing", "casualty": "casualties",
    "explode": "explosion", "destroy": "destruction", "rescue": "rescues", "infect": "infections",
    "cancel": "cancellations", "resign": "resignation", "close": "closure", "layoff": "job losses",
    "burn": "area or things burned", "attend": "turnout or attendance", "aboard": "people on board",
    "outage": "power cut", "spill": "spill or leak",
}

#: Events that say only that the counted were there or took part ("60 firefighters fought the fire", "58 were
#: deployed"): for a noun without a synonym class they do not split one quantity into several.
PARTICIPATION_EVENTS: frozenset[str] = frozenset({"deploy", "fight"})

#: Events that only say where the counted were ("350 passengers were on board"): such a count is also the plain
#: count of its noun, so that it meets "600 passengers were taken off the ferry".
PRESENCE_EVENTS: frozenset[str] = frozenset({"aboard"})

#: Units that are measures rather than counted things: durations, shares and money are not compared as headcounts.
MEASURE_UNITS: frozenset[str] = frozenset({
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "time", "percent",
    "per", "point", "degree", "cent", "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "ruble", "rouble",
    "peso", "crown", "krona", "krone", "won", "lira", "shekel", "rand", "real", "dinar", "usd", "eur", "gbp",
    "kilogram", "kg", "gram", "ton", "tonne", "litre", "liter", "gallon", "barrel", "acre", "hectare", "square",
    "inch", "ounce", "bit", "lot", "part", "half", "third", "quarter", "other", "more", "one", "way",
    "step", "round", "term", "age", "aged", "old",
})

#: Measures of a substance ("3,000 litres of diesel", "40 tonnes of grain"): compared only as the same measure of the
#: same substance, named after "of" (a class ``<measure>-<substance>``).
SUBSTANCE_MEASURES: frozenset[str] = frozenset({"litre", "liter", "gallon", "barrel", "tonne", "ton", "kilogram"})

#: Events whose counts only grow: a later, higher figure is a revision, not a contradiction.
CUMULATIVE_EVENTS: frozenset[str] = frozenset({"die", "injure", "displace", "detain", "casualty", "destroy", "rescue",
                                              "infect", "cancel", "burn"})

#: Events whose counts only fall as news comes in (the missing are found): a later, lower figure is a revision.
DECLINING_EVENTS: frozenset[str] = frozenset({"missing"})

#: Currencies (the counted noun of an amount, singular): an amount is compared only with amounts in its currency.
CURRENCIES: frozenset[str] = frozenset({
    "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "ruble", "rouble", "peso", "crown", "krona", "krone",
    "lira", "shekel", "rand", "dinar",
})

#: What an amount of money measures, by the word nearest before it ("the damage at about $150 million", "built at a
#: cost of", "sold for"): amounts are compared only within one measure. Damage and losses are what something cost.
MONEY_MEASURES: dict[str, tuple[str, ...]] = {
    "cost": ("cost", "costs", "costing", "costed", "spent", "spend", "spends", "spending", "bill", "damage",
             "damages", "loss", "losses", "lost", "losing"),
    "price": ("price", "priced", "paid", "pay", "pays", "paying", "sold for", "sells for", "selling for",
              "bought for", "buy", "buys", "acquire", "acquires", "purchase", "purchased"),
    "revenue": ("revenue", "revenues", "collected", "collects", "raises", "earned", "earns", "income", "takings",
                "turnover", "sales"),
    "profit": ("profit", "profits"),
    "budget": ("budget", "budgeted", "set aside", "sets aside", "allocated", "earmarked"),
    "aid": ("aid", "pledged", "donated", "grant", "grants", "funding"),
    "value": ("value", "valued", "valuation", "worth"),
    "refund": ("refund", "refunds", "compensation", "payout", "reimbursement"),
    "fine": ("fine", "fined", "penalty", "penalties"),
}

#: Nouns of a sale: "a deal valued at", "the offer was worth" give a price, not a valuation.
DEAL_NOUNS: frozenset[str] = frozenset({"deal", "offer", "bid", "takeover", "acquisition", "purchase", "sale",
                                        "merger", "transaction", "settlement"})

#: Lengths, in metres, so that "300 meters" and "2 kilometers" compare.
#: Areas in hectares: "12,000 hectares" and "30,000 acres" of burned land are compared as one measure.
AREA_UNITS: dict[str, float] = {
    "hectare": 1.0, "hectares": 1.0, "ha": 1.0, "acre": 0.404686, "acres": 0.404686, "square kilometre": 100.0,
    "square kilometres": 100.0, "square kilometer": 100.0, "square kilometers": 100.0, "square mile": 258.999,
    "square miles": 258.999,
}

LENGTH_UNITS: dict[str, float] = {
    "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0, "kilometer": 1000.0, "kilometers": 1000.0,
    "kilometre": 1000.0, "kilometres": 1000.0, "km": 1000.0, "mile": 1609.344, "miles": 1609.344,
    "foot": 0.3048, "feet": 0.3048, "yard": 0.9144, "yards": 0.9144,
}

#: Number words a count may be written with.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "hundred": 100, "a hundred": 100,
}

#: Scale words after a number ("2 million", "several thousand").
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

#: Vague quantity words and the multiples of the scale they allow ("several thousand" = 3,000 to 9,000).
VAGUE_QUANTITIES: dict[str, tuple[int, int]] = {
    "several": (3, 9), "a few": (2, 5), "dozens of": (24, 99), "hundreds of": (200, 999),
    "thousands of": (2000, 9999), "tens of thousands of": (20000, 99999),
}

#: Words before a number that make it approximate or a bound.
COUNT_OPERATORS: dict[str, str] = {
    "about": "~", "around": "~", "some": "~", "roughly": "~", "approximately": "~", "nearly": "~", "almost": "~",
    "an estimated": "~", "estimated": "~", "close to": "~", "up to": "<=", "at most": "<=", "no more than": "<=",
    "not more than": "<=", "fewer than": "<", "less than": "<", "under": "<", "below": "<", "at least": ">=",
    "no fewer than": ">=", "no less than": ">=", "more than": ">", "over": ">", "above": ">", "upwards of": ">",
}

#: Place prepositions: "in Brask", "near the town of Vorn".
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "near", "at", "into", "outside", "around", "across", "through")

#: Prepositions that tie a phrase of place or direction to the noun before them, which stays the head of the subject
#: ("the road to the town", "the fire at the mill"). Unlike :data:`PLACE_PREPOSITIONS` (the place's name after a
#: noun) these read common nouns too; "of" is left out: "the number of workers", "three of the soldiers" count their
#: second noun.
PLACE_LINKS: frozenset[str] = frozenset({"to", "into", "near", "at", "in", "on", "outside", "inside", "across",
                                         "along", "over", "above", "below", "under", "behind", "beside", "between",
                                         "off"})

#: Abbreviations that end with a full stop but do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "approx",
})

#: Names of months and days: "March" is a month before it is a protest, "in May" is no place.
TIME_NAMES: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter",
})

# ---------------------------------------------------------------------------------------------------------------
# Headlines against their bodies: predicates and what contradicts them
# ---------------------------------------------------------------------------------------------------------------

#: Predicates a headline may state flatly (by lemma), with the phrases that say the opposite in a body. A body
#: that negates the predicate itself ("will not reopen") contradicts it too; that needs no row here.
CONTRARIES: dict[str, tuple[str, ...]] = {
    "open": ("closed", "stay closed", "remain closed", "remains closed", "remained closed", "stays closed",
             "stayed closed", "kept closed",
             "stay shut", "remain shut", "still closed", "still shut", "shut"),
    "reopen": ("closed", "stay closed", "remain closed", "remains closed", "remained closed", "stays closed",
               "stayed closed", "kept closed",
               "stay shut", "remain shut", "still closed", "still shut"),
    "close": ("stay open", "remain open", "remains open", "stays open", "still open", "kept open", "reopened"),
    "resume": ("remain closed", "stay closed", "remains closed", "still suspended", "remain suspended",
               "remains suspended", "stay suspended", "still halted", "remain halted", "remains halted"),
    "restore": ("still without", "remain without", "remains without", "still out", "still down"),
    "end": ("continues", "continue", "still going on", "goes on", "drag on", "drags on", "still under way"),
    "lift": ("remain in place", "remains in place", "stay in place", "stays in place", "extended", "still in force"),
    "sign": ("not signed", "unsigned", "yet to sign", "refused to sign", "declined to sign", "not yet signed"),
    "approve": ("rejected", "blocked", "voted down", "not approved", "yet to approve", "delayed"),
    "pass": ("rejected", "blocked", "voted down", "failed to pass", "stalled"),
    "agree": ("no agreement", "no deal", "failed to agree", "talks collapsed", "yet to agree", "not agreed"),
    "release": ("still held", "still in custody", "remain in custody", "remains in custody", "still detained",
                "remain detained", "remains detained"),
    "contain": ("still burning", "out of control", "still spreading", "spreading", "uncontained"),
    "resign": ("refused to resign", "will stay on", "remain in office", "remains in office", "stay in office",
               "not resign", "not step down"),
    "cancel": ("go ahead", "goes ahead", "will proceed", "still on", "as planned"),
    "win": ("lost", "loses", "defeated", "trailing"),
    "recover": ("still missing", "not yet found", "remain missing", "remains missing"),
    "complete": ("unfinished", "incomplete", "still under construction", "not finished", "not complete"),
    "launch": ("postponed", "delayed", "scrubbed", "called off"),
}

#: Milder words inside an event class: "not destroyed" does not deny "damaged" (a denial of the milder word,
#: "undamaged", still denies the stronger).
MILDER_FORMS: dict[str, tuple[str, ...]] = {
    "destroy": ("damaged", "damage", "damages", "damaging"),
    "die": ("injured", "wounded"),
}

#: States that say an event of a class did not happen to its subject ("the school is standing and undamaged" denies
#: that it was destroyed): such a claim asserts the negative of the event.
STATE_CONTRARIES: dict[str, tuple[str, ...]] = {
    "destroy": ("intact", "undamaged", "still standing", "is standing", "are standing", "was standing",
                "were standing", "unscathed", "unharmed", "spared", "not damaged"),
    "breach": ("still holding", "is holding", "are holding", "held firm", "holds firm", "intact"),
    "injure": ("unhurt", "uninjured", "unharmed", "unscathed"),
    "collapse": ("still standing", "is standing", "intact"),
    "close": ("remains open", "remain open", "still open", "stays open", "stay open"),
    "reopen": ("remained closed", "remains closed", "still closed", "stayed closed", "stays closed", "remained shut",
               "still shut"),
    "extinguish": ("still burning", "still ablaze", "still raging", "still alight", "still on fire",
                   "burning out of control"),
}

# ---------------------------------------------------------------------------------------------------------------
# Any event predicate: verb synonyms, phrasal verbs and object synonyms (see :mod:`claimkit.predicates`)
# ---------------------------------------------------------------------------------------------------------------

#: Verb forms (lower case, phrasal verbs included) and the lemma they are compared under: synonyms meet, so that
#: "shut down the line" and "closed the line" are one event. Forms not listed are lemmatised by rule.
VERB_SYNONYMS: dict[str, str] = {
    "shut": "close", "shuts": "close", "shutting": "close", "shut down": "close", "shuts down": "close",
    "shutting down": "close", "closed down": "close", "close down": "close", "closes down": "close",
    "inked": "sign", "ink": "sign", "inks": "sign", "sealed": "sign", "seal": "sign", "seals": "sign",
    "ran out": "run out", "run out": "run out", "runs out": "run out", "running out": "run out",
    "called off": "cancel", "call off": "cancel", "calls off": "cancel", "scrapped": "cancel", "scrap": "cancel",
    "scraps": "cancel", "axed": "cancel",
    "put off": "postpone", "puts off": "postpone", "delayed": "postpone", "delay": "postpone", "delays": "postpone",
    "freed": "release", "free": "release", "frees": "release", "set free": "release",
    "laid off": "lay off", "lay off": "lay off", "lays off": "lay off", "laying off": "lay off",
    "stepped down": "resign", "step down": "resign", "steps down": "resign", "quit": "resign", "quits": "resign",
    "broke": "break", "broken": "break", "ran": "run", "won": "win", "lost": "lose", "sent": "send", "held": "hold",
    "began": "begin", "begun": "begin", "struck": "strike", "fell": "fall", "fallen": "fall", "paid": "pay",
    "stole": "steal", "stolen": "steal",
    "sold": "sell", "bought": "buy", "built": "build", "brought": "bring", "caught": "catch", "left": "leave",
    "met": "meet", "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw", "hit": "hit",
    "split": "split", "cut": "cut", "cuts": "cut", "upheld": "uphold", "overturned": "overturn", "struck down":
    "overturn", "voted down": "reject", "turned down": "reject", "pulled out": "withdraw", "withdrew": "withdraw",
    "withdrawn": "withdraw", "taken": "take", "took": "take", "given": "give", "gave": "give",
    "goes on": "continu", "go on": "continu", "went on": "continu", "going on": "continu", "drags on": "continu",
    "dragged on": "continu", "drag on": "continu",
    "strikes down": "overturn", "strike down": "overturn", "striking down": "overturn", "quashed": "overturn",
    "quash": "overturn", "quashes": "overturn", "annulled": "overturn", "annul": "overturn", "annuls": "overturn",
    # flights, classes, services "resumed" at a place: it reopened
    "resumed": "reopen", "resume": "reopen", "resumes": "reopen", "resuming": "reopen",
    "ruled": "rule", "rules": "rule", "ruling": "rule",
    "acquired": "buy", "acquire": "buy", "acquires": "buy", "acquiring": "buy", "purchased": "buy",
    "purchase": "buy", "purchases": "buy", "took over": "buy", "take over": "buy", "takes over": "buy",
}

#: Predicates that say another did not happen: "the strike is continuing" says it has not ended. A claim with the
#: first is also read as denying the second, so that it meets a report that the second happened.
OPPOSITE_PREDICATES: dict[str, str] = {"continu": "end"}

#: Verdicts that exclude each other: a court that upheld a rule did not strike it down. A claim with one is also
#: read as negating the other (after its own predicate, which stays the claim's event).
ANTONYM_PREDICATES: dict[str, str] = {"uphold": "overturn", "overturn": "uphold", "acquit": "convict",
                                      "convict": "acquit"}

#: Verdicts: a court that upheld, struck down, convicted or acquitted has ruled on the thing (a claim with a verdict
#: also reads as the ruling, so that it meets "the court has not yet ruled on the levy").
VERDICTS: frozenset[str] = frozenset({"uphold", "overturn", "convict", "acquit"})

#: Verbs whose thing follows a preposition ("ruled on the levy"), with the preposition.
PREPOSITIONAL_OBJECTS: dict[str, str] = {"rule": "on"}

#: Things that go on until they end (a strike, a siege, a search): calling one off ends it, so "called off the
#: stoppage" and "the strike had ended" are one event.
ONGOING_THINGS: frozenset[str] = frozenset({"strike", "protest", "blockade", "siege", "boycott", "search",
                                            "occupation", "curfew", "lockdown", "sit-in", "vigil", "campaign",
                                            "operation", "offensive", "hunger strike"})

#: Verbs that end an ongoing thing (see :data:`ONGOING_THINGS`), by their lemma.
ENDING_VERBS: frozenset[str] = frozenset({"cancel"})

#: Nouns of an agreement: "reached a deal", "struck an accord", "there is no agreement" speak of one event, an
#: agreement, as "agreed to sell" and "settled with the union" do.
AGREEMENT_NOUNS: tuple[str, ...] = ("agreement", "deal", "accord", "settlement", "pact")

#: Verbs that make an agreement of their object ("reached a deal") or are one ("agreed to", "settled with").
AGREEMENT_VERBS: tuple[str, ...] = ("reach", "reached", "reaches", "reaching", "strike", "struck", "strikes",
                                    "striking", "clinch", "clinched", "clinches", "seal", "sealed", "seals")

#: Aspectual verbs: with a gerund after them ("began vaccinating", "will start rationing") the event is the
#: gerund's, under the aspectual verb's own auxiliaries and negation.
ASPECTUAL_VERBS: frozenset[str] = frozenset({
    "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting", "resume",
    "resumes", "resumed", "resuming", "continue", "continues", "continued", "continuing", "keep", "keeps", "kept",
})

#: Support verbs, by lemma: with an event noun as their object ("ordered a recall", "imposed rationing", "launched
#: a vaccination campaign") they say that the noun's event happens; the class of verbs that make, start, carry out
#: or announce an event.
SUPPORT_VERBS: frozenset[str] = frozenset({
    "order", "launch", "begin", "start", "introduce", "impose", "announce", "conduct", "complete", "stage",
    "implement", "enforce", "declare", "initiate", "undertake", "perform", "issue", "mount",
})

#: Light verbs, by lemma: verbs of having, giving, moving and getting that name no event of their own ("took
#: part", "received the shot", "reached 250,000"): their predications are keyed by their object only.
LIGHT_VERBS: frozenset[str] = frozenset({
    "take", "make", "give", "get", "have", "do", "go", "come", "put", "set", "keep", "bring", "send", "pass",
    "reach", "receive", "run", "turn", "see", "find", "leave", "show", "move", "use", "want", "need", "hold",
    "become", "seem", "remain", "stay", "include", "say", "tell", "ask", "let", "look", "know", "think",
})

#: Negative implicative verbs: with "to" and a verb after them ("refused to answer", "failed to reach", "declined
#: to sign") they say the event does not happen.
NEGATIVE_IMPLICATIVES: frozenset[str] = frozenset({
    "refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing", "decline", "declines",
    "declined", "declining", "neglect", "neglected", "neglects",
})

#: Verbs that put off or call off an event, by lemma: "the campaign was postponed" says that it has not taken
#: place (the converse of :data:`SUPPORT_VERBS`).
CALLING_OFF_VERBS: frozenset[str] = frozenset({"postpone", "cancel", "suspend", "halt", "shelve", "defer",
                                                "abandon"})

#: Nominal suffixes (longest first) that make a noun of a verb: "vaccination", "postponement", "closure",
#: "approval", "rationing". Stripped by :func:`claimkit.predicates.event_stem` so that verb and noun meet.
NOMINAL_SUFFIXES: tuple[str, ...] = ("isations", "izations", "isation", "ization", "ations", "ation", "itions",
                                     "ition", "ments", "ment", "ures", "ure", "ings", "ing", "als", "al")

#: Nouns that name an event without a nominal suffix ("there was no recount", "the parade was cancelled"); with
#: :data:`ONGOING_THINGS`, the event classes and any nominalisation, the nouns whose event "there was no ..." or a
#: calling-off verb denies.
EVENT_NOUNS: frozenset[str] = frozenset({
    "recount", "parade", "vote", "ballot", "election", "referendum", "census", "match", "game", "race", "concert",
    "festival", "ceremony", "summit", "trial", "inquiry", "probe", "audit", "ban", "walkout", "rally", "march",
    "raid", "recall", "sale", "auction", "visit", "tour", "debate", "talks", "cull", "evacuation", "rescue",
    "launch", "release", "strike", "protest", "attack", "fair", "show", "exam", "review", "hearing", "meeting",
    "wedding", "funeral", "hunt", "dredge", "repair", "repairs", "shutdown", "closure", "ceasefire", "truce",
})

#: Nouns that look like events (a verb's stem or a nominal suffix) but name none: "there was no sign of him" says
#: nothing of signing, "no end in sight" nothing of an ending, "an evening curfew" is no evening.
NON_EVENT_NOUNS: frozenset[str] = frozenset({
    "sign", "signs", "end", "change", "changes", "word", "doubt", "way", "point", "question", "sense", "need",
    "reason", "sight", "time", "place", "room", "chance", "hope", "evidence", "mention", "trace", "indication",
    "shortage", "lack", "sound", "answer", "record", "let-up", "thing", "nothing", "something", "evening",
    "morning", "spring", "ceiling", "building", "buildings", "king", "ring", "string", "feeling", "pressure",
    "nature", "future", "culture", "structure", "picture", "feature", "government", "moment", "element",
    "department", "apartment", "equipment", "comment", "signal", "signals", "official", "officials", "general",
    "animal", "animals", "capital", "hospital", "material", "total", "final", "rival", "rivals", "interest",
    "cost", "price", "fare", "fares", "shipping", "clothing", "housing", "funding", "ending",
})

#: Particles that make a phrasal verb ("shut down", "run out of"): read with the verb, never as its object.
PARTICLES: frozenset[str] = frozenset({"down", "out", "off", "up", "back", "away", "over"})

#: Past forms that do not end in -ed, for verbs whose bare form is also a noun: "shut", "cut", "hit" are verbs
#: only after a subject or an auxiliary, which the reader checks.
IRREGULAR_PAST: frozenset[str] = frozenset({
    "shut", "ran", "broke", "broken", "won", "lost", "sent", "held", "began", "begun", "struck", "fell", "fallen",
    "paid", "sold", "bought", "built", "brought", "caught", "left", "met", "chose", "chosen", "drew", "drawn",
    "upheld", "withdrew", "withdrawn", "freed", "quit", "split", "cut", "hit", "taken", "took", "given", "gave",
    "stole", "stolen",
})

#: Objects that name the same thing under different words: compared under the first form ("agreement").
THING_SYNONYMS: dict[str, str] = {
    "deal": "agreement", "deals": "agreement", "accord": "agreement", "accords": "agreement", "pact": "agreement",
    "pacts": "agreement", "treaty": "agreement", "agreements": "agreement", "ceasefire": "truce",
    "cease-fire": "truce", "truce": "truce", "armistice": "truce", "assembly line": "line",
    "production line": "line", "line": "line", "lines": "line", "recount": "recount", "recounts": "recount",
    "vote": "vote", "ballot": "vote", "referendum": "vote", "election": "vote", "law": "bill", "bill": "bill",
    "legislation": "bill", "budget": "budget", "contract": "contract", "vaccine": "vaccine", "vaccines": "vaccine",
    "doses": "vaccine", "jab": "vaccine", "jabs": "vaccine", "strike": "strike", "strikes": "strike",
    "stoppage": "strike", "stoppages": "strike", "walkout": "strike", "walkouts": "strike", "frontier": "border",
    "frontiers": "border", "border": "border", "borders": "border",
}

#: Words that say an expected event repeats or extends one that already happened ("will sign another deal",
#: "a second recount"): such an expectation does not contradict the report of the first.
REPETITIONS: frozenset[str] = frozenset({"another", "again", "second", "third", "new", "further", "more", "next",
                                         "additional", "renewed", "fresh", "other", "extend", "extended",
                                         "continue", "continues", "keep", "still"})

#: Verbs a headline states in the bare present ("Two countries sign deal", "Board orders recount"): a headline word
#: is read as one of these only in a verb's place, between its subject and its object.
HEADLINE_VERBS: frozenset[str] = frozenset({
    "sign", "order", "approve", "reject", "close", "open", "reopen", "ban", "lift", "cancel", "postpone", "release",
    "arrest", "charge", "sue", "fire", "hire", "launch", "recall", "suspend", "resume", "halt", "block", "pass",
    "adopt", "win", "lose", "elect", "appoint", "ratify", "raise", "cut", "end", "extend", "declare", "seize",
    "free", "sack", "dismiss", "acquit", "convict", "sentence", "buy", "sell", "shut", "scrap", "delay", "veto",
    "overturn", "uphold", "strike", "reach", "settle", "agree", "break", "abandon", "withdraw", "impose", "confirm",
})
