"""Our rules across tables, beyond Table Schema: countries, evidence found verbatim in archived sources, dates, translations."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from coalition.countries import is_iso3, resolve_name
from coalition.errors import Problem
from coalition.package import Table


def _organisation_ids(tables: Mapping[str, Table]) -> set[str]:
    return {str(r["organisation_id"]) for r in tables["organisations"].rows}


def _party_problem(party: str, organisations: set[str], file: str, line: int, column: str) -> Problem | None:
    if is_iso3(party) or party in organisations:
        return None
    return Problem(
        file,
        line,
        column,
        f"'{party}' is neither an ISO 3166 alpha-3 code nor an organisation_id",
        "use a code pycountry knows (e.g. UKR), a user-assigned code in names.csv (XKX), or add the organisation to organisations.csv",
    )


def _name_problem(table: Table, line: int, party: str, name: str) -> Problem | None:
    """A state's name as published resolves to its code (a source that publishes the code itself is fine)."""
    if name == party:
        return None
    resolved = resolve_name(name)
    if resolved is None:
        fix = "add the name to data/names.csv with its code and a note"
        return Problem(table.file, line, "published_name", f"'{name}' does not resolve to a single country", fix)
    if resolved != party:
        return Problem(
            table.file,
            line,
            "published_name",
            f"'{name}' resolves to {resolved}, not {party}",
            f"set party_id to {resolved} or correct the name",
        )
    return None


def country_problems(tables: Mapping[str, Table]) -> list[Problem]:
    """Codes exist (ISO3 or an organisation id, by party_kind) and states' published names resolve to the same code."""
    problems: list[Problem] = []
    organisations = _organisation_ids(tables)
    positions = tables["positions"]
    for row, line in zip(positions.rows, positions.lines, strict=True):
        party, name = str(row["party_id"]), str(row["published_name"])
        if row["party_kind"] == "organisation":
            if party not in organisations:
                problems.append(
                    Problem(
                        positions.file,
                        line,
                        "party_id",
                        f"organisation '{party}' is not in organisations.csv",
                        "add it to organisations.csv or correct the id",
                    )
                )
        elif not is_iso3(party):
            problems.append(
                Problem(
                    positions.file,
                    line,
                    "party_id",
                    f"'{party}' is not an ISO 3166 alpha-3 code",
                    "use the country's alpha-3 code, e.g. UKR",
                )
            )
        else:
            problems += [p for p in [_name_problem(positions, line, party, name)] if p]
    memberships = tables["memberships"]
    for row, line in zip(memberships.rows, memberships.lines, strict=True):
        if not is_iso3(str(row["iso3"])):
            problems.append(
                Problem(
                    memberships.file,
                    line,
                    "iso3",
                    f"'{row['iso3']}' is not an ISO 3166 alpha-3 code",
                    "use the member state's alpha-3 code",
                )
            )
    for table_name, column in (
        ("events", "parties"),
        ("quotes", "party_id"),
        ("statements", "co_chairs"),
        ("membership_changes", "party_id"),
    ):
        table = tables[table_name]
        for row, line in zip(table.rows, table.lines, strict=True):
            for party in str(row[column] or "").split(";"):
                problem = _party_problem(party, organisations, table.file, line, column) if party else None
                if problem:
                    problems.append(problem)
    return problems


def _archived_texts(tables: Mapping[str, Table], base: Path) -> tuple[dict[str, str], list[Problem]]:
    texts: dict[str, str] = {}
    problems = []
    sources = tables["sources"]
    for row, line in zip(sources.rows, sources.lines, strict=True):
        copy = row.get("archived_copy")
        if not copy:
            continue
        path = (base / str(copy)).resolve()
        if not path.is_relative_to(base.resolve()):
            fix = "archive the source inside the package, e.g. sources/…, and give that path"
            problems.append(Problem(sources.file, line, "archived_copy", f"'{copy}' lies outside the data package", fix))
            continue
        try:
            texts[str(row["source_id"])] = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            fix = "archive the source at that path, relative to datapackage.json, as UTF-8 text"
            problems.append(Problem(sources.file, line, "archived_copy", f"cannot read '{copy}' as UTF-8 text", fix))
    return texts, problems


def evidence_problems(tables: Mapping[str, Table], base: Path) -> list[Problem]:
    """Evidence, quotes and as-published values occur verbatim in their archived source."""
    texts, problems = _archived_texts(tables, base)
    checks = [
        (name, "evidence", "source_id")
        for name in ("statements", "demands", "positions", "reported_counts", "membership_changes", "events", "quotes", "figures")
    ]
    checks += [("quotes", "text", "source_id"), ("corrections", "as_published", "source_id")]
    for table_name, column, source_column in checks:
        table = tables[table_name]
        for row, line in zip(table.rows, table.lines, strict=True):
            value = row.get(column)
            if not value:
                continue
            source_id = str(row[source_column])
            if source_id not in texts:
                problems.append(
                    Problem(
                        table.file,
                        line,
                        column,
                        f"source '{source_id}' has no archived copy to check against",
                        "archive the source and set archived_copy in sources.csv, or leave the cell empty",
                    )
                )
            elif str(value) not in texts[source_id]:
                problems.append(
                    Problem(
                        table.file,
                        line,
                        column,
                        f"'{str(value)[:60]}' does not occur verbatim in the archived source '{source_id}'",
                        "copy the exact words from the archived file (curly quotes and apostrophes included)",
                    )
                )
    return problems


def date_order_problems(tables: Mapping[str, Table]) -> list[Problem]:
    events = tables["events"]
    return [
        Problem(
            events.file,
            line,
            "end_date",
            f"end_date {row['end_date']} is before date {row['date']}",
            "swap the dates or correct end_date",
        )
        for row, line in zip(events.rows, events.lines, strict=True)
        if row.get("end_date") and row["end_date"] < row["date"]  # type: ignore[operator]
    ]


def translation_problems(tables: Mapping[str, Table]) -> list[Problem]:
    """Every text that has a Ukrainian column is translated."""
    problems = []
    for table in tables.values():
        for row, line in zip(table.rows, table.lines, strict=True):
            for column, value in row.items():
                if column.endswith("_uk") and row.get(column.removesuffix("_uk")) and not value:
                    english = column.removesuffix("_uk")
                    problems.append(
                        Problem(table.file, line, column, f"'{english}' has no Ukrainian translation", f"fill in {column}")
                    )
    return problems
