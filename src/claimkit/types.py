"""claimkit's value types and their lossless conversion to and from plain JSON-able data.

Every type is an attrs ``@frozen`` class with slots. Offsets are Python string indices (code points) into the
document's ``text`` (or its ``title`` when ``field == "title"``), ``end`` exclusive, so that
``document.text[m.start:m.end] == m.text`` always holds.

``to_data(obj)`` turns any of these values into dicts, lists, strings and numbers in the shape of the evaluation
contract; ``Mention.from_data``/``Claim.from_data``/... turn that data back into equal values.
"""

from __future__ import annotations

import datetime as _dt
import re as _re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Literal, TypeVar

import attrs
from attrs import frozen

__all__ = [
    "COUNT_CATEGORIES",
    "COUNT_OPS",
    "FIELDS",
    "MODALITIES",
    "SOURCE_KINDS",
    "TIMEX_TYPES",
    "Analysis",
    "Claim",
    "Conflict",
    "CountMention",
    "Document",
    "Extraction",
    "Mention",
    "OtherMention",
    "PluginError",
    "QuoteMention",
    "Source",
    "Span",
    "TimeMention",
    "Timeline",
    "TimelineEntry",
    "mention_from_data",
    "mention_kinds",
    "parse_date",
    "register_mention_kind",
    "unchecked_constructor",
]

FIELDS = ("text", "title")
MODALITIES = ("asserted", "hedged", "expected", "denied", "other")
SOURCE_KINDS = ("person", "organization", "publication", "anonymous", "unknown")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
COUNT_OPS = ("=", "~", ">", ">=", "<", "<=")
COUNT_CATEGORIES = ("people", "money", "percent", "other")

Field = Literal["text", "title"]
Number = int | float

_T = TypeVar("_T")


# Month names and their usual abbreviations, for publication dates written out ("June 10, 2026", "10 Jun 2026").
_MONTH_NUMBERS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), 1) for name in names}
# The forms of a publication date that feeds and content systems write, each as the whole value, a time or zone
# allowed after the day: "2026-06-10" (and "2026-06-10T08:00:00Z", "2026/06/10", "2026.6.10"), "June 10, 2026",
# "Tuesday, June 10, 2026", "10 June 2026" and RFC 2822's "Tue, 10 Jun 2026 08:00:00 +0000". What follows the day
# must open with a digit (a time): a value with words after its date ("2026-06-10 draft") is not read as that date.
_WEEKDAY_PREFIX = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})?"
_AFTER_DAY = r"(?:[\sT,]\s{0,2}(?:at\s{1,2})?\d{1,2}[:.]\d{2}[^\n]{0,40})?$"  # a clock time and zone, never words
_PUBLISHED_FORMS = (
    (_re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _AFTER_DAY), "ymd"),
    (_re.compile(r"(\d{4})(\d{2})(\d{2})" + _AFTER_DAY), "ymd"),  # ISO 8601's basic form, "20260610"
    (_re.compile(_WEEKDAY_PREFIX + r"([a-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})" + _AFTER_DAY,
                 _re.IGNORECASE), "mdy"),
    (_re.compile(_WEEKDAY_PREFIX + r"(\d{1,2})(?:st|nd|rd|th)?\s{1,3}([a-z]{3,9})\.?,?\s{1,3}(\d{4})" + _AFTER_DAY,
                 _re.IGNORECASE), "dmy"),
)
# Day and month in digits with the year last ("06/10/2026"): American and European orders read differently.
_NUMERIC_DAY_MONTH = _re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}(?:\s|$)")


