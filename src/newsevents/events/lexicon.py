"""Event triggers (verb and noun lemmas) with their PLOVER type and modes, and the ACLED crosswalk.

The crosswalk follows docs/ontology.md. Modes found from instruments in the sentence ("drone",
"car bomb") refine the trigger's own modes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from newsevents.annotate.nlp import once_per_doc, tokens_with_lemma
from newsevents.annotate.sectors import ARMED_SECTORS, MODIFIER_SECTORS, NON_STATE_ARMED_SECTORS, SECTOR_WORDS
from newsevents.record import HAPPENED_STATUSES, Actor, Event

# fmt: off
#: PLOVER's modes of each event type (the PLOVER manual, as docs/ontology.md lists them): the only modes a record
#: carries.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
            "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
        }
    ),
}  # fmt: skip
#: Modes that tell apart what ACLED codes apart and PLOVER does not: people driven from their homes (COERCE), weapons
#: made harmless (COERCE), control of a place taken with no fighting (MOBILIZE), a grenade thrown, guns fired beside
#: remote weapons, a ground operation, a victim off duty, an explosive left from a past war and one that went off as it
#: was handled (ASSAULT), a riot that broke out (PROTEST), a bomb threat (THREATEN). The ACLED crosswalk
#: reads them; the record leaves them out (``plover_modes``).
ACLED_CUE_MODES = frozenset(
    {
        "displace", "disrupt", "takeover", "grenade", "small-arms", "ground-assault", "off-duty", "bomb-threat",
        "war-remnant", "riot-outbreak", "mishap",
    }
)  # fmt: skip


def plover_modes(event_type: str, modes: list[str]) -> list[str]:
    """The modes PLOVER defines for the type, in order: what the record carries once the ACLED types are set."""
    allowed = PLOVER_MODES.get(event_type, frozenset())
    return [mode for mode in modes if mode in allowed]


#: Prepositions that aim "fire" at someone or somewhere: "fired at", "fired on", "fired into the crowd", "fired across
#: the border" (not "fired the manager").
FIRE_AIMS = {"at", "on", "upon", "towards", "toward", "into", "across"}

VERB_TRIGGERS: dict[str, tuple[str, tuple[str, ...]]] = {
    # ASSAULT
    "kill": ("ASSAULT", ()),
    "attack": ("ASSAULT", ()),
    "assault": ("ASSAULT", ()),
    "bomb": ("ASSAULT", ("explosives",)),
    "shell": ("ASSAULT", ("heavy-weapons",)),
    "bombard": ("ASSAULT", ("heavy-weapons",)),
    "shoot": ("ASSAULT", ("firearms",)),
    "gun": ("ASSAULT", ("firearms",)),
    "wound": ("ASSAULT", ()),
    "injure": ("ASSAULT", ()),
    "assassinate": ("ASSAULT", ("targeted",)),
    "murder": ("ASSAULT", ("targeted",)),
    "execute": ("ASSAULT", ("targeted",)),
    "behead": ("ASSAULT", ("targeted",)),
    "stab": ("ASSAULT", ("primitive",)),
    "hack": ("ASSAULT", ("primitive",)),
    "abduct": ("ASSAULT", ("abduct",)),
    "kidnap": ("ASSAULT", ("abduct",)),
    "torture": ("ASSAULT", ("torture",)),
    "rape": ("ASSAULT", ("sexual",)),
    "clash": ("ASSAULT", ("firearms",)),
    "ambush": ("ASSAULT", ("firearms",)),
    "storm": ("ASSAULT", ()),
    "raid": ("ASSAULT", ()),
    "strike": ("ASSAULT", ()),
    "hit": ("ASSAULT", ()),
    "destroy": ("ASSAULT", ("destroy",)),
    "torch": ("ASSAULT", ("destroy",)),
    "loot": ("ASSAULT", ("destroy",)),
    "demolish": ("ASSAULT", ("destroy",)),
    "raze": ("ASSAULT", ("destroy",)),
    "bulldoze": ("ASSAULT", ("destroy",)),
    "vandalize": ("PROTEST", ("vandalize",)),
    "vandalise": ("PROTEST", ("vandalize",)),
    "blow": ("ASSAULT", ("explosives",)),
    "detonate": ("ASSAULT", ("explosives",)),
    "explode": ("ASSAULT", ("explosives",)),
    "fight": ("ASSAULT", ("firearms",)),
    "capture": ("ASSAULT", ()),
    "recapture": ("ASSAULT", ()),
    "overrun": ("ASSAULT", ()),
    "beat": ("ASSAULT", ("beat",)),
    "lynch": ("ASSAULT", ("beat",)),
    "punch": ("ASSAULT", ("beat",)),
    "slap": ("ASSAULT", ("beat",)),
    "pelt": ("ASSAULT", ("primitive",)),
    "fire": ("ASSAULT", ("firearms",)),
    "sabotage": ("ASSAULT", ("destroy",)),
    "burn": ("ASSAULT", ("destroy",)),
    "throw": ("ASSAULT", ("primitive",)),
    "hurl": ("ASSAULT", ("primitive",)),
    # PROTEST
    "protest": ("PROTEST", ("demo",)),
    "demonstrate": ("PROTEST", ("demo",)),
    "rally": ("PROTEST", ("demo",)),
    "march": ("PROTEST", ("demo",)),
    "picket": ("PROTEST", ("demo",)),
    "riot": ("PROTEST", ("riot",)),
    "boycott": ("PROTEST", ("boycott",)),
    "gather": ("PROTEST", ("demo",)),
    "block": ("PROTEST", ("obstruct",)),
    "blockade": ("PROTEST", ("obstruct",)),
    "barricade": ("PROTEST", ("obstruct",)),
    # COERCE
    "arrest": ("COERCE", ("arrest",)),
    "detain": ("COERCE", ("arrest",)),
    "jail": ("COERCE", ("arrest",)),
    "imprison": ("COERCE", ("arrest",)),
    "deport": ("COERCE", ("deport",)),
    "seize": ("COERCE", ("seize",)),
    "confiscate": ("COERCE", ("seize",)),
    "censor": ("COERCE", ("censor",)),
    "ban": ("COERCE", ("restrict",)),
    "disperse": ("ASSAULT", ("crowd-control",)),
    "apprehend": ("COERCE", ("arrest",)),
    "displace": ("COERCE", ("displace",)),
    "evict": ("COERCE", ("displace",)),
    "force": ("COERCE", ("displace",)),
    "chase": ("COERCE", ("displace",)),
    # read by their object: weapons made harmless ("defused an IED", "shot down a drone", "seized weapons")
    "defuse": ("COERCE", ("disrupt",)),
    "deactivate": ("COERCE", ("disrupt",)),
    "intercept": ("COERCE", ("disrupt",)),
    "recover": ("COERCE", ("disrupt",)),
    # CONSULT
    "meet": ("CONSULT", ()),
    "visit": ("CONSULT", ("visit",)),
    "negotiate": ("CONSULT", ()),
    "host": ("CONSULT", ()),
    "discuss": ("CONSULT", ()),
    "phone": ("CONSULT", ("phone",)),
    "mediate": ("CONSULT", ("third-party",)),
    "telephone": ("CONSULT", ("phone",)),
    "talk": ("CONSULT", ()),
    "confer": ("CONSULT", ()),
    # AGREE / COOPERATE / SUPPORT / AID / CONCEDE
    "agree": ("AGREE", ()),
    "sign": ("AGREE", ()),
    "promise": ("AGREE", ()),
    "pledge": ("AGREE", ()),
    "cooperate": ("COOPERATE", ()),
    "collaborate": ("COOPERATE", ()),
    "support": ("SUPPORT", ()),
    "endorse": ("SUPPORT", ()),
    "praise": ("SUPPORT", ()),
    "welcome": ("SUPPORT", ()),
    "donate": ("AID", ()),
    "aid": ("AID", ()),
    "concede": ("CONCEDE", ()),
    "apologize": ("CONCEDE", ()),
    "apologise": ("CONCEDE", ()),
    "share": ("COOPERATE", ()),
    "defend": ("SUPPORT", ()),
    "accept": ("AGREE", ()),
    "back": ("SUPPORT", ()),
    "hail": ("SUPPORT", ()),
    "commend": ("SUPPORT", ()),
    "applaud": ("SUPPORT", ()),
    "pardon": ("CONCEDE", ()),
    "waive": ("CONCEDE", ()),
    "unfreeze": ("CONCEDE", ()),
    "fund": ("AID", ()),
    "finance": ("AID", ()),
    # ACCUSE
    "accuse": ("ACCUSE", ("allege",)),
    "blame": ("ACCUSE", ("allege",)),
    "condemn": ("ACCUSE", ("disapprove",)),
    "criticize": ("ACCUSE", ("disapprove",)),
    "criticise": ("ACCUSE", ("disapprove",)),
    "denounce": ("ACCUSE", ("disapprove",)),
    "investigate": ("ACCUSE", ("investigate",)),
    "probe": ("ACCUSE", ("investigate",)),
    "allege": ("ACCUSE", ("allege",)),
    "sue": ("ACCUSE", ("allege",)),
    "complain": ("ACCUSE", ("disapprove",)),
    "deplore": ("ACCUSE", ("disapprove",)),
    "decry": ("ACCUSE", ("disapprove",)),
    "censure": ("ACCUSE", ("disapprove",)),
    "rebuke": ("ACCUSE", ("disapprove",)),
    "indict": ("ACCUSE", ("allege",)),
    "prosecute": ("ACCUSE", ("allege",)),
    # REQUEST / REJECT / THREATEN
    "urge": ("REQUEST", ()),
    "demand": ("REQUEST", ()),
    "appeal": ("REQUEST", ()),
    "ask": ("REQUEST", ()),
    "request": ("REQUEST", ()),
    "seek": ("REQUEST", ()),
    "reject": ("REJECT", ()),
    "refuse": ("REJECT", ()),
    "veto": ("REJECT", ()),
    "oppose": ("REJECT", ()),
    "deny": ("REJECT", ()),
    "refute": ("REJECT", ()),
    "rebuff": ("REJECT", ()),
    "spurn": ("REJECT", ()),
    "defy": ("REJECT", ()),
    "threaten": ("THREATEN", ()),
    "warn": ("THREATEN", ()),
    # SANCTION / MOBILIZE / RETREAT
    "sanction": ("SANCTION", ()),
    "convict": ("SANCTION", ("convict",)),
    "sentence": ("SANCTION", ("convict",)),
    "expel": ("SANCTION", ("expel",)),
    "suspend": ("SANCTION", ("discontinue",)),
    "deploy": ("MOBILIZE", ("troops",)),
    "mobilize": ("MOBILIZE", ("troops",)),
    "mobilise": ("MOBILIZE", ("troops",)),
    "redeploy": ("MOBILIZE", ("troops",)),
    "withdraw": ("RETREAT", ("withdraw",)),
    "retreat": ("RETREAT", ("withdraw",)),
    "surrender": ("RETREAT", ("disarm",)),
    "cancel": ("SANCTION", ("discontinue",)),
    "outlaw": ("COERCE", ("restrict",)),
    "decline": ("REJECT", ()),
    "abuse": ("ASSAULT", ()),
    "release": ("RETREAT", ("release",)),
    "free": ("RETREAT", ("release",)),
    "resign": ("RETREAT", ("resign",)),
    "let": ("RETREAT", ("release",)),
    # read by their object or complement (statements.read_by_object)
    "provide": ("AID", ()),
    "supply": ("AID", ()),
    "send": ("AID", ()),
    "dispatch": ("AID", ()),
    "allow": ("CONCEDE", ()),
    "permit": ("CONCEDE", ()),
    "lift": ("CONCEDE", ()),
    "ease": ("CONCEDE", ()),
    "relax": ("CONCEDE", ()),
    "remove": ("CONCEDE", ()),
    "halt": ("SANCTION", ("discontinue",)),
    "end": ("SANCTION", ("discontinue",)),
    "stop": ("SANCTION", ("discontinue",)),
    "order": ("REQUEST", ()),
    "prohibit": ("COERCE", ("restrict",)),
    "commit": ("AGREE", ()),
    "call": ("REQUEST", ()),
    "move": ("MOBILIZE", ("troops",)),
    "rush": ("MOBILIZE", ("troops",)),
    "mass": ("MOBILIZE", ("troops",)),
    "amass": ("MOBILIZE", ("troops",)),
    "station": ("MOBILIZE", ("troops",)),
    "freeze": ("SANCTION", ()),
    "distribute": ("AID", ()),
    "deliver": ("AID", ()),
    "contribute": ("AID", ()),
    "cut": ("SANCTION", ("discontinue",)),
    "reduce": ("SANCTION", ("discontinue",)),
    "slash": ("SANCTION", ("discontinue",)),
    "roll": ("CONCEDE", ()),
    "charge": ("ACCUSE", ("allege",)),
    "find": ("SANCTION", ("convict",)),
    "reinforce": ("MOBILIZE", ("troops",)),
    "strengthen": ("MOBILIZE", ("troops",)),
    "hand": ("AID", ()),
    "break": ("SANCTION", ("discontinue",)),
    "pull": ("RETREAT", ("withdraw",)),
    "recall": ("SANCTION", ("withdraw",)),
    "summon": ("ACCUSE", ("disapprove",)),
    "invade": ("ASSAULT", ()),
    "pound": ("ASSAULT", ("heavy-weapons",)),
    "offer": ("AGREE", ()),
    "grant": ("AID", ()),
    "establish": ("SUPPORT", ()),
    "restore": ("SUPPORT", ()),
    "upgrade": ("SUPPORT", ()),
    "resume": ("SUPPORT", ()),
    "recognize": ("SUPPORT", ()),
    "recognise": ("SUPPORT", ()),
    "lay": ("RETREAT", ("disarm",)),
    "extradite": ("COOPERATE", ()),
    "sever": ("SANCTION", ("discontinue",)),
    "ratify": ("AGREE", ()),
    "congratulate": ("SUPPORT", ()),
    "hold": ("ASSAULT", ("abduct",)),
    "take": ("ASSAULT", ("abduct",)),
    "use": ("COERCE", ()),
    "train": ("MOBILIZE", ()),
    "violate": ("ASSAULT", ()),
    "breach": ("ASSAULT", ()),
    "give": ("CONSULT", ()),
    "extend": ("CONSULT", ()),
    "declare": ("COERCE", ("martial-law",)),
    "impose": ("COERCE", ("martial-law",)),
    "reimpose": ("COERCE", ("martial-law",)),
    "burst": ("ASSAULT", ("crowd-control",)),
    "lob": ("ASSAULT", ("crowd-control",)),
    "remand": ("COERCE", ("arrest",)),
    "pick": ("COERCE", ("arrest",)),
    "round": ("COERCE", ("arrest",)),
    "lock": ("COERCE", ("arrest",)),
    "catch": ("COERCE", ("arrest",)),
    "nab": ("COERCE", ("arrest",)),
    "book": ("COERCE", ("arrest",)),
    "lathicharge": ("ASSAULT", ("crowd-control",)),
    "lathi-charge": ("ASSAULT", ("crowd-control",)),
    "open": ("ACCUSE", ("investigate",)),
    "conduct": ("ACCUSE", ("investigate",)),
    "return": ("RETREAT", ("release",)),
    "cease": ("RETREAT", ("ceasefire",)),
    "reopen": ("CONCEDE", ()),
    "pressure": ("REQUEST", ()),
    "pressurise": ("REQUEST", ()),
    "pressurize": ("REQUEST", ()),
    "fly": ("AID", ()),
    "airlift": ("AID", ()),
    "airdrop": ("AID", ()),
    "ship": ("AID", ()),
}

#: Triggers (or their verbs) that say both sides fought: an armed clash, whoever the target is.
MUTUAL_FIGHTING = {
    "clash", "fight", "fighting", "battle", "exchange", "skirmish", "engage", "confrontation", "shootout",
    "gunfight", "firefight", "crossfire", "gunbattle",
}  # fmt: skip
#: What tells that "force" and "chase" drive people from where they live: "forced 200 families to flee", "chased away
#: farmers" (not "forced the minister to resign", "police chased the thieves").
LEAVING_VERBS = {"flee", "leave", "abandon", "evacuate", "vacate"}
DRIVEN_OUT_PARTICLES = {"away", "out", "off"}
#: How a participle of displacement describes people rather than tells an act: "displaced pastoralists" (amod),
#: "Syrians who have been displaced" (relcl), "people displaced by the war" (acl), "remain displaced" (acomp, xcomp),
#: "the displaced of the war" (a noun's roles).
PLIGHT_DEPS = {"amod", "relcl", "acl", "acomp", "xcomp", "oprd", "appos", "nsubj", "nsubjpass", "dobj", "pobj"}
#: Places whose control taken is territory: named places, and "the village", "the base", "several localities".
CONTROLLED_PLACES = {
    "territory", "village", "town", "city", "area", "locality", "district", "region", "province", "county", "base",
    "camp", "post", "outpost", "position", "checkpoint", "road", "highway", "crossing", "airport", "port", "border",
    "hill", "mountain", "neighbourhood", "neighborhood", "settlement", "east", "west", "north", "south", "part",
    "parts", "outskirts", "island", "valley", "front", "line",
}  # fmt: skip
#: Violence that drives people out as its doing ("the attacks displaced 300,000", "the war forced millions to flee"):
#: the violence is the event.
VIOLENCE_NOUNS = {
    "attack", "assault", "offensive", "fighting", "war", "conflict", "violence", "battle", "bombardment", "bombing",
    "shelling", "airstrike", "strike", "raid", "clash", "incursion", "invasion", "insurgency", "operation",
}  # fmt: skip
#: The places people live, whose leaving under force is displacement: "forced to leave their homes".
HOMES = {
    "home", "house", "village", "town", "city", "area", "land", "farm", "camp", "region", "district", "community",
    "neighbourhood", "neighborhood", "settlement", "country", "property", "hamlet", "locality",
}  # fmt: skip
#: How the side attacked answers with its own fire, which makes the attack a fight: "returned fire", "responded with
#: gunfire", "reacted with gunfire", "repelled the attack", "the attack was repulsed", "fired back".
ANSWERING_VERBS = {"respond", "react", "retaliate", "return"}
ANSWERING_FIRE = {"fire", "gunfire", "shot", "shooting"}
REPELLING_VERBS = {"repel", "repulse"}
FIRING_BACK_VERBS = {"fire", "shoot", "shell", "fight"}
#: What thrown is violence ("threw stones at the police", "hurled petrol bombs"), not "threw a party" or "threw
#: their support behind".
THROWING_VERBS = {"throw", "hurl"}
PROJECTILES = {
    "stone", "rock", "brick", "bottle", "projectile", "object", "molotov", "cocktail", "firebomb", "bomb", "grenade",
    "explosive", "device", "missile", "acid",
}  # fmt: skip
#: Prepositions of what things are thrown at: "threw stones at the police", "into a bar", "towards the soldiers".
THROWN_AT = {"at", "on", "into", "towards", "toward", "against", "inside"}
#: Of those, the ones thrown that explode: "threw a hand grenade", "threw an explosive device" (ACLED's grenade).
THROWN_EXPLOSIVES = {"grenade", "explosive", "device"}
#: How an explosive goes off by mishap, as its own side handles it, ACLED's disrupted weapons use: "accidentally
#: detonated the landmine", "an IED exploded by mistake", "was killed in a mine explosion while testing a mine".
MISHAP_ADVERBS = {"accidentally", "mistakenly", "inadvertently", "prematurely"}
MISHAP_NOUNS = {"mistake", "accident"}
BLAST_VERBS = {"detonate", "explode", "blow"}
HANDLING_VERBS = {
    "test", "plant", "assemble", "handle", "manufacture", "make", "build", "prepare", "lay", "place", "set", "take",
    "carry", "transport", "move", "defuse", "dismantle",
}  # fmt: skip
#: Verbs of violence breaking out: "riots broke out in the prison", "rioting erupted between two groups". A riot told
#: so, with no demonstration, is ACLED's mob violence; "youths rioted against the project" demonstrated.
OUTBREAK_VERBS = {"break", "erupt", "flare", "occur", "ensue"}
#: Explosives that outlive the war that left them: "a mine leftover from the Iran-Iraq war detonated", "a bomb left
#: over from the Vietnam War exploded". ACLED codes their blast as a strategic development, not remote violence.
WAR_REMNANTS = {"mine", "landmine", "bomb", "shell", "ordnance", "explosive", "munition", "grenade", "rocket"}
#: Verbs whose object, when it is a weapon, is made harmless or taken (ACLED's disrupted weapons use): "defused an
#: IED", "intercepted a drone", "shot down a drone", "destroyed three IEDs", "seized a cache of weapons".
DISRUPTING_VERBS = {"defuse", "deactivate", "intercept", "recover", "shoot", "destroy", "seize", "confiscate"}
#: Weapons that can be made harmless before they are used (not a tank or a plane, whose destruction is combat).
DISRUPTED_WEAPONS = {
    "ied", "mine", "landmine", "bomb", "explosive", "drone", "uav", "missile", "rocket", "grenade", "weapon",
    "ammunition", "ammunitions", "arm", "arms", "firearm", "rifle", "gun", "munition", "shell",
}  # fmt: skip
#: Money given, by the head word of what is given: "provided $400 million", "sent €3.5 million", "provided funding".
MONEY_WORDS = {"money", "dollar", "euro", "million", "billion", "$", "€", "£", "funding", "financing"}
#: What is given when a country or agency sends, provides or supplies it: aid (PLOVER AID: money, goods,
#: military aid such as arms or training, and humanitarian aid such as shelter or asylum).
AID_OBJECTS = MONEY_WORDS | {
    "aid", "arm", "arms", "weapon", "medicine", "food", "supply", "assistance", "equipment", "material",
    "grant", "loan", "fund", "relief", "ammunition", "vaccine", "grain", "fuel", "tent", "blanket",
    "training", "support", "asylum", "shelter", "refuge", "firearm",
}  # fmt: skip
#: Charges someone puts to another: what answers them is aimed at whoever put them, what denies them is a statement.
CHARGE_NOUNS = {"accusation", "allegation", "charge"}
#: Who is sent to look into something: an investigation.
INSPECTORS = {"inspector", "investigator", "monitor", "observer", "expert"}
#: Envoys whose recall is a sanction.
ENVOYS = {"ambassador", "envoy", "diplomat", "diplomats", "consul", "chargé"}
#: Restrictions whose lifting or easing is a concession, and sieges whose lifting is a retreat (CAMEO 081 / 085).
RESTRICTIONS = {
    "restriction",
    "ban",
    "sanction",
    "curfew",
    "embargo",
    "emergency",
    "censorship",
    "limit",
    "control",
    "freeze",
    "law",
    "rule",
    "curb",
    "tariff",
    "duty",
    "quota",
    "lockdown",
    "quarantine",
    "boycott",
}
SIEGES = {"blockade", "siege", "cordon", "closure"}
#: Dealings whose halting is a sanction (discontinued relations, aid or talks).
DEALINGS = {
    "talk",
    "talks",
    "mediation",
    "negotiation",
    "aid",
    "cooperation",
    "relation",
    "tie",
    "support",
    "assistance",
    "dialogue",
    "contact",
    "link",
    "flight",
    "trade",
    "import",
    "export",
    "program",
    "programme",
    "exchange",
}

NOUN_TRIGGERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "attack": ("ASSAULT", ()),
    "assault": ("ASSAULT", ()),
    "strike": ("ASSAULT", ()),
    "airstrike": ("ASSAULT", ("aerial",)),
    "bombing": ("ASSAULT", ("explosives",)),
    "explosion": ("ASSAULT", ("explosives",)),
    "blast": ("ASSAULT", ("explosives",)),
    "shelling": ("ASSAULT", ("heavy-weapons",)),
    "clash": ("ASSAULT", ("firearms",)),
    "bombardment": ("ASSAULT", ("heavy-weapons",)),
    "ambush": ("ASSAULT", ("firearms",)),
    "assassination": ("ASSAULT", ("targeted",)),
    "killing": ("ASSAULT", ()),
    "massacre": ("ASSAULT", ()),
    "shooting": ("ASSAULT", ("firearms",)),
    "kidnapping": ("ASSAULT", ("abduct",)),
    "abduction": ("ASSAULT", ("abduct",)),
    "raid": ("ASSAULT", ()),
    "offensive": ("ASSAULT", ()),
    "battle": ("ASSAULT", ("firearms",)),
    "protest": ("PROTEST", ("demo",)),
    "demonstration": ("PROTEST", ("demo",)),
    "rally": ("PROTEST", ("demo",)),
    "riot": ("PROTEST", ("riot",)),
    "sit-in": ("PROTEST", ("demo",)),
    "boycott": ("PROTEST", ("boycott",)),
    "march": ("PROTEST", ("demo",)),
    "picket": ("PROTEST", ("demo",)),
    "vigil": ("PROTEST", ("demo",)),
    "fighting": ("ASSAULT", ("firearms",)),
    "shootout": ("ASSAULT", ("firearms",)),
    "gunfight": ("ASSAULT", ("firearms",)),
    "firefight": ("ASSAULT", ("firearms",)),
    "gunbattle": ("ASSAULT", ("firearms",)),
    "skirmish": ("ASSAULT", ("firearms",)),
    "firing": ("ASSAULT", ("firearms",)),
    "arrest": ("COERCE", ("arrest",)),
    "detention": ("COERCE", ("arrest",)),
    "curfew": ("COERCE", ("curfew",)),
    "talk": ("CONSULT", ()),
    "meeting": ("CONSULT", ()),
    "summit": ("CONSULT", ("multilateral",)),
    "mediation": ("CONSULT", ("third-party",)),
    "consensus": ("AGREE", ()),
    "aid": ("AID", ()),
    "assistance": ("AID", ()),
    "donation": ("AID", ()),
    "invasion": ("ASSAULT", ()),
    "incursion": ("ASSAULT", ()),
    "suspension": ("SANCTION", ("discontinue",)),
    "visit": ("CONSULT", ("visit",)),
    "negotiation": ("CONSULT", ()),
    "ceasefire": ("RETREAT", ("ceasefire",)),
    "truce": ("RETREAT", ("ceasefire",)),
    "cessation": ("RETREAT", ("ceasefire",)),
    "agreement": ("AGREE", ()),
    "deal": ("AGREE", ()),
    "accord": ("AGREE", ()),
    "sanction": ("SANCTION", ()),
    "withdrawal": ("RETREAT", ("withdraw",)),
    "resignation": ("RETREAT", ("resign",)),
    "deployment": ("MOBILIZE", ("troops",)),
    "demand": ("REQUEST", ()),
    "appeal": ("REQUEST", ()),
    "threat": ("THREATEN", ()),
    "warning": ("THREATEN", ()),
    "ultimatum": ("THREATEN", ()),
    "deadline": ("THREATEN", ()),  # only one handed to a party (``triggers._deadline_given``)
    "accusation": ("ACCUSE", ("allege",)),
    "criticism": ("ACCUSE", ("disapprove",)),
    "condemnation": ("ACCUSE", ("disapprove",)),
    "investigation": ("ACCUSE", ("investigate",)),
    "inquiry": ("ACCUSE", ("investigate",)),
    "probe": ("ACCUSE", ("investigate",)),
    "apology": ("CONCEDE", ()),
    "grant": ("AID", ()),
    "loan": ("AID", ()),
    "patrol": ("MOBILIZE", ()),
    "cleansing": ("ASSAULT", ()),
    "refusal": ("REJECT", ()),
    "rejection": ("REJECT", ()),
    "denial": ("REJECT", ()),
    "pledge": ("AGREE", ()),
    "promise": ("AGREE", ()),
    "pardon": ("CONCEDE", ()),
    "amnesty": ("CONCEDE", ()),
    "allegation": ("ACCUSE", ("allege",)),
    "lawsuit": ("ACCUSE", ("allege",)),
    "complaint": ("ACCUSE", ("disapprove",)),
    "embargo": ("SANCTION", ()),
    "support": ("SUPPORT", ()),
    "praise": ("SUPPORT", ()),
    "torture": ("ASSAULT", ("torture",)),
    "beheading": ("ASSAULT", ("targeted",)),
    "looting": ("ASSAULT", ("destroy",)),
    "rioting": ("PROTEST", ("riot",)),
    "deportation": ("COERCE", ("deport",)),
    "expulsion": ("SANCTION", ("expel",)),
    "release": ("RETREAT", ("release",)),
    "alert": ("MOBILIZE", ()),
    "discussion": ("CONSULT", ()),
    "warfare": ("ASSAULT", ()),
    # a suspect handed over to another state's courts: judicial cooperation (CAMEO 063, PLOVER COOPERATE)
    "extradition": ("COOPERATE", ()),
}

#: Instruments named in the sentence and the ASSAULT mode they imply (longest first when matching).
WEAPONS: dict[str, str] = {
    "car bomb": "explosives",
    "suicide bomber": "suicide-attack",
    "suicide bombing": "suicide-attack",
    "suicide attack": "suicide-attack",
    "roadside bomb": "explosives",
    "improvised explosive device": "explosives",
    "ied": "explosives",
    "landmine": "explosives",
    "mine": "explosives",
    "grenade": "explosives",
    "grenades": "explosives",
    "rifle grenade": "explosives",
    "rifle grenades": "explosives",
    "grenade launcher": "explosives",
    "grenade launchers": "explosives",
    "rocket-propelled grenade": "heavy-weapons",
    "rocket-propelled grenades": "heavy-weapons",
    "rocket propelled grenade": "heavy-weapons",
    "rocket propelled grenades": "heavy-weapons",
    "bomb": "explosives",
    "explosive": "explosives",
    "explosives": "explosives",
    "drone": "drone",
    "drones": "drone",
    "uav": "drone",
    "airstrike": "aerial",
    "air strike": "aerial",
    "airstrikes": "aerial",
    "air strikes": "aerial",
    "air raid": "aerial",
    "air raids": "aerial",
    "air attack": "aerial",
    "air attacks": "aerial",
    "aerial attack": "aerial",
    "aerial attacks": "aerial",
    "aerial bombardment": "aerial",
    "aerial bombardments": "aerial",
    "warplane": "aerial",
    "warplanes": "aerial",
    "jet": "aerial",
    "jets": "aerial",
    "helicopter": "aerial",
    "missile": "heavy-weapons",
    "missiles": "heavy-weapons",
    "rocket": "heavy-weapons",
    "rockets": "heavy-weapons",
    "artillery": "heavy-weapons",
    "mortar": "heavy-weapons",
    "mortars": "heavy-weapons",
    "shell": "heavy-weapons",
    "shells": "heavy-weapons",
    "tank": "heavy-weapons",
    "gun": "firearms",
    "guns": "firearms",
    "machine gun": "firearms",
    "machine guns": "firearms",
    "small arms": "firearms",
    "firearms": "firearms",
    "heavy guns": "heavy-weapons",
    "heavy weapons": "heavy-weapons",
    "gunfire": "firearms",
    "rifle": "firearms",
    "rifles": "firearms",
    "gunmen": "firearms",
    "gunman": "firearms",
    "bullet": "firearms",
    "bullets": "firearms",
    "knife": "primitive",
    "knives": "primitive",
    "machete": "primitive",
    "machetes": "primitive",
    "axe": "primitive",
    "stones": "primitive",
    "sticks": "primitive",
    "tear gas": "crowd-control",
    "stun grenade": "crowd-control",
    "stun grenades": "crowd-control",
    "rubber bullets": "crowd-control",
    "water cannon": "crowd-control",
    "teargas": "crowd-control",
    "tear-gas": "crowd-control",
    "tear gas shells": "crowd-control",
    "teargas shells": "crowd-control",
    "tear-gas shells": "crowd-control",
    "chemical weapon": "unconventional",
    "chemical weapons": "unconventional",
    "sarin": "unconventional",
    "chlorine": "unconventional",
}

#: Weapon words of guns fired, apart from the attackers they name ("gunmen"): told with a bomb or a shell against an
#: armed side ("an IED and gunfire against an army convoy", "attacked the soldiers with small arms fire and an IED"),
#: they tell fighting at close range, ACLED's armed clash, not one-sided remote violence.
SMALL_ARMS = {
    "gun", "guns", "gunfire", "rifle", "rifles", "bullet", "bullets", "machine gun", "machine guns", "small arms",
    "firearms",
}  # fmt: skip
#: Weapon words of a grenade thrown or fired by hand ("a grenade attack", "attacked the police with hand grenades"),
#: ACLED's grenade; not one fired from a launcher or a rifle, which the longer weapon words take.
HAND_GRENADES = {"grenade", "grenades"}
#: A ground operation told with air strikes or shelling ("carried out artillery strikes and ground operations", "a
#: combined air-ground operation"): troops fought on the ground, ACLED's armed clash.
GROUND_ASSAULTS = {
    "ground operation", "ground operations", "ground offensive", "ground assault", "ground incursion", "air-ground",
}  # fmt: skip

#: Weapon words for what carries weapons, which an attack may be aimed at ("opened fire at a helicopter", "attacked an
#: army tank": the attack's aim, not its means).
WEAPON_PLATFORMS = {"helicopter", "jet", "jets", "warplane", "warplanes", "drone", "drones", "uav", "tank"}
#: Prepositions of what an attack is aimed at: "fired at a helicopter", "opened fire on a tank".
AIMED_AT = {"at", "on", "upon", "towards", "toward", "against"}
#: Verbs whose object is what an attack hit: "attacked a helicopter", "targeted a tank", "a helicopter was hit".
STRIKING_VERBS = {"attack", "target", "hit", "strike", "ambush", "damage", "destroy", "shoot"}
#: Nouns a weapon word only names the kind of, people or gear, no weapon used: "an explosives expert", "IED planters",
#: "a drone team", "a tank crew", "a helicopter pilot", "mine workers", "IED components".
WEAPON_TRADES = {
    "expert", "planter", "maker", "team", "unit", "squad", "crew", "pilot", "operator", "specialist", "technician",
    "worker", "factory", "workshop", "component", "part",
}  # fmt: skip

#: Objects hit by an attack, kept as ``physical_targets``.
PHYSICAL_TARGETS = (
    "fuel depot",
    "oil depot",
    "power plant",
    "power station",
    "substation",
    "bridge",
    "hospital",
    "school",
    "market",
    "mosque",
    "church",
    "checkpoint",
    "convoy",
    "vehicle",
    "car",
    "bus",
    "train",
    "airport",
    "port",
    "refinery",
    "pipeline",
    "embassy",
    "police station",
    "military base",
    "base",
    "building",
    "apartment block",
    "residential building",
    "house",
    "home",
    "office",
    "headquarters",
    "warehouse",
    "factory",
    "dam",
    "camp",
    "village",
)
# fmt: on

#: Sentence words that add a context to the event.
CONTEXT_WORDS: dict[str, str] = {
    "military": "military",
    "army": "military",
    "troops": "military",
    "soldier": "military",
    "soldiers": "military",
    "general": "military",
    "election": "election",
    "vote": "election",
    "parliament": "legislative",
    "court": "legal",
    "judge": "legal",
    "terrorist": "terrorism",
    "terrorism": "terrorism",
    "jihadist": "terrorism",
    "refugees": "migration",
    "migrants": "migration",
    "border": "territory",
    "territory": "territory",
    "corruption": "corruption",
    "drug": "illegal_drugs",
    "cartel": "illegal_drugs",
    "hospital": "health",
    "covid": "health",
    "cyber": "cyber",
    "hack": "cyber",
    "diplomat": "diplomatic",
    "embassy": "diplomatic",
    "sanctions": "economic",
    "intelligence": "intelligence",
    "peacekeepers": "peacekeeping",
    "protesters": "repression",
    "journalist": "rights_freedoms",
}


MOB_VIOLENCE = "Mob violence"
#: Nouns for a crowd of civilians (as the actor's name ends): ACLED's mob violence is a crowd's, its rioters are
#: people acting together on the spot, not members of an organised group ("members of a gang", "armed individuals").
CROWD_NOUNS = {
    "mob", "crowd", "people", "persons", "locals", "residents", "villagers", "relatives", "youths", "rioters",
    "settlers", "supporters", "neighbours", "neighbors", "mourners", "bystanders", "onlookers", "passers-by",
}  # fmt: skip
#: Sectors of people who riot as a crowd: civilians, and civilians named by their plight or trade ("migrants",
#: "students", "workers"). Not farmers and herders, whose violence ACLED often codes as a communal militia's.
CROWD_SECTORS = {"CVL", "REF", "EDU", "LAB"}
#: Sectors of people outside any armed group, who may fight but not in an armed clash (``_civilians_fought``).
UNARMED_SIDES = CROWD_SECTORS | {"AGR", "SOC", "PTY", "OPP", "JRN", "REL", "MED", "BUS"}
#: Nouns for one person: "a man beat a refugee" is one person's attack, not a mob's.
ONE_PERSON_NOUNS = {
    "man", "woman", "person", "individual", "boy", "girl", "teenager", "youth", "motorist", "driver", "resident",
    "villager", "neighbour", "neighbor", "assailant", "attacker", "husband", "wife", "father", "son", "brother",
}  # fmt: skip
#: Nouns for the members of an organised group, who act as its members, not as a crowd.
MEMBER_NOUNS = {"member", "members", "cadre", "cadres", "operative", "operatives"}
REMOTE = "Explosions/Remote violence"
VIOLENT_DEMONSTRATION = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
PROTEST_WITH_INTERVENTION = {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
EXCESSIVE_FORCE = {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"}
ARRESTS = {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
ABDUCTION = {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance"}
#: Modes that say an attacker bore arms: people who "opened fire" or "threw a grenade" are an armed force.
ARMED_MODES = {"firearms", "explosives"}
#: Nouns that name one or a few people without saying who they are: "two individuals opened fire"; not "people" or
#: "persons", which name a crowd (ACLED's rioters where it turns violent).
UNNAMED_PEOPLE_NOUNS = {"individual", "individuals", "man", "men", "person"}


def acled_type(
    event_type: str,
    modes: list[str],
    sector_of_target: str | None,
    *,
    actor_sector: str | None = None,
    mutual: bool = False,
    harmed: bool = False,
    lone: bool = False,
) -> dict[str, str] | None:
    """ACLED event_type / sub_event_type for a PLOVER event, per the ontology crosswalk.

    ``mutual``: the text says both sides fought ("clashed", "fighting broke out", "exchanged shelling"): an armed
    clash, even with heavy weapons or bombs, since ACLED's remote violence is one-sided.
    ``harmed``: people were killed or injured, so destruction was also an attack on them.
    ``lone``: the actor is one person or the members of an organised group, not a mob.
    """
    mode_set = set(modes)
    if event_type == "ASSAULT" and "war-remnant" in mode_set:  # no one fought: a past war's mine went off
        return {"event_type": "Strategic developments", "sub_event_type": "Other"}
    if event_type == "ASSAULT" and {"mishap", "explosives"} <= mode_set:  # blown up as its own side handled it
        return {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}
    if event_type == "ASSAULT":
        mutual = mutual or _fought_at_close_range(mode_set, sector_of_target)
        if "off-duty" in mode_set and sector_of_target in ARMED_SECTORS:
            sector_of_target = "CVL"  # security forces off duty are civilians to ACLED
        return _acled_assault(mode_set, sector_of_target, actor_sector if not lone else None, mutual, harmed)
    if event_type == "PROTEST" and "riot-outbreak" in mode_set:  # no demonstration told: a mob's violence
        return {"event_type": "Riots", "sub_event_type": MOB_VIOLENCE}
    if event_type == "PROTEST":
        if mode_set & {"riot", "vandalize"}:
            return VIOLENT_DEMONSTRATION
        return {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    if event_type == "COERCE" and "arrest" in mode_set:  # ACLED's arrests are the authorities'; others abduct
        return ABDUCTION if actor_sector in NON_STATE_ARMED_SECTORS else ARRESTS
    if event_type == "COERCE" and "displace" in mode_set:  # people driven from their homes or land
        return {"event_type": "Strategic developments", "sub_event_type": "Other"}
    if event_type == "COERCE" and "curfew" in mode_set:  # a curfew imposed or extended: how the authorities act
        return {"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}
    if event_type == "COERCE" and "disrupt" in mode_set:
        return {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}
    if event_type == "COERCE" and "seize" in mode_set:
        return {"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}
    if event_type == "THREATEN" and "bomb-threat" in mode_set:  # a bomb threat: a development, no violence done
        return {"event_type": "Strategic developments", "sub_event_type": "Other"}
    if event_type == "AGREE" or (event_type == "RETREAT" and mode_set & {"ceasefire", "disarm"}):  # a surrender too
        return {"event_type": "Strategic developments", "sub_event_type": "Agreement"}
    if event_type == "MOBILIZE" and "takeover" in mode_set:  # control taken with no fighting told
        return {"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"}
    if event_type == "MOBILIZE":  # deployments and patrols: ACLED's base established is a base set up, not forces sent
        return {"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}
    if event_type == "RETREAT" and "withdraw" in mode_set:
        return {"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"}
    return None


def _acled_assault(
    modes: set[str], sector_of_target: str | None, actor_sector: str | None, mutual: bool, harmed: bool
) -> dict[str, str]:
    remote = None if mutual else _acled_remote(modes)  # both sides fought: a clash, whatever the weapons
    if remote:
        return remote
    if "crowd-control" in modes:
        return PROTEST_WITH_INTERVENTION
    if "sexual" in modes:
        return {"event_type": "Violence against civilians", "sub_event_type": "Sexual violence"}
    if "abduct" in modes:
        return ABDUCTION
    if actor_sector in CROWD_SECTORS:  # violence by a crowd, whoever it hits, is a riot
        return {"event_type": "Riots", "sub_event_type": MOB_VIOLENCE}
    if mutual and _civilians_fought(actor_sector, sector_of_target):
        return {"event_type": "Riots", "sub_event_type": MOB_VIOLENCE}
    if mutual or sector_of_target in ARMED_SECTORS:
        return {"event_type": "Battles", "sub_event_type": "Armed clash"}
    if "destroy" in modes and not harmed:  # "razed Palestinian-owned land": the owners' property, not them
        return {"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}
    return {"event_type": "Violence against civilians", "sub_event_type": "Attack"}


def _fought_at_close_range(modes: set[str], sector_of_target: str | None) -> bool:
    """Remote weapons used with a ground operation, or with guns against an armed side (``GROUND_ASSAULTS``,
    ``SMALL_ARMS``): both sides fought, whatever the weapons."""
    if _acled_remote(modes) is None:
        return False
    return "ground-assault" in modes or ("small-arms" in modes and sector_of_target in ARMED_SECTORS)


def _civilians_fought(*sides: str | None) -> bool:
    """Whether a fight had people outside any armed group on a side and no armed group outside the state on either
    ("members of two parties clashed", "a farmer and two pastoralists clashed with machetes", "police clashed with
    citizens demonstrating"): ACLED's armed clash is fought by organised armed groups, a brawl or a fight with the
    police is a riot. The first side (the actor) must be known: where only the one hurt is ("a shoot-out was
    reported; a man was shot"), who fought is untold."""
    if sides[0] in {None, "UNK"}:
        return False
    return any(side in UNARMED_SIDES for side in sides) and not any(side in NON_STATE_ARMED_SECTORS for side in sides)


def is_crowd(actor: Actor | None) -> bool:
    """A crowd of civilians: "locals", "a group of villagers", "a mob of 20-25 people"."""
    return actor is not None and actor.sector == "CVL" and _head_word(actor.name) in CROWD_NOUNS


def is_no_mob(actor: Actor | None) -> bool:
    """An actor that cannot be a mob: one person, or members of an organised group ("IS members", "members of a drug
    trafficking group", "a TLP member"), whose violence ACLED codes as the group's attack or clash, not as rioting.
    Members of a community ("Somali community members", "members of the Russian community") can be one."""
    if is_one_person(actor):
        return True
    return actor is not None and _head_word(actor.name) in MEMBER_NOUNS and not _of_a_community(actor.name)


def _of_a_community(name: str) -> bool:
    return bool({"community", "communities"} & set(name.lower().split()))


def is_one_person(actor: Actor | None) -> bool:
    """One person, named or not: "a man", "the driver", "John Smith"."""
    return actor is not None and (actor.kind == "person" or _head_word(actor.name) in ONE_PERSON_NOUNS)


def _head_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def _acled_remote(modes: set[str]) -> dict[str, str] | None:
    if "suicide-attack" in modes:
        return {"event_type": REMOTE, "sub_event_type": "Suicide bomb"}
    if modes & {"aerial", "drone"}:
        return {"event_type": REMOTE, "sub_event_type": "Air/drone strike"}
    if "heavy-weapons" in modes:
        return {"event_type": REMOTE, "sub_event_type": "Shelling/artillery/missile attack"}
    if "grenade" in modes:
        return {"event_type": REMOTE, "sub_event_type": "Grenade"}
    if "unconventional" in modes:
        return {"event_type": REMOTE, "sub_event_type": "Chemical weapon"}
    if "explosives" in modes:
        return {"event_type": REMOTE, "sub_event_type": "Remote explosive/landmine/IED"}
    return None


def refine_acled(
    events: list[Event],
    sector_of: Callable[[str | None], str | None],
    doc: Doc,
    grievances: Collection[int] = (),
    actor_of: Callable[[str | None], Actor | None] = lambda _actor_id: None,
) -> None:
    """Article-level ACLED decisions that no single trigger can make.

    ACLED codes a demonstration once, qualified by what happened around it: violence by the crowd makes
    it a violent demonstration (Riots), and so do burning tyres or debris, barricades, missiles thrown, a fight told
    as what happened and "rioters" in ``doc``; arrests or crowd control by the authorities, or protesters beaten by
    anyone, make it a protest with intervention (out-of-fold ACLED train, with the holds in ``acled``: +10 sub-type
    and +7 type notes for missiles, force on the crowd and fights, none lost; dev unchanged). The crowd's violence is
    then the demonstration's, not mob violence apart from it ("burnt tyres to demonstrate", "protesters set fire to").
    Only what happened counts, and not the ``grievances`` (ids of events told only as what the protest is about:
    "protested over the arrests of teachers"), nor violence by one person (``actor_of``: an actor id's actor), which a
    crowd does not do ("relatives of a man who was shot by a neighbour protested").
    """
    around = [e for e in events if id(e) not in grievances and e.status in HAPPENED_STATUSES]
    protests = [e for e in around if e.type == "PROTEST" and e.acled and e.acled["event_type"] == "Protests"]
    if not protests:
        return
    rioting = [e for e in around if _crowd_violence(e, sector_of) and not is_one_person(actor_of(e.actor))]
    crowd = [e for e in rioting if e.type == "ASSAULT"]
    violent = (
        street_violence_told(doc)
        or missiles_thrown(doc)
        or fighting_told(doc)
        or bool(tokens_with_lemma(doc, {"rioter"}))
    )
    if violent or rioting:
        new, qualified = VIOLENT_DEMONSTRATION, protests + crowd
    elif any(_intervention(e) for e in around) or _authorities_intervene(doc) or force_used_on_a_crowd(doc):
        lethal = _lives_taken(around, sector_of, after=protests[0].evidence[0].end)
        new, qualified = EXCESSIVE_FORCE if lethal else PROTEST_WITH_INTERVENTION, protests
    else:
        return
    for event in qualified:
        event.acled = dict(new)


def street_violence_told(doc: Doc) -> bool:
    """Tyres or debris burned, or barricades raised on the street: the marks of a violent demonstration, whoever the
    text names as doing it (worked out once per document)."""
    return once_per_doc(doc, "street_violence", _street_violence)


def _street_violence(doc: Doc) -> bool:
    return _burns_street_fuel(doc) or _raises_barricades(doc) or _blocks_with_barricades(doc) or _barricades_a_way(doc)


#: What protesters burn on the street: "burning tyres", "set obstacles on fire", "burning debris".
STREET_FUEL = {"tire", "tyre", "debris", "obstacle", "garbage", "rubbish", "trash", "dumpster", "barricade"}
FIRE_WORDS = {"burn", "burning", "torch", "fire", "ablaze", "alight"}


def _burns_street_fuel(doc: Doc) -> bool:
    """Tyres, debris or barricades set on fire: ACLED's mark of a violent demonstration."""
    for token in tokens_with_lemma(doc, STREET_FUEL):
        near = {token.head.lemma_.lower(), *(c.lemma_.lower() for c in token.children)}
        if near & FIRE_WORDS:
            return True
        if token.head.lemma_.lower() == "set" and any(t.lower_ in FIRE_WORDS for t in token.head.subtree):
            return True
    return False


def _raises_barricades(doc: Doc) -> bool:
    """Barricades put up on the street ("erected barricades", "used rocks as barricades"): ACLED's violent
    demonstration blocks roads with them; the authorities' own barricades ("police set up barricades") do not count."""
    for token in tokens_with_lemma(doc, {"barricade"}):
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if token.pos_ != "NOUN" or verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or SECTOR_WORDS.get(subject.lemma_.lower()) not in ARMED_SECTORS:
            return True
    return False


#: What a road is blocked with when it is barricaded: "blocked the road with tyres", "used tree logs to block".
BARRICADE_MATERIALS = {
    "tire", "tyre", "log", "trunk", "stump", "branch", "stone", "rock", "boulder", "sandbag", "wood", "bench", "table",
    "debris", "stick", "barricade", "barrel", "brick",
}  # fmt: skip


def _blocks_with_barricades(doc: Doc) -> bool:
    """A road blocked with things piled on it ("blocked the road with tree trunks and rocks", "used tree stumps to
    barricade a road", "blocked the road with piles of stones"): ACLED's barricades; not one blocked with vehicles or
    bodies ("blocked with their trucks")."""
    for verb in tokens_with_lemma(doc, {"block", "barricade"}):
        if verb.pos_ != "VERB":
            continue
        used = verb.head if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() == "use" else None
        holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))  # "blocked [the road with tyres]"
        things = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        things += [o for o in (used.children if used is not None else ()) if o.dep_ == "dobj"]
        things += [o for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        materials = {w.lemma_.lower() for t in things for w in (t, *t.conjuncts)}
        if materials & BARRICADE_MATERIALS:
            return True
    return False


def _barricades_a_way(doc: Doc) -> bool:
    """A road or a way barricaded ("residents barricaded the roads", "the highway was barricaded"): ACLED's violent
    demonstration (out-of-fold train +1, dev unchanged); not by the police or the army, nor someone
    barricading himself in ("the gunman barricaded himself inside")."""
    for verb in tokens_with_lemma(doc, {"barricade"}):
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not objects or any(o.lower_.endswith(("self", "selves")) for o in objects):
            continue
        if subject is None or SECTOR_WORDS.get(subject.lemma_.lower()) not in ARMED_SECTORS:
            return True
    return False


#: What the authorities do to a protest when they intervene: "police intervened", "broke up the protest", "removed
#: activists", "stopped the protesters", "blocked the march".
INTERVENING_VERBS = {"intervene", "interrupt", "impede", "remove", "stop", "block", "prevent", "push", "break"}
#: What such verbs act on when they act on a protest.
PROTEST_WORDS = {
    "protest", "protester", "protestor", "demonstration", "demonstrator", "march", "marcher", "rally", "activist",
    "participant", "crowd", "caravan", "sit-in", "gathering",
}  # fmt: skip
#: The authorities' armed forces: who block or gather as no crowd does, and who arrest where anyone may "pick up".
AUTHORITY_SECTORS = {"COP", "MIL"}


def _authorities_intervene(doc: Doc) -> bool:
    """The police or army intervene in a protest ("Police intervened", "police broke up the protest", "the march was
    impeded by police forces"): ACLED's protest with intervention, as arrests or tear gas are."""
    for verb in tokens_with_lemma(doc, INTERVENING_VERBS):
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(_authority(d) for d in _named_doers(verb)):
            continue
        if _acts_on_a_protest(verb):
            return True
    return False


def _authority(noun: Token) -> bool:
    """ "police", "police forces", "security forces", "security agents", "the army": the authorities' armed forces."""
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    if SECTOR_WORDS.get(noun.lemma_.lower()) in AUTHORITY_SECTORS:
        return True
    return any(
        (SECTOR_WORDS.get(w.lemma_.lower()) or MODIFIER_SECTORS.get(w.lower_)) in AUTHORITY_SECTORS for w in modifiers
    )


def _acts_on_a_protest(verb: Token) -> bool:
    """The verb's object (or passive subject, or what an "of" phrase of it names) is a protest or its people; for
    "intervene", what it intervenes in, if it says ("intervened in the protest", not "in the conflict")."""
    if verb.lemma_.lower() == "intervene":
        scenes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for o in p.children]
        return not scenes or any(o.lemma_.lower() in PROTEST_WORDS for o in scenes)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [o for t in objects for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.lemma_.lower() in PROTEST_WORDS for o in objects)


