"""The committed compiled forms are what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def uic() -> str:
    exe = Path(sys.executable).parent / "pyside6-uic"
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.stem)
def test_compiled_form_is_up_to_date(ui_file, tmp_path):
    out = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([uic(), str(ui_file), "-o", str(out)], check=True, capture_output=True)
    committed = ROOT / "avtoituba" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"run `make forms`: {committed.name} is missing"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), (
        f"{committed.name} differs from ui/{ui_file.name}: run `make forms`")


def test_every_compiled_form_has_a_source():
    stems = {p.stem for p in UI_FILES}
    for form in (ROOT / "avtoituba" / "gui" / "forms").glob("ui_*.py"):
        assert form.stem[3:] in stems, f"{form.name} has no ui/ source"
