"""Read one CSV resource and check it against its Frictionless Table Schema."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coalition.errors import Problem

Cell = str | int | float | bool | date | None
Row = dict[str, Cell]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPES = {"string", "integer", "number", "boolean", "date"}


@dataclass(frozen=True)
class Table:
    """A resource's rows, typed, with the CSV line each came from."""

    name: str
    file: str
    rows: tuple[Row, ...]
    lines: tuple[int, ...]


def _cast(value: str, field: Mapping[str, Any]) -> tuple[Cell, str | None]:
    """The typed value, or None and what is wrong with it."""
    kind = field.get("type", "string")
    if kind == "string":
        return value, None
    if kind == "integer":
        if re.fullmatch(r"-?\d+", value):
            return int(value), None
        return None, f"'{value}' is not a whole number"
    if kind == "number":
        try:
            return float(value), None
        except ValueError:
            return None, f"'{value}' is not a number"
    if kind == "boolean":
        if value in ("true", "false"):
            return value == "true", None
        return None, f"'{value}' is not true or false"
    if kind == "date":
        if not _DATE.match(value):
            return None, f"'{value}' is not a date in the form YYYY-MM-DD"
        try:
            return date.fromisoformat(value), None
        except ValueError:
            return None, f"'{value}' is not a real calendar date"
    return None, f"unknown field type '{kind}'"


def _fix_for(kind: str) -> str:
    return {
        "integer": "write a whole number such as 12",
        "number": "write a number such as 1.5",
        "boolean": "write true or false",
        "date": "write a real date as YYYY-MM-DD, e.g. 2025-08-05",
    }.get(kind, "correct the value")


def _check_constraints(value: Cell, raw: str, field: Mapping[str, Any]) -> tuple[str, str] | None:
    cons = field.get("constraints", {})
    if "enum" in cons and value not in cons["enum"]:
        allowed = ", ".join(str(v) for v in cons["enum"])
        return f"'{raw}' is not an allowed value", f"use one of: {allowed}"
    if "pattern" in cons and not re.fullmatch(cons["pattern"], raw):
        return f"'{raw}' does not match the pattern {cons['pattern']}", "see the field's pattern in datapackage.json"
    if "maxLength" in cons and len(raw) > cons["maxLength"]:
        return f"'{raw}' is longer than {cons['maxLength']} characters", f"shorten it to {cons['maxLength']} characters or fewer"
    if "minimum" in cons and isinstance(value, int | float) and value < cons["minimum"]:
        return f"{value} is below the minimum {cons['minimum']}", f"use {cons['minimum']} or more"
    if "maximum" in cons and isinstance(value, int | float) and value > cons["maximum"]:
        return f"{value} is above the maximum {cons['maximum']}", f"use {cons['maximum']} or less"
    return None


def _compiles(pattern: object) -> bool:
    try:
        re.compile(str(pattern))
    except re.error:
        return False
    return True


def schema_problems(resource: Mapping[str, Any], file: str) -> list[Problem]:
    """Problems in the schema itself, so that a bad schema fails clearly instead of crashing."""
    problems = []
    schema = resource.get("schema")
    if not isinstance(schema, dict):
        return [
            Problem(
                file,
                None,
                None,
                "the resource's schema is not written out in datapackage.json",
                'put the Table Schema inline under "schema"',
            )
        ]
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields:
        return [Problem(file, None, None, "the resource has no schema fields", "declare schema.fields in datapackage.json")]
    for field in fields:
        if not isinstance(field, dict) or not isinstance(field.get("name"), str):
            problems.append(
                Problem(file, None, None, "a schema field has no name", "give every field a name in datapackage.json")
            )
        elif "pattern" in field.get("constraints", {}) and not _compiles(field["constraints"]["pattern"]):
            problems.append(
                Problem(
                    file,
                    None,
                    field["name"],
                    f"the pattern {field['constraints']['pattern']!r} is not a valid regular expression",
                    "correct the pattern in datapackage.json",
                )
            )
        elif field.get("type", "string") not in _TYPES:
            problems.append(
                Problem(
                    file,
                    None,
                    field["name"],
                    f"unknown field type '{field.get('type')}'",
                    f"use one of: {', '.join(sorted(_TYPES))}",
                )
            )
    return problems


