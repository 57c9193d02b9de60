"""Readings of the parse that every part of the event coder shares: the subject of a verb (also across conjoined,
controlled and misparsed clauses), whether the verb is active or passive, the light verb that carries an event noun
("staged a protest", "provided aid", "went on strike"), and which words name people.

They stand apart because the trigger rules (``triggers``), the participant rules (``participants``), the learned
fallback (``acled``) and the coder itself all lean on them, and none of those owns them.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.annotate.sectors import SECTOR_WORDS
from newsevents.events.lexicon import (
    AGREEMENT_LEAVING_PARTICLES,
    AGREEMENT_LEAVING_PREPOSITIONS,
    AGREEMENT_LEAVING_VERBS,
    AGREEMENT_QUITTING_VERBS,
    APPROVING_VERBS,
    FIRE_AIMS,
    is_light_verb,
)
from newsevents.events.statements import forces_among, strike_of_work


def ends_hyphenated(token: Token, first: str) -> bool:
    """Whether ``token`` ends a hyphenated word the tokenizer split after ``first``: "shoot-out", "cease-fire",
    "sit-in", "drive-by"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == first


AGREEMENT_OBJECTS = {"agreement", "deal", "treaty", "accord", "memorandum", "pact", "ceasefire", "truce"}
#: Prepositions whose gerund shares the subject of the verb they hang on: "by donating", "after meeting".
SHARED_SUBJECT_PREPOSITIONS = {"by", "after", "before", "while", "without", "upon"}
#: Terms that "set" sets for a party: "set a deadline for Iraq to comply" (``_term_set``).
SET_TERMS = {"deadline", "ultimatum"}
#: Verbs by which a party assents to an agreement and so becomes a party to it: "approved the ceasefire deal".
ASSENTING_VERBS = {"approve", "accept", "ratify", "endorse", "adopt", "agree"}
CAPTIVES = {"hostage", "prisoner", "detainee", "captive", "inmate", "activist", "journalist"}
#: Entity labels of a setting (when, where), not of one who acts.
SETTING_LABELS = {"DATE", "TIME", "GPE", "LOC", "FAC"}
#: Entity labels of a name that may be a verb's subject.
ACTING_NAME_LABELS = {"ORG", "NORP", "PERSON", "GPE"}
#: Nouns of an undertaking that an event noun before them names: "a mediation mission", "mediation efforts", "an
#: arrest operation", "a protest campaign".
MISSION_NOUNS = {"mission", "effort", "initiative", "bid", "campaign", "operation", "process"}
#: Verbs whose subject carries out the mission it sends: "the UN sent a mediation mission".
SENDING_VERBS = {"send", "dispatch"}
#: Verbs of a crowd that take no object in that sense: a participle of one that hangs on the sentence's noun tells
#: what the noun did ("A human rights group protested here"), never what was done to it.
INTRANSITIVE_CROWD_VERBS = {"protest", "demonstrate", "march", "rally", "riot", "picket"}
#: Verbs of fighting that take no object, whose past form no participle describing a noun has: "forces in an
#: operation clashed with militants".
INTRANSITIVE_FIGHT_VERBS = {"clash", "skirmish"}
#: Verbs of shooting that name their aim with a preposition ("fired at a businessman"): a passive would strand it
#: ("the car fired at by police"), so one whose preposition keeps its object is active.
AIMED_SHOOTING_VERBS = {"fire", "shoot"}
#: Verbs of giving whose subject gives the event noun they take as object, or with "with": "provided military aid",
#: "pledged full support", "provided Egypt with assistance", "earmarked $2 million in emergency aid" (the light verbs
#: of ``lexicon`` carry any event noun). Those of material giving make "support" help given, not support expressed
#: ("provide support to the victims").
MATERIAL_GIVING_VERBS = {"provide", "supply", "grant", "send", "donate", "allocate", "earmark", "disburse"}
PROVIDING_VERBS = MATERIAL_GIVING_VERBS | {"pledge", "promise"}
#: Prepositions of a light verb whose object tells when or why, not what the verb's subject does.
SETTING_PREPOSITIONS = {
    "despite", "after", "before", "since", "during", "amid", "following", "until", "over", "against",
}  # fmt: skip
#: Prepositions that tie an event noun to the amount the verb's object names: "$2 million in assistance", "two
#: tonnes of aid".
MEASURE_PREPOSITIONS = {"in", "of"}
#: Nouns of a spell of an event, which a verb carries as it would the event: "began a new round of talks",
#: "launched a wave of strikes", "held a series of meetings".
SPELL_NOUNS = {"round", "wave", "series", "spate"}
#: Verbs of going that set out on an event: "arrived on a visit", "went on strike".
ERRAND_VERBS = {"arrive", "go", "come", "embark", "travel", "fly", "leave", "set"}
#: Verbs whose subject takes part in the event their "in" object names, passive in form or not: "were engaged in
#: ethnic cleansing", "was involved in the attack", "the men involved in the raid".
PARTICIPATION_VERBS = {"engage", "involve"}
#: Verbs whose object, when it is "the strike", is a stoppage of work: "will not end the strike", "joined the strike".
STOPPAGE_VERBS = {"end", "call", "join", "continue", "extend", "suspend", "cancel", "prolong"}
#: Of those, the verbs whose subject strikes ("joined the strike"); who ends one stops striking.
STRIKE_KEEPING_VERBS = {"join", "continue", "extend", "prolong"}


