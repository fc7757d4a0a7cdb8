"""Fuzz the validator: N mutated copies of the shipped data package, each mutation declared valid or invalid.

Prints, per kind of mutation, how many copies were refused and accepted, and the totals of tracebacks (any
exception but DataError) and wrong verdicts (a broken copy accepted or a harmless one refused). Both must be 0.
Usage: python bench/fuzz_data.py [N] [SEED]   (default 1000, 0)
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coalition import DataError, load_dataset
from tests.package_mutations import MUTATIONS

DATA = Path(__file__).resolve().parent.parent / "data"


def main(count: int = 1000, seed: int = 0) -> int:
    rng = random.Random(seed)
    outcomes: Counter[tuple[str, str]] = Counter()
    tracebacks = wrong = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for run in range(count):
            mutation = MUTATIONS[run % len(MUTATIONS)]
            package = Path(folder) / f"package-{run}"
            shutil.copytree(DATA, package)
            mutation.edit(package, random.Random(rng.random()))
            try:
                load_dataset(package)
                verdict = "accepted"
            except DataError:
                verdict = "refused"
            except Exception:  # the point of the fuzz: any other exception is a traceback a user would see
                verdict = "traceback"
                tracebacks += 1
                print(f"TRACEBACK in {mutation.name}:\n{traceback.format_exc()}", file=sys.stderr)
            if verdict != "traceback" and (verdict == "accepted") != mutation.valid:
                wrong += 1
                print(f"WRONG: {mutation.name} was {verdict}", file=sys.stderr)
            outcomes[(mutation.name, verdict)] += 1
            shutil.rmtree(package)
    print(f"{'mutation':<36} {'declared':>9} {'refused':>8} {'accepted':>9} {'traceback':>10}")
    for mutation in MUTATIONS:
        declared = "valid" if mutation.valid else "invalid"
        counts = [outcomes[(mutation.name, v)] for v in ("refused", "accepted", "traceback")]
        print(f"{mutation.name:<36} {declared:>9} {counts[0]:>8} {counts[1]:>9} {counts[2]:>10}")
    seconds = time.perf_counter() - started
    print(f"\n{count} mutated packages in {seconds:.0f} s: {tracebacks} tracebacks, {wrong} wrong verdicts")
    return 1 if tracebacks or wrong else 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
