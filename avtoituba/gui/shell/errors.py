"""Unexpected errors: logged to a rotating file and shown in a calm dialog; the app goes on.

``install(log_dir)`` sets ``sys.excepthook`` and ``threading.excepthook``. Every edit is
committed to the workshop file the moment it is made, so the dialog can say plainly that
the work is saved; the log (``<AppData>/logs/avtoituba.log``, a few rotated files) keeps the
details for whoever looks into it later.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "avtoituba.log"
LOG_BYTES = 1_000_000
LOG_COUNT = 5

log = logging.getLogger("avtoituba")


def setup_logging(log_dir: Path) -> logging.Handler:
    """A rotating log file in ``log_dir`` for everything under the ``avtoituba`` logger."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    for old in list(log.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            log.removeHandler(old)
            old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


class ExceptionHandler(QObject):
    """Receives unhandled exceptions from any thread; shows them on the GUI thread."""

    _show = Signal(str, str)
    _show_known = Signal(object)

    def __init__(self, log_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.log_dir = Path(log_dir)
        self.handler = setup_logging(self.log_dir)
        self.shown: list[str] = []
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self._show.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)
        self._show_known.connect(self.show_file_error, Qt.ConnectionType.QueuedConnection)

    @property
    def log_file(self) -> Path:
        return self.log_dir / LOG_NAME

    def install(self) -> ExceptionHandler:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        log.removeHandler(self.handler)
        self.handler.close()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)  # type: ignore[arg-type]

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            log.error("unhandled exception\n%s", details.rstrip())
            self.handler.flush()
        except Exception:
            pass
        summary = f"{exc_type.__name__}: {exc}".strip()
        app = QApplication.instance()
        from avtoituba.store.errors import WorkshopFileError

        if isinstance(exc, WorkshopFileError):
            if exc.code == "damaged":
                return  # the window shows one message about it and turns read-only
            if app is not None:
                self._show_known.emit(exc)
                return
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
        elif QThread.currentThread() is app.thread():
            self.show_dialog(summary, details)
        else:
            self._show.emit(summary, details)

    def show_dialog(self, summary: str, details: str) -> None:
        self.shown.append(summary)
        if self._showing:  # one dialog at a time; the rest is in the log
            return
        self._showing = True
        try:
            box = ErrorDialog(summary, details, self.log_file,
                              QApplication.activeWindow())
            box.exec()
        finally:
            self._showing = False


    def show_file_error(self, error: object) -> None:
        """A known store error met after opening (the disk is full): its own words."""
        from avtoituba.gui.shell.messages import file_error_text

        self.shown.append(str(error))
        if self._showing:
            return
        self._showing = True
        try:
            headline, advice = file_error_text(error)  # type: ignore[arg-type]
            box = QMessageBox(QMessageBox.Icon.Warning, "avtoituba", headline,
                              QMessageBox.StandardButton.Ok, QApplication.activeWindow())
            box.setInformativeText(advice)
            box.exec()
        finally:
            self._showing = False


class ErrorDialog(QMessageBox):
    def __init__(self, summary: str, details: str, log_file: Path, parent=None):
        super().__init__(parent)
        self.log_file = log_file
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
        self.setText(QCoreApplication.translate(
            "ErrorDialog", "avtoituba ran into an unexpected problem, but your work is saved."))
        self.setInformativeText(QCoreApplication.translate(
            "ErrorDialog", "Everything entered before this is safe in the workshop file, and "
            "you can keep working. If the last action did not take effect, do it again. The "
            "details are written to the log file:\n%1").replace("%1", str(log_file)))
        # No traceback, SQL or library address in the dialog: the log file keeps them.
        self.log_button = self.addButton(
            QCoreApplication.translate("ErrorDialog", "Show the &log folder"),
            QMessageBox.ButtonRole.ActionRole)
        self.log_button.clicked.connect(self.open_log_folder)
        self.addButton(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(QMessageBox.StandardButton.Ok)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def install(log_dir: Path, parent: QObject | None = None) -> ExceptionHandler:
    """Route unhandled exceptions to the log file and the dialog (the app keeps running)."""
    return ExceptionHandler(log_dir, parent).install()
