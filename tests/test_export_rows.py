"""Exported rows of the compare and trends views, cell by cell, as a spreadsheet or script receives them."""

from __future__ import annotations

import json

from coalition import Dataset
from coalition.export import export, view_rows
from coalition.viewstate import CompareState, TrendsState


def compare_row(party: str, name: str, statement: str, category: str, confidence: str, inferred: bool) -> dict[str, object]:
    """A compare row of the tiny package: its two instruments are the statement and the vote."""
    vote = statement == "tiny-vote"
    url = "https://example.org/better" if vote else "https://example.org/article"
    return {
        "party_id": party,
        "name": name,
        "statement_id": statement,
        "statement": "Tiny vote" if vote else "Tiny statement",
        "date": "2025-12-03" if vote else "2025-08-05",
        "list_status": "partial" if vote else "complete",
        "category": category,
        "confidence": confidence,
        "inferred": inferred,
        "source_url": url if confidence else "",
    }


def test_compare_rows_of_every_state_and_instrument(tiny_dataset: Dataset) -> None:
    rows = view_rows(tiny_dataset, CompareState()).to_dict(orient="records")
    assert rows == [
        compare_row("CAN", "Canada", "tiny-statement", "co_chair", "high", False),
        compare_row("CAN", "Canada", "tiny-vote", "in_favour", "high", False),
        compare_row("CZE", "Czechia", "tiny-statement", "signatory", "high", False),
        compare_row("CZE", "Czechia", "tiny-vote", "unknown", "", False),
        compare_row("POL", "Poland", "tiny-statement", "none", "", False),
        compare_row("POL", "Poland", "tiny-vote", "against", "medium", True),
    ]
    assert [type(row["inferred"]) for row in rows] == [bool] * 6


def test_compare_rows_of_only_the_states_that_changed(tiny_dataset: Dataset, dataset: Dataset) -> None:
    # No state of the tiny package both supported one instrument and opposed another: a header and no rows.
    assert export(tiny_dataset, CompareState(changed=True), "csv").decode("utf-8") == (
        "party_id,name,statement_id,statement,date,list_status,category,confidence,inferred,source_url\n"
    )
    everyone = view_rows(dataset, CompareState(group="G7"))
    changed = view_rows(dataset, CompareState(group="G7", changed=True))
    assert sorted(set(everyone.party_id)) == ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]
    assert sorted(set(changed.party_id)) == ["CAN", "JPN", "USA"]
    assert len(changed) == 3 * everyone.statement_id.nunique()


def test_trends_rows_carry_every_cell_of_each_figure(tiny_dataset: Dataset) -> None:
    english = {
        "series_id": "returned-bkbu",
        "series": "Children returned",
        "figure_id": "returned-2025-09-23-other",
        "as_of": "2025-09-23",
        "value": 32,
        "qualifier": "exact",
        "confidence": "medium",
        "publisher": "Test Agency",
        "source_url": "https://example.org/better",
        "note": "Another official's figure",
    }
    rows = view_rows(tiny_dataset, TrendsState()).to_dict(orient="records")
    assert [(r["figure_id"], r["value"], r["confidence"], r["publisher"]) for r in rows] == [
        ("list-children", 12, "high", "Test Media"),
        ("returned-2025-09-23", 30, "high", "Test Agency"),
        ("returned-2025-09-23-other", 32, "medium", "Test Agency"),
    ]
    assert rows[2] == english
    ukrainian = json.loads(export(tiny_dataset, TrendsState(lang="uk", series=("returned-bkbu",)), "json"))["rows"]
    assert ukrainian[1] == {
        **english,
        "series": "УК Children returned",
        "note": "УК Another official's figure",
    }
    assert [r["note"] for r in ukrainian] == ["", "УК Another official's figure"]
