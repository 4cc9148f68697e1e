"""docs/rules.md names real rules and real tests (a documentation test; no spaCy, no pipeline).

Every table with the header ``| phenomenon | rule ids | tests |`` is read: each backticked rule id
must occur as a word in the source under ``src/crosscheck/extract``, and each backticked test name
must be defined (``def <name>(``) in a file under ``tests/``. Every row cites at least one of each.
Test names cited anywhere else in the document (the "no rule id" list) must exist too.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

DOC = ROOT / "docs" / "rules.md"
EXTRACT = ROOT / "src" / "crosscheck" / "extract"
TESTS = ROOT / "tests"
HEADER = ["phenomenon", "rule ids", "tests"]
_TICKED = re.compile(r"`([^`]+)`")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _rows() -> list[tuple[int, str, list[str], list[str]]]:
    """(line number, phenomenon, rule ids, test names) for every row of every rule table."""
    rows = []
    in_table = False
    for n, line in enumerate(DOC.read_text("utf-8").splitlines(), 1):
        if not line.lstrip().startswith("|"):
            in_table = False
            continue
        cells = _cells(line)
        if [c.lower() for c in cells] == HEADER:
            in_table = True
            continue
        if not in_table or all(set(c) <= set("-: ") for c in cells):
            continue  # another table, or the |---| line
        assert len(cells) == 3, f"docs/rules.md:{n}: expected 3 cells, got {len(cells)}: {line}"
        rows.append((n, cells[0], _TICKED.findall(cells[1]), _TICKED.findall(cells[2])))
    return rows


def _extract_source() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(EXTRACT.glob("*.py")))


def _defined_tests() -> set[str]:
    names = set()
    for p in TESTS.rglob("*.py"):
        names.update(re.findall(r"^\s*(?:async\s+)?def\s+(test_\w+)\s*\(", p.read_text("utf-8"), re.M))
    return names


ROWS = _rows()


def test_rules_doc_has_a_table_per_phenomenon_group():
    text = DOC.read_text("utf-8")
    assert text.count("| phenomenon | rule ids | tests |") >= 9
    assert len(ROWS) >= 40
    for path in ("quantities", "attribution", "claims", "lexicon"):
        assert path in text


@pytest.mark.parametrize("row", ROWS, ids=[f"line{r[0]}" for r in ROWS])
def test_rules_doc_row_cites_a_rule_and_a_test(row):
    n, phenomenon, rules, tests = row
    assert phenomenon, f"docs/rules.md:{n}: empty phenomenon"
    assert rules, f"docs/rules.md:{n}: no rule id for {phenomenon!r}"
    assert tests, f"docs/rules.md:{n}: no test for {phenomenon!r}"
    assert all(t.startswith("test_") for t in tests), f"docs/rules.md:{n}: {tests}"


def test_rules_doc_rule_ids_exist_in_the_extract_source():
    source = _extract_source()
    missing = sorted({(r, n) for n, _, rules, _ in ROWS for r in rules
                      if not re.fullmatch(r"[a-z][a-z0-9_]*", r) or not re.search(rf"\b{re.escape(r)}\b", source)})
    assert not missing, f"rule ids in docs/rules.md not found in src/crosscheck/extract: {missing}"


def test_rules_doc_tests_exist():
    defined = _defined_tests()
    cited = {(t, n) for n, _, _, tests in ROWS for t in tests}
    # test names cited outside the tables (the "no rule id" list) must exist as well
    cited |= {(t, 0) for t in re.findall(r"`(test_\w+)`", DOC.read_text("utf-8"))}
    missing = sorted((t, n) for t, n in cited if t not in defined)
    assert not missing, f"tests named in docs/rules.md but not defined under tests/: {missing}"
