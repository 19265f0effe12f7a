"""The File and Help menus' work: new, open, save a copy, details, preferences, about.

A mixin of :class:`~avtoituba.gui.shell.main_window.MainWindow` (which supplies
``settings``, ``store``, ``set_store`` and ``update_title``), kept apart so the window
module only lays out and wires.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from avtoituba.store import FILE_SUFFIX
from avtoituba.store.errors import Locked, WorkshopFileError

from avtoituba.gui.shell.help import UserGuideWindow, user_guide_path
from avtoituba.gui.shell.messages import file_error_text
from avtoituba.wording import fill

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from avtoituba.store.db import Store

    from avtoituba.gui.shell.settings import Settings


class FileCommands:
    settings: Settings
    _guide: UserGuideWindow | None

    # supplied by the window
    store: Store

    def set_store(self, store: Store) -> None:
        raise NotImplementedError

    def update_title(self) -> None:
        raise NotImplementedError

    def _me(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _start_dir(self) -> str:
        return str(self.settings.value("ui/last_dir") or Path.home())

    def _file_filter(self) -> str:
        return fill(translate("MainWindow", "Workshop files (*%1);;All files (*)"), FILE_SUFFIX)

    def new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._me(), translate("MainWindow", "New workshop"),
                                              self._start_dir(), self._file_filter())
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(FILE_SUFFIX)
        if target.exists():
            QMessageBox.warning(self._me(), translate("MainWindow", "New workshop"),
                                fill(translate("MainWindow", "“%1” already exists. Open it with File › Open, "
                                              "or choose another name."), target.name))
            return
        from avtoituba.core.workshop import new_workshop

        try:
            store = new_workshop(target, date=dt.date.today())
        except OSError as exc:
            self._show_os_error(translate("MainWindow", "The workshop could not be created."), exc)
            return
        self.settings.set_value("ui/last_dir", str(target.parent))
        self.set_store(store)
        self.edit_details()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._me(), translate("MainWindow", "Open a workshop"),
                                              self._start_dir(), self._file_filter())
        if path:
            self.settings.set_value("ui/last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        from avtoituba.store import db

        try:
            store = db.open_store(path, read_only=read_only)
        except WorkshopFileError as exc:
            if isinstance(exc, Locked):
                from avtoituba.gui.shell import lock

                if lock.offer_read_only_when_locked(self._me(), exc):
                    return self.open_path(path, read_only=True)
                return False
            if exc.code == "read_only" and not read_only:
                headline, advice = file_error_text(exc)
                answer = QMessageBox.question(
                    self._me(), translate("MainWindow", "Open a workshop"),
                    f"{headline}\n\n{advice}\n\n" + translate("MainWindow", "Open it read-only?"))
                if answer == QMessageBox.StandardButton.Yes:
                    return self.open_path(path, read_only=True)
                return False
            self.show_file_error(exc)
            if exc.code == "missing":
                self.settings.remove_recent_file(str(path))
            return False
        self.set_store(store)
        # False when the file is open in another avtoituba and the trainer cancelled.
        context = getattr(self, "context", None)
        return context is not None and context.store.path == store.path

    def show_file_error(self, error: WorkshopFileError) -> None:
        headline, advice = file_error_text(error)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Open a workshop"), headline,
                          QMessageBox.StandardButton.Ok, self._me())
        box.setInformativeText(advice)
        box.setDetailedText(error.message)
        box.exec()

    def _show_os_error(self, headline: str, exc: OSError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "avtoituba", headline,
                          QMessageBox.StandardButton.Ok, self._me())
        box.setInformativeText(translate("MainWindow", "Check that the folder exists, is writable and the "
                                        "disk is not full, then try again."))
        box.setDetailedText(str(exc))
        box.exec()

    def save_copy(self) -> None:
        if self.store.path is None:
            return
        suggestion = str(Path(self._start_dir()) / f"{self.store.path.stem}-koopia{FILE_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self._me(), translate("MainWindow", "Save a copy as"),
                                              suggestion, self._file_filter())
        if not path:
            return
        from avtoituba.store import db

        try:
            db.save_copy(self.store, Path(path))
        except OSError as exc:
            self._show_os_error(translate("MainWindow", "The copy could not be saved."), exc)
            return
        except ValueError:
            QMessageBox.warning(self._me(), translate("MainWindow", "Save a copy as"),
                                translate("MainWindow", "Choose a different name from the open file."))
            return
        window = self._me()
        window.statusBar().showMessage(  # type: ignore[attr-defined]
            fill(translate("MainWindow", "Copy saved: %1"), path), 5000)

    def restore_from_backup(self) -> None:
        from avtoituba.gui.shell import backups

        backups.restore_from_backup(self)  # type: ignore[arg-type]

    def edit_details(self) -> None:
        if self.store.read_only:
            return
        from avtoituba.gui.shell.dialogs import WorkshopDialog

        if WorkshopDialog(self.store, self._me()).exec():
            self.update_title()
            self.workshop_opened.emit(self.store)  # type: ignore[attr-defined]

    def edit_preferences(self) -> None:
        from avtoituba.gui.shell.dialogs import PreferencesDialog

        before = self.settings.language
        dialog = PreferencesDialog(self.settings, self._me())
        if dialog.exec() and self.settings.language != before:
            QMessageBox.information(self._me(), translate("MainWindow", "Preferences"),
                                    translate("MainWindow", "The new language takes effect when avtoituba "
                                             "is started again."))

    def import_returned_homework(self) -> None:
        from avtoituba.gui.returns import menu as returns_menu

        returns_menu.open_dialog(self)

    def show_scribes(self) -> None:
        """Groups write on their phones: the scribe-mode dialog (one per open workshop)."""
        context = getattr(self, "context", None)
        if context is None:
            return
        from avtoituba.gui.scribes.link import open_scribe_dialog

        try:
            page = self.page("activities")  # type: ignore[attr-defined]
        except (AttributeError, KeyError):
            page = None
        dialog = open_scribe_dialog(context, self._me(), getattr(page, "hub", None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_about(self) -> None:
        from avtoituba.gui.shell.dialogs import AboutDialog

        AboutDialog(self._me()).exec()

    def show_user_guide(self) -> None:
        path = user_guide_path(self.settings.language)
        if path is None:
            QMessageBox.information(self._me(), translate("MainWindow", "User guide"),
                                    translate("MainWindow", "The user guide is not installed with this copy "
                                             "of avtoituba."))
            return
        if self._guide is None:
            self._guide = UserGuideWindow(path, self._me())
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
