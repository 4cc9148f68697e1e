"""The ingest stage: files, folders, HTML and JSONL -> Documents (or Problems)."""

from crosscheck.ingest.readers import read_inputs

__all__ = ["read_inputs"]
