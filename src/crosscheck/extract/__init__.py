"""The extract stage: Documents -> Claims, with spaCy and the ``crosscheck_claims`` component."""

from crosscheck.extract.quantities import find_quantities

__all__ = ["extract_documents", "extractor_version", "find_quantities"]


def extractor_version() -> str:
    """A fingerprint of the extraction rules (this package's source). The store re-extracts a
    document it already holds when the rules that extracted it have changed."""
    global _VERSION
    if _VERSION is None:
        import hashlib
        from pathlib import Path

        h = hashlib.sha1()
        for f in sorted(Path(__file__).parent.glob("*.py")):
            h.update(f.name.encode())
            h.update(f.read_bytes())
        _VERSION = h.hexdigest()[:12]
    return _VERSION


_VERSION: str | None = None


def extract_documents(docs, nlp=None, batch_size: int = 32):
    """Yield ``(Document, [Claim, ...])`` for each cleaned Document, in order (streams)."""
    from crosscheck.extract.nlp import load_nlp

    nlp = nlp or load_nlp()

    def spacy_docs():
        for d in docs:
            # a document that is not in English is stored but not extracted
            sd = nlp.make_doc(d.text if d.language in (None, "en") else "")
            sd._.crosscheck_meta = {"id": d.id, "published": d.published, "outlet": d.outlet, "title": d.title}
            yield d, sd

    from collections import deque

    pairs = spacy_docs()
    buffer: deque = deque()

    def gen():
        for d, sd in pairs:
            buffer.append(d)
            yield sd

    for sd in nlp.pipe(gen(), batch_size=batch_size):
        d = buffer.popleft()
        yield d, list(sd._.claims or [])
