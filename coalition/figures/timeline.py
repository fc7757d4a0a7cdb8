"""The timeline: events on a date axis, one lane per kind, labelled; the intervals that matter annotated above."""

from __future__ import annotations

import datetime as dt
from typing import Any

import plotly.graph_objects as go

from coalition import theme
from coalition.figures.frame import Chart, Options, chart, frame, plain
from coalition.filters import Interval, key_intervals, timeline_window
from coalition.i18n import Locale, locale
from coalition.models import Dataset, Event
from coalition.text import timeline_description
from coalition.viewstate import TimelineState

HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"
LABEL_SIZE = {"screen": 14, "embed": 14, "slide": 19, "image": 16}
INTERVAL_SIZE = {"screen": 13, "embed": 13, "slide": 17, "image": 15}


def _lane_traces(kind: str, events: list[Event], state: TimelineState, loc: Locale, options: Options) -> list[go.Scatter]:
    label = theme.event_kind_label(kind, loc._)
    colour, selected = theme.EVENT_COLOURS[kind], state.event
    spans = [
        go.Scatter(
            x=[e.date, e.end_date],
            y=[label, label],
            mode="lines",
            line={"color": colour, "width": 8},
            hoverinfo="skip",
            showlegend=False,
        )
        for e in events
        if e.end_date
    ]
    points = go.Scatter(
        x=[e.date for e in events],
        y=[label] * len(events),
        mode="markers+text",
        text=[plain(loc.text(e, "label")) for e in events],
        textposition="top center",
        textfont={"size": LABEL_SIZE[options.medium], "color": options.palette.text},
        marker={
            "size": [20 if e.event_id == selected else 13 for e in events],
            "color": colour,
            "symbol": "diamond" if kind == "negotiation_round" else "circle",
            "line": {
                "color": [theme.FOCUS if e.event_id == selected else options.palette.border for e in events],
                "width": [3 if e.event_id == selected else 1 for e in events],
            },
        },
        customdata=[[e.event_id, plain(loc.text(e, "title")), loc.date(e.date), plain(loc.text(e, "outcome"))] for e in events],
        hovertemplate=HOVER,
        name=label,
        cliponaxis=False,
    )
    return [*spans, points]


def _interval_marks(
    intervals: list[Interval], loc: Locale, options: Options
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A bracket above the plot for each interval, and its label: (shapes, annotations)."""
    muted = options.palette.muted
    shapes: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for level, interval in enumerate(intervals):
        y = 1.04 + 0.08 * level
        line = {"type": "line", "xref": "x", "yref": "paper", "line": {"color": muted, "width": 2}}
        shapes.append({**line, "x0": interval.start.date, "x1": interval.end.date, "y0": y, "y1": y})
        shapes += [{**line, "x0": x, "x1": x, "y0": y - 0.02, "y1": y + 0.02} for x in (interval.start.date, interval.end.date)]
        annotations.append(
            {
                "x": interval.start.date + (interval.end.date - interval.start.date) / 2,
                "y": y + 0.005,
                "xref": "x",
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "text": loc._("{days} days from “{start}” to “{end}”").format(
                    days=interval.days, start=plain(loc.text(interval.start, "label")), end=plain(loc.text(interval.end, "label"))
                ),
                "font": {"size": INTERVAL_SIZE[options.medium], "color": muted},
            }
        )
    return shapes, annotations


def date_ticks(start: dt.date, end: dt.date, loc: Locale) -> dict[str, Any]:
    """Tick positions and labels formatted by Babel, so the axis speaks the interface language."""
    days = (end - start).days
    if days <= 200:
        ticks = [start + dt.timedelta(days=d) for d in range(days + 1) if (start + dt.timedelta(days=d)).day in (1, 15)]
        labels = [loc.date(t, "d MMM") for t in ticks]
    else:
        ticks = [
            dt.date(y, m, 1) for y in range(start.year, end.year + 1) for m in (1, 4, 7, 10) if start <= dt.date(y, m, 1) <= end
        ]
        labels = [loc.date(t, "LLL y") for t in ticks]
    return {"tickvals": ticks, "ticktext": labels}


def timeline_chart(state: TimelineState, data: Dataset, options: Options) -> Chart:
    """The timeline of `state` (kinds, selected event, whole period) drawn for `options`."""
    loc = locale(state.lang)
    colours = options.palette
    window = timeline_window(data, state.kinds, state.event, state.whole_period)
    lanes = [k for k in theme.EVENT_COLOURS if any(e.kind == k for e in window.events)]
    traces = [t for kind in lanes for t in _lane_traces(kind, [e for e in window.events if e.kind == kind], state, loc, options)]
    shown = [i for i in key_intervals(data) if i.start in window.events and i.end in window.events]
    shapes, annotations = _interval_marks(shown, loc, options)
    layout = frame("timeline", options, {"l": 10, "r": 30, "t": 80, "b": 40})
    layout["annotations"] = [*annotations, *layout.get("annotations", [])]
    layout["shapes"] = shapes
    layout["showlegend"] = False
    layout["plot_bgcolor"] = colours.plot
    layout["clickmode"] = "event+select"
    layout["xaxis"] = {
        "type": "date",
        "range": [window.start, window.end],
        "gridcolor": colours.grid,
        **date_ticks(window.start, window.end, loc),
    }
    layout["yaxis"] = {
        "categoryorder": "array",
        "categoryarray": [theme.event_kind_label(k, loc._) for k in reversed(lanes)],
        "gridcolor": colours.grid,
        "automargin": True,
    }
    figure = go.Figure(data=traces, layout=layout)
    return chart("timeline", figure, timeline_description(data, loc, state), options)
