"""The campaign's views: the compare grid as a coloured table, a diff of two instruments, the series' definitions and
the coalition's membership over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coalition.compare import Diff
from coalition.filters import party_name
from coalition.i18n import Locale
from coalition.models import Dataset
from coalition.theme import STATUS_STYLES, change_label
from coalition.trends import disagreements, points, shown_series
from coalition.ui.cards import source_link
from coalition.ui.markup import md
from coalition.viewstate import TrendsState

# Cell backgrounds: each category's colour, translucent over the page, so that it follows a switch between light and
# dark and the page's text on it stays readable in both (WCAG AA).
TINT = 0.35


def _tint(colour: str) -> str:
    """`colour` (#RRGGBB) at TINT opacity."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {TINT})"


def compare_table(text: pd.DataFrame, categories: pd.DataFrame) -> None:
    """The grid as an HTML table (read by screen readers, cell by cell): a symbol, a word and a tint in every cell."""

    def styles(frame: pd.DataFrame) -> pd.DataFrame:
        css = pd.DataFrame("", index=frame.index, columns=frame.columns)
        for column in categories.columns:
            css[column] = [
                f"background-color: {_tint(STATUS_STYLES[c].colour)}" if c in STATUS_STYLES else "" for c in categories[column]
            ]
        return css

    # The table's frontend code arrives well after the page's text: static/screens.css keeps what follows it below the
    # window until it draws (a layout shift of 0.3 to 0.6 otherwise).
    with st.container(key="compare-grid"):
        st.table(text.style.apply(styles, axis=None).hide(axis="index"))


def diff_lists(change: Diff, data: Dataset, loc: Locale) -> None:
    """Joined, dropped, unknown and stayed, each with its states."""
    _ = loc._

    def names(isos: tuple[str, ...]) -> str:
        return ", ".join(md(party_name(data, iso, loc)) for iso in isos) or _("none")

    lines = [
        _("**Joined ({n}):** {names}").format(n=len(change.joined), names=names(change.joined)),
        _("**Dropped ({n}):** {names}").format(n=len(change.dropped), names=names(change.dropped)),
        _("**Unknown in one of them ({n}):** {names}").format(n=len(change.unknown), names=names(change.unknown)),
        _("**In both ({n})**").format(n=len(change.stayed)),
    ]
    st.markdown("\n".join(f"- {line}" for line in lines))
    st.caption(_("A state is unknown when one of the lists is partial and does not name it: it has not joined or dropped."))


def series_definitions(data: Dataset, state: TrendsState, loc: Locale) -> None:
    """Each series: what it counts, by whom, its latest value and source; then the days sources disagree."""
    _ = loc._
    st.subheader(_("What each line counts"), anchor=False)
    for series in shown_series(data, state.series):
        values = points(data, series.series_id)
        latest = values[-1]
        with st.container(border=True, key=f"series-{series.series_id}"):
            st.markdown(f"**{md(loc.text(series, 'label'))}**")
            st.markdown(md(loc.text(series, "definition")))
            when = loc.date(latest.as_of) if latest.as_of else ""
            st.caption(
                _("Latest: {value} on {date} · {n} values · Source: {source}").format(
                    value=loc.number(latest.value),
                    date=when,
                    n=len(values),
                    source=source_link(data.source(latest.source_id), loc),
                )
            )
    for day, group in disagreements(data):
        shown = "; ".join(f"{loc.number(f.value)} ({source_link(data.source(f.source_id), loc)})" for f in group)
        st.warning(
            _("**Sources disagree** on {date}: {values}. Both are shown until a better source settles it.").format(
                date=loc.date(day), values=shown
            )
        )


def membership_history(data: Dataset, loc: Locale) -> None:
    """The coalition's membership as dated changes, each with its precision and source."""
    _ = loc._
    st.subheader(_("Who joined the coalition, and when"), anchor=False)
    rows = [
        {
            _("Date"): loc.date(c.date, "medium") + ("" if c.date_precision == "day" else " (≈)"),
            _("State or organisation"): party_name(data, c.party_id, loc),
            _("Change"): change_label(c.change, _),
            _("Source"): data.source(c.source_id).publisher,
            _("Link"): data.source(c.source_id).url or None,
        }
        for c in sorted(data.membership_changes, key=lambda c: c.date)
    ]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        column_config={_("Link"): st.column_config.LinkColumn(_("Link"), display_text=_("Open"))},
        key="membership_table",
    )
    st.caption(
        _("≈: the day is approximate. Officials' running totals are in the chart, as they gave them; they are not a roster.")
    )
