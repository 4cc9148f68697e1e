"""SQLite store: lower-case literal SQL, ``?`` parameters, one named method per query.

Re-running on the same input adds nothing: a document whose content hash is unchanged is
skipped; a changed one replaces its earlier sentences and claims. Questions are derived data and
are rebuilt from all stored claims after every run (``save_questions``).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from crosscheck.errors import StoreError
from crosscheck.records import Claim, Document, Dropped, Problem, Quantity, Question, Sentence, Source

SCHEMA_VERSION = "4"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_store(path: str | Path, create: bool = True) -> Store:
    p = Path(path)
    if not create and not p.exists():
        raise StoreError(f"{p}: no such store (run 'crosscheck run INPUT --db {p}' first)")
    if p.is_dir():
        raise StoreError(f"{p}: is a folder, not an SQLite file")
    if not p.parent.exists():
        raise StoreError(f"{p}: folder {p.parent} does not exist")
    try:
        conn = sqlite3.connect(str(p))
        conn.execute("pragma foreign_keys = on")
        conn.execute("pragma journal_mode = wal")
    except sqlite3.Error as e:
        raise StoreError(f"{p}: cannot open as SQLite ({e})") from e
    store = Store(conn, p)
    store.migrate()
    return store


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> None:
        from crosscheck.store.migrations import MIGRATIONS

        try:
            sql = resources.files("crosscheck.store").joinpath("schema.sql").read_text("utf-8")
            with self.conn:
                self.conn.executescript(sql)
                row = self.conn.execute("select value from meta where key = 'schema_version'").fetchone()
                version = int(row[0]) if row else 1
                if row is None:
                    self.conn.execute("insert into meta (key, value) values ('schema_version', '1')")
            for number, script in MIGRATIONS:
                if number > version:
                    with self.conn:
                        for stmt in [x for x in script.split(";") if x.strip()]:
                            self.conn.execute(stmt)
                        self.conn.execute("update meta set value = ? where key = 'schema_version'", (str(number),))
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a crosscheck store ({e})") from e

    # --- documents ---------------------------------------------------------------------------

    def document_state(self, doc_id: str) -> str | None:
        row = self.conn.execute("select content_hash from documents where id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def document_text(self, doc_id: str) -> str | None:
        row = self.conn.execute("select text from documents where id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def document_path(self, doc_id: str) -> str | None:
        row = self.conn.execute("select path from documents where id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def is_unchanged(self, doc: Document, extractor: str | None = None) -> bool:
        """Same text, and (when ``extractor`` is given) extracted by the same rules."""
        row = self.conn.execute("select content_hash, extractor from documents where id = ?", (doc.id,)).fetchone()
        return row is not None and row[0] == doc.content_hash and (extractor is None or row[1] == extractor)

    def save_document(self, doc: Document, claims: list[Claim], minhash: bytes | None = None,
                      extractor: str | None = None) -> str:
        """Store a document with its sentences and claims. Returns 'added', 'updated',
        're-extracted' or 'unchanged'.

        A document whose text changed (same id: same file name or URL) becomes a new version: the
        old text and claims move to ``document_versions`` and changed figures to ``revisions``. The
        same text extracted by changed rules (``extractor``) keeps its version and gets the new claims."""
        old = self.document_state(doc.id)
        if old == doc.content_hash:
            if extractor is not None and not self.is_unchanged(doc, extractor):
                self.replace_extraction(doc, claims, minhash)
                with self.conn:
                    self.conn.execute("update documents set extractor = ? where id = ?", (extractor, doc.id))
                return "re-extracted"
            return "unchanged"
        version = 1
        with self.conn:
            if old is not None:
                version = self._archive(doc, claims)
                self.conn.execute("delete from documents where id = ?", (doc.id,))
            self.conn.execute(
                "insert into documents (id, content_hash, path, title, url, outlet, published, text, raw, dropped,"
                " added_at, language, story, cites, minhash, version, author, canonical_url, extractor)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.content_hash, doc.path, doc.title, doc.url, doc.outlet, doc.published, doc.text,
                 doc.raw, json.dumps([{"rule": d.rule, "text": d.text} for d in doc.dropped]), _now(),
                 doc.language, doc.story or doc.id, json.dumps(list(doc.cites)), minhash, version, doc.author,
                 doc.canonical_url, extractor),
            )
            self._insert_claims(doc.id, claims)
        return "updated" if old is not None else "added"

    def _archive(self, doc: Document, new_claims: list[Claim]) -> int:
        """Move the stored version of ``doc`` to document_versions; record revised figures."""
        row = self.conn.execute("select version, content_hash, title, text from documents where id = ?",
                                (doc.id,)).fetchone()
        old_version, old_hash, old_title, old_text = row
        old_claims = [c for c in self.claims() if c.doc == doc.id]
        self.conn.execute(
            "insert or replace into document_versions (doc_id, version, content_hash, title, text, claims, saved_at)"
            " values (?, ?, ?, ?, ?, ?, ?)",
            (doc.id, old_version, old_hash, old_title, old_text, json.dumps([c.to_json() for c in old_claims]), _now()))
        new_version = old_version + 1
        # a figure is revised when the same source gives exactly one figure for the same thing
        # (category and subject) in both versions, and the two differ
        def key(c: Claim) -> tuple:
            return (c.source_name, c.category, (c.subject or c.what or "").lower(), c.quantity.unit)

        old_by_key: dict[tuple, list[Claim]] = {}
        new_by_key: dict[tuple, list[Claim]] = {}
        for c in old_claims:
            if c.quantity is not None:
                old_by_key.setdefault(key(c), []).append(c)
        for c in new_claims:
            if c.quantity is not None:
                new_by_key.setdefault(key(c), []).append(c)
        for k, news in new_by_key.items():
            olds = old_by_key.get(k, [])
            if len(olds) != 1 or len(news) != 1:
                continue
            o, c = olds[0], news[0]
            if (o.quantity.low, o.quantity.high) != (c.quantity.low, c.quantity.high):
                self.conn.execute(
                    "insert or ignore into revisions (doc_id, old_version, new_version, source_name, category,"
                    " old_text, old_low, old_high, new_claim_id, new_text, new_low, new_high)"
                    " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc.id, old_version, new_version, c.source_name, c.category, o.quantity.text, o.quantity.low,
                     o.quantity.high, c.id, c.quantity.text, c.quantity.low, c.quantity.high))
        return new_version

    def revisions(self) -> list[dict]:
        cur = self.conn.execute(
            "select doc_id, old_version, new_version, source_name, category, old_text, old_low, old_high,"
            " new_claim_id, new_text, new_low, new_high from revisions order by doc_id, new_version")
        keys = ("doc", "old_version", "new_version", "source", "category", "old_text", "old_low", "old_high",
                "new_claim_id", "new_text", "new_low", "new_high")
        return [dict(zip(keys, r)) for r in cur.fetchall()]

    # --- stories, learned boilerplate, watch state ----------------------------------------------

    def story_rows(self):
        return self.conn.execute("select id, story, minhash from documents where minhash is not null").fetchall()

    def learned_lines(self, outlet: str | None, min_docs: int) -> frozenset[str]:
        if not outlet:
            return frozenset()
        rows = self.conn.execute("select line_key from line_counts where outlet = ? and n_docs >= ?",
                                 (outlet, min_docs)).fetchall()
        return frozenset(r[0] for r in rows)

    def count_lines(self, outlet: str | None, keys: set[str]) -> None:
        if not outlet or not keys:
            return
        with self.conn:
            self.conn.executemany(
                "insert into line_counts (outlet, line_key, n_docs) values (?, ?, 1)"
                " on conflict (outlet, line_key) do update set n_docs = n_docs + 1",
                [(outlet, k) for k in keys])

    def documents_of_outlet(self, outlet: str):
        """Stored documents of an outlet, one at a time (with all their metadata)."""
        ids = [r[0] for r in self.conn.execute("select id from documents where outlet = ?", (outlet,)).fetchall()]
        for doc_id in ids:
            doc = self.load_document(doc_id)
            if doc is not None:
                yield doc

    def seen_state(self, url: str) -> tuple[str | None, str | None, str | None] | None:
        row = self.conn.execute("select etag, last_modified, content_hash from seen where url = ?", (url,)).fetchone()
        return tuple(row) if row else None

    def mark_seen(self, url: str, etag: str | None = None, last_modified: str | None = None,
                  content_hash: str | None = None) -> None:
        now = _now()
        with self.conn:
            self.conn.execute(
                "insert into seen (url, etag, last_modified, content_hash, first_seen, last_seen)"
                " values (?, ?, ?, ?, ?, ?) on conflict (url) do update set etag = excluded.etag,"
                " last_modified = excluded.last_modified, content_hash = coalesce(excluded.content_hash,"
                " seen.content_hash), last_seen = excluded.last_seen",
                (url, etag, last_modified, content_hash, now, now))

    def _insert_claims(self, doc_id: str, claims: list[Claim]) -> None:
        sentences = {}
        for c in claims:
            s = c.sentence
            sentences[s.index] = s
        self.conn.executemany(
            'insert or ignore into sentences (id, doc_id, idx, start, "end", text) values (?, ?, ?, ?, ?, ?)',
            [(f"{doc_id}:{s.index}", doc_id, s.index, s.start, s.end, s.text) for s in sentences.values()],
        )
        for c in claims:
            for s in (c.source, *c.via):
                if s is not None:
                    self.conn.execute(
                        "insert into sources (name, kind, members, affiliation, aliases) values (?, ?, ?, ?, ?)"
                        " on conflict (name) do update set affiliation = coalesce(sources.affiliation,"
                        " excluded.affiliation), aliases = coalesce(excluded.aliases, sources.aliases)",
                        (s.name, s.kind, json.dumps(list(s.members)) if s.members else None, s.affiliation,
                         json.dumps(list(s.aliases)) if s.aliases else None))
        self.conn.executemany(
            "insert or replace into claims (id, doc_id, sentence_id, quantity_text, q_start, q_end, low, high, approx,"
            " unit, q_kind, source_name, source_text, source_kind, source_members, via, cue, what, subject,"
            " category, location, hedges, certainty, stance, date, period, rules, source_affiliation)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_claim_row(doc_id, c) for c in claims],
        )

    def replace_extraction(self, doc: Document, claims: list[Claim], minhash: bytes | None) -> None:
        """New cleaning and claims for a stored document (same version, same metadata): used when
        boilerplate learned later is removed from it."""
        with self.conn:
            self.conn.execute("delete from claims where doc_id = ?", (doc.id,))
            self.conn.execute("delete from sentences where doc_id = ?", (doc.id,))
            self.conn.execute(
                "update documents set text = ?, dropped = ?, minhash = coalesce(?, minhash) where id = ?",
                (doc.text, json.dumps([{"rule": d.rule, "text": d.text} for d in doc.dropped]), minhash, doc.id))
            self._insert_claims(doc.id, claims)

    def load_document(self, doc_id: str) -> Document | None:
        """A stored document with all its metadata (raw text, not yet cleaned)."""
        r = self.conn.execute(
            "select id, raw, title, url, outlet, published, path, author, canonical_url, language, story, cites"
            " from documents where id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        return Document(id=r[0], text=r[1] or "", raw=r[1], title=r[2], url=r[3], outlet=r[4], published=r[5],
                        path=r[6], author=r[7], canonical_url=r[8], language=r[9], story=r[10],
                        cites=tuple(json.loads(r[11] or "[]")))

    def save_problem(self, p: Problem) -> None:
        with self.conn:
            self.conn.execute(
                'insert or replace into problems ("where", reason, detail, seen_at) values (?, ?, ?, ?)',
                (p.where, p.reason, p.detail, _now()))

    def documents(self) -> list[dict]:
        rows = self.conn.execute(
            "select d.id, d.title, d.url, d.canonical_url, d.author, d.outlet, d.published, d.language, d.story,"
            " d.cites, d.version, d.path,"
            " d.content_hash, (select count(*) from claims c where c.doc_id = d.id) as n_claims, d.text, d.dropped"
            " from documents d order by coalesce(d.published, ''), d.id").fetchall()
        keys = ("id", "title", "url", "canonical_url", "author", "outlet", "published", "language", "story", "cites",
                "version", "path", "content_hash", "claims", "text", "dropped")
        out = []
        for r in rows:
            d = dict(zip(keys, r))
            d["dropped"] = json.loads(d["dropped"] or "[]")
            d["cites"] = json.loads(d["cites"] or "[]")
            out.append(d)
        return out

    def published_dates(self) -> dict[str, str | None]:
        return dict(self.conn.execute("select id, published from documents").fetchall())

    def outlets(self) -> dict[str, str | None]:
        return dict(self.conn.execute("select id, outlet from documents").fetchall())

    def document_meta(self) -> dict[str, dict]:
        rows = self.conn.execute(
            "select id, title, url, outlet, published, path, story, cites, language from documents").fetchall()
        return {r[0]: {"title": r[1], "url": r[2], "outlet": r[3], "published": r[4], "path": r[5],
                       "story": r[6] or r[0], "cites": json.loads(r[7] or "[]"), "language": r[8]} for r in rows}

    # --- claims ------------------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        cur = self.conn.execute(
            "select c.id, c.doc_id, s.idx, s.start, s.\"end\", s.text, c.quantity_text, c.q_start, c.q_end, c.low,"
            " c.high, c.approx, c.unit, c.q_kind, c.source_name, c.source_text, c.source_kind, c.source_members,"
            " c.via, c.cue, c.what, c.subject, c.category, c.location, c.hedges, c.certainty, c.stance, c.date,"
            " c.period, c.rules, c.source_affiliation, so.aliases from claims c"
            " join sentences s on s.id = c.sentence_id left join sources so on so.name = c.source_name"
            " order by c.doc_id, s.idx, c.q_start")
        return [_claim_from_row(r) for r in cur.fetchall()]

    def sources(self) -> list[dict]:
        """The source registry: canonical name, kind, affiliation, aliases, number of claims."""
        rows = self.conn.execute(
            "select s.name, s.kind, s.affiliation, s.aliases, s.members,"
            " (select count(*) from claims c where c.source_name = s.name) from sources s order by s.name").fetchall()
        return [{"name": r[0], "kind": r[1], "affiliation": r[2], "aliases": json.loads(r[3] or "[]"),
                 "members": json.loads(r[4] or "[]"), "claims": r[5]} for r in rows]

    def count(self, table: str) -> int:
        if table not in ("documents", "sentences", "sources", "claims", "questions", "contradictions", "problems"):
            raise ValueError(table)
        return self.conn.execute(f'select count(*) from "{table}"').fetchone()[0]

    # --- questions ---------------------------------------------------------------------------

    def save_questions(self, questions: list[Question]) -> None:
        """Replace the derived question tables with ``questions``."""
        with self.conn:
            self.conn.execute("delete from contradictions")
            self.conn.execute("delete from question_claims")
            self.conn.execute("delete from questions")
            for q in questions:
                self.conn.execute(
                    "insert into questions (id, title, category, subject, unit, location, low, best, high, n_claims, n_sources)"
                    " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (q.id, q.title, q.category, q.subject, q.unit, q.location, q.low, q.best, q.high, len(q.claims),
                     len({c.source_name for c in q.claims})))
                self.conn.executemany(
                    "insert or ignore into question_claims (question_id, claim_id) values (?, ?)",
                    [(q.id, c.id) for c in q.claims])
                self.conn.executemany(
                    "insert or ignore into contradictions (question_id, claim_a, claim_b, reason) values (?, ?, ?, ?)",
                    [(q.id, x.a, x.b, x.reason) for x in q.contradictions])


def _claim_row(doc_id: str, c: Claim) -> tuple:
    q = c.quantity
    s = c.source
    return (
        c.id, doc_id, f"{doc_id}:{c.sentence.index}",
        q.text if q else None, q.start if q else None, q.end if q else None,
        q.low if q else None, q.high if q else None, int(q.approx) if q else None, q.unit if q else None,
        q.kind if q else None,
        s.name if s else None, s.text if s else None, s.kind if s else None,
        json.dumps(list(s.members)) if s and s.members else None,
        json.dumps([{"text": v.text, "name": v.name, "kind": v.kind} for v in c.via]),
        c.cue, c.what, c.subject, c.category, c.location, json.dumps(list(c.hedges)), c.certainty, c.stance,
        c.date, c.period, json.dumps(list(c.rules)), s.affiliation if s else None,
    )


def _claim_from_row(r) -> Claim:
    (cid, doc_id, idx, s_start, s_end, s_text, qtext, qs, qe, low, high, approx, unit, qkind, sname, stext, skind,
     smembers, via, cue, what, subject, category, location, hedges, certainty, stance, date, period, rules,
     saffiliation, saliases) = r
    q = None
    if qtext is not None:
        q = Quantity(text=qtext, start=qs, end=qe, low=low, high=high, approx=bool(approx), unit=unit, kind=qkind)
    src = None
    if sname is not None:
        src = Source(text=stext or sname, name=sname, kind=skind or "other",
                     members=tuple(json.loads(smembers)) if smembers else (), affiliation=saffiliation,
                     aliases=tuple(json.loads(saliases)) if saliases else ())
    return Claim(
        id=cid, doc=doc_id, sentence=Sentence(doc=doc_id, index=idx, start=s_start, end=s_end, text=s_text),
        quantity=q, source=src,
        via=tuple(Source(text=v["text"], name=v["name"], kind=v["kind"]) for v in json.loads(via or "[]")),
        cue=cue, what=what, subject=subject, category=category, location=location,
        hedges=tuple(json.loads(hedges or "[]")), certainty=certainty, stance=stance, date=date, period=period,
        rules=tuple(json.loads(rules or "[]")),
    )


__all__ = ["Store", "open_store", "Dropped"]
