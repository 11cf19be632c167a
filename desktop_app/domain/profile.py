"""Enterprise profile and engagement (PRODUCT.md §1): the fields, their types, and their validation.

Each field is declared once here; the form, the check, the CLI ``info`` and (later) the report read these
declarations, so a field's label and rule never drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.uscc import validate_uscc


class Kind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    CHOICE = "choice"  # a code from reference data (province, industry, diagnosis type)


Value = str | int | float | None


@dataclass(frozen=True)
class Field:
    table: str
    column: str
    label: str  # 简体中文, as the forms and reports say it
    kind: Kind
    unit: str = ""
    required: bool = False  # blocks submission when empty
    minimum: float | None = None
    maximum: float | None = None
    extra: Callable[[str], str] | None = None  # extra text validation/normalisation

    @property
    def key(self) -> str:
        return f"{self.table}.{self.column}"

    @property
    def label_with_unit(self) -> str:
        return f"{self.label}（{self.unit}）" if self.unit else self.label

    def parse(self, raw: object) -> Value:
        """Turn what the user typed into the stored value, or raise ValidationError naming this field."""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if self.kind in (Kind.TEXT, Kind.MULTILINE, Kind.CHOICE):
            text = str(raw).strip() if self.kind != Kind.MULTILINE else str(raw).rstrip()
            if len(text) > 20000:
                raise self.error("文本过长（超过 20000 字）")
            return self.extra(text) if self.extra else text
        if self.kind == Kind.DATE:
            return parse_date(str(raw), self.label).isoformat()
        number = self._number(raw)
        if self.minimum is not None and number < self.minimum:
            raise self.error(f"不能小于 {_fmt(self.minimum)}{self.unit}")
        if self.maximum is not None and number > self.maximum:
            raise self.error(f"不能大于 {_fmt(self.maximum)}{self.unit}")
        if self.kind == Kind.INT:
            if number != int(number):
                raise self.error("必须是整数")
            return int(number)
        return float(number)

    def _number(self, raw: object) -> Decimal:
        if isinstance(raw, bool):
            raise self.error("不是数字")
        text = str(raw).strip().replace(",", "").replace("，", "").replace(" ", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise self.error(f"“{raw}”不是数字") from None
        if not number.is_finite():
            raise self.error("不是有限的数字")
        return number

    def error(self, detail: str) -> ValidationError:
        return ValidationError(field=self.label, detail=detail)


def _fmt(x: float) -> str:
    return f"{x:g}"


def parse_date(text: str, label: str = "日期") -> date:
    t = text.strip().replace("/", "-").replace(".", "-")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t) or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t)
    if not m:
        raise ValidationError(field=label, detail=f"“{text}”不是日期，请写成 2026-03-15 这样的格式")
    try:
        d = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValidationError(field=label, detail=f"“{text}”不是存在的日期") from None
    if not (1990 <= d.year <= 2100):
        raise ValidationError(field=label, detail=f"年份 {d.year} 不合理（应在 1990–2100 之间）")
    return d


def _uscc(text: str) -> str:
    return validate_uscc(text)


_PHONE = re.compile(r"[0-9+\-() 转]{5,30}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _phone(text: str) -> str:
    if not _PHONE.fullmatch(text):
        raise ValidationError(field="电话", detail=f"“{text}”不像电话号码（只允许数字、空格、+、-、括号和“转”）")
    return text


def _email(text: str) -> str:
    if not _EMAIL.fullmatch(text):
        raise ValidationError(field="电子邮箱", detail=f"“{text}”不是有效的电子邮箱地址")
    return text


E, G, C = "enterprise", "engagement", "case_info"

ENTERPRISE_FIELDS: tuple[Field, ...] = (
    Field(E, "name", "企业名称", Kind.TEXT, required=True),
    Field(E, "uscc", "统一社会信用代码", Kind.TEXT, required=True, extra=_uscc),
    Field(E, "province_code", "所在省份", Kind.CHOICE, required=True),
    Field(E, "city", "所在地市", Kind.TEXT, required=True),
    Field(E, "county", "所在区县", Kind.TEXT, required=True),
    Field(E, "address", "详细地址", Kind.TEXT),
    Field(E, "industry_code", "所属行业（GB/T 4754-2017）", Kind.CHOICE, required=True),
    Field(E, "employees", "从业人员", Kind.INT, unit="人", required=True, minimum=0, maximum=1_000_000),
    Field(E, "revenue_wan", "营业收入", Kind.DECIMAL, unit="万元", required=True, minimum=0, maximum=1e9),
    Field(E, "output_value_wan", "工业总产值", Kind.DECIMAL, unit="万元", minimum=0, maximum=1e9),
    Field(E, "energy_tce_last_year", "上年度综合能源消费量", Kind.DECIMAL, unit="吨标准煤", required=True,
          minimum=0, maximum=1e8),
    Field(E, "main_products", "主要产品", Kind.MULTILINE, required=True),
    Field(E, "capacity", "生产能力", Kind.MULTILINE),
    Field(E, "process_description", "主要生产工艺", Kind.MULTILINE),
    Field(E, "supply_systems", "能源供应系统", Kind.MULTILINE),
)

ENGAGEMENT_FIELDS: tuple[Field, ...] = (
    Field(G, "agency", "提供服务的机构", Kind.TEXT, required=True),
    Field(G, "diagnosis_type", "节能诊断类型", Kind.CHOICE, required=True),
    Field(G, "task_book_no", "任务书编号", Kind.TEXT),
    Field(G, "team", "诊断团队", Kind.MULTILINE, required=True),
    Field(G, "visit_start", "现场诊断开始日期", Kind.DATE, required=True),
    Field(G, "visit_end", "现场诊断结束日期", Kind.DATE, required=True),
    Field(G, "period_start", "诊断期起", Kind.DATE, required=True),
    Field(G, "period_end", "诊断期止", Kind.DATE, required=True),
    Field(G, "remarks", "备注", Kind.MULTILINE),
)

CASE_FIELDS: tuple[Field, ...] = (Field(C, "as_of_date", "诊断基准日期", Kind.DATE, required=True),)

CONTACT_FIELDS: tuple[Field, ...] = (
    Field("contact", "name", "联系人", Kind.TEXT, required=True),
    Field("contact", "role", "职务", Kind.TEXT),
    Field("contact", "phone", "电话", Kind.TEXT, extra=_phone),
    Field("contact", "email", "电子邮箱", Kind.TEXT, extra=_email),
)

ALL_FIELDS: dict[str, Field] = {f.key: f for f in (*ENTERPRISE_FIELDS, *ENGAGEMENT_FIELDS, *CASE_FIELDS,
                                                   *CONTACT_FIELDS)}


def field(key: str) -> Field:
    """Look a field up by ``table.column``."""
    try:
        return ALL_FIELDS[key]
    except KeyError:
        raise ValidationError(field=key, detail="没有这个字段") from None
