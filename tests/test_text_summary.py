"""The summary paragraph under the map, word for word, for a complete statement and a partial vote, in both languages."""

from __future__ import annotations

import pytest

from coalition import Dataset
from coalition.i18n import locale
from coalition.positions import instrument
from coalition.text import summary_paragraph


@pytest.mark.parametrize(
    ("statement", "lang", "expected"),
    [
        (
            "tiny-statement",
            "en",
            "On 5 August 2025, the test coalition issued it (Joint statement). Co-chaired by Canada and Ukraine."
            " 2 states endorsed it, all as signatories. Organisations that endorsed it: the European Union."
            " 1 of the 2 EU member states did not endorse it: Poland.",
        ),
        (
            "tiny-statement",
            "uk",
            "5 серпня 2025\u202fр. документ ухвалює тестова коаліція (Спільна заява). Співголови: Канада і Україна."
            " Заяву підтримали держави (2), усі — як підписанти. Організації, що підтримали заяву: Європейський Союз."
            " Не підтримали заяву держави — члени ЄС (1 з 2): Польща.",
        ),
        (
            "tiny-vote",
            "en",
            "On 3 December 2025, the UN General Assembly issued it (UN General Assembly recorded vote)."
            " Named in our sources: 1 of 10 in favour; 1 of 2 against."
            " The list is partial: a state not named is unknown, not opposed.",
        ),
        (
            "tiny-vote",
            "uk",
            "3 грудня 2025\u202fр. документ ухвалює Генеральна Асамблея ООН (Поіменне голосування Генеральної Асамблеї ООН)."
            " Названо в наших джерелах: 1 з 10 — за; 1 з 2 — проти."
            " Список неповний: неназвана держава — невідома, а не противниця.",
        ),
    ],
    ids=["statement-en", "statement-uk", "partial-vote-en", "partial-vote-uk"],
)
def test_summary_paragraph_word_for_word(tiny_dataset: Dataset, statement: str, lang: str, expected: str) -> None:
    assert summary_paragraph(tiny_dataset, instrument(tiny_dataset, statement), locale(lang)) == expected


def test_summary_of_the_shipped_statement_names_the_missing_eu_members(dataset: Dataset) -> None:
    text = summary_paragraph(dataset, instrument(dataset, "coalition-2025-08-05"), locale("en"))
    assert text.endswith(
        " Organisations that endorsed it: the European Union and the Council of Europe."
        " 4 of the 27 EU member states did not endorse it: Cyprus, Hungary, Poland, Slovakia."
    )
