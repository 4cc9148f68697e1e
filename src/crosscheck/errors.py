"""One exception tree::

    CrosscheckError
     ├── InputError      an input cannot be read (the run reports it as a Problem and goes on)
     ├── ModelError      the spaCy model is not installed
     └── StoreError      the SQLite file cannot be opened or is not a crosscheck store
"""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base of every error crosscheck raises on purpose."""


class InputError(CrosscheckError):
    def __init__(self, where: str, reason: str, detail: str = ""):
        super().__init__(f"{where}: {reason}" + (f" ({detail})" if detail else ""))
        self.where, self.reason, self.detail = where, reason, detail


class ModelError(CrosscheckError):
    pass


class StoreError(CrosscheckError):
    pass
