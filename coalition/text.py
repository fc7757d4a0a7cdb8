"""Generated prose about an instrument: the headline, the summary, what our list names against what sources report,
each view's title and credit, and the map's text description."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.filters import key_intervals, members_without, party_name, party_name_in_text, timeline_window
from coalition.i18n import Locale
from coalition.models import Dataset, Figure
from coalition.positions import ENDORSING, VOTES, Instrument, chosen
from coalition.theme import count_label, statement_kind_label, status_label
from coalition.viewstate import CompareState, MapState, TimelineState, TrendsState, ViewState

VOTE_KINDS = ("un_resolution_vote", "hrc_resolution_vote", "parliamentary_resolution")


def latest_returned(dataset: Dataset) -> Figure | None:
    """The most recent count of children returned under Bring Kids Back UA."""
    returned = [f for f in dataset.figures if f.series_id == "returned-bkbu" and f.as_of]
    return max(returned, key=lambda f: (f.as_of, f.value)) if returned else None


def figure_by_id(dataset: Dataset, figure_id: str) -> Figure | None:
    return next((f for f in dataset.figures if f.figure_id == figure_id), None)


@dataclass(frozen=True)
class HeadlineFigure:
    """One of the big numbers: its value as shown, what it counts, when or where, and its source."""

    value: str
    label: str
    context: str
    source_id: str


def _first_figure(data: Dataset, view: Instrument, loc: Locale) -> HeadlineFigure:
    """The instrument's own number: states that endorsed it, or votes in favour as reported."""
    _ = loc._
    if view.statement.kind in VOTE_KINDS:
        counts = view.reported("in_favour") or view.reported("members_in_favour")
        value = loc.number(counts[0].value) if counts else "–"
        source = counts[0].source_id if counts else view.statement.source_id
        return HeadlineFigure(value, _("In favour, as reported"), loc.text(view.statement, "short_title"), source)
    organisations = _organisations_in_text(data, view, loc)
    return HeadlineFigure(
        loc.number(len(view.endorsing_states())),
        _("States that invoked it") if view.statement.kind == "osce_invocation" else _("States that endorsed"),
        f"+ {organisations}" if organisations else "",
        view.statement.source_id,
    )


def headline_figures(data: Dataset, view: Instrument, loc: Locale) -> tuple[HeadlineFigure, ...]:
    """The overview's and the title slide's numbers: the instrument's own, the list, the deported, the returned."""
    _ = loc._
    figures = [_first_figure(data, view, loc)]
    listed = figure_by_id(data, "list-children")
    if listed:
        where = _("Istanbul, {date}").format(date=loc.date(listed.as_of)) if listed.as_of else ""
        figures.append(
            HeadlineFigure(loc.number(listed.value), _("Children on the list handed to Russia"), where, listed.source_id)
        )
    deported = figure_by_id(data, "deported-reported")
    if deported:
        number = loc.number(deported.value)
        nearly = deported.qualifier == "nearly"
        context = _("“nearly {n}”").format(n=number) if nearly else ""
        figures.append(
            HeadlineFigure(("~" if nearly else "") + number, _("Children deported, per Ukraine"), context, deported.source_id)
        )
    returned = latest_returned(data)
    if returned:
        when = _("as of {date}").format(date=loc.date(returned.as_of)) if returned.as_of else ""
        figures.append(HeadlineFigure(loc.number(returned.value), _("Children returned so far"), when, returned.source_id))
    return tuple(figures)


def _organisations_in_text(data: Dataset, view: Instrument, loc: Locale) -> str:
    return loc.join(
        [party_name_in_text(data, p.party_id, loc) for p in view.organisations if p.position in (*ENDORSING, "listed")]
    )


def headline(data: Dataset, view: Instrument, loc: Locale) -> str:
    """E.g. '38 states, the European Union and the Council of Europe demand that …'; a vote's or a list-less
    instrument's title."""
    n = len(view.endorsing_states())
    organisations = _organisations_in_text(data, view, loc)
    if view.statement.kind in VOTE_KINDS or not n or not organisations:
        return loc.text(view.statement, "title")
    return loc.ngettext(
        "{n} state, {organisations} demand that Russia return Ukraine's children",
        "{n} states, {organisations} demand that Russia return Ukraine's children",
        n,
    ).format(n=loc.number(n), organisations=organisations)


def statement_line(view: Instrument, loc: Locale) -> str:
    """The instrument in one line: its kind, date and venue, and its title when the headline is not the title."""
    statement = view.statement
    venue = f", {loc.text(statement, 'venue')}" if statement.venue else ""
    return f"{statement_kind_label(statement.kind, loc._)}: {loc.text(statement, 'title')}, {loc.date(statement.date)}{venue}."


def endorsers_sentence(data: Dataset, view: Instrument, loc: Locale) -> str:
    """E.g. '38 states endorsed it: 37 as signatories and Switzerland as observer.', or what our list names."""
    _ = loc._
    states = [p for p in view.states if p.position in ENDORSING]
    observers = [party_name(data, p.party_id, loc) for p in states if p.position == "observer"]
    signatories = sum(1 for p in states if p.position in ("signatory", "co_chair", "invoked"))
    if view.statement.kind in VOTE_KINDS or not states:
        return named_sentence(view, loc)
    if all(p.position == "invoked" for p in states):
        return _("{states} states invoked it.").format(states=len(states))
    if not observers:
        return _("{states} states endorsed it, all as signatories.").format(states=len(states))
    return _("{states} states endorsed it: {signatories} as signatories and {observers} as observer.").format(
        states=len(states), signatories=signatories, observers=loc.join(observers)
    )


