"""Lists of parties in a text: cells between separators, the runs of names they form, and each run's role.

Formats: one name per line, bullets, "A, B; C and D" in prose, "12 against, namely: …", lists in
brackets, flags (🇦🇹 🇧🇪, or a flag before a name), annotations such as "(observer)" or "*".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from coalition import names
from coalition.ingest import cues
from coalition.ingest.tokens import Token, tokenize
from coalition.names import Resolution

LIST_SEPARATORS = frozenset({"comma", "semicolon", "newline", "blank", "conj", "bullet", "pipe", "tab", "dash", "symbol"})
FILLERS = frozenset({"the", "and", "or", "also", "as", "well", "plus", "та", "і", "й", "а", "також"})
CONNECTORS = frozenset(
    {"of", "the", "and", "de", "da", "do", "du", "des", "la", "le", "y", "et", "und", "al", "el", "і", "та", "й"}
)
FOOTNOTE = re.compile(r"^(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])$")
LOOK_BACK = 300  # characters before a list searched for its cue
MAX_CELL = 400  # tokens: a longer stretch without a separator is prose (a list of flags can reach 200)


@dataclass
class Item:
    """One party as published: the name, its evidence span (with brackets and flag), and its annotations."""

    published: str
    start: int
    end: int
    resolution: Resolution
    annotations: tuple[str, ...] = ()
    note: str = ""


@dataclass
class Run:
    """Names one after another, separated only by commas, "and", new lines or bullets."""

    items: list[Item] = field(default_factory=list)
    start: int = 0  # where the cue region may end: the first cell, its lead words included
    end: int = 0
    status: str = ""
    cue: str = ""
    partial: bool = False
    accepted: bool = False
    reason: str = ""
    edges: list[Item] = field(default_factory=list)  # unresolved names next to the list, not taken

    @property
    def resolved(self) -> int:
        return sum(1 for item in self.items if item.resolution.status != "unresolved")


@dataclass
class Cell:
    tokens: list[Token]
    breaks_before: bool  # a full stop, colon or bracket lies between this cell and the previous one
    blank_before: bool = False  # a blank line lies between them


def cells(tokens: list[Token]) -> list[Cell]:
    """Tokens grouped between separators."""
    found: list[Cell] = []
    current: list[Token] = []
    breaking, blank = True, False
    for token in tokens:
        if token.kind == "sep":
            if current:
                found.append(Cell(current, breaking, blank))
                current, breaking, blank = [], False, False
            breaking = breaking or token.sep not in LIST_SEPARATORS
            blank = blank or token.sep == "blank"
        else:
            current.append(token)
    if current:
        found.append(Cell(current, breaking, blank))
    return found


def _name_like(words: list[str]) -> bool:
    if not 1 <= len(words) <= 7 or not words[0][:1].isupper() or any(c.isdigit() for w in words for c in w):
        return False
    return all(w[:1].isupper() or w.lower() in CONNECTORS or w.lower().startswith(("d'", "d’")) for w in words)


def _item(text: str, core: list[Token], extras: list[Token]) -> Item:
    start, end = core[0].start, max(t.end for t in core + extras)
    published = text[core[0].start : core[-1].end]
    if len(core) == 1 and core[0].resolution is not None:
        resolution = core[0].resolution
    else:
        resolution = names.resolve(published)
        inner = [t.resolution.party_id for t in core if t.resolution and t.resolution.party_id]
        if resolution.status == "unresolved" and inner:
            resolution = Resolution(published, "unresolved", candidates=tuple(dict.fromkeys(inner)))
    annotations = tuple(t.text for t in extras)
    return Item(published, start, end, Resolution(published, *_fields(resolution)), annotations)


def _fields(r: Resolution) -> tuple[str, str | None, str | None, str, tuple[str, ...]]:
    return r.status, r.party_id, r.party_kind, r.via, r.candidates


def analyse(text: str, cell: Cell) -> tuple[str, list[Item], str]:
    """(shape, items, extra words): shape is "items", "name", "prefixed", "suffixed", "enclosed" (words before
    and after, as flags between a lead-in and a link), "filler" or "other"."""
    tokens = list(cell.tokens)
    if len(tokens) > MAX_CELL:
        return "other", [], ""
    lead = 0
    while (
        lead < len(tokens)
        and tokens[lead].kind == "word"
        and (tokens[lead].text.lower() in FILLERS or not any(c.isalnum() for c in tokens[lead].text))
    ):
        lead += 1
    tokens = tokens[lead:]
    extras: list[Token] = []
    while tokens and (tokens[-1].kind == "paren" or (tokens[-1].kind == "word" and FOOTNOTE.match(tokens[-1].text))):
        extras.insert(0, tokens.pop())
    attached = [t for i, t in enumerate(tokens) if t.kind == "paren" and i and tokens[i - 1].kind == "name"]
    if attached and not extras:  # "Switzerland (observer) supported the statement"
        extras, tokens = attached, [t for t in tokens if t not in attached]
    core = [t for t in tokens if t.kind != "flag"]
    flags = [t for t in tokens if t.kind == "flag"]
    if not tokens or any(t.kind == "paren" for t in core):
        return "other", [], ""
    if not core:
        return "items", [_item(text, [f], extras if f is flags[-1] else []) for f in flags], ""
    words = [t.text for t in core if t.kind == "word"]
    named = [t for t in core if t.kind == "name"]
    if len(core) == 1 and named and (not flags or tokens.index(flags[-1]) <= 1):
        item = _item(text, core, extras)
        mismatch = [f.text for f in flags if f.resolution and f.resolution.party_id != item.resolution.party_id]
        item.note = f"flag {' '.join(mismatch)} does not match the name" if mismatch else ""
        return "items", [item], ""
    spelled = text[core[0].start : core[-1].end].split()
    if _name_like(spelled) and not cues.CUES.search(" ".join(spelled)) and not flags:
        item = _item(text, core, extras)
        if item.resolution.status != "unresolved" or not named or len(named) > 1:
            return "name", [item], ""
    at = [i for i, t in enumerate(tokens) if t.kind == "flag"]
    if not named and len(flags) >= 2 and at == list(range(at[0], at[0] + len(at))):  # "on behalf of: 🇦🇩🇦🇱… pic.twitter.com/…"
        shape = {(True, False): "prefixed", (False, True): "suffixed", (True, True): "enclosed"}[
            at[0] > 0, at[-1] < len(tokens) - 1
        ]
        return shape, [_item(text, [f], []) for f in flags], " ".join(words)
    if len(named) == 1 and core[-1] is named[0] and words:
        return "prefixed", [_item(text, [named[0]], extras)], " ".join(words)
    if len(named) == 1 and core[0] is named[0] and words and (not extras or extras == attached):
        return "suffixed", [_item(text, [named[0]], extras)], " ".join(words)
    if not named and not flags and len(words) <= 4 and all(w.islower() and w.isalpha() for w in words):
        return "filler", [], ""
    return "other", [], ""


def find_runs(text: str, kind: str) -> list[Run]:
    """Every run of names in `text`, with its status and whether it is taken as a list of parties."""
    tokens = tokenize(text)
    # Sentences end at a full stop, and paragraphs at a blank line unless a colon announces what follows.
    stops = [
        t.end
        for t in tokens
        if t.sep == "period" or (t.sep == "blank" and not text[max(0, t.start - 200) : t.start].rstrip().endswith(":"))
    ]
    line_count = sum(1 for line in text.splitlines() if line.strip())
    all_cells = cells(tokens)
    shapes = [analyse(text, c) for c in all_cells]
    runs: list[Run] = []
    current: Run | None = None
    for i, (cell, (shape, items, _words)) in enumerate(zip(all_cells, shapes, strict=True)):
        joinable = current is not None and not cell.breaks_before
        if shape in ("items", "name") and joinable and current is not None:
            current.items += items
        elif shape in ("items", "name", "prefixed"):
            current = Run(items=list(items), start=cell.tokens[0].start)
            runs.append(current)
        elif shape in ("suffixed", "enclosed"):
            if not (joinable and current is not None) or cell.blank_before or shape == "enclosed":
                current = Run(start=cell.tokens[0].start)
                runs.append(current)
            current.items += items
            current = None
        elif shape == "filler" and joinable and i + 1 < len(shapes):
            following = all_cells[i + 1]
            if shapes[i + 1][0] in ("items", "name", "suffixed") and not following.breaks_before:
                continue
            current = None
        else:
            current = None
    previous_end = 0
    for run in runs:
        while run.items and run.items[0].resolution.status == "unresolved":
            run.edges.append(run.items.pop(0))
            run.start = run.items[0].start if run.items else run.start
        while run.items and run.items[-1].resolution.status == "unresolved":
            run.edges.append(run.items.pop())
        if not run.items:
            continue
        run.end = run.items[-1].end
        before = bisect.bisect_right(stops, run.start)
        sentence_start = stops[before - 1] if before else 0
        lead_start = max(sentence_start, previous_end, run.start - LOOK_BACK)
        first = run.items[0].start
        lead = text[lead_start:first]
        after = bisect.bisect_right(stops, run.end)
        stop = stops[after] if after < len(stops) else len(text)
        newline = text.find("\n", run.end)
        tail = text[run.end : min(stop, newline if newline >= 0 else len(text), run.end + 200)]
        run.status, run.cue, gap = cues.run_status(lead, tail, text[sentence_start:first], kind)
        run.partial = bool(cues.PARTIAL.search(lead))
        share = (text.count("\n", run.start, run.end) + 1) / line_count if line_count else 0.0
        _accept(run, lead, kind, bool(run.status) and cues.beside(run.status, gap), share)
        previous_end = run.end
    return [run for run in runs if run.items]


def _accept(run: Run, lead: str, kind: str, near: bool, share: float) -> None:
    """Take a run as a list of parties: three names or more with a role; one or two only when the words right
    beside them say their role ("co-chaired by A and B", "A and B withdrew", "namely: A") or an annotation does."""
    if not run.status and share >= 0.8:  # share: the part of the text's lines the run spans
        run.status, run.cue = cues.default_status(kind), "(the whole text is the list)"
    if run.status == cues.NOT_PARTY:
        run.reason = f"named as not taking part ({run.cue[:60]})"
    elif not run.status:
        run.reason = "no words say what role this list gives"
    elif run.resolved >= 3 and run.resolved * 2 >= len(run.items):
        run.accepted = True
    elif run.resolved >= 3:
        run.reason = "most of its names do not resolve"
    elif near or cues.introduced(lead) or any(cues.annotation_status(a, kind) for i in run.items for a in i.annotations):
        run.accepted = run.resolved > 0
    else:
        run.reason = "only one or two names, with no words right beside them saying their role"
