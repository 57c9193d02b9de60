"""Issue #4, round 3: who acts in protests and attacks, and which place an event is pinned to."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.annotate.actors import _named_body_words
from newsevents.annotate.geo import PlaceMatch
from newsevents.annotate.mentions import Mentions, register
from newsevents.annotate.place_mentions import register_place
from nlp_helpers import actor, document, place


def main(doc):
    return next(e for e in doc.events if e.acled)


def test_protest_subject_is_a_civilian_actor_of_the_article_country():
    doc = document("On 3 May 2024, retirees protested in Bordeaux (France) against the pension cuts.")
    protester = actor(doc, main(doc).actor)
    assert (protester.country, protester.sector) == ("FRA", "CVL")


def test_counted_people_are_the_actor():
    doc = document("On 3 May 2024, a number of nurses rallied outside the hospital in Leeds to demand better pay.")
    assert actor(doc, main(doc).actor).sector == "MED"


def test_organisation_staging_a_protest_is_civil_society():
    doc = document("On 3 May 2024, the Green Future Collective staged a protest in Lyon against the new road.")
    assert actor(doc, main(doc).actor).sector == "SOC"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, armed men shot and killed a shopkeeper in Kaduna.", "UAF"),
        ("On 3 May 2024, unidentified individuals abducted a teacher in Kaduna.", "UAF"),
        ("On 3 May 2024, militiamen attacked a village near Kaduna.", "PRM"),
        ("On 3 May 2024, gang members shot a bus driver in Kaduna.", "CRM"),
        ("On 3 May 2024, individuals on a motorcycle opened fire on a trader in Kirkuk.", "UAF"),
    ],
)
def test_perpetrators_are_not_civilians(text, sector):
    assert actor(document(text), main(document(text)).actor).sector == sector


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, individuals on a motorcycle opened fire on a trader in Kirkuk city.",
        "On 3 May 2024, armed men on a motorcycle opened fire at a farmer in Mosul city.",
    ],
)
def test_whom_fire_was_opened_on_is_the_target_where_opened_is_misread_as_a_modifier(text):
    """The tagger may read "opened" as a modifier of "fire" and hang "on a trader" off the attackers: the person
    shot at is still the target, not the place after them."""
    doc = document(text)
    target = actor(doc, main(doc).target)
    assert target is not None and target.name.split()[-1] in {"trader", "farmer"}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a trader was abducted in the Sabon Gari neighborhood by four armed men.",
        "On 3 May 2024, a trader was killed by a pair of armed men in Kaduna.",
    ],
)
def test_the_by_phrase_of_a_passive_attack_names_the_attackers(text):
    """A "by" the parser hung on the verb as a plain preposition, and people counted by "a pair of", still name who
    attacked."""
    doc = document(text)
    attackers = actor(doc, main(doc).actor)
    assert attackers.name.endswith("armed men") and attackers.sector == "UAF"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, a man was killed in a drive-by shooting by two armed men in Kaduna.", "CRM"),
        ("On 3 May 2024, armed men shot and killed a shopkeeper in Kaduna. The victim was a drug dealer.", "CRM"),
        ("On 3 May 2024, armed men shot a bus driver in Kaduna. The attack was related to extortion.", "CRM"),
        (
            "On 3 May 2024, armed men shot a bus driver in Kaduna. He died in hospital. Schools closed on Monday. "
            "Separately, police seized drugs in Lagos.",
            "UAF",
        ),
        ("On 3 May 2024, armed men shot a bus driver in Kaduna.", "UAF"),
    ],
)
def test_unidentified_attackers_whose_attack_the_text_ties_to_crime_are_criminals(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


def test_place_in_the_light_verb_phrase():
    doc = document("On 3 May 2024, teachers held a protest at the press club in Peshawar city (Peshawar, KPK).")
    assert place(doc, main(doc).place).name == "Peshawar"


def test_mislabelled_bracketed_place_becomes_the_place_not_an_actor():
    doc = document("On 3 May 2024, unknown gunmen attacked a farm in Zzyzxqa village (Mwanza, Tanzania).")
    event_place = place(doc, main(doc).place)
    assert (event_place.name, event_place.country) == ("Mwanza", "TZ")
    assert not any(a.name == "Mwanza" for a in doc.actors)


def test_second_name_of_a_bracketed_list_is_a_place_though_parsed_as_an_adverb():
    doc = document("On 3 May 2024, presumed JNIM militants attacked a market near Zzyzxqa (Zzyzxqa, Tuy).")
    assert place(doc, main(doc).place).country == "BF"
    assert actor(doc, main(doc).actor).country == "BFA"  # the group's branch where it acts, not its home (Mali)


def test_a_bracketed_list_after_the_village_of_names_places():
    doc = document("On 3 May 2024, presumed JNIM militants burned a school in the village of Zzyzxqa (Zzyzxqb, Tuy).")
    assert actor(doc, main(doc).actor).country == "BFA"


def test_protest_with_no_one_named_was_held_by_protesters_of_its_place():
    doc = document("On 3 May 2024, a demonstration was staged in Bordeaux against the pension cuts.")
    protesters = actor(doc, main(doc).actor)
    assert (protesters.name, protesters.country, protesters.sector) == ("protesters", "FRA", "CVL")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "On 3 May 2024, in Acapulco de Juarez, Guerrero, residents of Colonia Las Cruces blocked Costera Avenue to "
            "demand water.",
            "residents",
            "CVL",
        ),
        (
            "On 3 May 2024, in Iguala de la Independencia, Guerrero, teachers and members of the SNTE section 14 "
            "protested to demand the payment of pending salaries.",
            "teachers",
            "EDU",
        ),
    ],
)
def test_people_act_not_the_place_or_body_their_of_phrase_names(text, name, sector):
    doc = document(text)
    protesters = actor(doc, main(doc).actor)
    assert (protesters.name, protesters.sector) == (name, sector)


def test_participle_after_a_comma_shares_the_subject_of_its_clause():
    doc = document(
        "On 3 May 2024, EMEP members gathered at the Kadikoy ferry (sea bus) stop in Kadikoy town, Istanbul, "
        "protesting the municipality's decision to raise the ferry fares in the city."
    )
    assert actor(doc, main(doc).actor).name == "EMEP members"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On 3 May 2024, militiamen stormed the village, using machetes to kill the residents.", "militiamen"),
        ("On 3 May 2024, two gangs clashed in the market, prompting the police to open fire.", "police"),
    ],
)
def test_an_infinitive_after_a_participle_is_done_by_its_clauses_subject_unless_people_are_told_to(text, doer):
    """ "..., using machetes to kill": who uses them kills; "..., prompting the police to open fire": the people the
    participle acts on do what the infinitive says."""
    doc = document(text)
    harms = [e for e in doc.events if e.type == "ASSAULT" and e.actor is not None]
    assert doer in {actor(doc, e.actor).name.lower() for e in harms}


def test_a_place_named_before_a_derailed_verb_is_where_not_who():
    doc = document(
        "On 3 May 2024, an unknown number of fishermen staged a protest action along the N7 motorway in Zwolle, "
        "burning nets to protest the new fishing quotas of the Dutch government."
    )
    assert actor(doc, main(doc).actor).name == "fishermen"


@pytest.mark.parametrize(
    ("text", "crowd", "country"),
    [
        (
            "On 3 May 2024, lawyers burned a police van during a demonstration in Lucknow city (Lucknow, UP).",
            "rioters",
            "IND",
        ),
        (
            "On 3 May 2024, a Fridays for Future climate strike took place by the Parliament in Oslo, demanding "
            "climate action.",
            "protesters",
            "NOR",
        ),
    ],
)
def test_riot_or_protest_with_no_one_named_was_the_crowds_doing(text, crowd, country):
    doc = document(text)
    crowd_actor = actor(doc, main(doc).actor)
    assert (crowd_actor.name, crowd_actor.country, crowd_actor.sector) == (crowd, country, "CVL")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, police dispersed a group of teachers who staged a protest in Nairobi over unpaid wages.",
        "On 3 May 2024, police clashed with residents demonstrating in front of the court in Nairobi.",
    ],
)
def test_a_protest_the_police_intervene_in_is_the_crowds_for_acled(text):
    doc = document(text)
    event = main(doc)
    police = next(a for a in doc.actors if a.sector == "COP")
    assert actor(doc, event.actor).sector in {"CVL", "EDU"}
    assert event.acled["event_type"] in {"Protests", "Riots"}
    assert any(e.actor == police.id for e in doc.events)  # the intervention keeps its own actor


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, police arrested at least 80 people at a pride march in Ankara.", "CVL"),
        ("On 3 May 2024, police fired tear gas to disperse workers outside the ministry in Lima.", "LAB"),
    ],
)
def test_a_crowd_with_no_event_of_its_own_holds_the_protest_the_police_broke_up(text, sector):
    doc = document(text)
    event = main(doc)
    assert event.type == "PROTEST" and event.acled["event_type"] in {"Protests", "Riots"}
    assert actor(doc, event.actor).sector == sector
    first = next(e for e in doc.events if e.status in {"asserted", "reported"})
    assert actor(doc, first.actor).sector == "COP"  # a PLOVER reading still begins with the intervention
    assert int(event.id.removeprefix("e")) == int(first.id.removeprefix("e")) + 1  # numbered in the text's order


def test_a_protest_told_as_a_background_is_not_the_one_the_police_broke_up():
    doc = document("On 3 May 2024, police dispersed dozens of savers in Lima. The savers have protested since 2 April.")
    event = main(doc)
    assert event.date.value == "2024-05-03" and actor(doc, event.actor).sector == "CVL"


def test_aspirants_to_a_force_are_civilians():
    doc = document("On 3 May 2024, army aspirants blocked a railway line in Patna against the new recruitment rules.")
    aspirants = actor(doc, main(doc).actor)
    assert (aspirants.name, aspirants.sector) == ("army aspirants", "CVL")


def test_members_of_a_gang_act_as_the_gang():
    doc = document("On 3 May 2024, in Kingston, Saint Andrew, members of the Red Hill Gang shot and killed a vendor.")
    assert actor(doc, main(doc).actor).sector == "CRM"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, two members of Red Flame killed a vendor with a gun in Kingston.",
        "On 3 May 2024, three members of Red Flame abducted a trader in Kingston.",
    ],
)
def test_members_of_a_named_group_who_kill_or_abduct_act_as_its_militia(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "PRM"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, members of Red Flame attacked a trader's house in Kingston and shot at it.",
        "On 3 May 2024, members of the Moro Clan fired at villagers in Baidoa.",
    ],
)
def test_members_of_a_named_group_who_shoot_act_as_its_militia(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "PRM"


def test_members_of_a_named_group_who_set_fire_to_a_house_stay_civilians():
    doc = document("On 3 May 2024, members of Red Flame attacked a trader's house in Kingston and set fire to it.")
    assert actor(doc, main(doc).actor).sector == "CVL"


def test_members_of_a_named_group_in_a_brawl_stay_civilians():
    doc = document("On 3 May 2024, members of Red Flame clashed with traders in Kingston, using sticks.")
    assert actor(doc, main(doc).actor).sector == "CVL"


def test_members_of_a_group_whose_name_the_tagger_misread_who_kill_act_as_its_militia():
    doc = document("On 3 May 2024, Moro Clan members shot and killed a trader in Baidoa.")
    assert actor(doc, main(doc).actor).sector == "PRM"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, unknown assailants pelted riot police with stones and petrol bombs in Patras.",
        "On 3 May 2024, a gang of youths beat a boy in Belfast.",
        "On 3 May 2024, a vigilante group beat two suspected thieves in Soweto (Gauteng) before the police arrived.",
    ],
)
def test_a_band_whose_violence_was_a_riot_is_of_rioters(text):
    doc = document(text)
    event = main(doc)
    assert event.acled["event_type"] == "Riots"
    assert actor(doc, event.actor).sector == "CVL"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "On 3 May 2024, drug traffickers initiated an armed confrontation with police officers in Natal. A "
            "resident was injured in the clash.",
            "drug traffickers",
        ),
        (
            "On 3 May 2024, rebels set off an explosive device near the police station in Tibu. The blast destroyed a "
            "house.",
            "rebels",
        ),
    ],
)
def test_an_attack_told_by_its_harm_after_a_lead_no_event_codes_is_the_leads_armed_subjects(text, doer):
    doc = document(text)
    assert actor(doc, main(doc).actor).name == doer


def test_villagers_who_fight_an_armed_clash_fight_as_a_militia():
    doc = document(
        "On 3 May 2024, an armed clash broke out between Tial and Hatu villagers over a land dispute in Ambon, "
        "killing one villager."
    )
    event = main(doc)
    assert event.acled["event_type"] == "Battles"
    assert actor(doc, event.actor).sector == "PRM"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, in Ywa Thit village (Pale township, Sagaing region), military forces and police burned houses.",
        "On 3 May 2024, in Tamu town (Tamu township, Sagaing region), military forces and police entered the village "
        "and set 20 houses on fire.",
    ],
)
def test_a_subject_parsed_as_one_more_place_of_the_opening_phrase_is_the_actor(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).name == "military forces"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On 17 March 2023, in Cancun, Quintana Roo, armed men kidnapped a shop owner.", "armed men"),
        (
            "On 17 March 2023, in Cancun, Quintana Roo, at least 80 unionized nurses and members of the National "
            "Health Workers Union (SNTSA) protested to ask the governor to pay their bonuses.",
            "at least 80 unionized nurses",
        ),
    ],
)
def test_people_apposed_to_the_area_of_the_opening_place_are_the_subject(text, doer):
    """The parser makes the area after the opening place ("Quintana Roo") the subject, and the people its apposition."""
    doc = document(text)
    assert actor(doc, main(doc).actor).name == doer


def test_participle_conjoined_to_a_passive_is_passive_too():
    doc = document("On 3 May 2024, a farmer was shot and killed near Kaduna by two gunmen.")
    event = main(doc)
    assert (actor(doc, event.actor).sector, actor(doc, event.target).sector) == ("UAF", "AGR")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a clerk was shot and injured inside the office where he worked by an armed individual.",
        "On 3 May 2024, a man was shot and killed when eating in a restaurant by two armed men in Kaduna.",
    ],
)
def test_by_phrase_hung_further_down_a_passive_attack_names_the_attacker(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "UAF"


def test_a_verb_hung_on_a_phrase_of_the_subject_is_its_predicate():
    """The parser may hang "clashed" on the noun of a phrase that describes the subject ("forces in an operation"):
    no participle "clashed" describes a noun, so the verb is the subject's."""
    doc = document(
        "On 3 May 2024, government security forces in an operation clashed with Al Shabaab militants near Jamaame."
    )
    event = main(doc)
    assert (actor(doc, event.actor).sector, actor(doc, event.target).sector) == ("MIL", "REB")


