"""Building the plugin's :class:`~claimkit.CountMention` and :class:`~claimkit.Span` values without attrs' checks.

The attrs ``__init__`` of these frozen classes runs a converter on four fields (integral floats become ``int``,
the modifiers a tuple), five validators and a post-init check on every mention, which costs as much as finding a
simple count. The values built here are valid by construction (offsets slice the text, operators and categories
come from the plugin's own tables) and already in their stored form (see :func:`number`), so they are built
through the core's :func:`~claimkit.types.unchecked_constructor` with conversion off. The result is the same value
the attrs constructor builds.

The extractor builds one mention per count through :func:`new_count_mention` and :func:`new_span`, which take
their fields by position (the core constructor's ``positional``): binding seventeen keyword arguments costs more
than setting the seventeen slots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

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


#: ``new_count_mention(start, end, text, field, plugin, value, low, high, op, unit, unit_span, modifiers, category,
#: negated, hypothetical, quoted, time)``: :func:`count_mention` with the fields by position.
new_count_mention: Final[Callable[..., CountMention]] = unchecked_constructor(CountMention, convert=False,
                                                                      positional=COUNT_FIELDS)
#: ``new_span(start, end, text, field)``: :func:`span` with the fields by position.
new_span: Final[Callable[..., Span]] = unchecked_constructor(Span, convert=False, positional=SPAN_FIELDS)


def number(x: float | None) -> int | float | None:
    """A value as :class:`CountMention` stores it: integral floats as ``int`` (as its converter does)."""
    if x is None or type(x) is int:
        return x
    if x.is_integer() and abs(x) < 2**63:
        return int(x)
    return x
