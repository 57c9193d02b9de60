"""Statements as events: promises, threats, refusals and demands, and verbs read by their object.

PLOVER codes what an actor says it will do as the saying: a promise to cooperate is AGREE, a promise to harm
THREATEN, a refusal REJECT, and saying what another must do a REQUEST. Some verbs are events only by what they
act on ("sent aid", "lifted the curfew", "called for talks"). The event coder (``newsevents.events.coder``)
asks this module how to read such triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.annotate.nlp import of_object
from newsevents.annotate.sectors import ARMED_SECTORS, SECTOR_WORDS, STATE_SECTORS
from newsevents.claims.cues import DELIBERATION_VERBS, FUTURE_AUX, REPORTING_VERBS
from newsevents.claims.status import Status, event_status
from newsevents.events.lexicon import (
    AID_OBJECTS,
    DEALINGS,
    ENVOYS,
    HELPING_MARKS,
    INSPECTORS,
    MONEY_WORDS,
    PEACEKEEPING_WORDS,
    RESTRICTIONS,
    SIEGES,
)

#: Third parties whose entry a party allows (PLOVER RETREAT:access: "observers, peacekeepers, or humanitarian
#: workers"), and the relief they bring ("allowed aid convoys to enter", "allowed the delivery of food").
ACCESS_SEEKERS = (
    INSPECTORS
    | PEACEKEEPING_WORDS
    | {"convoy", "humanitarian"}
    | (AID_OBJECTS - {"arm", "arms", "weapon", "firearm", "ammunition", "money", "dollar", "loan", "grant", "fund"})
)

#: What makes a protest noun a diplomatic or formal one ("made a formal protest"): PLOVER codes written and
#: institutional protests as ACCUSE, not as a PROTEST in the street.
FORMAL_MARKS = {"formal", "official", "diplomatic", "written"}
#: Verbs that hand a protest to an authority: "lodged a protest", "filed a protest with the embassy".
FILING_VERBS = {"lodge", "file", "submit"}

#: Verbal and diplomatic types aimed at someone: "appealed to X", "apologised to X", "demanded that X ...".
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "CONCEDE", "CONSULT", "SUPPORT", "AID", "AGREE"}

#: What an actor says it will do is coded as the saying (PLOVER): a promise to cooperate is AGREE, a promise to
#: harm is THREATEN, and saying it will not cooperate is REJECT.
COOPERATIVE_TYPES = {"SUPPORT", "CONSULT", "AID", "RETREAT", "COOPERATE", "CONCEDE"}

HOSTILE_TYPES = {"ASSAULT", "PROTEST", "COERCE", "SANCTION", "MOBILIZE"}

#: Auxiliaries of what an actor says it will do: the future's, and "would" of a future in the past ("said it would
#: send troops").
FUTURE_MODALS = FUTURE_AUX | {"would", "'d"}
#: Modals that, negated, refuse rather than weigh: "will not", "won't" (not "would not ... if").
REFUSING_MODALS = {"will", "wo", "shall", "'ll"}

#: Words whose complement is an act promised or threatened: "is willing to send", "vowed to attack". Not the
#: factuality model's intentions (``claims.factuality.INTENTIONS``), which hold wishes and attempts too ("wanted to
#: send", "tried to send"): an act only wished for is no promise.
INTENT_HEADS = {
    "willing", "ready", "prepared", "determined", "promise", "pledge", "vow", "swear", "undertake", "offer", "intend",
    "threaten",
}  # fmt: skip

#: The PLOVER modes of a refusal by what is refused ("would not meet them": meet; "would not meet the demands",
#: a concession refused: yield).
REJECTED_MODES = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield"}

#: Verbs whose passive states the subject's own stance: "Israel is opposed to the mediation", "is committed to".
STANCE_VERBS = {"oppose", "commit"}

#: Verbs of saying whose clause, with a modal of obligation, makes a demand ("said that Sudan must return it"). Not
#: every reporting verb (``claims.cues.REPORTING_VERBS``): what one believes, hopes or fears must happen is no demand.
SAYING_VERBS = {
    "say", "tell", "insist", "add", "state", "declare", "stress", "remind", "announce", "reiterate", "repeat",
    "emphasise", "emphasize", "write", "reaffirm",
}  # fmt: skip

OBLIGATION_MODALS = {"must", "should"}

#: Verbs that stop what their object names.
STOPPING_VERBS = {
    "prohibit", "ban", "bar", "forbid", "halt", "stop", "suspend", "end", "cancel", "block", "prevent", "veto",
    "freeze", "cut", "withhold", "terminate", "postpone", "reduce", "slash",
}  # fmt: skip
#: Verbs that cut back what their object names: "cut military aid to Egypt", "reduced humanitarian aid".
CUTTING_VERBS = {"cut", "reduce", "slash"}
#: Dealings whose cutting back sanctions the party they were with (not trade or output cut for one's own reasons).
CUT_DEALINGS = {"aid", "assistance", "tie", "relation", "cooperation"}
#: Restrictions whose cutting or rolling back is an easing (CAMEO 081, PLOVER CONCEDE): "cut tariffs", "reduced
#: import duties", "rolled back the restrictions".
EASED_RESTRICTIONS = {"restriction", "tariff", "duty", "quota", "curb", "sanction", "ban"}

#: Verbs that break what their object names: "violated the ceasefire agreement" breaks an agreement, makes none.
BREACHING_VERBS = {"violate", "breach", "flout", "break"}
#: Truces whose breach is fighting (CAMEO 196, violate ceasefire).
TRUCES = {"ceasefire", "truce", "armistice"}
#: Rules whose violation defies them (CAMEO 128 "defy norms, law", PLOVER REJECT): "violated the arms embargo".
DEFIED_RULES = {"ban", "embargo", "sanction", "resolution", "curfew", "moratorium"}
#: Verbs that end a restriction: "lifted the sanctions" ends them, imposes none.
LIFTING_VERBS = {"lift", "ease", "relax", "remove", "end"}

#: What people are held or taken as: a hostage (PLOVER ASSAULT:abduct) or a shield against attack (coercion).
HOSTAGE_WORDS = {"hostage", "captive"}
SHIELD_WORDS = {"shield"}
HOLDING_VERBS = {"hold", "take", "use"}
#: Armed people who are not named by a sector word: "trained 500 computer hackers", "trained recruits".
TRAINED_FORCES = {"hacker", "recruit", "commando", "reservist"}
#: The MOBILIZE mode of forces trained, by their sector.
MOBILIZED_MODES = {"MIL": "troops", "COP": "police", "REB": "militia", "PRM": "militia"}
#: Verbs that put armed forces somewhere when forces are what they move: "sent troops into the region",
#: "dispatched police to the town", "massed troops on the border" (PLOVER MOBILIZE).
DEPLOYING_VERBS = {"send", "dispatch", "move", "rush", "mass", "amass", "station", "reinforce", "strengthen"}
#: Verbs that carry things somewhere, aid when aid is what they carry: "flew 13 tons of medicine into Afghanistan",
#: "airlifted food to the stranded", "shipped relief supplies" (as "sent aid" is).
TRANSPORTING_VERBS = {"fly", "airlift", "airdrop", "ship"}
#: What a state holds of another's whose freezing is a sanction: "froze the group's assets", "froze their accounts".
FROZEN_HOLDINGS = {"asset", "account", "fund", "holding", "property", "reserve"}
#: Where forces are ordered to: "ordered troops into Ukraine", "ordered police to the capital".
DESTINATION_PREPS = {"to", "into", "toward", "towards", "onto", "across"}
#: Forces named in the singular that are a body, not one person ("sent the army", not "sent an officer").
ARMED_BODIES = {"army", "force", "navy", "militia", "police", "battalion", "brigade", "regiment", "military"}
#: Armed people or units that no sector word names: "sent reinforcements", "dispatched paratroopers", "is sending a
#: military platoon".
DEPLOYED_FORCES = {"reinforcement", "paratrooper", "platoon", "squadron"}
#: Nouns for a body of forces named by its "of" phrase: "a team of paratroopers", "a contingent of soldiers" (not
#: "13 children of Isis fighters").
FORCE_GROUPS = {"team", "unit", "contingent", "detachment", "squad", "group", "company", "column", "convoy"}
#: What forces are sent to do when they are sent as help to another ("sent troops to help the Philippines army",
#: "to serve as a peacekeeping force"): military aid (PLOVER AID, as forces trained for another), no mobilization.
HELPING_PURPOSES = {"help", "assist", "support", "aid", "serve", "protect", "train"}
#: Verbs that give a welcome ("gave de Klerk a warm welcome", "extended a welcome to the plan"), aid ("gave $2
#: million", "granted asylum") or a permission ("gave the inspectors access").
GIVING_VERBS = {"give", "extend", "grant"}
#: What is granted when it is given: "gave the Pentagon permission", "giving the FBI access" (PLOVER CONCEDE).
GRANTED_THINGS = {"permission", "access", "approval", "consent", "amnesty"}
#: What a country opens to let people in: "opened its borders to refugees".
ENTRY_POINTS = {"border", "crossing", "airspace", "frontier"}
#: What a party offers when its offer is one to cooperate (PLOVER AGREE: "offered concessions", "offered to
#: mediate"); not "offered condolences" or "offered a reward".
OFFERED_HELP = AID_OBJECTS | DEALINGS | {
    "concession", "help", "compromise", "ceasefire", "truce", "protection", "security", "deal", "proposal", "peace",
}  # fmt: skip
#: Verbs by which a party halts what it was doing itself (of ``STOPPING_VERBS``, those that ban or cut nothing): its
#: hostilities ("halted its offensive", "ceased military operations", "suspended air strikes": a ceasefire, PLOVER
#: RETREAT:ceasefire, CAMEO 0871, not the fighting they name) or its protest ("ended the strike", "cancelled the
#: march": a concession, unless the authorities ended it).
HALTING_VERBS = {"halt", "stop", "cease", "suspend", "end", "cancel"}
#: What such a verb halts: hostilities, and armed operations marked as such ("military operations", "air strikes";
#: not "suspended operations" of an airline nor "ended the strike" of workers).
HOSTILITIES = {"hostility", "fighting", "offensive", "bombing", "shelling", "bombardment", "airstrike"}
ARMED_CAMPAIGNS = {"operation", "campaign", "strike", "raid"}
ARMED_MARKS = {"military", "air", "aerial", "combat", "ground", "armed", "offensive", "drone", "missile", "army"}
#: Verbs that press a party to act ("pressured the workers to call off the strike"): a demand (PLOVER REQUEST).
PRESSING_VERBS = {"pressure", "pressurise", "pressurize"}
#: What a party mobilises when it raises help to give rather than forces: "mobilised $50 million", "funds".
RAISED_FUNDS = MONEY_WORDS | {"fund", "resource"}
#: The protests that a verb of halting ends ("ended the strike", "called off the boycott").
ENDED_PROTESTS = {"strike", "protest", "demonstration", "sit-in", "walkout", "boycott", "picket"}
#: Words that make a strike an attack from the air: "air strike", "missile strikes", "drone strike".
AERIAL_WORDS = {"air", "missile", "drone"}
#: Verbs that make or mend diplomatic ties ("established diplomatic relations", "restored diplomatic ties"), and
#: the verbs and objects of diplomatic recognition ("recognized Kosovo's independence"): PLOVER SUPPORT.
TIE_MAKING_VERBS = {"establish", "restore", "upgrade", "resume"}
DIPLOMATIC_TIES = {"tie", "relation", "link"}
RECOGNIZING_VERBS = {"recognize", "recognise"}
RECOGNIZED_STATUS = {"independence", "sovereignty", "statehood", "government", "state"}
#: Pronouns for whoever might act: what "anyone giving money" does is a rule's case, not an event.
ANYONE = {"anyone", "anybody", "whoever", "everyone", "everybody"}
#: What marks people as driven from their homes: "displaced Afghans", "fleeing civilians".
DISPLACED_MARKS = {"displaced", "fleeing", "uprooted"}
#: What "let" says of the people it lets: "let free nearly three dozen activists", "let the hostages go".
LET_FREE = {"free", "go", "loose"}
#: Verbs that put rule by decree in place of the ordinary law ("declared a state of emergency", "imposed martial
#: law") or restrict movement ("reimposed blockades", "imposed a closure").
DECREEING_VERBS = {"declare", "impose", "reimpose"}
IMPOSING_VERBS = {"impose", "reimpose"}
#: Verbs that open or hold a hearing: an inquiry (PLOVER ACCUSE:investigate), not a "confirmation hearing" merely
#: mentioned.
HEARING_VERBS = {"open", "hold", "conduct"}
#: What a party gives back that it had seized or held ("will return the weapons seized", "returned the bodies"):
#: a release (PLOVER RETREAT); not "returned fire" or "returned home".
RETURNED_THINGS = {
    "weapon", "arm", "arms", "equipment", "territory", "land", "property", "prisoner", "hostage", "detainee", "captive",
    "body", "remains", "vessel", "ship", "aircraft", "helicopter", "asset",
}  # fmt: skip
#: Who a thing is given back to besides countries and authorities: its owners ("returned the painting to its owner").
OWNERS = {"owner", "family", "heir", "embassy", "museum"}
#: What is laid down in a disarmament: "laid down their arms", "lay down weapons".
SURRENDERED_ARMS = {"arm", "arms", "weapon"}
#: Words that mark people as held: "hostages", "prisoners", "detained journalists".
CAPTIVE_MARKS = {
    "hostage", "prisoner", "detainee", "captive", "inmate", "detain", "detained", "arrest", "arrested", "abduct",
    "abducted", "kidnap", "kidnapped", "jail", "jailed", "imprison", "imprisoned",
}  # fmt: skip
#: Sectors of those whose welcome is a guest received: officials and leaders ("welcomed the president").
GUEST_SECTORS = {"GOV", "PRE", "LEG", "JUD", "ELI", "REL"}

#: Verbs that turn crowd-control means on people: "used tear gas", "burst teargas shells", "lobbed tear gas".
CROWD_CONTROL_VERBS = {"use", "burst", "lob"}
#: The words (heads or modifiers) that name such means: "tear gas", "teargas shells", "rubber bullets", "batons".
CROWD_CONTROL_MEANS = {"teargas", "tear", "tear-gas", "baton", "lathi", "rubber", "cannon", "pepper", "stun"}
#: What a baton charge is made with: "charged the protesters with batons" is no indictment.
CHARGING_MEANS = CROWD_CONTROL_MEANS | {"stick", "cane", "bayonet", "sword", "knife", "force"}

#: Verbs that are events only by the role their object plays (``_read_by_role``).
ROLE_READ_VERBS = (
    {"welcome", "train", "violate", "breach", "return", "mobilize", "mobilise", "let", "lay", "reopen"}
    | CROWD_CONTROL_VERBS
    | HOLDING_VERBS
    | GIVING_VERBS
    | DECREEING_VERBS
    | HEARING_VERBS
)
#: Verbs whose object or complement decides their event (``read_by_object``).
OBJECT_READ_VERBS = PRESSING_VERBS | TRANSPORTING_VERBS | {
    "send", "dispatch", "provide", "supply", "lift", "ease", "relax", "remove", "cancel", "halt", "end", "stop",
    "order", "allow", "permit", "call", "hand", "break", "pull", "recall", "freeze", "distribute", "deliver",
    "contribute", "charge", "find", "summon", "offer", "roll",
} | TIE_MAKING_VERBS | RECOGNIZING_VERBS | ROLE_READ_VERBS | CUTTING_VERBS | DEPLOYING_VERBS  # fmt: skip


def obliges(verb: Token) -> bool:
    """ "Russia said that Sudan must return the helicopter": saying what another must do is a demand."""
    return any(_says_what_must_be(c) for c in verb.children if c.dep_ == "ccomp")


def message_obliges(noun: Token) -> bool:
    """ "issued a stern reminder to Iraq that it must cooperate", "sent a letter to Israel that it must withdraw": a
    message saying what another must do is a demand, as saying it is (``obliges``); not one a relative clause
    describes ("a statement that must be approved"). The parser may hang the clause on the verb that sends the
    message."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    clauses = (c for h in holders for c in h.children if c.dep_ in {"acl", "ccomp"})
    said = (c for c in clauses if any(m.dep_ == "mark" for m in c.children))
    return any(_says_what_must_be(c) for c in said)


