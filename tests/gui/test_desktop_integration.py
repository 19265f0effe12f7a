"""The desktop files validate and the application icon exists in every format and size."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
APP_ID = "ee.avtoituba.Avtoituba"


def _validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_the_desktop_file_is_valid() -> None:
    result = _validate("desktop-file-validate", str(LINUX / f"{APP_ID}.desktop"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_the_appstream_metainfo_is_valid() -> None:
    result = _validate("appstreamcli", "validate", "--no-net",
                       str(LINUX / f"{APP_ID}.metainfo.xml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_names_the_icon_and_the_program() -> None:
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    assert "Exec=avtoituba %f\n" in text
    assert "Comment[et]=" in text


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_a_png_icon_of_each_size(size: int, qapp) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / f"avtoituba-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # A corner is transparent (rounded square), the middle is not.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_about_dialog_icon_is_the_128_px_rendering() -> None:
    assert (ROOT / "resources" / "icons" / "avtoituba-128.png").read_bytes() == \
        (ICONS / "avtoituba-128.png").read_bytes()


def test_the_ico_holds_png_images_windows_reads(qapp) -> None:
    from PySide6.QtGui import QImageReader

    data = (ICONS / "avtoituba.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, _h, _c, _r, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data) and (planes, bits) == (1, 32)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes
    reader = QImageReader(str(ICONS / "avtoituba.ico"))
    assert reader.imageCount() == count and not reader.read().isNull()


def test_the_icns_holds_png_images_macos_reads(qapp) -> None:
    from PySide6.QtGui import QImageReader

    data = (ICONS / "avtoituba.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, pos = set(), 8
    while pos < len(data):
        kind, length = data[pos:pos + 4].decode(), struct.unpack_from(">I", data, pos + 4)[0]
        assert data[pos + 8:pos + 16] == b"\x89PNG\r\n\x1a\n", kind
        kinds.add(kind)
        pos += length
    assert pos == len(data)
    assert {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10"} <= kinds
    image = QImageReader(str(ICONS / "avtoituba.icns")).read()
    assert not image.isNull()
