"""The CJK TrueType font the PDF report embeds (as a subset), and where it comes from.

Order: the caller's ``font_path``; the app's bundled ``resources/fonts/JNZDMicroHei.ttf``; common system TrueType
CJK fonts (Windows, macOS, Linux). A font must have TrueType outlines (reportlab cannot embed CFF-based OpenType
such as Noto CJK) and draw Chinese. reportlab's built-in CID fonts (STSong-Light …) are never used: they are not
embedded, and a viewer without its own Chinese fonts shows blank text.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from desktop_app.domain.errors import ReportFontError
from desktop_app.reference.paths import resources_dir

BUNDLED = "fonts/JNZDMicroHei.ttf"

# Characters a usable font must map: common Chinese and the units the report prints.
_PROBE = "中国节能诊断报告吨标准煤"
# Units a complete font also draws. WenQuanYi Micro Hei maps ℃ to an empty glyph (resources/fonts/README.md): such
# a font is used only when no complete one is found, rather than failing the report.
_UNITS = "℃‰³²"


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def system_candidates() -> list[tuple[Path, int]]:
    """System TrueType CJK fonts worth trying, best first: ``(path, index in a .ttc collection)``."""
    win = _windows_fonts()
    return [
        (win / "msyh.ttc", 0),  # Microsoft YaHei (TrueType outlines)
        (win / "msyh.ttf", 0),
        (win / "simhei.ttf", 0),
        (win / "simsun.ttc", 0),
        (win / "Deng.ttf", 0),
        (Path("/Library/Fonts/Arial Unicode.ttf"), 0),
        (Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"), 0),
        (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
        (Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), 0),
        (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
        (Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"), 0),
        (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 0),
    ]


def candidates(font_path: Path | None = None) -> list[tuple[Path, int]]:
    """Every font to try, in order (tests replace this to simulate a machine without fonts)."""
    found: list[tuple[Path, int]] = []
    if font_path is not None:
        found.append((Path(font_path), 0))
    found.append((resources_dir() / BUNDLED, 0))
    found.extend(system_candidates())
    return found


@dataclass(frozen=True)
class ReportFont:
    """A registered font: ``name`` is what reportlab styles use; the same face serves as its own bold.

    ``complete``: it draws every unit symbol of ``_UNITS`` (not merely maps it)."""

    name: str
    path: Path
    subfont_index: int
    complete: bool


_lock = threading.Lock()
_registered: dict[tuple[str, int, int, int], ReportFont] = {}


def _draws(face: object, ch: str) -> bool:
    """Whether the TrueType face has a non-empty outline for ``ch``."""
    glyph = face.charToGlyph.get(ord(ch))  # type: ignore[attr-defined]
    positions = face.glyphPos  # type: ignore[attr-defined]
    return glyph is not None and glyph + 1 < len(positions) and positions[glyph + 1] > positions[glyph]


def _register(path: Path, index: int) -> ReportFont:
    """Load and register one font with reportlab (once per file version); raise what makes it unusable."""
    stat = path.stat()
    key = (str(path.resolve()), index, stat.st_mtime_ns, stat.st_size)
    with _lock:
        known = _registered.get(key)
        if known is not None:
            return known
        digest = hashlib.sha1(repr(key).encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
        name = f"JNZDReport-{digest}"
        font = TTFont(name, str(path), subfontIndex=index)
        if not all(_draws(font.face, ch) for ch in _PROBE):
            raise ValueError("不含中文字形 no Chinese glyphs")
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        chosen = ReportFont(name=name, path=path, subfont_index=index,
                            complete=all(_draws(font.face, ch) for ch in _UNITS))
        _registered[key] = chosen
        return chosen


def report_font(font_path: Path | None = None) -> ReportFont:
    """The first complete font of :func:`candidates` (else the first usable one), registered with reportlab.

    ReportFontError, naming what was tried, when there is none: the caller's font and the bundled one are named
    even when missing; system fonts only when present but unusable.
    """
    bundled = resources_dir() / BUNDLED
    tried: list[str] = []
    fallback: ReportFont | None = None
    for path, index in candidates(font_path):
        if not path.is_file():
            if path in (font_path, bundled):
                tried.append(f"{path}（不存在 missing）")
            continue
        try:
            font = _register(path, index)
        except Exception as exc:  # reportlab raises TTFError, AssertionError, struct.error … on unusable files
            tried.append(f"{path}（{exc}）")
            continue
        if font.complete or path == font_path:  # the caller's choice stands if usable
            return font
        fallback = fallback or font
    if fallback is not None:
        return fallback
    raise ReportFontError(tried="；".join(tried) or "—")
