"""Who attacked whom with what, on MUC-4's news of political violence (``newsevents eval muc``).

MUC-4 (1989-1991 wire news, Latin America, in GRIT's processed release) names, for each incident of a
document, its perpetrators (individuals and organisations), human victims, physical targets and weapons. No
part of it was used to build newsevents, so it checks how the event coder generalises to another region, era
and style: wire copy in capitals, which the processed release gives in lower case.

Each role is scored as GRIT scores it, over the entities of a document: a gold entity (its mentions) is found
when one of our fillers for the role matches one of its mentions, a filler is right when it matches some gold
entity of the role. Matching is lenient on determiners and modifiers: one string is the other, or holds it as
whole words ("the fmln guerrillas" finds "fmln"). Our fillers come from the events of violence (ASSAULT,
COERCE) that the text does not deny or only suppose: their actors (organisations and countries as
perpetrator organisations, the rest as individuals), target people and groups (victims), physical targets and
weapons.

Rows: ours on the lower-case text and on the wire copy in capitals, each handed over as a plain-text story and
read as the pipeline reads it (the text path, then the parse with its case restored, ``annotate.truecase``),
and, to show what the restoring brings, on the capitals without it; beside them a
baseline from the recogniser alone on the lower-case text (organisations and nationalities as perpetrator
organisations, people as victims).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from newsevents.eval.scoring import precision_recall_f1
from newsevents.record import Article, Document

if TYPE_CHECKING:
    from newsevents.pipeline import Models

ROLES = ("PerpInd", "PerpOrg", "Victim", "Target", "Weapon")
VIOLENT_TYPES = {"ASSAULT", "COERCE"}
UNTOLD_STATUSES = {"negated", "hypothetical"}
ORGANISATION_KINDS = {"organization", "country"}
#: MUC's victims are people; a country or a body attacked is neither a victim nor a physical target there.
PEOPLE_KINDS = {"person", "group"}
_LEADING = re.compile(r"^(?:the|a|an|some|several|two|three|four|five|\d+)\s+")
_PUNCTUATION = re.compile(r"[\"'“”‘’(),.]")

Fillers = dict[str, set[str]]


@dataclass
class MucDoc:
    docid: str
    lower: str  # GRIT's processed text, in lower case
    capitals: str  # the wire copy as sent, in capitals (empty where the raw file lacks the document)
    gold: dict[str, list[list[str]]]  # role -> entities -> mentions


def read_muc(data_dir: Path, split: str = "dev", limit: int | None = None) -> list[MucDoc]:
    """The split's documents with their role fillers; ``data_dir`` is the ``muc4_grit`` folder."""
    raw_path = data_dir / "raw_proc_output" / f"doc_{split}"
    capitals = {}
    if raw_path.exists():
        capitals = {r["docid"]: r["text"] for r in map(json.loads, raw_path.read_text(encoding="utf-8").splitlines())}
    docs = []
    for line in (data_dir / f"{split}.json").read_text(encoding="utf-8").splitlines()[:limit]:
        row = json.loads(line)
        gold = {role: [[m for m, _ in entity] for entity in row["extracts"].get(role, [])] for role in ROLES}
        docs.append(MucDoc(row["docid"], row["doctext"], capitals.get(row["docid"], ""), gold))
    return docs


def _no_fillers() -> Fillers:
    return {role: set() for role in ROLES}


def our_fillers(doc: Document) -> Fillers:
    """Role fillers from the events of violence the text tells (see the module's doc)."""
    actors = {a.id: a for a in doc.actors}
    fillers = _no_fillers()
    for event in doc.events:
        if event.type not in VIOLENT_TYPES or event.status in UNTOLD_STATUSES:
            continue
        actor, target = actors.get(event.actor or ""), actors.get(event.target or "")
        if actor is not None:
            fillers["PerpOrg" if actor.kind in ORGANISATION_KINDS else "PerpInd"].add(actor.name)
        if target is not None and target.kind in PEOPLE_KINDS:
            fillers["Victim"].add(target.name)
        fillers["Target"].update(event.physical_targets)
        fillers["Weapon"].update(event.weapons)
    return fillers


def baseline_fillers(entities: Iterable[tuple[str, str]]) -> Fillers:
    """The recogniser alone: organisations and nationalities as perpetrator organisations, people as victims."""
    fillers = _no_fillers()
    for text, label in entities:
        if label in {"ORG", "NORP"}:
            fillers["PerpOrg"].add(text)
        elif label == "PERSON":
            fillers["Victim"].add(text)
    return fillers


