"""The trends and compare charts as a reader gets them: lines, rings, cells, hover, colours, layout and alt text."""

from __future__ import annotations

import datetime as dt
import itertools

import plotly.graph_objects as go
import pytest

from coalition import Dataset, theme
from coalition.figures import Options, build
from coalition.viewstate import CompareState, TrendsState

HOVER = (
    "<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}<br>%{customdata[3]}<br><i>%{customdata[4]}</i><extra></extra>"
)
DEPORTED, EARLY = "Children deported or forcibly transferred, verified", "Children returned from Russia (early count)"
BKBU, BETSA = "Children returned under Bring Kids Back UA", "Deported or forcibly transferred children identified (Betsa)"
CLAIM, SIZE = "Children Russia says it has moved", "Coalition members, as reported"
LIST = "Children on the list handed to Russia in Istanbul"
DAY = dt.timedelta(days=45)
UNKNOWN = "Unknown: not named in our partial list"


def lines(fig: go.Figure) -> dict[str, go.Scatter]:
    return {t.name: t for t in fig.data if t.mode == "lines+markers"}


def rings(fig: go.Figure) -> list[go.Scatter]:
    return [t for t in fig.data if t.name == "Sources disagree"]


def test_each_series_is_its_own_line_with_every_value_and_its_hover(dataset: Dataset) -> None:
    fig = build(TrendsState(), dataset).figure
    series = lines(fig)
    assert list(series) == [DEPORTED, EARLY, BKBU, BETSA, CLAIM, SIZE, LIST]
    colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#5B6472"]
    assert [(t.line.color, t.marker.color) for t in series.values()] == list(zip(colours, colours, strict=True))
    assert {(t.line.width, t.marker.size, t.hovertemplate) for t in series.values()} == {(2, 8, HOVER)}
    # A series of one value has no line to draw: its marker stands with a dotted style; two values make a line.
    assert {name: t.line.dash for name, t in series.items()} == {
        **dict.fromkeys([DEPORTED, EARLY, BKBU, CLAIM, SIZE], "solid"),
        **dict.fromkeys([BETSA, LIST], "dot"),
    }
    deported = series[DEPORTED]
    assert len(deported.x) == len(deported.y) == len(deported.customdata) == 16
    assert (deported.x[0], deported.x[-1]) == (dt.date(2022, 8, 1), dt.date(2026, 2, 17))
    assert list(deported.y[:4]) == [5754, 7671, 16226, 19514]
    assert [row[1] for row in deported.customdata] == [
        "at least 5,754", "7,671", "16,226", "19,514", "more than 19,384", "at least 19,453", "more than 19,000",
        "more than 19,000", "about 20,000", "more than 19,500", "at least 19,546", "about 20,000",
        "19,546", "nearly 20,000", "about 20,000", "nearly 20,000",
    ]  # fmt: skip
    assert [row[1] for row in series[EARLY].customdata][-3:] == ["388", "fewer than 400", "fewer than 400"]
    assert list(series[BKBU].customdata[1]) == [
        BKBU,
        "more than 1,200",
        "17 Mar 2025",
        "Source: UNN",
        "Children returned to Ukraine from Russia and from the occupied<br>territories, as counted by Bring Kids Back UA"
        " and officials since<br>2024. Not comparable with the earlier count of returns from Russia<br>only.",
    ]
    assert list(series[LIST].customdata[0]) == [
        LIST,
        "339",
        "2 Jun 2025",
        "Source: UNITED24 Media",
        "Children named on the list Ukraine handed to Russia at the second<br>round of direct talks in Istanbul (2 June 2025).",
    ]
    assert (list(series[LIST].x), list(series[LIST].y)) == ([dt.date(2025, 6, 2)], [339])


