"""Words that tell an actor's PLOVER sector and kind ("police" -> COP, "general" -> MIL).

Keys are lower-case lemmas. A mention's sector comes from its head noun first, then from its
modifiers and titles ("intelligence services" -> SPY through "intelligence").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib import resources

#: Sectors of armed forces and groups, the state's (MIL, COP, SPY) and the others' (REB, PRM, UAF, CRM): their members
#: act as the group does ("members of Al Shabaab attacked"), and violence against them is no violence against civilians.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "PRM", "UAF", "CRM"})
#: Armed groups outside the state's forces: rebels, militias, unidentified armed groups and criminals.
NON_STATE_ARMED_SECTORS = ARMED_SECTORS - {"MIL", "COP", "SPY"}
#: Sectors of the state's offices.
STATE_SECTORS = frozenset({"PRE", "GOV", "LEG", "JUD", "MIL", "COP", "SPY"})

SECTOR_WORDS: dict[str, str] = {
    # security forces
    "police": "COP",
    "policeman": "COP",
    "policewoman": "COP",
    "officer": "COP",
    "constable": "COP",
    "gendarmerie": "COP",
    "gendarme": "COP",
    "cop": "COP",
    "army": "MIL",
    "military": "MIL",
    "troop": "MIL",
    "soldier": "MIL",
    "peacekeeper": "MIL",  # soldiers sent to keep the peace, of their own country's forces
    "peace-keeper": "MIL",
    "general": "MIL",
    "colonel": "MIL",
    "commander": "MIL",
    "navy": "MIL",
    "sailor": "MIL",
    "marine": "MIL",
    "airforce": "MIL",
    "force": "MIL",
    "battalion": "MIL",
    "brigade": "MIL",
    "regiment": "MIL",
    "infantry": "MIL",
    "pilot": "MIL",
    "defence": "MIL",
    "defense": "MIL",
    "pentagon": "MIL",
    "lieutenant": "MIL",
    "sergeant": "MIL",
    "major": "MIL",
    "admiral": "MIL",
    "serviceman": "MIL",
    "guard": "MIL",
    "guardsman": "MIL",
    "bodyguard": "MIL",
    "servicemen": "MIL",
    "paramilitary": "PRM",
    "militia": "PRM",
    "militiaman": "PRM",
    "militiamen": "PRM",
    "vigilante": "PRM",
    "mercenary": "PRM",
    "intelligence": "SPY",
    "spy": "SPY",
    "agent": "SPY",
    "counterintelligence": "SPY",
    "rebel": "REB",
    "insurgent": "REB",
    "militant": "REB",
    "guerrilla": "REB",
    "guerilla": "REB",
    "jihadist": "REB",
    "separatist": "REB",
    "fighter": "REB",
    "extremist": "REB",
    "terrorist": "REB",
    "gunman": "UAF",
    "assailant": "UAF",
    "attacker": "UAF",
    "perpetrator": "UAF",
    "bomber": "UAF",
    "sniper": "UAF",
    "shooter": "UAF",
    "abductor": "UAF",
    # state
    "government": "GOV",
    "ministry": "GOV",
    "minister": "GOV",
    "regulator": "GOV",
    "official": "GOV",
    "authority": "GOV",
    "administration": "GOV",
    "governor": "GOV",
    "mayor": "GOV",
    "cabinet": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "spokesperson": "GOV",
    "diplomat": "GOV",
    "ambassador": "GOV",
    "embassy": "GOV",
    "kremlin": "GOV",
    "secretary": "GOV",
    "envoy": "GOV",
    "regime": "GOV",
    "state": "GOV",
    "president": "PRE",
    "presidency": "PRE",
    "premier": "PRE",
    "chancellor": "PRE",
    "king": "PRE",
    "prime": "PRE",
    "leader": "GOV",
    "court": "JUD",
    "judge": "JUD",
    "prosecutor": "JUD",
    "judiciary": "JUD",
    "tribunal": "JUD",
    "parliament": "LEG",
    "lawmaker": "LEG",
    "legislator": "LEG",
    "senator": "LEG",
    "congress": "LEG",
    "senate": "LEG",
    "mp": "LEG",
    "legislature": "LEG",
    "congressman": "LEG",
    "congresswoman": "LEG",
    "party": "PTY",
    "politician": "PTY",
    "cadre": "PTY",  # a party's worker ("cadres of the NC"); cadres of a named armed group take its sector
    "opposition": "OPP",
    "dissident": "OPP",
    "activist": "SOC",
    # society
    "protester": "CVL",
    "protestor": "CVL",
    "demonstrator": "CVL",
    "civilian": "CVL",
    "resident": "CVL",
    "villager": "CVL",
    "tribesman": "CVL",  # unless they fight: then their tribe's militia (``settling.arm_militias``)
    "clansman": "CVL",
    "people": "CVL",
    "man": "CVL",
    "woman": "CVL",
    "child": "CVL",
    "citizen": "CVL",
    "passenger": "CVL",
    "family": "CVL",
    "crowd": "CVL",
    "youth": "CVL",
    "victim": "CVL",
    "member": "CVL",
    "supporter": "CVL",
    "local": "CVL",
    "individual": "CVL",
    "person": "CVL",
    "persons": "CVL",
    "neighbor": "CVL",
    "neighbour": "CVL",
    "inhabitant": "CVL",
    "mob": "CVL",
    "aspirant": "CVL",  # who seeks a post ("army aspirants") is no member of the body they hope to join
    "settler": "CVL",
    "retiree": "CVL",
    "pensioner": "CVL",
    "petitioner": "CVL",
    "voter": "CVL",
    "worshipper": "CVL",
    "worshiper": "CVL",
    "pilgrim": "CVL",
    "tourist": "CVL",
    "customer": "CVL",
    "patient": "CVL",
    "witness": "CVL",
    "candidate": "PTY",  # who stands for office, as a politician
    "relative": "CVL",
    "parent": "CVL",
    "mourner": "CVL",
    "motorist": "CVL",
    "tenant": "CVL",
    "inmate": "CVL",
    "prisoner": "CVL",
    "campaigner": "SOC",
    "immigrant": "REF",
    "fisherman": "AGR",
    "fishermen": "AGR",
    "miner": "LAB",
    "pupil": "EDU",
    "physician": "MED",
    "vendor": "BUS",
    "shopkeeper": "BUS",
    "merchant": "BUS",
    "rioter": "CVL",
    "driver": "LAB",
    "journalist": "JRN",
    "reporter": "JRN",
    "media": "JRN",
    "newspaper": "JRN",
    "correspondent": "JRN",
    "doctor": "MED",
    "nurse": "MED",
    "hospital": "MED",
    "medic": "MED",
    "paramedic": "MED",
    "refugee": "REF",
    "migrant": "REF",
    "asylum": "REF",
    "student": "EDU",
    "university": "EDU",
    "teacher": "EDU",
    "lecturer": "EDU",
    "professor": "EDU",
    "school": "EDU",
    "worker": "LAB",
    "union": "LAB",
    "employee": "LAB",
    "staff": "LAB",
    "labourer": "LAB",
    "laborer": "LAB",
    "farmer": "AGR",
    "herder": "AGR",
    "pastoralist": "AGR",
    "herdsman": "AGR",
    "herdsmen": "AGR",
    "company": "BUS",
    "firm": "BUS",
    "businessman": "BUS",
    "corporation": "BUS",
    "bank": "BUS",
    "trader": "BUS",
    "investor": "BUS",
    "gang": "CRM",
    "gangster": "CRM",
    "cartel": "CRM",
    "criminal": "CRM",
    "smuggler": "CRM",
    "trafficker": "CRM",
    "robber": "CRM",
    "thief": "CRM",
    "kidnapper": "CRM",
    "bandit": "CRM",
    "extortionist": "CRM",
    "mafia": "CRM",
    "mobster": "CRM",
    "hitman": "CRM",
    "hitmen": "CRM",
    "pirate": "CRM",
    "poacher": "CRM",
    "rustler": "CRM",
    "cleric": "REL",
    "clergyman": "REL",
    "clergy": "REL",
    "imam": "REL",
    "priest": "REL",
    "church": "REL",
    "bishop": "REL",
    "monk": "REL",
    "ngo": "SOC",
    "charity": "SOC",
    "organisation": "SOC",
    "organization": "SOC",
    "oligarch": "ELI",
    "tycoon": "ELI",
}

#: People named by their trade or role, which tells no sector of its own: with a nationality or a country ("Croatian
#: experts", "Azerbaijani hackers", "Indonesia's donors") they are a body of that country, as a "Turkish delegation" is.
TRADE_NOUNS = {
    "expert", "hacker", "lawyer", "attorney", "donor", "analyst", "scientist", "researcher", "engineer", "observer",
    "monitor", "volunteer", "rescuer", "contractor", "adviser", "advisor", "specialist", "technician", "negotiator",
    "delegate", "consultant", "economist", "planner", "mediator", "counterpart",
}  # fmt: skip

#: Words that tell a sector only as the modifier of a body of people: "private security men" and "security forces"
#: are armed (ACLED's "Private Security Forces"), but "security" alone names no one ("social security").
MODIFIER_SECTORS: dict[str, str] = {"security": "MIL"}

#: Activities that make the band doing them criminal: "a drug trafficking group", "a smuggling ring".
CRIME_ACTIVITIES: dict[str, str] = {"trafficking": "CRM", "smuggling": "CRM", "kidnapping": "CRM", "extortion": "CRM"}
#: Employers whose guards are no soldiers: prison and municipal guards are police ("guarda municipal"); "border
#: guards", "national guards" and "bodyguards" stay military, and "security guards" armed (state or private).
GUARD_EMPLOYERS: dict[str, str] = {"prison": "COP", "penitentiary": "COP", "jail": "COP", "municipal": "COP"}
#: Words that put a member of an armed or state body out of service: a former soldier or an off-duty officer is a
#: civilian (ACLED codes such victims as civilians).
OUT_OF_SERVICE = {"former", "ex", "retired", "erstwhile", "demobilised", "demobilized"}
#: A suspect is not yet a criminal: a "suspected thief" beaten by a mob is a civilian victim (ACLED's mob violence).
SUSPECT_MODIFIERS = {"suspected", "alleged", "presumed", "accused"}
PETTY_OFFENDERS = {"thief", "robber"}
#: Things whose owner a demonym names as a people, not as its armed forces: "Palestinian agricultural lands",
#: "Palestinian fishing boats" (compare "Syrian positions", "Russian airstrikes").
CIVILIAN_THINGS = {"land", "farmland", "field", "farm", "crop", "orchard", "home", "house", "property", "shop", "car"}
CIVILIAN_USES = {"fishing", "agricultural", "farming", "residential", "civilian", "commercial"}

#: Group nouns that stand for an actor even without a name ("police arrested ...").
GROUP_KIND = {"CVL", "REB", "UAF", "CRM", "REF", "LAB", "EDU", "AGR", "JRN", "MED", "PRM"}

#: Words in an organisation's name that tell its sector ("Ministry of Defence" -> GOV).
ORG_NAME_WORDS: dict[str, str] = {
    "liberation": "REB",  # first: a "Liberation Army" or "Liberation Forces" is a rebel group
    # ... and so is a "Revolutionary Army", "Revolution Force" or "Revolutionary Front" (no state's army)
    "revolutionary army": "REB",
    "revolution army": "REB",
    "revolutionary force": "REB",
    "revolution force": "REB",
    "revolutionary front": "REB",
    "revolution front": "REB",
    "ministry": "GOV",
    "government": "GOV",
    # before the words of other offices and the armed forces: "Police Department", "Military Police", "Special Police
    # Forces" are police
    "police": "COP",
    "department": "GOV",
    "kremlin": "GOV",
    "council": "GOV",
    "army": "MIL",
    "forces": "MIL",
    "military": "MIL",
    "navy": "MIL",
    "pentagon": "MIL",
    "brigade": "MIL",
    "defense force": "MIL",
    "defence force": "MIL",
    "militia": "PRM",
    "militias": "PRM",
    "gang": "CRM",
    "cartel": "CRM",
    "mafia": "CRM",
    "gendarmerie": "COP",
    "party": "PTY",
    "court": "JUD",
    "parliament": "LEG",
    "congress": "LEG",
    "senate": "LEG",
    "duma": "LEG",
    "intelligence": "SPY",
    "security service": "SPY",
    "fsb": "SPY",
    "sbu": "SPY",
    "cia": "SPY",
    "gur": "SPY",
    # after the intelligence words: "Air Force Intelligence" is an intelligence service
    "air force": "MIL",
    "coast guard": "MIL",
    "university": "EDU",
    "hospital": "MED",
    "church": "REL",
    "patriotic union": "PTY",  # before "union": the Patriotic Union of Kurdistan is a party, no labour union
    "union": "LAB",
    "bank": "BUS",
    "news": "JRN",
    "times": "JRN",
    "reuters": "JRN",
    "associated press": "JRN",
    "bbc": "JRN",
    "tass": "JRN",
    # last: bodies of civil society, unless a word above says whose ("Police Association", "University Foundation")
    "association": "SOC",
    "foundation": "SOC",
    "forum": "SOC",
    "campaign": "SOC",
}

#: Well-known actors whose country and sector a name alone does not tell: name -> (ISO3 or None, sector, kind).
KNOWN_ACTORS: dict[str, tuple[str | None, str, str]] = {
    name: (country or None, sector, kind)
    for name, country, sector, kind in (
        line.split("\t")
        for line in (resources.files("newsevents.annotate") / "data" / "known_actors.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    )
}


@dataclass(frozen=True)
class KnownPerson:
    """One row of ``known_people.tsv``: a person's country (None for a leader of a movement of no country) and the
    sector of their office within its periods (ISO start and end dates, both days included)."""

    given_name: str
    country: str | None
    sector: str
    periods: tuple[tuple[str, str], ...]

    def in_office(self, day: str | None) -> bool:
        """Whether the person held the office on ``day``; with no day, whether they hold it still (today's reading,
        as for ``STATE_PERIODS``)."""
        if day is None:
            return self.periods[-1][1] == OPEN_END
        return any(start <= day[:10] <= end for start, end in self.periods)


#: The end of a period that runs to today.
OPEN_END = "9999"


def word_sector(lemma: str) -> str | None:
    """The sector a word names, as a noun of people ("police", "soldier") or as a modifier ("security", "military")."""
    return SECTOR_WORDS.get(lemma) or MODIFIER_SECTORS.get(lemma)


def person_key(name: str) -> str:
    """A name as ``KNOWN_PEOPLE`` keys it: lower case without accents ("Erdoğan" and "Erdogan" are one), the
    Turkish dotless i, which has no accent to drop, read as an i ("Yıldırım", "Yildirim")."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()
    return folded.replace("ı", "i")


