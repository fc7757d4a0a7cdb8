"""The campaign's rules: each refuses a small broken copy of the tiny package with a FILE:ROW: column message."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition import DataError, Dataset, load_dataset
from coalition.positions import instrument
from tests.conftest import EditCsv


def problems_of(package: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_dataset(package)
    return str(caught.value)


def test_an_inferred_row_says_why(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "positions.csv", "true,Named by one report only,Названо лише в одному повідомленні", "true,,")
    assert "positions.csv:6: inferred_reason: an inferred row gives no reason — say in inferred_reason" in problems_of(tiny_copy)


def test_more_named_than_reported(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "reported_counts.csv", "tiny-vote,against,2,", "tiny-vote,against,0,")
    assert "reported_counts.csv:4: value: 1 named as against, more than the largest count reported (0)" in problems_of(tiny_copy)


def test_a_complete_list_matches_a_reported_count(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "reported_counts.csv", "tiny-statement,states,2,", "tiny-statement,states,3,")
    message = problems_of(tiny_copy)
    assert "statements.csv:2: list_status: the list is marked complete but names 2 as states; the sources report 3" in message


def test_a_partial_list_may_name_fewer(tiny_dataset: Dataset) -> None:
    vote = instrument(tiny_dataset, "tiny-vote")
    assert vote.named("in_favour") == 1 and vote.largest_reported("in_favour") == 10


def test_a_dispute_needs_two_alternatives(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "positions.csv", "Названо лише в одному повідомленні,,", "Названо лише в одному повідомленні,twelfth,")
    assert "positions.csv:6: dispute: dispute 'twelfth' is not a set of alternatives" in problems_of(tiny_copy)


def test_a_position_dates_from_its_instrument(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(
        tiny_copy, "positions.csv", "tiny-vote,,CAN,state,Canada,in_favour,,", "tiny-vote,,CAN,state,Canada,in_favour,2025-01-01,"
    )
    assert "positions.csv:5: date: 2025-01-01 is before the instrument's date 2025-12-03" in problems_of(tiny_copy)


def test_counts_only_instruments_name_nobody(tiny_copy: Path, replace_in: EditCsv) -> None:
    replace_in(tiny_copy, "statements.csv", "New York,Нью-Йорк,,partial,", "New York,Нью-Йорк,,counts_only,")
    assert "positions.csv:5: statement_id: tiny-vote has counts only, but this row names a party" in problems_of(tiny_copy)


def test_two_positions_on_one_day_are_ambiguous(tiny_copy: Path) -> None:
    path = tiny_copy / "positions.csv"
    path.write_text(
        path.read_text(encoding="utf-8") + "tiny-vote,,CAN,state,Canada,abstained,,high,false,,,,,,,better\n", encoding="utf-8"
    )
    assert "positions.csv:7: date: CAN has two positions on the same day in tiny-vote" in problems_of(tiny_copy)


def test_a_withdrawal_on_a_later_day_is_the_current_position(tiny_copy: Path) -> None:
    path = tiny_copy / "positions.csv"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "tiny-statement,,CZE,state,Czech Republic,withdrew,2025-08-06,high,false,,,,,,,better\n",
        encoding="utf-8",
    )
    replace_in_counts = tiny_copy / "reported_counts.csv"
    replace_in_counts.write_text(
        replace_in_counts.read_text(encoding="utf-8").replace("tiny-statement,states,2,", "tiny-statement,states,1,"),
        encoding="utf-8",
    )
    view = instrument(load_dataset(tiny_copy), "tiny-statement")
    assert view.category("CZE") == "withdrew"
    assert view.endorsing_states() == ("CAN",)