def test_conjunct_tagged_as_past_tense_with_its_own_agent_is_passive():
    """ "were taken ... and tortured by X": the tagger reads "tortured" as a past tense, the agent still names the doer
    and the shared subject is the victim."""
    doc = document("On 3 May 2024, four farmers were taken from their house and tortured by the army near Kaduna.")
    event = main(doc)
    assert (actor(doc, event.actor).sector, actor(doc, event.target).sector) == ("MIL", "AGR")


def test_agent_of_a_participle_of_its_own_is_not_the_attacker():
    doc = document("On 3 May 2024, a farmer was shot and killed in a house owned by the mayor in Kaduna.")
    assert main(doc).actor is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 May 2024, Russian airstrikes hit a market in Idlib.", "RUS"),
        ("On 3 May 2024, a Turkish drone struck a car near Qamishli.", "TUR"),
    ],
)
def test_a_nations_strike_is_its_armed_forces_doing(text, country):
    doc = document(text)
    forces = actor(doc, main(doc).actor)
    assert (forces.country, forces.sector) == (country, "MIL")


def test_a_later_weapon_of_a_list_shares_the_nationality_of_the_first():
    doc = document("On 3 May 2024, Turkish artillery and airstrikes targeted rebel positions near Duhok.")
    assert actor(doc, main(doc).actor).country == "TUR"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, the Nigerian Air Force claimed an airstrike against Boko Haram militants near Gana.",
        "On 3 May 2024, the Nigerian army claimed a clash with Boko Haram militants near Gana.",
    ],
)
def test_who_claims_an_attack_did_it(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "MIL"


def test_an_attack_whose_words_name_its_doer_is_not_the_claimants():
    doc = document("On 3 May 2024, Russia claimed a Ukrainian drone attack on an oil depot in Belgorod.")
    assert actor(doc, main(doc).actor).country == "UKR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2024, 300 soldiers were deployed to reinforce security in Culiacan, Sinaloa.", ("MEX", "MIL")),
        ("On 3 May 2024, Al Shabaab militants deployed in Jowhar (Middle Shabelle).", ("SOM", "REB")),
        ("On 3 May 2024, a Russian military patrol took place near Al-Bukamal in Deir ez Zor.", ("RUS", "MIL")),
    ],
)
def test_forces_moved_by_no_one_named_carry_out_the_move(text, expected):
    """ "troops were deployed", "militants deployed in X": the forces moved are the actor of their deployment; a
    nation's patrol is its armed forces'."""
    doc = document(text)
    forces = actor(doc, main(doc).actor)
    assert forces is not None and (forces.country, forces.sector) == expected


