"""Rules prompted by the longer development reports (eval/dev -09 to -12): live blogs, described
bodies, and what the situation of the counted says about the category. Each rule is tested on
sentences written for the test, not copied from the reports."""

from __future__ import annotations

import pytest

from crosscheck import extract_claims
from conftest import claims_of, sources_of


def test_timestamp_line_is_not_the_subject(nlp):
    text = "Live updates.\n\n09:15 — The coast guard said 12 people had been rescued overnight."
    (c,) = claims_of(nlp, text, "12")
    assert c.source.name.lower() == "coast guard"


def test_timestamp_with_zone_and_colon(nlp):
    text = "Live updates.\n\n16:40 GMT: The interior ministry said 31 people had died."
    (c,) = claims_of(nlp, text, "31")
    assert "interior ministry" in c.source.name.lower()


def test_an_anonymous_military_official_is_not_the_military(nlp):
    text = ("The army said 40 rebels had been killed. A military official, who asked not to be named, "
            "said 12 soldiers had died.")
    (c,) = claims_of(nlp, text, "12")
    assert "official" in c.source.name.lower()


def test_a_described_body_named_after_a_comma_speaks(nlp):
    text = ("A monitoring group based in Geneva, the Example Watch Network, puts the toll much higher. "
            "It says it has counted 88 deaths.")
    (c,) = claims_of(nlp, text, "88")
    assert c.source.name == "Example Watch Network"


def test_a_description_apposed_to_a_name_points_back(nlp):
    text = ("Example Relief, the regional ambulance service, said its crews had taken 70 people to hospital. "
            "Nine of them were in a critical condition, a spokesman for the service said.")
    (c,) = claims_of(nlp, text, "Nine")
    assert c.source.name == "Example Relief"


def test_people_sleeping_in_shelters_are_displaced(nlp):
    text = "About 12,000 people were sleeping in schools and sports halls on Monday, the council said."
    (c,) = claims_of(nlp, text, "About 12,000")
    assert c.category == "displaced"
    assert "category_sheltering" in c.rules


def test_people_at_a_camp_for_children_are_not_sheltering(nlp):
    text = "The county said 400 children were at summer camps along the river when the flood came."
    (c,) = claims_of(nlp, text, "400")
    assert c.category != "displaced"


def test_a_force_that_numbers_a_figure_is_deployed(nlp):
    text = "Officials said the rebel forces numbered about 8,000."
    (c,) = claims_of(nlp, text, "about 8,000")
    assert c.category == "deployed" and "category_force_size" in c.rules


def test_a_force_of_a_figure_is_deployed(nlp):
    text = "By March, the two governments were describing a joint force of about 1,200."
    (c,) = claims_of(nlp, text, "about 1,200")
    assert c.category == "deployed"


def test_deployments_peaking_at_a_figure_are_deployed(nlp):
    text = "A diplomat said the country's deployments had peaked at 3,000 in the spring."
    (c,) = claims_of(nlp, text, "3,000")
    assert c.category == "deployed"


def test_militia_members_are_deployed(nlp):
    text = "The president said 200,000 militia members had been called up."
    (c,) = claims_of(nlp, text, "200,000")
    assert c.category == "deployed"


def test_equipment_with_a_force_is_deployed(nlp):
    text = "The ministry said 21 navy vessels and 40 aircraft were operating near the island."
    assert [c.category for c in claims_of(nlp, text, "21")] == ["deployed"]
    assert [c.category for c in claims_of(nlp, text, "40")] == ["deployed"]


def test_equipment_shot_down_is_not_deployed(nlp):
    text = "The air force said it had shot down four aircraft."
    (c,) = claims_of(nlp, text, "four")
    assert c.category != "deployed"


def test_officers_on_duty_are_deployed_but_detained_officers_are_arrests(nlp):
    (c,) = claims_of(nlp, "Police said 900 officers were on duty in the city centre.", "900")
    assert c.category == "deployed"
    (d,) = claims_of(nlp, "The police chief said six officers had been detained for questioning.", "six")
    assert d.category == "other"


def test_a_country_hosting_people_hosts_displaced_people(nlp):
    text = "Uganda hosts about 1.7 million, the refugee agency said."
    (c,) = claims_of(nlp, text, "about 1.7 million")
    assert c.category == "displaced"


def test_a_named_director_at_a_hospital_speaks_for_the_hospital(nlp):
    text = "At Example General Hospital, the director, Dr Alan Poe, said staff had treated 31 people."
    (c,) = claims_of(nlp, text, "31")
    assert c.source.name == "Example General Hospital"


def test_a_spokeswoman_speaks_for_her_agency_and_keeps_doing_so_by_surname(nlp):
    text = ("Jane Roe, a spokeswoman for the Example Relief Agency, said 40 people had died. "
            "Roe said 12 others were missing.")
    (c,) = claims_of(nlp, text, "40")
    assert c.source.name == "Example Relief Agency" and c.source.kind == "government"
    (d,) = claims_of(nlp, text, "12")
    assert d.source.name == "Example Relief Agency"


def test_an_analyst_at_an_institute_is_the_institute(nlp):
    text = "Dr Mia Lund, a defence analyst at the Example Institute in Oslo, said about 9,000 troops had been moved."
    (c,) = claims_of(nlp, text, "about 9,000")
    assert c.source.name == "Example Institute"


def test_a_head_of_state_and_a_mayor_speak_for_themselves(nlp):
    text = ("Ukrainian President Volodymyr Zelenskyy said 300 had been killed. Ana Ruiz, the mayor of Example "
            "City, said 40 people were missing.")
    (c,) = claims_of(nlp, text, "300")
    assert c.source.name == "Volodymyr Zelenskyy"
    (d,) = claims_of(nlp, text, "40")
    assert "Ruiz" in d.source.name


def test_aid_officials_misparsed_as_a_verb_still_speak(nlp):
    text = "Aid officials in the port town say several hundred families are sleeping in warehouses."
    (c,) = claims_of(nlp, text, "several hundred")
    assert "officials" in c.source.name


def test_a_speaker_in_apposition_to_a_fronted_place(nlp):
    text = "In Example Town, a nurse who has worked there for years told the Ledger that 70 people had died."
    (c,) = claims_of(nlp, text, "70")
    assert "nurse" in c.source.name


def test_the_statement_said_points_back_to_its_issuer(nlp):
    text = ("The Example Coast Guard said in a statement that 27 bodies had been recovered. The boat had left "
            "with 124 people on board, the statement said.")
    (c,) = claims_of(nlp, text, "124")
    assert c.source.name == "Example Coast Guard"


def test_a_copy_seen_by_the_outlet_is_not_a_source(nlp):
    text = ("About 2,000 soldiers are deployed in the region, a panel of UN experts says in a report, according to "
            "a copy seen by the Ledger.")
    (c,) = claims_of(nlp, text, "About 2,000")
    assert "copy" not in c.source_name and "Ledger" not in c.source_name


def test_a_closing_says_clause_the_parser_hangs_inside_the_content(nlp):
    text = ("Between 3,000 and 4,000 soldiers are deployed alongside the rebels, and their numbers may exceed "
            "those of the rebels themselves, a group of UN experts says in a confidential report.")
    (c,) = claims_of(nlp, text, "Between 3,000 and 4,000")
    assert "experts" in c.source.name.lower()


def test_a_director_at_a_hospital_the_sentence_opens_with(nlp):
    text = ("KESWICK, England — Floods hit the town. At the city's general hospital, the director, Dr Ann Lee, "
            "said staff had treated 90 injured people.")
    (c,) = claims_of(nlp, text, "90")
    assert c.source.name == "Keswick general hospital"


def test_well_known_bodies_under_other_names(nlp):
    from crosscheck.evaluate import same_source

    (c,) = claims_of(nlp, "Scotland Yard said 12 officers were hurt.", "12")
    assert c.source.name == "Metropolitan Police"
    assert same_source("U.S. Department of Defense", "Pentagon")
    assert same_source("Indian Ministry of External Affairs", "India foreign ministry")
    assert not same_source("Indian Ministry of External Affairs", "Pakistan foreign ministry")


def test_a_quoted_force_size_and_a_peak_are_deployed(nlp):
    (c,) = claims_of(nlp, 'The minister said rebel forces in the valley numbered "at least 7,000".', "at least 7,000")
    assert c.category == "deployed"
    (d,) = claims_of(nlp, "An envoy said the deployments had peaked at closer to 4,000 in May.", "closer to 4,000")
    assert d.category == "deployed"


def test_the_number_put_at_a_figure_is_not_a_force_size(nlp):
    text = "Opposition lawmakers, citing sources in the army, have put the number of dead at more than 40."
    (c,) = claims_of(nlp, text, "more than 40")
    assert c.category == "killed"


def test_a_breakdown_of_bodies_into_adults_and_children(nlp):
    text = "The sheriff's office says 52 bodies have been recovered in the county, 31 adults and 21 children."
    assert [c.category for c in claims_of(nlp, text, "31")] == ["killed"]
    assert [c.category for c in claims_of(nlp, text, "21")] == ["killed"]


def test_including_those_of_children(nlp):
    text = "Nineteen bodies have been recovered, including those of four children, the navy said."
    (c,) = claims_of(nlp, text, "four")
    assert c.category == "killed"


def test_all_but_a_figure_accounted_for_are_missing(nlp):
    text = "A coast guard official said the boat had carried 60 people and that all but 14 of them had been accounted for."
    (c,) = claims_of(nlp, text, "14")
    assert c.category == "missing"


def test_sailors_aboard_a_warship_are_deployed(nlp):
    text = "The carrier, with more than 3,000 sailors aboard, was ordered to the region, the ministry said."
    (c,) = claims_of(nlp, text, "more than 3,000")
    assert c.category == "deployed"


def test_the_outlets_own_tally_is_the_outlet(nlp):
    (c,) = claims_of(nlp, "Our own tally, built from county figures, puts the death toll at 82.", "82")
    assert c.source is None and "outlet_self" in c.rules
    text = "Strikes have killed at least 43 people, according to a tally by the Standard."
    claims = [c for c in extract_claims(text, nlp=nlp, outlet="The Fenwick Standard") if c.quantity]
    assert claims[0].source is None


def test_we_inside_a_quotation_is_still_the_speaker(nlp):
    text = '"We counted 312 bodies," said Maria Lopez, a volunteer.'
    (c,) = claims_of(nlp, text, "312")
    assert c.source is not None


def test_a_body_calling_itself_by_a_name(nlp):
    text = ("The organisers, a coalition of civic groups calling itself Citizens for Example Change, said about 60,000 people "
            "had filled the square. The office, known as the Example Defensoría, said 300 people had fled.")
    (c,) = claims_of(nlp, text, "about 60,000")
    assert c.source.name == "Citizens for Example Change"
    (d,) = claims_of(nlp, text, "300")
    assert d.source.name == "Example Defensoría"


def test_a_poll_by_a_named_body_and_a_poll_named_up_front(nlp):
    (c,) = claims_of(nlp, "A poll by the Example Centre for Opinion found that 61pc of voters backed the strike.", "61pc")
    assert c.source.name == "Example Centre for Opinion"
    (d,) = claims_of(nlp, "In an Example Research poll last week, 38pc of respondents named it a priority.", "38pc")
    assert d.source.name == "Example Research"


def test_a_governor_named_in_apposition_is_recorded_by_the_office(nlp):
    text = ("Example Province's governor, Anan Example, told the Times that 11 people had been killed. "
            "Example said 24 had been wounded.")
    (c,) = claims_of(nlp, text, "11")
    assert c.source.name == "Example Province governor"
    (d,) = claims_of(nlp, text, "24")
    assert d.source.name == "Example Province governor"


def test_n_in_m_shares():
    from crosscheck import find_quantities

    for text, share in (("nearly nine in ten of the homes", 90.0), ("three in four of them", 75.0),
                        ("seven in 10 voters", 70.0), ("one in five Kenyans", 20.0)):
        (q,) = find_quantities(text)
        assert q.unit == "percent" and (q.high == share), text
    assert [q.text for q in find_quantities("two in 2024")] == ["two"]
    assert find_quantities("one in three weeks") == []


def test_a_countrys_office_reads_with_the_countrys_adjective(nlp):
    text = "Venezuela's defence minister said 200,000 soldiers were taking part. Lebanon's government said 300 had fled."
    assert claims_of(nlp, text, "200,000")[0].source.name == "Venezuelan defence ministry"
    assert claims_of(nlp, text, "300")[0].source.name == "Lebanese government"


def test_how_many_officials_spoke_is_not_a_claim(nlp):
    text = "About 10,000 personnel are in the region, according to two US officials briefed on the deployment."
    assert [c.quantity.text for c in extract_claims(text, nlp=nlp) if c.quantity] == ["About 10,000"]


def test_a_speaker_apposed_deep_in_a_fronted_phrase(nlp):
    text = ("On the eastern side of the border, the governor of Example Province told the assembly, citing the "
            "district administration, that shelling had killed 15 civilians.")
    (c,) = claims_of(nlp, text, "15")
    assert c.source.name.lower().endswith("district administration")
    assert c.via and "governor" in c.via[0].name.lower()


def test_a_spokesman_for_a_countrys_armed_forces(nlp):
    text = "At least 31 civilians have been killed, the spokesman for Pakistan's armed forces said on Thursday."
    (c,) = claims_of(nlp, text, "At least 31")
    assert "armed forces" in c.source.name


def test_hyphenated_office_and_a_name_the_parser_cut(nlp):
    (c,) = claims_of(nlp, "At a briefing, the vice-president said some 6,400 buildings had collapsed.", "some 6,400")
    assert c.source.text == "vice-president"
    text = ("The International Organization for Migration's displacement tracking puts the number of displaced "
            "people at 690,000.")
    (d,) = claims_of(nlp, text, "690,000")
    assert d.source.name == "IOM"


def test_a_bare_ministry_is_the_countrys(nlp):
    text = "Colombia's army said 5,000 soldiers were deployed. The defence ministry said troops had evacuated 150 people."
    (c,) = claims_of(nlp, text, "150")
    assert c.source.name == "Colombian defence ministry"


def test_people_treated_after_an_attack_are_wounded(nlp):
    text = "The ambulance service said its crews had treated 240 people since the strikes began."
    (c,) = claims_of(nlp, text, "240")
    assert c.category == "wounded" and "category_treated" in c.rules
    text = "The medical service said 11 people had been treated, mostly for exhaustion; none was injured."
    (d,) = claims_of(nlp, text, "11")
    assert d.category == "other"
    (e,) = claims_of(nlp, "The clinic said 900 people had been treated for cholera.", "900")
    assert e.category == "other"


def test_taken_to_hospital_with_hypothermia_is_wounded(nlp):
    text = "Six survivors were pulled from the water, a spokesman said, adding that three had been taken to hospital with hypothermia."
    (c,) = claims_of(nlp, text, "three")
    assert c.category == "wounded"


def test_one_as_an_item_of_a_count(nlp):
    from crosscheck import find_quantities

    assert [q.text for q in find_quantities("14 civilians and one soldier had been killed")] == ["14", "one"]
    assert [q.text for q in find_quantities("12 people were killed, including one soldier")] == ["12", "one"]
    assert [q.text for q in find_quantities("two of them and one of the others")] == ["two"]
    assert find_quantities("one of them said") == []
    (c,) = claims_of(nlp, "The ministry said 14 civilians and one soldier had been killed.", "one")
    assert c.category == "killed"


def test_the_countrys_service_is_the_country_named_last_before_it(nlp):
    text = ("Russia has rebuilt its ground forces near the border to about 19,000 troops, a Finnish lawmaker said "
            "after a closed briefing by the country's military intelligence service.")
    (c,) = claims_of(nlp, text, "about 19,000")
    assert c.source.name == "Finnish military intelligence service"


def test_show_tagged_as_a_noun_still_reports(nlp):
    text = ("Satellite images analysed by the Example Center for Imagery show that the army has parked at least "
            "32 tanks at a base there.")
    (c,) = claims_of(nlp, text, "at least 32")
    assert c.source.name == "Example Center for Imagery"


def test_a_government_spokesman_speaks_for_the_government_not_the_police(nlp):
    text = "Hungary's police said 20,000 people marched. A government spokesman said no more than 35,000 had marched."
    (c,) = claims_of(nlp, text, "no more than 35,000")
    assert c.source.name == "Hungarian government"
    text = ("The Taliban administration said 1,411 people had died. A government spokesman wrote that over 5,400 "
            "houses had been destroyed.")
    (d,) = claims_of(nlp, text, "over 5,400")
    assert d.source.name == "Taliban administration"


def test_which_x_says_claimed_lives(nlp):
    text = "Most set out on the Atlantic route, which the IOM says claimed at least 959 lives in 2023."
    (c,) = claims_of(nlp, text, "at least 959")
    assert c.source.name == "IOM" and c.category == "killed"


def test_a_minister_named_with_title_and_country_is_the_ministry(nlp):
    text = "Ukrainian Defence Minister Taras Kovalenko said 300 soldiers had been killed. Kovalenko said 40 were captured."
    assert claims_of(nlp, text, "300")[0].source.name == "Ukrainian defence ministry"
    assert claims_of(nlp, text, "40")[0].source.name == "Ukrainian defence ministry"
    (c,) = claims_of(nlp, "Defense Secretary Mark Hollis said around 10,000 troops were in Russia.", "around 10,000")
    assert c.source.name == "Pentagon"
    (d,) = claims_of(nlp, "Foreign Minister Ana Lindqvist said 12 citizens had died.", "12")
    assert d.source.kind == "person"  # whose ministry is not said


def test_a_director_apposed_to_the_town_of_the_hospital(nlp):
    text = ("At the Example Medical Centre in Makurdi, the chief medical director, Dr Ngozi Ameh, said the hospital "
            "had received 22 of the wounded. At the regional hospital in Hombo, its director, Dr Fatima Youssouf, "
            "said staff had treated nine of the survivors.")
    assert claims_of(nlp, text, "22")[0].source.name == "Example Medical Centre"
    assert claims_of(nlp, text, "nine")[0].source.name == "Hombo regional hospital"


def test_a_governor_or_mayor_named_with_title_is_the_office(nlp):
    text = ("Example State Governor Hyacinth Aondona said on Sunday that 59 people were killed. Aondona said 12 "
            "were missing. The mayor of Liloan, Rodel Yap, tells us rescuers have recovered 17 bodies.")
    assert claims_of(nlp, text, "59")[0].source.name == "Example State governor"
    assert claims_of(nlp, text, "12")[0].source.name == "Example State governor"
    assert claims_of(nlp, text, "17")[0].source.name == "Liloan mayor"