def names_a_mission(noun: Token) -> bool:
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in MISSION_NOUNS


def put_on_alert(noun: Token) -> bool:
    """ "troops remained on high alert", "put the army on alert": armed forces readied (PLOVER MOBILIZE, as CAMEO's
    raised alert status), carried by the verb of "on"; not "residents were on alert"."""
    if noun.lemma_.lower() != "alert" or noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return False
    verb = noun.head.head
    return forces_among([c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]) is not None


def named_stoppage(noun: Token) -> bool:
    """ "will not end the strike", "joined the strike", "called off the strike": a stoppage that people join, keep up or
    end is a labour strike; an air strike is not, nor one "on" or "against" something ("called off the strike on
    Iran")."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in STOPPAGE_VERBS or not strike_of_work(noun):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in noun.children)


def reporting_tag(verb: Token) -> bool:
    """ "Croatia is failing its refugees, a human rights group protested here Wednesday": a verb set off by a comma
    after the clause it reports, with nothing after it but when and where, tells what was said, as "said" would
    (the parser hangs such a tag on the clause's last noun)."""
    subject = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return False
    start = subject.left_edge.i
    root = verb.sent.root
    if root.i >= start or root.pos_ not in {"VERB", "AUX"} or verb.doc[start - 1].text != ",":
        return False  # "On 5 May, in Lima, teachers protested": no clause before the comma
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    return all(t.is_punct or t.pos_ in {"ADV", "ADP", "DET"} or t.ent_type_ in {"DATE", "TIME"} for t in rest)


def quits_an_agreement(verb: Token) -> bool:
    """ "reneged on the nuclear accord", "withdrew from the treaty", "pulled out of the deal", "scrapped the pact": a
    party leaves an agreement, which rejects it (PLOVER REJECT, CAMEO 127), making no agreement and pulling back no
    forces."""
    return verb.pos_ == "VERB" and any(o.lemma_.lower() in AGREEMENT_OBJECTS for o in _quitted(verb))


def agreement_quitted(noun: Token) -> bool:
    """An agreement that a verb of leaving it takes (``quits_an_agreement``): no agreement reached; the leaving is the
    event."""
    if noun.lemma_.lower() not in AGREEMENT_OBJECTS:
        return False
    verb = noun.head
    while verb.dep_ == "prep" or verb.lower_ in AGREEMENT_LEAVING_PARTICLES:
        verb = verb.head  # "pulled [out] [of] the deal"
    return verb.pos_ == "VERB" and noun in _quitted(verb)


def _quitted(verb: Token) -> list[Token]:
    """What a verb of leaving an agreement takes: the object of "quit", "scrap"; the object of the "on", "from", "of"
    of "renege", "withdraw", "pull out", "walk away"."""
    lemma = verb.lemma_.lower()
    found = [c for c in verb.children if c.dep_ == "dobj"] if lemma in AGREEMENT_QUITTING_VERBS else []
    if lemma not in AGREEMENT_LEAVING_VERBS:
        return found
    heads = [verb, *(c for c in verb.children if c.lower_ in AGREEMENT_LEAVING_PARTICLES)]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in AGREEMENT_LEAVING_PREPOSITIONS]
    return found + [o for p in preps for o in p.children if o.dep_ == "pobj"]


