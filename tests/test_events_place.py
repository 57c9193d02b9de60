"""Where an event happened: the place attached to its trigger, the finest place, not topics or anchors."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newsevents.annotate.find_mentions import find_mentions
from newsevents.annotate.mentions import Mentions
from newsevents.events import place as place_module
from newsevents.events.place import event_place, place_before
from newsevents.pipeline import load_models
from nlp_helpers import document, events_of, place


def _parse(text: str) -> tuple[list[Token], Mentions]:
    models = load_models()
    doc = models.nlp(text)
    return list(doc), find_mentions(doc, models.gazetteer)


def _place_of(text: str, trigger: str) -> str | None:
    tokens, mentions = _parse(text)
    verb = next(t for t in tokens if t.text == trigger)
    place_id = event_place(verb, mentions)
    return next((p.name for p in mentions.places if p.id == place_id), None)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("On 3 May 2024, in Cubatao (Sao Paulo), teachers staged a protest at the city hall.", "staged", "Cubatão"),
        ("On 2 June 2024, in Irapuato, Guanajuato, gunmen killed a police officer at his home.", "killed", "Irapuato"),
        ("Two soldiers were killed in Syria's Raqqa on Monday.", "killed", "Ar Raqqah"),
        ("Militants seized Mosul in June 2014.", "seized", "Mosul"),
        ("Government forces shelled the town of Idlib overnight.", "shelled", "Idlib"),
        ("Gunmen ambushed a convoy in Fallujah, 50 kilometers west of Baghdad.", "ambushed", "Al Fallūjah"),
        ("Hundreds of people protested in Lyon against the invasion of Ukraine.", "protested", "Lyon"),
        ("Gunmen attacked a bus close to Taxco, Guerrero, on Sunday.", "attacked", "Taxco de Alarcón"),  # of Guerrero
        ("Hundreds of people gathered outside Palermo city hall to protest against evictions.", "gathered", "Palermo"),
        ("Rebels shelled a camp 20 miles north of the city of Goma.", "shelled", "Goma"),
        ("Emwazi was killed by a drone strike in Raqqa, while Davis is in prison in Turkey.", "killed", "Ar Raqqah"),
        ("A journalist was shot dead while travelling in Kabul on Monday.", "shot", "Kabul"),
        (  # the tagger takes "Macomer (Nuoro, Sardegna" for an organisation: Nuoro still only qualifies Macomer
            "Haulers gathered at the industrial area of Macomer (Nuoro, Sardegna), blocking traffic, to protest.",
            "protest",
            "Macomer",
        ),
    ],
)
def test_event_place(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


def test_a_sentence_the_parser_ends_early_keeps_its_place() -> None:
    """The bracket makes a sentence of its own for the parser; the place after it is still the killing's."""
    text = (
        "On 4 May 2023, gunmen shot and killed a police officer (NPF) [assumed on patrol] in Kano. The group denied it."
    )
    assert _place_of(text, "killed") == "Kano"


def test_a_place_deep_in_what_a_protest_is_against_is_not_its_place() -> None:
    text = (
        "On 2 May, nurses rallied on the steps of the hospital holding up banners against Russia's invasion of Ukraine."
    )
    assert _place_of(text, "rallied") is None


def test_a_country_naming_whose_convoy_it_is_is_not_in_the_trigger_phrase() -> None:
    tokens, mentions = _parse("A soldier was wounded in an attack on a U.S. convoy in Iraq.")
    wounded = next(t for t in tokens if t.text == "wounded")
    attached = {mentions.place_by_token[t.i] for t in place_module._attached_places(wounded, mentions)}
    names = {p.name for p in mentions.places if p.id in attached}
    assert "United States" not in names
    assert "Iraq" in names