def test_children_are_on_a_log_scale_above_and_the_coalitions_size_below(dataset: Dataset) -> None:
    fig = build(TrendsState(), dataset).figure
    assert {(t.xaxis, t.yaxis) for name, t in lines(fig).items() if name != SIZE} == {("x", "y")}
    assert (lines(fig)[SIZE].xaxis, lines(fig)[SIZE].yaxis) == ("x2", "y2")
    top, bottom = fig.layout.yaxis, fig.layout.yaxis2
    assert (top.type, top.title.text, top.automargin) == ("log", "children (log scale)", True)
    assert (bottom.type, bottom.title.text, bottom.rangemode, bottom.automargin) == (
        None,
        "states in the coalition",
        "tozero",
        True,
    )
    # The children's panel is about twice as tall as the coalition's, with a gap between them.
    assert top.domain == pytest.approx((0.388, 1.0)) and bottom.domain == pytest.approx((0.0, 0.288))
    # One date axis for both panels, 45 days wider than the data on each side, its ticks only under the lower panel.
    assert fig.layout.xaxis.matches == "x2" and fig.layout.xaxis.showticklabels is False
    for axis in (fig.layout.xaxis, fig.layout.xaxis2):
        assert (axis.type, axis.automargin, axis.tickangle) == ("date", True, 0)
        assert list(axis.range) == [dt.date(2022, 8, 1) - DAY, dt.date(2026, 2, 17) + DAY]
        assert list(axis.ticktext) == ["2023", "2024", "2025", "2026"]
        assert list(axis.tickvals) == [dt.date(year, 1, 1) for year in (2023, 2024, 2025, 2026)]


def test_days_when_sources_disagree_are_ringed_in_the_panel_of_their_series(dataset: Dataset) -> None:
    fig = build(TrendsState(), dataset).figure
    children, coalition = rings(fig)
    assert (list(children.x), list(children.y), children.xaxis, children.yaxis) == (
        [dt.date(2025, 9, 23)] * 2,
        [1625, 1652],
        "x",
        "y",
    )
    assert (list(coalition.x), list(coalition.y), coalition.xaxis, coalition.yaxis) == (
        [dt.date(2025, 9, 23)] * 2,
        [40, 41],
        "x2",
        "y2",
    )
    assert children.hovertemplate == "Sources disagree: 1,625 (Interfax-Ukraine) vs 1,652 (MENAFN)<extra></extra>"
    assert coalition.hovertemplate == "Sources disagree: 40 (RBC-Ukraine) vs 41 (UNN)<extra></extra>"
    # One legend entry for all rings: the first shows it, the rest share its group.
    assert (children.showlegend, coalition.showlegend) == (True, False)
    for ring in (children, coalition):
        assert (ring.mode, ring.legendgroup) == ("markers", "disagree")
        marker = ring.marker
        assert (marker.symbol, marker.size, marker.color, marker.line.width) == ("circle-open", 18, "#D55E00", 2.5)


def test_one_kind_of_series_fills_a_single_panel(dataset: Dataset) -> None:
    """Only the coalition's size (printed): one linear panel from zero, its ring in it, light colours, no children axis."""
    chart = build(TrendsState(series=("coalition-size-reported",)), dataset, Options(medium="print"))
    fig = chart.figure
    assert [t.name for t in fig.data] == [SIZE, "Sources disagree"]
    assert {(t.xaxis, t.yaxis) for t in fig.data} == {("x", "y")} and list(rings(fig)[0].y) == [40, 41]
    assert "yaxis2" not in fig.layout.to_plotly_json() and fig.layout.yaxis.domain == (0.0, 1.0)
    axis = fig.layout.yaxis
    assert (axis.type, axis.title.text, axis.rangemode, axis.gridcolor) == (
        None,
        "states in the coalition",
        "tozero",
        theme.LIGHT.grid,
    )
    assert list(fig.layout.xaxis.range) == [dt.date(2024, 2, 2) - DAY, dt.date(2025, 12, 2) + DAY]
    assert list(fig.layout.xaxis.ticktext) == ["2024", "2025", "2026"]  # quarters would crowd the printed width
    assert (fig.layout.plot_bgcolor, fig.layout.xaxis.gridcolor) == (theme.LIGHT.plot, theme.LIGHT.grid)
    children = build(TrendsState(series=("returned-bkbu",)), dataset).figure
    assert [t.name for t in children.data] == [BKBU, "Sources disagree"] and list(rings(children)[0].y) == [1625, 1652]
    assert "yaxis2" not in children.layout.to_plotly_json()
    axis = children.layout.yaxis
    assert (axis.type, axis.title.text, axis.rangemode) == ("log", "children (log scale)", None)
    # A ring is drawn only for a series shown: the coalition's ring comes after the children's, and is left out here.
    assert len(rings(build(TrendsState(series=("list-children",)), dataset).figure)) == 0


