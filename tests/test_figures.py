"""Figure builders, tested on fig.data and fig.layout."""

from __future__ import annotations

import plotly.graph_objects as go

from coalition import Dataset, theme
from coalition.figures import timeline, world_map
from coalition.geo import shapes


def traces(fig: go.Figure, kind: str) -> list[go.Choropleth | go.Scattergeo | go.Scatter]:
    return [t for t in fig.data if t.type == kind]


def test_map_colours_every_endorsing_state_by_status(dataset: Dataset) -> None:
    fig = world_map(dataset)
    coloured: dict[str, str] = {}
    for trace in traces(fig, "choropleth"):
        for iso in trace.locations:
            coloured[iso] = trace.colorscale[0][1]
    assert set(coloured) == {e.party_id for e in dataset.states}
    assert coloured["UKR"] == coloured["CAN"] == theme.CO_CHAIR.colour
    assert coloured["CHE"] == theme.OBSERVER.colour
    assert coloured["FRA"] == theme.SIGNATORY.colour
    assert all(t.showscale is False for t in traces(fig, "choropleth"))


def test_map_legend_is_in_words(dataset: Dataset) -> None:
    fig = world_map(dataset)
    legend = [t.name for t in fig.data if t.showlegend]
    assert legend == ["Co-chair (signatory)", "Signatory", "Observer"]


def test_small_states_get_markers(dataset: Dataset) -> None:
    fig = world_map(dataset)
    marked = {row[0] for t in traces(fig, "scattergeo") for row in t.customdata}
    assert {"LIE", "MLT", "LUX"} <= marked
    assert {"CAN", "UKR", "CHE"} <= marked
    assert all(shapes()[iso].is_small for iso in ("LIE", "MLT", "LUX"))


def test_every_endorsing_state_has_a_shape_in_the_local_topojson(dataset: Dataset) -> None:
    missing = [e.party_id for e in dataset.states if e.party_id not in shapes()]
    assert missing == []


def test_focus_rings_the_country(dataset: Dataset) -> None:
    fig = world_map(dataset, focus="HUN")
    ring = [t for t in traces(fig, "scattergeo") if t.name == "Selected: Hungary"]
    assert len(ring) == 1
    assert ring[0].marker.symbol == "circle-open"


def test_outline_shows_members_that_did_not_endorse(dataset: Dataset) -> None:
    fig = world_map(dataset, outline="EU")
    outlined = [t for t in traces(fig, "choropleth") if t.name == "European Union member that did not endorse"]
    assert list(outlined[0].locations) == ["CYP", "HUN", "POL", "SVK"]
    signatories = next(t for t in traces(fig, "choropleth") if t.name == "Signatory")
    widths = dict(zip(signatories.locations, signatories.marker.line.width, strict=True))
    assert widths["FRA"] > widths["NOR"]


def test_europe_view_zooms_in(dataset: Dataset) -> None:
    fig = world_map(dataset, region="europe")
    assert list(fig.layout.geo.lonaxis.range) == [-25, 45]
    assert fig.layout.geo.resolution == 50


def test_timeline_default_view_is_the_talks(dataset: Dataset) -> None:
    fig = timeline(dataset)
    labels = {label for t in traces(fig, "scatter") if t.text for label in t.text}
    assert {
        "Round 1, Istanbul",
        "Round 2, Istanbul",
        "Round 3, Istanbul",
        "List of 339 handed over",
        "Coalition statement",
    } <= labels
    assert "ICC arrest warrants" not in labels
    annotations = [a.text for a in fig.layout.annotations]
    assert "64 days from “List of 339 handed over” to “Coalition statement”" in annotations


def test_timeline_whole_period_and_kind_filter(dataset: Dataset) -> None:
    fig = timeline(dataset, whole_period=True, kinds=("legal_action", "statement"))
    labels = [label for t in traces(fig, "scatter") if t.text for label in t.text]
    assert sorted(labels) == ["Coalition statement", "ICC arrest warrants"]
    colours = {t.name: t.marker.color for t in traces(fig, "scatter") if t.mode == "markers+text"}
    assert colours == {"Statement": theme.EVENT_COLOURS["statement"], "Legal action": theme.EVENT_COLOURS["legal_action"]}


def test_timeline_marks_the_selected_event(dataset: Dataset) -> None:
    fig = timeline(dataset, selected="istanbul-2")
    rounds = next(t for t in traces(fig, "scatter") if t.name == "Negotiation round")
    sizes = dict(zip((row[0] for row in rounds.customdata), rounds.marker.size, strict=True))
    assert sizes["istanbul-2"] > sizes["istanbul-1"]


def test_timeline_widens_to_show_filtered_or_selected_events(dataset: Dataset) -> None:
    fig = timeline(dataset, kinds=("un_resolution",))
    labels = [label for t in traces(fig, "scatter") if t.text for label in t.text]
    assert labels == ["UN General Assembly vote"]
    selected = timeline(dataset, selected="icc-warrants")
    assert "ICC arrest warrants" in [label for t in traces(selected, "scatter") if t.text for label in t.text]
