"""Place mentions read with what qualifies them, and names before a place noun whatever the tagger made of them."""

from __future__ import annotations

import pytest

from newsevents.annotate.place_mentions import qualified_name
from nlp_helpers import document, parse_only


def places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in document(text).places]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 9 May 2022, workers staged a demonstration in Buenos Aires (Ancash) over unpaid hours.",
            "Buenos Aires",
            "PE",
        ),
        ("On 5 May 2022, a shoot-out was reported in Zaragoza, La Libertad, near a school.", "Zaragoza", "SV"),
    ],
)
def test_a_qualified_place_lies_in_its_qualifier(text: str, name: str, country: str) -> None:
    assert (name, country) in places(text)


def test_an_area_after_a_place_and_its_comma_is_a_place_whatever_the_tagger_took_it_for() -> None:
    """The tagger takes "Quintana Roo" for a person: between commas after Cancun, it names a state of Mexico."""
    doc = document("On 11 June 2023, in Cancun, Quintana Roo, two men were shot dead outside a bar.")
    assert ("Quintana Roo", "MX") in [(p.name, p.country) for p in doc.places]
    assert "Quintana Roo" not in [a.name for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On 6 May 2022, in Remedios (Antioquia), gunmen set fire to a bus at the town exit.", "Remedios", "CO"),
        ("On 8 May 2022, in Loreto (Concepcion), farmers blocked a highway over fuel prices.", "Concepcion", "PY"),
    ],
)
def test_a_place_the_tagger_ran_on_into_its_bracket_keeps_its_qualifier(text: str, name: str, country: str) -> None:
    """The tagger reads "Remedios (Antioquia" as one organisation: the bracket still qualifies the town (Cuba's
    Remedios is bigger)."""
    assert (name, country) in places(text)


def test_a_name_before_district_is_read_as_the_district() -> None:
    """ "Ghorahi city (Dang district)": the district of Nepal, not Vietnam's town of Dang."""
    found = places("On 3 June 2022, teachers staged a sit-in in Ghorahi city (Dang district) over unpaid salaries.")
    assert {country for _, country in found} == {"NP"}


def test_a_list_of_places_is_no_qualifier() -> None:
    found = places("On 2 March 2022, people protested in Paris, Lyon and Marseille against the reform.")
    assert {("Paris", "FR"), ("Lyon", "FR")} <= set(found)


def test_a_name_before_a_place_noun_is_a_place() -> None:
    text = (
        "On 2 April 2022, locals staged a protest in the Bicholi Mardana area of Indore city (Indore, Madhya Pradesh)."
    )
    assert ("Indore", "IN") in places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces shelled Kyiv on Monday.", "Kyiv"),
        ("Three people were killed in a Russian missile strike on Kyiv.", "Kyiv"),
        ("Russian missiles struck Kharkiv overnight, killing two civilians.", "Kharkiv"),
        ("Kyiv, March 3 (Reuters) - Russian forces shelled the city overnight, officials said.", "Kyiv"),
        ("KHARKIV - Russian forces shelled the city overnight, officials said.", "Kharkiv"),
    ],
)
def test_an_untagged_big_city_struck_is_a_place(text: str, name: str) -> None:
    assert (name, "UA") in places(text)


@pytest.mark.parametrize(
    "text",
    ["Protesters attacked Jordan Peterson on Monday.", "Troops shelled Reading on Monday."],
)
def test_a_persons_name_or_a_small_town_struck_is_no_place(text: str) -> None:
    assert places(text) == []


def test_the_areas_in_brackets_after_an_unknown_village_are_places() -> None:
    found = places("On 4 March 2022, militants killed a civilian in Kisunga village (Beni, Nord-Kivu). One fatality.")
    assert {("Beni", "CD"), ("Nord-Kivu", "CD")} <= set(found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 6 February 2022, protesters marched at a Pride March in Melbourne (Victoria) against police.",
            "Melbourne",
            "AU",
        ),
        (
            "On 24 January 2022, workers protested at the Nabha Power Plant in Nabha (Patiala district, Punjab).",
            "Nābha",
            "IN",
        ),
    ],
)
def test_a_name_the_parser_hung_on_its_bracket_is_a_place(text: str, name: str, country: str) -> None:
    """The parser makes "Melbourne" a modifier of "Victoria" in its bracket: the bracket qualifies the town."""
    assert (name, country) in places(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 20 May 2022, supporters protested outside an agency building in Chisinau - Riscani over prices.",
            "Chisinau",
            "MD",
        ),
        (
            "On 14 April 2022, unionists picketed in front of Gwangju Metropolitan City Hall (Gwangju - Seo).",
            "Gwangju",
            "KR",
        ),
    ],
)
def test_a_district_written_after_its_town_is_read_with_the_town(text: str, name: str, country: str) -> None:
    """ "Riscani" alone is a Moldovan town far from Chisinau's district of that name."""
    assert (name, country) in places(text)


