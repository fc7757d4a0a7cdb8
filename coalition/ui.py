"""Streamlit glue: the cached dataset, URL parameters, language, and the cards every page shares.

The only module of the package that imports streamlit.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

import plotly.graph_objects as go
import streamlit as st

from coalition import DataError, Dataset, briefing, export, load_dataset
from coalition.deck import Slide
from coalition.figures import timeline, world_map
from coalition.filters import CountryCard, party_name
from coalition.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translate, format_date, localized, localized_list, translator
from coalition.load import Signature, signature
from coalition.models import Correction, Event, Quote, Source
from coalition.text import map_description, md_escape, timeline_description
from coalition.theme import event_kind_label, status_label
from coalition.urlstate import parse_choice

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
STATUS_BADGE_COLOURS: dict[str, Any] = {
    "co_chair": "orange",
    "signatory": "blue",
    "observer": "violet",
    "listed": "gray",
    "none": "gray",
}

PAGES = {
    "overview": "pages/overview.py",
    "map": "pages/map.py",
    "timeline": "pages/timeline.py",
    "quotes": "pages/quotes.py",
    "sources": "pages/sources.py",
    "present": "pages/present.py",
}
PRESENT_PATH = "present"
PRESENT_CHART_HEIGHT = 470
# The presenter view hides every piece of app chrome; only static CSS, no data, goes into st.html.
PRESENTER_CSS = """<style>
header[data-testid="stHeader"], [data-testid="stTopNav"], [data-testid="stToolbar"], .st-key-footer { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1.5rem !important; max-width: 100% !important; }
.st-key-slide h1 { font-size: clamp(2.4rem, 4.6vw, 4.6rem) !important; line-height: 1.1 !important; }
.st-key-slide p, .st-key-slide li { font-size: clamp(1.3rem, 2.2vw, 2.2rem) !important; line-height: 1.35 !important; }
.st-key-slide-numbers h3 { font-size: clamp(2.4rem, 4.2vw, 5.5rem) !important; padding-bottom: 0 !important; }
.st-key-slide-controls button, .st-key-slide-controls p, .st-key-slide-controls a { font-size: 1.3rem !important; }
.st-key-slide-quote p { font-size: clamp(1.5rem, 2.7vw, 2.8rem) !important; line-height: 1.3 !important; }
.st-key-notes p, .st-key-notes li { font-size: 1.5rem !important; }
</style>"""


_router_has_run = False


def configure_page() -> None:
    """Title, local favicon (a page icon would make the browser fetch it from a CDN) and wide layout."""
    _ = tr()
    st.set_page_config(
        page_title=_("Return Ukraine's children — the coalition statement of 5 August 2025"),
        page_icon=str(STATIC_DIR / "favicon.png"),
        layout="wide",
        initial_sidebar_state="collapsed",
    )


def navigation() -> Any:
    """The app's pages, registered with st.navigation; returns the page to run."""
    global _router_has_run
    _ = tr()
    page = st.navigation(
        [
            st.Page(PAGES["overview"], title=_("Overview"), icon=":material/home:", default=True),
            st.Page(PAGES["map"], title=_("Map"), icon=":material/public:", url_path="map"),
            st.Page(PAGES["timeline"], title=_("Timeline"), icon=":material/timeline:", url_path="timeline"),
            st.Page(PAGES["quotes"], title=_("Quotes"), icon=":material/format_quote:", url_path="quotes"),
            st.Page(PAGES["sources"], title=_("Sources"), icon=":material/menu_book:", url_path="sources"),
            st.Page(PAGES["present"], title=_("Present"), icon=":material/slideshow:", url_path=PRESENT_PATH),
        ],
        position="hidden" if embedded() else "top",
    )
    _router_has_run = True
    return page


def require_router(page_file: str) -> None:
    """Send a page opened by its URL through app.py's router.

    Until st.navigation has run once in the server process, Streamlit treats the `pages/` folder as an
    old-style multipage app and runs a page file directly (no page config, no footer, the wrong menu).
    Registering our navigation switches that mode off for good; switching to the page reruns it through app.py.
    """
    if not _router_has_run:
        configure_page()
        navigation()
        st.switch_page(f"pages/{Path(page_file).name}", query_params=st.query_params.to_dict())


EMBED_PARAMS = ("embed", "embed_options")
FALLBACK_ORIGIN = "http://localhost:8501"


def dark_theme() -> bool:
    """True when the browser shows the dark theme; charts then use the dark palette."""
    return st.context.theme.type == "dark"


