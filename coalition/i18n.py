"""Interface languages: gettext catalogues, and dates and numbers formatted with Babel."""

from __future__ import annotations

import datetime as dt
import gettext as gettext_module
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from coalition.catalogues import ensure_compiled

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "uk")
DEFAULT_LANGUAGE = "en"
# Babel locale used for dates and numbers in each interface language.
BABEL_LOCALES = {"en": "en_GB", "uk": "uk_UA"}
ensure_compiled(LOCALE_DIR, [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE])

Translate = Callable[[str], str]
TranslatePlural = Callable[[str, str, int], str]


@cache
def _translations(lang: str) -> gettext_module.NullTranslations:
    return gettext_module.translation("messages", LOCALE_DIR, languages=[lang], fallback=True)


def translator(lang: str) -> Translate:
    """The gettext function for `lang`; English (the msgids) for an unknown language."""
    return _translations(lang).gettext


def plural_translator(lang: str) -> TranslatePlural:
    """The ngettext function for `lang`: the right plural form for a count (Ukrainian has three)."""
    return _translations(lang).ngettext


def format_date(value: dt.date, lang: str, form: str = "long") -> str:
    """E.g. '5 August 2025' in English, '5 серпня 2025 р.' in Ukrainian."""
    return str(babel_format_date(value, format=form, locale=BABEL_LOCALES.get(lang, "en_GB")))


def format_number(value: int | float, lang: str) -> str:
    """E.g. '20,000' in English, '20 000' in Ukrainian."""
    return str(format_decimal(value, locale=BABEL_LOCALES.get(lang, "en_GB")))


def localized(record: object, field: str, lang: str) -> str:
    """A record's text in `lang` (its `<field>_<lang>` column) where it has one, else the original."""
    translated = getattr(record, f"{field}_{lang}", "") if lang != DEFAULT_LANGUAGE else ""
    return str(translated or getattr(record, field))


def localized_list(record: object, field: str, lang: str) -> tuple[str, ...]:
    translated = getattr(record, f"{field}_{lang}", ()) if lang != DEFAULT_LANGUAGE else ()
    return tuple(translated or getattr(record, field))
