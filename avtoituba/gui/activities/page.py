"""The Activities page: live capture of every group's proposed activities.

A column per group (theme statement, list, quick-add line), the selected activity's editor
and the deck's ideas beside them, a filter bar over all of it, a coverage grid and a
per-municipality view, and the projector wall on the stage window. The rows have one owner,
the :class:`~.hub.ActivityHub`; every change is written to the workshop file through it
before the page shows it (:func:`~avtoituba.gui.shell.undo.apply`), and goes on the shared
undo stack only when the write succeeded.
"""

from __future__ import annotations

import logging
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import ActivityFilter, ActivityRow, Capture
from avtoituba.core.ogp import draft_enabled as ogp_draft_enabled

from avtoituba.gui.activities.actions import ACTIONS, CONTEXT_MENU, MENU
from avtoituba.gui.activities.column import ActivityColumn
from avtoituba.gui.activities.coverage_grid import CoverageGrid
from avtoituba.gui.activities.editor import ActivityEditor
from avtoituba.gui.activities.filter_bar import FilterBar, HiddenNotice
from avtoituba.gui.activities.hub import ActivityHub
from avtoituba.gui.activities.idea_panel import IdeaPanel
from avtoituba.gui.activities.model import GroupActivityModel
from avtoituba.gui.activities.municipality_view import MunicipalityView
from avtoituba.gui.activities.views import refresh_coverage, refresh_municipality_view
from avtoituba.gui.activities.wall_control import WALL_SCENE, WallControl
from avtoituba.gui.activities.writing import ActivityWriting
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page

__all__ = ["WALL_SCENE", "CapturePage"]

log = logging.getLogger("avtoituba")
T = TypeVar("T")

PAGE_STYLE = """
QFrame[groupColumn="true"] { border: 1px solid palette(mid); border-radius: 6px; }
QFrame[groupColumn="true"][current="true"] { border: 2px solid palette(highlight); }
#groupHeading { font-size: 13pt; font-weight: 700; }
#groupCount { color: palette(placeholder-text); }
#groupStatement { color: palette(placeholder-text); }
#quickAddMessage, #editorStatus { color: #b3261e; }
#municipalityQuestion, #hiddenNotice { background: #fff4d6; border: 1px solid #e0b040;
    border-radius: 4px; color: #3b2c00; }
#editorSaved { color: palette(placeholder-text); }
#coverageSummary { font-size: 11pt; }
#municipalityHeading { font-size: 13pt; font-weight: 600; }
"""


