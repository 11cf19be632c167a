"""Which text encoding a logger file is in, decided from its first bytes (never from the file name).

Order: a byte-order mark; a NUL pattern (UTF-16 without BOM: every other byte zero); a strict UTF-8 decode of the
sample; otherwise each candidate legacy code page decodes the sample and is scored by how plausible the non-ASCII
characters are (common GB2312 hanzi for GB18030, kana and JIS level-1 kanji for Shift-JIS, isolated accented
letters or Cyrillic words for the Windows code pages). GB18030 wins ties — the files come from Chinese PCs.
Files that are not text at all (ZIP that is not a workbook, old .xls, PDF, images, executables) are refused.
"""

from __future__ import annotations

import codecs
import unicodedata

from desktop_app.domain.errors import ImportFileError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # the "utf-16" codec reads the BOM and the byte order from it
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY = ("gb18030", "shift_jis", "cp1252", "cp1251")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "旧版 Excel（.xls）或其他 Office 二进制文件，请另存为 .xlsx 或 CSV 后导入"),
    (b"%PDF", "PDF 文件，不是数据表"),
    (b"\x89PNG", "PNG 图片，不是数据表"),
    (b"\xff\xd8\xff", "JPEG 图片，不是数据表"),
    (b"GIF8", "GIF 图片，不是数据表"),
    (b"MZ", "Windows 程序文件，不是数据表"),
    (b"\x7fELF", "程序文件，不是数据表"),
    (b"\x1f\x8b", "gzip 压缩文件，请先解压"),
    (b"Rar!", "RAR 压缩文件，请先解压"),
    (b"7z\xbc\xaf", "7z 压缩文件，请先解压"),
    (b"SQLite format 3\x00", "SQLite 数据库文件，不是数据表"),
)
ZIP_MAGIC = b"PK\x03\x04"


def refuse_binary(path: str, head: bytes) -> None:
    """ImportFileError when ``head`` is plainly not text (checked after a UTF-16 BOM/NUL pattern is ruled out)."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ImportFileError(path=path, detail=f"这是{what}")
    sample = head[:8192]
    control = sum(1 for b in sample if b < 9 or (13 < b < 32 and b != 26))
    if b"\x00" in sample or control > max(4, len(sample) // 100):
        raise ImportFileError(path=path, detail="这是二进制文件，不是 CSV/TXT 文本数据（文件可能损坏或被改了扩展名）")


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _complete(head: bytes, whole: bool) -> bytes:
    """Cut the sample at its last line break so a multi-byte character is never split (unless it is the file)."""
    if whole:
        return head
    cut = head.rfind(b"\n")
    return head[:cut + 1] if cut > 0 else head


def _weight(ch: str, encoding: str, run: int, letters_run: bool) -> float:
    """Plausibility (0..1) of one decoded non-ASCII character."""
    if ch == "\ufffd":
        return -2.0
    code = ord(ch)
    if encoding == "gb18030":
        if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or ch in "℃°±×÷μΩ²³·—‰★※№":
            return 1.0
        try:
            raw = ch.encode("gb2312")
        except UnicodeEncodeError:
            return 0.3  # a valid but rare character: text in another encoding often decodes to these
        return 1.0 if len(raw) == 2 and raw[0] <= 0xD7 else 0.7  # level 1 (the 3755 most common hanzi) or level 2
    if encoding == "shift_jis":
        if 0x3040 <= code <= 0x30FF or 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:
            return 1.0  # kana, CJK punctuation, full-width forms
        if 0xFF61 <= code <= 0xFF9F:
            return 0.2  # half-width katakana: what GBK bytes mostly decode to
        if 0x4E00 <= code <= 0x9FFF:
            try:
                raw = ch.encode("shift_jis")
            except UnicodeEncodeError:
                return 0.3
            return 1.0 if raw[0] <= 0x98 else 0.6  # JIS level 1 kanji or level 2
        return 0.3
    # single-byte Windows code pages
    category = unicodedata.category(ch)
    if letters_run and "CYRILLIC" in unicodedata.name(ch, ""):
        return 1.0 if encoding == "cp1251" else 0.2
    if category.startswith("L") or ch in "°±µ²³·×€£§½¼¾º":
        return 1.0 if run == 1 else (0.5 if run == 2 else 0.1)
    return 0.2 if run == 1 else 0.05


def score(data: bytes, encoding: str) -> float:
    """Mean plausibility per non-ASCII byte of ``data`` decoded as ``encoding`` (1.0 = every character plausible)."""
    text = data.decode(encoding, errors="replace")
    if all(b < 0x80 for b in data):
        return 1.0
    total = 0.0
    weight = 0
    i = 0
    n = len(text)
    while i < n:
        if ord(text[i]) < 0x80:
            i += 1
            continue
        j = i
        while j < n and ord(text[j]) >= 0x80:
            j += 1
        run = text[i:j]
        letters = all(unicodedata.category(c).startswith("L") for c in run)
        for ch in run:
            try:
                width = len(ch.encode(encoding)) if ch != "\ufffd" else 1
            except UnicodeEncodeError:
                width = 1
            total += _weight(ch, encoding, j - i, letters) * width
            weight += width
        i = j
    return total / max(weight, 1)


def sniff(path: str, head: bytes, whole: bool) -> tuple[str, int, str]:
    """(codec name for reading, BOM length, note) of a text file whose first bytes are ``head``."""
    for bom, name in BOMS:
        if head.startswith(bom):
            label = {"utf-8-sig": "UTF-8（带 BOM）"}.get(name, "UTF-16 LE（带 BOM）" if bom == codecs.BOM_UTF16_LE
                                                         else "UTF-16 BE（带 BOM）")
            return name, len(bom), f"编码：{label}"
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16, 0, f"编码：{utf16.upper()}（无 BOM，按零字节位置判断）"
    refuse_binary(path, head)
    data = _complete(head, whole)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", 0, "编码：UTF-8"
    scores = {enc: score(data, enc) for enc in LEGACY}
    best = max(LEGACY, key=lambda e: (round(scores[e], 2), -LEGACY.index(e)))
    ranked = sorted(scores.values(), reverse=True)
    note = f"编码：{best}（按样本判断，得分 {scores[best]:.2f}）"
    runner = max((e for e in LEGACY if e != best), key=lambda e: scores[e])
    if ranked[0] - scores[runner] < 0.1 and data.decode(best, "replace") != data.decode(runner, "replace"):
        note += f"；{runner} 也有可能（{scores[runner]:.2f}），如显示乱码请用 --encoding 指定"
    return best, 0, note


def decode_sample(head: bytes, encoding: str, whole: bool) -> str:
    """The sample as text (undecodable bytes become U+FFFD; a BOM is dropped)."""
    data = head if whole else _complete_for(head, encoding)
    text = data.decode(encoding, errors="replace")
    return text.lstrip("\ufeff")


def _complete_for(head: bytes, encoding: str) -> bytes:
    name = codecs.lookup(encoding).name
    if name.startswith("utf-16"):
        le = name == "utf-16-le" or (name == "utf-16" and head.startswith(codecs.BOM_UTF16_LE))
        newline = b"\n\x00" if le else b"\x00\n"
        cut = head.rfind(newline)
        while cut > 0 and cut % 2:
            cut = head.rfind(newline, 0, cut)
        return head[:cut + 2] if cut > 0 else head[: len(head) // 2 * 2]
    return _complete(head, False)


def check_encoding(path: str, encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportFileError(path=path, detail=f"不认识的编码“{encoding}”（--encoding，可用 utf-8、gb18030、"
                                                f"utf-16、shift_jis、cp1252 等）") from None
