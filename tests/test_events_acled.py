"""ACLED-style coding of whole articles: sub-event decisions, the main event, setting and toll across sentences."""

from __future__ import annotations

import pytest

from newsevents.annotate.mentions import Mentions, register
from newsevents.events.acled import (
    _aimed_at_an_armed_side,
    _arrests_after_the_protest,
    _background,
    _classifier_choice,
    _crowd_did_damage,
    _held_by_the_text,
    _protested,
    _report_the_event_read,
    _ruled_out,
    _told_as_an_act,
    acled_of,
)
from newsevents.events.classifier import ACLED_EVENT_TYPE
from newsevents.events.lexicon import (
    PLOVER_MODES,
    acled_type,
    fighting_told,
    force_used_on_a_crowd,
    is_no_mob,
    missiles_thrown,
    refine_acled,
    street_violence_told,
)
from newsevents.events.main import main_event
from newsevents.events.settling import name_the_crowd
from newsevents.events.triggers import _protest_forbidden, _protest_purpose, triggered_type
from newsevents.pipeline import load_models
from newsevents.record import Actor, Event, Span
from nlp_helpers import actor, document, events_of, place


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Hundreds of teachers protested in Nairobi over unpaid salaries.", "Peaceful protest"),
        (
            "Hundreds of teachers protested in Nairobi over unpaid salaries. Police arrested four of them.",
            "Protest with intervention",
        ),
        ("Protesters rioted in Lagos after the election results were announced.", "Violent demonstration"),
        ("Angry villagers beat a suspected thief in a market near Kampala.", "Mob violence"),
        ("Gunmen shot a farmer in his field near Maiduguri.", "Attack"),
        ("Soldiers clashed with rebels near Goma.", "Armed clash"),
        ("An air strike hit a fuel depot near Sanaa.", "Air/drone strike"),
        ("Police detained three civilians near Baidoa on Monday.", "Arrests"),
        ("Al Shabaab militants detained three civilians near Baidoa on Monday.", "Abduction/forced disappearance"),
        ("The rebels detained a farmer accused of theft in a village near Goma.", "Abduction/forced disappearance"),
        (
            "Police arrested two journalists in Herat on Monday. Their whereabouts remain unknown.",
            "Abduction/forced disappearance",
        ),
        (
            "Police arrested two journalists in Herat on Monday. Their families asked about their whereabouts.",
            "Arrests",
        ),
    ],
)
def test_acled_sub_event_type_of_the_main_event(text: str, sub_event_type: str):
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


def test_a_note_on_the_protest_against_a_killing_reports_the_protest():
    doc = document(
        "On 12 May 2023, police shot dead a trader in Kisumu, and hundreds of residents marched peacefully "
        "to the police station to protest the killing."
    )
    event = main_event(doc)
    assert event is not None and event.type == "PROTEST"
    assert event.acled["sub_event_type"] == "Peaceful protest"
    (killing,) = events_of(doc, "ASSAULT")
    assert killing.acled["event_type"] == "Violence against civilians"


def test_toll_in_a_later_sentence_belongs_to_the_attack_before_it():
    doc = document("Gunmen attacked a checkpoint near Kandahar on Monday. Five soldiers died.")
    (attack,) = events_of(doc, "ASSAULT")
    assert attack.fatalities == 5
    assert len(attack.evidence) == 2


def test_later_sentence_inherits_the_lead_place_and_date():
    doc = document("On 5 January 2022, in Maceio, residents protested over water shortages. Police arrested two men.")
    (arrest,) = events_of(doc, "COERCE")
    assert arrest.date.value == "2022-01-05"
    assert place(doc, arrest.place).country == "BR"


def test_unnamed_police_belong_to_the_article_country():
    doc = document("Police arrested three journalists in Nairobi on Tuesday.")
    (arrest,) = events_of(doc, "COERCE")
    assert (actor(doc, arrest.actor).country, actor(doc, arrest.actor).sector) == ("KEN", "COP")


def test_light_verb_subject_is_the_protest_actor():
    doc = document("Nurses staged a protest outside the main hospital in Accra.")
    (protest,) = events_of(doc, "PROTEST")
    assert actor(doc, protest.actor).sector == "MED"


def test_unknown_perpetrator_stays_null_when_only_a_toll_follows():
    doc = document("A man was shot dead in Natal on Sunday. 1 fatality.")
    (attack,) = events_of(doc, "ASSAULT")
    assert attack.actor is None
    assert attack.fatalities == 1


def test_main_event_is_the_first_that_happened():
    doc = document("Police may arrest the organisers. Farmers blocked a highway near Lima on Monday.")
    assert main_event(doc).type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Israeli forces demolished a house owned by a Palestinian family in Jenin.", "Looting/property destruction"),
        ("Police razed Palestinian-owned land near Hebron on Monday.", "Looting/property destruction"),
        ("Militants torched three houses in a village near Lamu, killing one person.", "Attack"),
    ],
)
def test_destroying_property_is_not_an_attack_on_its_owners(text: str, sub_type: str) -> None:
    assert [e.acled["sub_event_type"] for e in events_of(document(text), "ASSAULT")][:1] == [sub_type]


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed during an armed confrontation between an armed group and Gulf Clan members in Fredonia.",
        "A police vehicle was ambushed by gunmen near Matsapha on Sunday.",
        "Houthi forces opened fire at military positions in Taizz.",
        "Gunmen opened fire towards soldiers at a checkpoint near Maiduguri.",
        "Two suspects were killed during a shootout with the police in Cebu City.",
    ],
)
def test_fighting_between_armed_sides_is_an_armed_clash(text: str) -> None:
    assert events_of(document(text), "ASSAULT")[0].acled["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 5 May 2022, gunmen shot dead a former police officer in Herat.", "Attack"),
        ("On 5 May 2022, gunmen shot dead an off-duty soldier in Vila Velha.", "Attack"),
        ("On 5 May 2022, armed men shot and killed an off-duty police officer in Cucuta.", "Attack"),
        ("On 5 May 2022, gunmen shot dead a retired army officer in Kaduna.", "Attack"),
        ("On 5 May 2022, gunmen killed an ex-soldier in Kaduna.", "Attack"),
        ("On 5 May 2022, gunmen shot dead a police officer (assumed off duty) in Herat.", "Attack"),
        ("On 5 May 2022, gunmen shot dead a police officer in Herat.", "Armed clash"),
    ],
)
def test_a_member_of_a_force_out_of_service_is_a_civilian_target(text: str, sub_event_type: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Residents blocked a street by setting obstacles on fire to demonstrate against poor schools.",
            "Violent demonstration",
        ),
        ("Around 100 people staged a demonstration, burning tyres and blocking the roads.", "Violent demonstration"),
        ("Around 100 people staged a demonstration and blocked the roads.", "Peaceful protest"),
    ],
)
def test_burning_tyres_makes_a_violent_demonstration(text: str, sub_type: str) -> None:
    assert events_of(document(text), "PROTEST")[0].acled["sub_event_type"] == sub_type


@pytest.mark.parametrize(
    ("actor_sector", "sub_event_type"),
    [("COP", "Arrests"), ("MIL", "Arrests"), (None, "Arrests"), ("REB", "Abduction/forced disappearance")],
)
def test_a_detention_by_an_armed_group_other_than_the_state_is_an_abduction(actor_sector, sub_event_type):
    coded = acled_type("COERCE", ["arrest"], "CVL", actor_sector=actor_sector)
    assert coded is not None and coded["sub_event_type"] == sub_event_type


