"""The event coder on short texts: type, modes, ACLED type, participants, place, date, counts, status."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.events import acled, build
from newsevents.events.main import main_event
from newsevents.events.syntax import governing_subject
from newsevents.pipeline import annotate, load_models
from newsevents.record import Actor, Article
from nlp_helpers import actor, document, events_of, place

FILLER = (
    "The incident drew reactions from officials across the region, who promised a full account of what "
    "happened and called for calm while investigators gathered evidence at the scene."
)


def test_car_bomb_kills_a_general():
    doc = document(f"A Russian general was killed by a car bomb in Balashikha on Friday. {FILLER}")
    (event,) = events_of(doc, "ASSAULT")[:1]
    assert "explosives" in event.modes
    assert event.acled == {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
    }
    assert event.fatalities == 1
    assert event.date.value == "2025-04-25" and event.date.granularity == "day"
    assert place(doc, event.place).country == "RU"
    target = actor(doc, event.target)
    assert (target.country, target.sector) == ("RUS", "MIL")
    assert event.actor is None  # the perpetrator is unknown and stays unknown
    assert doc.article.text[event.evidence[0].start : event.evidence[0].end].startswith("A Russian general")


def test_police_arrest_protesters():
    doc = document(f"Police arrested 12 protesters in Nairobi on Tuesday. {FILLER}")
    (event,) = events_of(doc, "COERCE")
    assert event.modes == ["arrest"]
    assert event.acled == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
    assert actor(doc, event.actor).sector == "COP"
    assert actor(doc, event.target).sector == "CVL"
    assert place(doc, event.place).country == "KE"


def test_reported_killing_counts_conjoined_victims():
    doc = document(f"Officials said gunmen killed two soldiers and a medic near Kandahar. {FILLER}")
    event = events_of(doc, "ASSAULT")[0]
    assert event.fatalities == 3
    assert event.status == "reported"
    assert actor(doc, event.source).name.lower().startswith("official")


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        ("The two foreign ministers will meet in Geneva next week.", "CONSULT", "planned"),
        ("The army did not attack the village, the ministry insisted.", "ASSAULT", "negated"),
        ("If the talks fail, the rebels would attack the capital.", "ASSAULT", "hypothetical"),
        ("The militants may have attacked the convoy.", "ASSAULT", "speculated"),
        ("Troops shelled the town of Bakhmut on Monday.", "ASSAULT", "asserted"),
    ],
)
def test_status(sentence: str, event_type: str, status: str):
    doc = document(f"{sentence} {FILLER}")
    assert [e.status for e in events_of(doc, event_type)][:1] == [status]


def test_same_attack_mentioned_twice_is_one_event_with_two_spans():
    doc = document(
        "A drone attack hit a fuel depot in Sevastopol on Sunday, officials said. "
        "The attack caused a large fire. " + FILLER
    )
    attacks = events_of(doc, "ASSAULT")
    assert len(attacks) == 1
    assert len(attacks[0].evidence) == 2
    assert "drone" in attacks[0].modes
    assert "fuel depot" in attacks[0].physical_targets


def test_responsibility_unclaimed_and_suspected():
    unclaimed = document(f"A bomb exploded at a market in Kabul. No one has claimed responsibility. {FILLER}")
    assert events_of(unclaimed, "ASSAULT")[0].responsibility.status == "unclaimed"
    suspected = document(f"A bomb exploded at a market in Kabul. Officials blamed the Taliban. {FILLER}")
    responsibility = events_of(suspected, "ASSAULT")[0].responsibility
    assert responsibility.status == "suspected"
    assert actor(suspected, responsibility.by).name == "Taliban"


def test_person_name_variants_merge_into_one_actor():
    doc = document(
        "Lieutenant General Yaroslav Moskalik was killed on Friday. Moskalik was a deputy chief of the "
        "Main Operations Directorate. Officials said General Moskalik had taken part in talks. " + FILLER
    )
    people = [a for a in doc.actors if a.kind == "person"]
    assert len(people) == 1
    assert people[0].name == "Yaroslav Moskalik"
    assert people[0].sector == "MIL"


def test_figurative_attack_is_not_an_event():
    doc = document(f'The union called the detentions "an attack on the right to protest". {FILLER}')
    assert events_of(doc, "ASSAULT") == []


def test_opinion_verb_subject_is_not_the_actor_of_the_event_it_talks_about():
    doc = document(
        f"Police detained the opposition leader on Monday. The interior minister defended the arrests. {FILLER}"
    )
    arrests = events_of(doc, "COERCE")
    assert arrests and actor(doc, arrests[0].actor).sector == "COP"
    assert all(actor(doc, e.actor) is None or actor(doc, e.actor).sector != "GOV" for e in arrests)


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("The Greek delegation demanded that Turkey withdraw its warships.", "REQUEST", "GRC", "TUR"),
        ("Italy appealed to Egypt for help.", "REQUEST", "ITA", "EGY"),
        ("Israel and Lebanon renewed negotiations on Monday.", "CONSULT", "ISR", None),
    ],
)
def test_verbal_events_source_and_target(text, event_type, source, target):
    doc = document(text)
    event = events_of(doc, event_type)[0]
    countries = (actor(doc, event.actor).country, getattr(actor(doc, event.target), "country", None))
    assert countries == (source, target)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Algerian landowners began a hunger strike outside parliament on Monday.", "hunger"),
        ("Dock workers started an open-ended strike in Antwerp on Monday.", "strike"),
        ("Teachers went on strike in Leeds on Monday.", "strike"),
        ("The teachers' strikes continued in Leeds on Monday.", "strike"),
        ("Cleaning staff started the strike in Cordoba on Monday.", "strike"),
        ("Students held a climate strike outside parliament in Oslo on Friday.", "strike"),
        ("Union members and nurses began a strike outside the hospital in Leeds on Monday.", "strike"),
        ("The farmers' association announced a strike in Lyon on Monday.", "strike"),
        ("The shopkeepers were holding a strike in Kathmandu on Monday.", "strike"),
        ("Bus drivers marched in Turin as part of a national day of strike and protest.", "strike"),
        ("Hundreds rallied in Leeds as part of the strike on Monday.", "strike"),
        ("Residents in Lagos showed support for the strike on Monday.", "strike"),
        ("Shops in Srinagar stayed shut during a strike called by the traders' federation.", "strike"),
    ],
)
def test_work_stoppage_strike_is_a_protest(text, mode):
    doc = document(text)
    assert mode in events_of(doc, "PROTEST")[0].modes
    assert not events_of(doc, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The army began a missile strike in Idlib on Monday.",
        "The air force staged a strike on the rebel base on Monday.",
        "Two soldiers were wounded as part of the artillery strike on Monday.",
    ],
)
def test_strike_with_a_weapon_or_target_stays_an_attack(text):
    doc = document(text)
    assert events_of(doc, "ASSAULT")
    assert not events_of(doc, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "The party nominated him to beat the deadline for nominations.",
        "Not every organisation needs to fight an election to prove its popularity.",
        "The government struck a deal with the rebels on Monday.",
        "The two parties struck a bargain after long talks.",
    ],
)
def test_figurative_violence_verbs_are_not_assaults(text):
    assert not events_of(document(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["Rebels and troops began fighting in the north.", "Both sides resumed fighting near the border."],
)
def test_sides_that_begin_or_resume_fighting_clash(text: str) -> None:
    assert events_of(document(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels and the army agreed to stop fighting.",
        "The militants stopped fighting and surrendered.",
        "She fought for her rights for ten years.",
        "The families have fought for compensation since the flood.",
    ],
)
def test_fighting_stopped_or_for_a_civil_cause_is_no_clash(text: str) -> None:
    assert not events_of(document(text), "ASSAULT")


def test_a_name_released_is_a_release_whatever_its_entity_label():
    doc = document("Kidnappers released Diego Salcedo on Sunday.")  # the recogniser labels the name ORG
    (event,) = events_of(doc, "RETREAT")
    assert "Salcedo" in actor(doc, event.target).name


def test_a_product_released_is_no_release():
    assert not events_of(document("Microsoft released Windows 11 on Tuesday."), "RETREAT")


def test_exchanging_fire_is_an_armed_clash():
    doc = document("On 3 May 2024, a drug trafficker exchanged fire with military police in Maceio.")
    event = events_of(doc, "ASSAULT")[0]
    assert event.acled == {"event_type": "Battles", "sub_event_type": "Armed clash"}
    assert actor(doc, event.actor).sector == "CRM"


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Pakistan threatened to break off diplomatic relations with Congo.", "THREATEN", "COG"),
        ("Serbia flatly rejected an Australian ultimatum on Thursday.", "REJECT", "AUS"),
        ("South Korea has rejected North Korea's demand.", "REJECT", "PRK"),
        ("Rwandan rebels demanded the removal of President Yoweri Museveni of Uganda.", "REQUEST", "UGA"),
        ("Serbian police launched an investigation into crimes committed by Croat forces.", "ACCUSE", "HRV"),
        ("Iran threatened to launch a new offensive unless Iraq accepted its conditions.", "THREATEN", "IRQ"),
        (
            "The ministers condemned the act of aggression and the continuing threats made by the Eritrean government.",
            "ACCUSE",
            "ERI",
        ),
    ],
)
def test_target_of_a_complement_or_of_a_possessed_thing(text, event_type, target):
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].target).country == target


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Russia rejected a request from Ukraine to reopen the border.", "REJECT", "UKR"),
        ("The Chilean government conceded to demands from the Peruvian fishermen.", "CONCEDE", "PER"),
        ("The minister declined to resign despite pressure by the Kenyan parliament.", "REJECT", "KEN"),
        ("Turkey refused to lift the ban on Cypriot ships.", "REJECT", "CYP"),
        ("The Brazilian president accepted an invitation to meet with the Chinese premier.", "AGREE", "CHN"),
        ("Britain offered to send troops to help the Malian army.", "AGREE", "MLI"),
        (
            "The French president received the Nigerian foreign minister to discuss security in the Sahel.",
            "CONSULT",
            "NGA",
        ),
        ("Qatar launched a mediation effort between Sudan and Chad.", "CONSULT", "SDN"),
        ("Kenya launched a mediation effort to end the dispute between Ethiopia and Sudan.", "CONSULT", "ETH"),
        ("Canada returned the stolen statues to Mexico.", "RETREAT", "MEX"),
    ],
)
def test_whom_an_answer_a_meeting_a_mediation_or_a_return_is_aimed_at(text, event_type, target):
    """Who put the request a refusal or concession answers, what a refused or accepted act would act on, whom one met
    to talk, the first of the sides one mediates between, and whom something is returned to."""
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].target).country == target


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Ghana is deploying 500 troops to the United Nations peacekeeping mission in South Sudan.", "AID", "SSD"),
        ("Uruguay is ready to contribute troops to the UN peacekeeping force in Lebanon.", "AGREE", "LBN"),
        ("Spain has sent medical supplies and a team of doctors to Morocco.", "AID", "MAR"),
        ("The European Union suspended humanitarian aid to Gaza.", "SANCTION", "PSE"),
        ("The minister promised to continue military aid to war-torn Mozambique.", "AGREE", "MOZ"),
        ("The court refused to lift the sanctions imposed on Venezuela.", "REJECT", "VEN"),
        ("The senator urged Europe and Japan to press Russia on the issue.", "REQUEST", "JPN"),
        ("Protesters called for the resignation of the Serbian government.", "REQUEST", "SRB"),
    ],
)
def test_whom_troops_aid_or_a_refused_or_urged_act_are_aimed_at(text, event_type, target):
    """The country a peace mission serves in, where a phrase closing the object sends aid, the people of a place aid
    goes to, a country the tagger missed, what a participle after the object names, the named one of the joined
    objects, and whose removal a call is for."""
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].target).country == target


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("The miners called off the strike after an agreement with the Chilean government.", "CONCEDE", "CHL"),
        ("The dockers ended their strike after reaching a deal with the Greek government.", "CONCEDE", "GRC"),
        ("Kenya withdrew a battalion of 300 soldiers from Somalia.", "RETREAT", "SOM"),
    ],
)
def test_whom_a_settlement_is_with_or_a_withdrawal_leaves(text, event_type, target):
    """The other party of the deal an act followed, and whom a withdrawal leaves where the parser hangs the "from" on
    the last word of the object."""
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].target).country == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Coalition warplanes carried out a raid on Monday, targeting Houthi commanders in the north.", "Houthi"),
        ("Saudi jets bombed Houthi-controlled ports on the coast.", "Houthi"),
        ("Government forces shelled the rebel-held town of Kafr Nabl.", "rebel"),
    ],
)
def test_whom_an_attack_aims_at_by_a_participle_or_whose_place_it_hits(text, target):
    """What a participle of aiming after an attack names, and who holds the place an attack hits ("rebel-held")."""
    doc = document(text)
    assert target in actor(doc, events_of(doc, "ASSAULT")[0].target).name


def test_whom_a_threat_in_a_letter_is_sent_to():
    """ "sent a letter to X threatening to withdraw troops": the letter's recipient, not the troops' own nation."""
    doc = document(
        "The Kenyan president sent a letter to the head of the African Union threatening to withdraw Kenyan troops "
        "from the mission."
    )
    assert actor(doc, events_of(doc, "THREATEN")[0].target).name == "African Union"


def test_a_thing_given_back_that_the_tagger_reads_as_an_adjective():
    doc = document("The museum returned a silver pendant engraved with a royal crest to the Greek government.")
    assert actor(doc, events_of(doc, "RETREAT")[0].target).country == "GRC"


def test_the_body_reporting_its_own_act_by_a_pronoun_and_a_round_of_an_event():
    """ "the army command said it had ceased ...": the reporter read as far as its words allow; "began a new round of
    exercises": the verb carries the round's event."""
    ceasefire = document("The Kenyan army command said it had ceased its military operations in the forest.")
    assert actor(ceasefire, events_of(ceasefire, "RETREAT")[0].actor).country == "KEN"
    exercises = document("Chile and Peru began a new round of joint naval exercises off the coast.")
    assert actor(exercises, events_of(exercises, "COOPERATE")[0].actor).country == "CHL"


