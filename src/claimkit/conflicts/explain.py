"""Shared pieces of conflict detection: who said what when, date intervals, components, and bounded pairing.

Detectors run per grouping key. A large group is compared within a sliding window over the timeline rather than
all pairs, so cost stays near-linear in the number of claims.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import regex

from ..grouping import describe_key, parse_key
from ..lexicon import EVENT_LABELS
from ..predicates import event_stem
from ..subjects import name_stem, place_after
from ..timeline import interval
from ..types import Claim, TimeMention

__all__ = [
    "WINDOW",
    "components",
    "evidence",
    "said_interval",
    "same_place",
    "same_source",
    "when",
    "who",
    "window_pairs",
]

#: How many later claims each claim is compared with in a large group.
WINDOW = 40


def subject(key: str, claims: Sequence[Claim]) -> str:
    """The key in words, with its names as the claims write them ("Veloran soldiers: fighting")."""
    text = describe_key(key)
    for stem in parse_key(key)[3]:
        written = None
        for claim in claims:
            for word in claim.text.split():
                word = word.strip(".,;:“”\"'’()")
                if word[:1].isupper() and name_stem(word) == stem:
                    written = word
                    break
            if written:
                break
        if written:
            text = text.replace(stem.capitalize(), written, 1)
    family, event, cls, _ = parse_key(key)
    if family == "event":
        # a key built from a stem ("event:sign|sign") is shown by a word one of its claims writes ("signed")
        if event and event not in EVENT_LABELS:
            verb = _written(event, claims)
            if verb:
                text = text.replace(f"“{event}…”", f"“{verb}”", 1)
        plural = cls if cls in {"people", "length", "area"} or cls.endswith("s") else f"{cls}s"
        noun = (_written(cls, claims, noun=True) or _written(cls, claims)) if cls else None
        if noun and noun not in {cls, plural} and text.startswith(plural):
            text = noun + text[len(plural):]
    return text


def _written(stem: str, claims: Sequence[Claim], noun: bool = False) -> str | None:
    """A lower-case word of the claims whose event stem is ``stem``, as written ("changed" for "chang"; with
    ``noun``, no verb's past: "change"), or None."""
    for claim in claims:
        for word in claim.text.split():
            word = word.strip(".,;:“”\"'’()")
            if word[:1].islower() and word.isalpha() and event_stem(word) == stem and not (
                    noun and word.endswith("ed")):
                return word
    return None


def who(claim: Claim) -> str:
    """The source's name as a reader knows it, with the publication when they differ."""
    name = claim.source.name if claim.source else (claim.publisher or "an unnamed source")
    if claim.source is not None and claim.source.role and claim.source.kind == "person":
        name = f"{name} ({claim.source.role})"
    if claim.publisher and claim.source is not None and claim.source.kind != "publication":
        return f"{name}, reported by {claim.publisher}"
    return name


def when(claim: Claim) -> str:
    """``on 2025-03-03`` / ``in 2025-11 (MID)`` / ``at an unknown date``."""
    if not claim.said_on:
        return "at an unknown date"
    if len(claim.said_on) == 10:
        return f"on {claim.said_on}"
    return f"in {claim.said_on}" + (f" ({claim.said_on_mod.lower()})" if claim.said_on_mod else "")


def evidence(claim: Claim, width: int = 110) -> str:
    """The claim's evidence text, shortened, with its document (and "headline" for a title)."""
    text = " ".join(claim.text.split()).strip("“”\"")
    if len(text) > width:
        text = text[: width - 1] + "…"
    where = f"{claim.doc}, headline" if claim.field == "title" else claim.doc
    return f"“{text}” [{where}]"


def said_interval(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The days the claim may have been made on."""
    return interval(claim.said_on, claim.said_on_mod)


def days_apart(a: Claim, b: Claim) -> int | None:
    """Days between the two claims' said-on intervals (0 when they overlap), or None when either is undated."""
    ia, ib = said_interval(a), said_interval(b)
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0


def same_words(a: Claim, b: Claim) -> bool:
    """The two claims share evidence: overlapping spans of one article, or one's words inside the other's (the
    same statement read twice, or reprinted in another article)."""
    if a.doc == b.doc and a.field == b.field and a.start < b.end and b.start < a.end:
        return True
    ta, tb = " ".join(a.text.split()), " ".join(b.text.split())
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(shorter) >= 20 and shorter in longer


def reprinted(a: Claim, b: Claim) -> bool:
    """The same source on the same day in two articles: one statement, reprinted, not two."""
    return a.doc != b.doc and a.said_on == b.said_on and same_source(a, b)


def same_source(a: Claim, b: Claim) -> bool:
    """The two claims come from the same source (by name, ignoring case)."""
    if a.source is None or b.source is None:
        return a.doc == b.doc
    return a.source.name.lower() == b.source.name.lower()


def same_place(a: Claim, b: Claim) -> bool:
    """Both claims are placed at the same place ("the dam at Brask"; a claim without a place of its own is where
    its story is): what ties generic subjects in two stories together."""
    def places(claim: Claim, prefixes: tuple[str, ...]) -> set[str]:
        return {k.split(":", 1)[1] for k in claim.subjects if k.startswith(prefixes)}

    # at least one of the two names the place itself; the other may just be set there
    if places(a, ("place:",)) & places(b, ("place:", "story:")) or places(b, ("place:",)) & places(a, ("story:",)):
        return True
    pa, pb = place_after(a.text, 0, len(a.text)), place_after(b.text, 0, len(b.text))
    return pa is not None and pb is not None and name_stem(pa.split()[0]) == name_stem(pb.split()[0])


def same_story_place(a: Claim, b: Claim) -> bool:
    """Both claims come from stories set at the same place (their own or their story's)."""
    def places(claim: Claim) -> set[str]:
        return {k.split(":", 1)[1] for k in claim.subjects if k.startswith(("place:", "story:"))}

    return bool(places(a) & places(b))


#: A name shared by more articles of a group than this is the backdrop of a whole beat ("Trump" in campaign news),
#: not the mark of one story.
STORY_DOCS = 4


def same_story(a: Claim, b: Claim, group: Sequence[Claim]) -> bool:
    """The two claims come from articles on one story: they share a headline name, an opening place (``about:``)
    or the name a body uses most (``main:``), or two names their articles use (``named:``), names few other articles
    of the group share."""
    def names(claim: Claim, prefixes: tuple[str, ...]) -> set[str]:
        return {k.split(":", 1)[1] for k in claim.subjects if k.startswith(prefixes)}

    if a.doc == b.doc:  # within one article every claim shares its headline
        return False
    weak = names(a, ("about:", "named:")) & names(b, ("about:", "named:"))
    # headline names and the names the bodies use most
    strong = names(a, ("about:", "main:")) & names(b, ("about:", "main:"))
    if not weak:
        return False

    def rare(stem: str) -> bool:
        docs = {c.doc for c in group if f"about:{stem}" in c.subjects or f"named:{stem}" in c.subjects
                or f"main:{stem}" in c.subjects}
        return len(docs) <= STORY_DOCS

    return any(rare(s) for s in strong) or sum(1 for s in weak if rare(s)) >= 2


def same_main_name(a: Claim, b: Claim) -> bool:
    """The two articles share a headline name or the name their bodies use most (``about:``, ``main:``): one
    subject, not only one story (one gale named in an article on one ferry line and in one on its rival)."""
    def names(claim: Claim) -> set[str]:
        return {k.split(":", 1)[1] for k in claim.subjects if k.startswith(("about:", "main:"))}

    return a.doc != b.doc and bool(names(a) & names(b))


_CAPITAL = regex.compile(r"\b\p{Lu}[\p{L}'’\-]{1,30}")


def shared_name(a: Claim, b: Claim) -> bool:
    """The two claims name one of their articles' names themselves ("Orvane handed over 610 million crowns",
    "Orvane will take Belcastro for 700 million crowns") or the place of their clause: the same owner, not only the
    same story."""
    def names(claim: Claim) -> set[str]:
        known = {k.split(":", 1)[1] for k in claim.subjects if k.startswith(("about:", "named:", "main:"))}
        own = {stem for m in _CAPITAL.finditer(claim.text) if (stem := name_stem(m.group(0))) in known}
        # the place of the claim's own clause ("losses in Korva", "insurers in Korva put the damage at")
        return own | {k.split(":", 1)[1] for k in claim.subjects if k.startswith("place:")}

    return bool(names(a) & names(b))


def places_differ(a: Claim, b: Claim) -> bool:
    """Both claims name a place and the places differ ("in Nice" against "at the Brussels airport")."""
    pa, pb = place_after(a.text, 0, len(a.text)), place_after(b.text, 0, len(b.text))
    return pa is not None and pb is not None and name_stem(pa.split()[0]) != name_stem(pb.split()[0])


def _possessive(claim: Claim, time: TimeMention) -> bool:
    """The time names the day of an event the claim speaks of ("the toll from Monday's earthquake")."""
    at = time.end - claim.start
    return time.field == claim.field and 0 <= at <= len(claim.text) and claim.text[at:at + 2] in {"'s", "’s"}


def _dated_spans(claim: Claim, cumulative: bool) -> list[tuple[dt.date, dt.date]]:
    """The intervals of the times a claim dates what it reports by (for a growing figure, not a disaster's day)."""
    return [s for t in claim.times if not (cumulative and _possessive(claim, t)) and (s := interval(t.value, t.mod))
            is not None]


def times_differ(a: Claim, b: Claim, *, cumulative: bool = False) -> bool:
    """Both claims date what they report and the dates cannot meet ("on Thursday" against "in March").

    For a figure that only grows (a death toll), a possessive time dates the disaster, not the figure: "the toll
    from Monday's earthquake rose to 58" is Thursday's toll when said on Thursday.
    """
    spans_a, spans_b = _dated_spans(a, cumulative), _dated_spans(b, cumulative)
    if spans_a and spans_b:
        return not any(x[0] <= y[1] and y[0] <= x[1] for x in spans_a for y in spans_b)
    # one claim dates its figure ("In March, 32 people were killed"), the other speaks of the present
    for dated, other in ((spans_a, b), (spans_b, a)):
        said = said_interval(other)
        month = dt.timedelta(days=31)
        if dated and said is not None and all(x[1] < said[0] - month or x[0] > said[1] + month for x in dated):
            return True
    return False


def window_pairs(claims: Sequence[Claim], window: int = WINDOW) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, each claim paired with at most ``window`` later ones (timeline order)."""
    n = len(claims)
    return [(i, j) for i in range(n) for j in range(i + 1, min(n, i + 1 + window))]


def components(n: int, edges: Sequence[tuple[int, int]], keep: Callable[[int], bool] | None = None
               ) -> list[list[int]]:
    """Connected components (of size >= 2) of the graph on ``range(n)`` with ``edges``."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for a, b in edges:
        for x in (a, b):
            groups.setdefault(find(x), [])
            if x not in groups[find(x)]:
                groups[find(x)].append(x)
    return [sorted(g) for g in groups.values() if len(g) >= 2 and (keep is None or all(keep(x) for x in g))]
