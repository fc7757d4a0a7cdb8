"""The embed in a news article's column, 300 to 1000 px wide: the title, the chart, the credit (the licence's
condition) and the link back all inside the frame, nothing scrolling in it; with the snippet's script, and without it
(a CMS that strips scripts keeps the snippet's proportions)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, FrameLocator, Page, expect

from coalition import load_dataset
from coalition.i18n import locale
from coalition.ui.share import embed_snippet
from coalition.ui.view import View
from coalition.viewstate import MapState, TimelineState, ViewState
from tests.browser.helpers import ROOT, open_tab

DATA = load_dataset(ROOT / "data")
STATES: dict[str, ViewState] = {"map": MapState(), "timeline": TimelineState()}
# The frame's height, the same on two polls in a row once the snippet's script has set it.
SETTLED_JS = """() => {
    const box = document.querySelector('iframe').parentNode;
    const height = box.style.paddingTop === '0px' ? box.style.height : '';
    const settled = height !== '' && window.__frameHeight === height;
    window.__frameHeight = height;
    return settled;
}"""
INSIDE_JS = """([outer, inner]) => inner.x >= outer.x - 1 && inner.y >= outer.y - 1
    && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1"""


def article(snippet: str, width: int) -> str:
    return (
        '<!doctype html><html lang="en"><body style="margin:0">'
        f'<main style="width:{width}px;margin:0 16px"><h1>A news article</h1><p>Before the chart.</p>{snippet}'
        "<p>After the chart.</p></main></body></html>"
    )


def embedded(page: Page) -> FrameLocator:
    frame = page.frame_locator("iframe")
    expect(frame.locator('[data-testid="stApp"]')).to_be_attached()
    expect(frame.get_by_role("link", name="Open the full view")).to_be_visible()
    expect(frame.locator(".js-plotly-plot .main-svg").filter(visible=True).first).to_be_visible()
    return frame


def assert_fits(page: Page, frame: FrameLocator) -> None:
    """Title, chart, credit and link inside the frame's box, and the frame's page does not scroll."""
    box = page.locator("iframe").bounding_box()
    assert box
    for part in (
        frame.get_by_role("heading").first,
        frame.locator(".js-plotly-plot").filter(visible=True).first,
        frame.get_by_text("CC BY 4.0"),
        frame.get_by_role("link", name="Open the full view"),
    ):
        inner = part.bounding_box()
        assert inner and page.evaluate(INSIDE_JS, [box, inner]), f"{part} is outside the frame"
    scrolls = frame.locator("html").evaluate(
        """(html) => Math.max(...[html, document.querySelector('[data-testid="stMain"]')].filter(Boolean)
            .map((el) => el.scrollHeight - el.clientHeight))"""
    )
    assert scrolls <= 1


@pytest.mark.parametrize("width", [300, 400, 640, 1000])
@pytest.mark.parametrize("view", list(STATES))
@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_embed_fits_the_column(browser: Browser, server: str, view: str, width: int, script: bool) -> None:
    state = STATES[view]
    snippet = embed_snippet(View(state, DATA, locale("en"), False, f"{server}/"), "Embedded chart")
    if not script:
        snippet = re.sub(r"<script>.*?</script>", "", snippet, flags=re.S)
    tab = open_tab(browser, viewport={"width": width + 32, "height": 1600})
    try:
        page = tab.page
        page.set_content(article(snippet, width))
        frame = embedded(page)
        if script:  # the frame takes its content's height, and keeps it once the chart is drawn
            page.wait_for_function(SETTLED_JS, polling=500)
        assert_fits(page, frame)
        tab.log.assert_quiet()
    finally:
        tab.close()
