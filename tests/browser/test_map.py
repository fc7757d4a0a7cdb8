"""The world map: a shape for every endorsing state, markers on the small ones, offline shapes, and country cards.

Plotly draws each choropleth location as an SVG `path.choroplethlocation` whose bound data (`__data__`) holds
the location as `loc` (and the topojson feature as `geojson`, whose `id` is the ISO3 code); scattergeo
markers are `path.point` elements in a `g.trace.scattergeo`, with the trace's customdata row in `__data__.data`
(the app puts the ISO3 code first). Clicks land on the geo layer's background rect, not on the path itself;
plotly finds the location under the pointer, so a real mouse click at a point inside the shape selects it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypedDict
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.charts import WIDE, click_point, wait_for_charts
from tests.browser.helpers import BrowserLog, Tab, data_rows, goto, open_tab, wait_for_app

# The world view draws the 1:110m shapes, which leave out Liechtenstein and Malta: those two have their marker only.
TOPOJSON_PATH = "/app/static/topojson/world_110m.json"
NO_WORLD_SHAPE = {"LIE", "MLT"}
SMALL_STATES = ("LIE", "MLT", "LUX")
SHAPES = f"{WIDE} .js-plotly-plot path.choroplethlocation"
MARKERS = f"{WIDE} .js-plotly-plot g.trace.scattergeo path.point"


class Drawn(TypedDict):
    """One SVG path of the map: the ISO3 code it is bound to, the length of its `d` and its size in pixels."""

    id: str | None
    d: int
    width: float
    height: float


class Point(TypedDict):
    x: float
    y: float


DRAWN_JS = """(selector) => [...document.querySelectorAll(selector)].map((path) => {
    const datum = path.__data__ || {};
    const row = Array.isArray(datum.data) ? datum.data : [];
    const box = path.getBoundingClientRect();
    return {
        id: datum.loc ?? datum.geojson?.id ?? row[0] ?? null,
        d: (path.getAttribute('d') || '').length,
        width: box.width,
        height: box.height,
    };
})"""

# A viewport point inside the country's shape: its bounding-box centre if that is inside the fill, else the
# nearest point of a 20x20 grid over the box that is (a centre can fall in a bay or between islands).
POINT_INSIDE_JS = """(iso3) => {
    const path = [...document.querySelectorAll('[class*="st-key-chart-wide-"] .js-plotly-plot path.choroplethlocation')]
        .find((p) => p.__data__?.loc === iso3);
    if (!path) return null;
    const box = path.getBBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const candidates = [[cx, cy]];
    for (let i = 0; i <= 20; i++) {
        for (let j = 0; j <= 20; j++) {
            candidates.push([box.x + (box.width * i) / 20, box.y + (box.height * j) / 20]);
        }
    }
    candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    const inside = candidates.find(([x, y]) => path.isPointInFill(new DOMPoint(x, y)));
    if (!inside) return null;
    const screen = new DOMPoint(inside[0], inside[1]).matrixTransform(path.getScreenCTM());
    return { x: screen.x, y: screen.y };
}"""


def endorsing_states() -> list[str]:
    rows = data_rows("positions")
    featured = rows[0]["statement_id"]
    return [row["party_id"] for row in rows if row["statement_id"] == featured and row["party_kind"] == "state"]


def open_map(page: Page, base_url: str, query: str = "") -> None:
    """Open /map and wait until plotly has drawn the countries."""
    goto(page, base_url, "/map" + query)
    expect(page.locator(SHAPES).first).to_be_attached()


def drawn(page: Page, selector: str) -> list[Drawn]:
    paths: list[Drawn] = page.evaluate(DRAWN_JS, selector)
    return paths


def point_inside(page: Page, iso3: str) -> Point:
    """A point inside the country's shape, once the map has stopped moving (plotly re-lays out on resize)."""
    wait_for_charts(page)
    point: Point | None = page.evaluate(POINT_INSIDE_JS, iso3)
    assert point, f"no point inside {iso3} on the map"
    return point


@pytest.fixture(scope="module")
def world_map(browser: Browser, server: str) -> Iterator[Tab]:
    """/map opened once and left untouched, for the tests that only read it (drawing the map takes seconds)."""
    tab = open_tab(browser)
    open_map(tab.page, server)
    yield tab
    tab.close()


def test_every_endorsing_state_has_a_shape(world_map: Tab) -> None:
    states = endorsing_states()
    assert len(states) == 38
    expect(world_map.page.locator(SHAPES)).to_have_count(len(states))
    shapes = {shape["id"]: shape for shape in drawn(world_map.page, SHAPES)}
    missing = [iso for iso in states if iso not in shapes]
    assert not missing, f"no shape drawn for {missing}"
    empty = [iso for iso in states if not (shapes[iso]["d"] > 0 and shapes[iso]["width"] > 0 and shapes[iso]["height"] > 0)]
    assert set(empty) == NO_WORLD_SHAPE, f"empty shape for {set(empty) - NO_WORLD_SHAPE}"
    assert set(shapes) == set(states), f"shapes for states that did not endorse: {set(shapes) - set(states)}"
    markers = {m["id"] for m in drawn(world_map.page, MARKERS) if m["d"] > 0 and m["width"] > 0}
    assert set(states) <= markers, f"no marker for {set(states) - markers}"


def test_europe_draws_every_endorsing_european_state_in_detail(page: Page, server: str) -> None:
    open_map(page, server, "?view=europe")
    shapes = {shape["id"]: shape for shape in drawn(page, SHAPES)}
    assert all(shapes[iso]["d"] > 0 for iso in NO_WORLD_SHAPE), "Liechtenstein and Malta have their 1:50m shapes"


