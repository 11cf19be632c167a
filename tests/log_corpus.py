"""A corpus of logger files as they come from the field (PEERS.md §5.5), generated into a folder for the tests.

Each ``write_*`` function writes one file and returns its path; the expected timestamps are computed in the tests
with ``datetime`` + ``zoneinfo`` (``ms``), independently of the importer's own date arithmetic.
"""

from __future__ import annotations

import codecs
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

EXCEL_EPOCH = datetime(1899, 12, 30)


def ms(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0,
       tz: str = "Asia/Shanghai") -> int:
    """Epoch ms (UTC) of a local wall-clock time in ``tz``."""
    return int(datetime(year, month, day, hour, minute, second, micro, tzinfo=ZoneInfo(tz)).timestamp() * 1000)


def serial(moment: datetime) -> float:
    """Excel serial day number of a naive datetime."""
    return (moment - EXCEL_EPOCH) / timedelta(days=1)


def write(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def chinese_gbk(folder: Path) -> Path:
    """GBK, Chinese headers with units in brackets, ISO timestamps, one minute apart, CRLF."""
    rows = ["时间,P总(kW),Q总(kvar),Ua(V),Ia(A),功率因数,频率(Hz),备注"]
    for i in range(5):
        rows.append(f"2024-03-01 08:0{i}:00,{100 + i}.5,{20 + i}.25,{220 + i}.1,{10 + i}.75,0.9{i},50.0{i},正常")
    return write(folder / "电表导出.csv", "\r\n".join(rows) + "\r\n", "gbk")


def utf16(folder: Path, big_endian: bool) -> Path:
    """UTF-16 with BOM, tab-separated, Fluke Energy Analyze Plus style English headers."""
    rows = ["Date\tTime\tPowerP_Total_avg\tVrms_AN_avg\tIrms_A_avg\tFrequency_avg"]
    for i in range(4):
        rows.append(f"2024-03-01\t10:00:{i * 15:02d}\t{1500 + i * 10}.5\t230.{i}\t6.{i}5\t49.9{i}")
    text = "\r\n".join(rows) + "\r\n"
    if big_endian:
        return write(folder / "fluke_be.txt", text, "utf-16-be", codecs.BOM_UTF16_BE)
    return write(folder / "fluke_le.txt", text, "utf-16-le", codecs.BOM_UTF16_LE)


def decimal_comma_semicolon(folder: Path) -> Path:
    """Semicolon-separated, decimal comma, DD.MM.YYYY dates, Windows-1252 (°C)."""
    rows = ["Zeit;Leistung (kW);Temperatur (°C);Druck (bar)"]
    for i in range(4):
        rows.append(f"15.03.2024 14:{i:02d}:00;{12 + i},5;{80 + i},25;{6 + i},125")
    return write(folder / "messung.csv", "\n".join(rows) + "\n", "cp1252")


def fluke_tsv(folder: Path) -> Path:
    """Fluke Power Log Classic: TSV, decimal comma, separate Date DD.MM.YYYY and Time HH:MM:SS.mmm columns."""
    rows = ["Date\tTime\tL1N Avg (V)\tL1 Avg (A)\tFrequency Avg (Hz)"]
    for i in range(3):
        rows.append(f"02.04.2024\t09:15:{i * 10:02d}.250\t231,{i}\t12,{i}5\t50,0{i}")
    return write(folder / "power_log.txt", "\r\n".join(rows) + "\r\n", "cp1250")


def hioki_unit_row(folder: Path) -> Path:
    """Hioki PW3360 style: preamble, header, a unit row, separate YYYY/MM/DD date and time columns."""
    text = ("PW3360 Data\nInterval,1min\n\n"
            "Date,Time,P(SUM),U1,I1,Freq\n"
            ",,KW,ACV,ACA,HZ\n"
            "2024/3/1,8:00:00,11.5,230.5,16.25,50.01\n"
            "2024/3/1,8:01:00,11.75,230.25,16.5,49.99\n"
            "2024/3/1,8:02:00,,230.75,16.125,50\n")
    return write(folder / "hioki.csv", text)


def preamble(folder: Path) -> Path:
    """Lines of description before the header (a Chinese logger's export)."""
    text = ("设备名称：1# 空压机\n测试日期：2024年3月1日\n测试人员：张工\n\n"
            "采集时间,有功功率(kW),流量(m³/h),压力(MPa),温度(℃),O2(%)\n"
            "2024年3月1日 8:00:00,75.5,12.5,0.75,35.5,3.25\n"
            "2024年3月1日 8:00:30,76.25,12.75,0.76,35.75,3.5\n")
    return write(folder / "空压机.csv", text)


def excel_serial_csv(folder: Path) -> list[tuple[datetime, float]]:
    moments = [datetime(2024, 3, 1, 8, 0) + timedelta(minutes=15 * i) for i in range(4)]
    rows = ["Time,P(kW)"] + [f"{serial(m)!r},{10.5 + i}" for i, m in enumerate(moments)]
    write(folder / "serial.csv", "\n".join(rows) + "\n")
    return [(m, 10.5 + i) for i, m in enumerate(moments)]


def xlsx(folder: Path) -> Path:
    """A real workbook written with openpyxl: a title row, date cells, numbers, an empty cell."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(["1# 风机 测试记录"])
    ws.append(["时间", "P总(kW)", "Ua(V)", "说明"])
    for i in range(4):
        ws.append([datetime(2024, 3, 1, 9, 0, i * 10), 55.5 + i, 380.0 + i if i != 2 else None, "ok"])
    wb.create_sheet("汇总").append(["合计"])
    path = folder / "fan.xlsx"
    wb.save(path)
    return path


def xlsx_serial(folder: Path) -> Path:
    """A workbook whose time column holds plain numbers (Excel serial days) and a separate time-of-day column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Time", "Flow(m3/h)"])
    for i in range(3):
        ws.append([serial(datetime(2024, 3, 2)), f"10:{i:02d}:00", 100.25 * (i + 1)])
    path = folder / "serial.xlsx"
    wb.save(path)
    return path


def interval_rows(folder: Path) -> Path:
    """Fluke Energy Analyze Plus: each row is an interval with start and stop columns (zone in the header)."""
    rows = ["Start(China Standard Time),Stop(China Standard Time),PowerP_Total_avg,PowerS_Total_avg,"
            "PfFwdRev_Total_avg,TotalActiveEnergyForward_avg,PowerQfund_Total_avg"]
    for i in range(3):
        a = datetime(2024, 3, 1, 12, 0) + timedelta(minutes=10 * i)
        b = a + timedelta(minutes=10)
        rows.append(f"{a:%Y-%m-%d %H:%M:%S},{b:%Y-%m-%d %H:%M:%S},{1000 + i}.5,{1200 + i}.5,0.8{i},{5 + i}.5,{300 + i}")
    return write(folder / "eap.csv", "\n".join(rows) + "\n")


def zone_file(folder: Path, name: str, start: datetime, hours: int, header: str = "Time") -> Path:
    rows = [f"{header},P(kW)"]
    for i in range(hours * 2 + 1):
        rows.append(f"{start + timedelta(minutes=30 * i):%Y-%m-%d %H:%M:%S},{i}.5")
    return write(folder / name, "\n".join(rows) + "\n")


def messy(folder: Path) -> Path:
    """Duplicates, a gap, rows out of order, a bad number, a bad time, a truncated last line (no final newline)."""
    text = ("时间,P(kW),U(V)\n"
            "2024-03-01 00:00:00,1.0,220\n"
            "2024-03-01 00:01:00,2.0,221\n"
            "2024-03-01 00:01:00,2.5,222\n"  # duplicate: dropped, the first is kept
            "2024-03-01 00:03:00,4.0,\n"  # missing voltage
            "2024-03-01 00:02:00,3.0,223\n"  # out of order
            "2024-03-01 00:04:00,OL,224\n"  # not a number
            "2024-03-01 00:05:00,5.0,225\n"
            "2024-03-01 24:30:00,9.0,229\n"  # impossible time
            "2024-03-01 00:20:00,6.0,226\n"  # after a 15 min gap
            "2024-03-01 00:21:00,7.0,227\n"
            "2024-03-01 00:22")  # truncated
    return write(folder / "messy.csv", text)


def ambiguous(folder: Path, late_day: bool = False) -> Path:
    """Slash dates whose day and month are both ≤ 12 (MM/DD or DD/MM?); ``late_day``: a later row settles it."""
    rows = ["Date/Time,P(kW)"]
    for i in range(250):
        rows.append(f"03/04/2024 {i // 60:02d}:{i % 60:02d}:00,{i}.5")
    if late_day:
        rows.append("13/04/2024 00:00:00,999.5")
    return write(folder / ("late.csv" if late_day else "ambiguous.csv"), "\n".join(rows) + "\n")


def shift_jis(folder: Path) -> Path:
    rows = ["日時,電力(kW),電圧(V),電流(A)"]
    for i in range(3):
        rows.append(f"2024/03/01 12:00:0{i},{5 + i}.5,{100 + i}.5,{50 + i}.5")
    return write(folder / "hioki_jp.csv", "\r\n".join(rows) + "\r\n", "shift_jis")


def whitespace_txt(folder: Path) -> Path:
    text = ("Timestamp      P(kW)     Q(kvar)\n"
            "2024-03-01 08:00:00   10.5   2.25\n"
            "2024-03-01 08:00:10   11.5   2.5\n"
            "2024-03-01 08:00:20   12.5   2.75\n")
    return write(folder / "logger.txt", text)


def big(folder: Path, rows: int, channels: int = 8, seed: int = 0) -> tuple[Path, np.ndarray, np.ndarray]:
    """``rows`` rows of 1 s data from 2024-03-01 00:00:00 (Shanghai) with ``channels`` float columns."""
    rng = np.random.default_rng(seed)
    values = np.round(rng.uniform(0, 1000, (rows, channels)), 3)
    stamps = np.datetime64("2024-03-01T00:00:00") + np.arange(rows).astype("timedelta64[s]")
    text = np.char.replace(np.datetime_as_string(stamps, unit="s"), "T", " ")
    for c in range(channels):
        text = np.char.add(np.char.add(text, ","), np.char.mod("%.3f", values[:, c]))
    header = "时间," + ",".join(f"P{c + 1}(kW)" for c in range(channels))
    path = folder / f"big_{rows}.csv"
    path.write_text(header + "\n" + "\n".join(text.tolist()) + "\n", encoding="utf-8")
    first = ms(2024, 3, 1)
    return path, first + np.arange(rows, dtype=np.int64) * 1000, values
