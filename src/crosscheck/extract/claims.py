"""spaCy Doc -> Claims. spaCy objects never leave this module (claims are plain records).

For each sentence: every figure ``find_quantities`` finds becomes a numeric claim, unless a
``skip_*`` rule says it is not a claim; sentences that deny or do not acknowledge something
become non-numeric claims. Each claim gets, by named rules:

* ``what``/``subject``: the counted noun phrase ("North Korean troops") — ``what_nummod``,
  ``what_self`` (the figure is the noun: "thousands killed"), ``what_of`` ("thousands of troops"),
  ``what_carry`` (the previous claim's subject in the document)
* ``category``: ``category_syntax`` (the counted noun, its verb and that verb's conjuncts),
  ``category_window`` (words right after the figure), ``category_same_sentence`` (a share inherits
  the category of the figure it is a share of), ``category_force_noun`` (troops with no casualty
  word are deployed)
* ``location``: a place in a prepositional phrase of the figure's clause
* hedges, certainty, stance, date and period (see ``_hedges``, ``_stance``, ``_date``)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from crosscheck.extract import lexicon as L
from crosscheck.extract.attribution import (
    _person_body,
    _apposed_person,
    _is_source_noun,
    demonym,
    _strip_the,
    _named_apposition,
    doc_text,
    Attribution,
    known_org,
    Mention,
    _verb_subject,
    attribute,
    core_name,
    DOCUMENT_ROLES,
    POSSESSIVE_PRONOUNS,
    mention_from_token,
    sent_ents,
    source_kind,
    source_mention,
    _LABEL_RE,
    label_end,
    token_before_time,
)
from crosscheck.extract.quantities import find_quantities
from crosscheck.names import name_key, same_source
from crosscheck.records import Claim, Quantity, Sentence, Source, short_hash

_CATEGORY_RES = tuple(
    (cat, re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b"))
    for cat, phrases in L.CATEGORY_PHRASES
)
def _compound_res():
    out = []
    for cat, phrases in L.CATEGORY_PHRASES:
        if cat not in ("missing", "killed_or_wounded", "killed"):
            continue
        chosen = [p for p in phrases if " or " in p or " and " in p or p.startswith(("feared", "presumed", "lost "))]
        if chosen:  # an empty alternation would match everywhere
            out.append((cat, re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(chosen, key=len, reverse=True)) + r")\b")))
    return tuple(out)


_COMPOUND_CATEGORY_RES = _compound_res()
_HEDGE_PHRASE_RES = tuple((re.compile(re.escape(p)), label) for p, label in L.HEDGE_PHRASES.items())
_PERIOD_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(L.PERIOD_PHRASES, key=len, reverse=True)) + r")\b")
_NOT_ACK_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in L.NOT_ACKNOWLEDGED_PHRASES) + r")\b")
_DENIAL_PHRASE_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in L.DENIAL_PHRASES) + r")")
_LOCATION_SUFFIX = re.compile(r"\b(oblast|region|province|district|state|city|county|front|border)$", re.I)
_DATE_WORDS = re.compile(
    r"\b(" + "|".join(L.MONTHS) + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b",
    re.I)
_COUNTRIES = set(L.COUNTRY_ADJECTIVES.values()) | {"U.S.", "US", "UK"}
_NAME_ENTS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT", "NORP", "GPE", "LOC"}
_FRACTION_HEADS = {"quarter", "third", "thirds", "half", "fifth", "tenth", "quarters"}
_VAGUE_HEADS = {"thousands", "hundreds", "dozens", "tens", "millions", "scores", "dozen"}
_SUBJECT_GROUPS = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops", "forces": "troops",
    "force": "troops", "servicemen": "troops", "personnel": "troops", "fighters": "troops",
    "combatants": "troops", "men": "troops", "casualties": "troops", "losses": "troops",
    "people": "people", "civilians": "civilians", "children": "children", "migrants": "migrants",
    "refugees": "people", "residents": "people", "protesters": "protesters", "demonstrators": "protesters",
    "prisoners": "troops", "mercenaries": "mercenaries",
}


@dataclass
class DocState:
    """What one document's earlier sentences tell later ones (sources named, last subject)."""

    doc_id: str
    published: str | None = None
    outlet: str | None = None  # the publishing outlet: its own tally is the outlet's voice
    sources: list[tuple[str, Source]] = field(default_factory=list)  # (core key, Source)
    last_person: Source | None = None
    last_source: Source | None = None
    last_subject: str | None = None
    last_location: str | None = None
    last_region: str | None = None  # the last place named that is not a country
    last_category: str | None = None  # the last category other than "other"
    prev_category: str | None = None  # the category of the figure just before
    carry: tuple | None = None  # (source, end of its sentence, sentences since) for source_carry
    last_country: str | None = None  # the last country named ("the country's spy agency")
    dateline_country: str | None = None  # the country of the dateline ("URALSK, Kazakhstan —")
    dateline_city: str | None = None  # the city of the dateline ("CHICAGO —")
    countries_at: list = field(default_factory=list)  # (char offset, country) of every country named
    holder: tuple | None = None  # (body, sentence index) of an unnamed office-holder ("the deputy head of X")
    last_issuer: Source | None = None  # who issued the last statement cited ("citing U.S. intelligence estimates")
    sentence_index: int = 0
    last_city: str | None = None  # the last other place named ("the city's mayor")
    places_by_kind: dict = field(default_factory=dict)  # "district" -> "Wayanad" after "Wayanad district"
    speaks_for: dict = field(default_factory=dict)  # person's name key -> the body he or she speaks for
    last_org: Mention | None = None  # the last organisation named, speaking or not ("the disaster agency AFAD is ...")
    source_pos: dict = field(default_factory=dict)  # source key -> where in the text it was last mentioned
    orgs: list = field(default_factory=list)  # (offset, root token, nouns it is called by) of every organisation named
    displacement_story: bool = False  # the report is about people uprooted (``displacement_story``)
    voyage_story: bool = False  # the report is about a boat's voyage (``category_left_home``)
    doc_country: str | None = None  # the country the whole report names most (``doc_country``)
    resolved: dict = field(default_factory=dict)  # this sentence's mentions -> Source (``same_mention_same_source``)
    text: str = ""  # the document's text
    sent_start: int = 0  # where the current sentence starts
    release: tuple | None = None  # (issuer Mention, start, end) of a release republished in full


# --- small helpers ----------------------------------------------------------------------------

_DISPLACEMENT_RE = re.compile(r"\b(refugees?|displaced|displacement|fled|flee|fleeing|asylum|evacuees?|returnees?|"
                              r"idps?|forced from|deport\w*|uprooted|crossed into|crossing into|shelters?|camps?|"
                              r"evacuat\w*|exiles?|expell\w*|expulsions?|repatriat\w*|pushbacks?|resettle\w*|"
                              r"homeless|accommodation|temporary protection|go home|ordered out|stranded)\b")
_HARM_RE = re.compile(r"\b(killed|dead|died|deaths?|drowned|bodies|toll|casualties|wounded|injured|missing)\b")
_DEMONYM_PLURALS = {k.title() + "s" for k in L.COUNTRY_ADJECTIVES if k.endswith("an") or k.endswith("i")}


_SURRENDER_RE = re.compile(r"\b(?:laid|lay|laying|lays) down (?:their |its )?(?:arms|weapons)\b|\bsurrender(?:ed|s)?\b|"
                           r"\bdefected\b|\bhanded (?:themselves|their weapons) (?:in|over)\b")
#: People who are uprooted by what the noun says: in a report about displacement, always displaced.
_UPROOTED_NOUNS = {"exiles", "arrivals", "applicants", "returnees", "evacuees", "deportees", "refugees",
                   "asylum-seekers", "seekers", "migrants", "departures"}
#: Civilians whose leaving a place makes them displaced (rule ``category_left_home``).
_HOME_LEAVERS = {"people", "civilians", "residents", "families", "households", "villagers", "inhabitants"}
#: A report about a voyage: the people who "left" a port are passengers, not uprooted (rule
#: ``category_left_home``).
_VOYAGE_RE = re.compile(r"(?i)\b(?:boats?|vessels?|dinghy|dinghies|canoes?|pirogues?|rafts?|capsiz\w*|shipwrecks?|"
                        r"sank|sinking|aboard|on board)\b")
#: Verbs that count people in a crowd or a case file, not people on the move.
_NOT_MOVED_VERBS = {"count", "join", "march", "protest", "rally", "gather", "attend", "charge", "arrest", "detain",
                    "demonstrate", "treat", "prosecute", "convict", "sentence", "board", "embark"}


#: People sent as a team ("35 medical and rescue staff", "20 engineers") and the verbs that send them.
_TEAM_NOUNS = {"engineers", "medics", "doctors", "nurses", "staff", "specialists", "experts", "paramedics", "divers",
               "technicians", "responders", "searchers"}
_SENT_VERBS = {"send", "fly", "deploy", "dispatch", "arrive", "land", "join", "pledge", "bring"}
_SHELTERED_RE = re.compile(r"\b(?:in|into|at|to) (?:\d[\d,]* )?(?:[a-z-]+ ){0,2}(?:shelters|(?:evacuation|relief|accommodation|reception) cent(?:re|er)s|"
                           r"(?:relief|refugee|displacement|evacuation|idp|tent|transit) camps|tents|temporary sites|sports halls|"
                           r"church halls|classrooms)\b|"
                           r"\b(?:sleeping|sheltering|camped|camping) (?:in|at|under|rough|outdoors)\b|\bsleeping rough\b")


_SERVING_NOUNS = {"citizens", "nationals", "men", "police", "soldiers", "volunteers", "recruits", "people", "others"}
_SERVING_RE = re.compile(r"\b(serv(?:e|es|ing|ed)\b|fighting\b|fought\b|in uniform|in (?:\w+ ){0,2}units\b|"
                         r"(?:with|in|for) (?:the )?(?:\w+ ){0,2}(?:forces|army|armed forces|military)\b|on the ground\b|"
                         r"at the front\b|on the front ?line)")


def _moves_or_stays(sent) -> bool:
    """The sentence says people arrived, crossed, left, live or stay somewhere (not "unable to leave")."""
    return any(t.lemma_.lower() in L.MOVE_OR_STAY_VERBS and t.pos_ in ("VERB", "AUX")
               and not any(c.dep_ == "neg" for c in t.children) and t.head.lower_ not in ("unable", "confined")
               for t in sent)


def displacement_story(text: str) -> bool:
    """rule ``displacement_story``: a report about people uprooted, not about a toll — its words for
    fleeing, refuge and shelter outnumber its words for death and injury, three times at least."""
    low = text.lower()
    uprooted, harmed = len(_DISPLACEMENT_RE.findall(low)), len(_HARM_RE.findall(low))
    return uprooted >= 3 and uprooted > harmed


def _anchor_token(span):
    """The token that carries a figure in the parse: the span's root, unless that is a unit
    word ("25 percent") — then the number."""
    root = span.root
    if root.like_num or root.lower_ in _VAGUE_HEADS or root.lower_ in _FRACTION_HEADS:
        return root
    counting = next((t for t in span if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN"
                     and not span.start <= t.head.i < span.end), None)
    if counting is not None and root.dep_ == "prep":
        return counting  # "Between 800 and 1,100 fighters ... are active", "between" parsed as the clause's
        # preposition: the number that counts the fighters
    for t in span:
        if t.like_num or t.lower_ in _VAGUE_HEADS or t.lower_ in _FRACTION_HEADS:
            return t
    return root


def _same_statement(anchor) -> bool:
    """ "the same estimates / those figures / these data placed ..." above the figure."""
    for t in anchor.sent:
        if (t.lower_ in L.STATEMENT_NOUNS or t.lemma_ in L.STATEMENT_NOUNS) and t.dep_ in ("nsubj", "nsubjpass") \
                and any(c.lower_ in ("same", "those", "these") for c in t.children) and t.head.is_ancestor(anchor):
            return True
    return False


def _governing_verb(tok):
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.i != tok.i:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _conjoined_clause(doc, anchor, prev_q) -> bool:
    """The figure's clause is joined ("and", a comma) to the clause of the figure before it, and
    neither clause has a verb of saying."""
    prev = doc.char_span(prev_q.start, prev_q.end, alignment_mode="expand")
    v, pv = _governing_verb(anchor), _governing_verb(prev.root) if prev is not None else None
    if v is None or pv is None or v.i == pv.i or any(t.lemma_.lower() in L.CUE_VERBS for t in (v, pv)):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > pv.i), None)
    if pv.dep_ == "ccomp" and pv.head.i == v.i and subj is not None and doc[subj.left_edge.i - 1].text == ",":
        return True  # "Four of the nine were police officers, two were commune officials" (a comma splice)
    if v.dep_ != "conj":
        return False
    head = v.head
    while head.i != pv.i and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.i == pv.i


def _shares_verb(doc, anchor, prev_q) -> bool:
    """The figure has no noun of its own and hangs, through a preposition, on the verb of the figure
    before it ("... have died or gone missing this year, and over 24,500 since 2014")."""
    if anchor.dep_ != "pobj" or not anchor.head.dep_ == "prep":
        return False
    span = doc.char_span(prev_q.start, prev_q.end, alignment_mode="expand")
    if span is None:
        return False
    mine, theirs = _governing_verb(anchor), _governing_verb(_anchor_token(span))
    return mine is not None and theirs is not None and mine.i == theirs.i


def _counted_noun(anchor):
    """(noun, rule) the figure counts."""
    t = anchor
    # climb quantmod/nummod/compound chains to the noun
    for _ in range(3):
        if t.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod") and t.head.pos_ in ("NOUN", "PROPN", "NUM") and t.head.i > t.i:
            t = t.head
        else:
            break
    if t.i != anchor.i and t.pos_ in ("NOUN", "PROPN"):
        return t, "what_nummod"
    # "thousands of troops"
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("NOUN", "PROPN") and not objs[0].like_num:
                return objs[0], "what_of"
    for c in anchor.children:
        # rule ``range_noun``: "between 2,000 and 2,500 soldiers", parsed as "2,000" joined to "soldiers":
        # the noun that the range's upper end counts
        if c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.dep_ == "nummod" and g.like_num and g.i < c.i
                                                          for g in c.children):
            return c, "what_nummod"
    return anchor, "what_self"


def _noun_phrase(noun, exclude_span) -> str:
    """The counted noun with its modifiers, without the figure itself."""
    toks = []
    for t in noun.subtree:
        if exclude_span[0] <= t.i < exclude_span[1]:
            continue
        if t.i > noun.i and t.dep_ not in ("prep", "pobj", "compound", "amod", "acl", "agent", "det", "nummod") :
            break
        toks.append(t)
    # keep a short contiguous phrase ending at the noun (+ a participle like "deployed to Russia")
    left = [t for t in toks if t.i <= noun.i and t.dep_ not in ("det", "nummod", "quantmod", "punct") and not t.like_num]
    right = []
    for c in noun.children:
        if c.dep_ == "acl" and c.i > noun.i:
            right = [t for t in c.subtree if not t.is_punct and t.i < c.i + 6]
            break
    right_sorted = sorted(right, key=lambda t: t.i)
    while right_sorted and right_sorted[-1].pos_ in ("ADP", "CCONJ", "DET", "PART", "SCONJ", "PRON"):
        right_sorted.pop()  # "troops deployed in" -> "troops deployed": never end on a function word
    words = [t.text for t in sorted(left + right_sorted, key=lambda t: t.i)]
    return " ".join(words).replace(" ’s", "’s").replace(" 's", "'s") or noun.text


def _subject_key(noun, span_range) -> str | None:
    """Normalised subject: nationality/affiliation + kind ("North Korean troops")."""
    if noun.lower_ in _VAGUE_HEADS or noun.like_num:
        return None
    group = _SUBJECT_GROUPS.get(noun.lower_) or _SUBJECT_GROUPS.get(noun.lemma_.lower())
    if group is None:
        return noun.lemma_.lower() if noun.pos_ == "NOUN" else None
    mods = []
    for t in noun.lefts:
        if span_range[0] <= t.i < span_range[1]:
            continue
        if t.ent_type_ in ("NORP", "GPE") or t.text[:1].isupper():
            mods.append(t)
            mods.extend(x for x in t.lefts if x.dep_ in ("compound", "amod") and x.text[:1].isupper())
    if not mods:
        return group
    mods = sorted(set(mods), key=lambda t: t.i)
    name = " ".join(t.text for t in mods)
    return f"{name} {group}"


#: Verbs that move people out of harm's way: with "out", "out of" or "to safety" they are displaced
#: ("1,274 people have been taken out of the flooded streets", "17,000 need to be moved out").
_MOVE_OUT_VERBS = {"move", "take", "bus", "ferry", "airlift", "fly", "ship", "relocate", "bring", "get", "pull", "lift"}


def _moved_out(verb) -> bool:
    if verb.lemma_.lower() in ("relocate", "resettle", "evacuate"):
        return True
    if verb.lemma_.lower() not in _MOVE_OUT_VERBS or any(c.lower_ in ("alive", "rubble", "water", "sea", "wreckage")
                                                         for c in verb.subtree):
        return False  # "155 people have been pulled out alive", "taken out of the water": rescued
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"
               or c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "safety" for g in c.children)
               for c in verb.children)


