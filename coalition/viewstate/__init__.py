"""The view state of every page, from the URL's query and back: pure, bounded, one notice per value ignored.

`from_query(page, query, data)` -> Parsed(state, notices); `to_query(state)` -> the canonical query. Every internal
link, share link, export, the deck and the CLI go through these, so an invalid value never reaches a link.
"""

from coalition.viewstate.parse import MAX_VALUE, Parsed, from_query, parse_lang, shown
from coalition.viewstate.states import (
    PARAMS,
    PATHS,
    REGIONS,
    STATES,
    CompareState,
    MapState,
    OverviewState,
    PresentState,
    QuotesState,
    SourcesState,
    TimelineState,
    TrendsState,
    ViewState,
    to_query,
    url,
)

__all__ = [
    "MAX_VALUE",
    "PARAMS",
    "PATHS",
    "REGIONS",
    "STATES",
    "CompareState",
    "MapState",
    "OverviewState",
    "Parsed",
    "PresentState",
    "QuotesState",
    "SourcesState",
    "TimelineState",
    "TrendsState",
    "ViewState",
    "from_query",
    "parse_lang",
    "shown",
    "to_query",
    "url",
]
