"""The timeline: events on a date axis, labelled, with the intervals that matter bracketed above.

Two layouts, chosen by the width the chart must fit: one lane per kind where every label fits beside its neighbours
(a wide screen, an image), else one row per event with its label beside it, wrapped to fit (phones, print, the whole
period). Labels, ticks and brackets are placed from estimated text widths, so none overlaps another or leaves the chart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from coalition import theme
from coalition.figures.frame import (
    GAP,
    Chart,
    Options,
    chart,
    content_height,
    date_ticks,
    font,
    frame,
    legend_lines,
    min_width,
    plain,
    text_width,
    wrap,
)
from coalition.filters import Interval, TimelineWindow, key_intervals, timeline_window
from coalition.i18n import Locale, locale
from coalition.models import Dataset, Event
from coalition.text import timeline_description
from coalition.viewstate import TimelineState

HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"
LABEL_SIZE = {"screen": 14, "embed": 14, "slide": 17, "image": 16, "print": 13}
INTERVAL_SIZE = {"screen": 13, "embed": 13, "slide": 15, "image": 15, "print": 12}
LINE = 1.3  # line height, in ems
MARGIN = {"l": 10, "r": 14, "t": 10, "b": 36}


@dataclass(frozen=True)
class Placed:
    """An event's label as drawn: its text (with <br>) and plotly's textposition."""

    text: str
    position: str


def _x(day: dt.date, start: dt.date, span: int, width: float) -> float:
    return (day - start).days / span * width


def _lanes(
    events: list[Event], lanes: list[str], window: TimelineWindow, width: float, size: int, loc: Locale
) -> dict[str, Placed] | None:
    """Labels above or below their marker, alternating where neighbours would touch; None if some label cannot fit."""
    span = (window.end - window.start).days
    placed: dict[str, Placed] = {}
    for kind in lanes:
        taken: dict[str, list[tuple[float, float]]] = {"top": [], "bottom": []}
        for event in (e for e in events if e.kind == kind):
            label = loc.text(event, "label")
            x, w = _x(event.date, window.start, span, width), text_width(label, size)
            if x - w / 2 >= 0 and x + w / 2 <= width:
                extent, align = (x - w / 2, x + w / 2), "center"
            elif x + w <= width:
                extent, align = (x, x + w), "right"
            elif x - w >= 0:
                extent, align = (x - w, x), "left"
            else:
                return None
            side = next(
                (s for s in ("top", "bottom") if all(extent[0] > b + GAP or extent[1] < a - GAP for a, b in taken[s])), None
            )
            if side is None:
                return None
            taken[side].append(extent)
            placed[event.event_id] = Placed(plain(label), f"{side} {align}")
    return placed


def _rows(events: list[Event], window: TimelineWindow, width: float, size: int, loc: Locale) -> dict[str, Placed]:
    """Each label beside its marker, on the side with more room, wrapped to the room it has."""
    span = (window.end - window.start).days
    placed = {}
    for event in events:
        x = _x(event.date, window.start, span, width)
        right = x < width / 2
        room = (width - x if right else x) - GAP - 6
        placed[event.event_id] = Placed(wrap(loc.text(event, "label"), room, size), "middle right" if right else "middle left")
    return placed


def _traces(
    events: list[Event],
    y: dict[str, Any],
    placed: dict[str, Placed],
    state: TimelineState,
    loc: Locale,
    options: Options,
    rows: bool,
) -> list[go.Scatter]:
    """Per kind: a line for each event that lasts, then the markers with their labels (one legend entry per kind)."""
    traces: list[go.Scatter] = []
    for kind in theme.EVENT_COLOURS:
        chosen = [e for e in events if e.kind == kind]
        if not chosen:
            continue
        label, colour = theme.event_kind_label(kind, loc._), theme.EVENT_COLOURS[kind]
        traces += [
            go.Scatter(
                x=[e.date, e.end_date],
                y=[y[e.event_id]] * 2,
                mode="lines",
                line={"color": colour, "width": 6 if rows else 8},
                hoverinfo="skip",
                showlegend=False,
            )
            for e in chosen
            if e.end_date
        ]
        selected = [e.event_id == state.event for e in chosen]
        traces.append(
            go.Scatter(
                x=[e.date for e in chosen],
                y=[y[e.event_id] for e in chosen],
                mode="markers+text",
                text=[placed[e.event_id].text for e in chosen],
                textposition=[placed[e.event_id].position for e in chosen],
                textfont={"size": LABEL_SIZE[options.medium], "color": options.palette.text},
                marker={
                    "size": [20 if s else 13 for s in selected],
                    "color": colour,
                    "symbol": "diamond" if kind == "negotiation_round" else "circle",
                    "line": {
                        "color": [theme.FOCUS if s else options.palette.border for s in selected],
                        "width": [3 if s else 1 for s in selected],
                    },
                },
                customdata=[
                    [e.event_id, plain(loc.text(e, "title")), loc.date(e.date), plain(loc.text(e, "outcome"))] for e in chosen
                ],
                hovertemplate=HOVER,
                name=label,
                showlegend=rows,
                cliponaxis=False,
            )
        )
    return traces


def _brackets(
    intervals: list[Interval], window: TimelineWindow, width: float, loc: Locale, options: Options
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """A bracket above the plot for each interval, its label wrapped to the plot and kept inside it:
    (shapes, annotations, pixels they take above the plot)."""
    size, span = INTERVAL_SIZE[options.medium], (window.end - window.start).days
    line = {
        "type": "line",
        "xref": "x",
        "yref": "paper",
        "line": {"color": options.palette.muted or "rgba(127,127,127,0.9)", "width": 2},
    }
    shapes: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    above = 8
    for interval in intervals:
        text = loc._("{days} days from “{start}” to “{end}”").format(
            days=interval.days, start=plain(loc.text(interval.start, "label")), end=plain(loc.text(interval.end, "label"))
        )
        text = wrap(text, width, size)
        lines = text.split("<br>")
        label_width = max(text_width(part, size) for part in lines)
        centre = (_x(interval.start.date, window.start, span, width) + _x(interval.end.date, window.start, span, width)) / 2
        centre = min(max(centre, label_width / 2), width - label_width / 2)
        shapes.append({**line, "x0": interval.start.date, "x1": interval.end.date, "y0": above, "y1": above})
        shapes += [{**line, "x0": x, "x1": x, "y0": above - 5, "y1": above + 5} for x in (interval.start.date, interval.end.date)]
        annotations.append(
            {
                "x": centre / width,
                "xref": "paper",
                "y": above + 4,
                "yref": "paper",
                "xanchor": "center",
                "yanchor": "bottom",
                "showarrow": False,
                "text": text,
                "font": {"size": size, "color": options.palette.muted},
            }
        )
        above += round(len(lines) * size * LINE) + 16
    return shapes, annotations, above


def timeline_chart(state: TimelineState, data: Dataset, options: Options) -> Chart:
    """The timeline of `state` (kinds, selected event, whole period) drawn for `options`."""
    loc = locale(state.lang)
    window = timeline_window(data, state.kinds, state.event, state.whole_period)
    events = list(window.events)
    lanes = [k for k in theme.EVENT_COLOURS if any(e.kind == k for e in events)]
    size, tick_size = LABEL_SIZE[options.medium], font(options)["size"]
    lane_names = [theme.event_kind_label(k, loc._) for k in lanes]
    axis_width = max(text_width(name, tick_size) for name in lane_names) + 12
    width = min_width("timeline", options) - MARGIN["l"] - MARGIN["r"]
    placed = _lanes(events, lanes, window, width - axis_width, size, loc)
    rows = placed is None
    plot_width = width if rows else width - axis_width
    if placed is None:
        placed = _rows(events, window, plot_width, size, loc)
    shown = [i for i in key_intervals(data) if i.start in events and i.end in events]
    shapes, annotations, above = _brackets(shown, window, plot_width, loc, options)
    if rows:
        heights = [max(34, round(placed[e.event_id].text.count("<br>") * size * LINE + size * LINE + 14)) for e in events]
        y: dict[str, Any] = {e.event_id: sum(heights[:i]) + heights[i] / 2 for i, e in enumerate(events)}
        plot_height = sum(heights)
        lines = legend_lines(lane_names, width, round(tick_size * 0.9))
        margin = {**MARGIN, "t": MARGIN["t"] + above, "b": MARGIN["b"] + lines * round(size * 1.9) + 8}
        yaxis: dict[str, Any] = {"range": [plot_height, 0], "visible": False, "fixedrange": True}
        height = plot_height + margin["t"] + margin["b"]
    else:
        y = {e.event_id: theme.event_kind_label(e.kind, loc._) for e in events}
        margin = {**MARGIN, "t": MARGIN["t"] + above + round(size * LINE), "b": MARGIN["b"]}
        # Room for a label above and below each lane's markers.
        plot_height = max(len(lanes) * round(2 * (size * LINE + 12)), 200)
        yaxis = {"categoryorder": "array", "categoryarray": list(reversed(lane_names)), "gridcolor": options.palette.grid}
        yaxis |= {"automargin": True, "fixedrange": True, "range": [-0.6, len(lanes) - 0.4]}
        height = plot_height + margin["t"] + margin["b"]
    layout = frame("timeline", options, margin, height=content_height("timeline", options, height))
    # Shapes and annotations above the plot are placed in pixels: convert to the paper's fraction of the plot height.
    top = layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]
    for shape in shapes:
        shape["y0"], shape["y1"] = 1 + shape["y0"] / top, 1 + shape["y1"] / top
    for annotation in annotations:
        annotation["y"] = 1 + annotation["y"] / top
    layout["annotations"] = [*annotations, *layout.get("annotations", [])]
    layout["shapes"] = shapes
    layout["showlegend"] = rows
    layout["legend"] = {"orientation": "h", "x": 0, "xanchor": "left", "y": -(MARGIN["b"] - 6) / top, "yanchor": "top"}
    layout["legend"] |= {"font": font(options, 0.9), "itemclick": False, "itemdoubleclick": False}
    layout["plot_bgcolor"] = options.palette.plot
    # A click is an event the app reads (coalition/ui/plotchart.js), not a selection: plotly would fade the other events.
    layout["clickmode"] = "event"
    layout["xaxis"] = {
        "type": "date",
        "range": [window.start, window.end],
        "gridcolor": options.palette.grid,
        "fixedrange": True,
        **date_ticks(window.start, window.end, loc, plot_width, tick_size),
    }
    layout["yaxis"] = yaxis
    figure = go.Figure(data=_traces(events, y, placed, state, loc, options, rows), layout=layout)
    return chart("timeline", figure, timeline_description(data, loc, state), options)
