"""Build the PyInstaller bundle and run it headless (opt-in: AVTOITUBA_PACKAGE=1; ~1 min).

    AVTOITUBA_PACKAGE=1 python -m pytest tests/packaging -q -s
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_BUNDLE_MB = 150

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("AVTOITUBA_PACKAGE") != "1",
                       reason="builds the bundle: set AVTOITUBA_PACKAGE=1"),
]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="pip install 'pyinstaller>=6.10,<7'")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.fail("PyInstaller needs binutils (objdump) on Linux: apt-get install binutils")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging" / "avtoituba.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "avtoituba"


def test_the_bundle_runs_headless_without_anything_missing(bundle: Path) -> None:
    result = subprocess.run(["bash", str(ROOT / "packaging" / "smoke_test.sh"), str(bundle)],
                            capture_output=True, text=True, timeout=600)
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke test passed" in result.stdout


def test_the_bundle_ships_resources_translations_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "avtoituba" / "_resources" / "style.qss").is_file()
    assert (internal / "avtoituba" / "_resources" / "programme" / "default.toml").is_file()
    for lang in ("et", "en"):
        assert list((internal / "avtoituba" / "_resources" / "i18n" / lang).glob("*.qm"))
    migrations = internal / "avtoituba" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    docs = internal / "avtoituba" / "_docs"
    assert (docs / "user-guide.md").is_file() and (docs / "kasutusjuhend.md").is_file()
    # every picture the guides show is there (Help › User guide shows them offline)
    guides = (ROOT / "docs" / "kasutusjuhend.md").read_text(encoding="utf-8") + \
        (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"screenshots/([\w.-]+\.png)", guides))
    assert shown and all((docs / "screenshots" / name).is_file() for name in shown)


def test_the_bundle_leaves_out_unused_qt_and_stays_small(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6"
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtSql", "QtWebEngineCore", "QtPdf"):
        assert not list(qt.glob(f"{unused}.*")), unused
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle size {size_mb:.0f} MB (limit {MAX_BUNDLE_MB} MB)")
    assert size_mb <= MAX_BUNDLE_MB