def _crowd_violence(event: Event, sector_of: Callable[[str | None], str | None]) -> bool:
    """A crowd's violence: a riot, vandalism, violence by a crowd, or a fight a crowd had with anyone ("police
    clashed with citizens demonstrating": mob violence by the sides, ``_civilians_fought``); not crowd control, which
    no crowd does ("took them away in buses to disperse them", where the parse gives it the crowd)."""
    if event.type == "PROTEST":
        return bool({"riot", "vandalize"} & set(event.modes))
    if "crowd-control" in event.modes:
        return False
    crowd_fought = event.acled is not None and event.acled["sub_event_type"] == MOB_VIOLENCE
    return event.type == "ASSAULT" and (sector_of(event.actor) in CROWD_SECTORS or crowd_fought)


def _lives_taken(around: list[Event], sector_of: Callable[[str | None], str | None], after: int) -> bool:
    """Someone was killed where the authorities met a peaceful protest, by them or by no one named ("Police fired live
    bullets. A protester was killed."): ACLED's excessive force against protesters, lethal force used on them. The
    killing is told after the protest's sentence (character offset ``after``), as what came of it: one told with
    the protest is what it was about ("gathered to protest the death of a man who was killed by the police")."""
    killings = (e for e in around if e.type == "ASSAULT" and e.fatalities and e.evidence[0].start >= after)
    return any(sector_of(e.actor) in AUTHORITY_SECTORS | {None, "UNK"} for e in killings)


