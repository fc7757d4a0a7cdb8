"""Quotes: search and filter what officials said; one quote per permalink."""

import streamlit as st

from coalition import ui
from coalition.filters import search_quotes
from coalition.viewstate import QuotesState

view = ui.open_view(QuotesState, __file__)
state, data, loc = view.state, view.data, view.loc
_ = loc._

ui.page_header(
    view,
    _("What officials said"),
    _(
        "Every quote in the article, verbatim and in its original language (English), with the speaker's role on the day and any correction."
    ),
)

if state.quote:
    ui.quote_card(next(q for q in data.quotes if q.quote_id == state.quote), data, loc, permalink=False)
    ui.page_link(QuotesState(loc.lang, state.statement), _("Show all quotes"), ":material/arrow_back:")
else:
    speakers = {q.speaker: loc.text(q, "speaker") for q in data.quotes}
    organisations = {q.organisation: loc.text(q, "organisation") for q in data.quotes}
    search_column, speaker_column, org_column = st.columns([2, 1, 1])
    with search_column:
        st.text_input(
            _("Search the quotes"),
            placeholder=_("e.g. sanctions, Istanbul, Kallas"),
            key=ui.bind("quote_search", state.q),
            on_change=ui.follow(state, "quote_search", "q"),
        )
    with speaker_column:
        st.multiselect(
            _("Speaker"),
            list(speakers),
            placeholder=_("All speakers"),
            format_func=speakers.__getitem__,
            key=ui.bind("speaker_choice", list(state.speakers)),
            on_change=ui.follow(state, "speaker_choice", "speakers"),
        )
    with org_column:
        st.multiselect(
            _("Organisation"),
            list(organisations),
            placeholder=_("All organisations"),
            format_func=organisations.__getitem__,
            key=ui.bind("org_choice", list(state.organisations)),
            on_change=ui.follow(state, "org_choice", "organisations"),
        )

    found = search_quotes(data, state.q, state.speakers, state.organisations)
    ui.share_panel(view)
    if not found:
        st.info(
            _("No quote matches “{query}” with these filters. Try fewer words or clear the filters.").format(query=ui.md(state.q))
            if state.q
            else _("No quote matches these filters. Clear the filters to see all quotes."),
            icon=":material/search_off:",
        )
    else:
        st.caption(_("{n} of {total} quotes").format(n=len(found), total=len(data.quotes)))
        for quote in found:
            ui.quote_card(quote, data, loc, statement=state.statement)
