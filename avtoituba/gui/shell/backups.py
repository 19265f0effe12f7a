"""Automatic backups of the open workshop, and File › Restore from backup.

The controller checks every few minutes whether the workshop file changed since the last
backup and, if so, copies it (SQLite online backup, as background work on the app's
loop through ``tasks.run_in_background``, so the window never waits) into the user's data folder: ``<AppData>/backups/<file stem>-<hash>/``.
Other parts of the app call ``backup_now(reason)`` at moments worth keeping (the agenda
timer at each block change): it is reached as ``context.services["backups"]``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from avtoituba.gui.forms.ui_restore_backup_dialog import Ui_RestoreBackupDialog
from avtoituba.gui.shell import tasks
from avtoituba.gui.shell.settings import user_data_dir as data_dir
from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.core import backup
    from avtoituba.store import db

    from avtoituba.gui.shell.main_window import MainWindow

log = logging.getLogger("avtoituba.backups")

INTERVAL_MS = 3 * 60 * 1000


def backup_folder(path: Path) -> Path:
    """Where the backups of the workshop file ``path`` go (one folder per file)."""
    path = Path(path).resolve()
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


class BackupController(QObject):
    """Backs up the open workshop when it changed, and on request."""

    backup_taken = Signal(object)  # backup.BackupInfo
    backup_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, timer: QTimer | None = None,
                 folder_for: Callable[[Path], Path] = backup_folder,
                 interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.folder_for = folder_for
        self.timer = timer or QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.path: Path | None = None
        self.folder: Path | None = None
        self.last: backup.BackupInfo | None = None
        self._monitor: backup.ChangeMonitor | None = None
        self._idle = threading.Event()  # set while no backup runs in the background
        self._idle.set()
        self._pending: str | None = None

    # -- what is watched ------------------------------------------------------------------
    def watch(self, store: db.Store | None) -> None:
        """Watch ``store`` from now on (None: nothing). The file watched until now gets a
        last backup first if it changed since its previous one."""
        new_path = store.path if store is not None and not store.read_only else None
        if new_path is not None and new_path == self.path:
            return
        self.stop()
        if new_path is None:
            return
        self.path = new_path
        from avtoituba.core import backup  # not at import: the window shows before SQLAlchemy

        self.folder = self.folder_for(new_path)
        self._monitor = backup.ChangeMonitor(new_path)
        self.timer.start()

    def stop(self) -> None:
        """Stop watching; a change not yet backed up is backed up now (a few ms)."""
        self.timer.stop()
        self.wait()
        if self.path is not None and self.changed() and self.path.exists():
            self._take(self.path, self.folder, "close", self._monitor.version())  # type: ignore[arg-type,union-attr]
        self.path = self.folder = self._monitor = None
        self._pending = None

    close = stop

    def changed(self) -> bool:
        return self._monitor is not None and self._monitor.changed()

    def busy(self) -> bool:
        return not self._idle.is_set()

    def wait(self, timeout: float | None = 30) -> None:
        """Wait for a backup in progress to finish its copy (closing)."""
        self._idle.wait(timeout)

    # -- taking backups -------------------------------------------------------------------
    def tick(self) -> None:
        if self.changed():
            self.backup_now("auto")

    def backup_now(self, reason: str = "manual") -> bool:
        """Start a backup of the open workshop in the background; False when none is open.

        A request while a backup is running is remembered and taken right after it.
        """
        if self.path is None or self._monitor is None:
            return False
        if self.busy():
            self._pending = reason
            return True
        version = self._monitor.version()
        path, folder = self.path, self.folder
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop runs (a script, a test): a few ms, right here
            self._take(path, folder, reason, version)  # type: ignore[arg-type]
            return True
        self._idle.clear()
        # under way at once (closing waits for it), finished on the app's loop
        from avtoituba.core import backup

        def work(_progress: tasks.Progress) -> backup.BackupInfo:
            try:
                info = backup.take_backup(path, folder, reason)  # type: ignore[arg-type]
                backup.rotate(folder)  # type: ignore[arg-type]
                return info
            finally:
                self._idle.set()

        tasks.start(self._finish(tasks.submit(work), path, version))
        return True

    def _take(self, path: Path, folder: Path, reason: str, version: object) -> None:
        from avtoituba.core import backup

        try:
            info = backup.take_backup(path, folder, reason)
            backup.rotate(folder)
        except (OSError, backup.BackupError) as exc:
            log.warning("backup of %s failed: %s", path, exc)
            self.backup_failed.emit(str(exc))
            return
        log.info("backup %s (%s)", info.path.name, reason)
        if self._monitor is not None and path == self.path:
            self._monitor.mark(version)  # type: ignore[arg-type]
        self.last = info
        self.backup_taken.emit(info)

    async def _finish(self, running: asyncio.Future[backup.BackupInfo], path: Path,
                      version: object) -> None:
        from avtoituba.core import backup

        try:
            info = await running
        except (OSError, backup.BackupError) as exc:
            log.warning("backup failed: %s: %s", path, exc)
            self.backup_failed.emit(f"{path}: {exc}")
        else:
            log.info("backup %s", info.path.name)
            if self._monitor is not None and info.path.parent == self.folder:
                self._monitor.mark(version)  # type: ignore[arg-type]
            self.last = info
            self.backup_taken.emit(info)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.backup_now(pending)


# -- File › Restore from backup ---------------------------------------------------------------

def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


class RestoreBackupDialog(QDialog):
    """Lists the backups of a workshop file with their time and content counts."""

    def __init__(self, folder: Path, can_replace: bool, parent: QWidget | None = None):
        from avtoituba.core import backup

        super().__init__(parent)
        self.folder = folder
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.chosen: backup.BackupInfo | None = None
        self.action: str | None = None  # "new" or "replace"
        self.backups = backup.list_backups(folder)
        table = self.ui.backupTable
        headers = [self.tr("Taken"), self.tr("Why"), self.tr("Activities"),
                   self.tr("Participants"), self.tr("Timer events"), self.tr("Workshop")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [self.format_time(info), self.reason_text(info.reason),
                     _count(info.activities), _count(info.participants),
                     _count(info.timer_events),
                     info.title if info.readable else self.tr("(damaged: cannot be restored)")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text or "")
                if 2 <= col <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not info.readable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        if self.backups:
            self.ui.folderLabel.setText(self.tr("Backups are kept in %1").replace(
                "%1", str(folder)))
        else:
            self.ui.folderLabel.setText(self.tr("There are no backups of this workshop yet. The first one is made a few "
                "minutes after the first change."))
        self.ui.replaceButton.setVisible(can_replace)
        self.ui.restoreNewButton.clicked.connect(lambda: self._choose("new"))
        self.ui.replaceButton.clicked.connect(lambda: self._choose("replace"))
        self.ui.openFolderButton.clicked.connect(self._open_folder)
        self.ui.openFolderButton.setEnabled(folder.is_dir())
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self._choose("new"))
        readable = [i for i, info in enumerate(self.backups) if info.readable]
        if readable:
            table.selectRow(readable[0])
        self._update_buttons()

    @staticmethod
    def format_time(info: backup.BackupInfo) -> str:
        local = info.taken_at.astimezone()
        return local.strftime("%d.%m.%Y %H:%M:%S")

    def reason_text(self, reason: str) -> str:
        names = {
            "auto": self.tr("automatic"),
            "manual": self.tr("on request"),
            "block": self.tr("block change"),
            "close": self.tr("on closing"),
            "before-restore": self.tr("before a restore"),
            "damaged": self.tr("damaged file kept"),
        }
        return names.get(reason, reason)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return info if info.readable else None

    def _update_buttons(self) -> None:
        ok = self.selected() is not None
        self.ui.restoreNewButton.setEnabled(ok)
        self.ui.replaceButton.setEnabled(ok)

    def _choose(self, action: str) -> None:
        info = self.selected()
        if info is None:
            return
        self.chosen, self.action = info, action
        self.accept()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def _warn(window: QWidget, headline: str, detail: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("RestoreBackup", "Restore from backup"), headline,
                      QMessageBox.StandardButton.Ok, window)
    box.setDetailedText(detail)
    box.exec()


def restore_from_backup(window: MainWindow) -> None:
    """File › Restore from backup…: choose a backup; restore it as a new file or in place."""
    from avtoituba.core import backup
    from avtoituba.store import db

    store = window.store
    if store.path is None:
        return
    controller: BackupController = window.backups
    controller.wait()
    folder = controller.folder or backup_folder(store.path)
    dialog = RestoreBackupDialog(folder, can_replace=not store.read_only, parent=window)
    if not dialog.exec() or dialog.chosen is None:
        return
    chosen = dialog.chosen
    if dialog.action == "new":
        suggestion = store.path.with_name(
            f"{store.path.stem}-{chosen.taken_at.astimezone():%Y%m%d-%H%M}{db.FILE_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("RestoreBackup", "Restore as a new file"), str(suggestion),
            fill(QCoreApplication.translate("RestoreBackup", "Workshop files (*%1);;All files (*)"), db.FILE_SUFFIX))
        if not path:
            return
        target = Path(path)
        if target.resolve() == store.path.resolve():
            _warn(window, QCoreApplication.translate("RestoreBackup", "Choose a different name from the open file."), "")
            return
        if target.exists():
            target.unlink()  # the save dialog has asked whether to replace it
        try:
            backup.restore_backup(chosen.path, target)
        except (OSError, backup.BackupError) as exc:
            _warn(window, QCoreApplication.translate("RestoreBackup", "The backup could not be restored."), str(exc))
            return
        window.open_path(target)
        return

    answer = QMessageBox.question(
        window, QCoreApplication.translate("RestoreBackup", "Restore from backup"),
        fill(QCoreApplication.translate("RestoreBackup", "Replace the open workshop with the backup of %1?\n\nThe workshop as it is now "
           "is kept as a backup first, so this can be undone by restoring that one."), RestoreBackupDialog.format_time(chosen)))
    if answer != QMessageBox.StandardButton.Yes:
        return
    path = store.path
    controller.stop()  # the current state gets its own backup first
    window._teardown_pages()  # closes the workshop; its lock stays held
    error = ""
    try:
        backup.restore_backup(chosen.path, path, safety_folder=folder)
    except (OSError, backup.BackupError) as exc:
        error = str(exc)
    try:
        window.set_store(db.open_store(path))
    except Exception as exc:
        log.exception("reopening after a restore failed")
        error = error or str(exc)
        window.set_store(db.open_store(chosen.path, read_only=True))
    if error:
        _warn(window, QCoreApplication.translate("RestoreBackup", "The backup could not be restored."), error)
    else:
        window.statusBar().showMessage(QCoreApplication.translate("RestoreBackup", "Restored the backup of %1").replace(
            "%1", RestoreBackupDialog.format_time(chosen)), 8000)
