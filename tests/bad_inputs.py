"""Real bad inputs of every kind a user meets, written to a folder: each must get a one-line outcome."""

from __future__ import annotations

import gzip
from pathlib import Path

ENGLISH = (
    "Police in Nairobi arrested twelve protesters on Friday after a march against rising fuel prices turned "
    "violent, officials said. The demonstrators had gathered outside parliament in the morning and marched "
    "towards the city centre, where officers fired tear gas to disperse them. "
) * 2
GERMAN = (
    "Die Polizei hat am Freitag in Berlin zwölf Demonstranten festgenommen, nachdem ein Marsch gegen die "
    "steigenden Preise eskaliert war. Die Demonstranten hatten sich am Morgen vor dem Parlament versammelt "
    "und waren in Richtung der Innenstadt gezogen, wo die Beamten Tränengas einsetzten. "
) * 2


def write_bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        "truncated gzip": gzip.compress(ENGLISH.encode() * 5)[:60],
        "non-English": GERMAN.encode(),
        "50 MB page": b"<html><body>" + b"<p>" + b"word " * 10_500_000 + b"</p></body></html>",
    }
    paths = {}
    for label, data in files.items():
        path = tmp_path / (label.replace(" ", "_") + (".gz" if "gzip" in label else ".html"))
        path.write_bytes(data)
        paths[label] = path
    return paths
