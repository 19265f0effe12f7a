"""The roster reader, the assignment, their services and the group lists never load Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_participant_modules_do_not_import_pyside6():
    code = ("import sys; import avtoituba.core.roster, avtoituba.core.grouping, "
            "avtoituba.core.groups, avtoituba.core.participants, "
            "avtoituba.export.group_lists, avtoituba.commands.participants; "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
