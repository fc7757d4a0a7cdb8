"""World shapes from the local topojson: which countries have shapes, where, and how big."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
WORLD = TOPOJSON_DIR / "world_50m.json"
# Shapes per map region, as plotly's geo.resolution: at world scale the 1:110m shapes (285 KB, a sixth of the 1:50m
# file) draw the same picture, and the states they leave out (Liechtenstein, Malta, Singapore...) keep the marker
# every named state has; Europe keeps the detailed 1:50m shapes.
RESOLUTIONS = {"world": 110, "europe": 50}
# Marker points for states the shapes do not draw (too small, or not a UN member): ISO3, lon, lat, note.
LABEL_POINTS = TOPOJSON_DIR / "label_points.csv"
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


Point = tuple[float, float]


def _ring(arcs: list[int], decoded: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for i in arcs:
        points += decoded[i] if i >= 0 else decoded[~i][::-1]
    return points


def _area_and_centroid(ring: list[Point]) -> tuple[float, Point]:
    """Shoelace area (absolute) and centroid of a closed ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def resolution(region: str) -> int:
    """The topojson resolution (plotly's geo.resolution: 50 or 110) for a map region ('world' or 'europe'); KeyError otherwise."""
    return RESOLUTIONS[region]


def topojson_file(resolution: int) -> Path:
    """The local world topojson of a resolution: static/topojson/world_{50,110}m.json."""
    return TOPOJSON_DIR / f"world_{resolution}m.json"


def preload_script(resolutions: Iterable[int]) -> str:
    """A <script> handing plotly.js the world shapes of these resolutions (window.PlotlyGeoAssets), for pages that
    draw from file:// with no network."""
    entries = ", ".join(
        f"{json.dumps(topojson_file(r).stem)}: {topojson_file(r).read_text(encoding='utf-8')}" for r in sorted(set(resolutions))
    )
    return f"<script>window.PlotlyGeoAssets = {{topojson: {{{entries}}}}};</script>"


@cache
def shapes() -> dict[str, Shape]:
    """Every country in the world topojson, keyed by ISO3, with a marker point on its largest landmass; states the
    shapes do not draw get their point from label_points.csv (area 0, so they count as small)."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    decoded: list[list[Point]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        decoded.append(points)
    parts: dict[str, list[tuple[list[Point], object]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso3 = geometry.get("id")
        if not iso3 or "arcs" not in geometry:
            continue
        # A country may have several geometries (mainland, islands): collect every outer ring with its label point.
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        ct = geometry.get("properties", {}).get("ct")
        parts.setdefault(iso3, []).extend((_ring(polygon[0], decoded), ct) for polygon in polygons if polygon)
    result = {}
    for iso3, rings in parts.items():
        lons = [p[0] for ring, _ in rings for p in ring]
        lats = [p[1] for ring, _ in rings for p in ring]
        area = (max(lons) - min(lons)) * (max(lats) - min(lats))
        largest, ct = max(rings, key=lambda pair: _area_and_centroid(pair[0])[0])
        # The topojson's label point where it lies on the largest landmass; otherwise that landmass's centroid.
        xs, ys = [p[0] for p in largest], [p[1] for p in largest]
        if isinstance(ct, list) and min(xs) <= ct[0] <= max(xs) and min(ys) <= ct[1] <= max(ys):
            lon, lat = float(ct[0]), float(ct[1])
        else:
            lon, lat = _area_and_centroid(largest)[1]
        result[iso3] = Shape(iso3, lon, lat, area)
    with LABEL_POINTS.open(encoding="utf-8", newline="") as extra:
        for row in csv.DictReader(extra):
            result.setdefault(row["iso3"], Shape(row["iso3"], float(row["lon"]), float(row["lat"]), 0.0))
    return result
