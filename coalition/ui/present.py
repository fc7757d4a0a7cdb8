"""The presenter view: a slide in large type, its speaker notes, the controls and the briefing pack."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from coalition import briefing
from coalition.deck import Slide
from coalition.ui import state as url_state
from coalition.ui.cards import page_link
from coalition.ui.charts import draw
from coalition.ui.markup import md
from coalition.ui.view import View
from coalition.viewstate import PresentState


def present_slide(slide: Slide, view: View[PresentState]) -> None:
    """One slide in large type, with its chart drawn for a slide."""
    with st.container(key="slide"):
        st.title(md(slide.title), anchor=False)
        for line in slide.lines:
            st.markdown(md(line))
        if slide.numbers:
            with st.container(key="slide-numbers"):
                for column, figure in zip(st.columns(len(slide.numbers), gap="large"), slide.numbers, strict=True):
                    context = f"  \n{md(figure.context)}" if figure.context else ""
                    column.markdown(f"### :blue[{md(figure.value)}]\n\n{md(figure.label)}{context}")
        if slide.quote_text:
            with st.container(key="slide-quote"):
                st.markdown(f"“{md(slide.quote_text)}”")
        if slide.chart is not None:
            draw(slide.chart, view.data, "slide_chart", medium="slide")


def speaker_notes(slide: Slide, following: Slide | None, view: View[PresentState]) -> None:
    _ = view.loc._
    with st.container(key="notes"):
        st.title(md(slide.title), anchor=False)
        st.markdown("\n".join(f"- {md(note)}" for note in slide.notes) if slide.notes else _("No notes for this slide."))
        if following:
            st.caption(_("Next: {title}").format(title=md(following.title)))


def present_controls(view: View[PresentState], total: int) -> None:
    """Previous and next (arrow keys too), the slide number, the notes view."""
    _, state = view.loc._, view.state
    with st.container(horizontal=True, vertical_alignment="center", key="slide-controls"):
        st.button(
            _("Previous"),
            icon=":material/arrow_back:",
            shortcut="Left",
            disabled=state.slide <= 1,
            on_click=url_state.go(replace(state, slide=state.slide - 1)),
            key="slide-prev",
        )
        st.markdown(_("Slide {n} of {total}").format(n=state.slide, total=total))
        st.button(
            _("Next"),
            icon=":material/arrow_forward:",
            shortcut="Right",
            disabled=state.slide >= total,
            on_click=url_state.go(replace(state, slide=state.slide + 1)),
            key="slide-next",
        )
        if not state.notes:
            page_link(replace(state, notes=True), _("Speaker notes"), ":material/speaker_notes:")


def briefing_downloads(view: View[PresentState]) -> None:
    """The offline briefing pack, built only when clicked."""
    _, data, state = view.loc._, view.data, view.state
    with st.container(horizontal=True, key="briefing-downloads"):
        st.download_button(
            _("Briefing pack (HTML, works offline)"),
            lambda: briefing.briefing_html(data, state, view.base_url),
            "briefing.html",
            "text/html",
            icon=":material/download:",
            on_click="ignore",
            key="dl-briefing-html",
        )
        st.download_button(
            _("Briefing pack (PDF)"),
            lambda: briefing.briefing_pdf(data, state, view.base_url),
            "briefing.pdf",
            "application/pdf",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
            key="dl-briefing-pdf",
        )
