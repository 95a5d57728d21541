"""Reading documents: JSON Lines files, folders of .txt/.md articles with front matter, standard input.

Readers yield :class:`Document` values or :class:`InputProblem` records, never raise on a bad line or file, so one
broken document is reported with its file and line and the rest is read.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from attrs import frozen

from .types import Document, parse_date

__all__ = ["InputError", "InputProblem", "parse_front_matter", "read_article", "read_inputs", "read_jsonl"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER_KEYS = ("id", "title", "published", "publisher", "author", "url", "language")
_NULLS = {"", "null", "~", "none"}
#: A surrogate code point left alone in a string: JSON can spell one ("\\ud800") though no text holds it, and it
#: cannot be written back out as UTF-8. (A valid pair of escapes is joined into one character by the parser.)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@frozen
class InputProblem:
    """A document that could not be read, or was read without one of its values: where, and why.

    Attributes:
        path: the file (``<stdin>`` for standard input).
        line: the line the problem is on, or None when it concerns the whole file.
        message: what is wrong.
        document: the document read all the same, without the bad value (a publication date no one can read), or
            None when the document is skipped.
    """

    path: str
    line: int | None
    message: str
    document: Document | None = None

    @property
    def skipped(self) -> bool:
        """Whether the document is lost (not read at all)."""
        return self.document is None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InputError(Exception):
    """An input that cannot be read at all (missing file, unknown kind of input)."""


def _decode_lines(stream: io.BufferedReader | io.BytesIO) -> Iterator[tuple[int, str | None, str | None]]:
    for number, raw in enumerate(stream, 1):
        try:
            # Editors on Windows start UTF-8 files with a byte order mark; it is not part of the first document.
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8"), None
        except UnicodeDecodeError as exc:
            yield number, None, f"not UTF-8 ({exc.reason} at byte {exc.start})"


def read_jsonl(
    lines: Iterable[tuple[int, str | None, str | None]], name: str, seen: set[str] | None = None
) -> Iterator[Document | InputProblem]:
    """Documents from numbered JSON Lines; blank lines are skipped, bad ones reported.

    An input without a single line that is not blank is reported too (line None), so that an empty file does not
    pass unnoticed. ``seen`` holds the document ids already read (from other inputs too); it is updated.
    """
    seen = set() if seen is None else seen
    anything = False
    for number, line, problem in lines:
        if problem is not None or line is None:
            anything = True
            yield InputProblem(name, number, problem or "unreadable line")
            continue
        if not line.strip():
            continue
        anything = True
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            # Some of json's messages end in "at", meant to be followed by its own position text.
            message = exc.msg.removesuffix(" at")
            yield InputProblem(name, number, f"not valid JSON: {message} (column {exc.colno})")
            continue
        except RecursionError:
            yield InputProblem(name, number, "not valid JSON: nested too deeply")
            continue
        bad_date = _unreadable_date(data.get("published")) if isinstance(data, dict) else None
        if bad_date is not None:
            data = {**data, "published": None}
        try:
            doc = Document.from_data(data)
        except (ValueError, TypeError) as exc:
            yield InputProblem(name, number, str(exc))
            continue
        broken = _lone_surrogate(doc)
        if broken:
            yield InputProblem(name, number, broken)
            continue
        if doc.id in seen:
            yield InputProblem(name, number, f"duplicate document id {doc.id!r}")
            continue
        seen.add(doc.id)
        yield doc if bad_date is None else InputProblem(name, number, bad_date, doc)
    if not anything:
        yield InputProblem(name, None, "no documents (empty input)")


def _unreadable_date(value: object) -> str | None:
    """Why a document's publication date cannot be read, or None when it can (or there is none).

    A document whose date no one can read still holds its quotes and counts: the readers read it without the date
    (its relative dates stay unanchored) and report the date, rather than lose the whole document.
    """
    if value is None:
        return None
    try:
        parse_date(value)  # type: ignore[arg-type]  # (a wrong type is reported as such)
    except ValueError as exc:
        return f"{exc}; read without a publication date"
    return None


def _lone_surrogate(doc: Document) -> str | None:
    """Why a document cannot be written out again, if one of its strings holds an unpaired surrogate escape."""
    for field in ("id", "text", "title", "publisher", "author", "url"):
        value = getattr(doc, field)
        match = _LONE_SURROGATE.search(value) if value else None
        if match:
            return (f"{field} holds an unpaired surrogate escape \\u{ord(match[0]):04x} at character {match.start()} "
                    "(not valid Unicode)")
    return None


def parse_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Split ``---``-delimited ``key: value`` front matter from an article.

    Returns:
        (metadata, body, number of lines the front matter took).
    """
    if not text.startswith("---"):
        return {}, text, 0
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text, 0
    meta: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() in {"---", "..."}:
            return meta, "\n".join(lines[index + 1 :]).lstrip("\n"), index + 1
        key, sep, value = line.partition(":")
        if sep and key.strip():
            value = value.strip().strip('"').strip("'")
            if value.lower() not in _NULLS:
                meta[key.strip().lower()] = value
    return {}, text, 0  # no closing marker: not front matter after all


