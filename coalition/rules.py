"""Rules of the campaign's tables that Table Schema cannot say: inferred rows give a reason, disputes pair up,
positions date from their instrument, and the named positions agree with the counts the sources report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from coalition.errors import Problem
from coalition.models import Dataset, Position, ReportedCount
from coalition.package import Table
from coalition.positions import COUNTED, instrument


def _lines(table: Table, rows: tuple[object, ...]) -> dict[int, int]:
    """The CSV line of each built row (rows are built in the table's order)."""
    return {id(row): line for row, line in zip(rows, table.lines, strict=True)}


def inferred_problems(data: Dataset, tables: Mapping[str, Table]) -> list[Problem]:
    """An inferred position or count says why it was inferred."""
    problems = []
    for name, rows in (("positions", data.positions), ("reported_counts", data.reported_counts)):
        table = tables[name]
        for row, line in zip(rows, table.lines, strict=True):
            if isinstance(row, Position | ReportedCount) and row.inferred and not row.inferred_reason:
                fix = "say in inferred_reason (and inferred_reason_uk) what it was inferred from"
                problems.append(Problem(table.file, line, "inferred_reason", "an inferred row gives no reason", fix))
    return problems


def position_problems(data: Dataset, tables: Mapping[str, Table]) -> list[Problem]:
    """Positions date from their instrument; counts-only instruments name nobody; a party's current position is clear."""
    table, problems = tables["positions"], []
    lines = _lines(table, data.positions)
    statements = {s.statement_id: s for s in data.statements}
    seen: Counter[tuple[str, str, object]] = Counter()
    for position in data.positions:
        statement, line = statements[position.statement_id], lines[id(position)]
        if position.date and position.date < statement.date:
            fix = "leave date empty for the instrument's date, or give the later day the position took effect"
            problems.append(
                Problem(table.file, line, "date", f"{position.date} is before the instrument's date {statement.date}", fix)
            )
        if statement.list_status == "counts_only" or statement.parties_are != "states":
            fix = "remove the row, or set the statement's list_status to partial and parties_are to states"
            problems.append(
                Problem(
                    table.file, line, "statement_id", f"{statement.statement_id} has counts only, but this row names a party", fix
                )
            )
        key = (position.statement_id, position.party_id, position.date or statement.date)
        seen[key] += 1
        if seen[key] == 2:
            fix = "give the later position its own date"
            problems.append(
                Problem(
                    table.file,
                    line,
                    "date",
                    f"{position.party_id} has two positions on the same day in {position.statement_id}",
                    fix,
                )
            )
    return problems + _dispute_problems(data, table, lines)


def _dispute_problems(data: Dataset, table: Table, lines: dict[int, int]) -> list[Problem]:
    """Rows sharing a dispute are alternatives for one slot: two or more, one instrument, one position."""
    groups: dict[str, list[Position]] = {}
    for position in data.positions:
        if position.dispute:
            groups.setdefault(position.dispute, []).append(position)
    problems = []
    for dispute, rows in groups.items():
        shapes = {(p.statement_id, p.position) for p in rows}
        if len(rows) < 2 or len(shapes) > 1:
            fix = "give the same dispute id to the two or more rows that are alternatives for one slot, in one instrument and position"
            problems.append(
                Problem(table.file, lines[id(rows[0])], "dispute", f"dispute '{dispute}' is not a set of alternatives", fix)
            )
    return problems


def count_problems(data: Dataset, tables: Mapping[str, Table]) -> list[Problem]:
    """Counts as reported are at least the positions we name of that kind; a complete list matches a reported count."""
    counts, statements, problems = tables["reported_counts"], tables["statements"], []
    count_lines = _lines(counts, data.reported_counts)
    statement_lines = _lines(statements, data.statements)
    for statement in data.statements:
        view = instrument(data, statement.statement_id)
        for count_of in sorted({c.count_of for c in view.counts} & set(COUNTED)):
            named, largest = view.named(count_of), view.largest_reported(count_of)
            reported = view.reported(count_of)
            if largest is not None and named > largest:
                row = max(reported, key=lambda c: c.value)
                fix = "check the positions, or add the count that includes them"
                problem = f"{named} named as {count_of}, more than the largest count reported ({largest})"
                problems.append(Problem(counts.file, count_lines[id(row)], "value", problem, fix))
            elif view.complete and all(c.value != named for c in reported):
                values = ", ".join(str(c.value) for c in reported)
                fix = "name the missing parties, or set list_status to partial"
                problem = f"the list is marked complete but names {named} as {count_of}; the sources report {values}"
                problems.append(Problem(statements.file, statement_lines[id(statement)], "list_status", problem, fix))
    return problems
