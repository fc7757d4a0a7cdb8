"""Split an article's text into tokens: names of parties, flags, annotations in brackets, separators and words.

Names are found by longest match against every name `coalition.names` knows (so "Trinidad and
Tobago" or "Korea, Republic of" stay one token); the text is compared in a normalised form of the
same length, so each token's offsets are those of the original text and evidence is an exact span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

import pycountry

from coalition import names
from coalition.names import Resolution

_RI = 0x1F1E6  # REGIONAL INDICATOR SYMBOL LETTER A
FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
TAG_FLAG = re.compile("\U0001f3f4[\U000e0020-\U000e007f]+")  # subdivision flags (England, Scotland): never a party
PAREN = re.compile(r"\(([^()\n]{0,300})\)")
SEPARATOR = re.compile(
    r"(?P<blank>\n[ \t]*\n\s*)"
    r"|(?P<bullet>(?:(?<=\n)|^)[ \t]*(?:[-–—*+•·▪◦‣∙■►▶➤✓✔✅☑➡>]|\d{1,3}[.)]|#{1,6})(?=[ \t]))"
    r"|(?P<newline>\n)"
    r"|(?P<period>[.!?](?=[\s\"”’»]|$)[\"”’»]*)"
    r"|(?P<comma>,)|(?P<semicolon>;)|(?P<colon>:)|(?P<pipe>\|)|(?P<tab>\t)|(?P<quote>[“”«»„\"])"
    r"|(?P<conj>(?<!\w)(?:and|or|as well as|plus|та|і|й|а також|&)(?!\w))"
    r"|(?P<dash>(?<=\s)[–—-](?=\s))"
    r"|(?P<symbol>[•·▪●◦‣∙■►▶➤✓✔✅☑➡👉])",
    re.IGNORECASE,
)
SPACES = re.compile(r"[^\S\n\t]+|\s")
WORD = re.compile(r"(?:[^\s,;:|()\[\]“”«»„\".!?]|[.!?](?![\s\"”’»]|$))+")


@dataclass(frozen=True)
class Token:
    """kind: "name", "flag", "paren" (an annotation in brackets), "sep" or "word". For seps, `sep` names the separator."""

    kind: str
    start: int
    end: int
    text: str
    resolution: Resolution | None = None
    sep: str = ""


def normalised(text: str) -> str:
    """`names.normalise` applied character by character, so that offsets stay those of `text` (NFC text assumed)."""
    table: dict[int, str] = {}
    for char in set(text):
        if char.isspace() or char in "-‐‑‒–—":
            table[ord(char)] = " "
        else:
            folded = names.normalise(char)
            table[ord(char)] = folded[:1] or char
    return text.translate(table)


@cache
def _by_first_word() -> dict[str, tuple[tuple[str, Resolution], ...]]:
    grouped: dict[str, list[tuple[str, Resolution]]] = {}
    for name, resolution in names.known_names().items():
        first = re.match(r"\w+", name)
        if first:
            grouped.setdefault(first[0], []).append((name, resolution))
    return {word: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for word, pairs in grouped.items()}


def find_names(text: str) -> list[Token]:
    """Every known name in `text`, longest first, written with a capital (abbreviations in capitals)."""
    norm = normalised(text)
    index, capitals = _by_first_word(), names.abbreviations()
    found: list[Token] = []
    taken = 0
    for word in re.finditer(r"\w+", norm):
        i = word.start()
        if i < taken:
            continue
        for name, resolution in index.get(word[0], ()):
            end = i + len(name)
            if not norm.startswith(name, i) or (end < len(norm) and norm[end].isalnum()):
                continue
            span = text[i:end]
            if not span[0].isupper() or (name in capitals and not span.isupper()):
                continue
            found.append(Token("name", i, end, span, resolution))
            taken = end
            break
    return found


def flag_resolution(flag: str) -> Resolution:
    """A flag (two regional indicators) as a party: 🇺🇦 UKR, 🇪🇺 the EU (names.csv), 🇽🇰 Kosovo (names.csv)."""
    letters = "".join(chr(ord(c) - _RI + ord("A")) for c in flag)
    country = pycountry.countries.get(alpha_2=letters)
    if country is not None:
        return Resolution(flag, "exact", str(country.alpha_3), "state", "pycountry")
    found = names.resolve(letters)
    return Resolution(flag, found.status, found.party_id, found.party_kind, found.via, found.candidates)


def tokenize(text: str) -> list[Token]:
    """The text as tokens in order. A bracket holding a list (two names, or a name and a comma) is split into
    separators "open" and "close" around its tokens; any other bracket is one "paren" token."""
    fixed = find_names(text)
    fixed += [Token("flag", m.start(), m.end(), m[0], flag_resolution(m[0])) for m in FLAG.finditer(text)]
    fixed += [Token("sep", m.start(), m.end(), m[0], sep="symbol") for m in TAG_FLAG.finditer(text)]
    fixed.sort(key=lambda t: t.start)
    starts = [t.start for t in fixed]
    brackets: list[Token] = []
    for paren in PAREN.finditer(text):
        first = bisect.bisect_right(starts, paren.start())
        if first and fixed[first - 1].end > paren.start():
            continue  # the bracket is part of a name
        inside = fixed[first : bisect.bisect_left(starts, paren.end())]
        inside = [t for t in inside if t.kind in ("name", "flag")]
        if len(inside) >= 2 or (inside and "," in paren[1]):
            brackets += [
                Token("sep", paren.start(), paren.start() + 1, "(", sep="open"),
                Token("sep", paren.end() - 1, paren.end(), ")", sep="close"),
            ]
        elif not inside:
            brackets.append(Token("paren", paren.start(), paren.end(), paren[0]))
    fixed = sorted(fixed + brackets, key=lambda t: t.start)
    starts = [t.start for t in fixed]
    tokens: list[Token] = []
    pos, k = 0, 0
    while pos < len(text):
        while k < len(fixed) and fixed[k].start < pos:
            k += 1
        if k < len(fixed) and fixed[k].start == pos:
            tokens.append(fixed[k])
            pos = fixed[k].end
            continue
        limit = starts[k] if k < len(starts) else len(text)
        sep = SEPARATOR.match(text, pos, limit)
        if sep and sep.end() > pos:
            tokens.append(Token("sep", pos, sep.end(), sep[0], sep=str(sep.lastgroup)))
            pos = sep.end()
        elif text[pos].isspace():
            space = SPACES.match(text, pos)
            pos = space.end() if space else pos + 1
        else:
            word = WORD.match(text, pos, limit)
            end = word.end() if word and word.end() > pos else pos + 1
            tokens.append(Token("word", pos, end, text[pos:end]))
            pos = end
    return tokens