def test_a_national_red_cross_society_is_not_the_icrc(nlp):
    text = "The Philippine Red Cross says its volunteers have served hot meals to 12,500 people in shelters."
    (c,) = claims_of(nlp, text, "12,500")
    assert c.source.name == "Philippine Red Cross" and c.category == "other"
    (d,) = claims_of(nlp, "The Red Cross said 40 people were missing.", "40")
    assert d.source.name == "Red Cross"  # no society named and no country: as written (``national_red_cross``)


def test_a_police_chief_or_gendarmerie_commander_named_is_the_force(nlp):
    text = ("ANTANANARIVO, Madagascar — Protests continued. The capital's police chief, Colonel Haja Example, told "
            "reporters the crowd peaked at about 4,000. Example said 12 people were detained.")
    assert claims_of(nlp, text, "about 4,000")[0].source.name == "Antananarivo police"
    assert claims_of(nlp, text, "12")[0].source.name == "Antananarivo police"


def test_the_force_is_the_police_force_named_before(nlp):
    text = ("Munich police said 120,000 people took part. The force had expected about 25,000. A counter-protest "
            "drew about 5,000 people, according to the force.")
    assert claims_of(nlp, text, "about 25,000")[0].source.name == "Munich police"
    assert claims_of(nlp, text, "about 5,000")[0].source.name == "Munich police"


def test_briefed_by_in_a_relative_clause_inside_the_subject(nlp):
    text = ("The Example Intelligence Service said 40,000 troops were in the region. A member of the parliament's "
            "defence committee, who was briefed by the service last week, told this newspaper the assessment "
            "assumed Russia would station at least 300 more tanks in the region.")
    (c,) = claims_of(nlp, text, "at least 300")
    assert c.source.name == "Example Intelligence Service" and c.via and "member" in c.via[0].name


def test_n_of_them_taken_to_hospital_keeps_the_source_and_is_wounded(nlp):
    text = "The coast guard said 40 people had died. Seventeen of them were taken to hospital in Nouadhibou."
    (c,) = claims_of(nlp, text, "Seventeen")
    assert c.category == "wounded" and c.source.name.lower() == "coast guard"


def test_people_who_left_their_villages_and_shares_of_the_evacuated(nlp):
    (c,) = claims_of(nlp, "The chairman said some 20,000 people have left border villages for the town.", "some 20,000")
    assert c.category == "displaced"
    (d,) = claims_of(nlp, "UNICEF says about 40 per cent of the people evacuated are children.", "about 40 per cent")
    assert d.category == "displaced"
    (e,) = claims_of(nlp, "A UNHCR survey found 59% of refugees hoped to go home.", "59%")
    assert e.category == "other"  # a survey answer, not a displacement count
    (f,) = claims_of(nlp, "About 40 per cent of the people evacuated are children, UNICEF said.", "About 40 per cent")
    assert f.category == "displaced"  # ", UNICEF said" attributes; it is not an answer


def test_analysis_by_a_named_body_and_a_spokesperson_after_a_quote(nlp):
    text = "An independent analysis of drone footage by the Example Institute for Crowds puts the peak at 140,000."
    (c,) = claims_of(nlp, text, "140,000")
    assert c.source.name == "Example Institute for Crowds"
    text = ('"Among the dead were 19 children," Marta Helvig, a spokesperson for the Office of the High '
            'Commissioner for Human Rights (OHCHR), told a regular news briefing.')
    (d,) = claims_of(nlp, text, "19")
    assert d.source.name == "UN Human Rights Office"


def test_a_percentage_saying_is_not_the_source_of_a_poll(nlp):
    text = "Some 60pc of Estonians say they would resist, according to a poll by the Tartu Example Research Centre."
    (c,) = claims_of(nlp, text, "Some 60pc")
    assert c.source.name == "Tartu Example Research Centre" and not c.via


def test_a_currency_conversion_is_the_outlets(nlp):
    text = "The agriculture department puts crop losses at 1.9 billion pesos, or about $32 million."
    assert claims_of(nlp, text, "1.9 billion pesos")[0].source is not None
    (c,) = claims_of(nlp, text, "about $32 million")
    assert c.source is None and "currency_conversion" in c.rules
    text = "The ministry asked for $26 million and $4 million more."
    assert claims_of(nlp, text, "$4 million")[0].source is not None  # same currency: not a conversion


@pytest.mark.parametrize("text, money, conversion", [
    ("The finance ministry said it had set aside 900 million kwacha, roughly $52 million, for seed and fertiliser.",
     "900 million kwacha", "roughly $52 million"),
    ("The cabinet approved 2.4 billion Burundian francs, about $840,000, for the camps, the minister said.",
     "2.4 billion Burundian francs", "about $840,000"),
    ("Oslo says it has released €6m in emergency aid, about £5.1m, to the Red Cross.", "€6m", "about £5.1m"),
])
def test_currency_words_and_conversions(nlp, text, money, conversion):
    (m,) = claims_of(nlp, text, money)
    assert m.quantity.unit == "money" and m.source is not None
    (c,) = claims_of(nlp, text, conversion)
    assert c.source is None and "currency_conversion" in c.rules


def test_more_countries_and_the_minister_of_a_field(nlp):
    from crosscheck.extract.attribution import demonym

    assert [demonym(c) for c in ("Sri Lanka", "Madagascar", "Kyrgyzstan", "Guatemala")] == [
        "Sri Lankan", "Malagasy", "Kyrgyz", "Guatemalan"]
    (c,) = claims_of(nlp, "At least 17 Sri Lankans have been killed, the state minister of defence told a briefing.",
                     "At least 17")
    assert c.source.name.endswith("defence ministry")  # the minister by role is the ministry


def test_he_points_back_to_the_office_that_spoke_last(nlp):
    text = ("The chairman of the Guma local government council, Terkura Abaji, put the loss at 100. "
            "The mayor of Daudu, John Ade, said 40 people had died. He said 12 were missing.")
    (a,) = claims_of(nlp, text, "100")
    assert a.source.name == "Guma local government council chairman"  # chair_of_body
    (b,) = claims_of(nlp, text, "40")
    assert b.source.name == "Daudu mayor"  # the name hung on the place by the parser
    (c,) = claims_of(nlp, text, "12")
    assert c.source.name == "Daudu mayor"  # pronoun_to_office: not the chairman named first


def test_a_spokesperson_relaying_her_own_agency_is_not_a_relay(nlp):
    text = ("A spokesperson for the World Health Organization, Tomas Reinholt, told the same briefing that the "
            "agency had verified 41 attacks on health facilities. Those attacks had left about 1.2 million "
            "people without care, he said.")
    for figure in ("41", "about 1.2 million"):
        (c,) = claims_of(nlp, text, figure)
        assert c.source.name == "World Health Organization" and not c.via  # relay_to_self


def test_he_after_a_relay_is_the_relaying_speaker(nlp):
    text = ("The chief minister of Jammu and Kashmir told the assembly, citing the Poonch district administration, "
            "that shelling had killed 15 civilians. Roughly 2,000 residents had moved into relief camps, he said.")
    (a,) = claims_of(nlp, text, "15")
    assert a.source.name == "Poonch district administration" and a.via
    (b,) = claims_of(nlp, text, "Roughly 2,000")
    assert "chief minister" in b.source.name  # relay_speaker_is_he


def test_the_agency_is_a_body_not_an_office_holder(nlp):
    text = ("The Texas Division of Emergency Management said 850 people had been rescued. Governor Greg Abbott "
            "said 27 people had died. About 1,750 personnel are taking part in the search, the agency says.")
    (c,) = claims_of(nlp, text, "About 1,750")
    assert c.source.name == "Texas Division of Emergency Management"  # body_not_holder


def test_the_district_administration_is_the_named_districts(nlp):
    text = ("Landslides buried villages in Wayanad district on Tuesday. The district administration's list of "
            "missing people stood at 138. The administration said 9,328 people were living in relief camps.")
    for figure in ("138", "9,328"):
        (c,) = claims_of(nlp, text, figure)
        assert c.source.name == "Wayanad district administration"  # district_body; "list" is a cue noun
    text = "Floods hit the southern Brazilian state. About 1,000 hectares were flooded, the state agriculture department said."
    (d,) = claims_of(nlp, text, "About 1,000 hectares")
    assert "Brazilian state" not in d.source.name  # an adjective is not the state's name


def test_in_a_displacement_story_people_who_crossed_or_stay_are_displaced(nlp):
    from crosscheck.extract.claims import displacement_story

    story = ("Thousands of refugees have fled the fighting. Aid groups say camps and shelters are full. "
             "Guatemala said on Thursday that 580 Mexicans, nearly half of them children, had crossed into Huehuetenango. "
             "At the peak, people were arriving at a rate of about 200 a day, she said. "
             "OCHA estimates that at least 20,000 more people are confined to their homes, unable to leave.")
    assert displacement_story(story)
    assert claims_of(nlp, story, "580")[0].category == "displaced"
    assert claims_of(nlp, story, "about 200 a day")[0].category == "displaced"
    assert claims_of(nlp, story, "at least 20,000")[0].category == "other"  # unable to leave: not moved
    toll = ("The quake killed 300 people and injured 1,000; the dead were buried in the hills. Rescuers found "
            "bodies under the rubble. 580 migrants had arrived in the town since Monday, officials said.")
    assert not displacement_story(toll)
    assert claims_of(nlp, toll, "580")[0].category == "other"  # migrant arrivals in any other report


def test_people_counted_in_a_crowd_did_not_move(nlp):
    text = 'He said police had counted "fewer than 30,000" people in Bratislava.'
    assert claims_of(nlp, text, "fewer than 30,000")[0].category == "other"
    text = "The ministry said more than 900,000 people have joined protests against the far right."
    assert claims_of(nlp, text, "more than 900,000")[0].category == "other"


def test_sources_cited_before_a_figure_outside_the_reporting_clause(nlp):
    text = ("He was also asked about The Example Standard, a Nairobi daily, which reported last week, citing "
            "South Sudanese security sources, that as many as 2,000 Ugandan troops were already in the country.")
    (c,) = claims_of(nlp, text, "as many as 2,000")
    assert c.source.name == "South Sudanese security sources" and [v.name for v in c.via] == ["Example Standard"]
    assert "citing_anywhere" in c.rules


def test_a_bounded_share_of_a_total_keeps_its_bound_and_skips_the_old_figure(nlp):
    text = ("The IOM counted 1,041,000 internally displaced people in December, up from 703,000 in September. "
            "More than half of them are children, the IOM said. UNHCR puts the number at 310,000 and says "
            "fewer than a third of them are Lebanese.")
    counts = {f: (c.quantity.low, c.quantity.high) for f in ("More than half", "fewer than a third")
              for c in claims_of(nlp, text, f) if c.quantity.kind == "fraction"}
    assert counts["More than half"] == (520500, None)  # half of 1,041,000, not of 703,000
    assert counts["fewer than a third"] == (None, 103333)


def test_little_just_and_well_bounds():
    from crosscheck.extract.quantities import find_quantities

    got = {q.text: (q.low, q.high) for t in ("a little over 20,000 people", "well over 400 people",
                                               "a little under half of them", "just over half of them")
           for q in find_quantities(t)}
    assert got == {"a little over 20,000": (20000, None), "well over 400": (400, None),
                   "a little under half": (None, 50), "just over half": (50, None)}
    (barely,) = find_quantities("barely 200 people came")
    assert (barely.low, barely.high, barely.approx) == (None, 200, True)  # read like "nearly"


def test_registry_roles_documents_and_lone_adjectives(nlp):
    text = "The UN's relief chief told the broadcaster Example News 24 that the toll, then 20,000, would double."
    assert claims_of(nlp, text, "20,000")[0].source.name == "OCHA"  # known_role_phrase
    text = "A French security assessment seen by the news site Sahel Exemple put the number of dead as high as 600."
    assert claims_of(nlp, text, "as high as 600")[0].source.name == "French security"  # the document's issuer
    text = "A medical coordinator there told the Ledger that the hospital had received 2,300 wounded patients."
    assert claims_of(nlp, text, "2,300")[0].source.name == "medical coordinator"  # not a body called "medical"


def test_a_figure_the_government_has_not_endorsed(nlp):
    text = "A business federation in Istanbul has put the cost of the damage at $84bn, a figure the government has not endorsed."
    stances = {c.stance for c in claims_of(nlp, text, "$84bn")}
    assert stances == {"asserted", "not_acknowledged"}


def test_a_name_with_its_acronym_as_the_parsers_head(nlp):
    text = ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the al Qaeda-linked group that claimed the attack, said "
            "on Saturday that its fighters had killed more than 70 soldiers. JNIM said eight vehicles were seized.")
    assert claims_of(nlp, text, "more than 70")[0].source.name == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert claims_of(nlp, text, "eight")[0].source.name == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_the_body_that_made_the_arrests_is_the_source(nlp):
    text = "Perera said the Criminal Investigation Department had arrested 11 people."
    (c,) = claims_of(nlp, text, "11")
    assert c.source.name == "Criminal Investigation Department" and [v.name for v in c.via] == ["Perera"]
    text = "The minister said his government had identified 1,436 citizens serving with Russian forces."
    assert "relay_actor" not in claims_of(nlp, text, "1,436")[0].rules  # the speaker's own
    text = "BANJUL, Sept 10 (Saltline) — Rescuers have recovered 31 bodies from the sea, the Gambia Armed Forces said."
    assert claims_of(nlp, text, "31")[0].source.name == "Gambia Armed Forces"  # a dateline is not a body


def test_an_officer_of_a_named_force_speaks_for_it(nlp):
    text = ("Police said four people were held. Commodore Dwayne Ferguson of the Royal Bahamas Defence Force told "
            "the briefing that the force had intercepted 1,573 migrants this year. Ferguson said 30 boats were seized.")
    for figure in ("1,573", "30"):
        assert claims_of(nlp, text, figure)[0].source.name == "Royal Bahamas Defence Force"


def test_acronyms_in_parentheses_are_words_to_the_scorer():
    from crosscheck.evaluate import same_source

    assert same_source("Chilean Forensic Medical Service (SML)", "SML")
    assert same_source("(outlet)", None) and not same_source("(outlet)", "SML")


def test_a_titled_minister_belongs_to_the_country_named_before(nlp):
    text = ("Wildfires burned near Valparaíso in Chile. Finance Minister Mario Reyes says a first estimate puts the "
            "cost of rebuilding at about 900 billion pesos.")
    assert claims_of(nlp, text, "about 900 billion pesos")[0].source.name == "Chilean finance ministry"


def test_a_spokesperson_named_with_her_title_first_speaks_for_the_body_later(nlp):
    text = ("Hosts are outnumbered, UNHCR spokesperson Marguerite Njoya said. Asked whether the flow would slow, "
            "Njoya said the agency was planning for up to 25,000 more arrivals.")
    assert claims_of(nlp, text, "up to 25,000")[0].source.name == "UNHCR"


def test_the_government_of_the_country_the_report_is_about(nlp):
    text = ("The earthquake in Morocco's High Atlas killed 2,497 people, the Interior Ministry said. The quake struck "
            "at a depth of 18 kilometres, according to the US Geological Survey. The government has announced a "
            "reconstruction plan worth 120 billion dirhams.")
    assert claims_of(nlp, text, "120 billion dirhams")[0].source.name == "Moroccan government"


def test_a_seat_of_government_speaks_for_its_office(nlp):
    text = "La Moneda said 1,400 soldiers had been deployed. Downing Street said 12 people had been arrested."
    assert claims_of(nlp, text, "1,400")[0].source.name == "Chilean presidency"
    assert claims_of(nlp, text, "12")[0].source.name == "British government"


def test_camps_and_districts_are_things_and_boarding_is_not_displacement(nlp):
    text = "The agency put the number of people displaced at 508,000, sheltering in 534 camps across 14 districts."
    assert claims_of(nlp, text, "534")[0].category == "other"
    assert claims_of(nlp, text, "14")[0].category == "other"
    text = "A community group said relatives had told it that at least 80 people boarded the boat at West End."
    assert claims_of(nlp, text, "at least 80")[0].category == "other"


def test_a_minister_named_in_apposition_is_the_ministry(nlp):
    text = ("PANAMA CITY — Thousands marched in Panama. The public security minister, Rodolfo Arosemena, told a news "
            "conference that 37 people were arrested. Arosemena said 28 officers were hurt.")
    for figure in ("37", "28"):
        assert claims_of(nlp, text, figure)[0].source.name == "Panamanian public security ministry"


def test_its_director_speaks_for_the_body_and_a_hillside_gives_way(nlp):
    text = ("At least 21 people died when the hillside above the village gave way, according to the civil "
            "protection authority of the Federation. Its director, Mr Senad Hodžić, says rescuers have recovered "
            "16 bodies. Hodžić said eight were missing.")
    for figure in ("At least 21", "16", "eight"):
        assert claims_of(nlp, text, figure)[0].source.name == "civil protection authority of the Federation"


def test_a_speaker_in_apposition_to_the_figures_subject(nlp):
    text = ("BAWKU — The number of people killed in renewed fighting in Bawku since Saturday rose to 14 on Tuesday, "
            "the Upper East Regional Minister, Alhaji Yakubu Adongo, told journalists in Bolgatanga, up from nine "
            "he announced on Sunday. Mr Adongo said 31 people had been treated for gunshot wounds.")
    for figure in ("14", "nine", "31"):
        assert claims_of(nlp, text, figure)[0].source.name == "Upper East Regional Minister"


def test_round_up_entries_name_their_source_before_the_colon(nlp):
    text = ("The numbers, side by side. Kedah police, Wednesday: 18 bodies, 13 survivors in custody. UNHCR, "
            "mid-year report: more than 200,000 Nicaraguan refugees. Next week: 40 boats will be inspected. "
            "CORRESPONDENT: Thousands are still marching, and 12 were arrested.")
    assert {c.source.name for f in ("18", "13") for c in claims_of(nlp, text, f)} == {"Kedah police"}
    assert claims_of(nlp, text, "more than 200,000")[0].source.name == "UNHCR"
    assert claims_of(nlp, text, "40")[0].source is None  # a heading, not a source
    assert claims_of(nlp, text, "12")[0].source is None  # a transcript's correspondent is the outlet