def _says_what_must_be(clause: Token) -> bool:
    """A clause with "must" or "should": "that Sudan must return the helicopter"."""
    return any(a.dep_ == "aux" and a.lower_ in OBLIGATION_MODALS for a in clause.children)


def stops_a_dealing(noun: Token, event_type: str) -> bool:
    """ "would prohibit all aid", "halted the talks", "cancelled a planned visit": a dealing the verb stops is not
    itself an event; the stopping is. So too an agreement or truce broken ("violated the ceasefire agreement") and a
    restriction lifted ("lifted the sanctions", "ended the curfew")."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head.lemma_.lower()
    if verb in BREACHING_VERBS:
        return event_type in ADDRESSED_TYPES | {"RETREAT"}
    if verb in LIFTING_VERBS and event_type in {"COERCE", "SANCTION"}:
        return True
    return event_type in ADDRESSED_TYPES and verb in STOPPING_VERBS


def qualifies_a_noun(verb: Token, event_type: str) -> bool:
    """ "the alleged abuses", "its long-threatened invasion": a participle of saying that describes a noun tells no
    act of saying."""
    return verb.dep_ == "amod" and event_type in ADDRESSED_TYPES | {"THREATEN"}


def read_by_object(verb: Token, lemma: str, objects: list[Token]) -> tuple[str, tuple[str, ...]] | None:
    """The event of a verb its object or complement decides ("sent aid", "lifted the curfew", "halted the talks",
    "ordered him to appear"), if any."""
    if only_weighed(verb) or _done_by_anyone(verb):
        return None
    things = {w for o in objects for w in _object_words(o)}
    if lemma in ROLE_READ_VERBS:
        return _read_by_role(verb, lemma, objects, things)
    forces = forces_among(objects)
    if forces is not None and (lemma in DEPLOYING_VERBS or (lemma == "order" and _sent_somewhere(verb))):
        return _forces_sent(verb, forces)
    if lemma in DEPLOYING_VERBS and lemma not in {"send", "dispatch"}:
        return None  # "moved its headquarters", "reinforced the wall": no forces, no event
    if lemma in {"send", "dispatch", "provide", "supply", "distribute", "deliver", "contribute"} | TRANSPORTING_VERBS:
        helpers = _sent_to_help(objects)
        if things & INSPECTORS and lemma in {"send", "dispatch"} and not helpers:
            return ("ACCUSE", ("investigate",))
        things |= {w for t in _provided_with(verb) for w in _object_words(t)}
        return ("AID", ()) if things & AID_OBJECTS or helpers or _help_offered(verb) else None
    if lemma == "charge":
        return ("ACCUSE", ("allege",)) if _charged_with_an_offence(verb) else None
    if lemma == "find":
        return ("SANCTION", ("convict",)) if _found_guilty(verb) else None
    if lemma == "summon":  # "summoned the French ambassador": a formal diplomatic protest, not a witness summoned
        return ("ACCUSE", ("disapprove",)) if things & ENVOYS else None
    if lemma in CUTTING_VERBS and things & CUT_DEALINGS:
        return ("SANCTION", ("discontinue",))
    if lemma in CUTTING_VERBS or lemma == "roll":  # "cut tariffs", "rolled back the restrictions": an easing
        rolled_back = lemma != "roll" or any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children)
        return ("CONCEDE", ()) if rolled_back and things & EASED_RESTRICTIONS else None
    if lemma in HALTING_VERBS and _protest_ended(objects):
        return None if _ended_by_authorities(verb) else ("CONCEDE", ())
    if lemma in {"lift", "ease", "relax", "remove", "cancel"}:
        if things & SIEGES:
            return ("RETREAT", ("access",))
        if things & RESTRICTIONS:
            return ("CONCEDE", ())
        return ("SANCTION", ("discontinue",)) if lemma == "cancel" and objects else None
    if lemma in {"halt", "end", "stop", "freeze"}:
        if lemma == "freeze" and things & FROZEN_HOLDINGS:
            return ("SANCTION", ())
        return ("SANCTION", ("discontinue",)) if things & DEALINGS else None
    if lemma in {"call", "hand", "break", "pull", "recall"}:
        return _phrasal(verb, lemma, things, objects)
    if lemma == "offer":
        return ("AGREE", ()) if _offers_cooperation(verb, objects, things) else None
    if lemma in TIE_MAKING_VERBS:
        return ("SUPPORT", ()) if "diplomatic" in things and things & DIPLOMATIC_TIES else None
    if lemma in RECOGNIZING_VERBS:
        return ("SUPPORT", ()) if _recognizes_a_state(verb, objects, things) else None
    if lemma in {"allow", "permit"} and _lets_in(verb, things):
        return ("RETREAT", ("access",))
    if lemma in PRESSING_VERBS:
        return ("REQUEST", ()) if _pressed_to_act(verb) else None
    complement = any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)
    return ("REQUEST" if lemma == "order" else "CONCEDE", ()) if complement else None


def _sent_to_help(objects: list[Token]) -> bool:
    """ "sent a team of medical experts", "dispatched rescue teams", "flew in relief workers": people marked as ones who
    come to treat, rescue or relieve are help (aid), not investigators."""
    return any(w.lemma_.lower() in HELPING_MARKS for o in objects for w in o.subtree)


def _provided_with(verb: Token) -> list[Token]:
    """What a party is provided or supplied with: "provided the army with aircraft, weapons and equipment"."""
    given = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    return [t for o in given if o.dep_ == "pobj" for t in (o, *o.conjuncts)]


def _recognizes_a_state(verb: Token, objects: list[Token], things: set[str]) -> bool:
    """ "recognized Kosovo", "would recognize Abkhazia's independence": diplomatic recognition (CAMEO 054, PLOVER
    SUPPORT); not "recognized the problem", nor "the internationally recognised government" (a participle that
    describes, however the parser hangs it)."""
    describes = verb.dep_ in {"amod", "nsubj", "nsubjpass", "compound"}
    if describes or (verb.tag_ == "VBN" and not _has_auxiliary(verb)):
        return False
    return bool(things & RECOGNIZED_STATUS) or any(o.ent_type_ in {"GPE", "LOC", "ORG"} for o in objects)


def _has_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _offers_cooperation(verb: Token, objects: list[Token], things: set[str]) -> bool:
    """ "offered to mediate", "offered concessions", "offered 500 troops": an offer to act or to give help (PLOVER
    AGREE); not "offered condolences", "offered no explanation"."""
    if any(c.dep_ == "neg" or c.lower_ == "no" for t in (verb, *objects) for c in t.children):
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return bool(things & OFFERED_HELP) or forces_among(objects) is not None


def _help_offered(verb: Token) -> bool:
    """ "is ready to contribute to peacekeeping", "is willing to send more resources": giving that a party says it is
    ready to do is an offer of help whatever it gives (coded as the saying, ``said_intent``)."""
    return verb.dep_ == "xcomp" and verb.head.lower_ in INTENT_HEADS


def _ended_by_authorities(verb: Token) -> bool:
    """ "the prime minister vowed to end the protests": the authorities ending a protest put it down, they yield
    nothing."""
    clause = verb.head if verb.dep_ in {"xcomp", "conj"} else verb
    subjects = [c for t in (verb, clause) for c in t.children if c.dep_ == "nsubj"]
    return any(SECTOR_WORDS.get(w.lemma_.lower()) in STATE_SECTORS for s in subjects for w in s.subtree)


def _protest_ended(objects: list[Token]) -> bool:
    """ "ended the strike", "called off the protest", "will not end the boycott": protesters yield (CAMEO 082, ease
    dissent; refusing it is a refusal to yield); not "ended air strikes" (an attack: ``strike_of_work``)."""
    protests = (thing for thing in objects if thing.lemma_.lower() in ENDED_PROTESTS)
    return any(thing.lemma_.lower() != "strike" or strike_of_work(thing) for thing in protests)


def strike_of_work(strike: Token) -> bool:
    """Whether a "strike" that a verb ends, joins or keeps up can be a stoppage of work: one strike, not made from the
    air ("the air strike", "missile strikes": attacks)."""
    return strike.tag_ == "NN" and not any(c.lower_ in AERIAL_WORDS for c in strike.children)


def _charged_with_an_offence(verb: Token) -> bool:
    """ "charged Erdogan with terrorism", "were charged with killing": an indictment (PLOVER ACCUSE:allege); not
    "charged the protesters with batons", a baton charge."""
    offences = [o for p in verb.children if p.lower_ == "with" for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    return bool(offences) and not any(o.lemma_.lower() in CHARGING_MEANS for o in offences)


def _found_guilty(verb: Token) -> bool:
    """ "found Britta Nielsen guilty of stealing", "was found guilty": a conviction (PLOVER SANCTION:convict); not
    "found him not guilty", an acquittal."""
    verdicts = (w for c in verb.children for w in (c, *c.children) if w.lower_ == "guilty")
    return any(not any(n.dep_ == "neg" for n in w.children) for w in verdicts)


def _forces_sent(verb: Token, forces: Token) -> tuple[str, tuple[str, ...]]:
    """Forces sent home are withdrawn ("send troops home", PLOVER RETREAT), forces sent to help another or to keep
    the peace are military aid, and forces sent anywhere else are mobilized, by their sector."""
    if any(c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children):
        return ("RETREAT", ("withdraw",))
    if sent_to_help(verb):
        return ("AID", ())
    return ("MOBILIZE", (MOBILIZED_MODES.get(SECTOR_WORDS.get(forces.lemma_.lower()) or "", "troops"),))


def sent_to_help(verb: Token) -> bool:
    """ "sent troops to help the Philippines army", "to serve as a peacekeeping force", "to distribute supplies",
    "sending troops to the UN peacekeeping force"."""
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VB"]
    if any(p.lemma_.lower() in HELPING_PURPOSES for p in purposes):
        return True
    given = (w for p in purposes for o in p.children if o.dep_ == "dobj" for w in _object_words(o))
    if any(w in AID_OBJECTS for w in given):
        return True
    destinations = (o for p in verb.children if p.lower_ in DESTINATION_PREPS for o in p.children if o.dep_ == "pobj")
    return any(c.lower_ in PEACEKEEPING_WORDS for o in destinations for c in o.children)


def forces_among(objects: list[Token]) -> Token | None:
    """The armed forces a verb moves, if its objects (or their conjuncts: "moved tanks and troops") are forces:
    "troops", "2,000 soldiers", "the army", "reinforcements", "a team of paratroopers"; not one person ("sent an
    officer")."""
    things = [t for o in objects for t in (o, *o.conjuncts)]
    things += [m for t in things if t.lemma_.lower() in FORCE_GROUPS and (m := of_object(t)) is not None]
    return next((t for t in things if _armed_body(t)), None)


def _armed_body(people: Token) -> bool:
    lemma = people.lemma_.lower()
    if lemma in DEPLOYED_FORCES:
        return True
    return _armed(people) and (people.tag_ in {"NNS", "NNPS"} or lemma in ARMED_BODIES)


def _sent_somewhere(verb: Token) -> bool:
    """ "ordered troops into Ukraine": an order that moves forces to a place, not one to act ("ordered the army to
    quell the protests", a demand)."""
    return bool(destination_phrases(verb))


def destination_phrases(verb: Token) -> list[Token]:
    """The prepositions (or dative) of where a verb sends or orders something: "into Ukraine", "to the border"."""
    return [c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in DESTINATION_PREPS]


def only_weighed(verb: Token) -> bool:
    """ "is considering sending aid", "mulled giving money": an act only weighed is neither done nor promised, so no
    event (PLOVER codes no deliberation)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DELIBERATION_VERBS


def _done_by_anyone(verb: Token) -> bool:
    """ "jail for anyone giving him money", "anyone who sends arms": a rule about whoever might act, not an act."""
    return verb.dep_ in {"acl", "relcl"} and verb.head.lower_ in ANYONE


def _read_by_role(
    verb: Token, lemma: str, objects: list[Token], things: set[str]
) -> tuple[str, tuple[str, ...]] | None:
    """Verbs that are events only by the role their object plays: people held as hostages or shields, armed forces
    trained or mobilised (funds mobilised are aid), what was seized given back, a truce violated or a ban defied, a
    guest or a plan welcomed, aid or a permission given, a hearing held, borders opened (to refugees, refuge given),
    captives let free, arms laid down, a blockade imposed or emergency rule declared."""
    if lemma in HEARING_VERBS and "hearing" in things:
        return ("ACCUSE", ("investigate",))
    if lemma in {"open", "reopen"} and things & ENTRY_POINTS:
        return ("AID", ()) if _opened_to_refugees(verb) else ("CONCEDE", ())
    if lemma == "reopen":
        return None
    if lemma == "let":
        return ("RETREAT", ("release",)) if _let_free(verb, objects) else None
    if lemma == "lay":  # "laid down their arms": a disarmament (PLOVER RETREAT:disarm)
        laid_down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        return ("RETREAT", ("disarm",)) if laid_down and things & SURRENDERED_ARMS else None
    if lemma in CROWD_CONTROL_VERBS and things & CROWD_CONTROL_MEANS:
        return ("ASSAULT", ("crowd-control",))
    if lemma in HOLDING_VERBS and _into_custody(verb):
        return ("COERCE", ("arrest",))
    if lemma in HOLDING_VERBS:
        return _held_as(verb, objects)
    if lemma == "train":
        return _trained_forces(objects)
    if lemma in {"mobilize", "mobilise"} and things & RAISED_FUNDS:
        return ("AID", ())  # "is mobilising additional funds to support peace building": money raised to give
    if lemma in {"mobilize", "mobilise"}:
        named = [o for o in objects if o.pos_ != "PRON"]  # "a proxy force, which it mobilised": the force
        return ("MOBILIZE", ("troops",)) if not named or any(_armed(o) for o in named) else None
    if lemma == "return":
        given_back = things & RETURNED_THINGS or _handed_back(verb, objects)
        return ("RETREAT", ("release",)) if given_back else None
    if lemma in {"violate", "breach"} and things & TRUCES:
        return ("ASSAULT", ())
    if lemma in {"violate", "breach"}:
        return ("REJECT", ()) if things & DEFIED_RULES else None
    if lemma in GIVING_VERBS:
        welcome = next((o for o in objects if o.lemma_.lower() == "welcome"), None)
        return _welcomed(_recipient(verb, welcome)) if welcome is not None else _given(things)
    if lemma == "welcome":
        clause = any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)  # "welcomed the US keeping troops"
        return _welcomed(next(iter(objects), None)) or (("SUPPORT", ()) if clause else None)
    if lemma in IMPOSING_VERBS and things & SIEGES:
        return ("COERCE", ("restrict",))
    if lemma in DECREEING_VERBS and any(_emergency_rule(o) for o in objects):
        return ("COERCE", ("martial-law",))
    return None


def _handed_back(verb: Token, objects: list[Token]) -> bool:
    """ "returned two paintings to the government of Brazil", "the sarcophagus was returned to Egypt": a thing given
    back to a country, a body or an owner (a release of property, CAMEO 0844); not "returned home", "returned fire"
    nor people sent back ("returned the migrants to Libya", a deportation). An object the tagger read as an adjective
    is a noun all the same ("returned a silver pendant")."""
    things = [o for o in objects if o.pos_ in {"NOUN", "PROPN", "ADJ"} and o.lemma_.lower() != "fire"]
    if not things or any(_is_person_word(o) for o in things):
        return False
    return any(_a_party(o) for o in given_back_to(verb))


def given_back_to(verb: Token) -> list[Token]:
    """Whom a thing is returned to: the object of a "to" the parser may hang on the verb, on the thing ("returned
    dozens of artifacts to the embassy") or on a clause that describes it ("returned skulls that date back to A.D.
    640 to Peru"); only the verb's own phrase is read."""
    preps = (t for t in verb.subtree if t.dep_ in {"prep", "dative"} and t.lower_ == "to")
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _is_person_word(noun: Token) -> bool:
    return noun.ent_type_ in {"PERSON", "NORP"} or noun.lemma_.lower() in SECTOR_WORDS


def _a_party(noun: Token) -> bool:
    """A country, an organisation, an authority, its envoy ("to Ambassador Amine Kherbi") or an owner: who can be
    given something back."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    # "to Democratic Republic of the Congo": the recogniser may tag only the name's first word, as a people
    named = noun.ent_type_ in {"GPE", "ORG"} or any(c.ent_type_ in {"GPE", "ORG", "NORP"} for c in compounds)
    party = named or noun.lemma_.lower() in OWNERS
    return party or any(SECTOR_WORDS.get(w.lemma_.lower()) in STATE_SECTORS for w in (noun, *compounds))


def _given(things: set[str]) -> tuple[str, tuple[str, ...]] | None:
    """ "gave $2 million", "gave 625 new firearms to the Marines", "extended a loan": aid (PLOVER AID); "gave them
    permission": a concession; not "gave a speech", "gave its support to the plan" (a stance, SUPPORT) or "extended the
    deadline"."""
    if things & (AID_OBJECTS - {"support"}):
        return ("AID", ())
    return ("CONCEDE", ()) if things & GRANTED_THINGS else None


def _opened_to_refugees(verb: Token) -> bool:
    """ "opened its borders to refugees", "to displaced Afghans": refuge given, humanitarian aid (PLOVER AID, as
    asylum granted). A border opened or reopened to others, or at all ("reopened the Rafah crossing"), eases a
    restriction on movement (PLOVER CONCEDE), as closing it imposes one."""
    entrants = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return any(_seeks_refuge(o) for o in entrants)


def _seeks_refuge(people: Token) -> bool:
    displaced = any(c.dep_ == "amod" and c.lower_ in DISPLACED_MARKS for c in people.children)
    return displaced or SECTOR_WORDS.get(people.lemma_.lower()) == "REF"


def _pressed_to_act(verb: Token) -> bool:
    """ "pressured the workers to call off the strike", "pressured him into resigning": a party pressed to act is asked
    to (a demand); not "the rally pressured the government", which tells no act asked for."""
    into = any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
    return into or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)


def halts_hostilities(objects: list[Token]) -> bool:
    """What a verb of halting (``HALTING_VERBS``) acts on is its hostilities: "ceased its military operations",
    "halted the offensive", "suspended air strikes on Gaza"."""
    return any(_hostile(t) for o in objects for t in (o, *o.conjuncts))


def halted_hostility(noun: Token) -> bool:
    """The hostilities a verb of halting stops ("halted its offensive"): the halting is the event, not an attack."""
    verb = noun.head
    return noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in HALTING_VERBS and _hostile(noun)


def _hostile(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    return lemma in HOSTILITIES or (lemma in ARMED_CAMPAIGNS and bool(marks & ARMED_MARKS))


def _let_free(verb: Token, objects: list[Token]) -> bool:
    """ "let free nearly three dozen activists" (the parser may take "free" for the activists' adjective), "let the
    hostages go": captives released. The freed must be held people ("let 200 workers go" is a lay-off), so "go" and
    "loose" need captives; "free" says it of any object."""
    complements = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "acomp", "oprd"}]
    complements += [c for o in objects if o.dep_ == "dobj" for c in o.children if c.dep_ == "amod" and c.i < o.i]
    words = {c.lemma_.lower() for c in complements} & LET_FREE
    freed = [*objects, *(s for c in complements for s in c.children if s.dep_ == "nsubj")]
    if "free" in words:
        return bool(freed)
    return bool(words) and any(_held(p) for p in freed)


