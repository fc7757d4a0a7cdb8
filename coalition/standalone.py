"""The standalone HTML export of a view's chart: one file that opens from disk, on a phone or a laptop, with no network."""

from __future__ import annotations

import html
import json

from plotly.offline import get_plotlyjs

from coalition.figures import Options, build
from coalition.figures.frame import BREAKPOINT
from coalition.geo import preload_script
from coalition.i18n import locale
from coalition.models import Dataset
from coalition.text import credit_line, view_title
from coalition.viewstate import ViewState

STANDALONE_STYLE = (
    "body{margin:0;padding:16px;background:#fff;color:#0b0d10;"
    "font-family:'Source Sans 3','Source Sans Pro','Segoe UI',Helvetica,Arial,sans-serif}"
    "h1{font-size:clamp(1.2rem,1rem + 1.5vw,1.8rem);line-height:1.2;margin:0 0 12px;overflow-wrap:break-word}"
    "#chart{width:100%}p{font-size:0.9rem;line-height:1.4;margin:8px 0;overflow-wrap:break-word}.description{color:#4a5361}"
)
# The layout the window's width asks for: the same breakpoint as the app's pages (coalition.figures.frame.BREAKPOINT).
STANDALONE_SCRIPT = """
const figures = JSON.parse(document.getElementById('figures').textContent);
const narrow = window.matchMedia('(max-width: BREAKPOINT_PXpx)');
const draw = () => {
  const figure = figures[narrow.matches ? 'narrow' : 'wide'];
  Plotly.react('chart', figure.data, figure.layout, {displaylogo: false, showSendToCloud: false, responsive: true, topojsonURL: './'});
};
narrow.addEventListener('change', draw);
draw();
""".replace("BREAKPOINT_PX", str(BREAKPOINT - 1))


def script_json(value: object) -> str:
    """JSON that can sit inside an HTML <script> element: no text can close the element or open a comment."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(dataset: Dataset, state: ViewState) -> str:
    """A standalone page of the view's chart: charset first, the interface language, the title and the credit as text
    that wraps on a phone, the chart in its wide or narrow layout as the window asks, and its text description.
    plotly.js and the world shapes are inlined, so it draws from file:// with no network."""
    loc = locale(state.lang)
    title, credit = html.escape(view_title(dataset, state, loc)), html.escape(credit_line(dataset, loc, state.statement))
    charts = {name: build(state, dataset, Options(narrow=name == "narrow")) for name in ("wide", "narrow")}
    alt = html.escape(charts["wide"].alt_text, quote=True)
    figures = script_json({name: json.loads(c.figure.to_json()) for name, c in charts.items()})
    maps = [c.figure.layout.geo.resolution for c in charts.values() if c.figure.layout.geo.resolution]
    shapes = f"{preload_script(maps)}\n" if maps else ""
    return (
        f'<!doctype html>\n<html lang="{html.escape(state.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{title}</title>\n<meta name="description" content="{alt}">\n<style>{STANDALONE_STYLE}</style>\n</head>\n'
        f'<body>\n<h1>{title}</h1>\n<div id="chart" role="img" aria-label="{alt}"></div>\n'
        f'<p class="credit">{credit}</p>\n<p class="description">{alt}</p>\n'
        f"{shapes}<script>{get_plotlyjs()}</script>\n"
        f'<script type="application/json" id="figures">{figures}</script>\n<script>{STANDALONE_SCRIPT}</script>\n'
        "</body>\n</html>\n"
    )
