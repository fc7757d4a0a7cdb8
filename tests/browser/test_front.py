"""The nginx front's stylesheet and page script (static/screens.css, deploy/frontend/front.js): each window gets only
the chart layout it needs, and the other when it crosses the breakpoint; pages hold still as they load."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from deploy.cluster import Cluster
from tests.browser.charts import printed_text
from tests.browser.helpers import VIEWPORT, goto, open_tab, wait_for_app

PHONE: ViewportSize = {"width": 375, "height": 812}
PAGES = ["/", "/map", "/map?embed=true", "/compare", "/timeline", "/trends", "/quotes", "/sources", "/present"]
# Half Lighthouse's "good" cumulative layout shift (0.1): the pages now move 0.02 at most, and one widget placeholder
# left to grow (a select box's) moves a page by 0.06.
MOST_SHIFT = 0.05
# Every layout shift the page makes without input, with what moved: recorded from the first paint.
RECORD_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = entry.sources.map((s) => (s.node && s.node.textContent || "").trim().slice(0, 50));
    window.__shifts.push({ value: entry.value, moved });
  }
}).observe({ type: "layout-shift", buffered: true });
"""
# Each visible icon: its name and its width in ems.
ICON_WIDTHS = """() => [...document.querySelectorAll('span')]
  .filter((e) => getComputedStyle(e).fontFamily.includes('Material Symbols') && e.getClientRects().length)
  .map((e) => [e.textContent, e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize)])"""


def layout(name: str, key: str = "world_map") -> str:
    return f'[class*="st-key-chart-{name}-{key}"]'


def drawn(page: Page, name: str, key: str = "world_map") -> None:
    expect(page.locator(f"{layout(name, key)} .js-plotly-plot path.choroplethlocation").first).to_be_attached()


@pytest.mark.parametrize(
    ("viewport", "shown", "left_out"), [(VIEWPORT, "wide", "narrow"), (PHONE, "narrow", "wide")], ids=["laptop", "phone"]
)
def test_the_map_comes_only_in_the_layout_the_window_needs_and_the_one_for_paper(
    browser: Browser, cluster: Cluster, viewport: ViewportSize, shown: str, left_out: str
) -> None:
    tab = open_tab(browser, viewport=viewport)
    try:
        page = tab.page
        goto(page, cluster.url, "/map?lang=uk")
        drawn(page, shown)
        drawn(page, "print")
        expect(page.locator(f"{layout(shown)} .js-plotly-plot")).to_be_visible()
        expect(page.locator(layout(left_out))).to_have_count(0)
        goto(page, cluster.url, "/timeline?embed=true")
        expect(page.locator(f"{layout(shown, 'embedded_chart')} .js-plotly-plot")).to_be_visible()
        expect(page.locator(layout(left_out, "embedded_chart"))).to_have_count(0)
        tab.log.assert_quiet()
    finally:
        tab.close()


def test_a_window_that_crosses_the_breakpoint_is_drawn_again_for_it(browser: Browser, cluster: Cluster) -> None:
    """A laptop window narrowed to a phone's width (or a phone turned) reloads into the narrow layout, view kept."""
    tab = open_tab(browser)
    try:
        page = tab.page
        goto(page, cluster.url, "/map?country=UKR")
        drawn(page, "wide")
        with page.expect_navigation():
            page.set_viewport_size(PHONE)
        wait_for_app(page)
        drawn(page, "narrow")
        expect(page.locator(f"{layout('narrow')} .js-plotly-plot")).to_be_visible()
        expect(page.locator(".st-key-country-card").get_by_role("heading")).to_have_text("Ukraine")
        tab.log.assert_quiet()
    finally:
        tab.close()


def test_printing_on_a_phone_does_not_reload_the_page(browser: Browser, cluster: Cluster) -> None:
    """Print media leaves the screen's breakpoint: the page stays, with its layout for paper."""
    tab = open_tab(browser, viewport=PHONE)
    try:
        page = tab.page
        goto(page, cluster.url, "/map")
        drawn(page, "print")
        page.evaluate("window.__same_page = true")
        page.emulate_media(media="print")
        # Printing takes the frames in which a reload would have started; the paper has the map's legend.
        assert "Signatory" in printed_text(page, "A4")
        assert page.evaluate("window.__same_page === true")
    finally:
        tab.close()


@pytest.mark.parametrize("viewport", [VIEWPORT, PHONE], ids=["laptop", "phone"])
def test_pages_hold_still_as_they_load(browser: Browser, cluster: Cluster, viewport: ViewportSize) -> None:
    """Layout shift from the first paint until the page has drawn, on every page: at most half Lighthouse's good 0.1."""
    moved: dict[str, Any] = {}
    for path in PAGES:
        tab = open_tab(browser, viewport=viewport)
        try:
            page = tab.page
            page.add_init_script(RECORD_SHIFTS)
            goto(page, cluster.url, path)
            page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')")
            page.wait_for_load_state("networkidle")
            shifts = page.evaluate("window.__shifts")
            if sum(s["value"] for s in shifts) > MOST_SHIFT:
                moved[path] = shifts
        finally:
            tab.close()
    assert not moved, f"pages that move more than {MOST_SHIFT} as they load: {moved}"


def test_icons_draw_as_icons_in_the_cut_font(browser: Browser, cluster: Cluster) -> None:
    """Every icon on the pages (navigation, share panel, expanders, downloads) is one glyph about 1em wide, not the
    letters of its name: the cut icon font (deploy/icons.py) has them all."""
    tab = open_tab(browser)
    try:
        page = tab.page
        for path in ("/map", "/quotes?q=nothing-matches", "/sources"):
            goto(page, cluster.url, path)
            page.evaluate("document.fonts.ready.then(() => true)")
            widths = page.evaluate(ICON_WIDTHS)
            assert widths, f"no icon on {path}"
            assert all(width < 1.6 for _, width in widths), f"icons drawn as words on {path}: {widths}"
    finally:
        tab.close()


@pytest.mark.parametrize("path", ["/map?lang=uk", "/map?embed=true"])
def test_a_map_loads_plotly_geo_bundle_not_the_whole_of_plotly(browser: Browser, cluster: Cluster, path: str) -> None:
    """Maps load plotly.js's geo bundle (1.4 MB) under the front's script policy, never Streamlit's chart with the whole
    of plotly.js (4.7 MB), and draw every endorser once; a click still opens a card (tests/browser/test_map.py)."""
    tab = open_tab(browser)
    try:
        page = tab.page
        goto(page, cluster.url, path)
        key = "embedded_chart" if "embed" in path else "world_map"
        shapes = page.locator(f"{layout('wide', key)} .js-plotly-plot path.choroplethlocation")
        expect(shapes.first).to_be_attached()
        expect(page.locator(f"{layout('wide', key)} .js-plotly-plot")).to_have_count(1)
        buttons = page.locator(f"{layout('wide', key)} .modebar-btn")
        expect(buttons.first).to_be_attached()
        assert "Share chart..." not in [b.get_attribute("data-title") for b in buttons.all()]  # never to Plotly Cloud
        loaded = [url for url in tab.log.requests if "/static/" in url and url.endswith(".js")]
        assert any(url.endswith("/app/static/plotly/plotly-geo-4.1.1.min.js") for url in loaded)
        assert not [url for url in loaded if "PlotlyChart" in url]
        tab.log.assert_quiet()
    finally:
        tab.close()
