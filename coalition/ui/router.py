"""The router: page config, the navigation menu (which keeps the language), and the start of every page's run."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from coalition import DataError
from coalition.catalogues import CatalogueError
from coalition.i18n import Locale, locale
from coalition.pagescripts import lang_script
from coalition.ui import data as app_data
from coalition.ui import state as url_state
from coalition.ui.charts import PAPER, draw_paper
from coalition.ui.chrome import footer
from coalition.ui.view import View
from coalition.viewstate import STATES, ViewState, parse_lang

S = TypeVar("S", bound=ViewState)
ROOT = Path(__file__).resolve().parent.parent.parent
STATIC_DIR = ROOT / "static"
PAGES = {page: f"pages/{page}.py" for page in STATES}
ICONS = {
    "overview": ":material/home:",
    "map": ":material/public:",
    "timeline": ":material/timeline:",
    "quotes": ":material/format_quote:",
    "compare": ":material/table_view:",
    "trends": ":material/show_chart:",
    "sources": ":material/menu_book:",
    "present": ":material/slideshow:",
}
FALLBACK_ORIGIN = "http://localhost:8501/"
# Which layout of a chart a window shows, print, the embed view: static CSS, no data. In static/, so that the nginx
# front links it from the page's first paint (deploy/nginx/cluster.conf.in); a bare server sends it with the first run.
STYLESHEET = STATIC_DIR / "screens.css"


def embedded() -> bool:
    """True inside an iframe opened with ?embed=true: only the chart, its title, credit and a link back."""
    return bool(st.context.is_embedded)


def _titles(loc: Locale) -> dict[str, str]:
    _ = loc._
    return {
        "overview": _("Overview"),
        "map": _("Map"),
        "timeline": _("Timeline"),
        "quotes": _("Quotes"),
        "compare": _("Compare"),
        "trends": _("Over time"),
        "sources": _("Sources"),
        "present": _("Present"),
    }


def configure_page(loc: Locale) -> None:
    """Title, local favicon (a page icon would make the browser fetch one from a CDN) and wide layout."""
    st.set_page_config(
        page_title=loc._("Return Ukraine's children — the coalition statement of 5 August 2025"),
        page_icon=str(STATIC_DIR / "favicon.png"),
        layout="wide",
        initial_sidebar_state="collapsed",
    )


def navigation(loc: Locale) -> Any:
    """The app's pages, registered with st.navigation; returns the page to run."""
    titles = _titles(loc)
    pages = [
        st.Page(
            PAGES[page],
            title=titles[page],
            icon=ICONS[page],
            default=page == "overview",
            url_path=None if page == "overview" else page,
        )
        for page in STATES
    ]
    return st.navigation(pages, position="hidden" if embedded() else "top")


def _router_lang() -> Locale:
    """The language for the router's own texts (menu, page title), from the address or this session."""
    return locale(parse_lang(url_state.session_query(), st.context.locale)[0])


def page_head(loc: Locale) -> None:
    """The stylesheet, and the page's language on <html lang>, so that a screen reader reads Ukrainian as Ukrainian."""
    st.html(STYLESHEET)
    with st.container(key="page-head"):
        st.html(f"<script>{lang_script(loc.lang)}</script>", unsafe_allow_javascript=True)


def route() -> None:
    """What app.py runs: page config, the page's head, navigation, the chosen page, the footer; a broken catalogue is shown, not hidden."""
    try:
        loc = _router_lang()
    except CatalogueError as error:
        st.error(
            "The interface translations cannot be loaded, so the dashboard cannot start. Перекладів інтерфейсу немає.",
            icon=":material/error:",
        )
        st.code(str(error), language=None, wrap_lines=True)
        st.stop()
        raise  # unreachable: st.stop() raises
    configure_page(loc)
    page_head(loc)
    st.session_state.pop(PAPER, None)  # a run stopped early leaves its charts for paper undrawn
    navigation(loc).run()
    draw_paper()
    if not embedded():
        footer()


def _through_router(page_file: str) -> None:
    """Send a page opened by its URL through app.py's router.

    Until st.navigation has run once in the server process, Streamlit treats the `pages/` folder as an
    old-style multipage app and runs a page file directly. Registering our navigation switches that mode off
    for good (Streamlit's own flag); switching to the page reruns it through app.py, before any page work.
    """
    if PagesManager.uses_pages_directory:
        loc = _router_lang()
        configure_page(loc)
        navigation(loc)
        st.switch_page(f"pages/{Path(page_file).name}", query_params=st.query_params.to_dict())


def base_url() -> str:
    """The address of the app's root (ending in '/'), as the reader's browser sees it."""
    page_url = st.context.url or FALLBACK_ORIGIN
    return page_url[: page_url.rfind("/") + 1]


def open_view(cls: type[S], page_file: str) -> View[S]:
    """Start a page: through the router, the data (every problem shown if invalid), the state read from the URL."""
    _through_router(page_file)
    try:
        data = app_data.load()
    except DataError as error:
        loc = _router_lang()
        st.error(
            loc._("The dataset failed validation, so this page cannot be shown. Fix the problems below and reload."),
            icon=":material/error:",
        )
        st.code(str(error), language=None, wrap_lines=True)
        st.stop()
        raise  # unreachable: st.stop() raises
    parsed = url_state.read(cls.page, data)
    state = parsed.state
    if not isinstance(state, cls):
        raise TypeError(f"{page_file} asked for {cls.__name__}, the URL gave {type(state).__name__}")
    return View(state, data, locale(state.lang), embedded(), base_url(), parsed.notices)
