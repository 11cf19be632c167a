"""The case's checklist: which templates it froze, its answers and evidence, progress, and edits.

Each edit is one journaled operation (undoable). Answers are keyed by item id, so changing templates never
destroys an answer: an item that leaves the checklist keeps its answer hidden, and it reappears if the item
comes back (the preview says which answered items would be hidden).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.checklist import Item, Section, Status, Template, TemplateDiff, diff_templates
from desktop_app.domain.errors import ValidationError
from desktop_app.importers.evidence import PreparedEvidence
from desktop_app.operations.bindings import DerivedAnswer, derive
from desktop_app.operations.memo import per_revision
from desktop_app.reference import checklists as shipped
from desktop_app.storage.casefile import CaseFile

UNCHANGED: object = object()


# --- templates -----------------------------------------------------------------------------------------------
_PARSED: dict[str, Template] = {}  # sha256 of a frozen template's text → parsed (validation is not free)


def frozen_templates(case: CaseFile) -> list[Template]:
    """The templates frozen into the case (general first, then industry modules)."""
    templates = []
    for tid, sha in case.columns("checklist_template", "template_id", "sha256"):
        if sha not in _PARSED:
            row = case.rows_where("checklist_template", "sha256", sha)[0]
            text = str(row["content"])
            # The text was validated against the schema when it was frozen; if it still hashes to the recorded
            # SHA-256 it is that same text, so only a changed copy pays for a full validation.
            _PARSED[sha] = shipped.load_text(text, f"{tid}（案例内副本）", trusted=_sha(text) == sha)
        templates.append(_PARSED[sha])
    return sorted(templates, key=lambda t: (t.kind != "general", t.id))


def default_selection(case: CaseFile) -> list[shipped.Shipped]:
    """General template plus the industry modules that match the enterprise's GB/T 4754 division."""
    code = str((case.row("enterprise", 1) or {}).get("industry_code") or "")
    ids = shipped.modules_for_division(code[:3]) if code else []
    return [shipped.general(), *[m for m in shipped.industry_modules() if m.template.id in ids]]


def selection(general_edition: str | None, module_ids: list[str]) -> list[shipped.Shipped]:
    chosen = [s for s in shipped.shipped() if s.template.kind == "general"
              and (general_edition is None or s.template.edition == general_edition)]
    if not chosen:
        raise ValidationError(field="清单模板", detail=f"没有 {general_edition} 版通用清单")
    out = [max(chosen, key=lambda s: s.template.edition)]
    for mid in module_ids:
        module = shipped.latest(mid)
        if module is None or module.template.kind != "industry":
            raise ValidationError(field="行业模块", detail=f"没有行业模块“{mid}”")
        out.append(module)
    return out


def answered_item_ids(case: CaseFile) -> set[str]:
    ids = {r["item_id"] for r in case.rows("checklist_answer")
           if (r["status"] not in (None, Status.UNCHECKED) or r["finding"] or r["value"] is not None
               or r["value_text"])}
    return ids | {r["item_id"] for r in case.rows("evidence")}


def preview(case: CaseFile, chosen: list[shipped.Shipped]) -> TemplateDiff:
    return diff_templates(frozen_templates(case), [s.template for s in chosen], answered_item_ids(case))


def apply_templates(case: CaseFile, chosen: list[shipped.Shipped], source: object | None = None) -> OpChanges:
    """Freeze exactly ``chosen`` into the case (one operation: undoable, journaled)."""
    current = {r["template_id"]: r for r in case.rows("checklist_template")}
    wanted = {s.template.id: s for s in chosen}
    label = "设定诊断清单：" + "、".join(s.template.title for s in chosen)
    with case.edit(label) as tx:
        for tid, row in current.items():
            if tid not in wanted or row["sha256"] != _sha(wanted[tid].text):
                tx.delete("checklist_template", row["id"])
        for tid, s in wanted.items():
            if tid in current and current[tid]["sha256"] == _sha(s.text):
                continue
            tx.insert("checklist_template", {"template_id": tid, "kind": s.template.kind,
                                             "edition": s.template.edition, "title": s.template.title,
                                             "sha256": _sha(s.text), "content": s.text})
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def newer_editions(case: CaseFile) -> list[tuple[str, str, str]]:
    """(template title, frozen edition, newest shipped edition) for templates with a newer release."""
    out = []
    for t in frozen_templates(case):
        newest = shipped.latest(t.id)
        if newest is not None and newest.template.edition > t.edition:
            out.append((t.title, t.edition, newest.template.edition))
    return out