def _intervention(event: Event) -> bool:
    return (event.type == "COERCE" and "arrest" in event.modes) or "crowd-control" in event.modes


#: Verbs that carry an event noun: their subject performs the event their object names ("staged a protest",
#: "launched an attack"); not opinion verbs ("defended the arrests", "condemned the attack"), whose subject only talks
#: about it.
LIGHT_VERBS = {
    "stage",
    "hold",
    "launch",
    "carry",
    "conduct",
    "mount",
    "lead",
    "organise",
    "organize",
    "join",
    "take",
    "start",
    "begin",
    "continue",
    "commit",
    "perpetrate",
    "unleash",
    "wage",
    "attend",
    "participate",
    "make",
    "resume",
    "step",
    "intensify",
    "escalate",
    "sign",
    "reach",
    "strike",
    "announce",
    "impose",
    "reimpose",
    "declare",
    "renew",
    "undertake",
    "resort",
    "pay",
    "give",
    "offer",
    "open",
    "initiate",
    "complete",
    "speed",
    "call",
    "order",
    "express",
    "voice",
    "lodge",
    "file",
    "issue",
    "deliver",
    "submit",
    "extend",
    "authorize",
    "authorise",
    "approve",
}
#: Light verbs of sanction, which carry only their direct object: "approved the deployment", not "approved of the
#: strikes" (an opinion of them).
APPROVING_VERBS = {"authorize", "authorise", "approve"}
LIGHT_VERB_FORMS = {
    form
    for verb in LIGHT_VERBS
    for form in (verb + "s", verb + "d" if verb.endswith("e") else verb + "ed", verb.removesuffix("e") + "ing")
}