def _category_syntax(noun, anchor) -> tuple[str | None, str]:
    words = [noun.lower_, noun.lemma_.lower()]
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos") else None
    if noun.i == anchor.i and anchor.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = anchor.head
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    if verb is not None and verb.lemma_.lower() == "lose" and noun.dep_ == "dobj":
        of = [o for p in (*noun.children, *(c for c in verb.children if c.i > noun.i)) if p.dep_ == "prep"
              and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # (the parser may hang "of" on the verb)
        counted = of[0] if of and noun.i == anchor.i else noun
        if counted.lower_ in L.CIVILIAN_NOUNS:
            # rule ``category_lost_people``: "the town has lost at least 40 of its residents" are dead
            # (a force that "lost 40 soldiers" stays killed or wounded)
            return "killed", "category_lost_people"
        if counted.i != anchor.i and counted.lower_ not in L.FORCE_NOUNS | L.EQUIPMENT_NOUNS | {
                "lives", "life", "members", "personnel", "men", "staff", "colleagues", "comrades", "relatives",
                "them", "own", "those", "whom", "these", "ours", "theirs"}:  # ("lost 18 of their own")
            # rule ``category_lost_things``: "the school district will lose 96 pupils", "lost 300 pieces of
            # furniture": what a place or a body loses is counted, but nobody was killed or wounded
            return "other", "category_lost_things"
    if verb is not None and noun.dep_ == "dobj" and noun.lower_ in L.FORCE_NOUNS and noun.lower_ != "men" \
            and verb.lemma_.lower() in ("gather", "mass", "amass", "assemble", "concentrate", "muster") \
            and any(c.dep_ == "nsubj" for c in verb.children):
        # rule ``category_massed``: "Russia has gathered about 94,000 troops within reach of Ukraine": a
        # force someone gathers is deployed (troops that "gathered" on their own are a crowd)
        return "deployed", "category_massed"
    crossed = verb if verb is not None and noun.dep_ == "nsubj" else next(
        (c for c in noun.children if c.dep_ == "acl" and c.i > noun.i), None)  # "600 Chinese nationals crossed from ..."
    if crossed is not None and crossed.lemma_.lower() == "cross" and noun.lower_ not in L.FORCE_NOUNS \
            and (noun.lower_ in L.CIVILIAN_NOUNS | _UPROOTED_NOUNS | {"nationals", "people"} or noun.ent_type_ == "NORP") \
            and any(c.dep_ == "prep" and c.lower_ in ("into", "to", "from") and any(
                o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "NORP", "") and o.pos_ == "PROPN" for o in c.children)
                    for c in crossed.children) \
            and not any(c.dep_ == "dobj" and c.lower_ not in ("border", "frontier") for c in crossed.children) \
            and noun.lower_ != "migrants" and not any(
                c.lower_ == "by" and any(o.lower_ in ("boat", "boats", "sea", "river", "canoe", "dinghy") for o in c.children)
                for c in crossed.children):
        # rule ``category_crossed``: "about 2,000 people crossed from Diboli into Kidira", "600 Chinese
        # nationals crossed from Vietnam": people who crossed a border into or from a named place are
        # uprooted (not migrants, nor those who crossed the Channel or "by river": a voyage, counted as it is)
        return "displaced", "category_crossed"
    if verb is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.lower_ not in L.FORCE_NOUNS:
        if verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lower_ in ("home", "homes", "house", "houses",
                                                                                  "shelter", "shelters", "dwellings")
                                                 for c in verb.children):
            return "displaced", "category_lost_home"  # rule ``category_lost_home``: "16,000 have lost their homes"
        v = verb
        if v.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" for c in v.children):
            v = next(c for c in v.children if c.dep_ == "xcomp")  # "17,000 need to be moved out"
        if _moved_out(v):
            # rule ``category_moved_out``: "1,274 people have been taken out of the town's flooded streets"
            return "displaced", "category_moved_out"
    if verb is not None and noun.dep_ in ("dobj", "nsubjpass"):
        # rule ``category_registered_as``: "relatives had registered 2,500 people as missing", "listed
        # 16 as dead": what the count is registered as
        as_words = [g.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                    for g in p.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp", "advmod")]
        as_cat = _category_window(" ".join(as_words)) if as_words else None
        if as_cat is not None and as_cat != "other":
            return as_cat, "category_registered_as"
    phrase_parts = []
    if verb is not None and verb.pos_ in ("VERB", "AUX", "ADJ"):
        phrase_parts.append(verb.lower_)
        for c in verb.children:  # "treated for minor injuries": what for
            if c.dep_ == "prep" and c.lower_ == "for":
                words.extend(g.lower_ for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ in ("to", "in") and any(
                    g.dep_ == "pobj" and g.lower_ in ("hospital", "hospitals") for g in c.children):
                words.append("taken to hospital")  # "Seventeen of them were taken to hospital"
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ"):
                # "300 killed and 2,700 wounded": a conjunct with a figure of its own is not joined
                between = verb.doc[min(verb.i, c.i) + 1:max(verb.i, c.i)]
                if any(t.like_num for t in between) or any(g.like_num or g.dep_ in ("nsubj", "nsubjpass")
                                                           for g in c.children) or any(
                        t.like_num for g in c.children if g.dep_ in ("dobj", "attr") for t in g.subtree):
                    break  # ("about 60 were killed and dozens more injured": a subject of its own; "had
                    # 1,300 officers on duty and detained four people": an object of its own)
                cc = [t.lower_ for t in between if t.dep_ == "cc"]
                phrase_parts.extend(cc[:1])
                phrase_parts.append(c.lower_)
                break
        words.append(verb.lemma_.lower())
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.pos_ in ("VERB", "ADJ"):
            if c.dep_ == "relcl" and any(t.like_num and t.i != anchor.i for t in c.subtree):
                continue  # "2,960 fighters, of whom 1,497 had been killed": that clause counts its own figure
            phrase_parts.append(c.lower_)
            for g in c.children:
                if g.dep_ == "cc":
                    phrase_parts.append(g.lower_)
                if g.dep_ == "conj":
                    phrase_parts.append(g.lower_)
            words.append(c.lemma_.lower())
    for c in noun.children:
        # "200 Nepalis who had joined the Russian military": people who joined a force are deployed
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("join", "enlist", "serve", "fight"):
            objs = [g for g in c.children if g.dep_ == "dobj"] + [
                o for g in c.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]
            if any(o.lower_ in L.FORCE_NOUNS or o.lower_ in ("army", "military", "ranks", "corps", "legion")
                   for o in objs):
                return "deployed", "category_syntax"
    text = " ".join([*words, " ".join(phrase_parts)])
    for cat, rx in _CATEGORY_RES:
        if cat == "deployed" and noun.lower_ not in L.FORCE_NOUNS and noun.i != anchor.i and not rx.search(" ".join(phrase_parts)):
            continue
        if rx.search(text):
            return cat, "category_syntax"
    return None, ""


_FORCE_SIZE_RE = re.compile(
    r"(?i)\b(?:forces?|army|armies|troops|militias?|deployments?|contingents?|garrisons?|corps|rebels|fighters|"
    r"separatists|militants|insurgents|guerrillas|paramilitaries)\b[^.;]{0,100}?"
    r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!that )"
    r"\b(?:numbered|numbers|number|totalled|totaled|totals|total|peaked at|peaks at|stood at|stands at|stand at)"
    r"[\s\"“”']*(?:(?:at|closer to|close to|about|around|roughly|some|nearly|almost|more than|at least|up to|as many as|"
    r"in the)\s+)*[\s\"“”']*$")


_BREAKDOWN_NOUNS = {"adults", "children", "men", "women", "boys", "girls", "minors", "infants", "babies"}


def _breakdown_of(counted, sent_claims) -> bool:
    """ "68 bodies ..., 40 adults and 28 children": ``counted`` is apposed to (or joined to an
    apposition of) the noun of a figure already claimed in the sentence."""
    t = counted
    doc = counted.doc
    if t.lower_ in _BREAKDOWN_NOUNS and sent_claims[-1].category != "other" and t.i > 1 and (
            doc[t.left_edge.i - 1].text in (",", ":") or doc[t.left_edge.i - 1].lower_ == "and" and t.dep_ == "conj"):
        # "68 bodies have been recovered in the county, 40 adults and 28 children" (parsed as
        # conjuncts); "144 bodies had been recovered: 116 children and 28 adults"
        return True
    if t.dep_ == "conj":
        t = t.head
    if t.dep_ != "appos":
        return False
    head = t.head
    return any(c.dep_ == "nummod" and any(p.quantity is not None and p.quantity.start <= c.idx < p.quantity.end
                                            for p in sent_claims) for c in head.children)


_LEFT_PLACES = {"homes", "home", "villages", "village", "towns", "town", "city", "cities", "area", "areas", "region",
                "country", "district", "districts", "houses", "settlements", "neighbourhoods", "neighborhoods"}


def _category_situation(noun, anchor) -> tuple[str | None, str]:
    """What the situation of the counted people or things says, when no category word does.

    * rule ``category_sheltering``: "34,000 people were sleeping in 366 evacuation centres", "9,328
      people were living in 16 relief camps": people living in shelters are displaced;
    * rule ``category_force_size``: "Serbian forces numbered 5,000", "a joint force of about 2,500",
      "Rwandan deployments had peaked at closer to 6,000": the size of a force;
    * rule ``category_force_members``: "4.5 million militia members": people under arms;
    * rule ``category_equipment``: "14 navy vessels", "a dozen drone teams", "about 300 armoured
      vehicles": machines and units that go with a force."""
    counted = noun if noun.i != anchor.i else anchor
    verb = counted.head if counted.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() != "leave":
        # "Some 3,700 residents left in a few hours, the department says" (parsed as a modifier);
        # never "the residents left behind"
        verb = next((c for c in counted.children if c.dep_ == "acl" and c.lemma_.lower() == "leave" and c.i > counted.i
                     and not any(g.lower_ in ("behind", "stranded", "without") for g in c.children)), verb)
    if verb is not None and verb.lemma_.lower() == "leave" and counted.lower_ in L.CIVILIAN_NOUNS and not any(
            c.dep_ == "dobj" and c.lower_ not in _LEFT_PLACES for c in verb.children):
        # rule ``category_left_home``: "some 20,000 people have left border villages", "residents have left"
        return "displaced", "category_left_home"
    if verb is not None and verb.lemma_.lower() in L.SHELTER_VERBS and counted.lower_ not in L.FORCE_NOUNS:
        places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "inside", "with", "on")
                  for o in p.children if o.dep_ == "pobj"]
        places += [o for c in verb.children if c.dep_ == "conj" for p in c.children if p.dep_ == "prep"
                   for o in p.children if o.dep_ == "pobj"]
        if any(o.lower_ in L.SHELTER_NOUNS for o in places) or any(
                c.lower_ in ("there", "rough", "outdoors", "outside") for c in verb.children if c.dep_ == "advmod"):
            return "displaced", "category_sheltering"
    if counted.lower_ in L.FORCE_NOUNS and any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in ("duty", "patrol", "standby", "guard", "streets")
                                                          for o in p.children if o.dep_ == "pobj")
            for p in counted.children):
        # rule ``category_on_duty``: "it had 1,300 officers on duty and detained four people"
        return "deployed", "category_on_duty"
    # the size of a force: the figure is what a force "numbers", or "a force of N"
    gov = counted.head if counted.i != anchor.i and counted.dep_ == "pobj" and counted.lower_ in (
        "people", "men", "personnel", "staff", "members") else anchor.head  # ("put the team at about 30 people")
    if gov.lower_ == "of" and gov.head.lower_ in L.FORCE_BODY_WORDS:
        return "deployed", "category_force_size"
    if gov.dep_ == "prep" and gov.lower_ == "at" and gov.head.lemma_.lower() in ("put", "place", "estimate", "assess") \
            and any(c.dep_ == "dobj" and c.lower_ in L.FORCE_BODY_WORDS | {"size", "team", "mission"} for c in gov.head.children):
        # rule ``category_force_size``: "put the group's total strength at more than 50,000"
        return "deployed", "category_force_size"
    if gov.dep_ == "prep" and gov.lower_ in ("at", "to", "from") and gov.head.pos_ in ("VERB", "AUX"):
        gov = gov.head  # "peaked at 6,000", "the force had grown from about 38,000"
    if gov.lemma_.lower() in L.SIZE_VERBS and anchor.dep_ in ("dobj", "attr", "npadvmod", "pobj", "nummod") or (
            gov.lemma_.lower() in L.SIZE_VERBS and counted.i == anchor.i):
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.lower_ in L.FORCE_BODY_WORDS or subj.lower_ in L.FORCE_NOUNS):
            return "deployed", "category_force_size"
    if counted.i != anchor.i and counted.lower_ in ("members", "men", "staff", "personnel", "forces") and (any(
            c.lower_ in L.FORCE_MODIFIERS for c in counted.children if c.dep_ in ("compound", "amod")) or any(
            p.lower_ == "of" and not _harm_words(counted.sent.text) and any(
                o.lower_ in L.FORCE_BODY_WORDS | {"groups"} and any(
                m.lower_ in L.FORCE_MODIFIERS for m in o.children if m.dep_ in ("compound", "amod")) or o.lower_ in (
                "militia", "militias", "army", "armies", "navy", "militant", "rebel")
                for o in p.children if o.dep_ == "pobj") for p in counted.children if p.dep_ == "prep")):
        # "militia members", "US service members", "members of Colombian armed groups"
        return "deployed", "category_force_members"
    if counted.lower_ in ("pieces", "items") and counted.i != anchor.i:
        # "more than 500 pieces of equipment": what the pieces are of
        counted = next((o for p in counted.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj" and o.lower_ in L.EQUIPMENT_NOUNS), counted)
    if counted.i != anchor.i and counted.lower_ in L.EQUIPMENT_NOUNS and not _equipment_lost(counted) \
            and not (counted.dep_ in ("nmod", "compound") and counted.head.pos_ == "NOUN"
                     and counted.head.lower_ not in L.EQUIPMENT_NOUNS):
        # "shot down five aircraft" is not a deployment, nor are "52 artillery and drone attacks"
        return "deployed", "category_equipment"
    return None, ""


_ROOM_NOUNS = {"barracks", "room", "space", "capacity", "beds", "accommodation", "housing", "places", "quarters"}
_ROOM_VERBS = {"house", "accommodate", "take", "fit", "sleep", "seat"}


#: "Kolontár, a village of roughly 850", "in a country of about 5.2 million people": how many live there.
_POPULATION_BEFORE_RE = re.compile(
    r"(?i)\b(?:a|an|the|its|this)\s+(?:[\w-]+\s+){0,2}(?:village|town|city|country|nation|district|island|region|"
    r"province|municipality|community|settlement|department|county|borough|commune|archipelago|state|"
    r"capital|port|suburb|neighbourhood|neighborhood|parish)\s+of\s+(?:only\s+|just\s+|barely\s+)?$|"
    r"\bpopulation\s+(?:of\s+|is\s+|was\s+|stands at\s+|of\s+only\s+|is\s+only\s+)(?:around\s+|about\s+)?$")
_POPULATION_AFTER_RE = re.compile(r"(?i)^\s*(?:people\s+)?inhabitants\b|^\s*(?:people\s+)?(?:residents|people)\s+of\s+its\s+own\b")
#: "built for 2,000 people", "built to hold fewer than 2,800", "a capacity of 600": room, not people.
_CAPACITY_BEFORE_RE = re.compile(
    r"(?i)\b(?:built|designed|meant|intended|planned|equipped|made)\s+(?:originally\s+)?(?:for|to\s+(?:hold|house|"
    r"accommodate|take|shelter|receive|sleep|serve))\s+(?:only\s+|just\s+)?$|\bcapacity\s+(?:of|for)\s+(?:only\s+|just\s+)?$|"
    r"\b(?:room|beds|places|seats)\s+for\s+(?:only\s+|just\s+)?$|\bseats\s+(?:only\s+|just\s+|up\s+to\s+)?$")
_CAPACITY_AFTER_RE = re.compile(r"(?i)^\s*(?:hospital\s+|camp\s+)?beds\b|^\s*seats\b")


def _aside(anchor, cue) -> bool:
    """Whether ``anchor`` sits in an apposition or a relative clause that does not hold the reporting
    verb ``cue`` (", a town of about 21,000,"; ", which was built for 2,000 people,")."""
    for t in anchor.ancestors:
        if t.dep_ in ("appos", "relcl", "acl") and not (cue is not None and t.left_edge.i <= getattr(cue, "i", -1) <= t.right_edge.i):
            return True
        if t.dep_ == "ROOT":
            break
    return anchor.dep_ == "appos"


def _people_claims(claims: list) -> list:
    """The claims that count people a story is about: not a place's population or a shelter's room
    ("El Obeid, a city of roughly 500,000, is sheltering some 40pc of them": of the 46,000 who fled)."""
    return [c for c in claims if not {"category_population", "category_capacity"} & set(c.rules)]


def _population_or_capacity(before: str, after: str) -> tuple[str | None, str]:
    """rules ``category_population`` and ``category_capacity``: a place's population ("a town of
    about 21,000", "about 150,000 inhabitants") and a shelter's room ("built for 600 people") are
    counted, but nobody in them was harmed or moved: ``other``."""
    if _POPULATION_BEFORE_RE.search(before) or _POPULATION_AFTER_RE.match(after):
        return "other", "category_population"
    if _CAPACITY_BEFORE_RE.search(before) or _CAPACITY_AFTER_RE.match(after):
        return "other", "category_capacity"
    return None, ""


def _capacity_or_vote(noun, anchor) -> bool:
    """rule ``category_capacity``: soldiers a base can hold are no deployment ("barracks for some 16,000
    soldiers", "would be able to house up to 5,000 Marines", "can take about 1,500 soldiers"), nor
    deputies counted in a vote ("96 of the 150 deputies voting in favour")."""
    if noun.sent.start != anchor.sent.start:
        return False  # (a noun carried from an earlier sentence)
    head = noun.head
    if head.lower_ == "for" and head.head.lower_ in _ROOM_NOUNS:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in _ROOM_VERBS and (
            any(c.dep_ == "aux" and c.lower_ in ("can", "could", "would", "will", "to") for c in head.children)
            or head.head.lower_ == "able"):
        return True
    return noun.lower_ in ("deputies", "members") and any(t.lemma_.lower() == "vote" for t in noun.sent)


def _harm_words(text: str) -> bool:
    """``text`` names a death, injury, disappearance or capture anywhere."""
    low = text.lower()
    return any(rx.search(low) for cat, rx in _CATEGORY_RES
               if cat in ("killed", "wounded", "killed_or_wounded", "missing", "captured"))


#: What attackers do: the people counted as doing it are not a deployment (rule ``category_attackers``).
_ATTACK_VERBS = {"attack", "raid", "storm", "ambush", "kidnap", "abduct", "overrun", "loot", "torch", "besiege"}

_ARMED_WORDS = {"army", "armies", "military", "militia", "militias", "armed", "rebel", "rebels", "militant", "militants",
                "jihadist", "jihadists", "gunmen", "fighting", "front", "frontline", "battalion", "brigade", "unit", "units",
                "regiment", "deployed", "deploy", "deployment", "attack", "attacked", "raid", "weapons", "rifles", "guns",
                "uniform", "uniforms", "combat", "war", "group", "alliance", "movement", "association", "company"}


def _armed_context(sent, noun) -> bool:
    """The sentence puts the counted men under arms: another word for a force, or words of war."""
    return any(t.i != noun.i and (t.lower_ in L.FORCE_NOUNS or t.lower_ in L.FORCE_BODY_WORDS or t.lower_ in _ARMED_WORDS)
               for t in sent)


def _equipment_lost(counted) -> bool:
    """Machines shot down, launched, stopped or sunk are events, not a deployment: "shot down five
    aircraft", "launched some 370 ballistic missiles and in excess of 100 drones" (the nearest verb
    above the noun), "140 of the 210 boats that ... had sunk" (the relative clause)."""
    verbs = {counted.head.lemma_.lower(), counted.head.head.lemma_.lower()}
    verb = next((a for a in list(counted.ancestors)[:5] if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        verbs.add(verb.lemma_.lower())
    verbs |= {c.lemma_.lower() for c in counted.children if c.dep_ in ("relcl", "acl")}
    verbs |= {c.lemma_.lower() for c in counted.children if c.dep_ in ("relcl", "acl")
              for c in c.children if c.dep_ == "conj"}
    if any(c.dep_ in ("amod", "compound") and re.sub(r"[-‐]", " ", c.lower_) in (
            "burnt out", "burned out", "burnt", "burned", "charred", "wrecked", "destroyed", "damaged", "abandoned",
            "sunken", "gutted") or c.lower_ in ("burnt", "burned") for c in counted.children):
        return True  # "11 burnt-out vehicles": wrecks, not a deployment
    return bool(verbs & L.EQUIPMENT_LOSS_VERBS)


#: A share followed by one of these is a survey answer ("59% of refugees hoped to go home", "62% said
#: they would"), not a count -- but ", it said" after the figure is attribution.
_OPINION_VERBS = {"hope", "want", "wish", "plan", "intend", "believe", "expect", "support", "back", "fear",
                  "prefer", "feel", "think", "answer", "respond", "consider", "favour", "favor"}
_OPINION_RE = re.compile(r"\b(hope[sd]?|want(?:s|ed)?|wish(?:es|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|"
                         r"(?:they|respondents|who|those|people) (?:said|say)|"
                         r"believe[sd]?|expect(?:s|ed)?|support(?:s|ed)?|back(?:s|ed)?|fear(?:s|ed)?|felt|feel|"
                         r"think|thought|favou?r(?:s|ed)?|would)\b")
_NOT_SHELTER_CAMPS_RE = re.compile(r"\b(?:summer|holiday|youth|scout|training|boot|sports|music|church)\s+camps?\b")
#: "the affected area", "the worst-affected districts": a place, not people affected.
_AFFECTED_PLACE_RE = re.compile(r"\baffected\s+(?:areas?|regions?|zones?|districts?|provinces?|states?|counties|county|"
                                r"municipalities|municipality|parts|sites?|neighbou?rhoods?)\b")


def _category_text(text: str) -> str:
    """``text`` in lower case with the words that only look like category words ("summer camps",
    "the affected area") blanked out, offsets kept."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _AFFECTED_PLACE_RE.sub(blank, _NOT_SHELTER_CAMPS_RE.sub(blank, text.lower()))


def _category_window(text: str) -> str | None:
    """The category whose word comes first in ``text`` (on a tie, the longer phrase: "killed or
    wounded" before "killed"; then the order of ``CATEGORY_PHRASES``). "Summer camps" and "training
    camps" are not where displaced people shelter, and "the affected area" is not people affected."""
    low = _category_text(text)
    best = None
    for order, (cat, rx) in enumerate(_CATEGORY_RES):
        m = rx.search(low)
        if m and (best is None or (m.start(), -len(m.group(0)), order) < best[0]):
            best = ((m.start(), -len(m.group(0)), order), cat)
    return best[1] if best else None


#: A sentence that goes on with the previous sentence's figures ("A further 67 were wounded"):
#: it keeps that sentence's source (``source_carry``); any other unsourced sentence after a
#: sourced figure is the outlet's own voice.
_CONTINUES_RE = re.compile(
    r"(?i)^(a further|another|an additional|of (them|those|these|whom)|among (them|those|these)|"
    r"most of|many of|some of|the rest|the remaining|the others|in addition|also|a separate|the same|"
    r"(?:(?:some|about|around|roughly|nearly|almost|at least|more than|over|fewer than|just over|just under)\s+)?"
    r"(?:[\w-]+|\d[\d,]*) of (?:them|those|these|the dead|the victims|the survivors|the wounded)|"
    r"they (?:were|are|included|include)|"
    r"its|their|(?:it|they) (?!has been|had been|have been)(?:has|have|had|will|would|also|now|is now|are now))\b")


#: A sentence that lists who the people just counted were (``category_they_were``).
_THEY_WERE_RE = re.compile(r"(?i)^(?:they|these|those) (?:were|are|included|include)\b")


#: The outlet's introduction to a statement it republishes in full: who issued it.
_RELEASE_INTRO_RES = (
    re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*|the|of|and|for)(?:\s+(?:[A-Z][\w'’.-]*|the|of|and|for|[a-z]+(?='s)|"
               r"'s|’s|interior|ministry|police|army|government|office|agency|service|department|[a-z]+ ministry))*?)"
               r"\s+(?:issued|released|sent out|published|put out) the following (?:statement|press release|release|"
               r"communiqué|communique)"),
    re.compile(r"(?i:the (?:statement|press release|release|communiqué|communique) below was (?:issued|released|sent)"
               r"(?:[^.;]{0,40}?)? by) (?P<who>[^,.;]+)"),
)
_RELEASE_END_RE = re.compile(r"\n\s*(?:-*\s*ENDS\s*-*|###|-30-)\s*(?:\n|$)")


def republished_release(doc) -> tuple | None:
    """rule ``republished_release``: "Kenya's interior ministry issued the following statement ...;
    we publish it in full." / "The statement below was issued on Wednesday by Granica Aid Network":
    the release that follows speaks in its issuer's voice, up to "ENDS" or the end of the report.
    Returns (issuer Mention, start, end) or None."""
    text = doc_text(doc)
    first = text.find("\n\n")
    head = text[:first if first > 0 else min(len(text), 600)]
    for rx in _RELEASE_INTRO_RES:
        hit = rx.search(head)
        if hit is None:
            continue
        span = doc.char_span(hit.start("who"), hit.end("who"), alignment_mode="expand")
        if span is None or not len(span):
            return None
        issuer = mention_from_token(span.root)
        end = _RELEASE_END_RE.search(text, len(head))
        return issuer, len(head), end.start() if end else len(text)
    return _release_block(doc) or _quoted_below(doc) or _reprinted_points(doc) or _table_block(doc)


#: The outlet's words that a document follows: "the press release below", "Its main points follow",
#: "sent us the following statement".
_FOLLOWS_RE = re.compile(r"(?i)\bbelow\b|\bfollows?\b|\bthe following\b")
#: The line that closes a document the outlet reproduces: "END OF RELEASE.", "ENDS", "###", "-30-".
_END_LINE_RE = re.compile(r"^[ \t]*(?:END(?: OF [A-Z][A-Z ]*)?|ENDS|###|-30-)[ \t]*\.?[ \t]*$")


def _release_block(doc) -> tuple | None:
    """rule ``release_block``: "The district hospital in Meiganga sent the press release below ... We
    reproduce it unedited." and then the release, up to its closing line ("END OF RELEASE.", "ENDS",
    "END OF SUMMARY"): everything between is the issuer's, its "our" and its bare figures. Without a
    closing line nothing is assumed. Returns (issuer Mention, start, end) or None."""
    text = doc_text(doc)
    paras = _paragraphs(text)
    for k, (a, b) in enumerate(paras[:3]):
        if not _FOLLOWS_RE.search(text[a:b]) or _is_heading(text[a:b]):
            continue
        end = next((j for j in range(k + 2, len(paras)) if _END_LINE_RE.match(text[paras[j][0]:paras[j][1]])), None)
        if end is None:
            return None
        who = _issuer_in(doc, a, b, L.PUBLISH_VERBS | {"send", "issue", "post"})
        if who is None:
            return None
        m = source_mention(who)
        if re.match(r"(?i)(its|their|his|her)\s", m.text):
            return None
        return m, paras[k + 1][0], paras[end - 1][1]
    return None


#: The outlet's introduction to a document it quotes at length in the paragraphs that follow.
_QUOTED_BELOW_RE = re.compile(r"(?i)\b(?:reproduce|publish|print|quote|translate)[sd]?\b[^.\n]{0,80}?\bbelow\b|"
                              r"\b(?:reads?|said|says|states?) in full\b|:\s*$|"
                              r"\bthe following (?:account|statement|description|summary|words|remarks)\b")


_PARAGRAPH_RE = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of lines with no blank line between them."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]


def _quoted_below(doc) -> tuple | None:
    """rule ``quoted_below``: "The regional headquarters ... posted its morning bulletin ...; we
    reproduce its main section below." followed by paragraphs in quotation marks with no speaker:
    those paragraphs are the issuer's, and only those. Returns (issuer Mention, start, end) or None."""
    text = doc_text(doc)
    paras = _paragraphs(text)
    for k, (a, b) in enumerate(paras[:-1]):
        if not _QUOTED_BELOW_RE.search(text[a:b]) or text[paras[k + 1][0]] not in "\"“":
            continue
        end = k + 1
        while end + 1 < len(paras) and text[paras[end + 1][0]] in "\"“":
            end += 1
        span = doc.char_span(a, b, alignment_mode="expand")
        verbs = [t for t in (span or ()) if t.pos_ == "VERB" and t.lemma_.lower() in L.PUBLISH_VERBS]
        subj = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if subj is None:
            return None
        return source_mention(subj), paras[k + 1][0], paras[end][1]
    return None


_REPRINT_INTRO_RE = re.compile(r"(?i)\b(?:reprint|reproduce|publish|print|carry|carries|quote)(?:s|d|ed)?\b[^.\n]{0,80}?"
                               r"\bbelow\b|\bbelow (?:is|are)\b|\b(?:reprinted|reproduced|published) (?:here |below )?in full\b|"
                               r"\b(?:issued|released|published|sent out|put out) (?:the|its|a) (?:[\w-]+ ){0,3}?below\b|"
                               r"\b(?:reprint|reproduce|publish|print|run)\w* it (?:here |below )?in full\b")
_POINT_RE = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}\)|\d{1,2}\.[ \t]|\d{1,2}/\d{1,2}[ \t])")  # ("2/7 Hospitals ...": a thread)


_LABEL_LED_RE = re.compile(r"^[ \t]*(?:[A-Z]{2,}[A-Z ]*(?: \d{1,2}[:.]\d{2})?[.:])[ \t]")


def _is_heading(para: str) -> bool:
    """A short line set mostly in capitals: "HIGHLIGHTS", "HAITI EARTHQUAKE, SITUATION REPORT No. 3, as of ..."."""
    letters = [ch for ch in para if ch.isalpha()]
    return "\n" not in para.strip() and len(para) <= 150 and len(letters) >= 3 and \
        sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def _issuer_in(doc, start: int, end: int, verbs: set):
    """Who issued what a paragraph introduces: the subject of one of ``verbs`` in it ("OCHA issued
    its fourth flash update"), else its agent ("… issued by OCHA"); never a pronoun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    found = [t for t in (span or ()) if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX")]
    who = next((c for v in found for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    who = who or next((o for v in found for c in v.children if c.dep_ == "agent"
                       for o in c.children if o.dep_ == "pobj"), None)
    if who is None:
        # "Residents ... received the text messages below from its crisis staff": who sent them
        got = [t for t in (span or ()) if t.lemma_.lower() in ("receive", "get") and t.pos_ == "VERB"]
        who = next((o for v in got for c in v.subtree if c.dep_ == "prep" and c.lower_ == "from"
                    for o in c.children if o.dep_ == "pobj" and o.pos_ != "PRON"), None)
    return who


def _reprinted_points(doc) -> tuple | None:
    """rule ``reprinted_points``: "OCHA issued its fourth flash update ... We reprint its main points
    below" / "Below is the third situation report ..., issued by OCHA": the headings in capitals and
    the numbered points that follow ("(4) Chimanimani is the worst affected district", "1) ...") are
    the issuer's, up to the first paragraph that is neither ("END OF UPDATE" is a heading; "After
    the report was issued, ..." is the outlet again). Returns (issuer Mention, start, end) or None."""
    text = doc_text(doc)
    paras = _paragraphs(text)
    for k, (a, b) in enumerate(paras[:3]):
        intro = text[a:b]
        if not (_REPRINT_INTRO_RE.search(intro) or re.search(r"\bbelow\b", intro) and re.search(
                r"(?i)\b(?:we|the \w+) (?:re)?(?:print|produce|publish|quote)\w*\b", intro)):
            continue  # ("... received the text messages below ... We print them as they were sent")
        end, points = k, 0
        while end + 1 < len(paras):
            para = text[paras[end + 1][0]:paras[end + 1][1]]
            if _POINT_RE.match(para) or _LABEL_LED_RE.match(para):
                points += 1  # ("THU 19:52. WARNING. ...", "EXECUTIVE SUMMARY. From 29 April ...": a labelled part)
            elif not _is_heading(para) and not (end == k and len(para) <= 100 and "\n" not in para.strip()
                                                and not re.search(r"\d{2}", para)):
                break  # (the document's own title line may open it: "FLASH UPDATE No. 2. Slovakia, arrivals")
            end += 1
        if points < 2:
            return None
        who = _issuer_in(doc, a, b, L.PUBLISH_VERBS)
        if who is None:
            return None
        m = source_mention(who)
        if re.match(r"(?i)(its|their)\s", m.text):
            # "the South Moravian Region's warning service ... from its crisis staff": "its" is the body
            # the introduction named before it (resolved here, not where the points are read)
            owner = next((e for e in reversed(doc.char_span(a, b, alignment_mode="expand").ents)
                          if e.label_ in ("ORG", "GPE", "LOC", "NORP") and e.end_char <= m.start), None)
            if owner is None:
                return None
            name = core_name(Mention(text=owner.text, start=owner.start_char, end=owner.end_char))
            m = Mention(text=f"{name} {m.text.split(None, 1)[1]}", start=m.start, end=m.end)
        return m, paras[k + 1][0], paras[end][1]
    return None


#: The column separators of a table set as plain text ("Selangor — 27 — 4", "Region | dead").
_TABLE_SEP_RE = re.compile(r"[ \t]+[—–|][ \t]+|\t")


def _tables(doc) -> list:
    """Tables set as plain text: three short lines or more in a row (blank lines between them
    allowed), cut by the same number of separators, whose first line (the header) has no digit and whose
    other lines all have one. Returns [(start, end, header cells, [(cell start, cell end,
    column)])], cached on the doc."""
    cached = doc.user_data.get("crosscheck_tables")
    if cached is not None:
        return cached
    text, out = doc_text(doc), []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start():m.end()].strip()]
    k = 0
    while k < len(lines):
        a, b = lines[k]
        n = len(_TABLE_SEP_RE.findall(text[a:b]))
        run = k + 1
        while run < len(lines) and lines[run][1] - lines[run][0] <= 80 and \
                len(_TABLE_SEP_RE.findall(text[lines[run][0]:lines[run][1]])) == n:
            run += 1
        rows = lines[k + 1:run]
        if n and len(rows) >= 2 and b - a <= 80 and not re.search(r"\d", text[a:b]) and all(
                re.search(r"\d", text[ra:rb]) for ra, rb in rows):
            header = [h.strip() for h in _TABLE_SEP_RE.split(text[a:b])]
            cells = []
            for ra, rb in rows:
                found = list(_TABLE_SEP_RE.finditer(text, ra, rb))
                starts = [ra] + [m.end() for m in found]
                ends = [m.start() for m in found] + [rb]
                cells += [(st, en, j) for j, (st, en) in enumerate(zip(starts, ends))]
            out.append((a, rows[-1][1], header, cells))
            k = run
        else:
            k += 1
    doc.user_data["crosscheck_tables"] = out
    return out


def _table_column(doc, start: int) -> str | None:
    """The header of the table column a figure at ``start`` stands in, or None."""
    for a, b, header, cells in _tables(doc):
        if a <= start < b:
            return next((header[j] for cs, ce, j in cells if cs <= start < ce), None)
    return None


def _table_block(doc) -> tuple | None:
    """rule ``table_rows``: "NADMA gave this breakdown by state at its Tuesday briefing." followed by
    a table set as text ("State — dead — missing" / "Selangor — 27 — 4"): the rows are the
    issuer's. Returns (issuer Mention, start, end) or None."""
    tables = _tables(doc)
    if not tables:
        return None
    text = doc_text(doc)
    a, b = tables[0][0], tables[0][1]
    paras = [p for p in _paragraphs(text) if p[1] <= a]
    if not paras:
        return None
    who = _issuer_in(doc, paras[-1][0], paras[-1][1], L.PUBLISH_VERBS | L.CUE_VERBS)
    if who is None:
        return None
    return source_mention(who), a, b


_QUOTE_CLOSE_RE = re.compile(
    r"[”\"]\s*,?\s*(?:(?P<a>[^\"“”.\n]{1,160}?)\s+(?P<v1>said|says|added|told|tells|wrote|explained)\b"
    r"|(?P<v2>said|says|added|told|wrote|explained)\s+(?P<b>[^,.\"“”\n]{1,80}))")


def _quote_speaker(doc, sent):
    """rule ``quote_speaker``: a sentence inside a quotation that runs over several sentences
    takes the speaker named where the quotation closes ('"... 2 million roubles. ... political
    risk," he said'). Returns (Mention, reporting verb token) or None."""
    para_start = doc_text(doc).rfind("\n\n", 0, sent.start_char)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = doc_text(doc).find("\n\n", sent.start_char)
    para_end = len(doc_text(doc)) if para_end < 0 else para_end
    before = doc_text(doc)[para_start:sent.start_char]
    inside = (before.count('"') % 2 == 1) or before.count("“") > before.count("”") or \
        sent.text.lstrip()[:1] in ('"', "“")
    if not inside:
        return None
    m = _QUOTE_CLOSE_RE.search(doc_text(doc), sent.start_char, para_end)
    if m is None:
        # '"At least 80 people lost their lives," the mayor told reporters. "Dozens more are
        # missing. We found 12 more today."': a quotation that resumes after its attribution keeps
        # that speaker, in each of its sentences
        text = doc_text(doc)
        m = next((c for c in reversed(list(_QUOTE_CLOSE_RE.finditer(text, para_start, sent.start_char)))
                  if text[c.start()] == "”" or text.count('"', para_start, c.start()) % 2 == 1), None)
    if m is None:
        return _quote_opener(doc, para_start, sent)
    who = "a" if m.group("a") else "b"
    speaker = doc.char_span(m.start(who), m.end(who), alignment_mode="expand")
    verb = doc.char_span(m.start("v1" if who == "a" else "v2"), m.end("v1" if who == "a" else "v2"),
                         alignment_mode="expand")
    if speaker is None or verb is None or not len(speaker):
        return None
    head = speaker.root
    if not _is_source_noun(head):
        return None
    return mention_from_token(head), verb[0]


