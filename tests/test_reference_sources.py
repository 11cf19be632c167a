"""docs/reference-sources.md and README's coverage table say what resources/reference/limits holds: regenerated in
memory and compared with what is committed (run ``make reference-docs`` after changing the data)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("reference_sources", ROOT / "packaging" / "reference_sources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reference_sources"] = module
    spec.loader.exec_module(module)
    return module


def test_the_sources_document_is_fresh() -> None:
    tool = _tool()
    assert tool.DOC.read_text(encoding="utf-8") == tool.sources_doc(), "run `make reference-docs`"


def test_the_readme_coverage_table_is_fresh() -> None:
    tool = _tool()
    text = tool.README.read_text(encoding="utf-8")
    assert tool.readme_with_table(text) == text, "run `make reference-docs`"


def test_every_shipped_standard_is_in_the_table_and_cites_a_source_in_this_repository() -> None:
    from desktop_app.reference import limits

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for editions in limits.families().values():
        for d in editions:
            assert f"| {d['standard']} |" in text
            assert "REFERENCE.md" not in d["source"], "cite the public source itself, not a document outside"
