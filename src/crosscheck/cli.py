"""The ``crosscheck`` command (typer). Every command has ``--help``; the README documents each."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from crosscheck.errors import StoreError
from crosscheck.settings import DEFAULT

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="crosscheck: news reports -> a ledger of who says how many of what, side by side.")
err = Console(stderr=True, soft_wrap=True, emoji=False, highlight=False)

INPUTS_HELP = ("Files, folders (read recursively), http(s) URLs of pages or RSS/Atom feeds, or - for standard input. "
               "Files: .txt/.md (optional front matter), .html, .jsonl, .csv, .warc(.gz), .rss/.atom/.xml, and .gz of these.")
DB_OPTION = typer.Option(Path(DEFAULT.db_path), "--db", help="SQLite file to store into / read from.")


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def _stdout_console() -> Console:
    """Rich console for tables: wide enough to read when piped to a file or another program."""
    console = Console(emoji=False, highlight=False)
    if not console.is_terminal:
        console.width = 140
    return console


def _report_problem(p) -> None:
    err.print(f"[yellow]skipped[/yellow] {escape(str(p.where))}: {escape(p.reason)}"
              + (f" [dim]({escape(p.detail)})[/dim]" if p.detail else ""))


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help=INPUTS_HELP),
    db: Path = DB_OPTION,
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any input was skipped."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, only the summary."),
) -> None:
    """Read, clean, extract and store; rebuild the questions. Re-running adds nothing new."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from crosscheck import api

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                  TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        try:
            summary = api.run(
                list(inputs), db=db,
                on_document=lambda doc_id, state: progress.update(task, advance=1, description=f"{state} {doc_id}"),
                on_problem=_report_problem,
            )
        except StoreError as e:
            err.print(f"[red]error[/red]: {escape(str(e))}")
            raise typer.Exit(2) from e
    skipped = len(summary.problems)
    print(f"read {summary.read} documents: {summary.added} added, {summary.updated} updated, "
          f"{summary.unchanged} unchanged, {summary.not_english} not in English (stored, not extracted); "
          f"{skipped} inputs skipped")
    if summary.reextracted:
        print(f"re-extracted {summary.reextracted} unchanged documents with the current extraction rules")
    if summary.recleaned:
        print(f"re-cleaned {summary.recleaned} documents with boilerplate learned in this run")
    if skipped:
        print("skipped by reason: " + ", ".join(f"{r} {n}" for r, n in summary.skipped_by_reason.most_common()))
    print(f"store {db}: {summary.claims} claims, {summary.questions} questions, "
          f"{summary.contradictions} contradictions")
    if strict and skipped:
        raise typer.Exit(1)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help=INPUTS_HELP),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl: one claim per line; table: for reading."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any input was skipped."),
) -> None:
    """Print the claims found in INPUTS; nothing is stored."""
    from crosscheck import api

    problems = []

    def on_problem(p):
        problems.append(p)
        _report_problem(p)

    if format is Format.jsonl:
        for _, claims in api.extract(list(inputs), on_problem=on_problem):
            for c in claims:
                sys.stdout.write(json.dumps(c.to_json(), ensure_ascii=False) + "\n")
    else:
        from rich.table import Table

        from crosscheck.reconcile import fmt_interval

        console = _stdout_console()
        for doc, claims in api.extract(list(inputs), on_problem=on_problem):
            heading = " — ".join(x for x in (doc.id, doc.title, doc.outlet) if x)
            table = Table(title=escape(f"{heading} ({doc.published or 'undated'})"), expand=True)
            for col in ("figure", "as written", "source", "category", "what", "hedges", "stance", "date"):
                table.add_column(col)
            for c in claims:
                src = c.source_name + (f" via {', '.join(v.name for v in c.via)}" if c.via else "")
                table.add_row(*(escape(x) for x in (
                    fmt_interval(c), c.quantity.text if c.quantity else "—", src, c.category, c.what or "",
                    ", ".join(c.hedges) or "—", c.stance, (c.date or "").lstrip("-"))))  # "--12-23": no year
            console.print(table)
    if strict and problems:
        raise typer.Exit(1)