_QUOTE_OPENER_RE = re.compile(r"\b(?:said|says|told|tells|added|wrote|explained)\b[^\"“”.\n]{0,40}?[,:]\s*[\"“]$")


def _quote_opener(doc, para_start: int, sent):
    """rule ``quote_opener``: a sentence inside a quotation that a reporting verb opened ('A man
    from Nabasovi told me, "Suva says nine. ... We have buried eleven already."') is the speaker's
    who opened it. Returns (Mention, reporting verb token) or None."""
    text = doc_text(doc)
    before = text[para_start:sent.start_char]
    opening = max(before.rfind('"'), before.rfind("“"))
    if opening < 0 or (before[opening] == '"' and before.count('"') % 2 == 0):
        return None
    m = _QUOTE_OPENER_RE.search(before, 0, opening + 1)
    if m is None:
        return None
    verb = doc.char_span(para_start + m.start(), para_start + m.start() + len(m.group().split()[0]),
                         alignment_mode="expand")
    if verb is None or not len(verb):
        return None
    subj = next((c for c in verb[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _is_source_noun(subj):
        return None
    return mention_from_token(subj), verb[0]


def _text_end(sent) -> int:
    """Where a sentence's text ends, before the blank line that may close its paragraph."""
    return sent.start_char + len(sent.text.rstrip())


#: Transcript labels that are the outlet's own people.
_OUTLET_LABELS = {"presenter", "anchor", "host", "reporter", "correspondent", "interviewer", "newsreader",
                  "announcer", "editor", "narrator", "q", "question"}
_LABEL_TITLES = {"minister", "deputy", "senator", "mr", "ms", "mrs", "dr", "speaker", "chairman", "chair",
                 "commissioner", "councillor", "president", "taoiseach", "tánaiste"}


def _transcript_speaker(state: DocState, doc, sent) -> Mention | None:
    """rule ``transcript_speaker``: in a transcript or a parliamentary record, a paragraph that opens
    with a speaker's label ("CHARLES (CLIP): We have nine bodies and 14 survivors. We are searching
    roughly 600 square kilometres", "Minister Cullinane: ... We spent €1.1 billion") is that
    speaker's, when the label names someone introduced before (by surname) or carries a title. The
    presenter's and the reporter's lines are the outlet's."""
    text = doc_text(doc)
    start = text.rfind("\n\n", 0, sent.start_char)
    start = 0 if start < 0 else start + 2
    hit = _LABEL_RE.match(text[start:sent.end_char])
    if hit is None or start + hit.end("label") > sent.end_char:
        return None
    label = hit.group("label")
    words = label.split()
    if label.lower() in _OUTLET_LABELS or words[0].lower() in _OUTLET_LABELS:
        return None
    name = " ".join(w if not w.isupper() or len(w) <= 2 else w.title() for w in words)
    titled = words[0].lower() in _LABEL_TITLES and len(words) > 1
    surname = name.split()[-1].lower()
    known = surname in state.speaks_for or any(
        s.kind == "person" and s.name.split()[-1].lower() == surname for _, s in state.sources)
    a = start + hit.start("label")
    # introduced earlier in apposition to a role: "the Coast Guard's public information officer,
    # Lieutenant Shanice Charles, speaking to us earlier" -- the label speaks for that role;
    # "Hildur Sigurðardóttir, a spokeswoman for the organising committee" -- for the committee; "the
    # Minister for Integration, Deirdre Cullinane" -- "Minister Cullinane:" for the ministry
    for ent in doc.ents:
        if ent.start_char >= start:
            break
        head = ent.root.head
        if ent.label_ == "PERSON" and ent[-1].lower_ == surname and ent.root.dep_ == "appos" and (
                head.pos_ == "NOUN" and not (known or titled)
                or head.pos_ == "PROPN" and head.lower_ == "minister" and head.i < ent.start):
            return replace(source_mention(head), start=a, end=a + len(label))
        if known or titled:
            continue
        role = next((c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.lower_ in L.SPEAKER_ROLES), None) if ent[-1].lower_ == surname else None
        if ent.label_ in ("PERSON", "ORG") and role is not None and ent.root.i == ent[-1].i:
            return replace(source_mention(role), start=a, end=a + len(label))
    if not (known or titled):
        if label.isupper() and words[-1].lower() in L.LABEL_ROLES:
            # rule ``role_label``: "POLICE SPOKESMAN (recorded): We had 1,200 officers", introduced
            # as "Here is the police spokesman"; "SURVIVOR (through an interpreter): We were
            # fifty-two" -- the role speaks, as it was introduced if it was
            phrase = label.lower()
            intro = None
            # "NDMO DIRECTOR (recorded):" introduced as "the NDMO's director"
            loose = r"\b" + r"(?:'s|’s)?\s+".join(re.escape(w) for w in phrase.split()) + r"\b"
            for m in re.finditer(loose, text[:start].lower()):
                intro = m
            if intro is not None:
                span = doc.char_span(intro.start(), intro.end(), alignment_mode="expand")
                if span is not None and len(span):
                    tok = span[-1]
                    if tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON" and tok.head.i > tok.i:
                        tok = tok.head  # "Interior Minister Vesna Trajkovska": the minister named (``minister_by_ministry``)
                    return replace(source_mention(tok), start=a, end=a + len(label))
            # an acronym the text also writes in capitals inside a sentence stays one ("NDMO director")
            shown = " ".join(w if re.search(r"[a-z,] " + re.escape(w) + r"\b", text[:start]) else w.lower()
                             for w in label.split())
            return Mention(text=shown, start=a, end=a + len(label))
        return None
    person = " ".join(name.split()[1:]) if titled else name
    if titled and len(person.split()) == 1:
        # "Deputy Kearney:" after "Deputy Niamh Kearney (Sinn Féin):" is the person named in full
        full = next((e.text for e in doc.ents if e.start_char < start and e.label_ == "PERSON" and len(e) > 1
                     and e[-1].lower_ == surname and e[0].lower_ not in _LABEL_TITLES), None)
        if full is not None:
            return Mention(text=full, start=a, end=a + len(label), is_person=True, person_name=full)
    return Mention(text=name, start=a, end=a + len(label), is_person=True, person_name=person)


#: A sentence in the outlet's own voice: its arithmetic ("If that is right, ...", "That is about
#: $430,000", "On those numbers"), its own count, or background from another time ("The previous
#: record ... was", "in 2021").
_OUTLET_ASIDE_RE = re.compile(
    r"(?i)^(?:if|even if|that is|that's|that would|this is|so|taken together|together|in all|adding|add|put together|"
    r"at that rate|on (?:those|these|the) (?:numbers|figures)|by (?:our|this)|whatever|either way)\b"
    r"|\b(?:our|we|us|by our|previous|record|last year|a year earlier|(?:19|20)\d\d|unaccounted for)\b|[?]")


_ON_THEIR_FIGURES_RE = re.compile(
    r"(?i)^(?:on|taken together,?|together,?|adding up|put together,?)\s+(?:the\s+)?[\w .'’-]{0,40}?['’]s?\s+"
    r"(?:own\s+|latest\s+|new\s+|official\s+)?(?:figures?|numbers|counts?|range|estimates?|tally|tallies|data)\b")
_ARITHMETIC_RE = re.compile(r"(?i)\b(?:for every|in every|one in|in (?:ten|five|four|three)\b|add(?:s)? up to|make(?:s)? up|"
                            r"account(?:s)? for|would be|that is|that leaves|leaves|equal|equals|works out|the ratio|"
                            r"to one\b|put the number|put the total|times|an average of|on average)\b")


def _plain_continuation(doc, since: int, sent, q) -> bool:
    """rule ``source_carry`` (plain): "Eight people are still missing, six of them in Jablanica."
    right after "…, the civil protection authority said": the very next sentence of the paragraph,
    opening with the people it counts, with no speaker of its own and nothing of the outlet's own
    voice, goes on with what the source said."""
    between = doc_text(doc)[since:sent.start_char]
    if between.strip() or not sent.text[:1].isupper():
        return False
    if q.start != sent.start_char or q.kind == "vague":
        # the figure opens the sentence ("Two had died overnight."); "Thousands of residents have
        # fled" is the outlet's own description
        return False
    if _OUTLET_ASIDE_RE.search(sent.text):
        return False
    return not any(e.label_ in ("PERSON", "ORG") for e in sent.ents)


def _same_paragraph(doc, since: int, sent) -> bool:
    """No paragraph break between offset ``since`` and this sentence, and at most two sentences on."""
    between = doc_text(doc)[since:sent.start_char]
    if "\n\n" in between:
        return False
    return between.count(". ") + between.count(".\n") <= 2


_PARTICIPLES = {"killed", "wounded", "injured", "dead", "missing", "captured", "displaced", "detained",
                "hurt", "drowned", "deployed", "evacuated", "arrested"}


def _what_without_noun(doc, span, sent) -> str | None:
    """What a figure without a noun counts: "thousands killed or wounded" -> "killed or wounded";
    "25% of the population" -> "the population"; never a fragment of the next clause."""
    toks = [t for t in doc[span.end:min(span.end + 6, sent.end)]]
    if toks and toks[0].lower_ == "of":
        words = []
        for t in toks[1:]:
            if t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.lower_ in ("'s", "’s"):
                words.append(t.text)
            else:
                break
        return " ".join(words) or None
    words = []
    for t in toks:
        if t.lower_ in _PARTICIPLES or (words and t.lower_ in ("or", "and") and t.i + 1 < sent.end
                                         and doc[t.i + 1].lower_ in _PARTICIPLES):
            words.append(t.text)
        else:
            break
    return " ".join(words) or None


def _refers_back(anchor, noun) -> bool:
    """rule ``category_carry``: "put the total at 10,000", "the number reached 3,800", "up from the
    3,000 he cited": the figure counts what an earlier figure counted."""
    if noun.i != anchor.i and noun.pos_ == "NOUN" and noun.lower_ not in L.FORCE_NOUNS | L.CIVILIAN_NOUNS \
            and noun.lower_ not in _SUBJECT_GROUPS and noun.lower_ not in L.ANAPHORIC_COUNT_NOUNS:
        return False  # "some 220 self-propelled guns": things of their own, not the earlier count
    words = {noun.lower_} | {t.lower_ for t in anchor.sent if t.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj")
                             and (t.lower_ != "it" or t.head.is_ancestor(anchor))}
    # ("it put the number at ..." refers back; "when it capsized" in another clause does not)
    doc = anchor.doc
    return bool(words & L.ANAPHORIC_COUNT_NOUNS) or any(
        t.lower_ in ("up", "down") and t.i < anchor.i and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "from"
        for t in anchor.sent)


def _category_nearest(sent, q, others) -> str | None:
    """rule ``category_nearest``: the category word nearest the figure in its sentence ("put
    casualties at about 1,100"), not nearer to another figure of the sentence."""
    low = _category_text(sent.text)
    base = sent.start_char
    best = None
    for cat, rx in _CATEGORY_RES:
        if cat == "deployed":
            continue
        for m in rx.finditer(low):
            pos = base + m.start()
            d = (pos - q.end) if pos >= q.end else (q.start - pos) * 1.5
            # a word is nearer another figure: earlier figures block any word, later figures only
            # the words after them ("2,960 fighters, of whom 1,497 had been killed")
            if any(abs(pos - o.start) < d for o in others if (o.start, o.end) != (q.start, q.end)
                   and (o.start < q.start or pos >= o.start)):
                continue
            if best is None or d < best[0]:
                best = (d, cat)
    return best[1] if best else None


def _location(sent, anchor, source_span, cue_token=None) -> str | None:
    """A place in the figure's clause: GPE/LOC entities (or "... Oblast") after "in/to/into",
    not where the statement was made ("said in Seoul" attaches to the reporting verb)."""
    best = None
    for ent in sent_ents(sent):
        prep = sent.doc[ent.start - 1] if ent.start > 0 else None
        if cue_token is not None and prep is not None and prep.head.i == cue_token.i:
            continue
        poss_end = ent.end + 1 if ent.end < len(sent.doc) and sent.doc[ent.end].lower_ in ("'s", "’s") else (
            ent.end if re.search(r"['’]s$", ent.text) else None)
        if poss_end is not None and (poss_end >= len(sent.doc) or not (
                sent.doc[poss_end].pos_ == "PROPN" or _LOCATION_SUFFIX.search(sent.doc[poss_end].text))):
            continue  # "in Seoul's first estimate": an owner, not where it happened ("Russia's Kursk region" is)
        if source_span and prep is not None and source_span[0] <= prep.head.idx < source_span[1]:
            continue  # "the National Intelligence Service in Seoul": where the source sits
        if ent.label_ in ("DATE", "TIME") or _DATE_WORDS.search(ent.text):
            continue
        if source_span and source_span[0] <= ent.start_char < source_span[1]:
            continue
        if ent.label_ in ("GPE", "LOC", "FAC", "PRODUCT") or _LOCATION_SUFFIX.search(ent.text):
            prev = sent.doc[ent.start - 1] if ent.start > 0 else None
            if prev is None or prev.lower_ not in ("in", "to", "into", "inside", "near", "from", "across", "at"):
                continue
            if prev.lower_ == "from":
                continue
            d = abs(ent.start - anchor.i)
            if ent.start < anchor.i:
                d += 50  # prefer places after the figure
            if best is None or d < best[0]:
                best = (d, ent)
    if best is None:
        # "Kursk" tagged oddly: the pobj after "in" that is capitalised
        for t in sent:
            if t.i > anchor.i and t.lower_ in ("in", "into") and t.i + 1 < sent.end:
                nxt = [c for c in t.children if c.dep_ == "pobj"]
                if nxt and nxt[0].text[:1].isupper() and nxt[0].pos_ == "PROPN" and not _DATE_WORDS.search(nxt[0].text) \
                        and (cue_token is None or t.head.i != cue_token.i):
                    span = [x for x in nxt[0].subtree if x.dep_ in ("compound",) or x is nxt[0]]
                    return " ".join(x.text for x in sorted(span, key=lambda x: x.i))
        return None
    ent = best[1]
    end = ent.end
    doc = sent.doc
    while end < sent.end and re.fullmatch(r"(?i)oblast|region|province|district|krai|governorate", doc[end].text):
        end += 1
    text = doc[ent.start:end].text
    return re.sub(r"^(the|[A-Z][a-z]+[’']s)\s+", "", text)


def _hedges(sent, next_sent) -> list[str]:
    """Hedge labels in the sentence (and "could not be independently verified" right after it)."""
    out: list[str] = []
    for t in sent:
        label = L.HEDGES.get(t.lower_)
        if label and label not in out:
            if t.lower_ in ("claims", "claim", "estimates", "estimate") and t.pos_ == "NOUN" and not any(
                    c.dep_ == "prep" for c in t.children) and t.dep_ not in ("nsubj", "ROOT"):
                continue
            out.append(label)
    low = sent.text.lower()
    follow = next_sent.text.lower() if next_sent is not None else ""
    for rx, label in _HEDGE_PHRASE_RES:
        if (rx.search(low) or (rx.search(follow) and len(follow) < 200 and not find_quantities(follow))) and label not in out:
            out.append(label)
    return out


def certainty_of(hedges) -> str:
    levels = [L.HEDGE_CERTAINTY.get(h, "probable") for h in hedges]
    if "possible" in levels:
        return "possible"
    if "probable" in levels:
        return "probable"
    return "certain"


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse", "fail"):
        return True  # "declined to confirm the police count"
    # "neither Moscow nor Pyongyang has acknowledged"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.lower_ in ("neither", "no", "none") for c in subj.subtree):
        return True
    # a misparsed "neither A nor B has acknowledged": "neither" before the verb, no verb between
    for k in range(tok.i - 1, tok.sent.start - 1, -1):
        w = tok.doc[k]
        if w.lower_ == "neither":
            return True
        if w.pos_ == "VERB":
            break
    return False


def _in_other_clause(sent, char: int, cue_token) -> bool:
    """Is the text at ``char`` inside a relative clause or apposition that is not the reporting
    verb's own ("around 17,000 were fighters, a figure the ministry dismissed as propaganda")?"""
    tok = next((t for t in sent if t.idx <= char < t.idx + len(t.text) + 1), None)
    for _ in range(8):
        if tok is None or tok.head.i == tok.i or (cue_token is not None and tok.i == cue_token.i):
            return False
        if tok.dep_ in ("relcl", "appos", "acl") and tok.pos_ in ("VERB", "NOUN"):
            return True
        tok = tok.head
    return False


def _clause_head(tok):
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "ccomp", "conj", "advcl")):
        tok = tok.head
    return tok


def _conjoined_clauses(sent, char_a: int, char_b: int) -> bool:
    """rule ``denial_clause``: "said the toll was 'exaggerated' and that more than 200 police had
    been killed": a denial phrase in one of two conjoined clauses does not deny the other's figure."""
    ta = next((t for t in sent if t.idx <= char_a < t.idx + len(t.text) + 1), None)
    tb = next((t for t in sent if t.idx <= char_b < t.idx + len(t.text) + 1), None)
    if ta is None or tb is None:
        return False
    a, b = _clause_head(ta), _clause_head(tb)
    if a.i != b.i and ((b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)):
        return True
    # ... also when one of them is what a conjoined verb said: "called that 'propaganda' and said two
    # of its men had died" (the figure's clause hangs on "said", the conjunct of "called")
    a, b = _clause_top(a), _clause_top(b)
    return a.i != b.i and ((b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i))


def _clause_top(head):
    """Up from a clause through the verbs that said it ("had died" -> "said")."""
    for _ in range(4):
        if head.dep_ != "ccomp" or head.head.i == head.i:
            break
        head = _clause_head(head.head)
    return head


def _stance(sent, cue_token, figure_char: int | None = None) -> str:
    low = sent.text.lower()
    if cue_token is not None and getattr(cue_token, "pos_", None) == "NOUN" and cue_token.dep_ == "dobj" \
            and cue_token.lower_ in L.STATEMENT_NOUNS and cue_token.head.lemma_.lower() in L.ACKNOWLEDGE_VERBS | L.DENIAL_VERBS:
        # "declined to confirm a claim by the unions that 1,500 ...": the unions' claim stands as they
        # made it; the one who declined has a claim of its own (``stance_on_figure``, ``asked_to_confirm``)
        return "asserted"
    if cue_token is not None and getattr(cue_token, "lemma_", None):
        lemma = cue_token.lemma_.lower()
        if lemma in L.DENIAL_VERBS:
            return "denied"
        if _negated(cue_token):
            return "not_acknowledged" if lemma in L.ACKNOWLEDGE_VERBS | {"say", "comment", "give"} else "denied"
    m = _DENIAL_PHRASE_RE.search(low)
    if m and not _in_other_clause(sent, sent.start_char + m.start(), cue_token) and not (
            figure_char is not None and _conjoined_clauses(sent, sent.start_char + m.start(), figure_char)):
        return "denied"
    if _NOT_ACK_RE.search(low):
        return "not_acknowledged"
    return "asserted"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: str | None) -> str | None:
    """A date phrase -> ISO date, resolved against the publication date (never into the future;
    "on Monday" in a report published on a Monday is that day)."""
    if published:
        import datetime as _dt

        low = text.lower().strip()
        low = re.sub(r"^(on|last|this)\s+", "", low)
        if low in _WEEKDAYS:
            base = _dt.date.fromisoformat(published)
            back = (base.weekday() - _WEEKDAYS.index(low)) % 7
            return (base - _dt.timedelta(days=back)).isoformat()
    import datetime as _dt

    fast = _day_month(text, published)
    if fast is not None:
        return fast
    import dateparser

    if not re.search(r"\d|day\b|yesterday|today|week", text, re.I):
        return None  # a month alone ("in December") is too vague for a statement date
    if published:
        base = _dt.datetime.fromisoformat(published)
        d = dateparser.parse(text, languages=["en"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False})
        if d is None:
            return None
        if d.date() > base.date():
            try:
                d = d.replace(year=d.year - 1)
            except ValueError:
                return None
        return d.date().isoformat()
    if not re.search(r"\d|day\b|yesterday|today", text, re.I):
        return None  # a month alone ("in December") is too vague for a statement date
    d = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]})
    if d is None:
        return None
    if re.search(r"\b(1[89]|20)\d{2}\b", text):
        return d.date().isoformat()
    if re.search(r"\d", text):
        return f"--{d.month:02d}-{d.day:02d}"
    return None


_MONTH_NUMBERS = {m: i % 12 + 1 for i, m in enumerate(L.MONTHS[:12])} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12}
_DAY_MONTH_RE = re.compile(r"(?i)^(?:on\s+)?(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?"
                           r"|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?$")


def _day_month(text: str, published: str | None) -> str | None:
    """ "8 November", "Dec. 23", "December 23, 2024" without dateparser (it is slow): the latest
    such day on or before publication, or the year written."""
    m = _DAY_MONTH_RE.match(text.strip())
    if not m:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month_no = _MONTH_NUMBERS.get(month.lower())
    if month_no is None:
        return None
    import datetime as _dt

    try:
        if m.group(5):
            return _dt.date(int(m.group(5)), month_no, int(day)).isoformat()
        if not published:
            return f"--{month_no:02d}-{int(day):02d}"
        base = _dt.date.fromisoformat(published)
        d = _dt.date(base.year, month_no, int(day))
        if d > base:
            d = _dt.date(base.year - 1, month_no, int(day))
        return d.isoformat()
    except ValueError:
        return None


def _date(sent, cue_token, published: str | None) -> str | None:
    """The statement date: a DATE entity attached to the reporting verb, else the publication date."""
    best = None
    for ent in sent_ents(sent):
        if ent.label_ != "DATE" or not _DATE_WORDS.search(ent.text):
            continue
        score = 10
        if cue_token is not None:
            h = ent.root
            for _ in range(3):
                if h.head.i == h.i:
                    break
                h = h.head
                if h.i == cue_token.i:
                    score = 0
                    break
        if best is None or score < best[0]:
            best = (score, ent)
    if best is not None and best[0] == 0:
        resolved = resolve_date(best[1].text, published)
        if resolved:
            return resolved
    return published


# --- sources within a document ----------------------------------------------------------------

#: Words that say what field a role covers, not whose it is ("the UN humanitarian coordinator").
_ROLE_FIELD_WORDS = {"humanitarian", "resident", "regional", "special", "emergency", "relief", "political"}


def _speaker_for(state: DocState, m: Mention) -> Source | None:
    """rule ``speaker_for_org``: an unnamed role-holder speaks for an organisation — "a military
    spokesperson" for the military named before, "its president" for the last organisation,
    "a police spokesperson" for the police, "the deputy head of Ukraine's military intelligence"
    for that service. A named person ("John Kirby, a spokesman") stays a person."""
    if m.is_person or m.pronoun or m.members or m.by_office:
        return None
    words = re.sub(r"['’]s\b", "", m.text).split()
    if not words or words[-1].lower() not in L.SPEAKER_ROLES:
        return None
    low = m.text.lower()
    if _SECRETARY_RE.match(m.text):
        return None  # "America's defence secretary": a department (``secretary_of_department``), not "America defence"
    if L.ROLE_KINDS.get(words[-1].lower()) == ("person",) and not re.match(r"^(its|their)\b", low):
        return None  # "the Ukrainian president" points back to a person
    candidates = [s for _, s in reversed(state.sources) if not s.members and s.kind not in ("person", "anonymous")
                  and s.name not in _COUNTRIES]
    if re.match(r"^(its|their)\b", low):
        target = candidates[0] if candidates else None
    else:
        org_words = [w for w in words[:-1] if w.lower() not in L.SPEAKER_ROLES and w.lower() not in
                     ("a", "an", "the", "senior", "deputy", "top", "chief", "its", "their", "press", "national", "security")]
        if not org_words or all(w.lower() in L.COUNTRY_ADJECTIVES for w in org_words):
            return None  # "a Polish official": an anonymous official of that country, not "Polish"
        if org_words[0][:1].isupper() and not known_org(" ".join(org_words)):
            # "the UN humanitarian coordinator", "the UN resident coordinator": the UN, not "UN humanitarian"
            # (a phrase the registry knows keeps its words: "the UN's relief chief" is OCHA)
            org_words = [w for w in org_words if w.lower() not in _ROLE_FIELD_WORDS] or org_words
        org = " ".join(org_words)
        known = known_org(org)
        if known:
            return Source(text=m.text, name=known, kind=source_kind(known, False))
        target = next((s for s in candidates if all(w.lower() in s.name.lower() for w in org_words)
                       and _head_word(s.name) == org_words[-1].lower()), None)
        if target is None and org.lower() == "government":
            # "A government spokesman said": the government named before ("the Taliban
            # administration"), else the government of the country -- never its police
            target = next((s for s in candidates if _head_word(s.name) in ("government", "administration", "cabinet",
                                                                            "presidency", "junta")), None)
        if target is None and org.lower() == "government" and (m.affiliation or _home_country(state)):
            country = m.affiliation or _home_country(state)
            return Source(text=m.text, name=f"{demonym(country)} government", kind="government", affiliation=country)
        if target is None:
            kind = source_kind(org, False)
            if org.lower() in ("military", "army", "ministry", "government", "police", "agency", "office") and \
                    words[-1].lower() not in ("official", "officials", "officer"):
                # "a military spokesperson" speaks for the military; "a military official, who asked
                # not to be named" is an anonymous source of its own
                target = next((s for s in candidates if _head_word(s.name) == org.lower() or s.kind == kind), None)
            if target is None and words[-1].lower() in ("official", "officials", "officer"):
                return None  # "a senior U.S. defense official": anonymous, as written, not the body "U.S. defense"
            if target is None and org == org.lower() and org.split()[-1] not in _BODY_WORDS:
                return None  # "A medical coordinator there": a role, not a body called "medical"
            if target is None:
                return Source(text=m.text, name=org, kind=kind, affiliation=m.affiliation)
    if target is None:
        return None
    return Source(text=m.text, name=target.name, kind=target.kind, affiliation=target.affiliation,
                  aliases=target.aliases)


#: Lower-case words that name a body on their own ("a police spokesman", "a rescue official").
_BODY_WORDS = L.ORG_ROLE_HEADS | {"army", "military", "government", "ministry", "navy", "guard", "forces", "command",
                                   "police", "security", "intelligence", "health", "defence", "defense",
                                                "fire", "rescue", "border", "prison", "customs", "gendarmerie"}


_PLACE_OWNER_RE = re.compile(
    r"^(?:the\s+)?(city|town|country|nation|province|region|state|territory|enclave|capital|island|district|"
    r"county|village|port|republic)(?:['’]s)?\s+(.+)$", re.I)
#: "the provincial governor", "the regional governor": an office holder of the province or region named
#: last (rule ``office_of_place``, with no name given).
_ADMIN_HOLDER_RE = re.compile(
    r"^(?:the\s+)?(provincial|regional|prefectural|district|county|municipal)\s+(governor|administrator|"
    r"commissioner|prefect|governor's office|health officer|commissioner's office)$", re.I)


_COUNTRY_NAME_RE = re.compile(r"\b(%s)\b" % "|".join(sorted(
    {re.escape(k.title() if k.islower() else k) for k, v in L.COUNTRY_ADJECTIVES.items() if k == v.lower() and len(k) > 3}
    | {re.escape(c) for c in L.CAPITALS}, key=len, reverse=True)))


