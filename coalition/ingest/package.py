"""The data package as ingest sees it: its resources, rows and keys, read and written as plain CSV text.

Whether a merged package is valid is the project's validator's call (`coalition.load.problems_of`).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
