"""Copy link, embed, download and cite, for the view as it is now; and the page an embed shows."""

from __future__ import annotations

import html
import os
from urllib.parse import urljoin

import streamlit as st

from coalition import export
from coalition.cite import citation
from coalition.figures import Options, has_chart
from coalition.figures.frame import EMBED_HEIGHT
from coalition.pagescripts import REPORT_HEIGHT
from coalition.site import site_path
from coalition.text import credit_line, view_title
from coalition.ui.charts import build, draw
from coalition.ui.markup import md
from coalition.ui.view import View
from coalition.viewstate import ViewState, url

EMBED_PARAMS = {"embed": "true", "embed_options": "light_theme"}
RESIZE = (
    "<script>addEventListener('message',function(e){var h=e.data&&e.data['coalition-embed-height'];if(!h)return;"
    "document.querySelectorAll('iframe[data-coalition-embed]').forEach(function(f){if(f.contentWindow===e.source)"
    "{f.parentNode.style.paddingTop='0';f.parentNode.style.height=h+'px';}});});</script>"
)


def embed_snippet(view: View[ViewState], title: str, page: str | None = None) -> str:
    """A responsive iframe of the view as it is now (or of `page`, its static copy): as wide as the column, as tall as
    its content (a script), or in the view's proportions where a page runs no script. Nothing is loaded from anywhere
    but the app (or the static site)."""
    src = html.escape(page or url(view.state, view.base_url, **EMBED_PARAMS), quote=True)
    percent, pixels = EMBED_HEIGHT[view.state.page]
    # Never less than at 1000 px: a wider column than that keeps the height it had there.
    floor = round(pixels + min(percent, 0) * 10)
    box = f"position:relative;width:100%;padding-top:max({floor}px, calc({percent}% + {pixels}px))"
    frame = "position:absolute;top:0;left:0;width:100%;height:100%;border:0"
    return (
        f'<div style="{box}"><iframe src="{src}" title="{html.escape(title, quote=True)}" style="{frame}" '
        'loading="lazy" allow="clipboard-write; web-share" data-coalition-embed></iframe></div>' + RESIZE
    )


def static_url(view: View[ViewState]) -> str | None:
    """The static site's page of this view, when the site is configured ($COALITION_SITE_URL, absolute or relative
    to the app, e.g. /site/) and has a page for it."""
    site, path = os.environ.get("COALITION_SITE_URL", ""), site_path(view.state)
    if not site or not path:
        return None
    return urljoin(urljoin(view.base_url, site).rstrip("/") + "/", path)


def fallback_snippet(view: View[ViewState], alt: str) -> str:
    """For newsletters, feeds and AMP pages, which drop iframes: the chart's image, with its text description as alt
    text, linking to the interactive view."""
    href = html.escape(url(view.state, view.base_url), quote=True)
    name = f"coalition-{view.state.page}.png"
    return f'<a href="{href}"><img src="{name}" alt="{html.escape(alt, quote=True)}" style="max-width:100%;height:auto"></a>'


def embed_only(view: View[ViewState]) -> None:
    """In an embed (?embed=true inside an iframe), draw only the title, the chart, a one-line credit and a link back
    to the full view, fitted to its frame, and stop the page there; elsewhere do nothing."""
    if not view.embedded:
        return
    loc, data = view.loc, view.data
    with st.container(key="embed", gap="small"):
        st.subheader(md(view_title(data, view.state, loc)), anchor=False)
        draw(view.state, data, "embedded_chart", medium="embed")
        link = loc._("[Open the full view]({url})").format(url=f"<{url(view.state, view.base_url)}>")
        with st.container(key="embed-credit"):
            st.markdown(md(credit_line(data, loc, view.state.statement)) + " · " + link)
        st.html(f"<script>{REPORT_HEIGHT}</script>", unsafe_allow_javascript=True)
    st.stop()


def _downloads(view: View[ViewState], page_url: str) -> None:
    loc, data, state = view.loc, view.data, view.state
    _ = loc._
    slug = f"coalition-{state.page}"
    st.caption(_("Files of the view as filtered now; images carry the source, the licence and the date."))
    rows = export.view_rows(data, state)
    st.download_button(
        _("Data (CSV)"), export.rows_csv(rows), f"{slug}.csv", "text/csv", key=f"dl-csv-{state.page}", on_click="ignore"
    )
    st.download_button(
        _("Data (CSV for Excel)"),
        export.rows_csv(rows, bom=True),
        f"{slug}-excel.csv",
        "text/csv",
        key=f"dl-csv-excel-{state.page}",
        on_click="ignore",
        help=_("UTF-8 with a byte order mark, so that Excel and LibreOffice read Cyrillic names correctly."),
    )
    st.download_button(
        _("Data (JSON)"),
        export.rows_json(rows, data, state, page_url),
        f"{slug}.json",
        "application/json",
        key=f"dl-json-{state.page}",
        on_click="ignore",
    )
    if has_chart(state):
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


def _embed(view: View[ViewState]) -> None:
    loc, data, state = view.loc, view.data, view.state
    _ = loc._
    st.caption(_("Paste this into your article's HTML. It shows the chart, its title, the source and a link back."))
    st.code(embed_snippet(view, view_title(data, state, loc)), language="html", wrap_lines=True)
    static = static_url(view)
    if static:
        st.caption(_("Or the static embed: the fastest, and it keeps working when the live dashboard is busy."))
        st.code(embed_snippet(view, view_title(data, state, loc), static), language="html", wrap_lines=True)
    st.caption(
        _(
            "For newsletters, feeds and AMP pages, which drop iframes: upload the chart's image to your site, put its address in src, and paste this."
        )
    )
    st.code(fallback_snippet(view, build(state, data, Options()).alt_text), language="html", wrap_lines=True)
    st.download_button(
        _("Image for the fallback (PNG)"),
        lambda: export.export(data, state, "png"),
        f"coalition-{state.page}.png",
        "image/png",
        key=f"dl-fallback-{state.page}",
        on_click="ignore",
    )


def share_panel(view: View[ViewState]) -> None:
    """Copy link, embed (for a view with a chart), download and cite."""
    loc, data, state = view.loc, view.data, view.state
    _ = loc._
    page_url = url(state, view.base_url)
    with st.container(horizontal=True, key=f"share-{state.page}"):
        with st.popover(_("Copy link"), icon=":material/link:"):
            st.caption(_("This link opens the view exactly as it is now."))
            st.code(page_url, language=None, wrap_lines=True)
        if has_chart(state):
            with st.popover(_("Embed"), icon=":material/code:"):
                _embed(view)
        with st.popover(_("Download"), icon=":material/download:"):
            _downloads(view, page_url)
        with st.popover(_("Cite"), icon=":material/format_quote:"):
            cite = citation(data, page_url, loc, state.statement)
            st.markdown(_("**Citation**"))
            st.code(cite.text, language=None, wrap_lines=True)
            st.markdown(_("**BibTeX**"))
            st.code(cite.bibtex, language="latex", wrap_lines=True)
