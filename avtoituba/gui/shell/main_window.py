"""The main window: a page for each part of the day, menus, and the open workshop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
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

from avtoituba.gui.projector.window import StageWindow
from avtoituba.gui.shell import backups, lock, placement, window_actions
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.file_commands import FileCommands
from avtoituba.gui.shell.formats import format_date
from avtoituba.gui.shell.help import UserGuideWindow
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


class MainWindow(FileCommands, QMainWindow):
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
        self.stage = StageWindow(settings=settings, avoid=self)
        self._closed = False
        self._placed = False
        self.context: AppContext | None = None
        self.damage_box: QMessageBox | None = None
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
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)  # "Osalejad ja / grupid"
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        from avtoituba.gui.shell.compact_clock import CompactClock

        self.clock = CompactClock()
        self.clock.clicked.connect(lambda: self.show_page_key("agenda"))
        self.clock.started_changed.connect(self.stage.set_day_started)
        self.clock.state_read.connect(self.stage.show_state)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.nav, 1)
        side.addWidget(self.clock)
        self.stack = QStackedWidget()
        # The sidebar's width is the trainer's to choose, and remembered.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1000])
        restore_splitter(settings, "window/splitter", self.splitter)
        self.setCentralWidget(self.splitter)
        # made now, not by the first message: a status appearing never moves the controls
        self.statusBar().setSizeGripEnabled(False)
        self._guide: UserGuideWindow | None = None
        self.nav.currentRowChanged.connect(self._show_page)

        self._build_menus()
        self.setWindowTitle("avtoituba")
        if store is not None:
            self.set_store(store)
        placement.restore_window(self, settings, "window/geometry")
        self._restored = self.geometry()

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.actions_by_key = build_actions(self, window_actions.ACTIONS)
        window_actions.finish(self)
        self.restore_action.setEnabled(False)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(window_actions.redo_keys())
        self.addActions([self.undo_action, self.redo_action])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.stage.visibility_changed.connect(self.stage_action.setChecked)
        self.stage.blackout_changed.connect(self.blackout_action.setChecked)

        bar = self.menuBar()
        menus = []
        for title, keys in window_actions.MENUS:
            menu = bar.addMenu(QCoreApplication.translate("MainWindow", title))
            menus.append(menu)
            for key in keys:
                if key == "-":
                    menu.addSeparator()
                elif key == "recent":
                    menu.addMenu(self.recent_menu)
                elif key == "pages":
                    self.page_actions_separator = menu.addSeparator()
                else:
                    menu.addAction(getattr(self, f"{key}_action"))
        self.file_menu, self.edit_menu, self.view_menu, self.help_menu = menus

    def all_actions(self) -> list[QAction]:
        """Every action of this window: its own, the undo stack's, every built page's."""
        return self.findChildren(QAction)

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
    def store(self) -> Store:  # type: ignore[override]
        assert self.context is not None
        return self.context.store

    def set_store(self, store: Store) -> None:
        """Show ``store`` in the window, replacing the workshop shown before."""
        claimed = self.locks.claim(store, self)
        if claimed is None:
            return
        store = claimed
        store.on_damage = self._store_damaged
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
        self._add_slots()
        self.show_page(current if 0 <= current < len(self._slots) else 0)
        self._build_next_page_later()
        self.save_copy_action.setEnabled(store.path is not None)
        self.restore_action.setEnabled(store.path is not None)
        self.details_action.setEnabled(not store.read_only)
        self.import_returns_action.setEnabled(not store.read_only)
        self.scribes_action.setEnabled(not store.read_only)
        if store.path is not None:
            self.settings.add_recent_file(store.path)
        self.update_title()
        self.clock.follow(self.context)
        self.workshop_opened.emit(store)

    def _add_slots(self) -> None:
        from avtoituba.gui.shell.pages import PageSpec

        assert self.context is not None and self.page_factories is not None
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
            # as wide as the list, two lines high: a long name wraps ("Osalejad ja / grupid")
            self.nav.ensurePolished()  # the style sheet's font and padding
            item.setSizeHint(QSize(120, max(48, 2 * self.nav.fontMetrics().lineSpacing() + 20)))
            self.nav.addItem(item)
            action = QAction(spec.title(), self)
            action.setObjectName(f"page_{spec.key}_action")
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, n=i: self.show_page(n))
            self.view_menu.insertAction(self.page_actions_separator, action)
            self._page_menus.append(action)

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
        shown = getattr(page, "state_shown", None)
        if shown is not None:  # the agenda's tick: the compact clock shows the same state
            shown.connect(self.clock.show_state)
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
        for action in page.file_actions():
            self.file_menu.insertAction(self.import_returns_action, action)
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

    # -- damage found after opening ---------------------------------------------------------
    def _store_damaged(self, error: object) -> None:
        """The store met damage while reading and turned itself read-only (it tells once).
        Called in the middle of whatever read met it: show the message and rebuild the
        pages read-only once that is over."""
        QTimer.singleShot(0, self, lambda: self._show_damage(error))

    def _show_damage(self, error: object) -> None:
        from avtoituba.gui.shell.messages import damage_text

        if self.context is None:
            return
        store = self.context.store
        headline, advice = damage_text(store.path, _newest_backup(store.path))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The workshop file is damaged"),
                          headline, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(advice)
        box.setDetailedText(str(error))
        self.damage_box = box
        box.open()
        # Editing off: the window's own editing actions and undo (a replay would write);
        # the pages ask context.read_only before each edit, and the store refuses any
        # write that still gets through. (Rebuilding the pages here crashed on close in
        # PySide6 6.11 when a page had failed half-way through its construction.)
        self.undo_stack.clear()
        for action in (self.details_action, self.import_returns_action, self.scribes_action):
            action.setEnabled(False)
        self.update_title()

    def _teardown_pages(self) -> None:
        self.clock.follow(None)
        built = [slot.page for slot in self._slots if slot.page is not None]
        for page in built:
            page.shutdown()
        for action in self._page_menus:
            self.menuBar().removeAction(action)
            self.view_menu.removeAction(action)
            self.file_menu.removeAction(action)
            if action.parent() is self:
                action.deleteLater()
        self._page_menus.clear()
        # Quietly: clearing the list moves its current row, which would build a page of the
        # workshop being closed.
        with QSignalBlocker(self.nav):
            self.nav.clear()
        for slot in self._slots:
            self.stack.removeWidget(slot.container)
            slot.container.deleteLater()
        self._slots.clear()
        if self.context is not None:
            scribes = self.context.services.pop("scribes", None)
            if scribes is not None:
                scribes.shutdown()  # type: ignore[attr-defined]  # the port closes with the file
            self.context.store.close()
            self.context = None

    def update_title(self) -> None:
        from avtoituba.core.workshop import workshop_header
        from avtoituba.store.errors import Damaged

        try:
            header = workshop_header(self.store)
        except Damaged:  # the window says so; the title shows the file's name meanwhile
            self.setWindowTitle(f"{self.store.name} {self.tr('[read-only]')} — avtoituba")
            return
        parts = [header.title]
        if header.date:
            parts.append(format_date(header.date))
        title = " – ".join(parts)
        if self.store.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(f"{title} — avtoituba")
        if self.store.path:
            self.setWindowFilePath(str(self.store.path))
        from avtoituba.core.agenda import day_start_s, load_blocks, seconds_to_time

        self.stage.set_workshop(header, seconds_to_time(day_start_s(load_blocks(self.store))))

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def show_page_key(self, key: str) -> None:
        for i, slot in enumerate(self._slots):
            if slot.spec.key == key:
                self.show_page(i)
                return

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

    # -- the projector --------------------------------------------------------------------
    def toggle_stage(self) -> None:
        if self.stage.isVisible():
            self.stage.hide()
        else:
            self.stage.present()

    def toggle_blackout(self) -> None:
        self.stage.set_blackout(self.blackout_action.isChecked())

    def stage_next_page(self) -> None:
        self.stage.turn_page(1)

    def stage_previous_page(self) -> None:
        self.stage.turn_page(-1)

    def choose_stage_screen(self) -> None:
        from avtoituba.gui.projector.screen_dialog import ScreenDialog

        dialog = ScreenDialog(self.stage.screen_name(), self)
        if dialog.exec():
            self.stage.set_screen_name(dialog.chosen())
            if self.stage.isVisible():
                self.stage.present()

    # -- window -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            # the frame is known now: keep title bar and all inside the screen (unless the
            # window was given another size since it was placed)
            QTimer.singleShot(0, self, self._fit_once_framed)
            if self.settings.value("stage/open"):
                QTimer.singleShot(0, self, self.stage.present)

    def _fit_to_screen(self) -> None:
        if self.size() == self._restored.size():
            placement.fit_window(self)

    def _fit_once_framed(self, tries: int = 40) -> None:
        """On X11 the title bar arrives after the window was shown (no event tells it): look
        again for a while and fit once more when it is known, or a window as tall as a
        1280×800 screen keeps its title bar above the screen's edge."""
        if self._closed:
            return
        if placement.has_frame(self):
            self._fit_to_screen()
        elif tries > 0:
            QTimer.singleShot(50, self, lambda: self._fit_once_framed(tries - 1))

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            placement.save_window(self, self.settings, "window/geometry")
            self.settings.set_value("stage/open", self.stage.isVisible())
            save_splitter(self.settings, "window/splitter", self.splitter)
            self.stage.remember()
            self.settings.sync()
            self.backups.stop()
            self._teardown_pages()
            self.locks.release_all()
            self.stage.close()
            self.stage.deleteLater()
        super().closeEvent(event)


def _newest_backup(path: Path | None):
    """The newest readable backup of the workshop file ``path`` (None: none yet)."""
    if path is None:
        return None
    from avtoituba.core.backup import list_backups

    try:
        found = [b for b in list_backups(backups.backup_folder(path)) if b.readable]
    except OSError:
        return None
    return max(found, key=lambda b: b.taken_at, default=None)
