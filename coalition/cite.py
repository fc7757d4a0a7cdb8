"""Citations of a view: plain text and BibTeX naming the dataset, its version and date, the view's URL and the source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coalition.i18n import Locale
from coalition.models import Dataset
from coalition.positions import chosen

# LaTeX's special characters, as BibTeX field text writes them (a brace in data can never close a field).
_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "#": r"\#",
    "&": r"\&",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_text(text: str) -> str:
    """Text for a BibTeX field: LaTeX's special characters escaped, line breaks as spaces."""
    return "".join(_LATEX.get(ch, ch) for ch in " ".join(text.split()))


def bibtex_url(url: str) -> str:
    """A URL for a BibTeX url field (verbatim there), with any brace percent-encoded so it cannot close the field."""
    return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


@dataclass(frozen=True)
class Citation:
    text: str
    bibtex: str


def citation(dataset: Dataset, view_url: str, loc: Locale, statement_id: str = "") -> Citation:
    """Plain-text (in the interface language) and BibTeX citations of the view at `view_url`, whose original source is
    that of the instrument shown (`statement_id`; the featured one by default)."""
    statement = chosen(dataset, statement_id).statement
    primary = dataset.source(statement.source_id)
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
    key = re.sub(r"[^A-Za-z0-9-]+", "-", f"coalition-{statement.statement_id}-v{dataset.version}").strip("-")
    published = primary.published.isoformat() if primary.published else ""
    note = (
        f"Original source: {primary.publisher}, ``{primary.title}'', {published}, {primary.url}. Licence: {dataset.license_label}"
    )
    bibtex = "\n".join(
        [
            f"@misc{{{key},",
            f"  title        = {{{{{bibtex_text(dataset.title)}}}}},",
            "  author       = {{Coalition statement dashboard}},",
            f"  year         = {{{year}}},",
            f"  version      = {{{bibtex_text(dataset.version)}}},",
            f"  date         = {{{dataset.created.isoformat()}}},",
            f"  url          = {{{bibtex_url(view_url)}}},",
            f"  note         = {{{bibtex_text(note)}}},",
            "}",
        ]
    )
    return Citation(text, bibtex)