def test_whose_thing_the_subject_of_a_demanded_clause_is():
    """ "demanded that control of the ministry be taken away": the demand aims at the ministry, whose control it is."""
    doc = document(
        "The elders demanded that control of the Nigerian interior ministry be taken away from the governor."
    )
    assert actor(doc, events_of(doc, "REQUEST")[0].target).name == "Nigerian interior ministry"


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Norway is ready to contribute to the stabilization of the situation in Haiti.", "AGREE", "HTI"),
        ("France offered to send engineers to rebuild schools in Chad.", "AGREE", "TCD"),
    ],
)
def test_a_country_named_within_what_an_event_acts_on_is_its_target(text, event_type, target):
    """With no one named as the target, the country named as a place within the event's object or purpose is."""
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].target).country == target


def test_a_person_named_within_a_refused_requests_phrase_is_its_target():
    """With no one named as the target, the actor named within the event's object phrase is."""
    doc = document("A Spanish court rejected an asylum request for opposition leader Juan Guaido.")
    assert actor(doc, events_of(doc, "REJECT")[0].target).name == "Juan Guaido"


def test_the_government_that_earmarks_aid_gives_it():
    doc = document("The Japanese government earmarked $5 million in emergency aid for the flood victims.")
    assert actor(doc, events_of(doc, "AID")[0].actor).country == "JPN"


def test_a_mission_is_whom_it_serves_only_when_troops_or_aid_go_to_it():
    doc = document("Rebels clashed with the UN peacekeeping force in Mali.")
    assert actor(doc, events_of(doc, "ASSAULT")[0].target).name == "UN peacekeeping force"


def test_the_author_of_a_demand_is_whom_its_rejection_answers_where_the_parser_hangs_the_by_on_the_verb():
    """ "China rejected demands by Japan", with "by Japan" parsed as the verb's, as the parser does in long
    sentences."""
    words = ["China", "rejected", "demands", "by", "Japan", "."]
    parse = Doc(
        load_models().nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, False],
        heads=[1, 1, 1, 1, 3, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "NNS", "IN", "NNP", "."],
        lemmas=["China", "reject", "demand", "by", "Japan", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O"],
        sent_starts=[True, False, False, False, False, False],
    )
    doc = annotate(Article(text=parse.text, published="2025-04-25"), parse, load_models())
    assert actor(doc, events_of(doc, "REJECT")[0].target).country == "JPN"


def test_a_named_owner_nested_in_the_object_is_the_target():
    doc = document("The Taliban rejected a new Afghan government proposal of talks.")
    assert actor(doc, events_of(doc, "REJECT")[0].target).name == "Afghan government"


def test_an_object_pronoun_stands_for_the_person_named_before_who_is_not_the_subject():
    doc = document("Police arrested Ahmed Musa on Monday. Officers had beaten him before the arrest.")
    assert actor(doc, events_of(doc, "ASSAULT")[0].target).name == "Ahmed Musa"


def test_who_is_responsible_for_an_attack_is_its_actor():
    doc = document("The Sinaloa cartel was responsible for the killings in the border town.")
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).name == "Sinaloa cartel"


def test_an_air_strike_called_off_is_no_work_stoppage():
    assert not events_of(document("The army called off the air strike on Monday."), "PROTEST")


def test_country_in_a_persons_title():
    doc = document("U.S. Secretary of State Warren Christopher telephoned Russian Foreign Minister Andrei Kozyrev.")
    event = events_of(doc, "CONSULT")[0]
    assert (actor(doc, event.actor).country, actor(doc, event.target).country) == ("USA", "RUS")


def test_arriving_on_a_visit():
    doc = document("Iraqi President Saddam Hussein arrived in Amman on an unannounced visit on Wednesday.")
    assert actor(doc, events_of(doc, "CONSULT")[0].actor).country == "IRQ"


def test_sentence_with_no_trigger_scene_or_date_has_no_event():
    assert document("The opposition members were up on their feet as soon as the house assembled.").events == []


def test_the_attack_a_passive_killing_happened_in_names_its_actor():
    doc = document("As many as 98 people were killed in police firing, officials said.")
    [event] = events_of(doc, "ASSAULT")
    assert actor(doc, event.actor).sector == "COP"
    assert event.fatalities == 98


def test_a_gerund_standing_as_a_noun_has_its_modifier_as_doer_not_the_clause_subject():
    doc = document("The crowd went on the rampage after two men died in police firing.")
    assert {actor(doc, e.actor).sector for e in events_of(doc, "ASSAULT") if e.actor} == {"COP"}


@pytest.mark.parametrize("sentence", ["The police lathi-charged the crowd.", "police lathi-charged the mob."])
def test_a_baton_charge_told_by_a_verb_is_the_police_force(sentence):
    doc = document(sentence)
    [charge] = events_of(doc, "ASSAULT")
    assert "crowd-control" in charge.modes
    assert actor(doc, charge.actor).sector == "COP"
    assert not events_of(doc, "ACCUSE")


def test_a_pronoun_subject_of_a_reported_clause_is_the_reporter():
    doc = document("The Fijian rebels said they will release the prime minister.")
    [event] = doc.events
    assert actor(doc, event.actor).name == "Fijian rebels"
    assert event.status == "planned"


def test_a_crowd_gathering_to_denounce_is_a_protest() -> None:
    doc = document("About 400 people gathered at the main square in Auckland to show solidarity with Ukraine.")
    assert events_of(doc, "PROTEST")
    assert not events_of(document("About 400 people gathered at the main square in Auckland."), "ASSAULT")


def test_an_event_told_in_a_relative_clause_has_its_phrase_as_evidence() -> None:
    text = "Relatives of a woman who was killed by her former partner in 2021 held a protest at the court."
    doc = document(text)
    killing = events_of(doc, "ASSAULT")[0]
    protest = events_of(doc, "PROTEST")[0]
    evidence = text[killing.evidence[0].start : killing.evidence[0].end]
    assert evidence.startswith("a woman who was killed") and "protest" not in evidence
    assert protest.evidence[0].start == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed a merchant and abducted his son in the village of Gargada.", 1),
        ("Two men were shot and killed by armed men in Puente de Ixtla.", 2),
        ("A man was shot in a drive-by shooting in Union Hidalgo; he survived.", None),
        ("Militants shot dead a local official in Kandahar.", 1),
        ("Al Shabaab militants killed a dozen of their livestock near Miisra village.", None),
        ("Two men were beaten to death by villagers in Kano.", 2),
        ("A mob burnt a market to the ground in Kano.", None),
    ],
)
def test_fatalities_of_a_killing(text: str, killed: int | None) -> None:
    assert events_of(document(text), "ASSAULT")[0].fatalities == killed


def test_a_toll_told_in_the_next_sentence_belongs_to_the_attack() -> None:
    doc = document(
        "On 26 June 2022, a police vehicle was ambushed by gunmen near Matsapha. One police officer was killed."
    )
    attacks = events_of(doc, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].fatalities == 1
    assert len(attacks[0].evidence) == 2


def test_a_date_misparsed_as_the_subject_is_not_a_count_of_dead() -> None:
    doc = document("Around 1 May 2022 (as reported), in Temixco, Morelos, two young people were killed.")
    assert events_of(doc, "ASSAULT")[0].fatalities == 2


@pytest.mark.parametrize(
    "text",
    ["Three others died in police firing in Khambhat.", "In 1990, two brothers were killed in police firing."],
)
def test_deaths_in_police_firing_are_a_police_attack(text: str) -> None:
    doc = document(text, None)
    attack = events_of(doc, "ASSAULT")[0]
    assert actor(doc, attack.actor).sector == "COP"
    assert attack.fatalities in {2, 3}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Officials said 73 people have died in police firing while 200 have been arrested.", 73),
        ("He said 77 deaths due to police firing had been reported from several districts.", 77),
        ("Of the 100 that succumbed to the police firing, 60 were from the city.", 100),
        ("The toll includes 84 persons who have been killed in police firing.", 84),
        ("Nearly 25 people had been killed by police bullets.", 25),
        ("Two militants were killed in an encounter with the police in Srinagar.", 2),
        ("Three militants were killed in a police encounter on Sunday.", 3),
        ("Two youths perished in police firing in Vadodara.", 2),
        ("Two protesters were killed in firing by the police in Dhaka.", 2),
    ],
)
def test_deaths_an_attack_by_the_police_caused_are_a_deadly_police_attack(text: str, killed: int) -> None:
    doc = document(text, None)
    attack = events_of(doc, "ASSAULT")[0]
    assert actor(doc, attack.actor).sector == "COP"
    assert attack.fatalities == killed


