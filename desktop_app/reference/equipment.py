"""Equipment energy-efficiency standards as data: ``resources/reference/equipment/*.json``.

- ``gb18613_2020.json``: motors, GB 18613-2020 表1, the full table (42 rows, the 280–1000 kW row expanded);
- ``gb20052_2024.json``: transformers, GB 20052-2024 表1–表35 as one public transcription gives them (S-1):
  表1 in ``scope``/``rows``, 表2–表35 in ``more_tables`` (each with its own scope; dry-type rows carry an
  ``insulation_class`` instead of a connection, high-voltage tables have no core column);
- ``gb19153_2019.json``: air compressors, GB 19153-2019 表1 (oil-injected rotary, fixed speed), 1.5–400 kW [S-1].

Every file carries a ``provenance`` block (label from REFERENCE.md's legend) and, where the table is partial, a
``coverage`` sentence. Limits are decimal strings (never JSON numbers, so no float ever enters); ``null`` is a
grade the table does not set, or, when listed in a row's ``not_transcribed``, a value nobody has read yet.
Loading is strict: a malformed file raises ``ReferenceDataError`` naming the file and the key, never a wrong
grade later. Loaders are cached; ``clear_cache()`` drops the caches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from desktop_app.reference import paths
from desktop_app.reference.catalogues import PROVENANCE_LABELS, Provenance, ReferenceDataError

__all__ = [
    "COMPRESSOR_FILE",
    "FILES",
    "FORMAT",
    "GRADES",
    "MOTOR_FILE",
    "TRANSFORMER_FILE",
    "CompressorRow",
    "CompressorScope",
    "CompressorTable",
    "MotorScope",
    "MotorTable",
    "TransformerRow",
    "TransformerScope",
    "TransformerSubTable",
    "TransformerTable",
    "check_compressor",
    "check_motor",
    "check_transformer",
    "clear_cache",
    "compressor_table",
    "equipment_dir",
    "motor_table",
    "read",
    "transformer_table",
]

FORMAT = "jnzd-equipment-standard"
MOTOR_FILE = "gb18613_2020.json"
TRANSFORMER_FILE = "gb20052_2024.json"
COMPRESSOR_FILE = "gb19153_2019.json"
FILES = (MOTOR_FILE, TRANSFORMER_FILE, COMPRESSOR_FILE)
GRADES = ("1", "2", "3")

_DECIMAL = re.compile(r"\d+(\.\d+)?")


# --- dataclasses -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MotorScope:
    description: str
    phases: int
    max_voltage_v: Decimal
    frequency_hz: Decimal
    min_kw: Decimal
    max_kw: Decimal
    poles: tuple[int, ...]


@dataclass(frozen=True)
class MotorTable:
    """GB 18613-2020 表1: ``rows[kW][grade][poles]`` = nominal efficiency in %."""

    file: str
    provenance: Provenance
    table: str
    indicator: str
    unit: str
    scope: MotorScope
    rows: dict[Decimal, dict[str, dict[int, Decimal]]]
    row_groups: dict[str, tuple[Decimal, ...]]  # e.g. "280–1000" → the rated powers expanded from that row

    def group_of(self, kw: Decimal) -> str | None:
        """The original table row a rated power was expanded from (``"280–1000"``), if any."""
        return next((name for name, members in self.row_groups.items() if kw in members), None)


@dataclass(frozen=True)
class TransformerScope:
    description: str
    voltage_kv: Decimal
    insulation: str
    phases: int
    windings: int
    tap_changer: str
    cores: tuple[str, ...]


@dataclass(frozen=True)
class TransformerRow:
    kva: Decimal
    core: str | None  # None: the table has no core-material column (35 kV and above, new-energy tables)
    connections: tuple[str, ...]  # "Dyn11/Yzn11" in the standard → ("Dyn11", "Yzn11"); () when not a column
    p0: dict[str, Decimal | None]  # grade → maximum no-load loss, kW
    pk: dict[str, Decimal | None]  # grade → maximum load loss, kW
    insulation_class: str | None = None  # dry-type tables: "B(100℃)" / "F(120℃)" / "H(145℃)"


@dataclass(frozen=True)
class TransformerSubTable:
    """One more table of GB 20052-2024 (表2 onwards), with the scope its caption gives."""

    table: str  # "表2"
    description: str  # the table's caption as transcribed
    source_page: int
    voltage_kv: Decimal
    insulation: str  # "油浸式" | "干式"
    phases: int
    windings: int
    tap_changer: str  # "无励磁调压" | "有载调压"
    autotransformer: bool
    new_energy: bool  # 新能源发电侧（光伏、风电、储能）用
    cores: tuple[str, ...]  # () when the table has no core column
    insulation_classes: tuple[str, ...]  # () unless dry-type
    rows: tuple[TransformerRow, ...]


@dataclass(frozen=True)
class TransformerTable:
    file: str
    provenance: Provenance
    coverage: str
    table: str
    unit: str
    scope: TransformerScope
    rows: tuple[TransformerRow, ...]
    more_tables: tuple[TransformerSubTable, ...] = ()

    def find(self, name: str) -> TransformerSubTable | None:
        return next((t for t in self.more_tables if t.table == name), None)


@dataclass(frozen=True)
class CompressorScope:
    description: str
    kind: str
    coolings: tuple[str, ...]


@dataclass(frozen=True)
class CompressorRow:
    kw: Decimal
    pressure_mpa: Decimal
    # cooling ("air" / "liquid") → grade → maximum specific power; a cooling absent here is "—" in the table
    limits: dict[str, dict[str, Decimal | None]]
    not_transcribed: frozenset[str]  # grades whose null means "not read", not "the standard sets none"


@dataclass(frozen=True)
class CompressorTable:
    file: str
    provenance: Provenance
    coverage: str
    table: str
    indicator: str
    unit: str
    scope: CompressorScope
    rows: tuple[CompressorRow, ...]


# --- strict reading --------------------------------------------------------------------------------------


class Reader:
    """Typed getters over one parsed file; every failure names the file and the key path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def error(self, key: str, detail: str) -> ReferenceDataError:
        where = f"，键 {key}" if key else ""
        return ReferenceDataError(detail=f"参考数据文件 {self.file}{where}：{detail}")

    def mapping(self, value: object, key: str) -> Mapping[str, object]:
        if not isinstance(value, dict):
            raise self.error(key or "（根）", f"应为 JSON 对象，实际为 {type(value).__name__}")
        return value

    def get(self, obj: Mapping[str, object], name: str, where: str) -> object:
        if name not in obj:
            raise self.error(join(where, name), "缺少该键")
        return obj[name]

    def obj(self, obj: Mapping[str, object], name: str, where: str) -> Mapping[str, object]:
        return self.mapping(self.get(obj, name, where), join(where, name))

    def str_(self, obj: Mapping[str, object], name: str, where: str) -> str:
        value = self.get(obj, name, where)
        if not isinstance(value, str) or not value.strip():
            raise self.error(join(where, name), "应为非空字符串")
        return value

    def int_(self, obj: Mapping[str, object], name: str, where: str) -> int:
        value = self.get(obj, name, where)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(join(where, name), f"应为整数，实际为 {type(value).__name__}")
        return value

    def list_(self, obj: Mapping[str, object], name: str, where: str) -> list[object]:
        value = self.get(obj, name, where)
        if not isinstance(value, list) or not value:
            raise self.error(join(where, name), "应为非空的 JSON 数组")
        return value

    def strings(self, obj: Mapping[str, object], name: str, where: str) -> tuple[str, ...]:
        items = self.list_(obj, name, where)
        if not all(isinstance(v, str) and v.strip() for v in items):
            raise self.error(join(where, name), "应为非空字符串的数组")
        out = tuple(str(v) for v in items)
        if len(set(out)) != len(out):
            raise self.error(join(where, name), "有重复项")
        return out

    def decimal(self, value: object, key: str) -> Decimal:
        """A positive decimal written as a string ("90.4"): a JSON number would have passed through float."""
        if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
            raise self.error(key, f"应为十进制数字字符串（如 \"90.4\"），实际为 {value!r}")
        number = Decimal(value)
        if number <= 0:
            raise self.error(key, f"应大于 0，实际为 {value}")
        return number

    def dec(self, obj: Mapping[str, object], name: str, where: str) -> Decimal:
        return self.decimal(self.get(obj, name, where), join(where, name))

    def grades(self, obj: Mapping[str, object], name: str, where: str) -> dict[str, Decimal | None]:
        key = join(where, name)
        limits = self.obj(obj, name, where)
        if set(limits) != set(GRADES):
            raise self.error(key, f"应恰有 1、2、3 级三个键，实际为 {sorted(limits)}")
        out = {g: None if limits[g] is None else self.decimal(limits[g], f"{key}.{g}") for g in GRADES}
        if all(v is None for v in out.values()):
            raise self.error(key, "三个等级都没有限值")
        return out

    def provenance(self, root: Mapping[str, object]) -> Provenance:
        version = self.int_(root, "version", "")
        if version < 1:
            raise self.error("version", f"应为正整数，实际为 {version}")
        prov = self.obj(root, "provenance", "")
        label = self.str_(prov, "label", "provenance")
        if label not in PROVENANCE_LABELS:
            raise self.error("provenance.label", f"应为 {'/'.join(sorted(PROVENANCE_LABELS))} 之一，实际为“{label}”")
        effective = self.str_(prov, "effective_date", "provenance")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", effective):
            raise self.error("provenance.effective_date", f"应为 YYYY-MM-DD，实际为“{effective}”")
        fields = ("standard", "title", "edition", "source", "note")
        values = {f: self.str_(prov, f, "provenance") for f in fields}
        return Provenance(label=label, version=version, effective_date=effective, **values)

    def header(self, data: object, expected_id: str) -> Mapping[str, object]:
        root = self.mapping(data, "")
        if root.get("format") != FORMAT:
            raise self.error("format", f"应为“{FORMAT}”，实际为 {root.get('format')!r}")
        if root.get("id") != expected_id:
            raise self.error("id", f"应为“{expected_id}”，实际为 {root.get('id')!r}")
        return root