def test_the_crowds_violence_at_a_protest_is_the_demonstrations_not_mob_violence():
    doc = document("Residents protested in Kisumu over water shortages. Angry residents beat a local official.")
    (beating,) = events_of(doc, "ASSAULT")
    assert beating.acled == {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
    alone = document("Angry villagers beat a suspected thief in a market near Kampala.")
    assert [e.acled["sub_event_type"] for e in events_of(alone, "ASSAULT")] == ["Mob violence"]


@pytest.mark.parametrize(
    ("mutual", "sub_event_type"), [(True, "Armed clash"), (False, "Shelling/artillery/missile attack")]
)
def test_both_sides_firing_heavy_weapons_is_a_clash_not_remote_violence(mutual: bool, sub_event_type: str):
    coded = acled_type("ASSAULT", ["heavy-weapons"], "MIL", actor_sector="REB", mutual=mutual)
    assert coded is not None and coded["sub_event_type"] == sub_event_type


def test_an_exchange_of_artillery_fire_is_an_armed_clash():
    event = main_event(document("Houthi forces and government troops exchanged artillery fire near Marib on Monday."))
    assert event is not None and event.acled == {"event_type": "Battles", "sub_event_type": "Armed clash"}


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Residents erected barricades on the main road to demand housing.", "Violent demonstration"),
        ("Residents used rocks and tyres as barricades closing a road.", "Violent demonstration"),
        ("Police set up barricades around the parliament.", "Peaceful protest"),
        ("Police intervened when the rioters attempted to damage vehicles.", "Violent demonstration"),
    ],
)
def test_barricades_put_up_by_the_crowd_or_rioters_make_a_violent_demonstration(text: str, sub_type: str) -> None:
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=len(text))], modes=["demo"])
    protest.acled = acled_type("PROTEST", ["demo"], None)
    refine_acled([protest], lambda _actor_id: None, load_models().nlp(text))
    assert protest.acled["sub_event_type"] == sub_type


@pytest.mark.parametrize(("lone", "sub_event_type"), [(False, "Mob violence"), (True, "Attack")])
def test_violence_by_civilians_is_mob_violence_only_from_a_crowd(lone: bool, sub_event_type: str) -> None:
    coded = acled_type("ASSAULT", ["beat"], "REF", actor_sector="CVL", lone=lone)
    assert coded is not None and coded["sub_event_type"] == sub_event_type


def test_one_man_beating_a_refugee_is_an_attack_and_locals_beating_a_thief_mob_violence() -> None:
    one = main_event(document("A man beat a refugee outside a bar in Tatabanya."))
    assert one is not None and one.acled["sub_event_type"] == "Attack"
    crowd = main_event(document("A group of locals beat a suspected thief in a market near Kampala."))
    assert crowd is not None and crowd.acled["sub_event_type"] == "Mob violence"


