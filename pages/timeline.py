"""Timeline: the Istanbul rounds, the list handover, the statement and their context."""

import streamlit as st

from coalition import ui
from coalition.export import ViewState, view_title
from coalition.figures import TIMELINE_HEIGHT, timeline
from coalition.filters import events_table, filter_events, timeline_view
from coalition.i18n import format_date, localized
from coalition.text import timeline_description
from coalition.theme import EVENT_COLOURS, event_kind_label
from coalition.urlstate import parse_choices, parse_event, parse_flag

ui.require_router(__file__)
_ = ui.tr()
lang = ui.lang()
data = ui.dataset()

all_kinds = tuple(k for k in EVENT_COLOURS if any(e.kind == k for e in data.events))
kinds = parse_choices(ui.param("kinds"), all_kinds, _)
event = parse_event(ui.param("event"), data, _)
whole_period = parse_flag(ui.param("all"))
state = ViewState("timeline", lang, kinds=kinds.value, event=event.value, whole_period=whole_period)
if ui.embedded():
    ui.embed_view(
        view_title(data, state),
        timeline(data, lang, kinds.value, event.value, whole_period, ui.dark_theme()),
        timeline_description(data, lang, kinds.value, event.value, whole_period),
        data,
    )
    st.stop()

ui.page_title(
    _("From the Istanbul talks to the statement"),
    _(
        "The rounds of direct talks in Istanbul, the list of children handed to Russia, and the coalition's statement. Click an event, or pick it from the list, for its details."
    ),
)

ui.notice(kinds.notice)
ui.notice(event.notice)

filter_column, period_column = st.columns([3, 1], vertical_alignment="bottom")
with filter_column:
    st.multiselect(
        _("Show kinds of event"),
        all_kinds,
        format_func=lambda k: event_kind_label(k, _),
        placeholder=_("All kinds"),
        key=ui.bind("kinds_choice", list(kinds.value)),
        on_change=ui.to_url("kinds_choice", "kinds"),
    )
with period_column:
    st.toggle(
        _("Whole period, 2023–2025"),
        key=ui.bind("whole_period", whole_period),
        on_change=lambda: ui.set_param("all", "1" if st.session_state["whole_period"] else None),
    )

events = filter_events(data, kinds.value)
if not events:
    st.info(_("No events match these filters. Clear the filters to see all events."), icon=":material/filter_alt_off:")
else:
    figure = timeline(data, lang, kinds.value, event.value, whole_period, ui.dark_theme())
    clicked = ui.new_selection(
        "timeline",
        ui.selected_ids(ui.chart(figure, "timeline", timeline_description(data, lang, kinds.value, event.value, whole_period))),
    )
    if clicked and clicked != event.value:
        ui.set_param("event", clicked)
        st.rerun()
    if not timeline_view(data, kinds.value, event.value, whole_period).whole_period:
        st.caption(_("Showing May–August 2025. Switch on “Whole period” to see the context events from 2023."))
    ui.share_panel(state, data, TIMELINE_HEIGHT)

ids = [e.event_id for e in filter_events(data)]
titles = {e.event_id: f"{format_date(e.date, lang, 'medium')} — {localized(e, 'title', lang)}" for e in data.events}
st.selectbox(
    _("Event details"),
    ["", *ids],
    format_func=lambda i: titles[i] if i else _("Choose an event…"),
    key=ui.bind("event_choice", event.value or ""),
    on_change=ui.to_url("event_choice", "event"),
)
if event.value:
    ui.event_card(next(e for e in data.events if e.event_id == event.value), data, _)

with st.expander(_("Table: all events"), icon=":material/table:"):
    st.dataframe(events_table(filter_events(data, kinds.value), _, lang), hide_index=True, width="stretch")
