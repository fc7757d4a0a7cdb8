"""One rule for text from outside (the URL, the data): it is shown as text, never as markup.

`md(text)` makes any string safe inside Streamlit's markdown: every ASCII punctuation character is
backslash-escaped (CommonMark allows it for all of them: links, emphasis, headings, HTML, `$` maths, `:color[]`),
line breaks become spaces (no block structure), and a word joiner (U+2060, invisible) breaks the patterns that GFM
and Streamlit find after escapes are resolved: autolinked URLs and e-mail addresses, and `:shortcodes:`.
Notices, which are URL text, are drawn as plain text and never go through markdown at all.
"""

from __future__ import annotations

import re
import string
from urllib.parse import quote

import streamlit as st

WORD_JOINER = "\u2060"
# Characters left as they are in a link target: those of a URL's structure, but no brackets, quotes or spaces.
_URL_SAFE = ":/?&=%#+,;~@!$*"
_PUNCTUATION = frozenset(string.punctuation)
# Patterns matched on the text after escapes are resolved: "scheme://", "www.", "name@host", ":word".
_AFTER_RESOLVING = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)|(?<=:)(?=\w)", re.IGNORECASE)


def visible(text: str) -> str:
    """`text` without control characters (NUL, escape…), which a page cannot show; whitespace is kept."""
    return "".join(ch for ch in text if ch.isprintable() or ch.isspace())


def md(text: str) -> str:
    """`text` as a markdown fragment that renders as exactly that text (whitespace runs shown as one space, control
    characters, which show nothing, left out)."""
    flat = " ".join(visible(text).split())
    broken = _AFTER_RESOLVING.sub(WORD_JOINER, flat)
    return "".join("\\" + ch if ch in _PUNCTUATION else ch for ch in broken)


def link(label: str, url: str) -> str:
    """A markdown link whose label is `label` as text and whose target is `url` percent-encoded (only http and https;
    anything else gives the label alone, so data can never make a javascript: or relative link)."""
    if not url.lower().startswith(("http://", "https://")):
        return md(label)
    return f"[{md(label)}](<{quote(url, safe=_URL_SAFE)}>)"


def notice(text: str) -> None:
    """A short notice (e.g. a URL value that was ignored), drawn as plain text in a bordered box."""
    if text:
        with st.container(border=True, key=f"notice-{abs(hash(text))}"):
            st.text("ⓘ " + text)
