"""Rules prompted by the wider development set (eval/dev -07/-08), each tested on new sentences."""

from __future__ import annotations

from conftest import claims_of, sources_of

from crosscheck import extract_claims


def test_described_role_points_back_to_the_named_body(nlp):
    text = ("The Iraq Body Count project said 312 civilians had died in the offensive. The London-based group "
            "said 41 of them were children.")
    (c,) = claims_of(nlp, text, "41")
    assert c.source.name == "Iraq Body Count project"


def test_described_role_with_a_word_the_body_lacks_is_a_new_source(nlp):
    text = ("The health ministry said 90 people had been killed. The interior ministry said 14 police officers "
            "were among them.")
    (c,) = claims_of(nlp, text, "14")
    assert c.source.name != "health ministry"


def test_the_same_team_is_who_was_just_named(nlp):
    text = ("Engineers at Example Polytechnic who counted heads in drone images put the crowd at 52,000. "
            "In a second count by the same team, 61% of marchers were under 30.")
    (c,) = claims_of(nlp, text, "61%")
    (first,) = claims_of(nlp, text, "52,000")
    assert c.source.name == first.source.name and "same" not in c.source.name


def test_the_site_points_back_to_the_outlet_named_before(nlp):
    text = ("The news site Example Ledger reported that 300 men had been recruited. The recruits were offered "
            "$2,000 a month, the site said.")
    (c,) = claims_of(nlp, text, "$2,000 a month")
    assert c.source.name == "Example Ledger"


def test_said_and_dismissed_is_one_speaker(nlp):
    text = ("A group of doctors said 212 people had been killed. The governor's spokeswoman said on radio that "
            "19 people had died, and dismissed the doctors' figure as propaganda.")
    denied = [c for c in claims_of(nlp, text, "212") if c.stance == "denied"]
    assert denied and "governor" in denied[0].source.name.lower()
    (c,) = claims_of(nlp, text, "19")
    assert c.stance == "asserted" and "governor" in c.source.name.lower()


def test_a_denial_phrase_in_one_clause_does_not_deny_the_other(nlp):
    text = ("A police spokesman said the organisers' count was \"wildly inflated\" and that 35,000 people had "
            "taken part.")
    (c,) = [c for c in claims_of(nlp, text, "35,000") if c.stance == "asserted"]
    assert "police" in c.source.name.lower()


def test_stance_owner_names_whose_figure_is_denied(nlp):
    text = ("Villagers said 57 people had been killed, and the regional hospital counted 31 wounded. "
            "The army dismissed the villagers' figure as exaggerated.")
    denied = [c for c in extract_claims(text, nlp=nlp) if c.stance == "denied" and c.quantity]
    assert [c.quantity.text for c in denied] == ["57"]


def test_a_leaked_figure_is_the_figure_of_the_leaked_document(nlp):
    text = ("Leaked hospital records show 640 soldiers were treated in March. A military spokesman said 80 were "
            "treated and called the leaked figure a fabrication.")
    denied = [c for c in extract_claims(text, nlp=nlp) if c.stance == "denied" and c.quantity]
    assert [c.quantity.text for c in denied] == ["640"]


def test_figures_released_by_a_body_are_its(nlp):
    (c,) = claims_of(nlp, "About 1.2 million people have fled the region, according to figures released on Monday "
                          "by ACAPS, a humanitarian analysis group.", "About 1.2 million")
    assert c.source.name == "ACAPS" and c.category == "displaced"


def test_figures_from_a_body_named_in_apposition(nlp):
    (c,) = claims_of(nlp, "Some 9,800 peacekeepers serve there, according to figures from the UN mission, "
                          "UNMISS.", "Some 9,800")
    assert c.source.name == "UNMISS" and c.category == "deployed"


def test_page_ranges_are_not_figures(nlp):
    text = "The findings, on pages 14 to 19 of the report, say 230 people were detained."
    assert [c.quantity.text for c in extract_claims(text, nlp=nlp) if c.quantity] == ["230"]


def test_sought_shelter_and_left_the_country_are_displacement(nlp):
    (c,) = claims_of(nlp, "Officials said about 6,000 residents had sought shelter at the stadium.", "about 6,000")
    assert c.category == "displaced"
    (c,) = claims_of(nlp, "More than 400,000 Nicaraguans have left their country since 2018, the agency said.",
                     "More than 400,000")
    assert c.category == "displaced"


def test_instructors_and_advisers_are_a_force(nlp):
    (c,) = claims_of(nlp, "The ministry said about 400 foreign instructors were in the country.", "about 400")
    assert c.category == "deployed"


def test_a_panel_of_experts_is_not_anonymous(nlp):
    text = ("A UN panel of experts said at least 90 civilians had been killed. It said 12 of them were women.")
    (c,) = claims_of(nlp, text, "12")
    assert c.source.name == "UN panel of experts"