def is_people(token: Token) -> bool:
    lemma = token.lemma_.lower()
    personal = token.pos_ == "PRON" and token.lower_ not in {"it", "this", "that", "what", "which"}
    return personal or token.ent_type_ in {"PERSON", "NORP"} or lemma in SECTOR_WORDS or lemma in CAPTIVES


def light_verb_of(noun: Token) -> Token | None:
    """The light verb whose object (or prepositional object) the event noun is: "staged" in "staged a protest",
    or a verb of going whose "on" introduces it: "arrived on a visit", "went on strike"; for an event noun that names
    a mission, the verb that sends or carries out the mission ("sent a mediation mission"); the verb that keeps forces
    on alert or a strike up ("remained on alert", "joined the strike"); for a noun in a coordination, its first
    conjunct's verb."""
    if names_a_mission(noun):
        mission = noun.head
        sent = mission.dep_ == "dobj" and mission.head.lemma_.lower() in SENDING_VERBS
        return mission.head if sent else light_verb_of(mission)
    measure = _measure_of(noun)
    if measure is not None:
        return light_verb_of(measure)
    if noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        return light_verb_of(noun.head)  # "launched air and artillery strikes", parsed as "air" and "strikes"
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    on_errand = noun.dep_ == "pobj" and noun.head.lower_ == "on" and verb.lemma_.lower() in ERRAND_VERBS
    carried = (is_light_verb(verb) and _carried_as_object(noun, verb)) or _given(noun, verb) or _assented_to(noun, verb)
    carried = carried or _term_set(noun, verb)
    kept_up = put_on_alert(noun) or (named_stoppage(noun) and verb.lemma_.lower() in STRIKE_KEEPING_VERBS)
    return verb if carried or on_errand or kept_up or _takes_part(noun) else None


def _term_set(noun: Token, verb: Token) -> bool:
    """ "set a 30-day deadline for the agency", "set an ultimatum": "set" carries a term it sets for a party, though it
    is no light verb of other nouns ("set fire", "set the stage for talks")."""
    return noun.dep_ == "dobj" and verb.lemma_.lower() == "set" and noun.lemma_.lower() in SET_TERMS


def _assented_to(noun: Token, verb: Token) -> bool:
    """ "approved the ceasefire deal", "agreed to a truce": the subject is a party to the agreement it assents to."""
    if verb.lemma_.lower() not in ASSENTING_VERBS or noun.lemma_.lower() not in AGREEMENT_OBJECTS:
        return False
    return noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in {"to", "on"})


def _carried_as_object(noun: Token, verb: Token) -> bool:
    """The event noun is a light verb's object, direct or through a preposition ("took part in a rally", "called for a
    boycott"); not one that tells when or why ("continued despite the agreements", "staged a sit-in over the
    arrests": the agreements and the arrests are others' doing), nor what a verb of sanction is said of ("approved
    of the strikes")."""
    if noun.dep_ == "dobj":
        return True
    through_preposition = noun.dep_ == "pobj" and noun.head.lower_ not in SETTING_PREPOSITIONS
    return through_preposition and verb.lemma_.lower() not in APPROVING_VERBS


def _given(noun: Token, verb: Token) -> bool:
    """ "provided military aid", "pledged support", "provided Egypt with military assistance": the event noun is what
    a verb of giving gives."""
    if verb.lemma_.lower() not in PROVIDING_VERBS:
        return False
    return noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "with")


