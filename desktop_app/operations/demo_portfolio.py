"""A demo portfolio for the supervisor (``jnzd demo-portfolio DIR --count N``): N varied case files derived from the
demo enterprise, plus (with ``extras``) one upload bundle, one corrupt and one foreign file, so every kind of row
shows.

The demo case is built once (two templates: the full demo, and the same enterprise without measurement data and
photos); each case is a copy of a template changed through journaled ``case.edit`` groups, as a real history would
be: a new case id, enterprise name and 统一社会信用代码 (valid check characters), city and county in 河南, industry,
agency, diagnosis type, the energy and measure figures scaled, some measures deleted or decided otherwise, some
checklist answers cleared (→ blocking), some implausible figures (→ warnings), some feedback unconfirmed, workflow
states spread over 草稿 / 已提交 / 退回修改 / 已通过, and for reviewed cases review comments and decisions.

Size: only every 10th case keeps the measurement data and photos (~4 MB); the others are ~1.2 MB (16 KB pages
of ~60 tables), so 3000 cases take ~4.5 GB instead of 12 GB. Same seed → same choices (journal times are real).
All names are marked 演示.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from desktop_app import CASE_SUFFIX
from desktop_app.domain.uscc import USCC_CHARSET, uscc_check_char
from desktop_app.operations import checklist, demo, demo_equipment, demo_measures, equipment, profile, review
from desktop_app.operations.cases import new_case
from desktop_app.reference.paths import resources_dir
from desktop_app.storage.casefile import CaseFile

# 河南's cities with some of their counties (GB/T 2260 codes).
CITIES: dict[str, list[tuple[str, str]]] = {
    "郑州市": [("中牟县", "410122"), ("巩义市", "410181"), ("荥阳市", "410182"), ("新郑市", "410184")],
    "开封市": [("杞县", "410221"), ("兰考县", "410225")],
    "洛阳市": [("新安县", "410323"), ("伊川县", "410329")],
    "平顶山市": [("宝丰县", "410421"), ("舞钢市", "410481"), ("汝州市", "410482")],
    "安阳市": [("安阳县", "410522"), ("林州市", "410581")],
    "鹤壁市": [("浚县", "410621"), ("淇县", "410622")],
    "新乡市": [("卫辉市", "410781"), ("辉县市", "410782"), ("长垣市", "410783")],
    "焦作市": [("修武县", "410821"), ("沁阳市", "410882"), ("孟州市", "410883")],
    "濮阳市": [("范县", "410926"), ("濮阳县", "410928")],
    "许昌市": [("禹州市", "411081"), ("长葛市", "411082")],
    "漯河市": [("舞阳县", "411121"), ("临颍县", "411122")],
    "三门峡市": [("义马市", "411281"), ("灵宝市", "411282")],
    "南阳市": [("西峡县", "411323"), ("内乡县", "411325"), ("邓州市", "411381")],
    "商丘市": [("虞城县", "411425"), ("永城市", "411481")],
    "信阳市": [("固始县", "411525"), ("潢川县", "411526")],
    "周口市": [("太康县", "411627"), ("项城市", "411681")],
    "驻马店市": [("泌阳县", "411726"), ("遂平县", "411728")],
}
INDUSTRIES = (("C30", "建材"), ("C26", "化工"), ("C31", "钢铁"), ("C32", "有色金属"), ("C22", "纸业"),
              ("C17", "纺织"), ("C13", "食品"), ("C33", "金属制品"))
AGENCIES = ("演示·中原节能诊断服务有限公司", "演示·河南绿能工程咨询有限公司", "演示·豫北节能技术服务中心",
            "演示·洛阳能效评估有限公司")
BRANDS = ("宏达", "华丰", "恒信", "瑞祥", "金鼎", "中通", "天元", "长兴", "鑫源", "永盛", "嘉禾", "昌隆", "泰和",
          "万方", "东升", "新宇", "光明", "德隆", "富华", "盛世")
TYPES = (("key_industry", 40), ("sme", 25), ("key_equipment", 15), ("regional", 10), ("follow_up", 10))
STATES = (("draft", 35), ("submitted", 30), ("returned", 15), ("approved", 20))
REVIEWERS = ("张审核", "王主管", "刘处长")
COMMENTS = (("checklist", "checklist", "G-S-04", "请补充电动机负载率的测试记录和计算过程。"),
            ("energy", "", "", "能源消费中原煤期末库存与盘点表不一致，请核实。"),
            ("measures", "", "", "措施投资估算请附报价或同类项目依据。"),
            ("metering", "", "", "二级计量配备率不达标，请在报告中提出整改建议。"),
            ("profile", "", "", "企业从业人员数与统计报表不符，请核对。"))


def generate(folder: Path, count: int, *, seed: int = 1, extras: bool = True,
             progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write ``count`` demo cases into ``folder`` (created; existing files of the same names are replaced) and,
    with ``extras`` and ``count`` ≥ 10, turn the last one into an upload bundle and add a corrupt and a foreign
    file. Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    names: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="jnzd-demo-") as tmp:
        full = demo.build_demo(Path(tmp) / "full.jnzd")
        light = _build_light(Path(tmp) / "light.jnzd")
        for i in range(count):
            target = folder / f"演示案例_{i + 1:04d}{CASE_SUFFIX}"
            rng = random.Random(f"{seed}:{i}")
            shutil.copyfile(full if i % 10 == 0 else light, target)
            _vary(target, rng, i, names)
            written.append(target)
            if progress is not None:
                progress(i + 1, count)
    if extras and count >= 10:
        written[-1] = _as_bundle(written[-1])
        corrupt = folder / f"演示_损坏的案例{CASE_SUFFIX}"
        data = written[1].read_bytes()
        corrupt.write_bytes(data[: len(data) // 2])  # truncated in transfer
        foreign = folder / f"演示_不是案例文件{CASE_SUFFIX}"
        foreign.write_text("这是一份会议纪要的文本，被误存为案例文件。\n", encoding="utf-8")
        written += [corrupt, foreign]
    return written


def _build_light(path: Path) -> Path:
    """The demo enterprise as ``demo.build_demo`` fills it, without measurement data and evidence photos."""
    with new_case(path, as_of_date=demo.AS_OF, module_ids=["industry.jiancai"], user="李明") as case:
        profile.set_fields(case, demo.ENTERPRISE, "填写企业概况")
        profile.set_fields(case, demo.ENGAGEMENT, "填写诊断任务")
        for contact in demo.CONTACTS:
            profile.add_contact(case, contact)
        data = json.loads((resources_dir() / "demo" / "cement_checklist.json").read_text(encoding="utf-8"))
        for item_id, answer in data["answers"].items():
            kwargs = {k: answer[k] for k in ("status", "value", "finding") if answer.get(k) not in (None, "")}
            if kwargs:
                checklist.set_answer(case, item_id, **kwargs)
        demo.fill_energy(case)
        demo_equipment.add_equipment(case)
        demo_measures.add_measures(case)
    return path


def _as_bundle(case_path: Path) -> Path:
    from desktop_app.operations import export

    target = case_path.with_suffix(".zip")
    target.unlink(missing_ok=True)
    with CaseFile.open(case_path, read_only=True) as case:
        export.export_bundle(case, target, report_pdf=None, tables_xlsx=None)
    case_path.unlink()
    return target


# --- one case ----------------------------------------------------------------------------------------------------
def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def uscc(rng: random.Random, region: str) -> str:
    """A 统一社会信用代码 with valid check characters: 91 (enterprise) + region + 组织机构代码 (GB 11714 check)."""
    body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    check = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    org = body + ("X" if check == 10 else "0" if check == 11 else str(check))
    first17 = "91" + region + org
    assert all(c in USCC_CHARSET for c in first17)
    return first17 + uscc_check_char(first17)


def _scaled(text: object, factor: Decimal) -> str | None:
    if text in (None, ""):
        return None
    value = (Decimal(str(text)) * factor).quantize(Decimal("0.01"))
    return format(value.normalize(), "f") if value else "0"


def _vary(path: Path, rng: random.Random, i: int, names: set[str]) -> None:
    case = CaseFile.open(path, user="李明", snapshot=False)
    try:
        _identity(case, rng, i, names)
        _figures(case, rng)
        _equipment(case, rng)
        _workflow(case, rng, _gaps(case, rng))
    finally:
        case.close(snapshot=False)  # generated data: no snapshot of each of thousands of cases


def _identity(case: CaseFile, rng: random.Random, i: int, names: set[str]) -> None:
    city = rng.choice(sorted(CITIES))
    county, region = rng.choice(CITIES[city])
    code, word = INDUSTRIES[0] if rng.random() < 0.3 else rng.choice(INDUSTRIES)
    dtype = _pick(rng, TYPES)
    small = dtype == "sme" or rng.random() < 0.2
    name = ""
    for attempt in range(6):
        name = f"演示{county[:-1]}{rng.choice(BRANDS)}{word}{'' if attempt < 5 else i + 1}有限公司"
        if name not in names:
            break
    names.add(name)
    with case.edit("演示数据：企业与诊断任务", kind="edit") as tx:
        tx.update("case_info", 1, {"case_uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4))})
        tx.update("enterprise", 1, {
            "name": name, "uscc": uscc(rng, region), "city": city, "county": county, "industry_code": code,
            "address": f"河南省{city}{county}演示工业园区 {rng.randint(1, 99)} 号",
            "employees": rng.randint(60, 280) if small else rng.randint(320, 2400),
            "revenue_wan": float(rng.randint(8000, 38000) if small else rng.randint(42000, 260000))})
        tx.update("engagement", 1, {
            "agency": AGENCIES[rng.randrange(len(AGENCIES))], "diagnosis_type": dtype,
            "remarks": f"{city}{county}演示产业园区" if dtype == "regional" else demo.ENGAGEMENT["engagement.remarks"]})


def _figures(case: CaseFile, rng: random.Random) -> None:
    """Energy use and measures scaled by one factor (so the case stays consistent); some measures deleted or
    decided otherwise; sometimes an implausible declared energy figure (→ a warning)."""
    factor = Decimal(rng.randint(25, 240)) / 100
    with case.edit("演示数据：能源与措施数据", kind="edit") as tx:
        for item in case.rows("energy_item"):
            tx.update("energy_item", item["id"], {
                c: _scaled(item[c], factor) for c in ("purchased", "opening_stock", "closing_stock",
                                                      "transferred_out", "consumed", "cost_yuan")})
        for month in case.rows("energy_month"):
            tx.update("energy_month", month["id"], {"quantity": _scaled(month["quantity"], factor)})
        setting = case.row("energy_setting", 1) or {}
        tx.update("energy_setting", 1, {"compare_tce": _scaled(setting.get("compare_tce"), factor)})
        declared = float(Decimal("168520") * factor)
        odd = rng.random()
        if odd < 0.08:
            declared = 0.0  # 上年度综合能源消费量 0: a warning
        elif odd < 0.18:
            declared *= 10  # a unit slip (kgce for tce): the declared figure disagrees with the computed one
        tx.update("enterprise", 1, {"energy_tce_last_year": round(declared, 2)})
        for stream in case.rows("measure_stream"):
            tx.update("measure_stream", stream["id"], {"quantity": _scaled(stream["quantity"], factor)})
        measures = case.rows("measure")
        for m in measures:
            tx.update("measure", m["id"], {"investment_wan": _scaled(m["investment_wan"], factor)})
        gone = {m["id"] for m in measures if rng.random() < 0.15}
        for table in ("measure_link", "measure_decision", "measure_stream"):
            for r in case.rows(table):
                if r["measure_id"] in gone:
                    tx.delete(table, r["id"])
        for key in sorted(gone):
            tx.delete("measure", key)
        fb = case.row("feedback", 1) or {}
        adopted = [k for k in json.loads(fb.get("adopted_measure_ids") or "[]") if k not in gone]
        tx.update("feedback", 1, {"adopted_measure_ids": json.dumps(adopted)})
        for m in measures:
            if m["id"] not in gone and rng.random() < 0.2:
                decision = rng.choice(("rejected", "adopted", "implemented"))
                tx.insert("measure_decision", {"measure_id": m["id"], "decision": decision,
                                               "decided_on": "2026-04-15", "note": "演示：企业反馈后调整"})


def _equipment(case: CaseFile, rng: random.Random) -> None:
    """A smaller register in some cases (so the eliminated / below-limit devices found vary)."""
    gone = [int(e["id"]) for e in case.rows("equipment") if rng.random() < 0.25]
    if gone:
        equipment.delete(case, gone)


def _gaps(case: CaseFile, rng: random.Random) -> bool:
    """Some cases are not finished: checklist answers cleared (→ blocking; True), feedback not confirmed."""
    cleared = rng.random() < 0.3
    if cleared:
        answers = case.rows("checklist_answer")
        with case.edit("演示数据：清单答案待补", kind="edit") as tx:
            for a in rng.sample(answers, min(len(answers), rng.randint(2, 8))):
                tx.delete("checklist_answer", a["item_id"])
    if rng.random() < 0.2:
        with case.edit("演示数据：企业反馈未确认", kind="edit") as tx:
            tx.update("feedback", 1, {"confirmed_by": None, "confirmed_on": None})
    return cleared


def _workflow(case: CaseFile, rng: random.Random, unfinished: bool) -> None:
    """Spread the cases over the workflow, with review rounds recorded by the review operations themselves. A
    case with blocking gaps cannot have been submitted: it stays a draft or was returned."""
    state = _pick(rng, STATES)
    if unfinished and state in ("submitted", "approved"):
        state = rng.choice(("draft", "returned"))
    if state == "draft":
        return
    _set_state(case, "submitted")  # generated: the submission check is skipped (it is slow), not needed here
    if state == "submitted":
        return
    reviewer = rng.choice(REVIEWERS)
    if state == "approved":
        review.decide(case, "approve", reviewer=reviewer)
        return
    for section, kind, key, text in rng.sample(COMMENTS, rng.randint(1, 3)):
        review.add_comment(case, section=section, text=text, reviewer=reviewer, target_kind=kind, target_key=key)
    device = rng.choice(review.targets(case, "equipment"))
    review.add_comment(case, section="equipment", target_kind="equipment", target_key=device.key,
                       text="请补充该设备的铭牌照片和实测运行参数。", reviewer=reviewer)
    review.decide(case, "return", reviewer=reviewer, comment="请按审核意见修改后重新提交。")
    if rng.random() < 0.6:  # the engineer already started on the comments
        answered = [a for a in case.rows("checklist_answer") if a["finding"]]
        with case.edit("按审核意见补充发现", kind="edit") as tx:
            for a in rng.sample(answered, min(len(answered), rng.randint(1, 3))):
                tx.update("checklist_answer", a["item_id"], {"finding": str(a["finding"]) + "（已按审核意见补充）"})
        open_comments = [c for c in review.comments(case) if c.open]
        for c in open_comments[: rng.randint(1, len(open_comments))]:
            review.resolve(case, c.id, "已补充。", user="李明")
        if not unfinished and all(not c.open for c in review.comments(case)) and rng.random() < 0.7:
            _set_state(case, "submitted")  # resubmitted with changes since the review


def _set_state(case: CaseFile, state: str) -> None:
    with case.edit(f"演示数据：状态改为 {state}", kind="workflow") as tx:
        tx.update("case_info", 1, {"workflow_state": state})
        tx.note(f"workflow_state={state}")

