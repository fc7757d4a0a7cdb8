"""Text from outside stays text: properties over any string for the markdown and plotly escapers, the URL parser,
spreadsheet cells, BibTeX fields and JSON inside HTML."""

from __future__ import annotations

import html
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from coalition import Dataset
from coalition.cite import bibtex_text, bibtex_url
from coalition.export import spreadsheet_safe
from coalition.figures.frame import plain
from coalition.standalone import script_json
from coalition.ui.markup import WORD_JOINER, md, visible
from coalition.viewstate import PARAMS, from_query, to_query

# A CommonMark renderer with GFM's autolinks, tables and strikethrough, and $ maths: a stand-in for Streamlit's.
RENDERER = MarkdownIt("gfm-like").use(dollarmath_plugin)
HOSTILE = [
    "[l](javascript:alert(1)) :red[x] **b** $$y$$",
    "https://evil.example/ www.evil.example a@b.example",
    "x\n===\ny",
    "<img src=x onerror=alert(1)>",
    "    indented code",
    "# heading",
    "> quote",
    "| a | b |\n|---|---|",
    ":material/home: :smile:",
    "\\*not bold\\*",
]
TEXT = st.one_of(
    st.sampled_from(HOSTILE), st.text(max_size=80), st.text(alphabet="[]()*_`#<>!:$\\@./-|~=+ \nawwhttps", max_size=60)
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_markdown_shows_any_string_as_that_string(text: str) -> None:
    rendered = RENDERER.render(md(text)).strip()
    expected = " ".join(visible(text).split())
    if not expected:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner, f"an element was created: {rendered}"
    assert html.unescape(inner).replace(WORD_JOINER, "") == expected


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_plotly_text_shows_any_string_as_that_string(text: str) -> None:
    escaped = plain(text)
    assert "<" not in escaped and ">" not in escaped
    assert not escaped.startswith("$")
    assert html.unescape(escaped) == text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_spreadsheet_cells_never_start_a_formula(text: str) -> None:
    cell = spreadsheet_safe(text)
    assert isinstance(cell, str)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (text, "'" + text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_bibtex_fields_cannot_be_closed_by_data(text: str) -> None:
    field = bibtex_text(text)
    depth = 0
    for index, ch in enumerate(field):
        escaped = index > 0 and field[index - 1] == "\\"
        depth += (ch == "{") - (ch == "}") if not escaped else 0
        assert depth >= 0
    assert "{" not in bibtex_url(text) and "}" not in bibtex_url(text)


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(
        st.text(max_size=20), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    )
)
def test_json_inside_a_script_cannot_end_it(value: object) -> None:
    encoded = script_json(value)
    assert "<" not in encoded and ">" not in encoded
    assert json.loads(encoded) == value


PAGES_AND_PARAMS = [(page, name) for page, params in PARAMS.items() for name in (*params, "lang", "statement")]


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(PAGES_AND_PARAMS),
    st.one_of(st.text(max_size=300), st.sampled_from(["1" * 4301, "٣", "²", "-1", "1e3", " 2 ", "\x00"])),
)
def test_any_query_gives_a_view_or_a_notice(dataset: Dataset, page_param: tuple[str, str], value: str) -> None:
    page, name = page_param
    parsed = from_query(page, {name: value}, dataset)
    canonical = to_query(parsed.state)
    assert from_query(page, canonical, dataset).state == parsed.state
    assert all(len(notice) < 400 and "\n" not in notice for notice in parsed.notices)
    if name != "q":
        assert all(value not in v or value in ("", "1", "0") or re.fullmatch(r"[\w.,-]*", value) for v in canonical.values())
