"""Ingest the seed article: exactly today's 40 endorsers in order, and --apply reproduces today's rows."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from coalition.ingest import package as pkg
from coalition.ingest.apply import apply_draft
from coalition.ingest.article import read_article
from coalition.ingest.draft import Request, build
from coalition.ingest.report import write
from tests.conftest import DATA, ROOT

PACKAGE = ROOT / "tests" / "fixtures" / "ingest" / "package"
SEED = DATA / "sources" / "coalition-statement-2025-08-05.txt"
SEED_URL = "https://united24media.com/latest-news/38-countries-urge-russia-for-unconditional-return-of-ukrainian-children-10480"
STATEMENT = "coalition-2025-08-05"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def _without(package: Path, resource: str, statement: str = STATEMENT) -> None:
    """Drop the statement's rows from one resource of a package copy."""
    path = package / f"{resource}.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    pkg.write_csv(path, header, [r for r in _rows(path) if r["statement_id"] != statement])


def _draft(package: Path) -> Path:
    target = package / "drafts" / STATEMENT
    write(build(read_article(SEED), Request(STATEMENT, "2025-08-05", SEED_URL), package), target, package)
    return target


@pytest.fixture
def without_positions(tmp_path: Path) -> Path:
    """A copy of the shipped data package without the 40 position rows of 5 August 2025."""
    package = tmp_path / "data"
    shutil.copytree(DATA, package, ignore=shutil.ignore_patterns("drafts"))
    _without(package, "positions")
    return package


def _featured(package: Path) -> list[dict[str, str]]:
    return [r for r in _rows(package / "positions.csv") if r["statement_id"] == STATEMENT]


def test_the_seed_article_gives_todays_40_endorsers_in_order_with_their_statuses() -> None:
    draft = build(read_article(SEED), Request(STATEMENT, "2025-08-05", SEED_URL), PACKAGE)
    got = [(r["list_order"], r["party_id"], r["party_kind"], r["published_name"], r["position"]) for _, r in draft.items]
    today = _featured(DATA)
    expected = [(e["list_order"], e["party_id"], e["party_kind"], e["published_name"], e["position"]) for e in today]
    assert got == expected
    assert [r["evidence"] for _, r in draft.items] == [e["evidence"] for e in today]
    assert {r["party_id"]: r["position"] for _, r in draft.items if r["position"] != "signatory"} == {
        "CAN": "co_chair",
        "UKR": "co_chair",
        "EU": "observer",
        "CHE": "observer",
        "COE": "listed",
    }


def test_apply_onto_the_package_without_them_reproduces_todays_rows(without_positions: Path) -> None:
    before = {p.name: p.read_bytes() for p in without_positions.glob("*.csv") if p.name != "positions.csv"}
    draft = _draft(without_positions)
    assert sorted(p.name for p in draft.glob("*.csv")) == ["positions.csv"]  # the rest is already in the package
    problems, summary = apply_draft(draft, without_positions)
    assert problems == []
    assert summary == f"applied {STATEMENT}: 40 row(s) added to positions.csv"
    assert _featured(without_positions) == _featured(DATA)
    assert sorted(map(str, _rows(without_positions / "positions.csv"))) == sorted(map(str, _rows(DATA / "positions.csv")))
    assert {p.name: p.read_bytes() for p in without_positions.glob("*.csv") if p.name != "positions.csv"} == before
    assert not list(without_positions.parent.glob(".*apply*"))


def test_a_draft_that_breaks_the_package_changes_nothing_and_lists_the_problems(without_positions: Path) -> None:
    draft = _draft(without_positions)
    path = draft / "positions.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(",ARG,state,Argentina,", ",ARX,state,Argentina,").replace(",CHE,state,", ",XKK,state,"), encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in without_positions.rglob("*") if p.is_file() and "drafts" not in p.parts}
    problems, summary = apply_draft(draft, without_positions)
    assert summary == ""
    assert {(p.file, p.column) for p in problems} == {(f"drafts/{STATEMENT}/positions.csv", "party_id")}
    assert {p.row for p in problems} == {2, 40}
    assert {p: p.read_bytes() for p in without_positions.rglob("*") if p.is_file() and "drafts" not in p.parts} == before


def test_a_new_statement_applies_only_after_review(tmp_path: Path) -> None:
    package = tmp_path / "data"
    shutil.copytree(DATA, package, ignore=shutil.ignore_patterns("drafts"))
    for resource in ("quotes", "positions", "reported_counts", "statements"):
        _without(package, resource)
    draft = _draft(package)
    statement = _rows(draft / "statements.csv")[0]
    assert (statement["co_chairs"], statement["list_status"], statement["issuer_id"]) == ("CAN;UKR", "complete", "ICRUC")
    assert statement["evidence"] == "The coalition is co-chaired by Canada and Ukraine."
    (count,) = _rows(draft / "reported_counts.csv")
    assert (count["count_of"], count["value"], count["as_reported"]) == ("states", "38", "38 Countries")
    quotes = {q["speaker"]: q for q in _rows(draft / "quotes.csv")}
    assert quotes["Kaja Kallas"]["evidence"] == (
        "said EU High Representative for Foreign Affairs and Security Policy and European Commission Vice President Kaja Kallas"
    )
    assert quotes["Andriy Yermak"]["evidence"] == "Yermak said"
    assert quotes["Andrii Sybiha"]["role_as_published"] == "Deputy Foreign Minister of Ukraine"
    report = (draft / "report.md").read_text(encoding="utf-8")
    assert "statements.csv line 2: title_uk, short_title, short_title_uk" in report
    problems, _ = apply_draft(draft, package)
    assert {"title_uk", "short_title", "speaker_uk"} <= {p.column for p in problems}
    assert _featured(package) == []
    # The review: translate, shorten the title, and keep the quotes the team had already verified.
    statement.update(title_uk="Заява коаліції", short_title="Coalition statement", short_title_uk="Заява коаліції")
    pkg.write_csv(draft / "statements.csv", pkg.STATEMENTS, [statement])
    count["as_reported_uk"] = "38 країн"
    pkg.write_csv(draft / "reported_counts.csv", pkg.REPORTED_COUNTS, [count])
    (draft / "quotes.csv").unlink()
    shutil.copyfile(DATA / "quotes.csv", package / "quotes.csv")
    problems, summary = apply_draft(draft, package)
    assert problems == []
    assert summary == f"applied {STATEMENT}: 42 row(s) added to positions.csv, reported_counts.csv, statements.csv"
    assert len(_featured(package)) == 40


def test_a_draft_row_that_contradicts_the_package_is_refused(without_positions: Path) -> None:
    draft = _draft(without_positions)
    statement = _rows(DATA / "statements.csv")[0]
    statement["co_chairs"] = "CAN"
    pkg.write_csv(draft / "statements.csv", pkg.STATEMENTS, [statement])
    problems, _ = apply_draft(draft, without_positions)
    (problem,) = problems
    assert (problem.file, problem.row, problem.column) == (f"drafts/{STATEMENT}/statements.csv", 2, "co_chairs")
    assert _featured(without_positions) == []
