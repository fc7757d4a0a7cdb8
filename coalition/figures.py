"""Pure figure builders: each takes the dataset and view options and returns a go.Figure."""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go

from coalition import theme
from coalition.filters import country_status, groups_of, key_intervals, non_endorsing_members, party_name, timeline_view
from coalition.geo import shapes
from coalition.i18n import format_date, localized, translator
from coalition.models import Dataset

FONT = "Source Sans, Source Sans Pro, Helvetica, Arial, sans-serif"
MAP_HEIGHT = 560
TIMELINE_HEIGHT = 520


def _groups_text(dataset: Dataset, iso3: str, lang: str) -> str:
    _ = translator(lang)
    names = [party_name(dataset, g, lang) for g in groups_of(dataset, iso3)]
    return _("Member of: {groups}").format(groups=", ".join(names)) if names else _("Not in the EU or the Council of Europe")


REGIONS = ("world", "europe")


def world_map(
    dataset: Dataset,
    lang: str = "en",
    focus: str | None = None,
    outline: str | None = None,
    region: str = "world",
    dark: bool = False,
) -> go.Figure:
    """Choropleth of the endorsing states by status, a status symbol on each (drawn larger on top for small states), legend in words.

    `focus` (ISO3) rings one country; `outline` (organisation id) outlines its members and shows those that did not endorse.
    """
    _ = translator(lang)
    colours = theme.palette(dark)
    world = shapes()
    outlined = set(dataset.members(outline)) if outline else set()
    fig = go.Figure()
    regular_markers: list[go.Scattergeo] = []
    small_markers: list[go.Scattergeo] = []
    for style in theme.STATUS_STYLES.values():
        isos = [e.party_id for e in dataset.states if country_status(dataset, e.party_id) == style.key]
        if not isos:
            continue
        label = theme.status_label(style.key, _)
        customdata = [[party_name(dataset, iso, lang), label, _groups_text(dataset, iso, lang)] for iso in isos]
        fig.add_trace(
            go.Choropleth(
                locations=isos,
                z=[1] * len(isos),
                locationmode="ISO-3",
                colorscale=[[0, style.colour], [1, style.colour]],
                showscale=False,
                marker_line_color=[
                    theme.FOCUS if iso == focus else colours.outline if iso in outlined else colours.border for iso in isos
                ],
                marker_line_width=[2.5 if iso == focus else 1.2 if iso in outlined else 0.5 for iso in isos],
                customdata=customdata,
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
                name=label,
                legendgroup=style.key,
                showlegend=False,
            )
        )
        # A status symbol on every endorsing state: a second channel besides colour, and a mark on shapes too small to see.
        # Small states' symbols are drawn last, so a neighbour's symbol never covers them (Liechtenstein next to Switzerland).
        marked = [iso for iso in isos if iso in world]
        regular = [iso for iso in marked if not world[iso].is_small]
        small = [iso for iso in marked if world[iso].is_small]
        legend_group = regular or small  # one legend entry per status, on its first non-empty layer
        for group, layer in ((regular, regular_markers), (small, small_markers)):
            if group:
                layer.append(
                    go.Scattergeo(
                        lon=[world[iso].lon for iso in group],
                        lat=[world[iso].lat for iso in group],
                        mode="markers",
                        marker={
                            "symbol": style.symbol,
                            "size": 12 if style.symbol == "star" else 7,
                            "color": style.colour,
                            "line": {"color": colours.border, "width": 1},
                        },
                        customdata=[
                            [iso, party_name(dataset, iso, lang), label, _groups_text(dataset, iso, lang)] for iso in group
                        ],
                        hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
                        name=label,
                        legendgroup=style.key,
                        showlegend=group is legend_group,
                    )
                )
    for trace in (*regular_markers, *small_markers):
        fig.add_trace(trace)
    if outline:
        missing = list(non_endorsing_members(dataset, outline))
        label = _("{organisation} member that did not endorse").format(organisation=party_name(dataset, outline, lang))
        fig.add_trace(
            go.Choropleth(
                locations=missing,
                z=[0] * len(missing),
                locationmode="ISO-3",
                colorscale=[[0, colours.land], [1, colours.land]],
                showscale=False,
                marker_line_color=colours.outline,
                marker_line_width=1.2,
                customdata=[
                    [party_name(dataset, iso, lang), theme.status_label("none", _), _groups_text(dataset, iso, lang)]
                    for iso in missing
                ],
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
                name=label,
                showlegend=False,
            )
        )
        fig.add_trace(
            go.Scattergeo(
                lon=[world[iso].lon for iso in missing if iso in world],
                lat=[world[iso].lat for iso in missing if iso in world],
                mode="markers",
                marker={"symbol": "x-thin", "size": 8, "color": colours.outline, "line": {"color": colours.outline, "width": 2}},
                customdata=[
                    [iso, party_name(dataset, iso, lang), theme.status_label("none", _), _groups_text(dataset, iso, lang)]
                    for iso in missing
                    if iso in world
                ],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
                name=label,
                showlegend=True,
            )
        )
    if focus and focus in world:
        fig.add_trace(
            go.Scattergeo(
                lon=[world[focus].lon],
                lat=[world[focus].lat],
                mode="markers",
                marker={"symbol": "circle-open", "size": 26, "color": theme.FOCUS, "line": {"width": 3, "color": theme.FOCUS}},
                customdata=[
                    [
                        focus,
                        party_name(dataset, focus, lang),
                        theme.status_label(country_status(dataset, focus), _),
                        _groups_text(dataset, focus, lang),
                    ]
                ],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
                name=_("Selected: {country}").format(country=party_name(dataset, focus, lang)),
                showlegend=True,
            )
        )
    fig.update_geos(
        projection_type="natural earth",
        resolution=50,
        showframe=False,
        showcoastlines=False,
        showcountries=True,
        countrycolor=colours.border,
        countrywidth=0.5,
        showland=True,
        landcolor=colours.land,
        showocean=True,
        oceancolor=colours.ocean,
        showlakes=False,
        bgcolor="rgba(0,0,0,0)",
    )
    if region == "europe":
        fig.update_geos(
            projection_type="conic conformal",
            center={"lon": 15, "lat": 53},
            projection_rotation={"lon": 15},
            lonaxis_range=[-25, 45],
            lataxis_range=[33, 71],
        )
    else:
        fig.update_geos(lataxis_range=[-56, 84])
    fig.update_layout(
        height=MAP_HEIGHT,
        margin={"l": 0, "r": 0, "t": 8, "b": 0},
        font={"family": FONT, "size": 15, "color": colours.text},
        legend={
            "orientation": "h",
            "x": 0.5,
            "xanchor": "center",
            "y": -0.02,
            "yanchor": "top",
            "font": {"size": 15},
            "itemclick": False,
            "itemdoubleclick": False,
        },
        paper_bgcolor="rgba(0,0,0,0)",
        clickmode="event+select",
        dragmode=False,
        hoverlabel={"font": {"family": FONT, "size": 15}},
    )
    return fig


