"""``numeric``: sources give figures for the same quantity that cannot all be true at about the same time.

Each count becomes an interval: bounds are open and read as written ("at least 14" is 14 and up, "more than 300"
excludes 250), an approximation or a round figure is widened ("about 40" allows 34 to 46, "5,000" 4,250 to 5,750),
an exact figure a little (reporting rounds, but "61,000" is no more than 500 off), lengths are compared in metres,
amounts of money within their measure and currency. Two figures conflict when their intervals do not
meet. Not compared: a source with itself in one article, two readings of the same words, negated or hypothetical
counts, projections (expected) and questions, figures more than a month apart or dated to other moments, and a
cumulative figure (deaths, injuries, evacuations, arrests) that rises over time - that is a revision.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ..grouping import ANY_EVENT, GENERIC_CLASSES, matches, measure_word, parse_key, singular
from ..hookspecs import hookimpl
from ..lexicon import AREA_UNITS, CUMULATIVE_EVENTS, DECLINING_EVENTS, LENGTH_UNITS, NOUN_CLASSES
from ..quantities import bounds
from ..subjects import find_events
from ..types import Claim, Conflict, CountMention, TimeMention
from .explain import (
    components,
    days_apart,
    evidence,
    places_differ,
    reprinted,
    said_interval,
    same_main_name,
    same_place,
    same_source,
    same_story,
    same_story_place,
    same_words,
    shared_name,
    subject,
    times_differ,
    when,
    who,
    window_pairs,
)

#: Relative slack around approximate and exact figures.
APPROXIMATE = 0.15
EXACT = 0.02
#: Figures further apart in time than this describe different moments.
MAX_DAYS = 31
#: Figures whose event is unknown ("100 firefighters were at the scene") are compared only within one story and
#: when said at most this many days apart.
FEW_DAYS = 4


def _round(value: float | None) -> bool:
    """A figure with one significant digit from 100 up ("5,000", "300") is a rounded figure in news."""
    if value is None or value < 100 or not float(value).is_integer():
        return False
    digits = str(int(value))
    return digits[1:] == "0" * (len(digits) - 1)


#: Operators that make a count a bound.
_BOUNDS = frozenset({">", ">=", "<", "<="})


def _rounding(value: float, against_bound: bool = True) -> float:
    """How far an exact figure may be from what it reports: the news rounds (2%). Against a bound, never by more
    than half a unit of its last written digit ("61,000" is 60,500 to 61,500: below it "fewer than 60,000" cannot
    be right). Against another exact figure 2% only: half a unit of "10" would stretch it to 15."""
    slack = abs(value) * EXACT
    if against_bound and value >= 10 and float(value).is_integer():
        digits = str(int(value))
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros:
            slack = min(slack, 0.5 * 10 ** zeros)
    return slack


#: How far above its conventional top a vague amount in words ("thousands", "hundreds", "dozens") is still read.
VAGUE_REACH = 10.0


def _interval(count: CountMention, against_bound: bool = True) -> tuple[float, float]:
    value = float(count.value) if count.value is not None else None
    low = float(count.low) if count.low is not None else None
    high = float(count.high) if count.high is not None else None
    if value is None and high is not None and not any(ch.isdigit() for ch in count.text):
        # "Thousands rally" over a story of 25,000 marchers: a vague amount in words is used loosely above its
        # conventional range (up to ten times its top), never below it
        high *= VAGUE_REACH
    lo, hi = bounds(count.op, value, low, high)
    # a bound ("more than 300") is read as written: the source chose it, and "250" is below it whatever the rounding
    if value is None or (count.op not in _BOUNDS and (count.op == "~" or _round(value))):
        lo, hi = lo * (1 - APPROXIMATE), hi * (1 + APPROXIMATE)
    elif count.op not in _BOUNDS:
        slack = _rounding(value, against_bound)
        lo, hi = lo - slack, hi + slack
    unit = (count.unit or "").lower()
    factor = LENGTH_UNITS.get(unit) or AREA_UNITS.get(unit, 1.0)
    return lo * factor, hi * factor


_OP_WORDS = {"~": "about", ">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most"}


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def _shown(count: CountMention) -> str:
    """The figure as written, and as read when the reading is not obvious from the words."""
    written = " ".join(count.text.split()).strip("“”\"")
    unit = (count.unit or "").lower()
    if unit in LENGTH_UNITS and unit[:4] not in written.lower():
        written = f"{written} {count.unit}"
    if count.value is None and count.low is not None and count.high is not None:
        return f"{written} (read as {_number(count.low)}-{_number(count.high)})"
    if count.value is not None and count.op in _OP_WORDS and _OP_WORDS[count.op] not in written.lower():
        return f"{written} (read as {_OP_WORDS[count.op]} {_number(count.value)})"
    return written


# "33,000 people a year", "40 flights per day": a rate, not a count of one moment
_RATE = regex.compile(r"^[\s\p{L}'’\-]{0,40}?\b(?:a|per|each|every)\s{1,3}(?:year|month|week|day|hour|minute)\b|"
                      r"^[\s\p{L}'’\-]{0,40}?\b(?:annually|yearly|monthly|weekly|daily)\b", regex.IGNORECASE)


# "six more bodies", "12 new cases", "two other workers", "another 40 homes": a part added to (or beside) a total
_PART_AFTER = regex.compile(r"\s{1,3}(?:more|additional|further|new|extra|other|of\s{1,3}(?:them|those|these|whom))\b",
                           regex.IGNORECASE)
# "Five people detained at the march have been charged": those of the detained the main verb speaks of
_REDUCED_RELATIVE = regex.compile(r"\s{1,3}(?:[\p{Ll}\-]{2,20}\s{1,3})?(?:[\p{Ll}]{2,20}ed|held|hurt|taken)\s{1,3}"
                                  r"(?:in|at|during|on|after|by|near|from|over)\b[^.;:]{0,80}?\s(?:have|has|had|were|"
                                  r"was|are|is|will)\s{1,3}(?:been\s{1,3}|now\s{1,3}|since\s{1,3})?\p{Ll}{3,20}\b")
_PART_BEFORE = regex.compile(r"\b(?:another|an\s{1,3}additional|a\s{1,3}further)\s{1,3}$", regex.IGNORECASE)
# "Of the 40 people rescued on Monday, 12 were taken to hospital": a part of a whole named just before it
_OF_WHOLE_BEFORE = regex.compile(
    r"\b(?:of|among)\s{1,3}(?:the|those|these|all\s{1,3}the)\s{1,3}[^.;:,]{0,100},\s{0,3}$", regex.IGNORECASE)


# "212 passengers and 12 crew", "40 pupils and three teachers": one group beside another, each a part of all
_PART_AND = regex.compile(r"\s{1,3}and\s{1,3}(?:about\s{1,3}|some\s{1,3}|around\s{1,3})?(?:\d[\d,.]*|"
                          r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s{1,3}dozen|dozens|"
                          r"hundreds|several|a\s{1,3}few))\s{1,3}\p{L}", regex.IGNORECASE)


def _part(claim: Claim, count: CountMention) -> bool:
    """The count is an increment or another group ("six more bodies were recovered", "212 passengers and 12
    crew"), not the quantity's total."""
    if count.field != claim.field:
        return False
    at, end = count.start - claim.start, count.end - claim.start
    if at < 0 or end > len(claim.text):
        return False
    noun_end = (count.unit_span.end if count.unit_span is not None and count.unit_span.end > count.end
                else count.end) - claim.start
    return _PART_AFTER.match(claim.text, end, end + 15) is not None or \
        _REDUCED_RELATIVE.match(claim.text, end) is not None or \
        _PART_BEFORE.search(claim.text, max(0, at - 20), at) is not None or \
        _OF_WHOLE_BEFORE.search(claim.text, max(0, at - 120), at) is not None or \
        (noun_end > end and _PART_AND.match(claim.text, noun_end) is not None)


#: Crew named beside a count of people: "passengers" and "people on board" then differ by the crew.
_CREW = regex.compile(r"(?i)\bcrew\b")


def _crew_apart(a: Claim, fa: CountMention | None, b: Claim, fb: CountMention | None) -> bool:
    """The two figures count people by different nouns ("passengers", "people") and a claim names the crew: the
    difference may be the crew."""
    if fa is None or fb is None or singular(fa.unit or "") == singular(fb.unit or ""):
        return False
    return _CREW.search(a.text) is not None or _CREW.search(b.text) is not None


# "A separate fire near Pell has burned 400 hectares", "a smaller rally drew 2,000": the claim is about another event
_SEPARATE = regex.compile(r"\b(?:a|an)\s{1,3}(?:separate|smaller|larger|different|unrelated|second|third)\s{1,3}"
                          r"(?!\d)\p{L}", regex.IGNORECASE)


#: "in the capital alone", "Osterby alone": a part of the total, which it may not exceed.
_ALONE = regex.compile(r"(?i)\b\p{L}[\p{L}'’\-]{1,30}\s{1,3}alone\b")
#: "were still without power", "remain without water", "are still missing": what is left at the time, not the total.
_REMAINING = regex.compile(r"(?i)^\s{1,3}(?:(?:are|is|were|was|have|has|had|in\s{1,3}\p{L}{2,20})\s{1,3}){0,2}"
                           r"(?:still|remain|remains|remained|remaining)\b")


#: "at the peak", "at one point", "at any one time": the most at one moment, a least value of all there were.
_PEAK = regex.compile(r"(?i)\b(?:at\s{1,3}(?:the|its|their)\s{1,3}(?:peak|height|worst)|"
                      r"at\s{1,3}one\s{1,3}(?:point|time)|at\s{1,3}any\s{1,3}one\s{1,3}time|at\s{1,3}(?:its|the)\s{1,3}highest)\b")


def _partial(claim: Claim) -> bool:
    """The claim gives the figure of a part only ("17 people died in Brelin alone", "90,000 homes were without
    power at the peak"): a least value of the whole."""
    return _ALONE.search(claim.text) is not None or _PEAK.search(claim.text) is not None


#: A figure the claim gives only to reject it: "reports that 400 homes were hit were wrong", "dismissed claims of
#: 400".
_REJECTED_AFTER = regex.compile(
    r"(?i)\b(?:was|were|is|are|been)\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:wrong|false|untrue|incorrect|inaccurate|"
    r"exaggerated|overstated|understated|baseless|unfounded|inflated|misleading|mistaken)\b")
_REJECTING_BEFORE = regex.compile(
    r"(?i)\b(?:rejected|rejects|dismissed|dismisses|disputed|disputes|denied|denies|refuted|refutes|"
    r"questioned|questions)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:(?:reports?|claims?|figures?|estimates?|suggestions?|"
    r"rumou?rs?)\s{1,3}(?:of|that)\s{1,3})?(?:(?:about|around|some|nearly|more\s{1,3}than)\s{1,3})?$")


#: A count of a whole country or region against one of a place: "across the country", "nationwide".
_NATIONWIDE = regex.compile(r"(?i)\b(?:across|throughout|around)\s{1,3}the\s{1,3}(?:whole\s{1,3}|entire\s{1,3})?"
                            r"(?:country|nation|region|province|state|county|island)\b|"
                            r"\b(?:nationwide|nationally|countrywide|region-wide|statewide)\b")
#: A running total: "since the heatwave began", "since late July", "so far", "in total" (not "the toll", which
#: may be put at a figure on one day).
_RUNNING = regex.compile(r"(?i)\b(?:since|so\s{1,3}far|to\s{1,3}date|in\s{1,3}total|altogether|cumulative)\b")


def _scopes_differ(a: Claim, b: Claim) -> bool:
    """One claim counts the whole country, the other does not say so ("across the country" against "in Dunmore");
    or one gives a running total ("since July", "the toll") and the other a figure of one day ("on Tuesday")."""
    for x, y in ((a, b), (b, a)):
        if _NATIONWIDE.search(x.text) is not None and _NATIONWIDE.search(y.text) is None:
            return True
        if _RUNNING.search(x.text) is not None and _RUNNING.search(y.text) is None and _one_day(y):
            return True
    return False


def _one_day(claim: Claim) -> bool:
    """The claim dates what it reports to one day ("on Tuesday")."""
    return any(t.type == "DATE" and t.value and len(t.value) == 10 and t.field == claim.field for t in claim.times)


def _rejected(claim: Claim, count: CountMention) -> bool:
    """The claim gives the figure only to reject it ("said reports that 400 homes lost power were wrong",
    "dismissed claims of 400 dead")."""
    at = count.start - claim.start
    if count.field != claim.field or at < 0 or at > len(claim.text):
        return False
    return _REJECTED_AFTER.search(claim.text, at) is not None or \
        _REJECTING_BEFORE.search(claim.text, max(0, at - 60), at) is not None


def _remaining(claim: Claim, count: CountMention) -> bool:
    """The count is what is left at the time ("2,000 homes remain without power", "hundreds were still without heat"),
    not the total the event reached."""
    if count.field != claim.field:
        return False
    end = (count.unit_span.end if count.unit_span is not None and count.unit_span.end > count.end
           else count.end) - claim.start
    if end < 0 or end > len(claim.text):
        return False
    return _REMAINING.match(claim.text[end:end + 50]) is not None


def _separate(claim: Claim) -> bool:
    """The claim says its event is another one than the story's ("a separate fire")."""
    return _SEPARATE.search(claim.text) is not None


def _rate(claim: Claim, count: CountMention) -> bool:
    """The count is a rate ("a year" right after its noun)."""
    if count.field != claim.field:
        return False
    offset = count.end - claim.start
    if offset < 0 or offset > len(claim.text):
        return False
    return _RATE.match(claim.text[offset:offset + 50]) is not None


# "will cost 90,000 euros by 2040", "could fetch": an amount under a modal is a projection (not under "to": "agreed
# to pay $2 billion" states a price)
_MODAL_BEFORE = regex.compile(r"\b(?:will|would|could|may|might|should|'ll)\s{1,3}(?:[\p{L}'’]{1,15}\s{1,3}){1,3}"
                              r"(?:[\p{L}]{1,12}\s{1,3})?$", regex.IGNORECASE)


def _projected(claim: Claim, count: CountMention) -> bool:
    """The amount stands under a modal in its claim ("will cost 90,000 euros", "could fetch")."""
    at = count.start - claim.start
    if count.field != claim.field or at < 0 or at > len(claim.text):
        return False
    return _MODAL_BEFORE.search(claim.text, max(0, at - 40), at) is not None


def _figure(claims: Sequence[Claim], base: str, index: int, event: str | None = None) -> CountMention | None:
    """The claim's figure for the key: of several counts of the same noun ("killed 64 people and injured more
    than 5,000 people"), the one nearest to the key's event."""
    claim = claims[index]
    money = base.startswith("money-")  # an amount's key names its rate ("cost-per-day"): a rate is its figure
    candidates = [c for c in claim.counts if matches(c, base, event) and not (c.negated or c.hypothetical)
                  and (money or not _rate(claim, c)) and not _part(claim, c) and not _rejected(claim, c)
                  and not (money and _projected(claim, c))]
    if len(candidates) <= 1 or event is None:
        return candidates[0] if candidates else None
    hits = find_events(claim.text, 0, len(claim.text))
    for count in candidates:
        offset = count.start - claim.start
        if hits and min(hits, key=lambda h: abs(h.start - offset)).cls == event:
            return count
    return candidates[0]


_OWNER_WORD = regex.compile(r"\b\p{Ll}[\p{Ll}\-]{3,30}(?:['’]s)?\b")
#: Words before an amount that name no owner of it: function words, the measures themselves, time words.
_NOT_OWNERS = frozenset({
    "that", "which", "this", "these", "those", "their", "there", "with", "from", "into", "about", "around", "more",
    "than", "less", "fewer", "least", "some", "only", "each", "every", "other", "final", "total", "original",
    "cost", "costs", "price", "prices", "value", "worth", "damage", "budget", "amount", "sum", "bill", "figure",
    "estimate", "loss", "losses", "year", "month", "week", "today", "million", "billion", "thousand", "what",
    "will", "would", "could", "have", "been", "were", "also", "said", "says", "according", "new", "old",
})
#: Owners that own many amounts: "the city's new park" and "the city's flood repairs" are two costs of one city.
_GENERIC_OWNERS = frozenset({
    "city", "town", "village", "council", "county", "region", "state", "country", "nation", "government",
    "ministry", "department", "agency", "authority", "firm", "company", "group", "business", "family", "owner",
    "official",
})


def _owner_words(claim: Claim, count: CountMention | None) -> set[str]:
    """The nouns a claim names before its amount ("The mill, built at a cost of"), singular: what the amount is
    of; verb forms and the measure words themselves left out."""
    if count is None or count.field != claim.field:
        return set()
    at = max(0, min(len(claim.text), count.start - claim.start))
    found = set()
    for m in _OWNER_WORD.finditer(claim.text, 0, at):
        word = m.group(0).lower().removesuffix("'s").removesuffix("’s")
        if word in _NOT_OWNERS or word.endswith(("ed", "ing", "ly")):
            continue
        word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if word not in _GENERIC_OWNERS:
            found.add(word)
    return found


_NP = (r"(?:(?:a|an|the|its|their|his|her|new)\s{1,3})?"
       r"(?P<np>[\p{L}][\p{L}'’\-]{1,30}(?:\s{1,3}[\p{L}][\p{L}'’\-]{1,30}){0,2})")
_QUANTITY = (r"(?:\s{1,3}(?:is|was|are|were|be|will|stands|stood|at|totals|totalled|came|to|reached|about|around|"
             r"some|nearly|roughly|almost|more|than|over|under|up|just|only|an|estimated))*\s{1,3}[^\s\p{L}]{0,3}$")
#: What an amount is for: "the budget for roads is", "spent ... on roads", "agreed to buy Korva Paper for", and
#: after the amount "paid $1.4 billion for Korva Paper", "spent 4 million euros on roads".
_FOR_BEFORE = regex.compile(r"\b(?:for|on|of)\s{1,3}" + _NP + _QUANTITY, regex.IGNORECASE)
_BOUGHT_BEFORE = regex.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|"
                               r"purchased|purchasing|sell|sells|sold|selling)\s{1,3}" + _NP + r"\s{1,3}for"
                               + _QUANTITY,
                               regex.IGNORECASE)
