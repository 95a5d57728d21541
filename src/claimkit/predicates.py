"""Any event predicate: a verb, lemmatised and with its synonyms merged, with the thing it is said of.

claimkit's event classes (:data:`claimkit.lexicon.EVENT_CLASSES`) cover the events news counts (deaths, fighting,
breaches). Every other event is read here by rule, so that status conflicts work for any of them:

* active with an object: "signed a water-sharing agreement" -> (sign, agreement);
* passive: "any agreement had been signed", headline "Tessel recount ordered" -> (sign, agreement), (order,
  recount): the thing is the subject;
* intransitive: "two clinics had run out of vaccine" -> (run out, clinic): without an object the thing is the
  subject;
* under a modal or "to": "are expected to sign the agreement" -> (sign, agreement), marked ``modal``.

Verbs meet through :data:`claimkit.lexicon.VERB_SYNONYMS` ("shut down" = "closed") and a crude lemma; things
through :data:`claimkit.lexicon.THING_SYNONYMS` ("deal" = "agreement") and a crude singular. No parser: a word is
a verb by its form and the words around it (an auxiliary, a subject before it, an object after it).
"""

from __future__ import annotations

import functools

import attrs
import regex

from .lexicon import (
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    ANTONYM_PREDICATES,
    ASPECTUAL_VERBS,
    CALLING_OFF_VERBS,
    ENDING_VERBS,
    EVENT_CLASSES,
    EVENT_NOUNS,
    HEADLINE_VERBS,
    IRREGULAR_PAST,
    LIGHT_VERBS,
    NEGATIVE_IMPLICATIVES,
    NOMINAL_SUFFIXES,
    NON_EVENT_NOUNS,
    NOUN_CLASSES,
    NUMBER_WORDS,
    ONGOING_THINGS,
    OPPOSITE_PREDICATES,
    PARTICLES,
    PLACE_LINKS,
    PREPOSITIONAL_OBJECTS,
    SUPPORT_VERBS,
    THING_SYNONYMS,
    TIME_NAMES,
    VERB_SYNONYMS,
    VERDICTS,
)
from .subjects import Entity, name_stem, noun_class, singular_noun, verb_lemma, verb_stem

__all__ = ["MAY_NAME_BY_NOUN", "Predication", "canonical_verb", "event_stem", "find_predications", "governing_verb",
           "predicate_of", "thing_class"]

_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]{0,40}|\d[\d,.]{0,20}")
_EVENT_FORMS: dict[str, str] = {" ".join(f.split()): cls for cls, forms in EVENT_CLASSES.items() for f in forms}

#: Auxiliaries that make the next word a verb form.
_BE = frozenset({"was", "were", "been", "be", "being", "is", "are", "am", "get", "got", "gets"})
_HAVE = frozenset({"had", "has", "have", "having"})
_MODALS = frozenset({"will", "would", "shall", "could", "may", "might", "must", "should", "can", "to", "won't",
                     "cannot", "wouldn't", "couldn't", "shouldn't"})
_DO = frozenset({"did", "does", "do", "didn't", "doesn't", "don't"})
#: Negations that are no auxiliary: "will not reopen" is a verb after "will".
_PLAIN_NEGATORS = frozenset({"not", "never", "n't"})
_ADVERBS = frozenset({"not", "never", "yet", "already", "also", "just", "now", "still", "reportedly", "allegedly",
                      "finally", "officially", "formally", "recently", "ever", "n't", "only", "jointly", "quietly"})
_NEGATORS = frozenset({"not", "never", "n't", "didn't", "doesn't", "don't", "won't", "cannot", "wouldn't",
                       "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't",
                       "aren't"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "that",
                          "any", "some", "every", "each", "all", "no", "two", "three", "four", "five", "several",
                          "many", "both"})
_PREPOSITIONS = frozenset({"in", "at", "on", "of", "for", "from", "with", "by", "near", "into", "to", "over",
                           "under", "across", "outside", "inside", "around", "after", "before", "since", "during",
                           "as", "about", "against", "between", "among", "through", "without"})
#: Words that are never the verb of an event: reporting, judging, linking, and -ed words that are adjectives.
_NOT_VERBS = frozenset({
    "said", "told", "stated", "added", "noted", "reported", "claimed", "denied", "confirmed", "announced",
    "insisted", "argued", "believed", "thought", "expected", "hoped", "wanted", "needed", "seemed", "appeared",
    "remained", "stayed", "called", "asked", "used", "based", "located", "scheduled", "planned", "decided",
    "agreed", "tried", "continued", "started", "began", "begun", "followed", "included", "involved", "concerned",
    "interested", "limited", "united", "related", "supposed", "allowed", "required", "estimated", "suggested",
    "rejected", "dismissed", "refuted", "disputed", "alleged", "accused", "criticised", "criticized", "praised",
    "blamed", "described", "mentioned", "explained", "warned", "urged", "welcomed", "vowed", "pledged", "promised",
    "threatened", "feared", "worried", "seen", "heard", "known", "given", "taken", "made", "got", "done", "gone",
    "become", "had", "need", "red", "bed", "led", "fed", "wed", "shed", "sped", "speed", "feed", "seed",
    "indeed", "hundred", "kindred", "sacred", "naked", "wicked", "rugged", "aged", "beloved", "learned", "armed",
    "skilled", "detailed", "advanced", "experienced", "qualified", "reserved", "mixed", "fixed", "talked",
    "looked", "lived", "worked", "acted", "served", "voted", "left", "turned", "voiced", "expressed", "raised",
    "paid", "drew", "drawn", "shared", "offered", "focused", "focussed", "put", "let", "set", "met",
})
_HEAD_STOP = _DETERMINERS | _PREPOSITIONS | _BE | _HAVE | _MODALS | _DO | _ADVERBS | {
    "and", "or", "but", "that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if",
    "whether", "than", "so", "because", "while", "until", "he", "she", "it", "they", "we", "you", "i", "him",
    "them", "us", "me", "there", "here", "said", "says", "say", "more", "most", "less", "other", "others", "such",
    "same", "own", "first", "last", "next", "early", "late", "later", "earlier", "today", "tomorrow", "yesterday",
    "ago", "up", "down", "out", "off", "back", "away", "per", "cent", "percent",
}


