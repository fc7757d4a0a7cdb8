"""The review report of a draft, and writing the draft's files under data/drafts/ID/."""

from __future__ import annotations

import bisect
import shutil
from collections import Counter
from functools import lru_cache
from pathlib import Path

from coalition import names
from coalition.countries import country_name
from coalition.ingest import package as pkg
from coalition.ingest.draft import Draft, found_counts
from coalition.ingest.lists import Item

# Columns the tracker schema requires that ingest cannot always fill: the reviewer's part.
REQUIRED = {
    "statements": ("title", "title_uk", "short_title", "short_title_uk", "issuer_id"),
    "positions": ("party_id", "party_kind"),
    "reported_counts": ("as_reported", "as_reported_uk"),
    "quotes": (
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
    ),
    "sources": ("title", "title_uk", "publisher"),
}


@lru_cache(maxsize=4)
def _newlines(text: str) -> list[int]:
    return [i for i, char in enumerate(text) if char == "\n"]


def _line(text: str, at: int) -> int:
    """The 1-based line of offset `at`."""
    return bisect.bisect_left(_newlines(text), at) + 1


def _party(code: str) -> str:
    organisation = next((e.name for e in names.table() if e.party_ids == (code,) and e.party_kind == "organisation"), "")
    return f"{organisation or country_name(code)} ({code})"


def _items(draft: Draft, item: Item) -> str:
    return f"line {_line(draft.article.text, item.start)}: '{item.published}'"


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", f"## {title}", *(lines or ["- none"])]


def report(draft: Draft, target: Path, package: Path) -> str:
    """The report as Markdown: what was found and every point that needs a person's decision."""
    text, rows = draft.article.text, [row for _, row in draft.items]
    kinds = Counter(row["party_kind"] or "unresolved" for row in rows)
    positions = Counter(row["position"] for row in rows)
    out = [
        f"# Draft {draft.request.statement_id}",
        "",
        f"Source: {draft.request.url} (source_id {draft.source_id}); archived text: sources/{draft.archive_name}",
        f"Parties: {len(rows)} rows in published order — "
        + (", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(kinds.items())) or "none")
        + (" (" + ", ".join(f"{p} {n}" for p, n in positions.most_common()) + ")" if rows else ""),
    ]
    found = found_counts(draft)
    counts, seen = [], set()
    for count in draft.counts:
        if count.count_of not in seen:
            seen.add(count.count_of)
            named = found.get(count.count_of, 0)
            verdict = "matches" if named == count.value else "DIFFERS: check the list"
            counts.append(
                f'- {count.count_of}: "{count.as_reported}" (line {_line(text, count.start)}) = {count.value}; named {named} — {verdict}'
            )
    counts += [f'- approximate, not taken: "{c.as_reported}" (line {_line(text, c.start)})' for c in draft.skipped_counts]
    out += _section("Counts the text states", counts)
    unresolved = []
    for item, row in draft.items:
        if item.resolution.status == "unresolved":
            hint = ", ".join(_party(c) for c in item.resolution.candidates if c)
            unresolved.append(
                f"- row {row['list_order']}, {_items(draft, item)}" + (f" — did you mean {hint}?" if hint else " — no close name")
            )
    for run in (run for run in draft.runs if run.accepted):
        for item in run.edges:
            hint = ", ".join(_party(c) for c in item.resolution.candidates if c)
            unresolved.append(
                f"- next to a list, not taken: {_items(draft, item)}" + (f" — did you mean {hint}?" if hint else "")
            )
    out += _section("Names not resolved (rows left without party_id: set it, or delete the row)", unresolved)
    guesses = [
        f"- row {row['list_order']}, {_items(draft, item)} could be {' or '.join(_party(c) for c in item.resolution.candidates)}: set party_id"
        for item, row in draft.items
        if item.resolution.status == "ask"
    ]
    out += _section("Guesses to confirm (never taken: rows left without party_id)", guesses)
    converted = [
        f"- row {row['list_order']}, {_items(draft, item)} → {row['party_id']}"
        for item, row in draft.items
        if item.resolution.via == "country_converter"
    ]
    out += _section("Resolved by country_converter (check)", converted)
    organisations = pkg.resources(package).get("organisations")
    known = {r.get("organisation_id") for r in organisations.rows} if organisations else set()
    orgs = [
        f"- row {row['list_order']}: {row['published_name']} ({row['party_id']}), {row['position']}"
        + ("" if row["party_id"] in known else " — not in organisations.csv: add it before applying")
        for _, row in draft.items
        if row["party_kind"] == "organisation" and row["party_id"]
    ]
    out += _section("Organisations", orgs)
    out += _section(
        "Duplicates (the repeat is left out)",
        [f"- {_items(draft, again)} repeats {_items(draft, first)}" for again, first in draft.duplicates],
    )
    skipped = [
        f"- line {_line(text, run.items[0].start)}: {', '.join(i.published for i in run.items)} — {run.reason}"
        for run in draft.runs
        if (not run.accepted and (run.resolved >= 2 or run.status == "not_party")) or run.reason.startswith("names the")
    ]
    out += _section("Lists not taken", skipped)
    empty = []
    for name, columns in REQUIRED.items():
        for line, row in enumerate(draft.rows.get(name, []), start=2):
            missing = [c for c in columns if c in row and not row[c]]
            if missing:
                empty.append(f"- {name}.csv line {line}: {', '.join(missing)}")
    out += _section("To fill in before applying", empty)
    out += _section("Other notes", [f"- {note}" for note in draft.notes + draft.existing])
    out += ["", "Next: review the files beside this report, then run", f"    python -m coalition ingest --apply {target}", ""]
    return "\n".join(out)


def write(draft: Draft, directory: Path, package: Path) -> str:
    """Write the draft's CSVs, archived text and report.md into `directory` (replaced if it exists); return the report."""
    if directory.exists():
        shutil.rmtree(directory)
    (directory / "sources").mkdir(parents=True)
    (directory / "sources" / draft.archive_name).write_text(draft.article.text, encoding="utf-8")
    for name, rows in draft.rows.items():
        if rows:
            pkg.write_csv(directory / f"{name}.csv", list(pkg.DEFAULT_COLUMNS[name]), rows)
    text = report(draft, directory, package)
    (directory / "report.md").write_text(text, encoding="utf-8")
    return text
