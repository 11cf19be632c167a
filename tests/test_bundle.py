"""The upload bundle: deterministic, atomic writing; every unsafe or damaged bundle refused with a message that
names the member; case.json round trip (dump → JSON → new case file) equal in every table, field and blob."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import BundleError, CaseExists, StorageFull
from desktop_app.reporting import bundle as bd
from desktop_app.reporting import case_json as cj
from desktop_app.reporting.bundle import BUNDLE_FORMAT, BUNDLE_VERSION, MANIFEST, Limits, Member
from desktop_app.storage import case_export as ce
from desktop_app.storage import schema
from desktop_app.storage.casefile import CaseFile

CREATED = "2026-03-20T10:15:00+08:00"
EXTRA = {"created": CREATED, "case_id": "c-1", "uscc": "91410782MA9K3C7E2M", "enterprise": "河南中岳建材有限公司",
         "as_of_date": "2026-03-20"}
FIXTURES = Path(__file__).parent / "fixtures"


# --- helpers -----------------------------------------------------------------------------------------------


def _small_case(path: Path) -> CaseFile:
    case = CaseFile.create(path, as_of_date="2026-03-20")
    with case.edit("填写") as tx:
        tx.update("enterprise", 1, {"name": "河南中岳建材有限公司", "employees": 486, "revenue_wan": 12345.5})
        tx.insert("contact", {"name": "张三", "role": "能源主管", "phone": "13800000000", "sort_order": 1})
        tx.insert("contact", {"name": "李四", "role": "设备科", "sort_order": 2})
        photo = tx.put_blob(b"\xff\xd8\xff" + bytes(range(256)) * 40)
        thumb = tx.put_blob(b"\xff\xd8\xff thumb")
        tx.insert("evidence", {"item_id": "G-1-01", "kind": "photo", "filename": "电机铭牌.jpg", "mime": "image/jpeg",
                               "size": 10243, "sha256": photo, "thumb_sha256": thumb, "caption": "铭牌"})
        tx.insert("checklist_answer", {"item_id": "G-1-01", "status": "符合", "value": 0.5, "finding": "良好"})
        zeros = tx.put_blob(bytes(2 * 1024 * 1024))  # a constant channel: deflates ~1000:1
        times = tx.put_blob(bytes(range(256)) * 8)
        tx.insert("dataset", {"label": "进线", "tz": "Asia/Shanghai", "n": 3, "chunk_size": 262144,
                              "time_chunks": json.dumps([times]), "file_ids": "[]"})
        tx.insert("channel", {"dataset_id": 1, "column_name": "P", "label": "有功功率", "unit": "kW",
                              "chunks": json.dumps([zeros])})
    with case.edit("删除联系人") as tx:
        tx.delete("contact", 2)
    case.undo()  # the journal holds edits, undo groups and a re-inserted row
    return case


def _members(case: CaseFile, report: bytes = b"%PDF-1.7 fake report\n" * 50) -> list[Member]:
    tables = ce.dump_tables(case)
    members = [Member("case.json", data=cj.to_json(tables, case.meta(), case.schema_version(),
                                                   keys=ce.table_keys(case))),
               Member("report.pdf", data=report)]
    def loader(sha: str) -> Callable[[], bytes]:
        return lambda: case.blob(sha) or b""

    members += [Member(f"blobs/{r['sha256']}", load=loader(r["sha256"])) for r in tables["blob"]]
    return members


@pytest.fixture
def case(tmp_path: Path) -> Iterator[CaseFile]:
    c = _small_case(tmp_path / "case.jnzd")
    yield c
    c.close()


@pytest.fixture
def bundle_path(tmp_path: Path, case: CaseFile) -> Path:
    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    bd.write_bundle(target, _members(case), EXTRA)
    return target


def _manifest(files: dict[str, bytes], **over: Any) -> bytes:
    doc: dict[str, Any] = {"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "app_version": "0.1.0",
                           "created": CREATED,
                           "members": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                                       for n, d in files.items()]}
    doc.update(over)
    return json.dumps(doc).encode()


def _raw_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]],
             compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some tests write on purpose
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def _zip_with(tmp_path: Path, members: dict[str, bytes], *, manifest: bytes | None = None,
              extra: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None) -> Path:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [(MANIFEST, manifest or _manifest(members))]
    entries += list(members.items()) + (extra or [])
    return _raw_zip(tmp_path / "crafted.zip", entries)


def _refused(path: Path, problem: str, member: str | None = None, limits: Limits = bd.DEFAULT_LIMITS) -> BundleError:
    with pytest.raises(BundleError) as info:
        bd.verify_bundle(path, limits=limits)
    err = info.value
    assert err.params["problem"] == problem, err.message()
    message = err.message("zh")
    assert message.startswith("上报数据包无效（") and str(path) in message
    assert err.message("en").startswith("Invalid upload bundle (")
    # English on request, detail and all, whatever the language when it was raised
    assert not re.search("[\u4e00-\u9fff]", err.message("en").replace(str(path), "")), err.message("en")
    assert "\n" not in message and "\n" not in err.message("en")
    if member is not None:
        assert err.params["member"] == member
        assert member in message and member in err.message("en")
    assert err.exit_code == 1 and err.code == "bundle.invalid"
    return err


# --- writing and verifying ------------------------------------------------------------------------------------


def test_write_then_verify(bundle_path: Path, case: CaseFile) -> None:
    manifest = bd.verify_bundle(bundle_path)
    assert manifest.format == BUNDLE_FORMAT and manifest.version == BUNDLE_VERSION
    assert manifest.created == CREATED
    assert manifest.extra == {k: v for k, v in EXTRA.items() if k != "created"}
    blob_names = [f"blobs/{r['sha256']}" for r in ce.dump_tables(case)["blob"]]
    assert manifest.names == sorted(["case.json", "report.pdf", *blob_names])
    with zipfile.ZipFile(bundle_path) as zf:
        infos = zf.infolist()
    assert infos[0].filename == MANIFEST  # first, so a reader sees it without seeking through the members
    assert [i.filename for i in infos[1:]] == manifest.names
    for info in infos:
        assert info.date_time == (2026, 3, 20, 10, 15, 0)
        assert stat.S_IMODE(info.external_attr >> 16) == 0o644 and stat.S_ISREG(info.external_attr >> 16)
    # the constant channel is stored (its deflate ratio would trip the zip-bomb rule), the rest deflated
    kinds = {i.filename: i.compress_type for i in infos}
    zeros = hashlib.sha256(bytes(2 * 1024 * 1024)).hexdigest()
    assert kinds[f"blobs/{zeros}"] == zipfile.ZIP_STORED
    assert kinds["case.json"] == kinds["report.pdf"] == zipfile.ZIP_DEFLATED
    assert bd.read_member(bundle_path, "report.pdf") == b"%PDF-1.7 fake report\n" * 50
    with bd.open_bundle(bundle_path) as reader:
        assert reader.read(f"blobs/{zeros}") == bytes(2 * 1024 * 1024)
        with pytest.raises(BundleError) as refused:
            reader.read("photos/none.jpg")
        assert refused.value.params["problem"] == "not_listed"


def test_the_same_members_give_the_same_bytes(tmp_path: Path, case: CaseFile) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    members = _members(case)
    bd.write_bundle(a, members, EXTRA)
    bd.write_bundle(b, list(reversed(members)), dict(reversed(list(EXTRA.items()))))
    assert a.read_bytes() == b.read_bytes()
    bd.write_bundle(b, _members(case, report=b"%PDF other"), EXTRA)
    assert a.read_bytes() != b.read_bytes()


def test_path_members_are_streamed_from_files(tmp_path: Path) -> None:
    log = tmp_path / "logger.csv"
    log.write_bytes("时间,功率\n".encode() + b"".join(f"2026-03-01 00:00:{i % 60:02d},{i * 1.5}\n".encode()
                                                  for i in range(200_000)))
    target = tmp_path / "b.zip"
    bd.write_bundle(target, [Member("measurements/logger.csv", path=log)], EXTRA)
    assert bd.read_member(target, "measurements/logger.csv") == log.read_bytes()


def test_writer_refuses_bad_member_names_and_manifest_fields(tmp_path: Path) -> None:
    target = tmp_path / "b.zip"
    for name in ("../x", "/abs", "a\\b", "C:/x", MANIFEST, "dir/"):
        with pytest.raises(ValueError):
            bd.write_bundle(target, [Member(name, data=b"x")], EXTRA)
    with pytest.raises(ValueError, match="duplicate"):
        bd.write_bundle(target, [Member("a.txt", data=b"1"), Member("A.TXT", data=b"2")], EXTRA)
    with pytest.raises(ValueError, match="created"):
        bd.write_bundle(target, [Member("a.txt", data=b"1")], {"case_id": "x"})
    with pytest.raises(ValueError, match="version"):
        bd.write_bundle(target, [Member("a.txt", data=b"1")], {**EXTRA, "version": 99})
    with pytest.raises(BundleError):
        bd.write_bundle(target, [Member("a.txt", data=b"12345")], EXTRA, limits=Limits(max_member_size=4))
    assert not [p.name for p in tmp_path.iterdir() if "b.zip" in p.name]


def test_disk_full_mid_write_leaves_nothing(tmp_path: Path, case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bundle.zip"
    real = bd._pieces
    calls: dict[str, int] = {}

    def failing(member: Member) -> Iterator[bytes]:
        calls[member.name] = calls.get(member.name, 0) + 1
        if member.name == "report.pdf" and calls[member.name] == 2:  # the write pass, after the manifest
            yield b"%PDF partial"
            raise OSError(errno.ENOSPC, "No space left on device")
        yield from real(member)

    monkeypatch.setattr(bd, "_pieces", failing)
    with pytest.raises(StorageFull) as info:
        bd.write_bundle(target, _members(case), EXTRA)
    assert str(target) in info.value.message()
    assert not target.exists()
    assert not [p.name for p in tmp_path.iterdir() if "bundle" in p.name]  # the temporary file is gone too


def test_a_failed_write_keeps_the_previous_bundle(bundle_path: Path, case: CaseFile,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = bundle_path.read_bytes()

    def no_sync(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", no_sync)
    with pytest.raises(Exception) as info:
        bd.write_bundle(bundle_path, _members(case, report=b"new"), EXTRA)
    assert type(info.value).__name__ == "StorageIOError"
    assert bundle_path.read_bytes() == before
    assert [p.name for p in bundle_path.parent.iterdir()] == [bundle_path.name]


# --- damaged bundles ------------------------------------------------------------------------------------------


def test_a_flipped_byte_names_the_member(bundle_path: Path) -> None:
    data = bytearray(bundle_path.read_bytes())
    with zipfile.ZipFile(bundle_path) as zf:
        info = zf.getinfo("report.pdf")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55
    bundle_path.write_bytes(bytes(data))
    err = _refused(bundle_path, "corrupt", "report.pdf")
    assert "已损坏" in err.message("zh")


def test_changed_content_fails_the_sha256(tmp_path: Path) -> None:
    good = {"case.json": b"{}", "report.pdf": b"%PDF original"}
    bad = {"case.json": b"{}", "report.pdf": b"%PDF tampered"}  # same size; the zip's own CRC is consistent
    path = _zip_with(tmp_path, bad, manifest=_manifest(good))
    err = _refused(path, "sha256", "report.pdf")
    assert "SHA-256" in err.message("zh")


def test_missing_and_extra_members(tmp_path: Path) -> None:
    members = {"case.json": b"{}", "report.pdf": b"%PDF"}
    path = _zip_with(tmp_path, {"case.json": b"{}"}, manifest=_manifest(members))
    assert "不在数据包中" in _refused(path, "missing", "report.pdf").message("zh")
    path = _zip_with(tmp_path, members, extra=[("photos/extra.jpg", b"\xff\xd8")])
    assert "未列在清单中" in _refused(path, "extra", "photos/extra.jpg").message("zh")


def test_size_in_manifest_must_match(tmp_path: Path) -> None:
    members = {"report.pdf": b"%PDF"}
    manifest = _manifest(members)
    doc = json.loads(manifest)
    doc["members"][0]["size"] = 99
    path = _zip_with(tmp_path, members, manifest=json.dumps(doc).encode())
    assert "清单 99 字节，实际 4 字节" in _refused(path, "size", "report.pdf").message("zh")


def test_unknown_format_and_newer_version(tmp_path: Path) -> None:
    members = {"report.pdf": b"%PDF"}
    path = _zip_with(tmp_path, members, manifest=_manifest(members, format="someone-else"))
    assert "someone-else" in _refused(path, "format").message("zh")
    path = _zip_with(tmp_path, members, manifest=_manifest(members, version=BUNDLE_VERSION + 1))
    assert "请升级程序" in _refused(path, "newer").message("zh")
    path = _zip_with(tmp_path, members, manifest=b"{not json")
    _refused(path, "manifest")
    path = _zip_with(tmp_path, members, manifest=_manifest(members, members=[{"name": "report.pdf"}]))
    _refused(path, "manifest")
    path = _raw_zip(tmp_path / "nomanifest.zip", [("report.pdf", b"%PDF")])
    assert "manifest.json" in _refused(path, "no_manifest").message("zh")


@pytest.mark.parametrize(("name", "problem"), [
    ("/etc/passwd", "absolute"),
    ("../../outside.txt", "parent"),
    ("photos/../../outside.txt", "parent"),
    ("photos\\a.jpg", "backslash"),
    ("..\\outside.txt", "backslash"),
    ("C:/Windows/evil.dll", "drive"),
    ("photos/CON.jpg", "bad_name"),
    ("photos//a.jpg", "bad_name"),
    ("photos/a\x01.jpg", "bad_name"),
    ("photos/", "bad_name"),
])
def test_unsafe_names_are_refused_before_reading(tmp_path: Path, name: str, problem: str) -> None:
    members = {"report.pdf": b"%PDF"}
    path = _zip_with(tmp_path, members, extra=[(name, b"x")])
    _refused(path, problem, name)


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("photos/link.jpg")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _zip_with(tmp_path, {"report.pdf": b"%PDF"}, extra=[(link, b"/etc/passwd")])
    assert "符号链接" in _refused(path, "symlink", "photos/link.jpg").message("zh")


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    members = {"report.pdf": b"%PDF"}
    path = _zip_with(tmp_path, members, extra=[("report.pdf", b"%PDF")])
    assert "重复" in _refused(path, "duplicate", "report.pdf").message("zh")
    path = _zip_with(tmp_path, members, extra=[("REPORT.pdf", b"%PDF")])  # one file on Windows
    _refused(path, "duplicate", "REPORT.pdf")


def test_zip_bomb_is_refused_from_the_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, _manifest({}))
        with zf.open("blobs/bomb", "w", force_zip64=True) as out:
            piece = bytes(16 * 1024 * 1024)
            for _ in range(200 // 16 + 1):
                out.write(piece)
    assert path.stat().st_size < 1024 * 1024

    def no_inflate(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened before the directory was checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflate)
    err = _refused(path, "ratio", "blobs/bomb")
    assert "压缩炸弹" in err.message("zh")


def _patch_directory(path: Path, name: str, field: int, value: int) -> None:
    """Overwrite a 4-byte field of ``name``'s central-directory record (24: uncompressed size, 42: offset)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length] == name.encode():
            data[at + field:at + field + 4] = value.to_bytes(4, "little")
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(name)


