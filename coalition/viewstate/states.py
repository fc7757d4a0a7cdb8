"""The view state of every page: one frozen dataclass per view, and its canonical URL query.

`to_query(state)` lists `lang` first, then the global `statement`, then the page's parameters in a fixed order,
leaving defaults out; `url(state, base)` is the full address. Parsing a query is `coalition.viewstate.parse`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlencode

from coalition.i18n import DEFAULT_LANGUAGE

REGIONS = ("world", "europe")


@dataclass(frozen=True)
class ViewState:
    """What a reader chose on a view; every field is a URL parameter. `lang` and `statement` are global: links keep them.

    `statement` is an instrument's id; empty means the featured one (the first row of statements.csv).
    """

    page: ClassVar[str] = ""
    lang: str = DEFAULT_LANGUAGE
    statement: str = ""


@dataclass(frozen=True)
class OverviewState(ViewState):
    page: ClassVar[str] = "overview"


@dataclass(frozen=True)
class MapState(ViewState):
    """`country` ISO3 rings a state and opens its card; `outline` an organisation id; `region` world or europe, empty
    for the one that fits the screen (the world on a wide one, Europe, where most endorsers are, on a narrow one)."""

    page: ClassVar[str] = "map"
    country: str | None = None
    outline: str | None = None
    region: str = ""


@dataclass(frozen=True)
class TimelineState(ViewState):
    """`kinds` event kinds shown (empty: all); `event` the selected event id; `whole_period` 2023–2025."""

    page: ClassVar[str] = "timeline"
    kinds: tuple[str, ...] = ()
    event: str | None = None
    whole_period: bool = False


@dataclass(frozen=True)
class QuotesState(ViewState):
    """`q` plain search text; `speakers`, `organisations` filters; `quote` one quote's permalink."""

    page: ClassVar[str] = "quotes"
    q: str = ""
    speakers: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    quote: str | None = None


@dataclass(frozen=True)
class SourcesState(ViewState):
    page: ClassVar[str] = "sources"


@dataclass(frozen=True)
class CompareState(ViewState):
    """States × instruments: `group` an organisation whose members are shown, `changed` only states whose position
    changed, `sort` an instrument whose supporters come first (None: by name); `a` and `b` two instruments to diff."""

    page: ClassVar[str] = "compare"
    group: str | None = None
    changed: bool = False
    sort: str | None = None
    a: str | None = None
    b: str | None = None


@dataclass(frozen=True)
class TrendsState(ViewState):
    """Child counts and the coalition's size over time; `series` the series shown (empty: all)."""

    page: ClassVar[str] = "trends"
    series: tuple[str, ...] = ()


@dataclass(frozen=True)
class PresentState(ViewState):
    """`slide` from 1; `notes` the speaker-notes view; `country` adds its card; `quotes` picks quote slides (None: all)."""

    page: ClassVar[str] = "present"
    slide: int = 1
    notes: bool = False
    country: str | None = None
    quotes: tuple[str, ...] | None = None


STATES: dict[str, type[ViewState]] = {
    cls.page: cls
    for cls in (OverviewState, MapState, CompareState, TrendsState, TimelineState, QuotesState, SourcesState, PresentState)
}
# URL parameter -> state field, in the order the canonical query lists them.
PARAMS: dict[str, dict[str, str]] = {
    "overview": {},
    "map": {"country": "country", "outline": "outline", "view": "region"},
    "timeline": {"kinds": "kinds", "event": "event", "all": "whole_period"},
    "quotes": {"q": "q", "speaker": "speakers", "org": "organisations", "quote": "quote"},
    "compare": {"group": "group", "changed": "changed", "sort": "sort", "a": "a", "b": "b"},
    "trends": {"series": "series"},
    "sources": {},
    "present": {"slide": "slide", "notes": "notes", "country": "country", "quotes": "quotes"},
}
PATHS = {page: "" if page == "overview" else page for page in PARAMS}
GLOBAL_PARAMS = {"statement": "statement"}


def _format(value: object) -> str:
    """A field's URL form: flags as 1, lists comma-separated."""
    if value is True:
        return "1"
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)


def to_query(state: ViewState) -> dict[str, str]:
    """The canonical query of a state: `lang` first, then the page's parameters in a fixed order, defaults left out."""
    query = {"lang": state.lang}
    defaults = type(state)(lang=state.lang)
    for name, field_name in {**GLOBAL_PARAMS, **PARAMS[state.page]}.items():
        value = getattr(state, field_name)
        if value != getattr(defaults, field_name):
            query[name] = _format(value)
    return query


def url(state: ViewState, base_url: str, **extra: str) -> str:
    """The full address of a state under `base_url` (the app's root, ending in '/'); `extra` parameters appended."""
    query = {**to_query(state), **extra}
    return f"{base_url}{PATHS[state.page]}?{urlencode(query)}"
