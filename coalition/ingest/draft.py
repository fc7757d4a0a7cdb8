"""A draft from an article: the statement row, one position row per party in published order, reported counts,
quotes and the source, in the tracker schema's columns, plus what the reviewer must look at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from coalition.ingest import package as pkg
from coalition.ingest.article import Article, language
from coalition.ingest.counts import Count, find_counts
from coalition.ingest.cues import VOTE_KINDS, annotation_status
from coalition.ingest.lists import Item, Run, find_runs
from coalition.ingest.quotes import find_quotes
from coalition.ingest.tokens import find_names

Row = dict[str, str]
VOTES = ("in_favour", "against", "abstained", "not_voting")
ISSUER_WINDOW = 3000  # the issuer is named near the start of an article


@dataclass(frozen=True)
class Request:
    """What the command line gives: the statement's id, date, URL, and optionally title, kind and issuer."""

    statement_id: str
    date: str
    url: str
    title: str = ""
    kind: str = "joint_statement"
    issuer: str = ""


@dataclass
class Draft:
    """Rows per resource, the archived text, and findings for the review report."""

    request: Request
    article: Article
    source_id: str
    archive_name: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    items: list[tuple[Item, Row]] = field(default_factory=list)  # each position row with the item it came from
    runs: list[Run] = field(default_factory=list)
    duplicates: list[tuple[Item, Item]] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    skipped_counts: list[Count] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)  # rows left out because the package already has them
    notes: list[str] = field(default_factory=list)  # other things to check


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "source"


def _position(item: Item, status: str, kind: str) -> str:
    found = next((s for s in (annotation_status(a, kind) for a in item.annotations) if s), status)
    return "listed" if found == "signatory" and item.resolution.party_kind == "organisation" else found


def _party_rows(draft: Draft, request: Request, runs: list[Run]) -> list[str]:
    """Position rows in published order; returns the co-chairs. A short run that only names co-chairs or
    observers who are also in a list upgrades their rows instead of adding its own."""
    taken = [run for run in runs if run.accepted]
    listed = {i.resolution.party_id for run in taken if run.status not in ("co_chair", "observer") for i in run.items}
    upgrades: dict[str, str] = {}
    for run in taken:
        ids = [i.resolution.party_id for i in run.items if i.resolution.party_id]
        if run.status in ("co_chair", "observer") and ids and all(p in listed for p in ids):
            upgrades.update(dict.fromkeys(ids, run.status))
            run.reason = f"names the {run.status.replace('_', '-')}s of the list"
    seen: dict[tuple[str, str], Item] = {}
    for run in taken:
        if run.reason:
            continue
        for item in run.items:
            resolution = item.resolution
            party = resolution.party_id if resolution.status == "exact" and resolution.party_id else ""
            position = _position(item, run.status, request.kind)
            if party in upgrades and position in ("signatory", "listed"):
                position = upgrades[party]
            if party and (party, position) in seen:
                draft.duplicates.append((item, seen[party, position]))
                continue
            seen[party, position] = item
            row = dict.fromkeys(pkg.POSITIONS, "")
            row.update(
                statement_id=request.statement_id,
                list_order=str(len(draft.items) + 1),
                party_id=party,
                party_kind=resolution.party_kind or "",
                published_name=item.published,
                position=position,
                confidence="high" if resolution.via in ("table", "pycountry") else "medium" if party else "low",
                inferred="false",
                evidence=draft.article.text[item.start : item.end],
                source_id=draft.source_id,
            )
            draft.items.append((item, row))
    order = {row["party_id"]: int(row["list_order"]) for _, row in draft.items}
    chairs = [p for p, s in upgrades.items() if s == "co_chair"] + [
        r["party_id"] for _, r in draft.items if r["position"] == "co_chair"
    ]
    return sorted(dict.fromkeys(p for p in chairs if p), key=lambda p: order.get(p, 0))


def _sentence(text: str, needle: str) -> str:
    """The sentence or line of `text` holding `needle`, or ""."""
    at = text.find(needle) if needle else -1
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0, text.rfind("\n", 0, at) + 1)
    ends = [p + 1 for p in (text.find(".", at),) if p >= 0] + [p for p in (text.find("\n", at),) if p >= 0]
    return text[start : min(ends, default=len(text))].strip()


def _list_status(draft: Draft, found: dict[str, int]) -> str:
    if not draft.items:
        return "counts_only" if draft.counts else "partial"
    if any(run.partial for run in draft.runs if run.accepted):
        return "partial"
    kinds = VOTES if draft.request.kind in VOTE_KINDS else ("states",)
    claimed = {c.count_of: c.value for c in draft.counts}
    checked = [k for k in kinds if k in claimed]
    return "complete" if checked and all(found.get(k, 0) == claimed[k] for k in checked) else "partial"


def found_counts(draft: Draft) -> dict[str, int]:
    """Named parties per count_of, as the tracker schema compares them with reported counts."""
    positions = [row["position"] for _, row in draft.items if row["party_id"] and row["party_kind"] == "state"]
    found = {v: positions.count(v) for v in VOTES}
    found["states"] = sum(positions.count(p) for p in ("co_chair", "signatory", "observer", "invoked"))
    found["organisations"] = sum(1 for _, row in draft.items if row["party_kind"] == "organisation" and row["party_id"])
    return found


