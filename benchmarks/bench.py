#!/usr/bin/env python3
"""Throughput (MB/s of article text) and peak memory of ``claimkit.extract``, per plugin and for all together.

usage: python benchmarks/bench.py CORPUS.jsonl [--plugin NAME ...] [--repeat N] [--json]
       python benchmarks/bench.py CORPUS.jsonl --analyze [--copies K]

``--analyze`` times the whole of ``claimkit.analyze`` (every plugin, claims, grouping, conflicts, timeline) on the
corpus repeated K times (document ids made unique), to see how analysis scales to tens of megabytes.

Each configuration runs in a fresh subprocess so that its peak resident memory is its own. The corpus is read and
parsed before the clock starts; the clock covers extraction only (the same work ``claimkit extract`` does per
document, without output). MB are UTF-8 megabytes (10^6 bytes) of ``text`` and ``title``. Wall-clock MB/s is the
figure; MB/s of the process's CPU time is printed beside it because it stays meaningful on a machine busy with
other work. The first pass over the corpus is reported too: the plugins keep small bounded memo tables of short
phrases (a weekday name's reading, a source description) across documents, which the repeated passes find full,
so the first pass is the figure for text the process has not seen before. Each line ends with the build that ran:
"compiled" (a regular install, compiled with mypyc) or "pure Python" (an editable install, or
``CLAIMKIT_PURE_PYTHON=1`` at install time); a plugin that fails to load stops the benchmark. "load" is the time
to import the plugins and extract one document before the clock starts (patterns compiled, tables built): what
every process pays once, and where a table moved from the pass to import time shows up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from importlib import metadata


def _child(corpus: str, plugins: list[str], repeat: int) -> dict[str, object]:
    from claimkit import Document, PluginManager, extract
    from claimkit.plugins import is_compiled

    docs = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(Document.from_data(json.loads(line)))
    size = sum(len(d.text.encode("utf-8")) + len((d.title or "").encode("utf-8")) for d in docs)
    os.environ["CLAIMKIT_LOAD_PLUGINS"] = ",".join(plugins)
    loading = time.perf_counter()
    pm = PluginManager(builtins=False)  # imports the plugins: their tables and patterns are built here
    missing = sorted(set(plugins) - set(pm.plugin_names()))
    if pm.load_errors or missing:
        # a plugin that did not load would be timed as doing nothing, very fast
        why = "; ".join(f"{e.plugin}: {e.message}" for e in pm.load_errors) or f"not installed: {', '.join(missing)}"
        raise SystemExit(f"bench: plugin failed to load ({why})")
    extract(docs[0], plugins=pm)  # warm-up: lazy tables, regex caches
    load_seconds = time.perf_counter() - loading
    best = float("inf")
    best_cpu = float("inf")
    first_cpu = 0.0
    mentions = 0
    errors = 0
    for run in range(repeat):
        started = time.perf_counter()
        started_cpu = time.process_time()
        mentions = errors = 0
        for doc in docs:
            result = extract(doc, plugins=pm)
            mentions += len(result.mentions)
            errors += len(result.errors)
        best = min(best, time.perf_counter() - started)
        cpu = time.process_time() - started_cpu
        best_cpu = min(best_cpu, cpu)
        if run == 0:
            first_cpu = cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "plugins": plugins,
        "documents": len(docs),
        "mb": round(size / 1e6, 3),
        "seconds": round(best, 3),
        "mb_per_s": round(size / 1e6 / best, 2),
        "cpu_seconds": round(best_cpu, 3),
        "cpu_mb_per_s": round(size / 1e6 / best_cpu, 2),
        "first_cpu_mb_per_s": round(size / 1e6 / first_cpu, 2),
        "load_seconds": round(load_seconds, 3),
        "mentions": mentions,
        "errors": errors,
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "compiled": [name for name, plugin in pm.pm.list_name_plugin() if is_compiled(plugin)],
    }


def _analyze_child(corpus: str, copies: int) -> dict[str, object]:
    from claimkit import Document, PluginManager, analyze

    rows = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    docs = [Document.from_data({**row, "id": f"{row['id']}#{k}"}) for k in range(copies) for row in rows]
    size = sum(len(d.text.encode("utf-8")) + len((d.title or "").encode("utf-8")) for d in docs)
    pm = PluginManager()
    started = time.perf_counter()
    result = analyze(iter(docs), plugins=pm)
    seconds = time.perf_counter() - started
    return {
        "plugins": ["analyze"],
        "documents": len(docs),
        "mb": round(size / 1e6, 3),
        "seconds": round(seconds, 3),
        "mb_per_s": round(size / 1e6 / seconds, 2),
        "mentions": len(result.claims),
        "conflicts": len(result.conflicts),
        "errors": len(result.errors),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _build(config: list[str], compiled: object) -> str:
    """'compiled', 'pure Python', or which of the plugins are compiled."""
    done = [name for name in config if isinstance(compiled, list) and name in compiled]
    if not done:
        return "pure Python"
    return "compiled" if len(done) == len(config) else f"compiled: {', '.join(done)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="JSON Lines documents ({\"id\", \"text\", ...} per line)")
    parser.add_argument("--plugin", action="append", help="benchmark only this plugin (repeatable); default: each "
                                                         "installed plugin alone, then all together")
    parser.add_argument("--repeat", type=int, default=3, help="runs per configuration; the best is reported")
    parser.add_argument("--json", action="store_true", help="one JSON object per configuration")
    parser.add_argument("--analyze", action="store_true", help="time claimkit.analyze end to end instead")
    parser.add_argument("--copies", type=int, default=1, help="with --analyze: repeat the corpus K times")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.analyze:
        row = _analyze_child(args.corpus, args.copies)
        if args.json:
            print(json.dumps(row))
        else:
            print(f"analyze {row['mb_per_s']:8.2f} MB/s  {row['seconds']:7.3f} s for {row['mb']} MB "
                  f"({row['documents']} documents)  peak {row['peak_rss_mb']} MB  {row['mentions']} claims  "
                  f"{row['conflicts']} conflicts  {row['errors']} errors")
        return 0
    if args.child is not None:
        print(json.dumps(_child(args.corpus, args.child.split(","), args.repeat)))
        return 0
    installed = sorted({ep.name for ep in metadata.entry_points(group="claimkit")})
    configs = [[p] for p in (args.plugin or installed)]
    if not args.plugin and len(installed) > 1:
        configs.append(installed)
    for config in configs:
        proc = subprocess.run([sys.executable, __file__, args.corpus, "--child", ",".join(config),
                               "--repeat", str(args.repeat)], capture_output=True, text=True)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            return 1
        row = json.loads(proc.stdout)
        if args.json:
            print(json.dumps(row))
        else:
            print(f"{'+'.join(config):24} {row['mb_per_s']:8.2f} MB/s  {row['seconds']:7.3f} s for {row['mb']} MB  "
                  f"({row['cpu_mb_per_s']:.2f} MB/s of CPU time, first pass {row['first_cpu_mb_per_s']:.2f})  "
                  f"load {row['load_seconds']:.2f} s  "
                  f"peak {row['peak_rss_mb']} MB  "
                  f"{row['mentions']} mentions  {row['errors']} errors  "
                  f"{_build(config, row['compiled'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
