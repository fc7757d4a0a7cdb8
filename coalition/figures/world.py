"""The map: a choropleth of the endorsing states by status, a status symbol on each, outlines and a focus ring.

The shapes follow the UN's boundaries (plotly's world shapes): Kosovo has no shape of its own, so it gets a symbol of
its own, on top of the shape drawn for Serbia, with its own facts.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from coalition import theme
from coalition.figures.frame import Chart, Options, chart, font, frame, legend_lines, min_width, plain
from coalition.figures.targets import PARALLELS, PLOT_HEIGHT, TARGET, Positions, leader_lines, targets, translucent
from coalition.filters import groups, groups_of, members_without, party_name
from coalition.geo import resolution, shapes
from coalition.i18n import Locale, locale
from coalition.models import Dataset
from coalition.positions import Instrument, chosen
from coalition.text import map_description
from coalition.viewstate import MapState

HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"
# Europe: a conic projection centred on the continent; the world: Natural Earth without Antarctica.
EUROPE_GEO: dict[str, Any] = {
    "projection": {"type": "conic conformal", "rotation": {"lon": 15}, "parallels": list(PARALLELS)},
    "center": {"lon": 15, "lat": 53},
    "lonaxis": {"range": [-25, 45]},
    "lataxis": {"range": [33, 71]},
}
WORLD_GEO: dict[str, Any] = {"projection": {"type": "natural earth"}, "lataxis": {"range": [-56, 84]}}
# Not a UN member, so not in the UN-based shapes: drawn as a symbol at the centre of its territory.
KOSOVO = "XKX"


def region(state: MapState, options: Options) -> str:
    """The region drawn: the state's, else Europe (where most endorsers are) on a narrow screen and the world elsewhere."""
    return state.region or ("europe" if options.narrow else "world")


def _groups_text(data: Dataset, iso3: str, loc: Locale) -> str:
    """The groups a state belongs to, by short name, e.g. 'Member of: EU, CoE, G7, OSCE'."""
    names = [plain(data.organisation(g).short_name) for g in groups_of(data, iso3)]
    if names:
        return loc._("Member of: {groups}").format(groups=", ".join(names))
    every = [plain(data.organisation(g).short_name) for g in groups(data)]
    return loc._("Not a member of {groups}").format(groups=loc.join(every, "or"))


def _hover_rows(data: Dataset, isos: list[str], label: str, loc: Locale) -> list[list[str]]:
    """customdata per state: [ISO3, name, status label, groups]; clicks read the ISO3 from it."""
    return [[iso, plain(party_name(data, iso, loc)), label, _groups_text(data, iso, loc)] for iso in isos]


def _markers(
    isos: list[str], at: Positions, marker: dict[str, Any], rows: list[list[str]], name: str, **kw: Any
) -> go.Scattergeo:
    return go.Scattergeo(
        lon=[at[iso][0] for iso in isos],
        lat=[at[iso][1] for iso in isos],
        mode="markers",
        marker=marker,
        customdata=rows,
        hovertemplate=HOVER,
        name=name,
        **kw,
    )


def _target(marker: dict[str, Any], isos: list[str], big: Positions) -> dict[str, Any]:
    """A narrow map's symbols in view are TARGET pixels wide, their fill translucent so the country shows through."""
    if not any(iso in big for iso in isos):
        return marker
    colour, line = marker["color"], marker["line"]
    return {
        **marker,
        "size": [TARGET if iso in big else marker["size"] for iso in isos],
        "color": [translucent(colour) if iso in big else colour for iso in isos],
        "line": {**line, "color": [colour if iso in big else line["color"] for iso in isos], "width": 2},
    }


