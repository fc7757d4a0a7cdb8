"""The data package as ingest sees it: its resources, rows and keys, and the checks a merged package must pass.

`validate_package` runs frictionless (Table Schema types, constraints, primary and foreign keys) and
the project's rules that Table Schema cannot say: evidence occurs verbatim in the source's archived
copy, parties are ISO 3166-1 alpha-3 codes or organisations, every English text has its Ukrainian
twin. It is the one place to swap for `coalition.load.load_dataset` once that reads the tracker schema.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coalition.countries import is_iso3
from coalition.errors import Problem

DESCRIPTOR = "datapackage.json"
# Columns of the tracker schema (notes/tracker-schema.md, issue 10): drafts are written with these.
STATEMENTS = [
    "statement_id",
    "kind",
    "date",
    "title",
    "title_uk",
    "short_title",
    "short_title_uk",
    "issuer_id",
    "venue",
    "venue_uk",
    "co_chairs",
    "list_status",
    "parties_are",
    "note",
    "note_uk",
    "source_id",
    "evidence",
]
POSITIONS = [
    "statement_id",
    "list_order",
    "party_id",
    "party_kind",
    "published_name",
    "position",
    "date",
    "confidence",
    "inferred",
    "inferred_reason",
    "inferred_reason_uk",
    "dispute",
    "note",
    "note_uk",
    "evidence",
    "source_id",
]
REPORTED_COUNTS = [
    "statement_id",
    "count_of",
    "value",
    "as_reported",
    "as_reported_uk",
    "confidence",
    "inferred",
    "inferred_reason",
    "inferred_reason_uk",
    "note",
    "note_uk",
    "evidence",
    "source_id",
]
SOURCES = ["source_id", "title", "title_uk", "publisher", "url", "published", "accessed", "archived_copy", "kind", "confidence"]
QUOTES = [
    "quote_id",
    "statement_id",
    "date",
    "speaker",
    "speaker_uk",
    "party_id",
    "organisation",
    "organisation_uk",
    "role_as_published",
    "role_verified",
    "role_verified_uk",
    "role_source_id",
    "attribution",
    "note",
    "note_uk",
    "text",
    "language",
    "source_id",
    "evidence",
]
DEFAULT_COLUMNS = {
    "statements": STATEMENTS,
    "positions": POSITIONS,
    "reported_counts": REPORTED_COUNTS,
    "sources": SOURCES,
    "quotes": QUOTES,
}


@dataclass
class Resource:
    """A declared resource: its file, fields, primary key and rows (empty if the file is missing)."""

    name: str
    path: str
    fields: list[str]
    primary_key: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)

    def key(self, row: dict[str, str]) -> tuple[str, ...]:
        return tuple(row.get(f, "") for f in (self.primary_key or self.fields))


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a CSV file; ([], []) if it is missing."""
    if not path.is_file():
        return [], []
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        rows = [{k: v or "" for k, v in row.items() if k is not None} for row in reader]
        return list(reader.fieldnames or []), rows


def csv_lines(fields: list[str], rows: list[dict[str, str]]) -> str:
    """Rows as CSV text in the package's style (minimal quoting, \\n line ends), without a header."""
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    path.write_text(",".join(fields) + "\n" + csv_lines(fields, rows), encoding="utf-8")


