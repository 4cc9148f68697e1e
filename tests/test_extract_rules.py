"""Extraction rules on hand-written sentences: attribution, relays, category, hedges, stance, dates."""

from __future__ import annotations

import pytest

from crosscheck import extract_claims


def one(nlp, text, figure=None, published=None):
    claims = extract_claims(text, nlp=nlp, published=published)
    if figure is None:
        assert len(claims) == 1, [c.to_json() for c in claims]
        return claims[0]
    found = [c for c in claims if c.quantity and c.quantity.text == figure]
    assert found, f"{figure!r} not among {[c.quantity.text for c in claims if c.quantity]}"
    return found[0]


@pytest.mark.parametrize("text,figure,source,rule", [
    ("Ukrainian President Volodymyr Zelenskyy said that over 3,000 North Korean troops had been killed or wounded.",
     "over 3,000", "Volodymyr Zelenskyy", "cue_verb_subject"),
    ("South Korea's Joint Chiefs of Staff corroborated this figure, stating that 1,100 North Korean troops have been killed or injured.",
     "1,100", "South Korea Joint Chiefs of Staff", "cue_verb_subject"),
    ("According to the Pentagon, about 10,000 North Korean troops have been sent to Russia.",
     "about 10,000", "Pentagon", "according_to"),
    ("About 10,000 North Korean troops have been sent to Russia, according to the Pentagon.",
     "About 10,000", "Pentagon", "according_to"),
])
def test_extract_attribution_rules(nlp, text, figure, source, rule):
    c = one(nlp, text, figure)
    assert c.source is not None and c.source.name == source
    assert rule in c.rules


def test_extract_joint_sources_from_estimates(nlp):
    c = one(nlp, "Intelligence estimates from the U.S., Ukraine, and South Korea suggest that between 11,000 and "
                 "12,000 North Korean soldiers have been deployed to Russia.", "between 11,000 and 12,000")
    assert c.source.members == ("U.S. intelligence", "Ukrainian intelligence", "South Korean intelligence")
    assert c.category == "deployed" and "estimated" in c.hedges


def test_extract_relay_briefing(nlp):
    c = one(nlp, "Lawmaker Lee Seong-kweun told reporters after a briefing by the National Intelligence Service "
                 "that about 3,000 North Korean troops were now in Russia.", "about 3,000")
    assert c.source.name == "National Intelligence Service"
    assert [v.name for v in c.via] == ["Lee Seong-kweun"]


def test_extract_outlet_voice_when_nobody_is_named(nlp):
    c = one(nlp, "Some 8,000 North Korean soldiers are now in the Kursk region.", "Some 8,000")
    assert c.source is None and c.category == "deployed"


@pytest.mark.parametrize("text,figure,category", [
    ("Officials said 300 North Korean soldiers were killed.", "300", "killed"),
    ("Officials said 2,700 North Korean soldiers were wounded.", "2,700", "wounded"),
    ("Officials said North Korea suffered 1,000 casualties.", "1,000", "killed_or_wounded"),
    ("Officials said 1,000 North Korean troops were killed or injured.", "1,000", "killed_or_wounded"),
    ("Ukraine said it captured two North Korean soldiers.", "two", "captured"),
    ("The agency said 12,000 North Korean troops were deployed to Russia.", "12,000", "deployed"),
])
def test_extract_category_rules(nlp, text, figure, category):
    assert one(nlp, text, figure).category == category


@pytest.mark.parametrize("text,hedge,certainty", [
    ("Russia has reportedly lost 500 soldiers, officials said.", "reportedly", "possible"),
    ("Officials estimated that 500 soldiers were killed.", "estimated", "probable"),
    ("North Korea appears to have sent 500 more soldiers, officials said.", "appears", "probable"),
    ("Officials said 500 soldiers were killed. The figure could not be independently verified.", "unconfirmed", "possible"),
])
def test_extract_hedge_rules(nlp, text, hedge, certainty):
    c = extract_claims(text, nlp=nlp)[0]
    assert hedge in c.hedges and c.certainty == certainty


def test_extract_stance_not_acknowledged_without_figure(nlp):
    c = one(nlp, "Neither Moscow nor Pyongyang has officially acknowledged the presence of North Korean troops in Ukraine.")
    assert c.quantity is None and c.stance == "not_acknowledged"
    assert c.source.members == ("Russia", "North Korea")


