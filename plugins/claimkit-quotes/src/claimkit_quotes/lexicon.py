"""Word tables of the quote extractor: reporting verbs, nominal cues, titles, pronouns and source nouns.

Everything here is ordinary English vocabulary, kept as readable tables. The matchers in ``cues.py`` and
``sources.py`` are generated from them once, at import.
"""

from __future__ import annotations

from typing import Final

NEUTRAL: Final = "neutral"
HEDGING: Final = "hedging"
DENIAL: Final = "denial"
PREDICTION: Final = "prediction"
CONFIRMATION: Final = "confirmation"

# Reporting verbs by cue class. A verb is listed by its base form; ``IRREGULAR`` adds the forms that the regular
# rules of ``inflections`` cannot derive.
REPORTING_VERBS: Final[dict[str, tuple[str, ...]]] = {
    NEUTRAL: (
        "say", "tell", "add", "note", "write", "ask", "report", "announce", "tweet", "describe", "explain",
        "continue", "declare", "state", "recall", "respond", "reply", "remark", "comment", "observe", "mention",
        "testify", "stress", "emphasize", "emphasise", "argue", "insist", "urge", "complain", "conclude", "recount",
        "reiterate", "repeat", "quip", "joke", "answer", "counter", "retort", "post", "blog",
        "remind", "assert", "maintain", "contend", "charge", "accuse", "criticize", "criticise",
        "lament", "boast", "brag", "proclaim", "cite", "summarize", "summarise", "inform", "advise", "caution",
        "muse", "wonder", "acknowledge", "instruct", "signal", "indicate", "show", "find", "read",
        # Stances that the corpus counts as attributions ("X praised Y", "X urged Y to ...").
        "defend", "praise", "urge", "call", "endorse", "blame", "attack", "propose", "seek", "offer", "refuse",
        "decline", "describe", "demand", "welcome", "condemn", "slam", "blast", "mock", "applaud", "highlight",
        "tout", "cite", "recommend", "respond", "reply", "testify", "recount", "describe", "unveil", "release",
        "publish", "interview", "poll", "support", "oppose", "see", "want", "know", "express", "name", "back",
        "view", "chant", "shout", "yell", "exclaim", "scream", "cry", "joke", "quip", "muse", "marvel", "plead",
        "vow", "concur", "caution", "demand", "rail", "scoff", "sneer", "snap", "gush", "boast",
        # Stances towards a person or a policy, and verbs of seeking and choosing ("X denounced Y", "X sought to").
        "denounce", "decry", "assail", "deride", "chide", "rebuke", "lambaste", "castigate", "ridicule", "scold",
        "seek", "discuss", "favor", "favour", "prefer", "thank", "request", "challenge", "embrace", "echo",
        "portray", "champion", "advocate", "hail", "label", "invoke", "envision", "characterize", "characterise",
        "underscore", "dub", "brand", "vouch", "articulate", "reference", "congratulate", "lash",
        # Persuading, pressing and deciding ("X urged Y to ...", "X decided to ...").
        "bash", "knock", "fault", "decide", "learn", "order", "push", "apologize", "apologise", "voice",
        "encourage", "persuade", "convince", "implore", "beg", "pressure", "reassure", "assure",
        "address", "tease", "object", "protest",
        # Speaking, comparing and approving ("X spoke about ...", "X compared Y to Z").
        "speak", "talk", "focus", "identify", "compare", "cheer", "celebrate", "outline", "promote", "discover",
        "interject", "approve", "demonstrate", "resist", "weigh", "shrug", "relish", "ignore", "detail",
        # Complaining, likening, quoting and writing to someone ("X bemoaned ...", "X likened Y to Z").
        "bemoan", "liken", "balk", "retweet", "quote", "email", "list", "sound", "side", "press", "nominate",
        "anger",
        # Verbs of speaking in a manner, of relaying and of praising or scolding ("X muttered", "X lauded Y").
        "opine", "sigh", "laugh", "chuckle", "whisper", "mutter", "murmur", "grumble", "gripe", "groan", "growl",
        "snarl", "hiss", "bellow", "holler", "fume", "rant", "rave", "whine", "moan", "blurt", "utter", "recite",
        "narrate", "relay", "convey", "confide", "divulge", "clarify", "elaborate", "specify", "stipulate",
        "restate", "paraphrase", "rehash", "pronounce", "decree", "preach", "lecture", "publicize", "trumpet",
        "herald", "underline", "allude", "attest", "aver", "avow", "broach", "laud", "extol", "commend",
        "compliment", "berate", "chastise", "reprimand", "deplore", "mourn", "regret", "resent",
    ),
    HEDGING: (
        "claim", "allege", "suggest", "speculate", "believe", "think", "suspect", "hint", "imply", "guess",
        "estimate", "feel", "reckon", "surmise", "theorize", "theorise", "question", "doubt", "wonder", "seem",
        "appear", "consider", "regard", "deem", "assume", "presume", "suppose", "imagine", "understand",
        "realize", "realise", "insinuate", "remember", "hypothesize", "hypothesise", "ponder", "mull",
        "contemplate", "infer", "posit",
    ),
    DENIAL: (
        "deny", "reject", "dismiss", "refute", "dispute", "rebut", "disavow", "contradict", "repudiate",
        "disagree", "downplay", "retract", "recant", "renounce", "disown", "veto",
    ),
    PREDICTION: (
        "expect", "predict", "warn", "forecast", "project", "anticipate", "vow", "promise", "pledge", "threaten",
        "foresee", "hope", "fear", "plan", "intend", "worry", "guarantee", "prophesy", "swear",
    ),
    CONFIRMATION: (
        "confirm", "acknowledge", "admit", "concede", "verify", "affirm", "agree", "reaffirm", "corroborate",
        "recognize", "recognise", "reveal", "disclose", "confess", "certify",
    ),
}

# Adjectives of stance after a form of "be" ("Voters are concerned that ...", "She was not hopeful about ..."): a cue
# only with "that" or one of their prepositions after them, which joins the cue.
ADJECTIVE_CUES: Final[dict[str, dict[str, frozenset[str]]]] = {
    HEDGING: {
        "confident": frozenset({"of", "about", "in"}), "hopeful": frozenset({"about", "of"}),
        "optimistic": frozenset({"about"}), "pessimistic": frozenset({"about"}),
        "skeptical": frozenset({"of", "about"}), "sceptical": frozenset({"of", "about"}),
        "convinced": frozenset({"of"}), "unsure": frozenset({"about", "of"}), "doubtful": frozenset({"of", "about"}),
        "aware": frozenset({"of"}), "unaware": frozenset({"of"}),
    },
    PREDICTION: {
        "concerned": frozenset({"about", "by", "over", "with"}), "worried": frozenset({"about", "by", "over"}),
        "wary": frozenset({"of", "about"}), "fearful": frozenset({"of"}), "eager": frozenset(),
    },
    NEUTRAL: {
        "critical": frozenset({"of"}), "supportive": frozenset({"of"}), "outspoken": frozenset({"on", "about", "in"}),
        "adamant": frozenset({"about"}), "vocal": frozenset({"about", "in"}), "proud": frozenset({"of"}),
        "upset": frozenset({"about", "by", "over", "with"}), "angry": frozenset({"about", "at", "over", "with"}),
        "frustrated": frozenset({"with", "by", "about", "over"}), "disappointed": frozenset({"in", "with", "by"}),
        "pleased": frozenset({"with", "by"}), "happy": frozenset({"with", "about"}),
        "grateful": frozenset({"for", "to"}), "furious": frozenset({"with", "at", "about", "over"}),
    },
    DENIAL: {"opposed": frozenset({"to"})},
}
ADJECTIVE_PARTICLES: Final[dict[str, frozenset[str]]] = {
    adjective: preps for table in ADJECTIVE_CUES.values() for adjective, preps in table.items()
}

# Verbs whose object is content only with a following clause ("X showed that ..."), never as "..., X showed."
CLAUSE_ONLY: Final = frozenset({
    "show", "find", "read", "point", "signal", "indicate", "feel", "hope", "fear", "plan", "intend", "worry",
    "think", "believe", "guess", "rule", "agree", "disagree", "recognize", "recognise", "reveal", "disclose",
    "expect", "project", "remind", "inform", "advise", "instruct", "charge", "accuse", "criticize", "criticise",
    "cite", "suspect", "downplay", "dismiss", "reject", "dispute", "contradict", "repudiate", "disavow", "post",
    "threaten", "summarize", "summarise", "urge", "anticipate", "forecast", "foresee", "verify", "corroborate",
})

