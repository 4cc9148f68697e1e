"""The ``questions --json`` contract (documented in the README)."""

from __future__ import annotations

from crosscheck.records import Question


def questions_json(questions: list[Question], meta: dict[str, dict]) -> list[dict]:
    out = []
    for q in questions:
        out.append({
            "id": q.id,
            "title": q.title,
            "category": q.category,
            "subject": q.subject,
            "unit": q.unit,
            "location": q.location,
            "low": q.low,
            "best": q.best,
            "high": q.high,
            "independent_reports": q.extra.get("independent_reports"),
            "affiliations": q.extra.get("affiliations", {}),
            "revisions": q.extra.get("revisions", []),
            "claims": [{
                "id": c.id,
                "doc": c.doc,
                "outlet": meta.get(c.doc, {}).get("outlet"),
                "source": c.source_name,
                "source_kind": c.source.kind if c.source else "outlet",
                "source_affiliation": c.source.affiliation if c.source else None,
                "via": [v.name for v in c.via],
                "text": c.quantity.text if c.quantity else None,
                "low": c.quantity.low if c.quantity else None,
                "high": c.quantity.high if c.quantity else None,
                "approx": c.quantity.approx if c.quantity else None,
                "date": c.date or meta.get(c.doc, {}).get("published"),
                "hedges": list(c.hedges),
                "certainty": c.certainty,
                "stance": c.stance,
                "copies": list(c.copies),
                "story": meta.get(c.doc, {}).get("story"),
                "sentence": {"text": c.sentence.text, "start": c.sentence.start, "end": c.sentence.end},
            } for c in q.claims],
            "contradictions": [{"a": x.a, "b": x.b, "reason": x.reason} for x in q.contradictions],
        })
    return out