def test_a_patrol_stands_for_its_own_forces_not_its_escort():
    doc = document("On 3 May 2024, a Turkish patrol accompanied by Russian helicopters was attacked near Kobani.")
    assert any((a.country, a.sector) == ("TUR", "MIL") for a in doc.actors)
    assert not any(a.country == "RUS" and a.sector == "MIL" for a in doc.actors)


def test_fighting_between_two_sides():
    doc = document("On 3 May 2024, fighting broke out between the army and rebels near Goma.")
    event = main(doc)
    assert (actor(doc, event.actor).sector, actor(doc, event.target).sector) == ("MIL", "REB")


def test_members_are_of_the_country_of_their_organisation():
    doc = document("On 3 May 2024, members of the Korean Teachers Union rallied in front of the ministry.")
    assert actor(doc, main(doc).actor).country == "KOR"


def test_unplaced_article_takes_the_country_its_people_are_named_by():
    doc = document(
        "On 3 May 2024, Korean teachers rallied outside the education ministry. Police detained two teachers."
    )
    police = next(a for a in doc.actors if a.sector == "COP")
    assert police.country == "KOR"


def test_untagged_acronym_subject_is_an_organisation():
    doc = document("On 3 May 2024, KZRT clashed with rebels near Goma.")
    group = actor(doc, main(doc).actor)
    assert (group.name, group.kind, group.country) == ("KZRT", "organization", "COD")


def test_acronym_subject_the_tagger_took_for_a_noun_is_an_organisation():
    doc = document("ICE arrested two hundred migrants in Texas on Monday.")
    arrester = actor(doc, main(doc).actor)
    assert (arrester.name, arrester.kind) == ("ICE", "organization")


def test_named_person_who_protests_is_a_civilian():
    doc = document("On 3 May 2024, John Smith protested outside the town hall in Bordeaux.")
    protester = actor(doc, main(doc).actor)
    assert (protester.kind, protester.sector, protester.country) == ("person", "CVL", "FRA")


def test_an_organisation_is_of_the_country_where_it_acts_not_the_one_most_named() -> None:
    text = (
        "On 25 February 2022, the Workers Front protested in Thessaloniki against the Russian invasion of Ukraine,"
        " calling for peace in Ukraine."
    )
    doc = document(text, "2022-03-01")
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert place(doc, protest.place).name == "Thessaloníki"
    assert next(a for a in doc.actors if a.name == "Workers Front").country == "GRC"


def test_a_group_of_no_stated_country_is_of_the_town_where_it_acts() -> None:
    """Gunmen the text gives no country were given the article's by default; the town of their attack, named as
    often as the article's other towns, overrides it."""
    doc = document("On 3 May 2024, after talks in Lyon, unidentified gunmen attacked a bus in Geneva.")
    assert next(a for a in doc.actors if a.name == "unidentified gunmen").country == "CHE"


def test_a_group_of_no_stated_country_keeps_the_country_the_article_names_more() -> None:
    """One town abroad against three at home is more often a namesake misread than a foreign setting."""
    text = (
        "On 3 May 2024, farmers blocked roads in Lyon, Marseille and Toulouse. Unidentified gunmen attacked a bus in"
        " Geneva."
    )
    doc = document(text)
    attack = next(e for e in doc.events if place(doc, e.place) is not None and place(doc, e.place).name == "Geneva")
    assert actor(doc, attack.actor).country == "FRA"


def test_group_names_are_spelled_as_in_the_text() -> None:
    doc = document("A 46-year-old teacher was detained by police in Kharkiv.")
    assert "46-year-old teacher" in [a.name for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("On 3 May 2024, the Tamu PDF attacked a police convoy near Tamu (Sagaing region).", "MMR", "PRM"),
        ("On 3 May 2024, the UPDF shelled ADF positions near Beni (Nord-Kivu).", "UGA", "MIL"),
        ("On 3 May 2024, suspected Al Shabaab militants attacked a village near Witu (Lamu County).", "KEN", "REB"),
    ],
)
def test_known_armed_groups_and_forces(text, country, sector):
    """The actor dictionary: an acronym inside a longer name counts ("Tamu PDF"); a state force keeps its own
    country abroad (the Ugandan army in Congo), an armed group acts through its branch where the event is."""
    found = actor(document(text), main(document(text)).actor)
    assert (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, artillery shells fired by Pakistan forces hit a house in Khost.", "MIL"),
        ("On 3 May 2024, an IED planted by an unknown armed group exploded in Izra (Daraa).", "UAF"),
        ("On 30 March 2022, regime helicopters conducted airstrikes on positions in Hama countryside.", "MIL"),
    ],
)
def test_a_munition_stands_for_whoever_used_it(text, sector):
    assert actor(document(text), main(document(text)).actor).sector == sector


def test_persons_gathering_are_civilians():
    doc = document("On 9 February 2022, hundreds of persons gathered in Avignon to denounce the health pass.")
    assert actor(doc, main(doc).actor).sector == "CVL"


def test_the_setting_outweighs_countries_named_as_topics():
    doc = document(
        "On 26 February 2022, local protesters, including Russian and Ukrainian nationals living in Kenya, "
        "staged a protest in Nairobi against the war in Ukraine. Ukraine was invaded by Russia; Ukraine's army fights."
    )
    assert actor(doc, main(doc).actor).country == "KEN"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 30 March 2022, in Soyapango, police forces arrested 67 gang members.", "COP"),
        ("On 13 June 2022, regime forces shelled Ftireh town in Idleb countryside.", "MIL"),
        ("On 13 May 2022, in Cahuac (Huanuco), family members of a killed leader staged a demonstration.", "CVL"),
    ],
)
def test_a_modifier_tells_whose_forces_or_members(text, sector):
    assert actor(document(text), main(document(text)).actor).sector == sector


def test_a_stance_is_not_a_nationality_and_a_demonym_before_a_name_is():
    doc = document("The Latvian Constitutional Court on Monday rejected the appeal of pro-Iranian Hizbollah members.")
    court = next(a for a in doc.actors if a.name.endswith("Constitutional Court"))
    assert court.country == "LVA"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("On 2 June 2024, Mai-Mai fighters attacked a village near Beni, killing four civilians.", "COD", "PRM"),
        ("On 2 June 2024, Taliban fighters detained two journalists in Herat.", "AFG", "MIL"),
        ("On 2 June 2024, Al-Shabaab militants attacked a police post in Mandera.", "KEN", "REB"),
        ("On 2 June 2024, CODECO rebels burned down houses in a village near Djugu.", "COD", "PRM"),
        ("On 2 June 2024, CODECO-URDPC militants killed a civilian in a village near Djugu.", "COD", "PRM"),
        ("On 2 June 2024, ADF militia killed two civilians near Beni.", "COD", "REB"),
        ("On 2 June 2024, a suicide bomber from Al Shabaab blew himself up at a hotel in Mogadishu.", "SOM", "REB"),
        ("On 2 June 2024, unknown militants (likely IS militants) detonated a bomb in Kirkuk.", "IRQ", "REB"),
    ],
)
def test_fighters_named_by_their_group_are_of_its_sector(text, country, sector):
    doc = document(text)
    fighters = actor(doc, main(doc).actor)
    assert (fighters.country, fighters.sector) == (country, sector)


def test_armed_group_abroad_keeps_its_country_where_a_far_capital_speaks_of_it():
    doc = document("Washington and its allies demanded on Monday that Hamas lay down its weapons.")
    assert next(a for a in doc.actors if a.name == "Hamas").country == "PSE"


def test_party_acronym_is_not_read_as_a_state():
    doc = document("Supporters of the NC rallied in Biratnagar on Friday against fuel prices.")
    assert [p.name for p in doc.places] == ["Biratnagar"]
    assert {p.name for p in document("The storm reached Raleigh, NC on Friday.").places} >= {"North Carolina"}


def test_regions_of_one_name_without_geonames_ids_stay_apart():
    """Curated regions have no GeoNames id: the Bolivar of Colombia is not the Bolivar of Ecuador."""
    regions = [
        PlaceMatch(None, "Bolivar", lat, lon, iso2, iso3, "Bolivar", "region", 0)
        for lat, lon, iso2, iso3 in ((9.37, -74.8, "CO", "COL"), (-1.7, -79.1, "EC", "ECU"))
    ]
    doc = spacy.blank("en")("Bolivar and Bolivar")
    mentions = Mentions()
    ids = [register_place(mentions, doc[i : i + 1], match) for i, match in zip((0, 2), regions, strict=True)]
    assert ids[0] != ids[1] and [p.country for p in mentions.places] == ["CO", "EC"]


def test_an_actor_is_found_by_id_after_the_actors_grow_or_are_replaced():
    mentions = Mentions()
    first = register(mentions, key="k1", name="Police", kind="group", country=None, sector="COP", roles=[])
    assert mentions.actor(first).name == "Police" and mentions.actor("a9") is None and mentions.actor(None) is None
    second = register(mentions, key="k2", name="Army", kind="group", country=None, sector="MIL", roles=[])
    assert mentions.actor(second).name == "Army"
    mentions.actors = [a for a in mentions.actors if a.id != first]
    assert mentions.actor(first) is None and mentions.actor(second).name == "Army"