def test_citizens_serving_with_a_force_are_deployed(nlp):
    text = ("Ukraine's military intelligence agency, the HUR, says it has identified 312 Uzbek citizens in Russian "
            "units. If every contingent arrives as announced, roughly 270 foreign police and soldiers will be on "
            "the ground. Some 400 people fled the town.")
    assert claims_of(nlp, text, "312")[0].category == "deployed"
    assert claims_of(nlp, text, "roughly 270")[0].category == "deployed"
    assert claims_of(nlp, text, "Some 400")[0].category == "displaced"


def test_his_government_in_a_ministers_statement_is_no_relay(nlp):
    text = "Ukraine's foreign minister said last week that his government had identified 1,436 citizens serving with Russian forces."
    (c,) = claims_of(nlp, text, "1,436")
    assert c.source.name == "Ukrainian foreign ministry" and not c.via


def test_names_with_and_and_a_bracket_cut_in_half(nlp):
    text = ("The Vietnam Disaster and Dyke Management Authority said 197 people had died. Ukraine and Russia said "
            "40 soldiers died. Costa Rica's migration directorate (DGME) says 262,000 people applied.")
    assert claims_of(nlp, text, "197")[0].source.name == "Vietnam Disaster and Dyke Management Authority"
    assert claims_of(nlp, text, "40")[0].source.name.count("+") == 1  # two countries stay two sources
    assert ")" not in claims_of(nlp, text, "262,000")[0].source.name


def test_a_percentage_of_them_shares_the_category_of_the_figure_before(nlp):
    text = ("NADMO said on Tuesday that about 2,300 people had fled to Zebilla since Saturday, roughly 40 per cent "
            "of them children.")
    assert claims_of(nlp, text, "roughly 40 per cent")[0].category == "displaced"
    story = ("Refugees keep crossing; shelters and camps are full and more families have fled. By our arithmetic, "
             "the directorate has granted refugee status to about 5.5 per cent of applicants.")
    assert claims_of(nlp, story, "about 5.5 per cent")[0].category == "displaced"


def test_fighters_who_laid_down_arms_and_it_in_another_clause(nlp):
    text = "He said 2,300 Fano fighters had laid down their arms under an amnesty since January."
    assert claims_of(nlp, text, "2,300")[0].category == "other"
    text = ("At least 41 people drowned. The agency's spokeswoman said the vessel had been carrying 66 people when "
            "it capsized near Godoria.")
    assert claims_of(nlp, text, "66")[0].category == "other"  # "it capsized" does not point back to a count


def test_a_poll_by_a_described_firm_whose_spokesman_and_the_same_communique(nlp):
    text = ("A poll by the Asunción firm Example Ñandutí Consultores, published last week, found that 61 per cent "
            "of Paraguayans opposed it.")
    assert claims_of(nlp, text, "61 per cent")[0].source.name == "Example Ñandutí Consultores"
    text = ("The attackers freed 1,890 inmates, according to the Sierra Leone Correctional Service, whose spokesman, "
            "Assistant Superintendent Mohamed Kallon, told the Sentinel that 612 had since returned.")
    assert claims_of(nlp, text, "612")[0].source.name == "Sierra Leone Correctional Service"
    text = "The government said in a communiqué that 62 died. According to the same communiqué, 163 persons were wounded."
    assert claims_of(nlp, text, "163")[0].source.name == claims_of(nlp, text, "62")[0].source.name


def test_a_time_is_never_the_speaker(nlp):
    text = ("The National Police put the crowd at 18,000. The union claims more than 100,000 took part, and its "
            "secretary-general, Rosa Ayala, last night dismissed the police figure as a lie.")
    names = {c.source.name for c in claims_of(nlp, text, "18,000") if c.stance == "denied"}
    assert names and not any("night" in n for n in names)


def test_no_source_named_today_or_calls(nlp):
    text = ("A committee of inmates' families told Estuary Wire that at least 90 people had died, citing calls from "
            "prisoners inside. If all 81 of the missing have died, the toll would reach 343, roughly 30 per cent "
            "higher than today's figure.")
    assert claims_of(nlp, text, "at least 90")[0].source.name == "prisoners"
    assert claims_of(nlp, text, "343")[0].source is None  # the outlet's arithmetic, not "today"


def test_we_in_a_quotation_is_the_quotations_speaker(nlp):
    text = ('The UN human rights office said 248 civilians were killed. "We have documented 23 separate drone '
            'strikes in ten weeks. The pattern is clear," said its spokesperson, Marta Helvig.')
    (c,) = claims_of(nlp, text, "23")
    assert c.source.name == "UN Human Rights Office" and "quote_speaker" in c.rules


def test_a_correction_notice_withdraws_the_outlets_own_figure(nlp):
    text = "Police said 12 died. An earlier version of this report said that 1,700 people were missing."
    (c,) = claims_of(nlp, text, "1,700")
    assert c.source is None and c.stance == "denied" and "correction_notice" in c.rules


def test_an_office_named_with_its_place_as_a_modifier(nlp):
    text = ("07:10 — The Attapeu provincial governor, Bounmy Phommachanh, says 27 bodies have now been recovered. "
            "Phommachanh said 131 people are still missing.")
    for figure in ("27", "131"):
        assert claims_of(nlp, text, figure)[0].source.name == "Attapeu provincial governor"


def test_an_officer_who_commands_a_body_speaks_for_it(nlp):
    text = ('"We found 12," said Lieutenant Colonel Mark Azzopardi, who commands the AFM\'s maritime squadron. '
            "Colonel Andrés Villacís, who commands the army task force now guarding the prison, said about 900 "
            "soldiers were deployed. Takuya Ono, who leads a team of 24 firefighters, said two people were pulled out.")
    assert claims_of(nlp, text, "12")[0].source.name == "AFM"
    assert claims_of(nlp, text, "about 900")[0].source.name == "army"
    assert claims_of(nlp, text, "two")[0].source.name == "Takuya Ono"  # no rank: a person leading a team


def test_a_minister_with_no_country_before_him_belongs_to_the_reports_country(nlp):
    text = ("08:10 — Health Minister Víctor Almonte said 189 injured people had been treated. "
            "Rescuers in Santo Domingo kept digging through the night.")
    (c,) = claims_of(nlp, text, "189")
    assert c.source.name == "Dominican health ministry"


def test_a_minister_by_role_speaks_for_the_ministry(nlp):
    text = ("Sri Lanka's defence minister told parliament that 455 Sri Lankans had joined the Russian army. "
            "In Colombo, the foreign minister said 16 had been killed.")
    assert claims_of(nlp, text, "455")[0].source.name == "Sri Lankan defence ministry"
    assert claims_of(nlp, text, "16")[0].source.name == "Sri Lankan foreign ministry"


def test_a_prime_minister_is_the_government(nlp):
    text = ("The prime minister, Raúl Benavides, told Congress that 11,800 police officers had been deployed in Peru. "
            "Ethiopia's prime minister said the army had 200,000 troops.")
    assert claims_of(nlp, text, "11,800")[0].source.name == "Peruvian government"
    assert claims_of(nlp, text, "200,000")[0].source.name == "Ethiopian government"
    assert claims_of(nlp, "President Ana Ruiz of Peru said 40 people died.", "40")[0].source.name != "Peruvian government"


def test_possessive_figures_reach_only_what_they_say(nlp):
    assert claims_of(nlp, "The toll of 212 is more than double the ministry's figures.", "212")[0].source is None
    assert claims_of(nlp, "In the ministry's count, 212 people died.", "212")[0].source.name == "ministry"
    text = ("Roughly 1,000 square kilometres of farmland were flooded, the state agriculture department estimates, "
            "much of it planted with soya.")
    assert claims_of(nlp, text, "Roughly 1,000 square kilometres")[0].source.name == "state agriculture department"


def test_a_spokesman_points_back_to_the_body_of_an_earlier_spokesman(nlp):
    text = ("SKOPJE, June 26 (Ashlar Wire) — Security forces killed at least 30 rebels, an Interior Ministry "
            "spokesman said on Tuesday.\n\nThe spokesman, Goran Trajkovski, told reporters that two police "
            "officers were killed and 17 wounded. Four of them were hurt seriously, he said.")
    for figure in ("at least 30", "17", "Four"):
        assert claims_of(nlp, text, figure)[0].source.name == "Interior Ministry"  # never the dateline "SKOPJE"


def test_she_after_an_agencys_representative_is_the_agency(nlp):
    text = ('"We are receiving about 600 a day," said Robert Kiwanuka, a refugee official. UNHCR\'s representative '
            "in Uganda said the agency had raised its planning figure to 100,000. Its appeal, $368 million, is "
            "6 per cent funded, she said.")
    assert claims_of(nlp, text, "$368 million")[0].source.name == "UNHCR"


def test_one_mention_is_one_source_for_all_figures_of_its_sentence(nlp):
    text = ("An Interior Ministry spokesman said on Tuesday that fighting continued. The spokesman told reporters "
            "that police had recovered 11 bodies and that at least 20 more had been carried off by the gunmen.")
    vias = {tuple(v.name for v in c.via) for f in ("11", "at least 20") for c in claims_of(nlp, text, f)}
    assert len(vias) == 1


def test_an_office_holder_belongs_to_the_place_the_sentence_opens_with(nlp):
    text = ("In Black River, the mayor, Sharon Tomlinson, tells us that at least six people died. "
            "In Bairo Pite, the village chief, Mateus da Costa, said 9,000 residents had left. "
            "The mayor, Hrafn Gunnarsson, puts the population nearer 3,500.")
    assert claims_of(nlp, text, "at least six")[0].source.name == "Black River mayor"
    assert claims_of(nlp, text, "9,000")[0].source.name == "Bairo Pite village chief"
    assert claims_of(nlp, text, "3,500")[0].source.name == "mayor"  # no town NER knows: the office as written


def test_a_police_chief_speaks_for_the_police(nlp):
    text = ("Police Commissioner Leiataua Sione tells reporters in Apia that at least 45 people are missing. "
            "Kiribati's acting police commissioner, Tebao Awerika, said 12 officers had been trained.")
    assert claims_of(nlp, text, "at least 45")[0].source.name == "Samoan police"
    assert claims_of(nlp, text, "12")[0].source.name == "Kiribati police"


def test_the_outlets_own_reporters_are_its_voice(nlp):
    text = ("Reporters counted 41 tents on Mount Street on Wednesday night. "
            "Our reporters' tally of police statements from the other 48 towns adds roughly 95,000.")
    for figure in ("41", "48", "roughly 95,000"):
        assert claims_of(nlp, text, figure)[0].source is None


def test_its_document_after_an_organisation_named_without_speaking(nlp):
    text = ("The smallest number comes from the National Coordination Centre for Disaster Management (NCCR). "
            "Its bulletin on Tuesday listed 1,840 people in government shelters.")
    assert claims_of(nlp, text, "1,840")[0].source.name.startswith("National Coordination Centre")


def test_and_inside_a_country_or_an_of_name(nlp):
    text = ("The Metropolitanate of Montenegro and the Littoral said more than 60,000 people marched. "
            "Police and organisers said 5,000 marched in Niksic.")
    assert claims_of(nlp, text, "more than 60,000")[0].source.name == "Metropolitanate of Montenegro and the Littoral"
    assert claims_of(nlp, text, "5,000")[0].source.members  # two sources, not one name


def test_a_minister_of_a_named_field_is_the_ministry(nlp):
    text = ("The Minister of Labour and Home Affairs, Kagiso Molefhe, told a news briefing in Gaborone on Thursday "
            'that 2,340 were deported. "We are removing about 90 people a day," Molefhe said.')
    for figure in ("2,340", "about 90"):
        assert claims_of(nlp, text, figure)[0].source.name == "Botswanan Ministry of Labour and Home Affairs"


def test_a_transcript_label_speaks_for_its_paragraph(nlp):
    text = ("REPORTER: The SADC secretariat's spokesperson, Boitumelo Sechele, gave us the breakdown. Here she is."
            "\n\nSECHELE (CLIP): The mission will number 258 in total. That is 207 soldiers and 24 police officers."
            "\n\nPRESENTER: Our crew saw 12 trucks at the border.")
    assert claims_of(nlp, text, "207")[0].source.name == "SADC secretariat"
    assert claims_of(nlp, text, "12")[0].source is None  # the presenter is the outlet
    assert not any("SECHELE" in c.source.name for c in claims_of(nlp, text, "24") if c.source)


def test_a_name_apposed_to_an_office_later_speaks_for_it(nlp):
    text = ("GABORONE — Botswana has deported 2,340 Zimbabweans since July, the Minister of Labour and Home Affairs, "
            'Kagiso Molefhe, told a news briefing on Thursday. "We are removing about 90 people a day," Molefhe said.')
    assert claims_of(nlp, text, "about 90")[0].source.name == claims_of(nlp, text, "2,340")[0].source.name


def test_a_prime_ministers_office_and_a_government_spokesman_are_the_government(nlp):
    text = ("BRAZZAVILLE — Militiamen killed 19 people in the Republic of the Congo on Monday, government spokesman "
            "Aimé-Claude Ngoma told state television. The dead were 11 gendarmes, Ngoma said.")
    for figure in ("19", "11"):
        assert claims_of(nlp, text, figure)[0].source.name == "Congolese government"
    text = "Iran fired missiles overnight. In Israel, the prime minister's office says 24 people have been killed."
    assert claims_of(nlp, text, "24")[0].source.name == "Israeli government"


def test_he_after_a_director_at_an_institution_is_the_institution(nlp):
    text = ("At Gisenyi District Hospital, the director, Dr Eric Mugabo, said the hospital had admitted 64 injured "
            "people since Wednesday morning. Twelve were still in a serious condition and two had died, he said.")
    for figure in ("64", "two"):
        assert claims_of(nlp, text, figure)[0].source.name == "Gisenyi District Hospital"


def test_people_in_shelters_are_displaced_and_so_is_their_baseline(nlp):
    text = ("The government says 8,900 people remain in 214 shelters, down from a peak of more than 25,000. "
            "He said some 5,000 people had spent the past two nights in tents, hotels and sports halls.")
    cats = {f: claims_of(nlp, text, f)[0].category for f in ("8,900", "214", "more than 25,000", "some 5,000")}
    assert cats == {"8,900": "displaced", "214": "other", "more than 25,000": "displaced", "some 5,000": "displaced"}


def test_a_team_sent_is_deployed(nlp):
    text = ("A Thai search team of 45 people with four boats has arrived. Britain has pledged a team of 20 engineers. "
            "Wellington says an air force Hercules has landed with 35 medical and rescue staff. "
            "The county said 400 staff work at the plant.")
    cats = {f: claims_of(nlp, text, f)[0].category for f in ("45", "20", "35", "400")}
    assert cats == {"45": "deployed", "20": "deployed", "35": "deployed", "400": "other"}


def test_counted_nouns_listed_together_count_the_same(nlp):
    text = ("The dead were 11 gendarmes, five railway workers and three passengers, the spokesman said. "
            '"We have nine bodies and 14 survivors," the coast guard said.')
    cats = {f: claims_of(nlp, text, f)[0].category for f in ("five", "three", "14")}
    assert cats["five"] == cats["three"] == "killed" and cats["14"] != "killed"


def test_a_reporters_label_is_not_the_subject_of_the_sentence_after_it(nlp):
    text = ("PRESENTER: Our correspondent Sione Havili is there.\n\nREPORTER (Sione Havili): The New Zealand "
            "Defence Force tells me 72 soldiers landed on Saturday.")
    assert claims_of(nlp, text, "72")[0].source.name == "New Zealand Defence Force"


def test_citing_between_the_verb_and_its_clause_is_a_relay(nlp):
    text = ("The newspaper Listín Example reported, citing the club's ticketing company, that about 500 people had "
            "been inside. An opposition lawmaker, Bwalya Chisanga, told the National Assembly last week, citing the "
            "Zambia Security Intelligence Service, that as many as 120 Zambians had been recruited.")
    c = claims_of(nlp, text, "about 500")[0]
    assert c.source.name == "club's ticketing company" and [v.name for v in c.via] == ["Listín Example"]
    assert claims_of(nlp, text, "as many as 120")[0].source.name == "Zambia Security Intelligence Service"


def test_quoted_as_saying_is_the_person_quoted_via_the_quoter(nlp):
    text = ("The Example Eswatini Observer, in a post on its own page, quoted a senior police officer as saying that "
            "11 people had been shot dead.")
    c = claims_of(nlp, text, "11")[0]
    assert c.source.name == "senior police officer" and [v.name for v in c.via] == ["Example Eswatini Observer"]


def test_a_person_of_a_body_speaks_for_it_but_a_party_politician_for_herself(nlp):
    text = ("Eleni Drosou of the Example Hellenic Institute for Defence Analysis estimates that Turkey could move "
            "roughly 15,000 troops. Inspector Memory Chikore of the police ballistics unit testified that 43 "
            "cartridges had been collected. Abdulai Zanlerigu, who speaks for the Bawku Peace Youth Front, said at "
            "least 20 people had been killed. Sigrún Hallsdóttir of the Social Democratic Alliance told parliament "
            "that at least 1,000 families would need help. Drosou said 300 more were on standby.")
    names = {f: claims_of(nlp, text, f)[0].source.name
             for f in ("roughly 15,000", "43", "at least 20", "at least 1,000", "300")}
    assert names == {"roughly 15,000": "Example Hellenic Institute for Defence Analysis",
                     "43": "police ballistics unit", "at least 20": "Bawku Peace Youth Front",
                     "at least 1,000": "Sigrún Hallsdóttir",
                     "300": "Example Hellenic Institute for Defence Analysis"}


def test_a_sentence_that_goes_on_with_it_or_its_keeps_the_source(nlp):
    text = ("The Jamaica Defence Force says it has 1,200 soldiers on relief duty. Its crews have lifted 340 people "
            "out of cut-off communities. It had given a toll of 52 on Monday. It was the worst storm in 40 years, "
            "with 90 dead.")
    names = sources_of(nlp, text, ("340", "52", "90"))
    assert names == {"340": "Jamaica Defence Force", "52": "Jamaica Defence Force", "90": "(outlet)"}