# --- state ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemState:
    item: Item
    answer: dict[str, object] | None
    derived: DerivedAnswer | None
    evidence_count: int

    @property
    def manual_status(self) -> Status:
        raw = (self.answer or {}).get("status")
        return Status(str(raw)) if raw in Status._value2member_map_ else Status.UNCHECKED

    @property
    def status(self) -> Status:
        """The engineer's status when set, else what bound data says, else 未查."""
        manual = self.manual_status
        if manual is not Status.UNCHECKED or self.derived is None:
            return manual
        return self.derived.status

    @property
    def answered(self) -> bool:
        return self.status.answered

    def value(self) -> object:
        a = self.answer or {}
        return a.get("value") if self.item.answer.type == "number" else a.get("value_text")


@dataclass(frozen=True)
class SectionProgress:
    section: Section
    answered: int
    total: int
    required_answered: int
    required_total: int

    def as_dict(self) -> dict[str, object]:
        return {"id": self.section.id, "title": self.section.title, "answered": self.answered, "total": self.total,
                "required_answered": self.required_answered, "required_total": self.required_total}


@dataclass
class ChecklistState:
    templates: list[Template]
    sections: list[Section] = field(default_factory=list)
    items: dict[str, ItemState] = field(default_factory=dict)

    def progress(self) -> list[SectionProgress]:
        out = []
        for s in self.sections:
            states = [self.items[i.id] for i in s.items]
            req = [st for st in states if st.item.required]
            out.append(SectionProgress(s, sum(st.answered for st in states), len(states),
                                       sum(st.answered for st in req), len(req)))
        return out

    @property
    def required_total(self) -> int:
        return sum(1 for st in self.items.values() if st.item.required)

    @property
    def required_answered(self) -> int:
        return sum(1 for st in self.items.values() if st.item.required and st.answered)

    @property
    def completeness(self) -> float:
        return self.required_answered / self.required_total if self.required_total else 0.0

    def ordered(self) -> list[ItemState]:
        return [self.items[i.id] for s in self.sections for i in s.items]


@per_revision
def load(case: CaseFile) -> ChecklistState:
    templates = frozen_templates(case)
    state = ChecklistState(templates)
    answers = {r["item_id"]: r for r in case.rows("checklist_answer")}
    counts: dict[str, int] = {}
    for r in case.rows("evidence"):
        counts[str(r["item_id"])] = counts.get(str(r["item_id"]), 0) + 1
    for t in templates:
        for s in t.sections:
            state.sections.append(s)
            for it in s.items:
                state.items[it.id] = ItemState(it, answers.get(it.id), derive(case, it.binding),
                                               counts.get(it.id, 0))
    return state


def item(case: CaseFile, item_id: str) -> Item:
    for t in frozen_templates(case):
        for it in t.items():
            if it.id == item_id:
                return it
    raise ValidationError(field="清单条目", detail=f"本案例的清单中没有条目 {item_id}")


