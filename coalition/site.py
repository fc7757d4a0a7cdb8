"""A static site of every embeddable view, for CDN scale: one HTML page per view and language sharing one copy of
plotly.js and the map shapes, each with a PNG fallback, a text description, the credit and its data; an index.

`python -m coalition export site -o DIR [--base-url URL]`; nginx serves DIR at /site/ (deploy/). A page works with
no server behind it, so an embed of it cannot break under a spike.
"""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import kaleido
from plotly.offline import get_plotlyjs

from coalition.export import image_chart, rows_csv, to_image, view_rows
from coalition.figures import Options, build
from coalition.figures.frame import BREAKPOINT
from coalition.filters import party_name
from coalition.geo import TOPOJSON_DIR
from coalition.i18n import LANGUAGES, Locale, locale
from coalition.models import Dataset
from coalition.positions import history
from coalition.standalone import script_json
from coalition.text import credit_line, view_title
from coalition.theme import STATUS_MARKS, status_label
from coalition.viewstate import CompareState, MapState, TimelineState, TrendsState, ViewState, url

STYLE = """
*{box-sizing:border-box}body{margin:0;padding:12px 16px;font-family:"Source Sans 3","Source Sans Pro","Segoe UI",Helvetica,Arial,sans-serif;
color:#0b0d10;background:#fff;line-height:1.4}h1{font-size:clamp(1.1rem,3.5vw,1.6rem);margin:0 0 8px}.chart{width:100%}
.credit{font-size:.85rem;color:#4a5361}.credit a{color:#0050a8}details{font-size:.9rem;margin-top:6px}
ul.card{padding-left:1.2em}li{margin:2px 0}
"""


# Draws the page's figure in the layout the window's width asks for (the app's breakpoint), again when that changes;
# a file, not an inline script, so the pages run under a strict Content-Security-Policy.
SCRIPT = """const figures = JSON.parse(document.getElementById("figure").textContent);
const shapes = document.currentScript.dataset.topojson;
const narrow = window.matchMedia("(max-width: BREAKPOINT_PXpx)");
const draw = () => {
  const figure = figures[narrow.matches ? "narrow" : "wide"];
  document.getElementById("chart").style.height = figure.layout.height + "px";
  Plotly.react("chart", figure.data, figure.layout, {displaylogo: false, showSendToCloud: false, responsive: true, topojsonURL: shapes});
};
narrow.addEventListener("change", draw);
draw();
""".replace("BREAKPOINT_PX", str(BREAKPOINT - 1))


@dataclass(frozen=True)
class Page:
    """One page of the site: where it goes, the state it shows (None for a country card), and for a card its ISO3."""

    path: str
    state: ViewState
    iso3: str = ""


def site_path(state: ViewState) -> str | None:
    """The static page that shows `state`, if the site has one (default views, and each statement's map)."""
    featured_default = {
        TimelineState(state.lang, state.statement),
        CompareState(state.lang, state.statement),
        TrendsState(state.lang, state.statement),
    }
    if isinstance(state, MapState) and state == MapState(state.lang, state.statement):
        return f"{state.lang}/map/{state.statement or 'featured'}.html"
    if state in featured_default and not state.statement:
        return f"{state.lang}/{state.page}.html"
    return None


def pages(data: Dataset) -> Iterator[Page]:
    """Every page: each statement's map, the timeline, the compare grid, the series; every named state's card."""
    states = sorted({p.party_id for p in data.positions if p.party_kind == "state"})
    for lang in LANGUAGES:
        for statement in data.statements:
            state = MapState(lang, "" if statement == data.statement else statement.statement_id)
            yield Page(str(site_path(state)), state)
        for view in (TimelineState(lang), CompareState(lang), TrendsState(lang)):
            yield Page(str(site_path(view)), view)
        for iso3 in states:
            yield Page(f"{lang}/country/{iso3}.html", MapState(lang, country=iso3), iso3)


def _card(data: Dataset, iso3: str, loc: Locale) -> str:
    """A state's dossier as HTML: its position in every instrument, oldest first."""
    items = "".join(
        f"<li>{html.escape(loc.date(s.date, 'medium'))} · {html.escape(loc.text(s, 'short_title'))}: "
        f"{STATUS_MARKS[category]} {html.escape(status_label(category, loc._))}</li>"
        for s, _, category in history(data, iso3)
    )
    return f'<ul class="card">{items}</ul>'


