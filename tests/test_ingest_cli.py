"""`python -m coalition ingest`: usage errors exit 2, bad input exits 1 with a message, never a traceback, no network."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from coalition.__main__ import main
from tests.conftest import DATA, ROOT
from tests.test_ingest import SEED, SEED_URL, _featured, _without

FORMATS = ROOT / "tests" / "fixtures" / "ingest" / "formats"
DRAFT_ARGS = ["--statement", "test-statement", "--date", "2025-08-05", "--url", "https://example.org/statement"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coalition", "ingest", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the shipped data package."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy, ignore=shutil.ignore_patterns("drafts"))
    return copy


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give the saved article FILE, or --apply DRAFT_DIR"),
        ([str(SEED)], "drafting needs --statement, --date, --url"),
        ([str(SEED), "--statement", "Bad Id", "--date", "2025-08-05", "--url", "https://e.org/"], "--statement: 'Bad Id'"),
        (
            [str(SEED), "--statement", "x", "--date", "5 Aug 2025", "--url", "https://e.org/"],
            "--date: '5 Aug 2025' is not a date",
        ),
        ([str(SEED), "--statement", "x", "--date", "2025-08-05", "--url", "e.org"], "--url: 'e.org' is not an http(s) URL"),
        ([str(SEED), *DRAFT_ARGS, "--kind", "petition"], "invalid choice: 'petition'"),
        ([str(SEED), "--apply", "data/drafts/x"], "not both"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ingest", *args])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def _huge(path: Path, size: int) -> None:
    line = b"Austria, Belgium and Canada signed.\n"
    path.write_bytes(line * (size // len(line) + 1))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.md", b"  \n\n ", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 8, "this is a binary file"),
        ("latin1.txt", "Côte d'Ivoire".encode("latin-1"), "not UTF-8 text"),
        ("markup.html", b"<html><head><script>var a = 1;</script></head><body><div></div></body></html>", "no text found"),
        ("digits.txt", b"12, 13; 14\n", "no text found"),
        ("statement.pdf", b"%PDF-1.4", "ingest reads .txt, .md and .html files"),
        ("missing.txt", None, "cannot read the file"),
        ("huge.txt", 3_000_000, "characters of text is more than an article"),
        ("huge.html", 11_000_000, "bytes is more than an article"),
    ],
)
def test_bad_input_exits_1_with_a_message_and_no_traceback(
    tmp_path: Path, name: str, content: bytes | int | None, message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, int):
        _huge(path, content)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    result = run(str(path), *DRAFT_ARGS, "--data", str(tmp_path / "data"))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "data" / "drafts").exists()


def test_a_draft_prints_its_report_and_keeps_an_archived_copy(package: Path) -> None:
    result = run(str(FORMATS / "ambiguous.txt"), *DRAFT_ARGS, "--data", str(package))
    assert result.returncode == 0, result.stderr
    draft = package / "drafts" / "test-statement"
    assert result.stdout == (draft / "report.md").read_text(encoding="utf-8")
    assert (
        "- row 2, line 3: 'Congo' could be Congo (COG) or Congo, The Democratic Republic of the (COD): set party_id"
        in result.stdout
    )
    assert (draft / "sources" / "example-org-2025-08-05.txt").read_text(encoding="utf-8") == (
        FORMATS / "ambiguous.txt"
    ).read_text(encoding="utf-8")
    again = run(str(FORMATS / "ambiguous.txt"), *DRAFT_ARGS, "--data", str(package))
    assert again.returncode == 1
    assert "exists (a draft under review?)" in again.stderr
    assert run(str(FORMATS / "ambiguous.txt"), *DRAFT_ARGS, "--data", str(package), "--force").returncode == 0


def test_applying_a_draft_with_unresolved_names_exits_1_and_changes_nothing(package: Path) -> None:
    assert run(str(FORMATS / "ambiguous.txt"), *DRAFT_ARGS, "--data", str(package)).returncode == 0
    before = (package / "positions.csv").read_bytes()
    result = run("--apply", str(package / "drafts" / "test-statement"), "--data", str(package))
    assert result.returncode == 1
    assert "nothing applied" in result.stderr
    assert "drafts/test-statement/positions.csv:3: party_id: the value is required but empty" in result.stderr
    assert (package / "positions.csv").read_bytes() == before


def test_a_missing_data_package_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    result = run(str(FORMATS / "ambiguous.txt"), *DRAFT_ARGS, "--data", str(tmp_path / "dta"))
    assert result.returncode == 1
    assert "no datapackage.json in" in result.stderr
    assert not (tmp_path / "dta").exists()


def test_apply_of_something_that_is_not_a_draft_exits_1(package: Path) -> None:
    result = run("--apply", str(package), "--data", str(package))
    assert result.returncode == 1
    assert "not a draft folder" in result.stderr


def test_ingesting_html_sends_no_request(
    package: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a request left the machine")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert main(["ingest", str(FORMATS / "statement.html"), *DRAFT_ARGS, "--data", str(package)]) == 0
    assert "Parties: 6 rows in published order" in capsys.readouterr().out


def test_the_seed_applies_from_the_command_line(package: Path) -> None:
    _without(package, "positions")
    args = ["--statement", "coalition-2025-08-05", "--date", "2025-08-05", "--url", SEED_URL, "--data", str(package)]
    assert run(str(SEED), *args).returncode == 0
    result = run("--apply", str(package / "drafts" / "coalition-2025-08-05"), "--data", str(package))
    assert (result.returncode, result.stdout) == (0, "applied coalition-2025-08-05: 40 row(s) added to positions.csv\n")
    assert _featured(package) == _featured(DATA)
