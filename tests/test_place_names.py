"""Multi-word place names the tagger split are mended with the gazetteer, and longer names are left alone."""

from __future__ import annotations

import pytest
import spacy

from newsevents.annotate.geo import Gazetteer
from newsevents.annotate.nlp import load_nlp, tokens_with_lower
from newsevents.annotate.place_names import merge_place_fragments, names_a_route, relabel_countries
from nlp_helpers import document


def entities(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The entities after mending, given the ones a tagger found (``tagged``: text and label, in order), so that
    these cases do not depend on which recogniser the pipeline runs."""
    doc = load_nlp()(text)
    spans, position = [], 0
    for fragment, label in tagged:
        start = text.index(fragment, position)
        position = start + len(fragment)
        spans.append(doc.char_span(start, position, label=label, alignment_mode="expand"))
    doc.set_ents(spans, default="outside")
    merge_place_fragments(doc, Gazetteer.load())
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [  # as en_core_web_sm tags them
        (
            "On 16 March 2022, in Boa Vista (Roraima), teachers gathered in a square.",
            [("Boa", "GPE"), ("Vista", "GPE"), ("Roraima", "GPE")],
            "Boa Vista",
        ),
        (
            "On 29 May 2022, in Concordia do Para (Para), suspects exchanged fire with police.",
            [("Concordia", "GPE")],
            "Concordia do Para",
        ),
        (
            "Residents protested throughout Shahr e Kord city over water shortages.",
            [("Shahr", "PERSON")],
            "Shahr e Kord",
        ),
        (
            "Medical staff protested in Vitoria-Gasteiz over the health service.",
            [("Vitoria", "GPE")],
            "Vitoria-Gasteiz",
        ),
        ("Dockers marched in Port of Spain on Friday.", [("Port", "GPE"), ("Spain", "GPE")], "Port of Spain"),
        ("Students gathered outside a school in Lee's Summit (Missouri).", [("Summit", "GPE")], "Lee's Summit"),
        (  # the Arabic article as said before some letters: "ez", "es", "et"
            "Gunmen attacked a checkpoint near Zir town in Deir ez Zor governorate.",
            [("Zir", "GPE"), ("Zor", "GPE")],
            "Deir ez Zor",
        ),
    ],
)
def test_split_place_name_becomes_one_place(text: str, tagged: list[tuple[str, str]], name: str) -> None:
    assert (name, "GPE") in entities(text, tagged)


def test_the_rest_of_an_entity_running_into_a_parenthesis_is_kept() -> None:
    text = "On 13 May 2022, in Cruzeiro do Oeste (Parana), a man was shot."
    found = entities(text, [("Cruzeiro", "ORG"), ("Oeste (Parana", "ORG")])
    assert ("Cruzeiro do Oeste", "GPE") in found
    assert ("Parana", "ORG") in found


def test_words_are_found_in_any_case_in_document_order() -> None:
    doc = spacy.blank("en")("In Gao and near Kidal, fighting went on in the north.")
    assert [t.i for t in tokens_with_lower(doc, {"in", "near"})] == [0, 3, 9]
    assert [t.text for t in tokens_with_lower(doc, ["kidal", "timbuktu"])] == ["Kidal"]
    assert tokens_with_lower(doc, set()) == []


def test_longer_names_and_whole_entities_are_left_alone() -> None:
    text = "The Los Angeles Times said the New York Police Department met Benito Juarez in New York."
    tagged = [
        ("The Los Angeles Times", "ORG"),
        ("the New York Police Department", "ORG"),
        ("Benito Juarez", "PERSON"),
        ("New York", "GPE"),
    ]
    assert entities(text, tagged) == tagged
    assert entities("The UN on Tuesday imposed a blackout.", [("UN", "ORG")]) == [("UN", "ORG")]


def test_a_city_and_its_district_stay_apart() -> None:
    """ACLED's "Berlin - Steglitz": spaced hyphens join a city and its part, not the words of one name."""
    text = "Police said protesters in Berlin - Steglitz dispersed."
    assert entities(text, [("Berlin", "GPE")]) == [("Berlin", "GPE")]


def test_mended_name_resolves_to_its_own_place() -> None:
    doc = document("On 16 March 2022, teachers protested in Boa Vista (Roraima) over salaries.")
    assert any(p.name == "Boa Vista" and p.country == "BR" for p in doc.places)
    assert not any(p.name == "Vista" for p in doc.places)


def test_a_place_tagged_as_a_verb_after_in_is_still_a_place() -> None:
    """ "demonstrated in Norrkoping": the tagger reads an unknown word in -ing as a gerund."""
    doc = document("On 11 February 2022, activists demonstrated in Norrkoping to urge the government to act.")
    assert any(p.name == "Norrköping" and p.country == "SE" for p in doc.places)


def test_places_listed_after_an_unknown_place_are_places() -> None:
    """ "(Bwisha, Rutshuru, Nord-Kivu)": Bwisha is not in GeoNames, yet the list goes on naming places."""
    doc = document("On 23 April 2022, FARDC clashed with M23 militiamen in Kinyamahura (Bwisha, Rutshuru, Nord-Kivu).")
    assert {"Rutshuru", "Nord-Kivu"} <= {p.name for p in doc.places}


def test_a_part_word_between_in_and_the_place() -> None:
    doc = document("On 12 February 2022, hundreds gathered in central Lancaster to protest against a decision.")
    assert any(p.name == "Lancaster" for p in doc.places)


def test_a_country_taken_for_a_person_or_organisation_is_a_country() -> None:
    text = "Serbia on Thursday rejected an ultimatum, and Croatia's army advanced. Chad said no."
    doc = load_nlp()(text)
    tagged = [("Serbia", "PERSON"), ("Croatia", "ORG"), ("Chad", "PERSON")]
    starts = [text.index(name) for name, _ in tagged]
    spans = [doc.char_span(s, s + len(name), label=label) for s, (name, label) in zip(starts, tagged, strict=True)]
    doc.set_ents(spans, default="outside")
    relabel_countries(doc, Gazetteer.load())
    assert [(e.text, e.label_) for e in doc.ents] == [("Serbia", "GPE"), ("Croatia", "GPE"), ("Chad", "PERSON")]


def test_a_country_left_untagged_or_taken_into_a_date_is_a_country() -> None:
    """The whole run of capitalised words must be the country's name: "Turkey Point" is another place, and
    "pro-Ukraine" a stance."""
    text = "Norway is ready to help, talks with The Bahamas went on, Peru lifted a ban imposed on Chile two years ago."
    text += " Workers left Turkey Point after a pro-Ukraine rally."
    doc = load_nlp()(text)
    tagged = [("Peru", "GPE"), ("Chile two years ago", "DATE")]
    starts = [text.index(name) for name, _ in tagged]
    spans = [doc.char_span(s, s + len(name), label=label) for s, (name, label) in zip(starts, tagged, strict=True)]
    doc.set_ents(spans, default="outside")
    relabel_countries(doc, Gazetteer.load())
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Norway", "GPE"),
        ("Bahamas", "GPE"),
        ("Peru", "GPE"),
        ("Chile", "GPE"),
        ("two years ago", "DATE"),
    ]


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        (
            "On 13 June 2022, in Toluca de Lerdo, Mexico, people blocked an avenue.",
            [("Mexico", "GPE")],
            "Toluca de Lerdo",
        ),
        ("Students rallied in Dover-Foxcroft (Maine) on Monday.", [("Dover-Foxcroft", "ORG")], "Dover-Foxcroft"),
        (
            "On 18 May 2022, in Olho d'Agua das Flores (Alagoas), a man was shot.",
            [("Olho", "GPE"), ("Alagoas", "GPE")],
            "Olho d'Agua das Flores",
        ),
        (
            "About 300 people demonstrated in Landau in der Pfalz.",
            [("Landau", "PERSON"), ("Pfalz", "GPE")],
            "Landau in der Pfalz",
        ),
        (  # five words and four hyphens: the hyphens do not count against the longest name
            "Nurses demonstrated in Saint-Maximin-la-Sainte-Baume on Friday.",
            [],
            "Saint-Maximin-la-Sainte-Baume",
        ),
        ("Dockers demonstrated in Fontaine-au-Pire on Monday.", [], "Fontaine-au-Pire"),
    ],
)
def test_a_known_name_after_a_preposition_of_place_is_a_place(
    text: str, tagged: list[tuple[str, str]], name: str
) -> None:
    """A name the gazetteer knows whole, right after "in", is a place whether the tagger saw nothing of it, took it
    for an organisation, or cut it at an elided article or a German "in der"."""
    assert (name, "GPE") in entities(text, tagged)


