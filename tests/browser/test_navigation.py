"""Moving around keeps the view's language and global parameters: the top menu, the switcher, card links, permalinks."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import BrowserLog, goto, open_tab, wait_for_app


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def menu(page: Page, name: str) -> None:
    """Click an entry of the app's top menu."""
    page.locator('[data-testid="stTopNav"]').get_by_role("link", name=name).click()


def test_top_menu_keeps_the_language_chosen_in_the_url(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/map?lang=uk")
    expect(page.get_by_role("heading", level=1)).to_contain_text("38 держав, Європейський Союз і Рада Європи")
    menu(page, "Хронологія")
    expect(page.get_by_role("heading", level=1)).to_have_text("Від переговорів у Стамбулі до заяви")
    page.wait_for_url(lambda url: "/timeline" in url and parse_qs(urlsplit(url).query).get("lang") == ["uk"])
    menu(page, "Цитати")
    expect(page.get_by_role("heading", level=1)).to_have_text("Що сказали посадовці")
    browser_log.assert_quiet()


def test_switcher_then_menu_in_a_ukrainian_browser(browser: Browser, server: str) -> None:
    tab = open_tab(browser, locale="uk-UA")
    page = tab.page
    goto(page, server, "/map")
    expect(page.get_by_role("heading", level=1)).to_contain_text("38 держав")
    page.get_by_role("radio", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("38 states")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("lang") == ["en"])
    wait_for_app(page)
    menu(page, "Timeline")
    expect(page.get_by_role("heading", level=1)).to_have_text("From the Istanbul talks to the statement")
    assert query(page).get("lang") == ["en"]
    tab.log.assert_quiet()
    tab.close()


def test_country_card_links_keep_the_language(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/map?lang=uk&country=UKR")
    card = page.locator(".st-key-country-card")
    expect(card).to_contain_text("Україна")
    card.get_by_role("link", name="Андрій Єрмак").click()
    expect(page.locator(".st-key-quote-yermak")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Що сказали посадовці")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query) == {"lang": ["uk"], "quote": ["yermak"]})
    browser_log.assert_quiet()


def test_permalink_reaches_the_address_bar(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/quotes?lang=uk")
    page.locator(".st-key-quote-kallas").get_by_role("link", name="Постійне посилання на цю цитату").click()
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query) == {"lang": ["uk"], "quote": ["kallas"]})
    expect(page.locator('[class*="st-key-quote-"]')).to_have_count(1)
    expect(page.get_by_role("heading", level=1)).to_have_text("Що сказали посадовці")
    browser_log.assert_quiet()


def test_an_unknown_country_never_reaches_a_link(page: Page, browser_log: BrowserLog, server: str) -> None:
    goto(page, server, "/map?country=ZZZ&outline=NATO")
    expect(page.get_by_text("There is no country with the code “ZZZ”")).to_be_visible()
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query) == {"lang": ["en"]})
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map((a) => a.href)")
    assert hrefs and not [h for h in hrefs if "ZZZ" in h or "NATO" in h]
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator('[data-testid="stPopover"] code, [data-testid="stCode"]').first).to_contain_text("/map?lang=en")
    codes = page.locator("code").all_inner_texts()
    assert not [c for c in codes if "ZZZ" in c]
    browser_log.assert_quiet()
