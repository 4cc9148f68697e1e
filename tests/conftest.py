"""Shared fixtures: the loaded pipeline (once per session) and paths to data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples" / "kursk"


@pytest.fixture(scope="session")
def nlp():
    from crosscheck.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_dir():
    if not (SEEDS / "gold.json").exists():
        pytest.skip(f"../shared/seeds not found at {SEEDS}; acceptance tests on the seeds skipped")
    return SEEDS


@pytest.fixture(scope="session")
def seeds_gold(seeds_dir):
    return json.loads((seeds_dir / "gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, nlp):
    """The sample corpus run into a fresh store, once."""
    from crosscheck import api

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    api.run([str(EXAMPLES)], db=db, nlp=nlp)
    return db


def sources_of(nlp, text, figures):
    """The source name of the first claim of each figure in ``figures``, by figure."""
    return {f: claims_of(nlp, text, f)[0].source_name for f in figures}


def claims_of(nlp, text, figure):
    """The claims extracted from ``text`` whose figure is written exactly ``figure``."""
    from crosscheck import extract_claims

    return [c for c in extract_claims(text, nlp=nlp) if c.quantity and c.quantity.text == figure]