def timeline(
    dataset: Dataset,
    lang: str = "en",
    kinds: tuple[str, ...] = (),
    selected: str | None = None,
    whole_period: bool = False,
    dark: bool = False,
) -> go.Figure:
    """Events on a date axis, one lane per kind, coloured by kind and labelled; key intervals annotated."""
    _ = translator(lang)
    colours = theme.palette(dark)
    view = timeline_view(dataset, kinds, selected, whole_period)
    events, start, end = view.events, view.start, view.end
    lanes = [k for k in theme.EVENT_COLOURS if any(e.kind == k for e in events)]
    fig = go.Figure()
    for kind in lanes:
        of_kind = [e for e in events if e.kind == kind]
        label = theme.event_kind_label(kind, _)
        for event in of_kind:
            if event.end_date:
                fig.add_trace(
                    go.Scatter(
                        x=[event.date, event.end_date],
                        y=[label, label],
                        mode="lines",
                        line={"color": theme.EVENT_COLOURS[kind], "width": 8},
                        hoverinfo="skip",
                        showlegend=False,
                    )
                )
        fig.add_trace(
            go.Scatter(
                x=[e.date for e in of_kind],
                y=[label] * len(of_kind),
                mode="markers+text",
                text=[localized(e, "label", lang) for e in of_kind],
                textposition="top center",
                textfont={"size": 14, "color": colours.text},
                marker={
                    "size": [20 if e.event_id == selected else 13 for e in of_kind],
                    "color": theme.EVENT_COLOURS[kind],
                    "symbol": "diamond" if kind == "negotiation_round" else "circle",
                    "line": {
                        "color": [theme.FOCUS if e.event_id == selected else colours.border for e in of_kind],
                        "width": [3 if e.event_id == selected else 1 for e in of_kind],
                    },
                },
                customdata=[
                    [e.event_id, localized(e, "title", lang), format_date(e.date, lang), localized(e, "outcome", lang)]
                    for e in of_kind
                ],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
                name=label,
                cliponaxis=False,
            )
        )
    for level, interval in enumerate(key_intervals(dataset)):
        if interval.start not in events or interval.end not in events:
            continue
        y = 1.04 + 0.08 * level
        fig.add_shape(
            type="line",
            xref="x",
            yref="paper",
            x0=interval.start.date,
            x1=interval.end.date,
            y0=y,
            y1=y,
            line={"color": colours.muted, "width": 2},
        )
        for x in (interval.start.date, interval.end.date):
            fig.add_shape(
                type="line",
                xref="x",
                yref="paper",
                x0=x,
                x1=x,
                y0=y - 0.02,
                y1=y + 0.02,
                line={"color": colours.muted, "width": 2},
            )
        fig.add_annotation(
            x=interval.start.date + (interval.end.date - interval.start.date) / 2,
            y=y + 0.005,
            xref="x",
            yref="paper",
            yanchor="bottom",
            showarrow=False,
            text=_("{days} days from “{start}” to “{end}”").format(
                days=interval.days, start=localized(interval.start, "label", lang), end=localized(interval.end, "label", lang)
            ),
            font={"size": 13, "color": colours.muted},
        )
    fig.update_layout(
        height=TIMELINE_HEIGHT,
        margin={"l": 10, "r": 30, "t": 80, "b": 40},
        font={"family": FONT, "size": 15, "color": colours.text},
        showlegend=False,
        plot_bgcolor=colours.plot,
        paper_bgcolor="rgba(0,0,0,0)",
        xaxis={"type": "date", "range": [start, end], "gridcolor": colours.grid, **_date_ticks(start, end, lang)},
        yaxis={
            "categoryorder": "array",
            "categoryarray": [theme.event_kind_label(k, _) for k in reversed(lanes)],
            "gridcolor": colours.grid,
            "automargin": True,
        },
        clickmode="event+select",
        dragmode=False,
        hoverlabel={"font": {"family": FONT, "size": 15}},
    )
    return fig


def _date_ticks(start: dt.date, end: dt.date, lang: str) -> dict[str, object]:
    """Tick positions and labels formatted by Babel, so the axis speaks the interface language."""
    days = (end - start).days
    if days <= 200:
        ticks = [start + dt.timedelta(days=d) for d in range(0, days + 1) if (start + dt.timedelta(days=d)).day in (1, 15)]
        labels = [format_date(t, lang, "d MMM") for t in ticks]
    else:
        ticks = [
            dt.date(y, m, 1) for y in range(start.year, end.year + 1) for m in (1, 4, 7, 10) if start <= dt.date(y, m, 1) <= end
        ]
        labels = [format_date(t, lang, "LLL y") for t in ticks]
    return {"tickvals": ticks, "ticktext": labels}
