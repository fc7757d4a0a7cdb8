"""Compare: every state's position in every statement and vote, by group; and what changed between two of them."""

import streamlit as st

from coalition import ui
from coalition.compare import diff, matrix, table
from coalition.filters import groups, party_name
from coalition.viewstate import CompareState

view = ui.open_view(CompareState, __file__)
state, data, loc = view.state, view.data, view.loc
_ = loc._

ui.embed_only(view)

ui.page_header(
    view,
    _("Every statement and vote, state by state"),
    _(
        "Each column is an instrument, oldest first, with how many of its parties our sources name. “?” means unknown: a partial list never counts as “no”."
    ),
)

group_column, changed_column = st.columns([2, 1], vertical_alignment="bottom")
with group_column:
    st.selectbox(
        _("States"),
        ["", *groups(data)],
        format_func=lambda g: party_name(data, g, loc) if g else _("Every state named anywhere"),
        key=ui.bind("group_choice", state.group or ""),
        on_change=ui.follow(state, "group_choice", "group"),
    )
with changed_column:
    st.toggle(
        _("Only states whose position changed"),
        key=ui.bind("changed_choice", state.changed),
        on_change=ui.follow(state, "changed_choice", "changed"),
    )

grid = matrix(data, state.group, state.changed)
ordered = sorted(data.statements, key=lambda s: (s.date, s.statement_id))
labels = {s.statement_id: f"{loc.date(s.date, 'medium')} · {loc.text(s, 'short_title')}" for s in ordered}
st.selectbox(
    _("Sort"),
    ["", *(c.statement.statement_id for c in grid.columns)],
    format_func=lambda i: _("Supporters of “{title}” first").format(title=labels[i]) if i else _("By state, A to Z"),
    key=ui.bind("sort_choice", state.sort or ""),
    on_change=ui.follow(state, "sort_choice", "sort"),
)
text, categories = table(data, grid, loc, state.sort)
st.caption(_("{n} states.").format(n=len(text)))
ui.compare_table(text, categories)
ui.share_panel(view)

st.subheader(_("What changed between two instruments"), anchor=False)
first, second = st.columns(2)
for column, key, field, label in ((first, "diff_a", "a", _("From")), (second, "diff_b", "b", _("To"))):
    column.selectbox(
        label,
        ["", *labels],
        format_func=lambda i: labels[i] if i else _("Choose a statement or vote…"),
        key=ui.bind(key, getattr(state, field) or ""),
        on_change=ui.follow(state, key, field),
    )
if state.a and state.b:
    ui.diff_lists(diff(data, state.a, state.b), data, loc)