def test_a_death_in_police_custody_is_the_polices_doing() -> None:
    doc = document("A youth died in police custody in Lucknow.", None)
    [attack] = events_of(doc, "ASSAULT")
    assert actor(doc, attack.actor).sector == "COP"


def test_a_death_with_no_attack_named_is_no_event() -> None:
    assert not document("He died in hospital on Monday.").events


def test_the_actor_of_a_relative_clause_is_its_antecedent() -> None:
    doc = document("Residents protested against the soldiers who shot a farmer near Gao.")
    shooting = events_of(doc, "ASSAULT")[0]
    assert actor(doc, shooting.actor).name == "soldiers"


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("Portugal will support Turkey's bid to join the union, the Portuguese president said.", "AGREE", "PRT"),
        ("Norway is willing to send medicine to Sudan, the Norwegian foreign minister said.", "AGREE", "NOR"),
        ("French farmers said on Friday they would blockade Paris from Monday.", "THREATEN", "FRA"),
        ("The United States said it would not meet the kidnappers' demands.", "REJECT", "USA"),
    ],
)
def test_what_an_actor_says_it_will_do_is_coded_as_the_saying(text: str, event_type: str, source: str) -> None:
    doc = document(text)
    event = doc.events[0]
    assert (event.type, actor(doc, event.actor).country) == (event_type, source)


def test_a_refusal_said_has_happened_and_a_promise_is_no_acled_agreement() -> None:
    refusal = document("The United States said it would not meet the kidnappers' demands.").events[0]
    assert refusal.status in {"asserted", "reported"}
    promise = events_of(document("The Fijian rebels said they will release the prime minister."), "AGREE")[0]
    assert promise.acled is None


def test_the_main_clause_tells_the_event_of_the_sentence() -> None:
    doc = document("Israel today mounted its long-threatened invasion of South Lebanon.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert actor(doc, doc.events[0].actor).country == "ISR"


def test_what_the_news_followed_is_not_the_main_event() -> None:
    """The bill's clause tells what passing it did; the "after" clause tells what came before, however shallow the
    parser hangs it."""
    doc = document("Parliament passed a bill lifting the state of emergency, hours after police fired on protesters.")
    event = main_event(doc, acled_only=False)
    assert event is not None and event.type == "CONCEDE"


def test_a_stance_said_in_the_passive_is_the_subjects_own() -> None:
    doc = document("Israel is opposed to French mediation in the talks, an aide said.")
    [event] = events_of(doc, "REJECT")
    assert actor(doc, event.actor).country == "ISR"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The United States continued to send arms to Pakistan last year.", "AID"),
        ("The army lifted a day-old blockade on the city on Friday.", "RETREAT"),
        ("The constitutional court cancelled restrictions on the use of the language.", "CONCEDE"),
        ("Syrian officers today ended mediation efforts between the rival militias.", "SANCTION"),
        ("An Argentine judge has ordered the former president to appear for questioning.", "REQUEST"),
    ],
)
def test_the_object_or_complement_decides_the_event_of_a_verb(text: str, event_type: str) -> None:
    assert [e.type for e in document(text).events][:1] == [event_type]


def test_a_verb_read_by_its_object_codes_nothing_for_other_objects() -> None:
    assert document("The minister sent a letter to the editor.").events == []


def test_an_event_aimed_at_no_one_is_aimed_at_the_country_where_it_happens() -> None:
    doc = document("Israeli tanks fired four shells at targets in Jericho on Monday.")
    event = events_of(doc, "ASSAULT")[0]
    assert actor(doc, event.target).country == "PSE"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Afghan guerillas blew up three power lines leading into the city.", "ASSAULT", "AFG"),
        ("Recent US drone attacks have killed at least eight militant leaders.", "ASSAULT", "USA"),
        ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "PROTEST", "SRB"),
    ],
)
def test_the_country_of_an_actor_named_by_nation_attack_or_ethnicity(text: str, event_type: str, country: str) -> None:
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].actor).country == country


def test_saying_what_another_must_do_is_a_demand() -> None:
    doc = document("Russia said on Tuesday that Sudan must return the helicopter it seized.")
    event = doc.events[0]
    assert event.type == "REQUEST"
    assert (actor(doc, event.actor).country, actor(doc, event.target).country) == ("RUS", "SDN")


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Washington demanded that the militants lay down their arms.", "REQUEST", "USA"),
        ("Cairo's security chief has warned that police will no longer tolerate rallies.", "THREATEN", "EGY"),
        ("A Christian missionary was arrested in Lebanon for collaborating with the enemy.", "COERCE", "LBN"),
    ],
)
def test_an_actor_the_text_names_by_place_or_leaves_to_the_authorities(text: str, event_type: str, country: str):
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].actor).country == country


def test_a_dealing_the_verb_stops_is_not_itself_an_event() -> None:
    doc = document("The United States announced it would prohibit all aid to the rebels.")
    assert not events_of(doc, "AID")


def test_setting_fire_to_a_building_is_an_attack_by_the_arsonists() -> None:
    doc = document("Jewish settlers set fire to the offices of the Palestinian administrators overnight.")
    event = events_of(doc, "ASSAULT")[0]
    assert "destroy" in event.modes
    assert actor(doc, event.actor).name == "Jewish settlers"


@pytest.mark.parametrize(
    "text",
    [
        "Angry villagers set ablaze two buses on the highway.",
        "Angry villagers set two buses on fire on the highway.",
        "Angry villagers set alight two buses on the highway.",
    ],
)
def test_setting_things_ablaze_is_arson(text: str) -> None:
    (event,) = events_of(document(text), "ASSAULT")
    assert "destroy" in event.modes
    assert actor(document(text), event.actor).name == "Angry villagers"


def test_setting_a_flag_on_fire_is_a_protest_and_a_set_off_no_arson() -> None:
    assert events_of(document("Students set the party's flags on fire outside the office."), "PROTEST")
    assert not events_of(document("The alight passengers set off for the capital."), "ASSAULT")


def test_a_beating_shares_the_object_of_the_arrest_it_is_joined_to() -> None:
    doc = document("Police beat up and later arrested a former political prisoner in Managua.")
    assert events_of(doc, "ASSAULT") and events_of(doc, "COERCE")


def test_a_beating_shares_the_passive_subject_of_the_arrest_it_is_joined_to() -> None:
    doc = document("A journalist was detained and beaten by soldiers in Harare on Monday.")
    assert events_of(doc, "ASSAULT") and events_of(doc, "COERCE")


def test_a_march_in_lower_case_is_a_protest_though_tagged_as_the_month() -> None:
    doc = document("On Sunday, hundreds of residents took part in a 'white march' through Liege.")
    assert events_of(doc, "PROTEST")


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("A man punched a nurse outside the hospital in Leeds on Friday.", True),
        ("An officer slapped a protester in Lahore on Monday.", True),
        ("The striker punched the ball into the net.", False),
    ],
)
def test_punches_and_slaps_are_assaults_only_on_people(text: str, assault: bool) -> None:
    assert bool(events_of(document(text), "ASSAULT")) is assault


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The UN called for an immediate ceasefire.", "REQUEST"),
        ("Swiss doctors handed over 700 kg of medicine to the Red Crescent.", "AID"),
        ("EU and UN hand over urgently needed medical supplies to the Nigerian government.", "AID"),
        ("Iraq broke off diplomatic relations with Iran.", "SANCTION"),
        ("Syrian troops pulled out of Beirut.", "RETREAT"),
        ("France recalled its ambassador from Mali.", "SANCTION"),
        ("Israeli officials have shared evidence with the U.S. about the contacts.", "COOPERATE"),
    ],
)
def test_phrasal_and_diplomatic_verbs(text: str, event_type: str) -> None:
    assert [e.type for e in document(text).events][:1] == [event_type]


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Japan backed the programme with a contribution of $10 million to the World Food Programme.", True),
        ("The US has long made humanitarian contributions to the refugee agency.", True),
        ("The minister praised her contribution to the debate.", False),
    ],
)
def test_a_contribution_of_money_or_relief_is_aid(text: str, aid: bool) -> None:
    assert bool(events_of(document(text), "AID")) is aid


def test_a_phrasal_verb_with_another_particle_codes_nothing() -> None:
    assert document("The minister called back the reporters after lunch.").events == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Palestinians and Israelis failed to reach agreement on the fate of the offices.", "REJECT"),
        ("The minister said the European Union would halt its aid if the fighting continued.", "THREATEN"),
        ("The European Union may halt its aid if the fighting continues, the minister said.", "THREATEN"),
        ("The authorities are failing to uphold the rights of refugees, a human rights group protested.", "ACCUSE"),
        ("Students held demonstrations against human rights violations by the army.", "PROTEST"),
    ],
)
def test_refusals_conditional_threats_and_protests_said_or_held(text: str, event_type: str) -> None:
    assert [e.type for e in document(text).events][:1] == [event_type]


def test_the_target_of_the_verbs_object() -> None:
    doc = document("The United States threatened further action against Russia on Tuesday.")
    event = events_of(doc, "THREATEN")[0]
    assert actor(doc, event.target).country == "RUS"


def test_a_subject_of_no_country_is_read_through_the_name_it_gives() -> None:
    doc = document(
        "The main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted on its demands that Burundi's "
        "government grant the Hutu majority more rights."
    )
    event = events_of(doc, "REQUEST")[0]
    assert actor(doc, event.actor).country == "BDI"


def test_a_person_of_no_stated_nationality_is_of_the_country_of_the_event() -> None:
    doc = document("Opposition leader John Kamau was arrested in Nairobi on Monday.")
    event = events_of(doc, "COERCE")[0]
    assert actor(doc, event.target).country == "KEN"


# --- casualty counts read from more phrasings ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants attacked the village of Kuda. The attack left two dead.", 2),
        ("Militias clashed with FARDC in Lumi, leading to the death of 5 militiamen.", 5),
        ("Separatists clashed with gendarmes in Penda Mboko, leading to the killing of 1 gendarme.", 1),
        ("Soldiers intercepted and killed more than twenty Boko Haram militants in Amchide.", 20),
        ("Militiamen shot and killed 4 Wolkait ethnic group members in Tembera.", 4),
        ("Gunmen attacked a village near Kutiri. 6 fatalities were reported.", 6),
        ("Gunmen attacked a shopkeeper in Swabi. He was killed in the incident.", 1),
        ("Gunmen killed twenty-five soldiers near Gao.", 25),
        ("Gunmen killed a 20-year-old student in Kano.", 1),
        ("Two youths perished in police firing in Vadodara.", 2),
        ("Gunmen attacked a bus near Danli. Dozens were killed.", 12),  # ACLED codes "dozens" as 12
        ("Gunmen attacked mourners at a burial in Umuogbuefi. Between 14 to 20 persons were killed.", 14),
        ("Gunmen attacked a teashop in Thaketa. The victim died at the scene.", 1),
        ("Gunmen set off a bomb in La Cristalina, injuring a soldier and killing another.", 1),
        ("The toll includes 84 persons who have been killed in police firing.", 84),
        ("He said 77 deaths due to police firing had been reported.", 77),
    ],
)
def test_fatalities_told_in_more_phrasings(text: str, killed: int | None) -> None:
    assert events_of(document(text), "ASSAULT")[0].fatalities == killed