def _measure_of(noun: Token) -> Token | None:
    """The amount a verb's object names, of which the event noun says what it is: "announced $33 million in
    assistance", "sent 200 tonnes of aid", "staged two days of protests", "began a new round of talks"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in MEASURE_PREPOSITIONS:
        return None
    measure = noun.head.head
    counted = measure.pos_ == "NUM" or any(c.dep_ == "nummod" for c in measure.children)
    counted = counted or (noun.head.lower_ == "of" and measure.lemma_.lower() in SPELL_NOUNS)
    given_with = measure.dep_ == "pobj" and measure.head.lower_ == "with"  # "provided Egypt with $50 billion in aid"
    return measure if counted and (measure.dep_ == "dobj" or given_with) else None


def _takes_part(noun: Token) -> bool:
    """ "were engaged in ethnic cleansing", "involved in the attack": the event noun is what the verb's subject takes
    part in."""
    preposition = noun.head
    verb = preposition.head
    return noun.dep_ == "pobj" and preposition.lower_ == "in" and verb.lemma_.lower() in PARTICIPATION_VERBS


def active_subject(verb: Token) -> Token | None:
    """The subject of an active verb (or of the verb governing it); none for a passive one, save a verb of taking part
    ("were engaged in"), whose subject acts whatever its form."""
    if verb.lemma_.lower() in PARTICIPATION_VERBS:
        return _participant(verb)
    if any(passive_marker(c) for c in verb.children):
        return None
    return governing_subject(verb)


def _participant(verb: Token) -> Token | None:
    """Who takes part: the subject of "were engaged", or the noun "involved" describes ("the men involved in")."""
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None else governing_subject(verb)


def misparsed_predicate(verb: Token) -> bool:
    """A sentence's verb the parser hung on its subject, left as the root, or on a noun of a phrase of that subject
    (``misread_subject``): "an Imbonerakure attacked and sexually abused a student", "a group of people tortured and
    buried alive seven people", "forces in an operation clashed with militants". A participle that describes a noun
    takes no object ("two men killed in the attack"), so a past form with one (or conjoined to one that has one) is
    the noun's predicate, and so is one that shoots "at" an aim ("unidentified persons fired at a businessman"); a
    present participle with an object still describes it ("a mine exploded, injuring three")."""
    if verb.dep_ != "acl" or misread_subject(verb) is None or verb.tag_ not in {"VBD", "VBN"}:
        return False
    intransitive = verb.lemma_.lower() in INTRANSITIVE_CROWD_VERBS | INTRANSITIVE_FIGHT_VERBS
    if intransitive and not any(c.dep_ in {"agent", "dobj"} for c in verb.children):
        return True  # "A human rights group protested here": no one is "protested"
    if _shoots_at_an_aim(verb):
        return True  # "unidentified persons fired at a businessman"
    verbs = (verb, *(c for c in verb.children if c.dep_ == "conj"))
    return any(c.dep_ == "dobj" for v in verbs for c in v.children)


def misread_subject(verb: Token) -> Token | None:
    """The noun a clause's verb the parser hung as a describing clause (``misparsed_predicate``) has for subject: the
    root noun it hangs on, or the root noun whose phrase holds the noun it hangs on ("forces in an operation clashed
    with", "troops on patrol destroyed")."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "ROOT":
        noun = noun.head.head
    return noun if noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"} else None


def _shoots_at_an_aim(verb: Token) -> bool:
    if verb.lemma_.lower() not in AIMED_SHOOTING_VERBS:
        return False
    aims = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in FIRE_AIMS)
    return any(o.dep_ == "pobj" for a in aims for o in a.children)


