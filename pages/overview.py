"""Overview: headline figures, what the statement demands, a generated summary, links into the views."""

import streamlit as st

from coalition import ui
from coalition.text import headline, headline_figures, summary_paragraph
from coalition.viewstate import MapState, OverviewState, QuotesState, SourcesState, TimelineState

view = ui.open_view(OverviewState, __file__)
data, loc = view.data, view.loc
_ = loc._

ui.page_header(
    view,
    headline(data, loc),
    _("The statement of the International Coalition for the Return of Ukrainian Children, {date}.").format(
        date=loc.date(data.statement.date)
    ),
)

with st.container(horizontal=True, key="headline-figures"):
    for figure in headline_figures(data, loc):
        st.metric(figure.label, figure.value, delta=figure.context or None, delta_color="off", delta_arrow="off", border=True)

st.markdown(ui.md(summary_paragraph(data, loc)))

st.subheader(_("What the statement demands of Russia"), anchor=False)
for demand in sorted((d for d in data.demands if d.statement_id == data.statement.statement_id), key=lambda d: d.position):
    st.markdown(f"{demand.position}\\. {ui.md(loc.text(demand, 'summary'))}")

st.subheader(_("Explore"), anchor=False)
with st.container(horizontal=True):
    ui.page_link(MapState(loc.lang), _("Who endorsed it: the world map"), ":material/public:")
    ui.page_link(TimelineState(loc.lang), _("From the Istanbul talks to the statement"), ":material/timeline:")
    ui.page_link(QuotesState(loc.lang), _("What officials said"), ":material/format_quote:")
    ui.page_link(SourcesState(loc.lang), _("Sources and corrections"), ":material/menu_book:")
