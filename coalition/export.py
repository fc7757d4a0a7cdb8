"""Exports of every view: rows as CSV/JSON, charts as PNG/SVG/standalone HTML, the data package as a zip, citations.

Everything here works offline: kaleido drives the local Chromium, map shapes come from static/topojson.
"""

from __future__ import annotations

import html
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from coalition import theme
from coalition.figures import FONT, timeline, world_map
from coalition.filters import country_status, filter_events, groups_of, party_name, search_quotes
from coalition.geo import TOPOJSON_DIR, WORLD
from coalition.i18n import format_date, localized, translator
from coalition.models import Dataset
from coalition.text import headline

VIEWS = ("map", "timeline", "quotes")
ROW_COLUMNS = {
    "map": ["position", "party_id", "name", "published_name", "party_kind", "status", "eu_member", "coe_member", "source_url"],
    "timeline": ["event_id", "date", "end_date", "kind", "title", "place", "outcome", "source_url"],
    "quotes": [
        "quote_id",
        "date",
        "speaker",
        "role_verified",
        "role_as_published",
        "organisation",
        "attribution",
        "language",
        "text",
        "source_url",
    ],
}
FORMATS = ("png", "svg", "html", "csv", "json")
IMAGE_SIZE = {"map": (1600, 1000), "timeline": (1600, 900)}


@dataclass(frozen=True)
class ViewState:
    """What a person chose on a view; the same fields as the URL parameters."""

    view: str
    lang: str = "en"
    country: str | None = None
    outline: str | None = None
    region: str = "world"
    kinds: tuple[str, ...] = ()
    event: str | None = None
    whole_period: bool = False
    q: str = ""
    speakers: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


def view_title(dataset: Dataset, state: ViewState) -> str:
    _ = translator(state.lang)
    titles = {
        "map": headline(dataset, state.lang),
        "timeline": _("From the Istanbul talks to the statement of {date}").format(
            date=format_date(dataset.statement.date, state.lang)
        ),
        "quotes": _("What officials said"),
    }
    return titles[state.view]


def credit_line(dataset: Dataset, lang: str = "en") -> str:
    """One line naming the source, the licence and the date of the data."""
    _ = translator(lang)
    primary = dataset.source(dataset.statement.source_id)
    published = format_date(primary.published, lang) if primary.published else ""
    return _(
        "Source: {publisher}, {published}; compiled by the coalition statement dashboard · Licence: {license} · Data as of {date}"
    ).format(
        publisher=primary.publisher, published=published, license=dataset.license_label, date=format_date(dataset.created, lang)
    )


def view_figure(dataset: Dataset, state: ViewState) -> go.Figure:
    if state.view == "map":
        return world_map(dataset, state.lang, focus=state.country, outline=state.outline, region=state.region)
    if state.view == "timeline":
        return timeline(dataset, state.lang, state.kinds, state.event, state.whole_period)
    raise ValueError(f"the {state.view} view has no chart")


def titled(fig: go.Figure, title: str, credit: str) -> go.Figure:
    """The chart as published: title on top, source, licence and date at the bottom."""
    out = go.Figure(fig)
    top = max(int(out.layout.margin.t or 0), 20) + 110
    bottom = max(int(out.layout.margin.b or 0), 20) + 50
    out.update_layout(
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"},
        title={
            "text": title,
            "x": 0.02,
            "xanchor": "left",
            "y": 0.98,
            "yanchor": "top",
            "font": {"family": FONT, "size": 26, "color": theme.LIGHT.text},
        },
        margin={"t": top, "b": bottom, "l": 30, "r": 30},
        paper_bgcolor="#FFFFFF",
    )
    out.add_annotation(
        text=credit,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-bottom + 12,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font={"size": 14, "color": theme.LIGHT.muted},
    )
    return out


def _use_local_topojson() -> None:
    pio.defaults.topojson = TOPOJSON_DIR.resolve().as_uri() + "/"


def to_image(fig: go.Figure, fmt: str, width: int, height: int, scale: float = 1.0) -> bytes:
    """PNG or SVG through kaleido and the local Chromium; map shapes from the local topojson."""
    _use_local_topojson()
    return bytes(pio.to_image(fig, format=fmt, width=width, height=height, scale=scale))


def to_html(fig: go.Figure, title: str) -> str:
    """A standalone page: plotly.js and the world shapes inlined, so it draws from file:// with no network."""
    page: str = fig.to_html(
        full_html=True,
        include_plotlyjs=True,
        config={"displaylogo": False, "responsive": True, "topojsonURL": "./"},
        default_width="100%",
        default_height="100vh",
    )
    has_map = any(trace.type in ("choropleth", "scattergeo") for trace in fig.data)
    shapes = WORLD.read_text(encoding="utf-8") if has_map else ""
    preload = (
        f"<script>window.PlotlyGeoAssets = {{topojson: {{{json.dumps(WORLD.stem)}: {shapes}}}}};</script>" if has_map else ""
    )
    return page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>\n{preload}", 1)


