"""The app's country search: a state by any of its names, aliases or published names, in English and Ukrainian."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pycountry

from coalition import names


@cache
def _search_index(lang: str) -> tuple[tuple[str, str], ...]:
    """(normalised name, ISO3) for every state name in English and `lang`, and every state alias of the table."""
    pairs = {(name, code) for name, codes in names.pycountry_names().items() for code in codes}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                pairs.add((names.normalise(names.translation(lang).gettext(value)), str(country.alpha_3)))
    pairs |= {(names.normalise(e.name), code) for e in names.table() if e.party_kind == "state" for code in e.party_ids}
    return tuple(sorted(pairs))


def search_countries(text: str, lang: str = "en", published: Iterable[tuple[str, str]] = ()) -> list[str]:
    """ISO3 codes of the states whose name, alias or published name matches `text`, best first.

    Exact names first, then names starting with the text, then names with a word starting with it,
    then names containing it; ties in ISO3 order. `published` adds (published name, ISO3) pairs
    from the data. "Macedonia" finds MKD, "Korea" both Koreas, "Україна" UKR; "" finds nothing.
    """
    query = names.normalise(text)
    if not query:
        return []
    best: dict[str, int] = {}
    pairs = [*_search_index(lang), *((names.normalise(n), c) for n, c in published)]
    for name, code in pairs:
        if name == query:
            rank = 0
        elif name.startswith(query):
            rank = 1
        elif f" {query}" in f" {name}":
            rank = 2
        elif query in name:
            rank = 3
        else:
            continue
        best[code] = min(rank, best.get(code, rank))
    return sorted(best, key=lambda code: (best[code], code))
