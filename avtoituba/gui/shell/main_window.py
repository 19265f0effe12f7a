"""The main window: a page for each part of the day, menus, and the open workshop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from avtoituba.store import FILE_SUFFIX
from avtoituba.store.errors import Locked, WorkshopFileError

from avtoituba.gui.projector.window import StageWindow
from avtoituba.gui.returns import menu as returns_menu
from avtoituba.gui.shell import backups, lock
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.formats import format_date
from avtoituba.gui.shell.help import UserGuideWindow, user_guide_path
from avtoituba.gui.shell.messages import file_error_text
from avtoituba.gui.shell.settings import Settings
from avtoituba.gui.shell.state import restore_splitter, save_splitter
from avtoituba.resources import resource_path

if TYPE_CHECKING:
    from avtoituba.store.db import Store

    from avtoituba.gui.shell.page import Page
    from avtoituba.gui.shell.pages import PageSpec

# SQLAlchemy, the pages and the dialogs are imported when first needed, not at start-up,
# so the window can be on screen before the workshop file is read.


@dataclass
class _Slot:
    """A page's place in the window: its container in the stack, the page once built."""

    spec: PageSpec
    factory: Callable[[AppContext], Page]
    container: QWidget
    page: Page | None = None
    menu_actions: list[QAction] = field(default_factory=list)


def page_icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def standard_key(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's shortcut for ``key``, or ``fallback`` where it has none (Windows, for
    Quit and Preferences), so every menu shows a shortcut."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


