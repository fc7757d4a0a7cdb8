"""Reading a URL query into a view state: bounded (long values cut before any parsing, integers matched by pattern
before conversion), every ignored value reported in a plain-text notice in the reader's language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from coalition.countries import is_iso3
from coalition.i18n import DEFAULT_LANGUAGE, LANGUAGES, Locale, locale
from coalition.models import Dataset
from coalition.theme import EVENT_COLOURS
from coalition.viewstate.states import (
    REGIONS,
    STATES,
    CompareState,
    MapState,
    OverviewState,
    PresentState,
    QuotesState,
    TimelineState,
    TrendsState,
    ViewState,
)

MAX_VALUE = 200  # characters of a parameter that are read at all
MAX_ITEMS = 50  # items of a comma-separated list
MAX_SHOWN = 40  # characters of a bad value quoted in a notice
FLAG_VALUES = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}
_ISO3 = re.compile(r"[A-Za-z]{3}")
_SLIDE = re.compile(r"[0-9]{1,6}")


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
    statements = tuple(s.statement_id for s in data.statements)
    missing_statement = loc._("There is no statement “{id}”. Showing the featured one.")
    statement = read.record("statement", statements, missing_statement) or ""
    statement = "" if statement == data.statement.statement_id else statement
    state = _page_state(page, read, data, lang, statement)
    return Parsed(state, tuple(n for n in (lang_notice, *read.notices) if n))


def _page_state(page: str, read: _Reader, data: Dataset, lang: str, statement: str) -> ViewState:
    """The page's own parameters."""
    loc = read.loc
    state: ViewState
    if page == "map":
        groups = tuple(dict.fromkeys(m.organisation_id for m in data.memberships))
        state = MapState(
            lang, statement, read.country("country"), read.choice("outline", groups), read.choice("view", REGIONS) or ""
        )
    elif page == "timeline":
        kinds = tuple(k for k in EVENT_COLOURS if any(e.kind == k for e in data.events))
        message = loc._("There is no event “{id}”. Pick one from the list below.")
        event = read.record("event", tuple(e.event_id for e in data.events), message)
        state = TimelineState(lang, statement, read.choices("kinds", kinds), event, read.flag("all"))
    elif page == "quotes":
        quotes = data.quotes
        state = QuotesState(
            lang,
            statement,
            read.text("q"),
            read.choices("speaker", tuple(dict.fromkeys(q.speaker for q in quotes))),
            read.choices("org", tuple(dict.fromkeys(q.organisation for q in quotes))),
            read.record("quote", tuple(q.quote_id for q in quotes), loc._("There is no quote “{id}”. Showing all quotes.")),
        )
    elif page == "compare":
        groups = tuple(dict.fromkeys(m.organisation_id for m in data.memberships))
        statements = tuple(s.statement_id for s in data.statements)
        message = loc._("There is no statement “{id}”. Showing the featured one.")
        group, changed, order = read.choice("group", groups), read.flag("changed"), read.record("sort", statements, message)
        a, b = read.record("a", statements, message), read.record("b", statements, message)
        state = CompareState(lang, statement, group, changed, order, a, b)
    elif page == "trends":
        state = TrendsState(lang, statement, read.choices("series", tuple(s.series_id for s in data.series)))
    elif page == "present":
        from coalition.deck import slide_count  # the deck's length depends on the country and the quotes chosen

        country = read.country("country")
        chosen = read.choices("quotes", tuple(q.quote_id for q in data.quotes)) or None
        partial = PresentState(lang, statement, 1, read.flag("notes"), country, chosen)
        state = replace(partial, slide=read.slide("slide", slide_count(data, partial)))
    else:
        state = STATES.get(page, OverviewState)(lang, statement)
    return state