def _held(person: Token) -> bool:
    """A captive: "hostages", "prisoners", "the detained journalists"."""
    marks = {person.lemma_.lower(), *(c.lemma_.lower() for c in person.children if c.dep_ in {"amod", "compound"})}
    return bool(marks & CAPTIVE_MARKS)


def _into_custody(verb: Token) -> bool:
    """ "were taken into custody", "held in custody": an arrest (not "took them to hospital")."""
    places = (o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"into", "in"} for o in p.children)
    return any(o.lemma_.lower() == "custody" for o in places)


def _held_as(verb: Token, objects: list[Token]) -> tuple[str, tuple[str, ...]] | None:
    """ "held 20 people hostage", "were taken hostage", "took 40 hostages": hostage-taking, PLOVER ASSAULT:abduct;
    "used civilians as human shields": coercion. Not hostages already held ("took the hostages to hospital", "will
    release two guards held captive by them")."""
    if verb.dep_ == "acl":
        return None
    roles = [c for c in verb.children if c.dep_ not in {"nsubj", "nsubjpass", "dobj"}]
    roles += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    roles += [o for o in objects if o.dep_ == "dobj" and not _definite(o)]
    words = {r.lemma_.lower() for r in roles}
    if words & SHIELD_WORDS:
        return ("COERCE", ())
    taken = verb.lemma_.lower() != "use" and words & HOSTAGE_WORDS
    return ("ASSAULT", ("abduct",)) if taken else None


