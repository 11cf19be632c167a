"""Issue-14 figures: ``jnzd verify`` and ``jnzd open-bundle`` on a bundle of 100,000 tiny members (the member
limit: a case of 99,998 small blobs), next to a bare ``zipfile`` listing and SHA-256 of the same members — the
least any check of every member must do. Both must stay linear: before the fix they took 2 and 5 minutes."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

from desktop_app.operations import export
from desktop_app.reporting import bundle, case_json
from desktop_app.storage import case_export
from desktop_app.storage.casefile import CaseFile

MEMBERS = bundle.DEFAULT_LIMITS.max_members


def make(path: Path, members: int = MEMBERS) -> Path:
    """A valid bundle of ``members`` members (manifest and case.json included): an empty case and tiny blobs."""
    with CaseFile.create(path.with_suffix(".jnzd"), as_of_date="2026-03-20") as case:
        tables, meta, keys = case_export.dump_tables(case), case.meta(), case_export.table_keys(case)
        version = case.schema_version()
    blobs = [f"{n:08d}".encode() for n in range(members - 2)]
    shas = [hashlib.sha256(b).hexdigest() for b in blobs]
    tables["blob"] = [{"sha256": s, "size": len(b)} for s, b in zip(shas, blobs, strict=True)]
    out = [bundle.Member(case_json.CASE_JSON, case_json.to_json(tables, meta, version, keys=keys))]
    out += [bundle.Member(f"blobs/{s}", b) for s, b in zip(shas, blobs, strict=True)]
    bundle.write_bundle(path, out, {"created": "2026-03-20T10:00:00+08:00"})
    return path


def _bare(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            hashlib.sha256(zf.read(info)).hexdigest()


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    path = make(tmp / "many-members.zip")
    size = path.stat().st_size / 1024**2
    _bare(path)  # warm the OS file cache
    t0 = time.perf_counter()
    _bare(path)
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    export.verify(path)
    verify = time.perf_counter() - t0
    t0 = time.perf_counter()
    export.open_bundle(path, tmp / "many-members-opened.jnzd", user="bench")
    opened = time.perf_counter() - t0
    ref = f"{bare:.1f} s bare zipfile list + SHA-256"
    return [
        (f"校验 {MEMBERS:,} 个成员的数据包 verify ({size:.0f} MB)", f"{verify:.1f} s", ref, f"{verify / bare:.1f}×",
         "seconds, linear (was 121 s)"),
        (f"打开 {MEMBERS:,} 个成员的数据包 open-bundle ({size:.0f} MB)", f"{opened:.1f} s", ref,
         f"{opened / bare:.1f}×", "seconds, linear (was 320 s)"),
    ]
