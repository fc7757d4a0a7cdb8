"""The presenter's deck, generated from the dataset: one Slide per point, each with speaker notes and sources."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.filters import country_card, endorsing_members, key_intervals, non_endorsing_members, party_name
from coalition.i18n import format_date, localized, translator
from coalition.models import Dataset, Source
from coalition.text import HeadlineFigure, endorsers_sentence, headline_figures
from coalition.theme import status_label


@dataclass(frozen=True)
class Slide:
    kind: str
    title: str
    lines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    numbers: tuple[HeadlineFigure, ...] = ()
    chart: str = ""
    quote_text: str = ""


def _cite(source: Source, lang: str) -> str:
    """Publisher and date, without a final full stop (Ukrainian dates end in 'р.'; the notes add their own)."""
    published = f", {format_date(source.published, lang, 'medium')}" if source.published else ""
    return f"{source.publisher}{published}".rstrip(".")


def _members_not_endorsing(dataset: Dataset, lang: str) -> tuple[str, ...]:
    """Parties of coalition events before the statement (e.g. a state joining) that are not among its endorsers."""
    _ = translator(lang)
    endorsing = {e.party_id for e in dataset.endorsements}
    return tuple(
        _("{country} joined the coalition on {date} but is not among the endorsers. Source: {source}.").format(
            country=party_name(dataset, party, lang),
            date=format_date(event.date, lang),
            source=_cite(dataset.source(event.source_id), lang),
        )
        for event in dataset.events
        if event.kind == "coalition" and event.date < dataset.statement.date
        for party in event.parties
        if party not in endorsing and party != dataset.statement.issuer_id
    )


def build_deck(
    dataset: Dataset,
    lang: str = "en",
    country: str | None = None,
    quote_ids: tuple[str, ...] | None = None,
    dashboard_url: str = "",
) -> tuple[Slide, ...]:
    """Slides for a briefing; `quote_ids` picks the quote slides (None: every quote), `country` adds its card."""
    _ = translator(lang)
    statement = dataset.statement
    primary = dataset.source(statement.source_id)
    slides: list[Slide] = []

    numbers = headline_figures(dataset, lang)
    notes = [
        _("{endorsers} Organisations: {organisations}.").format(
            endorsers=endorsers_sentence(dataset, lang),
            organisations=", ".join(
                f"{party_name(dataset, e.party_id, lang)} ({status_label(e.status, _).lower()})"
                for e in dataset.endorsing_organisations
            ),
        ),
        *(
            _("{label}: {value} ({context}). Source: {source}.").format(
                label=f.label, value=f.value, context=f.context, source=_cite(dataset.source(f.source_id), lang)
            )
            for f in numbers
        ),
    ]
    slides.append(
        Slide(
            "title",
            _("Return Ukraine's children"),
            (_("The coalition statement of {date}").format(date=format_date(statement.date, lang)),),
            tuple(notes),
            numbers,
        )
    )

    co_chairs = (" " + _("and") + " ").join(party_name(dataset, c, lang) for c in statement.co_chairs)
    slides.append(
        Slide(
            "map",
            _("Who endorsed the call"),
            (_("Co-chaired by {co_chairs}.").format(co_chairs=co_chairs),),
            (
                _("Status as published in the article, in its order; the map marks every endorsing state with a symbol."),
                *_members_not_endorsing(dataset, lang),
                _("Source: {source}.").format(source=_cite(primary, lang)),
            ),
            chart="map",
        )
    )

    org_lines = []
    org_notes = []
    for endorsement in dataset.endorsing_organisations:
        org = endorsement.party_id
        members = dataset.members(org)
        name = party_name(dataset, org, lang)
        line = f"{name}: {status_label(endorsement.status, _).lower()}"
        if members:
            line += " · " + _("{n} of {total} member states endorsed").format(
                n=len(endorsing_members(dataset, org)), total=len(members)
            )
        org_lines.append(line)
        missing = non_endorsing_members(dataset, org)
        if members and missing:
            org_lines.append(
                _("Members that did not endorse: {names}").format(names=", ".join(party_name(dataset, m, lang) for m in missing))
            )
        org_notes.append(
            _("{organisation}: status as published; membership from {source}.").format(
                organisation=name, source=_cite(dataset.source(dataset.organisation(org).source_id), lang)
            )
        )
    slides.append(Slide("organisations", _("The organisations and their members"), tuple(org_lines), tuple(org_notes)))

    intervals = key_intervals(dataset)
    timeline_lines = tuple(
        _("{days} days from “{start}” to “{end}”.").format(
            days=i.days, start=localized(i.start, "label", lang), end=localized(i.end, "label", lang)
        )
        for i in intervals[:1]
    )
    timeline_notes = tuple(
        _("{date}: {title}. Source: {source}.").format(
            date=format_date(e.date, lang), title=localized(e, "title", lang), source=_cite(dataset.source(e.source_id), lang)
        )
        for e in sorted(dataset.events, key=lambda e: (e.date, e.event_id))
        if e.kind in ("negotiation_round", "list_handover", "statement")
    )
    slides.append(
        Slide("timeline", _("From the list handover to the statement"), timeline_lines, timeline_notes, chart="timeline")
    )

    if country:
        card = country_card(dataset, country, lang)
        lines = [status_label(card.status, _)]
        if card.groups:
            lines.append(", ".join(party_name(dataset, g, lang) for g in card.groups))
        lines += [f"{format_date(e.date, lang, 'medium')} · {localized(e, 'title', lang)}" for e in card.events]
        slides.append(
            Slide(
                "country",
                card.name,
                tuple(lines),
                (
                    _("Number {position} on the published list.").format(position=card.position)
                    if card.position
                    else _("Not among the endorsers."),
                ),
                chart="map",
            )
        )

    for quote in dataset.quotes:
        if quote_ids is not None and quote.quote_id not in quote_ids:
            continue
        lines = [
            localized(quote, "role_verified", lang),
            f"{localized(quote, 'organisation', lang)} · {format_date(quote.date, lang)}",
        ]
        notes = [_("Source: {source}.").format(source=_cite(dataset.source(quote.source_id), lang))]
        if quote.role_as_published != quote.role_verified:
            notes.append(_("Role as the article gives it: “{role}”.").format(role=quote.role_as_published))
        if quote.attribution == "unverified":
            notes.append(_("Attribution unverified: {note}").format(note=localized(quote, "note", lang)))
        slides.append(Slide("quote", localized(quote, "speaker", lang), tuple(lines), tuple(notes), quote_text=quote.text))

    slides.append(
        Slide(
            "corrections",
            _("Where the article is wrong"),
            tuple(
                _("As published: “{published}” — verified: {verified}").format(
                    published=c.as_published, verified=localized(c, "verified", lang)
                )
                for c in dataset.corrections
            ),
            tuple(
                _("{note} Better source: {source}.").format(
                    note=localized(c, "note", lang), source=_cite(dataset.source(c.better_source_id), lang)
                )
                for c in dataset.corrections
            ),
        )
    )

    cited = dict.fromkeys(
        [
            statement.source_id,
            *(c.better_source_id for c in dataset.corrections),
            *(e.source_id for e in dataset.events if e.kind == "negotiation_round"),
        ]
    )
    source_lines = tuple(f"{dataset.source(s).publisher}: {dataset.source(s).url or dataset.source(s).title}" for s in cited)
    closing_lines = (
        *source_lines,
        _("Dashboard and data: {url}").format(url=dashboard_url)
        if dashboard_url
        else _("Data: {license}").format(license=dataset.license_label),
    )
    slides.append(
        Slide(
            "closing",
            _("Sources"),
            closing_lines,
            (_("All data {license}; each source keeps its own rights.").format(license=dataset.license_label),),
        )
    )
    return tuple(slides)
