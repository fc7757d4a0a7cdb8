"""Every page on the screens readers have: a phone (375×812), a tablet (768×1024) and a laptop (1400×1000). No text of a
chart overlaps another or leaves the chart, and nothing scrolls sideways; the charts follow the system's theme; the page
says its language; on a phone every endorser is a tap target; Kosovo has its own facts."""

from __future__ import annotations

import math

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from tests.browser.charts import (
    NARROW,
    POINT_CENTRE_JS,
    WIDE,
    chart_text_problems,
    click_point,
    horizontal_overflow,
    wait_for_charts,
)
from tests.browser.helpers import BrowserLog, data_rows, goto, open_tab

FEATURED = data_rows("statements")[0]["statement_id"]
SCREENS: dict[str, ViewportSize] = {
    "phone": {"width": 375, "height": 812},
    "tablet": {"width": 768, "height": 1024},
    "laptop": {"width": 1400, "height": 1000},
}
PAGES = ["/", "/map", "/compare", "/trends", "/timeline", "/quotes", "/sources", "/present"]
# Harder cases of the charts: the other region, an outline, the whole period, Ukrainian labels, a selected event,
# the presenter's map and timeline slides.
VARIANTS = [
    "/map?view=world&outline=COE",
    "/map?view=europe&lang=uk",
    "/timeline?all=1",
    "/timeline?lang=uk&event=istanbul-2",
    "/present?slide=2",
    "/present?slide=4",
]
CHARTS = ("/map", "/trends", "/timeline", "/present?slide=")


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("path", PAGES + VARIANTS)
def test_charts_fit_the_screen(browser: Browser, server: str, path: str, screen: str) -> None:
    tab = open_tab(browser, viewport=SCREENS[screen])
    try:
        goto(tab.page, server, path)
        expect(tab.page.get_by_role("heading", level=1).first).to_be_visible()
        if path.startswith(CHARTS):
            wait_for_charts(tab.page)
        assert chart_text_problems(tab.page) == []
        assert horizontal_overflow(tab.page) == 0
        tab.log.assert_quiet()
    finally:
        tab.close()


# The fill of a chart's first axis label and of its plot's background, as drawn.
COLOURS_JS = """(selector) => {
    const chart = document.querySelector(selector);
    return [getComputedStyle(chart.querySelector('.xtick text')).fill, getComputedStyle(chart.querySelector('.bglayer rect, .bg')).fill];
}"""
# Each symbol of the narrow map: its ISO3, centre and size in pixels.
TARGETS_JS = """(selector) => [...document.querySelectorAll(selector)].map((p) => {
    const box = p.getBoundingClientRect();
    return [p.__data__?.data?.[0], box.x + box.width / 2, box.y + box.height / 2, box.width, box.height];
})"""


def test_charts_follow_a_switch_of_the_system_theme(browser: Browser, server: str) -> None:
    """Open the timeline with the system dark, switch the system to light: the chart's text and plot turn with the page."""
    tab = open_tab(browser, color_scheme="dark")
    try:
        page = tab.page
        goto(page, server, "/timeline")
        wait_for_charts(page)
        dark = page.evaluate(COLOURS_JS, f"{WIDE} .js-plotly-plot")
        page.emulate_media(color_scheme="light")
        changed = f"(before) => ({COLOURS_JS})('{WIDE} .js-plotly-plot').every((colour, i) => colour !== before[i])"
        page.wait_for_function(changed, arg=dark)
        light = page.evaluate(COLOURS_JS, f"{WIDE} .js-plotly-plot")
        assert dark[0] == "rgb(244, 246, 250)" and light[0] == "rgb(11, 13, 16)"  # the page's text colour, light then dark
        assert dark[1] != light[1]
        tab.log.assert_quiet()
    finally:
        tab.close()


def test_the_page_says_its_language(page: Page, browser_log: BrowserLog, server: str) -> None:
    """A screen reader reads the Ukrainian page with Ukrainian rules: <html lang> follows the interface language."""
    goto(page, server, "/?lang=uk")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    page.get_by_role("radio", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    browser_log.assert_quiet()


@pytest.mark.parametrize("query", ["", "?view=world"])
def test_every_endorser_is_a_tap_target_on_a_phone(browser: Browser, server: str, query: str) -> None:
    """At 375 px the map opens on Europe; with the world view, every endorser is in one of the two, its symbol at least
    24 px wide and no other symbol's centre within 24 px of its own (WCAG 2.5.8)."""
    tab = open_tab(browser, viewport=SCREENS["phone"])
    try:
        page = tab.page
        goto(page, server, "/map" + query)
        wait_for_charts(page)
        drawn = page.evaluate(TARGETS_JS, f"{NARROW} g.trace.scattergeo path.point")
        big = [(iso, x, y) for iso, x, y, w, h in drawn if w >= 23.5 and h >= 23.5]
        for i, (iso, x, y) in enumerate(big):
            for other, x2, y2 in big[i + 1 :]:
                assert iso == other or math.dist((x, y), (x2, y2)) >= 24, f"{iso} and {other} are too close"
        endorsers = {
            row["party_id"] for row in data_rows("positions") if row["statement_id"] == FEATURED and row["party_kind"] == "state"
        }
        outside_europe = {"ARG", "AUS", "CAN", "CHL", "CRI", "JPN"}
        expected = endorsers - outside_europe if not query else outside_europe
        assert expected <= {iso for iso, _, _ in big}
        tab.log.assert_quiet()
    finally:
        tab.close()


def test_kosovo_has_its_own_symbol_and_facts(page: Page, browser_log: BrowserLog, server: str) -> None:
    """With the Council of Europe outlined, the pointer on Pristina names Kosovo, not Serbia; ?country=XKX opens its card."""
    goto(page, server, "/map?outline=COE&view=europe")
    wait_for_charts(page)
    centre = page.evaluate(POINT_CENTRE_JS, [f"{WIDE} g.trace.scattergeo path.point", "XKX"])
    hover = page.locator(f"{WIDE} .hoverlayer")
    for dx, dy in ((0, 0), (6, 4), (-6, 5)):  # Pristina and around it, inside Kosovo
        page.mouse.move(centre["x"] + dx, centre["y"] + dy)
        expect(hover).to_contain_text("Kosovo")
        expect(hover).not_to_contain_text("Serbia")
    click_point(page, f"{WIDE} g.trace.scattergeo path.point", "XKX")
    expect(page).to_have_url(f"{server}/map?lang=en&country=XKX&outline=COE&view=europe")
    card = page.locator(".st-key-country-card")
    expect(card.get_by_role("heading")).to_have_text("Kosovo")
    expect(card).not_to_contain_text("Serbia")
    goto(page, server, "/map?country=XKX")
    expect(page.locator(".st-key-country-card").get_by_role("heading")).to_have_text("Kosovo")
    expect(page.get_by_text("There is no country")).to_have_count(0)
    browser_log.assert_quiet()