def test_an_act_a_demand_asks_for_has_no_acled_type_and_one_done_has() -> None:
    asked = document("On 3 May 2023, union members in Seoul urged the government to sign an agreement with drivers.")
    assert [e.acled for e in events_of(asked, "AGREE")] == [None]
    demanded = document("On 3 May 2023, opposition leaders in Kampala demanded the arrest of the police commander.")
    assert [e.acled for e in events_of(demanded, "COERCE")] == [None]
    signed = main_event(document("On 3 May 2023, the government and the delivery workers' union signed an agreement."))
    assert signed is not None and signed.acled is not None
    assert signed.acled["sub_event_type"] == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "On 16 June 2022, teachers protested in Hamadan over the arrests of teacher activists.",
        "On 19 March 2022, residents held a demonstration in Sakhakot against the killing of a social worker.",
        "On 7 March 2022, people staged a protest in Colombo demanding the release of an MP who was arrested in 2020.",
        "On 23 March 2022, students blocked an avenue in Porto Seguro after a student was stabbed by another student.",
        "On 2 May 2022, relatives of a man who was shot by his neighbour protested in Kisumu.",
        "On 4 May 2022, parents protested in Quito demanding the release of teachers jailed for vandalizing a school.",
    ],
)
def test_what_a_protest_is_about_does_not_qualify_it(text: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == "Peaceful protest"


def test_arrests_of_the_protesters_still_qualify_the_protest() -> None:
    text = "On 9 June 2022, people protested in Dublin over the housing crisis. Police arrested two protesters."
    doc = document(text)
    event = main_event(doc)
    assert event is not None and event.acled["sub_event_type"] == "Protest with intervention"


def test_fighting_between_two_armed_sides_is_an_armed_clash_whatever_the_weapon() -> None:
    text = "On 15 June 2022, shelling exchange took place between regime forces and rebels in Hama countryside."
    doc = document(text)
    event = main_event(doc)
    assert event is not None and event.acled["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    ("actor_sector", "target_sector", "sub_event_type"),
    [
        ("SOC", "COP", "Mob violence"),  # activists clashed with police
        ("COP", "CVL", "Mob violence"),  # police clashed with citizens demonstrating
        ("AGR", "AGR", "Mob violence"),  # a farmer and herders clashed with machetes
        ("SOC", "CRM", "Armed clash"),  # a gang on one side
        (None, "CVL", "Armed clash"),  # a shoot-out in which a man was shot: the fighters untold
        ("MIL", "REB", "Armed clash"),
    ],
)
def test_a_fight_with_civilians_on_a_side_is_a_riot_not_an_armed_clash(
    actor_sector: str | None, target_sector: str, sub_event_type: str
) -> None:
    coded = acled_type("ASSAULT", [], target_sector, actor_sector=actor_sector, mutual=True)
    assert coded is not None and coded["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("ruled", "ruled_out", "chosen"),
    [
        ("Armed clash", {"Attack"}, "Armed clash"),  # the rules read an armed target: the clash stands
        ("Armed clash", set(), "Attack"),  # sides not read: the classifier, sure of the lead, decides
        ("Attack", {"Armed clash"}, "Armed clash"),
    ],
)
def test_a_clash_the_rules_read_from_the_sides_stands_against_the_leads_reading(
    ruled: str, ruled_out: set[str], chosen: str
) -> None:
    event = Event(id="e1", type="ASSAULT", evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": ACLED_EVENT_TYPE[ruled], "sub_event_type": ruled}
    other = "Attack" if ruled == "Armed clash" else "Armed clash"
    sure_of_the_other = {other: 0.95, ruled: 0.04, "Peaceful protest": 0.01}
    assert (_classifier_choice(event, sure_of_the_other, True, ruled_out) or ruled) == chosen


def test_sexual_violence_the_rules_read_stands_against_the_leads_reading() -> None:
    event = Event(id="e1", type="ASSAULT", evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": "Violence against civilians", "sub_event_type": "Sexual violence"}
    sure_of_an_attack = {"Attack": 0.95, "Sexual violence": 0.04, "Armed clash": 0.01}
    assert _classifier_choice(event, sure_of_an_attack, True, {"Attack"}) in {None, "Sexual violence"}


@pytest.mark.parametrize(
    ("sub_type", "held", "chosen"),
    [
        ("Protest with intervention", {"Protest with intervention"}, None),
        ("Protest with intervention", set(), "Peaceful protest"),
        ("Violent demonstration", {"Violent demonstration"}, None),
        ("Violent demonstration", {"Protest with intervention"}, "Peaceful protest"),
    ],
)
def test_a_qualified_protest_the_text_holds_stands_against_the_leads_reading(
    sub_type: str, held: set[str], chosen: str | None
) -> None:
    """What the text holds (``held``: crowd control or arrests told as done, barricades, burning tyres, damage done)
    keeps the rules' qualified protest against the lead's reading; without it, the sure reading stands."""
    event = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": ACLED_EVENT_TYPE[sub_type], "sub_event_type": sub_type}
    sure_it_was_peaceful = {"Peaceful protest": 0.95, sub_type: 0.04, "Attack": 0.01}
    ruled_out = _ruled_out(event, Mentions())
    assert _classifier_choice(event, sure_it_was_peaceful, True, ruled_out, held) == chosen


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Residents burned tyres on the highway.", True),
        ("Students erected barricades near the campus.", True),
        ("Police set up barricades around the parliament.", False),
        ("Residents marched to the town hall.", False),
        ("Angry farmers barricaded the main road into the town.", True),
        ("The gunman barricaded himself inside a shop.", False),
        ("Soldiers barricaded the road to the border.", False),
        ("Villagers blocked the main road with piles of stones and logs.", True),
        ("Farmers blocked the main road with dozens of tractors.", False),
    ],
)
def test_street_violence_is_burning_tyres_or_barricades_raised(text: str, told: bool) -> None:
    assert street_violence_told(load_models().nlp(text)) is told


def test_shelling_the_rules_read_stands_against_a_sure_air_strike() -> None:
    event = Event(id="e1", type="ASSAULT", modes=["heavy-weapons"], evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}
    sure_of_an_air_strike = {"Air/drone strike": 0.95, "Shelling/artillery/missile attack": 0.05}
    ruled_out = _ruled_out(event, Mentions())
    assert _classifier_choice(event, sure_of_an_air_strike, True, ruled_out) != "Air/drone strike"


def test_an_armed_groups_detention_the_rules_read_is_no_arrest() -> None:
    event = Event(id="e1", type="COERCE", modes=["arrest"], evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance"}
    leaning_to_arrests = {"Arrests": 0.7, "Abduction/forced disappearance": 0.3}
    ruled_out = _ruled_out(event, Mentions())
    assert _classifier_choice(event, leaning_to_arrests, False, ruled_out) != "Arrests"


@pytest.mark.parametrize("sector", ["CVL", "REF", "EDU", "LAB"])
def test_a_crowds_violence_is_mob_violence_whatever_its_trade(sector: str) -> None:
    coded = acled_type("ASSAULT", ["primitive"], "MIL", actor_sector=sector)
    assert coded is not None and coded["sub_event_type"] == "Mob violence"


def test_a_country_that_demands_stages_no_protest() -> None:
    doc = document("Serbia on Tuesday demanded a meeting of the U.N. Security Council to discuss the advance.")
    assert not [e for e in doc.events if e.acled and e.acled["event_type"] in {"Protests", "Riots"}]


@pytest.mark.parametrize(
    ("text", "protest", "other", "background"),
    [
        ("Relatives of a man who was shot by police protested.", "protested", "shot", True),
        ("Residents protested following clashes between two villages.", "protested", "clashes", True),
        (
            "Parents protested against the verdict on a teacher convicted of beating a pupil.",
            "protested",
            "beating",
            True,
        ),
        ("Hundreds demonstrated by vandalizing the gate of the college.", "demonstrated", "vandalizing", False),
        ("Protesters who threw stones at the police marched on.", "marched", "threw", False),
    ],
)
def test_what_came_before_a_protest_is_told_apart_from_what_it_did(
    text: str, protest: str, other: str, background: bool
) -> None:
    doc = load_models().nlp(text)
    protests = {t.i for t in doc if t.text == protest}
    assert _background(next(t for t in doc if t.text == other), protests) is background


def test_one_persons_violence_does_not_make_a_protest_violent() -> None:
    text = "Villagers protested in the town. A man beat a child."
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=31)], modes=["demo"], actor="a1")
    protest.acled = acled_type("PROTEST", ["demo"], None)
    beating = Event(id="e2", type="ASSAULT", evidence=[Span(start=32, end=len(text))], actor="a2")
    actors = {
        "a1": Actor(id="a1", name="Villagers", kind="group", sector="CVL"),
        "a2": Actor(id="a2", name="A man", kind="group", sector="CVL"),
    }
    refine_acled([protest, beating], lambda a: actors[a].sector, load_models().nlp(text), (), actors.get)
    assert protest.acled["sub_event_type"] == "Peaceful protest"
    actors["a2"] = Actor(id="a2", name="A crowd", kind="group", sector="CVL")
    refine_acled([protest, beating], lambda a: actors[a].sector, load_models().nlp(text), (), actors.get)
    assert protest.acled["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "protest", "other", "grievance"),
    [
        ("Teachers protested over the arrests of activists.", "protested", "arrests", True),
        ("Residents staged a protest demanding the release of those detained.", "protest", "detained", True),
        ("Students marched after a student was stabbed.", "marched", "stabbed", True),
        ("Teachers protested and police arrested four of them.", "protested", "arrested", False),
        ("Protesters marched and pelted stones at the police.", "marched", "pelted", False),
        ("Farmers blocked the road until police dispersed them.", "blocked", "dispersed", False),
    ],
)
def test_an_event_a_protest_is_about_is_told_apart_from_one_around_it(
    text: str, protest: str, other: str, grievance: bool
) -> None:
    doc = load_models().nlp(text)
    protests = {t.i for t in doc if t.text == protest}
    assert _protested(next(t for t in doc if t.text == other), protests) is grievance


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Residents blocked the road with tree trunks and rocks.", "Violent demonstration"),
        ("Residents used tree logs to block the Coyah road.", "Violent demonstration"),
        ("Truck drivers blocked the highway with their trucks.", "Peaceful protest"),
        ("Workers protested outside the ministry. Police intervened.", "Protest with intervention"),
        ("Activists marched through Brisbane. Police broke up the march.", "Protest with intervention"),
        ("The passage of the caravan was impeded by police forces.", "Protest with intervention"),
        ("Activists marched through Brisbane. Police did not intervene.", "Peaceful protest"),
        ("Activists marched through Brisbane. The army intervened in the conflict in Mali.", "Peaceful protest"),
        ("Activists marched through Brisbane. Police intervened in the protest.", "Protest with intervention"),
        ("Activists marched through Brisbane. A bus blocked the march.", "Peaceful protest"),
    ],
)
def test_barricades_and_the_authorities_intervening_qualify_a_protest(text: str, sub_type: str) -> None:
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=len(text))], modes=["demo"])
    protest.acled = acled_type("PROTEST", ["demo"], None)
    refine_acled([protest], lambda _actor_id: None, load_models().nlp(text))
    assert protest.acled["sub_event_type"] == sub_type


def test_police_who_block_a_march_stage_no_protest() -> None:
    doc = document("Activists marched through Brisbane on Monday. Police blocked the march.")
    assert events_of(doc, "PROTEST")
    assert all(actor(doc, e.actor).sector not in {"COP", "MIL"} for e in events_of(doc, "PROTEST"))