def _period(span: str) -> tuple[str, str]:
    """ "1999-08-09/" -> ("1999-08-09", OPEN_END); a year alone runs from its first day or to its last."""
    start, _, end = span.partition("/")
    first_day = start if len(start) > 4 else f"{start}-01-01"
    last_day = OPEN_END if not end else end if len(end) > 4 else f"{end}-12-31"
    return first_day, last_day


def _known_people() -> dict[str, tuple[KnownPerson, ...]]:
    rows = (resources.files("newsevents.annotate") / "data" / "known_people.tsv").read_text(encoding="utf-8")
    people: dict[str, tuple[KnownPerson, ...]] = {}
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, short_forms, country, sector, spans = line.split("\t")
        person = KnownPerson(
            given_name=person_key(name.split()[0]),
            country=country or None,
            sector=sector,
            periods=tuple(sorted(_period(span) for span in spans.split())),
        )
        for key in {person_key(n) for n in (name, *short_forms.split(",")) if n}:
            if person not in people.get(key, ()):
                people[key] = (*people.get(key, ()), person)
    return people


#: Heads of state and government and other well-known office holders and leaders whom news names without a title
#: ("Putin ordered ..."): full name or short form (``person_key``) -> the people it may name (more than one where
#: a short form names several people of one country: "Bush", "Castro"; or one person held several offices).
KNOWN_PEOPLE = _known_people()


