"""Each party's part in an instrument, as of now: current positions, the category a map shows, counts named vs reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from coalition.models import Dataset, Position, ReportedCount, Statement

# Positions of a state that put it among an instrument's endorsers ("states" in a reported count).
ENDORSING = ("co_chair", "signatory", "observer", "invoked")
VOTES = ("in_favour", "against", "abstained", "not_voting")
# Which positions each reported count counts; a count of something we never name (sponsors, MPs' votes) has none.
COUNTED: dict[str, tuple[str, ...]] = {
    "states": ENDORSING,
    "organisations": (*ENDORSING, "listed"),
    "in_favour": ("in_favour",),
    "against": ("against",),
    "abstained": ("abstained",),
    "not_voting": ("not_voting",),
}
# Instruments only their authors could sign: they say nothing about any other state.
NOT_OPEN = ("co_chairs_statement",)
# What a map shows for a state the instrument does not name: "none" if our list is complete, else "unknown".
ABSENT_COMPLETE, ABSENT_PARTIAL = "none", "unknown"


@dataclass(frozen=True)
class Instrument:
    """One instrument and each party's current position in it (its latest dated row), in the published order."""

    statement: Statement
    positions: tuple[Position, ...]
    counts: tuple[ReportedCount, ...]

    @property
    def complete(self) -> bool:
        """True when our named list is the whole list (not partial, not counts only)."""
        return self.statement.list_status == "complete"

    @property
    def states(self) -> tuple[Position, ...]:
        return tuple(p for p in self.positions if p.party_kind == "state")

    @property
    def organisations(self) -> tuple[Position, ...]:
        return tuple(p for p in self.positions if p.party_kind == "organisation")

    def position(self, party_id: str) -> Position | None:
        return next((p for p in self.positions if p.party_id == party_id), None)

    def category(self, party_id: str) -> str:
        """What the map shows: the position, 'disputed' for one of two alternatives, else 'none' or 'unknown'."""
        found = self.position(party_id)
        if found is None:
            return ABSENT_COMPLETE if self.complete else ABSENT_PARTIAL
        return "disputed" if found.dispute else found.position

    def endorsing_states(self) -> tuple[str, ...]:
        return tuple(p.party_id for p in self.states if p.position in ENDORSING)

    def named(self, count_of: str) -> int:
        """How many parties we name for a reported count (alternatives of one dispute count once)."""
        kinds = COUNTED.get(count_of, ())
        kind = "organisation" if count_of == "organisations" else "state"
        rows = [p for p in self.positions if p.position in kinds and p.party_kind == kind]
        return len({p.dispute or p.party_id for p in rows})

    def reported(self, count_of: str) -> tuple[ReportedCount, ...]:
        return tuple(c for c in self.counts if c.count_of == count_of)

    def largest_reported(self, count_of: str) -> int | None:
        values = [c.value for c in self.reported(count_of)]
        return max(values) if values else None


def _effective(position: Position, statement: Statement) -> dt.date:
    return position.date or statement.date


def current_positions(rows: list[Position], statement: Statement) -> tuple[Position, ...]:
    """Each party's latest row (a withdrawal replaces a signature), kept in list order, then by date."""
    latest: dict[str, Position] = {}
    for row in sorted(rows, key=lambda p: _effective(p, statement)):
        latest[row.party_id] = row
    order = {id(row): index for index, row in enumerate(rows)}
    return tuple(sorted(latest.values(), key=lambda p: (p.list_order or 10**6, _effective(p, statement), order[id(p)])))


@lru_cache(maxsize=64)
def instrument(data: Dataset, statement_id: str) -> Instrument:
    """The instrument `statement_id` of `data` with its current positions and reported counts."""
    statement = data.statement_by_id(statement_id)
    rows = [p for p in data.positions if p.statement_id == statement_id]
    counts = tuple(c for c in data.reported_counts if c.statement_id == statement_id)
    return Instrument(statement, current_positions(rows, statement), counts)


def chosen(data: Dataset, statement_id: str) -> Instrument:
    """The instrument a view shows: `statement_id`, or the featured statement when it is empty."""
    return instrument(data, statement_id or data.statement.statement_id)


def open_to_states(statement: Statement) -> bool:
    """True for instruments any state could join: not the co-chairs' own statements, not votes of MPs."""
    return statement.parties_are == "states" and statement.kind not in NOT_OPEN


def history(data: Dataset, party_id: str) -> tuple[tuple[Statement, Position | None, str], ...]:
    """A party's category in every instrument states could join, in date order: (statement, its row or None, category)."""
    result = []
    for statement in sorted(filter(open_to_states, data.statements), key=lambda s: (s.date, s.statement_id)):
        view = instrument(data, statement.statement_id)
        result.append((statement, view.position(party_id), view.category(party_id)))
    return tuple(result)