def is_light_verb(verb: Token) -> bool:
    """By lemma, or by regular inflection where the small model's lemma is off ("staged" -> "stag")."""
    return verb.lemma_.lower() in LIGHT_VERBS or verb.lower_ in LIGHT_VERB_FORMS


#: Verbs that bring a case: "launched legal action against", "brought legal action against". Some light verbs, and
#: two that carry no other event noun ("bring", "pursue").
LEGAL_ACTION_VERBS = {"launch", "take", "file", "initiate", "bring", "start", "begin", "pursue"}
#: Words that say forces keep the peace: "a peacekeeping mission", "UN peacekeepers".
PEACEKEEPING_WORDS = {"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"}

#: Verbs by which a party quits an agreement it is in, its object: "quit the pact", "scrapped the agreement".
AGREEMENT_QUITTING_VERBS = {"quit", "exit", "scrap", "ditch", "repudiate"}
#: Verbs by which a party leaves an agreement through a preposition: "reneged on the accord", "withdrew from the
#: treaty", "pulled out of the deal", "backed out of", "walked away from" (not "backed the deal").
AGREEMENT_LEAVING_VERBS = {"renege", "withdraw", "pull", "back", "walk", "exit"}
#: The prepositions, and the words before them ("pulled out of", "walked away from"), of those verbs.
AGREEMENT_LEAVING_PREPOSITIONS = {"on", "from", "of"}
AGREEMENT_LEAVING_PARTICLES = {"out", "away"}
#: Messages that, saying what another must do, demand it: "issued a stern reminder to Iraq that it must cooperate",
#: "sent a letter to Israel that it must withdraw".
OBLIGING_MESSAGES = {"reminder", "message", "letter", "note", "statement", "communique", "notice"}


