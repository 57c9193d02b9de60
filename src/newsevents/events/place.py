"""Where an event happened: a place attached to its trigger, else the sentence's, else the setting.

"Where" is not every place a sentence names: a place that names whose actor it is ("Kyiv's mayor"), what
an action is about ("the invasion of Ukraine", "protested against Libya", "in support of strikes in Lyon")
or where someone comes from ("a driver from Abidjan") is not the event's place, but the end of a route is
("marched from Digana to Kandy"); the anchor of a distance ("50 km west of Baghdad") yields to a town
named beside it, not to the areas around it. Among the places left, one attached to the
trigger ("captured Kabul", "clashed in Peshawar") wins, and the finest wins over the areas around it:
"in Riesa (Meissen, Sachsen)" and "in Syria's Raqqa" happened in Riesa and Raqqa. A place read in a
country nothing else in the article is in yields to the others: it is most likely a local name misread; so does a
town read far from the town that qualifies it ("Gaziosmanpasa town, Istanbul") or, small, far from all the article's
other places ("in Axochiapan, Morelos, ... in Colonia Progreso"). An editor's note that says where the event is
coded ("[coded to Maiduguri]", "Location changed as Monywa") decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.geo import Gazetteer, haversine_km, normalise, region_key, same_state
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import once_per_doc, tokens_with_lower
from newsevents.annotate.place_mentions import (
    CODING_NOTES,
    DIRECTIONS,
    FACILITY_NOUNS,
    PLACE_NOUNS,
    SETTLEMENT_NOUNS,
)
from newsevents.annotate.place_names import AREA_AND_TOWN_NOUNS
from newsevents.claims.status import opens_according_to
from newsevents.events.lexicon import VIOLENCE_NOUNS, is_light_verb
from newsevents.record import Place

PLACE_PREPOSITIONS = {
    "in", "at", "near", "outside", "on", "across", "inside", "around", "from", "into", "through", "along",
    "throughout", "within", "off", "between", "towards", "toward",
}  # fmt: skip
#: Prepositions that put what follows them at a place, whatever the parse attaches them to.
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"}
#: Words whose "to" puts what follows near a place: "close to Taxco", "next to the market".
NEAR_WORDS = {"close", "next", "near"}
#: How far from a town's centre a part of the town may lie.
PART_OF_TOWN_KM = 25.0
#: Place nouns for parts of a town; the others ("district", "village") lie in a province that may share the
#: name of its capital ("Kulu district of Konya").
TOWN_PARTS = {"area", "neighborhood", "neighbourhood", "quarter", "suburb", "camp", "ward"}
#: Nouns of the divisions of a town or a province that news name places by: "Almaly district", "Bahan township".
LOCAL_DIVISIONS = {
    "district", "township", "municipality", "ward", "neighborhood", "neighbourhood", "quarter", "commune",
}  # fmt: skip
#: Parts of a town by their very name: an area or a camp may lie out of town.
NEIGHBOURHOODS = TOWN_PARTS - {"area", "camp"}
#: Spots of a town whose names often honour places elsewhere ("Armas square", "Moscow street", "Mauritania mosque",
#: "Union Station"): a name before them that reads as a town far from the article's others is the namesake, not the
#: spot.
TOWN_SPOTS = NEIGHBOURHOODS | {
    "square", "plaza", "street", "avenue", "road", "park", "community", "sector", "colonia", "mosque", "church",
    "station",
}  # fmt: skip
#: How fine a place is: a town or landmark is where an event happened, its region and country only around it.
GRAIN = {"city": 0, "landmark": 0, "other": 1, "region": 2, "country": 3}
#: How far from its qualifier a town's reading must lie to be taken for a namesake abroad: a town near a border
#: may lie in a neighbour's qualifier's country by the gazetteer's reading.
ABROAD_KM = 500.0
#: How far from a town that qualifies it ("Pauktaw township (Sittwe district)", "Gaziosmanpasa town, Istanbul") a
#: town's reading may lie: a district's seat stands within this of its villages.
QUALIFYING_TOWN_KM = 150.0
#: How many times bigger than a town a coding note names the article's biggest town must be for the note's town, read
#: far from it, to be taken for a namesake of a part of the city (``_namesake_afar``).
NAMESAKE_SIZE_RATIO = 10
#: How many words after a place's name its qualifier may start, past place nouns, brackets and names the gazetteer
#: lacks ("Pu Tee village (Pauk township, Pakokku").
QUALIFIER_GAP = 8
#: Words whose "of"/"from" introduces the anchor of a distance ("west of Baghdad", "30 km from Kherson").
DISTANCES = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"}
#: Sides of a place whose "of" names the place: "in front of Seoul City Hall", "on the side of the road".
SIDES = {"front", "side", "back", "rear", "middle"}
#: People whose "of" names where they live, and so where they act: "residents of Kocani protested".
RESIDENTS = {"resident", "inhabitant", "villager", "citizen", "local", "people", "community", "population"}
#: Prepositions of a place that an action is about or aimed at, not where it happened.
TOPIC_PREPOSITIONS = {"against", "to", "for", "about", "over", "with", "toward", "towards"}
#: Prepositions that, deep inside a place phrase, lead away from the event's place: origins and topics.
_NESTED_ASIDES = {"from", "against", "about", "over", "for", "with"}
_NESTED_TOPICS = _NESTED_ASIDES - {"from"}
_ARGUMENT_DEPS = {"dobj", "nsubjpass", "nsubj", "advcl", "xcomp", "attr"}
#: Verbs of a relative clause that tell a state, not an event: "which have their bases in Turkey", "who live in Assam"
#: (and "be" with an adjective, ``_tells_a_state``).
STATE_VERBS = {"have", "live", "rule"}
#: Verbs of a march, whose "to" names where it went, and was held.
MARCH_VERBS = {"march", "walk", "parade"}
#: Nouns of "in support of", "in solidarity with": what follows is what an action backs, not where it happens.
SUPPORT_NOUNS = {"support", "solidarity"}
#: Conjunctions of a clause that sets something else against the event ("..., while Davis is in Turkey").
CONTRAST_MARKS = {"while", "whereas", "although", "though"}
_NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL"}
SENTENCE_ENDS = {".", "!", "?", "..."}
#: How many words a coding note may run to: "coded to the zone capital, Shambu, Horo Gudru Wellega".
CODING_NOTE_SPAN = 8
#: What ends a coding note.
CODING_NOTE_ENDS = {")", "]", ".", ";"}
_NOTE_OPENERS = "newsevents.coding_note_openers"
_ISOLATED_TOWNS = "newsevents.isolated_towns"
_SENTENCE_STARTS = "newsevents.sentence_starts_by_char"
#: Articles that open Arabic place names and that the tagger may leave out of the name: "As" of "As Samawah".
NAME_ARTICLES = {"al", "el", "as", "ad", "ar", "an", "at", "az", "ash"}
CLOSERS = {'"', "'", "”", "’", ")", "]"}


@dataclass(frozen=True)
class _Candidate:
    place: Place
    token: Token
    attached: bool  # in a place slot of the trigger
    anchor: bool  # "west of Baghdad": the event is near, not in, this place


def event_place(trigger: Token, mentions: Mentions) -> str | None:
    """Where the event of ``trigger`` happened: the place an editor's note codes it to, else a place attached to it,
    else the sentence's finest place; a region or country that holds the town an earlier sentence named yields to
    that town."""
    coded = _coded_place(trigger, mentions)
    if coded is not None:
        return coded
    attached = {t.i for t in _attached_places(trigger, mentions)}
    candidates = _sentence_candidates(trigger, trigger.sent, attached, mentions)
    whole = _orthographic_sentence(trigger.sent)
    if not candidates and (whole.start, whole.end) != (trigger.sent.start, trigger.sent.end):
        candidates = _sentence_candidates(trigger, whole, attached, mentions)
    if not candidates:
        return None
    isolated = once_per_doc(trigger.doc, _ISOLATED_TOWNS, lambda _: _isolated_towns(mentions))
    strays = _strays(mentions) | isolated | _misread_parts(candidates, mentions)
    yielding = _yielding_anchors(candidates, strays)
    best = min(candidates, key=lambda c: _rank(c, trigger, candidates, strays, yielding, mentions)).place
    return _finer_setting_before(best, whole, mentions) or best.id


def _finer_setting_before(area: Place, sentence: Span, mentions: Mentions) -> str | None:
    """The place an earlier sentence set the story in, where it lies inside the region or country this sentence
    names: "staged a protest at a bank in Arnhem. The protest took place during an action week in the Netherlands"
    says no more of where than the lead did."""
    if GRAIN.get(area.feature, 1) < GRAIN["region"] or sentence.start == 0:
        return None
    start = sentence[0].idx
    if not any(span[0] < start and _inside(p, area) for p in mentions.places for span in p.spans):
        return None  # most areas hold no place named before: spare finding the last sentence that names one
    earlier = place_before(start, sentence.doc, mentions)
    inner = mentions.place(earlier)
    return earlier if inner is not None and _inside(inner, area) else None


def _coded_place(trigger: Token, mentions: Mentions) -> str | None:
    """The place an editor's note sets the event at, the note in the trigger's sentence first, else the text's
    first: "killed four pastoralists in Abujan Gorgi, coded to Maiduguri (Maiduguri Metro, Borno)". A town read far
    from the article's other towns of its country is a namesake of a local place the gazetteer lacks ("protested in
    Dalian city, Liaoning (coded to Xigang)", Xigang read 1,300 km away): the note then says nothing the text does
    not."""
    doc = trigger.doc
    openers = once_per_doc(doc, _NOTE_OPENERS, _note_openers)
    coded = [(doc[i], place) for i in openers if (place := _place_coded(doc[i], mentions)) is not None]
    coded = [(token, place) for token, place in coded if not _namesake_afar(place, mentions)]
    if not coded:
        return None
    sentence = _orthographic_sentence(trigger.sent)
    in_sentence = [place for token, place in coded if sentence.start <= token.i < sentence.end]
    return next(iter(in_sentence or [place for _, place in coded]), None)


def _namesake_afar(place_id: str, mentions: Mentions) -> bool:
    """Whether a town lies far from every other town of its country that the article names, where it names some, and
    is an order of magnitude smaller than the biggest of them: the story is set in a city, and the note names a part of
    it that the gazetteer knows only as a small namesake elsewhere. Between towns of like size either reading may be
    the slip, and a note may code an event to a capital far away ("around Rechytsa [coded to Minsk]")."""
    town = mentions.place(place_id)
    if town is None or town.feature != "city" or town.lat is None:
        return False
    others = [
        p for p in mentions.places
        if p.id != place_id and p.feature == "city" and p.country == town.country and p.lat is not None
    ]  # fmt: skip
    if not others or any(_distance_km(town, other) <= QUALIFYING_TOWN_KM for other in others):
        return False
    gazetteer = Gazetteer.load()
    biggest = max(_population(other, gazetteer) for other in others)
    return biggest >= NAMESAKE_SIZE_RATIO * max(_population(town, gazetteer), 1)


def _note_openers(doc: Doc) -> list[int]:
    """Positions of the words that may open a coding note, found once per document from its lower-case column (most
    articles have none, and every trigger asks)."""
    return [token.i for token in tokens_with_lower(doc, CODING_NOTES.keys())]


def _place_coded(token: Token, mentions: Mentions) -> str | None:
    """The finest place named in a coding note that ``token`` opens, the first on ties: "coded to Al Anbar capital
    Ramadi city" is Ramadi. A name the tagger missed there counts when the text names that place elsewhere ("(coded as
    Dimapur) ... from Dimapur"); a name that is no place ends the note ("coded as Kashmir Rebels")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in CODING_NOTES.get(token.lower_, ()):
        return None
    found: list[str] = []
    i, end = token.i + 2, min(len(doc), token.i + 2 + CODING_NOTE_SPAN)
    while i < end and doc[i].text not in CODING_NOTE_ENDS:
        if doc[i].is_lower or doc[i].is_punct or doc[i].like_num or _an_acronym_of_kind(doc[i]):
            i += 1
            continue
        name_end = next((k for k in range(i, len(doc)) if doc[k].is_lower or doc[k].is_punct), len(doc))
        place = _place_of_name(doc[i:name_end], mentions)
        if place is None:
            break
        found.append(place)
        i = name_end
    grain = {p.id: GRAIN.get(p.feature, 1) for p in mentions.places if p.id in found}
    return min(found, key=grain.__getitem__, default=None)


