"""The reconcile stage: claims -> questions with timelines, contradictions and low/best/high."""

from crosscheck.reconcile.questions import build_questions, find_contradictions, fmt_interval, merge_sources

__all__ = ["build_questions", "find_contradictions", "fmt_interval", "merge_sources"]