@pytest.mark.parametrize(
    ("state", "options", "legend", "height"),
    [
        # One entry: the legend takes one line under the ticks.
        (TrendsState(series=("list-children",)), Options(), [LIST], 650),
        # Three entries wider together than the chart: a line each.
        (TrendsState(series=("russia-claim", "coalition-size-reported")), Options(), [CLAIM, SIZE, "Sources disagree"], 713),
        (TrendsState(), Options(), [DEPORTED, EARLY, BKBU, BETSA, CLAIM, SIZE, LIST, "Sources disagree"], 868),
        (
            TrendsState(),
            Options(narrow=True),
            [
                "Children deported or<br>forcibly transferred,<br>verified",
                "Children returned from<br>Russia (early count)",
                "Children returned under<br>Bring Kids Back UA",
                "Deported or forcibly<br>transferred children<br>identified (Betsa)",
                "Children Russia says it has<br>moved",
                "Coalition members, as<br>reported",
                "Children on the list handed<br>to Russia in Istanbul",
                "Sources disagree",
            ],
            1093,
        ),
    ],
)
def test_the_legend_below_the_plot_has_room_for_its_lines(
    dataset: Dataset, state: TrendsState, options: Options, legend: list[str], height: int
) -> None:
    chart = build(state, dataset, options)
    layout = chart.figure.layout
    assert [t.name for t in chart.figure.data if t.showlegend is not False] == legend
    assert chart.height == layout.height == height
    # The plot keeps the medium's height; the legend's room is added below it.
    assert (layout.margin.l, layout.margin.r, layout.margin.t, layout.margin.b) == (10, 20, 20, height - 620 + 40)
    plot_height = layout.height - layout.margin.t - layout.margin.b
    assert plot_height == 560
    assert layout.legend.y * plot_height == pytest.approx(-34)  # its top 34 px under the plot, below the date ticks
    assert (layout.legend.orientation, layout.legend.x, layout.legend.yanchor, layout.legend.font.size) == ("h", 0, "top", 13)
    assert (layout.legend.maxheight, layout.legend.itemclick, layout.legend.itemdoubleclick) == (1, False, False)


def cell_colour(heatmap: go.Heatmap, z: float) -> str:
    """The colour the heatmap's colour scale gives a cell of value `z` (the band it falls in is one flat colour)."""
    t = (z - heatmap.zmin) / (heatmap.zmax - heatmap.zmin)
    low, high = next((c, d) for (a, c), (b, d) in itertools.pairwise(heatmap.colorscale) if a < b and a <= t <= b)
    return str(low) if low == high else f"a blend of {low} and {high}"


