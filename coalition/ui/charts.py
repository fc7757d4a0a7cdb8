"""Drawing a Chart in the app: built once per view, plotly's config (map shapes from our static folder), clicks read
back as ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import streamlit as st

from coalition.figures import Chart, Options
from coalition.figures import build as build_chart
from coalition.load import Signature
from coalition.models import Dataset
from coalition.ui import data as app_data
from coalition.ui.state import write
from coalition.viewstate import ViewState

S = TypeVar("S", bound=ViewState)

# Distinct (view state, options) pairs kept: each map is about 20 KB of figure, and building one takes about 20 ms.
CACHED_CHARTS = 512


@st.cache_resource(max_entries=CACHED_CHARTS, show_spinner=False)
def _cached_chart(state: ViewState, options: Options, files: Signature, _data: Dataset) -> Chart:
    return build_chart(state, _data, options)


def build(state: ViewState, data: Dataset, options: Options) -> Chart:
    """figures.build, once per view state (view, language, choices), options (medium, theme) and version of the data
    files, shared by every session; the Chart must not be changed."""
    return _cached_chart(state, options, app_data.files(), data)


def plotly_config() -> dict[str, Any]:
    """Map shapes from our static folder (works under --server.baseUrlPath, never a CDN), no logo, no image button."""
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"/{base}" if base else ""
    return {
        "topojsonURL": f"{prefix}/app/static/topojson/",
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
        "scrollZoom": False,
        "responsive": True,
    }


def draw(chart: Chart, key: str, on_click: Callable[[], None] | None = None) -> None:
    """Draw a chart with its text alternative; `on_click` (see `follow_click`) runs before the rerun a click starts."""
    if on_click is not None:
        st.plotly_chart(
            chart.figure,
            key=key,
            on_select=on_click,
            selection_mode="points",
            config=plotly_config(),
            theme=None,
            alt=chart.alt_text,
        )
    else:
        st.plotly_chart(chart.figure, key=key, config=plotly_config(), theme=None, alt=chart.alt_text)


def selected_ids(event: Any) -> list[str]:
    """The ids (ISO3 or event id) of the points clicked in a chart, from `location` or customdata[0]."""
    if not event:
        return []
    ids = []
    for point in event.get("selection", {}).get("points", []):
        value = point.get("location") or (point.get("customdata") or [None])[0]
        if value:
            ids.append(str(value))
    return ids


def follow_click(state: S, key: str, field: str) -> Callable[[], None]:
    """An on_select callback for chart `key`: the first id clicked sets `field` of the state, and the address follows.

    It runs only when the selection changes, before the rerun, so one run draws the result (a deselection does nothing).
    """

    def on_click() -> None:
        ids = selected_ids(st.session_state.get(key))
        if ids and ids[0] != getattr(state, field):
            write(replace(state, **{field: ids[0]}))

    return on_click
