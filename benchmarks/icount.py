#!/usr/bin/env python3
"""Instructions (callgrind) of the extraction loop alone, for one plugin over the first N documents of a corpus.

usage: python benchmarks/icount.py CORPUS.jsonl PLUGIN [N] [--double MODULE:FUNCTION ...]

Wall-clock figures swing with whatever else runs on the machine; instruction counts do not. The documents are read
and the plugin is loaded and warmed up (one document) before the count starts, and only the calls made inside the
loop over the documents are counted (callgrind's collection is switched on for the duration of one
``functools.reduce`` call, which nothing else in the run makes), so one run gives the figure, with no second run
over the set-up to subtract.

``--double MODULE:FUNCTION`` replaces a function of the plugin by one that calls it twice: the difference from the
plain figure is what the function costs, its callees included (a way to share out the cost of a pure function
without a profiler, whose own overhead would swamp the calls). Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any


def _twice(function: Callable[..., Any]) -> Callable[..., Any]:
    def twice(*args: Any, **kwargs: Any) -> Any:
        function(*args, **kwargs)
        return function(*args, **kwargs)

    return twice


def _double(target: str) -> None:
    """Make every module of the plugins that holds ``MODULE:FUNCTION`` call it twice."""
    module_name, _, name = target.partition(":")
    original = getattr(importlib.import_module(module_name), name)
    doubled = _twice(original)
    package = module_name.split(".")[0]
    for loaded_name, module in list(sys.modules.items()):
        if loaded_name.split(".")[0] == package and getattr(module, name, None) is original:
            setattr(module, name, doubled)


def _child(corpus: str, plugin: str, count: int, doubles: list[str]) -> None:
    os.environ["CLAIMKIT_LOAD_PLUGINS"] = plugin
    from claimkit import Document, PluginManager, extract

    docs = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(Document.from_data(json.loads(line)))
            if len(docs) > count:
                break
    pm = PluginManager(builtins=False)
    extract(docs[0], plugins=pm)  # warm-up: lazy tables, regex caches
    for target in doubles:
        _double(target)
    functools.reduce(lambda _, doc: extract(doc, plugins=pm), docs[1:], None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("plugin")
    parser.add_argument("n", nargs="?", type=int, default=150, help="documents counted (after the first)")
    parser.add_argument("--double", action="append", default=[], metavar="MODULE:FUNCTION")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.corpus, args.plugin, args.n, args.double)
        return 0
    command = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
               "--callgrind-out-file=/dev/null", sys.executable, __file__, args.corpus, args.plugin, str(args.n),
               "--child", *(f"--double={target}" for target in args.double)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"refs:\s*([\d,]+)", run.stderr)
    if run.returncode != 0 or found is None:
        sys.stderr.write(run.stderr)
        return 1
    print(f"{args.plugin} N={args.n} {int(found[1].replace(',', '')) / 1e6:.1f}M instructions"
          + "".join(f" (doubled {target})" for target in args.double))
    return 0


if __name__ == "__main__":
    sys.exit(main())
