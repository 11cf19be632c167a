"""The unit of every value column: known (header, unit row, unit in the cells, the user), or inferred and checked
against physics and magnitudes across the file's channels — never assumed silently. Values are then converted to
the quantity's canonical unit (W → kW, Wh → kWh, °F → °C, kPa → MPa, …), the original unit and factor kept.

Checks (windows in ``resources/reference/log_columns.json``, ``physics``):

* power against voltage and current of the same rows: P ≈ k·U·I·PF, Q ≈ k·U·I·sinφ, S ≈ k·U·I with k = 1 (one
  phase, phase voltage), √3 (three phases, line voltage) or 3 (three phases, phase voltage) as the names allow;
* energy per interval against power: Σe ≈ ΣP·Δt (a sub-meter's share of the total is allowed);
* a power factor within −1 … 1 (or a percentage up to 100);
* the magnitude of the values against the typical range of each candidate unit.

Candidate units of one quantity differ by 1000 (W/kW/MW, Wh/kWh/MWh …) and every window is narrower than that,
so at most one candidate passes a check. A stated unit that fails a check which another unit passes stops the
import and asks (``--unit``); an unstated unit is inferred only when exactly one candidate passes, and otherwise
asked. Energy columns are told apart as energy per interval or as a cumulative meter reading (register), resets
of a counter counted; each gets a derived interval-power channel.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop_app.importers.logs import columns as col
from desktop_app.importers.logs.model import Ambiguity
from desktop_app.reference.log_columns import QuantityDef, table

SOURCES = ("header", "unit_row", "cell", "user", "inferred", "none")
SOURCE_NAMES = {"header": "表头", "unit_row": "单位行", "cell": "单元格中的单位", "user": "用户指定",
                "inferred": "推断", "none": "无量纲", "derived": "由电能推算"}
SOURCE_NAMES_EN = {"header": "header", "unit_row": "unit row", "cell": "unit in the cells", "user": "given by the user",
                   "inferred": "inferred", "none": "dimensionless", "derived": "derived from energy"}
KINDS = ("sample", "interval", "cumulative")
MAX_CHECK_ROWS = 20_000  # ratio checks look at this many rows spread over the file
_POWER = ("active_power", "reactive_power", "apparent_power")
_ENERGY = ("energy", "reactive_energy", "apparent_energy")


@dataclass
class Column:
    """A value column as the unit decision sees it."""

    name: str
    quantity: str  # "other" when not recognised
    unit_text: str  # as written ("" = none)
    unit_from: str  # "header" | "unit_row" | "cell" | "" (none stated)
    phase: str
    chinese: bool
    values: np.ndarray  # float64 as read (NaN missing)
    cell_unit: str = ""  # the unit written in the cells (normalised), "" when none
    cell_example: str = ""  # a cell with it (``27.4 °C``)


@dataclass(frozen=True)
class Decision:
    quantity: str
    unit_original: str  # unit of the values in the file ("" dimensionless / unknown)
    unit: str  # canonical unit of the stored values
    factor: float  # stored = value × factor + offset
    offset: float
    source: str  # SOURCES
    kind: str  # KINDS
    check: str  # 简体中文: how the unit was decided or checked ("" when simply stated)
    resets: int = 0  # cumulative counters: how many times the reading fell back


@dataclass
class Outcome:
    decisions: dict[str, Decision]
    notes: list[str] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)


def _q(key: str) -> QuantityDef:
    t = table()
    return t.by_key.get(key) or t.by_key["other"]


def _fmt(x: float) -> str:
    if not math.isfinite(x):
        return "—"
    if x == 0:
        return "0"
    digits = max(0, 2 - math.floor(math.log10(abs(x))))
    text = f"{x:.{min(digits, 6)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _pick(values: np.ndarray) -> np.ndarray:
    """Up to MAX_CHECK_ROWS rows spread evenly over the file (the same rows for every column)."""
    n = len(values)
    if n <= MAX_CHECK_ROWS:
        return values
    return values[:: n // MAX_CHECK_ROWS + 1]


def _typical(values: np.ndarray, factor: float, low: float, high: float) -> bool:
    v = np.abs(values[np.isfinite(values)]) * factor
    if not v.size:
        return False
    p5, p95 = np.percentile(v, [5, 95])
    return bool(p5 >= low and p95 <= high)


def series_kind(values: np.ndarray, name: str) -> tuple[str, int]:
    """("interval" | "cumulative", resets) of an energy column: a register reading rises (or stays) from row to
    row and is large against its increments; a fall to a much smaller value is a counter reset."""
    v = values[np.isfinite(values)]
    rules = table().rules
    if v.size < 3:
        return ("cumulative" if rules.cumulative_hints.search(name) else "interval"), 0
    d = np.diff(v)
    falls = d < 0
    big_falls = falls & (v[1:] < 0.5 * v[:-1])  # the counter restarted
    rising = 1.0 - float(np.count_nonzero(falls & ~big_falls)) / d.size
    positive = d[d > 0]
    level = float(np.median(np.abs(v)))
    step = float(np.median(positive)) if positive.size else 0.0
    register = rising >= 0.98 and positive.size >= 0.3 * d.size and level > 5 * step
    hinted = rules.interval_hints.search(name) is not None
    if register and not (hinted and rising < 1.0):
        return "cumulative", int(np.count_nonzero(big_falls))
    return "interval", 0


def increments(values: np.ndarray, kind: str) -> np.ndarray:
    """Energy of each interval: the values themselves, or the rise of a register (after a reset: the new
    reading, the counter having restarted from zero). The first row of a register has no increment (NaN)."""
    if kind != "cumulative":
        return values
    out = np.empty_like(values)
    out[:1] = np.nan
    d = np.diff(values)
    reset = d < 0
    out[1:] = np.where(reset, values[1:], d)
    return out


class _Settle:
    def __init__(self, cols: Sequence[Column], overrides_unit: Mapping[str, str],
                 overrides_kind: Mapping[str, str], interval_ms: int | None) -> None:
        self.cols = list(cols)
        self.unit_over = dict(overrides_unit)
        self.kind_over = dict(overrides_kind)
        self.interval_ms = interval_ms
        self.out = Outcome({})
        self.fixed: dict[str, tuple[str, float, float, str, str]] = {}  # name → (unit, factor, offset, source, check)
        self.open: dict[str, list[str]] = {}  # name → candidate units still possible
        self.kinds: dict[str, tuple[str, int]] = {}
        self.checks: dict[str, str] = {}
        self.rows = {c.name: _pick(c.values) for c in self.cols}

    # -- helpers ---------------------------------------------------------------------------------------------
    def factor(self, quantity: str, unit: str) -> tuple[float, float]:
        found = col.unit_def(unit)
        if found is None:
            return 1.0, 0.0
        if unit == "%" and quantity == "power_factor":
            return 0.01, 0.0
        return found.factor, found.offset

    def canonical(self, name: str) -> np.ndarray | None:
        """The checked rows of a settled column in canonical units."""
        if name not in self.fixed:
            return None
        _unit, f, o, _s, _c = self.fixed[name]
        return self.rows[name] * f + o

    def of(self, quantity: str) -> list[Column]:
        return [c for c in self.cols if c.quantity == quantity]

    # -- stage 1: stated units, overrides, and what has no unit -------------------------------------------------
    def stated(self) -> None:
        for c in self.cols:
            q = _q(c.quantity)
            given = self.unit_over.get(c.name)
            if given is not None:
                unit = col.unit_def(given)
                spelled = unit.unit if unit else given
                known = col.known_units(c.quantity)
                if unit is None and known:  # values are stored converted to the quantity's unit: never as "furlong"
                    self.out.ambiguities.append(Ambiguity("--unit", f"“{c.name}”指定的单位 {given} 不是{q.zh}的单位",
                                                          tuple(f"{c.name}={u}" for u in known)))
                    self.fixed[c.name] = (spelled, 1.0, 0.0, "user", "")
                    continue
                if unit is not None and unit.quantity != c.quantity and not (
                        unit.unit == "%" and c.quantity in table().percent_allowed):
                    q_unit = _q(unit.quantity)
                    self.out.notes.append(f"“{c.name}”：指定的单位 {spelled} 属于{q_unit.zh}，物理量按{q_unit.zh}记录")
                    c.quantity = unit.quantity
                f, o = self.factor(c.quantity, spelled)
                self.fixed[c.name] = (spelled, f, o, "user", "")
                continue
            if c.unit_text:
                unit = col.unit_def(c.unit_text)
                spelled = unit.unit if unit else c.unit_text
                f, o = self.factor(c.quantity, spelled)
                self.fixed[c.name] = (spelled, f, o, c.unit_from or "header", "")
                if c.cell_unit and c.unit_from != "cell" and c.cell_unit != spelled:
                    where = "单位行" if c.unit_from == "unit_row" else "表头"
                    self.out.ambiguities.append(Ambiguity(
                        "--unit", f"“{c.name}”{where}写的单位是 {spelled}，单元格中的单位却是 {c.cell_unit}"
                        f"（如“{c.cell_example}”），两者不一致", (f"{c.name}={spelled}", f"{c.name}={c.cell_unit}")))
                continue
            if c.quantity == "power_factor":
                self.power_factor(c)
            elif not q.candidates:
                self.fixed[c.name] = ("", 1.0, 0.0, "none", "")
            elif c.chinese and q.zh_default:
                f, o = self.factor(c.quantity, q.zh_default)
                self.fixed[c.name] = (q.zh_default, f, o, "inferred", q.zh_reason)
            else:
                self.open[c.name] = [cand.unit for cand in q.candidates]

    def power_factor(self, c: Column) -> None:
        v = np.abs(c.values[np.isfinite(c.values)])
        top = float(v.max()) if v.size else 0.0
        if top <= 1.0001:
            self.fixed[c.name] = ("", 1.0, 0.0, "none", f"数值在 −1 … 1 之间（最大 {_fmt(top)}）")
        elif top <= 100.0:
            self.fixed[c.name] = ("%", 0.01, 0.0, "inferred",
                                  f"数值大于 1 而不超过 100（最大 {_fmt(top)}），按百分数读取")
        else:
            self.out.ambiguities.append(Ambiguity(
                "--quantity", f"“{c.name}”按列名是功率因数，但数值最大 {_fmt(top)}，既不在 −1 … 1 之间也不是百分数，"
                "它是什么物理量？", (f"{c.name}=other",)))
            self.fixed[c.name] = ("", 1.0, 0.0, "none", "")

    # -- stage 2: magnitudes of voltage and current (the references of the power check) ------------------------
    def by_magnitude(self, names: Sequence[str]) -> None:
        for c in self.cols:
            if c.name not in names or c.name not in self.open:
                continue
            q = _q(c.quantity)
            fits = [cand for cand in q.candidates if cand.unit in self.open[c.name]
                    and _typical(self.rows[c.name], 1.0, cand.low, cand.high)]
            if len(fits) == 1:
                unit = fits[0].unit
                f, o = self.factor(c.quantity, unit)
                only = len(q.candidates) == 1
                why = (f"{q.zh}通常只用 {unit}" if only else f"数值 {self.span(c.name)} 只在 {unit} 的典型范围内"
                       f"（{_fmt(fits[0].low)} … {_fmt(fits[0].high)} {unit}）")
                self.fixed[c.name] = (unit, f, o, "inferred", why + ("" if only else "，其他单位不符"))
                del self.open[c.name]

    def span(self, name: str) -> str:
        v = self.rows[name][np.isfinite(self.rows[name])]
        if not v.size:
            return "—"
        return f"{_fmt(float(np.percentile(v, 5)))} … {_fmt(float(np.percentile(v, 95)))}"

    # -- stage 3: power against U·I ----------------------------------------------------------------------------
    def references(self) -> tuple[np.ndarray | None, bool | None, np.ndarray | None, np.ndarray | None]:
        """(phase voltage per row in V, True when only line voltages were found / None when the phase is unknown,
        current per row in A, |power factor| per row)."""
        volts = [c for c in self.of("voltage") if c.name in self.fixed]
        ln = [c for c in volts if c.phase in ("a", "b", "c")]
        ll = [c for c in volts if c.phase in ("ab", "bc", "ca")]
        unknown = [c for c in volts if c.phase not in ("a", "b", "c", "ab", "bc", "ca")]
        line: bool | None
        if ln:
            group, line = ln, False
        elif ll:
            group, line = ll, True
        else:
            group, line = unknown, None
        u = self.mean([c.name for c in group])
        amps = [c for c in self.of("current") if c.name in self.fixed and c.phase != "n"]
        i = self.mean([c.name for c in amps if c.phase in ("a", "b", "c")] or [c.name for c in amps])
        pfs = [c for c in self.of("power_factor") if c.name in self.fixed]
        best = [c for c in pfs if c.phase in ("total", "")] or pfs
        pf = self.mean([c.name for c in best])
        return u, line, i, None if pf is None else np.abs(pf)

    def mean(self, names: Sequence[str]) -> np.ndarray | None:
        arrays = [a for a in (self.canonical(n) for n in names) if a is not None]
        if not arrays:
            return None
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a row where every column is missing
            mean: np.ndarray = np.nanmean(np.vstack(arrays), axis=0)
            return mean

    def power_check(self) -> None:
        u, line, i, pf = self.references()
        if u is None or i is None:
            return
        for c in self.cols:
            if c.quantity not in _POWER:
                continue
            q = _q(c.quantity)
            if c.phase in ("a", "b", "c"):
                ks = [(1.0, "U·I")] if line is not True else [(1 / math.sqrt(3), "U·I/√3")]
            elif c.phase == "total":
                ks = [(math.sqrt(3), "√3·U·I")] if line else [(3.0, "3·U·I")] if line is False else [
                    (1.0, "U·I"), (math.sqrt(3), "√3·U·I"), (3.0, "3·U·I")]
            else:
                ks = [(1.0, "U·I"), (math.sqrt(3), "√3·U·I"), (3.0, "3·U·I")]
            raw = self.rows[c.name]
            with np.errstate(invalid="ignore", divide="ignore"):
                base = u * i
            ok = np.isfinite(raw) & np.isfinite(base) & (base > 0)
            if np.count_nonzero(ok) < 3 or not np.any(raw[ok] != 0):
                continue
            pf_med = float(np.nanmedian(pf[ok])) if pf is not None and np.any(np.isfinite(pf[ok])) else None
            units = [cand.unit for cand in q.candidates]
            stated = self.fixed.get(c.name)
            if stated is not None and stated[0] not in units:
                continue  # a unit of another family (a percentage …): nothing to compare
            scaled = np.abs(raw[ok]) * 1000 / base[ok]  # the value read as kW (kvar, kVA) ÷ U·I in kVA
            results = {un: [(k, label, float(np.median(scaled * self.factor(c.quantity, un)[0] / k)))
                            for k, label in ks] for un in units}
            good = {un: [(label, r) for _k, label, r in rs if _passes(c.quantity, r, pf_med)]
                    for un, rs in results.items()}
            good = {un: g for un, g in good.items() if g}
            what = {"active_power": "P", "reactive_power": "Q", "apparent_power": "S"}[c.quantity]
            pf_text = f"·PF（PF = {_fmt(pf_med)}）" if pf_med is not None and c.quantity == "active_power" else (
                "·sinφ" if pf_med is not None and c.quantity == "reactive_power" else "")
            if stated is not None:
                unit = stated[0]
                if unit in good:
                    label, r = good[unit][0]
                    self.checks[c.name] = f"已核对：{what} ≈ {label}{pf_text}，比值 {_fmt(r)}"
                elif good:
                    other = next(iter(good))
                    label, r = good[other][0]
                    mine = results[unit][0][2]
                    self.out.ambiguities.append(Ambiguity(
                        "--unit", f"“{c.name}”表头写的单位是 {unit}，但与同一文件的电压、电流不符："
                        f"按 {unit} 计，{what} ÷ "
                        f"({label}) = {_fmt(mine)}；按 {other} 计为 {_fmt(r)}，才与 {what} ≈ {label}{pf_text} 相符",
                        (f"{c.name}={unit}", f"{c.name}={other}")))
                else:
                    label = ks[0][1]
                    self.checks[c.name] = f"未能用 {label} 核对（比值 {_fmt(results[unit][0][2])}，不在预期范围内）"
                continue
            if c.name not in self.open:
                continue
            if len(good) == 1:
                unit = next(iter(good))
                label, r = good[unit][0]
                others = "；".join(f"按 {un} 计为 {_fmt(rs[0][2])}" for un, rs in results.items() if un != unit)
                f, o = self.factor(c.quantity, unit)
                self.fixed[c.name] = (unit, f, o, "inferred",
                                      f"表头未写单位；按 {unit} 计 {what} ≈ {label}{pf_text}（比值 {_fmt(r)}），"
                                      f"{others}，不符")
                del self.open[c.name]

    # -- stage 4: energy against power ---------------------------------------------------------------------------
    def energy_kinds(self) -> None:
        for c in self.cols:
            if c.quantity not in _ENERGY:
                continue
            given = self.kind_over.get(c.name)
            if given:
                self.kinds[c.name] = (given, 0)
                if given == "cumulative":
                    _k, resets = series_kind(c.values, c.name)
                    d = np.diff(c.values[np.isfinite(c.values)])
                    self.kinds[c.name] = (given, int(np.count_nonzero(d < 0)) if resets == 0 else resets)
            else:
                self.kinds[c.name] = series_kind(c.values, c.name)

    def energy_check(self) -> None:
        if not self.interval_ms or self.interval_ms <= 0:
            return
        hours = self.interval_ms / 3_600_000
        phys = table().physics
        for e in self.cols:
            if e.quantity not in _ENERGY:
                continue
            power_q = _q(e.quantity).energy_of
            powers = [c for c in self.of(power_q) if c.name in self.fixed]
            totals = [c for c in powers if c.phase == "total"] or [c for c in powers if c.phase == ""]
            phases = [c for c in powers if c.phase in ("a", "b", "c")]
            chosen = totals[:1] or phases
            if not chosen:
                continue
            arrays = [self.canonical(c.name) for c in chosen]
            p = np.sum(np.vstack([a for a in arrays if a is not None]), axis=0)
            kind, _resets = self.kinds.get(e.name, ("interval", 0))
            inc = _pick(increments(e.values, kind))  # increments of the whole column, then the checked rows
            ok = np.isfinite(inc) & np.isfinite(p)
            expected = float(np.sum(np.abs(p[ok]))) * hours
            if np.count_nonzero(ok) < 3 or expected <= 0 or not np.any(inc[ok] != 0):
                continue
            q = _q(e.quantity)
            units = [cand.unit for cand in q.candidates]
            low, high = phys.energy_ratio
            results = {}
            for un in units:
                f, _o = self.factor(e.quantity, un)
                results[un] = float(np.sum(np.abs(inc[ok]))) * f / expected
            good = [un for un, r in results.items() if low <= r <= high]
            names = "、".join(c.name for c in chosen)
            symbol = {"energy": "P", "reactive_energy": "Q", "apparent_energy": "S"}[e.quantity]
            stated = self.fixed.get(e.name)
            if stated is not None and stated[0] in units:
                unit = stated[0]
                if unit in good:
                    self.checks[e.name] = (f"已核对：每个时段的电量 ≈ {symbol}·Δt（“{names}”，"
                                           f"比值 {_fmt(results[unit])}）")
                elif good:
                    self.out.ambiguities.append(Ambiguity(
                        "--unit", f"“{e.name}”表头写的单位是 {unit}，但与“{names}”的功率不符：按 {unit} 计，电量 ÷ "
                        f"({symbol}·Δt) = {_fmt(results[unit])}；按 {good[0]} 计为 {_fmt(results[good[0]])}",
                        (f"{e.name}={unit}", f"{e.name}={good[0]}")))
                else:
                    self.checks[e.name] = f"未能用“{names}”的功率核对（比值 {_fmt(results[unit])}）"
            elif e.name in self.open and len(good) == 1:
                unit = good[0]
                f, o = self.factor(e.quantity, unit)
                others = "；".join(f"按 {un} 计为 {_fmt(r)}" for un, r in results.items() if un != unit)
                self.fixed[e.name] = (unit, f, o, "inferred", f"表头未写单位；按 {unit} 计，Σ电量 ÷ Σ({symbol}·Δt) = "
                                      f"{_fmt(results[unit])}（“{names}”，Δt = {_fmt(hours * 60)} min），"
                                      f"{others}，不符")
                del self.open[e.name]

    def power_from_energy(self) -> None:
        """An unstated power unit settled by a stated (or settled) energy column of the same family."""
        if not self.interval_ms or self.interval_ms <= 0:
            return
        hours = self.interval_ms / 3_600_000
        phys = table().physics
        for c in self.cols:
            if c.quantity not in _POWER or c.name not in self.open:
                continue
            energies = [e for e in self.cols if e.quantity in _ENERGY and _q(e.quantity).energy_of == c.quantity
                        and e.name in self.fixed]
            if not energies or c.phase not in ("total", ""):
                continue
            e = energies[0]
            kind, _r = self.kinds.get(e.name, ("interval", 0))
            fe = self.fixed[e.name][1]
            inc = _pick(increments(e.values, kind)) * fe
            raw = self.rows[c.name]
            ok = np.isfinite(inc) & np.isfinite(raw)
            total = float(np.sum(np.abs(inc[ok])))
            if np.count_nonzero(ok) < 3 or total <= 0:
                continue
            results = {}
            for cand in _q(c.quantity).candidates:
                f, _o = self.factor(c.quantity, cand.unit)
                results[cand.unit] = total / (float(np.sum(np.abs(raw[ok]))) * f * hours)
            low, high = phys.energy_ratio
            good = [un for un, r in results.items() if low <= r <= high]
            if len(good) == 1:
                unit = good[0]
                f, o = self.factor(c.quantity, unit)
                self.fixed[c.name] = (unit, f, o, "inferred", f"表头未写单位；按 {unit} 计，“{e.name}”的 "
                                      f"Σ电量 ÷ Σ(功率·Δt) = "
                                      f"{_fmt(results[unit])}，其他单位不符")
                del self.open[c.name]

    # -- stage 5: what is still open is asked ---------------------------------------------------------------------
    def ask(self) -> None:
        for c in self.cols:
            if c.name not in self.open:
                continue
            q = _q(c.quantity)
            units = self.open[c.name]
            fits = [cand.unit for cand in q.candidates if cand.unit in units
                    and _typical(self.rows[c.name], 1.0, cand.low, cand.high)]
            why = ("同一文件中没有可用来核对的电压、电流或功率列" if c.quantity in _POWER + _ENERGY
                   else "数值的大小不能区分这些单位")
            self.out.ambiguities.append(Ambiguity(
                "--unit", f"“{c.name}”（{q.zh}）没有写单位，数值 {self.span(c.name)} 按 "
                f"{'、'.join(fits or units)} 都说得通，{why}",
                tuple(f"{c.name}={u}" for u in (fits or units))))

    def finish(self) -> Outcome:
        for c in self.cols:
            if c.name in self.open:
                continue
            unit, f, o, source, check = self.fixed[c.name]
            q = _q(c.quantity)
            found = col.unit_def(unit) if unit else None
            canonical = q.canonical if found is not None or source == "none" else unit
            if found is None and unit and source != "none":  # a unit we do not know: kept as written
                f, o = 1.0, 0.0
            if found is not None and found.quantity != c.quantity and not (
                    unit == "%" and c.quantity in table().percent_allowed):
                canonical, f, o = unit, 1.0, 0.0
            if c.quantity in ("percent", "oxygen", "humidity") and unit == "%":
                canonical, f, o = (q.canonical or "%"), 1.0, 0.0
            kind, resets = self.kinds.get(c.name, ("sample", 0))
            extra = self.checks.get(c.name, "")
            text = "；".join(t for t in (check, extra) if t)
            self.out.decisions[c.name] = Decision(c.quantity, unit, canonical, f, o, source, kind, text, resets)
        return self.out


def _passes(quantity: str, r: float, pf: float | None) -> bool:
    """Whether power ÷ (k·U·I) = ``r`` is what a ``quantity`` can be (with the file's power factor ``pf``)."""
    phys = table().physics
    if quantity == "apparent_power":
        return phys.apparent_ratio[0] <= r <= phys.apparent_ratio[1]
    if pf is not None:
        want = pf if quantity == "active_power" else math.sqrt(max(0.0, 1 - pf ** 2))
        return abs(r - want) <= phys.pf_tolerance * max(want, 0.2) + 0.03
    low, high = phys.active_ratio if quantity == "active_power" else phys.reactive_ratio
    return low <= r <= high


def decide(cols: Sequence[Column], *, units: Mapping[str, str] | None = None,
           kinds: Mapping[str, str] | None = None, interval_ms: int | None = None) -> Outcome:
    """The unit (and for energy the kind) of every column, with notes and the questions left open."""
    s = _Settle(cols, units or {}, kinds or {}, interval_ms)
    s.stated()
    s.by_magnitude([c.name for c in cols if c.quantity in ("voltage", "current", "frequency")])
    s.power_check()
    s.energy_kinds()
    s.energy_check()
    s.power_from_energy()
    s.energy_check()
    s.by_magnitude([c.name for c in cols])
    s.ask()
    out = s.finish()
    for c in cols:
        d = out.decisions.get(c.name)
        if d is not None:
            note = describe(c.name, d)
            if note:
                out.notes.append(note)
    return out


def conversion_text(d: Decision) -> str:
    """"× 0.001", "(x − 32) × 5/9" …, "" when the values are stored as read."""
    if d.unit_original == "°F":
        return "(x − 32) × 5/9"
    if d.offset and d.factor == 1:
        return f"x {'+' if d.offset > 0 else '−'} {_fmt(abs(d.offset))}"
    if d.factor != 1 or d.offset:
        return f"× {d.factor:g}" + (f" {'+' if d.offset > 0 else '−'} {_fmt(abs(d.offset))}" if d.offset else "")
    return ""


def describe(name: str, d: Decision) -> str:
    """The note printed for a column whose unit was not simply stated and stored as read."""
    parts = []
    conv = conversion_text(d)
    if d.source == "inferred":
        parts.append(f"单位按 {d.unit_original or '—'} 推断（{d.check}）")
    elif d.source == "none" and d.check:
        parts.append(f"无量纲（{d.check}）")
    elif d.source in ("cell", "unit_row", "user"):
        parts.append(f"单位 {d.unit_original}（{SOURCE_NAMES[d.source]}）" + (f"，{d.check}" if d.check else ""))
    elif d.check:
        parts.append(f"单位 {d.unit_original}（表头），{d.check}")
    if conv:
        parts.append(f"换算为 {d.unit or '无量纲'}（{conv}）")
    if d.kind == "interval":
        parts.append("每行是一个时段的电量（不是累计读数），总量为各行之和，另生成推算的平均功率通道")
    elif d.kind == "cumulative":
        parts.append("累计读数（电表示数）：时段电量为相邻读数之差" + (
            f"，{d.resets} 处读数回落（计数器复位），复位后按从零开始计" if d.resets else "")
            + "，另生成推算的平均功率通道")
    if not parts:
        return ""
    return f"“{name}”：" + "，".join(parts)