def _definite(noun: Token) -> bool:
    """ "the hostages", "their captives": people already known, not taken in this act."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "these", "those"}) for c in noun.children)


def _trained_forces(objects: list[Token]) -> tuple[str, tuple[str, ...]] | None:
    """ "has trained 500 computer hackers", "trained fighters": armed forces readied, PLOVER MOBILIZE; forces marked as
    another's ("training Ukrainian soldiers", "local forces", "their forces", "the rebels allied with it") are trained
    as military aid (CAMEO 073)."""
    for trainee in filter(_armed, objects):
        if any(_names_whose(c) for c in trainee.children):
            return ("AID", ())
        mode = MOBILIZED_MODES.get(SECTOR_WORDS.get(trainee.lemma_.lower()) or "")
        return ("MOBILIZE", (mode,) if mode else ())
    return None


def _armed(people: Token) -> bool:
    """Armed forces: "soldiers", "fighters", "hackers", "reservists"; not "pressure groups" or "supporters"
    mobilized to speak for a cause."""
    lemma = people.lemma_.lower()
    return SECTOR_WORDS.get(lemma) in ARMED_SECTORS or lemma in TRAINED_FORCES


def _names_whose(modifier: Token) -> bool:
    """A modifier that says whose forces they are: a nationality, "local", a possessive or a clause ("allied with")."""
    if modifier.dep_ in {"poss", "acl", "relcl"}:
        return True
    named = modifier.ent_type_ in {"NORP", "GPE"} or modifier.lower_ == "local"
    return modifier.dep_ in {"amod", "compound"} and named


def _recipient(verb: Token, gift: Token) -> Token | None:
    """Who is given it: "gave de Klerk a welcome", "gave a welcome to de Klerk", "a welcome to the plan"."""
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    if dative is not None:
        return dative
    to = (c for t in (verb, gift) for c in t.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to")
    return next((o for p in to for o in p.children if o.dep_ == "pobj"), None)


def _welcomed(guest: Token | None) -> tuple[str, tuple[str, ...]] | None:
    """A person or country welcomed is a guest received (CONSULT, as hosting a visit); a plan or decision welcomed
    is supported."""
    if guest is None:
        return None
    someone = guest.ent_type_ in {"PERSON", "NORP", "GPE", "ORG"} or guest.tag_ in {"PRP", "NNP"}
    return ("CONSULT", ()) if someone or SECTOR_WORDS.get(guest.lemma_.lower()) in GUEST_SECTORS else ("SUPPORT", ())


def _emergency_rule(thing: Token) -> bool:
    """ "a state of emergency", "a state of siege", "martial law", "emergency rule": the law set aside, PLOVER
    COERCE:martial-law; not "a climate emergency"."""
    words = _object_words(thing)
    lemma = thing.lemma_.lower()
    if lemma == "state":
        return bool(words & {"emergency", "siege"})
    return lemma in {"law", "rule", "decree"} and bool(words & {"martial", "emergency"})


def _lets_in(verb: Token, things: set[str]) -> bool:
    """ "allowed UN inspectors to resume their work", "allowed the delivery of grain": the entry of observers,
    peacekeepers or aid, which PLOVER codes RETREAT:access (an easing of rules for all is a concession)."""
    clauses = (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})
    subjects = {w for c in clauses for s in c.children if s.dep_ == "nsubj" for w in _object_words(s)}
    return bool((things | subjects | _given_access(verb)) & ACCESS_SEEKERS)


def _given_access(verb: Token) -> set[str]:
    """Who is given the access a verb allows: "would allow access for relief workers", "allowed access to aid
    convoys"."""
    access = (o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() == "access")
    phrases = (p for a in access for p in a.children if p.dep_ == "prep" and p.lower_ in {"for", "to"})
    return {w for p in phrases for o in p.children if o.dep_ == "pobj" for w in _object_words(o)}


