"""Build ``static/countries.json``, the offline world map: country outlines as SVG path data.

Source: Natural Earth 1:110m admin-0 countries (public domain), as the TopoJSON ``countries-110m.json`` of
the npm package ``world-atlas`` 2.0.2 (ISC). Run once, offline, when the outlines should change:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m newsevents.web.outlines package/countries-110m.json

Paths use the Web Mercator projection onto a 360 x 360 box (x = lon + 180; latitudes clipped at 85.05),
rounded to 0.1, the same square a zoom-0 map tile covers, so an optional tile server lines up with them.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().with_name("static") / "countries.json"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (delta-encoded, quantised) as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def mercator_y(lat: float) -> float:
    lat = max(-85.05, min(85.05, lat))
    return 180 - math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def svg_path(rings: list[list[tuple[float, float]]]) -> str:
    """Rings as SVG path data; a ring crossing the antimeridian is cut there (a move, not a line across)."""
    parts = []
    for ring in rings:
        path, previous = "", None
        for lon, lat in ring:
            command = "M" if previous is None or abs(lon - previous) > 180 else "L"
            path += f"{command}{lon + 180:.1f} {mercator_y(lat):.1f}"
            previous = lon
        parts.append(path + "Z")
    return "".join(parts)


def country_paths(topology: dict[str, Any]) -> list[dict[str, str]]:
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [ring_points(ring, arcs) for polygon in polygons for ring in polygon]
        countries.append({"name": geometry["properties"]["name"], "d": svg_path(rings)})
    return countries


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    OUT.write_text(json.dumps(country_paths(topology), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(sys.argv[1])