def embedded() -> bool:
    """True inside an iframe opened with ?embed=true: show only the chart, its title, credit and a link back."""
    return bool(st.context.is_embedded)


def view_url(embed: bool = False) -> str:
    """The full URL of the view as configured now (page and every parameter), for links, embeds and citations."""
    page_url = st.context.url or FALLBACK_ORIGIN + "/"
    params = {k: str(v) for k, v in st.query_params.to_dict().items() if k not in EMBED_PARAMS}
    if embed:
        params.update({"embed": "true", "embed_options": "light_theme"})
    return page_url + ("?" + urlencode(params) if params else "")


def app_url() -> str:
    """The address of the dashboard's home page."""
    page_url = st.context.url or FALLBACK_ORIGIN + "/"
    return page_url[: page_url.rfind("/") + 1]


def embed_snippet(title: str, height: int) -> str:
    """A responsive iframe for the view as configured now."""
    safe_title = html.escape(title, quote=True)
    src = html.escape(view_url(embed=True), quote=True)
    return (
        f'<iframe src="{src}" title="{safe_title}" width="100%" height="{height}" '
        'style="border:0;max-width:100%" loading="lazy" allow="clipboard-write; web-share"></iframe>'
    )


def embed_view(title: str, fig: go.Figure, alt: str, data: Dataset) -> None:
    """The whole page in embed mode: title, chart, one-line credit, link back to the full view."""
    _ = tr()
    st.subheader(md_escape(title), anchor=False)
    chart(fig, "embedded_chart", alt, selectable=False)
    st.caption(
        md_escape(export.credit_line(data, lang())) + " · " + _("[Open the full view]({url})").format(url=f"<{view_url()}>")
    )


def share_panel(state: export.ViewState, data: Dataset, chart_height: int | None = None) -> None:
    """Copy link, embed, download and cite, for the view as configured now."""
    _ = tr()
    title = export.view_title(data, state)
    url = view_url()
    slug = f"coalition-{state.view}"
    with st.container(horizontal=True, key=f"share-{state.view}"):
        with st.popover(_("Copy link"), icon=":material/link:"):
            st.caption(_("This link opens the view exactly as it is now."))
            st.code(url, language=None, wrap_lines=True)
        if chart_height:
            with st.popover(_("Embed"), icon=":material/code:"):
                st.caption(_("Paste this into your article's HTML. It shows the chart, its title, the source and a link back."))
                st.code(embed_snippet(title, chart_height + 140), language="html", wrap_lines=True)
        with st.popover(_("Download"), icon=":material/download:"):
            st.caption(_("Files of the view as filtered now; images carry the source, the licence and the date."))
            rows = export.view_rows(data, state)
            st.download_button(
                _("Data (CSV)"), export.rows_csv(rows), f"{slug}.csv", "text/csv", key=f"dl-csv-{state.view}", on_click="ignore"
            )
            st.download_button(
                _("Data (JSON)"),
                export.rows_json(rows, data, state, url),
                f"{slug}.json",
                "application/json",
                key=f"dl-json-{state.view}",
                on_click="ignore",
            )
            if chart_height:
                for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml"), ("html", "text/html")):
                    st.download_button(
                        _("Chart ({format})").format(format=fmt.upper()),
                        (lambda fmt=fmt: export.export(data, state, fmt, url)),  # type: ignore[misc]
                        f"{slug}.{fmt}",
                        mime,
                        key=f"dl-{fmt}-{state.view}",
                        on_click="ignore",
                    )
            st.download_button(
                _("Whole data package (ZIP)"),
                lambda: export.data_package_zip(data),
                "coalition-statement-data.zip",
                "application/zip",
                key=f"dl-zip-{state.view}",
                on_click="ignore",
            )
        with st.popover(_("Cite"), icon=":material/format_quote:"):
            cite = export.citation(data, url, lang())
            st.markdown(_("**Citation**"))
            st.code(cite.text, language=None, wrap_lines=True)
            st.markdown(_("**BibTeX**"))
            st.code(cite.bibtex, language="latex", wrap_lines=True)


def data_dir() -> Path:
    """The data package to serve: $COALITION_DATA if set, else the shipped data/."""
    return Path(os.environ.get("COALITION_DATA", DATA_DIR))


@st.cache_data(show_spinner=False)
def _cached_dataset(path: str, files: Signature) -> Dataset:
    """Loaded once per version of the files: `files` changes whenever one of them does."""
    return load_dataset(path)


def _load() -> Dataset:
    path = data_dir().resolve()
    return _cached_dataset(str(path), signature(path))


