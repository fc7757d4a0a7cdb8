"""Shared fixtures: the shipped data package and writable copies of the tiny fixture package."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from coalition import Dataset, load_dataset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TINY = Path(__file__).resolve().parent / "fixtures" / "tiny"


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset(DATA)


@pytest.fixture(scope="session")
def tiny_dataset() -> Dataset:
    return load_dataset(TINY)


@pytest.fixture
def tiny_copy(tmp_path: Path) -> Path:
    """A writable copy of the tiny fixture package."""
    target = tmp_path / "package"
    shutil.copytree(TINY, target)
    return target


EditCsv = Callable[[Path, str, str, str], None]


@pytest.fixture
def replace_in() -> EditCsv:
    """Replace text in one file of a package copy, failing if the text is not there."""

    def replace(package: Path, file: str, old: str, new: str) -> None:
        path = package / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {file}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return replace