def test_a_toll_left_dead_and_injured_counts_both() -> None:
    attack = events_of(
        document("Gunmen attacked a market in Bunia. The attack left one dead and five injured."), "ASSAULT"
    )
    assert (attack[0].fatalities, attack[0].injured) == (1, 5)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two youths perished in police firing in Vadodara.", 2),
        ("Of the 100 that succumbed to the police firing, 60 were from the city.", 100),
        ("The toll includes 84 persons who have been killed in police firing.", 84),
        ("He said 77 deaths due to police firing had been reported.", 77),
    ],
)
def test_the_casualty_reader_counts_dying_verbs_relative_clauses_and_plural_deaths(text: str, killed: int) -> None:
    from newsevents.events.casualties import casualties
    from newsevents.pipeline import load_models

    sentence = next(load_models().nlp(text).sents)
    assert casualties(sentence, sentence.root)[0] == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Gunmen killed three people, two soldiers and a civilian, in Gao.", (3, None)),
        ("Gunmen killed three soldiers, two policemen and a civilian in Gao.", (6, None)),
        ("Three people were killed and 10 others injured.", (3, 10)),
        ("Five people were injured and two killed.", (2, 5)),
    ],
)
def test_the_casualty_reader_counts_lists_in_apposition_once_and_gapped_participles(
    text: str, counts: tuple[int | None, int | None]
) -> None:
    from newsevents.events.casualties import casualties
    from newsevents.pipeline import load_models

    sentence = next(load_models().nlp(text).sents)
    assert casualties(sentence, sentence.root) == counts


def test_opened_fire_that_the_tagger_reads_as_a_modified_noun_is_a_shooting() -> None:
    doc = document("Individuals on a motorcycle opened fire on a trader in Kirkuk.")
    assert [e.modes for e in events_of(doc, "ASSAULT")] == [["firearms"]]


def test_police_firing_is_a_shooting_and_the_firing_of_a_coach_is_not() -> None:
    (shooting,) = events_of(document("The firing by the police continued for an hour in Ahmedabad."), "ASSAULT")
    assert shooting.modes == ["firearms"]
    assert events_of(document("The firing of the coach angered fans in Manchester."), "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Palestinians rioted against Israeli military policies.", "ISR"),
        ("Protesters marched against violations by the Israeli military.", "ISR"),
    ],
)
def test_the_target_is_whose_thing_or_doing_the_object_is(text: str, target: str) -> None:
    doc = document(text)
    assert actor(doc, events_of(doc, "PROTEST")[0].target).country == target


def test_a_date_parsed_as_a_second_subject_is_not_the_actor() -> None:
    """The parse the small model gives some leads ("On 2 May 2022, in Mariquita, rioters attacked"): "May" and
    "rioters" both subjects of "attacked"; the one who acts is the subject that is no date or place."""
    words = ["On", "2", "May", "2022", ",", "rioters", "attacked", "the", "hall"]
    heads = [6, 2, 6, 2, 6, 6, 6, 8, 6]
    deps = ["prep", "nummod", "nsubj", "nummod", "punct", "nsubj", "ROOT", "det", "dobj"]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O"]
    parse = Doc(load_models().nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert governing_subject(parse[6]).text == "rioters"


def test_of_several_subjects_the_one_nearest_before_the_verb_acts() -> None:
    """A place preamble the parser reads as a second subject with no entity label ("in Saw township (Magway
    region), the military soldiers abducted two civilians"): the subject that stands nearest before the verb acts."""
    doc = document(
        "On 11 April 2022, in Shar Hla village, Seikphyu township (Pakokku district, Magway region), the Myanmar "
        "military troops set fire to five houses."
    )
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).name == "Myanmar military troops"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Japan continued its relief effort by donating tents to the flood victims.", "AID", "JPN"),
        ("Ethiopia let free 74 political prisoners on Friday.", "RETREAT", "ETH"),
    ],
)
def test_a_gerund_of_means_and_a_release_let_free_are_the_subject_s_acts(text: str, event_type: str, country: str):
    """ "by donating" shares the subject of the verb its preposition hangs on; "let free" is parsed as a clause of
    "let" with no subject of its own, and the release is the act of whoever lets the captives free."""
    doc = document(text)
    assert actor(doc, events_of(doc, event_type)[0].actor).country == country


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        # a protest's target is whom its purpose clause is aimed at
        ("Students in Damascus began a hunger strike to protest President Assad's decision.", "PROTEST", "SYR"),
        # an event noun's "of" object carries the aim: "a suspension of links with X"
        ("Italy announced a suspension of air links with Serbia on Wednesday.", "SANCTION", "SRB"),
        # a sanction's "to" names whom it cuts off
        ("A French minister has cancelled a planned visit to Haiti.", "SANCTION", "HTI"),
        # an addressed noun's "to" names whom it is given or made to
        ("The European Union announced new aid to Sudan on Monday.", "AID", "SDN"),
        ("Germany made an appeal to Russia on Tuesday.", "REQUEST", "RUS"),
        # a demand noun's clause names whom it is made of
        ("The rebels insisted on their demands that Burundi's government grant more rights.", "REQUEST", "BDI"),
        # the doer named in a participle's "by": "a bill signed by X"
        ("Workers protested against a law passed by the Serbian parliament.", "PROTEST", "SRB"),
        # "over" names what a protest opposes; a harm's doer is its "by", hung on the victim by the parser or not
        ("Workers protested over a law passed by the Serbian parliament.", "PROTEST", "SRB"),
        ("Residents protested over the arrest of a trader by the Kenyan police.", "PROTEST", "KEN"),
    ],
)
def test_the_target_named_beyond_the_trigger(text: str, event_type: str, target: str) -> None:
    doc = document(text)
    (event, *_) = events_of(doc, event_type)
    assert actor(doc, event.target).country == target


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Protesters rallied against the killing of Ahmed Musa.", "PROTEST"),
        ("Students marched over the murder of a Nigerian journalist.", "PROTEST"),
        ("The minister condemned the abduction of Ahmed Musa.", "ACCUSE"),
    ],
)
def test_the_victim_of_a_harm_opposed_is_not_its_target(text: str, event_type: str) -> None:
    """The "of" of a murder or an arrest names whom it befell: a protest against it is aimed at its doer."""
    (event, *_) = events_of(document(text), event_type)
    assert event.target is None


def test_the_doer_of_a_harm_is_its_by_phrase_not_its_victim() -> None:
    doc = document("Students protested against the killing of a student by Nigerian soldiers.")
    (protest,) = events_of(doc, "PROTEST")
    (killing,) = events_of(doc, "ASSAULT")
    assert actor(doc, protest.target).name == actor(doc, killing.actor).name == "Nigerian soldiers"


def test_a_harm_approved_is_aimed_at_whom_it_befalls() -> None:
    doc = document("Kenya approved the extradition of Ahmed Musa.")
    (event,) = events_of(doc, "COOPERATE")
    assert actor(doc, event.target).name == "Ahmed Musa"


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        # what is given back goes back to whom it was taken from
        ("The rebels said they will return the weapons they seized from the Malian army.", "AGREE", "MLI"),
        # a border's or a tie's other party, not whose border it is
        ("Chad closed its borders with Sudan and Libya on Friday.", "COERCE", "SDN"),
        # people hit by a storm are no doing of the storm
        (
            "The EU announced 5 million euros in assistance to communities affected by Cyclone Freddy in Malawi.",
            "AID",
            "MWI",
        ),
        # "in protest against" and "in defiance of" name what a protest opposes
        ("Teachers began a hunger strike in protest against reforms passed by the Greek parliament.", "PROTEST", "GRC"),
        ("Students rallied across Lebanon in defiance of the Syrian authorities.", "PROTEST", "SYR"),
        # aid as the purpose of a giving verb goes to whom the verb gives
        ("Qatar lent $500 million to Pakistan to aid its economy.", "AID", "PAK"),
        # a deployment announced "to" a country, the parser hanging the "to" on the verb
        ("Ghana announced the deployment of 400 soldiers to South Sudan.", "MOBILIZE", "SSD"),
        # the partner "with" ahead of whom the joint act is against
        ("Colombian police shared intelligence with Ecuador against drug cartels.", "COOPERATE", "ECU"),
        # a trade measure aims at the goods' nation
        ("Russia suspended imports of Moldovan wine.", "SANCTION", "MDA"),
        # mediation ended between sides
        ("The Qatari envoy ended mediation efforts between Sudanese factions.", "SANCTION", "SDN"),
    ],
)
def test_the_party_acted_on_named_in_a_phrase(text: str, event_type: str, target: str) -> None:
    doc = document(text)
    (event, *_) = events_of(doc, event_type)
    assert actor(doc, event.target).country == target


def test_a_passive_expulsion_from_a_country_is_the_countrys() -> None:
    doc = document("Three journalists were expelled from Ethiopia last week.")
    (event,) = events_of(doc, "SANCTION")
    assert actor(doc, event.actor).country == "ETH"
    assert actor(doc, event.target).name == "Three journalists"


def test_whom_a_sum_is_given_to_is_the_target_not_the_sum() -> None:
    doc = document("Canada donated CAD5 million to the World Health Organization.")
    (event,) = events_of(doc, "AID")
    assert actor(doc, event.target).name == "World Health Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people marched through Greiz, carrying torches and blowing whistles.",
        "The protesters later dispersed peacefully in Akcakale.",
    ],
)
def test_whistles_blown_and_a_crowd_leaving_are_no_violence(text):
    assert not events_of(document(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Bajrang Dal burned effigies of the minister in Ujjain on Monday.",
        "Students staged a demonstration in Recife on Monday and burned a school uniform shirt.",
        "Hundreds of people protested against vaccine mandates in Ottawa on Monday and burned their face masks.",
    ],
)
def test_burning_effigies_is_a_protest(text: str) -> None:
    doc = document(text)
    assert events_of(doc, "PROTEST") and not events_of(doc, "ASSAULT")


def test_the_people_a_participle_says_were_killed_are_its_victims_not_its_actors():
    doc = document(f"The families of two British men killed by a sniper in Raqqa condemned the report. {FILLER}")
    killing = events_of(doc, "ASSAULT")[0]
    assert actor(doc, killing.target).name.lower().endswith("men")
    assert killing.actor is None or not actor(doc, killing.actor).name.lower().endswith("men")
    doc = document(f"The fighting was very intense and there were many people killed in Keshma. {FILLER}")
    assert all(e.actor is None for e in events_of(doc, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "What the Khashoggi affair cruelly demonstrates is that the regime's control has grown.",
        "He met the Egyptian president in Cairo, demonstrating Russia's new clout in the region.",
        "The trial demonstrated that the army had lied.",
    ],
)
def test_demonstrate_as_show_is_no_protest(text: str):
    assert events_of(document(f"{text} {FILLER}"), "PROTEST") == []