# Verbs whose source may follow them after a content ("..., said Berg", "“...,” added the mayor"); a stance verb
# after a comma has its subject before it ("Reed, a farmer, questioned the plan"), never after.
INVERSION_VERBS: Final = frozenset({
    "say", "tell", "add", "note", "write", "ask", "report", "announce", "tweet", "explain", "continue", "declare",
    "state", "recall", "respond", "reply", "remark", "comment", "observe", "mention", "testify", "stress",
    "emphasize", "emphasise", "argue", "insist", "complain", "conclude", "recount", "reiterate", "repeat", "quip",
    "joke", "answer", "counter", "retort", "post", "assert", "maintain", "contend", "charge", "lament",
    "boast", "brag", "proclaim", "muse", "wonder", "acknowledge", "caution", "chant", "shout", "yell", "exclaim",
    "scream", "cry", "marvel", "plead", "scoff", "sneer", "snap", "gush", "interject", "claim", "allege",
    "suggest", "speculate", "predict", "warn", "promise", "confirm", "admit", "concede", "agree", "deny", "concur",
    "according to", "point", "read", "begin", "forecast", "estimate", "guess", "imagine", "sigh",
    "opine", "laugh", "chuckle", "whisper", "mutter", "murmur", "grumble", "groan", "growl", "snarl", "hiss", "bellow",
    "holler", "fume", "confide", "clarify", "elaborate", "recite", "confess", "swear",
})
# Verbs that invert with their source only right after a quoted statement ("“We will rebuild,” vowed the mayor"):
# elsewhere they take an object ("protested the closure of three schools").
TRANSITIVE_INVERSION_VERBS: Final = frozenset({"vow", "pledge", "protest", "object", "scold"})

# Verbs that take the addressee as first object ("told reporters that ...", "assured voters ...").
ADDRESSEE_VERBS: Final = frozenset({"tell", "ask", "remind", "inform", "advise", "assure", "warn", "urge", "instruct",
                                    "promise"})
# Bodies and groups that are told things ("told the council the plan was sound", "told the tribunal in a memo"), in
# the singular (a final "s" is taken off before the look-up).
ADDRESSEE_BODIES: Final = frozenset({
    "council", "court", "committee", "panel", "board", "jury", "crowd", "audience", "paper", "newspaper", "station",
    "network", "magazine", "channel", "agency", "parliament", "congress", "senate", "house", "assembly", "conference",
    "meeting", "gathering", "rally", "group", "team", "staff", "cabinet", "caucus", "journalist", "press", "public",
    "nation", "country", "media", "reporter", "viewer", "listener", "reader", "supporter", "lawmaker", "tribunal",
    "inquiry", "hearing", "commission", "delegation", "congregation", "class", "union", "member", "voter", "worker",
})
# Words that open an adjunct of time or place after a cue's addressee or right after the cue ("told the tribunal in a
# memo", "said on Tuesday,"): the adjuncts of ``AFTER_CUE_ADJUNCTS`` without "to", "as" and "of", which go on with
# what was told ("told them to leave"), and without "when"/"while", which open clauses.
ADDRESSEE_ADJUNCTS: Final = frozenset({
    "in", "at", "on", "during", "after", "before", "from", "by", "via", "over", "last", "this", "earlier", "later",
    "late", "outside", "inside", "yesterday", "today", "tonight", "again", "recently",
})
# Auxiliaries and modals: with a subject pronoun before them they open a clause ("told the court it was wrong"), and
# after a subject split off by a parenthetical attribution they open its predicate ("The storm, officials said on
# Tuesday, is expected to weaken").
CLAUSE_AUXILIARIES: Final = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "did", "does", "do",
})
# Words that end an addressee or the adjunct after it: auxiliaries, complementisers, pronouns and conjunctions open
# what was told or a clause of its own ("told the court it was wrong").
ADDRESSEE_BREAKERS: Final = CLAUSE_AUXILIARIES | frozenset({
    "not", "that", "whether", "how", "what", "why", "who", "which", "to", "there", "it", "he", "she", "they", "we",
    "i", "you", "if", "and", "but", "or",
})
# What opens the predicate of a subject split off by a parenthetical attribution.
PREDICATE_OPENERS: Final = CLAUSE_AUXILIARIES | frozenset({
    "remains", "remained", "faces", "faced", "needs", "needed",
})
# Adverbs between a cue and a colon or "that" that are no part of the content ("said only: “...”"); the other
# restricting adverbs ("said simply that") already belong to the cue.
RESTRICTING_ADVERBS: Final = frozenset({"only"})
# Particles that end a multi-word cue which never inverts with its source: "Reed, asked about the fund, said" has the
# topic, not a speaker, after "asked about".
NO_INVERSION_PARTICLES: Final = frozenset({"about", "of", "on", "for", "with", "whether", "if"})


IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "find": ("finds", "found", "finding"),
    "read": ("reads", "read", "reading"),
    "feel": ("feels", "felt", "feeling"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "show": ("shows", "showed", "shown", "showing"),
    "forecast": ("forecasts", "forecast", "forecasted", "forecasting"),
    "seek": ("seeks", "sought", "seeking"),
    "know": ("knows", "knew", "known", "knowing"),
    "see": ("sees", "saw", "seen", "seeing"),
    "understand": ("understands", "understood", "understanding"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
}

# Inflected forms that are far more often nouns or plain verbs than reporting verbs ("the states", "the plan").
EXCLUDED_FORMS: Final = frozenset({
    "regarding",
    "back", "backs", "felt",
    "state", "states", "plan", "planned", "planning", "poll", "polls", "release", "releases", "offer", "offers",
    "post", "posts", "reading", "find", "finding", "interview", "interviews", "seek", "attack",
    "attacks", "blast", "cite", "mock", "slam", "questions", "doubts", "project",
    "projects", "projected", "projecting", "charge", "charges", "counter", "counters", "signal", "signals",
    "answer", "answers", "comment", "comments", "report", "estimate", "estimates", "promise", "promises",
    "feeling", "feelings", "note", "demand", "demands", "welcome", "highlight", "highlights", "tout",
    "reply", "released", "publish", "published", "polled", "polling", "interviewed", "interviewing",
    "seeking", "wonder", "wonders", "guess", "point", "points", "opposing", "seen", "seeing", "continues",
    "continuing", "rule", "rules", "intend", "forecast", "forecasts",
    "known", "knowing", "regard", "regards", "supposed", "challenge", "challenges", "request", "requests", "favor",
    "favour", "echo", "label", "labels", "brand", "reference", "references", "champion",
    "order", "orders", "push", "pushes", "voice", "voices", "pressure", "lobby", "object", "objects", "protest",
    "protests", "address", "addresses", "knock", "fault", "beg",
    "talk", "talks", "focus", "cheer", "cheers", "outline", "detail", "details", "speaking", "weigh",
    "sound", "sounds", "sounding", "list", "lists", "listing", "email", "emails", "quote", "quotes",
    "side", "sides", "press", "presses", "pressing", "anger",
    "utter", "rave", "raves", "lecture", "lectures", "herald", "trumpet", "decree", "decrees", "veto", "vetoes",
    "name", "guarantee", "guarantees", "regrets", "compliment", "compliments", "swearing", "sworn", "elaborate",
})

# Particles that belong to the cue of a phrasal verb ("called for", "argued against", "pointed to").
PARTICLES: Final[dict[str, frozenset[str]]] = {
    "call": frozenset({"for", "on", "out", "upon"}),
    "argue": frozenset({"against", "for"}),
    "believe": frozenset({"in"}),
    "agree": frozenset({"with", "on"}),
    "hope": frozenset({"for"}),
    "ask": frozenset({"about", "for"}),
    "warn": frozenset({"of", "against", "about"}),
    "respond": frozenset({"to", "with"}),
    "complain": frozenset({"about"}),
    "speak": frozenset({"about", "out", "of"}),
    "point": frozenset({"to", "out"}),
    "refer": frozenset({"to"}),
    "vote": frozenset({"for", "against"}),
    "testify": frozenset({"about", "that"}),
    "lash": frozenset({"out"}),
    "push": frozenset({"for"}),
    "talk": frozenset({"about", "of", "up"}),
    "focus": frozenset({"on"}),
    "weigh": frozenset({"in"}),
    "shrug": frozenset({"off"}),
    "object": frozenset({"to"}),
    "apologize": frozenset({"for"}),
    "side": frozenset({"with", "against"}),
    "press": frozenset({"for"}),
    "rail": frozenset({"against", "at", "about"}),
    "boast": frozenset({"of", "about"}),
    "brag": frozenset({"about", "of"}),
    "hint": frozenset({"at"}),
    "write": frozenset({"about", "of"}),
    "vouch": frozenset({"for"}),
    "joke": frozenset({"about"}),
    "assure": frozenset({"of"}),
    "worry": frozenset({"about"}),
    "remark": frozenset({"upon", "on", "about"}),
    "think": frozenset({"about", "of"}),
    "gush": frozenset({"about", "over"}),
    "muse": frozenset({"about", "on"}),
    "learn": frozenset({"of", "about"}),
    "comment": frozenset({"on", "upon"}),
    "disagree": frozenset({"with", "on", "about"}),
    "caution": frozenset({"against"}),
    "identify": frozenset({"with"}),
    "scoff": frozenset({"at"}),
    "advocate": frozenset({"for"}),
    "tweet": frozenset({"out", "about"}),
    "accuse": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "balk": frozenset({"at"}),
    "allude": frozenset({"to"}),
    "apologise": frozenset({"for"}),
}

# Prepositions that any reporting verb takes for the topic or the target of what is said ("warned about the
# fares", "testified against the board"): they join the cue like a listed particle, except "about" before a number
# ("said about 40 people came"), where it is an approximation inside the content.
TOPIC_PARTICLES: Final = frozenset({"about", "against"})

# Nouns that report, believe or take a stance ("his claim that ...", "the belief that ...", "her support for ...").
# They only ever open the nominal layout; a noun that is also a listed verb form ("claims") is read as a noun from
# its context instead (see ``layouts._is_noun_use``).
NOMINAL_CUES: Final[dict[str, tuple[str, ...]]] = {
    NEUTRAL: (
        "statement", "statements", "remarks", "comments", "view", "views", "argument", "arguments", "criticism",
        "criticisms", "endorsement", "opposition", "decision", "proposal", "proposals",
        "assessment", "insistence", "explanation", "testimony", "announcement", "complaint",
        "complaints", "demand", "demands", "plea", "call", "calls", "attack", "attacks", "praise", "defense",
        "defence", "description", "characterization",
    ),
    HEDGING: (
        "belief", "beliefs", "assertion", "assertions", "allegation", "allegations", "accusation", "accusations",
        "suggestion", "suggestions", "contention", "theory", "notion", "impression", "opinion", "assumption",
        "suspicion", "suspicions", "insinuation", "charge", "charges",
    ),
    DENIAL: ("denial", "denials", "rejection", "refusal", "objection", "objections", "dismissal"),
    PREDICTION: (
        "warning", "warnings", "prediction", "predictions", "promise", "promises", "pledge", "pledges", "forecast",
        "fear", "fears", "hope", "hopes", "concern", "concerns", "expectation", "expectations", "threat", "threats",
        "vow", "vows",
    ),
    CONFIRMATION: ("admission", "acknowledgment", "acknowledgement", "confirmation", "recognition", "concession"),
}

# Prepositions that join a nominal cue to its content and belong to the cue ("support for", "opposition to").
NOMINAL_PREPOSITIONS: Final = frozenset({"for", "of", "on", "to", "about", "against"})

# Nouns whose "to" opens an infinitive content rather than joining the cue ("her decision to leave").
INFINITIVE_NOUNS: Final = frozenset({
    "decision", "refusal", "proposal", "proposals", "promise", "promises", "pledge", "pledges", "threat", "threats",
    "vow", "vows", "plea", "call", "calls", "demand", "demands", "plan", "plans", "attempt", "bid", "offer",
})

# Cues of more than one word, with their class. "according to" has its own layout in ``extract.py``.
MULTIWORD_CUES: Final[dict[str, str]] = {
    "according to": NEUTRAL,
    "in the words of": NEUTRAL,
    "went on to say": NEUTRAL,
    "made clear": NEUTRAL,
    "made it clear": NEUTRAL,
    "pointed out": NEUTRAL,
    "points out": NEUTRAL,
    "pointing out": NEUTRAL,
    "ruled out": DENIAL,
    "rules out": DENIAL,
    "pointed to": NEUTRAL,
    "points to": NEUTRAL,
    "pointing to": NEUTRAL,
    "referring to": NEUTRAL,
    "referred to": NEUTRAL,
    "refers to": NEUTRAL,
    "refer to": NEUTRAL,
    "talked about": NEUTRAL,
    "talking about": NEUTRAL,
    "spoke about": NEUTRAL,
    "talk about": NEUTRAL,
    "talks about": NEUTRAL,
    "voted for": NEUTRAL,
    "voted against": DENIAL,
    "vote for": NEUTRAL,
    "votes for": NEUTRAL,
    # answering an attack ("shot back that ...", "fired back at the council")
    "shot back": NEUTRAL, "shoots back": NEUTRAL, "fired back": NEUTRAL, "fires back": NEUTRAL, "firing back": NEUTRAL,
    "hit back": NEUTRAL, "hits back": NEUTRAL, "hitting back": NEUTRAL, "pushed back": DENIAL, "pushes back": DENIAL,
    "pushing back": DENIAL, "snapped back": NEUTRAL, "struck back": NEUTRAL,
    # passive beliefs without a believer ("is widely seen as", "is known as"); see ``PASSIVE_BELIEF_FORMS``
    "seen as": HEDGING, "known as": NEUTRAL, "known for": NEUTRAL,
    # "as the mayor put it, ...": a cue only after "as" and its source (see ``AS_ONLY_CUES``)
    "put it": NEUTRAL, "puts it": NEUTRAL,
    # attacking, answering and setting out, said with a light verb ("took aim at", "laid out", "made the case")
    "took aim at": NEUTRAL, "take aim at": NEUTRAL, "takes aim at": NEUTRAL, "taking aim at": NEUTRAL,
    "took issue with": DENIAL, "take issue with": DENIAL, "takes issue with": DENIAL, "taking issue with": DENIAL,
    "took a swipe at": NEUTRAL, "takes a swipe at": NEUTRAL, "took a shot at": NEUTRAL, "took shots at": NEUTRAL,
    "took credit for": NEUTRAL, "takes credit for": NEUTRAL, "taking credit for": NEUTRAL,
    "went after": NEUTRAL, "goes after": NEUTRAL, "going after": NEUTRAL,
    "made no mention of": NEUTRAL, "makes no mention of": NEUTRAL, "made no secret of": NEUTRAL,
    "makes no secret of": NEUTRAL, "made the case": NEUTRAL, "makes the case": NEUTRAL, "making the case": NEUTRAL,
    "made a case": NEUTRAL, "made the point": NEUTRAL, "makes the point": NEUTRAL,
    "laid out": NEUTRAL, "lays out": NEUTRAL, "lay out": NEUTRAL, "laying out": NEUTRAL,
    "spelled out": NEUTRAL, "spells out": NEUTRAL, "spelt out": NEUTRAL,
    "weighed in on": NEUTRAL, "weighs in on": NEUTRAL,
    "distanced himself from": DENIAL, "distanced herself from": DENIAL, "distanced themselves from": DENIAL,
    "is counting on": PREDICTION, "are counting on": PREDICTION,
    # votes for and against ("voted in favor of the bill", "are voting for Berg")
    "voted in favor of": NEUTRAL, "voted in favour of": NEUTRAL, "voting for": NEUTRAL, "voting against": DENIAL,
    "vote against": DENIAL, "votes against": DENIAL,
    # a stance voiced with its noun ("expressed concern", "voiced support for")
    "expressed concern": PREDICTION, "expressed concerns": PREDICTION, "expressed confidence": HEDGING,
    "expressed frustration": NEUTRAL, "expressed alarm": PREDICTION, "expressed support for": NEUTRAL,
    "expressed interest in": NEUTRAL, "voiced support for": NEUTRAL, "voiced concern": PREDICTION,
    "voiced concerns": PREDICTION,
    # seeking, planning and wishing in the progressive or with "would" ("is seeking a third term", "would like a vote");
    # the bare forms are more often nouns ("the planning", "the seeking of")
    "would like": PREDICTION, "is seeking": NEUTRAL, "are seeking": NEUTRAL, "was seeking": NEUTRAL,
    "were seeking": NEUTRAL, "is planning": PREDICTION, "are planning": PREDICTION, "was planning": PREDICTION,
    "were planning": PREDICTION, "is looking for": NEUTRAL, "are looking for": NEUTRAL, "was looking for": NEUTRAL,
    "is looking to": PREDICTION, "are looking to": PREDICTION, "pleaded guilty": CONFIRMATION,
    "pleads guilty": CONFIRMATION, "pleaded not guilty": DENIAL,
    "look forward to": PREDICTION, "looks forward to": PREDICTION, "looking forward to": PREDICTION,
    "is eager": PREDICTION, "are eager": PREDICTION, "was eager": PREDICTION,
}
# Cues read only in a clause "as X <cue>" ("as one farmer put it"); elsewhere they report nothing ("she put it away").
AS_ONLY_CUES: Final = frozenset({"put", "puts"})  # the lemma of an unlisted verb is its form

# Adverbs that attribute their clause to unnamed others ("The firm is reportedly seeking a buyer"): the clause
# without the adverb is the content, and no one is its source.
ADVERB_CUES: Final[dict[str, str]] = {"reportedly": HEDGING}

# Verbs whose passive subject is what was said ("The deal was announced", "The plan was widely criticized"), unlike
# "was told" or "was asked", whose subject is the addressee.
PASSIVE_SUBJECT_CONTENT: Final = frozenset({
    "announce", "report", "describe", "reveal", "disclose", "confirm", "publish", "release", "unveil", "propose",
    "endorse", "criticize", "criticise", "praise", "reject", "dismiss", "deny", "predict", "forecast", "mention",
    "discuss", "dispute", "condemn", "denounce", "approve", "oppose", "question", "cite", "quote", "detail",
    "document", "highlight", "acknowledge", "recommend", "welcome", "applaud", "hail", "challenge", "debate",
})

# Passive participles that report a belief with no believer named ("is seen as a gamble", "is believed to have left",
# "was said to be ill"): a cue only after a form of "be" and before "as" or "to".
PASSIVE_BELIEF_FORMS: Final = frozenset({
    "seen", "known", "considered", "believed", "thought", "said", "reported", "regarded", "viewed", "rumored",
    "rumoured", "perceived", "presumed", "assumed", "understood", "expected", "accused", "suspected",
})

# Words that may stand between the subject and the verb and then belong to the cue ("has also said").
CUE_AUXILIARIES: Final = frozenset({
    "has", "have", "had", "will", "would", "could", "did", "does", "do", "also", "later", "then", "previously",
    "repeatedly", "again", "now", "recently", "earlier", "once", "often", "publicly", "privately", "is",
    "are", "was", "were", "been", "be", "may", "might", "can", "should", "must", "still", "further", "first",
    "initially", "reportedly", "not", "never", "widely", "similarly", "separately", "quickly", "simply", "flatly",
    "openly", "explicitly", "frankly", "bluntly", "firmly", "falsely", "wrongly", "correctly", "always", "already",
    "just", "even", "only", "strongly", "long",
    # Negated auxiliaries belong to the cue as well ("didn't say").
    "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "wasn't", "aren't",
    "weren't", "can't", "couldn't", "shouldn't", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "hadn’t", "won’t",
    "wouldn’t", "isn’t", "wasn’t", "aren’t", "weren’t", "can’t", "couldn’t", "shouldn’t",
})

# Words in -ly that are no adverbs: "the rally said" keeps "rally" out of the cue (any other lowercase -ly word right
# before the verb joins it: "quickly blasted", "passionately rebuked").
NOT_LY_ADVERBS: Final = frozenset({
    "rally", "family", "ally", "reply", "supply", "assembly", "daily", "weekly", "monthly", "yearly", "quarterly",
    "belly", "bully", "folly", "jelly", "lily", "anomaly", "monopoly", "homily", "italy", "july", "early",
    "likely", "only", "friendly", "elderly", "costly", "deadly", "lonely", "lovely", "ugly", "silly", "holy",
    "fly", "apply", "comply", "rely", "imply", "multiply",
})

# Infinitives that report nothing by themselves ("went to see the game", "wants to know", "hard to read"): no
# attribution of their own after "to".
INFINITIVE_SKIPPED: Final = frozenset({
    "see", "know", "find", "show", "read", "learn", "understand", "consider", "imagine", "remember", "realize",
    "realise", "feel", "think", "believe", "guess", "hope", "plan", "intend", "expect", "want", "seem", "appear",
    "continue", "begin", "decide", "agree", "refuse", "decline", "offer", "seek", "try", "focus", "weigh", "speak",
    "talk", "answer", "address", "request", "order", "push", "press", "side", "support", "back", "name", "list",
    "post", "release", "publish", "poll", "interview", "welcome", "view", "express", "sound", "detail",
})

# Verbs that carry an infinitive reporting verb and then belong to its cue ("continued to insist", "tried to show");
# the corpus never starts a cue at the verb after "to".
CHAIN_VERBS: Final = frozenset({
    "continue", "continues", "continued", "continuing", "try", "tries", "tried", "trying", "begin", "begins",
    "began", "begun", "beginning", "start", "starts", "started", "starting", "need", "needs", "needed", "fail",
    "fails", "failed", "failing", "attempt", "attempts", "attempted", "attempting", "went", "used", "has", "have",
    "had", "ought",
    # choosing, managing and hurrying to say something ("chose to ignore", "rushed to defend", "tends to blame")
    "tend", "tends", "tended", "tending", "choose", "chooses", "chose", "chosen", "choosing", "struggle",
    "struggles", "struggled", "struggling", "manage", "manages", "managed", "managing", "bother", "bothers",
    "bothered", "hesitate", "hesitates", "hesitated", "rush", "rushes", "rushed", "rushing", "hasten", "hastened",
    "scramble", "scrambled", "scrambling", "vote", "votes", "voted", "voting",
})

# What may follow the verb inside the cue span ("said in a statement", "said on Tuesday").
# Only written statements: the corpus leaves "in an interview", "in a speech" or "in an email" out of the cue far
# more often than not ("said in an interview" -> cue "said").
CUE_TRAILERS: Final = (
    "in a statement", "in a tweet", "in a post", "in a news release", "in a press release", "in a blog post",
    "on twitter", "on facebook",
)
# Verbs that report only with one of their particles ("spoke about the plan", "spoke highly of her"): alone they
# tell that someone talked ("spoke to reporters", "spoke on condition of anonymity"), not what was said.
PARTICLE_REQUIRED: Final = frozenset({"speak", "side", "rail"})

# What follows "asked"/"requested" when a source asks to stay unnamed ("who asked not to be identified"): a request
# about the source itself, which reports nothing.
ANONYMITY_REQUESTS: Final = (
    "not to be", "to remain anonymous", "to remain unnamed", "for anonymity", "anonymity", "that his name",
    "that her name", "that their names", "that their name",
)
ANONYMITY_REQUEST_VERBS: Final = frozenset({"ask", "request"})

# Base forms that are far more often nouns ("rural support", "percent support", "drew support"): a cue only right
# after a subject pronoun, a relative pronoun, an auxiliary, a negation or a plural noun ("voters support ...").
VERB_ONLY_AFTER_SUBJECT: Final = frozenset({"support", "doubt", "question"})
# Participles that close a subject of polled people ("those surveyed support ...", "the voters polled doubt ...").
POLLED_PARTICIPLES: Final = frozenset({"surveyed", "polled", "questioned", "interviewed", "asked", "sampled"})
# Forms that are as often nouns ("a worry for farmers", "his worries"): a cue only right before "that" or "about"
# ("residents of the valley worry that ...", "she worries about ...") and after no article or possessive.
THAT_ONLY_FORMS: Final = frozenset({"worry", "worries"})
# Verbs that take a counted object far more often than a report when a number follows ("the firm added 200 jobs",
# "the hospital had added two buses"): no cue then.
NUMBER_OBJECT_VERBS: Final = frozenset({"add"})
# Number words: cardinals, round multiples, fractions and the quantity nouns counted like them ("a dozen").
NUMBER_WORDS: Final = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "trillion", "dozen", "dozens", "score", "half", "third", "thirds", "quarter", "quarters",
    "fifth", "fifths", "tenth", "tenths", "few", "handful",
})
# Number words that count only after an article ("a dozen", "a few", "a third"): alone they are other words
# ("few believed", "the third day").
ARTICLE_NUMBER_WORDS: Final = frozenset({"few", "score", "third", "quarter", "fifth", "tenth", "handful"})
# Irregular past forms of common verbs that are rarely another word ("the crew left the harbor", "the driver fled"):
# one of them after a noun is the finite verb of a clause.
IRREGULAR_PAST_FORMS: Final = frozenset({
    "went", "came", "took", "made", "gave", "got", "held", "kept", "left", "lost", "won", "fell", "rose", "brought",
    "bought", "sold", "became", "began", "ran", "spoke", "struck", "fled", "led", "sent", "spent", "stood", "felt",
    "grew", "knew", "thought", "paid", "met", "built", "caught", "drove", "ate", "drank", "flew", "forgot", "hid",
    "rode", "sang", "sank", "shot", "slept", "stole", "swam", "swore", "taught", "threw", "tore", "understood", "woke",
    "wore", "broke", "chose", "froze", "fought", "fed", "bled", "blew", "drew", "heard", "knelt", "lent", "sought",
    "shook", "sprang", "swept", "swung", "wept", "withdrew",
})
# Words that open a counted object after such a verb: number words and the approximations before them.
QUANTITY_OPENERS: Final = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "dozen", "dozens", "another", "nearly", "almost", "about", "some", "more", "roughly",
})
# Base forms that report only before one of these words ("they seem to agree", "voters appear poised to ..."); alone
# they tell of an appearance ("appear on stage").
BASE_FORM_NEXT: Final[dict[str, frozenset[str]]] = {
    "seem": frozenset({"to", "likely", "unlikely", "poised", "ready", "set", "eager", "determined", "intent"}),
    "appear": frozenset({"to", "likely", "unlikely", "poised", "ready", "set", "eager", "determined", "intent"}),
    "appearing": frozenset({"to", "likely", "unlikely", "poised", "ready", "set", "eager", "determined", "intent"}),
}
SUBJECT_SIDE_WORDS: Final = frozenset({
    "i", "we", "you", "they", "who", "that", "which", "do", "did", "does", "don't", "don’t", "didn't", "didn’t",
    "doesn't", "doesn’t", "would", "will", "could", "should", "might", "may", "can", "must", "not", "also", "still",
    "strongly", "now", "all", "both", "generally", "overwhelmingly", "largely", "mostly", "narrowly", "only",
    "never", "always", "who'd", "they'd", "we'd", "i'd", "won't", "won’t", "wouldn't", "wouldn’t",
})

