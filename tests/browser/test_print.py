"""Printing from a 1400 px window on A4 and US Letter, portrait: each chart whole, laid out for the page; the credit and
the date on the page; no menus or buttons."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from coalition import load_dataset
from coalition.filters import timeline_window
from coalition.i18n import locale
from coalition.positions import chosen
from tests.browser.charts import PRINTED, printed_text
from tests.browser.helpers import ROOT, BrowserLog, goto

DATA = load_dataset(ROOT / "data")
# A4 and US Letter less the stylesheet's 12 mm margins, in CSS pixels.
PAGE_WIDTH = {"A4": 794 - 91, "Letter": 816 - 91}
# Each endorser's marker in the printed map: its ISO3, and whether its centre lies inside the map's frame.
MARKERS_JS = """(selector) => {
    const chart = document.querySelector(selector);
    const frame = chart.querySelector('.geo .bg rect').getBoundingClientRect();
    const svg = chart.querySelector('.main-svg').getBoundingClientRect();
    const inside = (x, y, r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    return {
        right: svg.right - chart.getBoundingClientRect().left,
        markers: [...chart.querySelectorAll('g.trace.scattergeo path.point')].map((p) => {
            const b = p.getBoundingClientRect();
            return [p.__data__?.data?.[0], inside(b.x + b.width / 2, b.y + b.height / 2, frame)];
        }),
    };
}"""


def wait_for_printed_chart(page: Page) -> None:
    expect(page.locator(f"{PRINTED} .main-svg").first).to_be_attached()
    page.wait_for_function(
        """(selector) => { const c = document.querySelector(selector);
            return c && !c.querySelector('.geo') || !!c.querySelector('.geo .layer.land path'); }""",
        arg=f"{PRINTED} .js-plotly-plot",
    )


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_printed_timeline_has_every_event(page: Page, browser_log: BrowserLog, server: str, size: str) -> None:
    goto(page, server, "/timeline")
    wait_for_printed_chart(page)
    text = printed_text(page, size)
    loc = locale("en")
    for event in timeline_window(DATA).events:
        assert " ".join(loc.text(event, "label").split()) in text
    assert "Data as of" in text and "CC BY 4.0" in text
    assert "Copy link" not in text and "Show kinds of event" not in text
    browser_log.assert_quiet()


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_printed_map_has_every_endorser(page: Page, browser_log: BrowserLog, server: str, size: str) -> None:
    """The Ukrainian world map on paper: the legend and credit in the PDF's text, and laid out for the page's width,
    every endorser's marker inside the map's frame (Japan and Australia too)."""
    goto(page, server, "/map?lang=uk")
    wait_for_printed_chart(page)
    text = printed_text(page, size)
    assert "Підписант" in text and "Спостерігач" in text and "CC BY 4.0" in text
    assert "Копіювати посилання" not in text
    page.emulate_media(media="print")
    page.set_viewport_size({"width": PAGE_WIDTH[size], "height": 1000})
    laid_out = page.evaluate(MARKERS_JS, f"{PRINTED} .js-plotly-plot")
    assert laid_out["right"] <= PAGE_WIDTH[size]
    inside = {iso for iso, drawn in laid_out["markers"] if drawn}
    endorsers = {p.party_id for p in chosen(DATA, "").states}
    assert endorsers <= inside, f"not on the printed map: {endorsers - inside}"
    browser_log.assert_quiet()
