"""Supervisor review of a case: comments pinned to a section / item / device / measure, the decision (退回修改 /
通过 / 重新打开) with reviewer and time, and what the engineer changed since the last decision.

Review writes only ``review_comment`` and ``review_decision`` (and, for a decision, ``case_info.workflow_state``),
each as one journaled group: comments with kind ``review`` (allowed whatever the workflow state, since a submitted
case is read-only to the engineer but open to review), decisions with kind ``workflow``. The engineer's tables are
never touched, so reviewing cannot change the diagnosis data; the engineer resolves comments the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain import profile as profile_fields
from desktop_app.domain import review as rv
from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.workflow import State, next_state
from desktop_app.operations import checklist, signing
from desktop_app.operations.check import check_case
from desktop_app.storage import journal as jr
from desktop_app.storage.casefile import CaseFile, now_utc


@dataclass(frozen=True)
class Comment:
    id: int
    section: str
    target_kind: str
    target_key: str
    target_label: str
    text: str
    reviewer: str
    created_utc: str
    resolved_by: str
    resolved_utc: str
    resolution: str

    @property
    def open(self) -> bool:
        return not self.resolved_utc

    @property
    def where(self) -> str:
        """“设备 · P-101 空压机” — the section, and the pinned object when there is one."""
        section = rv.section_label(self.section)
        return f"{section} · {self.target_label}" if self.target_label else section


@dataclass(frozen=True)
class Decision:
    id: int
    action: str
    reviewer: str
    decided_utc: str
    comment: str
    journal_seq: int

    @property
    def label(self) -> str:
        return rv.DECISION_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class Target:
    kind: str
    key: str
    label: str


@dataclass(frozen=True)
class ChangeGroup:
    """One engineer operation in the journal (one undo step)."""

    grp: int
    ts_utc: str
    user: str
    kind: str
    label: str
    details: list[str] = field(default_factory=list)  # "enterprise.name：旧 → 新", at most DETAIL_LINES
    more: int = 0  # further changed values not listed


DETAIL_LINES = 6


@dataclass(frozen=True)
class Status:
    comments: list[Comment]
    decisions: list[Decision]  # oldest first
    changes: list[ChangeGroup]  # since the last decision (all when never reviewed), newest first

    @property
    def open_comments(self) -> list[Comment]:
        return [c for c in self.comments if c.open]

    @property
    def last(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None


# -- reading ------------------------------------------------------------------------------------------------
def comments(case: CaseFile) -> list[Comment]:
    return [Comment(int(r["id"]), str(r["section"]), r["target_kind"] or "", r["target_key"] or "",
                    r["target_label"] or "", str(r["text"]), str(r["reviewer"]), str(r["created_utc"]),
                    r["resolved_by"] or "", r["resolved_utc"] or "", r["resolution"] or "")
            for r in case.rows("review_comment")]


def decisions(case: CaseFile) -> list[Decision]:
    return [Decision(int(r["id"]), str(r["action"]), str(r["reviewer"]), str(r["decided_utc"]), r["comment"] or "",
                     int(r["journal_seq"])) for r in case.rows("review_decision")]


def changes_since(case: CaseFile, seq: int) -> list[ChangeGroup]:
    """The engineer's operations after journal position ``seq``, newest first."""
    groups: dict[int, list[jr.Entry]] = {}
    for e in case.journal_entries(since_seq=seq):
        if e.kind in rv.ENGINEER_KINDS:
            groups.setdefault(e.grp, []).append(e)
    out: list[ChangeGroup] = []
    for grp in sorted(groups, reverse=True):
        entries = groups[grp]
        lines = [_describe(e) for e in entries if e.tbl is not None]
        first = entries[0]
        out.append(ChangeGroup(grp, first.ts_utc, first.user, first.kind, first.label, lines[:DETAIL_LINES],
                               max(0, len(lines) - DETAIL_LINES)))
    return out


def status(case: CaseFile) -> Status:
    decided = decisions(case)
    since = decided[-1].journal_seq if decided else 0
    return Status(comments(case), decided, changes_since(case, since))