@pytest.mark.parametrize(
    ("text", "namesake"),
    [
        ("On 6 May 2022, fishermen staged a protest in El Crucero of Cangas (Galicia) against new quotas.", "NI"),
        ("On 3 May 2022, militias killed herders in Koran Gara village (Dodola woreda, Oromia region).", "BA"),
    ],
)
def test_a_town_read_alone_abroad_of_the_other_places_is_forgotten(text: str, namesake: str) -> None:
    """A village the gazetteer lacks, read alone as a small town abroad, is no place once the article's region
    shows where it lies."""
    assert all(country != namesake for _, country in places(text))


def test_a_name_before_an_editors_coding_note_is_a_place_qualified_by_the_bracket_after_it() -> None:
    """ "(coded to district level)" says the name before it is a place; the bracket after the note qualifies it."""
    text = "On 4 May 2021, drones struck targets in Hays (coded to district level) (Al Hudaydah). Casualties unknown."
    assert ("Ḩays", "YE") in places(text)


@pytest.mark.parametrize(
    ("text", "namesake"),
    [
        ("On 3 April 2023, members of the Women in White marched in Havana after Sunday mass.", "Alba"),
        ("On 3 April 2023, lawyers gathered at the Palace of Justice in Lima to demand higher fees.", "Saraj"),
        ("On 3 April 2023, the killers probably belong to the Union of Tribes in Sinai.", "Union"),
        ("On 3 May 2023, cadres of the alliance (CPN(MC), NC, JSP) clashed with rivals in Birgunj.", "North Carolina"),
        ("On 3 May 2023, staff of SUST (Shahjalal University of Science and Technology) rallied in Sylhet.", "Soest"),
    ],
)
def test_a_word_or_acronym_of_a_bodys_name_is_no_place(text: str, namesake: str | None) -> None:
    """An English word that reaches a place only by a translation of its name ("White" for Alba, "Palace" for the
    Macedonian Saraj), the head of a longer name ("the Union of ..."), an acronym before its bracket or in a list of
    acronyms: no place."""
    found = places(text)
    assert all(name != namesake for name, _ in found)
    assert {country for _, country in found} <= {"CU", "PE", "EG", "BD", "NP"}


def test_a_place_named_twice_is_read_again_with_the_area_the_tagger_missed() -> None:
    """ "Misiones", which the tagger missed, places San Juan Bautista in Paraguay, both its mentions at once
    (Venezuela's town of that name is bigger)."""
    found = places(
        "On 8 April 2023, farmers blocked the highway near San Juan Bautista, in Misiones, to demand that the "
        "government pave the road that connects San Juan Bautista with nearby villages."
    )
    assert ("San Juan Bautista", "PY") in found
    assert ("San Juan Bautista", "VE") not in found


def test_a_bracket_after_a_municipality_or_township_qualifies_its_name() -> None:
    doc = parse_only("On 7 June 2023, locals protested in Rampur municipality (Palpa district) over bad roads.")
    rampur = next(e for e in doc.ents if e.text == "Rampur")
    assert qualified_name(rampur) == "Rampur, Palpa district"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mostar's streets were patrolled by soldiers on Sunday.", "Mostar"),  # the tagger: an organisation
        ("The army captured Jaffna, the capital of the north, last month.", "Jaffna"),  # a person
        ("He was arrested near his hometown of Tikrit in December.", "Tikrīt"),  # an organisation
    ],
)
def test_a_name_the_text_calls_a_place_is_a_place_whatever_the_tagger_took_it_for(text: str, name: str) -> None:
    assert name in [n for n, _ in places(text)]