def test_a_crowd_that_demonstrates_protests():
    doc = document(f"Thousands of students demonstrated in Dhaka on Friday against the new quota law. {FILLER}")
    assert events_of(doc, "PROTEST")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Rebel fighters were engaged in an attack on the town of Beni.", "rebel fighters", "REB"),
        (
            "A soldier was killed during a firefight between the army and Boko Haram militants near Maiduguri.",
            "army",
            "MIL",
        ),
        ("On 4 April 2023, an armed clash was reported between the army and the Gulf Clan in Caucasia.", "army", "MIL"),
        ("On 9 June 2023, a clash ensued between supporters of the two parties in Jumla.", "supporters", "CVL"),
        (
            "On 8 June 2023, shelling exchange with rockets took place between Turkish forces and the QSD in Tawileh.",
            "turkish forces",
            "MIL",
        ),
        ("On 5 June 2023, IS militants attacked a village near Menaka.", "militants", "REB"),
        (
            "On 20 June 2023, a group of people tortured and buried alive two men accused of theft in Maluana.",
            "people",
            "CVL",
        ),
        (
            "On 27 June 2023, unidentified persons fired at a shopkeeper affiliated with the ruling party"
            " in Kharagpur.",
            "unidentified persons",
            "UAF",
        ),
    ],
)
def test_the_subject_or_side_the_text_names_acts(text: str, name: str, sector: str):
    """Taking part ("were engaged in"), the first side of a fight ("between X and Y", also one a victim died in), a
    verb the parser hung on its subject as the sentence's root (also one that shoots "at" an aim), and the name "IS"
    read as "is": who acted is named."""
    doc = document(f"{text} {FILLER}")
    found = actor(doc, events_of(doc, "ASSAULT")[0].actor)
    assert found is not None and (found.name.lower(), found.sector) == (name, sector)


@pytest.mark.parametrize(
    "text",
    [
        "On 21 February 2023, a landmine left over from the Iran-Iraq war exploded in Baneh, injuring three porters.",
        "On 3 May 2023, a convoy was ambushed near Gao, killing five soldiers.",
        "On 3 May 2023, a bomb exploded in a market in Mogadishu, killing five people.",
    ],
)
def test_an_unknown_perpetrator_stays_unknown(text: str):
    """A country named where a weapon came from, a victim, a bomb: none is the actor of the attack."""
    assert all(e.actor is None for e in events_of(document(f"{text} {FILLER}"), "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "MOBILIZE", "IRQ"),
        ("North Korea has tried to hack into the computers of South Korean army officers.", "COERCE", "KOR"),
    ],
)
def test_the_target_of_a_purpose_or_an_intrusion(text: str, event_type: str, country: str):
    """ "mobilized reservists for a war against X": whom the war is aimed at; "hacked into X's computers": X."""
    doc = document(f"{text} {FILLER}")
    target = actor(doc, events_of(doc, event_type)[0].target)
    assert target is not None and target.country == country


def test_a_person_of_no_stated_country_takes_one_only_from_a_one_country_story():
    doc = document(f"John Kamau attacked a police officer in Nairobi on Monday. {FILLER}")
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).country == "KEN"
    doc = document(f"John Kamau attacked a police officer in Raqqa on Monday, days after he left Istanbul. {FILLER}")
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).country is None


def test_hostages_taken_are_an_abduction_in_acled_terms():
    """ "took 20 villagers hostage": PLOVER ASSAULT:abduct, ACLED's abduction of civilians."""
    doc = document(f"Gunmen took 20 villagers hostage in Borno on Monday. {FILLER}")
    event = events_of(doc, "ASSAULT")[0]
    assert "abduct" in event.modes
    assert event.acled == {
        "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance",
    }


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        ("Talks between the two sides may take place next week, officials said.", "CONSULT", "speculated"),
        ("Talks between the two sides will be held in Geneva next week.", "CONSULT", "planned"),
        ("Fighting could resume in the coming days.", "ASSAULT", "speculated"),
        ("The talks did not take place.", "CONSULT", "negated"),
        ("Clashes broke out in the city on Monday.", "ASSAULT", "asserted"),
        ("A meeting took place in Geneva on Monday.", "CONSULT", "asserted"),
    ],
)
def test_a_noun_that_a_verb_of_occurring_tells_takes_that_verbs_status(sentence, event_type, status):
    (event,) = events_of(document(sentence), event_type)
    assert event.status == status


def test_the_group_a_protest_verb_hangs_on_is_the_protester():
    doc = document("A human rights group protested here on Monday.")
    (event,) = events_of(doc, "PROTEST")
    assert actor(doc, event.actor).name == "human rights group"


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Police opened fire on the crowd, killing several protesters.", 3),
        ("Dozens of people were killed in police firing.", 12),
        ("Scores of villagers were killed when troops opened fire.", 20),
        ("Many people died in the police firing.", 2),
        ("The people killed in the police firing were buried on Sunday.", 2),
        ("Gunmen killed villagers in Zamfara on Monday.", 0),
    ],
)
def test_a_toll_without_a_number_counts_what_its_words_say(sentence: str, fatalities: int):
    assert max(e.fatalities or 0 for e in events_of(document(sentence), "ASSAULT")) == fatalities


def test_a_killing_by_another_named_doer_is_not_counted_for_the_event_beside_it():
    doc = document("While six people were injured in police firing, 12 people were killed by the rioters.")
    police = next(e for e in events_of(doc, "ASSAULT") if actor(doc, e.actor).sector == "COP")
    rioters = next(e for e in events_of(doc, "ASSAULT") if actor(doc, e.actor).name == "rioters")
    assert police.fatalities is None and rioters.fatalities == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "Police resorted to a lathi charge to disperse the mob in Allahabad.",
        "Police lathicharged the protesters outside the collectorate.",
        "Police burst teargas shells as the mob torched shops in Prantij.",
        "Police used tear gas to disperse the crowd in Nairobi.",
        "Police fired in the air to disperse the crowd.",
    ],
)
def test_crowd_control_by_the_police_is_their_use_of_force(sentence: str):
    doc = document(sentence)
    assert any(actor(doc, e.actor) and actor(doc, e.actor).sector == "COP" for e in events_of(doc, "ASSAULT"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The court dropped the charge against him.",
        "The engine fired after a long wait.",
        "Gang members beat a man in the market.",
    ],
)
def test_no_crowd_control_where_no_crowd_is_met(sentence: str):
    assert all("crowd-control" not in e.modes for e in document(sentence).events)


@pytest.mark.parametrize(
    ("sentence", "arrest"),
    [
        ("Over 30 activists were taken into custody at different places.", True),
        ("Siddiqui was picked up by police from his residence in south Delhi.", True),
        ("Police rounded up dozens of youths after the clashes.", True),
        ("He was remanded to police custody till April 1.", True),
        ("Two activists were caught by the Kolkata police near the border.", True),
        ("The magistrate remanded Ansari to judicial custody for 13 days.", True),
        ("The police acted quickly and caught some of them near the market.", True),
        ("Two men were nabbed by the police near the bus stand.", True),
        ("The accused were booked for murder and rioting.", True),
        ("Sixty people have been booked under the Arms Act.", True),
        ("The police have booked 62 people so far.", True),
        ("The striker was booked for a late tackle.", False),
        ("A room was booked under his name.", False),
        ("She booked two tickets for the concert.", False),
        ("The case was remanded to the lower court.", False),
        ("The striker nabbed a late winner.", False),
        ("Four were held in connection with the burning of a bus.", True),
        ("Both were caught in connection with the bombing.", True),
        ("Talks were held in connection with the visit.", False),
        ("Elections were held under the new law.", False),
        ("She picked up the phone and called her brother.", False),
        ("The warehouse caught fire on Monday.", False),
        ("The fishermen caught two sharks near the coast.", False),
        ("The ambulance took the injured to hospital.", False),
        ("A few hours later we got picked up by the same car.", False),
    ],
)
def test_people_taken_by_the_authorities_are_arrested(sentence: str, arrest: bool):
    doc = document(sentence)
    assert any(e.type == "COERCE" and "arrest" in e.modes for e in doc.events) is arrest


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of activists courted arrest in Delhi on Monday.",
        "And if need be, we will court arrest also.",
    ],
)
def test_arrest_courted_by_protesters_is_no_arrest_made(sentence: str):
    assert not any(e.type == "COERCE" and "arrest" in e.modes for e in document(sentence).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatives sought a list of the victims of police firing.",
        "The indiscriminate firing by the police left the market deserted.",
    ],
)
def test_a_gerund_of_firing_used_as_a_noun_is_shooting(sentence: str):
    assert any("firearms" in e.modes for e in events_of(document(sentence), "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the town. By propping up a dictator who starves and massacres his own population, he owns "
        "the desolation.",
        "Gunmen attacked the town. No country can kill its way out of the problem.",
    ],
)
def test_no_toll_without_a_count_or_a_victim_killed(text: str) -> None:
    assert events_of(document(text), "ASSAULT")[0].fatalities is None


@pytest.mark.parametrize(
    "text", ["A professor was murdered in Kano.", "On 22 May 2022, a landmine detonated killing a minor near Hamra."]
)
def test_a_singular_victim_killed_counts_one(text: str) -> None:
    assert events_of(document(text), "ASSAULT")[0].fatalities == 1


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("On 27 May 2022, a man was injured in a drive-by shooting in Natal by two armed individuals.", "individuals"),
        ("On 27 May 2022, a man was injured in a drive-by shooting in the Centro neighborhood of Natal.", None),
        ("On 5 May 2022, a man was killed in Natal. Two men were later charged with killing the man.", "men"),
    ],
)
def test_the_victim_of_a_passive_is_never_the_attacker(text: str, attacker: str | None) -> None:
    doc = document(text)
    event = events_of(doc, "ASSAULT")[0]
    found = actor(doc, event.actor)
    assert (found.name.split()[-1] if found else None) == attacker
    assert actor(doc, event.target).name == "man"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2022, two individuals opened fire on a police checkpoint in Kano.", "UAF"),
        ("On 3 May 2022, a man threw a grenade at a bar in Kano.", "UAF"),
        ("On 3 May 2022, two men clashed with herders in Kano.", "CVL"),
        ("On 3 May 2022, two men beat a trader in Kano.", "CVL"),
        ("On 3 May 2022, rioters opened fire on the police in Kano.", "CVL"),
    ],
)
def test_unnamed_people_who_attack_with_arms_are_an_armed_group(text: str, sector: str) -> None:
    doc = document(text)
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 5 May 2023, the Black Hawks Brotherhood attacked a police post in Kora, killing two officers.", "PRM"),
        ("Russia attacked Ukraine with missiles on Monday, killing five people in Kharkiv.", None),
        ("John Smith shot his neighbour in Dallas on Sunday.", None),
        ("The Saudi-led coalition carried out air strikes on Saada on Monday, killing four civilians.", None),
        ("On 3 May 2022, a Palestinian carried out a shooting attack in Ariel, wounding a guard.", None),
    ],
)
def test_a_named_group_of_no_known_sector_that_attacks_is_a_militia(text: str, sector: str | None) -> None:
    doc = document(text)
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).sector == sector


