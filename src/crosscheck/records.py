"""The few typed records every stage shares.

Plain, frozen, slotted dataclasses: picklable (process pools, Ray), comparable, and free of spaCy
objects. Each stage takes an iterator of one kind of record and yields another::

    ingest  -> Document | Problem
    clean   -> Document (text cleaned, ``dropped`` filled)
    extract -> Claim (with its Sentence, Quantity and Source)
    reconcile -> Question (with its claims' ids, Contradictions and a low/best/high summary)
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

#: Categories of what a figure counts. ``killed_or_wounded`` covers "casualties" and "losses".
CATEGORIES = (
    "deployed",
    "killed",
    "wounded",
    "killed_or_wounded",
    "captured",
    "missing",
    "displaced",
    "other",
)
STANCES = ("asserted", "denied", "not_acknowledged")
CERTAINTIES = ("certain", "probable", "possible")
SOURCE_KINDS = (
    "person",
    "government",
    "military",
    "intelligence",
    "international",
    "ngo",
    "media",
    "anonymous",
    "other",
)


def short_hash(*parts: object, length: int = 12) -> str:
    """A stable hex id from any parts (used for content hashes and claim ids)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Dropped:
    """A piece of the raw text the cleaner removed, and the named rule that removed it."""

    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is what extraction reads (cleaned once the clean stage ran)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    path: str | None = None  # where it was read from (file, or file:line for JSONL)
    raw: str | None = None  # the text as read, before cleaning
    dropped: tuple[Dropped, ...] = ()
    cleaned: bool = False
    language: str | None = None  # ISO 639-1 code from the clean stage ("en"); others are not extracted
    story: str | None = None  # near-duplicate cluster: syndicated and lightly edited copies share it
    cites: tuple[str, ...] = ()  # outlets this report says it relays ("as first reported by Reuters")
    author: str | None = None
    canonical_url: str | None = None  # the page's own <link rel="canonical"> (may differ from url)

    @property
    def content_hash(self) -> str:
        """Changes when the text or any metadata changes (a new date must reach the claims)."""
        return short_hash(self.title or "", self.outlet or "", self.published or "", self.url or "",
                          self.author or "", self.raw if self.raw is not None else self.text, length=16)

    def replace(self, **changes: Any) -> Document:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read: which one and why. Reported, skipped, never silent."""

    where: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document's cleaned text: ``text == doc.text[start:end]``."""

    doc: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as an interval. ``low``/``high`` are None for an open side ("over 3,000")."""

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    approx: bool = False
    unit: str = "count"  # count, percent, money, area, rate
    kind: str = "exact"  # exact, bound, range, approx, vague, fraction, share, multiple
    of_total: float | None = None  # the stated total for fractions ("a quarter of the 12,000")
    share: float | None = None  # the share in percent for fractions

    @property
    def point(self) -> float | None:
        """A single representative value (midpoint of a closed interval, else its bound)."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    def shifted(self, offset: int) -> Quantity:
        return dataclasses.replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True, slots=True)
class Source:
    """Who asserts a claim. ``text`` is as written, ``name`` canonical within the document."""

    text: str
    name: str
    kind: str = "other"
    members: tuple[str, ...] = ()  # joint sources: the canonical names it stands for
    affiliation: str | None = None  # whom the source speaks for: "Ukraine", "White House", ...
    aliases: tuple[str, ...] = ()  # acronyms and other names seen for it ("NIS")


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed statement, numeric (``quantity``) or not (``quantity is None``)."""

    id: str
    doc: str
    sentence: Sentence
    quantity: Quantity | None
    source: Source | None  # None: the outlet's own voice
    via: tuple[Source, ...] = ()
    cue: str | None = None
    what: str | None = None
    subject: str | None = None  # who/what is counted, normalised ("North Korean troops")
    category: str = "other"
    location: str | None = None
    hedges: tuple[str, ...] = ()
    certainty: str = "certain"
    stance: str = "asserted"
    date: str | None = None  # YYYY-MM-DD, or --MM-DD when only month and day are known
    period: str | None = None  # "in one week": the figure covers a period, not a running total
    rules: tuple[str, ...] = ()  # ids of the rules that produced the attribution and category
    copies: tuple[str, ...] = ()  # other documents carrying this same claim (same story or cited wire)

    @property
    def source_name(self) -> str:
        return self.source.name if self.source else "(outlet)"

    def to_json(self) -> dict[str, Any]:
        """The ``extract --format jsonl`` contract (see README)."""
        q = self.quantity
        return {
            "id": self.id,
            "doc": self.doc,
            "sentence": {"text": self.sentence.text, "start": self.sentence.start, "end": self.sentence.end},
            "quantity": None
            if q is None
            else {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "low": q.low,
                "high": q.high,
                "approx": q.approx,
                "unit": q.unit,
                "kind": q.kind,
            },
            "source": None
            if self.source is None
            else {"text": self.source.text, "name": self.source.name, "kind": self.source.kind,
                  "members": list(self.source.members), "affiliation": self.source.affiliation,
                  "aliases": list(self.source.aliases)},
            "via": [{"text": v.text, "name": v.name, "kind": v.kind} for v in self.via],
            "cue": self.cue,
            "what": self.what,
            "subject": self.subject,
            "category": self.category,
            "location": self.location,
            "hedges": list(self.hedges),
            "certainty": self.certainty,
            "stance": self.stance,
            "date": self.date,
            "period": self.period,
            "rules": list(self.rules),
        }


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims from different sources that cannot both hold at about the same time."""

    a: str
    b: str
    reason: str


@dataclass(frozen=True, slots=True)
class Question:
    """A group of comparable claims: same category, comparable subject."""

    id: str
    title: str
    category: str
    subject: str
    unit: str
    claims: tuple[Claim, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    low: float | None = None
    best: float | None = None
    high: float | None = None
    location: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