def descriptor(package: Path) -> dict[str, Any]:
    """The package's datapackage.json, or {} if it is missing or not JSON."""
    try:
        loaded = json.loads((package / DESCRIPTOR).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def resources(package: Path) -> dict[str, Resource]:
    """Every tabular resource the package declares, with its rows."""
    found: dict[str, Resource] = {}
    declared = descriptor(package).get("resources", [])
    for entry in declared if isinstance(declared, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            continue
        schema = entry["schema"] if isinstance(entry.get("schema"), dict) else {}
        fields = [str(f.get("name")) for f in schema.get("fields", []) if isinstance(f, dict)]
        key = schema.get("primaryKey", [])
        resource = Resource(str(entry.get("name")), entry["path"], fields, [key] if isinstance(key, str) else list(key))
        try:
            resource.rows = read_csv(package / resource.path)[1]
        except (OSError, UnicodeDecodeError, csv.Error):
            resource.rows = []
        found[resource.name] = resource
    return found


def validate_package(package: Path) -> list[Problem]:
    """Every problem of the package at `package`: frictionless, then evidence, parties and translations."""
    from frictionless import FrictionlessException, Package

    try:
        report = Package(str(package / DESCRIPTOR)).validate()
    except FrictionlessException as exc:
        return [Problem(DESCRIPTOR, None, None, exc.error.message, "fix the descriptor")]
    problems = [
        Problem(
            task.place or task.name,
            getattr(e, "row_number", None),
            getattr(e, "field_name", None) or None,
            _message(e),
            _fix(e.type),
        )
        for task in report.tasks
        for e in task.errors
    ]
    found = resources(package)
    return problems + _evidence_problems(package, found) + _party_problems(found) + _translation_problems(found)


def _message(error: Any) -> str:
    """A frictionless error in a few words: "empty, but required", "'XX': constraint "pattern" is …"."""
    cell, note = getattr(error, "cell", None), str(getattr(error, "note", "") or "")
    if error.type == "constraint-error" and '"required"' in note:
        return "empty, but required"
    if error.type == "primary-key":
        return f"the same key as another row ({note.removeprefix('the same as in the ')})"
    return f"'{cell}': {note}" if cell else note or str(error.message)


def _fix(error_type: str) -> str:
    return {
        "foreign-key": "add the referenced row (e.g. the organisation to organisations.csv) or correct the id",
        "constraint-error": "fill in or correct the cell as the schema says",
        "primary-key": "each row needs its own key: remove the duplicate row",
    }.get(error_type, "correct the cell")


def _evidence_problems(package: Path, found: dict[str, Resource]) -> list[Problem]:
    texts: dict[str, str] = {}
    for row in found["sources"].rows if "sources" in found else []:
        if row.get("archived_copy"):
            try:
                texts[row["source_id"]] = (package / row["archived_copy"]).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # frictionless does not read archived copies: report them below where they are used
    problems = []
    for resource in found.values():
        for column in ("evidence", "text") if resource.name == "quotes" else ("evidence",):
            if column not in resource.fields or "source_id" not in resource.fields:
                continue
            for line, row in enumerate(resource.rows, start=2):
                value, source = row.get(column, ""), row.get("source_id", "")
                if not value or not source:
                    continue
                if source not in texts:
                    problems.append(
                        Problem(
                            resource.path, line, column, f"source '{source}' has no archived copy to check against", "archive it"
                        )
                    )
                elif value not in texts[source]:
                    problems.append(
                        Problem(
                            resource.path,
                            line,
                            column,
                            f"'{value[:60]}' does not occur verbatim in the archived source '{source}'",
                            "copy the exact words from the archived file",
                        )
                    )
    return problems


def _party_problems(found: dict[str, Resource]) -> list[Problem]:
    organisations = {row.get("organisation_id", "") for row in found["organisations"].rows} if "organisations" in found else set()
    problems = []
    for resource in found.values():
        if "party_id" not in resource.fields or "party_kind" not in resource.fields:
            continue
        for line, row in enumerate(resource.rows, start=2):
            party, kind = row.get("party_id", ""), row.get("party_kind", "")
            if not party or (kind == "state" and is_iso3(party)) or (kind == "organisation" and party in organisations):
                continue
            fix = "add the organisation to organisations.csv" if kind == "organisation" else "use an ISO 3166-1 alpha-3 code"
            problems.append(Problem(resource.path, line, "party_id", f"'{party}' is not a known {kind or 'party'}", fix))
    return problems


def _translation_problems(found: dict[str, Resource]) -> list[Problem]:
    problems = []
    for resource in found.values():
        twins = [f for f in resource.fields if f.endswith("_uk") and f.removesuffix("_uk") in resource.fields]
        for line, row in enumerate(resource.rows, start=2):
            for twin in twins:
                if row.get(twin.removesuffix("_uk")) and not row.get(twin):
                    problems.append(
                        Problem(
                            resource.path,
                            line,
                            twin,
                            f"'{twin.removesuffix('_uk')}' has no Ukrainian translation",
                            f"fill in {twin}",
                        )
                    )
    return problems