def parse_date(value: str | _dt.date | None) -> _dt.date | None:
    """Parse a publication date: ``YYYY-MM-DD`` (a timestamp may follow), or a date written out as feeds and
    content systems write one ("June 10, 2026", "10 Jun 2026", RFC 2822's "Tue, 10 Jun 2026 08:00:00 +0000").

    A ``date`` or ``None`` passes through (a ``datetime`` becomes its day); an empty string is ``None``. Only the
    day is kept: it is what anchors "yesterday" and "on Monday".

    Raises:
        ValueError: with a readable message when the value is not a date, or is not a calendar day ("2026-02-30"),
            or leaves day and month ambiguous ("06/10/2026").
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-":
        try:
            return _dt.date.fromisoformat(text)  # the common case, without a pattern
        except ValueError:
            pass  # "2026-6-1 " and the like, or no such day: the patterns tell which
    for pattern, order in _PUBLISHED_FORMS:
        match = pattern.match(text)
        if match is None:
            continue
        if order == "ymd":
            year, month, day = int(match[1]), int(match[2]), int(match[3])
        else:
            month_name, day_digits, year_digits = (match[1], match[2], match[3]) if order == "mdy" else (
                match[2], match[1], match[3])
            month = _MONTH_NUMBERS.get(month_name.lower(), 0)
            if not month:
                continue
            year, day = int(year_digits), int(day_digits)
        try:
            return _dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"published {value!r} is not a valid date: no such day") from None
    numeric = _NUMERIC_DAY_MONTH.match(text)
    if numeric is not None:
        # "25/12/2026" could be read, but a file that writes it so also writes "06/10/2026", which cannot
        why = "is ambiguous (day and month in digits)" if max(int(numeric[1]), int(numeric[2])) <= 12 else (
            "has day and month in digits")
        raise ValueError(f"published {value!r} {why}: write it as YYYY-MM-DD")
    raise ValueError(f"published {value!r} is not a valid date: write it as YYYY-MM-DD")


def _to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(items)


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return str(value)


def _number(value: object) -> Number | None:
    """Keep integral numbers as ``int`` so JSON shows ``8000``, not ``8000.0``."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("a count value cannot be a bool")
    if isinstance(value, int):
        return value
    number = float(value)  # type: ignore[arg-type]
    if number.is_integer() and abs(number) < 2**63:
        return int(number)
    return number