# Words around a cue word that make it something else: a noun ("a talk show", "a think tank") or a verb that reports
# nothing ("found himself", "a group called ..."). Keyed by the cue's lemma: (words before, words after).
NOT_CUE_CONTEXT: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "show": (frozenset({"tv", "talk", "radio", "reality", "television", "news", "morning", "game", "comedy",
                        "award", "art", "cooking", "night", "late-night", "trade", "road", "air", "fashion"}),
             frozenset({"up", "host", "hosts", "of", "business", "trial", "trials"})),
    "think": (frozenset(), frozenset({"tank", "tanks"})),
    # "a tweet", "his tweets": the noun of a message (after an adjective, see ``NOT_CUE_FORM_BEFORE``)
    "tweet": (frozenset({"a", "an", "the", "his", "her", "their", "its", "this"}), frozenset()),
    # "the final say", "a larger say in ...", "their say": the noun of a right to decide
    "say": (frozenset({"final", "larger", "big", "bigger", "greater", "little", "equal", "no", "a", "the", "their",
                       "his", "its", "our", "your", "my", "last"}), frozenset()),
    # "appeared on a talk show", "appears at rallies", "appeared Sunday": a showing up, no impression (for "as" and a
    # comma, which may open an impression too, see ``APPEAR_AS_REPORTS`` and ``layouts._not_a_cue``)
    "appear": (frozenset(), frozenset({
        "on", "before", "with", "by", "in", "alongside", "together", "onstage", "live", "during", "for",
        "briefly", "twice", "regularly", "frequently", "sunday", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "later", "earlier", "here", "there", ".",
    })),
    "continue": (frozenset(), frozenset({"to"})),  # "continued to insist": the cue is the verb after "to"
    "pledge": (frozenset(), frozenset({"delegates", "delegate"})),
    # "the nominating contest": an adjective
    "nominate": (frozenset(), frozenset({"contest", "contests", "convention", "process", "race", "season", "fight",
                                         "battle", "calendar", "committee"})),
    # "up 12 percent compared with last year", "is often compared with": a comparison of figures
    "compare": (frozenset(), frozenset({"with", "to"})),
    # "thanks to a late surge", "thanks in part to": a cause, not a thanking
    "thank": (frozenset(), frozenset({"to", "in", "largely", "partly", "mostly", "mainly", "only"})),

    # "has backing from a third of voters": a noun; "backed down", "backed away": yielding
    "back": (frozenset(), frozenset({"from", "down", "away"})),
    # "celebrated in Dover with supporters": a party, not a report
    "celebrate": (frozenset(), frozenset({"in", "with", "at"})),
    "find": (frozenset({"helped", "help"}), frozenset({"himself", "herself", "themselves", "myself", "itself",
                                                       "ourselves", "yourself", "ways", "time"})),
    "see": (frozenset(), frozenset({"himself", "herself", "themselves", "myself", "itself", "ourselves", "fit"})),
    # "Jane Hale reported from Dover": a reporter's byline, not a report
    "report": (frozenset(), frozenset({"from"})),
    # "she called into the radio show", "calls into the hotline": a telephone call; "the roll call": a noun
    "call": (frozenset({"roll", "conference", "phone", "wake-up"}), frozenset({"into", "in"})),
    # "snap polls", "a snap election": an adjective
    "snap": (frozenset(), frozenset({"poll", "polls", "election", "elections", "vote", "votes", "judgment",
                                     "judgement", "decision", "decisions", "survey", "surveys"})),
    # "maintained a lead": a keeping, not a report
    "maintain": (frozenset(), frozenset({"a", "an"})),
}
# Words after "appear as" that make it an impression ("it appears as if ...", "it appeared as though ..."); before
# anything else "as" tells of a role ("she appeared as a guest").
APPEAR_AS_REPORTS: Final = frozenset({"if", "though"})
# How many tokens after "appear," a "that" may come and still make the comma a parenthesis before an impression ("it
# appears, however, that ...", "it appeared, at first, that ..."); with none, the comma ends a showing up ("he
# appeared, drawing crowds").
APPEAR_COMMA_THAT_WINDOW: Final = 5
# Words before one form of a cue word that make it something else, where other forms of the same lemma still report:
# "an early tweet", "his first tweet" are the noun of a message, but "She first tweeted", "Another tweeted" report.
_TWEET_NOUN_MODIFIERS = frozenset({
    "first", "last", "one", "another", "early", "latest", "recent", "new", "controversial", "deleted", "single",
    "viral", "later", "earlier", "subsequent", "cryptic", "angry", "late-night", "follow-up", "second", "third",
})
NOT_CUE_FORM_BEFORE: Final[dict[str, frozenset[str]]] = {
    "tweet": _TWEET_NOUN_MODIFIERS,
    "tweets": _TWEET_NOUN_MODIFIERS,
}
# Words after which a bare "called" still reports ("she called", "the council called"); after any other lowercase
# noun it names something ("a group called ...", "a program called ...").
NAMING_CALLED_BLOCKERS: Final = frozenset({
    "he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "what", "and", "but", "so", "also",
    "then", "later", "once", "previously", "publicly", "repeatedly", "recently", "now", "just", "has", "have", "had",
    "was", "were", "is", "are", "be", "been", "campaign", "administration", "government", "council", "committee",
    "ministry", "department", "office", "agency", "court", "board", "senate", "house", "congress", "union", "police",
})
WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "today", "yesterday", "tonight"})

