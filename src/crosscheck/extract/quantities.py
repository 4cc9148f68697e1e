"""Text -> figures as intervals: ``find_quantities("over 3,000 killed")``.

A small scanner over word tokens with character offsets. At each token it tries, in order, the
named readers below; the first that parses wins and the scan continues after it. Each reader is a
function returning a ``_Parse`` or None, and each exclusion rule (dates, years, times, ages,
ordinals, labels, names such as "Boeing 737", durations, phone numbers, URLs) is a named
predicate. Words come from ``lexicon``.

Interval conventions (documented in the README):

* exact "1,100" -> [1100, 1100]; "1 000" (a space between groups of three) -> [1000, 1000]
* "over/more than/at least N" -> [N, None]; "up to/fewer than N" -> [None, N]
* "nearly/almost N" -> [None, N], approx
* "about/roughly/some N" -> [N, N], approx
* "between A and B", "A-B", "A to B" -> [A, B] ("11 to 12,000" -> [11000, 12000]);
  "between 12,000 and 11,000" -> [11000, 12000]
* vague amounts are lower bounds, approx: dozens 12, hundreds 100, thousands 1000, tens of
  thousands 10000, ... ; "several hundred" -> [200, None]
* "a quarter of the 12,000" -> a count [3000, 3000] approx (kind "fraction") and the share
  "a quarter" as 25 percent (kind "share"); likewise "two-thirds of", "three quarters of",
  "3/4 of", "one in five of". A bound word bounds both: "more than a quarter of the 12,000" ->
  [3000, None] and [25, None]; "nearly a third of the 900" -> [None, 300], approx. With no
  total, only the share: "half of the troops", "3/4 of them", "one in five" -> 20 percent.
* "above 100 and below 300", "more than 20 but less than 30" -> one range [100, 300]
  (rule ``bound_pair``); "equal to N" -> [N, N]; "N or more" -> [N, None], "N or less" ->
  [None, N]; a Quantity does not record whether a finite end is itself included.
* not figures (claims): durations ("3 weeks", "two years ago"; "1,000 a day" is a rate), ages
  and age ranges ("aged 6 to 12"), numbers in names ("World War 2", "Apollo 11"), numbers in
  URLs, phone numbers

Two keyword-only options of :func:`find_quantities` (the defaults are for news claims):

* ``claims=False`` turns the claim-oriented exclusions off (dates, years, times, ages, labels
  such as "F-16", phone numbers, a lone "one" -- except the pronoun after "the"/"which"/...) and
  turns on the general number grammar: signs ("-5", "minus five"), fractions ("3/4", "2 1/4",
  "⅔", "three fifths", "one and a half", "a trillionth"), decimals in words ("one point five"),
  ratios ("one over three", "1 in twenty-one"), "1e10"/"1.1^23"/"1.3x10^6", space-grouped
  ("1 234 567"), Indian ("12,34,567.89") and decimal-comma ("1,3") digits, case-sensitive scale
  abbreviations ("10M", "10G", "2mil"; "1m" is a metre), digits mixed with scale words
  ("4 thousand 3 hundred and 21"), dozens ("3 dzs"). Ordinals ("4th") and digits glued to a
  unit ("180ml") are still not numbers.
* ``bare=True`` (with ``claims=False``) reads every number on its own: no interval modifiers, no
  ranges, no units, no vague amounts ("over 3" gives "3"; "$20" gives "20").
"""

from __future__ import annotations

import re
from bisect import bisect_right
import dataclasses
from dataclasses import dataclass

from crosscheck.records import Quantity
from crosscheck.extract import lexicon as L

# Rule ``space_thousands`` (claims): "1 000", "12 000 000": 1-3 digits (no leading zero) and
# groups of exactly three digits joined by one space; never inside a chain of digit groups that
# looks like a phone number ("555 123 4567", "+44 20 7946 0958" stay apart).
_SPACE_SEP = "[ \u00a0\u2009\u202f]"
_SPACE_GROUPED = (
    r"(?<![\d,.+])(?<!\d" + _SPACE_SEP + r")[1-9]\d{0,2}(?:" + _SPACE_SEP + r"\d{3})+(?!\d)(?:\.\d+)?"
    r"(?!\d|[.,/-]\d|" + _SPACE_SEP + r"?[-–.]?\d)"
)
# One token: a number, a word, a currency/percent sign, a dash, or any other character.
_TOKEN_RE = re.compile(
    r"(?P<num>" + _SPACE_GROUPED + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<sym>[$€£¥₴₽₩%+²])"
    r"|(?P<dash>[-–—‒])"
    r"|(?P<other>\S)"
)
# The same with every digit form ``claims=False`` reads (see the module docstring).
_NOT_MORE = r"(?!\d|[.,]\d)"
_TOKEN_ALL_RE = re.compile(
    r"(?P<num>"
    r"(?:\d+(?:\.\d+)?|\.\d+)(?:[x×]10)?\^[-+]*\d+"  # powers: 1.1^23, 1.3x10^6, 2.5^-1
    r"|(?:\d+(?:\.\d+)?|\.\d+)[eE][-+]?\d+(?![^\W_])"  # exponents: 1e10, 12.32e+14
    r"|\d{1,3}(?:\.\d{3})+,\d+" + _NOT_MORE  # 1.111,11
    + r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?" + _NOT_MORE  # 12,34,567.89
    + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?" + _NOT_MORE  # 1,234,567.89
    + r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+(?:\.\d+)?" + _NOT_MORE  # 1 234 567
    + r"|(?<![\d,.])\d{1,3},\d{1,2}(?!\d|,\d)"  # decimal comma: 1,3  5,00
    r"|(?<![\d.])\d+\.\d+(?!\d|\.\d)"  # 4.800 (not 192.168.1.2)
    r"|\d*[" + "".join(L.VULGAR_FRACTIONS) + r"]"  # ⅔, 2½
    r"|\d+"
    r"|(?<![\d.])\.\d+(?!\d|\.\d))"  # .08
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<sym>[$€£¥₴₽₩%+²])"
    r"|(?P<dash>[-–—‒−])"
    r"|(?P<other>\S)"
)


@dataclass(frozen=True, slots=True)
class _Opts:
    claims: bool = True
    bare: bool = False


_CLAIMS = _Opts()
_PHONE_RE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{3,4}\b"
                       r"|\+\d{1,3}(?:[\s.-]\(?\d{1,5}\)?){2,5}\b")  # (and any number written with a "+" country code)
_TIME_AFTER_RE = re.compile(r"^\s*(?::\d{2}|[ap]\.?m\.?\b|gmt\b|utc\b|hrs\b|o'clock)", re.I)
_AGE_AFTER_RE = re.compile(r"^(?:-|\s)(?:years?)(?:-|\s)old\b|^-year\b|^\s*years?\s+of\s+age\b", re.I)
_AGE_LIST_AFTER_RE = re.compile(r"^\s*(?:and|or|to|-|–)\s*\d{1,3}\s*(?:-|\s)years?(?:-|\s)old\b", re.I)
# "aged 24", and the ends of an age range: "aged 6 to 12", "aged 5-17", "aged between 18 and 25"
_AGE_BEFORE_RE = re.compile(
    r"\b(?:aged|age|ages)\s*(?:(?:between|from)\s+)?(?:\d{1,3}\s*(?:to|and|or|-|–)\s*)?$", re.I)
_ORDINAL_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_YEAR_SPAN_AFTER_RE = re.compile(r"^[-–/]\d{2,4}\b")
_MONTH_RE = "(?:" + "|".join(sorted(L.MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_BEFORE_RE = re.compile(_MONTH_RE + r"\s*$", re.I)
_DATE_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MONTH_RE + r"\b", re.I)
_YEAR_CONTEXT_BEFORE_RE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|during|year|early|late|mid|before|after|around|to|the|and|or|fiscal|summer|winter|spring|autumn|fall)\s*|"
    + _MONTH_RE + r"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?|[-–]\s*)$",
    re.I,
)
_LETTER_BEFORE_RE = re.compile(r"[^\W\d_][-–]?$")
_YEAR_SPAN_BEFORE_RE = re.compile(r"\b(?:1[89]|20)\d{2}\s?[-–/]\s?$")
#: "a day earlier" is a time, not a rate
_TIME_ADVERBS = {"earlier", "later", "before", "after", "ago", "prior"}


@dataclass(slots=True)
class _Tok:
    kind: str
    text: str
    low: str  # lower-cased text
    start: int
    end: int


@dataclass(slots=True)
class _Parse:
    end_tok: int  # index one past the last token used
    low: float | None
    high: float | None
    approx: bool = False
    unit: str = "count"
    kind: str = "exact"
    of_total: float | None = None
    share: float | None = None
    start_tok: int | None = None
    share_end: int | None = None  # kind "fraction": one past the share phrase ("a quarter")


_GROUP_SPLIT_RE = re.compile(r"\d+(?:\.\d+)?")


def _tokenize(text: str, opts: _Opts = _CLAIMS) -> list[_Tok]:
    out = []
    for m in (_TOKEN_RE if opts.claims else _TOKEN_ALL_RE).finditer(text):
        kind = m.lastgroup or "other"
        if opts.claims and kind == "num" and not m.group().replace(".", "").isdigit() and "," not in m.group() \
                and _DATE_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]):
            # rule ``space_thousands``: "December 23 100 people" is a day and a count
            for g in _GROUP_SPLIT_RE.finditer(m.group()):
                a, b = m.start() + g.start(), m.start() + g.end()
                out.append(_Tok("num", text[a:b], text[a:b], a, b))
            continue
        out.append(_Tok(kind, m.group(), m.group().lower(), m.start(), m.end()))
    return out


