"""Who asserts a figure. Each rule is a small named function over spaCy tokens.

Rules, tried in order (the id ends up in ``Claim.rules``):

* ``according_to``      "according to X" anywhere in the sentence
* ``cue_noun_from``     "(intelligence) estimates from A, B and C" -> joint source A + B + C
* ``possessive_cue``    "X's estimate / figures"
* ``cue_verb_subject``  the subject of the nearest reporting verb above the figure ("X said that …",
                         "with X estimating …"); a participle without subject ("…, stating that")
                         takes its head's subject; a passive takes its agent ("was reported by X")
* ``relay_told``        nested reporting verbs: "X told reporters that Y said …" -> Y via X
* ``relay_citing``      "X said, citing Y" -> Y via X
* ``relay_briefed``     "X, briefed by Y, said …" -> Y via X
* ``pronoun_antecedent`` "he said" / "the ministry said" -> the last compatible source named before
* ``outlet_voice``      nobody named: the outlet's own voice (source None)

spaCy objects stay inside ``extract``; rules return plain :class:`Mention` values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from crosscheck.extract import lexicon as L

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which", "that", "this", "its", "their", "his", "her"}
#: Possessive pronouns as sources ("Its count includes ...") point back like their subject forms.
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
_ROLE_HEADS = {"official", "officials", "ministry", "agency", "spokesman", "spokeswoman", "spokesperson", "force",
               "president", "minister", "military", "army", "government", "office", "department", "service",
               "chiefs", "command", "staff", "source", "sources", "lawmaker", "organisation", "organization",
               "authorities", "police", "group", "statement", "leader", "general", "commander", "institute",
               "authority", "administration", "centre", "center", "council", "committee", "organisation",
               "tracker", "monitor", "body", "bureau", "directorate", "partners", "director", "chief", "head",
               "bulletin", "update", "report", "statement", "tally", "figures", "data", "count",
               "platform", "mission", "team", "panel", "company", "firm", "site", "newspaper", "paper",
               "daily", "broadcaster", "channel", "watchdog", "observatory", "charity", "researchers", "collective",
               "network", "consortium", "governor", "mayor"} | L.NAMED_BODY_HEADS
#: Nouns for a publication of a source ("the bulletin said"): they point back to its issuer.
DOCUMENT_ROLES = {"bulletin", "update", "report", "statement", "tally", "figures", "data", "count", "assessment",
                  "communiqué", "communique", "briefing", "reply", "answer", "memo", "spreadsheet", "table", "passage",
                  "annex", "appendix", "document", "payroll", "list", "lists"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_NAME_PARTICLES = {"do", "da", "de", "del", "della", "di", "dos", "das", "al", "el", "bin", "ibn", "van", "von", "der", "la", "le"}
_NAME_DEPS = {"compound", "amod", "poss", "case", "nmod", "det", "flat", "npadvmod", "nummod", "punct"}
_TITLE_WORDS = set(L.PERSON_TITLES)


@dataclass(frozen=True)
class Mention:
    """A source as written in the text: ``text`` as it stands, plus what rules learned about it."""

    text: str
    start: int  # char offsets in the doc
    end: int
    is_person: bool = False
    person_name: str | None = None  # "Volodymyr Zelenskyy" for "Ukrainian President Volodymyr Zelenskyy"
    members: tuple["Mention", ...] = ()
    qualifier: str | None = None  # "intelligence" for "intelligence estimates from the U.S."
    pronoun: bool = False
    role: bool = False  # a role noun that points back ("the ministry", "the official")
    affiliation: str | None = None  # "Ukraine" for "Ukrainian President ...", "White House" for an apposition
    aliases: tuple[str, ...] = ()  # "(NIS)"
    holder: bool = False  # an unnamed office-holder speaking for this body ("the deputy head of X")
    role_words: tuple[str, ...] = ()  # "rights" in "the rights group": the body pointed back to has them
    title: str | None = None  # "spokeswoman" in "Jane Roe, a spokeswoman for X": the role that ties her to X
    by_office: bool = False  # "Sisaket's provincial governor, Anan Phromsuwan": named by the office, not the person


@dataclass
class Attribution:
    source: Mention | None
    via: list[Mention] = field(default_factory=list)
    cue: str | None = None
    cue_token: object | None = None
    rule: str = "outlet_voice"


# --- entities per sentence ---------------------------------------------------------------------

def doc_text(doc) -> str:
    """``doc.text``, built once per document (spaCy joins every token on each access, which made
    extraction quadratic in document length)."""
    text = doc.user_data.get("crosscheck_text")
    if text is None:
        text = doc.user_data["crosscheck_text"] = doc.text
    return text


def sent_ents(tok_or_span) -> list:
    """The named entities of the sentence holding ``tok_or_span``, computed once per document
    (scanning ``doc.ents`` for every figure made long documents quadratic)."""
    doc = tok_or_span.doc
    cache = doc.user_data.get("crosscheck_sent_ents")
    if cache is None:
        cache = {}
        starts = [s.start for s in doc.sents]
        import bisect

        for ent in doc.ents:
            k = bisect.bisect_right(starts, ent.start) - 1
            cache.setdefault(starts[k] if k >= 0 else 0, []).append(ent)
        doc.user_data["crosscheck_sent_ents"] = cache
    sent = tok_or_span.sent
    return cache.get(sent.start, [])


# --- building mentions ------------------------------------------------------------------------

def _acronym_after(prep) -> bool:
    """Whether the capitalised phrase after ``prep`` is followed by an acronym in brackets."""
    objs = [g for g in prep.children if g.dep_ == "pobj" and g.text[:1].isupper()]
    if not objs:
        return False
    doc, inside = prep.doc, {g.i for g in objs[0].subtree}
    k = objs[0].i + 1
    while k in inside and doc[k].text != "(":
        k += 1
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].text.isupper() and 2 <= len(doc[k + 1].text) <= 8 \
        and doc[k + 2].text == ")"


def _span_tokens(head) -> list:
    """The name part of a noun phrase: head plus compound/amod/poss/det children (recursively),
    plus "of X" when X is capitalised ("Joint Chiefs of Staff")."""
    toks = {head.i: head}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _NAME_DEPS and c.i < head.i or (c.dep_ in ("compound", "flat", "case") and c.head.i >= c.i - 1):
                if c.dep_ == "punct" and c.text not in ("-", "."):
                    continue
                toks[c.i] = c
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "for", "on") and c.i > head.i:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                # "Joint Chiefs of Staff"; "the office of the police inspector general"
                if objs and (objs[0].text[:1].isupper() or objs[0].ent_type_ in ("ORG", "GPE", "NORP") or (
                        t.i == head.i and head.lower_ in L.ORG_ROLE_HEADS
                        and any(g.ent_type_ in ("NORP", "GPE") for g in objs[0].subtree)) or (
                        t.i == head.i and c.lower_ == "of" and head.lower_ in L.ORG_ROLE_HEADS and objs[0].pos_ == "NOUN") or (
                        t.i == head.i and c.lower_ == "of" and head.lower_ in ("minister", "ministry", "secretary")
                        and objs[0].lower_ in _MINISTRY_FIELDS)):
                    toks[c.i] = c
                    for g in objs[0].subtree:
                        if g.dep_ not in ("relcl", "acl", "appos", "punct") and g.head.dep_ not in ("relcl", "acl"):
                            toks[g.i] = g
            elif c.dep_ == "prep" and c.lower_ in ("in", "to", "at") and c.i > head.i and t.i == head.i \
                    and head.pos_ == "PROPN" and _acronym_after(c):
                # rule ``name_then_acronym``: "the ECOWAS Mission in The Gambia (ECOMIG)": a place
                # before the acronym is part of the name
                for g in c.subtree:
                    toks[g.i] = g
            elif c.dep_ == "appos" and c.i > head.i and c.text.isupper() and len(c.text) <= 6:
                toks[c.i] = c  # "Special Operations Forces (SSO)"
    # a named entity is never cut ("Rio Grande do Sul's civil defence agency")
    for ent in sent_ents(head):
        if any(ent.start <= i < ent.end for i in toks) and ent.end <= head.i + 1:
            for t in ent:
                toks[t.i] = t
    ordered = [toks[i] for i in sorted(toks)]
    # keep a contiguous run around the head
    run = [head]
    idx = {t.i for t in ordered}
    i = head.i - 1
    if head.text.isupper() and i - 1 in idx and head.doc[i].text == "(" and i + 2 < len(head.doc) \
            and head.doc[i + 2].text == ")":
        # rule ``name_then_acronym``: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the group ..., said"
        # with the acronym as the parser's head: the name with its acronym
        run.insert(0, head.doc[i])
        i -= 1
    while i in idx:
        run.insert(0, ordered[0].doc[i])
        i -= 1
    i = head.i + 1
    doc = head.doc
    while i in idx or (i < len(doc) and doc[i].text in ("(", ")") and (i + 1 in idx or i - 1 in idx)):
        run.append(doc[i])
        i += 1
    # rule ``name_particles``: "Rio Grande do Sul's ...", "Abu Dhabi", "Ciudad de México": extend a
    # proper name leftwards over capitalised words and name particles the parser split off
    k = run[0].i - 1
    extend = run[0].text[:1].isupper() and run[0].pos_ == "PROPN"
    while extend and k >= head.sent.start:
        t = doc[k]
        particle = (t.lower_ in _NAME_PARTICLES and k - 1 >= head.sent.start and doc[k - 1].text[:1].isupper()
                    and doc[k - 1].pos_ == "PROPN")
        if particle or (t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ in ("compound", "nsubj", "nmod", "poss", "aux")):
            run.insert(0, t)
            k -= 1
        else:
            break
    # "the vice-president": a hyphenated word the tokenizer split is one word
    while run[-1].i + 2 < len(doc) and doc[run[-1].i + 1].text == "-" and not run[-1].whitespace_ \
            and not doc[run[-1].i + 1].whitespace_ and doc[run[-1].i + 2].is_alpha:
        run += [doc[run[-1].i + 1], doc[run[-1].i + 2]]
    # "The International Organization for Migration's displacement tracking": an organisation's
    # name runs on after the parser's head ("for Migration" hung elsewhere)
    ent = next((e for e in sent_ents(head) if e.label_ == "ORG" and e.start <= head.i < e.end - 1
                and run[-1].i < e.end - 1), None)
    if ent is not None and all(t.pos_ == "PROPN" or t.lower_ in ("for", "of", "and", "on", "de", "'s", "’s")
                               for t in doc[run[-1].i + 1:ent.end]):
        run += [t for t in doc[run[-1].i + 1:ent.end] if t.lower_ not in ("'s", "’s")]
    while run and (run[0].dep_ == "det" and run[0].lower_ in ("a", "an", "the", "this", "that", "these", "those")
                   or run[0].is_punct):
        run = run[1:]
    while run and run[-1].is_punct and run[-1].text != ")":
        run = run[:-1]
    if run and run[-1].text == ")" and not any(t.text == "(" for t in run):
        run = run[:-1]  # "(DGME)" cut in half: no lone closing bracket
    if run and any(t.text == "(" for t in run) and not any(t.text == ")" for t in run) \
            and run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text == ")":
        run.append(doc[run[-1].i + 1])  # "the Office of the Prime Minister (OPM)": the bracket closes
    return run or [head]


def mention_from_token(head) -> Mention:
    """A Mention for the noun phrase headed by ``head`` (joint for "A and B", "neither A nor B")."""
    if head.lower_ == "neither":
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for k in range(head.i + 1, len(head.doc)):
            if head.doc[k].pos_ in ("VERB", "AUX"):
                verb = head.doc[k]
                break
        m = mention_from_neither(head, verb)
        if m is not None:
            return m
    neither = next((c for c in head.children if c.lower_ in ("neither", "either") and c.i < head.i), None)
    if neither is not None and head.lower_ != "neither":
        # "Neither the government in Moscow nor the one in Pyongyang has confirmed": the places named
        verb = head.head
        m = mention_from_neither(neither, verb) if verb.i > head.i else None
        if m is not None and m.members:
            return m
    conjs = [c for c in head.children if c.dep_ == "conj"]
    doc = head.doc
    whole = next((e for e in sent_ents(head) if e.label_ in ("ORG", "FAC") and e.start <= head.i < e.end
                  and conjs and all(e.start <= c.i < e.end for c in conjs)), None)
    if whole is not None:
        # rule ``and_in_name``: "U.S. Customs and Border Protection" is one body
        m = _single_mention(head)
        start = min(m.start, whole[0].idx if whole[0].lower_ != "the" else whole[1].idx)
        end = max(m.end, whole.end_char)
        return replace(m, text=doc_text(doc)[start:end], start=start, end=end)
    if conjs:
        heads = [head, *_all_conjs(head)]
        # rule ``no_counted_member``: "recorded by the Medical Examiner and 138 by the health
        # department": a figure joined to a name is not a second source
        heads = [h for h in heads if not h.like_num] or heads
        # rule ``no_counted_member``: "Sixteen people were wounded, five of them children, the
        # governor ... told": the people counted are not a second source
        heads = [h for h in heads if not (h.pos_ == "NOUN" and h.lower_ in _COUNTED_PEOPLE)] or heads
        if len(heads) == 1:
            return _single_mention(heads[0])
        members = [_single_mention(h) for h in heads]
        joined = doc_text(doc)[members[0].start:members[-1].end]
        words = joined.split()
        if len(members) == 2 and (_AND_COUNTRY_RE.match(joined) or len(words) <= 8 and re.search(
                r"\b[A-Z][\w'’-]+ of (?:the )?[A-Z][\w'’-]+ and (?:the )?[A-Z]", joined) and all(
                w[:1].isupper() or w in ("and", "of", "for", "the") for w in words)):
            # rule ``and_in_name``: "Trinidad and Tobago Ministry of Foreign and CARICOM Affairs", "the
            # Metropolitanate of Montenegro and the Littoral": a country or an "X of A and B" name
            return Mention(text=joined, start=members[0].start, end=members[-1].end)
        if len(members) == 2 and len(words) <= 8 and all(w[:1].isupper() or w in ("and", "of", "for") for w in words) \
                and re.sub(r"['’]s$", "", words[-1]) in _NAME_TAILS \
                and not any(h.ent_type_ in ("NORP", "PERSON") or h.ent_type_ == "GPE" and len(m.text.split()) == 1
                            for h, m in zip(heads, members)):
            # rule ``and_in_name``: "Vietnam Disaster and Dyke Management Authority", "Customs and
            # Border Protection": one body whose name has "and" in it
            return Mention(text=joined, start=members[0].start, end=members[-1].end)
        # "U.S., South Korean and Ukrainian officials": the last noun belongs to every member
        last_head = heads[-1]
        if last_head.pos_ == "NOUN" and all(h.ent_type_ in ("NORP", "GPE") for h in heads[:-1]):
            listed = [e for e in sent_ents(head) if e.label_ in ("NORP", "GPE") and heads[0].i <= e.start
                      and e.end <= last_head.i]
            if len(listed) >= 2:
                members = [Mention(f"{e.text} {last_head.text}", e.start_char, last_head.idx + len(last_head.text))
                           for e in listed]
            else:
                members = [Mention(f"{m.text} {last_head.text}", m.start, m.end) for m in members[:-1]] + [members[-1]]
        first, last = members[0], members[-1]
        text = doc_text(doc)[first.start:last.end]
        return Mention(text=text, start=first.start, end=last.end, members=tuple(members))
    ents = [e for e in sent_ents(head) if e.label_ in ("NORP", "GPE") and e.end <= head.i and e.start >= head.left_edge.i]
    if head.pos_ == "NOUN" and len(ents) >= 2:
        # the same list parsed as modifiers of one noun
        between_ok = all(t.lower_ in (",", "and", "or") for e1, e2 in zip(ents, ents[1:]) for t in doc[e1.end:e2.start])
        if between_ok and ents[-1].end == head.i:
            members = tuple(Mention(f"{e.text} {head.text}", e.start_char, head.idx + len(head.text)) for e in ents)
            return Mention(doc_text(doc)[ents[0].start_char:head.idx + len(head.text)], ents[0].start_char,
                           head.idx + len(head.text), members=members)
    return _single_mention(head)


#: Countries whose names have "and" in them.
_AND_COUNTRY_RE = re.compile(r"^(?:the )?(?:Trinidad and Tobago|Bosnia and Herzegovina|Antigua and Barbuda|Saint Kitts and "
                             r"Nevis|Saint Vincent and the Grenadines|São Tomé and Príncipe|Sao Tome and Principe|"
                             r"Heard and McDonald Islands)\b", re.I)
#: Last words of an organisation's name that has "and" in it.
_NAME_TAILS = {"Authority", "Agency", "Management", "Protection", "Service", "Department", "Affairs", "Security",
               "Development", "Relief", "Rescue", "Defence", "Defense", "Emergency", "Administration", "Commission",
               "Office", "Ministry", "Directorate", "Bureau", "Centre", "Center", "Institute", "Council"}


#: People counted, never a source joined to one ("women and children ..., UN officials told").
_COUNTED_PEOPLE = {"children", "women", "men", "boys", "girls", "babies", "infants", "minors", "toddlers", "teenagers"}


def _all_conjs(head) -> list:
    out = []
    for c in head.children:
        if c.dep_ == "conj":
            out.append(c)
            out.extend(_all_conjs(c))
    return out


def _single_mention(head) -> Mention:
    toks = _span_tokens(head)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = doc_text(head.doc)[start:end]
    age = re.match(r"[\w]+\s*-\s*years?\s*-\s*old\s+", text)
    if age and age.end() < len(text):
        # rule ``no_age_in_name``: "a 31-year-old Haitian builder said" is the "Haitian builder"
        start, text = start + age.end(), text[age.end():]
    person = None
    for ent in sent_ents(head):
        if ent.label_ == "PERSON" and ent.start <= head.i < ent.end:
            first = next((t for t in ent if t.lower_ not in _TITLE_WORDS and not t.is_punct), None)
            if first is not None:
                person = doc_text(head.doc)[first.idx:ent.end_char].strip(" ,'’")
                person = re.sub(r"['’]s$", "", person)
            break
    if person is not None and head.dep_ in ("appos", "compound") and head.head.lower_ in L.ORG_ROLE_HEADS:
        person = None  # "the migrant rights group Caminando Fronteras": an organisation, whatever NER says
    if person is not None and (person.lower() in L.METONYMS or person.lower() in L.COUNTRY_ADJECTIVES
                               or person in L.CAPITALS):
        person = None  # "Kyiv has not confirmed": a capital tagged as a person
    low = head.lower_
    doc = head.doc
    possessive_pronoun = any(t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her") for t in toks) or (
        toks[0].i > 0 and doc[toks[0].i - 1].lower_ in ("its", "their"))
    definite = (toks[0].i > 0 and doc[toks[0].i - 1].lower_ in ("the", "this", "that", "its", "their")) or any(
        t.dep_ == "poss" and t.ent_type_ == "GPE" for t in toks) or possessive_pronoun
    plain = ("senior", "top", "chief", "'s", "’s", "its", "their", "latest", "new", "daily", "official", "regular",
             "weekly", "own", "same")
    described = _described_by(toks, head) if definite else None
    modifiers_ok = described is not None or all(
        t.i == head.i or t.lower_ in plain or (definite and t.ent_type_ in ("NORP", "GPE")) for t in toks)
    # "the ministry", "the Ukrainian president", a bare "spokesman": a pointer back to a source
    # named before; a bare plural ("officials said") is an anonymous source of its own
    local = _local_person(head, toks) if person is None else None
    if local:
        text = local
    role = (person is None and low in _ROLE_HEADS and modifiers_ok and all(t.i <= head.i or t.dep_ == "case" for t in toks)
            and (definite or (len(toks) == 1 and not low.endswith("s"))))
    return Mention(
        text=text,
        start=start,
        end=end,
        is_person=person is not None or (head.ent_type_ == "PERSON" and not (
            head.dep_ in ("appos", "compound") and head.head.lower_ in L.ORG_ROLE_HEADS)
            and not (text.lower() in L.METONYMS or text.lower() in L.COUNTRY_ADJECTIVES or text in L.CAPITALS)),
        person_name=person,
        pronoun=low in _PRONOUNS and len(toks) == 1,
        role=role,
        affiliation=_affiliation(head, toks, person),
        title=_title(head) if person is not None or head.pos_ == "PROPN" else None,
        aliases=tuple(dict.fromkeys(t.text for t in (*toks, *head.children) if t.dep_ == "appos" and t.text.isupper()
                                    and 2 <= len(t.text) <= 6 and (t in toks or t.i > 0 and t.doc[t.i - 1].text == "("))) + tuple(
            # rule ``appos_description``: "Magen David Adom, the national ambulance service, said":
            # "the service" later points back to it
            f"the {c.lower_}" for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
            and c.lower_ in L.ORG_ROLE_HEADS and head.pos_ == "PROPN"),
        role_words=(described or ()) if role else (),
    )


def _local_person(head, toks) -> str | None:
    """rule ``local_person``: "a man from Nabasovi", "one mother in Fnideq", "a resident of Karma
    who hid in a grain store": someone known only by where they live is the "Nabasovi man"."""
    if head.lower_ not in L.LOCAL_PEOPLE or any(t.i != head.i and t.lower_ not in ("a", "an", "one", "the", "another")
                                                 for t in toks if t.i < head.i):
        return None
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ in ("from", "in", "of") and p.i > head.i:
            obj = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if obj is not None:
                place = [g for g in obj.subtree if g.i <= obj.i and (g.dep_ in ("compound", "flat") or g.i == obj.i)]
                return f"{doc_text(head.doc)[place[0].idx:obj.idx + len(obj.text)]} {head.text}"
    return None


