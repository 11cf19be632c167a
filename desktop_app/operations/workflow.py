"""Workflow transitions: each one is journaled; submission is refused while blocking problems remain."""

from __future__ import annotations

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.workflow import Action, next_state
from desktop_app.operations.check import check_case
from desktop_app.storage.casefile import CaseFile


def transition(case: CaseFile, action: str, comment: str = "", source: object | None = None) -> OpChanges:
    state = case.workflow_state
    new = next_state(state, action)
    if action == Action.SUBMIT:
        blocking = check_case(case).blocking
        if blocking:
            raise ValidationError(field="提交", detail=f"还有 {len(blocking)} 个阻断问题，例如：{blocking[0].message}")
    label = f"{Action(action).label_zh}（{new.label_zh}）"
    with case.edit(label, kind="workflow") as tx:
        tx.update("case_info", 1, {"workflow_state": new.value})
        if comment:
            tx.note(comment)
    return OpChanges(label, "workflow", frozenset(tx.fields), source)