def _an_acronym_of_kind(token: Token) -> bool:
    """ "ADM" of "coded to zone ADM center Sekota": a short acronym says what kind of place follows."""
    return token.is_upper and len(token) <= 3 and token.is_alpha


def _place_of_name(name: Span, mentions: Mentions) -> str | None:
    """The place a run of capitalised words names whole: the place its words stand for, past an article the tagger
    left out ("As" of "As Samawah"), else a place the text names in the same words elsewhere."""
    words = list(name)
    while len(words) > 1 and words[0].lower_ in NAME_ARTICLES and words[0].i not in mentions.place_by_token:
        words.pop(0)
    places = {mentions.place_by_token.get(t.i) for t in words}
    if len(places) == 1 and None not in places:
        return places.pop()
    key, doc = normalise(name.text), name.doc
    return next((p.id for p in mentions.places for s, e in p.spans if normalise(_text_at(doc, s, e)) == key), None)


def _text_at(doc: Doc, start: int, end: int) -> str:
    """The words of a mention given by its character offsets, read from its tokens alone."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.text if span is not None else ""


def _sentence_candidates(trigger: Token, sentence: Span, attached: set[int], mentions: Mentions) -> list[_Candidate]:
    candidates = _candidates(sentence, attached, mentions) or _candidates(sentence, attached, mentions, strict=False)
    return [c for c in candidates if not _elsewhere(c.token, trigger)]


def _elsewhere(token: Token, trigger: Token) -> bool:
    """A place the sentence names for something else than the event, in strict reading or not: the subject of another
    verb, which acts ("Canada captured the silver and Australia took the bronze"), one behind "according to", where a
    source speaks from ("according to a statement from the ministry in Abu Dhabi"), or one in a relative clause that
    tells a state ("troops which have their bases in Turkey")."""
    return _subject_of_another_verb(token, trigger) or _behind_a_source(token) or _in_a_state_told(token, trigger)


def _subject_of_another_verb(token: Token, trigger: Token) -> bool:
    """The subject of a finite verb in a clause beside the trigger's, not one that holds it ("France said it will
    repatriate them" may set the act in France). The parser makes a place before an infinitive its subject ("in
    Besiktas town, Istanbul to protest"), and a place right after "in" says where whatever its parse ("in
    Port-au-Prince, gang members shot")."""
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or verb in {trigger, trigger.head} or not _finite(verb):
        return False
    if verb.is_ancestor(trigger):  # "France has said it will repatriate them", "Ankara views them as a threat"
        return False
    return not _after_a_locative(token.i, token.doc)


