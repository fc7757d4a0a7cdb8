"""Read a saved article or notice (.txt, .md or .html) as plain text; HTML's main text comes from trafilatura, offline."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")
MAX_BYTES = 10_000_000  # a saved page, scripts and styles included, is well under this; more is a wrong file
MAX_TEXT = 2_000_000  # characters of text: an article is well under 100,000


class InputError(Exception):
    """The file cannot be ingested; the message says why and what to do."""


@dataclass(frozen=True)
class Article:
    """The text to archive and read, with the headline and publication date where the file gives them."""

    text: str
    title: str
    published: str  # YYYY-MM-DD or ""
    form: str  # "text", "markdown" or "html"


def language(text: str) -> str:
    """ "uk" if the text is mostly Cyrillic, else "en"."""
    return "uk" if len(CYRILLIC.findall(text)) > len(LATIN.findall(text)) else "en"


def _headline(text: str) -> str:
    for line in text.splitlines()[:12]:
        words = re.sub(r"^\s*(?:#+|[-*•])\s*", "", line).strip()
        if len(words.split()) >= 4 and len(words) <= 200 and not words.endswith((".", ":")):
            return words
    return ""


def _plain_markdown(text: str) -> str:
    """Markdown links, images and emphasis as their plain words; bullets and headings stay (lists read them)."""
    text = re.sub(r"!?\[([^\]\n]*)\]\([^)\n]*\)", r"\1", text)
    return re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)


def _from_html(raw: bytes, path: Path) -> tuple[str, str, str]:
    import trafilatura  # imported here: only HTML needs it, and it is slow to import

    try:
        text = trafilatura.extract(raw, output_format="txt", include_tables=True, include_comments=False, favor_recall=True)
        metadata = trafilatura.extract_metadata(raw)
    except Exception as exc:
        raise InputError(f"{path.name}: the HTML could not be parsed ({type(exc).__name__}); save the page again") from None
    title = str(metadata.title or "") if metadata else ""
    date = str(metadata.date or "")[:10] if metadata else ""
    return text or "", title, date


def read_article(path: Path) -> Article:
    """The article at `path`. Raises InputError for a missing, empty, binary, oversized or text-less file."""
    form = SUFFIXES.get(path.suffix.lower())
    if form is None:
        raise InputError(f"{path.name}: ingest reads .txt, .md and .html files; save the article as one of these")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path.name}: {size:,} bytes is more than an article ({MAX_BYTES:,} at most); save only the article"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path.name}: the file is empty; save the article's text in it")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path.name}: this is a binary file, not text; save the article as .txt, .md or .html")
    title, published = "", ""
    if form == "html":
        text, title, published = _from_html(raw, path)
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path.name}: not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if form == "markdown":
        text = _plain_markdown(text)
    if len(text) > MAX_TEXT:
        raise InputError(
            f"{path.name}: {len(text):,} characters of text is more than an article ({MAX_TEXT:,} at most); save only the article"
        )
    if not any(c.isalpha() for c in text):
        raise InputError(f"{path.name}: no text found in the file; save the article's text, not only its markup")
    return Article(text, title or _headline(text), published if re.match(r"^\d{4}-\d{2}-\d{2}$", published) else "", form)
