"""One way to build a chart: `build(state, data, options) -> Chart(figure, alt_text, height)` for every view that has one.

Pages, exports, the deck and the briefing all call `build`; the builder decides the whole layout (size, theme,
medium) and nothing patches it afterwards.
"""

from __future__ import annotations

from coalition.figures.compare import compare_chart
from coalition.figures.frame import Chart, Options
from coalition.figures.timeline import timeline_chart
from coalition.figures.trends import trends_chart
from coalition.figures.world import map_chart
from coalition.models import Dataset
from coalition.viewstate import CompareState, MapState, TimelineState, TrendsState, ViewState

__all__ = ["Chart", "Options", "build", "has_chart"]


def has_chart(state: ViewState) -> bool:
    """True for the views that draw a chart: the map, the timeline, the compare grid and the series over time."""
    return isinstance(state, MapState | TimelineState | CompareState | TrendsState)


def build(state: ViewState, data: Dataset, options: Options | None = None) -> Chart:
    """The chart of a view as `options` ask (screen, embed, slide or image; light or dark). ValueError for a view with none."""
    options = options or Options()
    if isinstance(state, MapState):
        return map_chart(state, data, options)
    if isinstance(state, TimelineState):
        return timeline_chart(state, data, options)
    if isinstance(state, CompareState):
        return compare_chart(state, data, options)
    if isinstance(state, TrendsState):
        return trends_chart(state, data, options)
    raise ValueError(f"the {state.page} view has no chart")
