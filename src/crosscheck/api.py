"""What the CLI (and anyone else) calls: ``run``, ``extract``, ``extract_claims``, ``find_quantities``.

The pipeline is a chain of generators over records — ``read_inputs`` -> ``clean_stage`` ->
``extract_documents`` -> store — so documents stream through and memory stays bounded. Every
input that is not turned into claims is counted with its reason in :class:`RunSummary`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.clean import clean_document
from crosscheck.extract import extract_documents
from crosscheck.extract.quantities import find_quantities
from crosscheck.ingest import read_inputs
from crosscheck.records import Claim, Document, Problem, short_hash
from crosscheck.settings import DEFAULT, Settings


@dataclass
class RunSummary:
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    reextracted: int = 0  # same text, extracted again because the rules changed
    not_english: int = 0
    recleaned: int = 0
    claims: int = 0
    questions: int = 0
    contradictions: int = 0
    problems: list[Problem] = field(default_factory=list)
    new_claims: list[str] = field(default_factory=list)

    @property
    def skipped_by_reason(self) -> Counter:
        return Counter(p.reason for p in self.problems)


#: A line seen in this many documents of one outlet is that outlet's boilerplate.
LEARN_MIN_DOCS = 3


def _candidate_lines(doc: Document) -> set[str]:
    """Lines of a document that could be boilerplate: short, and without figures."""
    from crosscheck.clean.cleaner import line_key, normalise

    out = set()
    for line in normalise(doc.raw if doc.raw is not None else doc.text).split("\n"):
        if 12 <= len(line) <= 300 and not find_quantities(line):
            out.add(line_key(line))
    return out


def unique_ids(items: Iterable[Document | Problem], stored_path: Callable[[str], str | None] | None = None
               ) -> Iterator[Document | Problem]:
    """Two different inputs with the same id ("a/report.md" and "b/report.md") must not overwrite
    each other: the later one (in this run, or against what is stored) gets its path's hash
    appended, the same on every run."""
    seen: dict[str, str] = {}
    hashes: dict[str, str] = {}
    for item in items:
        if isinstance(item, Document):
            origin = _origin(item)
            owner = seen.get(item.id) or (stored_path(item.id) if stored_path else None)
            if owner is not None and _origin_of_path(owner) != origin:
                item = item.replace(id=f"{item.id}~{short_hash(origin, length=6)}")
            elif item.id in hashes and hashes[item.id] != item.content_hash:
                # the same id twice in one run with different text (two snapshots of one URL in a
                # JSONL file): the later one is its own document, not a flip-flopping version
                item = item.replace(id=f"{item.id}~{item.content_hash[:6]}")
            elif item.id in hashes:
                continue  # the very same document twice: once is enough
            seen.setdefault(item.id, item.path or origin)
            hashes[item.id] = item.content_hash
        yield item


def _origin(doc: Document) -> str:
    return _origin_of_path(doc.path or doc.id)


def _origin_of_path(path: str) -> str:
    """Where a document came from, for telling inputs apart: a JSONL line's or CSV row's origin is
    its file (line numbers move), a URL is its own origin, a file is its real path."""
    import os
    import re

    if path.startswith(("http://", "https://")):
        return path
    m = re.match(r"^(.*?)(?::row \d+|:\d+)$", path)
    base = m.group(1) if m else path
    file_part, sep, rest = base.partition("#")
    return os.path.realpath(file_part) + sep + rest


def clean_stage(items: Iterable[Document | Problem], settings: Settings = DEFAULT,
                learned: Callable[[str | None], frozenset[str]] | None = None) -> Iterator[Document | Problem]:
    """Clean each document (with the boilerplate learned for its outlet, if any); one with no text
    left after cleaning becomes a Problem."""
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        extra = learned(item.outlet) if learned else frozenset()
        doc = clean_document(item, extra)
        if len(doc.text.strip()) < settings.min_doc_chars:
            yield Problem(doc.path or doc.id, "empty after cleaning", f"{len(doc.dropped)} boilerplate lines dropped")
            continue
        yield doc


def extract(inputs: Iterable[str | Path], nlp=None, settings: Settings = DEFAULT,
            on_problem: Callable[[Problem], None] | None = None) -> Iterator[tuple[Document, list[Claim]]]:
    """Read, clean and extract; yields (document, claims). Problems go to ``on_problem``; a
    document that is not in English is yielded with no claims."""
    def docs() -> Iterator[Document]:
        for item in clean_stage(unique_ids(read_inputs(inputs, settings)), settings):
            if isinstance(item, Problem):
                if on_problem:
                    on_problem(item)
                continue
            yield item

    yield from extract_documents(docs(), nlp=nlp, batch_size=settings.batch_size)


def run(inputs: Iterable[str | Path], db: str | Path = DEFAULT.db_path, nlp=None, settings: Settings = DEFAULT,
        on_document: Callable[[str, str], None] | None = None,
        on_problem: Callable[[Problem], None] | None = None,
        fetch_settings=None) -> RunSummary:
    """read -> clean -> extract -> store -> reconcile. Unchanged documents are not re-extracted.

    Streams: one document at a time (in spaCy batches) goes through; nothing loads the corpus."""
    from crosscheck.clean.dedup import StoryIndex
    from crosscheck.reconcile import build_questions
    from crosscheck.store import open_store

    summary = RunSummary()
    with open_store(db) as store:
        stories = StoryIndex()
        stories.load(store.story_rows())
        learned_cache: dict[str | None, frozenset[str]] = {}
        touched_outlets: set[str] = set()
        before_ids = {c.id for c in store.claims()}

        def learned(outlet: str | None) -> frozenset[str]:
            if outlet not in learned_cache:
                learned_cache[outlet] = store.learned_lines(outlet, LEARN_MIN_DOCS)
            return learned_cache[outlet]

        def problem(p: Problem) -> None:
            summary.problems.append(p)
            store.save_problem(p)
            if on_problem:
                on_problem(p)

        from crosscheck.extract import extractor_version

        extractor = extractor_version()

        def fresh_docs() -> Iterator[Document]:
            items = unique_ids(read_inputs(inputs, settings, fetch_settings), store.document_path)
            for item in clean_stage(items, settings, learned):
                if isinstance(item, Problem):
                    problem(item)
                    continue
                summary.read += 1
                if store.is_unchanged(item, extractor):
                    summary.unchanged += 1
                    if on_document:
                        on_document(item.id, "unchanged")
                    continue
                if item.outlet and store.document_state(item.id) is None and item.id not in counted:
                    # each document counts once per outlet (a new version of it does not)
                    counted.add(item.id)
                    store.count_lines(item.outlet, _candidate_lines(item))
                    touched_outlets.add(item.outlet)
                story, sig = stories.add(item.id, item.text)
                item = item.replace(story=story)
                if item.language != "en":
                    summary.not_english += 1
                    _save(item, [], sig)
                    continue
                pending[item.id] = sig
                yield item

        pending: dict[str, bytes] = {}
        counted: set[str] = set()

        def _save(doc: Document, claims: list[Claim], sig: bytes | None) -> None:
            state = store.save_document(doc, claims, sig, extractor=extractor)
            if state == "added":
                summary.added += 1
            elif state == "updated":
                summary.updated += 1
            elif state == "re-extracted":
                summary.reextracted += 1
            else:
                summary.unchanged += 1
            if on_document:
                on_document(doc.id, state if doc.language == "en" else f"{state} (not English: {doc.language})")

        for doc, claims in extract_documents(fresh_docs(), nlp=nlp, batch_size=settings.batch_size):
            _save(doc, claims, pending.pop(doc.id, None))
        summary.recleaned = _reclean(store, touched_outlets, learned_cache, nlp, settings)
        all_claims = store.claims()
        questions = build_questions(all_claims, settings, store.document_meta())
        store.save_questions(questions)
        summary.claims = len(all_claims)
        summary.new_claims = [c.id for c in all_claims if c.id not in before_ids]
        summary.questions = len(questions)
        summary.contradictions = sum(len(q.contradictions) for q in questions)
    return summary


def _reclean(store, outlets: set[str], seen: dict, nlp, settings: Settings) -> int:
    """Boilerplate learned during this run (a line now in LEARN_MIN_DOCS documents of an outlet)
    is removed from that outlet's documents stored before it was learned; they are re-extracted."""
    n = 0
    for outlet in sorted(outlets):
        now = store.learned_lines(outlet, LEARN_MIN_DOCS)
        if not now - seen.get(outlet, frozenset()):
            continue
        def redo():
            for doc in store.documents_of_outlet(outlet):
                cleaned = clean_document(doc, now)
                if any(d.rule == "learned_boilerplate" for d in cleaned.dropped) and \
                        cleaned.text != store.document_text(doc.id):
                    yield cleaned.replace(story=doc.story)

        for doc, claims in extract_documents(redo(), nlp=nlp, batch_size=settings.batch_size):
            # same document, same version and metadata: only its cleaning and claims change
            store.replace_extraction(doc, claims, None)
            n += 1
    return n


def load_questions(db: str | Path, settings: Settings = DEFAULT):
    """Questions rebuilt from the stored claims (with document metadata for reports)."""
    from crosscheck.reconcile import build_questions
    from crosscheck.store import open_store

    with open_store(db, create=False) as store:
        meta = store.document_meta()
        questions = build_questions(store.claims(), settings, meta, store.revisions())
    return questions, meta


def extract_claims(text: str | Document, nlp=None, doc_id: str = "text", published: str | None = None,
                   outlet: str | None = None) -> list[Claim]:
    """Claims in one text (cleaned first) or one Document. ``outlet``: who published the text (its
    own tally is the outlet's voice)."""
    doc = text if isinstance(text, Document) else Document(id=doc_id, text=text, raw=text, published=published,
                                                           outlet=outlet)
    doc = clean_document(doc)
    for _, claims in extract_documents([doc], nlp=nlp):
        return claims
    return []


__all__ = ["RunSummary", "clean_stage", "extract", "extract_claims", "find_quantities", "load_questions", "run"]
