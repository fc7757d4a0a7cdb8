"""The data package's tables read through frictionless: each validated against its Table Schema and read as typed
rows, then foreign keys resolved. Every problem is a Problem (`FILE:ROW: column: problem — fix`).

Frictionless does the Table Schema work; this module words its errors for the people who edit the CSVs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frictionless import Checklist, Package, Resource
from frictionless import errors as fl
from frictionless.resources import TableResource

from coalition.errors import Problem

Cell = str | int | float | bool | dt.date | None
Row = dict[str, Cell]
TYPE_WORDS = {"integer": "a whole number", "number": "a number", "boolean": "true or false"}
TYPE_FIXES = {
    "integer": "write a whole number such as 12",
    "number": "write a number such as 1.5",
    "boolean": "write true or false",
    "date": "write a real date as YYYY-MM-DD, e.g. 2025-08-05",
}


@dataclass(frozen=True)
class Table:
    """A resource's rows, typed, with the CSV line each came from (the header is line 1)."""

    name: str
    file: str
    rows: tuple[Row, ...]
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Source:
    """Where an error was found: the resource's descriptor and its file, and the files of every resource."""

    resource: Mapping[str, Any]
    files: Mapping[str, str]

    @property
    def file(self) -> str:
        return self.files[str(self.resource["name"])]

    @property
    def fields(self) -> dict[str, dict[str, Any]]:
        return {str(f["name"]): f for f in self.resource["schema"]["fields"]}

    @property
    def primary_key(self) -> list[str]:
        key = self.resource["schema"].get("primaryKey") or []
        return [key] if isinstance(key, str) else list(key)


def _first_row(note: str) -> str:
    found = re.search(r"position (\d+)", note)
    return f" (first on row {found.group(1)})" if found else ""


def _type_problem(value: str, field: Mapping[str, Any]) -> tuple[str, str]:
    kind = str(field.get("type", "string"))
    if kind == "date":
        shape = "a real calendar date" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else "a date in the form YYYY-MM-DD"
        return f"'{value}' is not {shape}", TYPE_FIXES["date"]
    return f"'{_cut(value)}' is not {TYPE_WORDS.get(kind, 'a valid ' + kind)}", TYPE_FIXES.get(kind, "correct the value")


