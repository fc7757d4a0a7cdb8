"""Fill untranslated entries of the Ukrainian catalogue from a Python file defining T = {msgid: msgstr}.

Usage: python tools/fill_translations.py FILE.py  (prints the msgids still untranslated)
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

PO = Path(__file__).resolve().parent.parent / "coalition" / "locale" / "uk" / "LC_MESSAGES" / "messages.po"


def main(source: str) -> int:
    translations: dict[str, str] = runpy.run_path(source)["T"]
    with PO.open("rb") as file:
        catalogue = read_po(file)
    for message in catalogue:
        if isinstance(message.id, str) and message.id in translations and not message.string:
            message.string = translations[message.id]
            message.flags.discard("fuzzy")
    with PO.open("wb") as file:
        write_po(file, catalogue, omit_header=False, sort_output=True, include_previous=False)
    left = [m.id for m in catalogue if m.id and not m.string]
    print("\n".join(repr(m) for m in left))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