#: Phrase tables indexed by their first word: id(table) -> (table, {first word: [(words, phrase)]})
#: with the longest phrases first, so a lookup tries only the phrases that can start at a token.
_INDEX_CACHE: dict[int, tuple[object, dict[str, list[tuple[tuple[str, ...], str]]]]] = {}


def _phrase_index(phrases) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    hit = _INDEX_CACHE.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in phrases:
        parts = _split_phrase(phrase)
        if parts:
            index.setdefault(parts[0], []).append((parts, phrase))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # stable: equal lengths keep table order
    if isinstance(phrases, (tuple, dict, frozenset)):  # the lexicon's tables: built once
        _INDEX_CACHE[id(phrases)] = (phrases, index)
    return index


def _phrase_at(toks: list[_Tok], i: int, phrases) -> tuple[str, int] | None:
    """The longest phrase (space-separated words) starting at token i; returns (phrase, end)."""
    if i >= len(toks):
        return None
    entries = _phrase_index(phrases).get(toks[i].low)
    if not entries:
        return None
    n = len(toks)
    for parts, phrase in entries:
        k = len(parts)
        if i + k <= n and all(toks[i + m].low == parts[m] for m in range(1, k)):
            return phrase, i + k
    return None


_PHRASE_CACHE: dict[str, tuple[str, ...]] = {}


def _split_phrase(phrase: str) -> tuple[str, ...]:
    parts = _PHRASE_CACHE.get(phrase)
    if parts is None:
        parts = tuple(t.low for t in _tokenize(phrase))
        _PHRASE_CACHE[phrase] = parts
    return parts


def _adjacent(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


# --- core readers: each returns (value, end_tok, flags) -------------------------------------

def _digits_value(tok: _Tok) -> float:
    return float(_SPACES_RE.sub("", tok.text.replace(",", "")))


_SPACES_RE = re.compile(_SPACE_SEP)


def _read_scale(toks: list[_Tok], j: int, prev: _Tok) -> tuple[float, int]:
    """A scale after digits: "1.2 million", "3.5bn", "20k". Returns (multiplier, next index)."""
    if j < len(toks) and toks[j].kind == "word":
        t = toks[j]
        if t.low in L.SCALE_WORDS and t.low != "hundred" or (t.low == "hundred"):
            # "1.2 million", "3 hundred", "two thousand"
            mult = float(L.SCALE_WORDS.get(t.low, 0)) or float(L.SCALE_SUFFIXES[t.low])
            k = j + 1
            # "1.2 million" may be followed by a further scale word rarely ("hundred thousand")
            while k < len(toks) and toks[k].low in L.SCALE_WORDS and L.SCALE_WORDS[toks[k].low] > mult:
                mult *= L.SCALE_WORDS[toks[k].low]
                k += 1
            return mult, k
        if t.low in L.SCALE_SUFFIXES and _adjacent(prev, t):
            return float(L.SCALE_SUFFIXES[t.low]), j + 1
    return 1.0, j


def _read_words_number(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """Number words: "three thousand", "twenty-five", "one hundred and twenty", "a million"."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    while j < len(toks):
        t = toks[j]
        w = t.low
        if w in L.UNITS_WORDS:
            current += L.UNITS_WORDS[w]
        elif w in L.TENS_WORDS:
            current += L.TENS_WORDS[w]
            # "twenty-five"
            if (j + 2 < len(toks) and toks[j + 1].kind == "dash" and toks[j + 2].low in L.UNITS_WORDS
                    and _adjacent(t, toks[j + 1]) and _adjacent(toks[j + 1], toks[j + 2])):
                current += L.UNITS_WORDS[toks[j + 2].low]
                j += 2
        elif w == "a" and not seen and j + 1 < len(toks) and toks[j + 1].low in L.SCALE_WORDS:
            current = 1
        elif w in L.SCALE_WORDS and seen:
            scale = L.SCALE_WORDS[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif w == "and" and seen and j + 1 < len(toks) and (
                toks[j + 1].low in L.UNITS_WORDS or toks[j + 1].low in L.TENS_WORDS) and current >= 100 or (
                w == "and" and seen and j + 1 < len(toks) and total and current == 0
                and (toks[j + 1].low in L.UNITS_WORDS or toks[j + 1].low in L.TENS_WORDS)):
            pass
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    # do not end on "and" or "a"
    while j > i and toks[j - 1].low in ("and", "a"):
        j -= 1
    value = total + current
    if j == i:
        return None
    return value, j


def _letter_currency(toks: list[_Tok], j: int) -> bool:
    """rule ``letter_currency``: a currency written in letters before the digits, "K2 million", "P600",
    "RM1,800", "Rs 2.3 crore", "Nu 15 million" -- only with a scale word, thousands or three digits after
    it ("K2" alone is a mountain, "R5" a road)."""
    if j + 1 >= len(toks) or toks[j].kind != "word" or toks[j].text not in L.MONEY_PREFIXES:
        return False
    num = toks[j + 1]
    if num.kind != "num" or not (num.start == toks[j].end or (num.start == toks[j].end + 1 and len(toks[j].text) > 1)):
        return False
    if j > 0 and toks[j - 1].kind in ("word", "num") and toks[j - 1].end == toks[j].start:
        return False  # inside a longer token
    scale = j + 2 < len(toks) and (toks[j + 2].low in L.SCALE_WORDS or (
        toks[j + 2].low in L.SCALE_SUFFIXES and _adjacent(num, toks[j + 2])))
    return scale or "," in num.text or len(num.text.split(".")[0]) >= 3


def _read_number(toks: list[_Tok], i: int) -> tuple[float, int, str | None] | None:
    """A number at token i (digits with optional scale, or number words). Returns (value, end, currency)."""
    currency = None
    j = i
    if j < len(toks) and toks[j].kind == "sym" and toks[j].text in L.MONEY_SYMBOLS:
        currency = L.MONEY_SYMBOLS[toks[j].text]
        j += 1
    elif _letter_currency(toks, j):
        currency = L.MONEY_PREFIXES[toks[j].text]
        j += 1
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "num":
        value = _digits_value(t)
        mult, k = _read_scale(toks, j + 1, t)
        return value * mult, k, currency
    if t.kind == "word":
        r = _read_words_number(toks, j)
        if r is None:
            return None
        value, k = r
        # a lone "one" is a pronoun far more often than a count ("one of them") -- except as one
        # item of a count (rule ``one_in_a_list``: "14 civilians and one soldier", "including one
        # child", "seven died in X and one in Y")
        if k == j + 1 and t.low == "one" and not _one_in_a_list(toks, j):
            return None
        return value, k, currency
    return None


def _one_in_a_list(toks: list[_Tok], j: int) -> bool:
    if j == 0 or j + 1 >= len(toks) or toks[j + 1].low in ("of", "another", "way", "more", "day", "time", "side",
                                                             "thing", "other", "another's", "by"):
        return False
    prev = toks[j - 1].low
    if prev == "including":
        return toks[j + 1].kind == "word"
    if prev in ("and", "plus"):
        return any(t.kind == "num" or t.low in L.UNITS_WORDS or t.low in L.TENS_WORDS for t in toks[max(0, j - 8):j - 1])
    return False


def _read_vague(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """Vague amounts: "thousands", "tens of thousands", "several hundred", "a few dozen"."""
    hit = _phrase_at(toks, i, L.VAGUE_AMOUNTS)
    if hit:
        phrase, j = hit
        # "hundreds of thousands" beats "hundreds"
        return float(L.VAGUE_AMOUNTS[phrase]), j
    mult_hit = _phrase_at(toks, i, L.VAGUE_MULTIPLIERS)
    if mult_hit:
        phrase, j = mult_hit
        if j < len(toks) and toks[j].low in L.SCALE_WORDS:
            return float(L.VAGUE_MULTIPLIERS[phrase] * L.SCALE_WORDS[toks[j].low]), j + 1
        if j < len(toks) and toks[j].low == "dozen":
            return float(L.VAGUE_MULTIPLIERS[phrase] * L.DOZEN), j + 1
    return None


def _read_dozen(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """ "a dozen", "two dozen" (a count, approximate)."""
    if i + 1 < len(toks) and toks[i + 1].low == "dozen":
        w = toks[i].low
        if w in ("a", "one"):
            return float(L.DOZEN), i + 2
        if w in L.UNITS_WORDS:
            return float(L.UNITS_WORDS[w] * L.DOZEN), i + 2
        if toks[i].kind == "num":
            return _digits_value(toks[i]) * L.DOZEN, i + 2
    return None


# --- exclusions (named rules) -----------------------------------------------------------------

def _is_year(text: str, tok: _Tok, next_tok: _Tok | None) -> bool:
    """rule ``not_year``: a bare 4-digit 1800–2100 in a year context ("in 2024", "2012–13")."""
    if tok.kind != "num" or "," in tok.text or "." in tok.text or len(tok.text) != 4:
        return False
    v = int(tok.text)
    if not 1800 <= v <= 2100:
        return False
    before = text[max(0, tok.start - 40):tok.start]
    after = text[tok.end:tok.end + 12]
    if _YEAR_SPAN_AFTER_RE.match(after) or _YEAR_CONTEXT_BEFORE_RE.search(before):
        return True
    # "2024 was", "2024," at clause start, or followed by no noun: a year
    if next_tok is None or next_tok.kind != "word":
        return True
    return next_tok.low in ("was", "is", "will", "saw", "and", "to", "when", "after", "before")


def _is_date(text: str, tok: _Tok) -> bool:
    """rule ``not_date``: a day next to a month name ("December 23", "23 Dec.")."""
    if tok.kind != "num" or len(tok.text) > 2:
        return False
    before = text[max(0, tok.start - 12):tok.start]
    after = text[tok.end:tok.end + 16]
    return bool(_DATE_BEFORE_RE.search(before) or _DATE_AFTER_RE.match(after))


def _is_time(text: str, tok: _Tok) -> bool:
    """rule ``not_time``: "3:40", "9 a.m.", "1400 GMT"."""
    after = text[tok.end:tok.end + 10]
    before = text[max(0, tok.start - 1):tok.start]
    if re.match(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$", tok.text) and re.search(
            r"(?i)\b(?:at|by|until|before|after|from|since|around)\s+$", text[max(0, tok.start - 8):tok.start]) \
            and not re.match(r"(?i)\s*(?:%|per\b|percent|pc\b|\w*(?:dollar|euro|pound|rupee|franc|peso|shilling|"
                             r"metre|meter|kilo|mile|tonne|ton|hectare)s?\b)", text[tok.end:tok.end + 16]):
        return True  # "struck at 12.19 on Tuesday": a clock time written with a full stop
    return bool(_TIME_AFTER_RE.match(after)) or before == ":"


def _is_age(text: str, tok: _Tok) -> bool:
    """rule ``not_age``: "a 24-year-old", "aged 24", "24 years old", and both ends of an age range
    ("aged 6 to 12", "children aged 5-17", "aged between 18 and 25", "ages 3 to 10")."""
    after = text[tok.end:tok.end + 20]
    before = text[max(0, tok.start - 32):tok.start]
    return bool(_AGE_AFTER_RE.match(after) or _AGE_BEFORE_RE.search(before)
                or _AGE_LIST_AFTER_RE.match(text[tok.end:tok.end + 24]))


def _is_ordinal(text: str, tok: _Tok) -> bool:
    """rule ``not_ordinal``: "92nd brigade", "1st", "11th Army Corps"."""
    return tok.kind == "num" and bool(_ORDINAL_AFTER_RE.match(text[tok.end:tok.end + 3]))


def _is_label(toks: list[_Tok], i: int, text: str) -> bool:
    """rule ``not_label``: a number naming a thing: "page 12", "Route 9", "F-16", "G7", "COVID-19"."""
    tok = toks[i]
    if tok.kind != "num":
        return False
    if _LETTER_BEFORE_RE.search(text[max(0, tok.start - 2):tok.start]):
        return True  # F-16, Su-34, G7, COVID-19
    if i > 1 and toks[i - 1].low == "." and toks[i - 2].low + "." in L.LABEL_NOUNS_BEFORE and _adjacent(toks[i - 2], toks[i - 1]):
        return True  # "Situation Report No. 3", "vol. 2" (the abbreviation's full stop is a token of its own)
    if i > 0 and toks[i - 1].low.rstrip(".") in {w.rstrip(".") for w in L.LABEL_NOUNS_BEFORE}:
        prev = toks[i - 1]
        if prev.low not in ("year", "since", "in", "until", "by", "from"):
            return True
    after = text[tok.end:tok.end + 2]
    if re.match(r"(?i)(pc|pct)\b", text[tok.end:tok.end + 4]):
        return False  # "40pc": per cent
    if after[:1] and after[:1].isalpha() and not re.match(r"(?i)(k|m|mn|b|bn|t|tn)\b", text[tok.end:tok.end + 3]):
        return True  # "5G", "9mm" (but "20k", "3m", "3bn" are scales)
    return False


_LIST_MARKER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*\(?$")
_LIST_MARKER_AFTER_RE = re.compile(r"^(?:\)|\.[ \t])")


_POST_NUMBER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}/$")


def _is_list_marker(text: str, tok: _Tok) -> bool:
    """rule ``not_list_marker``: the number of a point at the start of a line: "(4) Chimanimani is the
    worst affected district", "1) The Civil Protection Directorate has confirmed ...", "2. Tents";
    and of a post in a thread: "1/7 The death toll has risen to seven"."""
    line_start = bool(_LIST_MARKER_BEFORE_RE.search(text[max(0, tok.start - 40):tok.start]))
    if line_start and _LIST_MARKER_AFTER_RE.match(text[tok.end:tok.end + 2]):
        return True
    if line_start and re.match(r"/\d{1,2}\s", text[tok.end:tok.end + 4]):
        return True
    return bool(_POST_NUMBER_BEFORE_RE.search(text[max(0, tok.start - 40):tok.start])) and (
        tok.end == len(text) or text[tok.end].isspace())


def _is_footnote(text: str, tok) -> bool:
    """rule ``not_footnote``: a note marker in square brackets, stuck to the word or stop before
    it ("1,412 people treated for injuries.[1]") or opening the note's own line ("[1] Figures to
    13 June")."""
    if tok.start == 0 or text[tok.start - 1] != "[" or text[tok.end:tok.end + 1] != "]" or tok.end - tok.start > 3:
        return False
    before = text[:tok.start - 1]
    return not before or not before[-1].isspace() or bool(re.search(r"(?:^|\n)[ \t]*$", before))


_TITLE_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")


def _not_name_words() -> frozenset[str]:
    """Words before a number that never make it a label: months, sentence openers, modifiers."""
    global _NOT_NAME
    if _NOT_NAME is None:
        words = set(L.NOT_NAME_WORDS) | set(L.MONTHS) | set(_starters())
        for phrases in (L.LOWER_BOUND, L.UPPER_BOUND, L.NEAR_UPPER, L.APPROX, L.EQUAL_TO):
            words.update(_split_phrase(p)[0] for p in phrases if _split_phrase(p))
        _NOT_NAME = frozenset(words)
    return _NOT_NAME


_NOT_NAME: frozenset[str] | None = None


def _title_case_around(text: str, pos: int) -> bool:
    """The sentence (or line) around ``pos`` is written in title case ("Drone Strike Kills 12
    In Kharkiv"): its words of four letters or more are all capitalised."""
    a = max(0, pos - 200)
    before = text[a:pos]
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(before)]
    a = a + ends[-1] if ends else a
    m = _SENTENCE_END_RE.search(text, pos, pos + 200)
    b = m.start() if m else min(len(text), pos + 200)
    words = _TITLE_WORD_RE.findall(text[a:b])
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _is_name_label(toks: list[_Tok], i: int, text: str) -> bool:
    """rule ``not_name_label``: a small number naming a thing after a capitalised word: "World War
    2", "Boeing 737", "Visegrád 24 said", "Apollo 11". Not after a month, a sentence opener or a
    modifier ("In May 300", "Only 12", "About 300"), nor a possessive ("NATO's 32 members"), nor
    an addressee ("told Reuters 300 had died"), nor with commas ("Kursk 1,100"), nor in a
    title-case headline ("Strike Kills 12 In Kharkiv")."""
    tok = toks[i]
    if i == 0 or not tok.text.isdigit() or len(tok.text) > 4:
        return False
    prev = toks[i - 1]
    gap = text[prev.end:tok.start]
    if prev.kind != "word" or not gap or gap.strip(" \u00a0") or not prev.text[0].isupper():
        return False
    if prev.low.endswith(("'s", "’s")) or prev.low in _not_name_words():
        return False
    if i >= 2 and toks[i - 2].low in L.NAME_NOT_AFTER:
        return False  # "told Reuters 300 had died"
    return not _title_case_around(text, tok.start)


