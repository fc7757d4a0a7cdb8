"""Country harmonisation with pycountry: published names to ISO 3166 alpha-3, names per locale.

A published name that pycountry cannot resolve goes in ALIASES below.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

# Published name -> ISO 3166 alpha-3, for names pycountry does not know.
# Add a line here when `python -m coalition validate` says a name does not resolve.
ALIASES: dict[str, str] = {
    "Turkey": "TUR",
}


def is_iso3(code: str) -> bool:
    """True if `code` is an ISO 3166-1 alpha-3 code known to pycountry."""
    return pycountry.countries.get(alpha_3=code) is not None


def resolve_name(published_name: str) -> str | None:
    """The ISO3 code for a country name as published, or None."""
    if published_name in ALIASES:
        return ALIASES[published_name]
    try:
        return str(pycountry.countries.lookup(published_name).alpha_3)
    except LookupError:
        return None


@cache
def _translation(locale: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)


def country_name(iso3: str, locale: str = "en") -> str:
    """The country's short name in `locale` (any locale pycountry ships), English as fallback."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    common = getattr(country, "common_name", None)
    name = str(country.name)
    if locale == "en":
        return str(common or name)
    translation = _translation(locale)
    if common:
        translated = translation.gettext(common)
        if translated != common:
            return translated
    return translation.gettext(name)
