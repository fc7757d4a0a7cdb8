"""Overview: the chosen instrument's headline figures, what it demands, a generated summary, links into the views."""

import streamlit as st

from coalition import ui
from coalition.positions import chosen
from coalition.text import headline, headline_figures, summary_paragraph
from coalition.viewstate import CompareState, MapState, OverviewState, QuotesState, SourcesState, TimelineState, TrendsState

view = ui.open_view(OverviewState, __file__)
data, loc, statement = view.data, view.loc, view.state.statement
instrument = chosen(data, statement)
_ = loc._

ui.page_header(
    view,
    headline(data, instrument, loc),
    ui.md(f"{loc.text(instrument.statement, 'title')}, {loc.date(instrument.statement.date)}."),
)
ui.statement_picker(view)

with st.container(horizontal=True, key="headline-figures"):
    for figure in headline_figures(data, instrument, loc):
        st.metric(figure.label, figure.value, delta=figure.context or None, delta_color="off", delta_arrow="off", border=True)

st.markdown(ui.md(summary_paragraph(data, instrument, loc)))
ui.instrument_facts(instrument, data, loc)

demands = sorted((d for d in data.demands if d.statement_id == instrument.statement.statement_id), key=lambda d: d.position)
if demands:
    st.subheader(_("What the statement demands of Russia"), anchor=False)
    for demand in demands:
        st.markdown(f"{demand.position}\\. {ui.md(loc.text(demand, 'summary'))}")

st.subheader(_("Explore"), anchor=False)
with st.container(horizontal=True):
    ui.page_link(MapState(loc.lang, statement), _("Who endorsed it: the world map"), ":material/public:")
    ui.page_link(CompareState(loc.lang, statement), _("Every statement and vote, state by state"), ":material/table_view:")
    ui.page_link(TrendsState(loc.lang, statement), _("Children deported and returned, over time"), ":material/show_chart:")
    ui.page_link(TimelineState(loc.lang, statement), _("From the Istanbul talks to the statement"), ":material/timeline:")
    ui.page_link(QuotesState(loc.lang, statement), _("What officials said"), ":material/format_quote:")
    ui.page_link(SourcesState(loc.lang, statement), _("Sources and corrections"), ":material/menu_book:")