def _described_by(toks, head) -> tuple[str, ...] | None:
    """rule ``described_role``: "the Britain-based monitor", "the rights group", "the UN mission":
    a definite role noun with descriptive modifiers still points back to a source named before.
    Returns the words the source pointed back to must have ("rights", "UN"; "X-based" and
    "same" describe without naming), or None when a modifier makes it a name of its own."""
    words: list[str] = []
    hyphen = {t.i for t in toks if t.text == "-"}
    for t in toks:
        if t.i == head.i or t.lower_ in ("'s", "’s", "its", "their", "the", "same", "-", "senior", "top", "latest",
                                          "new", "own", "local", "main"):
            continue
        if t.lower_ in ("based", "headquartered", "run", "led", "backed", "funded") and t.i - 1 in hyphen:
            continue  # "Britain-based", "state-run", "UN-backed"
        if t.i + 1 in hyphen:
            continue  # the place or body before "-based"
        if t.pos_ == "PROPN" and not t.text.isupper():
            return None  # "the Tunisian Forum ...": a proper name, not a description
        if t.text.isupper() and len(t.text) <= 4:
            words.append(t.text.lower())  # "the UN mission"
        elif t.text.islower() and t.pos_ in ("ADJ", "NOUN"):
            words.append(t.lower_)
        elif t.ent_type_ in ("NORP", "GPE"):
            continue  # a country: the affiliation rule checks it
        else:
            return None
    return tuple(words)


def _title(head) -> str | None:
    """The role noun apposed to a person's name ("Jane Roe, a spokeswoman for X" -> "spokeswoman")."""
    return next((c.lower_ for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _affiliation(head, toks, person) -> str | None:
    """rule ``affiliation``: whom a source speaks for. An apposition naming an organisation
    ("John Kirby, the White House national security spokesman") wins; else a country in the
    mention ("Ukrainian President ...", "South Korea's Joint Chiefs", "U.S. officials")."""
    for c in head.children:
        if c.dep_ == "appos" and not (c.text.isupper() and len(c.text) <= 6):
            for ent in sent_ents(head):
                if ent.label_ in ("ORG", "GPE", "NORP") and c.left_edge.i <= ent.start and ent.end <= c.right_edge.i + 1:
                    return L.COUNTRY_ADJECTIVES.get(ent.text.lower(), ent.text)
    for t in toks:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text == "-":
            continue  # "the London-based group" is not London's
        if t.ent_type_ in ("NORP", "GPE") and (person is None or t.text not in person):
            ent = next((e for e in sent_ents(head) if e.start <= t.i < e.end), None)
            name = ent.text if ent is not None else t.text
            name = re.sub(r"['’]s$", "", name)
            return L.COUNTRY_ADJECTIVES.get(name.lower(), name)
    return None


def _is_source_noun(tok) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN", "PRON") and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if tok.lower_ in _DOCUMENT_SOURCES and any(c.dep_ in ("amod", "compound") for c in tok.children):
        return True  # rule ``document_source``: "Leaked hospital records show ...": the records speak
    return tok.lower_ not in L.NON_SOURCE_NOUNS or tok.ent_type_ in ("PERSON", "ORG")


#: Documents with no issuer named that are themselves the source of what they show.
_DOCUMENT_SOURCES = {"records", "documents", "files", "papers", "logs", "list", "lists", "ledgers", "spreadsheets",
                     "registers", "manifests"}


# --- rules ------------------------------------------------------------------------------------

_IN_THE_ESTIMATE_OF = {"estimate", "estimation", "view", "words", "reckoning", "opinion", "judgement", "judgment",
                       "assessment", "count", "tally"}


def rule_according_to(sent, anchor) -> Attribution | None:
    """ "according to X" anywhere in the sentence (the one nearest the figure wins)."""
    best = None
    for t in sent:
        frame = t.doc[t.i:min(sent.end, t.i + 4)]
        if len(frame) == 4 and frame[0].lower_ in ("in", "by") and frame[1].lower_ == "the" \
                and frame[2].lower_ in _IN_THE_ESTIMATE_OF and frame[3].lower_ == "of":
            # rule ``in_the_estimate_of``: "numbered 'at least 50,000', in the estimate of a Western
            # diplomat who watched", "by the reckoning of the monitors": an "according to" in other words
            obj = next((c for c in frame[3].children if c.dep_ == "pobj"), None)
            if obj is not None and _is_source_noun(obj):
                dist = abs(t.i - anchor.i)
                if best is None or dist < best[0]:
                    best = (dist, mention_from_token(obj), t)
            continue
        if (t.lower_, t.doc[t.i + 1].lower_ if t.i + 1 < sent.end else "") in (("according", "to"), ("as", "per")):
            # ("as per statements given by survivors to the police")
            to = t.doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
            if not objs:
                # the parser sometimes hangs the object elsewhere: take the next noun
                for k in range(to.i + 1, min(sent.end, to.i + 8)):
                    if t.doc[k].pos_ in ("NOUN", "PROPN"):
                        objs = [_np_head(t.doc[k])]
                        break
            if not objs:
                continue
            obj = objs[0]
            if obj.lower_ in ("reports", "report", "media") and not any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children):
                continue  # ("according to reports"; but "a report issued on Wednesday by OCHA" names its issuer)
            if obj.lower_ in ("copy", "copies", "draft", "version", "excerpt", "summary"):
                continue  # rule ``seen_copy``: "according to a copy seen by the Review": who saw it is not the source
            # "according to figures from X" / "according to a report by X"
            inner = _cue_noun_source(obj) or _released_by(obj)
            if inner is None and _issuer(obj) is not None:
                inner = mention_from_token(_issuer(obj))  # "according to the army's own count"
            its_own = next((g for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in L.PUBLISH_VERBS | L.CUE_VERBS
                            for g in c.children if g.dep_ == "nsubj" and g.lower_ in ("it", "they")), None)
            if inner is None and its_own is not None:
                # rule ``figures_it_released``: "up from roughly 34,000 ..., according to figures it released
                # last month": whoever "it" is (the body named before), not "figures"
                inner = Mention(text=its_own.text, start=its_own.idx, end=its_own.idx + len(its_own.text), pronoun=True)
            m = inner or mention_from_token(_role_of(obj) or obj)
            if inner is None and obj.lower_ in DOCUMENT_ROLES and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children) and not any(
                    c.dep_ in ("compound", "poss") for c in obj.children):
                # rule ``document_points_back``: "According to the same communiqué": whoever issued it
                m = replace(m, text=obj.text, role=True)
            dist = abs(t.i - anchor.i)
            if best is None or dist < best[0]:
                best = (dist, m, t)
    if best:
        return Attribution(source=best[1], cue="according to", cue_token=best[2], rule="according_to")
    return None


_POLL_NOUNS = {"poll", "polls", "survey", "surveys"}
_POLL_ACTS = {"question", "interview", "poll", "survey"}


def _poll_owner(noun):
    """rule ``poll_owner``: whose poll it is -- "a poll by the Montevideo firm Example Cifra", "a poll
    published on Sunday by the Example Malta Observer", "a telephone poll of 600 residents for the
    daily Example Correo", "The firm Example Opinión Pública questioned 1,200 adults for a poll":
    the pollster, else the paper that commissioned it, else whoever ran it."""
    if noun is None or noun.lower_ not in _POLL_NOUNS:
        return None

    def named(t):
        return t is not None and (t.pos_ == "PROPN" or t.ent_type_ == "ORG" or _named_apposition(t) is not None)

    def pobj(prep):
        return next((g for g in prep.children if g.dep_ == "pobj"), None)

    by = [pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    by += [_agent_of(c) for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for_ = [pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"]
    for_ += [pobj(g) for c in noun.children if c.dep_ == "acl" for g in c.children if g.dep_ == "prep" and g.lower_ == "for"]
    for t in (*by, *for_):
        if named(t):
            return t
    # "a telephone poll of 600 Sucre residents for the daily Example Correo": the parser hangs the
    # "for" or "by" on the sample
    for t in noun.subtree:
        if t.i > noun.i and t.dep_ in ("prep", "agent") and t.lower_ in ("by", "for") and t.head.i != noun.i \
                and named(pobj(t)):
            return pobj(t)
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in _POLL_ACTS:
        subj = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
        if named(subj):
            return subj
    return None


def rule_poll_owner(sent, anchor) -> Attribution | None:
    """rule ``poll_owner``: the figures of a sentence about a poll -- its sample and its shares ("In a
    poll of 1,200 adults published on Sunday by Example Opina Perú, 54 per cent said ...") -- are the
    pollster's, when nothing else in the sentence gives them a source."""
    for t in sent:
        if t.lower_ in _POLL_NOUNS and t.pos_ == "NOUN":
            owner = _poll_owner(t)
            if owner is not None:
                return Attribution(source=_mention_with_apposition(owner), cue="poll", rule="poll_owner")
    if anchor.dep_ == "nummod" and anchor.head.dep_ == "dobj" and anchor.head.head.lemma_.lower() in _POLL_ACTS:
        # "The paper questioned 1,020 adults by telephone": who questioned them
        verb = anchor.head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and _is_source_noun(_source_token(subj)[0]):
            return Attribution(source=source_mention(subj), cue=verb.lemma_.lower(), cue_token=verb, rule="poll_owner")
    return None


def _released_by(noun) -> Mention | None:
    """rule ``released_by``: "according to figures released on Wednesday by R4V, a platform of UN
    agencies": a statement noun published by a named body is that body's."""
    if noun.lower_ not in L.STATEMENT_NOUNS and noun.lemma_ not in L.STATEMENT_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_.lower() not in _OBTAIN_VERBS or c.lemma_.lower() == "give"
                                                    and noun.lemma_.lower() in ("statement", "testimony", "account")):
            # (not "a spreadsheet seen by The Review": who obtained a document did not write it; but
            # "statements given by survivors" are the survivors')
            agent = _agent_of(c)
            if agent is not None and _is_source_noun(agent):
                return _mention_with_apposition(agent)
        if c.dep_ == "relcl" and c.lemma_.lower() in L.PUBLISH_VERBS:
            # "according to a report the Example Centrafrique Rights Monitor released on Tuesday"
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON"), None)
            if subj is not None and _is_source_noun(_source_token(subj)[0]):
                return source_mention(subj)
    return _released_that(noun)


_RELEASED_THAT_RE = re.compile(r"^(?:,? [^,.;]{1,60},)? (?:had |has )?(?:released|published|issued|compiled|put out|"
                               r"circulated)\b")


def _released_that(noun) -> Mention | None:
    """rule ``released_by``: "a report that the Example Rights Trust, a Harare-based monitoring
    group, released on Tuesday" (read from the words: the parser often loses the relative clause)."""
    doc = noun.doc
    k = noun.i + 1
    if k >= len(doc) or doc[k].lower_ != "that":
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    head = None
    while k < len(doc) and doc[k].pos_ == "PROPN":
        head, k = doc[k], k + 1
    if head is None or not _RELEASED_THAT_RE.match(doc.text[head.idx + len(head.text):head.idx + len(head.text) + 90]):
        return None
    return _mention_with_apposition(head)


def _np_head(tok):
    while tok.dep_ in ("compound", "amod", "flat", "poss") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _cue_noun_source(noun) -> Mention | None:
    """ "estimates from A, B and C", "a report by X", "data from X" -> X (joint when several)."""
    if noun.lower_ not in L.STATEMENT_NOUNS and noun.lemma_ not in L.STATEMENT_NOUNS:
        return None
    qualifier = " ".join(t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ != "DET") or None
    # "An analysis of drone footage by the Ostwald Institute": who made it ("by"), before what it is of
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent")]
    if noun.dep_ == "dobj":
        # "carried the claim by the CGIL that ...": the "by" the parser hung on the verb
        preps += [c for c in noun.head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                  and c.i == noun.right_edge.i + 1 and _named_object(c)]
    preps += [g for c in preps if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
              for g in o.children if g.dep_ in ("prep", "agent") and g.lower_ == "by"]
    for c in sorted(preps, key=lambda c: c.lower_ == "of"):
        if c.lower_ in ("from", "by", "of") and (c.lower_ != "of" or noun.lower_ in ("report", "statement", "analysis", "study")
                                                 or _named_object(c)):
            # rule ``estimate_of_name``: "the estimate of Example SkyCount" (a name, never "of 3,000")
            return _entity_list_after(c, qualifier)
        if c.lower_ == "on" and noun.lower_ in ("report", "reports", "story") and any(
                o.dep_ == "pobj" and o.lower_ in _BROADCAST_NOUNS for o in c.children):
            # rule ``report_in_outlet``: "a report on a Tegucigalpa television channel that 1,500 had died"
            o = next(o for o in c.children if o.dep_ == "pobj")
            if any(t.lower_ == "citing" for t in noun.sent if t.i > noun.i):
                return None  # "a report on the channel X, citing unnamed hospital staff, that ...": a relay
            named = next((a for a in o.children if a.dep_ == "appos" and (a.pos_ == "PROPN" or any(
                g.dep_ == "compound" and g.pos_ == "PROPN" for g in a.children))), None)
            if named is not None:  # "on the Pristina channel Example Kanal Lindje", "... Example Al-Shamal TV"
                a, b = named.left_edge.idx, named.idx + len(named.text)
                return Mention(text=doc_text(noun.doc)[a:b], start=a, end=b)
            doc = noun.doc
            k = o.i + 1
            while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text in ("-", "'") and k + 1 < len(doc)
                                    and doc[k + 1].pos_ == "PROPN"):
                k += 1
            if k > o.i + 1:  # "on the Lebanese channel Example Al-Shamal TV", however the parser hung the name
                a, b = doc[o.i + 1].idx, doc[k - 1].idx + len(doc[k - 1].text)
                return Mention(text=doc_text(doc)[a:b], start=a, end=b)
            words = [t for t in o.subtree if t.i <= o.i and t.dep_ != "det"]
            return Mention(text=doc_text(noun.doc)[words[0].idx:o.idx + len(o.text)], start=words[0].idx,
                           end=o.idx + len(o.text), qualifier=qualifier)
        if c.lower_ == "in" and noun.lower_ in ("report", "reports", "story", "article") and (_named_object(c) or any(
                o.dep_ == "pobj" and o.lower_ in ("press", "media") for o in c.children)):  # "in the Kinshasa press"
            # rule ``report_in_outlet``: "A report in the Example Diario Norte said ..." is the paper's
            return _entity_list_after(c, qualifier)
    return None


_BROADCAST_NOUNS = {"channel", "station", "radio", "television", "website", "site", "network", "broadcaster",
                    "programme", "program", "show", "page", "account", "channels", "stations", "websites", "sites"}


def _named_object(prep) -> bool:
    """Whether a preposition's object is the name of a body or a person (not a place or a date)."""
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in ("ORG", "PERSON", "") for o in prep.children)