def _check_offsets(instance: Any, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _check_field(instance: Any, attribute: Any, value: str) -> None:
    if value not in FIELDS:
        raise ValueError(f"field must be one of {FIELDS}, got {value!r}")


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def unchecked_constructor(cls: type[_T], *, convert: bool = True, positional: Sequence[str] = ()) -> Callable[..., _T]:
    """A constructor for the attrs class ``cls`` that skips its validators and ``__attrs_post_init__`` checks.

    It takes the same keyword arguments with the same defaults and runs the same converters, and the value it builds
    equals the one ``cls(...)`` builds; it only trusts the caller instead of checking. It is for extractors that build
    many values whose invariants they already guarantee (offsets that fit the text, a known field and type), where
    the checks cost as much as the rest of the construction. The public constructor keeps validating everything.

    Args:
        cls: a slotted attrs class.
        convert: run the fields' converters; ``False`` trusts the caller to pass values already in their stored
            form (whole floats as ``int``, tuples for sequences), which saves a call per converted field.
        positional: leading fields of ``cls``, in order, that the constructor takes by position; binding many
            keyword arguments costs more than setting the slots, which matters at one call per mention.

    Raises:
        TypeError: when ``cls`` is not a slotted attrs class, has a field with a factory default, or ``positional``
            is not the run of fields it starts with (a changed class must not shift values into the wrong fields).
    """
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    if tuple(f.name for f in fields[:len(positional)]) != tuple(positional):
        raise TypeError(f"{cls.__name__}: the fields do not start with {tuple(positional)}")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    params = []
    lines = []
    for index, field in enumerate(fields):
        slot: Any = getattr(cls, field.name, None)
        if type(slot).__name__ != "member_descriptor" or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(f"{cls.__name__}.{field.name}: no slot with a plain default")
        # a slot's own setter writes the value straight into the instance (a frozen class's __setattr__ refuses)
        namespace[f"_set{index}"] = slot.__set__
        if field.default is attrs.NOTHING or index < len(positional):
            params.append(field.name)
        else:
            namespace[f"_default{index}"] = field.default
            params.append(f"{field.name}=_default{index}")
        value = field.name
        if convert and field.converter is not None:
            namespace[f"_convert{index}"] = field.converter
            value = f"_convert{index}({field.name})"
        lines.append(f"    _set{index}(self, {value})")
    signature = ", ".join(params[:len(positional)] + ["*"] * (len(params) > len(positional)) + params[len(positional):])
    source = f"def build({signature}):\n    self = _new(_cls)\n" + "\n".join(lines) + "\n    return self\n"
    exec(compile(source, f"<unchecked constructor of {cls.__name__}>", "exec"), namespace)
    build: Callable[..., _T] = namespace["build"]
    build.__doc__ = f"Build a {cls.__name__} without checking its fields (see ``unchecked_constructor``)."
    return build


# ---------------------------------------------------------------------------------------------------------------
# Documents and spans
# ---------------------------------------------------------------------------------------------------------------


@frozen
class Document:
    """A news article: the unit claimkit reads.

    Attributes:
        id: unique within a corpus.
        text: the article body; every offset counts into it.
        title: the headline, or None.
        published: publication date, the anchor for relative dates.
        publisher, author, url: provenance, or None.
        language: an ISO 639-1 code; claimkit's extractors read English.
    """

    id: str = attrs.field(converter=str)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str | None = attrs.field(default=None, converter=_opt_str)
    published: _dt.date | None = attrs.field(default=None, converter=parse_date)
    publisher: str | None = attrs.field(default=None, converter=_opt_str)
    author: str | None = attrs.field(default=None, converter=_opt_str)
    url: str | None = attrs.field(default=None, converter=_opt_str)
    language: str = "en"

    def field_text(self, name: str) -> str:
        """The string that offsets with ``field == name`` count into."""
        return (self.title or "") if name == "title" else self.text

    def to_data(self) -> dict[str, Any]:
        """Plain data in the contract's input shape."""
        data: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "publisher": self.publisher,
            "author": self.author,
            "url": self.url,
        }
        if self.language != "en":
            data["language"] = self.language
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Document:
        """Build a document from a JSON object; unknown keys are ignored.

        Raises:
            ValueError: when ``id`` or ``text`` is missing or a field has the wrong type.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a document must be a JSON object, got {type(data).__name__}")
        missing = [k for k in ("id", "text") if data.get(k) is None]
        if missing:
            raise ValueError(f"document is missing {' and '.join(repr(k) for k in missing)}")
        doc_id = data["id"]
        if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            raise ValueError(f"document id must be a string or an integer, got {type(doc_id).__name__}")
        if not str(doc_id).strip():
            raise ValueError("document id is empty")
        if not isinstance(data["text"], str):
            raise ValueError(f"document text must be a string, got {type(data['text']).__name__}")
        # A list or an object here is a mistake in the input, not something to turn into its repr.
        for key in ("title", "publisher", "author", "url", "language"):
            value = data.get(key)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"document {key} must be a string or null, got {type(value).__name__}")
        title = data.get("title")
        return cls(
            id=data["id"],
            text=data["text"],
            title=title,
            published=data.get("published"),
            publisher=data.get("publisher"),
            author=data.get("author"),
            url=data.get("url"),
            language=data.get("language") or "en",
        )


@frozen
class Span:
    """A stretch of a document: ``start``/``end`` (exclusive) into ``field`` ("text" or "title")."""

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str
    field: str = attrs.field(default="text", validator=_check_field)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}, {self.end}) does not fit its text {self.text!r}")

    @classmethod
    def of(cls, text: str, start: int, end: int, field: str = "text") -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end], field)

    def to_data(self) -> dict[str, Any]:
        """``{"start", "end", "text"}`` plus ``field`` when it is the title."""
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.field != "text":
            data["field"] = self.field
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> Span | None:
        """The span described by ``data``, or None for null."""
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), data.get("field", "text"))


@frozen
class Source:
    """Who makes a claim.

    Attributes:
        name: the canonical name ("Anna Berg", "State Department", "Reuters").
        kind: person, organization, publication, anonymous or unknown.
        role: a title or role ("Interior Minister"), or None.
        affiliation: the organisation the source speaks for, or None.
        aliases: other names seen for the same source ("Berg", "the minister").
    """

    name: str
    kind: str = attrs.field(default="unknown", validator=attrs.validators.in_(SOURCE_KINDS))
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)

    def to_data(self) -> dict[str, Any]:
        """Plain data; empty fields left out."""
        data = _drop_none({"name": self.name, "kind": self.kind, "role": self.role, "affiliation": self.affiliation})
        if self.aliases:
            data["aliases"] = list(self.aliases)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | str | None) -> Source | None:
        """A source from plain data (a bare string is a name)."""
        if data is None:
            return None
        if isinstance(data, str):
            return cls(data)
        return cls(
            name=data["name"],
            kind=data.get("kind", "unknown"),
            role=data.get("role"),
            affiliation=data.get("affiliation"),
            aliases=data.get("aliases", ()),
        )


# ---------------------------------------------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------------------------------------------

_MENTION_KINDS: dict[str, type[Mention]] = {}


def register_mention_kind(cls: type[_T]) -> type[_T]:
    """Class decorator: make ``mention_from_data`` build ``cls`` for data whose kind is ``cls.kind``."""
    _MENTION_KINDS[cls.kind] = cls  # type: ignore[attr-defined, assignment]
    return cls


@frozen(kw_only=True)
class Mention:
    """Something an extractor found: a span of the text or title, plus what it means.

    Subclasses fix ``kind``; ``plugin`` names the extractor that produced it (filled in by the pipeline).
    """

    kind: ClassVar[str] = "mention"
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str
    field: str = attrs.field(default="text", validator=_check_field)
    plugin: str | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"{self.kind} mention [{self.start}, {self.end}) does not fit its text {self.text!r}")

    @property
    def span(self) -> Span:
        """The mention's own span."""
        return Span(self.start, self.end, self.text, self.field)

    def sort_key(self) -> tuple[int, int, int, str, str]:
        """Document order, title first, then kind and plugin name, so output never depends on plugin load order.

        Mentions equal under this key come from one plugin, whose own order is kept (sorting is stable).
        """
        return (-1 if self.field == "title" else 0, self.start, self.end, self.kind, self.plugin or "")

    def _payload(self) -> dict[str, Any]:
        return {}

    def to_data(self) -> dict[str, Any]:
        """Plain data in the contract's mention shape."""
        data: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}
        if self.field != "text":
            data["field"] = self.field
        data.update(self._payload())
        if self.plugin:
            data["plugin"] = self.plugin
        return data

    @classmethod
    def _fields_from(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "start": int(data["start"]),
            "end": int(data["end"]),
            "text": data["text"],
            "field": data.get("field", "text"),
            "plugin": data.get("plugin"),
        }


