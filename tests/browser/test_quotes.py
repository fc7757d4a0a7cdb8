"""Quotes: a permalink shows one quote, the search box filters and updates the URL, hostile input stays text."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, expect

from tests.browser.helpers import BrowserLog, data_rows, goto

QUOTE_CARDS = '[class*="st-key-quote-"]'
XSS = "<script>alert(1)</script>"
QUOTES = len(data_rows("quotes"))


def search(page: Page, text: str) -> None:
    box = page.get_by_label("Search the quotes")
    expect(box).to_be_editable()
    box.fill(text)
    box.press("Enter")


def test_permalink_shows_one_quote(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/quotes?quote=kallas")
    cards = page.locator(QUOTE_CARDS)
    expect(cards).to_have_count(1)
    expect(page.locator(".st-key-quote-kallas")).to_be_visible()
    expect(cards).to_contain_text("Kaja Kallas")
    expect(page.get_by_label("Search the quotes")).to_have_count(0)
    browser_log.assert_quiet()


def test_search_filters_the_quotes_and_updates_the_url(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/quotes")
    cards = page.locator(QUOTE_CARDS)
    expect(cards).to_have_count(QUOTES)
    search(page, "sanctions")
    expect(page).to_have_url(f"{server}/quotes?lang=en&q=sanctions")
    expect(cards).to_have_count(1)
    expect(page.locator(".st-key-quote-kallas")).to_be_visible()
    expect(cards).to_contain_text("Kaja Kallas")
    expect(page.get_by_text(f"1 of {QUOTES} quotes")).to_be_visible()
    browser_log.assert_quiet()


def test_search_with_markup_is_shown_as_text(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/quotes")
    expect(page.locator(QUOTE_CARDS)).to_have_count(QUOTES)
    search(page, XSS)
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("q") == [XSS])
    notice = page.locator('[data-testid="stAlert"]').filter(has_text="No quote matches")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(f"“{XSS}”")
    expect(page.locator(QUOTE_CARDS)).to_have_count(0)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    # The only script in the page's body is the app's own, which sets <html lang> (coalition.ui.router.page_head).
    expect(page.locator('[data-testid="stMain"] script:not(.st-key-page-head script)')).to_have_count(0)
    browser_log.assert_quiet()
