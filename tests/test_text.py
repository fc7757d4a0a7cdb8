"""Generated prose and markdown escaping."""

from __future__ import annotations

from coalition import Dataset
from coalition.i18n import locale
from coalition.text import map_description, summary_paragraph, timeline_description
from coalition.viewstate import TimelineState

EN = locale("en")


def test_summary_states_the_key_facts(dataset: Dataset) -> None:
    text = summary_paragraph(dataset, EN)
    assert "On 5 August 2025" in text
    assert "co-chaired by Canada and Ukraine" in text
    assert "38 states endorsed it: 37 as signatories and Switzerland as observer" in text
    assert "339 children" in text
    assert "Cyprus, Hungary, Poland, Slovakia" in text


def test_summary_follows_the_data(tiny_dataset: Dataset) -> None:
    text = summary_paragraph(tiny_dataset, EN)
    assert "2 states endorsed it" in text
    assert "12 children" in text


def test_descriptions_give_the_numbers(dataset: Dataset) -> None:
    assert "38 states" in map_description(dataset, EN)
    assert "Liechtenstein is highlighted (signatory)" in map_description(dataset, EN, "LIE")
    assert "64 days passed" in timeline_description(dataset, EN, TimelineState())


def test_timeline_description_matches_what_is_drawn(dataset: Dataset) -> None:
    talks = timeline_description(dataset, EN, TimelineState())
    assert talks.startswith("Events shown: 7, from 16 May 2025 to 5 August 2025.")
    legal = timeline_description(dataset, EN, TimelineState(kinds=("legal_action",)))
    assert legal.startswith("Events shown: 1, from 17 March 2023 to 17 March 2023.")
    assert "ICC issues arrest warrants" in legal
    assert "days passed" not in legal
