"""Issue #4: the country and sector a named actor gets from the words around its name."""

from __future__ import annotations

import pytest

from newsevents.annotate.sectors import known_person
from nlp_helpers import actor, document, events_of


def main(doc):
    return next(e for e in doc.events if e.acled)


def test_bracketed_abbreviation_names_the_body_before_it():
    doc = document(
        "On 3 February 2022, in Pachuca, Hidalgo, teachers members of the National Union of Education Workers (SNTE) "
        "blocked a highway to protest against the lack of payment of bonuses."
    )
    bodies = [(a.name, a.country, a.sector) for a in doc.actors if a.kind == "organization"]
    assert bodies == [("National Union of Education Workers", "MEX", "LAB")]


def test_later_mention_of_an_abbreviation_is_the_same_body():
    doc = document(
        "The Lyon Tenants Union (LTU) was founded in 2001. "
        "On 3 May 2024, the LTU staged a protest in Lyon against rents."
    )
    union = actor(doc, main(doc).actor)
    assert (union.name, union.sector) == ("Lyon Tenants Union", "LAB")
    assert not any(a.name == "LTU" for a in doc.actors)


def test_abbreviation_of_a_known_actor_keeps_its_own_reading():
    doc = document("On 3 May 2024, the Mandalay Youth Network (PDF) attacked a military post in Mandalay.")
    attacker = actor(doc, main(doc).actor)
    assert (attacker.name, attacker.sector) == ("PDF", "PRM")


def test_bracketed_place_after_a_body_is_no_abbreviation():
    doc = document("On 3 May 2024, members of the Farmers Union (Lyon) marched against new taxes in Lyon.")
    assert all(a.name != "Lyon" or a.kind != "organization" for a in doc.actors)


def test_known_group_whose_name_the_tagger_split_keeps_its_reading():
    doc = document("A British man who went to Syria to fight Islamic State has been killed in Raqqa.")
    group = next(a for a in doc.actors if a.name == "Islamic State")
    assert group.sector == "REB"


def test_fighters_of_a_known_group_whose_name_the_tagger_split_are_of_its_sector():
    doc = document("About 120 Islamic State fighters surrendered to Kurdish forces in Raqqa.")
    fighters = next(a for a in doc.actors if a.name.endswith("fighters"))
    assert fighters.sector == "REB"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2023, gunmen shot and killed two 7th Armored Division members near Tafas.", "MIL"),
        ("On 3 May 2023, gunmen shot and injured a Liwaa Al Nasr member near Tafas.", "REB"),
        ("On 3 May 2023, unknown men beat 2 Sales Division members near Tafas.", "CVL"),
    ],
)
def test_members_named_by_an_armed_unit_are_of_its_sector(text, sector):
    doc = document(text)
    target = actor(doc, main(doc).target)
    assert target.sector == sector


def test_members_of_a_known_group_joined_by_a_hyphen_are_of_its_sector():
    doc = document("On 3 May 2023, CPI-Maoist cadres ambushed a police patrol near Bijapur, killing two officers.")
    attacker = actor(doc, main(doc).actor)
    assert (attacker.country, attacker.sector) == ("IND", "REB")
    assert any(a.name == "CPI-Maoist" for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2023, unknown tribal militants shot and killed a policeman in Amarah, Maysan province.", "PRM"),
        ("On 3 May 2023, clan gunmen attacked a village near Beledweyne, killing three people.", "PRM"),
        ("On 3 May 2023, unknown militants shot and killed a policeman in Amarah, Maysan province.", "UAF"),
        ("On 3 May 2023, two unidentified tribal groups clashed with light weapons near Nasiriyah, Dhi Qar.", "PRM"),
        ("On 3 May 2023, two unidentified groups clashed with light weapons near Nasiriyah, Dhi Qar.", "UAF"),
    ],
)
def test_armed_men_of_a_tribe_or_clan_are_a_militia(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 4 June 2023, Bani Saad tribesmen clashed with government forces near Marib, killing two soldiers.", "PRM"),
        ("On 4 June 2023, clashes erupted between Al Kathiri tribesmen in Seiyun, killing one person.", "PRM"),
        ("On 4 June 2023, dozens of tribesmen protested in front of the governor's office in Marib.", "CVL"),
    ],
)
def test_tribesmen_who_fight_are_their_tribes_militia(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 4 June 2023, armed herders killed two farmers in their fields near Makurdi, Benue.", "PRM"),
        ("On 4 June 2023, herders protested in Makurdi, Benue, against the ban on open grazing.", "AGR"),
    ],
)
def test_herders_in_arms_are_a_communal_militia(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 4 June 2023, Tumbo pastoralists shot at a group of traders and took their goats near Lodwar.", "PRM"),
        ("On 4 June 2023, herdsmen attacked the village of Kanja near Jos, killing twelve people.", "PRM"),
        ("On 4 June 2023, herdsmen marched in Jos against the ban on open grazing.", "AGR"),
    ],
)
def test_herders_who_shoot_or_kill_are_a_communal_militia(text, sector):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == sector


