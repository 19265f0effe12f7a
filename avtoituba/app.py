"""Start-up: the QApplication, translations, the qasync event loop and the main window."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def user_data_dir() -> Path:
    from avtoituba.gui.shell.settings import user_data_dir as folder

    return folder()


def demo_path() -> Path:
    return user_data_dir() / "demo.avtoituba"


def open_start_store(workshop_file: str | None, demo: bool, read_only: bool, settings,
                     lazily: bool = False):
    """The workshop to show first: the file asked for, the demo, or the last one opened.

    ``lazily``: an existing, ordinary workshop file comes as a first_look.LazyStore (its
    first page is read without SQLAlchemy; ``open_fully`` opens the rest); anything else is
    opened (or created) as always, with the same errors."""
    from avtoituba.store.first_look import open_lazily

    target, only_read = None, read_only
    if workshop_file:
        if os.path.lexists(Path(workshop_file).expanduser()) or read_only:
            target = workshop_file
        else:
            from avtoituba.core.workshop import open_or_create

            return open_or_create(workshop_file, read_only=read_only)
    elif not demo and (last := settings.value("files/last_opened")) and Path(last).exists():
        target = last
    elif demo_path().exists():
        target, only_read = demo_path(), False
    else:
        from avtoituba.core.demo import create_demo

        return create_demo(demo_path())
    store = open_lazily(target, only_read) if lazily else None
    if store is None:
        from avtoituba.store.db import open_store

        store = open_store(target, read_only=only_read)
    return store


def open_fully(window, settings) -> bool:
    """Open the shown workshop's full store if it was opened lazily; when that fails (the
    file changed since its first look), say why and show the demo instead, as at start-up.
    False: nothing is shown any more (the window was closed)."""
    from avtoituba.store.errors import WorkshopFileError
    from avtoituba.store.first_look import LazyStore

    store = window.context.store if window.context is not None else None
    if not isinstance(store, LazyStore):
        return window.context is not None
    try:
        store.open_fully()
        return True
    except WorkshopFileError as exc:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from avtoituba.gui.shell.messages import file_error_text

        headline, advice = file_error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, "avtoituba", headline, parent=window)
        box.setInformativeText(advice + "\n\n" + QApplication.translate(
            "Startup", "The demo workshop opens instead."))
        box.setDetailedText(exc.message)
        box.exec()
    window.set_store(open_start_store(None, True, False, settings))
    if window.context is None:
        window.close()
        return False
    return True


def load_style(app) -> None:
    from avtoituba.resources import resource

    qss = resource("style.qss")
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def run_gui(workshop_file: str | None = None, demo: bool = False, read_only: bool = False,
            lang: str | None = None) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from avtoituba.store.errors import Locked, WorkshopFileError

    from avtoituba import APP_NAME, ORG_NAME, __version__
    from avtoituba.gui.shell.i18n import install_translators
    from avtoituba.gui.shell.settings import Settings
    from avtoituba.resources import resource_path

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("ee.avtoituba.Avtoituba")
    # Sharp on 125 %/150 % laptop screens: fractional scale factors, not rounded ones.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "avtoituba.svg"))))
    from avtoituba.gui.shell import errors
    errors.install(user_data_dir() / "logs", app)
    settings = Settings()
    install_translators(lang or settings.language)
    load_style(app)
    # The style sheet uses palette roles: re-apply it when the system turns light or dark.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: load_style(app))

    # qasync's loop is the app's loop from here on: Qt events and asyncio share it, so
    # background work (backups, exports) awaits its executor while the timer ticks.
    import qasync

    from avtoituba.gui.shell import tasks

    loop = qasync.QEventLoop(app)
    tasks.use_plain_threads(loop)
    asyncio.set_event_loop(loop)

    from avtoituba.gui.shell.lock import offer_read_only, offer_read_only_when_locked
    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.messages import file_error_text

    # The window goes on screen first; the workshop file (and SQLAlchemy) is read after.
    window = MainWindow(None, settings)
    window.show()
    app.processEvents()
    bench = bool(os.environ.get("AVTOITUBA_EXIT_AFTER_SHOW"))
    if bench:
        print(f"shown {time.perf_counter() - _T0:.4f}", flush=True)

    try:
        store = open_start_store(workshop_file, demo, read_only, settings, lazily=True)
    except WorkshopFileError as exc:
        headline, advice = file_error_text(exc)
        if isinstance(exc, Locked):
            if not offer_read_only_when_locked(window, exc):
                window.close()
                return 0
            store = open_start_store(workshop_file or exc.path, demo, True, settings)
        elif exc.code == "read_only" and not read_only and offer_read_only(
                window, "avtoituba", headline, advice):
            store = open_start_store(workshop_file, demo, True, settings)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, "avtoituba", headline, parent=window)
            box.setInformativeText(advice + "\n\n" + app.translate(
                "Startup", "The demo workshop opens instead."))
            box.setDetailedText(exc.message)
            box.exec()
            store = open_start_store(None, True, False, settings)
    window.set_store(store)
    if window.context is None:  # the file is open in another avtoituba and the user cancelled
        window.close()
        return 0
    # The first page was read from the file's first look: paint it, then open the rest
    # (SQLAlchemy) before the event loop hands the trainer's first key or click to a page.
    window.repaint()
    if bench:
        # Benchmarks: report the time to the workshop painted (its first page), then quit.
        heavy = [m for m in ("sqlalchemy", "docx", "alembic", "avtoituba.export.documents",
                             "avtoituba.export.group_lists") if m in sys.modules]
        print(f"ready {time.perf_counter() - _T0:.4f} off-path-loaded:{','.join(heavy)}",
              flush=True)
    if not open_fully(window, settings):
        return 0
    if bench:
        print(f"editable {time.perf_counter() - _T0:.4f}", flush=True)

        def _quit() -> None:
            window.close()
            app.quit()

        QTimer.singleShot(0, _quit)

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
        # What closing the window started (scribe mode closing its port and connections)
        # ends on the loop before the loop closes.
        loop.run_until_complete(tasks.drain())
    tasks.shutdown(wait=True)
    return 0