@register_mention_kind
@frozen(kw_only=True)
class TimeMention(Mention):
    """A temporal expression (TimeML TIMEX3).

    Attributes:
        type: DATE, TIME, DURATION or SET.
        value: the TIMEX3 value normalised against the anchor ("2024-11-08", "P2W", "PRESENT_REF", "XXXX-10-21").
        mod: TIMEX3 mod ("MID", "START", "END", "APPROX", ...), or None.
        anchor: what the value was computed from: "published" (the publication date), "narrative" (an earlier
            expression in the story, see ``anchor_span``), "absolute" (needs no anchor) or None.
        anchor_span: the earlier expression used as anchor when ``anchor == "narrative"``.
        anchor_value: the anchor's value ("2024-11-08").
    """

    kind: ClassVar[str] = "time"
    type: str = attrs.field(validator=attrs.validators.in_(TIMEX_TYPES))
    value: str | None = None
    mod: str | None = None
    anchor: str | None = None
    anchor_span: Span | None = None
    anchor_value: str | None = None

    def _payload(self) -> dict[str, Any]:
        data = _drop_none({"type": self.type, "value": self.value, "mod": self.mod, "anchor": self.anchor,
                           "anchor_value": self.anchor_value})
        if self.anchor_span is not None:
            data["anchor_span"] = self.anchor_span.to_data()
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TimeMention:
        """A time mention from its plain data."""
        return cls(
            **cls._fields_from(data),
            type=data["type"],
            value=data.get("value"),
            mod=data.get("mod"),
            anchor=data.get("anchor"),
            anchor_span=Span.from_data(data.get("anchor_span")),
            anchor_value=data.get("anchor_value"),
        )