def _phrasal(verb: Token, lemma: str, things: set[str], objects: list[Token]) -> tuple[str, tuple[str, ...]] | None:
    """ "called for a ceasefire" / "called on X to": a demand; "called off the strike": a protest ended (a
    concession); "handed over aid": aid; "broke off talks": a sanction;
    "pulled out": a withdrawal; "recalled its ambassador": a sanction."""
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"}}
    if lemma == "call" and "off" in particles:
        return ("CONCEDE", ()) if _protest_ended(objects) else None
    if lemma == "call" and _phoned(verb, objects):
        return ("CONSULT", ("phone",))
    if lemma == "call":
        return ("REQUEST", ()) if _called_upon(verb) else None
    if lemma == "hand":
        return ("AID", ()) if "over" in particles and things & AID_OBJECTS else None
    if lemma == "break":
        return ("SANCTION", ("discontinue",)) if "off" in particles and things & DEALINGS else None
    if lemma == "pull":
        return ("RETREAT", ("withdraw",)) if particles & {"out", "back"} else None
    return ("SANCTION", ("withdraw",)) if things & ENVOYS else None


def _phoned(verb: Token, objects: list[Token]) -> bool:
    """ "Netanyahu called Morrison to congratulate him", "called his Lebanese counterpart on Tuesday": a leader
    phoned (CAMEO 040, PLOVER CONSULT); not "called him a traitor", "called elections" or "was called Ali"."""
    if any(c.dep_ in {"oprd", "ccomp", "xcomp", "attr"} for c in verb.children) or verb.dep_ == "amod":
        return False
    called = [t for o in objects if o.dep_ == "dobj" for t in (o, *(c for c in o.children if c.dep_ == "appos"))]
    return any(o.ent_type_ == "PERSON" or SECTOR_WORDS.get(o.lemma_.lower()) in GUEST_SECTORS for o in called)


