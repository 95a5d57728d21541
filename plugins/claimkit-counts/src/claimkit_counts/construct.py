"""Building the plugin's :class:`~claimkit.CountMention` and :class:`~claimkit.Span` values without attrs' checks.

The attrs ``__init__`` of these frozen classes runs a converter on four fields (integral floats become ``int``,
the modifiers a tuple), five validators and a post-init check on every mention, which costs as much as finding a
simple count. The values built here are valid by construction (offsets slice the text, operators and categories
come from the plugin's own tables), so their slots are set directly, with the conversions done by the caller
(see :func:`number`). The result is the same value the attrs constructor builds (same class, same slots).

The slot setters are taken from ``attrs.fields`` at import. Should the core class gain a field this module does
not know, the builders fall back to the attrs constructor, so a core change can slow the plugin down but never
leave a slot unset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from claimkit import CountMention, Span

__all__ = ["count_mention", "number", "span"]

_COUNT_FIELDS = ("start", "end", "text", "field", "plugin", "value", "low", "high", "op", "unit", "unit_span",
                 "modifiers", "category", "negated", "hypothetical", "quoted", "time")
_SPAN_FIELDS = ("start", "end", "text", "field")


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...] | None:
    """The slot setters of ``cls`` for ``names`` in order, or None when its fields are not exactly ``names``."""
    if tuple(f.name for f in attrs.fields(cls)) != names:
        return None
    return tuple(getattr(cls, name).__set__ for name in names)


_COUNT_SETTERS = _setters(CountMention, _COUNT_FIELDS)
_SPAN_SETTERS = _setters(Span, _SPAN_FIELDS)
_new = object.__new__


def number(x: float | None) -> int | float | None:
    """A value as :class:`CountMention` stores it: integral floats as ``int`` (as its converter does)."""
    if x is None or type(x) is int:
        return x
    if x.is_integer() and abs(x) < 2**63:
        return int(x)
    return x


def count_mention(start: int, end: int, text: str, field: str, plugin: str | None, value: int | float | None,
                  low: int | float | None, high: int | float | None, op: str, unit: str | None,
                  unit_span: Span | None, modifiers: tuple[str, ...], category: str, negated: bool,
                  hypothetical: bool, quoted: bool, time: str | None) -> CountMention:
    """A count mention from its fields in declaration order (values already converted by :func:`number`)."""
    setters = _COUNT_SETTERS
    if setters is None:
        return CountMention(start=start, end=end, text=text, field=field, plugin=plugin, value=value, low=low,
                            high=high, op=op, unit=unit, unit_span=unit_span, modifiers=modifiers,
                            category=category, negated=negated, hypothetical=hypothetical, quoted=quoted, time=time)
    m = _new(CountMention)
    (s_start, s_end, s_text, s_field, s_plugin, s_value, s_low, s_high, s_op, s_unit, s_unit_span, s_modifiers,
     s_category, s_negated, s_hypothetical, s_quoted, s_time) = setters
    s_start(m, start)
    s_end(m, end)
    s_text(m, text)
    s_field(m, field)
    s_plugin(m, plugin)
    s_value(m, value)
    s_low(m, low)
    s_high(m, high)
    s_op(m, op)
    s_unit(m, unit)
    s_unit_span(m, unit_span)
    s_modifiers(m, modifiers)
    s_category(m, category)
    s_negated(m, negated)
    s_hypothetical(m, hypothetical)
    s_quoted(m, quoted)
    s_time(m, time)
    return m


def span(start: int, end: int, text: str, field: str) -> Span:
    """The span ``text`` at ``start``-``end`` of ``field``."""
    setters = _SPAN_SETTERS
    if setters is None:
        return Span(start, end, text, field)
    s = _new(Span)
    s_start, s_end, s_text, s_field = setters
    s_start(s, start)
    s_end(s, end)
    s_text(s, text)
    s_field(s, field)
    return s