def _parts(value: Sequence[Sequence[int]] | None) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in value or ())


@register_mention_kind
@frozen(kw_only=True)
class QuoteMention(Mention):
    """An attributed statement: direct, indirect or mixed. ``start``/``end``/``text`` cover the content.

    Attributes:
        cue: the cue span ("said", "according to", a colon), or None.
        source: the source mention in the text ("she", "officials", "Interior Minister Anna Berg"), or None.
        speaker: the resolved canonical speaker name ("Anna Berg"), or None.
        direct: True when the content is inside quotation marks.
        cue_class: neutral, hedging, denial, prediction or confirmation, or None.
        source_kind: person, organization, publication, anonymous or unknown.
        role: the speaker's title or role when the text gives one ("Interior Minister").
        parts: for a content interrupted by its attribution, the content's own character ranges.
    """

    kind: ClassVar[str] = "quote"
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    direct: bool = False
    cue_class: str | None = None
    source_kind: str | None = None
    role: str | None = None
    parts: tuple[tuple[int, int], ...] = attrs.field(default=(), converter=_parts)

    def _payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "cue": self.cue.to_data() if self.cue else None,
            "source": self.source.to_data() if self.source else None,
            "speaker": self.speaker,
            "direct": self.direct,
        }
        data.update(_drop_none({"cue_class": self.cue_class, "source_kind": self.source_kind, "role": self.role}))
        if self.parts:
            data["parts"] = [list(p) for p in self.parts]
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> QuoteMention:
        """A quote mention from its plain data."""
        return cls(
            **cls._fields_from(data),
            cue=Span.from_data(data.get("cue")),
            source=Span.from_data(data.get("source")),
            speaker=data.get("speaker"),
            direct=bool(data.get("direct", False)),
            cue_class=data.get("cue_class"),
            source_kind=data.get("source_kind"),
            role=data.get("role"),
            parts=data.get("parts"),
        )


@register_mention_kind
@frozen(kw_only=True)
class CountMention(Mention):
    """A number of things: troops, people, money, percent.

    Attributes:
        value: the number, or None for vague amounts and ranges ("hundreds of", "2,000-2,500").
        low, high: the interval the expression allows (None where open).
        op: "=", "~", ">", ">=", "<" or "<=".
        unit: the counted noun, singular lower case ("troop", "dollar", "percent"), or None.
        unit_span: where the counted noun stands in the text.
        modifiers: words that narrow the counted noun ("U.S.", "infantry", "Veloran").
        category: people, money, percent or other.
        negated, hypothetical, quoted: context flags for the claim builder.
        time: the value of a time expression in the same sentence, or None.
    """

    kind: ClassVar[str] = "count"
    value: Number | None = attrs.field(default=None, converter=_number)
    low: Number | None = attrs.field(default=None, converter=_number)
    high: Number | None = attrs.field(default=None, converter=_number)
    op: str = attrs.field(default="=", validator=attrs.validators.in_(COUNT_OPS))
    unit: str | None = None
    unit_span: Span | None = None
    modifiers: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    category: str = attrs.field(default="other", validator=attrs.validators.in_(COUNT_CATEGORIES))
    negated: bool = False
    hypothetical: bool = False
    quoted: bool = False
    time: str | None = None

    def _payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "op": self.op,
            "unit": self.unit,
            "category": self.category,
        }
        if self.unit_span is not None:
            data["unit_span"] = self.unit_span.to_data()
        if self.modifiers:
            data["modifiers"] = list(self.modifiers)
        for flag in ("negated", "hypothetical", "quoted"):
            if getattr(self, flag):
                data[flag] = True
        if self.time is not None:
            data["time"] = self.time
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CountMention:
        """A count mention from its plain data."""
        return cls(
            **cls._fields_from(data),
            value=data.get("value"),
            low=data.get("low"),
            high=data.get("high"),
            op=data.get("op", "="),
            unit=data.get("unit"),
            unit_span=Span.from_data(data.get("unit_span")),
            modifiers=data.get("modifiers", ()),
            category=data.get("category", "other"),
            negated=bool(data.get("negated", False)),
            hypothetical=bool(data.get("hypothetical", False)),
            quoted=bool(data.get("quoted", False)),
            time=data.get("time"),
        )