def _duration_end(toks: list[_Tok], j: int) -> int | None:
    """rule ``not_duration``: a time unit right after a number ("3 weeks", "24 hours", "two years
    ago", "a 24-hour truce"); returns the index after the unit. "1,000 a day" is a rate, not this."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "word" and t.low in L.DURATION_WORDS:
        return j + 1
    if t.kind == "dash" and j + 1 < len(toks) and _adjacent(toks[j - 1], t) and _adjacent(t, toks[j + 1]) \
            and toks[j + 1].low in L.DURATION_WORDS:
        return j + 2
    return None


def _excluded(text: str, toks: list[_Tok], i: int) -> str | None:
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if tok.kind != "num":
        return None
    for name, pred in (
        ("not_ordinal", lambda: _is_ordinal(text, tok)),
        ("not_time", lambda: _is_time(text, tok)),
        ("not_age", lambda: _is_age(text, tok)),
        ("not_date", lambda: _is_date(text, tok)),
        ("not_year", lambda: _is_year(text, tok, nxt)),
        ("not_year_span", lambda: bool(_YEAR_SPAN_BEFORE_RE.search(text[max(0, tok.start - 8):tok.start]))),
        ("not_label", lambda: _is_label(toks, i, text)),
        ("not_name_label", lambda: _is_name_label(toks, i, text)),
        ("not_list_marker", lambda: _is_list_marker(text, tok)),
        ("not_footnote", lambda: _is_footnote(text, tok)),
    ):
        if pred():
            return name
    return None


# --- the scanner ------------------------------------------------------------------------------

def _core(toks: list[_Tok], i: int, text: str) -> tuple[float, int, str | None, str] | None:
    """The number itself at i: (value, end, currency, kind) where kind is exact/vague/dozen."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.kind == "num" and _excluded(text, toks, i):
        return None
    if t.kind == "sym" and t.text in L.MONEY_SYMBOLS and i + 1 < len(toks) and toks[i + 1].kind == "num":
        if _excluded(text, toks, i + 1) in ("not_ordinal", "not_time", "not_age"):
            return None
    v = _read_vague(toks, i)
    if v:
        return v[0], v[1], None, "vague"
    d = _read_dozen(toks, i)
    if d:
        return d[0], d[1], None, "dozen"
    if t.low == "one":  # "one and a half million" (a lone "one" is never read as a figure)
        value, end = _and_a_half(toks, 1.0, i + 1)
        if end > i + 1:
            return value, end, None, "exact"
    n = _read_number(toks, i)
    if n:
        value, end = _and_a_half(toks, n[0], n[1])
        if t.kind == "word" and value <= 12 and end == i + 1 and _word_time(text, toks, i):
            return None
        return value, end, n[2], "exact"
    return None


