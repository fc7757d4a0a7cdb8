"""The exact lines a data editor reads for a broken header, file, cell or constraint: file, row, column, problem, fix."""

from __future__ import annotations

import itertools
import json
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from frictionless import errors as fl

from coalition.load import problems_of
from coalition.package import Source, _constraint_problem, _first_row, _table_problem, _type_problem
from tests.conftest import EditCsv

MEMBERSHIPS_HEADER = "organisation_id,iso3,source_id"


def lines(package: Path) -> list[str]:
    """Every problem of the package as the loader words it."""
    return [str(problem) for problem in problems_of(package)]


def change_resource(package: Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(next(r for r in descriptor["resources"] if r["name"] == name))
    path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")


def change_field(package: Path, resource: str, field: str, **values: object) -> None:
    change_resource(package, resource, lambda r: next(f for f in r["schema"]["fields"] if f["name"] == field).update(values))


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            MEMBERSHIPS_HEADER + ",extra",
            "memberships.csv:1: extra: the column is not declared in datapackage.json"
            " — declare it in the resource's schema or remove it",
        ),
        (
            "organisation_id,iso,source_id",
            "memberships.csv:1: iso: the column is 'iso' where the schema expects 'iso3'"
            " — rename it, or put the columns in the order datapackage.json lists them",
        ),
        (
            "organisation_id,iso3,iso3",
            "memberships.csv:1: iso3: the column 'iso3' appears twice (columns 2 and 3)"
            " — keep one of them, with the name the schema gives",
        ),
        (
            "organisation_id,,source_id",
            "memberships.csv:1: column 2 has no name — name it 'iso3' as the schema does, or remove it",
        ),
    ],
    ids=["extra column", "renamed column", "duplicated column", "blank column"],
)
def test_a_broken_header_is_one_line_on_row_one(tiny_copy: Path, replace_in: EditCsv, header: str, expected: str) -> None:
    replace_in(tiny_copy, "memberships.csv", MEMBERSHIPS_HEADER, header)
    assert lines(tiny_copy) == [expected]


def test_columns_in_the_wrong_order_name_both(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "memberships.csv", MEMBERSHIPS_HEADER, "iso3,organisation_id,source_id")
    fix = "rename it, or put the columns in the order datapackage.json lists them"
    assert lines(tiny_copy) == [
        f"memberships.csv:1: iso3: the column is 'iso3' where the schema expects 'organisation_id' — {fix}",
        f"memberships.csv:1: organisation_id: the column is 'organisation_id' where the schema expects 'iso3' — {fix}",
    ]


def test_an_empty_file_asks_for_its_header(tiny_copy: Path) -> None:
    (tiny_copy / "memberships.csv").write_bytes(b"")
    assert lines(tiny_copy) == ["memberships.csv:1: the file is empty — write the header row: organisation_id,iso3,source_id"]


def test_a_byte_that_is_not_utf8_names_its_line_and_offset(tiny_copy: Path) -> None:
    (tiny_copy / "memberships.csv").write_bytes(b"organisation_id,iso3,source_id\nEU,CZE,article\nEU,P\xffL,article\n")
    assert lines(tiny_copy) == ["memberships.csv:3: byte 50 is not UTF-8 — save the file as UTF-8"]


def test_a_byte_that_is_not_utf8_deep_in_a_large_file_names_its_line(tiny_copy: Path) -> None:
    codes = ("".join(c).encode() for c in itertools.product(string.ascii_uppercase, repeat=3))
    body = b"".join(b"EU," + code + b",article\n" for code in itertools.islice(codes, 3000))
    text = MEMBERSHIPS_HEADER.encode() + b"\n" + body + b"EU,P\xffL,article\n"
    (tiny_copy / "memberships.csv").write_bytes(text)
    assert lines(tiny_copy) == [f"memberships.csv:3002: byte {len(text) - 11} is not UTF-8 — save the file as UTF-8"]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (
            {"compression": "zip"},
            "memberships.csv: cannot read the file (File is not a zip file) — save it as a CSV file in UTF-8",
        ),
        (
            {"dialect": {"delimiter": ";;"}},
            'memberships.csv: cannot read the file ("delimiter" must be a 1-character string) — save it as a CSV file in UTF-8',
        ),
    ],
    ids=["not a zip", "bad dialect"],
)
def test_a_file_that_cannot_be_read_says_why(tiny_copy: Path, setting: dict[str, object], expected: str) -> None:
    change_resource(tiny_copy, "memberships", lambda r: r.update(setting))
    assert lines(tiny_copy) == [expected]


def test_an_unreadable_file_without_a_reason_falls_back_on_the_error_title(tiny_copy: Path) -> None:
    where = Source({"name": "memberships", "schema": {"fields": []}}, {"memberships": "memberships.csv"})
    problem = _table_problem(where, fl.FormatError(note=""), tiny_copy)
    assert str(problem) == "memberships.csv: cannot read the file (Format Error) — save it as a CSV file in UTF-8"


def test_an_encoding_error_that_gives_no_offset_points_at_the_start(tiny_copy: Path) -> None:
    where = Source({"name": "memberships", "schema": {"fields": []}}, {"memberships": "memberships.csv"})
    problem = _table_problem(where, fl.EncodingError(note="the file cannot be decoded"), tiny_copy)
    assert str(problem) == "memberships.csv:1: byte 0 is not UTF-8 — save the file as UTF-8"


def test_a_value_of_another_type_names_the_type(tiny_copy: Path) -> None:
    change_field(tiny_copy, "figures", "unit", type="year")
    assert lines(tiny_copy) == [
        f"figures.csv:{row}: unit: 'children' is not a valid year — correct the value" for row in (2, 3, 4)
    ]
    assert _type_problem("abc", {"name": "untyped"}) == ("'abc' is not a valid string", "correct the value")


def test_a_required_value_left_empty(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "figures.csv", "Children on the list,", ",")
    assert lines(tiny_copy) == ["figures.csv:2: label: the value is required but empty — fill it in"]


def test_a_long_value_is_quoted_to_sixty_characters(tiny_copy: Path, replace_in: EditCsv) -> None:
    long_url = "https://example.org/" + "a" * 80
    replace_in(tiny_copy, "sources.csv", "https://example.org/article", long_url)
    change_field(tiny_copy, "sources", "url", constraints={"maxLength": 10})
    fix = "shorten it to 10 characters or fewer"
    assert lines(tiny_copy) == [
        f"sources.csv:2: url: '{long_url[:60]}…' is longer than 10 characters — {fix}",
        f"sources.csv:3: url: 'https://example.org/better' is longer than 10 characters — {fix}",
    ]


def test_another_constraint_is_named_with_a_pointer_to_the_schema(tiny_copy: Path) -> None:
    change_field(tiny_copy, "memberships", "organisation_id", constraints={"minLength": 3})
    fix = "see the field's constraints in datapackage.json"
    assert lines(tiny_copy) == [
        f"memberships.csv:{row}: organisation_id: 'EU' breaks the constraint minLength — {fix}" for row in (2, 3)
    ]


def test_a_constraint_error_that_names_no_constraint_quotes_frictionless() -> None:
    note = "the value is not acceptable"
    assert _constraint_problem("x", {"name": "plain"}, note) == (
        "'x' breaks the constraint the value is not acceptable",
        "see the field's constraints in datapackage.json",
    )


def test_a_duplicate_names_its_first_row_only_when_frictionless_does() -> None:
    assert _first_row("the same as in the row at position 3") == " (first on row 3)"
    assert _first_row("the same as another row") == ""
