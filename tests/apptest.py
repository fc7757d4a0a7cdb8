"""AppTest helpers: open a page as a browser does, and read what the reader sees."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from streamlit.testing.v1 import AppTest

APP = "../app.py"


def open_page(page: str, **params: str) -> AppTest:
    """A fresh session that opens `page` with the URL parameters `params`, as a browser does."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page(page)
    at.query_params.update(params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def plain(markdown: str) -> str:
    """Markdown source as the reader sees it: backslash escapes resolved, invisible word joiners removed."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def notices(at: AppTest) -> list[str]:
    """The URL notices: plain text, each in its box."""
    return [t.value.removeprefix("ⓘ ") for t in at.text if t.value.startswith("ⓘ ")]


def markdown_text(at: AppTest) -> str:
    """The page's markdown and captions as the reader sees them: escapes resolved, word joiners removed."""
    return plain("\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption))


@dataclass(frozen=True)
class Drawn:
    """A chart as the page sends it: its widget key, plotly figure and config (JSON), and text alternative."""

    key: str
    figure: dict[str, Any]
    config: dict[str, Any]
    alt: str


def drawn(at: AppTest) -> list[Drawn]:
    """The page's charts (coalition.ui.plotchart's component), in page order."""
    charts = [(c.key, json.loads(c.proto.json)) for c in at.get("bidi_component")]
    return [Drawn(str(key), d["figure"], d["config"], d["alt"]) for key, d in charts]


def figure(at: AppTest, index: int = 0) -> dict[str, Any]:
    return drawn(at)[index].figure


def link_queries(at: AppTest) -> dict[str, dict[str, str]]:
    """Each page link's label and the query it opens."""
    return {link.proto.label: dict(parse_qsl(link.proto.query_string)) for link in at.get("page_link")}
