"""Benchmark: precision and recall of the states ingest drafts from each input, and how fast it reads.

A state counts as found when its row has the expected ISO3 code AND position. Precision = right rows /
state rows drafted; recall = right rows / state rows expected (the sidecar of each fixture). Names left
for a person to decide (no party_id) count as not found, never as wrong. Prints one line per input,
the totals with their floors (precision 100 %, recall ≥ 98 % on real announcements), and the time to
ingest a seed article, a 1 MB text and the largest accepted text (2 million characters). Exits 1 below a floor.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coalition.countries import is_iso3
from coalition.ingest.article import MAX_TEXT, read_article
from coalition.ingest.draft import Request, build

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
PACKAGE = FIXTURES / "package"
SEED = ROOT / "data" / "sources" / "coalition-statement-2025-08-05.txt"
FLOORS = {"precision": 1.0, "recall": 0.98}


def score(sidecar: Path) -> tuple[int, int, int]:
    """(right, drafted, expected) state rows for one fixture."""
    expected_doc = json.loads(sidecar.read_text(encoding="utf-8"))
    (article,) = [p for p in sidecar.parent.glob(f"{sidecar.stem}.*") if p.suffix != ".json"]
    request = Request(
        f"bench-{sidecar.stem}", "2025-01-01", expected_doc.get("url", "https://example.org/"), kind=expected_doc["kind"]
    )
    draft = build(read_article(article), request, PACKAGE)
    states = {(r["party_id"], r["position"]) for _, r in draft.items if r["party_kind"] == "state" and r["party_id"]}
    expected = {(p, pos) for p, pos in expected_doc["parties"] if p and is_iso3(p)}
    return len(states & expected), len(states), len(expected)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def table(folder: str) -> tuple[float, float]:
    print(f"\n{folder}/{'':<30} {'states':>7} {'drafted':>8} {'right':>6} {'precision':>10} {'recall':>8}")
    totals = [0, 0, 0]
    for sidecar in sorted((FIXTURES / folder).glob("*.json")):
        right, drafted, expected = score(sidecar)
        totals = [totals[0] + right, totals[1] + drafted, totals[2] + expected]
        print(
            f"  {sidecar.stem:<36} {expected:>7} {drafted:>8} {right:>6} {_ratio(right, drafted):>10.1%} {_ratio(right, expected):>8.1%}"
        )
    precision, recall = _ratio(totals[0], totals[1]), _ratio(totals[0], totals[2])
    print(f"  {'all':<36} {totals[2]:>7} {totals[1]:>8} {totals[0]:>6} {precision:>10.1%} {recall:>8.1%}")
    return precision, recall


def speed(label: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        draft = build(read_article(path), Request("bench", "2025-01-01", "https://example.org/"), PACKAGE)
        seconds = time.perf_counter() - start
    size = len(text.encode("utf-8"))
    print(f"  {label:<36} {size / 1e6:6.2f} MB {seconds:8.2f} s {size / 1e6 / seconds:8.2f} MB/s  ({len(draft.items)} rows)")


def main() -> int:
    formats = table("formats")
    real = table("real")
    print(f"\n{'floors':<38} precision {FLOORS['precision']:.0%} everywhere, recall {FLOORS['recall']:.0%} on real texts")
    below = formats[0] < FLOORS["precision"] or real[0] < FLOORS["precision"] or real[1] < FLOORS["recall"]
    print("speed (seed article, then repeated real texts)")
    seed = SEED.read_text(encoding="utf-8")
    speed("seed article", seed)
    sample = "\n".join(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "real").glob("*.txt"))) + "\n"
    speed("1 MB", sample * (1_000_000 // len(sample.encode("utf-8"))))
    speed("largest accepted text", sample * (MAX_TEXT // len(sample)))
    print("BELOW A FLOOR" if below else "all floors met")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