def test_a_salary_a_month_is_a_money_rate(nlp):
    (c,) = claims_of(nlp, "Recruits were promised 180,000 roubles a month, the site said.", "180,000 roubles a month")
    assert c.quantity.unit == "rate" and c.category == "other"


def test_leaked_records_are_a_source(nlp):
    (c,) = claims_of(nlp, "Leaked payroll records show 1,200 foreigners signed up in May.", "1,200")
    assert c.source.name.lower() == "leaked payroll records"


def test_p_m_followed_by_a_sentence_opener_ends_the_sentence(nlp):
    text = ("Volunteers counted 8,000 people at the square shortly after 6 p.m. In a later count by the same "
            "volunteers, 30% were students.")
    (c,) = claims_of(nlp, text, "30%")
    assert not c.via and c.sentence.text.startswith("In a later count")


def test_a_figure_is_never_the_subject_that_speaks(nlp):
    text = "Pollsters for the university asked 900 marchers; 62% said it was their first protest."
    (c,) = claims_of(nlp, text, "62%")
    assert c.source is None or "62" not in c.source.name


def test_a_company_named_in_apposition_misparsed_as_the_root(nlp):
    text = ("A mobile data company, Example Flow, estimated from phone signals that roughly 380,000 people "
            "visited the square. About 35% of them were under 30, the company said.")
    for figure in ("roughly 380,000", "About 35%"):
        claims = claims_of(nlp, text, figure)  # "About 35% of them": the share and its count
        assert claims and all(c.source.name == "Example Flow" for c in claims), figure


def test_a_dateline_is_never_the_source(nlp):
    text = "KHARTOUM, Sudan — The health ministry said on Monday that 57 people had been killed."
    (c,) = claims_of(nlp, text, "57")
    assert c.source.name.lower() == "sudanese health ministry"  # the dateline names the country, never the source


def test_and_inside_an_organisation_name_is_one_body(nlp):
    (c,) = claims_of(nlp, "U.S. Customs and Border Protection said 1,800 people were stopped at the border.", "1,800")
    assert c.source.name == "U.S. Customs and Border Protection" and not c.source.members


def test_an_organisation_name_split_by_the_tagger_is_joined(nlp):
    (c,) = claims_of(nlp, "According to a preliminary report by the Geological Survey of India, 300 houses were "
                          "buried.", "300")
    assert c.source.name == "Geological Survey of India"


def test_a_capital_speaks_for_its_country(nlp):
    (c,) = claims_of(nlp, "Phnom Penh said 12 soldiers had been killed in the clashes.", "12")
    assert c.source.name == "Cambodia"


def test_a_spokesperson_named_in_apposition_keeps_speaking_for_the_body(nlp):
    text = ("At least 38 migrants drowned, the International Organization for Migration said. The agency's "
            "spokeswoman, Helena Okafor, said the boat had carried 66 people. \"We counted 14 children among "
            "the survivors,\" Okafor said.")
    (c,) = claims_of(nlp, text, "14")
    assert c.source.name == "IOM"


def test_people_a_body_cannot_account_for_are_missing(nlp):
    (c,) = claims_of(nlp, "The prefecture said the number of residents it could not account for rose to 242.", "242")
    assert c.category == "missing"


def test_aircraft_tracked_near_a_border_are_deployed(nlp):
    (c,) = claims_of(nlp, "The defence ministry said it had tracked 45 military aircraft near the island.", "45")
    assert c.category == "deployed"


def test_its_figures_point_to_an_organisation_named_without_speaking(nlp):
    text = ("In Turkey, the disaster agency AFAD is the only official source. Its figures put the number killed "
            "at 18,991.")
    (c,) = claims_of(nlp, text, "18,991")
    assert c.source.name == "AFAD"


def test_a_post_holder_of_a_body_named_before_speaks_for_it(nlp):
    # rule ``organisation_holder`` with "the unit's", "the society's": the body named before
    text = ("The Zambia Disaster Management and Mitigation Unit has sent boats. The unit's provincial "
            "coordinator, Memory Hang'andu, said three people were still missing.")
    (c,) = claims_of(nlp, text, "three")
    assert c.source.name == "Zambia Disaster Management and Mitigation Unit"
    text = ("The Kenya Red Cross said 52 people had been killed. Of the dead, 31 were women, the society's "
            "coast coordinator, Halima Dida, told the Observer.")
    (c,) = claims_of(nlp, text, "31")
    assert c.source.name == "Kenya Red Cross"
    # with no unit named before, the person is recorded by name (never a bare "unit")
    (c,) = claims_of(nlp, "The unit's coordinator, Memory Hang'andu, said three people were missing.", "three")
    assert c.source.name == "Memory Hang'andu"