_FOR_AFTER = regex.compile(r"(?:\s{1,3}[\p{Ll}]{1,12}){0,1}?\s{1,3}(?:for|on)\s{1,3}" + _NP, regex.IGNORECASE)
#: Whom an amount is paid to, when it does not say what for: "paid $9 million to the contractor"; what it was done
#: to: "20 million euros of damage to the mill".
_TO_AFTER = regex.compile(r"(?:\s{1,3}(?:of|in)\s{1,3}(?:damages?|harm))?\s{1,3}to\s{1,3}(?:a|an|the|its|their|his|her)"
                          r"\s{1,3}" + _NP, regex.IGNORECASE)
#: What was damaged, before the amount: "the damage to the mill of 20 million", "damage to nearby homes was put at"
#: (the noun phrase as short as it can be: "the mill of" is the mill).
_DAMAGE_TO_BEFORE = regex.compile(r"\b(?:damages?|harm)\s{1,3}(?:done\s{1,3})?to\s{1,3}"
                                  + _NP.replace("{0,2})", "{0,2}?)")
                                  + r"(?:\s{1,3}(?:of|worth|at|valued\s{1,3}at|put\s{1,3}at))?" + _QUANTITY,
                                  regex.IGNORECASE)
#: Who bears or gets an amount, named between the verb and the amount: "the strike cost the port 12 million",
#: "paid the striker's old club 2 million".
_BEARER_BEFORE = regex.compile(
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|owe|owes|owed|owing)\s{1,3}(?:(?:a|an|the|its|their|his|her)"
    r"\s{1,3})?(?P<np>[\p{L}][\p{L}'’\-]{1,30}(?:\s{1,3}[\p{L}][\p{L}'’\-]{1,30}){0,2})\s{1,3}(?:(?:about|around|"
    r"nearly|roughly|almost|some|just|only|over|under|at\s{1,3}least|more\s{1,3}than|less\s{1,3}than|up\s{1,3}to|"
    r"an\s{1,3}estimated)\s{1,3})?[^\s\p{L}]{0,3}$", regex.IGNORECASE)
