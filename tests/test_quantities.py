"""find_quantities: one case per interval rule and exclusion rule, plus property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import find_quantities

N = None
CASES = [
    # rule: exact
    ("1,100 North Korean troops", "1,100", 1100, 1100, False, "count"),
    # rule: lower bound
    ("over 3,000 killed", "over 3,000", 3000, N, False, "count"),
    ("at least 100 killed", "at least 100", 100, N, False, "count"),
    ("more than 1,000 killed", "more than 1,000", 1000, N, False, "count"),
    ("3,000 or more troops", "3,000 or more", 3000, N, False, "count"),
    ("1,000-plus casualties", "1,000-plus", 1000, N, False, "count"),
    # rule: upper bound
    ("up to 500 troops", "up to 500", N, 500, False, "count"),
    ("fewer than 40 people", "fewer than 40", N, 40, False, "count"),
    # rule: near upper ("nearly" is below N, approximately)
    ("nearly 4,000 casualties", "nearly 4,000", N, 4000, True, "count"),
    # rule: approx
    ("about 10,000 troops", "about 10,000", 10000, 10000, True, "count"),
    ("roughly 12,000 soldiers", "roughly 12,000", 12000, 12000, True, "count"),
    ("some 1,500 special forces", "some 1,500", 1500, 1500, True, "count"),
    ("an estimated 11,000 troops", "an estimated 11,000", 11000, 11000, True, "count"),
    # rule: ranges
    ("between 11,000 and 12,000 soldiers", "between 11,000 and 12,000", 11000, 12000, False, "count"),
    ("10,000-12,000 troops", "10,000-12,000", 10000, 12000, False, "count"),
    ("11 to 12,000 troops", "11 to 12,000", 11000, 12000, False, "count"),
    ("1.5 to 2 million people", "1.5 to 2 million", 1_500_000, 2_000_000, False, "count"),
    # rule: vague amounts (documented lower bounds)
    ("thousands killed", "thousands", 1000, N, True, "count"),
    ("tens of thousands fled", "tens of thousands", 10000, N, True, "count"),
    ("hundreds of thousands", "hundreds of thousands", 100000, N, True, "count"),
    ("dozens were hurt", "dozens", 12, N, True, "count"),
    ("hundreds died", "hundreds", 100, N, True, "count"),
    ("several hundred troops", "several hundred", 200, N, True, "count"),
    ("a few dozen people", "a few dozen", 24, N, True, "count"),
    # rule: number words and scales
    ("three thousand soldiers", "three thousand", 3000, 3000, False, "count"),
    ("twenty-five people", "twenty-five", 25, 25, False, "count"),
    ("one hundred and twenty people", "one hundred and twenty", 120, 120, False, "count"),
    ("1.2 million people", "1.2 million", 1_200_000, 1_200_000, False, "count"),
    ("3.5bn in aid", "3.5bn", 3_500_000_000, 3_500_000_000, False, "count"),
    ("half a million people", "half a million", 500_000, 500_000, False, "count"),
    ("a dozen soldiers", "a dozen", 12, 12, True, "count"),
    # rule: units
    ("$2 billion in aid", "$2 billion", 2e9, 2e9, False, "money"),
    ("25% of the force", "25%", 25, 25, False, "percent"),
    ("25 percent of the force", "25 percent", 25, 25, False, "percent"),
    ("500 square kilometres", "500 square kilometres", 500, 500, False, "area"),
    ("1,000 a day", "1,000 a day", 1000, 1000, False, "rate"),
]


@pytest.mark.parametrize("text,figure,low,high,approx,unit", CASES, ids=[c[0] for c in CASES])
def test_quantities_interval_rules(text, figure, low, high, approx, unit):
    qs = find_quantities(text)
    assert qs, f"nothing found in {text!r}"
    q = qs[0]
    assert (q.text, q.low, q.high, q.approx, q.unit) == (figure, low, high, approx, unit)
    assert text[q.start:q.end] == q.text


def test_quantities_fraction_of_total():
    qs = find_quantities("roughly a quarter of the 12,000 North Korean soldiers")
    by_kind = {q.kind: q for q in qs}
    assert by_kind["fraction"].low == by_kind["fraction"].high == 3000 and by_kind["fraction"].approx
    assert by_kind["share"].text == "roughly a quarter" and by_kind["share"].unit == "percent"
    assert by_kind["share"].low == 25
    assert by_kind["exact"].text == "12,000"


def test_quantities_revision_gives_two_figures():
    qs = find_quantities("revised down from 11,300 to 3,958")
    assert [(q.text, q.low) for q in qs] == [("11,300", 11300), ("3,958", 3958)]


NOT_QUANTITIES = [
    ("on December 23 that", "not_date"),
    ("23 December", "not_date"),
    ("Dec. 23 2024", "not_date"),
    ("in 2024", "not_year"),
    ("the 2012–13 season", "not_year_span"),
    ("the 92nd brigade", "not_ordinal"),
    ("the 11th Army Corps", "not_ordinal"),
    ("a 24-year-old soldier", "not_age"),
    ("aged 24", "not_age"),
    ("at 3:40 a.m.", "not_time"),
    ("at 9 a.m. local time", "not_time"),
    ("F-16 jets", "not_label"),
    ("see page 12", "not_label"),
    ("call +1 555-123-4567 now", "phone"),
    ("one of them", "lone_one"),
]


@pytest.mark.parametrize("text,rule", NOT_QUANTITIES, ids=[c[0] for c in NOT_QUANTITIES])
def test_quantities_exclusion_rules(text, rule):
    assert find_quantities(text) == [], rule


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**9))
def test_quantities_property_commas_round_trip(n):
    text = f"officials said {n:,} people were affected"
    qs = find_quantities(text)
    assert len(qs) == 1 and qs[0].low == qs[0].high == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_quantities_property_ranges(a, d):
    """Ranges read back exactly (outside the documented scale carry: "11 to 12,000")."""
    b = a + d
    if a < 1000 and b >= 1000 and any(b % s == 0 and b / 2 <= a * s <= b for s in (1000, 10**6)):
        return
    qs = find_quantities(f"between {a:,} and {b:,} troops")
    assert len(qs) == 1 and (qs[0].low, qs[0].high) == (a, b)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_quantities_property_never_crash_and_spans_valid(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
