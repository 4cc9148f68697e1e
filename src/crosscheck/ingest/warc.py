"""Web archives (``.warc``, ``.warc.gz``) via fastwarc: each HTML response is a document with the
capture's URL, and its publication date from the page (or the capture date when the page has
none). Non-HTML responses and other record types are skipped silently (they are not articles);
a broken archive is a Problem, after the records read so far."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crosscheck.records import Document, Problem
from crosscheck.settings import DEFAULT, Settings


def read_warc(path: Path, settings: Settings = DEFAULT) -> Iterator[Document | Problem]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    where = str(path)
    try:
        with open(path, "rb") as stream:
            yield from _records(ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True,
                                                stream_detect=True, fsspec_args=False, auto_decode="all"),
                                path, settings)
    except Exception as e:  # fastwarc raises plain exceptions on truncated or foreign data
        yield Problem(where, "broken WARC file", f"{type(e).__name__}: {e}")


def _records(it, path: Path, settings: Settings) -> Iterator[Document | Problem]:
    from crosscheck.ingest.readers import _document_from_page, normalise_date

    where = str(path)
    n = 0
    for record in it:
        n += 1
        uri = record.headers.get("WARC-Target-URI") or f"{where}#record{n}"
        http = record.http_headers
        if http is None:
            yield Problem(f"{where}#{uri}", "WARC response without HTTP headers", "record skipped")
            continue
        ctype = http.get("Content-Type") or ""
        status = http.status_code
        if "html" not in ctype.lower() or status >= 300:
            continue
        body = record.reader.read(settings.max_file_bytes + 1)
        if len(body) > settings.max_file_bytes:
            yield Problem(f"{where}#{uri}", "response too large", f"more than {settings.max_file_bytes} bytes")
            continue
        captured = normalise_date(record.headers.get("WARC-Date"))
        doc = _document_from_page(uri, uri, body, settings, published=captured, content_type=ctype)
        if isinstance(doc, Problem):
            yield Problem(f"{where}#{uri}", doc.reason, doc.detail)
        else:
            yield doc.replace(path=f"{where}#{uri}")
    if n == 0 and path.stat().st_size > 0:
        yield Problem(where, "no WARC response records", "not a WARC file, or no HTTP responses in it")
