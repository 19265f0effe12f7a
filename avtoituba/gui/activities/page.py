"""The Activities page: live capture of every group's proposed activities.

A column per group (theme statement, quick-add line, list), the selected activity's editor
and the deck's ideas beside them, a filter bar over all of it, a coverage grid and a
per-municipality view, and the projector wall on the stage window. Every change is written
to the workshop file before the page shows it, and goes on the shared undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import (
    ActivityFilter,
    ActivityRow,
    Capture,
    CaptureError,
    coverage_from_rows,
)

from avtoituba.gui.activities.column import ActivityColumn
from avtoituba.gui.activities.commands import (
    AddCommand,
    DeleteCommand,
    EditCommand,
    MoveGroupCommand,
    ReorderActivityCommand,
)
from avtoituba.gui.activities.coverage_grid import CoverageGrid
from avtoituba.gui.activities.editor import ActivityEditor
from avtoituba.gui.activities.idea_panel import IdeaPanel
from avtoituba.gui.activities.model import ActivityHub, GroupActivityModel
from avtoituba.gui.activities.municipality_view import MunicipalityView
from avtoituba.gui.projector.wall import ActivityWall
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page

WALL_SCENE = "wall"

PAGE_STYLE = """
QFrame[groupColumn="true"] { border: 1px solid palette(mid); border-radius: 6px; }
QFrame[groupColumn="true"][current="true"] { border: 2px solid palette(highlight); }
#groupHeading { font-size: 13pt; font-weight: 700; }
#groupCount { color: palette(placeholder-text); }
#groupStatement { color: palette(placeholder-text); }
#quickAddMessage, #editorStatus { color: #b3261e; }
#editorSaved { color: palette(placeholder-text); }
#coverageSummary { font-size: 11pt; }
#municipalityHeading { font-size: 13pt; font-weight: 600; }
"""


class CapturePage(Page):
    key = "activities"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setStyleSheet(PAGE_STYLE)
        self.capture = Capture(context.store)
        self.hub = ActivityHub(self.capture, self)
        self.undo_stack = context.undo_stack
        self._groups = self.hub.groups()
        self._areas = self.hub.areas()
        self.models: dict[int, GroupActivityModel] = {
            g.id: GroupActivityModel(self.hub, g, self) for g in self._groups}
        self._current_group = self._groups[0].id if self._groups else None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_views)

        self._build_filter_bar()
        self._build_groups_view()
        self.coverage = CoverageGrid()
        self.coverage.cell_clicked.connect(self.filter_to_cell)
        self.municipality_view = MunicipalityView()
        self.municipality_view.changed_selection.connect(self._refresh_municipality_rows)
        self.municipality_view.activity_opened.connect(self.show_activity)

        self.views = QTabWidget()
        self.views.setObjectName("activityViews")
        self.views.setDocumentMode(True)
        self.views.addTab(self.groups_view, self.tr("Groups"))
        self.views.addTab(self.coverage, self.tr("Coverage"))
        self.views.addTab(self.municipality_view, self.tr("By municipality"))
        self.views.currentChanged.connect(lambda _i: self._refresh_views())

        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.filter_bar)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)

        self.wall = ActivityWall()
        self.wall.step_requested.connect(self.wall_step)
        self.wall.number_requested.connect(self.wall_show_number)
        context.stage.add_scene(WALL_SCENE, self.wall)
        if self._groups:
            self.wall.set_group(self._groups[0], self.models[self._groups[0].id])

        self._build_actions()
        self.hub.changed.connect(self._schedule_refresh)
        self.hub.changed.connect(self._update_actions)
        self.hub.updated.connect(self.editor.refresh)
        self.hub.removed.connect(self._on_removed)
        self.hub.municipalities_changed.connect(self._municipalities_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._municipalities_changed()
        self._set_current_group(self._current_group)
        self._update_actions()
        if context.read_only:
            for column in self.columns.values():
                column.quick_add.setEnabled(False)
            self.editor.setEnabled(False)
            self.ideas.setEnabled(False)

    def title(self) -> str:
        return self.tr("Activities")

    # -- building -------------------------------------------------------------------------
    def _build_filter_bar(self) -> None:
        self.filter_bar = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        self.search.setPlaceholderText(self.tr("Search activities (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.municipality_filter = QComboBox()
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.setMinimumContentsLength(12)
        self.municipality_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_filter = QComboBox()
        self.area_filter.setObjectName("areaFilter")
        self.area_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_filter.setMinimumContentsLength(12)
        self.area_filter.addItem(self.tr("All areas"), None)
        for a in self._areas:
            self.area_filter.addItem(f"{a.number}. {a.short_title}", a.number)
            self.area_filter.setItemData(self.area_filter.count() - 1, a.title,
                                         Qt.ItemDataRole.ToolTipRole)
        self.clear_filter_button = QToolButton()
        self.clear_filter_button.setText(self.tr("Show all"))
        self.clear_filter_button.clicked.connect(self.clear_filter)
        self.filter_status = QLabel("")
        self.filter_status.setObjectName("filterStatus")
        lay = QHBoxLayout(self.filter_bar)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter_status)
        lay.addWidget(self.search, 2)
        lay.addWidget(self.municipality_filter, 1)
        lay.addWidget(self.area_filter, 1)
        lay.addWidget(self.clear_filter_button)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.municipality_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.area_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())

    def _build_groups_view(self) -> None:
        self.columns: dict[int, ActivityColumn] = {}
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("groupColumns")
        columns.setChildrenCollapsible(False)
        for g in self._groups:
            column = ActivityColumn(g, self.models[g.id])
            column.quick_add.set_areas(self._areas, self.capture.suggested_area(g.id))
            column.quick_add.submitted.connect(
                lambda title, muni, area, gid=g.id: self.quick_add(gid, title, muni, area))
            column.current_changed.connect(self._selection_changed)
            column.edit_requested.connect(self.focus_editor)
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._context_menu(c, pos))
            column.focused.connect(self._set_current_group)
            column.setMinimumWidth(230)
            columns.addWidget(column)
            self.columns[g.id] = column
        if not self._groups:
            columns.addWidget(QLabel(self.tr("This workshop has no groups.")))

        self.editor = ActivityEditor()
        self.editor.set_areas(self._areas)
        self.editor.edited.connect(self.edit_activity)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.ideas = IdeaPanel()
        self.ideas.set_areas(self._areas)
        self.ideas.idea_chosen.connect(self.add_idea)
        self.side = QTabWidget()
        self.side.setObjectName("activitySide")
        self.side.addTab(editor_scroll, self.tr("Activity"))
        self.side.addTab(self.ideas, self.tr("Ideas"))
        self.side.setMinimumWidth(280)

        self.groups_view = QSplitter(Qt.Orientation.Horizontal)
        self.groups_view.setObjectName("groupsView")
        self.groups_view.addWidget(columns)
        self.groups_view.addWidget(self.side)
        self.groups_view.setStretchFactor(0, 3)
        self.groups_view.setStretchFactor(1, 1)
        self.groups_view.setSizes([760, 330])

    def _action(self, text: str, slot: Any, shortcut: Any = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
                ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New activity"), self.focus_quick_add,
                                       "Ctrl+Shift+N")
        self.find_action = self._action(self.tr("&Find…"), self.focus_search,
                                        QKeySequence.StandardKey.Find)
        self.edit_action = self._action(self.tr("&Edit activity"), self.focus_editor, "F2")
        self.delete_action = self._action(self.tr("&Delete activity"), self.delete_selected,
                                          QKeySequence.StandardKey.Delete)
        self.up_action = self._action(self.tr("Move &up"), lambda: self.reorder_selected(-1),
                                      "Ctrl+Up")
        self.down_action = self._action(self.tr("Move d&own"), lambda: self.reorder_selected(1),
                                        "Ctrl+Down")
        self.left_action = self._action(self.tr("Move to &previous group"),
                                        lambda: self.move_selected(-1), "Ctrl+Shift+Left")
        self.right_action = self._action(self.tr("Move to ne&xt group"),
                                         lambda: self.move_selected(1), "Ctrl+Shift+Right")
        self.groups_tab_action = self._action(self.tr("&Groups"), lambda: self.show_view(0),
                                              "Ctrl+Shift+1")
        self.coverage_action = self._action(self.tr("&Coverage grid"), lambda: self.show_view(1),
                                            "Ctrl+Shift+2")
        self.by_muni_action = self._action(self.tr("By &municipality"), lambda: self.show_view(2),
                                           "Ctrl+Shift+3")
        window = Qt.ShortcutContext.WindowShortcut
        self.wall_action = self._action(self.tr("Show the &wall on the projector"), self.show_wall,
                                        "F6", window)
        self.wall_prev_action = self._action(self.tr("Wall: p&revious group"),
                                             lambda: self.wall_step(-1), "F7", window)
        self.wall_next_action = self._action(self.tr("Wall: nex&t group"),
                                             lambda: self.wall_step(1), "F8", window)
        self.menu = QMenu(self.tr("&Activities"), self)
        self.menu.setObjectName("activitiesMenu")
        for a in (self.new_action, self.find_action, self.edit_action, self.delete_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        for a in (self.up_action, self.down_action, self.left_action, self.right_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        for a in (self.groups_tab_action, self.coverage_action, self.by_muni_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        for a in (self.wall_action, self.wall_prev_action, self.wall_next_action):
            self.menu.addAction(a)
        self.menu.aboutToShow.connect(self._update_actions)

    def _context_menu(self, column: ActivityColumn, pos: Any) -> None:
        """Right click on a list: what can be done with that activity (and the group)."""
        index = column.view.indexAt(pos)
        if index.isValid():
            column.view.setCurrentIndex(index)
        self._set_current_group(column.group.id)
        self._update_actions()
        menu = QMenu(self)
        if index.isValid():
            for a in (self.edit_action, self.delete_action):
                menu.addAction(a)
            menu.addSeparator()
            for a in (self.up_action, self.down_action, self.left_action, self.right_action):
                menu.addAction(a)
            menu.addSeparator()
        wall = menu.addAction(self.tr("Show this group on the projector"))
        wall.triggered.connect(lambda _c=False, g=column.group.id: self.show_wall(g))
        menu.exec(column.view.viewport().mapToGlobal(pos))

    def menus(self) -> list[QMenu]:
        return [self.menu]

    # -- page life ------------------------------------------------------------------------
    def activated(self) -> None:
        self._refresh_views()
        column = self.columns.get(self._current_group or -1)
        if column is not None and not self.context.read_only:
            QTimer.singleShot(0, column.quick_add.title.setFocus)

    def shutdown(self) -> None:
        self.editor.flush()
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass
        self.capture.close()

    # -- capturing ------------------------------------------------------------------------
    def quick_add(self, group_id: int, title: str, municipality: str,
                  area_number: int | None) -> ActivityRow | None:
        """Enter in a quick-add line: write the activity, then clear the line."""
        column = self.columns[group_id]
        if not title.strip():
            column.quick_add.show_message(self.tr("Type the activity's title first."))
            return None
        municipality = self.capture.complete_municipality(municipality)
        try:
            row = self.hub.add(group_id, title, municipality or None, area_number)
        except CaptureError as exc:
            column.quick_add.show_message(str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - disk full, file gone: keep what was typed
            column.quick_add.show_message(
                self.tr("Not saved: %1. The text is still here; try again.").replace("%1", str(exc)))
            return None
        self.undo_stack.push(AddCommand(self.hub, row, self._command_failed))
        column.quick_add.municipality.setEditText(row.municipality)
        column.quick_add.accepted()
        QTimer.singleShot(0, column.view.scrollToBottom)  # after the Enter is answered
        if not self.ideas.municipality_name() and municipality:
            self.ideas.set_municipality_name(municipality)
        return row

    def add_idea(self, area_number: int, text: str) -> ActivityRow | None:
        group_id = self._current_group
        if group_id is None:
            return None
        municipality = self.capture.complete_municipality(self.ideas.municipality_name())
        if not municipality:
            QMessageBox.information(self, self.tr("Ideas"),
                                    self.tr("Choose the municipality at the top of the ideas "
                                        "first, then click the example again."))
            self.ideas.municipality.setFocus()
            return None
        try:
            row = self.hub.add(group_id, text, municipality, area_number)
        except Exception as exc:  # noqa: BLE001
            self._command_failed(exc)
            return None
        self.undo_stack.push(AddCommand(self.hub, row, self._command_failed))
        self.show_activity(row.id)
        return row

    def edit_activity(self, activity_id: int, fields: dict[str, Any]) -> None:
        if fields.get("municipality"):
            fields = dict(fields, municipality=self.capture.complete_municipality(
                fields["municipality"]))
        try:
            row, old = self.hub.update(activity_id, **fields)
        except CaptureError as exc:
            self.editor.show_error(str(exc))
            return
        except Exception as exc:  # noqa: BLE001
            self._command_failed(exc)
            return
        if old:
            new = {k: getattr(row, k) for k in old}
            self.undo_stack.push(EditCommand(self.hub, row, new, old, self._command_failed))
            self.editor.show_saved(QTime.currentTime().toString("HH:mm:ss"))

    def selected(self) -> ActivityRow | None:
        column = self.columns.get(self._current_group or -1)
        return column.current_row() if column else None

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or self.context.read_only:
            return
        column = self.columns[row.group_id]  # type: ignore[index]
        proxy_row = column.view.currentIndex().row()
        try:
            self.hub.delete(row.id)
        except Exception as exc:  # noqa: BLE001
            self._command_failed(exc)
            return
        self.undo_stack.push(DeleteCommand(self.hub, row, self._command_failed))
        self.show_status(self.tr("Deleted “%1”. Undo brings it back (Ctrl+Z).")
                         .replace("%1", row.title))
        count = column.proxy.rowCount()
        if count:
            column.view.setCurrentIndex(column.proxy.index(min(proxy_row, count - 1), 0))
        column.view.setFocus()

    def reorder_selected(self, step: int) -> None:
        row = self.selected()
        if row is None or self.context.read_only:
            return
        column = self.columns[row.group_id]  # type: ignore[index]
        proxy = column.proxy
        here = column.view.currentIndex().row()
        there = here + step
        if not 0 <= there < proxy.rowCount():
            return
        # with a filter on, step over the hidden rows: move next to the neighbour shown
        neighbour = proxy.mapToSource(proxy.index(there, 0)).row()
        try:
            old_index, new_index = self.hub.reorder(row.id, neighbour)
        except Exception as exc:  # noqa: BLE001
            self._command_failed(exc)
            return
        if old_index != new_index:
            self.undo_stack.push(ReorderActivityCommand(self.hub, row, old_index, new_index,
                                                self._command_failed))
        column.select_id(row.id)
        column.view.setFocus()

    def move_selected(self, step: int) -> None:
        row = self.selected()
        if row is None or self.context.read_only or row.group_id is None:
            return
        ids = [g.id for g in self._groups]
        target = ids.index(row.group_id) + step
        if not 0 <= target < len(ids):
            return
        try:
            old_group, old_index, new_index = self.hub.move_to_group(row.id, ids[target])
        except Exception as exc:  # noqa: BLE001
            self._command_failed(exc)
            return
        self.undo_stack.push(MoveGroupCommand(self.hub, row, old_group, old_index, ids[target],
                                              new_index, self._command_failed))
        self.show_status(self.tr("“%1” moved to %2.").replace("%1", row.title)
                         .replace("%2", self._groups[target].name))
        self.show_activity(row.id)

    def show_activity(self, activity_id: int) -> None:
        """Show an activity in its group's list, selected, with its editor."""
        row = self.hub.row(activity_id)
        if row is None or row.group_id not in self.columns:
            return
        self.views.setCurrentIndex(0)
        column = self.columns[row.group_id]
        if not column.select_id(activity_id):
            self.clear_filter()
            column.select_id(activity_id)
        self._set_current_group(row.group_id)
        column.view.setFocus()

    def show_status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    def _command_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Activities"),
                            self.tr("The change could not be saved to the workshop file.")
                            + "\n\n" + str(exc))

    # -- selection and focus --------------------------------------------------------------
    def _selection_changed(self, row: ActivityRow | None) -> None:
        sender = self.sender()
        if isinstance(sender, ActivityColumn):
            self._set_current_group(sender.group.id)
        self.editor.set_row(row)
        self._update_actions()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.editor.isAncestorOf(old) and (
                new is None or not self.editor.isAncestorOf(new)):
            self.editor.flush()

    def _set_current_group(self, group_id: int | None) -> None:
        if group_id is None or group_id not in self.columns:
            return
        changed = group_id != self._current_group
        self._current_group = group_id
        group = self.columns[group_id].group
        self.ideas.set_target(group.name)
        for gid, column in self.columns.items():
            if column.property("current") != (gid == group_id):
                column.setProperty("current", gid == group_id)
                column.style().unpolish(column)
                column.style().polish(column)
        if changed:
            row = self.columns[group_id].current_row()
            if row is not None and row.id != self.editor.activity_id():
                self.editor.set_row(row)
        self._update_actions()

    def current_group_id(self) -> int | None:
        return self._current_group

    def _update_actions(self) -> None:
        row = self.selected()
        writable = not self.context.read_only
        can = row is not None and writable
        for a in (self.delete_action, self.edit_action):
            a.setEnabled(can)
        column = self.columns.get(self._current_group or -1)
        here = column.view.currentIndex().row() if column is not None else -1
        shown = column.proxy.rowCount() if column is not None else 0
        ids = [g.id for g in self._groups]
        place = ids.index(row.group_id) if can and row.group_id in ids else -1
        self.up_action.setEnabled(can and here > 0)
        self.down_action.setEnabled(can and 0 <= here < shown - 1)
        self.left_action.setEnabled(can and place > 0)
        self.right_action.setEnabled(can and 0 <= place < len(ids) - 1)
        self.new_action.setEnabled(writable and bool(self._groups))

    def _on_removed(self, activity_id: int, _group_id: int) -> None:
        if self.editor.activity_id() == activity_id:
            column = self.columns.get(self._current_group or -1)
            self.editor.set_row(column.current_row() if column else None)
        self._update_actions()

    def focus_quick_add(self) -> None:
        self.show_view(0)
        column = self.columns.get(self._current_group or -1)
        if column is not None:
            column.quick_add.title.setFocus()
            column.quick_add.title.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_editor(self) -> None:
        if self.editor.row() is not None:
            self.side.setCurrentIndex(0)
            self.editor.title_edit.setFocus()

    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)

    # -- filtering ------------------------------------------------------------------------
    def current_filter(self) -> ActivityFilter:
        return ActivityFilter(municipality_id=self.municipality_filter.currentData(),
                              area_number=self.area_filter.currentData(),
                              text=self.search.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        for column in self.columns.values():
            column.proxy.set_filter(flt)
        if flt.is_empty():
            self.filter_status.setText("")
        else:
            shown = sum(c.proxy.rowCount() for c in self.columns.values())
            self.filter_status.setText(self.tr("%1 of %2 shown").replace("%1", str(shown))
                                       .replace("%2", str(self.hub.count())))
        self.clear_filter_button.setEnabled(not flt.is_empty())

    def clear_filter(self) -> None:
        for w in (self.municipality_filter, self.area_filter):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def set_filter(self, municipality_id: int | None = None, area_number: int | None = None,
                   text: str = "") -> None:
        for combo, value in ((self.municipality_filter, municipality_id),
                             (self.area_filter, area_number)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.apply_filter()

    def filter_to_cell(self, municipality_id: int, area_number: int) -> None:
        self.set_filter(municipality_id, area_number or None)
        self.show_view(0)

    # -- views that follow the data -------------------------------------------------------
    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()
        if not self.current_filter().is_empty():
            self.apply_filter()

    def _municipalities_changed(self) -> None:
        names = self.capture.municipality_names()
        for column in self.columns.values():
            column.quick_add.set_municipalities(names)
        self.editor.set_municipalities(names)
        self.ideas.set_municipalities(names)
        current = self.municipality_filter.currentData()
        self.municipality_filter.blockSignals(True)
        self.municipality_filter.clear()
        self.municipality_filter.addItem(self.tr("All municipalities"), None)
        for m in sorted(self.capture.municipality_rows(), key=lambda m: m.name.casefold()):
            self.municipality_filter.addItem(m.name, m.id)
        self.municipality_filter.setCurrentIndex(
            max(self.municipality_filter.findData(current), 0))
        self.municipality_filter.blockSignals(False)
        self._schedule_refresh()

    def _refresh_views(self) -> None:
        """Recount the grid / the municipality view, if one of them is on screen."""
        view = self.views.currentWidget()
        if view is self.coverage:
            self.refresh_coverage()
        elif view is self.municipality_view:
            self.refresh_municipality_view()

    def refresh_coverage(self) -> None:
        cov = coverage_from_rows(self.capture.municipality_rows(), self.hub.all_rows(),
                                 [a.number for a in self._areas])
        self.coverage.set_coverage(cov, self._areas)

    def refresh_municipality_view(self) -> None:
        counts: dict[int, int] = {}
        for row in self.hub.all_rows():
            if row.municipality_id is not None:
                counts[row.municipality_id] = counts.get(row.municipality_id, 0) + 1
        self.municipality_view.set_municipalities(self.capture.municipality_rows(), counts)
        self._refresh_municipality_rows()

    def _refresh_municipality_rows(self) -> None:
        mid = self.municipality_view.current_id()
        rows = [r for r in self.hub.all_rows() if mid is not None and r.municipality_id == mid]
        self.municipality_view.show_rows(self.capture.municipality_name(mid), rows,
                                         self._groups, self._areas)

    # -- the projector wall ---------------------------------------------------------------
    def show_wall(self, group_id: int | None = None) -> None:
        gid = group_id or self.wall_group_id() or self._current_group
        self.wall_show_group(gid)
        self.context.stage.project(WALL_SCENE)

    def wall_group_id(self) -> int | None:
        g = self.wall.group()
        return g.id if g else None

    def wall_show_group(self, group_id: int | None) -> None:
        for g in self._groups:
            if g.id == group_id:
                self.wall.set_group(g, self.models[g.id])
                return

    def wall_show_number(self, number: int) -> None:
        for g in self._groups:
            if g.number == number:
                self.wall_show_group(g.id)

    def wall_step(self, step: int) -> None:
        if not self._groups:
            return
        ids = [g.id for g in self._groups]
        current = self.wall_group_id()
        i = ids.index(current) if current in ids else 0
        self.wall_show_group(ids[(i + step) % len(ids)])
        if self.context.stage.current_scene() != WALL_SCENE and self.context.stage.isVisible():
            self.context.stage.show_scene(WALL_SCENE)
