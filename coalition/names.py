"""Published names of states and organisations to ISO 3166-1 alpha-3 codes or organisation ids.

Resolution order: the team's table `data/names.csv` (names, aliases and names that must be asked
about); pycountry (name, official name, common name, and their Ukrainian translations);
country_converter's regular expressions; fuzzy matches only as suggestions. A name that could be
two parties is never resolved: it comes back with status "ask" and its candidates.
"""

from __future__ import annotations

import csv
import difflib
import gettext
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycountry

from coalition import converter
from coalition.errors import DataError, Problem

NAMES_CSV = Path(__file__).resolve().parent.parent / "data" / "names.csv"
LOCALES = ("uk",)  # pycountry translations searched besides English
FIELDS = ("name", "lang", "party_id", "party_kind", "match", "note")
# ISO 3166-1 reserves AAA–AAZ, QMA–QZZ, XAA–XZZ and ZZA–ZZZ for user-assigned codes (e.g. XKX, Kosovo).
USER_ASSIGNED = re.compile(r"^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_DASHES = re.compile(r"[\s\-‐‑‒–—]+")


@dataclass(frozen=True)
class Entry:
    """One line of names.csv (line = its line number in the file)."""

    name: str
    lang: str
    party_ids: tuple[str, ...]
    party_kind: str
    match: str
    note: str
    line: int


@dataclass(frozen=True)
class Resolution:
    """What a published name resolves to.

    status: "exact" (party_id set), "ask" (candidates: the parties it could be) or "unresolved"
    (candidates: fuzzy suggestions). via: "table", "pycountry", "country_converter" or "".
    """

    name: str
    status: str
    party_id: str | None = None
    party_kind: str | None = None
    via: str = ""
    candidates: tuple[str, ...] = ()


def normalise(text: str) -> str:
    """Case-folded, accents removed, apostrophes and dashes unified, spaces collapsed: the key names are compared by."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _DASHES.sub(" ", bare).strip()


def _schema() -> dict[str, object] | None:
    """The Table Schema of names.csv, as data/datapackage.json declares it."""
    try:
        descriptor = json.loads((NAMES_CSV.parent / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    declared = descriptor.get("resources", []) if isinstance(descriptor, dict) else []
    found = [r.get("schema") for r in declared if isinstance(r, dict) and r.get("name") == "names"]
    return found[0] if found and isinstance(found[0], dict) else None


def table_problems(path: Path = NAMES_CSV) -> list[Problem]:
    """Table Schema problems of names.csv (frictionless), and state codes that are neither pycountry's nor user-assigned."""
    from frictionless import Resource, Schema  # imported here: only validation needs it

    schema = _schema()
    if schema is None:
        return [Problem("datapackage.json", None, "resources", "no 'names' resource is declared", "restore it from git")]
    resource = Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(schema))
    report = resource.validate()
    problems = [
        Problem(
            path.name,
            getattr(e, "row_number", None),
            getattr(e, "field_name", None) or None,
            e.message,
            "correct the cell as data/README.md describes it",
        )
        for task in report.tasks
        for e in task.errors
    ]
    if problems:
        return problems
    for entry in _read(path):
        for code in entry.party_ids:
            if entry.party_kind == "state" and not _pycountry_code(code) and not USER_ASSIGNED.match(code):
                problems.append(
                    Problem(
                        path.name,
                        entry.line,
                        "party_id",
                        f"'{code}' is not an ISO 3166-1 alpha-3 code",
                        "use pycountry's code, or a user-assigned one (XAA–XZZ) such as XKX for Kosovo",
                    )
                )
    return problems


def _read(path: Path) -> list[Entry]:
    try:
        with path.open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError([Problem(path.name, None, None, f"cannot read the names table ({exc})", "restore it from git")]) from None
    if rows and set(FIELDS) - set(rows[0]):
        raise DataError([Problem(path.name, 1, None, f"the header must be {','.join(FIELDS)}", "restore it from git")])
    return [
        Entry(r["name"], r["lang"], tuple(r["party_id"].split(";")), r["party_kind"], r["match"], r["note"], line)
        for line, r in enumerate(rows, start=2)
    ]


@cache
def table(path: Path = NAMES_CSV) -> tuple[Entry, ...]:
    """The entries of names.csv. Raises DataError if it is unreadable or breaks its schema."""
    problems = table_problems(path)
    if problems:
        raise DataError(problems)
    return tuple(_read(path))