def _cut(value: object, limit: int = 60) -> str:
    """A cell's value as a message quotes it: at most `limit` characters, then an ellipsis."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _constraint_problem(value: str, field: Mapping[str, Any], note: str) -> tuple[str, str]:
    found = re.search(r'constraint "(\w+)"', note)
    name = found.group(1) if found else ""
    limits = field.get("constraints", {})
    bound = limits.get(name)
    if name == "required":
        return "the value is required but empty", "fill it in"
    if name == "enum":
        return f"'{_cut(value)}' is not an allowed value", "use one of: " + ", ".join(str(v) for v in bound)
    if name == "pattern":
        return f"'{_cut(value)}' does not match the pattern {bound}", "see the field's pattern in datapackage.json"
    if name == "maxLength":
        return f"'{_cut(value)}' is longer than {bound} characters", f"shorten it to {bound} characters or fewer"
    if name == "minimum":
        return f"{value} is below the minimum {bound}", f"use {bound} or more"
    if name == "maximum":
        return f"{value} is above the maximum {bound}", f"use {bound} or less"
    return f"'{value}' breaks the constraint {name or note}", "see the field's constraints in datapackage.json"


def _row_problem(where: Source, error: Any) -> Problem:
    """A frictionless row error in our words."""
    file, line, column = where.file, error.row_number, getattr(error, "field_name", None)
    cell = str(getattr(error, "cell", "") or "")
    if isinstance(error, fl.TypeError):
        return Problem(file, line, column, *_type_problem(cell, where.fields[str(column)]))
    if isinstance(error, fl.ConstraintError):
        return Problem(file, line, column, *_constraint_problem(cell, where.fields[str(column)], error.note))
    if isinstance(error, fl.UniqueError):
        return Problem(
            file, line, column, f"duplicate value '{cell}'{_first_row(error.note)}", "make it unique or merge the two rows"
        )
    if isinstance(error, fl.PrimaryKeyError):
        names = list(where.fields)
        key = where.primary_key
        values = ", ".join(str(error.cells[names.index(k)]) for k in key if names.index(k) < len(error.cells))
        return Problem(
            file,
            line,
            "+".join(key),
            f"duplicate key '{values}'{_first_row(error.note)}",
            "make the key unique or merge the two rows",
        )
    if isinstance(error, fl.ForeignKeyError):
        target = where.files.get(error.reference_name or str(where.resource["name"]), error.reference_name)
        shown = _cut(", ".join(str(c) for c in error.field_cells))
        fix = f"add it to {target} or use an existing {'+'.join(error.reference_field_names)}"
        return Problem(file, line, "+".join(error.field_names), f"'{shown}' is not in {target}", fix)
    if isinstance(error, fl.ExtraCellError | fl.MissingCellError):
        cells = len([c for c in error.cells if c is not None]) if isinstance(error, fl.MissingCellError) else len(error.cells)
        return Problem(
            file,
            line,
            None,
            f"the row has {cells} cells, the header has {len(where.fields)}",
            "add or remove cells (quote any value that contains a comma)",
        )
    return Problem(file, line, column, error.note or error.title, "correct the row")


def _table_problem(where: Source, error: Any, base: Path) -> Problem:
    """A frictionless file or header error in our words."""
    file = where.file
    if isinstance(error, fl.MissingLabelError):
        return Problem(
            file, 1, error.field_name, "the column is missing", f"add the column '{error.field_name}' to the header and every row"
        )
    if isinstance(error, fl.ExtraLabelError):
        return Problem(
            file,
            1,
            error.label,
            "the column is not declared in datapackage.json",
            "declare it in the resource's schema or remove it",
        )
    if isinstance(error, fl.IncorrectLabelError):
        problem = f"the column is '{error.label}' where the schema expects '{error.field_name}'"
        return Problem(file, 1, error.label, problem, "rename it, or put the columns in the order datapackage.json lists them")
    if isinstance(error, fl.DuplicateLabelError):
        first = re.search(r'position "(\d+)"', error.note)
        where_first = f"columns {first.group(1)} and {error.field_number}" if first else f"again as column {error.field_number}"
        problem = f"the column '{error.label}' appears twice ({where_first})"
        return Problem(file, 1, error.label, problem, "keep one of them, with the name the schema gives")
    if isinstance(error, fl.BlankLabelError):
        problem = f"column {error.field_number} has no name"
        return Problem(file, 1, None, problem, f"name it '{error.field_name}' as the schema does, or remove it")
    if isinstance(error, fl.LabelError):
        return Problem(
            file, 1, getattr(error, "label", None), error.note or error.title, "give every column a unique name from the schema"
        )
    if isinstance(error, fl.EncodingError):
        # frictionless gives the position within the chunk it was decoding: find the byte in the whole file.
        raw = (base / file).read_bytes()
        try:
            raw.decode("utf-8")
            found = re.search(r"position (\d+)", error.note)
            position = int(found.group(1)) if found else 0
        except UnicodeDecodeError as exc:
            position = exc.start
        line = raw[:position].count(b"\n") + 1
        return Problem(file, line, None, f"byte {position} is not UTF-8", "save the file as UTF-8")
    if isinstance(error, fl.SchemeError):
        return Problem(file, None, None, "the file is missing", f"create {file} or remove its resource from datapackage.json")
    if isinstance(error, fl.SourceError) and "empty" in error.note:
        return Problem(file, 1, None, "the file is empty", "write the header row: " + ",".join(where.fields))
    return Problem(file, None, None, f"cannot read the file ({error.note or error.title})", "save it as a CSV file in UTF-8")


def _row_problems(where: Source, errors: list[Any]) -> list[Problem]:
    """One problem per error; a ragged row is one problem (its other errors follow from it); blank rows are skipped."""
    by_row: dict[int, list[Any]] = {}
    for error in errors:
        by_row.setdefault(error.row_number, []).append(error)
    problems = []
    for row_errors in by_row.values():
        if all(c in ("", None) for c in row_errors[0].cells):
            continue
        shape = [e for e in row_errors if isinstance(e, fl.ExtraCellError | fl.MissingCellError)]
        problems += [_row_problem(where, e) for e in (shape[:1] or row_errors)]
    return problems


def read_table(resource: Mapping[str, Any], files: Mapping[str, str], base: Path) -> tuple[Table, list[Problem]]:
    """Validate one resource against its Table Schema (types, constraints, keys) and read its typed rows.

    The file is read as UTF-8 (a byte-order mark is accepted); blank lines are skipped; a table must have rows.
    """
    where = Source(resource, files)
    name, file = str(resource["name"]), where.file
    empty = Table(name, file, (), ())
    schema = {k: v for k, v in resource["schema"].items() if k != "foreignKeys"}  # checked across tables later
    table = Resource.from_descriptor({**resource, "schema": schema}, basepath=str(base))
    if not isinstance(table, TableResource):
        return empty, [Problem(file, None, None, "the resource is not a table", "point its path at a CSV file")]
    table.encoding = "utf-8"
    report = table.validate(checklist=Checklist(skip_errors=["blank-row"]))
    errors = [e for task in report.tasks for e in task.errors]
    problems = [_table_problem(where, e, base) for e in errors if not isinstance(e, fl.RowError)]
    problems = problems or _row_problems(where, [e for e in errors if isinstance(e, fl.RowError)])
    if problems:
        return empty, problems
    rows = [(row.to_dict(), row.row_number) for row in table.read_rows()]
    rows = [(values, line) for values, line in rows if any(v is not None for v in values.values())]
    if not rows:
        return empty, [Problem(file, None, None, "the table has no rows", f"add the {name} rows, or restore {file} from git")]
    return Table(name, file, tuple(values for values, _ in rows), tuple(line for _, line in rows)), []


def foreign_key_problems(descriptor: Mapping[str, Any], files: Mapping[str, str], base: Path) -> list[Problem]:
    """Every foreign key declared in a schema resolves (frictionless looks the values up)."""
    package = Package.from_descriptor(dict(descriptor), basepath=str(base))
    for resource in package.resources:
        resource.encoding = "utf-8"
    resources = {str(r["name"]): r for r in descriptor["resources"]}
    report = package.validate(checklist=Checklist(pick_errors=["foreign-key"]))
    return [_row_problem(Source(resources[task.name], files), e) for task in report.tasks for e in task.errors]
