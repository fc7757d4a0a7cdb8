"""Command line: `python -m coalition validate [DATA_DIR]`, `… export VIEW --format F -o FILE` and `… ingest` (see coalition.ingest.cli)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from coalition import names
from coalition.briefing import briefing_html, briefing_pdf
from coalition.catalogues import CatalogueError
from coalition.errors import DataError
from coalition.export import CHART_FORMATS, FORMATS, export
from coalition.figures import has_chart
from coalition.i18n import LANGUAGES
from coalition.ingest import cli as ingest_cli
from coalition.load import load_dataset
from coalition.site import write_site
from coalition.viewstate import PresentState, from_query

VIEWS = ("map", "compare", "trends", "timeline", "quotes")


def _parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, argparse.ArgumentParser]:
    """The command line, and its export and ingest subcommands (for their own error messages)."""
    parser = argparse.ArgumentParser(prog="python -m coalition", description="Tools for the coalition statement dataset.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("validate", help="validate a data package and print a summary")
    check.add_argument(
        "data_dir", nargs="?", default="data", metavar="DATA_DIR", help="folder holding datapackage.json (default: data)"
    )
    out = commands.add_parser(
        "export", help="export a view (PNG, SVG, HTML, CSV, JSON), the briefing pack (HTML, PDF) or the static site"
    )
    out.add_argument(
        "view", choices=(*VIEWS, "briefing", "site"), help="the view to export, the briefing pack, or the static site"
    )
    out.add_argument("--format", choices=(*FORMATS, "pdf"), help="file format (not for the site)")
    out.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="file to write (for the site: a folder)")
    out.add_argument("--statement", default="", metavar="ID", help="the statement or vote shown (default: the featured one)")
    out.add_argument("--base-url", default="", metavar="URL", help="site: where the live app is, for links back")
    out.add_argument("--no-images", action="store_true", help="site: leave out the PNG fallbacks (they need Chromium)")
    out.add_argument("--lang", default="en", choices=LANGUAGES, help="language of labels (default: en)")
    out.add_argument("--country", metavar="ISO3", help="map and briefing: highlight this country")
    out.add_argument("--q", default="", metavar="TEXT", help="quotes: only quotes containing this text")
    out.add_argument("--data", default="data", metavar="DATA_DIR", help="data package to export from (default: data)")
    return parser, out, ingest_cli.add_parser(commands)


def _check_export_arguments(export_parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse combinations that make no sense (exit 2), before any work."""
    if args.view == "site":
        if args.format:
            export_parser.error("the site is a folder of HTML pages: leave out --format")
        return
    if not args.format:
        export_parser.error("the following arguments are required: --format")
    if args.view == "briefing" and args.format not in ("html", "pdf"):
        export_parser.error("the briefing pack is html or pdf")
    if args.view != "briefing" and args.format == "pdf":
        export_parser.error("pdf is for the briefing pack: python -m coalition export briefing --format pdf -o FILE")
    if args.q and args.view != "quotes":
        export_parser.error("--q filters the quotes view only")
    if args.country and args.view not in ("map", "briefing"):
        export_parser.error("--country applies to the map and the briefing pack")


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 on success, 1 on invalid data or a failing tool (Chromium, a catalogue), 2 on bad arguments."""
    try:
        return _run(argv)
    except CatalogueError as error:
        print(error, file=sys.stderr)
        return 1


def _run(argv: list[str] | None) -> int:
    parser, export_parser, ingest_parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "ingest":
        ingest_cli.check(ingest_parser, args)
        return ingest_cli.run(args)
    if args.command == "export":
        _check_export_arguments(export_parser, args)
    try:
        dataset = load_dataset(args.data_dir if args.command == "validate" else args.data)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    if args.command == "validate":
        print(f"ok: {dataset.summary()}")
        for warning in names.unused_entries(p.published_name for p in dataset.positions):
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    if args.view == "site":
        written = write_site(dataset, args.output, args.base_url, images=not args.no_images)
        print(f"wrote {len(written)} pages to {args.output}")
        return 0
    query = {k: v for k, v in {"lang": args.lang, "statement": args.statement, "country": args.country, "q": args.q}.items() if v}
    parsed = from_query("present" if args.view == "briefing" else args.view, query, dataset)
    if parsed.notices:
        export_parser.error(" ".join(parsed.notices))
    state = parsed.state
    if args.format in CHART_FORMATS and not has_chart(state) and args.view != "briefing":
        export_parser.error(f"the {args.view} view has no chart: use --format csv or json")
    started = time.perf_counter()
    try:
        if isinstance(state, PresentState):
            content = briefing_pdf(dataset, state) if args.format == "pdf" else briefing_html(dataset, state).encode("utf-8")
        else:
            content = export(dataset, state, args.format)
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:  # Chromium missing or failing, for images and PDFs
        print(f"export failed: {error}\nImages and PDFs need Debian's chromium (make test installs it).", file=sys.stderr)
        return 1
    try:
        args.output.write_bytes(content)
    except OSError as error:
        print(f"cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({len(content):,} bytes, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
