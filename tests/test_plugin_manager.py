"""The plugin manager: discovery, the allow-list, contained failures, strict mode, order independence."""

from __future__ import annotations

import json
from importlib import metadata

import pytest

import claimkit
from claimkit import Document, PluginFailure, PluginManager, TimeMention, hookimpl
from claimkit.plugins import ENTRY_POINT_GROUP

DOC = Document(id="d1", text="The rain stopped on Monday. The river fell.", published="2026-05-06")


class MondayFinder:
    """Finds the word Monday."""

    @hookimpl
    def claimkit_extract(self, document):
        start = document.text.find("Monday")
        if start < 0:
            return []
        return [TimeMention(start=start, end=start + 6, text="Monday", type="DATE", value="2026-05-04")]


class RiverFinder:
    """Finds the word river, with a kind of its own."""

    @hookimpl
    def claimkit_extract(self, document):
        start = document.text.find("river")
        return [TimeMention(start=start, end=start + 5, text="river", type="DATE", value="XXXX")]


class Crashing:
    """Raises on every document."""

    @hookimpl
    def claimkit_extract(self, document):
        raise RuntimeError(f"cannot read {document.id}")


class Misaligned:
    """Returns a mention whose offsets do not slice to its text."""

    @hookimpl
    def claimkit_extract(self, document):
        return [TimeMention(start=0, end=6, text="Monday", type="DATE")]


def test_a_crashing_plugin_is_reported_per_document_and_the_rest_goes_on(bare_pm):
    bare_pm.register(Crashing(), name="crashing")
    bare_pm.register(MondayFinder(), name="monday")
    docs = [DOC, Document(id="d2", text="Nothing happened on Monday.")]
    results = list(claimkit.extract_all(docs, plugins=bare_pm))
    assert [r.doc for r in results] == ["d1", "d2"]
    for result in results:
        assert [m.text for m in result.mentions] == ["Monday"]
        assert [(e.plugin, e.doc) for e in result.errors] == [("crashing", result.doc)]
        assert "RuntimeError: cannot read" in result.errors[0].message


def test_strict_mode_makes_plugin_failures_fatal():
    pm = PluginManager(load_entrypoints=False, strict=True)
    pm.register(Crashing(), name="crashing")
    with pytest.raises(PluginFailure, match="crashing"):
        claimkit.extract(DOC, plugins=pm)


def test_strict_mode_follows_the_environment(monkeypatch):
    monkeypatch.setenv("CLAIMKIT_STRICT", "1")
    assert PluginManager(load_entrypoints=False).strict
    monkeypatch.setenv("CLAIMKIT_STRICT", "0")
    assert not PluginManager(load_entrypoints=False).strict


def test_mentions_that_do_not_slice_to_their_text_are_dropped_and_reported(bare_pm):
    bare_pm.register(Misaligned(), name="misaligned")
    result = claimkit.extract(DOC, plugins=bare_pm)
    assert result.mentions == ()
    assert result.errors[0].plugin == "misaligned"
    assert "does not slice" in result.errors[0].message


def test_mentions_are_tagged_with_their_plugin(bare_pm):
    bare_pm.register(MondayFinder(), name="monday")
    assert claimkit.extract(DOC, plugins=bare_pm).mentions[0].plugin == "monday"


def test_results_do_not_depend_on_plugin_load_order():
    outputs = []
    forward = [("monday", MondayFinder), ("river", RiverFinder)]
    for order in (forward, forward[::-1]):
        pm = PluginManager(load_entrypoints=False)
        for name, cls in order:
            pm.register(cls(), name=name)
        result = claimkit.extract(DOC, plugins=pm)
        analysis = claimkit.analyze([DOC], plugins=pm)
        outputs.append(json.dumps([result.to_data(), analysis.to_data()], sort_keys=True))
    assert outputs[0] == outputs[1]


class _EntryPoint:
    """Stands in for an importlib.metadata entry point."""

    def __init__(self, name, target):
        self.name = name
        self.group = ENTRY_POINT_GROUP
        self._target = target
        self.dist = None

    def load(self):
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


@pytest.fixture
def fake_entry_points(monkeypatch):
    points = [_EntryPoint("monday", MondayFinder()), _EntryPoint("river", RiverFinder()),
              _EntryPoint("broken", ImportError("No module named 'missing_dependency'"))]

    def entry_points(*, group=None):
        return [p for p in points if p.group == group]

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    monkeypatch.delenv("CLAIMKIT_LOAD_PLUGINS", raising=False)
    return points


def test_plugins_load_through_the_entry_point_group(fake_entry_points):
    pm = PluginManager(strict=False)
    assert {"monday", "river"} <= set(pm.plugin_names())
    assert [(e.plugin, e.stage) for e in pm.load_errors] == [("broken", "load")]
    assert "missing_dependency" in pm.load_errors[0].message


def test_a_plugin_that_fails_to_import_is_fatal_in_strict_mode(fake_entry_points):
    with pytest.raises(PluginFailure, match="broken"):
        PluginManager(strict=True)


