"""A narrow map's markers as tap targets: each at least TARGET pixels wide and apart from the others, moved off its
country where neighbours crowd it, with a thin line back to it."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from coalition.figures.frame import NARROW_WIDTH
from coalition.figures.projection import Frame, conic_conformal, fit, natural_earth, natural_earth_invert, spread
from coalition.geo import Shape

# A marker this wide (CSS pixels; WCAG 2.5.8 asks 24), with this much between two markers' centres.
TARGET, GAP = 24, 30
# The plot area of a narrow map, per region: the phone's width, and this height.
PLOT_HEIGHT = {"europe": 250, "world": 175}
# The Europe view's box and cone; states whose point lies in it are drawn in the Europe view, the others in the world's.
EUROPE_LON, EUROPE_LAT, EUROPE_ROTATE, PARALLELS = (-25.0, 45.0), (33.0, 71.0), 15.0, (35.0, 65.0)
Positions = dict[str, tuple[float, float]]


def in_europe(shape: Shape) -> bool:
    return EUROPE_LON[0] <= shape.lon <= EUROPE_LON[1] and EUROPE_LAT[0] <= shape.lat <= EUROPE_LAT[1]


def _frame(region: str) -> Frame:
    size = (float(NARROW_WIDTH), float(PLOT_HEIGHT[region]))
    if region == "europe":
        forward, inverse = conic_conformal(PARALLELS)
        return fit(forward, inverse, EUROPE_ROTATE, EUROPE_LON, EUROPE_LAT, size)
    return fit(natural_earth, natural_earth_invert, 0.0, (-180.0, 180.0), (-56.0, 84.0), size)


def targets(isos: list[str], region: str, world: dict[str, Shape]) -> Positions:
    """Where to draw the markers of `isos` on a narrow map of `region` (lon, lat): Europe's states in the Europe view,
    the others in the world view, spread so that no two are closer than GAP pixels at the narrowest phone."""
    chosen = [iso for iso in dict.fromkeys(isos) if iso in world and in_europe(world[iso]) == (region == "europe")]
    frame = _frame(region)
    anchors = [frame.pixel(world[iso].lon, world[iso].lat) for iso in chosen]
    moved = spread(anchors, GAP, (float(NARROW_WIDTH), float(PLOT_HEIGHT[region])))
    return {iso: frame.lonlat(*point) for iso, point in zip(chosen, moved, strict=True)}


def translucent(colour: str, alpha: float = 0.45) -> str:
    """A #RRGGBB colour as rgba with `alpha`: a target's fill, through which its country shows."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"


def leader_lines(positions: Positions, world: dict[str, Shape], colour: str) -> list[go.Scattergeo]:
    """A thin line from each moved marker back to its country's point (one trace, no hover)."""
    lon: list[Any] = []
    lat: list[Any] = []
    for iso, (x, y) in positions.items():
        if abs(x - world[iso].lon) + abs(y - world[iso].lat) > 0.3:
            lon += [world[iso].lon, x, None]
            lat += [world[iso].lat, y, None]
    if not lon:
        return []
    line = {"color": colour, "width": 1.5}
    return [go.Scattergeo(lon=lon, lat=lat, mode="lines", line=line, hoverinfo="skip", showlegend=False)]