_WORD_TIME_AFTER_RE = re.compile(r"^\s*(?:o['’]clock\b|[ap]\.m\.|[ap]m\b|in the (?:morning|afternoon|evening)\b|at night\b)", re.I)
_TIME_BEFORE_WORDS = {"at", "until", "till", "by", "after", "before", "around", "since", "from", "to", "past"}


def _word_time(text: str, toks: list[_Tok], i: int) -> bool:
    """rule ``not_time``, written out: "at six o'clock", "at seven in the evening", "six pm"."""
    after = text[toks[i].end:toks[i].end + 20]
    if re.match(r"^\s*(?:o['’]clock\b|[ap]\.m\.|[ap]m\b)", after, re.I):
        return True
    return bool(_WORD_TIME_AFTER_RE.match(after)) and i > 0 and toks[i - 1].low in _TIME_BEFORE_WORDS


_HALF_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _and_a_half(toks: list[_Tok], value: float, end: int) -> tuple[float, int]:
    """Rule ``and_a_half``: "two and a half million" 2,500,000, "one and a half million" (claims mode)."""
    if end + 2 < len(toks) and toks[end].low == "and" and toks[end + 1].low in ("a", "an", "one") \
            and toks[end + 2].low in _HALF_WORDS and value < 1000:
        v, k = value + _HALF_WORDS[toks[end + 2].low], end + 3
        if k < len(toks) and toks[k].kind == "word" and toks[k].low in L.SCALE_WORDS and L.SCALE_WORDS[toks[k].low] >= 1000:
            return v * L.SCALE_WORDS[toks[k].low], k + 1
    return value, end  # only with a scale after it: "three and a half years" is a duration


# --- the general number grammar (claims=False) ------------------------------------------------
# Word classes of number words: (class, value).
_WORD_CLASS: dict[str, tuple[str, float]] = {}
for _w, _v in L.UNITS_WORDS.items():
    _WORD_CLASS[_w] = ("zero" if _v == 0 else "unit" if _v < 10 else "teen", float(_v))
for _w, _v in L.TENS_WORDS.items():
    _WORD_CLASS[_w] = ("tens", float(_v))
for _w, _v in L.SCALE_WORDS.items():
    _WORD_CLASS[_w] = ("hundred" if _v == 100 else "scale", float(_v))
    _WORD_CLASS[_w + "s"] = ("hundreds" if _v == 100 else "scales", float(_v))  # "five hundreds"
for _w in L.DOZEN_WORDS:
    _WORD_CLASS[_w] = ("dozen", float(L.DOZEN))
_WORD_CLASS["a"] = _WORD_CLASS["an"] = ("a", 1.0)
_WORD_CLASS["and"] = ("and", 0.0)
_NONE = ("", 0.0)
_SIGN_DASHES = ("-", "−")
_POWER_RE = re.compile(r"^(?P<base>[\d.]+?)(?P<x10>[x×]10)?\^(?P<sign>[-+]*)(?P<exp>\d+)$")
_DECIMAL_COMMA_RE = re.compile(r"^\d{1,3},\d{1,2}$")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def _wclass(tok: _Tok) -> tuple[str, float]:
    return _WORD_CLASS.get(tok.low, _NONE) if tok.kind == "word" else _NONE


def _num_value(text: str) -> float | None:
    """The value of a digit token of ``_TOKEN_ALL_RE`` (None when it overflows)."""
    try:
        last = text[-1]
        if last in L.VULGAR_FRACTIONS:
            return (float(text[:-1]) if len(text) > 1 else 0.0) + L.VULGAR_FRACTIONS[last]
        if "^" in text:
            m = _POWER_RE.match(text)
            if m is None:
                return None
            exp = float(m["exp"]) * (-1 if m["sign"].count("-") % 2 else 1)
            if abs(exp) > 300:
                return None
            base = float(m["base"])
            value = base * 10.0 ** exp if m["x10"] else base ** exp
        else:
            t = text.replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "").replace(" ", "")
            if "," in t and "." in t and t.rfind(",") > t.rfind("."):
                t = t.replace(".", "").replace(",", ".")  # 1.111,11
            elif _DECIMAL_COMMA_RE.match(t):
                t = t.replace(",", ".")  # 1,3
            else:
                t = t.replace(",", "")
            value = float(t)
    except (OverflowError, ValueError, ZeroDivisionError):
        return None
    return value if value == value and abs(value) != float("inf") else None


@dataclass(slots=True)
class _Card:
    """A cardinal read by ``_cardinal``: every prefix that is itself a number is a checkpoint."""

    value: float
    end: int
    cps: list[tuple[int, float]]  # (end, value) of every complete prefix
    and_at: tuple[int, float] | None  # the joining "and" of the last group: (index, value before)
    last: str  # class of the last token read
    last_scale: float | None  # the smallest scale word applied ("one million" -> 1e6)
    top_scale: float | None  # the largest


def _cardinal(toks: list[_Tok], i: int) -> _Card | None:
    """Rule ``cardinal``: "one hundred and sixty-one", "twenty-one trillion and three hundred",
    "fifty   two", "a hundred", "hundred thousand", "4 thousand 3 hundred and 21", "322 hundred",
    "6 crore and two hundred", "three hundred and two dozens". A group joined by "and" that a
    scale word would have to re-multiply is left out ("3 hundred and 2 hundred" is two numbers).
    """
    n = len(toks)
    total = h = r = 0.0
    last = ""
    last_scale: float | None = None
    top_scale: float | None = None
    cps: list[tuple[int, float]] = []
    and_at: tuple[int, float] | None = None
    after_and = False  # a group started after "and" and no scale applied since
    j = i
    while j < n:
        t = toks[j]
        if t.kind == "num":
            v = _num_value(t.text)
            if v is None:
                break
            if j == i:
                r = v
            elif (last in ("hundred", "scale", "and") and v == int(v) and r == 0
                  and 0 < v < (100 if h or last == "and" else (last_scale or 0))):
                r = v
            else:
                break
            last = "digits"
        else:
            cls, v = _wclass(t)
            if cls == "a":
                nxt = _wclass(toks[j + 1])[0] if j + 1 < n else ""
                if j != i or nxt not in ("hundred", "scale", "dozen"):
                    break
                r, last = 1.0, "a"
                j += 1
                continue
            if cls == "zero":
                if j != i:
                    break
                cps.append((j + 1, 0.0))
                last = "zero"
                j += 1
                break
            if cls in ("unit", "teen", "tens"):
                if last in ("", "hundred", "scale", "and") and r == 0:
                    r += v
                elif cls == "unit" and (last == "tens" or (last == "and" and 20 <= r < 100 and r % 10 == 0)):
                    r += v  # "twenty one", "twenty and three"
                else:
                    break
                last = cls
            elif t.kind == "dash" and last == "tens":
                # "twenty-five", "fifty - two"
                if j + 1 < n and _wclass(toks[j + 1])[0] == "unit":
                    r += _wclass(toks[j + 1])[1]
                    j += 1
                    last = "unit"
                else:
                    break
            elif cls in ("hundred", "hundreds"):
                if cls == "hundred" and last == "" and j == i:
                    h = 100.0  # "hundred thousand dollars"
                elif h == 0 and r > 0 and last in ("unit", "teen", "tens", "digits", "a"):
                    h, r = r * 100, 0.0
                    after_and = False
                else:
                    if after_and and and_at is not None:
                        cps = [c for c in cps if c[0] <= and_at[0]]
                    break
                last = "hundred"
            elif cls in ("scale", "scales"):
                if (h or r) and last in ("unit", "teen", "tens", "digits", "hundred", "a") and (
                        last_scale is None or v < last_scale):
                    total += (h + r) * v
                    h = r = 0.0
                    last_scale = v
                    top_scale = max(top_scale or 0, v)
                    after_and = False
                elif last == "scale" and last_scale is not None and v > last_scale and not (h or r):
                    total *= v  # "three lakh crore"
                    last_scale = v
                    top_scale = max(top_scale or 0, v)
                else:
                    if after_and and and_at is not None:
                        cps = [c for c in cps if c[0] <= and_at[0]]
                    break
                last = "scale"
            elif cls == "dozen":
                if r > 0 and last in ("unit", "teen", "tens", "digits", "a"):
                    r *= L.DOZEN
                    cps.append((j + 1, total + h + r))
                    last = "dozen"
                    j += 1
                break
            elif cls == "and":
                nxt = toks[j + 1] if j + 1 < n else None
                if nxt is None:
                    break
                ncls = _wclass(nxt)[0]
                nv = _num_value(nxt.text) if nxt.kind == "num" else None
                starts = ncls in ("unit", "teen", "tens") or (nv is not None and nv == int(nv) and 0 < nv < 100)
                if starts and r == 0 and (h or total) and last in ("hundred", "scale"):
                    pass
                elif ncls == "unit" and last == "tens" and not h and not total:
                    pass  # "twenty and three"
                else:
                    break
                and_at = (j, total + h + r)
                after_and = True
                last = "and"
                j += 1
                continue
            else:
                break
        j += 1
        cps.append((j, total + h + r))
    if not cps:
        return None
    end, value = cps[-1]
    if and_at is not None and and_at[0] >= end:
        and_at = None
    last_cls = _wclass(toks[end - 1])[0] if toks[end - 1].kind == "word" else "digits"
    return _Card(value, end, cps, and_at, last_cls, last_scale, top_scale)