def test_an_administrative_office_holder_belongs_to_the_place_of_its_kind(nlp):
    text = ("More than 31,000 Congolese have crossed into Lunda Norte province since May. The figure rose to 40,000, "
            "the provincial governor, Deolinda Tchissola, said. In Chitato, the municipal administrator, Afonso "
            "Capita, said the water system now served nearly 100,000. Graves County Coroner Dale Pruitt said his "
            "office had identified 17 people.")
    names = sources_of(nlp, text, ("40,000", "nearly 100,000", "17"))
    assert names == {"40,000": "Lunda Norte provincial governor", "nearly 100,000": "Chitato municipal administrator",
                     "17": "Graves County coroner"}


def test_an_interview_speaks_for_the_body_its_guest_runs(nlp):
    text = ("The Frontier Monitor spoke on Wednesday to Colonel Marcos Teixeira, who coordinates the reception post "
            "of Operation Welcome in the town.\n\nFrontier Monitor: How many people are crossing?\n\nTeixeira: Fewer "
            "than in January. Last week we registered about 600 people a day. Our registers show 912 on Sunday.\n\n"
            "Frontier Monitor: Roraima's state government says 32,000 Venezuelans are sleeping in the streets.\n\n"
            "Teixeira: We have 13 shelters.")
    names = sources_of(nlp, text, ("about 600", "912", "32,000", "13"))
    assert names == {"about 600": "Operation Welcome", "912": "Operation Welcome",
                     "32,000": "Roraima state government", "13": "Operation Welcome"}


def test_someone_speaking_for_himself_is_recorded_by_role(nlp):
    text = ("A night-shift worker, Marcus Hale, told Channel 9 that supervisors had kept about 15 people at their "
            "stations. In Nyabihu, a farmer in Karago sector, Emmanuel Nkurunziza, said at least 15 people were "
            "missing. Maria Ricci, a nurse with the Italian Red Cross, said the centre was holding more than 1,100. "
            "Hale said 20 more had left. Senator Ana Ruiz, a former teacher, said 300 schools were shut.")
    names = {f: claims_of(nlp, text, f)[0].source_name
             for f in ("about 15", "at least 15", "more than 1,100", "20", "300")}
    assert names == {"about 15": "night-shift worker", "at least 15": "Karago sector farmer",
                     "more than 1,100": "Italian Red Cross nurse", "20": "night-shift worker", "300": "Ana Ruiz"}


def test_a_person_whose_role_names_a_body_speaks_for_it(nlp):
    text = ('"We are receiving about 600 a day," said Robert Kiwanuka, the commissioner for refugees in the Office of '
            "the Prime Minister (OPM). Carlos Huamán, who heads border operations for the National Superintendency "
            "of Migration, said 8,145 Venezuelans had entered Peru. Dr. Marisol Fuentes, an emergency physician at "
            "the region's largest hospital, said her department had treated well over 300 people. The mayor of "
            "Durrës, Valbona Hysa, said 28 of the dead were from her city.")
    names = sources_of(nlp, text, ("about 600 a day", "8,145", "well over 300", "28"))
    assert names == {"about 600 a day": "Office of the Prime Minister",
                     "8,145": "National Superintendency of Migration", "well over 300": "emergency physician",
                     "28": "Durrës mayor"}


def test_a_medical_superintendent_at_a_hospital_speaks_for_it_and_a_chair_for_the_committee(nlp):
    text = ("10:50 — At Naivasha County Referral Hospital, the medical superintendent, Dr Peter Kamau, tells us 61 "
            "people have been treated for injuries. Halyna Bondar drove trams for 31 years, and now chairs the "
            "tenants' committee of the block. Of the 96 flats in the building, she says, 40 have no windows.")
    names = sources_of(nlp, text, ("61", "96"))
    assert names == {"61": "Naivasha County Referral Hospital", "96": "tenants' committee of the block"}


def test_a_release_republished_in_full_speaks_in_its_issuers_voice(nlp):
    text = ("Kenya's interior ministry issued the following statement in Nairobi on Tuesday; we publish it in full.\n\n"
            "PRESS RELEASE\n\nWe are proud to announce that 400 officers of the National Police Service landed in "
            "Port-au-Prince. Our teams have recorded at least 23 deaths. The United Nations estimates that more "
            "than 580,000 Haitians have been forced from their homes. For interviews, call +254 20 555 0173.\n\n"
            "ENDS\n\nPolice in Haiti said 12 officers had been wounded.")
    names = sources_of(nlp, text, ("400", "at least 23", "more than 580,000", "12"))
    assert not claims_of(nlp, text, "555")
    assert names == {"400": "Kenyan interior ministry", "at least 23": "Kenyan interior ministry",
                     "more than 580,000": "United Nations", "12": "Police"}


def test_a_role_noun_with_a_named_body_in_apposition_is_the_body(nlp):
    text = ("The organisers, the Example Acorda Brasil movement, claimed 2.5 million in São Paulo. An independent group "
            "of volunteers, Example Crowd Watch Thailand, which counts from drone footage, told us that it estimated "
            "between 17,000 and 19,000 at six o'clock.")
    names = sources_of(nlp, text, ("2.5 million", "between 17,000 and 19,000"))
    assert names == {"2.5 million": "Example Acorda Brasil movement",
                     "between 17,000 and 19,000": "Example Crowd Watch Thailand"}
    assert not claims_of(nlp, text, "six")


def test_by_its_count_frames_the_clause(nlp):
    text = ("The Syrian Observatory for Human Rights said about 2,000 fighters had reached Tripoli. By its count, four "
            "of them have been killed on the front.")
    assert claims_of(nlp, text, "four")[0].source_name == "Syrian Observatory for Human Rights"


def test_local_offices_by_title_and_a_regional_government(nlp):
    text = ("Lee County's death toll rose to 54 on Sunday, County Manager Dale Whitcomb said. Fort Myers Beach Fire "
            "Chief Ron Ellery said his crews had pulled more than 400 people from flooded homes. A mall roof collapsed "
            "in the La Libertad region of Peru. The toll has risen to eight, the regional government said.")
    names = sources_of(nlp, text, ("54", "more than 400", "eight"))
    assert names == {"54": "Lee County", "more than 400": "Fort Myers Beach fire department",
                     "eight": "La Libertad regional government"}


def test_quoted_by_relays_and_who_heads_a_bodys_office_speaks_for_it(nlp):
    text = ("A gendarmerie officer quoted by the private station Example Radio Djoliba said 23 cadets were missing. "
            "Anneli Sørensen, who heads UNHCR's sub-office in Dadaab, said the agency had counted about 30,000 new "
            "arrivals.")
    c = claims_of(nlp, text, "23")[0]
    assert c.source_name == "gendarmerie officer" and [v.name for v in c.via] == ["Example Radio Djoliba"]
    assert claims_of(nlp, text, "about 30,000")[0].source_name == "UNHCR"


def test_a_relative_clause_misparsed_as_the_main_one_keeps_the_noun_it_hangs_on(nlp):
    text = "Rwanda's government, which Kinshasa and the UN accuse of backing M23, says Burundi has sent 10,000 troops."
    assert claims_of(nlp, text, "10,000")[0].source_name == "Rwandan government"


def test_source_names_read_cleanly(nlp):
    text = ("The crowd-counting firm Example Crowd Metrics estimated 40,000 people. The medical charity Médecins Sans "
            "Frontières said 30 people had died. The prefecture of Reggio Calabria said four people died. Measured "
            "from the city's maps, the avenue and the side streets offer some 140,000 square metres of standing room.")
    names = {f: claims_of(nlp, text, f)[0].source_name
             for f in ("estimated 40,000", "30", "four", "some 140,000 square metres")}
    assert names == {"estimated 40,000": "Example Crowd Metrics", "30": "Médecins Sans Frontières",
                     "four": "prefecture of Reggio Calabria", "some 140,000 square metres": "(outlet)"}
    text = ("The official death toll stands at 262, with 81 people still missing, according to the Vietnam Disaster "
            "and Dyke Management Authority's bulletin on Friday morning.")
    assert claims_of(nlp, text, "262")[0].source_name == "Vietnam Disaster and Dyke Management Authority"


# --- rule dismissive_label: what a source calls a figure can reject it ---------------------------

def _denials(nlp, text):
    return [(c.quantity.text, c.source.name) for c in extract_claims(text, nlp=nlp)
            if c.quantity and c.stance == "denied"]


def test_calling_a_figure_speculation_denies_it(nlp):
    text = ("A group of miners' wives told the radio station that at least 45 men were trapped. "
            "The mining ministry called that figure \"pure speculation\".")
    assert _denials(nlp, text) == [("at least 45", "mining ministry")]


def test_calling_that_a_lie_denies_the_figure_before(nlp):
    text = ("The rebels said on Sunday that they had shot down \"more than 20\" drones. "
            "The air force called that \"a childish lie\", saying it had lost none.")
    assert _denials(nlp, text) == [("more than 20", "air force")]


def test_saying_a_figure_is_not_one_we_recognise_denies_it(nlp):
    text = ("A message shared on Telegram claims that 300 conscripts deserted last week. "
            "The general staff says that is \"not a number we recognise\".")
    assert _denials(nlp, text) == [("300", "general staff")]


def test_dismissing_as_false_a_post_that_gave_a_figure(nlp):
    text = ("The provincial government dismissed as \"malicious and false\" a post on Facebook that claimed "
            "more than 80 people had drowned.")
    assert ("more than 80", "provincial government") in _denials(nlp, text)


def test_a_judgement_in_a_joined_clause_is_no_denial(nlp):
    # the dismissive word belongs to the clause joined by "saying", not to what was said of the figure
    text = ("The port authority said 14 containers had fallen overboard. "
            "The shipping line described the count as preliminary, saying earlier reports of a fire were false.")
    assert _denials(nlp, text) == []


def test_rejecting_reports_of_a_story_is_not_a_denial_of_the_figure(nlp):
    text = ("Monitors said 2,000 soldiers had crossed the river. "
            "The defence ministry dismissed reports of a build-up as \"hysteria\".")
    assert _denials(nlp, text) == []


def test_a_bare_rejected_that_is_not_a_denial_of_the_figure(nlp):
    text = ("Survivors said a patrol boat had tried to tow the dinghy, in which 60 people were travelling. "
            "The coast guard rejected that.")
    assert _denials(nlp, text) == []


@pytest.mark.parametrize("text, figure, source", [
    ("Agriculture Minister Tom Okello said 300 cattle had drowned in western Kenya.", "300", "Kenyan agriculture ministry"),
    ("Spain's territorial policy minister, Ángel Ruiz, said 70 houses had burned.", "70",
     "Spanish territorial policy ministry"),
    ("Ghana's former forestry minister, Kofi Mensah, said 70 houses had burned.", "70", "Kofi Mensah"),
    ("Prime Minister Raúl Benavides said 40 people had died in Chile.", "40", "Chilean government"),
])
def test_a_minister_of_any_portfolio_is_the_ministry(nlp, text, figure, source):
    (c,) = claims_of(nlp, text, figure)
    assert c.source.name == source


def test_the_minister_points_back_to_the_ministry_not_the_mp_quoted_since(nlp):
    text = ("Peru's health minister, Ana Quispe, told Congress on Tuesday that 64 people had died. "
            "Luis Vargas, an opposition congressman, said 12 clinics were closed. "
            "The minister said 261 patients had been moved to Lima.")
    (c,) = claims_of(nlp, text, "261")
    assert c.source.name == "Peruvian health ministry" and "the_minister" not in c.source.name


def test_our_records_in_the_narrative_are_the_outlets(nlp):
    text = ("Our newsroom's log of attacks, kept since 2020 from police and hospital records, lists 96 people killed. "
            "\"Our count shows 40 dead,\" the governor said.")
    (c,) = claims_of(nlp, text, "96")
    assert c.source is None and "outlet_self" in c.rules
    (g,) = claims_of(nlp, text, "40")
    assert g.source is not None and g.source.name == "governor"  # "our" inside a quotation is the speaker's


def test_the_people_a_figure_counts_are_never_its_source(nlp):
    text = ("At least 82 Kenyans have been recruited to fight abroad since January, and some 20 of them "
            "are thought to have died.")
    for c in (c for c in extract_claims(text, nlp=nlp) if c.quantity):
        assert c.source is None or not c.source.name[:1].isdigit()
        assert "Kenyans" not in (c.source.name if c.source else "")


def test_a_figure_joined_to_a_name_is_not_a_second_source(nlp):
    text = ("That compares with 116 deaths recorded by the state medical examiner and 138 by the health department. "
            "The study estimates that roughly 60 per cent of the deaths were among people over 65.")
    names = {c.source.name for c in extract_claims(text, nlp=nlp) if c.quantity and c.source}
    assert not any(n[:1].isdigit() for n in names)


@pytest.mark.parametrize("text, figure, source", [
    ("That compares with 116 heat deaths recorded by the Oregon State Medical Examiner.", "116",
     "Oregon State Medical Examiner"),
    ("Some 3,000 people registered by UNHCR have crossed the border.", "Some 3,000", "UNHCR"),
    ("About 20 migrants rescued by the coast guard were taken to Lampedusa.", "About 20", None),  # who acted
])
def test_counted_by(nlp, text, figure, source):
    (c,) = claims_of(nlp, text, figure)
    assert (c.source.name if c.source else None) == source


_QA = ("Ines Mora, director of the Example Relief Agency, answered our questions on Friday.\n\n"
       "Valley Courier: The mayor told a local radio station that some 400 people are missing. Do you accept that?\n\n"
       "Mora: I cannot confirm that number. Our list has 212 names.\n\n"
       "Valley Courier: A news site, Example Norte 24, reported that more than 1,000 people died.\n\n"
       "Mora: That is false. Nobody is hiding bodies.")


def _stances(nlp, text):
    return {(c.quantity.text, c.source.name if c.source else None, c.stance)
            for c in extract_claims(text, nlp=nlp) if c.quantity}


def test_i_in_an_answer_is_the_speaker_of_the_line(nlp):
    assert ("some 400", "Example Relief Agency", "not_acknowledged") in _stances(nlp, _QA)


def test_that_is_false_in_an_answer_denies_the_figure_before(nlp):
    assert ("more than 1,000", "Example Relief Agency", "denied") in _stances(nlp, _QA)


def test_the_interviewers_label_only_asks(nlp):
    (c, *_) = claims_of(nlp, _QA, "more than 1,000")
    assert c.source.name.startswith("Example Norte") and c.stance == "asserted"


def test_a_bare_that_is_false_in_the_narrative_is_no_denial(nlp):
    text = "The ministry said 300 people had died. That is false, the opposition argues, because the count stopped early."
    assert not [c for c in extract_claims(text, nlp=nlp) if c.quantity and c.stance == "denied" and c.source.name == "ministry"]


def test_a_person_introduced_with_is_is_he_later(nlp):
    text = ("The toll stood at 24 last night, the authority said. Its director, Mr Senad Hodzic, says rescuers "
            "have recovered 16 bodies. The mayor of Jablanica, Mr Edin Kovac, is less inclined to wait for "
            "official lists. \"We had 470 houses in the lower village. Perhaps 90 are still standing,\" he said.")
    for figure in ("470", "90"):
        (c,) = claims_of(nlp, text, figure)
        assert c.source.name == "Jablanica mayor"


def test_he_is_never_a_group(nlp):
    text = ("The U.S. Coast Guard said 31 people had been rescued. Survivors told reporters that 60 people "
            "had been on board. He said three cutters were still searching.")
    (c,) = claims_of(nlp, text, "three")
    assert c.source.name == "U.S. Coast Guard"


def test_role_and_name_before_verb_speak_for_the_body_and_are_he_later(nlp):
    # rules ``role_and_name_before_verb`` and ``apposed_name_after_phrase``
    text = ("The governor, Deolinda Tchissola, said the centre was sheltering about 11,400. \"We cannot open "
            "more land,\" she said. The UN refugee agency has registered 27,640 of the new arrivals, its head of "
            "office in Dundo, Karim Osei, told the Herald. Roughly 6,200 have been moved to the Lovua settlement, "
            "he said.")
    assert sources_of(nlp, text, ["27,640", "Roughly 6,200"]) == {"27,640": "UNHCR", "Roughly 6,200": "UNHCR"}


def test_whose_head_speaks_for_the_body(nlp):
    text = ("The figure comes from the region's emergency operations centre, whose head, engineer Carmen Ruidias, "
            "said 3,180 homes had been left uninhabitable.")
    (c,) = claims_of(nlp, text, "3,180")
    assert "emergency operations centre" in c.source.name


def test_list_after_colon_comes_from_whoever_opened_it(nlp):
    text = ("At least 210 people have died, Nepal's Home Ministry said on Monday. The ministry's National Emergency "
            "Operation Centre broke the toll down by district in its noon bulletin: in Kavrepalanchok, 48; in "
            "Dhading, 38; in Kathmandu, 37; and 28 spread across other districts.")
    assert set(sources_of(nlp, text, ["48", "38", "28"]).values()) == {"Nepal Home Ministry"}


def test_a_bare_red_cross_is_the_society_named_before(nlp):
    text = ("The Samoa Red Cross says its volunteers have counted 130 dead along the south coast. Its volunteers "
            "hand out water to roughly 400 families a day, the Red Cross adds.")
    assert sources_of(nlp, text, ["roughly 400"]) == {"roughly 400": "Samoa Red Cross"}


def test_a_bare_red_cross_is_the_national_society_of_the_story(nlp):
    text = "Floods hit Guatemala on Monday. The Red Cross says 57 people are in hospital with burns."
    assert sources_of(nlp, text, ["57"]) == {"57": "Guatemalan Red Cross"}
    text = "The International Committee of the Red Cross said on Monday that 57 people were treated. The Red Cross says 12 died."
    assert sources_of(nlp, text, ["12"]) == {"12": "ICRC"}


def test_the_governor_points_back_to_the_governor_named_before(nlp):
    text = ("The governor of Benue State, Hyacinth Aondona, said 40 people had been killed. The governor said "
            "about 112 were still missing.")
    (c,) = claims_of(nlp, text, "about 112")
    assert c.source.name == claims_of(nlp, text, "40")[0].source.name
    text = "The governor of Lunda Norte, Deolinda Tchissola, said more than 31,000 had crossed."
    assert sources_of(nlp, text, ["more than 31,000"]) == {"more than 31,000": "Lunda Norte governor"}


def _categories(nlp, text):
    return {c.quantity.text: c.category for c in extract_claims(text, nlp=nlp) if c.quantity}


def test_people_who_lost_their_homes_are_displaced(nlp):
    # rule ``category_lost_home``
    text = "The UN says at least 16,000 people in the region have lost their homes."
    assert _categories(nlp, text)["at least 16,000"] == "displaced"


