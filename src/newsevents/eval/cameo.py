"""Event types on CAMEO-coded news sentences, as quad classes (``newsevents eval cameo``).

ConfliBERT's CAMEO sentences (Parolin et al. 2022) are single news sentences from many sources and decades,
each labelled with the quad class of its CAMEO event: 0 a public statement (CAMEO 01: comments, denials),
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. Nothing of it was used
to build newsevents, so it checks how the event coder's types generalise beyond the sets it was studied on.

Our class is the quad class PLOVER's manual groups the sentence's main event type in (``main_event``: the first
event the sentence tells as having happened): AGREE, CONSULT, SUPPORT verbal cooperation; CONCEDE, COOPERATE,
AID, RETREAT material cooperation; REQUEST, ACCUSE, REJECT, THREATEN verbal conflict; PROTEST, SANCTION,
MOBILIZE, COERCE, ASSAULT material conflict; a sentence with no event is a statement. PLOVER and CAMEO group a
few acts differently (an appeal is verbal cooperation in CAMEO, a REQUEST verbal conflict in PLOVER), so the
mapping costs a little accuracy on its own.

The same sentences carry their event's source and target spans (``cameo_ner``): on the test split, a role is
named right when our main event's actor (target) matches one of the sentence's source (target) spans on whole
words (``eval.muc.matches``), by its canonical name or by a name the sentence gives it ("UK" for the United
Kingdom): the role asks whether we chose the right party, not how we spell it. A sentence we read as a statement
(no event) has the speaker our record gives the statement as its source, as CAMEO codes a public statement (who
comments); it has no target, since our record names none for a statement.

Beside ours: the majority class (and, for the roles, the first two named entities of the sentence as source and
target), and, where scikit-learn is installed, word n-gram TF-IDF with logistic regression fitted on the train
split: a supervised model of this very set, the in-domain reference.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsevents.eval.scoring import precision_recall_f1
from newsevents.record import Document, Event, Quote

CLASSES = (0, 1, 2, 3, 4)
CLASS_NAMES = {
    0: "statement",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
#: PLOVER's quad classes, in the manual's order of its types.
PLOVER_QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), 1),
    **dict.fromkeys(("CONCEDE", "COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

Labelled = list[tuple[str, int]]


def read_cameo(data_dir: Path, split: str = "test", limit: int | None = None) -> Labelled:
    """(sentence, quad class) of a split; ``data_dir`` is ``conflibert_eval`` or its ``cameo_class`` folder."""
    folder = data_dir / "cameo_class" if (data_dir / "cameo_class").is_dir() else data_dir
    rows = []
    for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
        text, _, label = line.rstrip("\r").rpartition("\t")
        if text.strip() and label.strip().isdigit():
            rows.append((text.strip(), int(label)))
    return rows[:limit]


def quad_class(event_type: str | None) -> int:
    """The quad class of a PLOVER type; a sentence with no event is a statement (0)."""
    return PLOVER_QUAD.get(event_type or "", 0)


@dataclass
class Reading:
    """What we read in one sentence: its quad class and the names of its main event's source and target (the
    actor's canonical name and the names the sentence gives it; empty where there is none)."""

    quad: int
    source: tuple[str, ...]
    target: tuple[str, ...]


def our_readings(sentences: list[str]) -> list[Reading]:
    from newsevents.eval.events import annotate_texts
    from newsevents.events.main import main_event

    readings = []
    for doc in annotate_texts(sentences, [None] * len(sentences)):
        event = main_event(doc, acled_only=False)
        readings.append(Reading(quad_class(event.type if event else None), *_roles(doc, event)))
    return readings