@dataclass(slots=True)
class _Den:
    value: float
    end: int
    plural: bool


def _ordinal_at(toks: list[_Tok], k: int, *, alone: bool = True) -> _Den | None:
    if k >= len(toks) or toks[k].kind != "word":
        return None
    w = toks[k].low
    if alone and w in L.NOT_DENOMINATORS_ALONE:
        return None
    if w in L.ORDINAL_WORDS:
        return _Den(float(L.ORDINAL_WORDS[w]), k + 1, False)
    if w.endswith("s") and w[:-1] in L.ORDINAL_WORDS:
        return _Den(float(L.ORDINAL_WORDS[w[:-1]]), k + 1, True)
    if w in L.FRACTION_DENOMINATORS and alone:
        return _Den(float(L.FRACTION_DENOMINATORS[w]), k + 1, w.endswith("s"))
    return None


def _denominator(toks: list[_Tok], j: int) -> _Den | None:
    """Rule ``denominator``: "fifths", "a hundredth", "twenty-first", "thirty fifths" (35ths),
    "one hundred (and) fifth" (105th), "- eighths"."""
    n = len(toks)
    if j < n and toks[j].kind == "dash":
        j += 1
    if j >= n:
        return None
    cls, v = _wclass(toks[j])
    if toks[j].low == "one" and j + 1 < n and _wclass(toks[j + 1])[0] in ("hundred", "scale"):
        k = j + 2
        if k < n and toks[k].low == "and":
            k += 1
        o = _ordinal_at(toks, k, alone=False)
        if o is not None and o.value < 10:
            return _Den(_wclass(toks[j + 1])[1] + o.value, o.end, o.plural)
        return None
    if cls == "tens":
        k = j + 1
        if k < n and toks[k].kind == "dash":
            k += 1
        o = _ordinal_at(toks, k, alone=False)
        if o is not None and o.value < 10:
            return _Den(v + o.value, o.end, o.plural)
        return None
    return _ordinal_at(toks, j)


def _word_fraction(toks: list[_Tok], i: int, card: _Card | None) -> tuple[float, int, _Card | None] | None:
    """Rule ``word_fraction``: "two thirds", "a trillionth", "one hundred thirty fifths" (100/35),
    "one hundred and thirty fifths" (130/5), "one hundred and three quarters" (100 + 3/4: the part
    after "and" is a proper fraction), "one one hundred fifth" (1/105). A singular denominator
    needs the numerator one ("two millionth" is not a fraction)."""
    if toks[i].low in ("a", "an"):
        d = _denominator(toks, i + 1)
        if d is not None and not d.plural:
            return 1 / d.value, d.end, None
    if card is None or toks[i].kind != "word":
        return None
    e, num = card.end, card.value
    ends = {c[0]: c[1] for c in card.cps}
    cand: tuple[float, int, _Den] | None = None
    if e - 2 > i and toks[e - 2].low == "one" and _wclass(toks[e - 1])[0] in ("hundred", "scale") and e - 2 in ends:
        d = _denominator(toks, e - 2)  # "one hundred one thousand fifths": 100 / 1005
        if d is not None:
            cand = (ends[e - 2], e - 2, d)
    if cand is None and e - 1 > i and _wclass(toks[e - 1])[0] == "tens" and toks[e - 2].low != "and" and e - 1 in ends:
        d = _denominator(toks, e - 1)  # "one hundred thirty fifths": 100 / 35
        if d is not None:
            cand = (ends[e - 1], e - 1, d)
    if cand is None:
        d = _denominator(toks, e)
        if d is None:
            return None
        cand = (num, e, d)
    num, num_end, d = cand
    and_at = card.and_at
    if and_at is not None and and_at[0] < num_end:
        before, part = and_at[1], num - and_at[1]
        if d.plural != (part == 1) and 0 < part / d.value < 1:
            # "five billion and three quarters", "one billion and three quarters million"
            scale, end = 1.0, d.end
            cls, v = _wclass(toks[end]) if end < len(toks) else _NONE
            if cls == "scale" and card.top_scale and v < card.top_scale:
                scale, end = v, end + 1
            elif _wclass(toks[and_at[0] - 1])[0] == "scale":
                scale = _wclass(toks[and_at[0] - 1])[1]
            return before + part / d.value * scale, end, card
    if d.plural == (num == 1) or d.value == 0:
        return None
    return num / d.value, d.end, card


def _scale_after_fraction(toks: list[_Tok], value: float, j: int) -> tuple[float, int]:
    """ "half million", "half a million", "two thirds of a million", "half a dozen"."""
    n = len(toks)
    k = j
    if k + 1 < n and toks[k].low == "of" and toks[k + 1].low in ("a", "an"):
        k += 2
    elif k < n and toks[k].low in ("a", "an"):
        k += 1
    if k < n:
        cls, v = _wclass(toks[k])
        if cls in ("scale", "hundred") or (cls == "dozen" and k > j):
            return value * v, k + 1
    return value, j


def _point_decimals(toks: list[_Tok], j: int) -> tuple[float, int] | None:
    """Rule ``point``: "point zero three" .03, "point seventy-one" .71, "point eleven" .11."""
    n = len(toks)
    if j + 1 >= n or toks[j].low not in L.DECIMAL_POINT_WORDS:
        return None
    k = j + 1
    cls, v = _wclass(toks[k])
    if cls == "tens":
        digits = int(v)
        k += 1
        if k + 1 < n and toks[k].kind == "dash" and _wclass(toks[k + 1])[0] == "unit":
            digits += int(_wclass(toks[k + 1])[1])
            k += 2
        elif k < n and _wclass(toks[k])[0] == "unit":
            digits += int(_wclass(toks[k])[1])
            k += 1
        s = str(digits)
    elif cls == "teen":
        s, k = str(int(v)), k + 1
    else:
        s = ""
        while k < n and _wclass(toks[k])[0] in ("unit", "zero"):
            s += str(int(_wclass(toks[k])[1]))
            k += 1
    if not s:
        return None
    return float("0." + s), k


def _mixed_fraction(toks: list[_Tok], card: _Card, value: float, j: int) -> tuple[float, int] | None:
    """Rule ``and_fraction``: "one and a half" 1.5, "forty two and a third", "one million and a
    half" 1,500,000, "five and a half million" 5,500,000, "one billion and a quarter million"."""
    n = len(toks)
    if j + 1 >= n or toks[j].low != "and":
        return None
    k = j + 1
    f = _word_fraction(toks, k, _cardinal(toks, k) if toks[k].kind == "word" else None)
    if f is None or not 0 < f[0] < 1:
        return None
    frac, end = f[0], f[1]
    if end < n and _wclass(toks[end])[0] == "scale":
        s = _wclass(toks[end])[1]
        if card.top_scale and card.top_scale > s:
            return value + frac * s, end + 1
        return (value + frac) * s, end + 1
    if card.last == "scale" and card.last_scale:
        return value + frac * card.last_scale, end
    return value + frac, end


