"""`python -m coalition validate`: summary on good data, exit 1 on six kinds of broken copies, no traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from coalition.__main__ import _check_export_arguments, _parser
from tests.conftest import DATA, ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalition", *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_shipped_data_validates() -> None:
    result = run("validate")
    assert result.returncode == 0
    assert result.stdout.strip() == (
        "ok: 12 statements, 340 positions, 32 reported counts, 17 membership changes, 7 series of 51 figures, 13 events, 4 quotes, 3 corrections"
    )


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "unknown country code": ("positions.csv", lambda p: _replace(p / "positions.csv", ",ARG,", ",ARX,")),
    "impossible date": ("events.csv", lambda p: _replace(p / "events.csv", "2025-05-16", "2025-05-32")),
    "duplicate key": ("quotes.csv", lambda p: _replace(p / "quotes.csv", "\nkallas,", "\nyermak,")),
    "ragged row": ("figures.csv", lambda p: _replace(p / "figures.csv", ",exact,children,", ",exact,children,,")),
    "missing datapackage.json": ("datapackage.json", lambda p: (p / "datapackage.json").unlink()),
    "corrupt datapackage.json": (
        "datapackage.json",
        lambda p: (p / "datapackage.json").write_text("{ not json", encoding="utf-8"),
    ),
}


@pytest.mark.parametrize("kind", list(BREAKS))
def test_broken_copies_are_refused(kind: str, tmp_path: Path) -> None:
    package = tmp_path / "data"
    shutil.copytree(DATA, package)
    file, breaker = BREAKS[kind]
    breaker(package)
    result = run("validate", str(package))
    assert result.returncode == 1
    assert file in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_usage_error_exits_2() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_readme_export_commands_can_be_pasted() -> None:
    """The README's export examples are real commands: no shell braces, brackets or pipes, and the CLI accepts each."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("The same exports from the command line")[1].split("```sh\n")[1].split("```")[0]
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) >= 4
    parser, export_parser, _ingest = _parser()
    for line in lines:
        assert not set(line) & set("{}[]|\\\\"), line
        command = line.split()
        assert command[:3] == [".venv/bin/python", "-m", "coalition"]
        _check_export_arguments(export_parser, parser.parse_args(command[3:]))
