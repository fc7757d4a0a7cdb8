"""The featured statement's deck as a presenter reads it: every slide's title, and the lines and notes that carry facts."""

from __future__ import annotations

from coalition import Dataset
from coalition.deck import build_deck
from coalition.viewstate import PresentState


def test_every_slide_says_what_the_presenter_needs(dataset: Dataset) -> None:
    deck = build_deck(dataset, PresentState())
    assert [(s.kind, s.title) for s in deck] == [
        ("title", "Return Ukraine's children"),
        ("map", "Who endorsed the call"),
        ("organisations", "The organisations and their members"),
        ("timeline", "From the list handover to the statement"),
        ("compare", "EU members whose position changed"),
        ("trends", "Children deported and returned, each count by its own definition"),
        ("quote", "Coalition statement"),
        ("quote", "Andriy Yermak"),
        ("quote", "Kaja Kallas"),
        ("quote", "Andrii Sybiha"),
        ("corrections", "Where the article is wrong"),
        ("closing", "Sources"),
    ]
    slides = {s.kind: s for s in deck}
    assert "Organisations: European Union (observer), Council of Europe (listed (no status given))" in slides["title"].notes[0]
    assert (
        "United States joined the coalition on 8 March 2024 but is not among the endorsers. Source: Coalition dashboard team."
        in slides["map"].notes
    )
    assert slides["organisations"].lines[1] == "Members that did not endorse: Cyprus, Hungary, Poland, Slovakia"
    # Only the instruments that name the state: an unknown cell is left out, not shown as "no".
    assert slides["compare"].lines[0] == (
        "Cyprus: OSCE Moscow Mechanism, 2023 ●, UN joint statement, 5 Apr 2023 ●, CoE Reykjavik declaration, 2023 ●, "
        "Peace Summit communiqué, 2024 ●, Coalition statement, 5 Aug 2025 —"
    )
    assert slides["trends"].lines[:2] == (
        "Children deported or forcibly transferred, verified: 20,000 (17 Feb 2026)",
        "Children returned under Bring Kids Back UA: 2,000 (17 Feb 2026)",
    )
    assert (
        slides["trends"]
        .notes[0]
        .startswith("Children deported or forcibly transferred, verified: Children Ukraine has verified as deported")
    )
    sybiha = deck[9]
    assert sybiha.notes[-1] == "Attribution unverified: No other copy of the statement carries this quote."
    corrections = slides["corrections"]
    assert (
        corrections.lines[1]
        == "As published: “Deputy Foreign Minister of Ukraine” — verified: Minister of Foreign Affairs of Ukraine"
    )
    assert (
        corrections.notes[1]
        == "Sybiha had been Minister of Foreign Affairs since 5 September 2024. Better source: Ukrainska Pravda, 5 Sept 2024."
    )
    closing = slides["closing"]
    assert "Interfax-Ukraine: https://en.interfax.com.ua/news/general/1076642.html" in closing.lines
    assert closing.notes == ("All data CC BY 4.0; each source keeps its own rights.",)