def targets(case: CaseFile, kind: str) -> list[Target]:
    """What a comment of this kind can be pinned to in the case: checklist items, devices or measures."""
    if kind == "checklist":
        return [Target(kind, it.id, f"{it.id} {it.title}") for t in checklist.frozen_templates(case)
                for it in t.items()]
    if kind == "equipment":
        return [Target(kind, str(i), " ".join(str(p) for p in (tag, name) if p) or f"#{i}")
                for i, tag, name in case.columns("equipment", "id", "tag", "name")]
    if kind == "measure":
        return [Target(kind, str(i), str(title)) for i, title in case.columns("measure", "id", "title")]
    raise ValidationError(field="审核意见", detail=f"不能把意见关联到“{kind}”")


# -- writing ------------------------------------------------------------------------------------------------
@contextmanager
def writable(path: Path | str, user: str | None = None) -> Iterator[CaseFile]:
    """The case opened for a moment to record a review action; refused (with why) when it cannot be written,
    e.g. while the engineer has it open."""
    case = CaseFile.open(path, user=user, snapshot=False)
    try:
        if case.read_only_notice is not None:  # e.g. CaseLocked: names who has it open
            raise case.read_only_notice
        yield case
    finally:
        case.close()


def add_comment(case: CaseFile, *, section: str, text: str, reviewer: str, target_kind: str = "",
                target_key: str = "") -> tuple[OpChanges, int]:
    reviewer = _name(reviewer, "审核人")
    text = _text(text)
    label = ""
    if target_kind:
        if target_kind not in rv.TARGET_KINDS:
            raise ValidationError(field="审核意见", detail=f"不能把意见关联到“{target_kind}”")
        section = rv.TARGET_KINDS[target_kind][0]
        found = next((t for t in targets(case, target_kind) if t.key == str(target_key)), None)
        if found is None:
            what = rv.TARGET_KINDS[target_kind][1]
            raise ValidationError(field="审核意见", detail=f"案例中没有{what}“{target_key}”")
        label = found.label
    if section not in rv.SECTIONS:
        raise ValidationError(field="审核意见", detail=f"没有“{section}”这一部分；可选：{'、'.join(rv.SECTIONS)}")
    where = f"{rv.section_label(section)}{' · ' + label if label else ''}"
    with case.edit(f"审核意见：{where}", kind="review") as tx:
        cid = tx.insert("review_comment", {
            "section": section, "target_kind": target_kind, "target_key": str(target_key) if target_kind else "",
            "target_label": label, "text": text, "reviewer": reviewer, "created_utc": now_utc(),
            "resolved_by": "", "resolved_utc": "", "resolution": ""})
    return OpChanges(tx.label, "review", frozenset(tx.fields)), cid


def resolve(case: CaseFile, comment_id: int, resolution: str = "", user: str | None = None,
            source: object | None = None) -> OpChanges:
    """Mark a comment resolved, with the engineer's (or reviewer's) answer."""
    found = _comment(case, comment_id)
    if not found.open:
        raise ValidationError(field=f"审核意见 {comment_id}", detail=f"已由 {found.resolved_by} 标记为已解决")
    if len(resolution) > rv.MAX_COMMENT:
        raise ValidationError(field=f"审核意见 {comment_id}", detail=f"说明超过 {rv.MAX_COMMENT} 字")
    who = _name(user or case.user, "处理人")
    with case.edit(f"解决审核意见：{found.where}", kind="review") as tx:
        tx.update("review_comment", comment_id, {"resolved_by": who, "resolved_utc": now_utc(),
                                                 "resolution": resolution.strip()})
    return OpChanges(tx.label, "review", frozenset(tx.fields), source)


def withdraw(case: CaseFile, comment_id: int) -> OpChanges:
    """The reviewer takes back an unresolved comment (a resolved one is part of the record)."""
    found = _comment(case, comment_id)
    if not found.open:
        raise ValidationError(field=f"审核意见 {comment_id}", detail="已解决的意见不能撤回")
    with case.edit(f"撤回审核意见：{found.where}", kind="review") as tx:
        tx.delete("review_comment", comment_id)
    return OpChanges(tx.label, "review", frozenset(tx.fields))


