"""The compare grid, the diff of two instruments, and the series over time, on the shipped data."""

from __future__ import annotations

import datetime as dt

from coalition import Dataset
from coalition.compare import changed, diff, matrix, table
from coalition.figures import Options, build
from coalition.i18n import locale
from coalition.trends import disagreements, points, shown_series
from coalition.viewstate import CompareState, TrendsState

EN = locale("en")


def test_the_grid_has_a_column_per_instrument_in_date_order(dataset: Dataset) -> None:
    grid = matrix(dataset)
    dates = [c.statement.date for c in grid.columns]
    assert dates == sorted(dates)
    assert "co_chairs_statement" not in {c.statement.kind for c in grid.columns}
    assert "pace-res-2495" not in {c.statement.statement_id for c in grid.columns}  # votes of MPs, not states
    assert grid.cell("POL", "coalition-2025-08-05") == "none" and grid.cell("POL", "un-joint-2023-04-05") == "signatory"
    assert grid.cell("FRA", "unga-es-11-9") == "unknown"


def test_columns_say_how_much_we_know(dataset: Dataset) -> None:
    by_id = {c.statement.statement_id: c for c in matrix(dataset).columns}
    assert (by_id["osce-moscow-2023-03-30"].named, by_id["osce-moscow-2023-03-30"].complete) == (45, True)
    vote = by_id["unga-es-11-9"]
    assert (vote.named, vote.reported, vote.complete) == (49, 193, False)


def test_groups_and_only_changed(dataset: Dataset) -> None:
    assert len(matrix(dataset, "EU").states) == 27
    changed_eu = set(matrix(dataset, "EU", only_changed=True).states)
    assert {"POL", "HUN", "CYP", "SVK"} <= changed_eu and "FRA" not in changed_eu
    assert not changed(["signatory", "unknown", "signatory"])
    assert changed(["signatory", "unknown", "none"])


def test_the_diff_of_two_instruments(dataset: Dataset) -> None:
    change = diff(dataset, "un-joint-2023-04-05", "coalition-2025-08-05")
    assert change.joined == ("ARG", "CHL", "CRI")
    assert {"POL", "USA", "HUN"} <= set(change.dropped) and len(change.dropped) == 14
    vote = diff(dataset, "coalition-2025-08-05", "unga-es-11-9")
    assert "FRA" in vote.unknown and "FRA" not in vote.dropped


def test_the_table_sorts_by_name_or_by_support(dataset: Dataset) -> None:
    text, categories = table(dataset, matrix(dataset, "EU"), EN)
    assert list(text["State"])[:3] == ["Austria", "Belgium", "Bulgaria"]
    assert len(categories) == 27
    by_support, _ = table(dataset, matrix(dataset, "EU"), EN, sort="coalition-2025-08-05")
    assert set(list(by_support["State"])[-4:]) == {"Cyprus", "Hungary", "Poland", "Slovakia"}
    uk, _ = table(dataset, matrix(dataset, "EU"), locale("uk"))
    assert list(uk["Держава"])[:2] == ["Австрія", "Бельгія"]


def test_series_never_join_definitions(dataset: Dataset) -> None:
    ids = [s.series_id for s in shown_series(dataset)]
    assert {"deported-verified", "returned-russia-only", "returned-bkbu"} <= set(ids)
    russia_only = points(dataset, "returned-russia-only")
    bkbu = points(dataset, "returned-bkbu")
    assert max(f.as_of for f in russia_only if f.as_of) < min(f.as_of for f in bkbu if f.as_of)
    chart = build(TrendsState(), dataset).figure
    lines = [t for t in chart.data if t.mode == "lines+markers"]
    assert len(lines) == len(ids)


def test_disagreements_are_shown_with_both_values(dataset: Dataset) -> None:
    found = {(day, tuple(f.value for f in group)) for day, group in disagreements(dataset)}
    assert (dt.date(2025, 9, 23), (1625, 1652)) in found
    chart = build(TrendsState(), dataset)
    rings = [t for t in chart.figure.data if t.name == "Sources disagree"]
    assert any(list(t.y) == [1625, 1652] for t in rings)
    assert (
        "On 23 September 2025 sources disagree on “Children returned under Bring Kids Back UA”: 1,625, 1,652." in chart.alt_text
    )


def test_the_compare_chart_grows_with_its_rows(dataset: Dataset) -> None:
    small = build(CompareState(group="G7"), dataset, Options(medium="image", title="T", credit="C"))
    large = build(CompareState(group="OSCE"), dataset, Options(medium="image", title="T", credit="C"))
    assert large.height > small.height
    heatmap = small.figure.data[0]
    assert list(heatmap.y)[:2] == ["Canada", "France"] and len(heatmap.y) == 7
    assert "Positions of 7 states in" in small.alt_text
