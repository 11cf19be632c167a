"""Workflow transitions: each one is journaled; submission is refused while blocking problems remain, and signs
the journal head it leaves with the engineer's key (``signing``)."""

from __future__ import annotations

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.workflow import Action, next_state
from desktop_app.operations import signing
from desktop_app.operations.check import check_case
from desktop_app.storage.casefile import CaseFile
from desktop_app.storage.lock import default_user


def transition(case: CaseFile, action: str, comment: str = "", source: object | None = None) -> OpChanges:
    """The engineer's submit / withdraw. A reviewer's return, approve or reopen is a review decision
    (``review.decide``: recorded and signed by this user as reviewer); a state no decision led to is tampering
    (``integrity``)."""
    if action in (Action.RETURN, Action.APPROVE, Action.REOPEN):
        from desktop_app.operations import review

        changes = review.decide(case, action, reviewer=default_user(), comment=comment)
        return OpChanges(changes.label, changes.kind, changes.fields, source)
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
        if action == Action.SUBMIT:  # the engineer stands behind the case as submitted
            signing.sign_in(case, tx, "submit")
    return OpChanges(label, "workflow", frozenset(tx.fields), source)