_HEADLINE_STEMS = frozenset(verb_stem(v) for v in HEADLINE_VERBS)
_SYNONYM_FIRSTS = frozenset(form.split()[0] for form in VERB_SYNONYMS)
_CHAIN_WORDS = _BE | _HAVE | _MODALS | _DO | _ADVERBS
_QUANTITY_WORDS = frozenset({*NUMBER_WORDS, "about", "around", "some", "nearly", "almost", "roughly", "least",
                             "at", "more", "than", "over", "up", "to", "hundreds", "thousands", "dozens", "of",
                             "million", "thousand", "hundred", "several", "few", "fewer", "less"})
#: Comparatives that make "no" part of a bound on the object's quantity, not a negation ("arrested no fewer
#: than 20", "paid no more than a million").
_BOUND_AFTER_NO = frozenset({"more", "fewer", "less", "greater", "smaller", "later", "sooner", "earlier", "longer"})
_QUICK = IRREGULAR_PAST | _SYNONYM_FIRSTS
_GAP_CHARS = frozenset(",;:.!?()“”\"—–")


@attrs.define(eq=False, repr=False)
class Predication:
    """An event predicate and the thing it is said of.

    Attributes:
        lemma: the verb's lemma with synonyms merged ("close" for "shut down").
        thing: the thing acted on, or the subject of a passive or intransitive verb.
        start, end: where the verb (with its particle) stands.
        negated: a negation bears on the verb ("had not been signed", "did not run out").
        modal: the verb stands under a modal or "to" ("will close", "expected to sign").
        nominal: the event is named by a noun under a support verb ("ordered a recall", "the vaccination campaign
            was postponed"), not by its own verb.
        progressive: the verb says the event is going on ("is seeking", "are recalling").
        itself: the event itself, keyed by the stem its verb and nouns share ("recall" for "is recalling kettles"
            and for "ordered a recall"), read besides the verb and its thing.
    """

    lemma: str
    thing: Entity
    start: int
    end: int
    negated: bool
    modal: bool
    nominal: bool = False
    progressive: bool = False
    itself: bool = False

    def __repr__(self) -> str:
        flags = ("not " if self.negated else "") + ("modal " if self.modal else "")
        return f"Predication({flags}{self.lemma!r}, {self.thing!r})"


def thing_class(words: list[str]) -> str:
    """The class a thing is compared under: a synonym of the last two words or of the head ("assembly line" ->
    line, "deal" -> agreement), else its noun class, else the head, singular."""
    head = words[-1].lower()
    if len(words) >= 2:
        pair = f"{words[-2].lower()} {head}"
        if pair in THING_SYNONYMS:
            return THING_SYNONYMS[pair]
        if pair in NOUN_CLASSES or noun_class(pair):
            return noun_class(pair) or pair
    return THING_SYNONYMS.get(head) or noun_class(head) or singular_noun(head)


def _content(word: str) -> bool:
    low = word.lower()
    return word[:1].isalpha() and len(low) >= 3 and low not in _HEAD_STOP and low not in TIME_NAMES


def _object(words: list[tuple[str, int, int]], gaps: list[bool], i: int, names: frozenset[str] | None
            ) -> Entity | None:
    """The noun phrase that starts at ``words[i]``: its head is its last content word (at most four words, up to
    a preposition, a function word or a punctuation mark)."""
    phrase: list[tuple[str, int, int]] = []
    j = i
    if j < len(words) and not gaps[j] and words[j][0].lower() in _DETERMINERS:
        j += 1
    # a quantity before the noun ("destroyed 40 homes", "at least 12 schools") is not its head
    while j < len(words) and not gaps[j] and j - i < 4 and (words[j][0][:1].isdigit() or
                                                              words[j][0].lower() in _QUANTITY_WORDS):
        j += 1
    while j < len(words) and len(phrase) < 4 and not gaps[j]:
        word = words[j][0]
        if not _content(word) or (phrase and _participle(word)):
            break  # "kettles sold in Varno": a participle after the noun opens a clause of its own
        phrase.append(words[j])
        j += 1
    if phrase and all(w[:1].isupper() for w, _, _ in phrase) and (names is None or
                                                                 name_stem(phrase[-1][0]) in names):
        # "evacuated Oldmoor": a name is the thing itself
        return _named(phrase[-1][0], phrase[-1][1], phrase[-1][2])
    if len(phrase) == 1 and phrase[0][0].lower() in _PLACE_NOUNS and j + 1 < len(words) and not gaps[j] and \
            not gaps[j + 1] and words[j][0].lower() == "of" and words[j + 1][0][:1].isupper():
        # "the town of Oldmoor" is Oldmoor
        return _named(words[j + 1][0], words[j + 1][1], words[j + 1][2])
    while phrase and (phrase[-1][0][:1].isupper() or (len(phrase) > 1 and phrase[-1][0].lower().endswith("ly"))):
        phrase.pop()  # "signed the deal Monday", "closed the plant Kessler ...": a name is no head
    if not phrase:
        return None
    head, s, e = phrase[-1]
    mods = [w for w, _, _ in phrase[:-1] if w[:1].isupper() and (names is None or name_stem(w) in names)]
    return Entity(thing_class([w for w, _, _ in phrase]), head, mods, s, e)