def test_nationality_before_an_untagged_body_is_its_country():
    doc = document("The Latvian Constitutional Court struck down the law on Tuesday, Russian media reported.")
    court = next(a for a in doc.actors if "Court" in a.name)
    assert (court.country, court.sector) == ("LVA", "JUD")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 2 June 2024, university staff went on strike in Leeds over pay.", "EDU"),
        ("On 2 June 2024, hospital staff protested in Leeds over pay.", "MED"),
        ("On 2 June 2024, the Sudan Liberation Army attacked a convoy near Tawila.", "REB"),
    ],
)
def test_sector_words_of_bodies(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


def test_a_second_object_of_of_may_name_the_group_too():
    """ "joint forces of Aung San Force and Chaung-U PDF", where the parser hangs "PDF" on "of" as a second object
    beside "Force": both may name whose forces they are."""
    words = ["joint", "forces", "of", "Aung", "San", "Force", "and", "Chaung-U", "PDF"]
    heads = [1, 1, 1, 5, 5, 2, 5, 5, 2]
    deps = ["amod", "ROOT", "prep", "compound", "compound", "pobj", "cc", "conj", "pobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in _named_body_words(doc[5])] == ["Force", "Chaung-U", "PDF"]


def test_known_group_named_without_an_entity_is_the_group():
    doc = document("On 2 June 2024, near Kani village, the Kani PDF carried out a mine attack on a military convoy.")
    fighters = actor(doc, main(doc).actor)
    assert (fighters.name, fighters.sector) == ("PDF", "PRM")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 2 June 2024, PKK forces fired on a military outpost near Amadiya.", "REB"),
        ("On 2 June 2024, the joint forces of the KNDF and the PDF attacked a military camp near Loikaw.", "PRM"),
        ("On 2 June 2024, Turkish Gendarmerie forces destroyed a PKK shelter near Lice.", "MIL"),
    ],
)
def test_forces_of_a_named_group_are_of_its_sector(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


@pytest.mark.parametrize(
    ("published", "sector"),
    [("2023-05-10", "MIL"), ("1999-03-01", "MIL"), ("2010-05-10", "REB"), (None, "MIL")],
)
def test_a_movement_that_held_its_state_for_a_time_is_its_army_only_then(published, sector):
    """The Taliban governed Afghanistan in 1996-2001 and again since 2021; in between their fighters are rebels.
    Without a publication date, today's reading stands."""
    doc = document("On 2 June, Taliban fighters detained two journalists in Herat.", published=published)
    fighters = actor(doc, main(doc).actor)
    assert (fighters.country, fighters.sector) == ("AFG", sector)


def test_state_periods_are_read_from_the_curated_table():
    from newsevents.annotate.sectors import held_the_state

    assert held_the_state("houthis", "2020-01-01") and not held_the_state("houthis", "2010-01-01")
    assert held_the_state("taliban", "2021-08-15T09:00:00") and not held_the_state("taliban", "2021-08-14")


def _actor_of_word(text: str, word: str) -> tuple[str | None, str | None] | None:
    """(country, sector) of the actor ``word`` refers to, as the coder would ask for it."""
    from newsevents.annotate.actors import actor_for_token
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.pipeline import load_models

    models = load_models()
    doc = models.nlp(text)
    mentions = find_mentions(doc, models.gazetteer, "2025-04-25")
    token = next(t for t in doc if t.text == word)
    found = mentions.actor(actor_for_token(mentions, token))
    return (found.country, found.sector) if found is not None else None


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Washington said on Monday it would impose new sanctions on Iran.", "Washington", "USA"),
        ("Moscow accused Kyiv of breaking the truce.", "Moscow", "RUS"),
        ("The plan was condemned by Beijing on Tuesday.", "Beijing", "CHN"),
    ],
)
def test_a_capital_that_acts_stands_for_its_state(text, word, country):
    assert _actor_of_word(text, word) == (country, None)


def test_a_capital_as_a_place_is_no_actor():
    assert _actor_of_word("Hundreds of people protested in Nairobi on Monday.", "Nairobi") is None


def test_people_named_by_nation_are_a_group_of_that_country():
    assert _actor_of_word("Ghanaian authorities have deported 168 Liberians for lacking papers.", "Liberians") == (
        "LBR",
        None,
    )


def test_an_ethnic_group_is_not_a_state():
    found = _actor_of_word("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "Albanians")
    assert found is None or found[0] != "ALB"


def test_a_sponsor_is_not_the_nationality_of_a_group():
    text = "Fighting went on in south Lebanon between Hezbollah and the Syrian-backed Amal militia."
    assert _actor_of_word(text, "militia") == ("LBN", "PRM")


def test_a_name_before_a_division_noun_is_a_place_not_an_actor():
    doc = document(
        "On 3 May 2024, in Kyauk Ye village, Yinmabin township (Sagaing region), government troops burned houses."
    )
    assert not {"Kyauk Ye", "Yinmabin"} & {a.name for a in doc.actors}


def test_a_column_of_troops_is_the_troops():
    text = "On 27 January 2022, a military column of 150 troops attacked the village of Pauk in Myanmar."
    assert _actor_of_word(text, "column") == ("MMR", "MIL")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Student leaders met the minister in Nairobi.", "EDU"),
        ("The leaders of the protesters met the minister in Nairobi.", "CVL"),
        ("Hamas leaders met the minister in Cairo.", "REB"),
        ("The leaders met in Nairobi.", "GOV"),
    ],
)
def test_leaders_are_of_the_group_they_lead(text, sector):
    assert _actor_of_word(text, "leaders")[1] == sector


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("On 3 May 2024, bandits killed two farmers near Gusau.", "bandits", "CRM"),
        ("On 3 May 2024, suspected hitmen shot a police officer in Culiacan.", "hitmen", "CRM"),
        ("On 3 May 2024, a shoot-out between unknown shooters took place in Recife.", "shooters", "UAF"),
        ("On 3 May 2024, gunmen killed two bodyguards of a senator in Lagos.", "bodyguards", "MIL"),
    ],
)
def test_criminals_gunmen_and_guards_are_armed_actors_not_civilians(text, word, sector):
    assert _actor_of_word(text, word)[1] == sector


@pytest.mark.parametrize("name", ["Santa Rosa de Lima Cartel", "Ranco Gang", "the Sicilian Mafia"])
def test_a_gang_or_cartel_named_so_is_criminal(name):
    from newsevents.annotate.named_actors import org_sector

    assert org_sector(name) == "CRM"


def test_members_of_brazils_drug_factions_fight_an_armed_clash():
    """The Pure Third Command and the Red Command are drug factions: their members are criminals, and a shooting
    between them is a clash of armed groups, not an attack on civilians."""
    doc = document(
        "On 3 May 2024, in Rio de Janeiro, Terceiro Comando Puro members shot and killed two Comando Vermelho"
        " members in Penha."
    )
    clash = next(e for e in doc.events if (target := actor(doc, e.target)) is not None and "Comando" in target.name)
    assert (actor(doc, clash.actor).sector, actor(doc, clash.target).sector) == ("CRM", "CRM")
    assert clash.acled["sub_event_type"] == "Armed clash"


def test_local_police_forces_are_police_not_locals():
    """A noun modifier says whose forces they are before an adjective does: "local" names civilians only as the
    noun "locals"."""
    doc = document("On 3 May 2024, gunmen attacked the local police forces in Kaduna.")
    assert actor(doc, main(doc).target).sector == "COP"


def test_private_security_men_are_armed_and_their_killing_a_clash():
    doc = document("On 3 May 2024, unidentified gunmen killed two private security men in Kaduna.")
    event = main(doc)
    assert actor(doc, event.target).sector == "MIL"
    assert event.acled["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, a local man was killed by unknown gunmen in Kaduna.", "CVL"),
        ("On 3 May 2024, a military man was killed by unknown gunmen in Kaduna.", "MIL"),
    ],
)
def test_a_man_takes_only_an_armed_or_state_modifiers_sector(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).target).sector == sector


def test_members_of_an_untagged_known_group_are_of_its_sector_and_its_branch_country():
    """The ELN is a Colombian rebel group; striking in a town of neighbouring Venezuela it acts through its branch
    there, untagged as when the tagger tags it ("the ELN attacked ...")."""
    doc = document("On 3 May 2024, ELN members attacked a National Guard post in Guasdualito (Apure, Venezuela).")
    members = actor(doc, main(doc).actor)
    assert (members.name, members.country, members.sector) == ("ELN members", "VEN", "REB")
    tagged = document("On 3 May 2024, the ELN attacked a National Guard post in Guasdualito (Apure, Venezuela).")
    assert actor(tagged, main(tagged).actor).country == "VEN"


