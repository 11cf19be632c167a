"""Supervisor review vocabulary: where a comment can be pinned and what a decision is called.

Section ids are the navigation's (``ui/sections.py``); a comment pinned to a section may also name one checklist
item, device or measure inside it.
"""

from __future__ import annotations

from datetime import datetime

SECTIONS: dict[str, str] = {
    "overview": "案例概览",
    "profile": "企业概况",
    "engagement": "诊断任务",
    "checklist": "诊断清单",
    "energy": "能源消费",
    "products": "产品能耗",
    "metering": "能源计量",
    "equipment": "设备",
    "measurements": "测量",
    "calculators": "计算",
    "measures": "节能措施",
    "feedback": "企业反馈",
    "report": "报告与上报",
}

# Which kind of object a comment can be pinned to inside a section.
TARGET_KINDS: dict[str, tuple[str, str]] = {  # kind -> (its section, label)
    "checklist": ("checklist", "清单条目"),
    "equipment": ("equipment", "设备"),
    "measure": ("measures", "节能措施"),
}

DECISION_LABELS: dict[str, str] = {"return": "退回修改", "approve": "通过", "reopen": "重新打开"}

MAX_COMMENT = 2000  # characters; a review comment is a note, not a report

# Journal kinds that are the engineer's changes (what "changed since the last review" lists).
ENGINEER_KINDS = ("edit", "undo", "redo", "restore")


# How the journal's tables are named to a person reading "what changed".
TABLE_LABELS: dict[str, str] = {
    "case_info": "案例", "enterprise": "企业概况", "engagement": "诊断任务", "contact": "联系人",
    "checklist_template": "清单模板", "checklist_answer": "诊断清单", "evidence": "证据", "energy_setting": "能源设置",
    "energy_item": "能源品种", "energy_month": "月度能耗", "frozen_reference": "引用数据", "product": "产品能耗",
    "meter": "计量器具", "metering_requirement": "计量要求", "equipment": "设备", "calc_result": "计算结果",
    "measurement_file": "测量文件", "dataset": "测量数据", "channel": "测量通道", "spot_measurement": "单点测量",
    "day_type": "日类型", "annotation": "标注", "measure": "节能措施", "measure_stream": "措施节能量",
    "measure_decision": "措施决定", "measure_link": "措施关联", "feedback": "企业反馈",
    "review_comment": "审核意见", "review_decision": "审核决定", "signature": "签名",
}


def local_minute(utc: str) -> str:
    """An ISO UTC time ("2026-11-24T06:54:29.694+00:00") in the machine's zone, to the minute; the text itself when
    it is not a time."""
    try:
        return datetime.fromisoformat(utc).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return utc


def section_label(section: str) -> str:
    return SECTIONS.get(section, section)
