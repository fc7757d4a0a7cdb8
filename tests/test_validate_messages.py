"""Our own rules' problems, each read whole as a data editor reads it: file, row, field, problem and how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition import load_dataset
from tests.conftest import EditCsv
from tests.test_load import problems_of

ARCHIVE_FIX = "archive the source and set archived_copy in sources.csv, or leave the cell empty"


@pytest.mark.parametrize(
    ("file", "old", "new", "line"),
    [
        (
            "positions.csv",
            "tiny-statement,1,CAN,",
            "tiny-statement,1,XYZ,",
            "positions.csv:2: party_id: 'XYZ' is not an ISO 3166 alpha-3 code — use the country's alpha-3 code, e.g. UKR",
        ),
        (
            "positions.csv",
            "tiny-statement,2,CZE,",
            "tiny-statement,2,SVK,",
            "positions.csv:3: published_name: 'Czech Republic' resolves to CZE, not SVK"
            " — set party_id to CZE or correct the name",
        ),
        (
            "positions.csv",
            "state,Czech Republic,",
            "state,Congo,",
            "positions.csv:3: published_name: 'Congo' does not resolve to a single country"
            " — add the name to data/names.csv with its code and a note",
        ),
        (
            "positions.csv",
            ",EU,organisation,",
            ",XYZ,organisation,",
            "positions.csv:4: party_id: organisation 'XYZ' is not in organisations.csv — add it to organisations.csv or correct the id",
        ),
        (
            "memberships.csv",
            "EU,CZE,",
            "EU,XYZ,",
            "memberships.csv:2: iso3: 'XYZ' is not an ISO 3166 alpha-3 code — use the member state's alpha-3 code",
        ),
    ],
    ids=["unknown code", "name of another state", "ambiguous name", "unknown organisation", "unknown member"],
)
def test_a_party_problem_is_one_whole_line(
    tiny_copy: Path, replace_in: EditCsv, file: str, old: str, new: str, line: str
) -> None:
    replace_in(tiny_copy, file, old, new)
    assert problems_of(tiny_copy) == f"1 problem in the data package:\n  {line}"


def test_an_unreadable_archive_is_named_and_every_check_against_it_says_why(tiny_copy: Path) -> None:
    (tiny_copy / "sources" / "article.txt").write_bytes(b"\xff\xfe not text")
    lines = problems_of(tiny_copy).splitlines()
    assert lines[0] == "11 problems in the data package:"
    assert lines[1] == (
        "  sources.csv:2: archived_copy: cannot read 'sources/article.txt' as UTF-8 text"
        " — archive the source at that path, relative to datapackage.json, as UTF-8 text"
    )
    assert f"  positions.csv:2: evidence: source 'article' has no archived copy to check against — {ARCHIVE_FIX}" in lines
    assert f"  corrections.csv:2: as_published: source 'article' has no archived copy to check against — {ARCHIVE_FIX}" in lines


def test_an_event_that_ends_the_day_it_starts_is_valid(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "events.csv", "list-handover,2025-06-02,,", "list-handover,2025-06-02,2025-06-02,")
    handover = next(e for e in load_dataset(tiny_copy).events if e.event_id == "list-handover")
    assert handover.end_date == handover.date
