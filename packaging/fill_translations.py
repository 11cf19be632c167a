"""Fill English translations into ``jnzd_en.ts`` from a TSV file (context, source, english; ``\\n`` escapes).

Developers add strings faster this way than in Qt Linguist: ``python packaging/fill_translations.py FILE.tsv``
runs lupdate, fills every listed message, and recompiles the .qm. Unlisted unfinished strings are reported.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translations


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def fill(tsv: Path) -> list[tuple[str, str]]:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, english = line.split("\t")
        wanted[(context, _unescape(source))] = _unescape(english)
    translations.lupdate()
    tree = ET.parse(translations.TS)
    missing: list[tuple[str, str]] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            assert t is not None
            source = m.findtext("source") or ""
            english = wanted.get((name, source)) or wanted.get(("*", source))
            if english is not None:
                t.text = english
                t.attrib.pop("type", None)
            elif t.get("type") == "unfinished" or not t.text:
                missing.append((name, source))
    tree.write(translations.TS, encoding="utf-8", xml_declaration=True)
    translations.lupdate()  # back to lupdate's own layout (DOCTYPE, indentation)
    translations.lrelease()
    return missing


if __name__ == "__main__":
    for context, source in fill(Path(sys.argv[1])):
        print(f"untranslated: {context}\t{source!r}")
