"""Checklist templates, freezing and upgrade preview, answers with undo, bindings, evidence, and the check."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.domain.checklist import Status
from desktop_app.domain.errors import CaseReadOnly, EvidenceError, TemplateError, ValidationError
from desktop_app.importers.evidence import MAX_BYTES, prepare_evidence, read_evidence_file
from desktop_app.operations import bindings, checklist, profile
from desktop_app.operations.bindings import DerivedAnswer
from desktop_app.operations.cases import new_case
from desktop_app.operations.check import check_case
from desktop_app.operations.workflow import transition
from desktop_app.reference import checklists as shipped
from desktop_app.storage.casefile import CaseFile

INDUSTRIES = {"gangtie", "jiancai", "shihua", "huagong", "youse", "jixie", "dianqi", "dianzi", "qinggong", "fangzhi"}


@pytest.fixture
def case(tmp_path: Path) -> CaseFile:
    c = new_case(tmp_path / "c.jnzd", as_of_date="2026-03-20", module_ids=["industry.jiancai"])
    yield c
    c.close()


def first_item(case: CaseFile, kind: str = "status", required: bool | None = None) -> str:
    for st in checklist.load(case).ordered():
        if st.item.answer.type == kind and (required is None or st.item.required == required) \
                and st.item.binding is None:
            return st.item.id
    raise AssertionError(f"no {kind} item")


# --- templates -----------------------------------------------------------------------------------------------
def test_every_shipped_template_is_valid_and_complete() -> None:
    templates = [s.template for s in shipped.shipped()]
    general = [t for t in templates if t.kind == "general"]
    modules = [t for t in templates if t.kind == "industry"]
    assert [t.edition for t in general] == ["2020"]
    assert [s.id for s in general[0].sections] == list("PECTSMKNR")
    assert sum(1 for _ in general[0].items()) >= 40
    assert {t.industry_code for t in modules} == INDUSTRIES
    for t in modules:
        assert sum(1 for _ in t.items()) >= 5, t.id
        assert t.industry_divisions, t.id
    ids = [i.id for t in templates for i in t.items()]
    assert len(ids) == len(set(ids)), "item ids must be unique across templates"
    for t in templates:
        for it in t.items():
            assert it.binding is None or it.binding in bindings.BINDINGS, (it.id, it.binding)
            assert it.guidance.strip() and it.basis.strip()


def test_modules_match_the_industry_division() -> None:
    assert "industry.jiancai" in shipped.modules_for_division("C30")


def test_broken_template_names_file_and_item() -> None:
    data = json.loads(shipped.general().text)
    item = data["sections"][2]["items"][1]
    item["answer"] = {"type": "number"}  # a number answer without its unit
    with pytest.raises(TemplateError) as err:
        shipped.validate(data, "general_2020.json")
    message = err.value.message("zh")
    assert "general_2020.json" in message and item["id"] in message
    with pytest.raises(TemplateError) as err:
        shipped.load_text('{"format": "jnzd-checklist",', "broken.json")
    assert "broken.json" in err.value.message("zh") and "第 1 行" in err.value.message("zh")
    dup = json.loads(shipped.general().text)
    dup["sections"][0]["items"][1]["id"] = dup["sections"][0]["items"][0]["id"]
    with pytest.raises(TemplateError) as err:
        shipped.validate(dup, "dup.json")
    assert "重复" in err.value.message("zh")


# --- freezing and upgrade ------------------------------------------------------------------------------------
def test_case_freezes_its_templates_and_previews_a_new_edition(case: CaseFile, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = checklist.frozen_templates(case)
    assert [t.id for t in frozen] == ["general", "industry.jiancai"]
    title_before = next(frozen[0].items()).title
    # A newer release of the general template appears in resources/: the case does not change by itself.
    res = tmp_path / "res" / "checklists"
    shutil.copytree(shipped.checklists_dir(), res)
    data = json.loads((res / "general_2020.json").read_text(encoding="utf-8"))
    data["edition"] = "2026"
    data["sections"][0]["items"][0]["title"] = "诊断任务记录（2026 修订）"
    removed = data["sections"][0]["items"].pop()
    data["sections"][0]["items"].append({**removed, "id": "G-P-99", "title": "新增条目"})
    (res / "general_2026.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(shipped, "checklists_dir", lambda: res)
    shipped.shipped.cache_clear()
    try:
        assert next(checklist.frozen_templates(case)[0].items()).title == title_before
        assert checklist.newer_editions(case) == [(frozen[0].title, "2020", "2026")]
        checklist.set_answer(case, removed["id"], status="conforming")
        diff = checklist.preview(case, checklist.selection("2026", ["industry.jiancai"]))
        assert diff.upgraded_templates == [("general", "2020", "2026")]
        assert [i.id for i in diff.added_items] == ["G-P-99"]
        assert [i.id for i in diff.removed_items] == [removed["id"]]
        assert diff.removed_answered == [removed["id"]]
        assert any(c.item_id == data["sections"][0]["items"][0]["id"] for c in diff.changed_items)
        journal = len(case.journal_entries())
        checklist.apply_templates(case, checklist.selection("2026", ["industry.jiancai"]))
        assert len(case.journal_entries()) > journal
        state = checklist.load(case)
        assert "G-P-99" in state.items and removed["id"] not in state.items
        case.undo()  # back to the 2020 edition, and the hidden answer is visible again
        state = checklist.load(case)
        assert state.items[removed["id"]].status is Status.CONFORMING
    finally:
        shipped.shipped.cache_clear()


# --- answers -------------------------------------------------------------------------------------------------
def test_answer_status_value_finding_and_undo(case: CaseFile) -> None:
    item_id = first_item(case, "number")
    spec = checklist.item(case, item_id).answer
    checklist.set_answer(case, item_id, status="nonconforming")
    checklist.set_answer(case, item_id, value=str(spec.minimum if spec.minimum is not None else 1))
    checklist.set_answer(case, item_id, finding="现场实测偏高")
    st = checklist.load(case).items[item_id]
    assert st.status is Status.NONCONFORMING and st.answer["finding"] == "现场实测偏高"
    assert st.answer["updated_by"] == "测试工程师" and st.answer["updated_utc"]
    case.undo()
    assert checklist.load(case).items[item_id].answer["finding"] is None
    case.undo()
    case.undo()
    assert checklist.load(case).items[item_id].status is Status.UNCHECKED
    case.redo()
    assert checklist.load(case).items[item_id].status is Status.NONCONFORMING


def test_bad_answers_change_nothing(case: CaseFile) -> None:
    number = first_item(case, "number")
    spec = checklist.item(case, number).answer
    def groups() -> int:
        return len({e.grp for e in case.journal_entries()})

    before = groups()
    bad = ["abc", "nan", "inf"]
    if spec.maximum is not None:
        bad.append(str(spec.maximum + 1))
    if spec.minimum is not None:
        bad.append(str(spec.minimum - 1))
    for raw in bad:
        with pytest.raises(ValidationError) as err:
            checklist.set_answer(case, number, value=raw)
        assert number in err.value.message("zh")
    with pytest.raises(ValidationError):
        checklist.set_answer(case, "G-X-99", status="conforming")
    with pytest.raises(ValidationError):
        checklist.set_answer(case, number, status="maybe")
    status_only = first_item(case, "status")
    with pytest.raises(ValidationError):
        checklist.set_answer(case, status_only, value="5")
    choice = next((st.item for st in checklist.load(case).ordered() if st.item.answer.type == "choice"), None)
    if choice is not None:
        with pytest.raises(ValidationError):
            checklist.set_answer(case, choice.id, value="不存在的选项")
        checklist.set_answer(case, choice.id, value=choice.answer.choices[0])
        before += 1  # the valid choice is one operation
    assert groups() == before


def test_submitted_case_refuses_answers(tmp_path: Path) -> None:
    from desktop_app.operations.demo import build_demo

    path = build_demo(tmp_path / "demo.jnzd")
    with CaseFile.open(path) as case:
        transition(case, "submit")
        with pytest.raises(CaseReadOnly):
            checklist.set_answer(case, first_item(case), status="conforming")


# --- bindings ------------------------------------------------------------------------------------------------
def test_bound_items_take_the_derived_answer_until_overridden(case: CaseFile,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    state = checklist.load(case)
    basic = next(st for st in state.ordered() if st.item.binding == "profile.basic")
    assert basic.derived is not None and basic.derived.status is Status.FOLLOW_UP  # empty profile
    assert basic.status is Status.FOLLOW_UP
    for key, value in {"enterprise.name": "甲企业", "enterprise.uscc": "91410782MA9K3C7E2M",
                       "enterprise.province_code": "41", "enterprise.city": "新乡市", "enterprise.county": "辉县市",
                       "enterprise.industry_code": "C30", "enterprise.employees": "100",
                       "enterprise.revenue_wan": "5000", "enterprise.energy_tce_last_year": "1000",
                       "enterprise.main_products": "水泥"}.items():
        profile.set_field(case, key, value)
    profile.add_contact(case, {"name": "张三", "phone": "0373-1234567"})
    basic = checklist.load(case).items[basic.item.id]
    assert basic.status is Status.CONFORMING and "甲企业" in basic.derived.text
    checklist.set_answer(case, basic.item.id, status="nonconforming")
    assert checklist.load(case).items[basic.item.id].status is Status.NONCONFORMING
    # A module registers a binding later: the mechanism picks it up.
    metering = next(st for st in state.ordered() if st.item.binding == "metering.rate")
    assert metering.derived is None
    monkeypatch.setitem(bindings.BINDINGS, "metering.rate", bindings.Binding(
        "metering.rate", "能源计量", lambda _c: DerivedAnswer(Status.NONCONFORMING, "配备率 85%", "能源计量", 85.0)))
    metering = checklist.load.__wrapped__(case).items[metering.item.id]  # type: ignore[attr-defined]  # new binding, same revision
    assert metering.status is Status.NONCONFORMING and metering.derived.value == 85.0


# --- evidence ------------------------------------------------------------------------------------------------
def jpeg(width: int = 640, height: int = 480, orientation: int | None = None) -> bytes:
    img = Image.new("RGB", (width, height), (200, 120, 40))
    exif = Image.Exif()
    exif[0x0132] = "2026:03:17 10:12:00"
    if orientation:
        exif[0x0112] = orientation
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def test_evidence_round_trip_is_byte_exact_and_undoable(case: CaseFile, tmp_path: Path) -> None:
    item_id = first_item(case)
    data = jpeg(orientation=6)  # stored landscape, shown rotated 90°
    path = tmp_path / "铭牌照片.jpg"
    path.write_bytes(data)
    _changes, eid = checklist.add_evidence(case, item_id, read_evidence_file(path))
    assert checklist.evidence_bytes(case, eid) == data
    row = case.row("evidence", eid)
    assert (row["kind"], row["width"], row["height"]) == ("photo", 480, 640)  # EXIF orientation honoured
    assert row["taken_utc"] == "2026-03-17T10:12:00"
    thumb = Image.open(io.BytesIO(checklist.thumbnail_bytes(case, eid)))
    assert thumb.width < thumb.height and max(thumb.size) <= 256
    pdf = tmp_path / "计量器具检定证书.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    _c, doc = checklist.add_evidence(case, item_id, read_evidence_file(pdf))
    assert case.row("evidence", doc)["kind"] == "document"
    assert checklist.load(case).items[item_id].evidence_count == 2
    checklist.remove_evidence(case, eid)
    assert case.row("evidence", eid) is None
    case.undo()
    assert checklist.evidence_bytes(case, eid) == data
    # The same photo twice is stored once.
    checklist.add_evidence(case, first_item(case, "number"), prepare_evidence("again.jpg", data))
    assert case.columns("evidence", "sha256").count((row["sha256"],)) == 2


def test_bad_evidence_is_refused_and_nothing_stored(case: CaseFile, tmp_path: Path) -> None:
    item_id = first_item(case)
    fake = tmp_path / "照片.jpg"
    fake.write_text("这不是图片", encoding="utf-8")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as fh:  # a sparse 200 MB file: refused by its size, never read
        fh.truncate(200 * 1024 * 1024)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(jpeg()[:300])
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ\x90\x00")
    pdf = tmp_path / "fake.pdf"
    pdf.write_text("hello", encoding="utf-8")
    expectations = {fake: "不是可识别的图片", empty: "0 字节", huge: "太大", broken: "损坏",
                    exe: "不支持的文件类型", pdf: "不是 PDF"}
    blobs_before = case.count("blob")
    for path, words in expectations.items():
        with pytest.raises(EvidenceError) as err:
            read_evidence_file(path)
        message = err.value.message("zh")
        assert path.name in message and words in message, message
    assert MAX_BYTES < 200 * 1024 * 1024
    assert checklist.evidence_for(case, item_id) == []
    assert case.count("blob") == blobs_before


def test_evidence_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "c.jnzd"
    data = jpeg()
    with new_case(path, as_of_date="2026-03-20") as case:
        item_id = first_item(case)
        _c, eid = checklist.add_evidence(case, item_id, prepare_evidence("a.jpg", data))
    with CaseFile.open(path) as case:
        assert checklist.evidence_bytes(case, eid) == data
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()


# --- check ---------------------------------------------------------------------------------------------------
def test_check_reports_unanswered_required_and_follow_up(case: CaseFile) -> None:
    report = check_case(case)
    codes = [f.code for f in report.findings]
    assert "checklist.unanswered" in codes
    required = first_item(case, "status", required=True)
    checklist.set_answer(case, required, status="follow_up")
    report = check_case(case)
    follow = [f for f in report.findings if f.code == "checklist.follow_up" and f.key == f"checklist.{required}"]
    assert follow and follow[0].severity.value == "blocking"
    state = checklist.load(case)
    assert state.required_total > 0
    assert state.completeness == state.required_answered / state.required_total


def test_demo_checklist_is_answered(tmp_path: Path) -> None:
    from desktop_app.operations.demo import build_demo

    path = build_demo(tmp_path / "demo.jnzd")
    with CaseFile.open(path, read_only=True) as case:
        state = checklist.load(case)
        assert [t.id for t in state.templates] == ["general", "industry.jiancai"]
        assert state.completeness == 1.0
        statuses = {st.status for st in state.ordered()}
        assert Status.NONCONFORMING in statuses
        photos = [r for r in case.rows("evidence") if r["kind"] == "photo"]
        assert len(photos) >= 3
        assert not check_case(case).blocking


def test_damaged_template_copy_gives_one_line_from_the_cli(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    path = tmp_path / "damaged.jnzd"
    new_case(path, as_of_date="2026-03-20").close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE checklist_template SET content = '{\"sections\": []}'")
    raw.commit()
    raw.close()
    checklist._PARSED.clear()
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "清单模板" in err[0] and "general" in err[0]
