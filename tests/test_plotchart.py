"""Charts drawn with plotly.js's partial bundles (coalition.ui.plotchart): the bundles we ship are the plotly.js plotly.py
builds figures for and draw every trace type they are chosen for, every chart of every view has one, and the page sends
the figure, the bundle's and the shapes' addresses, the height to reserve, its text alternative and, in the reader's
language, what to say if it cannot load."""

from __future__ import annotations

import json
import re
from typing import Any

import plotly.offline
import pytest

from coalition.figures import Options, build
from coalition.models import Dataset
from coalition.ui import charts, plotchart
from coalition.viewstate import CompareState, MapState, TimelineState, TrendsState, ViewState
from tests.apptest import open_page

GEO = "plotly/plotly-geo-4.1.1.min.js"
CARTESIAN = "plotly/plotly-cartesian-4.1.1.min.js"


@pytest.mark.parametrize("script", list(plotchart.BUNDLES))
def test_each_bundle_is_the_plotly_js_of_plotly_py_and_draws_its_trace_types(script: str) -> None:
    text = (plotchart.STATIC / script).read_text(encoding="utf-8")
    version = re.search(r"plotly\.js \(\w+ - minified\) v(\S+)", text[:200])
    assert version and version.group(1) == plotly.offline.get_plotlyjs_version()
    assert script.endswith(f"-{version.group(1)}.min.js")  # a new version gets a new address
    registered = set(re.findall(r'moduleType:"trace",name:"(\w+)"', text))
    assert registered >= plotchart.BUNDLES[script]


# The geo bundle has scatter too, so the timeline and trends share the maps' bundle (a page, or the presenter's deck,
# loads one plotly.js); only the compare grid, a heatmap, needs the cartesian one.
STATES: list[tuple[ViewState, str]] = [
    (MapState(), GEO),
    (MapState(region="europe"), GEO),
    (MapState(outline="COE", country="HUN"), GEO),
    (MapState(statement="unga-es-11-9"), GEO),
    (TimelineState(), GEO),
    (TimelineState(event="istanbul-2"), GEO),
    (TrendsState(), GEO),
    (CompareState(), CARTESIAN),
]
MEDIA = [Options(), Options(narrow=True), Options("print"), Options("slide"), Options("embed")]


@pytest.mark.parametrize("options", MEDIA)
@pytest.mark.parametrize(("state", "script"), STATES, ids=[f"{type(s).__name__}-{i}" for i, (s, _) in enumerate(STATES)])
def test_every_chart_gets_the_lightest_bundle_that_draws_it(
    dataset: Dataset, options: Options, state: ViewState, script: str
) -> None:
    assert plotchart.bundle(build(state, dataset, options)) == script


def test_a_chart_no_bundle_draws_is_refused_with_the_fix(dataset: Dataset) -> None:
    chart = build(MapState(), dataset, Options())
    chart.figure.add_scatter3d(x=[1], y=[1], z=[1])
    with pytest.raises(ValueError, match=r"\['choropleth', 'scatter3d', 'scattergeo'\]: add one to BUNDLES"):
        plotchart.bundle(chart)


def mounted(page: str, **params: str) -> dict[str, Any]:
    return {str(c.key): json.loads(c.proto.json) for c in open_page(page, **params).get("bidi_component")}


def test_the_map_page_mounts_its_chart_with_its_script_height_and_click() -> None:
    maps = mounted("pages/map.py")
    assert list(maps) == ["world_map-wide", "world_map-narrow", "world_map-print"]
    wide = maps["world_map-wide"]
    assert wide["script"] == f"/app/static/{GEO}"
    assert wide["config"] == {**charts.plotly_config(), "topojsonURL": "/app/static/topojson/"}
    assert wide["config"]["showSendToCloud"] is False
    assert wide["figure"]["layout"]["height"] == 560
    assert "Co-chairs: Canada and Ukraine." in str(wide["alt"])
    assert wide["failed"] == "The chart could not load. Reload the page to try again."
    assert {key: chart["clickable"] for key, chart in maps.items()} == {
        "world_map-wide": True,
        "world_map-narrow": True,
        "world_map-print": False,
    }


def test_the_timeline_shares_the_maps_bundle_and_gets_its_click() -> None:
    timeline = mounted("pages/timeline.py")["timeline-wide"]
    assert timeline["script"] == f"/app/static/{GEO}" and timeline["clickable"] is True


def test_the_notice_if_the_chart_cannot_load_is_in_the_readers_language() -> None:
    assert str(mounted("pages/map.py", lang="uk")["world_map-wide"]["failed"]).startswith("Графік не завантажився")


@pytest.mark.parametrize(
    ("event", "clicked"),
    [({"click": "HUN"}, "HUN"), ({"click": "istanbul-2"}, "istanbul-2"), ({"click": None}, None), (None, None)],
)
def test_a_click_is_read_back_as_an_id(event: object, clicked: str | None) -> None:
    assert charts.selected_id(event) == clicked