def read_article(path: Path, root: Path | None = None) -> Document | InputProblem:
    """One ``.txt``/``.md`` article; its id is its path relative to ``root`` without the suffix."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return InputProblem(str(path), None, f"cannot read: {exc.strerror}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return InputProblem(str(path), line, f"not UTF-8 ({exc.reason} at byte {exc.start})")
    text = text.replace("\r\n", "\n")
    meta, body, _ = parse_front_matter(text)
    doc_id = meta.get("id") or str(path.relative_to(root).with_suffix("") if root else path.stem)
    published = meta.get("published") or meta.get("date")
    bad_date = _unreadable_date(published)
    try:
        doc = Document(
            id=doc_id,
            text=body,
            title=meta.get("title"),
            published=None if bad_date else published,
            publisher=meta.get("publisher"),
            author=meta.get("author"),
            url=meta.get("url"),
            language=meta.get("language") or "en",
        )
    except ValueError as exc:
        return InputProblem(str(path), None, f"front matter: {exc}")
    if bad_date is not None:
        return InputProblem(str(path), _front_matter_line(text, "published") or 1, f"front matter: {bad_date}", doc)
    return doc


def _front_matter_line(text: str, key: str) -> int | None:
    """The line number of ``key:`` in an article's front matter, to point at a bad value."""
    for number, line in enumerate(text.split("\n")[1:], 2):
        if line.strip() in {"---", "..."}:
            return None
        if line.partition(":")[0].strip().lower() in {key, "date"}:
            return number
    return None


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | InputProblem]:
    """Documents from every input in turn: ``-`` (JSON Lines on stdin), a ``.jsonl`` file, an article, a folder.

    Raises:
        InputError: before reading anything, when an input does not exist or is of an unknown kind.
    """
    paths = list(inputs)
    for item in paths:
        if item != "-" and not Path(item).exists():
            raise InputError(f"{item}: no such file or directory")
        if item != "-" and Path(item).is_file() and not _is_jsonl(Path(item)) and not _is_article(Path(item)):
            raise InputError(f"{item}: not a .jsonl file or a .txt/.md article")
    # One id, one document across every input: claims are numbered by document id.
    seen: set[str] = set()
    for item in paths:
        if item == "-":
            yield from read_jsonl(_decode_lines(sys.stdin.buffer), "<stdin>", seen)  # type: ignore[arg-type]
            continue
        path = Path(item)
        if path.is_dir():
            unreadable: list[OSError] = []
            children = sorted(_files_below(path, unreadable.append))
            for exc in unreadable:
                yield InputProblem(str(exc.filename or path), None, f"cannot read folder: {exc.strerror}")
            for child in children:
                if _is_article(child):
                    yield _unique(read_article(child, path), child, seen)
                elif _is_jsonl(child):
                    yield from _read_jsonl_file(child, seen)
        elif _is_jsonl(path):
            yield from _read_jsonl_file(path, seen)
        else:
            yield _unique(read_article(path), path, seen)


def _unique(item: Document | InputProblem, path: Path, seen: set[str]) -> Document | InputProblem:
    """An article, or a problem when its id was read before."""
    if isinstance(item, InputProblem):
        if item.document is None:
            return item
        if item.document.id in seen:
            return InputProblem(item.path, None, f"duplicate document id {item.document.id!r}")
        seen.add(item.document.id)
        return item
    if item.id in seen:
        return InputProblem(str(path), None, f"duplicate document id {item.id!r}")
    seen.add(item.id)
    return item


def _files_below(root: Path, onerror: Callable[[OSError], None]) -> Iterator[Path]:
    """Every file below ``root``; folders that cannot be listed go to ``onerror`` (``Path.rglob`` hides them)."""
    for folder, _, files in os.walk(root, onerror=onerror):
        for name in files:
            child = Path(folder) / name
            if child.is_file():
                yield child


def _read_jsonl_file(path: Path, seen: set[str] | None = None) -> Iterator[Document | InputProblem]:
    try:
        with open(path, "rb") as fh:
            yield from read_jsonl(_decode_lines(fh), str(path), seen)  # type: ignore[arg-type]
    except OSError as exc:
        yield InputProblem(str(path), None, f"cannot read: {exc.strerror}")


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in {".jsonl", ".ndjson"}


def _is_article(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.name.lower() not in {"readme.md", "readme.txt"}
