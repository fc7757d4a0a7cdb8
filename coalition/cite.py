"""Citations of a view: plain text and BibTeX naming the dataset, its version and date, the view's URL and the source."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.i18n import Locale
from coalition.models import Dataset


@dataclass(frozen=True)
class Citation:
    text: str
    bibtex: str


def citation(dataset: Dataset, view_url: str, loc: Locale) -> Citation:
    """Plain-text (in the interface language) and BibTeX citations of the view at `view_url`."""
    primary = dataset.source(dataset.statement.source_id)
    year = dataset.created.year
    text = loc._(
        "Coalition statement dashboard ({year}). “{title}”, dataset version {version} of {date}. {url}. Original source: {publisher}, “{source_title}”, {published}, {source_url}. Licence: {license}."
    ).format(
        year=year,
        title=dataset.title,
        version=dataset.version,
        date=loc.date(dataset.created),
        url=view_url,
        publisher=primary.publisher,
        source_title=primary.title,
        published=loc.date(primary.published) if primary.published else "",
        source_url=primary.url,
        license=dataset.license_label,
    )
    key = f"coalition-statement-{dataset.statement.date.isoformat()}-v{dataset.version}".replace(".", "-")
    published = primary.published.isoformat() if primary.published else ""
    bibtex = "\n".join(
        [
            f"@misc{{{key},",
            f"  title        = {{{{{dataset.title}}}}},",
            "  author       = {{Coalition statement dashboard}},",
            f"  year         = {{{year}}},",
            f"  version      = {{{dataset.version}}},",
            f"  date         = {{{dataset.created.isoformat()}}},",
            f"  url          = {{{view_url}}},",
            f"  note         = {{Original source: {primary.publisher}, ``{primary.title}'', {published}, {primary.url}. Licence: {dataset.license_label}}},",
            "}",
        ]
    )
    return Citation(text, bibtex)