def _called_upon(verb: Token) -> bool:
    """ "called for a ceasefire", "called on the army to withdraw": a demand; not "called him on Monday", whose "on"
    tells a date."""
    calls = [c for c in verb.children if c.dep_ in {"prt", "prep"} and c.lower_ in {"for", "on", "upon"}]
    return any(not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children) for c in calls)


def _object_words(thing: Token) -> set[str]:
    """The lemmas that say what a thing is: its head and compounds ("mediation efforts", "arms supplies")."""
    words = {thing.lemma_.lower(), thing.lower_}
    words |= {c.lemma_.lower() for c in thing.children if c.dep_ in {"compound", "amod"}}
    measured = of_object(thing)
    if measured is not None and any(c.dep_ == "nummod" for c in measured.children):
        measured = of_object(measured) or measured  # "the delivery of 1,000 tons of grain": the grain
    return words | ({measured.lemma_.lower()} if measured is not None else set())  # "700 kg of medicine"


def states_a_stance(verb: Token) -> bool:
    """ "Israel is opposed to the mediation", "Vietnam is committed to opening up": a passive form that states the
    subject's own stance, not something done to it."""
    if verb.lemma_.lower() not in STANCE_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = verb.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in verb.children)  # "are committed to"
    return passive and any(c.lower_ == "to" or c.dep_ == "xcomp" for c in verb.children)