def doc_country(doc, title: str | None = None) -> str | None:
    """rule ``doc_country``: the country a whole report names most often, by name or by its capital
    (the title counts too; a person's name does not: "Ana Lima"). The fallback when nothing has
    been named yet: "Health Minister Víctor Almonte" in a report from Santo Domingo speaks for the
    Dominican health ministry."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    counts: dict = {}
    text = doc_text(doc)
    hits = [(h, False) for h in _COUNTRY_NAME_RE.finditer(title or "")] + [(h, True) for h in _COUNTRY_NAME_RE.finditer(text)]
    for hit, in_body in hits:
        if in_body and any(a <= hit.start() < b for a, b in people):
            continue
        name = hit.group(1)
        country = L.CAPITALS.get(name) or L.COUNTRY_ADJECTIVES.get(name.lower())
        if country:
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _bare_red_cross(state: DocState) -> str:
    """rule ``national_red_cross``: a bare "the Red Cross" is the national society named before
    ("The Samoa Red Cross says ... , the Red Cross adds"), else the ICRC if it was named, else the
    society of the country the report is about ("Guatemalan Red Cross"); else just "Red Cross"."""
    for _, s in reversed(state.sources):
        if re.search(r"(?i)\bred (?:cross|crescent)\b", s.name) or s.name == "ICRC":
            return s.name
    country = _story_country(state)
    return f"{demonym(country)} Red Cross" if country else "Red Cross"


def _story_country(state: DocState) -> str | None:
    """rule ``story_country``: the country the report is about so far -- the one named most often
    (the latest on a tie), unless the country named last has come up before: "the government" in a
    report about Morocco that names the U.S. Geological Survey once is Morocco's."""
    counts: dict = {}
    for k, (_, c) in enumerate(state.countries_at):
        counts[c] = (counts.get(c, (0, 0))[0] + 1, k)
    if not counts:
        return state.last_country
    top = max(counts, key=counts.get)
    if state.last_country in counts and (counts[state.last_country][0] > 1 or counts[top][0] < 3):
        return state.last_country  # a country named again is still in play; one named once in passing is not
    return top  # also over a country only named inside an organisation's name ("US Geological Survey")


def _place_owner(state: DocState, name: str, text: str, at: int | None = None) -> str:
    """rule ``place_owner``: "the city's mayor" -> "Derna mayor", "the country's spy agency" ->
    "South Korean spy agency": the place is the last one of that kind the document named."""
    m = _PLACE_OWNER_RE.match(name)
    holder = _ADMIN_HOLDER_RE.match(name)
    if holder:
        place = state.places_by_kind.get(L.ADMIN_KINDS[holder.group(1).lower()])
        return f"{place} {holder.group(1).lower()} {holder.group(2).lower()}" if place else name
    if not m:
        return name
    kind, rest = m.group(1).lower(), m.group(2)
    named = state.places_by_kind.get(kind)
    if not re.search(rf"(?i)\b{kind}['’]s\b", text):
        # rule ``district_body``: "the district administration" after "Wayanad district" is the
        # Wayanad district administration ("the district administration's list" too)
        return f"{named} {kind} {rest}" if named and rest.split()[-1].lower() in L.ORG_ROLE_HEADS else name
    place = state.last_country if kind in ("country", "nation") else named or (
        state.last_city if kind != "republic" else None)  # ("the republic's president": only a republic named)
    if kind in ("country", "nation") and at is not None:
        # "Russia has rebuilt its forces ..., a Finnish lawmaker said after a briefing by the
        # country's military intelligence service": the country named last before the mention
        before = [c for off, c in state.countries_at if off < at]
        place = before[-1] if before else place
    if kind == "capital":
        # "the capital's police": the capital of the country the report is about, when the lexicon knows it
        place = next((city for city, country in L.CAPITALS.items() if country == state.last_country), None) or place
    if place and kind in ("country", "nation") and rest == rest.lower():
        place = demonym(place)  # "the country's spy agency" -> "South Korean spy agency"
    return f"{place} {rest}" if place else name


_STATE_BODY_WORDS = {"ministry", "military", "army", "government", "intelligence", "forces", "police", "embassy",
                     "defence", "defense", "navy", "parliament", "coast", "guard", "cabinet", "presidency"}


def _its_owner(state: DocState, name: str) -> str:
    """rule ``its_owner``: "its military intelligence agency" after "those given by Ukraine" is
    Ukraine's: a state body belongs to the last country named, anything else to the last
    organisation that spoke."""
    m = re.match(r"(?i)^(its|their)\s+(.+)$", name)
    if not m:
        return name
    rest = m.group(2)
    if set(rest.lower().split()) & _STATE_BODY_WORDS and state.last_country:
        return f"{state.last_country} {rest}"
    org = next((s for _, s in reversed(state.sources) if s.kind not in ("person", "anonymous") and not s.members
                and not (m.group(1).lower() == "its" and _people_group(s))), None)
    if org is not None and rest.lower().split()[-1] in _OWN_STAFF:
        # "Its teams had registered 88 survivors": the organisation's own people count for it
        return org.name
    return f"{org.name} {rest}" if org else name


def _people_group(s: Source) -> bool:
    """A source that is people, not a body "it" can stand for: "survivors", "Survivors", "relatives"."""
    last = s.name.split()[-1]
    return _plural_group(s) and (last.islower() or len(s.name.split()) == 1 and last.lower() in _PEOPLE_PLURALS)


_PEOPLE_PLURALS = L.CIVILIAN_NOUNS | L.SOURCE_COUNT_NOUNS | {
    "survivors", "relatives", "families", "witnesses", "residents", "organisers", "organizers", "protesters",
    "villagers", "fishermen", "doctors", "volunteers", "activists", "parents", "neighbours", "neighbors"}


#: An organisation's own people: "its teams", "their field staff" count for the organisation.
_OWN_STAFF = {"teams", "team", "staff", "crews", "crew", "workers", "monitors", "researchers", "volunteers",
              "officers", "personnel", "analysts", "investigators", "observers", "doctors", "medics"}


_CAPITAL_COUNTRIES = set(L.CAPITALS.values())
_DATELINE_CITY_RE = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*)(?:,| \((?![^)\n]*\)\s*:)| —| –)")
# (not a transcript's speaker label: "SURVIVOR (recorded):")


#: Kinds of place a report names ("Wayanad district", "the republic of Bashkortostan").
_PLACE_KINDS = r"(?i:district|province|county|state|region|municipality|prefecture|governorate|republic)"
_PLACE_OF_KIND_RE = re.compile(r"\bthe (" + _PLACE_KINDS + r") of ((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)")
_KIND_PLACE_RE = re.compile(r"\b((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+) (" + _PLACE_KINDS + r")\b")


def _dateline_end(sent) -> int:
    """Where a dateline ("SKOPJE, June 26 (Ashlar Wire) —") ends: the sentence start if there is none."""
    head = doc_text(sent.doc)[sent.start_char:min(sent.end_char, sent.start_char + 120)]  # (Span.text rebuilds)
    m = _DATELINE_CITY_RE.match(head)
    if not (m and len(m.group(1)) >= 3):
        return sent.start_char
    dash = re.search(r"[—–-]", head)
    return sent.start_char + (dash.end() if dash and dash.start() < 60 else 0)


def _body_nouns(ent) -> frozenset:
    """The nouns an organisation's name can be pointed back by: its own words ("Example Open
    Budget Movement": the movement) and a noun in apposition ("the Communist party, the KKE";
    "Familiares Unidos, the relatives' association")."""
    nouns = {t.lower_ for t in ent}
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.add(root.head.lower_)
    nouns.update(c.lower_ for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    if re.search(r"(?i)\bred (?:cross|crescent)\b", ent.text):
        nouns.add("society")  # "the Kenya Red Cross ... the society's coast coordinator": a national society
    return frozenset(nouns & L.NAMED_BODY_HEADS)


def _org_named_before(state: DocState, before: int) -> Mention | None:
    """The last organisation named by a proper name before offset ``before``, speaking or not."""
    if state.last_org is not None and state.last_org.start < before:
        return state.last_org
    for at, tok, _ in reversed(state.orgs):
        if at < before and tok.pos_ == "PROPN":
            return mention_from_token(tok)
    return None


def _named_body(state: DocState, head: str, before: int) -> Mention | None:
    """The last organisation named before ``before`` that ``the <head>`` can point back to, by its
    name (never a role noun itself, which would point back again)."""
    for at, tok, nouns in reversed(state.orgs):
        if at < before and head in nouns:
            m = mention_from_token(tok)
            if not m.role and not m.pronoun:
                return m
    return None


def _remember_places(state: DocState, sent) -> None:
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # (Span.text rebuilds the string each time)
    for hit in _PLACE_OF_KIND_RE.finditer(text):
        state.places_by_kind[hit.group(1).lower()] = hit.group(2)  # "in the republic of Bashkortostan"
    for hit in _KIND_PLACE_RE.finditer(text):
        words = hit.group(1).split()
        while words and words[0] in ("The", "A", "An", "This", "That", "In", "On", "At", "From", "Across", "Of"):
            words = words[1:]  # "In Wayanad district": Wayanad
        place = " ".join(words)
        if words and not (place.lower() in L.COUNTRY_ADJECTIVES and L.COUNTRY_ADJECTIVES[place.lower()] != place):
            state.places_by_kind[hit.group(2).lower()] = place  # not "the southern Brazilian state"
    subject_country = False
    m = _DATELINE_CITY_RE.match(text)
    dateline_end = _dateline_end(sent)
    if m and len(m.group(1)) >= 3:
        state.last_city = state.dateline_city = m.group(1).title()  # "WAJIMA, Japan —": the city the report is filed from
        if L.CAPITALS.get(state.dateline_city):
            state.last_country = state.dateline_country = L.CAPITALS[state.dateline_city]  # "SKOPJE —": North Macedonia
    for ent in sent_ents(sent):
        if ent.start_char < dateline_end:
            country = L.COUNTRY_ADJECTIVES.get(ent.text.lower()) or L.CAPITALS.get(ent.text)
            if country:
                state.last_country = state.dateline_country = country
            continue  # the region of a dateline ("England") is not the city
        if ent.label_ == "ORG":
            if ent.root.pos_ == "PROPN" and ent.root.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj"):
                state.last_org = mention_from_token(ent.root)
            state.orgs.append((ent.start_char, ent.root, _body_nouns(ent)))
            # "Nepal's Home Ministry": an organisation named with its country names the country
            words = re.sub(r"^the\s+", "", ent.text, flags=re.I).split()
            lead = next((" ".join(words[:k]) for k in (2, 1) if len(words) > k
                         and re.sub(r"['’]s$", "", " ".join(words[:k])).lower() in L.COUNTRY_ADJECTIVES), None)
            if lead:
                state.last_country = L.COUNTRY_ADJECTIVES[re.sub(r"['’]s$", "", lead).lower()]
            continue
        if ent.label_ not in ("GPE", "NORP") or (ent.label_ == "NORP" and ent.text.lower() not in L.COUNTRY_ADJECTIVES):
            continue
        name = re.sub(r"^the\s+", "", re.sub(r"['’]s$", "", ent.text), flags=re.I)
        country = L.COUNTRY_ADJECTIVES.get(name.lower()) or L.CAPITALS.get(name) or (
            name if name in _CAPITAL_COUNTRIES else None)  # "Madagascar": a country the lexicon knows by its capital
        if country:
            state.countries_at.append((ent.start_char, country))
        if country and not subject_country:
            state.last_country = country
            # a country that acts in the sentence ("Russia does not disclose ...", "given by
            # Ukraine") is what a later "its" points to, not one named in passing
            r = ent.root
            if r.dep_ in ("nsubj", "nsubjpass") or (r.dep_ == "pobj" and r.head.lower_ == "by"):
                subject_country = True
        elif name[:1].isupper():
            state.last_city = name


#: Words of a source's description that its proper name need not repeat ("Kenya's state-funded
#: human rights commission" is the "Kenya National Commission on Human Rights").
_GENERIC_DESCRIPTORS = {"state-funded", "state-run", "state-owned", "official", "national", "federal", "regional",
                        "local", "main", "independent", "government", "government-run", "public", "private", "country's"}


def _merge_descriptions(claims: list[Claim], state: DocState) -> list[Claim]:
    """rule ``description_then_name``: "Kenya's state-funded human rights commission" first, "the Kenya
    National Commission on Human Rights" later — one source. A described source (lower-case words
    around its head) takes the proper name that has the same head word and the same country."""
    # (in order of first mention, so that the choice between two candidates does not depend on
    # the process's string hashing)
    names = list(dict.fromkeys(c.source.name for c in claims if c.source is not None and not c.source.members))
    renames = {}
    for d in names:
        words = d.split()
        if len(words) < 2 or not any(w.islower() and len(w) > 3 for w in words[:-1]) or not words[-1].islower():
            continue
        head = words[-1].lower()
        country = next((v for k, v in L.COUNTRY_ADJECTIVES.items() if re.match(rf"{re.escape(k)}\b", d, re.I)), None)
        for n in names:
            nw = n.split()
            if n == d or head not in (w.lower() for w in nw) or sum(w[:1].isupper() for w in nw) < 3:
                continue
            ncountry = next((v for k, v in L.COUNTRY_ADJECTIVES.items() if re.match(rf"{re.escape(k)}\b", n, re.I)), None)
            same_place = (country == ncountry) if (country or ncountry) else words[0] == nw[0]
            # the description's own words must be in the name: "the transport ministry" is not the
            # "UK Ministry of Defence"
            described = {w.lower() for w in words[:-1] if w.islower() and len(w) > 3} - _GENERIC_DESCRIPTORS
            if described and not described & {w.lower() for w in nw}:
                continue
            if same_place or not any(w[:1].isupper() for w in words):
                renames.setdefault(d, n)
    if not renames:
        return claims
    out = []
    for c in claims:
        if c.source is not None and c.source.name in renames:
            c = replace(c, source=replace(c.source, name=renames[c.source.name]), rules=(*c.rules, "description_then_name"))
        out.append(c)
    return out


_HOLDER_HEADS = L.SELF_ROLES | L.CHAIR_ROLES | {"president", "vice-president", "chancellor", "official",
                                                 "spokesman", "spokeswoman", "spokesperson", "secretary"}


def _head_word(name: str) -> str:
    """ "office of the police inspector general" -> "office"; "Kenya Police" -> "police"."""
    return re.split(r"\s+(?:of|on|for)\s+", name)[0].split()[-1].lower()


_SPOKES_RE = re.compile(r"(?i)^(?P<org>.*?)\b(?:national security |press |chief |senior |deputy )*"
                        r"(?:spokesman|spokeswoman|spokesperson|press secretary)\b")


def _named_spokesperson(state: DocState, m: Mention) -> Source | None:
    """rule ``named_spokesperson``: "White House national security spokesman John Kirby" speaks for
    the White House, "its spokesperson, Mira Delacroix" for the organisation named before: a
    spokesperson's figures are the organisation's (the person stays in ``Source.text``)."""
    if m.members:
        return None
    hit = _SPOKES_RE.match(m.text)
    if hit is None:
        return None
    if not m.is_person:
        # "government spokesman Aimé-Claude Ngoma" read as one noun phrase: a name follows the title
        name = m.text[hit.end():].strip()
        if not re.fullmatch(r"(?:[A-Z][\w'’.-]+[ -]?){2,4}", name):
            return None
        m = replace(m, is_person=True, person_name=name)
    org = hit.group("org").strip(" ,")
    pseudo = Mention(text=f"{org} spokesman".strip(), start=m.start, end=m.end, affiliation=m.affiliation)
    src = _speaker_for(state, pseudo)
    bare_org = re.sub(r"^(the|a|an|its|their)\s*", "", org, flags=re.I)
    if src is not None and bare_org and bare_org.split()[-1].lower() not in " ".join((src.name, *src.aliases)).lower() \
            and bare_org.split()[-1].lower() in _BODY_HEADS | {"police", "gendarmerie", "coast", "guard"}:
        src = None  # "Police spokesman Dominic Wari" after a governor spoke: the police, not the governor
    if src is None and org and org.lower() not in ("a", "an", "the"):
        bare = re.sub(r"^(the|a|an)\s+", "", org, flags=re.I)
        name = known_org(bare) or bare
        src = Source(text=m.text, name=name, kind=source_kind(name, False))
    if src is None:
        return None
    src = replace(src, text=m.text)
    if not any(k == name_key(src.name) for k, _ in state.sources):
        state.sources.append((name_key(src.name), src))
    if m.person_name:
        _remember_speaker(state, m.person_name, src)  # "Ngoma said" later is still the government
    return src


def _holder_named(state: DocState, m: Mention) -> Source | None:
    """rule ``holder_named``: "..., the deputy head of Ukraine's military intelligence agency said.
    Oleksandr Moroz said ...": a person named for the first time right after an unnamed
    office-holder spoke is that office-holder, and speaks for the same body."""
    looks_like_name = bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}", m.text)) and not known_org(m.text) \
        and not set(m.text.lower().split()) & (L.ORG_ROLE_HEADS | _BODY_HEADS | {"service", "council"})
    if not (m.is_person or looks_like_name) or m.members or state.holder is None:
        return None
    body, at = state.holder
    if state.sentence_index - at != 1:
        return None
    name = core_name(m)
    if any(s.kind == "person" and same_source(name, "person", s.name, "person") for _, s in state.sources):
        return None  # a person met before is someone else
    return replace(body, text=m.text)


_MINISTRY_RE = re.compile(r"(?:defence|defense|interior|foreign|health|home|information|social affairs|"
                          r"migration|finance|justice|national security|public security|home affairs|"
                          r"foreign affairs|internal affairs) (?:ministry|minister)")
_BODY_HEADS = {"army", "military", "police", "government", "ministry", "navy", "guard", "forces", "command"}
_OFFICE_OF_RE = re.compile(r"(?i)^(?:the\s+)?office of the\s+(?:[a-z]+\s+)*?(police|army|military|navy|coast guard|"
                           r"air force|prosecutor|prosecutors)\b")


#: "Defence Minister", "Interior Administration Minister", "Agriculture and Fisheries Minister" (any
#: portfolio of up to three capitalised words; not "Prime", "Chief" or "First" ministers), and the
#: American "Secretary of State".
_MINISTER_TITLE_RE = re.compile(
    r"\b(?P<field>(?!(?:Prime|Chief|First|Deputy Prime|Cabinet|Former|Acting|State|Junior)\b)"
    r"[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2})"
    r" (?:Minister|Secretary)\b|\bSecretary of (?P<us>State|Defen[cs]e)\b")


_SELF_TITLE_RE = re.compile(r"^(?P<place>(?:[A-Z][\w.'’-]*\s+)*?)(?P<role>Governor|Mayor|Prefect|Sheriff|Coroner|Wali)\s+$")


def _title_before_name(m: Mention) -> str | None:
    """ "Graves County Coroner " for "Graves County Coroner Dale Pruitt"; None without a name."""
    if not (m.is_person and m.person_name) or m.members or m.person_name not in m.text:
        return None
    return m.text[:m.text.find(m.person_name)]


_FIRE_CHIEF_RE = re.compile(r"^(?P<place>(?:[A-Z][\w.'’-]*\s+)*?)Fire (?:Chief|Commissioner|Marshal)\s*$")
_LOCAL_MANAGER_RE = re.compile(r"^(?P<place>(?:[A-Z][\w.'’-]*\s+)*?)(?P<kind>County|City) (?:Manager|Administrator|Executive)\s*$")


def _local_body_of_title(state: DocState, m: Mention) -> str | None:
    """rule ``office_by_role``: "Fort Myers Beach Fire Chief Ron Ellery said" is the fire department;
    "County Manager Dale Whitcomb said" speaks for the county named before ("Lee County")."""
    title = _title_before_name(m)
    if not title:
        return None
    fire = _FIRE_CHIEF_RE.match(title)
    if fire:
        return f"{fire.group('place').strip()} fire department".strip()
    manager = _LOCAL_MANAGER_RE.match(title)
    if manager:
        place = manager.group("place").strip() or state.places_by_kind.get(manager.group("kind").lower()) or ""
        return f"{place} {manager.group('kind')}".strip()
    return None


def _office_of_title(m: Mention) -> str | None:
    title = _title_before_name(m)
    if title is None:
        return None
    hit = _SELF_TITLE_RE.match(title)
    if hit is None:
        return None
    place = re.sub(r"['’]s\s*$", "", hit.group("place").strip())
    return f"{place} {hit.group('role').lower()}".strip()


_SPOKES_TITLES = {"spokesman", "spokeswoman", "spokesperson", "director", "head", "chief"}
_RANKED_OF_BODY_RE = re.compile(
    r"^(?:(?:Brig(?:adier)?|Lt|Lieutenant|Rear|Vice|Maj(?:or)?|Deputy|Chief|Police|Assistant|Senior)\.? )*"
    r"(?:Commodore|Admiral|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Major|Commander|Cmdr\.|Inspector|"
    r"Superintendent|Commissioner|Sergeant|Sgt\.|Spokesman|Spokeswoman|Spokesperson) "
    r"(?:[A-Z][\w'’-]+ ){1,3}of (?:the )?(?P<body>(?:[A-Z][\w'’-]+ )*(?:Force|Forces|Army|Navy|Police|Guard|"
    r"Gendarmerie|Service|Command|Corps|Constabulary|Agency|Directorate)(?: [A-Z][\w'’-]+)*)$")


def _ministry_of_title(state: DocState, m: Mention) -> str | None:
    if not (m.is_person and m.person_name) or m.members:
        return None
    title = m.text[:m.text.find(m.person_name)] if m.person_name in m.text else ""
    hit = _MINISTER_TITLE_RE.search(title)
    if hit is None:
        return None
    country = m.affiliation
    american = country in (None, "United States", "U.S.", "US")
    if american and (hit.group("us") or hit.group(0) == "Defense Secretary"):
        # "Secretary of State", "Defense Secretary" (American spelling, no other country named)
        return "U.S. State Department" if hit.group("us") == "State" else "Pentagon"
    if not country:
        # "Finance Minister Mario Reyes" in a report about Chile: the country named last before him
        before = [c for off, c in state.countries_at if off < m.start]
        country = before[-1] if before else state.last_country or state.doc_country
    field = hit.group("field")
    while field and field.split()[0].lower() in L.COUNTRY_ADJECTIVES:  # "Ukrainian Defence Minister"
        country = country or L.COUNTRY_ADJECTIVES[field.split()[0].lower()]
        field = " ".join(field.split()[1:])
    if not country or not field or "Minister" not in hit.group(0):
        return None  # whose ministry is not said: the person stays
    return f"{demonym(country)} {field.lower()} ministry"


_MINISTER_ROLE_RE = re.compile(r"^(?:the\s+)?(?:(?P<country>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*?)(?:['’]s)? )?"
                               r"(?:(?:acting|deputy|junior|state|former) )?"
                               r"(?P<field>(?:[a-z][a-z-]+ (?:and )?){0,3}?[a-z][a-z-]+) minister$")
#: "the"/"The", then an optional country as written ("Kiribati's"), then the office in any case.
_OFFICE_LEAD = r"^(?i:the\s+)?(?:(?P<country>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*?)(?:['’]s)? )?"
_POLICE_CHIEF_RE = re.compile(_OFFICE_LEAD + r"(?i:(?:(?:acting|deputy|assistant|national|interim) )*police "
                              r"(?:commissioner|chief|commander|inspector[- ]general|superintendent))$")
_MINISTER_OF_RE = re.compile(r"^(?:the\s+)?(?:(?:acting|deputy|junior|state) )?[Mm]inister (?:of|for) (?:the )?"
                             r"(?P<field>[A-Z][\w'’-]*(?:,? (?:and |of |for |the )*[A-Z][\w'’-]*)*)$")
_SECRETARY_RE = re.compile(_OFFICE_LEAD + r"(?i:(?:acting |deputy |former )?)(?P<field>(?i:defen[cs]e|foreign|home|interior|"
                           r"health|homeland security|state|treasury|war)) (?i:secretary)$")
def _police_rank(state: DocState, m: Mention) -> bool:
    """Whether a police rank is written right before the person's name (in the mention or just
    before it: "First Deputy Supt. Raymond Kowalczyk", "Chief Superintendent Albert Ncube")."""
    words = (state.text[max(0, m.start - 40):m.start] + " " + m.text).split()
    keep = 2 if len(m.person_name.split()) >= 2 else 1
    return bool(_POLICE_RANK_RE.search(" ".join(words[:-keep])))


#: Police ranks before a name ("First Deputy Supt.", "Chief Superintendent", "Detective Inspector").
_POLICE_RANK_RE = re.compile(r"(?i)\b(?:supt\.|superintendent|insp\.|inspector|detective|det\.|constable|const\.)\s*$")
_HEAD_OF_GOVERNMENT_RE = re.compile(_OFFICE_LEAD + r"(?i:(?:acting |interim |caretaker |deputy )?(?:prime minister|premier))$")


def _home_country(state: DocState) -> str | None:
    """The country the report is about so far, else the one the whole report names most."""
    return _story_country(state) or state.doc_country


def _office_country(state: DocState, hit, affiliation: str | None) -> tuple[bool, str | None]:
    """The country an office serves: the mention's, else the one written with it ("Kiribati's acting
    police commissioner"), else the one its sentence opens with ("In Israel, the prime minister's
    office says"), else the report's. Not ok when the office is written with a place that is not a
    country ("the Chaliyar revenue minister", "the Dili police commander")."""
    written = re.sub(r"['’]s$", "", hit.group("country") or "")
    named = L.COUNTRY_ADJECTIVES.get(written.lower()) if written else None
    if written and not named:
        return False, None
    fronted = None
    if re.match(r"(?:In|From|Inside) \S", state.text[state.sent_start:state.sent_start + 8]):
        fronted = next((c for off, c in state.countries_at if state.sent_start <= off < state.sent_start + 40), None)
    return True, affiliation or named or fronted or _home_country(state)


def _office_as_body(state: DocState, text: str, affiliation: str | None) -> str | None:
    """The body an office speaks for, or None (the office stays as written). Rule ``minister_role``:
    "the defence minister said" (no name) is the country's defence ministry, like "Defence Minister
    Rustem Umerov", and "the Minister of Labour and Home Affairs" that ministry; rule
    ``head_of_government``: a prime minister is the government (presidents stay by role); rule
    ``police_chief``: "Police Commissioner Leiataua Sione", "Kiribati's acting police commissioner"
    speak for the country's police."""
    text = re.sub(r"\s+", " ", text.strip())
    mo = _MINISTER_OF_RE.match(text)
    if mo:
        country = affiliation or _home_country(state)
        return f"{demonym(country)} Ministry of {mo.group('field')}" if country else f"Ministry of {mo.group('field')}"
    for pattern, office in ((_HEAD_OF_GOVERNMENT_RE, "government"), (_POLICE_CHIEF_RE, "police"),
                            (_MINISTER_ROLE_RE, "ministry")):
        hit = pattern.match(text)
        if hit is None:
            continue
        if office == "ministry" and hit.group("field").split()[0] in ("prime", "chief", "first", "cabinet", "former", "a"):
            return None
        ok, country = _office_country(state, hit, affiliation)
        if not ok:
            return None
        name = f"{hit.group('field')} ministry" if office == "ministry" else office
        return f"{demonym(country)} {name}" if country else (None if office == "government" else name)
    return None