def _roles(doc: Document, event: Event | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of the source and the target of the main event; with no event, of the statement's speaker."""
    names = _names_of_actors(doc)
    if event is not None:
        return names.get(event.actor or "", ()), names.get(event.target or "", ())
    statement = next((q for q in doc.quotes if q.speaker or q.speaker_text), None)
    if statement is None:
        return (), ()
    return _speaker_names(statement, names), ()


def _speaker_names(statement: Quote, names: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The names of who makes a statement: the speaker's actor, and the words that name them."""
    written = (statement.speaker_text,) if statement.speaker_text else ()
    return (*names.get(statement.speaker or "", ()), *written)


def _names_of_actors(doc: Document) -> dict[str, tuple[str, ...]]:
    """Each actor's canonical name, then the texts of the entities the sentence names it by."""
    names = {actor.id: [actor.name] for actor in doc.actors}
    for entity in doc.entities:
        if entity.actor in names and entity.text not in names[entity.actor]:
            names[entity.actor].append(entity.text)
    return {actor: tuple(found) for actor, found in names.items()}


def our_classes(sentences: list[str]) -> list[int]:
    return [reading.quad for reading in our_readings(sentences)]


def read_roles(data_dir: Path, split: str = "test") -> list[dict[str, list[str]]]:
    """Per sentence of ``cameo_ner`` (the same sentences as ``cameo_class``, in order), the texts of its source
    (S) and target (T) spans; empty where the folder is missing."""
    path = (data_dir / "cameo_ner" if (data_dir / "cameo_ner").is_dir() else data_dir) / f"{split}.txt"
    if not path.exists():
        return []
    sentences: list[dict[str, list[str]]] = []
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.strip().rpartition(" ")
            tokens.append((word, tag))
        elif tokens:
            sentences.append(_spans_by_role(tokens))
            tokens = []
    return sentences


def _spans_by_role(tokens: list[tuple[str, str]]) -> dict[str, list[str]]:
    spans: dict[str, list[list[str]]] = {"S": [], "T": []}
    for word, tag in tokens:
        prefix, _, role = tag.partition("-")
        if role not in spans:
            continue
        if prefix == "B" or not spans[role]:
            spans[role].append([])
        spans[role][-1].append(word)
    return {role: [" ".join(words) for words in found] for role, found in spans.items()}


def role_accuracy(readings: list[tuple[str, ...]], gold: list[list[str]]) -> float:
    """Share of the sentences with a gold span where one of our names for the role matches one
    (``eval.muc.matches``)."""
    from newsevents.eval.muc import matches

    scored = [(ours, spans) for ours, spans in zip(readings, gold, strict=True) if spans]
    hits = sum(any(matches(name, span) for name in ours for span in spans) for ours, spans in scored)
    return hits / max(len(scored), 1)


def entity_baseline(sentences: list[str]) -> list[tuple[str | None, str | None]]:
    """The first named actor-like entity as the source, the next as the target."""
    from newsevents.pipeline import load_models

    readings = []
    for doc in load_models().nlp.pipe(sentences):
        names = [e.text for e in doc.ents if e.label_ in {"ORG", "GPE", "NORP", "PERSON"}]
        readings.append((names[0] if names else None, names[1] if len(names) > 1 else None))
    return readings


def in_domain_classes(train: Labelled, sentences: list[str]) -> list[int] | None:
    """TF-IDF word n-grams and logistic regression fitted on ``train``; None without scikit-learn."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        return None
    texts, labels = zip(*train, strict=True)
    vectoriser = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    model = LogisticRegression(C=10.0, max_iter=2000).fit(vectoriser.fit_transform(texts), labels)
    return [int(c) for c in model.predict(vectoriser.transform(sentences))]


def scores(gold: list[int], predicted: list[int]) -> dict[str, float]:
    """Accuracy, macro F1 over the five classes, and F1 of each class."""
    result = {"accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)}
    f1s = []
    for label in CLASSES:
        hits = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        *_, f1 = precision_recall_f1(hits, predicted.count(label), hits, gold.count(label))
        result[f"F1 {label} {CLASS_NAMES[label]}"] = f1
        f1s.append(f1)
    result["macro F1"] = sum(f1s) / len(f1s)
    return result


def evaluate_cameo(data_dir: Path, split: str = "test", limit: int | None = None) -> dict[str, dict[str, float]]:
    """Scores of ours and of the baselines on ``split`` (test to report, train to study errors)."""
    rows = read_cameo(data_dir, split, limit)
    sentences, gold = [text for text, _ in rows], [label for _, label in rows]
    majority = Counter(label for _, label in read_cameo(data_dir, "train")).most_common(1)[0][0]
    readings = our_readings(sentences)
    report = {
        "ours": scores(gold, [r.quad for r in readings]),
        "majority class / first entities": scores(gold, [majority] * len(gold)),
    }
    roles = read_roles(data_dir, split)[: len(rows)]
    if split == "test" and len(roles) == len(rows):  # the train files do not list the same sentences
        baseline = entity_baseline(sentences)
        for role, index in (("source", 0), ("target", 1)):
            spans = [r["S" if role == "source" else "T"] for r in roles]
            ours = [r.source if role == "source" else r.target for r in readings]
            report["ours"][f"{role} named"] = role_accuracy(ours, spans)
            report["majority class / first entities"][f"{role} named"] = role_accuracy(
                [(b[index],) if b[index] else () for b in baseline], spans
            )
        fitted = in_domain_classes(read_cameo(data_dir, "train"), sentences)
        if fitted is not None:
            report["TF-IDF + LR fitted on train (in-domain)"] = scores(gold, fitted)
    report["_n"] = {"n": float(len(gold))}
    return report


def print_report(report: dict[str, dict[str, float]], split: str) -> None:
    n = int(report.pop("_n")["n"])
    table = Table(title=f"CAMEO sentences, quad class ({split}, {n} sentences)")
    table.add_column("metric")
    for system in report:
        table.add_column(system, justify="right")
    for metric in next(iter(report.values())):
        table.add_row(metric, *(f"{rows[metric]:.3f}" if metric in rows else "-" for rows in report.values()))
    Console().print(table)
