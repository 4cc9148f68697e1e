"""crosscheck: news reports -> a ledger of who says how many of what, side by side.

Stages: ingest -> clean -> extract -> reconcile -> store -> report.
"""

from crosscheck.api import extract_claims, find_quantities, run
from crosscheck.records import Claim, Contradiction, Document, Problem, Quantity, Question, Sentence, Source

__all__ = [
    "Claim",
    "Contradiction",
    "Document",
    "Problem",
    "Quantity",
    "Question",
    "Sentence",
    "Source",
    "extract_claims",
    "find_quantities",
    "run",
]
__version__ = "0.1.0"
