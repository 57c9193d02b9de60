"""Toponym resolution scored on LGL and GeoVirus (Gritta et al.'s geoparsing corpora).

Resolution only, like Mordecai's reported numbers: the gold toponym spans are given, and a toponym is
right when our coordinates fall within 161 km (100 miles) of the gold ones; a toponym we cannot
resolve counts as wrong (mean error is over the resolved ones). Ours resolves an article's toponyms
together (``Gazetteer.resolve_all``): each is read with the others' countries, states, counties and
towns as evidence. The baseline takes the most populous place of that exact name.

Run: ``newsevents eval geo [--data DIR]``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from newsevents.annotate.geo import Gazetteer, PlaceMatch, haversine_km
from newsevents.eval.datasets import dataset_folder
from newsevents.eval.splits import half_of

CORPORA = {"LGL": "lgl.xml", "GeoVirus": "GeoVirus.xml"}
KM = 161.0


@dataclass
class Toponym:
    name: str
    lat: float
    lon: float


def read_corpus(path: Path) -> list[list[Toponym]]:
    """Articles as lists of gold toponyms with coordinates (LGL toponyms without a gazetteer tag are skipped)."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for node in [*article.iter("toponym"), *article.iter("location")]:
            where = node.find("gaztag") if node.tag == "toponym" else node
            if where is None or where.findtext("lat") is None:
                continue
            name = node.findtext("phrase") or node.findtext("name") or ""
            toponyms.append(Toponym(name, float(where.findtext("lat")), float(where.findtext("lon"))))
        articles.append(toponyms)
    return articles


def resolve_article(gazetteer: Gazetteer, names: list[str]) -> list[PlaceMatch | None]:
    """Resolve an article's toponyms together (``Gazetteer.resolve_all``), each with the others as context."""
    return gazetteer.resolve_all(names)


class _Score:
    def __init__(self) -> None:
        self.n = self.hits = self.resolved = 0
        self.error_km = 0.0

    def add(self, gold: Toponym, match: PlaceMatch | None) -> None:
        self.n += 1
        if match is None:
            return
        km = haversine_km(gold.lat, gold.lon, match.lat, match.lon)
        self.resolved += 1
        self.error_km += km
        self.hits += km <= KM

    def summary(self) -> dict[str, float]:
        return {
            "n": self.n,
            "acc161": self.hits / max(self.n, 1),
            "mean_error_km": self.error_km / max(self.resolved, 1),
            "unresolved": (self.n - self.resolved) / max(self.n, 1),
        }


def _corpus_dir(data_dir: Path) -> Path:
    folder = dataset_folder(data_dir, "geoparsing_gritta")
    for candidate in (folder / "Corpora", folder):
        if (candidate / CORPORA["LGL"]).is_file():
            return candidate
    raise FileNotFoundError(f"no {CORPORA['LGL']} under {data_dir}")


def evaluate_geo(
    data_dir: Path, limit: int | None = None, half: str | None = None
) -> dict[str, dict[str, dict[str, float]]]:
    """acc@161km, mean error and unresolved rate of ours and of the baseline, per corpus.

    ``data_dir``: the ``geoparsing_gritta`` folder, its ``Corpora`` folder or the shared data folder;
    ``limit`` keeps the first articles of each corpus; ``half`` ("dev" or "test") one fixed half of them.
    """
    gazetteer = Gazetteer.load()
    results = {}
    for corpus, filename in CORPORA.items():
        ours, baseline = _Score(), _Score()
        articles = read_corpus(_corpus_dir(data_dir) / filename)
        chosen = [a for i, a in enumerate(articles) if half is None or half_of(f"{corpus}:{i}") == half]
        for toponyms in chosen[:limit]:
            matches = resolve_article(gazetteer, [t.name for t in toponyms])
            for gold, match in zip(toponyms, matches, strict=True):
                ours.add(gold, match)
                baseline.add(gold, gazetteer.most_populous(gold.name))
        results[corpus] = {"ours": ours.summary(), "baseline": baseline.summary()}
    return results


def print_report(results: dict[str, dict[str, dict[str, float]]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Toponym resolution given gold spans (acc@161 km)")
    for column in ("corpus", "system", "toponyms", "acc@161", "mean error km", "unresolved"):
        table.add_column(column)
    for corpus, systems in results.items():
        for system, r in systems.items():
            table.add_row(
                corpus, system, str(r["n"]), f"{r['acc161']:.3f}", f"{r['mean_error_km']:.0f}", f"{r['unresolved']:.3f}"
            )
    Console().print(table)
