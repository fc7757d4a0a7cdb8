"""Catalogues compiled at start-up: built when missing or stale, and every problem is an error naming the file."""

from __future__ import annotations

import gettext
import logging
import os
import shutil
from pathlib import Path

import pytest

from coalition.catalogues import CatalogueError, catalogue_file, ensure_compiled, main
from coalition.i18n import LOCALE_DIR


@pytest.fixture
def locale_dir(tmp_path: Path) -> Path:
    """A copy of the Ukrainian .po alone, as in a fresh clone."""
    target = catalogue_file(tmp_path, "uk", "po")
    target.parent.mkdir(parents=True)
    shutil.copy(catalogue_file(LOCALE_DIR, "uk", "po"), target)
    return tmp_path


def ukrainian(locale_dir: Path) -> gettext.GNUTranslations:
    with catalogue_file(locale_dir, "uk", "mo").open("rb") as file:
        return gettext.GNUTranslations(file)


def test_a_missing_catalogue_is_compiled(locale_dir: Path) -> None:
    ensure_compiled(locale_dir, ["uk"])
    assert ukrainian(locale_dir).gettext("Map") == "Мапа"


def test_a_stale_catalogue_is_recompiled(locale_dir: Path) -> None:
    ensure_compiled(locale_dir, ["uk"])
    po, mo = catalogue_file(locale_dir, "uk", "po"), catalogue_file(locale_dir, "uk", "mo")
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Мапа"', 'msgstr "Карта"'), encoding="utf-8")
    os.utime(mo, (po.stat().st_mtime - 10, po.stat().st_mtime - 10))
    ensure_compiled(locale_dir, ["uk"])
    assert ukrainian(locale_dir).gettext("Map") == "Карта"


def test_a_malformed_catalogue_is_an_error_naming_the_line(locale_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    po = catalogue_file(locale_dir, "uk", "po")
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Map"', 'msgid "Map"\nnot po syntax'), encoding="utf-8")
    with caplog.at_level(logging.ERROR), pytest.raises(CatalogueError, match=f"{po}: Unknown or misformatted keyword on \\d+"):
        ensure_compiled(locale_dir, ["uk"])
    assert str(po) in caplog.text
    assert not catalogue_file(locale_dir, "uk", "mo").exists()


def test_a_missing_po_and_an_unreadable_mo_are_errors(locale_dir: Path) -> None:
    with pytest.raises(CatalogueError, match=r"de/LC_MESSAGES/messages.po: missing"):
        ensure_compiled(locale_dir, ["uk", "de"])
    catalogue_file(locale_dir, "uk", "mo").write_bytes(b"not a catalogue")
    os.utime(catalogue_file(locale_dir, "uk", "po"), (0, 0))
    with pytest.raises(CatalogueError, match=r"messages.mo: cannot be loaded .* delete it"):
        ensure_compiled(locale_dir, ["uk"])


def test_the_command_compiles_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["uk"]) == 0
    assert "uk: " in capsys.readouterr().out
    assert main(["xx"]) == 1
    assert "xx/LC_MESSAGES/messages.po: missing" in capsys.readouterr().err
