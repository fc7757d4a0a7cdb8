"""Drawing a view's chart in the app: a wide and a narrow layout (the page's stylesheet, static/screens.css, shows the
one that fits the window; only that one when the nginx front says which the window needs) and, on pages, one laid out
for paper that only print shows; each built once per view and shared by every session, drawn by plotchart (plotly.js's
partial bundles) with plotly's config (map shapes from our static folder) and the page's colours (so the chart follows
a switch between light and dark); clicks read back as ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

import streamlit as st

from coalition.figures import Chart, Options
from coalition.figures import build as build_chart
from coalition.figures.frame import Medium
from coalition.i18n import locale
from coalition.load import Signature
from coalition.models import Dataset
from coalition.ui import data as app_data
from coalition.ui import plotchart
from coalition.ui.state import write
from coalition.viewstate import ViewState

S = TypeVar("S", bound=ViewState)

# Distinct (view state, options) pairs kept: each map is about 20 KB of figure, and building one takes about 20 ms.
CACHED_CHARTS = 512


@st.cache_resource(max_entries=CACHED_CHARTS, show_spinner=False)
def _cached_chart(state: ViewState, options: Options, files: Signature, _data: Dataset) -> Chart:
    return build_chart(state, _data, options)


def build(state: ViewState, data: Dataset, options: Options) -> Chart:
    """figures.build, once per view state (view, language, choices), options (medium, layout) and version of the data
    files, shared by every session; the Chart must not be changed."""
    return _cached_chart(state, options, app_data.files(), data)


def _prefix() -> str:
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}" if base else ""


def plotly_config() -> dict[str, Any]:
    """Map shapes from our static folder (works under --server.baseUrlPath, never a CDN), no logo, no image button, no
    "Share chart..." (plotly.js 4 uploads the chart to Plotly Cloud)."""
    prefix = _prefix()
    return {
        "topojsonURL": f"{prefix}/app/static/topojson/",
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
        "showSendToCloud": False,
        "scrollZoom": False,
        "responsive": True,
    }


SCREENS = ("wide", "narrow")


def screen() -> str | None:
    """ "wide" or "narrow": the layout the window needs, from the X-Screen header the nginx front adds to the session's
    websocket (deploy/frontend/front.js reloads the page when the window crosses the breakpoint); None without it."""
    value = st.context.headers.get("X-Screen", "")
    return value if value in SCREENS else None


def layouts(medium: Medium, screen: str | None = None) -> dict[str, Options]:
    """The layouts a chart is drawn in, by name: wide and narrow for every medium (only `screen`'s when it is known:
    a hidden chart costs the browser a full draw), and paper for a page."""
    drawn = {"wide": Options(medium), "narrow": Options(medium, narrow=True)}
    if screen in drawn:
        drawn = {screen: drawn[screen]}
    return drawn | {"print": Options("print")} if medium == "screen" else drawn


def _plot(chart: Chart, key: str, lang: str, on_click: Callable[[str], None] | None) -> None:
    clicked = partial(on_click, key) if on_click else None
    plotchart.draw(chart, key, plotly_config(), _prefix(), locale(lang), clicked)


# The layouts for paper of this run's charts, drawn once the page is sent (see draw_paper).
PAPER = "paper_charts"


def draw(
    state: ViewState, data: Dataset, key: str, medium: Medium = "screen", on_click: Callable[[str], None] | None = None
) -> None:
    """Draw the chart of `state` in each of its layouts; `on_click` (see `follow_click`) runs, with the chart's key,
    before the rerun a click on a wide or narrow layout starts. The layout for paper gets its place now and its chart
    at the end of the run (draw_paper)."""
    for name, options in layouts(medium, screen()).items():
        slot = st.container(key=f"chart-{name}-{key}")
        if name == "print":
            st.session_state.setdefault(PAPER, []).append(partial(_plot_in, slot, build(state, data, options), key, state.lang))
        else:
            with slot:
                _plot(build(state, data, options), f"{key}-{name}", state.lang, on_click)


def _plot_in(slot: Any, chart: Chart, key: str, lang: str) -> None:
    with slot:
        _plot(chart, f"{key}-print", lang, None)


def draw_paper() -> None:
    """Draw the layouts for paper that draw() placed in this run. The router calls it after the page: a chart for paper
    is drawn hidden, and drawing it last lets the browser show the screen's chart first."""
    for plot in st.session_state.pop(PAPER, []):
        plot()


def selected_id(event: Any) -> str | None:
    """The id (ISO3 or event id) of what was clicked in a chart, from its state in st.session_state."""
    return plotchart.clicked_id(event) if event else None


def follow_click(state: S, field: str) -> Callable[[str], None]:
    """An on_click for `draw`: the first id clicked in the chart sets `field` of the state, and the address follows.

    It runs before the rerun a click starts, so one run draws the result; a click on what is already chosen changes
    nothing.
    """

    def on_click(key: str) -> None:
        clicked = selected_id(st.session_state.get(key))
        if clicked and clicked != getattr(state, field):
            write(replace(state, **{field: clicked}))

    return on_click
