"""The timeline's narrow layout: a row per event, its label on the side with more room, wrapped to the room left."""

from __future__ import annotations

import datetime as dt

from coalition import Dataset
from coalition.figures import Options, build
from coalition.viewstate import TimelineState

NARROW = Options(narrow=True)


def labels(state: TimelineState, dataset: Dataset) -> dict[str, tuple[str, str]]:
    """Each event's label as drawn on a narrow screen: (text, textposition), by event id."""
    fig = build(state, dataset, NARROW).figure
    assert fig.layout.showlegend is True, "the narrow layout names the kinds in a legend, not on lanes"
    return {
        row[0]: (text, position)
        for t in fig.data
        if t.mode == "markers+text"
        for row, text, position in zip(t.customdata, t.text, t.textposition, strict=True)
    }


def test_narrow_labels_sit_on_the_roomier_side_wrapped_to_the_room_there(dataset: Dataset) -> None:
    assert labels(TimelineState(whole_period=True), dataset) == {
        "icc-warrants": ("ICC arrest warrants", "middle right"),
        "bkb-action-plan": ("Bring Kids Back UA plan", "middle right"),
        "coalition-launch": ("Coalition<br>launched", "middle right"),
        "us-joins": ("United States<br>joins", "middle right"),
        "eu-joins": ("EU joins as<br>observer", "middle right"),
        "istanbul-1": ("Round 1, Istanbul", "middle left"),
        "exchange-1000": ("1,000-for-1,000<br>exchange", "middle left"),
        "istanbul-2": ("Round 2, Istanbul", "middle left"),
        "list-handover": ("List of 339 handed<br>over", "middle left"),
        "istanbul-3": ("Round 3, Istanbul", "middle left"),
        "russia-answer": ("Russia answers on &lt;<br>1/5", "middle left"),
        "coalition-statement": ("Coalition statement", "middle left"),
        "un-resolution": ("UN General Assembly vote", "middle left"),
    }
    # The talks alone: the same events now lie early in the window, so most labels turn to the right.
    assert labels(TimelineState(), dataset) == {
        "istanbul-1": ("Round 1, Istanbul", "middle right"),
        "exchange-1000": ("1,000-for-1,000<br>exchange", "middle right"),
        "istanbul-2": ("Round 2, Istanbul", "middle right"),
        "list-handover": ("List of 339 handed<br>over", "middle right"),
        "istanbul-3": ("Round 3, Istanbul", "middle left"),
        "russia-answer": ("Russia answers on &lt;<br>1/5", "middle left"),
        "coalition-statement": ("Coalition statement", "middle left"),
    }


def test_narrow_labels_point_into_the_chart(dataset: Dataset) -> None:
    """A marker in the first half of the window has its label to its right, one in the second half to its left."""
    for state in (TimelineState(), TimelineState(whole_period=True), TimelineState(whole_period=True, kinds=("statement",))):
        fig = build(state, dataset, NARROW).figure
        start, end = (dt.date.fromisoformat(str(d)[:10]) for d in fig.layout.xaxis.range)
        middle = start + (end - start) / 2
        for t in (t for t in fig.data if t.mode == "markers+text"):
            for day, position in zip(t.x, t.textposition, strict=True):
                assert position == ("middle right" if day < middle else "middle left"), (state, day)
