"""Inputs -> Documents. Every input that cannot be read becomes a :class:`Problem` instead.

``read_inputs(inputs)`` takes any mix of files, folders (recursively, sorted), ``http(s)://`` URLs
(pages or RSS/Atom feeds) and ``-`` (standard input), and yields, lazily, one ``Document`` per
article or one ``Problem`` per thing it could not read:

* ``.txt`` / ``.md``: an optional front-matter block (``---`` / ``key: value`` / ``---``) with
  ``title``, ``outlet``, ``published``, ``url``; otherwise a short first line without final
  punctuation is the title.
* ``.html`` / ``.htm``: main text and metadata via trafilatura.
* ``.jsonl``: one article per line: ``text`` plus optional ``id``, ``title``, ``url``, ``outlet``,
  ``published``. A malformed line is a Problem; the other lines are read.
* ``.csv``: a ``text`` column plus optional metadata columns (as JSONL); one article per row.
* ``.warc`` / ``.warc.gz``: every HTML response becomes a document with the capture's URL and date.
* ``.rss`` / ``.atom`` / ``.xml`` feeds and feed URLs: every item's article is fetched and read.
* ``.gz`` of any of these (``notes.jsonl.gz``), decompressed with the same size limit.

A file's document id is its name without extension; a JSONL line's or CSV row's is its ``id``
field or ``<file stem>-<line or row number>``; a URL's is a readable slug plus a hash of the URL.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from crosscheck.records import Document, Problem, short_hash
from crosscheck.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
#: Files skipped when walking a folder (read them by naming them).
FOLDER_SKIP = re.compile(r"^(readme|license|licence|changelog|notice)(\..*)?$", re.I)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_META_KEYS = ("title", "outlet", "published", "url", "id", "date", "source", "site")


def read_inputs(inputs: Iterable[str | os.PathLike], settings: Settings = DEFAULT,
                fetch_settings=None) -> Iterator[Document | Problem]:
    """Yield Documents and Problems for every input (files, folders, URLs, "-"), in order.
    Consecutive URLs are fetched together, a few at a time."""
    urls: list[str] = []
    for p in inputs:
        s = str(p)
        if s.startswith(("http://", "https://")):
            urls.append(s)
            continue
        if urls:
            yield from read_urls(urls, settings, fetch_settings)
            urls = []
        if s == "-":
            yield from read_stdin(settings)
            continue
        path = Path(p)
        try:
            if path.is_dir():
                yield from _walk(path, settings, fetch_settings)
            elif path.is_file():
                yield from read_file(path, settings, fetch_settings)
            elif path.is_symlink():
                yield Problem(str(path), "broken or looping symlink")
            elif not path.exists():
                yield Problem(str(path), "not found")
            else:
                yield Problem(str(path), "not a regular file")
        except OSError as e:
            yield Problem(str(path), "cannot read", e.strerror or str(e))
    if urls:
        yield from read_urls(urls, settings, fetch_settings)


_META_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def clean_meta(value) -> str | None:
    """Metadata as one line of plain text: control characters (terminal escapes) removed."""
    if value is None:
        return None
    s = _META_CONTROLS.sub(" ", str(value)).strip()
    return " ".join(s.split()) or None


def read_stdin(settings: Settings = DEFAULT) -> Iterator[Document | Problem]:
    """``-``: standard input, read as JSONL when every line is a JSON object, HTML when it starts
    with markup, else plain text (document id ``stdin``)."""
    import sys

    data = sys.stdin.buffer.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        yield Problem("-", "input too large", f"more than {settings.max_file_bytes} bytes on standard input")
        return
    head = data.lstrip()[:200]
    if head.startswith(b"{"):
        yield from read_bytes("stdin.jsonl", "-", data, settings)
        return
    # one article on standard input: named by its content, so a second, different one never
    # overwrites the first
    name = f"stdin-{short_hash(data.decode('utf-8', 'replace'), length=8)}"
    yield from read_bytes(name + (".html" if head.startswith(b"<") else ".txt"), "-", data, settings)


def url_doc_id(url: str) -> str:
    """A readable, stable id for a URL: last path segments as a slug plus a short hash."""
    from urllib.parse import urlsplit

    from crosscheck.records import short_hash

    parts = urlsplit(url)
    segs = [x for x in parts.path.split("/") if x]
    slug = re.sub(r"[^a-z0-9]+", "-", (segs[-1] if segs else parts.netloc).lower().rsplit(".", 1)[0]).strip("-")
    return f"{slug[:60] or 'page'}-{short_hash(url, length=8)}"


def read_urls(urls: list[str], settings: Settings = DEFAULT, fetch_settings=None) -> Iterator[Document | Problem]:
    from crosscheck.ingest.fetch import FetchSettings, fetch_many

    fs = fetch_settings or FetchSettings()
    for r in fetch_many(urls, fs):
        if isinstance(r, Problem):
            yield r
            continue
        if _looks_like_feed(r.content_type, r.body):
            yield from _read_feed_bytes(r.url, r.body, settings, fs)
            continue
        yield _document_from_page(r.url, r.final_url, r.body, settings, content_type=r.content_type)


def _looks_like_feed(content_type: str, body: bytes) -> bool:
    ct = content_type.lower()
    if "rss" in ct or "atom" in ct:
        return True
    head = body.lstrip()[:500].lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or \
        head.startswith((b"<rss", b"<feed"))


def _document_from_page(url: str, final_url: str, body: bytes, settings: Settings,
                        published: str | None = None, content_type: str | None = None) -> Document | Problem:
    text = decode(body, url, declared_charset(body, content_type))
    if isinstance(text, Problem):
        return text
    return _html_document(url_doc_id(url), url, text, settings, url=url, fetched_url=final_url, published=published)


def _html_document(doc_id: str, where: str, html: str, settings: Settings, url: str | None = None,
                   fetched_url: str | None = None, published: str | None = None) -> Document | Problem:
    """An HTML page -> a Document (text and metadata via trafilatura). ``url`` is the address it
    was read from, if any; otherwise the page's own URL is kept."""
    from crosscheck.ingest.html import html_to_article

    art = html_to_article(html, where, url=fetched_url)
    if isinstance(art, Problem):
        return art
    too_large = _too_large(where, art["text"], settings)
    if too_large:
        return too_large
    return Document(
        id=doc_id,
        text=art["text"],
        raw=art["text"],
        title=clean_meta(art.get("title")),
        url=url or clean_meta(art.get("url")),
        outlet=clean_meta(art.get("outlet")),
        published=normalise_date(art.get("published")) or published,
        path=where,
        author=clean_meta(art.get("author")),
        canonical_url=clean_meta(art.get("canonical_url")),
    )


