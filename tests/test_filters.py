"""Pure selections: positions per instrument, groups, dossiers, event and quote filters, intervals."""

from __future__ import annotations

from coalition import Dataset
from coalition.filters import (
    all_countries,
    country_card,
    filter_events,
    groups,
    key_intervals,
    members_with,
    members_without,
    party_name,
    positions_table,
    search_quotes,
)
from coalition.i18n import locale
from coalition.positions import chosen, instrument

EN = locale("en")


def test_categories_in_the_featured_statement(dataset: Dataset) -> None:
    view = chosen(dataset, "")
    assert [view.category(iso) for iso in ("UKR", "CAN", "CHE", "LIE", "USA")] == [
        "co_chair",
        "co_chair",
        "observer",
        "signatory",
        "none",
    ]


def test_a_partial_vote_says_unknown_not_no(dataset: Dataset) -> None:
    vote = instrument(dataset, "unga-es-11-9")
    assert vote.category("USA") == "in_favour"
    assert vote.category("RUS") == "against"
    assert vote.category("PRK") == vote.category("COD") == "disputed"
    assert vote.category("FRA") == "unknown"
    assert vote.named("against") == 12
    assert vote.largest_reported("against") == 12


def test_withdrawals_replace_signatures(dataset: Dataset) -> None:
    summit = instrument(dataset, "burgenstock-2024-06-16")
    assert summit.category("IRQ") == "withdrew"
    assert summit.category("ATG") == "signatory"
    assert summit.category("CHE") in ("co_chair", "signatory")


def test_members_with_and_without(dataset: Dataset) -> None:
    view = chosen(dataset, "")
    assert members_without(view, dataset, "EU") == ("CYP", "HUN", "POL", "SVK")
    assert len(members_without(view, dataset, "COE")) == 46 - 32
    assert len(members_with(view, dataset, "EU")) == 23
    assert "RUS" not in dataset.members("COE")
    assert groups(dataset)[:2] == ("EU", "COE") and {"G7", "OSCE"} <= set(groups(dataset))


def test_dossier_of_an_endorser(dataset: Dataset) -> None:
    card = country_card(dataset, chosen(dataset, ""), "UKR", EN)
    assert card.status == "co_chair"
    assert card.position is not None and card.position.list_order == 36
    assert "COE" in card.groups
    assert {e.event_id for e in card.events} >= {"istanbul-1", "istanbul-2", "istanbul-3", "list-handover"}
    assert {q.quote_id for q in card.quotes} == {"yermak", "sybiha"}
    assert [c.change for c in card.membership] == ["founded"]


def test_dossier_of_poland_across_instruments(dataset: Dataset) -> None:
    card = country_card(dataset, chosen(dataset, ""), "POL", EN)
    assert card.status == "none" and card.position is None
    by_id = {statement.statement_id: category for statement, _, category in card.instruments}
    assert by_id["coalition-2025-08-05"] == "none"
    assert by_id["un-joint-2023-04-05"] == "signatory"
    dates = [statement.date for statement, _, _ in card.instruments]
    assert dates == sorted(dates)


def test_party_names(dataset: Dataset) -> None:
    assert party_name(dataset, "EU", EN) == "European Union"
    assert party_name(dataset, "COE", locale("uk")) == "Рада Європи"
    assert party_name(dataset, "MDA", EN) == "Moldova"
    assert party_name(dataset, "XKX", EN) == "Kosovo"


def test_positions_table_lists_all_forty_in_order(dataset: Dataset) -> None:
    table = positions_table(dataset, chosen(dataset, ""), EN)
    assert len(table) == 40
    assert list(table["No."]) == list(range(1, 41))
    assert table.loc[table["Code"] == "CAN", "Position"].item() == "★ Co-chair (signatory)"
    assert table.loc[table["Code"] == "COE", "Kind"].item() == "Organisation"


def test_positions_table_rows_read_as_a_reader_sees_them(dataset: Dataset) -> None:
    """Every column of a row, in both languages: a status with its symbol, the kind, since when, how sure, why inferred."""
    eu = positions_table(dataset, chosen(dataset, ""), EN).set_index("Code").loc["EU"].to_dict()
    assert eu == {
        "No.": 38,
        "Party": "European Union",
        "As published": "European Union",
        "Position": "◆ Observer",
        "Kind": "Organisation",
        "Since": "",
        "Confidence": "High: several sources agree",
        "Inferred": "",
    }
    joined = positions_table(dataset, instrument(dataset, "coalition-declaration-2024-02-02"), locale("uk"))
    usa = joined.set_index("Код").loc["USA"].to_dict()
    assert {k: v for k, v in usa.items() if k != "№"} == {
        "Учасник": "США",
        "Як опубліковано": "United States",
        "Позиція": "● Підписант",
        "Тип": "Держава",
        "Відколи": "8 бер. 2024\u202fр.",
        "Надійність": "Висока: кілька джерел збігаються",
        "Виведено": "",
    }
    inferred = positions_table(dataset, instrument(dataset, "osce-moscow-2023-03-30"), locale("uk")).set_index("Код")
    assert inferred.loc["USA", "Надійність"] == "Середня: одне надійне джерело"
    assert str(inferred.loc["USA", "Виведено"]).startswith("Повідомлення БДІПЛ прочитано лише до 25-ї назви.")


def test_inferred_names_say_why_in_the_table(dataset: Dataset) -> None:
    table = positions_table(dataset, instrument(dataset, "osce-moscow-2023-03-30"), EN)
    assert len(table) == 45
    assert (table["Inferred"] != "").sum() == 20


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


def test_a_dossier_leaves_out_what_a_state_could_not_join(dataset: Dataset) -> None:
    card = country_card(dataset, chosen(dataset, ""), "POL", EN)
    kinds = {statement.kind for statement, _, _ in card.instruments}
    assert "co_chairs_statement" not in kinds
    assert all(statement.parties_are == "states" for statement, _, _ in card.instruments)


def test_sources_table_in_both_languages(tiny_dataset: Dataset) -> None:
    from coalition.filters import sources_table

    table = sources_table(tiny_dataset.sources, EN)
    assert list(table.columns) == ["Source", "Publisher", "Published", "Kind", "Confidence", "Link"]
    first = table.iloc[0].to_dict()
    assert first == {
        "Source": "Tiny test article",
        "Publisher": "Test Media",
        "Published": "5 Aug 2025",
        "Kind": "Primary source",
        "Confidence": "High: several sources agree",
        "Link": "https://example.org/article",
    }
    uk = sources_table(tiny_dataset.sources, locale("uk")).iloc[0].to_dict()
    assert (
        uk["Джерело"] == "УК Tiny test article"
        and uk["Дата публікації"] == "5 серп. 2025\u202fр."
        and uk["Тип"] == "Першоджерело"
    )


def test_country_search_includes_kosovo() -> None:
    """Kosovo (XKX, user-assigned) can be searched for like any state, by its name in the interface language."""
    assert "XKX" in all_countries(locale("en")) and "XKX" in all_countries(locale("uk"))