def decide(case: CaseFile, action: str, *, reviewer: str, comment: str = "") -> OpChanges:
    """退回修改 (back to the engineer, editable), 通过, or 重新打开 an approved case; recorded with the journal
    position, so the next review sees what changed after it."""
    if action not in rv.DECISION_LABELS:
        raise ValidationError(field="审核决定", detail=f"“{action}”不是审核决定；可选：return、approve、reopen")
    reviewer = _name(reviewer, "审核人")
    comment = comment.strip()
    if len(comment) > rv.MAX_COMMENT:
        raise ValidationError(field="审核决定", detail=f"意见超过 {rv.MAX_COMMENT} 字")
    new = next_state(case.workflow_state, action)
    still_open = [c for c in comments(case) if c.open]
    if action == "return" and not comment and not still_open:
        raise ValidationError(field="退回修改", detail="请写明退回原因，或先添加审核意见")
    if action == "approve" and (blocking := check_case(case).blocking):
        raise ValidationError(field="通过", detail=f"还有 {len(blocking)} 个阻断问题，例如：{blocking[0].message}")
    if action == "approve" and still_open:
        detail = (f"还有 {len(still_open)} 条审核意见未解决（例如：{still_open[0].where}）；"
                  "请等待工程师处理、自行标记已解决或撤回")
        raise ValidationError(field="通过", detail=detail)
    label = f"审核{rv.DECISION_LABELS[action]}（{reviewer}）→ {State(new).label_zh}"
    seen_seq, seen_head = case.last_seq, case.head  # what the reviewer saw: the decision and its signature say so
    with case.edit(label, kind="workflow") as tx:
        decision_id = tx.insert("review_decision", {"action": action, "reviewer": reviewer, "decided_utc": now_utc(),
                                                    "comment": comment, "journal_seq": seen_seq,
                                                    "journal_head": seen_head})
        tx.update("case_info", 1, {"workflow_state": new.value})
        if comment:
            tx.note(comment)
        signing.sign_in(case, tx, "decision", seq=seen_seq, head=seen_head, decision_id=int(decision_id))
    return OpChanges(label, "workflow", frozenset(tx.fields))


# -- helpers ------------------------------------------------------------------------------------------------
def _comment(case: CaseFile, comment_id: int) -> Comment:
    found = next((c for c in comments(case) if c.id == comment_id), None)
    if found is None:
        raise ValidationError(field="审核意见", detail=f"没有编号为 {comment_id} 的审核意见")
    return found


def _name(name: str, what: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(field=what, detail="请填写姓名")
    if len(name) > 40:
        raise ValidationError(field=what, detail="姓名超过 40 字")
    return name


def _text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(field="审核意见", detail="意见内容为空")
    if len(text) > rv.MAX_COMMENT:
        raise ValidationError(field="审核意见", detail=f"意见超过 {rv.MAX_COMMENT} 字（{len(text)} 字）")
    return text


def _describe(e: jr.Entry) -> str:
    table = rv.TABLE_LABELS.get(e.tbl or "", e.tbl or "")
    where = table if e.row_key in (None, "1") and e.tbl in _SINGLE_ROW else f"{table} {e.row_key}"
    if e.col is not None:
        return f"{where}·{_field_label(e.tbl or '', e.col)}：{_short(e.old)} → {_short(e.new)}"
    return f"{where}：{'新增' if e.old is None else '删除'}"


_SINGLE_ROW = {"case_info", "enterprise", "engagement", "energy_setting", "feedback"}


def _field_label(table: str, column: str) -> str:
    found = profile_fields.ALL_FIELDS.get(f"{table}.{column}")
    return found.label if found is not None else column


def _short(raw: str | None) -> str:
    value = jr.decode(raw)
    text = "（空）" if value in (None, "") else str(value)
    return text if len(text) <= 40 else text[:39] + "…"
