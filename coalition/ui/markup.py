"""Text from the data or the URL, shown as text inside Streamlit's markdown."""

from __future__ import annotations

import streamlit as st

_MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~$:"


def md(text: str) -> str:
    """Text safe to place inside Streamlit markdown: every markdown character is escaped."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


def notice(text: str) -> None:
    """A short notice (e.g. a URL value that was ignored), shown as plain text."""
    if text:
        st.info(md(text), icon=":material/info:")