PERSONAL_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "you"})
RELATIVE_PRONOUNS: Final = frozenset({"who", "which"})
PRONOUN_GENDER: Final[dict[str, str]] = {"he": "m", "she": "f", "him": "m", "her": "f"}

# Words that end a noun phrase when scanning leftwards from a cue: the subject cannot reach past them.
NP_BREAKERS: Final = frozenset({
    "that", "which", "and", "but", "or", "because", "when", "while", "as", "if", "after", "before", "since", "so",
    "then", "where", "though", "although", "whether", "than", "until", "unless", "once", "what", "whom", "whose",
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "did", "does", "do", "not", "to", "it", "this", "there", "here", "yet", "also", "even", "who",
    "with", "by", "on", "into", "about", "over", "under", "against", "during", "without", "through", "across",
    "like", "unlike", "said", "says", "say", "told", "now", "just", "only", "still", "why", "how", "nor",
})

# Words that may open a noun phrase; the leftward scan stops after one of them.
DETERMINERS: Final = frozenset({
    "the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many",
    "most", "several", "both", "all", "other", "another", "one", "two", "three", "four", "five", "few", "no", "each",
    "every", "any", "more", "numerous", "various", "top", "senior", "dozens", "hundreds", "thousands",
})

# Prepositions allowed inside a source noun phrase ("the spokesman for the ministry", "Lee of the Herald").
NP_PREPOSITIONS: Final = frozenset({"of", "for", "at", "from", "in"})

