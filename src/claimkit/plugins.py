"""The plugin manager: entry-point discovery, the allow-list, error isolation and a deterministic call order.

pluggy calls implementations in reverse registration order and lets one exception stop every other plugin.
claimkit instead calls each implementation of a hook on its own, sorted by plugin name, and turns its exceptions
into :class:`~claimkit.types.PluginError` records (or raises :class:`PluginFailure` in strict mode).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from importlib import metadata
from types import ModuleType
from typing import Any

import pluggy

from . import hookspecs
from .types import PluginError

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "PluginManager",
    "describe_exception",
    "get_plugin_manager",
    "is_compiled",
    "strict_from_env",
]

ENTRY_POINT_GROUP = "claimkit"

#: Built-in behaviour, registered through the same hooks as any third-party plugin.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "claimkit.claims",
    "claimkit.grouping",
    "claimkit.conflicts.numeric",
    "claimkit.conflicts.status",
    "claimkit.conflicts.headline",
    "claimkit.formats.jsonfmt",
    "claimkit.formats.csvfmt",
    "claimkit.formats.text",
)

_EXTENSION_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


class PluginFailure(RuntimeError):
    """Raised in strict mode when a plugin fails to load or raises."""

    def __init__(self, error: PluginError) -> None:
        where = f" on document {error.doc!r}" if error.doc else ""
        super().__init__(f"plugin {error.plugin!r} failed during {error.stage}{where}: {error.message}")
        self.error = error

    def __reduce__(self) -> tuple[type[PluginFailure], tuple[PluginError]]:
        # rebuilt from its error, not from its message (a failure in a worker process comes back by pickle)
        return PluginFailure, (self.error,)


def strict_from_env() -> bool:
    """True when ``CLAIMKIT_STRICT`` is set to a true value (1, true, yes, on)."""
    return os.environ.get("CLAIMKIT_STRICT", "").strip().lower() in {"1", "true", "yes", "on"}


def _allow_list() -> set[str] | None:
    raw = os.environ.get("CLAIMKIT_LOAD_PLUGINS")
    if raw is None:
        return None
    return {name.strip() for name in raw.split(",") if name.strip()}


def describe_exception(exc: BaseException) -> str:
    """One line: exception type, message and the file:line it was raised at."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def is_compiled(plugin: object) -> bool:
    """True when a module plugin runs compiled code: it, or a loaded module of its package, is an extension module.

    The bundled plugins are compiled with mypyc when installed from a regular wheel and are pure Python when
    installed editable (see ``tools/compile_hook.py``); speed differs, results do not.
    """
    name = getattr(plugin, "__name__", None)
    if not isinstance(plugin, ModuleType) or not name:
        return False
    prefix = name + "."
    for module_name, module in list(sys.modules.items()):
        if module_name == name or module_name.startswith(prefix):
            if str(getattr(module, "__file__", None) or "").endswith(_EXTENSION_SUFFIXES):
                return True
    return False


