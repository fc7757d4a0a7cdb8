"""Benchmark: size of every export and how long it takes to make. Prints a table."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coalition.briefing import briefing_html, briefing_pdf
from coalition.export import ViewState, data_package_zip, export
from coalition.load import load_dataset

DATA = Path(__file__).resolve().parent.parent / "data"


def measure(label: str, make: Callable[[], bytes]) -> None:
    start = time.perf_counter()
    content = make()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {len(content) / 1024:>10,.1f} KiB {seconds:>8.2f} s")


def main() -> None:
    data = load_dataset(DATA)
    print(f"{'export':<28} {'size':>14} {'time':>10}")
    for view, formats in (
        ("map", ("csv", "json", "png", "svg", "html")),
        ("timeline", ("csv", "json", "png", "svg", "html")),
        ("quotes", ("csv", "json")),
    ):
        for fmt in formats:
            measure(f"{view} {fmt}", lambda view=view, fmt=fmt: export(data, ViewState(view), fmt))  # type: ignore[misc]
    measure("data package zip", lambda: data_package_zip(data))
    measure("briefing html", lambda: briefing_html(data).encode("utf-8"))
    measure("briefing pdf", lambda: briefing_pdf(data))


if __name__ == "__main__":
    main()