def _participle(word: str) -> bool:
    """A past participle by its form ("sold", "stranded"), as it follows a noun in a reduced relative clause."""
    low = word.lower()
    return (low.endswith("ed") and len(low) > 4 and low not in _NOT_VERB_ED) or (
        low in IRREGULAR_PAST and low not in _NOUN_PAST)


#: -ed words and bare past forms that are mostly nouns or adjectives after a noun ("the hundred", "the cut").
_NOT_VERB_ED = frozenset({"hundred", "kindred", "need", "speed", "seed", "feed", "bed", "red", "shed"})
_NOUN_PAST = frozenset({"cut", "hit", "split", "left", "quit"})


_OPENERS = frozenset({"that", "and", "but", "as", "when", "after", "before", "while", "because", "since", "if"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "region", "district", "province", "port", "island", "area",
                          "county", "state", "country", "capital", "suburb", "valley"})


def _named(word: str, start: int, end: int) -> Entity:
    """A thing named by a proper name ("Oldmoor"): compared by the name's stem."""
    return Entity(name_stem(word), word, (), start, end)


def _subject(words: list[tuple[str, int, int]], gaps: list[bool], i: int, names: frozenset[str] | None
             ) -> Entity | None:
    """The head noun of the subject that ends before ``words[i]`` (the first word of the verb group): the last
    lower-case content word, passing over a place ("clinics in Varnby") and names that modify it."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 6:
        word = words[j][0]
        low = word.lower()
        if gaps[j + 1]:
            break  # a punctuation mark between: the subject is not here
        if low in {"that", "which", "who", "said", "says", "and", "but", "whether", "if"}:
            break
        if word[:1].isupper() and _content(word) and steps == 0 and (names is None or name_stem(word) in names) \
                and (j == 0 or gaps[j] or words[j - 1][0].lower() in _OPENERS):
            # a name right before the verb, opening its clause, is the subject: "that Oldmoor had been evacuated"
            return _named(word, words[j][1], words[j][2])
        if word[:1].isupper() and j > 0:
            j -= 1
            steps += 1
            continue
        if low in _PREPOSITIONS and j > 0:
            j -= 1
            steps += 1
            continue
        if not _content(word) or (low.endswith("ed") and len(low) > 4):
            break
        head = _head_before_place(words, gaps, j)
        if head is not None:
            j, word = head, words[head][0]  # "the road to the town had reopened": the road did
        mods: list[str] = []
        k = j - 1
        while k >= 0 and not gaps[k + 1] and words[k][0][:1].isupper() and len(mods) < 3:
            if (names is None or name_stem(words[k][0]) in names) and _content(words[k][0]):
                mods.append(words[k][0])
            k -= 1
        before = [words[j - 1][0]] if j > 0 and not gaps[j] and _content(words[j - 1][0]) else []
        return Entity(thing_class([*before, word]), word, reversed(mods), words[j][1], words[j][2])
    return None


def _head_before_place(words: list[tuple[str, int, int]], gaps: list[bool], j: int) -> int | None:
    """The index of the noun whose phrase of place ends in ``words[j]`` ("road" in "the road to the town"): a place
    link ("to", "near", "at", ...) at most two words (a determiner, a modifier) before it, right after a content
    word with no punctuation between; else None."""
    for link in range(j - 1, max(-1, j - 4), -1):
        if gaps[link + 1]:
            return None
        if words[link][0].lower() in PLACE_LINKS:
            k = link - 1
            if k >= 0 and not gaps[link] and _content(words[k][0]) and words[k][0][:1].islower():
                return k
            return None
    return None


def _listed_phrasal(words: list[tuple[str, int, int]], gaps: list[bool], i: int) -> bool:
    """The word and the next form a phrasal verb of :data:`claimkit.lexicon.VERB_SYNONYMS` ("called off")."""
    return i + 1 < len(words) and not gaps[i + 1] and \
        f"{words[i][0].lower()} {words[i + 1][0].lower()}" in VERB_SYNONYMS


#: What is paid when "paid" reports a payment, not a light verb ("paid tribute", "paid a visit").
_PAYMENTS = frozenset({"ransom", "ransoms", "bribe", "bribes", "fee", "fees", "compensation", "fine", "fines",
                       "bonus", "bonuses", "wages", "salary", "salaries", "dividend", "dividends", "debt", "debts"})
#: How many words around "paid" the payment is looked for ("paid no ransom", "no ransom had been paid").
_PAYMENT_REACH = 3


def _payment(words: list[tuple[str, int, int]], gaps: list[bool], i: int) -> bool:
    """"paid" reports a payment: a noun of money paid stands right after it or before it in its clause ("paid a
    ransom", "the fee was paid")."""
    if words[i][0].lower() != "paid":
        return False
    for k in range(i + 1, min(len(words), i + 1 + _PAYMENT_REACH)):
        if gaps[k]:
            break
        if words[k][0].lower() in _PAYMENTS:
            return True
    for k in range(i - 1, max(-1, i - 1 - _PAYMENT_REACH), -1):
        if gaps[k + 1]:
            break
        if words[k][0].lower() in _PAYMENTS:
            return True
    return False


#: Ways and places that "sealed" closes rather than signs ("the frontier had been sealed").
_SEALED_PASSAGES = frozenset({"border", "crossing", "road", "roads", "port", "airport", "area", "zone", "city",
                              "town", "village", "district", "building", "entrance", "exit", "tunnel", "bridge",
                              "pass", "route"})


def _verb_at(words: list[tuple[str, int, int]], gaps: list[bool], i: int, title: bool
             ) -> tuple[str, int] | None:
    """The lemma of the verb at ``words[i]`` and how many words it takes ("shut down" takes two), when the word
    reads as a verb here; else None."""
    low = words[i][0].lower()
    if not words[i][0][:1].isalpha() or (words[i][0][:1].isupper() and not title and i > 0):
        return None
    if (low in _NOT_VERBS and not _listed_phrasal(words, gaps, i) and not _payment(words, gaps, i)) or \
            low in _HEAD_STOP:
        return None  # ("called" is no event, "called off" is)
    # most words are no verb: only an -ed or irregular past, a listed verb, a word after an auxiliary, or (in a
    # headline) a bare present can be one
    if not (low.endswith("ed") or low in IRREGULAR_PAST or low in _SYNONYM_FIRSTS or title or (
            i > 0 and not gaps[i] and words[i - 1][0].lower() in _CHAIN_WORDS)):
        return None
    nxt = words[i + 1][0].lower() if i + 1 < len(words) and not gaps[i + 1] else ""
    size = 1
    form = low
    if nxt and f"{low} {nxt}" in VERB_SYNONYMS:
        form, size = f"{low} {nxt}", 2
    elif nxt in PARTICLES and (low.endswith("ed") or low in IRREGULAR_PAST):
        form, size = f"{low} {nxt}", 2
    prev = words[i - 1][0].lower() if i > 0 and not gaps[i] else ""
    chain = _auxiliaries(_chain(words, gaps, i))
    after_aux = bool(chain)
    past = (low.endswith("ed") and len(low) >= 5) or low in IRREGULAR_PAST
    if past:
        if low in IRREGULAR_PAST and not low.endswith("ed") and not after_aux and not (prev and _content(prev)):
            return None  # "cut", "hit", "left" are verbs only after their subject or an auxiliary
        if prev in _DETERMINERS or prev in _PREPOSITIONS or (prev and (prev[0].isdigit() or prev in NUMBER_WORDS)):
            return None  # "the signed agreement", "4 in 10 registered voters": an adjective
    elif after_aux:
        phrasal = size == 2 and form in VERB_SYNONYMS
        last = next((w for w in reversed(chain) if w not in _PLAIN_NEGATORS), chain[-1])
        if last not in _MODALS and last not in _DO and not low.endswith("ing") and not (
                phrasal and last in _HAVE):
            return None  # "is open", "was late": an adjective after "be"
    elif title and verb_stem(low) in _HEADLINE_STEMS and prev and _content(prev):
        pass  # "Board orders recount", "Gravia and Ostmark sign deal"
    else:
        return None
    lemma = _EVENT_FORMS.get(form) or VERB_SYNONYMS.get(form) or _EVENT_FORMS.get(low) or VERB_SYNONYMS.get(low)
    if lemma is None:
        lemma = canonical_verb(low)
        if len(lemma) < 3:
            return None
    return lemma, size


_KNOWN_LEMMAS = frozenset({*EVENT_CLASSES, *VERB_SYNONYMS.values(), *HEADLINE_VERBS})


def canonical_verb(word: str) -> str:
    """The lemma a verb form is compared under: a lemma claimkit knows ("closed" -> close, "orders" -> order),
    else a stem without its final "e" ("vaccinated" -> vaccinat), so that every form of one verb meets."""
    lemma = verb_lemma(word)
    for candidate in (lemma, f"{lemma}e"):
        if candidate in _KNOWN_LEMMAS:
            return candidate
    return verb_stem(word)


def _chain(words: list[tuple[str, int, int]], gaps: list[bool], i: int) -> list[str]:
    """The auxiliaries and adverbs right before ``words[i]`` ("had not yet been"), nearest last."""
    chain: list[str] = []
    j = i - 1
    while j >= 0 and not gaps[j + 1] and len(chain) < 5:
        low = words[j][0].lower()
        if low in _BE or low in _HAVE or low in _MODALS or low in _DO or low in _ADVERBS or low.endswith("n't"):
            chain.insert(0, low)
            j -= 1
            continue
        break
    return chain


def _auxiliaries(chain: list[str]) -> list[str]:
    """The chain without its adverbs (negations kept)."""
    return [w for w in chain if w not in _ADVERBS or w in _NEGATORS]


_VERB_SUFFIXES = ("ating", "ated", "ates", "ate", "ising", "ised", "ises", "ise", "izing", "ized", "izes", "ize",
                  "uction", "ing", "ied", "ies", "ed", "es", "s")
_SUFFIXES = tuple(sorted({*NOMINAL_SUFFIXES, *_VERB_SUFFIXES}, key=len, reverse=True))


#: Verbs a nominal "-al" or "-ure" may be made of ("approval", "closure"), and the verbs a short stem restores
#: ("voting" of "vote", "suing" of "sue").
_VERB_BASES = frozenset({
    *(f for forms in EVENT_CLASSES.values() for f in forms if " " not in f), *HEADLINE_VERBS, *SUPPORT_VERBS,
    *CALLING_OFF_VERBS, *(k for k in VERB_SYNONYMS if " " not in k), *VERB_SYNONYMS.values(),
    "refuse", "fail", "remove", "propose", "renew", "survive", "expose", "disclose", "depart", "deny", "dispose",
    "vote", "rule", "sue", "bury", "rent", "dismiss", "arrive", "approve",
})
#: "-al" and "-ure" nouns and adjectives that are no verb's noun, though their rest is a verb: "signal", "formal".
_AL_URE_KEPT = frozenset({"signal", "signals", "formal", "final", "finals", "pressure", "pressures", "mortal",
                          "portal", "moral", "natural", "nature", "general", "total", "several", "rival", "trial"})
_AL_URE = frozenset({"al", "als", "ure", "ures"})


@functools.lru_cache(maxsize=8192)
def event_stem(word: str) -> str:
    """The stem a verb and its nominalisations share, by suffix stripping: "vaccinated", "vaccinating" and
    "vaccination" give "vaccin"; "postponed" and "postponement" "postpon"; "closing" and "closure" "clos";
    "recall" and "recalling" "recall". A stem keeps at least four letters (three for short words), unless it is a
    known verb's ("voting" and "voted" give "vot" as "vote" does, "sued" and "suing" "sue"); "-al" and "-ure" are
    stripped only from a known verb ("approval", but not "signal" nor "pressure")."""
    w = word.lower().strip(".,;:!?“”\"'’")
    if " " in w:
        return " ".join((event_stem(w.split()[0]), *w.split()[1:]))
    floor = 4 if len(w) > 5 else 3
    for suffix in _SUFFIXES if w.endswith(_SUFFIXES) else ():
        if not w.endswith(suffix) or (suffix == "s" and w.endswith(("ss", "us"))):
            continue
        rest = w[:-len(suffix)]
        if suffix in _AL_URE and (w in _AL_URE_KEPT or not ({rest, f"{rest}e"} & _VERB_BASES)):
            continue  # "signal", "general", "pressure": no verb's noun
        if len(rest) >= floor:
            w = rest + ("uc" if suffix == "uction" else "")
            break
        single = rest[:-1] if len(rest) > 2 and rest[-1] == rest[-2] else rest
        if f"{single}e" in _VERB_BASES and f"{single}e" != w:
            return event_stem(f"{single}e")  # "voting", "sued": the short verb's own stem
    if len(w) > floor and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "stopped", "planning": the doubled consonant
    if len(w) > floor and w.endswith("e"):
        w = w[:-1]
    return w


_SUPPORT_STEMS = frozenset(event_stem(v) for v in SUPPORT_VERBS)
#: The words a nominal reading needs (a support or calling-off verb, their synonyms, "there ... no"): a text
#: without any of them has no event named by its noun.
_NOUN_NAMING = {event_stem(v) for v in (*SUPPORT_VERBS, *CALLING_OFF_VERBS)} | {"began", "begun", "axed"} | {
    form.split()[0] for form, lemma in VERB_SYNONYMS.items() if lemma in CALLING_OFF_VERBS or lemma in SUPPORT_VERBS}
MAY_NAME_BY_NOUN = regex.compile(r"(?i)\b(?:there|" + "|".join(sorted(_NOUN_NAMING, key=len, reverse=True)) + r")")
_LIGHT_STEMS = frozenset(event_stem(v) for v in LIGHT_VERBS)
_CALLING_OFF_STEMS = frozenset(event_stem(v) for v in CALLING_OFF_VERBS)
#: "there has been no recount", "there was no evacuation order": an existential that denies an event noun.
_THERE_NO = regex.compile(r"\bthere\s{1,3}(?:is|are|was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}"
                          r"no\s{1,3}(?:(?P<mod>[\p{Ll}\-]{2,20})\s{1,3})?(?P<noun>\p{Ll}[\p{Ll}\-]{2,30})\b",
                          regex.IGNORECASE)
_NOMINAL_ENDINGS = tuple(s for s in NOMINAL_SUFFIXES if len(s) > 2)
#: "no child", "not a single child", "none of the clinics": a subject that negates its verb.
_NO_SUBJECT = regex.compile(r"(?<!\b(?:in|with|at|for|by|of|on|to|within|without|after|before|under|from)"
                            r"\s{1,3})\b(?:no|not\s{1,3}(?:a\s{1,3}single|one|any)|none\s{1,3}of\s{1,3}the)"
                            r"(?:\s{1,3}(?!(?:the|a|an|this|that|these|those|its|their|his|her|our)\b)[\p{L}\-]{1,20}){0,2}\s{1,3}$",
                            regex.IGNORECASE)


def _names_event(noun: str) -> bool:
    """Whether a noun names an event: a listed event noun ("recount", "parade"), an ongoing thing, a form of an
    event class, or a nominalisation ("evacuation", "rationing") that is not listed as naming none ("sign", "end",
    "evening")."""
    low = noun.lower()
    if low in NON_EVENT_NOUNS or low in TIME_NAMES:
        return False
    one = singular_noun(low)
    if {low, one} & (EVENT_NOUNS | ONGOING_THINGS) or low in _EVENT_FORMS:
        return True
    return low.endswith(_NOMINAL_ENDINGS) and len(event_stem(low)) >= 4


def _event_noun(words: list[tuple[str, int, int]], gaps: list[bool], thing: Entity) -> tuple[str, int, int]:
    """The event noun of a thing a support verb acts on: a nominalisation modifying the head ("the vaccination
    campaign") or else the head itself ("a recall", "rationing")."""
    k = next((n for n, w in enumerate(words) if w[1] == thing.start), None)
    if k is not None and k > 0 and not gaps[k]:
        before = words[k - 1][0]
        if before[:1].islower() and before.lower().endswith(_NOMINAL_ENDINGS) and _content(before) and \
                _names_event(before):  # not "an evening curfew", "a shipping service"
            return before, words[k - 1][1], words[k - 1][2]
    return thing.noun, thing.start, thing.end


def _event_itself(lemma: str, written: str, thing: Entity, words: list[tuple[str, int, int]], gaps: list[bool],
                  start: int, end: int, negated: bool, modal: bool) -> Predication | None:
    """The event a predication reports, by the stem verb and noun share: "is recalling kettles" reports a recall,
    "ordered a recall" and "imposed rationing" (a support verb and an event noun) report the noun's event, "the
    campaign was postponed" reports that the campaign's event has not taken place."""
    own = event_stem(lemma if lemma in _SYNONYM_LEMMAS else written)
    if own in _SUPPORT_STEMS or own in _CALLING_OFF_STEMS:
        noun, s, e = _event_noun(words, gaps, thing)
        stem = event_stem(noun)
        if len(stem) < 3 or noun[:1].isupper():
            return None
        if own in _CALLING_OFF_STEMS and not _names_event(noun):
            return None  # "cancelled 300 flights": flights are no event of their own
        return Predication(stem, Entity(stem, noun, (), s, e), start, end,
                           negated != (own in _CALLING_OFF_STEMS), modal, nominal=True, itself=True)
    if len(own) < 3 or own in _LIGHT_STEMS:
        return None  # "took part", "received the shot": a light verb names no event of its own
    return Predication(own, Entity(own, written, (), start, end), start, end, negated, modal, itself=True)


_SYNONYM_LEMMAS = frozenset(VERB_SYNONYMS.values())


def _verb_after_to(lows: list[str], gaps: list[bool], k: int) -> bool:
    """Whether ``lows[k]``, right after "to", may be a verb: "declined to sign" is a refusal, "declined to 300
    units" and "declined to the lowest level" are no refusal."""
    if k >= len(lows) or gaps[k]:
        return False
    low = lows[k]
    return low[:1].isalpha() and low not in _DETERMINERS and low not in NUMBER_WORDS and low not in _HEAD_STOP


def find_predications(text: str, start: int, end: int, names: frozenset[str] | None = None,
                      title: bool = False) -> list[Predication]:
    """Every event predicate of ``text[start:end]`` with the thing it is said of, in order.

    Args:
        text: the field text.
        start, end: the stretch to read (a claim).
        names: stems of the document's names (to tell names from capitalised headline words), or None.
        title: the text is a headline (bare present verbs and reduced passives are read there).
    """
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    gaps = [False] * (len(words) + 1)
    for k in range(1, len(words)):
        a, b = words[k - 1][2], words[k][1]
        # most gaps are one space: no punctuation to look for
        gaps[k] = b - a != 1 and not _GAP_CHARS.isdisjoint(text[a:b])
    gaps[len(words)] = True
    found: list[Predication] = []
    lows = [w.lower() for w, _, _ in words]
    i = 0
    while i < len(words):
        low = lows[i]
        aspect = i > 0 and lows[i - 1] in ASPECTUAL_VERBS and low.endswith("ing") and not gaps[i] and len(low) > 5
        if aspect and i + 1 < len(words) and lows[i + 1] in PARTICLES and not gaps[i + 1]:
            aspect = False  # "began setting up": left to the phrasal reading
        if aspect:
            # "began vaccinating children", "will start rationing water": the gerund is the event, under the
            # aspectual verb's auxiliaries
            lemma, size = VERB_SYNONYMS.get(low) or canonical_verb(low), 1
            raw = _chain(words, gaps, i - 1)
            raw = [*raw, lows[i - 1]]
        elif not (title or low.endswith("ed") or low in _QUICK or (i > 0 and lows[i - 1] in _CHAIN_WORDS)):
            i += 1  # the test of _verb_at that rules out most words, without a call
            continue
        else:
            if i + 1 < len(words) and not gaps[i + 1] and (
                    (low in ASPECTUAL_VERBS and lows[i + 1].endswith("ing")) or
                    (low in NEGATIVE_IMPLICATIVES and lows[i + 1] == "to" and _verb_after_to(lows, gaps, i + 2))):
                i += 1  # "began vaccinating", "refused to answer": the verb read next is the event
                continue
            verb = _verb_at(words, gaps, i, title)
            if verb is None:
                i += 1
                continue
            lemma, size = verb
            raw = _chain(words, gaps, i)
        chain = _auxiliaries([w for w in raw if w not in ASPECTUAL_VERBS])
        passive = not aspect and not lows[i].endswith("ing") and (any(w in _BE for w in chain[-2:]) or
                                  (title and not chain and words[i][0].lower().endswith("ed")))
        after = i + size
        if after < len(words) and not gaps[after] and words[after][0].lower() in {"of", "from", "on"} and size == 2:
            after += 1  # "ran out of vaccine": the thing run out of is not the subject's
            thing = None
        elif passive:
            thing = None
        else:
            if after < len(words) and not gaps[after] and words[after][0].lower() == PREPOSITIONAL_OBJECTS.get(lemma):
                after += 1  # "has not ruled on the levy": the levy is ruled on
            thing = _object(words, gaps, after, names) if after < len(words) else None
        if thing is None:
            thing = _subject(words, gaps, i - len(raw), names)
        if thing is not None and chain == ["to"] and after == i + size and thing.start < words[i][1] and \
                lemma not in _KNOWN_LEMMAS:
            thing = None  # "closed to traffic": "to" before a word that takes no object is a preposition
        if thing is not None and thing.noun.lower() not in {"people", "others", "one", "ones"}:
            first = i - len(raw)
            negated = any(w in _NEGATORS or w.endswith("n't") for w in chain) or (
                first > 0 and not gaps[first] and words[first - 1][0].lower() in {"not", "never", "no"}) or (
                thing.start > words[i][1] and lows[after] in {"no", "none"} and not (
                    after + 1 < len(words) and lows[after + 1] in _BOUND_AFTER_NO)) or (
                thing.start < words[i][1] and _NO_SUBJECT.search(text, max(start, thing.start - 40), thing.start)
                is not None)
            modal = any(w in _MODALS for w in chain)
            if chain[-1:] == ["to"] and first >= 2 and not gaps[first] and \
                    lows[first - 1] in NEGATIVE_IMPLICATIVES:
                outer = _chain(words, gaps, first - 1)
                if not any(w in _NEGATORS or w.endswith("n't") for w in outer):
                    # "refused to answer", "failed to reach": the event does not happen (but "did not refuse to
                    # sign", "never failed to pay": it does)
                    negated = not negated
            if lemma == "sign" and lows[i].startswith("seal") and thing.cls in _SEALED_PASSAGES:
                lemma = "close"  # "sealed the border" closes it, where "sealed the deal" signs one
            if lemma in ENDING_VERBS and thing.cls in ONGOING_THINGS:
                lemma = "end"  # "called off the stoppage": the strike ended
            opposite = OPPOSITE_PREDICATES.get(lemma)
            if opposite is not None:
                # "the strike was continuing" also says that it has not ended
                found.append(Predication(opposite, thing, words[i][1], words[i + size - 1][2], not negated, modal))
            progressive = lows[i].endswith("ing") and any(w in _BE for w in chain[-1:])
            found.append(Predication(lemma, thing, words[i][1], words[i + size - 1][2], negated, modal,
                                     progressive=progressive))
            itself = _event_itself(lemma, words[i][0] if size == 1 else f"{words[i][0]} {words[i + 1][0]}", thing,
                                   words, gaps, words[i][1], words[i + size - 1][2], negated, modal)
            if itself is not None and (itself.lemma != lemma or itself.thing.cls != thing.cls):
                itself.progressive = progressive and not itself.nominal
                found.append(itself)
            if lemma in VERDICTS and not negated:
                # "upheld the levy": the court has ruled on it
                found.append(Predication("rule", thing, words[i][1], words[i + size - 1][2], False, modal))
            antonym = ANTONYM_PREDICATES.get(lemma)
            if antonym is not None:
                # "upheld the toll" also says that the toll was not struck down
                found.append(Predication(antonym, thing, words[i][1], words[i + size - 1][2], not negated, modal))
        i += size
    for m in _THERE_NO.finditer(text, start, end):
        # "there has been no recount", "there was no evacuation": the event noun's event is denied
        which = "mod" if m.group("mod") and m.group("mod").lower().endswith(_NOMINAL_ENDINGS) and \
            _names_event(m.group("mod")) else "noun"
        noun = m.group(which)  # "no evacuation order": the nominalisation names the event
        stem = event_stem(noun)
        if len(stem) >= 3 and noun.lower() not in _HEAD_STOP and noun.lower() not in AGREEMENT_NOUNS and \
                _names_event(noun):  # not "there was no sign of him"
            found.append(Predication(stem, Entity(stem, noun, (), m.start(which), m.end(which)), m.start(),
                                     m.end(), True, False, nominal=True, itself=True))
    taken = [(p.start, p.end) for p in found if p.lemma == "agree"]
    found.extend(p for p in agreements(text, start, end) if not any(s <= p.start < e for s, e in taken))
    found.sort(key=lambda p: p.start)
    return found


_NOUNS = "|".join(AGREEMENT_NOUNS)
# "agreed to sell", "agreed on a price", "settled with the union", "reached a deal", "struck an accord"
_AGREED = regex.compile(
    r"\b(?P<verb>(?:agree|agrees|agreed|agreeing)(?=\s{1,3}(?:to|on|terms)\b)|(?:settle|settles|settled|settling)"
    r"(?=\s{1,3}(?:with|their|its|the\s{1,3}(?:dispute|strike|case))\b)|(?:" + "|".join(AGREEMENT_VERBS) +
    r")\s{1,3}(?:a|an|the|their|its|no)\s{1,3}(?:[\p{L}\-]{1,20}\s{1,3})?(?:" + _NOUNS + r")s?\b)",
    regex.IGNORECASE)
# "there is no agreement", "no deal has been reached": the agreement is denied
_NO_AGREEMENT = regex.compile(r"\b(?:there\s{1,3}(?:is|was|has\s{1,3}been|had\s{1,3}been)\s{1,3})?no\s{1,3}(?:"
                              + _NOUNS + r")s?\b", regex.IGNORECASE)
_NEGATION_BEFORE = regex.compile(r"\b(?:not|never|no|n't|yet\s{1,3}to|(?:fail|fails|failed|failing|refuse|refuses|"
                                 r"refused|refusing|decline|declines|declined|declining)\s{1,3}to)\b(?:\s{1,3}[\p{L}']{1,12}){0,2}"
                                 r"\s{1,3}$|n't\s{1,3}(?:[\p{L}']{1,12}\s{1,3}){0,1}$", regex.IGNORECASE)
_FAILED_BEFORE = regex.compile(r"\b(?:yet|failed|fails|fail|failing|refused|refuses|refuse|refusing|declined|declines|"
                            r"decline|declining)\s{1,3}to\s{1,3}$", regex.IGNORECASE)
#: "if talks fail to reach a deal", "unless the sides agree on": an agreement in a condition is not reported.
_CONDITION_BEFORE = regex.compile(r"\b(?:if|unless|whether)\b[^,;:.!?]{0,80}$", regex.IGNORECASE)
#: What an agreement is on: the object of its to-infinitive ("agreed to sell its truck unit"), or the head of an
#: "on", "with", "over" or "for" phrase after it ("a deal on fishing rights", "settled with the union").
_AGREEMENT_LINK = regex.compile(r"\s{1,3}(?:(?:on|with|over|for)|to\s{1,3}\p{Ll}{2,20})\s{1,3}", regex.IGNORECASE)
_AGREEMENT_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]{0,30}")
#: Determiners before an agreement's noun ("a new deal", "all the terms"); the module's own set above reads
#: the objects of every other verb.
_AGREEMENT_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "your", "any", "this",
                                    "that", "these", "those", "new", "some", "all"})
