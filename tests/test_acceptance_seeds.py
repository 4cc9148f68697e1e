"""Acceptance on the two real reports in ../shared/seeds (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from crosscheck import api
from crosscheck.evaluate import same_source, score_document


@pytest.fixture(scope="module")
def seed_run(seeds_dir, nlp, tmp_path_factory):
    docs = {}
    for doc, claims in api.extract([str(seeds_dir)], nlp=nlp):
        docs[doc.id] = (doc, claims)
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    api.run([str(seeds_dir)], db=db, nlp=nlp)
    return docs, db


def test_seeds_every_gold_figure_with_interval_source_and_category(seed_run, seeds_gold):
    docs, _ = seed_run
    for entry in seeds_gold:
        doc, claims = docs[entry["id"]]
        score, misses = score_document(entry["claims"], claims, doc.text)
        assert score.strict == score.gold, misses


def test_seeds_gold_hedges_and_stance(seed_run, seeds_gold):
    docs, _ = seed_run
    for entry in seeds_gold:
        _, claims = docs[entry["id"]]
        for g in entry["claims"]:
            c = next(c for c in claims if c.quantity and g["figure"].lower() in c.quantity.text.lower()
                     and c.category == g["category"])
            assert c.stance == g["stance"]
            if g["hedge"] != "none":
                assert g["hedge"] in c.hedges, (g["figure"], c.hedges)
            else:
                assert not c.hedges, (g["figure"], c.hedges)


def test_seeds_boilerplate_and_repeats_are_gone(seed_run):
    docs, _ = seed_run
    doc, _ = docs["004_c2652f2b450e4365"]
    assert "READ:" not in doc.text and "donation" not in doc.text and "Connect with us" not in doc.text
    assert "Sign up" not in doc.text
    assert doc.text.count("Ukrainian sources describe minimal interaction") == 1
    assert doc.text.count("North Korean forces are reportedly tasked") == 1
    rules = [d.rule for d in doc.dropped]
    assert rules.count("repeated_paragraph") == 2 and rules.count("read_more_link") == 2
    doc0, _ = docs["000_c7febd19769a7c32"]
    assert not doc0.text.startswith("Image for")


def test_seeds_claims_trace_to_their_sentence(seed_run):
    docs, _ = seed_run
    for doc, claims in docs.values():
        for c in claims:
            assert doc.text[c.sentence.start:c.sentence.end] == c.sentence.text
            if c.quantity:
                assert doc.text[c.quantity.start:c.quantity.end] == c.quantity.text


def test_seeds_not_acknowledged_proposition(seed_run):
    docs, _ = seed_run
    _, claims = docs["000_c7febd19769a7c32"]
    props = [c for c in claims if c.quantity is None and c.stance == "not_acknowledged"]
    assert any(same_source("Russia + North Korea", c.source.name) for c in props)


def test_seeds_casualty_question_flags_the_contradiction(seed_run):
    _, db = seed_run
    questions, _ = api.load_questions(db)
    cas = [q for q in questions if q.category == "killed_or_wounded" and q.unit == "count"]
    assert len(cas) == 1
    q = cas[0]
    by_id = {c.id: c for c in q.claims}
    assert {"Volodymyr Zelenskyy", "South Korea Joint Chiefs of Staff"} <= {c.source_name for c in q.claims}
    pairs = [{by_id[x.a].source_name, by_id[x.b].source_name} for x in q.contradictions]
    assert {"Volodymyr Zelenskyy", "South Korea Joint Chiefs of Staff"} in pairs
    x = next(x for x in q.contradictions if {by_id[x.a].quantity.text, by_id[x.b].quantity.text} == {"over 3,000", "1,100"})
    assert "do not overlap" in x.reason
    dep = [q for q in questions if q.category == "deployed"]
    assert len(dep) == 1 and dep[0].id != q.id
    assert any(c.quantity and c.quantity.text == "between 11,000 and 12,000" for c in dep[0].claims)