class CapturePage(ActivityWriting, Page):
    key = "activities"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setStyleSheet(PAGE_STYLE)
        self.capture = Capture(context.store)
        self.hub = ActivityHub(self.capture, self)
        self.undo_stack = context.undo_stack
        self.error_box: QMessageBox | None = None
        self._groups = self.hub.groups()
        self._areas = self.hub.areas()
        self.models: dict[int, GroupActivityModel] = {
            g.id: GroupActivityModel(self.hub, g, self) for g in self._groups}
        self._current_group = self._groups[0].id if self._groups else None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_views)

        self.filter_bar = FilterBar(self._areas)
        self.search = self.filter_bar.search
        self.municipality_filter = self.filter_bar.municipality_filter
        self.area_filter = self.filter_bar.area_filter
        self.filter_status = self.filter_bar.status
        self.clear_filter_button = self.filter_bar.clear_button
        self.filter_bar.changed.connect(self.apply_filter)
        self.hidden_notice = HiddenNotice()
        self.hidden_notice.show_requested.connect(self.show_hidden)
        self._build_groups_view()
        self.coverage = CoverageGrid()
        self.coverage.cell_clicked.connect(self.filter_to_cell)
        self.municipality_view = MunicipalityView()
        self.municipality_view.changed_selection.connect(self._refresh_views)
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
        layout.addWidget(self.hidden_notice)
        layout.addWidget(self.views, 1)

        self.wall_control = WallControl(context, self._groups, self.models, self)
        self.wall = self.wall_control.wall
        self._build_actions()
        self.hub.changed.connect(self._schedule_refresh)
        self.hub.changed.connect(self._update_actions)
        self.hub.updated.connect(self.editor.refresh)
        self.hub.removed.connect(self._on_removed)
        self.hub.municipalities_changed.connect(self._municipalities_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._municipalities_changed()
        for gid, column in self.columns.items():
            column.quick_add.set_municipality_name(self.capture.last_municipality(gid))
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
    def _build_groups_view(self) -> None:
        self.columns: dict[int, ActivityColumn] = {}
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("groupColumns")
        columns.setChildrenCollapsible(False)
        for g in self._groups:
            column = ActivityColumn(g, self.models[g.id])
            column.quick_add.set_areas(self._areas, self.capture.suggested_area(g.id))
            column.quick_add.submitted.connect(
                lambda title, muni, area, new, gid=g.id: self.quick_add(gid, title, muni, area,
                                                                        new))
            column.quick_add.municipality_changed.connect(
                lambda name, gid=g.id: self._column_municipality_changed(gid, name))
            column.current_changed.connect(self._selection_changed)
            column.edit_requested.connect(self.focus_editor)
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._context_menu(c, pos))
            column.focused.connect(self._set_current_group)
            column.setMinimumWidth(200)
            columns.addWidget(column)
            self.columns[g.id] = column
        if not self._groups:
            columns.addWidget(QLabel(self.tr("This workshop has no groups.")))

        self.editor = ActivityEditor()
        self.editor.set_areas(self._areas)
        self.editor.edited.connect(self.edit_activity)
        self.editor.ogp_enabled = lambda: ogp_draft_enabled(self.context.store)
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
        self.side.setMinimumWidth(240)

        self.groups_view = QSplitter(Qt.Orientation.Horizontal)
        self.groups_view.setObjectName("groupsView")
        self.groups_view.addWidget(columns)
        self.groups_view.addWidget(self.side)
        self.groups_view.setStretchFactor(0, 3)
        self.groups_view.setStretchFactor(1, 1)
        self.groups_view.setSizes([840, 250])

    def _build_actions(self) -> None:
        self.actions_by_key = build_actions(self, ACTIONS)
        self.menu = QMenu(self.tr("&Activities"), self)
        self.menu.setObjectName("activitiesMenu")
        for i, section in enumerate(MENU):
            if i:
                self.menu.addSeparator()
            for key in section:
                self.menu.addAction(self.actions_by_key[key])
        self.menu.aboutToShow.connect(self._update_actions)

    def _context_menu(self, column: ActivityColumn, pos: QPoint) -> None:
        """Right click on a list: what can be done with that activity (and the group)."""
        index = column.view.indexAt(pos)
        if index.isValid():
            column.view.setCurrentIndex(index)
        self._set_current_group(column.group.id)
        self._update_actions()
        menu = QMenu(self)
        if index.isValid():
            for section in CONTEXT_MENU:
                for key in section:
                    menu.addAction(self.actions_by_key[key])
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
        column = self.columns[group_id]
        self.ideas.set_target(column.group.name)
        self.ideas.set_municipality_name(column.quick_add.municipality_name())
        for gid, c in self.columns.items():
            if c.property("current") != (gid == group_id):
                c.setProperty("current", gid == group_id)
                c.style().unpolish(c)
                c.style().polish(c)
        if changed:
            row = column.current_row()
            if row is not None and row.id != self.editor.activity_id():
                self.editor.set_row(row)
        self._update_actions()

    def _column_municipality_changed(self, group_id: int, name: str) -> None:
        """The idea panel adds for the column being captured, so it follows its choice."""
        if group_id == self._current_group:
            self.ideas.set_municipality_name(name)

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
        self.merge_action.setEnabled(writable and len(self.hub.municipality_rows()) > 1)

    def _on_removed(self, activity_id: int, _group_id: int) -> None:
        if self.editor.activity_id() == activity_id:
            column = self.columns.get(self._current_group or -1)
            self.editor.set_row(column.current_row() if column else None)
        if self.hidden_notice.activity_id() == activity_id:
            self.hidden_notice.hide()
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

    def show_groups_view(self) -> None:
        self.show_view(0)

    def show_coverage_view(self) -> None:
        self.show_view(1)

    def show_municipality_view(self) -> None:
        self.show_view(2)

    # -- filtering ------------------------------------------------------------------------
    def current_filter(self) -> ActivityFilter:
        return self.filter_bar.current()

    def apply_filter(self) -> None:
        self.filter_bar.stop_typing_timer()
        flt = self.current_filter()
        for column in self.columns.values():
            column.proxy.set_filter(flt)
        self.filter_bar.show_counts(sum(c.proxy.rowCount() for c in self.columns.values()),
                                    self.hub.count())
        if flt.is_empty():
            self.hidden_notice.hide()

    def clear_filter(self) -> None:
        self.filter_bar.clear()

    def set_filter(self, municipality_id: int | None = None, area_number: int | None = None,
                   text: str = "") -> None:
        self.filter_bar.set_values(municipality_id, area_number, text)

    def filter_to_cell(self, municipality_id: int, area_number: int) -> None:
        self.set_filter(municipality_id, area_number or None)
        self.show_view(0)

    # -- views that follow the hub --------------------------------------------------------
    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()
        if not self.current_filter().is_empty():
            self.apply_filter()

    def _municipalities_changed(self) -> None:
        names = self.hub.municipality_names()
        for column in self.columns.values():
            column.quick_add.set_municipalities(names)
        self.editor.set_municipalities(names)
        self.ideas.set_municipalities(names)
        self.filter_bar.set_municipalities(self.hub.municipality_rows())
        self._schedule_refresh()
        self._update_actions()

    def _refresh_views(self) -> None:
        """Recount the grid / the municipality view, if one of them is on screen."""
        view = self.views.currentWidget()
        if view is self.coverage:
            self.refresh_coverage()
        elif view is self.municipality_view:
            self.refresh_municipality_view()

    def refresh_coverage(self) -> None:
        refresh_coverage(self.coverage, self.hub)

    def refresh_municipality_view(self) -> None:
        refresh_municipality_view(self.municipality_view, self.hub)

    # -- the projector wall ---------------------------------------------------------------
    def show_wall(self, group_id: int | None = None) -> None:
        self.wall_control.show(group_id or self.wall_group_id() or self._current_group)

    def wall_group_id(self) -> int | None:
        return self.wall_control.group_id()

    def wall_show_group(self, group_id: int | None) -> None:
        self.wall_control.show_group(group_id)

    def wall_show_number(self, number: int) -> None:
        self.wall_control.show_number(number)

    def wall_step(self, step: int) -> None:
        self.wall_control.step(step)

    def wall_previous(self) -> None:
        self.wall_step(-1)

    def wall_next(self) -> None:
        self.wall_step(1)
