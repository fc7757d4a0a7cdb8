"""Timeline: the Istanbul rounds, the list handover, the statement and their context."""

import streamlit as st

from coalition import ui
from coalition.filters import events_table, filter_events, timeline_window
from coalition.theme import EVENT_COLOURS, event_kind_label
from coalition.viewstate import TimelineState

view = ui.open_view(TimelineState, __file__)
state, data, loc = view.state, view.data, view.loc
_ = loc._

ui.embed_only(view)

ui.page_header(
    view,
    _("From the Istanbul talks to the statement"),
    _(
        "The rounds of direct talks in Istanbul, the list of children handed to Russia, and the coalition's statement. Click an event, or pick it from the list, for its details."
    ),
)

filter_column, period_column = st.columns([3, 1], vertical_alignment="bottom")
with filter_column:
    st.multiselect(
        _("Show kinds of event"),
        [k for k in EVENT_COLOURS if any(e.kind == k for e in data.events)],
        format_func=lambda k: event_kind_label(k, _),
        placeholder=_("All kinds"),
        key=ui.bind("kinds_choice", list(state.kinds)),
        on_change=ui.follow(state, "kinds_choice", "kinds"),
    )
with period_column:
    st.toggle(
        _("Whole period, 2023–2025"),
        key=ui.bind("whole_period", state.whole_period),
        on_change=ui.follow(state, "whole_period", "whole_period"),
    )

if not filter_events(data, state.kinds):
    st.info(_("No events match these filters. Clear the filters to see all events."), icon=":material/filter_alt_off:")
else:
    ui.draw(state, data, "timeline", on_click=ui.follow_click(state, "event"))
    if not timeline_window(data, state.kinds, state.event, state.whole_period).whole_period:
        st.caption(_("Showing May–August 2025. Switch on “Whole period” to see the context events from 2023."))
    ui.share_panel(view)

titles = {e.event_id: f"{loc.date(e.date, 'medium')} — {loc.text(e, 'title')}" for e in data.events}
st.selectbox(
    _("Event details"),
    ["", *(e.event_id for e in filter_events(data))],
    format_func=lambda i: titles[i] if i else _("Choose an event…"),
    key=ui.bind("event_choice", state.event or ""),
    on_change=ui.follow(state, "event_choice", "event"),
)
if state.event:
    ui.event_card(next(e for e in data.events if e.event_id == state.event), data, loc)

with st.expander(_("Table: all events"), icon=":material/table:"):
    st.dataframe(events_table(filter_events(data, state.kinds), loc), hide_index=True, width="stretch")
