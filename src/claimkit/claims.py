"""Built-in claim builder: mentions and sentences to claims.

A claim is one statement of one source, per clause:

* every quote is a claim of its speaker (a quote that sits inside a longer attributed clause is read with that
  clause: "X said that Veloran soldiers “have fought”");
* an attributed clause ("..., the ministry said", "Police estimated that ...", "according to ...") is a claim of
  its source;
* an unattributed clause that carries a count, an event predicate or a modality marker is a claim of the
  publication;
* the headline is a claim too (``field="title"``), of the publication unless it names a source ("X says ...").

Each claim gets its modality (:mod:`claimkit.modality`), the day its source spoke (:mod:`claimkit.when`), the
counts and times it carries, its event, and the grouping keys of what it is about (:mod:`claimkit.subjects`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

import attrs
import regex

from .attribution import Frame, SourceBook, find_frames, name_source
from .grouping import any_event_key, count_base, count_key, currency, event_key, fits, money_key, weight
from .hookspecs import hookimpl
from .lexicon import (
    DENIALS,
    EVENT_CLASSES,
    NOUN_CLASSES,
    PERSON_PRONOUNS,
    POSSIBILITY_MODALS,
    PRESENCE_EVENTS,
    SPEECH_VERBS,
    SUBORDINATE_OPENERS,
    SUBSTANCE_MEASURES,
)
from .modality import CUE_MODALITY, read_modality
from .predicates import event_stem, find_predications, governing_verb, predicate_of
from .quantities import find_numbers, with_operator
from .segment import clauses, sentences, trim
from .spans import SpanIndex
from .subjects import (
    STILL_GOING,
    Entity,
    EventHit,
    announced_predicates,
    contrary_state_at,
    counted_entity,
    entity_after,
    entity_before,
    event_for,
    find_events,
    generic_predicate,
    head_after,
    headline_verbs,
    name_stem,
    owner_before,
    place_after,
    proper_words,
    singular_noun,
    story_names,
    title_names,
    topic_words,
    utility_keys,
)
from .timeline import interval
from .types import Claim, CountMention, Document, Mention, QuoteMention, Source, Span, TimeMention
from .when import Moment, StoryClock

__all__ = ["build_claims"]

#: Claims longer than this are quoted passages: too many statements in one to key its event.
_LONG = 320
#: The longest stretch a quote running across sentence ends may join into one unit.
_MAX_UNIT = 700
#: Denial words ("baseless", "hoax") speak to the event only in a short claim.
_SHORT = 160
# negation of a predicate: "has not been breached", "never fought", "weren't killed"
_NEGATED_BEFORE = regex.compile(
    r"(?:\b(?:not|never)|n[’']t)\s{1,3}(?:(?:been|be|yet|have|has|had|ever|actually|already|really)\s{1,3}){0,2}$",
    regex.IGNORECASE)
# negation of existence: "there are no Veloran soldiers", "none of the workers"
_NONE_BEFORE = regex.compile(r"\b(?:no|not\s{1,3}any|none\s{1,3}of\s{1,3}the|zero|never\s{1,3}any)\s{1,3}$",
                             regex.IGNORECASE)
_DENIAL_WORD = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in DENIALS) + r")\b", regex.IGNORECASE)
# ", Norrland Paper." closing the sentence after a common-noun source
_APPOSITIVE = regex.compile(r",\s{1,3}((?:\p{Lu}[\p{L}'’\-]{0,30}\s{0,2}){1,4})(?=[.!?]?[”\"]?\s{0,3}(?:\n|$))")
#: A clause boundary between a count and a later event: a subordinator or a relative pronoun after a comma.
_CLAUSE_BOUNDARY = regex.compile(r"\b(?:" + "|".join(sorted(SUBORDINATE_OPENERS))
                                 + r")\b|,\s{0,3}(?:which|who|where)\b", regex.IGNORECASE)
_SHARE_OF = regex.compile(r"(?:\s{0,2}(?:percent|per\s{1,2}cent|%))?\s{1,3}of\s{1,3}", regex.IGNORECASE)
# "turnout was 62 percent", "the figure for turnout was", "put turnout at": the measure a bare share is given for
_MEASURE_BEFORE = regex.compile(
    r"(?:\b(?:put|puts|putting|set|sets|estimated|estimates)\s{1,3}(?:the\s{1,3})?(?:(?:figure|number|rate|share|"
    r"level)\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?)?(?P<put>\p{L}[\p{L}\-]{1,30})\s{1,3}at|"
    r"(?<![\p{L}\-])(?P<be>\p{L}[\p{L}\-]{1,30})\s{1,3}(?:was|is|stood\s{1,3}at|stands\s{1,3}at|came\s{1,3}to|"
    r"comes\s{1,3}to|reached|hit|of))"
    r"(?:\s{1,3}(?:about|around|roughly|nearly|almost|some|just|over|under|only|exactly|close\s{1,3}to))?\s{1,3}$",
    regex.IGNORECASE)
# a second speech verb coordinated at the end of a clause ("... and denied", "..., but added")
_NEXT_SPEECH = regex.compile(
    r"[\s,]{1,3}(?:and|but)\s{1,3}(?:(?:also|later|then|flatly|strongly)\s{1,3})?(?:"
    + "|".join(regex.escape(v) for v in sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\s{0,3}$",
    regex.IGNORECASE)
_PERSON_CLASSES = frozenset({"people", "soldier", "worker", "leader"})
_VICTIM_EVENTS = frozenset({"die", "injure", "displace", "detain", "rescue", "missing"})
#: Events of taking part, and the events one takes part in: "took part in the walkout" is the walkout's figure
#: ("in"/"at" and up to this many characters of the event's name between them).
_TAKING_PART = frozenset({"attend"})
_PARTICIPATED = frozenset({"strike", "protest"})
_PART_IN = regex.compile(r"\s{1,3}(?:in|at)\b")
_PART_REACH = 40
#: Words ("were", "had been") between a counted noun and the verb said of it.
_OWN_VERB_GAP = 2
#: Verbs (as lemmas, including the stems canonical_verb gives) of being held in one place: a count of one noun
#: under any two of them on one day is one quantity ("stranded", "held up", "queued", "lined up").
_HOLDING_VERBS = frozenset({"strand", "hold", "held", "stick", "stuck", "wait", "queue", "queu", "park", "trap",
                            "block", "postpone", "delay", "idle", "idl", "halt", "line", "lin", "back"})
#: How far around a counted noun its predicate is looked for (characters).
_PREDICATE_REACH = 200
#: Events whose bare subject figure counts people ("60,000 took part", "12 were killed").
_PEOPLE_EVENTS = frozenset({"attend", "protest", "strike", "die", "injure", "displace", "detain", "rescue",
                            "missing", "aboard"})
# "Police estimated it at 11,000", "put the figure at about 900": a figure for what the sentence before spoke of
_PRONOUN_AT = regex.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimate|set|sets|placed|places)\s{1,3}(?:it|the\s{1,3}(?:figure|"
    r"number|total))\s{1,3}at(?:\s{1,3}(?:about|around|some|roughly|nearly|almost|just|over|under))?\s{1,3}$",
    regex.IGNORECASE)
_PRONOUN_WORDS = frozenset({"they", "them", "it", "we", "he", "she", "those", "these", "their"})


#: A process said to have started anew: "began leaking again", "the leak resumed", "restarted".
_RESUMED = regex.compile(r"(?i)\b(?:again|anew|once\s{1,3}more|resum(?:ed|es|ing)|restart(?:ed|s|ing)|"
                         r"re-?started|re-?opened)\b")


@attrs.define
class _Draft:
    """A claim in the making.

    Attributes:
        start, end, field: the evidence span.
        source: who makes the claim (the publication when nobody else does).
        clause: the clause the claim stands in (where its events and figures are read).
        frame_text: the attribution words around the content, read for hedges and expectations.
        cue_class: the cue's class (neutral, hedging, denial, prediction, confirmation), or None.
        cue, direct: the quote's cue span and whether it is a direct quote.
        speech: where a time expression dates the speech act, or None.
        attributed: a source other than the publication was named.
    """

    start: int
    end: int
    field: str
    source: Source
    clause: tuple[int, int]
    frame_text: str = ""
    cue_class: str | None = None
    cue: Span | None = None
    direct: bool = False
    speech: tuple[int, int] | None = None
    attributed: bool = False


def _outer(text: str, clause_start: int, frame: Frame | None) -> Frame | None:
    """The attribution that closes a clause, when a first one stands inside its content: in "Officials in Brask
    confirmed 14 cases, up from nine, health director Ana Holm said", Holm says all of it, the officials' report
    included."""
    if frame is None or frame.kind != "first" or frame.content_end <= frame.content_start:
        return frame
    inner = next((f for f in find_frames(text, frame.content_start, frame.content_end) if f.kind == "last"), None)
    if inner is None or inner.content_start != frame.content_start or len(inner.source.split()) < 2:
        return frame
    return Frame(inner.source, inner.source_start, inner.source_end, inner.cue_start, inner.cue_end, inner.cue_class,
                 clause_start, inner.content_end, "last")


def _swallowed_denial(phrase: str) -> bool:
    """A source phrase that ends with its denial verb ("The agency denied" before "reports that ...")."""
    words = phrase.split()
    return len(words) >= 2 and SPEECH_VERBS.get(words[-1].lower()) == "denial"


def _opens_sentence(text: str, word: str, before: int) -> bool:
    """``word``, found in the 80 characters before ``before``, stands first in its sentence."""
    at = text.rfind(word, max(0, before - 80), before)
    if at < 0:
        return False
    lead = text[max(0, at - 4):at].rstrip(" “\"‘(")
    return not lead or lead[-1] in ".!?\n"


_Spanned = TypeVar("_Spanned", CountMention, EventHit, TimeMention)


def _within(items: list[_Spanned], start: int, end: int) -> list[_Spanned]:
    """The items (sorted by start) that lie inside ``[start, end)``; a bisection keeps long documents linear."""
    i = bisect.bisect_left(items, start, key=lambda x: x.start)
    found = []
    for item in items[i:]:
        if item.start >= end:
            break
        if item.end <= end:
            found.append(item)
    return found


# "said the pump had failed and that no oil escaped": a second reported statement of its own
_AND_THAT = regex.compile(r",?\s{1,3}and\s{1,3}that\s{1,3}")
_QUOTE_MARK = regex.compile(r"[“”\"]")
# "that" before a common noun and its verb is a demonstrative ("and that location is ..."), not a complementizer
_DEMONSTRATIVE = regex.compile(
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there|this|these|those|some|no|none|"
    r"nobody|nothing|all|one|any|every|each|most|many|several|both|neither)\b)\p{Ll}[\p{L}\-]{1,25}\s{1,3}"
    r"(?:is|was|are|were|has|had|will|would|could|can|may|might|must|should)\b")


def _complements(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The reported statements of ``text[start:end]`` joined by "and that", each a claim with its own modality;
    the whole span when there is one (or when a quotation mark stands in it: a quote keeps its words together)."""
    if text.find("and that", start, end) == -1 or _QUOTE_MARK.search(text, start, end) is not None:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    at = start
    for m in _AND_THAT.finditer(text, start, end):
        if _DEMONSTRATIVE.match(text, m.end()):
            continue  # "a device was found and that location is being searched": "that" points, it reports nothing
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, end))
    return [p for p in pieces if p[1] > p[0]]


