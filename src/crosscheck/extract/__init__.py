"""The extract stage: Documents -> Claims, with spaCy and the ``crosscheck_claims`` component."""

from crosscheck.extract.quantities import find_quantities

__all__ = ["extract_documents", "find_quantities"]


def extract_documents(docs, nlp=None, batch_size: int = 32):
    """Yield ``(Document, [Claim, ...])`` for each cleaned Document, in order (streams)."""
    from crosscheck.extract.nlp import load_nlp

    nlp = nlp or load_nlp()

    def spacy_docs():
        for d in docs:
            # a document that is not in English is stored but not extracted
            sd = nlp.make_doc(d.text if d.language in (None, "en") else "")
            sd._.crosscheck_meta = {"id": d.id, "published": d.published}
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
