"""Translations: every interface string has Ukrainian, placeholders survive, dates and names follow the locale."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.messages.catalog import Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from coalition import Dataset
from coalition.countries import country_name
from coalition.i18n import LOCALE_DIR, locale
from coalition.positions import chosen
from coalition.text import headline, summary_paragraph
from tests.conftest import ROOT

CATALOGUE = read_po((LOCALE_DIR / "uk" / "LC_MESSAGES" / "messages.po").open("rb"))


def interface_strings() -> set[str]:
    """Every _("…") and ngettext("…", "…", n) in the code, extracted now (a string missing from the catalogue is caught too)."""
    method_map = [("coalition/**.py", "python"), ("pages/**.py", "python"), ("app.py", "python")]
    return {
        message if isinstance(message, str) else str(message[0])
        for _, _, message, _, _ in extract_from_dir(str(ROOT), method_map)
    }


def translations(message: Message) -> tuple[str, ...]:
    """Every form of a message's translation (one, or three plural forms in Ukrainian)."""
    return tuple(message.string) if isinstance(message.string, (list, tuple)) else (str(message.string),)


def test_every_interface_string_has_a_ukrainian_translation() -> None:
    def translated(msgid: str) -> bool:
        message = CATALOGUE.get(msgid)
        return message is not None and not message.fuzzy and all(translations(message))

    missing = sorted(m for m in interface_strings() if not translated(m))
    assert missing == [], (
        f"run `make update-messages` and translate these in coalition/locale/uk/LC_MESSAGES/messages.po: {missing}"
    )


def test_plural_forms_follow_the_count(dataset: Dataset) -> None:
    assert headline(dataset, chosen(dataset, ""), locale("uk")).startswith("38 держав, Європейський Союз і Рада Європи")
    assert locale("uk").ngettext("{n} state, x", "{n} states, x", 2) == "{n} states, x"  # unknown msgid: English rule
    assert headline(dataset, chosen(dataset, ""), locale("en")).startswith(
        "38 states, the European Union and the Council of Europe demand"
    )


@pytest.mark.parametrize("message", [m for m in CATALOGUE if m.id], ids=lambda m: str(m.id)[:40])
def test_placeholders_and_markdown_survive(message: Message) -> None:
    msgid = message.id if isinstance(message.id, str) else message.id[-1]
    for msgstr in translations(message):
        assert sorted(re.findall(r"\{\w*\}", msgid)) == sorted(re.findall(r"\{\w*\}", msgstr))
        assert msgid.count("**") == msgstr.count("**")


def test_ukrainian_interface_and_formats(dataset: Dataset) -> None:
    uk = locale("uk")
    assert uk._("Signatory") == "Підписант"
    assert uk.date(dt.date(2025, 8, 5)) == "5 серпня 2025\u202fр."
    assert uk.number(20000) == "20\xa0000"
    assert locale("en").number(20000) == "20,000"
    assert uk.join(["Канада", "Україна"]) == "Канада і Україна"
    assert locale("en").join(["A", "B", "C"]) == "A, B and C"
    text = summary_paragraph(dataset, chosen(dataset, ""), uk)
    assert "Канада і Україна" in text and "Угорщина" in text
    assert not re.search(r"\b(the|and|states)\b", text)


def test_country_names_from_pycountry_in_any_locale() -> None:
    assert country_name("GBR", "uk") == "Велика Британія"
    assert country_name("GBR", "de") == "Vereinigtes Königreich"
    assert country_name("MDA", "en") == "Moldova"


def test_data_text_in_ukrainian(dataset: Dataset) -> None:
    round_two = next(e for e in dataset.events if e.event_id == "istanbul-2")
    assert locale("uk").text(round_two, "label") == "Раунд 2, Стамбул"
    assert locale("en").text(round_two, "label") == "Round 2, Istanbul"
    kallas = next(q for q in dataset.quotes if q.quote_id == "kallas")
    assert locale("uk").text(kallas, "speaker") == "Кая Каллас"
    assert locale("uk").text(kallas, "text") == kallas.text  # quotes stay verbatim


def test_unknown_language_falls_back_to_english() -> None:
    assert locale("xx")._("Signatory") == "Signatory"