def test_a_street_named_after_a_town_is_no_town() -> None:
    text = "Farmers gathered outside the Prefecture, in Vittorio Veneto street, in Sondrio."
    assert entities(text, [("Sondrio", "GPE")]) == [("Sondrio", "GPE")]


def test_an_organisation_not_after_a_preposition_of_place_stays() -> None:
    text = "Dover-Foxcroft officials said the school would reopen."
    assert entities(text, [("Dover-Foxcroft", "ORG")]) == [("Dover-Foxcroft", "ORG")]


def relabelled(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The entities after ``relabel_countries``, given the ones a tagger found (text and label, in order)."""
    doc = load_nlp()(text)
    spans, position = [], 0
    for fragment, label in tagged:
        start = text.index(fragment, position)
        position = start + len(fragment)
        spans.append(doc.char_span(start, position, label=label))
    doc.set_ents(spans, default="outside")
    relabel_countries(doc, Gazetteer.load())
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "tagged", "place"),
    [
        ("Gunmen killed five villagers in Kale town, Myanmar.", [("Kale", "ORG"), ("Myanmar", "GPE")], "Kale"),
        ("Bandits attacked Anka LGA of Zamfara State.", [("Anka LGA", "PERSON"), ("Zamfara State", "GPE")], "Anka"),
        ("Nigerian troops entered Sokoto district.", [("Nigerian", "NORP"), ("Sokoto", "PERSON")], "Sokoto"),
    ],
)
def test_a_known_name_before_a_place_noun_is_a_place(text: str, tagged: list[tuple[str, str]], place: str) -> None:
    """The noun says what the name names, whatever the tagger took it for; the place is the name without it."""
    found = relabelled(text, tagged)
    assert (place, "GPE") in found and len(found) == len(tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Kale said the town in Myanmar would be rebuilt.", [("Kale", "PERSON"), ("Myanmar", "GPE")]),
        ("Jordan Smith visited the district office in Kenya.", [("Jordan Smith", "PERSON"), ("Kenya", "GPE")]),
        ("Kale Town Council met in Myanmar.", [("Kale", "ORG"), ("Myanmar", "GPE")]),
        ("Fighting broke out in Pale township, Myanmar.", [("Pale", "PERSON"), ("Myanmar", "GPE")]),
    ],
    ids=["no-noun", "two-words", "capitalised-noun", "no-such-place-in-the-article-s-countries"],
)
def test_a_person_or_group_without_a_place_noun_or_a_known_place_stays(
    text: str, tagged: list[tuple[str, str]]
) -> None:
    """ "Pale" is a town in Bosnia, which a story of Myanmar does not mean."""
    assert relabelled(text, tagged) == tagged


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Dozens protested outside the ministry in Chisinau - Buiucani on Friday.", [("Chisinau - Buiucani", "ORG")]),
        ("Union members picketed in front of the court (Daegu - Jung).", [("Daegu - Jung", "PERSON")]),
    ],
)
def test_a_district_written_after_its_town_is_a_place(text: str, tagged: list[tuple[str, str]]) -> None:
    assert relabelled(text, tagged) == [(tagged[0][0], "GPE")]


def test_two_towns_far_apart_name_a_route_not_a_place() -> None:
    tagged = [("Beijing - Shanghai", "ORG")]
    assert relabelled("The Beijing - Shanghai railway opened in 2011.", tagged) == tagged


@pytest.mark.parametrize(
    ("town", "part", "route"),
    [("Kabul", "Jalalabad", True), ("Beijing", "Shanghai", True), ("Chisinau", "Riscani", False)],
)
def test_two_towns_of_note_far_apart_name_a_route_not_a_district(town: str, part: str, route: bool) -> None:
    """ "Riscani" is Chisinau's district, though the gazetteer knows only a small Moldovan town of that name afar."""
    assert names_a_route(town, part, Gazetteer.load()) is route


def test_a_name_after_a_place_noun_and_a_comma_is_the_area_the_place_lies_in() -> None:
    tagged = [("Eyyubiye", "GPE"), ("Sanliurfa", "ORG")]
    found = relabelled("Health workers protested outside a hospital in Eyyubiye town, Sanliurfa.", tagged)
    assert found == [("Eyyubiye", "GPE"), ("Sanliurfa", "GPE")]


def test_a_name_after_a_place_noun_and_a_comma_known_only_outside_the_articles_countries_stays() -> None:
    tagged = [("Nyaung", "GPE"), ("Smith", "PERSON"), ("Myanmar", "GPE")]
    text = "Troops shelled Nyaung village, Smith said, in Myanmar."
    assert relabelled(text, tagged) == tagged


@pytest.mark.parametrize(
    ("text", "tagged", "place"),
    [
        ("Militants killed a farmer in Kisunga village (Beni, Nord-Kivu).", [("Beni", "PERSON")], "Beni"),
        ("Residents marched in Khar Yalla (Grand Yoff, Dakar) on Friday.", [("Dakar", "PERSON")], "Dakar"),
        ("Workers picketed the plant (Nam-gu, Pohang) on Monday.", [("Pohang", "ORG")], "Pohang"),
        ("Gunmen shot a man in Wadi Hamal (Salif district, Al Hudaydah).", [("Al Hudaydah", "PERSON")], "Al Hudaydah"),
    ],
)
def test_a_known_name_in_a_bracket_of_names_is_a_place(text: str, tagged: list[tuple[str, str]], place: str) -> None:
    """A bracket of names and place nouns qualifies a place with the areas it lies in."""
    assert relabelled(text, tagged) == [(place, "GPE")]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Unions (CGT, FO) marched in Lyon.", [("FO", "ORG"), ("Lyon", "GPE")]),
        ("The party leader (Mike Peterson, spokesman) said so.", [("Mike Peterson", "PERSON")]),
        ("Traders protested in Nyaung town (Smith, Myanmar).", [("Smith", "PERSON"), ("Myanmar", "GPE")]),
        ("The rally was led by Sarah Bangor (the Liberal candidate).", [("Sarah Bangor", "PERSON")]),
        ("Truckers picketed the cement plant (Udeok-ri, Danyang).", [("Danyang", "PERSON")]),
    ],
    ids=["acronym", "unknown-name", "no-such-place-in-the-article-s-countries", "not-in-brackets", "hamlet-abroad"],
)
def test_a_body_or_person_in_brackets_stays(text: str, tagged: list[tuple[str, str]]) -> None:
    assert relabelled(text, tagged) == tagged


def test_a_bracket_is_read_in_the_country_it_names() -> None:
    """The country at the bracket's end counts even where the tagger took it for a person: Haiti's Nord-Ouest is no
    area of Cameroon."""
    tagged = [("Nord-Ouest", "ORG"), ("Cameroon", "PERSON")]
    found = relabelled("Separatists clashed with soldiers in Bamenda (Mezam, Nord-Ouest, Cameroon).", tagged)
    assert found == [("Nord-Ouest", "ORG"), ("Cameroon", "GPE")]