def _body_of_person(state: DocState, m: Mention) -> str | None:
    """The body a named person is recorded as, by the source conventions (``eval/dev/README.md``):
    a governor or mayor by the office, a minister by the ministry, a spokesperson, director or
    analyst of a named body by the body. None: the person stays."""
    if m.by_office and m.person_name and _MINISTER_OF_RE.match(m.text):
        # rule ``minister_by_ministry``: "the Minister of Labour and Home Affairs, Kagiso Molefhe," is
        # the ministry; "Molefhe said" later too
        return _office_as_body(state, m.text, m.affiliation)
    if m.by_office and m.role and m.person_name and _head_word(m.text) in L.SELF_ROLES | {"chief", "administrator"}:
        # rule ``office_of_place``: "The mayor, Hrafn Gunnarsson," is the mayor of the town named last;
        # "the provincial governor, X," the governor of the province named last
        kind = L.ADMIN_KINDS.get(m.text.split()[0].lower())
        if kind and kind not in ("municipality", "city", "town"):
            place = state.places_by_kind.get(kind)
            return f"{place} {m.text}" if place else m.text
        town = state.last_city
        if not town or town.lower() in L.COUNTRY_ADJECTIVES or re.search(r"(?i)\b(province|region|state|county)$", town):
            return m.text  # no town named yet: the office as written ("mayor")
        return f"{town} {m.text}"
    office = _local_body_of_title(state, m) or _office_of_title(m)
    if office is not None:
        # rule ``office_by_role`` (title before the name): "Benue State Governor Hyacinth Aondona
        # said" is the Benue State governor; "Aondona said" later too
        return office
    if m.is_person and m.person_name and m.person_name in m.text and not m.members:
        title = m.text[:m.text.find(m.person_name)].strip(" ,")
        if title and (_HEAD_OF_GOVERNMENT_RE.match(title) or _POLICE_CHIEF_RE.match(title)):
            # rule ``head_of_government``: "Prime Minister Raúl Benavides said" is the government
            return _office_as_body(state, title, m.affiliation)
    if m.is_person and m.person_name and not m.members and _police_rank(state, m):
        # rule ``police_rank``: "First Deputy Supt. Raymond Kowalczyk told reporters", "Chief
        # Superintendent Albert Ncube said": an officer of police rank speaks for the police named
        # before, else the police of the town the report is filed from, else of its country
        force = r"(?i)\bpolice(?: (?:department|service|force))?$|\bconstabulary$"
        named = next((s.name for _, s in reversed(state.sources) if re.search(force, s.name)
                      and s.kind not in ("person", "anonymous")), None)
        if named is None:
            phrases = (doc_text(tok.doc)[tok.left_edge.idx:tok.idx + len(tok.text)] for _, tok, _ in reversed(state.orgs))
            named = next((p for p in phrases if re.search(force, p)), None)
        if named is not None:
            return _strip_the(named)
        if state.dateline_city and state.dateline_city not in L.CAPITALS:
            return f"{state.dateline_city} police"  # (a capital's police is the country's)
        country = L.CAPITALS.get(state.dateline_city or "") or _home_country(state)
        return f"{demonym(country)} police" if country else None
    ministry = _ministry_of_title(state, m)
    if ministry is not None:
        # rule ``minister_by_ministry``: "Defence Minister Rustem Umerov said" is the defence
        # ministry, "Defense Secretary Lloyd Austin" the Pentagon; "Umerov said" later still speaks
        # for it (heads of state and government stay by name)
        return ministry
    ranked = _RANKED_OF_BODY_RE.match(m.text) if m.is_person else None
    if ranked:
        # rule ``rank_of_body``: "Commodore Dwayne Ferguson of the Royal Bahamas Defence Force told ..."
        # speaks for the force; "Ferguson said" later too
        return ranked.group("body")
    if (m.is_person and m.person_name or m.title in _SPOKES_TITLES) and m.title in L.INSTITUTION_ROLES \
            and m.affiliation and not m.members \
            and m.affiliation not in _COUNTRIES and m.affiliation.lower() not in L.COUNTRY_ADJECTIVES:
        # rule ``speaks_for_institution``: "Jane Roe, a spokeswoman for the Example Relief Agency,
        # said" and "Dr Miriam Okafor, a specialist at the Halden Institute, reckons": the agency or
        # the institute is the source; "Roe said" later still speaks for it
        return re.sub(r"\s*\(\s*$|\s*\([A-Z]{2,8}\)\s*$", "", _strip_the(m.affiliation)).strip(" ,")
    pointed = _SPOKES_FOR_THE_RE.match(state.text, m.end) if (m.is_person and m.person_name or m.title) \
        and not m.members else None
    if pointed:
        # rule ``spokesperson_for_the_body``: "Ingrid Holmqvist, a spokeswoman for the office, said" after
        # the UN Human Rights Office was named: the office named before
        head = pointed.group(1).lower()
        body = next((src.name for _, src in reversed(state.sources) if src.kind not in ("person", "anonymous")
                     and src.name.split()[-1].lower() == head), None)
        if body is None:
            named = _named_body(state, head, m.start)
            body = _strip_the(named.text) if named is not None else None
        return body
    return None


_SPOKES_FOR_THE_RE = re.compile(r",\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|director|head|"
                                r"chief|official|representative|coordinator|officer)\s+(?:for|of|at|with)\s+the\s+"
                                r"([a-z]+)\b(?!\s+(?:of|for)\b)")


def _remember_speaker(state: DocState, person: str, body: Source) -> None:
    """ "Okafor said" later speaks for the body she was introduced with (full name and surname)."""
    state.speaks_for[name_key(person)] = body
    state.speaks_for[person.split()[-1].lower()] = body


def canonical_source(state: DocState, m: Mention) -> Source:
    """``_canonical_source``, and the source becomes the most recently mentioned one (role nouns and
    pronouns point back to the latest mention, not to the first). Rule ``same_mention_same_source``:
    one mention means one source for all the figures of its sentence ("The spokesman ... told
    reporters that police had recovered 11 bodies and that 20 more had been carried off")."""
    key = (m.start, m.end, m.text, m.members)
    if (m.role or m.pronoun) and key in state.resolved:
        return state.resolved[key]
    src = _canonical_source_once(state, m)
    if m.role or m.pronoun:
        state.resolved[key] = src
    if not m.is_person and not m.pronoun and not m.members and src.kind not in ("person", "anonymous"):
        named = _APPOSED_NAME_RE.match(state.text, m.end)
        if named and not known_org(named.group(1)) and not named.group(1).split()[0] in L.COUNTRY_ADJECTIVES:
            # rule ``apposed_name_remembered``: "..., the Minister of Labour and Home Affairs, Kagiso
            # Molefhe, told a news briefing": "Molefhe said" later speaks for the ministry too
            _remember_speaker(state, named.group(1), src)
    return src


