"""Exports of every view: rows as CSV/JSON, charts as PNG/SVG/standalone HTML, the data package as a zip.

Everything works offline: kaleido drives the local Chromium and the map shapes come from static/topojson.
"""

from __future__ import annotations

import codecs
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import kaleido
import pandas as pd

from coalition import standalone, svgmap
from coalition.compare import matrix
from coalition.figures import Chart, Options, build
from coalition.filters import filter_events, groups_of, party_name, search_quotes
from coalition.geo import TOPOJSON_DIR
from coalition.i18n import locale
from coalition.models import Dataset
from coalition.positions import chosen, instrument
from coalition.text import credit_line, view_title
from coalition.trends import points, shown_series
from coalition.viewstate import CompareState, MapState, QuotesState, TimelineState, TrendsState, ViewState

CHART_FORMATS = ("png", "svg", "html")
ROW_FORMATS = ("csv", "json")
FORMATS = (*CHART_FORMATS, *ROW_FORMATS)
MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
    "csv": "text/csv",
    "json": "application/json",
}
ROW_COLUMNS = {
    "map": [
        "statement_id",
        "list_order",
        "party_id",
        "name",
        "published_name",
        "party_kind",
        "position",
        "since",
        "confidence",
        "inferred_reason",
        "dispute",
        "eu_member",
        "coe_member",
        "source_url",
    ],
    "timeline": ["event_id", "date", "end_date", "kind", "title", "place", "outcome", "source_url"],
    "compare": [
        "party_id",
        "name",
        "statement_id",
        "statement",
        "date",
        "list_status",
        "category",
        "confidence",
        "inferred",
        "source_url",
    ],
    "trends": [
        "series_id",
        "series",
        "figure_id",
        "as_of",
        "value",
        "qualifier",
        "confidence",
        "publisher",
        "source_url",
        "note",
    ],
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


def image_chart(dataset: Dataset, state: ViewState) -> Chart:
    """The chart as published: title on top; source, licence and date at the bottom; light theme; fixed size."""
    loc = locale(state.lang)
    options = Options(medium="image", title=view_title(dataset, state, loc), credit=credit_line(dataset, loc, state.statement))
    return build(state, dataset, options)


def to_image(chart: Chart, fmt: str, scale: float = 1.0) -> bytes:
    """PNG or SVG through kaleido and the local Chromium; map shapes from the local topojson, never a CDN. A map's SVG
    keeps only the outlines that show, simplified (coalition.svgmap), so that a CMS takes it."""
    options = {"format": fmt, "width": chart.width, "height": chart.height, "scale": scale}
    topojson = TOPOJSON_DIR.resolve().as_uri() + "/"
    image = bytes(kaleido.calc_fig_sync(chart.figure.to_dict(), opts=options, topojson=topojson))
    return svgmap.slim(image) if fmt == "svg" else image


def view_rows(dataset: Dataset, state: ViewState) -> pd.DataFrame:
    """The rows behind a view as currently filtered, with stable English column names (a header even with no rows)."""
    return pd.DataFrame(_records(dataset, state), columns=ROW_COLUMNS[state.page])


def _records(dataset: Dataset, state: ViewState) -> list[dict[str, object]]:
    loc = locale(state.lang)
    if isinstance(state, MapState):
        view = chosen(dataset, state.statement)
        return [
            {
                "statement_id": view.statement.statement_id,
                "list_order": p.list_order,
                "party_id": p.party_id,
                "name": party_name(dataset, p.party_id, loc),
                "published_name": p.published_name,
                "party_kind": p.party_kind,
                "position": p.position,
                "since": (p.date or view.statement.date).isoformat(),
                "confidence": p.confidence,
                "inferred_reason": p.inferred_reason if p.inferred else "",
                "dispute": p.dispute,
                "eu_member": "EU" in groups_of(dataset, p.party_id),
                "coe_member": "COE" in groups_of(dataset, p.party_id),
                "source_url": dataset.source(p.source_id).url,
            }
            for p in view.positions
        ]
    if isinstance(state, TimelineState):
        return [
            {
                "event_id": e.event_id,
                "date": e.date.isoformat(),
                "end_date": e.end_date.isoformat() if e.end_date else "",
                "kind": e.kind,
                "title": loc.text(e, "title"),
                "place": loc.text(e, "place"),
                "outcome": loc.text(e, "outcome"),
                "source_url": dataset.source(e.source_id).url,
            }
            for e in filter_events(dataset, state.kinds)
        ]
    if isinstance(state, QuotesState):
        return [
            {
                "quote_id": q.quote_id,
                "date": q.date.isoformat(),
                "speaker": q.speaker,
                "role_verified": loc.text(q, "role_verified"),
                "role_as_published": q.role_as_published,
                "organisation": q.organisation,
                "attribution": q.attribution,
                "language": q.language,
                "text": q.text,
                "source_url": dataset.source(q.source_id).url,
            }
            for q in search_quotes(dataset, state.q, state.speakers, state.organisations)
            if not state.quote or q.quote_id == state.quote
        ]
    if isinstance(state, CompareState):
        return _compare_records(dataset, state)
    if isinstance(state, TrendsState):
        return _trends_records(dataset, state)
    raise ValueError(f"the {state.page} view has no rows to export")


def _compare_records(dataset: Dataset, state: CompareState) -> list[dict[str, object]]:
    """One row per state and instrument, in the grid's order (long form: easy to pivot)."""
    loc = locale(state.lang)
    grid = matrix(dataset, state.group, state.changed)
    rows = []
    for iso in grid.states:
        for column in grid.columns:
            position = instrument(dataset, column.statement.statement_id).position(iso)
            rows.append(
                {
                    "party_id": iso,
                    "name": party_name(dataset, iso, loc),
                    "statement_id": column.statement.statement_id,
                    "statement": loc.text(column.statement, "short_title"),
                    "date": column.statement.date.isoformat(),
                    "list_status": column.statement.list_status,
                    "category": grid.cell(iso, column.statement.statement_id),
                    "confidence": position.confidence if position else "",
                    "inferred": position.inferred if position else False,
                    "source_url": dataset.source(position.source_id).url if position else "",
                }
            )
    return rows


def _trends_records(dataset: Dataset, state: TrendsState) -> list[dict[str, object]]:
    """Every dated value of the series shown, series by series, oldest first."""
    loc = locale(state.lang)
    return [
        {
            "series_id": series.series_id,
            "series": loc.text(series, "label"),
            "figure_id": f.figure_id,
            "as_of": f.as_of.isoformat() if f.as_of else "",
            "value": f.value,
            "qualifier": f.qualifier,
            "confidence": f.confidence,
            "publisher": dataset.source(f.source_id).publisher,
            "source_url": dataset.source(f.source_id).url,
            "note": loc.text(f, "note"),
        }
        for series in shown_series(dataset, state.series)
        for f in points(dataset, series.series_id)
    ]


# A cell a spreadsheet would run as a formula starts with one of these (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that a spreadsheet would read as a formula, prefixed with ' (shown as text); others unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def rows_csv(rows: pd.DataFrame, bom: bool = False) -> bytes:
    """The rows as UTF-8 CSV, every text cell safe in a spreadsheet (JSON keeps the raw values); `bom` puts a byte
    order mark first, which Excel and LibreOffice need to read it as UTF-8."""
    return (codecs.BOM_UTF8 if bom else b"") + rows.map(spreadsheet_safe).to_csv(index=False).encode("utf-8")


def rows_json(rows: pd.DataFrame, dataset: Dataset, state: ViewState, view_url: str = "") -> bytes:
    loc = locale(state.lang)
    document: dict[str, Any] = {
        "title": view_title(dataset, state, loc),
        "credit": credit_line(dataset, loc, state.statement),
        "license": dataset.license,
        "data_as_of": dataset.created.isoformat(),
        "view_url": view_url,
        "rows": rows.to_dict(orient="records"),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def data_package_zip(dataset: Dataset) -> bytes:
    """The whole data package (descriptor, CSVs, archived sources) as a zip; unreviewed drafts are left out."""
    buffer = io.BytesIO()
    base = dataset.path
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "drafts" not in p.relative_to(base).parts):
            archive.write(path, str(Path("data") / path.relative_to(base)))
    return buffer.getvalue()


def export(dataset: Dataset, state: ViewState, fmt: str, view_url: str = "") -> bytes:
    """One export of a view in one format (see FORMATS); ValueError for a chart format of a view without a chart."""
    if fmt in ROW_FORMATS:
        rows = view_rows(dataset, state)
        return rows_csv(rows) if fmt == "csv" else rows_json(rows, dataset, state, view_url)
    if fmt == "html":
        return standalone.page(dataset, state).encode("utf-8")
    return to_image(image_chart(dataset, state), fmt)
