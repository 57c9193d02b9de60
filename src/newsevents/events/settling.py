"""What the text leaves implicit, settled once every event is coded: the place and date an event inherits from the
lead, the target a place implies, the country of groups and people, the crowd or police behind an unnamed protest or
arrest, and unnamed gunmen, named groups and tribesmen armed as ACLED codes them.

Apart from ``participants`` because it reads all the events and the article's places together, not one trigger's
parse.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import actor_for_token, implicit_group
from newsevents.annotate.find_mentions import country_weights
from newsevents.annotate.geo import iso3
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import of_object, tokens_with_lemma
from newsevents.annotate.sectors import ARMED_SECTORS, KNOWN_ACTORS
from newsevents.events.acled import crowd_acts_told
from newsevents.events.classifier import plover_types_of
from newsevents.events.lexicon import (
    ARMED_MODES,
    MEMBER_NOUNS,
    UNARMED_SIDES,
    UNNAMED_PEOPLE_NOUNS,
    WEAPONS,
    is_crowd,
)
from newsevents.events.place import place_before
from newsevents.events.syntax import active_subject, ends_hyphenated
from newsevents.events.targets import country_actor_of_place
from newsevents.events.triggers import fires_at_something, opens_fire
from newsevents.record import HAPPENED_STATUSES, Actor, Event, EventDate, TimeExpr

#: Names of people of a tribe or clan, who fight as its militia (``arm_militias``).
TRIBESMEN = {"tribesman", "tribesmen", "clansman", "clansmen"}
#: Names of herders, whose raids and killings are their community's militia's (``arm_militias``).
HERDERS = {"herder", "herders", "herdsman", "herdsmen", "pastoralist", "pastoralists"}
#: Sectors herders are read with: their trade's, a civilian's, or none.
HERDER_SECTORS = {"AGR", "CVL", None}
#: The crowd that holds an event of an ACLED type when the text names no one.
CROWDS_OF_ACLED_TYPES = {"Riots": "rioters", "Protests": "protesters"}
#: Sectors of a victim the text may yet show to be a criminal (``arm_criminal_victims``): one not known to be armed.
UNARMED_OR_UNKNOWN = {None, "UNK", "CVL"}
#: What a dealer deals in when he is a criminal: "a drug dealer", "an arms dealer" (not "a car dealer").
CRIMINAL_GOODS = {"drug", "arm", "arms", "weapon", "narcotic"}
#: What a member of organised crime is, or is a member of: "a gangster", "a member of a cartel".
ORGANISED_CRIME = {"gang", "gangster", "cartel", "mafia", "trafficker", "smuggler", "hitman", "narco"}
#: Verbs that say who a victim was: "identified as", "recognized as".
IDENTIFYING_VERBS = {"identify", "recognize", "recognise", "name", "describe"}
#: What a victim was involved in that makes him a criminal: "involved in drug trafficking", "in criminal activities".
CRIMINAL_DEALINGS = {"trafficking", "crime", "criminal", "gang", "smuggling", "extortion", "cartel"}
#: Words that tie an attack to crime: drugs, trafficking, extortion, robbery, gangs and cartels ("the victim was a
#: drug trafficker", "an attack related to extortion"), and the drive-by shooting (``_drive_by``).
CRIME_CUES = {
    "drug", "trafficker", "trafficking", "extortion", "robbery", "robber", "gang", "cartel", "drive",
}  # fmt: skip
#: Words of shooting, which show arms borne: "shot a man", "opened fire", "exchanged gunfire" (``_shots_fired``).
SHOOTING_WORDS = {"shoot", "shooting", "gunfire", "gunshot", "fire"}
#: How many sentences after an attack's own may tell what it was about ("The victim was a drug user.").
CRIME_CUE_REACH = 2
#: ACLED's event types whose first actor is always the crowd: the police that intervene are its second.
CROWD_EVENT_TYPES = {"Protests", "Riots"}
#: Sectors of the state's forces, which intervene in a protest or riot.
INTERVENING_SECTORS = {"COP", "MIL"}
#: Sectors of the unidentified attackers and gangs ("unknown assailants", "a gang of youths") whose violence, told as
#: a riot, was a mob's: rioters, not an armed group (``_rioters_not_a_band``); and so was a militia's the text does
#: not name as a known armed group ("a vigilante group").
MOB_SECTORS = {"UAF", "CRM", "UNK"}


def name_the_crowd(events: list[Event], mentions: Mentions) -> None:
    """A riot or protest with no one named was a crowd's doing: its ACLED type, read from the crowd, the demonstration
    or the mob the text tells of, says so ("rioters" or "protesters" of the country where it took place), as it does
    for a protest told by its verb (``settle_actors``). A crowd the text names by a body of no known sector is of
    civilians (``_civilians_unless_known``)."""
    for event in events:
        crowd = CROWDS_OF_ACLED_TYPES.get((event.acled or {}).get("event_type", ""))
        if crowd is None:
            continue
        if event.actor is None:
            country = _place_country(event, mentions) or mentions.home_country
            event.actor = implicit_group(mentions, crowd, "CVL", country)
        _civilians_unless_known(mentions.actor(event.actor))
        if crowd == "rioters":
            _rioters_not_a_band(mentions.actor(event.actor), mentions)


def _civilians_unless_known(actor: Actor | None) -> None:
    """A body, a person or people of no known sector who make up a crowd are civilians, as ACLED codes the
    protesters and rioters of a group it has no other type for; not a country, whose name may stand for its people
    or its state."""
    if actor is not None and actor.sector is None and actor.kind in {"group", "organization", "person"}:
        actor.sector = "CVL"


def arm_the_sides_of_battles(events: list[Event], mentions: Mentions) -> None:
    """Who fought a battle bore arms: ACLED's battle is an armed clash between organised armed groups, so a side the
    text names as a body of people ("an armed clash broke out between Tial and Hatu villagers", "members of the clan
    clashed") or by a name of no known sector ("the Kogi Boys clashed with the Ajegunle Boys") fought as a militia
    (PRM), as ACLED codes communal and other militias. Not a few people it does not name ("two men clashed with
    herders"), nor people named by their nation ("a Palestinian"), nor a country, whose name stands for its forces,
    nor a side of a brawl fought with sticks or stones."""
    for event in events:
        actor = mentions.actor(event.actor)
        if (event.acled or {}).get("event_type") != "Battles" or actor is None or _unnamed_people(actor):
            continue
        if "primitive" in event.modes and not _armed(event):
            continue
        unarmed = actor.sector in UNARMED_SIDES and actor.kind != "country"
        if unarmed or (actor.sector is None and actor.kind in {"organization", "person"}):
            actor.sector = "PRM"


def _unnamed_people(actor: Actor) -> bool:
    """ "two individuals", "a man": a few people the text does not name."""
    return actor.name.lower().split()[-1] in UNNAMED_PEOPLE_NOUNS


def attack_of_the_lead(events: list[Event], mentions: Mentions, sentences: list[Span]) -> None:
    """An attack told only by what it did, with no doer named ("A resident was injured in the clash", "The blast
    destroyed a house"), after a lead whose act no event codes ("Gunmen initiated an armed confrontation with the
    police", "Rebels set off an explosive device near the station"), was the lead's armed subject's doing: news names
    who acted once, in the lead, and tells the harm after it."""
    if len(sentences) < 2 or any(e.evidence[0].start < sentences[0].end_char for e in events):
        return
    unowned = [e for e in events if e.type == "ASSAULT" and e.actor is None and e.status in HAPPENED_STATUSES]
    subject = active_subject(sentences[0].root) if unowned else None
    doer = mentions.actor(actor_for_token(mentions, subject)) if subject is not None else None
    if doer is None or doer.sector not in ARMED_SECTORS:
        return
    for event in unowned:
        event.actor = doer.id
        event.target = None if event.target == doer.id else event.target


def _rioters_not_a_band(actor: Actor | None, mentions: Mentions) -> None:
    """Attackers whose violence was a riot ("unknown assailants pelted the police with stones", "a gang of youths beat
    a boy", "a vigilante group beat a suspected thief", "party cadres clashed with sticks") were a mob, as ACLED codes
    every riot's doers: rioters, civilians, whatever word for unknown armed men, a gang or a militia names them; not
    the state's forces, rebels nor an armed group the text names (a known one, "Imbonerakure")."""
    if actor is None:
        return
    if actor.sector in MOB_SECTORS or (actor.sector == "PRM" and actor.id not in mentions.armed_groups):
        actor.sector = "CVL"


def aim_at_the_place(events: list[Event], mentions: Mentions) -> None:
    """An event its sentence aims at no one is aimed at the country where it takes place, as event coders code it
    ("imposed a curfew in Cizre", "fired shells at targets in Jericho", "arrived in Amman"): its authorities and
    people are whom it concerns. Only a place named with the event counts, not one inherited from the lead."""
    for event in events:
        if event.target is None and event.place is not None:
            target = country_actor_of_place(event.place, mentions)
            event.target = target if target != event.actor else None


def inherit_setting(events: list[Event], doc: Doc, mentions: Mentions, times: list[TimeExpr]) -> None:
    """An event whose sentence names no place or date happened where and when the article last said.

    News writes the setting once, in the lead ("On 5 May, in Maceio, ..."), and later sentences lean on it.
    """
    for event in events:
        start = event.evidence[0].start
        if event.place is None:
            event.place = place_before(start, doc, mentions)
        if event.date.value is None:
            earlier = [t for t in times if t.value and t.granularity == "day" and t.start < start]
            if earlier:
                event.date = EventDate(value=earlier[-1].value, granularity=earlier[-1].granularity)


def settle_actors(events: list[Event], mentions: Mentions) -> None:
    """What the text leaves implicit about who acted.

    A protest with no one named was held by protesters (rioters for a riot), an arrest by the police of the
    country; a group or organisation of unknown nationality is of the country where its event took place, else of
    the article's country. A person the text gives no country keeps none unless every place the article names lies
    in one country: an article set in several countries gives no ground to pick one ("Donald Trump" read as Syrian
    in a story of Syria). The event's place also beats the article's country where a group's was only presumed ("KKE
    members protested in Thessaloniki against the invasion of Ukraine": Greek, although Ukraine is named as
    often), unless the group's events set in towns or regions lie elsewhere, and so does it for a group named by its
    ethnicity. A group the text names by no country, given the article's by default, takes the country of its
    events' towns and regions where they agree and the article's places set the story there as strongly ("after
    talks in Lyon, gunmen attacked a bus in Geneva"): one namesake town abroad is more often a misreading. A person
    travels: an office holder presumed of the article's country whom no event sets there, only abroad, keeps neither
    country, for he may be a visitor as well as a foreigner at home.
    """
    at_home = _seen_in_their_country(events, mentions)
    settings = _countries_of_their_settings(events, mentions)
    for event in events:
        here = _place_country(event, mentions)
        country = here or mentions.home_country
        if event.type == "PROTEST" and event.actor is None:
            name = "rioters" if "riot" in event.modes else "protesters"
            event.actor = implicit_group(mentions, name, "CVL", country)
        if event.type == "COERCE" and event.actor is None and {"arrest", "deport"} & set(event.modes):
            event.actor = implicit_group(mentions, "police", "COP", country)
        for actor in (mentions.actor(event.actor), mentions.actor(event.target)):
            if actor is not None and actor.kind in {"group", "organization", "person"}:
                _settle_country(actor, here, country, mentions, at_home, settings.get(actor.id, set()))


def _settle_country(
    actor: Actor, here: str | None, country: str | None, mentions: Mentions, at_home: set[str], settings: set[str]
) -> None:
    """The country of one side of an event whose place is in ``here`` (``country``: here, else the article's);
    ``at_home``: the actors some event sets in their own country; ``settings``: the countries of the towns and regions
    where the actor's events took place."""
    presumed = actor.id in mentions.presumed_country
    if actor.country is None and actor.name.lower() not in KNOWN_ACTORS:
        actor.country = _sole_country(mentions) if actor.kind == "person" else country
    elif here is None or actor.country == here:
        return
    elif _ethnic_group(actor.name):
        actor.country = here
    elif presumed and actor.kind != "person":
        actor.country = here if settings <= {here} else actor.country
    elif actor.id in mentions.defaulted_country:
        actor.country = here if settings == {here} and _as_well_set(here, actor.country, mentions) else actor.country
    elif presumed and actor.id not in at_home:
        actor.country = None  # "Putin hosted President Assad in Sochi": neither the article's country nor Russia


def _countries_of_their_settings(events: list[Event], mentions: Mentions) -> dict[str, set[str]]:
    """For each actor, the countries of the towns and regions its events are set in; a country read as an event's place
    may be a topic the place reading picked up ("a vigil in Leeds against the war in Ukraine")."""
    settings: dict[str, set[str]] = {}
    for event in events:
        place = mentions.place(event.place)
        if place is None or not place.country or place.feature == "country":
            continue
        for actor_id in (event.actor, event.target):
            if actor_id is not None:
                settings.setdefault(actor_id, set()).add(iso3(place.country))
    return settings


def _as_well_set(here: str, presumed: str | None, mentions: Mentions) -> bool:
    """Whether the article's places set the story in the country of an event's place as strongly as in the country an
    actor was presumed of."""
    weights = country_weights(mentions)
    return weights.get(here, (0, 0))[0] >= weights.get(presumed or "", (0, 0))[0]


def _seen_in_their_country(events: list[Event], mentions: Mentions) -> set[str]:
    """The actors of some event set in the country they are of (or presumed of)."""
    seen = set()
    for event in events:
        here = _place_country(event, mentions)
        for actor in (mentions.actor(event.actor), mentions.actor(event.target)):
            if here is not None and actor is not None and actor.country == here:
                seen.add(actor.id)
    return seen


def arm_unnamed_attackers(events: list[Event], mentions: Mentions, mutual: set[int]) -> None:
    """People the text does not name who attack with arms ("two individuals opened fire", "a man threw a grenade") are
    an unidentified armed force (UAF), as ACLED codes unknown gunmen; crowds (protesters, rioters, a mob) are named by
    what they do and keep their sector, and so do the sides of a fight (both "fought" or "clashed")."""
    for event in events:
        actor = mentions.actor(event.actor)
        if event.type != "ASSAULT" or actor is None or actor.sector != "CVL" or id(event) in mutual:
            continue
        if ARMED_MODES & set(event.modes) and _unnamed_people(actor):
            actor.sector = "UAF"


def criminal_attackers(events: list[Event], mentions: Mentions, sentences: list[Span]) -> None:
    """Unidentified armed men (UAF) whose attack the text ties to crime are criminals (CRM), as ACLED codes such
    gunmen an unidentified gang: "two armed men shot and killed a drug trafficker", "a man was killed in a drive-by
    shooting", "unknown attackers shot a bus driver; it was an attack related to extortion". The tie may come in the
    attack's sentence or the next ``CRIME_CUE_REACH`` ones, as a story tells what an attack was about."""
    if not sentences:
        return
    cues = [t for t in tokens_with_lemma(sentences[0].doc, CRIME_CUES) if t.lemma_.lower() != "drive" or _drive_by(t)]
    if not cues:
        return
    sentence_of = _sentence_finder(sentences)
    cued = {sentence_of(t.idx) for t in cues}
    for event in events:
        actor = mentions.actor(event.actor)
        if event.type != "ASSAULT" or actor is None or actor.sector != "UAF":
            continue
        first = sentence_of(event.evidence[0].start)
        if cued & set(range(first, first + CRIME_CUE_REACH + 1)):
            actor.sector = "CRM"


def _sentence_finder(sentences: list[Span]) -> Callable[[int], int]:
    """Which of the sentences (in text order) holds a character offset."""
    starts = [s.start_char for s in sentences]
    return lambda offset: bisect_right(starts, offset) - 1


def lead_with_the_crowd(events: list[Event], mentions: Mentions, sentences: list[Span]) -> None:
    """A protest or riot is the crowd's, as ACLED codes it, though the lead's first event is the police's intervention
    in it ("Police dispersed the protesters, who had blocked the road"; "police forces clashed with citizens
    demonstrating"): ACLED codes one event, the protest with its intervention. The crowd's own event in the same
    sentence, of a PLOVER type that can code the intervention's ACLED sub-type, or else its protest told elsewhere on
    the same day, takes that sub-type, and the intervention is no ACLED event of its own, so that ``main.main_event``
    chooses the crowd's. Where the text gives the crowd no event ("police arrested 40 people at a Pride March"), the
    protest the intervention tells of is coded as the crowd's, after it (``_crowd_event``). The intervention keeps its
    PLOVER coding and its place in the text, which a PLOVER reading of the article goes by."""
    happened = [e for e in events if e.acled and e.status in HAPPENED_STATUSES]
    lead = happened[0] if happened else None
    if (
        lead is None
        or lead.acled["event_type"] not in CROWD_EVENT_TYPES
        or mentions.sector(lead.actor) not in INTERVENING_SECTORS
    ):
        return
    sentence_of = _sentence_finder(sentences)
    sentence = sentence_of(lead.evidence[0].start)
    sub_type = lead.acled["sub_event_type"]
    crowd = (
        e
        for e in happened[1:]
        if sentence_of(e.evidence[0].start) == sentence
        and mentions.sector(e.actor) in UNARMED_SIDES
        and e.type in plover_types_of(sub_type)
    )
    chosen = next(crowd, None) or next((e for e in happened[1:] if _same_days_protest(e, lead, mentions)), None)
    if chosen is None and not _crowd_told(lead, mentions, sentences):
        return  # "Police beat up two students": no crowd the police met, whatever the classifier read
    if chosen is None:  # "Police arrested 40 at a Pride March": the crowd's protest, told through its dispersal
        chosen = _crowd_event(lead, mentions)
        events.insert(events.index(lead) + 1, chosen)
        _number_after(events, lead, chosen)
    chosen.acled, lead.acled = lead.acled, None


def _crowd_told(intervention: Event, mentions: Mentions, sentences: list[Span]) -> bool:
    """Whether the text tells of a crowd the intervention met: something a crowd does or carries ("a Pride March",
    "protesters", "rioters"), crowd control ("dispersed", tear gas) or a crowd as whom it was aimed at."""
    if "crowd-control" in intervention.modes or crowd_acts_told(sentences):
        return True
    return is_crowd(mentions.actor(intervention.target))


def _number_after(events: list[Event], lead: Event, added: Event) -> None:
    """Number an added event next after ``lead``: the events' numbers tell the text's order (which ACLED's choice of
    the reported event may have left the list out of), and the intervention comes first for a PLOVER reading."""
    after = int(lead.id.removeprefix("e"))
    for event in events:
        number = int(event.id.removeprefix("e")) if event.id else 0
        if number > after:
            event.id = f"e{number + 1}"
    added.id = f"e{after + 1}"


def _same_days_protest(event: Event, intervention: Event, mentions: Mentions) -> bool:
    """An unarmed crowd's protest told elsewhere in the article on the day of the intervention: the one it broke up
    ("Police dispersed the crowd. The demonstrators had marched to the ministry."), not one told as a background
    ("They have been protesting since May")."""
    crowd = event.type == "PROTEST" and mentions.sector(event.actor) in UNARMED_SIDES
    return crowd and event.date.value == intervention.date.value


def _crowd_event(intervention: Event, mentions: Mentions) -> Event:
    """The protest or riot an intervention in it tells of, where the text gives the crowd no event of its own: held by
    the people the intervention was aimed at, where they are unarmed ("police dispersed the demonstrators"), else by
    the crowd its ACLED type names, at the intervention's place and time and with its toll, as ACLED codes one event."""
    target = mentions.actor(intervention.target)
    if target is not None and target.kind != "country" and target.sector in UNARMED_SIDES:
        crowd = target.id
    else:
        country = _place_country(intervention, mentions) or mentions.home_country
        crowd = implicit_group(mentions, CROWDS_OF_ACLED_TYPES[intervention.acled["event_type"]], "CVL", country)
    return Event(
        id="",
        type="PROTEST",
        evidence=list(intervention.evidence),
        contexts=list(intervention.contexts),
        actor=crowd,
        place=intervention.place,
        date=replace(intervention.date),
        fatalities=intervention.fatalities,
        injured=intervention.injured,
        status=intervention.status,
        factuality=intervention.factuality,
        source=intervention.source,
        confidence=intervention.confidence,
    )


def _drive_by(drive: Token) -> bool:
    """ "a drive-by shooting", split by the tokenizer into "drive", "-", "by"."""
    doc = drive.doc
    return drive.i + 2 < len(doc) and doc[drive.i + 2].lower_ == "by" and ends_hyphenated(doc[drive.i + 2], "drive")


def arm_militias(events: list[Event], mentions: Mentions, doc: Doc) -> None:
    """Attackers that violence which happened shows to be a militia (PRM), as ACLED codes them: a named group of no
    known sector ("the Children of Fire carried out an arson attack", "the MSRU fired mortars"), as ACLED codes named
    groups it has no other type for, and its members where they bore arms, abducted or killed ("members of the Red
    Brigade shot a man", "five RB members executed a man"), who act as the group does; and tribesmen or clansmen
    ("Bani Nawf tribesmen clashed with Houthi forces"), their tribe's militia (tribesmen who protest stay civilians);
    and herders who bore arms, abducted or killed ("Fulani pastoralists killed three farmers"), their community's
    militia, as ACLED codes them (not a brawl with sticks, a riot). Not violence threatened or denied."""
    for event in events:
        actor = mentions.actor(event.actor)
        if event.type != "ASSAULT" or event.status not in HAPPENED_STATUSES or actor is None:
            continue
        if _named_group_of_no_sector(actor) or _tribesmen(actor) or (_herders(actor) and _armed_band(event, doc)):
            actor.sector = "PRM"
        elif actor.sector in UNARMED_OR_UNKNOWN and _armed_band(event, doc):
            members = _member_words(actor, mentions, doc)
            group = _group_of_its_members(members, mentions)
            if group is not None:
                actor.sector = group.sector = "PRM"
            elif _members_of_an_unread_name(actor, members, mentions):
                actor.sector = "PRM"


def _armed_band(event: Event, doc: Doc) -> bool:
    return _band_violence(event) or _shots_fired(event, doc)


def _band_violence(event: Event) -> bool:
    """Violence that marks an armed band, not a brawl between a party's supporters ("members of two parties clashed
    with sticks", ACLED's rioters): guns or explosives named, people abducted or lives taken."""
    return _armed(event) or "abduct" in event.modes or bool(event.fatalities)


def _shots_fired(event: Event, doc: Doc) -> bool:
    """Shots told by a verb or noun of shooting in the event's sentence ("members of the Red Brigade shot a man",
    "opened fire", "exchanged gunfire"): arms borne, where the firearms mode alone may be a clash's default."""
    if not event.evidence:
        return False
    start, end = event.evidence[0].start, event.evidence[0].end
    return any(start <= t.idx < end and _a_shot(t) for t in tokens_with_lemma(doc, SHOOTING_WORDS))


def _a_shot(word: Token) -> bool:
    """ "shot", "gunfire", "opened fire", "fired at police"; not "set fire" (arson) nor "fired the manager"."""
    return word.lemma_.lower() != "fire" or opens_fire(word) or fires_at_something(word)


def _armed(event: Event) -> bool:
    """Guns or explosives named; not the firearms mode alone, which a clash carries by default."""
    return any(WEAPONS.get(w) in ARMED_MODES for w in event.weapons)


def _member_words(actor: Actor, mentions: Mentions, doc: Doc) -> list[Token]:
    """The words that name the actor as members ("members", "cadres") of some group."""
    tokens = (doc[i] for i, found in mentions.actor_by_token.items() if found == actor.id)
    return [t for t in tokens if t.lemma_.lower() in MEMBER_NOUNS]


def _group_of_its_members(member_words: list[Token], mentions: Mentions) -> Actor | None:
    """The named group of no known sector that people named as its members belong to: "members of the Red Brigade",
    "two RB members" (members of a group of known sector take its sector when they are read: ``annotate.actors``)."""
    for member in member_words:
        named = [c for c in member.children if c.dep_ in {"compound", "nmod", "appos"}] + [of_object(member)]
        groups = (mentions.actor(mentions.actor_by_token.get(w.i)) for w in named if w is not None)
        found = next((g for g in groups if g is not None and _named_group_of_no_sector(g)), None)
        if found is not None:
            return found
    return None


def _members_of_an_unread_name(members: Actor, member_words: list[Token], mentions: Mentions) -> bool:
    """People named as members of a body whose name the tagger did not read as a body's ("Moro Clan members", "a
    member of the CV"): a name it missed, or read as a person's or as a place the gazetteer does not know. A name
    read as a known place's is no body's ("members from Kikwit")."""
    for member in member_words:
        for word in _words_of_their_group(member):
            named = mentions.actor(mentions.actor_by_token.get(word.i))
            unread = named is None or named is members or (named.kind == "person" and named.sector is None)
            if word.pos_ == "PROPN" and unread and word.i not in mentions.place_by_token:
                return True
    return False


def _words_of_their_group(member: Token) -> list[Token]:
    """The words naming the group members belong to: "[Moro Clan] members", "members of [the CV]", "members from
    [the clan militia]"."""
    heads = [c for c in member.children if c.dep_ in {"compound", "nmod"}]
    heads += [o for p in member.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children]
    return [word for head in heads if head.dep_ in {"compound", "nmod", "pobj"} for word in head.subtree]


def arm_criminal_victims(events: list[Event], doc: Doc, mentions: Mentions) -> None:
    """Where the text says the victim was a criminal ("The victim was a drug dealer", "the victims were gang members",
    "the victim was involved in drug trafficking"), the unarmed or unknown target of the violence is one (CRM), and
    the violence a fight between armed criminals, as ACLED codes it (an armed clash); not a drug user or a car
    dealer."""
    assaults = [e for e in events if e.type == "ASSAULT" and e.target is not None]
    if not assaults or not _victim_was_a_criminal(doc):
        return
    for event in assaults:
        target = mentions.actor(event.target)
        if target is not None and target.sector in UNARMED_OR_UNKNOWN:
            target.sector = "CRM"


def _victim_was_a_criminal(doc: Doc) -> bool:
    """ "The victim was a drug dealer", "the victims were members of a gang", "the victim was identified as a member
    of an organized crime group", "the target of the attack was the leader of a gang", "the victim was involved in
    organized criminal activities"."""
    for victim in tokens_with_lemma(doc, {"victim", "target"}):
        verb = victim.head
        if victim.dep_ not in {"nsubj", "nsubjpass"} or verb.i == victim.i:
            continue
        if verb.lemma_.lower() == "be" and any(_a_criminal(c) for c in verb.children if c.dep_ == "attr"):
            return True
        if verb.lemma_.lower() in IDENTIFYING_VERBS and any(_a_criminal(n) for n in _named_as(verb)):
            return True
        if verb.lemma_.lower() == "involve" and _in_criminal_dealings(verb):
            return True
    return False


def _a_criminal(noun: Token) -> bool:
    """ "a gang member", "a member of a drug cartel", "a drug dealer", "a trafficker"; not a petty criminal ("a
    suspected thief"), whom ACLED counts as a civilian."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    if noun.lemma_.lower() == "dealer":
        return bool(modifiers & CRIMINAL_GOODS)
    if noun.lemma_.lower() in {"member", "leader"}:
        of = [o for p in noun.children if p.lower_ == "of" for o in p.subtree]
        return bool((modifiers | {o.lemma_.lower() for o in of}) & (ORGANISED_CRIME | CRIMINAL_DEALINGS))
    return noun.lemma_.lower() in ORGANISED_CRIME


def _named_as(verb: Token) -> list[Token]:
    """What a verb of identifying names its subject as: "identified as [a gang member]"."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]


def _in_criminal_dealings(verb: Token) -> bool:
    """ "was involved in drug trafficking", "involved in organized criminal activities"."""
    dealings = (w for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for w in p.subtree)
    return any(w.lemma_.lower() in CRIMINAL_DEALINGS for w in dealings)


def _named_group_of_no_sector(actor: Actor) -> bool:
    """An organisation of no known sector: not a person, who may act alone, nor people named by their nation ("a
    Palestinian"), nor a coalition (of states, as the "Saudi-led coalition")."""
    return actor.sector is None and actor.kind == "organization" and "coalition" not in actor.name.lower()


def _tribesmen(actor: Actor) -> bool:
    return actor.sector == "CVL" and actor.name.lower().split()[-1] in TRIBESMEN


def _herders(actor: Actor) -> bool:
    return actor.sector in HERDER_SECTORS and actor.kind != "person" and actor.name.lower().split()[-1] in HERDERS


def _sole_country(mentions: Mentions) -> str | None:
    """The one country every place the article names lies in, if there is one."""
    countries = {p.country for p in mentions.places if p.country}
    return iso3(countries.pop()) if len(countries) == 1 else None


def _ethnic_group(name: str) -> bool:
    """ "ethnic Albanians", "ethnic Serb civilians": people named by ethnicity, who belong to the country they live in
    (ethnic Albanians demonstrating in Serbia are Serbia's), not to the nation their name recalls."""
    return "ethnic" in name.lower().split()


def _place_country(event: Event, mentions: Mentions) -> str | None:
    place = mentions.place(event.place)
    return iso3(place.country) if place is not None and place.country else None
