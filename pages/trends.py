"""Over time: child counts as separate, defined series, disagreements marked; the coalition's growth."""

import streamlit as st

from coalition import ui
from coalition.viewstate import TrendsState

view = ui.open_view(TrendsState, __file__)
state, data, loc = view.state, view.data, view.loc
_ = loc._

ui.embed_only(view)

ui.page_header(
    view,
    _("Children deported and returned, over time"),
    _(
        "Each count is its own line: officials changed what they count, so the lines are never joined. Hover a point for its source and definition."
    ),
)
labels = {s.series_id: loc.text(s, "label") for s in data.series}
st.multiselect(
    _("Series"),
    list(labels),
    format_func=labels.__getitem__,
    placeholder=_("All series"),
    key=ui.bind("series_choice", list(state.series)),
    on_change=ui.follow(state, "series_choice", "series"),
)
ui.draw(state, data, "trends")
ui.share_panel(view)
ui.series_definitions(data, state, loc)
ui.membership_history(data, loc)
