"""What every chart shares: the options it is drawn with, the Chart it returns, and its frame per medium."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Literal

import plotly.graph_objects as go

from coalition import theme

FONT = "Source Sans, Source Sans Pro, Helvetica, Arial, sans-serif"
Medium = Literal["screen", "embed", "slide", "image"]
# (width, height) in CSS pixels per view and medium; width None: as wide as the container.
SIZES: dict[str, dict[str, tuple[int | None, int]]] = {
    "map": {"screen": (None, 560), "embed": (None, 520), "slide": (None, 450), "image": (1600, 1000)},
    "timeline": {"screen": (None, 520), "embed": (None, 480), "slide": (None, 450), "image": (1600, 900)},
    "trends": {"screen": (None, 620), "embed": (None, 560), "slide": (None, 450), "image": (1600, 1000)},
    # The compare chart's height grows with its rows: this is the height of everything but the rows.
    "compare": {"screen": (None, 260), "embed": (None, 240), "slide": (None, 200), "image": (1600, 360)},
}
FONT_SIZE = {"screen": 15, "embed": 15, "slide": 20, "image": 18}
TITLE_SIZE = 26
CREDIT_SIZE = 14


def plain(text: str) -> str:
    """Text for plotly's text fields (labels, hover, titles), shown exactly as typed: plotly reads a subset of HTML
    (<a>, <b>, <br>…) and entities there, and LaTeX in a string that starts with $; all of these are escaped."""
    escaped = html.escape(text, quote=False)
    return "&#36;" + escaped[1:] if escaped.startswith("$") else escaped


@dataclass(frozen=True)
class Options:
    """How to draw: `medium` screen (a page), embed, slide (presenter, briefing) or image (PNG, SVG, standalone HTML,
    with the title and credit drawn in); `dark` for the dark theme (images are always light)."""

    medium: Medium = "screen"
    dark: bool = False
    title: str = ""
    credit: str = ""

    @property
    def palette(self) -> theme.Palette:
        return theme.palette(self.dark and self.medium != "image")


@dataclass(frozen=True)
class Chart:
    """A figure ready to draw, its text alternative and its size in pixels (width None: the container's)."""

    figure: go.Figure
    alt_text: str
    width: int | None
    height: int


def font(options: Options, scale: float = 1.0) -> dict[str, Any]:
    return {"family": FONT, "size": round(FONT_SIZE[options.medium] * scale), "color": options.palette.text}


def frame(view: str, options: Options, margin: dict[str, int], extra_height: int = 0) -> dict[str, Any]:
    """Layout of size, margins, fonts and background; for images also the title on top and the credit at the bottom.

    `extra_height` (pixels) is added to the view's height, for charts that grow with their rows.
    """
    width, height = SIZES[view][options.medium]
    height += extra_height
    layout: dict[str, Any] = {
        "height": height,
        "font": font(options),
        "paper_bgcolor": "#FFFFFF" if options.medium == "image" else "rgba(0,0,0,0)",
        "hoverlabel": {"font": {"family": FONT, "size": FONT_SIZE[options.medium]}},
        "dragmode": False,
        "margin": margin,
    }
    if width:
        layout["width"] = width
    if options.medium == "image":
        layout["margin"] = {
            **margin,
            "t": margin.get("t", 0) + 110,
            "b": margin.get("b", 0) + 60,
            "l": max(margin.get("l", 0), 30),
            "r": max(margin.get("r", 0), 30),
        }
        layout["title"] = {
            "text": plain(options.title),
            "x": 0.02,
            "xanchor": "left",
            "y": 0.98,
            "yanchor": "top",
            "font": {"family": FONT, "size": TITLE_SIZE, "color": theme.LIGHT.text},
        }
        layout["annotations"] = [
            {
                "text": plain(options.credit),
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 0,
                "yshift": -layout["margin"]["b"] + 12,
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": CREDIT_SIZE, "color": theme.LIGHT.muted},
            }
        ]
    return layout


def chart(view: str, figure: go.Figure, alt_text: str, options: Options) -> Chart:
    """The Chart of a finished figure; its size is the figure's own."""
    width, _ = SIZES[view][options.medium]
    return Chart(figure, alt_text, width, int(figure.layout.height))