def named_sentence(view: Instrument, loc: Locale) -> str:
    """What our list names against what the sources report, e.g. 'We name 12 of the 91 in favour …'."""
    _ = loc._
    parts = []
    for count_of in ("states", *VOTES):
        reported = view.reported(count_of)
        named = view.named(count_of)
        if not reported and not named:
            continue
        largest = view.largest_reported(count_of)
        shown = loc.number(largest) if largest is not None else "?"
        part = _("{named} of {reported} {what}").format(named=named, reported=shown, what=count_label(count_of, _))
        values = sorted({c.value for c in reported})
        if len(values) > 1:
            part += " " + _("(sources disagree: {values})").format(values=loc.join([loc.number(v) for v in values]))
        parts.append(part)
    if not parts:
        return _("Only counts are known for this instrument: no party is named.")
    text = _("Named in our sources: {parts}.").format(parts="; ".join(parts))
    if not view.complete:
        text += " " + _("The list is partial: a state not named is unknown, not opposed.")
    return text


def summary_paragraph(data: Dataset, view: Instrument, loc: Locale) -> str:
    """One paragraph: what the instrument is, who issued it, who is named, and which EU members are missing."""
    _ = loc._
    statement = view.statement
    parts = [
        _("On {date}, {issuer} issued it ({kind}).").format(
            date=loc.date(statement.date),
            issuer=party_name_in_text(data, statement.issuer_id, loc),
            kind=statement_kind_label(statement.kind, _),
        )
    ]
    if statement.co_chairs:
        parts.append(
            _("Co-chaired by {co_chairs}.").format(co_chairs=loc.join([party_name(data, c, loc) for c in statement.co_chairs]))
        )
    parts.append(endorsers_sentence(data, view, loc))
    organisations = _organisations_in_text(data, view, loc)
    if organisations:
        parts.append(_("Organisations that endorsed it: {organisations}.").format(organisations=organisations))
    missing = members_without(view, data, "EU")
    if view.complete and missing and data.members("EU"):
        parts.append(
            _("{n} of the {total} EU member states did not endorse it: {names}.").format(
                n=len(missing), total=len(data.members("EU")), names=", ".join(party_name(data, m, loc) for m in missing)
            )
        )
    return " ".join(parts)


def map_description(data: Dataset, view: Instrument, loc: Locale, focus: str | None = None) -> str:
    """Text alternative for the map: each category with its count (and, for the featured kind, its co-chairs)."""
    _ = loc._
    co = [party_name(data, p.party_id, loc) for p in view.states if p.position == "co_chair"]
    by_category: dict[str, int] = {}
    for p in view.states:
        by_category[view.category(p.party_id)] = by_category.get(view.category(p.party_id), 0) + 1
    shown = "; ".join(f"{status_label(c, _)}: {n}" for c, n in by_category.items())
    text = _("Map of “{title}” ({date}), by each state's position: {shown}.").format(
        title=loc.text(view.statement, "short_title"), date=loc.date(view.statement.date), shown=shown or "–"
    )
    if co:
        text += " " + _("Co-chairs: {co}.").format(co=loc.join(co))
    absent = (
        _("All other countries are grey: they did not endorse.")
        if view.complete
        else _("All other countries are grey: unknown, our list is partial.")
    )
    text += " " + absent
    if focus:
        text += " " + _("{country} is highlighted ({status}).").format(
            country=party_name(data, focus, loc), status=status_label(view.category(focus), _).lower()
        )
    return text


def credit_line(data: Dataset, loc: Locale, statement_id: str = "") -> str:
    """One line naming the instrument's source (the featured statement's by default), the licence and the data's date."""
    primary = data.source(chosen(data, statement_id).statement.source_id)
    publisher = f"{primary.publisher}, {loc.date(primary.published)}" if primary.published else primary.publisher
    return loc._(
        "Source: {publisher}; compiled by the coalition statement dashboard · Licence: {license} · Data as of {date}"
    ).format(publisher=publisher, license=data.license_label, date=loc.date(data.created))


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
        if interval.start in events and interval.end in events:
            text += " " + _("{days} days passed from “{start}” to “{end}”.").format(
                days=interval.days, start=loc.text(interval.start, "label"), end=loc.text(interval.end, "label")
            )
    return f"{text} {items}."


def view_title(data: Dataset, state: ViewState, loc: Locale) -> str:
    """The title a view's chart, embed and exports carry."""
    _ = loc._
    if isinstance(state, MapState):
        return headline(data, chosen(data, state.statement), loc)
    if isinstance(state, TimelineState):
        return _("From the Istanbul talks to the statement of {date}").format(date=loc.date(data.statement.date))
    if isinstance(state, CompareState):
        return _("Where each state stands, instrument by instrument")
    if isinstance(state, TrendsState):
        return _("Ukrainian children deported and returned, by each count's own definition")
    return _("What officials said")
