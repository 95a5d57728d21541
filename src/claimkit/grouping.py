"""Built-in grouping keys: what a claim is about, spelled so that the same thing gets the same key.

Two families of keys:

* ``count:<event>|<noun class>|<name stems>`` for the quantities a claim gives ("count:deploy|soldier|aldor" for
  "1,200 Veloran troops had crossed" and "900 Veloran soldiers"); ``?`` stands for an unknown event.
* ``event:<event>|<noun class>|<name stems>`` for what a claim says happened, will happen or did not happen
  ("event:breach|dam").

Synonyms meet through the classes of :mod:`claimkit.lexicon` (troops = soldiers = personnel; fought = battle =
engaged in fighting; breached = broke = burst) and names through :func:`claimkit.subjects.name_stem`. The claim
builder computes the keys of its own claims (it sees the sentence around them); this hook keys claims built by
other plugins from the counts and event they carry.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .hookspecs import hookimpl
from .lexicon import (
    AREA_UNITS,
    COUNTED_AS,
    CURRENCIES,
    DEAL_NOUNS,
    EVENT_LABELS,
    EVENT_PARTICIPANTS,
    LENGTH_UNITS,
    MEASURE_UNITS,
    MONEY_MEASURES,
    NOUN_CLASSES,
    NOUN_DEFAULT_EVENT,
    PARTICIPATION_EVENTS,
    SUBSTANCE_MEASURES,
)
from .subjects import name_stem, noun_class
from .types import Claim, CountMention

__all__ = ["any_event_key", "count_base", "count_key", "currency", "event_key", "is_broad_key", "matches",
           "measure_word", "money_key", "open_class", "parse_key", "singular", "specific_base"]

#: Noun classes too broad to compare without an event.
GENERIC_CLASSES = frozenset({"people", "length", "area", "leader"})

#: Classes of people an event may count as its own participants (see :func:`_counted_as`).
PERSON_LIKE = frozenset({"people", "worker"})

#: Words for people in general: without an event they say nothing about which people.
PLAIN_PEOPLE = frozenset({"people", "persons", "person", "individuals", "others", "adults", "men", "women",
                          "children", "dead", "lives", "members", "participants"})

#: The event slot of a count key whose event is unknown or only says the counted were there.
UNKNOWN = "?"

#: The event slot of a count key for a noun of its own under any verb: "1,800 lorries were stranded" and "250
#: lorries were held up" on one day at one crossing count one thing (see :mod:`claimkit.conflicts.numeric`).
ANY_EVENT = "*"

#: Prefixes of the keys that tie a claim to its story (places, headline and body names) rather than say what it is
#: about: they bring the claims of one story together for the detectors, but are no subject of their own.
STORY_MARKS = ("place:", "story:", "headline:", "about:", "named:", "main:")


def is_story_mark(key: str) -> bool:
    """Whether ``key`` marks a claim's story or place rather than its subject."""
    return key.startswith(STORY_MARKS)


def is_broad_key(key: str) -> bool:
    """Whether ``key`` only gathers claims for the detectors: the event itself (``event:recall|recall``) or a noun
    under any verb (``count:*|lorry``). Such keys are shown as subjects only when a conflict stands on them."""
    family, event, cls, stems = parse_key(key)
    return (family == "event" and event == cls and not stems) or (family == "count" and event == ANY_EVENT)


def singular(word: str) -> str:
    """A crude singular of an English noun ("firefighters" -> "firefighter", "families" -> "family")."""
    w = word.lower()
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    return w[:-1]


def open_class(unit: str) -> str | None:
    """The class of a counted noun claimkit has no synonyms for: the noun itself, singular; None for measures
    (hours, percent, money) and for words that are not plain nouns."""
    word = singular(unit)
    if not word.isalpha() or len(word) < 3 or word in MEASURE_UNITS or unit.lower() in MEASURE_UNITS:
        return None
    return word