def dataset() -> Dataset:
    """The validated dataset; on bad data, shows every problem and stops the page."""
    try:
        return _load()
    except DataError as error:
        _ = tr()
        st.error(
            _("The dataset failed validation, so this page cannot be shown. Fix the problems below and reload."),
            icon=":material/error:",
        )
        st.code(str(error), language=None, wrap_lines=True)
        st.stop()
        raise  # unreachable: st.stop() raises


def lang() -> str:
    """Interface language: ?lang= if valid, else the browser's language if we have it, else English."""
    requested = parse_choice(param("lang"), LANGUAGES, translator(DEFAULT_LANGUAGE)).value
    if requested:
        return requested
    browser = (st.context.locale or "").split("-")[0].lower()
    return browser if browser in LANGUAGES else DEFAULT_LANGUAGE


def tr() -> Translate:
    return translator(lang())


def param(name: str) -> str | None:
    value = st.query_params.get(name)
    return str(value) if value is not None else None


def set_param(name: str, value: str | Sequence[str] | None) -> None:
    """Record one piece of view state in the URL; an empty value removes the parameter."""
    if isinstance(value, list | tuple):
        value = ",".join(value)
    if value:
        st.query_params[name] = value
    elif name in st.query_params:
        del st.query_params[name]


def bind(key: str, value: Any) -> str:
    """Make widget `key` show `value` (from the URL) before the widget is drawn; returns the key."""
    if st.session_state.get(key) != value:
        st.session_state[key] = value
    return key


def to_url(key: str, name: str) -> Callable[[], None]:
    """An on_change callback that copies widget `key` into URL parameter `name`."""
    return lambda: set_param(name, st.session_state[key])


def notice(text: str) -> None:
    if text:
        st.info(text, icon=":material/info:")


def plotly_config() -> dict[str, Any]:
    """Plotly config: map shapes from our static folder (works under --server.baseUrlPath), no logo."""
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"/{base}" if base else ""
    return {
        "topojsonURL": f"{prefix}/app/static/topojson/",
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
        "scrollZoom": False,
        "responsive": True,
    }


def chart(fig: go.Figure, key: str, alt: str, selectable: bool = True) -> Any:
    """Draw a figure with our config; returns the selection event when selectable."""
    if selectable:
        return st.plotly_chart(
            fig, key=key, on_select="rerun", selection_mode="points", config=plotly_config(), theme=None, alt=alt
        )
    st.plotly_chart(fig, key=key, config=plotly_config(), theme=None, alt=alt)
    return None


def selected_ids(event: Any) -> list[str]:
    """The ids (ISO3 or event id) of the points clicked in a chart, from `location` or customdata[0]."""
    if not event:
        return []
    ids = []
    for point in event.get("selection", {}).get("points", []):
        value = point.get("location") or (point.get("customdata") or [None])[0]
        if value:
            ids.append(str(value))
    return ids


def new_selection(key: str, ids: list[str]) -> str | None:
    """The first clicked id if the selection changed since the last run, else None."""
    memory = f"_{key}_last_selection"
    if ids and ids != st.session_state.get(memory):
        st.session_state[memory] = ids
        return ids[0]
    if not ids:
        st.session_state[memory] = []
    return None


LANGUAGE_NAMES = {"en": "English", "uk": "Українська"}


def language_switcher() -> None:
    """English / Українська, recorded in ?lang=."""
    _ = tr()
    st.segmented_control(
        _("Language"),
        LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        key=bind("lang_choice", lang()),
        on_change=lambda: set_param("lang", st.session_state["lang_choice"] or lang()),
        label_visibility="collapsed",
    )


def page_title(title: str, subtitle: str = "") -> None:
    title_column, language_column = st.columns([5, 1], vertical_alignment="center")
    with title_column:
        st.title(title, anchor=False)
    with language_column, st.container(horizontal_alignment="right"):
        language_switcher()
    if subtitle:
        st.markdown(subtitle)
    notice(parse_choice(param("lang"), LANGUAGES, tr()).notice)


def source_link(source: Source, _: Translate) -> str:
    """A markdown link to a source (title escaped), or the title alone."""
    title = md_escape(localized(source, "title", lang()))
    label = f"{title}, {md_escape(source.publisher)}"
    if source.published:
        label += f", {md_escape(format_date(source.published, lang(), 'medium'))}"
    if source.url:
        safe_url = url_quote(source.url, safe=":/?&=%#+,;~@!$'*")
        return f"[{label}](<{safe_url}>)"
    return label + " " + _("(archived in the data package)")