def test_people_moved_or_taken_out_are_displaced_but_pulled_out_alive_are_rescued(nlp):
    # rule ``category_moved_out``
    text = ("The prime minister said about 17,000 people need to be moved out. The mayor said 1,274 people have "
            "been taken out of the flooded streets. The agency said 155 people have been pulled out alive.")
    cats = _categories(nlp, text)
    assert (cats["about 17,000"], cats["1,274"], cats["155"]) == ("displaced", "displaced", "other")


def test_evacuation_trains_and_orders_move_people_but_warnings_do_not(nlp):
    text = ("Ukrzaliznytsia says its evacuation trains have carried more than 9,000 people from the district. "
            "About 153,000 people remained under mandatory evacuation orders, the sheriff said. The sheriff said a "
            "further 166,000 residents were under evacuation warnings.")
    cats = _categories(nlp, text)
    assert (cats["more than 9,000"], cats["About 153,000"], cats["166,000"]) == ("displaced", "displaced", "other")


def test_her_ministry_is_the_body_she_speaks_for(nlp):
    # rule ``his_body``
    text = ("Interior Minister Helena Matusse said two of the dead were police officers. Her ministry had recorded "
            "236 acts of violence since Monday, she said.")
    assert sources_of(nlp, text, ["236"]) == {"236": claims_of(nlp, text, "two")[0].source_name}


def test_a_closing_speaker_parsed_as_an_apposition_still_speaks(nlp):
    # rule ``trailing_cue_clause`` (the verb parsed as a modifier of the speaker)
    text = ("The Pentagon is to withdraw some 11,900 of the roughly 36,000 American troops based in Germany, "
            "moving nearly 5,600 to Italy and Belgium, America's defence secretary announced on Wednesday.")
    assert set(sources_of(nlp, text, ["some 11,900", "nearly 5,600"]).values()) == {"Pentagon"}


def test_a_secretary_of_a_department_speaks_for_it(nlp):
    # rule ``secretary_of_department``
    assert sources_of(nlp, "Britain's defence secretary said 900 troops would leave.", ["900"]) == {
        "900": "British defence ministry"}


def test_the_size_a_force_grew_from_or_its_strength_is_deployed(nlp):
    # rule ``category_force_size``
    text = ("An MP told reporters that the intelligence service believed the force had grown from about 38,000 "
            "last summer. Kurdish intelligence put the group's total strength at more than 50,000, he said.")
    cats = _categories(nlp, text)
    assert (cats["about 38,000"], cats["more than 50,000"]) == ("deployed", "deployed")


def test_divers_at_work_are_deployed(nlp):
    text = "The fire headquarters said it had about forty divers working in shifts."
    assert _categories(nlp, text)["about forty"] == "deployed"


def test_residents_who_left_are_displaced_but_not_those_left_behind(nlp):
    # rule ``category_left_home`` ("left" parsed as a modifier of the counted noun)
    text = ("Some 3,700 residents left in a few hours, the Department of Civil Protection says. About 200 residents "
            "left behind were rescued, it said.")
    cats = _categories(nlp, text)
    assert (cats["Some 3,700"], cats["About 200"]) == ("displaced", "other")


def test_a_reply_from_a_ministry_and_the_reply_later_are_the_ministry(nlp):
    text = ("A separate reply from the Ministry of Defence, released under the Freedom of Information Act, shows "
            "that the ministry has settled 1,071 claims. A further 512 claims are still being assessed, the reply says.")
    assert set(sources_of(nlp, text, ["1,071", "512"]).values()) == {"Ministry of Defence"}


def test_a_document_seen_by_an_outlet_is_not_the_outlets(nlp):
    # rule ``analysed_by`` (not for verbs of obtaining)
    text = ("Immigration depots deported 14,902 foreigners in 2024, according to an internal Immigration Department "
            "spreadsheet seen by The Crocker Range Review.")
    assert sources_of(nlp, text, ["14,902"]) == {"14,902": "Immigration Department"}


def test_asylum_applications_count_people_displaced(nlp):
    text = ("First-time asylum applications in Germany fell to 229,800 last year, according to the annual report "
            "of the Federal Office for Migration and Refugees.")
    assert _categories(nlp, text)["229,800"] == "displaced"


def test_a_team_from_a_named_body_is_that_body_and_it_later(nlp):
    # rule ``team_of`` ("team from")
    text = ("The Frente Sindical Unitario claims more than 100,000 took part. A team from the Catholic University's "
            "urban studies laboratory, which mapped the crowd from drone images, offers a third answer. It estimates "
            "that between 38,000 and 45,000 people took part.")
    (c,) = claims_of(nlp, text, "between 38,000 and 45,000")
    assert c.source.name == "Catholic University urban studies laboratory"


def test_the_mayor_of_a_place_reads_as_the_places_mayor(nlp):
    # rule ``office_of_place`` (no name given)
    text = ("The mayor of Freetown said 400 families fled. The Russian-installed mayor of occupied Nova Kakhovka "
            "tells state television that 1,274 people have been taken out.")
    assert sources_of(nlp, text, ["400", "1,274"]) == {"400": "Freetown mayor",
                                                       "1,274": "Russian-installed Nova Kakhovka mayor"}


def test_a_town_that_lost_residents_counts_its_dead_but_a_force_its_losses(nlp):
    # rule ``category_lost_people``
    text = ("The mayor says the town has lost \"at least 40\" of its residents. The army said it had lost "
            "40 soldiers.")
    cats = _categories(nlp, text)
    assert (cats["at least 40"], cats["40"]) == ("killed", "killed_or_wounded")


def test_the_party_or_association_is_the_body_of_that_name_named_before(nlp):
    # rule ``body_named_before``: even if that body has not spoken yet; never another source
    text = ("On Saturday the Communist party, the KKE, led a march to the port gates. Police put the crowd at "
            "about 2,000; the party says more than 12,000 took part.")
    assert sources_of(nlp, text, ["about 2,000", "more than 12,000"]) == {"about 2,000": "Police",
                                                                         "more than 12,000": "KKE"}
    text = ("Familiares Unidos, the relatives' association that calls the march, says some 80,000 people walked. "
            "The Interior Ministry puts the crowd at about 35,000. Marches were also held in 62 towns, the "
            "association says.")
    assert sources_of(nlp, text, ["62"]) == {"62": "Familiares Unidos"}


def test_a_body_noun_with_no_such_body_named_stays_as_written(nlp):
    # rule ``body_named_before``: "the coalition" does not fall back to the last speaker
    text = ("The Saba news agency said 12 people died. The coalition said it had struck 40 launch sites.")
    assert sources_of(nlp, text, ["40"]) == {"40": "coalition"}


def test_a_report_in_a_paper_or_the_estimate_of_a_named_firm_is_theirs(nlp):
    # rules ``report_in_outlet``, ``estimate_of_name``
    text = ("A report in the Example Diario Norte said the Joint Task Force has about 1,300 soldiers in the area. "
            "202,000 — the estimate of Example SkyCount, a firm hired by a television network. "
            "A report in March said 300 had died. The estimate of 3,000 dead was not repeated.")
    assert sources_of(nlp, text, ["about 1,300", "202,000", "300", "3,000"]) == {
        "about 1,300": "Example Diario Norte", "202,000": "Example SkyCount", "300": "(outlet)", "3,000": "(outlet)"}


def test_a_claim_by_a_body_is_that_bodys_even_with_by_on_the_verb(nlp):
    # rule ``cue_noun_from``: the "by" hung on "carried"; "Italy's largest union" describes the CGIL
    # and is no second source; "Ukraine's military intelligence agency" is one whole name
    text = ("Several papers also carried the claim by the CGIL, Italy's largest union, that two million workers "
            "joined Friday's general strike. The brigade called a claim by Ukraine's military intelligence agency, "
            "that it had lost 11 men in an ambush, \"a fantasy\". The paper made its own estimate from drone "
            "footage and arrived at 180,000.")
    assert sources_of(nlp, text, ["two million", "11"]) == {
        "two million": "CGIL", "11": "Ukrainian military intelligence agency"}
    assert sources_of(nlp, text, ["180,000"])["180,000"] != "drone footage"


def test_a_day_or_a_briefing_is_never_the_speaker(nlp):
    # rule ``date_not_speaker``; a day before a bulletin issues nothing (``statement_issuer``); a video
    # link is not who briefed (``relay_briefed``)
    text = ("Late on Wednesday, JNIM, the al-Qaeda affiliate, claimed on its Telegram channel to have killed 23 "
            "VDP members near Kouka. Kelantan's state disaster committee gives a higher number. Its Sunday "
            "evening bulletin counted \"more than 97,000\" evacuees in the state.")
    assert sources_of(nlp, text, ["23", "more than 97,000"]) == {
        "23": "JNIM", "more than 97,000": "Kelantan state disaster committee"}
    text = ("Briefing by video link from Amman, OCHA's director of operations, Rafael Ocampo, said the UN had "
            "received credible reports that about 60 people were killed and dozens more injured.")
    assert sources_of(nlp, text, ["about 60"]) == {"about 60": "OCHA"}
    text = "The PKK's armed wing said it had killed 27 Turkish soldiers in the same month."
    assert sources_of(nlp, text, ["27"])["27"] != "(outlet)"


def test_a_conjunct_with_its_own_subject_does_not_join_the_category(nlp):
    # rule ``category_syntax``: "dozens more injured" has a subject of its own
    text = "The UN said that about 60 people were killed and dozens more injured."
    cats = _categories(nlp, text)
    assert (cats["about 60"], cats["dozens"]) == ("killed", "wounded")


def test_people_in_relief_centres_are_displaced_and_so_is_the_part_of_them(nlp):
    # rules ``category_sheltered``, ``category_part`` (the whole is the people, not the centres between)
    text = "The portal listed 94,215 people in 406 relief centres in the state, including more than 30,000 children."
    cats = _categories(nlp, text)
    assert (cats["94,215"], cats["406"], cats["more than 30,000"]) == ("displaced", "other", "displaced")
    text = "Gunmen killed 48 people and set fire to 44 buildings, among them two hotels, the ministry said."
    assert _categories(nlp, text)["two"] == "other"


def test_a_bulletin_quoted_below_speaks_in_its_quoted_paragraphs_only(nlp):
    # rule ``quoted_below``; people placed in temporary accommodation centres are displaced
    # (``category_sheltering``); "52 artillery and drone attacks" are attacks, not equipment
    text = ("The regional operational headquarters in Belgorod posted its morning bulletin on its Telegram channel "
            "at 9 a.m. on Saturday. Because it is the only official account, we reproduce its main section below.\n\n"
            "\"Over the past day the enemy carried out 52 artillery and drone attacks on the district. Two civilians "
            "were killed.\n\n"
            "\"Since Wednesday, 2,537 residents have been placed in 11 temporary accommodation centres. By our "
            "estimate, about 5,000 more have left by their own means.\"\n\n"
            "The Red Cross branch handed out 3,200 food parcels. At least 9,000 people have gone, by our count.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    for figure in ("52", "Two", "2,537", "about 5,000"):
        assert claims[figure].source_name == "regional operational headquarters", figure
    assert claims["At least 9,000"].source_name == "(outlet)"
    assert (claims["52"].category, claims["2,537"].category) == ("other", "displaced")


def test_a_person_described_as_an_officer_who_leads_a_body_speaks_for_it(nlp):
    # rule ``person_of_body`` (the "who leads" clause on the description); ``name_then_acronym``
    # keeps "in The Gambia" before the acronym, but "UNHCR in Chad" stays UNHCR
    text = ("Brigadier General Ousmane Faye, a Senegalese officer who leads the ECOWAS Mission in The Gambia "
            "(ECOMIG), said the force numbered about 7,000 men. The UN Mission in South Sudan (UNMISS) said 300 "
            "civilians died. UNHCR in Chad said 200 refugees arrived.")
    assert sources_of(nlp, text, ["about 7,000", "300", "200"]) == {
        "about 7,000": "ECOWAS Mission in The Gambia", "300": "UN Mission in South Sudan", "200": "UNHCR"}


def test_the_ministry_in_a_report_with_a_dateline_is_the_datelines_countrys(nlp):
    # rule ``the_ministry``: the dateline's country, not the last country named
    text = ("URALSK, Kazakhstan, Sept 29 (Yaik Wire) — About 98,000 Russian citizens have entered Kazakhstan since "
            "Moscow announced a partial mobilisation, the interior ministry said on Thursday.")
    assert sources_of(nlp, text, ["About 98,000"]) == {"About 98,000": "Kazakh interior ministry"}
    text = "Russian citizens keep arriving. The interior ministry said 98,000 had entered."
    assert sources_of(nlp, text, ["98,000"]) == {"98,000": "Russian interior ministry"}


def test_a_minister_of_a_lowercase_portfolio_speaks_for_the_ministry(nlp):
    # rule ``minister_apposed`` ("of state for internal affairs", "for defence"); a former one does not
    text = ("Uganda was shaken. Speaking on state radio, the minister of state for internal affairs, Charles "
            "Ddungu, said four civilians had been killed. The minister for defence, Jim Okello, said 12 soldiers "
            "were wounded. Ddungu said 37 people had been taken to hospital. A former minister of health, Ann "
            "Obo, said 300 were hurt.")
    assert sources_of(nlp, text, ["four", "12", "37", "300"]) == {
        "four": "Ugandan internal affairs ministry", "12": "Ugandan defence ministry",
        "37": "Ugandan internal affairs ministry", "300": "Ann Obo"}


def test_an_officer_of_police_rank_speaks_for_the_police(nlp):
    # rule ``police_rank``: the town of the dateline ("Chicago police"), a capital's is the country's;
    # "Supt." does not end the sentence (``TITLE_ABBREVIATIONS``); "Kowalczyk said" later too
    text = ("CHICAGO — \"We are comfortable with 400,000,\" First Deputy Supt. Raymond Kowalczyk told reporters at "
            "police headquarters. Kowalczyk said 40 were arrested.")
    assert sources_of(nlp, text, ["400,000", "40"]) == {"400,000": "Chicago police", "40": "Chicago police"}
    text = "HARARE — Chief Superintendent Albert Ncube, who commanded police in the district, said he had 150 men."
    assert sources_of(nlp, text, ["150"]) == {"150": "Zimbabwean police"}
    text = ("DILI — The National Police of Timor-Leste (PNTL) made arrests. Superintendent Carlos Morais said "
            "104 people were detained.")
    assert sources_of(nlp, text, ["104"]) == {"104": "National Police of Timor-Leste"}


def test_it_points_back_to_a_source_named_before_it_not_later_in_its_sentence(nlp):
    # rule ``pronoun_antecedent``: Chisinau, named after "It", is not what "It" points to
    text = ("Ukraine's military intelligence agency has put the number higher. It said last year that the group had "
            "been topped up to about 2,500, a figure Moscow has never confirmed and Chisinau has called \"not "
            "supported by anything we have seen\".")
    assert sources_of(nlp, text, ["about 2,500"]) == {"about 2,500": "Ukrainian military intelligence agency"}


def test_his_ministry_is_the_ministry_of_the_minister_just_named(nlp):
    # rule ``his_body``: the minister has not spoken; the police have
    text = ("BERLIN — Berlin police said 8,500 people had gathered. The finance minister, booed for several minutes "
            "as he spoke from the stage, did not give ground. His ministry says ending the rebate will save about "
            "€440m a year.")
    assert sources_of(nlp, text, ["about €440m"]) == {"about €440m": "German finance ministry"}


def test_the_outlets_short_name_is_its_voice_and_the_number_sleeping_in_centres_is_displaced(nlp):
    # rules ``outlet_reporters`` (the short name of the outlet), ``category_sheltered`` (figure after)
    from crosscheck.records import Document

    text = ("The number of people sleeping in relief centres across the east coast reached 146,707 on Sunday "
            "night, according to the running tally the Data Desk has kept since Wednesday.")
    doc = Document(id="d", text=text, outlet="The Pantai Timur Data Desk", published="2024-12-02")
    (c,) = [c for c in extract_claims(doc, nlp=nlp) if c.quantity]
    assert (c.source_name, c.category) == ("(outlet)", "displaced")


def test_what_a_rescue_brings_is_deployed_but_drones_launched_and_boats_stopped_are_not(nlp):
    # rule ``category_equipment`` (dogs, pumps, boats, drones) and its exception for machines lost or used
    text = "Search teams with 40 cadaver dogs have now covered about 85 per cent of the burn zone, police said."
    assert [c.category for c in claims_of(nlp, text, "40")] == ["deployed"]
    text = "The army said Iran had launched some 370 ballistic missiles and in excess of 100 drones at Israel."
    assert [c.category for c in claims_of(nlp, text, "in excess of 100")] == ["other"]
    text = "The minister said patrols had stopped 11 boats trying to leave the coast since January."
    assert [c.category for c in claims_of(nlp, text, "11")] == ["other"]
    text = "The harbor master said 140 of the 210 boats that were in the harbor had sunk."
    assert [c.category for c in claims_of(nlp, text, "140")] == ["other"]


def test_men_are_a_force_only_where_the_sentence_arms_them(nlp):
    # rule ``category_men``: "men" with no word of war is not a deployment
    text = "Police said on Tuesday that two Bahamian men had been charged with manslaughter."
    assert [c.category for c in claims_of(nlp, text, "two")] == ["other"]
    text = "The lawmaker said the service told them the group has between 1,200 and 1,500 men around Bardhere."
    assert [c.category for c in claims_of(nlp, text, "between 1,200 and 1,500")] == ["deployed"]


def test_a_story_of_evacuations_is_a_displacement_story(nlp):
    # rule ``displacement_story``: evacuations, expulsions and people stranded count as words of uprooting
    text = ("Evacuations from the right bank continued on Tuesday. The regional administration said 2,000 people "
            "had been evacuated since the dam burst. Evacuation buses now leave every hour. About 600 people "
            "left Kherson on Tuesday alone, the governor said.")
    assert [c.category for c in claims_of(nlp, text, "About 600")] == ["displaced"]


def test_numbered_points_reprinted_below_are_the_issuers(nlp):
    # rule ``reprinted_points``: headings in capitals and numbered points after "We reprint its main
    # points below" are the issuer's; a named source inside a point keeps its own; the outlet's
    # paragraph after the points is the outlet's again
    text = ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) issued its fourth flash update on "
            "Thursday. We reprint its main points below.\n\n"
            "FLASH UPDATE NO. 4\n\nHIGHLIGHTS\n\n"
            "(1) The Government of Zimbabwe reports 139 people dead.\n\n"
            "(2) An estimated 270,000 people are affected in Manicaland.\n\n"
            "(3) At least eight bridges have been washed away.\n\n"
            "END OF UPDATE\n\n"
            "Outside the update, villagers have buried 40 people in Ngangu.")
    assert sources_of(nlp, text, ["139", "An estimated 270,000", "At least eight", "40"]) == {
        "139": "Government of Zimbabwe", "An estimated 270,000": "OCHA", "At least eight": "OCHA", "40": "(outlet)"}
    assert not claims_of(nlp, text, "4") and not claims_of(nlp, text, "1")


