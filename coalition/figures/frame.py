"""What every chart shares: the options it is drawn with, the Chart it returns, and its frame per medium and width."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import math
from dataclasses import dataclass
from typing import Any, Literal

import plotly.graph_objects as go

from coalition import theme
from coalition.i18n import Locale

FONT = "Source Sans, Source Sans Pro, Helvetica, Arial, sans-serif"
Medium = Literal["screen", "embed", "slide", "image", "print"]
# A page shows a chart's wide layout from this viewport width (CSS pixels) and its narrow layout below it.
BREAKPOINT = 640
# The narrowest chart the narrow layout must fit: an embed in a 300 px column less the frame's padding (a 320 px phone
# leaves 286).
NARROW_WIDTH = 266
# The narrowest chart each view's wide layout must fit: its column in a window of BREAKPOINT px (the map shares a row).
WIDE_WIDTH = {"map": 440, "timeline": 600, "trends": 600, "compare": 600}
# Slides are shown on a projector or a laptop: the presenter's window and the briefing pack are at least this wide.
SLIDE_WIDTH = 1100
# Printed charts have this width: A4 (794 px) and US Letter (816 px) portrait less 12 mm margins and the page's padding.
PRINT_WIDTH = 660
# (width, height) in CSS pixels per view and medium; width None: as wide as the container.
SIZES: dict[str, dict[str, tuple[int | None, int]]] = {
    "map": {
        "screen": (None, 560),
        "embed": (None, 520),
        "slide": (None, 450),
        "image": (1600, 1000),
        "print": (PRINT_WIDTH, 420),
    },
    "timeline": {
        "screen": (None, 520),
        "embed": (None, 480),
        "slide": (None, 450),
        "image": (1600, 900),
        "print": (PRINT_WIDTH, 480),
    },
    "trends": {
        "screen": (None, 620),
        "embed": (None, 560),
        "slide": (None, 450),
        "image": (1600, 1000),
        "print": (PRINT_WIDTH, 620),
    },
    # The compare chart's height grows with its rows: this is the height of everything but the rows.
    "compare": {
        "screen": (None, 260),
        "embed": (None, 240),
        "slide": (None, 200),
        "image": (1600, 360),
        "print": (PRINT_WIDTH, 300),
    },
}
# An embed's frame where the page runs no script: (percent of its width, pixels) high. Lines above the content's height
# (title, chart in the layout that width gets, credit) measured at 300, 400, 640 and 1000 px wide, with 15 px to spare;
# the embed's script sets the exact height.
EMBED_HEIGHT = {"map": (3, 672), "timeline": (-19, 803), "trends": (-42.5, 1376), "compare": (0, 3030)}
FONT_SIZE = {"screen": 15, "embed": 15, "slide": 20, "image": 18, "print": 13}
TITLE_SIZE = 26
IMAGE_TITLE_AND_CREDIT = 170  # pixels an image adds above and below the chart for them
CREDIT_SIZE = 14
# Average width of a character, in ems, for laying out labels before the browser measures them (a little wide on purpose).
CHAR_EM = 0.58
GAP = 8  # pixels between a marker and its label, and between two labels or ticks


@dataclass(frozen=True)
class Options:
    """How to draw: `medium` screen (a page), embed, slide (presenter, briefing), print (a page on paper) or image (PNG,
    SVG, standalone HTML, with the title and credit drawn in); `narrow` for a column narrower than BREAKPOINT (phones,
    narrow embeds). On a page the chart takes its text and background colours from the page's theme, so it follows a
    switch between light and dark; on paper and in images it is light."""

    medium: Medium = "screen"
    narrow: bool = False
    title: str = ""
    credit: str = ""

    @property
    def palette(self) -> theme.Palette:
        return theme.LIGHT if self.medium in ("image", "print") else theme.PAGE


@dataclass(frozen=True)
class Chart:
    """A figure ready to draw, its text alternative and its size in pixels (width None: the container's)."""

    figure: go.Figure
    alt_text: str
    width: int | None
    height: int


def min_width(view: str, options: Options) -> int:
    """The narrowest the view's chart will be drawn for `options`, in CSS pixels: its layout must fit it."""
    fixed = SIZES[view][options.medium][0]
    if fixed:
        return fixed
    if options.narrow:
        return NARROW_WIDTH
    return SLIDE_WIDTH if options.medium == "slide" else WIDE_WIDTH[view]


def font(options: Options, scale: float = 1.0) -> dict[str, Any]:
    return {"family": FONT, "size": round(FONT_SIZE[options.medium] * scale), "color": options.palette.text}


def text_width(text: str, size: float) -> float:
    """Estimated width in pixels of one line of `text` at font `size`."""
    return len(text) * size * CHAR_EM


def plain(text: str) -> str:
    """Text for plotly's text fields (labels, hover, titles), shown exactly as typed: plotly reads a subset of HTML
    (<a>, <b>, <br>…) and entities there, and LaTeX in a string that starts with $; all of these are escaped."""
    escaped = html.escape(text, quote=False)
    return "&#36;" + escaped[1:] if escaped.startswith("$") else escaped


def wrap(text: str, width: float, size: float) -> str:
    """`text` broken into lines (plotly's <br>) of at most `width` pixels at font `size`, each line `plain`; a single
    long word stays whole."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "<br>".join(plain(line) for line in lines)


def date_ticks(start: dt.date, end: dt.date, loc: Locale, width: float, size: int) -> dict[str, Any]:
    """Horizontal ticks formatted by Babel in the interface language, as dense as fits: the 1st and 15th of each
    month, month starts, quarters or years."""
    days = [start + dt.timedelta(days=d) for d in range(1, (end - start).days + 1)]
    schemes = [
        ([d for d in days if d.day in (1, 15)], "d MMM"),
        ([d for d in days if d.day == 1], "LLL"),
        ([d for d in days if d.day == 1 and d.month in (1, 4, 7, 10)], "LLL y"),
        ([d for d in days if d.day == 1 and d.month == 1], "y"),
    ]
    per_day = width / max((end - start).days, 1)
    for ticks, form in schemes:
        labels = [loc.date(t, form) for t in ticks]
        widest = max((text_width(label, size) for label in labels), default=0)
        if len(ticks) >= 2 and min((b - a).days for a, b in itertools.pairwise(ticks)) * per_day > widest + GAP:
            return {"tickvals": ticks, "ticktext": labels, "tickangle": 0}
    # None fits: the sparsest scheme that has a tick in the range (a short range has no 1 January), every n-th tick.
    ticks, form = next(((t, f) for t, f in reversed(schemes) if t), ([days[len(days) // 2]], "d MMM y"))
    labels = [loc.date(t, form) for t in ticks]
    spacing = min(((b - a).days for a, b in itertools.pairwise(ticks)), default=1) * per_day
    step = max(1, math.ceil((max(text_width(label, size) for label in labels) + GAP) / max(spacing, 1e-9)))
    return {"tickvals": ticks[::step], "ticktext": labels[::step], "tickangle": 0}


def legend_lines(names: list[str], width: float, size: float) -> int:
    """How many lines a horizontal legend of `names` takes in `width` pixels (each entry: symbol, gap, text)."""
    lines, used = 1, 0.0
    for name in names:
        entry = 46 + text_width(name, size)
        if used and used + entry > width:
            lines, used = lines + 1, 0.0
        used += entry
    return lines


def content_height(view: str, options: Options, needed: int) -> int:
    """The height of a chart whose plot and margins need `needed` pixels; an image adds its title and credit and a
    slide its room on the slide, and both keep at least their standard size."""
    if options.medium == "image":
        return max(needed + IMAGE_TITLE_AND_CREDIT, SIZES[view]["image"][1])
    if options.medium == "slide":
        return max(needed, SIZES[view]["slide"][1])
    return needed


def frame(view: str, options: Options, margin: dict[str, int], height: int | None = None) -> dict[str, Any]:
    """Layout of size, margins, fonts and background; for images also the title on top and the credit at the bottom.

    `height` (pixels) replaces the view's height for the medium, for charts whose height follows their content (see
    content_height).
    """
    width, default_height = SIZES[view][options.medium]
    layout: dict[str, Any] = {
        "height": height or default_height,
        "font": font(options),
        "paper_bgcolor": "#FFFFFF" if options.medium in ("image", "print") else "rgba(0,0,0,0)",
        "hoverlabel": {"font": {"family": FONT, "size": FONT_SIZE[options.medium]}},
        "dragmode": False,
        "margin": margin,
    }
    if width:
        layout["width"] = width
    if options.palette is theme.PAGE:
        # No template of plotly.py's: in the app Streamlit's chart theme gives the page's colours; in a standalone page
        # or the briefing pack, plotly.js's own defaults (dark grey text on white).
        layout["template"] = "none"
    if options.medium == "image":
        layout["margin"] = {
            **margin,
            "t": margin.get("t", 0) + IMAGE_TITLE_AND_CREDIT - 60,
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
