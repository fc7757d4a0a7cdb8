"""Checks of datapackage.json itself, before any table is read: each problem names the resource and field it is in.

Frictionless checks the descriptor against the Data Package and Table Schema profiles; the few shapes it would
crash on (a foreign key that is not an object, a pattern that is not a regular expression), and the rules of this
project (inline schemas, the resources the app needs), are checked here first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from frictionless import FrictionlessException, Package, Resource

from coalition.errors import Problem

DESCRIPTOR = "datapackage.json"
SPEC = "see https://datapackage.org/standard/table-schema/"


def _names(value: object) -> list[str] | None:
    """A field list as Table Schema allows it (a name or a list of names), or None if malformed."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _problem(where: str, problem: str, fix: str = SPEC) -> Problem:
    return Problem(DESCRIPTOR, None, where, problem, fix)


def _field_problems(name: str, fields: list[Any]) -> list[Problem]:
    problems = []
    for number, field in enumerate(fields, start=1):
        if not isinstance(field, dict) or not isinstance(field.get("name"), str) or not field["name"]:
            problems.append(_problem(f"{name}.fields[{number}]", "a schema field has no name", "give every field a name"))
            continue
        constraints = field.get("constraints", {})
        pattern = constraints.get("pattern") if isinstance(constraints, dict) else None
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(
                    _problem(
                        f"{name}.{field['name']}",
                        f"the pattern '{pattern}' is not a valid regular expression ({exc})",
                        "correct the pattern",
                    )
                )
    return problems


def _key_problems(name: str, schema: Mapping[str, Any], resources: Mapping[str, Any]) -> list[Problem]:
    """Primary and foreign keys name fields that exist, in resources that exist."""
    fields = [f["name"] for f in schema["fields"] if isinstance(f, dict) and isinstance(f.get("name"), str)]
    problems = []
    if "primaryKey" in schema:
        key = _names(schema["primaryKey"])
        if key is None or not set(key) <= set(fields):
            problems.append(
                _problem(
                    f"{name}.primaryKey",
                    f"the primary key {schema['primaryKey']!r} does not name fields of the schema",
                    "list field names of this resource",
                )
            )
    foreign_keys = schema.get("foreignKeys", [])
    if not isinstance(foreign_keys, list):
        return [
            *problems,
            _problem(f"{name}.foreignKeys", "foreignKeys is not a list", "write a list of {fields, reference} objects"),
        ]
    for number, fk in enumerate(foreign_keys, start=1):
        where = f"{name}.foreignKeys[{number}]"
        reference = fk.get("reference") if isinstance(fk, dict) else None
        own = _names(fk.get("fields")) if isinstance(fk, dict) else None
        if own is None or not isinstance(reference, dict):
            problems.append(
                _problem(
                    where,
                    "a foreign key lacks its fields or reference",
                    'write {"fields": …, "reference": {"resource": …, "fields": …}}',
                )
            )
            continue
        target_name = reference.get("resource") or name
        target = resources.get(str(target_name))
        theirs = _names(reference.get("fields"))
        if not set(own) <= set(fields):
            problems.append(
                _problem(where, f"the foreign key's fields {own} are not all fields of {name}", "name fields of this resource")
            )
        elif target is None:
            problems.append(
                _problem(
                    where,
                    f"the foreign key points at a resource '{target_name}' that is not declared",
                    "name a declared resource",
                )
            )
        elif (
            theirs is None
            or len(theirs) != len(own)
            or not set(theirs) <= {f.get("name") for f in target["schema"]["fields"] if isinstance(f, dict)}
        ):
            problems.append(
                _problem(
                    where,
                    f"the reference fields {reference.get('fields')!r} are not fields of '{target_name}'",
                    "name as many fields of the referenced resource as the key has",
                )
            )
    return problems


def _resource_problems(resource: Any, number: int) -> list[Problem]:
    if not isinstance(resource, dict) or not isinstance(resource.get("name"), str):
        return [_problem(f"resources[{number}]", "a resource has no name", "give every resource a name")]
    name = resource["name"]
    if not isinstance(resource.get("path"), str):
        return [_problem(name, "the resource has no path to a CSV file", f'set "path": "{name}.csv"')]
    schema = resource.get("schema")
    if not isinstance(schema, dict):
        return [
            _problem(
                name, "the resource's schema is not written out in datapackage.json", 'put the Table Schema inline under "schema"'
            )
        ]
    if not isinstance(schema.get("fields"), list) or not schema["fields"]:
        return [_problem(name, "the resource has no schema fields", "declare schema.fields")]
    return _field_problems(name, schema["fields"])


def _frictionless_problems(descriptor: Mapping[str, Any]) -> list[Problem]:
    """The Data Package and Table Schema profiles, resource by resource so each problem says where it is."""
    package = {k: v for k, v in descriptor.items() if k != "resources"}
    problems = [_problem("package", e.note or e.title) for e in Package.metadata_validate({**package, "resources": []})]
    for resource in descriptor["resources"]:
        try:
            Resource.from_descriptor(dict(resource))
        except FrictionlessException as exc:
            problems += [_problem(resource["name"], r.note or r.title) for r in (exc.reasons or [exc.error])]
    return problems


def descriptor_problems(descriptor: Mapping[str, Any], required: Iterable[str]) -> list[Problem]:
    """Every problem of the descriptor; none means each resource can be opened and its keys checked."""
    resources = descriptor.get("resources")
    if not isinstance(resources, list):
        return [_problem("resources", "the descriptor has no list of resources", "see https://datapackage.org for the form")]
    problems = [p for number, r in enumerate(resources, start=1) for p in _resource_problems(r, number)]
    names = [r["name"] for r in resources if isinstance(r, dict) and isinstance(r.get("name"), str)]
    problems += [
        _problem(n, f"the resource '{n}' is declared twice", "keep one") for n in sorted({n for n in names if names.count(n) > 1})
    ]
    problems += [
        _problem(n, f"the resource '{n}' is not declared", f"add a '{n}' resource with its schema")
        for n in required
        if n not in names
    ]
    if problems:
        return problems
    by_name = {r["name"]: r for r in resources}
    problems = [p for r in resources for p in _key_problems(r["name"], r["schema"], by_name)]
    return problems or _frictionless_problems(descriptor)
