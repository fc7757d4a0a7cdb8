"""The map: a choropleth of the endorsing states by status, a status symbol on each, outlines and a focus ring."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from coalition import theme
from coalition.figures.frame import Chart, Options, chart, font, frame, plain
from coalition.filters import groups, groups_of, members_without, party_name
from coalition.geo import Shape, resolution, shapes
from coalition.i18n import Locale, locale
from coalition.models import Dataset
from coalition.positions import Instrument, chosen
from coalition.text import map_description
from coalition.viewstate import MapState

HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"
# Europe: a conic projection centred on the continent; the world: Natural Earth without Antarctica.
EUROPE_GEO: dict[str, Any] = {
    "projection": {"type": "conic conformal", "rotation": {"lon": 15}},
    "center": {"lon": 15, "lat": 53},
    "lonaxis": {"range": [-25, 45]},
    "lataxis": {"range": [33, 71]},
}
WORLD_GEO: dict[str, Any] = {"projection": {"type": "natural earth"}, "lataxis": {"range": [-56, 84]}}


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
    isos: list[str], world: dict[str, Shape], marker: dict[str, Any], rows: list[list[str]], name: str, **kw: Any
) -> go.Scattergeo:
    return go.Scattergeo(
        lon=[world[iso].lon for iso in isos],
        lat=[world[iso].lat for iso in isos],
        mode="markers",
        marker=marker,
        customdata=rows,
        hovertemplate=HOVER,
        name=name,
        **kw,
    )


def _status_traces(state: MapState, view: Instrument, data: Dataset, loc: Locale, options: Options) -> list[go.BaseTraceType]:
    """Shapes by category, then symbols: small states' symbols last, so a neighbour's never covers them (LIE next to CHE)."""
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
        regular = [iso for iso in marked if not world[iso].is_small]
        small = [iso for iso in marked if world[iso].is_small]
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
                layer.append(_markers(group, world, marker, rows, label, legendgroup=style.key, showlegend=group is legend_layer))
    return [*areas, *regular_markers, *small_markers, _grey_legend(view, loc, options)]


def _grey_legend(view: Instrument, loc: Locale, options: Options) -> go.Scattergeo:
    """A legend entry, in words, for the grey states: 'did not endorse' on a complete list, 'unknown' on a partial one."""
    label = theme.status_label("none" if view.complete else "unknown", loc._)
    marker = {"symbol": "square", "size": 12, "color": options.palette.land, "line": {"color": options.palette.muted, "width": 1}}
    return go.Scattergeo(lon=[None], lat=[None], mode="markers", marker=marker, name=label, hoverinfo="skip", showlegend=True)


def _outline_traces(state: MapState, view: Instrument, data: Dataset, loc: Locale, options: Options) -> list[go.BaseTraceType]:
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
    marker = {"symbol": "x-thin", "size": 8, "color": colours.outline, "line": {"color": colours.outline, "width": 2}}
    return [area, _markers([row[0] for row in drawn], world, marker, drawn, label, showlegend=True)]


def _focus_traces(state: MapState, view: Instrument, data: Dataset, loc: Locale) -> list[go.BaseTraceType]:
    world = shapes()
    if not state.country or state.country not in world:
        return []
    status = theme.status_label(view.category(state.country), loc._)
    name = loc._("Selected: {country}").format(country=plain(party_name(data, state.country, loc)))
    marker = {"symbol": "circle-open", "size": 26, "color": theme.FOCUS, "line": {"width": 3, "color": theme.FOCUS}}
    return [_markers([state.country], world, marker, _hover_rows(data, [state.country], status, loc), name, showlegend=True)]


def map_chart(state: MapState, data: Dataset, options: Options) -> Chart:
    """The map of `state` (region, outline, focus) drawn for `options`; legend in words, status never on colour alone."""
    loc = locale(state.lang)
    colours = options.palette
    view = chosen(data, state.statement)
    traces = [
        *_status_traces(state, view, data, loc, options),
        *_outline_traces(state, view, data, loc, options),
        *_focus_traces(state, view, data, loc),
    ]
    geo: dict[str, Any] = {
        "resolution": resolution(state.region),
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
        **(EUROPE_GEO if state.region == "europe" else WORLD_GEO),
    }
    layout = frame("map", options, {"l": 0, "r": 0, "t": 8, "b": 0})
    legend_font = font(options, 22 / 20 if options.medium == "slide" else 1.0)
    legend_place = (
        {"x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"}
        if options.medium == "image"
        else {"x": 0.5, "xanchor": "center", "y": -0.02, "yanchor": "top"}
    )
    layout["legend"] = {"orientation": "h", **legend_place, "font": legend_font, "itemclick": False, "itemdoubleclick": False}
    layout["geo"] = geo
    layout["clickmode"] = "event+select"
    figure = go.Figure(data=traces, layout=layout)
    return chart("map", figure, map_description(data, view, loc, state.country), options)
