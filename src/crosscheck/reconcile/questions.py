"""Claims -> Questions: group comparable claims, line up each source's timeline, flag
contradictions, and summarise low / best / high.

* **Grouping** (``question_key``): same category, same unit, comparable subject. A claim without a
  subject ("thousands killed or wounded") takes the subject most claims of its category in the
  same document have; a subject without an affiliation ("troops") joins the only affiliated one
  of its kind ("North Korean troops") when there is just one.
* **Sources across documents** (``merge_sources``): "Zelensky" in one report and "Volodymyr
  Zelenskyy" in another are one source (``names.same_source``); the longest name wins.
* **Contradictions** (``find_contradictions``): two asserted figures from different sources whose
  intervals cannot both hold at about the same time (within ``same_time_days``, or both in the
  same document). Approximate figures are widened by ``approx_tolerance``. For running totals
  (killed, wounded, ...) only figures of about the same date are compared; a figure that covers a
  period ("in one week") is never compared with a total; a projection ("expects 12,000 by
  December") is never compared. A later, higher figure is an update, not a contradiction. Derived figures (a share of a total) are
  not compared: the figure they derive from is.
* **Summary** (``summarise``), in the spirit of UCDP GED's low / best / high: take each source's
  latest figure; ``low`` is the smallest lower bound (or upper bound when that is all a figure
  gives), ``high`` the largest upper bound (or lower bound), ``best`` the median of the figures'
  midpoints.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from crosscheck.extract.lexicon import CUMULATIVE_CATEGORIES, PROJECTION_HEDGES
from crosscheck.names import same_source
from crosscheck.records import Claim, Contradiction, Question, Source
from crosscheck.settings import DEFAULT, Settings

_CATEGORY_TITLES = {
    "deployed": "{subject} deployed{loc_to}",
    "killed": "{subject} killed{loc_in}",
    "wounded": "{subject} wounded{loc_in}",
    "killed_or_wounded": "{adj} casualties (killed or wounded){loc_in}",
    "captured": "{subject} captured{loc_in}",
    "missing": "{subject} missing{loc_in}",
    "displaced": "{subject} displaced{loc_in}",
    "other": "{subject}{loc_in}",
}


# --- sources across documents -----------------------------------------------------------------

def merge_sources(claims: list[Claim]) -> list[Claim]:
    """One name per source across the corpus (joint sources keep their members' merged names)."""
    names: list[tuple[str, str]] = []  # canonical (name, kind) in first-seen order
    mapping: dict[str, str] = {}

    def canon(name: str, kind: str) -> str:
        if name in mapping:
            return mapping[name]
        hits = [i for i, (n, k) in enumerate(names) if same_source(name, kind, n, k)]
        if len(hits) > 1 and kind != "person":
            # "Defence Ministry" when both a Russian and a Ukrainian one are known: ambiguous
            names.append((name, kind))
            mapping[name] = name
            return name
        for i, (n, k) in enumerate(names):
            if i in hits:
                if len(name) > len(n) and kind == "person":
                    names[i] = (name, k)
                    for key, v in mapping.items():
                        if v == n:
                            mapping[key] = name
                    mapping[name] = name
                    return name
                mapping[name] = n
                return n
        names.append((name, kind))
        mapping[name] = name
        return name

    aliases: dict[str, str] = {}
    affiliations: dict[str, str] = {}
    for c in claims:
        for s in (c.source, *c.via):
            if s is None:
                continue
            if s.members:
                for m in s.members:
                    canon(m, s.kind)
            else:
                name = canon(s.name, s.kind)
                for a in s.aliases:
                    aliases.setdefault(a, name)
                if s.affiliation:
                    affiliations.setdefault(name, s.affiliation)
    # an acronym seen as an alias ("NIS") names the source it was defined for
    for name, target in aliases.items():
        if name in mapping and mapping[name] == name and target != name:
            for key, v in mapping.items():
                if v == name:
                    mapping[key] = mapping.get(target, target)

    def fix(s: Source | None) -> Source | None:
        if s is None:
            return None
        if s.members:
            members = tuple(mapping.get(m, m) for m in s.members)
            return replace(s, name=" + ".join(members), members=members)
        name = mapping.get(s.name, s.name)
        return replace(s, name=name, affiliation=s.affiliation or affiliations.get(name))

    return [replace(c, source=fix(c.source), via=tuple(fix(v) for v in c.via)) for c in claims]


# --- grouping ---------------------------------------------------------------------------------

def _affiliation_counts(claims: list[Claim]) -> dict[str, int]:
    """Distinct sources per affiliation: three "sources" that are one government show as one."""
    by: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        s = c.source
        if s is None:
            continue
        by[s.affiliation or ("(outlet)" if s.kind == "media" and s.name.startswith("(") else s.name)].add(s.name)
    return {k: len(v) for k, v in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))}


