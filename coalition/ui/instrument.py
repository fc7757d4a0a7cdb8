"""Choosing an instrument, and what we know about it: its kind and date, how complete our list is, the counts as
each source reported them (disagreements side by side)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from coalition.filters import all_countries, party_name
from coalition.i18n import Locale
from coalition.models import Dataset
from coalition.positions import COUNTED, Instrument
from coalition.search import search_countries
from coalition.theme import count_label, statement_kind_label
from coalition.ui import state as url_state
from coalition.ui.cards import source_link
from coalition.ui.markup import md, notice
from coalition.ui.view import View
from coalition.viewstate import MapState, ViewState

KEY = "statement_choice"


def statement_picker(view: View[ViewState]) -> None:
    """A choice of every instrument, newest first; the featured one is the default (and leaves the URL clean)."""
    data, loc, state = view.data, view.loc, view.state
    featured = data.statement.statement_id
    ordered = sorted(data.statements, key=lambda s: (s.date, s.statement_id), reverse=True)
    labels = {s.statement_id: f"{loc.date(s.date, 'medium')} · {loc.text(s, 'short_title')}" for s in ordered}

    def choose() -> None:
        chosen = st.session_state[KEY] or featured
        url_state.write(replace(state, statement="" if chosen == featured else chosen))

    st.selectbox(
        loc._("Statement or vote"),
        list(labels),
        format_func=labels.__getitem__,
        key=url_state.bind(KEY, state.statement or featured),
        on_change=choose,
    )


def _counts_lines(view: Instrument, data: Dataset, loc: Locale) -> list[str]:
    """One line per count as reported; a count reported differently by several sources says so."""
    _ = loc._
    lines = []
    for count_of in dict.fromkeys(c.count_of for c in view.counts):
        reported = view.reported(count_of)
        values = "; ".join(
            f"**{loc.number(c.value)}** ({md(loc.text(c, 'as_reported'))}, {source_link(data.source(c.source_id), loc)}"
            + (", " + _("inferred: {reason}").format(reason=md(loc.text(c, "inferred_reason"))) if c.inferred else "")
            + ")"
            for c in reported
        )
        disagree = len({c.value for c in reported}) > 1
        named = " · " + _("named here: {n}").format(n=view.named(count_of)) if count_of in COUNTED else ""
        flag = " — " + _("sources disagree") if disagree else ""
        lines.append(f"- {md(count_label(count_of, _))}: {values}{named}{flag}")
    return lines


def instrument_facts(view: Instrument, data: Dataset, loc: Locale) -> None:
    """Kind, date, issuer and venue; how complete our list is; the counts as reported, each with its source."""
    _ = loc._
    statement = view.statement
    venue = f" · {md(loc.text(statement, 'venue'))}" if statement.venue else ""
    status = {
        "complete": _("Our list of names is complete."),
        "partial": _("Our list of names is partial: a state it does not name is shown as unknown, never as opposed."),
        "counts_only": _("Only counts are known: no party is named."),
    }[statement.list_status]
    st.caption(f"{md(statement_kind_label(statement.kind, _))} · {loc.date(statement.date)}{venue} · {status}")
    with st.expander(_("How much we know: counts as reported, and their sources"), icon=":material/fact_check:"):
        lines = _counts_lines(view, data, loc)
        st.markdown("\n".join(lines) if lines else _("No count was reported."))
        if statement.note:
            st.markdown(md(loc.text(statement, "note")))
        st.markdown(_("Source: {source}").format(source=source_link(data.source(statement.source_id), loc)))
        inferred = [p for p in view.positions if p.inferred]
        if inferred:
            st.caption(
                _("{n} names are inferred, not read in a source; each says why in the table below.").format(n=len(inferred))
            )


FINDER_KEY = "country_search"
CANDIDATES_KEY = "_country_candidates"


def country_finder(view: View[MapState]) -> None:
    """Find a country by any of its names: a choice of every state, or any name typed (an alias, a name as a source
    published it, in English or Ukrainian: "Holland", "Türkiye", "Україна"); a name that fits several asks."""
    data, loc, state = view.data, view.loc, view.state
    published = [(p.published_name, p.party_id) for p in data.positions if p.party_kind == "state"]

    def find() -> None:
        typed = st.session_state[FINDER_KEY] or ""
        found = [typed] if typed in known else search_countries(typed, loc.lang, published)
        st.session_state[CANDIDATES_KEY] = (typed, found) if len(found) > 1 else None
        if len(found) == 1 or not typed:
            url_state.write(replace(state, country=found[0] if found else None))

    known = all_countries(loc)
    st.selectbox(
        loc._("Find a country"),
        ["", *known],
        format_func=lambda iso: party_name(data, iso, loc) if iso in known else (iso or loc._("Type a country's name…")),
        key=url_state.bind(FINDER_KEY, state.country or ""),
        on_change=find,
        accept_new_options=True,
    )
    pending = st.session_state.get(CANDIDATES_KEY)
    if pending:
        typed, candidates = pending
        names = loc.join([party_name(data, iso, loc) for iso in candidates[:6]], "or")
        notice(loc._("“{name}” could be {candidates}: choose one.").format(name=typed, candidates=names))
        with st.container(horizontal=True, key="country-candidates"):
            for iso in candidates[:6]:
                st.button(party_name(data, iso, loc), key=f"candidate-{iso}", on_click=url_state.go(replace(state, country=iso)))