def _inside_number(text: str, at: int) -> bool:
    """``at`` follows the thousands separator of a figure ("10,|000")."""
    return 2 <= at < len(text) and text[at - 1] in ",." and text[at - 2].isdigit() and text[at].isdigit()


#: The substance after a measure: "litres of diesel", "tonnes of the grain".
_SUBSTANCE_AFTER = regex.compile(r"\s{1,3}of\s{1,3}(?:(?:the|its|their)\s{1,3})?(\p{Ll}[\p{Ll}\-]{2,30})\b(?![’'])")


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


class _Reader:
    """Reads one document sentence by sentence, keeping track of sources, entities and the story's time."""

    def __init__(self, document: Document, mentions: Sequence[Mention]) -> None:
        self.doc = document
        self.text = document.text
        self.times = [m for m in mentions if isinstance(m, TimeMention)]
        self.counts = [m for m in mentions if isinstance(m, CountMention)]
        self.quotes = [m for m in mentions if isinstance(m, QuoteMention) and m.field == "text"]
        # by start, for bisection (mentions come in document order; sorting is stable, so this keeps it)
        self.quotes.sort(key=lambda q: q.start)
        self._quote_starts = [q.start for q in self.quotes]
        self._times_by_field = {f: sorted((m for m in self.times if m.field == f), key=lambda m: m.start)
                                for f in ("text", "title")}
        self.names = proper_words(self.text)
        self.clock = StoryClock(document.published)
        self.book = SourceBook(self.text, document.title)
        self.publication = Source(document.publisher or document.author or "the publication", kind="publication",
                                  aliases=(document.author,) if document.author and document.publisher else ())
        self.last_entity: Entity | None = None
        self.elliptic_event: str | None = None
        self.last_counted: Entity | None = None
        self.lead_place = place_after(self.text, 0, min(len(self.text), 600))
        title_place = place_after(document.title, 0, len(document.title)) if document.title else None
        # what ties this article to others on the same story: where it opens and the names its headline uses
        story = set(title_names(document.title, self.text, self.names)) if document.title else set()
        for place in (self.lead_place, title_place):
            if place:
                story.add(name_stem(place.split()[0]))
        self.story = tuple(sorted(s for s in story if s))
        # and the names its body uses most: a story is often told without a name in its headline (weaker marks:
        # two of them must be shared, see :func:`claimkit.conflicts.explain.same_story`)
        used = story_names(self.text)
        self.named = tuple(sorted(s for s in used if s and s not in story))
        # the name the body uses most: what the article is mainly about, as strong a mark as a headline name
        self.main = used[0] if used and used[0] not in story else None
        self.entities: dict[str, Entity] = {}
        self.spoke: dict[str, Moment] = {}
        self.claims: list[Claim] = []
        self._time_cache: dict[str, list[tuple[int, int, TimeMention | None]]] = {}
        self._time_starts: dict[str, list[int]] = {}
        self._number_cache: dict[str, list[CountMention]] = {}
        self._event_cache: dict[str, list[EventHit]] = {}
        self._count_cache: dict[str, list[CountMention]] = {}

    # -- sources ------------------------------------------------------------------------------------------------

    def _source(self, phrase: str | None, kind: str | None = None, role: str | None = None,
                at: int | None = None) -> Source | None:
        if not phrase:
            return None
        source = name_source(phrase)
        if kind and source.kind == "unknown" and kind in {"person", "organization", "anonymous"}:
            source = attrs.evolve(source, kind=kind)
        if role and not source.role:
            source = attrs.evolve(source, role=role)
        # only a definite description is resolved by what the text named before it ("the company", not "its
        # defense ministry")
        definite = at is not None and phrase.split()[:1] in (["the"], ["The"])
        resolved = self.book.resolve(source, at if definite else None)
        if resolved is source and source.name.lower() in PERSON_PRONOUNS:
            return None
        self.book.add(resolved)
        return resolved

    # -- units --------------------------------------------------------------------------------------------------

    def _units(self) -> list[tuple[int, int]]:
        """Sentences, merged where a quote runs across a sentence end."""
        units: list[tuple[int, int]] = []
        quote_spans = SpanIndex((q.start, q.end) for q in self.quotes)
        for s, e in sentences(self.text):
            if units:
                ps, pe = units[-1]
                spans_quote = quote_spans.overlaps(pe, pe)
                segment = self.text[ps:pe]
                unbalanced = segment.count("“") > segment.count("”") or segment.count('"') % 2 == 1
                # a stray or typographically odd quote mark must not swallow the article: merge a little only
                if (spans_quote or unbalanced) and e - ps <= _MAX_UNIT:
                    units[-1] = (ps, e)
                    continue
            units.append((s, e))
        return units

    def _all_times(self, field: str) -> list[tuple[int, int, TimeMention | None]]:
        """Every time expression of a field, the extractor's and then claimkit's own where it found none."""
        cached = self._time_cache.get(field)
        if cached is None:
            found: list[tuple[int, int, TimeMention | None]] = [
                (m.start, m.end, m) for m in self.times if m.field == field
            ]
            text = self.doc.field_text(field)
            mine = [(s, e) for s, e in self.clock.find(text, 0, len(text))]
            taken = sorted((a, b) for a, b, _ in found)
            for s, e in mine:
                i = bisect.bisect_right(taken, (e, e))
                if not any(_overlap(s, e, a, b) for a, b in taken[max(0, i - 3):i + 1]):
                    found.append((s, e, None))
            cached = sorted(found, key=lambda t: (t[0], t[1]))
            self._time_cache[field] = cached
            self._time_starts[field] = [t[0] for t in cached]
        return cached

    def _times_in(self, start: int, end: int, field: str = "text") -> list[tuple[int, int, TimeMention | None]]:
        times = self._all_times(field)
        starts = self._time_starts[field]
        # expressions are short: one that overlaps [start, end) starts at most 60 characters before it
        i = bisect.bisect_left(starts, start - 60)
        j = bisect.bisect_left(starts, end)
        return [t for t in times[i:j] if _overlap(t[0], t[1], start, end)]

    def _numbers_in(self, start: int, end: int, field: str = "text") -> list[CountMention]:
        """claimkit's own counts (those the extractor missed) inside ``[start, end)``."""
        cached = self._number_cache.get(field)
        if cached is None:
            text = self.doc.field_text(field)
            existing = [c for c in self.counts if c.field == field]
            cached = find_numbers(text, 0, len(text), existing, field)
            self._number_cache[field] = cached
        return _within(cached, start, end)

    def _counts_in(self, start: int, end: int, field: str = "text") -> list[CountMention]:
        """The extractor's counts inside ``[start, end)``."""
        cached = self._count_cache.get(field)
        if cached is None:
            cached = sorted((c for c in self.counts if c.field == field), key=lambda c: (c.start, c.end))
            self._count_cache[field] = cached
        return _within(cached, start, end)

    def _events_in(self, start: int, end: int, field: str = "text") -> list[EventHit]:
        cached = self._event_cache.get(field)
        if cached is None:
            text = self.doc.field_text(field)
            cached = find_events(text, 0, len(text))
            self._event_cache[field] = cached
        return _within(cached, start, end)

    def _frames(self, clause_list: list[tuple[int, int]], text: str) -> list[Frame | None]:
        own = [_outer(text, s, next(iter(find_frames(text, s, e)), None)) for s, e in clause_list]
        result: list[Frame | None] = list(own)
        for i, frame in enumerate(own):
            if frame is not None:
                continue
            before = next((f for f in reversed(own[:i]) if f is not None and f.kind == "first"), None)
            after = next((f for f in own[i + 1:] if f is not None and f.kind == "last"), None)
            result[i] = before or after
        return result

    # -- the body -----------------------------------------------------------------------------------------------

    def read_body(self) -> None:
        for us, ue in self._units():
            drafts = self._unit_drafts(us, ue)
            unit_claims: list[Claim] = []
            for draft in sorted(drafts, key=lambda d: d.start):
                claim = self._finish(draft, unit_claims)
                if claim is not None:
                    unit_claims.append(claim)
            self.claims.extend(unit_claims)
            for s, e, mention in self._times_in(us, ue):
                self.clock.saw(self.clock.resolve(self.text[s:e], mention))

    def _unit_drafts(self, us: int, ue: int) -> list[_Draft]:
        text = self.text
        clause_list = clauses(text, us, ue)
        frames = self._frames(clause_list, text)
        quotes = self.quotes[bisect.bisect_left(self._quote_starts, us):bisect.bisect_left(self._quote_starts, ue)]
        drafts: list[_Draft] = []
        regions: list[tuple[int, int]] = []
        lead = self._lead_time(us, ue)
        for index, ((cs, ce), frame) in enumerate(zip(clause_list, frames)):
            if frame is not None and cs <= frame.cue_start < ce:
                r0, r1 = max(cs, frame.content_start), min(ce, frame.content_end)
            elif frame is not None:
                r0, r1 = cs, ce  # a clause that borrows its neighbour's source
            else:
                r0, r1 = cs, ce
            r0, r1 = trim(text, r0, r1)
            if r1 <= r0:
                continue
            # a quote that is most of this region speaks for itself (unless it swallowed its own attribution)
            big = next((q for q in quotes if not self._only_time(q) and _overlap(q.start, q.end, r0, r1) >= 0.5 * (
                r1 - r0) and not any(self._misread(q, f) for f in frames)), None)
            if big is not None:
                head = trim(text, r0, big.start)
                if head[1] <= head[0] or not (self._counts_in(*head) or self._numbers_in(*head)):
                    continue
                # "X put the number of dead at 44, and said the agency had ...": the quote is the second report;
                # the figure before it is a claim of its own
                r0, r1 = head
            source = self._source(frame.source, at=frame.source_start) if frame is not None else None
            speech = None
            frame_text = ""
            if frame is not None:
                if frame.kind == "first":
                    speech = (frame.source_start, frame.content_start)
                    frame_text = text[frame.source_start:frame.content_start]
                elif frame.kind == "last":
                    speech = (frame.source_start, ce if frame.cue_start < ce and frame.cue_start >= cs else
                              frame.content_end)
                    # the attribution's words end at the next comma: ", five months earlier than planned" after
                    # "..., the contractor said in a statement" is an adjunct of the sentence, not a hedge of the source
                    comma = text.find(",", frame.cue_end, speech[1])
                    frame_text = text[frame.cue_start:comma if comma != -1 else speech[1]]
                if index == 0 and lead is not None and speech is not None:
                    speech = (min(speech[0], lead[0]), speech[1])
            if not self._worth_a_claim(r0, r1, frame is not None, frame_text):
                continue
            drafts.extend(_Draft(
                a, b, "text", source or self.publication, (cs, ce), frame_text,
                frame.cue_class if frame is not None else None,
                Span.of(text, frame.cue_start, frame.cue_end) if frame is not None and frame.cue_end > frame.cue_start
                else None,
                False, speech, frame is not None and source is not None,
            ) for a, b in (_complements(text, r0, r1) if frame is not None else [(r0, r1)]))
            regions.append((r0, r1))
        for q in quotes:
            if any(r0 <= q.start and q.end <= r1 for r0, r1 in regions):
                continue
            if self._only_time(q) or any(f is not None and self._misread(q, f) for f in frames):
                continue
            drafts.extend(self._quote_drafts(q, clause_list, frames, lead, ue))
        return drafts

    def _with_appositive(self, span: Span) -> str:
        """The source phrase with a trailing appositive name ("its owner, Norrland Paper.") that ends the sentence."""
        if span.field != "text" or span.text[:1].isupper():
            return span.text
        m = _APPOSITIVE.match(self.text, span.end, min(len(self.text), span.end + 80))
        return f"{span.text}, {m.group(1).strip()}" if m else span.text

    def _only_time(self, q: QuoteMention) -> bool:
        """A "quote" that is nothing but a time expression ("Two days later")."""
        covered = sum(_overlap(s, e, q.start, q.end) for s, e, _ in self._times_in(q.start, q.end))
        return len(q.text.strip(" ,.;:“”\"")) - covered <= 1

    @staticmethod
    def _misread(q: QuoteMention, frame: Frame | None) -> bool:
        """A quote whose content holds the attribution this clause's frame found, or only the words after its cue
        ("..., Stahl said on Tuesday" inside the content; "state television on Sunday" as content)."""
        if frame is None or frame.kind not in {"first", "last"}:
            return False
        if _overlap(q.start, q.end, frame.source_start, frame.source_end) and frame.source_end > frame.source_start:
            return not (q.source is not None and _overlap(q.source.start, q.source.end, frame.source_start,
                                                          frame.source_end))
        if frame.kind == "last" and q.start >= frame.cue_end and frame.content_end > frame.content_start:
            return True
        return False

    def _lead_time(self, us: int, ue: int) -> tuple[int, int] | None:
        """A time adverbial that opens the sentence ("On November 3, ...", "Two days later, ...")."""
        comma = self.text.find(",", us, min(ue, us + 45))
        if comma == -1 or len(self.text[us:comma].split()) > 5:
            return None  # "The dam was breached late on Monday, ..." opens with a clause, not an adverbial
        times = self._times_in(us, comma)
        if not times or len(self.text[us:times[0][0]].split()) > 2:
            return None
        return (times[0][0], times[-1][1])

    def _worth_a_claim(self, start: int, end: int, attributed: bool, frame_text: str) -> bool:
        if attributed:
            return True
        if self._counts_in(start, end) or self._events_in(start, end):
            return True
        if self._numbers_in(start, end):
            return True
        return read_modality(self.text[start:end], frame_text).modality in {"hedged", "expected", "denied"}

    def _quote_source(self, q: QuoteMention) -> Source | None:
        """The quote's source: its source words resolved here, unless the extractor's speaker says more."""
        phrase = self._with_appositive(q.source) if q.source is not None else None
        if phrase and _swallowed_denial(phrase):
            phrase = phrase.rsplit(None, 1)[0]
        mine = self._source(phrase, q.source_kind, q.role, q.source.start) if phrase and q.source else None
        speaker = q.speaker if q.speaker and q.speaker.lower() not in PERSON_PRONOUNS else None
        if speaker is None:
            return mine
        full_name = len(speaker.split()) >= 2 and all(w[:1].isupper() for w in speaker.split())
        longer = len(speaker) > len(mine.name) if mine is not None else False
        if mine is None or (full_name and mine.kind not in {"person", "organization"}) or (
                mine.kind != "organization" and speaker.split()[-1] == mine.name.split()[-1] and longer) or (
                # "the agency" the extractor resolved to the "regional civil protection agency" named before
                mine.kind == "organization" and longer and speaker.lower().endswith(" " + mine.name.lower())):
            return self._source(speaker, q.source_kind, q.role)
        return mine

    def _quote_drafts(self, q: QuoteMention, clause_list: list[tuple[int, int]], frames: list[Frame | None],
                      lead: tuple[int, int] | None, ue: int) -> list[_Draft]:
        text = self.text
        index = max(range(len(clause_list)), key=lambda i: _overlap(*clause_list[i], q.start, max(q.end, q.start + 1))
                    ) if clause_list else 0
        frame = frames[index] if clause_list else None
        clause = clause_list[index] if clause_list else (q.start, q.end)
        source = self._quote_source(q)
        cs, ce = clause
        own = frame is not None and cs <= frame.source_start < ce
        if frame is not None and (source is None or (own and (q.source is None or not cs <= q.source.start < ce))):
            # the clause names its own source ("others at “2 kilometers”"); the extractor's is from elsewhere
            source = self._source(frame.source, at=frame.source_start) or source
        # the lexicon's class for a cue word it knows; the extractor's otherwise
        known = SPEECH_VERBS.get(q.cue.text.lower()) if q.cue is not None else None
        cue_class = known or q.cue_class or (frame.cue_class if frame is not None else None)
        if q.source is not None and _swallowed_denial(q.source.text):
            cue_class = "denial"
        if q.cue is not None and q.cue.end <= q.start:
            first = q.source.start if q.source is not None and q.source.start < q.cue.start else q.cue.start
            # "said on Monday that ...": a content that opens with the time of speaking
            that = text.find(" that ", q.start, min(q.end, q.start + 40))
            speech: tuple[int, int] | None = (first, that if that != -1 else q.start)
            frame_text = text[first:q.start]
        elif q.cue is not None:
            nxt = min((o.start for o in self.quotes if o.start > q.end), default=ue)
            speech = (q.end, min(ue, nxt))
            frame_text = ""
        elif frame is not None:
            speech = (frame.source_start, max(frame.source_end, frame.cue_end))
            frame_text = ""
        else:
            speech = None
            frame_text = ""
        if lead is not None and speech is not None and clause == clause_list[0]:
            speech = (min(speech[0], lead[0]), speech[1])
        qs, qe = trim(text, q.start, q.end)
        if qe <= qs:
            return []
        if _inside_number(text, qs) and cs < qs:
            # a content that opens inside a figure ("At least 10,|000 soldiers, backed by ..., were ...") was cut at
            # the figure's thousands comma: the statement starts with its clause
            qs = cs
        pieces = [(a, b) for a, b in clauses(text, qs, qe)]
        with_counts = [p for p in pieces if self._counts_in(p[0], p[1])
                       or self._numbers_in(p[0], p[1])]
        spans = with_counts if len(with_counts) >= 2 else _complements(text, qs, qe) if not q.direct else [(qs, qe)]
        if qe - qs > _LONG:
            # a long passage holds many statements: one claim per sentence of it
            spans = [(qs + a, qs + b) for a, b in sentences(text[qs:qe])] or spans
        drafts = []
        for a, b in spans:
            # each piece is read with the clause it stands in ("..., and 38 people were injured")
            home = max(clause_list, key=lambda c: _overlap(c[0], c[1], a, b)) if len(spans) > 1 else clause
            drafts.append(_Draft(a, b, "text", source or self.publication, home, frame_text, cue_class, q.cue,
                                 q.direct, speech, source is not None))
        return drafts

    # -- turning drafts into claims -----------------------------------------------------------------------------

    def _said_on(self, draft: _Draft) -> Moment | None:
        if draft.field == "title":
            return self.clock.default() if self.doc.published is None else Moment(self.doc.published.isoformat())
        if draft.speech is not None:
            s, e = draft.speech
            # a time inside what a source said dates what was said, not the saying ("said on Friday the mill had
            # passed a check in March and showed ...": March is no day of speaking), unless it stands right after
            # the verb of saying ("..., the inspector said on Monday" inside a quotation misread around it)
            verb_end = draft.cue.end if draft.cue is not None else -10
            times = [t for t in self._times_in(s, e)
                     if 0 <= t[0] - verb_end <= 4 or not self._in_content(t[0], t[1])]
            if times:
                cue = draft.cue.start if draft.cue is not None else e
                ts, te, mention = min(times, key=lambda t: abs(t[0] - cue))
                moment = self.clock.resolve(self.text[ts:te], mention, speech=True)
                if moment is not None:
                    self.clock.saw(moment, speech=True)
                    self.spoke[draft.source.name] = moment
                    return moment
        if draft.attributed:
            # "..., Quist said." after "Quist said on Friday that ...": a source speaks on the day it last spoke
            return self.spoke.get(draft.source.name) or self.clock.default(
                self._event_day(draft) if self.clock.reference is None else None)
        if self.doc.published is not None:
            return Moment(self.doc.published.isoformat())
        return None

    def _in_content(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside the content of a quote of the body text."""
        i = bisect.bisect_right(self._quote_starts, start)
        return any(q.start <= start and end <= q.end for q in self.quotes[max(0, i - 3):i])

    def _event_day(self, draft: _Draft) -> Moment | None:
        """The first day the draft's own content dates its event at ("left the tracks on Monday morning")."""
        for ts, te, mention in self._times_in(draft.start, draft.end, draft.field):
            moment = self.clock.resolve(self.doc.field_text(draft.field)[ts:te], mention, speech=True)
            if moment is not None and moment.day is not None:
                return moment
        return None

    def _entity(self, text: str, entity: Entity | None, start: int, source: Source | None = None) -> Entity | None:
        """Fill in modifiers a definite noun phrase leaves out ("the soldiers" after "Veloran soldiers"; "its
        soldiers" in a statement of the Norvian army)."""
        if entity is None:
            return None
        if not entity.modifiers:
            before = text[max(0, start - 10):start].lower().split()
            owner = [w for w in source.name.split() if w[:1].isupper()] if source is not None and \
                source.kind == "organization" else []
            if before and before[-1] in {"its", "their", "our"} and owner:
                entity.modifiers = tuple(owner)
            elif before and before[-1] in {"the", "these", "those", "their", "our", "its"}:
                earlier = self.entities.get(entity.cls)
                if earlier is not None:
                    entity.modifiers = earlier.modifiers
        elif entity.cls not in self.entities or entity.modifiers:
            self.entities[entity.cls] = entity
        return entity

    def _finish(self, draft: _Draft, siblings: list[Claim]) -> Claim | None:
        field = draft.field
        text = self.doc.field_text(field)
        start, end = trim(text, draft.start, draft.end)
        tail = _NEXT_SPEECH.search(text, max(start, end - 40), end)
        if tail is not None and tail.start() > start:
            # "... that the strike was continuing and denied | that ...": the next report's verb is not this
            # report's content
            start, end = trim(text, start, tail.start())
        if end <= start:
            return None
        content = text[start:end]
        reading = read_modality(content, draft.frame_text, draft.cue_class, title=field == "title")
        modality = reading.modality
        if draft.cue_class in CUE_MODALITY and modality == "asserted":
            modality = CUE_MODALITY[draft.cue_class]
        moment = self._said_on(draft)
        if modality == "asserted" and moment is not None and self._dated_later(start, end, field, moment):
            modality = "expected"  # "the march on July 25" said in June: it has not happened yet
        cs, ce = draft.clause
        names = self.names if field == "title" else None
        events = self._events_in(start, end, field)
        keys: list[str] = []
        counts: list[CountMention] = []
        event: str | None = None
        self.last_counted = None
        raw = [with_operator(text, c) for c in self._counts_in(start, end, field)]
        raw += [c for c in self._numbers_in(start, end, field)
                if not self._is_date(c, field) and not any(_overlap(c.start, c.end, r.start, r.end) for r in raw)]
        for count in sorted(raw, key=lambda c: c.start):
            if weight(text, count):
                count = attrs.evolve(count, unit="pound-weight", category="other")  # "pounds of grain": no money
            if currency(count) is not None:
                # an amount of money counts no one: compared with amounts of its measure ("the damage at $150
                # million", "sold for 600 euros"), not read as a headcount; "could cost $5 million" is a possibility
                if self._possible(reading.evidence, draft) and not count.hypothetical:
                    count = attrs.evolve(count, hypothetical=True)
                counts.append(count)
                money = money_key(text, count, max(cs, start - 200), ce)
                if money and not (count.negated or count.hypothetical) and modality != "other" and \
                        len(content) <= _LONG:
                    keys.append(money)
                continue
            entity = counted_entity(text, count.start, count.end, max(cs, start - 200), count.unit, count.modifiers,
                                    names)
            self.elliptic_event = None
            if entity is None:
                entity = self._victims(text, count, cs)
            if entity is None and (count.plugin is None or not count.unit):
                entity = self._elliptical(text, count, siblings)
            if entity is None and count.plugin is None:
                continue
            if entity is not None and count.category == "percent" and entity.end <= count.start:
                entity = None  # "the figure for turnout was 62 percent": the measure, read below, not a headcount
            if entity is None and count.category == "percent":
                count = self._share_of(text, count, end)
                if not (count.unit or "").startswith("percent of "):
                    count = self._measure_of(text, count, cs)
            entity = self._entity(text, entity, entity.start, draft.source) if entity is not None else None
            nearest = sorted(self._events_in(cs, ce, field), key=lambda h: abs(h.start - count.start))
            if nearest and entity is not None:
                # "600 passengers were taken off the ferry after a fire broke out": an event in a clause of its own
                # after the count ("after ...", "when ...", ", which ...") is not the count's; the count's own verb
                # stays its event even when its noun cannot take part in it (and then keys nothing)
                nearest = [h for h in nearest if h.start < count.end
                           or _CLAUSE_BOUNDARY.search(text, count.end, h.start) is None]
            if (count.unit or "").startswith("percent of "):
                # "put turnout at 85 percent": the measure's own noun is no event of the figure
                measure = (count.unit or "").removeprefix("percent of ")
                nearest = [h for h in nearest if singular_noun(text[h.start:h.end].lower()) != measure]
            if nearest and entity is not None and nearest[0].start < count.start:
                # "At the end of the march, 14 people were arrested": the verb said of the counted noun ("were
                # arrested", a form of "be" or "have" at most between) is the count's event, not an event named
                # before the count
                own = next((h for h in nearest if h.start >= entity.end
                            and len(text[entity.end:h.start].split()) <= _OWN_VERB_GAP), None)
                if own is not None:
                    nearest = [own, *(h for h in nearest if h is not own)]
            if nearest and nearest[0].cls in _TAKING_PART:
                # "1,500 workers took part in the walkout": taking part in a named event counts its participants
                joined = next((h for h in nearest[1:] if h.start > nearest[0].end and h.cls in _PARTICIPATED
                               and _PART_IN.match(text, nearest[0].end) is not None
                               and h.start - nearest[0].end <= _PART_REACH), None)
                if joined is not None:
                    nearest = [joined, *(h for h in nearest if h is not joined)]
            count_event = event_for(entity, nearest)
            if entity is not None and nearest and nearest[0].start > count.end:
                # "is recalling about 20,000 kettles sold in ...": the verb the count is the object of is its
                # event, not an event named after it
                count_event = governing_verb(text, count.start, entity.start, cs, ce) or count_event
            noun_span = (entity.start, entity.end) if entity is not None else (
                (count.unit_span.start, count.unit_span.end) if count.unit_span is not None else None)
            if count_event is None and noun_span is not None:
                # "300 children have been vaccinated", "the number of vaccinated children", "20 nurses were hired":
                # the verb said of the counted noun, whatever the verb
                # within a window around the noun: a clause of many counts is not read once per count
                count_event = predicate_of(text, noun_span[0], noun_span[1], max(cs, noun_span[0] - _PREDICATE_REACH),
                                           min(ce, noun_span[1] + _PREDICATE_REACH))
            if count_event is None and entity is not None:
                count_event = next((s.event for s in siblings if s.event), None) or self.elliptic_event
            if entity is not None:
                # a capitalised word that the body never writes inside a sentence opened it ("Rescue boats pulled
                # 85 survivors"): no name
                mods = [m for m in entity.modifiers
                        if field == "title" or name_stem(m) in self.names or not _opens_sentence(text, m, entity.start)]
                if not mods:
                    owner = owner_before(text, start if start > cs else cs, count.start, self.names)
                    if owner and field == "text" and name_stem(owner) in self.names:
                        mods = [owner]
                # people keep their own noun ("passengers"): without an event only the same noun is compared
                unit = entity.noun.lower() if entity.cls in {"length", "people"} else entity.cls
                count = attrs.evolve(count, unit=unit, modifiers=tuple(mods),
                                     category="people" if entity.cls in {"people", "soldier", "worker"} else
                                     count.category)
                self.last_entity = entity
                self.last_counted = self.last_counted or entity
            elif count.unit and singular_noun(count.unit.lower()) in SUBSTANCE_MEASURES and \
                    count.unit_span is not None and (of := _SUBSTANCE_AFTER.match(text, count.unit_span.end)):
                # "3,000 litres of diesel": a measure is compared only as one of the same substance
                count = attrs.evolve(count, unit=f"{singular_noun(count.unit.lower())} of "
                                                 f"{singular_noun(of.group(1).lower())}")
            if self._possible(reading.evidence, draft) and not count.hypothetical:
                # "could reach 100" is a possibility, not a figure; "officials said it would reach 100" is the
                # reported "will" of an indirect quote, an expected figure that may disagree with others
                count = attrs.evolve(count, hypothetical=True)
            counts.append(count)
            if count.negated or count.hypothetical or modality == "other" or len(content) > _LONG:
                continue
            key = count_key(count, count_event)
            if key:
                keys.append(key)
                if count_event and entity is not None and fits(count_event, entity.cls):
                    label = "|".join(key.split("|")[1:])
                    keys.append(event_key(count_event, label))
                # people counted under a verb claimkit has no class for ("was carrying 120 passengers") are also
                # compared by their own noun, as people without a verb are
                plain = count_key(count, None) if count_event in PRESENCE_EVENTS or (
                    count.category == "people" and count_event not in EVENT_CLASSES) else None
                if plain:
                    keys.append(plain)
                elif count_event in _HOLDING_VERBS and count.category not in {"percent", "money"} and \
                        (count_base(count) or "|").split("|")[0] not in NOUN_CLASSES:
                    # a noun of its own ("lorries") under a verb of being held, for figures both dated to one day:
                    # two articles that count the lorries at a crossing on one day count one thing, "stranded" or
                    # "held up"; "inspected" or "sold" counts another set of them
                    keys.append(any_event_key(count))
            if entity is not None and (nearest or count_event != event_for(entity, [])):
                # the claim's event is one it names ("killed", "crossed into"), not one its noun implies
                event = event or count_event
        participant: Entity | None = None
        negated = modality == "denied" and (draft.cue_class == "denial" or bool(
            len(content) <= _SHORT and _DENIAL_WORD.search(content)))
        long_claim = len(content) > _LONG  # a long quote mixes statements: its events are not keyed
        counted = self.last_counted
        if counts and counted is not None:
            # a claim that gives a figure is about what it counts ("23 dead": people, not the dam of the headline)
            participant = counted
            if events:
                negated = negated or _NEGATED_BEFORE.search(text, max(0, events[0].start - 40),
                                                            events[0].start) is not None
        elif events and not long_claim:
            hit = events[0]
            look_from = cs
            participant = entity_before(text, min(look_from, start), hit.start, names)
            if participant is None:
                between = text[min(look_from, start):hit.start].lower().split()
                if any(w.strip(".,“”\"") in _PRONOUN_WORDS for w in between) and self.last_entity is not None:
                    participant = self.last_entity
            if participant is not None and not fits(hit.cls, participant.cls):
                participant = None  # "Mayor X said the storm had flattened ...": the mayor flattened nothing
            if participant is None:
                participant = entity_after(text, hit.end, end, names)
            if participant is None:
                # any noun can undergo an event: "destroyed the village school" is about the school
                participant = head_after(text, hit.end, end, names)
            event = event or hit.cls
            negated = negated or _NEGATED_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
            if participant is not None:
                participant = self._owned(text, self._entity(text, participant, participant.start, draft.source), cs,
                                          start, field)
                if modality != "other" and participant is not None and (
                        participant.cls not in NOUN_CLASSES or fits(hit.cls, participant.cls)):
                    keys.append(event_key(hit.cls, participant.label()))
                    if field == "title" and participant.modifiers and participant.cls == participant.noun.lower():
                        # a headline names what its body calls by its noun ("Dalvik hospital", "the main hospital
                        # in Dalvik"): keyed without the names too
                        keys.append(event_key(hit.cls, participant.cls))
        elif not counts and not long_claim:
            participant = entity_after(text, start, end, names)
            default = event_for(participant, [])
            if participant is not None and default is not None:
                # "there are no Veloran soldiers": the negation stands before the noun phrase
                lead = participant.start - sum(len(m) + 1 for m in participant.modifiers)
                negated = negated or _NONE_BEFORE.search(text, max(0, lead - 40), max(0, lead)) is not None
                participant = self._owned(text, self._entity(text, participant, participant.start), cs, start, field)
                if modality != "other" and participant is not None:
                    keys.append(event_key(default, participant.label()))
        if participant is not None:
            self.last_entity = participant
        state_at = contrary_state_at(text, start, end) if not counts and not long_claim and \
            modality in {"asserted", "denied"} else None
        if state_at is not None:
            if any(state_at[2] <= h.start and h.end <= state_at[3] for h in self._events_in(start, end, field)):
                # "the fire was still burning": the state's own words were read as an event ("burn"); what they say
                # is that the fire was not put out
                keys, event = [], None
            elif keys:
                state_at = None  # the keys come from other words: they stand
        state = None if state_at is None else (state_at[0], state_at[1])
        going_on = STILL_GOING.search(text, start, end) if state is None and not counts and not long_claim and \
            modality == "asserted" else None
        if going_on is not None and len(event_stem(going_on.group(1))) >= 3 and \
                _RESUMED.search(text, max(0, text.rfind("\n", 0, start) + 1), end) is None:
            # "the valve is still leaking": the leak has not been stopped (unless the paragraph says it began
            # again: then what goes on is the new leak)
            keys.append(event_key("stop", event_stem(going_on.group(1))))
        if not long_claim and modality in {"asserted", "denied"}:
            # "power was restored", "still without electricity": the supply's restoration, said or denied
            keys.extend(k for k in utility_keys(text, start, end) if k not in keys)
        if state is not None:
            # "the school is standing and undamaged": the source says the school was not destroyed
            keys.append(event_key(state[0], state[1].label()))
            event = event or state[0]
            negated = True
        elif not keys and not counts and not long_claim and modality != "other":
            # a predicate claimkit has no class for, keyed by its stem and object: "approved the budget"
            generic = generic_predicate(text, start, end)
            thing = head_after(text, generic[2], end, names) if generic is not None else None
            if generic is not None and thing is not None:
                keys.append(event_key(generic[0], thing.label()))
                event = event or generic[0]
                negated = negated or _NEGATED_BEFORE.search(text, max(0, generic[1] - 40), generic[1]) is not None
        if modality != "other" and not long_claim:
            # any event predicate, by its verb and the thing it is said of: "signed the agreement", "a recount had
            # been ordered", "clinics had run out" (a named thing is keyed with and without its names, so that
            # "the Brandt line" meets "the line" of another article on the story)
            for found in find_predications(text, start, end, names, title=field == "title"):
                if state_at is not None and state_at[2] <= found.start and found.end <= state_at[3]:
                    continue  # the words of a state read above ("still burning"), not an event of their own
                if found.thing.cls in _PERSON_CLASSES and found.lemma not in EVENT_CLASSES:
                    continue  # "registered voters", "the team hired staff": what people do is rarely one event
                label = found.thing.label()
                keys.append(event_key(found.lemma, label))
                if "|" in label:
                    keys.append(event_key(found.lemma, found.thing.cls))
                if event is None:
                    event = found.lemma
                    negated = negated or found.negated
        if keys and field == "text":
            # where the claim happens: a place in its clause, else the place the story opens with
            place = place_after(text, cs, ce)
            if place:
                keys.append(f"place:{name_stem(place.split()[0])}")
            elif self.lead_place:
                keys.append(f"story:{name_stem(self.lead_place.split()[0])}")
            # the names of the article's headline and opening place: what ties it to other articles on its story
            keys.extend(f"about:{stem}" for stem in self.story)
            keys.extend(f"named:{stem}" for stem in self.named)
            if self.main:
                keys.append(f"main:{self.main}")
        # polarity says whether the claim negates the event it is keyed on (not just any "not" in it)
        polarity = "negative" if negated else "positive"
        return Claim(
            id="",
            doc=self.doc.id,
            start=start,
            end=end,
            text=content,
            field=field,
            source=draft.source,
            modality=modality,
            said_on=moment.value if moment else None,
            said_on_mod=moment.mod if moment else None,
            cue=draft.cue,
            direct=draft.direct,
            times=_within(self._times_by_field.get(field, []), start, end),
            counts=counts,
            subjects=tuple(dict.fromkeys(keys)),
            event=event,
            polarity=polarity,
            publisher=self.doc.publisher,
        )

    @staticmethod
    def _possible(evidence: str | None, draft: _Draft) -> bool:
        """The claim's modal makes its figures possibilities ("could reach 100"); "officials said it would reach
        100" is the reported "will" of an indirect quote, an expected figure that may disagree with others."""
        return bool(evidence) and str(evidence).lower() in POSSIBILITY_MODALS and not (
            str(evidence).lower() == "would" and draft.cue is not None and not draft.direct)

    def _dated_later(self, start: int, end: int, field: str, moment: Moment) -> bool:
        """The claim dates what it reports after the day it was said."""
        said = interval(moment.value, moment.mod)
        if said is None:
            return False
        for _s, _e, mention in self._times_in(start, end, field):
            if mention is None or mention.type != "DATE" or not mention.value or len(mention.value) < 10:
                continue  # only a day ("on July 25") is precise enough to overrule the tense
            span = interval(mention.value, mention.mod)
            if span is not None and span[0] > said[1]:
                return True
        return False

    @staticmethod
    def _share_of(text: str, count: CountMention, end: int) -> CountMention:
        """"40 percent of the town": a share is a figure for the noun after "of" (its unit becomes "percent of
        town"); a share of nothing named stays a bare percent, never compared."""
        after = count.unit_span.end if count.unit_span is not None and count.unit_span.end > count.end else count.end
        m = _SHARE_OF.match(text, after, min(end, after + 20))
        if m is None:
            return count
        thing = head_after(text, m.end(), end)
        if thing is None or thing.noun.lower() in {"people", "those", "them", "it", "all", "total"}:
            return count
        return attrs.evolve(count, unit=f"percent of {singular_noun(thing.noun)}", modifiers=tuple(thing.modifiers))

    @staticmethod
    def _measure_of(text: str, count: CountMention, cs: int) -> CountMention:
        """"turnout was 62 percent", "the figure for turnout was 62 percent", "put turnout at 62 percent": a share
        given as the value of a named measure is a figure for that measure (its unit becomes "percent of
        turnout")."""
        m = _MEASURE_BEFORE.search(text, max(cs, count.start - 90), count.start)
        if m is None:
            return count
        noun = (m.group("put") or m.group("be") or "").lower()
        if noun in _PRONOUN_WORDS or noun in {"it", "this", "that", "which", "there", "what", "rate", "figure",
                                              "number", "share", "level", "total"} or len(noun) < 3:
            return count
        return attrs.evolve(count, unit=f"percent of {singular_noun(noun)}")

    def _victims(self, text: str, count: CountMention, cs: int) -> Entity | None:
        """"killed at least 40", "injuring 12": a bare figure right after a casualty verb counts people; so does
        one right before a verb only people do ("60,000 took part", "12 were killed"), and one a source puts "it"
        at after a sentence on such an event ("This week's turnout was smaller. Police estimated it at 11,000.")."""
        for hit in self._events_in(max(cs, count.start - 30), count.start, count.field):
            if hit.cls in _VICTIM_EVENTS and len(text[hit.end:count.start].split()) <= 2:
                return Entity("people", "people", (), count.start, count.end)
        for hit in self._events_in(count.end, min(len(text), count.end + 30), count.field):
            if hit.cls in _PEOPLE_EVENTS and len(text[count.end:hit.start].split()) <= 2:
                return Entity("people", "people", (), count.start, count.end)
        if _PRONOUN_AT.search(text, max(cs, count.start - 40), count.start) and self.claims and \
                self.claims[-1].field == count.field and self.claims[-1].event in _PEOPLE_EVENTS:
            self.elliptic_event = self.claims[-1].event
            return Entity("people", "people", (), count.start, count.end)
        return None

    def _owned(self, text: str, entity: Entity | None, cs: int, start: int, field: str) -> Entity | None:
        """Give an unmodified participant the proper-noun subject that owns it ("Veloria has sent soldiers")."""
        if entity is None or entity.modifiers or field != "text" or entity.cls == "leader":
            return entity
        owner = owner_before(text, start if start > cs else cs, entity.start, self.names)
        if owner:
            return Entity(entity.cls, entity.noun, [owner], entity.start, entity.end)
        return entity

    def _is_date(self, count: CountMention, field: str) -> bool:
        """A bare number that is part of a date or a time ("November 3", "two days later")."""
        for s, e, _ in self._times_in(max(0, count.start - 15), count.end + 15, field):
            if _overlap(s, e, count.start, count.end):
                return True
        return False

    def _elliptical(self, text: str, count: CountMention, siblings: list[Claim]) -> Entity | None:
        """A bare figure ("others said 400") counts what the previous figure of the sentence counted."""
        after = text[count.end:count.end + 3].strip(" ”’\"")
        if after and after[0] not in ".,;:)":
            return None
        candidates = list(siblings)
        if not candidates and self.claims and count.field == "text" and self.claims[-1].field == "text" and \
                len(text[self._unit_start(count.start):count.start].split()) <= 3:
            # "The company put the number of job cuts at 150. Others said 400.": a short sentence that only gives
            # a figure answers the figure just before it
            candidates = self.claims[-1:]
        for claim in reversed(candidates):
            for earlier in reversed(claim.counts):
                if earlier.unit:
                    self.elliptic_event = claim.event
                    return Entity(earlier.unit, earlier.unit, earlier.modifiers, count.start, count.end)
        return None

    def _unit_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts (after the last sentence end before it)."""
        cut = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at), self.text.rfind("! ", 0, at),
                  self.text.rfind("? ", 0, at))
        return cut + 1 if cut >= 0 else 0

    # -- the headline -------------------------------------------------------------------------------------------

    def read_title(self) -> None:
        title = self.doc.title
        if not title or not title.strip():
            return
        clause_list = clauses(title, 0, len(title))
        frames = self._frames(clause_list, title)
        title_claims: list[Claim] = []
        for (cs, ce), frame in zip(clause_list, frames):
            if frame is not None and cs <= frame.cue_start < ce:
                r0, r1 = max(cs, frame.content_start), min(ce, frame.content_end)
                frame_text = title[frame.cue_start:frame.cue_end]
            else:
                r0, r1 = cs, ce
                frame_text = ""
            source = self._source(frame.source) if frame is not None else None
            draft = _Draft(r0, r1, "title", source or self.publication, (cs, ce), frame_text,
                           frame.cue_class if frame is not None else None, None, False, None, source is not None)
            claim = self._finish(draft, title_claims)
            if claim is not None:
                title_claims.append(claim)
        self.claims[:0] = title_claims


def build_claims(document: Document, mentions: Sequence[Mention]) -> list[Claim]:
    """The claims of one document: its headline's, then its body's in order.

    Args:
        document: the article.
        mentions: every mention found in it.
    """
    reader = _Reader(document, mentions)
    reader.read_body()
    reader.read_title()
    return _headline_keys(document, reader.claims)


def _headline_keys(document: Document, claims: list[Claim]) -> list[Claim]:
    """Tie a headline that states a predicate of :data:`claimkit.lexicon.CONTRARIES` ("... reopens") to the body
    claims of its article that speak of the same thing (they share a content word), under ``headline:<doc>``."""
    if not document.title:
        return claims
    found = headline_verbs(document.title) or announced_predicates(document.title)
    if not found:
        return claims
    topic = topic_words(document.title, found)
    if not topic:
        return claims
    key = f"headline:{document.id}"
    tied = []
    for claim in claims:
        lowered = claim.text.lower()
        # a substring test first: most claims share no word with the headline at all
        if claim.field == "title" or (any(t in lowered for t in topic) and topic & topic_words(claim.text)):
            claim = attrs.evolve(claim, subjects=(*claim.subjects, key))
        tied.append(claim)
    return tied


@hookimpl
def claimkit_claims(document: Document, mentions: Sequence[Mention]) -> list[Claim]:
    """Claims from quotes, attributed clauses, unattributed clauses with counts or events, and the headline."""
    return build_claims(document, mentions)
