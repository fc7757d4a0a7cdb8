"""Generated prose: the headline, the overview summary, each view's title and credit, each chart's text description."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.filters import (
    country_status,
    key_intervals,
    non_endorsing_members,
    party_name,
    party_name_in_text,
    timeline_window,
)
from coalition.i18n import Locale
from coalition.models import Dataset, Figure
from coalition.theme import status_label
from coalition.viewstate import MapState, TimelineState, ViewState


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


def headline_figures(dataset: Dataset, loc: Locale) -> tuple[HeadlineFigure, ...]:
    """The overview's and the title slide's numbers: endorsing states, the list, the deported, the returned."""
    _ = loc._
    figures = [
        HeadlineFigure(
            loc.number(len(dataset.states)),
            _("States that endorsed"),
            "+ " + _organisations_in_text(dataset, loc),
            dataset.statement.source_id,
        )
    ]
    listed = figure_by_id(dataset, "list-children")
    if listed:
        where = _("Istanbul, {date}").format(date=loc.date(listed.as_of)) if listed.as_of else ""
        figures.append(
            HeadlineFigure(loc.number(listed.value), _("Children on the list handed to Russia"), where, listed.source_id)
        )
    deported = figure_by_id(dataset, "deported-reported")
    if deported:
        number = loc.number(deported.value)
        nearly = deported.qualifier == "nearly"
        context = _("“nearly {n}”").format(n=number) if nearly else ""
        figures.append(
            HeadlineFigure(("~" if nearly else "") + number, _("Children deported, per Ukraine"), context, deported.source_id)
        )
    returned = latest_returned(dataset)
    if returned:
        when = _("as of {date}").format(date=loc.date(returned.as_of)) if returned.as_of else ""
        figures.append(HeadlineFigure(loc.number(returned.value), _("Children returned so far"), when, returned.source_id))
    return tuple(figures)


def _organisations_in_text(dataset: Dataset, loc: Locale) -> str:
    return loc.join([party_name_in_text(dataset, e.party_id, loc) for e in dataset.endorsing_organisations])


def headline(dataset: Dataset, loc: Locale) -> str:
    """The one-line headline: e.g. '38 states, the European Union and the Council of Europe demand that …'."""
    n = len(dataset.states)
    return loc.ngettext(
        "{n} state, {organisations} demand that Russia return Ukraine's children",
        "{n} states, {organisations} demand that Russia return Ukraine's children",
        n,
    ).format(n=loc.number(n), organisations=_organisations_in_text(dataset, loc))


def endorsers_sentence(dataset: Dataset, loc: Locale) -> str:
    """E.g. '38 states endorsed it: 37 as signatories and Switzerland as observer.'"""
    _ = loc._
    states = dataset.states
    observers = [party_name(dataset, e.party_id, loc) for e in states if e.status == "observer"]
    signatories = sum(1 for e in states if e.status == "signatory")
    if not observers:
        return _("{states} states endorsed it, all as signatories.").format(states=len(states))
    return _("{states} states endorsed it: {signatories} as signatories and {observers} as observer.").format(
        states=len(states), signatories=signatories, observers=loc.join(observers)
    )


def summary_paragraph(dataset: Dataset, loc: Locale) -> str:
    """One paragraph saying what the statement is, who endorsed it and what it demands."""
    _ = loc._
    statement = dataset.statement
    organisations = [
        party_name_in_text(dataset, e.party_id, loc)
        + (f" ({status_label(e.status, _).lower()})" if e.status == "observer" else "")
        for e in dataset.endorsing_organisations
    ]
    parts = [
        _(
            "On {date}, {issuer}, co-chaired by {co_chairs}, called on Russia to return the Ukrainian children it deported."
        ).format(
            date=loc.date(statement.date),
            issuer=party_name_in_text(dataset, statement.issuer_id, loc),
            co_chairs=loc.join([party_name(dataset, c, loc) for c in statement.co_chairs]),
        ),
        endorsers_sentence(dataset, loc),
        _("Organisations that endorsed it: {organisations}.").format(organisations=loc.join(organisations)),
    ]
    listed = figure_by_id(dataset, "list-children")
    if listed:
        parts.append(
            _("It asks Russia to begin with the {n} children on the list Ukraine handed over in Istanbul.").format(
                n=loc.number(listed.value)
            )
        )
    missing = non_endorsing_members(dataset, "EU")
    if missing and dataset.members("EU"):
        parts.append(
            _("{n} of the {total} EU member states did not endorse it: {names}.").format(
                n=len(missing), total=len(dataset.members("EU")), names=", ".join(party_name(dataset, m, loc) for m in missing)
            )
        )
    return " ".join(parts)


def map_description(dataset: Dataset, loc: Locale, focus: str | None = None) -> str:
    """Text alternative for the world map."""
    _ = loc._
    states = dataset.states
    co = [party_name(dataset, e.party_id, loc) for e in states if e.co_chair]
    observers = [party_name(dataset, e.party_id, loc) for e in states if e.status == "observer"]
    text = _(
        "World map of the {n} states that endorsed the statement of {date}: {co} as co-chairs, {signatories} signatories and {observers} as observer. All other countries are grey."
    ).format(
        n=len(states),
        date=loc.date(dataset.statement.date),
        co=loc.join(co),
        signatories=sum(1 for e in states if e.status == "signatory" and not e.co_chair),
        observers=loc.join(observers),
    )
    if focus:
        text += " " + _("{country} is highlighted ({status}).").format(
            country=party_name(dataset, focus, loc), status=status_label(country_status(dataset, focus), _).lower()
        )
    return text


def timeline_description(dataset: Dataset, loc: Locale, state: TimelineState) -> str:
    """Text alternative for the timeline: the events it shows and the intervals it marks."""
    _ = loc._
    events = timeline_window(dataset, state.kinds, state.event, state.whole_period).events
    if not events:
        return _("No events match the filters.")
    items = "; ".join(f"{loc.date(e.date)}: {loc.text(e, 'title')}" for e in events)
    text = _("Events shown: {n}, from {start} to {end}.").format(
        n=len(events), start=loc.date(events[0].date), end=loc.date(events[-1].date)
    )
    for interval in key_intervals(dataset):
        if interval.start not in events or interval.end not in events:
            continue
        text += " " + _("{days} days passed from “{start}” to “{end}”.").format(
            days=interval.days, start=loc.text(interval.start, "label"), end=loc.text(interval.end, "label")
        )
    return f"{text} {items}."


def view_title(dataset: Dataset, state: ViewState, loc: Locale) -> str:
    """The title a view's chart, embed and exports carry."""
    _ = loc._
    if isinstance(state, MapState):
        return headline(dataset, loc)
    if isinstance(state, TimelineState):
        return _("From the Istanbul talks to the statement of {date}").format(date=loc.date(dataset.statement.date))
    return _("What officials said")


def credit_line(dataset: Dataset, loc: Locale) -> str:
    """One line naming the source, the licence and the date of the data."""
    _ = loc._
    primary = dataset.source(dataset.statement.source_id)
    published = loc.date(primary.published) if primary.published else ""
    return _(
        "Source: {publisher}, {published}; compiled by the coalition statement dashboard · Licence: {license} · Data as of {date}"
    ).format(publisher=primary.publisher, published=published, license=dataset.license_label, date=loc.date(dataset.created))