_AGREEMENT_STOP = frozenset({"to", "for", "with", "on", "over", "by", "in", "at", "of", "and", "or", "but", "that",
                             "which", "who", "was", "were", "is", "are", "has", "have", "had", "will", "would", "after",
                             "before", "from", "as", "than", "under", "last", "next", "this", "if", "said",
                             "says", "worth", "valued"})
_MODAL_BEFORE = regex.compile(r"\b(?:will|would|shall|could|may|might|must|should|can|to|won't)\b"
                              r"(?:\s{1,3}[\p{L}']{1,12}){0,1}\s{1,3}$", regex.IGNORECASE)


def agreements(text: str, start: int, end: int) -> list[Predication]:
    """Agreements a stretch of text reports, as ``agree`` predications of the thing "agreement": "agreed to sell",
    "settled with the union", "reached a deal" (negated after "not", "yet to"; modal after "will", "to"), and the
    denial "there is no agreement"."""
    found = []
    for m in _AGREED.finditer(text, start, end):
        before = text[max(start, m.start() - 30):m.start()]
        if _CONDITION_BEFORE.search(text, max(start, m.start() - 80), m.start()) is not None:
            continue  # "if talks fail to reach a deal": a condition, not a report
        negated = _NEGATION_BEFORE.search(before) is not None or m.group(0).lower().split()[1:2] == ["no"]
        # "failed to reach a deal", "has yet to agree on": a negation, not a plan
        modal = _MODAL_BEFORE.search(before) is not None and _FAILED_BEFORE.search(before) is None
        thing = Entity(agreement_class(text, m.end(), end), m.group(0).split()[-1], (), m.start(), m.end())
        found.append(Predication("agree", thing, m.start(), m.end(), negated, modal))
    for m in _NO_AGREEMENT.finditer(text, start, end):
        if any(p.start <= m.start() < p.end for p in found):
            continue
        if _CONDITION_BEFORE.search(text, max(start, m.start() - 80), m.start()) is not None:
            continue
        thing = Entity(agreement_class(text, m.end(), end), m.group(0).split()[-1], (), m.start(), m.end())
        found.append(Predication("agree", thing, m.start(), m.end(), True, False))
    return found