def test_a_conjunct_with_its_own_participle_keeps_its_category(nlp):
    # rule ``category_conjunct`` gives way to the conjunct's own participle
    text = "The Civil Protection Directorate has confirmed 1,941 deaths and 9,915 people injured."
    assert [c.category for c in claims_of(nlp, text, "9,915")] == ["wounded"]


def test_a_role_in_capitals_labels_a_transcript_line(nlp):
    # rule ``role_label``: a label that names a role speaks for it, as introduced if it was
    text = ("The marchers say they were 50,000. Here is the police spokesman, speaking to us earlier.\n\n"
            "POLICE SPOKESMAN (recorded): We had 1,200 officers on the avenue.\n\n"
            "ANCHOR: And the survivors of the boat?\n\n"
            "SURVIVOR (through an interpreter): We were fifty-two. I counted when we sat down.")
    assert sources_of(nlp, text, ["1,200", "fifty-two"]) == {"1,200": "police", "fifty-two": "survivor"}


def test_a_label_by_surname_speaks_for_the_body_she_was_introduced_with(nlp):
    # rule ``transcript_speaker``: "Hildur Sigurðardóttir, a spokeswoman for the organising committee"
    text = ("The Review spoke on Wednesday to Hildur Sigurðardóttir, a spokeswoman for the organising committee. "
            "Her answers have been shortened.\n\nReview: How many people took part?\n\n"
            "Sigurðardóttir: We believe close to 100,000 across the country stopped work.")
    assert sources_of(nlp, text, ["close to 100,000"]) == {"close to 100,000": "organising committee"}


def test_the_service_is_the_service_named_before_even_when_a_lawmaker_relays_it(nlp):
    # rule ``body_named_before`` for services, directorates, institutes, committees; a role with kinds
    # of its own still looks for them when no such body is named ("the intelligence service")
    text = ("Officers of the Iraqi National Intelligence Service briefed lawmakers on Tuesday. The lawmaker, Hassan "
            "al-Khazraji, said the service had counted 87 attacks by the group last year.")
    assert sources_of(nlp, text, ["87"]) == {"87": "Iraqi National Intelligence Service"}
    text = ("A Yemeni lawmaker said on Tuesday, citing a closed briefing by military intelligence, that the Houthis "
            "had massed 15,000 fighters. Ali al-Sharabi said the intelligence service estimated that \"at least "
            "2,000\" of the fighters were boys under 18.")
    assert sources_of(nlp, text, ["at least 2,000"]) == {"at least 2,000": "military intelligence"}


def test_its_director_belongs_to_the_body_named_before_its_not_the_paper_after(nlp):
    # rule ``it_named_org``: the organisation named before "its", speaking or not
    text = ("The bodies of nine people shot during Wednesday's demonstrations were lying in the mortuary of Kamuzu "
            "Central Hospital, its director, Dr Peter Chilenga, told the Times on Thursday.")
    assert sources_of(nlp, text, ["nine"]) == {"nine": "Kamuzu Central Hospital"}


def test_its_teams_count_for_the_organisation_not_for_the_survivors_named_since(nlp):
    # rule ``its_owner``: "its" is never a group of people; an organisation's own teams count for it
    text = ("At least 31 migrants drowned after a boat capsized on Tuesday, the International Organization for "
            "Migration said on Wednesday. Survivors told IOM staff that about 180 people had boarded the boat, the "
            "agency said in its statement. Its teams had registered 88 survivors, including 14 children.")
    assert sources_of(nlp, text, ["88"]) == {"88": "IOM"}


def test_a_reading_by_a_named_body_is_that_bodys(nlp):
    # rule ``statement_issuer``: "A reading of the aerial images by X puts the peak at ..." is X's
    text = ("A reading of the aerial images by the Example Observatorio Urbano at the Gabriel René Moreno "
            "university puts the peak at between 180,000 and 220,000.")
    assert sources_of(nlp, text, ["between 180,000 and 220,000"]) == {
        "between 180,000 and 220,000": "Example Observatorio Urbano"}


def test_a_diplomats_own_governments_estimate_is_the_governments(nlp):
    # rule ``own_government``: the government's estimate, relayed by the diplomat
    text = ("A Western diplomat in Tunis, speaking on condition of anonymity, put his government's estimate of the "
            "Wagner contingent across Libya at \"closer to 2,000\", about half of it around Sirte.")
    (c,) = claims_of(nlp, text, "closer to 2,000")
    assert (c.source_name, [v.name for v in c.via]) == ("Western government", ["Western diplomat"])
    text = "A senior Indian security official said his government's own assessment was \"closer to 12,000\" fighters."
    assert sources_of(nlp, text, ["closer to 12,000"]) == {"closer to 12,000": "Indian government"}


def test_armed_groups_trainers_and_a_forces_formations_are_deployed(nlp):
    # ``FORCE_NOUNS`` (militants, rebels, trainers, deputies ...) and ``EQUIPMENT_NOUNS`` (divisions,
    # squadrons, cutters, pirogues ...) with no other category word
    text = "A military spokesman said no more than 150 militants were still hiding in the hills near Kasai."
    assert [c.category for c in claims_of(nlp, text, "no more than 150")] == ["deployed"]
    text = "A Western official said there were only a few hundred trainers at the base, not combat units."
    assert [c.category for c in claims_of(nlp, text, "a few hundred")] == ["deployed"]
    text = "The senator said the agency had found at least 12 divisions near the border."
    assert [c.category for c in claims_of(nlp, text, "at least 12")] == ["deployed"]
    text = "Four cutters and a patrol plane searched the area through Sunday, the coast guard said."
    assert [c.category for c in claims_of(nlp, text, "Four")] == ["deployed"]


def test_members_of_a_force_or_armed_group_are_deployed_unless_the_sentence_counts_harm(nlp):
    # rule ``category_force_members``: "service members", "members of armed groups"; but "the dead
    # included 90 members of the security forces" stays a death toll
    text = "The ministry said about 900 US service members were at the airfield in March."
    assert [c.category for c in claims_of(nlp, text, "about 900")] == ["deployed"]
    text = "A lawmaker said about 1,400 members of Colombian armed groups operate near the border."
    assert [c.category for c in claims_of(nlp, text, "about 1,400")] == ["deployed"]
    text = "The monitor said the dead included 90 members of the security forces."
    assert [c.category for c in claims_of(nlp, text, "90")] == ["killed"]


def test_attackers_in_a_raid_are_not_a_deployment(nlp):
    # rule ``category_attackers``
    text = 'The governor said 3,000 "bandits" had attacked the town overnight.'
    assert [c.category for c in claims_of(nlp, text, "3,000")] == ["other"]


def test_civilians_who_left_a_place_are_displaced_but_passengers_who_left_a_port_are_not(nlp):
    # rule ``category_left_home``
    text = "The UN said about 3,200 families had left Kauda since the shelling began, most of them heading south."
    assert [c.category for c in claims_of(nlp, text, "about 3,200")] == ["displaced"]
    text = ("The boat capsized off the cape on Sunday. The survivor said 35 people left Nassau on the boat, "
            "and the search for the others went on.")
    assert [c.category for c in claims_of(nlp, text, "35")] == ["other"]


def test_new_arrivals_in_a_displacement_story_are_displaced(nlp):
    # rule ``displacement_story`` with the nouns that say who is uprooted ("arrivals", "applicants")
    text = ("Refugees keep fleeing the fighting. UNHCR said the camps now host more than 90,000 refugees "
            "who fled since June. The agency had counted about 12,000 new arrivals since the start of July, "
            "its spokeswoman said.")
    assert [c.category for c in claims_of(nlp, text, "about 12,000")] == ["displaced"]


_TWO_CANDIDATES = (
    "Kenya's state-funded human rights commission said 12 people had died in the clashes. "
    "The Kenya National Commission on Human Rights later put the toll at 14. "
    "The Kenya Human Rights Commission, a separate group, said 20 had died.")


def test_a_description_takes_the_first_named_body_with_its_words_and_never_an_unrelated_one(nlp):
    # rule ``description_then_name``: of two proper names that fit, the first mentioned; a
    # description whose own words are not in a name ("the transport ministry") keeps its words
    (c,) = claims_of(nlp, _TWO_CANDIDATES, "12")
    assert c.source.name == "Kenya National Commission on Human Rights"
    text = ("The UK Ministry of Defence said 2,300 personnel are assigned to the bases. "
            "The transport ministry said 37 military aircraft used the airports last year.")
    (c,) = claims_of(nlp, text, "37")
    assert c.source.name.lower() == "transport ministry"


def test_extraction_does_not_depend_on_string_hashing(tmp_path):
    # the same input gives the same claims in processes with different hash seeds
    import os
    import subprocess
    import sys
    path = tmp_path / "report.txt"
    path.write_text(_TWO_CANDIDATES)
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run([sys.executable, "-m", "crosscheck", "extract", str(path)], env=env,
                             capture_output=True, text=True, check=True)
        outs.add(res.stdout)
    assert len(outs) == 1 and '"12"' in next(iter(outs))


def test_a_reporting_clause_between_commas_before_the_figure_is_its_source(nlp):
    # rule ``parenthetical_said``
    text = ("Ana Ruiz, who heads the border post for the migration office, said 8,145 people had crossed on "
            "Friday. On Saturday and Sunday together, she said, 1,320 people had been admitted.")
    (c,) = claims_of(nlp, text, "1,320")
    assert c.source.name in ("Ana Ruiz", "migration office")


def test_by_a_bodys_own_count_the_figures_are_that_bodys(nlp):
    # rule ``by_their_count``
    text = "By the International Organization for Migration's estimate, several hundred people have drowned since 2019."
    (c,) = claims_of(nlp, text, "several hundred")
    assert c.source.name == "IOM"


def test_as_per_statements_given_by_witnesses_is_the_witnesses(nlp):
    # ``according_to`` also reads "as per"; ``released_by`` reads statements "given by" someone
    text = "As per statements given by survivors to the police, the boat had left the port with 41 people on board."
    (c,) = claims_of(nlp, text, "41")
    assert c.source.name == "survivors"


def test_a_paper_that_printed_a_figure_is_its_source(nlp):
    text = "At the other end, the Moscow daily Example Vechernyaya Gazeta printed 90,000."
    (c,) = claims_of(nlp, text, "90,000")
    assert c.source.name == "Vechernyaya Gazeta" or "Gazeta" in c.source.name


def test_a_report_that_a_named_group_released_is_the_groups(nlp):
    # rule ``released_by``, read from the words when the parser loses the relative clause
    text = ("At least 40 people have been killed since the vote, according to a report that the Example "
            "Lowveld Rights Trust, a Mbombela-based monitoring group, released on Tuesday.")
    (c,) = claims_of(nlp, text, "At least 40")
    assert c.source.name == "Example Lowveld Rights Trust"


def test_a_table_set_as_text_gives_its_columns_categories_and_its_introducers_source(nlp):
    # rule ``table_rows``; the blank lines between rows are how the cleaner sets them out
    text = ("The agency gave this breakdown by province at its Tuesday briefing. NDMA said the toll was 45.\n\n"
            "Province — dead — missing\n\nNorth — 27 — 4\n\nCoast — 18 — 2\n\n"
            "Rain is forecast for Friday.")
    got = {c.quantity.text: (c.category, c.source.name if c.source else None)
           for c in extract_claims(text, nlp=nlp, doc_id="t") if c.quantity}
    assert got["27"][0] == "killed" and got["4"][0] == "missing" and got["2"][0] == "missing"
    assert got["27"][1] == got["45"][1] == "NDMA"


def test_numbered_lines_with_a_dash_are_not_a_table(nlp):
    text = ("Zero — the arrests the police made during the march, according to its chief.\n\n"
            "17 — the students killed at the school in February, according to the sheriff's office.\n\n"
            "256 — the marchers interviewed at random by researchers from the Example Survey Lab.")
    got = {c.quantity.text: c for c in extract_claims(text, nlp=nlp, doc_id="t") if c.quantity}
    assert "category_table_column" not in got["256"].rules


def test_the_evaluator_accepts_a_name_the_text_gave_the_source(nlp):
    # gold "NADMA" against the registry's "National Disaster Management Agency", aliased "NADMA"
    from crosscheck.evaluate import same_source

    text = ("Floods have killed 50 people, the National Disaster Management Agency (NADMA) said on Tuesday. "
            "NADMA said six were missing.")
    (c,) = claims_of(nlp, text, "six")
    assert same_source("NADMA", c.source.name, c.source.aliases)
    assert not same_source("NADMA", c.source.name)
    assert not same_source("UNHCR", c.source.name, c.source.aliases)


def test_an_assessment_prepared_by_a_body_speaks_for_it_and_greeces_coast_guard_has_one_name(nlp):
    # ``released_by`` for the subject of the reporting verb; ``ORG_ALIASES`` (Hellenic Coast Guard)
    text = ("The 12-page assessment, prepared by the State Security Agency for the cabinet, says the "
            "alliance has about 300 vehicles.")
    (c,) = claims_of(nlp, text, "about 300")
    assert c.source.name == "State Security Agency"
    (c,) = claims_of(nlp, "The Greek coast guard said 14 people were missing.", "14")
    assert c.source.name == "Hellenic Coast Guard"


def test_killings_graves_remains_and_people_someone_buried_are_dead(nlp):
    # killed lexicon (killings, homicides, graves, sets of remains) and rule ``category_buried``
    text = "The ministry's figures show 148 homicides linked to armed groups in the department."
    assert [c.category for c in claims_of(nlp, text, "148")] == ["killed"]
    text = "Eight more sets of remains were found on Thursday, the sheriff's office said."
    assert [c.category for c in claims_of(nlp, text, "Eight")] == ["killed"]
    text = "The chief said volunteers had buried 52 people in a common grave on Tuesday."
    assert [c.category for c in claims_of(nlp, text, "52")] == ["killed"]
    text = "More than 200 people were buried by the landslide, the mayor said."
    assert [c.category for c in claims_of(nlp, text, "More than 200")] != ["killed"]


def test_a_breakdown_of_the_people_just_counted_keeps_their_source_and_category(nlp):
    # ``source_carry`` ("They were ...", "Some 3,400 of them") and ``category_they_were``
    text = ("The number of people killed in the attacks has risen to 24, the Ministry of Information said. "
            "They were 15 soldiers, three police officers and two prison officers.")
    for fig in ("15", "three", "two"):
        (c,) = claims_of(nlp, text, fig)
        assert c.source.name == "Information Ministry" and c.category == "killed"
    text = ("The commissioner said his office had registered 13,212 people at the transit centre. "
            "Some 3,400 of them arrived in the first week of January alone.")
    (c,) = claims_of(nlp, text, "Some 3,400")
    assert c.source is not None and "commissioner" in c.source.name.lower()
    text = ("The ministry said 24 people had died. They were rescued by 200 soldiers on Monday.")
    assert [c.category for c in claims_of(nlp, text, "200")] != ["killed"]


def test_dismissing_that_as_guesswork_denies_the_figure_just_before_only(nlp):
    # rule ``stance_on_figure`` with "as" hung on the object, and "that" reaching one sentence back
    text = ("The toll stands at 262, according to the Vietnam Disaster and Dyke Management Authority. "
            "The aid group Example Relief estimates that about 300 people have died. The authority's deputy "
            "director dismissed that as \"guesswork from outside the system\".")
    stances = [c.stance for c in claims_of(nlp, text, "about 300")]
    assert sorted(stances) == ["asserted", "denied"]
    text = ("The institute counts 9,860 people displaced. An official said the regional government was "
            "\"counting families who left for one night\". The regional government's spokesman dismissed that "
            "as \"an insult\".")
    assert [c.stance for c in claims_of(nlp, text, "9,860")] == ["asserted"]


def test_a_quantifier_beside_the_speaker_is_part_of_what_was_said(nlp):
    # ``_subject_of``: "most of them ..., the authority said" has two subjects; "most" is not the speaker
    text = ("The Portuguese National Maritime Authority said the boat sank at dawn. Twelve people were pulled "
            "from the sea alive, most of them by the crew of a trawler, the authority said.")
    (c,) = claims_of(nlp, text, "Twelve")
    assert c.source.name == "Portuguese National Maritime Authority"


def test_according_to_a_report_issued_by_a_body_names_that_body(nlp):
    # rule ``according_to`` + ``released_by``: "a report issued on Wednesday by X" (not bare "reports")
    text = ("Close to 8,000 people have been evacuated since Friday, according to a situation report issued "
            "on Wednesday by the UN humanitarian office, OCHA.")
    (c,) = claims_of(nlp, text, "Close to 8,000")
    assert c.source.name == "OCHA"
    (c,) = claims_of(nlp, "About 40 people died, according to reports.", "About 40")
    assert c.source is None


def test_a_sum_promised_in_a_second_verb_or_a_relative_clause_is_the_promisers(nlp):
    # rule ``appeal_subject`` through a conjunct verb and "which"; rule ``the_president``
    text = ("Floods in Accra have killed 150 people, Ghana's disaster agency said. The president has ordered "
            "three days of national mourning and promised 60 million cedis for relief.")
    (c,) = claims_of(nlp, text, "60 million cedis")
    assert c.source.name == "Ghanaian president" and c.source.affiliation == "Ghana"
    text = "The largest single pledge came from the European Union, which promised €77 million."
    (c,) = claims_of(nlp, text, "€77 million")
    assert c.source.name == "European Union"
    text = ("A Thai officer involved in planning, who asked not to be named, put the Chinese team at about 30 "
            "people.")
    (c,) = claims_of(nlp, text, "about 30")
    assert c.source is None or c.source.name != "planning"


