"""The shortcuts taken for speed give what the plain readings give."""

from __future__ import annotations

from importlib import metadata

from claimkit_quotes import PLUGIN_NAME, claimkit_extract, extract_quotes

from claimkit import Document


def test_plugin_name_is_the_entry_point_name() -> None:
    """Mentions carry the name the pipeline would give them, so it need not copy them."""
    names = {ep.name for ep in metadata.entry_points(group="claimkit") if ep.value == "claimkit_quotes"}
    assert names == {PLUGIN_NAME}


def test_hook_mentions_differ_from_plain_ones_only_in_plugin_name() -> None:
    text = "“We will rebuild the bridge by spring,” Mayor Anna Berg said on Tuesday. She added that work starts soon."
    plain = extract_quotes(text)
    hooked = claimkit_extract(Document(id="d", text=text))
    assert plain and [m.to_data() | {"plugin": PLUGIN_NAME} for m in plain] == [m.to_data() for m in hooked]