def _slash_fraction(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """Rule ``slash_fraction``: "3/4", not inside a chain of numbers ("5/17/2018", "222-2222/2222")."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].text != "/" or toks[i + 2].kind != "num":
        return None
    a, s, b = toks[i], toks[i + 1], toks[i + 2]
    if not (_adjacent(a, s) and _adjacent(s, b)) or not a.text.isdigit() or not b.text.isdigit():
        return None
    if i + 4 < n and toks[i + 3].text in ("/", "-") and _adjacent(b, toks[i + 3]) and toks[i + 4].kind == "num":
        return None
    if i >= 2 and toks[i - 1].text in ("/", "-") and _adjacent(toks[i - 1], a) and toks[i - 2].kind == "num" \
            and _adjacent(toks[i - 2], toks[i - 1]):
        return None
    if int(b.text) == 0:
        return None
    return int(a.text) / int(b.text), i + 3


def _glued_ok(toks: list[_Tok], i: int, text: str) -> bool:
    """Free-mode exclusions: an ordinal ("4th") or digits glued to a unit ("180ml", "1m")."""
    tok = toks[i]
    if _ORDINAL_AFTER_RE.match(text[tok.end:tok.end + 3]):
        return False
    if i + 1 < len(toks) and toks[i + 1].kind == "word" and _adjacent(tok, toks[i + 1]):
        nxt = toks[i + 1]
        return nxt.text in L.SCALE_SUFFIXES_EXACT or nxt.low in L.DOZEN_WORDS
    return True


def _unsigned(toks: list[_Tok], i: int, text: str, ratio: bool) -> tuple[float, int] | None:
    n = len(toks)
    t = toks[i]
    if t.kind == "num":
        if not _glued_ok(toks, i, text):
            return None
        if t.text[-1] in L.VULGAR_FRACTIONS:
            v = _num_value(t.text)
            return (v, i + 1) if v is not None else None
        fr = _slash_fraction(toks, i)
        if fr is not None:
            return fr
        v = _num_value(t.text)
        if v is None:
            return None
        # "2  1/4": a whole number and a proper fraction
        if i + 1 < n and toks[i + 1].kind == "num" and t.text.isdigit() and not _adjacent(t, toks[i + 1]):
            fr = _slash_fraction(toks, i + 1)
            if fr is not None and fr[0] < 1:
                return v + fr[0], fr[1]
        # "10k", "10G", "2.33 k", "10 bln", "2mil" (rule ``scale_suffix``)
        if i + 1 < n and toks[i + 1].kind == "word":
            suf = toks[i + 1]
            if suf.text in L.SCALE_SUFFIXES_EXACT and (
                    _adjacent(t, suf) or suf.text not in L.SCALE_SUFFIXES_GLUED_ONLY):
                return _ratio(toks, v * L.SCALE_SUFFIXES_EXACT[suf.text], i + 2, text, ratio)
        card = _cardinal(toks, i)
        if card is None:
            return None
        m = _mixed_fraction(toks, card, card.value, card.end)
        if m is not None:
            return m
        return _ratio(toks, card.value, card.end, text, ratio)
    if t.kind != "word":
        return None
    if t.low in L.FRACTION_DENOMINATORS and not t.low.endswith("s"):
        # "half", "quarter million", "half a dozen"
        return _scale_after_fraction(toks, 1 / L.FRACTION_DENOMINATORS[t.low], i + 1)
    card = _cardinal(toks, i)
    f = _word_fraction(toks, i, card)
    if f is not None:
        value, end = _scale_after_fraction(toks, f[0], f[1])
        return value, end
    if card is None:
        return None
    value, end = card.value, card.end
    p = _point_decimals(toks, end) if card.last not in ("digits", "dozen") else None
    if p is not None:
        return value + p[0], p[1]
    m = _mixed_fraction(toks, card, value, end)
    if m is not None:
        return m
    if end == i + 1 and t.low == "one" and i > 0 and toks[i - 1].low in L.PRONOUN_ONE_AFTER:
        return None  # "the one you mentioned"
    return _ratio(toks, value, end, text, ratio)


def _ratio(toks: list[_Tok], x: float, j: int, text: str, ratio: bool) -> tuple[float, int]:
    """Rule ``ratio``: "one over three", "1 in twenty-one", "two out of five hundred"."""
    if not ratio or j >= len(toks):
        return x, j
    hit = _phrase_at(toks, j, L.RATIO_WORDS)
    if hit is None or hit[1] >= len(toks):
        return x, j
    y = _unsigned(toks, hit[1], text, False)
    if y is None or y[0] <= 0:
        return x, j
    how = L.RATIO_WORDS[hit[0]]
    if how == "smaller" and not x < y[0]:
        return x, j
    if hit[0] == "in" and _YEAR_RE.match(toks[hit[1]].text):
        return x, j  # "48 in 2016"
    if how == "last" and y[1] < len(toks) and toks[y[1]].kind == "word":
        return x, j
    return x / y[0], y[1]


def _free_number(toks: list[_Tok], i: int, text: str, ratio: bool = True) -> tuple[float, int] | None:
    """A number at token i under ``claims=False``: (value, end) with its sign, or None."""
    if i >= len(toks):
        return None
    t = toks[i]
    if (t.kind == "dash" and t.text in _SIGN_DASHES) or t.low in L.NEGATIVE_WORDS:
        if t.kind == "dash" and i > 0:
            prev = toks[i - 1]
            if prev.kind == "num" or (prev.kind == "word" and _adjacent(prev, t)) or _wclass(prev)[0]:
                return None  # "1995-01", "SCP-173", "three-nought-four": not a sign
        if i + 1 < len(toks):
            r = _unsigned(toks, i + 1, text, ratio)
            if r is not None:
                return -r[0], r[1]
        return None
    return _unsigned(toks, i, text, ratio)


def _ordinal_end(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """ "the tenth", "the twenty-first": an ordinal as the end of a range (claims=False)."""
    if i + 1 >= len(toks) or toks[i].low != "the":
        return None
    cls, v = _wclass(toks[i + 1])
    if cls == "tens":
        k = i + 2
        if k < len(toks) and toks[k].kind == "dash":
            k += 1
        o = _ordinal_at(toks, k, alone=False)
        if o is not None and not o.plural and o.value < 10:
            return v + o.value, o.end
    o = _ordinal_at(toks, i + 1, alone=False)
    if o is not None and not o.plural and toks[i + 1].low not in L.FRACTION_DENOMINATORS:
        return o.value, o.end
    return None


def _core_free(toks: list[_Tok], i: int, text: str, *, ratio: bool, ordinal: bool):
    """``_core`` for ``claims=False``: (value, end, currency, kind)."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.kind == "sym" and t.text in L.MONEY_SYMBOLS:
        n = _free_number(toks, i + 1, text, ratio)
        return (n[0], n[1], L.MONEY_SYMBOLS[t.text], "exact") if n else None
    n = _free_number(toks, i, text, ratio)
    if n is not None:
        return n[0], n[1], None, "exact"
    if ordinal:
        o = _ordinal_end(toks, i)
        if o is not None:
            return o[0], o[1], None, "exact"
    return None


def _unit_after(toks: list[_Tok], j: int, currency: str | None) -> tuple[str, int]:
    """Units written after the number: percent, money words, areas, rates."""
    if currency:
        return "money", j
    if j < len(toks):
        hit = _phrase_at(toks, j, L.PERCENT_WORDS)
        if hit:
            return "percent", hit[1]
        hit = _phrase_at(toks, j, L.MONEY_WORDS)
        if hit:
            return "money", hit[1]
        if toks[j].text[:1].isupper() and toks[j].kind == "word":
            # "3.6 billion Rwandan francs", "2 million Singapore dollars" (one capitalised word between)
            hit = _phrase_at(toks, j + 1, L.MONEY_WORDS)
            if hit:
                return "money", hit[1]
        hit = _phrase_at(toks, j, L.AREA_WORDS)
        if hit:
            return "area", hit[1]
    return "count", j


def _rate_after(toks: list[_Tok], j: int) -> tuple[bool, int]:
    """ "1,000 a day", "200 per week" right after the figure (optionally after its noun)."""
    for k in (j, j + 1):
        if k < len(toks):
            hit = _phrase_at(toks, k, L.RATE_WORDS)
            if hit and not (hit[1] < len(toks) and toks[hit[1]].low in _TIME_ADVERBS):
                return True, hit[1] if k == j else j
    return False, j


_BETWEEN = ("between",)
_FROM = ("from",)
_PRE_MODIFIERS = (("lower", L.LOWER_BOUND), ("upper", L.UPPER_BOUND), ("near", L.NEAR_UPPER),
                  ("approx", L.APPROX), ("between", _BETWEEN), ("from", _FROM), ("equal", L.EQUAL_TO))
_POST_MODIFIERS = (("lower", L.POST_LOWER), ("upper", L.POST_UPPER), ("approx", L.POST_APPROX),
                   ("equal", L.POST_EQUAL))
_JOINERS_BETWEEN = ("and",)
_JOINERS_FROM = tuple(j for j in L.RANGE_JOINERS if j != "or")
_ESTIMATED = ("an estimated", "estimated")
#: signs that make the next sign part of another operator ("<>30", "=>30", "-> 12")
_SIGN_BEFORE = (*L.COMPARISON_SIGNS, "-")


_PRE_INDEX: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}


def _pre_modifier_index() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """All the modifiers before a number in one index by first word, longest first."""
    if not _PRE_INDEX:
        order = 0
        entries = []
        for name, phrases in _PRE_MODIFIERS:
            for phrase in phrases:
                parts = _split_phrase(phrase)
                if parts:
                    entries.append((-len(parts), order, parts, phrase, name))
            order += 1
        for _, _, parts, phrase, name in sorted(entries, key=lambda e: (e[0], e[1])):
            _PRE_INDEX.setdefault(parts[0], []).append((parts, phrase, name))
    return _PRE_INDEX


def _number_at(toks: list[_Tok], i: int, text: str, opts: _Opts, *, ratio: bool = True, ordinal: bool = False):
    if opts.claims:
        return _core(toks, i, text)
    return _core_free(toks, i, text, ratio=ratio, ordinal=ordinal)


