"""The ledger in the terminal: one block per question, a row per claim, contradictions, summary."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crosscheck.reconcile import fmt_interval
from crosscheck.records import Question


def _n(v: float | None) -> str:
    return "—" if v is None else f"{v:,.0f}"


def print_ledger(questions: list[Question], meta: dict[str, dict], console: Console | None = None) -> None:
    console = console or Console(emoji=False, highlight=False)
    if not console.is_terminal:
        console.width = 140
    if not questions:
        console.print("No questions yet: no comparable figures were found.")
        return
    for q in questions:
        sources = {c.source_name for c in q.claims}
        console.rule(f"[bold]{escape(q.title)}[/bold]")
        table = Table(show_lines=False, expand=True, pad_edge=False)
        table.add_column("date", no_wrap=True)
        table.add_column("source")
        table.add_column("figure", no_wrap=True)
        table.add_column("as written")
        table.add_column("hedge / stance")
        table.add_column("report")
        for c in q.claims:
            m = meta.get(c.doc, {})
            date = c.date or m.get("published") or "undated"
            src = c.source_name if c.source else f"({m.get('outlet') or 'outlet'})"
            if c.source is not None and c.source.affiliation and c.source.affiliation not in src:
                src += f" [{c.source.affiliation}]"
            via = f" via {', '.join(v.name for v in c.via)}" if c.via else ""
            copies = f" (+{len(c.copies)} {'copy' if len(c.copies) == 1 else 'copies'})" if c.copies else ""
            hedge = ", ".join(c.hedges) or "—"
            stance = "" if c.stance == "asserted" else f" [red]{c.stance}[/red]"
            table.add_row(
                escape(date), escape(src + via), escape(fmt_interval(c)),
                escape(c.quantity.text if c.quantity else (c.what or "")[:60]),
                escape(hedge) + stance, escape((m.get("outlet") or c.doc) + copies),
            )
        console.print(table)
        aff = q.extra.get("affiliations") or {}
        if aff:
            console.print("  sources by affiliation: " + escape(", ".join(f"{k} {v}" for k, v in aff.items())))
        for r in q.extra.get("revisions", []):
            console.print(f"  [bold yellow]revised[/bold yellow] {escape(str(r['source']))} in {escape(r['doc'])}: "
                          f"{escape(str(r['old_text']))} → {escape(str(r['new_text']))} "
                          f"(version {r['old_version']} → {r['new_version']})")
        for x in q.contradictions:
            console.print(f"  [bold red]contradiction[/bold red] {escape(x.reason)}  [dim]({x.a} vs {x.b})[/dim]")
        n_copies = q.extra.get("copies", 0)
        console.print(f"  low / best / high: [bold]{_n(q.low)} / {_n(q.best)} / {_n(q.high)}[/bold]"
                      f"  · {len(q.claims)} claims from {len(sources)} sources in "
                      f"{q.extra.get('independent_reports', '?')} independent reports"
                      + (f" ({n_copies} more {'copy' if n_copies == 1 else 'copies'} not counted)" if n_copies else ""))
        console.print()