def test_extract_stance_denied(nlp):
    c = one(nlp, "The Kremlin denied that 400 North Korean soldiers were missing.", "400")
    assert c.stance == "denied"


def test_extract_statement_date_resolved_against_publication(nlp):
    c = one(nlp, "Zelenskyy said on December 23 that over 3,000 North Korean troops had been killed or wounded.",
            "over 3,000", published="2025-01-02")
    assert c.date == "2024-12-23"  # not December 2025: never into the future


def test_extract_period_is_recorded(nlp):
    c = one(nlp, "John Kirby said more than 1,000 North Korean troops were killed or wounded in just one week.",
            "more than 1,000")
    assert c.period == "in just one week"


def test_extract_names_within_a_document_are_canonical(nlp):
    text = ("South Korea's Joint Chiefs of Staff said 1,100 North Korean troops were killed or wounded. "
            "The Joint Chiefs said 300 more were missing. Ukrainian President Volodymyr Zelenskyy said 3,000 were "
            "killed or wounded. Zelensky said 200 were captured.")
    names = [c.source.name for c in extract_claims(text, nlp=nlp) if c.quantity]
    assert names == ["South Korea Joint Chiefs of Staff"] * 2 + ["Volodymyr Zelenskyy"] * 2


def test_extract_component_sets_doc_extension(nlp):
    doc = nlp("Officials said 300 soldiers were killed.")
    assert [c.quantity.text for c in doc._.claims] == ["300"]
    assert [q.text for q in doc._.quantities] == ["300"]
    assert "crosscheck_claims" in nlp.pipe_names


def test_extract_skips_numbers_that_name_things(nlp):
    claims = extract_claims('A tweet from Visegrád 24 said the video was new. The two forces barely talk.', nlp=nlp)
    assert [c for c in claims if c.quantity] == []


def test_extract_trailing_said(nlp):
    c = one(nlp, "At least 100 North Korean soldiers have been killed fighting for Russia, a South Korean lawmaker "
                 "said on Thursday.", "At least 100")
    assert c.source.name.endswith("lawmaker") and "cue_verb_subject" in c.rules


def test_extract_passive_belief_is_not_a_source(nlp):
    c = one(nlp, "North Korea is believed to have around 11,000 soldiers in Russia.", "around 11,000")
    assert c.source is None and "estimated" in c.hedges


def test_extract_according_to_relays_a_named_believer(nlp):
    c = one(nlp, "South Korea's intelligence service believes at least 100 North Korean soldiers have died, "
                 "according to a lawmaker.", "at least 100")
    # "South Korea's intelligence service" is the NIS (ORG_ALIASES)
    assert c.source.name == "National Intelligence Service" and [v.name for v in c.via] == ["lawmaker"]
    assert "according_to_relay" in c.rules


def test_extract_nationality_list_is_a_joint_source(nlp):
    c = one(nlp, "U.S., South Korean and Ukrainian officials estimate that North Korea has sent between 11,000 "
                 "and 12,000 troops to Russia.", "between 11,000 and 12,000")
    assert c.source.members == ("U.S. officials", "South Korean officials", "Ukrainian officials")


def test_extract_role_noun_points_back_by_kind(nlp):
    text = ("South Korea's National Intelligence Service (NIS) said North Korea had begun moving troops. "
            "About 1,500 special forces soldiers were ferried to Vladivostok, the agency said.")
    c = one(nlp, text, "About 1,500")
    assert c.source.name == "National Intelligence Service"


def test_extract_category_carries_to_the_number(nlp):
    text = ("Officials said 3,000 North Korean soldiers had been killed or wounded. "
            "Zelenskyy said the number had reached 3,800.")
    assert one(nlp, text, "3,800").category == "killed_or_wounded"


def test_extract_ages_in_a_list_are_not_figures(nlp):
    claims = extract_claims("The SBU said the soldiers were 20 and 26 years old.", nlp=nlp)
    assert [c for c in claims if c.quantity] == []


def test_extract_subject_before_said_in_a_misparsed_conjunct(nlp):
    text = ("North Korea has started moving combat troops to Russia, South Korea's National Intelligence Service "
            "(NIS) said on Friday. About 1,500 special forces soldiers were ferried to Vladivostok, the agency said.")
    c = one(nlp, text, "About 1,500")
    assert c.source.name == "National Intelligence Service"