def test_the_victim_acts_in_its_own_clause() -> None:
    doc = document("A British man who went to Syria to fight Islamic State has been killed in Raqqa.")
    fights = [e for e in events_of(doc, "ASSAULT") if e.target and actor(doc, e.target).name == "Islamic State"]
    assert [actor(doc, e.actor).name for e in fights] == ["British man"]


SYRIAN_SCENE = (
    "Government forces shelled rebel positions near Aleppo, Syria, on Sunday. "
    "Fighting also continued around Idlib and Deir ez-Zor. "
)


def _person_named(doc, surname: str):
    return next(a for a in doc.actors if a.kind == "person" and a.name.endswith(surname))


def test_a_leader_met_only_abroad_takes_no_country_from_the_meeting_place() -> None:
    """A leader no list knows (well-known ones are in annotate/data/known_people.tsv)."""
    doc = document(SYRIAN_SCENE + "President Putin hosted President Tamer Haddad in Sochi on Monday.")
    (meeting,) = events_of(doc, "CONSULT")
    assert place(doc, meeting.place).country == "RU"
    assert _person_named(doc, "Haddad").country is None  # neither Russian (the place) nor surely Syrian


def test_a_leader_seen_at_home_keeps_the_articles_country_when_he_travels() -> None:
    doc = document(
        SYRIAN_SCENE + "President Assad met army commanders in Damascus on Sunday. "
        "On Monday, President Putin hosted President Assad in Sochi."
    )
    assert len(events_of(doc, "CONSULT")) == 2
    assert _person_named(doc, "Assad").country == "SYR"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("In neighbouring Uganda, twelve protesters were arrested in Kampala on Tuesday.", "police"),
        (
            "In neighbouring Uganda, the Electoral Commission banned rallies in Kampala on Tuesday.",
            "Electoral Commission",
        ),
    ],
)
def test_local_bodies_of_a_town_abroad_take_its_country(sentence: str, body: str) -> None:
    """An unnamed group or an organisation presumed of the article's country is of the country where it acts."""
    kenyan_scene = (
        "Kenyan opposition leaders called for fresh protests in Nairobi and Mombasa on Monday. "
        "Strikes also closed shops in Kisumu and Nakuru. "
    )
    doc = document(kenyan_scene + sentence)
    (event,) = events_of(doc, "COERCE")
    local = actor(doc, event.actor)
    assert (local.name, local.country) == (body, "UGA")


def test_a_clause_naming_its_own_doer_is_not_the_killing_told_before_it() -> None:
    doc = document("Two persons were stabbed to death and the police fired several rounds in the air in Baroda.")
    stabbing, firing = events_of(doc, "ASSAULT")
    assert (stabbing.fatalities, stabbing.actor) == (2, None)
    assert actor(doc, firing.actor).sector == "COP"
    assert firing.fatalities is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen attacked a bus and five passengers were killed near Peshawar.", 5),
        ("Police opened fire and killed two protesters in Baroda.", 2),
    ],
)
def test_an_attack_and_its_toll_in_joined_clauses_are_one_event(text: str, killed: int) -> None:
    (event,) = events_of(document(text), "ASSAULT")
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "giver", "recipient"),
    [
        ("The New Zealand government provided an additional $2 million in assistance to Fiji.", "NZL", "FJI"),
        ("On April 3, the U.S. Government announced $33 million in additional assistance.", "USA", None),
        ("The United States has provided Egypt with military assistance.", "USA", "EGY"),
        ("The United States has provided military aid to Egypt.", "USA", "EGY"),
        ("Japan has provided Vietnam with over $2 billion in development assistance.", "JPN", "VNM"),
    ],
)
def test_who_gives_an_event_noun_is_its_actor_and_the_giving_one_event(
    text: str, giver: str, recipient: str | None
) -> None:
    """The subject of the verb that carries an event noun (as its object, its "with" object, or the amount it counts:
    "$2 million in assistance") does the event; a verb and its noun that code the same type are one act."""
    doc = document(text)
    (event,) = events_of(doc, "AID")
    assert actor(doc, event.actor).country == giver
    if recipient is not None:
        assert actor(doc, event.target).country == recipient


@pytest.mark.parametrize(
    "text",
    [
        "Germany on Thursday announced a sixfold increase in funding to fight the Ebola epidemic in West Africa.",
        "The new government vowed to fight corruption and poverty.",
        "Firefighters fought the blaze for hours near Athens.",
        "The battle against climate change will be long, the minister said in Paris.",
        "The agency spent $2 billion last year on fighting the root causes of migration.",
    ],
)
def test_fighting_an_ill_or_a_fire_is_no_armed_clash(text: str) -> None:
    assert not events_of(document(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "A militia commander and his men have given up fighting and surrendered to the army in Kunduz.",
        "The two sides agreed on Sunday to end the fighting in the north.",
    ],
)
def test_fighting_given_up_or_ended_is_no_armed_clash(text: str) -> None:
    assert not events_of(document(text), "ASSAULT")


def test_fighting_armed_people_stays_an_armed_clash() -> None:
    doc = document("Rebels fought government troops in the north on Sunday.")
    (event,) = events_of(doc, "ASSAULT")
    assert event.acled["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "The Hungarian foreign minister on Saturday expressed condolences to the families of the victims in Ankara.",
        "The opposition leader on Monday pushed for the constitution to be revised before the elections in Lima.",
    ],
)
def test_a_statement_the_fallback_reads_as_a_protest_is_no_protest(text: str) -> None:
    """The ACLED head, which has no "no event" class, reads these as peaceful protests; the PLOVER head does not, and no
    group of people is their subject."""
    assert not any(e.acled and e.acled["event_type"] == "Protests" for e in document(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers returned twelve stolen paintings to the national museum in Lima on 4 May.",
        "About 200 Kenyan peacekeepers arrived in Mogadishu on Tuesday to join the African Union mission.",
    ],
)
def test_the_fallback_reads_no_protest_in_a_lead_that_tells_no_crowd(text: str) -> None:
    """The ACLED head reads these as peaceful protests; nothing a crowd does or wants is told, and no crowd acts."""
    assert not any(e.acled and e.acled["event_type"] == "Protests" for e in document(text).events)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("On 2 May, nurses held a sit-in outside the ministry.", True),
        ("Teachers formed a human chain in the capital, demanding their wages.", True),
        ("A group of people rode their bikes through Baden.", True),
        ("About 2,400 people formed a giant mosaic in Palma.", True),
        ("The ministry returned the paintings in March.", False),
        ("Officials said they hoped more countries would join.", False),
    ],
)
def test_a_fallback_protest_needs_a_crowd_act_in_the_lead(text: str, told: bool) -> None:
    lead = list(load_models().nlp(text).sents)
    assert acled.crowd_acts_told(lead) is told


@pytest.mark.parametrize(
    ("kind", "plover_top", "coded"),
    [
        ("group", "ACCUSE", True),  # students: a crowd may protest whatever the PLOVER head reads
        ("organization", "ACCUSE", False),  # a minister's statement
        (None, "ACCUSE", False),
        ("organization", "PROTEST", True),  # both heads read a protest
        ("country", "PROTEST", False),  # a country holds no demonstration
    ],
)
def test_a_fallback_crowd_event_needs_the_plover_head_or_a_group(
    monkeypatch: pytest.MonkeyPatch, kind: str | None, plover_top: str, coded: bool
) -> None:
    subject = Actor(id="a1", name="someone", kind=kind) if kind else None
    monkeypatch.setattr(acled, "_lead_subject_actor", lambda root, mentions: subject)
    plover = {plover_top: 0.8, "CONSULT": 0.2}
    assert acled._crowd_in_the_lead(None, None, "Peaceful protest", plover) is coded


def test_a_meeting_the_rules_read_gets_no_fallback_protest() -> None:
    """The ACLED head reads a peaceful protest in this lead at 0.83, the PLOVER head leans to PROTEST at under 0.2:
    where the rules found a meeting, a head that unsure does not confirm a protest."""
    doc = document("Vladimir Putin hosted talks in Sochi with the leaders of Iran and Turkey.")
    assert events_of(doc, "CONSULT")
    assert not any(e.acled and e.acled["event_type"] == "Protests" for e in doc.events)


@pytest.mark.parametrize(
    ("plover", "found_any", "coded"),
    [
        ({"PROTEST": 0.17, "CONSULT": 0.15}, True, False),  # rules found other events, an unsure PLOVER head
        ({"PROTEST": 0.6, "CONSULT": 0.1}, True, True),  # both heads sure
        ({"PROTEST": 0.17, "CONSULT": 0.15}, False, True),  # nothing else found: the ACLED head codes the lead
    ],
)
def test_the_fallback_needs_a_sure_plover_head_beside_other_events(
    plover: dict[str, float], found_any: bool, coded: bool
) -> None:
    probabilities = {"acled": {"Peaceful protest": 0.83, "Armed clash": 0.02}, "plover": plover}
    assert (acled._fallback_types(probabilities, found_any) is not None) is coded


@pytest.mark.parametrize(
    ("plover", "coded"),
    [
        ({"PROTEST": 0.8, "RETREAT": 0.1}, None),  # both heads read a protest the lead does not tell
        ({"RETREAT": 0.8, "PROTEST": 0.1}, "RETREAT"),  # the PLOVER head reads another event: it codes that
    ],
)
def test_no_head_codes_a_protest_in_a_lead_that_tells_no_crowd_act(plover: dict[str, float], coded: str | None) -> None:
    probabilities = {"acled": {"Peaceful protest": 0.83, "Armed clash": 0.02}, "plover": plover}
    chosen = acled._fallback_types(probabilities, found_any=False, protest_told=False)
    assert (chosen and chosen[0]) == coded


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Erdogan threatened to expel ten ambassadors.", "THREATEN"),
        ("The rebels threatened to attack the capital.", "THREATEN"),
        ("The government promised to send aid to the flood victims.", "AGREE"),
    ],
)
def test_an_act_threatened_or_promised_is_the_one_threat_or_promise(text: str, event_type: str) -> None:
    (event,) = events_of(document(text), event_type)
    assert event.status == "asserted"


def test_an_event_noun_that_tells_why_or_despite_what_is_not_the_subjects_doing() -> None:
    doc = document("Students held a protest in Dhaka over the arrests of their leaders.")
    (arrest,) = events_of(doc, "COERCE")
    assert actor(doc, arrest.actor).sector != "EDU"
    doc = document("Despite the ceasefire agreement, the army continued its shelling of Idlib on Monday.")
    assert all(e.actor is None for e in events_of(doc, "AGREE"))
    assert actor(doc, events_of(doc, "ASSAULT")[0].actor).sector == "MIL"


