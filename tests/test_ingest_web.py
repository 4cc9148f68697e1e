"""URLs, feeds, WARC, CSV, gzip and stdin: against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys

import pytest
from httpserver import Site, article_html, rss

from crosscheck import api
from crosscheck.ingest import read_inputs
from crosscheck.ingest.fetch import FetchSettings
from crosscheck.records import Document, Problem

FAST = FetchSettings(timeout=1.0, retries=1, backoff=0.05, max_bytes=2_000_000, concurrency=3)
P1 = ["Ukrainian officials said 300 North Korean soldiers were killed in Kursk on Monday, according to the ministry.",
      "The ministry said the figure could rise as more reports arrive from the front line in the region."]
P2 = ["South Korea's Joint Chiefs of Staff said 1,100 North Korean troops had been killed or wounded in Kursk.",
      "The Joint Chiefs said the estimate was based on intelligence gathered over several weeks of fighting."]


@pytest.fixture()
def site():
    s = Site().start()
    s.page("/a", article_html("Three hundred killed", P1, "2025-01-10", "Test Gazette"))
    s.page("/b", article_html("JCS figure", P2, "2025-01-11", "Other Daily"))
    s.page("/500", "boom", status=500)
    s.page("/redirect", "", status=301, location="/a")
    s.page("/feed.xml", rss([("A", s.url("/a"), "Fri, 10 Jan 2025 08:00:00 GMT"),
                             ("B", s.url("/b"), "Sat, 11 Jan 2025 08:00:00 GMT"),
                             ("Gone", s.url("/gone"), "Sat, 11 Jan 2025 09:00:00 GMT")]),
           ctype="application/rss+xml")
    yield s
    s.stop()


def _split(items):
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)]


def test_ingest_urls_pages_and_errors(site):
    urls = [site.url("/a"), site.url("/gone"), site.url("/500"), site.url("/loop"), site.url("/redirect"),
            site.url("/slow"), site.url("/huge")]
    docs, problems = _split(list(read_inputs(urls, fetch_settings=FAST)))
    assert [d.url for d in docs] == [site.url("/a"), site.url("/redirect")]
    a = docs[0]
    assert "300 North Korean soldiers" in a.text and "var x" not in a.text and "Home" not in a.text
    assert a.title == "Three hundred killed" and a.outlet == "Test Gazette" and a.published == "2025-01-10"
    assert a.author == "Ana Reporter" and a.canonical_url == "https://gazette.example.org/a"
    reasons = {p.where.rsplit("/", 1)[-1]: p.reason for p in problems}
    assert reasons == {"gone": "HTTP 404", "500": "HTTP 500", "loop": "too many redirects", "slow": "timed out",
                       "huge": "response too large"}
    assert site.hits["/500"] == 2  # retried once


def test_ingest_feed_fetches_every_item(site):
    docs, problems = _split(list(read_inputs([site.url("/feed.xml")], fetch_settings=FAST)))
    assert {d.url for d in docs} == {site.url("/a"), site.url("/b")}
    assert [p.reason for p in problems] == ["HTTP 404"]


def test_ingest_feed_file(site, tmp_path):
    f = tmp_path / "news.rss"
    f.write_text(rss([("A", site.url("/a"), "Fri, 10 Jan 2025 08:00:00 GMT")]), encoding="utf-8")
    docs, _ = _split(list(read_inputs([f], fetch_settings=FAST)))
    assert [d.url for d in docs] == [site.url("/a")]


def test_ingest_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, html, ctype in (("https://news.example.org/a", article_html("A", P1, "2025-01-10"), "text/html"),
                                 ("https://news.example.org/logo.png", "\x89PNG", "image/png"),
                                 ("https://news.example.org/b", article_html("B", P2, "2025-01-11"), "text/html")):
            h = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=h,
                                                warc_headers_dict={"WARC-Date": "2025-01-12T10:00:00Z"}))
    docs, problems = _split(list(read_inputs([path])))
    assert [d.url for d in docs] == ["https://news.example.org/a", "https://news.example.org/b"] and not problems
    (tmp_path / "broken.warc").write_bytes(b"not a warc at all")
    _, problems = _split(list(read_inputs([tmp_path / "broken.warc"])))
    assert problems and problems[0].reason == "broken WARC file"


def test_ingest_csv_and_gzip(tmp_path):
    (tmp_path / "a.csv").write_text('id,title,text,published\nx1,T,"Officials said 300 soldiers were killed.",2025-01-02\n'
                                    'x2,T2,,2025-01-03\n', encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as g:
        g.write('{"text": "Police said 40 were detained.", "id": "g1"}\n')
    (tmp_path / "c.txt.gz").write_bytes(b"\x1f\x8b broken")
    (tmp_path / "nocol.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert sorted(d.id for d in docs) == ["g1", "x1"]
    assert next(d for d in docs if d.id == "x1").published == "2025-01-02"
    reasons = sorted((p.where.rsplit("/", 1)[-1], p.reason) for p in problems)
    assert reasons == [("a.csv:row 2", "malformed CSV row"), ("c.txt.gz", "broken gzip file"),
                       ("nocol.csv", "malformed CSV")]


def test_ingest_stdin(tmp_path):
    r = subprocess.run([sys.executable, "-m", "crosscheck", "extract", "-", "--format", "jsonl"],
                       input="Officials said 300 soldiers were killed in Kursk.".encode(), capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert b'"doc": "stdin-' in r.stdout and b'"300"' in r.stdout


def test_ingest_copies_are_one_report_and_non_english_is_marked(tmp_path, nlp):
    wire = ("KYIV (Eastern Wire) — Ukrainian officials said 300 North Korean soldiers were killed in Kursk. "
            "The officials said fighting continued near the border, and that the toll would be revised.")
    (tmp_path / "one.md").write_text(f"---\noutlet: Alpha Post\npublished: 2025-01-10\n---\n{wire}\n\nRead: other\n",
                                     encoding="utf-8")
    (tmp_path / "two.md").write_text(f"---\noutlet: Beta Daily\npublished: 2025-01-10\n---\nPhoto: a tank\n\n{wire}\n",
                                     encoding="utf-8")
    (tmp_path / "de.md").write_text("---\noutlet: Gamma\n---\nDie ukrainische Regierung sagte am Montag, dass 300 "
                                    "nordkoreanische Soldaten in Kursk getötet worden seien, und dass die Zahl steigen "
                                    "könne.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    s = api.run([str(tmp_path)], db=db, nlp=nlp)
    assert s.not_english == 1 and s.added == 3
    questions, meta = api.load_questions(db)
    assert meta["de"]["language"] == "de"
    assert meta["one"]["story"] == meta["two"]["story"] == "one"
    killed = next(q for q in questions if q.category == "killed")
    assert len(killed.claims) == 1 and killed.claims[0].copies == ("two",)
    assert killed.extra["independent_reports"] == 1


def test_ingest_new_version_shows_revision(site, tmp_path, nlp):
    db = tmp_path / "v.db"
    api.run([site.url("/a")], db=db, nlp=nlp, fetch_settings=FAST)
    site.page("/a", article_html("Three hundred killed", [P1[0].replace("300", "450"), P1[1]], "2025-01-10"))
    s = api.run([site.url("/a")], db=db, nlp=nlp, fetch_settings=FAST)
    assert s.updated == 1
    questions, _ = api.load_questions(db)
    revs = [r for q in questions for r in q.extra["revisions"]]
    assert [(r["old_text"], r["new_text"], r["old_version"], r["new_version"]) for r in revs] == [("300", "450", 1, 2)]


def test_ingest_learned_boilerplate(tmp_path, nlp):
    promo = "Listen to our award winning podcast every weekday morning wherever you get podcasts"
    for i, fig in enumerate(("300", "400", "500", "600")):
        (tmp_path / f"d{i}.md").write_text(
            f"---\noutlet: Delta Times\npublished: 2025-01-1{i}\n---\nOfficials said {fig} soldiers were killed in "
            f"battle number {i} this month near the frontier.\n\n{promo}\n", encoding="utf-8")
    db = tmp_path / "l.db"
    s = api.run([str(tmp_path)], db=db, nlp=nlp)
    assert s.recleaned >= 3
    from crosscheck.store import open_store

    with open_store(db) as store:
        texts = [d["text"] for d in store.documents()]
    assert all(promo not in t for t in texts)


def test_watch_reports_only_new_items_across_restarts(site, tmp_path, nlp):
    from crosscheck.watch import watch

    db = tmp_path / "w.db"
    site.page("/feed2.xml", rss([("A", site.url("/a"), "Fri, 10 Jan 2025 08:00:00 GMT")]), ctype="application/rss+xml")
    polls = []

    def on_poll(n, summary, claims, contradictions):
        polls.append((summary.added if summary else 0, len(claims), len(contradictions)))

    watch([site.url("/feed2.xml")], db, 0, 2, nlp, on_poll, lambda p: None, FAST, sleep=lambda s: None)
    assert polls[0][0] == 1 and polls[0][1] >= 1 and polls[1] == (0, 0, 0)
    # a restart remembers what it saw; a new item with a contradicting figure is reported
    site.page("/c", article_html("More", ["Russian officials said 5 North Korean soldiers were killed in Kursk on "
                                          "Monday, the ministry said in a statement to reporters."], "2025-01-10"))
    site.page("/feed2.xml", rss([("A", site.url("/a"), "Fri, 10 Jan 2025 08:00:00 GMT"),
                                 ("C", site.url("/c"), "Fri, 10 Jan 2025 09:00:00 GMT")]), ctype="application/rss+xml")
    polls.clear()
    watch([site.url("/feed2.xml")], db, 0, 1, nlp, on_poll, lambda p: None, FAST, sleep=lambda s: None)
    assert polls[0][0] == 1 and polls[0][2] == 1
    assert site.hits["/a"] == 1  # never fetched again


def test_watch_cli_parses_interval():
    from crosscheck.watch import parse_every

    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("1h") == 3600
    with pytest.raises(ValueError):
        parse_every("soon")


def test_watch_retries_failed_items_and_reports_only_changed_claims(site, tmp_path, nlp):
    from crosscheck.watch import watch

    db = tmp_path / "w2.db"
    site.page("/d", "boom", status=500)
    site.page("/feed3.xml", rss([("D", site.url("/d"), "Fri, 10 Jan 2025 08:00:00 GMT")]), ctype="application/rss+xml")
    polls = []

    def on_poll(n, summary, claims, contradictions):
        polls.append((summary.added if summary else 0, sorted(c.quantity.text for _, c in claims if c.quantity)))

    watch([site.url("/feed3.xml")], db, 0, 1, nlp, on_poll, lambda p: None, FAST, sleep=lambda s: None)
    assert polls[-1] == (0, [])
    site.page("/d", article_html("D", ["Officials said 300 North Korean soldiers were killed in Kursk on Monday.",
                                       "The ministry said 40 more were captured near the border that week."]))
    watch([site.url("/feed3.xml")], db, 0, 1, nlp, on_poll, lambda p: None, FAST, sleep=lambda s: None)
    assert polls[-1] == (1, ["300", "40"])  # the item that failed is read once it works
    # a page whose one figure changes: only that figure is new, even though offsets shift
    site.page("/p", article_html("P", ["Officials said 300 North Korean soldiers were killed in Kursk on Monday.",
                                       "Police said 12 residents were hurt."]))
    watch([site.url("/p")], db, 0, 1, nlp, on_poll, lambda p: None, FAST, sleep=lambda s: None)
    site.page("/p", article_html("P", ["A new opening paragraph was added to the report by the editors today.",
                                       "Officials said 450 North Korean soldiers were killed in Kursk on Monday.",
                                       "Police said 12 residents were hurt."]))
    watch([site.url("/p")], db, 0, 1, nlp, on_poll, lambda p: None, FAST, sleep=lambda s: None)
    assert polls[-1][1] == ["450"]