def test_an_officer_who_commands_a_named_unit_speaks_for_it(nlp):
    # rule ``rank_commands_body``: the unit by its whole name, and "Colonel Reeve" later too
    text = ('"Training here has never been busier," said Lieutenant Colonel Alastair Reeve, who commands the '
            'British Army Training Support Unit Belize (BATSUB). "Our permanent staff is 42 British personnel." '
            "Asked whether aircraft would come, Colonel Reeve said three Puma helicopters would arrive.")
    for fig in ("42", "three"):
        (c,) = claims_of(nlp, text, fig)
        assert c.source.name.startswith("British Army Training Support Unit Belize"), fig


def test_a_report_someone_is_asked_to_confirm_keeps_its_own_source(nlp):
    # rule ``asked_to_confirm``: the report's figure is the paper's; a "no" is a not_acknowledged claim
    text = ("Asked whether he could confirm a report in the regional daily Example Lappi that some 400 people "
            "were waiting at Alakurtti, the Border Guard spokesman said he could not confirm any figure.")
    cs = claims_of(nlp, text, "some 400")
    assert sorted((c.source.name, c.stance) for c in cs) == [
        ("Border Guard", "not_acknowledged"), ("Example Lappi", "asserted")]
    text = ("Asked whether the office could confirm reports in the Kinshasa press that as many as 1,000 people "
            "had died, Holmqvist said it could not.")
    cs = claims_of(nlp, text, "as many as 1,000")
    assert [(c.source.name, c.stance) for c in cs][0] == ("Kinshasa press", "asserted")
    assert [c.stance for c in cs][1:] == ["not_acknowledged"]
    # a "yes" is no stance claim
    text = "Asked whether he could confirm a report that 400 people were waiting, the spokesman said yes."
    assert [c.stance for c in claims_of(nlp, text, "400")] == ["asserted"]


def test_a_claim_someone_declines_to_confirm_stays_asserted_by_its_maker(nlp):
    # ``asked_to_confirm``'s stance: the unions' claim as they made it, the minister's refusal apart;
    # "Arosemena", tagged as a body, is still the minister "he" points back to (``he_is_one``)
    text = ("Panama's public security minister, Rodolfo Arosemena, said 12,000 people marched. Asked whether "
            "the government would talk, Arosemena said the president \"listens to everyone\". He also declined "
            "to confirm a claim by the teachers' unions that 1,500 officers had been moved in.")
    cs = claims_of(nlp, text, "1,500")
    assert [(c.source.name, c.stance) for c in cs] == [
        ("teachers' unions", "asserted"), ("Panamanian public security ministry", "not_acknowledged")]


def test_an_outlet_described_before_its_name_is_the_name(nlp):
    # rule ``described_name``: "the regional daily X", "the state broadcaster X"
    (c,) = claims_of(nlp, "The state broadcaster Example TV said 400 people were waiting.", "400")
    assert c.source.name == "Example TV"
    text = ("Asked whether he could confirm a report in the regional daily Example Lappi that 400 people were "
            "waiting, the spokesman said no.")
    assert claims_of(nlp, text, "400")[0].source.name == "Example Lappi"


def test_troops_who_took_part_in_drills_are_deployed(nlp):
    # rule ``category_force_noun`` over ``category_window``'s "took part"; attackers stay attackers
    text = "Moscow says some 2,500 troops took part, about 1,800 of them Russian, with more than 500 pieces of equipment."
    assert [c.category for c in claims_of(nlp, text, "some 2,500")] == ["deployed"]
    assert [c.category for c in claims_of(nlp, text, "about 1,800")] == ["deployed"]
    # rule ``category_equipment``: pieces of equipment are equipment
    assert [c.category for c in claims_of(nlp, text, "more than 500")] == ["deployed"]
    assert [c.category for c in claims_of(nlp, "About 5,000 people took part in the march.", "About 5,000")] == ["other"]
    text = 'How many attacked the town? The group claimed that "more than 1,000" of its fighters took part.'
    assert [c.category for c in claims_of(nlp, text, "more than 1,000")] == ["other"]


def test_a_share_of_a_places_soldiers_is_deployed(nlp):
    # rule ``category_share_of``: "of the island's soldiers" (a possessive before the counted noun)
    text = "A Western diplomat in Moroni estimates that some 40pc of the island's soldiers went over."
    assert [c.category for c in claims_of(nlp, text, "some 40pc")] == ["deployed"]


def test_a_places_population_is_no_count_of_people_harmed_or_moved(nlp):
    # rules ``category_population`` and ``population_aside``
    text = "About 800 people had been moved out of Kolontár, a village of roughly 850."
    assert [c.category for c in claims_of(nlp, text, "About 800")] == ["displaced"]
    assert [c.category for c in claims_of(nlp, text, "roughly 850")] == ["other"]
    text = "Likouala has only about 150,000 inhabitants of its own, so the refugees now equal half the population."
    assert [c.category for c in claims_of(nlp, text, "about 150,000")] == ["other"]
    # set off in an apposition, it is the writer's background, not the mayor's
    text = "In Brasiléia, a town of about 21,000, the mayor said the shelter had cost 2 million reais."
    (c,) = claims_of(nlp, text, "about 21,000")
    assert c.category == "other" and c.source is None
    # a share "of them" in the same sentence is of the people who fled, not of the city's population
    text = "Some 46,000 people have fled Bara, and El Obeid, a city of roughly 500,000, is sheltering some 40pc of them."
    assert {c.category for c in claims_of(nlp, text, "some 40pc")} == {"displaced"}
    # people who "lost their shelter" are displaced
    text = "Some 12,600 people lost their shelter when the blazes destroyed the camp."
    assert [c.category for c in claims_of(nlp, text, "Some 12,600")] == ["displaced"]


