"""The ``claimkit`` command line: extract, analyze, plugins, formats, and commands from plugins."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from . import __version__
from .parallel import WorkerCrash, per_document, resolve_jobs
from .pipeline import analyze, extract
from .plugins import PluginFailure, PluginManager, get_plugin_manager
from .readers import InputError, InputProblem, read_inputs
from .types import Document, Extraction, PluginError, mention_kinds

__all__ = ["build_parser", "main"]


class _Run:
    """Counts what was read, reports problems on stderr as they come."""

    def __init__(self, strict: bool, err: TextIO) -> None:
        self.strict = strict
        self.err = err
        self.documents = 0
        self.problems = 0

    def warn(self, message: str) -> None:
        self.err.write(f"claimkit: {message}\n")
        self.err.flush()

    def documents_from(self, inputs: Sequence[str]) -> Iterator[Document]:
        for item in read_inputs(inputs):
            if isinstance(item, InputProblem):
                self.problems += 1
                self.warn(f"{item} (skipped)" if item.skipped else str(item))
                if self.strict:
                    raise SystemExit(1)
                if item.document is None:
                    continue
                item = item.document
            self.documents += 1
            if not item.text.strip() and not (item.title or "").strip():
                # kept (one result per document), but an empty article is usually a mistake upstream
                self.warn(f"document {item.id!r} is empty: no text and no title")
            yield item

    def report(self, errors: Sequence[PluginError]) -> None:
        for e in errors:
            where = f" on document {e.doc!r}" if e.doc else ""
            self.warn(f"plugin {e.plugin!r} failed during {e.stage}{where}: {e.message}")

    def status(self) -> int:
        if self.problems and not self.documents:
            self.warn("nothing could be processed")
            return 1
        return 0


def _out(args: argparse.Namespace) -> TextIO:
    if args.output and args.output != "-":
        return open(args.output, "w", encoding="utf-8", newline="")
    return sys.stdout


def _format(pm: PluginManager, args: argparse.Namespace, default: str, command: str) -> Any:
    formats = pm.formats()
    name = args.format or ("text" if sys.stdout.isatty() and not args.output else default)
    if name not in formats:
        sys.stderr.write(f"claimkit: unknown format {name!r}; choose from {', '.join(sorted(formats))}\n")
        raise SystemExit(2)  # a wrong command line, like argparse's own errors
    fmt = formats[name]
    commands = getattr(fmt, "commands", ("extract", "analyze"))
    if command not in commands:
        # refused before reading anything: an analysis of many files should not run to end in an unusable output
        sys.stderr.write(f"claimkit: the {name!r} format is written by `claimkit {' / '.join(commands)}`, "
                         f"not `claimkit {command}`\n")
        raise SystemExit(2)
    return fmt


def _plugins(args: argparse.Namespace) -> PluginManager:
    strict = bool(args.strict) or None
    pm = PluginManager(strict=strict) if strict else get_plugin_manager()
    return pm


def _kinds(option: str | None, run: _Run) -> set[str] | None:
    """The ``--kinds`` filter; a kind no registered mention type has is named on stderr (a plugin's own kinds pass)."""
    if not option:
        return None
    kinds = {k.strip() for k in option.split(",") if k.strip()}
    known = sorted(mention_kinds())
    for kind in sorted(kinds.difference(known)):
        close = difflib.get_close_matches(kind.rstrip("s"), known, n=1) or (["time"] if kind.startswith("date") else [])
        hint = f"; did you mean {close[0]!r}?" if close else "."
        run.warn(f"--kinds: {kind!r} is not a mention kind claimkit knows ({', '.join(known)}){hint} "
                 "Only a plugin that makes its own kind of mention could match it.")
    return kinds


def cmd_extract(args: argparse.Namespace) -> int:
    """``claimkit extract``: mentions per document, streamed."""
    pm = _plugins(args)
    run = _Run(pm.strict, sys.stderr)
    run.report(pm.load_errors)
    fmt = _format(pm, args, "jsonl", "extract")
    kinds = _kinds(args.kinds, run)

    def extractions() -> Iterator[tuple[Document, Extraction]]:
        documents = run.documents_from(args.inputs)
        if args.jobs == 1:
            for doc in documents:
                yield doc, extract(doc, plugins=pm)
        else:
            for doc, (extraction, _, _) in per_document(documents, pm, args.jobs, claims=False):
                yield doc, extraction

    def results() -> Iterator[tuple[Document, Extraction]]:
        for doc, extraction in extractions():
            if kinds is not None:
                extraction = Extraction(doc=extraction.doc, errors=extraction.errors,
                                        mentions=[m for m in extraction.mentions if m.kind in kinds])
            run.report(extraction.errors)
            yield doc, extraction

    out = _out(args)
    try:
        fmt.write_extractions(results(), out)
    finally:
        if out is not sys.stdout:
            out.close()
    return run.status()


def cmd_analyze(args: argparse.Namespace) -> int:
    """``claimkit analyze``: claims, conflicts and timeline across every input."""
    pm = _plugins(args)
    run = _Run(pm.strict, sys.stderr)
    fmt = _format(pm, args, "json", "analyze")
    analysis = analyze(run.documents_from(args.inputs), plugins=pm, keep_mentions=args.mentions, jobs=args.jobs)
    run.report(analysis.errors)
    out = _out(args)
    try:
        fmt.write_analysis(analysis, out)
    finally:
        if out is not sys.stdout:
            out.close()
    return run.status()


def cmd_plugins(args: argparse.Namespace) -> int:
    """``claimkit plugins``: name, version and hooks of every loaded plugin."""
    import json

    pm = get_plugin_manager()
    rows = pm.describe(include_builtins=args.all)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            compiled = " (compiled)" if row["compiled"] else ""
            print(f"{row['name']} {row['version'] or ''}".rstrip() + compiled)
            for hook in row["hooks"]:
                print(f"    {hook}")
    for e in pm.load_errors:
        sys.stderr.write(f"claimkit: plugin {e.plugin!r} failed to load: {e.message}\n")
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    """``claimkit formats``: the output formats available."""
    for name, fmt in sorted(get_plugin_manager().formats().items()):
        print(f"{name:8} {fmt.description}")
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSON Lines files, folders of .txt/.md articles, or - for JSON Lines on stdin")
    parser.add_argument("-f", "--format", help="output format (see `claimkit formats`); default: text on a "
                                               "terminal, else the machine-readable format")
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first plugin failure or bad input (also CLAIMKIT_STRICT=1)")
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="spread the documents over N worker processes (0: one per CPU); the output is the "
                             "same, in the same order; default: 1")