@app.command()
def watch(
    sources: list[str] = typer.Argument(..., help="Feed (RSS/Atom) or page URLs to poll."),
    every: str = typer.Option("15m", "--every", help="Time between polls: 30s, 15m, 1h."),
    db: Path = DB_OPTION,
    times: int | None = typer.Option(None, "--times", help="Stop after this many polls (default: until Ctrl-C)."),
) -> None:
    """Poll feeds and pages; ingest only what is new; print new claims and new contradictions."""
    from crosscheck.reconcile import fmt_interval
    from crosscheck.watch import parse_every
    from crosscheck.watch import watch as do_watch

    try:
        seconds = parse_every(every)
    except ValueError as e:
        err.print(f"[red]error[/red]: {escape(str(e))}")
        raise typer.Exit(2) from e

    def on_poll(n, summary, new_claims, new_contradictions):
        if summary is None:
            print(f"poll {n}: nothing new", flush=True)
            return
        print(f"poll {n}: {summary.added} new, {summary.updated} updated documents; "
              f"{len(new_claims)} new claims, {len(new_contradictions)} new contradictions", flush=True)
        for q, x in new_contradictions:
            print(f"  NEW CONTRADICTION [{q.title}] {x.reason}", flush=True)
        for q, c in new_claims:
            print(f"  new claim [{q.title}] {c.source_name}: {fmt_interval(c)} ({c.date or 'undated'}) "
                  f"— {c.quantity.text if c.quantity else c.stance}", flush=True)

    try:
        do_watch(sources, db, seconds, times, None, on_poll, _report_problem)
    except KeyboardInterrupt:
        print("stopped")


@app.command()
def clean(
    file: str = typer.Argument(..., help="One input: a file (any format `run` reads), a URL, or - for standard input."),
    dropped: bool = typer.Option(False, "--dropped", help="Also list what was removed, with the rule that removed it."),
) -> None:
    """Print the cleaned text extraction reads (boilerplate and repeated paragraphs removed)."""
    from crosscheck.api import clean_stage
    from crosscheck.ingest import read_inputs
    from crosscheck.records import Problem

    status = 0
    for item in clean_stage(read_inputs([file])):
        if isinstance(item, Problem):
            _report_problem(item)
            status = 1
            continue
        if item.title:
            print(f"# {item.title}\n")
        print(item.text)
        if dropped:
            for d in item.dropped:
                err.print(f"[dim]dropped ({d.rule}):[/dim] {escape(d.text)}")
    raise typer.Exit(status)


def _load(db: Path):
    from crosscheck.api import load_questions
    from crosscheck.errors import StoreError

    try:
        return load_questions(db)
    except StoreError as e:
        err.print(f"[red]error[/red]: {escape(str(e))}")
        raise typer.Exit(2) from e


@app.command()
def questions(
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the questions as JSON (see README for the contract)."),
) -> None:
    """List the questions: claims grouped by what they count, with contradictions and low/best/high."""
    qs, meta = _load(db)
    if as_json:
        from crosscheck.report.json import questions_json

        print(json.dumps(questions_json(qs, meta), ensure_ascii=False, indent=2))
        return
    for q in qs:
        print(f"{q.id}\t{q.title}\t{len(q.claims)} claims\t{len(q.contradictions)} contradictions")


@app.command()
def report(
    db: Path = DB_OPTION,
    html: Path | None = typer.Option(None, "--html", help="Also write the self-contained HTML report to this file."),
) -> None:
    """Print the ledger (and write the HTML report with --html)."""
    from crosscheck.report import print_ledger, render_html

    qs, meta = _load(db)
    print_ledger(qs, meta, _stdout_console())
    if html is not None:
        try:
            html.write_text(render_html(qs, meta), encoding="utf-8")
        except OSError as e:
            err.print(f"[red]error[/red]: cannot write {escape(str(html))}: {escape(e.strerror or str(e))}")
            raise typer.Exit(2) from e
        print(f"wrote {html}")


@app.command()
def documents(
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per document, in a list."),
) -> None:
    """What is stored: one entry per document."""
    from crosscheck.errors import StoreError
    from crosscheck.store import open_store

    try:
        with open_store(db, create=False) as store:
            docs = store.documents()
    except StoreError as e:
        err.print(f"[red]error[/red]: {escape(str(e))}")
        raise typer.Exit(2) from e
    if as_json:
        print(json.dumps(docs, ensure_ascii=False, indent=2))
        return
    for d in docs:
        print(f"{d['id']}\t{d['published'] or 'undated'}\t{d['outlet'] or ''}\t{d['claims']} claims\t{d['title'] or ''}")


if __name__ == "__main__":
    app()
