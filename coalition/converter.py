"""country_converter's regular expressions for country names, loaded so that they work with pandas 3."""

from __future__ import annotations

import re
from pathlib import Path

INTEGER_COLUMNS = ("ISOnumeric", "UNcode", "FAOcode", "GBDcode", "EURO", "UN", "UNmember", "obsolete", "GEOnumeric")


def regexes() -> list[tuple[re.Pattern[str], str, str]]:
    """(regex, ISO3, short and official name) for every current country in country_converter's table.

    country_converter 1.3.2 reads empty cells as NaN under pandas 3 and then fails to compile them,
    so its table is read here as text and handed to CountryConverter, which compiles the regexes.
    """
    import country_converter  # type: ignore[import-untyped]
    import pandas as pd

    data = pd.read_csv(Path(country_converter.__file__).parent / "country_data.tsv", sep="\t", dtype=str, keep_default_na=False)
    for column in INTEGER_COLUMNS:
        data[column] = pd.to_numeric(data[column].replace("", None)).astype("Int64")
    table = country_converter.CountryConverter(country_data=data)
    rows = table.data.itertuples()
    return [
        (regex, str(row.ISO3), f"{row.name_short} {row.name_official}") for regex, row in zip(table.regexes, rows, strict=True)
    ]