def read_table(resource: Mapping[str, Any], base: Path) -> tuple[Table, list[Problem]]:
    """Read, type and check one resource; every problem is collected, none raised."""
    file = str(resource.get("path", f"{resource.get('name')}.csv"))
    name = str(resource.get("name", file))
    empty = Table(name, file, (), ())
    problems = schema_problems(resource, file)
    if problems:
        return empty, problems
    fields: list[dict[str, Any]] = resource["schema"]["fields"]
    path = base / file
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return empty, [
            Problem(file, None, None, "the file is missing", f"create {file} or remove its resource from datapackage.json")
        ]
    except OSError as exc:
        return empty, [Problem(file, None, None, f"cannot read the file ({exc.strerror})", "check the file's permissions")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return empty, [Problem(file, line, None, f"byte {exc.start} is not UTF-8", "save the file as UTF-8")]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        records = list(reader)
    except csv.Error as exc:
        return empty, [Problem(file, reader.line_num, None, f"the CSV cannot be parsed ({exc})", "check the quotes on that line")]
    if not records:
        return empty, [
            Problem(file, 1, None, "the file is empty", "write the header row: " + ",".join(f["name"] for f in fields))
        ]
    header = records[0]
    declared = [f["name"] for f in fields]
    for column in declared:
        if column not in header:
            problems.append(
                Problem(file, 1, column, "the column is missing", f"add the column '{column}' to the header and every row")
            )
    for column in header:
        if column not in declared:
            problems.append(
                Problem(
                    file,
                    1,
                    column,
                    "the column is not declared in datapackage.json",
                    "declare it in the resource's schema or remove it",
                )
            )
    if problems:
        return empty, problems

    rows: list[Row] = []
    lines: list[int] = []
    line = 1
    for record in records[1:]:
        line += 1
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            problems.append(
                Problem(
                    file,
                    line,
                    None,
                    f"the row has {len(record)} cells, the header has {len(header)}",
                    "add or remove cells (quote any value that contains a comma)",
                )
            )
            continue
        cells = dict(zip(header, record, strict=True))
        row: Row = {}
        for field in fields:
            column = field["name"]
            raw_value = cells[column]
            if raw_value == "":
                row[column] = None
                if field.get("constraints", {}).get("required"):
                    problems.append(Problem(file, line, column, "the value is required but empty", "fill it in"))
                continue
            value, error = _cast(raw_value, field)
            if error:
                problems.append(Problem(file, line, column, error, _fix_for(field.get("type", "string"))))
                continue
            violation = _check_constraints(value, raw_value, field)
            if violation:
                problems.append(Problem(file, line, column, *violation))
            row[column] = value
        rows.append(row)
        lines.append(line)

    table = Table(name, file, tuple(rows), tuple(lines))
    problems += _unique_problems(table, fields, resource["schema"].get("primaryKey"))
    return table, problems


def _unique_problems(table: Table, fields: list[dict[str, Any]], primary_key: str | list[str] | None) -> list[Problem]:
    keys: list[list[str]] = [[f["name"]] for f in fields if f.get("constraints", {}).get("unique")]
    if primary_key:
        pk = [primary_key] if isinstance(primary_key, str) else list(primary_key)
        if pk not in keys:
            keys.append(pk)
    problems = []
    for key in keys:
        seen: dict[tuple[Cell, ...], int] = {}
        for row, line in zip(table.rows, table.lines, strict=True):
            value = tuple(row.get(k) for k in key)
            if any(v is None for v in value):
                continue
            shown = ", ".join(str(v) for v in value)
            if value in seen:
                problems.append(
                    Problem(
                        table.file,
                        line,
                        "+".join(key),
                        f"duplicate key '{shown}' (first on row {seen[value]})",
                        "make the key unique or merge the two rows",
                    )
                )
            else:
                seen[value] = line
    return problems