def test_overlapping_members_are_refused(tmp_path: Path) -> None:
    members = {"a.bin": bytes(range(256)) * 4, "b.bin": bytes(range(256)) * 4}
    path = _zip_with(tmp_path, members)
    with zipfile.ZipFile(path) as zf:
        offset_a = zf.getinfo("a.bin").header_offset
    _patch_directory(path, "b.bin", 42, offset_a)  # b.bin's data "is" a.bin's
    _refused(path, "overlap")


def test_a_member_larger_than_its_header_says_is_cut_off(tmp_path: Path) -> None:
    real = b"A" * 1000
    path = _zip_with(tmp_path, {"report.pdf": real}, manifest=_manifest({"report.pdf": real[:10]}))
    _patch_directory(path, "report.pdf", 24, 10)  # the directory claims 10 bytes; 1000 inflate
    with pytest.raises(BundleError) as info:
        bd.verify_bundle(path)
    assert info.value.params["problem"] in ("overrun", "corrupt") and info.value.params["member"] == "report.pdf"


def test_size_and_count_limits(bundle_path: Path) -> None:
    _refused(bundle_path, "member_too_large", limits=Limits(max_member_size=1024 * 1024))
    _refused(bundle_path, "total_too_large", limits=Limits(max_total_size=64 * 1024))
    err = _refused(bundle_path, "too_many", limits=Limits(max_members=3))
    assert "上限 3 个" in err.message("zh")