class MainWindow(QMainWindow):
    workshop_opened = Signal(object)  # the Store

    def __init__(self, store: Store | None, settings: Settings,
                 page_factories: tuple[Callable[[AppContext], Page], ...] | None = None):
        """``store`` may be None: the window shows itself empty until set_store()."""
        super().__init__()
        self.settings = settings
        self.page_factories = page_factories
        self.undo_stack = QUndoStack(self)
        # A top-level window of its own (not transient for this one, so it never sits
        # on top of the trainer's window on a single screen); deleted on close.
        self.stage = StageWindow()
        self._closed = False
        self.context: AppContext | None = None
        self._slots: list[_Slot] = []
        self._page_menus: list[QAction] = []
        self.locks = lock.WorkshopLocks()
        self.backups = backups.BackupController(self)

        self.setObjectName("mainWindow")
        self.setWindowIcon(page_icon("avtoituba"))
        self.nav = QListWidget()
        self.nav.setObjectName("pageNav")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setMinimumWidth(160)
        self.nav.setWordWrap(True)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        # The sidebar's width is the trainer's to choose, and remembered.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1000])
        restore_splitter(settings, "window/splitter", self.splitter)
        self.setCentralWidget(self.splitter)
        self._guide: UserGuideWindow | None = None
        self.nav.currentRowChanged.connect(self._show_page)

        self._build_menus()
        self.setWindowTitle("avtoituba")
        if store is not None:
            self.set_store(store)
        geometry = settings.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- menus ----------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New workshop…"), self.new_file,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_file,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_copy_action = self._action(self.tr("Save a &copy as…"), self.save_copy,
                                             "Ctrl+Shift+S")
        self.restore_action = self._action(self.tr("&Restore from backup…"),
                                           lambda: backups.restore_from_backup(self))
        self.restore_action.setEnabled(False)
        self.details_action = self._action(self.tr("Workshop &details…"), self.edit_details,
                                           "Ctrl+I")
        self.quit_action = self._action(self.tr("&Quit"), self.close,
                                        standard_key(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for item in (self.new_action, self.open_action):
            self.file_menu.addAction(item)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.details_action)
        self.file_menu.addSeparator()
        self.file_menu_extra = self.file_menu.addSeparator()
        returns_menu.install(self)   # File › Import returned homework…
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.prefs_action = self._action(self.tr("&Preferences…"), self.edit_preferences,
                                         standard_key(QKeySequence.StandardKey.Preferences,
                                                      "Ctrl+,"))
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.edit_menu.addAction(self.prefs_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.stage_action = self._action(self.tr("&Projector window"), self.toggle_stage, "F5")
        self.stage_action.setCheckable(True)
        self.blackout_action = self._action(
            self.tr("&Blackout projector"), lambda: self.stage.set_blackout(
                self.blackout_action.isChecked()), "Ctrl+B")
        self.blackout_action.setCheckable(True)
        self.stage.visibility_changed.connect(self.stage_action.setChecked)
        self.stage.blackout_changed.connect(self.blackout_action.setChecked)
        self.view_menu.addAction(self.stage_action)
        self.view_menu.addAction(self.blackout_action)
        self.view_menu.addSeparator()
        self.page_actions_separator = self.view_menu.addSeparator()

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_user_guide,
                                         QKeySequence.StandardKey.HelpContents)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About avtoituba"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent workshops"))
            empty.setEnabled(False)
            return
        for i, path in enumerate(recent, start=1):
            label = f"&{i % 10} {Path(path).name}" if i <= 10 else Path(path).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear the list"))
        clear.triggered.connect(lambda: self.settings.set_value("files/recent", []))

    # -- the workshop ---------------------------------------------------------------------
    @property
    def store(self) -> Store:
        assert self.context is not None
        return self.context.store

    def set_store(self, store: Store) -> None:
        """Show ``store`` in the window, replacing the workshop shown before."""
        store = self.locks.claim(store, self)
        if store is None:
            return
        self.backups.watch(store)
        if self.page_factories is None:
            from avtoituba.gui.shell.pages import PAGE_FACTORIES

            self.page_factories = PAGE_FACTORIES
        current = self.nav.currentRow()
        self._teardown_pages()
        self.undo_stack.clear()
        self.context = AppContext(store=store, settings=self.settings,
                                  undo_stack=self.undo_stack, stage=self.stage)
        self.context.services["backups"] = self.backups
        self.locks.keep_only(store)
        from avtoituba.gui.shell.pages import PageSpec

        for i, factory in enumerate(self.page_factories):
            built = None
            if isinstance(factory, PageSpec):
                spec = factory
            else:  # a plain factory (tests): build it now to learn its key and title
                built = factory(self.context)
                spec = PageSpec(built.key, built.title, built.icon_name(), factory)
            container = QWidget()
            container.setObjectName(f"slot_{spec.key}")
            QVBoxLayout(container).setContentsMargins(0, 0, 0, 0)
            self._slots.append(_Slot(spec, factory, container))
            self.stack.addWidget(container)
            if built is not None:
                self._place(i, built)
            item = QListWidgetItem(page_icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(200, 48))
            self.nav.addItem(item)
            action = self._action(spec.title(), lambda n=i: self.show_page(n), f"Ctrl+{i + 1}")
            self.view_menu.insertAction(self.page_actions_separator, action)
            self._page_menus.append(action)
        self.show_page(current if 0 <= current < len(self._slots) else 0)
        self._build_next_page_later()
        self.save_copy_action.setEnabled(store.path is not None)
        self.restore_action.setEnabled(store.path is not None)
        self.details_action.setEnabled(not store.read_only)
        if store.path is not None:
            self.settings.add_recent_file(store.path)
        self.update_title()
        self.workshop_opened.emit(store)

    # -- pages, built when first needed -------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """Every page of the workshop (building those not built yet)."""
        return [self._ensure_page(i) for i in range(len(self._slots))]

    def _ensure_page(self, index: int) -> Page:
        slot = self._slots[index]
        if slot.page is None:
            assert self.context is not None
            self._place(index, slot.factory(self.context))
        assert slot.page is not None
        return slot.page

    def _place(self, index: int, page: Page) -> None:
        slot = self._slots[index]
        slot.page = page
        slot.container.layout().addWidget(page)
        # Page menus stand in page order before Help, whichever page is built first.
        before = self.help_menu.menuAction()
        for later in self._slots[index + 1:]:
            if later.menu_actions:
                before = later.menu_actions[0]
                break
        for menu in page.menus():
            action = self.menuBar().insertMenu(before, menu)
            slot.menu_actions.append(action)
            self._page_menus.append(action)

    def _build_next_page_later(self) -> None:
        if any(slot.page is None for slot in self._slots):
            QTimer.singleShot(0, self, self._build_next_page)

    def _build_next_page(self) -> None:
        for i, slot in enumerate(self._slots):
            if slot.page is None and self.context is not None:
                self._ensure_page(i)
                self._build_next_page_later()
                return

    def _teardown_pages(self) -> None:
        built = [slot.page for slot in self._slots if slot.page is not None]
        for page in built:
            page.shutdown()
        for action in self._page_menus:
            self.menuBar().removeAction(action)
            self.view_menu.removeAction(action)
        self._page_menus.clear()
        self.nav.clear()
        for slot in self._slots:
            self.stack.removeWidget(slot.container)
            slot.container.deleteLater()
        self._slots.clear()
        if self.context is not None:
            self.context.store.close()
            self.context = None

    def update_title(self) -> None:
        from avtoituba.core.workshop import workshop_header

        header = workshop_header(self.store)
        parts = [header.title]
        if header.date:
            parts.append(format_date(header.date))
        title = " – ".join(parts)
        if self.store.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(f"{title} — avtoituba")
        if self.store.path:
            self.setWindowFilePath(str(self.store.path))

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self._slots):
            page = self._ensure_page(index)
            self.stack.setCurrentIndex(index)
            page.activated()

    def current_page(self) -> Page | None:
        index = self.stack.currentIndex()
        return self._ensure_page(index) if 0 <= index < len(self._slots) else None

    def page(self, key: str) -> Page:
        for i, slot in enumerate(self._slots):
            if slot.spec.key == key:
                return self._ensure_page(i)
        raise KeyError(key)

    # -- file actions ---------------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.settings.value("ui/last_dir") or Path.home())

    def _file_filter(self) -> str:
        return self.tr("Workshop files (*%1);;All files (*)").replace("%1", FILE_SUFFIX)

    def new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New workshop"), self._start_dir(),
                                              self._file_filter())
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(FILE_SUFFIX)
        if target.exists():
            QMessageBox.warning(self, self.tr("New workshop"),
                                self.tr("“%1” already exists. Open it with File › Open, or "
                                        "choose another name.").replace("%1", target.name))
            return
        from avtoituba.core.workshop import new_workshop

        try:
            store = new_workshop(target, date=dt.date.today())
        except OSError as exc:
            self._show_os_error(self.tr("The workshop could not be created."), exc)
            return
        self.settings.set_value("ui/last_dir", str(target.parent))
        self.set_store(store)
        self.edit_details()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a workshop"), self._start_dir(),
                                              self._file_filter())
        if path:
            self.settings.set_value("ui/last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        from avtoituba.store import db

        try:
            store = db.open_store(path, read_only=read_only)
        except WorkshopFileError as exc:
            if isinstance(exc, Locked):
                if lock.offer_read_only_when_locked(self, exc):
                    return self.open_path(path, read_only=True)
                return False
            if exc.code == "read_only" and not read_only:
                headline, advice = file_error_text(exc)
                answer = QMessageBox.question(
                    self, self.tr("Open a workshop"),
                    f"{headline}\n\n{advice}\n\n" + self.tr("Open it read-only?"))
                if answer == QMessageBox.StandardButton.Yes:
                    return self.open_path(path, read_only=True)
                return False
            self.show_file_error(exc)
            if exc.code == "missing":
                self.settings.remove_recent_file(str(path))
            return False
        self.set_store(store)
        # False when the file is open in another avtoituba and the trainer cancelled.
        return self.context is not None and self.context.store.path == store.path

    def show_file_error(self, error: WorkshopFileError) -> None:
        headline, advice = file_error_text(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open a workshop"), headline,
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(advice)
        box.setDetailedText(error.message)
        box.exec()

    def _show_os_error(self, headline: str, exc: OSError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "avtoituba", headline,
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("Check that the folder exists, is writable and the "
                                       "disk is not full, then try again."))
        box.setDetailedText(str(exc))
        box.exec()

    def save_copy(self) -> None:
        if self.store.path is None:
            return
        suggestion = str(Path(self._start_dir()) / f"{self.store.path.stem}-koopia{FILE_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), suggestion,
                                              self._file_filter())
        if not path:
            return
        from avtoituba.store import db

        try:
            db.save_copy(self.store, Path(path))
        except (OSError, ValueError) as exc:
            if isinstance(exc, OSError):
                self._show_os_error(self.tr("The copy could not be saved."), exc)
            else:
                QMessageBox.warning(self, self.tr("Save a copy as"),
                                    self.tr("Choose a different name from the open file."))
            return
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", path), 5000)

    def edit_details(self) -> None:
        if self.store.read_only:
            return
        from avtoituba.gui.shell.dialogs import WorkshopDialog

        if WorkshopDialog(self.store, self).exec():
            self.update_title()
            self.workshop_opened.emit(self.store)

    def edit_preferences(self) -> None:
        from avtoituba.gui.shell.dialogs import PreferencesDialog

        before = self.settings.language
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() and self.settings.language != before:
            QMessageBox.information(self, self.tr("Preferences"),
                                    self.tr("The new language takes effect when avtoituba is "
                                            "started again."))

    def show_about(self) -> None:
        from avtoituba.gui.shell.dialogs import AboutDialog

        AboutDialog(self).exec()

    def show_user_guide(self) -> None:
        path = user_guide_path(self.settings.language)
        if path is None:
            QMessageBox.information(self, self.tr("User guide"),
                                    self.tr("The user guide is not installed with this copy of "
                                            "avtoituba."))
            return
        if self._guide is None:
            self._guide = UserGuideWindow(path, self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def toggle_stage(self) -> None:
        if self.stage.isVisible():
            self.stage.hide()
            self.stage.visibility_changed.emit(False)
        else:
            self.stage.present(str(self.settings.value("stage/screen") or ""))

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.settings.set_value("window/geometry", self.saveGeometry())
            save_splitter(self.settings, "window/splitter", self.splitter)
            self.settings.sync()
            self.backups.stop()
            self._teardown_pages()
            self.locks.release_all()
            self.stage.close()
            self.stage.deleteLater()
        super().closeEvent(event)
