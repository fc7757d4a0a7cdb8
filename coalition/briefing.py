"""The offline briefing pack: the presenter's deck as one self-contained HTML file, and as a PDF printed by Chromium."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from plotly.offline import get_plotlyjs

from coalition.deck import build_deck
from coalition.figures import Options, build
from coalition.geo import preload_script
from coalition.i18n import locale
from coalition.models import Dataset
from coalition.standalone import script_json
from coalition.text import credit_line
from coalition.viewstate import PresentState

SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720
# Flags for Debian's Chromium in a sandboxed machine with no network; the browser tests use them too.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; background: #0b0d10; font-family: "Source Sans 3", "Source Sans Pro", "Segoe UI", Helvetica, Arial, sans-serif; }
main { position: relative; width: 100vw; height: 100vh; overflow: hidden; }
.slide { position: absolute; inset: 0; margin: auto; width: 1280px; height: 720px; max-width: 100vw; max-height: 100vh; padding: 40px 56px 64px;
  background: #ffffff; color: #0b0d10; opacity: 0; pointer-events: none; display: flex; flex-direction: column; gap: 14px; }
.slide.active { opacity: 1; pointer-events: auto; }
h1 { font-size: 52px; line-height: 1.1; margin: 0; }
.line { font-size: 28px; margin: 0; }
.numbers { display: flex; gap: 40px; margin-top: 24px; }
.numbers div { flex: 1; }
.numbers b { display: block; font-size: 76px; color: #0057b7; line-height: 1.05; }
.numbers span { font-size: 26px; }
blockquote { font-size: 34px; line-height: 1.3; margin: 0; }
.content { flex: 1 1 auto; min-height: 0; overflow: hidden; display: flex; flex-direction: column; gap: 14px; }
.chart { width: 1180px; flex: none; }
.notes { display: none; flex: 0 1 auto; max-height: 45%; overflow: auto; font-size: 22px; border-top: 2px solid #c9d1dc; padding-top: 12px; }
body.show-notes .notes { display: block; }
footer { flex: none; display: flex; justify-content: space-between; font-size: 16px; color: #4a5361; }
nav { position: fixed; right: 16px; bottom: 12px; display: flex; gap: 8px; z-index: 2; }
nav button { font-size: 18px; padding: 6px 14px; border-radius: 6px; border: 1px solid #c9d1dc; background: #fff; cursor: pointer; }
@media print {
  @page { size: 1280px 720px; margin: 0; }
  html, body, main { background: #fff; height: auto; overflow: visible; }
  main { width: auto; }
  .slide { position: relative; opacity: 1; inset: auto; margin: 0; max-width: none; max-height: none; break-after: page; page-break-after: always; }
  .slide:last-child { break-after: auto; page-break-after: auto; }
  nav { display: none; }
}
"""

SCRIPT = """
const slides = Array.from(document.querySelectorAll('.slide'));
let current = 0;
function show(index) {
  current = Math.max(0, Math.min(slides.length - 1, index));
  slides.forEach((slide, i) => { slide.classList.toggle('active', i === current); slide.setAttribute('aria-hidden', i !== current); });
  document.getElementById('counter').textContent = (current + 1) + ' / ' + slides.length;
  history.replaceState(null, '', '#slide-' + (current + 1));
}
document.addEventListener('keydown', (event) => {
  if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(event.key)) { event.preventDefault(); show(current + 1); }
  if (['ArrowLeft', 'PageUp', 'Backspace'].includes(event.key)) { event.preventDefault(); show(current - 1); }
  if (event.key === 'Home') show(0);
  if (event.key === 'End') show(slides.length - 1);
  if (event.key === 'n') document.body.classList.toggle('show-notes');
});
document.getElementById('prev').addEventListener('click', () => show(current - 1));
document.getElementById('next').addEventListener('click', () => show(current + 1));
document.querySelector('main').addEventListener('click', (event) => { if (!event.target.closest('.chart')) show(current + 1); });
for (const [id, figure] of Object.entries(JSON.parse(document.getElementById('figures').textContent))) {
  Plotly.newPlot(id, figure.data, figure.layout, {displaylogo: false, staticPlot: true, topojsonURL: './'});
}
const start = parseInt((location.hash.match(/slide-(\\d+)/) || [])[1] || '1', 10) - 1;
show(Number.isNaN(start) ? 0 : start);
"""


