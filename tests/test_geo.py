"""Gazetteer: loading and caching, place resolution, demonyms, and the LGL/GeoVirus eval."""

from __future__ import annotations

import pickle

import pytest

from newsevents.annotate.geo import Gazetteer, cache_path, country_of_demonym, iso3, normalise


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_normalise() -> None:
    assert normalise("the U.S.") == "us"
    assert normalise("Zaporizhzhia  Oblast") == "zaporizhzhia oblast"
    assert normalise("Côte d’Ivoire") == "cote divoire"
    assert normalise("St. Louis") == "saint louis"


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Kyiv", "UA", "city"),
        ("Kiev", "UA", "city"),
        ("Moscow", "RU", "city"),
        ("Crimea", "UA", "region"),
        ("Gaza Strip", "PS", "region"),
        ("the Kremlin", "RU", "landmark"),
        ("U.S.", "US", "country"),
        ("America", "US", "country"),
        ("Britain", "GB", "country"),
        ("Russia", "RU", "country"),
        ("Ivory Coast", "CI", "country"),
        ("DRC", "CD", "country"),
        ("Texas", "US", "region"),
        ("Red Sea", None, "other"),
    ],
)
def test_resolve(gazetteer: Gazetteer, name: str, country: str | None, feature: str) -> None:
    match = gazetteer.resolve(name)
    assert match is not None
    assert (match.country, match.feature) == (country, feature)


def test_paris_depends_on_context(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Paris").country == "FR"
    texas = gazetteer.resolve("Texas")
    in_texas = gazetteer.resolve("Paris", context_countries=["USA"], context_places=[texas])
    assert (in_texas.country, in_texas.admin1) == ("US", "Texas")


def test_georgia_depends_on_context(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Georgia").country == "GE"
    atlanta = gazetteer.resolve("Atlanta")
    state = gazetteer.resolve("Georgia", context_countries=["US"], context_places=[atlanta])
    assert (state.country, state.feature) == ("US", "region")


def test_match_fields(gazetteer: Gazetteer) -> None:
    kyiv = gazetteer.resolve("Kyiv")
    assert kyiv.geonameid == 703448 and kyiv.country3 == "UKR" and kyiv.population > 1_000_000
    assert abs(kyiv.lat - 50.45) < 0.1 and abs(kyiv.lon - 30.52) < 0.1
    assert gazetteer.resolve("Houston").admin1 == "Texas"
    assert gazetteer.resolve("Nowhere-at-all-xyz") is None


def test_demonyms(gazetteer: Gazetteer) -> None:
    assert country_of_demonym("Russian") == "RUS"
    assert country_of_demonym("Ukrainian") == "UKR"
    assert country_of_demonym("Israelis") == "ISR"
    assert country_of_demonym("Palestinian") == "PSE"
    assert country_of_demonym("American") == "USA"
    assert country_of_demonym("British") == "GBR"
    assert country_of_demonym("Martian") is None
    assert gazetteer.resolve("Russian").country == "RU"
    assert gazetteer.resolve("Russian", label="GPE") is None


def test_iso3() -> None:
    assert iso3("UA") == "UKR" and iso3("us") == "USA" and iso3("ZZ") is None


def test_rebuilds_corrupt_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    path = cache_path()
    assert path.parent == tmp_path
    path.write_bytes(b"not a pickle")
    gazetteer = Gazetteer.from_cache(path)
    assert gazetteer.resolve("Kyiv").country == "UA"
    with path.open("rb") as handle:
        records, index = pickle.load(handle)
    assert len(records) > 100_000 and "kyiv" in index
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


@pytest.mark.slow
def test_geoparsing_slice(shared_data) -> None:
    from newsevents.eval.geo import evaluate_geo

    results = evaluate_geo(shared_data / "geoparsing_gritta", limit=80)
    for corpus, floor in (("LGL", 0.65), ("GeoVirus", 0.75)):
        ours, baseline = results[corpus]["ours"], results[corpus]["baseline"]
        assert ours["acc161"] >= floor
        assert ours["acc161"] > baseline["acc161"]