def _group_word(subject: str) -> str:
    return subject.split()[-1]


def _fill_subjects(claims: list[Claim]) -> list[Claim]:
    by_doc_cat: dict[tuple[str, str], Counter] = defaultdict(Counter)
    by_cat: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if c.subject:
            by_doc_cat[(c.doc, c.category)][c.subject] += 1
            by_cat[c.category][c.subject] += 1
    # affiliated subjects per group word ("troops" -> {"North Korean troops"})
    affiliated: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if c.subject and " " in c.subject:
            affiliated[_group_word(c.subject)][c.subject] += 1
    out = []
    for c in claims:
        subject = c.subject
        if not subject:
            local = by_doc_cat.get((c.doc, c.category)) or Counter(
                {s: n for (d, _), cnt in by_doc_cat.items() if d == c.doc for s, n in cnt.items()})
            if local:
                subject = local.most_common(1)[0][0]
            elif by_cat.get(c.category):
                subject = by_cat[c.category].most_common(1)[0][0]
        if subject and " " not in subject:
            options = affiliated.get(subject)
            if options and len(options) == 1:
                subject = next(iter(options))
        out.append(replace(c, subject=subject) if subject != c.subject else c)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unspecified"


def question_key(c: Claim) -> tuple[str, str, str]:
    """(category, subject slug, unit): the slug is also the question id, so ids never collide."""
    unit = c.quantity.unit if c.quantity else "count"
    return c.category, _slug(c.subject or "unspecified"), unit


def _title(category: str, subject: str, location: str | None, unit: str) -> str:
    adj = subject
    if subject.endswith(" troops"):
        adj = subject[: -len(" troops")]
    elif subject == "troops":
        adj = "Troop"
    tmpl = _CATEGORY_TITLES.get(category, "{subject}{loc_in}")
    title = tmpl.format(subject=subject, adj=adj, loc_in=f" in {location}" if location else "",
                        loc_to=f" to {location}" if location else "")
    title = title[:1].upper() + title[1:]
    if unit != "count":
        title += f" ({unit})"
    return title


def _location_of(claims: list[Claim], category: str) -> str | None:
    locs = Counter(c.location for c in claims if c.location)
    if not locs:
        return None
    if category == "deployed":
        return locs.most_common(1)[0][0]
    # casualties: the most named place that is not just a country
    countries = {"Russia", "Ukraine", "North Korea", "South Korea", "United States", "U.S."}
    regional = Counter({k: v for k, v in locs.items() if k not in countries})
    return (regional or locs).most_common(1)[0][0]


def outlet_voice(claims: list[Claim], outlets: dict[str, str | None]) -> list[Claim]:
    """Claims in an outlet's own voice get the outlet as their source, "(Meridian Post)", so two
    outlets' unattributed figures are two sources, not one."""
    out = []
    for c in claims:
        if c.source is None:
            name = f"({outlets.get(c.doc) or c.doc})"
            c = replace(c, source=Source(text="", name=name, kind="media"))
        out.append(c)
    return out


