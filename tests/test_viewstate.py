"""View state from the URL and back, tested with tables of (page, query, state, canonical query, notices)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from coalition import Dataset
from coalition.viewstate import (
    CompareState,
    MapState,
    OverviewState,
    PresentState,
    QuotesState,
    SourcesState,
    TimelineState,
    TrendsState,
    ViewState,
    from_query,
    parse_lang,
    to_query,
    url,
)

ROUND_TRIPS: list[tuple[str, dict[str, str], ViewState, dict[str, str]]] = [
    ("overview", {}, OverviewState(), {"lang": "en"}),
    ("overview", {"lang": "UK"}, OverviewState(lang="uk"), {"lang": "uk"}),
    ("sources", {"lang": "uk", "country": "UKR"}, SourcesState(lang="uk"), {"lang": "uk"}),
    ("map", {"country": "ukr"}, MapState(country="UKR"), {"lang": "en", "country": "UKR"}),
    (
        "map",
        {"view": "Europe", "outline": "eu"},
        MapState(outline="EU", region="europe"),
        {"lang": "en", "outline": "EU", "view": "europe"},
    ),
    ("map", {"view": "world"}, MapState(region="world"), {"lang": "en", "view": "world"}),
    ("map", {}, MapState(region=""), {"lang": "en"}),
    (
        "timeline",
        {"all": "1", "kinds": "statement,negotiation_round"},
        TimelineState(kinds=("statement", "negotiation_round"), whole_period=True),
        {"lang": "en", "kinds": "statement,negotiation_round", "all": "1"},
    ),
    (
        "timeline",
        {"all": "true", "event": "istanbul-2"},
        TimelineState(event="istanbul-2", whole_period=True),
        {"lang": "en", "event": "istanbul-2", "all": "1"},
    ),
    ("timeline", {"all": "0"}, TimelineState(), {"lang": "en"}),
    (
        "quotes",
        {"q": "sanctions", "speaker": "Kaja Kallas"},
        QuotesState(q="sanctions", speakers=("Kaja Kallas",)),
        {"lang": "en", "q": "sanctions", "speaker": "Kaja Kallas"},
    ),
    ("quotes", {"quote": "kallas", "lang": "uk"}, QuotesState(lang="uk", quote="kallas"), {"lang": "uk", "quote": "kallas"}),
    (
        "compare",
        {"group": "g7", "changed": "1", "sort": "unga-es-11-9", "a": "osce-moscow-2023-03-30", "b": "coalition-2025-08-05"},
        CompareState(group="G7", changed=True, sort="unga-es-11-9", a="osce-moscow-2023-03-30", b="coalition-2025-08-05"),
        {
            "lang": "en",
            "group": "G7",
            "changed": "1",
            "sort": "unga-es-11-9",
            "a": "osce-moscow-2023-03-30",
            "b": "coalition-2025-08-05",
        },
    ),
    (
        "trends",
        {"series": "returned-bkbu", "statement": "unga-es-11-9"},
        TrendsState(statement="unga-es-11-9", series=("returned-bkbu",)),
        {"lang": "en", "statement": "unga-es-11-9", "series": "returned-bkbu"},
    ),
    # The featured statement is the default: it never takes a place in the address.
    ("map", {"statement": "coalition-2025-08-05"}, MapState(), {"lang": "en"}),
    ("present", {"slide": "3", "notes": "1"}, PresentState(slide=3, notes=True), {"lang": "en", "slide": "3", "notes": "1"}),
    (
        "present",
        {"slide": "1", "country": "hun", "quotes": "kallas"},
        PresentState(country="HUN", quotes=("kallas",)),
        {"lang": "en", "country": "HUN", "quotes": "kallas"},
    ),
]


@pytest.mark.parametrize(("page", "query", "state", "canonical"), ROUND_TRIPS)
def test_query_to_state_to_canonical_query(
    dataset: Dataset, page: str, query: dict[str, str], state: ViewState, canonical: dict[str, str]
) -> None:
    parsed = from_query(page, query, dataset)
    assert parsed.state == state
    assert parsed.notices == ()
    assert to_query(parsed.state) == canonical
    assert next(iter(to_query(parsed.state))) == "lang"
    assert from_query(page, canonical, dataset).state == state


BAD_VALUES: list[tuple[str, dict[str, str], ViewState, str]] = [
    ("map", {"country": "ZZZ"}, MapState(), "There is no country with the code “ZZZ”. Use a three-letter ISO code such as UKR."),
    ("map", {"country": "UKRAINE"}, MapState(), "There is no country with the code “UKRAINE”."),
    ("map", {"outline": "NATO"}, MapState(), "Ignored “NATO”: use one of EU, COE, G7, OSCE."),
    ("map", {"outline": "EU,COE"}, MapState(), "Ignored “EU,COE”: use one of EU, COE, G7, OSCE."),
    ("map", {"view": "mars"}, MapState(), "Ignored “mars”: use one of world, europe."),
    ("overview", {"lang": "fr"}, OverviewState(), "Ignored “fr”: use one of en, uk."),
    ("timeline", {"event": "nope"}, TimelineState(), "There is no event “nope”. Pick one from the list below."),
    ("timeline", {"kinds": "statement,bogus"}, TimelineState(kinds=("statement",)), "Ignored unknown filter values: bogus."),
    ("timeline", {"kinds": "bogus,nope"}, TimelineState(), "Ignored unknown filter values: bogus, nope."),
    ("map", {"statement": "nope"}, MapState(), "There is no statement “nope”. Showing the featured one."),
    ("compare", {"group": "NATO"}, CompareState(), "Ignored “NATO”: use one of EU, COE, G7, OSCE."),
    ("compare", {"sort": "nope"}, CompareState(), "There is no statement “nope”. Showing the featured one."),
    ("trends", {"series": "x"}, TrendsState(), "Ignored unknown filter values: x."),
    ("timeline", {"all": "perhaps"}, TimelineState(), "Ignored “perhaps”: use one of 1, 0."),
    ("quotes", {"quote": "../etc"}, QuotesState(), "There is no quote “../etc”. Showing all quotes."),
    ("quotes", {"speaker": "Nobody"}, QuotesState(), "Ignored unknown filter values: Nobody."),
    ("present", {"slide": "99"}, PresentState(), "There is no slide “99”: the deck has 12. Showing the first slide."),
    ("present", {"slide": "0"}, PresentState(), "There is no slide “0”"),
    ("present", {"slide": "²"}, PresentState(), "There is no slide “²”"),
    ("present", {"slide": "٣"}, PresentState(), "There is no slide “٣”"),
    ("present", {"slide": "-1"}, PresentState(), "There is no slide “-1”"),
    ("present", {"slide": "1" * 4301}, PresentState(), "There is no slide “1111111111111111111111111111111111111111…”"),
    ("present", {"slide": "13", "country": "HUN"}, PresentState(slide=13, country="HUN"), ""),
]


@pytest.mark.parametrize(("page", "query", "state", "notice"), BAD_VALUES)
def test_bad_values_are_dropped_with_a_notice(
    dataset: Dataset, page: str, query: dict[str, str], state: ViewState, notice: str
) -> None:
    parsed = from_query(page, query, dataset)
    assert parsed.state == state
    assert (notice in parsed.notices[0]) if notice else parsed.notices == ()
    for key, value in query.items():
        if key != "lang" and getattr(state, key, None) is None:
            assert value not in to_query(parsed.state).values()


def test_the_browser_language_is_the_fallback(dataset: Dataset) -> None:
    assert from_query("map", {}, dataset, "uk-UA").state == MapState(lang="uk")
    assert from_query("map", {"lang": "en"}, dataset, "uk-UA").state == MapState()


def test_notices_are_in_the_chosen_language(dataset: Dataset) -> None:
    assert from_query("map", {"lang": "uk", "country": "ZZZ"}, dataset).notices == (
        "Країни з кодом «ZZZ» немає. Використовуйте трилітерний код ISO, наприклад UKR.",
    )


def test_notices_quote_the_value_short_and_printable(dataset: Dataset) -> None:
    notice = from_query("map", {"country": "<img src=x onerror=alert(1)>\n\x00" * 5}, dataset).notices[0]
    assert "\n" not in notice and "\x00" not in notice
    assert len(notice) < 200


def test_search_text_is_capped(dataset: Dataset) -> None:
    parsed = from_query("quotes", {"q": "x" * 500}, dataset)
    assert isinstance(parsed.state, QuotesState)
    assert len(parsed.state.q) == 200
    assert parsed.notices == ("The search was cut to 200 characters.",)


@pytest.mark.parametrize(
    ("query", "fallback", "lang"),
    [
        ({}, None, "en"),
        ({}, "uk-UA", "uk"),
        ({}, "de-DE", "en"),
        ({"lang": "en"}, "uk-UA", "en"),
        ({"lang": "uk"}, "en-GB", "uk"),
        ({"lang": "xx"}, "uk", "uk"),
    ],
)
def test_language_from_the_url_then_the_session_or_browser(query: dict[str, str], fallback: str | None, lang: str) -> None:
    assert parse_lang(query, fallback)[0] == lang


def test_urls_are_canonical_and_keep_the_language() -> None:
    address = url(QuotesState(lang="uk", quote="kallas"), "http://example.org/app/")
    parts = urlsplit(address)
    assert parts.path == "/app/quotes"
    assert dict(parse_qsl(parts.query)) == {"lang": "uk", "quote": "kallas"}
    assert url(OverviewState(), "http://example.org/") == "http://example.org/?lang=en"
    embed = url(MapState(country="UKR"), "http://h/", embed="true")
    assert embed == "http://h/map?lang=en&country=UKR&embed=true"
