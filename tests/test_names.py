"""The names table: published names and aliases resolve, ambiguous names ask; the country search finds states by any name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coalition import names
from coalition.countries import country_name, is_iso3, resolve_name
from coalition.errors import DataError
from coalition.search import search_countries


@pytest.mark.parametrize(
    ("published", "party_id"),
    [
        ("Slovak Republic", "SVK"),
        ("Co-operative Republic of Guyana", "GUY"),
        ("Republic of Moldova", "MDA"),
        ("Kingdom of the Netherlands", "NLD"),
        ("the Netherlands", "NLD"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Cabo Verde", "CPV"),
        ("Cape Verde", "CPV"),
        ("Holland", "NLD"),
        ("Kosovo", "XKX"),
        ("Holy See", "VAT"),
        ("Republic of South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("DR Congo", "COD"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Україна", "UKR"),
        ("Велика Британія", "GBR"),
        ("Косово", "XKX"),
        ("European Union", "EU"),
        ("Рада Європи", "COE"),
        ("Organization of American States", "OAS"),
    ],
)
def test_published_names_and_aliases_resolve(published: str, party_id: str) -> None:
    found = names.resolve(published)
    assert (found.status, found.party_id) == ("exact", party_id)


@pytest.mark.parametrize(
    ("published", "candidates"),
    [
        ("Congo", {"COG", "COD"}),
        ("Korea", {"KOR", "PRK"}),
        ("Guinea", {"GIN", "GNB", "GNQ", "PNG"}),
        ("Macedonia", {"MKD"}),
        ("Конго", {"COG", "COD"}),
        ("Македонія", {"MKD"}),
    ],
)
def test_names_that_could_be_another_state_ask_and_never_resolve(published: str, candidates: set[str]) -> None:
    found = names.resolve(published)
    assert found.status == "ask"
    assert found.party_id is None
    assert set(found.candidates) == candidates
    assert resolve_name(published) is None


def test_a_fragment_gets_suggestions_only() -> None:
    found = names.resolve("Switz")
    assert (found.status, found.party_id) == ("unresolved", None)
    assert found.candidates == ("CHE",)
    assert names.resolve("my own country, Denmark").party_id is None
    assert names.resolve("Atlantis").status == "unresolved"


def test_country_converter_resolves_forms_pycountry_lacks() -> None:
    found = names.resolve("Democratic Republic of Congo")
    assert (found.party_id, found.via) == ("COD", "country_converter")


@pytest.mark.parametrize(
    ("query", "lang", "iso3"),
    [
        ("Czech Republic", "en", "CZE"),
        ("Turkey", "en", "TUR"),
        ("Holland", "en", "NLD"),
        ("Macedonia", "en", "MKD"),
        ("Україна", "uk", "UKR"),
        ("україна", "en", "UKR"),
        ("Косово", "uk", "XKX"),
        ("slovak rep", "en", "SVK"),
    ],
)
def test_search_finds_a_state_by_any_name(query: str, lang: str, iso3: str) -> None:
    assert search_countries(query, lang)[0] == iso3


def test_search_ranks_exact_names_first_and_returns_only_states() -> None:
    assert set(search_countries("Korea")[:2]) == {"KOR", "PRK"}
    assert search_countries("Guinea")[0] == "GIN"
    assert search_countries("") == []
    assert search_countries("European Union") == []
    assert search_countries("Nowhere Land", published=[("Nowhere Land", "ATA")]) == ["ATA"]


def test_kosovo_is_a_valid_party_code_with_names() -> None:
    assert is_iso3("XKX")
    assert not is_iso3("XKK")
    assert country_name("XKX") == "Kosovo"
    assert country_name("XKX", "uk") == "Косово"


def test_the_shipped_table_is_valid_and_has_no_dead_entries() -> None:
    assert names.table_problems() == []
    assert names.unused_entries([]) == []


def _table_copy(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "names.csv"
    shutil.copy(names.NAMES_CSV, path)
    with path.open("a", encoding="utf-8") as file:
        file.write(extra)
    return path


def test_an_entry_pycountry_already_knows_is_reported_unless_used(tmp_path: Path) -> None:
    path = _table_copy(tmp_path, "Germany,en,DEU,state,exact,Redundant.\n")
    (warning,) = names.unused_entries([], path)
    assert (warning.file, warning.column) == ("names.csv", "name")
    assert "Germany" in warning.problem
    assert names.unused_entries(["Germany"], path) == []


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("Atlantis,en,ABC,state,exact,No such code.\n", "party_id"),
        ("Atlantis,en,ATL,state,maybe,Bad match.\n", "match"),
        ("Atlantis,en,,state,exact,No code.\n", "party_id"),
    ],
)
def test_a_broken_table_is_refused_with_the_row_and_column(tmp_path: Path, line: str, column: str) -> None:
    path = _table_copy(tmp_path, line)
    (problem,) = names.table_problems(path)
    assert (problem.row, problem.column) == (len(path.read_text(encoding="utf-8").splitlines()), column)
    with pytest.raises(DataError):
        names.table(path)