# --- answers -------------------------------------------------------------------------------------------------
def set_answer(case: CaseFile, item_id: str, *, status: object = UNCHANGED, value: object = UNCHANGED,
               finding: object = UNCHANGED, source: object | None = None) -> OpChanges:
    """Change one item's status, value (number/choice/text answers) and/or finding text."""
    it = item(case, item_id)
    changes: dict[str, object] = {}
    if status is not UNCHANGED:
        if status not in Status._value2member_map_:
            raise ValidationError(field=f"{item_id} 状态", detail=f"“{status}”不是有效状态")
        changes["status"] = str(status)
    if value is not UNCHANGED:
        changes.update(_parse_value(it, value))
    if finding is not UNCHANGED:
        text = str(finding or "").rstrip()
        if len(text) > 20000:
            raise ValidationError(field=f"{item_id} 发现与说明", detail="文本过长（超过 20000 字）")
        changes["finding"] = text or None
    if not changes:
        return OpChanges("", "edit", frozenset(), source)
    changes["updated_by"] = case.user
    changes["updated_utc"] = datetime.now(UTC).isoformat(timespec="seconds")
    label = f"清单 {item_id} {_describe(changes)}"
    with case.edit(label) as tx:
        tx.upsert("checklist_answer", {"item_id": item_id}, changes)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def _describe(changes: dict[str, object]) -> str:
    if "status" in changes:
        return "设为“" + Status(str(changes["status"])).label_zh + "”"
    if "finding" in changes:
        return "修改发现与说明"
    return "修改数值"


def _parse_value(it: Item, raw: object) -> dict[str, object]:
    spec = it.answer
    where = f"{it.id} {it.title}"
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return {"value": None, "value_text": None}
    if spec.type == "number":
        text = str(raw).strip().replace(",", "").replace("，", "")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(field=where, detail=f"“{raw}”不是数字（单位 {spec.unit}）") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValidationError(field=where, detail="不是有限的数字")
        if spec.minimum is not None and number < spec.minimum:
            raise ValidationError(field=where, detail=f"{number:g} {spec.unit} 小于下限 {spec.minimum:g} {spec.unit}")
        if spec.maximum is not None and number > spec.maximum:
            raise ValidationError(field=where, detail=f"{number:g} {spec.unit} 大于上限 {spec.maximum:g} {spec.unit}")
        return {"value": number}
    if spec.type == "choice":
        if str(raw) not in spec.choices:
            raise ValidationError(field=where, detail=f"“{raw}”不是可选项（{'、'.join(spec.choices)}）")
        return {"value_text": str(raw)}
    if spec.type == "text":
        return {"value_text": str(raw).strip()}
    raise ValidationError(field=where, detail="该条目只需选择状态，没有数值")


# --- evidence ------------------------------------------------------------------------------------------------
def add_evidence(case: CaseFile, item_id: str, prepared: PreparedEvidence, caption: str = "",
                 source: object | None = None) -> tuple[OpChanges, int]:
    it = item(case, item_id)
    label = f"清单 {it.id} 添加证据 {prepared.filename}"
    with case.edit(label) as tx:
        sha = tx.put_blob(prepared.data)
        thumb = tx.put_blob(prepared.thumbnail) if prepared.thumbnail else None
        key = tx.insert("evidence", {
            "item_id": it.id, "kind": prepared.kind, "filename": prepared.filename, "mime": prepared.mime,
            "size": len(prepared.data), "sha256": sha, "width": prepared.width, "height": prepared.height,
            "thumb_sha256": thumb, "taken_utc": prepared.taken_utc, "caption": caption or None,
            "added_by": case.user, "added_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        })
    return OpChanges(label, "edit", frozenset(tx.fields), source), key


def remove_evidence(case: CaseFile, evidence_id: int, source: object | None = None) -> OpChanges:
    row = case.row("evidence", evidence_id)
    if row is None:
        raise ValidationError(field="证据", detail=f"没有编号为 {evidence_id} 的证据")
    label = f"清单 {row['item_id']} 删除证据 {row['filename']}"
    with case.edit(label) as tx:
        tx.delete("evidence", evidence_id)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def evidence_for(case: CaseFile, item_id: str) -> list[dict[str, object]]:
    return case.rows_where("evidence", "item_id", item_id)


def evidence_bytes(case: CaseFile, evidence_id: int) -> bytes:
    row = case.row("evidence", evidence_id)
    data = case.blob(str(row["sha256"])) if row else None
    if data is None:
        raise ValidationError(field="证据", detail=f"证据 {evidence_id} 的文件内容缺失")
    return data


def thumbnail_bytes(case: CaseFile, evidence_id: int) -> bytes | None:
    row = case.row("evidence", evidence_id)
    if row is None or not row.get("thumb_sha256"):
        return None
    return case.blob(str(row["thumb_sha256"]))
