"""The compare chart: a grid of states × instruments, each cell coloured by position, with its symbol as text."""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go

from coalition import theme
from coalition.compare import Column, Matrix, known, matrix
from coalition.figures.frame import SIZES, Chart, Options, chart, font, frame, plain
from coalition.filters import party_name
from coalition.i18n import Locale, locale
from coalition.models import Dataset
from coalition.viewstate import CompareState

ROW_HEIGHT = {"screen": 22, "embed": 20, "slide": 26, "image": 24, "print": 18}
HOVER = "<b>%{y}</b><br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>"


def column_label(column: Column, loc: Locale) -> str:
    """E.g. 'UNGA ES-11/9 vote<br>3 Dec 2025<br>49 of 160 named'."""
    title = "<br>".join(plain(line) for line in textwrap.wrap(loc.text(column.statement, "short_title"), 16))
    return f"{title}<br>{loc.date(column.statement.date, 'medium')}<br>{known(column, loc)}"


# Cells carry dark symbols, so the grey cells are light in both themes.
NONE_CELL, UNKNOWN_CELL = "#D5D9E0", "#F4F6FA"


def colour(category: str) -> str:
    style = theme.STATUS_STYLES.get(category)
    if style:
        return style.colour
    return NONE_CELL if category == "none" else UNKNOWN_CELL


def description(grid: Matrix, data: Dataset, loc: Locale) -> str:
    """Text alternative: the columns with how much each names, then each state's positions in order, the states in
    the chart's order (by name)."""
    _ = loc._
    columns = "; ".join(
        f"{loc.text(c.statement, 'short_title')} ({column_label(c, loc).split('<br>')[-1]})" for c in grid.columns
    )
    rows = " ".join(
        f"{party_name(data, iso, loc)}: "
        + ", ".join(theme.status_label(grid.cell(iso, c.statement.statement_id), _).lower() for c in grid.columns)
        + "."
        for iso in sorted(grid.states, key=lambda iso: loc.sort_key(party_name(data, iso, loc)))
    )
    return (
        _("Positions of {n} states in {m} instruments, oldest first: {columns}.").format(
            n=len(grid.states), m=len(grid.columns), columns=columns
        )
        + " "
        + rows
    )


def compare_chart(state: CompareState, data: Dataset, options: Options) -> Chart:
    """The grid for `state` (group, only changed) drawn for `options`."""
    loc = locale(state.lang)
    grid = matrix(data, state.group, state.changed)
    ordered = sorted(grid.states, key=lambda iso: loc.sort_key(party_name(data, iso, loc)))
    categories = list(dict.fromkeys(grid.cell(iso, c.statement.statement_id) for iso in ordered for c in grid.columns))
    steps = max(len(categories), 1)
    scale = [pair for i, c in enumerate(categories) for pair in ([i / steps, colour(c)], [(i + 1) / steps, colour(c)])]
    cells = [[grid.cell(iso, c.statement.statement_id) for c in grid.columns] for iso in ordered]
    heatmap = go.Heatmap(
        z=[[categories.index(cell) + 0.5 for cell in row] for row in cells] or [[0]],
        x=[column_label(c, loc) for c in grid.columns],
        y=[plain(party_name(data, iso, loc)) for iso in ordered],
        text=[[theme.STATUS_MARKS[cell] for cell in row] for row in cells],
        texttemplate="%{text}",
        textfont={"size": 13, "color": "#0B0D10"},
        customdata=[
            [
                [plain(loc.text(c.statement, "short_title")), theme.status_label(cell, loc._)]
                for c, cell in zip(grid.columns, row, strict=True)
            ]
            for row in cells
        ],
        hovertemplate=HOVER,
        colorscale=scale or [[0, UNKNOWN_CELL], [1, UNKNOWN_CELL]],
        zmin=0,
        zmax=steps,
        showscale=False,
        xgap=2,
        ygap=2,
    )
    legend = [
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=f"{theme.STATUS_MARKS[c]} {theme.status_label(c, loc._)}",
            marker={
                "symbol": "square",
                "size": 14,
                "color": colour(c),
                "line": {"color": options.palette.muted, "width": 1},
            },
        )
        for c in categories
    ]
    height = SIZES["compare"][options.medium][1] + ROW_HEIGHT[options.medium] * len(ordered)
    layout = frame("compare", options, {"l": 10, "r": 10, "t": 90, "b": 90}, height=height)
    layout["xaxis"] = {"side": "top", "tickangle": 0, "tickfont": font(options, 0.75), "fixedrange": True, "automargin": True}
    layout["yaxis"] = {"autorange": "reversed", "automargin": True, "fixedrange": True, "tickfont": font(options, 0.9)}
    layout["legend"] = {"orientation": "h", "x": 0, "y": -0.01, "yanchor": "top", "font": font(options, 0.9)}
    layout["plot_bgcolor"] = options.palette.plot
    figure = go.Figure(data=[heatmap, *legend], layout=layout)
    return chart("compare", figure, description(grid, data, loc), options)
