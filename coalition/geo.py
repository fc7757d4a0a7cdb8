"""World shapes from the local topojson: which countries have shapes, where, and how big."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
WORLD = TOPOJSON_DIR / "world_50m.json"
# A country whose shape spans less than this many square degrees is hard to see at world scale.
SMALL_AREA_DEG2 = 1.0


@dataclass(frozen=True)
class Shape:
    iso3: str
    lon: float
    lat: float
    area_deg2: float

    @property
    def is_small(self) -> bool:
        return self.area_deg2 < SMALL_AREA_DEG2


def _arc_indexes(arcs: object) -> list[int]:
    if isinstance(arcs, int):
        return [arcs]
    if isinstance(arcs, list):
        return [i for part in arcs for i in _arc_indexes(part)]
    return []


@cache
def shapes() -> dict[str, Shape]:
    """Every country in the world topojson, keyed by ISO3."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    decoded: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        decoded.append(points)
    result = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso3 = geometry.get("id")
        if not iso3 or "arcs" not in geometry:
            continue
        points = [p for i in _arc_indexes(geometry["arcs"]) for p in decoded[i if i >= 0 else ~i]]
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        area = (max(lons) - min(lons)) * (max(lats) - min(lats))
        lon, lat = geometry.get("properties", {}).get("ct", [sum(lons) / len(lons), sum(lats) / len(lats)])
        result[iso3] = Shape(iso3, float(lon), float(lat), area)
    return result