def noun_of(unit: str) -> str | None:
    """The class a counted noun is compared under: its synonym class, "length", or the noun itself."""
    unit = unit.lower()
    if unit in LENGTH_UNITS:
        return "length"
    if unit in AREA_UNITS:
        return "area"
    return noun_class(unit) or (unit if unit in NOUN_CLASSES else None) or noun_class(singular(unit)) or \
        noun_class(f"{unit}s") or open_class(unit)


def currency(count: CountMention) -> str | None:
    """The currency of an amount of money ("dollar", "euro", "crown"), or None for any other count."""
    unit = singular(count.unit or "")
    return unit if unit in CURRENCIES else None


#: "pounds of grain", "a pound of butter": a weight, not an amount of money.
_WEIGHT_AFTER = regex.compile(r"\s{1,3}of\s{1,3}(?:(?:fresh|frozen|raw|dried|the|its|their)\s{1,3})?\p{Ll}")


def weight(text: str, count: CountMention) -> bool:
    """The count is of pounds of a substance ("lost 20,000 pounds of grain"): a weight, not money."""
    span = count.unit_span
    return span is not None and singular(count.unit or "") == "pound" and \
        _WEIGHT_AFTER.match(text, span.end) is not None


_MEASURE_FORMS = {form: measure for measure, forms in MONEY_MEASURES.items() for form in forms}
_MEASURE = regex.compile(r"(?i)\b(" + "|".join(regex.escape(f).replace(r"\ ", r"\s{1,3}")
                                              for f in sorted(_MEASURE_FORMS, key=len, reverse=True)) + r")\b")
_DEAL_BEFORE = regex.compile(r"(?i)\b(?:" + "|".join(sorted(DEAL_NOUNS)) +
                             r")\b(?:\s{1,3}[\p{L}'’]{1,15}){0,4}\s{1,3}$")
_NUMBER_BEFORE = regex.compile(r"\d[\d,.]*(?:\s{1,3}(?:million|billion|thousand))?(?!.*\d)", regex.DOTALL)
#: "a year", "per day", "annually", "last year" up to four words after an amount: a rate, keyed with its period.
_MONEY_RATE = regex.compile(
    r"^(?:[\s,]{1,3}[\p{L}'’]{1,15}){0,4}?\s{1,3}(?:(?:a|per|every|each|last|this)\s{1,3}(?P<p>year|month|week|day)|"
    r"(?P<adv>annually|yearly|monthly|weekly|daily))\b", regex.IGNORECASE)
#: "11 euros a share": a market price that moves by the hour, not one amount of a story.
_PER_SHARE = regex.compile(r"(?:\s{1,3}[\p{L}]{1,12})?\s{1,3}(?:a|per)\s{1,3}(?:share|unit)\b", regex.IGNORECASE)
#: "of which 12 million crowns is owed to banks", "a payout that included 3 million in fees": part of an amount.
_PART_OF = regex.compile(r"\b(?:includ(?:e|es|ed|ing)|of\s{1,3}which)\b[^.;]{0,40}$", regex.IGNORECASE)
_ADVERB_PERIODS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
#: What stands between a measure noun and the "worth" or "valued" that gives its amount ("damage worth", "the
#: losses, valued at").
_VALUED_NOUN = regex.compile(r"[\s,]{1,3}(?:(?:is|are|was|were|being|estimated)\s{1,3})?")
#: How far before an amount its measure word is looked for.
MEASURE_REACH = 60
#: A noun right after a measure word that makes the amount a change or a bound of the measure, not the measure:
#: "the cost overrun came to", "a price rise of", "a fee cap of" (but "the price rises to" gives the price).
_CHANGE_AFTER = regex.compile(
    r"\s{1,3}(?:(?:overruns?|hikes?|savings|difference|gap|ceilings?|reductions?|inflation|growth)\b|"
    r"(?:increase|rise|cut|cap|limit)s?\b(?!\s{1,3}to\b))", regex.IGNORECASE)

#: Words of asking for an amount: "asked the insurer to pay", "wants to be paid", "seeks damages of", "a ransom
#: demand of". An amount asked for is keyed as a demand, not as what was paid.
_REQUEST = regex.compile(r"(?i)\b(?:ask|asks|asked|asking|demand|demands|demanded|demanding|want|wants|wanted|"
                         r"wanting|urge|urges|urged|urging|request|requests|requested|requesting|seek|seeks|seeking|"
                         r"sought|call(?:s|ed|ing)?\s{1,3}on)\b")
