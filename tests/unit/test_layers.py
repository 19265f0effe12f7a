"""core/, store/ and export/ never import Qt, so all domain logic runs without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import avtoituba

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("avtoituba.core", "avtoituba.store", "avtoituba.export", "avtoituba.commands")


def modules_of(package: str) -> list[str]:
    path = ROOT / package.replace(".", "/")
    if not path.is_dir():
        return []
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(path)])
                        if m.name not in ("env",)]  # alembic's env.py runs only under alembic


def test_non_gui_code_never_imports_pyside6():
    modules = [m for pkg in QT_FREE for m in modules_of(pkg)]
    assert "avtoituba.core.programme" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "", f"Qt imported by non-GUI code: {out.stdout}"


def test_the_package_version_is_the_projects():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == avtoituba.__version__


def test_unit_tests_import_no_qt() -> None:
    """tests/unit is the plain-pytest part of the suite: Qt lives in tests/gui."""
    import re
    from pathlib import Path

    uses_qt = re.compile(r"^\s*(from|import) PySide6|\b(qtbot|qapp)\b[,)]", re.M)
    offenders = [p.name for p in sorted((Path(__file__).parent).glob("test_*.py"))
                 if p.name != Path(__file__).name
                 and uses_qt.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
