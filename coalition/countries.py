"""Country harmonisation: published names to ISO 3166 alpha-3 through data/names.csv and pycountry, names per locale.

A published name that does not resolve goes in data/names.csv (see coalition.names).
"""

from __future__ import annotations

import pycountry

from coalition import names


def is_iso3(code: str) -> bool:
    """True if `code` is an ISO 3166-1 alpha-3 code known to pycountry, or a user-assigned one in data/names.csv (XKX)."""
    return pycountry.countries.get(alpha_3=code) is not None or code in names.user_assigned_states()


def resolve_name(published_name: str) -> str | None:
    """The ISO3 code for a state's name as published, or None if it is unknown or could be more than one state."""
    found = names.resolve(published_name)
    return found.party_id if found.status == "exact" and found.party_kind == "state" else None


def country_name(iso3: str, locale: str = "en") -> str:
    """The country's short name in `locale` (any locale pycountry ships), English as fallback; XKX from data/names.csv."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        entries = [e for e in names.table() if e.party_ids == (iso3,) and e.match == "exact"]
        local = [e.name for e in entries if e.lang == locale] or [e.name for e in entries if e.lang == "en"]
        return local[0] if local else iso3
    common = getattr(country, "common_name", None)
    name = str(country.name)
    if locale == "en":
        return str(common or name)
    translation = names.translation(locale)
    if common:
        translated = translation.gettext(common)
        if translated != common:
            return translated
    return translation.gettext(name)