def _parse_one(text: str, toks: list[_Tok], i: int, opts: _Opts) -> _Parse | None:
    if i >= len(toks):
        return None
    start = i
    # 1. modifiers before the number
    mode = None  # lower / upper / near / approx / between / from / equal
    mod_hit = None
    for parts, phrase, name in _pre_modifier_index().get(toks[i].low, ()):
        k = len(parts)
        if i + k <= len(toks) and all(toks[i + m].low == parts[m] for m in range(1, k)):
            mod_hit, mode = (phrase, i + k), name  # the longest; on a tie the first table wins
            break
    if mode == "approx" and i > 0 and toks[i - 1].low in L.NOT_HEDGE_AFTER:
        mode, mod_hit = None, None  # "how about 2 in 5"
    if mod_hit and toks[i].text in L.COMPARISON_SIGNS and i > 0 and _adjacent(toks[i - 1], toks[i]) \
            and (opts.claims or toks[i - 1].text in _SIGN_BEFORE):
        return None  # "<>30", "=>30", "-> 12", and in claims "</b>300": not a bound
    j = mod_hit[1] if mod_hit else i
    # "an estimated 3,000" / "more than an estimated" / "some 1,000"
    if mode and j < len(toks):
        second = _phrase_at(toks, j, L.APPROX)
        if second and second[0] in _ESTIMATED:
            j = second[1]
    if opts.claims and mode not in ("between", "from"):
        frac = _parse_fraction(text, toks, j, modified=mode is not None)
        if frac is None and mod_hit and j > i and toks[j - 1].low in ("a", "an"):
            frac = _parse_fraction(text, toks, j - 1, modified=True)  # "over a quarter of": "over a" is a modifier
        if frac is not None:
            return _bound_fraction(frac, mode, start)
        if _phrase_at(toks, j, L.FRACTIONS):
            return None  # "two thirds" with no "of": not the count "two"
    core = _number_at(toks, j, text, opts, ratio=mode in (None, "approx", "equal"),
                      ordinal=mode in ("between", "lower", "upper"))
    if core is None:
        return None
    value, j, currency, core_kind = core
    low: float | None = value
    high: float | None = value
    approx = core_kind in ("vague", "dozen")
    kind = {"vague": "vague", "dozen": "approx"}.get(core_kind, "exact")
    if core_kind == "vague":
        high = None
    # 2. ranges: "between A and B", "from A to B", "A-B", "A to B", "A through B", "A~B"
    range_end = None
    if core_kind == "exact" and j < len(toks):
        sep = toks[j]
        joiners = _JOINERS_BETWEEN if mode == "between" else _JOINERS_FROM if mode == "from" else L.RANGE_JOINERS
        if sep.low in joiners or (sep.kind == "dash" and ("-" in joiners or "–" in joiners)):
            nxt = _number_at(toks, j + 1, text, opts, ratio=False, ordinal=mode == "between")
            if nxt is not None and nxt[3] == "exact" and not (
                    not opts.claims and sep.kind == "dash" and _in_chain(toks, start if mode is None else j - 1, nxt[1])):
                v2, k2, cur2, _ = nxt
                range_end = (v2, k2, cur2)
    if range_end is not None and mode == "from" and opts.claims and any(
            toks[k].low in L.CHANGE_WORDS for k in range(max(0, start - 4), start)):
        range_end = None  # rule ``revision_from_to``: "rose from 300 to 445" is two figures, not a range
    if range_end is not None:
        v2, k2, cur2 = range_end
        v1 = value
        # "11 to 12,000" and "1.5 to 2 million": the second number's scale carries back to a first
        # number written small (rule ``range_scale_carry``), when that makes a range of the same
        # order: 11 -> 11,000 (to 12,000), but 2 to 1,334 stays as written
        if 0 < v1 < 1000 and v1 < v2 and toks[j - 1].kind == "num" and "," not in toks[j - 1].text \
                and not _SPACES_RE.search(toks[j - 1].text):
            for scale in (1_000_000_000, 1_000_000, 1_000):
                if v2 >= scale and v2 % scale == 0 and v2 / 2 <= v1 * scale <= v2:
                    v1 = v1 * scale
                    break
        if v1 <= v2 or mode == "between":
            # rule ``range_reversed``: "between 12,000 and 11,000" is the range [11,000, 12,000]
            low, high = min(v1, v2), max(v1, v2)
            j = k2
            currency = currency or cur2
            kind = "range"
    if opts.claims and core_kind in ("exact", "dozen"):
        d_end = _duration_end(toks, j)
        if d_end is not None:
            return _Parse(d_end, None, None, kind="skip", start_tok=start)  # rule ``not_duration``
    if kind != "range" and mode in ("between", "from"):
        if mode == "between":
            return None  # "between" needs two numbers
        mode = None
        start = mod_hit[1]  # "from 11,300 to 3,958" is a revision: keep "from" out of the span
    # 3. unit after
    unit, j = _unit_after(toks, j, currency)
    # 4. modifiers after: "3,000 or more", "1,000-plus", "less than 5,000 or equal"
    post = None
    if j < len(toks):
        if toks[j].kind == "dash" and j + 1 < len(toks) and toks[j + 1].low == "plus":
            post, j = "lower", j + 2
        else:
            best = None
            for name, phrases in _POST_MODIFIERS:
                hit = _phrase_at(toks, j, phrases)
                if hit and not (hit[0] == "+" and not _adjacent(toks[j - 1], toks[j])):
                    if best is None or hit[1] > best[1][1]:
                        best = (name, hit)
            # "200 or greater than 190", "less than 10 and more than 40": the words belong to the
            # next figure (rule ``post_or_next``)
            if best is not None and not _figure_follows(text, toks, best[1][1], opts) \
                    and not _figure_follows(text, toks, j + 1, opts, modifier_only=True):
                post, j = best[0], best[1][1]
            if post is not None and {post, mode} in ({"lower", "upper"}, {"lower", "near"}):
                post = None
    if unit in ("count", "money"):
        # "1,000 a day" (the rate words join the figure); "3,000 people a week" (a rate, the
        # figure stays "3,000"); "$2,000 a month" (a salary)
        is_rate, j2 = _rate_after(toks, j) if unit == "count" else (
            (True, _phrase_at(toks, j, L.RATE_WORDS)[1]) if _phrase_at(toks, j, L.RATE_WORDS) else (False, j))
        if is_rate:
            unit, j = "rate", j2
    # 5. apply the interval modifiers
    for m in (mode, post):
        if m == "lower":
            high = None
            kind = "bound" if kind != "vague" else kind
        elif m == "upper":
            if kind != "range":
                low = None
            kind = "bound"
        elif m == "near":
            low = None if kind != "range" else low
            approx = True
            kind = "bound"
        elif m == "approx":
            approx = True
            kind = "approx" if kind == "exact" else kind
    # 6. fraction of this number: handled by _parse_fraction; here plain figure
    return _Parse(j, low, high, approx, unit, kind, start_tok=start)


def _figure_follows(text: str, toks: list[_Tok], k: int, opts: _Opts, modifier_only: bool = False) -> bool:
    """A number, or a bound word and a number, starts at token k."""
    if k >= len(toks):
        return False
    if not modifier_only and _number_at(toks, k, text, opts, ratio=False) is not None:
        return True
    for phrases in (L.LOWER_BOUND, L.UPPER_BOUND, L.EQUAL_TO):
        hit = _phrase_at(toks, k, phrases)
        if hit and _number_at(toks, hit[1], text, opts, ratio=False) is not None:
            return True
    return False


def _in_chain(toks: list[_Tok], a: int, b_end: int) -> bool:
    """ "+1-222-2222": a dash-joined pair inside a longer chain of numbers is not a range."""
    n = len(toks)
    after = b_end < n - 1 and toks[b_end].text in ("-", "/") and _adjacent(toks[b_end - 1], toks[b_end]) \
        and toks[b_end + 1].kind == "num"
    before = a >= 2 and toks[a - 1].text in ("-", "/", "+") and _adjacent(toks[a - 1], toks[a]) \
        and (toks[a - 1].text == "+" or toks[a - 2].kind == "num")
    return after or before


def _parse_at(text: str, toks: list[_Tok], i: int, opts: _Opts = _CLAIMS) -> _Parse | None:
    if opts.bare:
        n = _free_number(toks, i, text)
        return _Parse(n[1], n[0], n[0], start_tok=i) if n else None
    p = _parse_one(text, toks, i, opts)
    if p is None or p.kind != "bound" or p.approx or (p.low is None) == (p.high is None):
        return p
    # rule ``bound_pair``: "above 100 and below 300", "at most 100 and at least 20" -> one range
    hit = _phrase_at(toks, p.end_tok, L.BOUND_JOINERS)
    if hit is None:
        return p
    q = _parse_one(text, toks, hit[1], opts)
    if q is None or q.kind != "bound" or q.approx or q.unit != p.unit or (q.low is None) == (q.high is None) \
            or (q.low is None) == (p.low is None):
        return p
    low = p.low if p.low is not None else q.low
    high = p.high if p.high is not None else q.high
    if low is None or high is None or not low < high:
        return p
    return _Parse(q.end_tok, low, high, False, p.unit, "range", start_tok=p.start_tok)


