"""Who says so: attribution frames in a clause, source names, and their resolution within a document.

The quote extractor finds quotes; this module reads the plainer frames that claims need whether or not a quote
was found ("..., the ministry said on Monday", "Police estimated that ...", "according to its defense ministry",
"others said 400"), names the source ("Marvian President Nadia Roff" -> "Nadia Roff", role "Marvian President")
and resolves short forms against earlier ones ("Roff", "she", "the union").
"""

from __future__ import annotations

from typing import NamedTuple

import attrs
import regex

from .lexicon import (
    ACCORDING_TO,
    ANONYMOUS_HEADS,
    NUMBER_WORDS,
    ORGANIZATION_NAME_ENDINGS,
    ORGANIZATION_WORDS,
    PERSON_PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
)
from .types import Source

__all__ = ["DESCRIPTION_KINDS", "Frame", "NamedOrganization", "SourceBook", "find_frames", "name_source",
           "named_organizations"]

_PARTICIPLES = {"saying": "neutral", "adding": "neutral", "claiming": "hedging", "denying": "denial",
                "insisting": "neutral", "warning": "prediction", "arguing": "neutral", "noting": "neutral"}
_VERBS = {**SPEECH_VERBS, **_PARTICIPLES}
_VERB = regex.compile(r"(?<![\w'’\-])(?:" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r")(?![\w'’\-])",
                    regex.IGNORECASE)  # headlines capitalise their verbs ("Minister Says ...")
_ACCORDING = regex.compile(r"(?<![\w])(?:" + "|".join(a.replace(" ", r"\s{1,3}") for a in ACCORDING_TO) + r")\b",
                           regex.IGNORECASE)
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "also", "previously", "later", "then", "again",
                  "repeatedly", "publicly", "earlier", "once", "already", "have also", "had also", "would", "will",
                  "reportedly", "separately", "privately", "officially", "recently", "first", "did", "does", "do",
                  "not", "never", "didn't", "doesn't", "could"})
_THAT = regex.compile(r"\bthat\b|[“\"‘]")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]{0,40}")
_OPEN_QUOTES = "“\"‘"
# a parenthetical between a source and its verb: "speaking on condition of anonymity", "which analysed the footage"
_PARENTHETICAL = regex.compile(r"(?:who|which|speaking|citing|\p{Ll}{3,20}ing|\p{Ll}{3,20}ed)\b")
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "however", "meanwhile", "still"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})
_RELATIVE = regex.compile(r"\s(?:who|which|whose|that)\s.{0,200}$|,.{0,200}$")
_NP_CUT = regex.compile(r",|[”\"]|\bthat\b|;|:")
_NP_END = regex.compile(r"[,;.]\s|[,;]|$")
# "others at “2 kilometers”": a clause that names its source and leaves the verb out
_OTHERS = regex.compile(r"\s{0,3}(others|other\s{1,3}[\p{L}]{1,20}|some\s{1,3}[\p{L}]{1,20})\s{1,3}(?:at|put|gave)\b",
                        regex.IGNORECASE)
_ROLES = frozenset(w.strip(".") for w in ROLE_WORDS)
# "as the union had announced", "as officials expected": a comment clause on the sentence, not its attribution
_AS_COMMENT = regex.compile(r"as\s", regex.IGNORECASE)
# a participle of purpose that only the subject itself can vouch for
_INTENT = regex.compile(r",\s{1,3}(?:aiming|hoping|seeking|intending|in\s{1,3}a\s{1,3}bid|in\s{1,3}an\s{1,3}effort)"
                        r"\s{1,3}to\b", regex.IGNORECASE)
_ORGANIZATION_ENDS = frozenset(ORGANIZATION_NAME_ENDINGS)
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}\-'’.]{0,30}")


