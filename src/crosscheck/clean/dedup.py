"""Copies vs confirmations: near-duplicate detection with MinHash LSH (datasketch).

Every document gets a ``story`` id: the id of the first document of its cluster. Syndicated and
lightly edited copies (Jaccard similarity of word 5-shingles ≥ ``threshold``, estimated with
``num_perm`` MinHash permutations) share it. Signatures are kept in the store, so stories hold
across runs; the index is rebuilt from them at the start of a run (512 bytes per document).
"""

from __future__ import annotations

import re

import numpy as np

NUM_PERM = 128
THRESHOLD = 0.7
SHINGLE = 5
_WORD = re.compile(r"\w+", re.U)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


#: datasketch's hashing scheme, fixed so stored signatures stay comparable across versions.
SCHEME = "affine32"


def signature(text: str, num_perm: int = NUM_PERM):
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def signature_bytes(m) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def signature_from_bytes(b: bytes, num_perm: int = NUM_PERM):
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, hashvalues=np.frombuffer(b, dtype=np.uint64), scheme=SCHEME)


class StoryIndex:
    """Assigns story ids; ``add(doc_id, text)`` returns (story id, minhash bytes)."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.story: dict[str, str] = {}

    def load(self, rows) -> None:
        """Rows of (doc_id, story, minhash bytes) from the store."""
        for doc_id, story, blob in rows:
            if blob is None or doc_id in self.story:
                continue
            self.lsh.insert(doc_id, signature_from_bytes(blob, self.num_perm))
            self.story[doc_id] = story or doc_id

    def add(self, doc_id: str, text: str) -> tuple[str, bytes]:
        m = signature(text, self.num_perm)
        if doc_id in self.story:  # a new version of a known document keeps its story
            return self.story[doc_id], signature_bytes(m)
        matches = [d for d in self.lsh.query(m) if d != doc_id]
        story = min((self.story[d] for d in matches), default=doc_id)
        self.lsh.insert(doc_id, m)
        self.story[doc_id] = story
        return story, signature_bytes(m)