def test_a_post_holder_of_a_named_organisation_speaks_for_it(nlp):
    # rule ``organisation_holder``; a country's office holder is left to other rules
    text = "Shannon Group's chief executive, Nora Fitzgibbon, said fees had brought in about €3.4 million."
    (c,) = claims_of(nlp, text, "about €3.4 million")
    assert c.source.name == "Shannon Group"
    text = "UNHCR's representative, Nora Fitzgibbon, said 300 people had arrived. Fitzgibbon said 20 more came."
    assert [c.source.name for c in claims_of(nlp, text, "300")] == ["UNHCR"]
    assert [c.source.name for c in claims_of(nlp, text, "20")] == ["UNHCR"]


def test_the_next_sentence_opening_with_the_people_counted_goes_on_with_the_source(nlp):
    # rule ``source_carry`` (plain); the outlet's own asides and other sentences keep its voice
    text = ("Rescuers have recovered 12 bodies, the civil protection authority said on Sunday. Eight people "
            "are still missing, six of them in Jablanica.")
    (c,) = claims_of(nlp, text, "Eight")
    assert c.source is not None and "civil protection authority" in c.source.name.lower()
    text = ("Survivors said 52 people had boarded the boat. If that is right, 40 people are unaccounted for.")
    assert [c.source for c in claims_of(nlp, text, "40")] == [None]
    text = ("The hospital said 31 people were being treated. The previous record, in 2019, was 40.")
    assert [c.source for c in claims_of(nlp, text, "40")] == [None]
    text = ("The hospital said 31 people were being treated.\n\nTwo had died overnight.")
    assert [c.source for c in claims_of(nlp, text, "Two")] == [None]


def test_a_director_of_a_hospital_named_by_its_place_speaks_for_it(nlp):
    # ``_body_in_phrase``: "director of the Ambilobe district hospital" (a lower-case body with a place name)
    text = ("Dr Hanta Rasoanirina, director of the Ambilobe district hospital, said 17 of the survivors had been "
            "admitted. Rasoanirina said two children were in a serious condition.")
    assert [c.source.name for c in claims_of(nlp, text, "17")] == ["Ambilobe district hospital"]
    assert [c.source.name for c in claims_of(nlp, text, "two")] == ["Ambilobe district hospital"]
    text = "Maria Lopes, a nurse from the district, said 17 people had been admitted."
    assert all(c.source.name != "district" for c in claims_of(nlp, text, "17"))


def test_members_of_an_armed_group_are_its_strength(nlp):
    # rule ``category_group_members``; a union's members or members arrested are not a force
    text = "The US State Department's latest terrorism report puts the EPP at between 20 and 30 members."
    assert [c.category for c in claims_of(nlp, text, "between 20 and 30")] == ["deployed"]
    text = "A police commander said fewer than 300 gang members were still thought to be inside."
    assert [c.category for c in claims_of(nlp, text, "fewer than 300")] == ["deployed"]
    assert [c.category for c in claims_of(nlp, "The union has 3,000 members.", "3,000")] == ["other"]
    text = "The army said 40 members of the armed group had been killed."
    assert [c.category for c in claims_of(nlp, text, "40")] == ["killed"]


def test_a_capitals_ministry_is_the_countrys(nlp):
    # rule ``capital_office``
    text = "China has sent 3,200 soldiers, according to Beijing's defense ministry."
    assert [c.source.name for c in claims_of(nlp, text, "3,200")] == ["Chinese defense ministry"]
    text = "Moscow's foreign ministry said 500 more would come."
    assert [c.source.name for c in claims_of(nlp, text, "500")] == ["Russian foreign ministry"]


def test_the_death_of_n_people_counts_the_dead(nlp):
    # rule ``category_death_of``: the word before the figure, not "injured" after it
    text = ("The earthquake caused the death of at least 337 persons, injured 1,042 others and destroyed "
            "some 16,000 dwellings, according to INDECI.")
    assert [c.category for c in claims_of(nlp, text, "at least 337")] == ["killed"]
    assert [c.category for c in claims_of(nlp, text, "1,042")] == ["wounded"]


def test_a_body_split_by_the_parser_or_named_with_its_spokesperson_keeps_its_whole_name(nlp):
    # rule ``split_body_name``; ``subunit_owner`` leaves "Eswatini's government spokesperson" to the government
    text = "11:30 — Interior ministry figures show 1,852 people evacuated on the right bank so far, including 105 children."
    assert [c.source.name for c in claims_of(nlp, text, "1,852")] == ["Interior ministry"]
    text = "Eswatini's government spokesperson, Thabile Mkhatshwa, said six people had died."
    assert [c.source.name for c in claims_of(nlp, text, "six")] == ["Eswatini government"]
    text = "The Coast Guard's public information officer, Lieutenant Shanice Charles, said nine bodies were found."
    assert [c.source.name for c in claims_of(nlp, text, "nine")] == ["Coast Guard"]


def test_a_bare_first_person_or_your_is_never_a_source_name(nlp):
    # rule ``first_person_source``: "By our count" with no speaker is the outlet; "Your report" in a
    # letter to the editor is the outlet's report; "US" is not "us"
    text = "By our count, 31,400 people are sleeping in the official shelters."
    assert [c.source for c in claims_of(nlp, text, "31,400")] == [None]
    text = 'Sir, — Your report of 19 May stated that "more than 40,000 Burundians" were living at Mahama camp.'
    assert [c.source for c in claims_of(nlp, text, "more than 40,000")] == [None]
    text = ("The United States sent about 3,600 service members, according to a statement from the US "
            "Indo-Pacific Command.")
    assert [c.source.name for c in claims_of(nlp, text, "about 3,600")] == ["US Indo-Pacific Command"]


def test_he_and_his_office_after_an_office_holder_named_without_speaking(nlp):
    # rules ``he_office_holder`` and ``his_office``
    text = ("In Naha, Okinawa's governor was unimpressed. \"A hundred is barely half a per cent,\" he told "
            "reporters. The prefecture hosts about 70 per cent of the land set aside for US forces, his office "
            "said in a statement.")
    assert [c.source.name for c in claims_of(nlp, text, "A hundred")] == ["Okinawa governor"]
    assert [c.source.name for c in claims_of(nlp, text, "about 70 per cent")] == ["Okinawa governor"]


def test_called_that_propaganda_and_said_its_own_figure(nlp):
    # rules ``denial_clause`` (through the conjoined verb that said the figure) and ``stance_target``
    text = ('An RUF spokesman claimed rebels had killed "more than 80" mercenaries. Executive Outcomes called '
            'that "propaganda for their village radio" and said two of its men had died.')
    assert [c.stance for c in claims_of(nlp, text, "two")] == ["asserted"]
    got = {(c.source.name, c.stance) for c in claims_of(nlp, text, "more than 80")}
    assert got == {("RUF", "asserted"), ("Executive Outcomes", "denied")}
    text = ('A Punjabi news channel had on Sunday reported that 20 Indians had died, a figure which the Belize '
            'Police Department termed "baseless".')
    got = {(c.source.name, c.stance) for c in claims_of(nlp, text, "20")}
    assert ("Belize Police Department", "denied") in got


def test_a_toll_dismissed_in_the_same_sentence_is_the_death_toll(nlp):
    # rule ``stance_target``: "a toll the government dismissed" after "22 killed and 100 injured"
    text = ("At least 22 people have been killed and more than 100 injured since protests began, the UN human "
            "rights office said on Monday, a toll the government dismissed as \"exaggerated\".")
    denied = [c.quantity.text for c in extract_claims(text, nlp=nlp) if c.quantity and c.stance == "denied"]
    assert denied == ["At least 22"]


def test_a_percentage_of_them_also_counts_that_share_of_the_figure_before(nlp):
    # rule ``share_of_previous`` for percentages ("some 40pc of them"), as for "a third of them"
    text = "UNHCR says 46,000 people have fled, and that El Obeid is now sheltering some 40pc of them."
    got = sorted((c.quantity.unit, c.quantity.low) for c in claims_of(nlp, text, "some 40pc"))
    assert got == [("count", 18400), ("percent", 40.0)]
    text = "The poll found 61 per cent of respondents opposed the bill."
    assert [c.quantity.unit for c in claims_of(nlp, text, "61 per cent")] == ["percent"]


@pytest.mark.parametrize("text, figure", [
    ("Seventeen people died in Matola over two nights, according to a police officer.", "over two"),
    ("Police seized about 200 kilograms of explosives, the commander said.", "about 200"),
    ("A state of emergency is declared for sixty (60) days in the department of Ica.", "sixty"),
    ("A state of emergency is declared for sixty (60) days in the department of Ica.", "60"),
    ("Our men have fished the river for three generations, the chairman said.", "three"),
    ("Most of the wounded were under 30, she said.", "under 30"),
    ("The fund will run short unless the retirement age rises from 50 to 55, the government says.", "55"),
])
def test_durations_weights_and_ages_are_not_claims(nlp, text, figure):
    # ``skip_measure`` (nights, generations, weights, a duration written twice) and ``skip_age``
    assert claims_of(nlp, text, figure) == []


def test_a_toll_over_a_number_is_still_a_claim(nlp):
    text = "Officials said the toll was over 30, and the wounded were under 100."
    assert [c.quantity.text for c in claims_of(nlp, text, "over 30")] == ["over 30"]
    assert [c.quantity.text for c in claims_of(nlp, text, "under 100")] == ["under 100"]


def test_a_figure_named_again_is_no_new_claim(nlp):
    # rule ``skip_restated``; a denial or another source restating it keeps its claim
    text = ("The state government said 64 people were killed on Tuesday. Residents counted 58 on Wednesday. "
            "Our arithmetic. The state's 64 and the residents' 58 add up to 122.")
    assert len(claims_of(nlp, text, "64")) == 1 and len(claims_of(nlp, text, "58")) == 1
    text = ("The governor put the toll at 64 on Tuesday. Police spokesman Dominic Wari called the figure of 64 "
            "\"a political number\".")
    assert len(claims_of(nlp, text, "64")) == 2


def test_a_body_named_in_a_spokespersons_title_is_not_the_last_speaker(nlp):
    # rule ``named_spokesperson``: "Police spokesman X" after a governor spoke is the police
    text = "The governor put the toll at 64 on Tuesday. Police spokesman Dominic Wari said 30 people were arrested."
    (c,) = claims_of(nlp, text, "30")
    assert "police" in c.source.name.lower()
    text = "The ministry said 64 people died. Ministry spokesman Ivan Petrov said 30 more were hurt."
    (c,) = claims_of(nlp, text, "30")
    assert "ministry" in c.source.name.lower()


def test_a_well_known_name_split_by_the_parser_keeps_its_acronym_out(nlp):
    # rule ``known_name_before`` with "(MSF)" between the name and the verb
    text = "Doctors Without Borders (MSF) said its teams had treated about 600 people a day over the past week."
    assert [c.source.name for c in claims_of(nlp, text, "about 600")] == ["Médecins Sans Frontières"]


def test_a_document_drawn_up_by_a_body_is_that_bodys_and_a_bare_document_points_back(nlp):
    # ``released_by`` for "document" (a statement noun), ``document_points_back`` otherwise
    text = ("The document, drawn up by the State Security Agency and dated 11 September, says about 3,000 "
            "soldiers guard the city.")
    assert [c.source.name for c in claims_of(nlp, text, "about 3,000")] == ["State Security Agency"]
    text = ("The Royal Thai Army's intelligence directorate has prepared an assessment for the cabinet. "
            "The document says about 3,000 fighters are active in the south.")
    (c,) = claims_of(nlp, text, "about 3,000")
    assert c.source is not None and c.source.name != "document"


def test_a_quotation_resumed_after_its_attribution_keeps_its_speaker_in_every_sentence(nlp):
    # ``quote_speaker``: sentences inside a resumed quotation, not only the one that opens it
    text = ('"We registered 1,150 new arrivals yesterday," said Mariam Sow-Keita, the UNHCR representative in '
            'Benin. "Most are women and children. The camp at Comè was built for 5,000 people, and it already '
            'holds close to 7,000. We are putting up tents."')
    (c,) = claims_of(nlp, text, "close to 7,000")
    assert c.source.name == "UNHCR"


def test_a_quotation_opened_by_a_reporting_verb_is_its_subjects(nlp):
    # ``quote_opener``; an opening quotation mark before "Suva says" never makes Suva the speaker
    text = ('The NDMO says nine people died on Koro. A man from Nabasovi told me, "Suva says nine. That is not '
            'right. We have buried eleven already, and two children are still missing."')
    (c,) = claims_of(nlp, text, "eleven")
    assert c.source.name == "Nabasovi man"


@pytest.mark.parametrize("text, figure, name", [
    ("A fisherman from Pebane said two boats sank.", "two", "Pebane fisherman"),
    ("One mother in Fnideq said 19 boys had gone.", "19", "Fnideq mother"),
    ("A resident of Karma who hid in a grain store said 23 people were shot.", "23", "Karma resident"),
])
def test_someone_known_by_where_they_live_is_named_by_the_place(nlp, text, figure, name):
    # rule ``local_person``
    assert [c.source.name for c in claims_of(nlp, text, figure)] == [name]


def test_a_range_parsed_as_a_conjunction_counts_the_noun_of_its_upper_end(nlp):
    # rule ``range_noun``: "between 2,000 and 2,500 military personnel"
    text = "Russia has between 2,000 and 2,500 military personnel in the Central African Republic, a UN panel said."
    (c,) = claims_of(nlp, text, "between 2,000 and 2,500")
    assert c.category == "deployed"


def test_officers_on_duty_are_deployed_and_a_conjoined_verb_with_its_own_object_is_not_theirs(nlp):
    # ``category_on_duty``; ``category_syntax`` stops at "detained four people" (an object of its own)
    text = "The force says it had 1,300 officers on duty and detained four people."
    assert [c.category for c in claims_of(nlp, text, "1,300")] == ["deployed"]


def test_a_bare_figure_after_a_force_or_people_uprooted_counts_the_same(nlp):
    # rule ``category_bare_carry``; never after a count of the dead ("They say 37.")
    text = ("The Pentagon will withdraw some 11,900 of the roughly 36,000 American troops based in Germany. "
            "The plan would leave about 24,000 in the country, he said.")
    assert [c.category for c in claims_of(nlp, text, "about 24,000")] == ["deployed"]
    text = "The coast guard said 12 people drowned. \"They say 37. I counted more than 40,\" the fisherman said."
    assert [c.category for c in claims_of(nlp, text, "more than 40")] == ["other"]


def test_a_share_worked_out_on_someones_figures_is_the_outlets_arithmetic(nlp):
    # rule ``share_on_their_figures`` (``possessive_scope``); a count in the frame stays theirs
    text = ("The committee said 137 bodies had been found. On the committee's figures, the 62 identified are "
            "fewer than half of the dead. On its numbers, the dead are roughly one in 12 of the national toll. "
            "By its count, four of them were children.")
    assert [c.source for c in claims_of(nlp, text, "fewer than half")] == [None]
    assert [c.source for c in claims_of(nlp, text, "roughly one in 12")] == [None]
    assert [c.source.name for c in claims_of(nlp, text, "four")] == ["committee"]


def test_a_figure_that_describes_the_speaker_is_the_outlets(nlp):
    # rule ``speaker_description``; not a count in the clause ("who counted"), not a complement clause
    text = ("The Example Grassfields Rights Centre, which has two observers in the courtroom, says its own list "
            "names 22 victims.")
    assert [c.source for c in claims_of(nlp, text, "two")] == [None]
    assert [c.source.name for c in claims_of(nlp, text, "22")] == ["Example Grassfields Rights Centre"]
    text = "Police, who counted 22,000 people, said the march was calm."
    assert [c.source.name for c in claims_of(nlp, text, "22,000")] == ["Police"]
    text = ("The Libyan Red Crescent, to which the figure of 11,300 had been widely attributed, said it had never "
            "given that figure.")
    assert {c.source.name for c in claims_of(nlp, text, "11,300") if c.source} >= {"Libyan Red Crescent"}


def test_a_figure_never_spends_or_appeals(nlp):
    # ``appeal_subject`` needs a subject that is not the figure itself
    text = "Thousands of people spent a second night in the open on the Greek side. The UN has appealed for $140 million."
    assert [c.source for c in claims_of(nlp, text, "Thousands")] == [None]
    assert [c.source.name for c in claims_of(nlp, text, "$140 million")] == ["UN"]


@pytest.mark.parametrize("text, figure", [
    ("More than 31,000 people have been driven from their homes in the three Tongu districts, NADMO said.", "More than 31,000"),
    ("Some 1,500 people have had to leave them, the departmental government says.", "Some 1,500"),
    ("NEMO says about 300 people are still in temporary housing.", "about 300"),
    ("Police turned back 400 migrants at the border post, the ministry said.", "400"),
    ("The school's director told me about 2,300 people are sleeping in the classrooms.", "about 2,300"),
])
def test_people_driven_out_turned_back_or_housed_for_it_are_displaced(nlp, text, figure):
    # ``category_window``/``category_syntax`` with the displacement phrases of CATEGORY_PHRASES
    assert [c.category for c in claims_of(nlp, text, figure)] == ["displaced"]


def test_who_after_a_participle_phrase_is_the_person_it_describes(nlp):
    # rule ``relative_subject``; ``category_force_size`` for "put the team at about 30 people"
    text = ("A Thai officer involved in planning, who asked not to be named, put the Chinese team at about 30 "
            "people.")
    (c,) = claims_of(nlp, text, "about 30")
    assert c.source.name == "Thai officer" and c.category == "deployed"


def test_a_closing_speaker_parsed_as_an_apposition_still_speaks(nlp):
    # rule ``trailing_cue_clause`` with the speaker hung on the place before it, and its "citing" relay
    text = ("Three people drowned and four are missing after a small boat carrying migrants from Algeria "
            "overturned in heavy seas off Sant'Antioco, in south-western Sardinia, the prefect of Cagliari "
            "told a briefing on Friday.")
    assert [c.source.name for c in claims_of(nlp, text, "Three")] == ["Cagliari prefect"]


def test_a_share_with_of_them_left_out_counts_what_the_figure_before_counts(nlp):
    # rule ``category_share_of_them`` without "of them", on a share ``modified_share`` finds
    text = ("Moscow says some 2,500 troops were deployed for the drills. By our arithmetic, roughly "
            "three-quarters were Russian.")
    assert [c.category for c in claims_of(nlp, text, "roughly three-quarters")] == ["deployed"]


