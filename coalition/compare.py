"""States × instruments: each state's category in every instrument (date order), filters, and a diff of two.

A state whose category is 'unknown' (not named in a partial list) is never counted as having changed or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from coalition.filters import party_name
from coalition.i18n import Locale
from coalition.models import Dataset, Statement
from coalition.positions import ENDORSING, VOTES, Instrument, instrument, open_to_states
from coalition.theme import STATUS_MARKS, short_label

SUPPORT = (*ENDORSING, "in_favour")
KNOWN_AGAINST = ("against", "abstained", "not_voting", "withdrew", "none")


@dataclass(frozen=True)
class Column:
    """An instrument as a column: how many states we name, the largest count its sources report (None: none), and
    whether our list is complete."""

    statement: Statement
    named: int
    reported: int | None
    complete: bool


@dataclass(frozen=True)
class Matrix:
    """Rows of states (ISO3), columns of instruments in date order, and the category in each cell."""

    columns: tuple[Column, ...]
    states: tuple[str, ...]
    cells: dict[tuple[str, str], str]

    def cell(self, iso3: str, statement_id: str) -> str:
        return self.cells[(iso3, statement_id)]


def coverage(view: Instrument) -> Column:
    """How much we know of an instrument: states named, against the states (or votes) reported."""
    named = view.named("states") + sum(view.named(kind) for kind in VOTES)
    states = view.largest_reported("states")
    votes = [view.largest_reported(kind) for kind in VOTES if view.reported(kind)]
    reported = states if states is not None else (sum(v for v in votes if v is not None) if votes else None)
    return Column(view.statement, named, reported, view.complete)


def known(column: Column, loc: Locale) -> str:
    """How much we know of a column, e.g. 'all 45 named', '49 of 160 named', '3 named'."""
    if column.complete:
        return loc._("all {named} named").format(named=column.named)
    if column.reported:
        return loc._("{named} of {reported} named").format(named=column.named, reported=column.reported)
    return loc._("{named} named").format(named=column.named)


def changed(categories: list[str]) -> bool:
    """True if a state both supported one instrument and, where known, did not support another."""
    known = [c for c in categories if c != "unknown"]
    return any(c in SUPPORT for c in known) and any(c in KNOWN_AGAINST for c in known)


def matrix(data: Dataset, group: str | None = None, only_changed: bool = False) -> Matrix:
    """Every state named anywhere (or every member of `group`), sorted by code, × every instrument states could join."""
    statements = sorted(filter(open_to_states, data.statements), key=lambda s: (s.date, s.statement_id))
    views = [instrument(data, s.statement_id) for s in statements]
    named = {p.party_id for v in views for p in v.states}
    states = sorted(set(data.members(group)) if group else named)
    cells = {(iso, v.statement.statement_id): v.category(iso) for iso in states for v in views}
    if only_changed:
        states = [iso for iso in states if changed([cells[(iso, v.statement.statement_id)] for v in views])]
    return Matrix(tuple(coverage(v) for v in views), tuple(states), cells)


@dataclass(frozen=True)
class Diff:
    """From instrument `a` to `b`: states that joined, that dropped, that stayed, and those unknown in either."""

    a: Statement
    b: Statement
    joined: tuple[str, ...]
    dropped: tuple[str, ...]
    stayed: tuple[str, ...]
    unknown: tuple[str, ...]


def diff(data: Dataset, a: str, b: str) -> Diff:
    """Who joined (supports b, known not to support a), who dropped (the reverse), who is unknown in a or b."""
    first, second = instrument(data, a), instrument(data, b)
    states = sorted({p.party_id for p in (*first.states, *second.states)})
    joined, dropped, stayed, unknown = [], [], [], []
    for iso in states:
        before, after = first.category(iso), second.category(iso)
        if "unknown" in (before, after):
            unknown.append(iso)
        elif after in SUPPORT and before not in SUPPORT:
            joined.append(iso)
        elif before in SUPPORT and after not in SUPPORT:
            dropped.append(iso)
        elif before in SUPPORT:
            stayed.append(iso)
    return Diff(first.statement, second.statement, tuple(joined), tuple(dropped), tuple(stayed), tuple(unknown))


# Order of categories when a column is sorted: support first, then known non-support, unknown last.
RANK = {
    c: i
    for i, c in enumerate((*SUPPORT, "listed", "disputed", "against", "abstained", "not_voting", "withdrew", "none", "unknown"))
}


def table(data: Dataset, grid: Matrix, loc: Locale, sort: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The grid as a table to read (a symbol and a short word in each cell) and the matching categories; rows by
    state name, or with `sort`'s supporters first."""
    _ = loc._
    headers = [f"{loc.text(c.statement, 'short_title')} ({known(c, loc)})" for c in grid.columns]
    names = {iso: party_name(data, iso, loc) for iso in grid.states}
    ordered = sorted(grid.states, key=lambda iso: loc.sort_key(names[iso]))
    if sort in {c.statement.statement_id for c in grid.columns}:
        ordered.sort(key=lambda iso: RANK.get(grid.cell(iso, str(sort)), len(RANK)))
    categories = pd.DataFrame(
        [[grid.cell(iso, c.statement.statement_id) for c in grid.columns] for iso in ordered], index=ordered, columns=headers
    )
    text = categories.map(lambda c: f"{STATUS_MARKS[c]} {short_label(c, _)}")
    text.insert(0, _("State"), [names[iso] for iso in ordered])
    return text.reset_index(drop=True), categories.reset_index(drop=True)
