"""URL parameters: valid values pass, bad ones give a friendly notice."""

from __future__ import annotations

from coalition import Dataset
from coalition.i18n import translator
from coalition.urlstate import parse_choice, parse_choices, parse_country, parse_event, parse_query, parse_quote, parse_slide

_ = translator("en")


def test_country_codes() -> None:
    assert parse_country("ukr", _).value == "UKR"
    assert parse_country(None, _).value is None
    bad = parse_country("ZZZ", _)
    assert bad.value is None
    assert "There is no country with the code “ZZZ”" in bad.notice


def test_country_notice_is_plain_and_short() -> None:
    bad = parse_country("<img src=x onerror=alert(1)>" * 5, _)
    assert bad.value is None
    assert len(bad.notice) < 200


def test_event_and_quote_ids(dataset: Dataset) -> None:
    assert parse_event("istanbul-2", dataset, _).value == "istanbul-2"
    assert "There is no event" in parse_event("nope", dataset, _).notice
    assert parse_quote("kallas", dataset, _).value == "kallas"
    assert "There is no quote" in parse_quote("../etc", dataset, _).notice


def test_choices_keep_known_values() -> None:
    parsed = parse_choices("statement,bogus,statement", ("statement", "exchange"), _)
    assert parsed.value == ("statement",)
    assert "bogus" in parsed.notice


def test_query_is_capped() -> None:
    parsed = parse_query("x" * 500, _)
    assert len(parsed.value) == 200
    assert parsed.notice


def test_notices_show_url_text_as_plain_text() -> None:
    bad = parse_country("![](http://t.example/p.png)", _)
    assert "\\!\\[\\]\\(http\\:" in bad.notice
    link = parse_choices("[Log in](https://evil.example)", ("EU",), _)
    assert "\\[Log in\\]" in link.notice


def test_slide_numbers() -> None:
    assert parse_slide("3", 10, _).value == 2
    for bad in ("0", "11", "²", "٣", "-1", "2.5", "abc"):
        parsed = parse_slide(bad, 10, _)
        assert parsed.value == 0
        assert "Showing the first slide" in parsed.notice


def test_single_choice_is_case_insensitive() -> None:
    assert parse_choice("eu", ("EU", "COE"), _).value == "EU"
    assert parse_choice("EUROPE", ("world", "europe"), _).value == "europe"
    several = parse_choice("EU,COE", ("EU", "COE"), _)
    assert several.value is None
    assert "use one of EU, COE" in several.notice
