"""AppTest of the presenter view: every slide runs, bad slide numbers fall back, the controls move and record it, and
slides with a chart draw it."""

from __future__ import annotations

import pytest

from tests.apptest import drawn, markdown_text, notices, open_page, plain

DECK_SIZE = 12


@pytest.mark.parametrize("number", range(1, DECK_SIZE + 1))
def test_present_runs_for_every_slide(number: int) -> None:
    at = open_page("pages/present.py", slide=str(number))
    assert f"Slide {number} of {DECK_SIZE}" in markdown_text(at)
    assert not at.info


@pytest.mark.parametrize("bad", ["0", "99", "abc", "-1", "2.5"])
def test_present_bad_slide_falls_back_to_the_first(bad: str) -> None:
    at = open_page("pages/present.py", slide=bad)
    assert "Showing the first slide" in notices(at)[0]
    assert f"Slide 1 of {DECK_SIZE}" in markdown_text(at)
    assert plain(at.title[0].value) == "Return Ukraine's children"


def test_present_next_button_moves_and_records_the_slide() -> None:
    at = open_page("pages/present.py", slide="2")
    at.button(key="slide-next").click().run()
    assert at.query_params["slide"] == "3"
    assert plain(at.title[0].value) == "The organisations and their members"


def test_present_notes_view_and_options() -> None:
    at = open_page("pages/present.py", slide="1", notes="1", country="HUN", quotes="kallas", lang="uk")
    assert "Слайд 1 з 10" in markdown_text(at)
    assert "Джерело" in markdown_text(at)
    assert [b.proto.label for b in at.get("download_button")] == ["Брифінг-пакет (HTML, працює офлайн)", "Брифінг-пакет (PDF)"]


@pytest.mark.parametrize(("slide", "kind"), [("2", "choropleth"), ("4", "scatter")])
def test_present_slides_draw_their_chart(slide: str, kind: str) -> None:
    at = open_page("pages/present.py", slide=slide)
    slide_charts = drawn(at)
    assert [c.key for c in slide_charts] == ["slide_chart-wide", "slide_chart-narrow"]
    spec = slide_charts[0].figure
    assert kind in {t["type"] for t in spec["data"]}
    assert 450 <= spec["layout"]["height"] <= 540
    assert slide_charts[0].alt
