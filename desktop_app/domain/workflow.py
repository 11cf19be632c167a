"""Workflow of a case: 草稿 → 已提交 → 退回修改 / 已通过 (PRODUCT.md, "The case file")."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.errors import WorkflowError


class State(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"

    @property
    def label_zh(self) -> str:
        return {"draft": "草稿", "submitted": "已提交", "returned": "退回修改", "approved": "已通过"}[self.value]


class Action(StrEnum):
    SUBMIT = "submit"  # engineer
    WITHDRAW = "withdraw"  # engineer takes a submitted case back
    RETURN = "return"  # supervisor sends it back for changes
    APPROVE = "approve"  # supervisor
    REOPEN = "reopen"  # supervisor reopens an approved case for correction

    @property
    def label_zh(self) -> str:
        return {
            "submit": "提交",
            "withdraw": "撤回",
            "return": "退回修改",
            "approve": "通过",
            "reopen": "重新打开",
        }[self.value]


TRANSITIONS: dict[tuple[State, Action], State] = {
    (State.DRAFT, Action.SUBMIT): State.SUBMITTED,
    (State.RETURNED, Action.SUBMIT): State.SUBMITTED,
    (State.SUBMITTED, Action.WITHDRAW): State.DRAFT,
    (State.SUBMITTED, Action.RETURN): State.RETURNED,
    (State.SUBMITTED, Action.APPROVE): State.APPROVED,
    (State.APPROVED, Action.REOPEN): State.RETURNED,
}


def is_editable(state: str) -> bool:
    """Engineer data may change only in draft or returned cases."""
    return state in (State.DRAFT, State.RETURNED)


def next_state(state: str, action: str) -> State:
    try:
        return TRANSITIONS[(State(state), Action(action))]
    except (KeyError, ValueError):
        label_state = State(state).label_zh if state in State._value2member_map_ else state
        label_action = Action(action).label_zh if action in Action._value2member_map_ else action
        raise WorkflowError(state=label_state, action=label_action) from None


def allowed_actions(state: str) -> list[Action]:
    return [a for (s, a) in TRANSITIONS if s == state]