def _slash_share(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """rule ``slash_share``: "3/4 of them" -> 0.75: a proper fraction of plain digits written with
    a slash, not inside a chain ("5/17/2018", "24/7")."""
    n = len(toks)
    if i + 2 >= n or toks[i].kind != "num" or toks[i + 1].text != "/" or toks[i + 2].kind != "num":
        return None
    a, sl, b = toks[i], toks[i + 1], toks[i + 2]
    if not (_adjacent(a, sl) and _adjacent(sl, b) and a.text.isdigit() and b.text.isdigit()):
        return None
    if i > 0 and toks[i - 1].text in ("/", "-", ".", ",") and _adjacent(toks[i - 1], a):
        return None
    if i + 3 < n and toks[i + 3].text in ("/", "-", ".", ",") and _adjacent(b, toks[i + 3]):
        return None
    num, den = int(a.text), int(b.text)
    if not 0 < num < den <= 100:
        return None
    return num / den, i + 3


def _ratio_share(text: str, toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """rule ``one_in_n``: "one in five", "1 in 10", "one out of every four" -> 1/N; also "nine in
    ten", "three in four", "2 in 3" -> N/M (a smaller number in a larger one up to 100)."""
    if i >= len(toks):
        return None
    low = toks[i].low
    num = 1 if low in ("one", "1") else (L.UNITS_WORDS.get(low) if low in L.UNITS_WORDS else (
        int(low) if low.isascii() and low.isdigit() and len(low) <= 2 else None))
    if not num:
        return None
    hit = _phrase_at(toks, i + 1, L.SHARE_RATIO_WORDS)
    if hit is None:
        return None
    den = _core(toks, hit[1], text)
    if den is None or den[3] != "exact" or den[2] is not None or den[0] < 2 or den[0] != int(den[0]):
        return None
    if _duration_end(toks, den[1]) is not None:
        return None  # "one in three weeks"
    if not num < den[0] <= 100:
        return None
    if num > 1 and den[1] < len(toks) and toks[den[1]].kind == "num":
        return None
    return num / den[0], den[1]


def _fraction_head(text: str, toks: list[_Tok], i: int) -> tuple[float, int, str] | None:
    """The share that starts a fraction: a word fraction ("a quarter", "two-thirds", "three
    quarters"), a slash fraction ("3/4") or a ratio ("one in five"). Returns (share, end, how)."""
    hit = _phrase_at(toks, i, L.FRACTIONS)
    if hit:
        return L.FRACTIONS[hit[0]], hit[1], "words"
    if i < len(toks) and toks[i].kind == "num":
        sl = _slash_share(toks, i)
        if sl:
            return sl[0], sl[1], "slash"
    r = _ratio_share(text, toks, i)
    if r:
        return r[0], r[1], "ratio"
    return None


def _bound_fraction(frac: _Parse, mode: str | None, start: int) -> _Parse:
    """rule ``fraction_bound``: the modifier before a fraction bounds it and its share: "more than
    a quarter of the 12,000" -> [3,000, None] and [25, None]; "less than half" -> [None, 50];
    "nearly a third of the 900" -> [None, 300], approx; "about half of" stays a point, approx."""
    frac.start_tok = start
    if mode == "lower":
        frac.high = None
    elif mode == "upper":
        frac.low = None
    elif mode == "near":
        frac.low = None
        frac.approx = True
    elif mode == "approx":
        frac.approx = True
    return frac


def _parse_fraction(text: str, toks: list[_Tok], i: int, modified: bool = False) -> _Parse | None:
    """ "a quarter of the 12,000" -> 3,000 (of_total 12,000, share 25 %); "half a million";
    "two-thirds of the 12,000" -> 8,000 (rule ``fraction_words``); "3/4 of them" -> the share
    75 % (rule ``slash_share``); "one in five" -> the share 20 % (rule ``one_in_n``)."""
    head = _fraction_head(text, toks, i)
    if not head:
        return None
    share, j, how = head
    # "half a million"
    if how == "words" and j + 1 < len(toks) and toks[j].low == "a" and toks[j + 1].low in L.SCALE_WORDS \
            and L.SCALE_WORDS[toks[j + 1].low] >= 1000:
        v = share * L.SCALE_WORDS[toks[j + 1].low]
        return _Parse(j + 2, v, v, False, "count", "exact", start_tok=i)
    of = j
    if of + 1 < len(toks) and toks[of].text in ('"', "”", "’", "'") and toks[of + 1].low == "of":
        of += 1  # rule ``quoted_share``: '"perhaps a third" of the announced force'
    if of < len(toks) and toks[of].low == "of":
        k = of + 1
        while k < len(toks) and toks[k].low in ("the", "an", "its", "their", "all", "some", "about", "roughly", "around", "estimated", "approximately", "nearly", "his", "her"):
            k += 1
        core = _core(toks, k, text)
        if core is not None and core[3] == "exact":
            total, k2, currency, _ = core
            unit, k2 = _unit_after(toks, k2, currency)
            v = round(total * share, 6)
            return _Parse(k2, v, v, True, unit, "fraction", of_total=total, share=round(share * 100, 4),
                          start_tok=i, share_end=j)
        # "half of the troops": only the share
        return _Parse(j, share * 100, share * 100, True, "percent", "share", share=round(share * 100, 4), start_tok=i)
    if how == "ratio" or how == "words" and modified and share < 1 and not (
            j < len(toks) and toks[j].low in _ORDINAL_NOUNS_AFTER):
        # "one in five" needs no "of"; nor does a modified share (rule ``modified_share``: "about a fifth
        # still live in Jerada", "about a third opposed them"), unless it is an ordinal ("about a third day")
        return _Parse(j, share * 100, share * 100, True, "percent", "share", share=round(share * 100, 4), start_tok=i)
    return None


#: Nouns after "a third", "a quarter" that make it an ordinal, not a share.
_ORDINAL_NOUNS_AFTER = {"day", "days", "time", "times", "night", "nights", "week", "month", "year", "round", "term",
                        "attempt", "wave", "boat", "group", "country", "party", "person", "man", "woman", "child"}


def find_quantities(text: str, *, claims: bool = True, bare: bool = False) -> list[Quantity]:
    """Every figure in ``text`` as a :class:`~crosscheck.records.Quantity` interval.

    >>> [(q.text, q.low, q.high) for q in find_quantities("over 3,000 killed, 1,100 wounded")]
    [('over 3,000', 3000.0, None), ('1,100', 1100.0, 1100.0)]

    ``claims`` (default True) reads text as news claims: dates, years, times, ages, ordinals,
    labels ("F-16", "page 12", "Boeing 737"), durations ("3 weeks"), phone numbers, URLs and a
    lone "one" are not figures. With
    ``claims=False`` those exclusions are off (ordinals and digits glued to a unit such as
    "180ml" stay out: they are not numbers) and the general number grammar is on: signs,
    fractions ("3/4", "three fifths", "one and a half"), decimals in words ("one point five"),
    ratios ("one over three"), "1e10", "1 234 567", "10M", "4 thousand 3 hundred and 21".

    ``bare`` (only with ``claims=False``) returns every number on its own, the way a plain
    number recogniser does: no bounds or ranges ("over 3" gives 3), no units ("$20" gives 20),
    no vague amounts; every figure is exact.

    >>> [(q.text, q.low) for q in find_quantities("in 2009 about -1.5 or 3/4", claims=False, bare=True)]
    [('2009', 2009.0), ('-1.5', -1.5), ('3/4', 0.75)]
    """
    if bare and claims:
        raise ValueError("bare=True needs claims=False")
    opts = _Opts(claims, bare) if (not claims or bare) else _CLAIMS
    toks = _tokenize(text, opts)
    starters = _starters()
    blocked = _blocked_spans(text) if claims else ([], [])
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t.kind in ("word", "other") or (t.kind == "dash" and claims)) and t.low not in starters:
            i += 1  # no reader starts at this token: skip it without trying them
            continue
        if blocked[0] and _in_spans(blocked, t.start):
            i += 1
            continue
        p = _parse_at(text, toks, i, opts)
        if p is None or p.end_tok <= i:
            i += 1
            continue
        if p.kind == "skip":  # a duration: its number is no figure
            i = p.end_tok
            continue
        s = toks[p.start_tok if p.start_tok is not None else i].start
        e = toks[p.end_tok - 1].end
        q = Quantity(text=text[s:e], start=s, end=e, low=p.low, high=p.high, approx=p.approx,
                     unit=p.unit, kind=p.kind, of_total=p.of_total, share=p.share)
        if p.kind == "fraction" and re.search(r"(?i)\bof an? (thousand|million|billion)\b", text[s:e]):
            # rule ``fraction_of_scale``: "a quarter of a million" is the number 250,000, not a share
            q = dataclasses.replace(q, kind="exact", of_total=None, share=None)
            out.append(q)
            i = p.end_tok
            continue
        out.append(q)
        if p.kind == "fraction":
            # the share itself (bounded as the count is), and the total as its own figure
            share_end = p.share_end if p.share_end is not None else p.end_tok
            se = toks[share_end - 1].end
            out.append(Quantity(text=text[s:se], start=s, end=se, low=p.share if p.low is not None else None,
                                high=p.share if p.high is not None else None, approx=True,
                                unit="percent", kind="share", of_total=p.of_total, share=p.share))
            # continue scanning at the total ("of the 12,000"): it is a figure of its own
            k = share_end
            while k < len(toks) and toks[k].kind != "num" and toks[k].kind != "sym":
                k += 1
            i = k
            continue
        i = p.end_tok
    out.sort(key=lambda q: (q.start, -q.end))
    return out


# rule ``not_url``: a web address or URL-encoded text ("https://example.org/a%28b%29/2024/123",
# "www.site.com/page/7", "example.org/news/12"): no figure inside it.
_URL_RE = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"']*",
    re.I,
)
_URL_ENCODED_RE = re.compile(r"[^\W\d_]%[0-9a-f]{2}", re.I)  # "a%28b%29": then its whole word
_URL_STOP_RE = re.compile(r"[\s<>\"']")


def _blocked_spans(text: str) -> tuple[list[int], list[int]]:
    """Spans where no figure starts (phone numbers, URLs), merged and sorted: (starts, ends)."""
    spans = [(m.start(), m.end()) for m in _PHONE_RE.finditer(text)]
    if "/" in text or "www." in text:
        spans += [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    if "%" in text:
        done = 0  # each character is walked over once
        for m in _URL_ENCODED_RE.finditer(text):
            if m.start() < done:
                continue
            a = m.start()
            while a > done and not _URL_STOP_RE.match(text, a - 1):
                a -= 1
            b = _URL_STOP_RE.search(text, m.end())
            done = b.start() if b else len(text)
            spans.append((a, done))
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for a, b in spans:
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _in_spans(spans: tuple[list[int], list[int]], pos: int) -> bool:
    """``pos`` lies in one of the merged spans: a binary search, so the scan stays linear."""
    k = bisect_right(spans[0], pos) - 1
    return k >= 0 and pos < spans[1][k]


_STARTERS: set[str] = set()


def _starters() -> set[str]:
    """Every word a reader can start at (first words of the modifier, vague-amount and fraction
    tables, and number words); ``find_quantities`` skips any other word at once."""
    if not _STARTERS:
        tables = [phrases for _, phrases in _PRE_MODIFIERS]
        tables += [L.VAGUE_AMOUNTS, L.VAGUE_MULTIPLIERS, L.FRACTIONS, L.NEGATIVE_WORDS, L.FRACTION_DENOMINATORS]
        for phrases in tables:
            _STARTERS.update(_split_phrase(p)[0] for p in phrases if _split_phrase(p))
        _STARTERS.update(_WORD_CLASS)  # number words, "a", "an", scales, dozens
        _STARTERS.update(w.lower() for w in L.MONEY_PREFIXES)  # "K2 million" (``letter_currency``)
    return _STARTERS
