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

SCHEMA_VERSION = "1"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_store(path: str | Path, create: bool = True) -> Store:
    p = Path(path)
    if not create and not p.exists():
        raise StoreError(f"{p}: no such store (run 'crosscheck run INPUT --db {p}' first)")
    try:
        conn = sqlite3.connect(str(p))
        conn.execute("pragma foreign_keys = on")
        conn.execute("pragma journal_mode = wal")
    except sqlite3.DatabaseError as e:
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
        try:
            sql = resources.files("crosscheck.store").joinpath("schema.sql").read_text("utf-8")
            with self.conn:
                self.conn.executescript(sql)
                row = self.conn.execute("select value from meta where key = 'schema_version'").fetchone()
                if row is None:
                    self.conn.execute("insert into meta (key, value) values ('schema_version', ?)", (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a crosscheck store ({e})") from e

    # --- documents ---------------------------------------------------------------------------

    def document_state(self, doc_id: str) -> str | None:
        row = self.conn.execute("select content_hash from documents where id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def is_unchanged(self, doc: Document) -> bool:
        return self.document_state(doc.id) == doc.content_hash

    def save_document(self, doc: Document, claims: list[Claim]) -> str:
        """Store a document with its sentences and claims. Returns 'added', 'updated' or 'unchanged'."""
        old = self.document_state(doc.id)
        if old == doc.content_hash:
            return "unchanged"
        with self.conn:
            if old is not None:
                self.conn.execute("delete from documents where id = ?", (doc.id,))
            self.conn.execute(
                "insert into documents (id, content_hash, path, title, url, outlet, published, text, raw, dropped, added_at)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.content_hash, doc.path, doc.title, doc.url, doc.outlet, doc.published, doc.text,
                 doc.raw, json.dumps([{"rule": d.rule, "text": d.text} for d in doc.dropped]), _now()),
            )
            sentences = {}
            for c in claims:
                s = c.sentence
                sentences[s.index] = s
            self.conn.executemany(
                'insert or ignore into sentences (id, doc_id, idx, start, "end", text) values (?, ?, ?, ?, ?, ?)',
                [(f"{doc.id}:{s.index}", doc.id, s.index, s.start, s.end, s.text) for s in sentences.values()],
            )
            for c in claims:
                for s in (c.source, *c.via):
                    if s is not None:
                        self.conn.execute(
                            "insert or ignore into sources (name, kind, members) values (?, ?, ?)",
                            (s.name, s.kind, json.dumps(list(s.members)) if s.members else None))
            self.conn.executemany(
                "insert or replace into claims (id, doc_id, sentence_id, quantity_text, q_start, q_end, low, high, approx,"
                " unit, q_kind, source_name, source_text, source_kind, source_members, via, cue, what, subject,"
                " category, location, hedges, certainty, stance, date, period, rules)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_claim_row(doc.id, c) for c in claims],
            )
        return "updated" if old is not None else "added"

    def save_problem(self, p: Problem) -> None:
        with self.conn:
            self.conn.execute(
                'insert or replace into problems ("where", reason, detail, seen_at) values (?, ?, ?, ?)',
                (p.where, p.reason, p.detail, _now()))

    def documents(self) -> list[dict]:
        rows = self.conn.execute(
            "select d.id, d.title, d.url, d.outlet, d.published, d.path, d.content_hash,"
            " (select count(*) from claims c where c.doc_id = d.id) as n_claims, d.text, d.dropped"
            " from documents d order by coalesce(d.published, ''), d.id").fetchall()
        keys = ("id", "title", "url", "outlet", "published", "path", "content_hash", "claims", "text", "dropped")
        out = []
        for r in rows:
            d = dict(zip(keys, r))
            d["dropped"] = json.loads(d["dropped"] or "[]")
            out.append(d)
        return out

    def published_dates(self) -> dict[str, str | None]:
        return dict(self.conn.execute("select id, published from documents").fetchall())

    def outlets(self) -> dict[str, str | None]:
        return dict(self.conn.execute("select id, outlet from documents").fetchall())

    def document_meta(self) -> dict[str, dict]:
        rows = self.conn.execute("select id, title, url, outlet, published, path from documents").fetchall()
        return {r[0]: {"title": r[1], "url": r[2], "outlet": r[3], "published": r[4], "path": r[5]} for r in rows}

    # --- claims ------------------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        cur = self.conn.execute(
            "select c.id, c.doc_id, s.idx, s.start, s.\"end\", s.text, c.quantity_text, c.q_start, c.q_end, c.low,"
            " c.high, c.approx, c.unit, c.q_kind, c.source_name, c.source_text, c.source_kind, c.source_members,"
            " c.via, c.cue, c.what, c.subject, c.category, c.location, c.hedges, c.certainty, c.stance, c.date,"
            " c.period, c.rules from claims c join sentences s on s.id = c.sentence_id"
            " order by c.doc_id, s.idx, c.q_start")
        return [_claim_from_row(r) for r in cur.fetchall()]

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
        c.date, c.period, json.dumps(list(c.rules)),
    )


def _claim_from_row(r) -> Claim:
    (cid, doc_id, idx, s_start, s_end, s_text, qtext, qs, qe, low, high, approx, unit, qkind, sname, stext, skind,
     smembers, via, cue, what, subject, category, location, hedges, certainty, stance, date, period, rules) = r
    q = None
    if qtext is not None:
        q = Quantity(text=qtext, start=qs, end=qe, low=low, high=high, approx=bool(approx), unit=unit, kind=qkind)
    src = None
    if sname is not None:
        src = Source(text=stext or sname, name=sname, kind=skind or "other",
                     members=tuple(json.loads(smembers)) if smembers else ())
    return Claim(
        id=cid, doc=doc_id, sentence=Sentence(doc=doc_id, index=idx, start=s_start, end=s_end, text=s_text),
        quantity=q, source=src,
        via=tuple(Source(text=v["text"], name=v["name"], kind=v["kind"]) for v in json.loads(via or "[]")),
        cue=cue, what=what, subject=subject, category=category, location=location,
        hedges=tuple(json.loads(hedges or "[]")), certainty=certainty, stance=stance, date=date, period=period,
        rules=tuple(json.loads(rules or "[]")),
    )


__all__ = ["Store", "open_store", "Dropped"]
