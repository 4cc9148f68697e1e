"""Ingest speed: our HTML path vs trafilatura alone, and near-duplicate detection at scale.

    python bench/ingest.py [--pages N] [--docs N]     (defaults: 200 pages, 100,000 documents)

1. pages/s of crosscheck's HTML path (decode -> trafilatura -> Document -> clean, which adds
   ftfy, boilerplate rules, language detection and citation rules) vs ``trafilatura.bare_extraction``
   alone on the same pages in the same run, and the overhead ratio.
2. seconds to assign stories (MinHash LSH) to N synthetic documents, 10% of them near-copies.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def synthetic_pages(n: int) -> list[bytes]:
    rng = random.Random(7)
    words = ("officials said troops were killed wounded deployed near the border region ministry statement "
             "according to reports intelligence estimates suggest between soldiers front line casualties").split()
    pages = []
    for i in range(n):
        paras = "".join("<p>" + " ".join(rng.choice(words) for _ in range(60)) + f" {rng.randint(10, 5000):,}.</p>"
                        for _ in range(8))
        pages.append((f"<html><head><title>Page {i}</title><meta property='og:site_name' content='Bench Post'>"
                      f"<script>var a={i};</script></head><body><nav><a href='/'>Home</a></nav><article><h1>Page {i}</h1>"
                      f"{paras}</article><footer>© Bench Post</footer></body></html>").encode())
    return pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--docs", type=int, default=100_000)
    args = ap.parse_args()
    import trafilatura

    from crosscheck.api import clean_stage
    from crosscheck.clean.dedup import StoryIndex
    from crosscheck.ingest.readers import read_bytes

    pages = synthetic_pages(args.pages)
    # warm up both paths (model loads, imports) so only steady-state work is timed
    trafilatura.bare_extraction(pages[0].decode(), with_metadata=True)
    list(clean_stage(read_bytes("warm.html", "warm.html", pages[0])))
    t0 = time.perf_counter()
    for p in pages:
        trafilatura.bare_extraction(p.decode(), with_metadata=True, include_comments=False, include_tables=False,
                                    favor_precision=True)
    t_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_docs = 0
    for i, p in enumerate(pages):
        for item in clean_stage(read_bytes(f"p{i}.html", f"p{i}.html", p)):
            n_docs += hasattr(item, "text")
    t_ours = time.perf_counter() - t0
    print(f"HTML: {len(pages)} pages, {n_docs} documents")
    print(f"  trafilatura alone      : {len(pages) / t_bare:7.1f} pages/s")
    print(f"  crosscheck HTML + clean: {len(pages) / t_ours:7.1f} pages/s")
    print(f"  overhead ratio (ours / trafilatura time): {t_ours / t_bare:.2f}")

    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(5000)]
    idx = StoryIndex()
    base: list[list[str]] = []
    t0 = time.perf_counter()
    copies = 0
    for i in range(args.docs):
        if base and rng.random() < 0.1:
            words = list(rng.choice(base))
            words[rng.randrange(len(words))] = "edited"
            copies += 1
        else:
            words = [rng.choice(vocab) for _ in range(120)]
            if len(base) < 1000:
                base.append(words)
        idx.add(f"d{i}", " ".join(words))
    t_dedup = time.perf_counter() - t0
    stories = len(set(idx.story.values()))
    print(f"dedup: {args.docs:,} documents ({copies:,} near-copies) -> {stories:,} stories in {t_dedup:.1f} s "
          f"({args.docs / t_dedup:,.0f} docs/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
