"""Raw article text -> the cleaned text extraction reads.

Steps, each a named function (``clean_document`` runs them in order):

1. ``normalise``: mojibake repaired (ftfy), Unicode NFC, no zero-width or non-breaking spaces,
   one space between words, "frontlines.North" split into two sentences.
2. ``split_lines`` + ``match_rule`` (``rules.py``): boilerplate lines dropped, with the rule name.
3. ``title_lines``: a line that repeats the title, or captions it ("Image for <title>"), dropped.
4. ``assemble_paragraphs``: blank-line blocks; hard-wrapped lines joined back into paragraphs.
5. ``drop_repeated``: a paragraph that repeats an earlier one (ignoring case and spacing) dropped.

6. ``detect_language``: the cleaned text's language (py3langid's bundled model; no download).
7. ``find_citations`` (``citations.py``): outlets the report says it relays.

The cleaned text is the paragraphs joined by a blank line. Every offset a claim carries refers to
this text, so ``doc.text[claim.sentence.start:claim.sentence.end] == claim.sentence.text``.
"""

from __future__ import annotations

import re
import unicodedata

from crosscheck.clean.rules import match_rule
from crosscheck.records import Document, Dropped

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
#: Control characters (C0 but tab and newline, DEL, C1): terminal escapes never reach a screen.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_RUN_ON = re.compile(r"(?<=[a-z\d”\"’)]{2})([.!?])(?=[A-Z][a-z])")
_END_PUNCT = re.compile(r"[.!?:;\"”’)\]]$")


def normalise(text: str) -> str:
    import ftfy

    text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _RUN_ON.sub(r"\1\n", text)


def _norm_key(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


def assemble_paragraphs(lines: list[str | None]) -> list[str]:
    """Lines (None = blank) -> paragraphs; a line without final punctuation followed by a
    lower-case line is a hard wrap and is joined."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line is None:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and not _END_PUNCT.search(current[-1]) and line[:1].islower():
            current.append(line)
            continue
        if current:
            paragraphs.append(" ".join(current))
        current = [line]
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def line_key(line: str) -> str:
    """How lines are compared for repeats and learned boilerplate (case, spacing, punctuation ignored)."""
    return _norm_key(line)


def clean_text(text: str, title: str | None = None,
               extra_boilerplate: frozenset[str] = frozenset()) -> tuple[str, list[Dropped]]:
    """Return (cleaned text, what was dropped and why)."""
    dropped: list[Dropped] = []
    title_key = _norm_key(title) if title else None
    kept: list[str | None] = []
    for line in normalise(text).split("\n"):
        if not line:
            kept.append(None)
            continue
        rule = match_rule(line)
        if rule is None and extra_boilerplate and _norm_key(line) in extra_boilerplate:
            rule = "learned_boilerplate"
        if rule is None and title_key:
            key = _norm_key(line)
            if key == title_key:
                rule = "title_repeat"
            elif title_key in key and len(key) - len(title_key) < 25 and not re.search(r"\d", line) \
                    and not _END_PUNCT.search(line):
                rule = "title_caption"
        if rule:
            dropped.append(Dropped(rule, line))
            kept.append(None)
        else:
            kept.append(line)
    out: list[str] = []
    seen: set[str] = set()
    for para in assemble_paragraphs(kept):
        key = _norm_key(para)
        if len(key) > 20 and key in seen:
            dropped.append(Dropped("repeated_paragraph", para))
            continue
        seen.add(key)
        out.append(para)
    return "\n\n".join(out), dropped


#: Texts shorter than this are assumed English: too short to tell reliably.
MIN_CHARS_FOR_LANGUAGE = 80


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "de", ...)."""
    if len(text) < MIN_CHARS_FOR_LANGUAGE:
        return "en"
    import py3langid

    lang, _ = py3langid.classify(text[:3000])
    return lang


def clean_document(doc: Document, extra_boilerplate: frozenset[str] = frozenset()) -> Document:
    """The clean stage for one document (idempotent: a cleaned document is returned as is).
    ``extra_boilerplate``: normalised lines learned as boilerplate for this document's outlet."""
    if doc.cleaned and not extra_boilerplate:
        return doc
    from crosscheck.clean.citations import find_citations

    source = doc.raw if doc.raw is not None else doc.text
    text, dropped = clean_text(source, doc.title, extra_boilerplate)
    return doc.replace(text=text, dropped=tuple(dropped), cleaned=True, raw=source,
                       language=detect_language(text), cites=tuple(o for _, o in find_citations(source)))
