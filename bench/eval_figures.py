"""Figure finding on eval/figures/probe.jsonl: news sentences written for this project, each with
the figures it holds (and none for the dates, ages, distances and names beside them).

    python bench/eval_figures.py [--misses]

Prints how many annotated figures ``crosscheck`` extracts with the right interval, and how many
figures it extracts that are not annotated.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _eq(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 0.01 * abs(a) + 1e-6)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print every missed or extra figure")
    args = ap.parse_args()
    from crosscheck import extract_claims
    from crosscheck.extract.nlp import load_nlp

    nlp = load_nlp()
    found = total = extra = 0
    for line in (ROOT / "eval" / "figures" / "probe.jsonl").read_text("utf-8").splitlines():
        item = json.loads(line)
        preds = [c.quantity for c in extract_claims(item["text"], nlp=nlp) if c.quantity]
        used: set[int] = set()
        for g in item["figures"]:
            total += 1
            hit = next((i for i, q in enumerate(preds) if i not in used
                        and (g["figure"].lower() in q.text.lower() or q.text.lower() in g["figure"].lower())
                        and _eq(g["low"], q.low) and _eq(g["high"], q.high)), None)
            if hit is None:
                if args.misses:
                    print(f"missed {g['figure']!r} in: {item['text']}")
            else:
                used.add(hit)
                found += 1
        for i, q in enumerate(preds):
            if i not in used:
                extra += 1
                if args.misses:
                    print(f"extra {q.text!r} in: {item['text']}")
    print(f"eval/figures: {found}/{total} figures found with the right interval ({found / total:.1%}), "
          f"{extra} extra")
    return 0


if __name__ == "__main__":
    sys.exit(main())
