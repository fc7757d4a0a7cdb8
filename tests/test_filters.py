"""Pure selections: statuses, groups, country cards, event and quote filters, intervals."""

from __future__ import annotations

from coalition import Dataset
from coalition.filters import (
    country_card,
    country_status,
    endorsers_table,
    filter_events,
    key_intervals,
    non_endorsing_members,
    party_name,
    search_quotes,
)
from coalition.i18n import locale

EN = locale("en")


def test_statuses(dataset: Dataset) -> None:
    assert country_status(dataset, "UKR") == "co_chair"
    assert country_status(dataset, "CAN") == "co_chair"
    assert country_status(dataset, "CHE") == "observer"
    assert country_status(dataset, "LIE") == "signatory"
    assert country_status(dataset, "USA") == "none"


def test_members_that_did_not_endorse(dataset: Dataset) -> None:
    assert non_endorsing_members(dataset, "EU") == ("CYP", "HUN", "POL", "SVK")
    assert len(non_endorsing_members(dataset, "COE")) == 46 - 32
    assert "RUS" not in dataset.members("COE")


def test_country_card_for_an_endorser(dataset: Dataset) -> None:
    card = country_card(dataset, "UKR", EN)
    assert card.status == "co_chair"
    assert card.position == 36
    assert card.groups == ("COE",)
    assert {e.event_id for e in card.events} >= {"istanbul-1", "istanbul-2", "istanbul-3", "list-handover"}
    assert {q.quote_id for q in card.quotes} == {"yermak", "sybiha"}


def test_country_card_for_a_non_endorser(dataset: Dataset) -> None:
    card = country_card(dataset, "HUN", EN)
    assert card.status == "none"
    assert card.position is None
    assert set(card.groups) == {"EU", "COE"}


def test_party_names(dataset: Dataset) -> None:
    assert party_name(dataset, "EU", EN) == "European Union"
    assert party_name(dataset, "COE", locale("uk")) == "Рада Європи"
    assert party_name(dataset, "MDA", EN) == "Moldova"


def test_endorsers_table_lists_all_forty_in_order(dataset: Dataset) -> None:
    table = endorsers_table(dataset, EN)
    assert len(table) == 40
    assert list(table["No."]) == list(range(1, 41))
    assert table.loc[table["Code"] == "CAN", "Status"].item() == "Co-chair (signatory)"
    assert table.loc[table["Code"] == "COE", "Kind"].item() == "Organisation"


def test_filter_events_by_kind_in_date_order(dataset: Dataset) -> None:
    rounds = filter_events(dataset, ("negotiation_round",))
    assert [e.round for e in rounds] == [1, 2, 3]
    everything = filter_events(dataset)
    assert [e.date for e in everything] == sorted(e.date for e in everything)


def test_search_is_plain_text_and_case_insensitive(dataset: Dataset) -> None:
    assert [q.quote_id for q in search_quotes(dataset, "SANCTIONS")] == ["kallas"]
    assert search_quotes(dataset, ".*") == ()
    assert search_quotes(dataset, "<script>") == ()
    assert len(search_quotes(dataset, "")) == 4


def test_search_by_speaker_and_organisation(dataset: Dataset) -> None:
    assert [q.quote_id for q in search_quotes(dataset, speakers=("Andrii Sybiha",))] == ["sybiha"]
    found = search_quotes(dataset, organisations=("Office of the President of Ukraine", "European Union"))
    assert {q.quote_id for q in found} == {"yermak", "kallas"}
    assert search_quotes(dataset, "Istanbul", speakers=("Kaja Kallas",)) == ()


def test_key_intervals(dataset: Dataset) -> None:
    spans = {(i.start.event_id, i.end.event_id): i.days for i in key_intervals(dataset)}
    assert spans == {("list-handover", "coalition-statement"): 64, ("istanbul-1", "coalition-statement"): 81}