#: Words that cannot stand in the noun phrase of a bearer: "paid out", "cost a total of", "paid back".
_NOT_BEARERS = frozenset({"out", "back", "off", "down", "up", "of", "to", "for", "in", "on", "at", "by", "with",
                          "than", "total", "sum", "fee", "price", "fine", "bill", "ransom", "amount", "figure",
                          "and", "or", "a", "an", "the", "had", "has", "have", "was", "were", "been", "be",
                          "already", "also", "still", "now", "then", "again", "finally", "eventually", "reportedly",
                          "him", "them", "it", "us", "me", "you", "himself", "itself", "themselves"})
#: What an amount is paid in, after it: "2 million in bonuses", "3 million in lost wages".
_KIND_AFTER = regex.compile(r"\s{1,3}in\s{1,3}(?:(?:lost|unpaid|extra|additional|annual|signing|back|legal|"
                            r"overdue)\s{1,3})?(?P<kind>\p{Ll}[\p{Ll}\-]{2,30})\b(?!['’])")
#: Words after "in" that name no kind of payment: the measures, forms of payment, time and place words.
_NOT_KINDS = frozenset({
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "all", "total", "one", "two", "each",
    "cash", "shares", "stock", "instalments", "installments", "tranches", "stages", "advance", "full", "part",
    "kind", "person", "private", "public", "court", "return", "exchange", "addition", "response", "recent",
    "damage", "damages", "losses", "loss", "costs", "cost", "revenue", "revenues", "sales", "income", "profit",
    "profits", "value", "aid", "funding", "spending", "fines", "penalties", "compensation", "euros", "dollars",
    "pounds", "crowns", "francs", "yen", "cents",
})
_NOT_OBJECTS = frozenset({"more", "than", "about", "around", "some", "nearly", "roughly", "almost", "over", "under",
                          "up", "just", "only", "estimated", "total", "year", "month", "week", "day", "quarter",
                          "cost", "costs", "price", "value", "budget", "loss", "losses", "damage", "sum", "amount",
                          "the", "a", "an", "is", "was", "were", "are", "last", "next", "this", "in"})


