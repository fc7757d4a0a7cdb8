"""Load the data package once, validate all of it, and return a frozen Dataset."""

from __future__ import annotations

import datetime as dt
import json
import typing
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from coalition import models, validate
from coalition.errors import DataError, Problem
from coalition.tableschema import Row, Table, read_table

DESCRIPTOR = "datapackage.json"
RESOURCES: dict[str, type] = {
    "sources": models.Source,
    "organisations": models.Organisation,
    "statements": models.Statement,
    "demands": models.Demand,
    "endorsements": models.Endorsement,
    "memberships": models.Membership,
    "events": models.Event,
    "quotes": models.Quote,
    "figures": models.Figure,
    "corrections": models.Correction,
}


Signature = tuple[tuple[str, int, int], ...]


def load_dataset(path: str | Path = "data") -> models.Dataset:
    """The validated dataset at `path`; cached until a file in it (archived sources included) changes. Raises DataError."""
    base = Path(path).resolve()
    return _load_cached(base, signature(base))


def signature(base: Path) -> Signature:
    """Name, modification time and size of every file in the package: a cache key that changes with the data."""
    if not base.is_dir():
        return ()
    entries = []
    for file in sorted(base.rglob("*")):
        if file.is_file():
            stat = file.stat()
            entries.append((str(file.relative_to(base)), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


@lru_cache(maxsize=8)
def _load_cached(base: Path, files: Signature) -> models.Dataset:
    descriptor = _read_descriptor(base)
    resources = {str(r.get("name")): r for r in descriptor["resources"] if isinstance(r, dict)}
    problems: list[Problem] = []
    for name in RESOURCES:
        if name not in resources:
            problems.append(
                Problem(
                    DESCRIPTOR,
                    None,
                    None,
                    f"the resource '{name}' is not declared",
                    f"add a '{name}' resource with its schema to {DESCRIPTOR}",
                )
            )
    if problems:
        raise DataError(problems)
    tables: dict[str, Table] = {}
    for name in RESOURCES:
        table, table_problems = read_table(resources[name], base)
        tables[name] = table
        problems += table_problems
    if problems:
        raise DataError(problems)
    problems += validate.foreign_key_problems(tables, resources)
    problems += validate.country_problems(tables)
    problems += validate.evidence_problems(tables, base)
    problems += validate.date_order_problems(tables)
    problems += validate.translation_problems(tables)
    if problems:
        raise DataError(problems)
    built = {name: tuple(_build(cls, row) for row in tables[name].rows) for name, cls in RESOURCES.items()}
    licenses = descriptor.get("licenses")
    first = licenses[0] if isinstance(licenses, list) and licenses and isinstance(licenses[0], dict) else {}
    license_ = str(first.get("name", ""))
    if not license_:
        raise DataError([Problem(DESCRIPTOR, None, "licenses", "no licence is named", 'add "licenses": [{"name": "CC-BY-4.0"}]')])
    try:
        created = dt.date.fromisoformat(str(descriptor.get("created", ""))[:10])
    except ValueError:
        raise DataError(
            [
                Problem(
                    DESCRIPTOR,
                    None,
                    "created",
                    "missing or not a date",
                    "set created to the date the data was compiled, e.g. 2026-11-28",
                )
            ]
        ) from None
    return models.Dataset(
        path=base,
        title=str(descriptor.get("title", "")),
        version=str(descriptor.get("version", "")),
        created=created,
        license=license_,
        license_url=str(first.get("path", "")),
        **built,
    )


def _read_descriptor(base: Path) -> dict[str, Any]:
    if not base.is_dir():
        what = "does not exist" if not base.exists() else "is a file, not a folder"
        raise DataError(
            [
                Problem(
                    str(base),
                    None,
                    None,
                    f"this path {what}",
                    "give the folder that holds datapackage.json, e.g. data",
                )
            ]
        )
    path = base / DESCRIPTOR
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(
            [
                Problem(
                    DESCRIPTOR,
                    None,
                    None,
                    f"no {DESCRIPTOR} in {base}",
                    "point at the data folder, or restore data/datapackage.json from git",
                )
            ]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError([Problem(DESCRIPTOR, None, None, f"cannot read the file ({exc})", "save it as UTF-8 text")]) from None
    try:
        descriptor = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            [
                Problem(
                    DESCRIPTOR,
                    exc.lineno,
                    None,
                    f"invalid JSON: {exc.msg} (column {exc.colno})",
                    "fix the JSON syntax at that line",
                )
            ]
        ) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise DataError(
            [
                Problem(
                    DESCRIPTOR,
                    None,
                    "resources",
                    "the descriptor has no list of resources",
                    "see https://datapackage.org for the form",
                )
            ]
        )
    return descriptor


def _build(cls: type, row: Row) -> Any:
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for field in fields(cls):
        value = row.get(field.name)
        hint = hints[field.name]
        if typing.get_origin(hint) is tuple:
            values[field.name] = tuple(str(value).split(";")) if value else ()
        elif hint is str:
            values[field.name] = "" if value is None else str(value)
        else:
            values[field.name] = value
    return cls(**values)
