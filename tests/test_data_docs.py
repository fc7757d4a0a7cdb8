"""Docs as tests: every CSV column is declared in datapackage.json and described in data/README.md."""

from __future__ import annotations

import csv
import json

import pytest

from tests.conftest import DATA

DESCRIPTOR = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
README = (DATA / "README.md").read_text(encoding="utf-8")
CSVS = sorted(DATA.glob("*.csv"))


def header(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


def test_every_csv_is_a_resource() -> None:
    assert {r["path"] for r in DESCRIPTOR["resources"]} == {p.name for p in CSVS}


@pytest.mark.parametrize("resource", DESCRIPTOR["resources"], ids=lambda r: r["name"])
def test_columns_declared_and_described(resource: dict[str, object]) -> None:
    schema = resource["schema"]
    assert isinstance(schema, dict)
    declared = [f["name"] for f in schema["fields"]]
    assert header(str(resource["path"])) == declared
    section = README.split(f"### `{resource['path']}`")[1].split("### ")[0]
    for column in declared:
        assert f"| `{column}` |" in section, f"{column} of {resource['path']} is not described in data/README.md"


def test_package_metadata() -> None:
    assert DESCRIPTOR["licenses"][0]["name"] == "CC-BY-4.0"
    assert DESCRIPTOR["sources"] and DESCRIPTOR["name"] and DESCRIPTOR["title"]
    for resource in DESCRIPTOR["resources"]:
        assert resource["schema"]["primaryKey"]
