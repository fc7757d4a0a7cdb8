"""Pure selections over the dataset: statuses, groups, country cards, event and quote filters, tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import pycountry

from coalition.countries import country_name
from coalition.i18n import Locale
from coalition.models import Dataset, Endorsement, Event, Quote, Source
from coalition.theme import confidence_label, event_kind_label, source_kind_label, status_label


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


def endorsement_status(endorsement: Endorsement) -> str:
    """The status a party is shown with: co_chair for a co-chair, else as published."""
    return "co_chair" if endorsement.co_chair else endorsement.status


def country_status(dataset: Dataset, iso3: str) -> str:
    """co_chair, signatory, observer, or none for a state that did not endorse."""
    endorsement = next((e for e in dataset.states if e.party_id == iso3), None)
    return endorsement_status(endorsement) if endorsement else "none"


def all_countries(loc: Locale) -> tuple[str, ...]:
    """Every ISO3 code pycountry knows, sorted by the country's name in the interface language, for the country search."""
    return tuple(sorted((str(c.alpha_3) for c in pycountry.countries), key=lambda iso: country_name(iso, loc.lang)))


def groups_of(dataset: Dataset, iso3: str) -> tuple[str, ...]:
    """Ids of the organisations the state is a member of (e.g. EU, COE)."""
    return tuple(m.organisation_id for m in dataset.memberships if m.iso3 == iso3)


def non_endorsing_members(dataset: Dataset, organisation_id: str) -> tuple[str, ...]:
    endorsing = {e.party_id for e in dataset.states}
    return tuple(iso3 for iso3 in dataset.members(organisation_id) if iso3 not in endorsing)


def endorsing_members(dataset: Dataset, organisation_id: str) -> tuple[str, ...]:
    endorsing = {e.party_id for e in dataset.states}
    return tuple(iso3 for iso3 in dataset.members(organisation_id) if iso3 in endorsing)


def events_concerning(dataset: Dataset, party_id: str) -> tuple[Event, ...]:
    return tuple(e for e in dataset.events if party_id in e.parties)


def quotes_concerning(dataset: Dataset, party_id: str) -> tuple[Quote, ...]:
    return tuple(q for q in dataset.quotes if q.party_id == party_id)


@dataclass(frozen=True)
class CountryCard:
    iso3: str
    name: str
    status: str
    position: int | None
    published_name: str
    groups: tuple[str, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]


def country_card(dataset: Dataset, iso3: str, loc: Locale) -> CountryCard:
    endorsement = next((e for e in dataset.states if e.party_id == iso3), None)
    return CountryCard(
        iso3=iso3,
        name=country_name(iso3, loc.lang),
        status=country_status(dataset, iso3),
        position=endorsement.position if endorsement else None,
        published_name=endorsement.published_name if endorsement else "",
        groups=groups_of(dataset, iso3),
        events=events_concerning(dataset, iso3),
        quotes=quotes_concerning(dataset, iso3),
    )


def endorsers_table(dataset: Dataset, loc: Locale) -> pd.DataFrame:
    """All endorsers in the article's order, one row each, for the table alternative."""
    _ = loc._
    rows = []
    for e in dataset.endorsements:
        groups = groups_of(dataset, e.party_id)
        rows.append(
            {
                _("No."): e.position,
                _("Endorser"): party_name(dataset, e.party_id, loc),
                _("As published"): e.published_name,
                _("Status"): status_label(endorsement_status(e), _),
                _("Kind"): _("State") if e.party_kind == "state" else _("Organisation"),
                _("EU member"): "EU" in groups,
                _("Council of Europe member"): "COE" in groups,
                _("Code"): e.party_id,
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