def test_a_place_in_the_next_written_sentence_is_not_the_event_place() -> None:
    assert _place_of("It was captured by the north in May.  Fighting went on around Aden.", "captured") is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("On 14 April 2022, in Casma (Ancash), dozens of residents staged a protest.", "staged", "Casma"),
        ("On 4 May 2022, about 300 teachers marched through Dubbo (New South Wales).", "marched", "Dubbo"),
        ("Around 5,000 citizens protested in the streets of Ponferrada (Castilla y Leon).", "protested", "Ponferrada"),
        (
            "On 3 January 2022, in Duque de Caxias (Rio de Janeiro), armed men attacked a patrol.",
            "attacked",
            "Duque de Caxias",
        ),
    ],
)
def test_places_the_tagger_missed_are_read_together(text: str, trigger: str, place: str) -> None:
    """Names in a place's slot that the tagger left untagged or mislabelled, each read with the others: "Casma"
    is the Casma of Ancash (Peru), not a namesake abroad; "Duque de Caxias" is read whole."""
    tokens, mentions = _parse(text)
    place_id = event_place(next(t for t in tokens if t.text == trigger), mentions)
    found = next(p for p in mentions.places if p.id == place_id)
    assert found.name == place
    assert found.country == {"Casma": "PE", "Dubbo": "AU", "Ponferrada": "ES", "Duque de Caxias": "BR"}[place]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Protesters gathered in Rogers Park in Beaumont (Texas) to demand access to abortion.",
            "gathered",
            "Beaumont",
        ),
        ("A man was stabbed in the Chinatown neighborhood of Los Angeles on Sunday.", "stabbed", "Los Angeles"),
    ],
)
def test_a_part_of_a_town_read_far_away_yields_to_the_town(text: str, trigger: str, place: str) -> None:
    """ "Rogers Park" resolves to Chicago's and "Chinatown" to some town of that name: parts of another town
    that GeoNames lacks, so the town they are said to lie in is where the event happened."""
    assert _place_of(text, trigger) == place


@pytest.mark.parametrize(
    "text",
    [
        "In Rosario (Santa Fe), parents of pupils called by a union gathered in Moreno square to demand heating.",
        "In Mendoza (Mendoza), thousands of women convened by feminist groups gathered in Moreno square to protest.",
    ],
)
def test_a_square_named_like_a_far_town_yields_to_the_town_it_lies_in(text: str) -> None:
    """GeoNames lacks the square; "Moreno" reads as a town of that name far from the town of the story."""
    assert _place_of(text, "gathered") == text.split()[1]


def test_an_anchor_beats_the_areas_around_it() -> None:
    """With no town beside it, the village the event lies by is nearer than its district or region."""
    text = "Settlers burned a car east of Turmus Ayya village (Ramallah, West Bank)."
    assert _place_of(text, "burned") == "Turmus‘ayyā"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Truckers drove from Surrey to Vancouver to protest road conditions.", "drove", "Vancouver"),
        ("Farmers marched from Digana to Kandy to protest fuel prices.", "marched", "Kandy"),
        ("Migrants tried to cross to Greece on Sunday.", "cross", None),
    ],
)
def test_the_end_of_a_route_is_where_it_went(text: str, trigger: str, place: str | None) -> None:
    """ "from X to Y" went to Y; a bare "to Y" only says where something was headed."""
    assert _place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Residents of Kyzylorda gathered outside the city administration in support of protests in Almaty.",
            "Kyzylorda",
        ),
        ("Hundreds gathered in support of a jailed activist in Columbus (Ohio) on Sunday.", "Columbus"),
    ],
)
def test_what_an_action_backs_is_not_where_unless_nothing_else_is(text: str, place: str) -> None:
    """The protests backed happened elsewhere; with no other place named, the parse may only have put the place
    inside what is backed."""
    assert _place_of(text, "gathered") == place


def test_a_topic_is_not_where() -> None:
    assert _place_of("Hundreds of people protested against the invasion of Ukraine.", "protested") is None


def test_the_anchor_stands_in_when_nothing_nearer_is_named() -> None:
    assert _place_of("Gunmen ambushed a convoy 50 kilometers west of Baghdad.", "ambushed") == "Baghdad"


def test_place_before_takes_the_finest_place_of_the_last_sentence() -> None:
    text = "Police raided a house in Punjab's Lahore on Sunday. Two men were arrested."
    tokens, mentions = _parse(text)
    offset = next(t.idx for t in tokens if t.text == "Two")
    place_id = place_before(offset, tokens[0].doc, mentions)
    assert next(p.name for p in mentions.places if p.id == place_id) == "Lahore"