def _pycountry_code(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def user_assigned_states() -> dict[str, Entry]:
    """State codes the table adds to ISO 3166-1 (e.g. XKX), each with its first (English) entry."""
    found: dict[str, Entry] = {}
    for entry in table():
        code = entry.party_ids[0]
        if entry.party_kind == "state" and entry.match == "exact" and not _pycountry_code(code):
            found.setdefault(code, entry)
    return found


@cache
def translation(locale: str) -> gettext.NullTranslations:
    """pycountry's ISO 3166-1 names in `locale`; English if it has none."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)


@cache
def pycountry_names() -> dict[str, frozenset[str]]:
    """Normalised name -> alpha-3 codes, over names, official and common names in English and LOCALES."""
    index: dict[str, set[str]] = {}
    for country in pycountry.countries:
        english = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
        names = [n for n in english if n]
        names += [translation(locale).gettext(n) for locale in LOCALES for n in list(names)]
        for name in names:
            index.setdefault(normalise(name), set()).add(str(country.alpha_3))
    return {name: frozenset(codes) for name, codes in index.items()}


@cache
def known_names() -> dict[str, Resolution]:
    """Every name the table or pycountry resolves or asks about, normalised -> Resolution (the table wins)."""
    found: dict[str, Resolution] = {}
    for name, codes in pycountry_names().items():
        if len(codes) == 1:
            found[name] = Resolution(name, "exact", next(iter(codes)), "state", "pycountry")
        else:
            found[name] = Resolution(name, "ask", None, "state", "pycountry", tuple(sorted(codes)))
    for entry in table():
        key = normalise(entry.name)
        if entry.match == "exact":
            found[key] = Resolution(entry.name, "exact", entry.party_ids[0], entry.party_kind, "table")
        else:
            found[key] = Resolution(entry.name, "ask", None, entry.party_kind, "table", entry.party_ids)
    return found


@cache
def abbreviations() -> frozenset[str]:
    """Normalised names written in capitals ("EU", "USA", "ОАЕ"): text must write them in capitals too to match."""
    spellings = [e.name for e in table()]
    for country in pycountry.countries:
        english = [n for n in (getattr(country, a, None) for a in ("name", "official_name", "common_name")) if n]
        spellings += english + [translation(locale).gettext(n) for locale in LOCALES for n in english]
    return frozenset(normalise(s) for s in spellings if s.isupper())


@cache
def _converter() -> tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]:
    """country_converter's (regex, ISO3, normalised words of its names) per country."""
    return tuple((regex, iso3, frozenset(re.findall(r"\w+", normalise(spelled)))) for regex, iso3, spelled in converter.regexes())


# Words that do not identify a state: a name such as "Slovak Republic" is judged by its other words.
_GENERIC = frozenset(
    ["the", "of", "and", "republic", "kingdom", "state", "states", "federal", "democratic", "people's", "peoples", "islamic"]
)


@cache
def _words_by_code() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for name, resolution in known_names().items():
        if resolution.party_id:
            words.setdefault(resolution.party_id, set()).update(re.findall(r"[\w']+", name))
    return {code: frozenset(w) for code, w in words.items()}


def _by_converter(key: str) -> Resolution | None:
    matches = [(iso3, words) for regex, iso3, words in _converter() if regex.search(key)]
    if not matches:
        return None
    if len({iso3 for iso3, _ in matches}) > 1:
        return Resolution(key, "ask", None, "state", "country_converter", tuple(sorted({iso3 for iso3, _ in matches})))
    iso3, words = matches[0]
    allowed = words | _words_by_code().get(iso3, frozenset()) | _GENERIC
    if set(re.findall(r"[\w']+", key)) <= allowed:
        return Resolution(key, "exact", iso3, "state", "country_converter")
    return Resolution(key, "unresolved", None, None, "", (iso3,))


@lru_cache(maxsize=4096)
def resolve(published: str) -> Resolution:
    """Resolve a name as published ("Slovak Republic", "Türkiye", "Україна", "Bolivia (Plurinational State of)")."""
    key = re.sub(r"^the ", "", normalise(published)).strip(" .,;:*")
    if not key:
        return Resolution(published, "unresolved")
    names = known_names()
    inverted = re.match(r"^(.+?) \((.+ of(?: the)?)\)$", key)  # UN style: "Iran (Islamic Republic of)"
    for candidate in (key, f"{inverted[2]} {inverted[1]}" if inverted else ""):
        if candidate in names:
            found = names[candidate]
            return Resolution(published, found.status, found.party_id, found.party_kind, found.via, found.candidates)
    converted = _by_converter(key)
    if converted is not None and converted.status != "unresolved":
        return Resolution(
            published, converted.status, converted.party_id, converted.party_kind, converted.via, converted.candidates
        )
    guesses = difflib.get_close_matches(key, list(names), n=3, cutoff=0.75)
    suggested = [c for g in guesses for c in ((names[g].party_id or "",) if names[g].party_id else names[g].candidates)]
    if converted is not None:
        suggested = [*converted.candidates, *suggested]
    return Resolution(published, "unresolved", candidates=tuple(dict.fromkeys(suggested)))


def unused_entries(published_names: Iterable[str], path: Path = NAMES_CSV) -> list[Problem]:
    """Warnings for table entries nothing needs: no published name uses them and pycountry resolves them the same way."""
    used = {normalise(n) for n in published_names}
    warnings = []
    for entry in table(path):
        key = normalise(entry.name)
        if key in used or entry.match == "ask":
            continue
        codes = pycountry_names().get(key, frozenset())
        if codes == frozenset(entry.party_ids):
            warnings.append(
                Problem(
                    "names.csv",
                    entry.line,
                    "name",
                    f"'{entry.name}' is used by no published name and pycountry already resolves it to {entry.party_ids[0]}",
                    "delete the line",
                )
            )
    return warnings
