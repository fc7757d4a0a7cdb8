"""Streamlit's icon font (Material Symbols Rounded, 375 KB, every one of its 4,300 icons), cut by fontTools to the icons
this app can show: those Streamlit's frontend names and those our code names (`:material/…:`). Every page's stylesheet
loads the font before the first paint; the cut is about 50 KB.

An icon is a ligature: the font draws the letters "expand_more" as one glyph. The cut keeps the letters and only the
ligatures of the kept names; any other name would show as its letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont

# A name in Streamlit's JavaScript (quoted, or in a :material/…: code) or in ours (:material/…:).
QUOTED = re.compile(r"""["'`:/]([a-z0-9][a-z0-9_]*)["'`:]""")
OURS = re.compile(r":material/([a-z0-9_]+):")
LIGATURE_SUBSTITUTION = 4
EXTENSION = 7


def _ligature_tables(font: TTFont) -> Iterable[Any]:
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = table.ExtSubTable if table.LookupType == EXTENSION else table
            if table.LookupType == LIGATURE_SUBSTITUTION:
                yield table


def ligatures(font: TTFont) -> dict[str, str]:
    """Icon name -> glyph name, from the font's ligature substitutions ("expand_more" -> its glyph)."""
    letters = {glyph: chr(code) for code, glyph in font.getBestCmap().items()}
    return {
        "".join(letters.get(g, "\ufffd") for g in (first, *ligature.Component)): ligature.LigGlyph
        for table in _ligature_tables(font)
        for first, entries in table.ligatures.items()
        for ligature in entries
    }


def names_in_use(frontend: Path, sources: Iterable[Path]) -> set[str]:
    """Every word Streamlit's JavaScript under `frontend` quotes (a superset of the icons it draws), and the
    `:material/…:` names in `sources` (our Python files)."""
    script = " ".join(p.read_text(encoding="utf-8", errors="ignore") for p in frontend.rglob("*.js"))
    ours = " ".join(p.read_text(encoding="utf-8") for p in sources)
    return set(QUOTED.findall(script)) | set(OURS.findall(ours))


def cut(source: Path, target: Path, names: set[str]) -> None:
    """Write to `target` (WOFF2) the font at `source` with only the icons in `names` (and their other names)."""
    font = TTFont(source)
    glyphs = {name: glyph for name, glyph in ligatures(font).items() if name in names}
    kept = set(glyphs.values())
    for table in _ligature_tables(font):
        entries = {first: [e for e in ls if e.LigGlyph in kept] for first, ls in table.ligatures.items()}
        table.ligatures = {first: ls for first, ls in entries.items() if ls}
    options = subset.Options(flavor="woff2", layout_features=["*"], name_IDs=["*"], notdef_outline=True)
    subsetter = subset.Subsetter(options)
    letters = {code for code, glyph in font.getBestCmap().items() if chr(code).isascii() or glyph in kept}
    subsetter.populate(glyphs=sorted(kept), unicodes=sorted(letters))
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)