def test_social_security_is_no_actor():
    """ "security" tells a sector only as the modifier of a body of people ("private security men")."""
    doc = document("On 3 May 2024, pensioners protested in Bordeaux against cuts to social security.")
    assert not any("security" in a.name.lower() for a in doc.actors)
    assert actor(doc, main(doc).actor).sector == "CVL"


def test_locals_stay_civilians():
    doc = document("On 3 May 2024, locals protested in Kaduna against the rising cost of fuel.")
    assert actor(doc, main(doc).actor).sector == "CVL"


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("On 3 May 2024, an armed suspect shot and killed a prison guard in Campinas.", "guard", "COP"),
        ("On 3 May 2024, gunmen killed a municipal guard in Niteroi.", "guard", "COP"),
        ("On 3 May 2024, border guards clashed with smugglers near Zakho.", "guards", "MIL"),
        ("On 3 May 2024, gunmen killed a former soldier in Kaduna.", "soldier", "CVL"),
        ("On 3 May 2024, gunmen killed an ex-soldier in Kaduna.", "soldier", "CVL"),
        ("On 3 May 2024, gunmen killed an off-duty officer in Irapuato.", "officer", "CVL"),
        ("On 3 May 2024, armed men shot and killed an off-duty police officer in Cucuta.", "officer", "CVL"),
        ("On 3 May 2024, a former member of the Afghan police was killed by militants in Herat.", "member", "CVL"),
        ("On 3 May 2024, gunmen killed a police officer in Irapuato.", "officer", "COP"),
        ("On 3 May 2024, rioters beat a suspected thief to death in Nakonde.", "thief", "CVL"),
        ("On 3 May 2024, bandits killed two farmers near Gusau.", "bandits", "CRM"),
    ],
)
def test_guards_former_and_suspected_people_are_read_by_their_modifiers(text, word, sector):
    """Prison and municipal guards are police, not soldiers; a former or off-duty member of a force and a suspected
    thief beaten by a mob are civilians (ACLED's coding of such victims)."""
    assert _actor_of_word(text, word)[1] == sector


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, Israeli gunboats opened fire at Palestinian fishing boats off the coast of Rafah.",
        "On 3 May 2024, Israeli forces opened fire towards Palestinian agricultural lands east of Khan Yunis.",
    ],
)
def test_a_demonym_owning_civilian_things_is_not_its_armed_forces(text):
    doc = document(text)
    target = actor(doc, main(doc).target)
    assert target is not None and (target.country, target.sector) == ("PSE", None)


def test_a_demonym_owning_positions_is_its_armed_forces():
    doc = document("On 3 May 2024, Turkish forces shelled Syrian positions near Afrin.")
    target = actor(doc, main(doc).target)
    assert (target.country, target.sector) == ("SYR", "MIL")


# --- issue #4, round 6: each mention's country and sector --------------------------------------------------------


def test_an_untagged_known_group_acts_through_its_branch_where_the_article_is_set():
    """JNIM is a Malian group; "presumed JNIM militants" in a Burkinabe village are its branch there."""
    text = "On 3 May 2024, presumed JNIM militants burned a school in the village of Arbinda (Soum, Burkina Faso)."
    assert _actor_of_word(text, "militants") == ("BFA", "REB")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, unknown militants shot and killed a teacher in Kirkuk.", "UAF"),
        ("On 3 May 2024, unidentified militants shot and killed a teacher in Kirkuk.", "UAF"),
        ("On 3 May 2024, Islamist militants shot and killed a teacher in Kirkuk.", "REB"),
    ],
)
def test_militants_nobody_knows_are_an_unidentified_armed_force(text, sector):
    assert _actor_of_word(text, "militants")[1] == sector


def test_a_capitalised_plural_sector_word_still_tells_the_sector():
    text = "On 3 May 2024, Ambazonian Separatists clashed with soldiers in Bamenda (Mezam, Nord-Ouest, Cameroon)."
    assert _actor_of_word(text, "Separatists") == ("CMR", "REB")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 May 2024, about 300 refugees from Ukraine arrived in Wroclaw (Poland).", "UKR"),
        ("On 3 May 2024, about 300 refugees arrived in Wroclaw (Poland).", "POL"),
    ],
)
def test_refugees_are_of_the_country_they_fled(text, country):
    assert _actor_of_word(text, "refugees")[0] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 May 2024, gunmen from Chad abducted two herders in Maroua (Diamare, Extreme-Nord).", "TCD"),
        ("On 3 May 2024, gunmen abducted two herders in Maroua (Diamare, Extreme-Nord).", "CMR"),
        ("On 3 May 2024, gunmen from Garoua abducted two herders in Maroua (Diamare, Extreme-Nord).", "CMR"),
    ],
)
def test_armed_men_from_a_country_are_of_it(text, country):
    assert _actor_of_word(text, "gunmen")[0] == country


def test_protesters_from_abroad_are_of_the_country_they_protest_in():
    text = "On 3 May 2024, protesters from Ukraine gathered in Burgas (Burgas, Bulgaria) against the war."
    assert _actor_of_word(text, "protesters")[0] == "BGR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2024, army officers detained a journalist in Bamako.", ("MLI", "MIL")),
        ("Hackers broke into the accounts of officers of the South Korean army.", ("KOR", "MIL")),
        ("On 3 May 2024, intelligence officers detained a journalist in Bamako.", ("MLI", "SPY")),
    ],
)
def test_officers_are_of_the_body_their_modifier_or_of_phrase_names(text, expected):
    assert _actor_of_word(text, "officers") == expected


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, the commander of the militia was killed in Goma.", "PRM"),
        ("On 3 May 2024, a police commander was killed in Goma.", "COP"),
        ("On 3 May 2024, a commander was killed in Goma.", "MIL"),
    ],
)
def test_commanders_lead_the_body_named_with_them(text, sector):
    assert _actor_of_word(text, "commander")[1] == sector


def test_a_name_read_as_a_place_tells_its_country_before_the_dictionary_does():
    """In Nigeria's Niger state, "Niger militiamen" are Nigerian, not from the Republic of Niger."""
    text = "On 3 May 2024, Niger militiamen attacked civilians in Mashegu town (Mashegu, Niger State, Nigeria)."
    assert _actor_of_word(text, "militiamen") == ("NGA", "PRM")


def test_a_country_owning_a_persons_name_is_theirs():
    doc = document("Israel's prime minister refused on Monday to meet Jordan's visiting King Abdullah II in Tel Aviv.")
    king = next(a for a in doc.actors if a.name.endswith("Abdullah II"))
    assert (king.country, king.sector) == ("JOR", "PRE")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, police officers protested in Rimini (Emilia-Romagna) against unpaid overtime.",
        "On 3 May 2024, security guards protested in Ourense (Galicia, Spain) over unpaid salaries.",
    ],
)
def test_the_states_staff_protesting_are_protesters(text):
    """ACLED codes police or guards who protest over their pay as protesters: their sector is the role they play."""
    doc = document(text)
    protesters = actor(doc, main(doc).actor)
    assert protesters.sector == "CVL" and protesters.country in {"ITA", "ESP"}


def test_diplomats_protesting_speak_for_their_state():
    doc = document("Chinese diplomats protested on Monday against the expulsion of two colleagues from Canberra.")
    assert actor(doc, next(e for e in doc.events if e.type == "PROTEST").actor).sector == "GOV"


def test_police_who_disperse_a_protest_stay_police():
    doc = document("On 3 May 2024, police officers fired tear gas at protesters in Rimini (Emilia-Romagna).")
    intervention = next(e for e in doc.events if e.type == "ASSAULT")
    assert actor(doc, intervention.actor).sector == "COP"


def test_a_bracket_that_names_a_militia_says_who_armed_men_are():
    text = "On 3 May 2024, armed men (presumed communal militia) looted cattle near Tawila (North Darfur, Sudan)."
    assert _actor_of_word(text, "men") == ("SDN", "PRM")


def test_a_named_weapon_is_no_actor_but_whoever_used_it_is():
    text = "On 3 May 2024, a Vehicle-Borne IED by Al Shabaab militants exploded at a checkpoint in Mogadishu."
    assert _actor_of_word(text, "IED") == ("SOM", "REB")


def test_an_ethnic_people_is_of_the_country_it_lives_in():
    assert _actor_of_word("Ethnic Albanians in southern Serbia demanded more police posts.", "Albanians") == (
        "SRB",
        None,
    )