def agreement_class(text: str, at: int, end: int) -> str:
    """The thing an agreement ending at ``at`` is keyed under: ``agreement-<head>`` with the head of what it is on
    ("agreed to sell its truck unit" -> ``agreement-unit``, "a deal with its pilots' union" -> ``agreement-union``),
    or plain ``agreement`` when nothing says what it is on (such agreements are not compared)."""
    link = _AGREEMENT_LINK.match(text, at, end)
    if link is None:
        return "agreement"
    head = None
    last = link.end()
    for n, w in enumerate(_AGREEMENT_WORD.finditer(text, link.end(), min(end, link.end() + 80))):
        low = w.group(0).lower()
        if n > 4 or (w.start() > last and not text[last:w.start()].isspace()) or low in _AGREEMENT_STOP:
            break  # up to a comma, a preposition or a verb: "its truck unit to Osk" -> "unit"
        last = w.end()
        if head is None and low in _AGREEMENT_DETERMINERS:
            continue
        head = w
    if head is None:
        return "agreement"
    word = head.group(0).lower().rstrip("'’")
    if word in TIME_NAMES or word.removesuffix("s") in TIME_NAMES or not word.isalpha():
        return "agreement"  # "a deal on Friday": a date, not what it is on
    return f"agreement-{singular_noun(word)}"