def _page(data: Dataset, page: Page, base_url: str, depth: int) -> str:
    loc = locale(page.state.lang)
    up = "../" * depth
    title = party_name(data, page.iso3, loc) if page.iso3 else view_title(data, page.state, loc)
    credit = credit_line(data, loc, page.state.statement)
    live = url(page.state, base_url) if base_url else ""
    # Words outside the f-strings, where the catalogue's extractor finds them.
    _ = loc._
    full_view, image, rows, described = _("Open the full view"), _("Image (PNG)"), _("Data (CSV)"), _("Text description")
    links = [f'<a href="{html.escape(live)}">{html.escape(full_view)}</a>'] if live else []
    if page.iso3:
        body, description = _card(data, page.iso3, loc), title
    else:
        chart = build(page.state, data, Options(medium="embed"))
        narrow = build(page.state, data, Options(medium="embed", narrow=True))
        figures = {"wide": json.loads(chart.figure.to_json()), "narrow": json.loads(narrow.figure.to_json())}
        name = Path(page.path).stem
        body = (
            f'<div class="chart" id="chart" role="img" aria-label="{html.escape(chart.alt_text)}" style="height:{chart.height}px"></div>'
            f'<noscript><img src="{name}.png" alt="{html.escape(chart.alt_text)}" width="100%"></noscript>'
            f'<script type="application/json" id="figure">{script_json(figures)}</script>'
        )
        description = chart.alt_text
        links += [
            f'<a href="{name}.png">{html.escape(image)}</a>',
            f'<a href="{name}.csv">{html.escape(rows)}</a>',
        ]
    script = (
        f'<script src="{up}assets/plotly.min.js"></script><script src="{up}assets/site.js" data-topojson="{up}assets/topojson/"></script>'
        if not page.iso3
        else ""
    )
    return (
        f'<!doctype html>\n<html lang="{page.state.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{html.escape(title)}</title>\n<meta name="description" content="{html.escape(description[:300])}">\n'
        f'<link rel="stylesheet" href="{up}assets/site.css">\n</head>\n<body>\n<h1>{html.escape(title)}</h1>\n{body}\n'
        f'<p class="credit">{html.escape(credit)} · {" · ".join(links)}</p>\n'
        f"<details><summary>{html.escape(described)}</summary><p>{html.escape(description)}</p></details>\n"
        f"{script}\n</body>\n</html>\n"
    )


def _index(data: Dataset, written: list[Page]) -> str:
    items = "".join(f'<li><a href="{html.escape(p.path)}">{html.escape(p.path)}</a></li>' for p in written)
    return (
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{html.escape(data.title)}</title><link rel="stylesheet" href="assets/site.css"></head>\n'
        f'<body><h1>{html.escape(data.title)}</h1><p><a href="data/datapackage.json">datapackage.json</a></p><ul>{items}</ul></body></html>\n'
    )


def write_site(data: Dataset, out: Path, base_url: str = "", images: bool = True) -> list[Path]:
    """Write the site into `out` (created); returns the pages written. PNGs need Chromium (kaleido)."""
    (out / "assets" / "topojson").mkdir(parents=True, exist_ok=True)
    (out / "assets" / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    (out / "assets" / "site.css").write_text(STYLE, encoding="utf-8")
    (out / "assets" / "site.js").write_text(SCRIPT, encoding="utf-8")
    for shapes in TOPOJSON_DIR.glob("*.json"):
        shutil.copyfile(shapes, out / "assets" / "topojson" / shapes.name)
    shutil.copytree(data.path, out / "data", dirs_exist_ok=True, ignore=shutil.ignore_patterns("drafts"))
    written: list[Page] = []
    if images:
        kaleido.start_sync_server(silence_warnings=True)
    try:
        for page in pages(data):
            target = out / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_page(data, page, base_url, page.path.count("/")), encoding="utf-8")
            if not page.iso3:
                target.with_suffix(".csv").write_bytes(rows_csv(view_rows(data, page.state)))
                if images:
                    target.with_suffix(".png").write_bytes(to_image(image_chart(data, page.state), "png"))
            written.append(page)
    finally:
        if images:
            kaleido.stop_sync_server(silence_warnings=True)
    (out / "index.html").write_text(_index(data, written), encoding="utf-8")
    return [out / p.path for p in written]
