"""Ways to break (or harmlessly change) a copy of a data package, each declared valid or invalid.

Used by tests/test_fuzz_data.py (a few of each, on the tiny package) and bench/fuzz_data.py (a thousand, on the
shipped one). Each mutation edits the copy in place; `rng` picks the table, row and field it hits.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Edit = Callable[[Path, random.Random], None]


@dataclass(frozen=True)
class Mutation:
    name: str
    valid: bool
    edit: Edit


def _descriptor(package: Path) -> dict[str, Any]:
    return dict(json.loads((package / "datapackage.json").read_text(encoding="utf-8")))


def _save(package: Path, descriptor: object) -> None:
    (package / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=1), encoding="utf-8")


def _resource(descriptor: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """One of the descriptor's resources (itself, so a change edits the descriptor), never the names table."""
    chosen: dict[str, Any] = rng.choice([r for r in descriptor["resources"] if r["name"] != "names"])
    return chosen


def _on_descriptor(change: Callable[[dict[str, Any], random.Random], None]) -> Edit:
    def edit(package: Path, rng: random.Random) -> None:
        descriptor = _descriptor(package)
        change(descriptor, rng)
        _save(package, descriptor)

    return edit


def _on_field(change: Callable[[dict[str, Any], random.Random], None]) -> Edit:
    def pick(descriptor: dict[str, Any], rng: random.Random) -> None:
        change(rng.choice(_resource(descriptor, rng)["schema"]["fields"]), rng)

    return _on_descriptor(pick)


def _on_schema(change: Callable[[dict[str, Any], random.Random], None]) -> Edit:
    return _on_descriptor(lambda d, rng: change(_resource(d, rng)["schema"], rng))


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _table(package: Path, rng: random.Random, name: str | None = None) -> tuple[Path, list[list[str]]]:
    descriptor = _descriptor(package)
    resource = next(r for r in descriptor["resources"] if r["name"] == name) if name else _resource(descriptor, rng)
    path = package / resource["path"]
    return path, _rows(path)


def _on_cell(column: str, table: str, value: Callable[[str, random.Random], str]) -> Edit:
    def edit(package: Path, rng: random.Random) -> None:
        path, rows = _table(package, rng, table)
        index = rows[0].index(column)
        row = rng.randrange(1, len(rows))
        rows[row][index] = value(rows[row][index], rng)
        _write_rows(path, rows)

    return edit


def _header_only(package: Path, rng: random.Random) -> None:
    path, rows = _table(package, rng)
    _write_rows(path, rows[:1])


def _ragged(package: Path, rng: random.Random) -> None:
    path, rows = _table(package, rng)
    row = rows[rng.randrange(1, len(rows))]
    row.append("extra") if rng.random() < 0.5 else row.pop()
    _write_rows(path, rows)


def _duplicate_row(package: Path, rng: random.Random) -> None:
    path, rows = _table(package, rng)
    rows.append(rows[rng.randrange(1, len(rows))])
    _write_rows(path, rows)


def _bytes(change: Callable[[bytes, random.Random], bytes]) -> Edit:
    def edit(package: Path, rng: random.Random) -> None:
        path, _ = _table(package, rng)
        path.write_bytes(change(path.read_bytes(), rng))

    return edit


def _shuffle_rows(package: Path, rng: random.Random) -> None:
    path, rows = _table(package, rng)
    if path.name == "statements.csv":  # its first row is the featured statement
        return
    body = rows[1:]
    rng.shuffle(body)
    _write_rows(path, [rows[0], *body])


def _replace_descriptor(package: Path, text: str) -> None:
    (package / "datapackage.json").write_text(text, encoding="utf-8")


def _remove_resource(descriptor: dict[str, Any], rng: random.Random) -> None:
    descriptor["resources"].remove(_resource(descriptor, rng))


