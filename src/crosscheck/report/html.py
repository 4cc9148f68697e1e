"""One self-contained HTML report: no scripts, no CDN; charts are inline SVG drawn here.

Every piece of article text goes through Jinja's autoescaping (templates) or ``html.escape``
(SVG labels): article text is untrusted.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from html import escape

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from crosscheck.reconcile import fmt_interval
from crosscheck.reconcile.questions import claim_date
from crosscheck.records import Claim, Question

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#393b79", "#637939")
W, H = 720, 300
ML, MR, MT, MB = 64, 96, 16, 40  # margins; the right one holds the "undated" column


def _nice_ticks(vmax: float, n: int = 5) -> list[float]:
    if vmax <= 0:
        return [0.0]
    raw = vmax / n
    mag = 10 ** math.floor(math.log10(raw))
    step = min((s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw), default=mag * 10)
    return [i * step for i in range(int(vmax / step) + 2) if i * step <= vmax * 1.0001 + step]


def _fmt(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 10_000:
        return f"{v / 1000:g}k"
    return f"{v:,.0f}"


def source_colors(questions: list[Question]) -> dict[str, str]:
    names: list[str] = []
    for q in questions:
        for c in q.claims:
            if c.source_name not in names:
                names.append(c.source_name)
    return {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(names)}


def svg_chart(q: Question, published: dict[str, str | None], colors: dict[str, str]) -> Markup:
    """Each source's figures over time: a point (hollow when approximate) with its low–high bar;
    open intervals end in an arrow; contradicting pairs are joined by a red dashed line."""
    pts = [c for c in q.claims if c.quantity is not None and (c.quantity.low is not None or c.quantity.high is not None)]
    if not pts:
        return Markup("")
    dates = [claim_date(c, published) for c in pts]
    known = [d for d in dates if d]
    d0 = min(known) - timedelta(days=3) if known else None
    d1 = max(known) + timedelta(days=3) if known else None
    span = max((d1 - d0).days, 1) if known else 1
    vals = []
    for c in pts:
        vals.extend(v for v in (c.quantity.low, c.quantity.high) if v is not None)
    vmax = max(vals) * 1.18 or 1
    ticks = _nice_ticks(vmax)
    vmax = max(vmax, ticks[-1])
    pw, ph = W - ML - MR, H - MT - MB

    def y(v: float) -> float:
        return MT + ph - (v / vmax) * ph

    undated_x0 = W - MR + 16
    out = [f'<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{escape(q.title)}" '
           f'xmlns="http://www.w3.org/2000/svg">']
    out.append('<defs><marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" '
               'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke"/></marker></defs>')
    for t in ticks:
        out.append(f'<line class="grid" x1="{ML}" x2="{W - MR}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>'
                   f'<text class="tick" x="{ML - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{_fmt(t)}</text>')
    out.append(f'<line class="axis" x1="{ML}" x2="{ML}" y1="{MT}" y2="{MT + ph}"/>'
               f'<line class="axis" x1="{ML}" x2="{W - MR}" y1="{MT + ph}" y2="{MT + ph}"/>')
    if known:
        # month ticks
        m = date(d0.year, d0.month, 1)
        while m <= d1:
            if m >= d0:
                x = ML + (m - d0).days / span * pw
                out.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{MT}" y2="{MT + ph}"/>'
                           f'<text class="tick" x="{x:.1f}" y="{H - MB + 16}" text-anchor="middle">{m.strftime("%b %Y")}</text>')
            m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        if not any(date(d0.year, d0.month, 1) <= d for d in known if d.day == 1):
            out.append(f'<text class="tick" x="{ML}" y="{H - MB + 30}">{d0.isoformat()}</text>'
                       f'<text class="tick" x="{W - MR}" y="{H - MB + 30}" text-anchor="end">{d1.isoformat()}</text>')
    if any(d is None for d in dates):
        out.append(f'<rect class="undated" x="{undated_x0 - 8}" y="{MT}" width="{MR - 16}" height="{ph}"/>'
                   f'<text class="tick" x="{undated_x0 + (MR - 32) / 2:.1f}" y="{H - MB + 16}" text-anchor="middle">undated</text>')
    positions: dict[str, tuple[float, float]] = {}
    undated_i = 0
    n_undated = sum(1 for d in dates if d is None)
    contra_ids = {x.a for x in q.contradictions} | {x.b for x in q.contradictions}
    for c, d in zip(pts, dates):
        qv = c.quantity
        if d is not None:
            x = ML + (d - d0).days / span * pw
        else:
            undated_i += 1
            x = undated_x0 + (MR - 32) * undated_i / (n_undated + 1)
        color = colors.get(c.source_name, "#333")
        lo = qv.low if qv.low is not None else 0
        hi = qv.high if qv.high is not None else vmax
        pv = qv.point if qv.low is not None and qv.high is not None else (qv.low if qv.low is not None else qv.high)
        positions[c.id] = (x, y(pv))
        label = escape(f"{c.source_name}: {fmt_interval(c)} ({c.date or published.get(c.doc) or 'undated'}) — {qv.text}")
        cls = "pt contradiction" if c.id in contra_ids else "pt"
        out.append(f'<a href="#claim-{escape(c.id)}" class="{cls}" data-claim="{escape(c.id)}"><title>{label}</title>')
        if qv.low != qv.high:
            marker_end = ' marker-end="url(#arrow)"' if qv.high is None else ""
            marker_start = ' marker-start="url(#arrow)"' if qv.low is None else ""
            out.append(f'<line class="bar" x1="{x:.1f}" x2="{x:.1f}" y1="{y(lo):.1f}" y2="{y(hi) if qv.high is not None else MT + 4:.1f}" '
                       f'stroke="{color}"{marker_end}{marker_start}/>')
        fill = "white" if qv.approx else color
        out.append(f'<circle cx="{x:.1f}" cy="{y(pv):.1f}" r="6" fill="{fill}" stroke="{color}" stroke-width="2.5"/>')
        if c.id in contra_ids:
            out.append(f'<circle class="ring" cx="{x:.1f}" cy="{y(pv):.1f}" r="10"/>')
        out.append("</a>")
    for xc in q.contradictions:
        if xc.a in positions and xc.b in positions:
            (x1, y1), (x2, y2) = positions[xc.a], positions[xc.b]
            out.append(f'<line class="contra-line" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}">'
                       f'<title>{escape(xc.reason)}</title></line>')
    out.append("</svg>")
    return Markup("".join(out))


def _sentence_parts(c: Claim) -> tuple[str, str, str]:
    s = c.sentence
    if c.quantity is None:
        return s.text, "", ""
    a, b = c.quantity.start - s.start, c.quantity.end - s.start
    if not (0 <= a <= b <= len(s.text)):
        return s.text, "", ""
    return s.text[:a], s.text[a:b], s.text[b:]


def render_html(questions: list[Question], meta: dict[str, dict], title: str = "crosscheck ledger") -> str:
    env = Environment(loader=PackageLoader("crosscheck.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    published = {k: v.get("published") for k, v in meta.items()}
    colors = source_colors(questions)
    view = []
    for q in questions:
        contra = {x.a for x in q.contradictions} | {x.b for x in q.contradictions}
        rows = []
        for c in q.claims:
            m = meta.get(c.doc, {})
            rows.append({
                "c": c, "interval": fmt_interval(c), "parts": _sentence_parts(c),
                "date": c.date or m.get("published") or "undated", "outlet": m.get("outlet") or "",
                "source": c.source_name if c.source else f"({m.get('outlet') or 'outlet'})",
                "color": colors.get(c.source_name, "#333"), "contradiction": c.id in contra,
                "url": _safe_url(m.get("url")), "doc_title": m.get("title") or c.doc,
            })
        legend = sorted({(r["source"], r["color"]) for r in rows})
        view.append({"q": q, "svg": svg_chart(q, published, colors), "rows": rows, "legend": legend,
                     "n_sources": len({c.source_name for c in q.claims})})
    docs = sorted(meta.items(), key=lambda kv: (kv[1].get("published") or "", kv[0]))
    return env.get_template("report.html.j2").render(title=title, questions=view, docs=docs, fmt=_fmt_summary)


def _fmt_summary(v: float | None) -> str:
    return "—" if v is None else f"{v:,.0f}"


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links: a ``javascript:`` URL from an article's metadata is never linked."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
