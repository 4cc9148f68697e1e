#!/usr/bin/env python3
"""Consistency checks for this held-out set (run: python3 check.py)."""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_README = os.path.join(HERE, "..", "dev", "README.md")

TOPICS = {
    "conflict": "conflict_casualties",
    "disaster": "disaster_toll",
    "protest": "protest_crowd",
    "shipwreck": "migrant_shipwreck",
    "mercenary": "foreign_deployment",
    "troops": "troop_estimate",
    "displacement": "displacement",
}
UNITS = {"count", "percent", "money", "area", "rate"}
CATEGORIES = {"killed", "wounded", "killed_or_wounded", "captured", "missing",
              "displaced", "deployed", "other"}
HEDGES = {"none", "estimated", "reportedly", "claimed", "alleged", "unconfirmed"}
STANCES = {"asserted", "denied", "not_acknowledged"}
CLAIM_KEYS = {"figure", "low", "high", "approx", "unit", "what", "category",
              "source", "via", "hedge", "stance", "date"}
PROP_KEYS = {"source", "stance", "hedge", "what"}
ENTRY_KEYS = {"id", "topic", "note", "claims", "propositions"}
MIN_WORDS, MAX_WORDS = 180, 420
URL_RE = re.compile(r"^https://[a-z0-9.-]+\.example\.(org|com|net)/\S*$")

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def readme_tags():
    tags = set()
    with open(DEV_README, encoding="utf-8") as f:
        text = f.read()
    section = text.split("## Phenomena", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        m = re.match(r"^\|\s*`([a-z-]+)`\s*\|", line)
        if m:
            tags.add(m.group(1))
    return tags


def parse_doc(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        raise ValueError("no front matter")
    _, fm, body = text.split("---\n", 2)
    meta = {}
    for line in fm.strip().splitlines():
        key, _, value = line.partition(": ")
        meta[key.strip()] = value.strip()
    return meta, body.strip()


def valid_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main():
    tags = readme_tags()
    if not tags:
        err("README", "no phenomenon tags found in dev README")
    # The annotations are gold.json, then gold-2.json, gold-3.json ... (a new file once one
    # passes 5 MB); together they hold one entry per report.
    names = ["gold.json"] + sorted(
        (fn for fn in os.listdir(HERE) if re.fullmatch(r"gold-\d+\.json", fn)),
        key=lambda fn: int(re.sub(r"\D", "", fn)))
    gold = []
    for name in names:
        try:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                gold += json.load(f)
        except Exception as e:  # noqa: BLE001
            print(f"{name} does not parse: {e}")
            return 1

    md_files = sorted(fn[:-3] for fn in os.listdir(HERE)
                      if fn.endswith(".md") and fn != "README.md")
    ids = [e.get("id") for e in gold]
    if sorted(ids) != md_files:
        err("gold.json", f"ids {sorted(ids)} do not match documents {md_files}")
    if len(set(ids)) != len(ids):
        err("gold.json", "duplicate ids")

    n_claims = n_props = 0
    for entry in gold:
        doc = entry.get("id", "?")
        if set(entry) != ENTRY_KEYS:
            err(doc, f"entry keys {sorted(entry)}")
        path = os.path.join(HERE, doc + ".md")
        if not os.path.exists(path):
            err(doc, "document file missing")
            continue
        meta, body = parse_doc(path)
        for key in ("title", "outlet", "published", "url"):
            if not meta.get(key):
                err(doc, f"front matter lacks {key}")
        if ": " in meta.get("title", ""):
            err(doc, "title contains a colon followed by a space")
        if not URL_RE.match(meta.get("url", "")):
            err(doc, f"url not on example.org/com/net: {meta.get('url')}")
        published = valid_date(meta.get("published"))
        if published is None:
            err(doc, "published is not an ISO date")
        prefix = doc.split("-")[0]
        if entry.get("topic") != TOPICS.get(prefix):
            err(doc, f"topic {entry.get('topic')} != {TOPICS.get(prefix)}")

        words = len(body.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(doc, f"body has {words} words")
        if re.search(r"(^|\n)\s*(#|[-*+] |\d+\. |>)|\*\*|__|\[[^\]]*\]\(|`", body):
            err(doc, "body contains Markdown markup")

        note = entry.get("note", "")
        m = re.search(r"Phenomena: ([a-z, -]+)\.$", note)
        if not m:
            err(doc, "note does not end with a 'Phenomena: ...' list")
        else:
            listed = [t.strip() for t in m.group(1).split(",")]
            bad = [t for t in listed if t not in tags]
            if bad:
                err(doc, f"unknown phenomenon tags {bad}")
            if len(set(listed)) != len(listed):
                err(doc, "duplicate phenomenon tags")

        claims = entry.get("claims", [])
        if not claims:
            err(doc, "no claims")
        n_claims += len(claims)
        seen = set()
        for i, c in enumerate(claims):
            where = f"claim {i} ({c.get('figure')!r})"
            if set(c) != CLAIM_KEYS:
                err(doc, f"{where}: keys {sorted(c)}")
                continue
            if not isinstance(c["figure"], str) or c["figure"] not in body:
                err(doc, f"{where}: figure is not a substring of the body")
            if c["unit"] not in UNITS:
                err(doc, f"{where}: unit {c['unit']}")
            if c["category"] not in CATEGORIES:
                err(doc, f"{where}: category {c['category']}")
            if c["hedge"] not in HEDGES:
                err(doc, f"{where}: hedge {c['hedge']}")
            if c["stance"] not in STANCES:
                err(doc, f"{where}: stance {c['stance']}")
            if not isinstance(c["approx"], bool):
                err(doc, f"{where}: approx is not a boolean")
            for k in ("low", "high"):
                if c[k] is not None and (isinstance(c[k], bool) or not isinstance(c[k], (int, float))):
                    err(doc, f"{where}: {k} is not a number or null")
            if c["low"] is None and c["high"] is None:
                err(doc, f"{where}: both low and high are null")
            if c["low"] is not None and c["high"] is not None and c["low"] > c["high"]:
                err(doc, f"{where}: low > high")
            if c["unit"] == "percent":
                for k in ("low", "high"):
                    if c[k] is not None and not 0 <= c[k] <= 100:
                        err(doc, f"{where}: percent out of range")
            for k in ("source", "what"):
                if not isinstance(c[k], str) or not c[k].strip():
                    err(doc, f"{where}: empty {k}")
            if c["via"] is not None and (not isinstance(c["via"], str) or not c["via"].strip()):
                err(doc, f"{where}: via must be null or a non-empty string")
            if c["date"] is not None:
                d = valid_date(c["date"])
                if d is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["date"]):
                    err(doc, f"{where}: date {c['date']!r} is not an ISO date")
                elif published and d > published:
                    err(doc, f"{where}: date {c['date']} after published {published}")
            key = (c["figure"], c["source"], c["stance"], c["unit"], c["category"])
            if key in seen:
                err(doc, f"{where}: duplicate (figure, source, stance, unit, category)")
            seen.add(key)

        props = entry.get("propositions", [])
        n_props += len(props)
        for i, p in enumerate(props):
            if set(p) != PROP_KEYS:
                err(doc, f"proposition {i}: keys {sorted(p)}")
                continue
            if p["stance"] not in STANCES:
                err(doc, f"proposition {i}: stance {p['stance']}")
            if p["hedge"] not in HEDGES:
                err(doc, f"proposition {i}: hedge {p['hedge']}")
            if not p["source"].strip() or not p["what"].strip():
                err(doc, f"proposition {i}: empty source or what")

    for e in errors:
        print(e)
    print(f"{len(gold)} documents, {n_claims} claims, {n_props} propositions; "
          f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