def test_compare_cells_carry_the_status_symbol_colour_and_hover(dataset: Dataset) -> None:
    fig = build(CompareState(group="G7"), dataset).figure
    heatmap, *legend = fig.data
    assert list(heatmap.x) == [
        "OSCE Moscow<br>Mechanism, 2023<br>30 Mar 2023<br>all 45 named",
        "HRC52 resolution<br>on Ukraine<br>4 Apr 2023<br>4 of 47 named",
        "UN joint<br>statement, 5 Apr<br>2023<br>5 Apr 2023<br>all 49 named",
        "CoE Reykjavik<br>declaration,<br>2023<br>17 May 2023<br>all 46 named",
        "Coalition<br>declaration, 2<br>Feb 2024<br>2 Feb 2024<br>3 named",
        "Peace Summit<br>communiqué, 2024<br>16 Jun 2024<br>all 87 named",
        "Coalition<br>statement, 5 Aug<br>2025<br>5 Aug 2025<br>all 38 named",
        "UNGA ES-11/9<br>vote<br>3 Dec 2025<br>49 of 193 named",
    ]
    assert list(heatmap.y) == ["Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"]
    assert list(heatmap.text[0]) == ["●", "?", "●", "—", "★", "●", "★", "?"]
    assert list(heatmap.text[-1]) == ["●", "?", "●", "—", "●", "●", "—", "●"]
    assert [list(cell) for cell in heatmap.customdata[0][:5]] == [
        ["OSCE Moscow Mechanism, 2023", "Invoked"],
        ["HRC52 resolution on Ukraine", UNKNOWN],
        ["UN joint statement, 5 Apr 2023", "Signatory"],
        ["CoE Reykjavik declaration, 2023", "Did not endorse"],
        ["Coalition declaration, 2 Feb 2024", "Co-chair (signatory)"],
    ]
    assert heatmap.hovertemplate == "<b>%{y}</b><br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>"
    assert (heatmap.texttemplate, heatmap.textfont.size, heatmap.textfont.color) == ("%{text}", 13, "#0B0D10")
    assert (heatmap.showscale, heatmap.xgap, heatmap.ygap, heatmap.zmin, heatmap.zmax) == (False, 2, 2, 0, 6)
    assert list(heatmap.z[0]) == [0.5, 1.5, 2.5, 3.5, 4.5, 2.5, 4.5, 1.5]
    # One legend entry per category shown, a square of the colour its cells have.
    names = ["Invoked", UNKNOWN, "Signatory", "Did not endorse", "Co-chair (signatory)", "In favour"]
    assert [t.name for t in legend] == [f"{mark} {name}" for mark, name in zip("●?●—★●", names, strict=True)]
    swatch = {t.name.split(" ", 1)[1]: t.marker.color for t in legend}
    assert swatch == {
        "Invoked": theme.STATUS_STYLES["invoked"].colour,
        UNKNOWN: "#F4F6FA",
        "Signatory": theme.SIGNATORY.colour,
        "Did not endorse": "#D5D9E0",
        "Co-chair (signatory)": theme.CO_CHAIR.colour,
        "In favour": theme.STATUS_STYLES["in_favour"].colour,
    }
    for z_row, hover_row in zip(heatmap.z, heatmap.customdata, strict=True):
        assert [cell_colour(heatmap, z) for z in z_row] == [swatch[label] for _, label in hover_row]
    for entry in legend:
        assert (entry.mode, list(entry.x), list(entry.y), entry.marker.symbol, entry.marker.size) == (
            "markers",
            [None],
            [None],
            "square",
            14,
        )
        assert (entry.marker.line.width, entry.marker.line.color) == (1, None)


def test_compare_layout_reads_from_the_top_and_stays_put(dataset: Dataset) -> None:
    chart = build(CompareState(group="G7"), dataset)
    layout = chart.figure.layout
    assert chart.height == layout.height == 260 + 7 * 22
    assert (layout.margin.l, layout.margin.r, layout.margin.t, layout.margin.b) == (10, 10, 90, 90)
    x, y, legend = layout.xaxis, layout.yaxis, layout.legend
    assert (x.side, x.tickangle, x.tickfont.size, x.fixedrange, x.automargin) == ("top", 0, 11, True, True)
    assert (y.autorange, y.automargin, y.fixedrange, y.tickfont.size) == ("reversed", True, True, 14)
    assert (legend.orientation, legend.x, legend.y, legend.yanchor, legend.font.size) == ("h", 0, -0.01, "top", 14)
    printed = build(CompareState(group="G7"), dataset, Options(medium="print")).figure
    assert printed.layout.plot_bgcolor == theme.LIGHT.plot
    assert {t.marker.line.color for t in printed.data[1:]} == {theme.LIGHT.muted}


def test_a_compare_grid_without_states_is_one_blank_cell(dataset: Dataset) -> None:
    chart = build(CompareState(group="NATO"), dataset)
    heatmap = chart.figure.data[0]
    assert len(chart.figure.data) == 1 and list(heatmap.y) == [] and len(heatmap.x) == 8
    assert [list(row) for row in heatmap.z] == [[0]]
    assert [list(pair) for pair in heatmap.colorscale] == [[0, "#F4F6FA"], [1, "#F4F6FA"]]
    assert (heatmap.zmin, heatmap.zmax) == (0, 1)
    assert chart.height == 260 and chart.alt_text.startswith("Positions of 0 states in 8 instruments, oldest first: ")