def _status_traces(
    state: MapState, view: Instrument, data: Dataset, loc: Locale, options: Options, at: Positions, big: Positions
) -> list[go.BaseTraceType]:
    """Shapes by category, then symbols: small states' symbols last, so a neighbour's never covers them (LIE next to CHE);
    on a narrow map every symbol in view is a tap target."""
    colours, world = options.palette, shapes()
    outlined = set(data.members(state.outline)) if state.outline else set()
    areas: list[go.BaseTraceType] = []
    regular_markers: list[go.BaseTraceType] = []
    small_markers: list[go.BaseTraceType] = []
    for style in theme.STATUS_STYLES.values():
        isos = [p.party_id for p in view.states if view.category(p.party_id) == style.key]
        if not isos:
            continue
        label = theme.status_label(style.key, loc._)
        areas.append(
            go.Choropleth(
                locations=isos,
                z=[1] * len(isos),
                locationmode="ISO-3",
                colorscale=[[0, style.colour], [1, style.colour]],
                showscale=False,
                marker_line_color=[
                    theme.FOCUS if iso == state.country else colours.outline if iso in outlined else colours.border
                    for iso in isos
                ],
                marker_line_width=[2.5 if iso == state.country else 1.2 if iso in outlined else 0.5 for iso in isos],
                customdata=_hover_rows(data, isos, label, loc),
                hovertemplate=HOVER,
                name=label,
                legendgroup=style.key,
                showlegend=False,
            )
        )
        marked = [iso for iso in isos if iso in world]
        regular = [iso for iso in marked if not world[iso].is_small and iso not in big]
        small = [iso for iso in marked if world[iso].is_small or iso in big]
        legend_layer = regular or small  # one legend entry per category, on its first non-empty layer
        marker = {
            "symbol": style.symbol,
            "size": 12 if style.symbol == "star" else 7,
            "color": style.colour,
            "line": {"color": colours.outline if style.symbol.endswith("-open") else colours.border, "width": 1},
        }
        for group, layer in ((regular, regular_markers), (small, small_markers)):
            if group:
                rows = _hover_rows(data, group, label, loc)
                layer.append(
                    _markers(
                        group,
                        at,
                        _target(marker, group, big),
                        rows,
                        label,
                        legendgroup=style.key,
                        showlegend=group is legend_layer,
                    )
                )
    return [*areas, *regular_markers, *small_markers, _grey_legend(view, loc, options)]


def _grey_legend(view: Instrument, loc: Locale, options: Options) -> go.Scattergeo:
    """A legend entry, in words, for the grey states: 'did not endorse' on a complete list, 'unknown' on a partial one."""
    label = theme.status_label("none" if view.complete else "unknown", loc._)
    marker = {
        "symbol": "square",
        "size": 12,
        "color": options.palette.land,
        "line": {"color": options.palette.border, "width": 1},
    }
    return go.Scattergeo(lon=[None], lat=[None], mode="markers", marker=marker, name=label, hoverinfo="skip", showlegend=True)


def _outline_traces(
    state: MapState, view: Instrument, data: Dataset, loc: Locale, options: Options, at: Positions, big: Positions
) -> list[go.BaseTraceType]:
    """The outlined organisation's members not named in support: outlined, with a cross."""
    if not state.outline:
        return []
    colours, world = options.palette, shapes()
    missing = list(members_without(view, data, state.outline))
    organisation = plain(party_name(data, state.outline, loc))
    if view.complete:
        label = loc._("{organisation} member that did not endorse").format(organisation=organisation)
    else:
        label = loc._("{organisation} member not named in support").format(organisation=organisation)
    rows = [
        [iso, plain(party_name(data, iso, loc)), theme.status_label(view.category(iso), loc._), _groups_text(data, iso, loc)]
        for iso in missing
    ]
    area = go.Choropleth(
        locations=missing,
        z=[0] * len(missing),
        locationmode="ISO-3",
        colorscale=[[0, colours.land], [1, colours.land]],
        showscale=False,
        marker_line_color=colours.outline,
        marker_line_width=1.2,
        customdata=rows,
        hovertemplate=HOVER,
        name=label,
        showlegend=False,
    )
    drawn = [row for row in rows if row[0] in world]
    sizes = [TARGET if row[0] in big else 8 for row in drawn]
    marker = {"symbol": "x-thin", "size": sizes, "color": colours.outline, "line": {"color": colours.outline, "width": 2}}
    return [area, _markers([row[0] for row in drawn], at, marker, drawn, label, showlegend=True)]


