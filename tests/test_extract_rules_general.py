"""Rules found by writing new everyday news sentences (not from any evaluation set)."""

from __future__ import annotations

from conftest import claims_of

from crosscheck import extract_claims


def test_a_claim_the_group_denied_is_not_the_armys_own(nlp):
    found = claims_of(nlp, "The army said it had killed 40 militants, a claim the group denied.", "40")
    assert {(c.source.name, c.stance) for c in found} == {("army", "asserted"), ("group", "denied")}


def test_treated_for_gunshot_wounds_is_wounded(nlp):
    (c,) = claims_of(nlp, "Local media, citing hospital sources, reported that 78 people had been treated for "
                          "gunshot wounds.", "78")
    assert c.category == "wounded" and c.source.name == "hospital sources"


def test_a_body_named_as_subject_is_who_its_spokesperson_speaks_for(nlp):
    text = ("The coast guard rescued 41 people and recovered 12 bodies; at least 30 others are missing, "
            "a spokesperson said.")
    assert {c.source.name for c in extract_claims(text, nlp=nlp) if c.quantity} == {"coast guard"}


def test_according_to_in_another_clause_is_not_a_relay(nlp):
    text = ("An estimated 70,000 people marched through the city centre, according to organisers, while police "
            "put the figure at 18,000.")
    (c,) = claims_of(nlp, text, "18,000")
    assert c.source.name == "police" and not c.via
    (c,) = claims_of(nlp, text, "An estimated 70,000")
    assert c.source.name == "organisers"


def test_a_figure_a_country_disputes(nlp):
    text = "Hamas-run health authorities say more than 40,000 Palestinians have been killed, a figure Israel disputes."
    found = claims_of(nlp, text, "more than 40,000")
    assert ("Israel", "denied") in {(c.source.name, c.stance) for c in found}


def test_could_not_independently_verify_is_a_hedge_not_a_claim(nlp):
    claims = extract_claims("Officials said 150 people had died. Reuters could not independently verify the "
                            "figures.", nlp=nlp)
    assert [(c.quantity.text, c.hedges) for c in claims] == [("150", ("unconfirmed",))]


def test_owner_place_is_not_where_it_happened(nlp):
    (c,) = claims_of(nlp, "At least 100 soldiers have been killed, a lawmaker said, in Seoul's first estimate of the "
                          "toll.", "At least 100")
    assert c.location != "Seoul"
    (c,) = claims_of(nlp, "Ukrainian forces have captured two soldiers in Russia's Kursk region, the president "
                          "said.", "two")
    assert c.location is not None


def test_neither_the_government_in_x_nor_the_one_in_y(nlp):
    text = "Neither the government in Moscow nor the one in Pyongyang has confirmed that they are there."
    (c,) = extract_claims(text, nlp=nlp)
    assert c.source.members == ("Russia", "North Korea") and c.stance == "not_acknowledged"


def test_semicolon_separated_counts_are_not_a_relay(nlp):
    text = "Police counted 22,000 protesters; organisers said 55,000."
    (c,) = claims_of(nlp, text, "22,000")
    assert c.source.name == "Police" and not c.via
    (c,) = claims_of(nlp, text, "55,000")
    assert c.source.name == "organisers"


def test_revision_from_to_is_two_figures(nlp):
    assert [c.quantity.text for c in extract_claims("The toll rose from 300 to 445 overnight, officials said.",
                                                    nlp=nlp)] == ["300", "445"]
    assert [c.quantity.text for c in extract_claims("Estimates range from 300 to 445, officials said.",
                                                    nlp=nlp)] == ["from 300 to 445"]


def test_counted_and_described_anonymous_sources_stay_anonymous(nlp):
    text = ("Two Western officials said Russia had lost 1,000 soldiers a day. A senior U.S. defense official said "
            "the figure was about 1,200.")
    (a,) = claims_of(nlp, text, "1,000")
    assert a.source.name == "Western officials" and a.source.kind == "anonymous"
    (b,) = claims_of(nlp, text, "about 1,200")
    assert b.source.name == "senior U.S. defense official"


def test_wrote_on_x_is_a_report_not_a_social_prompt(nlp):
    (c,) = claims_of(nlp, "At least 25 people were killed, the Taliban's deputy spokesman Hamdullah Fitrat wrote "
                          "on X.", "At least 25")
    assert c.source.name == "Taliban" and c.category == "killed"


def test_fronted_total(nlp):
    text = "Of the estimated 12,000 troops sent, about 4,000 have been killed or wounded, a Western official said."
    (total,) = claims_of(nlp, text, "estimated 12,000")
    (part,) = claims_of(nlp, text, "about 4,000")
    assert total.category == "deployed" and "category_total" in total.rules
    assert part.category == "killed_or_wounded"


