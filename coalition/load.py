"""Load the data package once, validate all of it, and return a frozen Dataset."""

from __future__ import annotations

import datetime as dt
import json
import typing
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from coalition import models, rules, validate
from coalition.descriptor import DESCRIPTOR, descriptor_problems
from coalition.errors import DataError, Problem
from coalition.package import Row, Table, foreign_key_problems, read_table

RESOURCES: dict[str, type] = {
    "sources": models.Source,
    "organisations": models.Organisation,
    "statements": models.Statement,
    "demands": models.Demand,
    "positions": models.Position,
    "reported_counts": models.ReportedCount,
    "memberships": models.Membership,
    "membership_changes": models.MembershipChange,
    "events": models.Event,
    "quotes": models.Quote,
    "series": models.Series,
    "figures": models.Figure,
    "corrections": models.Correction,
}


# Resources validated like the others but not part of the Dataset: the names table is read by coalition.names.
CHECKED_ONLY = ("names",)

Signature = tuple[tuple[str, int, int], ...]


def load_dataset(path: str | Path = "data") -> models.Dataset:
    """The validated dataset at `path`; cached until a file in it (archived sources included) changes. Raises DataError."""
    base = Path(path).resolve()
    return _load_cached(base, signature(base))


def problems_of(path: str | Path) -> list[Problem]:
    """Every problem of the package at `path` (none if it is valid): the validator's verdict, without raising."""
    try:
        load_dataset(path)
    except DataError as error:
        return list(error.problems)
    return []


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
    problems = descriptor_problems(descriptor, RESOURCES)
    if problems:
        raise DataError(problems)
    _metadata(descriptor)
    paths = {str(r["name"]): str(r["path"]) for r in descriptor["resources"]}
    tables: dict[str, Table] = {}
    for name in (*RESOURCES, *(n for n in CHECKED_ONLY if n in paths)):
        resource = next(r for r in descriptor["resources"] if r["name"] == name)
        table, table_problems = read_table(resource, paths, base)
        tables[name] = table
        problems += table_problems
    if problems:
        raise DataError(problems)
    problems += foreign_key_problems(descriptor, paths, base)
    problems += validate.country_problems(tables)
    problems += validate.evidence_problems(tables, base)
    problems += validate.date_order_problems(tables)
    problems += validate.translation_problems(tables)
    if problems:
        raise DataError(problems)
    built = {name: tuple(_build(cls, row) for row in tables[name].rows) for name, cls in RESOURCES.items()}
    meta = _metadata(descriptor)
    dataset = models.Dataset(base, meta.title, meta.version, meta.created, meta.license, meta.license_url, **built)
    problems = rules.inferred_problems(dataset, tables) + rules.position_problems(dataset, tables)
    problems += rules.count_problems(dataset, tables)
    if problems:
        raise DataError(problems)
    return dataset


@dataclass(frozen=True)
class _Metadata:
    title: str
    version: str
    created: dt.date
    license: str
    license_url: str


def _metadata(descriptor: dict[str, Any]) -> _Metadata:
    """Title, version, date and licence of the package; each one missing is a problem."""
    licenses = descriptor.get("licenses")
    first = licenses[0] if isinstance(licenses, list) and licenses and isinstance(licenses[0], dict) else {}
    problems = []
    if not first.get("name"):
        problems.append(
            Problem(DESCRIPTOR, None, "licenses", "no licence is named", 'add "licenses": [{"name": "CC-BY-4.0", "path": …}]')
        )
    for key in ("title", "version"):
        if not str(descriptor.get(key) or "").strip():
            problems.append(Problem(DESCRIPTOR, None, key, f"the package has no {key}", f'set "{key}" in datapackage.json'))
    try:
        created = dt.date.fromisoformat(str(descriptor.get("created", ""))[:10])
    except ValueError:
        created = dt.date.min
        fix = 'set "created" to when the data was compiled, e.g. "2026-11-28T00:00:00Z"'
        problems.append(Problem(DESCRIPTOR, None, "created", "missing or not a date", fix))
    if problems:
        raise DataError(problems)
    return _Metadata(
        str(descriptor["title"]), str(descriptor["version"]), created, str(first["name"]), str(first.get("path", ""))
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
    if not isinstance(descriptor, dict):
        raise DataError(
            [Problem(DESCRIPTOR, None, None, "the descriptor is not a JSON object", "see https://datapackage.org for the form")]
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