def _kosovo_trace(
    view: Instrument, data: Dataset, loc: Locale, options: Options, at: Positions, big: Positions
) -> list[go.BaseTraceType]:
    """Kosovo's own symbol and facts, over the shape the UN-based boundaries draw for Serbia (unless it is marked already)."""
    if KOSOVO not in at or view.position(KOSOVO) is not None:
        return []
    status = theme.status_label(view.category(KOSOVO), loc._)
    rows = _hover_rows(data, [KOSOVO], status, loc)
    rows[0][3] += "<br>" + loc._("No shape of its own: the map's boundaries follow the UN's.")
    size = TARGET if KOSOVO in big else 9
    marker = {
        "symbol": "circle",
        "size": size,
        "color": options.palette.land,
        "line": {"color": options.palette.border, "width": 1.5},
    }
    return [_markers([KOSOVO], at, marker, rows, plain(party_name(data, KOSOVO, loc)), showlegend=False)]


def _focus_traces(
    state: MapState, view: Instrument, data: Dataset, loc: Locale, at: Positions, big: Positions
) -> list[go.BaseTraceType]:
    if not state.country or state.country not in at:
        return []
    status = theme.status_label(view.category(state.country), loc._)
    name = loc._("Selected: {country}").format(country=plain(party_name(data, state.country, loc)))
    size = TARGET + 12 if state.country in big else 26
    marker = {"symbol": "circle-open", "size": size, "color": theme.FOCUS, "line": {"width": 3, "color": theme.FOCUS}}
    return [_markers([state.country], at, marker, _hover_rows(data, [state.country], status, loc), name, showlegend=True)]


def _marked(state: MapState, view: Instrument, data: Dataset) -> list[str]:
    """Every state that gets a symbol: the named states, the outlined members not named, Kosovo, the selected one."""
    missing = list(members_without(view, data, state.outline)) if state.outline else []
    return [*(p.party_id for p in view.states), *missing, KOSOVO, *([state.country] if state.country else [])]


def map_chart(state: MapState, data: Dataset, options: Options) -> Chart:
    """The map of `state` (region, outline, focus) drawn for `options`; legend in words, status never on colour alone.

    On a narrow screen the map opens on Europe, and every symbol in view is a tap target of its own."""
    loc = locale(state.lang)
    colours, world, shown = options.palette, shapes(), region(state, options)
    view = chosen(data, state.statement)
    big = targets(_marked(state, view, data), shown, world) if options.narrow else {}
    at = {iso: (shape.lon, shape.lat) for iso, shape in world.items()} | big
    traces = [
        *_status_traces(state, view, data, loc, options, at, big),
        *_outline_traces(state, view, data, loc, options, at, big),
        *_kosovo_trace(view, data, loc, options, at, big),
        *_focus_traces(state, view, data, loc, at, big),
        *leader_lines(big, world, "rgba(90, 100, 115, 0.9)"),
    ]
    geo: dict[str, Any] = {
        "resolution": resolution(shown),
        "showframe": False,
        "showcoastlines": False,
        "showcountries": True,
        "countrycolor": colours.border,
        "countrywidth": 0.5,
        "showland": True,
        "landcolor": colours.land,
        "showocean": True,
        "oceancolor": colours.ocean,
        "showlakes": False,
        "bgcolor": "rgba(0,0,0,0)",
        **(EUROPE_GEO if shown == "europe" else WORLD_GEO),
    }
    legend_font = font(options, 22 / 20 if options.medium == "slide" else 1.0)
    if options.narrow:
        names = [t.name for t in traces if t.showlegend]
        margin = {"l": 0, "r": 0, "t": 4, "b": legend_lines(names, min_width("map", options), legend_font["size"]) * 26 + 6}
        layout = frame("map", options, margin, height=PLOT_HEIGHT[shown] + margin["t"] + margin["b"])
        legend_place = {"x": 0, "xanchor": "left", "y": 0, "yanchor": "top"}
    else:
        layout = frame("map", options, {"l": 0, "r": 0, "t": 8, "b": 0})
        legend_place = (
            {"x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"}
            if options.medium == "image"
            else {"x": 0.5, "xanchor": "center", "y": -0.02, "yanchor": "top"}
        )
    layout["legend"] = {"orientation": "h", **legend_place, "font": legend_font, "itemclick": False, "itemdoubleclick": False}
    layout["geo"] = geo
    # A click is an event the app reads (coalition/ui/plotchart.js), not a selection: plotly would fade every other state.
    layout["clickmode"] = "event"
    figure = go.Figure(data=traces, layout=layout)
    return chart("map", figure, map_description(data, view, loc, state.country), options)
