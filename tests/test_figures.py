"""Figure builders, tested on what a reader sees: the figure's data and layout, and its text alternative."""

from __future__ import annotations

import datetime as dt
import json
import math

import plotly.graph_objects as go
import pytest

from coalition import Dataset, theme
from coalition.figures import Options, build, has_chart
from coalition.figures.projection import natural_earth, natural_earth_invert
from coalition.geo import shapes, topojson_file
from coalition.positions import chosen
from coalition.viewstate import MapState, QuotesState, TimelineState


def traces(fig: go.Figure, kind: str) -> list[go.Choropleth | go.Scattergeo | go.Scatter]:
    """The figure's traces of one kind that draw data (not the legend-only entry for grey states)."""
    return [t for t in fig.data if t.type == kind and t.customdata is not None]


def labels(fig: go.Figure) -> list[str]:
    return [label for t in traces(fig, "scatter") if t.text for label in t.text]


def test_map_colours_every_endorsing_state_by_status(dataset: Dataset) -> None:
    fig = build(MapState(), dataset).figure
    coloured: dict[str, str] = {}
    for trace in traces(fig, "choropleth"):
        for iso in trace.locations:
            coloured[iso] = trace.colorscale[0][1]
    assert set(coloured) == {p.party_id for p in chosen(dataset, "").states}
    assert coloured["UKR"] == coloured["CAN"] == theme.CO_CHAIR.colour
    assert coloured["CHE"] == theme.OBSERVER.colour
    assert coloured["FRA"] == theme.SIGNATORY.colour
    assert all(t.showscale is False for t in traces(fig, "choropleth"))


def test_map_legend_is_in_words(dataset: Dataset) -> None:
    fig = build(MapState(), dataset).figure
    assert [t.name for t in fig.data if t.showlegend] == ["Co-chair (signatory)", "Signatory", "Observer", "Did not endorse"]
    uk = build(MapState(lang="uk"), dataset).figure
    assert [t.name for t in uk.data if t.showlegend][:3] == ["Співголова (підписант)", "Підписант", "Спостерігач"]


def test_every_endorsing_state_has_a_symbol_of_its_status(dataset: Dataset) -> None:
    fig = build(MapState(), dataset).figure
    symbols = {row[0]: t.marker.symbol for t in traces(fig, "scattergeo") for row in t.customdata if row[0] != "XKX"}
    assert set(symbols) == {p.party_id for p in chosen(dataset, "").states}
    assert symbols["CAN"] == symbols["UKR"] == "star"
    assert symbols["CHE"] == "diamond"
    assert symbols["LIE"] == symbols["FRA"] == "circle"


def test_small_states_symbols_are_drawn_on_top_of_their_neighbours(dataset: Dataset) -> None:
    fig = build(MapState(), dataset).figure
    layers = [[shapes()[row[0]].is_small for row in t.customdata] for t in traces(fig, "scattergeo")]
    assert all(len(set(layer)) == 1 for layer in layers), "a layer mixes small and regular states"
    small = [i for i, layer in enumerate(layers) if layer[0]]
    regular = [i for i, layer in enumerate(layers) if not layer[0]]
    assert small and regular and min(small) > max(regular)
    small_states = {row[0] for i in small for row in traces(fig, "scattergeo")[i].customdata}
    assert {"LIE", "MLT", "LUX"} <= small_states


def test_every_endorsing_state_has_a_shape_in_the_local_topojson(dataset: Dataset) -> None:
    states = {p.party_id for p in dataset.positions if p.party_kind == "state"}
    assert states <= set(shapes()), "every named state has a shape or a label point"


def test_hover_names_the_state_its_status_and_groups(dataset: Dataset) -> None:
    fig = build(MapState(), dataset).figure
    rows = {row[0]: row for t in traces(fig, "choropleth") for row in t.customdata}
    assert rows["FRA"][1:] == ["France", "Signatory", "Member of: EU, CoE, G7, OSCE"]
    assert rows["JPN"][3] == "Member of: G7"
    assert rows["ARG"][3] == "Not a member of EU, CoE, G7 or OSCE"
    assert all(t.hovertemplate.startswith("<b>%{customdata[1]}</b>") for t in fig.data if t.customdata is not None)


def test_focus_rings_the_country(dataset: Dataset) -> None:
    fig = build(MapState(country="HUN"), dataset).figure
    ring = [t for t in traces(fig, "scattergeo") if t.name == "Selected: Hungary"]
    assert len(ring) == 1 and ring[0].marker.symbol == "circle-open"
    assert [row[2] for row in ring[0].customdata] == ["Did not endorse"]


