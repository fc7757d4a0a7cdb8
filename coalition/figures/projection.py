"""Where plotly will draw a point of the map, in pixels, so that markers can be laid out before the browser draws them.

The projections are d3-geo's (which plotly uses): conic conformal for Europe, Natural Earth for the world, each
fitted, as plotly fits it, to the box of the map's longitude and latitude ranges. `spread` moves markers apart until
every one is a tap target of its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

Point = tuple[float, float]
Raw = Callable[[float, float], Point]


def natural_earth(lam: float, phi: float) -> Point:
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, y


def natural_earth_invert(x: float, y: float) -> Point:
    phi = y
    for _ in range(25):
        phi2 = phi * phi
        phi4 = phi2 * phi2
        value = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))) - y
        slope = 1.007226 + phi2 * (0.015085 * 3 + phi4 * (-0.044475 * 7 + 0.028874 * 9 * phi2 - 0.005916 * 11 * phi4))
        phi -= value / slope
        if abs(value / slope) < 1e-9:
            break
    phi2 = phi * phi
    return x / (0.8707 + phi2 * (-0.131979 + phi2 * (-0.013791 + phi2 * phi2 * phi2 * (0.003971 - 0.001529 * phi2)))), phi


def _tany(phi: float) -> float:
    return math.tan((math.pi / 2 + phi) / 2)


def conic_conformal(parallels: tuple[float, float]) -> tuple[Raw, Raw]:
    """d3's conicConformalRaw for two standard parallels (degrees): (forward, inverse) in radians."""
    y0, y1 = (math.radians(p) for p in parallels)
    n = math.sin(y0) if y0 == y1 else math.log(math.cos(y0) / math.cos(y1)) / math.log(_tany(y1) / _tany(y0))
    f = math.cos(y0) * _tany(y0) ** n / n

    def forward(lam: float, phi: float) -> Point:
        r = f / _tany(max(phi, -math.pi / 2 + 1e-6)) ** n
        return r * math.sin(n * lam), f - r * math.cos(n * lam)

    def inverse(x: float, y: float) -> Point:
        fy = f - y
        r = math.copysign(math.hypot(x, fy), n)
        lam = math.atan2(x, abs(fy)) * math.copysign(1, fy)
        return lam / n, 2 * math.atan((f / r) ** (1 / n)) - math.pi / 2

    return forward, inverse


@dataclass(frozen=True)
class Frame:
    """A projection fitted to a map box: `pixel` and `lonlat` convert between degrees and pixels of the plot area."""

    forward: Raw
    inverse: Raw
    rotate: float
    scale: float
    origin: Point

    def pixel(self, lon: float, lat: float) -> Point:
        x, y = self.forward(math.radians(lon - self.rotate), math.radians(lat))
        return self.scale * x - self.origin[0], self.origin[1] - self.scale * y

    def lonlat(self, px: float, py: float) -> Point:
        lam, phi = self.inverse((px + self.origin[0]) / self.scale, (self.origin[1] - py) / self.scale)
        return math.degrees(lam) + self.rotate, math.degrees(phi)


def fit(forward: Raw, inverse: Raw, rotate: float, lon: tuple[float, float], lat: tuple[float, float], size: Point) -> Frame:
    """The projection scaled, as plotly does, so that the box of `lon` × `lat` fits a plot area of `size` pixels."""
    edge = [(lon[0], lat[0] + (lat[1] - lat[0]) * i / 40) for i in range(41)]
    edge += [(lon[0] + (lon[1] - lon[0]) * i / 40, la) for i in range(41) for la in lat]
    edge += [(lon[1], lat[0] + (lat[1] - lat[0]) * i / 40) for i in range(41)]
    points = [forward(math.radians(lo - rotate), math.radians(la)) for lo, la in edge]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    scale = min(size[0] / (max(xs) - min(xs)), size[1] / (max(ys) - min(ys)))
    middle = ((max(xs) + min(xs)) / 2 * scale, (max(ys) + min(ys)) / 2 * scale)
    return Frame(forward, inverse, rotate, scale, (middle[0] - size[0] / 2, middle[1] + size[1] / 2))


def spread(anchors: list[Point], gap: float, size: Point, rounds: int = 600) -> list[Point]:
    """Positions near `anchors` (pixels) at least `gap` apart and inside `size`: each round pushes overlapping pairs
    apart and pulls every point a little towards its anchor. Deterministic: the same anchors give the same result."""
    points = [list(p) for p in anchors]
    for _ in range(rounds):
        crowded = False
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                dx, dy = points[j][0] - points[i][0], points[j][1] - points[i][1]
                distance = math.hypot(dx, dy)
                if distance >= gap:
                    continue
                crowded = True
                if distance < 1e-6:
                    angle = (i * 7 + j * 13) % 360
                    dx, dy, distance = math.cos(math.radians(angle)), math.sin(math.radians(angle)), 1.0
                push = (gap - distance) / 2 * 1.02
                points[i][0] -= dx / distance * push
                points[i][1] -= dy / distance * push
                points[j][0] += dx / distance * push
                points[j][1] += dy / distance * push
        for point, anchor in zip(points, anchors, strict=True):
            if crowded:
                point[0] += (anchor[0] - point[0]) * 0.01
                point[1] += (anchor[1] - point[1]) * 0.01
            point[0] = min(max(point[0], gap / 2), size[0] - gap / 2)
            point[1] = min(max(point[1], gap / 2), size[1] - gap / 2)
        if not crowded:
            break
    return [(p[0], p[1]) for p in points]
