"""Quotes: search and filter what officials said; one quote per permalink."""

import streamlit as st

from coalition import ui
from coalition.export import ViewState
from coalition.filters import search_quotes
from coalition.i18n import localized
from coalition.text import md_escape
from coalition.urlstate import parse_choices, parse_query, parse_quote

ui.require_router(__file__)
_ = ui.tr()
lang = ui.lang()
data = ui.dataset()

ui.page_title(
    _("What officials said"),
    _(
        "Every quote in the article, verbatim and in its original language (English), with the speaker's role on the day and any correction."
    ),
)

single = parse_quote(ui.param("quote"), data, _)
ui.notice(single.notice)
if single.value:
    ui.quote_card(next(q for q in data.quotes if q.quote_id == single.value), data, _, permalink=False)
    st.page_link(ui.PAGES["quotes"], label=_("Show all quotes"), icon=":material/arrow_back:")
else:
    speakers = tuple(dict.fromkeys(q.speaker for q in data.quotes))
    organisations = tuple(dict.fromkeys(q.organisation for q in data.quotes))
    speaker_names = {q.speaker: localized(q, "speaker", lang) for q in data.quotes}
    organisation_names = {q.organisation: localized(q, "organisation", lang) for q in data.quotes}
    query = parse_query(ui.param("q"), _)
    ui.notice(query.notice)
    chosen_speakers = parse_choices(ui.param("speaker"), speakers, _)
    ui.notice(chosen_speakers.notice)
    chosen_orgs = parse_choices(ui.param("org"), organisations, _)
    ui.notice(chosen_orgs.notice)

    search_column, speaker_column, org_column = st.columns([2, 1, 1])
    with search_column:
        st.text_input(
            _("Search the quotes"),
            placeholder=_("e.g. sanctions, Istanbul, Kallas"),
            key=ui.bind("quote_search", query.value),
            on_change=ui.to_url("quote_search", "q"),
        )
    with speaker_column:
        st.multiselect(
            _("Speaker"),
            speakers,
            placeholder=_("All speakers"),
            format_func=speaker_names.__getitem__,
            key=ui.bind("speaker_choice", list(chosen_speakers.value)),
            on_change=ui.to_url("speaker_choice", "speaker"),
        )
    with org_column:
        st.multiselect(
            _("Organisation"),
            organisations,
            placeholder=_("All organisations"),
            format_func=organisation_names.__getitem__,
            key=ui.bind("org_choice", list(chosen_orgs.value)),
            on_change=ui.to_url("org_choice", "org"),
        )

    found = search_quotes(data, query.value, chosen_speakers.value, chosen_orgs.value)
    ui.share_panel(
        ViewState("quotes", lang, q=query.value, speakers=chosen_speakers.value, organisations=chosen_orgs.value), data
    )
    if not found:
        st.info(
            _("No quote matches “{query}” with these filters. Try fewer words or clear the filters.").format(
                query=md_escape(query.value)
            )
            if query.value
            else _("No quote matches these filters. Clear the filters to see all quotes."),
            icon=":material/search_off:",
        )
    else:
        st.caption(_("{n} of {total} quotes").format(n=len(found), total=len(data.quotes)))
        for quote in found:
            ui.quote_card(quote, data, _)