def authorities_intervened(doc: Doc) -> bool:
    """The police or army intervened in a protest ("police broke up the protest", ``_authorities_intervene``), worked
    out once per document."""
    return once_per_doc(doc, "authorities_intervened", _authorities_intervene)


#: What a crowd throws in a violent demonstration ("threw bottles at police officers", "pelted stones", "stones were
#: hurled at the police"): the projectiles, less what explodes (a grenade attack) and acid (an attack on someone).
CROWD_MISSILES = PROJECTILES - THROWN_EXPLOSIVES - {"bomb", "missile", "acid"}
#: Verbs of throwing things at someone.
PELTING_VERBS = THROWING_VERBS | {"pelt"}


def missiles_thrown(doc: Doc) -> bool:
    """Stones, bottles or other missiles thrown, not by the police or the army (``_throws_missiles``), worked out once
    per document."""
    return once_per_doc(doc, "missiles_thrown", _throws_missiles)


def _throws_missiles(doc: Doc) -> bool:
    """Missiles thrown by anyone but the authorities ("demonstrators threw bottles", "pelted the police with stones",
    "stones were hurled at officers"): ACLED's mark of a violent demonstration, as tyres burned are; not "threw eggs",
    "threw their milk on the ground", nor "no stones were thrown"."""
    for verb in tokens_with_lemma(doc, PELTING_VERBS):
        if verb.pos_ != "VERB" or _denied(verb):
            continue
        thrown = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        thrown += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        if not {w.lemma_.lower() for t in thrown for w in (t, *t.conjuncts)} & CROWD_MISSILES:
            continue
        if not any(_authority(d) for d in _doers(verb)):
            return True
    return False


