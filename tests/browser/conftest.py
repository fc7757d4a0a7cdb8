"""Browser fixtures: a Streamlit server for the session, Debian's chromium, and a page with the network closed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from coalition.briefing import CHROMIUM_ARGS
from tests.browser.helpers import CHROMIUM, BrowserLog, Tab, open_tab, streamlit_server


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The base URL of a Streamlit server shared by the session's tests."""
    with streamlit_server() as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(browser: Browser) -> Iterator[Tab]:
    """A page in a fresh 1400x1000 context: non-local requests aborted, requests and errors logged."""
    tab = open_tab(browser)
    yield tab
    tab.close()


@pytest.fixture
def page(tab: Tab) -> Page:
    return tab.page


@pytest.fixture
def browser_log(tab: Tab) -> BrowserLog:
    """What `page` did: requests (local and not), failed responses, console errors, JS errors, dialogs."""
    return tab.log