def test_support_provided_is_help_not_support_expressed() -> None:
    assert not events_of(document("The NGO provided support to the victims of the flood in Dhaka."), "SUPPORT")
    assert events_of(document("The minister expressed support for the peace plan."), "SUPPORT")


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("The army launched an operation against the rebels in the north on Monday.", True),
        ("Troops began a new military operation against Kurdish fighters near Afrin.", True),
        ("The government began an operation against corruption.", False),
    ],
)
def test_armed_forces_operation_against_people_is_an_attack(text: str, attack: bool) -> None:
    assert bool(events_of(document(text), "ASSAULT")) is attack


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Agents killed his brother and two nieces in 1985. Around 4,500 villages were flattened, and overall an "
            "estimated 182,000 Kurds died.",
            3,
        ),
        (
            "Rebels attacked an army post near Idlib on Monday. More than 330,000 people have been killed in Syria "
            "since the conflict began in March 2011.",
            None,
        ),
        ("Air strikes hit a market in Raqqa. Some 523 civilians have died in two months of fighting.", None),
        ("Gunmen attacked a village in Zamfara, killing 3 people. The death toll of the war has passed 10,000.", 3),
        ("Militants attacked a checkpoint in Kunduz on Monday. Four soldiers were killed.", 4),
        ("Gunmen attacked a bus in Kabul last year. Five passengers were killed in the attack.", 5),
    ],
)
def test_a_toll_summed_over_a_war_is_not_the_attacks_before(text: str, killed: int | None) -> None:
    """A later sentence's toll counts for the attack told before it, unless it sums a war or a span of time."""
    assert events_of(document(f"{text} {FILLER}"), "ASSAULT")[0].fatalities == killed


@pytest.mark.parametrize(
    ("text", "target_country"),
    [
        ("Nigeria withdrew its forces from Mali after the coup.", "MLI"),
        ("The United States pulled out its troops from Iraq in 2011.", "IRQ"),
        ("Israel withdrew its soldiers from the Gaza Strip.", None),
        ("Russia announced the withdrawal of its troops from Syria on Monday.", "SYR"),
    ],
)
def test_what_a_withdrawal_moves_is_the_actors_own_not_the_target(text: str, target_country: str | None) -> None:
    doc = document(f"{text} {FILLER}")
    (event,) = events_of(doc, "RETREAT")
    target = actor(doc, event.target) if event.target else None
    assert (target.country if target else None) == target_country
    assert target is None or target.sector != "MIL"  # its troops are not whom it withdraws from


def test_the_forces_of_a_withdrawal_are_who_withdraws() -> None:
    doc = document(f"The withdrawal of US troops from Iraq was completed in December. {FILLER}")
    (event,) = events_of(doc, "RETREAT")
    assert (actor(doc, event.actor).country, actor(doc, event.actor).sector) == ("USA", "MIL")
    assert actor(doc, event.target).country == "IRQ"


def test_legal_action_brought_against_someone_accuses_them():
    doc = document("The European Commission has launched legal action against the Polish government on Monday.")
    accusation = events_of(doc, "ACCUSE")[0]
    assert actor(doc, accusation.actor).name == "European Commission"
    assert actor(doc, accusation.target).name == "Polish government"
    assert not events_of(document("Lawyers discussed what legal action could achieve in such cases."), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Security forces and militants clashed in Kupwara district on Monday. Four militants were killed in the "
         "encounter.", 4),
        ("Police and Maoists exchanged fire in Bijapur on Monday. Two Maoists were killed in the exchange of fire.", 2),
        ("Al Shabaab militants attacked a military base in Lower Shabelle. Five soldiers and 12 militants were killed "
         "in the ensuing gunfight.", 17),
        ("PKK militants attacked Turkish soldiers in Duhok on Sunday. The PKK claimed 2 Turkish soldiers were "
         "killed.", 2),
    ],
)  # fmt: skip
def test_a_toll_that_points_back_to_the_attack_is_its_toll(text: str, killed: int) -> None:
    """ "in the encounter", "in the ensuing gunfight", or claimed by someone: the deaths of the attack told before,
    not an event of their own."""
    doc = document(f"{text} {FILLER}")
    (attack,) = events_of(doc, "ASSAULT")
    assert attack.fatalities == killed
    assert len(attack.evidence) == 2


def test_an_attack_named_by_its_author_is_no_earlier_attacks_toll() -> None:
    doc = document(
        "Gunmen attacked a checkpoint in Borno on Monday. Two farmers were killed in an army airstrike in Yobe. "
        f"{FILLER}"
    )
    assert events_of(doc, "ASSAULT")[0].fatalities is None


def test_a_claimed_toll_does_not_outbid_the_count_told() -> None:
    doc = document(
        "Armed men attacked and killed a village chief in Ogun on Monday. Other reports claim three other people were "
        f"also killed. {FILLER}"
    )
    assert events_of(doc, "ASSAULT")[0].fatalities == 1


def test_the_dead_of_a_toll_are_the_attacks_target_where_it_names_none() -> None:
    doc = document(
        f"On 3 May 2022, a bomb exploded in a market in Mogadishu. Seven people were killed in the blast. {FILLER}"
    )
    attack = events_of(doc, "ASSAULT")[0]
    assert attack.fatalities == 7
    assert actor(doc, attack.target).name == "Seven people"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Urban terrorists assassinated the attorney general, Roberto Garcia Alvarado, in San Salvador.",
         "Roberto Garcia Alvarado"),
        ("Jose Rodriguez, mayor of Usulutan, who was kidnapped by guerrillas last week, was released on Tuesday.",
         "Jose Rodriguez"),
        ("The government condemned the assassination of Hector Oqueli, a social democratic leader, in Guatemala.",
         "Hector Oqueli"),
    ],
)  # fmt: skip
def test_the_victim_is_the_person_beside_a_title(text: str, victim: str) -> None:
    """A person and the office they hold in apposition: the person was harmed, not the office or its town."""
    doc = document(f"{text} {FILLER}")
    attack = events_of(doc, "ASSAULT")[0]
    assert actor(doc, attack.target).name == victim


def test_an_attack_told_as_what_came_before_is_another_attack() -> None:
    doc = document(
        "Jewish settlers in Hebron set fire to the offices of the Palestinian administrators overnight following the "
        f"killing of an Israeli man, residents said Sunday. {FILLER}"
    )
    arson, killing = events_of(doc, "ASSAULT")[:2]
    assert actor(doc, arson.actor).name == "Jewish settlers"
    assert arson.fatalities is None
    assert killing.fatalities == 1 and actor(doc, killing.target).name == "Israeli man"


def test_the_act_a_sentence_tells_comes_before_the_one_it_followed() -> None:
    doc = document(
        f"Following the killing of their commander, militants attacked an army post in Borno on Monday. {FILLER}"
    )
    reported = main_event(doc)
    assert actor(doc, reported.actor).name == "militants"
    assert reported.fatalities is None


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Kremlin accused Ukraine of shelling the town.", "UKR"),
        ("Iran accused Iraq of shelling border villages on Monday.", "IRQ"),
        ("The Kremlin accused Kyiv of shelling the town.", "UKR"),  # a capital accused stands for its state
    ],
)
def test_the_one_accused_of_an_act_is_its_doer_never_the_accuser(text: str, doer: str | None):
    """ "X accused Y of shelling": the shelling is Y's (none where Y names no actor), and Y is not its target."""
    doc = document(f"{text} {FILLER}")
    shelling = events_of(doc, "ASSAULT")[0]
    found = actor(doc, shelling.actor)
    assert (found.country if found else None) == doer
    assert shelling.target is None or shelling.target != shelling.actor


def test_an_act_one_is_threatened_with_stays_the_threateners():
    """ "threatened the town with shelling": the town is not who would shell."""
    doc = document(f"The rebels threatened the soldiers with shelling. {FILLER}")
    shelling = events_of(doc, "ASSAULT")[0]
    assert actor(doc, shelling.actor) is None or actor(doc, shelling.actor).sector != "MIL"


def test_an_infinitive_of_purpose_is_done_by_the_subject_it_serves():
    """ "Uzbekistan opened the bridge to allow the delivery of grain": Uzbekistan allows it; after a passive verb no
    one named does ("the bridge was opened to allow")."""
    doc = document("Uzbekistan opened the bridge to allow the delivery of 1,000 tons of grain to Afghanistan.")
    assert actor(doc, events_of(doc, "RETREAT")[0].actor).country == "UZB"
    assert events_of(document("The bridge was opened to allow the delivery of grain."), "RETREAT")[0].actor is None


def test_a_hyphenated_cease_fire_is_a_ceasefire():
    doc = document(f"Afghan President Ashraf Ghani announced a weeklong cease-fire with the Taliban. {FILLER}")
    truce = main_event(doc, acled_only=False)
    assert truce is not None and truce.type == "RETREAT" and actor(doc, truce.actor).country == "AFG"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The Israeli government approved the ceasefire deal on Sunday.", "GOV"),
        ("The rebels agreed to a truce with the army.", "REB"),
    ],
)
def test_who_assents_to_a_ceasefire_is_a_party_to_it(text: str, sector: str) -> None:
    doc = document(f"{text} {FILLER}")
    ceasefire = next(e for e in events_of(doc, "RETREAT") if "ceasefire" in e.modes)
    assert actor(doc, ceasefire.actor).sector == sector


def test_an_event_noun_coordinated_under_a_light_verb_is_carried_by_it():
    """ "launched air and artillery strikes on the rebels": the parser makes "air" the object and "strikes" its
    conjunct; the verb's subject still launched the strikes, aimed by the verb's "on"."""
    doc = document(f"The Turkish army launched air and artillery strikes on Kurdish rebels near the border. {FILLER}")
    strikes = main_event(doc, acled_only=False)
    assert strikes is not None and strikes.type == "ASSAULT"
    assert (actor(doc, strikes.actor).country, actor(doc, strikes.actor).sector) == ("TUR", "MIL")


def test_warfare_waged_against_a_country_is_an_attack_on_it():
    doc = document(f"Moscow launched cyber warfare against Estonia last spring. {FILLER}")
    attack = events_of(doc, "ASSAULT")[0]
    assert actor(doc, attack.target).country == "EST"
    assert not events_of(document("The museum shows the history of chemical warfare."), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Greek troops remained on high alert after the incident on the island.", "GRC"),
        ("Chile put its army on alert as the storm approached the coast.", "CHL"),
    ],
)
def test_forces_put_on_alert_are_mobilized(text: str, country: str) -> None:
    doc = document(text)
    (alert,) = events_of(doc, "MOBILIZE")
    assert actor(doc, alert.actor).country == country
    assert not events_of(document("Residents remained on alert as the storm approached."), "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "released"),
    [
        ("The junta released dozens of political activists on Friday.", True),
        ("Hundreds of prisoners were released in the capital this week.", True),
        ("The minister welcomed the release of two aid workers held in the desert.", True),
        ("The ministry released the names of those affected by the flood.", False),
        ("The ministry welcomed the release of the annual report.", False),
    ],
)
def test_a_release_is_of_people_named_or_counted(text: str, released: bool) -> None:
    assert any("release" in e.modes for e in events_of(document(text), "RETREAT")) is released


