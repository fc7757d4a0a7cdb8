"""Overview: headline figures, what the statement demands, a generated summary, links into the views."""

import streamlit as st

from coalition import ui
from coalition.i18n import format_date, format_number, localized
from coalition.text import figure_by_id, headline, latest_returned, md_escape, summary_paragraph

ui.require_router(__file__)
_ = ui.tr()
lang = ui.lang()
data = ui.dataset()

ui.page_title(
    headline(data, lang),
    _("The statement of the International Coalition for the Return of Ukrainian Children, {date}.").format(
        date=format_date(data.statement.date, lang)
    ),
)

deported = figure_by_id(data, "deported-reported")
listed = figure_by_id(data, "list-children")
returned = latest_returned(data)
with st.container(horizontal=True, key="headline-figures"):
    st.metric(
        _("States that endorsed"),
        format_number(len(data.states), lang),
        delta=_("+ the EU and the Council of Europe"),
        delta_color="off",
        delta_arrow="off",
        border=True,
    )
    if listed:
        st.metric(
            _("Children on the list handed to Russia"),
            format_number(listed.value, lang),
            delta=_("Istanbul, {date}").format(date=format_date(listed.as_of, lang)) if listed.as_of else None,
            delta_color="off",
            delta_arrow="off",
            border=True,
        )
    if deported:
        st.metric(
            _("Children deported, per Ukraine"),
            _("nearly {n}").format(n=format_number(deported.value, lang))
            if deported.qualifier == "nearly"
            else format_number(deported.value, lang),
            border=True,
        )
    if returned:
        st.metric(
            _("Children returned so far"),
            format_number(returned.value, lang),
            delta=_("as of {date}").format(date=format_date(returned.as_of, lang)) if returned.as_of else None,
            delta_color="off",
            delta_arrow="off",
            border=True,
        )

st.markdown(md_escape(summary_paragraph(data, lang)))

st.subheader(_("What the statement demands of Russia"), anchor=False)
for demand in sorted((d for d in data.demands if d.statement_id == data.statement.statement_id), key=lambda d: d.position):
    st.markdown(f"{demand.position}\\. {md_escape(localized(demand, 'summary', lang))}")

st.subheader(_("Explore"), anchor=False)
with st.container(horizontal=True):
    st.page_link(ui.PAGES["map"], label=_("Who endorsed it: the world map"), icon=":material/public:")
    st.page_link(ui.PAGES["timeline"], label=_("From the Istanbul talks to the statement"), icon=":material/timeline:")
    st.page_link(ui.PAGES["quotes"], label=_("What officials said"), icon=":material/format_quote:")
    st.page_link(ui.PAGES["sources"], label=_("Sources and corrections"), icon=":material/menu_book:")