#: Of those, the forms that ask for the measure named right after them ("seeks damages", "the asking price"), where
#: a noun ("demand", "request") could be the measure's subject ("falling demand cost").
_REQUEST_ADJACENT = frozenset({"asking", "asked", "demanded", "demanding", "requested", "requesting", "seek", "seeks",
                               "seeking", "sought"})
#: What a request reaches a measure word after it through: "to" ("asked the insurer to pay") or "that".
_REQUEST_TO = regex.compile(r"(?i)\b(?:to|that)\b")
#: What ends a request's reach: a clause break, a coordinated or relative clause (and, before a measure word, a
#: finite verb of its own: "the hackers who demanded money were paid").
_REQUEST_BREAK = regex.compile(r"(?i)[,;:.!?]|\b(?:and|but|while|after|before|when|because|so|then|who|which)\b")
#: A plan for the measure word after it: "was budgeted to cost".
_BUDGETED_TO = regex.compile(r"(?i)\b(?:budgeted|earmarked|allocated)\s{1,3}to\s{1,3}$")
_FINITE = regex.compile(r"(?i)\b(?:was|were|is|are|has|have|had|did|does)\b")


def _requested(text: str, start: int, measure: regex.Match[str], at: int) -> bool:
    """The amount at ``at`` is asked for: a request word governs its measure word ("asked the insurer to pay",
    "seeks damages of") or stands between the measure word and the amount ("paid after a ransom demand of")."""
    for m in _REQUEST.finditer(text, start, at):
        if m.start() >= measure.end():
            if not _REQUEST_BREAK.search(text, m.end(), at):
                return True
            continue
        if m.end() > measure.start():
            continue
        between = text[m.end():measure.start()]
        if _REQUEST_BREAK.search(between) or _FINITE.search(between):
            continue
        if _REQUEST_TO.search(between) or (not between.strip() and m.group(0).lower() in _REQUEST_ADJACENT):
            return True
    return False


def money_key(text: str, count: CountMention, clause_start: int, clause_end: int) -> str | None:
    """``count:<measure>|money-<currency>`` for an amount of money whose measure a word before it names ("the
    damage at about $150 million" -> ``count:cost|money-dollar``; "about $1 million a day" keys the rate,
    ``count:cost-per-day|money-dollar``; an amount asked for, "asked the insurer to pay $5 million", is a
    ``demand``); None when the count is no amount or its measure is not named."""
    cur = currency(count)
    if cur is None or count.field not in {"text", "title"}:
        return None
    if _PER_SHARE.match(text, count.end) or _PART_OF.search(text, max(clause_start, count.start - 60), count.start):
        return None
    start = max(clause_start, count.start - MEASURE_REACH)
    number = _NUMBER_BEFORE.search(text, start, count.start)
    if number is not None:
        start = number.end()  # the measure of an earlier amount is not this one's ("cost 410 million, seats 42,000")
    found = _last_measure(text, start, count.start, count.field == "text")
    if found is None or _CHANGE_AFTER.match(text, found.end()):
        return None
    measure = _MEASURE_FORMS[" ".join(found.group(1).lower().split())]
    if measure == "value" and _DEAL_BEFORE.search(text, max(0, found.start() - 60), found.start()):
        measure = "price"  # "a deal valued at", "the offer was worth": what is paid
    if measure != "budget" and _BUDGETED_TO.search(text, max(clause_start, found.start() - 30), found.start()):
        measure = "budget"  # "was budgeted to cost 150 million": what was planned, not what it cost
    if _requested(text, max(clause_start, found.start() - MEASURE_REACH,
                            number.end() if number is not None else 0), found, count.start):
        measure = "demand"  # "asked the insurer to pay 5 million": what one side wants, not what was paid
    rate = _MONEY_RATE.match(text[count.end:min(len(text), clause_end, count.end + 60)])
    if rate is not None:
        period = rate.group("p") or _ADVERB_PERIODS[rate.group("adv").lower()]
        measure = f"{measure}-per-{period.lower()}"
    return f"count:{measure}|money-{cur}"


