"""The report stage: the ledger in the terminal (rich) and as one self-contained HTML file."""

from crosscheck.report.html import render_html
from crosscheck.report.terminal import print_ledger

__all__ = ["print_ledger", "render_html"]
