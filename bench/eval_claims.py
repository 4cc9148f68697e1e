"""Claim extraction scores against gold annotations (schema of ../shared/seeds/gold.json).

    python bench/eval_claims.py                 # sample corpus, seeds, eval/dev, eval/holdout (whichever exist)
    python bench/eval_claims.py --misses        # also list every missed or wrong figure
    python bench/eval_claims.py --by-number     # also score each set by report number (-01, -02, ...)

Prints figure P/R/F1 (the figure and its interval found) and strict P/R/F1 (figure + source +
category) per set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "sample corpus (examples/kursk)": (ROOT / "examples" / "kursk", ROOT / "tests" / "golden" / "kursk_gold.json"),
    "seeds (../shared/seeds)": (ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "seeds" / "gold.json"),
    "dev set (eval/dev)": (ROOT / "eval" / "dev", ROOT / "eval" / "dev"),  # gold.json, gold-2.json, ...
    "held-out set (eval/holdout)": (ROOT / "eval" / "holdout", ROOT / "eval" / "holdout"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed and wrong figures")
    ap.add_argument("--by-number", action="store_true",
                    help="also print scores per report number (the -NN suffix shared across topics)")
    args = ap.parse_args()
    from crosscheck import api
    from crosscheck.evaluate import Score, load_gold, score_document
    from crosscheck.extract.nlp import load_nlp

    nlp = load_nlp()
    for name, (folder, gold_path) in SETS.items():
        if not gold_path.exists():
            print(f"{name}: not found, skipped")
            continue
        entries = load_gold(gold_path) if gold_path.is_dir() else json.loads(gold_path.read_text("utf-8"))
        gold = {g["id"]: g for g in entries}
        total = Score()
        by_number: dict[str, Score] = {}
        for doc, claims in api.extract([str(folder)], nlp=nlp):
            if doc.id not in gold:
                continue
            s, misses = score_document(gold[doc.id]["claims"], claims, doc.text)
            total.add(s)
            by_number.setdefault(doc.id.rsplit("-", 1)[-1], Score()).add(s)
            if args.misses and misses:
                print(f"  {doc.id}:")
                for m in misses:
                    print(f"    {m}")
        fp, fr, ff = total.prf(strict=False)
        sp, sr, sf = total.prf(strict=True)
        print(f"{name}: {total.gold} gold figures, {total.predicted} predicted | "
              f"figure P {fp:.2f} R {fr:.2f} F1 {ff:.2f} | strict P {sp:.2f} R {sr:.2f} F1 {sf:.2f}")
        if args.by_number and len(by_number) > 1:
            for number, part in sorted(by_number.items(), key=lambda kv: (len(kv[0]), kv[0])):  # -99 before -100
                print(f"    -{number}: {part.gold} gold | figure F1 {part.prf(strict=False)[2]:.3f} | "
                      f"strict F1 {part.prf(strict=True)[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
