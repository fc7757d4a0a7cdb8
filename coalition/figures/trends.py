"""Child counts over time, one line per defined series (never one line across definitions), and the coalition's size
as officials gave it; points where sources disagree on the same day are ringed."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from coalition.figures.frame import Chart, Options, chart, date_ticks, font, frame, legend_lines, min_width, plain, wrap
from coalition.i18n import Locale, locale
from coalition.models import Dataset, Figure, Series
from coalition.trends import COALITION_SIZE, disagreements, points, shown_series
from coalition.viewstate import TrendsState

COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#5B6472", "#8C6D1F"]
HOVER = (
    "<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}<br>%{customdata[3]}<br><i>%{customdata[4]}</i><extra></extra>"
)


def qualified(figure: Figure, loc: Locale) -> str:
    """A value with its qualifier in words: 'nearly 20,000', 'more than 19,000'."""
    _ = loc._
    words = {
        "nearly": _("nearly {n}"),
        "at_least": _("at least {n}"),
        "more_than": _("more than {n}"),
        "fewer_than": _("fewer than {n}"),
        "about": _("about {n}"),
    }
    return words.get(figure.qualifier, "{n}").format(n=loc.number(figure.value))


def _hover(series: Series, figure: Figure, data: Dataset, loc: Locale) -> list[str]:
    definition = "<br>".join(plain(line) for line in textwrap.wrap(loc.text(series, "definition"), 70))
    source = plain(data.source(figure.source_id).publisher)
    date = loc.date(figure.as_of, "medium") if figure.as_of else ""
    return [
        plain(loc.text(series, "label")),
        qualified(figure, loc),
        date,
        loc._("Source: {source}").format(source=source),
        definition,
    ]


def _series_trace(series: Series, colour: str, data: Dataset, loc: Locale, width: float, size: int) -> go.Scatter:
    values = points(data, series.series_id)
    return go.Scatter(
        x=[f.as_of for f in values],
        y=[f.value for f in values],
        mode="lines+markers",
        name=wrap(loc.text(series, "label"), width, size),
        line={"color": colour, "width": 2, "dash": "solid" if len(values) > 1 else "dot"},
        marker={"size": 8, "color": colour},
        customdata=[_hover(series, f, data, loc) for f in values],
        hovertemplate=HOVER,
    )


def _disagreement_traces(data: Dataset, loc: Locale, series_ids: set[str], rows: dict[str, int]) -> list[go.Scatter]:
    """A ring around each point where sources give different values on the same day, named in the legend."""
    traces: list[go.Scatter] = []
    for _day, group in disagreements(data):
        if group[0].series_id not in series_ids:
            continue
        values = " vs ".join(f"{loc.number(f.value)} ({plain(data.source(f.source_id).publisher)})" for f in group)
        traces.append(
            go.Scatter(
                x=[f.as_of for f in group],
                y=[f.value for f in group],
                mode="markers",
                marker={"symbol": "circle-open", "size": 18, "color": "#D55E00", "line": {"width": 2.5}},
                name=loc._("Sources disagree"),
                legendgroup="disagree",
                showlegend=not traces,
                hovertemplate=loc._("Sources disagree: {values}").format(values=values) + "<extra></extra>",
                xaxis="x" if rows[group[0].series_id] == 1 else "x2",
                yaxis="y" if rows[group[0].series_id] == 1 else "y2",
            )
        )
    return traces


def description(data: Dataset, loc: Locale, series: list[Series]) -> str:
    """Text alternative: each series shown with its first and latest value, and where sources disagree on them."""
    _ = loc._
    parts = []
    for s in series:
        values = points(data, s.series_id)
        if len(values) == 1 and values[0].as_of:
            parts.append(
                _("{label}: {value} on {date} (one value).").format(
                    label=loc.text(s, "label"), value=qualified(values[0], loc), date=loc.date(values[0].as_of)
                )
            )
        elif values:
            first, last = values[0], values[-1]
            parts.append(
                _("{label}: {first} on {start}, {last} on {end} ({n} values).").format(
                    label=loc.text(s, "label"),
                    first=qualified(first, loc),
                    start=loc.date(first.as_of),
                    last=qualified(last, loc),
                    end=loc.date(last.as_of),
                    n=len(values),
                )
                if first.as_of and last.as_of
                else loc.text(s, "label")
            )
    labels = {s.series_id: loc.text(s, "label") for s in series}
    for day, group in disagreements(data):
        if group[0].series_id in labels:
            shown = ", ".join(loc.number(f.value) for f in group)
            parts.append(
                _("On {date} sources disagree on “{label}”: {values}.").format(
                    date=loc.date(day), label=labels[group[0].series_id], values=shown
                )
            )
    return " ".join(parts)


def trends_chart(state: TrendsState, data: Dataset, options: Options) -> Chart:
    """Children series on a log scale above, the coalition's reported size below; each series its own line. Legend
    entries wrap and date ticks thin out to fit the width the chart must fit."""
    loc = locale(state.lang)
    width, size = min_width("trends", options), font(options, 0.85)["size"]
    series = shown_series(data, state.series)
    children = [s for s in series if s.series_id != COALITION_SIZE]
    coalition = [s for s in series if s.series_id == COALITION_SIZE]
    rows = {s.series_id: 1 for s in children} | {s.series_id: 2 for s in coalition}
    two = bool(children and coalition)
    figure = make_subplots(
        rows=2 if two else 1, cols=1, shared_xaxes=True, row_heights=[0.68, 0.32] if two else None, vertical_spacing=0.1
    )
    for index, s in enumerate(series):
        trace = _series_trace(s, COLOURS[index % len(COLOURS)], data, loc, width - 60, size)
        figure.add_trace(trace, row=rows[s.series_id] if two else 1, col=1)
    for trace in _disagreement_traces(data, loc, set(rows), rows if two else dict.fromkeys(rows, 1)):
        figure.add_trace(trace)
    names = [t.name for t in figure.data if t.showlegend is not False]
    # Room below the plot for the date ticks and the legend, whose entries stack on a narrow chart.
    lines = sum(n.count("<br>") + 1 for n in names)
    legend_height = lines * round(size * 1.9) + 6 * len(names) if legend_lines(names, width, size) > 1 else 30
    margin = {"l": 10, "r": 20, "t": 20, "b": 40 + legend_height}
    layout: dict[str, Any] = frame("trends", options, margin)
    layout["height"] += legend_height
    plot_height = layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]
    layout["legend"] = {"orientation": "h", "x": 0, "y": -34 / plot_height, "yanchor": "top", "font": font(options, 0.85)}
    layout["legend"] |= {"maxheight": 1, "itemclick": False, "itemdoubleclick": False}
    layout["plot_bgcolor"] = options.palette.plot
    figure.update_layout(layout)
    grid = {"gridcolor": options.palette.grid, "automargin": True}
    days = [f.as_of for s in series for f in points(data, s.series_id) if f.as_of]
    start, end = min(days) - dt.timedelta(days=45), max(days) + dt.timedelta(days=45)
    ticks = date_ticks(start, end, loc, width - 90, font(options)["size"])
    figure.update_xaxes(type="date", range=[start, end], **ticks, **grid)
    if children:
        figure.update_yaxes(type="log", title={"text": loc._("children (log scale)")}, row=1, col=1, **grid)
    if coalition:
        figure.update_yaxes(
            title={"text": loc._("states in the coalition")}, rangemode="tozero", row=2 if two else 1, col=1, **grid
        )
    return chart("trends", figure, description(data, loc, series), options)
