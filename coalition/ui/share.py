"""Copy link, embed, download and cite, for the view as it is now; and the page an embed shows."""

from __future__ import annotations

import html
import os
from urllib.parse import urljoin

import streamlit as st

from coalition import export
from coalition.cite import citation
from coalition.figures import Chart, Options
from coalition.site import site_path
from coalition.text import credit_line, view_title
from coalition.ui.charts import build, draw
from coalition.ui.markup import md
from coalition.ui.view import View
from coalition.viewstate import ViewState, url

EMBED_PARAMS = {"embed": "true", "embed_options": "light_theme"}
# What an embed shows besides the chart: its title, a credit line and a link back.
EMBED_CHROME_HEIGHT = 140


def embed_snippet(view: View[ViewState], title: str, height: int) -> str:
    """A responsive iframe of the view as it is now."""
    src = html.escape(url(view.state, view.base_url, **EMBED_PARAMS), quote=True)
    return (
        f'<iframe src="{src}" title="{html.escape(title, quote=True)}" width="100%" height="{height}" '
        'style="border:0;max-width:100%" loading="lazy" allow="clipboard-write; web-share"></iframe>'
    )


def static_url(view: View[ViewState]) -> str | None:
    """The static site's page of this view, when the site is configured ($COALITION_SITE_URL, absolute or relative
    to the app, e.g. /site/) and has a page for it."""
    site, path = os.environ.get("COALITION_SITE_URL", ""), site_path(view.state)
    if not site or not path:
        return None
    return urljoin(urljoin(view.base_url, site).rstrip("/") + "/", path)


def embed_only(view: View[ViewState]) -> None:
    """In an embed (?embed=true inside an iframe), draw only the chart, its title, a credit and a link back, and stop
    the page there; elsewhere do nothing."""
    if not view.embedded:
        return
    loc, data = view.loc, view.data
    st.subheader(md(view_title(data, view.state, loc)), anchor=False)
    draw(build(view.state, data, Options(medium="embed", dark=view.dark)), "embedded_chart")
    link = loc._("[Open the full view]({url})").format(url=f"<{url(view.state, view.base_url)}>")
    st.caption(md(credit_line(data, loc, view.state.statement)) + " · " + link)
    st.stop()


def _downloads(view: View[ViewState], page_url: str, has_chart: bool) -> None:
    loc, data, state = view.loc, view.data, view.state
    _ = loc._
    slug = f"coalition-{state.page}"
    st.caption(_("Files of the view as filtered now; images carry the source, the licence and the date."))
    rows = export.view_rows(data, state)
    st.download_button(
        _("Data (CSV)"), export.rows_csv(rows), f"{slug}.csv", "text/csv", key=f"dl-csv-{state.page}", on_click="ignore"
    )
    st.download_button(
        _("Data (JSON)"),
        export.rows_json(rows, data, state, page_url),
        f"{slug}.json",
        "application/json",
        key=f"dl-json-{state.page}",
        on_click="ignore",
    )
    if has_chart:
        for fmt in export.CHART_FORMATS:
            st.download_button(
                _("Chart ({format})").format(format=fmt.upper()),
                (lambda fmt=fmt: export.export(data, state, fmt, page_url)),  # type: ignore[misc]
                f"{slug}.{fmt}",
                export.MIME[fmt],
                key=f"dl-{fmt}-{state.page}",
                on_click="ignore",
            )
    st.download_button(
        _("Whole data package (ZIP)"),
        lambda: export.data_package_zip(data),
        "coalition-statement-data.zip",
        "application/zip",
        key=f"dl-zip-{state.page}",
        on_click="ignore",
    )


def share_panel(view: View[ViewState], chart: Chart | None = None) -> None:
    """Copy link, embed (for a view with a chart), download and cite."""
    loc, data, state = view.loc, view.data, view.state
    _ = loc._
    page_url = url(state, view.base_url)
    with st.container(horizontal=True, key=f"share-{state.page}"):
        with st.popover(_("Copy link"), icon=":material/link:"):
            st.caption(_("This link opens the view exactly as it is now."))
            st.code(page_url, language=None, wrap_lines=True)
        if chart is not None:
            with st.popover(_("Embed"), icon=":material/code:"):
                st.caption(_("Paste this into your article's HTML. It shows the chart, its title, the source and a link back."))
                snippet = embed_snippet(view, view_title(data, state, loc), chart.height + EMBED_CHROME_HEIGHT)
                st.code(snippet, language="html", wrap_lines=True)
                static = static_url(view)
                if static:
                    st.caption(_("Or the static embed: the fastest, and it keeps working when the live dashboard is busy."))
                    title = html.escape(view_title(data, state, loc), quote=True)
                    st.code(
                        f'<iframe src="{html.escape(static, quote=True)}" title="{title}" width="100%" height="{chart.height + EMBED_CHROME_HEIGHT}" '
                        'style="border:0;max-width:100%" loading="lazy"></iframe>',
                        language="html",
                        wrap_lines=True,
                    )
        with st.popover(_("Download"), icon=":material/download:"):
            _downloads(view, page_url, chart is not None)
        with st.popover(_("Cite"), icon=":material/format_quote:"):
            cite = citation(data, page_url, loc, state.statement)
            st.markdown(_("**Citation**"))
            st.code(cite.text, language=None, wrap_lines=True)
            st.markdown(_("**BibTeX**"))
            st.code(cite.bibtex, language="latex", wrap_lines=True)
