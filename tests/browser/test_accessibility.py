"""Accessibility: axe-core finds no serious or critical WCAG 2.2 AA violation on any page, in both languages
and both themes; the quotes search and the map's country search work from the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import Tab, goto, open_tab, wait_for_app

PAGES = ["/", "/map", "/timeline", "/quotes", "/sources", "/present"]
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()


@pytest.fixture(scope="module", params=["light", "dark"])
def themed_tab(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Tab]:
    scheme: Literal["light", "dark"] = request.param
    tab = open_tab(browser, color_scheme=scheme)
    yield tab
    tab.close()


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical WCAG AA violations, on the page's final colours: transitions (a link fading to
    its colour as the page settles, slow on a loaded machine) are switched off first."""
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["en", "uk"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_violations(themed_tab: Tab, server: str, path: str, lang: str) -> None:
    goto(themed_tab.page, server, f"{path}?lang={lang}")
    expect(themed_tab.page.get_by_role("heading", level=1).first).to_be_visible()
    assert serious_violations(themed_tab.page) == []
    themed_tab.log.assert_quiet()


def test_quotes_search_by_keyboard(page: Page, server: str) -> None:
    goto(page, server, "/quotes")
    box = page.get_by_label("Search the quotes")
    for _ in range(40):
        page.keyboard.press("Tab")
        if box.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError("the search box is not reachable with Tab")
    page.keyboard.type("Istanbul")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{server}/quotes?lang=en&q=Istanbul")
    wait_for_app(page)
    expect(page.locator('[class*="st-key-quote-"]')).to_have_count(1)


def test_country_search_by_keyboard(page: Page, server: str) -> None:
    goto(page, server, "/map")
    combo = page.get_by_role("combobox", name="Find a country")
    combo.focus()
    page.keyboard.type("Malta")
    # Enter picks the first option the typing left; on a loaded machine the list filters a moment after the keys.
    expect(page.get_by_role("option").first).to_have_text("Malta")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{server}/map?lang=en&country=MLT")
    expect(page.locator(".st-key-country-card").get_by_role("heading")).to_have_text("Malta")


@pytest.mark.parametrize("path", ["/map?embed=true", "/timeline?embed=true", "/timeline?embed=true&embed_options=light_theme"])
def test_embeds_have_no_serious_violations(themed_tab: Tab, server: str, path: str) -> None:
    """The embed view too: its title, credit and link back pass AA contrast in both themes."""
    goto(themed_tab.page, server, path)
    expect(themed_tab.page.get_by_role("link", name="Open the full view")).to_be_visible()
    assert serious_violations(themed_tab.page) == []
    themed_tab.log.assert_quiet()
