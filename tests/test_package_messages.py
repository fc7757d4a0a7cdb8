"""Frictionless's errors in our words: each kind of cell problem names the value, the rule and the fix."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coalition import DataError, load_dataset
from tests.conftest import EditCsv


def problems_of(package: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_dataset(package)
    return str(caught.value)


def _field(package: Path, resource: str, field: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    schema = next(r for r in descriptor["resources"] if r["name"] == resource)["schema"]
    change(next(f for f in schema["fields"] if f["name"] == field))
    path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            ",12,exact,",
            ",twelve,exact,",
            "figures.csv:2: value: 'twelve' is not a whole number — write a whole number such as 12",
        ),
        (",12,exact,", ",1.5,exact,", "figures.csv:2: value: '1.5' is not a whole number — write a whole number such as 12"),
        (
            ",2025-06-02,,,article",
            ",2 June 2025,,,article",
            "figures.csv:2: as_of: '2 June 2025' is not a date in the form YYYY-MM-DD — write a real date",
        ),
        (
            ",2025-06-02,,,article",
            ",2025-06-31,,,article",
            "figures.csv:2: as_of: '2025-06-31' is not a real calendar date — write a real date as YYYY-MM-DD",
        ),
    ],
)
def test_type_errors(tiny_copy: Path, replace_in: EditCsv, old: str, new: str, message: str) -> None:
    replace_in(tiny_copy, "figures.csv", old, new)
    assert message in problems_of(tiny_copy)


def test_a_boolean_that_is_not_one(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "positions.csv", "co_chair,,high,false,", "co_chair,,high,maybe,")
    assert "positions.csv:2: inferred: 'maybe' is not true or false — write true or false" in problems_of(tiny_copy)


def test_a_number_that_is_not_one(tiny_copy: Path, replace_in: EditCsv) -> None:
    _field(tiny_copy, "figures", "value", lambda f: f.update(type="number"))
    replace_in(tiny_copy, "figures.csv", ",12,exact,", ",a dozen,exact,")
    assert "figures.csv:2: value: 'a dozen' is not a number — write a number such as 1.5" in problems_of(tiny_copy)


def test_pattern_and_length(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "sources.csv", "https://example.org/article", "example.org/article")
    message = problems_of(tiny_copy)
    assert (
        "sources.csv:2: url: 'example.org/article' does not match the pattern ^https?://\\S+$ — see the field's pattern"
        in message
    )
    _field(tiny_copy, "sources", "url", lambda f: f.update(constraints={"maxLength": 10}))
    assert (
        "sources.csv:2: url: 'example.org/article' is longer than 10 characters — shorten it to 10 characters or fewer"
        in problems_of(tiny_copy)
    )


def test_minimum_and_maximum(tiny_copy: Path) -> None:
    _field(tiny_copy, "figures", "value", lambda f: f.update(constraints={"minimum": 20}))
    assert "figures.csv:2: value: 12 is below the minimum 20 — use 20 or more" in problems_of(tiny_copy)
    _field(tiny_copy, "figures", "value", lambda f: f.update(constraints={"maximum": 10}))
    assert "figures.csv:2: value: 12 is above the maximum 10 — use 10 or less" in problems_of(tiny_copy)


def test_a_duplicate_key_names_the_first_row(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "figures.csv", "returned-2025-09-23-other,", "returned-2025-09-23,")
    assert "figures.csv:4: figure_id: duplicate key 'returned-2025-09-23' (first on row 3)" in problems_of(tiny_copy)
