"""Bad input is named and skipped; the run finishes; --strict makes it an error."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from crosscheck import api
from crosscheck.cli import app
from crosscheck.ingest import read_inputs
from crosscheck.records import Document, Problem


@pytest.fixture()
def bad_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("A title line\nOfficials said 300 soldiers were killed.\n", encoding="utf-8")
    (d / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "latin1.txt").write_bytes("Officials said 300 soldiers were killed in Kharkiv \xe9t\xe9.".encode("latin-1"))
    (d / "empty.md").write_text("   \n", encoding="utf-8")
    (d / "feed.jsonl").write_text(
        json.dumps({"text": "Officials said 12 were hurt.", "title": "One"}) + "\n"
        + "{not json\n"
        + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": "Police said 40 were detained.", "published": "2025-01-05"}) + "\n",
        encoding="utf-8")
    (d / "page.html").write_text(
        "<html><head><title>T</title><script>alert('x')</script></head><body><article><h1>Head</h1>"
        "<p>Officials said 300 soldiers were killed near the border on Tuesday, according to the ministry.</p>"
        "<p>More text follows here so the extractor has a body to keep in the page.</p></article></body></html>",
        encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    return d


def test_bad_input_named_and_skipped(bad_dir):
    items = list(read_inputs([bad_dir]))
    problems = {(p.where.split("/")[-1], p.reason) for p in items if isinstance(p, Problem)}
    assert ("blob.txt", "binary data") in problems
    assert ("latin1.txt", "not valid UTF-8") in problems
    assert ("empty.md", "empty") in problems
    assert ("feed.jsonl:2", "malformed JSONL line") in problems
    assert ("feed.jsonl:3", "malformed JSONL line") in problems
    assert ("notes.pdf", "unsupported file type") in problems
    docs = {d.id for d in items if isinstance(d, Document)}
    from crosscheck.records import short_hash

    # JSONL lines without id or url are named by a hash of their text (line numbers shift)
    assert docs == {"good", f"feed-{short_hash('Officials said 12 were hurt.', length=8)}",
                    f"feed-{short_hash('Police said 40 were detained.', length=8)}", "page"}


def test_bad_input_run_finishes_and_strict_fails(bad_dir, tmp_path, nlp):
    s = api.run([str(bad_dir)], db=tmp_path / "b.db", nlp=nlp)
    assert s.added == 4 and len(s.problems) == 6
    runner = CliRunner()
    r = runner.invoke(app, ["run", str(bad_dir), "--db", str(tmp_path / "c.db"), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "6 inputs skipped" in r.output
    r = runner.invoke(app, ["run", str(bad_dir), "--db", str(tmp_path / "c.db"), "--strict", "--quiet"])
    assert r.exit_code == 1


def test_bad_input_missing_path_is_a_problem(tmp_path):
    items = list(read_inputs([tmp_path / "nope.txt"]))
    assert isinstance(items[0], Problem) and items[0].reason == "not found"


def test_bad_input_html_script_text_never_reaches_claims(bad_dir):
    doc = next(d for d in read_inputs([bad_dir / "page.html"]))
    assert isinstance(doc, Document) and "alert" not in doc.text


def test_bad_input_deep_html_symlink_loop_and_huge_text(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "deep.html").write_text("<html><body>" + "<div>" * 20000 + "<p>Officials said 300 soldiers were killed "
                                 "in the region on Monday.</p>" + "</div>" * 20000 + "</body></html>", encoding="utf-8")
    (d / "loop").mkdir()
    (d / "loop" / "self").symlink_to(d / "loop")
    (d / "dangling.txt").symlink_to(d / "nowhere")
    (d / "big.txt").write_text("Officials said 300 soldiers were killed. " * 800_000, encoding="utf-8")  # ~32 MB
    items = list(read_inputs([d]))
    docs = [i for i in items if isinstance(i, Document)]
    reasons = {p.where.rsplit("/", 1)[-1]: p.reason for p in items if isinstance(p, Problem)}
    assert [x.id for x in docs] == ["deep"] and "300 soldiers" in docs[0].text
    assert reasons == {"big.txt": "document too large", "dangling.txt": "broken or looping symlink",
                       "self": "symlinked folder not followed"}


def test_bad_input_same_id_from_two_inputs_never_overwrites(tmp_path, nlp):
    for sub, fig in (("a", "300"), ("b", "400")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.md").write_text(f"Officials said {fig} soldiers were killed.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    s1 = api.run([str(tmp_path / "a"), str(tmp_path / "b")], db=db, nlp=nlp)
    s2 = api.run([str(tmp_path / "a"), str(tmp_path / "b")], db=db, nlp=nlp)
    assert (s1.added, s2.added, s2.updated, s2.unchanged) == (2, 0, 0, 2)
    import sqlite3

    con = sqlite3.connect(db)
    ids = sorted(r[0] for r in con.execute("select id from documents"))
    assert ids[0] == "report" and ids[1].startswith("report~")
    assert con.execute("select count(*) from document_versions").fetchone()[0] == 0


def test_bad_input_csv_unterminated_quote_is_named(tmp_path):
    (tmp_path / "q.csv").write_text('id,text\nc1,"Officials said 40 were hurt.\nc2,Police said 12 were held.\n',
                                    encoding="utf-8")
    items = list(read_inputs([tmp_path / "q.csv"]))
    assert any(isinstance(p, Problem) and "malformed CSV" in p.reason for p in items)
    assert not any(isinstance(d, Document) and "Police said" in d.text for d in items)


def test_bad_input_declared_charset_is_honoured(tmp_path):
    html = ("<html><head><meta charset='windows-1252'><title>T</title></head><body><article><h1>Caf\xe9 strike</h1>"
            "<p>Officials said 300 soldiers were killed near the caf\xe9 on the border on Monday, the ministry said.</p>"
            "<p>Further fighting was reported in the region overnight, according to residents there.</p>"
            "</article></body></html>")
    (tmp_path / "w.html").write_bytes(html.encode("cp1252"))
    (doc,) = list(read_inputs([tmp_path / "w.html"]))
    assert isinstance(doc, Document) and "café" in doc.text


def test_bad_input_same_url_twice_in_one_file_is_stable(tmp_path, nlp):
    lines = [json.dumps({"url": "https://x.example.org/a", "text": f"Officials said {n} soldiers were killed."})
             for n in (300, 450)]
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    s1 = api.run([str(tmp_path / "s.jsonl")], db=db, nlp=nlp)
    s2 = api.run([str(tmp_path / "s.jsonl")], db=db, nlp=nlp)
    assert (s1.added, s2.added, s2.updated, s2.unchanged) == (2, 0, 0, 2)


def test_bad_input_edits_of_one_document_are_not_learned_as_boilerplate(tmp_path, nlp):
    db = tmp_path / "e.db"
    f = tmp_path / "report.md"
    for n in (300, 400, 500, 600):
        f.write_text(f"---\noutlet: Delta Times\n---\nOfficials said {n} soldiers were killed.\n\nThe fighting "
                     f"continued through the night along the whole front line.\n", encoding="utf-8")
        api.run([str(f)], db=db, nlp=nlp)
    from crosscheck.store import open_store

    with open_store(db) as store:
        (d,) = store.documents()
    assert "fighting continued" in d["text"]
