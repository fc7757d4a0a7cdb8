"""Problems found in the data package, reported all at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem: where it is, what is wrong and how to fix it."""

    file: str
    row: int | None
    column: str | None
    problem: str
    fix: str

    def __str__(self) -> str:
        place = self.file if self.row is None else f"{self.file}:{self.row}"
        column = f" {self.column}:" if self.column else ""
        return f"{place}:{column} {self.problem} — {self.fix}"


class DataError(Exception):
    """The data package is invalid; `problems` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in the data package:"
        super().__init__("\n".join([header, *(f"  {p}" for p in self.problems)]))
