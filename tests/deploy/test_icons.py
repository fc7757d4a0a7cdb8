"""The icon font cut to the app's icons: every icon our code or Streamlit's frontend names is kept, the rest goes."""

from __future__ import annotations

import re
from pathlib import Path

from fontTools.ttLib import TTFont

from deploy import icons
from deploy.assets import ICON_SOURCES, ROOT, STREAMLIT_STATIC

FONT = next((STREAMLIT_STATIC / "static" / "media").glob("MaterialSymbols-Rounded.*.woff2"))
JS = STREAMLIT_STATIC / "static" / "js"


def our_sources() -> list[Path]:
    return [ROOT / "app.py", *(p for name in ICON_SOURCES[1:] for p in (ROOT / name).rglob("*.py"))]


def test_the_cut_keeps_every_icon_named_and_is_a_seventh_of_the_font(tmp_path: Path) -> None:
    names = icons.names_in_use(JS, our_sources())
    icons.cut(FONT, tmp_path / "icons.woff2", names)
    cut = icons.ligatures(TTFont(tmp_path / "icons.woff2"))
    ours = {"public", "table_view", "show_chart", "timeline", "format_quote", "menu_book", "link", "code", "download"}
    streamlit = set(re.findall(r":material/([a-z0-9_]+):", " ".join(p.read_text(encoding="utf-8") for p in JS.glob("*.js"))))
    in_the_font = set(icons.ligatures(TTFont(FONT)))  # Streamlit names a few the font lacks ("star_filled")
    assert (ours | streamlit | {"expand_more", "fullscreen", "close", "123"}) & in_the_font <= set(cut)
    assert {"pets", "sports_esports", "rocket_launch"}.isdisjoint(cut)  # named nowhere
    assert (tmp_path / "icons.woff2").stat().st_size < FONT.stat().st_size / 6


def test_names_in_use_reads_our_material_codes(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text('st.Page(icon=":material/pets:")\nst.write("rocket_launch")\n', encoding="utf-8")
    names = icons.names_in_use(tmp_path / "no-js", [tmp_path / "page.py"])
    assert names == {"pets"}
