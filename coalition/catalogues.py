"""Interface catalogues: compile each language's messages.po into messages.mo at start-up, and check it loads.

coalition.i18n calls ensure_compiled() once, when it is first imported, so `streamlit run app.py` and
`python -m coalition` are complete in a fresh copy without `make`. A catalogue that is missing, malformed or
unreadable raises CatalogueError (and is logged): never a silent fall-back to English.
`python -m coalition.catalogues [LANG ...]` compiles them ahead of time (make, read-only images).
"""

from __future__ import annotations

import gettext
import logging
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"
LOG = logging.getLogger(__name__)


class CatalogueError(Exception):
    """An interface catalogue cannot be compiled or loaded; the message names the file and the fix."""


def catalogue_file(locale_dir: Path, lang: str, suffix: str) -> Path:
    """E.g. coalition/locale/uk/LC_MESSAGES/messages.po for ("uk", "po")."""
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.{suffix}"


def compile_catalogue(locale_dir: Path, lang: str) -> int:
    """Compile `lang`'s .po into its .mo (replaced atomically); returns the number of translated messages.

    Raises CatalogueError if the .po is missing, malformed or translates nothing, or the .mo cannot be written.
    """
    po, mo = catalogue_file(locale_dir, lang, "po"), catalogue_file(locale_dir, lang, "mo")
    try:
        with po.open("rb") as file:
            catalogue = read_po(file, locale=lang, abort_invalid=True)
    except FileNotFoundError:
        raise CatalogueError(f"{po}: missing — the {lang} interface is built from it; restore it from the repository") from None
    except (PoFileError, ValueError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{po}: {error} — fix the entry, then check it with `make translations`") from None
    translated = sum(1 for message in catalogue if message.id and message.string and not message.fuzzy)
    if not translated:
        raise CatalogueError(f"{po}: no translated messages — restore the file from the repository")
    try:
        handle, temporary = tempfile.mkstemp(dir=mo.parent, prefix=f".{DOMAIN}-", suffix=".mo")
        with os.fdopen(handle, "wb") as out:
            write_mo(out, catalogue)
        os.replace(temporary, mo)
    except OSError as error:
        raise CatalogueError(
            f"{mo}: cannot be written ({error}) — run `python -m coalition.catalogues` where the folder is writable, "
            "e.g. when building the image"
        ) from None
    return translated


def _check_loads(mo: Path) -> None:
    try:
        with mo.open("rb") as file:
            gettext.GNUTranslations(file)
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{mo}: cannot be loaded ({error}) — delete it; it is rebuilt from messages.po") from None


def ensure_compiled(locale_dir: Path, languages: Iterable[str]) -> None:
    """Compile each language's .mo if it is missing or older than its .po, then check that each one loads.

    Raises CatalogueError listing every problem, after logging it.
    """
    problems = []
    for lang in languages:
        po, mo = catalogue_file(locale_dir, lang, "po"), catalogue_file(locale_dir, lang, "mo")
        try:
            if not mo.is_file() or not po.is_file() or mo.stat().st_mtime < po.stat().st_mtime:
                compile_catalogue(locale_dir, lang)
            _check_loads(mo)
        except CatalogueError as error:
            problems.append(str(error))
    if problems:
        message = "interface catalogues failed to load:\n" + "\n".join(f"  {p}" for p in problems)
        LOG.error(message)
        raise CatalogueError(message)


def main(argv: Sequence[str]) -> int:
    """Compile the named languages' catalogues (default: every .po under coalition/locale); exit 1 on a problem."""
    languages = list(argv) or sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    try:
        for lang in languages:
            count = compile_catalogue(LOCALE_DIR, lang)
            print(f"{lang}: {count} messages compiled into {catalogue_file(LOCALE_DIR, lang, 'mo')}")
            _check_loads(catalogue_file(LOCALE_DIR, lang, "mo"))
    except CatalogueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
