"""The state of every view, read from a URL query and written back: pure, bounded, one notice per value ignored.

`from_query(page, query, data)` -> Parsed(state, notices); `to_query(state)` -> the canonical query (lang first,
defaults left out). Every internal link, share link, export and the CLI go through these two functions, so an
invalid value never reaches a link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import ClassVar
from urllib.parse import urlencode

from coalition.countries import is_iso3
from coalition.i18n import DEFAULT_LANGUAGE, LANGUAGES, Locale, locale
from coalition.models import Dataset
from coalition.theme import EVENT_COLOURS

MAX_VALUE = 200  # characters of a parameter that are read at all
MAX_ITEMS = 50  # items of a comma-separated list
MAX_SHOWN = 40  # characters of a bad value quoted in a notice
REGIONS = ("world", "europe")
FLAG_VALUES = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}
_ISO3 = re.compile(r"[A-Za-z]{3}")
_SLIDE = re.compile(r"[0-9]{1,6}")


@dataclass(frozen=True)
class ViewState:
    """What a reader chose on a view; every field is a URL parameter. `lang` is global: links keep it."""

    page: ClassVar[str] = ""
    lang: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class OverviewState(ViewState):
    page: ClassVar[str] = "overview"


@dataclass(frozen=True)
class MapState(ViewState):
    """`country` ISO3 rings a state and opens its card; `outline` an organisation id; `region` world or europe."""

    page: ClassVar[str] = "map"
    country: str | None = None
    outline: str | None = None
    region: str = "world"


@dataclass(frozen=True)
class TimelineState(ViewState):
    """`kinds` event kinds shown (empty: all); `event` the selected event id; `whole_period` 2023–2025."""

    page: ClassVar[str] = "timeline"
    kinds: tuple[str, ...] = ()
    event: str | None = None
    whole_period: bool = False


@dataclass(frozen=True)
class QuotesState(ViewState):
    """`q` plain search text; `speakers`, `organisations` filters; `quote` one quote's permalink."""

    page: ClassVar[str] = "quotes"
    q: str = ""
    speakers: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    quote: str | None = None


@dataclass(frozen=True)
class SourcesState(ViewState):
    page: ClassVar[str] = "sources"


@dataclass(frozen=True)
class PresentState(ViewState):
    """`slide` from 1; `notes` the speaker-notes view; `country` adds its card; `quotes` picks quote slides (None: all)."""

    page: ClassVar[str] = "present"
    slide: int = 1
    notes: bool = False
    country: str | None = None
    quotes: tuple[str, ...] | None = None


STATES: dict[str, type[ViewState]] = {
    cls.page: cls for cls in (OverviewState, MapState, TimelineState, QuotesState, SourcesState, PresentState)
}
# URL parameter -> state field, in the order the canonical query lists them.
PARAMS: dict[str, dict[str, str]] = {
    "overview": {},
    "map": {"country": "country", "outline": "outline", "view": "region"},
    "timeline": {"kinds": "kinds", "event": "event", "all": "whole_period"},
    "quotes": {"q": "q", "speaker": "speakers", "org": "organisations", "quote": "quote"},
    "sources": {},
    "present": {"slide": "slide", "notes": "notes", "country": "country", "quotes": "quotes"},
}
PATHS = {"overview": "", "map": "map", "timeline": "timeline", "quotes": "quotes", "sources": "sources", "present": "present"}


@dataclass(frozen=True)
class Parsed:
    """The state a query asks for, and a plain-text notice for each value that was ignored."""

    state: ViewState
    notices: tuple[str, ...] = ()


def shown(raw: str) -> str:
    """A bad value as a notice quotes it: printable characters only, cut short. Plain text, not markup."""
    clean = "".join(ch for ch in raw if ch.isprintable())
    return clean if len(clean) <= MAX_SHOWN else clean[:MAX_SHOWN] + "…"


def _canonical(item: str, allowed: tuple[str, ...]) -> str | None:
    """`item` as spelled in `allowed`, ignoring case."""
    folded = item.strip().casefold()
    return next((a for a in allowed if a.casefold() == folded), None)


