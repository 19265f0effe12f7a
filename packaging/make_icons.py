#!/usr/bin/env python3
"""Render the application icon from its SVG into every format the platforms want.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py      (or: make icons)

Source: resources/icons/avtoituba.svg (also what the running app uses).
Writes packaging/icons/: avtoituba.svg (copy, for the Linux hicolor theme),
avtoituba-<N>.png for N in 16..512, avtoituba.ico (Windows: PNG entries) and
avtoituba.icns (macOS: PNG entries), and resources/icons/avtoituba-128.png (About dialog).
No Pillow: both containers are written here; they hold PNG images as they are.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "avtoituba.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS PNG slots: type -> pixel size (the @2x types are the Retina variants).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file whose entries are PNG images (macOS 10.7 and later)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, OUT / "avtoituba.svg")
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: render_png(SOURCE, size) for size in sorted(wanted)}
    for size in PNG_SIZES:
        (OUT / f"avtoituba-{size}.png").write_bytes(pngs[size])
    (ROOT / "resources" / "icons" / "avtoituba-128.png").write_bytes(pngs[128])
    (OUT / "avtoituba.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "avtoituba.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNG, avtoituba.ico, avtoituba.icns into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
