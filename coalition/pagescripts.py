"""The inline scripts the app's pages run (through st.html), as data, so that the nginx front's Content-Security-Policy
can allow exactly these by their hash (deploy/cluster.py) and no other inline script runs."""

from __future__ import annotations

import json

from coalition.i18n import LANGUAGES

# The embedded page tells the page around it how tall it is (as Datawrapper's and Our World in Data's embeds do);
# the snippet's own script sets the frame to that height. Without scripts the frame keeps the snippet's proportions.
# Both name the message "coalition-embed-height".
REPORT_HEIGHT = """
(() => {
  if (window.parent === window) return;
  const box = document.querySelector('.st-key-embed');
  const report = () => window.parent.postMessage(
    {'coalition-embed-height': Math.ceil(box.getBoundingClientRect().bottom + window.scrollY) + 16}, '*');
  new ResizeObserver(report).observe(box);
  report();
})();
"""


def lang_script(lang: str) -> str:
    """Sets <html lang> to the interface language, so that a screen reader reads Ukrainian as Ukrainian."""
    return f"document.documentElement.lang = {json.dumps(lang)};"


def inline_scripts() -> list[str]:
    """Every inline script a page of the app may run: one per interface language, and the embed's height report."""
    return [*(lang_script(lang) for lang in LANGUAGES), REPORT_HEIGHT]
