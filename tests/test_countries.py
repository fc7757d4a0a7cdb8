"""Country harmonisation: published names resolve to the right ISO3 codes, names translate."""

from __future__ import annotations

import pytest

from coalition import Dataset
from coalition.countries import country_name, resolve_name


@pytest.mark.parametrize(
    ("published", "iso3"),
    [
        ("Czech Republic", "CZE"),
        ("Moldova", "MDA"),
        ("North Macedonia", "MKD"),
        ("United Kingdom", "GBR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
    ],
)
def test_published_names_resolve(published: str, iso3: str) -> None:
    assert resolve_name(published) == iso3


def test_unknown_name_does_not_resolve() -> None:
    assert resolve_name("Atlantis") is None


def test_every_named_state_resolves_to_its_code(dataset: Dataset) -> None:
    for position in dataset.positions:
        if position.party_kind == "state" and position.published_name != position.party_id:
            assert resolve_name(position.published_name) == position.party_id, position


def test_names_in_english_and_ukrainian() -> None:
    assert country_name("MDA") == "Moldova"
    assert country_name("CZE") == "Czechia"
    assert country_name("UKR", "uk") == "Україна"
    assert country_name("DEU", "fr") == "Allemagne"