def _read_feed_bytes(where: str, body: bytes, settings: Settings, fetch_settings) -> Iterator[Document | Problem]:
    """An RSS/Atom feed: fetch and read every item's article."""
    import feedparser

    feed = feedparser.parse(body)
    if not feed.entries:
        reason = "not a feed, or a feed with no items"
        yield Problem(where, reason, str(getattr(feed, "bozo_exception", "")) or "")
        return
    links, dates = [], {}
    for i, e in enumerate(feed.entries, start=1):
        link = e.get("link")
        if not link or not str(link).startswith(("http://", "https://")):
            yield Problem(f"{where}#item{i}", "feed item without an http(s) link")
            continue
        links.append(link)
        if e.get("published_parsed") or e.get("updated_parsed"):
            t = e.get("published_parsed") or e.get("updated_parsed")
            dates[link] = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    from crosscheck.ingest.fetch import FetchSettings, fetch_many

    for r in fetch_many(links, fetch_settings or FetchSettings()):
        if isinstance(r, Problem):
            yield r
            continue
        yield _document_from_page(r.url, r.final_url, r.body, settings, published=dates.get(r.url),
                                  content_type=r.content_type)


def _walk(root: Path, settings: Settings, fetch_settings=None) -> Iterator[Document | Problem]:
    seen: set[tuple[int, int]] = set()
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=errors.append):
        while errors:
            e = errors.pop()
            yield Problem(str(e.filename or dirpath), "cannot read folder", e.strerror or str(e))
        for d in sorted(dirnames):
            if (Path(dirpath) / d).is_symlink():
                yield Problem(str(Path(dirpath) / d), "symlinked folder not followed", "to avoid loops; name it to read it")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (Path(dirpath) / d).is_symlink())
        for name in sorted(filenames):
            if name.startswith(".") or FOLDER_SKIP.match(name):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError as e:
                if path.is_symlink():
                    yield Problem(str(path), "broken or looping symlink", os.readlink(path))
                else:
                    yield Problem(str(path), "cannot stat", e.strerror or str(e))
                continue
            if (st.st_dev, st.st_ino) in seen:
                continue
            import stat as _stat

            if not _stat.S_ISREG(st.st_mode):
                yield Problem(str(path), "not a regular file", "a pipe, device or socket is never read")
                continue
            seen.add((st.st_dev, st.st_ino))
            if _kind(path.name) is None:
                yield Problem(str(path), "unsupported file type",
                              f"expected one of {', '.join(sorted(SUPPORTED))} (or .gz of them)")
                continue
            yield from read_file(path, settings, fetch_settings)