def said_intent(
    trigger: Token, verb: Token | None, event_type: str, status: Status
) -> tuple[str, tuple[str, ...], Status] | None:
    """(type, modes, status) of an act someone says will or would be done, coded as the saying: "Portugal will
    support Turkey, the president said" is AGREE, "the farmers said they would blockade Paris" THREATEN and "the
    U.S. said it would not meet the demands" REJECT (the refusal has happened). The act stays planned or
    hypothetical in the status of a promise or threat; what the author alone schedules ("the ministers will meet
    next week") is no statement. A formal protest is a statement too: ACCUSE (``_protest_addressed``).
    ``verb``: the trigger's own verb, or the light verb that carries it."""
    if event_type == "PROTEST" and _protest_addressed(trigger, verb):
        return "ACCUSE", ("disapprove",), status
    if verb is not None and not _announced(verb) and _refused_outright(verb, event_type):
        mode = REJECTED_MODES.get(event_type)
        return "REJECT", (mode,) if mode else (), Status("asserted")
    if verb is None or not (_announced(verb) or _failed(verb)):
        return None
    promised = _promised(verb)
    said = event_status(verb).status if verb != trigger else status.status
    if _failed(verb) and event_type in COOPERATIVE_TYPES | {"AGREE"}:
        return "REJECT", (), _statement_status(verb)
    if said == "negated" and promised and event_type in COOPERATIVE_TYPES | {"AGREE"}:
        mode = REJECTED_MODES.get(event_type)
        return "REJECT", (mode,) if mode else (), _statement_status(verb)
    if not (promised or said == "hypothetical" or _conditional(verb)):
        return None
    intent = status if status.status in {"planned", "hypothetical"} else _intent_status(verb)
    if event_type in COOPERATIVE_TYPES:
        return "AGREE", (), intent
    if event_type in HOSTILE_TYPES:
        return "THREATEN", ("violence",) if event_type == "ASSAULT" else (), intent
    return None


