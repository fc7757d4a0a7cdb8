"""Query parameters to view state and back: validated, with a friendly notice for bad values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from coalition.countries import is_iso3
from coalition.i18n import Translate
from coalition.models import Dataset
from coalition.text import md_escape

T = TypeVar("T")
MAX_QUERY = 200
_ISO3 = re.compile(r"^[A-Za-z]{3}$")


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """A parameter's value, or None and a notice saying why it was ignored."""

    value: T
    notice: str = ""


def _shown(raw: str) -> str:
    """The bad value, cut short and escaped, so a notice shows it as plain text."""
    clean = "".join(ch for ch in raw if ch.isprintable())
    return md_escape(clean if len(clean) <= 40 else clean[:40] + "…")


def parse_country(raw: str | None, _: Translate) -> Parsed[str | None]:
    if not raw:
        return Parsed(None)
    if _ISO3.match(raw) and is_iso3(raw.upper()):
        return Parsed(raw.upper())
    return Parsed(
        None, _("There is no country with the code “{code}”. Use a three-letter ISO code such as UKR.").format(code=_shown(raw))
    )


def parse_event(raw: str | None, dataset: Dataset, _: Translate) -> Parsed[str | None]:
    if not raw:
        return Parsed(None)
    if any(e.event_id == raw for e in dataset.events):
        return Parsed(raw)
    return Parsed(None, _("There is no event “{id}”. Pick one from the list below.").format(id=_shown(raw)))


def parse_quote(raw: str | None, dataset: Dataset, _: Translate) -> Parsed[str | None]:
    if not raw:
        return Parsed(None)
    if any(q.quote_id == raw for q in dataset.quotes):
        return Parsed(raw)
    return Parsed(None, _("There is no quote “{id}”. Showing all quotes.").format(id=_shown(raw)))


def _canonical(item: str, allowed: tuple[str, ...]) -> str | None:
    """`item` as spelled in `allowed`, ignoring case."""
    return next((a for a in allowed if a.casefold() == item.casefold()), None)


def parse_choices(raw: str | None, allowed: tuple[str, ...], _: Translate) -> Parsed[tuple[str, ...]]:
    """A comma-separated list, case-insensitive; unknown items are dropped with a notice."""
    if not raw:
        return Parsed(())
    items = tuple(dict.fromkeys(item.strip() for item in raw.split(",") if item.strip()))
    kept = tuple(dict.fromkeys(c for c in (_canonical(item, allowed) for item in items) if c))
    unknown = [item for item in items if not _canonical(item, allowed)]
    notice = _("Ignored unknown filter values: {values}.").format(values=", ".join(_shown(u) for u in unknown)) if unknown else ""
    return Parsed(kept, notice)


def parse_query(raw: str | None, _: Translate) -> Parsed[str]:
    if not raw:
        return Parsed("")
    if len(raw) > MAX_QUERY:
        return Parsed(raw[:MAX_QUERY], _("The search was cut to {n} characters.").format(n=MAX_QUERY))
    return Parsed(raw)


def parse_choice(raw: str | None, allowed: tuple[str, ...], _: Translate) -> Parsed[str | None]:
    """One value of `allowed`, case-insensitive; anything else (several values too) is ignored with a notice."""
    if not raw:
        return Parsed(None)
    chosen = _canonical(raw.strip(), allowed)
    if chosen:
        return Parsed(chosen)
    return Parsed(None, _("Ignored “{value}”: use one of {values}.").format(value=_shown(raw), values=", ".join(allowed)))


def parse_flag(raw: str | None) -> bool:
    return raw in ("1", "true", "yes")


def parse_slide(raw: str | None, total: int, _: Translate) -> Parsed[int]:
    """A 1-based slide number from the URL, as a 0-based index; anything else falls back to the first slide."""
    if not raw:
        return Parsed(0)
    if re.fullmatch(r"[0-9]+", raw) and 1 <= int(raw) <= total:
        return Parsed(int(raw) - 1)
    return Parsed(
        0, _("There is no slide “{n}”: the deck has {total}. Showing the first slide.").format(n=_shown(raw), total=total)
    )
