"""Map: who endorsed the statement, the organisations beside it, and a card per country."""

from dataclasses import replace

import streamlit as st

from coalition import ui
from coalition.figures import Options, build
from coalition.filters import all_countries, country_card, endorsers_table, endorsing_members, non_endorsing_members, party_name
from coalition.text import endorsers_sentence
from coalition.theme import status_label
from coalition.viewstate import REGIONS, MapState

view = ui.open_view(MapState, __file__)
state, data, loc = view.state, view.data, view.loc
_ = loc._

if view.embedded:
    ui.embed_view(view, build(state, data, Options(medium="embed", dark=view.dark)))
    st.stop()

ui.page_header(
    view,
    _("Who endorsed the statement"),
    ui.md(endorsers_sentence(data, loc)) + " " + _("Click a country, or search for it, to open its card."),
)

map_column, side_column = st.columns([3, 1], gap="medium")
with side_column:
    st.subheader(_("Organisations"), anchor=False)
    for endorsement in data.endorsing_organisations:
        org = endorsement.party_id
        with st.container(border=True, key=f"org-{org}"):
            st.markdown(f"**{ui.md(party_name(data, org, loc))}**")
            ui.status_badge(endorsement.status, loc)
            if data.members(org):
                st.markdown(
                    _("{n} of its {total} member states endorsed.").format(
                        n=len(endorsing_members(data, org)), total=len(data.members(org))
                    )
                )
    st.radio(
        _("Outline the members of"),
        ["", *(e.party_id for e in data.endorsing_organisations)],
        format_func=lambda o: ui.md(party_name(data, o, loc)) if o else _("No organisation"),
        key=ui.bind("outline_choice", state.outline or ""),
        on_change=ui.follow(state, "outline_choice", "outline"),
    )
    if state.outline:
        missing = non_endorsing_members(data, state.outline)
        st.markdown(_("**Members that did not endorse ({n}):**").format(n=len(missing)))
        st.markdown(
            "\n".join(f"- {ui.md(party_name(data, iso, loc))}" for iso in missing)
            if missing
            else _("None: every member endorsed.")
        )

with map_column:
    region_names = {"world": _("World"), "europe": _("Europe")}
    st.segmented_control(
        _("Map view"),
        REGIONS,
        format_func=region_names.__getitem__,
        key=ui.bind("region_choice", state.region),
        on_change=ui.follow(state, "region_choice", "region"),
        label_visibility="collapsed",
    )
    chart = build(state, data, Options(dark=view.dark))
    clicked = ui.clicked("world_map", ui.draw(chart, "world_map", selectable=True))
    if clicked and clicked != state.country:
        ui.write(replace(state, country=clicked))
        st.rerun()
    st.selectbox(
        _("Find a country"),
        ["", *all_countries(loc)],
        format_func=lambda iso: party_name(data, iso, loc) if iso else _("Type a country's name…"),
        key=ui.bind("country_search", state.country or ""),
        on_change=ui.follow(state, "country_search", "country"),
    )
    ui.share_panel(view, chart)
    if state.country:
        ui.country_card(country_card(data, state.country, loc), data, loc)

with st.expander(_("Table: all {n} endorsers, in the published order").format(n=len(data.endorsements)), icon=":material/table:"):
    st.dataframe(endorsers_table(data, loc), hide_index=True, width="stretch", key="endorsers_table")
    statuses = ", ".join(status_label(s, _) for s in ("co_chair", "signatory", "observer", "listed"))
    st.caption(
        _("Statuses: {statuses}. The table can be sorted by clicking a column and searched from its toolbar.").format(
            statuses=statuses
        )
    )
