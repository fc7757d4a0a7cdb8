"""Map: each state's position in one instrument, the organisations beside it, a dossier per country."""

import streamlit as st

from coalition import ui
from coalition.filters import country_card, groups, members_with, members_without, party_name, positions_table
from coalition.positions import chosen
from coalition.text import endorsers_sentence, headline
from coalition.viewstate import REGIONS, MapState

view = ui.open_view(MapState, __file__)
state, data, loc = view.state, view.data, view.loc
instrument = chosen(data, state.statement)
_ = loc._

ui.embed_only(view)

ui.page_header(
    view,
    headline(data, instrument, loc),
    ui.md(endorsers_sentence(data, instrument, loc)) + " " + _("Click a country, or search for it, to open its card."),
)
ui.statement_picker(view)
ui.instrument_facts(instrument, data, loc)

map_column, side_column = st.columns([3, 1], gap="medium")
# The map's column first: its chart's code starts loading before the organisations beside it are drawn.
with map_column:
    region_names = {"world": _("World"), "europe": _("Europe")}
    st.segmented_control(
        _("Map view"),
        REGIONS,
        format_func=region_names.__getitem__,
        key=ui.bind("region_choice", state.region or None),
        on_change=ui.follow(state, "region_choice", "region"),
        label_visibility="collapsed",
    )
    if not state.region:
        with st.container(key="narrow-only-region"):
            st.caption(_("On a narrow screen the map opens on Europe, where most endorsers are: choose World for the rest."))
    # The card is sent before the map above it and the share panel: a country chosen shows its card without waiting
    # for the map to redraw its ring.
    map_slot = st.container()
    ui.country_finder(view)
    share_slot = st.container()
    if state.country:
        ui.country_card(country_card(data, instrument, state.country, loc), data, state, loc)
    with map_slot:
        ui.draw(state, data, "world_map", on_click=ui.follow_click(state, "country"))
    with share_slot:
        ui.share_panel(view)

with side_column:
    st.subheader(_("Organisations"), anchor=False)
    for position in instrument.organisations:
        with st.container(border=True, key=f"org-{position.party_id}"):
            st.markdown(f"**{ui.md(party_name(data, position.party_id, loc))}**")
            ui.status_badge(instrument.category(position.party_id), loc)
            members = data.members(position.party_id)
            if members:
                n = len(members_with(instrument, data, position.party_id))
                st.markdown(_("{n} of its {total} member states endorsed.").format(n=n, total=len(members)))
    st.radio(
        _("Outline the members of"),
        ["", *groups(data)],
        format_func=lambda o: ui.md(party_name(data, o, loc)) if o else _("No organisation"),
        key=ui.bind("outline_choice", state.outline or ""),
        on_change=ui.follow(state, "outline_choice", "outline"),
    )
    if state.outline:
        missing = members_without(instrument, data, state.outline)
        st.markdown(_("**Members that did not endorse ({n}):**").format(n=len(missing)))
        st.markdown(
            "\n".join(f"- {ui.md(party_name(data, iso, loc))}" for iso in missing)
            if missing
            else _("None: every member endorsed.")
        )

# Drawn only when opened: the table's frontend code and data cost every visit to the map otherwise.
table = st.expander(
    _("Table: all {n} named parties, in the published order").format(n=len(instrument.positions)),
    icon=":material/table:",
    key="positions_table_open",
    on_change="rerun",
)
if table.open:
    with table:
        st.dataframe(positions_table(data, instrument, loc), hide_index=True, width="stretch", key="positions_table")
        st.caption(_("The table can be sorted by clicking a column and searched from its toolbar."))
