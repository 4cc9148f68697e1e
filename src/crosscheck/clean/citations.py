"""Citation chains: a report that relays another outlet ("as first reported by Reuters",
"KYIV (Eastern Wire) —", "told Reuters") is a copy of that outlet's reporting, not an independent
confirmation. Each rule is a name and a pattern; the outlet is the pattern's ``outlet`` group."""

from __future__ import annotations

import re

_OUTLET = r"(?P<outlet>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of\b|de\b|for\b))*)"
_RAW = (
    # "as first reported by X" / "first published by X": "reported by Ukrainian officials" is a source,
    # not an outlet, so "first", "originally" or "as" must come before
    ("first_reported_by", r"\b(?:as\s+(?:first\s+|originally\s+)?|first\s+|originally\s+)(?:reported|published)"
                          r"\s+(?:first\s+)?(?:by|in)\s+" + _OUTLET),
    ("wire_dateline", r"^[A-Z][A-Z .,'’-]{1,40}\((?P<outlet>[A-Z][\w&. '’-]{1,40})\)\s*[—–-]"),
    ("told_outlet", r"\btold\s+(?P<outlet>(?:the\s+)?(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|BBC|CNN|"
                    r"Yonhap|Bloomberg|Axios|Politico|[A-Z][\w.]*\s+(?:News|Times|Post|Wire|Agency|Journal|Herald)))\b"),
    ("according_to_outlet", r"\baccording\s+to\s+(?:a\s+report\s+(?:by|in|from)\s+)?(?P<outlet>Reuters|AP|AFP|the Associated Press|"
                            r"Agence France-Presse|Yonhap|Bloomberg|[A-Z][\w.]*\s+(?:News Agency|Wire|Wire Service))\b"),
    ("via_credit", r"^\(?(?:via|source|with reporting (?:by|from))[:\s]+" + _OUTLET),
)
RULES = tuple((name, re.compile(p, re.M)) for name, p in _RAW)
_STOP = {"the", "officials", "the ministry"}
#: Names that are never outlets even when capitalised: nationalities and countries
_NOT_OUTLETS = {"ukrainian", "russian", "korean", "american", "british", "western", "u.s", "us", "ukraine", "russia",
                "south", "north", "european", "chinese", "israeli", "french", "german", "iranian"}


def find_citations(text: str) -> list[tuple[str, str]]:
    """(rule, outlet) pairs, in order of appearance, without repeats."""
    found: list[tuple[int, str, str]] = []
    for name, rx in RULES:
        for m in rx.finditer(text):
            outlet = re.sub(r"^the\s+", "", m.group("outlet").strip(" .,'’"), flags=re.I)
            outlet = re.sub(r"\s+(?:on|in|and|that|said|says)$", "", outlet)
            first = outlet.split()[0].lower().rstrip(".") if outlet else ""
            if outlet and outlet.lower() not in _STOP and first not in _NOT_OUTLETS and len(outlet) <= 60:
                found.append((m.start(), name, outlet))
    out, seen = [], set()
    for _, name, outlet in sorted(found):
        if outlet.lower() not in seen:
            seen.add(outlet.lower())
            out.append((name, outlet))
    return out
