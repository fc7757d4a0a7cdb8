"""Generated prose: the overview summary and each chart's text description."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.filters import country_status, key_intervals, non_endorsing_members, party_name, party_name_in_text, timeline_view
from coalition.i18n import format_date, format_number, localized, plural_translator, translator
from coalition.models import Dataset, Figure
from coalition.theme import status_label


def latest_returned(dataset: Dataset) -> Figure | None:
    """The most recent count of children returned."""
    returned = [f for f in dataset.figures if f.figure_id.startswith("returned-") and f.as_of]
    return max(returned, key=lambda f: f.as_of or f.figure_id) if returned else None


def figure_by_id(dataset: Dataset, figure_id: str) -> Figure | None:
    return next((f for f in dataset.figures if f.figure_id == figure_id), None)


@dataclass(frozen=True)
class HeadlineFigure:
    """One of the big numbers: its value as shown, what it counts, when or where, and its source."""

    value: str
    label: str
    context: str
    source_id: str


def headline_figures(dataset: Dataset, lang: str = "en") -> tuple[HeadlineFigure, ...]:
    """The overview's and the title slide's numbers: endorsing states, the list, the deported, the returned."""
    _ = translator(lang)
    figures = [
        HeadlineFigure(
            format_number(len(dataset.states), lang),
            _("States that endorsed"),
            "+ " + _organisations_in_text(dataset, lang),
            dataset.statement.source_id,
        )
    ]
    listed = figure_by_id(dataset, "list-children")
    if listed:
        where = _("Istanbul, {date}").format(date=format_date(listed.as_of, lang)) if listed.as_of else ""
        figures.append(
            HeadlineFigure(format_number(listed.value, lang), _("Children on the list handed to Russia"), where, listed.source_id)
        )
    deported = figure_by_id(dataset, "deported-reported")
    if deported:
        number = format_number(deported.value, lang)
        nearly = deported.qualifier == "nearly"
        context = _("“nearly {n}”").format(n=number) if nearly else ""
        figures.append(
            HeadlineFigure(("~" if nearly else "") + number, _("Children deported, per Ukraine"), context, deported.source_id)
        )
    returned = latest_returned(dataset)
    if returned:
        when = _("as of {date}").format(date=format_date(returned.as_of, lang)) if returned.as_of else ""
        figures.append(
            HeadlineFigure(format_number(returned.value, lang), _("Children returned so far"), when, returned.source_id)
        )
    return tuple(figures)


def _organisations_in_text(dataset: Dataset, lang: str) -> str:
    _ = translator(lang)
    return (" " + _("and") + " ").join(party_name_in_text(dataset, e.party_id, lang) for e in dataset.endorsing_organisations)


def headline(dataset: Dataset, lang: str = "en") -> str:
    """The one-line headline: e.g. '38 states, the European Union and the Council of Europe demand that …'."""
    ngettext = plural_translator(lang)
    n = len(dataset.states)
    return ngettext(
        "{n} state, {organisations} demand that Russia return Ukraine's children",
        "{n} states, {organisations} demand that Russia return Ukraine's children",
        n,
    ).format(n=format_number(n, lang), organisations=_organisations_in_text(dataset, lang))


def endorsers_sentence(dataset: Dataset, lang: str = "en") -> str:
    """E.g. '38 states endorsed it: 37 as signatories and Switzerland as observer.'"""
    _ = translator(lang)
    states = dataset.states
    observers = [party_name(dataset, e.party_id, lang) for e in states if e.status == "observer"]
    signatories = sum(1 for e in states if e.status == "signatory")
    if not observers:
        return _("{states} states endorsed it, all as signatories.").format(states=len(states))
    return _("{states} states endorsed it: {signatories} as signatories and {observers} as observer.").format(
        states=len(states), signatories=signatories, observers=(" " + _("and") + " ").join(observers)
    )


def summary_paragraph(dataset: Dataset, lang: str = "en") -> str:
    """One paragraph saying what the statement is, who endorsed it and what it demands."""
    _ = translator(lang)
    statement = dataset.statement
    organisations = [
        party_name_in_text(dataset, e.party_id, lang)
        + (f" ({status_label(e.status, _).lower()})" if e.status == "observer" else "")
        for e in dataset.endorsing_organisations
    ]
    and_ = " " + _("and") + " "
    parts = [
        _(
            "On {date}, {issuer}, co-chaired by {co_chairs}, called on Russia to return the Ukrainian children it deported."
        ).format(
            date=format_date(statement.date, lang),
            issuer=party_name_in_text(dataset, statement.issuer_id, lang),
            co_chairs=and_.join(party_name(dataset, c, lang) for c in statement.co_chairs),
        ),
        endorsers_sentence(dataset, lang),
        _("Organisations that endorsed it: {organisations}.").format(organisations=and_.join(organisations)),
    ]
    listed = figure_by_id(dataset, "list-children")
    if listed:
        parts.append(
            _("It asks Russia to begin with the {n} children on the list Ukraine handed over in Istanbul.").format(
                n=format_number(listed.value, lang)
            )
        )
    missing = non_endorsing_members(dataset, "EU")
    if missing and dataset.members("EU"):
        parts.append(
            _("{n} of the {total} EU member states did not endorse it: {names}.").format(
                n=len(missing), total=len(dataset.members("EU")), names=", ".join(party_name(dataset, m, lang) for m in missing)
            )
        )
    return " ".join(parts)


def map_description(dataset: Dataset, lang: str = "en", focus: str | None = None) -> str:
    """Text alternative for the world map."""
    _ = translator(lang)
    states = dataset.states
    co = [party_name(dataset, e.party_id, lang) for e in states if e.co_chair]
    observers = [party_name(dataset, e.party_id, lang) for e in states if e.status == "observer"]
    text = _(
        "World map of the {n} states that endorsed the statement of {date}: {co} as co-chairs, {signatories} signatories and {observers} as observer. All other countries are grey."
    ).format(
        n=len(states),
        date=format_date(dataset.statement.date, lang),
        co=(" " + _("and") + " ").join(co),
        signatories=sum(1 for e in states if e.status == "signatory" and not e.co_chair),
        observers=", ".join(observers),
    )
    if focus:
        text += " " + _("{country} is highlighted ({status}).").format(
            country=party_name(dataset, focus, lang), status=_status_word(dataset, focus, lang)
        )
    return text


def _status_word(dataset: Dataset, iso3: str, lang: str) -> str:
    return status_label(country_status(dataset, iso3), translator(lang)).lower()


def timeline_description(
    dataset: Dataset, lang: str = "en", kinds: tuple[str, ...] = (), selected: str | None = None, whole_period: bool = False
) -> str:
    """Text alternative for the timeline: the events it shows and the intervals it marks."""
    _ = translator(lang)
    events = timeline_view(dataset, kinds, selected, whole_period).events
    if not events:
        return _("No events match the filters.")
    items = "; ".join(f"{format_date(e.date, lang)}: {localized(e, 'title', lang)}" for e in events)
    text = _("Events shown: {n}, from {start} to {end}.").format(
        n=len(events), start=format_date(events[0].date, lang), end=format_date(events[-1].date, lang)
    )
    for interval in key_intervals(dataset):
        if interval.start not in events or interval.end not in events:
            continue
        text += " " + _("{days} days passed from “{start}” to “{end}”.").format(
            days=interval.days, start=localized(interval.start, "label", lang), end=localized(interval.end, "label", lang)
        )
    return f"{text} {items}."


_MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~$:"


def md_escape(text: str) -> str:
    """Text safe to place inside Streamlit markdown: every markdown character is escaped."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)
