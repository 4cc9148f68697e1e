"""When two source names are the same source: shared by per-document and corpus-wide merging."""

from __future__ import annotations

import re

from rapidfuzz.fuzz import ratio

_STOP = {"the", "of", "s", "and"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "madam"}


def name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower().replace("’", "'").replace("'s ", " ")).strip()


def acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


def _similar_word(a: str, b: str) -> bool:
    return a == b or (len(a) > 3 and len(b) > 3 and ratio(a, b) >= 85)


def same_source(a: str, kind_a: str, b: str, kind_b: str) -> bool:
    """ "Zelensky" ~ "Volodymyr Zelenskyy"; "Joint Chiefs" ~ "South Korea Joint Chiefs of Staff";
    "JCS" ~ "Joint Chiefs of Staff". Never merges a person with an organisation."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if (kind_a == "person") != (kind_b == "person"):
        return False
    if " + " in a or " + " in b:
        return False
    if kind_a == "person":
        wa_, wb_ = ka.split(), kb.split()
        wa_ = [w for w in wa_ if w not in _HONORIFICS] or wa_
        wb_ = [w for w in wb_ if w not in _HONORIFICS] or wb_
        if min(len(wa_), len(wb_)) == 1 and max(len(wa_), len(wb_)) > 1:
            # "Lee" ~ "Lee Seong-kweun" (family name first), "Kirby" ~ "John Kirby"
            one, full = (wa_, wb_) if len(wa_) == 1 else (wb_, wa_)
            return _similar_word(one[0], full[-1]) or one[0] == full[0]
        if not (wa_ and wb_ and _similar_word(wa_[-1], wb_[-1])):
            return False
        # "Joe Biden" is not "Hunter Biden"; "Biden" alone may be either
        if len(wa_) > 1 and len(wb_) > 1:
            fa, fb = wa_[0], wb_[0]
            return fa == fb or fa[0] == fb[0] and (len(fa) <= 2 or len(fb) <= 2)
        return True
    wa = set(ka.split()) - _STOP
    wb = set(kb.split()) - _STOP
    if len(wa) >= 2 and wa <= wb or len(wb) >= 2 and wb <= wa:
        return True
    for short, long_ in ((a, b), (b, a)):
        s = short.strip()
        if s.isupper() and 2 <= len(s) <= 6 and " " not in s:
            lw = long_.split()
            for k in range(len(lw)):
                if acronym(" ".join(lw[k:])) == s:
                    return True
    return False
