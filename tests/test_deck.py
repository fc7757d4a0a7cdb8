"""The presenter's deck is built from the data; the briefing pack holds the same slides, one per PDF page."""

from __future__ import annotations

import re
from pathlib import Path

from coalition import Dataset, load_dataset
from coalition.briefing import briefing_html, briefing_pdf
from coalition.deck import build_deck
from coalition.viewstate import CompareState, MapState, PresentState, TrendsState
from tests.conftest import EditCsv


def test_full_deck(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState())
    assert [s.kind for s in deck] == [
        "title",
        "map",
        "organisations",
        "timeline",
        "compare",
        "trends",
        "quote",
        "quote",
        "quote",
        "quote",
        "corrections",
        "closing",
    ]
    assert [(f.value, f.label) for f in deck[0].numbers] == [
        ("38", "States that endorsed"),
        ("339", "Children on the list handed to Russia"),
        ("~20,000", "Children deported, per Ukraine"),
        ("2,000", "Children returned so far"),
    ]
    assert deck[0].numbers[0].context == "+ the European Union and the Council of Europe"
    assert "Children returned so far: 2,000 (as of 17 February 2026). Source: Babel." in deck[0].notes
    assert "Members that did not endorse: Cyprus, Hungary, Poland, Slovakia" in deck[2].lines
    assert deck[3].lines == ("64 days from “List of 339 handed over” to “Coalition statement”.",)
    assert [s.title for s in deck if s.kind == "quote"] == [
        "Coalition statement",
        "Andriy Yermak",
        "Kaja Kallas",
        "Andrii Sybiha",
    ]
    assert all(slide.notes for slide in deck), "every slide carries speaker notes"


def test_speaker_notes_cite_sources(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState())
    sybiha = next(s for s in deck if s.title == "Andrii Sybiha")
    assert "Role as the article gives it: “Deputy Foreign Minister of Ukraine”." in sybiha.notes
    assert any(note.startswith("Attribution unverified") for note in sybiha.notes)
    assert any("Better source: Interfax-Ukraine" in note for note in deck[-2].notes)
    assert any("United States joined the coalition on 8 March 2024" in note for note in deck[1].notes)


def test_country_and_quote_options(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState(country="HUN", quotes=("kallas",)))
    kinds = [s.kind for s in deck]
    assert kinds.count("quote") == 1
    country = deck[kinds.index("country")]
    assert country.title == "Hungary"
    assert country.lines[0] == "Did not endorse"
    assert country.chart == MapState(country="HUN", region="europe")


def test_campaign_slides_show_the_grid_and_the_series(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState(lang="uk", statement="unga-es-11-9"))
    compare = next(s for s in deck if s.kind == "compare")
    assert compare.chart == CompareState(lang="uk", statement="unga-es-11-9", group="EU", changed=True)
    assert any(line.startswith("Польща") for line in compare.lines)
    trends = next(s for s in deck if s.kind == "trends")
    assert trends.chart == TrendsState(lang="uk", statement="unga-es-11-9")
    assert any("2\xa0000" in line for line in trends.lines)
    assert deck[1].chart == MapState(lang="uk", statement="unga-es-11-9")


def test_tiny_package_gives_a_smaller_deck(tiny_dataset: Dataset) -> None:
    deck = build_deck(tiny_dataset, PresentState())
    assert [s.kind for s in deck] == [
        "title",
        "map",
        "organisations",
        "timeline",
        "compare",
        "trends",
        "quote",
        "corrections",
        "closing",
    ]
    assert deck[0].numbers[0].value == "2"
    assert deck[0].numbers[0].context == "+ the European Union"


def test_ukrainian_deck(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState(lang="uk"))
    assert deck[0].title == "Поверніть українських дітей"
    assert deck[8].title == "Кая Каллас"
    assert deck[8].quote_text.startswith("The suffering of children")


def test_briefing_html_is_self_contained(dataset: Dataset) -> None:
    page = briefing_html(dataset, PresentState(country="LIE"))
    assert len(re.findall(r'<section class="slide"', page)) == len(build_deck(dataset, PresentState(country="LIE")))
    assert "window.PlotlyGeoAssets" in page
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', page)
    assert "ArrowRight" in page


def test_briefing_escapes_data(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "quotes.csv", "Test Person,УК Test Person", "Test <script>alert(1)</script>,УК Test Person")
    page = briefing_html(load_dataset(tiny_copy), PresentState())
    assert "Test &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page


def test_briefing_pdf_has_one_page_per_slide(dataset: Dataset) -> None:
    pdf = briefing_pdf(dataset, PresentState())
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == len(build_deck(dataset, PresentState()))


def test_a_country_slide_says_where_the_state_stands(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState(country="LIE"))
    slide = next(s for s in deck if s.kind == "country")
    assert slide.title == "Liechtenstein"
    assert slide.lines[0] == "Signatory"
    assert slide.lines[1] == "Council of Europe, Organization for Security and Co-operation in Europe"
    assert slide.notes == ("Number 23 on the published list.",)
    assert slide.chart == MapState(country="LIE", region="europe")
    usa = next(s for s in build_deck(dataset, PresentState(lang="uk", country="USA")) if s.kind == "country")
    assert usa.lines[0] == "Заяву не підтримано"
    assert usa.notes == ("Немає серед тих, хто підтримав заяву.",) or usa.notes[0].startswith("Немає")
    assert any("США" in line or "2024" in line for line in usa.lines[1:])


def test_a_country_slide_in_a_vote_keeps_the_vote(dataset: Dataset) -> None:
    """In a recorded vote a state has a side, not a place on a list; its map stays on that vote; dates are short."""
    slide = next(s for s in build_deck(dataset, PresentState(country="UKR", statement="unga-es-11-9")) if s.kind == "country")
    assert slide.lines[0] == "In favour"
    assert slide.notes == ()
    assert slide.chart == MapState(statement="unga-es-11-9", country="UKR", region="europe")
    assert "2 Jun 2025 · Ukraine hands Russia the list of 339 children" in slide.lines