def test_room_a_shelter_was_built_for_is_not_the_people_in_it(nlp):
    # rule ``category_capacity``: the room is "other"; what it holds goes on from the story before
    text = ("The commissioner said his office had registered 13,212 refugees at the centre. The centre, which was "
            "built for 2,000 people, now holds about 9,000, he said.")
    assert [c.category for c in claims_of(nlp, text, "2,000")] == ["other"]
    assert [c.category for c in claims_of(nlp, text, "about 9,000")] == ["displaced"]
    text = "The camp was built to hold fewer than 2,800."
    assert [c.category for c in claims_of(nlp, text, "fewer than 2,800")] == ["other"]


def test_bodies_a_morgue_received_are_dead(nlp):
    # rules ``category_capacity`` and ``category_morgue``
    text = "The morgue of the city hospital, designed for six bodies, received 17 on the night of 16 December."
    assert [c.category for c in claims_of(nlp, text, "six")] == ["other"]
    assert [c.category for c in claims_of(nlp, text, "17")] == ["killed"]


def test_people_who_crossed_into_or_from_a_named_place_are_displaced(nlp):
    # rule ``category_crossed``; migrants on a voyage and crossings "by river" are counted as they are
    text = "The ministry says about 2,000 people crossed from Diboli into Kidira, and that 1,400 of them are still there."
    assert [c.category for c in claims_of(nlp, text, "about 2,000")] == ["displaced"]
    assert [c.category for c in claims_of(nlp, text, "1,400")] == ["displaced"]
    text = "Officials at the border say more than 600 Chinese nationals crossed from Vietnam on Wednesday."
    assert [c.category for c in claims_of(nlp, text, "more than 600")] == ["displaced"]
    text = "The IOM said about 55,000 migrants had crossed from Somalia and Djibouti to Yemen since January."
    assert [c.category for c in claims_of(nlp, text, "about 55,000")] == ["other"]
    text = "An official said at least 1,300 Haitians had crossed from Suriname into Guyana by river since January."
    assert [c.category for c in claims_of(nlp, text, "at least 1,300")] == ["other"]


def test_goods_and_wrecks_are_not_a_deployment(nlp):
    # rule ``category_things``: relief goods sent and agencies are no force; wrecks are no deployment
    assert [c.category for c in claims_of(nlp, "The region had sent 300 tents to the valley.", "300")] == ["other"]
    assert [c.category for c in claims_of(nlp, "The army sent 300 trucks to the border.", "300")] == ["deployed"]
    text = "Our reporter counted 11 burnt-out vehicles around the terminal."
    assert [c.category for c in claims_of(nlp, text, "11")] == ["other"]
    # rule ``category_capacity``: beds and seats are room
    text = "The hospital, which has about 300 beds, moved its patients. Each aircraft seats 50."
    assert [c.category for c in claims_of(nlp, text, "about 300")] == ["other"]
    assert [c.category for c in claims_of(nlp, text, "50")] == ["other"]


def test_a_part_of_them_counts_the_people_not_the_places_between(nlp):
    # rules ``category_part`` and ``category_conjunct`` skip counts of things ("nine countries")
    text = ("The defence ministry says about 2,800 soldiers from nine countries, roughly 1,100 of them American, "
            "are training.")
    assert [c.category for c in claims_of(nlp, text, "roughly 1,100")] == ["deployed"]
    text = ("The prime minister said 8,900 people remain in 214 shelters, down from a peak of more than 25,000.")
    assert [c.category for c in claims_of(nlp, text, "more than 25,000")] == ["displaced"]


def test_a_report_on_a_channel_is_the_channels_and_dismissing_it_denies_its_figure(nlp):
    # rules ``report_in_outlet`` ("a report on a ... channel") and ``dismissed_report``
    text = ("A COPECO spokesman in the capital dismissed a report on a Tegucigalpa television channel that 1,500 "
            "had died in Choluteca city as \"irresponsible, and cruel\".")
    cs = claims_of(nlp, text, "1,500")
    assert [(c.source.name, c.stance) for c in cs] == [
        ("Tegucigalpa television channel", "asserted"), ("COPECO", "denied")]
    text = ("The police also rejected a report on the Lebanese channel Example Al-Shamal TV that 80 people had "
            "been aboard.")
    assert [(c.source.name, c.stance) for c in claims_of(nlp, text, "80")] == [
        ("Example Al-Shamal TV", "asserted"), ("police", "denied")]
    # a report "citing" someone is left to the relay rules
    text = ("A report on the Pristina channel Example Kanal Lindje, citing unnamed hospital staff, said that "
            "more than 100 people had died.")
    assert all(c.source.name != "Pristina channel" for c in claims_of(nlp, text, "more than 100"))