@pytest.mark.parametrize("text,figure,location", [
    ("Zelenskyy said over 3,000 North Korean troops were killed or wounded in Kursk Oblast.", "over 3,000", "Kursk Oblast"),
    ("Speaking in Seoul, officials said 300 North Korean soldiers were killed in Kursk.", "300", "Kursk"),
    ("The National Intelligence Service in Seoul estimated that about 300 North Koreans had been killed.", "about 300", None),
])
def test_extract_location_is_where_the_figure_happened(nlp, text, figure, location):
    assert one(nlp, text, figure).location == location


@pytest.mark.parametrize("text,figure,source", [
    ("The death toll from Friday's missile strike rose to 23, the regional military administration said.", "23",
     "regional military administration"),
    ("More than 12.6 million people have fled, the UN refugee agency said.", "More than 12.6 million", "UNHCR"),
    ("The International Organization for Migration said 43,000 people were displaced.", "43,000", "IOM"),
])
def test_extract_registry_names_and_statement_nouns(nlp, text, figure, source):
    assert one(nlp, text, figure).source.name == source


@pytest.mark.parametrize("text", [
    "Rescuers searched a nine-storey building after the strike.",
    "Residents were told to call the emergency line, 101, or the hotline on 0800 500 120.",
])
def test_extract_measures_and_phone_numbers_are_not_claims(nlp, text):
    assert [c for c in extract_claims(text, nlp=nlp) if c.quantity] == []


def test_extract_it_said_points_to_the_last_organisation(nlp):
    text = ("The regional military administration said 23 people were killed. It said 67 people had been injured.")
    assert one(nlp, text, "67").source.name == "regional military administration"


def test_extract_money_and_area_are_other(nlp):
    assert one(nlp, "The UN said $26 million was needed for the displaced.", "$26 million").category == "other"


@pytest.mark.parametrize("text,figure,source", [
    ("The Israeli military said troops were in the area. A military spokesperson said around 17,000 fighters "
     "had been killed.", "around 17,000", "Israeli military"),
    ("The Mozambique National Institute for Disaster Risk Management released figures. Its president said about "
     "450,000 people were affected.", "about 450,000", "Mozambique National Institute for Disaster Risk Management"),
    ("Kenya Police said 41 people were arrested. A police spokesperson said 12 officers were injured.", "12",
     "Kenya Police"),
])
def test_extract_unnamed_speaker_stands_for_the_organisation(nlp, text, figure, source):
    c = one(nlp, text, figure)
    assert c.source.name == source


@pytest.mark.parametrize("text,figure,source,category", [
    ("A UNHCR survey found that 59% of refugees hoped to go home one day.", "59%", "UNHCR", "other"),
    ("IOM data show 1,846 migrants died or went missing on the route last year.", "1,846", "IOM", "missing"),
    ("UNHCR said 175,000 people crossed into Chad in May.", "175,000", "UNHCR", "displaced"),
])
def test_extract_issuers_percentages_missing_and_displacement(nlp, text, figure, source, category):
    c = one(nlp, text, figure)
    assert (c.source.name, c.category) == (source, category)


@pytest.mark.parametrize("text,figure,what", [
    ("Ukrainian officials reported thousands killed or wounded.", "thousands", "killed or wounded"),
    ("The Home Office said about 5% of the arrivals were children.", "about 5%", "the arrivals"),
    ("The Home Office said 41 died, a year earlier.", "41", None),
])
def test_extract_what_is_never_a_fragment(nlp, text, figure, what):
    assert one(nlp, text, figure).what == what


def test_extract_two_statements_are_not_a_relay(nlp):
    text = ("Ukrainian President Volodymyr Zelenskyy put total losses at more than 3,000 on Monday, while South "
            "Korea's Joint Chiefs said about 1,100.")
    a, b = one(nlp, text, "more than 3,000"), one(nlp, text, "about 1,100")
    assert (a.source.name, a.via) == ("Volodymyr Zelenskyy", ())
    assert b.via == ()


