"""Inputs -> Documents. Every input that cannot be read becomes a :class:`Problem` instead.

``read_inputs(paths)`` walks files and folders (recursively, sorted) and yields, lazily, one
``Document`` per article or one ``Problem`` per thing it could not read:

* ``.txt`` / ``.md``: an optional front-matter block (``---`` / ``key: value`` / ``---``) with
  ``title``, ``outlet``, ``published``, ``url``; otherwise a short first line without final
  punctuation is the title.
* ``.html`` / ``.htm``: main text and metadata via trafilatura.
* ``.jsonl``: one article per line: ``text`` plus optional ``id``, ``title``, ``url``, ``outlet``,
  ``published``. A malformed line is a Problem; the other lines are read.

A file's document id is its name without extension; a JSONL line's is its ``id`` field or
``<file stem>-<line number>``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from crosscheck.records import Document, Problem
from crosscheck.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
#: Files skipped when walking a folder (read them by naming them).
FOLDER_SKIP = re.compile(r"^(readme|license|licence|changelog|notice)(\..*)?$", re.I)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_META_KEYS = ("title", "outlet", "published", "url", "id", "date", "source", "site")


def read_inputs(paths: Iterable[str | os.PathLike], settings: Settings = DEFAULT) -> Iterator[Document | Problem]:
    """Yield Documents and Problems for every path (files, folders, in order)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, settings)
        elif path.is_file():
            yield from read_file(path, settings)
        elif not path.exists():
            yield Problem(str(path), "not found")
        else:
            yield Problem(str(path), "not a regular file")


def _walk(root: Path, settings: Settings) -> Iterator[Document | Problem]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or FOLDER_SKIP.match(name):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError as e:
                yield Problem(str(path), "cannot stat", str(e))
                continue
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            if path.suffix.lower() not in SUPPORTED:
                yield Problem(str(path), "unsupported file type",
                              f"expected one of {', '.join(sorted(SUPPORTED))}")
                continue
            yield from read_file(path, settings)


def _read_bytes(path: Path, settings: Settings) -> bytes | Problem:
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            return Problem(str(path), "file too large", f"{size} bytes > {settings.max_file_bytes}")
        return path.read_bytes()
    except OSError as e:
        return Problem(str(path), "cannot read", e.strerror or str(e))


def decode(data: bytes, where: str) -> str | Problem:
    """Bytes -> text, or a Problem naming why not (binary, not UTF-8, empty)."""
    if not data.strip():
        return Problem(where, "empty")
    head = data[:8192]
    if b"\x00" in head:
        return Problem(where, "binary data", "contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Problem(where, "not valid UTF-8",
                       f"byte 0x{data[e.start]:02x} at offset {e.start}; convert the file to UTF-8")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        return Problem(where, "binary data", f"{controls} control characters")
    return text


def read_file(path: Path, settings: Settings = DEFAULT) -> Iterator[Document | Problem]:
    suffix = path.suffix.lower()
    data = _read_bytes(path, settings)
    if isinstance(data, Problem):
        yield data
        return
    text = decode(data, str(path))
    if isinstance(text, Problem):
        yield text
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text, settings)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(path, text, settings)
    else:
        yield _read_text(path, text, settings)


def _too_large(where: str, text: str, settings: Settings) -> Problem | None:
    if len(text) > settings.max_doc_chars:
        return Problem(where, "document too large", f"{len(text)} characters > {settings.max_doc_chars}")
    return None


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``---``-delimited ``key: value`` lines at the top -> (metadata, rest of the text)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            k = k.strip().lower()
            v = v.strip().strip('"').strip("'")
            if k and v:
                meta[k] = v
    return meta, text[m.end():]


def _looks_like_title(line: str) -> bool:
    line = line.strip().lstrip("#").strip()
    words = line.split()
    return 2 <= len(words) <= 30 and len(line) <= 200 and not re.search(r"[.!?:;,]['\"”’]?$", line)


def _read_text(path: Path, text: str, settings: Settings) -> Document | Problem:
    meta, body = parse_front_matter(text)
    title = meta.get("title")
    if title is None:
        lines = body.lstrip().split("\n", 1)
        if len(lines) == 2 and lines[1].strip() and _looks_like_title(lines[0]):
            title = lines[0].strip().lstrip("#").strip()
            body = lines[1]
    if not body.strip():
        return Problem(str(path), "empty", "no text after the title")
    too_large = _too_large(str(path), body, settings)
    if too_large:
        return too_large
    return Document(
        id=meta.get("id") or path.stem,
        text=body,
        raw=body,
        title=title,
        url=meta.get("url"),
        outlet=meta.get("outlet") or meta.get("site") or meta.get("source"),
        published=normalise_date(meta.get("published") or meta.get("date")),
        path=str(path),
    )


def _read_jsonl(path: Path, text: str, settings: Settings) -> Iterator[Document | Problem]:
    for n, line in enumerate(text.splitlines(), start=1):
        where = f"{path}:{n}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Problem(where, "malformed JSONL line", e.msg)
            continue
        if not isinstance(obj, dict):
            yield Problem(where, "malformed JSONL line", "not a JSON object")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Problem(where, "malformed JSONL line", "no non-empty 'text' string")
            continue
        too_large = _too_large(where, body, settings)
        if too_large:
            yield too_large
            continue
        meta = {k: obj.get(k) for k in _META_KEYS}
        for k, v in list(meta.items()):
            meta[k] = str(v).strip() if v not in (None, "") else None
        yield Document(
            id=meta["id"] or f"{path.stem}-{n}",
            text=body,
            raw=body,
            title=meta["title"],
            url=meta["url"],
            outlet=meta["outlet"] or meta["site"] or meta["source"],
            published=normalise_date(meta["published"] or meta["date"]),
            path=where,
        )


def _read_html(path: Path, html: str, settings: Settings) -> Document | Problem:
    from crosscheck.ingest.html import html_to_article

    art = html_to_article(html, str(path))
    if isinstance(art, Problem):
        return art
    too_large = _too_large(str(path), art["text"], settings)
    if too_large:
        return too_large
    return Document(
        id=path.stem,
        text=art["text"],
        raw=art["text"],
        title=art.get("title"),
        url=art.get("url"),
        outlet=art.get("outlet"),
        published=normalise_date(art.get("published")),
        path=str(path),
    )


def normalise_date(value: str | None) -> str | None:
    """Any date string -> ``YYYY-MM-DD`` (None when it cannot be read)."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    import dateparser

    d = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return d.date().isoformat() if d else None
