"""Merge a reviewed draft into the data package, only if the whole package then validates.

The merge happens in a temporary copy beside the package; the copy is validated; only then are the
changed files moved into the package, each with an atomic rename. Rows are appended after the
package's own, which keep their bytes; a draft row whose key the package already has must be
identical to it, or the apply is refused.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from coalition.errors import Problem
from coalition.ingest import package as pkg
from coalition.load import problems_of

Validator = Callable[[Path], list[Problem]]
Origins = dict[tuple[str, int], tuple[str, int]]  # (package file, row) -> (draft file, row)


def _merge(draft: Path, work: Path, resources: dict[str, pkg.Resource]) -> tuple[list[Problem], list[str], Origins]:
    """Append the draft's rows to the copy at `work`; (problems, changed files, where each added row came from)."""
    problems: list[Problem] = []
    changed: list[str] = []
    origins: Origins = {}
    for file in sorted(draft.glob("*.csv")):
        where = f"drafts/{draft.name}/{file.name}"
        resource = resources.get(file.stem)
        if resource is None:
            problems.append(
                Problem(
                    where,
                    None,
                    None,
                    f"the package declares no '{file.stem}' resource",
                    f"add '{file.stem}' to datapackage.json first",
                )
            )
            continue
        header, rows = pkg.read_csv(file)
        extra = [c for c in header if c not in resource.fields]
        if extra:
            problems.append(
                Problem(
                    where, 1, ", ".join(extra), f"not a column of {resource.path}", "remove the column or add it to the schema"
                )
            )
            continue
        existing = {resource.key(r): r for r in resource.rows}
        new: list[dict[str, str]] = []
        for line, row in enumerate(rows, start=2):
            full = {f: row.get(f, "") for f in resource.fields}
            key = resource.key(full)
            same = existing.get(key)
            if same is not None and any(same.get(f, "") != full[f] for f in resource.fields):
                differ = ", ".join(f for f in resource.fields if same.get(f, "") != full[f])
                problems.append(
                    Problem(
                        where,
                        line,
                        differ,
                        f"{resource.path} already has a row with this key and other values",
                        "make the draft row equal to the package's, or delete it from the draft",
                    )
                )
            elif same is None and all(key) and any(resource.key(n) == key for n in new):
                problems.append(Problem(where, line, None, "the draft has this key twice", "delete one of the two rows"))
            elif same is None:
                new.append(full)
                origins[resource.path, len(resource.rows) + len(new) + 1] = (where, line)
        if new:
            target = work / resource.path
            original = target.read_text(encoding="utf-8") if target.is_file() else ",".join(resource.fields) + "\n"
            original += "" if original.endswith("\n") else "\n"
            columns = next(csv.reader([original.splitlines()[0]]))
            target.write_text(original + pkg.csv_lines(columns, new), encoding="utf-8")
            changed.append(resource.path)
    return problems, changed, origins


def _in_draft(problem: Problem, origins: Origins) -> Problem:
    """A problem in a row the draft added, pointed at that row of the draft."""
    origin = origins.get((problem.file, problem.row or 0))
    return Problem(origin[0], origin[1], problem.column, problem.problem, problem.fix) if origin else problem


def _archive(draft: Path, work: Path, sources: list[dict[str, str]]) -> tuple[list[Problem], list[str]]:
    """Copy the archived texts of the draft's new sources into the copy."""
    problems, changed = [], []
    for row in sources:
        copy = row.get("archived_copy", "")
        archived = draft / "sources" / Path(copy).name
        if not copy or not archived.is_file():
            continue
        target = work / copy
        if target.exists() and target.read_bytes() != archived.read_bytes():
            problems.append(
                Problem(copy, None, None, "the package already has a different file here", "rename the draft's source")
            )
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(archived, target)
        changed.append(copy)
    return problems, changed


def apply_draft(draft: Path, package: Path, validate: Validator = problems_of) -> tuple[list[Problem], str]:
    """Merge `draft` into `package`. Returns (problems, summary); with problems the package is unchanged."""
    if not (draft / "report.md").is_file() or not list(draft.glob("*.csv")):
        return [Problem(str(draft), None, None, "not a draft folder", "give data/drafts/ID as written by ingest")], ""
    if not (package / pkg.DESCRIPTOR).is_file():
        return [Problem(str(package), None, None, f"no {pkg.DESCRIPTOR} here", "give the data package folder with --data")], ""
    work = package.parent / f".{package.name}.apply-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        shutil.copytree(package, work, ignore=shutil.ignore_patterns("drafts"))
        resources = pkg.resources(work)
        problems, changed, origins = _merge(draft, work, resources)
        archive_problems, archived = _archive(draft, work, pkg.read_csv(draft / "sources.csv")[1])
        problems += archive_problems
        if not problems:
            problems = [_in_draft(p, origins) for p in validate(work)]
        if problems:
            return problems, ""
        for relative in changed + archived:
            staged = package / f"{relative}.apply-{os.getpid()}"
            staged.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work / relative, staged)
            os.replace(staged, package / relative)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    files = ", ".join(changed + archived) or "no file"
    return [], f"applied {draft.name}: {len(origins)} row(s) added to {files}"
