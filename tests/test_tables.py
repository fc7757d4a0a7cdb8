"""The events and sources tables, country cards and quote search as a reader sees them, in English and Ukrainian."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd

from coalition import Dataset
from coalition.filters import country_card, events_table, filter_events, search_quotes, sources_table
from coalition.i18n import locale
from coalition.positions import chosen

EN = locale("en")
UK = locale("uk")


def test_events_table_in_english(tiny_dataset: Dataset) -> None:
    table = events_table(filter_events(tiny_dataset), EN)
    assert list(table.columns) == ["Date", "Event", "Kind", "Place", "Outcome", "ID"]
    assert table.to_dict(orient="records") == [
        {
            "Date": "2 Jun 2025",
            "Event": "List handed over",
            "Kind": "List handover",
            "Place": "Istanbul",
            "Outcome": "List handed over",
            "ID": "list-handover",
        },
        {
            "Date": "5 Aug 2025",
            "Event": "Statement",
            "Kind": "Statement",
            "Place": "",
            "Outcome": "Endorsed by 3 parties",
            "ID": "tiny-statement",
        },
    ]


def test_events_table_in_ukrainian(tiny_dataset: Dataset) -> None:
    table = events_table(filter_events(tiny_dataset, ("list_handover",)), UK)
    assert list(table.columns) == ["Дата", "Подія", "Тип", "Місце", "Результат", "ID"]
    assert table.to_dict(orient="records") == [
        {
            "Дата": "2 черв. 2025\u202fр.",
            "Подія": "УК List handed over",
            "Тип": "Передання списку",
            "Місце": "УК Istanbul",
            "Результат": "УК List handed over",
            "ID": "list-handover",
        }
    ]


def test_a_source_without_a_date_or_link_shows_empty_cells(tiny_dataset: Dataset) -> None:
    notes = dataclasses.replace(tiny_dataset.sources[1], source_id="notes", url="", published=None)
    for loc, published, link in ((EN, "Published", "Link"), (UK, "Дата публікації", "Посилання")):
        rows = sources_table((tiny_dataset.sources[1], notes), loc).to_dict(orient="records")
        assert rows[0][published] == ("2 Jun 2025" if loc is EN else "2 черв. 2025\u202fр.")
        assert rows[0][link] == "https://example.org/better"
        assert rows[1][published] == ""
        assert pd.isna(rows[1][link])
    english = sources_table((notes,), EN).iloc[0].to_dict()
    assert english == {
        "Source": "Better source",
        "Publisher": "Test Agency",
        "Published": "",
        "Kind": "News report",
        "Confidence": "High: several sources agree",
        "Link": None,
    }


def test_a_country_card_in_ukrainian_lists_membership_changes_by_date(tiny_dataset: Dataset) -> None:
    founded = tiny_dataset.membership_changes[0]
    left = dataclasses.replace(founded, change_id="tiny-can-left", change="left", date=dt.date(2025, 1, 10))
    joined = dataclasses.replace(founded, change_id="tiny-can-rejoined", change="joined", date=dt.date(2025, 3, 1))
    data = dataclasses.replace(tiny_dataset, membership_changes=(joined, left, founded))
    card = country_card(data, chosen(data, ""), "CAN", UK)
    assert (card.iso3, card.name, card.status) == ("CAN", "Канада", "co_chair")
    assert [(c.change, c.date) for c in card.membership] == [
        ("founded", dt.date(2024, 2, 2)),
        ("left", dt.date(2025, 1, 10)),
        ("joined", dt.date(2025, 3, 1)),
    ]
    assert [e.event_id for e in card.events] == ["tiny-statement"] and card.quotes == ()
    ukraine = country_card(data, chosen(data, ""), "UKR", EN)
    assert (ukraine.iso3, ukraine.name, ukraine.membership) == ("UKR", "Ukraine", ())
    assert [q.quote_id for q in ukraine.quotes] == ["test-person"]


def test_quote_search_matches_only_what_the_fields_say(tiny_dataset: Dataset) -> None:
    assert [q.quote_id for q in search_quotes(tiny_dataset, "ук test person")] == ["test-person"]
    assert [q.quote_id for q in search_quotes(tiny_dataset, "  DEPUTY minister ")] == ["test-person"]
    assert search_quotes(tiny_dataset, "xx") == ()
    assert search_quotes(tiny_dataset, "x x") == ()
