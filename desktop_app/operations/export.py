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
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from desktop_app.domain import signature as sg
from desktop_app.domain.errors import BundleError
from desktop_app.domain.messages import render
from desktop_app.operations import measurements, signing
from desktop_app.reporting import bundle, case_json
from desktop_app.reporting.bundle import short_error
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
        raise BundleError.of(case.path, "missing_blob", sha=sha[:12])
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
    bundle.write_bundle(target, members(case, report_pdf=report_pdf, tables_xlsx=tables_xlsx), extra,
                        sign=signing.sign_manifest)  # by this user's key: who exported it, and every byte since
    return target


@dataclass(frozen=True)
class Checked:
    """A bundle that passed every check ``open_bundle`` needs: what it writes into the new case file."""

    manifest: bundle.Manifest
    tables: case_json.Tables
    meta: dict[str, str]
    schema_version: int
    signature: sg.Signed | None  # the bundle's own (manifest.sig); None when unsigned
    case_signatures: tuple[str, ...]  # signing.summary of the case inside: submission, decisions, what is unsigned


_BLOBS = "blobs/"


def _blob_problem(member: bundle.MemberInfo) -> bool:
    """A ``blobs/…`` member not named by the SHA-256 of its content (the manifest's, checked against the bytes)."""
    sha = member.name[len(_BLOBS):]
    return sha != member.sha256


def check(reader: bundle.BundleReader, *, user: str, note: str | None) -> Checked:
    """Everything ``open_bundle`` needs from a bundle, checked without writing a byte; the first problem is
    raised (BundleError naming the member, and where in case.json). ``verify`` is this; ``open_bundle`` is this,
    then the writing. In order: the directory and the manifest (``reader`` did those on opening); case.json
    present; every ``blobs/`` member named by its content's SHA-256; every member's size and SHA-256 against
    the manifest (read in bounded pieces); case.json against its schema; each blob case.json lists present with
    its size; and the rows restored into an in-memory case file (``case_export.check_restore``: tables,
    columns, keys and constraints of its schema version, the case's identity, every referenced blob, the upgrade
    of an older schema and the journal entry ``open_bundle`` adds)."""
    manifest, path = reader.manifest, reader.path
    signed = _bundle_signature(reader)
    if manifest.member(case_json.CASE_JSON) is None:
        raise BundleError.of(path, "no_case_json", case_json.CASE_JSON)
    for m in manifest.members:
        if m.name.startswith(_BLOBS) and _blob_problem(m):
            raise BundleError.of(path, "blob_name", m.name, sha=m.sha256)
    data = b""
    for m in manifest.members:
        if m.name == case_json.CASE_JSON:
            data = reader.read(m.name)
        else:
            reader.check(m.name)
    try:
        tables, meta, version = case_json.from_json(data)
    except BundleError as exc:
        raise exc.at(path) from None

    def blob_check(sha: str, size: int) -> None:
        name = f"{_BLOBS}{sha}"
        listed = manifest.member(name)
        if listed is None:
            raise BundleError.of(path, "blob_member", name)
        if listed.size != size:
            raise BundleError.of(path, "blob_size", name, expected=size, found=listed.size)

    lines: list[str] = []

    def inspect(case: CaseFile) -> None:
        """The case inside proven as ``jnzd check`` proves a file (rows, chain, schema, state; the blobs were
        checked above), and its signatures judged: a bundle whose case.json was changed and its manifest
        re-hashed is refused here."""
        found = case.audit(thorough=False, blobs=False)  # placeholders here: the bytes were checked above
        if found.problems:
            p = found.problems[0]
            raise BundleError.of(path, "tampered", case_json.CASE_JSON, table=p.table, key=p.key,
                                 why=f"bundle.why.{p.code}")
        for s in signing.verify(case):
            if s.verdict is sg.Verdict.FORGED:
                raise BundleError.of(path, "forged", case_json.CASE_JSON, signer=s.signer, fingerprint=s.fingerprint,
                                     why="bundle.why.sig_case")
        lines.extend(signing.summary(case))

    case_export.check_restore(path, tables, meta, blob_check, user=user, schema_version=version, note=note,
                              inspect=inspect)
    return Checked(manifest, tables, meta, version, signed, tuple(lines))


def _bundle_signature(reader: bundle.BundleReader) -> sg.Signed | None:
    """The bundle's signature of its manifest, judged; a forged one is refused (BundleError)."""
    if reader.signature_bytes is None:
        return None
    try:
        signed = signing.verify_manifest(reader.manifest_bytes, reader.signature_bytes)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError.of(reader.path, "signature", bundle.SIGNATURE, why=short_error(exc)) from None
    if signed.verdict is sg.Verdict.FORGED:
        raise BundleError.of(reader.path, "forged", bundle.SIGNATURE, signer=signed.signer,
                             fingerprint=signed.fingerprint, why="bundle.why.sig_message")
    return signed


def _note(path: Path) -> str:
    return render("journal.from_bundle", bundle=path.name)


def verify(path: Path) -> bundle.Manifest:
    """Check everything ``open_bundle`` needs (``check``) and write nothing; returns the manifest."""
    return inspect(path).manifest


def inspect(path: Path) -> Checked:
    """``verify``, with what it found: the bundle's signature and the signatures of the case inside."""
    path = Path(path)
    with bundle.open_bundle(path) as reader:
        return check(reader, user="verify", note=_note(path))


def open_bundle(path: Path, target: Path, *, user: str, note: bool = True) -> Path:
    """A new case file at ``target`` equal to the one the bundle was exported from (never overwrites): the
    checks of ``verify`` (the same code), then the writing. ``note`` journals where the case came from."""
    path = Path(path)
    text = _note(path) if note else None
    with bundle.open_bundle(path) as reader:
        checked = check(reader, user=user, note=text)
        case_export.restore_case(target, checked.tables, checked.meta, lambda sha: reader.read(f"{_BLOBS}{sha}"),
                                 user=user, schema_version=checked.schema_version, note=text)
    return target


def loads_manifest_extra(manifest: bundle.Manifest) -> dict[str, object]:
    extra: dict[str, object] = json.loads(json.dumps(dict(manifest.extra), default=str))
    return extra
