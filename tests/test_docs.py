"""The docs are part of the product: every hook and command documented, the plugin example runs."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimkit import hookspecs
from claimkit.cli import build_parser

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _hooks() -> list[str]:
    return [name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("claimkit_")]


@pytest.mark.parametrize("hook", _hooks())
def test_every_hook_is_documented(hook):
    text = (DOCS / "hooks.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {hook}$", text, re.MULTILINE), f"docs/hooks.md has no section for {hook}"
    assert getattr(hookspecs, hook).__doc__, f"{hook} has no docstring"


def test_every_command_is_documented():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for command in commands:
        assert f"## `claimkit {command}`" in text, f"docs/cli.md has no section for {command}"


def _code_block(page: str, language: str) -> str:
    text = (DOCS / page).read_text(encoding="utf-8")
    match = re.search(rf"```{language}\n(.*?)```", text, re.DOTALL)
    assert match, f"no {language} block in {page}"
    return match.group(1)


def test_the_plugin_from_the_docs_is_discovered_and_runs(tmp_path, install_plugin):
    source = _code_block("writing-a-plugin.md", "python")
    toml = _code_block("writing-a-plugin.md", "toml")
    name, module = re.search(r'\[project.entry-points.claimkit\]\n(\w+) = "(\w+)"', toml).groups()
    env = install_plugin(tmp_path / "site", name, module, source, version="0.1.0")
    listed = subprocess.run([sys.executable, "-m", "claimkit", "plugins", "--json"], capture_output=True, text=True,
                            env=env, check=True)
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert rows[name]["version"] == "0.1.0" and rows[name]["hooks"] == ["claimkit_extract"]
    doc = {"id": "t1", "text": "Crowds gathered #GreenValley and #green_valley"}
    env["CLAIMKIT_LOAD_PLUGINS"] = name
    out = subprocess.run([sys.executable, "-m", "claimkit", "extract", "-", "--format", "jsonl"],
                         input=json.dumps(doc), capture_output=True, text=True, env=env, check=True)
    mentions = json.loads(out.stdout)["mentions"]
    assert [(m["kind"], m["text"], m["tag"]) for m in mentions] == [
        ("hashtag", "#GreenValley", "greenvalley"),
        ("hashtag", "#green_valley", "green_valley"),
    ]


def _quickstart() -> list[str]:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(?:sh|bash)?\n(.*?)\n```", section, re.DOTALL)


def test_the_readme_quickstart_has_exactly_two_commands():
    commands = _quickstart()
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "claimkit analyze examples/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert _quickstart()[1] in ci.splitlines()


def test_the_readme_python_example_runs_and_finds_the_conflict(capsys):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.DOTALL).group(1)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "Elsa Varga asserted 2026-06-09" in printed
    assert "numeric " in printed
