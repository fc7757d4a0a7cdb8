"""Exports: rows exactly as filtered, images of the requested size, SVG with the country paths, the zip validates."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coalition import Dataset
from coalition.cite import citation
from coalition.export import data_package_zip, export, image_chart, rows_csv, view_rows
from coalition.i18n import locale
from coalition.text import credit_line
from coalition.viewstate import CompareState, MapState, QuotesState, TimelineState, TrendsState
from tests.conftest import ROOT


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_map_rows_are_all_forty_endorsers(dataset: Dataset) -> None:
    rows = view_rows(dataset, MapState())
    assert len(rows) == 40
    assert rows.loc[rows.party_id == "UKR", "position"].item() == "co_chair"
    assert set(rows.statement_id) == {"coalition-2025-08-05"}
    assert rows.loc[rows.party_id == "HRV", "eu_member"].item()


def test_timeline_rows_follow_the_kind_filter(dataset: Dataset) -> None:
    rows = view_rows(dataset, TimelineState(kinds=("negotiation_round",)))
    assert list(rows.event_id) == ["istanbul-1", "istanbul-2", "istanbul-3"]


def test_quote_csv_and_json_hold_exactly_the_filtered_rows(dataset: Dataset) -> None:
    state = QuotesState(q="Istanbul")
    records = list(csv.DictReader(io.StringIO(export(dataset, state, "csv").decode("utf-8"))))
    assert [r["quote_id"] for r in records] == ["sybiha"]
    document = json.loads(export(dataset, state, "json", "http://example.org/quotes?q=Istanbul"))
    assert [r["quote_id"] for r in document["rows"]] == ["sybiha"]
    assert document["license"] == "CC-BY-4.0"
    assert document["view_url"] == "http://example.org/quotes?q=Istanbul"
    assert "UNITED24 Media" in document["credit"]


def test_ukrainian_names_in_exported_rows(dataset: Dataset) -> None:
    rows = view_rows(dataset, MapState(lang="uk"))
    assert rows.loc[rows.party_id == "DEU", "name"].item() == "Німеччина"


def test_png_has_the_requested_size(dataset: Dataset) -> None:
    assert png_size(export(dataset, MapState(), "png")) == (1600, 1000)
    assert png_size(export(dataset, TimelineState(), "png")) == (1600, 900)


def test_svg_contains_the_country_paths_and_the_credit(dataset: Dataset) -> None:
    svg = export(dataset, MapState(country="UKR"), "svg").decode("utf-8")
    assert svg.count('class="choroplethlocation"') == 38
    assert "Licence: CC BY 4.0" in svg
    assert "Selected: Ukraine" in svg


@pytest.mark.parametrize("state", [MapState(region="world", lang="uk"), MapState(region="europe", outline="COE")])
def test_map_svg_carries_only_what_shows_and_fits_a_cms(dataset: Dataset, state: MapState) -> None:
    """Many newsrooms' CMSs refuse files over a few megabytes: the map's SVG stays under 1.5 MB, every endorsing state
    still drawn, coordinates to a tenth of a pixel."""
    svg = export(dataset, state, "svg")
    assert len(svg) <= 1_500_000
    text = svg.decode("utf-8")
    locations = re.findall(r'<path class="choroplethlocation"[^>]* d="([^"]*)"', text)
    # 38 endorsing states; the world's 1:110m shapes have no Liechtenstein or Malta (their symbols mark them).
    assert len(locations) >= (36 if state.region == "world" else 38)
    assert all(d.startswith("M") and d.endswith("Z") for d in locations)
    assert not re.search(r"\d\.\d{2,}", " ".join(locations))


def test_html_inlines_plotly_and_the_shapes(dataset: Dataset) -> None:
    html = export(dataset, MapState(region="world"), "html").decode("utf-8")
    assert "window.PlotlyGeoAssets" in html
    assert '"world_110m"' in html and '"world_50m"' not in html
    europe = export(dataset, MapState(region="europe"), "html").decode("utf-8")
    assert '"world_50m"' in europe and '"world_110m"' not in europe
    # Unchosen, a phone opens on Europe and a wider window on the world: the page carries both.
    both = export(dataset, MapState(), "html").decode("utf-8")
    assert '"world_50m"' in both and '"world_110m"' in both
    assert "cdn.plot.ly" not in html.split("<body>")[1].split("plotly.js v")[0]
    assert "<script src=" not in html
    assert "showSendToCloud: false" in html  # plotly.js 4's "Share chart..." uploads to its cloud


def test_citation_names_dataset_version_url_and_source(dataset: Dataset) -> None:
    cite = citation(dataset, "http://localhost:8501/map?country=UKR", locale("en"))
    for text in (cite.text, cite.bibtex):
        assert "2.0.0" in text
        assert "http://localhost:8501/map?country=UKR" in text
        assert "UNITED24 Media" in text
    assert cite.bibtex.startswith("@misc{coalition-coalition-2025-08-05-v2-0-0,")
    vote = citation(dataset, "http://h/map?statement=unga-es-11-9", locale("en"), "unga-es-11-9")
    assert vote.bibtex.startswith("@misc{coalition-unga-es-11-9-v2-0-0,") and "UNITED24" not in vote.text
    assert credit_line(dataset, locale("en")).endswith("Licence: CC BY 4.0 · Data as of 29 November 2026")


def test_data_package_zip_holds_every_file_but_the_drafts(dataset: Dataset, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(dataset.path, copy)
    (copy / "drafts").mkdir(exist_ok=True)
    (copy / "drafts" / "next.csv").write_text("unreviewed\n", encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(data_package_zip(dataclasses.replace(dataset, path=copy)))) as archive:
        names = archive.namelist()
        assert archive.read("data/datapackage.json") == (copy / "datapackage.json").read_bytes()
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_DEFLATED}
    kept = sorted(p.relative_to(copy) for p in copy.rglob("*") if p.is_file() and "drafts" not in p.relative_to(copy).parts)
    expected = [str(Path("data") / p) for p in kept]
    assert names == expected and len(names) > 10


def test_data_package_zip_validates(dataset: Dataset, tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data_package_zip(dataset))) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert "data/datapackage.json" in names
    assert "data/sources/coalition-statement-2025-08-05.txt" in names
    result = subprocess.run(
        [sys.executable, "-m", "coalition", "validate", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: 12 statements, 340 positions")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalition", *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_export_command_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    result = run_cli("export", "quotes", "--format", "csv", "-o", str(out), "--q", "sanctions")
    assert result.returncode == 0, result.stderr
    assert [r["quote_id"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["kallas"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "map", "--format", "gif", "-o", "x"], "invalid choice: 'gif'"),
        (["export", "map", "--format", "png", "-o", "x", "--country", "XXX"], "There is no country with the code “XXX”"),
        (["export", "quotes", "--format", "png", "-o", "x"], "the quotes view has no chart"),
        (["export", "atlas", "--format", "csv", "-o", "x"], "invalid choice: 'atlas'"),
    ],
)
def test_export_command_refuses_bad_arguments(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_selection_still_has_a_header(dataset: Dataset) -> None:
    assert export(dataset, QuotesState(q="no such words"), "csv").decode("utf-8").startswith("quote_id,date,speaker,")


def test_compare_rows_are_one_per_state_and_instrument(dataset: Dataset) -> None:
    rows = view_rows(dataset, CompareState(lang="uk", group="G7"))
    assert list(rows.columns) == [
        "party_id",
        "name",
        "statement_id",
        "statement",
        "date",
        "list_status",
        "category",
        "confidence",
        "inferred",
        "source_url",
    ]
    columns = rows.statement_id.nunique()
    assert len(rows) == 7 * columns
    japan = rows[(rows.party_id == "JPN") & (rows.statement_id == "coalition-2025-08-05")].iloc[0].to_dict()
    assert japan["name"] == "Японія" and japan["category"] == "signatory" and japan["confidence"] == "high"
    assert japan["date"] == "2025-08-05" and japan["list_status"] == "complete" and not japan["inferred"]
    assert japan["source_url"].startswith("https://united24media.com/")
    usa = rows[(rows.party_id == "USA") & (rows.statement_id == "unga-es-11-9")].iloc[0]
    assert usa["category"] == "in_favour"
    unknown = rows[(rows.party_id == "FRA") & (rows.statement_id == "unga-es-11-9")].iloc[0]
    assert (unknown["category"], unknown["confidence"], unknown["source_url"]) == ("unknown", "", "")
    inferred = rows[(rows.party_id == "USA") & (rows.statement_id == "osce-moscow-2023-03-30")].iloc[0]
    assert inferred["inferred"]


def test_trends_rows_are_every_dated_value_of_the_series_shown(dataset: Dataset) -> None:
    rows = view_rows(dataset, TrendsState(series=("returned-bkbu",)))
    assert list(rows.columns) == [
        "series_id",
        "series",
        "figure_id",
        "as_of",
        "value",
        "qualifier",
        "confidence",
        "publisher",
        "source_url",
        "note",
    ]
    assert set(rows.series_id) == {"returned-bkbu"}
    assert list(rows.as_of) == sorted(rows.as_of)
    same_day = rows[rows.as_of == "2025-09-23"]
    assert list(same_day.value) == [1625, 1652] and len(set(same_day.publisher)) == 2
    assert rows.iloc[0]["series"] == "Children returned under Bring Kids Back UA"
    uk = view_rows(dataset, TrendsState(lang="uk", series=("returned-bkbu",)))
    assert uk.iloc[0]["series"] != rows.iloc[0]["series"]
    everything = view_rows(dataset, TrendsState())
    assert set(everything.series_id) == {s.series_id for s in dataset.series}


def test_standalone_html_declares_charset_language_and_description(dataset: Dataset) -> None:
    """Served without a charset header, a browser decides the encoding from the first 1024 bytes: the charset comes
    first, before any Cyrillic; the page says its language and what the chart shows."""
    page = export(dataset, MapState(lang="uk"), "html")
    head = page[:1024].decode("utf-8", errors="ignore")
    assert head.startswith('<!doctype html>\n<html lang="uk">\n<head>\n<meta charset="utf-8">')
    text = page.decode("utf-8")
    assert text.index("<meta charset") < text.index("<title>") < text.index("PlotlyGeoAssets")
    description = re.search(r'<meta name="description" content="([^"]+)">', text)
    assert description and "Мапа" in description.group(1)
    assert '<p class="credit">' in text and "CC BY 4.0" in text


def test_csv_for_excel_starts_with_a_byte_order_mark(dataset: Dataset) -> None:
    """Excel on Windows and LibreOffice read a CSV as UTF-8 when it starts with a BOM; the plain CSV has none."""
    rows = view_rows(dataset, MapState(lang="uk"))
    excel, plain = rows_csv(rows, bom=True), rows_csv(rows)
    assert excel.startswith(b"\xef\xbb\xbf") and not plain.startswith(b"\xef\xbb\xbf")
    assert excel[3:] == plain
    assert "Аргентина" in excel.decode("utf-8-sig")


def test_an_image_is_the_chosen_view_with_its_title_and_credit_on_white(dataset: Dataset) -> None:
    """What kaleido draws (the slow tests check the pixels): a fixed size, the view's title and the credit of the
    statement shown, in the state's language, dark text on white whatever the page's theme."""
    chart = image_chart(dataset, MapState(lang="uk", statement="unga-es-11-9"))
    assert (chart.width, chart.height) == (1600, 1000)
    assert chart.figure.layout.title.text == "Повернення українських дітей (резолюція Генеральної Асамблеї ООН A/RES/ES-11/9)"
    credit = chart.figure.layout.annotations[0].text
    assert credit.startswith("Джерело: United Nations (Meetings Coverage and Press Releases)") and "CC BY 4.0" in credit
    assert (chart.figure.layout.paper_bgcolor, chart.figure.layout.font.color) == ("#FFFFFF", "#0B0D10")
    assert {t.type for t in chart.figure.data} >= {"choropleth"}
