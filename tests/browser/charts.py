"""Browser helpers for charts: the layouts' containers, a click on a plotly point, waiting until charts stop
moving, what a reader would see wrong in them (text cut or overlapping, a page that scrolls sideways), and the text
of a page printed."""

from __future__ import annotations

import io

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.browser.helpers import TIMEOUT_MS

# A page draws each chart in a wide and a narrow layout and, hidden until printed, one for paper: tests of what a
# reader sees on a wide or a narrow window look in that layout's container.
WIDE = '[class*="st-key-chart-wide-"]'
NARROW = '[class*="st-key-chart-narrow-"]'
PRINTED = '[class*="st-key-chart-print-"]'


# The centre of the plotly point (a marker) whose customdata row starts with `id`, in viewport coordinates.
POINT_CENTRE_JS = """([selector, id]) => {
    const point = [...document.querySelectorAll(selector)]
        .find((el) => Array.isArray(el.__data__?.data) && el.__data__.data[0] === id);
    if (!point) return null;
    const box = point.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}"""


def click_point(page: Page, selector: str, point_id: str) -> None:
    """Click a chart's marker by the id the app puts first in its customdata (an ISO3 code, an event id), once the
    charts have stopped moving."""
    expect(page.locator(selector).first).to_be_attached()
    wait_for_charts(page)
    centre = page.evaluate(POINT_CENTRE_JS, [selector, point_id])
    assert centre, f"no point {point_id} among {selector}"
    page.mouse.click(centre["x"], centre["y"])


# A signature of every visible chart's drawn size and text boxes; equal on two polls in a row means plotly is done
# (Streamlit draws a chart, then again once it knows the container's width).
CHARTS_SETTLED_JS = """() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(visible);
    if (!plots.length || plots.some((p) => !p._fullLayout || !p.querySelector('.main-svg'))) return false;
    // A map draws once its shapes have loaded: until then only its legend shows.
    if (plots.some((p) => p.querySelector('.geo') && !p.querySelector('.geo .layer.land path'))) return false;
    const signature = JSON.stringify(plots.map((p) => [...p.querySelectorAll('text, path.point, path.choroplethlocation')]
        .map((t) => { const r = t.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width)]; })));
    const settled = window.__chartSignature === signature;
    window.__chartSignature = signature;
    return settled;
}"""


def wait_for_charts(page: Page) -> None:
    """Wait until every chart on the page is drawn and has stopped moving."""
    page.wait_for_function(CHARTS_SETTLED_JS, polling=300, timeout=TIMEOUT_MS)


# Every visible chart's text that leaves its chart or overlaps another text of it (hover labels aside).
CHART_TEXT_PROBLEMS_JS = """() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const problems = [];
    for (const plot of [...document.querySelectorAll('.js-plotly-plot')].filter(visible)) {
        const box = plot.querySelector('.main-svg').getBoundingClientRect();
        const texts = [...plot.querySelectorAll('.main-svg text')]
            .filter((t) => visible(t) && t.textContent.trim() && !t.closest('.hoverlayer'))
            .map((t) => ({ el: t, text: t.textContent.trim(), r: t.getBoundingClientRect() }));
        const outside = (r, b) => r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1;
        const legend = plot.querySelector('.legend rect.bg');
        for (const t of texts) {
            if (outside(t.r, box)) problems.push(`“${t.text}” leaves the chart`);
            // A legend too tall for its space scrolls, and clips what does not fit.
            if (legend && t.el.closest('.legend') && outside(t.r, legend.getBoundingClientRect())) {
                problems.push(`“${t.text}” is cut from the legend`);
            }
        }
        for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
                const a = texts[i].r, b = texts[j].r;
                const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (x > 1 && y > 1) problems.push(`“${texts[i].text}” overlaps “${texts[j].text}”`);
            }
        }
    }
    return problems;
}"""


def chart_text_problems(page: Page) -> list[str]:
    """What a reader would see wrong in the charts' text: any text cut at the chart's edge or over another text."""
    problems: list[str] = page.evaluate(CHART_TEXT_PROBLEMS_JS)
    return problems


def horizontal_overflow(page: Page) -> int:
    """How many pixels the page scrolls sideways (0 when it fits the window)."""
    overflow: int = page.evaluate(
        """() => Math.max(0, ...[document.documentElement, document.querySelector('[data-testid="stMain"]')]
            .filter(Boolean).map((el) => el.scrollWidth - el.clientWidth))"""
    )
    return overflow


def printed_text(page: Page, size: str) -> str:
    """The text of the page printed on `size` paper, whitespace folded."""
    pdf = page.pdf(format=size)
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())
