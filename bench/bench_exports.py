"""Benchmark: size of every export and how long it takes to make. Prints a table."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coalition.briefing import briefing_html, briefing_pdf
from coalition.export import data_package_zip, export
from coalition.load import load_dataset
from coalition.viewstate import MapState, PresentState, QuotesState, TimelineState, ViewState

DATA = Path(__file__).resolve().parent.parent / "data"


def measure(label: str, make: Callable[[], bytes]) -> None:
    start = time.perf_counter()
    content = make()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {len(content) / 1024:>10,.1f} KiB {seconds:>8.2f} s")


def main() -> None:
    data = load_dataset(DATA)
    print(f"{'export':<28} {'size':>14} {'time':>10}")
    views: tuple[tuple[ViewState, tuple[str, ...]], ...] = (
        (MapState(), ("csv", "json", "png", "svg", "html")),
        (TimelineState(), ("csv", "json", "png", "svg", "html")),
        (QuotesState(), ("csv", "json")),
    )
    for state, formats in views:
        for fmt in formats:
            measure(f"{state.page} {fmt}", lambda state=state, fmt=fmt: export(data, state, fmt))  # type: ignore[misc]
    measure("data package zip", lambda: data_package_zip(data))
    measure("briefing html", lambda: briefing_html(data, PresentState()).encode("utf-8"))
    measure("briefing pdf", lambda: briefing_pdf(data, PresentState()))


if __name__ == "__main__":
    main()