def correction_notes(corrections: Sequence[Correction], data: Dataset, _: Translate) -> None:
    """Each correction shown plainly: as published, verified, the better source."""
    for c in corrections:
        st.warning(
            _("**Correction.** As published: “{published}”. Verified: {verified}. {note}").format(
                published=md_escape(c.as_published),
                verified=md_escape(localized(c, "verified", lang())),
                note=md_escape(localized(c, "note", lang())),
            )
            + "  \n"
            + _("Better source: {source}").format(source=source_link(data.source(c.better_source_id), _)),
            icon=":material/fact_check:",
        )


def quote_card(quote: Quote, data: Dataset, _: Translate, permalink: bool = True) -> None:
    with st.container(border=True, key=f"quote-{quote.quote_id}"):
        st.markdown(f"#### {md_escape(localized(quote, 'speaker', lang()))}")
        st.markdown(
            _("{organisation} · {date}").format(
                organisation=md_escape(localized(quote, "organisation", lang())), date=format_date(quote.date, lang())
            )
        )
        st.markdown(f"“{md_escape(quote.text)}”")
        st.markdown(_("**Role on the day:** {role}").format(role=md_escape(localized(quote, "role_verified", lang()))))
        if quote.role_as_published != quote.role_verified:
            st.caption(_("Role as the article gives it: “{role}”.").format(role=md_escape(quote.role_as_published)))
        if quote.attribution == "unverified":
            st.warning(
                _("**Attribution unverified.** {note}").format(note=md_escape(localized(quote, "note", lang()))),
                icon=":material/help:",
            )
        elif quote.note:
            st.caption(md_escape(localized(quote, "note", lang())))
        correction_notes(data.corrections_for("quotes", quote.quote_id), data, _)
        st.markdown(_("Source: {source}").format(source=source_link(data.source(quote.source_id), _)))
        if permalink:
            st.page_link(
                PAGES["quotes"],
                label=_("Permalink to this quote"),
                icon=":material/link:",
                query_params={"quote": quote.quote_id},
            )


def event_card(event: Event, data: Dataset, _: Translate) -> None:
    with st.container(border=True, key=f"event-{event.event_id}"):
        when = format_date(event.date, lang())
        if event.end_date:
            when += " – " + format_date(event.end_date, lang())
        st.markdown(f"#### {md_escape(localized(event, 'title', lang()))}")
        st.markdown(
            f"{when} · {md_escape(event_kind_label(event.kind, _))}"
            + (f" · {md_escape(localized(event, 'place', lang()))}" if event.place else "")
        )
        st.markdown(md_escape(localized(event, "description", lang())))
        st.markdown(_("**Outcome:** {outcome}").format(outcome=md_escape(localized(event, "outcome", lang()))))
        if event.delegation_heads:
            st.markdown(
                _("**Heads of delegation:** {heads}").format(
                    heads="; ".join(md_escape(h) for h in localized_list(event, "delegation_heads", lang()))
                )
            )
        correction_notes(data.corrections_for("events", event.event_id), data, _)
        st.markdown(_("Source: {source}").format(source=source_link(data.source(event.source_id), _)))


def status_badge(status: str, _: Translate) -> None:
    st.badge(status_label(status, _), color=STATUS_BADGE_COLOURS.get(status, "gray"))


def country_card(card: CountryCard, data: Dataset, _: Translate) -> None:
    with st.container(border=True, key="country-card"):
        st.subheader(md_escape(card.name), anchor=False)
        status_badge(card.status, _)
        if card.position:
            st.markdown(
                _("Number {position} on the published list, as “{name}”.").format(
                    position=card.position, name=md_escape(card.published_name)
                )
            )
        else:
            st.markdown(
                _("Not among the endorsers of the statement of {date}.").format(date=format_date(data.statement.date, lang()))
            )
        groups = [party_name(data, g, lang()) for g in card.groups]
        st.markdown(
            _("**Groups:** {groups}").format(
                groups=", ".join(md_escape(g) for g in groups) if groups else _("none of the EU or the Council of Europe")
            )
        )
        if card.events:
            st.markdown(_("**Events:**"))
            for event in card.events:
                st.page_link(
                    PAGES["timeline"],
                    label=f"{format_date(event.date, lang(), 'medium')}: {md_escape(localized(event, 'title', lang()))}",
                    icon=":material/event:",
                    query_params={"event": event.event_id},
                )
        if card.quotes:
            st.markdown(_("**Quotes:**"))
            for quote in card.quotes:
                st.page_link(
                    PAGES["quotes"],
                    label=md_escape(localized(quote, "speaker", lang())),
                    icon=":material/format_quote:",
                    query_params={"quote": quote.quote_id},
                )
        if not card.events and not card.quotes:
            st.caption(_("No events or quotes in the dataset concern this country directly."))


