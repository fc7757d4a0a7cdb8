"""Share and export in a real browser: the embed inside an iframe, and the standalone HTML chart from file://."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from coalition import load_dataset
from coalition.export import export
from coalition.viewstate import MapState, TimelineState
from tests.browser.charts import WIDE, chart_text_problems, horizontal_overflow, wait_for_charts
from tests.browser.helpers import ROOT, BrowserLog, data_rows, goto, open_tab, wait_for_app

SHAPES = ".js-plotly-plot path.choroplethlocation"
EMBEDDED_SHAPES = f"{WIDE} {SHAPES}"
FEATURED = data_rows("statements")[0]["statement_id"]
ENDORSING_STATES = {
    row["party_id"] for row in data_rows("positions") if row["statement_id"] == FEATURED and row["party_kind"] == "state"
}


def test_embed_in_an_iframe_shows_only_the_chart(page: Page, browser_log: BrowserLog, server: str) -> None:
    """A news page frames the embed URL: chart, title, credit and a link back; no navigation or sidebar."""
    goto(page, server, "/map?country=UKR")
    snippet_url = f"{server}/map?country=UKR&embed=true&embed_options=light_theme"
    page.set_content(
        f'<h1>A news article</h1><iframe src="{snippet_url}" title="Embedded map" width="100%" height="700"></iframe>'
    )
    frame = page.frame_locator("iframe")
    expect(frame.locator(EMBEDDED_SHAPES)).to_have_count(len(ENDORSING_STATES))
    expect(frame.get_by_role("heading", name="38 states, the European Union and the Council of Europe demand")).to_be_visible()
    expect(frame.get_by_text("Licence: CC BY 4.0")).to_be_visible()
    link = frame.get_by_role("link", name="Open the full view")
    expect(link).to_have_attribute("href", f"{server}/map?lang=en&country=UKR")
    expect(frame.locator('[data-testid="stTopNav"]')).to_have_count(0)
    expect(frame.locator('[data-testid="stSidebar"]')).to_have_count(0)
    expect(frame.get_by_text("Copy link")).to_have_count(0)
    browser_log.assert_quiet()


def test_embed_panel_gives_the_iframe_for_the_current_view(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/timeline?event=istanbul-2")
    page.get_by_role("button", name="Embed").click()
    code = page.locator('[data-testid="stCode"]').filter(has_text="<iframe")
    expect(code).to_contain_text("event=istanbul-2")
    expect(code).to_contain_text("embed=true")
    expect(code).to_contain_text('loading="lazy"')
    browser_log.assert_quiet()


def test_standalone_html_draws_every_state_from_file(page: Page, browser_log: BrowserLog, tmp_path: Path) -> None:
    """The downloaded HTML opens from disk with the network closed and still draws the whole map."""
    html = tmp_path / "map.html"
    html.write_bytes(export(load_dataset(ROOT / "data"), MapState(country="LIE"), "html"))
    page.goto(html.as_uri())
    expect(page.locator(SHAPES)).to_have_count(len(ENDORSING_STATES))
    drawn = page.evaluate(
        f"[...document.querySelectorAll('{SHAPES}')].map((p) => [p.__data__.loc, (p.getAttribute('d') || '').length])"
    )
    # The world view's 1:110m shapes leave out Liechtenstein and Malta; their markers show them.
    assert {iso for iso, length in drawn if length > 0} == ENDORSING_STATES - {"LIE", "MLT"}
    expect(page.get_by_text("Selected: Liechtenstein")).to_be_visible()
    assert all(url.startswith("file:") for url in browser_log.requests)
    browser_log.assert_quiet()


def test_download_button_gives_the_filtered_csv(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/quotes?q=sanctions")
    page.get_by_role("button", name="Download").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Data (CSV)").click()
    content = Path(download.value.path()).read_text(encoding="utf-8")
    assert content.splitlines()[0].startswith("quote_id,")
    assert [line.split(",")[0] for line in content.splitlines()[1:]] == ["kallas"]
    wait_for_app(page)
    browser_log.assert_quiet()


def test_standalone_html_wraps_on_a_phone(browser: Browser, tmp_path: Path) -> None:
    """At 375 px the title and the credit wrap inside the window, and the chart takes its narrow layout."""
    html = tmp_path / "timeline.html"
    html.write_bytes(export(load_dataset(ROOT / "data"), TimelineState(lang="uk"), "html"))
    tab = open_tab(browser, viewport={"width": 375, "height": 812})
    try:
        page = tab.page
        page.goto(html.as_uri())
        expect(page.locator("#chart .main-svg").first).to_be_visible()
        wait_for_charts(page)
        for selector in ("h1", ".credit", ".description"):
            box = page.locator(selector).bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
        expect(page.locator(".legendtext").first).to_be_visible()  # the narrow layout names the kinds in a legend
        assert chart_text_problems(page) == []
        assert horizontal_overflow(page) == 0
        assert all(url.startswith("file:") for url in tab.log.requests)
        tab.log.assert_quiet()
    finally:
        tab.close()
