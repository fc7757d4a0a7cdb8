"""`python -m coalition ingest FILE --statement ID --date YYYY-MM-DD --url URL` and `… ingest --apply DRAFT_DIR`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from coalition.errors import DataError
from coalition.ingest import apply, draft, report
from coalition.ingest.article import InputError, read_article
from coalition.ingest.cues import KINDS

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ingest subcommand to `commands` (argparse subparsers) and return it."""
    ingest: argparse.ArgumentParser = commands.add_parser(
        "ingest",
        help="draft rows from a saved article, or apply a reviewed draft",
        description="Draft a statement's rows from a saved article (.txt, .md, .html) into DATA_DIR/drafts/ID/, "
        "or merge a reviewed draft with --apply (only if the whole package then validates).",
    )
    ingest.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the saved article or notice")
    ingest.add_argument("--statement", metavar="ID", help="statement_id, e.g. osce-moscow-2023-03-30")
    ingest.add_argument("--date", metavar="YYYY-MM-DD", help="date the statement was adopted or issued")
    ingest.add_argument("--url", metavar="URL", help="where the article was published")
    ingest.add_argument("--title", default="", help="the statement's title (default: the article's headline)")
    ingest.add_argument("--kind", default="joint_statement", choices=KINDS, help="kind of instrument (default: joint_statement)")
    ingest.add_argument("--issuer", default="", metavar="ORG_ID", help="issuer_id (default: guessed, reported for review)")
    ingest.add_argument("--force", action="store_true", help="replace an existing draft of the same statement")
    ingest.add_argument("--apply", type=Path, metavar="DRAFT_DIR", help="merge this reviewed draft into the package")
    ingest.add_argument("--data", type=Path, default=Path("data"), metavar="DATA_DIR", help="the data package (default: data)")
    return ingest


def check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse incomplete or malformed arguments (exit 2) before any work."""
    if args.apply and args.file:
        parser.error("give either FILE (to draft) or --apply DRAFT_DIR (to merge), not both")
    if args.apply:
        return
    if not args.file:
        parser.error("give the saved article FILE, or --apply DRAFT_DIR")
    missing = [f"--{name}" for name in ("statement", "date", "url") if not getattr(args, name)]
    if missing:
        parser.error(f"drafting needs {', '.join(missing)}")
    if not ID.match(args.statement):
        parser.error(f"--statement: '{args.statement}' must be lower-case words joined by hyphens, e.g. coalition-2025-08-05")
    try:
        dt.date.fromisoformat(args.date)
    except ValueError:
        parser.error(f"--date: '{args.date}' is not a date as YYYY-MM-DD")
    if not re.match(r"^https?://\S+$", args.url):
        parser.error(f"--url: '{args.url}' is not an http(s) URL")
    if args.issuer and not re.match(r"^[A-Z]{2,5}$", args.issuer):
        parser.error(f"--issuer: '{args.issuer}' is not an organisation_id (2–5 capitals, e.g. OSCE)")


def run(args: argparse.Namespace) -> int:
    """Exit code: 0 done, 1 the input or the merged package is invalid."""
    if args.apply:
        problems, summary = apply.apply_draft(args.apply, args.data)
        if problems:
            print(f"nothing applied: {len(problems)} problem(s) in the package with the draft merged:", file=sys.stderr)
            print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
            return 1
        print(summary)
        return 0
    target = args.data / "drafts" / args.statement
    if target.exists() and not args.force:
        print(f"{target} exists (a draft under review?): delete it or add --force", file=sys.stderr)
        return 1
    try:
        article = read_article(args.file)
        if not (args.data / "datapackage.json").is_file():
            print(f"no datapackage.json in {args.data}: give the data package folder with --data", file=sys.stderr)
            return 1
        request = draft.Request(args.statement, args.date, args.url, args.title, args.kind, args.issuer)
        print(report.write(draft.build(article, request, args.data), target, args.data), end="")
    except InputError as error:
        print(f"cannot ingest {error}", file=sys.stderr)
        return 1
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    return 0