@pytest.mark.parametrize(
    ("name", "kind", "mob"),
    [
        ("villagers", "group", True),
        ("IS members", "group", False),
        ("a TLP member", "group", False),
        ("party cadres", "group", False),
        ("a man", "group", False),
        ("Somali community members", "group", True),
        ("three members of the Turkish and Kurdish communities", "group", True),
    ],
)
def test_members_of_an_organised_group_are_no_mob(name: str, kind: str, mob: bool) -> None:
    assert is_no_mob(Actor(id="a1", name=name, kind=kind, sector="CVL")) is not mob


def test_members_of_a_community_who_beat_someone_are_a_mob_of_the_country_they_live_in() -> None:
    doc = document("On 3 May 2024, four members of the Armenian community beat two men outside a cafe in Marseille.")
    event = main_event(doc)
    assert event is not None and event.acled == {"event_type": "Riots", "sub_event_type": "Mob violence"}
    attackers = actor(doc, event.actor)
    assert (attackers.name, attackers.country) == ("four members of the Armenian community", "FRA")


def test_violence_by_members_of_a_gang_is_an_attack_not_mob_violence() -> None:
    coded = acled_type("ASSAULT", ["firearms"], "CVL", actor_sector="CVL", lone=True)
    assert coded is not None and coded["sub_event_type"] == "Attack"
    against_forces = acled_type("ASSAULT", [], "MIL", actor_sector="CVL", lone=True)
    assert against_forces is not None and against_forces["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2022, the Saudi-led coalition conducted 11 air raids on Haradh district (Hajjah).",
        "On 5 March 2022, an air attack hit a market in Sadah.",
    ],
)
def test_an_air_raid_is_an_air_strike(text: str) -> None:
    (event,) = events_of(document(text), "ASSAULT")
    assert "aerial" in event.modes
    assert event.acled["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "On 27 June 2022, rebels opened fire at a military helicopter near Amadiya.",
        "On 27 June 2022, rebels attacked an army helicopter near Amadiya.",
        "On 27 June 2022, a combined force of rebels and their drone team attacked an army outpost near Shadaw.",
    ],
)
def test_an_aircraft_aimed_at_or_a_team_named_by_its_weapon_is_no_air_strike(text: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.type == "ASSAULT"
    assert "aerial" not in event.modes and "drone" not in event.modes
    assert event.acled["sub_event_type"] == "Armed clash"


def test_killing_an_explosives_expert_is_a_shooting_not_a_bombing() -> None:
    event = main_event(document("On 7 June 2022, gunmen shot and killed an explosives expert in Hudaydah city."))
    assert event is not None and "explosives" not in event.weapons
    assert event.acled["sub_event_type"] == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 13 June 2022, militants attacked an army convoy with small arms fire and an IED near Rafah.",
            "Armed clash",
        ),
        ("On 13 June 2022, militants attacked an army convoy with an IED near Rafah.", "Remote explosive/landmine/IED"),
        ("On 19 January 2022, the army carried out artillery strikes and ground operations near Nara.", "Armed clash"),
        ("On 19 January 2022, the army carried out artillery strikes near Nara.", "Shelling/artillery/missile attack"),
    ],
)
def test_remote_weapons_with_gunfire_or_a_ground_operation_are_a_clash(text: str, sub_event_type: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


def test_a_missile_test_fired_is_a_change_to_the_groups_activity_not_shelling() -> None:
    event = main_event(document("On 4 May 2022, North Korea test-fired a ballistic missile towards the sea."))
    assert event is not None and event.type == "MOBILIZE"
    assert event.acled["sub_event_type"] == "Change to group/activity"


def test_heavy_weapons_are_shelling_and_stun_grenades_crowd_control() -> None:
    (shelling,) = events_of(document("Heavy weapons fired by the troops killed two civilians near Wetlet."), "ASSAULT")
    assert shelling.acled["sub_event_type"] == "Shelling/artillery/missile attack"
    doc = document("Police fired stun grenades at protesters in Durban on Monday.")
    assert all("explosives" not in e.modes for e in events_of(doc, "ASSAULT"))


def test_a_riot_recalled_by_an_anniversary_does_not_make_a_protest_violent() -> None:
    doc = document(
        "On 6 January 2022, people held a demonstration in Fresno on the anniversary of the January 6th Capitol riots."
    )
    (protest,) = events_of(doc, "PROTEST")
    assert "riot" not in protest.modes
    recalled = document("Hundreds of residents rioted in Fresno on Monday.")
    assert "riot" in events_of(recalled, "PROTEST")[0].modes


def test_a_bomb_threat_is_a_strategic_development() -> None:
    event = main_event(document("A school in Leeds was evacuated on Monday after it received a bomb threat."))
    assert event is not None and event.type == "THREATEN"
    assert event.acled == {"event_type": "Strategic developments", "sub_event_type": "Other"}
    assert event.modes == []


@pytest.mark.parametrize(
    ("victim", "sub_event_type"),
    [
        ("The victim was a drug dealer.", "Armed clash"),
        ("The victim was a member of a local gang.", "Armed clash"),
        ("The victim was involved in drug trafficking.", "Armed clash"),
        ("The victim was identified as a member of an organized crime group.", "Armed clash"),
        ("The target of the attack was the leader of a gang.", "Armed clash"),
        ("The victim was identified as a local teacher.", "Attack"),
        ("The victim was a drug user.", "Attack"),
        ("The victim was a car dealer.", "Attack"),
        ("The victim was a suspected thief.", "Attack"),
    ],
)
def test_violence_against_a_member_of_organised_crime_is_a_clash(victim: str, sub_event_type: str) -> None:
    """ACLED codes violence between armed criminals as an armed clash: the victim the text shows to be one is armed."""
    doc = document(f"On 3 March 2022, gunmen shot and killed a man outside a bar in Recife. {victim}")
    event = main_event(doc)
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


def test_violence_to_a_captive_is_the_event_rather_than_the_arrest() -> None:
    doc = document("On 8 January 2022, policemen detained a student in Almaty and later tortured him in custody.")
    event = main_event(doc)
    assert event is not None and event.acled["sub_event_type"] == "Attack"


def test_a_fight_between_police_and_demonstrators_is_the_demonstrations_violence() -> None:
    doc = document(
        "On 31 March 2022, police forces clashed with citizens demonstrating in front of the court in Tunis."
    )
    event = main_event(doc)
    assert event is not None and event.acled["sub_event_type"] == "Violent demonstration"


def test_forces_deployed_are_a_change_to_the_groups_activity() -> None:
    event = main_event(document("On 19 April 2022, Houthi forces deployed reinforcements to the front in Al Jawf."))
    assert event is not None and event.type == "MOBILIZE"
    assert event.acled == {"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}


def test_gathering_something_is_no_protest() -> None:
    assert not events_of(document("We are still gathering information about the incident."), "PROTEST")
    assert events_of(document("Hundreds of residents gathered outside the town hall in Manbij."), "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2022, nurses held a sit-in outside the health ministry in Lima.",
        "On 2 May 2022, farmers staged a protest sit-in in front of the governor's office in Agadir.",
    ],
)
def test_a_sit_in_split_by_the_tokenizer_is_a_protest(text: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.type == "PROTEST"


def test_a_sit_in_that_is_no_hyphenated_noun_is_no_protest() -> None:
    assert not events_of(document("The children sat in the garden all afternoon."), "PROTEST")


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("On 6 March 2022, Ukrainians gathered at the plaza in support of Ukraine.", True),
        ("On 6 March 2022, nurses gathered at the hospital in solidarity with a colleague.", True),
        ("On 6 March 2022, nurses gathered at the hospital in the morning.", False),
        ("Dozens of relatives gathered outside the court in Lyon and demanded justice for the victim.", True),
        ("Dozens of students gathered outside the school to mourn a classmate shot dead by the police.", True),
        ("Hundreds of residents gathered in the square to honour the memory of the murdered journalist.", True),
    ],
)
def test_a_crowd_that_gathers_in_support_of_a_cause_has_a_protests_purpose(text: str, purpose: bool) -> None:
    gathered = next(t for t in load_models().nlp(text) if t.lemma_ == "gather")
    assert _protest_purpose(gathered) is purpose


