"""Hatch build hook: compile a plugin package with mypyc, keeping the pure-Python source as the fallback.

Each plugin's ``compile_hook.py`` is a link to this file (its source distribution carries a copy). Building a
regular wheel (``pip install ./plugins/...``) compiles every module of the package except those named in the
hook's ``exclude`` option (modules defining pluggy ``@hookimpl`` functions must stay Python: pluggy marks the
functions with an attribute, which a compiled function cannot carry). The ``.py`` files ship beside the compiled
modules, so tracebacks and ``inspect`` still find source.

- Editable installs (``pip install -e``) are never compiled: edits to the source must take effect at once.
- ``CLAIMKIT_PURE_PYTHON=1`` skips compilation.
- If compilation fails (no C compiler, an unsupported construct), the wheel is built pure Python and a warning says
  why; ``CLAIMKIT_REQUIRE_COMPILED=1`` makes that failure an error instead (CI sets it).

Configured in the plugin's ``pyproject.toml``::

    [tool.hatch.build.targets.wheel.hooks.custom]
    path = "compile_hook.py"
    exclude = ["__init__.py"]

``claimkit plugins`` and ``benchmarks/bench.py`` say whether each installed plugin is compiled.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_TRUE = {"1", "true", "yes", "on"}

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name={name!r},
    ext_modules=mypycify({args!r}, opt_level="3"),
    script_args=sys.argv[1:],
)
"""


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in _TRUE


class CompileHook(BuildHookInterface[Any]):
    """Compile the wheel's package with mypyc (see the module docstring)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile before hatchling packs the wheel; add the extension modules to it."""
        if self.target_name != "wheel" or version == "editable" or _flag("CLAIMKIT_PURE_PYTHON"):
            return
        packages = self.build_config.target_config.get("packages") or []
        if len(packages) != 1:
            raise ValueError(f"{self.root}: the compile hook needs exactly one wheel package, got {packages!r}")
        package = Path(self.root) / packages[0]
        exclude = set(self.config.get("exclude", ["__init__.py"]))
        modules = sorted(p.name for p in package.glob("*.py") if p.name not in exclude)
        try:
            built = self._compile(package, modules)
        except Exception as exc:  # any failure: fall back to the pure-Python wheel, or stop if asked to
            message = f"{package.name}: mypyc compilation failed, building pure Python instead: {exc}"
            if _flag("CLAIMKIT_REQUIRE_COMPILED"):
                raise RuntimeError(message) from exc
            self.app.display_warning(message)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)
        self.app.display_info(f"{package.name}: compiled {len(modules)} modules with mypyc")

    def _compile(self, package: Path, modules: list[str]) -> dict[str, str]:
        """Compile ``modules`` of ``package`` in a scratch copy; returns {built file: path inside the wheel}."""
        self._scratch = tempfile.mkdtemp(prefix="claimkit-mypyc-")
        work = Path(self._scratch)
        shutil.copytree(package, work / package.name, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        args = ["--ignore-missing-imports", *(f"{package.name}/{m}" for m in modules)]
        (work / "setup.py").write_text(_SETUP.format(name=package.name, args=args), encoding="utf-8")
        out = work / "out"
        process = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--build-lib", str(out), "--build-temp", str(work / "tmp")],
            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False,
        )
        if process.returncode:
            tail = "\n".join(process.stdout.splitlines()[-20:])
            raise RuntimeError(f"exit status {process.returncode}:\n{tail}")
        built = {str(p): p.relative_to(out).as_posix() for p in out.rglob("*") if p.suffix in {".so", ".pyd"}}
        if not built:
            raise RuntimeError("mypyc produced no extension modules")
        return built

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the scratch directory once the wheel is written."""
        scratch = getattr(self, "_scratch", None)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