def _entity_list_after(prep, qualifier: str | None) -> Mention | None:
    """Named things after a preposition up to the next verb: "from the U.S., Ukraine, and South Korea"."""
    doc = prep.doc
    sent = prep.sent
    ents = []
    k = prep.i + 1
    while k < sent.end:
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and not t.ent_type_ or t.lower_ in ("that", "who", "which"):
            break
        k += 1
    stop = k
    # a list of names right after the preposition: only commas, "and", "or", "the" between them
    prev_end = prep.i + 1
    for ent in sent_ents(prep):
        if prep.i < ent.start and ent.end <= stop and ent.label_ in ("GPE", "ORG", "NORP", "PERSON", "LOC"):
            between = [t for t in doc[prev_end:ent.start] if t.lower_ not in (",", "and", "or", "the", "&")]
            if between or (ents and ent.root.dep_ == "poss" and ent.root.head.dep_ == "appos"):
                break  # (not "the CGIL, Italy's largest union,": a description, not a second name)
            if ents and ents[-1].end == ent.start and doc[ent.start - 1].lower_ in ("of", "for", "on"):
                ents[-1] = doc[ents[-1].start:ent.end]  # "the Geological Survey of" + "India": one name
            else:
                ents.append(ent)
            prev_end = ent.end
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if ents and objs and objs[0].pos_ == "NOUN" and objs[0].i >= ents[-1].end and all(
            e.label_ in ("NORP", "GPE") for e in ents):
        qualifier = objs[0].lower_  # "from Ukrainian, South Korean and U.S. intelligence"
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    head = objs[0] if objs else None
    if head is not None and head.lower_ in ("show", "shows", "say", "says", "suggest", "suggests", "indicate",
                                            "indicates") and head.i - 1 >= prep.i + 1:
        head = doc[head.i - 1]  # "figures from the UN refugee agency show": "show" read as the noun
    if head is not None and head.pos_ == "NOUN" and _named_apposition(head) is not None:
        m = _mention_with_apposition(head)  # "figures from the UN mission, MINUSCA": the name
        return replace(m, qualifier=qualifier)
    if len(ents) == 1 and head is not None and head.pos_ == "PROPN" and head.i >= ents[0].end \
            and ents[0].root.dep_ == "compound" and ents[0].root.head.i == head.i:
        # rule ``country_in_name``: "a statement from the US Indo-Pacific Command": the whole name, not "US"
        return replace(mention_from_token(head), qualifier=qualifier)
    if len(ents) == 1 and ents[0].label_ in ("ORG", "GPE") and head is not None and head.pos_ in ("NOUN", "PROPN") \
            and head.i >= ents[0].end and not head.text[:1].isupper():
        # "figures from the UN refugee agency", "a claim by Ukraine's military intelligence agency":
        # the whole noun phrase, not just "UN"
        a, b = ents[0].start_char, head.idx + len(head.text)
        m = Mention(text=doc_text(doc)[a:b], start=a, end=b)
        return Mention(m.text, m.start, m.end, m.is_person, m.person_name, m.members, qualifier)
    if objs and any(c.dep_ == "conj" for c in objs[0].children) and len(ents) >= 1 and any(
            doc[e.end].lower_ in ("'s", "’s") for e in ents if e.end < len(doc)):
        # "from the World Health Organization and Congo's health ministry": whole noun phrases
        m = mention_from_token(objs[0])
        if m.members:
            return Mention(m.text, m.start, m.end, members=m.members, qualifier=qualifier)
    if not ents:
        if not objs or not _is_source_noun(objs[0]):
            return None  # "an estimate from drone footage": what it was made from, not who made it
        m = _mention_with_apposition(objs[0])  # "by the group Caminando Fronteras"
        return replace(m, qualifier=qualifier)
    def person(e) -> bool:  # "the group Caminando Fronteras" is an organisation, whatever NER says
        return e.label_ == "PERSON" and not (e.root.head.lower_ in L.ORG_ROLE_HEADS and e.root.dep_ in ("appos", "compound"))

    def acronym(e) -> tuple[str, ...]:  # rule ``acronym_alias``: "the National Institute of Civil Defence (INDECI)" is also "INDECI"
        if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")" \
                and doc[e.end + 1].text.isupper() and 2 <= len(doc[e.end + 1].text) <= 8:
            return (doc[e.end + 1].text,)
        return ()

    members = tuple(Mention(e.text, e.start_char, e.end_char, person(e),
                            e.text if person(e) else None, (), qualifier,
                            aliases=((f"the {e.root.head.lower_}",) if e.root.head.lower_ in L.ORG_ROLE_HEADS
                                     and e.root.dep_ in ("appos", "compound") else ()) + acronym(e)) for e in ents)
    if len(members) == 1:
        return members[0]
    text = doc_text(doc)[members[0].start:members[-1].end]
    return Mention(text, members[0].start, members[-1].end, members=members, qualifier=qualifier)


def rule_cue_noun_from(sent, anchor, cue_verb) -> Attribution | None:
    """ "Intelligence estimates from the U.S., Ukraine, and South Korea suggest that …"."""
    limit = cue_verb.i if cue_verb is not None else anchor.i
    if cue_verb is not None and cue_verb.lemma_.lower() in L.ACKNOWLEDGE_VERBS | L.DENIAL_VERBS:
        # rule ``asked_to_confirm``: "Asked whether he could confirm a report in the daily X that some
        # 400 were waiting": the figure is the report's; whoever was asked only answers for it
        report = next((c for c in cue_verb.children if c.dep_ == "dobj" and c.i < anchor.i
                       and (c.lower_ in L.STATEMENT_NOUNS or c.lemma_ in L.STATEMENT_NOUNS)), None)
        m = _cue_noun_source(report) if report is not None else None
        if m is not None and not any(ch.isdigit() for ch in m.text):
            return Attribution(source=m, cue=report.lemma_, cue_token=report, rule="cue_noun_from")
    for t in sent:
        if t.i >= limit:
            break
        if (t.lower_ in L.STATEMENT_NOUNS or t.lemma_ in L.STATEMENT_NOUNS) and t.pos_ in ("NOUN", "PROPN"):
            m = _cue_noun_source(t)
            if m is not None and any(ch.isdigit() for ch in m.text):
                continue  # "police statements from the other 48 towns": places counted, not a source
            if m is not None:
                return Attribution(source=m, cue=(cue_verb.lemma_ if cue_verb is not None else t.lemma_),
                                   cue_token=cue_verb if cue_verb is not None else t, rule="cue_noun_from")
    return None


def rule_statement_noun_anywhere(sent, anchor) -> Attribution | None:
    """rule ``statement_noun_anywhere``: "More than 1.4 million have returned, data from the IOM
    show, ..." — a statement noun with "from/by X" after the figure, whose verb the tagger missed
    ("show" read as a noun). Only when no reporting verb gave a source."""
    for t in sent:
        if t.i <= anchor.i or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ in L.STATEMENT_NOUNS or t.lemma_ in L.STATEMENT_NOUNS:
            m = _cue_noun_source(t)
            if m is not None:
                return Attribution(source=m, cue=t.lemma_, cue_token=t, rule="statement_noun_anywhere")
    return None


_VERB_FORMS = {"estimates": "estimate", "says": "say", "believes": "believe", "reports": "report",
               "claims": "claim", "shows": "show", "suggests": "suggest", "thinks": "think", "assesses": "assess"}


def rule_misparsed_cue_verb(sent, anchor) -> Attribution | None:
    """rule ``misparsed_cue_verb``: "Israeli military intelligence estimates that Hezbollah has
    40,000 fighters" tagged with "estimates" as a noun: a third-person reporting verb before
    "that" is the verb, and the words before it are its subject."""
    doc = sent.doc
    for t in sent:
        if t.i >= anchor.i:
            break
        if t.lower_ in _VERB_FORMS and t.pos_ in ("NOUN", "PROPN") and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "that":
            known = _known_name_before(t)
            if known:  # "Save the Children estimates that ..."
                return Attribution(source=known, cue=_VERB_FORMS[t.lower_], cue_token=t, rule="misparsed_cue_verb")
            mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "poss", "nsubj") and c.pos_ != "DET"]
            if not mods:
                continue
            first = min(x.i for m in mods for x in m.subtree)
            while first < t.i and (doc[first].pos_ == "DET" or doc[first].is_punct):
                first += 1
            if first >= t.i or not any(doc[k].pos_ in ("NOUN", "PROPN") or doc[k].ent_type_ for k in range(first, t.i)):
                continue
            a, b = doc[first].idx, doc[t.i - 1].idx + len(doc[t.i - 1].text)
            return Attribution(source=Mention(text=doc_text(doc)[a:b], start=a, end=b), cue=_VERB_FORMS[t.lower_],
                               cue_token=t, rule="misparsed_cue_verb")
    return None


def rule_appeal_subject(sent, anchor) -> Attribution | None:
    """rule ``appeal_subject``: "The UN has appealed for $140 million", "Poland says it has spent
    $25bn": a sum a body asks for, pledges or spends is that body's figure."""
    t = anchor
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in L.APPEAL_VERBS:
            subj = _subject_of(t)
            if subj is not None and (subj.i == anchor.i or subj.is_ancestor(anchor)):
                return None  # "Thousands of people spent a second night in the open": the figure spends nothing
            if subj is None and t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.dep_ in ("ROOT", "ccomp"):
                # "The president has ordered three days of mourning and promised 60 million cedis"
                subj = _subject_of(t.head)
            elif subj is not None and subj.lower_ in ("which", "who") and t.dep_ == "relcl" and t.lemma_.lower() != "ask" \
                    and t.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "conj" for c in t.head.children):
                subj = t.head  # "the European Union, which promised €77 million"
            if subj is not None and _is_source_noun(subj) and subj.pos_ != "PRON" and not any(
                    x.lower_ in L.ADDRESS_WORDS or x.lower_ in L.CIVILIAN_NOUNS for x in (subj, *_all_conjs(subj))):
                # (not "the avenue and the side streets ... offer some 140,000 square metres")
                return Attribution(source=mention_from_token(subj), cue=t.lemma_.lower(), cue_token=t,
                                   rule="appeal_subject")
            return None
    return None


def rule_possessive_cue(sent, anchor) -> Attribution | None:
    """ "Ukraine's estimate of 3,000" / "the ministry's figures show"."""
    for t in sent:
        if (t.lower_ in L.CUE_NOUNS or t.lemma_ in L.CUE_NOUNS) and t.pos_ == "NOUN":
            poss = [c for c in t.children if c.dep_ == "poss"] or ([_issuer(t)] if _issuer(t) is not None else [])
            if poss and poss[0].pos_ == "PRON" and not (t.i <= anchor.i <= t.right_edge.i or t.head.lemma_.lower() in
                                                         L.CUE_VERBS | {"show", "include", "put", "stand", "reach"}
                                                         or t.dep_ == "pobj" and t.head.lower_ in ("by", "in", "on")
                                                         and t.head.i < anchor.i):
                # ("By its count, four of them have been killed": the count frames the clause)
                continue  # "their numbers may exceed those of the rebels": a count, not a statement
            if poss and poss[0].ent_type_ in ("DATE", "TIME"):
                continue  # "today's figure", "Monday's toll": when, not who
            if poss and _is_source_noun(poss[0]) and _figure_in_scope(t, anchor):
                return Attribution(source=mention_from_token(poss[0]), cue=t.lemma_, cue_token=t, rule="possessive_cue")
    return None


def _figure_in_scope(noun, anchor) -> bool:
    """rule ``possessive_scope``: "X's figures" gives the figure to X only when the figure is what
    those figures say: inside the noun phrase ("the ministry's tally of 212"), in the clause the noun
    is the subject of ("the ministry's figures show 212 died") or in the clause a phrase with it
    frames ("In the ministry's count, 212 died"). "That is more than double the ministry's figure"
    is the outlet's own comparison."""
    if noun.left_edge.i <= anchor.i <= noun.right_edge.i:
        return True
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "VERB" and head.lemma_.lower() in ("show", "suggest", "indicate") \
            and head.i > anchor.i:
        # "..., the interior ministry's figures show, up from 1,050": a trailing "figures show" parsed
        # with the noun hung on the verb; it gives the clause it trails
        top = head.head if head.dep_ in ("conj", "parataxis", "ccomp") else head
        return top.left_edge.i <= anchor.i <= top.right_edge.i
    if noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ in ("dep", "parataxis", "npadvmod") and head.pos_ in ("VERB", "AUX"):
        # (also "..., the state agriculture department estimates, ..." with "estimates" misread as a noun)
        return head.left_edge.i <= anchor.i <= head.right_edge.i
    if noun.dep_ == "pobj" and head.lower_ in ("in", "by", "to", "from", "on", "under", "with"):
        frame = head.head.head if head.head.lower_ == "according" else head.head
        if _share_figure(anchor) and head.head.lower_ != "according":
            # rule ``share_on_their_figures``: "On the committee's figures, the 62 identified are fewer
            # than half of the dead": a share worked out on someone's figures is the outlet's arithmetic
            return False
        return frame.left_edge.i <= anchor.i <= frame.right_edge.i and frame.pos_ in ("VERB", "AUX")
    return False


_SHARE_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "sixth",
                "eighth", "majority", "minority"}


def _share_figure(anchor) -> bool:
    """The figure is a share: "half", "two-thirds", "one in 12", "84 per cent"."""
    doc = anchor.doc
    nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    nxt2 = doc[anchor.i + 2] if anchor.i + 2 < len(doc) else None
    return anchor.lower_ in _SHARE_WORDS or anchor.lower_.split("-")[-1] in _SHARE_WORDS or (
        nxt is not None and (nxt.lower_ in ("per", "percent", "%", "pc", "pct") or nxt.lower_ in _SHARE_WORDS
                             or nxt.lower_ == "in" and nxt2 is not None and nxt2.like_num))


def token_before_time(tok):
    """The token before the time phrase ``tok`` belongs to, over punctuation ("Rosa Ayala, last night
    dismissed" -> "Ayala"), or None at the start of the sentence."""
    k = tok.left_edge.i - 1
    doc = tok.doc
    while k >= tok.sent.start and (doc[k].is_punct or doc[k].ent_type_ in ("DATE", "TIME")):
        k -= 1
    return doc[k] if k >= tok.sent.start else None


_QUANTIFIER_SUBJECTS = {"most", "some", "many", "all", "half", "several", "none", "few", "each", "both", "one", "others"}


def _subject_of(verb):
    subjects = [c for c in verb.children if c.dep_ in _SUBJ_DEPS]
    if any(c.ent_type_ in ("DATE", "TIME") for c in subjects):
        # rule ``time_is_no_subject``: "its secretary-general, Rosa Ayala, last night dismissed the
        # figure" parsed with "night" as the subject: the name just before the time is
        subjects = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")]
        if not subjects:
            name = token_before_time(next(c for c in verb.children if c.dep_ in _SUBJ_DEPS))
            return name if name is not None and name.pos_ in ("PROPN", "NOUN") else None
    if len(subjects) > 1:
        # "At least 212 migrants drowned ..., the charity X said": two subjects hung on "said";
        # the one holding the figure is what was said, not who said it
        without = [c for c in subjects if not any(t.like_num for t in c.subtree)]
        subjects = without or subjects
        # "the route, which the IOM says claimed 959 lives": "which" belongs to the inner clause
        nouns = [c for c in subjects if c.lower_ not in ("which", "that", "who")]
        subjects = nouns or subjects
        # rule ``quantifier_not_speaker``: "Twelve people were pulled from the sea, most of them by a
        # trawler's crew, the authority said": a quantifier ("most", "some", "all") is what was said
        nouns = [c for c in subjects if c.lower_ not in _QUANTIFIER_SUBJECTS]
        subjects = nouns or subjects
    for c in subjects:
        if c.dep_ in _SUBJ_DEPS:
            if c.dep_ == "nsubjpass" and verb.lemma_.lower() in L.CUE_VERBS:
                return None  # "North Korea is believed to have 11,000": not a source
            if (c.pos_ in ("AUX", "VERB") or c.lower_ in ("is", "are", "was", "were")) and c.dep_ == "nsubj":
                inner = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
                if inner is not None:
                    return inner  # "The organisers, a coalition calling itself Slovakia Is Europe, said": "Is" is no subject
            if c.dep_ == "csubj" and c.i == c.left_edge.i:
                # rule ``misparsed_noun_modifier``: "Aid officials in Goris say ..." parsed with "Aid"
                # as a verb and "officials" as its object: the object is the subject
                obj = next((g for g in c.children if g.dep_ == "dobj" and g.pos_ == "NOUN"
                            and g.lower_ in L.ANONYMOUS_SOURCE_NOUNS | L.SPEAKER_ROLES), None)
                if obj is not None:
                    return obj
            return c
    return None


def _agent_of(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _misparsed_root_verb(verb) -> bool:
    """A verb parsed as the modifier of a root noun before it ("A data company, Example Flow,
    estimated that ..." has no verb at its root)."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.head.i < verb.i and any(t.text == "," for t in verb.doc[verb.head.i:verb.i])


def cue_verbs_above(anchor) -> list:
    """Reporting verbs on the path from the figure up to the root, nearest first."""
    out = []
    t = anchor
    seen = set()
    while t is not None and t.i not in seen:
        seen.add(t.i)
        if (t.pos_ in ("VERB", "AUX") or _misparsed_verb(t)) and t.lemma_.lower() in L.CUE_VERBS and t.i != anchor.i \
                and not (t.dep_ in ("acl", "amod") and t.tag_ == "VBN" and not _misparsed_root_verb(t)) \
                and not (t.lemma_.lower() == "find" and not _finds_that(t)) \
                and not (t.lemma_.lower() == "claim" and any(c.dep_ == "dobj" and c.lower_ in ("lives", "life", "victims")
                                                             for c in t.children)) \
                and not _idiom_not_reporting(t):
            # ("people confirmed dead"; "the route claimed 959 lives" kills, it does not report)
            out.append(t)
        elif t.i == anchor.i and t.pos_ == "VERB" and t.lemma_.lower() in L.CUE_VERBS and t.dep_ != "amod":
            out.append(t)
        if t.head.i == t.i:
            break
        t = t.head
    # rule ``trailing_said``: "At least 100 were killed, a lawmaker said." parses "said" as a
    # child of the figure's clause, not above it
    root = t
    # ... also at the end of a chain of conjuncts: "14 were killed and five are held as
    # prisoners, the ministry said" parses "said" as a conjunct of "held"
    later = [c for c in root.children if c.dep_ in ("parataxis", "ccomp", "advcl", "conj") and not any(
        g.dep_ in ("mark", "cc") and g.lower_ in ("although", "though", "while", "whereas", "but") for g in c.children)]
    # ("..., although Western analysts said ..." is another statement, not this figure's source)
    later += [g for c in later if c.dep_ == "conj" for g in _all_conjs(c)]
    for c in later:
        if c.pos_ == "VERB" and c.lemma_.lower() in L.CUE_VERBS and not _idiom_not_reporting(c) \
                and (c.i > anchor.i or _parenthetical(c)) and all(v.i != c.i for v in out) and (
                    _subject_of(c) is not None or _subject_left_of(c) is not None):
            out.append(c)
    return out


def _parenthetical(verb) -> bool:
    """rule ``parenthetical_said``: "On Saturday and Sunday together, he said, 1,320 had been
    admitted": a reporting clause set off by commas inside the sentence, before the figure."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    if doc[left].dep_ in ("advmod", "mark") and doc[left].lower_ in ("when", "as", "that", "because", "after") \
            and left + 1 < right and doc[left + 1].text == ",":
        left += 1  # "police opened fire when, the ministry says, 'several hundred' protesters tried ..."
    return verb.dep_ == "parataxis" and right - left <= 8 and (
        doc[left].text == "," or left > 0 and doc[left - 1].text == ",") and (
        doc[right].text == "," or right + 1 < len(doc) and doc[right + 1].text == ",")


def _idiom_not_reporting(t) -> bool:
    """A reporting verb in an idiom that reports nothing: "the hillside gave way", "gave birth" (but
    "gave a toll of 22, up from eight" is not "gave up")."""
    return t.lemma_.lower() == "give" and any(c.lower_ in ("way", "birth", "chase", "up") and not (
        c.lower_ == "up" and any(p.lower_ == "from" for p in c.children)) for c in t.children)


def _misparsed_verb(t) -> bool:
    """rule ``misparsed_verb``: "Satellite images analysed by X show that ..." with "show" tagged as
    a noun: a sentence root with a subject and a "that" clause is a verb."""
    if t.dep_ == "ROOT" and t.pos_ == "NOUN" and t.lower_ in ("count", "estimate", "put", "reckon") and any(
            c.dep_ == "nsubj" and c.tag_ == "NNS" for c in t.children) and not any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in t.children):
        return True  # "Western diplomats in Harare count between 10,000 and 12,000" ("count" tagged a noun)
    return t.dep_ == "ROOT" and t.pos_ == "NOUN" and t.lower_ in ("show", "shows", "suggest", "suggests", "indicate",
                                                                    "indicates", "reveal", "reveals") and any(
        c.dep_ == "nsubj" for c in t.children) and any(
        c.dep_ == "ccomp" for c in t.children)


