"""``crosscheck watch``: poll feeds and pages, ingest only what is new, and report new claims and
new contradictions as they appear. What was fetched is remembered in the store's ``seen`` table
(with ETag / Last-Modified for conditional requests), so a restart does not re-read old items."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

from crosscheck.ingest.fetch import FetchSettings, fetch_many
from crosscheck.records import Problem, short_hash

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.I)


def parse_every(text: str) -> float:
    """ "15m" -> 900.0 seconds; "30s", "1h", "2d"; a bare number is minutes."""
    m = _EVERY.match(text)
    if not m:
        raise ValueError(f"cannot read interval {text!r}: use e.g. 30s, 15m, 1h")
    n = float(m.group(1))
    unit = (m.group(2) or "m").lower()[0]
    return n * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]


def new_urls(store, sources: list[str], fetch_settings: FetchSettings,
             on_problem: Callable[[Problem], None]) -> Iterator[str]:
    """Article URLs to read now: feed items not seen before, and pages that changed since the last
    poll (conditional GET; a 304 or the same content hash means nothing new)."""
    import feedparser

    from crosscheck.ingest.readers import _looks_like_feed

    conditional = {}
    for u in sources:
        st = store.seen_state(u)
        if st:
            conditional[u] = (st[0], st[1])
    for r in fetch_many(sources, fetch_settings, conditional=conditional):
        if isinstance(r, Problem):
            on_problem(r)
            continue
        if r.not_modified:
            continue
        digest = short_hash(r.body.decode("utf-8", "replace"), length=16)
        prev = store.seen_state(r.url)
        if _looks_like_feed(r.content_type, r.body):
            store.mark_seen(r.url, r.etag, r.last_modified, digest)
            for e in feedparser.parse(r.body).entries:
                link = e.get("link")
                if link and str(link).startswith(("http://", "https://")) and store.seen_state(link) is None:
                    store.mark_seen(link)
                    yield link
        else:
            store.mark_seen(r.url, r.etag, r.last_modified, digest)
            if prev is None or prev[2] != digest:
                yield r.url


def watch(sources: list[str], db, every: float, times: int | None, nlp, on_poll: Callable,
          on_problem: Callable[[Problem], None], fetch_settings: FetchSettings | None = None,
          sleep: Callable[[float], None] = time.sleep) -> None:
    """Poll ``times`` times (None: until interrupted), ``every`` seconds apart. ``on_poll`` gets
    (poll number, RunSummary or None, new claims, new contradictions) after each poll."""
    from crosscheck import api
    from crosscheck.store import open_store

    fs = fetch_settings or FetchSettings()
    n = 0
    while times is None or n < times:
        n += 1
        with open_store(db) as store:
            known_contradictions = set(store.conn.execute("select claim_a, claim_b from contradictions").fetchall())
            urls = list(new_urls(store, sources, fs, on_problem))
        summary = None
        new_claims, new_contradictions = [], []
        if urls:
            summary = api.run(urls, db=db, nlp=nlp, on_problem=on_problem, fetch_settings=fs)
            questions, meta = api.load_questions(db)
            fresh = set(summary.new_claims)
            for q in questions:
                for c in q.claims:
                    if c.id in fresh:
                        new_claims.append((q, c))
                for x in q.contradictions:
                    if (x.a, x.b) not in known_contradictions:
                        new_contradictions.append((q, x))
        on_poll(n, summary, new_claims, new_contradictions)
        if times is None or n < times:
            sleep(every)
