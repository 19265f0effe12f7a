"""The participants and groups page: the participant list with check-in and import, the
three themed groups side by side with drag and drop, locks and presenters, the assignment
with its explanation, the projector view and the group lists in Word.

This module lays the page out and wires it; what the actions do lives beside it
(``editing``, ``membership``, ``importing``, ``output``), the actions themselves in
``actions``. Every change is written through core first and becomes an undo step only
when it was saved (``gui.shell.undo.apply``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QWidget,
)

from avtoituba.core import groups as groups_service
from avtoituba.core.groups import AssignOutcome, GroupView
from avtoituba.core.municipalities import municipality_names
from avtoituba.core.participants import list_participants

from avtoituba.gui.groups import actions as table
from avtoituba.gui.groups.columns import GroupColumn, MemberList
from avtoituba.gui.groups.editing import ParticipantEditing
from avtoituba.gui.groups.importing import Importing
from avtoituba.gui.groups.layout import build_layout
from avtoituba.gui.groups.membership import MembershipEditing
from avtoituba.gui.groups.output import STAGE_SCENE, GroupsOutput
from avtoituba.gui.groups.participant_dialog import core_language
from avtoituba.gui.groups.participants_model import ParticipantsFilter, ParticipantsModel
from avtoituba.gui.projector.groups_scene import GroupsStageScene
from avtoituba.gui.shell import undo
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page
from avtoituba.wording import fill

T = TypeVar("T")

__all__ = ["STAGE_SCENE", "GroupsPage", "core_language"]


class GroupsPage(ParticipantEditing, MembershipEditing, Importing, GroupsOutput, Page):
    key = "groups"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.store = context.store
        self.undo_stack = context.undo_stack
        self.read_only = context.read_only
        self.views: list[GroupView] = []
        self.last_outcome: AssignOutcome | None = None
        self.last_message: QMessageBox | None = None
        self._municipalities: list[str] = []
        self._selection_source: QWidget | None = None
        self.init_importing()
        self.init_membership()

        self.actions_by_key = build_actions(self, table.ACTIONS)
        self.move_actions = [self.move_1_action, self.move_2_action, self.move_3_action]
        self.model = ParticipantsModel(self)
        self.model.read_only = self.read_only
        self.model.editor = self._edit_from_table
        self.model.present_setter = self.set_present
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.columns: list[GroupColumn] = []
        build_layout(self)
        self._wire_column(self.unassigned_column)
        self.stage_scene = GroupsStageScene()
        showing = context.stage.current_scene() == STAGE_SCENE
        context.stage.add_scene(STAGE_SCENE, self.stage_scene)
        self.refresh()
        if showing:  # another workshop was opened while the groups were on the projector
            context.stage.show_scene(STAGE_SCENE)
        self._set_actions_enabled(False)

    def title(self) -> str:
        return self.tr("Participants and groups")

    def action(self, key: str) -> QAction:
        return self.actions_by_key[key]

    def _wire_column(self, column: GroupColumn) -> None:
        lst = column.list
        lst.dropped.connect(self.move_ids)
        lst.itemSelectionChanged.connect(lambda w=lst: self._selected_from(w))
        lst.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lst.customContextMenuRequested.connect(
            lambda pos, w=lst: self._context_menu(w.viewport().mapToGlobal(pos)))
        lst.itemDoubleClicked.connect(lambda _item: self.edit_participant())
        if self.read_only:
            lst.setDragEnabled(False)
            lst.setAcceptDrops(False)

    def _fill_menu(self, menu: QMenu, keys: Sequence[str | None]) -> QMenu:
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.action(key))
        return menu

    def menus(self) -> list[QMenu]:
        return [self._fill_menu(QMenu(self.tr("&Participants"), self), table.MENU)]

    def _context_menu(self, where: QPoint) -> None:
        self._fill_menu(QMenu(self), table.CONTEXT_MENU).popup(where)

    def _membership_actions(self) -> list[QAction]:
        """Move to a group, take out of groups, lock, presenter: in both menus alike."""
        return [self.action(key) for key in table.MEMBERSHIP]

    # -- page life ------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self.cancel_import()
        self.stage_scene.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._set_actions_enabled(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        # keys such as Del and F2 belong to whichever page is shown
        self._set_actions_enabled(False)

    def _set_actions_enabled(self, visible: bool) -> None:
        for key in table.LOCAL:
            self.action(key).setEnabled(visible and not self.read_only)
        for key in ("add", "import", "assign"):
            self.action(key).setEnabled(not self.read_only)

    # -- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what the workshop file holds now."""
        rows = list_participants(self.store)
        self.views = groups_service.list_groups(self.store)
        names = {g.id: g.name for g in self.views}
        keep = self.selected_ids()
        self.model.set_rows(rows, names)
        self._municipalities = municipality_names(self.store)
        present = sum(1 for r in rows if r.present)
        self.empty_hint.setVisible(not rows and not self.read_only)
        self.count_label.setText(fill(self.tr("%1, %2 present"),
                                      self.tr("%n participant(s)", "", len(rows)), present))
        while len(self.columns) > len(self.views):
            column = self.columns.pop()
            self.columns_box.removeWidget(column)
            column.deleteLater()
        while len(self.columns) < len(self.views):
            column = GroupColumn(None)
            self.columns.append(column)
            self.columns_box.addWidget(column, 1)
            self._wire_column(column)
        for column, view in zip(self.columns, self.views, strict=True):
            column.group_id = view.id
            column.list.group_id = view.id
            column.set_view(view)
        loose = groups_service.unassigned(self.store)
        self.unassigned_column.set_group(self.tr("Not in a group"), "", loose)
        self.unassigned_column.setVisible(bool(loose) or not self.views)
        self.stage_scene.set_groups(self.views)
        self.refresh_explanation()
        if keep and self._selection_source is self.table:
            self._select_in_table(keep)

    def column_for(self, number: int) -> GroupColumn:
        for column, view in zip(self.columns, self.views, strict=True):
            if view.number == number:
                return column
        raise KeyError(number)

    # -- selection ------------------------------------------------------------------------
    def _selected_from(self, source: QWidget) -> None:
        if isinstance(source, MemberList) and not source.selectedItems():
            return
        if isinstance(source, QTableView) and not source.selectionModel().hasSelection():
            return
        self._selection_source = source
        for lst in [self.unassigned_column.list, *(c.list for c in self.columns)]:
            if lst is not source and lst.selectedItems():
                lst.blockSignals(True)
                lst.clearSelection()
                lst.blockSignals(False)
        if source is not self.table and self.table.selectionModel().hasSelection():
            self.table.selectionModel().blockSignals(True)
            self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    def selected_ids(self) -> list[int]:
        source = self._selection_source
        if isinstance(source, MemberList):
            return source.selected_ids()
        if source is self.table:
            rows = {self.proxy.mapToSource(i).row()
                    for i in self.table.selectionModel().selectedRows()}
            return [self.model.row_at(r).id for r in sorted(rows)
                    if 0 <= r < self.model.rowCount()]
        return []

    def _select_in_table(self, ids: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self._selection_source = self.table

    def select_participants(self, ids: Sequence[int]) -> None:
        """Select these participants in the table (what the actions then act on)."""
        self._select_in_table(ids)

    # -- writing: one way -----------------------------------------------------------------
    def _apply(self, title: str, write: Callable[[], T],
               change: Callable[[T], undo.Change | None]) -> T | None:
        """Write through core; push the undo step only when the write was saved.

        A refused or failed write leaves no step, shows the file as it is, and tells the
        trainer that nothing was changed and why.
        """
        try:
            return undo.apply(self.undo_stack, write, change, self._replay_failed)
        except (ValueError, OSError, SQLAlchemyError) as exc:
            self._warn(title, self.tr("Nothing was changed."), self._reason(exc))
            return None
        finally:
            self.refresh()

    def _replay_failed(self, exc: Exception) -> None:
        self._warn(self.tr("Undo or redo"),
                   self.tr("The step could not be undone or redone; nothing was changed."),
                   self._reason(exc))

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, ValueError):  # refused by core: its reason
            return str(exc)
        if isinstance(exc, OSError) and exc.strerror:
            return fill(self.tr("The workshop file could not be written (%1). Check the "
                                "disk and try again."), exc.strerror)
        return self.tr("The workshop file could not be written. Check that the disk is not "
                       "full and the file is not read-only, then try again.")

    # -- small things ---------------------------------------------------------------------
    def _name(self, participant_id: int) -> str:
        for r in self.model.rows():
            if r.id == participant_id:
                return r.name
        return ""

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    def _warn(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        if details:
            box.setInformativeText(details)
        self.last_message = box
        box.open()
