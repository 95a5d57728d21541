"""The build hook that compiles the plugins with mypyc (tools/compile_hook.py): when it compiles, when it does not,
and what a failure does. The compilation itself is exercised by CI, which installs the plugins from regular wheels
with ``CLAIMKIT_REQUIRE_COMPILED=1`` and runs the test suite on them."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from claimkit.plugins import PluginManager, is_compiled

ROOT = Path(__file__).resolve().parents[1]


def _hook_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimkit_compile_hook", ROOT / "tools" / "compile_hook.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _App:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def display_warning(self, message: str) -> None:
        self.warnings.append(message)

    def display_info(self, message: str) -> None:
        self.infos.append(message)


def _hook(tmp_path: Path, exclude: list[str] | None = None, target: str = "wheel") -> tuple[Any, _App]:
    package = tmp_path / "src" / "demo_plugin"
    package.mkdir(parents=True)
    for name in ("__init__.py", "core.py", "tables.py"):
        (package / name).write_text("X: int = 1\n", encoding="utf-8")
    config: dict[str, Any] = {"path": "compile_hook.py"}
    if exclude is not None:
        config["exclude"] = exclude
    build_config = SimpleNamespace(target_config={"packages": ["src/demo_plugin"]})
    app = _App()
    hook = _hook_module().CompileHook(str(tmp_path), config, build_config, None, str(tmp_path / "dist"), target, app)
    return hook, app


def _build_data() -> dict[str, Any]:
    return {"pure_python": True, "infer_tag": False, "force_include": {}}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMKIT_PURE_PYTHON", raising=False)
    monkeypatch.delenv("CLAIMKIT_REQUIRE_COMPILED", raising=False)


def test_compiles_every_module_but_the_excluded_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook, app = _hook(tmp_path, exclude=["__init__.py", "tables.py"])
    asked: list[list[str]] = []

    def fake_compile(package: Path, modules: list[str]) -> dict[str, str]:
        asked.append(modules)
        return {"/scratch/demo_plugin/core.so": "demo_plugin/core.so"}

    monkeypatch.setattr(hook, "_compile", fake_compile)
    data = _build_data()
    hook.initialize("standard", data)
    assert asked == [["core.py"]]
    assert data["pure_python"] is False and data["infer_tag"] is True
    assert data["force_include"] == {"/scratch/demo_plugin/core.so": "demo_plugin/core.so"}
    assert app.infos and not app.warnings


@pytest.mark.parametrize(("version", "env"), [("editable", None), ("standard", "1"), ("standard", "yes")])
def test_editable_installs_and_the_opt_out_stay_pure_python(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str, env: str | None) -> None:
    hook, _ = _hook(tmp_path)
    if env is not None:
        monkeypatch.setenv("CLAIMKIT_PURE_PYTHON", env)
    monkeypatch.setattr(hook, "_compile", lambda package, modules: pytest.fail("compiled"))
    data = _build_data()
    hook.initialize(version, data)
    assert data == _build_data()


def test_a_failed_compilation_falls_back_to_pure_python_with_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook, app = _hook(tmp_path)

    def broken(package: Path, modules: list[str]) -> dict[str, str]:
        raise RuntimeError("no C compiler")

    monkeypatch.setattr(hook, "_compile", broken)
    data = _build_data()
    hook.initialize("standard", data)
    assert data == _build_data()
    assert len(app.warnings) == 1 and "demo_plugin" in app.warnings[0] and "no C compiler" in app.warnings[0]
    monkeypatch.setenv("CLAIMKIT_REQUIRE_COMPILED", "1")
    with pytest.raises(RuntimeError, match="no C compiler"):
        hook.initialize("standard", _build_data())


def test_the_default_exclusion_keeps_the_package_init_in_python(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook, _ = _hook(tmp_path)
    asked: list[list[str]] = []
    monkeypatch.setattr(hook, "_compile", lambda package, modules: asked.append(modules) or {"a.so": "a.so"})
    hook.initialize("standard", _build_data())
    assert asked == [["core.py", "tables.py"]]


def test_other_targets_are_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook, _ = _hook(tmp_path, target="sdist")
    monkeypatch.setattr(hook, "_compile", lambda package, modules: pytest.fail("compiled"))
    data = _build_data()
    hook.initialize("standard", data)
    assert data == _build_data()


def test_is_compiled_looks_for_extension_modules_in_the_plugin_package(monkeypatch: pytest.MonkeyPatch) -> None:
    package = ModuleType("demo_compiled")
    package.__file__ = "/site/demo_compiled/__init__.py"
    inner = ModuleType("demo_compiled.core")
    inner.__file__ = "/site/demo_compiled/core" + importlib.machinery.EXTENSION_SUFFIXES[0]
    monkeypatch.setitem(sys.modules, "demo_compiled", package)
    assert not is_compiled(package)
    monkeypatch.setitem(sys.modules, "demo_compiled.core", inner)
    assert is_compiled(package)
    assert not is_compiled(object())


def test_plugins_listing_says_which_plugins_are_compiled(bare_pm: PluginManager) -> None:
    plugin = ModuleType("demo_listed")
    plugin.__file__ = "/site/demo_listed.py"
    bare_pm.register(plugin, name="demo")
    rows = {row["name"]: row for row in bare_pm.describe()}
    assert rows["demo"]["compiled"] is False
