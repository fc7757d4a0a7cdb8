"""Lighthouse (desktop preset, Debian's Chromium) on the app's pages: performance score, CLS, TBT, LCP, medians.

Run against the nginx front (`make serve-cluster`, http://localhost:8080) or any running app. Lighthouse comes from
the npm registry into build/lighthouse/ (`make lighthouse`); nothing else is fetched, and Chromium gets the same flags
as the browser tests.

    .venv/bin/python bench/bench_lighthouse.py [--base-url http://localhost:8080[,http://…]] [--runs 3] [--pages /,/map,/map?embed=true]

Several comma-separated base URLs (two builds side by side) are audited in interleaved rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coalition.briefing import CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "build" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
# Long enough for a loaded two-core machine; Lighthouse's default (45 s) stops some runs before the page is done.
MAX_WAIT_MS = 150_000


def audit(url: str, folder: Path) -> dict[str, float]:
    """One Lighthouse run: performance score (0-100), CLS, TBT (ms), LCP (ms)."""
    report = folder / "report.json"
    command = [
        str(LIGHTHOUSE),
        url,
        "--preset=desktop",
        "--only-categories=performance",
        "--output=json",
        f"--output-path={report}",
        f"--max-wait-for-load={MAX_WAIT_MS}",
        "--disable-full-page-screenshot",
        "--quiet",
        "--chrome-flags=" + " ".join(["--headless=new", *CHROMIUM_ARGS]),
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=600)
    result = json.loads(report.read_text(encoding="utf-8"))
    audits = result["audits"]
    return {
        "score": round(100 * (result["categories"]["performance"]["score"] or 0)),
        "cls": float(audits["cumulative-layout-shift"]["numericValue"]),
        "tbt": float(audits["total-blocking-time"]["numericValue"]),
        "lcp": float(audits["largest-contentful-paint"]["numericValue"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base-url", default="http://localhost:8080", help="comma-separated to compare deployments")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", default="/,/map,/map?embed=true")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: run `make lighthouse` first")
    pages = [p for p in args.pages.split(",") if p]
    bases = [b.rstrip("/") for b in args.base_url.split(",") if b]
    results: dict[str, list[dict[str, float]]] = {base + page: [] for page in pages for base in bases}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):  # interleaved: every page of every base once per round
            for url in results:
                results[url].append(audit(url, Path(folder)))
    print(f"Lighthouse desktop, {args.runs} runs each, medians (load average now {os.getloadavg()[0]:.1f})")
    print(f"{'page':<40} {'score':>6} {'scores':>14} {'CLS':>6} {'TBT':>9} {'LCP':>9}")
    for url, runs in results.items():
        scores = " ".join(str(int(r["score"])) for r in runs)
        print(
            f"{url:<40} {statistics.median(r['score'] for r in runs):6.0f} {scores:>14}"
            f" {statistics.median(r['cls'] for r in runs):6.3f} {statistics.median(r['tbt'] for r in runs):7.0f} ms"
            f" {statistics.median(r['lcp'] for r in runs) / 1000:7.1f} s"
        )


if __name__ == "__main__":
    main()