def _read_bytes(path: Path, settings: Settings) -> bytes | Problem:
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            return Problem(str(path), "file too large", f"{size} bytes > {settings.max_file_bytes}")
        return path.read_bytes()
    except OSError as e:
        return Problem(str(path), "cannot read", e.strerror or str(e))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a web page declares: HTTP Content-Type first, else a <meta> tag."""
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", content_type, re.I)
        if m:
            return m.group(1)
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode(data: bytes, where: str, charset: str | None = None) -> str | Problem:
    """Bytes -> text, or a Problem naming why not (binary, not UTF-8, empty). UTF-8 unless the
    input declares another ``charset`` (web pages do)."""
    if not data.strip():
        return Problem(where, "empty")
    head = data[:8192]
    if b"\x00" in head:
        return Problem(where, "binary data", "contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        import codecs

        try:
            if charset and codecs.lookup(charset).name not in ("utf-8",):
                text = data.decode(charset)
            else:
                raise e
        except (LookupError, UnicodeDecodeError):
            return Problem(where, "not valid UTF-8",
                           f"byte 0x{data[e.start]:02x} at offset {e.start}; convert the file to UTF-8")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        return Problem(where, "binary data", f"{controls} control characters")
    return text


def _kind(name: str) -> str | None:
    """What a file name holds: text, html, jsonl, csv, feed, warc (``.gz`` looks inside)."""
    low = name.lower()
    if low.endswith(".warc.gz") or low.endswith(".warc"):
        return "warc"
    if low.endswith(".gz"):
        return _kind(name[:-3])
    suffix = Path(low).suffix
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES),
                           ("csv", CSV_SUFFIXES), ("feed", FEED_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return None


def read_file(path: Path, settings: Settings = DEFAULT, fetch_settings=None) -> Iterator[Document | Problem]:
    kind = _kind(path.name)
    if kind == "warc":
        from crosscheck.ingest.warc import read_warc

        yield from read_warc(path, settings)
        return
    data = _read_bytes(path, settings)
    if isinstance(data, Problem):
        yield data
        return
    yield from read_bytes(path.name, str(path), data, settings, fetch_settings)


def read_bytes(name: str, where: str, data: bytes, settings: Settings = DEFAULT,
               fetch_settings=None) -> Iterator[Document | Problem]:
    """Read one input's bytes; ``name`` (a file name) says the format."""
    if name.lower().endswith(".gz"):
        import gzip
        import zlib

        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as g:
                inner = g.read(settings.max_file_bytes + 1)
        except (OSError, EOFError, zlib.error) as e:
            yield Problem(where, "broken gzip file", str(e))
            return
        if len(inner) > settings.max_file_bytes:
            yield Problem(where, "file too large", f"more than {settings.max_file_bytes} bytes once decompressed")
            return
        yield from read_bytes(name[:-3], where, inner, settings, fetch_settings)
        return
    kind = _kind(name) or "text"
    stem = Path(name).stem
    if kind == "feed":
        yield from _read_feed_bytes(where, data, settings, fetch_settings)
        return
    text = decode(data, where, declared_charset(data) if kind == "html" else None)
    if isinstance(text, Problem):
        yield text
        return
    if kind == "jsonl":
        yield from _read_jsonl(stem, where, text, settings)
    elif kind == "csv":
        yield from _read_csv(stem, where, text, settings)
    elif kind == "html":
        yield _read_html(stem, where, text, settings)
    else:
        yield _read_text(stem, where, text, settings)


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


