"""The presenter's deck, generated from the dataset: one Slide per point, each with speaker notes and sources."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.compare import matrix
from coalition.filters import country_card, key_intervals, members_with, members_without, party_name
from coalition.i18n import Locale, locale
from coalition.models import Dataset, Source
from coalition.positions import ENDORSING, Instrument, chosen
from coalition.text import HeadlineFigure, endorsers_sentence, headline_figures
from coalition.theme import STATUS_MARKS, status_label
from coalition.trends import points, shown_series
from coalition.viewstate import CompareState, MapState, PresentState, TimelineState, TrendsState


@dataclass(frozen=True)
class Slide:
    """One slide: `chart` is the view state of the chart it shows, if any (drawn with figures.build)."""

    kind: str
    title: str
    lines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    numbers: tuple[HeadlineFigure, ...] = ()
    chart: MapState | TimelineState | CompareState | TrendsState | None = None
    quote_text: str = ""


def _cite(source: Source, loc: Locale) -> str:
    """Publisher and date, without a final full stop (Ukrainian dates end in 'р.'; the notes add their own)."""
    published = f", {loc.date(source.published, 'medium')}" if source.published else ""
    return f"{source.publisher}{published}".rstrip(".")


def _title_slide(data: Dataset, view: Instrument, loc: Locale) -> Slide:
    _ = loc._
    numbers = headline_figures(data, view, loc)
    organisations = ", ".join(
        f"{party_name(data, p.party_id, loc)} ({status_label(p.position, _).lower()})" for p in view.organisations
    )
    notes = (
        _("{endorsers} Organisations: {organisations}.").format(
            endorsers=endorsers_sentence(data, view, loc), organisations=organisations or "–"
        ),
        *(
            _("{label}: {value} ({context}). Source: {source}.").format(
                label=f.label, value=f.value, context=f.context, source=_cite(data.source(f.source_id), loc)
            )
            for f in numbers
        ),
    )
    lines = (f"{loc.text(view.statement, 'title')}, {loc.date(view.statement.date)}",)
    return Slide("title", _("Return Ukraine's children"), lines, notes, numbers)


def _members_not_endorsing(data: Dataset, view: Instrument, loc: Locale) -> tuple[str, ...]:
    """Parties of coalition events before the instrument (e.g. a state joining) that it does not name."""
    endorsing = {p.party_id for p in view.positions}
    return tuple(
        loc._("{country} joined the coalition on {date} but is not among the endorsers. Source: {source}.").format(
            country=party_name(data, party, loc), date=loc.date(event.date), source=_cite(data.source(event.source_id), loc)
        )
        for event in data.events
        if event.kind == "coalition" and event.date < view.statement.date
        for party in event.parties
        if party not in endorsing and party != view.statement.issuer_id
    )


def _map_slide(data: Dataset, view: Instrument, loc: Locale, state: PresentState) -> Slide:
    _ = loc._
    co_chairs = loc.join([party_name(data, c, loc) for c in view.statement.co_chairs])
    notes = (
        _("Status as published in the article, in its order; the map marks every endorsing state with a symbol."),
        *_members_not_endorsing(data, view, loc),
        _("Source: {source}.").format(source=_cite(data.source(view.statement.source_id), loc)),
    )
    lines = (
        (_("Co-chaired by {co_chairs}.").format(co_chairs=co_chairs),) if co_chairs else (endorsers_sentence(data, view, loc),)
    )
    chart = MapState(loc.lang, state.statement, country=state.country)
    return Slide("map", _("Who endorsed the call"), lines, notes, chart=chart)


def _organisations_slide(data: Dataset, view: Instrument, loc: Locale) -> Slide:
    _ = loc._
    lines: list[str] = []
    notes: list[str] = []
    parties = [p.party_id for p in view.organisations if p.position in (*ENDORSING, "listed")] or ["EU", "COE"]
    for org in [o for o in parties if o in {g.organisation_id for g in data.organisations}]:
        members = data.members(org)
        name = party_name(data, org, loc)
        position = view.position(org)
        line = f"{name}: {status_label(position.position, _).lower()}" if position else name
        if members:
            line += " · " + _("{n} of {total} member states endorsed").format(
                n=len(members_with(view, data, org)), total=len(members)
            )
        lines.append(line)
        missing = members_without(view, data, org)
        if members and missing:
            lines.append(
                _("Members that did not endorse: {names}").format(names=", ".join(party_name(data, m, loc) for m in missing))
            )
        notes.append(
            _("{organisation}: status as published; membership from {source}.").format(
                organisation=name, source=_cite(data.source(data.organisation(org).source_id), loc)
            )
        )
    return Slide("organisations", _("The organisations and their members"), tuple(lines), tuple(notes))


def _timeline_slide(data: Dataset, loc: Locale) -> Slide:
    _ = loc._
    lines = tuple(
        _("{days} days from “{start}” to “{end}”.").format(
            days=i.days, start=loc.text(i.start, "label"), end=loc.text(i.end, "label")
        )
        for i in key_intervals(data)[:1]
    )
    notes = tuple(
        _("{date}: {title}. Source: {source}.").format(
            date=loc.date(e.date), title=loc.text(e, "title"), source=_cite(data.source(e.source_id), loc)
        )
        for e in sorted(data.events, key=lambda e: (e.date, e.event_id))
        if e.kind in ("negotiation_round", "list_handover", "statement")
    )
    return Slide("timeline", _("From the list handover to the statement"), lines, notes, chart=TimelineState(loc.lang))


def _compare_slide(data: Dataset, state: PresentState, loc: Locale) -> Slide:
    """EU members whose position changed from one instrument to another: who stood with the demand, and when."""
    _ = loc._
    grid = matrix(data, "EU", only_changed=True)
    lines = tuple(
        _("{state}: {positions}").format(
            state=party_name(data, iso, loc),
            positions=", ".join(
                f"{loc.text(c.statement, 'short_title')} {STATUS_MARKS[grid.cell(iso, c.statement.statement_id)]}"
                for c in grid.columns
                if grid.cell(iso, c.statement.statement_id) != "unknown"
            ),
        )
        for iso in grid.states
    )
    notes = (
        _("Each column is an instrument; a state a partial list does not name is unknown, not opposed."),
        *(
            _("{title}: source {source}.").format(
                title=loc.text(c.statement, "short_title"), source=_cite(data.source(c.statement.source_id), loc)
            )
            for c in grid.columns
        ),
    )
    chart = CompareState(loc.lang, state.statement, group="EU", changed=True)
    return Slide("compare", _("EU members whose position changed"), lines[:6], notes, chart=chart)


def _trends_slide(data: Dataset, state: PresentState, loc: Locale) -> Slide:
    """The child counts, each by its own definition, with the latest value and its source."""
    _ = loc._
    series = [s for s in shown_series(data) if s.unit == "children"]
    latest = [(s, points(data, s.series_id)[-1]) for s in series]
    lines = tuple(
        _("{label}: {value} ({date})").format(
            label=loc.text(s, "label"), value=loc.number(f.value), date=loc.date(f.as_of, "medium") if f.as_of else ""
        )
        for s, f in latest
        if s.series_id in ("deported-verified", "returned-bkbu")
    )
    notes = tuple(
        _("{label}: {definition} Latest source: {source}.").format(
            label=loc.text(s, "label"), definition=loc.text(s, "definition"), source=_cite(data.source(f.source_id), loc)
        )
        for s, f in latest
    )
    chart = TrendsState(loc.lang, state.statement)
    return Slide("trends", _("Children deported and returned, each count by its own definition"), lines, notes, chart=chart)


def _country_slide(data: Dataset, view: Instrument, state: PresentState, iso3: str, loc: Locale) -> Slide:
    _ = loc._
    card = country_card(data, view, iso3, loc)
    lines = [status_label(card.status, _)]
    if card.groups:
        lines.append(", ".join(party_name(data, g, loc) for g in card.groups))
    lines += [f"{loc.date(e.date, 'medium')} · {loc.text(e, 'title')}" for e in card.events]
    # A place on the published list, if it has one; a vote's record names a state without an order.
    if card.position is None:
        notes: tuple[str, ...] = (_("Not among the endorsers."),)
    elif card.position.list_order:
        notes = (_("Number {position} on the published list.").format(position=card.position.list_order),)
    else:
        notes = ()
    chart = MapState(loc.lang, state.statement, country=iso3, region="europe")
    return Slide("country", card.name, tuple(lines), notes, chart=chart)


def _quote_slides(data: Dataset, view: Instrument, quote_ids: tuple[str, ...] | None, loc: Locale) -> list[Slide]:
    _ = loc._
    slides = []
    for quote in data.quotes:
        if quote.statement_id != view.statement.statement_id or (quote_ids is not None and quote.quote_id not in quote_ids):
            continue
        lines = (loc.text(quote, "role_verified"), f"{loc.text(quote, 'organisation')} · {loc.date(quote.date)}")
        notes = [_("Source: {source}.").format(source=_cite(data.source(quote.source_id), loc))]
        if quote.role_as_published != quote.role_verified:
            notes.append(_("Role as the article gives it: “{role}”.").format(role=quote.role_as_published))
        if quote.attribution == "unverified":
            notes.append(_("Attribution unverified: {note}").format(note=loc.text(quote, "note")))
        slides.append(Slide("quote", loc.text(quote, "speaker"), lines, tuple(notes), quote_text=quote.text))
    return slides


def _corrections_slide(data: Dataset, loc: Locale) -> Slide:
    _ = loc._
    lines = tuple(
        _("As published: “{published}” — verified: {verified}").format(published=c.as_published, verified=loc.text(c, "verified"))
        for c in data.corrections
    )
    notes = tuple(
        _("{note} Better source: {source}.").format(note=loc.text(c, "note"), source=_cite(data.source(c.better_source_id), loc))
        for c in data.corrections
    )
    return Slide("corrections", _("Where the article is wrong"), lines, notes)


def _closing_slide(data: Dataset, view: Instrument, loc: Locale, dashboard_url: str) -> Slide:
    _ = loc._
    cited = dict.fromkeys(
        [
            view.statement.source_id,
            *(c.better_source_id for c in data.corrections),
            *(e.source_id for e in data.events if e.kind == "negotiation_round"),
        ]
    )
    lines = (
        *(f"{data.source(s).publisher}: {data.source(s).url or data.source(s).title}" for s in cited),
        _("Dashboard and data: {url}").format(url=dashboard_url)
        if dashboard_url
        else _("Data: {license}").format(license=data.license_label),
    )
    notes = (_("All data {license}; each source keeps its own rights.").format(license=data.license_label),)
    return Slide("closing", _("Sources"), lines, notes)


def build_deck(data: Dataset, state: PresentState, dashboard_url: str = "") -> tuple[Slide, ...]:
    """Slides for a briefing in `state.lang`; `state.quotes` picks the quote slides (None: all), `state.country` adds its card."""
    loc = locale(state.lang)
    view = chosen(data, state.statement)
    return (
        _title_slide(data, view, loc),
        _map_slide(data, view, loc, state),
        _organisations_slide(data, view, loc),
        _timeline_slide(data, loc),
        _compare_slide(data, state, loc),
        _trends_slide(data, state, loc),
        *([_country_slide(data, view, state, state.country, loc)] if state.country else []),
        *_quote_slides(data, view, state.quotes, loc),
        _corrections_slide(data, loc),
        _closing_slide(data, view, loc, dashboard_url),
    )


def slide_count(data: Dataset, state: PresentState) -> int:
    """How many slides the deck of `state` has (its slide number is not needed)."""
    return len(build_deck(data, state))