def test_seeing_nothing_that_supports_that_number_denies_it(nlp):
    # ``dismissive_label`` phrase "nothing that supports", on "that number" deeper in what was said
    text = ("Captain Ann Bexley of the Coast Guard spoke. Asked about a report on a Haitian radio station that as "
            "many as 60 people had been on the boat, she said the Coast Guard had seen \"nothing that supports "
            "that number\".")
    assert [(c.source.name, c.stance) for c in claims_of(nlp, text, "as many as 60")] == [
        ("Haitian radio station", "asserted"), ("Coast Guard", "denied")]


def test_a_conversion_in_brackets_or_from_a_lettered_dollar_is_the_outlets(nlp):
    # rule ``currency_conversion``: brackets, "BZ$ ... (about US$ ...)", a rate's conversion, more currencies
    cases = [
        ("The directorate said the smugglers charged every passenger 60,000 gourdes (about $440).", "about $440"),
        ("The defence ministry puts the cost at about 3.5 million crowns, roughly $135,000.", "roughly $135,000"),
        ("They state each person paid brokers about 100,000 taka [about $950] for the passage.", "about $950"),
        ("The minister said the deal was worth about BZ$20 million a year to the country (about US$10 million).",
         "$10 million"),
        ("America gives Egypt about $1.3bn a year in military aid, roughly £1.05bn, the minister said.", "roughly £1.05bn"),
    ]
    for text, fig in cases:
        (c,) = claims_of(nlp, text, fig)
        assert c.source is None and "currency_conversion" in c.rules, fig
    # the same currency twice is no conversion
    (c,) = claims_of(nlp, "The minister said the fund had $20 million, and about $5 million was spent.", "about $5 million")
    assert "currency_conversion" not in c.rules


def test_arithmetic_on_a_sources_figures_is_the_outlets(nlp):
    # rule ``on_their_figures``; a plain figure "on the committee's figures" stays the committee's
    text = ("None of the estimates could be verified. On the directorate's figures, Russia has roughly one tank or "
            "armoured vehicle for every 40 to 50 soldiers around the city.")
    assert [c.source for c in claims_of(nlp, text, "40 to 50")] == [None]
    text = "Taken together, the two governments' latest figures put the number of people killed on both sides at 259."
    assert [c.source for c in claims_of(nlp, text, "259")] == [None]
    (c,) = claims_of(nlp, "On the committee's figures, 25 people died in Thursday's fighting.", "25")
    assert c.source is not None and c.source.name == "committee"


def test_a_ratio_of_two_forces_is_deployed(nlp):
    # rule ``category_ratio``: forces outnumbering each other; marchers and the like stay "other"
    text = "On the ministry's own figures, its soldiers outnumber the gunmen by ten to one."
    assert [c.category for c in claims_of(nlp, text, "ten")] == ["deployed"]
    text = ("On the army's own figure, its troops outnumber the gunmen by more than three to one. On the "
            "senator's figure, the ratio would be more than 12 to one.")
    assert [c.category for c in claims_of(nlp, text, "more than 12")] == ["deployed"]
    text = "On the organisers' figures there were about 12 to one counter-protesters for every marcher."
    assert [c.category for c in claims_of(nlp, text, "about 12")] == ["other"]


def test_a_share_of_a_polls_sample_counts_the_people_asked(nlp):
    # rule ``share_of_sample``: the percentage stays, and a computed count of the people asked is added
    text = ("A poll of 800 residents of the city by Example Opinión Norte, published on Sunday, found that 78pc "
            "oppose the project.")
    cs = claims_of(nlp, text, "78pc")
    assert sorted(c.quantity.unit for c in cs) == ["count", "percent"]
    (n,) = [c for c in cs if c.quantity.unit == "count"]
    assert n.quantity.low == 624 and n.category == "other" and "share_of_sample" in n.rules
    # a percentage with no sample before it is only a percentage
    cs = claims_of(nlp, "The appeal, $887 million, was 29 per cent funded.", "29 per cent")
    assert [c.quantity.unit for c in cs] == ["percent"]


def test_what_a_place_loses_and_people_treated_for_tear_gas_are_no_casualties(nlp):
    # rule ``category_lost_things``: "lose 96 pupils"; a force that lost soldiers, or "18 of their own", keeps
    # killed or wounded
    text = "Alamogordo's mayor said the school district will lose 96 pupils when they go."
    assert [c.category for c in claims_of(nlp, text, "96")] == ["other"]
    assert [c.category for c in claims_of(nlp, "The army lost 40 soldiers in the attack.", "40")] == ["killed_or_wounded"]
    text = "The army says its troops killed more than 500 rebels and lost 18 of their own."
    assert [c.category for c in claims_of(nlp, text, "18")] != ["other"]
    # ``category_treated``: tear gas, like an illness, is no wound (``ILLNESS_WORDS``)
    text = "The Mustapha Pacha hospital told us it had treated 63 people, mostly for tear gas."
    assert [c.category for c in claims_of(nlp, text, "63")] == ["other"]