_APPOSED_NAME_RE = re.compile(r",\s+(?:(?:Dr|Mr|Mrs|Ms|Lt|Col|Gen|Capt|Maj|Sgt)\.?\s+)?"
                              r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*,")


def _canonical_source_once(state: DocState, m: Mention) -> Source:
    body = _body_of_person(state, m)
    if body is not None:
        src = _canonical_source(state, Mention(text=body, start=m.start, end=m.end))
        _remember_speaker(state, m.person_name or m.text, src)
    else:
        src = _canonical_source(state, m)
        if m.person_name and src.kind not in ("person", "anonymous") and not m.members:
            # "UNHCR spokesperson Marguerite Njoya said" -- and "Njoya said" later is still UNHCR
            _remember_speaker(state, m.person_name, src)
    key = name_key(src.name)
    for i in range(len(state.sources) - 1, -1, -1):
        if state.sources[i][0] == key:
            _make_latest(state, state.sources.pop(i), m.start)
            break
    else:
        if not src.members:
            # rule ``speaker_body_remembered``: "an Interior Ministry spokesman said" makes the
            # ministry a source that "The spokesman, Goran Trajkovski," later points back to
            _make_latest(state, (key, replace(src, text=src.name)), m.start)
    return src


_OFFICE_HOLDER_RE = re.compile(r"\b(?:(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})['’]s|[Tt]he) "
                               r"(?:(?P<level>provincial|regional|state|city|district) )?"
                               r"(?P<role>governor|mayor|prefect|premier|president)\b")


def _office_holder_before(state: DocState, start: int) -> Mention | None:
    """The office holder named last in the 300 characters before ``start`` ("Okinawa's governor",
    "the mayor"), as a mention of the office ("Okinawa governor")."""
    hits = list(_OFFICE_HOLDER_RE.finditer(state.text, max(0, start - 300), start))
    if not hits:
        return None
    h = hits[-1]
    words = [w for w in (h.group("place"), h.group("level"), h.group("role")) if w]
    if h.group("place") is None:
        return Mention(text=f"the {' '.join(words)}", start=h.start(), end=h.end(), role=True)
    return Mention(text=" ".join(words), start=h.start(), end=h.end())


def _make_latest(state: DocState, entry: tuple, start: int) -> None:
    """Make a source the most recent one, and remember where in the text it was last mentioned
    (``pronoun_antecedent`` reads that)."""
    state.source_pos[entry[0]] = max(state.source_pos.get(entry[0], -1), start)
    state.sources.append(entry)


def _plural_group(s: Source) -> bool:
    """A source that is a group of people, not one speaker or body: "survivors", "Sri Lankans",
    "Western officials", "A + B"."""
    head = _head_word(s.name)
    return bool(s.members) or (head.endswith("s") and not head.endswith("ss") and s.kind in ("anonymous", "other", "person")
                               and (head.islower() or head.title() in _DEMONYM_PLURALS))


def _canonical_source(state: DocState, m: Mention) -> Source:
    """The document's canonical Source for a mention (merging "the Joint Chiefs" into
    "South Korea Joint Chiefs of Staff", "Zelensky" into "Volodymyr Zelenskyy")."""
    if m.members:
        members = tuple(canonical_source(state, x) for x in m.members)
        unique = tuple({s.name: s for s in members}.values())
        if len(unique) == 1:
            # rule ``one_body_twice``: "Interior Minister X and the ministry's spokesman, Y" both speak
            # for the interior ministry: one source, not "ministry + ministry"
            return unique[0]
        members = unique
        name = " + ".join(s.name for s in members)
        kinds = {s.kind for s in members}
        return Source(text=m.text, name=name, kind=kinds.pop() if len(kinds) == 1 else "other",
                      members=tuple(s.name for s in members))
    speaker = _speaker_for(state, m) or _named_spokesperson(state, m) or _holder_named(state, m)
    if speaker is not None:
        return speaker
    if state.speaks_for and not m.members and not m.pronoun:
        # rule ``spokesperson_named_later``: "The agency's spokeswoman, Helena Okafor, said ..." and
        # later "Okafor said": she still speaks for the agency
        body = state.speaks_for.get(name_key(core_name(m))) or state.speaks_for.get(core_name(m).split()[-1].lower())
        if body is not None:
            return replace(body, text=m.text)
    hers = re.match(r"(?i)^(?:his|her)\s+(\w+)$", m.text.strip())
    if hers and hers.group(1).lower() == "ministry":
        # rule ``his_body``: "The finance minister, booed as he spoke, did not give ground. His ministry
        # says ...": the ministry of the minister just named, speaking or not
        minister = list(re.finditer(r"\b(?:[Tt]he|[Hh]is|[Hh]er) ((?:[a-z]+ ){1,2}minister)\b",
                                    state.text[max(0, m.start - 300):m.start]))
        body = _office_as_body(state, minister[-1].group(1), None) if minister else None
        if body is not None:
            return canonical_source(state, Mention(text=body, start=m.start, end=m.end))
    if hers and hers.group(1).lower() == "office":
        # rule ``his_office``: "Okinawa's governor was unimpressed ... his office said" is the office of the
        # office holder named last ("Okinawa governor's office")
        holder = next((src for _, src in reversed(state.sources) if re.search(
            r"(?i)\b(?:governor|mayor|president|prime minister|minister|prefect|premier|chancellor)$", src.name)), None)
        named = holder.name if holder is not None else None
        if named is None:
            before = _office_holder_before(state, m.start)
            named = core_name(before) if before is not None else None
        if named is not None:
            return canonical_source(state, Mention(text=f"{named}'s office", start=m.start, end=m.end))
    if hers and state.last_person is not None and state.last_person.kind not in ("person", "anonymous") \
            and not state.last_person.members and hers.group(1).lower() in L.ORG_ROLE_HEADS:
        # rule ``his_body``: "Interior Minister Helena Matusse said ... Her ministry had recorded 236
        # acts of violence": the body the person speaks for
        return replace(state.last_person, text=m.text)
    if (m.pronoun or not m.members and m.text.strip().lower() in ("its", "their")) and m.text.strip().lower() in POSSESSIVE_PRONOUNS:
        m = replace(m, text=POSSESSIVE_PRONOUNS[m.text.strip().lower()], pronoun=True)  # "Its count": whoever "it" is
    sec = _SECRETARY_RE.match(m.text) if not m.members and not m.is_person and not m.pronoun else None
    if sec is not None:
        # rule ``secretary_of_department``: "America's defence secretary announced" is the Pentagon,
        # "the home secretary" the country's interior ministry (like ``minister_role``)
        ok, country = _office_country(state, sec, m.affiliation)
        field = sec.group("field").lower()
        if ok and country in ("United States", "U.S.", "US", None) and field in ("defense", "defence", "war", "state"):
            return _canonical_source(state, Mention(text="U.S. State Department" if field == "state" else "Pentagon",
                                                    start=m.start, end=m.end))
        if ok and country:
            field = {"home": "interior", "war": "defence", "state": "foreign"}.get(field, field)
            return _canonical_source(state, Mention(text=f"{demonym(country)} {field} ministry", start=m.start, end=m.end))
    office = re.sub(r"(?i)['’]s?(?: office)?$", "", core_name(m)) if not m.members and not m.is_person and re.search(
        r"(?i)minister|premier|police", m.text) else ""  # (core_name only for what can be an office)
    if office and (re.search(
            r"(?i)\b(minister|premier|police (?:commissioner|chief|commander|inspector[- ]general|superintendent))$", office)
            or _MINISTER_OF_RE.match(office)):
        # (also "the Prime Minister's Office said": the office of a minister speaks for what the minister does)
        body = _office_as_body(state, office, m.affiliation)
        if body is not None:
            return _canonical_source(state, Mention(text=body, start=m.start, end=m.end))
    if m.pronoun or m.role:
        target = None
        if m.pronoun and m.text.lower() in ("he", "she"):
            target = state.last_person or state.last_source
            if target is not None and target is not state.last_person and (_plural_group(target) or target.members):
                # rule ``he_is_one``: "he" is never a group ("Sri Lankans", "survivors") nor two bodies
                # ("The army and civil protection have put up 17,500 tents"): the latest single source before it
                joint = {x.strip().lower() for x in (*target.members, *target.name.split(" + "))} \
                    if target.members else set()
                target = next((s for _, s in reversed(state.sources) if not _plural_group(s) and not s.members
                               and s.name.lower() not in joint), None)
            if target is None:
                holder = _office_holder_before(state, m.start)
                if holder is not None:
                    # rule ``he_office_holder``: "Okinawa's governor was unimpressed. '...,' he told
                    # reporters": with no speaker before, "he" is the office holder just named
                    return canonical_source(state, holder)
        elif m.pronoun and m.text.lower() == "it":
            # "it" is an organisation, never a plural group ("survivors", "officials"), named before it
            # (not "the police" quoted later in the same sentence: "Its general secretary says ... the
            # police 'counted the people on the square'")
            target = next((s for k, s in reversed(state.sources) if state.source_pos.get(k, -1) < m.start
                           and s.kind not in ("person", "anonymous") and not s.members
                           and not (s.name.islower() and _head_word(s.name).endswith("s"))
                           and _head_word(s.name) not in _HOLDER_HEADS), None)
            if target is None and state.last_org is not None and state.last_org.start < m.start:
                # rule ``it_named_org``: "the disaster agency AFAD is the only official source. Its
                # figures put ...": an organisation named without speaking yet
                return canonical_source(state, replace(state.last_org, text=state.last_org.text))
        elif m.role and _head_word(re.sub(r"['’]s\b", "", m.text)) == "government" and (m.affiliation or state.last_country):
            # rule ``the_government``: "the government", "Congo's government" is the government of
            # that country (or of the country the report is about), never one of its ministries;
            # "the regional government" is the government of the region named last
            country = m.affiliation or _story_country(state)
            name = f"{demonym(country)} government"
            level = re.search(r"(?i)\b(regional|provincial|prefectural|state|municipal|county|city|local|district)\s+government$", m.text)
            if level:
                kind = L.ADMIN_KINDS.get(level.group(1).lower())
                place = state.places_by_kind.get(kind) if kind else None
                place = place or (state.last_city if kind in ("municipality", "city", "town") else state.last_region)
                name = f"{place} {level.group(1).lower()} government" if place else f"{level.group(1).lower()} government"
            known = next((s for _, s in reversed(state.sources) if name_key(s.name) == name_key(name)), None)
            if known is not None:
                return replace(known, text=m.text)
            src = Source(text=m.text, name=name, kind="government", affiliation=country)
            state.sources.append((name_key(name), src))
            return src
        elif m.role and re.fullmatch(r"(?i)(?:the\s+)?(?:country['’]s\s+)?president", m.text.strip()) \
                and not any(_head_word(s.name).lower() == "president" for _, s in state.sources) and _story_country(state):
            # rule ``the_president``: "The president has promised 60 million cedis", with no president
            # named before, is the head of state of the country the report is about
            country = _story_country(state)
            name = f"{demonym(country)} president"
            src = Source(text=m.text, name=name, kind="government", affiliation=country)
            state.sources.append((name_key(name), src))
            return src
        elif m.role:
            head = re.sub(r"['’]s?$", "", m.text.lower().split()[-1])
            kinds = L.ROLE_KINDS.get(head, ())
            if head in DOCUMENT_ROLES or re.match(r"^(its|their)\b", m.text.lower()):
                # "the bulletin said", "its spokesman said": the issuer named last
                kinds = kinds or ("intelligence", "international", "government", "military", "ngo", "media",
                                  "other", "anonymous")
            candidates = [s for _, s in reversed(state.sources) if not s.members and s.name not in _COUNTRIES]
            if head in L.ORG_ROLE_HEADS:
                # rule ``body_not_holder``: "the agency says" is a body, never the governor or a mayor
                candidates = [s for s in candidates if _head_word(s.name) not in _HOLDER_HEADS]
            if m.affiliation:
                # "the Israeli military" only points back to an Israeli source
                candidates = [s for s in candidates if s.affiliation == m.affiliation or
                              m.affiliation.lower() in s.name.lower()]
            if m.role_words:
                # rule ``described_role``: "the rights group" is a source whose name has "rights"
                candidates = [s for s in candidates if all(
                    w in re.findall(r"[\w-]+", " ".join((s.name, *s.aliases)).lower())
                    or (w == "un" and s.kind == "international") for w in m.role_words)]
            if "same" in m.text.lower().split() and candidates:
                target = candidates[0]  # "the same team": whoever was just named
            if head == "force" and not m.role_words:
                # "the force had expected 25,000", "according to the force": a police force named before
                target = next((s for s in candidates if "police" in s.name.lower() or _head_word(s.name) in (
                    "gendarmerie", "constabulary", "yard", "force")), None) or next(
                    (s for s in candidates if s.kind == "military"), None)
            if head == "minister":
                # rule ``the_minister``: "the minister said" is the ministry whose minister spoke
                # before ("Portugal's interior minister, Helena Vasconcelos, ..."), not the MP quoted since
                target = next((s for s in candidates if re.search(r"(?i)\bminist(?:ry|er)\b", s.name)), None)
            if head in DOCUMENT_ROLES and not re.match(r"^(its|their)\b", m.text.lower()):
                # "the statement said": the body that spoke last issued it
                target = next((s for s in candidates if s.kind not in ("person", "anonymous")), None)
            # the nearest source whose name has the role word, else the nearest of the likeliest kind
            target = target or next((s for s in candidates if _head_word(s.name) == head or f"the {head}" in s.aliases), None)
            if head in L.NAMED_BODY_HEADS and target is None:
                # rule ``body_named_before``: "the party says" is the party named before, speaking or
                # not ("the Communist party, the KKE, led a march"); with none, "party" as written
                named = _named_body(state, head, m.start)
                if named is not None:
                    return canonical_source(state, named)
                if head not in L.ROLE_KINDS:
                    # ("the intelligence service", with no service named, may still be the military
                    # intelligence that briefed: a role with kinds of its own looks for them)
                    kinds = ()
                    candidates = []
            for kind in kinds:
                if target is not None:
                    break
                target = next((s for s in candidates if s.kind == kind), None)
            named_org = _org_named_before(state, m.start) if re.match(r"^(its|their)\b", m.text.lower()) else None
            if target is None and named_org is not None and not any(s.kind not in ("person", "anonymous")
                                                                    for _, s in state.sources):
                # rule ``it_named_org``: "... comes from the National Coordination Centre for Disaster
                # Management (NCCR). Its bulletin listed 1,840": the organisation named, speaking or not;
                # "in the mortuary of Kamuzu Central Hospital, its director, Dr Peter Chilenga, told the
                # Times": the one named before "its", not the paper named after it
                return canonical_source(state, named_org)
            if target is None and head in ("spokesman", "spokeswoman", "spokesperson", "spokespeople"):
                # "A spokesman said ...": for the organisation that spoke last
                target = next((s for s in candidates if s.kind not in ("person", "anonymous", "media")), None)
            if target is None and head in L.ORG_ROLE_HEADS:
                # "the office said", "the group said": the organisation named last, unless its own
                # name says it is another kind of body ("the group" is not "the army")
                target = next((s for s in candidates if s.kind not in ("person", "anonymous", "media")
                               and _head_word(s.name) not in _BODY_HEADS - {head}), None)
        elif m.pronoun and m.text.lower() == "they":
            # "they" points back to a group ("Western officials"), else to whoever spoke last
            target = next((s for _, s in reversed(state.sources[-4:]) if s.kind == "anonymous"
                           or (s.name.split()[-1].islower() and s.name.endswith("s"))), None) or state.last_source
        if target is not None:
            return Source(text=m.text, name=target.name, kind=target.kind, members=target.members,
                          affiliation=target.affiliation, aliases=target.aliases)
        if m.role and m.person_name and not m.is_person and not m.by_office and not m.pronoun \
                and re.fullmatch(r"(?i)(?:the\s+)?\w+['’]s?", m.text.strip()):
            # "The unit's coordinator, Memory Hang'andu," with no unit named before: the person, by name
            return _canonical_source_once(state, Mention(text=m.person_name, start=m.start, end=m.end,
                                                         is_person=True, person_name=m.person_name))
    name = _place_owner(state, _its_owner(state, core_name(m)), m.text, m.start)
    office = _OFFICE_OF_RE.match(name)
    if office and state.last_country:
        # rule ``office_of_holder``: "the office of the police inspector general" speaks for the police
        name = f"{state.last_country} {office.group(1).lower()}"
    if m.role and not m.affiliation and state.last_country and _MINISTRY_RE.fullmatch(name):
        # rule ``the_ministry``: "The defence ministry said ..." in a report about Colombia, with no
        # ministry named before, is Colombia's ("Colombian defence ministry"); in a report filed
        # from "URALSK, Kazakhstan", Kazakhstan's, even right after "Russian citizens"
        name = f"{demonym(state.dateline_country or state.last_country)} {name}"
    if re.fullmatch(r"(?i)(?:the )?red cross", name.strip()):
        name = _bare_red_cross(state)
    name = name if name == "Red Cross" else known_org(name) or name
    for k, (key, s) in enumerate(state.sources):
        if s.members:
            continue
        if same_source(name, "person" if m.is_person else "org", s.name, "person" if s.kind == "person" else "org") \
                or name in s.aliases and not re.match(r"(?i)(?:its|their|his|her)\s", m.text):
            # ("For comparison, last year's Zagreb Pride drew about 500, its organisers say": not the
            # organisers named before)
            if set(m.aliases) - set(s.aliases):  # learn what it is also called ("the group")
                s = replace(s, aliases=tuple(dict.fromkeys((*s.aliases, *m.aliases))))
                state.sources[k] = (key, s)
            if s.kind == "person" and len(name) > len(s.name):
                return Source(text=m.text, name=name, kind="person", affiliation=s.affiliation or m.affiliation)
            return Source(text=m.text, name=s.name, kind=s.kind, members=s.members,
                          affiliation=s.affiliation or m.affiliation, aliases=s.aliases)
    kind = source_kind(name, m.is_person)
    affiliation = m.affiliation
    if affiliation is None and kind != "person":
        # "South Korea National Intelligence Service": an organisation named with its country
        for country_word, country in L.COUNTRY_ADJECTIVES.items():
            if re.match(rf"{re.escape(country_word)}\b", name, re.I):
                affiliation = country
                break
    if affiliation and name_key(affiliation) == name_key(name):
        affiliation = None
    src = Source(text=m.text, name=name, kind=kind, affiliation=affiliation, aliases=m.aliases)
    state.sources.append((name_key(name), src))
    return src


# --- the extractor ----------------------------------------------------------------------------

#: Nouns for people who are only ever counted as sources ("two US officials said").
_SOURCE_COUNT_NOUNS = {"officials", "sources", "diplomats", "analysts", "experts", "observers", "insiders", "lawmakers",
                       "spokespeople", "spokesmen", "representatives", "aides", "envoys", "ministers", "officers"}


_DURATION_NOUNS = {"days", "weeks", "months", "years", "hours", "nights", "minutes", "day", "week", "month", "year"}


#: "a woman of 70", "a mother of four": the number after "of" is an age or a family.
_PERSON_OF_AGE = {"man", "woman", "boy", "girl", "mother", "father", "widow", "widower", "grandmother",
                  "grandfather", "child"}


def _skip(q: Quantity, span, sent) -> str | None:
    """``skip_*`` rules: figures that are not claims."""
    first = span[0]
    before = sent.doc[first.i - 1] if first.i > sent.start else None
    if any(t.ent_type_ in _NAME_ENTS for t in span if t.like_num):
        return "skip_in_name"  # "Visegrád 24", "Route 9 Group"
    if before is not None and before.pos_ == "PROPN" and q.kind == "exact" and "," not in q.text \
            and (span.end >= sent.end or not sent.doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ")):
        return "skip_in_name"
    head = span[-1].head if span[-1].dep_ == "nummod" else None
    if head is not None and q.kind == "exact" and head.lower_ in _SOURCE_COUNT_NOUNS and (
            (head.dep_ in ("nsubj",) and head.head.lemma_.lower() in L.CUE_VERBS)
            or (head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according")
            or (head.dep_ == "dobj" and head.head.lower_ in ("citing", "quoting"))):
        return "skip_source_count"  # "according to two US officials": how many spoke, not a claim
    if re.match(r"0\d", q.text) and q.kind in ("exact", "range"):
        return "skip_leading_zero"  # "01-4200182", "0800 500 120": a number to dial, not a count
    value = q.low if q.low is not None else q.high
    before2 = sent.doc[first.i - 2] if first.i - 2 >= sent.start else None
    if before is not None and before.lower_ in ("the", "these", "those", "both", "its", "their", "his", "her", "our") \
            and value is not None and value < 100 and q.kind == "exact" \
            and not (before2 is not None and before2.lower_ in ("of", "all")):  # "Of the 57 people on board"
        return "skip_definite_small"  # "the two forces"
    nxt_tok = sent.doc[span.end] if span.end < sent.end else None
    if q.kind == "exact" and re.fullmatch(r"(19|20)\d\d", q.text) and (
            nxt_tok is None or (nxt_tok.lower_ not in L.CIVILIAN_NOUNS and nxt_tok.lower_ not in L.FORCE_NOUNS
                                and _category_window(nxt_tok.lower_) is None)):
        return "skip_year"  # "the institute's 2024 annual review"
    if q.unit == "count" and value is not None and value < 2 and q.kind == "exact":
        # ... unless it is one item of a count: "14 civilians and one soldier had been killed",
        # "12 killed, including one soldier", "Seven more died in X and one in Y" (rule ``one_in_a_list``)
        prev = [t for t in sent.doc[max(sent.start, first.i - 5):first.i]]
        listed = bool(prev) and (prev[-1].lower_ in ("and", "including", "plus") and any(
            t.like_num and not t.is_punct for t in prev[:-1]) or prev[-1].lower_ == "including"
            or (prev[-1].lower_ == "and" and first.head.dep_ == "conj" and first.head.head.like_num))
        nxt = sent.doc[span.end] if span.end < sent.end else None
        if not listed or nxt is None or nxt.lower_ in ("of", "another", "way", "more", "day", "time"):
            return "skip_one"
    after = sent.doc[span[-1].i + 1] if span[-1].i + 1 < len(sent.doc) else None
    if after is not None and after.text in ("-", "–") and after.idx == span[-1].idx + len(span[-1].text) \
            and span[-1].i + 2 < len(sent.doc) and sent.doc[span[-1].i + 2].lower_ not in L.HYPHEN_COUNT_WORDS:
        return "skip_hyphen_measure"  # "a nine-storey building", "a three-hour battle"
    following = sent.doc[span.end:min(span.end + 5, sent.end)]
    names = []
    for t in following:
        if t.pos_ != "PROPN" and not t.text[:1].isupper():
            break
        names.append(t)
    if names and names[-1].lower_ in L.ADDRESS_WORDS and q.kind == "exact":
        return "skip_address"  # "at 13 Nikole Pašića Square", "10 Downing Street"
    window = [t.lower_ for t in sent.doc[max(sent.start, first.i - 4):first.i]]
    if any(w in L.PHONE_CONTEXT for w in window) and "," not in q.text and q.kind == "exact":
        return "skip_phone"  # "call the emergency line, 101, or 0800 500 120"
    nxt = sent.doc[span[-1].i + 1] if span[-1].i + 1 < sent.end else None
    if nxt is not None and nxt.lower_ in ("times", "days", "weeks", "months", "years", "hours", "minutes",
                                          "kilometres", "kilometers", "km", "miles", "metres", "meters",
                                          "mm", "kg", "tons", "tonnes", "rounds", "occasions", "decades",
                                          "nautical", "pages", "feet", "inches", "degrees", "knots",
                                          "millimetres", "millimeters", "centimetres", "centimeters", "mph",
                                          "metres-high", "storeys", "floors", "litres", "liters", "gallons",
                                          "nights", "generations", "kilograms", "kilogrammes", "kilos", "grams"):
        return "skip_measure"
    if nxt is not None and nxt.text == "(" and span[-1].i + 4 < sent.end and sent.doc[span[-1].i + 2].like_num \
            and sent.doc[span[-1].i + 3].text == ")" and sent.doc[span[-1].i + 4].lower_ in _DURATION_NOUNS:
        return "skip_measure"  # "for sixty (60) days": a duration written twice
    if nxt is not None and nxt.text == ")" and span[-1].i + 2 < sent.end and sent.doc[span[-1].i + 2].lower_ in _DURATION_NOUNS \
            and first.i > sent.start and sent.doc[first.i - 1].text == "(":
        return "skip_measure"  # ... and its figures in brackets
    low_before = doc_text(sent.doc)[max(sent.start_char, q.start - 40):q.start].lower()
    if value is not None and value < 120 and q.unit == "count" and (
            re.search(r"\bage\b[^.,;:]{0,25}$", low_before)
            or re.search(r"\b(?:most|many|all|mostly|half)\b[^.;:]{0,40}\b(?:were|are)\s*$", low_before)
            and re.match(r"(?i)(?:under|over|below|above)\s", q.text)
            and (nxt is None or nxt.is_punct or nxt.lower_ in ("years", "and"))):
        return "skip_age"  # "the retirement age rises from 50 to 55", "most of the wounded were under 30"
    if re.match(r"\s+and a half\s+(years|months|weeks|days|hours)\b", doc_text(sent.doc)[q.end:q.end + 24].lower()):
        return "skip_measure"  # "after three and a half years"
    if before is not None and before.lower_ in ("magnitude", "category", "level", "force", "page", "pages"):
        return "skip_measure"  # "a magnitude 6.4 earthquake", "on page 41"
    if re.search(r"\b(pages?|paragraphs?|articles?|sections?|chapters?)\s+\d+\s*(to|-|–|and|through)\s*$",
                 doc_text(sent.doc)[max(sent.start_char, q.start - 30):q.start].lower()):
        return "skip_measure"  # "on pages 22 to 27"
    if re.search(r"\b(age of|aged|ages)\s*$", doc_text(sent.doc)[max(sent.start_char, q.start - 12):q.start].lower()):
        return "skip_age"  # "children under the age of 15"
    if q.kind == "exact" and value is not None and value < 120 and before2 is not None and (
            before.text == "," and nxt is not None and nxt.text in (",", ".") and before2.ent_type_ == "PERSON"
            or before.lower_ == "of" and before2.lower_ in _PERSON_OF_AGE):
        # rule ``skip_name_age``: "Delfín Aguilera, 34, of Ybyrarobaná", "Ko Thiha Zaw, 34, repairs"; "a
        # woman of 70", "a mother of four": an age or a family, not a count
        return "skip_age"
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is not None and counted.lower_ in L.SOURCE_COUNT_NOUNS and counted.dep_ == "nsubj" \
            and value is not None and value < 20 and q.kind == "exact" \
            and counted.head.lemma_.lower() in L.CUE_VERBS:
        return "skip_source_count"  # "Two congressional officials said": who speaks, not a figure
    if nxt is not None and nxt.text in ("-") and sent.doc[nxt.i + 1].lower_ in ("day", "week", "month", "year", "hour"):
        return "skip_measure"
    return None


def doc_claims(doc, meta: dict | None = None) -> list[Claim]:
    """All claims of a parsed document. ``meta``: ``id`` and ``published`` (ISO date)."""
    meta = meta or {}
    state = DocState(doc_id=meta.get("id") or "doc", published=meta.get("published"), outlet=meta.get("outlet"),
                     displacement_story=displacement_story(doc_text(doc)),
                     voyage_story=len(_VOYAGE_RE.findall(doc_text(doc))) >= 2,
                     doc_country=doc_country(doc, meta.get("title")), text=doc_text(doc))
    state.release = republished_release(doc)
    claims: list[Claim] = []
    found: list[Quantity] = []  # every figure, sentence by sentence (``doc._.quantities``)
    doc.user_data["crosscheck_quantities"] = found
    sents = list(doc.sents)
    for si, sent in enumerate(sents):
        state.sentence_index = si
        state.resolved = {}
        state.sent_start = sent.start_char
        next_sent = sents[si + 1] if si + 1 < len(sents) else None
        sentence = Sentence(doc=state.doc_id, index=si, start=sent.start_char, end=sent.end_char, text=sent.text)
        # who the sentence names first, so "Congo's government ...: its spokesman said" resolves
        _remember_places(state, sent)  # "a South Korean lawmaker ... the country's spy agency"
        publishers = _register_sources(state, sent)
        quantities = [q.shifted(sent.start_char) for q in find_quantities(sent.text)]
        found.extend(quantities)
        sent_claims: list[Claim] = []
        for q in quantities:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if _skip(q, span, sent):
                continue
            claim = _numeric_claim(state, doc, sent, sentence, q, span, next_sent, sent_claims, quantities)
            if claim is not None and claim.quantity.kind == "fraction" and any(
                    c.quantity is not None and c.quantity.unit == "count" and c.quantity.kind != "fraction"
                    and c.category == claim.category for c in sent_claims):
                # rule ``fraction_part_stated``: "over 3,000 killed or wounded, roughly a quarter of the
                # 12,000 deployed": the part is stated, so the quarter is only a share, not a new count
                continue
            total = _restated(doc, sent, claim, claims + sent_claims) if claim is not None else None
            if total is not None:
                part = sent_claims[-1] if sent_claims else None
                if part is not None and "category_none" in part.rules and total.category != "other" \
                        and re.fullmatch(r"\s*of the\s*", doc_text(doc)[part.quantity.end:claim.quantity.start]):
                    # rule ``category_part_of_total``: "Four of the nine were police officers": the part
                    # counts what the total it is part of counted
                    sent_claims[-1] = replace(part, category=total.category, rules=tuple(
                        "category_part_of_total" if r == "category_none" else r for r in part.rules))
                    state.prev_category = state.last_category = total.category
                continue
            if claim is not None:
                sent_claims.append(claim)
        sent_claims.extend(_multiples(state, doc, sent, sentence, next_sent, sent_claims, claims))
        if not sent_claims and publishers:
            # "X released its bulletin." hands X to the figures of the next sentences
            state.carry = (publishers[-1], _text_end(sent), "publisher")
        stances = _stance_on_figures(state, sent, sentence, sent_claims, claims)
        if not sent_claims and not stances:
            nc = _non_numeric_claim(state, sent, sentence)
            if nc is not None:
                sent_claims.append(nc)
        claims.extend(sent_claims)
        shares = _shares_of_previous(state, sent, sent_claims, claims[:len(claims) - len(sent_claims)])
        claims.extend(shares)
        claims.extend(stances)
    return _merge_descriptions(claims, state)


_RESTATED_BEFORE_RE = re.compile(r"(?:\bthe|['’]s|s['’]|\bfigure of|\bnumber of|\btotal of|\ball|\bour|\bits|\btheir|\bthose|"
                                 r"\bthese)\s+$", re.I)


def _restated(doc, sent, claim: Claim, earlier: list[Claim]) -> Claim | None:
    """rule ``skip_restated``: "the state's 64", "the figure of 612", "all 12 are among the 86", "Our
    212 is roughly 43 per cent higher": a figure given before, named again with a determiner, is
    no new claim (a denial of it is read by ``stance_on_figure``). Returns the earlier claim it names
    again, else None."""
    q = claim.quantity
    if q is None or q.kind != "exact" or claim.stance != "asserted" or not re.fullmatch(
            r"[a-z]+|(?:[£$€]\s?)?[\d,.]+(?:\s?(?:million|billion|bn|m))?", q.text):
        return None
    before = doc_text(doc)[max(0, q.start - 20):q.start]
    if not _RESTATED_BEFORE_RE.search(before):
        return None
    # "Four of the nine were police officers": a part of a total given before names it again, whoever
    # gave it (a word number too)
    part_of = bool(re.search(r"\b(?:\w+|\d[\d,.]*) of the\s+$", before))
    if any(t.lemma_.lower() in L.DENIAL_VERBS | L.ACKNOWLEDGE_VERBS | _LABEL_VERBS for t in sent) \
            or _DENIAL_PHRASE_RE.search(sent.text.lower()):
        return None  # "the home minister calls Bersih's 300,000 'a number invented'": the denial reads it
    # (only in the outlet's voice or by the same source: "Police Scotland told me it has never given a
    # figure of 10,000" is a claim of its own)
    return next((c for c in reversed(earlier) if c.quantity is not None and c.quantity.unit == q.unit
                 and c.quantity.low == q.low and c.quantity.high == q.high and c.quantity.start < q.start
                 and (claim.source is None or c.source_name == claim.source_name or part_of)), None)


_MULTIPLE_RE = re.compile(
    r"(?i)\b(?:(about|roughly|around|nearly|almost|some|more than|at least)\s+)?("
    + "|".join(sorted((re.escape(k) for k in L.MULTIPLES), key=len, reverse=True))
    + r")\s+(as many|as much|that|the number|that figure|that number|the total)\b")


def _multiples(state: DocState, doc, sent, sentence, next_sent, sent_claims: list[Claim], earlier: list[Claim]) -> list[Claim]:
    """rule ``multiple_of_previous``: "4,700 houses had been destroyed and about twice as many
    damaged" (9,400), "the final bill could be twice that" (twice the sum before): the computed
    value, approximate, counting what the window after it says (else what the figure before counted)."""
    out = []
    for m in _MULTIPLE_RE.finditer(sent.text):
        start = sent.start_char + m.start()
        prev = next((c for c in reversed(sent_claims) if c.quantity is not None and c.quantity.end <= start
                     and c.quantity.point is not None), None)
        if prev is None and not any(c.quantity is not None and c.quantity.start < start for c in sent_claims):
            prev = next((c for c in reversed(earlier[-6:]) if c.quantity is not None and c.quantity.point is not None
                         and c.quantity.unit in ("count", "money")), None)
        if prev is None:
            continue
        factor = L.MULTIPLES[m.group(2).lower()]
        value = round(prev.quantity.point * factor)
        q = Quantity(text=m.group(0), start=start, end=sent.start_char + m.end(), low=value, high=value, approx=True,
                     unit=prev.quantity.unit, kind="multiple", of_total=prev.quantity.point)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        claim = _numeric_claim(state, doc, sent, sentence, q, span, next_sent, sent_claims)
        if claim is None:
            continue
        rules = (*claim.rules, "multiple_of_previous")
        if claim.category == "other" and "category_none" in claim.rules:
            claim = replace(claim, category=prev.category)
        out.append(replace(claim, rules=rules, what=claim.what or prev.what, subject=claim.subject or prev.subject))
    return out


#: Words around a figure that make it a poll's sample ("a poll of 800 residents", "questioned 1,020
#: adults", "surveyed 1,100 marchers", "interviewed 2,262").
_SAMPLE_RE = re.compile(r"(?i)\b(?:polls?|survey(?:ed|s)?|questioned|interviewed|sampled?|respondents|canvassed)\b")


def _exact_count(p: Claim) -> bool:
    return (p.quantity is not None and p.quantity.unit == "count" and p.quantity.low is not None
            and p.quantity.low == p.quantity.high and p.stance == "asserted")


def _shares_of_previous(state: DocState, sent, sent_claims: list[Claim], earlier: list[Claim] = ()) -> list[Claim]:
    """rule ``share_of_previous``: "2,300 wounded patients, about a third of them children" — a
    share "of them/of whom/of those (affected)" counts that share of the figure just before it, in
    the sentence or, when the sentence has none, in the sentences before."""
    out = []
    for i, c in enumerate(sent_claims):
        q = c.quantity
        if q is not None and q.unit == "percent" and q.kind != "share" and q.share is None and q.of_total is None \
                and q.point is not None and 0 < q.point < 100:
            # "some 40pc of them", "roughly 40 per cent of those registered": a percentage is a share too
            q = replace(q, share=q.point)
        if q is None or q.unit != "percent" or q.of_total is not None:
            continue
        after = doc_text(sent.doc)[q.end:q.end + 60].lower()
        of_words = re.match(r"\s*of ((?:[a-z-]+ ?){1,5})", after)
        noun = next((w for w in (of_words.group(1).split() if of_words else ())
                     if w in L.FORCE_NOUNS | L.CIVILIAN_NOUNS), None)
        if re.match(r"\s*of (them|those|whom|these)\b", after):
            prev = next((p for p in reversed(_people_claims(sent_claims[:i])) if _exact_count(p)), None)
            if prev is None and not any(p.quantity is not None for p in sent_claims[:i]):
                # "counted 1,041,000 ..., up from 703,000 in September. More than half of them are
                # children": them is the current figure, not the one it rose from
                prev = next((p for p in reversed(earlier[-8:]) if _exact_count(p) and not _baseline(sent.doc, p)),
                            None)
        elif noun and not any(p.quantity is not None for p in sent_claims[:i]):
            # "about a third of the Russian troops in Ukraine": a share of the troops counted before
            prev = next((p for p in reversed(earlier[-8:]) if _exact_count(p) and p.what
                         and noun in p.what.lower().split()), None)
        elif not of_words and q.kind != "share":
            # rule ``share_of_sample``: "A poll of 800 residents ... found that 78pc oppose the project",
            # "questioned 1,200 adults ...; 54 per cent said": a share of a poll's sample counts that
            # share of the people asked
            prev = next((p for p in reversed([*earlier[-4:], *sent_claims[:i]]) if _exact_count(p)
                         and _SAMPLE_RE.search(doc_text(sent.doc)[max(0, p.quantity.start - 40):p.quantity.end + 30])), None)
            if prev is None or prev.sentence.index < c.sentence.index - 1:
                continue
        else:
            continue
        if prev is None or q.share is None:
            continue
        value = round(prev.quantity.low * q.share / 100)
        # "More than half of them" is at least half the total; "fewer than a third" at most a third
        low = value if q.low is not None else None
        high = value if q.high is not None else None
        quantity = Quantity(text=q.text, start=q.start, end=q.end, low=low, high=high, approx=True,
                            unit="count", kind="fraction", of_total=prev.quantity.low, share=q.share)
        cid = "c" + short_hash(state.doc_id, q.start, q.end, "share_of_previous", length=11)
        sampled = not of_words and q.kind != "share" and not noun
        out.append(replace(c, id=cid, quantity=quantity, category="other" if sampled else prev.category,
                           rules=(*c.rules, "share_of_sample" if sampled else "share_of_previous")))
    return out


def _baseline(doc, c: Claim) -> bool:
    """The figure a revision starts from ("up from 703,000", "down from a peak of 9.1 million")."""
    before = doc_text(doc)[max(0, c.quantity.start - 30):c.quantity.start].lower()
    return bool(re.search(r"\b(up|down|rising|falling|risen|fallen)\s+from\s+(?:a peak of\s+|an? (?:earlier|previous) )?\S*\s*$",
                          before))


_FIGURE_NOUNS = {"figure", "figures", "count", "counts", "number", "numbers", "toll", "tally", "estimate", "deaths",
                 "casualties", "list",
                 "estimates", "claim", "claims", "total", "them", "it", "data", "statistics"}
_PLURAL_FIGURE_NOUNS = {"figures", "numbers", "counts", "estimates", "claims", "them", "data", "statistics"}
_CATEGORY_OBJECT_NOUNS = {"deaths", "casualties"}  # name a category, not a figure: its headline figure
#: What a source may reject besides a figure noun, when it rejects it outright ("called that
#: 'a cynical lie'", "dismissed that as guesswork", "a post ... that claimed 20 deaths").
#: Not "reports", "the account", "the suggestion that ...": those name a story, and rejecting it is
#: a proposition, not a denial of a figure.
_DISMISSED_NOUNS = {"that", "this", "post", "rumour", "rumor", "video", "message"}
#: A story the sentence just before told ("The Lima daily reported that soldiers had buried 'more
#: than 40'. The ministry called the report 'fiction'."): rejecting "the report" outright rejects its
#: figure, but not "reports of a build-up" or "the report that ..." (a story, a proposition).
_DISMISSED_STORIES = {"report", "story", "article"}
_LABEL_VERBS = {"call", "describe", "label", "brand", "term", "characterise", "characterize"}
_DISMISSIVE_VERBS = _LABEL_VERBS | {"say", "tell", "write", "insist", "add"}


def _own_clause(verb, relative: bool = False) -> list:
    """The tokens of ``verb``'s own clause after it: not a clause joined to it ("called that a lie,
    saying the hall was empty", "and said four were missing"), nor a relative clause inside it
    unless ``relative``."""
    skip: set[int] = set()
    for t in verb.subtree:
        if t.i > verb.i and ((t.dep_ == "relcl" and not relative)
                             or (t.head.i == verb.i and t.dep_ in ("advcl", "conj", "cc", "parataxis"))):
            skip.update(x.i for x in t.subtree)
    return [t for t in verb.subtree if t.i > verb.i and t.i not in skip]


def _dismissive(verb) -> bool:
    """rule ``dismissive_label``: "called that figure 'irresponsible speculation'", "said that is
    'not a number we recognise'": what the verb says of its object rejects it. Only the verb's own
    words count (see ``_own_clause``)."""
    if verb.lemma_.lower() not in _DISMISSIVE_VERBS:
        return False
    if any(t.lower_ in L.DISMISSIVE_WORDS for t in _own_clause(verb)):  # not "a number that proved wrong"
        return True
    said = " ".join(t.lower_ for t in _own_clause(verb, relative=True))  # "not a number we recognise"
    return any(p in said for p in L.DISMISSIVE_PHRASES)


def _line_speaker(state: DocState, sent) -> Mention | None:
    """Who speaks a sentence in the first person: its transcript label, else the quotation's speaker."""
    speaker = _transcript_speaker(state, sent.doc, sent)
    if speaker is None:
        quoted = _quote_speaker(sent.doc, sent)
        speaker = quoted[0] if quoted else None
    return speaker


def _stance_on_figures(state: DocState, sent, sentence: Sentence, here: list[Claim], before: list[Claim]) -> list[Claim]:
    """rule ``stance_on_figure``: "The Israeli military disputes the count", "a figure the ministry
    dismissed as propaganda", "Kyiv has not confirmed the figure": the figure named just before is
    also a claim of the denier, with its stance (denied / not_acknowledged)."""
    out: list[Claim] = []
    denial_phrase = bool(_DENIAL_PHRASE_RE.search(sent.text.lower()))
    for t in sent:
        lemma = t.lemma_.lower()
        said_false = lemma in L.CUE_VERBS | _LABEL_VERBS and t.pos_ == "VERB" and (denial_phrase or _dismissive(t))
        # rule ``spoken_denial``: a speaker's own "That is false." / "That number is wrong." (a
        # transcript line or a quotation): the figure before is denied by whoever speaks
        said_is_false = lemma == "be" and t.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.lower_ in {"that", "this", "it"} | _FIGURE_NOUNS for c in t.children) and any(
            x.lower_ in L.DISMISSIVE_WORDS and x.dep_ in ("acomp", "attr", "conj", "amod") for x in _own_clause(t))
        verb_like = t.pos_ in ("VERB", "AUX") or (t.dep_ == "relcl" and t.pos_ == "NOUN")  # "a figure Israel disputes"
        if said_is_false:
            speaker = _line_speaker(state, sent)
            obj = next(c for c in t.children if c.dep_ == "nsubj")
            if speaker is not None:
                out.extend(_stance_claims(state, sent, sentence, t, obj, canonical_source(state, speaker), "denied",
                                          here, before))
            if out:
                break
            continue
        if not verb_like or (lemma not in L.DENIAL_VERBS | L.ACKNOWLEDGE_VERBS and not said_false):
            continue
        answer = _asked_answer(t) if lemma in L.ACKNOWLEDGE_VERBS and not _negated(t) else None
        if answer is not None:
            # rule ``asked_to_confirm``: "Asked whether the office could confirm reports in the Kinshasa
            # press that as many as 1,000 had died, Holmqvist said it could not": the one who answers
            # has not acknowledged the figure asked about
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            subj = _verb_subject(answer)
            if obj is not None and subj is not None:
                denier = canonical_source(state, source_mention(subj))
                asked = [c for c in here if c.quantity is not None and t.idx < c.quantity.start < t.head.right_edge.idx]
                out.extend(_stance_claims(state, sent, sentence, t, obj, denier, "not_acknowledged", asked, before))
                if out:
                    break
            continue
        if lemma in L.ACKNOWLEDGE_VERBS and not _negated(t):
            continue
        story = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in _TOLD_STORIES), None)
        told = [c for c in here if c.quantity is not None and story is not None
                and story.idx < c.quantity.start < t.right_edge.idx + len(t.right_edge.text)]
        teller = _verb_subject(t) if told else None
        if lemma in L.DENIAL_VERBS and teller is not None and teller.lower_ not in L.NON_SOURCE_NOUNS \
                and teller.dep_ in ("nsubj", "nsubjpass", "appos") and teller.i < t.i:
            # rule ``dismissed_report``: "A COPECO spokesman dismissed a report on a television channel that
            # 1,500 had died as 'irresponsible'": the report's figure (its own claim) is denied by the speaker
            denier = canonical_source(state, source_mention(teller))
            out.extend(_stance_claims(state, sent, sentence, t, story, denier, "denied", told, before))
            if out:
                break
            continue
        if lemma == "verify":
            continue  # "could not independently verify the figures" is a hedge (see _hedges), not a stance
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if t.dep_ == "relcl" and t.head.lower_ in _FIGURE_NOUNS:
            objs.append(t.head)  # "a figure the ministry dismissed"
        if said_false:
            # "said the UN figures were fabricated", "said it had never given that figure": the figure
            # noun in what was said
            objs += [g for c in _complements(t) for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "dobj")]
            # "had seen 'nothing that supports that number'": the figure named with "that" deeper in
            objs += [g for c in _complements(t) for g in c.subtree if g.lower_ in _FIGURE_NOUNS and any(
                d.dep_ == "det" and d.lower_ in ("that", "this") for d in g.children)]
        # "has not commented on the group's death toll", "has not acknowledged any of the deaths";
        # "dismissed as 'false' a post that claimed ..." (the object parsed under "as")
        objs += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "as")
                 for g in c.children if g.dep_ == "pobj"]
        if said_false and lemma in _LABEL_VERBS:
            # "called the report \"fiction\"" parsed with the object inside the label
            objs += [c for o in t.children if o.dep_ == "oprd" for c in o.children
                     if c.dep_ in ("nmod", "compound", "dobj") and c.pos_ in ("NOUN", "PRON") and c.i < o.i]
        if said_false and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("that", "this", "it"):
            objs.append(t.doc[t.i + 1])  # "called that 'a number with no evidence behind it'"
        objs = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"), o) if o.lower_ in ("any", "all", "none", "some") else o for o in objs]
        # "dismissed that as 'guesswork'", "called that 'a lie'" -- but not a bare "rejected that"
        dismissed_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children) or any(
            g.dep_ == "prep" and g.lower_ == "as" for o in objs for g in o.children)  # "dismissed that as ..."
        nouns = _FIGURE_NOUNS | (_DISMISSED_NOUNS if said_false or (lemma in L.DENIAL_VERBS and dismissed_as) else set())
        if said_false or (lemma in L.DENIAL_VERBS and dismissed_as):
            nouns = nouns | {o.lower_ for o in objs if _dismissed_story(o)}
        obj = next((o for o in objs if o.lower_ in nouns), None)
        if obj is None:
            continue
        subj = _verb_subject(t)
        if subj is not None and subj.i != obj.i:
            m = source_mention(subj)
        else:
            # "The Israeli military disputes ..." parsed with the subject as modifiers of the verb
            mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.pos_ != "DET"]
            timed = [c for c in mods if c.ent_type_ in ("DATE", "TIME")]
            mods = [c for c in mods if c.ent_type_ not in ("DATE", "TIME")]
            if not mods:
                # "its secretary-general, Rosa Ayala, last night dismissed the figure": the name before
                # the time (rule ``time_is_no_subject``)
                name = token_before_time(timed[0]) if timed else None
                if name is None or name.pos_ != "PROPN":
                    continue
                m = mention_from_token(name)
            else:
                a, b = mods[0].idx, mods[-1].idx + len(mods[-1].text)
                m = Mention(text=doc_text(sent.doc)[a:b], start=a, end=b)
        if m.text.lower() in ("i", "we"):
            # "Pérez: I cannot confirm that number." -- the transcript speaker or the quoted speaker
            speaker = _line_speaker(state, sent)
            if speaker is None:
                continue
            m = speaker
        if m.pronoun and not (state.last_source or state.last_person):
            continue
        indefinite = subj is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in subj.children)
        if (indefinite or re.match(r"(?i)(a|an|some)\s", m.text)) and (subj is None or subj.lower_ not in L.SPEAKER_ROLES) and not any(
                w[:1].isupper() for w in m.text.split() if w.lower() not in ("a", "an", "some")):
            continue  # "traced to a source that could not confirm it": nobody in particular
        denier = canonical_source(state, m)
        stance = "denied" if lemma in L.DENIAL_VERBS or said_false else "not_acknowledged"
        out.extend(_stance_claims(state, sent, sentence, t, obj, denier, stance, here, before))
        if out:
            break
    return out


#: Stories that carry a figure in their own clause ("a report ... that 1,500 had died").
_TOLD_STORIES = {"report", "reports", "claim", "claims", "story", "stories", "post", "posts", "rumour", "rumours",
                 "suggestion", "suggestions", "allegation", "allegations"}