def _in_name(text: str, m: regex.Match[str]) -> bool:
    """A capitalised measure word inside a sentence of running text is a name ("President Bill Okafor"); one in
    capitals ("TO BUY") is not."""
    word = m.group(1)
    if not word[:1].isupper() or word.isupper():
        return False
    lead = text[:m.start()].rstrip(" “\"‘'(")
    return bool(lead) and lead[-1] not in ".!?:;\n"


def _last_measure(text: str, start: int, at: int, names: bool = False) -> regex.Match[str] | None:
    """The last measure word in ``text[start:at]``; of "damage worth", "losses valued at" the noun (the value of a
    cost is the cost). With ``names`` (running text), a capitalised word inside a sentence is a name, no measure."""
    found = previous = None
    for m in _MEASURE.finditer(text, start, at):
        if names and _in_name(text, m):
            continue
        found, previous = m, found
    if found is not None and previous is not None and \
            _MEASURE_FORMS[" ".join(found.group(1).lower().split())] == "value" and \
            _VALUED_NOUN.fullmatch(text, previous.end(), found.start()):
        return previous
    return found


def measure_word(text: str, start: int, at: int) -> str | None:
    """The money measure word that names the amount at ``at`` ("the damage at", "a fee of", "damage worth"), lower
    case and singular, looked for in ``text[start:at]`` (at most :data:`MEASURE_REACH` back), or None."""
    found = _last_measure(text, max(start, at - MEASURE_REACH), at)
    return singular(" ".join(found.group(1).lower().split())) if found is not None else None


def count_base(count: CountMention) -> str | None:
    """``<noun class>|<name stems>`` of a count (``money-<currency>`` for an amount), or None when it counts nothing
    comparable."""
    if not count.unit:
        return None
    cur = currency(count)
    if cur is not None:
        return f"money-{cur}"
    measure, of, substance = count.unit.partition(" of ")
    if count.category == "percent" and count.unit.startswith("percent of "):
        cls: str | None = f"percent-{count.unit.removeprefix('percent of ').replace(' ', '-')}"
    elif of and singular(measure) in SUBSTANCE_MEASURES:
        cls = f"{singular(measure)}-{substance.replace(' ', '-')}"
    else:
        cls = noun_of(count.unit)
    if cls is None:
        return None
    if cls not in NOUN_CLASSES and cls not in {"length", "area"} and count.category != "percent" and \
            count.unit_span is not None and count.unit_span.text[:1].isupper():
        return None  # "four Americans": a name for people, not a noun claimkit can compare as itself
    stems = sorted({name_stem(m) for m in count.modifiers if m[:1].isupper() and name_stem(m)})
    return "|".join((cls, *stems))


def specific_base(count: CountMention) -> str | None:
    """``<noun>|<name stems>`` for a count of people named by a specific noun ("passengers"), else None."""
    base = count_base(count)
    if base is None or not count.unit:
        return None
    cls, *stems = base.split("|")
    unit = count.unit.lower()
    if cls != "people" or unit in PLAIN_PEOPLE or singular(unit) in PLAIN_PEOPLE:
        return None
    specific = open_class(unit)
    return "|".join((specific, *stems)) if specific else None


def matches(count: CountMention, base: str, event: str | None = None) -> bool:
    """The count is a figure for the quantity ``base`` names (its class, or its specific noun; under an event that
    counts its participants as one class, that class)."""
    if count_base(count) == base or specific_base(count) == base:
        return True
    own = count_base(count)
    return event is not None and own is not None and _counted_as(event, own) == base


def _counted_as(event: str, base: str) -> str:
    """The base an event counts a noun under: "1,200 dockers walked out" and "1,800 members stopped work" are both
    a number of strikers (see :data:`claimkit.lexicon.COUNTED_AS`)."""
    cls, *stems = base.split("|")
    target = COUNTED_AS.get(event)
    if target is None or cls.startswith("percent-") or not (cls in PERSON_LIKE or cls not in NOUN_CLASSES):
        return base
    return "|".join((target, *stems))


