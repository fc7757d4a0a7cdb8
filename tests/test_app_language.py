"""AppTest of the interface language: every page in Ukrainian, and the language kept by every link, switch and menu."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1.element_tree import ButtonGroup

from tests.apptest import figure, link_queries, notices, open_page, plain
from tests.test_app import PAGES

CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_ukrainian(page: str) -> None:
    at = open_page(page, lang="uk")
    assert CYRILLIC.search(at.title[0].value)
    labels = [w.label for w in (*at.selectbox, *at.multiselect, *at.text_input, *at.radio)]
    assert all(CYRILLIC.search(label) for label in labels), labels
    assert all(CYRILLIC.search(i.value) for i in at.info)


def test_map_hover_names_in_ukrainian() -> None:
    at = open_page("pages/map.py", lang="uk")
    traces = figure(at)["data"]
    assert isinstance(traces, list)
    names = {row[1] for t in traces if t["type"] == "choropleth" for row in t["customdata"]}
    assert {"Україна", "Німеччина", "Ліхтенштейн"} <= names
    legend = {t["name"] for t in traces if t.get("showlegend")}
    assert legend == {"Співголова (підписант)", "Підписант", "Спостерігач", "Заяву не підтримано"}


def test_language_switcher_sets_the_url() -> None:
    at = open_page("pages/quotes.py")
    switcher = at.get("button_group")[0]
    assert isinstance(switcher, ButtonGroup)
    switcher.set_value("uk").run()
    assert at.query_params["lang"] == "uk"
    assert plain(at.title[0].value) == "Що сказали посадовці"


def test_unknown_language_gets_a_notice_and_english() -> None:
    at = open_page("pages/quotes.py", lang="xx")
    assert plain(at.title[0].value) == "What officials said"
    assert "Ignored “xx”: use one of en, uk." in notices(at)[0]
    assert plain(open_page("pages/quotes.py", lang="UK").title[0].value) == "Що сказали посадовці"


def test_country_card_speaks_the_interface_language() -> None:
    at = open_page("pages/map.py", lang="uk", country="UKR")
    links = link_queries(at)
    event_links = [label for label, query in links.items() if "event" in query]
    assert event_links and all(re.search(r"\d{4}\s?р\.", label) for label in event_links), event_links
    assert any("лют." in label for label in event_links), event_links
    assert not any(re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", label) for label in links)


def test_every_link_keeps_the_language() -> None:
    at = open_page("pages/map.py", lang="uk", country="UKR")
    links = link_queries(at)
    assert links and all(query.get("lang") == "uk" for query in links.values()), links
    quote_links = [query for query in links.values() if "quote" in query]
    assert {q["quote"] for q in quote_links} == {"yermak", "sybiha"}
    overview = link_queries(open_page("pages/overview.py", lang="uk"))
    assert len(overview) == 6 and all(query == {"lang": "uk"} for query in overview.values())


def test_language_is_kept_when_the_menu_opens_a_page_without_one() -> None:
    at = open_page("pages/map.py", lang="uk")
    at.query_params.clear()
    at.switch_page("pages/timeline.py").run()
    assert plain(at.title[0].value) == "Від переговорів у Стамбулі до заяви"
    assert at.query_params["lang"] == "uk"