def _denied(verb: Token) -> bool:
    """ "did not throw", "no stones were thrown": the act told as not done."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.lower_ == "no" for s in verb.children if s.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in s.children)


def _doers(verb: Token) -> list[Token]:
    """Who does what a verb says: its "by" agent, its subject, or the subject of the verb it is conjoined to or is the
    purpose of ("fired tear gas to disperse the crowd"); none where the text names none."""
    for token in (verb, verb.head, verb.head.head):
        doers = _named_doers(token)
        if doers or token.dep_ not in {"conj", "advcl", "xcomp"}:
            return doers
    return []


def _named_doers(verb: Token) -> list[Token]:
    """Whom the verb itself names as doing it: its "by" agent, else its subject."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return agents or [c for c in verb.children if c.dep_ == "nsubj"]


#: The means of crowd control, by head word, with the words of which one must come just before it (none: the word
#: alone): "tear gas", "tear-gas canisters", "teargas", "water cannon", "rubber bullets", "stun grenades".
CROWD_CONTROL_MEANS: dict[str, frozenset[str]] = {
    "teargas": frozenset(),
    "gas": frozenset({"tear"}),
    "cannon": frozenset({"water"}),
    "bullet": frozenset({"rubber", "plastic"}),
    "pellet": frozenset({"rubber"}),
    "grenade": frozenset({"stun"}),
}


