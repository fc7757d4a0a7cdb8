"""AppTest: every page runs, query parameters drive the state, bad values and bad data are handled."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import drawn, figure, markdown_text, notices, open_page

PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/quotes.py", "pages/sources.py"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(page: str) -> None:
    at = open_page(page)
    assert at.title[0].value


def test_footer_names_source_licence_and_date() -> None:
    text = markdown_text(open_page("pages/overview.py"))
    assert "38 Countries Urge Russia for Unconditional Return of Ukrainian Children" in text
    assert "[CC BY 4.0](<https://creativecommons.org/licenses/by/4.0/>)" in text
    assert "Data as of 29 November 2026" in text


def test_overview_headline_figures() -> None:
    at = open_page("pages/overview.py")
    values = {m.label: m.value for m in at.metric}
    assert values == {
        "States that endorsed": "38",
        "Children on the list handed to Russia": "339",
        "Children deported, per Ukraine": "~20,000",
        "Children returned so far": "2,000",
    }
    assert "Cyprus, Hungary, Poland, Slovakia" in markdown_text(at)


def test_map_country_param_opens_the_card() -> None:
    at = open_page("pages/map.py", country="lie")
    assert at.selectbox(key="country_search").value == "LIE"
    text = markdown_text(at)
    assert "Number 23 on the published list" in text
    traces = figure(at)["data"]
    assert isinstance(traces, list)
    assert any(t.get("name") == "Selected: Liechtenstein" for t in traces)


def test_map_unknown_country_is_a_gentle_notice() -> None:
    at = open_page("pages/map.py", country="ZZZ")
    assert "There is no country with the code “ZZZ”" in notices(at)[0]
    assert "country" not in at.query_params
    assert not at.error


def test_map_search_box_sets_the_url() -> None:
    at = open_page("pages/map.py")
    at.selectbox(key="country_search").set_value("HUN").run()
    assert at.query_params["country"] == "HUN"
    assert "Not among the endorsers" in markdown_text(at)


def test_map_outline_lists_members_that_did_not_endorse() -> None:
    at = open_page("pages/map.py", outline="EU")
    assert "Members that did not endorse (4)" in markdown_text(at)
    assert "- Cyprus\n- Hungary\n- Poland\n- Slovakia" in markdown_text(at)


def test_map_uses_local_topojson() -> None:
    at = open_page("pages/map.py")
    config = drawn(at)[0].config
    assert config["topojsonURL"] == "/app/static/topojson/"


def test_timeline_event_param_shows_details_and_correction() -> None:
    at = open_page("pages/timeline.py", event="list-handover")
    assert at.selectbox(key="event_choice").value == "list-handover"
    assert any("during the first round of peace talks in Istanbul" in w.value for w in at.warning)


def test_timeline_kinds_filter_and_bad_values() -> None:
    at = open_page("pages/timeline.py", kinds="negotiation_round,bogus", event="nope")
    shown = " ".join(notices(at))
    assert "bogus" in shown and "There is no event “nope”" in shown
    assert at.multiselect(key="kinds_choice").value == ["negotiation_round"]
    traces = figure(at)["data"]
    assert isinstance(traces, list)
    names = {t["name"] for t in traces if t.get("mode") == "markers+text"}
    assert names == {"Negotiation round"}


def test_timeline_toggle_records_the_period() -> None:
    at = open_page("pages/timeline.py")
    at.toggle(key="whole_period").set_value(True).run()
    assert at.query_params["all"] == "1"


def test_quotes_search_param() -> None:
    at = open_page("pages/quotes.py", q="sanctions")
    assert at.text_input(key="quote_search").value == "sanctions"
    assert "1 of 4 quotes" in markdown_text(at)


def test_quotes_search_with_html_and_regex_characters() -> None:
    at = open_page("pages/quotes.py", q="<script>alert(1)</script> .* (")
    assert "No quote matches" in at.info[0].value
    assert "\\<script\\>" in at.info[0].value


def test_quote_permalink_shows_one_quote_with_its_correction() -> None:
    at = open_page("pages/quotes.py", quote="sybiha")
    text = markdown_text(at)
    assert "Andrii Sybiha" in text
    assert "Kaja Kallas" not in text
    assert "Role as the article gives it: “Deputy Foreign Minister of Ukraine”" in text
    assert any("Attribution unverified" in w.value for w in at.warning)


def test_quotes_speaker_filter_sets_the_url() -> None:
    at = open_page("pages/quotes.py")
    at.multiselect(key="speaker_choice").set_value(["Kaja Kallas"]).run()
    assert at.query_params["speaker"] == "Kaja Kallas"
    assert "1 of 4 quotes" in markdown_text(at)


def test_sources_lists_corrections() -> None:
    at = open_page("pages/sources.py")
    text = markdown_text(at)
    assert "Deputy Foreign Minister of Ukraine" in text
    assert "Minister of Foreign Affairs of Ukraine" in text


@pytest.mark.parametrize("page", PAGES)
def test_bad_data_shows_the_problems(page: str, tiny_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tiny_copy / "datapackage.json").write_text("{ broken", encoding="utf-8")
    monkeypatch.setenv("COALITION_DATA", str(tiny_copy))
    at = open_page(page)
    assert "The dataset failed validation" in at.error[0].value
    assert "datapackage.json:1: invalid JSON" in at.code[0].value


def reopen(at: AppTest, page: str) -> AppTest:
    """A fresh session opened with the URL parameters the first one recorded."""
    params = {k: str(v) for k, v in at.query_params.items()}
    return open_page(page, **params)


def test_round_trip_map() -> None:
    at = open_page("pages/map.py")
    at.selectbox(key="country_search").set_value("MLT").run()
    at.radio(key="outline_choice").set_value("COE").run()
    at.segmented_control(key="region_choice").set_value("europe").run()
    fresh = reopen(at, "pages/map.py")
    assert fresh.selectbox(key="country_search").value == "MLT"
    assert fresh.radio(key="outline_choice").value == "COE"
    assert fresh.segmented_control(key="region_choice").value == "europe"
    assert figure(fresh) == figure(at)


def test_round_trip_timeline() -> None:
    at = open_page("pages/timeline.py")
    at.multiselect(key="kinds_choice").set_value(["negotiation_round", "statement"]).run()
    at.toggle(key="whole_period").set_value(True).run()
    at.selectbox(key="event_choice").set_value("istanbul-3").run()
    fresh = reopen(at, "pages/timeline.py")
    assert fresh.multiselect(key="kinds_choice").value == ["negotiation_round", "statement"]
    assert fresh.toggle(key="whole_period").value is True
    assert fresh.selectbox(key="event_choice").value == "istanbul-3"
    assert figure(fresh) == figure(at)


def test_round_trip_quotes() -> None:
    at = open_page("pages/quotes.py")
    at.text_input(key="quote_search").set_value("children").run()
    at.multiselect(key="org_choice").set_value(["European Union"]).run()
    fresh = reopen(at, "pages/quotes.py")
    assert fresh.text_input(key="quote_search").value == "children"
    assert fresh.multiselect(key="org_choice").value == ["European Union"]
    assert "1 of 4 quotes" in markdown_text(fresh)


def test_share_panel_link_embed_and_citation() -> None:
    at = open_page("pages/map.py", country="UKR")
    codes = [c.value for c in at.code]
    assert "http://localhost:8501/map?lang=en&country=UKR" in codes
    embed = next(c for c in codes if "<iframe" in c)
    assert "width:100%" in embed and 'loading="lazy"' in embed and 'title="38 states' in embed
    assert "embed=true" in embed and "country=UKR" in embed
    fallback = next(c for c in codes if c.startswith("<a href="))
    assert 'src="coalition-map.png"' in fallback and 'alt="Map of' in fallback and "country=UKR" in fallback
    assert any(c.startswith("@misc{") and "country=UKR" in c for c in codes)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == [
        "Image for the fallback (PNG)",
        "Data (CSV)",
        "Data (CSV for Excel)",
        "Data (JSON)",
        "Chart (PNG)",
        "Chart (SVG)",
        "Chart (HTML)",
        "Whole data package (ZIP)",
    ]


def test_embed_mode_shows_only_the_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    from coalition.ui import router

    monkeypatch.setattr(router, "embedded", lambda: True)  # st.context.is_embedded is only set by a real browser
    at = open_page("pages/timeline.py", event="istanbul-2")
    assert [c.key for c in drawn(at)] == ["embedded_chart-wide", "embedded_chart-narrow"]
    assert not at.selectbox and not at.multiselect and not at.get("download_button")
    assert "Open the full view" in markdown_text(at)


@pytest.mark.parametrize(
    ("page", "embedded", "screen", "keys"),
    [
        ("pages/map.py", False, "narrow", ["world_map-narrow", "world_map-print"]),
        ("pages/map.py", False, "wide", ["world_map-wide", "world_map-print"]),
        ("pages/map.py", False, None, ["world_map-wide", "world_map-narrow", "world_map-print"]),
        ("pages/map.py", True, "narrow", ["embedded_chart-narrow"]),
        ("pages/timeline.py", True, "wide", ["embedded_chart-wide"]),
    ],
)
def test_only_the_layout_the_window_needs_is_drawn_when_the_front_says_which(
    monkeypatch: pytest.MonkeyPatch, page: str, embedded: bool, screen: str | None, keys: list[str]
) -> None:
    from coalition.ui import charts, router

    monkeypatch.setattr(router, "embedded", lambda: embedded)
    monkeypatch.setattr(charts, "screen", lambda: screen)  # the X-Screen header of a session behind the nginx front
    at = open_page(page)
    assert [c.key for c in drawn(at)] == keys


def test_timeline_all_param_draws_the_whole_period() -> None:
    at = open_page("pages/timeline.py", all="1")
    assert at.toggle(key="whole_period").value is True
    start, end = (str(d)[:10] for d in figure(at)["layout"]["xaxis"]["range"])
    assert (start, end) == ("2022-11-17", "2026-04-02")
    assert "ICC arrest warrants" in [label for t in figure(at)["data"] for label in t.get("text") or []]


def test_map_outline_param_draws_the_outline() -> None:
    at = open_page("pages/map.py", outline="COE")
    outlined = [t for t in figure(at)["data"] if t.get("name") == "Council of Europe member that did not endorse"]
    assert [t["type"] for t in outlined] == ["choropleth", "scattergeo"]
    assert {"HUN", "POL", "TUR", "SRB"} <= set(outlined[0]["locations"])


def test_map_europe_view_keeps_its_projection() -> None:
    geo = figure(open_page("pages/map.py", view="europe"))["layout"]["geo"]
    assert geo["projection"]["type"] == "conic conformal"
    assert geo["lonaxis"]["range"] == [-25, 45]


def test_map_alt_text_is_the_figure_description() -> None:
    at = open_page("pages/map.py", country="LIE")
    alt = drawn(at)[0].alt
    assert "Co-chairs: Canada and Ukraine." in alt and "Liechtenstein is highlighted" in alt


def test_bad_values_never_reach_a_link() -> None:
    at = open_page("pages/map.py", country="ZZZ", outline="NATO")
    assert dict(at.query_params) == {"lang": "en"}
    assert not any("ZZZ" in c.value or "NATO" in c.value for c in at.code)
