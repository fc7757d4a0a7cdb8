"""Interface languages: one Locale per script run, with gettext catalogues and Babel dates, numbers and lists."""

from __future__ import annotations

import datetime as dt
import gettext as gettext_module
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from babel.dates import format_date as babel_format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from coalition.catalogues import ensure_compiled

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "uk")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "uk": "Українська"}
# Babel locale used for dates, numbers and lists in each interface language.
BABEL_LOCALES = {"en": "en_GB", "uk": "uk_UA"}

Translate = Callable[[str], str]
# Alphabetical order where code-point order is wrong (Ukrainian І, Ї, Є, Ґ sort among the letters, not before А).
ALPHABETS = {"uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"}
_IGNORED_IN_SORTING = "'’ʼ"


@dataclass(frozen=True)
class Locale:
    """An interface language: `_` translates, `ngettext` picks plural forms, `date`/`number`/`join` format with Babel."""

    lang: str
    translations: gettext_module.NullTranslations = field(compare=False, repr=False)

    @property
    def babel(self) -> str:
        return BABEL_LOCALES.get(self.lang, BABEL_LOCALES[DEFAULT_LANGUAGE])

    def _(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The right plural form for `n` (Ukrainian has three)."""
        return self.translations.ngettext(singular, plural, n)

    def date(self, value: dt.date, form: str = "long") -> str:
        """E.g. '5 August 2025' in English, '5 серпня 2025 р.' in Ukrainian; `form` is a Babel format or pattern."""
        return str(babel_format_date(value, format=form, locale=self.babel))

    def number(self, value: int | float) -> str:
        """E.g. '20,000' in English, '20 000' in Ukrainian."""
        return str(format_decimal(value, locale=self.babel))

    def join(self, items: Sequence[str], style: Literal["standard", "or"] = "standard") -> str:
        """'A and B', 'A, B and C' in the interface language; style "or" gives 'A, B or C'."""
        return str(format_list(list(items), style=style, locale=self.babel)) if items else ""

    def sort_key(self, text: str) -> tuple[int, ...]:
        """A key that sorts names alphabetically in this language (accents after their letter, apostrophes ignored)."""
        alphabet = ALPHABETS.get(self.lang, "")
        order = {c: i for i, c in enumerate(alphabet)}
        # Letters of the alphabet keep their marks (Ukrainian Й, Ї are letters); other letters lose accents.
        letters = [
            c if c in order else unicodedata.normalize("NFKD", c)[0] for c in unicodedata.normalize("NFC", text.casefold())
        ]
        return tuple(order.get(c, 1000 + ord(c)) for c in letters if c not in _IGNORED_IN_SORTING)

    def text(self, record: object, column: str) -> str:
        """A record's text in this language (its `<column>_<lang>` twin where it has one), else the original."""
        translated = getattr(record, f"{column}_{self.lang}", "") if self.lang != DEFAULT_LANGUAGE else ""
        return str(translated or getattr(record, column))

    def texts(self, record: object, column: str) -> tuple[str, ...]:
        """A list column's items in this language, else the originals."""
        translated = getattr(record, f"{column}_{self.lang}", ()) if self.lang != DEFAULT_LANGUAGE else ()
        return tuple(translated or getattr(record, column))


@cache
def locale(lang: str) -> Locale:
    """The Locale for `lang`; English texts (the msgids) for an unknown language.

    The first call compiles the catalogues if they are missing or stale (a fresh copy, no `make`). Raises
    CatalogueError, naming the file and the fix, if one cannot be compiled or loaded: never a silent English.
    """
    ensure_compiled(LOCALE_DIR, [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE])
    translations = gettext_module.translation("messages", LOCALE_DIR, languages=[lang], fallback=True)
    return Locale(lang if lang in LANGUAGES else DEFAULT_LANGUAGE, translations)
