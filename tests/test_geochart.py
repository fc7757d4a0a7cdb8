"""Maps drawn with plotly.js's geo bundle (coalition.ui.geochart): the bundle we ship is the plotly.js plotly.py
builds figures for, every map is one it can draw, and the page sends it the figure, the shapes' address, the height
to reserve, its text alternative and, in the reader's language, what to say if it cannot load."""

from __future__ import annotations

import json
import re

import plotly.offline
import pytest

from coalition.figures import Options, build
from coalition.models import Dataset
from coalition.ui import charts, geochart
from coalition.viewstate import MapState, TimelineState
from tests.apptest import drawn, open_page


def test_the_geo_bundle_is_the_plotly_js_of_plotly_py() -> None:
    bundle = geochart.STATIC / geochart.SCRIPT
    header = bundle.read_text(encoding="utf-8")[:200]
    version = re.search(r"plotly\.js \(geo - minified\) v(\S+)", header)
    assert version and version.group(1) == plotly.offline.get_plotlyjs_version()
    assert geochart.SCRIPT.endswith(f"-{version.group(1)}.min.js")  # a new version gets a new address


def test_the_geo_bundle_has_every_trace_type_a_map_may_use() -> None:
    bundle = (geochart.STATIC / geochart.SCRIPT).read_text(encoding="utf-8")
    registered = set(re.findall(r'moduleType:"trace",name:"(\w+)"', bundle))
    assert registered >= geochart.GEO_TRACES


@pytest.mark.parametrize(
    "state", [MapState(), MapState(region="europe"), MapState(outline="COE", country="HUN"), MapState(statement="unga-es-11-9")]
)
@pytest.mark.parametrize("options", [Options(), Options(narrow=True), Options("print"), Options("slide"), Options("embed")])
def test_every_map_is_drawn_by_the_geo_bundle(dataset: Dataset, state: MapState, options: Options) -> None:
    assert geochart.is_map(build(state, dataset, options))


def test_other_charts_stay_with_streamlit(dataset: Dataset) -> None:
    assert not geochart.is_map(build(TimelineState(), dataset, Options()))


def test_the_map_page_mounts_the_geo_chart_with_its_script_height_and_click() -> None:
    maps = {c.key: c for c in drawn(open_page("pages/map.py"))}
    assert list(maps) == ["world_map-wide", "world_map-narrow", "world_map-print"]
    wide = open_page("pages/map.py").get("bidi_component")[0]
    assert wide.proto.component_name == "coalition.geochart" and not wide.proto.isolate_styles
    data = json.loads(wide.proto.json)
    assert data["script"] == "/app/static/plotly/plotly-geo-4.1.1.min.js"
    assert data["config"]["topojsonURL"] == "/app/static/topojson/"
    assert data["config"]["showSendToCloud"] is False
    assert data["clickable"] is True
    assert data["figure"]["layout"]["height"] == 560
    assert "Co-chairs: Canada and Ukraine." in data["alt"]
    assert data["failed"] == "The map could not load. Reload the page to try again."


def test_the_notice_if_the_map_cannot_load_is_in_the_readers_language() -> None:
    at = open_page("pages/map.py", lang="uk")
    assert json.loads(at.get("bidi_component")[0].proto.json)["failed"].startswith("Мапа не завантажилася")


def test_the_layout_for_paper_is_not_clickable() -> None:
    at = open_page("pages/map.py")
    clickable = {c.key: json.loads(c.proto.json)["clickable"] for c in at.get("bidi_component")}
    assert clickable == {"world_map-wide": True, "world_map-narrow": True, "world_map-print": False}


@pytest.mark.parametrize(
    ("event", "ids"),
    [
        ({"click": "HUN"}, ["HUN"]),
        ({"click": None}, []),
        ({"selection": {"points": [{"customdata": ["istanbul-2", "x"]}]}}, ["istanbul-2"]),
        ({"selection": {"points": [{"location": "MLT"}]}}, ["MLT"]),
        (None, []),
    ],
)
def test_a_click_is_read_back_as_an_id_from_a_map_or_a_plotly_chart(event: object, ids: list[str]) -> None:
    assert charts.selected_ids(event) == ids
