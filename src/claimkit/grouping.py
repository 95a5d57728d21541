"""Built-in grouping keys: what a claim is about, spelled so that the same thing gets the same key.

Two families of keys:

* ``count:<event>|<noun class>|<name stems>`` for the quantities a claim gives ("count:deploy|soldier|aldor" for
  "2,000 Aldorian troops had crossed" and "6,000 Aldorian soldiers"); ``?`` stands for an unknown event.
* ``event:<event>|<noun class>|<name stems>`` for what a claim says happened, will happen or did not happen
  ("event:breach|dam").

Synonyms meet through the classes of :mod:`claimkit.lexicon` (troops = soldiers = personnel; fought = battle =
engaged in fighting; breached = broke = burst) and names through :func:`claimkit.subjects.name_stem`. The claim
builder computes the keys of its own claims (it sees the sentence around them); this hook keys claims built by
other plugins from the counts and event they carry.
"""

from __future__ import annotations

from collections.abc import Iterable

from .hookspecs import hookimpl
from .lexicon import EVENT_LABELS, EVENT_PARTICIPANTS, LENGTH_UNITS, NOUN_CLASSES, NOUN_DEFAULT_EVENT
from .subjects import name_stem, noun_class
from .types import Claim, CountMention

__all__ = ["count_base", "count_key", "event_key", "parse_key"]


def count_base(count: CountMention) -> str | None:
    """``<noun class>|<name stems>`` of a count, or None when its noun is unknown."""
    if not count.unit:
        return None
    unit = count.unit.lower()
    cls = "length" if unit in LENGTH_UNITS else (noun_class(unit) or (unit if unit in NOUN_CLASSES else None))
    if cls is None:
        return None  # only nouns claimkit knows the synonyms of are compared
    stems = sorted({name_stem(m) for m in count.modifiers if m[:1].isupper() and name_stem(m)})
    return "|".join((cls, *stems))


def count_key(count: CountMention, event: str | None) -> str | None:
    """The key of a count under an event, or None when the count cannot be compared (no noun, money...)."""
    base = count_base(count)
    if base is None or count.category in {"money", "percent"}:
        return None
    if event is None and count.unit:
        event = NOUN_DEFAULT_EVENT.get(count.unit.lower()) or NOUN_DEFAULT_EVENT.get(base.split("|")[0])
    if event is None:
        return None  # "5 workers" and "300 workers" in different stories are rarely the same quantity
    if not fits(event, base.split("|")[0]):
        return None
    return f"count:{event}|{base}"


def fits(event: str, cls: str) -> bool:
    """The event can be said of this noun class (see :data:`claimkit.lexicon.EVENT_PARTICIPANTS`)."""
    allowed = EVENT_PARTICIPANTS.get(event)
    return allowed is None or cls in allowed


def event_key(event: str, label: str) -> str:
    """The key of an event with its participant label (``soldier|aldor``)."""
    return f"event:{event}|{label}"


def parse_key(key: str) -> tuple[str, str, str, tuple[str, ...]]:
    """Split a key into family, event, noun class and name stems: ``("count", "deploy", "soldier", ("aldor",))``."""
    family, _, rest = key.partition(":")
    parts = rest.split("|")
    event = parts[0] if parts else ""
    cls = parts[1] if len(parts) > 1 else ""
    return family, event, cls, tuple(parts[2:])


def describe_key(key: str) -> str:
    """A reader's phrase for a key: "Aldor soldiers: fighting", "the number of people: deaths"."""
    family, event, cls, stems = parse_key(key)
    names = " ".join(s.capitalize() for s in stems)
    plural = cls if cls in {"people", "length"} or cls.endswith("s") else f"{cls}s"
    thing = f"{names} {plural}" if names else plural
    label = EVENT_LABELS.get(event, event)
    if family == "count":
        measure = "the length" if cls == "length" else f"the number of {thing}"
        return f"{measure} ({label})" if event and event != "?" else measure
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
