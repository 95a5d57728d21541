"""Building the plugin's :class:`~claimkit.CountMention` and :class:`~claimkit.Span` values without attrs' checks.

The attrs ``__init__`` of these frozen classes runs a converter on four fields (integral floats become ``int``,
the modifiers a tuple), five validators and a post-init check on every mention, which costs as much as finding a
simple count. The values built here are valid by construction (offsets slice the text, operators and categories
come from the plugin's own tables) and already in their stored form (see :func:`number`), so they are built
through the core's :func:`~claimkit.types.unchecked_constructor` with conversion off. The result is the same value
the attrs constructor builds.

The extractor builds one mention per count through :func:`new_count_mention` and :func:`new_span`, which take
their fields by position (the core constructor's ``positional``): binding seventeen keyword arguments costs more
than setting the seventeen slots. When this module is compiled with mypyc, those two are functions of its own that
write the slots by direct C calls (:func:`_set_count_mention`), about a third of the core constructor's cost there.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Final

import attrs

from claimkit import CountMention, Span
from claimkit.types import unchecked_constructor

__all__ = ["count_mention", "new_count_mention", "new_span", "number", "span"]

#: ``count_mention(start=..., end=..., text=..., ...)``: a count mention from its fields, values already converted.
count_mention: Final = unchecked_constructor(CountMention, convert=False)
#: ``span(start=..., end=..., text=..., field=...)``: a span of the text or title.
span: Final = unchecked_constructor(Span, convert=False)

#: The fields :func:`new_count_mention` takes, in this order (the leading fields of :class:`CountMention`).
COUNT_FIELDS: Final = ("start", "end", "text", "field", "plugin", "value", "low", "high", "op", "unit", "unit_span",
                       "modifiers", "category", "negated", "hypothetical", "quoted", "time")
#: The fields :func:`new_span` takes, in this order.
SPAN_FIELDS: Final = ("start", "end", "text", "field")


def _set_count_mention(start: int, end: int, text: str, field: str, plugin: str | None, value: int | float | None,
                       low: int | float | None, high: int | float | None, op: str, unit: str | None,
                       unit_span: Span | None, modifiers: tuple[str, ...], category: str, negated: bool,
                       hypothetical: bool, quoted: bool, time: str | None) -> CountMention:
    """:func:`new_count_mention` for the compiled module: compiled with mypyc, each ``object.__setattr__`` with a
    literal name is a direct C call to the generic attribute setter, which writes the slot (the frozen class's own
    ``__setattr__`` is not called, as in the core's unchecked constructor) for a fraction of what a call of a slot
    setter costs. Interpreted, the lookups of ``object.__setattr__`` cost more than the core's constructor, which
    pure Python keeps using."""
    mention: CountMention = object.__new__(CountMention)
    object.__setattr__(mention, "start", start)
    object.__setattr__(mention, "end", end)
    object.__setattr__(mention, "text", text)
    object.__setattr__(mention, "field", field)
    object.__setattr__(mention, "plugin", plugin)
    object.__setattr__(mention, "value", value)
    object.__setattr__(mention, "low", low)
    object.__setattr__(mention, "high", high)
    object.__setattr__(mention, "op", op)
    object.__setattr__(mention, "unit", unit)
    object.__setattr__(mention, "unit_span", unit_span)
    object.__setattr__(mention, "modifiers", modifiers)
    object.__setattr__(mention, "category", category)
    object.__setattr__(mention, "negated", negated)
    object.__setattr__(mention, "hypothetical", hypothetical)
    object.__setattr__(mention, "quoted", quoted)
    object.__setattr__(mention, "time", time)
    return mention


def _set_span(start: int, end: int, text: str, field: str) -> Span:
    """:func:`new_span` for the compiled module (see :func:`_set_count_mention`)."""
    span: Span = object.__new__(Span)
    object.__setattr__(span, "start", start)
    object.__setattr__(span, "end", end)
    object.__setattr__(span, "text", text)
    object.__setattr__(span, "field", field)
    return span


#: Whether this module runs compiled (mypyc): its functions are then built-in functions, not Python ones.
COMPILED: Final = not isinstance(_set_span, types.FunctionType)

# The setters above write every field, and only these: they serve only while the classes have exactly these fields.
# (the core's constructor checks the same of its positional fields)
_EXACT_FIELDS: Final = (tuple(f.name for f in attrs.fields(CountMention)) == COUNT_FIELDS
                        and tuple(f.name for f in attrs.fields(Span)) == SPAN_FIELDS)

#: ``new_count_mention(start, end, text, field, plugin, value, low, high, op, unit, unit_span, modifiers, category,
#: negated, hypothetical, quoted, time)``: :func:`count_mention` with the fields by position.
new_count_mention: Final[Callable[..., CountMention]] = (
    _set_count_mention if COMPILED and _EXACT_FIELDS
    else unchecked_constructor(CountMention, convert=False, positional=COUNT_FIELDS))
#: ``new_span(start, end, text, field)``: :func:`span` with the fields by position.
new_span: Final[Callable[..., Span]] = (
    _set_span if COMPILED and _EXACT_FIELDS else unchecked_constructor(Span, convert=False, positional=SPAN_FIELDS))


def number(x: float | None) -> int | float | None:
    """A value as :class:`CountMention` stores it: integral floats as ``int`` (as its converter does)."""
    if x is None or type(x) is int:
        return x
    if x.is_integer() and abs(x) < 2**63:
        return int(x)
    return x
