"""Print the mutation score per module from mutmut's results in mutants/ (run `make mutation` first)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from mutmut.stats import status_by_exit_code

MUTANTS = Path(__file__).resolve().parent.parent / "mutants"


def main() -> int:
    metas = sorted(MUTANTS.glob("coalition/**/*.py.meta"))
    if not metas:
        print("no mutmut results in mutants/: run `make mutation`", file=sys.stderr)
        return 1
    print(f"{'module':<32} {'mutants':>8} {'killed':>8} {'survived':>9} {'no tests':>9} {'timeout':>8} {'score':>7}")
    totals: Counter[str] = Counter()
    for meta in metas:
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].values()
        counts = Counter(status_by_exit_code[code] for code in codes)
        totals.update(counts)
        module = str(meta.relative_to(MUTANTS)).removesuffix(".meta")
        print(_line(module, counts))
    print(_line("all", totals))
    return 0


def _line(module: str, counts: Counter[str]) -> str:
    """Killed (timeouts count as killed) over every mutant that was checked."""
    checked = sum(n for status, n in counts.items() if status not in ("skipped", "not checked"))
    killed = counts["killed"] + counts["timeout"] + counts["caught by type check"]
    score = f"{100 * killed / checked:6.1f}%" if checked else "     –"
    return f"{module:<32} {checked:>8} {killed:>8} {counts['survived']:>9} {counts['no tests']:>9} {counts['timeout']:>8} {score}"


if __name__ == "__main__":
    sys.exit(main())