_PARTICIPLE_BEFORE = regex.compile(r"([\p{Ll}][\p{Ll}\-]{3,30}ed)\s{1,3}(?:[\p{L}\-]{1,30}\s{1,3}){0,2}$")


def predicate_of(text: str, noun_start: int, noun_end: int, start: int, end: int) -> str | None:
    """The verb said of the noun at ``[noun_start, noun_end)`` inside ``text[start:end]``: an -ed participle before
    it ("the number of vaccinated children") or a predicate whose thing it is ("300 children have been
    vaccinated"), as a lemma; None when there is none."""
    m = _PARTICIPLE_BEFORE.search(text, max(start, noun_start - 50), noun_start)
    if m is not None and m.group(1).lower() not in _NOT_VERBS:
        return canonical_verb(m.group(1))
    for found in find_predications(text, start, end):
        if found.thing.start == noun_start or found.thing.end == noun_end:
            return found.lemma
    return None


_QUANTITY_GAP = regex.compile(r"^(?:\s{1,3}(?:about|around|some|nearly|almost|roughly|approximately|over|more|than|"
                              r"fewer|less|at|least|most|up|to|only|just|an|estimated|the|a|another))*\s{1,3}$",
                              regex.IGNORECASE)
_VERB_BEFORE = regex.compile(r"[\p{L}][\p{L}'’\-]{1,30}(?:\s{1,3}(?:about|around|some|nearly|almost|roughly|"
                             r"approximately|over|more|than|fewer|less|at|least|most|up|to|only|just|an|estimated|"
                             r"the|a|another))*\s{1,3}$", regex.IGNORECASE)


def governing_verb(text: str, count_start: int, noun_start: int, start: int, end: int) -> str | None:
    """The lemma of the verb whose object a count is ("is recalling about 20,000 kettles" -> recall): a predicate
    right before the count, with only quantity words between, whose thing is the counted noun; else None."""
    m = _VERB_BEFORE.search(text, max(start, count_start - 60), count_start)
    if m is None:
        return None
    word = m.group(0).split()[0].lower()
    if not (word.endswith(("ed", "ing")) or word in IRREGULAR_PAST or word in _SYNONYM_FIRSTS):
        return None
    for found in find_predications(text, max(start, m.start() - 60), min(end, noun_start + 80)):
        if found.thing.start == noun_start and found.end <= count_start and \
                _QUANTITY_GAP.match(text[found.end:count_start] or " ") is not None and found.lemma != "be":
            return found.lemma
    return None