class PluginManager:
    """claimkit's plugins, loaded once, called safely.

    Args:
        load_entrypoints: discover installed plugins through the ``claimkit`` entry-point group.
        builtins: register the built-in plugins (formats, claim builder, conflict detectors).
        strict: make plugin failures fatal; defaults to ``CLAIMKIT_STRICT``.
    """

    def __init__(self, *, load_entrypoints: bool = True, builtins: bool = True, strict: bool | None = None) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.strict = strict_from_env() if strict is None else strict
        self.load_errors: list[PluginError] = []
        self._versions: dict[str, str | None] = {}
        self._impls: dict[str, list[Any]] = {}
        if builtins:
            for module_name in DEFAULT_PLUGINS:
                self.register(importlib.import_module(module_name), name=module_name)
        if load_entrypoints:
            self._load_entrypoints()

    # -- registration ---------------------------------------------------------------------------------------------

    def register(self, plugin: ModuleType | object, name: str | None = None, version: str | None = None) -> str:
        """Register a plugin object or module; returns its name."""
        self._impls.clear()
        registered = self.pm.register(plugin, name=name)
        plugin_name = registered or name or repr(plugin)
        self._versions.setdefault(plugin_name, version)
        return plugin_name

    def unregister(self, name: str) -> None:
        """Remove the plugin registered under ``name``."""
        self._impls.clear()
        self.pm.unregister(name=name)

    def _load_entrypoints(self) -> None:
        allowed = _allow_list()
        seen: set[str] = set()
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in seen or (allowed is not None and ep.name not in allowed):
                continue
            seen.add(ep.name)
            dist = getattr(ep, "dist", None)
            version = dist.version if dist is not None else None
            try:
                plugin = ep.load()
                self.register(plugin, name=ep.name, version=version)
            except Exception as exc:  # a broken plugin must not stop claimkit
                error = PluginError(plugin=ep.name, stage="load", message=describe_exception(exc))
                self.record(error, self.load_errors)

    def record(self, error: PluginError, errors: list[PluginError]) -> None:
        """Keep an error, or raise it in strict mode."""
        if self.strict:
            raise PluginFailure(error)
        errors.append(error)

    # -- introspection ------------------------------------------------------------------------------------------------

    def plugin_names(self) -> list[str]:
        """Names of every registered plugin, sorted."""
        return sorted(name for name, _ in self.pm.list_name_plugin())

    def describe(self, include_builtins: bool = False) -> list[dict[str, Any]]:
        """Name, version, implemented hooks and compiled-or-not of each plugin (built-ins only when asked)."""
        rows = []
        for name, plugin in sorted(self.pm.list_name_plugin()):
            if not include_builtins and name in DEFAULT_PLUGINS:
                continue
            hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or ())
            rows.append({"name": name, "version": self._versions.get(name), "hooks": hooks,
                         "compiled": is_compiled(plugin)})
        return rows

    # -- calling ------------------------------------------------------------------------------------------------------

    def implementations(self, hook: str) -> list[Any]:
        """The implementations of one hook, in order of plugin name (cached until a plugin is (un)registered)."""
        impls = self._impls.get(hook)
        if impls is None:
            caller = getattr(self.pm.hook, hook)
            impls = self._impls[hook] = sorted(caller.get_hookimpls(), key=lambda impl: impl.plugin_name)
        return impls

    def call_each(
        self, hook: str, errors: list[PluginError], *, doc: str | None = None, stage: str | None = None, **kwargs: Any
    ) -> Iterator[tuple[str, Any]]:
        """Call every implementation of ``hook`` in order of plugin name, yielding ``(plugin name, result)``.

        An implementation that raises is recorded in ``errors`` (or raised in strict mode) and skipped.
        """
        for impl in self.implementations(hook):
            args = {name: kwargs[name] for name in impl.argnames if name in kwargs}
            try:
                result = impl.function(**args)
                if isinstance(result, Iterator):
                    result = list(result)  # run generators here, inside the guard
            except Exception as exc:
                error = PluginError(plugin=impl.plugin_name, doc=doc, stage=stage or hook,
                                    message=describe_exception(exc))
                self.record(error, errors)
                continue
            yield impl.plugin_name, result

    def formats(self) -> dict[str, Any]:
        """Output formats by name, as registered through ``claimkit_register_formats``."""
        found: dict[str, Any] = {}

        def register(fmt: Any) -> None:
            found[fmt.name] = fmt

        errors: list[PluginError] = []
        for _ in self.call_each("claimkit_register_formats", errors, register=register):
            pass
        self.load_errors.extend(errors)
        return found


_DEFAULT: PluginManager | None = None


def get_plugin_manager(*, reload: bool = False) -> PluginManager:
    """The process-wide plugin manager, loaded on first use."""
    global _DEFAULT
    if _DEFAULT is None or reload:
        _DEFAULT = PluginManager()
    return _DEFAULT


def flatten(results: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """Turn ``(plugin, iterable or None)`` pairs into ``(plugin, item)`` pairs."""
    for name, items in results:
        if items is None:
            continue
        for item in items:
            yield name, item


def as_list(items: Sequence[Any] | None) -> list[Any]:
    """A list of whatever a hook returned (None is empty)."""
    return list(items) if items is not None else []
