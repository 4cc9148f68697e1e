"""Reconcile rules on hand-built claims: contradictions, summaries, source merging, copies."""

from __future__ import annotations

from crosscheck.names import same_source
from crosscheck.reconcile import build_questions, find_contradictions
from crosscheck.reconcile.questions import summarise
from crosscheck.records import Claim, Quantity, Sentence, Source


def claim(cid, source, low, high=..., date=None, doc="d1", category="killed", period=None, hedges=(), approx=False,
          kind="person", subject="North Korean troops"):
    high = low if high is ... else high
    q = Quantity(text=str(low), start=0, end=1, low=low, high=high, approx=approx)
    return Claim(id=cid, doc=doc, sentence=Sentence(doc, 0, 0, 10, "x"), quantity=q,
                 source=Source(text=source, name=source, kind=kind), category=category, date=date,
                 period=period, hedges=tuple(hedges), subject=subject)


def test_reconcile_contradiction_when_intervals_cannot_both_hold():
    a = claim("a", "Volodymyr Zelenskyy", 3000, None, "2024-12-23")
    b = claim("b", "South Korea Joint Chiefs of Staff", 1100, date="2024-12-23", kind="military")
    (x,) = find_contradictions([a, b])
    assert (x.a, x.b) == ("a", "b") and "do not overlap" in x.reason


def test_reconcile_no_contradiction_for_growth_far_apart_or_overlap():
    assert not find_contradictions([claim("a", "A", 1000, date="2024-12-01"), claim("b", "B", 3000, date="2024-12-20")])
    assert not find_contradictions([claim("a", "A", 3000, date="2024-10-01"), claim("b", "B", 100, date="2025-02-01")])
    assert not find_contradictions([claim("a", "A", 1000, approx=True, date="2024-12-01"),
                                    claim("b", "B", 1100, date="2024-12-01")])


def test_reconcile_periods_and_projections_are_not_compared():
    assert not find_contradictions([claim("a", "A", 200, date="2024-12-01", period="in one day"),
                                    claim("b", "B", 1000, date="2024-12-01", period="in one month")])
    assert not find_contradictions([claim("a", "A", 12000, date="2024-12-01", hedges=("projected",)),
                                    claim("b", "B", 1500, date="2024-12-01")])


def test_reconcile_summary_latest_per_source_skips_projections_and_undated():
    cs = [claim("a", "A", 1000, date="2025-02-01"), claim("b", "A", 5000, date="--12-25"),
          claim("c", "B", 3000, None, date="2025-01-01"), claim("d", "B", 9000, date="2025-01-02", hedges=("projected",))]
    assert summarise(cs) == (1000, 2000, 3000)


def test_reconcile_person_names_need_matching_first_names():
    assert same_source("Zelensky", "person", "Volodymyr Zelenskyy", "person")
    assert not same_source("Joe Biden", "person", "Hunter Biden", "person")
    assert same_source("JCS", "military", "South Korea Joint Chiefs of Staff", "military")


def test_reconcile_ambiguous_short_names_are_not_merged():
    cs = [claim("a", "Russian Defence Ministry", 100, kind="military", date="2024-12-01", doc="d1"),
          claim("b", "Ukrainian Defence Ministry", 900, kind="military", date="2024-12-01", doc="d2"),
          claim("c", "Defence Ministry", 500, kind="military", date="2024-12-01", doc="d3")]
    (q,) = build_questions(cs)
    assert {c.source_name for c in q.claims} == {"Russian Defence Ministry", "Ukrainian Defence Ministry",
                                                   "Defence Ministry"}


def test_reconcile_copies_of_one_story_are_one_report():
    cs = [claim("a", "A", 300, date="2024-12-01", doc="d1"), claim("b", "A", 300, date="2024-12-01", doc="d2"),
          claim("c", "B", 300, date="2024-12-01", doc="d3")]
    meta = {"d1": {"story": "d1"}, "d2": {"story": "d1"}, "d3": {"story": "d3", "cites": ["Reuters"]}}
    (q,) = build_questions(cs, meta=meta)
    assert [(c.id, c.copies) for c in q.claims] == [("a", ("d2",)), ("c", ())]
    assert q.extra["independent_reports"] == 2


def test_reconcile_relayed_report_joins_its_original():
    from crosscheck.reconcile.questions import report_groups

    meta = {"orig": {"outlet": "Kyiv Ledger", "story": "orig"}, "copy": {"outlet": "Beta Daily", "story": "orig2",
            "cites": ["Kyiv Ledger"]}, "other": {"outlet": "Gamma", "story": "other"}}
    g = report_groups(meta)
    assert g["orig"] == g["copy"] != g["other"]


def test_reconcile_citation_rules():
    from crosscheck.clean.citations import find_citations

    assert find_citations("300 were killed, as reported by Ukrainian officials.") == []
    assert find_citations("The figure was first reported by the Kyiv Ledger on Monday.") == [
        ("first_reported_by", "Kyiv Ledger")]
    assert find_citations("KYIV (Eastern Wire) — Officials said") == [("wire_dateline", "Eastern Wire")]
