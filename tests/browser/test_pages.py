"""Every page opens by its URL, shows its title and the top navigation, and works with the network closed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import BrowserLog, goto, open_tab, streamlit_server

PAGES = {
    "/": "demand that Russia return",
    "/map": "38 states, the European Union and the Council of Europe demand",
    "/compare": "Every statement and vote, state by state",
    "/trends": "Children deported and returned, over time",
    "/timeline": "From the Istanbul talks to the statement",
    "/quotes": "What officials said",
    "/sources": "Sources and corrections",
}
NAVIGATION = {
    "Overview": "/",
    "Map": "/map",
    "Compare": "/compare",
    "Over time": "/trends",
    "Timeline": "/timeline",
    "Quotes": "/quotes",
    "Sources": "/sources",
}


def expect_top_navigation(page: Page, base_url: str) -> None:
    """The header shows a visible link to each page, in order, each pointing at its page.

    Further pages may follow (the presenter view); these are checked by label and address.
    """
    nav = page.locator('[data-testid="stTopNav"]')
    expect(nav).to_be_visible()
    links = nav.locator('[data-testid="stTopNavLink"]')
    hrefs = []
    for label, path in NAVIGATION.items():
        link = links.filter(has=page.get_by_text(label, exact=True))
        expect(link).to_have_count(1)
        expect(link).to_be_visible()
        expect(link).to_have_attribute("href", base_url + path)
        hrefs.append(base_url + path)
    shown = [href for href in links.evaluate_all("(links) => links.map((a) => a.href)") if href in hrefs]
    assert shown == hrefs, f"pages out of order in the navigation: {shown}"


@pytest.mark.parametrize("path", list(PAGES))
def test_page_renders_offline(page: Page, browser_log: BrowserLog, server: str, path: str) -> None:
    goto(page, server, path)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_count(1)
    expect(heading).to_be_visible()
    expect(heading).to_contain_text(PAGES[path])
    expect_top_navigation(page, server)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert any(url.startswith(server) for url in browser_log.requests)
    browser_log.assert_quiet()


def test_first_request_to_a_fresh_server_can_be_a_subpage(browser: Browser) -> None:
    """A shared link to /map is the first thing a new server sees: it must still go through the router."""
    with streamlit_server() as base_url:
        tab = open_tab(browser)
        try:
            page = tab.page
            goto(page, base_url, "/map?country=MLT")
            expect(page.get_by_role("heading", level=1)).to_contain_text(PAGES["/map"])
            # The router's page config (title, layout) applies, not Streamlit's defaults.
            expect(page).to_have_title(re.compile(r"^Return Ukraine.s children"))
            expect(page.locator('[data-testid="stTopNav"]').get_by_text("Overview", exact=True)).to_be_visible()
            expect_top_navigation(page, base_url)
            # Without the router Streamlit would show its old-style sidebar menu of the pages/ folder.
            expect(page.locator('[data-testid="stSidebarNav"]')).to_have_count(0)
            card = page.locator(".st-key-country-card")
            expect(card).to_be_visible()
            expect(card).to_contain_text("Malta")
            assert "country=MLT" in page.url
            tab.log.assert_quiet()
        finally:
            tab.close()