def _finds_that(verb) -> bool:
    """ "The study found that ..." reports; "fishermen had found 14 bodies" does not."""
    subj = _subject_of(verb)
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or (
        subj is not None and (subj.lower_ in L.STATEMENT_NOUNS or subj.lemma_ in L.STATEMENT_NOUNS))


def _subject_left_of(verb):
    """rule ``subject_before_said``: in "…, South Korea's National Intelligence Service (NIS) said"
    the parser often leaves "said" without a subject; take the noun phrase just before it when a
    comma opens that phrase."""
    doc = verb.doc
    k = verb.i - 1
    comma_before = k > verb.sent.start and doc[k].text == "," and verb.dep_ == "ROOT" and _subject_of(verb) is None
    if comma_before:
        k -= 1  # "At X Hospital, the director, Dr Y, said ...": the parser leaves "said" without a subject
    elif verb.dep_ == "conj" and k > verb.sent.start and doc[k].text == "," and _subject_of(verb) is None \
            and doc[k - 1].ent_type_ == "PERSON" and doc[k - 1].pos_ == "PROPN" \
            and not any(c.dep_ == "cc" and c.i < verb.i for c in (*verb.children, *verb.head.children)):
        # rule ``role_and_name_before_verb``: "The agency registered 27,640 arrivals, its head of
        # office in Dundo, Karim Osei, told the Herald": parsed as the agency's second verb; the role
        # (or the name) set off by commas right before the verb speaks
        name = doc[k - 1]
        role = next((a for a in name.ancestors if a.i < name.i and a.pos_ == "NOUN" and a.lower_ in
                     L.SPEAKER_ROLES | L.INSTITUTION_ROLES | L.SELF_ROLES and doc[a.left_edge.i - 1].text == ","), None)
        if role is not None and any(c.lower_ == "whose" for c in role.children):
            # "... the region's emergency operations centre, whose head, engineer Carmen Ruidías, said":
            # the centre speaks
            return role.head if role.dep_ == "appos" and role.head.pos_ in ("NOUN", "PROPN") else None
        if role is not None:
            return role
        first = next((e.start for e in sent_ents(name) if e.start <= name.i < e.end), name.i)
        return name if doc[first - 1].text == "," else None
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k >= verb.sent.start and doc[k].ent_type_ in ("DATE", "TIME") and _subject_of(verb) is None:
        # rule ``time_is_no_subject``: "..., Rosa Ayala, last night dismissed": skip the time
        name = token_before_time(doc[k])
        return name if name is not None and name.pos_ == "PROPN" else None
    if k < verb.sent.start or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[k]
    j = k
    while j - 1 >= verb.sent.start and (doc[j - 1].pos_ in ("PROPN", "ADJ", "NOUN", "PART") or doc[j - 1].dep_ in ("compound", "poss", "case", "amod", "det")
                                        or (doc[j - 1].lower_ in ("of", "for", "on") and j - 2 >= verb.sent.start
                                            and doc[j - 2].text[:1].isupper() and doc[j].text[:1].isupper())):
        j -= 1  # "..., the International Organization for Migration said"
    if j == verb.sent.start or doc[j - 1].text in (",", "—", "–", "-"):
        if comma_before:
            while noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head  # "the director, Dr Y" -> the director; "At X Hospital, the director" -> X Hospital
        return noun
    return None


def _verb_subject(verb):
    """The subject of a verb, looking through participles and conjuncts to the clause that has one."""
    v = verb
    if v.dep_ == "relcl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in ("which", "who", "whom") and c.i < v.i for c in v.children):
        # rule ``relative_subject``: "Rwanda's government, which Kinshasa and the UN accuse of backing
        # M23, says ..." parsed as one relative clause: the noun it hangs on is the one that says
        return v.head
    for step in range(4):
        s = _subject_of(v)
        if s is not None:
            if s.lower_ in ("which", "who", "that") and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                h = v.head
                if s.lower_ == "who" and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.dep_ in (
                        "acl", "amod") and h.head.head.head.pos_ in ("NOUN", "PROPN"):
                    # rule ``relative_subject``: "A Thai officer involved in planning, who asked not to be
                    # named, put the team at about 30": "who" is the officer, not the planning
                    return h.head.head.head
                return h  # rule ``relative_subject``: "the IOM's project, which recorded 1,846"
            return s
        a = _agent_of(v)
        if a is not None:
            return a
        if (step == 0 and v.dep_ == "conj" and v.lemma_.lower() in L.CUE_VERBS | L.DENIAL_VERBS | {"call", "describe", "label", "brand"}
                and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in L.CUE_VERBS
                and _subject_of(v.head.head) is not None):
            # rule ``said_and_denied``: "Its spokesman said 50 had died, and dismissed the figure":
            # the second verb hung on what was said is the speaker's own
            return _subject_of(v.head.head)
        if step == 0 and v.dep_ == "ROOT" and v.lemma_.lower() in L.CUE_VERBS:
            # rule ``fronted_place_subject``: "In Tibú, a priest who ... told the Wire that ..." parsed
            # with the priest in apposition to the place that opens the sentence
            doc = v.doc
            fronted = next((a for p in v.lefts if p.dep_ == "prep" for a in p.subtree
                            if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN") and _is_source_noun(a)
                            and a.head.i < a.i and (a.right_edge.i + 1 == v.i or a.right_edge.i + 2 == v.i
                                                    and doc[a.right_edge.i + 1].text == ",")), None)
            if fronted is not None and _subject_of(v) is None:
                return fronted  # ... "On the Indian side of the frontier, the chief minister of J&K told ..."
        if step == 0 and v.dep_ in ("conj", "parataxis", "ROOT") and v.lemma_.lower() in L.CUE_VERBS:
            left = _subject_left_of(v)
            if left is not None:
                return left
        if step == 0 and v.dep_ == "ROOT" and v.lemma_.lower() in L.CUE_VERBS:
            # rule ``verb_series_subject``: "the governor raised the toll to 43, said seven were
            # still unaccounted for, and put ..." parsed with the first verb as what was said:
            # a series of verbs shares the subject of the first
            shared = next((s for c in v.children if c.dep_ == "ccomp" and c.i < v.i and c.pos_ == "VERB"
                           and v.doc[v.i - 1].text == ","
                           and not any(t.lower_ in ('"', "“", "”") for t in v.doc[c.left_edge.i:v.i])
                           for s in [_subject_of(c)] if s is not None), None)
            if shared is not None and shared.pos_ in ("NOUN", "PROPN"):
                return shared
        if step == 0 and v.lemma_.lower() in L.CUE_VERBS:
            # "Save the Children estimates that ...": an organisation's name right before the verb
            ent = next((e for e in sent_ents(v) if e.end == v.i and e.label_ in ("ORG", "PERSON")), None)
            if ent is not None:
                return ent.root
        if step == 0 and _misparsed_root_verb(v) and v.lemma_.lower() in L.CUE_VERBS:
            # rule ``misparsed_root_noun``: "A data company, Example Flow, estimated that ...", parsed
            # with the company as the sentence's root and the verb as its modifier
            return v.head
        if v.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and v.head.i != v.i:
            v = v.head
            continue
        break
    return _neither_nor_subject(verb)


def _neither_nor_subject(verb):
    """rule ``neither_nor_subject``: "neither Moscow nor Pyongyang has acknowledged" parsed without
    a subject: the "neither" token stands in for the joint subject (see ``mention_from_neither``)."""
    sent = verb.sent
    for t in sent:
        if t.i >= verb.i:
            break
        if t.lower_ == "neither" and any(x.lower_ == "nor" for x in sent.doc[t.i:verb.i]):
            return t
    return None


def mention_from_neither(neither, verb) -> Mention | None:
    """The named things between "neither" and the verb, as one joint mention."""
    doc = neither.doc
    members = []
    for ent in sent_ents(neither):
        if neither.i < ent.start and ent.end <= verb.i and ent.label_ in ("GPE", "ORG", "PERSON", "NORP", "LOC"):
            members.append(Mention(ent.text, ent.start_char, ent.end_char, ent.label_ == "PERSON",
                                   ent.text if ent.label_ == "PERSON" else None))
    if not members:
        for k in range(neither.i + 1, verb.i):
            if doc[k].pos_ == "PROPN":
                t = doc[k]
                members.append(Mention(t.text, t.idx, t.idx + len(t.text)))
    if not members:
        return None
    if len(members) == 1:
        return members[0]
    return Mention(doc_text(doc)[members[0].start:members[-1].end], members[0].start, members[-1].end, members=tuple(members))


def _issuer(noun):
    """rule ``statement_issuer``: "A UNHCR survey found …", "IOM data show …", "the agency's report
    says …": the organisation that issued the statement noun, when the noun names one."""
    if noun is None or (noun.lower_ not in L.STATEMENT_NOUNS and noun.lemma_ not in L.STATEMENT_NOUNS
                        and noun.lower_ not in L.CUE_NOUNS and noun.lower_ not in _STUDY_NOUNS):
        return None
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i and c.ent_type_ not in ("DATE", "TIME") and (
                c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or c.pos_ == "PROPN" or c.lower_ in _ROLE_HEADS):
            return c  # (not "Its Sunday evening bulletin": a day issues nothing)
    if noun.lower_ in _STUDY_NOUNS:
        # "A poll by the Example Centre for Public Research found ...": who made the study ("An
        # analysis of drone footage by the Ostwald Institute": the "by" may hang on the footage)
        heads = {noun.i} | {o.i for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
        for p in [t for t in noun.subtree if t.i > noun.i]:
            if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from") and p.head.i in heads:
                o = next((o for o in p.children if o.dep_ == "pobj" and (o.ent_type_ in ("ORG", "PERSON") or o.pos_ == "PROPN")), None)
                if o is not None:
                    return o
                # "A poll by the Asunción firm Example Ñandutí Consultores": the firm's name
                o = next((_named_apposition(o) for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                          and _named_apposition(o) is not None), None)
                if o is not None:
                    return o
    return None


_STUDY_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "analysis", "census", "tally", "count",
                "assessment", "audit", "review", "reading", "estimate", "estimates", "analyses", "calculation",
                "reconstruction", "projection", "model"}


def rule_fronted_study(sent, anchor) -> Attribution | None:
    """rule ``fronted_study``: "In a Hollis Research poll for this newspaper last week, 38pc of
    respondents named ...": a study named in the sentence's opening phrase is the source."""
    for p in sent:
        if p.i > anchor.i or p.dep_ != "prep" or p.lower_ not in ("in", "from"):
            continue
        for o in p.children:
            if o.dep_ == "pobj" and o.lower_ in _STUDY_NOUNS:
                issuer = _issuer(o)
                if issuer is not None and _is_source_noun(issuer):
                    return Attribution(source=mention_from_token(issuer), cue=o.lemma_.lower(), cue_token=o,
                                       rule="fronted_study")
    return None


#: People who work at a body and, named with it, speak for it ("economists at the Example Institute").
_STAFF_NOUNS = {"economists", "researchers", "scientists", "experts", "analysts", "doctors", "staff", "officials",
                "engineers", "statisticians"}
_SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople"}
_SUBUNITS = {"team", "office", "unit", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "press",
             "secretariat", "desk", "leader", "leadership", "chief", "head", "commander", "director", "sector", "branch", "wing", "section"}


def _owner(noun):
    """rule ``subunit_owner``: "the military government's information team said" -> the government."""
    if noun is None or noun.lower_ not in _SUBUNITS:
        return None
    if any(c.dep_ == "compound" and c.lower_ in _HOLDER_BODIES for c in noun.children):
        return None  # "the capital's police chief": the police, not the capital (``body_of_holder``)
    # "South Korea's ... team" stays the team: a country is not who speaks
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                 and c.ent_type_ not in ("GPE", "NORP") and c.lower_ not in L.SPEAKER_ROLES), None)


_OBTAIN_VERBS = {"see", "obtain", "receive", "leak", "acquire", "review", "show", "pass", "give", "send", "share"}


def _analysed_by(noun):
    """rule ``analysed_by``: "Satellite images analysed by the UN show ..." -> the UN: material
    that a named body analysed, compiled or collected speaks for that body."""
    if noun is None or noun.lower_ not in L.NON_SOURCE_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_.lower() not in _OBTAIN_VERBS or c.lemma_.lower() == "give"
                                                    and noun.lemma_.lower() in ("statement", "testimony", "account")):
            # (not "a spreadsheet seen by The Review": who obtained a document did not write it; but
            # "statements given by survivors" are the survivors')
            agent = _agent_of(c)
            if agent is not None and _is_source_noun(agent):
                return agent
    return None


def _definite_owner(noun):
    """rule ``owner_of_tool``: "the agency's Displacement Tracking Matrix" -> the agency: what an
    organisation named before runs speaks for it."""
    if noun is None:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in L.ORG_ROLE_HEADS
                 and any(g.lower_ in ("the", "its", "their") for g in c.children)), None)


def _team_of(noun):
    """rule ``team_of``: "a team of researchers from a local university" -> the researchers."""
    if noun is None or noun.lower_ not in ("team", "group"):
        return None  # "a UN panel of experts", "a coalition of civic groups": the body itself
    if any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_) for c in noun.children):
        return None  # "a UN team of investigators" is the UN team
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
        return None  # "An independent group of volunteers, Example Crowd Watch Thailand,": the group named
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ == "NOUN" and objs[0].lower_.endswith("s"):
                return objs[0]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from" and noun.lower_ == "team":
            # "A team from the Catholic University's urban studies laboratory": the laboratory
            objs = [g for g in c.children if g.dep_ == "pobj" and any(
                x.pos_ == "PROPN" or x.ent_type_ == "ORG" for x in g.subtree)]
            if objs:
                return objs[0]
    return None


def _role_of(noun):
    """rule ``role_of_org``: an unnamed office-holder speaks for the body he or she holds office in —
    "the head of the IOM's office in Yemen" -> the IOM's office (then ``subunit_owner``: the IOM),
    "the deputy head of Ukraine's military intelligence agency" -> that agency, "the director of
    the health office in Abyan" -> the health office. A named holder ("Oleksandr Moroz, the deputy
    head of ...") is left to the person rules."""
    if noun is None or noun.ent_type_ == "PERSON":
        return None
    staff = noun.lower_ in _STAFF_NOUNS
    if noun.lower_ not in L.SPEAKER_ROLES and not staff:
        return None
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "from") and c.i > noun.i:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if staff and (c.lower_ not in ("at", "from") or not (objs and objs[0].ent_type_ == "ORG")):
                continue  # "economists at the Example Institute": staff speak for a named body only
            if objs and (objs[0].ent_type_ in ("ORG", "GPE", "NORP") or objs[0].pos_ == "PROPN"
                         or objs[0].lower_ in L.ORG_ROLE_HEADS or objs[0].lower_ in _ROLE_HEADS
                         or objs[0].lower_ in L.MEMBER_BODIES  # "a spokesman for the Libyan coast guard"
                         or any(g.dep_ == "poss" and (g.lower_ in L.MEMBER_BODIES or g.ent_type_ == "ORG")
                                for g in objs[0].children)  # "... for the coast guard's western sector"
                         or objs[0].lower_ in L.FORCE_BODY_WORDS and any(
                             g.dep_ == "poss" and g.ent_type_ in ("GPE", "NORP", "ORG") for g in objs[0].children)):
                # ... and "the spokesman for Pakistan's armed forces" -> Pakistan's armed forces
                obj = objs[0]
                return _owner(obj) or obj
    return None


def _named_apposition(noun):
    """rule ``appos_name``: "the independent monitoring group Myanmar Conflict Tracker" -> the name."""
    if noun is None or not (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.text.islower()):
        return None  # ("the national civil defence institute, INDECI," with "institute" tagged a name)
    for c in noun.children:
        if c.dep_ in ("appos", "compound") and c.i > noun.i and c.pos_ == "PROPN":
            return c
        if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "NOUN" and c.lower_ in L.MEMBER_BODIES and any(
                g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children):
            return c  # "The organisers, the Example Acorda Brasil movement, claimed": the movement named
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "ORG" and nxt.head.i != noun.i:
        ent = next((e for e in sent_ents(noun) if e.start == nxt.i), None)
        if ent is not None:
            return ent.root
    if noun.lower_ in L.ORG_ROLE_HEADS or noun.lower_ in _ROLE_HEADS:
        # "A rights monitor based in Washington, the Iran Example Rights Network, puts ...": the
        # parser hangs the name on "Washington"; a name set off by a comma inside the noun's phrase
        for e in sent_ents(noun):
            if e.label_ == "ORG" and noun.i < e.start <= noun.right_edge.i and noun.doc[e.start - 1].text == ",":
                return e.root
    return None


_MINISTRY_FIELDS = {"defence", "defense", "interior", "health", "information", "finance", "justice", "migration",
                    "security", "affairs", "labour", "labor", "education", "agriculture", "transport", "energy"}
_NOT_PORTFOLIO = {"former", "deputy", "then", "acting", "new", "junior", "state", "assistant", "outgoing", "incoming",
                  "interim", "caretaker", "late", "current"}
_FORCE_BODIES = {"police", "gendarmerie", "army", "military", "navy", "fire", "coastguard", "border", "prison",
                 "customs", "militia"}
