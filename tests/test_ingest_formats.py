"""Every announcement format, written (formats/) or real (real/): the parties in order, counts, guesses, duplicates.

Each fixture has a sidecar JSON with the expected rows: [party_id, position] in published order, "" where
the name must be left for a person to decide.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from coalition.ingest.article import read_article
from coalition.ingest.draft import Draft, Request, build
from tests.test_ingest import PACKAGE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SIDECARS = sorted((FIXTURES / "formats").glob("*.json")) + sorted((FIXTURES / "real").glob("*.json"))


def _draft(sidecar: Path) -> tuple[Draft, dict[str, Any]]:
    expected = json.loads(sidecar.read_text(encoding="utf-8"))
    (article,) = [p for p in sidecar.parent.glob(f"{sidecar.stem}.*") if p.suffix != ".json"]
    request = Request(f"test-{sidecar.stem}", "2025-01-01", expected.get("url", "https://example.org/"), kind=expected["kind"])
    return build(read_article(article), request, PACKAGE), expected


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_parties_in_published_order(sidecar: Path) -> None:
    draft, expected = _draft(sidecar)
    assert [[row["party_id"], row["position"]] for _, row in draft.items] == expected["parties"]


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_evidence_is_an_exact_span_of_the_archived_text(sidecar: Path) -> None:
    draft, _ = _draft(sidecar)
    for rows in draft.rows.values():
        for row in rows:
            assert row.get("evidence", "") in draft.article.text
    for _, row in draft.items:
        assert row["published_name"] in row["evidence"]


@pytest.mark.parametrize(
    "sidecar", [s for s in SIDECARS if "counts" in json.loads(s.read_text(encoding="utf-8"))], ids=lambda p: p.stem
)
def test_counts_the_text_states(sidecar: Path) -> None:
    draft, expected = _draft(sidecar)
    first: dict[str, int] = {}
    for count in draft.counts:
        first.setdefault(count.count_of, count.value)
    assert {k: first.get(k) for k in expected["counts"]} == expected["counts"]


def test_ambiguous_names_are_asked_about_never_coded() -> None:
    draft, expected = _draft(FIXTURES / "formats" / "ambiguous.json")
    asked = [(item.published, item.resolution.candidates) for item, _ in draft.items if item.resolution.status == "ask"]
    assert [name for name, _ in asked] == expected["ask"]
    assert dict(asked)["Congo"] == ("COG", "COD")
    assert all(not row["party_id"] for item, row in draft.items if item.resolution.status == "ask")


def test_the_same_state_twice_is_kept_once_and_reported() -> None:
    draft, expected = _draft(FIXTURES / "formats" / "duplicates.json")
    assert [(again.published, first.published) for again, first in draft.duplicates] == [
        ("Czechia", "Czech Republic"),
        ("Turkey", "Türkiye"),
    ]
    assert [again.published for again, _ in draft.duplicates] == expected["duplicates"]


def test_states_that_did_not_sign_are_reported_not_drafted() -> None:
    draft, _ = _draft(FIXTURES / "real" / "united24-2024-06-16.json")
    refused = [run for run in draft.runs if run.status == "not_party"]
    assert [[i.published for i in run.items] for run in refused] == [["India", "Saudi Arabia", "United Arab Emirates"]]
    assert not {"IND", "SAU", "ARE"} & {row["party_id"] for _, row in draft.items}


def test_a_truncated_name_next_to_a_list_is_reported_with_a_suggestion() -> None:
    draft, _ = _draft(FIXTURES / "real" / "united24-2024-06-16.json")
    edges = [(i.published, i.resolution.candidates) for run in draft.runs for i in run.edges if run.accepted]
    assert edges == [("Switz", ("CHE",))]