def test_not_a_zip(tmp_path: Path) -> None:
    text = tmp_path / "bundle.zip"
    text.write_text("这不是压缩包", encoding="utf-8")
    assert "不是 ZIP 压缩包" in _refused(text, "not_zip").message("zh")
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    _refused(empty, "not_zip")
    _refused(tmp_path / "missing.zip", "not_found")
    _refused(tmp_path, "directory")


def test_a_truncated_bundle_is_refused(bundle_path: Path) -> None:
    data = bundle_path.read_bytes()
    bundle_path.write_bytes(data[: len(data) // 2])
    _refused(bundle_path, "not_zip")


# --- case.json -------------------------------------------------------------------------------------------


def _equal_blobs(a: CaseFile, b: CaseFile) -> None:
    shas = [r["sha256"] for r in ce.dump_tables(a)["blob"]]
    assert shas == [r["sha256"] for r in ce.dump_tables(b)["blob"]]
    assert a.blobs(shas) == b.blobs(shas)


def test_case_round_trip_through_the_bundle(tmp_path: Path, bundle_path: Path, case: CaseFile) -> None:
    original = ce.dump_tables(case)
    target = tmp_path / "reopened.jnzd"
    with bd.open_bundle(bundle_path) as reader:
        tables, meta, version = cj.from_json(reader.read("case.json"))
        ce.restore_case(target, tables, meta, lambda sha: reader.read(f"blobs/{sha}"), user="审核员",
                        schema_version=version)
    assert tables == original and meta == case.meta() and version == schema.SCHEMA_VERSION
    with CaseFile.open(target) as back:
        assert ce.dump_tables(back) == original
        assert back.meta() == case.meta()
        assert back.verify_journal() is None
        assert back.integrity_check() == "ok"
        assert back.case_uuid == case.case_uuid
        assert back.undo_label() == case.undo_label() and back.redo_label() == case.redo_label()
        _equal_blobs(case, back)
        back.redo()  # the history works on the restored case
        assert [r["name"] for r in back.rows("contact")] == ["张三"]


def test_demo_case_round_trip(tmp_path: Path) -> None:
    from desktop_app.operations.demo import build_demo

    path = build_demo(tmp_path / "demo.jnzd")
    with CaseFile.open(path) as demo:
        original = ce.dump_tables(demo)
        assert ce.missing_blobs(demo) == {}
        referenced = ce.referenced_blobs(demo)
        assert referenced and set(referenced) <= {r["sha256"] for r in original["blob"]}
        data = cj.to_json(original, demo.meta(), demo.schema_version(), keys=ce.table_keys(demo))
        assert data == cj.to_json(original, demo.meta(), demo.schema_version())  # already in key order
        stored = {r["sha256"]: demo.blob(r["sha256"]) for r in original["blob"]}
        tables, meta, version = cj.from_json(data)
        target = tmp_path / "back.jnzd"
        ce.restore_case(target, tables, meta, lambda sha: stored[sha] or b"", user="审核员", schema_version=version)
        with CaseFile.open(target, read_only=True) as back:
            assert ce.dump_tables(back) == original
            assert set(original) >= {"enterprise", "equipment", "channel", "evidence", "journal", "calc_result"}
            assert back.verify_journal() is None
            _equal_blobs(demo, back)


def test_case_json_is_canonical(case: CaseFile) -> None:
    tables = ce.dump_tables(case)
    data = cj.to_json(tables, case.meta(), case.schema_version(), keys=ce.table_keys(case))
    assert data.endswith(b"}\n") and not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert "河南中岳建材有限公司" in text  # ensure_ascii=False
    doc = json.loads(text)
    assert list(doc) == sorted(doc) and doc["format"] == "jnzd-case-json" and doc["version"] == cj.CASE_JSON_VERSION
    assert "data" not in doc["tables"]["blob"][0]  # blob bytes are members, never JSON
    shuffled = {t: list(reversed(rows)) for t, rows in reversed(list(tables.items()))}
    assert cj.to_json(shuffled, case.meta(), case.schema_version(), keys=ce.table_keys(case)) == data
    with pytest.raises(ValueError, match="bytes"):
        cj.to_json({**tables, "blob": [{"sha256": "0" * 64, "size": 1, "data": b"x"}]}, case.meta(), 5)
    bad = {**tables, "checklist_answer": [{**tables["checklist_answer"][0], "value": float("inf")}]}
    with pytest.raises(BundleError) as info:
        cj.to_json(bad, case.meta(), case.schema_version())
    assert "tables.checklist_answer[0].value" in info.value.message("zh")


def _doc(case: CaseFile) -> dict[str, Any]:
    return dict(json.loads(cj.to_json(ce.dump_tables(case), case.meta(), case.schema_version())))


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["tables"]["enterprise"][0].update(employees="很多"), "tables.enterprise[0].employees"),
    (lambda d: d["tables"]["contact"][0].pop("id"), "tables.contact[0]"),
    (lambda d: d["tables"]["contact"][0].update(nickname="x"), "tables.contact[0]"),
    (lambda d: d["tables"]["blob"][0].update(sha256="../../etc"), "tables.blob[0].sha256"),
    (lambda d: d["tables"].update({"new_table": [{"a": [1, 2]}]}), "tables.new_table[0].a"),
    (lambda d: d["tables"].update({"Robert'); DROP TABLE": []}), "tables"),
    (lambda d: d["tables"].pop("case_info"), "tables"),
    (lambda d: d.update(schema_version="5"), "schema_version"),
    (lambda d: d["meta"].update(format="other"), "meta.format"),
])
def test_case_json_schema_errors_name_the_json_path(case: CaseFile, change: Any, where: str) -> None:
    doc = _doc(case)
    change(doc)
    with pytest.raises(BundleError) as info:
        cj.from_json(json.dumps(doc, ensure_ascii=False).encode())
    assert info.value.params["problem"] == "schema"
    assert f"在 {where} 处" in info.value.message("zh")