def _refused_outright(verb: Token, event_type: str) -> bool:
    """ "The United States will not lift the ban until ...", "Israel won't release the prisoners": a party's own
    cooperation negated in the future is its refusal, told by the author as "said" would tell it (PLOVER REJECT)."""
    if event_type not in COOPERATIVE_TYPES | {"AGREE"} or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in verb.children)


def _protest_addressed(trigger: Token, verb: Token | None) -> bool:
    """ "made a formal protest to Japan", "lodged a protest": a protest handed to an authority, which PLOVER codes as
    ACCUSE ("written and institutionalized protests"), not a demonstration. Only where a light verb carries the noun,
    so that its subject is the one who protests."""
    if verb is None or trigger.pos_ != "NOUN":
        return False
    filed = verb.lemma_.lower() in FILING_VERBS
    return filed or any(c.dep_ == "amod" and c.lemma_.lower() in FORMAL_MARKS for c in trigger.children)


def _intent_status(verb: Token) -> Status:
    """The status of an act promised or threatened: hypothetical when it hangs on a condition, else planned."""
    if _conditional(verb):
        return Status("hypothetical", cue="if")
    return Status("planned", cue=verb.head.text)


def _failed(verb: Token) -> bool:
    """ "failed to reach agreement": a refusal, as PLOVER codes it."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _conditional(verb: Token) -> bool:
    """ "may halt its mediation if cooperation founders": an act made to hang on a condition."""
    clauses = (c for c in verb.children if c.dep_ == "advcl")
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for c in clauses for m in c.children)


def _promised(verb: Token) -> bool:
    """ "will send", "would blockade", "is willing to send", "vowed to attack"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in INTENT_HEADS or verb.head.lower_ in INTENT_HEADS)


def _announced(verb: Token) -> bool:
    """Someone says it: a reporting verb governs the clause ("X said it will ..."), or a verb of intent does."""
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in INTENT_HEADS or verb.head.lower_ in INTENT_HEADS):
        return True
    return _reporting_verb(verb) is not None


def _reporting_verb(verb: Token) -> Token | None:
    return next((a for a in list(verb.ancestors)[:3] if a.pos_ == "VERB" and a.lemma_ in REPORTING_VERBS), None)


def _statement_status(verb: Token) -> Status:
    """The status of a statement made: reported by the speaker of the reporting verb."""
    speaker = _reporting_verb(verb)
    if speaker is None:
        return Status("asserted")
    return Status("reported", source_token=next((c for c in speaker.children if c.dep_ == "nsubj"), None))
