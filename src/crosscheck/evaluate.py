"""Scoring claims against a gold annotation (the schema of ``../shared/seeds/gold.json``).

A predicted claim matches a gold claim when their figures overlap in the text (or one contains
the other) and their intervals agree. ``strict`` also needs the same category and source (source
names compared loosely: joint sources member by member, titles and word order ignored).
Used by the acceptance tests and by ``bench/eval_claims.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.fuzz import token_set_ratio

from crosscheck.records import Claim


def gold_files(folder: str | Path) -> list[Path]:
    """A set's annotation files: ``gold.json``, then ``gold-2.json``, ``gold-3.json`` ... (a set's
    annotations go on in a new file once one passes 5 MB)."""
    folder = Path(folder)
    more = sorted(folder.glob("gold-*.json"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    return [p for p in (folder / "gold.json", *more) if p.exists()]


def load_gold(folder: str | Path) -> list[dict]:
    """Every gold entry of an evaluation folder, in file order (see ``gold_files``)."""
    return [entry for path in gold_files(folder) for entry in json.loads(path.read_text("utf-8"))]


def _norm(s: str) -> str:
    s = s.lower().replace("’", "'").replace("'s", "")
    s = re.sub(r"\((?!outlet\))([^)]*)\)", r" \1 ", s)  # "Forensic Medical Service (SML)": the acronym is a word
    return re.sub(r"[^a-z0-9+() ]", " ", s)


_ALIASES = {"korea": "korean", "ukraine": "ukrainian", "russia": "russian", "states": "u s", "u s": "u s"}


def _alias(s: str) -> str:
    from crosscheck.extract.lexicon import COUNTRY_ADJECTIVES

    out = s
    for adj, country in sorted(COUNTRY_ADJECTIVES.items(), key=lambda kv: -len(kv[0])):
        out = re.sub(rf"\b{re.escape(adj)}\b", country.lower(), out)
    return " ".join(_ALIASES.get(w, w) for w in out.split())


def same_source(gold: str, pred: str | None, aliases: tuple[str, ...] = ()) -> bool:
    """Loose source match: "(outlet)" == None; "A + B" member-wise; 85% token-set similarity, or
    the same well-known organisation under two of its names ("Pentagon", "U.S. Department of
    Defense": the source registry's aliases, ``lexicon.ORG_ALIASES``), or a name the text itself
    gave the predicted source ("the National Disaster Management Agency (NADMA)": gold "NADMA")."""
    if pred is None or pred.startswith("("):
        return gold.strip().startswith("(outlet")
    if any(_norm(a).split() == _norm(gold).split() for a in aliases):
        return True
    g = [_alias(_norm(x)) for x in gold.split(" + ")]
    p = [_alias(_norm(x)) for x in pred.split(" + ")]
    if len(g) != len(p):
        return False
    from crosscheck import names
    from crosscheck.extract.attribution import known_org

    def canon(x: str) -> str | None:
        return known_org(x)

    raw_p = pred.split(" + ")
    return all(max(token_set_ratio(a, b) for b in p) >= 85
               or any(names.same_source(ga, "org", pb, "org") for pb in raw_p)
               or any(canon(ga) is not None and canon(ga) == canon(pb) for pb in raw_p)
               for a, ga in zip(g, gold.split(" + ")))


def same_interval(g: dict, c: Claim) -> bool:
    q = c.quantity
    return q is not None and _eq(g.get("low"), q.low) and _eq(g.get("high"), q.high)


def _eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= max(1e-6, 0.01 * abs(float(a)))


def figure_match(g: dict, c: Claim, text: str) -> bool:
    q = c.quantity
    if q is None:
        return False
    fig = g["figure"].lower()
    qt = q.text.lower()
    return (fig in qt or qt in fig) and same_interval(g, c)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold figures matched by a predicted figure
    strict: int = 0  # ... with the right source and category

    def prf(self, strict: bool) -> tuple[float, float, float]:
        tp = self.strict if strict else self.found
        p = tp / self.predicted if self.predicted else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.strict += other.strict


def score_document(gold_claims: list[dict], claims: list[Claim], text: str = "") -> tuple[Score, list[str]]:
    """Score one document's predicted numeric claims against its gold claims; returns misses
    (gold figures missed or wrong, and predicted figures the gold does not have: "extra")."""
    preds = [c for c in claims if c.quantity is not None]
    s = Score(gold=len(gold_claims), predicted=len(preds))
    used: set[str] = set()
    misses = []
    for g in gold_claims:
        cands = [c for c in preds if c.id not in used and figure_match(g, c, text)]
        if not cands:
            misses.append(f"missed {g['figure']!r} ({g.get('category')}, {g.get('source')})")
            continue
        best = next((c for c in cands if c.category == g["category"] and same_source(g["source"], c.source.name if c.source else None,
                                                                                  c.source.aliases if c.source else ())), None)
        if best is not None:
            s.found += 1
            s.strict += 1
            used.add(best.id)
        else:
            c = cands[0]
            s.found += 1
            used.add(c.id)
            misses.append(f"wrong {g['figure']!r}: got {c.category}/{c.source_name}, want {g['category']}/{g['source']}")
    for c in preds:
        if c.id not in used:
            misses.append(f"extra {c.quantity.text!r} ({c.category}, {c.source_name}, {c.stance})")
    return s, misses