def normalised(text: str) -> str:
    """Lower case, no possessive or punctuation, hyphens as spaces: the gold's tokenised "Myanmar 's government"
    and "al - Sarraj" read as "myanmar government" and "al sarraj"."""
    text = re.sub(r"\s*['’]\s*s\b", "", text.casefold())
    text = _PUNCTUATION.sub(" ", text.replace("-", " "))
    return _LEADING.sub("", " ".join(text.split()))


def matches(filler: str, mention: str) -> bool:
    """One is the other, or holds it as whole words."""
    a, b = normalised(filler), normalised(mention)
    if not a or not b:
        return False
    return a == b or f" {b} " in f" {a} " or f" {a} " in f" {b} "


def score_role(predicted: set[str], gold: list[list[str]], counts: Counter) -> None:
    """Add one document's hits for one role: predicted fillers right, gold entities found."""
    counts["predicted"] += len(predicted)
    counts["gold"] += len(gold)
    counts["right"] += sum(any(matches(p, m) for entity in gold for m in entity) for p in predicted)
    counts["found"] += sum(any(matches(p, m) for p in predicted for m in entity) for entity in gold)


def prf(counts: Counter) -> dict[str, float]:
    precision, recall, f1 = precision_recall_f1(counts["right"], counts["predicted"], counts["found"], counts["gold"])
    return {"P": precision, "R": recall, "F1": f1}


def evaluate_muc(data_dir: Path, split: str = "dev", limit: int | None = None) -> dict[str, dict[str, dict]]:
    """Per system, per role (and all roles pooled): precision, recall and F1."""
    from newsevents.pipeline import load_models

    models = load_models()
    docs = read_muc(data_dir, split, limit)
    with_capitals = [d for d in docs if d.capitals]
    runs = {
        "ours, lower case": (docs, [d.lower for d in docs], True),
        "ours, capitals": (with_capitals, [d.capitals for d in with_capitals], True),
        "ours, capitals, not restored": (with_capitals, [d.capitals for d in with_capitals], False),
    }
    report = {
        system: _score(items, _story_fillers(texts, models, restore))
        for system, (items, texts, restore) in runs.items()
    }
    baseline = [
        baseline_fillers((e.text, e.label_) for e in doc.ents) for doc in models.nlp.pipe(d.lower for d in docs)
    ]
    report["recogniser, lower case"] = _score(docs, baseline)
    return report


def _story_fillers(texts: list[str], models: Models, restore: bool) -> list[Fillers]:
    """Each story as a user hands it over, a plain text: cleaned by the text path (which joins hard-wrapped
    lines), parsed with its case restored (or, to show what restoring brings, without), annotated."""
    from newsevents.pipeline import annotate

    articles = [_as_article(text) for text in texts]
    kept = (a.text for a in articles if a is not None)
    parses = models.nlp.pipe((models.case.for_parsing(t) if restore else t for t in kept), batch_size=16)
    return [our_fillers(annotate(a, next(parses), models)) if a is not None else _no_fillers() for a in articles]


def _as_article(text: str) -> Article | None:
    """The story as the text path cleans it; None where the pipeline would skip it (a two-line brief is "not an
    article"): such a story yields no fillers, and its gold entities count as missed."""
    from newsevents.errors import UnusableInput
    from newsevents.pipeline import Item, prepare

    try:
        return prepare(Item(key="muc", content=text, kind="text"))
    except UnusableInput:
        return None


def _score(items: list[MucDoc], fillers: list[Fillers]) -> dict[str, dict]:
    counts = {role: Counter() for role in (*ROLES, "all")}
    for item, found in zip(items, fillers, strict=True):
        for role in ROLES:
            score_role(found[role], item.gold[role], counts[role])
            score_role(found[role], item.gold[role], counts["all"])
    return {role: {**prf(c), "n": c["gold"]} for role, c in counts.items()}


def print_report(report: dict[str, dict[str, dict]], split: str) -> None:
    table = Table(title=f"MUC-4 role fillers ({split}): F1, precision/recall")
    table.add_column("role")
    table.add_column("gold", justify="right")
    for system in report:
        table.add_column(system, justify="right")
    first = next(iter(report.values()))
    for role in (*ROLES, "all"):
        cells = (f"{rows[role]['F1']:.3f} {rows[role]['P']:.2f}/{rows[role]['R']:.2f}" for rows in report.values())
        table.add_row(role, str(first[role]["n"]), *cells)
    Console().print(table)
