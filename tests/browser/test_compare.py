"""The campaign views: the compare grid, a partial vote's map, and ?statement= kept by every view, link and menu."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.browser.charts import WIDE
from tests.browser.helpers import BrowserLog, goto

VOTE = "unga-es-11-9"
GRID = ".st-key-compare-grid table"


def grid_rows(page: Page) -> dict[str, dict[str, str]]:
    """The compare grid as {state: {column heading: cell text}}, read from the HTML table."""
    expect(page.locator(GRID)).to_be_visible()
    headings = page.locator(f"{GRID} thead th").all_inner_texts()
    rows = page.locator(f"{GRID} tbody tr").evaluate_all(
        "(rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.innerText.trim()))"
    )
    cells = [row[-len(headings) :] for row in rows]
    return {row[0]: dict(zip(headings, row, strict=True)) for row in cells}


def column(rows: dict[str, dict[str, str]], start: str) -> str:
    return next(h for h in next(iter(rows.values())) if h.startswith(start))


def test_poland_is_absent_from_5_august_2025_but_signed_in_april_2023(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/compare")
    rows = grid_rows(page)
    poland = rows["Poland"]
    assert poland[column(rows, "Coalition statement, 5 Aug 2025")] == "— Not on list"
    assert poland[column(rows, "UN joint statement, 5 Apr 2023")] == "● Signed"
    assert column(rows, "UNGA ES-11/9").endswith("named)")
    browser_log.assert_quiet()


def test_group_and_changed_filters_and_the_diff(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/compare?group=EU&changed=1&a=un-joint-2023-04-05&b=coalition-2025-08-05")
    rows = grid_rows(page)
    assert {"Poland", "Hungary", "Cyprus", "Slovakia"} <= set(rows)
    assert "France" not in rows  # signed everything it is named in
    expect(page.get_by_text("Dropped (14):")).to_be_visible()
    expect(page.get_by_text("Joined (3):")).to_be_visible()
    browser_log.assert_quiet()


def test_a_partial_vote_map_shows_unknown_not_no(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, f"/map?statement={VOTE}")
    legend = page.locator(f"{WIDE} .legendtext")
    expect(legend.filter(has_text="Unknown: not named in our partial list")).to_have_count(1)
    expect(legend.filter(has_text="Did not endorse")).to_have_count(0)
    expect(legend.filter(has_text="Against, disputed (one of two names)")).to_have_count(1)
    expect(page.get_by_text("Our list of names is partial")).to_be_visible()
    browser_log.assert_quiet()


@pytest.mark.parametrize("path", ["/", "/map", "/compare", "/trends", "/timeline", "/quotes", "/sources", "/present"])
def test_statement_round_trips_through_every_view(page: Page, browser_log: BrowserLog, server: str, path: str) -> None:
    goto(page, server, f"{path}?statement={VOTE}")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("statement") == [VOTE])
    if path not in ("/", "/sources", "/present"):
        page.get_by_role("button", name="Copy link").click()
        expect(page.locator('[data-testid="stPopoverBody"] code').first).to_contain_text(f"statement={VOTE}")
    if path != "/present":
        page.locator('[data-testid="stTopNav"]').get_by_role("link", name="Sources").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Sources and corrections")
        page.wait_for_url(lambda url: "/sources" in url and parse_qs(urlsplit(url).query).get("statement") == [VOTE])
    browser_log.assert_quiet()