def marked(clause: Token, marks: set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def passive_marker(child: Token) -> bool:
    """A passive subject or auxiliary; not the name "IS" (the Islamic State) the parser reads as "is": "IS Sahel
    militants seized cash"."""
    return child.dep_ == "nsubjpass" or (child.dep_ == "auxpass" and not (child.is_upper and len(child) > 1))


def governing_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb it is conjoined to or controlled by ("vowed to attack", "is willing to
    send")."""
    token = verb
    for _ in range(3):
        subject = _likely_subject(_subjects_of(token))
        if subject is None and (named := _name_taken_for_an_adverb(token)) is not None:
            return named
        if subject is not None and subject.dep_ == "nsubj" and subject.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
            return token.head  # "the policemen who killed": the policemen
        if subject is not None:
            return subject if subject.dep_ == "nsubj" or token != verb else None
        if misparsed_predicate(token):
            return misread_subject(token)
        if token.dep_ == "acl" and reporting_tag(token):
            return token.head
        if token.dep_ == "advcl" and token.tag_ == "VBG" and (token == verb or not _people_told_to(token)):
            return _active_subject_of(_clause_verb(token.head))  # "..., using poison gas to kill them": the user kills
        if token == verb and _gerund_of_means_or_time(token):
            return _active_subject_of(token.head.head)
        if token.dep_ not in {"conj", "xcomp", "acomp"} and not (_serves_an_active_verb(token) or _let_free(token)):
            return None  # "acomp": "is willing to send", "is ready to attack"
        token = token.head
    return None


def _subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, with one the parser hung on its auxiliary: "The United Kingdom and France however have
    opposed" is parsed with "Kingdom" under "have"."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return [c for t in (verb, *auxiliaries) for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _people_told_to(verb: Token) -> bool:
    """ "prompting the police to open fire": people as the object of a verb are the ones who do what its infinitive
    says (not "using poison gas to kill": a thing is what the subject uses)."""
    return any(c.dep_ == "dobj" and is_people(c) for c in verb.children)


def _gerund_of_means_or_time(verb: Token) -> bool:
    """ "continues its efforts by donating supplies", "fled after killing two guards": a gerund after a preposition of
    means or time is done by the subject of the verb the preposition hangs on (not "accused him of killing")."""
    preposition = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and preposition.lower_ in SHARED_SUBJECT_PREPOSITIONS
        and preposition.head.pos_ in {"VERB", "AUX"}
    )


def _let_free(verb: Token) -> bool:
    """ "Ethiopia let free 74 political leaders", "let go the hostages": the parser may hang the word of release on
    "let" as a clause with no subject of its own; the release is the act of whoever lets them free."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "let" and verb.lower_ in {"free", "go", "loose"}


def _serves_an_active_verb(verb: Token) -> bool:
    """ "opened the bridge to allow the delivery of grain", "who went to Syria to fight IS": an infinitive of purpose,
    done by the subject of the active verb it serves (not "the bridge was opened to allow")."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "advcl" or not infinitive:
        return False
    return not any(passive_marker(c) for c in verb.head.children)


def _clause_verb(word: Token) -> Token:
    """The verb of the clause a word is in: "gathered" for "stop" in "members gathered at the bus stop, protesting
    ...", where the parser hung the participle's clause on the noun before its comma."""
    if word.pos_ in {"VERB", "AUX"}:
        return word
    return next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), word)


def _active_subject_of(verb: Token) -> Token | None:
    """The subject a participle shares with the active verb it qualifies: "gunmen attacked the village, killing five",
    "a landmine exploded, injuring three porters"; none after a passive one ("the convoy was ambushed, killing five":
    the convoy killed no one)."""
    if any(passive_marker(c) for c in verb.children):
        return None
    return _likely_subject([c for c in verb.children if c.dep_ == "nsubj"])


def _name_taken_for_an_adverb(verb: Token) -> Token | None:
    """A name before a verb with no subject that the parser read as the verb's modifier: "USAID deployed seven
    teams" is parsed with "USAID" as an adverb. A name that heads nothing before it is taken as the subject."""
    if verb.pos_ != "VERB":
        return None
    name = next((c for c in verb.lefts if c.dep_ == "advmod" and c.ent_type_ in ACTING_NAME_LABELS), None)
    return name if name is not None and name.i == name.left_edge.i else None


def _likely_subject(subjects: list[Token]) -> Token | None:
    """The subject, or, where the parser gave a verb several, the one that is no date or place and stands nearest
    before the verb: "On 2 May 2022, in Mariquita, rioters attacked" is parsed with "May" as a subject too, and "in
    Shar Hla village, Seikphyu township (Pakokku district), the troops set fire" with "township"."""
    agents = [s for s in subjects if s.ent_type_ not in SETTING_LABELS] or subjects
    if len(agents) < 2:
        return (agents or [None])[0]
    before = [s for s in agents if s.i < s.head.i]
    return before[-1] if before else agents[0]


def noun_clause(child: Token) -> bool:
    """A clause that spells out what a noun says: "demands that the government grant", "a threat to cut ties"."""
    return child.dep_ == "acl" and any(c.dep_ in {"mark", "aux"} and c.lower_ in {"that", "to"} for c in child.children)


#: Verbs of a cause harming people, whose agent is no doer of the people: "populations affected by the cyclone".
HARMING_PARTICIPLES = {"affect", "hit", "displace", "strike"}


def with_participles(thing: Token, harming: bool = True) -> list[Token]:
    """The thing's children and those of the participles that describe it, whose "by" names the doer too: "crimes
    committed by Croat forces", "a bill signed by the Labour Minister"; without ``harming``, not those of a cause
    harming it ("populations affected by the cyclone" are no doing of the cyclone)."""
    participles = [c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if not harming:
        participles = [p for p in participles if p.lemma_.lower() not in HARMING_PARTICIPLES]
    return [*thing.children, *(c for p in participles for c in p.children)]