@attrs.define(eq=False, repr=False)
class Frame:
    """An attribution in a clause: the source's words, the cue, and the content they introduce.

    Attributes:
        source: the source noun phrase as written ("regional governor Edda Vale").
        source_start, source_end: where it stands.
        cue_start, cue_end: the speech verb or "according to".
        cue_class: neutral, hedging, denial, prediction or confirmation.
        content_start, content_end: what the source says.
        kind: "first" (source before content), "last" (content, then source) or "according".
    """

    source: str
    source_start: int
    source_end: int
    cue_start: int
    cue_end: int
    cue_class: str
    content_start: int
    content_end: int
    kind: str

    def __repr__(self) -> str:
        return f"Frame({self.source!r}, {self.kind}, content=[{self.content_start}, {self.content_end}))"


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    opened = False
    for ch in text[start:pos]:
        if ch in "“‘":
            opened = True
        elif ch in "”’" and opened:
            opened = False
        elif ch == '"':
            opened = not opened
    return opened


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    strip = " \t\r\n,;:“”\"‘’—–-"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip + ".":
        end -= 1
    return start, end


def _np_back(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase that ends at ``end``: back to the last comma, quote or "that" after ``start``."""
    cut = start
    while end > start and text[end - 1] in " ,":
        end -= 1
    for m in _NP_CUT.finditer(text[start:end]):
        cut = start + m.end()
    return _strip(text, cut, end)


def _np_forward(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase that starts at ``start``: up to the next comma or the end."""
    m = _NP_END.search(text[start:end])
    stop = start + (m.start() if m else end - start)
    return _strip(text, start, stop)


def _looks_like_source(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 10:
        return False
    first = words[0].lower().strip("“\"‘")
    if first in {"it", "there", "this"}:
        return False
    if first in _DETERMINERS and len(words) <= 6:
        return True  # "the coast guard", "a local fire chief"
    lowered = [w.lower() for w in words]
    if lowered[-1] in PERSON_PRONOUNS:
        return len(words) == 1
    return any(w[:1].isupper() for w in words) or any(
        w.strip(".,") in ORGANIZATION_WORDS or w.strip(".,") in ANONYMOUS_HEADS or w in ROLE_WORDS for w in lowered
    )


def _subject_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject noun phrase of a clause (after a leading adverbial): "the agency" in
    "By late March, the agency had revised its figure"."""
    comma = text.find(",", start, end)
    head = start
    if comma != -1 and comma - start < 40:
        lead = text[start:comma].split()
        if lead and lead[0].lower() in {"on", "by", "in", "at", "after", "before", "two", "three", "later",
                                        "earlier", "last", "since", "during", "speaking", "asked"}:
            head = comma + 1
    words = list(_WORD.finditer(text, head, end))
    stop = head
    for m in words[:8]:
        if m.group(0).lower() in _AUX or m.group(0).lower() in _VERBS:
            break
        stop = m.end()
    a, b = _strip(text, head, stop)
    return (a, b) if b > a and _looks_like_source(text[a:b]) else None


def _adjunct_after(text: str, verb_end: int, end: int, content_before: tuple[int, int]) -> bool:
    """After "..., officials warned on Tuesday" a comma opens an adjunct of the sentence ("as winds pushed the
    flames south", "far more than first thought"), not what they said: the statement stands before the source.

    True when at most four words (a time or place) follow the verb before a comma that no quote follows, and a
    statement of four words or more precedes the source.
    """
    comma = text.find(",", verb_end, end)
    if comma == -1 or len(_WORD.findall(text, verb_end, comma)) > 4:
        return False
    if text[comma + 1:comma + 4].lstrip()[:1] in _OPEN_QUOTES:
        return False  # "..., she said on Monday, “we will stay”": the quote is her content
    return len(_WORD.findall(text, content_before[0], content_before[1])) >= 4


def find_frames(text: str, start: int, end: int) -> list[Frame]:
    """Attribution frames in the clause ``text[start:end]`` (at most one per speech verb), in order."""
    frames: list[Frame] = []
    m = _ACCORDING.search(text, start, end)
    if m is not None and not _inside_quotes(text, start, m.start()):
        if m.start() - start > 12:
            s, e = _np_forward(text, m.end(), end)
            c0, c1 = _strip(text, start, m.start())
        else:
            s, e = _np_forward(text, m.end(), end)
            c0, c1 = _strip(text, e, end)
        if e > s and c1 > c0:
            frames.append(Frame(text[s:e], s, e, m.start(), m.end(), "neutral", c0, c1, "according"))
            return frames
    lead = _OTHERS.match(text[start:end])
    for verb in _VERB.finditer(text, start, end):
        if _inside_quotes(text, start, verb.start()):
            continue
        word = verb.group(0).lower()
        cue_class = _VERBS[word]
        if word == "put" and "number" not in text[verb.end(): min(end, verb.end() + 40)] and "at" not in text[
                verb.end(): min(end, verb.end() + 60)].split():
            continue
        # auxiliaries between the source and the verb ("have claimed", "had also said")
        back = verb.start()
        before_words = list(_WORD.finditer(text, start, back))
        while before_words and before_words[-1].group(0).lower() in _AUX:
            back = before_words.pop().start()
        if word in _PARTICIPLES:
            subject = _subject_of(text, start, verb.start())
            if subject is None:
                continue
            c0, c1 = _strip(text, verb.end(), end)
            frames.append(Frame(text[subject[0]:subject[1]], subject[0], subject[1], verb.start(), verb.end(),
                                cue_class, c0, c1, "first"))
            continue
        before = text[start:back].strip(" ,“”\"‘’")
        if not before:
            # “...,” said Ruth Abel: nothing before the verb in this clause
            s, e = _np_forward(text, verb.end(), end)
            if e > s and _looks_like_source(text[s:e]):
                frames.append(Frame(text[s:e], s, e, verb.start(), verb.end(), cue_class, start, start, "last"))
            continue
        s, e = _np_back(text, start, back)
        if e > s and not _looks_like_source(text[s:e]) and _PARENTHETICAL.match(text, s, e):
            # "Western officials, speaking on condition of anonymity, estimated": the source stands before the
            # parenthetical participle or relative clause
            comma = text.rfind(",", start, s)
            if comma > start:
                s0, e0 = _np_back(text, start, comma)
                if e0 > s0 and _looks_like_source(text[s0:e0]):
                    s, e = s0, e0
        if e <= s:
            # “...,” said Ruth Abel, a spokeswoman: the source follows the verb, the content precedes it
            s, e = _np_forward(text, verb.end(), end)
            c0, c1 = _strip(text, start, back)
            if e > s and c1 > c0 and _looks_like_source(text[s:e]):
                frames.append(Frame(text[s:e], s, e, verb.start(), verb.end(), cue_class, c0, c1, "last"))
                break
            continue
        if not _looks_like_source(text[s:e]):
            continue
        content_before = _strip(text, start, s)
        if _AS_COMMENT.match(text, s, e) and content_before[1] > content_before[0]:
            # "Protesters returned on Saturday, as the union had announced": the writer states the main clause and
            # notes who foretold it; the union's words are not the content
            continue
        lead_words = _WORD.findall(text, content_before[0], content_before[1])
        if 0 < len(lead_words) < 4 and lead_words[-1].lower() in ROLE_WORDS | ORGANIZATION_WORDS:
            # "A spokesman, Captain Emil Rand, said": an appositive belongs to the source
            s = content_before[0]
            content_before = (s, s)
        after_words = list(_WORD.finditer(text, verb.end(), end))
        marker = _THAT.search(text, verb.end(), min(end, verb.end() + 60))
        if marker is not None and len(_WORD.findall(text, verb.end(), marker.start())) <= 6:
            c0 = marker.end() if marker.group(0) == "that" else marker.start()
            c0, c1 = _strip(text, c0, end)
            frames.append(Frame(text[s:e], s, e, verb.start(), verb.end(), cue_class, c0, c1, "first"))
        elif content_before[1] > content_before[0] and (len(after_words) <= 4 or (
                len(after_words) <= 7 and len(_WORD.findall(text, content_before[0], content_before[1])) >= 5)
                or _adjunct_after(text, verb.end(), end, content_before)):
            # "..., the agency said on Monday": little after the verb, a statement before it
            frames.append(Frame(text[s:e], s, e, verb.start(), verb.end(), cue_class, content_before[0],
                                content_before[1], "last"))
        elif after_words:
            c0, c1 = _strip(text, verb.end(), end)
            frames.append(Frame(text[s:e], s, e, verb.start(), verb.end(), cue_class, c0, c1, "first"))
        break
    if not frames and lead is not None:
        s, e = start + lead.start(1), start + lead.end(1)
        c0, c1 = _strip(text, e, end)
        frames.append(Frame(text[s:e], s, e, s, s, "neutral", c0, c1, "first"))
    if not frames and (intent := _intent_frame(text, start, end)) is not None:
        frames.append(intent)
    return frames


def _intent_frame(text: str, start: int, end: int) -> Frame | None:
    """An organisation that states its own aim: in "The Brask water board began metering homes on Monday, aiming to
    cut use by a fifth", only the board can have told what it aims at, so the board is the clause's source.

    The frame (kind "intent") covers the whole clause; its cue is the aim's participle. None unless the clause
    opens with an organisation's name or description followed by its verb.
    """
    cue = _INTENT.search(text, start, end)
    if cue is None:
        return None
    s, _ = _strip(text, start, cue.start())
    words = list(_WORD.finditer(text, s, min(cue.start(), s + 120)))
    for i, word in enumerate(words[:7]):
        w = word.group(0)
        if i + 1 < len(words) and (w.lower() in ORGANIZATION_WORDS or (
                i and w.lower() in _ORGANIZATION_ENDS)) and words[i + 1].group(0).islower() \
                and words[i + 1].group(0) not in ORGANIZATION_WORDS:
            e = word.end()
            phrase = text[s:e]
            if name_source(phrase).kind != "organization" or not all(
                    v.group(0)[:1].isupper() or v.group(0).lower() in _DETERMINERS or v.group(0).islower()
                    for v in words[:i]):
                return None
            return Frame(phrase, s, e, cue.start(), cue.end(), "neutral", s, _strip(text, s, end)[1], "intent")
        if w[:1].islower() and w.lower() not in _DETERMINERS and i >= 3:
            return None
    return None


def name_source(phrase: str) -> Source:
    """Turn a source noun phrase into a :class:`Source` with a canonical name, a kind and a role.

    An appositive ("a Terrin army spokesman, Colonel Paul Sark") gives the person's name, the rest the role.
    """
    segments = [seg for seg in (p.strip(" ;:“”\"‘’") for p in phrase.split(",")) if seg]
    if len(segments) >= 2:
        named = [_name_one(seg) for seg in segments]
        described = next((seg for seg, src in zip(segments, named) if src.kind == "organization"
                          and seg.split()[0].lower() in _DETERMINERS and _describes_organization(seg)), None)
        if described is not None:
            # "The construction firm, Dalmar Roads": a bare name set beside an organisation's description is its name
            names = [src for seg, src in zip(segments, named) if seg is not described and seg[:1].isupper()
                     and seg.split()[0].lower() not in _DETERMINERS
                     and (src.kind == "organization" or (src.kind == "person" and not src.role))]
            if len(names) == 1:
                return Source(names[0].name, kind="organization", role=" ".join(described.split()[1:]))
        people = [src for src in named if src.kind == "person" and len(src.name.split()) >= 2]
        if people:
            others = [seg for seg, src in zip(segments, named) if src is not people[0]]
            role = people[0].role or (" ".join(others[0].split()[1:]) if others and others[0].split()[0].lower()
                                      in _DETERMINERS else (others[0] if others else None))
            return attrs.evolve(people[0], role=role or None)
    return _name_one(phrase)


def _describes_organization(description: str) -> bool:
    """Whether a description names an organisation ("the construction firm") rather than a person speaking for one
    ("a spokeswoman for the agency")."""
    words = [w.strip(".,").lower() for w in description.split()[1:]]
    # (the head itself may be a title word too: "company", "party")
    return bool(words) and words[-1] in ORGANIZATION_WORDS and not any(w in _ROLES or w in ANONYMOUS_HEADS
                                                                       for w in words[:-1])


def _name_one(phrase: str) -> Source:
    phrase = " ".join(phrase.replace("’s ", " ").split())
    phrase = _RELATIVE.sub("", phrase).strip(" ,;:“”\"‘’")
    words = phrase.split()
    while words and (words[0].lower() in _DETERMINERS or words[0].lower().strip(",") in _CONJUNCTIONS):
        words = words[1:]  # "But the provincial government put ...": the conjunction opens the sentence
    if not words:
        return Source(phrase or "unknown", kind="unknown")
    lowered = [w.lower().strip(".,") for w in words]
    if len(words) == 1 and lowered[0] in PERSON_PRONOUNS:
        return Source(words[0], kind="unknown")
    org = max((i for i, w in enumerate(lowered) if w in ORGANIZATION_WORDS), default=-1)
    if lowered[0] in ORGANIZATION_WORDS or lowered[0] in ANONYMOUS_HEADS:
        # "Police in Varno", "Doctors at the regional hospital": the head, not where it stands
        cut = next((k for k, w in enumerate(lowered) if k and w in {"in", "at", "from"}), None)
        if cut is not None:
            words, lowered = words[:cut], lowered[:cut]
            org = max((k for k, w in enumerate(lowered) if w in ORGANIZATION_WORDS), default=-1)
    run = 0  # the capitalised, non-title words that end the phrase: a person's name
    for word in reversed(words):
        if _NAME_TOKEN.fullmatch(word) and word.lower().strip(".") not in _ROLES \
                and word.lower() not in ORGANIZATION_WORDS:
            run += 1
        else:
            break
    titled = run >= 2 and len(words) > run and lowered[len(words) - run - 1] in ROLE_WORDS
    # "Union of Metal Workers" is an organisation; "ministry spokesman Jan Mirek" is a person with a role
    if org >= 0 and not (titled and org < len(words) - run):
        return Source(" ".join(words), kind="organization")
    if lowered[-1] in ANONYMOUS_HEADS or (lowered[0] in ANONYMOUS_HEADS and len(words) == 1):
        return Source(" ".join(words), kind="anonymous")
    # a name is the run of capitalised words at the end that are not titles
    name: list[str] = []
    for word in reversed(words):
        if _NAME_TOKEN.fullmatch(word) and word.lower().strip(".") not in _ROLES:
            name.insert(0, word)
        else:
            break
    if name:
        title = " ".join(words[: len(words) - len(name)]) or None
        if len(name) >= 2 and name[-1].lower() in ORGANIZATION_NAME_ENDINGS and not title:
            return Source(" ".join(name), kind="organization")  # "Telka Mining", "Westland Rail"
        return Source(" ".join(name), kind="person", role=title)
    return Source(" ".join(words), kind="unknown")


# -- definite descriptions of organisations ("the company", "the operator") ------------------------------------

#: The head of a definite description of an organisation, and the kind of body it describes. A named organisation
#: fits a description when its own words or its introduction give it that kind. ("the group" is as often the people
#: a poll counted as a company: no head here.)
DESCRIPTION_KINDS: dict[str, str] = {
    "company": "company", "firm": "company", "corporation": "company", "business": "company",
    "conglomerate": "company", "carmaker": "company", "automaker": "company", "manufacturer": "company",
    "maker": "company", "producer": "company", "retailer": "company", "developer": "company",
    "contractor": "company", "miner": "company", "insurer": "company", "chain": "company", "supplier": "company",
    "lender": "bank", "bank": "bank", "operator": "operator", "utility": "utility", "carrier": "carrier",
    "airline": "carrier", "railway": "operator", "agency": "agency", "ministry": "ministry",
    "department": "department", "council": "council", "union": "union", "board": "board",
}
#: Kinds that a business introduced as an operator, carrier, utility or bank also has: each is a company.
_BUSINESS = frozenset({"company", "bank", "operator", "utility", "carrier"})
#: The last word of a company's own name and the kinds it gives ("Dunhallow Rail" runs trains; "Skerry Air"
#: flies them). Only names of two words or more are read this way.
_ENDING_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("rail", "railways", "railway", "transit", "trains", "buses", "metro"),
                    frozenset({"company", "operator"})),
    **dict.fromkeys(("air", "airlines", "airways", "aviation", "lines", "ferries", "shipping", "freight",
                     "logistics"), frozenset({"company", "carrier", "operator"})),
    **dict.fromkeys(("energy", "utilities", "hydro", "grid", "gas", "electric"),
                    frozenset({"company", "utility", "operator"})),
    **dict.fromkeys(("bank", "bancorp"), frozenset({"company", "bank"})),
    **dict.fromkeys(("group", "dairies", "mills", "foods", "farms", "breweries", "bakeries", "stores", "motors",
                     "mining", "minerals", "metals", "holdings", "industries", "systems", "technologies",
                     "telecom", "communications", "pharmaceuticals", "pharma", "partners", "securities",
                     "insurance", "construction", "engineering", "chemicals", "resources", "ventures", "solutions",
                     "enterprises", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc",
                     "gmbh", "co.", "textiles", "automotive", "petroleum", "roads", "steelworks"),
                    frozenset({"company"})),
}
# (a full stop before a capital ends the name: "... Varro Logistics. The firm said")
_CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{L}\p{N}\-'’&]*(?:\.(?!\s{1,2}\p{Lu}))?"
    r"(?:\s{1,2}(?:(?:of|for|&)\s{1,2})?\p{Lu}[\p{L}\p{N}\-'’&]*(?:\.(?!\s{1,2}\p{Lu}))?)*")
# words that open a sentence before a name ("The", "Two Skerry Air flights")
_LEADING = frozenset({"the", "a", "an", "all", "some", "its", "their", "this", "that", "these", "those", "both",
                      *(w for w in NUMBER_WORDS if " " not in w)})
_POSSESSIVE = regex.compile(r"['’]s?$")
_TITLE_SPEAKER = regex.compile(r"\s{0,3}(\p{Lu}[\p{L}\p{N}\-'’&.]*(?:\s\p{Lu}[\p{L}\p{N}\-'’&.]*){0,2})"
                               r"(?:\s{1,3}(?:says|said|insists|denies|confirms)\b|:)")
_APPOSED = regex.compile(r",\s{1,3}(?:the|a|an)\s{1,3}((?:[\p{Ll}\-]{2,20}\s{1,3}){0,2}[\p{Ll}\-]{2,20})\b")
_INTRO_WORD = regex.compile(r"[\p{L}\-]{2,20}")
#: Words before a name that make it the one spoken to ("told the Lisk Metro", "confirmed it to the Brisk Post"; a
#: company sold "to Varro Logistics" takes no article).
_ADDRESSEE = regex.compile(r"(?i)\b(?:told(?:\s{1,3}the)?|to\s{1,3}the)\s{1,3}$")
#: Words before "company" or "firm" that say nothing of its trade ("the same company", "a private firm").
_TRADE_NEUTRAL = frozenset({"same", "other", "private", "public", "parent", "small", "large", "big", "local",
                            "family", "listed", "state-owned", "new", "former", "second", "first"})
#: Words of a name ending in "Group" that make it people organised, not a company.
_CIVIC = frozenset({"residents", "citizens", "parents", "tenants", "neighbours", "neighbors", "families", "victims",
                    "survivors", "friends", "action", "campaign", "community", "advocacy", "rights", "protest",
                    "pressure", "support", "activists", "activist", "patients", "volunteers", "women", "veterans"})
_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "by", "to", "in", "on", "about"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "today", "yesterday"})


def _introduction(text: str, start: int) -> list[str]:
    """The description right before a name, lower case: "rail operator" in "rail operator Dunhallow Rail", "carrier"
    in "the carrier, Skerry Air" (an appositive name after a comma only when the description is a definite noun
    phrase of its own: in "a spokeswoman for the agency, Ana Corran" the name is the spokeswoman's)."""
    before = text[max(0, start - 60):start].rstrip()
    comma = before.endswith(",")
    if comma:
        before = before[:-1].rstrip()
    if not before or not before[-1].isalpha():
        return []  # "... the union. Dunhallow Rail": a sentence ends between them
    words = [w.lower() for w in _INTRO_WORD.findall(before)[-4:]]
    described: list[str] = []
    while words and words[-1] not in _DETERMINERS and len(described) < 2:
        described.insert(0, words.pop())
    if comma and not (words and words[-1] == "the" and (len(words) == 1 or words[-2] not in _PREPOSITIONS)):
        return []
    return described


def _names_its_trade(intro: list[str]) -> bool:
    """An introduction that says what trade a company is in ("a leasing company", "a property firm"), which then
    outweighs what the company's name suggests."""
    return len(intro) >= 2 and DESCRIPTION_KINDS.get(intro[-1]) == "company" and intro[-2] not in _TRADE_NEUTRAL


def _kinds_of_word(word: str) -> set[str]:
    kind = DESCRIPTION_KINDS.get(word.lower()) or ("company" if word.lower().endswith("maker") else None)
    if kind is None:
        return set()
    return {kind, "company"} if kind in _BUSINESS else {kind}


class NamedOrganization(NamedTuple):
    """An organisation an article names: where its name ends, the name, the kinds of body it is ("company",
    "operator", "board") and the words that describe it (its own and its introduction's, lower case)."""

    end: int
    name: str
    kinds: frozenset[str]
    words: frozenset[str]


def named_organizations(text: str) -> list[NamedOrganization]:
    """The organisations an article names, with what they are, in text order.

    A name's kinds come from its own words ("Rail Safety Board" is a board, "Dunhallow Rail" a company that
    operates trains) or from its introduction ("toymaker Plessig", "the carrier, Skerry Air", "Ostrig
    Chemicals, the firm that runs the depot"). Names with no such evidence (people, places) are left out.
    """
    read: list[tuple[int, str, set[str], frozenset[str], frozenset[str]]] = []
    trades: set[str] = set()
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        start = m.start()
        kinds: set[str] = set()
        described: list[str] = []
        while len(words) > 1 and (words[0].lower() in _LEADING or (
                _kinds_of_word(words[0]) and words[1][:1].isupper())):
            # "The Pessel water board", "Toymaker Plessig": a sentence's capital is no part of the name
            if words[0].lower() not in _LEADING:
                kinds |= _kinds_of_word(words[0])
                described.append(words[0].lower())
            start = text.find(words[1], start + len(words[0]))
            words = words[1:]
        name = _POSSESSIVE.sub("", " ".join(words).rstrip(".,"))  # "Plessig's plans"
        if not name or name.lower() in DESCRIPTION_KINDS or name.lower() in _CALENDAR:
            continue
        lowered = [w.lower().strip(".,'’") for w in words]
        ending: frozenset[str] = frozenset()
        if len(words) >= 2:
            if not (lowered[-1] == "group" and any(w.rstrip("'’") in _CIVIC for w in lowered[:-1])):
                # "Dorne Residents' Group", "Tenants Action Group" are people organised, no company
                ending = _ENDING_KINDS.get(lowered[-1], frozenset())
            for w in lowered[1:]:
                kind = DESCRIPTION_KINDS.get(w)
                if kind is not None and kind not in _BUSINESS and kind != "company":
                    kinds.add(kind)  # "Rail Safety Board", "Corvane Nurses' Union", "Ministry of Health"
        if lowered[0] in {"ministry", "department", "council", "union", "board", "agency"} and len(words) >= 3:
            kinds.add(lowered[0])  # "Ministry of Health", "Council of Elders"
        if _ADDRESSEE.search(text, max(0, start - 12), start) is not None and not kinds:
            continue  # "confirmed the figures to the Lisk Metro", "told Brisk Radio": spoken to, not speaking
        overridden = False
        intro = _introduction(text, start)
        if intro and _kinds_of_word(intro[-1]):
            # "rail operator Dunhallow Rail", "the carrier, Skerry Air"
            kinds |= _kinds_of_word(intro[-1])
            overridden = _names_its_trade(intro)
            described += intro
        after = _APPOSED.match(text, m.end())
        if after is not None and _VERB.match(text, after.end() + 1) is None:
            # "Ostrig Chemicals, the firm that runs the depot" (not "on Monday, the company said")
            intro = after.group(1).lower().split()
            while len(intro) > 1 and not _kinds_of_word(intro[-1]) and intro[-1] not in _VERBS:
                intro.pop()  # "a leasing company based in Varro" (not "..., the operator said")
            if _kinds_of_word(intro[-1]):
                kinds |= _kinds_of_word(intro[-1])
                overridden = overridden or _names_its_trade(intro)
                described += intro
        if overridden:
            trades.add(name)
        if kinds or ending:
            read.append((m.end(), name, kinds, ending, frozenset(lowered + described)))
    # what the article says a body does, anywhere, outweighs what its name suggests: "Ostholm Shipping, a leasing
    # company" runs no ships, at its next mention either
    return [NamedOrganization(end, name, frozenset(kinds if name in trades else kinds | ending), words)
            for end, name, kinds, ending, words in read if kinds or name not in trades]


class SourceBook:
    """The sources a document has named so far, to resolve "Roff", "she" and "the union" to earlier names."""

    def __init__(self, text: str = "", title: str | None = None) -> None:
        self.sources: list[Source] = []
        self.text = text
        self.title = title
        self._organizations: list[NamedOrganization] | None = None
        self._runs: list[tuple[int, str]] | None = None

    def add(self, source: Source) -> None:
        """Remember a fully named source."""
        if source.kind in {"person", "organization"} and source not in self.sources:
            self.sources.append(source)

    def described(self, description: str, at: int) -> Source | None:
        """The organisation a description such as "company" or "rail operator" refers to at ``at`` in the text:
        the last one named before it whose own words or introduction fit the description's head and modifiers;
        None when the text named none (the description stays as it is)."""
        words = description.split()
        if not 1 <= len(words) <= 3 or any(not w.islower() for w in words):
            return None
        kind = DESCRIPTION_KINDS.get(words[-1])
        if kind is None:
            return None
        if self._organizations is None:
            self._organizations = named_organizations(self.text)
        modifiers = words[:-1]
        for named in reversed(self._organizations):
            # "the rail operator" fits "Dunhallow Rail"; "its defense ministry" is not the "Foreign Ministry"
            if named.end <= at and kind in named.kinds and all(w in named.words for w in modifiers):
                return Source(named.name, kind="organization", aliases=(description,))
        if kind == "company" and self.title and (m := _TITLE_SPEAKER.match(self.title)):
            # "Dorvik says talks go on" over "Talks with Dorvik go on, the company said": the headline names the
            # speaker its article describes, when the article uses that name alone (not as a person's surname)
            name = m.group(1)
            if self._runs is None:
                self._runs = [(r.end(), _POSSESSIVE.sub("", r.group(0))) for r in _CAPITALISED_RUN.finditer(self.text)]
            runs = self._runs
            if name.lower() not in DESCRIPTION_KINDS and any(run == name and end <= at for end, run in runs) \
                    and not any(run.endswith(" " + name) for _, run in runs):
                return Source(name, kind="organization", aliases=(description,))
        return None

    def resolve(self, source: Source, at: int | None = None) -> Source:
        """The earlier source this one refers to, or the source itself.

        Args:
            source: the source as named where it speaks.
            at: where its words stand in the book's text; a definite description of an organisation ("the
                company", "the rail operator") there is the organisation of that kind the text named last before it.
        """
        name = source.name
        lowered = name.lower()
        if at is not None and source.kind == "organization" and (named := self.described(name, at)) is not None:
            return named
        if lowered == "it":
            # "..., the fire brigade said. Two workers were hurt, it said.": a reporting "it" is an organisation
            for earlier in reversed(self.sources):
                if earlier.kind == "organization":
                    return earlier
            return source
        if lowered in PERSON_PRONOUNS:
            for earlier in reversed(self.sources):
                if earlier.kind == "person":
                    return earlier
            return source
        words = name.split()
        for earlier in reversed(self.sources):
            if earlier.name == name:
                return earlier
            if source.kind in {"person", "unknown"} and len(words) == 1 and earlier.kind == "person" \
                    and earlier.name.split()[-1] == name:
                return earlier
            if source.kind == "organization" and len(words) <= 2 and earlier.kind == "organization":
                # "the union" is the Union of Metal Workers; "defense ministry" is not the foreign ministry
                known = {w.lower() for w in earlier.name.split()}
                if all(w.lower() in known for w in words) and len(earlier.name) > len(name):
                    return earlier
        return source