def _sorted_items(data: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(dict(data).items()))


@frozen(kw_only=True)
class OtherMention(Mention):
    """A mention of a kind claimkit does not know (from a third-party plugin), its extra keys kept in ``data``."""

    other_kind: str
    data: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_sorted_items)

    @property
    def kind(self) -> str:  # type: ignore[override]
        """The third-party kind."""
        return self.other_kind

    def _payload(self) -> dict[str, Any]:
        return dict(self.data)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> OtherMention:
        """Keep whatever keys the data has."""
        base = {"kind", "start", "end", "text", "field", "plugin"}
        return cls(
            **cls._fields_from(data),
            other_kind=str(data["kind"]),
            data={k: v for k, v in data.items() if k not in base},
        )


def mention_kinds() -> frozenset[str]:
    """The mention kinds with a registered class (``time``, ``quote``, ``count`` and any a plugin registered)."""
    return frozenset(_MENTION_KINDS)


def mention_from_data(data: Mapping[str, Any]) -> Mention:
    """Rebuild a mention of any registered kind from its plain data (unknown kinds become ``OtherMention``)."""
    cls = _MENTION_KINDS.get(str(data.get("kind")))
    if cls is None:
        return OtherMention.from_data(data)
    return cls.from_data(data)  # type: ignore[attr-defined, no-any-return]


# ---------------------------------------------------------------------------------------------------------------
# Claims, conflicts, timeline
# ---------------------------------------------------------------------------------------------------------------


