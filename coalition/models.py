"""The dataset as frozen dataclasses, one per resource of the data package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Source:
    source_id: str
    title: str
    title_uk: str
    publisher: str
    url: str
    published: dt.date | None
    accessed: dt.date | None
    archived_copy: str
    kind: str
    confidence: str


@dataclass(frozen=True)
class Organisation:
    organisation_id: str
    name: str
    name_uk: str
    name_in_text: str
    name_in_text_uk: str
    short_name: str
    kind: str
    url: str
    source_id: str


@dataclass(frozen=True)
class Statement:
    """An instrument: a joint statement, declaration, communiqué, recorded vote or invocation."""

    statement_id: str
    kind: str
    date: dt.date
    title: str
    title_uk: str
    short_title: str
    short_title_uk: str
    issuer_id: str
    venue: str
    venue_uk: str
    co_chairs: tuple[str, ...]
    list_status: str
    parties_are: str
    note: str
    note_uk: str
    source_id: str
    evidence: str


@dataclass(frozen=True)
class Demand:
    demand_id: str
    statement_id: str
    position: int
    summary: str
    summary_uk: str
    evidence: str
    source_id: str


@dataclass(frozen=True)
class Position:
    """A state's or organisation's part in an instrument, from `date` (None: the instrument's date)."""

    statement_id: str
    list_order: int | None
    party_id: str
    party_kind: str
    published_name: str
    position: str
    date: dt.date | None
    confidence: str
    inferred: bool
    inferred_reason: str
    inferred_reason_uk: str
    dispute: str
    note: str
    note_uk: str
    evidence: str
    source_id: str


@dataclass(frozen=True)
class ReportedCount:
    """A count as a source reported it (several rows for one count: the sources disagree)."""

    statement_id: str
    count_of: str
    value: int
    as_reported: str
    as_reported_uk: str
    confidence: str
    inferred: bool
    inferred_reason: str
    inferred_reason_uk: str
    note: str
    note_uk: str
    evidence: str
    source_id: str


@dataclass(frozen=True)
class MembershipChange:
    """A dated change in an organisation's membership (joined, observer, upgraded…), e.g. of the coalition."""

    change_id: str
    organisation_id: str
    party_id: str
    change: str
    date: dt.date
    date_precision: str
    confidence: str
    note: str
    note_uk: str
    evidence: str
    source_id: str


@dataclass(frozen=True)
class Series:
    """A defined measure (e.g. children returned under Bring Kids Back UA); its values are figures."""

    series_id: str
    label: str
    label_uk: str
    definition: str
    definition_uk: str
    unit: str
    source_id: str


@dataclass(frozen=True)
class Membership:
    organisation_id: str
    iso3: str
    source_id: str


@dataclass(frozen=True)
class Event:
    event_id: str
    date: dt.date
    end_date: dt.date | None
    kind: str
    title: str
    title_uk: str
    label: str
    label_uk: str
    place: str
    place_uk: str
    round: int | None
    delegation_heads: tuple[str, ...]
    delegation_heads_uk: tuple[str, ...]
    description: str
    description_uk: str
    outcome: str
    outcome_uk: str
    parties: tuple[str, ...]
    source_id: str
    evidence: str


@dataclass(frozen=True)
class Quote:
    quote_id: str
    statement_id: str
    date: dt.date
    speaker: str
    speaker_uk: str
    party_id: str
    organisation: str
    organisation_uk: str
    role_as_published: str
    role_verified: str
    role_verified_uk: str
    role_source_id: str
    attribution: str
    note: str
    note_uk: str
    text: str
    language: str
    source_id: str
    evidence: str


@dataclass(frozen=True)
class Figure:
    """One value of a series, as of a date, with its source."""

    figure_id: str
    series_id: str
    label: str
    label_uk: str
    value: int
    qualifier: str
    unit: str
    as_of: dt.date | None
    note: str
    note_uk: str
    source_id: str
    evidence: str
    confidence: str


@dataclass(frozen=True)
class Correction:
    correction_id: str
    resource: str
    record_id: str
    field: str
    as_published: str
    verified: str
    verified_uk: str
    source_id: str
    better_source_id: str
    note: str
    note_uk: str
    confidence: str


@dataclass(frozen=True, eq=False)
class Dataset:
    """Everything in the data package, validated; compared and hashed by identity (it is loaded once and cached)."""

    path: Path
    title: str
    version: str
    created: dt.date
    license: str
    license_url: str
    sources: tuple[Source, ...]
    organisations: tuple[Organisation, ...]
    statements: tuple[Statement, ...]
    demands: tuple[Demand, ...]
    positions: tuple[Position, ...]
    reported_counts: tuple[ReportedCount, ...]
    memberships: tuple[Membership, ...]
    membership_changes: tuple[MembershipChange, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    series: tuple[Series, ...]
    figures: tuple[Figure, ...]
    corrections: tuple[Correction, ...]

    @property
    def license_label(self) -> str:
        """The licence as people write it, e.g. 'CC BY 4.0' for CC-BY-4.0."""
        return self.license.replace("-", " ")

    @property
    def statement(self) -> Statement:
        """The featured statement: the first row of statements.csv, which every view opens on."""
        return self.statements[0]

    def statement_by_id(self, statement_id: str) -> Statement:
        return next(s for s in self.statements if s.statement_id == statement_id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.source_id == source_id)

    def organisation(self, organisation_id: str) -> Organisation:
        return next(o for o in self.organisations if o.organisation_id == organisation_id)

    def members(self, organisation_id: str) -> tuple[str, ...]:
        """ISO3 codes of the organisation's member states, sorted."""
        return tuple(sorted(m.iso3 for m in self.memberships if m.organisation_id == organisation_id))

    def corrections_for(self, resource: str, record_id: str) -> tuple[Correction, ...]:
        return tuple(c for c in self.corrections if c.resource == resource and c.record_id == record_id)

    def summary(self) -> str:
        """One line of counts, as printed by `python -m coalition validate`."""
        return (
            f"{_count(len(self.statements), 'statement')}, {_count(len(self.positions), 'position')}, "
            f"{_count(len(self.reported_counts), 'reported count')}, "
            f"{_count(len(self.membership_changes), 'membership change')}, "
            f"{_count(len(self.series), 'series', 'series')} of {_count(len(self.figures), 'figure')}, "
            f"{_count(len(self.events), 'event')}, {_count(len(self.quotes), 'quote')}, "
            f"{_count(len(self.corrections), 'correction')}"
        )


def _count(n: int, singular: str, plural: str = "") -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
