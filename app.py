"""Router: page config, navigation over the five views, and the footer."""

from pathlib import Path

import streamlit as st

from coalition import ui

st.set_page_config(
    page_title="Return Ukraine's children — the coalition statement of 5 August 2025",
    page_icon=str(Path(__file__).resolve().parent / "static" / "favicon.png"),
    layout="wide",
    initial_sidebar_state="collapsed",
)
ui.navigation().run()
ui.footer()