def test_a_country_naming_an_actor_is_not_where() -> None:
    assert _place_of("U.S. military helicopters patrolled the border on Friday.", "patrolled") is None


def test_a_place_misread_abroad_yields_to_the_articles_country() -> None:
    text = "Police arrested two men in Sanjo in the district of Misungwi (Misungwi, Mwanza)."
    assert _place_of(text, "arrested") == "Misungwi"


def test_the_town_wins_over_the_region_named_after_it() -> None:
    text = "On 1 February 2022, in Katha town (Katha district, Sagaing region), an explosion occurred."
    assert _place_of(text, "explosion") == "Katha"


def test_where_the_crowd_came_from_is_not_where_it_gathered() -> None:
    text = (
        "On 6 April 2022, between 100 and 200 persons, including refugees from Ukraine, gathered during a concert"
        " in front of the city hall of Lyon to denounce the war."
    )
    assert _place_of(text, "gathered") != "Ukraine"


def test_a_place_behind_of_is_where_when_nothing_else_is() -> None:
    """The fallback: with no place attached or left in the sentence, one behind "of" still says where."""
    text = "On 27 February 2022, a former policeman was killed by unidentified militants in Speney Adda of Herat city."
    assert _place_of(text, "killed") == "Herāt"


def test_the_fallback_still_leaves_out_origins_and_topics() -> None:
    assert _place_of("Assane Sanogo, a cab driver from Abidjan, was shot to death by police officers.", "shot") is None
    assert _place_of("Dmitri Dashinski, of Belarus, captured silver on Sunday.", "captured") is None


def test_a_town_in_brackets_after_an_office_says_where() -> None:
    text = "Union members held a rally in front of the Gangwon Provincial Office (Chuncheon) on Monday."
    assert _place_of(text, "held") == "Chuncheon"


def test_a_town_the_tagger_took_for_a_verb_before_a_place_noun() -> None:
    """ "Sagaing" reads as a gerund; before "town" it is the town."""
    text = "On 18 June 2022, in Sagaing town (Sagaing region), the military arrested four shop owners."
    assert _place_of(text, "arrested") == "Sagaing"


def test_a_capitalised_common_noun_is_not_a_small_town() -> None:
    """ "University" (a town in Florida) in "at University of Massachusetts" is the noun; Boston is where."""
    text = "On 11 May 2022, students held a rally at University of Massachusetts in Boston (Massachusetts)."
    assert _place_of(text, "held") == "Boston"


def test_a_common_noun_named_as_a_place_stays_a_place() -> None:
    assert _place_of("Pro-government forces liberated the cities of Palmyra and Quaryatayn.", "liberated") == "Palmyra"


def test_a_bare_name_beside_its_state_is_the_town() -> None:
    text = "On 2 May 2022, residents protested in Gedaref (Madeinat Al Gedaref locality, Gedaref state)."
    assert _place_of(text, "protested") == "Al Qadarif"


def test_a_place_right_after_in_says_where_whatever_the_parse() -> None:
    """The parser takes "Juticalpa" for a modifier of "workers"; after "in" it still says where."""
    text = "On 9 May 2022, in Juticalpa, Olancho, transport workers held a protest on the road near the Canal Seco."
    assert _place_of(text, "protest") == "Juticalpa"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("On 28 January 2022, in Ye township (Mawlamyine district, Mon state), the MSRU fired mortars.", "fired", "Ye"),
        (
            "A girl was found near a hotel west of Al Waraqa neighborhood in Masyaf town in Hama countryside,"
            " killed by unknown gunmen.",
            "killed",
            "Maşyāf",
        ),
    ],
)
def test_a_town_wins_over_the_towns_naming_its_district_or_province(text: str, trigger: str, place: str) -> None:
    """ "Mawlamyine district" and "Hama countryside" name the areas around the town, read as their capitals."""
    assert _place_of(text, trigger) == place


def test_a_place_in_front_of_a_building_of_a_town() -> None:
    text = "On 31 March 2022, police forces clashed with citizens demonstrating in front of the tribunal of Ben Arous."
    assert _place_of(text, "clashed") == "Ben Arous"