def test_the_allow_list_selects_which_plugins_load(fake_entry_points, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_LOAD_PLUGINS", "river")
    pm = PluginManager(strict=False)
    names = set(pm.plugin_names())
    assert "river" in names and "monday" not in names and "broken" not in names
    assert pm.load_errors == []


def test_an_empty_allow_list_loads_no_installed_plugin(fake_entry_points, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_LOAD_PLUGINS", "")
    pm = PluginManager(strict=False)
    assert not {"monday", "river", "broken"} & set(pm.plugin_names())
    assert "claimkit.formats.jsonfmt" in pm.plugin_names()


def test_describe_lists_name_version_and_hooks(bare_pm):
    bare_pm.register(MondayFinder(), name="monday", version="1.2")
    rows = bare_pm.describe()
    assert rows == [{"name": "monday", "version": "1.2", "hooks": ["claimkit_extract"], "compiled": False}]


def test_a_failing_conflict_detector_does_not_stop_analysis(bare_pm):
    class BadDetector:
        @hookimpl
        def claimkit_conflicts(self, key, claims):
            raise ValueError("bad detector")

    class Keyer:
        @hookimpl
        def claimkit_group_key(self, claim):
            return ["everything"]

    class Claims:
        @hookimpl
        def claimkit_claims(self, document, mentions):
            return [claimkit.Claim(id="", doc=document.id, start=0, end=8, text=document.text[:8])]

    for name, plugin in (("bad", BadDetector()), ("keyer", Keyer()), ("claims", Claims())):
        bare_pm.register(plugin, name=name)
    docs = [DOC, Document(id="d2", text="The rain came back.")]
    analysis = claimkit.analyze(docs, plugins=bare_pm)
    assert len(analysis.claims) == 2
    assert [(e.plugin, e.stage) for e in analysis.errors] == [("bad", "conflicts")]


def test_enrich_hooks_chain_in_plugin_name_order(bare_pm):
    class Claims:
        @hookimpl
        def claimkit_claims(self, document, mentions):
            return [claimkit.Claim(id="", doc=document.id, start=0, end=8, text=document.text[:8])]

    class Hedge:
        @hookimpl
        def claimkit_enrich_claims(self, claims):
            import attrs

            return [attrs.evolve(c, modality="hedged") for c in claims]

    class Deny:
        @hookimpl
        def claimkit_enrich_claims(self, claims):
            import attrs

            return [attrs.evolve(c, modality="denied") if c.modality == "hedged" else c for c in claims]

    bare_pm.register(Deny(), name="b-deny")
    bare_pm.register(Hedge(), name="a-hedge")
    bare_pm.register(Claims(), name="claims")
    analysis = claimkit.analyze([DOC], plugins=bare_pm)
    modalities = {c.modality for c in analysis.claims if c.text == DOC.text[:8]}
    assert modalities == {"denied"}


def test_extraction_streams_over_an_endless_iterable(bare_pm):
    import itertools

    bare_pm.register(MondayFinder(), name="monday")
    endless = (Document(id=str(n), text=f"Item {n} arrived on Monday.") for n in itertools.count())
    first = list(itertools.islice(claimkit.extract_all(endless, plugins=bare_pm), 3))
    assert [r.doc for r in first] == ["0", "1", "2"]


def test_registering_a_plugin_later_is_seen(bare_pm):
    assert claimkit.extract(DOC, plugins=bare_pm).mentions == ()
    bare_pm.register(MondayFinder(), name="monday")
    assert len(claimkit.extract(DOC, plugins=bare_pm).mentions) == 1
    bare_pm.unregister("monday")
    assert claimkit.extract(DOC, plugins=bare_pm).mentions == ()


class _Scattered:
    """Gives mentions in no order, in both fields, several on one span (as plugins of every kind may)."""

    @hookimpl
    def claimkit_extract(self, document):
        from claimkit import CountMention, QuoteMention

        text, title = document.text, document.title
        return [
            TimeMention(start=text.find("Monday"), end=text.find("Monday") + 6, text="Monday", type="DATE"),
            CountMention(start=title.find("3"), end=title.find("3") + 1, text="3", value=3, field="title"),
            TimeMention(start=0, end=8, text=text[:8], type="DATE"),
            QuoteMention(start=0, end=8, text=text[:8], direct=False),
            TimeMention(start=title.find("May"), end=title.find("May") + 3, text="May", type="DATE", field="title"),
            CountMention(start=0, end=4, text=text[:4], value=1),
        ]


def test_mentions_come_in_the_order_of_their_sort_key():
    pm = PluginManager(load_entrypoints=False)
    pm.register(_Scattered(), name="b")
    pm.register(MondayFinder(), name="a")
    doc = Document(id="d", title="3 ferries in May", text="The rain stopped on Monday.", published="2026-05-06")
    mentions = claimkit.extract(doc, plugins=pm).mentions
    assert [m.field for m in mentions[:2]] == ["title", "title"]
    assert list(mentions) == sorted(mentions, key=lambda m: m.sort_key())