def test_case_json_that_is_not_case_json(case: CaseFile) -> None:
    for data, problem in ((b"\xff\xfe", "json"), (b"{", "json"), (b'{"a": 1, "a": 2}', "json"),
                          (b'{"format": "jnzd-case-json", "x": NaN}', "json"), (b"[]", "schema"),
                          (b'{"format": "other"}', "case_format")):
        with pytest.raises(BundleError) as info:
            cj.from_json(data)
        assert info.value.params["problem"] == problem, data
    doc = _doc(case)
    doc["version"] = cj.CASE_JSON_VERSION + 1
    with pytest.raises(BundleError) as info:
        cj.from_json(json.dumps(doc).encode())
    assert info.value.params["problem"] == "case_newer" and "请升级程序" in info.value.message("zh")


def test_the_schema_describes_the_released_tables_exactly(tmp_path: Path) -> None:
    """Each table case.schema.json describes must list exactly its columns (a migration that adds one must add
    it to resources/schema/case.schema.json too)."""
    described = json.loads(cj.schema_path().read_text(encoding="utf-8"))["properties"]["tables"]["properties"]
    with CaseFile.create(tmp_path / "new.jnzd", as_of_date="2026-03-20") as new:
        tables = {r[0]: [c[1] for c in new.conn.execute(f"PRAGMA table_info({r[0]})")]
                  for r in new.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for name, spec in described.items():
        columns = [c for c in tables[name] if not (name == "blob" and c == "data")]
        assert sorted(spec["items"]["properties"]) == sorted(columns), \
            f"update resources/schema/case.schema.json for table {name}"
    for name in ("enterprise", "contact", "engagement", "case_info", "checklist_answer", "energy_item", "product",
                 "meter", "equipment", "calc_result", "dataset", "channel", "spot_measurement", "journal", "blob"):
        assert name in described


# --- restoring ------------------------------------------------------------------------------------------------


def _parts(case: CaseFile) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str], dict[str, bytes]]:
    tables = ce.dump_tables(case)
    return tables, case.meta(), {r["sha256"]: case.blob(r["sha256"]) or b"" for r in tables["blob"]}