def report_groups(meta: dict[str, dict]) -> dict[str, str]:
    """Which independent report each document belongs to. Documents are joined when they share a
    story (near-duplicates), cite the same outlet, or one cites the other's outlet ("first
    reported by the Kyiv Ledger" joins the Kyiv Ledger's own report)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    cited = {c.lower() for m in meta.values() for c in (m.get("cites") or [])}
    for doc, m in meta.items():
        d = "doc:" + doc
        union(d, "story:" + (m.get("story") or doc))
        for c in m.get("cites") or []:
            union(d, "outlet:" + c.lower())
        outlet = (m.get("outlet") or "").lower()
        if outlet in cited:  # the original of a report others relay
            union(d, "outlet:" + outlet)
    return {doc: find("doc:" + doc) for doc in meta}


def report_key(doc: str, meta: dict[str, dict], groups: dict[str, str] | None = None) -> str:
    """The independent report a document belongs to (see ``report_groups``)."""
    if groups is not None and doc in groups:
        return groups[doc]
    m = meta.get(doc, {})
    if m.get("cites"):
        return "outlet:" + m["cites"][0].lower()
    return "story:" + (m.get("story") or doc)


def collapse_copies(claims: list[Claim], meta: dict[str, dict]) -> list[Claim]:
    """One claim per independent report: the same source's same figure in copies of one story
    (or in reports relaying one wire) is one claim listing the other documents as ``copies``."""
    groups: dict[tuple, list[Claim]] = {}
    order: list[tuple] = []
    reports = report_groups(meta)
    for c in claims:
        q = c.quantity
        key = (report_key(c.doc, meta, reports), c.source_name, c.category, c.stance,
               (q.low, q.high, q.unit) if q else (c.what or "")[:80])
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(c)
    out = []
    for key in order:
        first, *rest = groups[key]
        out.append(replace(first, copies=tuple(sorted({c.doc for c in rest} - {first.doc}))) if rest else first)
    return out


def build_questions(claims: Iterable[Claim], settings: Settings = DEFAULT,
                    meta: dict[str, dict] | None = None, revisions: list[dict] | None = None) -> list[Question]:
    """Group claims into questions, each with contradictions and a low / best / high summary.

    ``meta`` maps document ids to ``published`` (used when a claim has no date), ``outlet`` (for
    claims in the outlet's own voice), ``story`` and ``cites`` (copies are not confirmations);
    ``revisions`` (from the store) are attached to the question holding the revised claim."""
    meta = meta or {}
    published = {k: v.get("published") for k, v in meta.items()}
    outlets = {k: v.get("outlet") for k, v in meta.items()}
    claims = _fill_subjects(merge_sources(list(claims)))
    claims.sort(key=lambda c: (_sort_date(c, published), c.doc, c.sentence.start))
    claims = outlet_voice(collapse_copies(claims, meta), outlets)
    reports = report_groups(meta)
    numeric: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.quantity is None or c.category == "other" or not c.subject:
            continue
        numeric[question_key(c)].append(c)
    questions = []
    for (category, subject_key, unit), group in numeric.items():
        subject = Counter(c.subject for c in group).most_common(1)[0][0]
        # non-numeric claims (denials, silence) about the same subject join the question
        extra = [c for c in claims if c.quantity is None and c.stance != "asserted" and c.subject
                 and _slug(c.subject) == subject_key and (c.category == category or category == "deployed")]
        members = sorted(group + extra, key=lambda c: (_sort_date(c, published), c.doc, c.sentence.start))
        location = _location_of(group, category)
        qid = f"{category}--{subject_key}" + ("" if unit == "count" else f"--{unit}")
        contradictions = find_contradictions(group, settings, published)
        low, best, high = summarise(group, published)
        ids = {c.id for c in members}
        questions.append(Question(
            id=qid, title=_title(category, subject, location, unit), category=category, subject=subject,
            unit=unit, claims=tuple(members), contradictions=tuple(contradictions), low=low, best=best,
            high=high, location=location,
            extra={"sources": sorted({c.source_name for c in group}),
                   "affiliations": _affiliation_counts(group),
                   "independent_reports": len({report_key(c.doc, meta, reports) for c in group}),
                   "copies": sum(len(c.copies) for c in group),
                   "revisions": [r for r in (revisions or []) if r.get("new_claim_id") in ids]},
        ))
    questions.sort(key=lambda q: (-len({c.source_name for c in q.claims}), -len(q.claims), q.id))
    return questions


# --- dates ------------------------------------------------------------------------------------

def claim_date(c: Claim, published: dict[str, str | None]) -> date | None:
    d = c.date or published.get(c.doc)
    if d and not d.startswith("--"):
        try:
            return date.fromisoformat(d[:10])
        except ValueError:
            return None
    return None


def _sort_date(c: Claim, published) -> str:
    d = claim_date(c, published)
    return d.isoformat() if d else ("9999" + (c.date or ""))


# --- contradictions ---------------------------------------------------------------------------

def _bounds(c: Claim, tol: float) -> tuple[float, float]:
    q = c.quantity
    lo = q.low if q.low is not None else float("-inf")
    hi = q.high if q.high is not None else float("inf")
    if q.approx:
        lo = lo * (1 - tol) if lo != float("-inf") else lo
        hi = hi * (1 + tol) if hi != float("inf") else hi
    return lo, hi


def fmt_interval(c: Claim) -> str:
    q = c.quantity
    if q is None:
        return "—"
    def n(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"
    pct = "%" if q.unit == "percent" else ""
    if q.unit == "rate":  # "about 30,000 a month" -> "≈30,000 a month"
        per = re.search(r"\b(a|an|per|each|every)\s+(day|week|month|year|hour)\b", q.text, re.I)
        pct = f" a {per.group(2).lower()}" if per else pct
    if q.low is not None and q.high is not None:
        s = (f"{n(q.low)}" if q.low == q.high else f"{n(q.low)}–{n(q.high)}") + pct
        return ("≈" + s) if q.approx else s
    if q.low is not None:
        s = f"≥{n(q.low)}{pct}"
    elif q.high is not None:
        s = f"≤{n(q.high)}{pct}"
    else:
        return "?"
    return s + (" (approx.)" if q.approx else "")


def _members(s: Source | None) -> set[str]:
    if s is None:
        return {"(outlet)"}
    return set(s.members) if s.members else {s.name}


def _comparable_time(a: Claim, b: Claim, settings: Settings, published) -> tuple[bool, str]:
    da, db = claim_date(a, published), claim_date(b, published)
    if da and db:
        days = abs((da - db).days)
        return days <= settings.same_time_days, (f"on {da.isoformat()}" if days == 0 else f"{days} days apart")
    if a.doc == b.doc:
        return True, "in the same report"
    return False, ""


def find_contradictions(claims: list[Claim], settings: Settings = DEFAULT,
                        published: dict[str, str | None] | None = None) -> list[Contradiction]:
    published = published or {}
    usable = [c for c in claims if c.quantity is not None and c.stance == "asserted"
              and c.quantity.kind not in ("fraction", "share") and not PROJECTION_HEDGES & set(c.hedges)]
    out: list[Contradiction] = []
    seen: set[tuple] = set()
    for i, a in enumerate(usable):
        for b in usable[i + 1:]:
            if _members(a.source) & _members(b.source):
                continue
            if a.period != b.period:
                continue  # "200 in one day" and "1,000 in one month" are not comparable
            ok, when = _comparable_time(a, b, settings, published)
            if not ok:
                continue
            if _grew(a, b, published):
                continue  # a figure that rose between two dates is an update, not a contradiction
            lo_a, hi_a = _bounds(a, settings.approx_tolerance)
            lo_b, hi_b = _bounds(b, settings.approx_tolerance)
            if hi_a >= lo_b and hi_b >= lo_a:
                continue
            first, second = (a, b) if lo_a >= lo_b else (b, a)
            key = (first.source_name, fmt_interval(first), second.source_name, fmt_interval(second))
            if key in seen:
                continue
            seen.add(key)
            reason = (f"{first.source_name} says {fmt_interval(first)} but {second.source_name} says "
                      f"{fmt_interval(second)} ({when}); the two intervals do not overlap")
            out.append(Contradiction(a=first.id, b=second.id, reason=reason))
    return out


def _grew(a: Claim, b: Claim, published) -> bool:
    da, db = claim_date(a, published), claim_date(b, published)
    if not da or not db or abs((da - db).days) <= 2:
        return False
    early, late = (a, b) if da < db else (b, a)
    e_hi = early.quantity.high if early.quantity.high is not None else early.quantity.low
    l_lo = late.quantity.low if late.quantity.low is not None else late.quantity.high
    return e_hi is not None and l_lo is not None and l_lo >= e_hi


# --- summary ----------------------------------------------------------------------------------

def summarise(claims: list[Claim], published: dict[str, str | None] | None = None
              ) -> tuple[float | None, float | None, float | None]:
    published = published or {}
    usable = [c for c in claims if c.quantity is not None and c.stance == "asserted" and not c.period
              and not PROJECTION_HEDGES & set(c.hedges)
              and c.quantity.kind != "fraction" and (c.quantity.kind != "share" or c.quantity.unit == "percent")]
    if not usable:
        return None, None, None
    latest: dict[str, Claim] = {}
    # undated figures count as older than any dated one of the same source
    def when(c: Claim) -> str:
        d = claim_date(c, published)
        return d.isoformat() if d else "0000"

    for c in sorted(usable, key=lambda c: (when(c), c.doc, c.sentence.start)):
        latest[c.source_name] = c
    lows, highs, points = [], [], []
    for c in latest.values():
        q = c.quantity
        lows.append(q.low if q.low is not None else q.high)
        highs.append(q.high if q.high is not None else q.low)
        points.append(q.point)
    return min(lows), statistics.median(points), max(highs)


__all__ = ["build_questions", "find_contradictions", "fmt_interval", "merge_sources", "summarise",
           "CUMULATIVE_CATEGORIES"]
