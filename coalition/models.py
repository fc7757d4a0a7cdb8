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
    statement_id: str
    date: dt.date
    title: str
    issuer_id: str
    co_chairs: tuple[str, ...]
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
class Endorsement:
    statement_id: str
    position: int
    party_id: str
    party_kind: str
    published_name: str
    status: str
    co_chair: bool
    evidence: str
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
    figure_id: str
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


@dataclass(frozen=True)
class Dataset:
    """Everything in the data package, validated."""

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
    endorsements: tuple[Endorsement, ...]
    memberships: tuple[Membership, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    corrections: tuple[Correction, ...]

    @property
    def license_label(self) -> str:
        """The licence as people write it, e.g. 'CC BY 4.0' for CC-BY-4.0."""
        return self.license.replace("-", " ")

    @property
    def statement(self) -> Statement:
        """The statement the dataset is about (the first, and in practice only, one)."""
        return self.statements[0]

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.source_id == source_id)

    def organisation(self, organisation_id: str) -> Organisation:
        return next(o for o in self.organisations if o.organisation_id == organisation_id)

    @property
    def states(self) -> tuple[Endorsement, ...]:
        return tuple(e for e in self.endorsements if e.party_kind == "state")

    @property
    def endorsing_organisations(self) -> tuple[Endorsement, ...]:
        return tuple(e for e in self.endorsements if e.party_kind == "organisation")

    def members(self, organisation_id: str) -> tuple[str, ...]:
        """ISO3 codes of the organisation's member states, sorted."""
        return tuple(sorted(m.iso3 for m in self.memberships if m.organisation_id == organisation_id))

    def corrections_for(self, resource: str, record_id: str) -> tuple[Correction, ...]:
        return tuple(c for c in self.corrections if c.resource == resource and c.record_id == record_id)

    def summary(self) -> str:
        """One line of counts, as printed by `python -m coalition validate`."""
        signatories = sum(1 for e in self.states if e.status == "signatory")
        observers = sum(1 for e in self.states if e.status == "observer")
        return (
            f"{_count(len(self.statements), 'statement')}, "
            f"{_count(len(self.states), 'state')} "
            f"({_count(signatories, 'signatory', 'signatories')}, {_count(observers, 'observer')}), "
            f"{_count(len(self.endorsing_organisations), 'organisation')}, {_count(len(self.events), 'event')}, "
            f"{_count(len(self.quotes), 'quote')}, {_count(len(self.corrections), 'correction')}"
        )


def _count(n: int, singular: str, plural: str = "") -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
