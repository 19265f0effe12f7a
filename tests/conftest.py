"""Shared fixtures. Qt runs offscreen; every test gets its own workshop file and settings."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

# Before any QApplication exists (pytest-qt creates it lazily): no screen here.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORKSHOP_DATE = dt.date(2026, 11, 17)


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    return tmp_path / "toituba.avtoituba"


@pytest.fixture
def store(workshop_path: Path):
    """A fresh workshop file from the default programme (Estonian), dated 17.11.2026."""
    from avtoituba.core.workshop import new_workshop

    s = new_workshop(workshop_path, date=WORKSHOP_DATE, venue="Tartu")
    yield s
    s.close()


@pytest.fixture
def demo_store(tmp_path: Path):
    """A workshop with the demo's municipalities, participants in groups and activities."""
    from avtoituba.core.demo import create_demo

    s = create_demo(tmp_path / "demo.avtoituba", date=WORKSHOP_DATE)
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path: Path, qapp):
    """App settings in a temporary INI file (never the user's real preferences)."""
    from PySide6.QtCore import QSettings

    from avtoituba.gui.shell.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def estonian(qapp):
    """The UI in Estonian, as a trainer sees it by default."""
    from avtoituba.gui.shell.i18n import install_translators

    install_translators("et")
    yield
    install_translators("et")


@pytest.fixture
def english(qapp):
    from avtoituba.gui.shell.i18n import install_translators

    install_translators("en")
    yield
    install_translators("et")


@pytest.fixture
def main_window(qtbot, store, settings, estonian):
    from avtoituba.gui.shell.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    if window.isVisible():
        window.close()


@pytest.fixture
def run_cli():
    """Run ``python -m avtoituba ARGS`` from this checkout in a subprocess."""
    import subprocess

    def run(*args: str, check: bool = False, timeout: float = 60, lang: str | None = "en",
            **kwargs):
        """``lang`` sets AVTOITUBA_LANG (English unless told: the tests read its words);
        ``lang=None`` leaves the CLI its own default, Estonian."""
        env = dict(os.environ)
        env.pop("AVTOITUBA_LANG", None)
        if lang is not None:
            env["AVTOITUBA_LANG"] = lang
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.setdefault("PYTHONIOENCODING", "utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "avtoituba", *map(str, args)],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout,
            cwd=kwargs.pop("cwd", ROOT), **kwargs,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"exit {result.returncode}: {result.stderr}")
        return result

    return run


@pytest.fixture(autouse=True, scope="session")
def _user_data_in_tmp(tmp_path_factory):
    """What the app keeps in the user's data folder (backups, logs, locks) goes to a temporary
    folder during tests, never to the real one (Linux: QStandardPaths reads XDG_DATA_HOME)."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("user-data"))


@pytest.fixture
def event_loop_qt(qapp):
    """The app's asyncio loop (qasync) in tests: coroutines progress inside qtbot.waitUntil."""
    import asyncio

    import qasync

    from avtoituba.gui.shell import tasks

    loop = qasync.QEventLoop(qapp, already_running=True)
    tasks.use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    yield loop
    tasks.shutdown(wait=True)
    # qasync marks an already-running loop as the thread's running loop; take the mark back
    # so that plain asyncio.run() works in later tests.
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