#: How many first letters tell a first name across spellings and short forms ("Sergei", "Sergej"; "Mohamed",
#: "Mohammed"; "Nick", "Nicholas").
FIRST_NAME_LETTERS = 3


def _one_given_name(name: str, other: str) -> bool:
    return name[:FIRST_NAME_LETTERS] == other[:FIRST_NAME_LETTERS]


def known_person(name: str, day: str | None) -> tuple[str | None, str | None] | None:
    """(country, sector) of the known person ``name`` names on ``day`` (the publication date), or None if it names
    none. A name "Bashar Assad" not listed whole names the person of that surname and first name (known by
    its first letters: "Mohammed Morsi" is "Mohamed Morsi"). The country is
    the one all the people the name may name share; the sector that of the one in office on ``day``, if any."""
    key = person_key(name)
    people = KNOWN_PEOPLE.get(key)
    if people is None and " " in key:
        given, surname = key.split()[0], key.split()[-1]
        people = tuple(p for p in KNOWN_PEOPLE.get(surname, ()) if _one_given_name(p.given_name, given)) or None
    if people is None:
        return None
    countries = {p.country for p in people}
    sectors = {p.sector for p in people if p.in_office(day)}
    return (countries.pop() if len(countries) == 1 else None), (sectors.pop() if len(sectors) == 1 else None)