def test_outline_shows_members_that_did_not_endorse(dataset: Dataset) -> None:
    fig = build(MapState(outline="EU"), dataset).figure
    outlined = [t for t in traces(fig, "choropleth") if t.name == "European Union member that did not endorse"]
    assert list(outlined[0].locations) == ["CYP", "HUN", "POL", "SVK"]
    crosses = next(t for t in traces(fig, "scattergeo") if t.name == "European Union member that did not endorse")
    assert crosses.showlegend and crosses.marker.symbol == "x-thin"
    signatories = next(t for t in traces(fig, "choropleth") if t.name == "Signatory")
    widths = dict(zip(signatories.locations, signatories.marker.line.width, strict=True))
    assert widths["FRA"] > widths["NOR"]
    assert not any("did not endorse" in (t.name or "") for t in build(MapState(), dataset).figure.data)


def test_europe_view_has_its_projection_and_extent(dataset: Dataset) -> None:
    geo = build(MapState(region="europe"), dataset).figure.layout.geo
    assert geo.projection.type == "conic conformal"
    assert list(geo.lonaxis.range) == [-25, 45] and list(geo.lataxis.range) == [33, 71]
    assert (geo.center.lon, geo.center.lat) == (15, 53)
    world = build(MapState(), dataset).figure.layout.geo
    assert world.projection.type == "natural earth"
    assert list(world.lataxis.range) == [-56, 84]


def test_world_view_draws_the_110m_shapes_and_europe_the_50m(dataset: Dataset) -> None:
    """At world scale the 1:110m shapes; the states they leave out still have their symbol; Europe in detail."""
    assert build(MapState(), dataset).figure.layout.geo.resolution == 110
    assert build(MapState(region="europe"), dataset).figure.layout.geo.resolution == 50
    coarse = {g["id"] for g in json.loads(topojson_file(110).read_text())["objects"]["countries"]["geometries"] if "arcs" in g}
    named = {p.party_id for p in chosen(dataset, "").states}
    assert named - coarse == {"LIE", "MLT"}
    fig = build(MapState(), dataset).figure
    assert named <= {row[0] for t in traces(fig, "scattergeo") for row in t.customdata}


def test_map_alt_text_names_the_co_chairs_and_the_focus(dataset: Dataset) -> None:
    alt = build(MapState(country="LIE"), dataset).alt_text
    assert "Co-chairs: Canada and Ukraine." in alt
    assert "Signatory: 35; Co-chair (signatory): 2; Observer: 1" in alt
    assert "All other countries are grey: they did not endorse." in alt
    assert "Liechtenstein is highlighted (signatory)" in alt


@pytest.mark.parametrize(("medium", "height"), [("screen", 560), ("embed", 520), ("slide", 450), ("image", 1000)])
def test_the_map_is_sized_for_its_medium(dataset: Dataset, medium: str, height: int) -> None:
    chart = build(MapState(), dataset, Options(medium=medium, title="T", credit="C"))  # type: ignore[arg-type]
    assert chart.figure.layout.height == chart.height == height


def test_image_carries_title_and_credit_in_light_colours(dataset: Dataset) -> None:
    fig = build(MapState(), dataset, Options(medium="image", title="The title", credit="The credit")).figure
    assert fig.layout.title.text == "The title"
    assert fig.layout.width == 1600
    assert [a.text for a in fig.layout.annotations] == ["The credit"]
    assert fig.layout.paper_bgcolor == "#FFFFFF"
    assert fig.layout.geo.landcolor == theme.LIGHT.land


def test_a_page_chart_leaves_text_and_background_to_the_page_theme(dataset: Dataset) -> None:
    """On a page the chart follows a switch between light and dark: no text colour or plot background of its own, and
    the map's greys are translucent; on paper it is light."""
    for state in (MapState(), TimelineState()):
        for options in (Options(), Options(narrow=True), Options(medium="embed"), Options(medium="slide")):
            layout = build(state, dataset, options).figure.layout
            assert layout.font.color is None and layout.plot_bgcolor is None
            assert layout.paper_bgcolor == "rgba(0,0,0,0)"
    geo = build(MapState(), dataset).figure.layout.geo
    assert geo.landcolor.startswith("rgba(") and geo.oceancolor.startswith("rgba(")
    printed = build(TimelineState(), dataset, Options(medium="print")).figure.layout
    assert (printed.font.color, printed.plot_bgcolor, printed.width) == (theme.LIGHT.text, theme.LIGHT.plot, 660)