#: Compounds that name the body an office holder serves ("the capital's police chief", "Eswatini's
#: government spokesperson"): the body speaks, not the place or organisation before it.
_HOLDER_BODIES = _FORCE_BODIES | {"government", "ministry", "presidency"}


def _lowercase_portfolio(noun):
    """The portfolio written in lower case after "minister": "of defence", "for internal affairs",
    "of state for home affairs" (the word "affairs" needs its kind before it)."""
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ not in ("of", "for"):
            continue
        for o in p.children:
            if o.dep_ != "pobj" or not o.text.islower():
                continue
            if o.lower_ == "state":  # "minister of state for internal affairs" ("for" on "state" or on the minister)
                inner = _lowercase_portfolio(o)
                if inner is not None:
                    return inner
                continue
            if o.lower_ in _MINISTRY_FIELDS and (o.lower_ != "affairs" or any(
                    c.dep_ in ("amod", "compound") for c in o.children)):
                return o
    return None


def _called_name(noun) -> Mention | None:
    """rule ``called_itself``: "The organisers, a coalition of civic groups calling itself Slovakia Is
    Europe, said"; "The office, known as the Defensoría del Pueblo, said": the name it goes by."""
    doc = noun.doc
    for n in [noun, *[c for c in noun.children if c.dep_ == "appos"]]:
        for acl in n.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in ("call", "know", "name"):
                continue
            targets = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj")] + [
                o for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            for t in targets:
                ent = next((e for e in sent_ents(t) if e.start <= t.i < e.end and e.label_ in ("ORG", "FAC", "GPE")), None)
                if ent is not None and ent.start > acl.i:
                    start = ent[1].idx if ent[0].lower_ == "the" else ent.start_char
                    return Mention(doc_text(doc)[start:ent.end_char], start, ent.end_char, aliases=(f"the {noun.lower_}", *_organiser_aliases(noun)))
                if t.pos_ == "PROPN":
                    toks = [x for x in t.subtree if x.lower_ != "the"]
                    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                    return Mention(doc_text(doc)[start:end], start, end, aliases=(f"the {noun.lower_}", *_organiser_aliases(noun)))
    return None


def _mention_with_apposition(noun) -> Mention:
    """The mention for ``noun``, or for the name apposed to it; a name apposed to an organisation
    noun ("the migrant rights group Caminando Fronteras") is an organisation, whatever NER says."""
    called = _called_name(noun)
    if called is not None:
        return called
    body = next((c for c in noun.children if c.dep_ == "compound" and c.lower_ in _FORCE_BODIES), None)
    if noun.lower_ in L.INSTITUTION_ROLES | {"commissioner"} and body is not None and _apposed_person(noun):
        # rule ``body_of_holder``: "The capital's police chief, Colonel Haja Rakotomalala, told ..." is
        # the capital's police; "The island's gendarmerie commander, Captain Y, said" its gendarmerie
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        start = owner.left_edge.idx if owner is not None else body.idx
        end = body.idx + len(body.text)
        text = doc_text(noun.doc)[start:end]
        if owner is not None:  # "Kiribati's acting police commissioner": "Kiribati's police"
            last = owner.right_edge
            text = f"{doc_text(noun.doc)[start:last.idx + len(last.text)]} {body.text}"
        return Mention(text=text, start=start, end=end, person_name=_apposed_person(noun), by_office=True)
    of_place = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if noun.lower_ in L.SELF_ROLES and of_place is not None and _apposed_person(noun):
        # "The mayor of Liloan, Rodel Yap, tells us ...": the Liloan mayor
        start, end = noun.idx, noun.idx + len(noun.text)
        place = [t for t in of_place.subtree if t.i <= of_place.i and t.dep_ == "compound" or t.i == of_place.i]
        place = doc_text(noun.doc)[place[0].idx:of_place.idx + len(of_place.text)]  # "Lunda Norte", not "Norte"
        return Mention(text=f"{place} {noun.lower_}", start=start, end=end, person_name=_apposed_person(noun),
                       by_office=True)
    of_body = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lower_ in L.ORG_ROLE_HEADS), None)
    if noun.lower_ in L.CHAIR_ROLES and of_body is not None and _apposed_person(noun):
        # rule ``chair_of_body``: "The chairman of the Guma local government council, Terkura Abaji,
        # said" is recorded by the office, "Guma local government council chairman"
        words = [t for t in of_body.subtree if t.i <= of_body.i and t.dep_ not in ("det", "punct", "poss")]
        start, end = noun.idx, noun.idx + len(noun.text)
        return Mention(text=" ".join(t.text for t in words) + f" {noun.lower_}", start=start, end=end,
                       person_name=_apposed_person(noun), by_office=True)
    if noun.lower_ in L.SELF_ROLES and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC", "ORG") or c.dep_ == "poss"
                                           and c.pos_ == "PROPN" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                                           and c.i < noun.i for c in noun.children):
        # (also "The Attapeu provincial governor, Bounmy Phommachanh, says": the place as a modifier)
        person = _apposed_person(noun)
        if person:
            # rule ``office_by_role``: "Sisaket's provincial governor, Anan Phromsuwan, told the Times":
            # a governor or mayor speaking for their office is recorded by the office; "Phromsuwan
            # said" later is still the governor
            m = mention_from_token(noun)
            toks = [t for t in noun.subtree if t.i <= noun.i and t.left_edge.i >= noun.left_edge.i]
            start = toks[0].idx if toks[0].lower_ != "the" else toks[1].idx
            end = noun.idx + len(noun.text)
            return replace(m, text=doc_text(noun.doc)[start:end], start=start, end=end, is_person=False,
                           person_name=person, role=False, role_words=(), by_office=True)
    admin = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in L.ADMIN_KINDS]
    of_kind = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.lower_ in L.ADMIN_KINDS.values()
                    and any(d.lower_ == "the" for d in o.children)), None)  # "The wali of the province"
    place_role = noun.lower_ in L.SELF_ROLES and not any(c.dep_ == "compound" and c not in admin for c in noun.children) or (
        noun.lower_ == "chief" and any(
        c.dep_ == "compound" and c.lower_ in ("village", "district", "county", "town") for c in noun.children)) or (
        noun.lower_ == "administrator" and (admin or of_kind is not None))
    if place_role and _apposed_person(noun) and not any(
            (c.dep_ in ("prep", "amod", "nmod") or c.dep_ == "compound" and c.pos_ == "PROPN"
             or c.dep_ == "poss" and c.pos_ != "PRON") and c not in admin
            and not (c.dep_ == "prep" and of_kind is not None and of_kind.head.i == c.i) for c in noun.children):
        # rule ``office_of_place``: "In Black River, the mayor, Sharon Tomlinson, tells us" is the
        # Black River mayor; "The mayor, Hrafn Gunnarsson, puts ..." and "Its mayor, Claudine Uwase,"
        # are the mayor of the town named last (``claims._body_of_person``)
        role = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and (t.dep_ == "compound" or t in admin)) \
            + " " + noun.lower_
        if of_kind is not None:
            role = f"{of_kind.lower_} {role.strip()}"  # "the wali of the province": the province's wali
        start, end = noun.idx, noun.idx + len(noun.text)
        sent = noun.sent
        first = sent[0] if sent[0].lower_ in ("in", "at") else None
        place = next((o for o in first.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if first else None
        if place is not None and place.i < noun.i:
            name = doc_text(noun.doc)[place.left_edge.idx:place.idx + len(place.text)]
            return Mention(text=f"{name} {role.strip()}", start=start, end=end, person_name=_apposed_person(noun),
                           by_office=True)
        return Mention(text=role.strip(), start=start, end=end, person_name=_apposed_person(noun),
                       role=True, by_office=True)
    of_field = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
                     if o.dep_ == "pobj" and o.text[:1].isupper()), None)
    if noun.lower_ == "minister" and of_field is not None and _apposed_person(noun):
        # rule ``minister_apposed``: "the Minister of Labour and Home Affairs, Kagiso Molefhe, told ..."
        start, end = noun.idx, of_field.right_edge.idx + len(of_field.right_edge.text)
        return Mention(text=doc_text(noun.doc)[noun.idx:end], start=start, end=end, person_name=_apposed_person(noun),
                       by_office=True)
    field_obj = _lowercase_portfolio(noun) if noun.lower_ in ("minister", "secretary") else None
    if field_obj is not None and _apposed_person(noun) and not any(c.lower_ in ("former", "ex") for c in noun.lefts):
        # rule ``minister_apposed``: "the minister of state for internal affairs, Charles Ddungu, said"
        # reads as "Internal Affairs Minister Charles Ddungu" (``minister_by_ministry`` decides the body)
        words = " ".join(t.text for t in field_obj.subtree if t.i <= field_obj.i and t.dep_ in ("amod", "compound")
                         or t.i == field_obj.i)
        person = _apposed_person(noun)
        return Mention(text=f"{words.title()} {noun.text.title()} {person}", start=noun.idx,
                       end=field_obj.idx + len(field_obj.text), is_person=True, person_name=person)
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    if noun.lower_ == "minister":
        # any portfolio written before "minister" ("territorial cohesion", "lands and forestry"), not
        # "former" or "deputy", which say nothing of the ministry
        field = [c for c in modifiers if c.pos_ in ("NOUN", "ADJ") and c.text.islower() and c.lower_ not in _NOT_PORTFOLIO]
    else:  # "the public security secretary"
        field = [c for c in modifiers if c.lower_ in _MINISTRY_FIELDS | {
            "foreign", "home", "public", "national", "internal", "social", "prime"}]
    if all(c.lower_ in L.ADMIN_KINDS for c in field):
        field = []  # "the regional minister, X," holds a region's office (``office_of_place``), not a ministry
    if noun.lower_ in ("minister", "secretary") and field and _apposed_person(noun) \
            and not any(c.lower_ in ("former", "ex") for c in noun.lefts):  # a former minister speaks for himself
        # rule ``minister_apposed``: "the public security minister, Rodolfo Arosemena, told ..." reads
        # as "Public Security Minister Rodolfo Arosemena" (``minister_by_ministry`` decides the body)
        person = _apposed_person(noun)
        start = min(t.idx for c in field for t in c.subtree)
        title = doc_text(noun.doc)[start:noun.idx + len(noun.text)].title()
        return Mention(text=f"{title} {person}", start=start, end=noun.idx + len(noun.text), is_person=True,
                       person_name=person)
    name = _named_apposition(noun)
    its_holder = noun.lower_ in L.SPEAKER_ROLES and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)  # "Its director, Mr X, says"
    # rule ``organisation_holder``: "UNHCR's representative, Nora Fitzgibbon, said", "Shannon Group's
    # chief executive, ...": someone holding a post of a named organisation speaks for it (not "Ukraine's
    # president, X": a country's office holder is recorded by other rules)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("GPE", "NORP", "PERSON", "LOC")
                  and (c.pos_ == "PROPN" and (c.ent_type_ == "ORG" or _is_body(c))
                       # "The unit's provincial coordinator, Memory Hang'andu, said": the unit named before
                       or c.pos_ == "NOUN" and c.lower_ in L.MEMBER_BODIES | L.ORG_ROLE_HEADS | L.NAMED_BODY_HEADS
                       and any(d.lower_ == "the" for d in c.children))), None)
    if name is not None and owner is not None and not its_holder and noun.lower_ in (L.INSTITUTION_ROLES | {"executive"}) - _SPOKES_NOUNS \
            and not any(c.dep_ == "compound" and c.lower_ in _HOLDER_BODIES
                        for c in noun.children):  # ("Eswatini's government spokesperson")
        return replace(mention_from_token(owner), person_name=_apposed_person(noun))
    if name is None and owner is not None and owner.ent_type_ == "ORG" and owner.pos_ == "PROPN" \
            and noun.lower_ in {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "head",
                                "coordinator", "secretary-general", "representative"} \
            and not any(c.dep_ in ("compound", "amod") for c in noun.children) and _apposed_person(noun) is None \
            and not any(t.ent_type_ == "PERSON" or t.dep_ == "appos" for t in noun.subtree) \
            and not (noun.right_edge.i + 2 < len(noun.doc) and noun.doc[noun.right_edge.i + 1].text == ","
                     and noun.doc[noun.right_edge.i + 2].pos_ == "PROPN"):
        # rule ``organisation_holder`` (no name): "The Red Crescent's president in Boumerdès said" speaks
        # for the Red Crescent, as "the Red Crescent's spokesman" does (a country's president stays);
        # "she said" later is the same office (``pronoun_to_office`` reads the title)
        return replace(mention_from_token(owner), title=noun.lower_)
    if name is None or noun.lower_ in _SPOKES_NOUNS or its_holder:
        m = mention_from_token(noun)  # "its spokesperson, Ana Lima": the organisation speaks
        role_name = noun.pos_ == "PROPN" and noun.lower_ in L.SPEAKER_ROLES | L.SELF_ROLES | {"minister"}
        person = _apposed_person(noun) if (noun.lower_ in _SPOKES_NOUNS or its_holder or role_name) \
            and not m.is_person else None
        # remembered for "Lima said"; and "the Upper East Regional Minister, Alhaji Yakubu Adongo," for "Mr Adongo"
        return replace(m, person_name=person) if person else m
    m = mention_from_token(name)
    if re.fullmatch(r"(?i)(?:the|a|an)?", m.text.strip()):
        # a name the tagger cut at an apostrophe ("the Example Q'eqchi' Families Network"): its whole phrase
        top = name.head if name.dep_ == "det" else name
        while top.dep_ in ("poss", "compound") and top.head.pos_ == "PROPN":
            top = top.head
        toks = [t for t in top.subtree if t.i <= top.i and t.dep_ != "det"] or [top]
        a, b = toks[0].idx, top.idx + len(top.text)
        m = Mention(text=doc_text(name.doc)[a:b], start=a, end=b)
    if noun.lower_ in L.ORG_ROLE_HEADS or noun.lower_ in _ROLE_HEADS and noun.lower_ not in L.SPEAKER_ROLES:
        # what "the group" will later point back to
        m = replace(m, is_person=False, person_name=None, aliases=(*m.aliases, f"the {noun.lower_}"))
    if noun.lower_ in _ORGANISER_NOUNS:
        # rule ``organisers_named``: "The organisers, National Action for Gureombi, said ...": a later
        # "the organisers said" or "by the organisers' count" is the same group
        m = replace(m, is_person=False, person_name=None, aliases=(*m.aliases, *_ORGANISER_NOUNS))
    return m


_ORGANISER_NOUNS = ("organisers", "organizers")


def _organiser_aliases(noun) -> tuple[str, ...]:
    """What a later mention of the organisers is written as, when ``noun`` is "the organisers"."""
    return _ORGANISER_NOUNS if noun.lower_ in _ORGANISER_NOUNS else ()


def _known_name_before(verb) -> Mention | None:
    """rule ``known_name_before``: a well-known organisation's name right before a reporting verb,
    however the parser split it ("Save the Children estimates ...": "Save" read as a verb)."""
    doc = verb.doc
    start = verb.sent.start_char
    before = doc_text(doc)[start:verb.idx].rstrip().lower()
    before = re.sub(r"\s*\([a-z]{2,8}\)$", "", before)  # "Doctors Without Borders (MSF) said"
    for alias in _LONG_ALIASES:
        if before.endswith(alias) and (
                len(before) == len(alias) or not before[-len(alias) - 1].isalnum()):
            a = start + len(before) - len(alias)
            prev_word = doc_text(doc)[start:a].split()[-1:] if doc_text(doc)[start:a].strip() else []
            if prev_word and prev_word[0][:1].isupper() and prev_word[0].lower() not in ("the", "a", "an"):
                continue  # "The Philippine Red Cross" is a national society, not the ICRC ("Red Cross")
            return Mention(text=doc_text(doc)[a:a + len(alias)], start=a, end=a + len(alias))
    return None


def _source_token(subj):
    """(token, is an office-holder) that a subject stands for: "a spokesman for the Libyan National
    Army" -> the army, "the agency's matrix" -> the agency, "a team of researchers" -> researchers."""
    subj = _team_of(subj) or subj
    holder = _role_of(subj)
    target = holder or _owner(subj) or _definite_owner(subj) or _issuer(subj) or _analysed_by(subj) or subj
    return target, holder is not None


#: Verbs the parser may read as a plural noun heading the subject ("The interior ministry rejects
#: reports that ..." parsed as "ministry rejects" doing the reporting).
_VERBS_READ_AS_NOUNS = {"rejects", "denies", "dismisses", "disputes", "insists", "confirms", "warns", "says"}


def source_mention(subj) -> Mention:
    """The mention a subject stands for, by the same rules as ``rule_cue_verb_subject``."""
    if subj.tag_ == "NNS" and subj.lower_ in _VERBS_READ_AS_NOUNS:
        # rule ``verb_read_as_noun``: the body is the word before the misread verb
        body = next((c for c in subj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
        if body is not None:
            subj = body
    led = _commanded_body(subj)
    if led is not None:
        return led
    if subj.pos_ == "NOUN" and subj.lower_ in _POLL_NOUNS:
        owner = _poll_owner(subj)  # "A poll by the Example Centre for Public Opinion found"
        if owner is not None:
            return _mention_with_apposition(owner)
    if subj.pos_ == "NOUN":
        # rule ``released_by``: "The 14-page assessment, prepared by the State Security Agency for
        # the transitional government, says ...": the body that wrote it
        written = _released_by(subj)
        if written is not None:
            return written
    target, holder = _source_token(subj)
    if target.i != subj.i:
        phrase = doc_text(subj.doc)[subj.left_edge.idx:subj.idx + len(subj.text)]
        if known_org(phrase):
            # rule ``known_role_phrase``: "the UN's relief chief" is OCHA, a name the registry knows
            return Mention(text=phrase, start=subj.left_edge.idx, end=subj.idx + len(subj.text))
    m = _mention_with_apposition(target)
    if m.is_person and m.person_name and not m.members and not m.by_office:
        body = _person_body(target)
        if body is not None:
            # rule ``person_of_body``: "Eleni Drosou of the Example Institute estimates", "Inspector
            # Memory Chikore of the police ballistics unit testified", "Abdulai Zanlerigu, who speaks
            # for the Youth Front, said": the body speaks; "Drosou said" later too
            return replace(mention_from_token(body), person_name=m.person_name)
    first = target.left_edge
    if not m.is_person and target.pos_ == "PROPN" and target.ent_type_ in ("", "PERSON") and first.i < target.i \
            and first.dep_ == "compound" and (first.lower_ in L.PERSON_TITLES or first.lower_ in L.INSTITUTION_ROLES
                                              or first.lower_ in _RANKS):
        body = _person_body(target)
        if body is not None:
            # rule ``person_of_body`` (titled): "Superintendent Gwyn Morgan of the Merthyr Tydfil
            # Borough Police told the hearing", the name not recognised as a person's
            return replace(mention_from_token(body), person_name=doc_text(target.doc)[first.idx:target.idx + len(target.text)])
    named = m.is_person and m.person_name or (
        target.pos_ == "NOUN" and target.lower_ in L.INDIVIDUAL_ROLES and m.text[:1].isupper() and m.start > target.idx)
    if named and not m.members and not m.by_office:
        role = _individual_role(target)
        if role is not None:
            # rule ``person_by_role``: "A night-shift worker, Marcus Hale, told Channel 9", "Emmanuel
            # Nkurunziza, a farmer in Karago sector, said": someone speaking for himself is recorded by
            # role ("night-shift worker", "Karago sector farmer"); "Hale said" later too
            return replace(m, text=role, is_person=False, role=False, affiliation=None,
                           person_name=m.person_name or m.text)
    nxt = target.doc[target.i + 1] if target.i + 1 < len(target.doc) else None
    if target.i != subj.i and nxt is not None and nxt.head.i == subj.i and nxt.dep_ in ("compound", "amod") \
            and nxt.lower_ in L.ORG_ROLE_HEADS and m.end == target.idx + len(target.text) and not m.members:
        # rule ``split_body_name``: "Interior ministry figures show ..." parsed with "Interior" and
        # "ministry" as two modifiers of "figures": the body is both words
        m = replace(m, text=doc_text(subj.doc)[m.start:nxt.idx + len(nxt.text)], end=nxt.idx + len(nxt.text))
    if target.i != subj.i and subj.lower_ in _SPOKES_NOUNS | L.SPEAKER_ROLES and not m.is_person:
        # "The agency's spokeswoman, Helena Okafor, said": the agency speaks; her name is remembered
        person = _apposed_person(subj)
        if person:
            m = replace(m, person_name=person)
    return replace(m, holder=True) if holder else m


_RANKS = {"inspector", "superintendent", "sergeant", "constable", "commissioner", "detective", "officer",
          "professor", "prof", "judge", "magistrate", "coroner", "brigadier", "admiral", "commodore", "marshal"}


_PARTY_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(L.PARTY_WORDS)) + r")\b")


