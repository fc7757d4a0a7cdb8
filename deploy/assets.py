"""The files nginx serves itself: Streamlit's frontend and the app's static/, each with .gz and .br beside it.

Streamlit's frontend (hashed file names, so cached for a year) is copied once per Streamlit version; the
app's static/ is refreshed on every start. Compressed once here at the highest levels (gzip 9, brotli 11),
so nginx sends them with gzip_static/brotli_static and never compresses them per request.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import brotli
import streamlit

from deploy import icons

ROOT = Path(__file__).resolve().parent.parent
STREAMLIT_STATIC = Path(streamlit.__file__).resolve().parent / "static"
APP_STATIC = ROOT / "static"
# Types worth compressing (fonts and images are compressed already).
COMPRESSIBLE = {".js", ".css", ".json", ".html", ".svg", ".txt", ".map", ".wasm"}
MIN_SIZE = 256
COMPLETE = ".complete"
# Where our code names icons (:material/…:).
ICON_SOURCES = ("app.py", "coalition", "pages")


def compress(path: Path) -> None:
    """Write path.gz and path.br beside `path`, each only if it is smaller than the original."""
    data = path.read_bytes()
    for suffix, packed in (
        (".gz", gzip.compress(data, compresslevel=9, mtime=0)),
        (".br", brotli.compress(data, quality=11)),
    ):
        if len(packed) < len(data):
            path.with_name(path.name + suffix).write_bytes(packed)


def compress_tree(folder: Path, workers: int = 2) -> None:
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE and p.stat().st_size >= MIN_SIZE]
    # The biggest first, so the two workers finish together.
    files.sort(key=lambda p: p.stat().st_size, reverse=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(compress, files))


def _copy(source: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def build_assets(cache: Path) -> Path:
    """A folder with streamlit/ (the frontend of the installed Streamlit) and app/ (our static/), compressed.

    `cache` keeps one frontend per Streamlit version, so only the first start after an upgrade compresses it.
    Returns the folder; every directory in it is world-readable (nginx workers run as an unprivileged user).
    """
    assets = cache / f"streamlit-{streamlit.__version__}"
    frontend = assets / "streamlit"
    if not (frontend / COMPLETE).exists():
        _copy(STREAMLIT_STATIC, frontend)
        compress_tree(frontend)
        (frontend / COMPLETE).touch()
    _copy(APP_STATIC, assets / "app")
    compress_tree(assets / "app")
    for folder in (cache, assets, *(p for p in assets.rglob("*") if p.is_dir())):
        folder.chmod(0o755)
    return assets


def icon_font(assets: Path) -> tuple[str, Path]:
    """Streamlit's icon font cut to the icons the app names (deploy.icons): the address pages ask for it at
    (/static/media/MaterialSymbols-….woff2) and the cut file, made under `assets` once per set of names and cutter."""
    original = next((assets / "streamlit" / "static" / "media").glob("MaterialSymbols-Rounded.*.woff2"))
    sources = [p for name in ICON_SOURCES for p in ([ROOT / name] if name.endswith(".py") else (ROOT / name).rglob("*.py"))]
    names = icons.names_in_use(assets / "streamlit" / "static" / "js", sources)
    recipe = " ".join(sorted(names)) + Path(icons.__file__).read_text(encoding="utf-8")  # a new cut when either changes
    digest = hashlib.sha256(recipe.encode()).hexdigest()[:12]
    cut = assets / f"icons-{digest}" / original.name
    if not cut.exists():
        cut.parent.mkdir(parents=True, exist_ok=True)
        partial = cut.with_name(f".{os.getpid()}.{cut.name}")
        icons.cut(original, partial, names)
        partial.replace(cut)  # whole or not at all, for a cluster starting beside this one
        cut.parent.chmod(0o755)
    return f"/static/media/{original.name}", cut
