"""The registered spaCy component: ``nlp.add_pipe("crosscheck_claims")``.

After it runs, ``doc._.claims`` holds the document's claims (plain ``Claim`` records) and
``doc._.quantities`` every figure found. Set ``doc._.crosscheck_meta = {"id": ..., "published":
"YYYY-MM-DD", "outlet": ..., "title": ...}`` before the pipeline runs to give claims their
document id, a date base, the outlet whose own voice "our tally" is, and the title (which names
the country a report is about).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from crosscheck.extract.claims import doc_claims

for _name, _default in (("claims", None), ("quantities", None), ("crosscheck_meta", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class ClaimsComponent:
    """Find figures, attribute them, and store the claims on the Doc."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.crosscheck_meta or {}
        doc._.claims = doc_claims(doc, meta)
        doc._.quantities = doc.user_data.pop("crosscheck_quantities", None) or []  # found sentence by sentence
        return doc


@Language.component("crosscheck_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser never joins two paragraphs ("... at around 6 p.m.
    <blank line> The president's office dismissed ..."). Runs before the parser, which keeps
    the boundaries it is given."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
    for k in starts:
        end = _dateline_end(doc, k)
        if end is not None:
            doc[end].is_sent_start = True
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
        elif tok.lower_ in _TIME_ABBREVIATIONS and doc[tok.i + 1].text[:1].isupper() \
                and doc[tok.i + 1].lower_ in _SENTENCE_OPENERS:
            # rule ``time_abbreviation_end``: "... shortly after 4 p.m. In a survey ..." is two
            # sentences (the full stop of "p.m." also ends the sentence)
            doc[tok.i + 1].is_sent_start = True
    return doc


def _dateline_end(doc: Doc, k: int) -> int | None:
    """rule ``dateline``: "WAJIMA, Japan — Ishikawa prefecture said ..." and "KYIV (Reuters) - ...":
    the dateline is a sentence of its own, so the place is never read as the subject."""
    if k < len(doc) and _CLOCK_RE.fullmatch(doc[k].text):
        # rule ``timestamp_line``: a live blog's "14:30 — The army said ..." (or "14:30 GMT:"): the
        # time is a line of its own, never the subject of "said"
        for j in range(k + 1, min(k + 4, len(doc) - 1)):
            if doc[j].text in ("—", "–", "--", "-", ":", "|"):
                return j + 1 if not doc[j + 1].is_space else None
            if doc[j].lower_ not in _ZONES:
                return None
        return None
    if k >= len(doc) or not (doc[k].text.isupper() and doc[k].text.isalpha() and len(doc[k].text) >= 2):
        return None
    for j in range(k + 1, min(k + 10, len(doc) - 1)):
        t = doc[j]
        if t.text in ("—", "–", "--", "-") and j > k:
            return j + 1 if not doc[j + 1].is_space else None
        if not (t.text[:1].isupper() or t.text in (",", "(", ")", ".") or t.is_space and "\n" not in t.text):
            return None
    return None


_CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d")
_ZONES = {"gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "local", "time", "am", "pm", "a.m.", "p.m."}
_TIME_ABBREVIATIONS = {"a.m.", "p.m.", "a.m", "p.m"}
#: Words that open a sentence and never continue a time ("4 p.m. Monday" continues).
_SENTENCE_OPENERS = {"in", "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "by", "on", "at",
                     "this", "that", "there", "his", "her", "its", "their", "of", "police", "officials", "after",
                     "before", "when", "as", "some", "many", "most", "more", "about", "at", "no", "none", "one", "two"}


@Language.factory("crosscheck_claims", requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
                  assigns=["doc._.claims", "doc._.quantities"])
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)
