"""Series of figures over time: the values of one defined measure in date order, and the days sources disagree."""

from __future__ import annotations

import datetime as dt

from coalition.models import Dataset, Figure, Series

COALITION_SIZE = "coalition-size-reported"


def shown_series(data: Dataset, chosen: tuple[str, ...] = ()) -> list[Series]:
    """The series to draw (all of them when none is chosen) that have at least one dated value."""
    return [s for s in data.series if (not chosen or s.series_id in chosen) and points(data, s.series_id)]


def points(data: Dataset, series_id: str) -> list[Figure]:
    """A series' dated values, oldest first (same day: smaller value first)."""
    return sorted((f for f in data.figures if f.series_id == series_id and f.as_of), key=lambda f: (f.as_of, f.value))


def disagreements(data: Dataset) -> list[tuple[dt.date, list[Figure]]]:
    """(day, values) where one series has different values on one day: sources that disagree, shown, not settled."""
    groups: dict[tuple[str, dt.date], list[Figure]] = {}
    for figure in data.figures:
        if figure.as_of:
            groups.setdefault((figure.series_id, figure.as_of), []).append(figure)
    return [(day, sorted(g, key=lambda f: f.value)) for (_, day), g in groups.items() if len({f.value for f in g}) > 1]