def _is_body(tok) -> bool:
    if tok.ent_type_ in ("GPE", "PERSON", "NORP", "LOC", "DATE"):
        return False
    if _PARTY_RE.search(" ".join(t.text for t in tok.subtree)):
        return False  # "Sigrún Hallsdóttir of the Social Democratic Alliance": a politician speaks for herself
    if tok.lower_ in L.COUNTRY_ADJECTIVES or tok.text in L.CAPITALS:
        return False
    return tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" or tok.lemma_.lower() in L.MEMBER_BODIES \
        or tok.lower_ in L.MEMBER_BODIES


def _person_body(head):
    """The body a named person is introduced as part of, or None: "X of the Y Institute", "X, who
    speaks for Y", "X, the commissioner for refugees in the Office of the Prime Minister"."""
    title = _title(head)
    if any(t.lower_ in L.SELF_ROLES | L.CHAIR_ROLES | {"president", "senator", "mp", "deputy", "lawmaker"}
           for t in head.lefts):
        return None  # "Mayor X of Y": the office, by other rules
    if title in L.SELF_ROLES or title in L.CHAIR_ROLES:
        # "X, the governor of Y": the office, by other rules; but "Robert Kiwanuka, the commissioner for
        # refugees in the Office of the Prime Minister" speaks for the office
        appos = next(c for c in head.children if c.dep_ == "appos" and c.lower_ == title)
        body = _body_in_phrase(appos)
        return body if body is not None and body.ent_type_ == "ORG" else None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "from") and c.i > head.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and _is_body(pobj):
                return pobj
        if c.dep_ == "relcl" and c.lemma_ in ("speak", "work") and c.i > head.i:
            prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ in ("for", "at")), None)
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if pobj is not None and _is_body(pobj):
                return pobj
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i and c.lower_ not in L.SELF_ROLES | L.CHAIR_ROLES \
                and c.lower_ not in L.INDIVIDUAL_ROLES | {"member", "members", "lawmaker", "deputy", "senator", "mp"}:
            # "Robert Kiwanuka, the commissioner for refugees in the Office of the Prime Minister (OPM)"
            body = _body_in_phrase(c)
            if body is not None:
                return body
    verbs = [c for c in head.children if c.dep_ == "relcl" and c.lemma_ in L.HEADS_VERBS and c.i > head.i]
    # "Ousmane Faye, a Senegalese officer who leads the ECOWAS Mission in The Gambia (ECOMIG)"
    verbs += [g for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i
              for g in c.children if g.dep_ == "relcl" and g.lemma_ in L.HEADS_VERBS]
    if head.dep_ == "nsubj":
        # "Halyna Bondar drove trams for 31 years, and now chairs the tenants' committee"
        verbs += [v for v in (head.head, *[c for c in head.head.children if c.dep_ == "conj"])
                  if v.lemma_ in L.HEADS_VERBS and v.pos_ == "VERB"]
    for c in verbs:
        # "Carlos Huamán, who heads border operations for the National Superintendency of Migration"
        body = next((b for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "of")
                     for b in p.children if b.dep_ == "pobj" and b.pos_ == "PROPN" and _is_body(b)), None)
        if body is not None:
            return body
        # "Colonel Marcos Teixeira, who coordinates the reception post of Operation Welcome",
        # "Dieudonné Ngona, who chairs the civil society coordination of the Bahema Nord chiefdom"
        # (not "who leads a team of 28 firefighters": a team of one's own is no body that speaks)
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        owner = next((g for g in obj.children if g.dep_ == "poss" and g.pos_ == "PROPN" and _is_body(g)), None) \
            if obj is not None else None
        if owner is not None:
            return owner  # "Anneli Sørensen, who heads UNHCR's sub-office in Dadaab": UNHCR
        if obj is None or not any(d.lower_ == "the" for d in obj.subtree if d.i < obj.i):
            continue
        of = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.pos_ == "PROPN" and _is_body(o)), None)
        if of is not None:
            return of
        if _is_body(obj) or any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC") for t in obj.subtree):
            return obj
    return None


def _individual_role(target) -> str | None:
    """The role a named person speaking for himself is introduced with ("a farmer in Karago sector"
    -> "Karago sector farmer"), or None."""
    doc = target.doc
    if target.pos_ == "NOUN" and target.lower_ in L.INDIVIDUAL_ROLES:
        role = target  # "A night-shift worker, Marcus Hale,"
    elif target.dep_ == "appos" and target.head.pos_ == "NOUN" and target.head.lower_ in L.INDIVIDUAL_ROLES \
            and target.head.i < target.i:
        role = target.head
    else:
        role = next((c for c in target.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.lower_ in L.INDIVIDUAL_ROLES), None)  # "Emmanuel Nkurunziza, a farmer in ..."
    k = target.left_edge.i - 1
    if role is None and k > target.sent.start and doc[k].text == ",":
        # "a farmer in Karago sector, Emmanuel Nkurunziza, said" parsed with the role elsewhere
        r = doc[k - 1]
        while r.head.i != r.i and r.head.i < k and r.head.right_edge.i == k - 1:
            r = r.head
        while r.i > target.sent.start and r.lower_ not in L.INDIVIDUAL_ROLES and r.head.i < k and r.head.i != r.i:
            r = r.head
        if r.pos_ == "NOUN" and r.lower_ in L.INDIVIDUAL_ROLES and any(c.dep_ == "det" for c in r.children):
            role = r
    if role is None or any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in role.children) \
            or any(c.dep_ == "poss" or c.lower_ in ("former", "retired", "ex") for c in role.children):
        return None  # ("the mayor's driver", "his brother": someone else's; "a former teacher": no longer)
    first = target.left_edge if target.pos_ == "PROPN" else None
    if first is not None and first.lower_.rstrip(".") in _TITLE_WORDS and first.lower_.rstrip(".") not in (
            "mr", "mrs", "ms", "miss", "dr", "dr."):
        return None  # "Senator Ana Ruiz, a former teacher": the title says who she speaks as
    words = [t.text for t in role.subtree if t.i < role.i and t.dep_ in ("compound", "amod", "punct")
             and (t.is_alpha or t.text == "-") and t.lower_ not in ("young", "old", "local", "elderly", "former")
             and not any(ch.isdigit() for ch in t.text)]
    name = re.sub(r"\s*-\s*", "-", " ".join([*words, role.text])).strip("- ")
    place = None
    for p in role.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "with", "from", "of") and p.i > role.i:
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or any(
                    g.pos_ == "PROPN" for g in pobj.children if g.dep_ == "compound")):
                toks = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ not in ("det", "punct", "case")]
                place = " ".join(t.text for t in toks)
                break
    return f"{place} {name}" if place else name


def _body_in_phrase(noun, depth: int = 2):
    """A named body the role noun is "for", "in", "at", "of" or "with" ("the commissioner for refugees
    in the Office of the Prime Minister"), or None."""
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ not in ("for", "in", "at", "of", "with") or p.i < noun.i:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            if o.pos_ == "PROPN" and _is_body(o):
                return o
            if o.pos_ == "NOUN" and o.lower_ in L.MEMBER_BODIES and any(
                    c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in o.children):
                return o  # "director of the Ambilobe district hospital": a body named by its place
            if depth > 1:
                inner = _body_in_phrase(o, depth - 1)
                if inner is not None:
                    return inner
    return None





_RANKS = {"colonel", "general", "commodore", "admiral", "captain", "major", "commander", "lieutenant", "brigadier",
          "col.", "gen.", "lt.", "capt.", "maj.", "cmdr.", "superintendent", "inspector"}


def _commanded_body(subj) -> Mention | None:
    """rule ``rank_commands_body``: "Lieutenant Colonel Mark Azzopardi, who commands the AFM's maritime
    squadron, said" speaks for the AFM; "Colonel X, who commands the army task force" for the army."""
    if subj.pos_ != "PROPN" or not any(t.lower_ in _RANKS for t in subj.lefts):
        return None
    rel = next((c for c in subj.children if c.dep_ == "relcl" and c.lemma_.lower() in ("command", "lead", "head")), None)
    obj = next((c for c in rel.children if c.dep_ == "dobj"), None) if rel is not None else None
    if obj is None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return mention_from_token(owner)
    if obj.pos_ == "PROPN" and any(e.label_ == "ORG" and e.start < obj.i < e.end for e in sent_ents(obj)):
        # "who commands the British Army Training Support Unit Belize (BATSUB)": the unit by its name;
        # "Colonel Reeve said" later too
        person = next((e.text for e in sent_ents(subj) if e.label_ == "PERSON" and e.start <= subj.i < e.end), None)
        return replace(mention_from_token(obj), person_name=person)
    force = next((c for c in obj.subtree if c.lower_ in _FORCE_BODIES and c.i < obj.i), None)
    if force is not None:
        return Mention(text=force.text, start=force.idx, end=force.idx + len(force.text), role=True)
    return None


def _apposed_person(noun) -> str | None:
    """The name apposed to a spokesperson noun ("its spokesperson, Ana Lima"): a person's,
    whatever NER says."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None and noun.lower_ in L.SELF_ROLES | L.CHAIR_ROLES:
        # "The mayor of Daudu, John Ade, said": the parser hangs the name on the place
        name = next((a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                     and a.ent_type_ == "PERSON" and o.i < a.i), None)
    if name is None and noun.lower_ in L.SPEAKER_ROLES | L.INSTITUTION_ROLES | L.SELF_ROLES:
        # rule ``apposed_name_after_phrase``: "its head of office in Dundo, Karim Osei, told ...": the
        # parser hangs the name on the place; a person's name set off by a comma closes the role's phrase
        doc = noun.doc
        name = next((a for a in noun.subtree if a.i > noun.i + 1 and a.dep_ == "appos" and a.pos_ == "PROPN"
                     and a.ent_type_ == "PERSON" and a.i == noun.right_edge.i and doc[a.left_edge.i - 1].text == ","
                     and not any(t.like_num or t.text in (";", "(") for t in doc[noun.i:a.i])), None)
    if name is None:
        return None
    ent = next((e for e in sent_ents(name) if e.start <= name.i < e.end and e.label_ == "PERSON"), None)
    return ent.text if ent is not None else doc_text(noun.doc)[name.left_edge.idx:name.idx + len(name.text)]


_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?: \((?P<note>[^)]{1,40})\))?:\s+\S")


def label_end(sent) -> int:
    """Where a transcript's speaker label ("CHARLES (CLIP):", "REPORTER (Sione Havili):") ends: the
    sentence start if there is none."""
    text = doc_text(sent.doc)
    hit = _LABEL_RE.match(text[sent.start_char:min(sent.end_char, sent.start_char + 120)])
    if hit is None:
        return sent.start_char
    first = hit.group("label").split()[0]
    if not (first.isupper() and len(first) >= 2) and not (
            text[:sent.start_char].rstrip(" ").endswith("\n") and not any(t.like_num for t in sent[:3])):
        # (an interview's "Frontier Monitor:" or "Teixeira:" opens its paragraph)
        return sent.start_char
    return sent.start_char + hit.end() - 1


def _quoted_by(verb, subj) -> Attribution | None:
    """rule ``quoted_by``: "A gendarmerie officer quoted by the private station Example Radio Djoliba
    said 23 ...": the officer says it, the station relays it."""
    if subj is None or subj.pos_ != "NOUN":
        return None
    quoted = next((c for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in ("quote", "cite", "interview")
                   and c.i > subj.i), None)
    agent = _agent_of(quoted) if quoted is not None else None
    if agent is None or not _is_source_noun(agent):
        return None
    return Attribution(source=mention_from_token(subj), via=[source_mention(agent)], cue=verb.lemma_.lower(),
                       cue_token=verb, rule="quoted_by")


def _quoted_as_saying(verb) -> Attribution | None:
    """rule ``quoted_as_saying``: "The Observer quoted a senior police officer as saying that 11 people
    had been shot": the officer says it, the Observer relays it."""
    if verb.lower_ not in ("saying", "telling", "stating") or verb.head.lower_ != "as":
        return None
    quote = verb.head.head
    if quote.lemma_.lower() != "quote":
        return None
    obj = next((c for c in quote.children if c.dep_ == "dobj" and _is_source_noun(c)), None)
    if obj is None:
        return None
    att = Attribution(source=source_mention(obj), cue="say", cue_token=verb, rule="quoted_as_saying")
    subj = _verb_subject(quote)
    if subj is not None and _is_source_noun(_source_token(subj)[0]):
        att.via.append(source_mention(subj))
    return att


def _describes_speaker(subj, anchor) -> bool:
    """The figure sits in a relative clause or participle on the speaker's noun ("X, which has about
    28,500 troops in the South, says"), not in a count the clause reports ("who counted 22,000")."""
    if not subj.is_ancestor(anchor):
        return False
    path = [anchor]  # the figure up to the clause that hangs on the speaker's noun
    while path[-1].head.i != subj.i:
        path.append(path[-1].head)
    t = path[-1]
    doc = subj.doc
    if any(c.dep_ == "mark" for c in t.children) or any(
            a.lower_ in L.STATEMENT_NOUNS or a.lower_ in L.ANAPHORIC_COUNT_NOUNS for a in path[1:]):
        return False  # ("..., that 55 Ghanaians had died": a complement clause; "to which the figure of 11,300
        # had been attributed": the figure the speaker is about to deny)
    return t.dep_ in ("relcl", "acl") and t.lemma_.lower() not in L.CUE_VERBS | _COUNT_VERBS and t.i > subj.i \
        and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","  # (set off by commas: "X, which has ...,")


_COUNT_VERBS = {"count", "record", "register", "document", "tally", "estimate", "put", "find", "list", "confirm"}


#: Nouns for places: "the coastal town" is never who speaks.
_PLACE_SUBJECTS = {"town", "city", "village", "district", "region", "province", "port", "island", "capital",
                   "county", "municipality", "area", "valley", "coast", "hamlet", "suburb", "neighbourhood"}