def join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"键“{key}”重复")
        out[key] = value
    return out


def read(path: Path) -> object:
    """Parse one file, refusing duplicate keys (JSON would silently keep the last one)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceDataError(detail=f"参考数据文件 {path.name}：文件不存在") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(detail=f"参考数据文件 {path.name}：无法读取（{exc}）") from None
    try:
        data: object = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:
        raise ReferenceDataError(detail=f"参考数据文件 {path.name}：不是有效的 JSON（{exc}）") from None
    return data


# --- checks (public so tests can feed malformed documents) ------------------------------------------------


def check_motor(data: object, file: str = MOTOR_FILE) -> MotorTable:
    r = Reader(file)
    root = r.header(data, "gb18613")
    prov = r.provenance(root)
    scope_obj = r.obj(root, "scope", "")
    pole_values = r.list_(scope_obj, "poles", "scope")
    if not all(isinstance(p, int) and not isinstance(p, bool) and p > 0 and p % 2 == 0 for p in pole_values):
        raise r.error("scope.poles", "应为正偶数的数组")
    poles = tuple(int(str(p)) for p in pole_values)
    scope = MotorScope(
        description=r.str_(scope_obj, "description", "scope"),
        phases=r.int_(scope_obj, "phases", "scope"),
        max_voltage_v=r.dec(scope_obj, "max_voltage_v", "scope"),
        frequency_hz=r.dec(scope_obj, "frequency_hz", "scope"),
        min_kw=r.dec(scope_obj, "min_kw", "scope"),
        max_kw=r.dec(scope_obj, "max_kw", "scope"),
        poles=poles,
    )
    rows: dict[Decimal, dict[str, dict[int, Decimal]]] = {}
    for kw_text, row_value in r.obj(root, "rows", "").items():
        where = f"rows.{kw_text}"
        kw = r.decimal(kw_text, where)
        if kw in rows:
            raise r.error(where, "额定功率重复")
        if not scope.min_kw <= kw <= scope.max_kw:
            raise r.error(where, f"额定功率不在适用范围 {scope.min_kw}～{scope.max_kw} kW 内")
        row = r.mapping(row_value, where)
        if set(row) != set(GRADES):
            raise r.error(where, f"应恰有 1、2、3 级三个键，实际为 {sorted(row)}")
        per_grade: dict[str, dict[int, Decimal]] = {}
        for g in GRADES:
            by_poles = r.obj(row, g, where)
            if set(by_poles) != {str(p) for p in poles}:
                raise r.error(f"{where}.{g}", f"应恰有极数 {'、'.join(map(str, poles))}，实际为 {sorted(by_poles)}")
            values = {p: r.dec(by_poles, str(p), f"{where}.{g}") for p in poles}
            for p, v in values.items():
                if v > 100:
                    raise r.error(f"{where}.{g}.{p}", f"效率不能超过 100 %，实际为 {v}")
            per_grade[g] = values
        rows[kw] = per_grade
    if not rows:
        raise r.error("rows", "没有数据行")
    if list(rows) != sorted(rows):
        raise r.error("rows", "应按额定功率从小到大排列")
    groups: dict[str, tuple[Decimal, ...]] = {}
    for name, members_value in r.mapping(root.get("row_groups", {}), "row_groups").items():
        key = f"row_groups.{name}"
        if not isinstance(members_value, list) or not members_value:
            raise r.error(key, "应为非空的 JSON 数组")
        members = tuple(r.decimal(m, f"{key}[{i}]") for i, m in enumerate(members_value))
        for m in members:
            if m not in rows:
                raise r.error(key, f"{m} kW 不在 rows 中")
            if rows[m] != rows[members[0]]:
                raise r.error(key, f"{m} kW 的数值与 {members[0]} kW 不同，不能是同一原表行")
        groups[name] = members
    return MotorTable(file, prov, r.str_(root, "table", ""), r.str_(root, "indicator", ""),
                      r.str_(root, "unit", ""), scope, rows, groups)


def check_transformer(data: object, file: str = TRANSFORMER_FILE) -> TransformerTable:
    r = Reader(file)
    root = r.header(data, "gb20052")
    prov = r.provenance(root)
    scope_obj = r.obj(root, "scope", "")
    scope = TransformerScope(
        description=r.str_(scope_obj, "description", "scope"),
        voltage_kv=r.dec(scope_obj, "voltage_kv", "scope"),
        insulation=r.str_(scope_obj, "insulation", "scope"),
        phases=r.int_(scope_obj, "phases", "scope"),
        windings=r.int_(scope_obj, "windings", "scope"),
        tap_changer=r.str_(scope_obj, "tap_changer", "scope"),
        cores=r.strings(scope_obj, "cores", "scope"),
    )
    rows: list[TransformerRow] = []
    seen: set[tuple[Decimal, str, str]] = set()
    for i, value in enumerate(r.list_(root, "rows", "")):
        where = f"rows[{i}]"
        row = r.mapping(value, where)
        kva = r.dec(row, "kva", where)
        core = r.str_(row, "core", where)
        if core not in scope.cores:
            raise r.error(f"{where}.core", f"“{core}”不在 scope.cores（{'、'.join(scope.cores)}）中")
        connections = r.strings(row, "connection", where)
        for conn in connections:
            if (kva, core, conn.casefold()) in seen:
                raise r.error(where, f"{kva} kVA {core} {conn} 与前面的行重复")
            seen.add((kva, core, conn.casefold()))
        rows.append(TransformerRow(kva, core, connections, r.grades(row, "p0", where), r.grades(row, "pk", where)))
    more_values = r.list_(root, "more_tables", "") if "more_tables" in root else []
    more = tuple(_sub_table(r, i, v) for i, v in enumerate(more_values))
    names = [t.table for t in more]
    if len(set(names)) != len(names) or "表1" in names:
        raise r.error("more_tables", "表号重复（表1 在 rows 中）")
    return TransformerTable(file, prov, r.str_(root, "coverage", ""), r.str_(root, "table", ""),
                            r.str_(root, "unit", ""), scope, tuple(rows), more)


_SUB_KEYS = {"table", "description", "source_page", "voltage_kv", "insulation", "phases", "windings", "tap_changer",
             "autotransformer", "new_energy", "cores", "insulation_classes", "rows"}


def _sub_table(r: Reader, i: int, value: object) -> TransformerSubTable:
    where = f"more_tables[{i}]"
    obj = r.mapping(value, where)
    unknown = set(obj) - _SUB_KEYS
    if unknown:
        raise r.error(where, f"未知的键：{'、'.join(sorted(unknown))}")
    name = r.str_(obj, "table", where)
    if not re.fullmatch(r"表\d+", name):
        raise r.error(f"{where}.table", f"应为“表N”，实际为“{name}”")
    insulation = r.str_(obj, "insulation", where)
    if insulation not in ("油浸式", "干式"):
        raise r.error(f"{where}.insulation", f"应为“油浸式”或“干式”，实际为“{insulation}”")
    tap = r.str_(obj, "tap_changer", where)
    if tap not in ("无励磁调压", "有载调压"):
        raise r.error(f"{where}.tap_changer", f"应为“无励磁调压”或“有载调压”，实际为“{tap}”")
    flags = {}
    for flag in ("autotransformer", "new_energy"):
        v = r.get(obj, flag, where)
        if not isinstance(v, bool):
            raise r.error(f"{where}.{flag}", f"应为 true 或 false，实际为 {v!r}")
        flags[flag] = v
    cores = r.strings(obj, "cores", where) if "cores" in obj else ()
    classes = r.strings(obj, "insulation_classes", where) if "insulation_classes" in obj else ()
    if classes and insulation != "干式":
        raise r.error(f"{where}.insulation_classes", "只有干式变压器的表有绝缘耐热等级")
    rows: list[TransformerRow] = []
    seen: set[tuple[Decimal, str | None, str | None]] = set()
    for j, row_value in enumerate(r.list_(obj, "rows", where)):
        at = f"{where}.rows[{j}]"
        row = r.mapping(row_value, at)
        allowed = {"kva", "p0", "pk"} | ({"core"} if cores else set()) | ({"insulation_class"} if classes else set())
        if set(row) - allowed:
            raise r.error(at, f"未知的键：{'、'.join(sorted(set(row) - allowed))}")
        kva = r.dec(row, "kva", at)
        core = r.str_(row, "core", at) if cores else None
        if core is not None and core not in cores:
            raise r.error(f"{at}.core", f"“{core}”不在 cores 中")
        cls = r.str_(row, "insulation_class", at) if classes else None
        if cls is not None and cls not in classes:
            raise r.error(f"{at}.insulation_class", f"“{cls}”不在 insulation_classes 中")
        if (kva, core, cls) in seen:
            raise r.error(at, f"{kva} kVA 与前面的行重复")
        seen.add((kva, core, cls))
        rows.append(TransformerRow(kva, core, (), r.grades(row, "p0", at), r.grades(row, "pk", at), cls))
    return TransformerSubTable(
        table=name, description=r.str_(obj, "description", where), source_page=r.int_(obj, "source_page", where),
        voltage_kv=r.dec(obj, "voltage_kv", where), insulation=insulation, phases=r.int_(obj, "phases", where),
        windings=r.int_(obj, "windings", where), tap_changer=tap, autotransformer=flags["autotransformer"],
        new_energy=flags["new_energy"], cores=cores, insulation_classes=classes, rows=tuple(rows))


def check_compressor(data: object, file: str = COMPRESSOR_FILE) -> CompressorTable:
    r = Reader(file)
    root = r.header(data, "gb19153")
    prov = r.provenance(root)
    scope_obj = r.obj(root, "scope", "")
    scope = CompressorScope(
        description=r.str_(scope_obj, "description", "scope"),
        kind=r.str_(scope_obj, "kind", "scope"),
        coolings=r.strings(scope_obj, "coolings", "scope"),
    )
    rows: list[CompressorRow] = []
    seen: set[tuple[Decimal, Decimal]] = set()
    for i, value in enumerate(r.list_(root, "rows", "")):
        where = f"rows[{i}]"
        row = r.mapping(value, where)
        kw = r.dec(row, "kw", where)
        pressure = r.dec(row, "pressure_mpa", where)
        if (kw, pressure) in seen:
            raise r.error(where, f"{kw} kW {pressure} MPa 与前面的行重复")
        seen.add((kw, pressure))
        unknown = set(row) - {"kw", "pressure_mpa", "not_transcribed", *scope.coolings}
        if unknown:
            raise r.error(where, f"未知的键：{'、'.join(sorted(unknown))}")
        # a cooling left out of a row is the table's "—" (no limit set for it), never a gap in the transcription
        present = [c for c in scope.coolings if c in row]
        if not present:
            raise r.error(where, f"至少应有一种冷却方式（{'、'.join(scope.coolings)}）的限值")
        limits = {c: r.grades(row, c, where) for c in present}
        for c in present:
            values = [v for v in limits[c].values() if v is not None]
            if values != sorted(values):
                raise r.error(f"{where}.{c}", "限值应随等级由 1 级到 3 级不减（比功率越低越好）")
        missing = frozenset(r.strings(row, "not_transcribed", where) if "not_transcribed" in row else ())
        if not missing <= set(GRADES):
            raise r.error(f"{where}.not_transcribed", "只能列出等级 1、2、3")
        for c in present:
            for g in missing:
                if limits[c][g] is not None:
                    raise r.error(f"{where}.{c}.{g}", "列为未转录的等级应为 null")
        rows.append(CompressorRow(kw, pressure, limits, missing))
    return CompressorTable(file, prov, r.str_(root, "coverage", ""), r.str_(root, "table", ""),
                           r.str_(root, "indicator", ""), r.str_(root, "unit", ""), scope, tuple(rows))


# --- cached loaders --------------------------------------------------------------------------------------


def equipment_dir() -> Path:
    return paths.reference_dir() / "equipment"


@cache
def motor_table() -> MotorTable:
    return check_motor(read(equipment_dir() / MOTOR_FILE))


@cache
def transformer_table() -> TransformerTable:
    return check_transformer(read(equipment_dir() / TRANSFORMER_FILE))


@cache
def compressor_table() -> CompressorTable:
    return check_compressor(read(equipment_dir() / COMPRESSOR_FILE))


def clear_cache() -> None:
    for loader in (motor_table, transformer_table, compressor_table):
        loader.cache_clear()