@pytest.mark.parametrize(
    ("text", "actor_name"),
    [
        ("On 3 May 2022, a truck hit a landmine planted by Al Shabaab militants near Baidoa.", "al shabaab"),
        ("On 3 May 2022, two soldiers were killed in a bomb blast planted by Al Shabaab militants in Baidoa.", "al"),
        ("On 3 May 2022, three fighters were killed in airstrikes conducted by the army near Baidoa.", "army"),
        ("On 3 May 2022, a militant was killed in an operation by the police in Baidoa.", "police"),
        (
            "On 3 May 2022, heavy rounds fired by Al Shabaab militants landed in a market and killed two children "
            "in Baidoa.",
            "al",
        ),
        ("On 3 May 2022, a rocket attack was carried out by Al Shabaab militants on an army base in Baidoa.", "al"),
    ],
)
def test_the_attacker_named_by_a_participle_or_passive_light_verb_is_the_actor(text: str, actor_name: str) -> None:
    doc = document(text)
    event = main_event(doc)
    assert event is not None and event.type == "ASSAULT"
    assert event.actor is not None and actor(doc, event.actor).name.lower().startswith(actor_name)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2022, two civilians were killed when Al Shabaab militants clashed with soldiers in Baidoa.", "REB"),
        ("On 3 May 2022, a civilian was killed after soldiers opened fire on protesters near Baidoa.", "MIL"),
        ("On 3 May 2022, three guards were killed when Al Shabaab militants launched an attack on a hotel.", "REB"),
        (
            "On 3 May 2022, troops carried out an operation against Al Shabaab militants near Baidoa. About thirty "
            "militants were killed.",
            "MIL",
        ),
    ],
)
def test_a_harm_told_with_no_doer_takes_the_attacker_its_occasion_names(text: str, sector: str) -> None:
    doc = document(text)
    event = main_event(doc)
    assert event is not None and event.type == "ASSAULT"
    assert event.actor is not None and actor(doc, event.actor).sector == sector


def test_a_harm_after_an_ordinary_act_keeps_no_doer() -> None:
    doc = document("On 3 May 2022, a man was killed after he left his house in Baidoa.")
    event = main_event(doc)
    assert event is not None and event.actor is None
    fought = document("On 3 May 2022, the government launched an operation against corruption. Two men were killed.")
    assert all(e.actor is None for e in events_of(fought, "ASSAULT"))


def test_a_vehicle_that_strikes_a_mine_is_hit_not_the_attacker() -> None:
    doc = document("On 3 May 2022, an army truck struck a landmine near Baidoa.")
    event = main_event(doc)
    assert event is not None and event.type == "ASSAULT"
    assert event.actor is None  # no one is named as having laid the mine


def test_a_death_in_an_operation_is_an_attack_only_where_armed_men_did_it() -> None:
    armed = document("On 3 May 2022, a militant died during an operation by the police in Baidoa.")
    assert [actor(armed, e.actor).sector for e in events_of(armed, "ASSAULT")] == ["COP"]
    surgery = document("On 3 May 2022, a patient died during an operation by a surgeon at the hospital in Baidoa.")
    assert not [e for e in events_of(surgery, "ASSAULT") if e.actor is not None]


def test_who_died_is_the_dead_never_the_doer() -> None:
    """The subject of "died" is whom the death befell, whatever codes the death (a rule or the learned fallback)."""
    doc = document("On 3 May 2022, a man died in Baidoa after a dispute at the market.")
    for event in events_of(doc, "ASSAULT"):
        assert actor(doc, event.actor) is None or actor(doc, event.actor).name != "man"


def test_who_organised_a_protest_protests_as_a_civil_body() -> None:
    doc = document(
        "On 2 March 2022, hundreds of people gathered for a rally in Lexington. The rally was organized by the "
        "Kentucky Refugee Alliance."
    )
    event = main_event(doc)
    assert event is not None and event.type == "PROTEST"
    organiser = actor(doc, event.actor)
    assert organiser.name.endswith("Alliance") and organiser.sector == "SOC"


