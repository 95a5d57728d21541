"""Quote mentions and spans built without checks equal the ones the attrs constructor builds, by both builders: the
core's positional constructor (pure Python) and the slot setters (the compiled module's way; in pure Python they are
plain functions, tested all the same). Run against a compiled copy too.
"""

from __future__ import annotations

import importlib.machinery
from collections.abc import Callable

import attrs
import pytest
from claimkit_quotes import construct

from claimkit import QuoteMention, Span

_MENTION_BUILDERS = [construct.new_mention, construct._set_quote_mention]
_SPAN_BUILDERS = [construct.new_span, construct._set_span]


@pytest.mark.parametrize("build", _MENTION_BUILDERS)
@pytest.mark.parametrize(
    ("cue", "source", "flags", "parts"),
    [
        (None, None, (None, False, None, None, None), ()),
        (Span(20, 24, "said"), Span(12, 19, "Ann Lou"), ("Ann Lou", True, "neutral", "person", "mayor"), ()),
        (Span(0, 1, ":", "title"), None, (None, True, "hedging", "unknown", None), ((3, 8), (30, 41))),
    ],
)
def test_mention_equals_the_attrs_built_one(
    build: Callable[..., QuoteMention], cue: Span | None, source: Span | None,
    flags: tuple[str | None, bool, str | None, str | None, str | None], parts: tuple[tuple[int, int], ...],
) -> None:
    speaker, direct, cue_class, kind, role = flags
    fields = {"start": 3, "end": 8, "text": "rains", "field": "text", "plugin": "quotes", "cue": cue,
              "source": source, "speaker": speaker, "direct": direct, "cue_class": cue_class, "source_kind": kind,
              "role": role, "parts": parts}
    built = build(*(fields[name] for name in construct.MENTION_FIELDS))
    reference = QuoteMention(**fields)  # type: ignore[arg-type]
    assert type(built) is QuoteMention
    assert built == reference
    assert hash(built) == hash(reference)
    assert built.plugin == reference.plugin
    assert built.to_data() == reference.to_data()


@pytest.mark.parametrize("build", _SPAN_BUILDERS)
@pytest.mark.parametrize("fields", [(4, 9, "ferry", "title"), (0, 0, "", "text"), (12, 19, "Ann Lou", "text")])
def test_span_equals_the_attrs_built_one(build: Callable[..., Span], fields: tuple[int, int, str, str]) -> None:
    built = build(*fields)
    assert type(built) is Span
    assert built == Span(*fields)
    assert hash(built) == hash(Span(*fields))
    assert built.to_data() == Span(*fields).to_data()


def test_builders_take_every_field_in_order() -> None:
    assert construct.MENTION_FIELDS == tuple(f.name for f in attrs.fields(QuoteMention))
    assert construct.SPAN_FIELDS == tuple(f.name for f in attrs.fields(Span))


def test_slot_setters_serve_exactly_when_compiled() -> None:
    """The slot setters take the core constructors' place only in the compiled module (interpreted, they cost
    more), and the module is compiled exactly when it is an extension module."""
    origin = construct.__spec__.origin if construct.__spec__ is not None else None
    compiled = origin is not None and origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    assert construct.COMPILED is compiled
    assert (construct.new_mention is construct._set_quote_mention) == compiled
    assert (construct.new_span is construct._set_span) == compiled
