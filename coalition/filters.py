"""Pure selections over the dataset: names, groups, country cards, tables, event and quote filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import pycountry

from coalition import names
from coalition.countries import country_name
from coalition.i18n import Locale
from coalition.models import Dataset, Event, MembershipChange, Position, Quote, Source, Statement
from coalition.positions import ENDORSING, Instrument, history
from coalition.theme import STATUS_MARKS, confidence_label, event_kind_label, source_kind_label, status_label

# Positions that support the demand: the map's outline lists an organisation's members without one of them.
SUPPORTING = (*ENDORSING, "in_favour")


def party_name(dataset: Dataset, party_id: str, loc: Locale) -> str:
    """A state's or organisation's name in the interface language."""
    for organisation in dataset.organisations:
        if organisation.organisation_id == party_id:
            return loc.text(organisation, "name")
    return country_name(party_id, loc.lang)


def party_name_in_text(dataset: Dataset, party_id: str, loc: Locale) -> str:
    """A party's name as it reads inside a sentence: 'the European Union', 'Hungary'."""
    for organisation in dataset.organisations:
        if organisation.organisation_id == party_id:
            return loc.text(organisation, "name_in_text")
    return country_name(party_id, loc.lang)


def all_countries(loc: Locale) -> tuple[str, ...]:
    """Every ISO3 code pycountry knows and the user-assigned ones of data/names.csv (XKX), sorted by the country's name
    in the interface language, for the country search."""
    codes = [*(str(c.alpha_3) for c in pycountry.countries), *names.user_assigned_states()]
    return tuple(sorted(dict.fromkeys(codes), key=lambda iso: loc.sort_key(country_name(iso, loc.lang))))


def groups_of(dataset: Dataset, iso3: str) -> tuple[str, ...]:
    """Ids of the organisations the state is a member of (e.g. EU, COE, G7, OSCE)."""
    return tuple(m.organisation_id for m in dataset.memberships if m.iso3 == iso3)


def groups(dataset: Dataset) -> tuple[str, ...]:
    """Organisations that have member states in the data, in the order they first appear."""
    return tuple(dict.fromkeys(m.organisation_id for m in dataset.memberships))


def members_without(view: Instrument, dataset: Dataset, organisation_id: str) -> tuple[str, ...]:
    """Members of an organisation that do not support the instrument (against, abstained, absent or unknown)."""
    return tuple(iso3 for iso3 in dataset.members(organisation_id) if view.category(iso3) not in SUPPORTING)


def members_with(view: Instrument, dataset: Dataset, organisation_id: str) -> tuple[str, ...]:
    return tuple(iso3 for iso3 in dataset.members(organisation_id) if view.category(iso3) in SUPPORTING)


def events_concerning(dataset: Dataset, party_id: str) -> tuple[Event, ...]:
    return tuple(e for e in dataset.events if party_id in e.parties)


def quotes_concerning(dataset: Dataset, party_id: str) -> tuple[Quote, ...]:
    return tuple(q for q in dataset.quotes if q.party_id == party_id)


@dataclass(frozen=True)
class CountryCard:
    """A state's dossier: its part in the chosen instrument, in every instrument, in the coalition; events and quotes."""

    iso3: str
    name: str
    status: str
    position: Position | None
    groups: tuple[str, ...]
    instruments: tuple[tuple[Statement, Position | None, str], ...]
    membership: tuple[MembershipChange, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]


def country_card(dataset: Dataset, view: Instrument, iso3: str, loc: Locale) -> CountryCard:
    return CountryCard(
        iso3=iso3,
        name=country_name(iso3, loc.lang),
        status=view.category(iso3),
        position=view.position(iso3),
        groups=groups_of(dataset, iso3),
        instruments=history(dataset, iso3),
        membership=tuple(sorted((c for c in dataset.membership_changes if c.party_id == iso3), key=lambda c: c.date)),
        events=events_concerning(dataset, iso3),
        quotes=quotes_concerning(dataset, iso3),
    )


def positions_table(dataset: Dataset, view: Instrument, loc: Locale) -> pd.DataFrame:
    """Every party the instrument names, in the published order, one row each, for the table alternative."""
    _ = loc._
    rows = []
    for p in view.positions:
        category = view.category(p.party_id)
        rows.append(
            {
                _("No."): p.list_order,
                _("Party"): party_name(dataset, p.party_id, loc),
                _("As published"): p.published_name,
                _("Position"): f"{STATUS_MARKS.get(category, '')} {status_label(category, _)}",
                _("Kind"): _("State") if p.party_kind == "state" else _("Organisation"),
                _("Since"): loc.date(p.date, "medium") if p.date else "",
                _("Confidence"): confidence_label(p.confidence, _),
                _("Inferred"): loc.text(p, "inferred_reason") if p.inferred else "",
                _("Code"): p.party_id,
            }
        )
    return pd.DataFrame(rows)


