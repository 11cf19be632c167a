"""Generated 'site photos' for the demo case (drawn with Pillow, captioned in Chinese with the bundled font).

They stand in for what an engineer photographs: a motor nameplate, a kiln-shell temperature reading, a
compressed-air leak, a meter. Each carries EXIF capture time during the site visit; one is stored sideways with
an EXIF orientation tag, as phones do, so the demo shows that orientation is honoured.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from desktop_app.reference.paths import resources_dir


@dataclass(frozen=True)
class DemoPhoto:
    filename: str
    caption: str
    lines: tuple[str, ...]
    colour: tuple[int, int, int]
    taken: str  # EXIF "YYYY:MM:DD HH:MM:SS"
    orientation: int = 1


PHOTOS = (
    DemoPhoto("原料磨主电机铭牌.jpg", "原料立磨主电机铭牌",
              ("三相异步电动机", "型号 YRKK630-6  额定功率 2800 kW", "额定电压 10 kV  额定电流 196 A",
               "效率 95.8%  功率因数 0.87", "出厂日期 2009 年 6 月"), (70, 90, 120), "2026:03:17 09:42:10"),
    DemoPhoto("窑筒体表面温度.jpg", "1# 回转窑筒体红外测温", ("1# 回转窑 烧成带", "筒体表面温度 最高 346 ℃",
              "环境温度 14 ℃", "测点 距窑头 18 m"), (150, 60, 30), "2026:03:17 14:20:33", orientation=6),
    DemoPhoto("空压站泄漏点.jpg", "空压站压缩空气泄漏点", ("空压站 3# 储气罐出口", "法兰泄漏（听音可辨）",
              "系统压力 0.72 MPa", "停机保压 10 min 压降 0.13 MPa"), (60, 110, 80), "2026:03:18 10:05:47"),
    DemoPhoto("总降压站电能表.jpg", "总降压站 110 kV 进线关口电能表", ("110 kV 进线关口计量", "多功能电能表 0.2S 级",
              "检定日期 2025-09-12", "检定结论 合格"), (90, 90, 90), "2026:03:16 16:31:05"),
)


def render(photo: DemoPhoto) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    width, height = 1280, 960
    img = Image.new("RGB", (width, height), photo.colour)
    draw = ImageDraw.Draw(img)
    for i in range(0, height, 8):  # a little texture so it is not a flat card
        shade = tuple(min(255, c + (i * 37 % 23)) for c in photo.colour)
        draw.line([(0, i), (width, i)], fill=shade, width=4)
    draw.rectangle([120, 140, width - 120, height - 140], fill=(235, 235, 225), outline=(30, 30, 30), width=6)
    font_path = str(resources_dir() / "fonts" / "JNZDMicroHei.ttf")
    title = ImageFont.truetype(font_path, 54)
    body = ImageFont.truetype(font_path, 40)
    draw.text((170, 180), photo.lines[0], font=title, fill=(20, 20, 20))
    for n, line in enumerate(photo.lines[1:]):
        draw.text((170, 290 + n * 80), line, font=body, fill=(40, 40, 40))
    draw.text((170, height - 210), "节能诊断现场照片（演示，生成图像）", font=body, fill=(120, 30, 30))
    if photo.orientation == 6:
        # Stored as a phone would store a portrait shot: pixels turned, EXIF says turn them back.
        img = img.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0132] = photo.taken
    exif[0x010F] = "JNZD demo"
    exif[0x0112] = photo.orientation
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, exif=exif)
    return buf.getvalue()
