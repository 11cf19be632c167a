"""What the portfolio table shows: its columns (headers with units, default widths), the workflow labels, the
highlight colours, and the predicates that decide what needs the supervisor's attention. No model code here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from desktop_app.operations.portfolio import CaseRow

T = "PortfolioModel"

SUBMITTED = "已提交"  # portfolio rows carry the workflow's Chinese label (domain.workflow.State.label_zh)
UNREADABLE = "无法读取"  # the state filter's key for rows whose file could not be read
STATE_LABELS = {  # data label → translatable display text
    "草稿": QT_TRANSLATE_NOOP("PortfolioModel", "草稿"),
    "已提交": QT_TRANSLATE_NOOP("PortfolioModel", "已提交"),
    "退回修改": QT_TRANSLATE_NOOP("PortfolioModel", "退回修改"),
    "已通过": QT_TRANSLATE_NOOP("PortfolioModel", "已通过"),
    UNREADABLE: QT_TRANSLATE_NOOP("PortfolioModel", "无法读取"),
}

# Light backgrounds that keep dark text readable in light and dark palettes (the text colour is set with them).
RED = QColor("#fde0dc")
AMBER = QColor("#fff0c2")
BLUE = QColor("#dceaff")
VIOLET = QColor("#ece2fb")
INK = QColor("#1f2933")
ERROR_INK = QColor("#a4161a")


class C(IntEnum):
    ENTERPRISE = 0
    REGION = 1
    INDUSTRY = 2
    AGENCY = 3
    TYPE = 4
    STATE = 5
    COMPLETENESS = 6
    BLOCKING = 7
    WARNINGS = 8
    ENERGY = 9
    MEASURES = 10
    SAVING_TCE = 11
    SAVING_CO2 = 12
    SAVING_WAN = 13
    INVESTMENT = 14
    FEEDBACK = 15
    COMMENTS = 16
    LAST_DECISION = 17
    SIGNATURE = 18
    CHANGED = 19
    LAST_CHANGE = 20
    FILE = 21
    ERROR = 22


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    numeric: bool = False
    tip: str = ""


COLUMNS: dict[C, Column] = {
    C.ENTERPRISE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "企业名称"), 210),
    C.REGION: Column(QT_TRANSLATE_NOOP("PortfolioModel", "所在地区"), 150),
    C.INDUSTRY: Column(QT_TRANSLATE_NOOP("PortfolioModel", "所属行业"), 170),
    C.AGENCY: Column(QT_TRANSLATE_NOOP("PortfolioModel", "服务机构"), 170),
    C.TYPE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "诊断类型"), 120),
    C.STATE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "状态"), 90),
    C.COMPLETENESS: Column(QT_TRANSLATE_NOOP("PortfolioModel", "完整度（%）"), 110, True),
    C.BLOCKING: Column(QT_TRANSLATE_NOOP("PortfolioModel", "阻断问题"), 80, True,
                       QT_TRANSLATE_NOOP("PortfolioModel",
                                         "阻止提交的问题（项），含文件完整性：各行、修改记录、数据库结构、状态和数据块已按修改记录核对；"
                                         "数据库页面未在此核对（jnzd check 或打开案例时核对）")),
    C.WARNINGS: Column(QT_TRANSLATE_NOOP("PortfolioModel", "合理性问题"), 80, True,
                       QT_TRANSLATE_NOOP("PortfolioModel",
                                         "需核实的数据问题（项）：缺少的输入、前后不一致、待核实的数值；不含设备淘汰、低于限定值等诊断发现")),
    C.ENERGY: Column(QT_TRANSLATE_NOOP("PortfolioModel", "综合能耗（tce）"), 120, True,
                     QT_TRANSLATE_NOOP("PortfolioModel", "综合能源消费量，当量值")),
    C.MEASURES: Column(QT_TRANSLATE_NOOP("PortfolioModel", "节能措施（项）"), 100, True,
                       QT_TRANSLATE_NOOP("PortfolioModel", "不含企业不采纳的措施")),
    C.SAVING_TCE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "节能量（tce/a）"), 110, True,
                         QT_TRANSLATE_NOOP("PortfolioModel", "节能量，当量值")),
    C.SAVING_CO2: Column(QT_TRANSLATE_NOOP("PortfolioModel", "减排（tCO2/a）"), 110, True),
    C.SAVING_WAN: Column(QT_TRANSLATE_NOOP("PortfolioModel", "年节约（万元）"), 100, True),
    C.INVESTMENT: Column(QT_TRANSLATE_NOOP("PortfolioModel", "投资（万元）"), 100, True),
    C.FEEDBACK: Column(QT_TRANSLATE_NOOP("PortfolioModel", "企业反馈"), 80),
    C.COMMENTS: Column(QT_TRANSLATE_NOOP("PortfolioModel", "审核意见（条）"), 100, True,
                       QT_TRANSLATE_NOOP("PortfolioModel", "尚未解决的审核意见")),
    C.LAST_DECISION: Column(QT_TRANSLATE_NOOP("PortfolioModel", "上次审核"), 200),
    C.SIGNATURE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "签名"), 150, False,
                        QT_TRANSLATE_NOOP("PortfolioModel",
                                          "提交人的签名：✓ 有效且密钥已登记；密钥未登记；未签名；伪造（阻断）。"
                                          "密钥环用 jnzd keys add 导入")),
    C.CHANGED: Column(QT_TRANSLATE_NOOP("PortfolioModel", "审核后修改（组）"), 120, True,
                      QT_TRANSLATE_NOOP("PortfolioModel", "上次审核决定之后工程师的修改")),
    C.LAST_CHANGE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "最后修改"), 130),
    C.FILE: Column(QT_TRANSLATE_NOOP("PortfolioModel", "文件"), 170),
    C.ERROR: Column(QT_TRANSLATE_NOOP("PortfolioModel", "错误"), 320),
}
ERROR_SPAN = (C.REGION, C.LAST_CHANGE - C.REGION + 1)  # an unreadable file's message spans these columns
DECIMALS = {C.COMPLETENESS: 1, C.SAVING_TCE: 1, C.SAVING_CO2: 1, C.SAVING_WAN: 2, C.INVESTMENT: 2}


def tr(text: str) -> str:
    return QCoreApplication.translate(T, text)


def collator() -> QCollator:
    """Names, regions and agencies are Chinese whatever the UI language: sort them in pinyin order, digits as
    numbers ("案例2" before "案例10")."""
    c = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    c.setNumericMode(True)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return c


def state_label(key: str) -> str:
    """The translated label of a workflow state (or of 无法读取) as the table, filter and charts show it."""
    return tr(STATE_LABELS[key]) if key in STATE_LABELS else key


def city(region: str) -> str:
    """The city of "河南省 新乡市 辉县市" (the province when no city is recorded)."""
    parts = region.split()
    return parts[1] if len(parts) > 1 else (parts[0] if parts else "")


def region_key(region: str) -> str:
    """Province and city: what the 地区 filter offers."""
    return " ".join(region.split()[:2])


def awaiting_review(row: CaseRow) -> bool:
    return not row.error and row.workflow == SUBMITTED


def needs_attention(row: CaseRow) -> bool:
    return bool(row.error or row.blocking > 0 or row.plausibility > 0 or row.completeness < 1 or awaiting_review(row)
                or row.open_comments > 0)


def resubmitted_with_changes(row: CaseRow) -> bool:
    return awaiting_review(row) and row.changed_since_review > 0


def grouped(text: str) -> str:
    """"168498.64" → "168,498.64", keeping the digits the case's rounding chose."""
    try:
        whole, dot, frac = text.partition(".")
        return f"{int(whole):,}{dot}{frac}"
    except ValueError:
        return text


def number(text: str) -> float | None:
    try:
        return float(text.replace(",", "")) if text else None
    except ValueError:
        return None