def test_timeline_default_view_is_the_talks(dataset: Dataset) -> None:
    fig = build(TimelineState(), dataset).figure
    assert {
        "Round 1, Istanbul",
        "Round 2, Istanbul",
        "Round 3, Istanbul",
        "List of 339 handed over",
        "Coalition statement",
    } <= set(labels(fig))
    assert "ICC arrest warrants" not in labels(fig)
    assert [dt.date.fromisoformat(str(d)[:10]) for d in fig.layout.xaxis.range] == [dt.date(2025, 5, 1), dt.date(2025, 8, 20)]
    annotations = [a.text.replace("<br>", " ") for a in fig.layout.annotations]
    assert "64 days from “List of 339 handed over” to “Coalition statement”" in annotations


def test_timeline_whole_period_spans_every_event(dataset: Dataset) -> None:
    fig = build(TimelineState(whole_period=True), dataset).figure
    start, end = (dt.date.fromisoformat(str(d)[:10]) for d in fig.layout.xaxis.range)
    assert start == dt.date(2023, 3, 17) - dt.timedelta(days=120)
    assert end == dt.date(2025, 12, 3) + dt.timedelta(days=120)
    assert "ICC arrest warrants" in labels(fig)


def test_timeline_kind_filter(dataset: Dataset) -> None:
    fig = build(TimelineState(whole_period=True, kinds=("legal_action", "statement")), dataset).figure
    assert sorted(labels(fig)) == ["Coalition statement", "ICC arrest warrants"]
    colours = {t.name: t.marker.color for t in traces(fig, "scatter") if t.mode == "markers+text"}
    assert colours == {"Statement": theme.EVENT_COLOURS["statement"], "Legal action": theme.EVENT_COLOURS["legal_action"]}


def test_timeline_marks_the_selected_event(dataset: Dataset) -> None:
    fig = build(TimelineState(event="istanbul-2"), dataset).figure
    rounds = next(t for t in traces(fig, "scatter") if t.name == "Negotiation round")
    sizes = dict(zip((row[0] for row in rounds.customdata), rounds.marker.size, strict=True))
    assert sizes["istanbul-2"] > sizes["istanbul-1"]


def test_timeline_widens_to_show_filtered_or_selected_events(dataset: Dataset) -> None:
    assert labels(build(TimelineState(kinds=("un_resolution",)), dataset).figure) == ["UN General Assembly vote"]
    assert "ICC arrest warrants" in labels(build(TimelineState(event="icc-warrants"), dataset).figure)


def test_timeline_speaks_the_interface_language(dataset: Dataset) -> None:
    fig = build(TimelineState(lang="uk"), dataset).figure
    assert "Раунд 1, Стамбул" in labels(fig)
    assert list(fig.layout.xaxis.ticktext) == ["черв.", "лип.", "серп."]


def test_slide_type_is_large(dataset: Dataset) -> None:
    screen = build(TimelineState(), dataset).figure
    slide = build(TimelineState(), dataset, Options(medium="slide")).figure
    assert slide.layout.font.size > screen.layout.font.size
    assert traces(slide, "scatter")[-1].textfont.size > traces(screen, "scatter")[-1].textfont.size


def test_views_without_a_chart_say_so(dataset: Dataset) -> None:
    assert has_chart(MapState()) and has_chart(TimelineState()) and not has_chart(QuotesState())
    with pytest.raises(ValueError, match="quotes view has no chart"):
        build(QuotesState(), dataset)


def test_natural_earth_matches_d3_and_inverts() -> None:
    """d3-geo's Natural Earth (plotly's world projection): the map is 2 × 2.7354 wide and 2 × 1.4224 tall in radians,
    and the inverse returns every point it projects."""
    assert natural_earth(math.pi, 0) == pytest.approx((2.735385, 0.0), abs=1e-6)
    assert natural_earth(0, math.pi / 2) == pytest.approx((0.0, 1.422391), abs=1e-6)
    assert natural_earth(math.pi, math.pi / 2)[0] == pytest.approx(1.505556, abs=1e-6)
    for lon, lat in [(30.5, 50.4), (-74.0, 40.7), (151.2, -33.9), (-179.0, 85.0), (0.0, -89.0)]:
        lam, phi = math.radians(lon), math.radians(lat)
        assert natural_earth_invert(*natural_earth(lam, phi)) == pytest.approx((lam, phi), abs=1e-7)
