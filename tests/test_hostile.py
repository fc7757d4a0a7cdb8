"""The ten faults of the hostile-input probe, each as it was found: text from the URL or the data stays text."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from coalition import load_dataset
from coalition.briefing import briefing_html
from coalition.cite import citation
from coalition.export import export
from coalition.figures import build
from coalition.i18n import locale
from coalition.viewstate import MapState, PresentState, QuotesState, TimelineState
from tests.apptest import open_page, plain
from tests.conftest import ROOT, EditCsv

MARKUP = "[l](javascript:alert(1)) :red[x] **b** $$y$$"
LINK = "<a href='http://e.x'>x</a>"
RENDERER = MarkdownIt("gfm-like")


def elements(markdown: str) -> list[str]:
    """The elements a markdown string would create besides its paragraph."""
    return [tag for tag in re.findall(r"<(\w+)", RENDERER.render(markdown)) if tag != "p"]


def test_1_a_slide_number_of_4301_digits_is_a_notice() -> None:
    at = open_page("pages/present.py", slide="1" * 4301)
    assert any("There is no slide" in t.value for t in at.text)
    assert "slide" not in at.query_params, "the bad number never reaches the address"
    assert plain(at.title[0].value) == "Return Ukraine's children"


@pytest.mark.parametrize(
    ("page", "param"), [("pages/overview.py", "lang"), ("pages/map.py", "country"), ("pages/quotes.py", "quote")]
)
def test_2_url_text_in_a_notice_is_plain_text(page: str, param: str) -> None:
    at = open_page(page, **{param: "https://evil.example/"})
    shown = [t.value for t in at.text if "evil" in t.value]
    assert shown and not at.info, "notices are plain text elements, never markdown"


def test_2_a_search_with_a_heading_in_it_stays_one_line() -> None:
    at = open_page("pages/quotes.py", q="x\n===\ny")
    (box,) = [i.value for i in at.info if "No quote matches" in i.value]
    assert elements(box) == []


@pytest.fixture
def hostile(tiny_copy: Path, replace_in: EditCsv, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tiny package with markup in an organisation's name, a licence path, an event label and a quote."""
    replace_in(tiny_copy, "organisations.csv", "the European Union,", f'"the European Union {MARKUP}",')
    replace_in(tiny_copy, "organisations.csv", "EU,European Union,", "EU,EU <!--<script>,")
    replace_in(
        tiny_copy,
        "events.csv",
        "List handed over,УК List handed over,List handed over",
        f'List handed over,УК List handed over,"{LINK}"',
    )
    replace_in(tiny_copy, "quotes.csv", "Test Ministry,", '=HYPERLINK("http://e.x"),')
    descriptor = tiny_copy / "datapackage.json"
    descriptor.write_text(
        descriptor.read_text(encoding="utf-8").replace("https://creativecommons.org/licenses/by/4.0/", "x) [evil](http://e.x"),
        encoding="utf-8",
    )
    monkeypatch.setenv("COALITION_DATA", str(tiny_copy))
    return tiny_copy


def test_3_data_text_in_markdown_creates_no_element(hostile: Path) -> None:
    at = open_page("pages/overview.py")
    assert elements(at.title[0].value) == []
    assert "javascript" not in str(
        [m.value for m in at.markdown if "](" in m.value and "javascript:" in m.value.replace("\\", "")]
    )
    footer = next(m.value for m in at.markdown if "Data as of" in m.value)
    anchors = re.findall(r'<a href="([^"]*)"', RENDERER.render(footer))
    assert anchors == ["https://example.org/article"], "only the source's link; the licence path is no URL, so no link"


def test_4_data_text_reaches_plotly_as_text(hostile: Path) -> None:
    data = load_dataset(hostile)
    figure = build(TimelineState(kinds=("list_handover",)), data).figure
    labels = [label for trace in figure.data if trace.text for label in trace.text]
    assert labels == ["&lt;a href='http://e.x'&gt;x&lt;/a&gt;"]
    page = export(data, TimelineState(kinds=("list_handover",)), "html").decode("utf-8")
    assert "<a href='http://e.x'>" not in page


def test_5_csv_cells_are_safe_in_spreadsheets(hostile: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(load_dataset(hostile), QuotesState(), "csv").decode("utf-8"))))
    assert rows[0]["organisation"] == '\'=HYPERLINK("http://e.x")'


def test_6_bibtex_fields_cannot_be_broken_out_of(hostile: Path, replace_in: EditCsv) -> None:
    descriptor = hostile / "datapackage.json"
    text = descriptor.read_text(encoding="utf-8")
    descriptor.write_text(text.replace('"version": "2.0.0"', '"version": "2}}, note = {x"', 1), encoding="utf-8")
    bibtex = citation(load_dataset(hostile), "http://h/", locale("en")).bibtex
    assert "note = {x}" not in bibtex
    assert re.match(r"@misc\{[A-Za-z0-9-]+,", bibtex)


def test_7_a_name_with_a_comment_leaves_the_briefing_whole(hostile: Path) -> None:
    page = briefing_html(load_dataset(hostile), PresentState())
    scripts = page.split('<script type="application/json" id="figures">')[1]
    assert "<!--" not in scripts.split("</script>")[0]
    assert "Plotly.newPlot" in scripts


def test_8_malformed_descriptors_give_problems_not_tracebacks(tiny_copy: Path) -> None:
    descriptor = tiny_copy / "datapackage.json"
    descriptor.write_text(
        descriptor.read_text(encoding="utf-8").replace('"primaryKey": [', '"primaryKey": 5, "x": [', 1), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "coalition", "validate", str(tiny_copy)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "datapackage.json:" in result.stderr


def test_10_make_run_listens_on_this_machine_only() -> None:
    dry = subprocess.run(["make", "-n", "run"], capture_output=True, text=True, cwd=ROOT, check=False).stdout
    assert "--server.address 127.0.0.1" in dry


def test_links_to_a_hostile_statement_id_are_never_made(hostile: Path) -> None:
    at = open_page("pages/map.py", statement="<script>", country="<b>")
    assert dict(at.query_params) == {"lang": "en"}
    assert MapState() == MapState(statement="")
