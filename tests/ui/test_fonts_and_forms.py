"""Chinese renders with only the bundled font; Designer forms and their generated modules agree."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_forms  # noqa: E402

PROBE = textwrap.dedent("""
    import json, os
    from PySide6.QtGui import QFontDatabase, QFontMetrics
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.fonts import ensure_cjk_font
    app = QApplication([])
    before = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    chosen = ensure_cjk_font(app)
    metrics = QFontMetrics(app.font())
    print(json.dumps({"before": before, "chosen": chosen, "font": app.font().family(),
                      "covers": all(metrics.inFontUcs4(ord(c)) for c in "节能诊断工作台企业概况℃㎡³±≤≥μΦ")}))
""")


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig isolation is Linux-only")
def test_chinese_renders_with_only_the_bundled_font(tmp_path: Path) -> None:
    # A fontconfig world with Latin fonts only: the app must fall back to resources/fonts.
    latin = next((d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype") if Path(d).is_dir()),
                 None)
    if latin is None:
        pytest.skip("no system fonts to build a Latin-only fontconfig")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{latin}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>""", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(conf),
           "JNZD_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60,
                         cwd=ROOT, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == [], "the test's fontconfig should hide every CJK font"
    assert result["chosen"] == "JNZD Micro Hei"
    assert result["font"] == "JNZD Micro Hei"
    assert result["covers"]


def test_bundled_font_draws_units() -> None:
    """Claiming a character is not enough (WenQuanYi Micro Hei claims ℃ and draws nothing): each glyph has ink."""
    from PIL import ImageFont
    from reportlab.pdfbase.ttfonts import TTFontFile

    from desktop_app.reference.paths import resources_dir
    from desktop_app.ui.fonts import BUNDLED

    path = str(resources_dir() / BUNDLED)
    cmap = TTFontFile(path).charToGlyph  # mapped, not drawn as the .notdef box
    font = ImageFont.truetype(path, 40)
    missing = [ch for ch in "节能诊断℃㎡³±≤≥μΦ·—①kgce/tA1#%"
               if ord(ch) not in cmap or font.getmask(ch).getbbox() is None]
    assert not missing


def test_system_cjk_font_preferred_when_present(qapp: object) -> None:
    from PySide6.QtGui import QFontDatabase

    from desktop_app.ui.fonts import ensure_cjk_font

    chosen = ensure_cjk_font(qapp)  # type: ignore[arg-type]
    assert chosen
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(chosen)


@pytest.mark.parametrize("ui", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_module_is_fresh(ui: Path) -> None:
    generated = build_forms.target(ui)
    assert generated.exists(), f"{generated} missing: run `make forms`"
    assert generated.read_text(encoding="utf-8") == build_forms.compile_form(ui), \
        f"{generated.name} is stale: run `make forms`"


def test_every_field_key_in_forms_is_a_known_field() -> None:
    import re

    from desktop_app.domain.profile import ALL_FIELDS

    keys = set()
    for ui in (ROOT / "forms").glob("*.ui"):
        keys |= set(re.findall(r'name="fieldKey" stdset="0"><string notr="true">([^<]+)<', ui.read_text("utf-8")))
    assert keys, "no fieldKey found in forms"
    assert keys <= set(ALL_FIELDS), keys - set(ALL_FIELDS)
    single_row = {k for k, f in ALL_FIELDS.items() if f.table in ("enterprise", "engagement", "case_info")}
    assert single_row <= keys, f"fields without a widget: {single_row - keys}"
