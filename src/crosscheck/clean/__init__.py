"""The clean stage: normalise text, drop boilerplate lines and repeated paragraphs."""

from crosscheck.clean.cleaner import clean_document, clean_text
from crosscheck.clean.rules import RULES, match_rule

__all__ = ["RULES", "clean_document", "clean_text", "match_rule"]
