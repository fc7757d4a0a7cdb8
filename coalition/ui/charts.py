"""Drawing a view's chart in the app: a wide and a narrow layout (the page's stylesheet, screens.css, shows the one that
fits the window) and, on pages, one laid out for paper that only print shows; plotly's config (map shapes from our
static folder), Streamlit's chart theme (so the chart follows a switch between light and dark), clicks read back as ids.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from coalition.figures import Chart, Options, build
from coalition.figures.frame import Medium
from coalition.models import Dataset
from coalition.viewstate import ViewState


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


def layouts(medium: Medium) -> dict[str, Options]:
    """The layouts a chart is drawn in, by name: wide and narrow for every medium, and paper for a page."""
    drawn = {"wide": Options(medium), "narrow": Options(medium, narrow=True)}
    return drawn | {"print": Options("print")} if medium == "screen" else drawn


def _plot(chart: Chart, key: str, selectable: bool) -> Any:
    kwargs: dict[str, Any] = {
        "key": key,
        "config": plotly_config(),
        "theme": "streamlit",
        "alt": chart.alt_text,
        "width": "content" if chart.width else "stretch",
    }
    if selectable:
        return st.plotly_chart(chart.figure, on_select="rerun", selection_mode="points", **kwargs)
    st.plotly_chart(chart.figure, **kwargs)
    return None


def draw(state: ViewState, data: Dataset, key: str, medium: Medium = "screen", selectable: bool = False) -> Any:
    """Draw the chart of `state` in each of its layouts; returns the selection events, merged, when selectable."""
    points: list[Any] = []
    for name, options in layouts(medium).items():
        with st.container(key=f"chart-{name}-{key}"):
            event = _plot(build(state, data, options), f"{key}-{name}", selectable and name != "print")
        points += (event or {}).get("selection", {}).get("points", [])
    return {"selection": {"points": points}} if selectable else None


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


def clicked(key: str, event: Any) -> str | None:
    """The first clicked id if the selection changed since the last run, else None."""
    ids = selected_ids(event)
    memory = f"_{key}_last_selection"
    if ids and ids != st.session_state.get(memory):
        st.session_state[memory] = ids
        return ids[0]
    if not ids:
        st.session_state[memory] = []
    return None