def test_airstrikes_by_a_nations_jets_are_its_forces_doing() -> None:
    doc = document("On 3 May 2022, a series of airstrikes by Russian jets killed 20 fighters near Idlib.")
    event = main_event(doc)
    assert event is not None and event.type == "ASSAULT"
    attacker = actor(doc, event.actor)
    assert (attacker.country, attacker.sector) == ("RUS", "MIL")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Hundreds of families were displaced from villages near Kaduna by fighting between bandits and soldiers.",
            "Other",
        ),
        ("Armed herders forced dozens of farmers to leave their homes near Jos on Sunday.", "Other"),
        ("Soldiers defused two roadside bombs near Gao on Tuesday.", "Disrupted weapons use"),
        ("Air defences shot down a drone over Erbil on Monday.", "Disrupted weapons use"),
        ("Rebels took control of the town of Bunagana on Monday.", "Non-violent transfer of territory"),
        ("Twenty militiamen surrendered to the army near Beni on Friday.", "Agreement"),
        ("Youths threw stones at police officers in Nairobi on Monday.", "Mob violence"),
        ("A man threw a grenade into a bar in Mombasa on Saturday, wounding three people.", "Grenade"),
        ("Two gangs were involved in a shoot-out in Durban on Friday.", "Armed clash"),
        (
            "Militants burned a truck belonging to the Essakane Mine near Dori on Monday.",
            "Looting/property destruction",
        ),
        (
            "Insurgents fired mortars at an army base near Mosul on Monday, and the soldiers responded with gunfire.",
            "Armed clash",
        ),
    ],
)
def test_acled_conventions_of_displacement_disrupted_weapons_territory_surrender_and_fights(
    text: str, sub_event_type: str
) -> None:
    """People driven from their homes (Other), weapons made harmless, control taken with no fight told, a surrender
    (Agreement), things thrown, an attack answered with fire (a clash, whatever the weapon), and a weapon's word in a
    name ("the Essakane Mine"), which is no weapon."""
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Two women were sexually harassed by soldiers at a checkpoint near Goma on Sunday.",
        "A police officer sexually assaulted a detainee in a cell in Durban on Friday.",
    ],
)
def test_an_act_done_sexually_is_sexual_violence(text: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == "Sexual violence"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the governor imposed a dusk-to-dawn curfew in Jos for two weeks.",
        "The authorities extended the night curfew in Mandera county by 30 days on Friday.",
    ],
)
def test_a_curfew_imposed_is_a_change_in_activity(text: str) -> None:
    """A curfew imposed or extended changes how the authorities act: ACLED's strategic development, no arrest."""
    event = main_event(document(text))
    assert event is not None and event.acled == {
        "event_type": "Strategic developments",
        "sub_event_type": "Change to group/activity",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The scandal forced the minister to leave office.",
        "The team threw a party in Lagos.",
        "Displaced families received food aid in Goma.",
    ],
)
def test_forcing_throwing_and_the_displaced_named_are_no_events(text: str) -> None:
    assert main_event(document(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "A landmine left over from previous clashes exploded near Marib on Monday, killing two civilians.",
        "An old mine from earlier fighting exploded under a truck near Kherson on Sunday, killing its driver.",
    ],
)
def test_a_weapon_left_over_from_a_past_fight_explodes_alone(text: str) -> None:
    """The fight a mine or shell remains from is the past, not a clash the note reports: the blast is remote."""
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "A mine left over from the Iran-Iraq war exploded near Baneh on Monday, injuring three porters.",
        "A bomb leftover from the Vietnam War detonated in a rice field in Quang Tri on Sunday, killing a farmer.",
    ],
)
def test_a_weapon_left_from_a_past_war_is_a_development(text: str) -> None:
    """A past war's mine or bomb that goes off is no attack anyone made: ACLED's strategic development (Other)."""
    event = main_event(document(text))
    assert event is not None and event.acled == {"event_type": "Strategic developments", "sub_event_type": "Other"}


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Two militants accidentally detonated a bomb in a house in Kano on Monday.", "Disrupted weapons use"),
        ("A rebel was killed in a mine explosion near Hakha on Monday while testing a mine.", "Disrupted weapons use"),
        (
            "A farmer was killed by a landmine near Hakha on Monday while grazing his cattle.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_an_explosive_that_goes_off_as_it_is_handled_is_disrupted(text: str, sub_event_type: str) -> None:
    """A bomb set off by mishap by those who handle it is ACLED's disrupted weapons use; one that hits a passer-by
    is remote violence."""
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Two soldiers were killed in a grenade attack by unknown attackers in Puli Alam on Friday.", "Grenade"),
        ("Gunmen attacked a police station with hand grenades in Cali on Monday, damaging the building.", "Grenade"),
        (
            "Rebels fired rocket-propelled grenades at an army base near Goma on Monday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_grenade_used_by_hand_is_acleds_grenade(text: str, sub_event_type: str) -> None:
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Riots broke out in a prison in Cali on Sunday after guards seized phones from the inmates.", "Mob violence"),
        (
            "Students barricaded the main road with stones and burning tyres in Durban on Monday.",
            "Violent demonstration",
        ),
    ],
)
def test_riots_that_broke_out_and_roads_barricaded(text: str, sub_event_type: str) -> None:
    """A riot that broke out with no one demonstrating is a mob's; a road barricaded with burning tyres is a violent
    demonstration."""
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


def test_a_gunman_barricaded_inside_a_house_is_no_protest() -> None:
    doc = document("A gunman barricaded himself inside a house in Dayton on Monday.")
    assert not events_of(doc, "PROTEST")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Hundreds of residents protested in Omdurman on Monday against the visit of the president. Police fired "
            "live ammunition and tear gas to disperse them. One protester was killed.",
            "Excessive force against protesters",
        ),
        (
            "Residents gathered in Kamituga on Monday to protest the death of a man who was killed by the police. "
            "Police dispersed the protesters with tear gas.",
            "Protest with intervention",
        ),
        (
            "Hundreds of residents protested in Omdurman on Monday against rising prices. Police arrested ten of them. "
            "In a separate incident, gunmen shot dead a trader in the market.",
            "Protest with intervention",
        ),
    ],
)
def test_a_killing_after_the_authorities_meet_a_protest_is_excessive_force(text: str, sub_event_type: str) -> None:
    """Someone killed as the authorities met a protest is lethal force used on it; a killing the protest is about, or
    one by others, is not."""
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


def test_control_taken_in_a_fight_is_the_fight() -> None:
    event = main_event(document("Rebels clashed with the army and took control of Bunagana on Monday."))
    assert event is not None and event.acled["event_type"] == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "The army's attacks have displaced 300,000 people since December.",
        "Millions of Syrians are internally displaced.",
        "Half a million people who were displaced by the war live in camps near Idlib.",
        "Aid agencies fear that 700,000 people could be displaced within a day.",
    ],
)
def test_displacement_told_as_a_plight_a_fear_or_what_violence_did_is_no_event(text: str) -> None:
    assert not [e for e in document(text).events if e.type == "COERCE"]


def test_control_of_a_body_or_not_yet_taken_is_no_territory() -> None:
    for text in ("Democrats took control of the House in January.", "Rebels may take control of Goma next week."):
        transfers = [
            e for e in document(text).events if (e.acled or {}).get("sub_event_type", "").endswith("territory")
        ]
        assert not transfers


@pytest.mark.parametrize(
    ("text", "gathering", "forbidden"),
    [
        ("The governor issued a ban on all forms of marches and rallies in the province.", "rallies", True),
        ("Police set up roadblocks to prevent students from taking part in the march.", "march", True),
        ("The mayor banned protests in the city centre.", "protests", True),
        ("Students held a march against the ban on gatherings.", "march", False),
    ],
)
def test_a_gathering_forbidden_or_thwarted_is_not_held(text: str, gathering: str, forbidden: bool) -> None:
    (noun,) = (t for t in load_models().nlp(text) if t.lower_ == gathering)
    assert _protest_forbidden(noun) is forbidden


@pytest.mark.parametrize(
    ("text", "event_type", "modes"),
    [
        ("A man threw a grenade into a bar in Mombasa on Saturday, wounding three people.", "ASSAULT", ["explosives"]),
        ("Soldiers defused two roadside bombs near Gao on Tuesday.", "COERCE", []),
        ("Armed herders forced dozens of farmers to leave their homes near Jos on Sunday.", "COERCE", []),
        ("Rebels took control of the town of Bunagana on Monday.", "MOBILIZE", []),
    ],
)
def test_the_record_carries_only_plover_modes(text: str, event_type: str, modes: list[str]) -> None:
    """What only ACLED tells apart (a grenade, weapons made harmless, people displaced, control taken) sets the ACLED
    sub-type; the record's modes stay PLOVER's."""
    (event,) = document(text).events
    assert (event.type, event.modes) == (event_type, modes)
    assert set(event.modes) <= PLOVER_MODES[event_type]