class _Reader:
    """Reads one query: each method returns a value and records a notice for what it had to ignore."""

    def __init__(self, query: Mapping[str, str], loc: Locale) -> None:
        self.query = {str(k): str(v)[:MAX_VALUE] for k, v in query.items()}
        self.loc = loc
        self.notices: list[str] = []

    def raw(self, name: str) -> str:
        return self.query.get(name, "").strip()

    def country(self, name: str) -> str | None:
        raw = self.raw(name)
        if not raw:
            return None
        if _ISO3.fullmatch(raw) and is_iso3(raw.upper()):
            return raw.upper()
        self.notices.append(
            self.loc._("There is no country with the code “{code}”. Use a three-letter ISO code such as UKR.").format(
                code=shown(raw)
            )
        )
        return None

    def choice(self, name: str, allowed: tuple[str, ...]) -> str | None:
        raw = self.raw(name)
        if not raw:
            return None
        chosen = _canonical(raw, allowed)
        if chosen is None:
            self.notices.append(
                self.loc._("Ignored “{value}”: use one of {values}.").format(value=shown(raw), values=", ".join(allowed))
            )
        return chosen

    def record(self, name: str, allowed: tuple[str, ...], message: str) -> str | None:
        """An id that must exist in the data (exact spelling)."""
        raw = self.raw(name)
        if not raw:
            return None
        if raw in allowed:
            return raw
        self.notices.append(message.format(id=shown(raw)))
        return None

    def choices(self, name: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        items = [item.strip() for item in self.raw(name).split(",")[:MAX_ITEMS] if item.strip()]
        kept = tuple(dict.fromkeys(c for c in (_canonical(i, allowed) for i in items) if c))
        unknown = [i for i in items if _canonical(i, allowed) is None]
        if unknown:
            self.notices.append(
                self.loc._("Ignored unknown filter values: {values}.").format(values=", ".join(shown(u) for u in unknown))
            )
        return kept

    def flag(self, name: str) -> bool:
        raw = self.raw(name).casefold()
        if raw and raw not in FLAG_VALUES:
            self.notices.append(self.loc._("Ignored “{value}”: use one of {values}.").format(value=shown(raw), values="1, 0"))
        return FLAG_VALUES.get(raw, False)

    def text(self, name: str, limit: int = MAX_VALUE) -> str:
        raw = self.query.get(name, "")
        if len(raw) >= limit:
            self.notices.append(self.loc._("The search was cut to {n} characters.").format(n=limit))
        return raw[:limit]

    def slide(self, name: str, total: int) -> int:
        raw = self.raw(name)
        if not raw:
            return 1
        if _SLIDE.fullmatch(raw) and 1 <= int(raw) <= total:
            return int(raw)
        self.notices.append(
            self.loc._("There is no slide “{n}”: the deck has {total}. Showing the first slide.").format(
                n=shown(raw), total=total
            )
        )
        return 1


def parse_lang(query: Mapping[str, str], fallback: str | None = None) -> tuple[str, str]:
    """The interface language: ?lang= if valid, else `fallback` (the session's or the browser's) if known, else English.

    Returns (lang, notice); the notice is in the language chosen.
    """
    raw = str(query.get("lang", ""))[:MAX_VALUE].strip()
    chosen = _canonical(raw, LANGUAGES) if raw else None
    base = (fallback or "").split("-")[0].casefold()
    lang = chosen or (base if base in LANGUAGES else DEFAULT_LANGUAGE)
    notice = ""
    if raw and not chosen:
        notice = locale(lang)._("Ignored “{value}”: use one of {values}.").format(value=shown(raw), values=", ".join(LANGUAGES))
    return lang, notice


def from_query(page: str, query: Mapping[str, str], data: Dataset, fallback_lang: str | None = None) -> Parsed:
    """The state of `page` that `query` asks for; unknown or malformed values are dropped with a notice."""
    lang, lang_notice = parse_lang(query, fallback_lang)
    loc = locale(lang)
    read = _Reader(query, loc)
    state: ViewState
    if page == "map":
        organisations = tuple(e.party_id for e in data.endorsing_organisations)
        state = MapState(
            lang, read.country("country"), read.choice("outline", organisations), read.choice("view", REGIONS) or "world"
        )
    elif page == "timeline":
        kinds = tuple(k for k in EVENT_COLOURS if any(e.kind == k for e in data.events))
        message = loc._("There is no event “{id}”. Pick one from the list below.")
        state = TimelineState(
            lang,
            read.choices("kinds", kinds),
            read.record("event", tuple(e.event_id for e in data.events), message),
            read.flag("all"),
        )
    elif page == "quotes":
        quotes = data.quotes
        state = QuotesState(
            lang,
            read.text("q"),
            read.choices("speaker", tuple(dict.fromkeys(q.speaker for q in quotes))),
            read.choices("org", tuple(dict.fromkeys(q.organisation for q in quotes))),
            read.record("quote", tuple(q.quote_id for q in quotes), loc._("There is no quote “{id}”. Showing all quotes.")),
        )
    elif page == "present":
        from coalition.deck import slide_count  # the deck's length depends on the country and the quotes chosen

        country = read.country("country")
        chosen = read.choices("quotes", tuple(q.quote_id for q in data.quotes)) or None
        partial = PresentState(lang, 1, read.flag("notes"), country, chosen)
        state = replace(partial, slide=read.slide("slide", slide_count(data, partial)))
    else:
        state = STATES.get(page, OverviewState)(lang)
    return Parsed(state, tuple(n for n in (lang_notice, *read.notices) if n))


def _format(value: object) -> str:
    """A field's URL form: flags as 1, lists comma-separated."""
    if value is True:
        return "1"
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)


def to_query(state: ViewState) -> dict[str, str]:
    """The canonical query of a state: `lang` first, then the page's parameters in a fixed order, defaults left out."""
    query = {"lang": state.lang}
    defaults = type(state)(lang=state.lang)
    for name, field_name in PARAMS[state.page].items():
        value = getattr(state, field_name)
        if value != getattr(defaults, field_name):
            query[name] = _format(value)
    return query


def url(state: ViewState, base_url: str, **extra: str) -> str:
    """The full address of a state under `base_url` (the app's root, ending in '/'); `extra` parameters appended."""
    query = {**to_query(state), **extra}
    return f"{base_url}{PATHS[state.page]}?{urlencode(query)}"