def test_restore_refuses_to_overwrite(tmp_path: Path, case: CaseFile) -> None:
    tables, meta, blobs = _parts(case)
    existing = tmp_path / "existing.jnzd"
    existing.write_bytes(b"keep me")
    with pytest.raises(CaseExists):
        ce.restore_case(existing, tables, meta, blobs.__getitem__, user="x")
    assert existing.read_bytes() == b"keep me"


@pytest.mark.parametrize("damage", ["blob_bytes", "blob_missing", "unknown_table", "unknown_column",
                                    "duplicate_key", "no_case_info", "newer_schema"])
def test_restore_refuses_rows_that_do_not_fit(tmp_path: Path, case: CaseFile, damage: str) -> None:
    tables, meta, blobs = _parts(case)
    version = schema.SCHEMA_VERSION
    if damage == "blob_bytes":
        first = tables["blob"][0]["sha256"]
        blobs[first] = b"not the original"
    elif damage == "blob_missing":
        evidence_sha = tables["evidence"][0]["sha256"]
        tables["blob"] = [r for r in tables["blob"] if r["sha256"] != evidence_sha]
    elif damage == "unknown_table":
        tables["measure_v99"] = [{"id": 1}]
    elif damage == "unknown_column":
        tables["contact"][0]["nickname"] = "x"
    elif damage == "duplicate_key":
        tables["contact"].append(dict(tables["contact"][0]))
    elif damage == "no_case_info":
        tables["case_info"] = []
    elif damage == "newer_schema":
        version += 1
    target = tmp_path / "restored.jnzd"
    with pytest.raises(BundleError) as info:
        ce.restore_case(target, tables, meta, blobs.__getitem__, user="x", schema_version=version)
    assert info.value.message("zh").startswith("上报数据包无效（")
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "restored" in p.name) == []


def test_restore_with_a_note_journals_it(tmp_path: Path, case: CaseFile) -> None:
    tables, meta, blobs = _parts(case)
    target = tmp_path / "noted.jnzd"
    ce.restore_case(target, tables, meta, blobs.__getitem__, user="审核员", note="从上报数据包打开（b.zip）")
    with CaseFile.open(target) as back:
        entries = back.journal_entries()
        assert entries[-1].label == "从上报数据包打开（b.zip）" and entries[-1].user == "审核员"
        assert back.verify_journal() is None
        back_tables = ce.dump_tables(back)
        assert {t: r for t, r in back_tables.items() if t != "journal"} == \
            {t: r for t, r in tables.items() if t != "journal"}
        assert back_tables["journal"][:-1] == tables["journal"]


def test_rows_of_an_older_schema_are_upgraded(tmp_path: Path) -> None:
    old = tmp_path / "v3.jnzd"
    shutil.copy(FIXTURES / "schema_v3.jnzd", old)
    from desktop_app.domain.errors import CaseReadOnly
    from desktop_app.storage.case_io import read_only_copy

    # The file's own rows at schema 3 (CaseFile.open upgrades even a read-only copy, so build it by hand).
    with CaseFile(old, read_only_copy(old), "x", None, CaseReadOnly(path=str(old), reason="test")) as v3:
        assert v3.schema_version() == 3
        tables, meta = ce.dump_tables(v3), v3.meta()
        blobs = {r["sha256"]: v3.blob(r["sha256"]) or b"" for r in tables["blob"]}
    assert "equipment" not in tables  # a v4 table
    data = cj.to_json(tables, meta, 3)
    tables, meta, version = cj.from_json(data)
    target = tmp_path / "restored.jnzd"
    ce.restore_case(target, tables, meta, blobs.__getitem__, user="审核员", schema_version=version)
    upgraded = tmp_path / "upgraded.jnzd"
    shutil.copy(FIXTURES / "schema_v3.jnzd", upgraded)
    with CaseFile.open(target) as back, CaseFile.open(upgraded) as reference:
        assert back.schema_version() == schema.SCHEMA_VERSION
        assert back.verify_journal() is None
        mine, theirs = ce.dump_tables(back), ce.dump_tables(reference)
        assert {t: r for t, r in mine.items() if t != "journal"} == {t: r for t, r in theirs.items() if t != "journal"}
        n = len(tables["journal"])
        old_part = [{k: v for k, v in e.items() if k != "digest"} for e in mine["journal"][:n]]
        assert old_part == tables["journal"] == [{k: v for k, v in e.items() if k != "digest"}
                                                 for e in theirs["journal"][:n]]
        # then the migrate group: its note and the seals of the rows as found (schema 9)
        assert {e["kind"] for e in mine["journal"][n:]} == {"migrate"}
        assert {e["user"] for e in mine["journal"][n:]} == {"审核员"}
        assert len(mine["journal"]) == len(theirs["journal"]) and back.audit().ok
        assert (back.row("enterprise", 1) or {})["name"] == "河南中岳建材有限公司"


