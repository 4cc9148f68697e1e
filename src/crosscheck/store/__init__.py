"""The store stage: a plain SQLite file (default ``crosscheck.db``) any SQLite tool can open."""

from crosscheck.store.db import Store, open_store

__all__ = ["Store", "open_store"]
