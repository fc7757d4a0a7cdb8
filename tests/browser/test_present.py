"""Presenting: arrow keys move through the deck and the URL follows; the briefing pack works from file://."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect

from coalition import load_dataset
from coalition.briefing import briefing_html
from coalition.deck import build_deck
from coalition.positions import chosen
from coalition.viewstate import MapState, PresentState
from tests.browser.helpers import ROOT, goto, open_tab, wait_for_app

DATA = load_dataset(ROOT / "data")
DECK = build_deck(DATA, PresentState())


def test_arrow_keys_move_between_slides_and_the_url_follows(browser: Browser, server: str) -> None:
    tab = open_tab(browser, viewport={"width": 1280, "height": 720})
    page = tab.page
    goto(page, server, "/present")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(DECK[0].title)
    expect(page.locator('[data-testid="stTopNav"]')).to_be_hidden()
    expect(page.get_by_role("button", name="Next")).to_be_enabled()
    heading.click()  # the presenter clicks into the window, as on a projector laptop, then uses the keys
    page.keyboard.press("ArrowRight")
    expect(page).to_have_url(f"{server}/present?lang=en&slide=2")
    expect(heading).to_have_text(DECK[1].title)
    wait_for_app(page)
    page.keyboard.press("ArrowRight")
    expect(page).to_have_url(f"{server}/present?lang=en&slide=3")
    wait_for_app(page)
    page.keyboard.press("ArrowLeft")
    expect(page).to_have_url(f"{server}/present?lang=en&slide=2")
    expect(page.get_by_text(f"Slide 2 of {len(DECK)}")).to_be_visible()
    tab.log.assert_quiet()
    tab.close()


def test_next_button_and_notes_view(browser: Browser, server: str) -> None:
    tab = open_tab(browser, viewport={"width": 1920, "height": 1080})
    page = tab.page
    goto(page, server, f"/present?slide={len(DECK) - 1}&notes=1")
    expect(page.get_by_role("heading", level=1)).to_have_text(DECK[-2].title)
    expect(page.locator(".st-key-notes")).to_contain_text("Better source")
    page.get_by_role("button", name="Next").click()
    expect(page).to_have_url(f"{server}/present?lang=en&slide={len(DECK)}&notes=1")
    tab.log.assert_quiet()
    tab.close()


def test_briefing_pack_shows_every_slide_offline(browser: Browser, tmp_path: Path) -> None:
    pack = tmp_path / "briefing.html"
    pack.write_text(briefing_html(DATA, PresentState()), encoding="utf-8")
    tab = open_tab(browser, viewport={"width": 1280, "height": 720})
    page = tab.page
    page.goto(pack.as_uri())
    active = page.locator("section.slide.active")
    for number, slide in enumerate(DECK, start=1):
        expect(active).to_have_attribute("id", f"slide-{number}")
        expect(active.locator("h1")).to_have_text(slide.title)
        if slide.chart:
            expect(active.locator(".main-svg").first).to_be_visible()
        if isinstance(slide.chart, MapState):
            expect(active.locator("path.choroplethlocation")).to_have_count(len(chosen(DATA, "").states))
        page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    expect(active).to_have_attribute("id", f"slide-{len(DECK) - 1}")
    assert all(url.startswith("file:") for url in tab.log.requests)
    tab.log.assert_quiet()
    tab.close()


def test_briefing_notes_leave_the_credit_visible(browser: Browser, tmp_path: Path) -> None:
    """`n` shows the speaker notes; on every slide the credit line stays whole, inside the window, below the notes."""
    pack = tmp_path / "briefing.html"
    pack.write_text(briefing_html(DATA, PresentState()), encoding="utf-8")
    tab = open_tab(browser, viewport={"width": 1280, "height": 720})
    page = tab.page
    page.goto(pack.as_uri())
    active = page.locator("section.slide.active")
    expect(active).to_have_attribute("id", "slide-1")
    page.keyboard.press("n")
    for number, slide in enumerate(DECK, start=1):
        expect(active).to_have_attribute("id", f"slide-{number}")
        footer = active.locator("footer").bounding_box()
        assert footer and footer["y"] >= 0 and footer["y"] + footer["height"] <= 720
        nav = page.locator("nav").bounding_box()
        assert nav and footer["y"] + footer["height"] <= nav["y"], "the buttons cover the credit"
        if slide.notes:
            notes = active.locator(".notes")
            expect(notes).to_be_visible()
            box = notes.bounding_box()
            assert box and box["y"] + box["height"] <= footer["y"], f"the notes cover the credit on slide {number}"
        page.keyboard.press("ArrowRight")
    tab.log.assert_quiet()
    tab.close()