def _state_periods() -> dict[str, list[tuple[str, str]]]:
    rows = (resources.files("newsevents.annotate") / "data" / "state_periods.tsv").read_text(encoding="utf-8")
    periods: dict[str, list[tuple[str, str]]] = {}
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            name, spans = line.split("\t")
            periods[name] = [
                (start, end or "9999") for start, _, end in (span.partition("/") for span in spans.split())
            ]
    return periods


#: Movements that held their state only for a time: name -> the (start, end) ISO dates of each period.
STATE_PERIODS = _state_periods()


def held_the_state(movement: str, day: str) -> bool:
    """Whether ``movement`` (a name of ``STATE_PERIODS``) held its state on ``day`` (an ISO date)."""
    return any(start <= day[:10] < end for start, end in STATE_PERIODS[movement])


#: Titles that precede a person's name; they become the actor's roles.
TITLE_WORDS = {
    "president",
    "minister",
    "general",
    "colonel",
    "commander",
    "gen.",
    "col.",
    "lt.",
    "sgt.",
    "gov.",
    "governor",
    "mayor",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "judge",
    "prosecutor",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "chief",
    "leader",
    "chairman",
    "chairwoman",
    "director",
    "head",
    "king",
    "queen",
    "prince",
    "sheikh",
    "ayatollah",
    "pope",
    "archbishop",
    "bishop",
    "imam",
    "lieutenant",
    "major",
    "admiral",
    "captain",
    "sergeant",
    "premier",
    "chancellor",
    "deputy",
    "mp",
    "lawmaker",
    "activist",
    "journalist",
    "officer",
    "official",
    "envoy",
    "diplomat",
    "dr.",
    "prof.",
}
