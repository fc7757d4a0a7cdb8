"""Map: who endorsed the statement, the organisations beside it, and a card per country."""

import streamlit as st

from coalition import ui
from coalition.export import ViewState, view_title
from coalition.figures import MAP_HEIGHT, REGIONS, world_map
from coalition.filters import all_countries, country_card, endorsers_table, endorsing_members, non_endorsing_members, party_name
from coalition.text import endorsers_sentence, map_description, md_escape
from coalition.theme import status_label
from coalition.urlstate import parse_choice, parse_country

ui.require_router(__file__)
_ = ui.tr()
lang = ui.lang()
data = ui.dataset()

country = parse_country(ui.param("country"), _)
organisation_ids = tuple(e.party_id for e in data.endorsing_organisations)
outline = parse_choice(ui.param("outline"), organisation_ids, _)
outlined = outline.value
region = parse_choice(ui.param("view"), REGIONS, _)
state = ViewState("map", lang, country=country.value, outline=outlined, region=region.value or "world")
if ui.embedded():
    ui.embed_view(
        view_title(data, state),
        world_map(data, lang, country.value, outlined, state.region, ui.dark_theme()),
        map_description(data, lang, country.value),
        data,
    )
    st.stop()

ui.page_title(
    _("Who endorsed the statement"),
    md_escape(endorsers_sentence(data, lang)) + " " + _("Click a country, or search for it, to open its card."),
)

ui.notice(country.notice)
ui.notice(outline.notice)
ui.notice(region.notice)

map_column, side_column = st.columns([3, 1], gap="medium")
with side_column:
    st.subheader(_("Organisations"), anchor=False)
    for endorsement in data.endorsing_organisations:
        org = endorsement.party_id
        with st.container(border=True, key=f"org-{org}"):
            st.markdown(f"**{md_escape(party_name(data, org, lang))}**")
            ui.status_badge(endorsement.status, _)
            members = data.members(org)
            if members:
                st.markdown(
                    _("{n} of its {total} member states endorsed.").format(
                        n=len(endorsing_members(data, org)), total=len(members)
                    )
                )
    options = ["", *organisation_ids]
    st.radio(
        _("Outline the members of"),
        options,
        format_func=lambda o: md_escape(party_name(data, o, lang)) if o else _("No organisation"),
        key=ui.bind("outline_choice", outlined or ""),
        on_change=ui.to_url("outline_choice", "outline"),
    )
    if outlined:
        missing = non_endorsing_members(data, outlined)
        st.markdown(_("**Members that did not endorse ({n}):**").format(n=len(missing)))
        st.markdown(
            "\n".join(f"- {md_escape(party_name(data, iso, lang))}" for iso in missing)
            if missing
            else _("None: every member endorsed.")
        )

with map_column:
    region_names = {"world": _("World"), "europe": _("Europe")}
    st.segmented_control(
        _("Map view"),
        REGIONS,
        format_func=lambda r: region_names[r],
        key=ui.bind("region_choice", state.region),
        on_change=lambda: ui.set_param(
            "view", None if st.session_state["region_choice"] in (None, "world") else st.session_state["region_choice"]
        ),
        label_visibility="collapsed",
    )
    figure = world_map(data, lang, focus=country.value, outline=outlined, region=state.region, dark=ui.dark_theme())
    clicked = ui.new_selection(
        "world_map", ui.selected_ids(ui.chart(figure, "world_map", map_description(data, lang, country.value)))
    )
    if clicked and clicked != country.value:
        ui.set_param("country", clicked)
        st.rerun()

    st.selectbox(
        _("Find a country"),
        ["", *all_countries(lang)],
        format_func=lambda iso: party_name(data, iso, lang) if iso else _("Type a country's name…"),
        key=ui.bind("country_search", country.value or ""),
        on_change=ui.to_url("country_search", "country"),
    )
    ui.share_panel(state, data, MAP_HEIGHT)
    if country.value:
        ui.country_card(country_card(data, country.value, lang), data, _)

with st.expander(_("Table: all {n} endorsers, in the published order").format(n=len(data.endorsements)), icon=":material/table:"):
    st.dataframe(endorsers_table(data, _, lang), hide_index=True, width="stretch", key="endorsers_table")
    st.caption(
        _("Statuses: {statuses}. The table can be sorted by clicking a column and searched from its toolbar.").format(
            statuses=", ".join(status_label(s, _) for s in ("co_chair", "signatory", "observer", "listed"))
        )
    )
