"""The upload bundle (PRODUCT.md "Outputs"): export a case, verify a bundle, open a bundle back into a case.

The bundle is built from a read-only snapshot of the case (an in-memory copy: a consistent view even while the
engineer keeps editing) and written by ``reporting.bundle`` under a temporary name, renamed when complete.
Members: ``manifest.json``, ``case.json`` (every table, validated by ``resources/schema/case.schema.json``),
``report.pdf``, ``tables.xlsx``, ``measurements/*.csv`` (UTF-8 with BOM, local time of the dataset's zone),
``originals/*`` (the logger files as imported), ``photos/*`` (evidence as taken), ``templates/*.json`` (the
checklist templates used) and ``blobs/<sha256>`` (every stored blob, so ``open-bundle`` restores the case
exactly). Same case → same bytes: the manifest date is the case's last change, not the time of export.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from desktop_app.domain.errors import BundleError
from desktop_app.domain.messages import render
from desktop_app.operations import measurements
from desktop_app.reporting import bundle, case_json
from desktop_app.storage import case_export, schema
from desktop_app.storage.casefile import CaseFile

Progress = Callable[[float], bool]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_name(text: str, fallback: str = "file") -> str:
    """A member file name that every platform and the bundle reader accept."""
    name = _UNSAFE.sub("_", text).strip(" .") or fallback
    return name[:120]


def _measurement_csv(case: CaseFile, dataset: dict[str, object]) -> bytes:
    dataset_id = int(str(dataset["id"]))
    times = measurements.dataset_times(case, dataset_id)
    chans = measurements.channels(case, dataset_id)
    columns = [measurements.channel_values(case, int(c["id"])) for c in chans]
    zone = ZoneInfo(str(dataset["tz"]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f"时间（{dataset['tz']}）", *[f"{c['label']}（{c['unit']}）" if c["unit"] else c["label"]
                                                 for c in chans]])
    stamps = [datetime.fromtimestamp(int(t) / 1000, zone).strftime("%Y-%m-%d %H:%M:%S") for t in times]
    for n, stamp in enumerate(stamps):
        writer.writerow([stamp, *["" if np.isnan(col[n]) else repr(float(col[n])) for col in columns]])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _original(case: CaseFile, file_id: int) -> bytes:
    return measurements.original_file(case, file_id)[1]


def _blob(case: CaseFile, sha: str) -> bytes:
    data = case.blob(sha)
    if data is None:
        raise BundleError(path=str(case.path), detail=f"案例中缺少数据块 {sha[:12]}…", problem="missing_blob")
    return data


def members(case: CaseFile, *, report_pdf: bytes | None, tables_xlsx: bytes | None) -> list[bundle.Member]:
    tables = case_export.dump_tables(case)
    out = [bundle.Member("case.json", case_json.to_json(tables, case.meta(), schema.SCHEMA_VERSION,
                                                       keys=case_export.table_keys(case)))]
    if report_pdf is not None:
        out.append(bundle.Member("report.pdf", report_pdf))
    if tables_xlsx is not None:
        out.append(bundle.Member("tables.xlsx", tables_xlsx))
    for d in measurements.datasets(case):
        out.append(bundle.Member(f"measurements/{d['id']}_{safe_name(str(d['label']))}.csv",
                                 load=partial(_measurement_csv, case, d)))
    for f in case.rows("measurement_file"):
        out.append(bundle.Member(f"originals/{f['id']}_{safe_name(str(f['filename']))}",
                                 load=partial(_original, case, int(f["id"]))))
    for e in case.rows("evidence"):
        if e["kind"] == "photo":
            out.append(bundle.Member(f"photos/{e['id']}_{safe_name(str(e['filename']))}",
                                     load=partial(_blob, case, str(e["sha256"]))))
    for t in case.rows("checklist_template"):
        out.append(bundle.Member(f"templates/{safe_name(str(t['template_id']))}_{safe_name(str(t['edition']))}.json",
                                 str(t["content"]).encode("utf-8")))
    for b in tables.get("blob", []):
        sha = str(b["sha256"])
        out.append(bundle.Member(f"blobs/{sha}", load=partial(_blob, case, sha)))
    return out


def default_name(case: CaseFile) -> str:
    ent = case.row("enterprise", 1) or {}
    info = case.row("case_info", 1) or {}
    who = safe_name(str(ent.get("uscc") or ent.get("name") or "case"))
    return f"{who}_{info.get('as_of_date', '')}_{case.case_uuid[:8]}.zip"


def _last_change(case: CaseFile) -> str:
    """The time of the newest journal entry: the bundle's date, so an unchanged case exports the same bytes."""
    newest = case.journal_stats()[1]
    return newest or str((case.row("case_info", 1) or {}).get("created_utc") or "")


def export_bundle(case: CaseFile, target: Path, *, report_pdf: bytes | None, tables_xlsx: bytes | None) -> Path:
    ent = case.row("enterprise", 1) or {}
    info = case.row("case_info", 1) or {}
    extra = {"created": _last_change(case), "case_id": case.case_uuid, "uscc": ent.get("uscc") or "",
             "enterprise": ent.get("name") or "", "as_of_date": info.get("as_of_date") or "",
             "workflow_state": case.workflow_state}
    bundle.write_bundle(target, members(case, report_pdf=report_pdf, tables_xlsx=tables_xlsx), extra)
    return target


def verify(path: Path) -> bundle.Manifest:
    """The bundle's manifest and members check, and its case.json validates; the first problem is raised."""
    manifest = bundle.verify_bundle(path)
    if "case.json" not in manifest.names:
        raise BundleError(path=str(path), detail=render("bundle.detail.no_case_json"), problem="no_case_json")
    case_json.from_json(bundle.read_member(path, "case.json"))
    return manifest


def open_bundle(path: Path, target: Path, *, user: str) -> Path:
    """A new case file at ``target`` equal to the one the bundle was exported from (never overwrites)."""
    verify(path)
    with bundle.open_bundle(path) as reader:
        tables, meta, version = case_json.from_json(reader.read("case.json"))
        case_export.restore_case(target, tables, meta, lambda sha: reader.read(f"blobs/{sha}"), user=user,
                                 schema_version=version, note=render("journal.from_bundle", bundle=path.name))
    return target


def loads_manifest_extra(manifest: bundle.Manifest) -> dict[str, object]:
    extra: dict[str, object] = json.loads(json.dumps(dict(manifest.extra), default=str))
    return extra