def test_soldiers_of_a_known_armed_group_are_of_its_sector():
    doc = document("On 4 June 2023, CPI-Maoist soldiers ambushed a police patrol near Bijapur, killing two officers.")
    assert actor(doc, main(doc).actor).sector == "REB"


def test_forces_of_a_country_listed_with_another_body_are_its_military():
    doc = document("On 4 June 2023, military forces of India and BSF exchanged fire with militants near Kupwara, J&K.")
    assert actor(doc, main(doc).actor).sector == "MIL"


def test_a_known_group_named_in_the_plural_is_the_group():
    doc = document("On 4 June 2023, Giants Brigades forces took control of three villages west of Harib, Marib.")
    forces = actor(doc, main(doc).actor)
    assert (forces.country, forces.sector) == ("YEM", "PRM")


def test_members_of_an_unnamed_armed_group_are_the_group():
    doc = document("On 4 June 2023, members of a local vigilante group shot two herders near Kaduna.")
    attacker = actor(doc, main(doc).actor)
    assert (attacker.name, attacker.sector) == ("local vigilante group", "PRM")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, former members of the Kosovo Liberation Army protested in front of the parliament in Pristina.",
        "On 3 May 2024, former FARC fighters protested in Bogota to demand protection.",
    ],
)
def test_former_members_of_an_armed_group_are_civilians(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "CVL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "On 10 May 2022, in Caracas, retirees and members of the Capital District Pensioners' Association "
            "protested outside the National Assembly.",
            "SOC",  # an association is civil society
        ),
        ("On 10 May 2022, the Caracas Police Association said officers were unpaid.", "COP"),  # the police word wins
    ],
)
def test_association_is_civil_society_unless_a_word_says_whose(text: str, sector: str):
    association = next(a for a in document(text).actors if a.name.endswith("Association"))
    assert association.sector == sector


def test_people_counted_in_tens_are_the_actor_not_the_body_naming_them():
    doc = document("On 20 May 2022, several tens of PSRM supporters protested outside the ministry in Chisinau.")
    protesters = actor(doc, main(doc).actor)
    assert (protesters.name, protesters.sector) == ("PSRM supporters", "CVL")


def test_police_are_of_the_country_where_they_act():
    doc = document(
        "On 3 May 2024, police detained two activists in Lyon after a rally against the war in Ukraine. "
        "The activists had marched in Kyiv and Kharkiv last year."
    )
    police = next(a for a in doc.actors if a.name == "police")
    assert (police.country, police.sector) == ("FRA", "COP")


def test_people_of_no_nationality_are_of_the_country_where_they_protest():
    doc = document(
        "On 2 April 2022, a group of women protested in the Republic square in Yerevan, Armenia in memory of "
        "soldiers killed in Nagorno-Karabakh and against talks with Azerbaijan."
    )
    women = actor(doc, main(doc).actor)
    assert (women.name, women.country) == ("women", "ARM")


def test_people_are_of_the_country_a_place_nouns_of_phrase_names():
    doc = document(
        "On 4 June 2023, residents protested in the old quarter of Mosul against a Turkish dam. The dam was "
        "discussed at talks in Ankara and Istanbul."
    )
    residents = actor(doc, next(e for e in doc.events if e.type == "PROTEST").actor)
    assert (residents.name, residents.country) == ("residents", "IRQ")


def test_people_of_a_nationality_keep_it_where_they_protest():
    doc = document("On 3 May 2024, Ukrainian refugees protested in Warsaw against the war in Ukraine.")
    refugees = actor(doc, main(doc).actor)
    assert (refugees.country, refugees.sector) == ("UKR", "REF")


def test_one_acted_upon_takes_no_nationality_from_the_place():
    doc = document(
        "A man was arrested in Istanbul on Monday. The man had lived in Melbourne and Sydney and in Perth for years."
    )
    man = next(a for a in doc.actors if a.name.lower().endswith("man"))
    assert man.country != "TUR"


def test_patriotic_union_is_a_party_not_a_labour_union():
    doc = document("Jalal Talabani founded the Patriotic Union of Kurdistan (PUK) in 1975 in Damascus.")
    assert [a.sector for a in doc.actors if a.name == "Patriotic Union of Kurdistan"] == ["PTY"]


def test_known_people_are_read_by_name_and_publication_date():
    """A short form two people of one country share names the one in office; a full name not listed whole names
    the person of its surname and first name only ("Hunter Biden" is no president)."""
    assert known_person("Bush", "1990-05-01") == ("USA", "PRE")
    assert known_person("Clinton", "2010-05-01") == ("USA", "GOV")
    assert known_person("Bashar Assad", "2015-05-01") == ("SYR", "PRE")
    assert known_person("Mohammed Morsi", "2013-01-01") == ("EGY", "PRE")
    assert known_person("Erdoğan", None) == known_person("Erdogan", None) == ("TUR", "PRE")
    assert known_person("Binali Yıldırım", "2017-01-01") == ("TUR", "PRE")
    assert known_person("Sharif", "2020-05-01") == ("PAK", None)
    assert known_person("Hunter Biden", "2022-05-01") is None