def _finite(verb: Token) -> bool:
    """A verb with a tense: one with an auxiliary other than "to", or in the past or present form."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ == "to" for c in auxiliaries):
        return False
    return bool(auxiliaries) or verb.tag_ in {"VBD", "VBZ", "VBP"}


def _in_a_state_told(token: Token, trigger: Token) -> bool:
    """A place in a relative clause that tells what someone or something is, has or rules, not what happened: "troops
    which have their bases in Turkey", "the Taliban that then ruled Afghanistan"."""
    return any(
        a.dep_ == "relcl" and _tells_a_state(a) and not (a == trigger or a.is_ancestor(trigger))
        for a in token.ancestors
    )


def _tells_a_state(verb: Token) -> bool:
    """ "have", "live", "rule", or "be" with an adjective ("which is dominant in India"; "which is in Helmand" says
    where a place lies, and the parser may hang the event's place on "who was a delegate")."""
    if verb.lemma_ == "be":
        return any(c.dep_ == "acomp" for c in verb.children)
    return verb.lemma_ in STATE_VERBS


def _behind_a_source(token: Token) -> bool:
    return any(opens_according_to(a) for a in token.ancestors)


def _orthographic_sentence(sentence: Span) -> Span:
    """The sentence as written, up to its full stop: the parser may end a sentence inside it, before a bracket
    ("shot a soldier [assumed on duty] in Mogadishu") or a list, and leave its place in a fragment of its own."""
    doc, start, end = sentence.doc, sentence.start, sentence.end
    while start > 0 and not _ends_a_sentence(doc[start - 1]):
        start = doc[start - 1].sent.start
    while end < len(doc) and not _ends_a_sentence(doc[end - 1]):
        end = doc[end].sent.end
    return doc[start:end]


def _ends_a_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark, or a closing quote or bracket right after one (spaces after
    them do not count)."""
    while token.is_space and token.i > 0:
        token = token.doc[token.i - 1]
    if token.text in SENTENCE_ENDS:
        return True
    return token.text in CLOSERS and token.i > 0 and token.doc[token.i - 1].text in SENTENCE_ENDS


def _yielding_anchors(candidates: list[_Candidate], strays: set[str]) -> set[str]:
    """The anchors that a place as fine as them stands in for ("ambushed a convoy in Fallujah, 50 kilometers west
    of Baghdad"). An anchor that only areas around it compete with is the nearest place named: "vandalized a shed
    north of Kafr ad Dik village (Salfit, West Bank)" happened by the village, not anywhere in the West Bank."""
    settings = [c for c in candidates if not c.anchor and c.place.id not in strays]
    return {
        c.place.id
        for c in candidates
        if c.anchor and any(GRAIN.get(s.place.feature, 1) <= GRAIN.get(c.place.feature, 1) for s in settings)
    }


def _rank(
    candidate: _Candidate,
    trigger: Token,
    candidates: list[_Candidate],
    strays: set[str],
    yielding: set[str],
    mentions: Mentions,
) -> tuple[int, ...]:
    """Anchors that yield (``_yielding_anchors``) and strays last; then a place attached to the trigger, unless an
    unattached one lies inside it or it only qualifies a place as fine ("shelled Al Bab city in Aleppo countryside",
    Aleppo read as the town); then the finest; then a place over the qualifier beside it ("Chiclayo
    (Lambayeque)", "Ye township (Mawlamyine district)"), unless the place it qualifies is a stray; then the first
    named of the attached ("the village of X near Y in Z" runs from fine to coarse), the nearest of the others."""
    inner = any(
        c.place.id not in yielding and _inside(c.place, candidate.place) and not _of_another_verb(c.token, trigger)
        for c in candidates
        if c is not candidate
    )
    qualified = _qualified(candidate.token, mentions)
    grain = GRAIN.get(candidate.place.feature, 1)
    qualified_grains = [GRAIN.get(c.place.feature, 1) for c in candidates if c.place.id == qualified]
    qualified_grains = qualified_grains if qualified not in strays else []
    attached = candidate.attached and not inner and not any(g <= grain for g in qualified_grains)
    qualifier = _is_qualifier(candidate.token, {c.token.i for c in candidates}) or bool(qualified_grains)
    return (
        candidate.place.id in yielding,
        candidate.place.id in strays,
        not attached,
        grain,
        qualifier,
        candidate.token.i if attached else abs(candidate.token.i - trigger.i),
    )


def _of_another_verb(token: Token, trigger: Token) -> bool:
    """Whether the nearest verb above a place is another joined to the trigger's: "captured the west of the country
    and is now besieging the capital Kabul"."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.dep_ == "conj" and verb not in {trigger, trigger.head}


def _is_qualifier(token: Token, place_tokens: set[int]) -> bool:
    """ "Lambayeque" in "Chiclayo (Lambayeque)", "Oaxaca" in "Union Hidalgo, Oaxaca": the area a place lies in.
    The place qualified may be one the tagger mislabelled ("Macomer (Nuoro, Sardegna)" as an organisation)."""
    head = token.head
    named_place = head.i in place_tokens or head.ent_type_ in {"GPE", "LOC", "FAC"}
    return (
        head != token
        and token.dep_ in {"appos", "conj", "npadvmod", "nmod", "compound"}
        and (named_place or head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS)
        and head.i < token.i
    )


def _qualified(token: Token, mentions: Mentions) -> str | None:
    """The place whose name ``token``'s name follows as its qualifier, read from the words between them (parses of
    such runs vary): "Yenisehir town, Diyarbakir", "Ye township (Mawlamyine district, Mon state)", "Masyaf town in
    Hama countryside", "Indaw township of Katha district". A list ("in Kabul, Herat and Kandahar") qualifies none."""
    doc, own = token.doc, mentions.place_by_token.get(token.i)
    start, end = _name_bounds(token, mentions)
    link = doc[start - 1].lower_ if start >= 2 else None
    if link not in {",", "(", "in", "of"}:
        return None
    i = start - 2
    while i > 0 and doc[i].lemma_.lower() in PLACE_NOUNS:  # "Yenisehir town ,"
        i -= 1
    if link in {"in", "of"} and i == start - 2:  # "in"/"of" only after a place noun
        return None
    qualified = mentions.place_by_token.get(i)
    if qualified is None or qualified == own or _in_a_list(doc[start:end].root):
        return None
    return qualified


