"""The loader and its validation: every rule refuses a small broken copy of the tiny package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coalition import DataError, load_dataset
from coalition.positions import chosen
from tests.conftest import DATA, TINY, EditCsv


def problems_of(package: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_dataset(package)
    return str(caught.value)


def test_shipped_package_counts(dataset: object) -> None:
    from coalition import Dataset

    assert isinstance(dataset, Dataset)
    assert (
        dataset.summary()
        == "12 statements, 340 positions, 32 reported counts, 17 membership changes, 7 series of 51 figures, 13 events, 4 quotes, 3 corrections"
    )


def test_endorsers_keep_the_articles_order(dataset: object) -> None:
    from coalition import Dataset

    assert isinstance(dataset, Dataset)
    featured = chosen(dataset, "")
    names = [p.published_name for p in featured.positions]
    assert names[0] == "Argentina"
    assert names[36] == "United Kingdom"
    assert names[37:] == ["European Union", "Switzerland", "Council of Europe"]
    assert {p.party_id for p in featured.positions if p.position == "co_chair"} == {"CAN", "UKR"}
    assert [p.position for p in featured.positions if p.party_id in ("CHE", "EU", "COE")] == ["observer", "observer", "listed"]
    assert [p.list_order for p in featured.positions] == list(range(1, 41))


def test_groupings_have_27_and_46_members(dataset: object) -> None:
    from coalition import Dataset

    assert isinstance(dataset, Dataset)
    assert len(dataset.members("EU")) == 27
    assert len(dataset.members("COE")) == 46
    endorsing = set(chosen(dataset, "").endorsing_states())
    assert set(dataset.members("EU")) - endorsing == {"CYP", "HUN", "POL", "SVK"}


def test_corrections_keep_published_and_verified(dataset: object) -> None:
    from coalition import Dataset

    assert isinstance(dataset, Dataset)
    sybiha = dataset.corrections_for("quotes", "sybiha")
    assert {c.as_published for c in sybiha} >= {"Deputy Foreign Minister of Ukraine"}
    assert {c.verified for c in sybiha} >= {"Minister of Foreign Affairs of Ukraine"}
    handover = dataset.corrections_for("events", "list-handover")
    assert handover[0].as_published == "during the first round of peace talks in Istanbul"


def test_rounds_dates(dataset: object) -> None:
    from coalition import Dataset

    assert isinstance(dataset, Dataset)
    rounds = {e.round: e.date.isoformat() for e in dataset.events if e.kind == "negotiation_round"}
    assert rounds == {1: "2025-05-16", 2: "2025-06-02", 3: "2025-07-23"}


def test_loading_twice_returns_the_cached_object() -> None:
    assert load_dataset(TINY) is load_dataset(TINY)


def test_editing_a_file_invalidates_the_cache(tiny_copy: Path, replace_in: EditCsv) -> None:
    first = load_dataset(tiny_copy)
    replace_in(tiny_copy, "demands.csv", "Return the children", "Bring the children home")
    second = load_dataset(tiny_copy)
    assert second.demands[0].summary == "Bring the children home"
    assert first is not second


def test_unknown_country_code(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "positions.csv", "tiny-statement,1,CAN,", "tiny-statement,1,XYZ,")
    assert "positions.csv:2: party_id: 'XYZ' is not an ISO 3166 alpha-3 code" in problems_of(tiny_copy)


def test_published_name_must_match_code(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "positions.csv", "tiny-statement,2,CZE,", "tiny-statement,2,SVK,")
    assert "positions.csv:3: published_name: 'Czech Republic' resolves to CZE, not SVK" in problems_of(tiny_copy)


def test_impossible_date(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "events.csv", "2025-06-02", "2025-02-30")
    message = problems_of(tiny_copy)
    assert "events.csv:2: date: '2025-02-30' is not a real calendar date — write a real date as YYYY-MM-DD" in message


def test_duplicate_key(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "events.csv", "tiny-statement,2025-08-05", "list-handover,2025-08-05")
    assert "events.csv:3: event_id: duplicate key 'list-handover' (first on row 2)" in problems_of(tiny_copy)


def test_dangling_foreign_key(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "demands.csv", "return,tiny-statement", "return,no-such-statement")
    assert "demands.csv:2: statement_id: 'no-such-statement' is not in statements.csv" in problems_of(tiny_copy)


def test_evidence_not_in_source(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "demands.csv", "return the children without delay", "return the children at once")
    assert "demands.csv:2: evidence: 'return the children at once' does not occur verbatim" in problems_of(tiny_copy)


def test_correction_as_published_must_be_in_source(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "corrections.csv", "During the first round", "During the third round")
    assert "corrections.csv:2: as_published: 'During the third round' does not occur verbatim" in problems_of(tiny_copy)


def test_ragged_row(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "figures.csv", "exact,children", "exact,children,extra")
    assert "figures.csv:2: the row has 14 cells, the header has 13" in problems_of(tiny_copy)


def test_missing_column(tiny_copy: Path, replace_in: EditCsv) -> None:
    path = tiny_copy / "memberships.csv"
    path.write_text("organisation_id,iso3\nEU,CZE\n", encoding="utf-8")
    assert "memberships.csv:1: source_id: the column is missing — add the column 'source_id'" in problems_of(tiny_copy)


def test_bad_json(tiny_copy: Path) -> None:
    (tiny_copy / "datapackage.json").write_text('{"name": "x",\n  "resources": [', encoding="utf-8")
    assert "datapackage.json:2: invalid JSON" in problems_of(tiny_copy)


def test_missing_datapackage(tiny_copy: Path) -> None:
    (tiny_copy / "datapackage.json").unlink()
    assert "datapackage.json: no datapackage.json in" in problems_of(tiny_copy)


def test_missing_file(tiny_copy: Path) -> None:
    (tiny_copy / "quotes.csv").unlink()
    assert "quotes.csv: the file is missing — create quotes.csv" in problems_of(tiny_copy)


def test_non_utf8(tiny_copy: Path) -> None:
    path = tiny_copy / "organisations.csv"
    path.write_bytes(path.read_bytes().replace("Європейський".encode(), "Europ\xe4isch".encode("latin-1")))
    assert "organisations.csv:2: byte" in problems_of(tiny_copy)
    assert "save the file as UTF-8" in problems_of(tiny_copy)


def test_enum_and_required(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "positions.csv", "signatory,,high", "signed,,high")
    replace_in(tiny_copy, "figures.csv", "Children on the list", "")
    message = problems_of(tiny_copy)
    assert "positions.csv:3: position: 'signed' is not an allowed value — use one of: co_chair, signatory, observer" in message
    assert "figures.csv:2: label: the value is required but empty" in message


def test_all_problems_are_collected(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "events.csv", "2025-06-02", "2025-13-01")
    replace_in(tiny_copy, "figures.csv", ",12,", ",twelve,")
    with pytest.raises(DataError) as caught:
        load_dataset(tiny_copy)
    assert len(caught.value.problems) == 2
    assert str(caught.value).startswith("2 problems in the data package:")


def test_end_date_before_date(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "events.csv", "2025-06-02,,", "2025-06-02,2025-06-01,")
    assert "events.csv:2: end_date: end_date 2025-06-01 is before date 2025-06-02" in problems_of(tiny_copy)


def test_untranslated_text_is_refused(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "events.csv", "УК Istanbul", "")
    assert "events.csv:2: place_uk: 'place' has no Ukrainian translation — fill in place_uk" in problems_of(tiny_copy)


def test_archived_source_edits_invalidate_the_cache(tiny_copy: Path, replace_in: EditCsv) -> None:
    load_dataset(tiny_copy)
    replace_in(tiny_copy, "sources/article.txt", "return the children without delay", "return them")
    assert "demands.csv:2: evidence" in problems_of(tiny_copy)


def test_the_official_validator_accepts_the_shipped_package() -> None:
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run(
        [str(frictionless), "validate", str(DATA / "datapackage.json")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_table_with_only_its_header_is_refused(tiny_copy: Path) -> None:
    path = tiny_copy / "figures.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert "figures.csv: the table has no rows — add the figures rows" in problems_of(tiny_copy)


def test_a_byte_order_mark_is_accepted(tiny_copy: Path) -> None:
    path = tiny_copy / "demands.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_dataset(tiny_copy).demands[0].demand_id == "return"


def test_blank_lines_are_skipped(tiny_copy: Path) -> None:
    path = tiny_copy / "figures.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], "", *lines[1:], "", ""]), encoding="utf-8")
    assert len(load_dataset(tiny_copy).figures) == len(lines) - 1


def test_archived_copies_stay_inside_the_package(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "sources.csv", "sources/article.txt", "../../../../etc/hostname")
    assert "archived_copy: '../../../../etc/hostname' lies outside the data package" in problems_of(tiny_copy)