def test_a_force_someone_gathers_or_a_group_that_numbers_is_deployed(nlp):
    # rule ``category_massed``: a force gathered by someone; troops that gather on their own stay a crowd
    text = "Moscow has massed about 90,000 troops near the border, an analyst said."
    assert [c.category for c in claims_of(nlp, text, "about 90,000")] == ["deployed"]
    text = "Some 300 veterans gathered outside the ministry on Monday."
    assert [c.category for c in claims_of(nlp, text, "Some 300")] == ["other"]
    # ``category_force_size`` (text): an armed group that "numbers" a figure, however long its description
    text = ("Armed separatists fighting for a breakaway state in the country's two northern provinces number "
            "between 1,500 and 3,000, a senator said.")
    assert [c.category for c in claims_of(nlp, text, "between 1,500 and 3,000")] == ["deployed"]
    # (a range the parser hangs on the verb as "between ... and ..." still counts its noun)
    text = "Between 600 and 900 fighters of the group are now active in the district, a councillor said."
    assert [c.category for c in claims_of(nlp, text, "Between 600 and 900")] == ["deployed"]
    # ``FORCE_NOUNS``: reinforcements are people under arms
    text = "The interior ministry said it was sending about 800 reinforcements to the island."
    assert [c.category for c in claims_of(nlp, text, "about 800")] == ["deployed"]


def test_relaying_what_a_body_told_them_is_a_relay(nlp):
    # rule ``relay_what_told``: the body that told, via the one relaying it
    text = ("Rebels number about 4,000, an opposition senator said on Monday, relaying what the national "
            "intelligence agency had told a closed committee hearing.")
    (c,) = claims_of(nlp, text, "about 4,000")
    assert c.source.name.endswith("intelligence agency") and [v.name for v in c.via] == ["opposition senator"]


def test_in_the_estimate_of_someone_is_an_according_to(nlp):
    # rule ``in_the_estimate_of``: "in the estimate of X", "by the count of X" name the source
    text = 'The crowd numbered "at least 40,000 at its height", in the estimate of a European diplomat on a balcony.'
    (c,) = claims_of(nlp, text, "at least 40,000")
    assert c.source.name == "European diplomat"
    (c,) = claims_of(nlp, "By the count of the monitors, 212 people died in the clashes.", "212")
    assert c.source.name == "monitors"
    # (an estimate "of" a figure is no source: "in the estimate of 3,000" names nobody)
    (c,) = claims_of(nlp, "Nobody believes the estimate of 3,000 marchers.", "3,000")
    assert c.source is None


def test_a_comma_clause_after_when_and_a_count_tagged_as_noun_still_report(nlp):
    # rule ``parenthetical_said``: "when, the ministry says, ..." is a reporting clause set off by commas
    text = 'Police opened fire on Friday when, the ministry says, "several hundred" protesters stormed the station.'
    (c,) = claims_of(nlp, text, "several hundred")
    assert c.source.name == "ministry"
    # rule ``misparsed_verb``: "Western diplomats in Harare count 9,000" with "count" tagged as a noun
    text = "Western diplomats in Harare count between 9,000 and 11,000, and say a third of them are in the north."
    (c,) = claims_of(nlp, text, "between 9,000 and 11,000")
    assert c.source.name == "Western diplomats"


def test_a_converted_rate_in_a_currency_word_is_the_outlets(nlp):
    # rule ``currency_conversion``: a rate in "bolivianos a day" converted in brackets
    text = ("By the estimate of the city's chamber of commerce, the strike is costing the economy about 6 million "
            "bolivianos a day (roughly $850,000).")
    (c,) = claims_of(nlp, text, "roughly $850,000")
    assert c.source is None and "currency_conversion" in c.rules
    (c,) = claims_of(nlp, text, "about 6 million bolivianos a day")
    assert c.source is not None and "chamber" in c.source.name


def test_an_unnamed_provincial_governor_or_a_republics_ministry_takes_the_place_named(nlp):
    # rule ``office_of_place`` (no name given): "the provincial governor" of the province named last
    text = ("In Kayanza province, about 6,000 people are sleeping in schools, the provincial governor told "
            "reporters on Monday.")
    (c,) = claims_of(nlp, text, "about 6,000")
    assert c.source.name == "Kayanza provincial governor"
    # rule ``place_owner``: "the republic's interior ministry" after "the republic of Tatarstan"; with no
    # republic named, no town stands in for it
    text = ("Protests went on in the republic of Tatarstan. The republic's interior ministry said "
            "\"no more than 900\" people had gathered.")
    (c,) = claims_of(nlp, text, "no more than 900")
    assert c.source.name == "Tatarstan interior ministry"
    text = "Riots broke out in Kazan. The republic's president said 40 people were in hospital."
    (c,) = claims_of(nlp, text, "40")
    assert "Kazan" not in c.source.name