def _purpose(claim: Claim, count: CountMention | None) -> tuple[str, str] | None:
    """What an amount is paid or spent for, by its head noun ("the budget for roads is 40 million" -> road,
    "agreed to buy Korva Paper for $2 billion" -> paper), else whom it is paid to or what it was done to ("to the
    builder" -> builder, "the damage to the mill of" -> mill), else who bears or gets it ("cost the port 12
    million" -> port), with the role it was read in ("for", "to", "bearer"); None when the claim does not say."""
    if count is None or count.field != claim.field:
        return None
    at = count.start - claim.start
    if at < 0 or at > len(claim.text):
        return None
    end = (count.unit_span.end if count.unit_span is not None else count.end) - claim.start
    for role, m in (("for", _BOUGHT_BEFORE.search(claim.text, max(0, at - 60), at)),
                    ("for", _FOR_BEFORE.search(claim.text, max(0, at - 60), at)),
                    ("for", _FOR_AFTER.match(claim.text, max(at, end))),
                    ("to", _TO_AFTER.match(claim.text, max(at, end))),
                    ("to", _DAMAGE_TO_BEFORE.search(claim.text, max(0, at - 70), at)),
                    ("bearer", _BEARER_BEFORE.search(claim.text, max(0, at - 60), at))):
        if m is None:
            continue
        words = m.group("np").lower().split()
        if role == "bearer" and any(w in _NOT_BEARERS for w in words):
            continue
        while words and words[-1] in _NOT_OBJECTS:
            words.pop()  # "for roads is": the verb is no part of the noun
        if words and words[-1].isalpha() and words[-1] not in _NOT_OBJECTS:
            word = words[-1]
            return (word[:-1] if word.endswith("s") and not word.endswith("ss") else word), role
    return None