@pytest.mark.parametrize(("kind", "sector"), [("organization", "CVL"), ("person", "CVL"), ("country", None)])
def test_a_crowd_of_no_known_sector_is_of_civilians_unless_a_country(kind: str, sector: str | None) -> None:
    crowd = Actor(id="a1", name="Kenya Kwanza", kind=kind, sector=None)
    protest = Event(id="e1", type="PROTEST", evidence=[Span(0, 5)], actor="a1")
    protest.acled = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    name_the_crowd([protest], Mentions(actors=[crowd]))
    assert crowd.sector == sector


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 3 May 2023, several dozen supporters of the jailed opposition leader Giorgi Beridze demanded his "
            "release in Kutaisi City.",
            "Peaceful protest",
        ),
        (
            "On 3 May 2023, members of the Jeonbuk Farmers Union held a press conference with a banner in front of the "
            "Provincial Council in Jeonju. They urged the candidates to revise local policies, including the "
            "withdrawal of the new airport plan.",
            "Peaceful protest",
        ),
        (
            "On 3 May 2023, the Foreign Ministry demanded the release of the detained journalist Anna Petrova.",
            "Arrests",
        ),
        (
            "On 3 May 2023, the opposition party condemned the arrest of its leader Giorgi Beridze in Kutaisi.",
            "Arrests",
        ),
    ],
)
def test_a_crowds_demand_about_an_earlier_event_is_a_protest(text: str, sub_event_type: str) -> None:
    """The demand a crowd makes public is the protest ACLED codes; the arrest it is about was coded before. A demand
    by the state, or a party's condemnation, is no protest: the arrest stays the event."""
    event = main_event(document(text))
    assert event is not None and event.acled["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "word", "made"),
    [
        ("Police arrested two protesters outside the court.", "arrested", True),
        ("The authorities made several arrests.", "arrests", True),
        ("His arrest was related to a land dispute.", "arrest", False),
        ("Relatives of three men who were arrested last week gathered outside the court.", "arrested", False),
    ],
)
def test_an_arrest_told_as_an_act_not_as_a_thing_or_a_description(text: str, word: str, made: bool) -> None:
    token = next(t for t in load_models().nlp(text) if t.text == word)
    assert _told_as_an_act(token) is made


def _protest_and_arrest(arrest_start: int, arrest_date: str | None) -> tuple[Event, Event]:
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=30)])
    protest.acled = {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
    protest.date.value = "2022-05-01"
    arrest = Event(id="e2", type="COERCE", modes=["arrest"], evidence=[Span(start=arrest_start, end=arrest_start + 20)])
    arrest.date.value = arrest_date
    return protest, arrest


def test_arrests_made_after_a_protest_begins_on_its_day_hold_its_intervention() -> None:
    arrested = next(t for t in load_models().nlp("Police arrested two of them.") if t.text == "arrested")
    protest, arrest = _protest_and_arrest(40, "2022-05-01")
    triggers = {id(arrest): [arrested]}
    assert _arrests_after_the_protest([protest, arrest], set(), triggers)
    assert not _arrests_after_the_protest([protest, arrest], {id(arrest)}, triggers)  # what the protest is about
    earlier, told_first = _protest_and_arrest(40, "2021-03-01"), _protest_and_arrest(0, "2022-05-01")
    for events in (earlier, told_first):
        assert not _arrests_after_the_protest(list(events), set(), {id(events[1]): [arrested]})


def test_a_crowds_damage_read_as_a_violent_demonstration_keeps_its_protest_violent() -> None:
    violent = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
    burning = Event(id="e1", type="ASSAULT", modes=["destroy"], evidence=[Span(start=0, end=10)], acled=dict(violent))
    protest = Event(id="e2", type="PROTEST", modes=["demo"], evidence=[Span(start=0, end=10)], acled=dict(violent))
    assert _crowd_did_damage(burning) and not _crowd_did_damage(protest)
    events = [burning, protest]
    _report_the_event_read(events, burning, {"Peaceful protest": 0.97, "Violent demonstration": 0.03})
    assert events == [burning, protest] and protest.acled == violent
    burning.modes = []  # violence the rules may have misread ("carried out a strike"): the sure reading stands
    _report_the_event_read(events, burning, {"Peaceful protest": 0.97, "Violent demonstration": 0.03})
    assert events[0] is protest and protest.acled["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize(("name", "sector", "sub_event_type"), [
    ("villagers", "CVL", "Mob violence"),
    ("militants", "REB", "Abduction/forced disappearance"),
])  # fmt: skip
def test_a_crowds_abduction_is_mob_violence(name: str, sector: str, sub_event_type: str) -> None:
    event = Event(id="e1", type="ASSAULT", modes=["abduct", "beat"], evidence=[Span(start=0, end=10)], actor="a1")
    event.target = "a2"
    mentions = Mentions(
        actors=[
            Actor(id="a1", name=name, kind="group", sector=sector),
            Actor(id="a2", name="suspected thieves", kind="group", sector="CVL"),
        ]
    )
    assert acled_of(event, mentions, mutual=False)["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Students protested outside the ministry. Police broke up the protest.", {"Protest with intervention"}),
        ("Students protested outside the ministry. They went home at noon.", set()),
    ],
)
def test_the_authorities_breaking_up_a_protest_hold_its_intervention(text: str, held: set[str]) -> None:
    doc = load_models().nlp(text)
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=10)])
    protest.acled = {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
    assert _held_by_the_text([protest], list(doc.sents), set(), {}) == held


@pytest.mark.parametrize(
    "text", ["Two soldiers raped a woman near the camp.", "Militiamen were raping girls in the village."]
)
def test_raped_is_sexual_violence_though_the_tagger_reads_it_as_rap(text: str) -> None:
    verb = next(t for t in load_models().nlp(text) if t.lower_.startswith("rap"))
    assert triggered_type(verb) == ("ASSAULT", ("sexual",))


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Inmates started a riot inside the detention centre to demand their release.", {"Violent demonstration"}),
        ("Hundreds of fans rioted outside the stadium after the final.", {"Violent demonstration"}),
        ("Residents protested in the town over a killing during the riots of last May.", set()),
    ],
)
def test_a_riot_told_as_the_crowds_act_holds_its_violent_demonstration(text: str, held: set[str]) -> None:
    doc = load_models().nlp(text)
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=10)])
    protest.acled = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
    assert _held_by_the_text([protest], list(doc.sents), set(), {}) == held


