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
from crosscheck.records import Claim, Document, Problem
from crosscheck.settings import DEFAULT, Settings


@dataclass
class RunSummary:
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    claims: int = 0
    questions: int = 0
    contradictions: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped_by_reason(self) -> Counter:
        return Counter(p.reason for p in self.problems)


def clean_stage(items: Iterable[Document | Problem], settings: Settings = DEFAULT) -> Iterator[Document | Problem]:
    """Clean each document; one with no text left after cleaning becomes a Problem."""
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        doc = clean_document(item)
        if len(doc.text.strip()) < settings.min_doc_chars:
            yield Problem(doc.path or doc.id, "empty after cleaning", f"{len(doc.dropped)} boilerplate lines dropped")
            continue
        yield doc


def extract(inputs: Iterable[str | Path], nlp=None, settings: Settings = DEFAULT,
            on_problem: Callable[[Problem], None] | None = None) -> Iterator[tuple[Document, list[Claim]]]:
    """Read, clean and extract; yields (document, claims). Problems go to ``on_problem``."""
    def docs() -> Iterator[Document]:
        for item in clean_stage(read_inputs(inputs, settings), settings):
            if isinstance(item, Problem):
                if on_problem:
                    on_problem(item)
                continue
            yield item

    yield from extract_documents(docs(), nlp=nlp, batch_size=settings.batch_size)


def run(inputs: Iterable[str | Path], db: str | Path = DEFAULT.db_path, nlp=None, settings: Settings = DEFAULT,
        on_document: Callable[[str, str], None] | None = None,
        on_problem: Callable[[Problem], None] | None = None) -> RunSummary:
    """read -> clean -> extract -> store -> reconcile. Unchanged documents are not re-extracted."""
    from crosscheck.reconcile import build_questions
    from crosscheck.store import open_store

    summary = RunSummary()
    with open_store(db) as store:
        def problem(p: Problem) -> None:
            summary.problems.append(p)
            store.save_problem(p)
            if on_problem:
                on_problem(p)

        def fresh_docs() -> Iterator[Document]:
            for item in clean_stage(read_inputs(inputs, settings), settings):
                if isinstance(item, Problem):
                    problem(item)
                    continue
                summary.read += 1
                if store.is_unchanged(item):
                    summary.unchanged += 1
                    if on_document:
                        on_document(item.id, "unchanged")
                    continue
                yield item

        for doc, claims in extract_documents(fresh_docs(), nlp=nlp, batch_size=settings.batch_size):
            state = store.save_document(doc, claims)
            if state == "added":
                summary.added += 1
            elif state == "updated":
                summary.updated += 1
            else:
                summary.unchanged += 1
            if on_document:
                on_document(doc.id, state)
        all_claims = store.claims()
        questions = build_questions(all_claims, settings, store.published_dates(), store.outlets())
        store.save_questions(questions)
        summary.claims = len(all_claims)
        summary.questions = len(questions)
        summary.contradictions = sum(len(q.contradictions) for q in questions)
    return summary


def extract_claims(text: str | Document, nlp=None, doc_id: str = "text", published: str | None = None) -> list[Claim]:
    """Claims in one text (cleaned first) or one Document."""
    doc = text if isinstance(text, Document) else Document(id=doc_id, text=text, raw=text, published=published)
    doc = clean_document(doc)
    for _, claims in extract_documents([doc], nlp=nlp):
        return claims
    return []


def load_questions(db: str | Path, settings: Settings = DEFAULT):
    """Questions rebuilt from the stored claims (with document metadata for reports)."""
    from crosscheck.reconcile import build_questions
    from crosscheck.store import open_store

    with open_store(db, create=False) as store:
        published = store.published_dates()
        meta = store.document_meta()
        questions = build_questions(store.claims(), settings, published, store.outlets())
    return questions, meta


__all__ = ["RunSummary", "clean_stage", "extract", "extract_claims", "find_quantities", "load_questions", "run"]
