"""Shared fixtures: a plugin manager with only the plugins a test registers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from claimkit import PluginManager


@pytest.fixture
def bare_pm() -> PluginManager:
    """A plugin manager with claimkit's built-ins but no installed third-party plugins, failures contained."""
    return PluginManager(load_entrypoints=False, strict=False)



def _install_plugin(root: Path, name: str, module: str, source: str, version: str = "0.0.1") -> dict[str, str]:
    """Write ``module.py`` and a dist-info registering it in the ``claimkit`` group under ``name``.

    Returns:
        An environment for a subprocess that sees the plugin (PYTHONPATH extended with ``root``).
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{module}.py").write_text(source, encoding="utf-8")
    dist = root / f"{module}-{version}.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: {version}\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[claimkit]\n{name} = {module}\n", encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH", "")) if p)
    env.pop("CLAIMKIT_STRICT", None)
    env.pop("CLAIMKIT_LOAD_PLUGINS", None)
    return env



@pytest.fixture
def install_plugin() -> Callable[..., dict[str, str]]:
    """``install_plugin(root, name, module, source)``: a throwaway installed plugin; returns a subprocess env."""
    return _install_plugin
