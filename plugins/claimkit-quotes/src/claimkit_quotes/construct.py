"""Building the plugin's :class:`~claimkit.QuoteMention` and :class:`~claimkit.Span` values without attrs' checks.

Every offset pair the extractor passes slices the document's text itself, so the texts fit, and the parts come as
the tuple of offset pairs the field's converter would make of them: the values are built through the core's
:func:`~claimkit.types.unchecked_constructor` with conversion off, their fields by position (binding a dozen
keyword arguments costs more than setting the slots). When this module is compiled with mypyc, the two builders are
functions of its own that write the slots by direct C calls (:func:`_set_quote_mention`), for a fraction of what the
interpreted core constructor costs there. Either way the result equals the value the attrs constructor builds.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Final

import attrs

from claimkit import QuoteMention, Span
from claimkit.types import unchecked_constructor

__all__ = ["MENTION_FIELDS", "SPAN_FIELDS", "new_mention", "new_span"]

#: The fields :func:`new_mention` takes, in this order (all the fields of :class:`QuoteMention`).
MENTION_FIELDS: Final = ("start", "end", "text", "field", "plugin", "cue", "source", "speaker", "direct",
                         "cue_class", "source_kind", "role", "parts")
#: The fields :func:`new_span` takes, in this order.
SPAN_FIELDS: Final = ("start", "end", "text", "field")


def _set_quote_mention(start: int, end: int, text: str, field: str, plugin: str | None, cue: Span | None,
                       source: Span | None, speaker: str | None, direct: bool, cue_class: str | None,
                       source_kind: str | None, role: str | None, parts: tuple[tuple[int, int], ...]) -> QuoteMention:
    """:func:`new_mention` for the compiled module: compiled with mypyc, each ``object.__setattr__`` with a literal
    name is a direct C call to the generic attribute setter, which writes the slot (the frozen class's own
    ``__setattr__`` is not called, as in the core's unchecked constructor). Interpreted, the lookups of
    ``object.__setattr__`` cost more than the core's constructor, which pure Python keeps using."""
    mention: QuoteMention = object.__new__(QuoteMention)
    object.__setattr__(mention, "start", start)
    object.__setattr__(mention, "end", end)
    object.__setattr__(mention, "text", text)
    object.__setattr__(mention, "field", field)
    object.__setattr__(mention, "plugin", plugin)
    object.__setattr__(mention, "cue", cue)
    object.__setattr__(mention, "source", source)
    object.__setattr__(mention, "speaker", speaker)
    object.__setattr__(mention, "direct", direct)
    object.__setattr__(mention, "cue_class", cue_class)
    object.__setattr__(mention, "source_kind", source_kind)
    object.__setattr__(mention, "role", role)
    object.__setattr__(mention, "parts", parts)
    return mention


def _set_span(start: int, end: int, text: str, field: str) -> Span:
    """:func:`new_span` for the compiled module (see :func:`_set_quote_mention`)."""
    span: Span = object.__new__(Span)
    object.__setattr__(span, "start", start)
    object.__setattr__(span, "end", end)
    object.__setattr__(span, "text", text)
    object.__setattr__(span, "field", field)
    return span


#: Whether this module runs compiled (mypyc): its functions are then built-in functions, not Python ones.
COMPILED: Final = not isinstance(_set_span, types.FunctionType)

# The setters above write every field, and only these: they serve only while the classes have exactly these fields.
_EXACT_FIELDS: Final = (tuple(f.name for f in attrs.fields(QuoteMention)) == MENTION_FIELDS
                        and tuple(f.name for f in attrs.fields(Span)) == SPAN_FIELDS)

#: ``new_mention(start, end, text, field, plugin, cue, source, speaker, direct, cue_class, source_kind, role,
#: parts)``: a quote mention from all its fields by position, ``parts`` a tuple of ``(start, end)`` int tuples.
new_mention: Final[Callable[..., QuoteMention]] = (
    _set_quote_mention if COMPILED and _EXACT_FIELDS
    else unchecked_constructor(QuoteMention, convert=False, positional=MENTION_FIELDS))
#: ``new_span(start, end, text, field)``: a span from its fields by position.
new_span: Final[Callable[..., Span]] = (
    _set_span if COMPILED and _EXACT_FIELDS else unchecked_constructor(Span, convert=False, positional=SPAN_FIELDS))