def test_day_month_dates_without_dateparser():
    from crosscheck.extract.claims import _day_month

    assert _day_month("on 8 November", "2024-11-20") == "2024-11-08"
    assert _day_month("Dec. 23", "2025-01-05") == "2024-12-23"  # never in the future
    assert _day_month("December 23, 2024", None) == "2024-12-23"
    assert _day_month("on December 23", None) == "--12-23"
    assert _day_month("February 30", "2024-03-01") is None
    assert _day_month("last week", "2024-11-20") is None  # left to dateparser


def test_an_organisation_described_after_its_acronym(nlp):
    (c,) = claims_of(nlp, "According to figures from the UN refugee agency, nearly 900,000 Syrians have returned "
                          "home.", "nearly 900,000")
    assert c.source.name == "UNHCR"


def test_conjunct_figure_hanging_on_the_same_verb(nlp):
    text = ("More than 1,000 people have died or gone missing on the route so far this year, and over 24,500 "
            "since 2014, the project said.")
    (c,) = claims_of(nlp, text, "over 24,500")
    assert c.category == "missing" and {"category_conjunct", "category_compound"} & set(c.rules)


def test_part_with_its_own_verb(nlp):
    text = "The largest contingent came from Poland, with 2,960 fighters, of whom 1,497 had been killed, the ministry said."
    (c,) = claims_of(nlp, text, "1,497")
    assert c.category == "killed"


def test_same_statement_points_back_to_its_issuer(nlp):
    text = ("Russia has roughly 2,000 personnel in Africa, a senior U.S. defense official told reporters, citing "
            "U.S. intelligence estimates. The official said the same estimates placed about 800 of them in Libya.")
    (c,) = claims_of(nlp, text, "about 800")
    assert c.source.name == "U.S. intelligence" and "same_statement" in c.rules
    assert [v.name for v in c.via] == ["senior U.S. defense official"]


def test_people_who_joined_a_force_are_deployed(nlp):
    (c,) = claims_of(nlp, "The ministry said it had records of about 200 Nepalis who had joined the Russian "
                          "military.", "about 200")
    assert c.category == "deployed"


def test_the_group_points_back_to_the_body_introduced_as_a_group(nlp):
    text = ("More than 10,400 people died or disappeared trying to reach Spain by sea, according to a report by the "
            "migrant rights group Caminando Fronteras. The Missing Migrants Project recorded 1,846 dead and missing "
            "on the route. The ministry has not commented on the group's death toll.")
    stances = [c for c in extract_claims(text, nlp=nlp) if c.stance == "not_acknowledged" and c.quantity]
    assert [c.quantity.text for c in stances] == ["More than 10,400"]


def test_of_the_57_people_is_a_figure_and_measures_are_not(nlp):
    figures = [c.quantity.text for c in extract_claims(
        "Of the 57 people on board, 19 were children, the coast guard said.", nlp=nlp) if c.quantity]
    assert figures == ["57", "19"]
    figures = [c.quantity.text for c in extract_claims(
        "The storm brought more than 300 millimetres of rain, and a 70-member search team was sent, "
        "officials said.", nlp=nlp) if c.quantity]
    assert figures == ["70"]


def test_we_inside_a_quote_is_the_speaker(nlp):
    (c,) = claims_of(nlp, '"We counted 312 bodies," said Maria Lopez.', "312")
    assert c.source.name == "Maria Lopez" and not c.via
    # (who heads a body speaks for it: rule ``person_of_body``)
    (c,) = claims_of(nlp, '"We counted 312 bodies," said Maria Lopez, who heads the local Red Cross branch.', "312")
    assert c.source.name == "local Red Cross branch" and not c.via


def test_according_to_the_armys_own_count(nlp):
    (c,) = claims_of(nlp, "According to the army's own count, 62 soldiers were killed last month.", "62")
    assert c.source.name == "army"


def test_shot_dead_is_killed_even_for_protesters(nlp):
    (c,) = claims_of(nlp, "At least 14 protesters were shot dead by security forces, the doctors' committee said.",
                     "At least 14")
    assert c.category == "killed"


def test_acronym_after_a_described_organisation(nlp):
    (c,) = claims_of(nlp, "Nearly 90,000 people have crossed into Chad since April, the UN refugee agency UNHCR "
                          "said.", "Nearly 90,000")
    assert c.source.name == "UNHCR"


def test_quote_resuming_after_its_attribution(nlp):
    text = '"At least 80 people lost their lives," the mayor told reporters. "Dozens more are missing."'
    (c,) = claims_of(nlp, text, "Dozens")
    assert c.source.name == "mayor" and c.category == "missing"
