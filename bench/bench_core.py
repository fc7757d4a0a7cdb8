"""Benchmark: how long loading, validating and drawing take, and how much memory they use. Prints figures."""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coalition.figures import build
from coalition.geo import shapes
from coalition.load import _load_cached, load_dataset, signature
from coalition.viewstate import MapState, TimelineState

DATA = Path(__file__).resolve().parent.parent / "data"


def timed(label: str, action: Callable[[], object], repeat: int = 20) -> None:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    print(f"{label:<44} median {statistics.median(runs):8.2f} ms   min {min(runs):8.2f} ms   (n={repeat})")


def cold_load() -> object:
    _load_cached.cache_clear()
    return _load_cached(DATA.resolve(), signature(DATA.resolve()))


def main() -> None:
    tracemalloc.start()
    dataset = cold_load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{'peak memory of one cold load + validation':<44} {peak / 1024:8.0f} KiB")
    timed("cold load + full validation", cold_load)
    load_dataset(DATA)
    timed("cached load_dataset() call", lambda: load_dataset(DATA), repeat=200)

    def cold_shapes() -> object:
        shapes.cache_clear()
        return shapes()

    timed("decode world topojson (first call)", cold_shapes, repeat=5)
    data = load_dataset(DATA)
    timed("map chart", lambda: build(MapState(), data))
    timed("map chart with focus + outline, Ukrainian", lambda: build(MapState("uk", country="UKR", outline="EU"), data))
    timed("timeline chart", lambda: build(TimelineState(), data))
    print(f"{'map chart JSON size':<44} {len(build(MapState(), data).figure.to_json()) / 1024:8.1f} KiB")
    del dataset


if __name__ == "__main__":
    main()