def test_the_town_of_a_hospital_is_where_not_the_country_named_as_a_topic() -> None:
    text = (
        "On 25 March 2022, 130 health workers demonstrated by observing a minute of silence at the hospital of Metz"
        " to denounce the state of public hospitals in France."
    )
    assert _place_of(text, "demonstrated") == "Metz"


def test_places_side_by_side_in_a_list_qualify_none() -> None:
    """ "Herat" after "Kabul," is the next of a list, not Kabul's province: the first named stays the place."""
    tokens, mentions = _parse("Taliban fighters attacked police posts in Kabul, Herat and Kandahar on Monday.")
    herat = next(t for t in tokens if t.text == "Herat")
    assert place_module._qualified(herat, mentions) is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (  # GeoNames lacks the neighbourhood: the Amambai it knows is a town 300 km away
            "On 26 March 2022, in Campo Grande (Mato Grosso do Sul), a suspected thief was beaten up and killed by"
            " residents of the Amambai neighborhood.",
            "killed",
            "Campo Grande",
        ),
        (  # "Oktyabr" is read as a town of Ukraine: a district of Bishkek cannot lie there
            "On 13 May 2022, police removed citizens occupying a space near Oktyabr district in Bishkek city.",
            "removed",
            "Bishkek",
        ),
    ],
)
def test_a_part_of_a_town_read_far_from_it_is_misread(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (  # the tagger takes "Iguacu" for an adjective of "neighborhood"; the Iguacu GeoNames knows lies far away
            "In Ipatinga (Minas Gerais), police said drug traffickers were arrested after they exchanged fire with"
            " officers in the Iguacu neighborhood.",
            "exchanged",
            "Ipatinga",
        ),
        (  # a mosque named after a country, in front of which people gathered in a town
            "On 8 May 2024, people gathered in front of Mauritania mosque after the dawn prayer in Taza"
            " (Taza, Fes-Meknes) to denounce the normalization with Israel.",
            "gathered",
            "Taza",
        ),
    ],
)
def test_a_spot_named_after_a_place_far_away_is_not_the_place(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


def test_a_township_read_as_a_town_abroad_is_a_namesake() -> None:
    """GeoNames lacks Yangon's Bahan township and reads an Israeli village: the township lies where the story is."""
    text = "On 25 April 2024, in Bahan township (Yangon-West district, Yangon region), guerrillas bombed an army post."
    assert _place_of(text, "bombed") == "Yangon"


def test_a_spot_named_after_its_own_town_is_the_town() -> None:
    text = "On 5 May 2024, 19 people protested at Osaka station in Osaka city against the new base in Okinawa."
    assert _place_of(text, "protested") == "Osaka"


def test_an_attached_qualifier_yields_to_the_town_it_qualifies() -> None:
    """ "in Aleppo countryside" hangs on the verb, but it only says which area Al Bab lies in."""
    text = "On 9 May 2024, regime forces shelled Al Bab city in Aleppo countryside, wounding two people."
    assert _place_of(text, "shelled") == "Al Bāb"


def test_a_town_qualifying_a_country_stays_the_place() -> None:
    text = "On 7 May 2024, agents abducted a farmer near the border between Burundi and Tanzania (Giteranyi, Muyinga)."
    assert _place_of(text, "abducted") == "Giteranyi"


def test_a_neighbourhood_near_its_town_stays_the_place() -> None:
    text = "On 19 May 2022, activists staged a demonstration in Cayyolu neighborhood of Cankaya town, Ankara."
    assert _place_of(text, "staged") == "Çayyolu"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # GeoNames' only El Alto is a town of Peru: the protest was in Bolivia's La Paz
        ("On 3 May 2024, in El Alto (La Paz), teachers staged a protest outside the hospital.", "staged", "La Paz"),
        ("On 3 May 2024, in Gana (Damboa, Borno), soldiers killed five militants.", "killed", "Damboa"),
        ("On 3 May 2024, gunmen abducted two farmers near Kolman (Tera, Tillaberi).", "abducted", "Téra"),
        # a village of Mexico called Buenos Aires does not make the Argentine province a slip
        ("On 3 May 2024, in Loma Hermosa (Buenos Aires), teachers staged a protest.", "staged", "Buenos Aires"),
        # "Taichung City" is Taichung read by its name
        ("On 3 May 2024, residents protested outside a duck farm in Dajia, Taichung City.", "protested", "Taichung"),
    ],
)
def test_a_town_read_abroad_from_its_qualifier_is_a_namesake(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # GeoNames' only Gaziosmanpasa it finds lies some 360 km from Istanbul, the town that qualifies it
        (
            "On 3 May 2024, women staged a protest in Gaziosmanpasa town, Istanbul, over a killing.",
            "staged",
            "Istanbul",
        ),
        (  # the Pauktaw GeoNames knows lies far from Sittwe: the village near it is the district's
            "On 3 May 2024, near Thea Khon village, Pauktaw township (Sittwe district, Rakhine State), the navy fired"
            " at a civilian boat.",
            "fired",
            "Sittwe",
        ),
    ],
)
def test_a_town_read_far_from_the_town_that_qualifies_it_is_a_namesake(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


def test_a_town_in_the_state_its_qualifier_names_keeps_its_reading() -> None:
    """ "Veracruz" is read as the state's capital, far from Pitalillo; the state is what qualifies the town."""
    text = "On 3 May 2024, in Pitalillo, Veracruz, a group of people blocked the highway after the elections."
    assert _place_of(text, "blocked") == "Pitalillo"


def test_a_spot_read_as_a_namesake_far_from_the_articles_other_places_yields() -> None:
    """ "Colonia Progreso" is a neighbourhood GeoNames lacks; the town it knows by the name lies far from Morelos."""
    text = (
        "On 24 March 2024, in Axochiapan, Morelos, two armed men intercepted a man on a motorcycle and opened fire at"
        " him in Colonia Progreso."
    )
    assert _place_of(text, "fire") == "Axochiapan"


def test_a_capital_far_from_a_qualified_town_it_speaks_of_stays_the_place() -> None:
    text = "On 22 June 2024, workers demonstrated in Oslo to oppose the planned closure of dairies in Voss, Vestland."
    assert _place_of(text, "demonstrated") == "Oslo"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (  # "Bolivar" also names a state of Venezuela: the qualifier, read in Ecuador, is the slip
            "On 3 May 2024, in Ciudad Guayana (Bolivar), former workers blocked a road to demand unpaid wages.",
            "blocked",
            "Ciudad Guayana",
        ),
        ("Protesters gathered in Tijuana (Baja California) on Sunday.", "gathered", "Tijuana"),
    ],
)
def test_a_town_in_its_qualifiers_country_or_named_there_keeps_its_reading(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


def test_a_sentence_the_parser_ended_where_it_is_written_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The orthographic sentence is searched again only when it is longer than the parser's."""
    tokens, mentions = _parse("Police arrested two men on Monday.")
    calls = []
    search = place_module._sentence_candidates
    monkeypatch.setattr(place_module, "_sentence_candidates", lambda *args: calls.append(args) or search(*args))
    assert event_place(next(t for t in tokens if t.text == "arrested"), mentions) is None
    assert len(calls) == 1


def test_a_district_written_after_its_town_places_the_event_in_the_town() -> None:
    text = "On 20 May 2022, dozens of supporters protested outside the Agriculture Ministry in Chisinau - Buiucani."
    assert _place_of(text, "protested") == "Chisinau"


def test_a_capital_read_as_its_government_is_not_where_the_event_happened() -> None:
    doc = document("Moscow accused Kyiv of shelling the plant.")
    (shelling,) = events_of(doc, "ASSAULT")
    assert shelling.place is None  # Moscow speaks for Russia; the text does not say where the plant is
    doc = document("Washington accused Tehran of attacking the tanker.")
    assert all(e.place is None for e in doc.events)  # the accused capital is a party even in the verb's slot
    doc = document("Explosions were heard in Kiev overnight.")
    (explosion,) = events_of(doc, "ASSAULT")
    assert place(doc, explosion.place).name == "Kyiv"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "On 3 May 2024, gunmen killed two herders in Abujan Gorgi, coded to Maiduguri (Borno).",
            "killed",
            "Maiduguri",
        ),
        (  # the note in its own sentence, naming the province and then its capital: the finest place
            "On 3 May 2024, police arrested a man in rural Al Anbar province. Coded to Al Anbar capital Ramadi.",
            "arrested",
            "Ramadi",
        ),
        (  # the tagger leaves the article out of "As Samawah"
            "On 3 May 2024, a roadside bomb hit a police patrol on a highway in Muthanna province. Coded as provincial"
            " capital As Samawah city.",
            "hit",
            "As Samawah",
        ),
        (  # a name the tagger missed in the note, named elsewhere in the text
            "On 3 May 2024, traders blockaded a highway (coded as Dimapur) used for goods from Dimapur (Nagaland).",
            "blockaded",
            "Dimāpur",
        ),
    ],
)
def test_an_editors_coding_note_names_the_events_place(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "On 3 May 2024, a reporter was beaten outside a court in Takhar province [coded as Taluqan with GP3].",
            "beaten",
            "Taloqan",
        ),
        (
            "On 3 May 2024, teachers staged protests across Bihar state (coded as Patna), against the exam results.",
            "protests",
            "Patna",
        ),
        (  # words that say what kind of place it is stand between the note and the name
            "On 3 May 2024, soldiers clashed with rebels in Wag Hamra zone, coded to zone ADM center Sekota (Amhara).",
            "clashed",
            "Sek’ot’a",
        ),
    ],
)
def test_a_town_the_tagger_missed_in_a_coding_note_is_the_events_place(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place


def test_a_coding_note_that_names_an_actor_after_a_country_is_no_place() -> None:
    text = "On 3 May 2024, warplanes (coded as Saudi-led coalition) struck a farm in Hays (Al Hudaydah)."
    assert _place_of(text, "struck") == "Ḩays"


def test_a_coding_note_read_as_a_namesake_far_from_the_articles_places_yields() -> None:
    """Dalian's district Xigang is read as a namesake town 1,300 km away."""
    text = "On 3 April 2022, workers protested in Dalian city, Liaoning (coded to Xigang) to demand wage arrears."
    assert _place_of(text, "protested") == "Dalian"


def test_a_coding_note_that_names_no_place_changes_nothing() -> None:
    text = "On 3 May 2024, soldiers exchanged fire with militants (coded as Kashmir Rebels) near Kupwara."
    assert _place_of(text, "exchanged") == "Kupwāra"


def test_the_anchor_of_a_distance_parsed_inside_its_phrase_is_near_the_event() -> None:
    text = "On 3 May 2024, militants of the Movement for Justice in Chad handed in weapons 10 km from Mao (Kanem)."
    assert _place_of(text, "handed") == "Mao"


def test_a_town_the_parser_hangs_on_its_region_is_no_actors_place() -> None:
    text = "On 3 May 2024, citizens protested in A Coruna (Galicia) to condemn the invasion of Ukraine."
    assert _place_of(text, "protested") == "A Coruña"


def test_a_place_phrase_opening_the_sentence_sets_the_scene_of_its_main_clause() -> None:
    tokens, mentions = _parse(
        "On 2 May 2024, in Guadalajara, Jalisco, gunmen shot and killed a lawyer who had denounced threats."
    )
    killed = next(t for t in tokens if t.text == "killed")
    assert [t.text for t in place_module._scene_places(killed, mentions)] == ["Guadalajara"]
    denounced = next(t for t in tokens if t.text == "denounced")  # a relative clause is set elsewhere
    assert place_module._scene_places(denounced, mentions) == []


def test_close_to_is_a_locative_preposition() -> None:
    tokens, _ = _parse("Soldiers detained migrants close to Palenque, according to Reuters.")
    doc = tokens[0].doc
    palenque, reuters = (next(t for t in tokens if t.text == name) for name in ("Palenque", "Reuters"))
    assert place_module._after_a_locative(palenque.i, doc)
    assert not place_module._after_a_locative(reuters.i, doc)


def test_a_towns_body_in_a_locative_phrase_stands_for_its_building() -> None:
    text = "On 3 April 2024, around 50 nurses gathered in front of the Nantes city council to demand higher wages."
    assert _place_of(text, "gathered") == "Nantes"
    text = "On 8 July 2024, farmers protested outside the Zhambyl regional administration in Taraz city over water."
    assert _place_of(text, "protested") == "Taraz"


def test_a_topic_joined_to_what_a_rally_backs_is_not_where_it_happened() -> None:
    text = (
        "On 2 March 2024, about 40 people gathered for a vigil in Fargo in support of the people of Syria and against"
        " the bombing of Syria."
    )
    assert _place_of(text, "gathered") == "Fargo"


def test_a_village_some_kilometres_to_a_town_is_near_the_town() -> None:
    """ "10km to X" measures from X as "10 km from X" does: the town is the anchor, not a destination."""
    text = "On 3 May 2024, militants took control of Xyzzy village 10km to Baidoa town (Bay region), unopposed."
    assert _place_of(text, "took") == "Baidoa"


def test_a_town_before_subdivision_is_a_place_not_an_actor() -> None:
    """ "Buea subdivision" names a division of a place, as "Buea district" would."""
    text = "On 3 May 2024, soldiers and separatists engaged in a firefight in Xyzzy town, Buea subdivision (Fako)."
    assert _place_of(text, "firefight") == "Buea"


def test_a_later_sentence_naming_the_country_keeps_the_leads_town() -> None:
    """A later sentence that places the event only in the country the lead's town lies in says no more of where."""
    text = (
        "On 3 May 2024, activists staged a protest at a bank building in Arnhem. "
        "The protest took place during a week of actions against fossil fuels in the Netherlands."
    )
    assert _place_of(text, "took") == "Arnhem"


def test_a_later_sentence_naming_another_country_keeps_it() -> None:
    """Only an area holding the earlier town gives way to it: another country named later stays."""
    text = "On 3 May 2024, activists staged a protest in Arnhem. Days later, soldiers were killed in Belgium."
    assert _place_of(text, "killed") == "Belgium"


def test_a_participle_describing_a_noun_does_not_place_the_act() -> None:
    """ "the war waged by Russia on Ukraine" describes the war; the parser may hang "waged" on the main verb."""
    text = (
        "On 3 May 2024, about 600 people gathered for a motorcade from Kaufbeuren to Kempten (Allgau) against "
        "discrimination, with some demonstrators supporting the war waged by Russia on Ukraine."
    )
    assert _place_of(text, "gathered") == "Kempten (Allgäu)"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Last week, Russia launched new strikes; fighting destroyed many villages.", "destroyed"),  # another's subject
        ("A soldier was killed in an ambush, according to a statement from the ministry in Abu Dhabi.", "killed"),
        ("The zone is patrolled by foreign troops which have their bases in Turkey.", "patrolled"),
        ("Gunmen burned five shops owned by migrants who have been living in Assam for decades.", "burned"),
        ("Then breakaway Bosnian Serbs from Croatia shelled the area on Friday.", "shelled"),  # where they come from
        ("Dozens of civilians were killed by US airstrikes on Friday.", "killed"),  # who struck, not where
    ],
)
def test_a_place_named_for_something_else_is_not_the_events(text: str, trigger: str) -> None:
    assert _place_of(text, trigger) is None


def test_the_subject_of_a_clause_that_holds_the_event_may_still_place_it() -> None:
    assert _place_of("France has said it will repatriate 100 children.", "repatriate") == "France"


def test_a_place_a_relative_clause_locates_is_still_a_place() -> None:
    """ "which is in Helmand province" says where the town lies, not what it is: the province still places the attack
    (the tagger takes the town for a person)."""
    assert _place_of("Gunmen attacked Musa Qala, which is in Helmand province, on Monday.", "attacked") == "Helmand"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("About 300 farmers marched to the Nantes prefecture on Tuesday.", "marched", "Nantes"),  # where a march went
        ("Hundreds of militants have been killed since the start of the Mosul operation last year.", "killed", "Mosul"),
        (  # Beirut lies in Lebanon, but in what the army does next
            "The army seized southern Lebanon bordering Israel in June and is now encircling the capital Beirut.",
            "seized",
            "Lebanon",
        ),
    ],
)
def test_where_a_march_ends_an_operation_is_fought_or_a_place_is_seized(text: str, trigger: str, place: str) -> None:
    assert _place_of(text, trigger) == place
