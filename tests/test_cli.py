"""One end-to-end test per CLI command (typer's runner, real files, real SQLite)."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from crosscheck.cli import app

runner = CliRunner()
SEED_LIKE = ("Ukrainian President Volodymyr Zelenskyy reported on December 23 that over 3,000 North Korean troops "
             "have been killed or wounded in Kursk Oblast.\nREAD: Something else entirely\n"
             "South Korea's Joint Chiefs of Staff said 1,100 North Korean troops have been killed or injured.\n")


@pytest.fixture()
def article(tmp_path):
    f = tmp_path / "zel.md"
    f.write_text("---\ntitle: Losses\noutlet: Test Post\npublished: 2024-12-24\n---\n" + SEED_LIKE, encoding="utf-8")
    return f


def test_cli_help_on_every_command():
    for cmd in ("run", "extract", "clean", "questions", "report", "documents"):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Usage" in r.output, cmd


def test_cli_extract_jsonl_contract(article):
    r = runner.invoke(app, ["extract", str(article), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines() if line.startswith("{")]
    assert len(rows) == 2
    for row in rows:
        for key in ("doc", "sentence", "quantity", "source", "via", "cue", "what", "category", "location",
                    "hedges", "certainty", "stance", "date"):
            assert key in row
        assert set(row["sentence"]) >= {"text", "start", "end"}
        assert set(row["quantity"]) >= {"text", "low", "high", "approx", "unit"}
        assert set(row["source"]) >= {"text", "name", "kind"}
    z = next(r for r in rows if r["quantity"]["text"] == "over 3,000")
    assert z["source"]["name"] == "Volodymyr Zelenskyy" and z["date"] == "2024-12-23"
    assert z["quantity"]["low"] == 3000 and z["quantity"]["high"] is None
    assert z["category"] == "killed_or_wounded" and z["doc"] == "zel"


def test_cli_extract_table(article):
    r = runner.invoke(app, ["extract", str(article), "--format", "table"])
    assert r.exit_code == 0 and "Volodymyr Zelenskyy" in r.output and "1,100" in r.output


def test_cli_clean_shows_cleaned_text_and_dropped(article):
    r = runner.invoke(app, ["clean", str(article), "--dropped"])
    assert r.exit_code == 0
    assert "READ:" not in r.stdout and "over 3,000" in r.stdout
    assert "read_more_link" in r.output


def test_cli_run_questions_report_documents(tmp_path):
    db = tmp_path / "demo.db"
    r = runner.invoke(app, ["run", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "added" in r.output and "questions" in r.output
    r = runner.invoke(app, ["run", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert "0 added" in r.output
    r = runner.invoke(app, ["questions", "--db", str(db), "--json"])
    qs = json.loads(r.stdout)
    assert qs and {"id", "title", "category", "claims", "contradictions", "low", "best", "high"} <= set(qs[0])
    c = qs[0]["claims"][0]
    assert {"id", "doc", "source", "low", "high", "date", "hedges", "stance"} <= set(c)
    assert any(q["contradictions"] for q in qs)
    x = next(x for q in qs for x in q["contradictions"])
    assert {"a", "b", "reason"} <= set(x)
    html = tmp_path / "r.html"
    r = runner.invoke(app, ["report", "--db", str(db), "--html", str(html)])
    assert r.exit_code == 0 and "low / best / high" in r.output and html.exists()
    r = runner.invoke(app, ["documents", "--db", str(db), "--json"])
    docs = json.loads(r.stdout)
    assert len(docs) >= 15 and {"id", "title", "url", "outlet", "published", "text"} <= set(docs[0])
    r = runner.invoke(app, ["documents", "--db", str(db)])
    assert r.exit_code == 0 and "2024-12-23-meridian-post-zelensky-casualties" in r.output


def test_cli_missing_store_is_a_clear_error(tmp_path):
    r = runner.invoke(app, ["questions", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no such store" in r.output