def test_a_release_reproduced_up_to_its_closing_line_is_the_issuers(nlp):
    # rule ``release_block``: the paragraphs between the introduction ("sent the press release below") and
    # the closing line ("END OF RELEASE.") speak for the issuer; the outlet's paragraph after it is its own
    text = ("The regional hospital in Garoua sent the press release below to journalists on Monday. We reproduce "
            "it unedited.\n\n"
            "PRESS RELEASE. GAROUA REGIONAL HOSPITAL.\n\n"
            "Since Saturday our emergency department has admitted 52 people wounded in the attack. Six died "
            "during the night.\n\n"
            "END OF RELEASE.\n\n"
            "Villagers said they had buried 30 people.")
    assert sources_of(nlp, text, ["52", "Six", "30"]) == {
        "52": "regional hospital", "Six": "regional hospital", "30": "Villagers"}


def test_the_following_account_in_quotes_is_the_speakers(nlp):
    # rule ``quoted_below``: "gave reporters the following account" and the quoted paragraphs after it
    text = ("The Kampot provincial police chief gave reporters the following account on Tuesday.\n\n"
            "\"Our officers have brought out 17 people alive and recovered six bodies.\n\n"
            "\"Eight boats are still searching.\"\n\n"
            "Fishermen said 30 people had been aboard.")
    assert sources_of(nlp, text, ["17", "Eight", "30"]) == {
        "17": "Kampot provincial police", "Eight": "Kampot provincial police", "30": "Fishermen"}


def test_the_town_set_off_before_a_speaker_is_not_the_speaker(nlp):
    # rule ``place_not_speaker``: the person set off after "the coastal town ..." speaks
    text = ("In Dellys, the fishing town nearest the fault, a nurse who was sleeping in a tent by the port said "
            "40 families shared two taps.")
    (c,) = claims_of(nlp, text, "40")
    assert c.source.name == "nurse"


def test_an_organisations_unnamed_president_speaks_for_it(nlp):
    # rule ``organisation_holder`` (no name): "The Red Crescent's president in Boumerdès said"; a
    # country's president stays a president
    text = "The Red Crescent's president in Tizi Ouzou said 60 people had died."
    (c,) = claims_of(nlp, text, "60")
    assert c.source.name == "Red Crescent"
    (c,) = claims_of(nlp, "Ukraine's president said 60 people had died.", "60")
    assert c.source.name == "Ukrainian president"
    # the IFRC under a shortened name (``ORG_ALIASES``)
    text = "The Red Crescent federation said it was appealing for 3.4 million Swiss francs."
    (c,) = claims_of(nlp, text, "3.4 million Swiss francs")
    assert c.source.name == "IFRC"


def test_he_is_never_two_bodies_and_an_average_is_the_outlets_arithmetic(nlp):
    # rule ``he_is_one``: "he" after "The army and civil protection have put up ..." is the spokesman
    text = ("The interior ministry's spokesman said 150,000 people were homeless. \"The army and civil protection have put up "
            "9,000 tents.\" Asked whether the camps were full, he said they held 60,000 people.")
    (c,) = claims_of(nlp, text, "60,000")
    assert c.source.name != "army + civil protection" and "civil protection" not in c.source.name
    # rule ``on_their_figures``: "an average of" is the outlet's arithmetic on a source's figures
    text = "On the ministry's figures, the camps shelter about 60,000 people, an average of some 600 to each camp."
    (c,) = claims_of(nlp, text, "some 600")
    assert c.source is None


def test_the_organisers_named_once_are_that_group_later(nlp):
    # rule ``organisers_named``: "The organisers, National Action for Gureombi, said ..." and later
    # "the organisers said" or "by the organisers' count" are the group; "its organisers" are not
    text = ("The organisers, National Action for Gureombi, said about 5,000 people had marched. Police said 1,200 "
            "had marched. The organisers said 31 had been taken away. By the organisers' count, 50,000 came last year.")
    assert [c.source.name for c in claims_of(nlp, text, "31")] == ["National Action for Gureombi"]
    assert [c.source.name for c in claims_of(nlp, text, "50,000")] == ["National Action for Gureombi"]
    text = ("The organisers, a student-founded group called A Million Voices, said 283,000 people had come. "
            "At the first march in June, the organisers counted 120,000.")
    assert "Million Voices" in claims_of(nlp, text, "120,000")[0].source.name


def test_an_acronym_apposed_to_a_lowercase_body_names_it(nlp):
    # rule ``appos_name``, with "institute" tagged a proper noun
    text = "The national civil defence institute, INDECI, listed 16 people dead and 19 missing in the province."
    assert [c.source.name for c in claims_of(nlp, text, "19")] == ["INDECI"]


