"""Building the plugin's :class:`~claimkit.CountMention` and :class:`~claimkit.Span` values without attrs' checks.

The attrs ``__init__`` of these frozen classes runs a converter on four fields (integral floats become ``int``,
the modifiers a tuple), five validators and a post-init check on every mention, which costs as much as finding a
simple count. The values built here are valid by construction (offsets slice the text, operators and categories
come from the plugin's own tables) and already in their stored form (see :func:`number`), so they are built
through the core's :func:`~claimkit.types.unchecked_constructor` with conversion off. The result is the same value
the attrs constructor builds.

The extractor builds one mention per count through :func:`new_count_mention` and :func:`new_span`, which take
their fields by position: binding seventeen keyword arguments costs more than setting the seventeen slots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from claimkit import CountMention, Span
from claimkit.types import unchecked_constructor

__all__ = ["count_mention", "new_count_mention", "new_span", "number", "span"]

#: ``count_mention(start=..., end=..., text=..., ...)``: a count mention from its fields, values already converted.
count_mention = unchecked_constructor(CountMention, convert=False)
#: ``span(start=..., end=..., text=..., field=...)``: a span of the text or title.
span = unchecked_constructor(Span, convert=False)

#: The fields :func:`new_count_mention` takes, in this order (the leading fields of :class:`CountMention`).
COUNT_FIELDS = ("start", "end", "text", "field", "plugin", "value", "low", "high", "op", "unit", "unit_span",
                "modifiers", "category", "negated", "hypothetical", "quoted", "time")
#: The fields :func:`new_span` takes, in this order.
SPAN_FIELDS = ("start", "end", "text", "field")


def _positional(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """An unchecked constructor of ``cls`` taking ``names`` by position, as :func:`unchecked_constructor` builds one
    taking them by keyword (slot setters, no converters); fields after them keep their defaults.

    Raises:
        TypeError: when ``names`` are not the leading fields of ``cls``, in order (a changed core type must not
            shift the values into the wrong fields).
    """
    fields = attrs.fields(cls)
    if tuple(f.name for f in fields[:len(names)]) != names:
        raise TypeError(f"{cls.__name__}: the fields no longer start with {names}")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = []
    for index, field in enumerate(fields):
        namespace[f"_set{index}"] = getattr(cls, field.name).__set__
        if index < len(names):
            value = field.name
        else:
            if field.default is attrs.NOTHING or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                raise TypeError(f"{cls.__name__}.{field.name}: no plain default")
            namespace[f"_default{index}"] = field.default
            value = f"_default{index}"
        lines.append(f"    _set{index}(self, {value})")
    source = f"def build({', '.join(names)}):\n    self = _new(_cls)\n" + "\n".join(lines) + "\n    return self\n"
    exec(compile(source, f"<positional constructor of {cls.__name__}>", "exec"), namespace)
    build: Callable[..., Any] = namespace["build"]
    return build


#: ``new_count_mention(start, end, text, field, plugin, value, low, high, op, unit, unit_span, modifiers, category,
#: negated, hypothetical, quoted, time)``: :func:`count_mention` with the fields by position.
new_count_mention: Callable[..., CountMention] = _positional(CountMention, COUNT_FIELDS)
#: ``new_span(start, end, text, field)``: :func:`span` with the fields by position.
new_span: Callable[..., Span] = _positional(Span, SPAN_FIELDS)


def number(x: float | None) -> int | float | None:
    """A value as :class:`CountMention` stores it: integral floats as ``int`` (as its converter does)."""
    if x is None or type(x) is int:
        return x
    if x.is_integer() and abs(x) < 2**63:
        return int(x)
    return x