#: Verbs of violence done to a protest's people that does not kill: "beat the protesters", "rammed the protesters".
ROUGHING_VERBS = {"beat", "attack", "assault", "ram", "manhandle", "thrash", "lathicharge"}


def force_used_on_a_crowd(doc: Doc) -> bool:
    """Tear gas, water cannon or rubber bullets used, a crowd dispersed (``_controls_a_crowd``) or a protest's
    people beaten or attacked by others (``_roughs_up_protesters``), worked out once per document."""
    return once_per_doc(doc, "force_used_on_a_crowd", lambda d: _controls_a_crowd(d) or _roughs_up_protesters(d))


def _controls_a_crowd(doc: Doc) -> bool:
    """Tear gas, water cannon or rubber bullets used ("fired teargas", "tear gas was used"), or someone dispersed
    ("fired tear gas to disperse the crowd", "the protesters were dispersed"): ACLED's protest with intervention, as
    arrests are; not "no tear gas was used" nor "did not disperse"."""
    for token in tokens_with_lemma(doc, CROWD_CONTROL_MEANS):
        before = {t.lower_ for t in doc[max(token.i - 2, 0) : token.i]}
        needed = CROWD_CONTROL_MEANS[token.lemma_.lower()]
        if (not needed or needed & before) and not _told_as_not_used(token):
            return True
    dispersing = (v for v in tokens_with_lemma(doc, {"disperse"}) if v.pos_ == "VERB" and not _denied(v))
    return any(c.dep_ in {"dobj", "nsubjpass"} for v in dispersing for c in v.children)


