"""Derive ``resources/fonts/JNZDMicroHei.ttf`` from WenQuanYi Micro Hei (Apache-2.0), fixing its empty ℃.

WenQuanYi Micro Hei maps U+2103 ℃ to a glyph with no outline, so every temperature unit rendered as a blank
(and font fallback never happens, because the font claims the character). This script builds ℃ from the font's
own ° and C as a composite glyph, renames the family so it never clashes with an installed original, and
writes a single TrueType file. Run it when the source font changes (needs Debian's fonts-wqy-microhei and the
dev dependency fonttools); the result is committed, so neither is needed at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTCollection
from fontTools.ttLib.tables._g_l_y_f import GlyphComponent

SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "JNZDMicroHei.ttf"
FAMILY = "JNZD Micro Hei"


def derive(source: Path = SOURCE, target: Path = TARGET) -> None:
    font = TTCollection(str(source)).fonts[0]
    cmap = font.getBestCmap()
    glyf, hmtx = font["glyf"], font["hmtx"]
    celsius, degree, letter_c = cmap[0x2103], cmap[0x00B0], cmap[ord("C")]
    degree_advance = hmtx[degree][0]
    composite = glyf[celsius]
    composite.numberOfContours = -1
    composite.components = []
    for name, dx in ((degree, 0), (letter_c, int(degree_advance * 0.85))):
        component = GlyphComponent()
        component.glyphName, component.x, component.y, component.flags = name, dx, 0, 0x0004  # ROUND_XY_TO_GRID
        composite.components.append(component)
    composite.recalcBounds(glyf)
    width = int(degree_advance * 0.85) + hmtx[letter_c][0]
    hmtx[celsius] = (width, min(hmtx[degree][1], composite.xMin))
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "")
        elif record.nameID == 3:
            record.string = f"{FAMILY}; derived from WenQuanYi Micro Hei 0.2.0-beta"
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))


if __name__ == "__main__":
    derive()
    print(f"wrote {TARGET}")
    sys.exit(0)
