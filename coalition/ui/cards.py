"""Cards every page shares: sources, corrections, quotes, events, a country's card; links keep the language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from coalition.filters import CountryCard, party_name
from coalition.i18n import Locale
from coalition.models import Correction, Dataset, Event, Quote, Source
from coalition.theme import STATUS_MARKS, change_label, event_kind_label, status_label
from coalition.ui.markup import link, md
from coalition.viewstate import MapState, QuotesState, TimelineState, ViewState, to_query

STATUS_BADGE_COLOURS: dict[str, Any] = {
    "co_chair": "orange",
    "signatory": "blue",
    "invoked": "blue",
    "in_favour": "green",
    "observer": "violet",
    "against": "red",
    "disputed": "red",
    "abstained": "yellow",
}


def page_link(state: ViewState, label: str, icon: str) -> None:
    """A link to another view's state: its canonical query, so the language and every choice travel with it."""
    st.page_link(f"pages/{state.page}.py", label=label, icon=icon, query_params=to_query(state))


def source_link(source: Source, loc: Locale) -> str:
    """A markdown link to a source (title escaped), or the title alone."""
    label = f"{loc.text(source, 'title')}, {source.publisher}"
    if source.published:
        label += f", {loc.date(source.published, 'medium')}"
    if source.url:
        return link(label, source.url)
    return md(label) + " " + loc._("(archived in the data package)")


def correction_notes(corrections: Sequence[Correction], data: Dataset, loc: Locale) -> None:
    """Each correction shown plainly: as published, verified, the better source."""
    _ = loc._
    for c in corrections:
        st.warning(
            _("**Correction.** As published: “{published}”. Verified: {verified}. {note}").format(
                published=md(c.as_published), verified=md(loc.text(c, "verified")), note=md(loc.text(c, "note"))
            )
            + "  \n"
            + _("Better source: {source}").format(source=source_link(data.source(c.better_source_id), loc)),
            icon=":material/fact_check:",
        )


def quote_card(quote: Quote, data: Dataset, loc: Locale, permalink: bool = True, statement: str = "") -> None:
    """A quote verbatim with its speaker, role on the day, corrections, source and (`permalink`) a link to it alone."""
    _ = loc._
    with st.container(border=True, key=f"quote-{quote.quote_id}"):
        st.markdown(f"#### {md(loc.text(quote, 'speaker'))}")
        st.markdown(
            _("{organisation} · {date}").format(organisation=md(loc.text(quote, "organisation")), date=loc.date(quote.date))
        )
        st.markdown(f"“{md(quote.text)}”")
        st.markdown(_("**Role on the day:** {role}").format(role=md(loc.text(quote, "role_verified"))))
        if quote.role_as_published != quote.role_verified:
            st.caption(_("Role as the article gives it: “{role}”.").format(role=md(quote.role_as_published)))
        if quote.attribution == "unverified":
            st.warning(_("**Attribution unverified.** {note}").format(note=md(loc.text(quote, "note"))), icon=":material/help:")
        elif quote.note:
            st.caption(md(loc.text(quote, "note")))
        correction_notes(data.corrections_for("quotes", quote.quote_id), data, loc)
        st.markdown(_("Source: {source}").format(source=source_link(data.source(quote.source_id), loc)))
        if permalink:
            page_link(QuotesState(loc.lang, statement, quote=quote.quote_id), _("Permalink to this quote"), ":material/link:")


def event_card(event: Event, data: Dataset, loc: Locale) -> None:
    _ = loc._
    with st.container(border=True, key=f"event-{event.event_id}"):
        when = loc.date(event.date) + (" – " + loc.date(event.end_date) if event.end_date else "")
        place = f" · {md(loc.text(event, 'place'))}" if event.place else ""
        st.markdown(f"#### {md(loc.text(event, 'title'))}")
        st.markdown(f"{when} · {md(event_kind_label(event.kind, _))}{place}")
        st.markdown(md(loc.text(event, "description")))
        st.markdown(_("**Outcome:** {outcome}").format(outcome=md(loc.text(event, "outcome"))))
        if event.delegation_heads:
            heads = "; ".join(md(h) for h in loc.texts(event, "delegation_heads"))
            st.markdown(_("**Heads of delegation:** {heads}").format(heads=heads))
        correction_notes(data.corrections_for("events", event.event_id), data, loc)
        st.markdown(_("Source: {source}").format(source=source_link(data.source(event.source_id), loc)))


def status_badge(status: str, loc: Locale) -> None:
    st.badge(status_label(status, loc._), color=STATUS_BADGE_COLOURS.get(status, "gray"))


def country_card(card: CountryCard, data: Dataset, state: ViewState, loc: Locale) -> None:
    """A state's dossier: its part in the instrument shown, in every instrument, in the coalition; its events and quotes."""
    _ = loc._
    with st.container(border=True, key="country-card"):
        st.subheader(md(card.name), anchor=False)
        status_badge(card.status, loc)
        if card.position and card.position.list_order:
            published = md(card.position.published_name)
            st.markdown(
                _("Number {position} on the published list, as “{name}”.").format(
                    position=card.position.list_order, name=published
                )
            )
        elif card.position is None and card.status == "none":
            statement = data.statement_by_id(state.statement or data.statement.statement_id)
            st.markdown(_("Not among the endorsers of the statement of {date}.").format(date=loc.date(statement.date)))
        groups = ", ".join(md(party_name(data, g, loc)) for g in card.groups)
        st.markdown(_("**Groups:** {groups}").format(groups=groups or _("none of the EU or the Council of Europe")))
        st.markdown(_("**In every instrument:**"))
        for statement, position, category in card.instruments:
            when = loc.date(position.date if position and position.date else statement.date, "medium")
            label = f"{when} · {md(loc.text(statement, 'short_title'))}: {STATUS_MARKS[category]} {md(status_label(category, _))}"
            statement_id = "" if statement.statement_id == data.statement.statement_id else statement.statement_id
            page_link(MapState(loc.lang, statement_id, country=card.iso3), label, ":material/how_to_vote:")
        if card.membership:
            st.markdown(_("**In the coalition:**"))
            st.markdown("\n".join(f"- {loc.date(c.date, 'medium')}: {md(change_label(c.change, _))}" for c in card.membership))
        if card.events:
            st.markdown(_("**Events:**"))
            for event in card.events:
                label = f"{loc.date(event.date, 'medium')}: {md(loc.text(event, 'title'))}"
                page_link(TimelineState(loc.lang, state.statement, event=event.event_id), label, ":material/event:")
        if card.quotes:
            st.markdown(_("**Quotes:**"))
            for quote in card.quotes:
                page_link(
                    QuotesState(loc.lang, state.statement, quote=quote.quote_id),
                    md(loc.text(quote, "speaker")),
                    ":material/format_quote:",
                )
