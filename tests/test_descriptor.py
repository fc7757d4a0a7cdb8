"""The loader on a broken datapackage.json: every malformed descriptor is a problem that names where it is, never a
traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.test_load import problems_of


def _edit_descriptor(package: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(descriptor)
    path.write_text(json.dumps(descriptor), encoding="utf-8")


def _resource(descriptor: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in descriptor["resources"] if r["name"] == name)


def test_malformed_descriptors_are_problems_not_tracebacks(tiny_copy: Path) -> None:
    _edit_descriptor(tiny_copy, lambda d: d.update(licenses=[]))
    assert "datapackage.json: licenses: no licence is named" in problems_of(tiny_copy)
    _edit_descriptor(tiny_copy, lambda d: d.update(licenses=[{"name": "CC-BY-4.0"}]))
    _edit_descriptor(tiny_copy, lambda d: _resource(d, "figures")["schema"]["fields"][0]["constraints"].update(pattern="["))
    assert "datapackage.json: figures.figure_id: the pattern '[' is not a valid regular expression" in problems_of(tiny_copy)


def test_schema_given_by_path_is_refused(tiny_copy: Path) -> None:
    _edit_descriptor(tiny_copy, lambda d: _resource(d, "demands").update(schema="demands.schema.json"))
    assert "datapackage.json: demands: the resource's schema is not written out in datapackage.json" in problems_of(tiny_copy)


def test_foreign_key_without_reference_is_a_problem(tiny_copy: Path) -> None:
    _edit_descriptor(tiny_copy, lambda d: _resource(d, "demands")["schema"]["foreignKeys"][0].pop("reference"))
    assert "a foreign key lacks its fields or reference" in problems_of(tiny_copy)


def test_a_file_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    assert "this path is a file, not a folder" in problems_of(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: _resource(d, "figures")["schema"]["fields"][0].update(constraints="x"),
            "figures: 'x' is not of type 'object'",
        ),
        (lambda d: _resource(d, "figures")["schema"]["fields"][0].update(type=[]), "figures: [] is not of type 'string'"),
        (
            lambda d: _resource(d, "figures")["schema"].update(primaryKey=5),
            "figures.primaryKey: the primary key 5 does not name fields",
        ),
        (lambda d: _resource(d, "demands")["schema"].update(foreignKeys=5), "demands.foreignKeys: foreignKeys is not a list"),
        (
            lambda d: _resource(d, "demands")["schema"].update(foreignKeys=[5]),
            "demands.foreignKeys[1]: a foreign key lacks its fields or reference",
        ),
        (
            lambda d: _resource(d, "demands")["schema"].update(foreignKeys=[{"fields": "source_id", "reference": "x"}]),
            "demands.foreignKeys[1]: a foreign key lacks its fields or reference",
        ),
        (
            lambda d: _resource(d, "demands")["schema"].update(
                foreignKeys=[{"fields": "source_id", "reference": {"resource": "nope", "fields": "source_id"}}]
            ),
            "points at a resource 'nope' that is not declared",
        ),
        (lambda d: d.update(licenses=[{"name": 5}]), "package: 5 is not of type 'string' at property 'licenses/0/name'"),
        (lambda d: d.update(version=None), "package: None is not of type 'string' at property 'version'"),
        (
            lambda d: _resource(d, "figures")["schema"]["fields"][0]["constraints"].update(required="no"),
            "figures: 'no' is not of type 'boolean'",
        ),
        (
            lambda d: _resource(d, "demands").update(path="../../../../etc/hostname"),
            'demands: path "../../../../etc/hostname" is not safe',
        ),
    ],
)
def test_descriptor_shape_errors_name_where_they_are(
    tiny_copy: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    _edit_descriptor(tiny_copy, change)
    text = problems_of(tiny_copy)
    assert message in text
    assert text.count("datapackage.json:") >= 1


def _without(*keys: str, **values: str) -> Callable[[dict[str, Any]], None]:
    def change(descriptor: dict[str, Any]) -> None:
        for key in keys:
            descriptor.pop(key)
        descriptor.update(values)

    return change


def test_the_package_s_own_fields_are_named_when_missing(tiny_copy: Path) -> None:
    _edit_descriptor(tiny_copy, _without("title", version=" "))
    assert problems_of(tiny_copy).splitlines()[1:] == [
        '  datapackage.json: title: the package has no title — set "title" in datapackage.json',
        '  datapackage.json: version: the package has no version — set "version" in datapackage.json',
    ]
    _edit_descriptor(tiny_copy, _without("created", title="T", version="1"))
    assert problems_of(tiny_copy).splitlines()[1:] == [
        '  datapackage.json: created: missing or not a date — set "created" to when the data was compiled,'
        ' e.g. "2026-11-28T00:00:00Z"'
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (b"[1, 2]", "datapackage.json: the descriptor is not a JSON object — see https://datapackage.org for the form"),
        (
            b'{"title": "x",\n "version": }',
            "datapackage.json:2: invalid JSON: Expecting value (column 13) — fix the JSON syntax at that line",
        ),
        (
            b'{"title": "\xff"}',
            "datapackage.json: cannot read the file ('utf-8' codec can't decode byte 0xff in position 11: invalid start byte)"
            " — save it as UTF-8 text",
        ),
    ],
    ids=["not an object", "bad JSON", "not UTF-8"],
)
def test_an_unreadable_descriptor_is_one_whole_line(tiny_copy: Path, text: bytes, line: str) -> None:
    (tiny_copy / "datapackage.json").write_bytes(text)
    assert problems_of(tiny_copy) == f"1 problem in the data package:\n  {line}"


def test_a_missing_folder_says_what_to_give(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "nothing") == (
        f"1 problem in the data package:\n  {tmp_path / 'nothing'}: this path does not exist"
        " — give the folder that holds datapackage.json, e.g. data"
    )
