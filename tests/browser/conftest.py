"""Browser fixtures: a Streamlit server for the session, Debian's chromium, and a page with the network closed."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from coalition.briefing import CHROMIUM_ARGS
from deploy.cluster import Cluster
from tests.browser.helpers import CHROMIUM, BrowserLog, Tab, free_port, open_tab, streamlit_server


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The base URL of a Streamlit server shared by the session's tests."""
    with streamlit_server() as base_url:
        yield base_url


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """nginx and two replicas on free ports, state in a temporary folder; stopped and removed afterwards."""
    state = Path(tempfile.mkdtemp(prefix="cluster-"))
    try:
        with Cluster(port=free_port(), replica_ports=(free_port(), free_port()), state=state) as running:
            yield running
    finally:
        shutil.rmtree(state, ignore_errors=True)


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
