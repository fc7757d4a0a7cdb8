"""Drawing a Chart in the app: plotly's config (map shapes from our static folder), clicks read back as ids."""

from __future__ import annotations

from typing import Any

import streamlit as st

from coalition.figures import Chart


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


def draw(chart: Chart, key: str, selectable: bool = False) -> Any:
    """Draw a chart with its text alternative; returns the selection event when selectable."""
    if selectable:
        return st.plotly_chart(
            chart.figure,
            key=key,
            on_select="rerun",
            selection_mode="points",
            config=plotly_config(),
            theme=None,
            alt=chart.alt_text,
        )
    st.plotly_chart(chart.figure, key=key, config=plotly_config(), theme=None, alt=chart.alt_text)
    return None


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
