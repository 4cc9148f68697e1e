"""Fetching URLs with httpx: timeouts, retries with backoff, a clear user agent, bounded
concurrency, a size limit enforced while streaming, conditional requests for re-polls.

``fetch_many(urls)`` yields one :class:`Fetched` or :class:`~crosscheck.records.Problem` per URL,
in input order, fetching up to ``concurrency`` at a time. A dead, slow, redirect-looping or
oversized URL becomes a Problem naming the URL and the reason; nothing raises.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from crosscheck import __version__ as _VERSION
from crosscheck.records import Problem

USER_AGENT = f"crosscheck/{_VERSION} (news claim ledger; +https://example.org/crosscheck)"


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 20.0  # seconds, per request (connect, read, write, pool)
    retries: int = 2  # further tries after a connection error, timeout or 5xx
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    max_bytes: int = 10_000_000  # a body larger than this is cut off and reported
    concurrency: int = 4  # requests in flight at once
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    deadline: float = 60.0  # seconds for a whole response: a server trickling bytes is cut off


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304 to a conditional request


def _client(settings: FetchSettings):
    import httpx

    return httpx.Client(
        headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                 "application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
    )


def fetch_one(client, url: str, settings: FetchSettings, etag: str | None = None,
              last_modified: str | None = None) -> Fetched | Problem:
    import httpx

    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    delay = settings.backoff
    last: Problem | None = None
    for attempt in range(settings.retries + 1):
        try:
            with client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304:
                    return Fetched(url, str(r.url), 304, "", b"", etag, last_modified, not_modified=True)
                if r.status_code >= 500:
                    last = Problem(url, f"HTTP {r.status_code}", r.reason_phrase or "server error")
                elif r.status_code >= 400:
                    return Problem(url, f"HTTP {r.status_code}", r.reason_phrase or "client error")
                else:
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                        return Problem(url, "response too large", f"{declared} bytes > {settings.max_bytes}")
                    chunks, size = [], 0
                    started = time.monotonic()
                    for chunk in r.iter_bytes():
                        if time.monotonic() - started > settings.deadline:
                            return Problem(url, "timed out", f"body not complete after {settings.deadline:g} s")
                        size += len(chunk)
                        if size > settings.max_bytes:
                            return Problem(url, "response too large", f"more than {settings.max_bytes} bytes")
                        chunks.append(chunk)
                    return Fetched(url, str(r.url), r.status_code, r.headers.get("content-type", ""),
                                   b"".join(chunks), r.headers.get("etag"), r.headers.get("last-modified"))
        except httpx.TooManyRedirects:
            return Problem(url, "too many redirects", f"more than {settings.max_redirects}")
        except httpx.TimeoutException as e:
            last = Problem(url, "timed out", type(e).__name__)
        except httpx.InvalidURL as e:
            return Problem(url, "invalid URL", str(e))
        except httpx.UnsupportedProtocol as e:
            return Problem(url, "unsupported URL scheme", str(e))
        except httpx.HTTPError as e:
            last = Problem(url, "cannot connect", f"{type(e).__name__}: {e}")
        if attempt < settings.retries:
            time.sleep(delay)
            delay *= 2
    assert last is not None
    return Problem(last.where, last.reason, (last.detail + f"; gave up after {settings.retries + 1} tries").strip("; "))


def fetch_many(urls: Iterable[str], settings: FetchSettings = FetchSettings(),
               conditional: dict[str, tuple[str | None, str | None]] | None = None) -> Iterator[Fetched | Problem]:
    """Fetch URLs ``concurrency`` at a time; results in input order. ``conditional`` maps a URL to
    its last (etag, last_modified) for a conditional request."""
    conditional = conditional or {}
    batch: list[str] = []
    with _client(settings) as client, ThreadPoolExecutor(max_workers=settings.concurrency) as pool:
        def run(batch):
            futures = [pool.submit(fetch_one, client, u, settings, *conditional.get(u, (None, None))) for u in batch]
            for f in futures:
                yield f.result()

        for u in urls:
            batch.append(u)
            if len(batch) >= settings.concurrency * 2:
                yield from run(batch)
                batch = []
        if batch:
            yield from run(batch)