# Titles and roles before a name: stripped from the speaker into ``role``.
TITLE_WORDS: Final = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "mx", "rev", "reverend",
    "president", "vice", "prime", "minister", "secretary", "general", "sen", "senator", "rep", "representative",
    "gov", "governor", "mayor", "chairman", "chairwoman", "chair", "chief", "director", "deputy", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "commander", "colonel", "col", "lt", "lieutenant", "gen", "maj",
    "major", "capt", "captain", "sgt", "sergeant", "admiral", "adm", "judge", "justice", "attorney", "speaker",
    "leader", "king", "queen", "prince", "princess", "pope", "bishop", "father", "sheikh", "chancellor", "premier",
    "foreign", "interior", "defense", "defence", "finance", "health", "home", "state", "former", "acting",
    "assistant", "associate", "executive", "senior", "press", "officer", "official", "aide", "adviser", "advisor",
    "analyst", "expert", "economist", "candidate", "nominee", "envoy", "inspector", "superintendent", "commissioner",
    "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "lawmaker", "legislator",
    "delegate", "founder", "ceo", "cfo", "coo", "manager", "head", "strategist", "pollster", "consultant",
    "lawyer", "doctor", "physician", "researcher", "scientist", "editor", "reporter",
    "correspondent", "columnist", "host", "anchor", "activist", "organizer", "organiser", "coach", "player",
    "treasurer", "clerk", "counsel", "sheriff", "police", "army", "military", "intelligence",
    "national", "security", "white", "house", "campaign", "party", "federal", "u.s", "us", "un", "eu", "nato",
    "republican", "democratic", "democrat", "gop", "opposition", "government", "cabinet", "trade",
    "economy", "energy", "education", "transport", "transportation", "agriculture", "labor", "labour", "culture",
    "information", "communications", "development", "environment", "commerce", "treasury", "emergency", "regional",
    "provincial", "district", "county", "city", "town", "village", "union", "council", "committee", "jr", "sr",
    "deputies", "junior", "staff", "top", "mp", "mep", "rabbi", "imam", "cardinal", "mullah",
    # offices of towns, courts and churches ("Harbor Master Hugo Fenn", "Public Defender Ana Lind")
    "master", "principal", "archbishop", "defender", "coroner", "constable", "detective", "prosecutor", "magistrate",
    "ombudsman", "auditor", "comptroller", "pastor", "chaplain",
    # plural titles before a list of names ("Sens. Ilse Marr and Hugo Fenn")
    "sens", "reps", "govs", "messrs", "drs",
})

# Heads of organisation names ("the Foreign Ministry", "the defense ministry", "Acme Corp").
ORGANIZATION_HEADS: Final = frozenset({
    "ministry", "department", "office", "agency", "service", "council", "committee", "commission", "government",
    "administration", "party", "campaign", "army", "military", "police", "court", "bank", "company", "corporation",
    "corp", "inc", "ltd", "group", "association", "union", "institute", "foundation", "organization",
    "organisation", "federation", "authority", "authorities", "board", "bureau", "cabinet", "parliament",
    "congress", "senate", "house", "assembly", "embassy", "coalition", "alliance", "movement", "network", "center",
    "centre", "university", "college", "school", "hospital", "fund", "forces", "force", "navy", "command",
    "ministry's", "regime", "kremlin", "pentagon", "nato", "un", "eu", "fbi", "cia", "who", "imf", "opec",
    "secretariat", "directorate", "inspectorate", "tribunal", "prosecutor's", "prosecutors", "firm",
    "team", "staff", "panel", "jury", "delegation", "caucus", "camp",
})

# Heads of publication names and document-like sources ("the newspaper", "a report", "the poll").
PUBLICATION_HEADS: Final = frozenset({
    "newspaper", "times", "post", "journal", "herald", "tribune", "gazette", "magazine", "news", "press",
    "reuters", "agency", "broadcaster", "television", "radio", "tv", "channel", "outlet", "daily", "weekly",
    "telegraph", "guardian", "independent", "observer", "chronicle", "report", "reports", "poll", "polls", "survey",
    "surveys", "study", "studies", "statement", "statements", "document", "documents", "letter", "records",
    "filing", "analysis", "data", "figures", "estimates", "memo", "website", "blog", "article", "editorial",
    "transcript", "release", "review", "census", "audit", "cnn", "bbc", "ap", "afp", "nbc", "abc", "cbs", "fox",
    "msnbc", "npr", "politico", "bloomberg", "wire", "note", "ad", "ads", "sign", "message", "email", "emails",
    "tweet", "caption", "headline", "banner", "video", "book", "column", "op-ed", "platform", "bill", "law",
    "proposal", "ruling", "opinion", "complaint", "lawsuit", "indictment", "affidavit", "petition", "resolution",
    "pitch", "narrator", "voiceover", "script", "summary", "brief", "guidance", "notice", "announcement",
    "star", "sun", "globe", "mail", "mirror", "express", "examiner", "register", "inquirer", "bulletin", "monitor",
    "dispatch", "courier", "ledger", "record", "standard", "beacon", "caller", "enquirer", "free press",
})

# Anonymous and collective sources.
ANONYMOUS_HEADS: Final = frozenset({
    "officials", "official", "source", "sources", "people", "person", "witnesses", "witness", "residents",
    "analysts", "experts", "observers", "critics", "insiders", "aides", "diplomats", "someone", "others",
    "many", "some", "several", "reports", "activists", "supporters", "opponents", "voters", "lawmakers",
    "members", "investigators", "authorities", "protesters", "locals", "commentators", "economists", "scientists",
    "researchers", "doctors", "participants", "staffers", "advisers", "advisors", "strategists", "allies",
    "democrats", "republicans", "conservatives", "liberals", "americans", "leaders", "officers", "soldiers",
    "troops", "citizens", "workers", "employees", "users", "students", "parents", "families", "groups",
    "percent", "respondents", "majority", "half", "third", "quarter", "most",
})
ANONYMITY_MARKERS: Final = (
    "anonymity", "anonymous", "not authorized", "not authorised", "familiar with", "declined to be named",
    "asked not to be", "unnamed", "who spoke on", "close to",
)

# Prepositions that open the complement of a head of people in a description before an appositive name ("A
# spokeswoman for the airline, Mara Quist, said", "an aide to the mayor").
COMPLEMENT_PREPOSITIONS: Final = frozenset({"for", "of", "at", "to", "with", "from"})
# Adjectives that take "to" inside a source phrase ("said a person close to the governor", "said an official loyal
# to the party"): the "to" opens no infinitive clause there.
SOURCE_TO_ADJECTIVES: Final = frozenset({
    "close", "closer", "closest", "loyal", "allied", "linked", "connected", "tied", "sympathetic", "friendly",
    "opposed", "hostile", "answerable", "near", "nearest", "adjacent", "senior", "junior", "related", "attached",
})

