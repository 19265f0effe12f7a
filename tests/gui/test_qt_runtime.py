"""A day of Qt calls must not end the interpreter (PySide6 6.12 on Python 3.11 drops a
reference to None/True/False per call; avtoituba.gui compensates)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import avtoituba.gui  # noqa: F401  (applies the work-around)
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
app = QApplication([])
label, box = QLabel(), QCheckBox()
for i in range(60000):          # a timer label updated 4x a second for over 4 hours
    label.setText(str(i))
    box.setChecked(box.isChecked() is False)
print("alive")
"""


def test_sixty_thousand_qt_calls_leave_the_app_running():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         env=env, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