def _read_text(stem: str, where: str, text: str, settings: Settings) -> Document | Problem:
    meta, body = parse_front_matter(text)
    title = meta.get("title")
    if title is None:
        lines = body.lstrip().split("\n", 1)
        if len(lines) == 2 and lines[1].strip() and _looks_like_title(lines[0]):
            title = lines[0].strip().lstrip("#").strip()
            body = lines[1]
    if not body.strip():
        return Problem(where, "empty", "no text after the title")
    too_large = _too_large(where, body, settings)
    if too_large:
        return too_large
    return Document(
        id=meta.get("id") or stem,
        text=body,
        raw=body,
        title=clean_meta(title),
        url=clean_meta(meta.get("url")),
        outlet=clean_meta(meta.get("outlet") or meta.get("site") or meta.get("source")),
        published=normalise_date(meta.get("published") or meta.get("date")),
        path=where,
    )


def _record_document(stem: str, where: str, obj: dict, settings: Settings, what: str) -> Document | Problem:
    """One JSONL line or CSV row (a mapping with ``text`` and optional metadata)."""
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return Problem(where, f"malformed {what}", "no non-empty 'text'")
    too_large = _too_large(where, body, settings)
    if too_large:
        return too_large
    meta = {k: obj.get(k) for k in _META_KEYS}
    for k, v in list(meta.items()):
        meta[k] = str(v).strip() if v not in (None, "") and not isinstance(v, (dict, list)) else None
    doc_id = meta["id"] or (url_doc_id(meta["url"]) if meta["url"] else f"{stem}-{short_hash(body, length=8)}")
    return Document(
        id=doc_id,
        text=body,
        raw=body,
        title=clean_meta(meta["title"]),
        url=clean_meta(meta["url"]),
        outlet=clean_meta(meta["outlet"] or meta["site"] or meta["source"]),
        published=normalise_date(meta["published"] or meta["date"]),
        path=where,
    )


def _read_csv(stem: str, where_file: str, text: str, settings: Settings) -> Iterator[Document | Problem]:
    import csv
    import io

    csv.field_size_limit(max(csv.field_size_limit(), settings.max_doc_chars + 1))
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fields = reader.fieldnames
    except csv.Error as e:
        yield Problem(where_file, "malformed CSV", str(e))
        return
    if not fields or "text" not in [f.strip().lower() for f in fields if f]:
        yield Problem(where_file, "malformed CSV", "no 'text' column")
        return
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield Problem(f"{where_file}:row {n}", "malformed CSV row", str(e))
            continue
        row = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
        if None in row.values() and not row.get("text"):
            yield Problem(f"{where_file}:row {n}", "malformed CSV row", "too few fields")
            continue
        yield _record_document(stem, f"{where_file}:row {n}", row, settings, "CSV row")


def _read_jsonl(stem: str, where_file: str, text: str, settings: Settings) -> Iterator[Document | Problem]:
    for n, line in enumerate(text.splitlines(), start=1):
        where = f"{where_file}:{n}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            yield Problem(where, "malformed JSONL line", getattr(e, "msg", "too deeply nested"))
            continue
        if not isinstance(obj, dict):
            yield Problem(where, "malformed JSONL line", "not a JSON object")
            continue
        doc = _record_document(stem, where, obj, settings, "JSONL line")
        if isinstance(doc, Problem) and doc.reason == "malformed JSONL line":
            yield Problem(where, "malformed JSONL line", "no non-empty 'text' string")
            continue
        yield doc


def _read_html(stem: str, where: str, html: str, settings: Settings) -> Document | Problem:
    return _html_document(stem, where, html, settings)


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
