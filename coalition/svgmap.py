"""A map's SVG as a newsroom's CMS takes it: only the shapes that show, simplified to what the eye can tell apart.

Plotly draws every shape of the world and clips the map to its frame, with coordinates to 13 decimals: 7.4 MB for the
world map. This keeps the outlines (`M…L…Z` paths, as d3-geo writes them) whose box meets the map's frame, simplifies
each ring with Ramer–Douglas–Peucker (the `simplification` library) to a tolerance below what a screen shows at the
image's size, and writes coordinates to a tenth of a pixel. Markers, text and every other element are kept as drawn.
"""

from __future__ import annotations

import re

from simplification.cutil import simplify_coords

# Pixels: a ring's points closer than this to the line through their neighbours are dropped.
TOLERANCE = 0.35
_GEO_CLIP = re.compile(r'<clipPath id="clip[^"]*geo"><rect x="([-\d.e]+)" y="([-\d.e]+)" width="([\d.e]+)" height="([\d.e]+)"')
# A path drawn in the map's own pixels (outlines); markers and legend symbols are placed by a transform and kept.
_PATH = re.compile(r"<path [^>]*>")
_OUTLINE_D = re.compile(r' d="(M[-\d.,eLMZ]*)"')
_RING = re.compile(r"M([^MZ]*)Z?")
Box = tuple[float, float, float, float]


def _ring(text: str, frame: Box) -> str:
    """One ring (`x,yLx,y…`) simplified and rounded, or '' when its box lies outside `frame` or it shrinks to nothing."""
    points = [[float(v) for v in pair.split(",")] for pair in text.split("L") if pair]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    left, top, right, bottom = frame
    if max(xs) < left or min(xs) > right or max(ys) < top or min(ys) > bottom:
        return ""
    kept = simplify_coords(points, TOLERANCE) if len(points) > 3 else points
    rounded = [f"{x:.1f},{y:.1f}" for x, y in kept]
    rounded = [p for i, p in enumerate(rounded) if i == 0 or p != rounded[i - 1]]
    return "M" + "L".join(rounded) + "Z" if len(rounded) >= 3 else ""


def slim(svg: bytes) -> bytes:
    """The SVG of a map with its outlines cut to the frame and simplified; an SVG without a map is returned as it is."""
    text = svg.decode("utf-8")
    clip = _GEO_CLIP.search(text)
    if not clip:
        return svg
    x, y, width, height = (float(v) for v in clip.groups())
    frame = (x - 1, y - 1, x + width + 1, y + height + 1)

    def outline(match: re.Match[str]) -> str:
        rings = (_ring(ring, frame) for ring in _RING.findall(match.group(1)))
        return ' d="' + "".join(r for r in rings if r) + '"'

    def path(match: re.Match[str]) -> str:
        tag = match.group(0)
        return tag if "transform=" in tag else _OUTLINE_D.sub(outline, tag)

    return _PATH.sub(path, text).encode("utf-8")
