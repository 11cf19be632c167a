"""Results of the completeness and plausibility check (``jnzd check``, the overview page, submission gate)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    BLOCKING = "blocking"  # blocks submission
    WARNING = "warning"  # shown, does not block
    INFO = "info"

    @property
    def label_zh(self) -> str:
        return {"blocking": "阻断", "warning": "警告", "info": "提示"}[self.value]


@dataclass(frozen=True)
class Finding:
    severity: Severity
    section: str  # e.g. "企业概况"
    field: str  # the field's label, or "" for a whole section
    code: str  # stable machine code, e.g. "profile.missing"
    message: str  # 简体中文 sentence naming what and where
    key: str = ""  # table.column when the finding is about one field (the UI jumps there)

    def as_dict(self) -> dict[str, str]:
        return {"severity": self.severity.value, "section": self.section, "field": self.field, "code": self.code,
                "message": self.message, "key": self.key}


# Warnings that report what the diagnosis found at the enterprise (eliminated or below-limit equipment, product
# consumption over the limit, metering shortfalls): results for the report and the 工作总结's typical problems, not
# doubts about the data. A reviewer's "plausibility findings" are the other warnings.
RESULT_CODES = frozenset({"equipment.below_limit", "equipment.eliminated", "equipment.suspected",
                          "product.below_limit", "metering.rate", "metering.overdue"})


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    required_total: int = 0
    required_filled: int = 0

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.BLOCKING]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def plausibility(self) -> list[Finding]:
        """Warnings about the data itself (missing inputs, inconsistencies, values to verify)."""
        return [f for f in self.warnings if f.code not in RESULT_CODES]

    @property
    def completeness(self) -> float:
        """Share of required fields filled, 0..1."""
        return self.required_filled / self.required_total if self.required_total else 1.0

    def extend(self, other: CheckReport) -> None:
        self.findings.extend(other.findings)
        self.required_total += other.required_total
        self.required_filled += other.required_filled
