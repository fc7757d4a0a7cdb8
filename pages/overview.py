"""Overview: headline figures, what the statement demands, a generated summary, links into the views."""

import streamlit as st

from coalition import ui
from coalition.i18n import format_date, localized
from coalition.text import headline, headline_figures, md_escape, summary_paragraph

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

with st.container(horizontal=True, key="headline-figures"):
    for figure in headline_figures(data, lang):
        st.metric(figure.label, figure.value, delta=figure.context or None, delta_color="off", delta_arrow="off", border=True)

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
