"""The view state in the address bar: read once per run, written back canonical, followed by every widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, TypeVar

import streamlit as st

from coalition.models import Dataset
from coalition.viewstate import Parsed, ViewState, from_query, to_query

S = TypeVar("S", bound=ViewState)
# This browser session's global parameters (lang, statement): the top menu opens a page with no query at all, and
# the page must keep them. Links always carry `lang`, so a query is never empty when a link was followed.
SESSION_GLOBALS = "_coalition_globals"


def session_query() -> dict[str, str]:
    """The address's query, or this session's global parameters when the address has none (the top menu)."""
    query = st.query_params.to_dict()
    return query or dict(st.session_state.get(SESSION_GLOBALS, {}))


def session_lang() -> str | None:
    """The language this session last showed, if any."""
    return dict(st.session_state.get(SESSION_GLOBALS, {})).get("lang")


def read(page: str, data: Dataset) -> Parsed:
    """The state the address asks for (the session's global parameters if it asks for nothing; the browser's
    language if nothing else says). The address is rewritten to the canonical query, so an ignored value never
    stays in a link."""
    parsed = from_query(page, session_query(), data, st.context.locale)
    write(parsed.state)
    return parsed


def write(state: ViewState) -> None:
    """Put `state` in the address bar (canonical query; Streamlit keeps its own embed parameters).

    Sent even when the server's copy already matches: a page link to the page itself (a permalink) changes the
    server's copy but not the browser's address bar.
    """
    query = to_query(state)
    st.query_params.from_dict(query)
    st.session_state[SESSION_GLOBALS] = {k: v for k, v in query.items() if k in ("lang", "statement")}


def bind(key: str, value: Any) -> str:
    """Make widget `key` show `value` (from the state) before it is drawn; returns the key."""
    if st.session_state.get(key) != value:
        st.session_state[key] = value
    return key


def _coerce(value: Any, default: Any) -> Any:
    """A widget's value as the state field holds it: empty means the default, lists become tuples."""
    if value in (None, "", [], ()):
        return default
    if isinstance(default, tuple) or isinstance(value, list):
        return tuple(value)
    return value


def follow(state: S, key: str, field: str) -> Callable[[], None]:
    """An on_change callback: the widget `key` sets `field` of the state, and the address follows."""
    default = next(f.default for f in fields(state) if f.name == field)
    return lambda: write(replace(state, **{field: _coerce(st.session_state[key], default)}))


def go(state: ViewState) -> Callable[[], None]:
    """An on_click callback that moves to `state` on the same page."""
    return lambda: write(state)