def _text(value: str) -> str:
    return html.escape(value, quote=True)


def briefing_html(dataset: Dataset, state: PresentState, dashboard_url: str = "") -> str:
    """The deck of `state` as one HTML file: arrow keys and clicks move between slides, `n` shows the notes; no network needed."""
    loc = locale(state.lang)
    _ = loc._
    deck = build_deck(dataset, state, dashboard_url)
    credit = credit_line(dataset, loc, state.statement)
    figures: dict[str, object] = {}
    maps: set[int] = set()  # the topojson resolutions the map slides draw
    sections = []
    for number, slide in enumerate(deck, start=1):
        parts = [f"<h1>{_text(slide.title)}</h1>"]
        parts += [f'<p class="line">{_text(line)}</p>' for line in slide.lines]
        if slide.numbers:
            parts.append(
                '<div class="numbers">'
                + "".join(
                    f"<div><b>{_text(f.value)}</b><span>{_text(f.label)}<br>{_text(f.context)}</span></div>"
                    for f in slide.numbers
                )
                + "</div>"
            )
        if slide.quote_text:
            parts.append(f"<blockquote>“{_text(slide.quote_text)}”</blockquote>")
        if slide.chart is not None:
            chart = build(slide.chart, dataset, Options(medium="slide"))
            chart_id = f"chart-{number}"
            figures[chart_id] = json.loads(chart.figure.to_json())
            if chart.figure.layout.geo.resolution:
                maps.add(chart.figure.layout.geo.resolution)
            parts.append(
                f'<div class="chart" id="{chart_id}" style="height:{chart.height}px" role="img" aria-label="{_text(chart.alt_text)}"></div>'
            )
        # The slide's content gives way to the notes (`n`); the credit line stays at the foot of every slide.
        body = [f'<div class="content">{"".join(parts)}</div>']
        if slide.notes:
            body.append('<aside class="notes"><ul>' + "".join(f"<li>{_text(n)}</li>" for n in slide.notes) + "</ul></aside>")
        body.append(f"<footer><span>{_text(credit)}</span><span>{number} / {len(deck)}</span></footer>")
        label = _text(_("Slide {n} of {total}").format(n=number, total=len(deck)))
        sections.append(f'<section class="slide" id="slide-{number}" aria-label="{label}">{"".join(body)}</section>')
    figures_json = script_json(figures)
    title = _text(_("Return Ukraine's children — the coalition statement of 5 August 2025"))
    previous, following = _text(_("Previous")), _text(_("Next"))  # outside the f-strings, where the extractor sees them
    return (
        f'<!doctype html>\n<html lang="{_text(state.lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n"
        f"{preload_script(maps)}\n"
        f"<script>{get_plotlyjs()}</script>\n</head>\n<body>\n<main>\n{chr(10).join(sections)}\n</main>\n"
        f'<nav><button id="prev" type="button">← {previous}</button><span id="counter" aria-live="polite"></span>'
        f'<button id="next" type="button">{following} →</button></nav>\n'
        f'<script type="application/json" id="figures">{figures_json}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n'
    )


def chromium_path() -> str:
    """Chromium for printing: $CHROMIUM, else the one on PATH."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise FileNotFoundError("Chromium was not found: install Debian's chromium (make test does) or set $CHROMIUM")
    return found


def briefing_pdf(dataset: Dataset, state: PresentState, dashboard_url: str = "") -> bytes:
    """The deck printed by headless Chromium, one slide per page."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "briefing.html"
        out = Path(folder) / "briefing.pdf"
        page.write_text(briefing_html(dataset, state, dashboard_url), encoding="utf-8")
        subprocess.run(
            [
                chromium_path(),
                "--headless",
                *CHROMIUM_ARGS,
                f"--user-data-dir={Path(folder) / 'profile'}",
                "--no-pdf-header-footer",
                "--virtual-time-budget=20000",
                f"--print-to-pdf={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return out.read_bytes()