def test_torture_told_as_a_cause_is_an_assault_but_its_signs_are_no_new_one():
    died = document("A jailed journalist died as a result of torture in a detention centre.")
    assert any("torture" in e.modes for e in events_of(died, "ASSAULT"))
    found = document("A man was found dead with signs of torture near the market.")
    assert not any("torture" in e.modes for e in events_of(found, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    ["Dock workers joined the strike on Monday.", "The union said it will not end the strike until wages rise."],
)
def test_the_strike_people_join_or_end_is_a_stoppage_not_an_air_strike(text: str) -> None:
    types = {e.type for e in document(text).events}
    assert "ASSAULT" not in types and types & {"PROTEST", "THREATEN"}


def test_discussions_with_a_leader_are_a_consultation():
    doc = document("The Kenyan president held discussions with his Ugandan counterpart in Kampala.")
    assert events_of(doc, "CONSULT")
    assert not events_of(document("The discussion of the budget lasted all day."), "CONSULT")


def test_warplanes_pounding_positions_are_their_nation_s_forces_attacking():
    doc = document(f"Syrian warplanes pounded rebel positions near Idlib on Thursday. {FILLER}")
    attack = main_event(doc, acled_only=False)
    assert attack is not None and attack.type == "ASSAULT" and actor(doc, attack.actor).country == "SYR"


def test_a_subject_hung_on_the_auxiliary_is_still_the_verb_s_subject():
    """The small parser hangs "Kingdom" on "have" in "The United Kingdom and France however have opposed"."""
    doc = document("The United Kingdom and France however have opposed resolutions on cluster munitions.")
    (rejection,) = events_of(doc, "REJECT")
    assert actor(doc, rejection.actor).country == "GBR"


def test_asylum_granted_is_aid_to_the_one_it_is_granted_to():
    doc = document("Ecuador has granted political asylum to Julian Assange.")
    (aid,) = events_of(doc, "AID")
    assert actor(doc, aid.actor).country == "ECU" and actor(doc, aid.target).name == "Julian Assange"


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("About 2,000 dock workers stopped work on Tuesday.", True),
        ("Hundreds of employees stopped work on Monday.", True),
        ("Engineers stopped work on the dam after the flood.", False),
    ],
)
def test_workers_who_stop_work_strike(text: str, strike: bool) -> None:
    assert any("strike" in e.modes for e in events_of(document(text), "PROTEST")) is strike


def test_a_seized_ship_released_is_a_release():
    doc = document("The coast guard released a Greek ship it had seized near the port.")
    assert any("release" in e.modes for e in events_of(doc, "RETREAT"))


@pytest.mark.parametrize(
    "text",
    [
        "Britain is deploying 300 troops to the UN peacekeeping mission in Mali.",
        "About 2,000 Russian soldiers were deployed as peacekeeping forces along the corridor.",
    ],
)
def test_forces_deployed_to_keep_the_peace_are_military_aid(text: str) -> None:
    types = {event.type for event in document(text).events}
    assert "AID" in types and "MOBILIZE" not in types
    assert "MOBILIZE" in {event.type for event in document("Russia deployed troops to the border.").events}


@pytest.mark.parametrize(
    "text",
    [
        "Japan deployed search-and-rescue teams to the flooded province.",
        "The ministry deployed doctors and nurses to the camps.",
        "The European Union has deployed election observers in Kenya.",
    ],
)
def test_helpers_deployed_are_aid_not_forces_mobilized(text: str) -> None:
    types = {event.type for event in document(text).events}
    assert "AID" in types and "MOBILIZE" not in types


def test_fire_aimed_across_a_line_is_shooting() -> None:
    doc = document("In recent weeks Syria and Israel have fired across the ceasefire line.")
    assert events_of(doc, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "About 200 Kenyan soldiers arrived in Mogadishu to join the UN peacekeeping mission.",
        "Nepalese troops took part in peacekeeping operations in Lebanon.",
    ],
)
def test_forces_joining_a_peacekeeping_mission_are_military_aid(text: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 Nepalese peacekeepers arrived in Bangui on Monday.",
        "The first contingent of African Union peacekeeping troops arrives in Mogadishu.",
    ],
)
def test_peacekeepers_arriving_are_military_aid(text: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == "AID"


def test_a_condolence_message_after_an_attack_is_a_comment_on_it() -> None:
    text = "The king sent a condolence message to President Dr. Amal Hadi following the bombing in the capital."
    assert main_event(document(text), acled_only=False) is None


def test_others_arriving_for_talks_on_peacekeeping_deploy_nothing() -> None:
    text = "Envoys arrived in Geneva for talks on the peacekeeping mission."
    assert "AID" not in {event.type for event in document(text).events}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Indian and French navies began joint naval exercises in the Arabian Sea.", "COOPERATE"),
        ("Russia held military drills with Belarus near the border.", "COOPERATE"),
        ("The war games were staged by Egyptian and Saudi forces.", "COOPERATE"),
        ("North Korea held large-scale military drills near the border on Monday.", "MOBILIZE"),
    ],
)
def test_military_exercises_are_a_show_of_force_or_held_together_cooperation(text: str, event_type: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == event_type


@pytest.mark.parametrize("text", ["The talks were an exercise in futility.", "Pupils took part in a fire drill."])
def test_exercises_that_are_no_military_drill_are_no_event(text: str) -> None:
    assert not {"MOBILIZE", "COOPERATE"} & {e.type for e in document(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "Spain extradited a Russian hacker to the United States on Friday.",
        "A Dutch court approved the extradition of a suspected smuggler to Belgium.",
    ],
)
def test_an_extradition_is_judicial_cooperation(text: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == "COOPERATE"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Canada accepted 2,000 Syrian refugees last year.", "AID"),
        ("The government accepted the demands of the striking teachers.", "CONCEDE"),
        ("The rebels accepted the peace offer.", "AGREE"),
    ],
)
def test_what_is_accepted_decides_the_acceptance(text: str, event_type: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == event_type


def test_sides_named_together_as_the_subject_of_a_clash_are_actor_and_target():
    doc = document(f"The Sudanese army and the Rapid Support Forces clashed in Khartoum on Saturday. {FILLER}")
    clash = main_event(doc)
    assert clash is not None and actor(doc, clash.actor).sector == "MIL"
    assert clash.target is not None and clash.target != clash.actor
    assert "Khartoum" not in actor(doc, clash.target).name


def test_weapon_and_target_patterns_match_whole_words_the_longest_first():
    pattern = build._any_of({"bomb", "car bomb", "gun"})
    assert [m.group(1) for m in pattern.finditer("A Car bomb, guns and a gunman; BOMB.")] == ["Car bomb", "BOMB"]
    plural = build._any_of({"school"}, ending="s?")
    assert [m.group(0) for m in plural.finditer("Schools and a school, not schoolyards")] == ["Schools", "school"]


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        ("USAID deployed seven rescue teams to Haiti.", "AID", "USAID"),
        ("The UN Security Council approved the deployment of a monitoring team to Yemen.", "MOBILIZE", "Security"),
    ],
)
def test_a_name_read_as_an_adverb_or_an_approver_of_an_event_noun_is_its_actor(
    text: str, event_type: str, doer: str
) -> None:
    """The parser may take a name standing first before its verb for an adverb ("USAID deployed"); who approves or
    authorizes an event noun is its doer as much as who orders it."""
    doc = document(text)
    (event,) = events_of(doc, event_type)
    assert doer in actor(doc, event.actor).name


def test_who_approves_of_an_event_noun_only_judges_it():
    doc = document("The senator said he approved of the air strikes on the rebel camps.")
    strikes = events_of(doc, "ASSAULT")
    assert strikes and all(event.actor is None for event in strikes)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Pianists have lifted their boycott of the concert hall in Vienna.", "Pianists", "CVL"),
        ("The Nordic nations pledged support for the new peace plan on Monday.", "Nordic nations", "GOV"),
        ("Environmental groups called on the ministry to halt the dam project.", "Environmental groups", "CVL"),
    ],
)
def test_a_common_noun_subject_naming_people_or_states_is_the_actor(text: str, name: str, sector: str) -> None:
    doc = document(f"{text} {FILLER}")
    subject = actor(doc, doc.events[0].actor)
    assert (subject.name, subject.sector) == (name, sector)


def test_the_group_alone_stands_for_one_named_before_not_a_new_actor() -> None:
    doc = document(f"The group rejected the offer of talks on Monday. {FILLER}")
    assert events_of(doc, "REJECT")[0].actor is None


@pytest.mark.parametrize(
    ("text", "event_type", "name"),
    [
        (
            "Kenyan police officers arrived in Nakuru on Monday. They arrested two traders near the market.",
            "COERCE",
            "Kenyan police officers",
        ),
        (
            "Foreign Minister Anna Berg arrived in Oslo on Monday. She rejected the new fishing quota.",
            "REJECT",
            "Anna Berg",
        ),
        (
            "The Zambian government received the report on Monday. It rejected the findings of the commission.",
            "REJECT",
            "Zambian government",
        ),
    ],
)
def test_a_subject_pronoun_stands_for_the_subject_named_before(text: str, event_type: str, name: str) -> None:
    doc = document(f"{text} {FILLER}")
    assert actor(doc, events_of(doc, event_type)[0].actor).name == name


def test_he_never_stands_for_a_body() -> None:
    doc = document(f"The Finance Ministry arrived at a decision on Monday. He rejected the new fishing quota. {FILLER}")
    assert events_of(doc, "REJECT")[0].actor is None


def test_a_state_of_emergency_is_no_actor() -> None:
    doc = document(f"The president declared a state of emergency in Colombia on Sunday. {FILLER}")
    assert not any(a.name.lower().endswith("state") for a in doc.actors)


def test_forces_offered_are_sent_to_the_target() -> None:
    doc = document(f"Kenya has offered to send troops to Haiti to restore order. {FILLER}")
    assert actor(doc, doc.events[0].target).country == "HTI"


def test_forces_withdrawn_from_a_country_leave_it() -> None:
    """Peacekeepers withdrawn are help withdrawn (a SANCTION, CAMEO 1661); troops withdrawn retreat; both leave it."""
    doc = document(f"Canada speeded up the withdrawal of some peacekeeping forces from Cyprus on Wednesday. {FILLER}")
    (event,) = events_of(doc, "SANCTION")
    assert actor(doc, event.target).country == "CYP"
    doc = document(f"Turkey speeded up the withdrawal of some of its troops from Cyprus on Wednesday. {FILLER}")
    (event,) = events_of(doc, "RETREAT")
    assert actor(doc, event.target).country == "CYP"


def test_a_title_with_a_person_beside_it_is_the_person() -> None:
    doc = document(f"The then governor, Maria Santos, had rejected several proposals of the assembly. {FILLER}")
    assert actor(doc, events_of(doc, "REJECT")[0].actor).name == "Maria Santos"


def test_his_country_is_the_country_of_whom_he_stands_for() -> None:
    doc = document(f"President Lula said his country will not lift the ban on imports of Chilean wine. {FILLER}")
    assert actor(doc, events_of(doc, "REJECT")[0].actor).country == "BRA"


def test_a_ban_is_aimed_at_whom_it_was_imposed_on() -> None:
    doc = document(f"The Argentine government has lifted the export ban imposed on the Paraguayan Army. {FILLER}")
    assert actor(doc, events_of(doc, "CONCEDE")[0].target).country == "PRY"


def test_a_ban_on_things_of_a_nation_is_aimed_at_the_nation() -> None:
    doc = document(f"Argentina will not lift the ban on Chilean wine imports. {FILLER}")
    assert actor(doc, events_of(doc, "REJECT")[0].target).country == "CHL"


def test_an_event_noun_the_tagger_reads_as_an_adjective_in_a_nouns_slot_still_triggers():
    """The tagger reads "offensive" as an adjective here; as the subject it stands for the noun."""
    doc = document("The Syrian regime offensive on the last major rebel enclave has displaced thousands.")
    assert events_of(doc, "ASSAULT")