MUTATIONS: tuple[Mutation, ...] = (
    # The descriptor's own shape.
    Mutation("constraints not an object", False, _on_field(lambda f, rng: f.update(constraints=rng.choice(["x", 5, []])))),
    Mutation("pattern not a string", False, _on_field(lambda f, rng: f.update(constraints={"pattern": rng.choice([5, [], {}])}))),
    Mutation(
        "pattern not a regular expression",
        False,
        _on_field(lambda f, rng: f.update(constraints={"pattern": rng.choice(["[", "(", "*a"])})),
    ),
    Mutation("enum not a list", False, _on_field(lambda f, rng: f.update(constraints={"enum": rng.choice([5, "x"])}))),
    Mutation("maxLength not a number", False, _on_field(lambda f, rng: f.update(constraints={"maxLength": "x"}))),
    Mutation("required not a boolean", False, _on_field(lambda f, rng: f.update(constraints={"required": "no"}))),
    Mutation("type not a type", False, _on_field(lambda f, rng: f.update(type=rng.choice([[], "bogus", 5])))),
    Mutation("field without a name", False, _on_field(lambda f, rng: f.pop("name"))),
    Mutation("primary key malformed", False, _on_schema(lambda s, rng: s.update(primaryKey=rng.choice([5, ["nope"], [5]])))),
    Mutation(
        "foreign keys malformed",
        False,
        _on_schema(
            lambda s, rng: s.update(
                foreignKeys=rng.choice(["x", 5, [5], [{"fields": "source_id", "reference": "x"}], [{"fields": "source_id"}]])
            )
        ),
    ),
    Mutation(
        "foreign key to nothing",
        False,
        _on_schema(
            lambda s, rng: s.update(
                foreignKeys=[
                    {
                        "fields": s["fields"][0]["name"],
                        "reference": {"resource": rng.choice(["nope", "sources"]), "fields": rng.choice(["nope", "missing"])},
                    }
                ]
            )
        ),
    ),
    Mutation("schema given by path", False, _on_descriptor(lambda d, rng: _resource(d, rng).update(schema="schema.json"))),
    Mutation(
        "path outside the package",
        False,
        _on_descriptor(lambda d, rng: _resource(d, rng).update(path=rng.choice(["../../../../etc/hostname", "/etc/hostname"]))),
    ),
    Mutation("resource removed", False, _on_descriptor(_remove_resource)),
    Mutation("licence malformed", False, _on_descriptor(lambda d, rng: d.update(licenses=rng.choice([[{"name": 5}], [], "CC"])))),
    Mutation("version missing", False, _on_descriptor(lambda d, rng: d.update(version=rng.choice([None, ""])))),
    Mutation(
        "created not a date",
        False,
        _on_descriptor(lambda d, rng: d.update(created=rng.choice(["yesterday", "2026-13-01T00:00:00Z", 5]))),
    ),
    Mutation("resources not a list", False, _on_descriptor(lambda d, rng: d.update(resources=rng.choice([{"a": 1}, 5, None])))),
    Mutation(
        "descriptor not JSON",
        False,
        lambda p, rng: _replace_descriptor(p, rng.choice(["{ not json", "[]", "5", ""])),
    ),
    # The tables.
    Mutation("table with only its header", False, _header_only),
    Mutation("empty file", False, _bytes(lambda b, rng: b"")),
    Mutation("file missing", False, lambda p, rng: _table(p, rng)[0].unlink()),
    Mutation("byte that is not UTF-8", False, _bytes(lambda b, rng: b + b"x,\xff\xfe\n")),
    Mutation("ragged row", False, _ragged),
    Mutation("duplicate row", False, _duplicate_row),
    Mutation(
        "impossible date",
        False,
        _on_cell("date", "statements", lambda v, rng: rng.choice(["2025-02-30", "5 Aug 2025", "2025-13-01"])),
    ),
    Mutation("not a whole number", False, _on_cell("value", "figures", lambda v, rng: rng.choice(["twelve", "1.5", "1,000"]))),
    Mutation(
        "position not allowed",
        False,
        _on_cell("position", "positions", lambda v, rng: rng.choice(["signed", "yes", "Signatory"])),
    ),
    Mutation("unknown source", False, _on_cell("source_id", "positions", lambda v, rng: "no-such-source")),
    Mutation("unknown country code", False, _on_cell("iso3", "memberships", lambda v, rng: rng.choice(["XYZ", "ZZZ", "UK"]))),
    Mutation("evidence not in the source", False, _on_cell("evidence", "demands", lambda v, rng: v + " (paraphrased)")),
    Mutation(
        "archived copy outside the package",
        False,
        _on_cell("archived_copy", "sources", lambda v, rng: "../../../../etc/hostname"),
    ),
    Mutation("missing translation", False, _on_cell("title_uk", "statements", lambda v, rng: "")),
    # Harmless changes: the package stays valid.
    Mutation("byte-order mark", True, _bytes(lambda b, rng: b"\xef\xbb\xbf" + b)),
    Mutation("blank lines at the end", True, _bytes(lambda b, rng: b + b"\n\n")),
    Mutation("Windows line endings", True, _bytes(lambda b, rng: b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))),
    Mutation("rows in another order", True, _shuffle_rows),
    Mutation("descriptor reformatted", True, _on_descriptor(lambda d, rng: None)),
)