def _jobs(value: str) -> int:
    """``--jobs``: a whole number, 0 for one worker per CPU."""
    try:
        return resolve_jobs(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 0 or more, got {value!r}") from None


def build_parser(pm: PluginManager | None = None) -> argparse.ArgumentParser:
    """The argument parser, including subcommands registered by plugins."""
    parser = argparse.ArgumentParser(
        prog="claimkit", description="Who said what, when, with what certainty — and where sources disagree.")
    parser.add_argument("--version", action="version", version=f"claimkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="find quotes, counts and dates in each document")
    _common(p)
    p.add_argument("--kinds", help="only these mention kinds, comma-separated (time,quote,count)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("analyze", help="claims, timeline and conflicts across all documents")
    _common(p)
    p.add_argument("--mentions", action="store_true", help="also output every document's mentions")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("plugins", help="list installed plugins with their versions and hooks")
    p.add_argument("--all", action="store_true", help="include claimkit's built-in plugins")
    p.add_argument("--json", action="store_true", help="output JSON")
    p.set_defaults(func=cmd_plugins)

    p = sub.add_parser("formats", help="list output formats")
    p.set_defaults(func=cmd_formats)

    errors: list[PluginError] = []
    for _ in (pm or get_plugin_manager()).call_each("claimkit_register_commands", errors, subparsers=sub):
        pass
    for e in errors:
        sys.stderr.write(f"claimkit: plugin {e.plugin!r} could not add its commands: {e.message}\n")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        sys.stderr.write(f"claimkit: {exc}\n")
        return 2
    except (PluginFailure, WorkerCrash) as exc:
        sys.stderr.write(f"claimkit: {exc}\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`claimkit extract ... | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        sys.stderr.write(f"claimkit: {exc.filename or ''}: {exc.strerror}\n")
        return 2
