"""The static site: a page per embeddable view and language, sharing one plotly.js and the shapes, each with its
description, credit, data and (with Chromium) a PNG fallback; an index; the Embed panel's link to it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from coalition import Dataset
from coalition.site import pages, site_path, write_site
from coalition.viewstate import CompareState, MapState, QuotesState, TimelineState, TrendsState
from tests.conftest import ROOT


def test_every_statement_view_and_card_has_a_page(tiny_dataset: Dataset) -> None:
    paths = [p.path for p in pages(tiny_dataset)]
    assert {
        "en/map/featured.html",
        "en/map/tiny-vote.html",
        "uk/map/featured.html",
        "en/timeline.html",
        "uk/compare.html",
        "en/trends.html",
    } <= set(paths)
    assert {"en/country/CAN.html", "uk/country/POL.html"} <= set(paths)
    assert len(paths) == len(set(paths))


def test_pages_exist_only_for_default_views() -> None:
    assert site_path(MapState("uk", "unga-es-11-9")) == "uk/map/unga-es-11-9.html"
    assert site_path(MapState()) == "en/map/featured.html"
    assert site_path(TimelineState("uk")) == "uk/timeline.html"
    assert site_path(MapState(country="UKR")) is None
    assert site_path(TimelineState(whole_period=True)) is None
    assert site_path(CompareState(group="EU")) is None
    assert site_path(TrendsState()) == "en/trends.html"
    assert site_path(QuotesState()) is None


def test_a_page_is_whole_and_standalone(tiny_dataset: Dataset, tmp_path: Path) -> None:
    written = write_site(tiny_dataset, tmp_path, "https://example.org/app/", images=False)
    page = (tmp_path / "uk" / "map" / "tiny-vote.html").read_text(encoding="utf-8")
    assert page.startswith('<!doctype html>\n<html lang="uk">\n<head>\n<meta charset="utf-8">')
    assert '<meta name="description" content="' in page and "aria-label=" in page
    assert 'src="../../assets/plotly.min.js"' in page and 'data-topojson="../../assets/topojson/"' in page
    assert "<script>" not in page, "no inline script: the pages run under the front's Content-Security-Policy"
    # plotly.js 4's "Share chart..." button uploads the chart to Plotly Cloud: never offered.
    assert "showSendToCloud: false" in (tmp_path / "assets" / "site.js").read_text(encoding="utf-8")
    assert "https://example.org/app/map?lang=uk&amp;statement=tiny-vote" in page
    # Every word of a Ukrainian page in Ukrainian, the links and the description's summary too.
    assert all(word in page for word in ("Відкрити повну версію", "Зображення (PNG)", "Дані (CSV)", "Текстовий опис"))
    figures = json.loads(re.search(r'id="figure">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    # A wide layout and one for a phone or a narrow column, which the page's script picks by the window's width.
    assert set(figures) == {"wide", "narrow"}
    assert {t["type"] for t in figures["wide"]["data"]} >= {"choropleth", "scattergeo"}
    assert figures["narrow"]["layout"]["geo"]["projection"]["type"] != figures["wide"]["layout"]["geo"]["projection"]["type"]
    script = (tmp_path / "assets" / "site.js").read_text(encoding="utf-8")
    assert 'matchMedia("(max-width: 639px)")' in script
    assert (tmp_path / "uk" / "map" / "tiny-vote.csv").read_text(encoding="utf-8").startswith("statement_id,")
    assert (tmp_path / "assets" / "plotly.min.js").stat().st_size > 1_000_000
    assert (tmp_path / "assets" / "topojson" / "world_50m.json").exists()
    assert (tmp_path / "data" / "datapackage.json").exists()
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(str(p.relative_to(tmp_path)) in index for p in written)


def test_a_country_card_lists_every_instrument(tiny_dataset: Dataset, tmp_path: Path) -> None:
    write_site(tiny_dataset, tmp_path, images=False)
    card = (tmp_path / "en" / "country" / "POL.html").read_text(encoding="utf-8")
    assert "<h1>Poland</h1>" in card
    assert "Tiny vote: ✕ Against" in card and "Tiny statement: — Did not endorse" in card
    assert "plotly" not in card


def test_the_command_writes_the_site(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "coalition",
        "export",
        "site",
        "-o",
        str(tmp_path / "site"),
        "--no-images",
        "--data",
        "tests/fixtures/tiny",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote ") and (tmp_path / "site" / "index.html").exists()
    refused = subprocess.run([*command[:5], "--format", "png", "-o", "x"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert refused.returncode == 2 and "leave out --format" in refused.stderr
