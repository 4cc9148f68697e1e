"""``crosscheck watch``: poll feeds and pages, ingest only what is new, and report new claims and
new contradictions as they appear. What was fetched is remembered in the store's ``seen`` table
(with ETag / Last-Modified for conditional requests), so a restart does not re-read old items."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

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
             on_problem: Callable[[Problem], None]) -> tuple[list[str], dict[str, tuple]]:
    """Article URLs to read now, and the (etag, last_modified, hash) to remember for each once it
    is stored: feed items not stored yet (a failed fetch is retried next poll), and pages that
    changed since the last poll (conditional GET; a 304 or the same content hash is nothing new)."""
    import feedparser

    from crosscheck.ingest.readers import _looks_like_feed, url_doc_id

    conditional = {}
    for u in sources:
        st = store.seen_state(u)
        if st:
            conditional[u] = (st[0], st[1])
    urls: list[str] = []
    remember: dict[str, tuple] = {}
    for r in fetch_many(sources, fetch_settings, conditional=conditional):
        if isinstance(r, Problem):
            on_problem(r)
            continue
        if r.not_modified:
            continue
        digest = short_hash(r.body.decode("utf-8", "replace"), length=16)
        prev = store.seen_state(r.url)
        if _looks_like_feed(r.content_type, r.body):
            store.mark_seen(r.url, r.etag, r.last_modified, digest)  # the feed itself, not its items
            for e in feedparser.parse(r.body).entries:
                link = e.get("link")
                if link and str(link).startswith(("http://", "https://")) and link not in urls \
                        and store.document_state(url_doc_id(link)) is None:
                    urls.append(link)
        elif prev is None or prev[2] != digest:
            urls.append(r.url)
            remember[r.url] = (r.etag, r.last_modified, digest)
    return urls, remember


def claim_key(c) -> tuple:
    """What a claim says, independent of where in the text it sits (ids change with offsets)."""
    q = c.quantity
    return (c.doc, c.source_name, c.category, c.stance,
            (q.text, q.low, q.high) if q is not None else (c.what or "")[:80])


def _snapshot(db) -> tuple[set, set]:
    from crosscheck import api

    try:
        questions, _ = api.load_questions(db)
    except Exception:
        return set(), set()
    claims = {claim_key(c) for q in questions for c in q.claims}
    contradictions = set()
    for q in questions:
        by_id = {c.id: c for c in q.claims}
        for x in q.contradictions:
            if x.a in by_id and x.b in by_id:
                contradictions.add(frozenset((claim_key(by_id[x.a]), claim_key(by_id[x.b]))))
    return claims, contradictions


def watch(sources: list[str], db, every: float, times: int | None, nlp, on_poll: Callable,
          on_problem: Callable[[Problem], None], fetch_settings: FetchSettings | None = None,
          sleep: Callable[[float], None] = time.sleep) -> None:
    """Poll ``times`` times (None: until interrupted), ``every`` seconds apart. ``on_poll`` gets
    (poll number, RunSummary or None, new claims, new contradictions) after each poll; a claim or
    contradiction is new when nothing saying the same was in the ledger before the poll."""
    from crosscheck import api
    from crosscheck.ingest.readers import url_doc_id
    from crosscheck.store import open_store

    fs = fetch_settings or FetchSettings()
    n = 0
    while times is None or n < times:
        n += 1
        with open_store(db) as store:
            urls, remember = new_urls(store, sources, fs, on_problem)
        summary = None
        new_claims, new_contradictions = [], []
        if urls:
            known_claims, known_contradictions = _snapshot(db)
            summary = api.run(urls, db=db, nlp=nlp, on_problem=on_problem, fetch_settings=fs)
            with open_store(db) as store:
                for u, (etag, last_modified, digest) in remember.items():
                    if store.document_state(url_doc_id(u)) is not None:  # stored: remember it
                        store.mark_seen(u, etag, last_modified, digest)
            questions, _ = api.load_questions(db)
            for q in questions:
                by_id = {c.id: c for c in q.claims}
                for c in q.claims:
                    if claim_key(c) not in known_claims:
                        new_claims.append((q, c))
                for x in q.contradictions:
                    if x.a in by_id and x.b in by_id and frozenset(
                            (claim_key(by_id[x.a]), claim_key(by_id[x.b]))) not in known_contradictions:
                        new_contradictions.append((q, x))
        on_poll(n, summary, new_claims, new_contradictions)
        if times is None or n < times:
            sleep(every)
