"""The HTML report: self-contained, escaped, and rendered in real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from crosscheck import api
from crosscheck.report import render_html

CHROMIUM = os.environ.get("CROSSCHECK_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def report_html(demo_db):
    questions, meta = api.load_questions(demo_db)
    return render_html(questions, meta)


def test_report_html_self_contained(report_html):
    assert "<script" not in report_html
    assert not re.search(r"""(src|href)=["']https?://(?!.*example\.)""", report_html.split("<section id=\"reports\">")[0]
                         .replace('xmlns="http://www.w3.org/2000/svg"', ""))
    assert report_html.count("<svg") >= 2


def test_report_html_escapes_article_text(report_html):
    # the HTML sample page quotes officials calling a claim "<b>fabricated</b>" & misleading
    assert "<b>fabricated</b>" not in report_html


def test_report_html_escapes_hostile_text(tmp_path, nlp):
    f = tmp_path / "evil.md"
    f.write_text("---\ntitle: <img src=x onerror=alert(1)>\noutlet: <script>x</script>\nurl: javascript:alert(1)\n"
                 "published: 2025-01-01\n---\nOfficials said <script>alert(2)</script> 300 soldiers were killed "
                 "in Kursk. Police said 400 soldiers were killed in Kursk.\n", encoding="utf-8")
    db = tmp_path / "e.db"
    api.run([str(f)], db=db, nlp=nlp)
    html = render_html(*api.load_questions(db))
    assert "<script>" not in html and "<img src=x" not in html and "javascript:" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.browser
def test_report_renders_in_headless_chromium(report_html, tmp_path):
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (apt-get install chromium) to run this test")
    pw = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "report.html"
    page_file.write_text(report_html, encoding="utf-8")
    shot = tmp_path / "report.png"
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            for width in (1200, 390):  # desktop and phone
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(page_file.as_uri())
                charts = page.locator("svg.chart")
                assert charts.count() >= 2
                box = charts.first.bounding_box()
                assert box and box["width"] > 200 and box["width"] <= width
                assert page.locator("svg.chart a.pt").count() >= 10
                assert page.locator("svg.chart .contra-line, svg.chart .ring").count() >= 1
                # a point links to its claim's row, which shows the sentence with the figure marked
                href = page.locator("svg.chart a.pt").first.get_attribute("href")
                assert page.locator(href).locator("mark").count() == 1
                no_overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
                assert no_overflow, f"page wider than a {width}px screen"
                page.screenshot(path=str(shot), full_page=False)
                page.close()
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    out = os.environ.get("CROSSCHECK_SCREENSHOT_DIR")
    if out:
        shutil.copy(shot, os.path.join(out, "report.png"))
