"""What frames every page: its title with the language switcher and notices, and the footer."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from coalition import DataError
from coalition.i18n import LANGUAGE_NAMES, LANGUAGES, locale
from coalition.positions import chosen
from coalition.ui import data as app_data
from coalition.ui import state as url_state
from coalition.ui.cards import source_link
from coalition.ui.markup import link, md, notice
from coalition.ui.view import View
from coalition.viewstate import ViewState


def language_switcher(view: View[ViewState]) -> None:
    """English / Українська; the choice goes into the address and the session, so every link and menu keeps it."""
    key = "lang_choice"
    st.segmented_control(
        view.loc._("Language"),
        LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        key=url_state.bind(key, view.state.lang),
        on_change=lambda: url_state.write(replace(view.state, lang=st.session_state[key] or view.state.lang)),
        label_visibility="collapsed",
    )


def page_header(view: View[ViewState], title: str, subtitle: str = "") -> None:
    """The page's title (plain text), the language switcher, a markdown subtitle, then the URL notices."""
    title_column, language_column = st.columns([5, 1], vertical_alignment="center")
    with title_column:
        st.title(md(title), anchor=False)
    with language_column, st.container(horizontal_alignment="right"):
        language_switcher(view)
    if subtitle:
        st.markdown(subtitle)
    for text in view.notices:
        notice(text)


def footer() -> None:
    """Source, licence and 'data as of', at the foot of every page (the router leaves it out of embeds)."""
    try:
        data = app_data.load()
    except DataError:
        return
    loc = locale(url_state.session_lang() or "en")
    statement = url_state.session_query().get("statement", "")
    known = {s.statement_id for s in data.statements}
    primary = data.source(chosen(data, statement if statement in known else "").statement.source_id)
    with st.container(key="footer"):
        st.divider()
        st.markdown(
            loc._("Source: {source} · Data: {license} · Data as of {date} · Dataset version {version}").format(
                source=source_link(primary, loc),
                license=link(data.license_label, data.license_url),
                date=loc.date(data.created),
                version=md(data.version),
            )
        )