@pytest.mark.parametrize(
    ("text", "word", "sector"), [("BSF personnel shot a smuggler near Amritsar.", "personnel", "COP")]
)
def test_curated_forces_take_their_curated_sector(text, word, sector):
    """India's Border Security Force is a central armed police force (as the CRPF is)."""
    assert _actor_of_word(text, word)[1] == sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kyaukse District Defense Force attacked a police post in Myittha.", ("Kyaukse District", "PRM")),
        ("The Israel Defense Forces struck targets in Gaza on Monday.", ("Israel", "MIL")),
        ("The Uganda People's Defence Force deployed troops to Kasese.", ("Uganda", "MIL")),
    ],
)
def test_a_defence_force_naming_no_country_is_a_local_militia(text, expected):
    """A state's army names its state; a "People's Defence Force" inside a name with a country is not Myanmar's."""
    doc = document(text)
    prefix, sector = expected
    force = next(a for a in doc.actors if a.name.startswith(prefix))
    assert force.sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, Taliban intelligence forces detained two journalists in Kandahar.", "SPY"),
        ("On 3 May 2024, Taliban forces detained two journalists in Kandahar.", "MIL"),
    ],
)
def test_a_branch_named_by_its_own_modifier_keeps_that_branch(text, sector):
    assert _actor_of_word(text, "forces")[1] == sector


def test_victims_are_not_of_the_forces_their_of_phrase_names():
    text = "On 3 May 2024, victims of Russian soldiers were buried in Bucha (Kyiv Oblast, Ukraine)."
    assert _actor_of_word(text, "victims") == ("UKR", "CVL")


def test_a_group_noun_a_known_armed_groups_name_modifies_is_that_group():
    text = "The pro-Iranian Hizbollah group declared a ceasefire in south Lebanon after battles with the Amal militia."
    assert _actor_of_word(text, "group") == ("LBN", "REB")


def test_a_company_whose_name_ends_like_a_munition_stays_an_actor():
    doc = document("Royal Dutch Shell said on Monday it would sell its oil fields in Nigeria.")
    assert any(a.name == "Royal Dutch Shell" for a in doc.actors)


def _person(doc, surname):
    return next(a for a in doc.actors if a.kind == "person" and a.name.endswith(surname))


def test_a_persons_country_is_read_from_an_apposed_title_anywhere_in_the_article():
    """ "Erdoğan, Turkey's president" in one sentence, "Erdogan" (spelt without accent) in another, and "the US
    president, Donald Trump": the title set beside a name tells the person's country and office."""
    doc = document(
        "Turkish troops shelled Kurdish positions near Afrin on Monday. Recep Tayyip Erdoğan, Turkey's president, "
        "said the operation would go on. Later, Erdogan spoke to the US president, Donald Trump, by phone."
    )
    erdogan = _person(doc, "Erdoğan")
    assert (erdogan.country, erdogan.sector) == ("TUR", "PRE")
    assert {e.actor for e in doc.entities if e.text.startswith(("Erdogan", "Tayyip"))} == {erdogan.id}
    assert (_person(doc, "Trump").country, _person(doc, "Trump").sector) == ("USA", "PRE")


def test_an_office_of_a_country_set_beside_a_name_tells_the_persons_country():
    doc = document(
        "Mohammed bin Salman, the crown prince of Saudi Arabia, met Erdoğan, the president of Turkey, in Riyadh."
    )
    assert (_person(doc, "Salman").country, _person(doc, "Erdoğan").country) == ("SAU", "TUR")
    assert _person(doc, "Erdoğan").roles == ["president of Turkey"]


def test_a_surname_tagged_as_a_body_is_the_person_named_before():
    doc = document("“We are facing severe fighting,” said Adnan Afrini, a commander. “It is very dense,” said Afrini.")
    afrini = _person(doc, "Adnan Afrini")
    assert [e.actor for e in doc.entities if e.text in {"Adnan Afrini", "Afrini"}] == [afrini.id, afrini.id]
    assert len(doc.actors) == 1


def test_a_title_naming_no_country_leaves_the_persons_country_unknown():
    doc = document("Carla Del Ponte, the experienced war crimes prosecutor, resigned in frustration last August.")
    prosecutor = _person(doc, "Del Ponte")
    assert (prosecutor.country, prosecutor.sector) == (None, "JUD")


def test_a_plural_nationality_before_a_list_of_names_is_each_persons():
    doc = document("Isis murdered 27 hostages, among them the Americans James Foley and Steven Sotloff.")
    assert (_person(doc, "Foley").country, _person(doc, "Sotloff").country) == ("USA", "USA")


def test_one_surname_with_other_first_names_is_another_person_and_arabic_articles_fold():
    doc = document("Joe Smith arrived with Ann Smith. Bashar al-Assad, Syria's president, met them. Assad said so.")
    assert len({a.id for a in doc.actors if a.name.endswith("Smith")}) == 2
    assert {e.actor for e in doc.entities if "Assad" in e.text} == {_person(doc, "al-Assad").id}


def test_first_names_spelt_otherwise_or_after_an_honorific_name_the_same_person():
    doc = document(
        "Sergei Skripal and Yulia Skripal were poisoned in Salisbury. Police said Sergej Skripal was stable and "
        "Ms Yulia Skripal was recovering."
    )
    assert len({a.id for a in doc.actors if a.name.endswith("Skripal")}) == 2


def test_an_office_set_beside_a_name_tells_the_sector_and_a_local_office_the_articles_country():
    """ "The police chief, John Mbeki": sector from the office, country presumed from a one-country article."""
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.pipeline import load_models

    models = load_models()
    text = "The police chief, John Mbeki, said that gunmen attacked a bus near Kisumu."
    mentions = find_mentions(models.nlp(text), models.gazetteer, "2019-01-01")
    chief = next(a for a in mentions.actors if a.name == "John Mbeki")
    assert (chief.country, chief.sector, chief.roles) == ("KEN", "COP", ["police chief"])


def test_an_office_of_a_named_body_is_of_the_bodys_country():
    doc = document("Hamas leader Ismail Haniyeh met the SDF commander, Adnan Afrini, in Doha.")
    assert (_person(doc, "Haniyeh").country, _person(doc, "Afrini").country) == ("PSE", "SYR")


def test_a_word_of_a_persons_full_name_is_no_town():
    doc = document("Turkey's president is no different from Russia's Vladimir Putin and Egypt's Abdel Fatah al-Sisi.")
    assert {p.country for p in doc.places} == {"TR", "RU", "EG"}


def test_places_listed_side_by_side_do_not_qualify_each_other():
    doc = document("Worried politicians in Paris, Berlin, London and Washington no longer see a reliable friend.")
    assert {p.name: p.country for p in doc.places} == {
        "Paris": "FR",
        "Berlin": "DE",
        "London": "GB",
        "Washington": "US",
    }


def _home_country(text: str) -> str | None:
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.pipeline import load_models

    models = load_models()
    return find_mentions(models.nlp(text), models.gazetteer, "2025-04-25").home_country


def test_a_lower_case_suffix_after_a_hyphen_is_no_state_code():
    """ "Seonyeon-ri": "ri" (a Korean village suffix) is not read as Rhode Island's postal code."""
    text = "On 4 June 2022, residents picketed in front of the Sura Mudflat (Seonyeon-ri, Okseo-myeon, Gunsan)."
    assert "US" not in {p.country for p in document(text).places}


def test_a_big_city_in_a_bodys_name_tells_the_articles_country_when_nothing_else_does():
    text = "On 1 June 2022, members of the Joint Action held a press conference in front of the Daejeon District Court."
    assert _home_country(text) == "KOR"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("On 3 May 2022, a criminal group killed two men in Manaus.", "group", ("BRA", "CRM")),
        ("On 3 May 2022, members of a drug trafficking group shot a man in Manaus.", "members", ("BRA", "CRM")),
        ("On 3 May 2022, members of a student group marched in Manaus.", "members", ("BRA", "CVL")),
        ("On 3 May 2022, suspected members of the FARC 36th front burned a bus in Yarumal.", "members", ("COL", "REB")),
    ],
)
def test_members_and_bands_take_the_armed_sector_their_words_tell(text, word, expected):
    assert _actor_of_word(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("Southwest Special Police Forces ambushed Al Shabaab militants near Baidoa.", "Forces", "COP"),
        ("The Los Angeles Police Department arrested two men on Monday.", "Department", "COP"),
    ],
)
def test_police_in_a_bodys_name_make_it_police(text, word, sector):
    assert _actor_of_word(text, word)[1] == sector


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("On 3 May 2022, the military fired artillery shells into Pekon town.", "military", "MIL"),
        ("On 3 May 2022, local defense forces clashed with the military near Pekon.", "forces", "PRM"),
        ("On 3 May 2022, self-defense groups attacked a cartel in Aguililla.", "groups", "PRM"),
        ("On 3 May 2022, local forces attacked Al Shabaab militants near Baidoa.", "forces", "MIL"),
        ("On 3 May 2022, regime snipers shot a farmer in Maaret Al Naasan in Idleb countryside.", "snipers", "MIL"),
        ("On 3 May 2022, YPG snipers shot a man on the Tweis axis in Aleppo countryside.", "snipers", "REB"),
        ("On 3 May 2022, unknown gunmen shot a man in Aleppo.", "gunmen", "UAF"),
    ],
)
def test_armed_men_and_forces_are_whose_their_words_say(text, word, sector):
    assert _actor_of_word(text, word)[1] == sector


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("On 3 May 2022, South Sudanese refugees attacked residents of Kakuma camp in Turkana.", "refugees", "SSD"),
        ("The North Korean authorities closed the border with China on Monday.", "authorities", "PRK"),
        ("The North Korean Army fired two missiles into the sea.", "Army", "PRK"),
    ],
)
def test_a_two_word_nationality_is_read_whole(text, word, country):
    assert _actor_of_word(text, word)[0] == country


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        ("The Myaung Revolutionary Army attacked a police post in Myaung.", "Myaung", "REB"),
        ("The Islamic Revolutionary Guard Corps fired missiles at Erbil.", "Islamic", "MIL"),
    ],
)
def test_a_revolutionary_army_is_rebel_but_irans_revolutionary_guard_is_its_military(text, prefix, expected):
    assert next(a for a in document(text).actors if a.name.startswith(prefix)).sector == expected


