"""Command line: `python -m coalition validate [DATA_DIR]`."""

from __future__ import annotations

import argparse
import sys

from coalition.errors import DataError
from coalition.load import load_dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coalition", description="Tools for the coalition statement dataset.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("validate", help="validate a data package and print a summary")
    check.add_argument(
        "data_dir", nargs="?", default="data", metavar="DATA_DIR", help="folder holding datapackage.json (default: data)"
    )
    args = parser.parse_args(argv)
    try:
        dataset = load_dataset(args.data_dir)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"ok: {dataset.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