def _asked_answer(verb):
    """The answering verb of "Asked whether X could confirm ..., Y said it could not" when the answer
    is no (a negation, "declined", "would not discuss"), else None."""
    ask = verb.head
    if verb.dep_ != "ccomp" or ask.lemma_.lower() != "ask" or ask.dep_ != "advcl" or ask.tag_ != "VBN" \
            or not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return None
    main = ask.head
    asked = {x.i for x in ask.subtree}
    said = [x for x in main.subtree if x.i not in asked]
    if any(x.dep_ == "neg" or x.lemma_.lower() in ("decline", "refuse") or x.lower_ in ("cannot", "never", "no")
           for x in said):
        return main
    return None


def _dismissed_story(obj) -> bool:
    """rule ``dismissed_story``: "called the report 'fiction'", "dismissed the report as speculation":
    a singular story named with "the"/"that"/"this" and nothing said of it ("reports of a build-up",
    "the report that ...", "the report by the UN" name a story of their own)."""
    return (obj.lower_ in _DISMISSED_STORIES and obj.tag_ == "NN"
            and obj.i > 0 and obj.doc[obj.i - 1].lower_ in ("the", "that", "this")
            and not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in obj.children))


def _stance_claims(state: DocState, sent, sentence: Sentence, t, obj, denier: Source, stance: str,
                   here: list[Claim], before: list[Claim]) -> list[Claim]:
    """The claims of ``denier`` on the figures ``obj`` names (``stance_target``), said by verb ``t``."""
    points_back = (obj.lower_ in ("that", "this", "it") and (obj.dep_ not in ("mark", "nsubj") or t.lemma_.lower() in _LABEL_VERBS)
                   or any(c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these") for c in obj.children))
    if here and points_back and all(c.quantity is None or c.quantity.start > t.idx for c in here):
        # "called that 'propaganda' and said two of its men had died": "that" points back, not to
        # the figures said after it
        here = []
    # a source may deny its own figure when someone else relayed it ("it had never given that figure")
    numeric = [c for c in (here or before[-6:]) if c.quantity is not None and c.stance == "asserted"
               and c.quantity.kind not in ("fraction", "share") and (c.source_name != denier.name or c.via)]
    if here:
        numeric = [c for c in numeric if c.sentence.index == sentence.index]
    elif numeric:
        last_sentence = numeric[-1].sentence.index
        numeric = [c for c in numeric if c.sentence.index == last_sentence]
        if (obj.lower_ in ("that", "this") or obj.lower_ in _DISMISSED_STORIES) and last_sentence < sentence.index - 1:
            return []  # "dismissed that as ...": what the sentence just before said, not an older figure
    numeric = _stance_targets(obj, numeric, [c for c in before[-20:] if c.quantity is not None
                                             and c.stance == "asserted" and (c.source_name != denier.name or c.via)
                                             and c.quantity.kind not in ("fraction", "share")], state)
    if not numeric:
        return []
    targets = numeric if obj.lower_ in _PLURAL_FIGURE_NOUNS else numeric[-1:]
    out = []
    for c in targets:
        cid = "c" + short_hash(state.doc_id, c.id, denier.name, stance, length=11)
        out.append(Claim(
            id=cid, doc=state.doc_id, sentence=sentence, quantity=c.quantity, source=denier, cue=t.lemma_.lower(),
            what=c.what, subject=c.subject, category=c.category, location=c.location, hedges=(),
            certainty="certain", stance=stance, date=_date(sent, t, state.published),
            period=c.period, rules=("stance_on_figure",)))
    return out


def _complements(verb, depth: int = 3) -> list:
    """The clauses said by ``verb``: its ccomp/xcomp, and theirs (a name misparsed as a verb,
    "told the agency SANA that ...", puts one clause between)."""
    out = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            out.append(c)
            if depth > 1:
                out += _complements(c, depth - 1)
    return out


def _stance_targets(obj, numeric: list[Claim], earlier: list[Claim], state: DocState | None = None) -> list[Claim]:
    """rule ``stance_target``: which figures a denial names. "the UN figures" are the figures whose
    source is named in the object; "the death toll" is the largest death figure of the latest
    source that gave one (the headline total, not a sub-count given after it)."""
    mods = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") and c.pos_ in ("PROPN", "NOUN", "ADJ")
            or (c.dep_ == "amod" and c.pos_ == "VERB")]  # "the leaked list"
    named = [m for m in mods if m.pos_ == "PROPN" or m.ent_type_ in ("ORG", "NORP", "GPE")]
    if named:
        owner = " ".join(m.text for m in named).lower()
        country = (L.COUNTRY_ADJECTIVES.get(owner) or "").lower() or owner
        owned = [c for c in (earlier or numeric) if c.source is not None and any(
            o in c.source.name.lower() or o in (c.source.affiliation or "").lower() for o in (owner, country))]
        if owned:
            # "the UN figures": all of them; "the Ukrainian figure": its headline figure
            return owned if obj.lower_ in _PLURAL_FIGURE_NOUNS else owned[:1]
    # rule ``stance_owner``: "the relatives' figure", "the leaked figure", "the report's figure":
    # the figures of the source whose name has that word (or whose document it is)
    owner_words = [m.lower_.rstrip("s") for m in mods if m.dep_ in ("poss", "amod", "compound") and m.pos_ in ("NOUN", "VERB", "ADJ")
                   and m.lower_ not in ("official", "new", "latest", "previous", "earlier", "same", "original", "total",
                                        "death", "casualty", "civilian", "overall", "final", "initial", "higher", "lower")]
    for w in owner_words:
        owned = [c for c in (earlier or numeric) if c.source is not None and any(
            x.rstrip("s") == w for x in re.findall(r"[a-z]+", " ".join((c.source.name, *c.source.aliases)).lower()))]
        if not owned and w in ("report", "list", "study", "survey", "investigation", "analysis", "assessment") and state is not None \
                and state.last_issuer is not None:
            owned = [c for c in (earlier or numeric) if c.source_name == state.last_issuer.name]
        if owned:
            return owned if obj.lower_ in _PLURAL_FIGURE_NOUNS else owned[:1]
    roles = [m for m in mods if m.dep_ == "poss" and m.pos_ == "NOUN" and (m.lower_ in L.ORG_ROLE_HEADS or m.lower_ in L.ROLE_KINDS)]
    if roles and state is not None:
        # "the observatory's claims", "the group's death toll": the figures of that body
        owner = _canonical_source(state, mention_from_token(roles[0])).name  # an owner is not the latest speaker
        owned = [c for c in (earlier or numeric) if c.source_name == owner]
        if owned:
            return owned if obj.lower_ in _PLURAL_FIGURE_NOUNS else owned[:1]
    phrase = " ".join(m.lower_ for m in mods) + " " + obj.lower_
    cat = _category_window(phrase) if (mods or obj.lower_ in _CATEGORY_OBJECT_NOUNS) else None
    pool = earlier or numeric
    if cat is None and obj.lower_ == "toll" and not earlier and any(c.category == "killed" for c in pool):
        cat = "killed"  # "..., a toll the government dismissed": a toll counts the dead
    if cat is None and obj.lower_ in ("count", "toll", "tally", "total") and pool:
        # "disputes the count": the running total of the source that gave figures last
        latest = pool[-1].source_name
        cat = next(c.category for c in pool if c.source_name == latest)
    if cat and cat != "other":
        same = [c for c in (earlier or numeric) if c.category == cat]
        if same:  # the headline figure: the report's first figure of that kind
            return [same[0]]
    return numeric


def _register_sources(state: DocState, sent) -> list[Source]:
    """Remember who is named as speaking in a sentence, so "the agency said" later resolves.
    Returns the sources that publish something here ("X released its bulletin", "X said"): in a
    sentence without figures they hand over to the next sentences' figures (``source_carry``)."""
    publishers: list[Source] = []
    dateline_end = max(_dateline_end(sent), label_end(sent))  # never a dateline or a speaker's label
    for ent in sent.ents:
        if ent.label_ == "PERSON" and ent.root.dep_ not in ("nsubj", "nsubjpass") and _person_body(ent.root) is not None:
            # rule ``person_of_body``: "The Monitor spoke to Colonel Marcos Teixeira, who coordinates the
            # post of Operation Welcome": "Teixeira: We have 13 shelters" later speaks for it
            canonical_source(state, source_mention(ent.root))
    for t in sent:
        if t.pos_ != "VERB" and not (t.pos_ == "AUX" and t.dep_ == "ROOT"):
            continue  # rule ``person_named_here``: "The mayor of Jablanica, Mr Edin Kovač, is less inclined to wait"
        subj = _verb_subject(t) if t.lemma_.lower() in L.CUE_VERBS else next(
            (c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in L.NON_SOURCE_NOUNS or subj.pos_ == "PRON" or subj.idx < dateline_end:
            continue
        org_like = subj.lower_ in L.ORG_ROLE_HEADS or subj.lower_ in L.SPEAKER_ROLES
        named = subj.ent_type_ in ("PERSON", "ORG") or (
            (t.lemma_.lower() in L.CUE_VERBS or org_like) and (subj.ent_type_ in ("GPE", "NORP") or any(
                c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN" for c in subj.lefts)))
        if not named and subj.lower_ in _BODY_HEADS and any(c.lower_ == "the" for c in subj.children):
            named = True  # "The coast guard rescued 41 people ..., a spokesperson said"
        if not named and subj.pos_ == "PROPN" and subj.ent_type_ == "" and t.lemma_.lower() in L.CUE_VERBS \
                and (subj.lower_ in state.speaks_for or any(
                    s.kind == "person" and s.name.lower().endswith(" " + subj.lower_) for _, s in state.sources)):
            named = True  # "Arosemena said the president 'listens to everyone'": a person named before
        if not named and _named_apposition(subj) is not None:
            named = True  # "A rights monitor based in Washington, the Iran Example Rights Network, puts ..."
        if not named and subj.lower_ in L.ORG_ROLE_HEADS and any(
                p.dep_ == "prep" and p.lower_ in ("from", "at") and any(
                    x.pos_ == "PROPN" or x.ent_type_ == "ORG" for o in p.children if o.dep_ == "pobj" for x in o.subtree)
                for p in subj.children):
            named = True  # "A team from the Catholic University's urban studies laboratory ... offers": "It" later
        if not named and subj.lower_ in L.SPEAKER_ROLES and _apposed_person(subj):
            named = True  # "..., its head of office in Dundo, Karim Osei, told the Herald": "he" is him
        if not named:
            continue
        m = source_mention(subj)
        if m.pronoun:
            continue
        src = canonical_source(state, m)
        plural = subj.tag_ in ("NNS", "NNPS") or (subj.text.endswith("s") and not subj.text.endswith("ss") and any(
            c.lower_ == "the" for c in subj.children))
        if (src.kind == "person" or m.person_name or m.text.lower() in state.speaks_for) and not plural:
            # (rule ``he_is_one``: never "The Houthis"; but "Arosemena", tagged as a body, is the
            # minister introduced before)
            state.last_person = src
        state.last_source = src
        if t.lemma_.lower() in L.PUBLISH_VERBS:
            publishers.append(src)
    return publishers


#: Participles that say who counted ("deaths recorded by", "people registered by"), unlike those
#: that say who acted ("rescued by", "run by").
_COUNTING_PARTICIPLES = {"record", "count", "confirm", "register", "report", "document", "verify", "list", "tally",
                         "identify", "log", "compile"}


def _counting_agent(noun):
    """(participle, agent) for "N deaths recorded by X", else None."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _COUNTING_PARTICIPLES:
            agent = next((o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
            if agent is not None and not agent.like_num:
                return acl, agent
    return None


_COUNTED_RE = re.compile(r"(?i)^\W*(?:(?:at least|about|some|nearly|almost|more than|over|roughly|around|up to|"
                         r"fewer than|another|a further)\s+)?\d(?![\d,.]*-[a-z])")  # (not "a 14-page assessment")


def _make_source(state: DocState, att: Attribution) -> tuple[Source | None, tuple[Source, ...]]:
    if att.source is None or (_COUNTED_RE.match(att.source.text) and not att.source.members) or (
            att.source.members and _COUNTED_RE.match(att.source.members[0].text)):
        # ("Some 23 rivers and streams burst their banks": counted things, joined, are no source either)
        # rule ``no_counted_source``: "At least 82 Kenyans have been recruited ..., the ministry says":
        # the people a figure counts are never its source
        return None, ()
    # the relaying speaker is named before what they relay: "the agency" in "Its spokesperson told
    # the briefing that the agency had verified 41 attacks" points back to the speaker's agency
    via = tuple(canonical_source(state, v) for v in att.via if v is not None)
    src = canonical_source(state, att.source)
    via = tuple(v for v in via if v.name != src.name)  # rule ``relay_to_self``: not a relay
    speaker = next((v for v in reversed(att.via) if v is not None), att.source)  # who speaks in the sentence
    if src.kind == "person" or att.source.person_name or (
            not via and not speaker.pronoun and (_head_word(speaker.text) in L.SPEAKER_ROLES - L.SELF_ROLES
                                                 or speaker.title in L.SPEAKER_ROLES - L.SELF_ROLES)
            and src.kind not in ("person", "anonymous") and _head_word(src.name) != _head_word(speaker.text)):
        # rule ``pronoun_to_office``: after "The mayor of Daudu, John Ade, said ...", "he" is the mayor;
        # after "UNHCR's representative in Uganda said ...", "she" is UNHCR
        state.last_person = src
    outer = [(v, m) for v, m in zip(via, [v for v in att.via if v is not None]) if v.name != src.name]
    if outer and (outer[-1][0].kind == "person" or outer[-1][1].person_name or outer[-1][1].is_person
                  or _head_word(outer[-1][1].text) in L.SPEAKER_ROLES | L.SELF_ROLES | {"minister"}):
        # rule ``relay_speaker_is_he``: "The chief minister told the assembly, citing the district
        # administration, that ... . Roughly 2,000 had fled, he said": "he" is the chief minister
        state.last_person = outer[-1][0]
    state.last_source = src
    if att.source.holder:
        state.holder = (src, state.sentence_index)
    return src, via


def _converted_money(doc, q: Quantity, quantities) -> bool:
    """ "40 trillion dong, about $1.6 billion", "€1.4m, or roughly £1.2m", "(about $66 million)": a
    money figure right after another one in a different currency converts it."""
    text = doc_text(doc)
    before = [o for o in quantities if o.end <= q.start and (o.unit == "money" or o.unit == "rate" and (
        _currency(o.text) in ("$", "€", "£", "¥", "US$")
        or any(w in L.MONEY_WORDS for w in re.findall(r"[a-z]+", o.text.lower()))))]  # ("6 million bolivianos a day")
    if not before:
        return False
    prev = before[-1]
    gap = text[prev.end:q.start].lower()
    # (a short "in emergency aid" may come between: "€3m in emergency aid, about £2.5m"; a rate's "a year
    # in military aid" too; and brackets: "60,000 gourdes (about $440)", "100,000 taka [about $950]")
    return bool(re.fullmatch(r"(?:\s+(?:a|per|each)\s+(?:year|month|week|day))?(?:\s+(?:in|of|for|to)\s+[a-z -]{1,30}?)?"
                             r"[\s,(\[]*(?:or\s*)?(?:about|roughly|around|some|nearly|approximately|almost|"
                             r"just over|just under|more than)?\s*(?:[a-z]{1,3})?", gap)) and _currency(prev.text, text, prev.start) != _currency(
        q.text, text, q.start)


def _currency(text: str, doc_text_: str = "", start: int = 0) -> str:
    """The currency a money figure is written in: its symbol (with the letters written against it,
    "BZ$" and "US$", which the figure's text may leave out), else its last word ("pesos", "dong")."""
    m = re.search(r"[$€£¥₹₴₽₩]|US\$", text)
    if m and m.group(0) == "$" and doc_text_:
        prefix = re.search(r"([A-Z]{1,3})\$?$", doc_text_[max(0, start - 3):start + m.start()])
        if prefix:
            return prefix.group(1) + "$"
    return m.group(0) if m else (re.findall(r"[a-z]+", text.lower()) or [""])[-1]


def _is_outlet_itself(state: DocState, source: Source, att: Attribution) -> bool:
    low = source.text.lower().strip()
    first_plural = low in ("our", "we", "us") or (low.startswith("our ") and not low.startswith("our correspondent"))
    if first_plural and not source.text.strip().isupper() and att.rule in ("possessive_cue", "cue_verb_subject") and att.cue_token is not None:
        # (also "Our newsroom's database ... lists 141": the outlet's own records)
        # "we" inside a quotation is the speaker's (handled by the speaker rules); in the narrative it is the outlet
        before = doc_text(att.cue_token.doc)[att.cue_token.sent.start_char:att.cue_token.idx]
        return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")
    if re.fullmatch(r"(?:our |the |this newspaper's )?(?:own )?(?:reporters?|correspondents?|journalists)(?:['’]s?)?", low):
        # rule ``outlet_reporters``: "reporters counted 41 tents" (in the outlet's note), "Our
        # reporters' tally ...": the outlet's own staff are its voice
        return True
    if not state.outlet:
        return False
    outlet = re.sub(r"^the\s+", "", state.outlet.lower())
    name = re.sub(r"^the\s+", "", source.name.lower())
    # "the Data Desk" in The Pantai Timur Data Desk, "the Ledger" in The Vorskla Ledger: the outlet's short name
    return name == outlet or (outlet.endswith(" " + name) and len(name) > 3)


def _numeric_claim(state, doc, sent, sentence, q, span, next_sent, sent_claims, quantities=()) -> Claim | None:
    anchor = _anchor_token(span)
    rules: list[str] = []
    before_tok = doc[span.start - 1] if span.start > sent.start else None
    if q.kind == "exact" and before_tok is not None and before_tok.lemma_.lower() in L.BOUND_VERBS \
            and before_tok.pos_ == "VERB":
        # rule ``bound_verb``: "has passed one million" is at least one million
        q = replace(q, high=None, kind="bound")
        rules.append("bound_verb")
    noun, what_rule = _counted_noun(anchor)
    rules.append(what_rule)
    span_range = (span.start, span.end)
    what = _noun_phrase(noun, span_range) if noun.i != anchor.i else None
    subject = _subject_key(noun, span_range) if noun.i != anchor.i else None
    if what_rule == "what_self" and anchor.lower_ in ("casualties", "losses"):
        subject = None
    # category
    category, crule = None, ""
    people = _people_claims(sent_claims)  # the figures a later part, share or ellipsis may go on from
    counted = [c for c in sent_claims if "category_things" not in c.rules]  # ... and not "214 shelters"
    before_words = doc_text(doc)[max(sent.start_char, q.start - 24):q.start].lower().strip(" ,;")
    if q.unit == "count" and re.match(r"\s*(?:to|-)\s*(?:one|1)(?![\w,.]\d)\b", doc_text(doc)[q.end:q.end + 10]):
        # rule ``category_ratio``: "its soldiers outnumber the gunmen by ten to one": a ratio of two
        # forces is their strength (``deployed``); of marchers or anyone else, ``other``
        near = set(re.findall(r"[a-z]+", doc_text(doc)[max(0, sent.start_char - 250):sent.end_char].lower()))
        category, crule = ("deployed" if near & (L.FORCE_NOUNS | {"defenders", "attackers", "gunmen", "army"})
                           else "other"), "category_ratio"  # ("the ratio would be more than 12 to one")
    ratio = (category, crule) if crule == "category_ratio" else None
    if q.unit == "count" and category is None:
        category, crule = _population_or_capacity(doc_text(doc)[max(sent.start_char, q.start - 60):q.start],
                                                  doc_text(doc)[q.end:min(sent.end_char, q.end + 30)])
    if sent_claims and any(before_words.endswith(m) for m in L.PART_MARKERS):
        # rule ``category_part``: "31 killed, including 12 children"; "412 injured, up from 365" —
        # unless the part has a verb of its own ("2,960 fighters, of whom 1,497 had been killed")
        own, own_rule = _category_syntax(noun, anchor)
        # the whole is the last figure of people, not "406 relief centres" between ("94,215 people in
        # 406 relief centres, including more than 30,000 children")
        whole = next((c for c in reversed(sent_claims) if (c.what or "x").lower().split()[-1] not in L.THING_NOUNS
                      or not (noun.lower_ in L.CIVILIAN_NOUNS or noun.lower_ in L.FORCE_NOUNS or noun.i == anchor.i)),
                     sent_claims[-1])  # (a bare "up from 80,000" too)
        if own is not None and own != whole.category and own in L.CUMULATIVE_CATEGORIES \
                and noun.i == anchor.i:
            category, crule = own, own_rule
        else:
            category, crule = whole.category, "category_part"
    if category is None and q.kind in ("share", "fraction") and state.prev_category and re.match(
            r"\s*of (them|those|these|whom)\b", doc_text(doc)[q.end:q.end + 16].lower()):
        # rule ``category_share_of_them``: "More than half of them are children": a share of what
        # the figure before counted
        category, crule = (sent_claims[-1].category if sent_claims else state.prev_category), "category_part"
    if category is None and q.kind in ("share", "fraction") and sent_claims:
        # "over 3,000 killed or wounded, roughly a quarter of the 12,000 deployed": a share of the
        # total counts what the sentence's earlier figure counts
        category, crule = sent_claims[-1].category, "category_same_sentence"
        subject = subject or sent_claims[-1].subject
    if category is None and q.unit == "count" and state.prev_category not in (None, "other") and _THEY_WERE_RE.match(
            sent.text.lstrip()) and not any(t.pos_ == "VERB" and t.lemma_.lower() != "include" for t in sent):
        # rule ``category_they_were``: "The toll has risen to 24. They were 15 soldiers, three police
        # officers ...": a breakdown of the people just counted counts what they counted
        category, crule = state.prev_category, "category_they_were"
    if category is None and q.unit == "count" and re.search(
            r"\b(?:the )?(?:deaths?|killings?|drownings?) of (?:some |about |around |at least |more than |over |nearly )?$",
            doc_text(doc)[max(sent.start_char, q.start - 40):q.start].lower()) and not re.match(r"(?i)\s*(?:of|per ?cent|percent|%)\b", doc_text(doc)[q.end:q.end + 10]):
        # rule ``category_death_of``: "the earthquake caused the death of at least 337 persons,
        # injured 1,042 others": the dead are named before the figure, not by the word after it
        category, crule = "killed", "category_death_of"
    # "4,000 of the 11,000 soldiers": the figure (or its noun) hangs on "of" under another figure
    part_of = noun if noun.i != anchor.i else anchor
    is_total = what_rule != "what_of" and part_of.head.lower_ == "of" and part_of.head.head.like_num
    if not is_total and re.fullmatch(r"(?i)\W*of (the |an? )?(estimated |reported |roughly |some |about )?",
                                     doc_text(doc)[sent.start_char:q.start]):
        is_total = True  # "Of the estimated 12,000 troops sent, about 4,000 ...": the total
    if category is None and not is_total:
        # rule ``category_compound``: "died or went missing", "killed or wounded" next to the figure
        # (after it, or just before it: "put the number of dead and wounded above 3,000") beat the
        # single verb the parse attaches ("died")
        after = doc_text(doc)[q.end:min(sent.end_char, q.end + 80)].lower()
        before = doc_text(doc)[max(sent.start_char, q.start - 60):q.start].lower()
        for cat, rx in _COMPOUND_CATEGORY_RES:
            m = rx.search(after)
            other_noun = m and any(w in L.FORCE_NOUNS | L.CIVILIAN_NOUNS and w != noun.lower_
                                   for w in re.findall(r"[a-z]+", after[:m.start()]))
            if m and not other_noun and not find_quantities(after[:m.start()]):
                category, crule = cat, "category_compound"
                break
            matches = list(rx.finditer(before))
            mb = matches[-1] if matches else None  # the phrase nearest the figure
            if mb and not find_quantities(before[mb.end():]):
                category, crule = cat, "category_compound"
                break
    if category is None and q.unit == "count":
        # rule ``category_toll``: "put the death toll at around 700", "the toll rose to 1,411", "put the
        # number of people left without shelter at roughly 20,000": what the verb's object names
        gov = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ in ("at", "to", "above", "below", "near") else None
        if gov is not None and gov.head.pos_ in ("VERB", "AUX"):
            verb = gov.head
            for c in verb.children:
                if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < anchor.i:
                    phrase = " ".join(t.lower_ for t in c.subtree)
                    found = _category_window(phrase)
                    if found is None and any(t.lower_ in L.FORCE_NOUNS or t.lower_ in ("force", "corps", "contingent", "strength")
                                             for t in c.subtree):
                        found = "deployed"  # "build the force up to 40,000": a planned force size
                    if found:
                        category, crule = found, "category_toll"
                        break
    if category is None and is_total:
        # rule ``category_total``: "4,000 of the roughly 11,000 troops sent" — the total counts
        # what its own noun and participle say, not what happened to the part
        own = [noun.lower_] + [c.lower_ for c in noun.children if c.dep_ in ("acl", "relcl", "amod")]
        category = _category_window(" ".join(own)) if noun.i != anchor.i else None
        crule = "category_total" if category else ""
        if category is None and noun.lower_ in L.FORCE_NOUNS:
            category, crule = "deployed", "category_total"
        if category is None:
            category, crule = "other", "category_total"
    if category is None and sent_claims and noun.i != anchor.i and noun.dep_ == "conj" and noun.lower_ not in (
            "survivors", "bodies", "rescued", "wounded", "injured", "missing", "dead"):
        # rule ``category_conjunct``: "The dead were 11 gendarmes, five railway workers and three
        # passengers": counted nouns listed together count the same thing
        first = noun.head
        while first.dep_ == "conj":
            first = first.head
        own = [c.lower_ for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i]
        if noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "VBN":
            own.append(doc[noun.i + 1].lower_)
        own_category = _category_window(" ".join(own)) if own else None
        if own_category is not None:
            # "1,941 deaths and 9,915 people injured": a conjunct's own participle comes first
            category, crule = own_category, "category_syntax"
        listed = None if own_category is not None else next((c for c in sent_claims if c.quantity is not None and c.category != "other" and any(
            c.quantity.start <= t.idx < c.quantity.end for t in first.children if t.dep_ == "nummod")), None)
        if listed is not None:
            category, crule = listed.category, "category_conjunct"
    joined = counted[-1] if counted else None
    if category is None and joined is not None and joined.quantity is not None and (
            (anchor.dep_ == "conj" and anchor.head.like_num and any(
                c.quantity is not None and c.quantity.start <= anchor.head.idx < c.quantity.end for c in sent_claims))
            or _shares_verb(doc, anchor, joined.quantity)):
        # rule ``category_conjunct``: "more than 1,000 have died or gone missing this year, and over
        # 24,500 since 2014": a figure joined to the one before (or hanging on its verb) counts the same
        # (the people before, never "two regions" or "214 shelters" between)
        category, crule = joined.category, "category_conjunct"
        if re.search(r"\b(?:down|up) from (?:a (?:peak|high|low) of )?(?:about |around |more than |over |nearly |some )?$",
                     doc_text(doc)[max(sent.start_char, q.start - 40):q.start]):
            # "8,900 people remain in 214 shelters, down from a peak of more than 25,000": the
            # baseline counts what the figure it is compared with counts, not the shelters between
            category = next((c.category for c in reversed(sent_claims) if c.category != "other"), category)
    if category is None and what_rule == "what_of":
        # "4,000 of the 11,000 troops deployed were killed": the figure's own verb comes first
        category, crule = _category_syntax(anchor, anchor)
    if category is None:
        category, crule = _category_syntax(noun, anchor)
    if category is None and q.unit == "count":
        category, crule = _category_situation(noun, anchor)
    if category is None and q.unit == "count" and _FORCE_SIZE_RE.search(
            doc_text(doc)[max(sent.start_char, q.start - 130):q.start]):
        # rule ``category_force_size`` (text): 'Serbian forces numbered "at least 5,000"', "Rwandan
        # deployments had peaked at closer to 6,000" (quotes and bounds the parse does not join)
        category, crule = "deployed", "category_force_size"
    if category is None and q.unit == "count" and sent_claims and _breakdown_of(noun if noun.i != anchor.i else anchor, sent_claims):
        # rule ``category_breakdown``: "68 bodies have been recovered, 40 adults and 28 children":
        # an apposed breakdown counts what the figure it breaks down counts (the people, not "nine
        # countries" between)
        whole = counted[-1] if counted else sent_claims[-1]
        category, crule = whole.category, "category_part"
    if category is None and q.unit == "count" and re.search(r"\ball but\s*$", doc_text(doc)[max(sent.start_char, q.start - 12):q.start].lower()) \
            and re.search(r"\b(accounted for|found|rescued|identified)\b", doc_text(doc)[q.end:sent.end_char].lower()):
        # rule ``all_but_accounted``: "all but 25 of them had been accounted for": 25 are missing
        category, crule = "missing", "all_but_accounted"
    if category is None and q.unit == "count" and re.search(r"\b(?:morgue|mortuary)\b", sent.text.lower()) and (
            noun.i == anchor.i or noun.lower_ in ("bodies", "corpses", "remains", "dead")) and any(
            t.lemma_.lower() in ("receive", "hold", "take", "admit", "register") for t in anchor.ancestors):
        # rule ``category_morgue``: "The morgue ..., designed for six bodies, received 17": the dead
        category, crule = "killed", "category_morgue"
    if category is None and q.unit == "count" and state.last_category and re.match(
            r"\s*of (them|those|whom|these)\b", doc_text(doc)[q.end:q.end + 16].lower()):
        # rule ``category_part``: "900 of them were children" counts what the figure before counted
        parts_of = [c for c in people if "category_things" not in c.rules]
        # ("about 2,800 soldiers from nine countries, roughly 1,100 of them American": of the soldiers)
        category, crule = (parts_of[-1].category if parts_of else state.last_category), "category_part"
    if category is None:
        # rule ``category_window``: the words right after the figure, up to the next figure
        window_end = min([sent.end_char, q.end + 60] + [o.start for o in quantities if o.start >= q.end])
        category = _category_window(doc_text(doc)[q.end:window_end])
        crule = "category_window" if category else ""
        if category == "other" and noun.lower_ in L.FORCE_NOUNS and noun.lower_ != "men" and re.match(
                r"(?i)\W*(?:\w+\W+){0,2}?(?:took part|take part|taking part|gathered|massed|marched|paraded)\b",
                doc_text(doc)[noun.idx + len(noun.text):window_end]) and not re.search(
                r"(?i)\b(?:attack|raid|assault|ambush|offensive|storm)(?:s|ed|ing)?\b",
                doc_text(doc)[max(0, sent.start_char - 160):sent.end_char]):
            # rule ``category_force_noun``: "some 2,500 troops took part in the drills" are troops in the
            # field, not a crowd that gathered (but fighters who took part in an attack are attackers,
            # ``category_attackers``)
            category, crule = "deployed", "category_force_noun"
        if category == "deployed" and not any(t.lower_ in L.FORCE_NOUNS for t in sent):
            category, crule = None, ""  # "based on the density of people": no one is deployed
    if category is None or (category == "deployed" and crule == "category_window"):
        near = _category_nearest(sent, q, list(quantities) or [c.quantity for c in sent_claims if c.quantity])
        if near is not None:
            category, crule = near, "category_nearest"
    if category in (None, "deployed", "captured") and noun.lower_ in L.FORCE_NOUNS and _SURRENDER_RE.search(
            doc_text(doc)[q.end:sent.end_char].lower()):
        # rule ``category_surrendered``: "2,300 Fano fighters had laid down their arms under an amnesty"
        category, crule = "other", "category_surrendered"
    if category is None and q.unit == "count" and noun.lower_ == "members" and (_armed_context(sent, noun) or any(
            t.lower_ in ("gang", "gangs", "terrorism", "terrorist", "insurgency", "insurgent") for t in sent)) \
            and not _harm_words(sent.text):
        # rule ``category_group_members``: "put the EPP at between 20 and 30 members" in a terrorism
        # report, "fewer than 300 gang members", "the armed groups had about 700 members": the
        # strength of an armed group (not members a raid killed or a protest group's members)
        category, crule = "deployed", "category_group_members"
    if category is None and noun.lower_ in L.FORCE_NOUNS and not (noun.lower_ == "men" and not _armed_context(sent, noun)) \
            and not (noun.dep_ in ("nsubj", "dobj") and noun.head.lemma_.lower() in _ATTACK_VERBS) \
            and not _capacity_or_vote(noun, anchor):
        # (rule ``category_attackers``: '20,000 "bandits and terrorists" had attacked Almaty' counts
        # attackers in a raid, not a force's strength)
        # (rule ``category_men``: "men" are under arms only where the sentence says so -- "two Bahamian
        # men had been charged", "34 men had already been brought home" are not a force)
        category, crule = "deployed", "category_force_noun"
    if category is None and people and what_rule == "what_self":
        # rule ``category_ellipsis``: "Zelenskyy put losses at more than 3,000, while the JCS said
        # about 1,100"; "police counted 22,000; organisers said 55,000"
        category, crule = people[-1].category, "category_ellipsis"
    if category is None and state.last_category and _refers_back(anchor, noun):
        category, crule = state.last_category, "category_carry"
    if category is None and what_rule == "what_self" and q.unit == "count" and state.prev_category in (
            "displaced", "deployed"):
        # rule ``category_bare_carry``: a bare figure right after a count of people uprooted or of a
        # force counts the same ("... troops based in Germany. The plan would leave about 24,000 in the
        # country"; "A second group of 200 will follow")
        category, crule = state.prev_category, "category_bare_carry"
    if category == "other" and crule in ("category_syntax", "category_window", "category_nearest") and any(
            t.lemma_.lower() == "treat" and t.pos_ == "VERB" for t in sent) and not (
            {t.lower_ for t in sent} & L.ILLNESS_WORDS) and noun.lower_ not in L.THING_NOUNS:
        # rule ``category_treated``: "its crews had treated 592 people since the barrages began": in a
        # report of attacks or disasters, people treated are wounded (not those treated for cholera)
        category, crule = "wounded", "category_treated"
    if category == "other" and crule in ("category_window", "category_nearest") and noun.lower_ in L.FORCE_NOUNS \
            and re.search(r"\b(aboard|on board)\b", doc_text(doc)[q.end:sent.end_char].lower()):
        category, crule = "deployed", "category_force_noun"  # "with more than 4,000 sailors aboard"
    if noun.lower_ in L.THING_NOUNS and category not in (None, "other", "deployed"):
        category, crule = "other", "category_things"  # "110,000 homes damaged": not people
    if category == "deployed" and (noun.lower_ in L.THING_NOUNS - L.EQUIPMENT_NOUNS or noun.lower_ in (
            "agencies", "organisations", "organizations", "ngos", "beds")):
        # rule ``category_things``: "the region had sent 300 tents", "officers from 11 other agencies":
        # relief goods and bodies are sent, but nobody under arms is counted
        category, crule = "other", "category_things"
    if q.unit == "percent" and sent_claims and crule not in ("category_same_sentence", "category_part") and (
            anchor.dep_ == "appos" or noun.dep_ == "appos"):
        # "about 1.7 million people, roughly 75% of the population, are displaced": the share
        # stands beside the figure it describes
        category, crule = sent_claims[-1].category, "category_same_sentence"
    if q.unit == "percent" and crule not in ("category_same_sentence", "category_part"):
        # "More than 40 percent of the dead were children": a share of what "of" names
        of_phrase = doc_text(doc)[q.end:min(sent.end_char, q.end + 40)].lower()
        m_of = re.match(r"\s*of (?:the |all |those )?((?:[a-z]+['’]s )?[a-z ]+)", of_phrase)  # "of the island's soldiers"
        share_cat = _category_window(m_of.group(1)) if m_of else None
        if share_cat is None and m_of and set(m_of.group(1).split()) & L.FORCE_NOUNS:
            share_cat = "deployed"  # "about a third of the Russian troops"
        if share_cat is None and m_of and m_of.group(1).split()[0] in ("them", "those", "whom", "these") and (
                sent_claims or state.prev_category):
            # rule ``category_share_of_them``: "2,300 people had fled ..., roughly 40 per cent of them
            # children": a share of the figure before counts what it counts
            share_cat = people[-1].category if people else state.prev_category
        if share_cat is None and not m_of and q.kind == "share" and (sent_claims or state.prev_category):
            # rule ``category_share_of_them``, with "of them" left out: "Of the roughly 9,000 men ..., about
            # a fifth still live in Jerada", "... and about a third opposed them"
            share_cat = people[-1].category if people else state.prev_category
        if share_cat is None and m_of and state.displacement_story and set(m_of.group(1).split()) & _UPROOTED_NOUNS:
            share_cat = "displaced"  # "about 70 per cent of the new arrivals" in a report about people uprooted
        opinion = any(t.lemma_.lower() in _OPINION_VERBS for t in sent if t.i > anchor.i) or bool(
            _OPINION_RE.search(doc_text(doc)[q.end:sent.end_char].lower()))
        if share_cat in ("killed", "wounded", "killed_or_wounded", "missing", "deployed") or (
                share_cat == "displaced" and not opinion):
            # shares of the dead, the wounded or the displaced ("about 40 per cent of the people
            # evacuated are children"); "59% of refugees hoped to go home" is a survey answer
            category, crule = share_cat, "category_share_of"
    money_rate = q.unit == "rate" and bool(re.search(r"[$€£¥₹]|\b(dollars?|euros?|pounds?|roubles?|rubles?|rupees?|"
                                                       r"yuan|naira|shillings?|francs?|pesos?|reais|lira|bn|m)\b", q.text, re.I))
    if q.unit in ("money", "area") or money_rate or (q.unit == "percent" and crule not in (
            "category_same_sentence", "category_part", "category_share_of")):
        # aid money, land area, a percentage that is not a share of this sentence's figure: not a
        # count of people
        category, crule = "other", "category_unit"
    if category == "captured" and (noun.lower_ not in L.FORCE_NOUNS or noun.lower_ in L.POLICE_NOUNS) and (
            L.ARREST_WORDS & {t.lower_ for t in sent}) and not ({"prisoners", "pows", "captured", "prisoner"} & {
            t.lower_ for t in sent}):
        category, crule = "other", "category_arrests"  # "402 protesters were detained": not war captives
    counted_noun = noun.lower_ if noun.i != anchor.i else ((state.last_subject or "").split() or [""])[-1]
    if category == "deployed" and counted_noun in L.CIVILIAN_NOUNS and crule != "category_force_size":
        if any(t.lemma_.lower() in ("serve", "supply", "feed", "provide") and t.pos_ == "VERB" for t in sent):
            category, crule = "other", "category_things"  # "served hot meals to 12,500 people": aid, not movement
        elif any(t.lemma_.lower() in L.ARRIVAL_WORDS for t in sent):
            category, crule = "other", "category_arrivals"  # "60,000 migrants arrived in Yemen"
        elif any(t.lemma_.lower() in _NOT_MOVED_VERBS and t.pos_ == "VERB" for t in sent):
            category, crule = "other", "category_civilians_moved"  # "police counted 30,000 people": nobody moved
        else:
            category, crule = "displaced", "category_civilians_moved"  # "175,000 people crossed into Chad"
    if category in (None, "other") and crule in ("", "category_none") and q.unit == "count" and (
            counted_noun in _SERVING_NOUNS or counted_noun.title() in _DEMONYM_PLURALS
            or any(c.dep_ == "conj" and c.lower_ in L.FORCE_NOUNS for c in noun.children)) and _SERVING_RE.search(
            doc_text(doc)[q.end:min(sent.end_char, q.end + 90)].lower()):
        # rule ``category_serving``: "312 Uzbek citizens in Russian units", '"fewer than 100" citizens
        # were known to be fighting abroad', "270 foreign police and soldiers will be on the ground"
        category, crule = "deployed", "category_serving"
    if category in (None, "other") and crule in ("", "category_none") and q.unit == "count" and (
            re.search(r"\b(?:team|contingent|squad|detachment|crew)s? of (?:about |some |around |nearly )?$",
                      doc_text(doc)[max(sent.start_char, q.start - 40):q.start])
            or counted_noun in _TEAM_NOUNS and any(t.lemma_.lower() in _SENT_VERBS for t in sent)):
        # rule ``category_team``: "A Thai search team of 45 people has arrived", "a team of 20
        # engineers", "a Hercules has landed with 35 medical and rescue staff": a team sent is deployed
        category, crule = "deployed", "category_team"
    if category in (None, "other") and crule in ("", "category_none") and q.unit in ("count", "rate") and (
            counted_noun in L.CIVILIAN_NOUNS or counted_noun in ("families", "households")) and _SHELTERED_RE.search(
            doc_text(doc)[q.end:min(sent.end_char, q.end + 100)].lower()):
        # rule ``category_sheltered``: "8,900 people remain in 214 shelters", "5,000 people had spent
        # two nights in tents, hotels and sports halls": people out of their homes are displaced
        category, crule = "displaced", "category_sheltered"
    if category in (None, "other") and crule in ("", "category_none", "category_nearest") and q.unit == "count":
        before = doc_text(doc)[sent.start_char:q.start].lower()
        if re.search(r"\bnumber of (?:people|residents|families|evacuees|children|households)\b", before) \
                and _SHELTERED_RE.search(before):
            # rule ``category_sheltered``: "The number of people sleeping in relief centres ... reached 146,707"
            category, crule = "displaced", "category_sheltered"
    if not state.displacement_story and category in (None, "other") and crule in ("", "category_none") and \
            q.unit == "count" and counted_noun in _HOME_LEAVERS and noun.dep_ in ("nsubj", "appos") and (
            verb := _governing_verb(noun)) is not None and verb.lemma_.lower() == "leave" and not any(
            c.dep_ == "neg" for c in verb.children) and not L.ARRIVAL_WORDS & {t.lemma_.lower() for t in sent} and \
            not state.voyage_story:
        # rule ``category_left_home``: "about 4,500 families ... had left Dilling since the strike",
        # "Another 1,500 villagers left on foot": civilians leaving a place under
        # attack are displaced (in a report about people uprooted, ``displacement_story`` decides)
        category, crule = "displaced", "category_left_home"
    if state.displacement_story and category in (None, "other") and crule in (
            "", "category_none", "category_arrivals", "category_window", "category_nearest", "category_syntax") and (
            counted_noun in L.CIVILIAN_NOUNS or counted_noun in _UPROOTED_NOUNS or counted_noun.title() in _DEMONYM_PLURALS
            or noun.i == anchor.i) and q.unit in ("count", "rate") and (
            counted_noun in _UPROOTED_NOUNS or _moves_or_stays(sent)):
        # rule ``displacement_story``: in a report about people uprooted, people who arrived, crossed,
        # left, live or stay somewhere are displaced ("580 Mexicans had crossed into Huehuetenango",
        # "1.5m people were staying in tents"); in other reports migrant arrivals stay "other"
        category, crule = "displaced", "category_displacement_story"
    if category in (None, "other") and crule in ("", "category_none", "category_ellipsis") and q.unit == "count" and (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() == "bury" and any(
                c.dep_ == "nsubj" for c in noun.head.children)):
        # rule ``category_buried``: "volunteers had buried 52 people in a common grave", "We have
        # buried eleven already": the people someone buried are dead (not those a landslide buried)
        category, crule = "killed", "category_buried"
    weak = crule in ("", "category_none", "category_arrivals") or (
        crule in ("category_window", "category_nearest") and category == "other")
    if q.unit == "count" and weak and noun.i == anchor.i and people and people[-1].category not in (
            "other", "killed", "wounded", "killed_or_wounded") and re.match(r"\s+more\b(?! than)", doc_text(doc)[q.end:q.end + 12]):
        # rule ``category_more``: "about 220,000 people are displaced ..., and 3,400 more have arrived
        # in Bol": more of what the sentence counted before
        category, crule = people[-1].category, "category_more"
    column = _table_column(doc, q.start)
    if column is not None and q.unit == "count":
        # rule ``table_rows``: a figure in a table's column counts what the column's header names
        # ("State — dead — missing"); a column with no category word counts nothing we know
        category, crule = _category_window(column) or "other", "category_table_column"
    if ratio is not None:
        category, crule = ratio  # (no later rule reads a ratio as people moved or killed)
    if category is None:
        category, crule = "other", "category_none"
    elif category != "other":
        state.last_category = category
    if crule != "category_capacity":
        state.prev_category = category  # (a shelter's room is no figure the next ones go on from)
    rules.append(crule)
    if subject is None:
        if what is None and state.last_subject:
            subject = state.last_subject
            rules.append("what_carry")
    else:
        state.last_subject = subject
    if what == "%" or (what and what.lower() in ("percent", "per cent")):
        what = None
    if what is None:
        what = _what_without_noun(doc, span, sent)
    # attribution
    att = attribute(sent, anchor)
    if att.source is None and (att.cue_token is None or att.rule == "outlet_voice") and att.rule != "correction_notice":
        # (inside a quotation even a sentence with a reporting verb and no speaker is the speaker's:
        # '"We have documented 23 strikes ..." said its spokesperson')
        quoted = _quote_speaker(doc, sent)
        if quoted is not None:
            att = Attribution(source=quoted[0], cue=quoted[1].lemma_.lower(), cue_token=quoted[1], rule="quote_speaker")
    if att.source is not None and re.match(r"(?:[Mm]y|[Oo]ur)(?:\s+\w|$)|(?:[Ww]e|us|I|[Yy]our)$", att.source.text.strip()) \
            and not att.source.members:
        # rule ``first_person_source``: "Our registers show 912", "My department never gave ...", "By our
        # count, 31,400 ..." is whoever speaks: the speaker of a transcript line or a quotation, else
        # the outlet (and "Your report stated", in a letter to the editor, is the outlet's report)
        speaker = _transcript_speaker(state, doc, sent)
        quoted = _quote_speaker(doc, sent) if speaker is None else None
        if speaker is not None or quoted is not None:
            att = Attribution(source=speaker or quoted[0], via=att.via, cue=att.cue, cue_token=att.cue_token,
                              rule="first_person_source")
        elif not re.match(r"(?i)(?:my|our)\s+\w", att.source.text.strip()):
            att = Attribution(source=None, cue=att.cue, cue_token=att.cue_token, rule="outlet_self")
    if state.release is not None and state.release[1] <= sent.start_char < state.release[2] and (
            att.source is None and att.rule != "correction_notice"
            or att.source is not None and re.match(r"(?i)(?:we|us|our|my|i)\b", att.source.text)):
        # rule ``republished_release``: "We are proud to announce that ... 400 officers" in a release
        # the outlet republishes is the issuer's
        att = Attribution(source=state.release[0], cue=att.cue, cue_token=att.cue_token, rule="republished_release")
    if att.source is None and att.rule == "outlet_voice":
        label = _transcript_speaker(state, doc, sent)
        if label is not None:
            att = Attribution(source=label, cue="label", rule="transcript_speaker")
    elif att.rule == "source_entry":
        # "Minister Cullinane: ..." read as an entry's label: the transcript rule knows more of who
        # speaks (the ministry she was introduced with, "Deputy Kearney" as "Niamh Kearney")
        label = _transcript_speaker(state, doc, sent)
        if label is not None and label.text.lower() != att.source.text.lower() and label.start == att.source.start:
            att = Attribution(source=label, cue="label", rule="transcript_speaker")
    if att.source is None and att.rule == "outlet_voice" and sent_claims and sent_claims[-1].source is not None \
            and sent_claims[-1].quantity is not None and _conjoined_clause(doc, anchor, sent_claims[-1].quantity):
        # rule ``conjunct_clause_source``: "Four of the nine were police officers, two were commune
        # officials and three were residents": a clause joined to the one before, with no speaker of its
        # own, goes on with what the figure before's source said
        prev = sent_claims[-1]
        att = Attribution(source=None, cue=att.cue, cue_token=att.cue_token, rule="conjunct_clause_source")
        rules.append(att.rule)
        source, via = prev.source, prev.via
    if att.source is None and att.rule == "outlet_voice":
        counted_by = _counting_agent(noun if noun.i != anchor.i else anchor)
        if counted_by is not None:
            # rule ``counted_by``: "116 heat-related deaths recorded by the Medical Examiner", "3,000
            # people registered by UNHCR": whoever recorded the count gives it
            att = Attribution(source=mention_from_token(counted_by[1]), cue=counted_by[0].lemma_.lower(),
                              cue_token=counted_by[0], rule="counted_by")
    if att.rule == "conjunct_clause_source":
        pass
    elif att.source is None and att.cue_token is None and att.rule != "correction_notice" and state.carry is not None \
            and _same_paragraph(doc, state.carry[1], sent) \
            and (state.carry[2] == "publisher" or state.carry[1] >= sent.start_char
                 or _CONTINUES_RE.match(sent.text.lstrip()) or _plain_continuation(doc, state.carry[1], sent, q)):
        # rule ``source_carry``: "The administration said 23 were killed. A further 67 were
        # wounded." — a figure with no reporting verb right after a sourced one shares its source
        att = Attribution(source=None, rule="source_carry")
        source, via = state.carry[0], ()
        rules.append(att.rule)
    else:
        rules.append(att.rule)
        source, via = _make_source(state, att)
    if source is not None and q.unit == "money" and _converted_money(doc, q, quantities):
        # rule ``currency_conversion``: "1.9 billion pesos, or about $32 million": the conversion is
        # the outlet's own arithmetic, not the source's figure
        source, via = None, ()
        rules.append("currency_conversion")
    if source is not None and "category_population" in rules and _aside(anchor, att.cue_token):
        # rule ``population_aside``: "In Brasiléia, a town of about 21,000, the mayor said ...": a
        # place's population set off in an apposition is the writer's background, not what the speaker said
        source, via = None, ()
        rules.append("population_aside")
    if source is not None and _ON_THEIR_FIGURES_RE.match(sent.text.lstrip()) and (
            q.kind in ("share", "fraction") or q.unit in ("percent", "rate") or _ARITHMETIC_RE.search(sent.text)):
        # rule ``on_their_figures``: "On the directorate's figures, Russia has roughly one tank for every 40
        # to 50 soldiers", "Taken together, the two governments' latest figures put the number ... at 259":
        # the outlet's arithmetic on a source's figures
        source, via = None, ()
        rules.append("on_their_figures")
    if source is not None and _is_outlet_itself(state, source, att):
        # rule ``outlet_self``: "Our own tally ... puts the toll at 82", "according to a tally by the
        # Standard" in The Example Standard: the outlet's own voice
        source, via = None, ()
        rules.append("outlet_self")
    earlier_statement = _same_statement(anchor)
    if earlier_statement and state.last_issuer is not None and (source is None or source.name != state.last_issuer.name):
        # rule ``same_statement``: "The official said the same estimates placed about 800 of them in
        # Libya": the figures of a statement named before are its issuer's, relayed by the speaker
        via = ((source,) if source is not None else ()) + tuple(via)
        source = state.last_issuer
        rules.append("same_statement")
    if source is not None and att.rule in ("relay_citing", "cue_noun_from", "statement_noun_anywhere", "possessive_cue"):
        state.last_issuer = source
    via = tuple(v for v in via if source is None or v.name != source.name)  # never a relay of itself
    if source is not None and att.rule not in ("source_carry", "conjunct_clause_source"):
        state.carry = (source, _text_end(sent), "figures")
    hedges = _hedges(sent, next_sent)
    if q.kind in ("approx",) and "estimated" in q.text.lower() and "estimated" not in hedges:
        hedges.append("estimated")
    stance = "denied" if att.rule == "correction_notice" else _stance(sent, att.cue_token, anchor.idx)
    date = _date(sent, att.cue_token, state.published)
    period_m = _PERIOD_RE.search(sent.text.lower())
    location = _location(sent, anchor, (att.source.start, att.source.end) if att.source else None, att.cue_token)
    if location is None and re.search(r"\bin the (region|area|province|oblast)\b", sent.text):
        location = state.last_region or state.last_location  # rule location_carry: "in the region"
    if location:
        state.last_location = location
        if location not in _COUNTRIES:
            state.last_region = location
    src_name = source.name if source else "(outlet)"
    cid = "c" + short_hash(state.doc_id, q.start, q.end, q.text, src_name, category, length=11)
    return Claim(
        id=cid, doc=state.doc_id, sentence=sentence, quantity=q, source=source, via=via, cue=att.cue,
        what=what, subject=subject, category=category, location=location, hedges=tuple(hedges),
        certainty=certainty_of(hedges), stance=stance, date=date,
        period=period_m.group(1) if period_m else None, rules=tuple(r for r in rules if r),
    )


_PROPOSITION_VERBS = L.ACKNOWLEDGE_VERBS | L.DENIAL_VERBS


def _non_numeric_claim(state: DocState, sent, sentence) -> Claim | None:
    """A claim without a figure: a denial or a refusal to acknowledge ("neither Moscow nor
    Pyongyang has acknowledged the presence of North Korean troops")."""
    low = sent.text.lower()
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in _PROPOSITION_VERBS | {"say", "comment", "decline", "refuse"}:
            continue
        stance = _stance(sent, t)
        if stance == "asserted":
            continue
        if t.lemma_.lower() == "verify" or any(rx.search(low) for rx, label in _HEDGE_PHRASE_RES if label == "unconfirmed"):
            continue  # "Reuters could not independently verify the figures": a hedge on them, not a claim
        if t.lemma_.lower() in ("decline", "refuse") and not _NOT_ACK_RE.search(low):
            continue
        subj = _verb_subject(t)
        if subj is None or subj.lower_ in L.NON_SOURCE_NOUNS or subj.lower_ in L.CUE_NOUNS:
            continue
        obj = next((c for c in t.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr")), None)
        if obj is None:
            continue
        m = source_mention(subj)
        if (m.pronoun or m.role) and state.last_source is None:
            continue
        source = canonical_source(state, m)
        if source.name.lower() in ("he", "she", "they", "it", "we", "i"):
            continue
        what = " ".join(x.text for x in obj.subtree if not x.is_punct)[:160]
        lw = what.lower()
        if re.match(r"^(to \w+ )?(how|why|when|where|what|which|who)\b", lw):
            continue  # "declined to say how it arrived at its total": not a stance on the fact
        subject = None
        category = _category_window(lw)
        if category is None or category == "deployed":
            category = "other"
            if any(w in lw.split() for w in L.FORCE_NOUNS) or re.search(r"\b(presence|deployment)\b", lw):
                category = "deployed"
        for x in obj.subtree:
            if x.lower_ in L.FORCE_NOUNS:
                subject = _subject_key(x, (0, 0))
                break
        if source.kind == "person":
            state.last_person = source
        state.last_source = source
        hedges = _hedges(sent, None)
        cid = "c" + short_hash(state.doc_id, sent.start_char, sent.end_char, source.name, stance, length=11)
        return Claim(
            id=cid, doc=state.doc_id, sentence=sentence, quantity=None, source=source,
            cue=t.lemma_.lower(), what=what, subject=subject, category=category,
            location=_location(sent, t, (m.start, m.end), t), hedges=tuple(hedges), certainty=certainty_of(hedges),
            stance=stance, date=_date(sent, t, state.published), rules=("proposition_stance",),
        )
    return None