# Nouns that name people by what they do; a lowercase head from this table makes a person source.
PEOPLE_NOUNS: Final = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "secretary", "aide",
    "adviser", "advisor", "analyst", "expert", "lawyer", "attorney", "doctor", "director", "chairman",
    "chairwoman", "chief", "leader", "governor", "senator", "mayor", "ambassador", "envoy", "officer", "commander",
    "general", "source", "witness", "resident", "candidate", "nominee", "economist", "strategist", "pollster",
    "professor", "researcher", "scientist", "historian", "diplomat", "lawmaker", "legislator", "congressman",
    "congresswoman", "representative", "speaker", "judge", "prosecutor", "investigator", "activist", "organizer",
    "founder", "executive", "manager", "head", "man", "woman", "father", "mother", "son", "daughter", "wife",
    "husband", "friend", "neighbor", "neighbour", "colleague", "member", "supporter", "critic", "voter", "student",
    "teacher", "worker", "owner", "employee", "consultant", "editor", "reporter", "columnist", "host", "writer",
    "author", "observer", "insider", "operative", "staffer", "chancellor", "premier", "king", "queen", "prince",
    "deputy", "delegate", "democrat", "republican", "conservative", "liberal", "physician", "nurse", "victim",
    "survivor", "soldier", "commissioner", "inspector", "sheriff", "clerk", "treasurer", "counsel", "pastor",
    "priest", "rabbi", "imam", "coach", "player", "fan", "protester", "protestor", "farmer", "businessman",
    "businesswoman", "entrepreneur", "ceo", "billionaire", "mogul", "challenger", "incumbent", "rival",
    "opponent", "ally", "partner", "correspondent", "anchor",
    # trades and walks of life that speak in news as often as officials do
    "engineer", "tenant", "captain", "singer", "pilot", "driver", "miner", "fisherman", "fisherwoman", "shopkeeper",
    "landlord", "mechanic", "volunteer", "passenger", "sailor", "firefighter", "paramedic", "surgeon", "architect",
    "accountant", "banker", "trader", "investor", "chef", "waiter", "waitress", "cashier", "janitor", "plumber",
    "electrician", "carpenter", "welder", "baker", "butcher", "rancher", "herder", "veterinarian", "dentist",
    "pharmacist", "midwife", "therapist", "psychologist", "psychiatrist", "counselor", "counsellor", "lecturer",
    "tutor", "librarian", "curator", "artist", "actor", "actress", "musician", "poet", "novelist", "journalist",
    "photographer", "filmmaker", "technician", "auditor", "commuter", "motorist", "cyclist", "pedestrian", "hiker",
    "climber", "tourist", "visitor", "ranger", "warden", "caretaker", "landowner", "homeowner", "renter",
    "merchant", "contractor", "specialist", "coordinator", "administrator", "superintendent", "colonel",
    "sergeant", "lieutenant", "admiral", "detective", "solicitor", "barrister", "magistrate", "juror", "coroner",
    "medic", "caregiver", "carer", "parent", "villager", "islander",
})

# Words that look capitalised at a sentence start but are not names.
NOT_NAMES: Final = frozenset({
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "of", "to", "by", "with", "as",
    "it", "this", "that", "these", "those", "there", "here", "then", "now", "when", "while", "if", "after",
    "before", "since", "because", "although", "though", "however", "meanwhile", "still", "also", "asked",
    "speaking", "last", "next", "earlier", "later", "today", "yesterday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "i", "we", "he", "she",
    "they", "you", "his", "her", "their", "our", "my", "its", "what", "why", "how", "who", "where", "which",
    "according", "instead", "indeed", "even", "just", "only", "not", "no", "yes", "all", "some", "many", "most",
})

# Labels that introduce text with a colon without being anyone's words ("Update: ...").
COLON_LABELS: Final = frozenset({
    "update", "updated", "note", "editor", "photo", "photos", "video", "watch", "read", "related", "correction",
    "breaking", "exclusive", "analysis", "opinion", "live", "transcript", "warning", "source", "sources", "credit",
    "background", "bottom", "summary", "contact", "email", "tel", "phone", "fax", "web", "website", "more", "see",
    "also", "advertisement", "sponsored", "disclosure", "full", "text", "subscribe", "listen", "follow", "pictured",
    "contributing", "reporting", "additional", "written", "edited", "byline", "caption", "tags",
    # an interviewer's question label, and headline teasers ("BOOM: ...", "Revealed: ...")
    "q", "question", "boom", "busted", "bombshell", "revealed", "look", "wow", "shock", "shocking", "stat",
    # a social handle line ("Twitter: @...") and connectors that open a point ("Remember: ...", "Plus: ...")
    "twitter", "facebook", "instagram", "remember", "plus",
})

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS: Final = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "st",
    "sens", "reps", "govs", "messrs", "mmes", "drs",
    "jr", "sr", "rev", "hon", "pres", "vs", "v", "nos", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "est",
    "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "a.m", "p.m", "d.c", "ave", "blvd", "pa", "calif", "fla", "mass",
    "mich", "minn", "wis", "ariz", "colo", "conn", "ill", "ind", "kan", "ky", "la", "md", "mo", "mont", "neb",
    "nev", "okla", "ore", "tenn", "tex", "va", "vt", "wash", "wyo", "ala", "ark", "del", "ga", "miss", "n.c",
    "n.y", "n.j", "s.c", "n.h", "n.m", "n.d", "s.d", "r.i", "w.va",
})


