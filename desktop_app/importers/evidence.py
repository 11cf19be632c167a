"""Evidence files (photos and documents) → what the case stores. Pillow does the image work (it is already
installed as a dependency of reportlab, and it is the library made for this: format detection, EXIF
orientation, thumbnails).

Decision on large photos: the ORIGINAL bytes are kept unchanged, because a photo is evidence — its EXIF time and
camera data show when and where it was taken, and a supervisor may need full resolution to read a nameplate.
Only the thumbnail shown in lists is scaled (and turned upright by EXIF orientation). Files over
``MAX_BYTES`` are refused with a message rather than shrunk silently: a phone photo is 2–15 MB, so anything
bigger is almost certainly the wrong file (a video, a disk image) and would bloat every copy of the case.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import EvidenceError

MAX_BYTES = 50 * 1024 * 1024
THUMB_PX = 256
MAX_PIXELS = 120_000_000  # decompression-bomb guard (a 100 MP camera is the largest plausible source)
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".heic"}
DOCUMENT_SUFFIXES = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".txt", ".ppt", ".pptx", ".dwg", ".dxf",
                     ".wps", ".et", ".ofd", ".zip", ".rar", ".7z", ".json", ".xml", ".md"}


@dataclass(frozen=True)
class PreparedEvidence:
    filename: str
    kind: str  # photo | document
    mime: str
    data: bytes
    sha256: str
    width: int | None
    height: int | None
    thumbnail: bytes | None  # JPEG, upright
    taken_utc: str | None  # EXIF DateTimeOriginal (camera local time, as recorded)


def read_evidence_file(path: Path) -> PreparedEvidence:
    """Check size before reading, so a 200 MB file is refused without loading it."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EvidenceError(file=name, detail=f"无法读取（{exc.strerror or exc}）") from None
    if path.is_dir():
        raise EvidenceError(file=name, detail="这是一个文件夹")
    _check_size(name, size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvidenceError(file=name, detail=f"无法读取（{exc.strerror or exc}）") from None
    return prepare_evidence(name, data)


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise EvidenceError(file=name, detail="文件是空的（0 字节）")
    if size > MAX_BYTES:
        raise EvidenceError(file=name, detail=f"文件太大（{size / 1048576:.0f} MB），单个证据文件不能超过 "
                                              f"{MAX_BYTES // 1048576} MB；照片请用相机原图，视频等请另行保存")


def prepare_evidence(filename: str, data: bytes) -> PreparedEvidence:
    """Classify and check one file. Photos must decode as images; everything else is a document."""
    _check_size(filename, len(data))
    suffix = Path(filename).suffix.lower()
    digest = hashlib.sha256(data).hexdigest()
    looks_image = suffix in PHOTO_SUFFIXES or _image_magic(data)
    if looks_image:
        return _photo(filename, data, digest)
    if suffix == ".pdf" and not data.startswith(b"%PDF"):
        raise EvidenceError(file=filename, detail="扩展名是 .pdf，但内容不是 PDF 文件")
    if suffix not in DOCUMENT_SUFFIXES:
        allowed = "、".join(sorted(s.lstrip(".") for s in PHOTO_SUFFIXES | DOCUMENT_SUFFIXES))
        raise EvidenceError(file=filename, detail=f"不支持的文件类型“{suffix or '无扩展名'}”（可用：{allowed}）")
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return PreparedEvidence(filename, "document", mime, data, digest, None, None, None, None)


def _image_magic(data: bytes) -> bool:
    return data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _photo(filename: str, data: bytes, digest: str) -> PreparedEvidence:
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()  # structural check of the whole file
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            fmt = (img.format or "").lower()
            taken = _exif_taken(img)
            upright = ImageOps.exif_transpose(img)
            width, height = upright.size
            thumb = upright.convert("RGB")
            thumb.thumbnail((THUMB_PX, THUMB_PX))
            buf = io.BytesIO()
            thumb.save(buf, "JPEG", quality=82)
    except UnidentifiedImageError:
        raise EvidenceError(file=filename, detail="不是可识别的图片文件（内容与扩展名不符或已损坏）") from None
    except Image.DecompressionBombError:
        raise EvidenceError(file=filename, detail=f"图片像素过多（超过 {MAX_PIXELS // 1_000_000} 百万像素）") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise EvidenceError(file=filename, detail=f"图片已损坏或不完整（{type(exc).__name__}）") from None
    mime = Image.MIME.get(fmt.upper()) or mimetypes.guess_type(filename)[0] or "image/" + (fmt or "unknown")
    return PreparedEvidence(filename, "photo", mime, data, digest, width, height, buf.getvalue(), taken)


def _exif_taken(img: object) -> str | None:
    getexif = getattr(img, "getexif", None)
    if getexif is None:
        return None
    try:
        exif = getexif()
        value = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)  # DateTimeOriginal, else DateTime
    except (AttributeError, KeyError, ValueError, TypeError):
        return None
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return None