def test_restored_file_is_a_plain_case_file(tmp_path: Path, case: CaseFile) -> None:
    tables, meta, blobs = _parts(case)
    target = tmp_path / "plain.jnzd"
    ce.restore_case(target, tables, meta, blobs.__getitem__, user="x")
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 16384
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".plain", "plain"))) == ["plain.jnzd"]


# --- verify and open-bundle agree -------------------------------------------------------------------------------
# ``jnzd verify`` runs exactly the checks ``jnzd open-bundle`` needs, by the same code: a bundle that verifies
# opens, and one that does not open does not verify — both name the same first problem, exit 1, write nothing.

Files = dict[str, bytes]


def _files(bundle_path: Path) -> Files:
    with zipfile.ZipFile(bundle_path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}


def _write(tmp_path: Path, files: Files) -> Path:
    """A bundle of ``files`` with a manifest that matches them: the damage must be found past the manifest."""
    path = tmp_path / "crafted.zip"
    bd.write_bundle(path, [Member(n, data=d) for n, d in files.items()], EXTRA)
    return path


def _with_case(tmp_path: Path, files: Files, change: Callable[[dict[str, Any]], object]) -> Path:
    doc = json.loads(files["case.json"])
    change(doc)
    return _write(tmp_path, {**files, "case.json": json.dumps(doc, ensure_ascii=False).encode()})


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _evidence_sha(doc: dict[str, Any]) -> str:
    return str(doc["tables"]["evidence"][0]["sha256"])


def _undescribed_table(doc: dict[str, Any]) -> str:
    described = json.loads(cj.schema_path().read_text(encoding="utf-8"))["properties"]["tables"]["properties"]
    return next(t for t in sorted(doc["tables"]) if t not in described)


def _patched(path: Path, name: str, field: int, value: int) -> Path:
    _patch_directory(path, name, field, value)
    return path