def view_rows(dataset: Dataset, state: ViewState) -> pd.DataFrame:
    """The rows behind a view as currently filtered, with stable English column names (a header even with no rows)."""
    return pd.DataFrame(_records(dataset, state), columns=ROW_COLUMNS[state.view])


def _records(dataset: Dataset, state: ViewState) -> list[dict[str, object]]:
    lang = state.lang
    if state.view == "map":
        return [
            {
                "position": e.position,
                "party_id": e.party_id,
                "name": party_name(dataset, e.party_id, lang),
                "published_name": e.published_name,
                "party_kind": e.party_kind,
                "status": country_status(dataset, e.party_id) if e.party_kind == "state" else e.status,
                "eu_member": "EU" in groups_of(dataset, e.party_id),
                "coe_member": "COE" in groups_of(dataset, e.party_id),
                "source_url": dataset.source(e.source_id).url,
            }
            for e in dataset.endorsements
        ]
    if state.view == "timeline":
        return [
            {
                "event_id": e.event_id,
                "date": e.date.isoformat(),
                "end_date": e.end_date.isoformat() if e.end_date else "",
                "kind": e.kind,
                "title": localized(e, "title", lang),
                "place": localized(e, "place", lang),
                "outcome": localized(e, "outcome", lang),
                "source_url": dataset.source(e.source_id).url,
            }
            for e in filter_events(dataset, state.kinds)
        ]
    return [
        {
            "quote_id": q.quote_id,
            "date": q.date.isoformat(),
            "speaker": q.speaker,
            "role_verified": localized(q, "role_verified", lang),
            "role_as_published": q.role_as_published,
            "organisation": q.organisation,
            "attribution": q.attribution,
            "language": q.language,
            "text": q.text,
            "source_url": dataset.source(q.source_id).url,
        }
        for q in search_quotes(dataset, state.q, state.speakers, state.organisations)
    ]


def rows_csv(rows: pd.DataFrame) -> bytes:
    return rows.to_csv(index=False).encode("utf-8")


def rows_json(rows: pd.DataFrame, dataset: Dataset, state: ViewState, view_url: str = "") -> bytes:
    document: dict[str, Any] = {
        "title": view_title(dataset, state),
        "credit": credit_line(dataset, state.lang),
        "license": dataset.license,
        "data_as_of": dataset.created.isoformat(),
        "view_url": view_url,
        "rows": rows.to_dict(orient="records"),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def data_package_zip(dataset: Dataset) -> bytes:
    """The whole data package (descriptor, CSVs, archived sources) as a zip."""
    buffer = io.BytesIO()
    base = dataset.path
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            archive.write(path, str(Path("data") / path.relative_to(base)))
    return buffer.getvalue()


def export(dataset: Dataset, state: ViewState, fmt: str, view_url: str = "") -> bytes:
    """One export of a view in one format."""
    if fmt in ("csv", "json"):
        rows = view_rows(dataset, state)
        return rows_csv(rows) if fmt == "csv" else rows_json(rows, dataset, state, view_url)
    figure = titled(view_figure(dataset, state), view_title(dataset, state), credit_line(dataset, state.lang))
    if fmt == "html":
        return to_html(figure, view_title(dataset, state)).encode("utf-8")
    width, height = IMAGE_SIZE[state.view]
    return to_image(figure, fmt, width, height)


@dataclass(frozen=True)
class Citation:
    text: str
    bibtex: str


def citation(dataset: Dataset, view_url: str, lang: str = "en", accessed: str = "") -> Citation:
    """Plain-text and BibTeX citations naming the dataset, its version and date, the view's URL and the original source."""
    _ = translator(lang)
    primary = dataset.source(dataset.statement.source_id)
    year = dataset.created.year
    text = _(
        "Coalition statement dashboard ({year}). “{title}”, dataset version {version} of {date}. {url}. Original source: {publisher}, “{source_title}”, {published}, {source_url}. Licence: {license}."
    ).format(
        year=year,
        title=dataset.title,
        version=dataset.version,
        date=format_date(dataset.created, lang),
        url=view_url,
        publisher=primary.publisher,
        source_title=primary.title,
        published=format_date(primary.published, lang) if primary.published else "",
        source_url=primary.url,
        license=dataset.license_label,
    )
    key = f"coalition-statement-{dataset.statement.date.isoformat()}-v{dataset.version}".replace(".", "-")
    bibtex = "\n".join(
        [
            f"@misc{{{key},",
            f"  title        = {{{{{dataset.title}}}}},",
            "  author       = {{Coalition statement dashboard}},",
            f"  year         = {{{year}}},",
            f"  version      = {{{dataset.version}}},",
            f"  date         = {{{dataset.created.isoformat()}}},",
            f"  url          = {{{view_url}}},",
            f"  note         = {{Original source: {primary.publisher}, ``{primary.title}'', {primary.published.isoformat() if primary.published else ''}, {primary.url}. Licence: {dataset.license_label}}},",
            "}",
        ]
    )
    return Citation(text, bibtex)