def test_a_held_protest_is_not_made_the_peaceful_one_reported() -> None:
    """Police dispersing a crowd that blocked a prison: the protest the text holds qualified keeps its sub-type, and
    the intervention stays the event reported."""
    intervention = {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
    dispersal = Event(id="e1", type="ASSAULT", modes=["crowd-control"], evidence=[Span(start=0, end=10)])
    blockade = Event(id="e2", type="PROTEST", modes=["obstruct"], evidence=[Span(start=20, end=30)])
    dispersal.acled, blockade.acled = dict(intervention), dict(intervention)
    events = [dispersal, blockade]
    sure = {"Peaceful protest": 0.96, "Protest with intervention": 0.04}
    _report_the_event_read(events, dispersal, sure, {"Protest with intervention"})
    assert events == [dispersal, blockade] and blockade.acled == intervention
    _report_the_event_read(events, dispersal, sure)
    assert events[0] is blockade and blockade.acled["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize(
    ("reader", "text", "told"),
    [
        (missiles_thrown, "Demonstrators threw bottles and used fireworks at police officers.", True),
        (missiles_thrown, "The students pelted the guards with stones.", True),
        (missiles_thrown, "Stones were hurled at the officers.", True),
        (missiles_thrown, "Farmers threw eggs at the town hall.", False),
        (missiles_thrown, "No stones were thrown during the march.", False),
        (missiles_thrown, "Police threw stones at the crowd.", False),
        (force_used_on_a_crowd, "Police fired tear gas and rubber bullets at the marchers.", True),
        (force_used_on_a_crowd, "Riot police used a water cannon.", True),
        (force_used_on_a_crowd, "Officers fired teargas to disperse the crowd.", True),
        (force_used_on_a_crowd, "The protesters were dispersed by the police.", True),
        (force_used_on_a_crowd, "No tear gas was used.", False),
        (force_used_on_a_crowd, "Police did not use tear gas.", False),
        (force_used_on_a_crowd, "The crowd dispersed peacefully in the evening.", False),
        (force_used_on_a_crowd, "Protesters were beaten by unknown men during the march.", True),
        (force_used_on_a_crowd, "A driver rammed the protesters.", True),
        (force_used_on_a_crowd, "The protesters attacked the demonstrators of the other camp.", False),
        (force_used_on_a_crowd, "Protesters who were beaten last week gathered again.", False),
        (fighting_told, "Protesters clashed with the police outside parliament.", True),
        (fighting_told, "Clashes broke out between the two sides.", True),
        (fighting_told, "During the march there was a brawl between participants.", True),
        (fighting_told, "Clashes were reported between protesters and police.", True),
        (fighting_told, "Workers marched to parliament, where they clashed with riot police.", True),
        (fighting_told, "No clashes were reported.", False),
        (fighting_told, "Residents protested after clashes broke out between two groups.", False),
        (fighting_told, "The protest followed a clash between locals and refugees.", False),
        (fighting_told, "Residents demanded the release of a man who clashed with soldiers.", False),
        (fighting_told, "Protesters and police exchanged words, but no clash took place.", False),
        (fighting_told, "The senator has clashed repeatedly with the president over trade.", False),
        (fighting_told, "Residents clashed with soldiers at the checkpoint.", True),
    ],
)
def test_missiles_thrown_force_on_a_crowd_and_fights_are_read_where_told_as_done(reader, text: str, told: bool) -> None:
    assert reader(load_models().nlp(text)) is told


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Students marched to the campus. They pelted stones at the guards.", "Violent demonstration"),
        ("Workers marched to parliament, where they clashed with riot police.", "Violent demonstration"),
        ("Students marched to the campus. Police fired tear gas to disperse them.", "Protest with intervention"),
        ("Workers marched to the ministry. The protesters were beaten by unknown men.", "Protest with intervention"),
        ("Workers marched to the ministry. No clashes were reported.", "Peaceful protest"),
        ("Workers protested after clashes broke out between two groups.", "Peaceful protest"),
    ],
)
def test_missiles_fights_and_force_on_the_crowd_qualify_a_protest(text: str, sub_type: str) -> None:
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=len(text))], modes=["demo"])
    protest.acled = acled_type("PROTEST", ["demo"], None)
    refine_acled([protest], lambda _actor_id: None, load_models().nlp(text))
    assert protest.acled["sub_event_type"] == sub_type


def test_crowd_control_the_parse_gives_the_crowd_does_not_make_a_protest_violent() -> None:
    """ "took them away in buses to disperse them": the dispersal's actor may be read as the crowd; crowd control is
    still the authorities' intervention, not the crowd's violence."""
    text = "Teachers protested in the town. Police took them away in buses to disperse them."
    protest = Event(id="e1", type="PROTEST", evidence=[Span(start=0, end=31)], modes=["demo"], actor="a1")
    protest.acled = acled_type("PROTEST", ["demo"], None)
    dispersal = Event(id="e2", type="ASSAULT", evidence=[Span(start=32, end=len(text))], actor="a1")
    dispersal.modes = ["crowd-control"]
    teachers = Actor(id="a1", name="Teachers", kind="group", sector="EDU")
    refine_acled([protest, dispersal], lambda _actor_id: "EDU", load_models().nlp(text), (), {"a1": teachers}.get)
    assert protest.acled["sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize(
    ("victims", "ruled_out"),
    [
        ("three MS-13 members", set()),
        ("a Mara Salvatrucha member", set()),
        ("a local council member", {"Armed clash"}),
        ("a former FARC member", {"Armed clash"}),
        ("four members", {"Armed clash"}),
        ("a shopkeeper", {"Armed clash"}),
    ],
)
def test_victims_named_only_as_members_of_a_group_leave_the_sides_to_the_classifier(
    victims: str, ruled_out: set[str]
) -> None:
    """The word "member" makes victims civilians only by default: where it names a group no one read (a gang, a
    militia), the rules' attack does not rule out an armed clash."""
    mentions = Mentions()
    gunmen = register(mentions, key="g", name="gunmen", kind="group", country="SLV", sector="UAF", roles=[])
    killed = register(mentions, key="v", name=victims, kind="group", country="SLV", sector="CVL", roles=[])
    event = Event(id="e1", type="ASSAULT", actor=gunmen, target=killed, evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert _ruled_out(event, mentions) == ruled_out


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("Militants attacked a military camp near Goma.", True),
        ("Militants raided and attacked an army post near Goma.", True),
        ("Rebels fired at a navy base near the port.", True),
        ("Gunmen attacked a checkpoint and a military position near the border.", True),
        ("Militants attacked a village near Goma.", False),
        ("Militants attacked the market of the town.", False),
    ],
)
def test_an_attack_aimed_at_an_armed_side_or_its_post_is_told_from_one_on_a_place(text: str, armed: bool) -> None:
    """What an act is aimed at, not the place the target was read as, tells an armed side: such an attack on a place
    is no one-sided violence the rules rule a clash out of."""
    doc = load_models().nlp(text)
    trigger = next(t for t in doc if t.lemma_ in {"attack", "fire"})
    assert _aimed_at_an_armed_side(trigger, Mentions()) is armed


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("Militants attacked a village near Goma.", {"Armed clash"}),
        ("Militants attacked a military camp near Goma.", set()),
    ],
)
def test_an_armed_groups_attack_on_a_place_rules_a_clash_out_unless_aimed_at_an_armed_side(
    text: str, ruled_out: set[str]
) -> None:
    """The target read is the town ("near Goma") in both: what the act was aimed at tells them apart."""
    trigger = next(t for t in load_models().nlp(text) if t.lemma_ == "attack")
    sides = [
        Actor(id="a1", name="Militants", kind="group", sector="REB"),
        Actor(id="a2", name="Goma", kind="group", sector="UNK"),
    ]
    event = Event(id="e1", type="ASSAULT", actor="a1", target="a2", evidence=[Span(start=0, end=10)])
    event.acled = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert _ruled_out(event, Mentions(actors=sides), False, [trigger]) == ruled_out


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("Police beat up two students in Lagos on Monday.", False),
        ("Police arrested 40 people at a Pride March in Warsaw on Monday.", True),
        ("Police dispersed the demonstrators in Lagos on Monday.", True),
    ],
)
def test_an_intervention_gives_the_crowd_a_protest_only_where_a_crowd_is_told(text: str, crowd: bool) -> None:
    """The police's act in a protest or riot is coded as the crowd's protest, as ACLED codes it; where the sentence
    tells of no crowd (no crowd act, no crowd control, no crowd aimed at), no protest is invented for its victims."""
    assert bool(events_of(document(text), "PROTEST")) is crowd