def test_a_place_the_parse_makes_the_doer_stands_for_the_forces_set_beside_it():
    doc = document(
        "On 3 March 2022, near Hmat Taing village, Katha township (Katha district, Sagaing region), joint forces of "
        "Katha People's Defense Force launched an attack against military forces near Hmat Taing village."
    )
    assert (actor(doc, main(doc).actor).name, actor(doc, main(doc).actor).sector) == ("joint forces", "PRM")


def test_those_who_live_in_a_place_name_it_as_a_place():
    doc = document("On 21 April 2022, residents of Lyon demonstrated against the visit of the president.")
    assert [(p.name, p.country) for p in doc.places] == [("Lyon", "FR")]


def _persons(text: str) -> dict[str, tuple[str | None, str | None]]:
    """name -> (country, sector) of each person ``find_mentions`` reads in ``text``."""
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.pipeline import load_models

    models = load_models()
    mentions = find_mentions(models.nlp(text), models.gazetteer, "2025-04-25")
    return {a.name: (a.country, a.sector) for a in mentions.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The coalition said it would march again on Saturday.", ("GBR", None)),
        ("The international coalition against Isis has killed more than 60,000 fighters.", None),
    ],
)
def test_a_common_noun_names_an_earlier_body_only_when_nothing_in_it_says_another(second, expected):
    text = f"The Stop the War Coalition marched in London on Monday. {second}"
    assert _actor_of_word(text, "coalition") == expected


def test_a_weapon_written_as_an_acronym_is_no_actor():
    assert _actor_of_word("On 23 October, Jac Holmes died in an IED explosion in Raqqa.", "IED") is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On 3 May 2024, an MIED explosion hit a truck near the market in Jalalabad.", "MIED"),
        ("On 3 May 2024, an Improvised Explosive Device exploded outside a school in Imphal.", "Device"),
        ("On 3 May 2024, a UXO exploded near a school in Saada, injuring two children.", "UXO"),
    ],
)
def test_the_names_of_improvised_devices_are_no_actors(text, word):
    assert _actor_of_word(text, word) is None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, in Lone Tree village, Dry Creek township (Lower district, Upper region), about 40 military "
        "troops and Pyu Saw Htee members raided the village and burned houses.",
        "On 3 May 2024, in Lone Tree village (Dry Creek township, Lower district), the military, police and Pyu Saw "
        "Htee members raided the village and burned houses.",
    ],
)
def test_the_first_of_the_doers_the_parser_hung_on_the_opening_place_acts(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "MIL"


def test_the_army_force_written_by_its_initials_in_kashmir_reporting_is_the_military():
    doc = document(
        "On 3 May 2024, RR, CRPF and SOG exchanged fire with militants in Sopore (Baramulla, Jammu and Kashmir)."
    )
    assert (actor(doc, main(doc).actor).country, actor(doc, main(doc).actor).sector) == ("IND", "MIL")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On 5 June 2024, Turkish forces targeted Kurdish positions near Manbij (Aleppo) with artillery shelling.",
            "TUR",
        ),
        ("On 5 June 2024, militants attacked a police post with mortar fire near Quetta.", "PAK"),
    ],
)
def test_who_attacked_with_what_an_attack_noun_tells_is_the_attacker(text, country):
    doc = document(text)
    assert actor(doc, main(doc).actor).country == country


def test_doers_listed_after_a_place_act_in_the_order_told_not_the_places_nouns():
    doc = document("On 3 May 2024, in Kale town, police and soldiers raided a village and arrested two men.")
    assert actor(doc, main(doc).actor).sector == "COP"


def test_a_preposition_the_tagger_took_into_a_name_is_no_part_of_it():
    doc = document("Beyond Donald Trump’s threats against Iran, US policies remain murky.")
    assert "Donald Trump" in {a.name for a in doc.actors}
    assert not any(a.name.startswith("Beyond") for a in doc.actors)


def test_a_country_of_two_words_owning_a_name_is_the_persons_not_the_articles():
    text = (
        "Shelling went on in Aleppo and Idlib on Monday. Putin spoke by telephone with Saudi Arabia’s King Salman and "
        "Israel’s Benjamin Netanyahu."
    )
    assert _persons(text)["King Salman"] == ("SAU", "PRE")


def test_hayat_tahrir_al_sham_without_hayat_is_the_group():
    text = "Hayat Tahrir al-Sham is not party to the deal brokered for Idlib province."
    assert _actor_of_word(text, "Sham") == ("SYR", "REB")


@pytest.mark.parametrize(
    ("text", "word"),
    [("The al-Nusra Front shelled the town.", "Front"), ("Jabhat al-Nusra fighters attacked a post.", "fighters")],
)
def test_the_nusra_front_is_a_syrian_armed_group(text, word):
    assert _actor_of_word(text, word) == ("SYR", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "On 7 April 2022, IS opened fire on a local council member's car in Sulayman Sari town, Al Hasakeh.",
        "On 19 February 2022, a civilian was killed by IS militants in Nad Ali district, Helmand.",
        "On 26 April 2022, IS members attacked regime forces positions in Khiwaylia town, Homs.",
    ],
)
def test_is_in_capitals_is_the_islamic_state_doing_the_act(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "REB"


def test_is_in_a_sentence_of_capitals_stays_a_verb():
    doc = document("The attack IS NOT CONFIRMED by the police in Kabul.")
    assert not any(a.name == "IS" for a in doc.actors)


def test_an_ethnic_name_ending_in_separatists_is_an_armed_group_of_the_articles_country():
    doc = document("On 5 May 2022, Baloch Separatists attacked a checkpoint in Turbat (Kech, Balochistan).")
    group = actor(doc, main(doc).actor)
    assert (group.name, group.country, group.sector) == ("Baloch Separatists", "PAK", "REB")


def test_a_name_ending_in_forces_is_not_read_as_a_plural_of_soldiers():
    assert _actor_of_word("On 19 March 2022, Al Fahed Forces detained two men in As Sweida.", "Forces") != (
        "SYR",
        "MIL",
    )


def test_an_armed_groups_weapon_stands_for_the_group():
    doc = document("On 9 May 2022, Houthi drones struck a market in Marib city.")
    assert actor(doc, main(doc).actor).name == "Houthi"


def test_cadres_of_a_party_are_its_people_and_cadres_of_an_armed_group_its_fighters():
    assert (
        _actor_of_word("On 12 May 2022, cadres of the NC clashed with police in Birgunj, Nepal.", "cadres")[1] == "PTY"
    )
    text = "On 2 March 2022, cadres of Zomi Revolutionary Army (ZRA) beat up five farmers in Churachandpur (Manipur)."
    assert _actor_of_word(text, "cadres")[1] == "REB"


def test_a_number_with_of_counts_the_people_it_names():
    doc = document("On 25 March 2022, around 3,500 of persons, including CGT members, protested in Nantes.")
    assert actor(doc, main(doc).actor).sector == "CVL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 9 March 2022, the Nigerian Air Force bombed a camp in Gana (Damboa, Borno).", "MIL"),
        ("On 17 March 2022, migrants were detained by the Coast Guard Command off Bodrum, Mugla.", "MIL"),
    ],
)
def test_air_forces_and_coast_guards_are_military(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


def test_a_party_named_after_freedom_fighters_is_no_rebel_group():
    text = "On 5 May 2022, the Economic Freedom Fighters marched to the Union Buildings in Pretoria."
    assert _actor_of_word(text, "Fighters") != ("ZAF", "REB")


def _named_actor_of_word(text: str, word: str):
    """The actor ``word`` refers to, as the coder would ask for it (None when it names none)."""
    from newsevents.annotate.actors import actor_for_token
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.pipeline import load_models

    models = load_models()
    doc = models.nlp(text)
    mentions = find_mentions(doc, models.gazetteer, "2025-04-25")
    return mentions.actor(actor_for_token(mentions, next(t for t in doc if t.text == word)))


@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        (
            "Azerbaijani hackers launched cyber attacks on Armenian state websites.",
            "hackers",
            "Azerbaijani hackers",
            "AZE",
        ),
        ("Croatian experts have expressed hopes that the policy will change.", "experts", "Croatian experts", "HRV"),
        (
            "The US authorities shared evidence with their Chinese counterparts on Friday.",
            "counterparts",
            "Chinese counterparts",
            "CHN",
        ),
    ],
)
def test_people_named_by_their_trade_are_a_body_of_the_nationality_before_them(text, word, name, country):
    found = _named_actor_of_word(text, word)
    assert (found.name, found.country, found.sector) == (name, country, None)