# Words the attribution layouts test (see ``layouts.py`` and ``uncued.py``).
OBJECT_PRONOUNS: Final = frozenset({
    "me", "him", "her", "them", "us", "you", "it",
})
PARTICIPLE_STOPS: Final = frozenset({
    "adding", "saying", "noting", "according", "arguing", "explaining", "insisting", "warning", "claiming",
    "stressing", "citing", "acknowledging", "telling",
    # a second speech act of the same speaker ("X called the plan costly, blaming Y")
    "calling", "blaming", "urging", "accusing", "praising", "criticizing", "criticising", "suggesting", "describing",
    "predicting", "vowing", "promising", "declaring", "implying", "dismissing", "denying", "admitting", "conceding",
    "labeling", "labelling", "referring", "pointing", "questioning", "asking", "recalling", "joking",
    "complaining", "boasting", "touting", "pledging", "demanding", "mocking",
    "stating", "remarking", "repeating", "reiterating", "mentioning", "announcing", "asserting", "contending",
    "alleging", "hinting", "cautioning", "emphasizing", "emphasising", "underscoring", "quoting", "referencing",
    "alluding", "invoking", "tweeting", "applauding", "thanking", "attacking", "slamming", "bashing", "chiding",
    "decrying", "deploring", "challenging", "protesting", "advocating", "proposing", "reassuring", "advising",
    "informing", "expressing", "portraying", "fearing", "hoping", "believing",
})
# Participles of ``PARTICIPLE_STOPS`` that are as often adjectives or plain verbs of feeling ("long and challenging",
# "calm and reassuring", "tired, hoping for rain"): they end a content only when a content or an object opens right
# after them (a word of ``PARTICIPLE_OBJECT_OPENERS``, a quotation mark or a capitalised name).
ADJECTIVE_PARTICIPLES: Final = frozenset({
    "challenging", "reassuring", "promising", "demanding", "mocking", "hoping", "fearing", "believing",
})
# Those of them that are verbs before an infinitive ("promising to build", "hoping to win", "demanding to know"),
# where the others stay adjectives ("challenging to read", "reassuring to hear").
INFINITIVE_PARTICIPLES: Final = frozenset({"promising", "hoping", "demanding"})
# Words that open an adjunct after a cue ("said in a speech", "told reporters at ..."), not a content.
AFTER_CUE_ADJUNCTS: Final = frozenset({
    "in", "at", "on", "during", "after", "before", "from", "to", "when", "while", "as", "of", "last", "this",
    "earlier", "later", "late", "early", "outside", "inside",
})
# Words that open a subordinate clause before the main one ("While officials say ..., the crews ..."): an attribution
# inside that clause reports only up to the comma that closes it.
SUBORDINATORS: Final = frozenset({
    "when", "while", "although", "though", "because", "if", "whereas", "once", "unless", "whenever", "since",
})
# Words that open a fronted clause of concession ("Whatever the outcome may be, Berg told the council."), unless a
# comma follows them ("However, ..." links the sentence to the one before).
FREE_RELATIVES: Final = frozenset({"whatever", "whoever", "wherever", "whichever", "however", "whenever"})
# Core reporting verbs: their attribution wins over a weaker cue that would swallow it.
STRONG_CUES: Final = frozenset({
    "say", "tell", "add", "write", "according to", "note", "claim", "deny", "confirm", "warn", "insist", "argue",
    "explain", "announce", "report", "tweet", "state", "declare",
})
# Verbs whose subject belongs to the content ("X seemed to ...").
RAISING_VERBS: Final = frozenset({
    "seem", "appear",
})
CLAUSE_WORDS: Final = frozenset({
    "but", "and", "where", "that", "which", "while", "because", "although", "though", "if", "when", "as", "so",
    "since", "whether", "after", "before",
})
# Heads of surveys and studies that speak for themselves when they open a sentence ("In a new poll, ...").
DOCUMENT_HEADS: Final = frozenset({
    "poll", "survey", "study", "report", "analysis", "review", "audit", "census", "ranking", "index",
})
# Records that show something ("polls showing ...", "ledgers showing ..."): "showing" reports only after one of them
# (or a ``DOCUMENT_HEADS`` word); elsewhere it is a display ("showing off a new coat").
SHOWING_SOURCES: Final = frozenset({
    "polls", "surveys", "studies", "reports", "data", "results", "figures", "numbers", "records", "documents",
    "ledgers", "graphics", "charts", "statistics", "estimates", "returns", "filings", "emails", "tallies", "counts",
    "video", "videos", "footage", "photos", "images", "analyses", "audits", "reviews",
})
VERB_AFTER_NOUN: Final = frozenset({
    "have", "has", "had", "is", "are", "was", "were", "said", "say", "says", "suggest", "suggested", "show",
    "showed", "shows", "indicate", "indicated", "will", "would",
})
BE_FORMS: Final = frozenset({
    "is", "are", "was", "were", "be", "been", "being",
})
# Verbs of being, having, moving and winning that take no stance ("Berg was", "Berg won the vote").
NOT_STANCE: Final = frozenset({
    "is", "was", "has", "had", "does", "did", "goes", "went", "comes", "came", "gets", "got", "won", "wins", "lost",
    "loses", "leads", "led", "lives", "lived", "died", "dies", "returned", "returns", "arrived", "arrives", "left",
    "leaves", "stayed", "stays", "worked", "works", "served", "serves", "remains", "remained", "became", "becomes",
    "seems", "seemed", "appears", "appeared", "faces", "faced", "needs", "needed", "started", "starts", "began",
    "begins", "ended", "ends", "finished", "finishes", "raised", "raises", "spent", "spends", "received",
    "receives", "took", "takes", "made", "makes", "held", "holds", "met", "meets", "visited", "visits", "traveled",
    "travels", "joined", "joins", "entered", "enters", "ran", "runs", "turned", "turns", "moved", "moves", "tried",
    "tries", "used", "uses", "owned", "owns", "paid", "pays", "signed", "signs", "passed", "passes", "voted",
    "votes", "were", "includes", "included", "contains", "contained", "represents", "represented", "grew", "grows",
    "studied", "studies", "graduated", "born",
    # ordinary actions of a public figure's day: they report nothing ("Berg chaired the meeting")
    "chaired", "chairs", "opened", "opens", "closed", "closes", "hosted", "hosts", "attended", "attends", "built",
    "builds", "bought", "buys", "sold", "sells", "founded", "founds", "married", "marries", "played", "plays",
    "scored", "scores", "drove", "drives", "flew", "flies", "walked", "walks", "toured", "tours", "inspected",
    "inspects", "presided", "presides", "organised", "organized", "organises", "organizes", "managed", "manages",
    "directed", "directs", "performed", "performs", "cooked", "cooks", "painted", "paints", "planted",
    "plants", "carried", "carries", "wore", "wears", "ate", "eats", "climbed", "climbs", "crossed",
    "crosses", "reached", "reaches", "celebrated", "celebrates", "watched", "watches", "cut", "cuts",
    "earned", "earns", "captured", "captures",
    # winning, beating and running things ("Berg trounced Reed", "the board conducted a review")
    "trounced", "topped", "tops", "defeated", "defeats", "clinched", "clinches", "dominated", "dominates", "trails",
    "trailed", "placed", "conducted", "conducts", "completed", "completes", "installed", "oversees", "oversaw",
    "suspended", "suspends", "continues",
    # doing, changing and getting things ("the firm hired staff", "the party launched a drive")
    "hired", "hires", "launched", "launches", "created", "creates", "changed", "changes", "increased", "increases",
    "replaced", "replaces", "purchased", "purchases", "rented", "rents", "killed", "kills", "canceled", "cancelled",
    "cancels", "disbanded", "dispatched", "deployed", "deploys", "examined", "examines", "searched", "searches",
    "spotted", "headlined", "headlines", "garnered", "garners", "reaped", "reaps", "averaged", "averages",
    "escaped", "escapes", "exited", "exits", "happened", "happens", "helped", "helps", "uploaded", "edited",
    "edits", "awarded", "awards", "contributed", "contributes", "stepped", "steps", "tapped", "taps", "eased",
    "eases", "edged", "edges", "bested", "bests", "elevated", "elevates", "solidified", "solidifies", "enjoys",
    "enjoyed", "fields", "fielded", "heads", "headed", "maintained", "maintains",
})
ARTICLES: Final = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "no",
    "every", "each", "any",
})
# Words that open a content or an object after a participle (see ``ADJECTIVE_PARTICIPLES``): a complementiser, a
# wh-word, an article or quantifier, a pronoun.
PARTICIPLE_OBJECT_OPENERS: Final = frozenset({
    "that", "whether", "what", "why", "how", "who", "whom", "when", "where", "which", "if", "some", "all", "both",
}) | ARTICLES | PERSONAL_PRONOUNS | OBJECT_PRONOUNS
POSSESSIVE_PRONOUNS: Final = frozenset({
    "his", "her", "their", "its",
})
SUBJECT_PRONOUNS: Final = frozenset({
    "he", "she", "they", "we", "i", "it",
})

# Words that can open a sentence with a capital letter but never head a source phrase: prepositions, subordinators
# and sentence adverbs ("Despite ...", "Unless ...", "Well, ..."), read before a subject is taken from a sentence start.
NOT_SOURCE_WORDS: Final = frozenset({
    "despite", "amid", "amidst", "without", "within", "during", "through", "throughout", "toward", "towards",
    "against", "among", "across", "about", "above", "below", "under", "over", "into", "onto", "upon", "between",
    "beyond", "near", "like", "unlike", "per", "via", "behind", "around", "regarding", "following", "including",
    "concerning", "unless", "until", "whether", "once", "well", "perhaps", "maybe", "thus", "therefore", "hence",
    "moreover", "furthermore", "besides", "otherwise", "again", "already", "never", "always", "often",
    "sometimes", "rather", "nor", "both", "either", "neither", "whatever", "whoever", "wherever", "whenever",
    "so", "too", "very", "not", "from", "by", "with", "to", "of", "at", "in", "on", "for", "as", "than", "having",
    "being", "additional", "further",
})

# Words that, with a contracted verb ("That’s", "There’s", "What’s"), open a clause rather than name anyone. Personal
# pronouns are not here: "He’s claiming ..." names its speaker.
CONTRACTION_STEMS: Final = frozenset({
    "that", "there", "here", "what", "who", "this", "let", "where", "how", "when", "why",
})

#: Focusing adverbs that may stand before a subject without ending the clause's opening ("Even Anna Berg, an ally
#: of the mayor, said ...", "Only the ministry said ..."); before a lower-case word they modify a verb or an
#: adjective instead ("also attacked", "only slightly"), and "just" does so too often ("just shy of half").
FOCUS_ADVERBS: Final = frozenset({"even", "only", "also", "especially", "particularly", "notably"})
