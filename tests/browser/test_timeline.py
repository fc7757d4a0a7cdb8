"""Timeline: ?event= or a click opens the event's card with its correction; an unknown id gets a plain notice."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.charts import WIDE, click_point
from tests.browser.helpers import BrowserLog, goto


def test_event_parameter_opens_its_card(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/timeline?event=list-handover")
    card = page.locator(".st-key-event-list-handover")
    expect(card).to_be_visible()
    expect(card.get_by_role("heading")).to_have_text("Ukraine hands Russia the list of 339 children")
    expect(card).to_contain_text("339")
    correction = card.locator('[data-testid="stAlert"]').filter(has_text="Correction")
    expect(correction).to_be_visible()
    expect(correction).to_contain_text("first round")
    expect(correction).to_contain_text("second round")
    browser_log.assert_quiet()


def test_unknown_event_shows_a_notice(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/timeline?event=nope")
    notice = page.locator('[class*="st-key-notice-"]').filter(has_text="There is no event")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("nope")
    expect(page.locator('[class*="st-key-event-"]')).to_have_count(0)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    browser_log.assert_quiet()


def test_clicking_an_event_opens_its_details(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/timeline")
    click_point(page, f"{WIDE} .js-plotly-plot g.trace.scatter path.point", "istanbul-2")
    expect(page).to_have_url(f"{server}/timeline?lang=en&event=istanbul-2")
    card = page.locator(".st-key-event-istanbul-2")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Çırağan Palace")
    expect(card).to_contain_text("Rustem Umerov")
    browser_log.assert_quiet()
