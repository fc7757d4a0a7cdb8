"""Hostile text in the URL is drawn as text: a page with a payload has the same links, headings, emphasis, images
and maths as the same page without it, and no request leaves the machine."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import BrowserLog, goto

PAYLOADS = [
    "https://evil.example/",
    "[l](javascript:alert(1))",
    "x\n===\ny",
    ":red[x] **b** $$y$$ :material/home:",
    "<img src=x onerror=alert(1)>",
    "www.evil.example a@evil.example",
]
# Where each page shows URL text: a notice for an ignored value, or the quotes' "no match" box.
PLACES = [
    ("/", "lang"),
    ("/map", "country"),
    ("/timeline", "event"),
    ("/quotes", "q"),
    ("/compare", "group"),
    ("/present", "slide"),
]
MARKUP = "a, h1, h2, h3, h4, h5, h6, strong, em, img, .katex, [data-testid='stMarkdownColoredText'], code"


# The count of each kind of element in the main block, returned once it is the same on two polls in a row.
SETTLED_COUNTS_JS = """(selectors) => {
    const main = document.querySelector('[data-testid="stMain"]');
    const now = JSON.stringify(selectors.map((s) => main.querySelectorAll(s).length));
    const settled = window.__markupCounts === now;
    window.__markupCounts = now;
    return settled ? now : false;
}"""


def counts(page: Page) -> dict[str, int]:
    """How many elements of each kind the page's main block holds, once all of it is drawn (the footer is last) and
    nothing more arrives; the pointer is moved off the page, so no hover adds a heading's anchor link."""
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator(".st-key-footer")).to_contain_text("Dataset version")
    page.mouse.move(0, 0)
    selectors = MARKUP.split(", ")
    settled = page.wait_for_function(SETTLED_COUNTS_JS, arg=selectors, polling=400).json_value()
    return dict(zip(selectors, json.loads(settled), strict=True))


@pytest.mark.parametrize(("path", "param"), PLACES)
def test_url_text_creates_no_element(page: Page, browser_log: BrowserLog, server: str, path: str, param: str) -> None:
    goto(page, server, f"{path}?{urlencode({param: 'zzzz'})}")
    baseline = counts(page)
    for payload in PAYLOADS:
        goto(page, server, f"{path}?{urlencode({param: payload})}")
        first_word = payload.split()[0][:30]
        page.wait_for_function(
            "(word) => document.querySelector('[data-testid=\"stMain\"]').innerText.replaceAll('\\u2060', '').includes(word)",
            arg=first_word,
        )
        assert counts(page) == baseline, f"{payload!r} on {path} created elements"
        assert not page.locator('a[href^="javascript"], a[href*="evil"]').count()
    assert not browser_log.dialogs
    browser_log.assert_quiet()