def _object(claim: Claim, count: CountMention | None) -> str | None:
    """The head noun of what an amount is for, whom it is paid to or who bears it (see :func:`_purpose`)."""
    found = _purpose(claim, count)
    return found[0] if found is not None else None


def _kind(claim: Claim, count: CountMention | None) -> str | None:
    """What an amount is paid in, singular ("3 million euros in lost wages" -> "wage"), or None."""
    if count is None or count.field != claim.field:
        return None
    end = (count.unit_span.end if count.unit_span is not None else count.end) - claim.start
    if end < 0 or end > len(claim.text):
        return None
    m = _KIND_AFTER.match(claim.text, end)
    if m is None or m.group("kind") in _NOT_KINDS or m.group("kind").endswith("ly"):
        return None
    return singular(m.group("kind"))


def _objects_differ(a: Claim, fa: CountMention | None, b: Claim, fb: CountMention | None) -> bool:
    """Both claims say what their amount is for, and not the same thing ("for roads", "for schools"); or one says
    what its amount is paid in and the other what its amount bought or another kind ("in bonuses", "for the
    striker")."""
    pa, pb = _purpose(a, fa), _purpose(b, fb)
    if pa is not None and pb is not None and pa[0] != pb[0]:
        return True
    ka, kb = _kind(a, fa), _kind(b, fb)
    if ka is not None and kb is not None:
        return ka != kb
    return (ka is not None and pb is not None and pb[1] == "for") or (kb is not None and pa is not None
                                                                       and pa[1] == "for")