def footer() -> None:
    """Source, licence and 'data as of', on every page."""
    _ = tr()
    if embedded():
        return
    try:
        data = _load()
    except DataError:
        return
    primary = data.source(data.statement.source_id)
    with st.container(key="footer"):
        st.divider()
        st.markdown(
            _("Source: {source} · Data: {license} · Data as of {date} · Dataset version {version}").format(
                source=source_link(primary, _),
                license=f"[{md_escape(data.license_label)}](<{data.license_url}>)",
                date=format_date(data.created, lang()),
                version=md_escape(data.version),
            )
        )


def presenter_chrome() -> None:
    """Hide the app's header, menu and footer: the presenter view shows nothing but the slide."""
    st.html(PRESENTER_CSS)


def present_slide(slide: Slide, data: Dataset, country: str | None) -> None:
    """One slide in large type."""
    with st.container(key="slide"):
        st.title(md_escape(slide.title), anchor=False)
        for line in slide.lines:
            st.markdown(md_escape(line))
        if slide.numbers:
            with st.container(key="slide-numbers"):
                for column, figure in zip(st.columns(len(slide.numbers), gap="large"), slide.numbers, strict=True):
                    context = f"  \n{md_escape(figure.context)}" if figure.context else ""
                    column.markdown(f"### :blue[{md_escape(figure.value)}]\n\n{md_escape(figure.label)}{context}")
        if slide.quote_text:
            with st.container(key="slide-quote"):
                st.markdown(f"“{md_escape(slide.quote_text)}”")
        if slide.chart == "map":
            fig = world_map(
                data, lang(), focus=country, region="europe" if slide.kind == "country" else "world", dark=dark_theme()
            )
            fig.update_layout(height=PRESENT_CHART_HEIGHT, legend={"font": {"size": 22}})
            chart(fig, "slide_chart", map_description(data, lang(), country), selectable=False)
        elif slide.chart == "timeline":
            fig = timeline(data, lang(), dark=dark_theme())
            fig.update_layout(height=PRESENT_CHART_HEIGHT, font={"size": 20})
            chart(fig, "slide_chart", timeline_description(data, lang()), selectable=False)


def speaker_notes(slide: Slide, following: Slide | None) -> None:
    _ = tr()
    with st.container(key="notes"):
        st.title(md_escape(slide.title), anchor=False)
        st.markdown("\n".join(f"- {md_escape(note)}" for note in slide.notes) if slide.notes else _("No notes for this slide."))
        if following:
            st.caption(_("Next: {title}").format(title=md_escape(following.title)))


def present_controls(index: int, total: int, notes_view: bool) -> None:
    """Previous and next (arrow keys too), the slide number, the notes view and the briefing pack."""
    _ = tr()

    def go(to: int) -> None:
        set_param("slide", str(to + 1))

    with st.container(horizontal=True, vertical_alignment="center", key="slide-controls"):
        st.button(
            _("Previous"),
            icon=":material/arrow_back:",
            shortcut="Left",
            disabled=index == 0,
            on_click=go,
            args=(index - 1,),
            key="slide-prev",
        )
        st.markdown(_("Slide {n} of {total}").format(n=index + 1, total=total))
        st.button(
            _("Next"),
            icon=":material/arrow_forward:",
            shortcut="Right",
            disabled=index >= total - 1,
            on_click=go,
            args=(index + 1,),
            key="slide-next",
        )
        if not notes_view:
            params = {k: str(v) for k, v in st.query_params.to_dict().items()}
            st.page_link(
                PAGES["present"], label=_("Speaker notes"), icon=":material/speaker_notes:", query_params={**params, "notes": "1"}
            )


def briefing_downloads(data: Dataset, country: str | None) -> None:
    """The offline briefing pack, built only when clicked."""
    _ = tr()
    with st.container(horizontal=True, key="briefing-downloads"):
        st.download_button(
            _("Briefing pack (HTML, works offline)"),
            lambda: briefing.briefing_html(data, lang(), country, app_url()),
            "briefing.html",
            "text/html",
            icon=":material/download:",
            on_click="ignore",
            key="dl-briefing-html",
        )
        st.download_button(
            _("Briefing pack (PDF)"),
            lambda: briefing.briefing_pdf(data, lang(), country, app_url()),
            "briefing.pdf",
            "application/pdf",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
            key="dl-briefing-pdf",
        )