@frozen(kw_only=True)
class Claim:
    """What a source says, how sure it is, and when it said it.

    Attributes:
        id: unique within an analysis ("<doc>:<n>").
        doc: the document id.
        start, end, text, field: the evidence span.
        source: who makes the claim (None when nobody can be named).
        modality: asserted, hedged, expected, denied or other.
        said_on: when the source made the claim, a TIMEX3 value ("2024-11-08"), or None.
        said_on_mod: TIMEX3 mod of ``said_on`` ("MID", "APPROX"), or None.
        cue: the cue span when the claim comes from a quote.
        direct: True when the claim's content is a direct quote.
        times: the time expressions the claim carries.
        counts: the counts the claim carries.
        subjects: grouping keys for what the claim is about (filled by ``claimkit_group_key`` hooks).
        event: the event predicate the claim speaks of ("fight"), or None.
        polarity: "positive" or "negative" (the claim says something is not so).
        publisher: the publication the claim appeared in.
    """

    id: str
    doc: str
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str
    field: str = attrs.field(default="text", validator=_check_field)
    source: Source | None = None
    modality: str = attrs.field(default="asserted", validator=attrs.validators.in_(MODALITIES))
    said_on: str | None = None
    said_on_mod: str | None = None
    cue: Span | None = None
    direct: bool = False
    times: tuple[TimeMention, ...] = attrs.field(default=(), converter=_to_tuple)
    counts: tuple[CountMention, ...] = attrs.field(default=(), converter=_to_tuple)
    subjects: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    event: str | None = None
    polarity: str = "positive"
    publisher: str | None = None

    @property
    def span(self) -> Span:
        """The evidence span."""
        return Span(self.start, self.end, self.text, self.field)

    def to_data(self) -> dict[str, Any]:
        """Plain data in the contract's claim shape (``source`` is the canonical name)."""
        data: dict[str, Any] = {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source.name if self.source else None,
            "modality": self.modality,
            "said_on": self.said_on,
        }
        if self.field != "text":
            data["field"] = self.field
        if self.source is not None:
            data["source_info"] = self.source.to_data()
        data.update(_drop_none({"said_on_mod": self.said_on_mod, "event": self.event, "publisher": self.publisher}))
        if self.cue is not None:
            data["cue"] = self.cue.to_data()
        if self.direct:
            data["direct"] = True
        if self.polarity != "positive":
            data["polarity"] = self.polarity
        if self.times:
            data["times"] = [m.to_data() for m in self.times]
        if self.counts:
            data["counts"] = [m.to_data() for m in self.counts]
        if self.subjects:
            data["subjects"] = list(self.subjects)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Claim:
        """A claim from its plain data."""
        source = Source.from_data(data.get("source_info") or data.get("source"))
        return cls(
            id=str(data["id"]),
            doc=str(data["doc"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            field=data.get("field", "text"),
            source=source,
            modality=data.get("modality", "asserted"),
            said_on=data.get("said_on"),
            said_on_mod=data.get("said_on_mod"),
            cue=Span.from_data(data.get("cue")),
            direct=bool(data.get("direct", False)),
            times=[TimeMention.from_data(m) for m in data.get("times", ())],
            counts=[CountMention.from_data(m) for m in data.get("counts", ())],
            subjects=data.get("subjects", ()),
            event=data.get("event"),
            polarity=data.get("polarity", "positive"),
            publisher=data.get("publisher"),
        )


@frozen(kw_only=True)
class Conflict:
    """Claims that cannot all be true, and why.

    Attributes:
        kind: numeric, status, headline, or a third-party kind.
        claims: the ids of the claims in conflict.
        explanation: one paragraph a reader can check against the evidence.
        key: the grouping key that brought the claims together ("soldier|aldorian").
        detector: the plugin that found the conflict.
    """

    kind: str
    claims: tuple[str, ...] = attrs.field(converter=_to_tuple)
    explanation: str
    key: str | None = None
    detector: str | None = attrs.field(default=None, eq=False)

    def to_data(self) -> dict[str, Any]:
        """Plain data in the contract's conflict shape."""
        data: dict[str, Any] = {"kind": self.kind, "claims": list(self.claims), "explanation": self.explanation}
        data.update(_drop_none({"key": self.key, "detector": self.detector}))
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Conflict:
        """A conflict from its plain data."""
        return cls(
            kind=data["kind"],
            claims=[str(c) for c in data["claims"]],
            explanation=data.get("explanation", ""),
            key=data.get("key"),
            detector=data.get("detector"),
        )


@frozen(kw_only=True)
class TimelineEntry:
    """One claim placed in time: ``earliest``/``latest`` bound when it was said (equal for an exact day)."""

    claim: str
    earliest: _dt.date | None = attrs.field(default=None, converter=parse_date)
    latest: _dt.date | None = attrs.field(default=None, converter=parse_date)
    said_on: str | None = None
    subject: str | None = None
    conflicts: tuple[int, ...] = attrs.field(default=(), converter=_to_tuple)

    def to_data(self) -> dict[str, Any]:
        """Plain data."""
        data: dict[str, Any] = {
            "claim": self.claim,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "said_on": self.said_on,
            "subject": self.subject,
        }
        if self.conflicts:
            data["conflicts"] = list(self.conflicts)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TimelineEntry:
        """An entry from its plain data."""
        return cls(
            claim=str(data["claim"]),
            earliest=data.get("earliest"),
            latest=data.get("latest"),
            said_on=data.get("said_on"),
            subject=data.get("subject"),
            conflicts=data.get("conflicts", ()),
        )


@frozen
class Timeline:
    """Claims ordered by when they were said; undated claims come last."""

    entries: tuple[TimelineEntry, ...] = attrs.field(default=(), converter=_to_tuple)

    def __iter__(self) -> Any:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def to_data(self) -> list[dict[str, Any]]:
        """A list of entries."""
        return [e.to_data() for e in self.entries]

    @classmethod
    def from_data(cls, data: Sequence[Mapping[str, Any]]) -> Timeline:
        """A timeline from its plain data."""
        return cls([TimelineEntry.from_data(e) for e in data])


@frozen(kw_only=True)
class PluginError:
    """A failure that was contained: which plugin, which document, at which stage, and the message."""

    plugin: str
    message: str
    doc: str | None = None
    stage: str = "extract"
    where: str | None = None

    def to_data(self) -> dict[str, Any]:
        """Plain data."""
        return _drop_none(
            {"plugin": self.plugin, "doc": self.doc, "stage": self.stage, "message": self.message, "where": self.where}
        )

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> PluginError:
        """An error from its plain data."""
        return cls(
            plugin=data["plugin"],
            message=data["message"],
            doc=data.get("doc"),
            stage=data.get("stage", "extract"),
            where=data.get("where"),
        )


@frozen(kw_only=True)
class Extraction:
    """What extraction found in one document: its mentions (document order) and the errors contained on the way."""

    doc: str
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_to_tuple)
    errors: tuple[PluginError, ...] = attrs.field(default=(), converter=_to_tuple)

    def of_kind(self, kind: str) -> list[Mention]:
        """The mentions of one kind ("time", "quote", "count", ...)."""
        return [m for m in self.mentions if m.kind == kind]

    def to_data(self) -> dict[str, Any]:
        """``{"id", "mentions", "errors"?}`` as ``claimkit extract --format jsonl`` writes it."""
        data: dict[str, Any] = {"id": self.doc, "mentions": [m.to_data() for m in self.mentions]}
        if self.errors:
            data["errors"] = [e.to_data() for e in self.errors]
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Extraction:
        """An extraction from its plain data."""
        return cls(
            doc=str(data["id"]),
            mentions=[mention_from_data(m) for m in data.get("mentions", ())],
            errors=[PluginError.from_data(e) for e in data.get("errors", ())],
        )


@frozen(kw_only=True)
class Analysis:
    """The result of ``claimkit.analyze``: claims, conflicts, timeline, and every contained error.

    ``extractions`` holds each document's mentions only when ``analyze(..., keep_mentions=True)``.
    """

    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_to_tuple)
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_to_tuple)
    timeline: Timeline = attrs.field(factory=Timeline)
    errors: tuple[PluginError, ...] = attrs.field(default=(), converter=_to_tuple)
    documents: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    extractions: tuple[Extraction, ...] = attrs.field(default=(), converter=_to_tuple)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id.

        Raises:
            KeyError: when there is none.
        """
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def to_data(self) -> dict[str, Any]:
        """``{"claims", "conflicts", "timeline", "documents", "errors", ...}`` as ``claimkit analyze`` writes it."""
        data: dict[str, Any] = {
            "documents": list(self.documents),
            "claims": [c.to_data() for c in self.claims],
            "conflicts": [c.to_data() for c in self.conflicts],
            "timeline": self.timeline.to_data(),
            "errors": [e.to_data() for e in self.errors],
        }
        if self.extractions:
            data["extractions"] = [e.to_data() for e in self.extractions]
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Analysis:
        """An analysis from its plain data."""
        return cls(
            claims=[Claim.from_data(c) for c in data.get("claims", ())],
            conflicts=[Conflict.from_data(c) for c in data.get("conflicts", ())],
            timeline=Timeline.from_data(data.get("timeline", ())),
            errors=[PluginError.from_data(e) for e in data.get("errors", ())],
            documents=data.get("documents", ()),
            extractions=[Extraction.from_data(e) for e in data.get("extractions", ())],
        )
