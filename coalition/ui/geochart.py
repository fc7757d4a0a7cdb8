"""Maps drawn with plotly.js's geo bundle (static/plotly/, 1.4 MB) instead of Streamlit's plotly chart, which loads the
whole of plotly.js (4.7 MB: a 300 ms task to start it) and draws each chart twice; an st.components.v2 component,
so the map is in the page (no iframe) and a click comes back as a trigger, like Streamlit's chart selection.
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

# The bundle's version is plotly.py's plotly.js version (tests/test_geochart.py checks it), so that a figure
# plotly.py builds is one this plotly.js draws.
SCRIPT = "plotly/plotly-geo-4.1.1.min.js"
STATIC = Path(__file__).resolve().parents[2] / "static"
# The trace types the geo bundle draws (with scatter, which every bundle has).
GEO_TRACES = frozenset({"choropleth", "scattergeo"})

_mount = st.components.v2.component(
    "coalition.geochart",
    js=files("coalition.ui").joinpath("geochart.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


def is_map(chart: Chart) -> bool:
    """True when every trace of the chart is one the geo bundle draws."""
    return bool(chart.figure.data) and all(trace.type in GEO_TRACES for trace in chart.figure.data)


def script_url(prefix: str) -> str:
    """The geo bundle's address under the app's static files (`prefix`: the base URL path, '' or '/base')."""
    return f"{prefix}/app/static/{SCRIPT}"


def draw_map(
    chart: Chart, key: str, config: dict[str, Any], prefix: str, loc: Locale, on_click: Callable[[], None] | None
) -> None:
    """Mount the map of `chart` under `key`, its height reserved before plotly.js loads (if it cannot load, a notice in
    `loc`'s language shows above that space); `on_click` runs before the rerun a click starts, and the id clicked is
    then `clicked_id(st.session_state[key])`."""
    data = {
        "figure": json.loads(pio.to_json(chart.figure, validate=False)),
        "config": config,
        "script": script_url(prefix),
        "alt": chart.alt_text,
        "clickable": on_click is not None,
        "failed": loc._("The map could not load. Reload the page to try again."),
    }
    _mount(key=key, data=data, width=chart.width or "stretch", height=chart.height, on_click_change=on_click)


def clicked_id(result: Any) -> str | None:
    """The id (ISO3 or event id) a click on the map sent, from the component's state in st.session_state."""
    value = result.get("click") if hasattr(result, "get") else None
    return str(value) if value else None