def _same_owner(a: Claim, fa: CountMention | None, b: Claim, fb: CountMention | None) -> bool:
    """Both amounts are said of one thing the claims name by its noun ("the mill ... a cost of", "the mill's
    final cost"; "the kettles sold for")."""
    return bool(_owner_words(a, fa) & _owner_words(b, fb))


#: A clause of its own after a figure: ", which ...", ", were made ...".
_CLAUSE_AFTER = regex.compile(r",\s{1,3}(?:which|who|whose|while|but|(?:[\p{L}'’\-]{1,20}\s{1,3}){0,2}"
                              r"(?:was|were|is|are|had|has|have|will|would))\b", regex.IGNORECASE)


#: A level reached, right before its figure: "has fallen by a tenth since May, to 4,000", "rose to about 300".
_LEVEL_BEFORE = regex.compile(r"(?i)\bto\s{1,3}(?:(?:about|around|some|roughly|nearly|almost|just|over|under|"
                              r"more\s{1,3}than|fewer\s{1,3}than|less\s{1,3}than)\s{1,3})?$")
_SINCE_BEFORE = regex.compile(r"(?i)\bsince\s{1,3}(?:(?:early|late|mid|the\s{1,3}start\s{1,3}of)[\s\-]{1,3})?$")


def _start_of_change(claim: Claim, count: CountMention, time: TimeMention) -> bool:
    """The time is where a change starts and the figure the level it has reached ("has fallen since May, to
    4,000"): the figure is of the day it is given, not of the starting time."""
    at, t = count.start - claim.start, time.start - claim.start
    return 0 <= t < at and _LEVEL_BEFORE.search(claim.text, max(0, at - 25), at) is not None and \
        _SINCE_BEFORE.search(claim.text, max(0, t - 25), t) is not None


def _dated_as(claim: Claim, count: CountMention | None) -> Claim:
    """The claim with only the times that can date its figure: a time after the figure beyond a comma stands in a
    clause of its own ("sold for 899 euros, were made in 2024": 2024 dates the making, not the price); the start of
    a change before the level it reached ("since May, to 4,000") dates no figure."""
    if count is None or count.field != claim.field or not claim.times:
        return claim
    own = tuple(t for t in claim.times if (t.start < count.start or _CLAUSE_AFTER.search(claim.text[
        max(0, count.end - claim.start):max(0, t.start - claim.start)]) is None)
        and not (t.field == claim.field and _start_of_change(claim, count, t)))
    return claim if len(own) == len(claim.times) else attrs.evolve(claim, times=own)


def _one_off(event: str, a: Claim, b: Claim) -> bool:
    """A claim names the figure's event as one thing ("the recall", "the kettle recall"): its things are one
    quantity for the month, where things sold or made under a verb are counted again and again."""
    if not event or event in {"?", ANY_EVENT}:
        return False
    named = _naming(event)
    return any(named.search(c.text) is not None for c in (a, b))


@functools.lru_cache(maxsize=256)
def _naming(event: str) -> regex.Pattern[str]:
    """"the" and up to two words before the event's noun ("the recall", "the kettle recall"), compiled once an event."""
    return regex.compile(rf"\bthe\s{{1,3}}(?:[\p{{L}}\-]{{1,30}}\s{{1,3}}){{0,2}}?{regex.escape(event)}s?\b",
                         regex.IGNORECASE)


def _people(count: CountMention | None) -> bool:
    return count is not None and count.category == "people"


def same_day(a: Claim, b: Claim) -> bool:
    """Both claims date what they report to one and the same day ("on Sunday" in both)."""
    days_a = {t.value for t in a.times if t.type == "DATE" and t.value and len(t.value) == 10}
    days_b = {t.value for t in b.times if t.type == "DATE" and t.value and len(t.value) == 10}
    return bool(days_a & days_b)