def test_people_named_by_their_trade_with_no_nationality_are_no_actor():
    assert _named_actor_of_word("Hackers launched cyber attacks on several state websites.", "Hackers") is None


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("The governor's office declined to comment on the bill.", "governor office", None, "GOV"),
        ("The prime minister's office declined to comment on the case.", "prime minister office", None, "PRE"),
        (
            "The Office of the former Afghan President said in a statement that it was concerned.",
            "Office of the former Afghan President",
            "AFG",
            "PRE",
        ),
        ("The prosecutor's office in Kenya charged three police officers.", "prosecutor office", "KEN", "JUD"),
    ],
)
def test_the_office_of_an_office_holder_acts_for_them(text, name, country, sector):
    office = _named_actor_of_word(text, next(w for w in ("office", "Office") if w in text.split()))
    assert (office.name, office.country, office.sector, office.kind) == (name, country, sector, "organization")


def test_an_office_of_no_public_office_holder_is_no_actor():
    assert _named_actor_of_word("His lawyer's office declined to comment.", "office") is None


def test_a_country_name_the_tagger_left_untagged_is_the_country():
    found = _named_actor_of_word("Ireland annually provides €10 million in aid to the Palestinian people.", "Ireland")
    assert (found.name, found.kind, found.country) == ("Ireland", "country", "IRL")


def test_a_given_name_shared_with_a_country_is_not_read_as_the_country():
    found = _named_actor_of_word("Jordan said he would not play on Sunday.", "Jordan")
    assert found is None or found.kind != "country"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Peshmerga has intensified its forces in a number of areas in Mosul city.", "Peshmerga", ("IRQ", "MIL")),
        ("USAID deployed seven search-and-rescue teams to Nepal.", "USAID", ("USA", "GOV")),
        ("Chinese regulators have launched an investigation into Alibaba Group.", "regulators", ("CHN", "GOV")),
        ("Guatemalan clergymen denounced the torture of a Jesuit priest.", "clergymen", ("GTM", "REL")),
        ("Nigerian lecturers went on strike over unpaid salaries.", "lecturers", ("NGA", "EDU")),
    ],
)
def test_bodies_known_by_name_or_by_their_word(text, word, expected):
    assert _actor_of_word(text, word) == expected


@pytest.mark.parametrize(
    ("text", "published", "surname", "reading"),
    [
        ("Erdogan threatened to expel ten ambassadors over their statement.", "2021-10-23", "Erdogan", ("TUR", "PRE")),
        ("Putin ordered troops to pull back from the border, the Kremlin said.", None, "Putin", ("RUS", "PRE")),
        ("Bush told reporters that Saddam must leave Kuwait.", "1990-09-01", "Saddam", ("IRQ", "PRE")),
        ("Bush told reporters that Saddam must leave Kuwait.", "1990-09-01", "Bush", ("USA", "PRE")),
        ("Shinzo Abe was shot dead while giving a speech in Nara.", "2022-07-08", "Abe", ("JPN", None)),
        ("Shinzo Abe condemned the missile launch by North Korea.", "2015-05-01", "Abe", ("JPN", "PRE")),
    ],
)
def test_a_well_known_person_named_without_a_title_is_of_the_listed_country_and_office(
    text, published, surname, reading
):
    """The office is held on the publication date (without one, still held today); out of office, the country only."""
    doc = document(text, published=published)
    person = _person(doc, surname)
    assert (person.country, person.sector) == reading


def test_a_title_without_a_country_takes_the_listed_persons_not_the_articles():
    doc = document("President Obama met King Mohammed VI in Rabat on Tuesday.", published="2014-03-01")
    assert (_person(doc, "Obama").country, _person(doc, "Obama").sector) == ("USA", "PRE")


def test_variants_of_a_well_known_name_read_alike():
    doc = document("Vladimir Putin went on a victory lap of Syria. Putin met soldiers at the base.", "2017-12-11")
    putin = _person(doc, "Putin")
    assert (putin.country, putin.sector) == ("RUS", "PRE")
    assert {e.actor for e in doc.entities if "Putin" in e.text} == {putin.id}


def test_what_the_text_says_of_a_person_wins_over_the_list():
    """A title keeps its own sector; a nationality the text gives makes a namesake, who gets nothing from the list."""
    doc = document("Opposition leader Recep Tayyip Erdogan addressed a rally in Istanbul.", published="1995-01-01")
    assert (_person(doc, "Erdogan").country, _person(doc, "Erdogan").sector) == ("TUR", "OPP")
    doc = document("Ghanaian Tony Blair was attacked by fans in Accra.", published="2000-01-01")
    assert (_person(doc, "Blair").country, _person(doc, "Blair").sector) == ("GHA", None)


@pytest.mark.parametrize(
    ("misread", "country"),
    [
        ("Tobago", "TTO"),  # a region the tagger read as a body: "in Castara, Tobago, residents blocked the road"
        ("Korydallos", "GRC"),  # a town
        ("UGT", None),  # an acronym names a body
        ("Solvay", None),  # a hamlet's name is more often a body's
    ],
)
def test_unplaced_article_takes_the_country_of_a_place_the_tagger_read_as_a_name(misread, country):
    from newsevents.annotate.find_mentions import _country_of_places_read_as_names
    from newsevents.pipeline import load_models
    from newsevents.record import Entity

    gazetteer = load_models().gazetteer
    mentions = Mentions(gazetteer=gazetteer)
    mentions.entities.append(Entity(id="t1", text=misread, label="ORG", start=0, end=len(misread)))
    assert _country_of_places_read_as_names(mentions, gazetteer) == country


def test_a_misread_place_tells_the_articles_country_before_a_nationality_named():
    """ "British" names what the crowd protests against; "Tobago", which the tagger read as a body, where it is."""
    doc = document("On 2 March 2023, residents of Castara, Tobago blocked a road to protest against a British company.")
    assert actor(doc, main(doc).actor).country == "TTO"


def test_a_subject_of_no_kind_acts_for_the_body_it_belongs_to():
    doc = document("Republicans in Congress refused to lift sanctions on Iran.")
    refusal = next(e for e in doc.events if e.type == "REJECT")
    assert actor(doc, refusal.actor).name == "Congress"


def test_a_body_listed_among_people_does_not_stand_for_them():
    doc = document(
        "Between 300 and 500 people, including Yellow Vests, gathered in Laval to denounce the vaccine pass."
    )
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert actor(doc, protest.actor).name != "Yellow Vests"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("On 7 May 2024, in Jos, Plateau, a member of the Sinaloa Cartel was shot dead by gunmen.", "Sinaloa Cartel"),
        ("On 2 May 2024, the body of a Hamas member was found shot dead near Rafah.", "Hamas member"),
        ("On 2 May 2024, gunmen shot and killed an extortionist in Escuintla.", "extortionist"),
    ],
)
def test_the_victim_is_read_where_the_parse_hides_them(text: str, victim: str) -> None:
    """The victim of a passive attack the parser hung on the opening place, and the one whose body was found shot,
    are the target, not the town."""
    doc = document(text)
    event = next(e for e in doc.events if e.type == "ASSAULT")
    target = actor(doc, event.target)
    assert target is not None and target.name == victim


def test_a_verb_with_no_object_of_its_own_befell_whom_its_conjunct_names() -> None:
    doc = document(
        "On 2 May 2024, in San Miguel, El Salvador, armed men shot and killed two gang members in Las Delicias canton."
    )
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults and all(actor(doc, e.target).name == "two gang members" for e in assaults)


def test_a_thing_a_force_holds_is_the_forces() -> None:
    """ "a security checkpoint": the security forces' post is attacked, not the town."""
    doc = document("On 2 May 2024, militants attacked a security checkpoint near Mandera.")
    event = next(e for e in doc.events if e.type == "ASSAULT")
    assert actor(doc, event.target).sector == "MIL"