def _told_as_not_used(means: Token) -> bool:
    """ "no tear gas was used", "police did not use tear gas": the means of its phrase told as not used."""
    verb = next((a for a in means.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    phrase = [means, *(a for a in means.ancestors if verb is None or a.i in range(*sorted((means.i, verb.i))))]
    if any(c.lower_ == "no" for t in phrase for c in t.children):
        return True
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _roughs_up_protesters(doc: Doc) -> bool:
    """A protest's people beaten, attacked or rammed by others ("protesters were beaten by unknown people", "a car
    rammed the protesters"): ACLED's protest with intervention, whoever intervened; not people who fight each other
    ("protesters attacked the counter-protesters": a violent demonstration), nor protesters described by what they
    underwent ("protesters who were beaten last week gathered again")."""
    for verb in tokens_with_lemma(doc, ROUGHING_VERBS):
        if verb.pos_ != "VERB" or verb.dep_ in {"relcl", "acl", "amod"} or _denied(verb):
            continue
        victims = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(v.lemma_.lower() in PROTEST_WORDS for v in victims) and not any(
            d.lemma_.lower() in PROTEST_WORDS for d in _doers(verb)
        ):
            return True
    return False


#: Conjunctions of a clause that tells what came before: "protested after a student was stabbed".
BEFORE_MARKS = {"after", "since", "because", "following"}
#: Words of a fight between two sides on the spot: "clashed with the police", "a brawl broke out". Not a scuffle, which
#: ACLED codes with the protest as peaceful or met by the police as often as violent.
FIGHT_WORDS = {"clash", "brawl", "skirmish"}
#: Verbs that tell a fight happened ("clashes broke out", "a skirmish ensued", "a brawl took place").
HAPPENING_VERBS = OUTBREAK_VERBS | {"take", "be"}


def fighting_told(doc: Doc) -> bool:
    """A fight told as what happened (``_fight_happened``), worked out once per document."""
    return once_per_doc(
        doc, "fighting_told", lambda d: any(_fight_happened(t) for t in tokens_with_lemma(d, FIGHT_WORDS))
    )


def _fight_happened(word: Token) -> bool:
    """A fight told as what happened: "protesters clashed with the police", "clashes broke out between the two
    sides", "there was a brawl"; where there is a protest, ACLED's violent demonstration. Not one told as what came
    before ("protested after clashes broke out", "following a clash"), as what someone underwent or did before ("a
    man who clashed with"), as what did not happen ("no clashes were reported", "did not clash"), nor a quarrel of
    people who are no crowd nor force on the spot ("the senator clashed with the president")."""
    if word.pos_ == "VERB" and any(_crowd_or_force(side) for side in _sides(word)):
        clause = word
    elif word.pos_ == "NOUN" and _told_as_happening(word):
        clause = word.head
    else:
        return False
    if _describes(clause) or _denied(clause) or any(c.lower_ == "no" for c in word.children):
        return False
    return not (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in clause.children))


def _told_as_happening(noun: Token) -> bool:
    """An event noun told as what happened: "clashes broke out", "there was a brawl", "clashes were reported"."""
    happening = noun.dep_ in {"nsubj", "attr"} and noun.head.lemma_.lower() in HAPPENING_VERBS
    return happening or (noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "report")


def _describes(clause: Token) -> bool:
    """A clause that describes someone or something ("a man who clashed with", "the clashed sides"), not one that
    tells where or when things went on ("marched to parliament, where they clashed with police")."""
    scene = clause.dep_ == "relcl" and any(c.lower_ in {"where", "when"} for c in clause.children)
    return clause.dep_ in {"relcl", "acl", "amod"} and not scene


def _sides(verb: Token) -> list[Token]:
    """The sides of a fight a verb tells: its doers and whom they fought "with" or who fought "between" them."""
    named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"with", "between"} for o in p.children]
    return [s for t in (*_doers(verb), *named) for s in (t, *t.conjuncts)]


def _crowd_or_force(noun: Token) -> bool:
    """A protest's people, a crowd or the authorities' forces: "protesters", "residents", "riot police"."""
    return noun.lemma_.lower() in PROTEST_WORDS or noun.lower_ in CROWD_NOUNS or _authority(noun)


#: Nouns of harm done to people or of their removal, whose "of" phrase names the victims: "the murder of X", "the
#: kidnapping of two engineers", "the expulsion of two diplomats" (not "the bombing of the embassy", "a series of
#: attacks").
HARMED_OF_NOUNS = {
    "murder", "assassination", "killing", "kidnapping", "abduction", "execution", "massacre", "slaying", "expulsion",
    "deportation",
}  # fmt: skip
#: Nouns of what befalls people, done to them or not, whose "of" phrase names whom it befell and never who did it:
#: "protested the arrest of the mayor", "over the death of a student" (the doer is a "by" phrase or a possessive: "the
#: killing of X by police", "the army's killing of X").
BEFALLING_OF_NOUNS = HARMED_OF_NOUNS | {
    "arrest", "detention", "imprisonment", "jailing", "torture", "death", "rape", "beating", "shooting", "stabbing",
    "beheading", "lynching", "hanging", "wounding", "injury", "disappearance", "persecution", "harassment",
    "mistreatment", "ill-treatment", "abuse", "capture", "internment", "incarceration", "extradition", "eviction",
    "displacement", "sentencing", "conviction", "prosecution", "trial",
}  # fmt: skip

#: What makes a team, worker or expert one that helps: "search-and-rescue teams", "a medical unit", "relief workers",
#: "a team of medical experts".
HELPING_MARKS = {"rescue", "medical", "relief", "humanitarian", "health", "aid", "evacuation"}
#: What is endangered rather than threatened when a verb of threat acts on it with no act threatened: "chaos that
#: threatens the deal", "the crisis threatens regional stability" (no party says what it will do).
ENDANGERED_THINGS = {
    "agreement", "deal", "treaty", "accord", "pact", "ceasefire", "truce", "peace", "stability", "security", "process",
    "future", "economy", "recovery", "existence", "survival", "livelihood",
}  # fmt: skip

#: What people are booked for or charged with: "booked for murder", "booked for about ten offences", "booked for his
#: role in the riots" (not "booked for the festival", "booked for a late tackle").
OFFENCES = HARMED_OF_NOUNS | {
    "offence", "offense", "crime", "charge", "count", "role", "involvement", "rioting", "arson", "theft", "robbery",
    "fraud", "assault", "rape", "extortion", "smuggling", "trafficking", "corruption", "possession", "sedition",
}  # fmt: skip