def rule_cue_verb_subject(sent, anchor) -> Attribution | None:
    verbs = cue_verbs_above(anchor)
    for k, verb in enumerate(verbs):
        subj = _verb_subject(verb)
        quoted = _quoted_by(verb, subj)
        if quoted is not None:
            return quoted
        known = _known_name_before(verb)
        if known is not None:
            att = Attribution(source=known, cue=verb.lemma_.lower(), cue_token=verb, rule="cue_verb_subject")
            _relay_citing(verb, att)
            return att
        quoted = _quoted_as_saying(verb)
        if quoted is not None:
            return quoted
        if subj is not None and subj.lower_ in DOCUMENT_ROLES and _source_token(subj)[0].i == subj.i and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children) and not any(
                c.dep_ in ("compound", "amod", "poss") for c in subj.children) and _released_by(subj) is None:
            # (not "The document, drawn up by the State Security Agency, says": who wrote it is named)
            # rule ``document_points_back``: "..., the statement said": the statement of whoever
            # issued one last (``_canonical_source`` resolves the role noun)
            m = mention_from_token(subj)
            return Attribution(source=replace(m, role=True), cue=verb.lemma_.lower(), cue_token=verb,
                               rule="cue_verb_subject")
        if subj is not None and not _is_source_noun(_source_token(subj)[0]):
            # rule ``appos_speaker``: "The number killed rose to 14, the Upper East Regional Minister,
            # Alhaji Yakubu Adongo, told journalists" parsed with the speaker in apposition to "number"
            doc = verb.doc
            subj = next((a for a in subj.children if a.dep_ == "appos" and a.i > anchor.i and _is_source_noun(a)
                         and all(t.is_punct for t in doc[a.right_edge.i + 1:verb.i])), None)
        if subj is not None and subj.lower_ in _PLACE_SUBJECTS and any(
                c.dep_ == "det" for c in subj.children) and verb.i > subj.i:
            # rule ``place_not_speaker``: "In Zemmouri, the coastal town nearest the epicentre, a teacher who
            # was sleeping in a tent said ..." parsed with the town as the subject: the person set off
            # after it, whose phrase runs up to the verb, speaks
            doc = verb.doc
            subj = next((t for t in doc[subj.i + 1:verb.i] if t.dep_ == "appos" and t.pos_ == "NOUN"
                         and t.right_edge.i == verb.i - 1 and t.lower_ not in _PLACE_SUBJECTS
                         and _is_source_noun(t)), subj)
        if subj is not None and (subj.ent_type_ in ("DATE", "TIME") or (
                subj.lower_.endswith("ing") and subj.pos_ == "NOUN"
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in subj.children))):
            # rule ``date_not_speaker``: "Late on Wednesday, JNIM, the al-Qaeda affiliate, claimed ...",
            # "Briefing by video link, OCHA's director of operations said ..." parsed with the day or
            # the "-ing" word as the subject: the name in apposition speaks, never the day
            subj = next((a for a in subj.children if a.dep_ == "appos" and a.ent_type_ not in ("DATE", "TIME")
                         and _is_source_noun(a)), None)
        if subj is None or not _is_source_noun(_source_token(subj)[0]):
            continue
        if _describes_speaker(subj, anchor):
            # rule ``speaker_description``: "The Example Grassfields Rights Centre, which has two observers
            # in the courtroom, says ...": a figure that describes the speaker is the outlet's
            return Attribution(source=None, cue=verb.lemma_.lower(), cue_token=verb, rule="speaker_description")
        if subj.like_num or subj.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY") or any(
                c.dep_ == "nummod" and c.i == anchor.i for c in subj.children):
            continue  # "62% said it was their first march": the figure is who answered, not a source
        if subj.lower_ in ("we", "i") and not any(_in_complement(verb, o) for o in verbs[k + 1:]):
            # rule ``we_in_a_quote``: '"We have documented 23 strikes ..." ... she said': "we" is the
            # quote's speaker, found from the quotation (``quote_speaker``), never a source named "We"
            continue
        if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they", "it"):
            # rule ``pronoun_in_own_statement``: "..., the minister told journalists, up from nine he
            # announced on Sunday": "he" inside a named speaker's statement is that speaker
            named = next(((o, s) for o in verbs[k + 1:] if o.is_ancestor(verb) for s in [_verb_subject(o)]
                          if s is not None and s.pos_ != "PRON" and _is_source_noun(_source_token(s)[0])), None)
            if named is not None:
                verb, subj = named
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children) and verb.dep_ == "relcl" \
                and verb.head.pos_ in ("NOUN", "PROPN"):
            # rule ``relative_subject``: "the Correctional Service, whose spokesman ... told the Sentinel"
            subj = verb.head
        if subj.idx < label_end(verb.sent) <= verb.idx:
            # rule ``transcript_speaker``: "REPORTER (Sione Havili): The New Zealand Defence Force tells
            # me 72 soldiers landed" parsed with the label as the subject: the speaker after the label
            after = [t for t in subj.subtree if t.dep_ == "appos" and t.idx > label_end(verb.sent)] or [
                c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and label_end(verb.sent) < c.idx < verb.idx]
            if not after:
                continue
            subj = after[0]
        src = source_mention(subj)
        place = _institution_at_place(verb, subj)
        if place is not None:
            src = place
        subj = _source_token(subj)[0]
        subj = _named_apposition(subj) or subj
        att = Attribution(source=src, cue=verb.lemma_.lower(), cue_token=verb, rule="cue_verb_subject")
        # relay: "X told reporters that Y said ..." -> Y via X, only when Y's statement is the
        # complement of X's ("X said, while Y said ..." is two statements, not a relay)
        for outer in verbs[k + 1:]:
            if not _in_complement(verb, outer):
                break
            osubj = _verb_subject(outer)
            if osubj is not None and _is_source_noun(osubj) and osubj.i != subj.i:
                relay = source_mention(osubj)
                own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our") for c in subj.children)
                # rule ``reported_to_body``: "NEMA said that relatives had registered 2,500 people as missing":
                # what the public reports to a body is the body's count (not "relatives in Fujian", "families
                # of the passengers": people the report sets apart)
                reported_to = subj.lower_ in _REPORTING_PUBLIC and verb.lemma_.lower() in (
                    "register", "report", "give", "list", "submit", "lodge") and not any(
                    c.dep_ in ("prep", "amod", "compound", "poss", "acl", "relcl") for c in subj.children)
                # rule ``own_people_counted``: "Its spokesman said field teams had counted about 60,000":
                # the body's own unnamed teams, staff or monitors count for the body that speaks
                # (an unnamed official's "observers had counted" are observers of their own, with the official as via)
                own_people = subj.pos_ == "NOUN" and subj.lower_ in _OWN_PEOPLE and subj.dep_ != "pobj" and not any(
                    c.dep_ in ("prep", "acl", "relcl", "appos", "amod") for c in subj.children) and not any(
                    t.dep_ == "poss" or t.pos_ == "PROPN" for t in subj.subtree if t.i != subj.i) and \
                    osubj.lower_ not in _UNNAMED_INSIDERS
                if subj.lower_ in ("we", "i", "us", "our") or own or reported_to or own_people:
                    # '"We counted 312 bodies," said Maria Lopez': the speaker, not a relay of "we";
                    # "the foreign minister said his government had identified 1,436" is the minister's
                    att.source, att.cue_token, att.cue = relay, outer, outer.lemma_.lower()
                elif relay.text != src.text:
                    att.via.append(relay)
                    att.rule = "relay_told"
                break
        if att.rule == "cue_verb_subject":
            _relay_actor(anchor, verb, att)
        _relay_citing(verb, att)
        _relay_briefed(subj, att)
        return att
    return None


#: A body's own people, unnamed: what they counted is the body's (rule ``own_people_counted``).
_OWN_PEOPLE = {"teams", "staff", "crews", "monitors", "observers", "volunteers", "researchers", "investigators",
               "workers", "personnel", "medics", "inspectors", "enumerators", "surveyors"}


_UNNAMED_INSIDERS = {"official", "officials", "source", "sources", "diplomat", "diplomats", "analyst", "analysts",
                     "expert", "experts", "insider", "insiders"}


#: People whose reports to a body become the body's count (rule ``reported_to_body``).
_REPORTING_PUBLIC = {"relatives", "families", "residents", "members", "citizens", "callers", "parents"}


#: What a body does that it keeps its own records of: "police had arrested 11 people".
_ACTOR_VERBS = {"arrest", "detain", "charge", "intercept", "rescue", "recover", "evacuate", "repatriate"}
_ACTOR_BODIES = {"police", "army", "military", "navy", "guard", "coastguard", "gendarmerie", "department", "agency",
                 "service", "ministry", "force", "forces", "directorate", "bureau", "authority", "authorities"}


def _relay_actor(anchor, verb, att: Attribution) -> None:
    """rule ``relay_actor``: "Perera said the Criminal Investigation Department had arrested 11
    people", "the minister said police had arrested three organisers": the body that made the
    arrests (rescues, interceptions, recoveries) is the source, via the speaker."""
    t = anchor
    while t.head.i != t.i:
        t = t.head
        if t.i == verb.i:
            return
        if t.pos_ == "VERB" and t.lemma_.lower() in _ACTOR_VERBS:
            body = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if body is None or body.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in body.children):
                return  # "his government had identified", "they had rescued": the speaker's own
            dateline = body.text.isupper() and body.left_edge.i == body.sent.start  # "BANJUL, Sept 10 —"
            if (body.ent_type_ == "ORG" or body.lower_ in _ACTOR_BODIES) and not dateline:
                att.via.append(att.source)
                att.source = mention_from_token(body)
                att.rule = "relay_actor"
            return