def count_key(count: CountMention, event: str | None) -> str | None:
    """The key of a count under an event, or None when the count cannot be compared (no noun, money...).

    A count whose event is unknown gets the event ``?``: it is compared only with counts of the same noun in the
    same story said within a few days (see :mod:`claimkit.conflicts.numeric`). For a noun without a synonym class,
    an event that only says the counted were there ("fought", "were deployed") is the same as no event; an
    outcome ("injured", "employs") keeps its own quantity.
    """
    base = count_base(count)
    if base is None or count.category == "money" or base.startswith("money-") or (
            count.category == "percent" and not base.startswith("percent-")):
        return None  # amounts are keyed by their measure (:func:`money_key`)
    cls = base.split("|")[0]
    if event is None and count.unit:
        event = NOUN_DEFAULT_EVENT.get(count.unit.lower()) or NOUN_DEFAULT_EVENT.get(cls)
    known = cls in NOUN_CLASSES
    if event is None or (not known and event in PARTICIPATION_EVENTS):
        if cls in GENERIC_CLASSES:
            # "people" without an event is every crowd of every story: too broad to compare; "passengers" is not
            specific = specific_base(count)
            return f"count:{UNKNOWN}|{specific}" if specific else None
        return f"count:{UNKNOWN}|{base}"
    base = _counted_as(event, base)
    if known and not fits(event, base.split("|")[0]):
        return None
    return f"count:{event}|{base}"


def any_event_key(count: CountMention) -> str:
    """``count:*|<noun>|<name stems>``: the count compared with counts of its noun under any verb, when both are
    dated to one day (a noun without a synonym class only; see :data:`ANY_EVENT`)."""
    return f"count:{ANY_EVENT}|{count_base(count)}"


def fits(event: str, cls: str) -> bool:
    """The event can be said of this noun class (see :data:`claimkit.lexicon.EVENT_PARTICIPANTS`)."""
    allowed = EVENT_PARTICIPANTS.get(event)
    return allowed is None or cls in allowed


def event_key(event: str, label: str) -> str:
    """The key of an event with its participant label (``soldier|aldor``)."""
    return f"event:{event}|{label}"


def parse_key(key: str) -> tuple[str, str, str, tuple[str, ...]]:
    """Split a key into family, event, noun class and name stems: ``("count", "deploy", "soldier", ("velor",))``."""
    family, _, rest = key.partition(":")
    parts = rest.split("|")
    event = parts[0] if parts else ""
    cls = parts[1] if len(parts) > 1 else ""
    return family, event, cls, tuple(parts[2:])


def describe_key(key: str) -> str:
    """A reader's phrase for a key: "Velor soldiers: fighting", "the number of people: deaths"."""
    family, event, cls, stems = parse_key(key)
    names = " ".join(s.capitalize() for s in stems)
    plural = cls if cls in {"people", "length", "area"} or cls.endswith("s") else f"{cls}s"
    thing = f"{names} {plural}" if names else plural
    # a predicate without an event class is keyed by its stem ("approv"): shown as such, marked as a stem
    label = EVENT_LABELS.get(event) or (f"“{event}…”" if family == "event" else event)
    if family == "count":
        if cls.startswith("percent-"):
            share = cls.removeprefix("percent-").replace("-", " ")
            measure = f"the share of {names + ' ' if names else ''}{share}"
        else:
            measure = f"the {cls}" if cls in {"length", "area"} else f"the number of {thing}"
        return f"{measure} ({label})" if event and event not in {UNKNOWN, ANY_EVENT} else measure
    return f"{thing}: {label}" if cls else label


@hookimpl
def claimkit_group_key(claim: Claim) -> Iterable[str]:
    """Keys for claims that come without them: one per comparable count (an event without a participant is too
    broad to group on)."""
    if claim.subjects:
        return []
    keys = []
    for count in claim.counts:
        key = count_key(count, claim.event)
        if key:
            keys.append(key)
    return keys