def _flip(path: Path, name: str) -> Path:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    data[info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.compress_size // 2] ^= 0x55
    path.write_bytes(bytes(data))
    return path


def _overlap(tmp_path: Path) -> Path:
    members = {"a.bin": bytes(range(256)) * 4, "b.bin": bytes(range(256)) * 4}
    path = _zip_with(tmp_path, members)
    with zipfile.ZipFile(path) as zf:
        offset_a = zf.getinfo("a.bin").header_offset
    return _patched(path, "b.bin", 42, offset_a)


def _symlink(tmp_path: Path) -> Path:
    link = zipfile.ZipInfo("photos/link.jpg")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    return _zip_with(tmp_path, {"report.pdf": b"%PDF"}, extra=[(link, b"/etc/passwd")])


def _text(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "crafted.zip"
    path.write_bytes(data)
    return path


def _v3_rows(tmp_path: Path, files: Files) -> Files:
    """The small case's bundle, its case.json replaced by the rows of the schema-3 fixture."""
    from desktop_app.domain.errors import CaseReadOnly
    from desktop_app.storage.case_io import read_only_copy

    old = tmp_path / "v3.jnzd"
    shutil.copy(FIXTURES / "schema_v3.jnzd", old)
    with CaseFile(old, read_only_copy(old), "x", None, CaseReadOnly(path=str(old), reason="test")) as v3:
        tables, meta = ce.dump_tables(v3), v3.meta()
        blobs = {f"blobs/{r['sha256']}": v3.blob(r["sha256"]) or b"" for r in tables["blob"]}
    return {"case.json": cj.to_json(tables, meta, 3), "report.pdf": files["report.pdf"], **blobs}


def _raw(files: Files) -> Files:
    """The members a hand-made zip (deflating everything) can hold: not the constant channel (ratio 1000:1)."""
    return {n: d for n, d in files.items() if not n.startswith("blobs/")}


Damage = Callable[[Path, Path, Files], Path]  # (tmp_path, the good bundle, its members) → the damaged bundle


def _without(files: Files, name: str) -> Files:
    return {n: d for n, d in files.items() if n != name}


def _extra_member(name: str) -> Damage:
    return lambda t, b, f: _zip_with(t, _raw(f), extra=[(name, b"x")])

_SCHEMA_CHANGES: list[tuple[str, Callable[[dict[str, Any]], object]]] = [
    ("employees_text", lambda d: d["tables"]["enterprise"][0].update(employees="很多")),
    ("row_without_key", lambda d: d["tables"]["contact"][0].pop("id")),
    ("described_unknown_column", lambda d: d["tables"]["contact"][0].update(nickname="x")),
    ("blob_sha_path", lambda d: d["tables"]["blob"][0].update(sha256="../../etc")),
    ("list_value", lambda d: d["tables"].update({"new_table": [{"a": [1, 2]}]})),
    ("table_name_sql", lambda d: d["tables"].update({"Robert'); DROP TABLE": []})),
    ("no_case_info_table", lambda d: d["tables"].pop("case_info")),
    ("schema_version_text", lambda d: d.update(schema_version="5")),
    ("meta_format", lambda d: d["meta"].update(format="other")),
]

AGREE: list[tuple[str, Damage, str, str | None]] = [
    # the archive and its directory (every attack of the tests above)
    ("flip", lambda t, b, f: _flip(b, "report.pdf"), "corrupt", "report.pdf"),
    ("sha256", lambda t, b, f: _zip_with(t, {**_raw(f), "report.pdf": b"%PDF tampered"},
                                         manifest=_manifest({**_raw(f), "report.pdf": b"%PDF original"})),
     "sha256", "report.pdf"),
    ("missing", lambda t, b, f: _zip_with(t, _without(_raw(f), "report.pdf"), manifest=_manifest(_raw(f))),
     "missing", "report.pdf"),
    ("extra", lambda t, b, f: _zip_with(t, _raw(f), extra=[("photos/extra.jpg", b"\xff\xd8")]), "extra",
     "photos/extra.jpg"),
    ("size", lambda t, b, f: _zip_with(t, _raw(f), manifest=_manifest({**_raw(f), "report.pdf": b"x"})), "size",
     "report.pdf"),
    ("format", lambda t, b, f: _zip_with(t, _raw(f), manifest=_manifest(_raw(f), format="someone-else")),
     "format", None),
    ("newer", lambda t, b, f: _zip_with(t, _raw(f), manifest=_manifest(_raw(f), version=BUNDLE_VERSION + 1)),
     "newer", None),
    ("manifest_json", lambda t, b, f: _zip_with(t, _raw(f), manifest=b"{not json"), "manifest", None),
    ("manifest_members", lambda t, b, f: _zip_with(t, _raw(f), manifest=_manifest(
        _raw(f), members=[{"name": "report.pdf"}])), "manifest", None),
    ("no_manifest", lambda t, b, f: _raw_zip(t / "crafted.zip", list(_raw(f).items())), "no_manifest", None),
    *[(f"name_{problem}_{n}", _extra_member(name), problem, name) for n, (name, problem) in enumerate([
        ("/etc/passwd", "absolute"), ("../../outside.txt", "parent"), ("photos/../../outside.txt", "parent"),
        ("photos\\a.jpg", "backslash"), ("..\\outside.txt", "backslash"), ("C:/Windows/evil.dll", "drive"),
        ("photos/CON.jpg", "bad_name"), ("photos//a.jpg", "bad_name"), ("photos/a\x01.jpg", "bad_name"),
        ("photos/", "bad_name")])],
    ("symlink", lambda t, b, f: _symlink(t), "symlink", "photos/link.jpg"),
    ("duplicate", _extra_member("report.pdf"), "duplicate", "report.pdf"),
    ("duplicate_case", _extra_member("REPORT.pdf"), "duplicate", "REPORT.pdf"),  # one file on Windows
    ("ratio", lambda t, b, f: _patched(b, "report.pdf", 24, 10 * 1024 * 1024), "ratio", "report.pdf"),
    ("member_too_large", lambda t, b, f: _patched(b, "report.pdf", 24, 3 * 1024**3), "member_too_large",
     "report.pdf"),
    ("overlap", lambda t, b, f: _overlap(t), "overlap", None),
    ("overrun", lambda t, b, f: _patched(_zip_with(t, {"case.json": b"{}", "report.pdf": b"A" * 1000},
                                                   manifest=_manifest({"case.json": b"{}", "report.pdf": b"A" * 10})),
                                         "report.pdf", 24, 10), "corrupt", "report.pdf"),  # zipfile stops at 10: CRC
    ("not_zip", lambda t, b, f: _text(t, "这不是压缩包".encode()), "not_zip", None),
    ("empty", lambda t, b, f: _text(t, b""), "not_zip", None),
    ("truncated", lambda t, b, f: _text(t, b.read_bytes()[: b.stat().st_size // 2]), "not_zip", None),
    ("not_found", lambda t, b, f: t / "nowhere.zip", "not_found", None),
    ("directory", lambda t, b, f: t, "directory", None),
    # case.json (every attack of the case.json tests above)
    ("no_case_json", lambda t, b, f: _write(t, {k: v for k, v in f.items() if k != "case.json"}), "no_case_json",
     "case.json"),
    ("case_json_utf16", lambda t, b, f: _write(t, {**f, "case.json": b"\xff\xfe"}), "json", "case.json"),
    ("case_json_cut", lambda t, b, f: _write(t, {**f, "case.json": f["case.json"][:200]}), "json", "case.json"),
    ("case_json_duplicate_key", lambda t, b, f: _write(t, {**f, "case.json": b'{"a": 1, "a": 2}'}), "json",
     "case.json"),
    ("case_json_nan", lambda t, b, f: _write(t, {**f, "case.json": b'{"format": "jnzd-case-json", "x": NaN}'}),
     "json", "case.json"),
    ("case_json_array", lambda t, b, f: _write(t, {**f, "case.json": b"[]"}), "schema", "case.json"),
    ("case_format", lambda t, b, f: _with_case(t, f, lambda d: d.update(format="other")), "case_format",
     "case.json"),
    ("case_newer", lambda t, b, f: _with_case(t, f, lambda d: d.update(version=cj.CASE_JSON_VERSION + 1)),
     "case_newer", "case.json"),
    *[(f"schema_{label}", (lambda ch: lambda t, b, f: _with_case(t, f, ch))(change), "schema", "case.json")
      for label, change in _SCHEMA_CHANGES],
    # what open-bundle used to find only while restoring (every attack of the restore tests above, and more)
    ("blob_content_not_its_name", lambda t, b, f: _write(t, {**f, next(n for n in f if n.startswith("blobs/")):
                                                             b"not the original"}), "blob_name", None),
    ("blob_name_not_a_sha", lambda t, b, f: _write(t, {**f, "blobs/readme.txt": b"hello"}), "blob_name",
     "blobs/readme.txt"),
    ("blob_member_missing", lambda t, b, f: _write(t, _without(f, min(n for n in f if n.startswith("blobs/")))),
     "blob_member", None),
    ("blob_size", lambda t, b, f: _with_case(t, f, lambda d: d["tables"]["blob"][0].update(size=1)), "blob_size",
     None),
    ("schema_version_99", lambda t, b, f: _with_case(t, f, lambda d: d.update(schema_version=99)), "schema_newer",
     "case.json"),
    ("blob_missing_from_table", lambda t, b, f: _with_case(t, f, lambda d: d["tables"].update(
        blob=[r for r in d["tables"]["blob"] if r["sha256"] != _evidence_sha(d)])), "blob_missing", "case.json"),
    ("unknown_table", lambda t, b, f: _with_case(t, f, lambda d: d["tables"].update(measure_v99=[{"id": 1}])),
     "table", "case.json"),
    ("unknown_column", lambda t, b, f: _with_case(t, f, lambda d: d["tables"].update(
        {_undescribed_table(d): [{"nickname": "x"}]})), "column", "case.json"),
    ("duplicate_key", lambda t, b, f: _with_case(t, f, lambda d: d["tables"]["contact"].append(
        dict(d["tables"]["contact"][0]))), "row", "case.json"),
    ("no_case_info_rows", lambda t, b, f: _with_case(t, f, lambda d: d["tables"].update(case_info=[])), "schema",
     "case.json"),
    ("no_case_info_row_1", lambda t, b, f: _with_case(t, f, lambda d: d["tables"]["case_info"][0].update(id=2)),
     "no_case", "case.json"),
    ("huge_integer", lambda t, b, f: _with_case(t, f, lambda d: d["tables"]["enterprise"][0].update(
        employees=2**70)), "row", "case.json"),
    ("journal_seq_twice", lambda t, b, f: _with_case(t, f, lambda d: d["tables"]["journal"].append(
        dict(d["tables"]["journal"][-1]))), "row", "case.json"),
    ("older_schema_newer_table", lambda t, b, f: _with_case(t, f, lambda d: d.update(schema_version=3)), "table",
     "case.json"),
]


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    from desktop_app.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one line, never a traceback
    return code, lines[0]


@pytest.mark.parametrize(("damage", "problem", "member"), [a[1:] for a in AGREE], ids=[a[0] for a in AGREE])
def test_verify_and_open_bundle_refuse_alike(tmp_path: Path, bundle_path: Path, capsys: pytest.CaptureFixture[str],
                                             damage: Damage, problem: str, member: str | None) -> None:
    from desktop_app.operations import export

    path = damage(tmp_path, bundle_path, _files(bundle_path))
    target = tmp_path / "opened" / "case.jnzd"
    target.parent.mkdir()
    with pytest.raises(BundleError) as verified:
        export.verify(path)
    with pytest.raises(BundleError) as opened:
        export.open_bundle(path, target, user="审核员")
    v, o = verified.value, opened.value
    assert v.params["problem"] == o.params["problem"] == problem, v.message("en")
    assert v.params["member"] == o.params["member"]
    if member is not None:
        assert v.params["member"] == member
    for lang in ("zh", "en"):
        assert v.message(lang) == o.message(lang)
        assert str(path) in v.message(lang) and "\n" not in v.message(lang)
        if v.params["member"]:
            assert str(v.params["member"]) in v.message(lang)  # names the member
    assert v.message("zh").startswith("上报数据包无效（") and v.message("en").startswith("Invalid upload bundle (")
    assert not any(c in v.message("en") for c in "有无的数据包") or v.params["member"] != "", v.message("en")
    code_v, line_v = _cli(capsys, "verify", path)
    code_o, line_o = _cli(capsys, "open-bundle", path, "-o", target)
    assert code_v == code_o == 1 and line_v == line_o  # README: exit 1 on a bundle that does not verify
    assert list(target.parent.iterdir()) == []  # nothing written, not even a temporary file


@pytest.mark.parametrize("variant", ["as_exported", "unreferenced_blob", "older_schema_rows"])
def test_a_bundle_that_verifies_opens(tmp_path: Path, bundle_path: Path, variant: str) -> None:
    from desktop_app.operations import export

    files = _files(bundle_path)
    if variant == "unreferenced_blob":  # all blobs travel, also those only the journal can bring back
        extra = b"an unreferenced blob"
        path = _with_case(tmp_path, {**files, f"blobs/{_sha(extra)}": extra},
                          lambda d: d["tables"]["blob"].append({"sha256": _sha(extra), "size": len(extra)}))
    elif variant == "older_schema_rows":
        path = _write(tmp_path, _v3_rows(tmp_path, files))
    else:
        path = bundle_path
    manifest = export.verify(path)
    target = tmp_path / "opened.jnzd"
    assert export.open_bundle(path, target, user="审核员") == target
    with CaseFile.open(target, read_only=True) as back:
        assert back.schema_version() == schema.SCHEMA_VERSION and back.verify_journal() is None
        assert len(ce.dump_tables(back)["blob"]) == sum(n.startswith("blobs/") for n in manifest.names)


def test_a_bundle_of_many_tiny_members(tmp_path: Path) -> None:
    """100,000 members, the limit: verified and opened (the reader is linear in the member count; the bench
    times it). One more is refused, before the directory is parsed."""
    with CaseFile.create(tmp_path / "empty.jnzd", as_of_date="2026-03-20") as case:
        tables, meta, keys = ce.dump_tables(case), case.meta(), ce.table_keys(case)
    blobs = [f"{n:08d}".encode() for n in range(bd.DEFAULT_LIMITS.max_members - 2)]  # + case.json + manifest
    tables["blob"] = [{"sha256": _sha(b), "size": len(b)} for b in blobs]
    members = [Member("case.json", data=cj.to_json(tables, meta, schema.SCHEMA_VERSION, keys=keys))]
    members += [Member(f"blobs/{_sha(b)}", data=b) for b in blobs]
    path = tmp_path / "many.zip"
    bd.write_bundle(path, members, EXTRA)
    from desktop_app.operations import export

    assert len(export.verify(path).members) == len(members)
    target = tmp_path / "many.jnzd"
    export.open_bundle(path, target, user="审核员")
    with CaseFile.open(target, read_only=True) as back:
        assert back.conn.execute("SELECT count(*) FROM blob").fetchone()[0] == len(blobs)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("blobs/one-too-many", b"x")
    with pytest.raises(BundleError) as info:
        export.verify(path)
    assert info.value.params["problem"] == "too_many"