def test_a_spokesperson_for_the_body_named_before_speaks_for_it(nlp):
    # rule ``spokesperson_for_the_body``, also when the parser does not tag the name as a person
    text = ('At least 60 civilians were killed, the UN human rights office told the regular briefing on Tuesday.\n\n'
            '"Our colleagues have documented the deaths of two priests," said Ravina Okonkwo-Dahl, a spokeswoman '
            'for the office. "The site was sheltering some 26,000 people before the attack."')
    assert [c.source.name for c in claims_of(nlp, text, "some 26,000")] == ["UN Human Rights Office"]
    assert [c.source.name for c in claims_of(nlp, text, "two")] == ["UN Human Rights Office"]


def test_what_relatives_report_to_a_body_is_the_bodys_count_registered_as_what_they_say(nlp):
    # rules ``reported_to_body`` and ``category_registered_as``; "relatives in Fujian" stay a source
    text = ("The National Emergency Management Agency (NEMA) said on Wednesday that relatives had registered "
            "2,500 people as missing.")
    (c,) = claims_of(nlp, text, "2,500")
    assert c.source.name == "National Emergency Management Agency" and c.category == "missing"
    text = "The Chinese embassy in London said relatives in Fujian had reported more than 30 men missing."
    (c,) = claims_of(nlp, text, "more than 30")
    assert "relatives" in c.source.name


def test_a_transcript_label_for_a_minister_is_the_ministry_of_the_datelines_country(nlp):
    # ``transcript_speaker`` (``role_label``) through the minister named in the introduction, the
    # country of an upper-case capital dateline, and ``one_body_twice``
    text = ("SKOPJE — What follows is an edited transcript of the news conference that Interior Minister Vesna "
            "Trajkovska and the ministry's spokesman, Goran Petkoski, gave on Sunday evening.\n\n"
            "MINISTER: The operation lasted more than 30 hours. Eight police officers were killed and 37 were "
            "wounded.")
    assert [c.source.name for c in claims_of(nlp, text, "Eight")] == ["North Macedonian interior ministry"]
    text = "SKOPJE — Interior Minister Vesna Trajkovska said eight police officers were killed."
    assert [c.source.name for c in claims_of(nlp, text, "eight")] == ["North Macedonian interior ministry"]


@pytest.mark.parametrize("text, figure, category", [
    ("The base has barracks for some 16,000 soldiers, the daily says.", "some 16,000", "other"),
    ("The new base would be able to house up to 5,000 Marines, an official said.", "up to 5,000", "other"),
    ("The motion passed with 96 of the 150 deputies voting in favour.", "96", "other"),
    ("Russia has 3,000 soldiers at Kamenka, officials said.", "3,000", "deployed"),
])
def test_soldiers_a_base_can_hold_and_deputies_in_a_vote_are_no_deployment(nlp, text, figure, category):
    # rule ``category_capacity``
    assert [c.category for c in claims_of(nlp, text, figure)] == [category]


def test_he_is_never_a_group_named_with_the(nlp):
    # rule ``he_is_one``: "The Houthis had also moved ..., he said" is the lawmaker who spoke before
    text = ("Ali al-Sharabi, who sits on the committee, said 50 were killed. The Houthis had also moved about 300 "
            "armed pickup trucks and 40 tanks towards the city, he said.")
    assert [c.source.name for c in claims_of(nlp, text, "about 300")] == ["Ali al-Sharabi"]


@pytest.mark.parametrize("text, figure", [
    ("Corporal Derlis Ayala, 29, of Coronel Oviedo.", "29"),
    ("Ko Thiha Zaw, 34, repairs motorbikes for a living.", "34"),
    ("The oldest was a woman of 70, he said.", "70"),
    ("I spoke to Amélia, a mother of four, who came from Buzi.", "four"),
])
def test_an_age_after_a_name_or_a_person_of_n_is_not_a_claim(nlp, text, figure):
    # rule ``skip_name_age`` (``skip_age``); "Police said 40 were hurt, 12, or 30 percent, seriously" keeps its 12
    assert claims_of(nlp, text, figure) == []
    assert len(claims_of(nlp, "Police said 40 were hurt, 12, or 30 percent, seriously.", "12")) == 1


@pytest.mark.parametrize("text, denial", [
    ("The Lima daily La Crónica reported on Monday, citing an army officer, that soldiers had buried "
     "\"more than 40\" protesters. The Defence Ministry called the report \"fiction\".",
     ("more than 40", "Defence Ministry")),
    ("The daily Avaz reported on Sunday, citing police sources, that 11 of the dead had been buried by rock. "
     "The quarry's operator, Kamen, dismissed the report as \"speculation dressed up as news\".",
     ("11", "Kamen")),
])
def test_dismissing_the_report_just_before_denies_its_figure(nlp, text, denial):
    assert _denials(nlp, text) == [denial]


def test_dismissing_the_report_of_an_older_story_is_no_denial(nlp):
    text = ("The daily Avaz reported on Sunday that 11 of the dead had been buried by rock. "
            "Rescuers worked through the night. Nobody slept. "
            "The operator dismissed the report as \"speculation\".")
    assert _denials(nlp, text) == []


def test_calling_that_impossible_denies_the_figure_just_before(nlp):
    text = ("A Lisbon tabloid reported on Monday that 70 people had been on the bus. "
            "The coach's operator called that \"impossible\", saying the vehicle had 55 seats.")
    assert _denials(nlp, text) == [("70", "coach's operator")]


def test_that_figure_points_back_past_the_speakers_own_figure(nlp):
    text = ("The police counted 35,000 people in the main column. The union federation calls that figure "
            "\"a joke\" and puts the crowd at more than 250,000.")
    assert _denials(nlp, text) == [("35,000", "union federation")]


@pytest.mark.parametrize("text, source", [
    ("Sea-Watch said that 60 people had died. A spokesman for the Libyan coast guard said 19 were rescued.",
     "Libyan coast guard"),
    ("Sea-Watch said that 60 people had died. A spokesman for the Libyan coast guard's western sector "
     "said 19 were rescued.", "Libyan coast guard"),
])
def test_a_spokesman_for_a_body_word_speaks_for_it(nlp, text, source):
    (c,) = claims_of(nlp, text, "19")
    assert c.source.name == source


def test_a_titled_label_speaks_for_the_ministry_its_minister_was_introduced_with(nlp):
    text = ("What follows is an edited record of the exchange between opposition deputies and the Minister "
            "for Integration, Deirdre Cullinane, with the Record's notes.\n\n"
            "Minister Cullinane: As of Sunday, 1,750 male applicants had not been offered accommodation.")
    (c,) = claims_of(nlp, text, "1,750")
    assert c.source.name == "Ministry of Integration"


def test_a_titled_label_with_a_surname_is_the_person_named_in_full_before(nlp):
    text = ("Deputy Niamh Kearney (Sinn Féin): How many men are sleeping rough tonight?\n\n"
            "Deputy Kearney: Some hotel owners are being paid up to €120 a night.")
    (c,) = claims_of(nlp, text, "up to €120")
    assert c.source.name == "Niamh Kearney"


def test_a_verb_read_as_a_noun_is_not_part_of_the_source(nlp):
    text = "15:30 — The interior ministry rejects reports that police injured \"dozens\" on Friday."
    (c,) = claims_of(nlp, text, "dozens")
    assert c.source.name == "interior ministry"


def test_an_acronym_in_brackets_after_a_cited_body_is_its_alias(nlp):
    text = ("WHEREAS, according to the preliminary report of the National Institute of Civil Defence (INDECI), "
            "the earthquake caused the death of at least 337 persons.")
    (c,) = claims_of(nlp, text, "at least 337")
    assert c.source.name == "National Institute of Civil Defence" and "INDECI" in c.source.aliases


@pytest.mark.parametrize("intro, source", [
    ("ANCHOR: We have a recording made earlier today with the NDMO's director in Suva.", "NDMO"),
    ("The NDMO says nine people died on Koro.", "NDMO"),
])
def test_a_role_label_is_the_role_introduced_with_a_possessive_and_keeps_its_acronym(nlp, intro, source):
    text = intro + "\n\nNDMO DIRECTOR (recorded): We now have more than 62,000 people in 758 evacuation centres."
    (c,) = claims_of(nlp, text, "758")
    assert c.source.name == source


@pytest.mark.parametrize("text, figure, source", [
    ("A rights group, the Example Kisal Observatory, posted on Facebook that at least 74 civilians had been killed. "
     "On Thursday morning it updated the post: the toll it had documented had climbed to 92.", "92",
     "Example Kisal Observatory"),
    ("Several papers carried the figure of 431 Iraqis flown from Minsk to Erbil on Thursday, which Iraq's foreign "
     "ministry gave that evening.", "431", "Iraqi foreign ministry"),
    ("The figure of 300, which the army gave on Monday, has not changed.", "300", "army"),
])
def test_who_gave_a_figure_in_a_relative_clause_is_its_source(nlp, text, figure, source):
    (c,) = claims_of(nlp, text, figure)
    assert c.source.name == source


def test_a_relative_clause_giving_another_figure_is_not_the_source(nlp):
    text = "The toll rose to 40 on Friday, above the 35 which the ministry gave on Thursday."
    (c,) = claims_of(nlp, text, "40")
    assert c.source is None or c.source.name != "ministry"


@pytest.mark.parametrize("text, figure, source", [
    ("A poll published this week by the Example Centre for Public Opinion found that 71 per cent of Panamanians "
     "want the contract annulled.", "71 per cent", "Example Centre for Public Opinion"),
    ("In a poll of 1,200 adults published on Sunday by Example Opina Perú, 54 per cent said they opposed the "
     "presence of foreign troops.", "54 per cent", "Example Opina Perú"),
    ("In a poll of 1,200 adults published on Sunday by Example Opina Perú, 54 per cent said they opposed the "
     "presence of foreign troops.", "1,200", "Example Opina Perú"),
    ("A telephone poll of 600 Sucre residents for the daily Example Correo Chuquisaqueño, published on Sunday, "
     "found that 81 per cent back the committee's demand.", "81 per cent", "Example Correo Chuquisaqueño"),
    ("The firm Example Opinión Pública questioned 1,200 adults for a poll published on Sunday.", "1,200",
     "Example Opinión Pública"),
])
def test_a_polls_figures_are_the_pollsters(nlp, text, figure, source):
    (c,) = [c for c in claims_of(nlp, text, figure) if not {"share_of_previous", "share_of_sample"} & set(c.rules)]
    assert c.source.name.endswith(source)



def test_a_titled_name_the_parser_misses_is_still_a_person_of_a_body(nlp):
    text = ("Superintendent Gwyn Morgan of the Merthyr Tydfil Borough Police told the hearing that 144 bodies had "
            "been recovered: 116 children and 28 adults.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert {c.source.name for c in claims.values()} == {"Merthyr Tydfil Borough Police"}
    assert claims["116"].category == claims["28"].category == "killed"  # a breakdown after a colon


def test_an_update_issued_below_and_printed_in_full_is_the_issuers_even_under_its_own_title(nlp):
    text = ("The UN refugee agency's office in Bratislava issued the flash update below on Thursday evening, and "
            "we print it in full.\n\n"
            "FLASH UPDATE No. 2. Slovakia, arrivals from Ukraine.\n\n"
            "KEY POINTS\n\n"
            "(1) Women and children make up about 85 per cent of arrivals.\n\n"
            "(2) About 2,100 people have applied for temporary protection in Slovakia.\n\n"
            "The Herald asked the police for comment. Officers said 40 people were turned back.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert claims["About 2,100"].source.name == claims["about 85 per cent"].source.name == "UNHCR"
    assert claims["40"].source is None or claims["40"].source.name != "UNHCR"



def test_a_prefectural_government_is_the_prefectures(nlp):
    text = ("KORIYAMA, Japan, March 17 — About 110,000 people are now living in some 400 evacuation shelters "
            "across Fukushima prefecture, the prefectural government said on Thursday.")
    (c,) = claims_of(nlp, text, "About 110,000")
    assert c.source.name == "Fukushima prefectural government"


def test_a_bare_baseline_counts_what_the_people_before_it_count_not_the_shelters(nlp):
    text = ("About 110,000 people are now living in some 400 evacuation shelters across Fukushima prefecture, "
            "the prefectural government said on Thursday, a rise from 80,000 on Monday.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert claims["80,000"].category == claims["About 110,000"].category == "displaced"
    assert claims["some 400"].category == "other"


def test_a_part_of_a_total_named_again_counts_what_the_total_counted(nlp):
    text = ("Nine people died in the raids, the ministry said. Four of the nine were police officers, two were "
            "commune officials and three were residents.")
    claims = [c for c in extract_claims(text, nlp=nlp) if c.quantity]
    assert [c.quantity.text for c in claims] == ["Nine", "Four", "two", "three"]  # "the nine" is no new claim
    assert {c.category for c in claims} == {"killed"}


def test_a_total_named_again_after_of_the_is_no_claim_whoever_gave_it(nlp):
    text = ("The navy said it had rescued 29 people. The hospital said 17 of the 29 were still being treated.")
    assert [c.quantity.text for c in extract_claims(text, nlp=nlp) if c.quantity] == ["29", "17"]


def test_a_word_number_named_again_with_the_is_no_new_claim(nlp):
    text = "The navy said it had rescued five people. The navy said the five were taken to hospital in Oran."
    assert [c.quantity.text for c in extract_claims(text, nlp=nlp) if c.quantity] == ["five"]


def test_clauses_joined_to_a_sourced_figure_go_on_with_its_source(nlp):
    text = ("Nine people died in the raids, the ministry said. Four of the nine were police officers, two were "
            "commune officials and three were residents.")
    assert {c.source.name for c in extract_claims(text, nlp=nlp) if c.quantity} == {"ministry"}


def test_a_joined_clause_with_a_speaker_of_its_own_keeps_it(nlp):
    text = "Police counted 22,000 people, and the organisers said 55,000 had marched."
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert claims["55,000"].source.name == "organisers"


def test_an_age_is_no_part_of_a_role_name(nlp):
    text = "At the new site in Rio Branco, a 31-year-old Haitian builder said he had paid smugglers $3,500."
    (c,) = claims_of(nlp, text, "$3,500")
    assert c.source.name == "Haitian builder"


def test_citing_a_bodys_list_cites_the_body_and_a_clause_on_the_figure_names_its_giver(nlp):
    text = ("The chamber counts 168 people who died in Krymsk district, citing the regional health ministry's "
            "final list, three fewer than the 171 that the Emergencies Ministry announced on 14 July.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert claims["168"].source.name == "regional health ministry"
    assert claims["171"].source.name == "Emergencies Ministry"


def test_a_sum_named_again_with_a_determiner_is_no_new_claim(nlp):
    text = ("The ministry said the cost was estimated at £105 million. "
            "The ministry said the £105 million would be met from reserves.")
    assert [c.quantity.text for c in extract_claims(text, nlp=nlp) if c.quantity] == ["£105 million"]


def test_messages_received_below_from_a_bodys_staff_are_that_staffs(nlp):
    text = ("HODONÍN — Residents of the district who had signed up for the South Moravian Region's warning service "
            "received the text messages below from its crisis staff between Thursday evening and Friday morning. "
            "We print them as they were sent.\n\n"
            "THU 19:52. WARNING. Tornado has hit villages south of Hodonín. Fire service on site with 60 units.\n\n"
            "THU 23:35. Three dead confirmed. About 150 people taken to hospital.\n\n"
            "The mayor of Hrušky said on Friday that 40 houses had no roof.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert claims["Three"].source.name == claims["About 150"].source.name == "South Moravian Region crisis staff"
    assert claims["40"].source.name != "South Moravian Region crisis staff"


def test_a_summary_reproduced_below_under_labels_is_the_issuers(nlp):
    text = ("BANGUI — Fighting in Ndélé killed at least 41 civilians, according to a report the Example "
            "Centrafrique Rights Monitor released on Tuesday. The Ledger reproduces the report's executive summary "
            "and key findings below.\n\n"
            "EXECUTIVE SUMMARY. From 29 April to 1 May 2020, two factions fought for Ndélé.\n\n"
            "KEY FINDINGS.\n\n"
            "(1) About 70 people were wounded.\n\n"
            "(2) Some 1,300 homes were burned.")
    claims = {c.quantity.text: c for c in extract_claims(text, nlp=nlp) if c.quantity}
    assert {claims[f].source.name for f in ("at least 41", "About 70", "Some 1,300")} == {
        "Example Centrafrique Rights Monitor"}


def test_a_roles_field_is_no_part_of_the_body_it_speaks_for(nlp):
    text = '"We ask for little," the UN humanitarian coordinator said. She said the UN had released $5 million.'
    (c,) = claims_of(nlp, text, "$5 million")
    assert c.source.name in ("UN", "United Nations")


def test_the_red_cross_federation_is_one_body_in_the_registry(nlp):
    text = ("The International Federation of Red Cross and Red Crescent Societies said it had drawn 480,000 Swiss "
            "francs from its disaster relief reserve.")
    (c,) = claims_of(nlp, text, "480,000 Swiss francs")
    assert c.source.name == "IFRC"


def test_a_name_cut_at_an_apostrophe_is_still_the_whole_name(nlp):
    text = ("A charity that works in Alta Verapaz, the Example Q'eqchi' Families Network, says at least 2,000 "
            "families have left.")
    (c,) = claims_of(nlp, text, "at least 2,000")
    assert c.source.name.startswith("Example Q'eqchi") and c.source.name.endswith("Families Network")


@pytest.mark.parametrize("text, figure", [
    ("On those numbers, between about 220 and 570 people are unaccounted for, and nobody here expects to find "
     "them alive.", "about 220"),
    ("Some 23 rivers and streams burst their banks, and about 280 landslides have been recorded.", "about 280"),
])
def test_nobody_in_particular_and_counted_things_are_no_source(nlp, text, figure):
    (c,) = claims_of(nlp, text, figure)
    assert c.source is None


def test_a_trailing_figures_show_gives_the_clause_it_trails(nlp):
    text = ("ROME — Sardinia has received about 1,400 migrants by sea this year, nearly all of them on small boats, "
            "the interior ministry's figures show.")
    (c,) = claims_of(nlp, text, "about 1,400")
    assert c.source.name.endswith("interior ministry")


def test_a_live_blogs_time_stamp_is_no_part_of_a_source(nlp):
    from crosscheck.extract.attribution import Mention, core_name
    assert core_name(Mention(text="12:55 Organisers", start=0, end=16)) == "Organisers"