def _in_a_list(token: Token) -> bool:
    """ "Herat" in "in Kabul, Herat and Kandahar": one of several places named side by side."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def _name_bounds(token: Token, mentions: Mentions) -> tuple[int, int]:
    """The first and past-the-last token of the place name ``token`` belongs to."""
    place, doc = mentions.place_by_token.get(token.i), token.doc
    start, end = token.i, token.i + 1
    while start > 0 and mentions.place_by_token.get(start - 1) == place:
        start -= 1
    while end < len(doc) and mentions.place_by_token.get(end) == place:
        end += 1
    return start, end


def _strays(mentions: Mentions) -> set[str]:
    """Places named once, in a country the article neither names nor places anything else in, while its other
    towns and regions agree on one country: most likely a local name misread abroad ("Zap" read as a Turkish
    town in a story of Duhok and Amadiya). Countries named do not count: a story from Thessaloniki may name
    Ukraine twice as its topic."""
    counts = Counter(p.country for p in mentions.places for _ in p.spans if p.country and p.feature != "country")
    named = {p.country for p in mentions.places if p.feature == "country"}
    home, agreeing = counts.most_common(1)[0] if counts else (None, 0)
    if agreeing < 2:
        return set()
    return {p.id for p in mentions.places if p.country not in named | {home, None} and counts[p.country] == 1}


def _isolated_towns(mentions: Mentions) -> set[str]:
    """Towns named once and read far from every other place of the article, and smaller than a town that lies among
    them: "in Axochiapan, Morelos, ... opened fire at him in Colonia Progreso" names a spot of the town that GeoNames
    lacks, and the reading found is a namesake village hundreds of kilometres away (but "demonstrated in Oslo against
    the closure of dairies in Voss, Vestland" happened in the capital). A town whose state the gazetteer does not know
    is never isolated: nothing says it lies outside the areas named."""
    places = [p for p in mentions.places if p.feature != "country" and p.lat is not None]
    towns = [p for p in places if p.feature == "city"]
    settled = [t for t in towns if _among_the_articles_places(t, places)]
    if not settled:
        return set()
    gazetteer = Gazetteer.load()
    biggest = max(_population(t, gazetteer) for t in settled)
    return {
        t.id
        for t in towns
        if len(t.spans) == 1 and t.admin1 and t not in settled and _population(t, gazetteer) <= biggest
    }


def _among_the_articles_places(town: Place, places: list[Place]) -> bool:
    """Whether another place of the article lies near a town, or is the state or province the town lies in."""
    return any(
        other.id != town.id
        and (
            _distance_km(town, other) <= QUALIFYING_TOWN_KM
            or (other.feature == "region" and other.country == town.country and same_state(other, town))
        )
        for other in places
    )


def _misread_parts(candidates: list[_Candidate], mentions: Mentions) -> set[str]:
    """Places said to lie in another place of the sentence but read far from it: "Rogers Park in Beaumont
    (Texas)", "the Chinatown neighborhood of Los Angeles", "Cavour square in Ancona" name parts of a town
    that GeoNames lacks, and the reading found is a namesake elsewhere; so does "Oktyabr district in Bishkek
    city" read in Ukraine. A neighbourhood far from every town the article names ("in Campo Grande, ... residents
    of the Amambai neighborhood") is one too, and so is a town read abroad, far from its qualifier ("in El Alto
    (La Paz)" read in Peru)."""
    places = {p.id: p for p in mentions.places}
    towns = [p for p in mentions.places if p.feature == "city" and p.lat is not None]
    return {c.place.id for c in candidates if _misread_part(c, places, towns, mentions)}


def _misread_part(candidate: _Candidate, places: dict[str, Place], towns: list[Place], mentions: Mentions) -> bool:
    noun = _head_noun(candidate.token).lemma_.lower()
    container = _container(candidate.token, mentions)
    if container is not None:
        return not _could_lie_in(candidate.place, places[container], near=noun not in PLACE_NOUNS - TOWN_PARTS)
    if _names_a_spot(candidate, mentions) and _far_from_other_towns(candidate.place, towns):
        return True
    return _division_abroad(candidate, mentions) or _abroad_from_its_qualifier(candidate, places, mentions)


def _division_abroad(candidate: _Candidate, mentions: Mentions) -> bool:
    """A district or township named once and read as a town in a country no other place of the article is in, while
    others are: "near Almaly district" of a story of Almaty is no Turkish Elmali, nor "Bahan township (Yangon
    region)" an Israeli village. The noun says it is a division of the place the story is in."""
    place = candidate.place
    if place.feature != "city" or len(place.spans) != 1 or place.country is None:
        return False
    if _head_noun(candidate.token).lemma_.lower() not in LOCAL_DIVISIONS:
        return False
    others = {p.country for p in mentions.places if p.id != place.id and p.country}
    return bool(others) and place.country not in others


def _names_a_spot(candidate: _Candidate, mentions: Mentions) -> bool:
    """Whether a place, named once, names a spot of a town after it: "Savanna road", "Mauritania mosque", "the Iguacu
    neighborhood" (but "Rome - City Center" is Rome, the noun a part of its own name)."""
    noun = _head_noun(candidate.token)
    own_word = mentions.place_by_token.get(noun.i) == candidate.place.id
    return noun.lemma_.lower() in TOWN_SPOTS and not own_word and len(candidate.place.spans) == 1


def _abroad_from_its_qualifier(candidate: _Candidate, places: dict[str, Place], mentions: Mentions) -> bool:
    """A town read in another country, far away, than the place named after it as its qualifier, when nothing else
    in the article lies in the town's country: "in El Alto (La Paz)" with El Alto read in Peru. The gazetteer knows
    no reading of the name inside its qualifier, so the one it gave is a namesake abroad. Unless the qualifier may
    be the slip: when it is read under another name ("Biratnagar city (Morang district)" with Morang read as
    Australia's South Morang; "Taichung City" is Taichung's name) or its name names an area of the town's country
    ("Ciudad Guayana (Bolivar)": Venezuela's state, not Ecuador's province; but a village of Mexico called Buenos
    Aires does not save "Loma Hermosa (Buenos Aires)" read in Mexico). Only countries are compared: a state named like
    its capital ("Petrolina (Pernambuco)") stands at the capital, far from the town it qualifies."""
    place = candidate.place
    qualifier_token = _qualifier_after(candidate.token, mentions) if place.feature == "city" else None
    if qualifier_token is None:
        return False
    qualifier = places.get(mentions.place_by_token[qualifier_token.i])
    if qualifier is None or qualifier.feature == "country" or None in (place.country, qualifier.country):
        return False  # "Atlanta (Georgia)": the gazetteer read the town in the state, the mention alone the country
    named = _name_text(qualifier_token, mentions)
    if _far_from_its_qualifying_town(place, qualifier, named, mentions):
        return True
    if place.country == qualifier.country or _country_supported(place, mentions):
        return False
    if _distance_km(place, qualifier) <= ABROAD_KM:
        return False
    return _read_by_its_name(named, qualifier) and not Gazetteer.load().names_an_area_in(named, place.country)


def _far_from_its_qualifying_town(place: Place, qualifier: Place, named: str, mentions: Mentions) -> bool:
    """A town read far from the town named after it (``named``) as its qualifier, in any country: "Gaziosmanpasa town,
    Istanbul", "Pauktaw township (Sittwe district)" read as namesakes hundreds of kilometres away. The qualifier is
    the slip instead when the town's reading lies in a state or province the article names ("Pitalillo, Veracruz":
    the state, read as its capital; "Nenjiang city (Heihe, Heilongjiang)") or when the town is the bigger place
    ("Agartala city (Mohanpur, ...)": a village read as a namesake town afar)."""
    if qualifier.feature != "city" or _distance_km(place, qualifier) <= QUALIFYING_TOWN_KM:
        return False
    if not _read_by_its_name(named, qualifier):
        return False
    if _in_an_area_named(place, named, mentions):
        return False
    gazetteer = Gazetteer.load()
    return _population(place, gazetteer) <= _population(qualifier, gazetteer)


def _in_an_area_named(place: Place, named: str, mentions: Mentions) -> bool:
    """Whether a town's reading lies in the first-level area that its qualifier's name (``named``) or a region of the
    article names; where the gazetteer knows no area of the town, whether that name names one in its country."""
    if not place.admin1:
        return place.country is not None and Gazetteer.load().names_an_area_in(named, place.country)
    areas = {region_key(p.admin1) for p in mentions.places if p.feature == "region" and p.admin1}
    return region_key(place.admin1) in areas | {region_key(named)}


def _population(place: Place, gazetteer: Gazetteer) -> int:
    """How many people live in a town, by the gazetteer's record of its reading (0 when it has none)."""
    return next((c.population for c in gazetteer.candidates(place.name) if c.geonameid == place.geonameid), 0)


def _read_by_its_name(named: str, place: Place) -> bool:
    """Whether a place was read under the very name the text gives it (``named``: "Taichung City" is Taichung), not
    under another the gazetteer took it for (Morang read as South Morang): only then may it prove its neighbour a
    slip."""
    return normalise(_without_place_noun(named)) == normalise(place.name)


def _without_place_noun(name: str) -> str:
    """ "Taichung" of "Taichung City", "Sagaing" of "Sagaing region": the name without the noun that ends it."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in AREA_AND_TOWN_NOUNS else name


def _name_text(token: Token, mentions: Mentions) -> str:
    start, end = _name_bounds(token, mentions)
    return token.doc[start:end].text


def _distance_km(first: Place, second: Place) -> float:
    if None in (first.lat, first.lon, second.lat, second.lon):
        return 0.0
    return haversine_km(first.lat, first.lon, second.lat, second.lon)


def _country_supported(place: Place, mentions: Mentions) -> bool:
    """Whether the article names a place's country or places another mention in it."""
    return any(
        other.country == place.country and (other.id != place.id or len(other.spans) > 1) for other in mentions.places
    )


def _qualifier_after(token: Token, mentions: Mentions) -> Token | None:
    """The first word of the place that follows a place's name as its qualifier, past place nouns and names the
    gazetteer lacks: "Banwa" after "Sanaba" in "(Sanaba, Banwa)", "Deir" after "Al-Hawi" in "Al-Hawi town in Deir
    ez Zor countryside". A list ("Kabul, Herat and Kandahar") or any other word ends the search."""
    doc, own = token.doc, mentions.place_by_token.get(token.i)
    end = _name_bounds(token, mentions)[1]
    if _in_a_list(doc[end - 1]):
        return None
    for i in range(end, min(len(doc), end + QUALIFIER_GAP)):
        place_id = mentions.place_by_token.get(i)
        if place_id is not None and place_id != own:
            return None if _in_a_list(doc[i]) else doc[i]
        word = doc[i]
        after_place_noun = doc[i - 1].lemma_.lower() in PLACE_NOUNS
        if word.text in {",", "(", ")"} or word.lemma_.lower() in PLACE_NOUNS:
            continue
        if not (word.pos_ == "PROPN" or (word.lower_ in {"in", "of"} and after_place_noun)):
            return None
    return None


def _head_noun(token: Token) -> Token:
    """The noun a name modifies, or the name itself: "Park" of "Rogers Park", "area" of "the Casale area", also where
    the parser takes the name for an adjective ("the Iguacu neighborhood")."""
    head = token
    while head.head != head and (head.dep_ in {"compound", "flat"} or (head.dep_ == "amod" and head.is_title)):
        head = head.head
    return head


def _container(token: Token, mentions: Mentions) -> str | None:
    """The place that a name's phrase says it lies in: "X in Y", "the X area of Y", "X district of Y"."""
    head = _head_noun(token)
    own = mentions.place_by_token.get(token.i)
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "of"}:
            continue
        for node in prep.children:
            container = mentions.place_by_token.get(node.i)
            if node.dep_ == "pobj" and container is not None and container != own:
                return container
    return None