def _institution_at_place(verb, subj) -> Mention | None:
    """rule ``institution_at_place``: "At the city's municipal hospital, the director, Dr Aiko Hayashi,
    said ...", "At the regional hospital in Hombo, its director, Dr X, said": a director or
    spokesperson with no body of their own speaks for the institution the sentence opens with."""
    place = next((o for p in verb.lefts if p.dep_ == "prep" and p.lower_ in ("at", "in", "inside")
                  for o in p.children if o.dep_ == "pobj" and (o.ent_type_ in ("ORG", "FAC")
                                                              or o.lower_ in L.INSTITUTION_PLACES)), None)
    if place is None or not (place.i < subj.i < verb.i):
        return None
    doc = verb.doc
    role = next((t for t in doc[place.i + 1:verb.i] if t.lower_ in L.INSTITUTION_ROLES and t.pos_ == "NOUN"), None)
    if role is None or any(c.dep_ in ("prep", "compound") or (c.dep_ == "poss" and c.pos_ != "PRON")
                           or c.ent_type_ in ("ORG", "NORP", "GPE") for c in role.children if c.dep_ != "appos"):
        return None
    # the director's name is kept: "he said" later is the hospital, and so is "Mugabo said"
    m = replace(mention_from_token(place), is_person=False, person_name=_apposed_person(role), holder=True)
    town = next((o for p in place.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")), None)
    if place.pos_ == "NOUN" and town is not None:
        m = replace(m, text=f"{town.text} {_strip_the(m.text)}")  # "the regional hospital in Hombo"
    return m


def rule_trailing_cue_clause(sent, anchor) -> Attribution | None:
    """rule ``trailing_cue_clause``: "..., and their numbers may exceed those of the rebels, a group
    of UN experts says in a confidential report": a closing ", X says" that the parser hangs
    somewhere inside the content still attributes what comes before it. The reporting verb has
    a subject set off by a comma, no "that" clause of its own, and comes after the figure."""
    for verb in sent:
        if verb.i <= anchor.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in L.CUE_VERBS:
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or verb.is_ancestor(anchor):
            continue
        subj = _subject_of(verb)
        if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children) \
                and verb.i == verb.head.i + 1 and verb.i + 1 < sent.end \
                and (sent.doc[verb.i + 1].dep_ == "prep" or sent.doc[verb.i + 1].is_punct):
            # "..., bringing 6,400 home and moving 5,600 to Italy and Belgium, America's defence secretary
            # announced on Wednesday": the closing speaker parsed as an apposition, its verb as a modifier
            subj = verb.head
        if verb.i > 0:
            # "... after a small boat ... overturned off Sant'Antioco, in south-western Sardinia, the prefect
            # of Cagliari told a briefing on Friday" parsed with the speaker in apposition to the place
            # before it: the apposition that ends right before the verb speaks
            t = sent.doc[verb.i - 1]
            while t.dep_ != "appos" and t.head.i != t.i and t.head.i < verb.i and t.head.right_edge.i == verb.i - 1:
                t = t.head
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "appos" and t.left_edge.i > anchor.i and (
                    subj is None or subj.is_ancestor(t)):
                subj = t
        if subj is None or subj.i > verb.i or not _is_source_noun(_source_token(subj)[0]) or subj.pos_ == "PRON" \
                and subj.lower_ not in ("he", "she", "it", "they"):
            continue
        if subj.left_edge.i == 0 or sent.doc[subj.left_edge.i - 1].text not in (",", "—", "–"):
            continue
        if any(t.like_num for t in subj.subtree):
            continue
        att = Attribution(source=source_mention(subj), cue=verb.lemma_.lower(), cue_token=verb,
                          rule="trailing_cue_clause")
        _relay_citing(verb, att)  # ("..., a lawmaker said on Tuesday, citing a briefing by military intelligence")
        return att
    return None


def _in_complement(inner, outer) -> bool:
    """Is ``inner`` inside the reported content of ``outer`` (a chain of ccomp/xcomp links)?"""
    t = inner
    doc = inner.doc
    for _ in range(12):
        if t.i == outer.i:
            return True
        if t.dep_ not in ("ccomp", "xcomp", "parataxis") or t.head.i == t.i:
            return False
        if any(x.text == ";" for x in doc[min(t.i, t.head.i):max(t.i, t.head.i)]):
            return False  # "Police counted 22,000; organisers said 55,000": two statements, not a relay
        t = t.head
    return False


def _relay_citing(verb, att: Attribution) -> None:
    """ "X said, citing Y" -> source Y via X (wherever the parser hangs "citing" in the sentence)."""
    cands = [verb] if verb.lower_ in ("citing", "quoting") else [c for c in verb.children if c.lower_ in ("citing", "quoting")] or [
        t for t in verb.sent if t.lower_ in ("citing", "quoting") and t.i > verb.i]
    relaying = next((t for t in verb.sent if t.lower_ in ("relaying", "repeating", "passing") and t.i > verb.i
                     and t.dep_ in ("advcl", "xcomp", "conj")), None)
    if relaying is not None and att.source is not None:
        # rule ``relay_what_told``: "..., an opposition lawmaker said, relaying what the country's external
        # intelligence service, the DGRE, had told members of parliament": the service via the lawmaker
        told = next((g for g in relaying.children if g.dep_ in ("ccomp", "dobj") and g.pos_ in ("VERB", "AUX")
                     and g.lemma_.lower() in L.CUE_VERBS | {"tell", "brief", "give"}), None)
        subj = next((g for g in told.children if g.dep_ == "nsubj" and g.pos_ != "PRON"), None) if told is not None else None
        if subj is not None and any(w.lower_ == "what" for w in told.children):
            att.via.append(att.source)
            att.source = mention_from_token(subj)
            att.rule = "relay_what_told"
            return
    for c in cands:
        if c.lower_ in ("citing", "quoting"):
            objs = [g for g in c.children if g.dep_ in ("dobj", "pobj")]
            if objs and (objs[0].lower_ in L.CUE_NOUNS or objs[0].lower_ in L.STATEMENT_NOUNS
                         or objs[0].lower_ in ("accounts", "account", "testimony", "calls", "messages", "interviews",
                                               "conversations", "testimonies")):
                # "citing U.S. intelligence estimates", "citing accounts from survivors": whoever
                # issued what is cited
                issuer = _cue_noun_source(objs[0]) if (objs[0].lower_ in L.STATEMENT_NOUNS) else None
                if issuer is None:
                    frm = next((g for g in (*objs[0].children, *c.children)
                                if g.dep_ == "prep" and g.lower_ in ("from", "by", "of")), None)
                    pobj = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
                    issuer = mention_from_token(pobj) if pobj is not None else None
                if issuer is None:
                    mods = [g for g in objs[0].lefts if g.dep_ in ("compound", "amod", "nmod", "poss") and g.pos_ != "DET"]
                    # "citing the regional health ministry's final list": the owner, not "final"
                    mods = [g for g in mods if g.dep_ == "poss"] or mods
                    if mods and any(g.pos_ in ("PROPN", "NOUN") or g.ent_type_ for g in mods):
                        doc = verb.doc
                        a = min(x.idx for g in mods for x in g.subtree)
                        b = max(x.idx + len(x.text) for g in mods for x in g.subtree if x.dep_ != "case")
                        issuer = Mention(text=doc_text(doc)[a:b], start=a, end=b)
                if issuer is not None and re.match(r"(?i)(his|her|its|their|our)\b", issuer.text):
                    issuer = None  # "citing preliminary figures from his commanders": the speaker's own
                if issuer is not None:
                    att.via.append(att.source)
                    att.source = issuer
                    att.rule = "relay_citing"
                    return
                continue
            if objs and objs[0].lower_ not in L.NON_SOURCE_NOUNS and objs[0].lower_ not in L.CUE_NOUNS:
                att.via.append(att.source)
                att.source = mention_from_token(objs[0])
                att.rule = "relay_citing"
                return


def _relay_briefed(subj, att: Attribution) -> None:
    """ "a lawmaker briefed by the NIS said" / "X, who was briefed by Y, said" / "X told reporters
    after a briefing by Y" -> Y via X."""
    verb = att.cue_token
    if verb is not None:
        for t in verb.subtree:
            if t.lemma_ == "briefing" and t.pos_ == "NOUN":
                for g in t.children:
                    if g.dep_ == "prep" and g.lower_ in ("by", "from"):
                        objs = [o for o in g.children if o.dep_ == "pobj"]
                        if objs and _is_source_noun(objs[0]):  # (not "Briefing by video link")
                            att.via.append(att.source)
                            att.source = mention_from_token(objs[0])
                            att.rule = "relay_briefed"
                            return
    # the clause may hang on a noun inside the subject ("A member of the committee, who was briefed by
    # the service, told ...")
    inside = {x.i for x in subj.subtree}
    for c in [t for t in subj.subtree if t.head.i in inside]:
        if c.dep_ in ("acl", "relcl") and c.lemma_ in ("brief", "inform", "tell"):
            agent = _agent_of(c)
            if agent is None:
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "by":
                        objs = [o for o in g.children if o.dep_ == "pobj"]
                        agent = objs[0] if objs else None
            if agent is not None:
                att.via.append(att.source)
                att.source = mention_from_token(agent)
                att.rule = "relay_briefed"
                return


_ENTRY_RE = re.compile(r"^\s*(?P<src>[A-Z][^:;\"“”]{1,80}?)(?:,\s*(?P<when>[^:;\"“”]{1,60}))?:\s+\S")


def rule_source_entry(sent, anchor) -> Attribution | None:
    """rule ``source_entry``: a round-up's entries, "Kedah police, Wednesday: 18 bodies, 13 survivors."
    and "UNHCR, mid-year report: more than 200,000 refugees": the name before the colon gives the
    figures after it (not a timestamp, a date or a heading like "Next week:")."""
    hit = _ENTRY_RE.match(doc_text(sent.doc)[sent.start_char:sent.end_char])
    if hit is None or sent.start_char + hit.end() > anchor.idx + len(anchor.text):
        return None
    inner = rule_cue_verb_subject(sent, anchor)
    if inner is not None and inner.source is not None and not inner.source.pronoun \
            and inner.source.start >= sent.start_char + hit.end("src"):
        return None  # "Frontier Monitor: UNHCR says 3.4 million ...": the label asks, UNHCR says
    for v in sent:
        if sent.start_char + hit.end() <= v.idx < anchor.idx and v.pos_ == "VERB" and v.dep_ == "acl" \
                and v.lemma_.lower() in L.CUE_VERBS and v.head.i < v.i and v.head.idx >= sent.start_char + hit.end() \
                and v.head.pos_ in ("NOUN", "PROPN"):
            # "Pacaya Review: A news site, Example Noticias 502, reported that ...", with the verb parsed
            # as a modifier of the site: the site reports, the interviewer's label only asks
            return Attribution(source=source_mention(v.head), cue=v.lemma_.lower(), cue_token=v,
                               rule="cue_verb_subject")
    a = sent.start_char + hit.start("src")
    b = sent.start_char + hit.end("src")
    span = sent.doc.char_span(a, b, alignment_mode="expand")
    if span is None or any(ch.isdigit() for ch in hit.group("src")):
        return None
    known = known_org(span.text)
    named = known or span.root.pos_ == "PROPN" or any(t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") for t in span)
    if not named or any(t.ent_type_ in ("DATE", "TIME") for t in span) or span.root.lower_ in L.NON_SOURCE_NOUNS:
        return None
    first = span.text.split()[0]
    if not known and (not _is_source_noun(span.root) or first.isupper() and len(first) > 3):
        return None  # ("CORRESPONDENT: ...", "AMINA (marcher): ...": a transcript's speaker labels)
    return Attribution(source=_single_mention(span.root), cue="entry", rule="source_entry")


_CORRECTION_RE = re.compile(r"(?i)\b(?:an|the) (?:earlier|previous|original) version of this (?:report|article|story|"
                            r"piece|post)\b")


def rule_correction_notice(sent, anchor) -> Attribution | None:
    """rule ``correction_notice``: "An earlier version of this report said that 1,700 people were
    missing": the outlet withdraws its own figure (the outlet's voice, stance denied)."""
    hit = _CORRECTION_RE.search(doc_text(sent.doc)[sent.start_char:sent.end_char])
    if hit is None or sent.start_char + hit.start() > anchor.idx:
        return None
    return Attribution(source=None, cue="correction", cue_token=None, rule="correction_notice")


_OWN_GOVERNMENT_RE = re.compile(r"\b(?:his|her|their) (?:government|country|capital)['’]s\b")
_REGION_ADJECTIVES = {"western", "european", "arab", "african", "asian", "gulf", "nato", "allied"}


def _own_government(sent, att: Attribution) -> Attribution | None:
    """rule ``own_government``: "A Western diplomat in Tunis ... put his government's estimate of the
    Wagner contingent at 'closer to 2,000'", "A senior Indian security official said his government's
    own assessment was ...": the estimate is the government's ("Western government", "Indian
    government"), relayed by the speaker."""
    verb = att.cue_token
    if verb is None or att.source is None or att.source.pronoun:
        return None
    if not _OWN_GOVERNMENT_RE.search(doc_text(verb.doc), sent.start_char, sent.end_char):
        return None
    subj = _verb_subject(verb)
    if subj is None:
        return None
    adj = next((c for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i and (
        c.ent_type_ == "NORP" or c.lower_ in _REGION_ADJECTIVES)), None)
    if adj is None:
        return None
    name = f"{adj.text[:1].upper()}{adj.text[1:]} government"
    return Attribution(source=Mention(text=name, start=adj.idx, end=adj.idx + len(adj.text)), via=[att.source, *att.via],
                       cue=att.cue, cue_token=att.cue_token, rule="own_government")


def attribute(sent, anchor) -> Attribution:
    """Apply the rules in order; the first that finds a source wins; a speaker's own government's
    estimate is the government's (``own_government``)."""
    att = _attribute(sent, anchor)
    return _own_government(sent, att) or att


def _attribute(sent, anchor) -> Attribution:
    """Apply the rules in order; the first that finds a source wins."""
    for rule in (rule_correction_notice, rule_source_entry):
        att = rule(sent, anchor)
        if att:
            return att
    att = rule_figure_giver(sent, anchor, own_only=True)
    if att:
        return att
    att = rule_according_to(sent, anchor)
    if att:
        # "X believes 100 were killed, according to Y": X is the source, relayed by Y; but in
        # "70,000 marched, according to organisers, while police put the figure at 18,000" the
        # police figure is not the organisers'
        inner = rule_cue_verb_subject(sent, anchor)
        if inner and inner.source and inner.cue_token is not None and att.cue_token is not None \
                and not inner.cue_token.is_ancestor(att.cue_token) and inner.cue_token.i > att.cue_token.i:
            return inner
        if inner and inner.source and not inner.source.pronoun and inner.source.text != att.source.text \
                and not any(ch.isdigit() for ch in inner.source.text):  # "60pc of Estonians say ..., according to a poll"
            inner.via.append(att.source)
            inner.rule = "according_to_relay"
            return inner
        return att
    verbs = cue_verbs_above(anchor)
    att = rule_cue_noun_from(sent, anchor, verbs[0] if verbs else None)
    if att:
        return att
    att = rule_misparsed_cue_verb(sent, anchor)
    if att:
        outer = rule_cue_verb_subject(sent, anchor)
        if outer and outer.source and not outer.source.pronoun and outer.source.text != att.source.text:
            att.via.append(outer.source)  # "..., an Israeli security official told journalists"
            att.rule = "relay_told"
        return att
    for rule in (rule_cue_verb_subject, rule_trailing_cue_clause, rule_possessive_cue, rule_by_their_count,
                 rule_figure_giver, rule_poll_owner, rule_statement_noun_anywhere,
                 rule_appeal_subject, rule_fronted_study, rule_citing_anywhere, rule_list_after_colon):
        att = rule(sent, anchor)
        if att and rule is rule_cue_verb_subject and (att.source is None or any(ch.isdigit() for ch in att.source.text)):
            # "In a poll of 1,200 adults ... by Example Opina Perú, 54 per cent said": the figure
            # speaks for nobody; the poll is the pollster's
            att = rule_poll_owner(sent, anchor) or att
        if att:
            return att
    if verbs:
        return Attribution(source=None, cue=verbs[0].lemma_.lower(), cue_token=verbs[0], rule="outlet_voice")
    return Attribution(source=None)


_BY_COUNT_RE = re.compile(r"^(?:By|On|In) (?P<who>(?:the )?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|on|and|the|de))*)"
                          r"['’]s? (?:own |latest |new |official |provisional |updated )?(?:estimates?|count|reckoning|"
                          r"tally|calculations?|figures|numbers|records|arithmetic|accounts?)\b")


def rule_by_their_count(sent, anchor) -> Attribution | None:
    """rule ``by_their_count``: "By the International Organization for Migration's estimate,
    several thousand people have died ...": the body whose count frames the sentence (the parser
    often splits such a name around its "for")."""
    m = _BY_COUNT_RE.match(sent.text)
    if m is None or anchor.idx < sent.start_char + m.end():
        return None
    who = m.group("who")
    start = sent.start_char + m.start("who")
    if who.lower().startswith("the "):
        who, start = who[4:], start + 4
    return Attribution(source=Mention(text=who, start=start, end=start + len(who)), cue="count",
                       rule="by_their_count")


#: Verbs for giving a figure in a relative clause ("the toll it had documented", "which the ministry gave").
_GIVER_VERBS = {"give", "document", "record", "publish", "announce", "issue", "release", "count", "register",
                "report", "compile", "confirm", "provide", "tally", "cite"}
_GIVEN_NOUNS = {"figure", "figures", "toll", "tolls", "count", "number", "numbers", "estimate", "total", "tally"}


def rule_figure_giver(sent, anchor, own_only: bool = False) -> Attribution | None:
    """rule ``figure_giver``: "the toll it had documented had climbed to 92", "the figure of 431 Iraqis
    flown from Minsk, which Iraq's foreign ministry gave that evening", "three fewer than the 171 that
    the Emergencies Ministry announced": who gave the figure, named in a relative clause on the
    figure's noun (or right after the figure, with "which"). ``own_only``: only a clause on the
    figure itself, which wins over the sentence's speaker."""
    for v in sent:
        if v.dep_ != "relcl" or v.lemma_.lower() not in _GIVER_VERBS or v.tag_ == "VBG":
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if own_only:
            if v.head.i == anchor.i and subj is not None and subj.pos_ in ("NOUN", "PROPN") \
                    and _is_source_noun(_source_token(subj)[0]):
                return Attribution(source=source_mention(subj), cue=v.lemma_.lower(), cue_token=v, rule="figure_giver")
            continue
        if subj is None or subj.lower_ in ("that", "which", "who") or subj.lower_ in ("i", "we", "you"):
            continue
        head = v.head
        on_noun = head.lower_ in _GIVEN_NOUNS and (
            anchor.i in {t.i for t in head.subtree}
            or head.dep_ in ("nsubj", "nsubjpass") and anchor.i in {t.i for t in head.head.subtree}
            and not any(t.like_num for t in head.head.subtree if t.i != anchor.i and t.i > head.i and t.i < anchor.i))
        which_after = v.i > anchor.i and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in v.children) \
            and not any(t.like_num and t.i != anchor.i for t in sent.doc[anchor.i + 1:v.i])
        if not (on_noun or which_after):
            continue
        if subj.pos_ != "PRON" and not _is_source_noun(_source_token(subj)[0]):
            continue
        return Attribution(source=source_mention(subj), cue=v.lemma_.lower(), cue_token=v, rule="figure_giver")
    return None


#: Verbs that open a list of figures after a colon ("broke the toll down by district: ...").
_LIST_OPENERS = {"break", "itemise", "itemize", "split", "divide", "group", "detail", "list", "give", "put",
                 "publish", "release", "issue", "count", "tally", "record", "provide", "share", "report"}


def rule_list_after_colon(sent, anchor) -> Attribution | None:
    """rule ``list_after_colon``: "The ministry's operations centre broke the toll down by district
    in its noon bulletin: in Kavrepalanchok, 48; in Dhading, 38; ...": the figures of a list after
    a colon come from whoever opened it, when nothing in the list names a source of its own."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" and t.i < anchor.i), None)
    if colon is None:
        return None
    verb = next((t for t in reversed(sent[:colon.i - sent.start]) if t.pos_ == "VERB"
                 and t.lemma_.lower() in L.CUE_VERBS | _LIST_OPENERS), None)
    if verb is None or any(t.like_num for t in doc[sent.start:colon.i]):
        return None
    subj = _subject_of(verb)
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in L.NON_SOURCE_NOUNS or not _is_source_noun(_source_token(subj)[0]):
        return None
    return Attribution(source=source_mention(subj), cue=verb.lemma_.lower(), cue_token=verb, rule="list_after_colon")


def rule_citing_anywhere(sent, anchor) -> Attribution | None:
    """rule ``citing_anywhere``: "asked about The Example Standard, which reported last week, citing
    South Sudanese security sources, that as many as 2,000 ..." parsed with the figure outside the
    reporting verb's clause: the sources cited before the figure, via whoever reported citing them."""
    cite = next((t for t in sent if t.lower_ == "citing" and t.i < anchor.i), None)
    obj = next((g for g in cite.children if g.dep_ == "dobj"), None) if cite is not None else None
    if obj is None or not _is_source_noun(obj) or obj.lower_ in L.NON_SOURCE_NOUNS or obj.lower_ in L.CUE_NOUNS:
        return None
    verb = next((t for t in reversed(sent[:cite.i - sent.start]) if t.pos_ == "VERB"
                 and t.lemma_.lower() in L.CUE_VERBS), None)
    subj = _verb_subject(verb) if verb is not None else None
    att = Attribution(source=mention_from_token(obj), cue="cite", cue_token=cite, rule="citing_anywhere")
    if subj is not None and _is_source_noun(subj):
        att.via.append(source_mention(subj))
    return att


# --- naming -----------------------------------------------------------------------------------

_POSS_RE = re.compile(r"['’]s?\b")


def core_name(m: Mention) -> str:
    """A mention's name without determiners, titles or possessive marks:
    "South Korea’s Joint Chiefs of Staff" -> "South Korea Joint Chiefs of Staff"."""
    if m.person_name and not m.by_office and m.is_person:
        return m.person_name
    text = m.text
    country = L.COUNTRY_ADJECTIVES.get(_strip_the(text).lower()) if m.qualifier else None
    if country:  # "intelligence estimates from the U.S." -> "U.S. intelligence"; an organisation keeps its name
        return f"{demonym(country)} {m.qualifier}"
    # "South Korea's Joint Chiefs" -> "South Korea Joint Chiefs"; "the president's office" keeps its "'s"
    words = []
    for w in text.split():
        poss = re.match(r"^(.*?)['’]s?$", w)
        if poss and poss.group(1):
            w = poss.group(1) if poss.group(1)[:1].isupper() else w if w[-1] in "'’" else poss.group(1) + "'s"
        words.append(w)
    if words:
        words[-1] = re.sub(r"['’]s?$", "", words[-1])  # a name never ends in a possessive
    text = " ".join(words)
    for country in _COUNTRIES_LONGEST_FIRST if re.search(r"['’]s\b", m.text) else ():
        # rule ``demonym_name``: "Venezuela's defence minister" -> "Venezuelan defence minister" (a
        # country's office in lower case reads as the country's adjective)
        if not text.startswith(country + " "):
            continue
        rest = text[len(country):].strip()
        if rest and rest == rest.lower() and re.search(r"['’]s\b", m.text[:len(country) + 3]):
            text = f"{demonym(country)} {rest}"
            words = text.split()
            break
    capital = re.match(r"^([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+(.+)$", _strip_the(m.text))
    if capital and capital.group(1) in L.CAPITALS and capital.group(2) == capital.group(2).lower():
        # rule ``capital_office``: "Beijing's defense ministry" is China's ("Chinese defense ministry"),
        # as "New Delhi said" is India (``capital_speaks``)
        text = f"{demonym(L.CAPITALS[capital.group(1)])} {capital.group(2)}"
        words = text.split()
    if len(words) > 2 and words[-1].lower() in DOCUMENT_ROLES and words[-2][:1].islower():
        text = " ".join(words[:-1])  # "a British defence intelligence update" -> the intelligence
    elif len(words) >= 2 and words[-1].lower() in (L.STATEMENT_NOUNS | DOCUMENT_ROLES) - {"intelligence"} and not (
            words[-1][:1].isupper() and any(w in ("for", "of", "on") for w in words[:-1])) and (
            words[-2][:1].isupper() or words[-2].lower() == "intelligence"):
        text = " ".join(words[:-1])  # "UNHCR figures", "IOM data", "U.S. intelligence estimates"
    text = re.sub(r"\s*\([A-Z]{2,6}\)$", "", text)  # "National Intelligence Service (NIS)"
    # "the state minister of defence" -> "defence minister" (rule ``minister_of_field``)
    text = re.sub(r"^(?:state |deputy |junior )?(minister|ministry|secretary) of (?:the )?((?:\w+ )?(\w+))$",
                  lambda mm: f"{mm.group(2)} {mm.group(1)}" if mm.group(3).lower() in _MINISTRY_FIELDS else mm.group(0),
                  text, flags=re.I)
    # rule ``office_of_place``: "the mayor of Freetown" -> "Freetown mayor", "the Russian-installed
    # mayor of occupied Nova Kakhovka" -> "Russian-installed Nova Kakhovka mayor"
    text = re.sub(r"^(?P<mods>(?:(?:the|The) )?(?:[\w-]+ )?)(?P<role>mayor|governor|prefect|sheriff|coroner) of "
                  r"(?:(?:the )?(?:occupied|besieged|embattled) )?(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})$",
                  lambda mm: f"{mm.group('mods')}{mm.group('place')} {mm.group('role')}", text)
    text = re.sub(r"^\d{1,2}[:.]\d{2}\s*(?:[—–-]\s*)?", "", text)  # "12:55 Organisers": a live blog's time stamp
    text = re.sub(r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+(?=\S+\s+\S)", "", text)
    # ("Two Western officials" -> "Western officials": who, not how many)
    text = _strip_the(text)
    last = text.split()[-1] if text.split() else ""
    if len(text.split()) > 1 and last.isupper() and known_org(last):
        return known_org(last)  # "the UN refugee agency UNHCR"
    if len(text.split()) > 1 and last.isupper() and last.isalpha() and 2 <= len(last) <= 6 and all(
            w.islower() for w in text.split()[:-1]):
        return last  # rule ``described_acronym``: "the disaster agency AFAD" is AFAD
    described = re.match(r"^(?:[a-z][\w'’-]*\s+){0,2}(?!(?:of|for|in|at|on|to|from|by|and|with)\s)[a-z][\w'’-]*\s+(?P<name>(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|de|"
                         r"du|des|la|le|del|on))*)$", text)
    if described and described.group("name").split()[-1][:1].isupper() and len(described.group("name").split()) >= 2 \
            and (not re.match(r"(?i)(?:former|ex|acting|deputy|state|federal|national|regional|provincial)\b", text)
                 or re.match(r"^[a-z\s'’-]*\b(?:daily|weekly|newspaper|paper|tabloid|broadcaster|channel|station|"
                             r"website|site|outlet|magazine)\s+[A-Z]", text)):  # "the regional daily Example Lappi"
        # rule ``described_name``: "the crowd-counting firm Example Crowd Metrics", "the medical charity
        # Médecins Sans Frontières": the name, without the description before it
        text = described.group("name")
    metonym = L.METONYMS.get(text.lower()) or L.METONYMS.get("the " + text.lower()) or L.CAPITALS.get(text)
    if metonym:  # rule ``capital_speaks``: "New Delhi said" is India
        return metonym
    if text.lower() == "red cross":
        return "Red Cross"  # which society, the document decides (rule ``national_red_cross``)
    known = known_org(text)
    if known:
        return known
    return text.strip(" ,;:")


def _strip_the(text: str) -> str:
    return re.sub(r"^(the|a|an|this|that|neither|either|both)\s+", "", text.strip(), flags=re.I)


_DEMONYMS = {
    "Eswatini": "Eswatini", "Timor-Leste": "Timorese", "Kiribati": "Kiribati", "Republic of the Congo": "Congolese", "North Macedonia": "North Macedonian",
    "United States": "U.S.", "Ukraine": "Ukrainian", "South Korea": "South Korean", "North Korea": "North Korean",
    "Russia": "Russian", "United Kingdom": "British", "China": "Chinese", "Japan": "Japanese",
    "Germany": "German", "France": "French", "European Union": "EU", "Western": "Western", "NATO": "NATO",
}


_ALIAS_INDEX = {alias: canon for canon, aliases in L.ORG_ALIASES.items() for alias in (*aliases, canon.lower())}
_LONG_ALIASES = tuple(sorted((a for a in _ALIAS_INDEX if len(a) > 4 and " " in a), key=len, reverse=True))


def known_org(name: str) -> str | None:
    """The canonical name of a well-known organisation ("UN refugee agency" -> "UNHCR")."""
    key = re.sub(r"[’']", "'", name.lower()).replace(".", "").strip()
    key = re.sub(r"^the\s+", "", key)
    return _ALIAS_INDEX.get(key) or _ALIAS_INDEX.get(key.replace("'s", "").replace("  ", " "))


_COUNTRY_NAMES = set(L.COUNTRY_ADJECTIVES.values())
_COUNTRIES_LONGEST_FIRST = tuple(sorted(_COUNTRY_NAMES, key=len, reverse=True))


def demonym(country: str) -> str:
    """ "Venezuela" -> "Venezuelan": the lexicon's adjective for the country."""
    if country in _DEMONYMS:
        return _DEMONYMS[country]
    adjectives = [k for k, v in L.COUNTRY_ADJECTIVES.items() if v == country and k != country.lower()
                  and not k.endswith("'s") and " " not in k.strip() or v == country and k.count(" ") == country.count(" ")
                  and k != country.lower() and not k.endswith("'s")]
    if not adjectives:
        return country
    best = max(adjectives, key=len)
    return " ".join(w[:1].upper() + w[1:] for w in best.split())


def source_kind(name: str, is_person: bool) -> str:
    low = f" {name.lower()} "
    if is_person:
        return "person"
    words = set(re.findall(r"[a-z.]+", low))
    if words & {"officials", "sources", "analysts", "diplomats", "experts", "observers", "insiders"} and not re.search(
            r"(ministry|department|agency|service|chiefs|command|government| (panel|group|team|committee) of )", low):
        return "anonymous"
    for kind, keys in L.SOURCE_KIND_WORDS:
        for key in keys:
            if f" {key} " in low or (" " in key and key in low):
                return kind
    return "other"
