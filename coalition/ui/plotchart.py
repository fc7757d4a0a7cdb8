"""Charts drawn with one of plotly.js's partial bundles (static/plotly/, about 1.4 MB each: geo, which has scatter too,
for the maps, the timeline and trends; cartesian for the compare grid's heatmap) instead of Streamlit's plotly chart, which loads the whole of plotly.js (4.7 MB: a 300 ms task to start
it) and draws each chart twice; an st.components.v2 component, so the chart is in the page (no iframe) and a click
comes back as a trigger.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import plotly.io as pio
import streamlit as st

from coalition.figures import Chart
from coalition.i18n import Locale

STATIC = Path(__file__).resolve().parents[2] / "static"
# Each bundle (under static/) and the trace types it draws, lightest first. Their version is plotly.py's plotly.js version
# (tests/test_plotchart.py checks it and the trace types), so that a figure plotly.py builds is one they draw.
BUNDLES = {
    "plotly/plotly-geo-4.1.1.min.js": frozenset({"choropleth", "scattergeo", "scatter"}),
    "plotly/plotly-cartesian-4.1.1.min.js": frozenset({"scatter", "heatmap", "bar"}),
}

_mount = st.components.v2.component(
    "coalition.plotchart",
    js=files("coalition.ui").joinpath("plotchart.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


def bundle(chart: Chart) -> str:
    """The first bundle (path under static/) that draws every trace of the chart; ValueError if none does."""
    types = {trace.type for trace in chart.figure.data}
    for script, drawn in BUNDLES.items():
        if types <= drawn:
            return script
    raise ValueError(f"no plotly.js bundle in static/plotly/ draws the trace types {sorted(types)}: add one to BUNDLES")


def draw(chart: Chart, key: str, config: dict[str, Any], prefix: str, loc: Locale, on_click: Callable[[], None] | None) -> None:
    """Mount `chart` under `key`, its height reserved before plotly.js loads from `prefix`/app/static/ (if it cannot
    load, a notice in `loc`'s language shows above that space); `on_click` runs before the rerun a click starts, and
    the id clicked is then `clicked_id(st.session_state[key])`."""
    data = {
        "figure": json.loads(pio.to_json(chart.figure, validate=False)),
        "config": config,
        "script": f"{prefix}/app/static/{bundle(chart)}",
        "alt": chart.alt_text,
        "clickable": on_click is not None,
        "failed": loc._("The chart could not load. Reload the page to try again."),
    }
    _mount(key=key, data=data, width=chart.width or "stretch", height=chart.height, on_click_change=on_click)


def clicked_id(result: Any) -> str | None:
    """The id (ISO3 or event id) a click on the chart sent, from the component's state in st.session_state."""
    value = result.get("click") if hasattr(result, "get") else None
    return str(value) if value else None