def test_a_known_group_of_no_country_is_of_where_its_event_is_not_of_the_article_presumed():
    doc = document(
        "The US military said it has about 500 troops in Syria, supporting Kurdish and Arab militias fighting "
        "Islamic State in the north of the country.",
        published="2017-11-19",
    )
    group = next(a for a in doc.actors if a.name == "Islamic State")
    assert (group.country, group.sector) == ("SYR", "REB")


@pytest.mark.parametrize(
    ("text", "actor_country", "target_country"),
    [
        ("Moscow accused Kyiv of shelling the plant.", "RUS", "UKR"),
        ("Kiev accused Moscow of shelling the plant.", "UKR", "RUS"),  # the older spelling, left untagged too
        ("Paris urged Berlin to back the deal.", "FRA", "DEU"),
    ],
)
def test_a_capital_that_speaks_or_is_addressed_stands_for_its_state(text, actor_country, target_country):
    doc = document(text)
    accusation = next(e for e in doc.events if e.type in {"ACCUSE", "REQUEST"})
    assert actor(doc, accusation.actor).country == actor_country
    target = actor(doc, accusation.target)
    assert (target.kind, target.country) == ("country", target_country)


def names_of(doc, actor_id):
    return {e.text for e in doc.entities if e.actor == actor_id}


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Washington suspended military aid to Pakistan.", "actor", "Washington"),
        ("Beijing urged Tokyo to drop the tariffs.", "target", "Tokyo"),
        ("Turkish warplanes bombed villages in northern Iraq.", "actor", "Turkish"),
        ("Rebels stormed an Ethiopian army base overnight.", "target", "Ethiopian"),
    ],
)
def test_the_words_an_actor_is_read_from_name_it_in_the_record(text, role, name):
    doc = document(text)
    event = next(e for e in doc.events if getattr(e, role))
    assert name in names_of(doc, getattr(event, role))


def test_a_nationality_does_not_name_the_person_it_describes():
    doc = document("Mexican President Andres Manuel Lopez Obrador condemned the attack on Monday.")
    person = next(a for a in doc.actors if a.kind == "person")
    assert "Mexican" not in names_of(doc, person.id)


def test_a_capital_under_attack_is_the_city_not_its_state():
    doc = document("Russian forces shelled Kyiv and Kharkiv overnight.")
    assert not [a for a in doc.actors if a.kind == "country" and a.country == "UKR"]


def test_peacekeepers_are_soldiers():
    doc = document("On 3 May 2023, gunmen attacked UN peacekeepers near Gao, killing two.")
    event = main(doc)
    assert actor(doc, event.target).sector == "MIL"
    assert event.acled == {"event_type": "Battles", "sub_event_type": "Armed clash"}  # not violence on civilians
    released = document("The rebels released three peacekeepers on Monday.")
    assert [e.type for e in released.events] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2024, the regime's 11th Armored Division shelled villages near Hama.",
        "On 2 May 2024, in Tabayin township, the military LIB-274 fired four mortar rounds into the village.",
    ],
)
def test_unit_named_after_the_armed_forces_is_theirs(text):
    doc = document(text)
    assert actor(doc, main(doc).actor).sector == "MIL"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 9 March 2023, Niger militiamen stole cattle from Nasko (Magama, Niger) and shot two herders.",
            "Niger militiamen",
            "NGA",
        ),
        ("On 9 March 2023, Niger soldiers clashed with armed men near Gao, Mali.", "Niger soldiers", "NER"),
    ],
)
def test_a_country_named_like_a_state_where_the_article_is_set_stands_for_the_state(text, name, country):
    """ "Niger militiamen" raiding a town of Nigeria's Niger State are Nigerian; Niger's soldiers in Mali are not."""
    doc = document(text)
    assert (name, country) in [(a.name, a.country) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "victim", "sector"),
    [
        ("A petitioner was beaten by police at the gate.", "petitioner", "CVL"),
        ("Supporters of the mayor beat up two candidates of the list.", "two candidates", "PTY"),
        ("Pilgrims were attacked by gunmen near the shrine.", "Pilgrims", "CVL"),
    ],
)
def test_people_named_by_what_they_do_are_people(text: str, victim: str, sector: str) -> None:
    """A verb only people undergo ("beat") needs people for its object: a petitioner, voters, pilgrims are civilians,
    a candidate for office a politician."""
    doc = document(text)
    target = actor(doc, events_of(doc, "ASSAULT")[0].target)
    assert (target.name, target.sector) == (victim, sector)