def _revision(event: str, a: Claim, b: Claim, ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    """A later, higher figure for something that only accumulates (a later, lower one for the missing)."""
    if event not in CUMULATIVE_EVENTS and event not in DECLINING_EVENTS:
        return False
    da, db = said_interval(a), said_interval(b)
    if da is None or db is None:
        return False
    if db[1] < da[0]:
        (a, ia, da), (b, ib, db) = (b, ib, db), (a, ia, da)
    if da[1] < db[0]:
        return ib[0] > ia[1] if event in CUMULATIVE_EVENTS else ib[1] < ia[0]
    return False


#: The words of a figure that says it revises an earlier one: "revised the estimate to", "raised their estimate",
#: "an updated figure", "has now risen to", "up from".
_REVISED = regex.compile(
    r"(?i)\b(?:revis(?:ed|es|ing)|(?:updated|new|latest|raised|lowered|upped|increased|reduced|cut)\s{1,3}"
    r"(?:(?:its|their|his|her|the|an?|own|first|initial|earlier)\s{1,3}){0,2}(?:estimate|figure|forecast|assessment|"
    r"tally)s?|(?:has|have|had)\s{1,3}(?:now\s{1,3}|since\s{1,3})?(?:risen|climbed|grown|fallen|dropped|swelled|jumped|"
    r"increased|decreased)\s{1,3}to|(?:up|down)\s{1,3}from)\b")


def _revised(a: Claim, b: Claim) -> bool:
    """The later of two claims (or either, said on one day) says its figure revises an earlier one ("the mayor
    revised the estimate of the damage to 35 million"): a new figure, not a contradiction."""
    da, db = said_interval(a), said_interval(b)
    if da is None or db is None:
        return False
    return any(_REVISED.search(later.text) is not None and not ds[1] < do[0]
               for later, ds, do in ((a, da, db), (b, db, da)))


#: Without an event, figures below this are counts of small sets ("two candidates", "three states"): rarely one
#: quantity that sources dispute.
SMALL = 10


def _one_figure_per_article(
    usable: list[Claim], figures: list[CountMention | None], intervals: list[tuple[float, float]], base: str
) -> tuple[list[Claim], list[CountMention | None], list[tuple[float, float]]]:
    """Without an event, a noun is one quantity of a story only where an article gives it one figure: an article
    with several incompatible figures of it ("six states", "11 states") counts several sets, and small sets are
    left out altogether."""
    by_doc: dict[str, list[int]] = {}
    for i, claim in enumerate(usable):
        by_doc.setdefault(claim.doc, []).append(i)
    keep: list[int] = []
    for members in by_doc.values():
        spans = [_interval(c) for i in members for c in usable[i].counts if matches(c, base)]
        if any(x[1] < y[0] or y[1] < x[0] for x in spans for y in spans):
            continue
        keep.extend(i for i in members if intervals[i][1] >= SMALL)
    keep.sort()
    return [usable[i] for i in keep], [figures[i] for i in keep], [intervals[i] for i in keep]


def _same_measure_word(a: Claim, fa: CountMention | None, b: Claim, fb: CountMention | None) -> bool:
    """Both claims name their amount by the same measure word ("the damage at", "damage worth"; not "cost" and
    "bill")."""
    words, subjects = [], []
    for claim, count in ((a, fa), (b, fb)):
        if count is None or count.field != claim.field:
            return False
        at = max(0, count.start - claim.start)
        word = measure_word(claim.text, 0, at)
        words.append(word)
        subjects.append(_measure_subject(claim.text, word, at) if word else None)
    if subjects[0] is not None and subjects[1] is not None and subjects[0] != subjects[1]:
        return False  # "the new park cost", "the flood repairs cost": two things
    return words[0] is not None and words[0] == words[1]


_WORD_BEFORE = regex.compile(r"(\p{Ll}[\p{Ll}\-]{2,30})\s{1,3}$")


def _measure_subject(text: str, word: str, at: int) -> str | None:
    """The noun right before a measure word, singular: what costs ("the flood repairs cost" -> repair), or None."""
    lowered = text[:at].lower()
    where = lowered.rfind(word.split()[0][:4])
    if where < 0:
        return None
    m = _WORD_BEFORE.search(text, max(0, where - 32), where)
    if m is None:
        return None
    noun = m.group(1).lower()
    if noun in _NOT_OWNERS or noun.endswith(("ed", "ing", "ly")) or noun in {"the", "its", "their", "his", "her",
                                                                            "our", "and", "but", "for", "was"}:
        return None
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _sole_amounts(claims: Sequence[Claim], base: str) -> set[str]:
    """The articles that give one figure only under an amount's key ("the damage at 60 million euros" and no other
    damage): where two articles on one subject each give one, it is the amount of their story ("the launch cost
    about 70 million", "the cost of the mission at 110 million"), though neither names whose it is."""
    figures: dict[str, set[float | None]] = {}
    for i, claim in enumerate(claims):
        figure = _figure(claims, base, i)
        if figure is not None:
            figures.setdefault(claim.doc, set()).add(figure.value)
    return {doc for doc, values in figures.items() if len(values) == 1}


@hookimpl
def claimkit_conflicts(key: str, claims: Sequence[Claim]) -> list[Conflict]:
    """One conflict per set of mutually incompatible figures under a ``count:`` key."""
    family, event, cls, stems = parse_key(key)
    if family != "count":
        return []
    # "*": a noun of its own under any verb - the unknown event's rules, and both figures dated to one day
    any_event = event == ANY_EVENT
    unknown = event == "?" or any_event
    money = cls.startswith("money-")
    base = "|".join((cls, *stems))
    things = not money and cls not in NOUN_CLASSES and cls not in GENERIC_CLASSES and not cls.startswith("percent")
    usable = [c for c in claims if c.modality in {"asserted", "hedged", "denied"}
              and _figure([c], base, 0, None if unknown else event)]
    figures = [_figure(usable, base, i, None if unknown else event) for i in range(len(usable))]
    intervals = [_interval(f) if f is not None else (0.0, 0.0) for f in figures]
    if unknown:
        usable, figures, intervals = _one_figure_per_article(usable, figures, intervals, base)
    # articles that give one amount only for the measure (in any modality): the amount of their story
    sole = _sole_amounts(claims, base) if money else set()
    edges = []
    for i, j in window_pairs(usable):
        a, b = usable[i], usable[j]
        if (a.doc == b.doc and same_source(a, b)) or same_words(a, b) or reprinted(a, b):
            continue
        if money and (a.doc == b.doc or not same_main_name(a, b) or not (
                shared_name(a, b) or _same_owner(a, figures[i], b, figures[j])
                or (a.doc in sole and b.doc in sole and _same_measure_word(a, figures[i], b, figures[j])
                    and (apart := days_apart(a, b)) is not None and apart <= FEW_DAYS and same_story(a, b, usable)))
                or _objects_differ(a, figures[i], b, figures[j])):
            # one article's amounts of one measure are of several things (quarters, units, parts); two articles'
            # are one amount only when they share their main name and both claims name its owner or place ("Orvane
            # paid", "Orvane agreed to buy ... for"): a storm two articles on two insurers mention owns no money
            continue
        apart = days_apart(a, b)
        if apart is not None and apart > MAX_DAYS:
            continue
        if unknown and (a.doc == b.doc or apart is None or apart > FEW_DAYS or not same_story(a, b, usable)):
            # without an event, only other articles on the same story, a few days apart, give the same figure;
            # within one article two figures of one noun are usually two different groups
            continue
        # casualty figures of one disaster are often given without repeating the place in every sentence
        # an amount of one measure (a price, a cost) stays one quantity over the weeks of a story
        # things of one event of one subject (the articles share their main name: the kettles of a recall) are
        # one quantity for the month, as an amount is; people come and go from one rally to the next
        placed = same_place(a, b) or (event in CUMULATIVE_EVENTS and same_story_place(a, b)) or (
            (unknown or money or (apart is not None and apart <= FEW_DAYS) or (
                things and same_main_name(a, b) and not _people(figures[i]) and not _people(figures[j])))
                and same_story(a, b, usable))
        if not stems and a.doc != b.doc and not placed:
            continue  # "23 people were killed" in two stories: the same noun is not the same quantity
        if any_event and not same_day(a, b):
            continue
        if things and not _people(figures[i]) and not _people(figures[j]) and (apart is None or apart > FEW_DAYS) \
                and not _one_off(event, a, b):
            continue  # "sold 20,000 kettles" on the 2nd and "sold 5,000" on the 20th: sales go on, not one event
        if places_differ(a, b) or times_differ(_dated_as(a, figures[i]), _dated_as(b, figures[j]),
                                               cumulative=event in CUMULATIVE_EVENTS) or \
                _separate(a) != _separate(b):
            continue  # figures for another place or another time ("In March, 32 people were killed in ...")
        (alo, ahi), (blo, bhi) = intervals[i], intervals[j]
        fa, fb = figures[i], figures[j]
        if fa is not None and fb is not None and fa.op not in _BOUNDS and fb.op not in _BOUNDS:
            # two exact figures: each with its full rounding slack
            (alo, ahi), (blo, bhi) = _interval(fa, False), _interval(fb, False)
        if ahi >= blo and bhi >= alo:
            continue
        # a part ("in the capital alone") is a least value of the whole
        ahi = float("inf") if _partial(a) and not _partial(b) else ahi
        bhi = float("inf") if _partial(b) and not _partial(a) else bhi
        if ahi >= blo and bhi >= alo:
            continue
        if _revision(event, a, b, intervals[i], intervals[j]) or _revised(a, b):
            continue
        if (fa is not None and fb is not None and _remaining(a, fa) != _remaining(b, fb)) or \
                _crew_apart(a, fa, b, fb):
            continue  # what is left ("still without power") against what the event reached: two quantities
        if _scopes_differ(a, b):
            continue  # the country against one place, a running total against a day's figure
        edges.append((i, j))
    found = []
    for group in components(len(usable), edges):
        members = [usable[i] for i in group]
        parts = [f"{who(usable[i])} {when(usable[i])} gives “{_shown(figure)}” in {evidence(usable[i])}"
                 for i in group if (figure := figures[i]) is not None]
        worst = max(((i, j) for i, j in edges if i in group and j in group),
                    key=lambda e: abs(intervals[e[0]][0] - intervals[e[1]][0]))
        fa, fb = figures[worst[0]], figures[worst[1]]
        assert fa is not None and fb is not None
        found.append(Conflict(
            kind="numeric",
            claims=tuple(c.id for c in members),
            key=key,
            explanation=(
                f"Different figures for {subject(key, claims)}: " + "; ".join(parts) + ". "
                f"For example “{_shown(fa)}” and “{_shown(fb)}” cannot both be right at about the same time"
                + (" (approximations and bounds allowed for)." if any(f is not None and f.op != "="
                                                                      for f in (fa, fb)) else ".")
            ),
        ))
    return found