def test_extract_total_of_a_part_keeps_its_own_category(nlp):
    text = ("About 4,000 of the roughly 11,000 North Korean soldiers sent to Russia have been killed or wounded, "
            "Western officials said.")
    assert one(nlp, text, "About 4,000").category == "killed_or_wounded"
    assert one(nlp, text, "roughly 11,000").category == "deployed"


def test_extract_source_named_before_the_figures(nlp):
    text = ("Rio Grande do Sul's civil defence agency released its evening bulletin on Monday. Floods have now "
            "killed 161 people across the state, with 82 missing. More than 581,000 people have been forced from "
            "their homes.\n\nIn other news, 12 people were hurt in a crash.")
    names = {c.quantity.text: c.source.name if c.source else None for c in extract_claims(text, nlp=nlp)}
    assert names["161"] == names["82"] == names["More than 581,000"] == "Rio Grande do Sul civil defence agency"
    assert names["12"] is None  # a new paragraph ends the carry


@pytest.mark.parametrize("text,figure,category", [
    ("The Interior Ministry said 402 protesters were detained overnight.", "402", "other"),
    ("Ukraine said its forces captured two North Korean soldiers.", "two", "captured"),
    ("The IOM recorded more than 1,000 deaths and disappearances on the route.", "more than 1,000", "missing"),
])
def test_extract_arrests_and_missing_totals(nlp, text, figure, category):
    assert one(nlp, text, figure).category == category


@pytest.mark.parametrize("text,figure,denier,stance", [
    ("The Gaza health ministry said 46,584 people had been killed. The Israeli military disputes the count.",
     "46,584", "Israeli military", "denied"),
    ("The Russian Defence Ministry claimed that Ukraine had lost up to 445 servicemen in a day. Kyiv has not "
     "confirmed the figure.", "up to 445", "Ukraine", "not_acknowledged"),
])
def test_extract_stance_on_a_figure_named_before(nlp, text, figure, denier, stance):
    claims = [c for c in extract_claims(text, nlp=nlp) if c.quantity and c.quantity.text == figure]
    assert {(c.source.name, c.stance) for c in claims} >= {(denier, stance)}
    assert any(c.stance == "asserted" for c in claims)


@pytest.mark.parametrize("text,figure,category", [
    ("The UN had put the death toll at around 700, with 2,800 people injured.", "around 700", "killed"),
    ("It put the number of people left without shelter at roughly 20,000.", "roughly 20,000", "displaced"),
    ("An airstrike killed at least 31 people, including 12 children, and wounded about 40 others.", "12", "killed"),
    ("The ministry said 412 people had been injured, up from 365 a day earlier.", "365", "wounded"),
    ("The institute said 768 people were injured and more than 110,000 homes damaged.", "more than 110,000", "other"),
    ("OCHA said 800 deaths were verified and that some 12,000 people had been affected.", "some 12,000", "other"),
    ("More than 40 percent of the dead were children, a ministry spokesman said.", "More than 40 percent", "killed"),
    ("Police counted 22,000 protesters killed in clashes, while organisers said 55,000.", "55,000", "killed"),
])
def test_extract_category_from_context(nlp, text, figure, category):
    assert one(nlp, text, figure).category == category


@pytest.mark.parametrize("text,figure,source", [
    ("The military government's information team said around 20 fighters had been killed.", "around 20",
     "military government"),
    ("The independent monitoring group Myanmar Conflict Tracker estimates that more than 6,300 civilians have "
     "been killed.", "more than 6,300", "Myanmar Conflict Tracker"),
    ("The Kathmandu Post had reported on Wednesday, citing the ministry, that 141 people had died.", "141",
     "ministry"),
    ("Congo's government puts the toll higher still: its spokesman said that more than 3,000 people had died.",
     "more than 3,000", "Congolese government"),
])
def test_extract_owners_appositions_citing_and_same_sentence_antecedents(nlp, text, figure, source):
    assert one(nlp, text, figure).source.name == source


def test_extract_share_of_the_previous_figure(nlp):
    claims = extract_claims("The hospital had received 2,300 wounded patients since June, about a third of them "
                            "children, a coordinator said.", nlp=nlp)
    derived = [c for c in claims if "share_of_previous" in c.rules]
    assert [(c.quantity.low, c.quantity.approx, c.category) for c in derived] == [(767, True, "wounded")]