def test_people_counted_are_not_joined_to_the_speaker(nlp):
    # rule ``no_counted_member``: "five of them children, the governor ... told" is not "children + governor"
    text = "Sixteen people were wounded, five of them children, the governor, Oumarou Djaligué, told the state broadcaster."
    (c,) = claims_of(nlp, text, "Sixteen")
    assert "children" not in c.source.name and "governor" in c.source.name.lower()
    text = ("Somalis are reaching the camps at a rate of about 1,400 a day, most of them women and children who "
            "have walked for two weeks, Kenyan and UN officials told a joint briefing.")
    (c,) = claims_of(nlp, text, "about 1,400 a day")
    assert "women" not in c.source.name and "children" not in c.source.name


def test_a_thread_of_numbered_posts_reproduced_below_is_the_posters(nlp):
    # rule ``reprinted_points``, with posts numbered "1/4", "2/4" as in a thread
    text = ("Croatia's Civil Protection Directorate set out the state of the search in a thread of four posts on its "
            "official account on Wednesday. We reproduce it below, translated from Croatian.\n\n"
            "1/4 The death toll from yesterday's earthquake has risen to seven.\n\n"
            "2/4 Hospitals have treated 26 people for injuries.\n\n"
            "3/4 About 1,100 people spent last night in collective shelters.\n\n"
            "4/4 If you need help, call 112.\n\n"
            "In the old centre, our reporters counted 14 collapsed houses on a single street.")
    for fig in ("26", "About 1,100"):
        (c,) = claims_of(nlp, text, fig)
        assert "Civil Protection Directorate" in c.source.name
    (c,) = claims_of(nlp, text, "14")
    assert "Civil Protection" not in (c.source.name if c.source else "")


def test_responders_working_in_the_affected_area_are_deployed(nlp):
    # ``category_window``/``category_nearest``: "the affected area" is a place, not people affected
    text = "More than 700 firefighters are working in the affected area, alongside 250 soldiers, the ministry said."
    assert [c.category for c in claims_of(nlp, text, "More than 700")] == ["deployed"]
    assert [c.category for c in claims_of(nlp, text, "250")] == ["deployed"]


def test_a_toll_given_up_from_an_earlier_figure_is_the_givers(nlp):
    # "gave a toll of 22 ..., up from eight" is not the idiom "gave up": both figures are the ministry's;
    # people "in custody" are arrests (category other), not more dead
    text = ("Angola's interior ministry gave a toll of 22 on Tuesday evening, up from eight on Monday night, and said "
            "1,214 people were in custody.")
    for fig in ("22", "eight"):
        (c,) = claims_of(nlp, text, fig)
        assert "interior ministry" in c.source.name.lower() and c.category == "killed"
    (c,) = claims_of(nlp, text, "1,214")
    assert c.category == "other"


def test_a_series_of_verbs_shares_the_first_ones_subject(nlp):
    # rule ``verb_series_subject``: "the governor raised the toll to 43, said seven were still
    # unaccounted for" parsed with "raised" as what was said
    text = ("On Friday evening the governor of the West region raised the toll to 43, said seven people were still "
            "unaccounted for, down from nine on Wednesday.")
    for fig in ("seven", "nine"):
        (c,) = claims_of(nlp, text, fig)
        assert c.source is not None and "governor" in c.source.name.lower()


def test_a_bodys_own_teams_count_for_the_body(nlp):
    # rule ``own_people_counted``: the spokesman's "field teams" are the body's; an unnamed official's
    # "observers" stay a source of their own, relayed by the official
    text = "The IOM spokesman said field teams had counted about 60,000 people arriving in Gedaref state."
    (c,) = claims_of(nlp, text, "about 60,000")
    assert c.source.name == "IOM" and not c.via
    text = "A UN official in Zagreb, speaking without attribution, said observers had counted \"at least 40\" tanks."
    (c,) = claims_of(nlp, text, "at least 40")
    assert c.source.name == "observers"


def test_figures_it_released_are_whoever_it_is(nlp):
    # rule ``figures_it_released``: not a source called "figures"
    text = ("The Pentagon has about 43,000 troops in the Middle East, up from roughly 34,000 before the attack, "
            "according to figures it released last month.")
    assert [c.source.name for fig in ("about 43,000", "roughly 34,000") for c in claims_of(nlp, text, fig)] == ["Pentagon"] * 2


def test_more_of_what_the_sentence_counted(nlp):
    # rule ``category_more``: "3,400 more have arrived" are more of the displaced just counted
    text = "OCHA says about 220,000 people are displaced in Lac province, and that 3,400 more have arrived in Bol since Sunday."
    (c,) = claims_of(nlp, text, "3,400")
    assert c.category == "displaced"
    text = "OCHA says about 220,000 people are displaced in Lac province, and that 30 more were killed on Sunday."
    (c,) = claims_of(nlp, text, "30")
    assert c.category == "killed"