def _issuer(draft: Draft, parties: set[str], organisations: set[str]) -> str:
    if draft.request.issuer:
        return draft.request.issuer
    opening = draft.article.text[:ISSUER_WINDOW]
    named = [m.resolution.party_id for m in find_names(opening) if m.resolution and m.resolution.party_kind == "organisation"]
    candidates = [p for p in named if p and p not in parties and p in organisations]
    if candidates:
        draft.notes.append(
            f"issuer_id guessed as {candidates[0]}, the first organisation the text names that is not a party: check it"
        )
        return candidates[0]
    draft.notes.append("issuer_id is empty: give --issuer or fill it in (an organisation_id of organisations.csv)")
    return ""


def build(article: Article, request: Request, package: Path) -> Draft:
    """The draft for `article`, compared with the package at `package` (rows it already has are left out)."""
    found = pkg.resources(package)
    sources = found["sources"].rows if "sources" in found else []
    known = next((r for r in sources if r.get("url") == request.url), None)
    source_id = (
        known["source_id"]
        if known
        else f"{_slug(urlparse(request.url).hostname or 'source').removeprefix('www-')}-{request.date}"
    )
    taken_ids = {r.get("source_id") for r in sources}
    while not known and source_id in taken_ids:
        source_id += "-2"
    draft = Draft(request, article, source_id, f"{source_id}.txt")
    draft.runs = find_runs(article.text, request.kind)
    chairs = _party_rows(draft, request, draft.runs)
    draft.counts, draft.skipped_counts = find_counts(article.text, request.kind)
    organisations = {r.get("organisation_id", "") for r in found["organisations"].rows} if "organisations" in found else set()
    known_statement = (
        any(r.get("statement_id") == request.statement_id for r in found["statements"].rows) if "statements" in found else False
    )
    statement = dict.fromkeys(pkg.STATEMENTS, "")
    title = request.title or article.title
    evidence = _sentence(article.text, next((run.cue for run in draft.runs if run.accepted and run.status == "co_chair"), ""))
    statement.update(
        statement_id=request.statement_id,
        kind=request.kind,
        date=request.date,
        title=title,
        short_title=title if len(title) <= 40 else "",
        issuer_id=request.issuer
        if known_statement
        else _issuer(draft, {row["party_id"] for _, row in draft.items}, organisations),
        co_chairs=";".join(chairs),
        list_status=_list_status(draft, found_counts(draft)),
        parties_are="states",
        source_id=source_id,
        evidence=evidence or next((_sentence(article.text, r.cue) for r in draft.runs if r.accepted and r.cue), ""),
    )
    draft.rows = {
        "statements": [statement],
        "positions": [row for _, row in draft.items],
        "reported_counts": _count_rows(draft),
        "quotes": _quote_rows(draft),
        "sources": [] if known else [_source_row(draft)],
    }
    _leave_out_existing(draft, found)
    return draft


def _count_rows(draft: Draft) -> list[Row]:
    rows: dict[str, Row] = {}
    uk = language(draft.article.text) == "uk"
    for count in draft.counts:
        first = rows.get(count.count_of)
        if first is not None:
            if first["value"] != str(count.value):
                draft.notes.append(
                    f"the text also says {count.as_reported!r} for {count.count_of}; the draft keeps {first['value']}"
                )
            continue
        row = dict.fromkeys(pkg.REPORTED_COUNTS, "")
        row.update(
            statement_id=draft.request.statement_id,
            count_of=count.count_of,
            value=str(count.value),
            confidence="high",
            inferred="false",
            evidence=count.as_reported,
            source_id=draft.source_id,
        )
        row["as_reported_uk" if uk else "as_reported"] = count.as_reported
        rows[count.count_of] = row
    return list(rows.values())


def _quote_rows(draft: Draft) -> list[Row]:
    rows: list[Row] = []
    used: dict[str, int] = {}
    for quote in find_quotes(draft.article.text):
        base = _slug(quote.speaker.split()[-1] if quote.speaker else "statement")
        used[base] = used.get(base, 0) + 1
        quote_id = f"{base}-{draft.request.date}" + (f"-{used[base]}" if used[base] > 1 else "")
        row = dict.fromkeys(pkg.QUOTES, "")
        row.update(
            quote_id=quote_id,
            statement_id=draft.request.statement_id,
            date=draft.request.date,
            speaker=quote.speaker,
            party_id=quote.party_id,
            role_as_published=quote.role,
            text=quote.text,
            language=quote.language,
            source_id=draft.source_id,
            evidence=quote.evidence,
        )
        rows.append(row)
    return rows


def _source_row(draft: Draft) -> Row:
    row = dict.fromkeys(pkg.SOURCES, "")
    host = urlparse(draft.request.url).hostname or ""
    title = draft.article.title or draft.request.title
    row.update(
        source_id=draft.source_id,
        title=title,
        title_uk=title,
        publisher=host.removeprefix("www."),
        url=draft.request.url,
        published=draft.article.published,
        archived_copy=f"sources/{draft.archive_name}",
        kind="news",
        confidence="medium",
    )
    return row


def _leave_out_existing(draft: Draft, found: dict[str, pkg.Resource]) -> None:
    """Drop draft rows whose key the package already has (same statement, same count, same quote text)."""
    for name, rows in draft.rows.items():
        resource = found.get(name)
        if resource is None:
            continue
        if name == "quotes":
            texts = {r.get("text") for r in resource.rows}
            kept = [r for r in rows if r["text"] not in texts]
        else:
            keys = {resource.key(r) for r in resource.rows}
            kept = [r for r in rows if resource.key(r) not in keys]
        if len(kept) < len(rows):
            draft.existing.append(
                f"{resource.path}: {len(rows) - len(kept)} row(s) already in the package, left out of the draft"
            )
        draft.rows[name] = kept