def test_small_states_have_markers(world_map: Tab) -> None:
    expect(world_map.page.locator(MARKERS).first).to_be_attached()
    markers = drawn(world_map.page, MARKERS)
    assert len(markers) >= len(SMALL_STATES)
    visible = {m["id"] for m in markers if m["d"] > 0 and m["width"] > 0 and m["height"] > 0}
    assert set(SMALL_STATES) <= visible, f"no visible marker for {set(SMALL_STATES) - visible}"


def test_world_shapes_come_from_the_app(world_map: Tab, server: str) -> None:
    log = world_map.log
    topojson = {(status, url) for status, url in log.responses if urlsplit(url).path == TOPOJSON_PATH}
    # One request per layout drawn (wide, narrow, paper); in a browser whose cache is not switched off by the test's
    # request routing, the repeats wait for the first and transfer nothing.
    assert topojson == {(200, server + TOPOJSON_PATH)}
    assert not [url for url in log.requests if (urlsplit(url).hostname or "").endswith("plot.ly")]
    log.assert_quiet()


def test_clicking_a_country_opens_its_card(page: Page, browser_log: BrowserLog, server: str) -> None:
    """Click Australia, then Canada: the URL and the card follow each click."""
    open_map(page, server)
    card = page.locator(".st-key-country-card")
    expect(card).to_have_count(0)
    for iso3, name, status in [("AUS", "Australia", "Signatory"), ("CAN", "Canada", "Co-chair")]:
        point = point_inside(page, iso3)
        page.mouse.click(point["x"], point["y"])
        expect(page).to_have_url(f"{server}/map?lang=en&country={iso3}")
        expect(card).to_be_visible()
        expect(card.get_by_role("heading")).to_have_text(name)
        expect(card).to_contain_text(status)
        wait_for_app(page)
    # A click is not a selection: clicking the open country again leaves every state at full strength.
    point = point_inside(page, "CAN")
    page.mouse.click(point["x"], point["y"])
    wait_for_app(page)
    expect(page).to_have_url(f"{server}/map?lang=en&country=CAN")
    faded = page.eval_on_selector_all(SHAPES, "(paths) => paths.filter((p) => getComputedStyle(p).opacity !== '1').length")
    assert faded == 0
    browser_log.assert_quiet()


def test_a_map_that_cannot_load_says_so_in_its_place(tab: Tab, server: str) -> None:
    """plotly.js's geo bundle blocked (a server restarting, a network cut): the reader is told, in their language."""
    page = tab.page
    page.route("**/plotly-geo-*.min.js", lambda route: route.abort())
    goto(page, server, "/map?lang=uk")
    notice = page.locator(f'{WIDE} [role="status"]')
    expect(notice).to_have_text("Графік не завантажився. Перезавантажте сторінку, щоб спробувати ще раз.")
    expect(page.locator(f"{WIDE} .js-plotly-plot")).to_have_count(0)


def test_clicking_a_small_states_marker_opens_its_card(page: Page, browser_log: BrowserLog, server: str) -> None:
    """Liechtenstein's symbol sits beside Switzerland's: it must be on top and clickable at world scale."""
    open_map(page, server)
    click_point(page, MARKERS, "LIE")
    expect(page).to_have_url(f"{server}/map?lang=en&country=LIE")
    expect(page.locator(".st-key-country-card").get_by_role("heading")).to_have_text("Liechtenstein")
    browser_log.assert_quiet()


def test_country_parameter_opens_a_small_state(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/map?country=LIE")
    card = page.locator(".st-key-country-card")
    expect(card).to_be_visible()
    expect(card.get_by_role("heading")).to_have_text("Liechtenstein")
    expect(card).to_contain_text("Signatory")
    browser_log.assert_quiet()


def test_unknown_country_code_shows_a_notice(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/map?country=ZZZ")
    notice = page.locator('[class*="st-key-notice-"]').filter(has_text="There is no country with the code")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("ZZZ")
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    expect(page.locator(".st-key-country-card")).to_have_count(0)
    browser_log.assert_quiet()


@pytest.mark.parametrize(
    ("typed", "iso3", "name"), [("Holland", "NLD", "Netherlands"), ("Україна", "UKR", "Ukraine"), ("Türkiye", "TUR", "Türkiye")]
)
def test_country_search_finds_a_state_by_any_name(
    page: Page, browser_log: BrowserLog, server: str, typed: str, iso3: str, name: str
) -> None:
    goto(page, server, "/map")
    box = page.get_by_label("Find a country")
    box.click()
    box.fill(typed)
    box.press("Enter")
    page.wait_for_url(lambda url: f"country={iso3}" in url)
    expect(page.locator(".st-key-country-card")).to_contain_text(name)
    browser_log.assert_quiet()


def test_a_name_that_fits_several_states_asks(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/map")
    box = page.get_by_label("Find a country")
    box.click()
    box.fill("Korea")
    box.press("Enter")
    expect(page.get_by_text("“Korea” could be South Korea or North Korea: choose one.")).to_be_visible()
    page.get_by_role("button", name="South Korea").click()
    page.wait_for_url(lambda url: "country=KOR" in url)
    expect(page.locator(".st-key-country-card")).to_contain_text("South Korea")
    browser_log.assert_quiet()


def test_the_table_of_named_parties_opens_with_every_row(page: Page, server: str) -> None:
    """The table is drawn when the reader opens it (not on every visit): all 40 named parties."""
    open_map(page, server)
    expect(page.locator('[data-testid="stDataFrame"]')).to_have_count(0)
    page.get_by_text("Table: all 40 named parties, in the published order").click()
    table = page.locator('[data-testid="stDataFrame"]')
    expect(table).to_be_visible()
    expect(table.locator('[role="grid"]')).to_have_attribute("aria-rowcount", "41")
