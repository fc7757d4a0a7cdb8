"""The standard start, without make, in a fresh copy: Ukrainian works, a broken catalogue is loud, nothing phones out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Browser, expect

from tests.browser.helpers import goto, open_tab
from tests.deploy.standard import BLOCKED, fresh_copy, guarded_env, standard_start

CATALOGUE = Path("coalition/locale/uk/LC_MESSAGES")


def test_the_outbound_guard_refuses_a_request_loudly() -> None:
    fetch = "import urllib.request; urllib.request.urlopen('http://example.org', timeout=5)"
    result = subprocess.run([sys.executable, "-c", fetch], env=guarded_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert f"{BLOCKED}: socket.getaddrinfo 'example.org'" in result.stderr


def test_standard_start_serves_ukrainian_and_stays_on_the_machine(tmp_path: Path, browser: Browser) -> None:
    folder = fresh_copy(tmp_path)
    assert not (folder / CATALOGUE / "messages.mo").exists()
    with standard_start(folder) as app:
        tab = open_tab(browser)
        try:
            goto(tab.page, app.url, "/map?lang=uk")
            expect(tab.page.get_by_role("combobox", name="Знайти країну")).to_be_visible()
            expect(tab.page.get_by_role("link", name="Мапа")).to_be_visible()
            tab.log.assert_quiet()
        finally:
            tab.close()
        log = app.log()
    assert (folder / CATALOGUE / "messages.mo").is_file()
    assert BLOCKED not in log
    assert "external IP" not in log and "External URL" not in log
    assert "URL: http://localhost:" in log


def test_a_broken_catalogue_is_an_error_on_the_page_and_in_the_log(tmp_path: Path, browser: Browser) -> None:
    folder = fresh_copy(tmp_path)
    po = folder / CATALOGUE / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Map"', 'msgid "Map"\nnot po syntax', 1), encoding="utf-8")
    with standard_start(folder) as app:
        tab = open_tab(browser)
        try:
            tab.page.goto(app.url + "/?lang=uk")
            expect(tab.page.get_by_text("The interface translations cannot be loaded")).to_be_visible()
            expect(tab.page.locator('[data-testid="stCode"]')).to_contain_text("fix the entry")
        finally:
            tab.close()
        log = app.log()
    assert "interface catalogues failed to load" in log
    assert f"{po}:" in log and "fix the entry" in log
    assert not (folder / CATALOGUE / "messages.mo").exists()