def filter_events(dataset: Dataset, kinds: tuple[str, ...] = ()) -> tuple[Event, ...]:
    """Events in date order, only the given kinds if any are given."""
    events = sorted(dataset.events, key=lambda e: (e.date, e.event_id))
    return tuple(e for e in events if not kinds or e.kind in kinds)


def events_table(events: tuple[Event, ...], loc: Locale) -> pd.DataFrame:
    _ = loc._
    return pd.DataFrame(
        [
            {
                _("Date"): loc.date(e.date, "medium"),
                _("Event"): loc.text(e, "title"),
                _("Kind"): event_kind_label(e.kind, _),
                _("Place"): loc.text(e, "place"),
                _("Outcome"): loc.text(e, "outcome"),
                _("ID"): e.event_id,
            }
            for e in events
        ]
    )


def search_quotes(
    dataset: Dataset, text: str = "", speakers: tuple[str, ...] = (), organisations: tuple[str, ...] = ()
) -> tuple[Quote, ...]:
    """Quotes whose text, speaker, organisation or role contains `text` (plain, case-insensitive)."""
    needle = text.strip().casefold()
    found = []
    for quote in dataset.quotes:
        haystack = " ".join(
            (
                quote.text,
                quote.speaker,
                quote.speaker_uk,
                quote.organisation,
                quote.organisation_uk,
                quote.role_as_published,
                quote.role_verified,
                quote.role_verified_uk,
            )
        )
        if needle and needle not in haystack.casefold():
            continue
        if speakers and quote.speaker not in speakers:
            continue
        if organisations and quote.organisation not in organisations:
            continue
        found.append(quote)
    return tuple(found)


# The period from the first Istanbul round to the statement: the timeline's default view.
TALKS_RANGE = (dt.date(2025, 5, 1), dt.date(2025, 8, 20))
# A margin on each side of the whole period, so the first and last labels are not cut off.
WHOLE_PERIOD_MARGIN = dt.timedelta(days=120)


@dataclass(frozen=True)
class TimelineWindow:
    """The events a timeline shows and its date range; `whole_period` is True when it spans every filtered event."""

    events: tuple[Event, ...]
    start: dt.date
    end: dt.date
    whole_period: bool


def timeline_window(
    dataset: Dataset, kinds: tuple[str, ...] = (), selected: str | None = None, whole_period: bool = False
) -> TimelineWindow:
    """May–August 2025 by default; the whole period when asked, or when the filters or the selected event lie outside it."""
    events = filter_events(dataset, kinds)
    start, end = TALKS_RANGE
    in_talks = tuple(e for e in events if start <= e.date <= end)
    outside = not in_talks or any(e.event_id == selected for e in events if e not in in_talks)
    if events and (whole_period or outside):
        first = min(e.date for e in events) - WHOLE_PERIOD_MARGIN
        last = max(e.end_date or e.date for e in events) + WHOLE_PERIOD_MARGIN
        return TimelineWindow(events, first, last, True)
    return TimelineWindow(in_talks, start, end, False)


@dataclass(frozen=True)
class Interval:
    start: Event
    end: Event
    days: int


def key_intervals(dataset: Dataset) -> tuple[Interval, ...]:
    """The spans that matter, in this order: the list handover to the statement, then the first round to the statement."""
    by_kind: dict[str, list[Event]] = {}
    for event in filter_events(dataset):
        by_kind.setdefault(event.kind, []).append(event)
    statements = by_kind.get("statement", [])
    if not statements:
        return ()
    statement = statements[0]
    starts = by_kind.get("list_handover", [])[:1] + by_kind.get("negotiation_round", [])[:1]
    return tuple(
        Interval(start, statement, (statement.date - start.date).days) for start in starts if start.date < statement.date
    )


def sources_table(sources: tuple[Source, ...], loc: Locale) -> pd.DataFrame:
    """Every source with its publisher, date, kind, confidence and link, for the Sources page."""
    _ = loc._
    return pd.DataFrame(
        [
            {
                _("Source"): loc.text(s, "title"),
                _("Publisher"): s.publisher,
                _("Published"): loc.date(s.published, "medium") if s.published else "",
                _("Kind"): source_kind_label(s.kind, _),
                _("Confidence"): confidence_label(s.confidence, _),
                _("Link"): s.url or None,
            }
            for s in sources
        ]
    )