def _could_lie_in(part: Place, container: Place, near: bool) -> bool:
    """Whether a part could lie in its container: in the same country, and, for a part of a town (``near``), near
    the town. A district, province or village may lie far from a town of its container's name ("Akcakale district
    of Sanliurfa": the province). Regions' admin1 names come from several sources and languages, so they are not
    compared."""
    if part.country != container.country:
        return False
    if near and container.feature == "city":
        return haversine_km(part.lat, part.lon, container.lat, container.lon) <= PART_OF_TOWN_KM
    return True


def _far_from_other_towns(part: Place, towns: list[Place]) -> bool:
    """Whether a part of a town lies far from every other town the article names (False when it names none)."""
    others = [t for t in towns if t.id != part.id]
    if not others or part.lat is None or part.lon is None:
        return False
    return all(haversine_km(part.lat, part.lon, t.lat, t.lon) > PART_OF_TOWN_KM for t in others)


def _inside(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` is a finer place within ``outer`` (a town of a named country or region)."""
    if inner.id == outer.id or inner.country != outer.country or inner.country is None:
        return False
    if GRAIN.get(inner.feature, 1) >= GRAIN.get(outer.feature, 1):
        return False
    return outer.feature == "country" or (outer.feature == "region" and inner.admin1 == outer.admin1)


def _candidates(sentence: Span, attached: set[int], mentions: Mentions, strict: bool = True) -> list[_Candidate]:
    """The sentence's places that may be the event's (``attached``: the tokens of places in the trigger's slots).
    ``strict=False``, the fallback when none is left, keeps the places behind "of"/"from" ("killed by militants
    in Speney Adda of Herat city", "abducted children from Dukawa") and those in what the action backs (the parser
    may put "in Columbus" inside "gathered in support of an inmate in Columbus"), and drops only topics and actors'
    places."""
    places = {p.id: p for p in mentions.places}
    found: dict[str, _Candidate] = {}
    for i in range(sentence.start, sentence.end):  # a Token is built only for the words read as places
        place_id = mentions.place_by_token.get(i)
        if place_id is None or place_id not in places:
            continue
        token = sentence.doc[i]
        if _inside_mention(token, place_id, mentions):
            continue
        if token.i not in attached and (_names_an_actor(token, mentions) or _excluded(token, strict)):
            continue
        if strict and _in_support_of(token):
            continue
        if _stands_for_its_state(token, places[place_id], mentions):
            continue
        candidate = _Candidate(places[place_id], token, token.i in attached, _is_anchor(token))
        best = found.get(place_id)
        if best is None or _strength(candidate) > _strength(best):
            found[place_id] = candidate
    return list(found.values())


def _strength(candidate: _Candidate) -> tuple[bool, bool]:
    """Which mention of a place named twice speaks for it: one attached, one not an anchor."""
    return candidate.attached, not candidate.anchor


def _excluded(token: Token, strict: bool) -> bool:
    """Strictly, a place named as a topic, target or origin; else only one behind a topic's preposition at any
    depth ("protested against the invasion of Ukraine") or one that tells where someone comes from."""
    if strict:
        return _not_a_setting(token)
    if _behind_a_topic(token):
        return True
    prep = _governing_preposition(token)
    return prep is not None and _tells_an_origin(prep)


def _behind_a_topic(token: Token) -> bool:
    """Whether the nearest of the place's preposition ancestors that says where or what about is a topic's:
    "protested against the invasion of Ukraine", but not "clashed with citizens demonstrating in front of the
    tribunal of Ben Arous", where "in" says where the nearer action is."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ in TOPIC_PREPOSITIONS and not _ends_a_route(ancestor):
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in LOCATIVE_PREPOSITIONS:
            return False
    return False


def _ends_a_route(prep: Token) -> bool:
    """The "to" of "from X to Y": "held a motorcycle rally from Digana to Kandy", "drove from Surrey to Vancouver"
    went where they were headed, not only towards it."""
    return prep.lower_ == "to" and any(c.dep_ == "prep" and c.lower_ == "from" for c in prep.head.children)


def _ends_a_march(prep: Token) -> bool:
    """The "to" of "marched to the city hall of Lyon": a march is held on its way and where it ends."""
    return prep.lower_ == "to" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in MARCH_VERBS


def _in_support_of(token: Token) -> bool:
    """A place inside "in support of ..." or "in solidarity with ...": what the action backs, at any depth ("gathered
    in support of mass protests in Mangystau region", "in solidarity with the convoy protests in Wellington")."""
    return any(
        a.lemma_.lower() in SUPPORT_NOUNS and a.dep_ == "pobj" and a.head.lower_ == "in" for a in token.ancestors
    )


def _tells_an_origin(prep: Token) -> bool:
    """ "a cab driver from Abidjan", "Dashinski, of Belarus", "the Krajina Serbs from Croatia": where someone comes
    from."""
    after_comma = prep.i > 0 and prep.doc[prep.i - 1].text == ","
    people = prep.head.pos_ == "NOUN" or (
        prep.head.pos_ == "PROPN" and prep.head.ent_type_ not in {"GPE", "LOC", "FAC"}
    )
    return prep.lower_ in {"of", "from"} and (after_comma or (prep.lower_ == "from" and people))


def _inside_mention(token: Token, place_id: str, mentions: Mentions) -> bool:
    """ "Sao" of "Sao Paulo": a word of a place name other than its head, which speaks for the name."""
    return token.head != token and mentions.place_by_token.get(token.head.i) == place_id


def _attached_places(trigger: Token, mentions: Mentions) -> list[Token]:
    """Place tokens in the trigger's place slots: its locative phrases ("in Peshawar"), and its object or
    subject when that is a place ("captured Kabul", "the cities of Palmyra", "Grozny's streets")."""
    arguments = [
        c for c in trigger.children if c.dep_ in _ARGUMENT_DEPS and not (_set_against(c) or _bare_participle(c))
    ]
    heads = [trigger, *arguments]
    if trigger.pos_ == "NOUN" and is_light_verb(trigger.head):  # "held a protest in Peshawar": the verb's place
        heads.append(trigger.head)
    found = [t for a in arguments if a.dep_ in {"dobj", "nsubjpass"} for t in _place_phrase(a, mentions)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS:
                found.extend(t for t in prep.subtree if _sets_the_phrase(t, prep, mentions))
    return found + _scene_places(trigger, mentions)


def _scene_places(trigger: Token, mentions: Mentions) -> list[Token]:
    """The tokens of the place named by a locative phrase that opens the sentence, past its date: "On 18 June, in
    Tegucigalpa, Francisco Morazan, armed men shot and killed a driver in the colonia Villanueva". The phrase sets the
    scene of the main clause wherever the parser hangs it (on the subject, on the first of two verbs)."""
    if not _in_main_clause(trigger):
        return []
    start = _scene_name_start(trigger.sent)
    place_id = mentions.place_by_token.get(start) if start is not None else None
    if place_id is None:
        return []
    end = _name_bounds(trigger.doc[start], mentions)[1]
    return [trigger.doc[i] for i in range(start, end)]


def _scene_name_start(sentence: Span) -> int | None:
    """Where the name after a sentence's opening locative preposition starts ("in Tegucigalpa", "close to Xpujil"),
    the preposition first in the sentence or right after a comma that closes its date ("On 18 June 2022,")."""
    doc = sentence.doc
    for token in sentence:
        after_near = token.lower_ == "to" and token.i > sentence.start and doc[token.i - 1].lower_ in NEAR_WORDS
        if token.lower_ in LOCATIVE_PREPOSITIONS or after_near:
            opens = token.i == sentence.start or doc[token.i - 1].text == "," or after_near
            return token.i + 1 if opens and token.i + 1 < sentence.end else None
        if not (token.ent_type_ in _NUMERIC_LABELS or token.is_punct or token.pos_ in {"ADP", "ADV", "ADJ"}):
            return None
    return None


def _in_main_clause(trigger: Token) -> bool:
    """Whether a trigger is the sentence's main verb, one joined to it or its light verb's noun ("held a protest")."""
    node = trigger.head if trigger.pos_ == "NOUN" and is_light_verb(trigger.head) else trigger
    while node.dep_ in {"conj", "xcomp"} and node.head != node:
        node = node.head
    return node.dep_ == "ROOT"


def _bare_participle(clause: Token) -> bool:
    """ "with demonstrators supporting the war waged by Russia on Ukraine": a past participle with no subject, auxiliary
    or mark that the parser hung on the verb describes a noun before it, not where the act was."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBN":
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in clause.children)


def _set_against(clause: Token) -> bool:
    """ "killed in Raqqa, while Davis is in prison in Turkey": a clause with its own subject set against the event
    tells where something else is ("killed while travelling in Kabul" still says where)."""
    if clause.dep_ != "advcl" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children)


def _sets_the_phrase(token: Token, prep: Token, mentions: Mentions) -> bool:
    """Whether a place in a locative phrase says where: not an origin or topic deeper in it, nor the place that
    names whose actor it is ("shot dead in the first killing of a U.S. diplomat in Jordan")."""
    if token.i not in mentions.place_by_token or _nested_origin(token, prep):
        return False
    return token.head == prep or not _names_an_actor(token, mentions)


def _nested_origin(token: Token, prep: Token) -> bool:
    """A place deeper in the phrase that only says where someone comes from or what something is about:
    "between 100 and 200 persons, including refugees from Ukraine" does not put the event in Ukraine, nor
    "on the steps of the court holding signs against Russia's invasion of Ukraine" in Russia or Ukraine."""
    if _nested_topic(token, prep):
        return True
    own = _governing_preposition(token)
    if own is None or own.lower_ not in _NESTED_ASIDES:
        return False  # "in front of the office of X", "between Wolmaransstad to Bloemhof" still say where
    return _not_a_setting(token)


def _nested_topic(token: Token, prep: Token) -> bool:
    """Whether a topic's preposition ("against", "about", "over", "for", "with") stands between the place and
    the phrase's own preposition, nearer than any locative one: the place is in what the action is about."""
    for ancestor in token.ancestors:
        is_prep = ancestor.dep_ == "prep" or ancestor.pos_ == "ADP"  # "in support of X and against Y": a conjunct
        if ancestor == prep or (is_prep and ancestor.lower_ in LOCATIVE_PREPOSITIONS):
            return False
        if is_prep and ancestor.lower_ in _NESTED_TOPICS:
            return True
    return False


def _place_phrase(argument: Token, mentions: Mentions) -> Iterable[Token]:
    """The places an argument names itself: "Kabul", "the settlements of Maharda", "Grozny's streets"."""
    if argument.i in mentions.place_by_token:
        yield from (t for t in argument.subtree if t.i in mentions.place_by_token)
        return
    for child in argument.children:
        if child.dep_ == "poss" and child.i in mentions.place_by_token:
            yield child
        if child.dep_ == "prep" and child.lower_ == "of" and argument.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS:
            yield from (t for t in child.subtree if t.i in mentions.place_by_token)


def _stands_for_its_state(token: Token, place: Place, mentions: Mentions) -> bool:
    """ "Moscow accused Kyiv of shelling the plant", "Washington urged Tehran": a capital read as its country's
    government is a party to the event, not where it happened, even in the event's own slot; right after a locative
    preposition it says where ("in Port-au-Prince, Ouest, gang members shot", the parser taking the city for the
    subject)."""
    actor = mentions.actor(mentions.actor_by_token.get(token.i))
    if actor is None or actor.kind != "country" or place.feature == "country":
        return False
    return not _after_a_locative(_name_bounds(token, mentions)[0], token.doc)


def _names_an_actor(token: Token, mentions: Mentions) -> bool:
    """A place in an actor's phrase, unless a locative preposition stands right before its name: "in Juticalpa,
    Olancho, transport workers held a protest" parses Juticalpa as the workers' modifier, but it says where; nor when
    the actor is a town's body standing for its building (``_names_a_site``). A place the parser hangs on another
    place ("in A Coruna (Galicia)", Galicia taken for a person) names none."""
    if not _in_actor_phrase(token) or token.head.i in mentions.place_by_token:  # "in A Coruna (Galicia)"
        return False
    if _names_a_battleground(token, mentions):
        return False
    return not (_after_a_locative(_name_bounds(token, mentions)[0], token.doc) or _names_a_site(token, mentions))


def _names_a_battleground(token: Token, mentions: Mentions) -> bool:
    """ "the Mosul operation", "the Aleppo offensive": a town or region before a word of fighting names where it is
    fought; a country there names who fights ("US airstrikes")."""
    place = mentions.place(mentions.place_by_token.get(token.i))
    fighting = token.dep_ == "compound" and token.head.lemma_.lower() in VIOLENCE_NOUNS
    return fighting and place is not None and place.feature != "country"


def _names_a_site(token: Token, mentions: Mentions) -> bool:
    """Whether a town's body stands, in a locative phrase, for its building in the town: "gathered in front of the Lyon
    city council", "outside the Cigli municipality building". Not where the phrase says where the building stands:
    "outside the Mangystau regional administration in Aktau"."""
    place = mentions.place(mentions.place_by_token.get(token.i))
    if place is None or place.feature != "city":
        return False
    head = token.head
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or _located_by_a_phrase(head, mentions):
        return False
    return prep.lower_ in LOCATIVE_PREPOSITIONS or (prep.lower_ == "of" and prep.head.lower_ in SIDES)


def _located_by_a_phrase(noun: Token, mentions: Mentions) -> bool:
    """Whether a locative phrase right after a noun names a place ("the administration in Aktau city"), read from the
    words: the parser may hang the phrase elsewhere."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    return any(i in mentions.place_by_token for i in range(noun.i + 2, min(len(doc), noun.i + 4)))


def _after_a_locative(start: int, doc: Doc) -> bool:
    """Whether a locative preposition stands right before the name that starts at ``start``: "in Juticalpa",
    "close to Xpujil"."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in LOCATIVE_PREPOSITIONS:
        return True
    return before == "to" and start > 1 and doc[start - 2].lower_ in NEAR_WORDS


def _in_actor_phrase(token: Token) -> bool:
    """ "Kyiv's mayor", "Texas police": a place naming whose actor it is, not where ("Peshawar city" and
    "Palermo city hall" are places)."""
    head = token.head
    while head.dep_ == "compound" and head.head != head:  # "Palermo city hall": up to "hall"
        head = head.head
    if head.pos_ == "PROPN" and head.ent_type_ not in {"ORG", "PERSON", "NORP"}:  # "Mogadishu Wadajir": a name
        return False
    if token.dep_ == "npadvmod" and head.dep_ == "amod":  # "Hindi-speaking migrants"
        return True
    return (
        token.dep_ in {"poss", "compound", "amod", "nmod"}
        and head.ent_type_ not in {"GPE", "LOC", "FAC", *_NUMERIC_LABELS}
        and head.lemma_.lower() not in PLACE_NOUNS | SETTLEMENT_NOUNS | FACILITY_NOUNS
    )


def _not_a_setting(token: Token) -> bool:
    """A place the sentence names as a topic, target or origin: "the invasion of Ukraine", "protested against
    Libya", "migrants crossing to Greece", "a driver from Abidjan", "Dashinski, of Belarus" (but "residents
    of Kocani" live there, and "the hospital of Metz" stands there)."""
    prep = _governing_preposition(token)
    if prep is None:
        return False
    governor = prep.head
    if prep.lower_ in TOPIC_PREPOSITIONS:
        near = prep.lower_ == "to" and governor.lower_ in NEAR_WORDS  # "close to Taxco"
        return not (near or _ends_a_route(prep) or _distance_to(prep) or _ends_a_march(prep))
    settings = PLACE_NOUNS | SETTLEMENT_NOUNS | FACILITY_NOUNS | DISTANCES | RESIDENTS | SIDES  # "the hospital of Metz"
    if prep.lower_ in {"of", "from"} and governor.lemma_.lower() not in settings and not _measured(prep):
        unnamed = governor.pos_ != "PROPN" or governor.ent_type_ in {"PERSON", "ORG", "NORP"}  # "Speney Adda of Herat"
        return governor.ent_type_ not in {"GPE", "LOC", "FAC"} and (unnamed or prep.lower_ == "from")
    return False


def _governing_preposition(token: Token) -> Token | None:
    """The preposition whose object the place is, through conjunctions and appositions ("of Basra and Nasiriyah")."""
    node = token
    while node.dep_ in {"conj", "appos", "compound"} and node.head != node:
        node = node.head
    return node.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else None


def _is_anchor(token: Token) -> bool:
    """ "50 kilometers west of Baghdad", "30 km from Kherson", "10km to Baidoa" are near, not in, the place ("in the
    north of Iraq" is in it)."""
    prep = _governing_preposition(token)
    if prep is None or prep.lower_ not in {"of", "from"}:
        return prep is not None and _distance_to(prep)
    head = prep.head
    if head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS and head.dep_ == "pobj":  # "north of the city of Multan"
        return _is_anchor(head)
    if head.lower_ in DISTANCES or _measured(prep):
        return True
    return head.lower_ in DIRECTIONS and not any(c.dep_ in {"det", "poss"} for c in head.children)


def _distance_to(prep: Token) -> bool:
    """ "a village 10km to Wanla Weyne town": the "to" of a distance measures from its place, as "from" does."""
    after_distance = prep.i > 0 and prep.doc[prep.i - 1].lower_ in DISTANCES  # the parser may hang "to" on the verb
    return prep.lower_ == "to" and (after_distance or prep.head.lower_ in DISTANCES or _measured(prep))


def _measured(prep: Token) -> bool:
    """ "10 km from Mao" parsed with the distance inside the phrase: the place is the anchor of a distance."""
    return any(child.lower_ in DISTANCES for child in prep.children)


def place_before(offset: int, doc: Doc, mentions: Mentions) -> str | None:
    """The finest place named in the last earlier sentence that names one, the first on ties (the town before
    its region)."""
    grain = {p.id: GRAIN.get(p.feature, 1) for p in mentions.places}
    spans = [(span[0], place.id) for place in mentions.places for span in place.spans if span[0] < offset]
    if not spans:
        return None
    sentence_of = {start: _sentence_start(doc, start) for start, _ in spans}
    last_sentence = max(sentence_of.values())
    return min((grain[place], start, place) for start, place in spans if sentence_of[start] == last_sentence)[2]


def _sentence_start(doc: Doc, char: int) -> int:
    """The first token of the sentence of the word at ``char``, kept once per document: finding a sentence walks its
    tokens, and every event settled asks again about the same places."""
    starts: dict[int, int] = once_per_doc(doc, _SENTENCE_STARTS, lambda _: {})
    if char not in starts:
        starts[char] = doc.char_span(char, char + 1, alignment_mode="expand").sent.start
    return starts[char]
